"""Build the `resale` check set: prompts from second-hand and online selling, labelled for PII.

Standard library only. Every private value (name, street, town, postcode, phone, date of birth,
ID number, IBAN, card number, IP address) is typed by hand below. E-mail local parts are built
from the hand-typed names. Check digits were worked out once and typed in as literals.

    python build.py          # writes tune.jsonl and prints counts
    python build.py --check  # rebuilds in memory, runs check(), compares with tune.jsonl
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 6117
SET = "resale"
OUT = Path(__file__).with_name("tune.jsonl")
SOURCE = f"eval/{SET}/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


# ---------------------------------------------------------------------------------------------
# markers and casing
# ---------------------------------------------------------------------------------------------

def mk(kind, value):
    return f"⟦{kind}|{value}⟧"


def L(v):
    return mk("LOCATION", v)


def PH(v):
    return mk("PHONE_NUMBER", v)


def EM(v):
    return mk("EMAIL_ADDRESS", v)


def DOB(v):
    return mk("DATE_OF_BIRTH", v)


def NID(v):
    return mk("NATIONAL_ID", v)


def PER(v):
    return mk("PERSON", v)


def casefn(mode):
    if mode == "lower":
        return str.lower
    if mode == "upper":
        return str.upper
    return lambda s: s


def unmark(marked, mode=None):
    """Turn ⟦TYPE|value⟧ markers into text and spans; case the row piece by piece."""
    cf = casefn(mode)
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        pre = cf(marked[pos:m.start()])
        out.append(pre)
        length += len(pre)
        val = cf(m.group(2))
        spans.append({"start": length, "end": length + len(val), "type": m.group(1), "value": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(cf(marked[pos:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked[:80]
    return text, spans


FOLD = {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "å": "a", "ð": "d",
        "þ": "th", "'": "", "’": "", " ": "", "-": ""}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


# ---------------------------------------------------------------------------------------------
# people (typed by hand): given, family, sex, culture tag; order "gf" (given first), "fg"
# (family first, spaced), "fg0" (family first, no space: CJK); latin = romanised (given, family)
# ---------------------------------------------------------------------------------------------

class Person:
    def __init__(self, key, given, family, sex, tag, order="gf", latin=None):
        self.key, self.g, self.f, self.sex, self.tag, self.order = key, given, family, sex, tag, order
        self.latin = latin or (given, family)

    @property
    def n(self):
        if self.order == "fg":
            return f"{self.f} {self.g}"
        if self.order == "fg0":
            return f"{self.f}{self.g}"
        return f"{self.g} {self.f}"

    @property
    def N(self):
        return PER(self.n)

    @property
    def G(self):
        return PER(self.g)

    @property
    def F(self):
        return PER(self.f)

    def email(self, style, domain, num=""):
        g, f = fold(self.latin[0]), fold(self.latin[1])
        local = {
            "g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}", "ig": f"{g[0]}{f}",
            "i.f": f"{g[0]}.{f}", "g": g, "fg": f"{f}{g}", "g.i": f"{g}.{f[0]}", "gi": f"{g}{f[0]}",
        }[style]
        return EM(f"{local}{num}@{domain}")


PEOPLE_RAW = {
    # English-speaking countries and their diasporas
    "en": [
        ("Rose", "Baker", "F", "English"), ("Callum", "MacAskill", "M", "Scottish"),
        ("Siân", "Pritchard", "F", "Welsh"), ("Aoife", "Ní Chonaill", "F", "Irish"),
        ("Declan", "Furlong", "M", "Irish"), ("Oluwaseun", "Adeyemi", "M", "Yoruba"),
        ("Ngozi", "Eze", "F", "Igbo"), ("Kwame", "Boateng", "M", "Akan"),
        ("Precious", "Moyo", "F", "Shona"), ("Tariq", "Mahmood", "M", "Pakistani British"),
        ("Nusrat", "Begum", "F", "Bangladeshi"), ("Priya", "Raghunathan", "F", "Tamil"),
        ("Harpreet", "Kaur Dhillon", "F", "Punjabi"), ("Marcus", "Wolf", "M", "US"),
        ("Destiny", "Washington", "F", "African American"), ("Brandon", "Kowalczyk", "M", "US Polish"),
        ("Luz Marina", "Quintero", "F", "Colombian"), ("Keanu", "Kahananui", "M", "Hawaiian"),
        ("Tāne", "Parata", "M", "Māori"), ("Mele", "Fifita", "F", "Tongan"),
        ("Shannon", "O'Rourke", "F", "Australian"), ("Lachlan", "Brewer", "M", "Australian"),
        ("Ruby", "Frost", "F", "English"), ("Chris", "Evans", "M", "English"),
        ("David", "Jones", "M", "Welsh"), ("Mohamed", "Abdi Warsame", "M", "Somali"),
        ("Tenzin", "Dolma", "F", "Tibetan"), ("Jamal", "Thompson", "M", "Jamaican"),
        ("Grace", "Achieng", "F", "Luo"), ("Thabo", "Mokoena", "M", "Sotho"),
        ("Pieter", "van Wyk", "M", "Afrikaans"), ("Ananya", "Iyer", "F", "Tamil"),
        ("Rohan", "Deshpande", "M", "Marathi"), ("Matthew", "Hayes", "M", "English"),
        ("Bethan", "Lloyd", "F", "Welsh"), ("Ifeoma", "Okafor", "F", "Igbo"),
        ("Dawn", "Fisher", "F", "English"), ("Summer", "Lane", "F", "US"),
        ("Hunter", "Cook", "M", "US"), ("Eilidh", "Munro", "F", "Scottish"),
        ("Ahmad", "Karimi", "M", "Dari"), ("Lan", "Nguyen", "F", "Vietnamese American"),
        ("Wei Jie", "Tan", "M", "Singaporean Chinese", "fg"), ("Colm", "Ó Briain", "M", "Irish"),
        ("Kezia", "Bramble", "F", "Jamaican"), ("Gareth", "Price", "M", "Welsh"),
    ],
    "fr": [
        ("Anaïs", "Lefebvre", "F", "French"), ("Théo", "Garnier", "M", "French"),
        ("Maëlle", "Le Bihan", "F", "Breton"), ("Jean-Baptiste", "Morel", "M", "French"),
        ("Nadia", "Benali", "F", "Algerian French"), ("Mamadou", "Diallo", "M", "Senegalese"),
        ("Océane", "Lambert", "F", "Belgian"), ("Yannick", "Tremblay", "M", "Québécois"),
        ("Solène", "Petitjean", "F", "French"), ("Kévin", "Da Costa", "M", "Portuguese French"),
        ("Sandrine", "Leroy", "F", "French"), ("Gwenaël", "Kerhervé", "M", "Breton"),
    ],
    "de": [
        ("Jana", "Schröder", "F", "German"), ("Lukas", "Brandstätter", "M", "Austrian"),
        ("Heike", "Vogel", "F", "German"), ("Timo", "Wagner", "M", "German"),
        ("Emre", "Aydın", "M", "Turkish German"), ("Swetlana", "Becker", "F", "Russian German"),
        ("Friederike", "von Lüttwitz", "F", "German"), ("Gisela", "Wolf", "F", "German"),
        ("Reto", "Brunner", "M", "Swiss"), ("Anke", "Sommer", "F", "German"),
        ("Jörg", "Hämmerle", "M", "Swabian"), ("Leonie", "Kaiser", "F", "German"),
    ],
    "es": [
        ("Lucía", "Fernández Ruiz", "F", "Spanish"), ("Íñigo", "Etxeberria", "M", "Basque"),
        ("Montserrat", "Puig i Soler", "F", "Catalan"), ("Xoán", "Rodríguez Vilas", "M", "Galician"),
        ("Rocío", "Navarro", "F", "Andalusian"), ("Pilar", "Caballero", "F", "Spanish"),
        ("Guillermo", "Saldaña", "M", "Mexican"), ("Ximena", "Huerta Ochoa", "F", "Mexican"),
        ("Wilmer", "Quispe Condori", "M", "Quechua"), ("Consuelo", "Ibarra", "F", "Chilean"),
        ("Álvaro", "Cordero", "M", "Spanish"), ("Begoña", "Arrieta", "F", "Basque"),
    ],
    "it": [
        ("Giulia", "Ferrante", "F", "Apulian"), ("Salvatore", "Esposito", "M", "Neapolitan"),
        ("Chiara", "Brambilla", "F", "Lombard"), ("Domenico", "Pellegrino", "M", "Sicilian"),
        ("Federica", "Lo Bianco", "F", "Sicilian"), ("Gianluca", "Sanna", "M", "Sardinian"),
        ("Martina", "Dal Bosco", "F", "Venetian"), ("Pietro", "Colombo", "M", "Ligurian"),
    ],
    "pt": [
        ("Inês", "Carvalho", "F", "Portuguese"), ("Rui", "Figueiredo", "M", "Portuguese"),
        ("Tiago", "Sousa Marques", "M", "Portuguese"), ("Filipa", "Vaz", "F", "Portuguese"),
    ],
    "br": [
        ("Thaís", "Oliveira Santos", "F", "Brazilian"), ("Wanderson", "da Silva", "M", "Brazilian"),
        ("Luana", "Ferreira", "F", "Brazilian"), ("Josivaldo", "Nascimento", "M", "Brazilian Nordeste"),
        ("Raimunda", "Bezerra", "F", "Brazilian Nordeste"), ("Kauã", "Ribeiro", "M", "Brazilian"),
    ],
    "nl": [
        ("Sanne", "de Groot", "F", "Dutch"), ("Joris", "van der Linden", "M", "Dutch"),
        ("Fenna", "Bakker", "F", "Frisian"), ("Mohamed", "El Idrissi", "M", "Moroccan Dutch"),
        ("Priscilla", "Sitaldin", "F", "Surinamese"), ("Wout", "Peeters", "M", "Flemish"),
    ],
    "pl": [
        ("Agnieszka", "Sowińska", "F", "Polish"), ("Marek", "Zając", "M", "Polish"),
        ("Dorota", "Kwiatkowska", "F", "Polish"), ("Paweł", "Lis", "M", "Polish"),
        ("Zofia", "Grabowska", "F", "Polish"), ("Krzysztof", "Wieczorek", "M", "Silesian"),
    ],
    "sv": [
        ("Linnea", "Lindqvist", "F", "Swedish"), ("Johan", "Ek", "M", "Swedish"),
        ("Amira", "Haddad", "F", "Syrian Swedish"), ("Björn", "Sjöberg", "M", "Swedish"),
        ("Sofia", "Nieminen", "F", "Sweden Finnish"), ("Ali", "Yusuf", "M", "Somali Swedish"),
    ],
    "da": [("Mette", "Kjærsgaard", "F", "Danish"), ("Rasmus", "Holm", "M", "Danish")],
    "no": [("Ingrid", "Solberg", "F", "Norwegian"), ("Eirik", "Haugland", "M", "Norwegian")],
    "fi": [("Aino", "Virtanen", "F", "Finnish"), ("Juha", "Kallio", "M", "Finnish"),
           ("Mikko", "Lehtonen", "M", "Finnish"), ("Riikka", "Peltonen", "F", "Finnish")],
    "cs": [
        ("Tereza", "Dvořáková", "F", "Czech"), ("Ondřej", "Kratochvíl", "M", "Czech"),
        ("Lenka", "Svobodová", "F", "Czech"),
    ],
    "hu": [("Eszter", "Nagy", "F", "Hungarian", "fg"), ("Bálint", "Kiss", "M", "Hungarian", "fg")],
    "ro": [
        ("Ioana", "Munteanu", "F", "Romanian"), ("Mihai", "Lupu", "M", "Romanian"),
        ("Andreea", "Stoica", "F", "Romanian"),
    ],
    "el": [
        ("Ελένη", "Παπαδοπούλου", "F", "Greek", "gf", ("Eleni", "Papadopoulou")),
        ("Γιώργος", "Κωνσταντινίδης", "M", "Pontic Greek", "gf", ("Giorgos", "Konstantinidis")),
        ("Δήμητρα", "Σταυροπούλου", "F", "Greek", "gf", ("Dimitra", "Stavropoulou")),
    ],
    "ru": [
        ("Ирина", "Соколова", "F", "Russian", "gf", ("Irina", "Sokolova")),
        ("Алексей", "Морозов", "M", "Russian", "gf", ("Aleksei", "Morozov")),
        ("Наталья", "Кузнецова", "F", "Russian", "gf", ("Natalya", "Kuznetsova")),
        ("Тимур", "Хасанов", "M", "Tatar", "gf", ("Timur", "Khasanov")),
    ],
    "uk": [
        ("Оксана", "Ткаченко", "F", "Ukrainian", "gf", ("Oksana", "Tkachenko")),
        ("Богдан", "Мельник", "M", "Ukrainian", "gf", ("Bohdan", "Melnyk")),
        ("Ярина", "Гнатюк", "F", "Ukrainian", "gf", ("Yaryna", "Hnatiuk")),
    ],
    "tr": [
        ("Elif", "Yıldız", "F", "Turkish"), ("Burak", "Öztürk", "M", "Turkish"),
        ("Zeynep", "Kaya", "F", "Turkish"), ("Mehmet Ali", "Doğan", "M", "Kurdish Turkish"),
        ("Kübra", "Şen", "F", "Turkish"),
    ],
    "ar": [
        ("خالد", "العتيبي", "M", "Saudi", "gf", ("Khalid", "Alotaibi")),
        ("فاطمة الزهراء", "بنعلي", "F", "Moroccan", "gf", ("Fatimazahra", "Benali")),
        ("يوسف", "حداد", "M", "Lebanese", "gf", ("Youssef", "Haddad")),
        ("ريم", "النجار", "F", "Jordanian", "gf", ("Reem", "Alnajjar")),
    ],
    "he": [
        ("נועה", "לוי", "F", "Israeli", "gf", ("Noa", "Levi")),
        ("אורי", "בן דוד", "M", "Israeli", "gf", ("Uri", "Bendavid")),
        ("דניאל", "אזולאי", "M", "Mizrahi", "gf", ("Daniel", "Azoulay")),
    ],
    "ja": [
        ("美咲", "佐々木", "F", "Japanese", "fg0", ("Misaki", "Sasaki")),
        ("健太", "高橋", "M", "Japanese", "fg0", ("Kenta", "Takahashi")),
        ("あかり", "中村", "F", "Japanese", "fg0", ("Akari", "Nakamura")),
        ("翔", "森田", "M", "Japanese", "fg0", ("Sho", "Morita")),
    ],
    "ko": [
        ("서연", "김", "F", "Korean", "fg0", ("Seoyeon", "Kim")),
        ("준호", "박", "M", "Korean", "fg0", ("Junho", "Park")),
        ("하늘", "이", "F", "Korean", "fg0", ("Haneul", "Lee")),
    ],
    "zh": [
        ("丽娟", "王", "F", "Chinese", "fg0", ("Lijuan", "Wang")),
        ("志强", "陈", "M", "Chinese", "fg0", ("Zhiqiang", "Chen")),
        ("雨桐", "林", "F", "Taiwanese", "fg0", ("Yutong", "Lin")),
        ("Ka-ho", "Wong", "M", "Cantonese", "fg"),
    ],
    "hi": [
        ("सुनीता", "यादव", "F", "Hindi", "gf", ("Sunita", "Yadav")),
        ("राजेश कुमार", "शर्मा", "M", "Hindi", "gf", ("Rajesh", "Sharma")),
        ("अंकित", "मिश्रा", "M", "Bhojpuri", "gf", ("Ankit", "Mishra")),
    ],
    "th": [
        ("ณัฐธิดา", "ศรีสุข", "F", "Thai", "gf", ("Natthida", "Srisuk")),
        ("ธนากร", "วงศ์ใหญ่", "M", "Thai", "gf", ("Thanakorn", "Wongyai")),
    ],
    "vi": [
        ("Thu Hà", "Nguyễn Thị", "F", "Vietnamese", "fg"), ("Minh Quân", "Trần", "M", "Vietnamese", "fg"),
        ("Hoàng Phúc", "Lê", "M", "Vietnamese", "fg"), ("Ngọc Ánh", "Phạm", "F", "Vietnamese", "fg"),
    ],
    "id": [
        ("Dewi", "Lestari", "F", "Javanese"), ("Agus", "Setiawan", "M", "Javanese"),
        ("Putu Ayu", "Wulandari", "F", "Balinese"), ("Rizky", "Pratama", "M", "Sundanese"),
    ],
    "tl": [
        ("Maricel", "Dela Cruz", "F", "Filipino"), ("Jomar", "Villanueva", "M", "Filipino"),
        ("Rhea Mae", "Bautista", "F", "Visayan"),
    ],
}

PEOPLE = {k: [Person(k, *t) for t in v] for k, v in PEOPLE_RAW.items()}


# ---------------------------------------------------------------------------------------------
# addresses (typed by hand): real small towns, made-up street numbers. Fields: S street line,
# U flat/unit, B building name, D district/neighbourhood, T town, R region, PC postcode.
# Formats use «…» for an optional group (dropped when a field inside it is empty).
# ---------------------------------------------------------------------------------------------

FMT = {
    "GB": "«{B}\n»«{U}, »{S}\n{T}«\n{R}»\n{PC}",
    "IE": "«{U}, »{S}\n{T}\n{R}\n{PC}",
    "US": "{S}«, {U}»\n{T}, {R} {PC}",
    "CA": "{S}«, {U}»\n{T} {R}  {PC}",
    "CAQ": "{S}\n{T} ({R})  {PC}",
    "AU": "«{U}, »{S}\n{T} {R} {PC}",
    "NZ": "{S}\n{T} {PC}",
    "FR": "«{U}\n»{S}\n{PC} {T}",
    "EU": "{S}«, {U}»\n{PC} {T}",
    "NORD": "{S}« {U}»\n{PC} {T}",
    "ES": "{S}«, {U}»\n{PC} {T} ({R})",
    "IT": "{S}\n{PC} {T} ({R})",
    "BR": "{S}«, {U}»« - {D}»\n{T} - {R}\n{PC}",
    "MX": "{S}«, Col. {D}»\n{PC} {T}, {R}",
    "TR": "{D} {S}« {U}»\n{PC} {T}/{R}",
    "RU": "{S}«, {U}», г. {T}, {R}, {PC}",
    "UA": "{S}«, {U}», м. {T}, {R}, {PC}",
    "JP": "〒{PC}\n{R}{T}{S}",
    "KR": "({PC}) {R} {T} {S}« {U}»",
    "CN": "{R}{T}{S}«{U}»\n邮编 {PC}",
    "TW": "{PC} {R}{T}{S}",
    "IN": "{S}\n{T}\n{R} {PC}",
    "TH": "{S} ต.{D} อ.{T} จ.{R} {PC}",
    "ID": "{S}«, {U}»\n«{D}, »{T}\n{R} {PC}",
    "PH": "{S}«, Brgy. {D}»\n{T}, {R} {PC}",
    "IL": "{S}, {T}",
    "AR": "{S}، {T}« {PC}»",
    "RO": "{S}\n{PC} {T}, jud. {R}",
    "HU": "{T}\n{S}\n{PC}",
    "ZA": "{S}\n{T}\n{PC}",
    "KE": "{S}\n{T}",
    "NG": "{S}\n{T}\n{R}",
    "GR": "{S}\n{PC} {T}",
}
FMT_OF = {"BE": "EU", "DE": "EU", "AT": "EU", "CH": "EU", "NL": "EU", "PL": "EU", "CZ": "EU", "PT": "EU",
          "DK": "EU", "NO": "EU", "SE": "NORD", "FI": "NORD", "MA": "AR", "JO": "AR"}
COUNTRY = {
    "GB": "United Kingdom", "IE": "Ireland", "US": "USA", "CA": "Canada", "CAQ": "Canada", "AU": "Australia",
    "NZ": "New Zealand", "FR": "France", "BE": "Belgium", "DE": "Germany", "AT": "Austria",
    "CH": "Switzerland", "NL": "Netherlands", "ES": "Spain", "IT": "Italy", "PT": "Portugal", "BR": "Brazil",
    "MX": "Mexico", "PL": "Poland", "CZ": "Czech Republic", "SE": "Sweden", "DK": "Denmark",
    "NO": "Norway", "FI": "Finland", "GR": "Greece", "TR": "Turkey", "RU": "Russia", "UA": "Ukraine",
    "JP": "Japan", "KR": "South Korea", "CN": "China", "TW": "Taiwan", "IN": "India", "TH": "Thailand",
    "VN": "Vietnam", "ID": "Indonesia", "PH": "Philippines", "IL": "Israel", "MA": "Morocco",
    "JO": "Jordan", "RO": "Romania", "HU": "Hungary", "ZA": "South Africa", "KE": "Kenya", "NG": "Nigeria",
}


def render(fmt, fields):
    def opt(m):
        keys = re.findall(r"\{(\w+)\}", m.group(1))
        return m.group(1) if all(fields.get(k) for k in keys) else ""

    s = re.sub(r"«(.*?)»", opt, fmt, flags=re.DOTALL)
    return re.sub(r"\{(\w+)\}", lambda m: fields[m.group(1)], s)


class Addr:
    def __init__(self, cc, S="", T="", PC="", R="", U="", D="", B="", fmt=None):
        self.cc = cc
        self.raw = {"S": S, "T": T, "PC": PC, "R": R, "U": U, "D": D, "B": B}
        self.fmt = fmt or FMT.get(cc) or FMT[FMT_OF[cc]]

    def __getattr__(self, k):
        if k in ("S", "T", "PC", "R", "U", "D", "B"):
            v = self.raw[k]
            return L(v) if v else ""
        if k in ("s", "t", "pc", "r", "u", "d", "b"):
            return self.raw[k.upper()]
        raise AttributeError(k)

    def fields(self):
        return {k: (L(v) if v else "") for k, v in self.raw.items()}

    def block(self):
        return render(self.fmt, self.fields())

    def line(self, sep=", "):
        joiner = " " if self.cc in ("JP", "CN", "TW") else sep
        return self.block().replace("\n", joiner)

    @property
    def country(self):
        return COUNTRY[self.cc]


ADDRS = [
    Addr("GB", S="14 Bridge Street", T="Ledbury", R="Herefordshire", PC="HR8 2AH"),
    Addr("GB", U="Flat 3", S="27 High Street", T="Moffat", PC="DG10 9HL"),
    Addr("GB", S="41 Rhosmaen Street", T="Llandeilo", PC="SA19 6HA"),
    Addr("GB", S="9 Kirkgate", T="Settle", R="North Yorkshire", PC="BD24 9DZ"),
    Addr("GB", B="Rose Cottage", S="3 Church Lane", T="Bampton", PC="OX18 2LN"),
    Addr("GB", S="11 Mill Brow", T="Kirkby Lonsdale", PC="LA6 2AT"),
    Addr("GB", U="Apartment 6", S="18 Bondgate Within", T="Alnwick", PC="NE66 1TD"),
    Addr("GB", S="5 Mermaid Street", T="Rye", R="East Sussex", PC="TN31 7ET"),
    Addr("GB", S="73 Fore Street", T="Totnes", PC="TQ9 5NJ"),
    Addr("IE", S="12 Henry Street", T="Kenmare", R="Co. Kerry", PC="V93 T2X4"),
    Addr("IE", S="7 Ashe Street", T="Clonakilty", R="Co. Cork", PC="P85 KX93"),
    Addr("IE", U="Apt 2", S="4 Dundalk Street", T="Carlingford", R="Co. Louth", PC="A91 Y7C6"),
    Addr("US", S="418 Pine Street", T="Stowe", R="VT", PC="05672"),
    Addr("US", S="76 Tombstone Canyon", T="Bisbee", R="AZ", PC="85603"),
    Addr("US", S="902 S Bench St", T="Galena", R="IL", PC="61036"),
    Addr("US", S="1207 Lafayette Street", U="Apt 2B", T="Cape May", R="NJ", PC="08204"),
    Addr("US", S="205 Parkway Ave N", T="Lanesboro", R="MN", PC="55949"),
    Addr("US", S="514 Main Street", T="Ouray", R="CO", PC="81427"),
    Addr("US", S="22 Spring Street", T="Eureka Springs", R="AR", PC="72632"),
    Addr("US", S="1510 Montello Ave", T="Hood River", R="OR", PC="97031"),
    Addr("US", S="88 Front Street", U="Unit 4", T="Beaufort", R="NC", PC="28516"),
    Addr("CA", S="518 Chebucto Street", T="Baddeck", R="NS", PC="B0E 1B0"),
    Addr("CA", S="331 Campbell Street", T="Tofino", R="BC", PC="V0R 2Z0"),
    Addr("CAQ", S="44, rue Sainte-Anne", T="Baie-Saint-Paul", R="Québec", PC="G3Z 1P1"),
    Addr("AU", S="12 Vincent Street", T="Daylesford", R="VIC", PC="3460"),
    Addr("AU", U="Unit 3", S="41 Terralong Street", T="Kiama", R="NSW", PC="2533"),
    Addr("AU", S="58 Sackville Street", T="Port Fairy", R="VIC", PC="3284"),
    Addr("NZ", S="19 Buckingham Street", T="Arrowtown", PC="9302"),
    Addr("NZ", S="7 Rue Lavaud", T="Akaroa", PC="7520"),
    Addr("NZ", S="2 Kitchener Street", T="Martinborough", PC="5711"),
    Addr("FR", S="8 Grand'Rue", T="Eguisheim", PC="68420"),
    Addr("FR", S="14 rue de la République", T="Sarlat-la-Canéda", PC="24200"),
    Addr("FR", U="Appartement 12", S="3 quai Sainte-Catherine", T="Honfleur", PC="14600"),
    Addr("FR", S="5 rue Émile Zola", T="Uzès", PC="30700"),
    Addr("FR", S="22 rue du Port", T="Cancale", PC="35260"),
    Addr("FR", S="9 place Paul Gauguin", T="Pont-Aven", PC="29930"),
    Addr("BE", S="Rue du Moulin 14", T="Bouillon", PC="6830"),
    Addr("BE", S="Kerkstraat 21", T="Damme", PC="8340"),
    Addr("DE", S="Unterstadtstraße 12", T="Meersburg", PC="88709"),
    Addr("DE", S="Laufenstraße 18", T="Monschau", PC="52156"),
    Addr("DE", S="Segringer Straße 33", T="Dinkelsbühl", PC="91550"),
    Addr("DE", S="Oberstraße 41", T="Bacharach", PC="55422"),
    Addr("DE", S="Goethestraße 9", T="Bernkastel-Kues", PC="54470"),
    Addr("AT", S="Seestraße 104", T="Hallstatt", PC="4830"),
    Addr("AT", S="Dürnstein 57", T="Dürnstein", PC="3601"),
    Addr("AT", S="Josef-Pirchl-Straße 12", U="Top 5", T="Kitzbühel", PC="6370"),
    Addr("CH", S="Rue du Bourg 11", T="Gruyères", PC="1663"),
    Addr("CH", S="Hauptgasse 28", T="Appenzell", PC="9050"),
    Addr("NL", S="Binnenpad 48", T="Giethoorn", PC="8355 BP"),
    Addr("NL", S="Hofstraat 6", T="Thorn", PC="6017 AK"),
    Addr("NL", S="Markt 15", T="Veere", PC="4351 AG"),
    Addr("ES", S="Calle Real, 23", U="2º A", T="Cadaqués", PC="17488", R="Girona"),
    Addr("ES", S="Calle del Riofrío, 8", T="Cudillero", PC="33150", R="Asturias"),
    Addr("ES", S="Kale Nagusia, 31", U="1º izda.", T="Hondarribia", PC="20280", R="Gipuzkoa"),
    Addr("ES", S="Avenida de la Paz, 4", T="Zahara de la Sierra", PC="11688", R="Cádiz"),
    Addr("IT", S="Via Garibaldi 17", T="Bellagio", PC="22021", R="CO"),
    Addr("IT", S="Via Cavour 5", T="Spello", PC="06038", R="PG"),
    Addr("IT", S="Via della Repubblica 88", T="Camogli", PC="16032", R="GE"),
    Addr("IT", S="Via Monte Nero 12", T="Alberobello", PC="70011", R="BA"),
    Addr("IT", S="Piazza Motta 3", T="Orta San Giulio", PC="28016", R="NO"),
    Addr("PT", S="Rua Direita, 42", T="Óbidos", PC="2510-060"),
    Addr("PT", S="Rua de Santiago, 6", T="Monsaraz", PC="7200-175"),
    Addr("PT", S="Rua Dr. Eduardo Burnay, 14", U="2.º Esq.", T="Ericeira", PC="2655-370"),
    Addr("BR", S="Rua do Comércio, 217", D="Centro", T="Cunha", R="SP", PC="12530-000"),
    Addr("BR", S="Rua Direita, 58", T="Pirenópolis", R="GO", PC="72980-000"),
    Addr("BR", S="Rua Barão do Rio Branco, 312", U="apto 21", T="Morretes", R="PR", PC="83350-000"),
    Addr("BR", S="Rua Coronel Domingues de Castro, 94", T="São Luiz do Paraitinga", R="SP", PC="12140-000"),
    Addr("MX", S="Calle Revolución 14", D="Centro", T="Tepoztlán", R="Mor.", PC="62520"),
    Addr("MX", S="Av. 5 No. 708", D="Centro", T="Bacalar", R="Q. Roo", PC="77930"),
    Addr("MX", S="Calle Lanzagorta 12", T="Real de Catorce", R="S.L.P.", PC="78550"),
    Addr("PL", S="Rynek 14", T="Lanckorona", PC="34-143"),
    Addr("PL", S="ul. Pułaskiego 31/4", T="Krynica-Zdrój", PC="33-380"),
    Addr("PL", S="ul. Opolska 8", T="Paczków", PC="48-370"),
    Addr("CZ", S="nám. Zachariáše z Hradce 17", T="Telč", PC="588 56"),
    Addr("CZ", S="Náměstí 22", T="Mikulov", PC="692 01"),
    Addr("CZ", S="Zauliční 118", T="Štramberk", PC="742 66"),
    Addr("SE", S="Stora gatan 12", T="Sigtuna", PC="193 30"),
    Addr("SE", S="Brahegatan 38", T="Gränna", PC="563 32"),
    Addr("SE", S="Storgatan 5", U="lgh 1102", T="Vadstena", PC="592 32"),
    Addr("DK", S="Sortebrødregade 9", T="Ribe", PC="6760"),
    Addr("DK", S="Vestervej 31", U="1. th.", T="Skagen", PC="9990"),
    Addr("NO", S="Kjerkgata 22", T="Røros", PC="7374"),
    Addr("NO", S="Strandgata 11", T="Lillesand", PC="4790"),
    Addr("FI", S="Mannerheiminkatu 14", U="B 7", T="Naantali", PC="21100"),
    Addr("FI", S="Fiskarsintie 9", T="Fiskars", PC="10470"),
    Addr("GR", S="Βασιλέως Κωνσταντίνου 14", T="Ναύπλιο", PC="211 00"),
    Addr("GR", S="Δελφών 32", T="Αράχωβα", PC="320 04"),
    Addr("GR", S="Ανεξαρτησίας 5", T="Πάργα", PC="480 60"),
    Addr("TR", D="Kemalpaşa Mah.", S="Hacı Memiş Sok. No: 7", U="D: 2", T="Çeşme", R="İzmir", PC="35930"),
    Addr("TR", D="Çeşme Mah.", S="Akpınar Cad. No: 21", T="Safranbolu", R="Karabük", PC="78600"),
    Addr("TR", D="Aydınlı Mah.", S="Uzundere Cad. No: 14", T="Göreme", R="Nevşehir", PC="50180"),
    Addr("RU", S="ул. Калинина, д. 18", U="кв. 3", T="Плёс", R="Ивановская обл.", PC="155555"),
    Addr("RU", S="ул. Никольская, д. 5", T="Мышкин", R="Ярославская обл.", PC="152830"),
    Addr("RU", S="ул. Ленина, д. 27", U="кв. 11", T="Таруса", R="Калужская обл.", PC="249100"),
    Addr("UA", S="вул. Свободи, 112", T="Яремче", R="Івано-Франківська обл.", PC="78500"),
    Addr("UA", S="вул. Львівська, 9", U="кв. 4", T="Жовква", R="Львівська обл.", PC="80300"),
    Addr("JP", PC="389-2502", R="長野県", T="下高井郡野沢温泉村", S="豊郷8714-2"),
    Addr("JP", PC="501-5627", R="岐阜県", T="大野郡白川村", S="荻町2261"),
    Addr("JP", PC="626-0423", R="京都府", T="与謝郡伊根町", S="平田491"),
    Addr("KR", PC="57337", R="전라남도", T="담양군 담양읍", S="죽향대로 1147", U="102동 803호"),
    Addr("KR", PC="25015", R="강원특별자치도", T="양양군 현남면", S="인구길 23"),
    Addr("CN", PC="314100", R="浙江省", T="嘉兴市嘉善县西塘镇", S="南苑路28号", U="3幢502室"),
    Addr("CN", PC="245500", R="安徽省", T="黄山市黟县宏村镇", S="际村116号"),
    Addr("TW", PC="224", R="新北市", T="瑞芳區", S="基山街142號"),
    Addr("IN", S="H.No. 12, Camel's Back Road", T="Mussoorie", R="Uttarakhand", PC="248179"),
    Addr("IN", S="House No. 88, Jhansi Road", T="Orchha", R="Madhya Pradesh", PC="472246"),
    Addr("IN", S="Door No. 5/112, Main Bazaar Road", T="Kamalapura", R="Karnataka", PC="583221"),
    Addr("TH", S="89/3 หมู่ 4", D="เวียงใต้", T="ปาย", R="แม่ฮ่องสอน", PC="58130"),
    Addr("TH", S="212 ถนนชายโขง", D="เชียงคาน", T="เชียงคาน", R="เลย", PC="42110"),
    Addr("VN", S="Số 14 đường Cầu Mây", T="Sa Pa", R="Lào Cai", fmt="{S}, thị xã {T}, tỉnh {R}"),
    Addr("VN", S="thôn Văn Lâm", D="Ninh Hải", T="Hoa Lư", R="Ninh Bình", fmt="{S}, xã {D}, huyện {T}, tỉnh {R}"),
    Addr("ID", S="Jl. Raya Ubud No. 27", T="Ubud", D="Gianyar", R="Bali", PC="80571",
         fmt="{S}\n{T}, Kab. {D}\n{R} {PC}"),
    Addr("ID", S="Jl. Kaliurang Km 21", U="RT 03/RW 07", D="Hargobinangun", T="Pakem", R="DI Yogyakarta",
         PC="55582"),
    Addr("PH", S="Purok 3", D="Poblacion", T="Sagada", R="Mountain Province", PC="2619"),
    Addr("PH", S="12 Rizal St.", D="Pinagsanjan", T="Pagsanjan", R="Laguna", PC="4008"),
    Addr("IL", S="רחוב הגליל 12", T="ראש פינה"),
    Addr("IL", S="הרקפות 7", T="מטולה"),
    Addr("MA", S="درب السوق، رقم 9", T="شفشاون", PC="91000"),
    Addr("JO", S="حي القلعة، شارع الملك عبدالله", T="عجلون"),
    Addr("RO", S="Str. Mihai Viteazul nr. 12", T="Biertan", R="Sibiu", PC="557080"),
    Addr("RO", S="Viscri nr. 141", T="Bunești", R="Brașov", PC="507017"),
    Addr("HU", S="Kossuth Lajos utca 15.", T="Tokaj", PC="3910"),
    Addr("HU", S="Petőfi utca 4.", T="Hollókő", PC="3176"),
    Addr("ZA", S="17 Main Street", T="Clarens", PC="9707"),
    Addr("ZA", S="23 Queen Victoria Street", T="Stanford", PC="7210"),
    Addr("KE", S="P.O. Box 214-80500", T="Lamu"),
    Addr("NG", S="Plot 7, Abeokuta Road", T="Igbo-Ora", R="Oyo State"),
]

# phones in national format, no country code (typed by hand)
PHONES = {
    "GB": ["07723 418906", "07481 552 307", "01531 634219", "01683 220 418", "01558 823941",
           "01729 822 304", "07906 245183", "07512 993 046", "01797 224 615", "07398 120 574"],
    "IE": ["087 316 4829", "085 172 9934", "064 664 1287", "023 883 4561"],
    "US": ["(802) 253-4417", "(520) 432-7981", "815-777-3026", "(609) 884-2176", "507.467.2290",
           "970-325-4418", "(479) 253-8812", "541-386-7723", "(252) 728-3391"],
    "CA": ["(902) 295-3318", "250-725-4471", "418 435-2964"],
    "AU": ["0412 386 594", "0438 771 205", "(03) 5348 2217", "(02) 4232 1809"],
    "NZ": ["021 448 3920", "027 615 2084", "(03) 442 1876"],
    "FR": ["06 12 48 73 95", "07 81 36 52 04", "03 89 41 27 56", "05 53 31 48 22", "02 98 06 14 73",
           "06 77 20 39 84"],
    "BE": ["0476 31 82 57", "0499 72 14 08"],
    "DE": ["0151 42873916", "0176 2384 5519", "07532 418873", "02472 9631", "0160 97341258",
           "09851 572904"],
    "AT": ["0664 381 2947", "0676 512 83 04"],
    "CH": ["079 318 42 96", "071 787 15 32"],
    "NL": ["06-41872953", "06 28 39 41 70", "0118-581 264"],
    "ES": ["612 48 93 17", "678 302 915", "972 25 81 36", "943 64 21 87"],
    "IT": ["347 281 9364", "333 418 2075", "031 950217", "0185 772941", "328 604 1193"],
    "PT": ["912 384 617", "936 271 840", "262 958 114"],
    "BR": ["(12) 99731-4826", "(62) 98412-5539", "(41) 99128-3407", "(12) 3671-2294"],
    "MX": ["739 395 2417", "983 834 1926", "55 3418 2297"],
    "PL": ["601 384 927", "512 739 406", "18 471 23 66"],
    "CZ": ["731 284 596", "605 418 273"],
    "SE": ["070-318 42 96", "073-521 84 07", "08-592 511 34"],
    "DK": ["21 48 37 96", "28 14 05 63"],
    "NO": ["913 48 276", "482 19 537"],
    "FI": ["040 718 3926", "050 381 4427"],
    "GR": ["694 418 2735", "697 305 1148", "27520 28914"],
    "TR": ["0532 418 73 96", "0555 271 84 30", "0370 712 45 18"],
    "RU": ["8 (915) 832-47-16", "8 903 418-27-95", "8 (49339) 4-17-82"],
    "UA": ["067 318 42 95", "095 741 28 63"],
    "JP": ["090-4318-2769", "080-2947-1365", "0269-85-3814"],
    "KR": ["010-4827-3916", "010-9183-2746", "061-381-2947"],
    "CN": ["138 5731 4826", "159 0562 8143"],
    "HK": ["9178 2364"],
    "TW": ["0912-483-726"],
    "IN": ["98370 41826", "76039 28415", "0135 263 1842"],
    "TH": ["089 417 2863", "062 830 1947", "053 699 241"],
    "VN": ["0912 438 765", "0387 215 946"],
    "ID": ["0812-3847-2916", "0857 4102 6638"],
    "PH": ["0917 482 3915", "0998 213 4076"],
    "IL": ["052-418-3927", "054-762-1840", "04-693-2718"],
    "AE": ["050 418 2739", "055 937 1842"],
    "SA": ["055 318 4297"],
    "MA": ["06 61 84 27 39"],
    "JO": ["079 418 3926"],
    "LB": ["03 418 297"],
    "RO": ["0742 318 496", "0268 512 847"],
    "HU": ["06 30 418 2739", "06 47 352 184"],
    "ZA": ["082 418 3927", "058 256 1493"],
    "NG": ["0803 418 2796", "0706 235 8841"],
    "KE": ["0722 418 396", "0711 583 204"],
    "GH": ["024 418 3926"],
    "SG": ["9418 2736"],
    "MY": ["012-418 3927"],
}

# dates of birth (y, m, d), typed by hand; IDs below that encode a date carry their own
DOBS = [(1958, 4, 2), (1963, 10, 29), (1971, 1, 17), (1974, 6, 8), (1977, 12, 24), (1981, 3, 3),
        (1983, 7, 19), (1986, 11, 11), (1989, 2, 28), (1990, 9, 6), (1993, 5, 30), (1996, 8, 13),
        (1999, 1, 4), (2001, 10, 22), (1952, 7, 31), (1968, 2, 14), (1979, 5, 9), (1994, 12, 1)]

# national IDs with valid check digits (worked out once, typed in): value, sex, (y, m, d) or None
IDS = {
    "ES_DNI": [("48273916K", None, None), ("20561438J", None, None), ("73914052X", None, None),
               ("51608327F", None, None)],
    "ES_NIE": [("X4821736Q", None, None), ("Y2093817A", None, None), ("Z1748305B", None, None)],
    "PT_NIF": [("214738590", None, None), ("259816345", None, None), ("198374623", None, None)],
    "BR_CPF": [("318.462.957-00", None, None), ("527.093.184-23", None, None), ("604.731.825-80", None, None),
               ("239.158.476-82", None, None)],
    "PL_PESEL": [("87061448264", "F", (1987, 6, 14)), ("62110391759", "M", (1962, 11, 3)),
                 ("95022730530", "M", (1995, 2, 27))],
    "SE_PNR": [("790823-3724", "F", (1979, 8, 23)), ("910412-6488", "F", (1991, 4, 12)),
               ("580127-2195", "M", (1958, 1, 27)), ("850930-4567", "M", (1985, 9, 30))],
    "FI_HETU": [("140384-2174", "M", (1984, 3, 14)), ("020771-358T", "M", (1971, 7, 2)),
                ("290902A1466", "F", (2002, 9, 29))],
    "TR_TCKN": [("38291504754", None, None), ("51473082932", None, None), ("27918463550", None, None)],
    "IL_ID": [("314758293", None, None), ("205836190", None, None), ("058372145", None, None)],
    "CN_RIC": [("330421198805173627", "F", (1988, 5, 17)), ("341023199203081547", "F", (1992, 3, 8))],
    "NO_FNR": [("15068341253", "F", (1983, 6, 15)), ("24097135920", "M", (1971, 9, 24))],
    "UK_NINO": [("JR 47 19 83 C", None, None), ("NP 48 26 17 D", None, None), ("SK 20 93 58 A", None, None)],
    "GB_PASS": [("538291746", None, None), ("127403985", None, None)],
    "NG_PASS": [("A09384712", None, None)],
    "IN_PASS": [("T4829173", None, None)],
}
# Italian codici fiscali encode the holder's name and birth: tied to one person each
CF = {
    ("Giulia", "Ferrante"): ("FRRGLI84P61A662K", (1984, 9, 21), "Bari"),
    ("Salvatore", "Esposito"): ("SPSSVT71C05F839O", (1971, 3, 5), "Napoli"),
    ("Chiara", "Brambilla"): ("BRMCHR93T70F205K", (1993, 12, 30), "Milano"),
    ("Domenico", "Pellegrino"): ("PLLDNC66L14G273Z", (1966, 7, 14), "Palermo"),
}
SSNS = ["524-71-9386", "318-40-2257", "609-28-4413"]
IBANS = {
    "DE": ["DE20 7605 0101 0041 7283 95", "DE27 4306 0967 1048 2739 00", "DE27 8305 0000 0000 5731 62"],
    "GB": ["GB71 BARC 2041 5763 9182 74", "GB06 NWBK 6018 2247 1059 36"],
    "NL": ["NL82 RABO 0318 4729 56", "NL80 INGB 0006 8392 14"],
    "IE": ["IE85 AIBK 9311 5238 4620 17"],
    "FR": ["FR76 3000 4018 3200 0104 7392 639", "FR51 2004 1010 0505 1837 2M02 971"],
    "ES": ["ES87 2100 4517 0702 0031 8475"],
    "IT": ["IT23 D030 6909 6061 0000 0073 184"],
    "PL": ["PL87 1020 4027 0000 3902 1847 5361", "PL40 1140 2004 4000 3702 7361 9048"],
    "PT": ["PT50 0035 0241 0003 8472 9131 2"],
    "BE": ["BE42 0634 7182 9354", "BE56 0016 2847 3988"],
}
CARDS = ["4539 1762 8104 7357", "5352 1874 0096 3185", "4929601384572066", "3764 182093 57466"]
IPS = ["86.143.207.19", "92.184.105.38", "24.118.93.207", "79.206.41.153", "151.38.112.84",
       "2a02:c7c:5e1d:8800:d1f4:39a2:6b0e:1c47", "178.197.224.61"]
MRNS = ["RVJ 448 2917"]


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
}


def fd(ymd, style):
    y, m, d = ymd
    if style == "dmy/":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "mdy/":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "mdy":
        return f"{MONTHS['en'].split()[m - 1]} {d}, {y}"
    if style == "cjk":
        return f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "hu":
        return f"{y}. {m:02d}. {d:02d}."
    if style == "th":
        return f"{d} {MONTHS['th'].split()[m - 1]} {y + 543}"
    if style == "de":
        return f"{d}. {MONTHS['de'].split()[m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style].split()[m - 1]} de {y}"
    return f"{d} {MONTHS[style].split()[m - 1]} {y}"


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never the same value twice in a row
# ---------------------------------------------------------------------------------------------

class Draw:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.use = Counter()
        self.bind = {}  # person key -> {"dob": (y, m, d), ID kind: value}: one identity per person
        self.owner = {}  # (ID kind, value) -> Person


def _key(x):
    if isinstance(x, Person):
        return ("P", x.key, x.g, x.f)
    if isinstance(x, Addr):
        return ("A", x.cc, x.raw["S"], x.raw["T"])
    return ("V", repr(x))


class Row:
    def __init__(self, draw, i):
        self.d, self.i, self.used = draw, i, set()

    def _pick(self, items):
        cands = [x for x in items if _key(x) not in self.used]
        assert cands, "pool exhausted in one row"
        low = min(self.d.use[_key(x)] for x in cands)
        best = [x for x in cands if self.d.use[_key(x)] == low]
        x = self.d.rng.choice(best)
        self.d.use[_key(x)] += 1
        self.used.add(_key(x))
        return x

    def p(self, *keys, sex=None, tags=None):
        pool = [x for k in keys for x in PEOPLE[k]
                if (sex is None or x.sex == sex) and (tags is None or x.tag in tags)]
        return self._pick(pool)

    def a(self, *ccs):
        return self._pick([x for x in ADDRS if x.cc in ccs])

    def ph(self, cc):
        return PH(self._pick(PHONES[cc]))

    def dob_of(self, p):
        """The person's date of birth: drawn once, then always the same."""
        b = self.d.bind.setdefault(_key(p), {})
        if "dob" not in b:
            low = min(self.d.use[_key(x)] for x in DOBS)
            b["dob"] = self.d.rng.choice([x for x in DOBS if self.d.use[_key(x)] == low])
            self.d.use[_key(b["dob"])] += 1
        return b["dob"]

    def idp(self, kind, *keys, tags=None):
        """(person, ID value, date of birth or None): an ID always goes with the same person, and a
        person holds one ID of a kind; IDs that encode a birth date or sex get a matching person."""
        value, sex, dob = self._pick(IDS[kind])
        p = self.d.owner.get((kind, value))
        if p is None:
            def fits(x):
                b = self.d.bind.get(_key(x), {})
                return (kind not in b and (sex is None or x.sex == sex) and (tags is None or x.tag in tags)
                        and (dob is None or b.get("dob", dob) == dob))
            p = self._pick([x for k in keys for x in PEOPLE[k] if fits(x)])
            b = self.d.bind.setdefault(_key(p), {})
            b[kind] = value
            if dob:
                b["dob"] = dob
            self.d.owner[(kind, value)] = p
        else:
            assert _key(p) not in self.used
            self.d.use[_key(p)] += 1
            self.used.add(_key(p))
        return p, value, self.d.bind[_key(p)].get("dob")

    def cf(self):
        """An Italian codice fiscale and the person it belongs to."""
        cands = [x for x in PEOPLE["it"] if (x.g, x.f) in CF]
        p = self._pick(cands)
        return (p, *CF[(p.g, p.f)])

    def iban(self, cc):
        return mk("IBAN_CODE", self._pick(IBANS[cc]))

    def card(self):
        return mk("CREDIT_CARD", self._pick(CARDS))

    def ip(self):
        return mk("IP_ADDRESS", self._pick(IPS))

    def ssn(self):
        return mk("US_SSN", self._pick(SSNS))

    def mrn(self):
        return mk("MEDICAL_RECORD_NUMBER", self._pick(MRNS))

    def pick(self, seq):
        """Filler chosen by row number, so rows of a template differ."""
        return seq[self.i % len(seq)]

    def rnd(self, seq):
        return self.d.rng.choice(seq)

    def num(self, lo, hi):
        return self.d.rng.randint(lo, hi)


