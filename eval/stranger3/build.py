#!/usr/bin/env python3
"""Third stranger corpus for the privacy gateway: hand-written templates, hand-typed values.

Standard library only. Deterministic (seed below). Writes seen.jsonl next to this file.

Values are invented by hand; any resemblance to real people is coincidental.

How offsets are computed: templates build their text with markers around every personal value
(P/L/H/E/I = PERSON, LOCATION, PHONE_NUMBER, EMAIL_ADDRESS, IP_ADDRESS). `finish()` strips the
markers and records start/end of each value, so no offset is ever typed by hand. Markers are
control characters plus a one-letter code, so lower()/upper() on a whole marked text keeps them.
"""
import json
import sys
import os
import random
import unicodedata
import zlib

SEED = 30113
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "seen.jsonl")
SOURCE = "eval/stranger3/build.py"

# --------------------------------------------------------------------------- markers
_O, _C = "\x01", "\x02"
TYPES = {"P": "PERSON", "L": "LOCATION", "H": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "I": "IP_ADDRESS"}


def P(v):
    return f"{_O}P{v}{_C}"


def L(v):
    return f"{_O}L{v}{_C}" if v else ""


def H(v):
    return f"{_O}H{v}{_C}"


def E(v):
    return f"{_O}E{v}{_C}"


def Ip(v):
    return f"{_O}I{v}{_C}"


def finish(marked):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        ch = marked[i]
        if ch == _O:
            code = marked[i + 1].upper()
            j = marked.index(_C, i + 2)
            val = marked[i + 2:j]
            assert _O not in val, val
            spans.append({"start": pos, "end": pos + len(val), "type": TYPES[code], "value": val})
            out.append(val)
            pos += len(val)
            i = j + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans


def strip(marked):
    return finish(marked)[0]


