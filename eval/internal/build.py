"""Build eval/internal/tune.jsonl: red-team prompts of a company's internal LLM traffic.

Chat UIs, IDE assistants, coding agents, scripts, support and ops bots. Half the rows hold personal
data (labelled), half hold none while being full of names a careless detector would mask.

Every value below was typed by hand. Templates write ⟦TYPE|value⟧ markers; unmark() computes the
offsets, casing a lower-case or CAPITALS row piece by piece.

    python build.py           # writes tune.jsonl and prints counts
    python build.py --check   # rebuilds in memory, runs check(), compares to the file
"""

import base64
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import quote

SET = "internal"
SEED = 61207
OUT = Path(__file__).with_name("tune.jsonl")
SOURCE = f"eval/{SET}/build.py"
N_ROWS = 324
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
CLASSES = [
    "personal_lowercase", "personal_allcaps", "personal_handles", "personal_structured",
    "personal_obfuscated", "personal_addresses", "personal_phones", "personal_work",
    "clean_software", "clean_general", "clean_onecase",
]
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "tr": "Turkish", "ar": "Arabic",
    "hi": "Hindi", "vi": "Vietnamese", "id": "Indonesian", "el": "Greek", "he": "Hebrew",
    "th": "Thai", "sv": "Swedish", "cs": "Czech", "tl": "Tagalog/Taglish",
}


# ---------------------------------------------------------------------------------------------
# markers


def mk(kind, value):
    assert value and value == value.strip() and "⟦" not in value and "⟧" not in value, value
    return f"⟦{kind}|{value}⟧"


def P(v):
    return mk("PERSON", v)


def L(v):
    return mk("LOCATION", v)


def PH(v):
    return mk("PHONE_NUMBER", v)


def EM(v):
    return mk("EMAIL_ADDRESS", v)


def IPA(v):
    return mk("IP_ADDRESS", v)


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


MARK_RE = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def unmark(marked, case="mixed"):
    """Turn a marked text into (text, spans); case each piece on its own so offsets stay right."""
    fn = {"lower": str.lower, "upper": str.upper, "mixed": lambda s: s}[case]
    out, spans, pos, cur = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        lit = fn(marked[pos:m.start()])
        out.append(lit)
        cur += len(lit)
        val = fn(m.group(2))
        spans.append({"start": cur, "end": cur + len(val), "type": m.group(1), "value": val})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(fn(marked[pos:]))
    return "".join(out), spans


def braces(s):
    """'{Flat 2}, {17 Church Street}' -> LOCATION markers (used in the address pool)."""
    return re.sub(r"\{([^{}]+)\}", lambda m: L(m.group(1)), s)


FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i", "þ": "th", "ð": "d", "œ": "oe", "'": "", "’": ""}


def fold(s):
    """ASCII-fold a hand-typed name for handles and e-mail local parts."""
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and not unicodedata.combining(c))


def slug(s, sep=""):
    return sep.join(w for w in re.split(r"[\s\-]+", fold(s).lower()) if w)


# ---------------------------------------------------------------------------------------------
# people, typed by hand: given | family | sex | culture | group | order (gf/fg) | name used alone
# groups: waf, eaf, saf (Africa), arab, me (Turkish, Persian, Kurdish, Pashto, Israeli), sas, sea,
# eas, eeu, lat, weu, ang (UK, IE, US, CA, AU), pac (Maori, Tongan)

PEOPLE_SRC = """
Chidiebere|Okafor|m|Igbo|waf
Ngozi|Eze|f|Igbo|waf
Oluwaseun|Adeyemi|m|Yoruba|waf
Folake|Ogunleye|f|Yoruba|waf
Abubakar|Danjuma|m|Hausa|waf
Hauwa|Bello|f|Hausa|waf
Kwame|Asante|m|Akan|waf
Akosua|Mensah|f|Akan|waf
Mamadou|Diallo|m|Fula|waf
Awa|Ndiaye|f|Wolof|waf
Kofi|Boateng|m|Akan|waf
Adjoa|Owusu|f|Akan|waf
Ibrahima|Sow|m|Fula|waf
Fatoumata|Traoré|f|Bambara|waf
Emeka|Nwachukwu|m|Igbo|waf
Wanjiru|Kamau|f|Kikuyu|eaf
Achieng|Odhiambo|f|Luo|eaf
Kiprono|Rotich|m|Kalenjin|eaf
Abebe|Tesfaye|m|Amharic|eaf
Selamawit|Gebremedhin|f|Tigrinya|eaf
Hodan|Warsame|f|Somali|eaf
Baraka|Mwakyusa|m|Tanzanian|eaf
Nyokabi|Mwangi|f|Kikuyu|eaf
Joseph|Mugisha|m|Ugandan|eaf
Amina|Juma|f|Swahili|eaf
Thandiwe|Mkhize|f|Zulu|saf
Sipho|Ndlovu|m|Ndebele|saf
Lerato|Mokoena|f|Sotho|saf
Tendai|Moyo|m|Shona|saf
Yousef|Al-Masri|m|Palestinian|arab
Layla|Haddad|f|Lebanese|arab
Omar|Benali|m|Algerian|arab
Khadija|El Amrani|f|Moroccan|arab
Mohammed|Al-Qahtani|m|Saudi|arab
Noura|Al-Mutairi|f|Kuwaiti|arab
Tarek|Abdelrahman|m|Egyptian|arab
Rana|Khoury|f|Syrian|arab
Hassan|Jaber|m|Iraqi|arab
Salma|Bouzid|f|Tunisian|arab
Faisal|Al-Zahrani|m|Saudi|arab
Reem|Nasser|f|Jordanian|arab
Priya|Raman|f|Tamil|sas
Arjun|Mehta|m|Gujarati|sas
Ananya|Iyer|f|Tamil|sas
Rahul|Deshpande|m|Marathi|sas
Harpreet|Kaur Gill|f|Punjabi|sas
Gurpreet|Singh Sandhu|m|Punjabi|sas
Farhan|Chowdhury|m|Bangladeshi|sas
Nusrat|Jahan|f|Bangladeshi|sas
Imran|Qureshi|m|Pakistani|sas
Ayesha|Siddiqui|f|Urdu|sas
Dilshan|Perera|m|Sinhala|sas
Tharushi|Wickramasinghe|f|Sinhala|sas
Bishal|Shrestha|m|Nepali|sas
Lakshmi|Venkataraman|f|Tamil|sas
Vikram|Reddy|m|Telugu|sas
Sneha|Nair|f|Malayali|sas
Aditya|Banerjee|m|Bengali|sas
Thị Hạnh|Nguyễn|f|Vietnamese|sea|fg|Hạnh
Văn Minh|Trần|m|Vietnamese|sea|fg|Minh
Thu Trang|Phạm|f|Vietnamese|sea|fg|Trang
Somchai|Wongsawat|m|Thai|sea
Siriporn|Rattanakul|f|Thai|sea
Maria Cristina|Bautista|f|Filipino|sea
Jericho|Villanueva|m|Filipino|sea
Analyn|Macaraeg|f|Filipino|sea
Budi|Santoso|m|Javanese|sea
Dewi|Lestari|f|Indonesian|sea
Farah Nadia|binti Azman|f|Malay|sea|gf|Farah
Ahmad Faiz|bin Rosli|m|Malay|sea|gf|Faiz
Wei Ling|Tan|f|Singaporean|sea|fg|Wei Ling
Sokha|Chea|m|Khmer|sea|fg|Sokha
Jiahui|Chen|f|Chinese|eas|fg
Haoran|Liu|m|Chinese|eas|fg
Seo-yeon|Han|f|Korean|eas|fg
Dong-hyun|Kim|m|Korean|eas|fg
Kenji|Watanabe|m|Japanese|eas
Aoi|Fujimoto|f|Japanese|eas
Ka-yan|Wong|f|Cantonese|eas|fg
Chia-hao|Huang|m|Taiwanese|eas|fg
Katarzyna|Wiśniewska|f|Polish|eeu
Paweł|Zieliński|m|Polish|eeu
Ondřej|Dvořák|m|Czech|eeu
Zuzana|Horváthová|f|Slovak|eeu
Réka|Tóth|f|Hungarian|eeu|fg
Dmitri|Volkov|m|Russian|eeu
Anastasia|Morozova|f|Russian|eeu
Oleksandr|Bondarenko|m|Ukrainian|eeu
Iryna|Tkachenko|f|Ukrainian|eeu
Andrei|Constantinescu|m|Romanian|eeu
Ioana|Dumitrescu|f|Romanian|eeu
Milica|Petrović|f|Serbian|eeu
Luka|Horvat|m|Croatian|eeu
Gintarė|Jankauskienė|f|Lithuanian|eeu
Kristaps|Bērziņš|m|Latvian|eeu
Nikolai|Dimitrov|m|Bulgarian|eeu
Elira|Krasniqi|f|Albanian|eeu
Mart|Kask|m|Estonian|eeu
Valentina|Ospina Arango|f|Colombian|lat
Santiago|Villalobos|m|Mexican|lat
Ximena|Cárdenas|f|Mexican|lat
Fernanda|Oliveira|f|Brazilian|lat
João Pedro|Nascimento|m|Brazilian|lat
Camila|Fuentes|f|Chilean|lat
Mateo|Quispe Huamán|m|Quechua|lat
Lucía|Benítez|f|Argentine|lat
Joaquín|Echeverría|m|Argentine|lat
Guadalupe|Tzul|f|Maya|lat
Thiago|Carvalho|m|Brazilian|lat
Yesenia|Marroquín|f|Guatemalan|lat
Dayana|Rivas|f|Venezuelan|lat
Jürgen|Weißbach|m|German|weu
Anneliese|Brückner|f|German|weu
Kevin|Schulze|m|German|weu
Océane|Marchand|f|French|weu
Thibault|Le Gall|m|Breton|weu
Giacomo|Lo Bianco|m|Sicilian|weu
Chiara|De Luca|f|Italian|weu
Iñigo|Etxeberria|m|Basque|weu
Montserrat|Puig|f|Catalan|weu
Rocío|Jiménez Ortega|f|Spanish|weu
Joana|Ferreira|f|Portuguese|weu
Sanne|Bakker|f|Dutch|weu
Daan|van den Heuvel|m|Dutch|weu
Wout|Peeters|m|Flemish|weu
Astrid|Lindqvist|f|Swedish|weu
Henrik|Sørensen|m|Danish|weu
Ingrid|Haugen|f|Norwegian|weu
Aino|Korhonen|f|Finnish|weu
Dimitris|Papadopoulos|m|Greek|weu
Eleni|Karagianni|f|Greek|weu
Elif|Aydın|f|Turkish|me
Emre|Kılıç|m|Turkish|me
İbrahim|Öztürk|m|Turkish|me
Noa|Ben-Ami|f|Israeli|me
Yonatan|Shapira|m|Israeli|me
Dariush|Farahani|m|Persian|me
Shirin|Ahmadi|f|Persian|me
Zarghuna|Popal|f|Pashto|me
Dilan|Rashid|f|Kurdish|me
Aoife|Ní Chonaill|f|Irish|ang
Ciarán|Ó Briain|m|Irish|ang
Ewan|MacAskill|m|Scottish|ang
Summer|Fielding|f|English|ang
Dawn|Archer|f|English|ang
Miles|Baker|m|English|ang
Faith|Goodwin|f|English|ang
Ivy|Shepherd|f|English|ang
Guy|Mason|m|English|ang
Delroy|Campbell|m|Jamaican|ang
DeShawn|Whitfield|m|African American|ang
Latoya|Brooks|f|African American|ang
Tyler|Kowalczyk|m|US Polish|ang
Bronwyn|Farrelly|f|Australian|ang
Maëlle|Tremblay|f|Québécois|ang
Tama|Ngata|m|Māori|pac
Aroha|Te Rangi|f|Māori|pac
Sione|Fifita|m|Tongan|pac
Mele|Taufahema|f|Tongan|pac
Giulia|Esposito|f|Neapolitan|weu
"""

WORLD = ("waf", "eaf", "saf", "arab", "sas", "sea", "eeu", "lat")


class Person:
    def __init__(self, line):
        parts = line.split("|") + ["", ""]
        self.given, self.family, self.sex, self.tag, self.group = parts[:5]
        self.order = parts[5] or "gf"
        self.call = parts[6] or self.given
        self.key = f"{self.given} {self.family}"

    @property
    def full(self):
        return f"{self.family} {self.given}" if self.order == "fg" else f"{self.given} {self.family}"

    @property
    def first(self):
        """Name a colleague writes alone: the given name (the last given part in Vietnamese)."""
        return self.call

    def local(self, style, n=0):
        """E-mail local part or login built from the hand-typed name."""
        g, f = slug(self.call), slug(re.sub(r"^bin(ti)? ", "", self.family))
        g1 = g[0]
        forms = {
            "g.f": f"{g}.{f}", "gf": f"{g1}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}", "i.f": f"{g1}.{f}",
            "f.i": f"{f}.{g1}", "fi": f"{f}{g1}", "g": g, "gfl": f"{g}{f[0]}", "g-f": f"{g}-{f}",
            "gfn": f"{g1}{f}{n}", "g_fn": f"{g}_{f}{n}", "gfln": f"{g}{f[0]}{n}", "gn": f"{g}{n}",
            "f": f, "fn": f"{f}{n}", "g.fn": f"{g}.{f}{n}",
        }
        return forms[style]

    @property
    def F(self):
        """Full name, marked."""
        return P(self.full)

    @property
    def G(self):
        """Name alone, marked."""
        return P(self.first)

    @property
    def S(self):
        """Surname alone, marked."""
        return P(self.family)

    @property
    def he(self):
        return "she" if self.sex == "f" else "he"

    @property
    def him(self):
        return "her" if self.sex == "f" else "him"

    @property
    def his(self):
        return "her" if self.sex == "f" else "his"

    def camel(self):
        """Windows-style login that keeps its capitals: COkafor."""
        return fold(self.call)[0].upper() + re.sub(r"[\s\-]", "", fold(self.family)).capitalize()


PEOPLE = [Person(x) for x in PEOPLE_SRC.strip().splitlines()]

# people written in their own script: full name in the order a native writer uses, name alone, sex
NATIVE = {
    "ru": [("Смирнова Елена Викторовна", "Елена", "f"), ("Кузнецов Алексей Игоревич", "Алексей", "m"),
           ("Соловьёва Дарья Андреевна", "Дарья", "f"), ("Попов Максим Сергеевич", "Максим", "m")],
    "uk": [("Мельник Оксана Петрівна", "Оксана", "f"), ("Шевчук Тарас Іванович", "Тарас", "m")],
    "ar": [("يوسف الحداد", "يوسف", "m"), ("مريم العلي", "مريم", "f"), ("خالد منصور", "خالد", "m"),
           ("هدى سليمان", "هدى", "f")],
    "zh": [("王思雨", "思雨", "f"), ("刘建华", "建华", "m"), ("陈晓燕", "晓燕", "f"), ("孙浩然", "浩然", "m")],
    "ja": [("佐々木美咲", "佐々木", "f"), ("高橋翔太", "高橋", "m"), ("小林結衣", "小林", "f"),
           ("中村大輔", "中村", "m")],
    "ko": [("박지훈", "지훈", "m"), ("이서연", "서연", "f"), ("정민수", "민수", "m"), ("최유나", "유나", "f")],
    "hi": [("राहुल शर्मा", "राहुल", "m"), ("अंजलि वर्मा", "अंजलि", "f"), ("सुनील यादव", "सुनील", "m")],
    "el": [("Γιώργος Παπαδάκης", "Γιώργος", "m"), ("Μαρία Κωνσταντίνου", "Μαρία", "f")],
    "he": [("אורי לוי", "אורי", "m"), ("מיכל אברהם", "מיכל", "f")],
    "th": [("สมศักดิ์ ใจดี", "สมศักดิ์", "m"), ("นภัสสร ศรีสุข", "นภัสสร", "f")],
}

# ---------------------------------------------------------------------------------------------
# home addresses, typed by hand, each in its country's layout (real small towns; the street
# numbers, flats and postcodes that go with them are made up). First line: country|town|postcode,
# then the lines as posted, {braces} around each LOCATION span.