TEMPLATES = []


def tpl(cls, name, n, lang="en", case=None):
    def deco(fn):
        TEMPLATES.append((cls, name, n, lang, case, fn))
        return fn

    return deco


def clean(cls, name, lang, texts, case=None):
    TEMPLATES.append((cls, name, len(texts), lang, case, lambda r, t=tuple(texts): t[r.i]))


# =============================================================================================
# personal_listing: listings, ads and shop pages that carry the seller's own contact details
# =============================================================================================

@tpl("personal_listing", "ebay_collect", 2)
def _(r):
    a, p = r.a("GB"), r.p("en")
    item = r.pick([
        ("Fender Stratocaster, 1998 Mexican Standard, sunburst. Buckle rash on the back, frets fine, "
        "comes with the Fender gig bag."),
        "Gibson Les Paul Studio from 2004, wine red, Grover tuners fitted. Some lacquer checking, plays great.",
        "Roland Juno-106, all voice chips replaced in 2021. One slider a bit scratchy.",
    ])
    return (
        "Can you tidy up this eBay listing? Keep it honest, it was my late dad's.\n\n"
        f"{item}\n"
        f"Collection only from {a.line()}, or I can meet halfway.\n"
        f"Ring {p.G} on {r.ph('GB')} after 6pm."
    )