# --------------------------------------------------------------------------- names (typed by hand)
NAMES = {
    "en_US": (["Darlene", "Wade", "Corinne", "Travis", "Meredith", "Hollis", "Tamsin", "Garrett"],
              ["Pruitt", "Kettering", "Ashby", "Lockridge", "Tolliver", "Swanberg", "Hargrove"]),
    "en_GB": (["Gwendolyn", "Callum", "Philippa", "Rhys", "Imogen", "Alastair"],
              ["Pennington", "Whitlock", "Ormerod", "Treharne", "Fairclough", "Haslam"]),
    "en_word": (["Autumn", "Chase", "Joy", "Sunny", "Dawn", "Hunter", "Ivy"],
                ["Marsh", "Bird", "Baker", "Frost", "Mason", "Stone", "Meadows"]),
    "es": (["Maricela", "Rigoberto", "Itziar", "Jacinto", "Nerea", "Fermín"],
           ["Villaseñor", "Echeverría", "Barrientos", "Quiroga", "Olmedo", "Zubiaurre"]),
    "pt": (["Lucimar", "Januário", "Rosângela", "Edvaldo", "Inês", "Joaquim"],
           ["Vasconcelos", "Tavares", "Brandão", "Lacerda", "Guimarães", "Figueiredo"]),
    "fr": (["Solène", "Gaëtan", "Maëlle", "Thibaut", "Ghislaine", "Anouk"],
           ["Lemaître", "Vasseur", "Chauvin", "Brossard", "Pelletier", "Roussel"]),
    "de": (["Ulrike", "Detlef", "Annegret", "Volker", "Hannelore", "Jörg"],
           ["Brinkmann", "Haferkamp", "Ostermeier", "Kühnel", "Stuckenbrock", "Wendler"]),
    "nl": (["Femke", "Joris", "Marieke", "Sjoerd", "Ineke"],
           ["Brouwer", "van der Meulen", "Hoekstra", "Dijkhuis", "de Boer"]),
    "nordic": (["Sigrid", "Torbjørn", "Linnea", "Eskil", "Ragnhild", "Aslak"],
               ["Haugland", "Sandvik", "Lindqvist", "Ekström", "Bergersen", "Nyberg"]),
    "slavic": (["Radosław", "Zuzana", "Miroslav", "Jelena", "Dobromir", "Oksana"],
               ["Kowalczyk", "Bondarenko", "Petrović", "Szymańska", "Dvořáková", "Horvat"]),
    "tr": (["Elif", "Oğuzhan", "Sevgül", "Barış", "Kübra", "Tuncay"],
           ["Karaaslan", "Yıldırım", "Çelikbaş", "Demirci", "Aksoy", "Korkmaz"]),
    "ar": (["Rania", "Yousef", "Samira", "Tariq", "Nour", "Bilal"],
           ["Haddad", "Al-Masri", "Mansour", "El-Khatib", "Saadeh", "Bakri"]),
    "fa": (["Shirin", "Kourosh", "Parisa", "Dariush", "Niloufar"],
           ["Rahimi", "Tehrani", "Moradi", "Jafarzadeh", "Kazemi"]),
    "he": (["Noa", "Eitan", "Tamar", "Yonatan", "Shira"],
           ["Ben-Ami", "Rosenthal", "Mizrahi", "Katzir", "Halevi"]),
    "in_north": (["Aarav", "Pooja", "Siddharth", "Kavita", "Ritesh", "Nandini"],
                 ["Malhotra", "Chaturvedi", "Agarwal", "Saxena", "Bhatt"]),
    "in_south": (["Karthik", "Lakshmi", "Venkatesh", "Divya", "Murugan", "Anjali"],
                 ["Subramanian", "Ramachandran", "Nair", "Iyer", "Krishnamurthy"]),
    "bd": (["Tanvir", "Nusrat", "Rafiqul", "Sharmin", "Mahfuz"],
           ["Hossain", "Chowdhury", "Talukder", "Sarkar", "Mridha"]),
    "zh": (["Xiaoling", "Jianguo", "Meiling", "Haoran", "Yuting", "Zhiwei"],
           ["Liu", "Huang", "Zhou", "Guo", "Deng", "Xu"]),
    "ko": (["Minji", "Seojun", "Hyejin", "Dongwook", "Jiyeon"],
           ["Jeong", "Baek", "Hwang", "Seo", "Kwon"]),
    "ja": (["Haruka", "Kenta", "Yumiko", "Daisuke", "Asami"],
           ["Nishimura", "Fujiwara", "Ishikawa", "Morita", "Kanda"]),
    "vi": (["Thảo", "Quang", "Linh", "Tuấn", "Ngọc"],
           ["Trần", "Phạm", "Đặng", "Võ", "Huỳnh"]),
    "th": (["Siriporn", "Anurak", "Kanokwan", "Somchai", "Pimchanok"],
           ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakorn", "Boonmee"]),
    "fil": (["Maricel", "Jomar", "Rowena", "Arnel", "Kristine"],
            ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Sarmiento"]),
    "id": (["Dewi", "Agus", "Rina", "Bambang", "Sekar"],
           ["Wibowo", "Santoso", "Kusumawati", "Hartono", "Nugroho"]),
    "yo": (["Adebayo", "Folasade", "Olumide", "Titilayo", "Kayode"],
           ["Adeyemi", "Ogunleye", "Oyelaran", "Balogun", "Adesanya"]),
    "ig": (["Chinedu", "Ngozi", "Obinna", "Adaeze", "Ikenna"],
           ["Nwosu", "Nwachukwu", "Uzoma", "Anyanwu", "Ezeaku"]),
    "ha": (["Aminu", "Hauwa", "Sani", "Zainab", "Bashir"],
           ["Danjuma", "Yakubu", "Garba", "Lawal", "Bello"]),
    "sw": (["Baraka", "Zawadi", "Juma", "Neema", "Omari"],
           ["Otieno", "Njoroge", "Achieng", "Kiprotich", "Mutua"]),
    "am": (["Meron", "Dawit", "Selamawit", "Tesfaye", "Hiwot"],
           ["Bekele", "Tadesse", "Gebremedhin", "Alemu", "Wolde"]),
    "zu": (["Thandeka", "Sipho", "Nomvula", "Lwazi", "Zanele"],
           ["Dlamini", "Mkhize", "Ndlovu", "Zungu", "Khumalo"]),
}

# where people of each culture live in this corpus (diaspora included on purpose)
HOMES = {
    "en_US": ["US", "US", "CA"], "en_GB": ["UK", "IE", "AU"], "en_word": ["US", "UK", "NZ", "AU"],
    "es": ["ES", "MX", "US"], "pt": ["PT", "BR"], "fr": ["FR", "CA"], "de": ["DE", "DE", "NL"],
    "nl": ["NL"], "nordic": ["SE", "NO"], "slavic": ["PL", "DE"], "tr": ["TR", "DE"],
    "ar": ["UK", "FR", "TR"], "fa": ["SE", "CA", "DE"], "he": ["US", "UK"], "in_north": ["IN", "UK"],
    "in_south": ["IN", "US"], "bd": ["UK", "IN"], "zh": ["CA", "AU", "US"], "ko": ["KR"],
    "ja": ["JP"], "vi": ["VN", "AU"], "th": ["US", "AU"], "fil": ["PH", "CA"], "id": ["ID", "NL"],
    "yo": ["NG", "UK"], "ig": ["NG", "IE"], "ha": ["NG"], "sw": ["KE"], "am": ["KE", "US"],
    "zu": ["ZA"],
}

COUNTRY_NAME = {
    "US": "USA", "UK": "United Kingdom", "IE": "Ireland", "CA": "Canada", "AU": "Australia",
    "NZ": "New Zealand", "DE": "Germany", "NL": "Netherlands", "FR": "France", "ES": "Spain",
    "PT": "Portugal", "BR": "Brazil", "MX": "Mexico", "PL": "Poland", "SE": "Sweden",
    "NO": "Norway", "TR": "Türkiye", "IN": "India", "JP": "Japan", "KR": "South Korea",
    "NG": "Nigeria", "KE": "Kenya", "ZA": "South Africa", "PH": "Philippines", "ID": "Indonesia",
    "VN": "Vietnam",
}

# street line, town (small places mostly), region ("" if none), postcode ("" if none used)
ADDR = {
    "US": [("418 Larkspur Ln", "Yellow Springs", "OH", "45387"),
           ("2207 W Cedar Ave", "Lindsborg", "KS", "67456"),
           ("91 Tamarack Rd", "Bethel", "VT", "05032"),
           ("55 Quarry Hill Dr", "Hood River", "OR", "97031")],
    "UK": [("14 Mill Lane", "Ambleside", "Cumbria", "LA22 9DH"),
           ("3 Foxglove Close", "Llandeilo", "Carmarthenshire", "SA19 6AE"),
           ("27 Priory Walk", "Wymondham", "Norfolk", "NR18 0QT")],
    "IE": [("4 Ballyroe Terrace", "Ennistymon", "Co. Clare", "V95 H2X4"),
           ("Kilbride Cottage, Moyne Road", "Durrow", "Co. Laois", "R32 K7F2")],
    "CA": [("1184 rue des Érables", "Magog", "QC", "J1X 3W2"),
           ("47 Birchwood Cres", "Gimli", "MB", "R0C 1B0"),
           ("309 Harbour View Rd", "Lunenburg", "NS", "B0J 2C0")],
    "AU": [("12 Banksia St", "Mullumbimby", "NSW", "2482"),
           ("8 Wattle Grove", "Beechworth", "VIC", "3747")],
    "NZ": [("22 Kowhai Street", "Motueka", "", "7120"),
           ("5 Rata Place", "Waipu", "", "0510")],
    "DE": [("Lindenstraße 14", "Bad Wimpfen", "", "74206"),
           ("Am Mühlbach 3a", "Wolfhagen", "", "34466"),
           ("Kirchgasse 9", "Tengen", "", "78250")],
    "NL": [("Kerkstraat 21", "Dwingeloo", "", "7991 AB"),
           ("Vliet 8", "Woudrichem", "", "4285 AA")],
    "FR": [("7 rue des Tanneurs", "Saint-Jean-de-Losne", "", "21170"),
           ("12 chemin du Lavoir", "Cajarc", "", "46160")],
    "ES": [("Calle del Horno 5, 2º B", "Alquézar", "Huesca", "22145"),
           ("Carrer de Sant Pere 18", "Begur", "Girona", "17255")],
    "PT": [("Rua da Fonte 23", "Monsaraz", "", "7200-175"),
           ("Travessa do Castelo 4", "Marvão", "", "7330-101")],
    "BR": [("Rua Santa Luzia, 318", "Tiradentes", "MG", "36325-000"),
           ("Av. Beira-Rio, 1020", "Pirenópolis", "GO", "72980-000")],
    "MX": [("Calle Hidalgo 47, Col. Centro", "Tepoztlán", "Mor.", "62520"),
           ("Av. Juárez 210", "Bacalar", "Q. Roo", "77930")],
    "PL": [("ul. Lipowa 8 m. 3", "Kazimierz Dolny", "", "24-120"),
           ("ul. Ogrodowa 15", "Nowe Warpno", "", "72-022")],
    "SE": [("Storgatan 11", "Sigtuna", "", "193 30"),
           ("Björkvägen 4", "Torekov", "", "269 77")],
    "NO": [("Strandgata 6", "Lom", "", "2686"),
           ("Bakkeveien 19", "Henningsvær", "", "8312")],
    "TR": [("Çınar Sok. No: 7 D: 2", "Datça", "Muğla", "48900"),
           ("Atatürk Cad. No: 41", "Safranbolu", "Karabük", "78600")],
    "IN": [("Flat 3B, Sai Residency, 14th Cross", "Jayanagar", "Karnataka", "560041"),
           ("House 22, Ward 5, Market Road", "Mahabaleshwar", "Maharashtra", "412806")],
    "JP": [("2-14-8 Nishiki", "Takayama", "Gifu", "506-0011"),
           ("5-3 Kawaramachi", "Kurashiki", "Okayama", "710-0054")],
    "KR": [("45 Hwarang-ro 12-gil", "Gyeongju", "Gyeongsangbuk-do", "38150")],
    "NG": [("Plot 14, Adeola Close", "Ikeja GRA", "Lagos", "100271"),
           ("12 Ogui Road", "Nsukka", "Enugu", "410001")],
    "KE": [("House 9, Kamiti Road", "Limuru", "Kiambu", "00217"),
           ("Plot 31, Likii Road", "Nanyuki", "Laikipia", "10400")],
    "ZA": [("17 Protea Street", "Greyton", "Western Cape", "7233"),
           ("4 Mimosa Avenue", "Clarens", "Free State", "9707")],
    "PH": [("Blk 4 Lot 12, Sampaguita St., Brgy. San Isidro", "Tanay", "Rizal", "1880")],
    "ID": [("Jl. Kenanga No. 9, RT 03/RW 05", "Ubud", "Bali", "80571")],
    "VN": [("27 Nguyễn Thái Học", "Hội An", "Quảng Nam", "560000")],
}

# national formats (no country code); N = a random digit
PHONES = {
    "US": ["(541) 5NN-NNNN", "802-5NN-NNNN", "785.5NN.NNNN", "(937) 5NN-NNNN x2N"],
    "UK": ["07700 9NNNNN", "015394 NNNNN", "01953 NNNNNN", "07NNN NNNNNN"],
    "IE": ["087 NNN NNNN", "065 707 NNNN"],
    "CA": ["(819) 8NN-NNNN", "204-642-NNNN"],
    "AU": ["04NN NNN NNN", "(02) 66NN NNNN", "0412 NNN NNN"],
    "NZ": ["021 NNN NNNN", "(03) 528 NNNN"],
    "DE": ["0171 NNNNNNN", "07063/NNNN", "0152 NNNN NNNN", "05692 NNNN-NN"],
    "NL": ["06-NNNNNNNN", "0521 NN NN NN", "06 NN NN NN NN"],
    "FR": ["06 NN NN NN NN", "05.65.NN.NN.NN", "07 NN NN NN NN"],
    "ES": ["6NN NN NN NN", "974 NN NN NN", "6NN NNN NNN"],
    "PT": ["912 NNN NNN", "266 NNN NNN", "96N NNN NNN"],
    "BR": ["(32) 9NNNN-NNNN", "(62) 3NNN-NNNN", "(11) 9 NNNN-NNNN"],
    "MX": ["777 NNN NNNN", "983 NNN NN NN", "55 NNNN NNNN"],
    "PL": ["5NN NNN NNN", "81 NNN NN NN", "6NN-NNN-NNN"],
    "SE": ["070-NNN NN NN", "08-NNN NNN NN", "073 NNN NN NN"],
    "NO": ["9NN NN NNN", "4NN NN NNN"],
    "TR": ["0532 NNN NN NN", "(0252) NNN NN NN", "0555 NNN NNNN"],
    "IN": ["98NNN NNNNN", "080-2NNN NNNN", "094NNNNNNNN"],
    "JP": ["090-NNNN-NNNN", "0577-NN-NNNN", "080-NNNN-NNNN"],
    "KR": ["010-NNNN-NNNN", "054-NNN-NNNN"],
    "NG": ["0803 NNN NNNN", "0706-NNN-NNNN", "0813NNNNNNN"],
    "KE": ["0712 NNNNNN", "0722 NNN NNN", "0110 NNN NNN"],
    "ZA": ["082 NNN NNNN", "028 254 NNNN", "071 NNN NNNN"],
    "PH": ["0917 NNN NNNN", "(02) 8NNN NNNN", "0998-NNN-NNNN"],
    "ID": ["0812-NNNN-NNNN", "(0361) NNNNNN"],
    "VN": ["091 NNN NN NN", "0235 3NNN NNN"],
}
INTL = {"US": "+1", "UK": "+44", "IE": "+353", "CA": "+1", "AU": "+61", "NZ": "+64", "DE": "+49",
        "NL": "+31", "FR": "+33", "ES": "+34", "PT": "+351", "BR": "+55", "MX": "+52", "PL": "+48",
        "SE": "+46", "NO": "+47", "TR": "+90", "IN": "+91", "JP": "+81", "KR": "+82", "NG": "+234",
        "KE": "+254", "ZA": "+27", "PH": "+63", "ID": "+62", "VN": "+84"}

WORK_DOMAINS = ["kestrelfreight.com", "tidewell.io", "orrisbank.net", "hallmere-group.co.uk",
                "lumacare.health", "brightquay.de", "norvale.com"]
MAIL_DOMAINS = {"US": "gmail.com", "UK": "btinternet.com", "DE": "web.de", "FR": "orange.fr",
                "BR": "uol.com.br", "JP": "docomo.ne.jp", "IN": "rediffmail.com", "NL": "ziggo.nl",
                "ES": "telefonica.net", "PL": "wp.pl", "TR": "hotmail.com.tr", "SE": "telia.com",
                "KE": "gmail.com", "NG": "yahoo.com", "AU": "bigpond.com", "KR": "naver.com"}

FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                      "Ø": "O", "Ł": "L", "İ": "I"})