ADDR_SRC = """
GB|Ludlow|SY8 1AP
{Flat 2}, {17 Corve Street}
{Ludlow}
{Shropshire}
{SY8 1AP}

GB|Mousehole|TR19 6QX
{3 Duck Street}
{Mousehole}
{Penzance}
{TR19 6QX}

GB|Grassington|BD23 5AU
{Ivy Cottage}
{12 Garrs Lane}
{Grassington}
{BD23 5AU}

IE|Kenmare|V93 X2K4
{22 Henry Street}
{Kenmare}
{Co. Kerry}
{V93 X2K4}

US|Stowe|05672
{418 Maple Street}, {Apt 3B}
{Stowe}, {VT} {05672}

US|Bisbee|85603
{1127 Tombstone Canyon Rd}
{Bisbee}, {AZ} {85603}

US|Galena|61036-2214
{206 S Prospect St}, {Unit 4}
{Galena}, {IL} {61036-2214}

US|Ely|55731
{35 E Sheridan St}, {Suite 210}
{Ely}, {MN} {55731}

CA|Canmore|T1W 2K3
{304-1020 Bow Valley Trail}
{Canmore} {AB}  {T1W 2K3}

CA|Baie-Saint-Paul|G3Z 1M6
{57, rue Saint-Jean-Baptiste}, {app. 2}
{Baie-Saint-Paul} ({QC})  {G3Z 1M6}

AU|Beechworth|3747
{Unit 2}, {9 Ford Street}
{Beechworth} {VIC} {3747}

NZ|Akaroa|7520
{14 Rue Jolie}
{Akaroa} {7520}

DE|Mittenwald|82481
{Obermarktstraße 12}
{82481} {Mittenwald}

DE|Quedlinburg|06484
{Steinweg 41}, {2. OG links}
{06484} {Quedlinburg}

AT|Hallstatt|4830
{Seestraße 108}, {Top 3}
{4830} {Hallstatt}

CH|Grindelwald|3818
{Dorfstrasse 21}
{3818} {Grindelwald}

FR|Sarlat-la-Canéda|24200
{12 rue des Consuls}
{24200} {Sarlat-la-Canéda}

FR|Collonges-la-Rouge|19500
{Résidence Les Tilleuls}, {Bât. B}
{4 impasse du Marchadial}
{19500} {Collonges-la-Rouge}

BE|Bouillon|6830
{Rue du Collège 8}, {bte 3}
{6830} {Bouillon}

NL|Giethoorn|8355 AA
{Binnenpad 31}
{8355 AA} {Giethoorn}

ES|Gaucín|29480
{C/ San Juan, 7}, {1º B}
{29480} {Gaucín} ({Málaga})

PT|Óbidos|2510-060
{Rua Direita, 27}, {2.º Esq.}
{2510-060} {Óbidos}

IT|Cefalù|90015
{Via Vittorio Emanuele 41}, {int. 5}
{90015} {Cefalù} {PA}

PL|Szczawnica|34-460
{ul. Zamkowa 4/7}
{34-460} {Szczawnica}

CZ|Český Krumlov|381 01
{Latrán 112}
{381 01} {Český Krumlov}

SE|Färjestaden|386 95
{Strandvägen 3}, {lgh 1102}
{386 95} {Färjestaden}

NO|Røros|7374
{Kjerkgata 7}
{7374} {Røros}

DK|Vordingborg|4760
{Algade 22}, {1. tv.}
{4760} {Vordingborg}

FI|Hamina|49400
{Rautatienkatu 5 B 12}
{49400} {Hamina}

HU|Sárospatak|3950
{Sárospatak}
{Rákóczi út 12.}, {2. em. 4.}
{3950}

RO|Râșnov|505400
{Str. Republicii nr. 44}, {bl. B2}, {ap. 6}
{Râșnov}, {jud. Brașov}, {505400}

GR|Ερμούπολη|841 00
{Αγίου Προκοπίου 14}
{841 00} {Ερμούπολη}, {Σύρος}

TR|Seferihisar|35460
{Sığacık Mah. 2. Sok. No: 8} {D: 4}
{35460} {Seferihisar}/{İzmir}

RU|Мышкин|152830
{ул. Никольская, д. 12}, {кв. 5}
г. {Мышкин}, {Ярославская обл.}
{152830}

UA|Яремче|78500
{вул. Свободи, 15}, {кв. 3}
м. {Яремче}, {Івано-Франківська обл.}
{78500}

IL|ראש פינה|1200000
{רחוב החלוצים 8}
{ראש פינה} {1200000}

MA|Chefchaouen|91000
{12, Derb Sidi Ahmed}
{91000} {Chefchaouen}

EG|سيوة|51711
{١٤ شارع السوق}
{سيوة}، {محافظة مطروح}
{51711}

IN|Bhimtal|263136
{Flat 3B}, {Lakeview Apartments}
{Naini Tal Road}, {near Old Bus Stand}
{Bhimtal}, {Uttarakhand} {263136}

IN|Kasauli|173204
{H. No. 214}, {Upper Mall Road}
{Kasauli}, {Distt. Solan}
{Himachal Pradesh} {173204}

PK|Murree|47150
{House 17, Street 4}, {Kashmir Point Road}
{Murree}, {Punjab} {47150}

LK|Ella|90090
{No. 42, Passara Road}
{Ella} {90090}

VN|Sa Pa|-
{Số 27 Đường Thạch Sơn}, {Phường Cầu Mây}
{Sa Pa}, {Lào Cai}

TH|อำเภอปาย|58130
{99/3 หมู่ 4} {ตำบลเวียงใต้}
{อำเภอปาย} {แม่ฮ่องสอน} {58130}

PH|Sagada|2619
{Blk 4 Lot 12}, {Brgy. Poblacion}
{Sagada}, {Mountain Province} {2619}

ID|Ubud|80571
{Jl. Raya Ubud No. 14}, {RT 02/RW 05}
{Ubud}, {Gianyar}
{Bali} {80571}

MY|Raub|27600
{No. 12, Jalan Tun Razak}
{27600} {Raub}, {Pahang}

JP|西牟婁郡白浜町|649-2211
〒{649-2211}
{和歌山県}{西牟婁郡白浜町}{1821番地}
{ハイツ白浜 203}

KR|평창군|25351
{강원특별자치도} {평창군} {대관령면 올림픽로 15}
{102동 304호} ({25351})

CN|喜洲镇|671005
{云南省大理白族自治州}{大理市}{喜洲镇}
{市坪街27号}  {671005}

NG|Ikire|-
{12 Olowu Street}
{off Iwo Road}
{Ikire}, {Osun State}

GH|Elmina|CC-104-2231
{House No. 7}, {Chapel Square}
{Elmina}, {Central Region}
GPS: {CC-104-2231}

KE|Kilifi|-
{P.O. Box 418-80108}
{Kilifi}

ZA|Greyton|7233
{22 Main Road}
{Greyton}
{7233}

MX|Tepoztlán|62520
{Av. Revolución 12}, {Barrio de San Miguel}
{62520} {Tepoztlán}, {Mor.}

BR|Pirenópolis|72980-000
{Rua do Rosário, 42}, {apto 302}
{Centro}, {Pirenópolis} - {GO}
{72980-000}

AR|San Martín de los Andes|Q8370
{Gral. Roca 817}, {Piso 1 Dto. B}
{Q8370} {San Martín de los Andes}, {Neuquén}

CO|Villa de Leyva|-
{Carrera 9 # 12-35}, {Casa 4}
{Villa de Leyva}, {Boyacá}

CL|Pucón|-
{Calle Ansorena 421}, {Depto. 3}
{Pucón}, {Región de la Araucanía}

PE|Ollantaytambo|-
{Jr. Convención 318}
{Ollantaytambo}, {Cusco}
"""


UNIT_RE = re.compile(r"(Flat|Unit|Apt|Suite|app\.|Top|int\.|bte|lgh|bl\.|ap\.|Piso|Depto|Casa|apto|кв\.|"
                     r"\d+\. ?(OG|tv|em)|\d+\.?º|\d+동)")


class Address:
    def __init__(self, block):
        head, *lines = block.strip().splitlines()
        self.cc, self.town, self.pc = head.split("|")
        self.raw = lines
        self.lines = [braces(x) for x in lines]
        self.key = f"{self.cc}:{self.town}"

    @property
    def vals(self):
        return re.findall(r"\{([^{}]+)\}", "\n".join(self.raw))

    @property
    def street(self):
        """The first span holding a digit that is not the postcode (the street line)."""
        return next((v for v in self.vals if re.search(r"\d", v) and v != self.pc and not UNIT_RE.match(v)),
                    self.vals[0])

    def block(self, prefix="", sep="\n"):
        return sep.join(prefix + x for x in self.lines)

    def oneline(self, sep=", "):
        return sep.join(self.lines)

    @property
    def town_m(self):
        return L(self.town)

    @property
    def pc_m(self):
        return L(self.pc)


ADDRS = [Address(b) for b in ADDR_SRC.strip().split("\n\n")]

# ---------------------------------------------------------------------------------------------
# phones in national format (no country code), typed by hand: country | number

PHONE_SRC = """
GB|07842 319506
GB|0113 287 4419
GB|07519 663 208
IE|087 412 9930
IE|(021) 437 2281
US|(512) 847-2093
US|415.728.3391
US|206-384-7712
CA|(604) 873-2291
AU|0412 387 905
AU|(02) 6248 3317
NZ|021 438 771
DE|0171 4839207
DE|030 84712936
DE|0152 / 2297 4410
AT|0664 381 2274
CH|079 482 31 70
FR|06 42 87 19 33
FR|04 72 18 39 05
BE|0472 18 39 66
NL|06-28391745
NL|020 638 1174
ES|612 384 907
ES|93 487 21 66
PT|912 604 771
IT|347 218 9034
IT|02 8734 1129
PL|603 218 447
CZ|604 918 337
SE|070-394 21 57
NO|412 58 907
DK|28 73 41 90
FI|040 738 2214
RU|8 (916) 284-37-19
UA|067 512 0938
RO|0722 615 904
HU|06 30 427 8815
GR|694 738 2215
TR|0532 461 27 83
IL|052-738-4412
AE|050 916 2237
SA|055 804 3316
EG|0100 725 4418
MA|06 61 38 47 20
NG|0803 517 2264
NG|0706 229 8140
GH|024 381 7756
KE|0712 604819
ZA|082 917 4403
ET|091 138 4271
SN|77 508 14 62
IN|98451 27384
IN|080 2663 1947
PK|0300 7741928
BD|01712-508396
LK|077 318 2964
NP|984-1572038
VN|090 384 27 19
TH|081 629 4470
PH|0917 836 5021
ID|0812-3307-4419
MY|012-736 5184
SG|9734 1826
CN|138 4271 9034
HK|6281 4407
TW|0912 638 457
JP|090-3842-7190
JP|03-5412-8836
KR|010-4827-3916
MX|55 2817 6403
BR|(11) 98372-5104
BR|(62) 99148-2230
AR|11 4829-6617
CO|310 557 2918
CL|9 8316 2745
PE|984 206 173
"""
PHONES = [tuple(x.split("|")) for x in PHONE_SRC.strip().splitlines()]

# dates of birth in the writers' own styles: style | value
DOB_SRC = """
gb|14/03/1988
gb|02/11/1979
gb|27/06/1995
us|11/30/1983
us|04/07/1991
iso|1992-11-08
iso|1986-01-23
iso|2001-09-14
iso|1975-05-30
de|07.09.1965
de|19.12.1990
de|03.04.1982
long|3 May 1979
long|22 August 1968
long|9 January 1999
uslong|March 22, 2001
uslong|October 5, 1972
fr|3 février 1976
es|21 de marzo de 1974
pt|7 de setembro de 1985
it|12 aprile 1990
ja|1992年4月8日
ko|1989년 10월 2일
ru|16.06.1984
compact|19870314
compact|19930805
mf|14MAR1961
mf|02NOV1979
mf|27JUN1995
"""
DOBS = [tuple(x.split("|")) for x in DOB_SRC.strip().splitlines()]

# IDs, check digits worked out once and typed in (check() verifies them)
IDS = {
    "us_ssn": ["512-38-4471", "287-61-9034", "430 72 1658"],
    "uk_nino": ["JT 48 21 93 C", "PR 71 05 38 B"],
    "uk_nhs": ["485 217 9360", "721 049 3859"],
    "es_dni": ["48219376Z", "71038542-Y"],
    "es_nie": ["Y2840917V"],
    "fr_nir": ["2 87 05 69 123 047 11", "192031305514240"],
    "br_cpf": ["284.915.370-23", "730.126.548-44"],
    "pl_pesel": ["87031412389", "95112705620"],
    "nl_bsn": ["319482704", "5720.31.646"],
    "se_pnr": ["880412-9388", "930227-4189"],
    "it_cf": ["SPSGLI91M63C421T"],
}
IBANS = ["DE11 7605 0101 0209 3847 15", "FR76 3000 4028 3700 0147 3920 514", "NL47RABO0318476205",
         "GB71 BARC 2067 1548 3029 17", "BE19 0634 8721 9012"]
CARDS = ["4539 7281 0364 2151", "5528-3410-9876-5431"]
MRNS = ["00482913", "H-2291847"]
# home / office IPs of people (public-looking), typed by hand
IPS = ["81.143.22.17", "86.29.114.203", "2a02:c7c:5e21:8b00::1b4", "94.128.77.41", "177.33.201.9",
       "105.112.48.230", "49.36.190.12"]


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never the same value twice in a row


class Drawer:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = Counter()
        self.row = set()
        self.i = 0

    def start(self, i):
        self.i = i
        self.row = set()

    def _draw(self, kind, items, key):
        cand = [x for x in items if (kind, key(x)) not in self.row]
        assert cand, kind
        low = min(self.used[(kind, key(x))] for x in cand)
        x = self.rng.choice([x for x in cand if self.used[(kind, key(x))] == low])
        self.used[(kind, key(x))] += 1
        self.row.add((kind, key(x)))
        return x

    def person(self, groups=None, sex=None, tags=None, order=None):
        items = [p for p in PEOPLE
                 if (groups is None or p.group in groups) and (sex is None or p.sex == sex)
                 and (tags is None or p.tag in tags) and (order is None or p.order == order)]
        return self._draw("person", items, lambda p: p.key)

    def world(self, sex=None, order=None):
        """A person from West/East/Southern Africa, the Arab world, South or South-East Asia,
        Eastern Europe or Latin America."""
        return self.person(groups=WORLD, sex=sex, order=order)

    def native(self, lang, sex=None):
        items = [x for x in NATIVE[lang] if sex is None or x[2] == sex]
        return self._draw("native", items, lambda x: x[0])

    def addr(self, ccs=None):
        items = [a for a in ADDRS if ccs is None or a.cc in ccs]
        return self._draw("addr", items, lambda a: a.key)

    def phone(self, ccs=None):
        items = [p for p in PHONES if ccs is None or p[0] in ccs]
        return self._draw("phone", items, lambda p: p[1])[1]

    def dob(self, styles=None):
        items = [x for x in DOBS if styles is None or x[0] in styles]
        return self._draw("dob", items, lambda x: x[1])[1]

    def ip(self):
        return self._draw("ip", IPS, lambda x: x)

    def nid(self, kind):
        return self._draw("nid", IDS[kind], lambda x: x)

    def iban(self):
        return self._draw("iban", IBANS, lambda x: x)

    def pick(self, seq):
        return self.rng.choice(seq)

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)

    def email(self, p, domain, style=None):
        style = style or self.pick(["g.f", "gf", "g_fn", "f.g", "gfln", "i.f"])
        return f"{p.local(style, self.num(2, 98))}@{domain}"


CORP = "larkspur.io"
WEBMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "libero.it",
           "wp.pl", "seznam.cz", "mail.ru", "qq.com", "naver.com", "yahoo.co.jp", "rediffmail.com",
           "hotmail.es", "uol.com.br", "bigpond.com", "t-online.de", "free.fr", "icloud.com",
           "proton.me", "yahoo.com", "hotmail.com", "ukr.net"]

TEMPLATES = []


def tpl(cls, name, n, lang="en", case="mixed"):
    """Register a template function; lang and case may be lists (one per row)."""
    def deco(fn):
        TEMPLATES.append((cls, name, n, lang, case, fn))
        return fn
    return deco


def clean(cls, name, texts, lang="en", case="mixed"):
    """Register a PII-free template: one hand-written text a row."""
    TEMPLATES.append((cls, name, len(texts), lang, case, lambda d: texts[d.i]))


# ---------------------------------------------------------------------------------------------
# templates (personal classes first, then the PII-free ones)
# === TEMPLATES ===
# --- personal_lowercase: names typed in lower case, mostly from outside the Anglo world --------