@tpl("personal_listing", "leboncoin_annonce", 2, "fr")
def _(r):
    a, p = r.a("FR"), r.p("fr")
    item, state, price = r.pick([
        ("un sac Louis Vuitton Speedy 30 monogram, code date SP0041", "Cuir des poignées patiné, zip OK", "390"),
        ("une cocotte Le Creuset 24 cm coloris volcanique", "Émail intérieur sans éclat", "85"),
        ("la machine à coudre Singer 201K de ma grand-mère", "Fonctionne, pédale d'origine", "120"),
    ])
    return (
        "Tu peux améliorer mon annonce Leboncoin ? Je voudrais un ton plus vendeur mais sans mentir.\n\n"
        f"« Vends {item}. {state}. Prix : {price} €, pas d'échange. Remise en main propre à {a.T} "
        f"({a.PC}), {a.S}, ou envoi Mondial Relay à vos frais. Demandez {p.G} au {r.ph('FR')}, "
        "pas de SMS après 21h. »"
    )


@tpl("personal_listing", "kleinanzeigen", 2, "de")
def _(r):
    a, p = r.a("DE", "AT", "CH"), r.p("de")
    cc = {"DE": "DE", "AT": "AT", "CH": "CH"}[a.cc]
    item = r.pick([
        "Märklin H0 Startpackung 29000 mit Trafo und Ovalgleis",
        "Dr. Martens 1460 in Gr. 42, kaum getragen",
        "Kinderwagen Bugaboo Fox 2 mit Babywanne",
    ])
    return (
        "Bitte kürzer und freundlicher formulieren, das klingt so streng:\n\n"
        f"Verkaufe {item}. Privatverkauf, keine Garantie, keine Rücknahme!! "
        f"Abholung in {a.PC} {a.T}, {a.S} (Hinterhof, 2. Klingel). "
        f"Bei Fragen {p.N} anrufen: {r.ph(cc)}. Kein Versand, keine Anfragen nach PayPal Freunde."
    )


@tpl("personal_listing", "wallapop_texto", 2, "es")
def _(r):
    a, p = r.a("ES"), r.p("es")
    item = r.pick([
        "bicicleta Orbea Avant talla 53, grupo Shimano 105",
        "chaqueta vaquera Levi's Trucker talla M, lavado oscuro",
        "Thermomix TM5 con el libro y acceso a Cookidoo hasta junio",
    ])
    return (
        "¿Me ayudas con el texto? Es para Wallapop y quiero que suene más cercano.\n\n"
        f"Vendo {item}. Está como nueva. Entrego en mano en {a.T} ({a.R}), cerca de {a.S}, "
        f"o envío con Wallapop Envíos. Si preferís llamar, soy {p.G}: {r.ph('ES')}. No contesto a ofertas ridículas."
    )


@tpl("personal_listing", "jimoty_post", 2, "ja")
def _(r):
    a, p = r.a("JP"), r.p("ja")
    item = r.pick([
        "無印良品のスタッキングシェルフ（3段×2列・オーク材）",
        "ヤマハのアップライトピアノ YU11（2009年製）",
    ])
    return (
        "ジモティーの投稿文を丁寧な言い方に直してください。\n\n"
        f"【譲ります】{item}\n"
        f"引き取り場所：{a.line()}\n"
        f"担当：{p.N}（{r.ph('JP')}）\n"
        "平日18時以降、土日は終日OK。運び出しは手伝えません。"
    )


@tpl("personal_listing", "avito_obyavlenie", 2, "ru")
def _(r):
    a, p = r.a("RU"), r.p("ru")
    item = r.pick(["самовар тульский 1950-х, латунь, без вмятин", "швейную машинку «Подольск» в тумбе, на ходу"])
    return (
        "Сделай объявление для Авито покороче и без ошибок:\n\n"
        f"Продаю {item}. Самовывоз: {a.line()}. Контактное лицо {p.G}, {r.ph('RU')} (звонить с 10 до 20). "
        "Торг уместен, доставкой не занимаюсь"
    )


@tpl("personal_listing", "olx_ogloszenie", 2, "pl")
def _(r):
    a, p = r.a("PL"), r.p("pl")
    item = r.pick([
        "rower Romet Wagant 1 z lat 80-tych, po serwisie",
        "komplet LEGO Harry Potter 76405 Hogwarts Express, kompletny z pudełkiem",
        "aparat Zenit-E z obiektywem Helios 44-2",
    ])
    return (
        "Popraw błędy w moim ogłoszeniu na OLX, nie zmieniaj ceny:\n\n"
        f"Sprzedam {item}. Stan bardzo dobry. Odbior osobisty {a.S}, {a.PC} {a.T}, "
        f"ewentualnie wysyłka InPost. Kontakt {p.N}, tel {r.ph('PL')}. Nie odpisuje na smsy z linkami."
    )


@tpl("personal_listing", "fb_marketplace_lower", 2, case="lower")
def _(r):
    a = r.a("GB", "IE", "AU")
    cc = "GB" if a.cc == "GB" else a.cc
    p = r.p("en")
    item = r.pick([
        "my nans singer 99k in the bentwood case, it still works",
        "a le creuset casserole set in volcanic orange, 3 pieces",
        "ikea kallax 4x4 in white, already taken apart",
    ])
    return (
        f"can u write a facebook marketplace post for me, selling {item}. "
        f"pick up only from {a.S}, {a.T} {a.PC}. message {p.G} or text {r.ph(cc)}. "
        "no holds, first come first served"
    )


@tpl("personal_listing", "daangn_post", 2, "ko")
def _(r):
    a, p = r.a("KR"), r.p("ko")
    item = r.pick(["다이슨 V11 무선청소기 (배터리 교체함)", "레고 해리포터 호그와트 성 71043"])
    return (
        "당근마켓 판매글 좀 자연스럽게 다듬어 주세요.\n\n"
        f"{item} 팝니다. 박스 있어요. 직거래는 {a.T} {a.S} 앞에서 가능하고, "
        f"연락은 {p.N} {r.ph('KR')}로 문자 주세요. 네고 사절."
    )


@tpl("personal_listing", "olx_anuncio", 2, "pt")
def _(r):
    a, p = r.a("BR"), r.p("br")
    item = r.pick([
        "guitarra Tagima T-635 com case, captação original",
        "máquina de costura Singer Facilita Pro, pouco uso",
        "tênis Nike Air Jordan 1 Mid tamanho 41, original com nota",
    ])
    return (
        "Melhora esse anúncio pra OLX? Quero algo mais direto.\n\n"
        f"Vendo {item}. Retirada na {a.S}, {a.T}-{a.R}, CEP {a.PC}. "
        f"Chama no zap {r.ph('BR')}, falar com {p.G}. Não aceito troca."
    )