def ascii_fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


class Person:
    def __init__(self, r, culture=None, country=None):
        self.cult = culture or r.choice(sorted(NAMES))
        gs, fs = NAMES[self.cult]
        self.g = r.choice(gs)
        self.f = r.choice(fs)
        self.full = f"{self.g} {self.f}"
        self.country = country or r.choice(HOMES[self.cult])
        street, town, region, pc = r.choice(ADDR[self.country])
        self.street, self.town, self.region, self.pc = street, town, region, pc
        self.cname = COUNTRY_NAME[self.country]
        self.phone = self._phone(r)
        g, f = slug(self.g), slug(self.f)
        n = r.randint(2, 99)
        self.h_flast = f"{g[0]}{f}"[:12]
        self.h_lastf = f"{f}{g[0]}"
        self.h_dot = f"{g}.{f}"
        self.h_fdot = f"{g[0]}.{f}"
        self.h_us = f"{g}_{f}"
        self.h_num = f"{g}{f[:1]}{n}"
        self.h_lastdot = f"{f}.{g[0]}"
        self.work = f"{self.h_dot}@{r.choice(WORK_DOMAINS)}"
        self.home = f"{r.choice([g + f[:1] + str(n), f + '.' + g, g + '.' + f + str(n)])}@" \
                    f"{MAIL_DOMAINS.get(self.country, 'gmail.com')}"

    def _phone(self, r):
        pat = r.choice(PHONES[self.country])
        return "".join(str(r.randint(0 if k else 1, 9)) if c == "N" else c
                       for k, c in enumerate(pat))

    def intl(self, r):
        digits = self.phone.split(" x")[0]
        nat = "".join(c for c in digits if c.isdigit())
        if self.country not in ("US", "CA", "NO", "ES", "PT", "PL", "MX") and nat.startswith("0"):
            nat = nat[1:]
        return f"{INTL[self.country]} {nat[:3]} {nat[3:6]} {nat[6:]}".strip()


# --------------------------------------------------------------------------- address layouts
def addr_lines(p, caps=False, with_country=True):
    """The lines of p's postal address in the order of its country, marked."""
    c = p.country
    s, t, rg, pc = p.street, p.town, p.region, p.pc
    if caps:
        s, t, rg, pc = s.upper(), t.upper(), rg.upper(), pc.upper()
    cn = p.cname.upper() if caps else p.cname
    if c in ("US", "CA", "AU"):
        lines = [L(s), f"{L(t)}, {L(rg)} {L(pc)}" if c != "AU" else f"{L(t)} {L(rg)} {L(pc)}"]
    elif c in ("UK", "IE"):
        lines = [L(s), L(t), L(rg), L(pc)]
    elif c == "NZ":
        lines = [L(s), f"{L(t)} {L(pc)}"]
    elif c == "BR":
        lines = [L(s), f"{L(t)} - {L(rg)}", f"CEP {L(pc)}"]
    elif c == "JP":
        lines = [f"〒{L(pc)}", f"{L(rg)}-ken {L(t)}-shi", L(s)]
    elif c == "KR":
        lines = [f"{L(rg)} {L(t)}-si", L(s), L(pc)]
    elif c == "IN":
        lines = [L(s), L(t), f"{L(rg)} - {L(pc)}"]
    elif c in ("NG", "KE", "ZA", "PH", "ID", "VN", "MX", "TR", "ES"):
        lines = [L(s), f"{L(pc)} {L(t)}" if c in ("TR", "ES", "MX") else f"{L(t)} {L(pc)}", L(rg)]
    else:  # continental Europe: street, postcode town
        lines = [L(s), f"{L(pc)} {L(t)}"]
    lines = [x for x in lines if strip(x).strip()]
    if with_country:
        lines.append(L(cn))
    return lines


# --------------------------------------------------------------------------- template registry
TEMPLATES = []  # (class, template id, fills, function)


def tpl(cls, tid, n=3):
    def deco(fn):
        TEMPLATES.append((cls, tid, n, fn))
        return fn
    return deco


class Ctx:
    def __init__(self, r):
        self.r = r
        self.people = []

    def person(self, culture=None, country=None):
        p = Person(self.r, culture, country)
        # no two people of one row share a full name
        while any(q.full == p.full for q in self.people):
            p = Person(self.r, culture, country)
        self.people.append(p)
        return p

    def pick(self, seq):
        return self.r.choice(seq)

    def ip(self):
        r = self.r
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"81.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}"])


# =========================================================================== one_case
@tpl("one_case", "sms-lower")
def t_sms_lower(c):
    a, b = c.person(), c.person()
    m = (f"hey it's {P(a.g)}. running maybe 20 min late, {P(b.full)} says the van got stuck "
         f"outside {L(a.town)} again. if the depot rings tell them to call me on {H(a.phone)} not "
         f"the office line. also can u ask {P(b.g)} if the pallet for {L(b.town)} went out")
    return "rewrite this text as a short formal note for the shift log:\n\n" + m.lower()


@tpl("one_case", "caps-board")
def t_caps_board(c):
    a, b = c.person(), c.person()
    note = (f"URGENT - {P(a.full)} CALLED AGAIN RE ORDER 55812 (3RD TIME THIS WEEK). CUSTOMER IS AT "
            f"{L(a.street)}, {L(a.town)} UNTIL FRIDAY THEN BACK TO {L(b.cname)}. CALL BACK ON "
            f"{H(a.phone)} BEFORE 4PM. DO NOT PASS TO {P(b.f)} AGAIN, THEY PROMISED A REFUND "
            f"WE CAN'T GIVE!!!")
    return ("This was written on the whiteboard by the night team. Turn it into a calm handover "
            "item for the morning shift, keep all the facts:\n\n" + note.upper())


@tpl("one_case", "edi-record", 2)
def t_edi(c):
    a = c.person(country=c.pick(["US", "US", "CA"]))
    b = c.person(country=a.country)
    seg = (f"NM1*IL*1*{P(a.f)}*{P(a.g)}****MI*W8841207~\n"
           f"N3*{L(a.street)}~\n"
           f"N4*{L(a.town)}*{L(a.region)}*{L(a.pc.replace(' ', ''))}~\n"
           f"PER*IC*{P(b.full)}*TE*{H(''.join(ch for ch in b.phone if ch.isdigit())[:10])}~\n"
           f"DMG*D8*19710314*F~")
    return ("Clearinghouse rejects this 837P loop 2010BA with 'N4 invalid', what's wrong?\n\n"
            "ISA*00*          *00*          *ZZ*SENDER01       *ZZ*RECVR7         *250611*0915*^*00501*000004211*0*P*:~\n"
            + seg.upper() + "\nSE*31*0001~")