@tpl("personal_lowercase", "standup_notes", 3, case="lower")
def _(d):
    a, b, e = d.world(), d.world(), d.world()
    c = d.world(sex="f")
    if d.i == 0:
        return (f"standup notes from today, turn these into bullets for confluence pls\n"
                f"{a.G} blocked on the payments webhook, waiting on {b.F} for sandbox keys\n"
                f"{c.F} out sick, {b.G} covering her pagerduty\n"
                f"{a.G} and {e.G} pairing on the kafka consumer lag after lunch")
    if d.i == 1:
        return (f"can u clean this up, its from the mobile standup\n"
                f"- {e.G}: finished the expo upgrade, testflight build is up\n"
                f"- {c.F}: still on the flaky cypress tests, asked {a.F} for help\n"
                f"- {b.G}: nothing, was in interviews all day")
    return (f"make this standup summary shorter:\n"
            f"yesterday {a.F} shipped the terraform module for the vpc peering, {b.G} reviewed it. "
            f"{c.G} is handing the billing cron over to {e.F} before she goes on leave friday")


@tpl("personal_lowercase", "refund_reply", 3, case="lower")
def _(d):
    p, agent = d.world(), d.world()
    order = d.num(40000, 99999)
    if d.i == 0:
        return (f"customer {p.F} says the refund for order #{order} never arrived, {p.he}'s emailed 3 times. "
                f"write a short apology and say {agent.G} from billing will call {p.him} back by friday")
    if d.i == 1:
        return (f"draft reply to {p.F}: {p.his} parcel went to the wrong depot, tracking says recieved there on mon, we reshipped tue. "
                f"sign it from {agent.F}, support team")
    return (f"ticket {order}: {p.G} wants to cancel the annual plan but is outside the 14 days. "
            f"{agent.G} already said no once. how do we say no again nicely, offer 2 months free?")


@tpl("personal_lowercase", "meeting_actions", 3, case="lower")
def _(d):
    a, b, c = d.world(order="gf"), d.world(), d.world()
    e = d.world(order="gf")
    if d.i == 0:
        return (f"minutes - infra sync 14 may\nattendees: {a.G}, {b.G}, {c.F}, {e.F}\n"
                f"actions: {a.S} to chase the vendor re ssl renewals, {c.G} + {b.G} own the postgres 16 "
                f"upgrade, {e.S} out till friday so the grafana dashboards slip a week\n"
                f"turn this into an action table with owners")
    if d.i == 1:
        return (f"notes from the vendor call (ugh):\n{a.S} said the sla credit is 'under review'\n"
                f"{b.F} asked for the rca again\n{c.G} to send the contract clause to legal, cc {e.G}\n"
                f"what should our next email say?")
    return (f"1:1 notes w/ {a.F}\n- wants to move to the platform team\n- {b.G} is blocking the transfer\n"
            f"- {e.S} suggested a 3 month rotation\n- follow up with {c.F} in hr\nhelp me write a summary for my manager")


@tpl("personal_lowercase", "thread_summary", 2, case="lower")
def _(d):
    a, c, e = d.world(), d.world(), d.world()
    b = d.world(sex="f")
    if d.i == 0:
        return (f"summarise this thread for me\n[09:14] {a.G}: did anyone give {b.F} access to the finance drive\n"
                f"[09:15] {c.G}: not me, ask {e.G}\n[09:17] {a.G}: {e.G} is on leave, {b.G} says she needs it "
                f"for the audit\n[09:20] {c.G}: ok ill raise a ticket")
    return (f"what did we decide here?\n{a.G}: can we move the release to thursday\n{c.G}: fine by me\n"
            f"{b.G}: i'm off thursday, {e.F} can do the go/no-go\n{a.G}: ok thursday it is")


@tpl("personal_lowercase", "manager_question", 3, case="lower")
def _(d):
    if d.i == 0:
        p, a = d.world(sex="f"), d.addr()
        return (f"how do i tell {p.F} her contract isn't being renewed? she's been with us 4 yrs and "
                f"just moved to {a.town_m} for this job")
    if d.i == 1:
        p, q = d.world(sex="m"), d.world()
        return (f"{p.G} on my team keeps missing standups, his old manager was {q.F}. "
                f"whats a fair way to raise it without making it a whole hr thing")
    p, a, q = d.world(sex="f"), d.addr(), d.world()
    return (f"write a leaving card message for {p.F} from the data team, she's going back to "
            f"{a.town_m} to be near family. {q.G} is collecting for the gift")


@tpl("personal_lowercase", "de_chat", 2, lang="de", case="lower")
def _(d):
    p, q = d.world(sex="m"), d.world()
    if d.i == 0:
        a = d.addr(("DE", "AT", "CH"))
        return (f"kannst du die mail an {p.F} freundlicher formulieren? er ist seit märz in {a.town_m} und wartet "
                f"immer noch auf seinen laptop, {q.G} aus der it hat ihn wohl vergessen")
    r = d.world()
    return (f"fass mir bitte zusammen was {p.G} im call gesagt hat, ich war nicht dabei. "
            f"{q.F} meinte es ging um die versetzung von {r.F} ins team in warschau")


@tpl("personal_lowercase", "es_chat", 2, lang="es", case="lower")
def _(d):
    if d.i == 0:
        p, q, r = d.world(sex="f"), d.world(), d.world()
        return (f"resume este hilo para {p.F}, ella entra mañana al equipo de soporte y todavía no conoce "
                f"a {q.G} ni a {r.F}")
    p, q, a = d.world(), d.world(), d.addr(("MX", "CO", "CL", "AR", "PE", "ES"))
    return (f"ayúdame a contestarle a {p.G}, dice que {q.F} no le aprobó las vacaciones y que se va a "
            f"{a.town_m} el lunes igual. qué le digo sin sonar a rrhh")


@tpl("personal_lowercase", "pt_chat", 2, lang="pt", case="lower")
def _(d):
    if d.i == 0:
        p, q, a = d.world(sex="m"), d.world(sex="m"), d.addr(("BR", "PT"))
        return (f"escreve uma resposta educada pro {p.F}, ele perguntou se pode trabalhar de "
                f"{a.town_m} em julho. o gestor dele é o {q.F}")
    p, q = d.world(sex="f"), d.world(sex="f")
    return (f"a {p.G} pediu pra tirar o nome dela da escala de plantão, quem assume é a {q.F}. "
            f"como aviso o time sem drama?")


@tpl("personal_lowercase", "id_chat", 1, lang="id", case="lower")
def _(d):
    p, q, r = d.world(), d.world(), d.world()
    return (f"tolong bikin ringkasan chat ini ya: {p.G} bilang server staging down lagi, {q.F} lagi cuti "
            f"sampai senin, jadi {r.G} yang pegang deploy minggu ini")


@tpl("personal_lowercase", "fr_chat", 1, lang="fr", case="lower")
def _(d):
    p, q = d.world(sex="f"), d.world()
    return (f"tu peux reformuler ce message pour {p.F} ? elle revient de congé lundi et {q.G} a repris "
            f"ses tickets en attendant, je veux pas qu'elle le prenne mal")


# --- personal_allcaps: names and addresses in CAPITALS -----------------------------------------


def col(marked, raw, width):
    """A marked value followed by the spaces that pad its raw text to a fixed-width column."""
    return marked + " " * max(1, width - len(raw))


@tpl("personal_allcaps", "shipping_label", 3)
def _(d):
    p = d.person()
    if d.i == 0:
        a = d.addr(("GB", "IE", "AU", "NZ", "ZA"))
        return (f"the zebra printer cuts this label off after line 3, can you shorten it to fit 4 lines of "
                f"35 chars without losing anything?\n\nSHIP TO:\n{P(p.full.upper())}\n{a.block().upper()}\n"
                f"TEL {PH(d.phone((a.cc,)))}")
    if d.i == 1:
        a = d.addr(("US", "CA"))
        return (f"Our WMS exports labels like this and the carrier API says 'address line too long'. Which "
                f"field should I split?\n\nDELIVER TO: {P(p.full.upper())}\n{a.oneline().upper()}")
    a = d.addr(("DE", "NL", "BE", "DK", "SE", "NO", "FI", "CZ", "PL"))
    return (f"parse this into JSON (name, street, postcode, city):\n\nEMPFÄNGER / RECIPIENT\n"
            f"{P(p.full.upper())}\n{a.block().upper()}")


@tpl("personal_allcaps", "mainframe_export", 3)
def _(d):
    if d.i == 0:
        head = "EMPNO   SURNAME         FORENAME      NI NUMBER      DOB\n"
        out = []
        for k in range(3):
            p = d.person(order="gf")
            fam, giv = p.family.upper(), p.given.upper()
            ni = d.nid("uk_nino") if k < 2 else None
            dob = d.dob(("mf",))
            out.append(f"{100233 + k * 17:<8}{col(P(fam), fam, 16)}{col(P(giv), giv, 14)}"
                       + (col(NID(ni), ni, 15) if ni else " " * 15) + DOB(dob))
        return ("convert this AS/400 payroll extract to CSV, keep the blank NI number as empty:\n\n"
                + head + "\n".join(out))
    if d.i == 1:
        out = []
        for k in range(3):
            p, a = d.person(order="gf"), d.addr(("GB",) if k else ("IE",))
            fam, giv = p.family.upper(), p.given.upper()
            out.append(f"{col(P(fam), fam, 15)}{col(P(giv), giv, 12)}{col(a.pc_m, a.pc, 10)}"
                       f"{a.town_m.upper()}")
        return ("Why does the COBOL job reject lines 2 and 3 of this member file? Record layout is "
                "SURNAME X(15) GIVEN X(12) POSTCODE X(10) TOWN X(20).\n\n" + "\n".join(out))
    p, q = d.person(order="gf"), d.person(order="gf")
    return ("write a python regex that pulls the name and DOB out of these claim header lines:\n"
            f"CLM0098812 CLAIMANT: {P(p.family.upper())}, {P(p.given.upper())} DOB: {DOB(d.dob(('compact',)))} "
            f"STATUS: PEND\nCLM0098813 CLAIMANT: {P(q.family.upper())}, {P(q.given.upper())} DOB: "
            f"{DOB(d.dob(('compact',)))} STATUS: PAID")


@tpl("personal_allcaps", "shouted_chat", 3, case="upper")
def _(d):
    p, q = d.person(), d.person()
    if d.i == 0:
        return (f"who gave {p.F} prod access?? {q.G} says it was approved but i cant find the ticket "
                f"anywhere. someone explain before the audit")
    if d.i == 1:
        p = d.person(sex="f")
        return (f"urgent: {p.F} cant log in to the vpn and has a client demo at 3. {q.F} is off today. "
                f"can someone reset her mfa or tell me how")
    return (f"can someone tell {p.G} to stop @here-ing the whole channel. third time today. also {q.F} "
            f"still hasnt returned the loaner macbook from march")


@tpl("personal_allcaps", "office_notice", 2, case="upper")
def _(d):
    p, q = d.person(), d.person()
    if d.i == 0:
        return (f"make this notice less harsh: notice - parking bay 14 is reserved for {p.F} until 30 june. "
                f"visitors must sign in with {q.F} at reception. cars in bay 14 will be clamped")
    return (f"fix the grammar on this poster for the kitchen: congratulation {p.F} on 10 years at "
            f"larkspur!! cake at 3pm, the card is with {q.G} on floor 2 sign it before thursday")


@tpl("personal_allcaps", "travel_pnr", 2)
def _(d):
    p, q = d.person(sex="m", order="gf"), d.person(sex="f", order="gf")
    if d.i == 0:
        return ("The travel bot rejected this booking, what's wrong with the name fields?\n"
                f"PAX 1: {P(p.family.upper())}/{P(p.given.upper())} MR\n"
                f"PAX 2: {P(q.family.upper())}/{P(q.given.upper())} MS\n"
                f"DOB PAX 2: {DOB(d.dob(('mf',)))}\nFOID: PP")
    return ("Our expense tool can't match this e-ticket to the employee profile. Why?\n"
            f"NAME: {P(q.family.upper())}/{P(q.given.upper())}MRS\nTKT 2201834917722  LHR-NBO  12JUN\n"
            f"Profile in Concur: {q.F}")


@tpl("personal_allcaps", "de_caps", 2, lang="de")
def _(d):
    if d.i == 0:
        p, q = d.person(tags=("German",)), d.person()
        return (f"Mach das etwas freundlicher:\nACHTUNG: AB MONTAG IST {P(p.full.upper())} FÜR DIE "
                f"SCHLÜSSELAUSGABE ZUSTÄNDIG, NICHT MEHR {P(q.full.upper())}. FRAGEN BITTE AN DURCHWAHL 214.")
    p, a = d.person(order="gf"), d.addr(("DE", "AT", "CH"))
    return (f"Kannst du aus diesem Export eine saubere Tabelle machen?\nNAME: {P(p.family.upper())}, "
            f"{P(p.given.upper())}\nANSCHRIFT: {L(a.street.upper())}, {a.pc_m} {L(a.town.upper())}\n"
            f"GEB.-DATUM: {DOB(d.dob(('de',)))}\nABTEILUNG: LAGER 3")


@tpl("personal_allcaps", "fr_caps", 2, lang="fr")
def _(d):
    if d.i == 0:
        ps = [d.person(order="gf") for _ in range(3)]
        lines = "\n".join(f"{k + 1}. {P(p.family.upper() + ' ' + p.given)}" for k, p in enumerate(ps))
        return f"Remets cette liste d'émargement dans l'ordre alphabétique :\n{lines}"
    p, q = d.person(), d.person()
    return (f"Reformule cet avis, il est trop sec :\nAVIS AUX EMPLOYÉS : LE BADGE DE {P(p.full.upper())} "
            f"A ÉTÉ DÉSACTIVÉ SUITE À SON DÉPART. CONTACTER {P(q.full.upper())} POUR TOUTE QUESTION.")


@tpl("personal_allcaps", "es_caps", 1, lang="es", case="upper")
def _(d):
    p, q = d.person(sex="f"), d.person()
    return (f"corrige la ortografía: urgente el paquete para {p.F} sigue en recepción desde el lunes, "
            f"si alguien la ve que pase por la planta 3. gracias, {q.G}")


@tpl("personal_allcaps", "tr_caps", 1, lang="tr", case="upper")
def _(d):
    p, q = d.person(tags=("Turkish",)), d.person(tags=("Turkish",))
    return (f"BU DUYURUYU DÜZELT: {P(tr_up(p.full))} YARIN İZİNLİ, ACİL İŞLER İÇİN {P(tr_up(q.full))} "
            f"İLE İLETİŞİME GEÇİN. DAHİLİ 4417.")


def tr_up(s):
    """Turkish capitals: i -> İ, ı -> I."""
    return s.replace("i", "İ").replace("ı", "I").upper()


@tpl("personal_allcaps", "ru_caps", 1, lang="ru")
def _(d):
    full, _, _ = d.native("ru", sex="f")
    a = d.addr(("RU",))
    return (f"Переведи на английский и оформи таблицей:\nСОТРУДНИК: {P(full.upper())}\n"
            f"ДАТА РОЖДЕНИЯ: {DOB(d.dob(('ru',)))}\nАДРЕС: {a.oneline().upper()}")


# --- personal_handles: logins and handles built from a person's name ---------------------------


@tpl("personal_handles", "git_blame", 3)
def _(d):
    if d.i == 0:
        a, b, c = d.person(), d.person(), d.person()
        ha, hb, hc = a.local("f.i"), b.local("gf"), c.local("g.f")
        return ("who should I ask about this function? git blame says:\n"
                f"^3f9c21e ({P(ha)} 2025-03-14 10:22:41 +0100 212)     def reconcile(batch):\n"
                f"7a0d4b8e ({P(hb)} 2025-04-02 16:03:10 +0200 213)         if not batch.settled:\n"
                f"7a0d4b8e ({P(hb)} 2025-04-02 16:03:10 +0200 214)             return retry(batch)\n"
                f"c19e22f0 ({P(hc)}  2025-05-09 09:47:55 +0530 215)         ledger.post(batch)")
    if d.i == 1:
        a, b, c = d.person(), d.person(), d.person()
        return ("git shortlog -sn since v4.2 looks like this, are some of these the same person? "
                f"merge them in .mailmap\n    41\t{a.F}\n    17\t{P(a.local('gfn', d.num(2, 99)))}\n"
                f"    12\t{b.F}\n     9\t{P(c.local('g_f'))}\n     3\t{c.F}")
    a, b = d.person(), d.person()
    return (f"Rebase conflict in src/billing/tax.py, both sides touched line 88. `git log -2 --format='%an %ae'`:\n"
            f"{a.F} {EM(d.email(a, CORP, 'g.f'))}\n{P(b.local('fi'))} {EM(b.local('fi') + '@users.noreply.github.com')}\n"
            f"Which commit should win? Ours keeps the rounding fix")