@tpl("personal_listing", "marktplaats_advertentie", 2, "nl")
def _(r):
    a = r.a("NL", "BE")
    p = r.p("nl")
    item = r.pick(["Gazelle Tour Populair damesfiets, 57 cm", "Vitra Eames plastic chair (DSW), 4 stuks"])
    return (
        "Kun je deze advertentie op Marktplaats wat netter maken?\n\n"
        f"Te koop: {item}. Ophalen in {a.T} ({a.S}). Bellen of appen naar {p.N}: {r.ph(a.cc)}. "
        "Bieden mag, niet verzenden."
    )


@tpl("personal_listing", "etsy_about", 3)
def _(r):
    a = r.a(*r.pick([("CA", "CAQ"), ("US",), ("NZ",)]))
    p = r.p("en")
    cc = "CA" if a.cc == "CAQ" else a.cc
    thing, courier = r.pick([
        ("Singer and Pfaff sewing machines", "Canada Post"),
        ("Pyrex and Fire-King glassware", "USPS Ground Advantage"),
        ("mid-century Danish teak furniture", "NZ Post"),
    ])
    return (
        "Rewrite the About section of my Etsy shop so it sounds warmer and less like a legal notice:\n\n"
        f"\"Hi, I'm {p.N}. I restore vintage {thing} in my garage studio at {a.line()}. "
        f"Local pick-up is free, everything else ships with {courier}. "
        f"Questions: {p.email('g.f', 'gmail.com')} or {r.ph(cc)}. No returns on custom orders.\""
    )


@tpl("personal_listing", "blocket_annons", 2, "sv")
def _(r):
    a, p = r.a("SE"), r.p("sv")
    item = r.pick(["Hasselblad 500C/M med 80 mm Planar", "Fjällräven Kånken No. 2, nästan oanvänd"])
    return (
        "Kan du skriva om min annons på Blocket så den låter mindre stressad?\n\n"
        f"Säljer {item}. Hämtas på {a.S}, {a.PC} {a.T}. Ring {p.G} på {r.ph('SE')} eller swisha direkt, "
        "först till kvarn. Skickas ej!!"
    )


@tpl("personal_listing", "nordic_ad", 3, ("da", "no", "fi"))
def _(r):
    if r.i == 0:
        a, p = r.a("DK"), r.p("da")
        return (
            "Kan du rette stavefejlene i min annonce på DBA?\n\n"
            f"Sælger Bang & Olufsen Beogram 4000 pladespiller, virker perfekt. Afhentes {a.S}, {a.PC} {a.T}. "
            f"Skriv eller ring til {p.N} på {r.ph('DK')}. Mobilepay ved afhentning."
        )
    if r.i == 1:
        a, p = r.a("NO"), r.p("no")
        return (
            "Kan du gjøre denne FINN-annonsen litt mer selgende?\n\n"
            f"Selger Helly Hansen seilerjakke str L, brukt to sesonger. Hentes i {a.S}, {a.PC} {a.T}. "
            f"Ring {p.G} på {r.ph('NO')}, vipps går fint."
        )
    a, p = r.a("FI"), r.p("fi")
    return (
        "Voitko parantaa tätä Tori-ilmoitusta? Haluan sen lyhyemmäksi.\n\n"
        f"Myydään Iittala Birds by Toikka -lintu, Sieppo, alkuperäislaatikossa. Nouto {a.S} {a.U}, "
        f"{a.PC} {a.T}. Soita {p.N} {r.ph('FI')}, ei postitusta."
        if a.u else
        "Voitko parantaa tätä Tori-ilmoitusta? Haluan sen lyhyemmäksi.\n\n"
        f"Myydään Iittala Birds by Toikka -lintu, Sieppo, alkuperäislaatikossa. Nouto {a.S}, "
        f"{a.PC} {a.T}. Soita {p.N} {r.ph('FI')}, ei postitusta."
    )


# =============================================================================================
# personal_orders: order exports, invoices, labels and courier manifests
# =============================================================================================

@tpl("personal_orders", "shopify_csv", 3)
def _(r):
    lines = []
    items = r.pick([
        ("Levi's 501 Vintage W32 L30", "Ray-Ban RB2140 Wayfarer", "Carhartt WIP Detroit Jacket M"),
        ("Pyrex Butterprint bowl", "Fire-King Jadeite mug x2", "Le Creuset Signature 20cm"),
        ("Pokémon Evolving Skies booster", "LEGO 75978 Diagon Alley", "Barbie Dreamhouse 1990 (boxed)"),
    ])
    for k, item in enumerate(items):
        p = r.p("en")
        # the first order of each export ships to a ZIP that starts with 0
        a = r._pick([x for x in ADDRS if x.cc == "US" and x.raw["PC"][0] == "0"]) if k == 0 else r.a("US")
        zipc = a.raw["PC"].lstrip("0")
        em = p.email(r.pick(["g.f", "ig", "gf"]), r.pick(["gmail.com", "yahoo.com", "icloud.com"]),
                     str(r.num(1, 99)) if k == 1 else "")
        ph = r.ph("US")
        lines.append(
            f"#10{41 + 7 * k + r.i},{em},paid,{item},{p.N},{a.S},{a.U},{a.T},{L(zipc)},{a.R},{ph}"
        )
    return (
        "Our 3PL rejects this Shopify export: the ZIP codes lost their leading zeros in Excel. "
        "Can you fix them and give me the CSV back?\n\n"
        "Name,Email,Financial Status,Lineitem name,Shipping Name,Shipping Address1,Shipping Address2,"
        "Shipping City,Shipping Zip,Shipping Province,Shipping Phone\n" + "\n".join(lines)
    )


@tpl("personal_orders", "woo_webhook", 3)
def _(r):
    a = r.a("GB", "IE", "AU")
    p = r.p("en")
    cur = {"GB": "GBP", "IE": "EUR", "AU": "AUD"}[a.cc]
    item = r.pick(["Dr. Martens 1460 Smooth, UK 7", "Barbour Bedale wax jacket, 40", "Mulberry Bayswater, oak"])
    return (
        "This WooCommerce order.created webhook keeps failing our Zapier step with "
        "\"billing.phone is not a valid phone number\". What's wrong with the payload?\n"
        "{\n"
        f'  "id": {5800 + r.num(10, 99)}, "status": "processing", "currency": "{cur}",\n'
        '  "billing": {\n'
        f'    "first_name": "{p.G}",\n'
        f'    "last_name": "{p.F}",\n'
        f'    "address_1": "{a.S}",\n'
        f'    "address_2": "{a.U}",\n'
        f'    "city": "{a.T}",\n'
        f'    "postcode": "{a.PC}",\n'
        f'    "country": "{a.cc}",\n'
        f'    "email": "{p.email("g_f", "outlook.com")}",\n'
        f'    "phone": "Tel: {r.ph(a.cc)} "\n'
        '  },\n'
        f'  "customer_ip_address": "{r.ip()}",\n'
        f'  "line_items": [{{"name": "{item}", "quantity": 1}}]\n'
        "}"
    )


@tpl("personal_orders", "ebay_verkaufsbericht", 2, "de")
def _(r):
    rows = []
    for k, item in enumerate(r.pick([
        ("Steiff Teddybär 1950er, Knopf im Ohr", "WMF Besteck 30-tlg. Cromargan"),
        ("Hummel-Figur Gänseliesel", "Rosenthal Kaffeeservice Romanze"),
        ("Puky Laufrad rot", "Braun SK 4 Schneewittchensarg (Defekt)"),
    ])):
        p, a = r.p("de"), r.a("DE", "AT", "CH")
        rows.append(f"{2231 + 3 * k + 10 * r.i};{p.N};{a.S};{a.T};{a.PC};{r.ph(a.cc)};{item}")
    return (
        "Ich brauche aus diesem eBay-Verkaufsbericht nur Name, PLZ und Ort für die DHL-Sammelbuchung. "
        "Kannst du das umbauen? Telefonnummern bitte weglassen.\n\n"
        "Verkaufsprotokollnummer;Käufername;Käuferadresse 1;Käuferort;Käuferpostleitzahl;Käufertelefon;Artikel\n"
        + "\n".join(rows)
    )


@tpl("personal_orders", "vinted_ventes_tsv", 2, "fr")
def _(r):
    rows = []
    arts = r.pick([
        [("Jean Levi's 501 T36", "22,00", "expédié"), ("Pull Petit Bateau 12 ans", "9,50", "à envoyer"),
         ("Sac Longchamp Le Pliage M", "38,00", "expédié")],
        [("Veste Sézane Gaby", "74,00", "à envoyer"), ("Baskets Veja V-10 39", "41,00", "expédié"),
         ("Robe Maje Rayaune", "55,00", "à envoyer")],
    ])
    for k, (art, prix, st) in enumerate(arts):
        p = r.p("fr")
        if k == 1:
            where = "Relais Mondial Relay (tabac)"
        else:
            a = r.a("FR", "BE")
            where = f"{a.S}, {a.PC} {a.T}"
        rows.append(f"{3 + 6 * k:02d}/02\t{p.N}\t{art}\t{prix}\t{where}\t{st}")
    return (
        "Voici mes ventes Vinted du mois, copiées depuis mon tableur. Tu peux me faire le total et me dire "
        "lesquelles ne sont pas encore expédiées ?\n\n"
        "Date\tAcheteur\tArticle\tPrix €\tLivraison\tStatut\n" + "\n".join(rows)
    )


@tpl("personal_orders", "sql_dedupe", 3)
def _(r):
    p, q = r.p("en"), r.p("en")
    a, b = r.a("GB", "IE"), r.a("GB", "US")
    dom = r.pick(["hotmail.co.uk", "btinternet.com", "gmail.com"])
    return (
        "Write a Postgres query that finds duplicate customers in our vintage shop database "
        "(same email ignoring case, or same surname + postcode). Sample rows:\n\n"
        "INSERT INTO customers (id, first_name, last_name, email, phone, postcode) VALUES\n"
        f"  (2201, '{p.G}', '{p.F}', '{p.email('g.f', dom)}', '{r.ph(a.cc)}', '{a.PC}'),\n"
        f"  (2388, '{PER(p.g.lower())}', '{p.F}', "
        f"'{EM(fold(p.latin[0]).upper() + '.' + fold(p.latin[1]) + '@' + dom)}',"
        f" NULL, '{L(a.raw['PC'].replace(' ', ''))}'),\n"
        f"  (2417, '{q.G}', '{q.F}', '{q.email('ig', 'gmail.com', str(r.num(10, 89)))}', '{r.ph(b.cc)}', '{b.PC}');"
    )


@tpl("personal_orders", "fattura_margine", 2, "it")
def _(r):
    p, cf, _dob, _born = r.cf()
    a = r.a("IT")
    item, tot = r.pick([
        ("Borsa Gucci Jackie vintage, pelle nera, usata", "480,00"),
        ("Macchina da caffè Faema E61 anni '70, revisionata", "650,00"),
        ("Vespa Piaggio 50 Special 1978 (ricambi), usato", "320,00"),
    ])
    return (
        "Controlla questa fattura prima che la mandi allo SdI, mi sembra che manchi qualcosa:\n\n"
        f"FATTURA N. 2025/1{r.num(10, 99)} del 14/03/2025\n"
        "Cedente: Bottega Vintage Navigli s.r.l.\n"
        f"Cessionario: {p.N}\n"
        f"Codice fiscale: {NID(cf)}\n"
        f"Indirizzo: {a.S}, {a.PC} {a.T} ({a.R})\n"
        f"Descrizione: {item}\n"
        "Regime del margine – beni usati, art. 36 D.L. 41/1995\n"
        f"Totale: € {tot}"
    )


@tpl("personal_orders", "fatura_recibo", 2, "pt")
def _(r):
    (p, nif, _d), a = r.idp("PT_NIF", "pt"), r.a("PT")
    item = r.pick(["Bicicleta Brompton M6L usada", "Máquina fotográfica Leica M6 com objetiva Summicron"])
    return (
        "Tenho de emitir fatura-recibo no Portal das Finanças por uma venda na OLX. "
        "Os dados do comprador são estes, falta alguma coisa?\n\n"
        f"Nome: {p.N}\n"
        f"NIF: {NID(nif)}\n"
        f"Morada: {a.line()}\n"
        f"Contacto: {r.ph('PT')}\n"
        f"Artigo: {item}\n"
        "Valor: 450 €"
    )


@tpl("personal_orders", "label_reformat", 2, case=("upper", None))
def _(r):
    a = r.a(r.pick(["AU", "NZ", "CA"]))
    p = r.p("en")
    cc = "CA" if a.cc == "CAQ" else a.cc
    return (
        "The label printer keeps cutting off the bottom. Can you squeeze this onto 4 lines?\n\n"
        "SHIP TO:\n"
        f"{p.N}\n"
        f"{a.block()}\n"
        f"{L(a.country)}\n"
        f"Tel: {r.ph(cc)}\n"
        "Contents: vintage Pendleton blanket (used) – no commercial value"
    )


@tpl("personal_orders", "evri_manifest", 2)
def _(r):
    rows = []
    for k in range(2):
        p, a = r.p("en"), r.a("GB")
        pc = L(a.raw["PC"].replace(" ", "").lower()) if k == 1 else a.PC
        rows.append(f"2025-03-{18 + r.i}|{p.N}|{a.S}|{a.T}|{pc}|{r.ph('GB')}|{k + 1}")
    return (
        "Evri's bulk collection upload says line 3 is invalid. What's wrong with it?\n\n"
        "collection_date|contact_name|address_line_1|town|postcode|phone|parcels\n" + "\n".join(rows)
    )


@tpl("personal_orders", "factura_dni", 2, "es")
def _(r):
    (p, idv, _d), a = r.idp(r.pick(["ES_DNI", "ES_NIE"]), "es"), r.a("ES")
    return (
        "Un comprador de Wallapop me pide factura completa por una cámara Canon AE-1. "
        "¿Me redactas la factura con estos datos? Soy autónomo y vendo material de segunda mano.\n\n"
        f"Cliente: {p.N}\n"
        f"NIF/NIE: {NID(idv)}\n"
        f"Domicilio: {a.S}{', ' + a.U if a.u else ''}, {a.PC} {a.T} ({a.R})\n"
        f"Email: {p.email('g.f', 'gmail.com')}\n"
        "Importe: 180 € (REBU, bienes usados)"
    )


@tpl("personal_orders", "staging_seed_yaml", 2)
def _(r):
    p, a = r.p("en"), r.a("US", "CA")
    cc = "CA" if a.cc == "CAQ" else a.cc
    return (
        "Our staging seed file has real customer data in it (someone copied it from prod). "
        "Replace the person with obviously fake values but keep the structure:\n\n"
        "customers:\n"
        f"  - id: {8800 + r.num(10, 99)}\n"
        f"    name: {p.N}\n"
        f"    email: {p.email('gf', 'comcast.net' if cc == 'US' else 'shaw.ca')}\n"
        f"    phone: \"{r.ph(cc)}\"\n"
        "    ship_to:\n"
        f"      line1: {a.S}\n"
        f"      city: {a.T}\n"
        f"      region: {a.R}\n"
        f"      postcode: \"{a.PC}\"\n"
        "    tags: [vip, vinyl, repeat-buyer]"
    )


@tpl("personal_orders", "xianyu_orders", 2, "zh")
def _(r):
    p, a = r.p("zh"), r.a("CN", "TW")
    ph = r.ph("CN" if a.cc == "CN" else "TW")
    item = r.pick(["乐高哈利波特 76417 古灵阁巫师银行", "索尼 WH-1000XM4 耳机（九成新）"])
    return (
        "帮我把这个闲鱼订单的收货信息整理成顺丰下单要的格式（收件人/电话/地址分开）：\n\n"
        f"宝贝：{item}\n"
        f"收货人：{p.N}　手机：{ph}\n"
        f"地址：{a.line()}\n"
        "备注：工作日白天家里没人，放丰巢柜"
    )


@tpl("personal_orders", "nota_cpf", 2, "pt")
def _(r):
    (p, cpf, _d), a = r.idp("BR_CPF", "br"), r.a("BR")
    return (
        "Vendi um lote de discos de vinil (Elis Regina, Tim Maia, Clube da Esquina) pelo Mercado Livre e o "
        "comprador quer recibo. Faz um recibo simples com esses dados?\n\n"
        f"Comprador: {p.N}\n"
        f"CPF: {NID(cpf)}\n"
        f"Endereço: {a.line()}\n"
        f"Celular: {r.ph('BR')}\n"
        "Valor: R$ 1.250,00 – pago via Pix"
    )


# =============================================================================================
# personal_disputes: returns, chargebacks, not-as-described cases, refunds, scam reports
# =============================================================================================

@tpl("personal_disputes", "chargeback_evidence", 3)
def _(r):
    p, a = r.p("en", sex="F"), r.a(r.pick(["GB", "US", "GB"]))
    item, carrier = r.pick([
        ("Ray-Ban Clubmaster sunglasses", "Royal Mail Tracked 48: delivered 11 Mar 09:42, photo at the door"),
        ("Seiko SKX007 watch", "UPS Ground: delivered 11 Mar 14:05, left at front porch, photo on file"),
        ("Hermès silk scarf (Brides de Gala)", "DPD: delivered 11 Mar 12:17, handed to resident"),
    ])
    return (
        f"Help me write chargeback evidence for Stripe. The customer says the {item} never arrived, "
        "but the courier has proof. Keep it factual.\n\n"
        f"Order #44{r.num(10, 99)}: {p.N}, {p.email(r.pick(['g.f', 'gf', 'ig']), 'gmail.com')}\n"
        f"Ship to: {a.line()}\n"
        "Billing address matched (AVS Y), card ending 8812\n"
        f"Checkout IP: {r.ip()} (same as her previous two orders)\n"
        f"{carrier}, signed \"{p.F}\""
    )


@tpl("personal_disputes", "card_in_email", 2)
def _(r):
    p, a = r.p("en", sex="M"), r.a("GB", "IE", "AU")
    return (
        "A buyer replied to our invoice with the message below. Draft a short reply telling him we never take "
        "card details by e-mail, that he should delete the message and use the payment link again.\n\n"
        "> Hi, the PayPal button won't load on my phone so here's my card instead:\n"
        f"> {r.card()} exp 09/27, CVV on request\n"
        f"> Name on card {p.N}, billing address {a.line()}\n"
        f"> Cheers, {p.G}"
    )


@tpl("personal_disputes", "inad_case", 3)
def _(r):
    p = r.p("en", sex="F")
    subj, body = r.pick([
        ("Pokémon Base Set Charizard – NOT as pictured",
         ("The card you sent has a crease across the back that isn't in any of your photos. PSA would give it a 4 "
         "at best. I want a full refund including postage.")),
        ("Levi's 501 – wrong size",
         ("Recieved them today. The listing said W32 L32 but the tag inside says W30. Not worn, still have the bag. "
         "Can I return them?")),
        ("Dr. Martens – fake?",
         ("These don't have the yellow stitching on the welt and the heel loop says 'Air Wair' in the wrong font. "
         "I think they're counterfeit. Refund please or I'll escalate to eBay.")),
    ])
    return (
        "eBay case opened: \"item not as described\". Buyer's message below. Is she right, and how should I reply "
        "without admitting anything I shouldn't?\n\n"
        f"> From: {p.N} <{p.email(r.pick(['g.f', 'gi', 'f.g']), r.pick(['yahoo.co.uk', 'gmail.com']))}>\n"
        f"> Subject: {subj}\n>\n"
        f"> {body}\n>\n"
        f"> {p.G}\n"
        f"> {r.ph('GB')}"
    )


