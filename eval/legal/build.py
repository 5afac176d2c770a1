#!/usr/bin/env python3
"""Build the `legal` check set: prompts from legal work, half PII-free.

Law firms, paralegals, court clerks, legal aid clinics, in-house counsel,
notaries, conveyancers, immigration and family lawyers, debt and tenancy
advice services, their clients and people writing to them.

Standard library only, fixed SEED, deterministic.  Every name, street, phone,
e-mail domain, date and ID below was typed by hand; e-mail local parts are
derived in code from the hand-typed names.

    python build.py           # writes tune.jsonl, prints counts
    python build.py --check   # runs check() only (rebuilds in memory, compares)
"""

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 5401
SET = "legal"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/legal/build.py"

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS",
    "CREDIT_CARD", "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN",
    "MEDICAL_RECORD_NUMBER",
}

MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


# ---------------------------------------------------------------- markers

def mk(kind, value):
    return f"⟦{kind}|{value}⟧"


def LOC(v):
    return mk("LOCATION", v)


def PHN(v):
    return mk("PHONE_NUMBER", v)


def EML(v):
    return mk("EMAIL_ADDRESS", v)


def DOB(v):
    return mk("DATE_OF_BIRTH", v)


def NID(v):
    return mk("NATIONAL_ID", v)


def SSN(v):
    return mk("US_SSN", v)


def IBAN(v):
    return mk("IBAN_CODE", v)


def CARD(v):
    return mk("CREDIT_CARD", v)


def MRN(v):
    return mk("MEDICAL_RECORD_NUMBER", v)


def IP(v):
    return mk("IP_ADDRESS", v)


def PER(v):
    return mk("PERSON", v)


def casefn(case):
    if case == "lower":
        return str.lower
    if case == "upper":
        return str.upper
    return lambda s: s


def unmark(marked, case=None):
    """Turn ⟦TYPE|value⟧ markers into (text, spans); case applied piece by piece."""
    fn = casefn(case)
    text, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        plain = fn(marked[pos:m.start()])
        text.append(plain)
        length += len(plain)
        value = fn(m.group(2))
        spans.append({"start": length, "end": length + len(value),
                      "type": m.group(1), "value": value})
        text.append(value)
        length += len(value)
        pos = m.end()
    tail = fn(marked[pos:])
    text.append(tail)
    out = "".join(text)
    assert "⟦" not in out and "⟧" not in out, marked
    return out, spans