@tpl("personal_handles", "ssh_session", 3)
def _(d):
    a, b = d.person(), d.person()
    ha, hb = a.local("gf"), b.local("f.g")
    if d.i == 0:
        return (f"$ ssh {P(ha)}@bastion-02.corp.{CORP}\n{P(ha)}@bastion-02.corp.{CORP}: Permission denied (publickey).\n"
                f"my key is in /home/{P(hb)}/.ssh/authorized_keys instead of mine, how do I move it without "
                f"breaking {P(hb)}'s access?")
    if d.i == 1:
        return (f"scp keeps failing:\n$ scp q2_report.parquet {P(ha)}@etl-worker-3:/data/inbox/\n"
                f"scp: /data/inbox/q2_report.parquet: Permission denied\nls -ld /data/inbox shows "
                f"drwxr-x--- {P(hb)} analytics. what's the least-bad fix?")
    return (f"Our Ansible inventory adds users like this, why is the second one skipped?\n"
            f"users:\n  - name: {P(ha)}\n    groups: [docker, sre]\n  - name: {P(hb)}\n    groups: [docker]\n"
            f"    state: present")


@tpl("personal_handles", "slack_mentions", 3)
def _(d):
    a, b, c = d.person(), d.person(), d.person()
    if d.i == 0:
        return (f"rewrite this so it sounds less passive aggressive: @{P(a.local('g.f'))} the deploy broke again "
                f"after your merge, @{P(b.local('g'))} already rolled back twice. can we stop merging on fridays")
    if d.i == 1:
        return (f"Turn this Slack export into a timeline:\n{{\"user\": \"{P(a.local('gfn', d.num(2, 99)))}\", "
                f"\"text\": \"<@{P(b.local('i.f'))}> can you check the DLQ?\", \"ts\": \"1715502841.0021\"}}\n"
                f"{{\"user\": \"{P(b.local('i.f'))}\", \"text\": \"on it, cc <@{P(c.local('g_f'))}>\", "
                f"\"ts\": \"1715502990.0140\"}}")
    return (f"who is {P(a.local('fi'))}? they keep getting auto-assigned as reviewer on CODEOWNERS for /infra "
            f"and never respond. the file says:\n/infra/ @platform-team @{P(a.local('fi'))} @{P(c.local('g-f'))}")


@tpl("personal_handles", "ldap_entry", 2)
def _(d):
    p = d.person(order="gf")
    uid = p.local("gf")
    if d.i == 0:
        return (f"why does ldapsearch return this user twice?\n\ndn: uid={P(uid)},ou=people,dc=larkspur,dc=io\n"
                f"uid: {P(uid)}\ncn: {p.F}\nsn: {p.S}\ngivenName: {P(p.given)}\n"
                f"mail: {EM(d.email(p, CORP, 'g.f'))}\ntelephoneNumber: {PH(d.phone())}")
    return (f"Write the ldapmodify LDIF to disable this account:\ndn: uid={P(uid)},ou=contractors,dc=larkspur,dc=io\n"
            f"displayName: {p.F}\nloginShell: /bin/zsh\nhomeDirectory: /home/{P(uid)}")


@tpl("personal_handles", "jira_watchers", 2)
def _(d):
    a, b, c, e = d.person(), d.person(), d.person(), d.person()
    if d.i == 0:
        return ("Jira automation fails on this payload with 'user not found', which one is wrong?\n"
                f"{{\"watchers\": [\"{P(a.local('i.f'))}\", \"{P(b.local('gfl'))}\", \"{P(c.local('f.g'))}\"], "
                f"\"assignee\": \"{P(e.local('gfn', d.num(2, 99)))}\"}}")
    return (f"JQL to find tickets where the reporter left the company: the old accounts are {P(a.local('g.f'))}, "
            f"{P(b.local('gf'))} and {P(c.local('g_f'))}. Reassign them to {P(e.local('i.f'))}")


@tpl("personal_handles", "shell_output", 2)
def _(d):
    a, b = d.person(), d.person()
    if d.i == 0:
        return (f"is this sudoers file safe?\n{P(a.local('gf'))}  ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart nginx\n"
                f"{P(b.local('f.i'))}  ALL=(postgres) /usr/bin/psql\n%sre  ALL=(ALL) ALL")
    return (f"`last -n 3` on db-03, is the second login suspicious?\n"
            f"{col(P(a.local('gf')), a.local('gf'), 10)}pts/0  {col(IPA(d.ip()), '', 1)}Mon May 12 09:14   still logged in\n"
            f"{col(P(b.local('g')), b.local('g'), 10)}pts/1  {IPA(d.ip())} Sun May 11 03:02 - 03:40  (00:38)\n"
            f"reboot    system boot  6.1.0-21-amd64   Sun May 11 02:58")


@tpl("personal_handles", "pr_review", 2)
def _(d):
    a, b, c = d.person(), d.person(), d.person()
    if d.i == 0:
        return (f"summarise the review on PR #4412 and tell me who's blocking: {P(a.local('g-f'))} requested changes "
                f"(\"don't log the raw payload\"), {P(b.local('gfln', d.num(2, 99)))} approved, "
                f"{P(c.local('f'))} left 14 comments about naming")
    return (f"Squash these commits and keep the trailers:\nfix: retry on 429\n\nCo-authored-by: {a.F} "
            f"<{EM(d.email(a, 'users.noreply.github.com', 'gfn'))}>\nCo-authored-by: {b.F} <{EM(d.email(b, CORP, 'g.f'))}>")


@tpl("personal_handles", "windows_event", 1)
def _(d):
    p = d.person()
    return ("This fires every 30 minutes on the file server, what's causing it?\nEvent ID 4625: An account failed "
            f"to log on.\nAccount Name:\t\t{P(p.camel())}\nAccount Domain:\t\tLARKSPUR\nFailure Reason:\t\tUnknown user "
            f"name or bad password.\nWorkstation Name:\tLT-0442\nSource Network Address:\t{IPA(d.ip())}")


@tpl("personal_handles", "de_handles", 2, lang="de")
def _(d):
    a, b = d.person(), d.person()
    if d.i == 0:
        h = a.local("i.f")
        return (f"Warum schlägt der Login für {P(h)} fehl? Im auth.log steht:\nsshd[2231]: pam_unix(sshd:auth): "
                f"authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=vpn-gw user={P(h)}\n"
                f"Bei {P(b.local('i.f'))} klappt es mit demselben Schlüssel.")
    return (f"Formuliere eine kurze Mail an @{P(a.local('g.f'))} und @{P(b.local('gf'))}: ihre Schreibrechte auf "
            f"das Repo infra-live werden am Freitag entzogen, Lesezugriff bleibt.")


@tpl("personal_handles", "ja_handles", 1, lang="ja")
def _(d):
    a, b = d.person(), d.person()
    return (f"このエラーの原因は何ですか？ ユーザー {P(a.local('gf'))} でログインすると「Permission denied」が出ます。"
            f"{P(b.local('g.f'))} さんのアカウントでは問題ありません。")


@tpl("personal_handles", "es_handles", 1, lang="es")
def _(d):
    a = d.person()
    return (f"¿Por qué el job de Jenkins corre como {P(a.local('g.f'))} y no como el usuario de servicio? "
            f"Lo lanzó {a.F} ayer a mano y desde entonces todos los builds salen con su usuario.")


# --- personal_structured: people's data as values in code, data, logs and tool calls -----------

LATIN_ADDR = ("GB", "IE", "US", "CA", "AU", "NZ", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL",
              "CZ", "SE", "NO", "DK", "FI", "RO", "TR", "MA", "MY", "ZA", "MX", "BR", "AR")


@tpl("personal_structured", "python_dict", 2)
def _(d):
    p = d.person()
    if d.i == 0:
        a = d.addr(LATIN_ADDR)
        return ("this raises KeyError: 'phone', why? i thought .get was the default\n\n"
                f"customer = {{\n    \"name\": \"{p.F}\",\n    \"email\": \"{EM(d.email(p, d.pick(WEBMAIL)))}\",\n"
                f"    \"address\": {{\"line1\": \"{L(a.street)}\", \"city\": \"{a.town_m}\", "
                f"\"postcode\": \"{a.pc_m}\"}},\n}}\n"
                "print(customer[\"phone\"])")
    return ("Refactor this into a dataclass and mask the PAN in __repr__:\n\npayment = {\n"
            f"    'cardholder': '{p.F}',\n    'pan': '{CARD(CARDS[0])}',\n    'exp': '09/27',\n"
            f"    'billing_zip': '{L(d.addr(('US',)).pc)}',\n}}")


@tpl("personal_structured", "js_fixture", 2)
def _(d):
    p = d.person(order="gf")
    if d.i == 0:
        return ("the jest snapshot fails after the date-fns upgrade, here's the fixture:\n\nconst user = {\n"
                f"  firstName: '{P(p.given)}',\n  lastName: '{p.S}',\n  phone: '{PH(d.phone())}',\n"
                f"  email: '{EM(d.email(p, d.pick(WEBMAIL)))}',\n  birthDate: new Date('{DOB(d.dob(('iso',)))}'),\n}};")
    q = d.person()
    return ("Why does this React component render the second name as undefined?\n\n"
            f"const members = [{{ id: 1, name: \"{p.F}\" }}, {{ id: 2, fullName: \"{q.F}\" }}];\n"
            "members.map(m => <li key={m.id}>{m.name}</li>)")


@tpl("personal_structured", "java_builder", 1)
def _(d):
    p = d.person()
    return ("SonarQube flags this test as 'hard-coded personal data', how do I move it to a fixture file?\n\n"
            f"Customer c = Customer.builder()\n    .fullName(\"{p.F}\")\n"
            f"    .email(\"{EM(d.email(p, d.pick(WEBMAIL)))}\")\n"
            f"    .birthDate(LocalDate.parse(\"{DOB(d.dob(('iso',)))}\"))\n    .build();")


@tpl("personal_structured", "go_struct", 1)
def _(d):
    p, a = d.person(), d.addr(LATIN_ADDR)
    return ("golangci-lint says 'composite literal uses unkeyed fields' on the second one, fix both:\n\n"
            f"u1 := User{{Name: \"{p.F}\", Phone: \"{PH(d.phone((a.cc,)))}\", City: \"{a.town_m}\"}}\n"
            f"u2 := User{{\"{d.person().F}\", \"{PH(d.phone())}\", \"{d.addr(LATIN_ADDR).town_m}\"}}")


@tpl("personal_structured", "sql_insert", 2, lang=["en", "fr"])
def _(d):
    if d.i == 0:
        p, a = d.person(order="gf"), d.addr(("US",))
        return ("this fails with 'duplicate key value violates unique constraint employees_ssn_key', but "
                "the table is empty?\n\nINSERT INTO payroll.employees (first_name, last_name, ssn, dob, zip)\n"
                f"VALUES ('{P(p.given)}', '{p.S}', '{SSN(d.nid('us_ssn'))}', '{DOB(d.dob(('iso',)))}', '{a.pc_m}');")
    p = d.person(sex="m", order="gf")
    return ("Pourquoi cette requête plante avec « value too long for type character varying(15) » ?\n\n"
            "INSERT INTO clients (nom, prenom, nir, iban)\n"
            f"VALUES ('{p.S}', '{P(p.given)}', '{NID(IDS['fr_nir'][1])}', '{IBAN(IBANS[1])}');")


@tpl("personal_structured", "sql_where", 2, lang=["en", "es"])
def _(d):
    p = d.person(order="gf")
    if d.i == 0:
        return ("optimise this, it does a seq scan on 40M rows:\n\nSELECT id, status FROM support.tickets\n"
                f"WHERE requester_email = '{EM(d.email(p, d.pick(WEBMAIL)))}'\n"
                f"   OR requester_phone = '{PH(d.phone())}'\nORDER BY created_at DESC;")
    return ("¿Por qué esta consulta no devuelve filas si el socio existe?\n\n"
            f"SELECT id FROM socios\nWHERE apellidos = '{p.S}' AND nombre = '{P(p.given)}'\n"
            f"  AND dni = '{NID(d.nid('es_dni'))}';")


@tpl("personal_structured", "yaml_oncall", 2)
def _(d):
    a, b = d.person(), d.person()
    if d.i == 0:
        return ("PagerDuty import rejects this, what's invalid?\n\noncall:\n  primary:\n"
                f"    name: {a.F}\n    phone: \"{PH(d.phone())}\"\n  secondary:\n    name: {b.F}\n"
                f"    phone: {PH(d.phone())}\n  escalation: {EM(d.email(a, CORP, 'g.f'))}")
    return ("helm template fails with 'mapping values are not allowed here':\n\nalertmanager:\n  receivers:\n"
            f"    - name: db-team\n      email_configs:\n        - to: {EM(d.email(a, CORP, 'i.f'))}\n"
            f"        - to: {EM(d.email(b, CORP, 'g.f'))}\n      # owner: {a.F}: ask before changing")


@tpl("personal_structured", "json_body", 2, lang=["en", "pt"])
def _(d):
    if d.i == 0:
        p, a = d.person(), d.addr(("DE", "NL", "BE", "FR", "GB"))
        return ("POST /v2/payouts returns 422 for this body, which field is wrong?\n\n"
                f"{{\"beneficiary\": {{\"name\": \"{p.F}\", \"iban\": \"{IBAN(d.iban())}\", "
                f"\"address\": \"{a.oneline()}\"}}, \"amount\": 1250.00, \"currency\": \"EUR\"}}")
    p = d.person(tags=("Brazilian",))
    return ("Esse JSON do cadastro tá dando erro de validação no campo nascimento, o que tem de errado?\n\n"
            f"{{\"nome\": \"{p.F}\", \"cpf\": \"{NID(d.nid('br_cpf'))}\", \"nascimento\": \"{DOB(d.dob(('gb',)))}\", "
            f"\"celular\": \"{PH(d.phone(('BR',)))}\"}}")


@tpl("personal_structured", "csv_semicolon", 2, lang="de")
def _(d):
    lines = []
    for _k in range(2):
        p, a = d.person(order="gf"), d.addr(("DE", "AT", "CH", "NL", "DK", "NO", "CZ", "PL"))
        lines.append(f"{p.S};{P(p.given)};{DOB(d.dob(('de',)))};{L(a.street)};{a.pc_m};{a.town_m}")
    if d.i == 0:
        return ("Beim Import in Excel verrutschen die Spalten, was ist falsch?\n"
                "Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort\n" + "\n".join(lines))
    return ("Schreib mir ein pandas-Snippet, das diese Datei einliest und das Geburtsdatum als Datum parst:\n"
            "name;vorname;geb;strasse;plz;ort\n" + "\n".join(lines))


@tpl("personal_structured", "tsv_export", 1)
def _(d):
    a, b = d.person(), d.person()
    return ("clean up this TSV from the HR system, the tabs got mangled in row 2:\nemp_id\tname\tmobile\tstart\n"
            f"1042\t{a.F}\t{PH(d.phone())}\t2023-02-01\n1043  {b.F}    {PH(d.phone())}\t2024-11-18")


@tpl("personal_structured", "xml_record", 1)
def _(d):
    p = d.person(order="gf")
    return (f"write an XSLT that flattens this into one CSV line:\n<customer id=\"7781\">\n  <name><given>{P(p.given)}"
            f"</given><family>{p.S}</family></name>\n  <email>{EM(d.email(p, d.pick(WEBMAIL)))}</email>\n"
            f"  <dob>{DOB(d.dob(('iso',)))}</dob>\n</customer>")


@tpl("personal_structured", "log_kv", 2)
def _(d):
    p = d.person()
    if d.i == 0:
        a = d.addr(("GB",))
        return ("why is this warning firing for valid UK postcodes?\n2025-05-12T09:14:22Z level=warn svc=checkout "
                f"msg=\"address validation failed\" user_email={EM(d.email(p, d.pick(WEBMAIL)))} "
                f"ship_postcode=\"{a.pc_m}\" client_ip={IPA(d.ip())}")
    return ("Loki query to count these per user per hour?\nts=2025-05-12T22:41:07Z level=info svc=auth "
            f"user=\"{p.F}\" phone={PH(d.phone())} action=otp_resend attempts=6 src_ip={IPA(d.ip())}")


@tpl("personal_structured", "git_log", 1)
def _(d):
    a, b = d.person(), d.person()
    return (f"write release notes from this:\ncommit 9e1f0c2d7b3a\nAuthor: {a.F} <{EM(d.email(a, CORP, 'g.f'))}>\n"
            f"Date:   Tue May 13 17:02:11 2025 +0530\n\n    fix: handle null phone in sms sender\n\n"
            f"    Co-authored-by: {b.F} <{EM(d.email(b, d.pick(WEBMAIL), 'gfln'))}>")