@tpl("personal_disputes", "widerruf_iban", 2, "de")
def _(r):
    p = r.p("de", sex="F")
    item, amt = r.pick([("die Jack-Wolfskin-Jacke", "64,90"), ("den Thermomix TM6", "719,00"),
                        ("die Playmobil-Burg 3666", "48,50")])
    return (
        "Eine Käuferin will nach dem Widerruf das Geld per Überweisung statt über PayPal zurück. Darf ich das so "
        "machen, und was antworte ich ihr?\n\n"
        f"„Hallo, ich habe {item} gestern zurückgeschickt, die DHL-Sendung ist unterwegs. Bitte überweisen Sie die "
        f"{amt} € auf mein Konto: Kontoinhaberin {p.N}, IBAN {r.iban('DE')}. "
        f"Viele Grüße, {p.G}\""
    )


@tpl("personal_disputes", "litige_vinted", 2, "fr")
def _(r):
    p = r.p("fr", sex="F")
    return (
        "Litige sur Vinted : l'acheteuse affirme avoir reçu un colis vide (sac Longchamp). J'ai la pesée du "
        "relais : 620 g. Elle m'écrit en privé pour être remboursée hors plateforme, c'est une arnaque ?\n\n"
        f"« Bonjour, je suis {p.N}. Vinted met trop de temps, faites-moi plutôt un virement de 45 € sur "
        f"{r.iban('FR')} et je ferme le litige. Sinon appelez-moi au {r.ph('FR')}. »"
    )


@tpl("personal_disputes", "retour_iban", 2, "nl")
def _(r):
    p, a = r.p("nl"), r.a("NL", "BE")
    return (
        "Klant wil een retour van een Gazelle-fietsstoeltje. Kun je een nette reactie schrijven? We betalen "
        "normaal terug via Mollie, niet per overboeking.\n\n"
        f"„Beste webshop, ik stuur het stoeltje terug vanaf {a.S}, {a.PC} {a.T}. Wil je het bedrag "
        f"(€ 89,95) overmaken naar {r.iban('NL' if a.cc == 'NL' else 'BE')} t.n.v. {p.N}? Groet, {p.G}\""
    )


@tpl("personal_disputes", "w9_lower", 2, case="lower")
def _(r):
    p, a = r.p("en", sex="M"), r.a("US")
    return (
        "helping my dad with the w-9 ebay wants before they release his payouts (he sold his baseball cards, "
        f"mostly topps and a mickey mantle reprint). this is what i filled in: name {p.N}, ssn {r.ssn()}, "
        f"address {a.S} {a.T} {a.R} {a.PC}. is box 3 individual/sole proprietor right? hes not a business"
    )


@tpl("personal_disputes", "contestazione_paypal", 2, "it")
def _(r):
    p, a = r.p("it"), r.a("IT")
    return (
        "Un cliente ha aperto una contestazione PayPal per una moka Bialetti Venus che dice arrivata rotta. "
        "Mi scrivi una risposta educata chiedendo le foto dell'imballo?\n\n"
        f"Dati ordine: {p.N}, {a.S}, {a.PC} {a.T} ({a.R}), tel. {r.ph('IT')}, "
        f"{p.email(r.pick(['g.f', 'fg']), r.pick(['libero.it', 'virgilio.it']))}"
    )


@tpl("personal_disputes", "iade_tckn", 2, "tr")
def _(r):
    (p, tc, _d), a = r.idp("TR_TCKN", "tr"), r.a("TR")
    return (
        "Dolap'tan sattığım Mavi kot ceket için alıcı iade istiyor ve e-arşiv faturayı kendi adına yeniden "
        "kesmemi istiyor. Bu bilgilerle iade faturası nasıl düzenlenir?\n\n"
        f"Ad Soyad: {p.N}\nT.C. Kimlik No: {NID(tc)}\nAdres: {a.line()}\nTelefon: {r.ph('TR')}"
    )


@tpl("personal_disputes", "support_call", 3)
def _(r):
    p, agent, a = r.p("en"), r.p("en"), r.a("GB")
    item = r.pick(["the Barbour Bedale", "a Mulberry Alexa satchel", "the Fred Perry twin-tipped polo"])
    return (
        f"Summarise this call for the Zendesk ticket (#882{r.num(10, 99)}) in three bullet points:\n\n"
        f"AGENT: Thanks for calling Cotswold Vintage, you're through to {agent.G}.\n"
        f"CALLER: Hi, it's {p.N}, I ordered {item} on Monday and it still says label created.\n"
        "AGENT: Sorry about that. Can I take the postcode on the order?\n"
        f"CALLER: {a.PC}.\n"
        "AGENT: And the first line of the address?\n"
        f"CALLER: {a.S}. Actually I've moved, can you send it to my work instead?\n"
        f"AGENT: I can't change it once it's booked, {p.G}, but I'll ask the warehouse to intercept it."
    )


@tpl("personal_disputes", "bedrageri_anmalan", 2, "sv")
def _(r):
    me, pnr, _d = r.idp("SE_PNR", "sv")
    scam = r.p("sv")
    return (
        "Jag ska göra en polisanmälan om bedrägeri på Blocket. Kan du hjälpa mig formulera händelsen kort?\n\n"
        f"Anmälare: {me.N}, personnummer {NID(pnr)}\n"
        f"Säljaren kallade sig {scam.N} och hade numret {r.ph('SE')}. Jag swishade 2 400 kr för en "
        "iPhone 13 den 4 mars, sedan blev jag blockerad."
    )


@tpl("personal_disputes", "reklamacja_allegro", 2, "pl")
def _(r):
    p, a = r.p("pl", sex="F"), r.a("PL")
    return (
        "Klientka składa reklamację na ekspres DeLonghi kupiony na Allegro Lokalnie. Napisz grzeczną odpowiedź, "
        "że zwrot pieniędzy zrobimy dopiero po otrzymaniu paczki.\n\n"
        "„Dzień dobry, ekspres przeciekał od pierwszego dnia. Odeślę go paczkomatem InPost. Proszę o zwrot "
        f"na konto {r.iban('PL')}, {p.N}, {a.S}, {a.PC} {a.T}.\""
    )


@tpl("personal_disputes", "opensooq_shakwa", 2, "ar")
def _(r):
    p = r.p("ar", sex="M")
    cc, money = r.pick([("AE", "3,200 درهم"), ("JO", "600 دينار")])
    return (
        "ساعدني أكتب شكوى لموقع السوق المفتوح. اشتريت ساعة رولكس مستعملة وطلعت تقليد.\n\n"
        f"اسم البائع: {p.N}\nرقم الجوال: {r.ph(cc)}\n"
        f"دفعت {money} تحويل بنكي، وبعدها أغلق الإعلان وما عاد يرد."
    )


@tpl("personal_disputes", "yad2_tlunah", 2, "he")
def _(r):
    seller = r.p("he", sex="M")
    me, idv, _d = r.idp("IL_ID", "he")
    return (
        "תעזור לי לנסח פנייה לשירות הלקוחות של יד2 על מוכר שלא שלח את האופניים החשמליים?\n\n"
        f"שם הפונה: {me.N}, ת\"ז {NID(idv)}\n"
        f"המוכר: {seller.N}, טלפון {r.ph('IL')}\n"
        "שילמתי 1,800 ₪ בביט ב-2 במרץ ומאז הוא לא עונה."
    )


@tpl("personal_disputes", "cpap_sticker", 1)
def _(r):
    prev, a = r.p("en"), r.a("GB")
    return (
        "I bought a second-hand ResMed AirSense 10 CPAP on eBay and it still has the previous owner's hospital "
        f"sticker: {prev.N}, hospital no. {r.mrn()}, {a.S}, {a.T}. Should I tell the seller, the hospital, or just "
        "peel it off? Also is it even legal to resell these in the UK?"
    )


# =============================================================================================
# personal_trade: auction houses, pawnbrokers, antique dealers, charity shops, collectors
# =============================================================================================

@tpl("personal_trade", "consignment_form", 3)
def _(r):
    p, a = r.p("en"), r.a("GB")
    lots = r.pick([
        "Banksy 'Girl with Balloon' screenprint, signed, Pest Control certificate; Lalique Bacchantes vase",
        "Clarice Cliff Bizarre 'Crocus' jug; Moorcroft Pomegranate bowl; Omega Seamaster 1962",
        "Set of six Robert 'Mouseman' Thompson oak chairs; Ercol Windsor dresser",
    ])
    return (
        "Please check this consignment form for anything missing before the vendor signs it. Our terms are 15% "
        "seller's commission plus £12 lot fee.\n\n"
        f"VENDOR: {p.N}\n"
        f"ADDRESS: {a.line()}\n"
        f"TEL: {r.ph('GB')}   EMAIL: {p.email(r.pick(['g.f', 'ig', 'g_f']), r.pick(['btinternet.com', 'sky.com']))}\n"
        f"LOTS: {lots}\n"
        "RESERVES: to be agreed by phone\n"
        f"PAYMENT OF PROCEEDS: BACS to {r.iban('GB')}\n"
        "SALE: Spring Fine Art & Antiques\n"
        f"RECEIVED BY: {r.p('en').G} (front desk)"
    )


@tpl("personal_trade", "bidder_registration", 2)
def _(r):
    p, a = r.p("en"), r.a("US", "CA")
    cc = "CA" if a.cc == "CAQ" else a.cc
    dob = r.dob_of(p)
    return (
        "Our online bidder registration flagged this applicant for manual review because the card address "
        "and the ID address differ. What should I ask them before approving?\n\n"
        f"Full name: {p.N}\n"
        f"Date of birth: {DOB(fd(dob, 'mdy/'))}\n"
        f"Home address: {a.line()}\n"
        f"Phone: {r.ph(cc)}\n"
        f"Card on file: {r.card()} (billing address on the card is a different state)\n"
        "Sale: Americana, Folk Art & Decoys – paddle 412"
    )


@tpl("personal_trade", "pawn_loan_us", 2, case=(None, "upper"))
def _(r):
    p, a = r.p("en"), r.a("US")
    dob = r.dob_of(p)
    item = r.pick(["Rolex Datejust 16233, box and papers", "Gibson J-45 Standard acoustic, case, serial 2301..."])
    return (
        "I run a small pawn shop. Write the plain-English summary we hand the customer with this loan ticket "
        "(30 days, 20% monthly fee as our state allows).\n\n"
        f"Pledgor: {p.N}   DOB: {DOB(fd(dob, 'mdy/'))}\n"
        f"Address: {a.line()}\n"
        f"Phone: {r.ph('US')}\n"
        f"Item: {item}\n"
        "Loan amount: $1,150.00   Ticket #P-20931"
    )


@tpl("personal_trade", "pawn_uk_id", 2)
def _(r):
    (p, passno, _d), a = r.idp("GB_PASS", "en"), r.a("GB")
    dob = r.dob_of(p)
    return (
        "New pledge at the counter. Can you turn my notes into the credit agreement summary and the FCA-style "
        "pre-contract info? Item is an 18ct gold Cartier Love bracelet.\n\n"
        f"Customer: {p.N}, DOB {DOB(fd(dob, 'dmy/'))}\n"
        f"ID seen: UK passport {NID(passno)}\n"
        f"Address: {a.line()}\n"
        f"Mobile: {r.ph('GB')}\n"
        "Loan £1,400 over 6 months\n"
        f"Note: {'Mr' if p.sex == 'M' else 'Ms'} {p.F} has redeemed two pledges with us before."
    )


@tpl("personal_trade", "provenance_notes", 3)
def _(r):
    owner, heir = r.p("en", sex="F"), r.p("en", sex="M")
    a = r.a("GB", "IE")
    obj = r.pick([
        "the Georgian silver teapot (Hester Bateman mark, 1784)",
        "the pair of Staffordshire spaniels and the Royal Doulton Bunnykins set",
        "the Chippendale-style bureau and a small Lowry print",
    ])
    return (
        "Turn these provenance notes into a short paragraph for the catalogue entry. Don't name the family in the "
        "catalogue, just say \"by descent\".\n\n"
        f"- {obj} came from the house clearance of Mrs {owner.N}, {a.S}, {a.T}\n"
        f"- Mrs {owner.F}'s receipt from a 1960s country house sale is in the drawer\n"
        f"- her nephew {heir.N} ({r.ph(a.cc)}) is handling the estate and wants the paperwork back\n"
        f"- {heir.G} says there's a photo of it in the hall from 1971"
    )


@tpl("personal_trade", "gift_aid", 2)
def _(r):
    p, a = r.p("en"), r.a("GB")
    return (
        "Volunteer at our charity shop typed this Gift Aid declaration from a paper form. Can you check it's "
        "got everything HMRC needs?\n\n"
        "GIFT AID DECLARATION – goods donated for sale\n"
        f"Title: {'Mr' if p.sex == 'M' else r.pick(['Mrs', 'Ms', 'Miss'])}   Full name: {p.N}\n"
        f"Home address: {a.S}, {a.T}\n"
        f"Postcode: {a.PC}\n"
        f"Donor ID: D-{r.num(10000, 99999)}\n"
        "Items: 3 bags clothing, Denby stoneware, a Roberts radio\n"
        "I am a UK taxpayer: ☑\n"
        f"Typed up by: {r.p('en').G} (Tuesday volunteer)"
    )


@tpl("personal_trade", "coin_swap", 3, case=(None, None, "lower"))
def _(r):
    p, q = r.p("en"), r.p("en", sex="M")
    a = r.a("GB", "IE", "US", "AU")
    coin = r.pick([
        "my 2009 Kew Gardens 50p for his Isle of Man Peter Pan set",
        "a Sacagawea 2000-P 'Cheerios' dollar for two Morgan dollars (1881-S, 1921)",
        "my Churchill crown and a 1937 George VI proof threepence",
    ])
    return (
        f"Trading {coin} with someone from a coin forum. Is it safe to post first? Here's his message:\n\n"
        f"\"Deal. Send to {q.N}, {a.line()}. I'll post mine to you the same day, "
        f"PayPal for the postage is {q.email(r.pick(['g.f', 'gf']), 'gmail.com')}. "
        f"Ring me on {r.ph(a.cc if a.cc != 'CAQ' else 'CA')} if the post office asks about customs.\"\n\n"
        f"My name on the forum is {p.G}, if that matters."
    )


@tpl("personal_trade", "bordereau_adjudication", 2, "fr")
def _(r):
    p, a = r.p("fr"), r.a("FR", "BE")
    lot = r.pick(["Lot 47 : Pablo Picasso, « Le Repas frugal », héliogravure, épreuve tardive",
                  "Lot 112 : Marc Chagall, « Le Cirque », lithographie, signée dans la planche"])
    return (
        "Peux-tu vérifier le calcul de ce bordereau d'adjudication (frais acheteur 25 % TTC) et me rédiger le mail "
        "d'envoi à l'acheteur ?\n\n"
        f"Adjudicataire : {p.N}\n"
        f"Adresse : {a.S}, {a.PC} {a.T}\n"
        f"Tél. : {r.ph(a.cc)}\n"
        f"{lot}\n"
        "Adjudication : 2 400 €\n"
        f"Note : {'M.' if p.sex == 'M' else 'Mme'} {p.F} passera retirer le lot mardi, prévenir {r.p('fr').G} "
        "à l'accueil."
    )


@tpl("personal_trade", "pfandschein", 2, "de")
def _(r):
    p, a = r.p("de"), r.a("DE", "AT")
    dob = r.dob_of(p)
    return (
        "Bitte prüf den Pfandschein, ob alle Pflichtangaben nach der Pfandleiherverordnung drin sind:\n\n"
        "Pfandschein Nr. 7731\n"
        f"Verpfänder: {p.N}, geb. {DOB(fd(dob, 'dmy.'))}\n"
        f"Anschrift: {a.S}, {a.PC} {a.T}\n"
        "Ausweis geprüft: Personalausweis (Nr. nicht notiert)\n"
        "Pfand: Damenring 585 Gelbgold mit Brillant ca. 0,25 ct; Leica M6 Gehäuse\n"
        "Darlehen: 650,00 €, Laufzeit 3 Monate"
    )


@tpl("personal_trade", "pantbank", 2, "sv")
def _(r):
    (p, pnr, _d), a = r.idp("SE_PNR", "sv"), r.a("SE")
    return (
        "Kan du sammanfatta villkoren för kunden på enkel svenska? Det är ett pantlån på en Omega Speedmaster.\n\n"
        f"Låntagare: {p.N}\nPersonnummer: {NID(pnr)}\nAdress: {a.S}, {a.PC} {a.T}\n"
        f"Telefon: {r.ph('SE')}\nLånebelopp: 18 000 kr, löptid 4 månader"
    )


@tpl("personal_trade", "huutokauppa", 2, "fi")
def _(r):
    (p, hetu, _d), a = r.idp("FI_HETU", "fi"), r.a("FI")
    return (
        "Muotoile tästä lyhyt vahvistusviesti huutokaupan myyjälle. Myydään Alvar Aallon jakkara ja Arabian "
        "Paratiisi-astiasto.\n\n"
        f"Myyjä: {p.N}\nHenkilötunnus: {NID(hetu)}\n"
        f"Osoite: {a.S}{' ' + a.U if a.u else ''}, {a.PC} {a.T}\nPuhelin: {r.ph('FI')}\n"
        "Tilitys 14 päivän kuluessa huutokaupasta"
    )


@tpl("personal_trade", "compraventa_oro", 2, "es")
def _(r):
    (p, idv, _d), a = r.idp(r.pick(["ES_DNI", "ES_NIE", "ES_DNI"]), "es"), r.a("ES")
    dob = r.dob_of(p)
    item = r.pick(["cadena de oro de 18 quilates, 12,4 g", "reloj Omega Constellation de caballero",
                   "anillo de oro blanco con circonitas"])
    return (
        "Tengo una tienda de compraventa. ¿Me revisas si este registro de entrada cumple lo que pide la policía "
        "para el libro de registro?\n\n"
        f"Vendedor: {p.N}\nDNI/NIE: {NID(idv)}\nFecha de nacimiento: {DOB(fd(dob, 'dmy/'))}\n"
        f"Domicilio: {a.S}{', ' + a.U if a.u else ''}, {a.PC} {a.T}\n"
        f"Objeto: {item}\nPrecio pagado: 310 €"
    )


@tpl("personal_trade", "palaiopoleio", 2, "el")
def _(r):
    p, a = r.p("el"), r.a("GR")
    return (
        "Μπορείς να μου γράψεις ένα ευγενικό μήνυμα επιβεβαίωσης; Πούλησα ένα γραμμόφωνο His Master's Voice.\n\n"
        f"Αγοραστής: {p.N}\nΔιεύθυνση: {a.S}, {a.PC} {a.T}\nΤηλέφωνο: {r.ph('GR')}\n"
        "Παράδοση με ACS, αντικαταβολή 180 €"
    )