@tpl("one_case", "quick-notes-lower")
def t_quick_lower(c):
    a, b, d = c.person(), c.person(), c.person()
    notes = (f"1:1 w/ {P(a.full)} tue\n"
             f"- wants to move to {L(a.town)} in spring, asked about remote from {L(a.cname)}\n"
             f"- still blocked on the sso migration, waiting on {P(b.full)}\n"
             f"- {P(d.g)} is covering on-call wk 32\n"
             f"- follow up: ask hr (talk to {P(b.f)} first?) re relocation budget\n")
    return "tidy up my notes into 3 bullet action items, same lower case style:\n\n" + notes.lower()


@tpl("one_case", "caps-manifest", 2)
def t_caps_manifest(c):
    rows = []
    for i in range(3):
        p = c.person()
        rows.append(f"{i + 1:02d}  {P(p.f.upper())}/{P(p.g.upper())}  {L(p.town.upper())}  "
                    f"SEAT {c.r.randint(2, 30)}{c.pick('ABCDF')}")
    return ("Legacy charter system printout, can you turn it into a CSV with columns "
            "no,surname,given,boarding_town,seat?\n\nCHARTER 7Q-114  PAX LIST\n" + "\n".join(rows))


# =========================================================================== handles_logs
@tpl("handles_logs", "shell-session")
def t_shell(c):
    a, b = c.person(), c.person()
    ip1, ip2 = c.ip(), c.ip()
    s = (f"[{P(a.h_flast)}@build-07 ~]$ sudo -u {P(b.h_lastf)} ls /home/{P(b.h_lastf)}/.config/gcloud\n"
         f"ls: cannot open directory '/home/{P(b.h_lastf)}/.config/gcloud': Permission denied\n"
         f"[{P(a.h_flast)}@build-07 ~]$ last -n 3\n"
         f"{P(b.h_lastf):<9} pts/1        {Ip(ip1)}    Tue Jun 10 08:14   still logged in\n"
         f"{P(a.h_flast):<9} pts/0        {Ip(ip2)}    Tue Jun 10 07:58   still logged in\n"
         f"reboot   system boot  5.15.0-106-gene Mon Jun  9 22:01   still running\n")
    return ("Why can't I read the other user's gcloud config even with sudo -u? Session below:\n\n```\n"
            + s + "```")


@tpl("handles_logs", "win-security")
def t_winsec(c):
    a = c.person()
    ip = c.ip()
    dom = c.pick(["CORP", "HQ", "EMEA"])
    s = (f"An account failed to log on.\n\nSubject:\n\tSecurity ID:\t\tNULL SID\n"
         f"Account For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n"
         f"\tAccount Name:\t\t{P(a.h_lastf)}\n\tAccount Domain:\t\t{dom}\n\n"
         f"Failure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n"
         f"\tStatus:\t\t\t0xC000006D\n\tSub Status:\t\t0xC0000064\n\n"
         f"Network Information:\n\tWorkstation Name:\tLT-{slug(a.f)[:6].upper()}-14\n"
         f"\tSource Network Address:\t{Ip(ip)}\n")
    return (f"Event 4625 keeps firing for {dom}\\{P(a.h_lastf)} every 5 minutes since the password "
            f"change. Sub status 0xC0000064 - what does it mean and where is the stale credential "
            f"likely cached?\n\n" + s)


@tpl("handles_logs", "chat-mentions")
def t_mentions(c):
    a, b, d = c.person(), c.person(), c.person()
    s = (f"#deploy-prod\n"
         f"{P(a.h_dot)}  09:41  @{P(b.h_us)} can you rebase #4471 on main before the freeze?\n"
         f"{P(b.h_us)}  09:43  on it. @{P(d.h_num)} your migration conflicts with mine again 🙃\n"
         f"{P(d.h_num)}  09:50  my bad, pushed a fix. {P(a.g)} can you re-approve?\n"
         f"{P(a.h_dot)}  09:52  approved. {P(b.g)} merge when green\n")
    return "Summarise this channel excerpt for the release notes, one line per decision:\n\n" + s


@tpl("handles_logs", "sshd-config", 2)
def t_sshd(c):
    a, b, d = c.person(), c.person(), c.person()
    s = (f"PermitRootLogin no\nPasswordAuthentication no\n"
         f"AllowUsers {P(a.h_flast)} {P(b.h_fdot)} deploy\n"
         f"Match User {P(d.h_lastdot)}\n    ForceCommand internal-sftp\n    ChrootDirectory /srv/sftp/%u\n")
    log = (f"Jun 11 10:02:17 bastion sshd[22190]: User {P(d.h_lastdot)} from {Ip(c.ip())} not allowed "
           f"because not listed in AllowUsers\n")
    return ("Review this sshd_config. The sftp user can't log in at all, log line below.\n\n"
            + s + "\n" + log)


@tpl("handles_logs", "k8s-rbac-owners", 2)
def t_rbac(c):
    a, b = c.person(), c.person()
    y = (f"apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n"
         f"  name: payments-readers\n  namespace: payments\n  annotations:\n"
         f"    owner: \"{E(a.work)}\"\nsubjects:\n"
         f"- kind: User\n  name: {P(a.h_fdot)}\n- kind: User\n  name: oidc:{P(b.h_num)}\n"
         f"roleRef:\n  kind: ClusterRole\n  name: view\n  apiGroup: rbac.authorization.k8s.io\n")
    return ("kubectl auth can-i get pods -n payments --as oidc:" + P(b.h_num) +
            " says no but the binding is there. What am I missing?\n\n" + y)


# =========================================================================== code_and_data
@tpl("code_and_data", "py-fixture-es", 2)
def t_py_fixture(c):
    a = c.person(culture=c.pick(["es", "pt", "fil"]))
    b = c.person()
    code = (f"# fixture copied from {P(b.full)}'s notebook, do not edit by hand\n"
            f"CLIENTE = {{\n"
            f"    \"nombre\": \"{P(a.g)}\",\n"
            f"    \"apellidos\": \"{P(a.f)}\",\n"
            f"    \"direccion\": {{\"calle\": \"{L(a.street)}\", \"municipio\": \"{L(a.town)}\", "
            f"\"cp\": \"{L(a.pc)}\"}},\n"
            f"    \"tel\": \"{H(a.phone)}\",\n"
            f"    \"correo\": \"{E(a.home)}\",\n"
            f"}}\n\n"
            f"def test_envio_usa_direccion_fiscal():\n"
            f"    pedido = crear_pedido(CLIENTE)\n"
            f"    assert pedido.destino.municipio == \"{L(a.town)}\"\n")
    return "pytest says KeyError: 'municipio' inside crear_pedido. Fixture and test:\n\n```python\n" + code + "```"


@tpl("code_and_data", "json-de-keys")
def t_json_de(c):
    a = c.person(culture=c.pick(["de", "tr", "slavic", "de"]), country="DE")
    obj = (f'{{\n  "auftrag": "A-2025-0{c.r.randint(1000, 9999)}",\n  "kunde": {{\n'
           f'    "vorname": "{P(a.g)}",\n    "nachname": "{P(a.f)}",\n'
           f'    "anschrift": {{\n      "strasse": "{L(a.street)}",\n      "plz": "{L(a.pc)}",\n'
           f'      "ort": "{L(a.town)}"\n    }},\n    "telefon": "{H(a.phone)}",\n'
           f'    "mail": "{E(a.home)}"\n  }},\n  "positionen": [{{"sku": "KX-220", "menge": 2}}]\n}}')
    return ("Our JSON schema says additionalProperties false on kunde.anschrift and this still "
            "validates. Why?\n\n" + obj)


@tpl("code_and_data", "sql-update", 2)
def t_sql(c):
    a, b = c.person(), c.person()
    q = (f"-- requested by {P(b.full)} in INC-20931\n"
         f"UPDATE members\n   SET phone = '{H(a.phone)}',\n"
         f"       city = '{L(a.town)}',\n       postcode = '{L(a.pc)}'\n"
         f" WHERE surname = '{P(a.f)}' AND given_name = '{P(a.g)}';\n")
    return ("Is this safe to run on prod or could it hit more than one row? How would you make it "
            "safer?\n\n```sql\n" + q + "```")