@tpl("personal_structured", "tool_call", 2)
def _(d):
    p = d.person()
    if d.i == 0:
        a = d.addr(LATIN_ADDR)
        return ("the agent called the tool like this and the CRM rejected it, what's wrong with the arguments?\n"
                f"{{\"name\": \"create_contact\", \"arguments\": {{\"full_name\": \"{p.F}\", "
                f"\"email\": \"{EM(d.email(p, d.pick(WEBMAIL)))}\", \"phone\": \"{PH(d.phone((a.cc,)))}\", "
                f"\"city\": \"{a.town_m}\"}}}}")
    return ("Our support bot produced this function call. Why did it pass the date of birth as a string?\n"
            f"book_callback(customer=\"{p.F}\", phone=\"{PH(d.phone())}\", dob=\"{DOB(d.dob(('long', 'uslong')))}\", "
            "reason=\"card declined twice\")")


@tpl("personal_structured", "http_headers", 1)
def _(d):
    p = d.person()
    return (f"which of these headers should the gateway strip before logging?\nPOST /api/v1/profile HTTP/1.1\n"
            f"Host: api.{CORP}\nX-Forwarded-For: {IPA(d.ip())}\nX-User-Email: {EM(d.email(p, CORP, 'g.f'))}\n"
            f"X-User-Name: {p.F}\nContent-Type: application/json")


@tpl("personal_structured", "id_checks", 4, lang=["pl", "sv", "it", "nl"])
def _(d):
    if d.i == 0:
        p = d.person(sex="m", tags=("Polish", "Czech", "Slovak", "Ukrainian", "Lithuanian", "Latvian"))
        return (f"Napisz walidator PESEL w Pythonie i sprawdź go na tym rekordzie z eksportu kadr:\n"
                f"{p.S};{P(p.given)};{NID(IDS['pl_pesel'][0])};{DOB('1987-03-14')}")
    if d.i == 1:
        p = d.person(sex="f", tags=("Swedish", "Finnish", "Norwegian", "Danish", "Somali"))
        return (f"Varför underkänner formuläret personnumret? Jag har kollat Luhn för hand.\n"
                f"namn: {p.F}\npersonnummer: {NID(IDS['se_pnr'][0])}\nadress: {d.addr(('SE',)).oneline()}")
    if d.i == 2:
        p = d.person(tags=("Neapolitan",))
        return (f"Scrivi una regex per il codice fiscale e provala su questo record: nome {P(p.given)}, "
                f"cognome {p.S}, CF {NID(IDS['it_cf'][0])}, nata a {L('Cefalù')} il {DOB('23/08/1991')}")
    p = d.person(tags=("Dutch", "Flemish"), sex="m")
    return (f"Schrijf een elfproef-check in TypeScript en test hem op deze regel uit de salarisadministratie:\n"
            f"{{\"naam\": \"{p.F}\", \"bsn\": \"{NID(IDS['nl_bsn'][1])}\", \"iban\": \"{IBAN(IBANS[2])}\"}}")


# --- personal_obfuscated: e-mails and phones written to dodge filters --------------------------

EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DE_DIGITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]


def spoken(number, words, oh=False):
    """A phone read out digit by digit, groups kept: '0412 387' -> 'oh four one two, three eight seven'."""
    groups = [g for g in re.split(r"[\s\-/.()]+", number) if g]
    said = [" ".join(("oh" if oh and c == "0" else words[int(c)]) for c in g) for g in groups]
    return ", ".join(said)


def b64(s):
    return base64.b64encode(s.encode()).decode()


@tpl("personal_obfuscated", "spelled_out", 3)
def _(d):
    p = d.person()
    if d.i == 0:
        dom = d.pick(["gmail.com", "outlook.com", "yahoo.com"])
        return (f"the contact form bot keeps saying my email is invalid, i typed "
                f"{EM(p.local('g.f').replace('.', ' dot ') + ' at ' + dom.replace('.', ' dot '))} "
                f"like it says on my old business card. what format does it want")
    if d.i == 1:
        dom = d.pick(["hotmail.com", "icloud.com", "proton.me"])
        return (f"From the intake chat, please create the lead: 'hi its {p.F}, pls email me on "
                f"{EM(p.local('g_f').replace('_', ' underscore ') + ' at ' + dom.replace('.', ' dot '))} not the "
                f"work one, they read everything'")
    fam = slug(p.family)
    return (f"Turn this voicemail transcript into a ticket: \"hi it's {p.F}, my email is {EM(slug(p.first) + ' at ' + fam + ' dot co dot uk')}, "
            f"account's under {P(p.family.upper())}, call back on {PH(spoken(d.phone(('GB',)), EN_DIGITS, True))}\"")


@tpl("personal_obfuscated", "bracket_at", 2)
def _(d):
    p = d.person()
    dom = d.pick(["proton.me", "gmx.de", "outlook.com", "yahoo.co.uk"])
    if d.i == 0:
        e = p.local("i.f").replace(".", "[dot]") + "[at]" + dom.replace(".", "[dot]")
        return (f"Our forum signature filter misses this, write a regex that catches it:\n"
                f"-- {p.F} | contact: {EM(e)}")
    e = p.local("gfn", d.num(2, 99)) + " (at) " + dom.replace(".", " (dot) ")
    return (f"Scrape report from the partner portal, why didn't the e-mail column parse?\n"
            f"| contact | email |\n|---|---|\n| {p.F} | {EM(e)} |")


@tpl("personal_obfuscated", "url_encoded", 2)
def _(d):
    p = d.person()
    e = d.email(p, d.pick(WEBMAIL))
    if d.i == 0:
        return (f"decode this for me and tell me which list it is: "
                f"/unsubscribe?email={EM(quote(e))}&list=weekly-digest&sig=8f2c1a")
    return (f"The redirect double-encodes the address, how do I stop it?\n"
            f"Location: https://app.{CORP}/verify?to={EM(quote(quote(e)))}&token=XXXX")


@tpl("personal_obfuscated", "base64_email", 2)
def _(d):
    p = d.person()
    e = d.email(p, d.pick(WEBMAIL))
    if d.i == 0:
        return (f"the webhook sends this header, is it base64? what's in it and should we log it?\n"
                f"X-Customer-Ref: {EM(b64(e))}")
    return (f"Why does our session cookie hold this? uid={EM(b64(e))}; Path=/; HttpOnly; SameSite=Lax")


@tpl("personal_obfuscated", "spaced_digits", 2)
def _(d):
    p = d.person(sex="f")
    n = d.phone(("GB", "IE", "AU", "IN", "ZA", "NG", "KE", "PH"))
    if d.i == 0:
        spaced = "  ".join(" ".join(g) for g in n.split())
        return (f"{p.F} typed her number like this to get past the chat filter: {PH(spaced)}. "
                f"normalise it for the CRM")
    dotted = ".".join(re.sub(r"\D", "", n))
    return (f"Customer wrote their mobile as {PH(dotted)} in the feedback box, is that a valid number? "
            f"Name on the account is {p.F}")


@tpl("personal_obfuscated", "words_digits", 2)
def _(d):
    p = d.person()
    n = d.phone(("GB", "AU", "US", "IE", "NZ", "CA"))
    if d.i == 0:
        return (f"speech-to-text gave us this, convert to digits: 'my number is {PH(spoken(n, EN_DIGITS, True))}, "
                f"ask for {p.G}'")
    return (f"summarise the call note: customer {p.F} can be reached on {PH(spoken(n, EN_DIGITS))} after six, "
            f"prefers whatsapp")


@tpl("personal_obfuscated", "de_obf", 2, lang="de")
def _(d):
    p = d.person()
    if d.i == 0:
        e = f"{slug(p.first)} punkt {slug(p.family)} ät gmx punkt de"
        return (f"Kontaktdaten aus dem Forum, kannst du daraus einen vCard-Eintrag machen? {p.F}, {EM(e)}")
    n = d.phone(("DE",))
    return (f"Die Spracherkennung hat die Rückrufnummer so notiert: {PH(spoken(n, DE_DIGITS))}. "
            f"Bitte als Ziffern, ist für {p.F}.")


@tpl("personal_obfuscated", "fr_obf", 1, lang="fr")
def _(d):
    p = d.person(sex="m")
    e = f"{slug(p.first)}.{slug(p.family)} arobase orange point fr"
    return f"Le client a écrit son adresse comme ça dans le chat : {EM(e)}. Tu peux la remettre au bon format pour {p.F} ?"


@tpl("personal_obfuscated", "es_obf", 1, lang="es")
def _(d):
    p = d.person()
    e = f"{slug(p.first)}{slug(p.family)} arroba hotmail punto es"
    return f"El bot no reconoce este correo: {EM(e)}. Es de {p.F}, ¿cómo lo normalizo en el formulario?"


@tpl("personal_obfuscated", "ru_obf", 1, lang="ru")
def _(d):
    p = d.person(groups=("eeu",), sex="m")
    e = f"{p.local('gf')} собака mail точка ru"
    return f"Клиент {p.F} написал в чат: «пишите на {EM(e)}». Как это распознать регуляркой?"


@tpl("personal_obfuscated", "pt_obf", 1, lang="pt")
def _(d):
    p = d.person(sex="m")
    e = f"{p.local('g_f')} arroba uol ponto com ponto br"
    return f"O cliente {p.F} mandou o e-mail assim no WhatsApp: {EM(e)}. Coloca no formato certo pra eu cadastrar?"


@tpl("personal_obfuscated", "html_entities", 1)
def _(d):
    p = d.person()
    e = d.email(p, d.pick(WEBMAIL)).replace("@", "&#64;").replace(".", "&#46;")
    return (f"Is this enough to stop scrapers on the team page?\n<p>{p.F}, account manager &middot; "
            f"<a href=\"mailto:{EM(e)}\">email me</a></p>")


# --- personal_addresses: postal addresses as people paste them ---------------------------------


@tpl("personal_addresses", "quoted_block", 3)
def _(d):
    p = d.person()
    if d.i == 0:
        a = d.addr(("GB", "IE", "NZ", "ZA", "AU"))
        return (f"Customer replied with a new delivery address, update order 55120 and draft the confirmation:\n"
                f"> Hi, please send it here instead:\n> {p.F}\n{a.block('> ')}\n> Thanks!")
    if d.i == 1:
        a = d.addr(("NG", "GH", "KE", "LK", "PK", "MY", "PH", "ID", "VN", "MX", "CL", "PE"))
        return (f"Is this address complete enough for DHL? The customer pasted it in the chat:\n"
                f"> {p.F}\n{a.block('> ')}")
    a = d.addr(("IT", "ES", "PT", "RO", "HU", "FI", "SE", "DK"))
    return (f"Our partner in Milan forwarded this, normalise it for the shipping API but keep the lines as written:\n"
            f">> Destinatario: {p.F}\n{a.block('>> ')}")


@tpl("personal_addresses", "bullet_block", 2)
def _(d):
    p = d.person(sex="f")
    a = d.addr(("MX", "AR", "CO", "CL", "PE", "BR", "TR", "MA")) if d.i == 0 else d.addr(("ID", "VN", "TH", "PH"))
    bullet = "- " if d.i == 0 else "• "
    return (f"Which of these lines go into address_line1 / line2 / city / region in our checkout form? "
            f"{p.F} sent her address as:\n{a.block(bullet)}")


@tpl("personal_addresses", "postcode_alone", 3)
def _(d):
    if d.i == 0:
        a = d.addr(("US",))
        return (f"the store locator asked for my zip so i typed {a.pc_m} and it says invalid. it's a real zip, "
                f"i've lived here 6 years")
    if d.i == 1:
        a = d.addr(("IE",))
        return (f"my eircode is {a.pc_m}, does the courier integration even support eircodes or should I put "
                f"the town instead?")
    a = d.addr(("IN",))
    return f"Customer says: 'my pin code is {a.pc_m}, why is the checkout showing not serviceable?' What do I reply?"


@tpl("personal_addresses", "apt_suite", 2)
def _(d):
    p = d.person()
    a = d.addr(("US",))
    if d.i == 0:
        return (f"Normalise this for the USPS address API, the customer typed it all in one box:\n"
                f"{p.F} {a.oneline(' ')}")
    return (f"Our CRM stored this as line1, should the unit move to line2? Record for {p.F}:\n"
            f"line1: {a.lines[0]}\nline2:\ncity/state/zip: {a.lines[1]}")


@tpl("personal_addresses", "relocation", 4)
def _(d):
    if d.i == 0:
        full, _, _ = d.native("he")
        a = d.addr(("IL",))
        return (f"Payroll needs the new home address in separate fields (street, city, postcode). The employee "
                f"wrote:\n\"{P(full)}\n{a.block()}\"\nKeep the Hebrew as it is, just split it.")
    if d.i == 1:
        full, _, _ = d.native("el")
        a = d.addr(("GR",))
        return f"Relocation claim: is this address complete enough for the tax form?\n{P(full)}\n{a.block()}"
    if d.i == 2:
        p = d.person()
        hist = [d.addr(("NG", "GH", "KE", "MA", "PK", "LK")) for _ in range(3)]
        return ("The background-check vendor says these previous addresses are 'unverifiable'. Reformat them as "
                f"line1 / city / region / postcode / from-to:\n2016-2018: {hist[0].oneline()}\n"
                f"2018-2021: {hist[1].oneline()}\n2021-now: {hist[2].oneline()}\nCandidate: {p.F}")
    full, _, _ = d.native("uk")
    home, mail = d.addr(("UA",)), d.addr(("VN", "PH", "ID", "MX", "CL", "PE"))
    return (f"The expense tool shows two addresses for {P(full)}, which one should the courier use for the "
            f"laptop return?\nhome: {home.oneline()}\nmailing: {mail.oneline()}")


@tpl("personal_addresses", "de_address", 2, lang="de")
def _(d):
    p, a = d.person(), d.addr(("DE", "AT", "CH"))
    if d.i == 0:
        return (f"Bitte prüf die Lieferadresse, der Paketdienst meldet 'Adresse unbekannt':\n{p.F}\n{a.block()}\n"
                f"Stimmt die Reihenfolge so?")
    return (f"Schreib die Adresse für das Formular in einzelne Felder (Straße, Hausnummer, PLZ, Ort): "
            f"{p.F}, {a.oneline()}")


@tpl("personal_addresses", "fr_address", 1, lang="fr")
def _(d):
    p, a = d.person(), d.addr(("FR",))
    return (f"Le client a envoyé ça, est-ce que le format est bon pour La Poste ou il manque une ligne ?\n"
            f"{p.F}\n{a.block()}")


@tpl("personal_addresses", "ja_address", 1, lang="ja")
def _(d):
    full, _, _ = d.native("ja")
    a = d.addr(("JP",))
    return f"この住所を英語表記に直してください。\n{a.block()}\n{P(full)} 様"


@tpl("personal_addresses", "ko_address", 1, lang="ko")
def _(d):
    full, _, _ = d.native("ko")
    a = d.addr(("KR",))
    return f"배송지 주소를 영문으로 바꿔 주세요.\n받는 사람: {P(full)}\n주소: {a.oneline(' ')}"


@tpl("personal_addresses", "zh_address", 1, lang="zh")
def _(d):
    full, _, _ = d.native("zh")
    a = d.addr(("CN",))
    return f"帮我把这个收件地址翻译成英文，格式按国际快递的写法：\n收件人：{P(full)}\n地址：{a.oneline('')}"


@tpl("personal_addresses", "ru_address", 1, lang="ru")
def _(d):
    full, _, _ = d.native("ru", sex="m")
    a = d.addr(("RU",))
    return f"Проверь, правильно ли оформлен адрес для отправки:\n{a.block()}\nПолучатель: {P(full)}"


@tpl("personal_addresses", "br_address", 1, lang="pt")
def _(d):
    p, a = d.person(tags=("Brazilian",)), d.addr(("BR",))
    return (f"O cliente mandou o endereço assim, dá pra separar em campos pro formulário (logradouro, número, "
            f"complemento, bairro, cidade, UF, CEP)?\n{p.F}\n{a.block()}")


@tpl("personal_addresses", "ar_address", 1, lang="ar")
def _(d):
    full, _, _ = d.native("ar", sex="f")
    a = d.addr(("EG",))
    return f"ترجم هذا العنوان إلى الإنجليزية لبوليصة الشحن:\nالمستلمة: {P(full)}\n{a.block()}"


@tpl("personal_addresses", "in_address", 1)
def _(d):
    p, a = d.person(tags=("Tamil", "Marathi", "Telugu", "Malayali", "Bengali", "Gujarati")), d.addr(("IN",))
    return (f"Courier keeps returning this parcel as 'incomplete address'. What's missing?\n{p.F}\n{a.block()}\n"
            f"Ph: {PH(d.phone(('IN',)))}")


# --- personal_phones: national numbers without a country code ----------------------------------