@tpl("personal_trade", "kabadi_hi", 2, "hi")
def _(r):
    p, a = r.p("hi"), r.a("IN")
    return (
        "मेरे पुराने पीतल के बर्तन और एक HMV ग्रामोफ़ोन बेचने के लिए OLX पर विज्ञापन लिख दो। "
        f"संपर्क: {p.N}, मोबाइल {r.ph('IN')}, पता {a.S}, {a.T}, {a.R} {a.PC}। सिर्फ़ शाम 5 बजे के बाद फ़ोन करें।"
    )


@tpl("personal_trade", "kaidee_th", 2, "th")
def _(r):
    p, a = r.p("th"), r.a("TH")
    return (
        "ช่วยเขียนประกาศขายบน Kaidee ให้หน่อย ขายกล้องฟิล์ม Canon AE-1 กับเลนส์ 50mm\n"
        f"ผู้ขาย: {p.N} โทร {r.ph('TH')}\n"
        f"นัดรับได้ที่ {a.line()}"
    )


@tpl("personal_trade", "house_clearance_lower", 2, case="lower")
def _(r):
    p, a = r.p("en", sex="F"), r.a("GB", "IE")
    return (
        f"got a call from {p.N} about clearing her late husbands record collection, about 600 lps, lots of "
        "blue note and some early pink floyd on harvest. she's at "
        f"{a.S}, {a.T} {a.PC}, number is {r.ph(a.cc)}. what should i offer and what do i check first"
    )


# =============================================================================================
# personal_chat: buyer-seller messages, WhatsApp pastes, courier pick-ups, quick questions
# =============================================================================================

@tpl("personal_chat", "whatsapp_scam", 3, case=(None, None, "lower"))
def _(r):
    me, buyer = r.p("en"), r.p("en")
    item = r.pick(["the Nintendo Switch OLED", "my mum's Singer Featherweight 221", "the LEGO Millennium Falcon 75192"])
    return (
        "Is this a scam? Pasted from WhatsApp:\n\n"
        f"[12/03/25, 18:04] {buyer.N}: Hi is {item} still available? I'll pay full price\n"
        f"[12/03/25, 18:05] {me.G}: Yes it is\n"
        f"[12/03/25, 18:07] {buyer.N}: Great. I'm working offshore so my courier will collect. "
        "I've paid via PayPal, check your email for the confirmation, you just need to pay the £45 shipping "
        "insurance first\n"
        f"[12/03/25, 18:09] {me.G}: I haven't got any email?\n"
        f"[12/03/25, 18:10] {buyer.N}: Check spam. Send the courier fee to {buyer.email('g.f', 'outlook.com', '1')} "
        "and I'll refund it"
    )


@tpl("personal_chat", "ship_elsewhere_lower", 3, case="lower")
def _(r):
    p = r.p("en", sex="M")
    a, b = r.a("GB", "US"), r.a("US", "GB", "IE")
    return (
        f"buyer called {p.N} on ebay wants me to post the airpods max to {b.line(' ')} but his paypal "
        f"address is {a.line(' ')}. he says its his cousins place. is this legit or am i going to lose "
        "seller protection"
    )


@tpl("personal_chat", "wallapop_envio_lower", 2, "es", case="lower")
def _(r):
    p, a = r.p("es", sex="F"), r.a("ES")
    return (
        f"una chica de wallapop, {p.G}, me pide que le mande las botas camper por correos fuera de la app a "
        f"{a.S}, {a.PC} {a.T} y que le pase mi número. su teléfono es {r.ph('ES')}. ¿es seguro o mejor no?"
    )


@tpl("personal_chat", "kleinanzeigen_chat", 2, "de")
def _(r):
    me, buyer = r.p("de"), r.p("de")
    return (
        "Ist das Betrug? Nachrichtenverlauf von Kleinanzeigen:\n\n"
        f"{buyer.N}: Hallo, ist der Dyson Airwrap noch da? Ich nehme ihn, Versand bitte.\n"
        f"Ich: Ja, Versand 5,49 €.\n"
        f"{buyer.N}: Super, ich zahle mit \"Sicher bezahlen\". Sie bekommen gleich eine Mail, da müssen Sie nur "
        "Ihre Kartendaten bestätigen.\n"
        f"Ich: Welche Mail? Ich bin übrigens {me.G}.\n"
        f"{buyer.N}: Die kommt von kleinanzeigen-zahlung.de, schreiben Sie mir sonst per WhatsApp: {r.ph('DE')}"
    )


@tpl("personal_chat", "subito_chat", 2, "it")
def _(r):
    p, a = r.p("it"), r.a("IT")
    return (
        "Mi traduci in inglese questo messaggio per un acquirente di Subito che vive all'estero? Gli spiego il "
        "ritiro.\n\n"
        f"\"Ciao, sono {p.G}. La bici Bianchi è pronta, puoi ritirarla sabato mattina in {a.S}, {a.T}. "
        f"Citofono {p.F}, secondo piano. Se hai problemi chiamami al {r.ph('IT')}.\""
    )


@tpl("personal_chat", "carousell_taglish", 2, "tl", case=("lower", None))
def _(r):
    p, a = r.p("tl"), r.a("PH")
    return (
        "pa-check naman kung scam ito, from carousell. nagbebenta ako ng iphone 12\n\n"
        f"buyer: hi sis, meet-up tayo sa {a.T}? or pa-lalamove mo na lang sa {a.S}, Brgy. {a.D}. "
        f"gcash ko na bayad, number ko {r.ph('PH')}, name sa gcash {p.N}"
    )


@tpl("personal_chat", "chotot_tin_nhan", 2, "vi", case=(None, "lower"))
def _(r):
    p, a = r.p("vi"), r.a("VN")
    return (
        "Giúp mình trả lời khách trên Chợ Tốt cho lịch sự nhé. Khách nhắn:\n\n"
        f"\"Chào shop, mình là {p.N}. Mình muốn lấy cái xe Honda Cub 50 đời 1985, gửi xe khách về "
        f"{a.line()} được không? SĐT mình {r.ph('VN')}.\""
    )


@tpl("personal_chat", "olx_ua_povidomlennia", 2, "uk")
def _(r):
    p = r.p("uk")
    a = r.a("UA")
    return (
        "Допоможи відповісти покупцю з OLX, він хоче доставку Новою поштою з оплатою при отриманні.\n\n"
        f"«Добрий день! Беру фотоапарат Київ-88. Відправте, будь ласка: м. {a.T}, відділення №2, отримувач {p.N}, "
        f"телефон {r.ph('UA')}. Дякую!»"
    )


@tpl("personal_chat", "shopee_chat", 2, "id", case=("lower", None))
def _(r):
    p, a = r.p("id"), r.a("ID")
    return (
        "Tolong bikin balasan yang sopan buat pembeli di Shopee, dia minta alamat kirim diganti setelah "
        "pesanan diproses:\n\n"
        f"\"Kak, tolong kirim ke alamat baru ya: {p.N}, {a.line()}, HP {r.ph('ID')}. Makasih kak\""
    )


@tpl("personal_chat", "courier_pickup", 2)
def _(r):
    p, a = r.p("en"), r.a("GB")
    carrier = r.pick(["DPD", "Evri", "Royal Mail"])
    return (
        f"{carrier} driver says he couldn't find the address for today's pick-up and marked it failed. Draft a "
        "complaint for their chat that makes the location really clear:\n\n"
        f"Collection from: {p.N}\n{a.block()}\n"
        f"Its definately the blue door next to the chapel, tel {r.ph('GB')}. Parcel: 1 box, 4 kg, Le Creuset casserole."
    )


@tpl("personal_chat", "reply_oneliner", 3, case=("lower", None, "lower"))
def _(r):
    p = r.p("en", sex="F")
    return r.pick([
        f"Draft a polite reply to {p.N}, who offered £40 for the Mulberry purse listed at £95. Counter at £80.",
        f"Write a short thank-you note to go in the parcel for {p.G}, she's bought from us four times this year.",
        f"Tell {p.N} nicely that we can't hold the Eames lounge chair for three weeks without a deposit.",
    ])


@tpl("personal_chat", "bazos_zprava", 2, "cs")
def _(r):
    p, a = r.p("cs"), r.a("CZ")
    return (
        "Jak odpovědět kupujícímu z Bazoše? Chce poslat kočárek Zásilkovnou, ale já radši osobně.\n\n"
        f"\"Dobrý den, mám zájem o kočárek Cybex. Pošlete ho prosím na {a.S}, {a.PC} {a.T}, {p.N}, "
        f"tel. {r.ph('CZ')}. Zaplatím předem na účet.\""
    )


@tpl("personal_chat", "east_chat", 2, ("ro", "hu"))
def _(r):
    if r.i == 0:
        p, a = r.p("ro", sex="M"), r.a("RO")
        return (
            "Ajută-mă să răspund frumos unui cumpărător de pe OLX care vrea să negocieze mult prețul la o "
            f"mașină de cusut Singer veche.\n\nEl scrie: \"Sunt {p.N} din {a.T}, jud. {a.R}. Vă dau 200 lei "
            f"și vin s-o iau mâine. Sunați-mă la {r.ph('RO')}.\""
        )
    p, a = r.p("hu"), r.a("HU")
    return (
        "Segíts udvariasan visszaírni a Jófogáson egy vevőnek, aki postán kéri a Zsolnay vázát.\n\n"
        f"\"Jó napot! {p.N} vagyok. Kérem, küldje a vázát a következő címre: {a.T}, {a.S}, {a.PC}. "
        f"Telefon: {r.ph('HU')}\""
    )


# =============================================================================================
# clean_brands: brands and products named after people or words (PII-free)
# =============================================================================================

clean("clean_brands", "authenticate_bags", "en", [
    ("How do I check a Louis Vuitton Neverfull date code? Mine says SD1187 and the seller swears it was bought "
    "in Paris, but I read SD means the USA. Also, should the heat stamp say \"made in France\" or \"made in USA\"?"),
    ("What are the tells of a fake Hermès Birkin 30? I'm looking at one on Vestiaire Collective for €9,800 with a "
    "Y stamp in a square, Togo leather, palladium hardware. The seller has 40 good reviews."),
    ("Chanel Classic Flap, medium, listed on eBay with a 25-series hologram sticker and an authenticity card. "
    "Does the serial fit the year the seller claims (2018)? And does Chanel still issue cards?"),
    ("Is Entrupy or Legit App better for authenticating Gucci and Prada before I resell them? I do about 30 bags a "
    "month, mostly Gucci Marmont and Prada Re-Edition 2005."),
], case=(None, None, None, "lower"))

clean("clean_brands", "ebay_titles", "en", [
    ("Write five eBay titles (80 characters max) for: Levi's 501 Original W34 L32 stonewash; Dr. Martens 1460 "
    "cherry red UK 8; Ray-Ban RB3025 Aviator gold/green G-15; Ralph Lauren Harrington jacket navy L; "
    "Tommy Hilfiger flag logo crewneck M."),
    ("Give me keyword-rich titles for a Fender Telecaster '72 Thinline reissue (made in Mexico, 2011), a Gibson "
    "SG Special faded worn cherry and a Marshall DSL40CR combo. I sell on eBay UK and Reverb."),
    ("Titles and item specifics for three vintage kitchen pieces: Le Creuset Flame cast-iron casserole 22cm, "
    "Dansk Kobenstyle enamel pot (Jens Quistgaard design), and a Kenwood Chef A701 with bowl."),
])

clean("clean_brands", "vinted_annonces_fr", "fr", [
    ("Rédige une annonce Vinted pour une veste Yves Saint Laurent Rive Gauche des années 80, taille 38, épaulettes, "
    "laine noire. Ton chic mais pas prétentieux."),
    ("J'ai un lot de marinières Saint James et deux pulls Armor-Lux à vendre. Tu peux m'écrire une annonce courte "
    "qui donne envie, avec les bons mots-clés ?"),
])

clean("clean_brands", "wert_sammlerstuecke_de", "de", [
    ("Was ist ein Steiff-Teddy mit gelber Fahne und Knopf im Ohr ungefähr wert? Er ist von ca. 1950, Mohair, etwas "
    "abgeliebt. Lohnt sich ein Gutachten oder einfach bei eBay einstellen?"),
    ("Meine Oma hat 40 Hummel-Figuren von Goebel hinterlassen. Wie erkenne ich am Stempel (Biene, V-Biene, "
    "Drei-Linien-Marke) das Alter, und welche sind heute noch gefragt?"),
])

clean("clean_brands", "kitchen_and_sewing_lower", "en", [
    ("is a used le creuset dutch oven worth buying if the enamel inside is a bit stained? theres one on marketplace "
    "for 60 quid, 26cm, volcanic"),
    ("how do i date a singer featherweight 221 from the serial number? mine starts with AL and has the scroll "
    "faceplate"),
    ("whats the difference between a kitchenaid artisan and a kitchenaid classic for resale? i find loads of them "
    "at car boot sales"),
], case="lower")

clean("clean_brands", "mercari_brand_ja", "ja", [
    "メルカリでポーター（吉田カバン）のタンカーを売りたいです。偽物と疑われないように、出品文で書くべきポイントを教えてください。",
    "ルイ・ヴィトンのモノグラム・スピーディ30を出品するとき、シリアル（製造番号）の写真は載せるべきですか？ラクマとメルカリで違いはありますか？",
])

clean("clean_brands", "founders_table", "en", [
    ("Fill in the missing column of this table for a blog post about brands named after their founders:\n\n"
    "| Brand | Founder | Founded |\n|---|---|---|\n| Levi's | Levi Strauss | 1853 |\n"
    "| Louis Vuitton | Louis Vuitton | 1854 |\n| Hermès | Thierry Hermès | ? |\n| Gucci | Guccio Gucci | ? |\n"
    "| Dr. Martens | Klaus Märtens & Herbert Funck | ? |\n| Ralph Lauren | Ralph Lauren | ? |"),
    ("Make a Markdown table of fashion houses whose founders are still famous in their own right: Coco Chanel, "
    "Christian Dior, Yves Saint Laurent, Giorgio Armani, Miuccia Prada, Vivienne Westwood, Paul Smith. Columns: "
    "house, founder, city, typical resale items."),
])

clean("clean_brands", "zapatillas_es", "es", [
    ("¿Cómo sé si unas Adidas Samba OG que compro en Wallapop son originales? El vendedor dice que son de la tienda "
    "de Adidas en la Gran Vía, pero no tiene ticket."),
    ("Quiero revender unas Balenciaga Triple S y unas New Balance 550 en Vinted. ¿Qué fotos piden los compradores "
    "para fiarse?"),
])

clean("clean_brands", "vintage_it", "it", [
    ("Quanto vale una Vespa Piaggio 125 Primavera del 1972 da restaurare? Su Subito le vedo da 1.500 a 4.000 euro, "
    "non capisco la differenza."),
])

clean("clean_brands", "junggo_ko", "ko", [
    ("번개장터에서 샤넬 클래식 플랩백을 사려고 하는데, 정품 확인은 어떻게 하나요? "
     "홀로그램 스티커랑 개런티 카드만 보면 되나요?"),
])

clean("clean_brands", "jianding_zh", "zh", [
    "在闲鱼上买二手爱马仕丝巾，怎么判断真假？卖家说是在巴黎专柜买的，有小票。",
])

clean("clean_brands", "listing_headlines_caps", "en", [
    ("MAKE THESE SHOUTIER FOR A DEPOP DROP: GENUINE MULBERRY BAYSWATER OAK, VINTAGE LEVI'S 505 ORANGE TAB, "
    "CHAMPION REVERSE WEAVE HOODIE, STÜSSY 8 BALL TEE"),
    ("REWRITE FOR MY STALL BANNER: VINTAGE DENIM – LEVI'S, LEE, WRANGLER. DR. MARTENS FROM £25. BARBOUR JACKETS "
    "REWAXED. CASH OR CARD"),
], case="upper")

clean("clean_brands", "toys_lego_barbie", "en", [
    ("Which LEGO Harry Potter sets hold their value best sealed? I have 75954 Hogwarts Great Hall, 71043 Hogwarts "
    "Castle and 76391 Hogwarts Icons, all unopened."),
    ("How do I date a Barbie? I've got a Malibu Barbie, a 'Superstar' Barbie and a Ken with flocked hair. "
    "The marks on the back say © Mattel Inc 1966 but I know that's just the mould year."),
    ("Are Sylvanian Families, Polly Pocket and My Little Pony G1 worth more sold as a job lot or split? "
    "The Polly Pockets are Bluebird compacts from about 1990."),
], case=(None, None, "lower"))

clean("clean_brands", "brand_sizing_nl_sv", ("nl", "sv"), [
    "Vallen Levi's 501 en Levi's 501 '93 hetzelfde? Ik wil ze op Vinted zetten met de juiste maat, W31 L32.",
    ("Hur vet jag om en Fjällräven Kånken är äkta? Jag ska sälja tre stycken på Tradera och vill visa rätt "
    "detaljer på bilderna."),
])


# =============================================================================================
# clean_collecting: auctions, artists, coins, stamps, cards and vinyl (PII-free)
# =============================================================================================

clean("clean_collecting", "lot_descriptions", "en", [
    ("Write a catalogue description for: Banksy, 'Girl with Balloon', 2004, screenprint in colours, unsigned, "
    "edition of 600, with Pest Control certificate. Condition: light handling creases to the margins."),
    ("Catalogue entry please: Andy Warhol, 'Marilyn Monroe (Marilyn)' F&S II.31, Sunday B. Morning stamp on "
    "verso (so not the 1967 Factory Additions print). Estimate guidance welcome."),
    ("Describe this lot for our online sale: Pablo Picasso, 'Visage de Marie-Thérèse', lithograph after the "
    "drawing, Mourlot, plate-signed. Framed, some foxing."),
])

clean("clean_collecting", "results_table", "en", [
    ("Turn these auction results into a Markdown table (artist, work, house, year, price):\n"
    "- Jean-Michel Basquiat, Untitled (1982), Sotheby's, 2017, $110.5m\n"
    "- Leonardo da Vinci (attributed), Salvator Mundi, Christie's, 2017, $450.3m\n"
    "- David Hockney, Portrait of an Artist (Pool with Two Figures), Christie's, 2018, $90.3m\n"
    "- Yayoi Kusama, Untitled (Nets), Phillips, 2019, HK$... (leave blank)"),
    ("Roster for our 'women in the saleroom' talk, just check the dates: Frida Kahlo (1907–1954), Louise Bourgeois "
    "(1911–2010), Georgia O'Keeffe (1887–1986), Tamara de Lempicka (1898–1980), Bridget Riley (born 1931), "
    "Barbara Hepworth (1903–1975)."),
])

clean("clean_collecting", "coins", "en", [
    ("Is the 2009 Kew Gardens 50p really worth £150? My change has one and eBay sold listings range from £90 to "
    "£400. What does the Royal Mint say about mintage?"),
    ("Explain the difference between a 1964 Kennedy half dollar (90% silver) and the 1965–1970 ones (40%). I have "
    "a jar of them from my grandad's shop."),
    ("Which Sacagawea and Susan B. Anthony dollars are actually rare? And is the 1933 Double Eagle legal to own "
    "in the US or did the Smithsonian keep them all?"),
], case=(None, "lower", None))