@tpl("code_and_data", "yaml-oncall")
def t_yaml(c):
    ps = [c.person() for _ in range(3)]
    body = "oncall:\n  team: storage\n  rotation:\n"
    for i, p in enumerate(ps):
        body += (f"    - name: {P(p.full)}\n      slack: \"@{P(p.h_flast)}\"\n"
                 f"      phone: \"{H(p.phone)}\"\n      week: {23 + i}\n")
    return ("Write a small Python script that reads this YAML and prints who is on call for a "
            "given ISO week:\n\n" + body)


@tpl("code_and_data", "tool-call")
def t_toolcall(c):
    a, b = c.person(), c.person()
    args = {"to": "@@A@@", "cc": ["@@B@@"], "subject": "Your replacement router",
            "body": "@@BODY@@"}
    s = json.dumps(args, ensure_ascii=False, indent=2)
    body = (f"Hi {P(a.g)}, the replacement is booked for Thursday at {L(a.street)}, "
            f"{L(a.town)}. The driver will call {H(a.phone)} 30 minutes before. "
            f"- {P(b.g)}")
    s = s.replace("@@A@@", E(a.home)).replace("@@B@@", E(b.work)).replace("@@BODY@@", body)
    return ("The agent produced this tool call but the mail never went out. The tool returned "
            "`422 invalid recipient list`. Is the JSON wrong?\n\n"
            "{\"name\": \"send_email\", \"arguments\": " + s + "}")


@tpl("code_and_data", "git-log")
def t_gitlog(c):
    a, b, d = c.person(), c.person(), c.person()
    s = (f"commit 9f3c2ab71e0d4c55b1f0e8a2d7c6b3e1a4f09d12\n"
         f"Author: {P(a.full)} <{E(a.work)}>\nDate:   Tue Jun 10 16:22:41 2025 +0200\n\n"
         f"    fix(billing): round VAT per line, not per invoice\n\n"
         f"    Co-authored-by: {P(b.full)} <{E(b.work)}>\n"
         f"    Reviewed-by: {P(d.h_lastf)}\n\n"
         f"commit 1b7d0e93c4a2f6e8d5b3c1a09e7f2d4b6c8a0e13\n"
         f"Author: {P(d.full)} <{E(d.work)}>\nDate:   Mon Jun 9 11:05:03 2025 +0200\n\n"
         f"    revert {P(a.g.lower())}'s retry change, it doubled the queue load\n")
    return "Write a changelog entry for these two commits, user-facing language:\n\n" + s


@tpl("code_and_data", "csv-pt", 2)
def t_csv_pt(c):
    head = "nome;apelido;telemovel;localidade;codigo_postal"
    rows = []
    for _ in range(3):
        p = c.person(culture="pt", country="PT")
        rows.append(f"{P(p.g)};{P(p.f)};{H(p.phone)};{L(p.town)};{L(p.pc)}")
    return ("Excel shows this as one column. What delimiter/encoding settings do I need, and "
            "give me a pandas read_csv call:\n\n" + head + "\n" + "\n".join(rows))


@tpl("code_and_data", "java-test", 2)
def t_java(c):
    a, b = c.person(), c.person()
    s = (f"// TODO({P(b.h_flast)}): move to a builder once {P(b.g)} merges the DTO refactor\n"
         f"@Test\nvoid formatsShippingLabel() {{\n"
         f"    Customer c = new Customer(\"{P(a.g)}\", \"{P(a.f)}\");\n"
         f"    c.setAddress(new Address(\"{L(a.street)}\", \"{L(a.town)}\", \"{L(a.pc)}\"));\n"
         f"    assertEquals(\"{P(a.full.upper())}\", label.nameLine(c));\n}}\n")
    return "This JUnit test fails only on the CI machine with Turkish locale. Why?\n\n" + s


@tpl("code_and_data", "xml-id", 2)
def t_xml(c):
    a = c.person(culture=c.pick(["id", "vi", "th"]))
    s = (f"<pelanggan>\n  <nama_depan>{P(a.g)}</nama_depan>\n  <nama_belakang>{P(a.f)}</nama_belakang>\n"
         f"  <alamat>{L(a.street)}</alamat>\n  <kota>{L(a.town)}</kota>\n"
         f"  <kode_pos>{L(a.pc)}</kode_pos>\n  <hp>{H(a.phone)}</hp>\n</pelanggan>")
    return "Give me an XSD for this element (the partner sends Indonesian tag names):\n\n" + s


@tpl("code_and_data", "slack-export-long", 2)
def t_slack_export(c):
    a, b, d = c.person(), c.person(), c.person()
    msgs = []
    for ts, p, txt in [
        ("1718003521.004100", a, f"morning! {P(b.g)} the import job for the {L(d.town)} depot failed again at 03:10"),
        ("1718003602.005200", b, f"ugh. same error? I thought {P(d.full)} fixed the encoding bug last week"),
        ("1718003688.006900", d, f"I did, but only for the CSV path. their site sends XML now, {P(a.g)} can you forward me the raw file?"),
        ("1718003750.007000", a, f"sent to {E(d.work)}. also their ops contact changed, new one is on {H(Person(c.r, d.cult, d.country).phone)}"),
        ("1718003811.008300", b, "ok I'll pause the retries until we have a fix, ticket DATA-5512"),
    ]:
        msgs.append(
            "  {\n"
            f'    "type": "message",\n    "user": "U0{zlib.crc32(p.full.encode()) % 9000000 + 1000000}",\n'
            f'    "ts": "{ts}",\n'
            f'    "user_profile": {{"real_name": "{P(p.full)}", "display_name": "{P(p.h_flast)}"}},\n'
            f'    "text": "{txt}"\n'
            "  }")
    return ("This is an excerpt of our Slack export (channel #data-imports). Write a jq command that "
            "prints one line per message as `display_name: text`, then tell me what the thread "
            "concluded:\n\n[\n" + ",\n".join(msgs) + "\n]")


# =========================================================================== address_blocks
@tpl("address_blocks", "quoted-label")
def t_quoted(c):
    a, b = c.person(), c.person()
    lines = [P(a.full), f"c/o {P(b.full)}"] + addr_lines(a)
    return ("Can you format this for a courier label (max 35 chars a line) and tell me if "
            "anything is missing?\n\n" + "\n".join("> " + x for x in lines))


@tpl("address_blocks", "bullets-hotel")
def t_bullets(c):
    a = c.person()
    unit = c.pick(["Apt. 3", "Suite 12", "Flat 2", "Unit 7"])
    s = (f"- Guest: {P(a.full)}\n- Address line 1: {L(a.street)}\n- Address line 2: {unit}\n"
         f"- Town/City: {L(a.town)}\n- Region: {L(a.region) or '-'}\n- Postal code: {L(a.pc)}\n"
         f"- Country: {L(a.cname)}\n- Mobile: {H(a.phone)}\n")
    return ("The PMS import rejects this registration card. Convert it to the JSON our hotel API "
            "wants (guest.name, guest.address{line1,line2,city,region,postal,country}, guest.phone):\n\n" + s)


@tpl("address_blocks", "caps-label")
def t_caps_label(c):
    a, b = c.person(), c.person()
    lines = [P(a.full.upper())] + addr_lines(a, caps=True)
    return ("Printed label from the warehouse, the carrier says the address doesn't validate. "
            "Which line is in the wrong order for this country?\n\nSHIP TO:\n" + "\n".join(lines) +
            f"\n\nFROM: {P(b.f.upper())} / RETURNS DESK\n")


@tpl("address_blocks", "two-addresses-mail", 2)
def t_two_addr(c):
    a, b = c.person(), c.person()
    old = addr_lines(a)
    new = addr_lines(b, with_country=False)
    s = ("Hi team,\n\nplease change the delivery address on my subscription.\n\nOld:\n"
         + "\n".join("  " + x for x in old) + "\n\nNew (from 1 July, my partner's place):\n  "
         + f"{P(b.full)}\n" + "\n".join("  " + x for x in new) +
         f"\n\nthanks,\n{P(a.g)}\n")
    return "Draft a short confirmation reply to this customer mail:\n\n" + s


# =========================================================================== postcode_and_towns
@tpl("postcode_and_towns", "checkout-field", 2)
def t_checkout(c):
    a = c.person()
    return (f"Checkout validation bug: the field `postal_code` = \"{L(a.pc)}\" fails our regex "
            f"`^[0-9]{{5}}$` but the customer lives in {L(a.cname)}. What regex per country "
            f"should we use? Country select shows \"{L(a.cname)}\", city \"{L(a.town)}\".")