def fold(s):
    """ASCII-fold a hand-typed name for an e-mail local part."""
    table = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ł": "l",
             "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "ð": "d", "þ": "th",
             "å": "a", "ö": "o", "ä": "a", "ü": "u"}
    s = "".join(table.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", s.lower())


# ---------------------------------------------------------------- people

class Person:
    """A private person typed by hand.

    spec: "given|family|culture|flags|mid|latin given,latin family"
    flags: f/m sex, s = family name first (then the spec is written
    "family|given" too), n = no space between parts.
    """

    def __init__(self, spec):
        parts = spec.split("|") + ["", "", ""]
        self.g, self.f, self.culture, flags, self.mid, lat = parts[:6]
        self.sex = "f" if "f" in flags else "m"
        self.sf = "s" in flags
        if self.sf:  # written family name first
            self.g, self.f = self.f, self.g
        self.j = "" if "n" in flags else " "
        if lat:
            self.lg, self.lf = lat.split(",")
        else:
            self.lg, self.lf = self.g, self.f

    def plain(self):
        bits = [self.f, self.mid, self.g] if self.sf else [self.g, self.mid, self.f]
        return self.j.join(b for b in bits if b)

    def full(self):
        return PER(self.plain())

    def rev(self):
        """Family name first, no comma (official lists)."""
        bits = [self.f, self.g, self.mid]
        return PER(self.j.join(b for b in bits if b))

    def given(self):
        return PER(self.g)

    def family(self):
        return PER(self.f)

    def gp(self):
        """Given name with patronymic or middle part (Russian, Ukrainian)."""
        return PER(f"{self.g} {self.mid}" if self.mid else self.g)

    def comma(self):
        """`Family, Given` as two spans."""
        return f"{self.family()}, {self.given()}"

    def hon(self, mr, ms):
        return ms if self.sex == "f" else mr

    def title(self, mr, ms):
        return f"{self.hon(mr, ms)} {self.family()}"

    def local(self, style, num=""):
        g, f = fold(self.lg), fold(self.lf.split()[-1] if style.endswith("last") else self.lf)
        styles = {
            "g.f": f"{g}.{f}", "gf": f"{g}{f}", "f.g": f"{f}.{g}",
            "g_f": f"{g}_{f}", "g1f": f"{g[:1]}{f}", "g.f1": f"{g}.{f[:1]}",
            "fg": f"{f}{g}", "g": g, "g.flast": f"{g}.{f}",
        }
        return styles[style] + num

    def email(self, domain, style="g.f", num=""):
        return EML(f"{self.local(style, num)}@{domain}")


def people(block):
    return [Person(line.strip()) for line in block.strip().splitlines()
            if line.strip()]


POOLS = {
    # clients, witnesses, opponents and staff in the UK, Ireland, the US,
    # Canada, Australia and New Zealand, of many origins
    "en": people("""
        Hope|Carpenter|english|f
        Dale|Marsh|english|m
        Bethany|Crouch|english|f
        Reggie|Lamb|english|m
        Joy|Parsons|english|f
        Stuart|Pennington|english|m
        Siobhán|Ní Mhurchú|irish|f
        Cathal|Ó Dubhghaill|irish|m
        Aoife|Brennan|irish|f
        Ewan|MacRae|scottish|m
        Morag|Sinclair|scottish|f
        Rhian|Pritchard|welsh|f
        Gethin|Llewelyn|welsh|m
        DeShawn|Tillman|african_american|m
        Brianna|Kessler|us|f
        Tyler|Kowalczyk|us_polish|m
        Lupita|Garza|chicano|f
        Bronwyn|Tait|australian|f
        Aroha|Te Whata|maori|f
        Wiremu|Ngata|maori|m
        Sione|Faleolo|samoan|m
        Mele|Taufa|tongan|f
        Marcia|Campbell|jamaican|f
        Delroy|Whyte|jamaican|m
        Adebayo|Ogunleye|yoruba|m
        Folasade|Adeyemi|yoruba|f
        Ngozi|Eze|igbo|f
        Chinedu|Okonkwo|igbo|m
        Aminu|Bello|hausa|m
        Abena|Owusu|akan|f
        Kwabena|Mensah|akan|m
        Wanjiru|Kamau|kikuyu|f
        Otieno|Odhiambo|luo|m
        Hodan|Warsame|somali|f
        Abdirahman|Jama|somali|m
        Senait|Tesfamariam|tigrinya|f
        Yonas|Ghebremedhin|tigrinya|m
        Tigist|Alemu|amharic|f
        Tatenda|Moyo|shona|f
        Thandeka|Dlamini|zulu|f
        Elmarie|Joubert|afrikaans|f
        Imran|Qureshi|urdu|m
        Sana|Butt|punjabi_pakistani|f
        Harpreet|Kaur Gill|punjabi_sikh|f
        Jaswinder|Singh Sandhu|punjabi_sikh|m
        Rafiqul|Islam|bangladeshi|m
        Sharmila|Chatterjee|bengali|f
        Karthik|Subramanian|tamil|m
        Meenakshi|Sundaram|tamil|f
        Hetal|Desai|gujarati|f
        Dilani|Wickramasinghe|sinhala|f
        Sunita|Gurung|nepali|f
        Parwana|Noori|dari|f
        Gul Ahmad|Safi|pashto|m
        Hawre|Karim|kurdish_sorani|m
        Shirin|Farahani|persian|f
        Dariush|Rostami|persian|m
        Ahmad|Al-Khatib|syrian|m
        Zainab|Al-Jubouri|iraqi|f
        Rania|Haddad|lebanese|f
        Maricel|Dizon|filipino|f
        Chan|Tsz-ching|cantonese|fs
        Lau|Chun-kit|cantonese|ms
        Trịnh|Hoa|vietnamese|fs|Thị
        Agnieszka|Wróbel|polish|f
        Bartłomiej|Szczepański|polish|m
        Ionela|Stan|romanian|f
        Mihai|Dumitrescu|romanian|m
        Desislava|Petkova|bulgarian|f
        Emre|Yıldırım|turkish|m
        Rūta|Kazlauskienė|lithuanian|f
        Jānis|Ozoliņš|latvian|m
        Patience|Kabongo|congolese|f
        Awa|Ndiaye|wolof|f
        Étienne|Bouchard|quebecois|m
        Mélanie|Gagnon|quebecois|f
        Precious|Mahlangu|ndebele|f
        Cormac|Flood|irish|m
    """),
    "de": people("""
        Jürgen|Hoffmeister|german|m
        Annegret|Schäfer|german|f
        Heike|Winter|german|f
        Lukas|Brandl|austrian|m
        Reto|Gisler|swiss|m
        Yasemin|Öztürk|turkish_german|f
        Murat|Aksoy|turkish_german|m
        Berfin|Çelik|kurdish|f
        Katarzyna|Nowicka|polish_german|f
        Ivana|Babić|croatian|f
        Waldemar|Reimer|russian_german|m
        Mahmoud|Kassab|syrian|m
        Friederike|von Thaden|german|f
        Sören|Brockmann|german|m
        Gülşen|Kaya|turkish_german|f
        Tobias|Fuchs|german|m
        Ursula|Engel|german|f
    """),
    "fr": people("""
        Gaëlle|Le Goff|breton|f
        Thibault|Marchand|french|m
        Océane|Lefort|french|f
        Hervé|Dubois-Lambert|french|m
        Yannick|Kouassi|ivorian|m
        Fatoumata|Diallo|fula|f
        Karim|Benali|algerian|m
        Nadia|El Amrani|moroccan|f
        Jean-Baptiste|Mukendi|congolese|m
        Laetitia|Vandenbroucke|belgian|f
        Camille|Rousseau|french|f
        Solène|Garnier|french|f
        Pascal|Morel|french|m
        Blandine|Aubert|french|f
        Amadou|Sow|senegalese|m
        Phan|Lan|vietnamese_french|fs|Thị
    """),
    "es": people("""
        Maite|Etxeberria|basque|f
        Rocío|Santos Gallardo|spanish|f
        Iván|Moreno Delgado|spanish|m
        Jordi|Puigvert|catalan|m
        Montserrat|Roca Vilaró|catalan|f
        Xoán|Castiñeira|galician|m
        Guadalupe|Ramírez Ochoa|mexican|f
        Ximena|Cuevas|mexican|f
        Yesid|Cárdenas|colombian|m
        Lucía|Ferraro|argentine|f
        Pía|Contreras Soto|chilean|f
        Wilfredo|Quispe Mamani|quechua|m
        Dolores|Pastor|spanish|f
        Andrés|Guerrero|ecuadorian|m
        Nicoleta|Vasile|romanian|f
        Esperanza|Montoya|colombian|f
    """),
    "it": people("""
        Giuseppina|Esposito|neapolitan|f
        Lorenzo|Bellandi|tuscan|m
        Chiara|Fontana|italian|f
        Salvatore|Lo Presti|sicilian|m
        Graziella|Pinna|sardinian|f
        Ardit|Hoxha|albanian|m
        Benedetta|Galli|italian|f
        Massimo|Serra|italian|m
        Rosa|Marino|italian|f
    """),
    "pt": people("""
        João Pedro|Antunes|portuguese|m
        Inês|Carvalho|portuguese|f
        Thaís|Nogueira|brazilian|f
        Cleber|dos Anjos|brazilian|m
        Raimunda|Sousa Lima|brazilian|f
        Kauã|Tavares|brazilian|m
        Eunice|Semedo|cape_verdean|f
        Adilson|Kiala|angolan|m
        Graça|Pires|portuguese|f
        Wellington|Barbosa|brazilian|m
    """),
    "nl": people("""
        Sanne|van den Berg|dutch|f
        Maarten|de Wit|dutch|m
        Wouter|Verhaegen|flemish|m
        Ilse|Bakker|dutch|f
        Mohamed|Bouzid|moroccan_dutch|m
        Shanice|Pinas|surinamese|f
        Kees|Visser|dutch|m
        Fenna|Hoekstra|frisian|f
        Hatice|Doğan|turkish_dutch|f
    """),
    "pl": people("""
        Zofia|Dąbrowska|polish|f
        Grzegorz|Wilk|polish|m
        Małgorzata|Kaczmarek|polish|f
        Paweł|Zając|polish|m
        Natalia|Kravets|ukrainian|f
        Krzysztof|Mazur|polish|m
        Halina|Sowa|polish|f
    """),
    "sv": people("""
        Linnea|Åberg|swedish|f
        Oskar|Lindqvist|swedish|m
        Ayan|Hussein|somali_swedish|f
        Pekka|Laine|sweden_finnish|m
    """),
    "da": people("""
        Mette|Kjeldsen|danish|f
        Rasmus|Bech|danish|m
        Guðrún|Sigurðardóttir|icelandic|f
        Søren|Dalgaard|danish|m
    """),
    "no": people("""
        Sigrid|Haugen|norwegian|f
        Torbjørn|Nygård|norwegian|m
        Máret|Gaup|sami|f
        Aslak|Berg|norwegian|m
    """),
    "fi": people("""
        Jukka|Heikkilä|finnish|m
        Aino|Räsänen|finnish|f
        Veikko|Kivi|finnish|m
        Hanna|Mäkelä|finnish|f
    """),
    "cs": people("""
        Tereza|Procházková|czech|f
        Ondřej|Kučera|czech|m
        Marek|Hudák|slovak|m
        Jarmila|Doležalová|czech|f
    """),
    "hu": people("""
        Kovács|Bence|hungarian|ms
        Fekete|Zsófia|hungarian|fs
        Szűcs|Gergely|hungarian|ms
    """),
    "ro": people("""
        Ioana|Stănescu|romanian|f
        Costel|Pădure|romanian|m
        Roxana|Ciobanu|romanian|f
        Florin|Lupu|romanian|m
    """),
    "el": people("""
        Ελένη|Παπαδοπούλου|greek|f||eleni,papadopoulou
        Σταύρος|Αντωνίου|greek|m||stavros,antoniou
        Δέσποινα|Καραγιάννη|greek|f||despoina,karagianni
        Κώστας|Μαυρίδης|greek|m||kostas,mavridis
    """),
    "tr": people("""
        Ayşe|Kaplan|turkish|f
        Zeynep|Aydın|turkish|f
        Mehmet Emin|Arslan|turkish|m
        Hüseyin|Kılıç|turkish|m
        Derya|Şahin|turkish|f
    """),
    "ru": people("""
        Дмитрий|Соколов|russian|m|Андреевич|dmitry,sokolov
        Екатерина|Орлова|russian|f|Сергеевна|ekaterina,orlova
        Ильдар|Хабибуллин|tatar|m|Рашитович|ildar,khabibullin
        Светлана|Зайцева|russian|f|Викторовна|svetlana,zaitseva
    """),
    "uk": people("""
        Оксана|Гнатюк|ukrainian|f|Петрівна|oksana,hnatiuk
        Тарас|Мельничук|ukrainian|m|Іванович|taras,melnychuk
        Ганна|Бондаренко|ukrainian|f|Олегівна|hanna,bondarenko
        Богдан|Коваль|ukrainian|m|Миколайович|bohdan,koval
    """),
    "ar": people("""
        محمود|عبد الرحمن|egyptian|m||mahmoud,abdelrahman
        هبة|الشناوي|egyptian|f||heba,elshenawy
        يوسف|بنجلون|moroccan|m||youssef,benjelloun
        ريم|العتيبي|saudi|f||reem,alotaibi
        خالد|الزعبي|jordanian|m||khaled,alzoubi
    """),
    "he": people("""
        נועה|בן עמי|israeli|f||noa,benami
        יוסי|אזולאי|mizrahi|m||yossi,azoulay
        אביטל|שרגא|israeli|f||avital,shraga
        דניאל|גורביץ|israeli_russian|m||daniel,gurevich
    """),
    "ja": people("""
        佐藤|陽菜|japanese|fsn||hina,sato
        高橋|健太|japanese|msn||kenta,takahashi
        渡辺|美咲|japanese|fsn||misaki,watanabe
        中村|大輔|japanese|msn||daisuke,nakamura
    """),
    "zh": people("""
        王|丽娟|chinese|fsn||lijuan,wang
        陈|浩|chinese|msn||hao,chen
        刘|雨桐|chinese|fsn||yutong,liu
        赵|建国|chinese|msn||jianguo,zhao
        欧阳|晓峰|chinese|msn||xiaofeng,ouyang
        黄|秀英|chinese|fsn||xiuying,huang
    """),
    "ko": people("""
        박|지훈|korean|msn||jihoon,park
        이|서연|korean|fsn||seoyeon,lee
        최|민호|korean|msn||minho,choi
        김|하늘|korean|fsn||haneul,kim
        정|우진|korean|msn||woojin,jung
        윤|미래|korean|fsn||mirae,yoon
    """),
    "vi": people("""
        Phạm|Lan|vietnamese|fs|Thị
        Đỗ|Quân|vietnamese|ms|Minh
        Lê|Hùng|vietnamese|ms|Văn
        Võ|Ngọc Anh|vietnamese|fs|Thị
    """),
    "id": people("""
        Ratna|Wulandari|javanese|f
        Agus|Setiawan|javanese|m
        Putu|Ardana|balinese|m
        Maria|Simanjuntak|batak|f
    """),
    "tl": people("""
        Rowena|Bautista|filipino|f
        Rodel|Magbanua|visayan|m
        Liezl|Ocampo|filipino|f
        Jomar|Villanueva|filipino|m
    """),
    "hi": people("""
        Rohit|Agarwal|marwari|m
        Priyanka|Srivastava|hindi|f
        Anoop|Nair|malayali|m
    """),
}


# ---------------------------------------------------------------- addresses
# "[[x]]" is a LOCATION span, "[[=x]]" the town (also a LOCATION span);
# " | " separates the lines of the address in its country's layout.

class Address:
    def __init__(self, cc, spec):
        self.cc = cc
        self.town_plain = re.search(r"\[\[=([^\]]+)\]\]", spec).group(1)
        marked = re.sub(r"\[\[=?([^\]]+)\]\]", lambda m: LOC(m.group(1)), spec)
        self.lines = [x.strip() for x in marked.split(" | ")]

    def block(self, sep="\n", prefix=""):
        return sep.join(prefix + x for x in self.lines)

    def line(self):
        return ", ".join(self.lines)

    def town(self):
        return LOC(self.town_plain)


ADDRESSES = {
    "gb": [
        "[[Flat 2]], [[19 Coldharbour Lane]] | [[=Hebden Bridge]] | [[HX7 8DL]]",
        "[[4 Tanners Row]] | [[=Ludlow]] | [[SY8 1QA]]",
        "[[112 Bramley Road]] | [[=Oakham]] | [[Rutland]] | [[LE15 6HH]]",
        "[[27 Kilnsey Court]] | [[=Skipton]] | [[BD23 2TQ]]",
        "[[9 Mafeking Terrace]] | [[=Abertillery]] | [[NP13 1BE]]",
        "[[Flat 6B]], [[Kestrel House]], [[88 Crossways Road]] | [[=Thetford]] | [[IP24 3JR]]",
        "[[31 Dunmore Crescent]] | [[=Portree]] | [[IV51 9DR]]",
        "[[17 Ashgrove Avenue]] | [[=Bangor]] | [[BT20 5HZ]]",
        "[[5 Brook Cottages]], [[Mill Lane]] | [[=Hathersage]] | [[S32 1BA]]",
        "[[63 Whitefriars Walk]] | [[=Sandwich]] | [[CT13 9AF]]",
        "[[2 Cherry Tree Mews]] | [[=Bath]] | [[BA2 4QP]]",
        "[[41 Gwendraeth Road]] | [[=Kidwelly]] | [[SA17 4LU]]",
        "[[8 Lowther Street]] | [[=Penrith]] | [[CA11 7UW]]",
        "[[Flat 14]], [[Marlowe Court]], [[3 Station Approach]] | [[=Hayle]] | [[TR27 4NB]]",
        "[[22 Holloway Lane]] | [[=Totnes]] | [[TQ9 5DR]]",
        "[[Flat 3]], [[7 Fore Street]] | [[=Bodmin]] | [[PL31 2HQ]]",
        "[[58 Dalton Road]] | [[=Ulverston]] | [[LA12 0AJ]]",
        "[[16 Tudor Way]] | [[=Knighton]] | [[LD7 1EG]]",
        "[[3 Saltire Gardens]] | [[=Dunbar]] | [[EH42 1FT]]",
        "[[104 Church Street]] | [[=Ripley]] | [[DE5 3BX]]",
        "[[11 Bowling Green Road]] | [[=Kettering]] | [[NN15 7QJ]]",
        "[[The Old Forge]], [[Back Lane]] | [[=Malton]] | [[YO17 7HD]]",
        "[[29 Heol y Nant]] | [[=Aberaeron]] | [[SA46 0BS]]",
        "[[Flat 9]], [[Larch House]], [[12 Mercia Drive]] | [[=Tamworth]] | [[B79 8QA]]",
        "[[6 Glebe Road]] | [[=Bude]] | [[EX23 8LT]]",
        "[[47 Newtownards Road]] | [[=Comber]] | [[BT23 5AU]]",
    ],
    "ie": [
        "[[Apartment 4]], [[Weir View]], [[Bridge Street]] | [[=Westport]] | [[Co. Mayo]] | [[F28 X2K7]]",
        "[[Cnoc na Gréine]] | [[=Kilcolgan]] | [[Co. Galway]] | [[H91 C6T4]]",
        "[[14 Mill Road]] | [[=Ennistymon]] | [[Co. Clare]] | [[V95 H2X3]]",
    ],
    "us": [
        "[[418 W Alder St]] | [[=Walla Walla]], [[WA]] [[99362]]",
        "[[2217 Pecan Hollow Dr]] | [[=Fredericksburg]], [[TX]] [[78624]]",
        "[[91 Orchard St]], [[Apt 3R]] | [[=Brattleboro]], [[VT]] [[05301]]",
        "[[1540 Cedar Hill Rd]] | [[=Paintsville]], [[KY]] [[41240]]",
        "[[77 Magnolia Ave]], [[Unit 12]] | [[=Sebring]], [[FL]] [[33870]]",
    ],
    "ca": ["[[238 rue Saint-Jean]] | [[=Rimouski]] ([[Québec]]) [[G5L 3J9]]"],
    "au": [
        "[[14 Banksia Place]] | [[=Mudgee]] [[NSW]] [[2850]]",
        "[[Unit 3]], [[22 Hovell St]] | [[=Wodonga]] [[VIC]] [[3690]]",
    ],
    "nz": ["[[27 Kowhai Street]] | [[=Ōpōtiki]] [[3122]]"],
    "de": [
        "[[Lindenweg 4]] | [[87541]] [[=Bad Hindelang]]",
        "[[Kirchgasse 17a]] | [[97996]] [[=Niederstetten]]",
        "[[Am Mühlbach 9]] | [[83646]] [[=Bad Tölz]]",
        "[[Hafenstraße 31]] | [[26757]] [[=Borkum]]",
        "[[Gartenstraße 8]] | [[09456]] [[=Annaberg-Buchholz]]",
        "[[Bebelstraße 52]] | [[18209]] [[=Bad Doberan]]",
    ],
    "at": [
        "[[Pfarrgasse 12/3]] | [[4880]] [[=St. Georgen im Attergau]]",
        "[[Hauptplatz 7]] | [[8850]] [[=Murau]]",
    ],
    "ch": ["[[Dorfstrasse 44]] | [[3780]] [[=Gstaad]]"],
    "fr": [
        "[[12 rue des Tanneurs]] | [[29400]] [[=Landivisiau]]",
        "[[3 chemin du Lavoir]] | [[24220]] [[=Saint-Cyprien]]",
        "[[Bâtiment C]], [[45 avenue Jean Moulin]] | [[13200]] [[=Arles]]",
        "[[8 impasse des Glycines]] | [[67140]] [[=Barr]]",
        "[[17 rue Victor Hugo]] | [[43000]] [[=Le Puy-en-Velay]]",
    ],
    "be": [
        "[[Rue de la Station 27]] | [[6900]] [[=Marche-en-Famenne]]",
        "[[Kerkstraat 112 bus 4]] | [[9160]] [[=Lokeren]]",
    ],
    "nl": [
        "[[Dorpsstraat 56]] | [[9151 AK]] [[=Holwerd]]",
        "[[Prins Hendrikkade 7-II]] | [[1621 AM]] [[=Hoorn]]",
        "[[Molenweg 3]] | [[7471 BC]] [[=Goor]]",
    ],
    "it": [
        "[[Via Giuseppe Mazzini 23]] | [[84010]] [[=Atrani]] ([[SA]])",
        "[[Vicolo del Pozzo 5]] | [[06049]] [[=Spoleto]] ([[PG]])",
        "[[Corso Vittorio Emanuele 140]] | [[07026]] [[=Olbia]] ([[SS]])",
        "[[Via dei Mille 8]], [[int. 6]] | [[90044]] [[=Carini]] ([[PA]])",
    ],
    "es": [
        "[[Calle Mayor, 14]], [[2º B]] | [[44100]] [[=Albarracín]] ([[Teruel]])",
        "[[Avda. de Andalucía, 61]] | [[29400]] [[=Ronda]] ([[Málaga]])",
        "[[Carrer de la Riera, 9]] | [[17310]] [[=Lloret de Mar]] ([[Girona]])",
        "[[Kale Nagusia, 22]], [[3º izda.]] | [[20800]] [[=Zarautz]] ([[Gipuzkoa]])",
        "[[Rúa do Castro, 5]] | [[15270]] [[=Cee]] ([[A Coruña]])",
    ],
    "mx": ["[[Calle Morelos 217]], [[Col. Centro]] | [[37700]] [[=San Miguel de Allende]], [[Gto.]]"],
    "co": ["[[Carrera 7 # 12-45]] | [[=Villa de Leyva]], [[Boyacá]]"],
    "ar": ["[[Av. San Martín 1245]], [[4º C]] | [[R8400]] [[=San Carlos de Bariloche]], [[Río Negro]]"],
    "cl": ["[[Pasaje Los Aromos 318]] | [[=Pucón]], [[Araucanía]]"],
    "pt": [
        "[[Rua da Misericórdia, 22]], [[1.º Esq.]] | [[7000-646]] [[=Évora]]",
        "[[Travessa do Poço, 3]] | [[4990-062]] [[=Ponte de Lima]]",
    ],
    "br": [
        "[[Rua das Mangueiras, 215]], [[apto 302]] | [[=Tiradentes]] - [[MG]] | [[36325-000]]",
        "[[Av. Getúlio Vargas, 1180]] | [[=Canela]] - [[RS]] | [[95680-000]]",
        "[[Rua Padre Cícero, 44]] | [[=Juazeiro do Norte]] - [[CE]] | [[63010-020]]",
    ],
    "pl": [
        "[[ul. Kościuszki 14/3]] | [[34-500]] [[=Zakopane]]",
        "[[ul. Ogrodowa 7]] | [[11-500]] [[=Giżycko]]",
        "[[os. Słoneczne 4/27]] | [[38-500]] [[=Sanok]]",
    ],
    "cz": [
        "[[Husova 218]] | [[381 01]] [[=Český Krumlov]]",
        "[[Na Vyhlídce 9]] | [[789 01]] [[=Zábřeh]]",
    ],
    "se": [
        "[[Storgatan 12 B]] | [[542 30]] [[=Mariestad]]",
        "[[Prästgårdsvägen 3]] | [[762 92]] [[=Rimbo]]",
    ],
    "dk": ["[[Vestergade 21]], [[1. tv.]] | [[6270]] [[=Tønder]]"],
    "no": [
        "[[Fjellveien 6]] | [[8310]] [[=Kabelvåg]]",
        "[[Storgata 44]] | [[9730]] [[=Karasjok]]",
    ],
    "fi": ["[[Rantatie 8 B 12]] | [[21100]] [[=Naantali]]"],
    "gr": ["[[Ερμού 14]] | [[491 00]] [[=Κέρκυρα]]"],
    "tr": [
        "[[Cumhuriyet Mah. Gazi Cad. No: 41]] [[D: 6]] | [[48400]] [[=Bodrum]]/[[Muğla]]",
        "[[Kaleiçi Mah. Hesapçı Sok. No: 7]] | [[07100]] [[=Muratpaşa]]/[[Antalya]]",
    ],
    "ro": [
        "[[Str. Avram Iancu nr. 12]], [[bl. A3, ap. 14]] | [[550182]] [[=Sibiu]]",
        "[[Str. Morii nr. 5]] | [[505400]] [[=Râșnov]], [[jud. Brașov]]",
    ],
    "hu": ["[[=Balatonfüred]] | [[Petőfi Sándor utca 27.]] | [[8230]]"],
    "ru": [
        "[[601293]], [[Владимирская обл.]], г. [[=Суздаль]], [[ул. Ленина, д. 14]], [[кв. 52]]",
        "[[186500]], [[Республика Карелия]], г. [[=Беломорск]], [[ул. Портовое шоссе, д. 9]], [[кв. 3]]",
    ],
    "ua": [
        "[[вул. Тараса Шевченка, 8]], [[кв. 3]], м. [[=Кам'янець-Подільський]], [[Хмельницька обл.]], [[32300]]",
        "[[вул. Садова, 21]], смт [[=Ворохта]], [[Івано-Франківська обл.]], [[78595]]",
    ],
    "jp": [
        "〒[[399-0211]] [[長野県]][[=諏訪郡富士見町]][[富士見3341-8]]",
        "〒[[671-2401]] [[兵庫県]][[=姫路市]][[安富町安志1187]]",
    ],
    "kr": ["[[강원특별자치도]] [[=속초시]] [[중앙로 45]], [[302호]]"],
    "cn": ["[[浙江省]][[湖州市]][[=安吉县]][[递铺街道胜利西路88号]][[3幢502室]]"],
    "vn": [
        "[[Số 27 hẻm 14 Trần Hưng Đạo]], [[Phường 7]], TP. [[=Đà Lạt]], [[Lâm Đồng]]",
        "[[Thôn Phú Xuân]], [[xã Tam Thanh]], TP. [[=Tam Kỳ]], [[Quảng Nam]]",
    ],
    "in": [
        "[[Flat 3B]], [[Sai Krupa Apartments]], [[14th Main Road, Jayanagar 4th Block]] | [[=Bengaluru]] [[560011]]",
        "[[H.No. 27, Gali No. 4, Shanti Nagar]] | [[=Rishikesh]], [[Uttarakhand]] [[249201]]",
    ],
    "ph": ["[[Blk 7 Lot 12 Sampaguita St.]], [[Brgy. San Isidro]] | [[=Tanauan City]], [[Batangas]] [[4232]]"],
    "id": ["[[Jl. Diponegoro No. 45]], [[RT 003/RW 002]] | [[Kel. Kauman]], [[=Nganjuk]] | [[Jawa Timur]] [[64411]]"],
    "za": ["[[17 Protea Street]] | [[=Riebeek Kasteel]] | [[7307]]"],
    "ng": ["[[Plot 14, Adebayo Close]] | [[=Ibadan]], [[Oyo State]]"],
    "il": [
        "[[רחוב הרצל 23]], [[דירה 5]], [[=זכרון יעקב]]",
        "[[רחוב הגפן 8]], [[=מצפה רמון]]",
    ],
}
ADDR = {cc: [Address(cc, s) for s in specs] for cc, specs in ADDRESSES.items()}


# ---------------------------------------------------------------- phones
# national formats, no country code unless the writer would add one

PHONES = {
    "gb": ["07812 446 390", "07939 215 774", "01422 843 916", "07456 308 112",
           "07881 672 045", "0113 267 4491", "07523 881 604", "07305 119 842",
           "07402 663 175", "01584 877 203", "07968 031 557", "07711 284 906",
           "07747 203 518", "07830 661 274", "01392 486 715", "07586 014 339",
           "07415 772 960", "07951 338 207", "01248 712 455", "07720 549 183",
           "07869 402 716", "07481 955 260", "01652 618 043", "07553 287 491"],
    "ie": ["087 342 7719", "085 116 9043", "086 204 5517"],
    "us": ["(509) 382-4417", "830-997-2158", "802.254.6631", "(606) 312-0478",
           "863-414-7720"],
    "ca": ["418 723-5519"],
    "au": ["0412 558 093", "(02) 6372 4418"],
    "nz": ["021 884 317"],
    "de": ["0171 4839207", "0151 22873614", "08324 951733", "04922 7781",
           "0176 39045581", "038203 61427", "0152 04418273", "0163 7712590"],
    "at": ["0664 381 2270", "0676 512 84 09"],
    "ch": ["079 418 36 52"],
    "fr": ["06 47 18 93 02", "07 81 55 26 40", "02 98 44 17 63", "06 12 70 38 85",
           "06 33 81 47 20", "07 68 02 91 15"],
    "be": ["0478 21 93 64", "09 348 71 20"],
    "nl": ["06-38417209", "0229 214 683", "06 51 29 80 33"],
    "it": ["347 218 9904", "338 661 0472", "089 871244", "320 557 1186"],
    "es": ["612 483 907", "679 20 14 85", "943 83 12 77", "655 301 228", "622 917 340",
           "688 45 20 19"],
    "mx": ["415 152 0834", "55 4187 2093"],
    "co": ["311 482 0975"],
    "ar": ["294 15-438-2217"],
    "cl": ["9 8841 2276"],
    "pt": ["926 118 473", "258 941 302"],
    "br": ["(32) 98814-2273", "(54) 99172-0486", "(88) 99630-5528", "(31) 99704-2268",
           "(51) 98123-4407"],
    "pl": ["601 284 337", "508 912 440", "692 118 075"],
    "cz": ["608 214 773", "732 905 118"],
    "sk": ["0905 412 883"],
    "hu": ["06 30 418 2276", "06 20 915 3340"],
    "ro": ["0722 418 903", "0745 219 067"],
    "se": ["070-418 22 95", "073-552 81 04"],
    "dk": ["23 84 17 56", "41 29 60 38"],
    "no": ["412 88 305", "958 20 147"],
    "fi": ["040 718 2294", "050 336 9108"],
    "gr": ["694 418 2277", "697 210 5583"],
    "tr": ["0532 418 27 90", "0544 903 12 76", "0505 662 41 08"],
    "ru": ["8 (916) 418-27-93", "8 903 552-18-04"],
    "ua": ["067 418 29 33", "093 210 77 58"],
    "eg": ["010 2418 7763", "0122 508 3194"],
    "sa": ["055 418 2290"],
    "jo": ["079 541 8823"],
    "ma": ["06 61 48 22 93"],
    "il": ["052-418-2277", "054-663-1902"],
    "jp": ["090-4187-2263", "080-3312-7745", "0266-62-4418"],
    "kr": ["010-4182-7735", "010-9021-3386"],
    "cn": ["138 1742 6690", "159 0571 2283"],
    "hk": ["9418 2277"],
    "vn": ["0903 418 227", "091 552 8804"],
    "id": ["0812-4187-2290", "0857 3321 0948"],
    "ph": ["0917 418 2273", "0998 552 1034"],
    "in": ["98451 20837", "70190 44281"],
    "pk": ["0300 4182276", "0321 5508819"],
    "ng": ["0803 418 2277", "0816 552 9031"],
    "gh": ["024 418 2276"],
    "ke": ["0722 418 903", "0711 552 860"],
    "za": ["082 418 2277", "071 552 3390"],
}


# ---------------------------------------------------------------- dates of birth
# typed as each writer would type them

DOBS = {
    "gb": ["14/03/1988", "02/11/1971", "29/07/2003", "08/01/1956", "17/09/1994",
           "3 May 1979", "21 Dec 1990", "11 June 1964", "05/04/2001", "30/10/1985",
           "19.02.1997", "26/06/1982", "09/09/1976", "23 Apr 1968", "12/12/1999",
           "31/01/1987", "6 October 1973", "15.07.1991"],
    "gb_old": ["7th August 1949", "22 March 1938", "14/11/1947", "03/10/1944", "1 Feb 1952"],
    "us": ["04/22/1992", "March 9, 1967", "11/30/1983", "1978-06-15", "Jan 3 2000"],
    "de": ["07.09.1965", "23.01.1991", "12.06.1979", "30.11.2002", "4. August 1958",
           "18.3.1984"],
    "fr": ["12/05/1983", "3 février 1976", "28/08/1999", "16 octobre 1961", "01/07/1990"],
    "es": ["09/02/1987", "21 de marzo de 1974", "15-07-1996", "02/12/1969", "30/04/1981"],
    "it": ["18/04/1982", "7 settembre 1959", "26/11/1993"],
    "pt": ["11/06/1990", "3 de janeiro de 1972", "25/09/1985", "14/02/1968"],
    "nl": ["14-08-1977", "2 maart 1995", "19-12-1968"],
    "pl": ["05.10.1984", "17 lipca 1962", "28.02.1999"],
    "sv": ["1986-04-19", "1979-11-03"],
    "da": ["12-07-1974"],
    "no": ["03.03.1981"],
    "fi": ["21.9.1970"],
    "tr": ["14.05.1983", "09/11/1977", "02.06.1990"],
    "cs": ["3. 6. 1979", "22. 1. 1992"],
    "hu": ["1985. április 12.", "1973.08.30."],
    "ro": ["17.02.1989", "04.12.1966"],
    "el": ["12/03/1980", "5 Ιουνίου 1971"],
    "ru": ["14.02.1979", "03.09.1990"],
    "uk": ["21.06.1985", "09.10.1973"],
    "ar": ["1987/04/12", "15/03/1990"],
    "he": ["14.8.1982"],
    "ja": ["1988年3月14日", "昭和62年5月2日", "1995年11月30日"],
    "zh": ["1990年7月18日", "1985-02-03"],
    "ko": ["1991년 4월 9일", "1987.12.24"],
    "vi": ["12/08/1978", "03/05/1995"],
    "id": ["17-08-1986", "25 Desember 1991"],
    "tl": ["June 12, 1989", "03/27/1994"],
    "hi": ["15/08/1987"],
}


# ---------------------------------------------------------------- ID numbers
# check digits worked out by hand (valid where the scheme has one)

IDS = {
    "nino": ["JT 48 29 17 B", "NH 61 03 57 C", "PW 27 84 16 A", "SK 90 41 22 D", "ZH 73 05 91 C",
             "AE 18 62 40 A", "WL 52 83 07 B", "CE 40 19 66 D"],
    "nhs": ["485 120 3977", "721 436 0586"],
    "ssn": ["412-67-3309", "529-14-8862", "238-90-4417", "301-52-7784", "647-21-0953"],
    "passport_gb": ["552918374", "130774629", "207394158"],
    "passport_ng": ["A09418227", "B02317745", "A11640982"],
    "passport_in": ["V4182273"],
    "passport_pk": ["AB4182276"],
    "brp": ["ZX4182273", "RE1905528"],
    "dni": ["48213390P", "53017742M"],
    "nie": ["Y4820913N", "X7731502Y", "Z1094476A"],
    "pesel": ["84100508310", "62071744269", "99222815738"],
    "se": ["860419-2388", "791103-4572"],
    "no": ["03038149740"],
    "fi": ["210970-3184"],
    "dk": ["120774-1381", "250391-2206"],
    "tckn": ["38419027554", "52901734898", "17640392822", "46102839766"],
    "cpf": ["418.227.093-26", "305.961.847-00", "772.140.358-80", "916.302.481-00",
            "083.557.192-04", "241.760.935-52", "629.148.305-05", "357.092.816-03"],
    "cnp": ["2890217324188", "1661204083379"],
    "bsn": ["182736453", "304177295", "615290838"],
    "nir": ["2 83 05 29 019 142 44", "1 76 02 13 004 287 59"],
    "stid": ["57 029 483 163", "81 640 927 351"],
    "rc": ["795603/1237", "851218/4417"],
    "rrn": ["910409-1234561", "871224-2548178"],
    "cn": ["330523199007184025", "440306198502036111"],
    "mynum": ["4187 2263 3096", "6021 8847 1358"],
    "aadhaar": ["4827 1930 5629"],
    "za": ["8209145120084"],
    "amka": ["12038004714", "05067102888"],
    "cf": ["SPSGPP82D58F839H", "BLLLRN59P07D612J"],
    "nik": ["3518065708860003"],
    "ru_pass": ["17 09 418227", "45 12 550913"],
    "ua_pass": ["004182273", "FE418227"],
    "il": ["034182279", "312905532"],
    "cccd": ["068078041822", "079195003417"],
}

IBANS = {
    "gb": ["GB26 BARC 2003 5349 1872 61", "GB50 LOYD 3096 2248 1077 39"],
    "de": ["DE44 5001 0517 5407 3249 31", "DE98 1203 0000 0020 4182 27"],
    "fr": ["FR93 2004 1010 0504 1822 7093 K12"],
    "es": ["ES19 0049 1824 5029 1033 7745"],
    "nl": ["NL43 RABO 0314 8290 77", "NL52 INGB 0006 7428 15"],
    "pl": ["PL10 1090 2402 0042 8763 0418 2259"],
    "pt": ["PT54 0035 0069 7731 0488 2379 1"],
    "it": ["IT20 Y030 6909 6061 0000 0418 227"],
    "ie": ["IE29 AIBK 9311 5212 3456 78", "IE86 BOFI 9058 3812 9044 17"],
    "dk": ["DK41 3000 4180 4422 97"],
    "ro": ["RO16 BTRL RONC RT04 1822 7091"],
    "tr": ["TR33 0006 1005 1978 6457 8413 26"],
}
CARDS = ["4539 1488 0343 6467", "5167 3200 4418 2293"]
MRNS = ["4471203", "K0418227", "30418827"]
IPS = ["86.142.77.203", "92.40.185.17", "2.218.64.119"]


# ---------------------------------------------------------------- public names
# everything here is public: not labelled

UK_CASES = [
    "Donoghue v Stevenson", "Caparo Industries plc v Dickman", "Hadley v Baxendale",
    "Rylands v Fletcher", "Carlill v Carbolic Smoke Ball Co", "Pepper v Hart",
    "Salomon v A Salomon & Co Ltd", "Hedley Byrne v Heller", "Bolam v Friern Hospital Management Committee",
    "Montgomery v Lanarkshire Health Board", "Associated Provincial Picture Houses v Wednesbury Corporation",
    "R v Dudley and Stephens", "R v Brown", "Ivey v Genting Casinos", "Stack v Dowden",
    "Jones v Kernott", "White v White", "Radmacher v Granatino", "Gillick v West Norfolk and Wisbech AHA",
    "Entick v Carrington", "Central London Property Trust v High Trees House", "Street v Mountford",
    "Williams v Roffey Bros", "Photo Production v Securicor", "Hughes v Lord Advocate",
    "Paris v Stepney Borough Council", "Bolton v Stone", "Nettleship v Weston", "Hunter v Canary Wharf",
    "Tulk v Moxhay", "Prest v Petrodel", "Robinson v Chief Constable of West Yorkshire",
    "Woolmington v DPP", "R v Jogee", "Owens v Owens", "Re B (A Child)", "Fisher v Bell",
    "Smith v Hughes", "Chappell v Nestlé", "Balfour v Balfour",
]
US_CASES = [
    "Marbury v. Madison", "Brown v. Board of Education", "Miranda v. Arizona", "Roe v. Wade",
    "Dobbs v. Jackson Women's Health Organization", "Obergefell v. Hodges", "Gideon v. Wainwright",
    "Plessy v. Ferguson", "Palsgraf v. Long Island Railroad", "Chevron v. NRDC",
    "Loper Bright Enterprises v. Raimondo", "Citizens United v. FEC", "Mapp v. Ohio", "Terry v. Ohio",
    "New York Times v. Sullivan", "Tinker v. Des Moines", "Griswold v. Connecticut",
    "Loving v. Virginia", "Korematsu v. United States", "International Shoe v. Washington",
    "Erie Railroad v. Tompkins", "Hawkins v. McGee", "Lucy v. Zehmer", "Bush v. Gore",
    "Kelo v. City of New London", "Students for Fair Admissions v. Harvard", "Escobedo v. Illinois",
]
EU_CASES = [
    "Van Gend en Loos", "Costa v ENEL", "Cassis de Dijon", "Francovich v Italy", "Bosman",
    "Factortame", "Google Spain v AEPD and Mario Costeja González", "Schrems II", "Dassonville",
    "Marleasing", "Kadi", "Handyside v UK", "Soering v UK", "Sunday Times v UK", "Hirst v UK (No 2)",
    "Othman (Abu Qatada) v UK", "Dudgeon v UK", "Goodwin v UK",
]
JUDGES = [
    "Lord Denning", "Lady Hale", "Lord Atkin", "Lord Sumption", "Lord Reed", "Lord Bingham",
    "Lord Diplock", "Lord Mansfield", "Lord Neuberger", "Sir Edward Coke", "Ruth Bader Ginsburg",
    "Thurgood Marshall", "Oliver Wendell Holmes Jr.", "Learned Hand", "Benjamin Cardozo",
    "John Marshall", "Earl Warren", "Antonin Scalia", "Sonia Sotomayor", "Clarence Thomas",
    "John Roberts", "Amy Coney Barrett", "Ketanji Brown Jackson", "Elena Kagan", "Neil Gorsuch",
    "Sandra Day O'Connor", "Albie Sachs", "Aharon Barak", "Koen Lenaerts", "D. Y. Chandrachud",
]
JURISTS = [
    "William Blackstone", "Jeremy Bentham", "H. L. A. Hart", "Ronald Dworkin", "Hans Kelsen",
    "John Austin", "Lon Fuller", "Gustav Radbruch", "Friedrich Carl von Savigny", "Hugo Grotius",
    "Cesare Beccaria", "Montesquieu", "A. V. Dicey", "Rudolf von Jhering", "Justinian", "Ulpian",
]
UK_STATUTES = [
    "Limitation Act 1980", "Housing Act 1988", "Equality Act 2010", "Consumer Rights Act 2015",
    "Human Rights Act 1998", "Children Act 1989", "Matrimonial Causes Act 1973",
    "Inheritance (Provision for Family and Dependants) Act 1975", "Landlord and Tenant Act 1954",
    "Protection from Eviction Act 1977", "Consumer Credit Act 1974", "Data Protection Act 2018",
    "Renters' Rights Act 2025", "Domestic Abuse Act 2021", "Nationality and Borders Act 2022",
    "Employment Rights Act 1996", "Trusts of Land and Appointment of Trustees Act 1996",
    "Misrepresentation Act 1967", "Unfair Contract Terms Act 1977", "Mental Capacity Act 2005",
]
EPONYM_UK = [
    ("Clare's Law", "the Domestic Violence Disclosure Scheme"),
    ("Sarah's Law", "the Child Sex Offender Disclosure Scheme"),
    ("Awaab's Law", "damp and mould timescales for social landlords"),
    ("Martyn's Law", "the Terrorism (Protection of Premises) Act 2025"),
    ("Natasha's Law", "full allergen labelling on pre-packed food"),
    ("Finn's Law", "protection for police dogs and horses"),
    ("Helen's Law", "no parole where a killer hides the victim's remains"),
    ("Harper's Law", "life sentences for killing an emergency worker"),
    ("Tony's Law", "longer sentences for child cruelty"),
]
EPONYM_US = [
    "Sarbanes-Oxley", "Dodd-Frank", "Glass-Steagall", "Taft-Hartley", "the Magnitsky Act",
    "the Lanham Act", "the Sherman Act", "the Clayton Act", "Megan's Law", "Jessica's Law",
    "the Hart-Scott-Rodino Act", "the Jones Act", "the Hatch Act", "the Leahy Law",
]
MAXIMS = [
    ("nemo judex in causa sua", "no one should be a judge in their own cause"),
    ("audi alteram partem", "hear the other side"),
    ("res ipsa loquitur", "the thing speaks for itself"),
    ("volenti non fit injuria", "no injury is done to one who consents"),
    ("ex turpi causa non oritur actio", "no action arises from a base cause"),
    ("caveat emptor", "let the buyer beware"),
    ("pacta sunt servanda", "agreements must be kept"),
    ("nulla poena sine lege", "no punishment without law"),
    ("actus non facit reum nisi mens sit rea", "the act is not guilty unless the mind is guilty"),
    ("ignorantia juris non excusat", "ignorance of the law is no excuse"),
    ("de minimis non curat lex", "the law does not concern itself with trifles"),
    ("qui facit per alium facit per se", "he who acts through another acts himself"),
]
FIRMS = [
    "Clifford Chance", "Freshfields", "Linklaters", "A&O Shearman", "Slaughter and May",
    "Baker McKenzie", "Skadden", "Wachtell Lipton", "Cravath", "Kirkland & Ellis",
    "Latham & Watkins", "Herbert Smith Freehills Kramer", "DLA Piper", "Hogan Lovells",
    "Irwin Mitchell", "Leigh Day", "Mishcon de Reya", "Withers", "Stephenson Harwood",
    "Addleshaw Goddard", "Pinsent Masons", "Eversheds Sutherland", "Simmons & Simmons",
]
LEGAL_SW = [
    "Clio", "Relativity", "iManage", "NetDocuments", "LEAP", "Actionstep", "PracticePanther",
    "MyCase", "Smokeball", "Harvey", "Lexis+ AI", "Westlaw", "Practical Law", "vLex",
    "CoCounsel", "Kira", "Luminance", "Everlaw", "Logikcull", "DISCO", "Nuix", "Litera",
    "DocuSign", "Intapp", "Aderant", "Elite 3E", "Peppermint", "Proclaim", "Osprey", "Hoowla",
    "Bundledocs", "CaseLines", "Opus 2", "HighQ", "Robin AI", "Spellbook", "Eve", "Della",
]
BRANDS = [
    "John Lewis Partnership", "Ted Baker", "Paul Smith", "Hugo Boss", "Dr. Martens",
    "Jimmy Choo", "Marks & Spencer", "Sainsbury's", "Morrisons", "Ben & Jerry's",
    "Goldman Sachs", "Morgan Stanley", "Johnson & Johnson", "Procter & Gamble", "Dyson",
    "Apple", "Epic Games", "Tesla", "Meta Platforms", "Amazon", "Unilever", "BP", "Shell",
    "Tata Steel", "Volkswagen", "Siemens", "Nestlé", "LVMH", "Ryanair", "Thames Water",
    "Boots", "McDonald's", "Wendy's", "Ford", "Ferrari", "Porsche", "Dell", "Hewlett Packard Enterprise",
    "Barclays", "Lloyds Banking Group", "Thomas Cook", "Greggs", "Aston Martin",
]
DEBT_FIRMS = ["Lowell", "Cabot Credit Management", "Intrum", "PRA Group", "Moorcroft",
              "Arrow Global", "Hoist Finance", "Link Financial"]
ADVICE = ["Citizens Advice", "StepChange", "Shelter", "National Debtline", "Money Wellness",
          "Law Centres Network", "Coram Children's Legal Centre", "Rights of Women", "JCWI",
          "Advicenow", "LawWorks", "ACAS"]
JOB_TITLES = ["Partner", "Senior Associate", "Associate", "Trainee Solicitor", "Paralegal",
              "Legal Executive", "Head of Legal", "General Counsel", "Company Secretary",
              "Legal Cashier", "Practice Manager", "COLP", "COFA", "MLRO", "Costs Draftsman",
              "Court Clerk", "Usher", "Listing Officer", "Notary Public", "Licensed Conveyancer"]


# ---------------------------------------------------------------- drawing

class Ctx:
    """Draws values least-used first (ties broken by the seeded RNG), never twice in a row."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = Counter()
        self.row = set()
        self.case = None

    def new_row(self):
        self.row = set()
        self.case = None

    def draw(self, key, items, ok=None):
        idx = [i for i in range(len(items)) if (key, i) not in self.row
               and (ok is None or ok(items[i]))]
        low = min(self.used[(key, i)] for i in idx)
        pick = self.rng.choice([i for i in idx if self.used[(key, i)] == low])
        self.used[(key, pick)] += 1
        self.row.add((key, pick))
        return items[pick]

    def who(self, pool="en", cultures=None, sex=None):
        def ok(p):
            return ((cultures is None or p.culture in cultures)
                    and (sex is None or p.sex == sex))
        return self.draw("person:" + pool, POOLS[pool], ok)

    def addr(self, cc):
        return self.draw("addr:" + cc, ADDR[cc])

    def phone(self, cc):
        return PHN(self.draw("phone:" + cc, PHONES[cc]))

    def dob(self, style):
        return DOB(self.draw("dob:" + style, DOBS[style]))

    def nid(self, kind, label=NID):
        return label(self.draw("id:" + kind, IDS[kind]))

    def iban(self, cc):
        return IBAN(self.draw("iban:" + cc, IBANS[cc]))

    def pick(self, name, items):
        return self.draw("pub:" + name, items)

    def picks(self, name, items, k):
        return [self.pick(name, items) for _ in range(k)]

    def ch(self, *options):
        return self.rng.choice(options)

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)


# ---------------------------------------------------------------- templates

TEMPLATES = []  # (class, template, lang, rows, function, case)


def T(cls, name, lang, rows, case=None):
    def deco(fn):
        TEMPLATES.append((cls, name, lang, rows, fn, case))
        return fn
    return deco


# ================================================================ personal_intake

@T("personal_intake", "web_enquiry", "en", 3)
def _(c, i):
    a = c.who(sex="f" if i == 0 else None)
    b = c.who(sex="m" if i < 2 else None)  # "he" in the message
    cc = ["gb", "ie", "gb"][i]
    ad = c.addr(cc)
    matter, rel, msg = [
        ("Divorce / finances", "husband",
         ("We seperated in March, he has moved in with his new partner and says the house is his "
         "because his name is on the deeds. I have 2 children 9 and 12. Can I stay?")),
        ("Boundary dispute", "neighbour",
         ("New neighbour put a fence up about 2ft onto our side of the drive. We have the title plan "
         "from when we bought. He is refusing to talk")),
        ("Employment - unfair dismissal", "line manager",
         ("dismissed after 6 yrs for 'gross misconduct' but no investigation meeting, appeal was "
         "heard by the same person who sacked me. ACAS early conciliation started 2 weeks ago")),
    ][i]
    return (
        f"Can you tidy this web enquiry into a file note and flag anything we need for conflicts?\n\n"
        f"--- Enquiry form #{c.num(20410, 20999)} ---\n"
        f"Full name: {a.full()}\n"
        f"Date of birth: {c.dob('gb')}\n"
        f"Address: {ad.line()}\n"
        f"Mobile: {c.phone(cc)}\n"
        f"Email: {a.email(c.ch('gmail.com', 'hotmail.co.uk', 'outlook.com'), c.ch('g.f', 'gf', 'g1f'))}\n"
        f"Matter type: {matter}\n"
        f"Other side: {b.full()} ({rel})\n"
        f"How did you hear about us: {c.ch('Google', 'Friend', 'Citizens Advice')}\n"
        f"Message: {msg}"
    )


@T("personal_intake", "conflict_search", "en", 3)
def _(c, i):
    if i == 2:
        c.case = "upper"
    a, b, d = c.who(), c.who(), c.who()
    rel = ["his brother", "her new partner", "the company director"][i]
    b1, b2 = c.picks("brands", BRANDS, 2)
    return (
        f"Conflict check please before I open this one:\n"
        f"New client: {a.full()} (DOB {c.dob('gb')})\n"
        f"Opponent: {b.full()}\n"
        f"Connected party: {d.full()} – {rel}\n"
        f"Also search '{b.family()}' on its own, I think we acted for a {b.family()} in a probate "
        f"matter around 2019.\n"
        f"Existing clients to rule out: {b1}, {b2}."
    )


@T("personal_intake", "spouse_visa_intake", "en", 3)
def _(c, i):
    nat, cults, pkind = [("Nigerian", ("yoruba", "igbo", "hausa"), "passport_ng"),
                         ("Indian", ("tamil", "gujarati", "bengali"), "passport_in"),
                         ("Pakistani", ("urdu", "punjabi_pakistani"), "passport_pk")][i]
    a = c.who("en", cults)
    b = c.who()
    ad = c.addr("gb")
    return (
        f"Immigration intake - Spouse visa (Appendix FM)\n"
        f"Applicant: {a.full()}, {nat}, passport no. {c.nid(pkind)}\n"
        f"DOB: {c.dob('gb')}\n"
        f"Sponsor: {b.full()}, British citizen, NI no {c.nid('nino')}\n"
        f"Sponsor address:\n{ad.block()}\n"
        f"Sponsor tel: {c.phone('gb')}\n"
        f"Previous refusal: {c.ch('no', 'yes - 2023, English test')}\n\n"
        f"Q for you: sponsor earns £27,400 PAYE and has £16,000 in savings. Does that get over the "
        f"£29,000 financial requirement if we combine, and how long must the savings have been held?"
    )


@T("personal_intake", "debt_clinic_phone", "en", 2, case="lower")
def _(c, i):
    a = c.who(sex="f" if i == 0 else "m")
    ad = c.addr("gb")
    d1, d2 = c.picks("debt", DEBT_FIRMS, 2)
    kids, debts, helper = [
        ("single parent 2 kids, works 20hrs at greggs",
         f"{d1} £1,240 (was very), {d2} £3,100 (capital one), council tax arrears £860, octopus energy £410",
         "her mum"),
        ("lives with partner, on uc + pip, no work",
         f"{d1} £640 (vodafone), {d2} £2,875 (vanquis), overpaid tax credits £1,900, 2 x payday",
         "his sister"),
    ][i]
    return (
        f"debt clinic intake typed up from the phone, pls turn into our standard summary\n"
        f"client {a.full()} dob {c.dob('gb')}\n"
        f"lives {ad.line()}, mob {c.phone('gb')}\n"
        f"{kids}\n"
        f"debts: {debts}\n"
        f"wants to know DRO vs IVA, worried about bailiffs. said {helper} {c.who(sex='f').given()} "
        f"might help with the £90 fee"
    )


@T("personal_intake", "aufnahmebogen", "de", 3)
def _(c, i):
    a, b = c.who("de"), c.who("de")
    cc = ["de", "de", "at"][i]
    ad = c.addr(cc)
    gegner, sv = [
        (b.hon("Vermieter", "Vermieterin"), ("Eigenbedarfskündigung vom 28.02., Auszug bis 31.08. verlangt. Wohnt seit "
                       "2009 in der Wohnung, Mutter im Haushalt pflegebedürftig.")),
        (b.hon("ehem. Arbeitgeber, Inhaber", "ehem. Arbeitgeberin, Inhaberin"), ("fristlose Kündigung per WhatsApp, kein Zeugnis, "
                                        "Lohn für Mai fehlt. Kündigungsschutzklage – 3-Wochen-Frist läuft!")),
        ("Unfallgegner", ("Auffahrunfall auf der B 145, Gegner bestreitet, Dashcam vorhanden. "
                          "Schmerzensgeld + Nutzungsausfall.")),
    ][i]
    return (
        f"Bitte fass den Aufnahmebogen kurz zusammen und entwirf eine Mandatsbestätigung.\n\n"
        f"Mandant/in: {a.full()}\n"
        f"Geb.: {c.dob('de')}\n"
        f"Anschrift: {ad.line()}\n"
        f"Tel.: {c.phone(cc)}\n"
        f"E-Mail: {a.email(c.ch('web.de', 'gmx.de', 't-online.de'), c.ch('g.f', 'f.g', 'g1f'))}\n"
        f"Gegner: {b.full()} ({gegner})\n"
        f"Sachverhalt: {sv}\n"
        f"RSV: {c.ch('ja, ARAG', 'nein', 'ja, Roland')}"
    )


@T("personal_intake", "fiche_ouverture", "fr", 3)
def _(c, i):
    a = c.who("fr")
    if i == 0:  # divorce: the other spouse
        b = c.who("fr", sex="m" if a.sex == "f" else "f")
    else:  # employer, or the brother in a succession
        b = c.who("fr", sex="m" if i == 2 else None)
    cc = ["fr", "fr", "be"][i]
    ad = c.addr(cc)
    nature, obs = [
        ("Divorce par consentement mutuel", ("2 enfants (7 et 11 ans), résidence alternée souhaitée. "
                                             "Maison commune à vendre ?")),
        ("Prud'hommes – licenciement", ("licenciement pour insuffisance professionnelle après 14 ans, "
                                        "aucun entretien annuel depuis 2021")),
        ("Succession", "le frère refuse de signer chez le notaire, compte joint vidé avant le décès"),
    ][i]
    return (
        f"Fiche d'ouverture de dossier — merci d'en faire une note propre pour Maître, et une "
        f"liste des pièces à demander.\n\n"
        f"Client(e) : {a.hon('M.', 'Mme')} {PER(a.f.upper() + ' ' + a.g)}\n"
        f"Né(e) le : {c.dob('fr')}\n"
        f"Adresse : {ad.line()}\n"
        f"Portable : {c.phone(cc)}\n"
        f"Courriel : {a.email(c.ch('orange.fr', 'free.fr', 'laposte.net', 'skynet.be'))}\n"
        f"Nature : {nature}\n"
        f"Partie adverse : {b.full()}\n"
        f"Observations : {obs}"
    )


@T("personal_intake", "ficha_cliente", "es", 2)
def _(c, i):
    a, b = c.who("es"), c.who("es")
    ad = c.addr("es")
    asunto = ["Despido disciplinario (hostelería). Papeleta de conciliación presentada al SMAC.",
              "Reclamación de cantidad a inquilino, 5 meses de renta impagados."][i]
    return (
        f"Ficha de cliente — pásala a limpio y dime qué plazos corren\n"
        f"Nombre y apellidos: {a.full()}\n"
        f"NIE: {c.nid('nie')}\n"
        f"F. nacimiento: {c.dob('es')}\n"
        f"Domicilio: {ad.line()}\n"
        f"Tfno.: {c.phone('es')}\n"
        f"Contrario: {b.full()}\n"
        f"Asunto: {asunto}"
    )


@T("personal_intake", "karta_klienta", "pl", 2)
def _(c, i):
    a = c.who("pl")
    if i == 0:  # divorce: the other spouse
        b = c.who("pl", sex="m" if a.sex == "f" else "f")
    else:  # the sister named in the will
        b = c.who("pl", sex="f")
    ad = c.addr("pl")
    sprawa = ["rozwód bez orzekania o winie, alimenty na syna (8 l.)",
              "zachowek po ojcu, testament na rzecz siostry"][i]
    return (
        f"Uzupełnij proszę notatkę do akt na podstawie karty klienta:\n"
        f"Imię i nazwisko: {a.full()}\n"
        f"PESEL: {c.nid('pesel')}\n"
        f"Adres: {ad.line()}\n"
        f"Tel.: {c.phone('pl')}\n"
        f"Sprawa: {sprawa}\n"
        f"Druga strona: {b.full()}"
    )


@T("personal_intake", "scheda_cliente", "it", 2)
def _(c, i):
    a, b = c.who("it"), c.who("it")
    ad = c.addr("it")
    oggetto = ["separazione consensuale, casa coniugale in comproprietà",
               "sinistro stradale, lesioni (frattura polso), compagnia non risponde"][i]
    return (
        f"Scheda cliente da sistemare per la pratica nuova:\n"
        f"Cliente: {a.full()}\n"
        f"C.F.: {c.nid('cf')}\n"
        f"Residenza: {ad.line()}\n"
        f"Cell.: {c.phone('it')}\n"
        f"Controparte: {b.full()}\n"
        f"Oggetto: {oggetto}\n"
        f"Mi prepari anche il mandato e l'informativa privacy?"
    )


@T("personal_intake", "klientintag", "sv", 2)
def _(c, i):
    a, b = c.who("sv"), c.who("sv")
    ad = c.addr("se")
    arende = ["bodelning efter skilsmässa, tvist om sommarstugan", "vårdnadstvist, umgänge varannan helg"][i]
    return (
        f"Kan du skriva ett uppdragsavtal utifrån det här intaget?\n"
        f"Klient: {a.full()}, pnr {c.nid('se')}\n"
        f"Adress: {ad.line()}\n"
        f"Tel: {c.phone('se')}\n"
        f"Motpart: {b.full()}\n"
        f"Ärende: {arende}\n"
        f"Rättsskydd via hemförsäkringen (If)."
    )


@T("personal_intake", "muvekkil_formu", "tr", 2)
def _(c, i):
    a, b = c.who("tr"), c.who("tr")
    ad = c.addr("tr")
    konu = ["anlaşmalı boşanma, velayet annede kalacak", "kira tespit davası, ev sahibi %120 artış istiyor"][i]
    return (
        f"Müvekkil bilgi formunu özetler misin, vekaletname için de bilgi lazım\n"
        f"Ad Soyad: {a.full()}\n"
        f"T.C. Kimlik No: {c.nid('tckn')}\n"
        f"Adres: {ad.line()}\n"
        f"GSM: {c.phone('tr')}\n"
        f"Karşı taraf: {b.full()}\n"
        f"Konu: {konu}"
    )


def up(marked):
    """CAPITALS for a marked fragment (type names are capitals already)."""
    return marked.upper()


# ================================================================ personal_correspondence

@T("personal_correspondence", "client_email_reply", "en", 3)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, fe = c.who(), c.who()
    msg = [
        "Have you heard anything back from the other side about the contact arrangements? My ex says he will take the kids to his mums in Leeds over half term whatever we agreed.",
        "I got a letter from the court today with a hearing date but it has the wrong postcode on it, do I need to tell them? Also can my brother come with me on the day",
        "Just checking you recieved the bank statements I posted? I sent them recorded last Weds.",
    ][i]
    mail = a.email(c.ch("gmail.com", "yahoo.co.uk", "icloud.com"), c.ch("g.f", "gf", "f.g"), str(c.num(1, 99)))
    return (
        f"Can you draft a reply to this? Keep it short, nothing that reads as advice until the "
        f"partner has seen the file.\n\n"
        f"> From: {a.full()} <{mail}>\n"
        f"> Sent: {c.ch('Tuesday', 'Thursday', 'Monday')} 09:{c.num(10, 59)}\n"
        f"> Subject: Re: your matter ref {c.ch('FAM', 'LIT', 'CIV')}/{c.num(1000, 9999)}\n>\n"
        f"> Hi {fe.given()},\n"
        f"> Sorry to chase again. {msg}\n"
        f"> My new number is {c.phone('gb')} if that's easier.\n"
        f"> Thanks\n"
        f"> {a.given()}"
    )


@T("personal_correspondence", "letter_before_claim", "en", 3)
def _(c, i):
    a, b = c.who(), c.who(sex="m" if i == 0 else None)
    ad = c.addr(["gb", "gb", "ie"][i])
    facts = [
        "£4,750 for fitting a kitchen, invoice 0931 unpaid since 14 Feb. He has ignored three reminders and blocked our client on WhatsApp.",
        "cost of replacing the shared fence (£1,380, quote attached) after the defendant's tree came down on it in the January storm. Our client wrote twice.",
        "return of a £2,200 personal loan made by bank transfer in 2023, repayable on demand. Demand made by text on 3 March, no reply.",
    ][i]
    return (
        f"Please draft a letter before claim (Pre-Action Protocol for Debt Claims where it applies) "
        f"from our client {a.full()} to:\n\n"
        f"{b.full()}\n{ad.block()}\n\n"
        f"Claim: {facts}\n"
        f"30 days to respond, enclose the Information Sheet and Reply Form, and say we will issue "
        f"through Money Claim Online without further notice."
    )


@T("personal_correspondence", "deposit_letter", "en", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, b = c.who(), c.who(sex="m")
    ad = c.addr("gb")
    return (
        f"I rent {ad.line()} from a private landlord, {b.full()}. "
        + [
            "He never protected my £1,150 deposit and now says he's keeping it for 'cleaning'. I moved out on the 30th.",
            "My tenancy ended in May and he has kept £900 of the deposit for a carpet that was already worn when I moved in. The deposit was with the DPS.",
        ][i]
        + f" Can you write a firm but polite letter from me ({a.full()}, {c.phone('gb')}) asking for it back "
        f"within 14 days? Mention the Housing Act 2004 if that helps."
    )


@T("personal_correspondence", "estate_caps", "en", 2)
def _(c, i):
    d, e1, e2 = c.who(), c.who(), c.who()
    ad = c.addr("gb")
    bank = ["Nationwide", "Santander"][i]
    return (
        up(f"Re: estate of the late {d.full()} (DOB {c.dob('gb_old')}, DOD 14/01/2025)\n"
           f"Last address: {ad.line()}\n"
           f"Executors: {e1.full()} and {e2.full()}\n")
        + f"\nturn this header into a letter to {bank} asking for the date of death balance and "
        f"closure forms, we enclose the sealed grant. Sign off from the private client team."
    )


@T("personal_correspondence", "mandantenmail", "de", 1)
def _(c, i):
    a = c.who("de", sex=["f", "m"][i])
    b = c.who("de", sex=["m", "f"][i])
    mail = a.email(c.ch("web.de", "gmx.net", "posteo.de"), c.ch("g.f", "f.g", "g1f"))
    body = [
        f"mein Nachbar Herr {b.family()} hat die Thujahecke an der Grenze ohne Absprache auf 80 cm zurückgeschnitten und behauptet jetzt, sie stehe auf seinem Grundstück. Ich habe Fotos von vorher.",
        f"meine Ex-Frau {b.full()} hat den Umgang am Wochenende schon zweimal kurzfristig abgesagt. Das Jugendamt sagt, ich soll mich an einen Anwalt wenden.",
    ][i]
    return (
        f"Kannst du mir eine Antwort auf diese Mail formulieren? Freundlich, aber klar, dass wir "
        f"erst nach Eingang des Vorschusses tätig werden.\n\n"
        f"> Von: {a.full()} <{mail}>\n"
        f"> Betreff: {['Hecke / Nachbar', 'Umgangsrecht'][i]}\n>\n"
        f"> Sehr geehrte Frau Rechtsanwältin,\n"
        f"> {body}\n"
        f"> Erreichbar bin ich unter {c.phone('de')}.\n"
        f"> Mit freundlichen Grüßen\n"
        f"> {a.full()}"
    )


@T("personal_correspondence", "mise_en_demeure", "fr", 2)
def _(c, i):
    a, b = c.who("fr", sex="f"), c.who("fr")
    ad = c.addr("fr")
    objet = [
        "le remboursement d'un prêt de 6 500 € consenti en 2022 (virements à l'appui)",
        "la restitution du dépôt de garantie (1 240 €) retenu sans état des lieux de sortie",
    ][i]
    return (
        f"Rédige une mise en demeure en LRAR de la part de ma cliente, {a.full()}, à "
        f"l'encontre de {b.hon('M.', 'Mme')} {b.full()}, demeurant {ad.line()}, pour {objet}. "
        f"Délai de huit jours, rappel de l'article 1344 du Code civil. Signature : le cabinet."
    )


@T("personal_correspondence", "whatsapp_cliente", "pt", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, b = c.who("pt", ("brazilian",), sex="f"), c.who("pt", ("brazilian",), sex="m")
    ad = c.addr("br")
    return (
        f"me ajuda a responder essa msg da cliente no whats, de um jeito mais formal:\n\n"
        f"\"Dra. boa tarde, aqui é a {a.full()}. "
        + [
            f"O {b.given()} (pai da Manu) não pagou a pensão de novo, já são 3 meses. CPF dele é {c.nid('cpf')}, ele trabalha numa oficina em Gramado.",
            f"Meu ex {b.full()} tá dizendo que vai pedir a guarda porque eu me mudei. CPF meu é {c.nid('cpf')} se precisar.",
        ][i]
        + f" Meu endereço novo é {ad.line()}. Pode me ligar no {c.phone('br')}\""
    )


@T("personal_correspondence", "brief_verhuurder", "nl", 2)
def _(c, i):
    a, b = c.who("nl"), c.who("nl")
    ad = c.addr("nl")
    kwestie = [
        "schimmel in de slaapkamer en een lekkend dak sinds oktober; verhuurder reageert niet. Huurverlaging via de Huurcommissie aankondigen.",
        "de servicekosten over 2024 zijn nooit gespecificeerd. Verzoek om een overzicht binnen 4 weken.",
    ][i]
    return (
        f"Kun je een nette brief opstellen namens mijn cliënt aan de verhuurder?\n"
        f"Huurder: {a.full()}, {ad.line()}\n"
        f"Verhuurder: de heer {b.family()}\n"
        f"Kwestie: {kwestie}\n"
        f"Telefoon cliënt voor terugbellen: {c.phone('nl')}"
    )


@T("personal_correspondence", "klientmail", "da", 1)
def _(c, i):
    a, b = c.who("da", sex=["f", "m"][i]), c.who("da", sex="m")
    return (
        f"Kan du skrive et kort svar til klienten her? Vi mangler stadig fuldmagten.\n\n"
        f"> Hej. Det er {a.full()} (cpr {c.nid('dk')}). "
        + [
            f"Min eksmand {b.full()} vil ikke skrive under på bodelingsoverenskomsten, han siger huset i {c.addr('dk').town()} kun er hans.",
            f"Min bror {b.given()} og jeg er uenige om dødsboet efter vores mor. Skifteretten har sendt et brev.",
        ][i]
        + f" Ring gerne på {c.phone('dk')}.\n> Mvh {a.given()}"
    )


@T("personal_correspondence", "dopis_klientce", "cs", 1)
def _(c, i):
    a, b = c.who("cs", sex="f"), c.who("cs", sex="m")
    ad = c.addr("cz")
    return (
        f"Napiš prosím odpověď na tenhle e-mail, že převezmeme zastoupení a pošleme plnou moc:\n\n"
        f"> Dobrý den, pane magistře,\n"
        f"> jmenuji se {a.full()}, bytem {ad.line()}. "
        + [
            f"Soused pan {b.family()} mi postavil plot na mém pozemku a katastr mi dal za pravdu, ale on odmítá plot odstranit.",
            f"Bývalý manžel {b.full()} mi už půl roku neplatí výživné na dceru.",
        ][i]
        + f"\n> Tel. {c.phone('cz')}\n> S pozdravem {a.full()}"
    )


@T("personal_correspondence", "irai_mail", "ja", 2)
def _(c, i):
    a, b = c.who("ja"), c.who("ja")
    ad = c.addr("jp")
    body = [
        f"夫（{b.full()}）から昨日また連絡があり、養育費は月3万円しか払えないと言われました。子どもは長女（8歳）と長男（5歳）です。",
        f"父の遺産分割の件で、兄の{b.full()}が実家の土地を全部相続すると言っています。遺言書はないはずです。",
    ][i]
    return (
        f"以下の依頼者メールへの返信文を作成してください。丁寧に、次回打合せの候補日を3つ入れてください。\n\n"
        f"件名：{['離婚協議の件', '遺産分割の件'][i]}\n"
        f"先生\nお世話になっております。{a.full()}です。\n"
        f"{body}\n"
        f"平日18時以降であれば{c.phone('jp')}にお電話いただけます。\n"
        f"住所変更のご連絡です：{ad.line().replace(', ', '')}\n"
        f"よろしくお願いいたします。"
    )


@T("personal_correspondence", "muwakkil_msg", "ar", 2)
def _(c, i):
    if i == 0:
        a, b = c.who("ar", ("egyptian",), sex="f"), c.who("ar", ("egyptian",), sex="m")
        return (
            f"ساعدني أكتب رد رسمي على رسالة الموكلة دي:\n"
            f"\"أستاذ، أنا {a.full()}، جوزي {b.full()} رافض يدفع النفقة من ٦ شهور والمحكمة حكمت "
            f"بـ ٣٠٠٠ جنيه في الشهر. رقمي {c.phone('eg')}. عايزة أعرف أعمل إيه عشان أنفذ الحكم\""
        )
    a, b = c.who("ar", ("jordanian", "moroccan")), c.who("ar", ("saudi",))
    return (
        f"أرجو صياغة رد مختصر على رسالة الموكل التالية:\n"
        f"> السلام عليكم، معك {a.full()}. المؤجرة السيدة {b.full()} تطالبني بإخلاء الشقة قبل "
        f"انتهاء العقد وتهدد بقطع الكهرباء. هاتفي {c.phone('jo')}. هل يحق لها ذلك؟"
    )


@T("personal_correspondence", "email_client_ro", "ro", 1)
def _(c, i):
    a = c.who("ro", sex="m")
    b = c.who("ro", sex=["f", "m"][i])
    mail = a.email(c.ch("yahoo.com", "gmail.com"), c.ch("g.f", "fg"))
    return (
        f"Te rog formulează un răspuns scurt pentru client:\n\n"
        f"> De la: {a.full()} <{mail}>\n"
        + [
            f"> Bună ziua, doamna avocat, am primit citația pentru termenul din 12 iunie în dosarul de partaj cu fosta soție, {b.full()}. Nu pot ajunge, sunt plecat în Italia la muncă. Se poate amâna?\n",
            f"> Bună ziua, vecinul {b.full()} a depus plângere penală împotriva mea pentru lovire, dar el m-a atacat primul. Am martori.\n",
        ][i]
        + f"> Adresa mea: {c.addr('ro').line()}\n> Telefon: {c.phone('ro')}"
    )


# ================================================================ personal_casework

@T("personal_casework", "attendance_note", "en", 3)
def _(c, i):
    a, fe, d = c.who(), c.who(), c.who(sex="f" if i == 0 else None)
    ref = f"{c.ch('FAM', 'HSG', 'CRIM')}{c.num(100, 999)}-{c.num(1, 9)}"
    body = [
        f"Tel call in from client. Contact with the children went ahead Sat but ex turned up 40 mins late and smelled of drink. Client wants to raise with Cafcass before the FHDRA. Client's mother {d.full()} was there and will give a statement.",
        f"Client says the damp in the back bedroom is worse, baby's cough since Christmas. Landlord's agent {d.full()} came round and 'painted over it'. Client to send photos + GP letter. Consider Awaab's Law timescales if social landlord - CHECK, I think it's a private let.",
        f"Call from custody at Harrogate, client arrested on suspicion of s.47 ABH. Co-accused {d.full()}. Advised no comment pending disclosure. Interview at 14:30.",
    ][i]
    return (
        f"Tidy up this attendance note for the file and pull out the action points:\n\n"
        f"ATTENDANCE NOTE\n"
        f"Client: {a.full()}    Matter: {ref}\n"
        f"Fee earner: {fe.full()}\n"
        f"Time: {c.num(2, 9)} units\n\n"
        f"{body}\n"
        f"Client's mobile now {c.phone('gb')} - old one lost."
    )


@T("personal_casework", "witness_statement_draft", "en", 3)
def _(c, i):
    a = c.who()
    b = c.who(sex=["m", None, "f"][i])
    ad = c.addr("gb")
    brand = c.pick("brands", ["Greggs", "Boots", "Sainsbury's", "Marks & Spencer", "Morrisons"])
    body = [
        f"I am the claimant's neighbour. On the evening of 3 November I saw {b.full()} reverse his van into the front wall of number 14. He got out, looked, and drove off. I wrote the reg down on the back of my hand.",
        f"I worked with the claimant at the {brand} store on the high street from 2021. I heard our manager {b.full()} call her 'the foreign one' in the staff room at least twice. I did not report it because I was on a zero-hours contract.",
        f"I have known {b.full()} since school. On 19 August she told me she had signed the guarantee without reading it because the bank manager said it was 'just a formality'.",
    ][i]
    return (
        f"Rewrite this rough draft as a witness statement in CPR 32 / PD 32 format (numbered paras, "
        f"first person, statement of truth at the end). Keep it in the witness's own words.\n\n"
        f"\"I am {a.full()} of {ad.line()}. {body}\""
    )


@T("personal_casework", "chronology_table", "en", 2)
def _(c, i):
    a = c.who(sex="f")
    b = c.who(sex="m")
    d = c.who(sex="f" if i == 0 else None)
    if i == 0:
        ad = c.addr("gb")
        return (
            f"Can you check this chronology for gaps and sort it by date?\n\n"
            f"| Date | Event | Source |\n|---|---|---|\n"
            f"| 17/09/2024 | First police call-out, {b.given()} arrested, released NFA | PNC print |\n"
            f"| 02/05/2024 | {a.given()} moves into the flat at {ad.line()} with {b.full()} | client |\n"
            f"| 11/01/2025 | {b.given()}'s sister {d.full()} messages client on Facebook | screenshots |\n"
            f"| 03/01/2025 | Non-molestation order made without notice | sealed order |\n"
            f"| 20/01/2025 | Return hearing adjourned | client |"
        )
    return (
        f"Put this employment chronology into a table (date / event / document) for the tribunal bundle:\n"
        f"- Mar 2022 {a.full()} starts as warehouse team leader\n"
        f"- Oct 2023 grievance against shift manager {b.full()} (bullying)\n"
        f"- Nov 2023 grievance outcome: not upheld, heard by {d.full()}\n"
        f"- Jan 2024 {a.given()} signed off with stress, fit notes to April\n"
        f"- 5 Apr 2024 dismissed for capability, no OH referral"
    )


@T("personal_casework", "conveyancing_notes", "en", 2, case="lower")
def _(c, i):
    a = c.who(sex="f" if i else None)
    b, fe = c.who(sex="m" if i else None), c.who()
    ad = c.addr("gb")
    if i == 0:
        return (
            f"notes from today pls turn into a proper file note\n"
            f"- spoke to {a.full()} re completion, buyer's sols still waiting on the mortgage offer (halifax)\n"
            f"- sellers {b.full()} + partner moving to {c.addr('gb').town()}, want completion before 28th\n"
            f"- {fe.given()} to chase local search + the missing FENSA cert\n"
            f"- property {ad.line()}, leasehold 99 yrs from 1987 so need to flag lease extension"
        )
    return (
        f"quick notes for file, tidy pls\n"
        f"{a.full()} came in with her brother {b.given()} to sign the TR1 for {ad.line()}\n"
        f"id checked (passport + council tax bill), thirdfort check passed\n"
        f"{fe.given()} witnessed. gift of deposit from {b.given()} £15k - need gifted deposit form + his bank stmts"
    )


@T("personal_casework", "time_entries", "en", 3)
def _(c, i):
    if i == 2:
        c.case = "lower"
    a, b, d = c.who(), c.who(), c.who()
    return (
        f"Turn these into narrative time entries for the bill (6 min units), client-friendly wording:\n"
        f"{c.num(10, 28)}/05  0.3  tel {a.given()} re hearing date\n"
        f"{c.num(10, 28)}/05  1.2  drafting ws of {b.full()}\n"
        f"{c.num(10, 28)}/05  0.2  email {d.full()} (other side sol) re disclosure\n"
        f"{c.num(10, 28)}/05  0.6  "
        + ["perusal Lowell's SAR response", "reviewing CaseLines bundle", "research Owens v Owens on behaviour petitions"][i]
        + f"\n{c.num(10, 28)}/05  0.1  text {a.given()} re docs"
    )


@T("personal_casework", "aktenvermerk", "de", 2)
def _(c, i):
    a = c.who("de", sex="f")
    b, d = c.who("de"), c.who("de", sex="f")
    ad = c.addr(c.ch("de", "de", "ch"))
    return (
        f"Aktenvermerk bitte ins Reine schreiben:\n"
        f"Telefonat mit Frau {a.family()} am {c.num(10, 28)}.05., {c.num(8, 17)}:{c.num(10, 59)} Uhr, ca. 15 Min.\n"
        + [
            f"- Mdt. bestätigt: Unfallgegner {b.full()} hat am Unfallort zugegeben, das Handy in der Hand gehabt zu haben\n- Zeugin: {d.full()}, {ad.line()}, Tel. {c.phone(ad.cc)}\n",
            f"- Mdt. hat die Nebenkostenabrechnung 2024 bekommen, Hausverwaltung {b.full()} verweigert Belegeinsicht\n- Mieterin EG, {d.full()}, hat dasselbe Problem, wohnt {ad.line()}\n",
        ][i]
        + "- Mdt. schickt Unterlagen bis Freitag"
    )


@T("personal_casework", "nota_expediente", "es", 2)
def _(c, i):
    a = c.who("es", ("mexican", "colombian", "ecuadorian"), sex="f")
    b = c.who("es", ("mexican", "colombian", "ecuadorian", "spanish"), sex="m")
    ad = c.addr(["mx", "co"][i])
    return (
        f"Pásame esto a una nota de expediente formal:\n"
        f"Clienta: {a.full()}. Juicio de alimentos contra {b.full()}, padre de sus dos hijos "
        f"(6 y 9 años). Él trabaja en una constructora y cobra en efectivo, hay que pedir informe al "
        f"IMSS. Domicilio del demandado para el emplazamiento: {ad.line()}. "
        f"Tel. clienta {c.phone(['mx', 'co'][i])}. Pendiente: actas de nacimiento."
    )


@T("personal_casework", "nota_fascicolo", "it", 1)
def _(c, i):
    a = c.who("it", sex="f")
    b = c.who("it", sex="m")
    ad = c.addr("it")
    return (
        f"Sistemami questa nota per il fascicolo, tono formale:\n"
        f"colloquio con la sig.ra {a.full()}, nata il {c.dob('it')}, residente in {ad.line()}.\n"
        + [
            f"il marito {b.full()} ha lasciato la casa coniugale a gennaio, non versa nulla per i figli. chiede separazione giudiziale con addebito.",
            f"il vicino {b.full()} ha aperto una finestra sul muro comune a meno di 1,5 m dal confine. già sentito geometra.",
        ][i]
    )


@T("personal_casework", "spravka_delo", "ru", 1)
def _(c, i):
    a, b = c.who("ru"), c.who("ru")
    ad = c.addr("ru")
    return (
        f"Составь, пожалуйста, аккуратную справку по делу из моих заметок:\n"
        f"Доверитель: {a.rev()}, д.р. {c.dob('ru')}, паспорт {c.nid('ru_pass')}\n"
        f"Адрес регистрации: {ad.line()}\n"
        f"Ответчик: {b.rev()}\n"
        + [
            "Суть: взыскание долга по расписке 450 000 руб., срок возврата истёк в марте, претензию ответчик не получает.",
            "Суть: раздел совместно нажитого имущества (квартира и машина), брак расторгнут в 2023 г.",
        ][i]
        + f"\nТел.: {c.phone('ru')}"
    )


@T("personal_casework", "notatka_konsultatsii", "uk", 2)
def _(c, i):
    a = c.who("uk", sex="f")
    b = c.who("uk", sex="m")
    return (
        f"Допоможи оформити нотатку консультації (безоплатна правова допомога):\n"
        f"Клієнтка: {a.rev()}, {c.dob('uk')} р.н., паспорт {c.nid('ua_pass')}\n"
        f"Зареєстрована: {c.addr('ua').line()}\n"
        + [
            f"Має тимчасовий захист у Польщі. Колишній чоловік {b.full()} не дає нотаріальної згоди на виїзд сина за кордон.",
            f"Просить допомогти з відновленням документів на квартиру в Харкові, співвласник — брат {b.full()}.",
        ][i]
        + f"\nТелефон: {c.phone('ua')}"
    )


@T("personal_casework", "sikum_pgisha", "he", 2)
def _(c, i):
    a = c.who("he", sex="f")
    b = c.who("he", sex="m")
    ad = c.addr("il")
    return (
        f"סכם לי בבקשה את הפגישה עם הלקוחה לתיק, בנקודות:\n"
        f"לקוחה: {a.full()}, ת\"ז {c.nid('il')}, גרה ב{ad.town()}\n"
        + [
            f"בעלה לשעבר {b.full()} לא משלם מזונות כבר 4 חודשים, יש פסק דין מבית המשפט לענייני משפחה. רוצה לפתוח תיק בהוצאה לפועל.",
            f"המשכיר {b.full()} לא מחזיר את הפיקדון (3 חודשי שכירות). היא עזבה את הדירה ב{ad.lines[0]} לפני חודשיים.",
        ][i]
        + f"\nטלפון: {c.phone('il')}"
    )


@T("personal_casework", "ghi_chu_vu_viec", "vi", 2)
def _(c, i):
    a = c.who("vi", sex="m" if i == 0 else "f")
    b = c.who("vi", sex="m")
    ad = c.addr("vn")
    return (
        f"Viết lại giúp tôi ghi chú vụ việc này cho gọn, gửi luật sư phụ trách:\n"
        f"Khách hàng: {a.hon('ông', 'bà')} {a.full()}, sinh ngày {c.dob('vi')}, CCCD {c.nid('cccd')}\n"
        f"Địa chỉ: {ad.line()}\n"
        + [
            f"Tranh chấp ranh giới đất với hộ liền kề, chủ hộ là {b.full()}, đã hòa giải ở phường không thành.",
            f"Yêu cầu ly hôn đơn phương, chồng là {b.full()} đang làm việc tại Hàn Quốc, không liên lạc được.",
        ][i]
        + f"\nSĐT: {c.phone('vn')}"
    )


# ================================================================ personal_court

HOUSING_ASSOC = ["Peabody", "Clarion Housing", "The Guinness Partnership", "Sanctuary Housing",
                 "Incommunities", "Yorkshire Housing", "L&Q", "Riverside"]


@T("personal_court", "possession_list", "en", 3)
def _(c, i):
    a, b, d, e = c.who(), c.who(), c.who(), c.who()
    h1, h2 = c.picks("ha", HOUSING_ASSOC, 2)
    court = ["LEEDS", "TRURO", "CARDIFF"][i]
    return (
        f"Can you turn this into a table (time / claim no / parties / type / notes) and flag anyone "
        f"who is a litigant in person?\n\n"
        f"COUNTY COURT AT {court} - POSSESSION LIST - DISTRICT JUDGE (chambers) - {c.num(2, 27)}/0{c.num(3, 9)}\n"
        f"10:00  K0{c.num(10, 99)}LS{c.num(100, 999)}  {h1} v {a.full()}  arrears, s.8 grounds 8/10/11, D attends in person\n"
        f"10:00  K1{c.num(10, 99)}QT{c.num(100, 999)}  {b.full()} v {d.full()}  s.21 accelerated, adjd from 14/02\n"
        f"10:10  K2{c.num(10, 99)}CF{c.num(100, 999)}  {h2} v {e.full()}  breach of suspended order\n"
        f"10:20  K3{c.num(10, 99)}LS{c.num(100, 999)}  {h1} v {a.family()} (2)  costs only"
    )


@T("personal_court", "bundle_index", "en", 3)
def _(c, i):
    a, b, d, e = c.who(), c.who(), c.who(), c.who()
    brand = c.pick("brands", ["Ryanair", "Tesla", "Boots", "Thames Water", "Ted Baker", "Aston Martin"])
    return (
        f"Check the page numbering on this bundle index, I think two tabs overlap:\n\n"
        f"CLAIM NO. {c.ch('J', 'H', 'K')}{c.num(10, 99)}YX{c.num(100, 999)}\n"
        f"{a.full()} v {brand} {c.ch('Ltd', 'plc', 'UK Ltd')}\n"
        f"INDEX TO TRIAL BUNDLE\n"
        f"A  Statements of case ............ 1-24\n"
        f"B  Orders ........................ 25-31\n"
        f"C  Witness statements\n"
        f"   1. {a.full()} dated 3 March 2025 ........ 32-47\n"
        f"   2. {b.full()} ........................... 46-59\n"
        f"   3. {d.full()} (for the Defendant) ....... 60-71\n"
        f"D  Expert report of Dr {e.family()} ({['orthopaedic', 'forensic accountant', 'engineer'][i]}) ... 72-98\n"
        f"E  Correspondence ................ 99-140"
    )


@T("personal_court", "caption_defence", "en", 2)
def _(c, i):
    a, b = c.who(), c.who()
    court = ["IN THE COUNTY COURT AT NEWCASTLE", "IN THE COUNTY COURT AT SWANSEA"][i]
    return (
        up(f"{court}\nClaim no: {c.ch('L', 'M')}{c.num(10, 99)}QZ{c.num(100, 999)}\n"
           f"BETWEEN:\n{a.full()}\nClaimant\n- and -\n{b.full()}\nDefendant\n")
        + "\nUnder that heading, draft a short defence from these notes: "
        + [
            "D admits the car was his but says it was parked legally, the damage was already there (photos from MOT), denies loss of use.",
            "D denies any agreement to pay for the extension, says the work was defective and abandoned in August. Counterclaim for the cost of putting it right.",
        ][i]
    )


@T("personal_court", "small_claims_outcome", "en", 2)
def _(c, i):
    a, b = c.who(), c.who()
    return (
        f"Write a plain-English summary for my client of yesterday's small claims hearing, "
        f"{a.family()} v {b.family()}: "
        + [
            f"DJ found the hedge is on {b.given()}'s side, so no trespass, but ordered {b.given()} to pay £350 for the damaged shed. Each side bears own costs. {a.given()} can appeal within 21 days if permission.",
            f"claim dismissed, DJ preferred {b.given()}'s evidence about the van's condition at sale. {a.given()} to pay the £115 hearing fee back. Keep it kind, {a.given()} is upset.",
        ][i]
    )


@T("personal_court", "listing_request", "en", 2)
def _(c, i):
    a, b, cl = c.who(sex="f"), c.who(), c.who()
    return (
        f"I'm a listing officer. Draft a reply refusing this unless they file a proper application "
        f"(N244, fee) and consent from the other side:\n\n"
        f"> Dear Listing,\n"
        f"> Re: {a.family()} v {b.family()} - fast track trial listed {c.num(2, 27)} June\n"
        f"> The Claimant, Ms {a.family()}, has a surgery date at short notice and cannot attend. "
        f"Counsel ({cl.full()}) is also part-heard elsewhere that week.\n"
        f"> We ask that the trial be vacated and relisted after 1 September.\n"
        f"> Kind regards, {c.who().full()}, paralegal"
    )


@T("personal_court", "custody_list", "en", 2, case="lower")
def _(c, i):
    a, b, d = c.who(), c.who(), c.who()
    return (
        f"custody list for tmrw morning, make it a table pls (name / dob / offence / status)\n"
        f"1. {a.full()} dob {c.dob('gb')} - s.39 assault, remanded overnight\n"
        f"2. {b.full()} dob {c.dob('gb')} - breach of non-mol, interpreter ({['tigrinya', 'romanian'][i]}) booked\n"
        f"3. {d.full()} dob {c.dob('gb')} - theft from {['greggs', 'boots'][i]} x3, warrant executed"
    )


@T("personal_court", "role_audience", "fr", 1)
def _(c, i):
    a = c.who("fr")
    b = c.who("fr", sex="m" if a.sex == "f" else "f")  # the divorce
    d, e, f = c.who("fr"), c.who("fr"), c.who("fr")
    return (
        f"Peux-tu mettre ce rôle d'audience sous forme de tableau (RG / parties / nature) ?\n\n"
        f"TRIBUNAL JUDICIAIRE DE {['QUIMPER', 'COLMAR'][i]} — JAF — audience du {c.num(2, 27)} mai\n"
        f"RG 24/0{c.num(1000, 9999)}  {a.full()} c/ {b.full()}  divorce – mesures provisoires\n"
        f"RG 24/0{c.num(1000, 9999)}  {d.full()} c/ {e.full()}  contribution à l'entretien – révision\n"
        f"RG 25/000{c.num(10, 99)}  SCI Les Tilleuls c/ {f.full()}  expulsion"
    )


@T("personal_court", "sitzungsrolle", "de", 1)
def _(c, i):
    a, b, d, e = (c.who("de") for _ in range(4))
    return (
        f"Mach mir aus der Sitzungsrolle eine Übersicht für die Referendarin:\n"
        f"Amtsgericht {['Sonthofen', 'Bad Tölz'][i]} – Sitzungssaal 2 – {c.num(2, 27)}.06.\n"
        f"09:30  {c.num(1, 9)} C {c.num(100, 999)}/25  {a.full()} ./. {b.full()}  Mietzahlung\n"
        f"10:15  {c.num(1, 9)} C {c.num(100, 999)}/24  {d.full()} ./. Allianz Versicherungs-AG  Verkehrsunfall\n"
        f"11:00  {c.num(1, 9)} F {c.num(10, 99)}/25  Umgangsverfahren {e.family()} (nichtöffentlich)"
    )


@T("personal_court", "wokanda", "pl", 1)
def _(c, i):
    a, b, e = c.who("pl"), c.who("pl"), c.who("pl")
    d = c.who("pl", sex="f")
    return (
        f"Zrób z tej wokandy tabelkę i zaznacz sprawy, w których jesteśmy pełnomocnikiem powoda:\n"
        f"Sąd Rejonowy w {['Zakopanem', 'Giżycku'][i]}, I Wydział Cywilny, sala nr 12\n"
        f"09:00  I C {c.num(100, 999)}/24  {a.hon('powód', 'powódka')}: {a.full()}, "
        f"{b.hon('pozwany', 'pozwana')}: {b.full()}, o zapłatę\n"
        f"09:30  I C {c.num(10, 99)}/25  powódka: {d.full()}, pozwany: PZU SA, o odszkodowanie\n"
        f"10:15  I Ns {c.num(100, 999)}/24  {e.hon('wnioskodawca', 'wnioskodawczyni')}: {e.full()}, "
        f"stwierdzenie nabycia spadku"
    )


@T("personal_court", "giil_mokrok", "ko", 1)
def _(c, i):
    a, b = c.who("ko"), c.who("ko")
    d, e = c.who("ko", sex="f"), c.who("ko", sex="m")  # the divorce
    return (
        f"다음 변론기일 목록을 표로 정리해 줘 (사건번호 / 원고 / 피고 / 시간):\n"
        f"2025가단{c.num(50000, 59999)}  원고 {a.full()}  피고 {b.full()}  대여금  10:20  제305호 법정\n"
        f"2025드단{c.num(1000, 1999)}  원고 {d.full()}  피고 {e.full()}  이혼 등  11:00  제412호 법정\n"
        + ["우리 쪽은 원고 대리인이야.", "두 번째 사건은 조정 회부 가능성 있음."][i]
    )


@T("personal_court", "kaiting_paiqi", "zh", 1)
def _(c, i):
    a, b, d = (c.who("zh") for _ in range(3))
    return (
        f"把下面的开庭排期整理成表格，并标出我们代理的案件：\n"
        f"（2025）浙0523民初{c.num(1000, 1999)}号  原告：{a.full()}  被告：{b.full()}  民间借贷纠纷  "
        f"6月{c.num(2, 27)}日 9:00 第三法庭\n"
        f"（2025）浙0523民初{c.num(2000, 2999)}号  原告：{d.full()}  被告：安吉某物业服务有限公司  "
        f"物业服务合同纠纷  6月{c.num(2, 27)}日 14:30 第一法庭\n"
        + ["第一件是我们代理原告。", "第二件我们代理原告，第一件是对方律所。"][i]
    )


@T("personal_court", "pauta_audiencias", "pt", 1)
def _(c, i):
    a, b, d = (c.who("pt", ("portuguese", "cape_verdean", "angolan")) for _ in range(3))
    aut = a.hon("Autor", "Autora")
    reu = b.hon("Réu", "Ré")
    return (
        f"Organiza esta pauta de audiências numa tabela, por favor:\n"
        f"Juízo Local Cível de {['Évora', 'Ponte de Lima'][i]} — {c.num(2, 27)}/05\n"
        f"Proc. {c.num(100, 999)}/24.0T8 — {aut}: {a.full()} | {reu}: {b.full()} — ação de despejo — 09:30\n"
        f"Proc. {c.num(100, 999)}/25.3T8 — {d.hon('Autor', 'Autora')}: {d.full()} | Ré: Caixa Geral de Depósitos — 10:45\n"
        f"Proc. {c.num(100, 999)}/23.1T8 — tentativa de conciliação — {b.family()} — 14:00"
    )


@T("personal_court", "istuntolista", "fi", 1)
def _(c, i):
    a, b = c.who("fi"), c.who("fi")
    return (
        f"Tee tästä istuntolistasta taulukko (aika / asia / osapuolet):\n"
        f"Pirkanmaan käräjäoikeus, sali 3, {c.num(2, 27)}.5.\n"
        f"klo 9.00  R 25/{c.num(1000, 9999)}  vastaaja {a.full()}, törkeä rattijuopumus\n"
        f"klo 10.30  L 24/{c.num(1000, 9999)}  kantaja {b.full()}, vastaaja Asunto Oy Kivikatu 3, kosteusvaurio"
    )


# ================================================================ personal_records

@T("personal_records", "clio_matters_csv", "en", 3)
def _(c, i):
    rows = []
    for k in range(3):
        p, r = c.who(), c.who()
        mail = p.email(c.ch("gmail.com", "outlook.com", "btinternet.com"), c.ch("g.f", "gf", "g_f"))
        rows.append(f"{c.num(1000, 1999)}-{c.num(10, 99)},{p.full()},{mail},{c.phone('gb')},"
                    f"{['Family', 'Housing', 'Employment', 'Probate', 'Immigration'][(i + k) % 5]},{r.full()},Open")
    ask = ["Which of these have no responsible solicitor? Then write a mail merge intro for the open ones.",
           "Dedupe this export from Clio and tell me which columns I should drop before sending to the costs draftsman.",
           "Convert to a Markdown table, sort by practice area."][i]
    return ask + "\n\nmatter_number,client_name,client_email,client_phone,practice_area,responsible_solicitor,status\n" + "\n".join(rows)


@T("personal_records", "cms_client_json", "en", 3)
def _(c, i):
    p, opp = c.who(), c.who()
    cc = ["gb", "us", "au"][i]
    ad = c.addr(cc)
    dob = c.dob("us" if cc == "us" else "gb")
    return (
        f"Our case management system gives me this for the client. Write the client care letter "
        f"opening paragraph from it and tell me what's missing for AML:\n"
        f"{{\n"
        f"  \"matter\": {{\"ref\": \"{c.ch('PI', 'EMP', 'FAM')}-{c.num(20000, 29999)}\", \"type\": \"{['road traffic accident', 'wrongful termination', 'child arrangements'][i]}\"}},\n"
        f"  \"client\": {{\n"
        f"    \"first_name\": \"{p.given()}\",\n"
        f"    \"last_name\": \"{p.family()}\",\n"
        f"    \"dob\": \"{dob}\",\n"
        f"    \"address\": \"{ad.line()}\",\n"
        f"    \"mobile\": \"{c.phone(cc)}\",\n"
        f"    \"email\": \"{p.email(c.ch('gmail.com', 'yahoo.com', 'bigpond.com'), 'g.f')}\"\n"
        f"  }},\n"
        f"  \"opponent\": {{\"name\": \"{opp.full()}\", \"represented\": {c.ch('true', 'false')}}},\n"
        f"  \"id_verified\": false\n"
        f"}}"
    )


@T("personal_records", "time_export_csv", "en", 2)
def _(c, i):
    fe1, fe2, cl1, cl2 = c.who(), c.who(), c.who(), c.who()
    return (
        f"Total the hours per fee earner and per client from this export, and spot any entry "
        f"over 1.0 with a vague narrative:\n\n"
        f"date;fee_earner;client;hours;narrative\n"
        f"0{c.num(1, 9)}/0{c.num(3, 9)};{fe1.full()};{cl1.full()};0.3;call\n"
        f"0{c.num(1, 9)}/0{c.num(3, 9)};{fe1.full()};{cl2.full()};1.8;work on file\n"
        f"1{c.num(0, 9)}/0{c.num(3, 9)};{fe2.full()};{cl1.full()};2.4;drafting particulars of claim\n"
        f"1{c.num(0, 9)}/0{c.num(3, 9)};{fe2.full()};{cl2.full()};0.5;review {['Relativity', 'iManage', 'NetDocuments'][i]} docs"
    )


@T("personal_records", "ch7_intake", "en", 2)
def _(c, i):
    p = c.who("en", ("us", "african_american", "chicano", "us_polish"))
    sp = c.who("en", ("us", "african_american", "chicano", "us_polish"))
    ad = c.addr("us")
    return (
        f"Chapter 7 intake summary, please check the means test numbers and list missing docs:\n"
        f"Debtor: {p.full()}   SSN: {c.nid('ssn', SSN)}   DOB: {c.dob('us')}\n"
        f"{'Joint debtor' if i == 0 else 'Non-filing spouse'}: {sp.full()}   SSN: {c.nid('ssn', SSN)}\n"
        f"Address: {ad.line()}\n"
        f"Phone: {c.phone('us')}\n"
        f"Household: 4 | CMI: $5,120/mo | State median (4): $8,912/mo\n"
        f"Unsecured: $38,400 (Capital One, Discover, medical) | Vehicle: 2017 Honda Civic, owes $6,200"
    )


@T("personal_records", "pi_claim_json", "en", 2)
def _(c, i):
    p = c.who()
    ad = c.addr("gb")
    hosp = ["Royal Cornwall Hospital", "Hereford County Hospital"][i]
    return (
        f"Draft the letter of claim under the Pre-Action Protocol for Personal Injury Claims from this "
        f"record (the Portal is down):\n"
        f"{{\"claimant\": {{\"name\": \"{p.full()}\", \"dob\": \"{c.dob('gb')}\", "
        f"\"address\": \"{ad.line()}\", \"ni_number\": \"{c.nid('nino')}\"}},\n"
        f" \"accident\": {{\"date\": \"2025-0{c.num(1, 4)}-{c.num(10, 28)}\", "
        f"\"type\": \"{['tripping - council pavement', 'workplace - fall from ladder'][i]}\"}},\n"
        f" \"treatment\": {{\"hospital\": \"{hosp}\", \"hospital_number\": \"{MRN(c.draw('mrn', MRNS))}\", "
        f"\"nhs_number\": \"{c.nid('nhs')}\"}}}}"
    )


@T("personal_records", "mabs_payment_plan", "en", 2)
def _(c, i):
    p = c.who("en", ("irish",))
    ad = c.addr("ie")
    return (
        f"Can you write up the repayment proposal letter to the creditors from this (MABS case)?\n"
        f"Client: {p.full()}\n"
        f"Address: {ad.line()}\n"
        f"Phone: {c.phone('ie')}\n"
        f"Client's account for refunds: {c.iban('ie')}\n"
        f"Creditors: {['Bank of Ireland credit card €4,310; Credit Union €2,050', 'AIB overdraft €1,870; An Post Money €3,600'][i]}\n"
        f"Available for creditors: €{c.num(35, 90)} per week"
    )


@T("personal_records", "fee_payment_log", "en", 1)
def _(c, i):
    p = c.who()
    return (
        f"Reception pasted this into the matter notes, can you rewrite it as a proper receipt note "
        f"and remove anything we shouldn't be storing?\n\n"
        f"Client {p.full()} rang to pay the £600 on account by card. Card {CARD(CARDS[0])} exp 09/27, "
        f"name on card {p.full().upper()}, billing postcode {c.addr('gb').lines[-1]}. Taken 11:42."
    )


@T("personal_records", "norwich_pharmacal_results", "en", 1)
def _(c, i):
    p, q = c.who(), c.who()
    return (
        f"The ISP has complied with the Norwich Pharmacal order. Summarise who was behind the posts "
        f"for the client, in a short table:\n\n"
        f"IP: {IP(IPS[0])} 14/02 21:14 UTC -> subscriber {p.full()}, {c.addr('gb').line()}\n"
        f"IP: {IP(IPS[1])} 15/02 07:03 UTC -> subscriber {q.full()}, {c.addr('gb').line()}\n"
        f"IP: {IP(IPS[2])} 15/02 07:41 UTC -> no subscriber record (mobile CGNAT)"
    )


@T("personal_records", "mandanten_csv", "de", 2)
def _(c, i):
    rows = []
    for k in range(3):
        p = c.who("de")
        ad = c.addr(["de", "at", "de"][k])
        rows.append(f"{c.num(100, 999)}/25;{p.family()};{p.given()};{ad.line().replace(', ', ' ')};{c.phone(ad.cc)}")
    return (
        ["Bitte als Tabelle formatieren und nach Nachname sortieren:", "Welche Mandanten haben keine Telefonnummer? Und mach daraus eine Serienbrief-Liste:"][i]
        + "\n\nAz;Name;Vorname;Anschrift;Telefon\n" + "\n".join(rows)
        + (f"\nIBAN für Erstattung an {p.family()}: {c.iban('de')}" if i == 0 else "")
    )


@T("personal_records", "export_dossiers", "fr", 2)
def _(c, i):
    p, q = c.who("fr"), c.who("fr")
    return (
        f"Voici un export de notre logiciel ({['Secib', 'Kleos'][i]}). Fais-moi un tableau propre des "
        f"dossiers, sans le NIR :\n\n"
        f"dossier|client|né(e) le|n° sécu|tél|objet\n"
        f"{c.num(2024, 2025)}-0{c.num(100, 999)}|{p.full()}|{c.dob('fr')}|{c.nid('nir')}|{c.phone('fr')}|accident du travail\n"
        f"{c.num(2024, 2025)}-0{c.num(100, 999)}|{q.full()}|{c.dob('fr')}||{c.phone('fr')}|licenciement"
    )


@T("personal_records", "json_expedientes", "es", 2)
def _(c, i):
    p, q = c.who("es", ("spanish", "basque", "catalan", "galician")), c.who("es")
    ad = c.addr("es")
    return (
        f"Genera un resumen del expediente a partir de este JSON del programa de gestión:\n"
        f"{{\"expediente\": \"{c.num(100, 999)}/2025\", \"materia\": \"{['desahucio por impago', 'reclamación de cantidad'][i]}\",\n"
        f" \"cliente\": {{\"nombre\": \"{p.full()}\", \"dni\": \"{c.nid('dni')}\", \"domicilio\": \"{ad.line()}\", \"movil\": \"{c.phone('es')}\"}},\n"
        f" \"contrario\": {{\"nombre\": \"{q.full()}\", \"letrado\": null}}}}"
    )


@T("personal_records", "planilha_processos", "pt", 2)
def _(c, i):
    p, q = c.who("pt", ("brazilian",)), c.who("pt", ("brazilian",))
    return (
        f"Transforma essa planilha num relatório curto pro sócio, separando por vara:\n\n"
        f"processo,cliente,cpf,telefone,vara,fase\n"
        f"{c.num(1000000, 9999999)}-{c.num(10, 99)}.2024.8.13.0{c.num(100, 999)},{p.full()},{c.nid('cpf')},{c.phone('br')},1ª Vara Cível,citação\n"
        f"{c.num(1000000, 9999999)}-{c.num(10, 99)}.2025.5.04.0{c.num(100, 999)},{q.full()},{c.nid('cpf')},{c.phone('br')},Vara do Trabalho,audiência inicial"
    )


@T("personal_records", "schuldhulp_export", "nl", 1)
def _(c, i):
    p = c.who("nl")
    ad = c.addr("nl")
    return (
        f"Maak van deze export een aanvraag voor de Wsnp, in gewone taal voor de cliënt:\n"
        f"naam: {p.full()}\nbsn: {c.nid('bsn')}\nadres: {ad.line()}\ntel: {c.phone('nl')}\n"
        f"rekening: {c.iban('nl')}\nschulden: 14 schuldeisers, totaal € 38.420 (o.a. Belastingdienst, CJIB, DUO)"
    )


@T("personal_records", "data_klien_json", "id", 1)
def _(c, i):
    p = c.who("id")
    ad = c.addr("id")
    return (
        f"Tolong buatkan ringkasan perkara dari data klien ini untuk surat kuasa:\n"
        f"{{\"nama\": \"{p.full()}\", \"nik\": \"{c.nid('nik')}\", \"tgl_lahir\": \"{c.dob('id')}\", "
        f"\"alamat\": \"{ad.line()}\", \"hp\": \"{c.phone('id')}\", "
        f"\"perkara\": \"gugatan cerai di Pengadilan Agama Nganjuk\"}}"
    )


@T("personal_records", "dava_listesi_csv", "tr", 1)
def _(c, i):
    p, q = c.who("tr"), c.who("tr")
    return (
        f"Bu listeyi duruşma tarihine göre sırala ve tablo yap:\n"
        f"esas_no;müvekkil;tc;karşı_taraf;mahkeme;duruşma\n"
        f"2024/{c.num(100, 999)};{p.full()};{c.nid('tckn')};{q.full()};Bodrum 2. Aile Mahkemesi;{c.num(10, 28)}.06.2025\n"
        f"2025/{c.num(10, 99)};{q.full()};{c.nid('tckn')};Kaleiçi Apartmanı Yönetimi;Antalya 5. Sulh Hukuk;{c.num(10, 28)}.05.2025"
    )



@T("personal_records", "ugyfel_adatlap", "hu", 1)
def _(c, i):
    p, q = c.who("hu"), c.who("hu")
    ad = c.addr("hu")
    return (
        f"Készíts rövid összefoglalót az ügyfél-adatlapból a megbízási szerződéshez:\n"
        f"Név: {p.full()}\nSzületési idő: {c.dob('hu')}\n"
        f"Lakcím: {ad.block(', ')}\nTelefon: {c.phone('hu')}\n"
        f"Ellenérdekű fél: {q.full()} (volt házastárs)\n"
        f"Ügy: közös tulajdon megszüntetése, balatonfüredi nyaraló"
    )


@T("personal_casework", "notary_attestation", "en", 3)
def _(c, i):
    p = c.who()
    ad = c.addr("gb")
    doc = ["a power of attorney for the sale of a flat in Málaga",
           "a declaration of single status for a marriage in Italy",
           "a board resolution of a Dutch BV where the appearer is a director"][i]
    return (
        f"Draft the notarial certificate wording for this appointment (notary public, England & Wales):\n"
        f"Appearer: {p.full()}, born {c.dob('gb')}\n"
        f"Identified by: British passport no. {c.nid('passport_gb')}\n"
        f"Residential address: {ad.line()}\n"
        f"Document: {doc}\n"
        f"Apostille from the FCDO needed: yes. Appearer signed in my presence and confirmed they read "
        f"the {['Spanish', 'Italian', 'Dutch'][i]} text with the translation."
    )


@T("personal_intake", "legal_aid_means", "en", 3)
def _(c, i):
    p = c.who()
    q = c.who()
    ad = c.addr("gb")
    partner = [f"{q.full()} - contrary interest (respondent)", f"{q.full()} - lives with applicant", "none"][i]
    case = ["non-molestation order", "care proceedings (parent)", "housing disrepair counterclaim"][i]
    return (
        f"Check this legal aid means assessment before I submit it on CCMS - anything inconsistent?\n"
        f"Applicant: {p.full()}   NI: {c.nid('nino')}   DOB: {c.dob('gb')}\n"
        f"Partner: {partner}\n"
        f"Address: {ad.line()}\n"
        f"Benefits: Universal Credit (passported - check the award letter date)\n"
        f"Capital: current account £{c.num(100, 900)}, savings £0, car worth £{c.num(5, 20)}00\n"
        f"Case: {case}"
    )


@T("personal_intake", "housing_callback_sheet", "en", 3)
def _(c, i):
    p = c.who(sex=["f", "m", "f"][i])
    q = c.who()
    ad = c.addr("gb")
    landlord = ["private landlord (via Foxtons)", "Clarion Housing", "private landlord, lives abroad"][i]
    return (
        f"Write this duty desk callback sheet up as a referral email to the housing solicitor:\n\n"
        f"CALLBACK - HOMELESSNESS / POSSESSION\n"
        f"Caller: {p.full()}   Tel: {c.phone('gb')}   Safe to leave message: {['N', 'Y', 'Y'][i]}\n"
        f"Current address: {ad.line()}\n"
        f"Landlord: {landlord}\n"
        f"Notice: {['s.21 served 2 months ago, expires Friday', 's.8 hearing next Tuesday, arrears £2,140', 'no written notice, told to leave by text'][i]}\n"
        f"Household: {['2 adults, 3 children (youngest 4 months)', '1 adult, uses a wheelchair', '1 adult, pregnant'][i]}\n"
        f"Council: has approached the housing options team, officer {q.full()}"
    )


@T("personal_court", "witness_availability", "en", 3)
def _(c, i):
    a, b, d = c.who(), c.who(), c.who()
    role = ["expert surveyor", "GP", "former colleague"][i]
    return (
        f"Make a witness availability table for the directions questionnaire "
        f"(name / role / dates to avoid / contact):\n"
        f"- {a.full()} (claimant) - can't do 14-18 July, mob {c.phone('gb')}\n"
        f"- {b.full()} (witness, neighbour) - on nights Mon-Wed, {c.phone('gb')}\n"
        f"- {d.full()} ({role}) - abroad all of August, contact via PA\n"
        f"- counsel's clerk says 2-3 days' estimate"
    )

# ================================================================ personal_chat

@T("personal_chat", "website_bot_transcript", "en", 3)
def _(c, i):
    v = c.who()
    bot = ["Lexi", "Justine", "Atticus"][i]
    x = c.who(sex="m" if i != 1 else None)
    issue = [
        f"my landlord {x.full()} changed the locks while I was at work, all my stuff is inside",
        f"i got a letter saying {x.full()} is applying for probate on my dads estate but i'm his only child",
        f"my employer hasnt paid me for 6 weeks, the owner {x.given()} keeps saying next friday",
    ][i]
    return (
        f"Summarise this chat from our website assistant for the duty adviser and suggest a priority "
        f"(urgent / this week / routine):\n\n"
        f"{bot}: Hi, I'm {bot}, the virtual assistant for the law centre. What's your name?\n"
        f"Visitor: {v.full()}\n"
        f"{bot}: Thanks {v.given()}. What can we help with?\n"
        f"Visitor: {issue}\n"
        f"{bot}: I'm sorry to hear that. What's the best number to call you on?\n"
        f"Visitor: {c.phone('gb')}\n"
        f"{bot}: And your postcode?\n"
        f"Visitor: {c.addr('gb').lines[-1]}"
    )


@T("personal_chat", "worried_parent_lower", "en", 3, case="lower")
def _(c, i):
    a = c.who(sex="m")
    b = c.who(sex="f")
    return [
        f"my ex {a.full()} won't let me see our son since january, we were never married but im on the birth certificate. do i need a solicitor or can i apply to court myself? im in {c.addr('gb').town()}",
        f"hi my daughter {b.given()} is 15 and wants to go and live with her dad {a.full()} in {c.addr('gb').town()}, can she decide that herself or does it have to go to court",
        f"my sons dad {a.full()} has took him to his mums and won't bring him back, there's no court order. police said its a civil matter. what do i do tonight",
    ][i]


@T("personal_chat", "whatsapp_neighbour", "en", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, b = c.who(), c.who()
    return (
        f"Is any of this harassment under the Protection from Harassment Act? Pasted from WhatsApp:\n\n"
        f"[0{c.num(1, 9)}/03/2025, 21:14] {b.full()}: your dog was barking AGAIN till 11\n"
        f"[0{c.num(1, 9)}/03/2025, 21:16] {a.given()}: Sorry, he was at the vet today, he's on painkillers\n"
        f"[1{c.num(0, 9)}/03/2025, 07:02] {b.full()}: I know where you park {a.given()}. Just saying\n"
        f"[1{c.num(0, 9)}/03/2025, 07:40] {b.full()}: {['and tell your husband to stop staring', 'the council will hear about your extension too'][i]}\n"
        f"I'm {a.given()}. This has been going on since October."
    )


@T("personal_chat", "mother_in_law_will", "en", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, b = c.who(sex="f"), c.who()
    ad = c.addr("gb")
    return (
        f"My mother-in-law {a.full()} ({c.dob('gb_old')}) lives at {ad.line()}. "
        + [
            f"She wants to leave the house to my husband {b.given()} only and cut out his sister. Can a will be challenged under the Inheritance Act if the sister is an adult with her own house?",
            "She's been diagnosed with early dementia. Is it too late to do a lasting power of attorney, and who decides if she has capacity?",
        ][i]
    )


@T("personal_chat", "manager_question", "en", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a = c.who(sex=["m", "f"][i])
    me = c.who()
    return [
        f"My manager {a.full()} told me in a one-to-one that I'm 'too old for the new system' and he'd be looking at my role. I'm 58. I'm {me.full()}, I've been there 19 years. Is that age discrimination under the Equality Act and what should I write down now?",
        f"{a.given()} (HR at my work) says I can't take my holiday that I built up while I was on sick leave. I've been off since Aug with a back injury. Is she right? Signed, {me.given()}",
    ][i]


@T("personal_chat", "visa_family_chat", "en", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a = c.who("en", ("yoruba", "igbo", "akan") if i == 0 else ("urdu", "punjabi_pakistani", "bangladeshi"), sex="f")
    town = ["Abeokuta", "Mirpur"][i]
    return (
        f"My wife {a.full()} (DOB {c.dob('gb')}) lives in {LOC(town)} with her parents. Her spouse visa "
        f"was refused last month because they said the bank statements were not in the right format. "
        + ["Can we appeal or do we need to apply again? Her passport is " + c.nid("passport_ng") + ".",
           "Is it better to ask for an administrative review? I've got the refusal letter, ref GWF0" + str(c.num(10000000, 99999999)) + "."][i]
    )


@T("personal_chat", "builder_deposit_lower", "en", 1, case="lower")
def _(c, i):
    a = c.who(sex="m")
    return (
        f"builder called {a.full()} took £3,200 deposit in april for a loft conversion and never came back, "
        f"his phone {c.phone('gb')} goes to voicemail. trading standards said its civil. "
        f"can i do a small claim if i dont know his home address? i only have his van reg"
    )


@T("personal_chat", "chat_mietrecht", "de", 2, case="lower")
def _(c, i):
    a = c.who("de", sex="m")
    ad = c.addr("de")
    return [
        f"mein vermieter {a.full()} will die miete um 20% erhöhen, ich wohne {ad.line()}. ist das erlaubt oder gilt da die kappungsgrenze? er sagt die wohnung ist modernisiert aber es wurde nur gestrichen",
        f"hallo, meine kaution (2.400 €) hab ich seit 8 monaten nicht zurück. vermieter heißt {a.full()}, er antwortet nicht mehr. wie lange darf er die behalten? alte adresse war {ad.line()}",
    ][i]


@T("personal_chat", "chat_voisinage", "fr", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, me = c.who("fr"), c.who("fr")
    ad = c.addr("fr")
    return [
        f"Bonjour, mon voisin {a.full()} a planté une haie de bambous à 30 cm de la limite et elle envahit mon jardin. J'habite {ad.line()}. Je peux exiger qu'il l'arrache ? Merci, {me.given()}",
        f"Mon ancien employeur, {a.full()}, ne m'a jamais remis mon attestation France Travail. Je suis {me.full()}, j'ai quitté le restaurant le 31 mars. Je fais comment ?",
    ][i]


@T("personal_chat", "whatsapp_abogado", "es", 2, case="lower")
def _(c, i):
    a = c.who("es", sex="m")
    me = c.who("es", sex="f")
    return [
        f"hola buenas, soy {me.full()}, mi ex {a.full()} no me pasa la pensión desde diciembre y ahora dice que se va a vivir a valencia. tengo sentencia de divorcio. puedo denunciar? mi tlf {c.phone('es')}",
        f"buenas tardes, el casero {a.full()} me quiere echar del piso sin contrato escrito, llevo 3 años pagando por bizum. tengo derechos? soy {me.given()}",
    ][i]


@T("personal_chat", "chat_eredita", "it", 2)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a = c.who("it", sex="m")
    me = c.who("it")
    return [
        f"Buongiorno avvocato, mio fratello {a.full()} vive nella casa di nostra madre a {c.addr('it').town()} da quando è morta e non vuole né vendere né pagarmi un affitto. Posso chiedere la divisione giudiziale? {me.given()}",
        f"salve, sono {me.full()}. Il mio ex socio {a.full()} ha chiuso la SNC e si è tenuto il furgone. Cosa posso fare? cell. {c.phone('it')}",
    ][i]


@T("personal_chat", "taglish_ofw", "tl", 2)
def _(c, i):
    me = c.who("tl")
    a = c.who("tl")
    if i == 1:
        c.case = "lower"
    return [
        f"Hi po, ako si {me.full()}, OFW sa Riyadh. Yung agency ko sa Manila, ayaw ibalik yung placement fee kahit na-terminate ako after 2 months. Yung contact ko doon si {a.full()}, number niya {c.phone('ph')}. Pwede ba ako mag-file sa DMW?",
        f"tanong lang po, yung kapatid kong si {a.full()} binenta yung lupa ng tatay namin sa {c.addr('ph').town()} na walang pirma ko. heir din ako. ano pwede gawin? - {me.given()}",
    ][i]


@T("personal_chat", "hinglish_property", "hi", 1, case="lower")
def _(c, i):
    a, me = c.who("hi"), c.who("hi")
    return (
        f"sir mera naam {me.full()} hai, {c.addr('in').town()} mein dadaji ki zameen pe {a.full()} naam ke "
        f"builder ne kabza kar liya hai, fake sale deed bana ke. kya main civil suit aur police complaint "
        f"dono kar sakta hoon? mera no. {c.phone('in')}"
    )


@T("personal_chat", "email_dikigoros", "el", 1)
def _(c, i):
    me, a = c.who("el", sex="f"), c.who("el", sex="m")
    return (
        f"Καλησπέρα σας, είμαι η {me.full()}. Ο πρώην σύζυγός μου {a.full()} δεν πληρώνει τη διατροφή "
        f"του παιδιού εδώ και 5 μήνες. Μένω {c.addr('gr').line()}. Τι μπορώ να κάνω; Τηλ. {c.phone('gr')}"
    )


# ================================================================ clean_caselaw (PII-free)

@T("clean_caselaw", "case_ratio_compare", "en", 3)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, b = c.picks("uk_cases", UK_CASES, 2)
    return [
        f"Summarise the ratio of {a} in three sentences and contrast it with {b}. I'm revising for the SQE1 and keep mixing them up.",
        f"Can you explain how {a} was applied (or distinguished) in {b}? Short answer, with the key passage from the leading judgment if you know it.",
        f"Draft a case note on {a}: facts, issue, held, ratio, obiter, and one sentence on whether {b} limits it.",
    ][i]


@T("clean_caselaw", "moot_list", "en", 3)
def _(c, i):
    cases = c.picks("uk_cases", UK_CASES, 3)
    j1, j2 = c.picks("judges_uk", JUDGES[:10], 2)
    return (
        f"Turn this into a table for the noticeboard (time / room / case / sides):\n\n"
        f"{['INTERNAL MOOT', 'FIRST YEAR MOOT', 'INTER-VARSITY MOOT'][i]} - ROUND {i + 1} - WEDNESDAY\n"
        f"Moot Court 1, 18:00  {cases[0]} - Appellant: Gray's Inn team / Respondent: Middle Temple team\n"
        f"Moot Court 2, 18:00  {cases[1]} - Appellant: Team 4 / Respondent: Team 7\n"
        f"Seminar Rm 3, 19:15  {cases[2]} (re-argued, as if after the {c.ch('Supreme Court', 'House of Lords')} had never decided it)\n"
        f"Judges: senior tutor sitting as {j1}, guest barrister sitting as {j2}"
    )


@T("clean_caselaw", "judge_question", "en", 3)
def _(c, i):
    if i == 2:
        c.case = "lower"
    j = c.pick("judges", JUDGES)
    k = c.pick("jurists", JURISTS)
    return [
        f"What is {j} best known for, and which two judgments should a first-year law student read first?",
        f"Compare how {j} and {k} would each approach a hard case where the statute is silent. A short table please.",
        f"Was {j} ever in the minority on a landmark decision? Give me the case name and what the dissent said.",
    ][i]


@T("clean_caselaw", "caselaw_lower", "en", 3, case="lower")
def _(c, i):
    a = c.pick("uk_cases", UK_CASES)
    u = c.pick("us_cases", US_CASES)
    return [
        f"is {a} still good law in scotland or only england and wales",
        f"whats the difference between {u} and {c.pick('us_cases', US_CASES)} in one line each, for a quiz",
        f"quick one - who was the judge in {a} and did {c.pick('judges', JUDGES[:10])} ever cite it",
    ][i]


@T("clean_caselaw", "authorities_bundle", "en", 3)
def _(c, i):
    cases = c.picks("uk_cases", UK_CASES, 4)
    st = c.pick("uk_statutes", UK_STATUTES)
    return (
        f"Format this as a proper bundle of authorities index (tab / authority / citation / pages) and "
        f"flag anything that should be in the core bundle:\n\n"
        f"1 {cases[0]}\n2 {cases[1]}\n3 {cases[2]}\n4 {st}, ss.{c.num(1, 40)}-{c.num(41, 60)}\n"
        f"5 {cases[3]}\n6 {['Chitty on Contracts, ch. 2', 'Clerk & Lindsell on Torts, ch. 8', 'Lewin on Trusts, ch. 9'][i]}"
    )


@T("clean_caselaw", "us_case_brief", "en", 3)
def _(c, i):
    if i == 2:
        c.case = "lower"
    u = c.pick("us_cases", US_CASES)
    j = c.pick("judges_us", JUDGES[10:26])
    return [
        f"Write an IRAC brief of {u} for my 1L con law class. Include who wrote the majority and whether {j} later criticised it.",
        f"How did {u} change things in the lower courts in practice? Give me 3 later cases that narrowed or extended it.",
        f"Make 5 flashcards on {u} (question on the front, short answer on the back).",
    ][i]


@T("clean_caselaw", "echr_eu_cases", "en", 2)
def _(c, i):
    a, b = c.picks("eu_cases", EU_CASES, 2)
    return [
        f"Explain the principle in {a} and how {b} built on it. Aimed at a UK solicitor who did EU law 20 years ago.",
        f"After Brexit, do UK courts still have to follow {a}? And is {b} still cited in Strasbourg?",
    ][i]


@T("clean_caselaw", "indian_landmarks", "en", 2)
def _(c, i):
    return [
        "Summarise Kesavananda Bharati v State of Kerala and the basic structure doctrine, then say how Minerva Mills and I.R. Coelho developed it.",
        "What did Justice K.S. Puttaswamy v Union of India decide on privacy, and how did Justice D.Y. Chandrachud's opinion treat ADM Jabalpur?",
    ][i]


@T("clean_caselaw", "bverfg_urteile", "de", 2)
def _(c, i):
    return [
        "Erklär mir kurz das Lüth-Urteil und die mittelbare Drittwirkung der Grundrechte. Wie hängt das mit der Caroline-Entscheidung und dem EGMR (von Hannover gegen Deutschland) zusammen?",
        "Was ist der Unterschied zwischen Solange I und Solange II? Bitte mit Blick auf das PSPP-Urteil von 2020 und die Reaktion von Andreas Voßkuhle.",
    ][i]


@T("clean_caselaw", "grands_arrets", "fr", 2)
def _(c, i):
    return [
        "Peux-tu me faire une fiche d'arrêt sur l'arrêt Blanco (1873) et expliquer pourquoi on le cite encore avec l'arrêt Nicolo ?",
        "Quelle est la portée de l'arrêt Perruche et qu'a changé la loi Kouchner du 4 mars 2002 ? Réponse courte pour un TD.",
    ][i]


@T("clean_caselaw", "sentencias_tc", "es", 1)
def _(c, i):
    return "Resume la STC 53/1985 sobre el aborto y compárala con Roe v. Wade y Dobbs. ¿Qué papel tuvo Francisco Tomás y Valiente?"


@T("clean_caselaw", "sentenze_celebri", "it", 1)
def _(c, i):
    return "Mi spieghi in breve il caso Englaro e la sentenza della Corte costituzionale sul caso Cappato (242/2019)? Serve per un seminario di biodiritto."


@T("clean_caselaw", "arresten_hr", "nl", 1)
def _(c, i):
    return "Wat is het verschil tussen het Haviltex-criterium en de CAO-norm? En waarom noemen we Lindenbaum/Cohen (1919) nog steeds bij onrechtmatige daad?"


@T("clean_caselaw", "julgados_stf", "pt", 1)
def _(c, i):
    return "Faz um resumo da ADPF 54 (anencefalia) e da ADI 4277 sobre união homoafetiva. Quem foram os relatores? Acho que Marco Aurélio e Ayres Britto."


@T("clean_caselaw", "panrye_jilmun", "ko", 1)
def _(c, i):
    return "헌법재판소의 2019년 낙태죄 헌법불합치 결정(2017헌바127)을 요약해 주고, 미국의 Roe v. Wade, Dobbs 판결과 비교해 줘."


@T("clean_caselaw", "hanrei_matome", "ja", 1)
def _(c, i):
    return "尊属殺重罰規定違憲判決（昭和48年）と「宴のあと」事件の要点を、法学部1年生向けに300字ずつでまとめてください。"



@T("clean_caselaw", "public_chronology", "en", 2)
def _(c, i):
    if i == 0:
        return (
            "Can you check this chronology for gaps and sort it by date? It's for a seminar on the Post Office scandal.\n\n"
            "| Date | Event | Source |\n|---|---|---|\n"
            "| 2019 | Bates v Post Office Ltd (No 6), Mr Justice Fraser finds Horizon not robust | judgment |\n"
            "| 1999 | Horizon rolled out to branches by ICL / Fujitsu | inquiry |\n"
            "| 2009 | Alan Bates sets up the Justice for Subpostmasters Alliance | press |\n"
            "| 2021 | Hamilton v Post Office Ltd, Court of Appeal quashes 39 convictions | judgment |\n"
            "| 2024 | Paula Vennells gives evidence to the inquiry chaired by Sir Wyn Williams | transcript |"
        )
    return (
        "Put this chronology into a table (date / event / document) for a public inquiries module:\n"
        "- Apr 1989 Hillsborough disaster; Lord Justice Taylor's interim report follows\n"
        "- Sep 2012 Hillsborough Independent Panel report, chaired by Bishop James Jones\n"
        "- Apr 2016 inquests before Sir John Goldring return unlawful killing\n"
        "- Jun 2017 Grenfell Tower fire; Sir Martin Moore-Bick appointed to chair the inquiry\n"
        "- Sep 2024 Grenfell phase 2 report published"
    )


@T("clean_caselaw", "uksc_hearing_list", "en", 2)
def _(c, i):
    cases = c.picks("uk_cases", UK_CASES, 3)
    return (
        "Turn this into a table (time / court / case / panel) for the students visiting the Supreme Court:\n\n"
        f"UK SUPREME COURT - {['TUESDAY', 'THURSDAY'][i]} - PARLIAMENT SQUARE\n"
        f"10:30  Court 1  Reference re {['the Scottish Independence Referendum Bill', 'the UNCRC (Incorporation) (Scotland) Bill'][i]} - Lord Reed P, Lord Hodge DP, Lady Arden\n"
        f"10:30  Court 2  teaching session on {cases[0]} and {cases[1]}\n"
        f"14:00  Court 3  judgment hand-down; the guide will explain how {cases[2]} was overruled or followed"
    )

# ================================================================ clean_statute (PII-free)

@T("clean_statute", "eponymous_uk_laws", "en", 3)
def _(c, i):
    if i == 0:
        c.case = "lower"
    (a, da), (b, _db) = c.picks("epo_uk", EPONYM_UK, 2)
    return [
        f"What's the difference between {a} and {b}? Who can apply, and is either of them actually an Act of Parliament?",
        f"Write a 150-word explainer for our tenants' newsletter on {a} ({da}). Plain English, no jargon.",
        f"Table please: law / named after / what it does / in force since. Start with {a} and {b}, then add any others you know of like them.",
    ][i]


@T("clean_statute", "us_acts_table", "en", 3)
def _(c, i):
    acts = c.picks("epo_us", EPONYM_US, 3)
    return [
        f"For a compliance training slide: who were {acts[0]} and {acts[1]} named after, and what does each require of a listed company?",
        f"Explain {acts[0]} vs {acts[1]} vs {acts[2]} in one paragraph each, for in-house counsel at a UK subsidiary of a US group.",
        f"Which of {acts[0]}, {acts[1]} and {acts[2]} could touch a UK company with shares listed in New York? One line each.",
    ][i]


@T("clean_statute", "maxims_table", "en", 2)
def _(c, i):
    ms = c.picks("maxims", MAXIMS, 3)
    lines = "\n".join(f"- {m}" for m, _ in ms)
    return [
        f"Give me the English meaning and a leading case for each of these:\n{lines}",
        f"Make a quiz: I give the Latin, you give the meaning. Use these first:\n{lines}",
        f"Which of these maxims would help a defendant in a negligence claim, and how?\n{lines}",
    ][i]


@T("clean_statute", "revision_caps", "en", 2, case="upper")
def _(c, i):
    st = c.picks("uk_statutes", UK_STATUTES, 3)
    return (
        f"turn my revision sheet into proper notes:\n{st[0]} - key sections?\n{st[1]} - "
        f"{['when does it apply', 'what changed in 2024'][i]}\n{st[2]} - link to {c.pick('uk_cases', UK_CASES)}"
    )


@T("clean_statute", "statute_lower", "en", 3, case="lower")
def _(c, i):
    st = c.pick("uk_statutes", UK_STATUTES)
    return [
        f"does the {st} apply in northern ireland",
        f"whats the limitation period under the {st} and can it be extended",
        f"which sections of the {st} come up most in exams, list them",
    ][i]


@T("clean_statute", "limitation_periods", "en", 2)
def _(c, i):
    return [
        "Make a table of limitation periods in England and Wales: simple contract, deed, tort, personal injury, defamation, recovery of land, judgment debts. Cite the Limitation Act 1980 sections.",
        "Explain the 'date of knowledge' under s.14 Limitation Act 1980 with reference to Haward v Fawcetts and Cartledge v E Jopling & Sons.",
    ][i]


@T("clean_statute", "named_tests", "en", 2)
def _(c, i):
    return [
        "Gillick competence vs Fraser guidelines - what's the difference and when does a GP's practice nurse need each? Also, who was Lord Fraser?",
        "Bolam, Bolitho and Montgomery: give me one line each on the test they set and whether Bolam survives for diagnosis cases.",
    ][i]


@T("clean_statute", "leyes_con_nombre", "es", 2)
def _(c, i):
    return [
        "¿Qué es la Ley Olimpia en México y en qué se parece a la Ley Micaela de Argentina? Haz una tabla con país, año, a quién honra y qué regula.",
        "Explícame la Ley Rhodes (LOPIVI) y la Ley Zerolo: ¿por qué se llaman así y qué obligaciones tienen los colegios y los clubes deportivos?",
    ][i]


@T("clean_statute", "leis_com_nome", "pt", 2)
def _(c, i):
    return [
        "Resume a Lei Maria da Penha (11.340/2006) e explica quem foi Maria da Penha Maia Fernandes e o caso na CIDH.",
        "Qual a diferença entre a Lei Carolina Dieckmann e o Marco Civil da Internet? E a Lei Henry Borel mudou o quê no ECA?",
    ][i]


@T("clean_statute", "lois_nommees", "fr", 1)
def _(c, i):
    return "Fais-moi un tableau des lois qui portent le nom d'un ministre : loi Veil, loi Badinter, loi Évin, loi Hamon, loi Pinel, loi Macron. Année, objet, ce qu'il en reste aujourd'hui."


@T("clean_statute", "leggi_nome", "it", 1)
def _(c, i):
    return "Come si chiede l'equa riparazione con la legge Pinto dopo la riforma Cartabia? E già che ci sei: legge Merlin e legge Basaglia, in due righe ciascuna."


@T("clean_statute", "lex_sarah_maria", "sv", 1)
def _(c, i):
    return "Vad är skillnaden mellan lex Sarah och lex Maria? Vem ska anmäla till IVO och inom hur lång tid? Och vem var Sarah Wägnert?"


@T("clean_statute", "lex_nokia", "fi", 1)
def _(c, i):
    return "Mitä niin sanottu Lex Nokia käytännössä salli työnantajalle, ja miksi sitä kutsuttiin niin? Entä Lex Karpela?"


@T("clean_statute", "nomos_katseli", "el", 2)
def _(c, i):
    return [
        "Εξήγησέ μου με απλά λόγια τι προβλέπει ο νόμος Κατσέλη (ν. 3869/2010) για τα υπερχρεωμένα νοικοκυριά και τι άλλαξε με τον εξωδικαστικό μηχανισμό.",
        "Ποια είναι η διαφορά ανάμεσα στον νόμο Κατσέλη και τον νέο πτωχευτικό κώδικα (ν. 4738/2020) για την προστασία της κύριας κατοικίας; Σύντομα, σε πίνακα.",
    ][i]


@T("clean_statute", "lex_kamilek", "pl", 1)
def _(c, i):
    return "Co zmienia tzw. Lex Kamilek dla szkół i klubów sportowych? Jakie standardy ochrony małoletnich trzeba wprowadzić i do kiedy?"


@T("clean_statute", "zakon_yakovleva", "ru", 1)
def _(c, i):
    return "Кратко объясни, что такое «закон Димы Яковлева», кого он затронул и как на него отреагировал ЕСПЧ."


@T("clean_statute", "gesetze_namen", "de", 1)
def _(c, i):
    return "Warum heißt Hartz IV eigentlich nach Peter Hartz, und was ist beim Bürgergeld anders? Und gilt die Düsseldorfer Tabelle auch in Österreich?"


@T("clean_statute", "beop_ireum", "ko", 1)
def _(c, i):
    return "김영란법, 민식이법, 구하라법이 각각 어떤 내용인지, 누구의 이름에서 유래했는지 표로 정리해 줘."


# ================================================================ clean_practice (PII-free)

@T("clean_practice", "software_compare", "en", 2)
def _(c, i):
    trio = [("Clio", "PracticePanther", "MyCase"), ("Harvey", "CoCounsel", "Lexis+ AI"),
            ("Relativity", "Everlaw", "DISCO")][i]
    return (
        f"We're a {['6-lawyer family practice', 'mid-size commercial firm', 'litigation boutique'][i]}. "
        f"Compare {trio[0]}, {trio[1]} and {trio[2]} on price per seat, UK data residency, "
        f"and how well each integrates with {['Xero', 'iManage', 'Microsoft 365'][i]}. Table first, then a recommendation."
    )


@T("clean_practice", "firm_league_table", "en", 2)
def _(c, i):
    fs = c.picks("firms", FIRMS, 4)
    return [
        f"Rank these by UK revenue last year and say which are 'magic circle': {', '.join(fs)}.",
        f"For a trainee application: what's the seat structure at {fs[0]} vs {fs[1]}, and which one has the bigger Hong Kong office?",
        f"Which of {fs[0]}, {fs[1]} and {fs[2]} acted on the biggest UK takeover of the year? Keep it to public information.",
    ][i]


@T("clean_practice", "research_time_entries", "en", 3)
def _(c, i):
    if i == 1:
        c.case = "lower"
    a, b = c.picks("uk_cases", UK_CASES, 2)
    st = c.pick("uk_statutes", UK_STATUTES)
    sw = c.pick("research_sw", ["Westlaw", "Practical Law", "Lexis+", "vLex"])
    return (
        f"Turn these into narrative time entries for the bill (6 min units), client-friendly wording:\n"
        f"{c.num(10, 28)}/06  1.4  research {a} + {b} on {sw}\n"
        f"{c.num(10, 28)}/06  0.6  trainee: note on {st}\n"
        f"{c.num(10, 28)}/06  2.1  {['drafting skeleton argument', 'drafting advice to client', 'revising particulars of claim'][i]}\n"
        f"{c.num(10, 28)}/06  0.2  {['file review', 'email to counsel clerk re fee note', 'CaseLines upload'][i]}"
    )


@T("clean_practice", "conflict_check_companies", "en", 3)
def _(c, i):
    if i == 1:
        c.case = "upper"
    b1, b2, b3, b4 = c.picks("brands", BRANDS, 4)
    return (
        f"Conflict check please before I open this one:\n"
        f"New client: {b1}\n"
        f"Opponent: {b2}\n"
        f"Connected party: {b3} - {['parent company', 'former joint venture partner', 'insurer'][i]}\n"
        f"Also search '{b2.split()[0]}' on its own, I think we acted for {b4} against them around 2019."
    )


@T("clean_practice", "team_page", "en", 2)
def _(c, i):
    titles = c.picks("titles", JOB_TITLES, 5)
    return (
        "Rewrite our website team page headings so they're consistent and in a sensible order:\n\n"
        + "\n".join(f"## {t}" for t in titles)
        + f"\n## {['Meet the Private Client Team', 'Our Dispute Resolution Team', 'Employment & Immigration'][i]}\n"
        f"Also suggest a one-line blurb under each."
    )


@T("clean_practice", "matters_csv_companies", "en", 3)
def _(c, i):
    bs = c.picks("brands", BRANDS, 6)
    return (
        ["Sort by status then value:", "Which matters should the COLP review first?", "Convert to a Markdown table:"][i]
        + "\n\nmatter,client,opponent,practice_group,value_gbp,status\n"
        f"M{c.num(1000, 1999)},{bs[0]},{bs[1]},Commercial Litigation,{c.num(2, 90)}0000,Open\n"
        f"M{c.num(2000, 2999)},{bs[2]},{bs[3]},IP,{c.num(2, 90)}0000,Stayed\n"
        f"M{c.num(3000, 3999)},{bs[4]},HMRC,Tax Disputes,{c.num(2, 90)}0000,Open\n"
        f"M{c.num(4000, 4999)},{bs[5]},Competition and Markets Authority,Competition,{c.num(2, 90)}0000,Closed"
    )


@T("clean_practice", "ai_tools_lower", "en", 3, case="lower")
def _(c, i):
    return [
        f"can {c.pick('ai', ['Harvey', 'Robin AI', 'Spellbook', 'Luminance'])} actually draft a share purchase agreement or is it just for review",
        f"is {c.pick('pms', ['Clio', 'LEAP', 'Actionstep', 'Smokeball'])} any good for a 2 person immigration practice, we use {c.pick('acc', ['Xero', 'QuickBooks', 'Sage'])} for accounts",
        f"whats the difference between {c.pick('ai', ['Harvey', 'Robin AI', 'Spellbook', 'Luminance'])} and chatgpt for contract review, honestly",
    ][i]


@T("clean_practice", "legal_job_ad", "en", 3)
def _(c, i):
    if i == 2:
        c.case = "lower"
    f = c.pick("firms", FIRMS)
    role = ["Paralegal - Clinical Negligence", "Senior Associate - Employment", "Legal Cashier (part time)"][i]
    sw = c.picks("sw_ad", ["Proclaim", "Peppermint", "Aderant", "Elite 3E", "Osprey", "iManage", "Litera"], 2)
    return (
        f"Tidy up this job ad, make it more inclusive and cut it to 200 words:\n\n"
        f"{role.upper()}\n{f} is looking for a {role} to join our growing team. "
        f"You will be confident using {sw[0]} and {sw[1]}, and ideally have experience of "
        f"{['the Pre-Action Protocol for the Resolution of Clinical Disputes', 'Employment Tribunal claims and ACAS early conciliation', 'the SRA Accounts Rules'][i]}. "
        f"Hybrid working, 25 days holiday plus bank holidays."
    )


@T("clean_practice", "kanzleisoftware", "de", 1)
def _(c, i):
    return "Wir sind eine kleine Kanzlei (3 Anwälte). RA-MICRO, Advoware oder Actaport? Wichtig: beA-Anbindung, DATEV-Schnittstelle und Zugriff auf beck-online und juris."


@T("clean_practice", "logiciels_cabinet", "fr", 1)
def _(c, i):
    return "Pour un cabinet de 4 avocats en droit de la famille : Secib, Kleos ou Jarvis Legal ? Et Doctrine vaut-il le prix face à Dalloz et Lexis 360 ?"


@T("clean_practice", "despachos_ranking", "es", 1)
def _(c, i):
    return "Hazme un ranking de los despachos más grandes de España por facturación: Garrigues, Cuatrecasas, Uría Menéndez, Pérez-Llorca, Gómez-Acebo & Pombo. ¿Cuál tiene más socias?"


@T("clean_practice", "zuidas_kantoren", "nl", 1)
def _(c, i):
    return "Welke Zuidas-kantoren hebben de beste stages voor studenten: De Brauw, NautaDutilh, Loyens & Loeff, Houthoff of Stibbe? Graag een tabel met aantal advocaten."


@T("clean_practice", "jimusho_hikaku", "ja", 1)
def _(c, i):
    return "西村あさひ、長島・大野・常松、森・濱田松本、TMI総合法律事務所、アンダーソン・毛利・友常の5大事務所を、弁護士数と海外拠点で比較した表を作ってください。"


@T("clean_practice", "lvsuo_bijiao", "zh", 1)
def _(c, i):
    return "请比较一下金杜、君合、中伦、方达这几家律所在跨境并购方面的优势，用表格列出。"


@T("clean_practice", "advokatfirmaer", "da", 1)
def _(c, i):
    return "Hvilke danske advokatfirmaer er størst inden for M&A: Kromann Reumert, Gorrissen Federspiel, Bech-Bruun eller Plesner? Lav en kort oversigt."


@T("clean_practice", "advokatfirma_no", "no", 1)
def _(c, i):
    return "Sammenlign Wikborg Rein, Thommessen, BAHR og Wiersholm for en jusstudent som vil jobbe med shipping. Hvem har kontor i Singapore?"


# ================================================================ clean_template (PII-free)

@T("clean_template", "placeholder_letter", "en", 3)
def _(c, i):
    return [
        "Fill the gaps in this client care letter template so it reads naturally, keep the merge fields:\n\nDear {{client.salutation}} {{client.last_name}},\nRe: {{matter.description}} (our ref {{matter.ref}})\nThank you for instructing {{firm.name}}. {{fee_earner.full_name}}, {{fee_earner.job_title}}, will have day-to-day conduct of your matter, supervised by {{supervisor.full_name}}.",
        "Our Word template has these fields: [CLIENT NAME], [CLIENT ADDRESS LINE 1], [POSTCODE], [DATE OF BIRTH], [OPPONENT]. Write a letter of engagement for a boundary dispute using them, and don't invent any values.",
        "Rewrite this completion letter template so it sounds less stiff:\n\nDear <<Buyer1>> and <<Buyer2>>,\nWe confirm completion of your purchase of <<PropertyAddress>> took place today at <<Time>>. The keys are available from <<Agent>>. We will register your title at HM Land Registry and send you a copy of the register.",
    ][i]


@T("clean_template", "sample_witness_statement", "en", 3)
def _(c, i):
    return [
        "Write a specimen witness statement for our training pack: the witness is John Doe, a neighbour, describing a car reversing into a wall. Use [ADDRESS] for addresses and end with the CPR statement of truth.",
        "Make a model answer witness statement for a mock trial: Jane Roe v Richard Roe, a dispute over a shared driveway. Keep the parties' names as they are, they're the standard placeholders.",
        "For the paralegal induction: show a badly drafted witness statement from 'Joe Bloggs' and then the corrected version in PD 57AC format. Mark each change.",
    ][i]


@T("clean_template", "blank_intake_form", "en", 3)
def _(c, i):
    return (
        f"Improve the wording of our {['web enquiry', 'debt advice', 'immigration'][i]} intake form fields, "
        f"and say which ones we don't need under UK GDPR data minimisation:\n\n"
        f"Full name: ________\nDate of birth: __/__/____\nAddress: ________\nPostcode: ____\n"
        f"Mobile: ________\nEmail: ________\n"
        + ["Other side's name: ________\nHow did you hear about us: [Google / Friend / Citizens Advice]",
           "Creditors (name and amount): ________\nIncome after tax: £____\nDependants: __",
           "Nationality: ________\nPassport number: ________\nBRP / eVisa share code: ________"][i]
    )


@T("clean_template", "cms_json_sample", "en", 3)
def _(c, i):
    return [
        'Write a JSON schema for this client record from our case management system, with "required" set sensibly:\n{"client": {"first_name": "Jane", "last_name": "Doe", "dob": "YYYY-MM-DD", "address": "<address>", "email": "jane.doe@example.com"}, "matter": {"ref": "PI-00000", "type": "road traffic accident"}}',
        "Our Clio custom fields export looks like this. Explain each field:\n\nfield_name,type,required\nclient_first_name,text,yes\nclient_last_name,text,yes\nclient_dob,date,no\nreferrer,picklist,no\nopponent_name,text,no\nlimitation_date,date,yes",
        'Generate 3 fake test records for our new matter-intake API using obvious dummy people only (John Doe, Jane Doe, Max Mustermann) and example.com emails. Format:\n{"name": "...", "email": "...", "matter_type": "..."}',
    ][i]


@T("clean_template", "court_notice_caps", "en", 2, case="upper")
def _(c, i):
    return [
        "notice of hearing template - check the wording:\nin the county court at [court]\nclaim no: [number]\nbetween [name of claimant] and [name of defendant]\ntake notice that the application will be heard by the district judge on [date] at [time]",
        "template for the family court: in the matter of the children act 1989, and in the matter of [child's initials] (a child). applicant: [name]. respondent: [name]. is 'in the matter of' still the right form?",
    ][i]


@T("clean_template", "lba_template", "en", 2)
def _(c, i):
    return [
        "Write a template letter before action from A.N. Other (claimant) to Joe Bloggs (defendant) for an unpaid invoice, with [square brackets] wherever the user must fill something in.",
        "Make a training version of a letter before claim for a consumer claim against a company called 'Acme Widgets Ltd', claimant John Smith, using the Consumer Rights Act 2015 sections on faulty goods.",
    ][i]


@T("clean_template", "mustervertrag", "de", 2)
def _(c, i):
    return [
        "Erstelle einen Mustermietvertrag für eine Wohnung, Vermieter: Max Mustermann, Mieterin: Erika Mustermann, Musterstraße 1, 12345 Musterstadt. Alle Angaben bitte als Platzhalter lassen.",
        "Formuliere eine Vollmacht als Vorlage: 'Hiermit bevollmächtige ich, [Vorname Nachname], geb. am [TT.MM.JJJJ], ...' – mit Max Mustermann als Beispiel in der Fußnote.",
    ][i]


@T("clean_template", "modele_courrier", "fr", 2)
def _(c, i):
    return [
        "Rédige un modèle de lettre de résiliation de bail pour le site du cabinet, au nom de Jean Dupont, avec [ADRESSE DU LOGEMENT] et [DATE] en champs à remplir.",
        "Fais un modèle de convention d'honoraires : Maître [NOM], avocat au barreau de [VILLE], et Madame Marie Martin (exemple fictif). Ajoute la mention sur l'aide juridictionnelle.",
    ][i]


@T("clean_template", "modelo_demanda", "es", 1)
def _(c, i):
    return "Dame un modelo de demanda de juicio verbal por impago de rentas, con Fulano de Tal como arrendador y Mengano de Cual como arrendatario, y los datos entre corchetes."


@T("clean_template", "fac_simile", "it", 1)
def _(c, i):
    return "Prepara un fac-simile di procura alle liti per il sito dello studio, con Mario Rossi come cliente di esempio e [CODICE FISCALE] come campo vuoto."


@T("clean_template", "wzor_pisma", "pl", 2)
def _(c, i):
    return [
        "Przygotuj wzór pozwu o zapłatę do sądu rejonowego: powód Jan Kowalski, pozwana Anna Nowak (dane przykładowe), [adres], [PESEL] jako pola do uzupełnienia.",
        "Napisz wzór pełnomocnictwa procesowego, mocodawca: Jan Kowalski (przykład). Zostaw miejsca na datę i podpis.",
    ][i]


@T("clean_template", "vzor_plna_moc", "cs", 1)
def _(c, i):
    return "Napiš vzor plné moci k zastupování v řízení o rozvod, zmocnitel Jan Novák (vzorové jméno), s poli [datum narození] a [bydliště]."


@T("clean_template", "malli_valtakirja", "fi", 1)
def _(c, i):
    return "Tee valtakirjapohja perunkirjoitusta varten. Käytä esimerkkinä nimeä Matti Meikäläinen ja jätä henkilötunnus kenttään [HETU]."


@T("clean_template", "mal_fullmakt", "no", 1)
def _(c, i):
    return "Lag en mal for fremtidsfullmakt med Ola Nordmann som fullmaktsgiver og Kari Nordmann som fullmektig, bare som eksempel."


@T("clean_template", "hetong_fanben", "zh", 1)
def _(c, i):
    return "请起草一份借款合同范本，出借人写张三，借款人写李四，金额、利率和日期都用【】留空。"


@T("clean_template", "seosik_sample", "ko", 1)
def _(c, i):
    return "내용증명 서식 예시를 만들어 줘. 발신인은 홍길동, 수신인은 김철수로 하고 주소는 [주소]로 비워 둬."


@T("clean_template", "mau_don", "vi", 1)
def _(c, i):
    return "Soạn giúp tôi mẫu đơn khởi kiện đòi nợ, nguyên đơn ghi là Nguyễn Văn A, bị đơn là Trần Thị B, các thông tin khác để trống trong [ ]."


@T("clean_template", "namudhaj_aqd", "ar", 1)
def _(c, i):
    return "اكتب لي نموذج عقد إيجار سكني، المؤجر: فلان الفلاني، المستأجر: علان العلاني، واترك العنوان والمبلغ بين قوسين."


@T("clean_template", "tofes_yipuy", "he", 1)
def _(c, i):
    return "נסח לי טופס ייפוי כוח לעורך דין לדוגמה, על שם ישראל ישראלי, עם שדות ריקים לתעודת זהות ולכתובת."


@T("clean_template", "sample_affidavit", "tl", 1)
def _(c, i):
    return "Pa-draft ng sample Affidavit of Loss para sa training namin, gamitin si Juan dela Cruz bilang affiant, at iwan blanko ang address at ID number."


# ================================================================ clean_chat (PII-free)

@T("clean_chat", "debt_question", "en", 3)
def _(c, i):
    if i == 1:
        c.case = "lower"
    d = c.pick("debt", DEBT_FIRMS)
    adv = c.pick("advice", ADVICE[:5])
    return [
        f"{d} keep writing to me about a Very catalogue debt from 2017. I haven't paid anything since 2018. Is it statute barred under the Limitation Act 1980, and should I reply at all? {adv} said to check the last payment date.",
        f"Can bailiffs force entry for a council tax debt? One from {d} said they would 'attend with a locksmith'. I'm in England.",
        f"What's the difference between a DRO, an IVA and bankruptcy? I've heard Martin Lewis say a DRO costs £90 now. Who can set one up - can {adv} do it?",
    ][i]


@T("clean_chat", "tenancy_question", "en", 3)
def _(c, i):
    if i == 0:
        c.case = "lower"
    return [
        "Does the Renters' Rights Act 2025 get rid of section 21 straight away, or is there a transition date? My tenancy started in 2023.",
        "My landlord says I have to pay for a professional clean when I leave. Is that allowed under the Tenant Fees Act 2019? The deposit is with the DPS.",
        "Shelter's website says a landlord must give notice before entering. How much notice, and what if it's an emergency like a burst pipe? Their helpline is 0808 800 4444 but it's always busy.",
    ][i]


@T("clean_chat", "bot_chat_general", "en", 3)
def _(c, i):
    bot = ["Lexi", "Justine", "Atticus"][i]
    q = [
        "do I have Miranda rights if I'm arrested in London? that's what they say on TV",
        "now that Roe v Wade is overturned, does that change anything for abortion law in Scotland?",
        "is a verbal agreement legally binding? my mate says Carlill v Carbolic Smoke Ball proves it is",
    ][i]
    return (
        f"Review this chat from our website assistant - was the bot's answer accurate? Suggest a better reply.\n\n"
        f"{bot}: Hi, I'm {bot}, the virtual assistant for the law centre. What can we help with?\n"
        f"Visitor: {q}\n"
        f"{bot}: {['In the UK the police caution is different: you do not have to say anything, but it may harm your defence...', 'Roe v Wade was a US Supreme Court case. Abortion in Scotland is governed by the Abortion Act 1967...', 'Generally yes, but some contracts must be in writing, e.g. for the sale of land under s.2 of the 1989 Act...'][i]}\n"
        f"Visitor: ok thanks. can I speak to a person?\n"
        f"{bot}: Our advisers are available Mon-Fri 9-5."
    )


@T("clean_chat", "lower_general", "en", 3, case="lower")
def _(c, i):
    return [
        "can my employer read my whatsapp on a work phone, is that a gdpr thing or a human rights act thing",
        f"whats a {c.pick('maxims', MAXIMS)[0]} in plain english, my solicitor keeps saying it",
        "if i get a ccj and pay it within a month does it come off my credit file? asking for experian and equifax",
    ][i]


@T("clean_chat", "immigration_general", "en", 2)
def _(c, i):
    if i == 0:
        c.case = "lower"
    return [
        "What's the current minimum income for a UK spouse visa, and can savings make up the shortfall? Also does the Windrush Scheme still take applications?",
        "Is Article 8 ECHR (right to family life) enough on its own to stop a deportation? Give me the leading case names, I think Razgar and Agyarko.",
        "EU Settlement Scheme: if someone has pre-settled status and leaves the UK for 3 years, do they lose it? What did the High Court say in the IMA case?",
    ][i]


@T("clean_chat", "family_general", "en", 2)
def _(c, i):
    return [
        "Since no-fault divorce came in (Divorce, Dissolution and Separation Act 2020), can the other spouse still contest it? How long does it take start to finish?",
        "What is a Mesher order and when would a judge make one instead of an immediate sale? Does White v White still matter?",
        "Can a grandparent apply for a child arrangements order without permission? What does the Children Act 1989 say and is there a fee?",
    ][i]


@T("clean_chat", "employment_general", "en", 2)
def _(c, i):
    return [
        "How long do you need to work somewhere before you can claim unfair dismissal, and is it changing under the Employment Rights Bill?",
        "What does ACAS early conciliation involve and does it stop the 3-month clock for a tribunal claim?",
    ][i]


@T("clean_chat", "consumer_general", "en", 2)
def _(c, i):
    return [
        "Bought a Dyson from Currys, stopped working after 7 months. Under the Consumer Rights Act 2015 can I insist on a refund or do they get to repair it first?",
        "Ryanair cancelled my flight 2 hours before. Am I owed compensation under UK261 or just a refund? It was Stansted to Porto.",
    ][i]


@T("clean_chat", "chat_de_allgemein", "de", 2, case="lower")
def _(c, i):
    return [
        "darf mein vermieter eine mieterhöhung verlangen wenn in berlin die mietpreisbremse gilt? und was sagt der mietspiegel dazu",
        "kann die schufa einen eintrag einfach stehen lassen obwohl die schuld bezahlt ist? die verbraucherzentrale sagt 3 jahre",
    ][i]


@T("clean_chat", "chat_fr_general", "fr", 1)
def _(c, i):
    return "Est-ce que la trêve hivernale empêche toutes les expulsions, même si le juge a déjà ordonné la résiliation du bail ? Et la loi Kasbarian-Bergé a changé quoi ?"


@T("clean_chat", "chat_es_general", "es", 1)
def _(c, i):
    if i == 0:
        c.case = "lower"
    return "¿Cómo funciona la Ley de Segunda Oportunidad si tengo deudas con Hacienda y con la Seguridad Social? ¿Se pueden cancelar también?"


@T("clean_chat", "chat_pt_general", "pt", 1, case="lower")
def _(c, i):
    return "quanto tempo o nome fica sujo no serasa depois de pagar a dívida? e o procon pode obrigar o banco a tirar"


@T("clean_chat", "chat_tr_general", "tr", 2)
def _(c, i):
    if i == 0:
        c.case = "lower"
    return [
        "Ev sahibi 5 yılını dolduran kiracıyı hangi durumlarda çıkarabilir? Yargıtay kararlarına göre 'ihtiyaç' nedeniyle tahliye nasıl ispatlanır?",
        "6284 sayılı kanun kapsamında koruma kararı nasıl alınır, avukat tutmak zorunlu mu? ALO 183 hattı da yardım ediyor mu?",
    ][i]


@T("clean_chat", "chat_ro_general", "ro", 1)
def _(c, i):
    return "Cum funcționează insolvența persoanei fizice în România (Legea 151/2015)? Cine e administratorul procedurii și cât costă?"


@T("clean_chat", "chat_uk_general", "uk", 1)
def _(c, i):
    return "Чи можна продовжити тимчасовий захист у Німеччині після березня 2026 року, і що буде з Bürgergeld? Коротко, будь ласка."


@T("clean_chat", "chat_id_general", "id", 1)
def _(c, i):
    if i == 0:
        c.case = "lower"
    return "Apakah UU ITE pasal 27 masih bisa dipakai untuk melaporkan orang yang menjelekkan saya di Instagram? Katanya sudah direvisi tahun 2024."


@T("clean_chat", "chat_hu_general", "hu", 1)
def _(c, i):
    return "Mennyi ideig érvényes egy végrendelet Magyarországon, és kell-e hozzá közjegyző? A Ptk. melyik része szabályozza a kötelesrészt?"


# ================================================================ build and check

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian",
    "el": "Greek", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic",
    "he": "Hebrew", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "vi": "Vietnamese",
    "id": "Indonesian", "tl": "Tagalog/Taglish", "hi": "Hinglish",
}
ROW_KEYS = ["id", "text", "spans", "source", "class", "template", "locale"]


def build():
    """Rows in template order, and each row's language and case."""
    ctx = Ctx(SEED)
    rows, meta = [], {}
    for cls, name, lang, n, fn, case in TEMPLATES:
        for i in range(n):
            ctx.new_row()
            marked = fn(ctx, i)
            row_case = ctx.case or case
            text, spans = unmark(marked, row_case)
            rid = f"{SET}-{cls}-{name}-{i}"
            rows.append({"id": rid, "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
            meta[rid] = (lang, row_case)
    return rows, meta, ctx


def check(rows, meta=None):
    """The brief's assertions; with meta also languages and the PII-free share."""
    ids, texts = set(), set()
    per_template = Counter()
    for r in rows:
        assert list(r) == ROW_KEYS, r["id"]
        assert re.fullmatch(rf"{SET}-[a-z_]+-[a-z0-9_]+-\d+", r["id"]), r["id"]
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        assert r["locale"] == "" and r["source"] == SOURCE
        ids.add(r["id"])
        texts.add(r["text"])
        per_template[r["template"]] += 1
        end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= end, (r["id"], s)
            end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    assert max(per_template.values()) <= 5, per_template.most_common(3)
    assert len(per_template) >= 80, len(per_template)
    if meta is not None:
        langs = Counter(meta[r["id"]][0] for r in rows)
        assert len([k for k in langs if k != "en"]) >= 15, langs
        share = 1 - langs["en"] / len(rows)
        assert 0.35 <= share <= 0.5, share
        clean = sum(r["class"].startswith("clean_") for r in rows)
        assert 0.45 <= clean / len(rows) <= 0.55, clean
    return True


def warnings(rows):
    """Things to look at by eye: a labelled name also found unlabelled in its row."""
    out = []
    for r in rows:
        covered = [(s["start"], s["end"]) for s in r["spans"]]
        for s in r["spans"]:
            if s["type"] != "PERSON":
                continue
            for tok in re.findall(r"\w{3,}", s["value"]):
                for m in re.finditer(rf"(?<!\w){re.escape(tok)}(?!\w)", r["text"]):
                    if not any(a <= m.start() < b for a, b in covered):
                        out.append((r["id"], tok))
    return out


def stats(rows, meta, ctx):
    lines = []
    personal = [r for r in rows if not r["class"].startswith("clean_")]
    lines.append(f"rows {len(rows)}: personal {len(personal)}, PII-free {len(rows) - len(personal)}")
    lines.append("classes: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['class'] for r in rows).items())))
    lines.append("spans: " + ", ".join(f"{k} {v}" for k, v in Counter(s['type'] for r in rows for s in r['spans']).most_common()))
    langs = Counter(meta[r["id"]][0] for r in rows)
    lines.append(f"languages ({len(langs)}): " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    non_en = sum(v for k, v in langs.items() if k != "en")
    lines.append(f"non-English rows {non_en} ({100 * non_en / len(rows):.0f}%)")
    for part, sel in (("personal", personal), ("PII-free", [r for r in rows if r not in personal])):
        lg = Counter(meta[r["id"]][0] for r in sel)
        lines.append(f"  {part}: non-English {sum(v for k, v in lg.items() if k != 'en')} of {len(sel)}")
    cases = Counter(meta[r["id"]][1] for r in rows)
    lines.append(f"lower case {cases['lower']}, CAPITALS {cases['upper']}")
    tpl = Counter(r["template"] for r in rows)
    lines.append(f"templates {len(tpl)} (max rows per template {max(tpl.values())})")
    used_people = {(k, i) for (k, i), n in ctx.used.items() if k.startswith("person:") and n}
    cultures = {POOLS[k.split(':')[1]][i].culture for k, i in used_people}
    lines.append(f"people used {len(used_people)} of {sum(len(v) for v in POOLS.values())}, culture tags {len(cultures)}")
    lengths = [len(r["text"]) for r in rows]
    lines.append(f"text length {min(lengths)}..{max(lengths)}, lines up to {max(r['text'].count(chr(10)) + 1 for r in rows)}")
    return "\n".join(lines)


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="run check() only, write nothing")
    args = ap.parse_args()
    rows, meta, ctx = build()
    check(rows, meta)
    data = dump(rows)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"check ok: {len(rows)} rows; {OUT.name}: {'unchanged' if same else 'differs or missing'}")
        return 0 if same else 1
    OUT.write_text(data, encoding="utf-8")
    print(stats(rows, meta, ctx))
    for rid, tok in warnings(rows):
        print(f"warning: {rid}: '{tok}' also unlabelled", file=sys.stderr)
    print(f"sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}  {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