@tpl("personal_phones", "signature", 3)
def _(d):
    p = d.person()
    if d.i == 0:
        cc = d.pick(["GB", "AU", "IE"])
        return (f"Reply to this and keep the signature intact:\n> Thanks, we'll be on site Thursday.\n> --\n"
                f"> {p.F}\n> Field Operations Lead\n> Mob: {PH(d.phone((cc,)))}\n> Office: {PH(d.phone((cc,)))}")
    if d.i == 1:
        cc = d.pick(["US", "CA"])
        return (f"Extract the contact into a vCard:\n{p.F} | Solutions Engineer\nc. {PH(d.phone((cc,)))} | "
                f"{EM(d.email(p, CORP, 'g.f'))}")
    return (f"shorten this email signature to two lines:\nKind regards / Mit freundlichen Grüßen\n{p.F}\n"
            f"Customer Success, DACH\nT {PH(d.phone(('DE', 'AT', 'CH')))}\nM {PH(d.phone(('DE', 'AT', 'CH')))}")


@tpl("personal_phones", "no_phone_word", 3)
def _(d):
    if d.i == 0:
        a, b, c = d.person(), d.person(), d.person()
        return (f"turn this into a markdown table (name, number, country guess):\n{a.F} {PH(d.phone())}\n"
                f"{b.F} {PH(d.phone())}\n{c.F}  {PH(d.phone())}")
    if d.i == 1:
        p = d.person()
        return (f"The dialer won't take {PH(d.phone(('PH', 'ID', 'VN', 'TH', 'MY')))} for {p.F}, is it a mobile "
                f"or a landline and what prefix is missing?")
    a, b, c = d.person(), d.person(), d.person()
    return (f"on-call rota for the long weekend, check nobody's doubled up:\nsat  {a.G} {PH(d.phone())}\n"
            f"sun  {b.G} {PH(d.phone())}\nmon  {c.G} {PH(d.phone())}\ntue  {a.G} again")


@tpl("personal_phones", "extension", 2)
def _(d):
    p = d.person()
    if d.i == 0:
        return (f"The IVR transfers to the wrong desk. Directory entry: {p.F}, Payroll, "
                f"{PH(d.phone(('US',)) + ' x214')}. How should the extension be stored?")
    return (f"Split this into number and extension for Twilio: {p.F} - {PH(d.phone(('GB',)) + ' ext. 3381')}")


@tpl("personal_phones", "sms_log", 2)
def _(d):
    if d.i == 0:
        return ("Why did the second one fail? SMS gateway log:\n"
                f"2025-05-12 09:14:02 to={PH(d.phone(('NG', 'KE', 'GH')))} status=DELIVERED template=otp\n"
                f"2025-05-12 09:14:09 to={PH(d.phone(('ZA', 'ET', 'SN')))} status=FAILED err=21614 template=otp\n"
                f"2025-05-12 09:15:40 to={PH(d.phone(('EG', 'MA')))} status=DELIVERED template=otp")
    p = d.person()
    return (f"Summarise what went wrong for this customer:\n[sms-out] {p.F} {PH(d.phone(('IN', 'PK', 'BD')))} "
            f"'Your code is 481 220'\n[sms-out] {p.F} {PH(d.phone(('LK', 'NP')))} 'Your code is 907 315'\n"
            f"[support] customer says neither number is theirs")


@tpl("personal_phones", "de_phone", 2, lang="de")
def _(d):
    p = d.person(sex="f")
    if d.i == 0:
        return (f"Ruf bitte {p.F} zurück, {PH(d.phone(('DE',)))}, sie wartet wegen der Gehaltsabrechnung. "
                f"Kannst du mir eine kurze Gesprächsnotiz vorbereiten?")
    return (f"Mach aus der Notiz einen Jira-Kommentar: Kundin {p.F} hat angerufen, Rückruf unter "
            f"{PH(d.phone(('AT', 'CH')))}, es geht um die doppelte Abbuchung.")


@tpl("personal_phones", "it_phone", 1, lang="it")
def _(d):
    p = d.person(sex="m")
    return (f"Riformula questo messaggio per il cliente in modo più cortese: 'La richiamerà il collega {p.F} "
            f"al {PH(d.phone(('IT',)))} entro domani'")


@tpl("personal_phones", "nl_phone", 1, lang="nl")
def _(d):
    p = d.person()
    return (f"Kun je dit klantbericht samenvatten? '{p.F} hier, ik ben bereikbaar op {PH(d.phone(('NL', 'BE')))} "
            f"na vijf uur, de monteur is niet gekomen'")


@tpl("personal_phones", "pl_phone", 1, lang="pl")
def _(d):
    p = d.person(sex="m")
    return (f"Przetłumacz na angielski notatkę z rozmowy: klient {p.F} prosi o kontakt pod numerem "
            f"{PH(d.phone(('PL',)))}, reklamacja dotyczy faktury za kwiecień.")


@tpl("personal_phones", "ko_phone", 1, lang="ko")
def _(d):
    full, _, _ = d.native("ko")
    return f"이 메모를 영어로 정리해 줘: {P(full)} 고객님 연락처 {PH(d.phone(('KR',)))}, 환불 요청 건, 오후 3시 이후 통화 가능."


@tpl("personal_phones", "tr_phone", 1, lang="tr")
def _(d):
    p = d.person(tags=("Turkish", "Kurdish", "Persian"))
    return (f"Bu notu İngilizceye çevirir misin: {p.F} aradı, {PH(d.phone(('TR',)))} numarasından geri dönüş "
            f"bekliyor, kargo hâlâ gelmemiş.")


@tpl("personal_phones", "vi_phone", 1, lang="vi")
def _(d):
    p = d.person(tags=("Vietnamese",), sex="f")
    return (f"Dịch sang tiếng Anh giúp mình: chị {p.F} gọi lại số {PH(d.phone(('VN',)))} sau 5 giờ chiều, "
            f"cần đổi địa chỉ giao hàng.")


@tpl("personal_phones", "ar_phone", 1, lang="ar")
def _(d):
    full, _, _ = d.native("ar", sex="m")
    return f"لخص هذه الملاحظة بالإنجليزية: اتصل {P(full)} وطلب معاودة الاتصال على الرقم {PH(d.phone(('AE', 'SA')))} بخصوص الفاتورة."


@tpl("personal_phones", "hi_phone", 1, lang="hi")
def _(d):
    full, _, _ = d.native("hi")
    return f"इस नोट को अंग्रेज़ी में लिखो: ग्राहक {P(full)} ने फ़ोन किया, {PH(d.phone(('IN',)))} पर शाम 6 बजे के बाद कॉल करें, ऑर्डर अभी तक नहीं आया।"


# --- personal_work: a private person inside prompts shaped like books, sport, history or tech --


@tpl("personal_work", "book_club", 2)
def _(d):
    a, b, c = d.person(), d.person(), d.person()
    if d.i == 0:
        return (f"our office book club did Things Fall Apart this month. {a.F} said Okonkwo's fall was "
                f"'basically a performance review gone wrong' lol. write a 100-word recap for the newsletter, "
                f"credit {b.G} and {c.F} who hosted")
    return (f"{a.F} from finance is retiring and loved Sapiens and Thinking, Fast and Slow. Suggest five "
            f"similar books for {a.his} leaving gift and write the card message from {b.F} and {c.F}.")


@tpl("personal_work", "essay_feedback", 2)
def _(d):
    p = d.person(sex="f")
    if d.i == 0:
        return (f"my intern {p.F} wrote a blog post on why the Western Roman Empire fell and what that says "
                f"about legacy systems. give feedback, be kind, she's nervous about her first post")
    return (f"Proofread {p.G}'s draft comparing Napoleon's supply lines in the 1812 campaign to our warehouse "
            f"migration. Keep her jokes about Kutuzov, cut the bit about Tolstoy.")


@tpl("personal_work", "match_report", 2)
def _(d):
    a, b, c = d.person(sex="m"), d.person(), d.person(sex="m")
    if d.i == 0:
        return (f"write up last night's five-a-side for #social: we lost 6-4 to Finance, {a.F} scored a "
                f"hat-trick, {b.G} in goal was robbed twice, {c.F} did his Messi impression and pulled a hamstring")
    return (f"Summarise the cricket league table for the intranet: we beat Legal by 30 runs, {a.F} took 4 wickets, "
            f"{b.F} top-scored with 57, {c.G} dropped two catches (don't mention that)")


@tpl("personal_work", "jira_comment", 2)
def _(d):
    a, b = d.person(), d.person()
    if d.i == 0:
        return (f"summarise this Jira thread in 3 bullets:\n{a.F} - 12/May/25 10:14\nRepro'd on staging, the Celery "
                f"worker dies when the Redis connection drops mid-task.\n{b.F} - 12/May/25 11:02\n"
                f"[~{P(a.local('g.f'))}] is this the same as PLAT-2291? {a.G}, can you attach the worker logs?\n"
                f"{a.F} - 12/May/25 11:40\nattached. not the same, different broker")
    full = d.person()
    return (f"OCCH-311: HL7 feed from the occupational health system duplicates records. Example from the "
            f"dead-letter queue, patient {full.F}, NHS number {NID(d.nid('uk_nhs'))}, hospital no. {MRN(MRNS[0])}. "
            f"{a.G} thinks the MLLP ack times out, {b.F} disagrees. Draft the comment for the ticket.")


@tpl("personal_work", "incident_timeline", 2)
def _(d):
    a, b, c = d.person(), d.person(), d.person()
    if d.i == 0:
        return (f"turn this into the postmortem summary:\n09:02 alert fired (Grafana, p95 > 2s on payments-api)\n"
                f"09:05 {a.F} acked\n09:11 {b.G} rolled back the Argo app to rev 412\n"
                f"09:30 {c.F} (SRE) confirmed recovery\n09:45 {a.G} opened INC-7781")
    return (f"Write the customer-facing status update from these notes: 14:10 Kafka brokers ISR shrink, "
            f"{a.F} paged; 14:22 {b.F} found the disk full on broker-3; 14:40 {c.G} expanded the volume; "
            f"15:05 lag back to normal")


@tpl("personal_work", "code_review", 2)
def _(d):
    a, b = d.person(), d.person()
    if d.i == 0:
        return (f"review this diff:\n-# TODO({P(a.local('gf'))}): remove after the Postgres 16 migration\n"
                f"+# Owner: {a.F}, ask {b.G} before touching the retry logic\n"
                f" def backoff(attempt):\n-    return 2 ** attempt\n+    return min(2 ** attempt, 30)")
    return (f"Generate Javadoc for this class and keep the authors:\n/**\n * Reconciles ledger batches.\n"
            f" * @author {a.F}\n * @author {b.F}\n */\npublic class LedgerReconciler {{ ... }}")


@tpl("personal_work", "oncall_handover", 2)
def _(d):
    a, b, c = d.person(), d.person(sex="f"), d.person()
    if d.i == 0:
        return (f"clean up my on-call handover:\n- {a.G} still chasing the Kafka rebalance storm, don't restart "
                f"consumers without {a.him}\n- {b.F} has the laptop with the yubikey for the HSM\n"
                f"- ping {c.G} before re-enabling the Argo sync on prod-eu")
    return (f"Handover notes for the weekend, make them readable: Terraform apply on staging half-done, "
            f"{a.F} knows why. Vault token for the CI runner expires Sunday, {b.G} said she'd rotate it. "
            f"If Sentry goes mad again call {c.F} on {PH(d.phone())}.")


@tpl("personal_work", "transcript", 2)
def _(d):
    a, b = d.person(), d.person()
    if d.i == 0:
        return (f"summarise the decisions from this meeting transcript:\n{a.F}: so are we dropping Jenkins "
                f"for GitHub Actions this quarter?\n{b.F}: only for the mobile repos, the monorepo stays on "
                f"Jenkins till Q4\n{a.G}: ok, and who owns the runners?\n{b.G}: me, until {d.person().F} is back")
    return (f"Clean up this auto-transcript, fix the speaker labels:\n[00:01:12] {a.G}: the Datadog bill "
            f"doubled\n[00:01:20] {b.G}: because of the Loki migration, we dual-ship logs\n[00:01:31] {a.G}: "
            f"ok {b.G} can you kill the old pipeline by Friday")


@tpl("personal_work", "runbook", 1)
def _(d):
    a, b = d.person(), d.person()
    return (f"Rewrite this runbook step so a new SRE can follow it:\n4. If Vault won't unseal after the "
            f"Consul restart, call {a.F} ({PH(d.phone())}, not after 22:00), otherwise {b.G}.")


@tpl("personal_work", "de_work", 1, lang="de")
def _(d):
    a, b, c = d.person(), d.person(), d.person()
    return (f"Fass die Retro in drei Punkten zusammen: {a.G} fand den Sprint chaotisch, {b.F} will die "
            f"Jenkins-Pipelines endlich auf Tekton umziehen, {c.F} hat sich über die Flaky-Tests in Karma beschwert.")


@tpl("personal_work", "fr_work", 1, lang="fr")
def _(d):
    a, b = d.person(), d.person()
    return (f"Rédige un résumé de cet incident pour la direction : {a.F} a redémarré le cluster Kafka à 14h "
            f"sans prévenir, {b.F} a dû restaurer les offsets depuis la sauvegarde de la veille.")


@tpl("personal_work", "nl_work", 1, lang="nl")
def _(d):
    a, b = d.person(), d.person()
    return (f"Maak hier een korte samenvatting van voor de teamchat: {a.F} heeft de Terraform-state van "
            f"productie per ongeluk gelockt, {b.G} heeft de lock vrijgegeven na overleg met het platformteam.")


# --- clean_software: PII-free technical prompts full of software named like people or words ----

clean("clean_software", "jenkins_hudson", [
    ("Our Jenkins declarative pipeline fails at the Publish stage after upgrading the controller to 2.452:\n"
     "java.lang.NoSuchMethodError: 'void hudson.model.Run.setResult(hudson.model.Result)'\n"
     "\tat org.jenkinsci.plugins.workflow.job.WorkflowRun.finish(WorkflowRun.java:621)\n"
     "Which plugin is most likely out of date, and how do I find it from the script console?"),
    ("pipeline {\n  agent { kubernetes { yamlFile 'ci/pod.yaml' } }\n  stages {\n    stage('Build') {\n"
     "      steps { sh 'bazel build //services/...' }\n    }\n  }\n}\n"
     "Jenkins says 'ERROR: Unable to find Jenkinsfile' even though it's in the repo root. Multibranch scan log "
     "shows 'Checking branch main ... Does not meet criteria'. What am I missing?"),
    ("We still have 40 Hudson-era freestyle jobs that call Ant targets. What's the least painful way to convert "
     "them to Jenkins Pipeline, and can Job DSL generate the Jenkinsfiles for us?"),
])

clean("clean_software", "kafka_streams", [
    ("Consumer keeps throwing org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be "
     "completed since the consumer is not part of an active group. Config: max.poll.interval.ms=300000, "
     "max.poll.records=500, each record takes ~900 ms to process. What should I change first?"),
    ("Kafka vs Pulsar vs NATS JetStream for about 20k msgs/s with exactly-once into Postgres? We already run "
     "Kafka 3.7 in KRaft mode (no ZooKeeper) and Debezium for CDC. Is it worth adding anything else?"),
    ("[2025-05-12 09:14:02,114] WARN [Consumer clientId=orders-svc-1, groupId=orders] Connection to node 2 "
     "(kafka-2.internal/10.0.4.12:9092) could not be established. Broker may not be available. "
     "(org.apache.kafka.clients.NetworkClient)\nThe broker is up and telnet works from the pod. Where do I look?"),
])

clean("clean_software", "python_web", [
    ("Flask app crashes only in production:\nTraceback (most recent call last):\n  File \"/app/venv/lib/python3.12/"
     "site-packages/flask/app.py\", line 1511, in wsgi_app\n    response = self.full_dispatch_request()\n"
     "  File \"/app/templates/base.html\", line 14, in top-level template code\n"
     "jinja2.exceptions.UndefinedError: 'current_user' is undefined\nWe use Flask-Login and gunicorn with 4 workers."),
    ("django.db.utils.OperationalError: connection to server at \"db.internal\" (10.0.2.7), port 5432 failed: "
     "FATAL: password authentication failed for user \"django\"\nThe same DATABASE_URL works from psql inside "
     "the container. Could it be pgbouncer auth_type?"),
    ("Pandas gives me SettingWithCopyWarning on this and I don't get why:\n"
     "active = df[df['status'] == 'active']\nactive['score'] = active['score'].fillna(0)\n"
     "Is .loc enough or should I .copy()? Would Polars avoid this whole thing?"),
])