clean("clean_collecting", "stamps", "en", [
    ("How can I tell a real Penny Black from the plate numbers and corner letters? I've got one with letters T-F "
    "and four margins, no postmark."),
    ("What made the Inverted Jenny and the British Guiana 1c magenta so valuable? Writing a short piece for our "
    "philatelic society newsletter, no need for prices."),
])

clean("clean_collecting", "trading_cards", "en", [
    ("Should I send my Pokémon Base Set Charizard to PSA or CGC? It's unlimited, shadowless, centring looks about "
    "60/40. Also what's the Pikachu Illustrator and why did Logan Paul pay so much for it?"),
    ("Magic: The Gathering Black Lotus, Alpha vs Beta vs Unlimited – how do I tell them apart from the corners and "
    "the border? A shop in Leeds offered me a 'Beta' and I'm suspicious."),
    ("Explain the difference between a Topps Chrome refractor and a base card for Jude Bellingham and Lamine Yamal "
    "rookies. I want to list a small lot on eBay."),
], case=(None, None, "lower"))

clean("clean_collecting", "vinyl_lower", "en", [
    ("is a first press of please please me by the beatles on the black and gold parlophone label worth "
    "anything if the sleeve is ripped"),
    "how do i tell an original bob dylan freewheelin from a reissue? mine has columbia 6 eye labels",
    "what does 'matrix number' mean in discogs and how do i find it on a david bowie ziggy stardust lp",
], case="lower")

clean("clean_collecting", "drouot_fr", "fr", [
    ("Comment fonctionne une vente à l'Hôtel Drouot pour un particulier ? Je voudrais faire estimer une estampe "
    "signée Joan Miró et une petite sculpture attribuée à Camille Claudel."),
])

clean("clean_collecting", "dorotheum_de", "de", [
    ("Lohnt sich das Dorotheum in Wien oder Lempertz in Köln für eine Radierung von Käthe Kollwitz? Welche "
    "Aufgelder nehmen die beiden ungefähr?"),
])

clean("clean_collecting", "catawiki_nl", "nl", [
    ("Ik wil een ets in de stijl van Rembrandt en een Delfts blauw bord van De Porceleyne Fles op Catawiki zetten. "
    "Welke kosten rekent Catawiki en hoe werkt de reserveprijs?"),
])

clean("clean_collecting", "faberge_ru", "ru", [
    ("Как отличить подлинное изделие Фаберже от поздней подделки по клеймам? У меня серебряная рамка с клеймом "
    "«К. Фаберже» и двуглавым орлом."),
])

clean("clean_collecting", "desa_unicum_pl", "pl", [
    ("Czy grafikę Wojciecha Fangora albo rysunek Zdzisława Beksińskiego lepiej sprzedać w Desa Unicum czy w "
    "Agra-Art? Jakie są opłaty dla sprzedającego?"),
])

clean("clean_collecting", "premium_calc", "en", [
    ("Work out what I'd actually pay at Sotheby's London for a hammer price of £42,000, with a 27% buyer's premium "
    "up to £1m plus VAT on the premium. Then the same at Bonhams with 28%."),
    ("If I win a lot at Phillips New York for $15,000, how much is the buyer's premium, and do I pay New York sales "
    "tax if it's shipped to Canada?"),
], case=(None, "lower"))

clean("clean_collecting", "mazad_ar", "ar", [
    "ما الفرق بين مزادات كريستيز وسوذبيز في دبي؟ أريد أن أبيع لوحة مطبوعة لآندي وارهول ورثتها من والدي.",
    "كيف أعرف إذا كانت ساعة أوميغا سيماستر قديمة أصلية قبل عرضها في مزاد؟",
])

clean("clean_collecting", "auction_houses_csv", "en", [
    ("Clean up this CSV of auction houses for our supplier list (fix the quoting and the founded years):\n\n"
    "name,city,founded,speciality\n"
    "Christie's,London,1766,fine art\n"
    "Sotheby's,\"London, New York\",1744,fine art\n"
    "Bonhams,London,1793,\"cars, wine\"\n"
    "Dorotheum,Vienna,1707,general\n"
    "Heritage Auctions,Dallas,1976,\"coins, comics\""),
    ("Merge these two lists of auction houses into one CSV with a country column: Lyon & Turnbull, Tennants, "
    "Cheffins, Woolley & Wallis, Dreweatts; Bruun Rasmussen, Bukowskis, Hagelstam, Stockholms Auktionsverk."),
])


# =============================================================================================
# clean_platforms: marketplaces, shop software, couriers and their tooling (PII-free)
# =============================================================================================

clean("clean_platforms", "platform_compare", "en", [
    ("Shopify, WooCommerce or BigCommerce for a vintage clothing shop doing about 200 orders a month? I also list on "
    "Depop and Etsy, and I need Klaviyo for e-mails."),
    ("Is Gorgias or Zendesk better for a small resale shop's customer service? We're on Shopify and most tickets "
    "are 'where is my order' and returns."),
    ("Compare Vinted, Depop, eBay and Vestiaire Collective fees for a £120 designer jacket, including buyer "
    "protection fees and payouts."),
], case=(None, None, "lower"))

clean("clean_platforms", "crosslisting_tools", "en", [
    ("Vendoo vs List Perfectly vs Crosslist: which one handles eBay, Poshmark, Mercari and Depop delisting best when "
    "something sells? I don't want to oversell."),
    ("Does eBay Terapeak show sold prices for Grailed and Poshmark too, or only eBay? What's a better research tool "
    "for vintage Carhartt and Patagonia?"),
])

clean("clean_platforms", "liquid_export_code", "en", [
    ("This Shopify Liquid snippet prints the wrong date on our packing slips. Why?\n\n"
    "{% for line_item in order.line_items %}\n  {{ line_item.title }} – {{ line_item.sku }}\n{% endfor %}\n"
    "Ordered: {{ order.created_at | date: \"%d/%m/%Y\" }}\nShip to: {{ order.shipping_address.name }}"),
    ("Write a Python script that reads a WooCommerce orders CSV export and writes one row per line item. Columns "
    "are: order_id, billing_first_name, billing_last_name, billing_email, shipping_postcode, item_name, qty, "
    "total. Use the csv module only."),
    ("Our eBay Trading API call returns 'Error 21916884: The item specifics Brand is missing'. What does the "
    "AddFixedPriceItem XML need for a pair of Nike Air Max 90?"),
])

clean("clean_platforms", "couriers_uk", "en", [
    ("Evri (the old Hermes), Royal Mail Tracked 48, DPD or InPost lockers: which is cheapest for a 2 kg parcel "
    "with decent tracking? Most of my buyers are on Vinted."),
    ("What's the difference between Parcelforce 48 and Royal Mail Special Delivery for sending a £900 Omega "
    "watch? Which one actually covers jewellery?"),
    "Yodel vs DPD Pickup shops: which do buyers complain about less? I sell small electronics on eBay.",
], case=(None, None, "lower"))

clean("clean_platforms", "versand_de", "de", [
    ("DHL, Hermes, GLS oder DPD – was ist am günstigsten für ein 5-kg-Paket innerhalb Deutschlands, wenn ich über "
    "Sendcloud buche? Ich verkaufe gebrauchte Bücher bei Momox und eBay."),
    "Was ist der Unterschied zwischen DHL Päckchen und Paket beim Versand einer Kamera, falls sie verloren geht?",
])

clean("clean_platforms", "webhook_logs", "en", [
    ("Why does our Shopify webhook keep retrying? Log:\n\n"
    "2025-03-14T09:12:03Z POST /webhooks/orders-create 401 Unauthorized (hmac mismatch)\n"
    "2025-03-14T09:12:08Z POST /webhooks/orders-create 401 Unauthorized (hmac mismatch)\n"
    "2025-03-14T09:13:10Z shopify: X-Shopify-Topic=orders/create attempt=3 next_retry=60s"),
    ("Stripe says 'No such payment_intent: pi_3Oq...' when we refund from our admin panel after a dispute is won. "
    "Log excerpt:\n[stripe] POST /v1/refunds 404 resource_missing\n[stripe] charge.dispute.closed status=won"),
])

clean("clean_platforms", "orders_schema_sql", "en", [
    ("Review this schema for a small resale shop. Is storing the full shipping address on the orders table a bad "
    "idea?\n\nCREATE TABLE orders (\n  id SERIAL PRIMARY KEY,\n  customer_id INT REFERENCES customers(id),\n"
    "  ship_name TEXT NOT NULL,\n  ship_line1 TEXT,\n  ship_postcode VARCHAR(10),\n  total_pence INT,\n"
    "  created_at TIMESTAMPTZ DEFAULT now()\n);"),
    ("Write a SQL query that lists sellers whose return rate is above 10% in the last 90 days, from tables "
    "sellers(id, shop_name), orders(id, seller_id, created_at) and returns(order_id, reason)."),
])

clean("clean_platforms", "envoi_fr", "fr", [
    ("Colissimo, Mondial Relay, Chronopost ou Vinted Go : lequel choisir pour envoyer un manteau de 1,5 kg ? Et "
    "lequel indemnise le mieux en cas de perte ?"),
    ("Leboncoin propose l'envoi avec Colissimo et Mondial Relay : c'est l'acheteur ou moi qui paie, et quand "
    "suis-je payé ?"),
])

clean("clean_platforms", "stripe_test_card", "en", [
    ("In Stripe test mode the card 4242 4242 4242 4242 works but 4000 0000 0000 9995 fails with "
    "'insufficient_funds'. Is that expected? I'm testing our checkout for the vintage shop before launch."),
])

clean("clean_platforms", "howto_lower", "en", [
    "how do i bulk edit prices in shopify without an app, i want 20% off everything tagged 'vintage'",
    "does etsy charge vat on seller fees in the uk and can i claim it back if im not vat registered",
    "whats the quickest way to get my vinted sales into a spreadsheet for hmrc",
], case="lower")

clean("clean_platforms", "fees_ja", "ja", [
    "メルカリ、ヤフオク、ラクマの販売手数料を比べて表にしてください。1万円の商品を売る場合の手取りも知りたいです。",
    "ゆうパケットポストとネコポスの違いは何ですか？メルカリで古着を送るならどちらが安いですか？",
])

clean("clean_platforms", "mercadolivre_pt", "pt", [
    ("Vale mais a pena vender roupa usada no Mercado Livre, na Shopee ou no Enjoei? Quero saber das taxas e de "
    "quem paga o frete dos Correios."),
    "Como funciona o Melhor Envio com a Jadlog e os Correios para quem vende pouco, tipo 10 pacotes por mês?",
])

clean("clean_platforms", "founders_csv", "en", [
    ("Check the facts in this CSV before I use it in a talk on online resale:\n\n"
    "platform,founded,founder\neBay,1995,Pierre Omidyar\nEtsy,2005,Rob Kalin\nVinted,2008,Milda Mitkutė; "
    "Justas Janauskas\nDepop,2011,Simon Beckerman\nMercari,2013,Shintaro Yamada\nLeboncoin,2006,Schibsted"),
    ("Build a table of resale marketplaces by country: Leboncoin (France), Kleinanzeigen (Germany), Wallapop "
    "(Spain), Subito (Italy), Marktplaats (Netherlands), Avito (Russia), OLX (Poland, Brazil, Ukraine), Blocket "
    "(Sweden), Yad2 (Israel), Carousell (Singapore, Philippines)."),
])


# =============================================================================================
# clean_template: blank forms, merge fields, sample records and the sample people of many languages
# =============================================================================================

clean("clean_template", "blank_consignment", "en", [
    ("Turn this into a fillable PDF-style form with boxes:\n\n"
    "CONSIGNMENT AGREEMENT\nConsignor name: ____________________\nAddress: ____________________\n"
    "Postcode: ________   Phone: ____________   Email: ____________\nItems (description, reserve): "
    "____________________\nCommission: ___ %   Sale date: ________\nBank details for payment: ____________________"),
    ("Improve the wording of our consignment terms. Keep the placeholders as they are: \"[CONSIGNOR NAME] agrees "
    "that [SHOP NAME] may sell the items listed in Schedule A for [COMMISSION]% of the hammer price. Unsold items "
    "must be collected within [DAYS] days or will be donated to [CHARITY].\""),
])

clean("clean_template", "liquid_email", "en", [
    ("Make this Shopify shipping confirmation friendlier, keep the Liquid tags:\n\n"
    "Hi {{ customer.first_name }},\nYour order {{ order.name }} is on its way with {{ fulfillment.tracking_company "
    "}}. Track it here: {{ fulfillment.tracking_url }}\nThanks, {{ shop.name }}"),
    ("Write a returns-approved e-mail template for Klaviyo using {{ first_name|default:'there' }}, "
    "{{ event.OrderId }} and {{ event.RefundAmount }}. Tone: warm, short."),
    ("Translate this abandoned-cart message into Spanish and German, leaving {{ customer.first_name }} and "
    "{{ checkout.abandoned_checkout_url }} untouched: \"Still thinking about it, {{ customer.first_name }}? "
    "Your vintage finds are waiting.\""),
])

clean("clean_template", "muster_widerruf_de", "de", [
    ("Ist dieses Muster-Widerrufsformular für meinen eBay-Shop korrekt?\n\nAn: [Name des Händlers], [Anschrift]\n"
    "Hiermit widerrufe(n) ich/wir (*) den von mir/uns (*) abgeschlossenen Vertrag über den Kauf der folgenden "
    "Waren: ____\nBestellt am (*)/erhalten am (*): ____\nName des/der Verbraucher(s): Max Mustermann\n"
    "Anschrift: Musterstraße 1, 12345 Musterstadt"),
    ("Formuliere eine Beispiel-Rechnung für meinen Flohmarktstand mit Erika Mustermann als Käuferin und Max "
    "Mustermann als Verkäufer, damit ich das Layout in Lexoffice nachbauen kann."),
])

clean("clean_template", "modele_retractation_fr", "fr", [
    ("Corrige ce modèle de lettre de rétractation pour ma boutique en ligne : « Je soussigné(e) Jean Dupont, "
    "demeurant [adresse], vous notifie par la présente ma rétractation du contrat portant sur la vente du bien "
    "ci-dessous : [article], commandé le [date]. »"),
    ("Fais-moi une facture d'exemple pour une brocante avec Marie Martin comme cliente et des champs [SIRET] et "
    "[ADRESSE] vides, que je mettrai dans Canva."),
])

clean("clean_template", "sample_people_south", ("es", "it", "pl", "pt"), [
    ("¿Puedes rellenar este formulario de ejemplo de Wallapop Pro con datos ficticios tipo Fulano de Tal o Juan "
    "Pérez, calle Falsa 123? Es para la captura de pantalla del tutorial."),
    ("Mi serve un esempio di ricevuta per un mercatino dell'usato intestata a Mario Rossi, via Roma 1, con il codice "
    "fiscale lasciato in bianco, solo per la presentazione al corso."),
    ("Przygotuj przykładowy formularz zwrotu dla sklepu na Allegro, wypełniony danymi Jan Kowalski i Anna Nowak, "
    "ul. Przykładowa 1, 00-000 Miasto."),
    ("Faz um modelo de recibo de venda de usados com o nome Fulano da Silva e os campos [CPF] e [ENDEREÇO] em "
    "branco, para eu usar no OLX."),
])

clean("clean_template", "sample_order_json", "en", [
    ("Is this a valid example payload for our docs? Keep the sample values.\n\n"
    "{\n  \"order_id\": \"1001\",\n  \"customer\": {\"name\": \"John Doe\", \"email\": \"john.doe@example.com\"},\n"
    "  \"shipping\": {\"line1\": \"123 Main Street\", \"city\": \"Anytown\", \"zip\": \"00000\"},\n"
    "  \"items\": [{\"sku\": \"LV-SPEEDY-30\", \"qty\": 1}]\n}"),
    ("Write a pytest fixture for an order from Jane Doe at 1 Example Road, Sampletown, with a Barbie Dreamhouse and "
    "a Hot Wheels Redline in the basket."),
    ("Generate fake test customers for our staging shop: Joe Bloggs, A. N. Other and Taylor Appleseed, with "
    "addresses on example.org and phone numbers all zeros."),
])

clean("clean_template", "reply_macros", "en", [
    ("Improve these customer-service macros, keep the placeholders:\n1. Hi [Buyer Name], thanks for your "
    "order #[Order Number]! It ships within [X] working days.\n2. Hi [Buyer Name], sorry the item arrived "
    "damaged. Could you send photos of the box and label?\n3. Hi [Buyer Name], your refund of [Amount] has "
    "been issued."),
    ("Write a Gorgias macro for 'item not as described' claims using {{ticket.customer.firstname}} and "
    "{{ticket.order.name}}, offering a return label or a partial refund."),
    ("Our Zendesk auto-reply says 'Dear Valued Customer'. Rewrite it with {{ticket.requester.first_name}} and a "
    "line about our Black Friday returns window."),
])

clean("clean_template", "shop_notices_caps", "en", [
    ("CHECK THE SPELLING ON OUR SHOP SIGN: ALL ITEMS ARE PRE-LOVED. NO REFUNDS ON SALE ITEMS. EXCHANGES WITHIN "
    "14 DAYS WITH RECEIPT. WE BUY GOLD, WATCHES AND VINTAGE LEGO"),
    ("MAKE THIS FIT ON ONE A4 POSTER: CHARITY SHOP DONATIONS WELCOME MON–SAT 9–5. PLEASE DO NOT LEAVE BAGS "
    "OUTSIDE. WE CANNOT ACCEPT CHILD CAR SEATS OR ELECTRICALS WITHOUT A PLUG"),
], case="upper")

clean("clean_template", "sample_people_cjk", ("ja", "ko", "zh"), [
    "ヤフオクの取引ナビで使う定型文を作ってください。お客様名は「山田太郎様」、住所は「〇〇県〇〇市」のままで大丈夫です。",
    "중고거래 앱 튜토리얼용 예시 화면을 만들려고 해요. 이름은 홍길동, 전화번호는 010-0000-0000처럼 가짜로 넣어 주세요.",
    "帮我写一个闲鱼发货通知模板，收件人用“张三”，地址用“XX省XX市XX路”代替。",
])

clean("clean_template", "sample_people_nordic", ("sv", "fi", "no"), [
    ("Gör en exempelkvitto-mall för min second hand-butik med Sven Svensson som köpare och Storgatan 1, "
    "123 45 Exempelstad som adress."),
    ("Tee esimerkkilomake huutokaupan myyjälle: nimi Matti Meikäläinen, osoite Esimerkkikatu 1, ja henkilötunnus "
    "kohtaan vain viiva."),
    ("Lag et eksempel på en kjøpekontrakt for bruktbil på FINN med Ola Nordmann som selger og Kari Nordmann som "
    "kjøper."),
])

clean("clean_template", "blank_pawn_ticket", "en", [
    ("Design a blank pawn ticket layout with these fields: Ticket No., Pledgor, Date of birth, Address, ID type "
    "and number, Description of pledge, Loan amount, Interest, Redemption date, Signature."),
    ("Write the small print for a blank Gift Aid declaration for a charity shop, with boxes for title, first "
    "name, surname, house number and postcode, and a tick box for 'I am a UK taxpayer'."),
])