@tpl("postcode_and_towns", "village-chat")
def t_village(c):
    a, b = c.person(), c.person()
    s = (f"{P(a.g)} moved out to {L(a.town)}, tiny place, nearest station is like 40 min away. "
         f"asking if the laptop can go straight there instead of the office. the zip is "
         f"{L(a.pc)}. {P(b.g)} said courier covers it but i'm not sure")
    return "turn this into a proper IT request ticket:\n\n" + s.lower()


@tpl("postcode_and_towns", "coverage-ticket", 2)
def t_coverage(c):
    a = c.person()
    return (f"Support ticket #88231: {P(a.full)} from {L(a.town)} ({L(a.region) or L(a.cname)}) "
            f"says our delivery-estimate widget shows \"not serviceable\" for {L(a.pc)}, but a "
            f"neighbour got a parcel last week. Write a reply explaining we'll check the "
            f"coverage table and ask for a photo of the last delivery note.")


@tpl("postcode_and_towns", "form-pc-alone", 2)
def t_form_pc(c):
    a = c.person()
    return (f"Form submission (newsletter_signup):\nfirst=\"{P(a.g)}\"\nemail=\"{E(a.home)}\"\n"
            f"zip=\"{L(a.pc)}\"\nconsent=true\n\nWhy would the geo-lookup service map this zip "
            f"to the wrong region? Our code strips spaces and leading zeros before the lookup.")


# =========================================================================== national_phones
@tpl("national_phones", "signatures")
def t_sigs(c):
    a, b = c.person(), c.person()
    ext = c.r.randint(200, 480)
    s = (f"Hi both,\n\nsee the revised quote attached. Valid until end of month.\n\n"
         f"Best regards\n{P(a.full)}\nKey Account Manager\nT {H(a.phone)}\n"
         f"M {H(Person(c.r, a.cult, a.country).phone)}\n\n"
         f"-----Original Message-----\nFrom: {P(b.full)} <{E(b.work)}>\n"
         f"Sent: Monday, 9 June 2025 14:02\n\nCan you call me? {H(b.phone)} ext. {ext}, "
         f"or my desk after 3.\n")
    return "Shorten this thread into a two-line summary for the CRM:\n\n" + s


@tpl("national_phones", "contact-table", 2)
def t_contact_table(c):
    ps = [c.person() for _ in range(4)]
    t = "| Name | Site | Phone |\n|---|---|---|\n"
    for p in ps:
        t += f"| {P(p.full)} | {L(p.town)} | {H(p.phone)} |\n"
    return ("Sort this emergency contact table by site and add a column with the international "
            "format of each number:\n\n" + t)


@tpl("national_phones", "whatsapp-lower")
def t_whatsapp(c):
    a, b = c.person(), c.person()
    s = (f"[11/06/25, 08:12] {P(a.g)}: new number!! {H(a.phone)} save it pls, old one is gone\n"
         f"[11/06/25, 08:15] {P(b.full)}: ok saved. is {P(a.f)} still your surname on "
         f"signal lol\n"
         f"[11/06/25, 08:16] {P(a.g)}: yes. and tell {P(c.person().g)}'s mum to call me at home "
         f"{H(Person(c.r, a.cult, a.country).phone)} not the mobile\n")
    return "what are the action items in this whatsapp chat?\n\n" + s.lower()


@tpl("national_phones", "voicemail-note", 2)
def t_voicemail(c):
    a = c.person()
    return (f"Voicemail transcription: \"Hi, this is {P(a.g)} from the {L(a.town)} branch, "
            f"returning your call about the invoice. You can get me on {H(a.phone)}, I'm in "
            f"until half four. Thanks.\" - Write a short reply text message to send back.")


# =========================================================================== transcripts
@tpl("transcripts", "timestamped-call")
def t_call(c):
    a, b = c.person(), c.person()
    s = (f"[10:02] {P(a.full)}: Thanks for joining. So the outage hit your {L(b.town)} store?\n"
         f"[10:02] {P(b.full)}: Yes, the tills were down from eight to about half ten.\n"
         f"[10:04] {P(a.g)}: Understood. I'll log it against the SLA credit.\n"
         f"[10:05] {P(b.g)}: Please send the report to {E(b.work)}, not the shop address.\n"
         f"[10:06] {P(a.g)}: Will do. Anything else?\n"
         f"[10:06] {P(b.g)}: Just that {P(c.person().full)} from your side promised a callback "
         f"last time and never rang.\n")
    return "Summarise this call for the account history in 3 sentences:\n\n" + s


@tpl("transcripts", "interview-caps-labels")
def t_interview(c):
    a, b = c.person(), c.person()
    s = (f"{P(a.f.upper())} — Tell me about the migration you led.\n"
         f"{P(b.f.upper())} — We moved 40 services off the old VM fleet in {L(b.town)}, I "
         f"wrote the cutover plan and ran the weekend window.\n"
         f"{P(a.f.upper())} — What went wrong?\n"
         f"{P(b.f.upper())} — DNS TTLs. We had to wait six hours for the last clients.\n"
         f"{P(a.f.upper())} — Who else was on the team?\n"
         f"{P(b.f.upper())} — {P(c.person().full)} on networking and me.\n")
    return ("Interview notes (panel, senior SRE role). Give a structured scorecard with "
            "strengths and concerns, don't invent facts:\n\n" + s)


@tpl("transcripts", "subtitle-style", 2)
def t_subs(c):
    a, b = c.person(), c.person()
    s = (f"1\n00:00:03,120 --> 00:00:06,400\n{P(a.g.upper())}: Okay, recording. This is the "
         f"weekly sync, {P(b.g)} is dialling in from {L(b.town)}.\n\n"
         f"2\n00:00:06,900 --> 00:00:10,050\n{P(b.g.upper())}: Hi all. Quick one, the "
         f"vendor moved the demo to Thursday.\n\n"
         f"3\n00:00:10,300 --> 00:00:13,800\n{P(a.g.upper())}: Fine. {P(b.g)}, can you send "
         f"the invite to {E(b.work)}? Actually, just forward it.\n")
    return "Convert this SRT into plain meeting minutes:\n\n" + s


# =========================================================================== work_prose
@tpl("work_prose", "reply-complaint")
def t_complaint(c):
    a = c.person()
    return (f"Write a polite reply to this customer:\n\n\"I have now waited three weeks for the "
            f"refund on order 40-7781. I phoned twice ({H(a.phone)}, in case your notes lost it "
            f"again) and was told it would be processed in 5 days. I live in {L(a.town)} and "
            f"your nearest store is an hour away, so returning in person is not an option. "
            f"{P(a.full)}\"")


@tpl("work_prose", "translate-letter-de")
def t_translate(c):
    a, b = c.person(), c.person(country="DE")
    return (f"Translate this letter to German, formal register:\n\nDear {P(b.full)},\n\nthank "
            f"you for hosting our team in {L(b.town)} last week. As discussed, {P(a.g)} will "
            f"return in September to finish the installation at {L(b.street)}. Please let us "
            f"know on {H(a.phone)} if the site is closed on any of those days.\n\nKind "
            f"regards,\n{P(a.full)}")


@tpl("work_prose", "hr-payroll")
def t_payroll(c):
    a, b = c.person(), c.person()
    return (f"HR question: {P(a.full)} moved from {L(a.town)} to {L(b.town)} in {L(b.cname)} "
            f"mid-March but kept working for our UK entity remotely. Payroll still taxes "
            f"the salary as UK resident. The manager, {P(b.full)}, says the move was approved in writing. "
            f"What should we check before changing the tax residency in the system, and who "
            f"normally owns that decision?")


@tpl("work_prose", "pr-description")
def t_pr(c):
    a, b, d = c.person(), c.person(), c.person()
    return (f"Rewrite this PR description so it's clearer for reviewers:\n\n"
            f"this replaces the cron based cleanup that {P(a.full)} wrote in 2021. "
            f"{P(b.full)} rotated the signing keys last sprint and the old job still used the "
            f"previous key id so it silently skipped everything. {P(d.full)} found it "
            f"while debugging the disk alerts. new job is a k8s CronJob, same schedule. "
            f"tested on staging, {P(b.g)}'s dashboards look fine. cc {P(a.h_flast)}")