clean("clean_software", "ansible_salt", [
    ("Playbook fails on half the hosts:\nfatal: [web-03]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to "
     "connect to the host via ssh: ansible@10.0.3.12: Permission denied (publickey).\", \"unreachable\": true}\n"
     "Inventory uses ansible_user=ansible and the key from Vault. web-01 and web-02 work fine."),
    ("Ansible or Salt for 300 mixed Debian/Windows hosts? We tried Puppet years ago and hated the DSL. "
     "Chef is out because nobody knows Ruby here."),
])

clean("clean_software", "hashicorp", [
    ("terraform plan shows the aws_db_instance being replaced every run because of 'engine_version: \"16.2\" -> "
     "\"16\"'. How do I stop that without ignore_changes on the whole block?"),
    ("Vault agent on Nomad keeps logging 'error authenticating: Error making API request. Code: 403. Errors: "
     "* permission denied'. The Consul template renders fine locally. Policy attached is read-only on "
     "secret/data/payments/*. What else does the Nomad workload identity need?"),
])

clean("clean_software", "k8s_gitops", [
    ("Argo CD says the app is OutOfSync forever because of this diff on the Deployment:\n"
     "-  replicas: 3\n+  replicas: 5\nThe HPA changes replicas. What's the right ignoreDifferences entry?"),
    ("helm upgrade --install payments ./chart -f values-prod.yaml\nError: UPGRADE FAILED: another operation "
     "(install/upgrade/rollback) is in progress\nNothing is running. How do I clear this safely?"),
    ("We're moving CI from Tekton to Argo Workflows. Tekton Triggers and Chains are the only bits we use "
     "heavily. What's the equivalent for signing images with Sigstore in Argo?"),
])

clean("clean_software", "observability", [
    ("Grafana panel with this PromQL is empty since the Thanos upgrade:\n"
     "sum(rate(http_requests_total{job=\"checkout\", code=~\"5..\"}[5m])) by (route)\n"
     "Thanos Query shows the series but with an extra replica label. Dedup issue?"),
    ("Write a LogQL query for Loki that counts 'timeout' errors per pod in namespace payments over 1h, and "
     "explain how to jump from a log line to the trace in Tempo."),
    ("Cortex vs Mimir vs Thanos for 2M active series, 13-month retention, object storage on S3. "
     "We already run Prometheus with remote_write."),
])

clean("clean_software", "elastic_stack", [
    ("Logstash pipeline drops events with _grokparsefailure:\nfilter {\n  grok { match => { \"message\" => "
     "\"%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} %{GREEDYDATA:msg}\" } }\n}\n"
     "Sample line: 2025-05-12T09:14:22.114+02:00  WARN  [pool-3] retry scheduled\nFix the pattern."),
    ("Filebeat or Elastic Agent for shipping nginx logs to Elasticsearch 8? We also want the Kibana "
     "dashboards out of the box."),
])

clean("clean_software", "workers", [
    ("Sidekiq jobs pile up in the 'default' queue while 'critical' is empty. sidekiq.yml:\n"
     ":concurrency: 10\n:queues:\n  - [critical, 6]\n  - [default, 2]\n  - [low, 1]\nRedis is 7.2 on "
     "ElastiCache. Is weighting the problem?"),
    ("Celery worker: WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL). Job: Task "
     "reports.tasks.build_pdf[6f1c...]. The pod has 512Mi. Prefetch multiplier is 4. What would you tune?"),
    ("Dask or Ray for a 200 GB feature-engineering job that runs nightly? Right now it's pandas on one big "
     "box and takes 5 hours."),
])

clean("clean_software", "orchestrators", [
    ("Airflow DAG shows 'Broken DAG: No module named dagster' because someone imported a helper from the "
     "other repo. How do we stop Airflow and Dagster code from mixing in the same image?"),
    ("Luigi pipeline from 2017 still runs our ETL. Should we move to Prefect 3 or Dagster? "
     "We need backfills and asset lineage, not much else."),
])

clean("clean_software", "proxies", [
    ("nginx returns 502 intermittently:\nupstream api {\n  server 10.0.1.21:8080 max_fails=3 fail_timeout=10s;\n"
     "  server 10.0.1.22:8080 max_fails=3 fail_timeout=10s;\n  keepalive 32;\n}\n"
     "error.log: upstream prematurely closed connection while reading response header. Keepalive mismatch?"),
    ("Caddy vs Traefik vs Envoy as the edge proxy for 15 services on Docker Swarm. We want automatic "
     "TLS and simple config; Istio is too much for us."),
    ("Linkerd shows 'failed to connect: Connection refused' between the api and the redis sidecar after "
     "enabling mTLS. Envoy-based meshes had the same issue with opaque ports. How do I mark 6379 opaque?"),
])

clean("clean_software", "identity", [
    ("Okta SAML login to our app works, but Keycloak as a broker in front of it loses the groups claim. "
     "Mapper type is 'Attribute Importer'. What am I doing wrong?"),
    ("Auth0 Actions vs Rules: we have 12 Rules adding roles to the ID token. How do we port them "
     "before the deprecation date, and does the ordering change?"),
])

clean("clean_software", "hosting", [
    ("Vercel build fails with 'Error: The Edge Function \"middleware\" size is 1.2 MB and your plan size "
     "limit is 1 MB'. Netlify built the same Next.js app fine. What's bloating the middleware?"),
    ("Moving a small Rails app off Heroku. Render, Fly.io or Railway? We need a managed Postgres, cron "
     "jobs and a seperate worker dyno equivalent."),
])

clean("clean_software", "error_tracking", [
    ("Sentry groups two different errors into one issue: 'TypeError: Cannot read properties of undefined "
     "(reading 'map')' from the cart page and the search page. How do I set a custom fingerprint in the SDK?"),
    ("Datadog APM shows 40% of traces dropped with 'rate limited by agent'. DD_APM_MAX_TPS is default. "
     "Should I raise it or sample in the tracer?"),
    ("We pay for Bugsnag, Rollbar and Sentry across three teams. Write a short comparison for consolidating "
     "on one: pricing model, source maps, release tracking, and the Slack integration."),
])

clean("clean_software", "frontend", [
    ("Svelte 5 runes vs Vue 3 refs: how do I port this store?\nexport const count = writable(0);\n"
     "We are also evaluating Astro islands for the marketing site and Remix for the app."),
    ("Expo build on EAS fails: 'Hermes: compilation failed, unexpected token' in a dependency. "
     "Ionic/Capacitor built the same code last year. Is this a Metro transform issue?"),
    ("Electron vs Tauri for an internal desktop tool that wraps our Nuxt frontend. Memory footprint "
     "matters; we ship to 2,000 laptops. Anything Quasar gives us that Tauri doesn't?"),
])

clean("clean_software", "test_runners", [
    ("Migrating from Karma + Jasmine to Jest in an Angular 17 repo. 'describe' and 'expect' work but spies "
     "break: jasmine.createSpyObj is not defined. What's the Jest equivalent and is there a codemod?"),
    ("Mocha with Chai and Sinon: this test passes alone but fails in the full run with 'Timeout of 2000ms "
     "exceeded. For async tests and hooks, ensure \"done()\" is called'. How do I find the leaking stub?"),
])

clean("clean_software", "sample_people", [
    ("Write pytest fixtures for a User model with two sample users, John Doe (john.doe@example.com, "
     "555-0100) and Jane Roe (jane.roe@example.com, 555-0199), and one with no phone."),
    ("Explain Diffie-Hellman with Alice and Bob, then show where Mallory sits in a man-in-the-middle "
     "attack and how Trent as a trusted third party fixes it."),
    ("Generate seed data for the staging CRM: 5 contacts named like Test User 1..5, emails "
     "test+1@example.org to test+5@example.org, phones 555-0101 to 555-0105, city 'Springfield', "
     "and an address line of '123 Example Street'."),
])

clean("clean_software", "languages_tools", [
    ("Julia vs Rust vs Python with Numba for a Monte Carlo pricing engine? The quants know Python and "
     "some R; one of them likes Julia's multiple dispatch."),
    ("Our docs site is on Hugo, the blog on Jekyll and the API reference on Sphinx. Would Docusaurus or "
     "MkDocs Material let us merge all three? We host on GitHub Pages."),
])

clean("clean_software", "de_software", [
    ("Unser Jenkins-Agent auf Kubernetes startet nicht: 'Waiting for agent to connect (30/100)'. "
     "Der Controller läuft hinter Traefik, WebSocket ist aktiviert. Woran kann das liegen?"),
    ("Wie richte ich in Grafana einen Alert ein, der feuert, wenn der Kafka-Consumer-Lag länger als "
     "zehn Minuten über 10.000 liegt? Datenquelle ist Prometheus mit dem Kafka-Exporter."),
], lang="de")

clean("clean_software", "fr_software", [
    ("Mon pipeline GitLab CI échoue sur l'étape Helm avec 'Error: INSTALLATION FAILED: cannot re-use a "
     "name that is still in use'. Comment forcer la mise à jour sans supprimer la release ?"),
    ("Quelle différence entre Celery et Dramatiq pour des tâches Django longues (génération de PDF) ? "
     "On a déjà Redis et RabbitMQ en production."),
], lang="fr")

clean("clean_software", "es_software", [
    ("¿Cómo configuro Keycloak para que el token incluya los grupos del usuario y Grafana los use como "
     "roles? Ahora todos entran como Viewer."),
    ("Tengo un DAG de Airflow que se queda en 'queued' para siempre con el CeleryExecutor. Los workers "
     "están vivos y Flower no muestra tareas. ¿Qué reviso primero?"),
], lang="es")

clean("clean_software", "ja_software", [
    ("Next.js を Vercel から Netlify に移したら、ISR のページが更新されなくなりました。revalidate は 60 秒です。"
     "原因として考えられることを教えてください。"),
    "Sidekiq と Celery の違いを、Ruby on Rails と Django のチーム向けに簡単に説明してください。",
], lang="ja")

clean("clean_software", "pt_software", [
    ("O Traefik não está gerando o certificado do Let's Encrypt pro subdomínio novo, o log diz "
     "'unable to generate a certificate for the domains'. O DNS já aponta pro servidor. O que pode ser?"),
], lang="pt")

clean("clean_software", "zh_software", [
    ("我们用 Argo CD 管理十几个集群，Helm chart 的 values 分散在各个仓库里。有没有比较好的目录结构？"
     "Kustomize 和 Helm 能不能混用？"),
], lang="zh")


# --- clean_general: public figures, works, places, events and eponyms ---------------------------

clean("clean_general", "historical_figures", [
    "Why did Ashoka turn to Buddhism after the Kalinga war, and how reliable are the rock edicts as a source?",
    ("Compare Simón Bolívar and José de San Martín as military leaders. Why did they meet at Guayaquil in 1822 "
     "and what do historians think was said?"),
    ("How did Mansa Musa's hajj in 1324 affect the price of gold in Cairo? I keep seeing it in slide decks "
     "about inflation and want to check it's not a myth."),
])

clean("clean_general", "eponyms_medicine_math", [
    ("What's the difference between Alzheimer's and Parkinson's, and why does Lewy body dementia sit "
     "somewhere between them? Plain English please, it's for an internal wellbeing newsletter."),
    ("Explain the Fibonacci sequence and the golden ratio, and mention that Pingala and Hemachandra "
     "described it in India centuries before Leonardo of Pisa."),
    ("Is a Nash equilibrium always Pareto efficient? Use the prisoner's dilemma and explain what John "
     "Nash actually proved in 1950."),
])

clean("clean_general", "eponyms_computing", [
    ("Why is it called a Caesar cipher, and how is the Vigenère cipher different? Then explain what "
     "Turing and the Bletchley Park team did against Enigma."),
    ("Who were Dijkstra, Knuth and Hoare, in one paragraph each, and which of their ideas does a "
     "backend developer use every day without knowing?"),
])

clean("clean_general", "writers_artists", [
    ("Recommend three novels for someone who loved Chinua Achebe's Things Fall Apart. Ngũgĩ wa "
     "Thiong'o and Chimamanda Ngozi Adichie are fine, but something less obvious too."),
    ("How did Frida Kahlo and Diego Rivera influence each other? And was Kahlo really part of the "
     "surrealist movement, as André Breton claimed?"),
    ("Write a short intro to Rabindranath Tagore for a team trivia night: Gitanjali, the Nobel in 1913, "
     "and the national anthems."),
])

clean("clean_general", "athletes", [
    ("How did Eliud Kipchoge run a marathon under two hours in Vienna, and why doesn't it count as a "
     "world record?"),
    "Who had the better career, Sachin Tendulkar or Brian Lara? Give both sides like a pub debate.",
    ("What made Nadia Comăneci's perfect 10 in Montreal in 1976 so famous, and how has gymnastics "
     "scoring changed since?"),
])

clean("clean_general", "politicians", [
    ("Summarise Ellen Johnson Sirleaf's presidency in Liberia in five bullet points for a leadership "
     "course slide."),
    "Compare how Lee Kuan Yew and Mahathir Mohamad approached industrial policy in Singapore and Malaysia.",
    "What did Nelson Mandela and F. W. de Klerk each give up in the negotiations of the early 1990s?",
])

clean("clean_general", "films", [
    "Rank Akira Kurosawa's films for a beginner: Seven Samurai, Rashomon, Ikiru, Ran. Which one first?",
    ("Why did Bong Joon-ho's Parasite win Best Picture, and how does it compare with Satyajit Ray's "
     "Pather Panchali as a film about class?"),
    "Is City of God based on a true story? And who directed it, Fernando Meirelles or Walter Salles?",
])

clean("clean_general", "places", [
    ("Plan two days in Lalibela: which rock-hewn churches first, and is the road from Bahir Dar okay in "
     "the rainy season?"),
    "What's the best way to get from Cusco to Machu Picchu if the Inca Trail permits are sold out?",
])

clean("clean_general", "events", [
    ("Give me a timeline of the fall of the Berlin Wall, from Schabowski's press conference to the "
     "crowds at Bornholmer Straße."),
    ("Why was the partition of India in 1947 so rushed? Mention Mountbatten, Radcliffe and the boundary "
     "commission."),
])

clean("clean_general", "lower_general", [
    "who was mansa musa and was he really the richest person ever or is that a tiktok thing",
    "was ada lovelace actually the first programmer or is that overstated? what did babbage think of her notes",
    "why is it called the doppler effect and what does it have to do with radar speed cameras",
], case="lower")

clean("clean_general", "de_general", [
    ("Wer war Alexander von Humboldt und warum heißen so viele Dinge nach ihm, vom Humboldtstrom bis "
     "zum Pinguin?"),
    ("Warum klingt Dvořák in der Sinfonie „Aus der Neuen Welt“ so amerikanisch? Kurz, ich will es in der "
     "Kaffeeküche erklären können."),
], lang="de")

clean("clean_general", "fr_general", [
    ("Pourquoi dit-on « la maladie de Charcot » en France alors qu'ailleurs on parle de SLA ou de "
     "maladie de Lou Gehrig ?"),
    "Résume la vie de Marie Curie en cinq dates clés pour une présentation à l'équipe.",
], lang="fr")

clean("clean_general", "es_general", [
    "¿Por qué Gabriel García Márquez llamó Macondo al pueblo de Cien años de soledad? ¿Existe de verdad?",
    "Explícame quién fue Túpac Amaru II y por qué su rebelión de 1780 fue tan importante en el Perú.",
], lang="es")

clean("clean_general", "it_general", [
    ("Chi era Rita Levi-Montalcini e per cosa ha vinto il Nobel? Mi serve per una presentazione sulle "
     "donne nella scienza."),
    "Perché la Torre di Pisa pende e come l'hanno stabilizzata negli anni Novanta?",
], lang="it")

clean("clean_general", "pt_general", [
    "Quem foi Santos Dumont e por que no Brasil dizem que ele inventou o avião, não os irmãos Wright?",
    "Me indica livros da Clarice Lispector pra começar, e explica por que ela é tão citada.",
], lang="pt")

clean("clean_general", "ar_general", [
    "من هو ابن الهيثم ولماذا يسمى أبا علم البصريات؟ أريد فقرة قصيرة لعرض تقديمي.",
    "لخص رواية «الثلاثية» لنجيب محفوظ في خمس نقاط.",
], lang="ar")

clean("clean_general", "hi_general", [
    "श्रीनिवास रामानुजन कौन थे और हार्डी के साथ उनका काम इतना प्रसिद्ध क्यों है? छोटे में समझाइए।",
], lang="hi")

clean("clean_general", "zh_general", [
    "请简单介绍一下屠呦呦和青蒿素的发现，为什么她能获得诺贝尔奖？",
    "李白和杜甫的诗风有什么不同？各推荐三首适合初学者读的诗。",
], lang="zh")

clean("clean_general", "ko_general", [
    "세종대왕이 한글을 만든 이유와 훈민정음 해례본의 의미를 짧게 설명해 줘.",
], lang="ko")