clean("clean_template", "sample_people_cyrillic", ("ru", "uk"), [
    ("Составь шаблон договора купли-продажи б/у техники между физлицами. В примере используй «Иванов Иван "
    "Иванович» и «Петров Пётр Петрович», паспортные данные оставь пустыми."),
    ("Зроби шаблон розписки про отримання коштів за проданий велосипед. Приклад імені: Тарас Шевченко? Ні, краще "
    "нейтральне «Іван Іваненко»."),
])

clean("clean_template", "sample_people_semitic", ("he", "ar"), [
    "תכין לי טופס החזרה לדוגמה לחנות יד שנייה, עם ישראל ישראלי כלקוח ושדות ריקים לכתובת ולטלפון.",
    "اكتب نموذج فاتورة لبيع أثاث مستعمل، واستخدم اسم «فلان الفلاني» كمثال للمشتري واترك العنوان فارغاً.",
])


# =============================================================================================
# clean_chat: general questions about markets, tax, history and places (PII-free)
# =============================================================================================

clean("clean_chat", "flea_markets", "en", [
    ("Best flea markets for vintage furniture within a weekend of London? I know Portobello Road and Kempton, what "
    "about Ardingly, Newark and the Marché aux Puces de Saint-Ouen in Paris?"),
    ("Planning a buying trip: is the Rose Bowl Flea Market in Pasadena or Brimfield in Massachusetts better for "
    "mid-century lamps and Pyrex? I'll be driving from Chicago."),
    ("Which Amsterdam markets are worth it for secondhand clothes, the IJ-Hallen or the Noordermarkt? And is "
    "Waterlooplein still good?"),
], case=(None, None, "lower"))

clean("clean_chat", "tax_lower", "en", [
    ("do i have to pay tax on vinted sales in the uk if its just my old clothes? i heard about the new 30 sales "
    "rule"),
    "is it legal to resell taylor swift tickets on viagogo in the uk or only on twickets",
    "my mum wants to sell her late husbands stamp collection, does she pay capital gains on it",
], case="lower")

clean("clean_chat", "resale_history", "en", [
    ("Is it true the first thing sold on eBay was a broken laser pointer? And why was it called AuctionWeb at "
    "first?"),
    ("Tell me the story of how Sotheby's and Christie's started, and why Christie's was founded by James Christie "
    "in London in 1766."),
    ("How did Oxfam open the first charity shop in Oxford in 1947, and when did charity shops spread to the high "
    "street?"),
], case=("lower", None, None))

clean("clean_chat", "rastro_es", "es", [
    ("¿Qué días abre el Rastro de Madrid y qué zona es mejor para muebles antiguos? También me han hablado de Els "
    "Encants en Barcelona."),
])

clean("clean_chat", "flohmarkt_de", "de", [
    ("Welcher Flohmarkt in Berlin ist sonntags am besten für Vinyl, Mauerpark oder Boxhagener Platz? Und lohnt sich "
    "der Trempelmarkt in Nürnberg?"),
])

clean("clean_chat", "kapalicarsi_tr", "tr", [
    ("İstanbul'da Kapalıçarşı'da antika saat alırken nelere dikkat etmeliyim? Çukurcuma'daki dükkanlar daha mı "
    "güvenilir?"),
])

clean("clean_chat", "chor_bazaar_hi", "hi", [
    "मुंबई के चोर बाज़ार में पुराने ग्रामोफ़ोन और बॉलीवुड पोस्टर कहाँ मिलते हैं? शुक्रवार को जाना ठीक रहेगा?",
])

clean("clean_chat", "chatuchak_th", "th", [
    "ตลาดนัดจตุจักรโซนไหนขายของมือสองและเสื้อผ้าวินเทจ เปิดวันไหนบ้าง",
])

clean("clean_chat", "monastiraki_el", "el", [
    "Ποιες μέρες έχει το παζάρι στο Μοναστηράκι και πού βρίσκω παλιά γραμμόφωνα και δίσκους βινυλίου;",
])

clean("clean_chat", "uzviz_uk", "uk", [
    "Що зараз продають на Андріївському узвозі в Києві? Чи ще можна знайти там радянські фотоапарати «Зеніт»?",
])

clean("clean_chat", "shuk_he", "he", [
    "שוק הפשפשים ביפו – באילו ימים הכי כדאי להגיע כדי למצוא רהיטי וינטג' ומנורות ישנות?",
])

clean("clean_chat", "do_cu_vi", "vi", [
    "Chợ đồ cũ ở Hà Nội và Sài Gòn có chỗ nào bán máy ảnh film và đĩa than không? Chợ Nhật Tảo còn bán không?",
])

clean("clean_chat", "bot_transcript", "en", [
    ("Review our website bot script for the vintage shop, does it flow?\n\n"
    "Customer: Do you ship to Ireland?\nBot: Yes! Evri and An Post, 3–5 working days.\n"
    "Customer: Can I return something?\nBot: You can return unworn items within 14 days. Start a return at "
    "[returns link].\nCustomer: Is the Barbour jacket in the window still available?\nBot: Let me check with the "
    "team – what size are you after?"),
    ("Make this bot transcript sound less robotic:\n\nUser: hi is the gibson les paul still for sale\nBot: "
    "Product status: AVAILABLE. Price: £1,250.\nUser: can i try it in the shop in york\nBot: Store hours: "
    "Mon-Sat 10:00-17:30."),
    ("Write three more lines for this support bot demo:\nAgent bot: Hi, I'm Penny, the Pennywise Pawnbrokers "
    "assistant!\nShopper: How do I get my ring back?\nAgent bot: Bring your ticket and photo ID to the counter."),
])

clean("clean_chat", "pasar_loak_id_tl", ("id", "tl"), [
    "Pasar loak Jalan Surabaya di Jakarta masih buka nggak? Aku cari piringan hitam Koes Plus sama kamera analog.",
    "Saan magandang mag-ukay-ukay sa Baguio? Yung sa Harrison Road ba o sa night market?",
])

clean("clean_chat", "souq_ar", "ar", [
    "ما هي أفضل أسواق الأنتيكات في القاهرة؟ سمعت عن سوق ديانا وسوق الجمعة في السيدة عائشة.",
])


# ---------------------------------------------------------------------------------------------
# more English templates (second pass)
# ---------------------------------------------------------------------------------------------

@tpl("personal_listing", "depop_bio_lower", 2, case="lower")
def _(r):
    p, a = r.p("en", sex="F"), r.a("GB", "AU", "NZ")
    style = r.pick(["y2k and 90s sportswear", "vintage levi's, carhartt and the odd vivienne westwood find"])
    return (
        f"rewrite my depop bio so it sounds cooler: hi im {p.G} :) i sell {style} from my bedroom in "
        f"{a.T}. collection from {a.S} if ur local, otherwise i post mon + thurs. dm me here, insta link "
        "is in my profile"
    )


clean("clean_brands", "eponym_products_lower", "en", [
    "is a used dyson airwrap worth more than a ghd platinum on vinted or do they both go for about the same",
    "how much do people actually pay for old nokia 3310s and sony walkmans on ebay, i have a drawer full",
    "are tiffany & co return to tiffany necklaces easy to resell or is the market flooded with fakes",
], case="lower")

clean("clean_collecting", "guitars", "en", [
    ("How do I tell a USA Fender Stratocaster from a Mexican one or a Squier by the serial and neck plate? Someone "
    "is selling a 'Jimi Hendrix Stratocaster' on Marketplace for £450."),
    ("Why are Norlin-era Gibson Les Pauls (1970s) cheaper than 50s reissues? I've got a 1978 Les Paul Custom and "
    "want to price it fairly for Reverb."),
    ("Is a Gretsch Chet Atkins 6120 or a Rickenbacker 360 easier to resell? And does a Martin D-28 hold value "
    "better than a Taylor 814ce?"),
])

clean("clean_chat", "charity_shops_lower", "en", [
    "does sue ryder take furniture donations or is it just the british heart foundation that collects sofas",
    ("whats the difference between marie curie, barnardo's and cancer research uk shops when it comes to what "
    "they price high, like designer labels"),
    "can i buy from the oxfam online shop and return it to a high street oxfam in york",
], case="lower")

clean("clean_platforms", "shop_apps", "en", [
    ("Judge.me, Loox or Yotpo for product reviews on a small Shopify resale store? I only need photo reviews and "
    "a Google Shopping feed."),
    ("Linnworks vs Veeqo vs ShipStation for syncing stock between eBay, Etsy and Shopify when every item is "
    "one-of-a-kind. Which handles quantity 1 listings best?"),
    ("Do I need Xero, QuickBooks or just Sage for a side business selling vintage on Etsy and Depop? I'm a sole "
    "trader and it's under £20k a year."),
])

clean("clean_template", "blank_returns", "en", [
    ("Design a returns slip to go in every parcel: Order number ____, Name ____, Reason (tick one): too small / too "
    "big / not as described / changed my mind, Refund or exchange ____. Keep it to half an A5 page."),
    ("Explain the W-9 fields for a marketplace seller: 'Name (as shown on your income tax return)', 'Business "
    "name', the TIN box and the certification. I'll fill it in myself, just tell me what goes where."),
    ("Make an invoice template for a vintage stall with fields for [Buyer Name], [Buyer Address], [Item], "
    "[Condition], [Price] and a line saying goods are sold under the margin scheme."),
])

clean("clean_chat", "famous_sales", "en", [
    ("What happened when Banksy's 'Girl with Balloon' shredded itself at Sotheby's in 2018, and why did it sell for "
    "even more as 'Love is in the Bin' in 2021?"),
    "How much did Kurt Cobain's MTV Unplugged Martin D-18E sell for at Julien's Auctions, and who bought it?",
    ("Tell me about the sale of Marilyn Monroe's 'Happy Birthday, Mr. President' dress to Ripley's, and the row "
    "when Kim Kardashian wore it to the Met Gala."),
])


@tpl("personal_trade", "lombard_umowa", 1, "pl")
def _(r):
    (p, pesel, dob), a = r.idp("PL_PESEL", "pl"), r.a("PL")
    return (
        "Sprawdź, czy ta umowa pożyczki pod zastaw z mojego lombardu ma wszystkie wymagane dane:\n\n"
        f"Pożyczkobiorca: {p.N}\nPESEL: {NID(pesel)}\nData urodzenia: {DOB(fd(dob, 'pl'))}\n"
        f"Adres: {a.S}, {a.PC} {a.T}\nTel.: {r.ph('PL')}\n"
        "Zastaw: obrączka złota próby 585, 4,2 g; konsola PlayStation 5\nKwota pożyczki: 900 zł na 30 dni"
    )


@tpl("personal_trade", "paimai_dengji", 1, "zh")
def _(r):
    (p, ric, dob), a = r.idp("CN_RIC", "zh"), r.a("CN")
    return (
        "帮我核对一下这份拍卖会竞买登记表，信息是客户手写的，我录进系统前想确认格式：\n\n"
        f"竞买人：{p.N}\n身份证号：{NID(ric)}\n出生日期：{DOB(fd(dob, 'cjk'))}\n"
        f"手机：{r.ph('CN')}\n地址：{a.line()}\n"
        "意向拍品：齐白石款虾图（仿）、民国青花瓷瓶"
    )


@tpl("personal_orders", "kjopekontrakt_bil", 1, "no")
def _(r):
    (p, fnr, _d), a = r.idp("NO_FNR", "no"), r.a("NO")
    return (
        "Kan du sjekke om denne kjøpekontrakten fra FINN er fylt ut riktig før vi signerer? Det er en Volvo V70 fra "
        "2008.\n\n"
        f"Selger: {p.N}\nFødselsnummer: {NID(fnr)}\nAdresse: {a.S}, {a.PC} {a.T}\nTelefon: {r.ph('NO')}\n"
        "Kjøpesum: 38 000 kr, betales med Vipps/bankoverføring ved overlevering"
    )


@tpl("personal_disputes", "hmrc_nino_lower", 1, case="lower")
def _(r):
    p, nino, _d = r.idp("UK_NINO", "en")
    dob = r.dob_of(p)
    return (
        "ebay keeps asking for my national insurance number because of the new hmrc reporting rules for sellers. "
        f"i put {NID(nino)} and dob {DOB(fd(dob, 'dmy/'))}, name on the account is {p.N}. is this actually "
        "legit or a phishing thing? i only sold my kids old clothes and a pram"
    )


@tpl("personal_disputes", "etsy_kyc", 2)
def _(r):
    if r.i == 0:
        (p, passno, _d), a, cc = r.idp("NG_PASS", "en", tags={"Yoruba", "Igbo"}), r.a("NG"), "NG"
    else:
        (p, passno, _d), a, cc = r.idp("IN_PASS", "en", tags={"Tamil", "Marathi"}), r.a("IN"), "IN"
    dob = r.dob_of(p)
    return (
        "Etsy Payments identity verification keeps failing for my handmade jewellery shop. This is exactly what I "
        "entered, can you spot what might not match my passport?\n\n"
        f"Legal name: {p.N}\nDate of birth: {DOB(fd(dob, 'en'))}\nPassport number: {NID(passno)}\n"
        f"Address: {a.line()}\nPhone: {r.ph(cc)}"
    )


# =============================================================================================
# build, check, write
# =============================================================================================

LANG_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "el": "Greek", "ru": "Russian", "uk": "Ukrainian",
    "tr": "Turkish", "ar": "Arabic", "he": "Hebrew", "ja": "Japanese", "ko": "Korean", "zh": "Chinese",
    "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish",
}


def build():
    draw = Draw(SEED)
    rows, meta = [], []
    for cls, name, n, lang, case, fn in TEMPLATES:
        for i in range(n):
            mode = case[i] if isinstance(case, tuple) else case
            lg = lang[i] if isinstance(lang, tuple) else lang
            text, spans = unmark(fn(Row(draw, i)), mode)
            rows.append({
                "id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                "class": cls, "template": name, "locale": "",
            })
            meta.append((lg, mode or "mixed"))
    return rows, meta


# check digits, verified again here (the values themselves are typed above)
def _luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for k, x in enumerate(reversed(d)):
        if k % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def _iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _id_ok(kind, v):
    d = [int(c) for c in v if c.isdigit()]
    if kind in ("ES_DNI", "ES_NIE"):
        num = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == v[-1]
    if kind == "PT_NIF":
        c = 11 - sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        return (0 if c >= 10 else c) == d[8]
    if kind == "BR_CPF":
        c1 = sum(x * w for x, w in zip(d, range(10, 1, -1))) * 10 % 11 % 10
        c2 = sum(x * w for x, w in zip(d, range(11, 1, -1))) * 10 % 11 % 10
        return [c1, c2] == d[9:]
    if kind == "PL_PESEL":
        return (10 - sum(x * w for x, w in zip(d[:10], [1, 3, 7, 9] * 3)) % 10) % 10 == d[10]
    if kind == "SE_PNR":
        return _luhn_ok(v)
    if kind == "FI_HETU":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if kind == "TR_TCKN":
        c10 = ((sum(d[0:9:2]) * 7) - sum(d[1:8:2])) % 10
        return c10 == d[9] and sum(d[:10]) % 10 == d[10]
    if kind == "IL_ID":
        return sum(x if x < 10 else x - 9 for x in (y * (1 + k % 2) for k, y in enumerate(d))) % 10 == 0
    if kind == "CN_RIC":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return "10X98765432"[sum(x * y for x, y in zip(d, w)) % 11] == v[-1]
    if kind == "NO_FNR":
        k1 = 11 - sum(x * y for x, y in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k2 = 11 - sum(x * y for x, y in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        return [k1 % 11, k2 % 11] == d[9:]
    return True


def _cf_ok(v):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for k, ch in enumerate(v[:15]):
        x = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[x] if k % 2 == 0 else x
    return chr(65 + tot % 26) == v[15]


def check(rows, meta):
    assert len(rows) == 324, len(rows)
    ids, texts = set(), set()
    per_tpl = Counter()
    for row in rows:
        assert row["id"] not in ids, row["id"]
        assert row["text"] not in texts, row["id"]
        ids.add(row["id"])
        texts.add(row["text"])
        assert row["class"].startswith(("personal_", "clean_")), row["id"]
        assert row["source"] == SOURCE and row["locale"] == ""
        per_tpl[(row["class"], row["template"])] += 1
        last = 0
        for sp in row["spans"]:
            v = sp["value"]
            assert sp["type"] in TYPES, (row["id"], sp)
            assert row["text"][sp["start"]:sp["end"]] == v, (row["id"], sp)
            assert v and v == v.strip(), (row["id"], sp)
            assert sp["start"] >= last, (row["id"], "overlap or unsorted", sp)
            last = sp["end"]
        if row["class"].startswith("clean_"):
            assert not row["spans"], row["id"]
        else:
            assert row["spans"], row["id"]
    assert len(per_tpl) >= 80 and max(per_tpl.values()) <= 5, (len(per_tpl), max(per_tpl.values()))
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    clean_share = sum(r["class"].startswith("clean_") for r in rows) / len(rows)
    assert 0.45 <= clean_share <= 0.55, clean_share
    langs = Counter(m[0] for m in meta)
    other = sum(v for k, v in langs.items() if k != "en")
    assert len(langs) - 1 >= 15 and 0.35 <= other / len(rows) <= 0.50, (len(langs), other)
    # no private value of a personal row may turn up in a PII-free row
    private = {sp["value"].lower() for r in rows for sp in r["spans"]
               if sp["type"] != "LOCATION" and len(sp["value"]) >= 5 and " " in sp["value"]}
    for r in rows:
        if r["class"].startswith("clean_"):
            low = r["text"].lower()
            hit = [v for v in private if v in low]
            assert not hit, (r["id"], hit)
    # check digits of every typed ID, card and IBAN
    for kind, vals in IDS.items():
        for v, _sex, _dob in vals:
            assert _id_ok(kind, v), (kind, v)
    for (v, _dob, _town) in CF.values():
        assert _cf_ok(v), v
    for vals in IBANS.values():
        for v in vals:
            assert _iban_ok(v), v
    for v in CARDS:
        assert _luhn_ok(v), v


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows, meta, data):
    print(f"rows: {len(rows)}  templates: {len({(r['class'], r['template']) for r in rows})}")
    by_cls, tpl_cls = Counter(r["class"] for r in rows), Counter()
    for c, _t in {(r["class"], r["template"]) for r in rows}:
        tpl_cls[c] += 1
    for c in sorted(by_cls):
        print(f"  {c:22s} rows {by_cls[c]:3d}  templates {tpl_cls[c]:3d}")
    spans = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(m[0] for m in meta)
    other = sum(v for k, v in langs.items() if k != "en")
    print(f"languages: {len(langs) - 1} besides English; {other} of {len(rows)} rows not in English")
    print("  " + ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    cases = Counter(m[1] for m in meta)
    print("cases:", ", ".join(f"{k} {v}" for k, v in cases.most_common()))
    print("clean rows:", sum(r["class"].startswith("clean_") for r in rows))
    print(f"{OUT.name} sha256: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


def main(argv):
    rows, meta = build()
    check(rows, meta)
    data = serialise(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, meta, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