@tpl("work_prose", "standup")
def t_standup(c):
    ps = [c.person() for _ in range(4)]
    s = "Stand-up, Wednesday\n"
    s += f"* {P(ps[0].full)}: finished the invoice export, starting on VAT rounding\n"
    s += f"* {P(ps[1].full)}: out Thu/Fri, flying to {L(ps[1].town)} for a family thing\n"
    s += f"* {P(ps[2].full)}: blocked, needs prod read access from {P(ps[3].g)}\n"
    s += f"* {P(ps[3].full)}: on-call, two pages overnight, both the flaky disk on db-3\n"
    return s + "\nWhat are the blockers and who needs to act on them?"


@tpl("work_prose", "crm-notes")
def t_crm(c):
    a, b = c.person(), c.person()
    return (f"Clean up these CRM notes into a short account summary:\n\n"
            f"12/05 - spoke to {P(a.full)} (procurement). Budget frozen until Q3. "
            f"Suggested we contact {P(b.full)}, their new ops lead, who is based in "
            f"{L(b.town)} and prefers calls before 10am on {H(b.phone)}.\n"
            f"03/06 - {P(b.g)} interested in the fleet module, wants a demo with their "
            f"dispatchers. Sent deck to {E(b.work)}.\n"
            f"10/06 - no reply yet. {P(a.g)} out on leave until 24/06.")


@tpl("work_prose", "appointment-reminder")
def t_appt(c):
    a = c.person()
    return (f"Make this appointment reminder friendlier and under 300 characters:\n\n"
            f"Dear {P(a.full)}, your appointment at the {L(a.town)} clinic is on Tuesday at "
            f"9:40. Please arrive 10 minutes early. To cancel call {H(a.phone)}. If you have "
            f"moved, update your address (currently {L(a.street)}, {L(a.pc)}) at reception.")


@tpl("work_prose", "jira-issue")
def t_jira(c):
    a, b = c.person(), c.person()
    ip = c.ip()
    return (f"Turn this into a proper bug report with steps to reproduce and expected/actual:\n\n"
            f"Reporter: {P(a.full)}\nAssignee: {P(b.h_fdot)}\n\n"
            f"customer {P(c.person().full)} can't reset password, the email never arrives. "
            f"tried from home ({Ip(ip)}) and from mobile. the address on file is "
            f"{E(c.people[-1].home)}, support confirmed it's correct. {P(b.g)} thinks it's the "
            f"new SPF record. happened after release 4.18.")


@tpl("work_prose", "email-thread-long", 2)
def t_thread_long(c):
    a, b = c.person(), c.person()
    d = c.person(country=b.country)
    s = (f"From: {P(b.full)} <{E(b.work)}>\nTo: {P(a.full)} <{E(a.work)}>\n"
         f"Cc: {P(d.full)}\nSubject: RE: site survey {L(b.town)}\n\n"
         f"{P(a.g)},\n\nI can do the survey on the 18th but not before 11, the road from "
         f"{L(d.town)} is closed for resurfacing until then. {P(d.g)} will bring the ladder "
         f"and the thermal camera. If the landlord wants to be there, his number is "
         f"{H(b.phone)}; he asked us not to use e-mail.\n\nAlso, the meter cupboard is round "
         f"the back at {L(b.street)}, not in the hallway as the drawings say.\n\n"
         f"Regards,\n{P(b.g)}\n\n"
         f"> On 9 Jun 2025, at 17:40, {P(a.full)} <{E(a.work)}> wrote:\n"
         f"> Hi {P(b.g)}, can we fix a date for the survey? The client wants the report "
         f"by end of month.\n> Thanks, {P(a.g)}\n")
    return ("Summarise this thread in three bullet points and draft my reply confirming the "
            "18th at 11:30:\n\n" + s)


@tpl("work_prose", "sales-call-summary")
def t_sales(c):
    a, b = c.person(), c.person()
    return (f"Rewrite as a sales call summary for the pipeline review:\n\n"
            f"call with {P(a.full)} and {P(b.full)} from the co-op in {L(a.town)}. they run "
            f"14 trucks, all paper dispatch. {P(b.g)} is the decision maker, {P(a.g)} will "
            f"use it daily. pricing ok but worried about signal in the hills around "
            f"{L(a.town)}. next step: trial in july, {P(a.g)}'s mobile is {H(a.phone)}.")


@tpl("work_prose", "minutes-travel")
def t_minutes(c):
    a, b, d = c.person(), c.person(), c.person()
    return (f"Meeting minutes - offsite planning\nPresent: {P(a.full)}, {P(b.full)}, "
            f"{P(d.full)}\n\n1. Venue: {P(b.g)} visited the lodge near {L(b.town)}, "
            f"capacity 30, fine.\n2. Travel: {P(d.g)} flies in from {L(d.cname)}, needs a "
            f"visa letter by 1 Aug.\n3. Budget: {P(a.f)} to confirm with finance.\n\n"
            f"Write the follow-up e-mail to the three of them with the owners and dates.")


@tpl("work_prose", "delivery-instructions", 2)
def t_delivery(c):
    a = c.person()
    return (f"Shorten this delivery note so it fits the 120-char driver field:\n\n"
            f"Please leave the parcel with the neighbour at number 9 if nobody answers, "
            f"{P(a.g)} works nights. Gate code on request. Address: {L(a.street)}, "
            f"{L(a.town)}. Ring {H(a.phone)} on arrival, not the landline.")


# =========================================================================== clean_technical
def nth(c, seq):
    return seq[c.n % len(seq)]


@tpl("clean_technical", "tools-named-like-people")
def t_c_tools(c):
    return nth(c, [
        "Jenkins keeps the workspace of every branch build and our agent disk is full. Is there a "
        "clean way to wipe workspaces after a successful build without the Workspace Cleanup "
        "plugin? We're on Jenkins 2.452 LTS with Kubernetes agents.",
        "Should we pick Kafka or RabbitMQ for about 2,000 events a second with strict ordering per "
        "customer? Celery workers consume them today through Redis, and Django is the producer.",
        "Is Julia actually faster than NumPy for a 10k x 10k sparse solve, or is that marketing? "
        "I'd also consider Rust with faer. No GPU available.",
    ])


@tpl("clean_technical", "kubectl-output")
def t_c_kubectl(c):
    return nth(c, [
        "Why is this pod stuck?\n\nNAME                          READY   STATUS             RESTARTS      AGE\n"
        "phoenix-api-7c9d8f6b5-xk2lp   0/1     CrashLoopBackOff   14 (2m ago)   48m\n"
        "phoenix-worker-6b4f9-q8mzt    1/1     Running            0             48m\n\n"
        "Last State: Terminated, Reason: OOMKilled, Exit Code: 137",
        "docker ps shows this, but curl localhost:8080 hangs:\n\nCONTAINER ID   IMAGE                 "
        "COMMAND                  STATUS          PORTS\n3f9a1c2b7d10   sinatra-app:1.4.2     "
        "\"bundle exec rackup…\"   Up 12 minutes   0.0.0.0:8080->4567/tcp",
        "systemctl status says:\n\n● hudson-agent.service - Build agent\n     Loaded: loaded "
        "(/etc/systemd/system/hudson-agent.service; enabled)\n     Active: failed (Result: "
        "exit-code) since Tue 2025-06-10 03:12:44 UTC; 5h ago\n    Process: 8812 "
        "ExecStart=/usr/bin/java -jar agent.jar (code=exited, status=1/FAILURE)\n\nWhere do I "
        "look next?",
    ])


@tpl("clean_technical", "code-no-pii")
def t_c_code(c):
    return nth(c, [
        "Why does this Flask route return 405?\n\n```python\n@app.route('/users/<int:user_id>', "
        "methods=['GET'])\ndef update_user(user_id):\n    data = request.get_json()\n    "
        "user = User.query.get_or_404(user_id)\n    user.display_name = data['display_name']\n"
        "    db.session.commit()\n    return jsonify(user.to_dict())\n```\nI'm sending a PUT.",
        "Explain this Go snippet, especially the select with the ticker:\n\n```go\nfor {\n  "
        "select {\n  case <-ctx.Done():\n    return ctx.Err()\n  case t := <-ticker.C:\n    "
        "log.Printf(\"tick %s\", t.Format(time.RFC3339))\n  }\n}\n```",
        "In Laravel, what's the difference between `$user->name` and `$user->getAttribute('name')` "
        "when an accessor is defined? Our Eloquent model has `getFullNameAttribute()`.",
    ])