clean("clean_general", "ja_general", [
    "葛飾北斎の「神奈川沖浪裏」はなぜ海外でこんなに有名なのですか？ゴッホへの影響も教えてください。",
], lang="ja")

clean("clean_general", "el_general", [
    "Ποια είναι η διαφορά ανάμεσα στον Πλάτωνα και τον Αριστοτέλη; Εξήγησέ το απλά για μια παρουσίαση.",
], lang="el")

clean("clean_general", "he_general", [
    "מי הייתה גולדה מאיר ומה היה תפקידה במלחמת יום הכיפורים? תן סיכום קצר.",
], lang="he")

clean("clean_general", "th_general", [
    "ช่วยอธิบายประวัติของวัดอรุณฯ กับพระบรมมหาราชวังแบบสั้น ๆ สำหรับทำสไลด์นำเสนอหน่อย",
], lang="th")

clean("clean_general", "tr_general", [
    "Mimar Sinan'ın en önemli eserleri hangileri? Süleymaniye ile Selimiye arasındaki farkı anlatır mısın?",
], lang="tr")

clean("clean_general", "pl_general", [
    "Dlaczego Maria Skłodowska-Curie nazwała pierwiastek polonem? I czy Kopernik był Polakiem czy Niemcem?",
], lang="pl")

clean("clean_general", "sv_general", [
    "Vad var Alfred Nobels motiv till att instifta Nobelpriset, och varför delas fredspriset ut i Oslo?",
], lang="sv")


# --- clean_onecase: PII-free prompts wholly in capitals or in lower case ------------------------

clean("clean_onecase", "caps_notice", [
    ("GRACE PERIOD ENDS FRIDAY 17:00. AFTER THAT ALL UNPAID INVOICES GO TO COLLECTIONS. REWRITE THIS SO IT "
     "SOUNDS LESS LIKE A THREAT BUT STILL FIRM."),
    ("NOTICE: WATER WILL BE OFF ON LEVEL 3 FROM 8AM TO NOON ON TUESDAY FOR MAINTENANCE. PLEASE USE THE "
     "KITCHEN ON LEVEL 2. MAKE THIS FRIENDLIER FOR THE INTRANET."),
    ("FIRE DRILL THURSDAY 11:00. ASSEMBLY POINT IS THE CAR PARK BY GATE B. FLOOR WARDENS WILL WEAR YELLOW "
     "VESTS. DO NOT USE THE LIFTS. CHECK THIS FOR MISSING INFO."),
], case="upper")

clean("clean_onecase", "caps_minutes", [
    ("CHANGE ADVISORY BOARD - MINUTES\nCHG-4471 KAFKA BROKER UPGRADE: APPROVED\nCHG-4472 POSTGRES 16 MIGRATION: "
     "DEFERRED, NEEDS ROLLBACK PLAN\nCHG-4473 NGINX CONFIG RELOAD: APPROVED, OUT OF HOURS ONLY\n"
     "SUMMARISE FOR THE RELEASE CALENDAR"),
    ("BOARD MINUTES DRAFT - ITEM 4: BILL PAYMENT PROVIDER CONTRACT RENEWAL. ITEM 5: GRACE PERIOD POLICY "
     "FOR LATE PAYERS. ITEM 6: ANY OTHER BUSINESS. TURN THIS INTO AN AGENDA WITH TIMINGS."),
], case="upper")

clean("clean_onecase", "caps_env", [
    ("WHICH OF THESE ENV VARS DOES THE APP ACTUALLY READ?\nAPP_ENV=PRODUCTION\nLOG_LEVEL=WARN\n"
     "FEATURE_BILL_PAYMENT=TRUE\nMAX_RETRIES=5\nSENTRY_ENVIRONMENT=PROD\nGRACE_PERIOD_DAYS=14"),
    ("EXPLAIN THE DIFFERENCE BETWEEN THESE TWO: KAFKA_AUTO_OFFSET_RESET=EARLIEST AND "
     "KAFKA_AUTO_OFFSET_RESET=LATEST. WHEN WOULD I WANT EACH?"),
    "WHY IS GF_SECURITY_ADMIN_USER IGNORED WHEN GF_AUTH_GENERIC_OAUTH_ENABLED=TRUE? GRAFANA 10.4 IN DOCKER.",
], case="upper")

clean("clean_onecase", "caps_sql", [
    ("WHY IS THIS SLOW?\nSELECT ORDER_ID, SUM(AMOUNT) FROM BILL_PAYMENT WHERE STATUS = 'PENDING' "
     "GROUP BY ORDER_ID HAVING SUM(AMOUNT) > 1000 ORDER BY 2 DESC;"),
    ("CONVERT THIS ORACLE SQL TO POSTGRES:\nSELECT NVL(REGION, 'UNKNOWN'), COUNT(*) FROM ACCOUNTS WHERE "
     "ROWNUM <= 100 AND CREATED > SYSDATE - 30 GROUP BY REGION;"),
    ("WHAT DOES THIS DO? MERGE INTO INVOICES T USING STAGING S ON (T.INVOICE_NO = S.INVOICE_NO) "
     "WHEN MATCHED THEN UPDATE SET T.STATUS = S.STATUS WHEN NOT MATCHED THEN INSERT VALUES (S.INVOICE_NO, S.STATUS);"),
], case="upper")

clean("clean_onecase", "caps_ui", [
    ("TRANSLATE THESE BUTTON LABELS TO SPANISH AND KEEP THEM SHORT: MARK AS READ, ARCHIVE, BILL PAYMENT, "
     "GRACE PERIOD, SNOOZE, REPORT SPAM"),
    ("OUR APP SHOWS 'WILL CALL' AS A DELIVERY OPTION AND USERS THINK SOMEONE WILL PHONE THEM. SUGGEST "
     "BETTER LABELS."),
    "IS 'SUMMER SALE - HOPE YOU'RE READY' A GOOD PUSH NOTIFICATION OR TOO CHEESY? GIVE 3 ALTERNATIVES.",
], case="upper")

clean("clean_onecase", "lower_words", [
    "will the may release still ship in june or is it slipping to july? need a yes/no for the roadmap slide",
    "rose gold or space grey for the new sales laptops, and does the colour change the resale value at all",
    "we hope the grace period fix lands before june. can you word that for the changelog without promising",
], case="lower")

clean("clean_onecase", "lower_tools", [
    "does jenkins still need java 17 or can we go to 21 on the controller",
    "is kafka overkill for 200 msgs a minute? we already have redis and sidekiq",
    "whats the actual difference between helm and kustomize, and can argo do both",
], case="lower")

clean("clean_onecase", "lower_howto", [
    "regex for a uk postcode that isnt 400 characters long? just need basic validation in js",
    "how to send grafana alerts to a slack channel without a webhook per alert rule",
], case="lower")

clean("clean_onecase", "caps_logs", [
    "WHAT DOES THIS MEAN?\nHTTP/1.1 502 BAD GATEWAY\nSERVER: NGINX\nCONTENT-TYPE: TEXT/HTML\nX-CACHE: MISS FROM EDGE",
    ("2025-05-12 09:14:02 ERROR [MAIN] CONNECTION REFUSED: REDIS:6379\n2025-05-12 09:14:07 WARN [MAIN] RETRYING "
     "IN 5S\n2025-05-12 09:14:12 FATAL [MAIN] GIVING UP AFTER 3 ATTEMPTS\nWHY WOULD REDIS REFUSE?"),
], case="upper")

clean("clean_onecase", "caps_blank_label", [
    ("DESIGN A SHIPPING LABEL LAYOUT WITH THESE FIELDS:\nSHIP TO: [NAME]\n[STREET AND NUMBER]\n[POSTCODE] [CITY]\n"
     "[COUNTRY]\nTEL: [PHONE]\nIT HAS TO FIT 100 X 150 MM."),
    ("WRITE A COBOL COPYBOOK FOR THIS LAYOUT: SURNAME X(15), GIVEN-NAME X(12), POSTCODE X(10), TOWN X(20), "
     "DOB 9(8)."),
], case="upper")

clean("clean_onecase", "lower_placeholders", [
    ("hi {{first_name}}, your order {{order_id}} is on its way. can you make this sms under 160 chars and "
     "less robotic"),
    ("the mail merge prints 'dear <<title>> <<last_name>>' when the field is empty. how do i default to "
     "'dear customer' in word"),
], case="lower")

clean("clean_onecase", "de_lower", [
    "wie lösche ich in git einen branch lokal und auf dem remote gleichzeitig",
    "was ist der unterschied zwischen kafka und rabbitmq, einfach erklärt bitte",
], lang="de", case="lower")

clean("clean_onecase", "de_caps", [
    ("BITTE FREUNDLICHER FORMULIEREN: AB 1. JULI IST DIE KANTINE AM FREITAG GESCHLOSSEN. "
     "ESSENSMARKEN BEHALTEN IHRE GÜLTIGKEIT."),
    "WAS BEDEUTET DIESE MELDUNG? FEHLER 0X80070005: ZUGRIFF VERWEIGERT BEIM WINDOWS UPDATE.",
], lang="de", case="upper")

clean("clean_onecase", "fr_lower", [
    "comment on fait un rollback sur argo cd sans désactiver l'auto-sync",
    "c'est quoi la différence entre un mutex et un sémaphore, avec un exemple simple",
], lang="fr", case="lower")

clean("clean_onecase", "es_caps", [
    ("REDACTA UN AVISO: EL SISTEMA DE FACTURACIÓN ESTARÁ CAÍDO EL SÁBADO DE 22:00 A 02:00 POR "
     "MANTENIMIENTO. DISCULPEN LAS MOLESTIAS."),
], lang="es", case="upper")

clean("clean_onecase", "es_lower", [
    "como hago un backup de postgres sin parar la base, es la 15 y pesa 300 gb",
], lang="es", case="lower")

clean("clean_onecase", "pt_lower", [
    "qual a diferença entre docker compose e kubernetes pra um time pequeno",
    "me explica o que é idempotência numa api de pagamento com um exemplo",
], lang="pt", case="lower")

clean("clean_onecase", "it_caps", [
    "TRADUCI IN INGLESE: AVVISO - IL SERVIZIO CLIENTI SARÀ CHIUSO IL 15 AGOSTO PER FERRAGOSTO.",
], lang="it", case="upper")

clean("clean_onecase", "nl_lower", [
    "hoe zet ik een cronjob op die elke werkdag om 7 uur draait maar niet in het weekend",
], lang="nl", case="lower")

clean("clean_onecase", "id_lower", [
    "bedanya rest sama graphql apa ya, mana yang cocok buat aplikasi mobile kecil",
], lang="id", case="lower")

clean("clean_onecase", "pl_caps", [
    "POPRAW TEN KOMUNIKAT: UWAGA! W SOBOTĘ OD 8:00 DO 12:00 PRZERWA TECHNICZNA W SYSTEMIE KADROWYM.",
], lang="pl", case="upper")


# === END TEMPLATES ===


# ---------------------------------------------------------------------------------------------
# build, check, write


def build():
    d = Drawer(SEED)
    rows, meta = [], []
    for cls, name, n, lang, case, fn in TEMPLATES:
        for i in range(n):
            d.start(i)
            c = case[i] if isinstance(case, list) else case
            lg = lang[i] if isinstance(lang, list) else lang
            text, spans = unmark(fn(d), c)
            rows.append({"id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
            meta.append({"lang": lg, "case": c})
    order = sorted(range(len(rows)), key=lambda k: CLASSES.index(rows[k]["class"]))
    return [rows[k] for k in order], [meta[k] for k in order]


def luhn_ok(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        tot += v
    return tot % 10 == 0


def id_ok(kind, value):
    """Check digits of the hand-typed IDs."""
    v = re.sub(r"[\s.\-]", "", value)
    if kind == "uk_nhs":
        r = 11 - sum(int(c) * (10 - k) for k, c in enumerate(v[:9])) % 11
        return (0 if r == 11 else r) == int(v[9])
    if kind in ("es_dni", "es_nie"):
        num = {"X": "0", "Y": "1", "Z": "2"}.get(v[0], v[0]) + v[1:-1]
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == v[-1]
    if kind == "fr_nir":
        return 97 - int(v[:13]) % 97 == int(v[13:])
    if kind == "br_cpf":
        dd = [int(c) for c in v]
        for n in (9, 10):
            if sum(x * (n + 1 - k) for k, x in enumerate(dd[:n])) * 10 % 11 % 10 != dd[n]:
                return False
        return True
    if kind == "pl_pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return (10 - sum(int(c) * w[k] for k, c in enumerate(v[:10])) % 10) % 10 == int(v[10])
    if kind == "nl_bsn":
        return sum(int(c) * w for c, w in zip(v, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0
    if kind == "se_pnr":
        return luhn_ok(v)
    if kind == "it_cf":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        tot = 0
        for k, c in enumerate(v[:15]):
            x = int(c) if c.isdigit() else ord(c) - 65
            tot += odd[x] if k % 2 == 0 else x
        return chr(65 + tot % 26) == v[15]
    if kind == "us_ssn":
        return len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if kind == "uk_nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None
    raise KeyError(kind)


def iban_ok(value):
    v = re.sub(r"\s", "", value)
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def check(rows, meta):
    ids, texts = set(), set()
    tcount = Counter()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        tcount[(r["class"], r["template"])] += 1
        assert r["class"] in CLASSES and r["source"] == SOURCE and r["locale"] == ""
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, r["id"]
            assert s["start"] >= end and s["end"] > s["start"], r["id"]
            assert r["text"][s["start"]:s["end"]] == s["value"], r["id"]
            assert s["value"] == s["value"].strip() and s["value"], r["id"]
            end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        # every mention of a labelled name or place is labelled
        covered = [(s["start"], s["end"]) for s in r["spans"]]
        for s in r["spans"]:
            if s["type"] not in ("PERSON", "LOCATION") or len(s["value"]) < 3:
                continue
            v = re.escape(s["value"])
            pat = rf"(?<!\w){v}(?!\w)" if re.fullmatch(r"[\w\s.'’\-]+", s["value"], re.ASCII) else v
            for m in re.finditer(pat, r["text"], re.IGNORECASE):
                assert any(a <= m.start() and m.end() <= b for a, b in covered), (r["id"], s["value"])
    assert len(rows) == N_ROWS, len(rows)
    assert len(tcount) >= 80 and max(tcount.values()) <= 5, (len(tcount), max(tcount.values()))
    n_clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= n_clean / len(rows) <= 0.55, n_clean
    langs = Counter(m["lang"] for m in meta)
    assert all(lg in LANG_NAMES for lg in langs), langs
    non_en = len(rows) - langs["en"]
    assert 0.20 <= non_en / len(rows) <= 0.35, non_en
    assert len([lg for lg in langs if lg != "en"]) >= 10, langs
    for kind, vals in IDS.items():
        for v in vals:
            assert id_ok(kind, v), (kind, v)
    assert all(iban_ok(v) for v in IBANS)
    assert all(luhn_ok(re.sub(r"\D", "", v)) for v in CARDS)
    # PII-free rows hold none of the pool's people, e-mails or phones
    fams = {p.family.lower() for p in PEOPLE if len(p.family) >= 4} - CLEAN_OK
    phones = {p for _, p in PHONES}
    for r in rows:
        if not r["class"].startswith("clean_"):
            continue
        low = r["text"].lower()
        for f in fams:
            assert not re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low), (r["id"], f)
        assert not any(p in r["text"] for p in phones), r["id"]
        assert CORP not in r["text"] or "@" not in r["text"], r["id"]


# family names of the pool that are also words or public names used in PII-free rows
CLEAN_OK = {"dvořák"}  # the composer, in a PII-free German question


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows, meta, data):
    print(f"rows: {len(rows)}")
    print("classes:")
    for c in CLASSES:
        rs = [r for r in rows if r["class"] == c]
        print(f"  {c:22} {len(rs):4} rows {len({r['template'] for r in rs}):3} templates")
    print(f"templates: {len({(r['class'], r['template']) for r in rows})}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(m["lang"] for m in meta)
    print(f"not English: {len(rows) - langs['en']} ({(len(rows) - langs['en']) / len(rows):.1%})")
    print("languages:", ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    print("cases:", dict(Counter(m["case"] for m in meta)))
    n_clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free: {n_clean} ({n_clean / len(rows):.1%})")
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def main():
    rows, meta = build()
    check(rows, meta)
    data = dump(rows)
    if "--check" in sys.argv[1:]:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"{OUT.name}: {'unchanged' if same else 'differs or missing'}")
        sys.exit(0 if same else 1)
    OUT.write_text(data, encoding="utf-8")
    report(rows, meta, data)


if __name__ == "__main__":
    main()