@tpl("clean_technical", "http-headers")
def t_c_http(c):
    return nth(c, [
        "Is this CORS response correct for a credentialed request?\n\nHTTP/2 204\n"
        "access-control-allow-origin: https://app.example.com\naccess-control-allow-credentials: "
        "true\naccess-control-allow-methods: GET, POST, OPTIONS\naccess-control-max-age: 7200\n"
        "vary: Origin",
        "What does this header combination mean for caching?\n\nCache-Control: public, "
        "max-age=0, s-maxage=86400, stale-while-revalidate=600\nAge: 3117\nX-Cache: HIT from "
        "edge-fra-04\nETag: W/\"5f3a-1b2c\"",
        "Our nginx logs show lots of 499s like this, what are they?\n\n"
        "2025/06/10 14:22:09 [info] 2291#2291: *8811 client prematurely closed connection while "
        "sending response to client, upstream: \"http://127.0.0.1:9000/api/v2/reports\"",
    ])


@tpl("clean_technical", "terraform-plan")
def t_c_tf(c):
    return nth(c, [
        "Terraform wants to replace my bucket, why?\n\n  # aws_s3_bucket.ruby_artifacts must be "
        "replaced\n-/+ resource \"aws_s3_bucket\" \"ruby_artifacts\" {\n      ~ bucket = "
        "\"ruby-artifacts-prod\" -> \"ruby-artifacts-prod-eu\" # forces replacement\n    }\n\n"
        "Plan: 1 to add, 0 to change, 1 to destroy.",
        "Error: creating EC2 Instance: InvalidParameterValue: Value (electron-builder-ci) for "
        "parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name\n\n"
        "The profile exists, I can see it in the console. What's going on?",
        "Mercurial to Git migration: hg-fast-export fails with 'Error: Branch [default] modified "
        "outside hg-fast-export'. We have 14,812 changesets and two named branches. Options?",
    ])


@tpl("clean_technical", "assistant-talk")
def t_c_assist(c):
    return nth(c, [
        "Copilot suggested `pandas.read_csv(path, dtype=str, keep_default_na=False)` for our "
        "import. Is that a good idea when some columns are numeric? We have ~3M rows.",
        "Ask Claude: write a bash one-liner that lists the ten largest files under /var/log, "
        "human-readable sizes, sorted descending.",
        "I asked Gemini and it said Phoenix LiveView needs websockets to work at all. Is that "
        "true, or does it fall back to long polling?",
    ])


@tpl("clean_technical", "log-no-user")
def t_c_log(c):
    return nth(c, [
        "What does this mean and is it dangerous?\n\n2025-06-10T03:14:07.221Z WARN  "
        "[pool-3-thread-7] c.z.h.pool.HikariPool - HikariPool-1 - Thread starvation or clock "
        "leap detected (housekeeper delta=1m12s).",
        "Postgres keeps logging this after the upgrade:\n\nLOG:  checkpoints are occurring too "
        "frequently (24 seconds apart)\nHINT:  Consider increasing the configuration parameter "
        "\"max_wal_size\".\n\nCurrent max_wal_size is 1GB on a 64GB box.",
        "pip install fails on the CI runner:\n\nERROR: Could not build wheels for "
        "psycopg2, which is required to install pyproject.toml-based projects\n"
        "  error: pg_config executable not found.",
    ])


# =========================================================================== clean_general
@tpl("clean_general", "historical-people")
def t_g_hist(c):
    return nth(c, [
        "Who was Ada Lovelace and why is a programming language named after her?",
        "Why is Django called Django? I read it's after Django Reinhardt, the jazz guitarist. "
        "Any other frameworks named after musicians?",
        "Summarise the main disagreements between Niels Bohr and Albert Einstein about quantum "
        "mechanics, in plain English, 200 words.",
    ])


@tpl("clean_general", "fiction-books-films")
def t_g_fiction(c):
    return nth(c, [
        "In Pride and Prejudice, why does Elizabeth Bennet reject Mr Darcy's first proposal? "
        "Give me three quotes I could use in an essay.",
        "Compare how Sherlock Holmes and Hercule Poirot solve cases. Which of Agatha Christie's "
        "novels is the best starting point?",
        "Is the film Amélie worth watching for someone learning French? What level of French "
        "is needed to follow it without subtitles?",
    ])


@tpl("clean_general", "cities-travel")
def t_g_cities(c):
    return nth(c, [
        "What's the best way to get from Lisbon to Porto by train, and is it worth stopping "
        "in Coimbra for a night?",
        "Plan a 3-day itinerary in Kyoto for late November: temples, one day trip to Nara, "
        "and somewhere good to see autumn leaves.",
        "Why is Canberra the capital of Australia and not Sydney or Melbourne?",
    ])


@tpl("clean_general", "numbers-shaped-like-pii")
def t_g_numbers(c):
    return nth(c, [
        "Our order numbers look like 0171 2345 6789 and customers keep thinking they're phone "
        "numbers. Suggest a better format that still fits in 14 characters.",
        "Is ISBN 978-0-306-40615-7 a valid checksum? Show me the calculation step by step.",
        "Convert the epoch timestamp 1718000000 to UTC and tell me what day of the week it was. "
        "Also, is port 5432 or 54321 a better choice for a second Postgres on the same host?",
    ])


@tpl("clean_general", "sport-recipes")
def t_g_sport(c):
    return nth(c, [
        "Explain the offside rule in football like I'm ten, with an example involving a "
        "through ball.",
        "Recipe check: I want to make a Victoria sponge for 12 people. How do I scale 225g "
        "butter, 225g sugar, 4 eggs and 225g self-raising flour, and what tin size?",
        "Who has won the most Tour de France stages, and how does the green jersey points "
        "system work?",
    ])


@tpl("clean_general", "caps-and-lower-notices")
def t_g_caps(c):
    return nth(c, [
        "PROOFREAD THIS NOTICE: FIRE DRILL ON THURSDAY AT 11:00. ALL STAFF MUST LEAVE BY THE "
        "NEAREST EXIT AND GATHER IN THE NORTH CAR PARK. LIFTS WILL BE OUT OF SERVICE.",
        "quick q: whats the difference between rust's String and &str, and when does rust "
        "force me to clone? coming from ruby so go easy",
        "WHAT IS THE GRACE PERIOD ON A UK CREDIT CARD BILL PAYMENT AND DOES IT DIFFER FOR "
        "BALANCE TRANSFERS?",
    ])


@tpl("clean_general", "public-figures")
def t_g_public(c):
    return nth(c, [
        "What were the main points of Angela Merkel's refugee policy in 2015 and how did it "
        "affect the 2017 election?",
        "Write a short quiz (5 questions) about Marie Curie's discoveries for a school science "
        "club.",
        "Why is the Eiffel Tower called that? Did Gustave Eiffel actually design it himself?",
    ])


# --------------------------------------------------------------------------- build and check
def build():
    rows, seen = [], set()
    for cls, tid, n, fn in TEMPLATES:
        for k in range(n):
            c = Ctx(random.Random(f"{SEED}/{cls}/{tid}/{k}"))
            c.n = k
            text, spans = finish(fn(c))
            rid = f"stranger3-{cls}-{tid}-{k}"
            assert rid not in seen, rid
            seen.add(rid)
            last = -1
            for sp in sorted(spans, key=lambda s: s["start"]):
                assert text[sp["start"]:sp["end"]] == sp["value"], (rid, sp)
                assert sp["value"] and sp["value"] == sp["value"].strip(), (rid, sp)
                assert sp["start"] >= last, ("overlap", rid, sp)
                last = sp["end"]
            if cls.startswith("clean_"):
                assert not spans, rid
            else:
                assert spans, rid
            rows.append({"id": rid, "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": tid,
                         "locale": c.people[0].cult if c.people else ""})
    return rows


def main():
    rows = build()
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if "--check" in sys.argv[1:]:  # added by the lead: the test that the committed file is what this gives
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print("seen.jsonl: %s" % ("unchanged" if same else "differs from what the templates give"))
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    counts, tcount = {}, {}
    for row in rows:
        counts[row["class"]] = counts.get(row["class"], 0) + 1
        tcount.setdefault(row["class"], set()).add(row["template"])
    for cls in sorted(counts):
        print(f"{cls:22s} {counts[cls]:4d} rows  {len(tcount[cls]):3d} templates")
    pii = sum(v for k, v in counts.items() if not k.startswith("clean_"))
    print(f"total {len(rows)} rows ({pii} with personal data, {len(rows) - pii} PII-free), "
          f"{sum(len(v) for v in tcount.values())} templates, "
          f"{sum(len(r['spans']) for r in rows)} spans; lengths {min(len(r['text']) for r in rows)}"
          f"-{max(len(r['text']) for r in rows)} chars")


if __name__ == "__main__":
    sys.exit(main())
