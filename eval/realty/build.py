#!/usr/bin/env python3
"""realty: a hand-written labelled check set on real estate and property.

Estate and letting agents, landlords and tenants, property managers, conveyancers and
notaries, mortgage brokers, building managers (HOA, syndic, SVJ, BRF, comunidad), surveyors
and valuers, short-term-rental hosts and maintenance desks, in English and sixteen other
languages.  Every private value (names, streets, phones, dates, ID numbers, IBANs, cards) is
typed by hand below; e-mail local parts are derived in code from the hand-typed names.

Python standard library only.  `python3 build.py` writes tune.jsonl and README.md beside this
file; `python3 build.py --check` rebuilds in memory and compares.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 5201
SET = "realty"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tune.jsonl")
README = os.path.join(HERE, "README.md")

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "pt": "Portuguese (Portugal)", "pt-BR": "Portuguese (Brazil)",
    "sv": "Swedish", "tr": "Turkish", "el": "Greek (Greek script)", "el-Latn": "Greek (Greeklish)",
    "cs": "Czech", "ro": "Romanian", "id": "Indonesian", "vi": "Vietnamese",
    "tl": "Tagalog (Taglish)", "hi-Latn": "Hindi in Latin letters (Hinglish)",
}


# ---------------------------------------------------------------- markers

def M(t, v):
    assert t in TYPES, t
    assert v and v == v.strip() and "⟦" not in v and "⟧" not in v, repr(v)
    return f"⟦{t}|{v}⟧"


def PER(v): return M("PERSON", v)
def LOC(v): return M("LOCATION", v)
def PHN(v): return M("PHONE_NUMBER", v)
def EML(v): return M("EMAIL_ADDRESS", v)
def DOB(v): return M("DATE_OF_BIRTH", v)
def NID(v): return M("NATIONAL_ID", v)
def IBAN(v): return M("IBAN_CODE", v)
def CARD(v): return M("CREDIT_CARD", v)
def SSN(v): return M("US_SSN", v)
def IP(v): return M("IP_ADDRESS", v)


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def unmark(marked, case=None):
    """Turn ⟦TYPE|value⟧ markers into text + spans; `case` lower/upper is applied piece by piece."""
    f = {None: (lambda s: s), "lower": str.lower, "upper": str.upper}[case]
    out, spans, pos, i = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = f(marked[i:m.start()])
        out.append(pre)
        pos += len(pre)
        v = f(m.group(2))
        spans.append({"start": pos, "end": pos + len(v), "type": m.group(1), "value": v})
        out.append(v)
        pos += len(v)
        i = m.end()
    out.append(f(marked[i:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked
    return text, spans


# ---------------------------------------------------------------- hand-typed ID numbers, checked

def _luhn(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, c in enumerate(reversed(d)):
        if i % 2:
            c *= 2
            c -= 9 if c > 9 else 0
        t += c
    return t % 10 == 0


def _iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _dni_ok(s):
    s = s.replace("-", "")
    n = s[:-1]
    if n[0] in "XYZ":
        n = str("XYZ".index(n[0])) + n[1:]
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23] == s[-1]


def _nif_pt_ok(s):
    s = s.replace(" ", "")
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1)))
    r = 11 - t % 11
    return (0 if r >= 10 else r) == int(s[8])


def _rc_ok(s):
    return int(s.replace("/", "")) % 11 == 0


def _cnp_ok(s):
    t = sum(int(a) * int(b) for a, b in zip(s[:12], "279146358279")) % 11
    return (1 if t == 10 else t) == int(s[12])


def _bsn_ok(s):
    s = s.replace(".", "").replace(" ", "")
    return (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0


def _pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def _tc_ok(s):
    d = [int(c) for c in s]
    return (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def _cpf_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    a = sum(x * y for x, y in zip(d[:9], range(10, 1, -1))) * 10 % 11 % 10
    b = sum(x * y for x, y in zip(d[:10], range(11, 1, -1))) * 10 % 11 % 10
    return a == d[9] and b == d[10]


IBANS = {
    "GB": ["GB64 BARC 2003 9553 0182 64", "GB79MONZ04000312847719", "GB97 LOYD 3096 3712 6482 01",
           "GB75HBUK40127671829304", "GB54 NWBK 6024 0531 7748 20"],
    "DE": ["DE44 5001 0517 5407 3249 31", "DE45760501010011482763"],
    "FR": ["FR76 3000 4017 3500 0107 3956 186", "FR76 2004 1010 1204 1729 3802 156",
           "FR7617806004100412773920002"],
    "IT": ["IT88U0306911220000012834761", "IT62 Y020 0805 3640 0010 4728 390"],
    "NL": ["NL85INGB0004817256", "NL25 RABO 0318 4229 60", "NL59ABNA0417732908"],
    "ES": ["ES33 0049 1520 5728 1029 3746"],
    "PT": ["PT50 0035 0651 0007 2946 8301 0", "PT50003300004538172060583"],
    "PL": ["PL61 1090 1014 0000 0712 1981 2874"],
    "CZ": ["CZ65 0800 0000 1920 0014 5399"],
    "RO": ["RO91BTRL01301202A8816XX0"],
    "GR": ["GR16 0110 1250 0000 0001 2300 695"],
    "SE": ["SE45 5000 0000 0583 9825 7466"],
}
CARDS = ["4532 9180 4417 2635", "5228-7103-9946-5185", "376214890351425"]
SSNS = ["518-62-3307", "284-19-7730", "603-44-1958"]
DNI_NIE = ["48213375Q", "20917462C", "Y3394172F", "X8821406D", "Z1047733L"]
NIF_PT = ["214733904", "248190571", "183607422"]
RC_CZ = ["885612/7346", "015822/3615", "946107/2533"]
CNP_RO = ["2860712401131", "1901122045279", "1780926321643"]
BSN_NL = ["188302645", "305174228", "277190368"]
PESEL_PL = ["87031415627", "92112508734", "75050833940"]   # Wróbel (f), Zieliński (m), Szymańska-Lis (f)
TC_TR = ["28471653006", "17392046844", "39105827410"]
CPF_BR = ["384.716.205-53", "519.037.248-05", "207.659.113-37"]


def _check_ids():
    for v in sum(IBANS.values(), []):
        assert _iban_ok(v), v
    for v in CARDS:
        assert _luhn(v), v
    for v in DNI_NIE:
        assert _dni_ok(v), v
    for v in NIF_PT:
        assert _nif_pt_ok(v), v
    for v in RC_CZ:
        assert _rc_ok(v), v
    for v in CNP_RO:
        assert _cnp_ok(v), v
    for v in BSN_NL:
        assert _bsn_ok(v), v
    for v in PESEL_PL:
        assert _pesel_ok(v), v
    for v in TC_TR:
        assert _tc_ok(v), v
    for v in CPF_BR:
        assert _cpf_ok(v), v
    for v in SSNS:
        a, g, s = v.split("-")
        assert a not in ("000", "666") and a < "900" and g != "00" and s != "0000", v


# ---------------------------------------------------------------- people, typed by hand

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
         "Đ": "D", "ı": "i", "œ": "oe", "ŀ": "l"}
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
                   "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o",
                   "y", "o", "i", "i", "y", "y"]))


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = "".join(_GREEK.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Person:
    def __init__(self, given, family, culture, pools, sf=False, call=None, mail=None):
        self.given, self.family, self.culture = given, family, culture
        self.pools = pools.split()
        self.sf = sf
        self.call = call or given
        self.full = f"{family} {given}" if sf else f"{given} {family}"
        self.mail_domains = mail
        self.email_v = None

    key = property(lambda s: s.full)
    F = property(lambda s: PER(s.full))           # full name as usually written
    G = property(lambda s: PER(s.call))           # given name / what people call them
    S = property(lambda s: PER(s.family))         # surname alone
    FU = property(lambda s: PER(s.full.upper()))
    NP = property(lambda s: PER(f"{s.family.upper()} {s.given}"))   # NOM Prénom
    E = property(lambda s: EML(s.email_v))

    def GS(self):
        """Given and family as two spans, 'Family, Given' style lists."""
        return f"{PER(self.family)}, {PER(self.given)}"

    def initial(self):
        return PER(f"{self.given[0]}. {self.family}")

    def work(self, domain):
        g = fold(self.given.split()[0]) if not self.sf else fold(self.call)
        f = fold(self.family.split()[-1] if not self.sf else self.family)
        return EML(f"{g}.{f}@{domain}")

    def make_email(self, rng):
        parts = self.given.replace(".", " ").split()
        g = fold(parts[-1] if self.sf and len(parts) > 1 else parts[0])
        if self.call != self.given:
            g = fold(self.call)
        fam = fold(self.family.split()[-1]) if len(self.family.split()) > 1 and not self.sf else fold(self.family)
        n = rng.randint(2, 98)
        style = rng.choice(["g.f", "gf", "g_fN", "f.g", "gfN", "g.fN", "giF", "fgN"])
        local = {"g.f": f"{g}.{fam}", "gf": f"{g}{fam}", "g_fN": f"{g}_{fam}{n}",
                 "f.g": f"{fam}.{g}", "gfN": f"{g}{fam}{n}", "g.fN": f"{g}.{fam}{n}",
                 "giF": f"{g[0]}{fam}", "fgN": f"{fam}{g[0]}{n}"}[style]
        self.email_v = f"{local}@{rng.choice(self.mail_domains)}"


MAIL = {
    "uk": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au"],
    "world": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "at": ["gmx.at", "aon.at"], "ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr"],
    "qc": ["videotron.ca", "hotmail.ca"], "be": ["skynet.be", "telenet.be"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "o2.pl", "gmail.com", "interia.pl", "onet.pl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "yahoo.com.br"],
    "se": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "gr": ["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.gr"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "vn": ["gmail.com", "yahoo.com.vn"],
    "ph": ["gmail.com", "yahoo.com", "yahoo.com.ph"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
}

# (given, family, culture tag, pools, [sf, call, mail-key])
_P = [
    # people living in English-speaking places (pool "en")
    ("Ivy", "Marsh", "English", "en"), ("Dean", "Cross", "English", "en"),
    ("Holly", "Street", "English", "en"), ("Nigel", "Pettigrew", "English", "en"),
    ("Bethany", "Cole", "English", "en"), ("Will", "Hunter", "English", "en"),
    ("Summer", "Reid", "English", "en"), ("Joy", "Baker", "English", "en"),
    ("Frankie", "Bell", "English", "en"), ("Hope", "Fielding", "English", "en"),
    ("Tamsin", "Pengelly", "Cornish", "en"), ("Callum", "Fraser", "Scottish", "en"),
    ("Morag", "MacInnes", "Scottish", "en"), ("Rhys", "Pritchard", "Welsh", "en"),
    ("Ffion", "Llewellyn", "Welsh", "en"), ("Aoife", "Delaney", "Irish", "en", False, None, "ie"),
    ("Cathal", "Brennan", "Irish", "en", False, None, "ie"),
    ("Siobhán", "Ní Chonaill", "Irish", "en", False, None, "ie"),
    ("Pádraig", "Ó Súilleabháin", "Irish", "en", False, None, "ie"),
    ("Tyler", "Brandt", "US", "en", False, None, "us"), ("DeShawn", "Whitaker", "African American", "en", False, None, "us"),
    ("Maddison", "Kowalczyk", "Polish American", "en", False, None, "us"),
    ("Guadalupe", "Ríos", "Mexican", "en", False, "Lupe", "us"),
    ("Esperanza", "Villalobos", "Mexican", "en", False, None, "us"),
    ("Brandi", "McAllister", "US", "en", False, None, "us"),
    ("Cody", "Halvorsen", "Norwegian American", "en", False, None, "us"),
    ("Autumn", "Greenwood", "US", "en", False, None, "us"),
    ("Kimberly", "Nakamura", "Japanese American", "en", False, "Kim", "us"),
    ("Keoni", "Kahananui", "Hawaiian", "en", False, None, "us"),
    ("Bronwyn", "Lacey", "Australian", "en", False, None, "au"),
    ("Jarrah", "Collins", "Australian", "en", False, None, "au"),
    ("Aroha", "Tipene", "Māori", "en", False, None, "au"),
    ("Sione", "Faleolo", "Samoan", "en", False, None, "au"),
    ("Mele", "Taufa", "Tongan", "en", False, None, "au"),
    ("Kwame", "Asante", "Akan", "en"), ("Chidinma", "Okafor", "Igbo", "en"),
    ("Babajide", "Adeyemi", "Yoruba", "en", False, "Jide"), ("Wanjiru", "Kamau", "Kikuyu", "en"),
    ("Kiprono", "Rotich", "Kalenjin", "en"), ("Thandiwe", "Dlamini", "Zulu", "en"),
    ("Pieter", "van Rensburg", "Afrikaans", "en"), ("Hodan", "Warsame", "Somali", "en"),
    ("Selamawit", "Tesfaye", "Amharic", "en"), ("Yonas", "Ghebremichael", "Tigrinya", "en"),
    ("Blessing", "Chikwanha", "Shona", "en"), ("Fatou", "Ceesay", "Mandinka", "en"),
    ("Priya", "Raghunathan", "Tamil", "en"), ("Harpreet", "Kaur Gill", "Punjabi", "en"),
    ("Imran", "Qureshi", "Urdu", "en"), ("Farzana", "Begum", "Bengali", "en"),
    ("Tanvir", "Hossain", "Bengali", "en"), ("Dilani", "Wickramasinghe", "Sinhala", "en"),
    ("Sunita", "Gurung", "Nepali", "en"), ("Anand", "Pillai", "Malayali", "en"),
    ("Mei Ling", "Tan", "Singapore Chinese", "en", True, "Mei Ling"),
    ("Ka Yan", "Wong", "Cantonese", "en", True, "Ka Yan"),
    ("Jiahui", "Li", "Mandarin Chinese", "en", True), ("Ji-woo", "Park", "Korean", "en", True),
    ("Haruka", "Sato", "Japanese", "en"), ("Nattapong", "Srisuk", "Thai", "en", False, "Pong"),
    ("Nurul Aisyah", "binti Rosli", "Malay", "en", False, "Aisyah"),
    ("Mostafa", "El-Gendy", "Egyptian", "en"), ("Rania", "Haddad", "Lebanese", "en"),
    ("Shirin", "Rostami", "Persian", "en"), ("Noa", "Ben-Ami", "Hebrew", "en"),
    ("Omar", "Khalil", "Jordanian", "en"), ("Oksana", "Hrytsenko", "Ukrainian", "en"),
    ("Rūta", "Petrauskienė", "Lithuanian", "en"), ("Jānis", "Ozoliņš", "Latvian", "en"),
    ("Bence", "Kovács", "Hungarian", "en", True), ("Nemanja", "Stojković", "Serbian", "en"),
    ("Ivana", "Babić", "Croatian", "en"), ("Arbër", "Krasniqi", "Albanian", "en"),
    ("Nino", "Beridze", "Georgian", "en"), ("Ani", "Hovhannisyan", "Armenian", "en"),
    ("Aino", "Virtanen", "Finnish", "en"), ("Mart", "Kask", "Estonian", "en"),
    ("Dorota", "Wiśniewska", "Polish", "en"), ("Bogdan", "Ciobanu", "Romanian", "en"),
    ("Catalina", "Fuentealba", "Chilean", "en"), ("Wilmer", "Quispe Mamani", "Quechua", "en"),
    ("Valentina", "Ospina", "Colombian", "en"), ("Agustina", "Ferraro", "Argentine", "en"),
    ("Delroy", "Campbell", "Jamaican", "en"),
    # German-speaking places
    ("Lukas", "Brandstätter", "Austrian", "de", False, None, "at"),
    ("Annegret", "Vollmer", "German", "de"), ("Henrike", "Paulsen", "North Frisian", "de"),
    ("Reto", "Zimmerli", "Swiss German", "de", False, None, "ch"),
    ("Mehmet", "Karataş", "Turkish", "de"), ("Katarzyna", "Nowicka", "Polish", "de"),
    ("Dragan", "Petrović", "Serbian", "de", False, None, "at"), ("Sophie", "Fuchs", "German", "de"),
    ("Birgit", "Sommer", "German", "de"), ("Konstantin", "Weißgerber", "German", "de"),
    ("Jörg", "Himmelreich", "German", "de"), ("Lea-Marie", "Hoffmann", "German", "de"),
    ("Nadia", "Rahimi", "Afghan", "de"),
    # French-speaking places
    ("Solène", "Marchetti", "Corsican", "fr"), ("Aurélien", "Lefort", "French", "fr"),
    ("Maëlys", "Dubreuil", "French", "fr"), ("Yannick", "Le Goff", "Breton", "fr"),
    ("Karima", "Benali", "Algerian", "fr"), ("Mamadou", "Diallo", "Fula", "fr"),
    ("Thibault", "de La Roche", "French", "fr"), ("Geneviève", "Tremblay", "Québécois", "fr", False, None, "qc"),
    ("Noémie", "Rousseau", "French", "fr"), ("Pascal", "Blanc", "French", "fr"),
    ("Éloïse", "Vanderheyden", "Belgian", "fr", False, None, "be"), ("Kévin", "Hoarau", "Réunionnais", "fr"),
    # Spanish-speaking places
    ("Iñigo", "Etxeberria", "Basque", "es"), ("Montserrat", "Puig i Vidal", "Catalan", "es", False, "Montse"),
    ("Rocío", "Jiménez Carmona", "Andalusian", "es"), ("Xosé Manuel", "Outeiro", "Galician", "es"),
    ("Nerea", "Aldekoa", "Basque", "es"), ("Yuliana", "Cárdenas", "Colombian", "es"),
    ("Santiago", "Paz Herrera", "Spanish", "es"), ("Fernanda", "Ibarra Solís", "Mexican", "es"),
    ("Alejandro", "Sepúlveda", "Chilean", "es"), ("María José", "Prieto Lozano", "Spanish", "es", False, "Majo"),
    # Italy
    ("Giuseppina", "Esposito", "Neapolitan", "it", False, "Pina"), ("Lorenzo", "Bianchi", "Italian", "it"),
    ("Chiara", "Lo Russo", "Sicilian", "it"), ("Matteo", "De Santis", "Italian", "it"),
    ("Gianluca", "Pellegrino", "Italian", "it"), ("Sara", "Fontana", "Italian", "it"),
    ("Aurora", "Mancini", "Italian", "it"), ("Paolo", "Dal Molin", "Venetian", "it"),
    ("Ilir", "Hoxha", "Albanian", "it"), ("Francesca", "Sanna", "Sardinian", "it"),
    # Netherlands / Flanders
    ("Sanne", "van den Berg", "Dutch", "nl"), ("Bram", "Verhoeven", "Dutch", "nl"),
    ("Sytske", "Hoekstra", "Frisian", "nl"), ("Joost", "van 't Hek", "Dutch", "nl"),
    ("Mohamed", "el Idrissi", "Moroccan", "nl"), ("Lieke", "Smit", "Dutch", "nl"),
    ("Wouter", "Janssens", "Flemish", "nl"), ("Kees", "Visser", "Dutch", "nl"),
    ("Anouk", "Meijer", "Dutch", "nl"), ("Rajesh", "Ramdin", "Surinamese Hindustani", "nl"),
    # Poland
    ("Agnieszka", "Wróbel", "Polish", "pl"), ("Łukasz", "Zieliński", "Polish", "pl"),
    ("Małgorzata", "Kaczmarek", "Polish", "pl", False, "Gosia"), ("Grzegorz", "Pawlak", "Polish", "pl"),
    ("Zofia", "Szymańska-Lis", "Polish", "pl"), ("Bartosz", "Kowal", "Polish", "pl"),
    ("Oliwia", "Nowak", "Polish", "pl"), ("Taras", "Melnyk", "Ukrainian", "pl"),
    # Portugal and Brazil
    ("João Pedro", "Carvalho", "Portuguese", "pt"), ("Inês", "Sousa Matos", "Portuguese", "pt"),
    ("Rui", "Magalhães", "Portuguese", "pt"), ("Beatriz", "Fonseca", "Portuguese", "pt"),
    ("Adilson", "Tavares", "Cape Verdean", "pt"),
    ("Thiago", "Nascimento", "Brazilian", "br"), ("Luana", "Ferreira dos Santos", "Brazilian", "br"),
    ("Raimundo", "Nonato Silva", "Brazilian", "br"), ("Jéssica", "Araújo", "Brazilian", "br"),
    ("Cauã", "Oliveira", "Brazilian", "br"), ("Keiko", "Yamashita", "Japanese Brazilian", "br"),
    # Sweden
    ("Linnea", "Sjöberg", "Swedish", "se"), ("Oskar", "Lindqvist", "Swedish", "se"),
    ("Björn", "Åström", "Swedish", "se"), ("Elsa", "Nyberg", "Swedish", "se"),
    ("Amir", "Hosseini", "Persian", "se"), ("Ebba", "Falk", "Swedish", "se"),
    ("Aleksi", "Mäkinen", "Sweden Finnish", "se"),
    # Turkey
    ("Ayşegül", "Demirci", "Turkish", "tr"), ("Mustafa", "Kılıç", "Turkish", "tr"),
    ("Burak", "Öztürk", "Turkish", "tr"), ("Zeynep", "Çelik", "Turkish", "tr"),
    ("Hüseyin", "Yıldırım", "Turkish", "tr"), ("Elif", "Şahin", "Turkish", "tr"),
    ("Kader", "Güneş", "Turkish", "tr"), ("Rojda", "Aslan", "Kurdish", "tr"),
    # Greece and Cyprus (Greek script, and Greeklish)
    ("Κωνσταντίνος", "Παππάς", "Greek", "gr"), ("Ελένη", "Γεωργίου", "Greek", "gr"),
    ("Δημήτρης", "Νικολαΐδης", "Greek", "gr"), ("Σοφία", "Καραγιάννη", "Greek", "gr"),
    ("Χαράλαμπος", "Ζαχαρίου", "Greek Cypriot", "gr", False, "Χάμπης"),
    ("Giorgos", "Antoniou", "Greek", "grl"), ("Maria", "Lamprou", "Greek", "grl"),
    ("Nikos", "Stavrou", "Greek", "grl"), ("Vasiliki", "Kotsou", "Greek", "grl", False, "Vaso"),
    # Czechia / Slovakia
    ("Tereza", "Dvořáková", "Czech", "cz"), ("Ondřej", "Procházka", "Czech", "cz"),
    ("Jiří", "Král", "Czech", "cz"), ("Lucie", "Veselá", "Czech", "cz"),
    ("Vojtěch", "Černý", "Czech", "cz"), ("Markéta", "Holubová", "Czech", "cz"),
    ("Zuzana", "Kováčiková", "Slovak", "cz"),
    # Romania
    ("Ioana", "Dumitrescu", "Romanian", "ro"), ("Andrei", "Munteanu", "Romanian", "ro"),
    ("Mihaela", "Stoica", "Romanian", "ro"), ("Răzvan", "Ionescu", "Romanian", "ro"),
    ("Alexandra", "Lupu", "Romanian", "ro"), ("Cosmin", "Vlad", "Romanian", "ro"),
    ("Ilona", "Szász", "Hungarian (Transylvania)", "ro"),
    # Indonesia
    ("Sri", "Wahyuni", "Javanese", "id"), ("Agus", "Setiawan", "Javanese", "id"),
    ("Ni Luh Putu Ayu", "Sasmita", "Balinese", "id", False, "Ayu"), ("Rizky", "Pratama", "Indonesian", "id"),
    ("Maria Magdalena", "Situmorang", "Batak", "id", False, "Magda"), ("Andi", "Tenri Ajeng", "Bugis", "id"),
    ("Kadek", "Ariawan", "Balinese", "id"), ("Fajar", "Nugroho", "Javanese", "id"),
    ("Cecep", "Supriatna", "Sundanese", "id"),
    # Vietnam (family name first; called by the last word)
    ("Thị Thu Hà", "Nguyễn", "Vietnamese", "vn", True, "Hà"), ("Văn Long", "Trần", "Vietnamese", "vn", True, "Long"),
    ("Hoàng Phúc", "Lê", "Vietnamese", "vn", True, "Phúc"), ("Minh Châu", "Phạm", "Vietnamese", "vn", True, "Châu"),
    ("Quốc Bảo", "Đặng", "Vietnamese", "vn", True, "Bảo"), ("Thị Ngọc Hân", "Võ", "Vietnamese", "vn", True, "Hân"),
    ("Đức Anh", "Bùi", "Vietnamese", "vn", True, "Đức Anh"),
    # Philippines
    ("Ma. Cristina", "Dela Paz", "Filipino", "ph", False, "Tina"), ("Jericho", "Villanueva", "Filipino", "ph"),
    ("Rowena", "Bautista", "Filipino", "ph"), ("Joel", "Macaraeg", "Ilocano", "ph"),
    ("Princess Joy", "Mendoza", "Filipino", "ph", False, "Princess"), ("Rodel", "Tolentino", "Filipino", "ph"),
    ("Lourdes", "Pangilinan", "Kapampangan", "ph", False, "Lulu"),
    # India
    ("Rohit", "Malhotra", "Punjabi Hindu", "in"), ("Sneha", "Kulkarni", "Marathi", "in"),
    ("Ankit", "Agarwal", "Marwari", "in"), ("Pooja", "Iyer", "Tamil", "in"),
    ("Rakesh", "Yadav", "Hindi (Bihar)", "in"), ("Kavya", "Reddy", "Telugu", "in"),
    ("Mohd. Faizan", "Ansari", "Hindustani Muslim", "in", False, "Faizan"), ("Sunil", "Deshmukh", "Marathi", "in"),
]

FEMALE = set("""Ivy Holly Bethany Summer Joy Hope Tamsin Morag Ffion Aoife Siobhán Maddison Guadalupe Esperanza
Brandi Autumn Kimberly Bronwyn Aroha Mele Chidinma Wanjiru Thandiwe Hodan Selamawit Fatou Priya Harpreet Farzana
Dilani Sunita Haruka Rania Shirin Noa Oksana Rūta Ivana Nino Ani Aino Dorota Catalina Valentina Agustina Blessing
Annegret Henrike Katarzyna Sophie Birgit Lea-Marie Nadia Solène Maëlys Karima Geneviève Noémie Éloïse Montserrat
Rocío Nerea Yuliana Fernanda Giuseppina Chiara Sara Aurora Francesca Sanne Sytske Lieke Anouk Agnieszka
Małgorzata Zofia Oliwia Inês Beatriz Luana Jéssica Keiko Linnea Elsa Ebba Ayşegül Zeynep Elif Rojda Kader
Ελένη Σοφία Maria Vasiliki Tereza Lucie Markéta Zuzana Ioana Mihaela Alexandra Ilona Sri Andi Sneha Pooja Kavya""".split())
FEMALE_FULL = {"Tan Mei Ling", "Wong Ka Yan", "Li Jiahui", "Nurul Aisyah binti Rosli", "María José Prieto Lozano",
               "Ni Luh Putu Ayu Sasmita", "Maria Magdalena Situmorang", "Nguyễn Thị Thu Hà", "Phạm Minh Châu",
               "Võ Thị Ngọc Hân", "Ma. Cristina Dela Paz", "Rowena Bautista", "Princess Joy Mendoza",
               "Lourdes Pangilinan"}
EITHER = {"Frankie", "Jarrah", "Ji-woo"}

# people of the other pools who also live in English-speaking places (drawn by English templates too)
ALSO_EN = {"Lukas Brandstätter", "Lea-Marie Hoffmann", "Nadia Rahimi", "Giuseppina Esposito", "Chiara Lo Russo",
           "Sara Fontana", "Aurora Mancini", "Ilir Hoxha", "Francesca Sanna", "Sanne van den Berg",
           "Bram Verhoeven", "Sytske Hoekstra", "Kees Visser", "Adilson Tavares", "Thiago Nascimento",
           "Luana Ferreira dos Santos", "Cauã Oliveira", "Keiko Yamashita", "Giorgos Antoniou", "Maria Lamprou",
           "Ondřej Procházka", "Jiří Král", "Vojtěch Černý", "Ioana Dumitrescu", "Agus Setiawan",
           "Ni Luh Putu Ayu Sasmita", "Rizky Pratama", "Andi Tenri Ajeng", "Nguyễn Thị Thu Hà", "Trần Văn Long",
           "Lê Hoàng Phúc", "Phạm Minh Châu", "Võ Thị Ngọc Hân", "Ma. Cristina Dela Paz", "Jericho Villanueva",
           "Joel Macaraeg", "Rodel Tolentino", "Lourdes Pangilinan", "Rohit Malhotra", "Ankit Agarwal",
           "Pooja Iyer", "Kavya Reddy", "Mohd. Faizan Ansari", "Sunil Deshmukh", "Matteo De Santis",
           "Mohamed el Idrissi", "Rui Magalhães", "Maria Magdalena Situmorang", "Đặng Quốc Bảo", "Rowena Bautista",
           "Katarzyna Nowicka", "Sophie Fuchs", "Princess Joy Mendoza",
           "Bùi Đức Anh"}

_POOLMAIL = {"en": "uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl",
             "pt": "pt", "br": "br", "se": "se", "tr": "tr", "gr": "gr", "grl": "gr", "cz": "cz",
             "ro": "ro", "id": "id", "vn": "vn", "ph": "ph", "in": "in"}

PEOPLE = []
for _t in _P:
    g, f, cult, pools = _t[:4]
    sf = _t[4] if len(_t) > 4 else False
    call = _t[5] if len(_t) > 5 else None
    mk = _t[6] if len(_t) > 6 and _t[6] else _POOLMAIL[pools.split()[0]]
    if mk == "uk" and cult not in ("English", "Cornish", "Scottish", "Welsh"):
        MAIL.setdefault("uk_world", MAIL["uk"] + MAIL["world"])
        mk = "uk_world"
    PEOPLE.append(Person(g, f, cult, pools, sf, call, MAIL[mk]))
    if PEOPLE[-1].full in ALSO_EN:
        PEOPLE[-1].pools.append("en")
    PEOPLE[-1].sex = ("x" if g in EITHER else
                      "f" if (g in FEMALE or PEOPLE[-1].full in FEMALE_FULL) else "m")

_mail_rng = random.Random(SEED * 7 + 1)
for _p in PEOPLE:
    _p.make_email(_mail_rng)
assert len({p.full for p in PEOPLE}) == len(PEOPLE)


# ---------------------------------------------------------------- addresses, typed by hand
# {…} is one LOCATION span, {=…} the town, {#…} the postcode; "; " breaks the line in a block.

_A = {
    "uk": ["{Flat 2}, {31 Albion Street}; {=Todmorden}; {#OL14 5QD}",
           "{7 Chapel Fold}; {=Haworth}; {#BD22 8QJ}",
           "{Flat 5}, {Regent House}, {12 Marine Parade}; {=Saltburn-by-the-Sea}; {#TS12 1DP}",
           "{22 Tregenna Road}; {=St Ives}; {#TR26 2DZ}",
           "{4 Mill Lane}; {=Bampton}; {#OX18 2HF}",
           "{118 Coldharbour Road}; {=Bristol}; {#BS6 7SN}",
           "{Flat 9}, {Ashdown Court}, {40 Grange Road}; {=Ramsgate}; {#CT11 9LP}",
           "{3 Heol y Dŵr}; {=Llandeilo}; {#SA19 6BP}",
           "{2/1}, {47 Ashton Lane}; {=Glasgow}; {#G12 8SJ}",
           "{19 Baxter Gate}; {=Loughborough}; {#LE11 1TG}",
           "{56 Victoria Road}; {=Hessle}; {#HU13 0AZ}"],
    "ie": ["{Apt 6}, {Harbour View}; {=Bantry}; {Co. Cork}; {#P75 KX20}",
           "{12 Bridge Street}; {=Westport}; {Co. Mayo}; {#F28 HN72}"],
    "us": ["{418 Juniper St}, {Apt 2B}; {=Bisbee}, {AZ} {#85603}",
           "{2207 N Kimball Ave}; {=Chicago}, {IL} {#60647}",
           "{55 Orchard Hill Rd}; {=Montpelier}, {VT} {#05602}",
           "{9 Cottonwood Ct}; {=Hood River}, {OR} {#97031}",
           "{1132 Magnolia Dr}, {Unit 4}; {=Beaufort}, {SC} {#29902}"],
    "au": ["{Unit 3}, {17 Banksia Ct}; {=Mullumbimby} {NSW} {#2482}",
           "{42 Hargraves St}; {=Castlemaine} {VIC} {#3450}",
           "{8 Wattle Grove}; {=Margaret River} {WA} {#6285}"],
    "nz": ["{26 Kowhai Street}; {=Raglan} {#3225}"],
    "ca": ["{14 Birch Bay Rd}; {=Tofino}, {BC} {#V0R 2Z0}"],
    "in": ["{Flat 402}, {Shanti Kunj Apartments}, {Baner Road}; {=Pune} {#411045}",
           "{No. 18, 2nd Main}, {Indiranagar}; {=Bengaluru} {#560038}",
           "{B-214}, {Sector 50}; {=Noida} {#201301}"],
    "za": ["{16 Protea Close}; {=Hermanus}; {#7200}"],
    "sg": ["{Blk 512 Bedok North Ave 3}, {#08-221}; {=Singapore} {#460512}"],
    "de": ["{Am Mühlbach 12}; {#88709} {=Meersburg}",
           "{Kirchgasse 3}; {#97996} {=Niederstetten}",
           "{Lindenallee 41}, {2. OG links}; {#24937} {=Flensburg}",
           "{Hinterm Dorfe 8}; {#38518} {=Gifhorn}",
           "{Schwanenstraße 17a}; {#76133} {=Karlsruhe}"],
    "at": ["{Hauptplatz 9/4}; {#3500} {=Krems an der Donau}",
           "{Dorfstraße 22}; {#6561} {=Ischgl}"],
    "ch": ["{Via da la Staziun 5}; {#7504} {=Pontresina}"],
    "fr": ["{12 rue des Tanneurs}; {#24200} {=Sarlat-la-Canéda}",
           "{Lieu-dit Les Granges}; {#46160} {=Cajarc}",
           "{8 bis, avenue Jean Moulin}, {bât. B}; {#13600} {=La Ciotat}",
           "{3 impasse des Lilas}; {#35400} {=Saint-Malo}",
           "{47 quai de la Fosse}, {apt 12}; {#44000} {=Nantes}"],
    "be": ["{Rue de la Station 14}; {#5590} {=Ciney}"],
    "qc": ["{233, rue Saint-Jean}; {=Québec} ({QC}) {#G1R 1N8}"],
    "es": ["{C/ Mayor, 14}, {3º izda.}; {#22700} {=Jaca} ({Huesca})",
           "{Avda. de Andalucía 27}, {2ºB}; {#29780} {=Nerja} ({Málaga})",
           "{Carrer de Sant Pere, 9}; {#17130} {=L'Escala} ({Girona})",
           "{Rúa do Vilar 31}; {#15705} {=Santiago de Compostela}"],
    "it": ["{Via Roma 41}; {#17024} {=Finale Ligure} ({SV})",
           "{Vicolo del Forno 3}; {#38066} {=Riva del Garda} ({TN})",
           "{Via Vittorio Emanuele II, 118}, {int. 5}; {#90133} {=Palermo}",
           "{Corso Garibaldi 7}; {#84010} {=Ravello} ({SA})"],
    "nl": ["{Voorstraat 44}; {#8861 BM} {=Harlingen}",
           "{Burgemeester de Withstraat 12}; {#4461 GN} {=Goes}",
           "{Oudegracht 218-bis}; {#3511 NV} {=Utrecht}",
           "{Dorpsstraat 3}; {#1711 RA} {=Hensbroek}"],
    "pl": ["{ul. Kościuszki 18 m. 4}; {#34-500} {=Zakopane}",
           "{ul. Rynek 11/2}; {#59-900} {=Zgorzelec}",
           "{os. Przyjaźni 7/31}; {#61-686} {=Poznań}"],
    "pt": ["{Rua do Castelo, 27, 2.º Esq.}; {#7050-110} {=Montemor-o-Novo}",
           "{Travessa da Boavista, 9}; {#4450-652} {=Leça da Palmeira}",
           "{Rua Dr. Manuel de Arriaga, 14}; {#8400-410} {=Lagoa}"],
    "br": ["{Rua das Acácias, 88}, {apto 302}; {Centro}; {=Tiradentes} - {MG}; {#36325-000}",
           "{Av. Beira Mar, 1450}, {bloco B, apto 71}; {Meireles}; {=Fortaleza} - {CE}; {#60165-121}",
           "{Rua Capitão Rosendo, 210}; {Vila Mariana}; {=São Paulo} - {SP}; {#04120-060}"],
    "se": ["{Storgatan 14 B}; {#352 31} {=Växjö}",
           "{Prästgårdsvägen 3}; {#590 30} {=Borensberg}",
           "{Fjällgatan 22}, {lgh 1203}; {#116 28} {=Stockholm}"],
    "tr": ["{Atatürk Cad. No: 45 D: 6}; {Ortakent}; {#48420} {=Bodrum}/{Muğla}",
           "{Gül Sok. No: 12/3}; {Moda Mah.}; {#34710} {=Kadıköy}/{İstanbul}",
           "{Cumhuriyet Mah. 1453 Sok. No: 7}; {#35600} {=Karşıyaka}/{İzmir}"],
    "gr": ["{Αγίου Νικολάου 12}; {#84100} {=Ερμούπολη} {Σύρου}",
           "{Ελ. Βενιζέλου 33}; {#54624} {=Θεσσαλονίκη}",
           "{Κανάρη 5}; {#26221} {=Πάτρα}"],
    "grl": ["{Agiou Nikolaou 12}; {=Nafplio} {#21100}",
            "{Kountouriotou 8}; {=Chania} {#73131}",
            "{Ermou 40}; {=Volos} {#38221}"],
    "cz": ["{Husova 118/7}; {#370 01} {=České Budějovice}",
           "{Náměstí Míru 4}; {#382 32} {=Velešín}",
           "{Lidická 1290}; {#686 01} {=Uherské Hradiště}"],
    "ro": ["{Str. Mihai Eminescu nr. 14}, {bl. A2, sc. 1, ap. 7}; {#550169} {=Sibiu}",
           "{Str. Lungă nr. 88}; {#500058} {=Brașov}",
           "{Aleea Teiului nr. 3}, {ap. 12}; {#420086} {=Bistrița}"],
    "id": ["{Jl. Kaliurang Km 7,5, Gg. Sawo No. 12}; {=Sleman}; {DI Yogyakarta} {#55581}",
           "{Perumahan Griya Asri Blok C3 No. 8}; {Kel. Sukamaju}; {=Depok} {#16415}",
           "{Jl. Raya Andong No. 27}; {=Ubud}, {Gianyar}; {Bali} {#80571}"],
    "vn": ["{Số 18 ngõ 52 Tô Ngọc Vân}; {Quảng An}; {Tây Hồ}; {=Hà Nội}",
           "{45/12 Nguyễn Thị Minh Khai}; {Phường 6}; {Quận 3}; {=TP.HCM}",
           "{12 Lê Lợi}; {Phường 4}; {=Đà Lạt}"],
    "ph": ["{Blk 7 Lot 12}, {Camella Homes}; {Brgy. San Isidro}; {=Cabanatuan City}, {Nueva Ecija}",
           "{Unit 1506 Tower 2}, {Avida Towers Sola}; {=Quezon City}",
           "{123 Rizal St.}; {Brgy. Poblacion}; {=Tagbilaran City}, {Bohol}"],
}

_PH = {
    "uk": ["07841 336902", "07958 221 407", "07412 608835", "01422 884017", "07723 119 564",
           "+44 7531 902 288", "07305 774 160", "0117 924 3318"],
    "ie": ["087 214 5539", "085 771 3046"],
    "us": ["(520) 432-7781", "773-802-4419", "802.229.6613", "(541) 386-2907", "843-521-0376"],
    "au": ["0412 883 190", "0438 207 561", "(02) 6684 3317"],
    "nz": ["021 448 903"], "ca": ["250-725-3318"],
    "in": ["98220 41763", "+91 99001 23874", "9811 274 630"],
    "za": ["082 447 1903"], "sg": ["9127 4408"],
    "de": ["0171 4839227", "0176 23981145", "07532 4418", "0151-2294 7730"],
    "at": ["0664 218 34 90"], "ch": ["079 512 44 87"],
    "fr": ["06 48 21 77 03", "07 82 14 39 60", "05 53 31 42 18", "06.71.09.33.58"],
    "be": ["0476 21 33 90"], "qc": ["418 692-3371"],
    "es": ["612 48 93 07", "655 301 228", "+34 679 14 22 80"],
    "it": ["347 218 5590", "333 4410928", "+39 320 771 0452"],
    "nl": ["06-41829376", "06 1839 2047", "0517-412 388"],
    "pl": ["601 284 773", "+48 512 339 047", "698-220-114"],
    "pt": ["912 487 330", "936 112 845"],
    "br": ["(32) 99871-4420", "(85) 98812-3307", "(11) 97345-1188"],
    "se": ["070-318 44 92", "073 512 88 04", "076-224 19 83", "0470-71 22 48"],
    "tr": ["0532 418 77 63", "0 (505) 219 44 18", "0544 873 12 09"],
    "gr": ["694 512 3370", "6977 218 004", "22810 88412"], "grl": ["6945123370", "697 331 8820"],
    "cz": ["723 118 490", "+420 602 335 871"],
    "ro": ["0744 219 836", "0722.418.397", "0756 330 112"],
    "id": ["0812-3341-9087", "0857 2209 4418", "+62 813 3870 2215"],
    "vn": ["0903 418 227", "091 234 8876", "0938.552.104"],
    "ph": ["0917 842 3391", "0928-331-0475", "+63 995 218 7740"],
}

_DOBS = {
    "dmy": ["14/03/1986", "02/11/1979", "27/07/1993", "09/01/1968", "30/05/1990", "18/12/1975",
            "06/08/2001", "23/04/1958"],
    "mdy": ["04/22/1991", "11/09/1983", "07/30/1972", "01/15/1998"],
    "text": ["3 February 1988", "21 September 1964", "12 June 1995", "8 October 1981", "29 March 1970"],
    "iso": ["1984-05-19", "1992-10-03", "1977-02-28", "1999-07-11"],
    "dot": ["17.04.1982", "03.09.1990", "25.11.1969", "12.02.1995", "08.06.1987", "29.10.1974"],
}


class Addr:
    def __init__(self, region, src):
        self.region = region
        self.src = src
        pieces = re.findall(r"\{([=#]?)([^}]*)\}", src)
        self.street_v = pieces[0][1]
        self.town_v = next(v for k, v in pieces if k == "=")
        pcs = [v for k, v in pieces if k == "#"]
        self.pc_v = pcs[-1] if pcs else None
        self.key = src

    def _m(self, s):
        return re.sub(r"\{[=#]?([^}]*)\}", lambda m: LOC(m.group(1)), s)

    line = property(lambda s: s._m(s.src.replace("; ", ", ")))
    block = property(lambda s: s._m(s.src.replace("; ", "\n")))
    town = property(lambda s: LOC(s.town_v))
    street = property(lambda s: LOC(s.street_v))
    pc = property(lambda s: LOC(s.pc_v))

    def joined(self, sep):
        return self._m(self.src.replace("; ", sep))

    def upper_line(self):
        return self._m(self.src.replace("; ", ", ").upper())


ADDRS = {r: [Addr(r, s) for s in v] for r, v in _A.items()}
for _r, _v in _PH.items():
    assert len(set(_v)) == len(_v)


# ---------------------------------------------------------------- drawing values, least used first

class Draw:
    use = Counter()

    def __init__(self, rng, n):
        self.rng, self.n, self.row = rng, n, set()

    def _least(self, items, key=lambda x: x):
        cand = [x for x in items if key(x) not in self.row]
        low = min(Draw.use[key(x)] for x in cand)
        pick = self.rng.choice([x for x in cand if Draw.use[key(x)] == low])
        Draw.use[key(pick)] += 1
        self.row.add(key(pick))
        return pick

    def person(self, *pools, sex=None):
        pools = pools or ("en",)
        return self._least([p for p in PEOPLE if set(p.pools) & set(pools) and (sex is None or p.sex == sex)],
                           key=lambda p: "P:" + p.full)

    def people(self, k, *pools):
        return [self.person(*pools) for _ in range(k)]

    def house(self, *regions):
        """An address with no flat or unit part (a house)."""
        return self._least([a for r in regions for a in ADDRS[r]
                            if not re.search(r"Flat|Apt|Unit|\{2/1\}|, \{[^}]*(OG|izda|apto|lgh|ap\.|int\.|bât)", a.src)],
                           key=lambda a: "A:" + a.src)

    def addr(self, *regions):
        return self._least([a for r in regions for a in ADDRS[r]], key=lambda a: "A:" + a.src)

    def phone(self, *regions):
        v = self._least([p for r in regions for p in _PH[r]], key=lambda p: "T:" + p)
        return PHN(v)

    def dob(self, style="dmy"):
        return DOB(self._least(_DOBS[style], key=lambda x: "D:" + x))

    def take(self, seq, tag):
        """Least-used value from a hand-typed list (IDs, IBANs, cards...)."""
        return self._least(seq, key=lambda x: tag + ":" + x)

    def v(self, *opts):
        """Cycle through hand-written variants by row number (clean rows stay distinct)."""
        return opts[self.n % len(opts)]

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def num(self, a, b):
        return self.rng.randint(a, b)


COUNTRY = {"uk": "United Kingdom", "ie": "Ireland", "us": "United States", "au": "Australia", "nz": "New Zealand",
           "ca": "Canada", "qc": "Canada", "in": "India", "za": "South Africa", "sg": "Singapore", "de": "Germany",
           "at": "Austria", "ch": "Switzerland", "fr": "France", "be": "Belgium", "es": "Spain", "it": "Italy",
           "nl": "Netherlands", "pl": "Poland", "pt": "Portugal", "br": "Brazil", "se": "Sweden", "tr": "Turkey",
           "gr": "Greece", "grl": "Greece", "cz": "Czechia", "ro": "Romania", "id": "Indonesia", "vn": "Vietnam",
           "ph": "Philippines"}

TEMPLATES = []


def T(cls, name, lang, n=3, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


# ================================================================ LETTING

AGENCIES_UK = ["Hartley & Moss Lettings", "Keystone Residential", "Bramble Lettings", "Ashworth Property Management",
               "Calder Valley Homes", "Northgate Estates"]


@T("personal_letting", "ref_check_email", "en")
def _(d):
    a, ll = d.person(), d.person()
    ad = d.addr("uk", "ie")
    ph = d.phone("uk" if ad.region == "uk" else "ie")
    ag = d.pick(AGENCIES_UK)
    return (f"Can you write a short polite email to a previous landlord asking for a tenant reference? "
            f"Applicant is {a.F}, renting at {ad.line} since 2021. Landlord is {ll.F} ({ll.E}). "
            f"I need to know: rent always paid on time, any damage, would they let to {a.G} again. "
            f"Sign it from me at {ag}. Mention {a.G} gave consent on the application form and that "
            f"they can ring the applicant on {ph} if anything is unclear")


@T("personal_letting", "tenant_text_lower", "en", case="lower")
def _(d):
    ll = d.person()
    ad = d.addr("uk")
    ph = d.phone("uk")
    what = d.v("the boiler", "the smoke alarm", "\"the meter\"")
    return (f"my landlord {ll.G} keeps coming into the flat when im at work. the flat is {ad.line}. "
            f"today {ll.G} texted me from {ph} saying 'just checking {what}' but i never said ok?? "
            f"is this legal in england, and can you write a calm text i can send back. "
            f"i dont want to get evicted i just want 24h notice like the contract says")


@T("personal_letting", "applicants_csv", "en")
def _(d):
    ps = d.people(3)
    rows = []
    for p in ps:
        inc = d.pick(["28500", "31000", "41200", "36750", "24000", "52000"])
        emp = d.pick(["permanent", "self-employed 2y", "contract (6m left)", "permanent, probation", "student + guarantor"])
        rows.append(f"{p.F},{p.E},{d.phone('uk')},{d.dob('dmy')},{inc},{emp}")
    rent = d.pick(["1,150", "975", "1,400"])
    return (f"Rank these applicants for our 2 bed (ref LET-22{d.num(10, 99)}, £{rent} pcm) by affordability, "
            f"using the 30x rent rule, and flag anything mising before referencing.\n\n"
            f"name,email,mobile,dob,annual_income,employment\n" + "\n".join(rows))


@T("personal_letting", "deposit_dispute", "en")
def _(d):
    t1, t2, ag = d.person(), d.person(), d.person()
    ad = d.addr("uk")
    scheme = d.v("TDS", "DPS", "mydeposits")
    return (f"Summarise this into a clear evidence statement for the {scheme} adjudicator, neutral tone, max 250 words.\n\n"
            f"- tenants: {t1.F} and {t2.F}\n"
            f"- property: {ad.line}\n"
            f"- check in 14/02/2022 (inventory by {ag.F}, photos 1-212)\n"
            f"- check out 31/08/2024, {t1.G} attended, {t2.G} didn't\n"
            f"- claiming £180 professional clean, £95 carpet stain bedroom 2, £60 missing fob\n"
            f"- {t2.S} says the stain was there at check in - it isn't on the inventory\n"
            f"- deposit held £1,385")


@T("personal_letting", "arrears_letter", "en")
def _(d):
    t, g = d.person(sex=d.pick(["f", "m"])), d.person()
    ad, gad = d.addr("uk"), d.addr("uk")
    amt = d.pick(["£2,310.00", "£1,640.50", "£3,075.00"])
    return (f"Please tidy up this arrears letter, firm but not threatening, and make a second version for the guarantor.\n\n"
            f"{t.F}\n{ad.block}\n\n"
            f"Dear {'Ms' if t.sex == 'f' else 'Mr'} {t.S},\n\n"
            f"Re: rent arrears of {amt}\n"
            f"Our records show no payment since 1 June despite our texts and calls. If we dont recieve "
            f"payment or a plan within 14 days we will contact your guarantor, {g.F} of {gad.line}, "
            f"as set out in the deed of guarantee.\n\nYours sincerely")


@T("personal_letting", "mietbewerbung", "de")
def _(d):
    p = d.person("de")
    ad = d.addr("de", "at")
    job = d.pick(["Pflegefachkraft, unbefristet", "Elektroniker, unbefristet seit 2019", "Doktorandin (TV-L E13, 65%)"])
    return (f"Hi, kannst du mir helfen eine freundliche Absage zu schreiben? Die Wohnung ist leider schon vergeben. "
            f"Hier die Selbstauskunft, damit du weißt wer das ist:\n\n"
            f"Name: {p.F}\nGeb.-Datum: {d.dob('dot')}\nAktuelle Anschrift: {ad.line}\n"
            f"Tel.: {d.phone('de' if ad.region == 'de' else 'at')}\nE-Mail: {p.E}\n"
            f"Beruf: {job}\nNettoeinkommen: {d.pick(['2.480', '3.150', '1.990'])} €\nHaustiere: {d.pick(['1 Katze', 'keine', 'Hund (klein)'])}\n\n"
            f"Bitte duzen, {p.G} hat mich bei der Besichtigung auch geduzt.")


@T("personal_letting", "etat_des_lieux", "fr")
def _(d):
    t, ag = d.person("fr", sex="f"), d.person("fr")
    ad = d.addr("fr")
    return (f"Peux-tu reformuler ce mail plus poliment ? C'est pour Mme {t.S} qui a quitté le logement du "
            f"{ad.line} fin septembre.\n\n"
            f"« Bonjour Madame, suite à l'état des lieux de sortie nous retenons {d.pick(['240', '310', '185'])} € sur le dépôt de garantie "
            f"(trous dans les murs du séjour + ménage pas fait). Le solde sera viré sous 8 jours sur le RIB que vous "
            f"nous avez transmis : {IBAN(d.take(IBANS['FR'], 'IBAN'))}. Cordialement, {ag.F} »")


@T("personal_letting", "huurder_borg", "nl")
def _(d):
    t = d.person("nl")
    ad = d.addr("nl")
    return (f"Kun je deze mail van een oud-huurder samenvatten en een antwoord voorstellen? We wachten nog op de "
            f"eindafrekening van de VvE.\n\n"
            f"> Beste meneer/mevrouw,\n> Op 1 augustus heb ik de sleutels van {ad.street} in {ad.town} ingeleverd. "
            f"Mijn borg van € {d.pick(['1.450', '1.200', '2.100'])} is nog steeds niet terug. Wilt u die overmaken naar "
            f"{IBAN(d.take(IBANS['NL'], 'IBAN'))} t.n.v. {t.initial()}?\n> Bel gerust: {d.phone('nl')}\n> Groet, {t.F}")


@T("personal_letting", "umowa_najmu", "pl")
def _(d):
    pesels = {"Agnieszka Wróbel": "87031415627", "Łukasz Zieliński": "92112508734", "Zofia Szymańska-Lis": "75050833940"}
    w = _mapped(d, pesels)
    n, z = d.person("pl"), d.person("pl")
    a1, a2 = d.addr("pl"), d.addr("pl")
    return (f"Sprawdź proszę czy w tej umowie najmu okazjonalnego niczego nie brakuje (wklejam początek):\n\n"
            f"Wynajmujący: {w.F}, PESEL {NID(pesels[w.full])}, zam. {a1.line}\n"
            f"Najemca: {n.F}, tel. {d.phone('pl')}, e-mail {n.E}\n"
            f"Lokal zastępczy: {a2.line}, właściciel {z.F} (oświadczenie z podpisem notarialnie poświadczonym)\n"
            f"Kaucja: 2 x czynsz, płatna do 5 dnia miesiąca.\n\n"
            f"Czy oświadczenie o poddaniu się egzekucji musi być w formie aktu notarialnego?")


@T("personal_letting", "can_ho_thue", "vi")
def _(d):
    p = d.person("vn")
    ad = d.addr("vn")
    return (f"Em soạn giúp chị tin nhắn nhắc tiền nhà tháng này cho khách thuê với, lịch sự thôi nha. "
            f"Khách là {p.F} (chị hay gọi là {p.G}), thuê căn ở {ad.line}, sđt {d.phone('vn')}. "
            f"Tiền nhà {d.pick(['6,5', '8', '12'])} triệu + điện nước, hạn mùng 5 mà giờ chưa thấy chuyển. "
            f"Nhắc thêm là hợp đồng hết hạn cuối tháng 12, nếu ở tiếp thì báo chị trước 30 ngày.")


@T("personal_letting", "paupahan", "tl", case="lower")
def _(d):
    t = d.person("ph")
    ad = d.addr("ph")
    return (f"pa help naman po gumawa ng message para kay {t.G}, yung tenant namin sa {ad.line}. "
            f"2 months na po siyang di nagbabayad ng upa (8,500/month). number niya {d.phone('ph')}, "
            f"full name {t.F} para sa demand letter if ever. ayoko naman maging bastos hehe pero need na talaga")


@T("clean_letting", "renters_rights_q", "en")
def _(d):
    city = d.v("Leeds", "Norwich", "Cardiff")
    q = d.v("Is it true Section 21 goes completely and Section 8 grounds get longer notice?",
            "What happens to fixed-term ASTs, do they all become periodic overnight?",
            "Does the new PRS Database replace the Deposit Protection Service checks?")
    return (f"What actually changes for a small landlord under the Renters' Rights Act? I've got two flats in {city}. "
            f"{q} My letting agent (Hamptons) says one thing, Shelter and Generation Rent say another, and "
            f"Michael Gove was promising this back in 2019. Please explain in plain English with a table.")


@T("clean_letting", "ast_placeholders", "en")
def _(d):
    scheme = d.v("the Deposit Protection Service (DPS)", "mydeposits", "the Tenancy Deposit Scheme (TDS)")
    clause = d.v("Pets: the Tenant may keep [PET DESCRIPTION] with the Landlord's written consent.",
                 "Break clause: either party may end the tenancy after month {{break_month}} with two months' notice.",
                 "Guarantor: [GUARANTOR NAME] of [GUARANTOR ADDRESS] guarantees the Tenant's obligations.")
    return ("Tidy up the wording of this AST template but KEEP every placeholder exactly as it is:\n\n"
            "THIS AGREEMENT is made on {{start_date}} between [LANDLORD NAME] (\"the Landlord\") and "
            "{{tenant_full_name}} (\"the Tenant\") for the property at [PROPERTY ADDRESS].\n"
            "1. Rent: £{{rent_pcm}} per calendar month payable on the {{rent_day}} of each month.\n"
            f"2. Deposit: £{{{{deposit}}}} which will be protected with {scheme} within 30 days.\n"
            f"3. {clause}\n"
            "Signed: ____________ (Landlord)   ____________ (Tenant, e.g. John Smith)")


@T("clean_letting", "listing_copy_rental", "en")
def _(d):
    what = d.v("2-bed Victorian conversion, 5 min walk to Clapham Common (Northern line), near Nando's, Gail's and the Lidl",
               "1-bed Georgian flat in Bath, views over the Royal Crescent, 10 min to Thermae Bath Spa and the Jane Austen Centre",
               "2-bed new build at MediaCityUK, Salford Quays, next to the BBC and ITV studios, Metrolink on the doorstep")
    portal = d.v("Rightmove", "Zoopla", "OnTheMarket")
    return (f"Write a {portal} listing for a rental: {what}. Unfurnished, gas central heating (Worcester Bosch combi), "
            f"EPC C, council tax band C. Tone: warm but not cheesy, no 'deceptively spacious'. "
            f"Add a headline under 60 characters and five bullet points.")


@T("clean_letting", "hmo_question_lower", "en", case="lower")
def _(d):
    city = d.v("nottingham", "leicester", "newcastle")
    n = d.v("5 sharers", "6 students", "4 young professionals")
    return (f"do i need an hmo licence for {n} in a 3 storey terrace in {city}? the council says something about "
            f"article 4 and additional licensing but the website is useless. also is a fire door from screwfix ok "
            f"or does it have to be fd30 certified. using openrent not an agent")


@T("clean_letting", "mietpreisbremse", "de")
def _(d):
    city = d.v("Leipzig", "München", "Freiburg im Breisgau")
    return (f"Gilt die Mietpreisbremse in {city} eigentlich noch und wie hoch darf die Miete nach dem Mietspiegel sein? "
            f"In meinem Mustervertrag von Haus & Grund steht als Beispiel 'Vermieter: Max Mustermann, Musterstraße 1, "
            f"12345 Musterstadt' und 'Mieterin: Erika Mustermann' – muss ich irgendwas davon selbst ausfüllen außer den "
            f"Namen? Und was hat es mit dem Urteil des BGH zur Schönheitsreparatur-Klausel auf sich?")


@T("clean_letting", "rent_agreement_hinglish", "hi-Latn", case="lower")
def _(d):
    city = d.v("pune", "bangalore", "gurgaon")
    return (f"bhai 11 months ka rent agreement hi kyun banate hai sab? nobroker aur magicbricks pe bhi yahi option tha. "
            f"{city} me stamp duty kitni lagti hai leave and license pe, aur police verification zaroori hai kya? "
            f"landlord bol raha hai aadhaar ki copy do, normal hai ya nahi")


# ================================================================ SALES

@T("personal_sales", "viewing_feedback", "en")
def _(d):
    v = d.person()
    ad = d.addr("uk")
    b1, b2, b3 = d.people(3)
    return (f"Turn my viewing notes into a friendly weekly update email to the vendor, {v.F} ({v.E}). "
            f"Property: {ad.line}.\n\n"
            f"Sat viewings\n"
            f"10:00 {b1.F} - FTB, AIP with Nationwide, loved the garden, worried about the damp patch in bed 3\n"
            f"10:45 {b2.F} + partner - 2nd viewing!! asked about the boundary with no. {d.num(2, 40)}, likely offer\n"
            f"11:30 {PER(b3.call + ' ' + b3.family[0] + '.')} - no show, left vm on {d.phone('uk')}\n"
            f"overall: price feedback 'a bit punchy' x2")


@T("personal_sales", "memo_of_sale", "en")
def _(d):
    v1, v2, b = d.person(), d.person(), d.person()
    ad, bad = d.addr("uk"), d.addr("uk")
    price = d.pick(["£285,000", "£342,500", "£219,950"])
    return (f"Draft a memorandum of sale from these details, the usual layout:\n\n"
            f"Property: {ad.line}\nAgreed price: {price}\nVendors: {v1.F} & {v2.F}\n"
            f"Vendor solicitor: Lawson Barker LLP (ref RB/7731)\n"
            f"Purchaser: {b.F}, {bad.line}, mob {d.phone('uk')}, {b.E}\n"
            f"Purchaser solicitor: Clarke Willmott\nFunding: mortgage via L&C, 10% deposit, no chain\n"
            f"Fixtures: Smeg range cooker included, curtains by negotiation")


@T("personal_sales", "crm_json", "en")
def _(d):
    p, neg = d.person(), d.person()
    ad = d.addr("uk", "ie")
    ph = d.phone("uk" if ad.region == "uk" else "ie")
    return ("Write a follow-up SMS (under 300 chars) and a longer email for this applicant from our Reapit export:\n\n"
            "```json\n"
            "{\n"
            f'  "applicantId": "RPT-{d.num(10000, 99999)}",\n'
            f'  "name": "{p.F}",\n'
            f'  "email": "{p.E}",\n'
            f'  "mobile": "{ph}",\n'
            f'  "currentAddress": "{ad.line}",\n'
            '  "position": "sold STC",\n'
            '  "budgetMax": 375000,\n'
            '  "criteria": {"beds": 3, "garage": true, "areas": ["Headingley", "Chapel Allerton"]},\n'
            f'  "negotiator": "{neg.F}"\n'
            "}\n```")


@T("personal_sales", "chain_notes", "en", case="lower")
def _(d):
    a, b, c, e = d.people(4)
    ad = d.addr("uk")
    return (f"can you turn this into a simple chain diagram (text is fine) and tell me where the risk is\n\n"
            f"our vendor {a.F} ({ad.line}) is buying a new build from Persimmon, completion date from them is fixed.\n"
            f"our buyer {b.F} is selling to {c.F}, {c.G} is a ftb but mortgage offer expires 30th.\n"
            f"{b.S} is also waiting on probate on a parent's house, executor is {e.F} - slow to reply\n"
            f"everyone's solicitors are slow except {c.G}'s")


@T("personal_sales", "open_house_signin", "en")
def _(d):
    ps = d.people(3)
    ad = d.addr("us")
    lines = []
    for p in ps:
        ag = d.pick(["no", "yes - Compass", "no", "yes - Keller Williams"])
        lines.append(f"| {p.F} | {d.phone('us')} | {p.E} | {ag} |")
    return (f"Open house sign-in sheet from Sunday at {ad.line}. Draft a thank-you email for the ones without an agent "
            f"and a separate one for the agents. Mention the HOA fee ($215/mo) and that offers are due Tuesday 5pm.\n\n"
            f"| Name | Phone | Email | Working with an agent? |\n|---|---|---|---|\n" + "\n".join(lines))


@T("personal_sales", "oferta_piso", "es")
def _(d):
    c1, c2, ag = d.person("es"), d.person("es"), d.person("es")
    ad = d.addr("es")
    return (f"Redáctame un mensaje de WhatsApp para {c1.G} y {c2.G} ({c1.F} y {c2.F}) diciéndoles que el propietario "
            f"ha aceptado su oferta de {d.pick(['215.000', '189.500', '248.000'])} € por el piso de {ad.line}. "
            f"Que la señal son 6.000 € y que pasen por la oficina el jueves para firmar el contrato de arras. "
            f"Si tienen dudas que me llamen al {d.phone('es')}. Firma: {ag.G}, de Inmobiliaria Sol y Mar.")


@T("personal_sales", "proposta_acquisto", "it")
def _(d):
    # codice fiscale typed by hand to match each buyer (surname, name, date, comune, check letter)
    cfs = {"Lorenzo Bianchi": ("14/03/1986", "BNCLNZ86C14H501E"),
           "Matteo De Santis": ("27/07/1993", "DSNMTT93L27F839D"),
           "Gianluca Pellegrino": ("02/11/1979", "PLLGLC79S02F205S")}
    b = d._least([p for p in PEOPLE if p.full in cfs], key=lambda p: "P:" + p.full)
    s = d.person("it")
    a1, a2 = d.addr("it"), d.addr("it")
    born, cf = cfs[b.full]
    return (f"Mi controlli questa proposta d'acquisto? Voglio essere sicuro che i dati siano completi prima di "
            f"mandarla al venditore.\n\n"
            f"Il sottoscritto {b.F}, nato il {DOB(born)}, C.F. {NID(cf)}, residente in {a1.line}, "
            f"tel. {d.phone('it')}, propone di acquistare da {s.F} l'immobile sito in {a2.line} "
            f"al prezzo di € {d.pick(['238.000', '310.000', '176.500'])}, con caparra confirmatoria di € 20.000 "
            f"e rogito entro il 31/03 presso il notaio scelto dalla parte acquirente.")


@T("personal_sales", "visning_lista", "sv")
def _(d):
    ps = d.people(3, "se")
    ad = d.addr("se")
    lines = "\n".join(f"{p.F}\t{d.phone('se')}\t{d.pick(['vill ha budlista', 'lånelöfte klart', 'kollar för dotter'])}" for p in ps)
    return (f"Hej! Kan du skriva ett kort sms till alla som var på visningen av {ad.line} i söndags? "
            f"Budgivningen startar på Hemnet-priset, 3 450 000 kr, och går via Bidding i appen. "
            f"Här är visningslistan:\n\n{lines}\n\nSignera med mitt namn, {d.person('se').G}.")


@T("personal_sales", "tapu_randevu", "tr")
def _(d):
    b, ag, s = d.person("tr"), d.person("tr", sex="m"), d.person("tr", sex="f")
    ad = d.addr("tr")
    return (f"Şu mesajı tapu randevusu için düzenli bir listeye çevirir misin, eksik bilgi varsa söyle.\n\n"
            f"> Merhaba {ag.G} Bey, tapu için bilgilerim: {b.F}, TC {NID(d.take(TC_TR, 'ID'))}, "
            f"doğum tarihi {d.dob('dot')}, adresim {ad.line}. Telefonum {d.phone('tr')}. "
            f"Satıcı {s.G} Hanım'ın bilgilerini de siz iletirseniz sevinirim, kredi onayı Ziraat'ten geldi.")


@T("personal_sales", "corretor_whatsapp", "pt-BR", case="lower")
def _(d):
    c = d.person("br")
    ad = d.addr("br")
    return (f"me ajuda a responder esse cliente? quero confirmar a visita e pedir os docs pra ficha\n\n"
            f"\"boa tarde! aqui é {c.F}, vi o anúncio no zap imóveis do apê na {ad.street}, "
            f"{ad.town}. posso visitar amanhã 18h? meu cpf é {NID(d.take(CPF_BR, 'ID'))} se precisar pro cadastro, "
            f"meu zap é {d.phone('br')}. obg\"")


@T("clean_sales", "famous_homes_blog", "en")
def _(d):
    homes = d.v("Graceland (Elvis Presley), Fallingwater (Frank Lloyd Wright) and Highclere Castle (Downton Abbey)",
                "Monticello (Thomas Jefferson), the Playboy Mansion and Neverland Ranch (Michael Jackson)",
                "Chartwell (Winston Churchill), Hill House (Charles Rennie Mackintosh) and Villa Savoye (Le Corbusier)")
    return (f"Write a 600-word blog post for our agency website about famous houses buyers still ask about: {homes}. "
            f"Tie it back to why kerb appeal matters when you sell a normal semi in Stockport. "
            f"Light tone, UK spelling, end with a call to book a free valuation.")


@T("clean_sales", "tv_shows_lower", "en", case="lower")
def _(d):
    q = d.v("is selling sunset scripted? my whole office argues about christine quinn and jason oppenheim",
            "is million dollar listing la still on, and is josh flagg actually an agent or just tv",
            "did kirstie allsopp and phil spencer ever actually sell houses or is location location location just a show")
    return (f"{q}. also which property show is the most realistic about what agents do all day, "
            f"homes under the hammer with martin roberts or the property brothers? be honest lol")


@T("clean_sales", "portal_comparison", "en")
def _(d):
    extra = d.v("Also, what happened with Purplebricks and Strike?",
                "Is it worth paying extra for a Rightmove Premium Listing?",
                "How does Foxtons' commission compare with Savills or Knight Frank?")
    return (f"A vendor asked me to compare Rightmove, Zoopla and OnTheMarket for a £450k sale in Guildford. "
            f"Give me a short table: audience size, cost to agent, features (Rightmove Plus, Zoopla's Sold Prices). {extra} "
            f"Keep it factual, I'll paste it into the pitch pack.")


@T("clean_sales", "style_cheatsheet", "en")
def _(d):
    styles = d.v("Georgian, Regency, Victorian, Edwardian, Tudor Revival and Art Deco (think Eltham Palace)",
                 "Craftsman, Cape Cod, Queen Anne, Colonial Revival, Eichler homes and Levittown ranches",
                 "Brutalist (Barbican, Trellick Tower by Ernő Goldfinger), Span houses by Eric Lyons and Isokon flats")
    return (f"Make a one-page cheat sheet for junior negotiators on period styles: {styles}. "
            f"For each: how to spot it from the street, typical issues a surveyor flags, and one line for the brochure. "
            f"Format as a table please.")


@T("clean_sales", "offer_merge_template", "en")
def _(d):
    tone = d.v("formal", "warm", "short")
    return ("Create a reusable offer-acceptance email for our CRM (Alto). Use merge fields, not real names:\n"
            "{{buyer_first_name}}, {{property_address}}, {{offer_amount}}, {{vendor_solicitor}}, {{negotiator_name}}.\n"
            f"Tone: {tone}. Add a sample render underneath addressed to 'Joe Bloggs' buying '1 Sample Street' "
            "for £1 so I can show the team what it looks like.")


@T("clean_sales", "idealista_anuncio", "es")
def _(d):
    zona = d.v("ático de 3 dormitorios en el Eixample, a 5 minutos de la Sagrada Família y de la Casa Milà de Gaudí",
               "piso exterior en Malasaña, cerca de la Gran Vía, del Retiro y del mercado de San Ildefonso",
               "casa con patio en Triana, vistas a la Giralda, al lado del puente de Isabel II")
    return (f"Escribe un anuncio para Idealista y Fotocasa: {zona}. Reformado, ascensor, aire acondicionado, "
            f"certificado energético D. Que suene natural, sin 'oportunidad única'. Máximo 900 caracteres y un título corto.")


@T("clean_sales", "hemnet_text", "sv")
def _(d):
    omr = d.v("en 3:a på Södermalm, nära Mariatorget och Fotografiska",
              "en 2:a i Linnéstaden i Göteborg, ett stenkast från Slottsskogen",
              "en 4:a i Västra hamnen i Malmö med utsikt mot Turning Torso")
    return (f"Skriv en Hemnet-text för {omr}. Kaklat badrum, balkong i söderläge, avgift 4 210 kr/mån, "
            f"BRF:en har inga lån. Gärna lite Ernst Kirchsteiger-känsla men inte för mycket, "
            f"vi är en liten mäklarfirma och inte Fantastic Frank.")


# ================================================================ CONVEYANCING

def _mapped(d, table):
    """Least-used person among those an ID number was typed for."""
    return d._least([p for p in PEOPLE if p.full in table], key=lambda p: "P:" + p.full)


@T("personal_conveyancing", "completion_statement", "en")
def _(d):
    s1, s2 = d.person(), d.person()
    ad = d.addr("uk")
    price = d.pick([("310,000.00", "187,420.55"), ("265,500.00", "98,113.20"), ("412,000.00", "240,876.10")])
    return (f"Check my completion statement adds up and reword the covering note to the sellers.\n\n"
            f"COMPLETION STATEMENT\nSellers: {s1.F} and {s2.F}\nProperty: {ad.line}\n"
            f"Sale price                 £{price[0]}\nLess: redemption (Halifax)  £{price[1]}\n"
            f"Less: estate agent (Purplebricks) £1,499.00\nLess: our fees incl VAT   £1,134.00\n"
            f"Balance to sellers: to {IBAN(d.take(IBANS['GB'], 'IBAN'))} (joint account, confirmed by phone "
            f"with {s1.G} on {d.phone('uk')})")


@T("personal_conveyancing", "aml_id_check", "en")
def _(d):
    c = d.person()
    a1, a2 = d.addr("uk"), d.addr("uk", "ie", "au")
    return (f"Write this up as a file note for our AML/ID check (conveyancing, purchase). Short, factual.\n\n"
            f"client {c.F}, dob {d.dob('dmy')}\n"
            f"current addr {a1.line} (3 yrs) - council tax bill + Monzo statement seen\n"
            f"previous addr {a2.line}\n"
            f"passport seen in person, matches, photo ok. Thirdfort check green\n"
            f"source of funds: gift £25k from {c.G}'s {d.pick(['father', 'aunt', 'grandmother'])} {d.person().F} - gifted deposit form requested\n"
            f"email for portal: {c.E}")


@T("personal_conveyancing", "enquiries_reply", "en")
def _(d):
    s, n1 = d.person(), d.person(sex="m")
    ad = d.addr("uk")
    return (f"The sellers' answers to our buyer's additional enquiries are below. Summarise what is still open and draft "
            f"a reply to the other side.\n\n"
            f"Property: {ad.line}\n"
            f"Q4. Any disputes with neighbours?\n"
            f"A: \"Only the hedge on the left boundary. Mr {n1.S} (no. {d.num(2, 30)}) says it's his, it isn't, see TP1 plan.\" - {s.F}\n"
            f"Q7. FENSA / building regs for the 2019 windows?\n"
            f"A: \"Fitted by Anglian, certificate to follow\"\n"
            f"Q9. Japanese knotweed?\nA: \"No.\"")


@T("personal_conveyancing", "notartermin", "de")
def _(d):
    v, k = d.person("de", sex="f"), d.person("de")
    av, ak = d.addr("de", "at"), d.addr("de")
    geb = d.pick(["Schulz", "Brückner", "Kaya"])
    return (f"Bitte prüfe den Kopf vom Kaufvertragsentwurf, den uns der Notar geschickt hat. Stimmen die Angaben zu den "
            f"Beteiligten so, oder fehlt was für die Auflassungsvormerkung?\n\n"
            f"1. {v.F}, geb. {PER(geb)}, geboren am {d.dob('dot')}, wohnhaft {av.line},\n- nachstehend \"Verkäufer\" -\n"
            f"2. {k.F}, geboren am {d.dob('dot')}, wohnhaft {ak.line},\n- nachstehend \"Käufer\" -\n"
            f"Die Beteiligten wiesen sich aus durch Vorlage ihrer Personalausweise.")


@T("personal_conveyancing", "compromis_vente", "fr")
def _(d):
    a, b = d.person("fr", sex="f"), d.person("fr")
    ad1, ad2 = d.addr("fr", "be"), d.addr("fr")
    nee = d.pick(["Garnier", "Morel", "Haddad"])
    return (f"Le notaire m'a envoyé le projet de compromis, tu peux me dire en langage simple ce que je signe ? "
            f"Voici le début :\n\n"
            f"ENTRE : {a.NP}, née {PER(nee.upper())}, née le {d.pick(['3 février 1987', '19 août 1974', '28 novembre 1991'])}, "
            f"demeurant {ad1.line},\nci-après « le VENDEUR »,\n"
            f"ET : {b.NP}, demeurant {ad2.line}, tél. {d.phone('fr')},\nci-après « l'ACQUÉREUR ».\n"
            f"Condition suspensive d'obtention de prêt : 45 jours. Surface loi Carrez : 58,40 m².")


@T("personal_conveyancing", "escritura", "pt")
def _(d):
    v, c = d.person("pt"), d.person("pt")
    a1, a2 = d.addr("pt"), d.addr("pt")
    return (f"Podes resumir isto numa lista de documentos em falta para a escritura? Vai ser no Casa Pronta.\n\n"
            f"Vendedor: {v.F}, NIF {NID(d.take(NIF_PT, 'ID'))}, casado no regime de comunhão de adquiridos, "
            f"residente na {a1.line}\n"
            f"Comprador: {c.F}, NIF {NID(d.take(NIF_PT, 'ID'))}, solteiro, residente na {a2.line}, "
            f"telemóvel {d.phone('pt')}\n"
            f"Falta: certidão permanente, caderneta predial, licença de utilização, certificado energético.")


@T("personal_conveyancing", "kupni_smlouva", "cs")
def _(d):
    rcs = {"Tereza Dvořáková": "885612/7346", "Lucie Veselá": "015822/3615", "Markéta Holubová": "946107/2533"}
    p = _mapped(d, rcs)
    k = d.person("cz")
    a1, a2 = d.addr("cz"), d.addr("cz")
    return (f"Můžeš mi zkontrolovat úvod kupní smlouvy na byt? Realitka to psala narychlo.\n\n"
            f"Prodávající: {p.F}, r. č. {NID(rcs[p.full])}, bytem {a1.line}\n"
            f"Kupující: {k.F}, nar. {d.dob('dot')}, bytem {a2.line}, tel. {d.phone('cz')}\n"
            f"Předmět převodu: jednotka č. 1290/7 vč. podílu na společných částech, vklad do katastru podá kupující.")


@T("personal_conveyancing", "contract_notar", "ro")
def _(d):
    cnps = {"Ioana Dumitrescu": "2860712401131", "Andrei Munteanu": "1901122045279", "Cosmin Vlad": "1780926321643"}
    p = _mapped(d, cnps)
    c = d.person("ro")
    a1, a2 = d.addr("ro"), d.addr("ro")
    return (f"Salut, poți să-mi verifici datele din antecontract înainte să le trimit la notar?\n\n"
            f"Promitent-vânzător: {p.F}, CNP {NID(cnps[p.full])}, cu domiciliul în {a1.line}\n"
            f"Promitent-cumpărător: {c.F}, cu domiciliul în {a2.line}, tel. {d.phone('ro')}\n"
            f"Preț: 92.000 EUR, avans 10%, restul prin credit Prima Casă / Noua Casă la BCR.")


# ================================================================ MORTGAGE

@T("personal_mortgage", "fact_find", "en")
def _(d):
    a, b = d.person(), d.person()
    a1, a2 = d.addr("uk"), d.addr("uk")
    return (f"Summarise this fact find into a short case note for the lender's BDM. Flag anything that'll need explaining.\n\n"
            f"App 1: {a.F}, DOB {d.dob('dmy')}, NHS band 6, £41,200 + overtime\n"
            f"App 2: {b.F}, DOB {d.dob('dmy')}, self-employed (Ltd co, 2 yrs accounts)\n"
            f"Address: {a1.line} since 2020, before that {a2.line}\n"
            f"Deposit £38k (Lifetime ISA + savings), looking at £320k, 25 yrs\n"
            f"Credit: 1 missed Vodafone payment 2022 ({b.G})\n"
            f"Contact: {a.E} / {d.phone('uk')}")


@T("personal_mortgage", "us_loan_app", "en")
def _(d):
    b = d.person()
    ad = d.addr("us")
    return (f"Can you turn these notes into a clean borrower summary for the underwriter? Conventional 30yr fixed.\n\n"
            f"Borrower: {b.F}\nSSN: {SSN(d.take(SSNS, 'ID'))}\nDOB: {d.dob('mdy')}\n"
            f"Current address: {ad.line} (renting, 4 yrs, $1,650/mo)\n"
            f"Phone: {d.phone('us')}\nEmployer: Intermountain Health, RN, W-2 $88,400\n"
            f"Credit score 742, DTI 31%, 5% down, PMI quoted")


@T("personal_mortgage", "client_text_lower", "en", case="lower")
def _(d):
    c, p = d.person(), d.person()
    return (f"client just texted this, help me reply without promising anything:\n\n"
            f"\"hiya its {c.F} again, me and {p.G} have found one!! £265k, 2 bed in {d.addr('uk').town} "
            f"near my mum's. can we still borrow what u said in march? {p.G} got a pay rise btw. "
            f"call me on {d.phone('uk')} after 5 xx\"")


@T("personal_mortgage", "remortgage_call", "en")
def _(d):
    c, br = d.person(), d.person()
    ad = d.addr("uk")
    cu, bu = PER(c.call.upper()), PER(br.call.upper())   # speaker labels in capitals
    return (f"Tidy this call transcript into notes for the file (product transfer vs remortgage).\n\n"
            f"{bu}: Just to confirm, can I take the address of the property?\n"
            f"{cu}: Yeah, it's {ad.line}.\n"
            f"{bu}: And your fix with Santander ends in June?\n"
            f"{cu}: End of June, yeah. They've offered 4.29% two year.\n"
            f"{bu}: OK. And best number if I need you in the day?\n"
            f"{cu}: Mobile, {d.phone('uk')}.")


@T("personal_mortgage", "hipoteca_email", "es")
def _(d):
    c = d.person("es")
    ad = d.addr("es")
    return (f"Hola, ¿me ayudas a contestar a este cliente? Soy bróker hipotecario y le falta documentación.\n\n"
            f"> Buenas, soy {c.F}, DNI/NIE {NID(d.take(DNI_NIE, 'ID'))}. Os mando las nóminas pero la vida laboral "
            f"no me deja descargarla con Cl@ve. Vivo en {ad.line}. Mi móvil es {d.phone('es')}. "
            f"¿Con el Euríbor así me conviene fija o mixta? Gracias")


@T("personal_mortgage", "hypotheek_intake", "nl")
def _(d):
    a, b = d.person("nl"), d.person("nl")
    ad = d.addr("nl")
    return (f"Kun je dit intakeformulier omzetten in een nette samenvatting voor de geldverstrekker? Graag in het Nederlands.\n\n"
            f"Aanvrager 1: {a.F}, geb. {d.dob('dmy')}, BSN {NID(d.take(BSN_NL, 'ID'))}\n"
            f"Aanvrager 2: {b.F}, geb. {d.dob('dmy')}\n"
            f"Adres: {ad.line}\nTel: {d.phone('nl')}  |  e-mail: {a.E}\n"
            f"Koopsom € 415.000, NHG niet mogelijk, eigen geld € 30.000, studieschuld DUO aanvrager 2")


@T("personal_mortgage", "kpr_pengajuan", "id")
def _(d):
    niks = {"Sri Wahyuni": "3404125202950003", "Maria Magdalena Situmorang": "3276034508880012",
            "Kadek Ariawan": "5104011711900004"}
    p = _mapped(d, niks)
    ad = d.addr("id")
    return (f"Tolong rapikan data pengajuan KPR ini jadi format surat ya, mau saya kirim ke marketing bank.\n\n"
            f"Nama: {p.F}\nNIK: {NID(niks[p.full])}\nAlamat KTP: {ad.line}\nNo. HP/WA: {d.phone('id')}\n"
            f"Pekerjaan: {d.pick(['PNS', 'karyawan swasta', 'wiraswasta'])}\nRumah yang diajukan: tipe 36/72, "
            f"harga 485 jt, DP 10%, tenor 15 tahun")


@T("personal_mortgage", "home_loan_hinglish", "hi-Latn", case="lower")
def _(d):
    pans = {"Rohit Malhotra": "AGRPM4417K", "Sneha Kulkarni": "BKLPK8825D", "Rakesh Yadav": "ADQPY3061H"}
    p = _mapped(d, pans)
    ad = d.addr("in")
    return (f"mere client ka home loan file bana raha hu, ye details ek proper format me likh do please\n\n"
            f"naam {p.F}, pan {NID(pans[p.full])}, address {ad.line}, mobile {d.phone('in')}, "
            f"salary 1.4 lakh/month, sbi se 45 lakh chahiye 20 saal ke liye. cibil 768 hai bol raha tha")


# ================================================================ BUILDING MANAGEMENT

@T("personal_building", "agm_minutes", "en")
def _(d):
    a, b, c, e = d.people(4)
    return (f"Turn these rough notes into proper AGM minutes for the RTM company. Numbered items, actions in bold.\n\n"
            f"present: {a.F} (chair), {b.F}, {c.F}, {e.F}; FirstPort sent apologies\n"
            f"- {a.S}: reserve fund £18.4k, roof survey says 5-7 yrs left\n"
            f"- {b.S} to get 3 quotes for the lift (Otis, Stannah, one local)\n"
            f"- {e.G} complained about the bins AGAIN, agreed a rota\n"
            f"- AOB: {c.G} asked about EV chargers, {a.S} to ask Pod Point\n"
            f"next meeting: March")


@T("personal_building", "arrears_caps_export", "en")
def _(d):
    ps = d.people(3)
    rows = "\n".join(f"FLAT {u}  {p.FU}  {EML(p.email_v.upper())}  £{d.num(180, 1900)}.{d.num(10, 99)}"
                     for u, p in zip(d.sample(range(1, 25), 3), ps))
    return (f"Write a polite service charge reminder for each of these leaseholders. Pasted from our old block "
            f"management system so it's in capitals, sorry - please use normal case in the letters.\n\n"
            f"UNIT  LEASEHOLDER  EMAIL  O/S BALANCE\n{rows}")


@T("personal_building", "concierge_log", "en", case="lower")
def _(d):
    p, q, r = d.people(3)
    return (f"Reformat the concierge log into a handover table (time, what, who, status):\n\n"
            f"18:02 parcel (Amazon) for {p.F} - locker 4\n"
            f"18:40 visitor for {q.F} says she's the sister, {q.G} not answering {d.phone('uk')}, not let in\n"
            f"19:15 Ocado for {r.S}, resident collected\n"
            f"21:30 noise complaint re {p.G}'s flat, spoke to {p.G}, music off 21:45")


@T("personal_building", "conseil_syndical", "fr")
def _(d):
    pres, m1 = d.person("fr", sex="f"), d.person("fr", sex="m")
    ad = d.addr("fr")
    return (f"Aide-moi à rédiger un mail du conseil syndical à tous les copropriétaires de la résidence, "
            f"{ad.line}. Points :\n"
            f"- ravalement voté en AG, appel de fonds le 1er avril\n"
            f"- M. {m1.S} (lot 14) demande l'autorisation de poser une climatisation en façade\n"
            f"- le syndic (Foncia) ne répond plus, on envisage de changer\n"
            f"Signature : {pres.F}, présidente du conseil syndical, {d.phone('fr')}, {pres.E}")


@T("personal_building", "acta_junta", "es")
def _(d):
    p, s, m = d.person("es"), d.person("es"), d.person("es")
    ad = d.addr("es")
    return (f"Pásame esto a limpio para el acta de la junta ordinaria de la comunidad de {ad.line}:\n\n"
            f"asisten: {p.F} (presidente), {s.F} (secretaria-administradora), 9 vecinos\n"
            f"1. cuentas 2024 aprobadas\n2. derrama ascensor Orona: 420 € por piso, 3 plazos\n"
            f"3. morosos: {m.F} debe 640 €, se le requerirá por burofax\n"
            f"4. ruegos: la del 1ºB pide cambiar el portero automático (Fermax)")


@T("personal_building", "brf_lackage", "sv")
def _(d):
    p, g = d.person("se"), d.person("se")
    ad = d.addr("se")
    return (f"Sammanfatta mejlet till styrelsen och föreslå ett svar från förvaltaren (Riksbyggen):\n\n"
            f"> Hej styrelsen! Det droppar från taket i badrummet hos oss på {ad.street}, {ad.town}. "
            f"Grannen ovanför, {g.F}, svarar inte och lappen på dörren sitter kvar. Vi har hemförsäkring via Folksam. "
            f"Ring mig på {d.phone('se')}. Mvh {p.F}")


@T("personal_building", "koinoxrista", "el")
def _(d):
    p, adm = d.person("gr"), d.person("gr")
    ad = d.addr("gr")
    return (f"Μπορείς να μου γράψεις ένα ευγενικό αλλά σταθερό μήνυμα για τα κοινόχρηστα; Κάνω τη διαχείριση "
            f"στην πολυκατοικία της οδού {ad.line}.\n\n"
            f"Ένοικος 3ου ορόφου: {p.F}, τηλ. {d.phone('gr')}\n"
            f"Ιδιοκτήτης διαμερίσματος: {d.person('gr').F} (ενημερώθηκε)\n"
            f"Οφειλή: 4 μήνες, 186 € (πετρέλαιο θέρμανσης + ασανσέρ)\n"
            f"Υπογραφή: {adm.F} (διαχείριση πολυκατοικίας)")


@T("personal_building", "sesizare_asociatie", "ro")
def _(d):
    p, v = d.person("ro"), d.person("ro", sex="m")
    ad = d.addr("ro")
    return (f"Ajută-mă să scriu o sesizare către asociația de proprietari, ton civilizat. Vecinul de deasupra, "
            f"dl {v.S}, ne inundă baia a treia oară anul ăsta și administratorul nu face nimic.\n"
            f"Datele mele: {p.F}, {ad.line}, tel. {d.phone('ro')}, {p.E}")


@T("clean_building", "rtm_explainer", "en")
def _(d):
    q = d.v("Right to Manage vs collective enfranchisement under the Leasehold and Freehold Reform Act 2024",
            "what a Principal Accountable Person is under the Building Safety Act",
            "how the Grenfell Inquiry and Dame Judith Hackitt's review changed cladding remediation")
    return (f"For a residents' newsletter, explain {q}. Keep it to 300 words, plain English, "
            f"and mention where leaseholders can get free advice (LEASE, Citizens Advice). No legal jargon please.")


@T("clean_building", "lift_notice_caps", "en", case="upper")
def _(d):
    n = d.v("lift out of service monday to wednesday, otis engineer attending, use stair b",
            "fire alarm test every thursday 10am, gent panel upgrade by honeywell next week",
            "water off tuesday 9-1, thames water mains repair on the high street")
    return (f"can you make this notice clearer for the lobby board, same caps style: {n}. "
            f"residents needing assistance call the managing agent on the number on the board. thank you, the management")


@T("clean_building", "hoa_question", "en")
def _(d):
    q = d.v("Can my HOA in California stop me flying a flag? Someone said the Davis-Stirling Act covers it.",
            "Our Texas HOA wants to fine me for a Ring doorbell and a Tesla Powerwall. Does the Texas Property Code allow that?",
            "Florida condo board says we need a milestone inspection after Surfside. What does that cost for a 1980s building?")
    return (f"{q} Also the CC&Rs say 'no signage' - does a Blue Origin launch watch-party banner count lol. "
            f"Please cite the actual statute names so I can look them up.")


@T("clean_building", "syndic_loi_1965", "fr")
def _(d):
    q = d.v("un syndic bénévole c'est légal dans un immeuble haussmannien de 12 lots ?",
            "Foncia, Nexity ou Matera, lequel est le moins cher pour 30 lots ?",
            "la Cité radieuse de Le Corbusier à Marseille, elle a un syndic comme les autres ?")
    return (f"Question copro : {q} Et qu'est-ce que la loi du 10 juillet 1965 impose pour l'assemblée générale "
            f"(majorité de l'article 24 vs article 25) ? Réponds simplement, je ne suis pas juriste.")


@T("clean_building", "propiedad_horizontal", "es")
def _(d):
    q = d.v("¿la Ley de Propiedad Horizontal obliga a instalar ascensor si lo pide un vecino mayor de 70?",
            "¿se puede prohibir los pisos turísticos en la comunidad con tres quintos?",
            "¿el presidente de la comunidad puede negarse a serlo? Es que me ha tocado por sorteo")
    return (f"Duda: {q} Todo el mundo en el portal cita 'Aquí no hay quien viva' y a Juan Cuesta o a Antonio Recio "
            f"de 'La que se avecina', pero quiero lo que dice la Ley 49/1960 de verdad.")


@T("clean_building", "condominio_superbonus", "it")
def _(d):
    q = d.v("il Superbonus 110% vale ancora per il condominio nel 2025?",
            "l'amministratore può decidere da solo i lavori urgenti (art. 1135 c.c.)?",
            "il bonus facciate si può usare per un palazzo liberty vicino al Bosco Verticale di Stefano Boeri?")
    return (f"Domanda per l'assemblea di condominio: {q} Spiegami anche cosa dice l'art. 1117 del codice civile "
            f"sulle parti comuni. L'amministratore cita sempre la riforma del 2012 e l'ANACI. Grazie!")


@T("clean_building", "svj_druzstvo", "cs")
def _(d):
    q = d.v("Jaký je rozdíl mezi SVJ a bytovým družstvem, když kupuju byt v paneláku?",
            "Kolik se běžně platí do fondu oprav v pražském paneláku ze 70. let?",
            "Musí mít SVJ správce, nebo to zvládne výbor sám?")
    return (f"{q} Všichni se odvolávají na občanský zákoník (zákon 89/2012 Sb.), ale já si pamatuju jen film Panelstory od Věry Chytilové. "
            f"Vysvětli to prosím stručně.")


# ================================================================ SHORT-TERM RENTAL HOSTS

@T("personal_host", "guest_msg_reply", "en")
def _(d):
    g = d.person()
    plat = d.v("Airbnb", "Vrbo", "Booking.com")
    return (f"Help me reply to this {plat} guest. Friendly, but no early check-in before 1pm because the cleaner "
            f"is there.\n\n"
            f"\"Hi! It's {g.F}, we're booked for Friday-Monday. Our flight lands at 8am, any chance we can drop bags "
            f"or check in early? Also is there parking for a Toyota RAV4? My number is {d.phone('uk', 'us', 'au', 'ie')} "
            f"if WhatsApp is easier. Thanks, {g.G}\"")


@T("personal_host", "changeover_rota", "en", case="lower")
def _(d):
    g1, g2, c1, c2 = d.people(4)
    return (f"Make a changeover rota for the cleaners from this (table, one row per day), and a short WhatsApp to each cleaner.\n\n"
            f"Fri - {g1.F} out 10:00, {g2.F} in 15:00 (4 guests + cot)\n"
            f"Sat - nothing\nSun - {g2.S} out 11:00 (late checkout paid), next guest Tue\n"
            f"cleaners: {c1.G} ({d.phone('uk')}) Fri, {c2.G} ({d.phone('uk')}) Sun\n"
            f"lockbox code changes after every guest")


@T("personal_host", "card_dispute", "en")
def _(d):
    g = d.person()
    card = d.take(CARDS, "CARD")
    return (f"A guest paid the damage deposit directly by card over the phone (I know, I know). Help me write to "
            f"Stripe support to explain the chargeback.\n\n"
            f"Guest: {g.F}\nCard used: {CARD(card)} exp 09/27\nAmount: £350 held, £120 captured for a broken "
            f"Smeg kettle and red wine on the sofa\nGuest email: {g.E}\n"
            f"I have photos and the check-out messages from {g.G}")


@T("personal_host", "checkin_app_json", "en")
def _(d):
    g = d.person()
    ad = d.addr("uk", "us", "au", "ie", "nz", "ca", "za", "sg", "in")
    ip = d.pick(["82.14.203.77", "2a02:c7c:3b10:4100:9d1e:62f:aa41:7c2", "101.183.44.19", "176.251.9.130",
                 "49.36.220.185"])
    return ("Our online check-in form (Guesty) flagged this as 'possible fraud'. Explain in plain English which fields "
            "look off and what to ask the guest.\n\n```json\n{\n"
            f'  "guest_name": "{g.F}",\n'
            f'  "date_of_birth": "{d.dob("iso")}",\n'
            f'  "home_address": "{ad.line}",\n'
            f'  "phone": "{d.phone(ad.region)}",\n'
            f'  "submitted_from_ip": "{IP(ip)}",\n'
            '  "ip_country": "RO",\n'
            '  "id_document": "uploaded",\n'
            '  "booking_channel": "direct"\n}\n```')


@T("personal_host", "alloggiati_web", "it")
def _(d):
    g1, g2 = d.person(), d.person()
    return (f"Devo registrare questi ospiti sul portale Alloggiati Web della Questura. Mi prepari i dati in ordine "
            f"(cognome, nome, sesso, data di nascita, luogo, cittadinanza, documento)?\n\n"
            f"1) {g1.F}, data di nascita {d.dob('dmy')}, passaporto UK\n"
            f"2) {g2.F}, data di nascita {d.dob('dmy')}, passaporto da controllare all'arrivo\n"
            f"Arrivo 14/06, partenza 18/06, appartamento al secondo piano. Il capogruppo ha lasciato il numero "
            f"{d.phone('uk', 'us', 'au')}.")


@T("personal_host", "airbnb_greeklish", "el-Latn", case="lower")
def _(d):
    c, g = d.person("grl"), d.person()
    ad = d.addr("grl")
    return (f"grapse mou ena minima gia {c.G} pou katharizei to spiti sti {ad.line}. "
            f"erxetai oikogeneia apo agglia, kratisi sto onoma {g.F}, 4 atoma, paralavi kleidiwn stis 3. "
            f"na afisei 2 extra petsetes kai na tsekarei to aircondition. to kinito einai {d.phone('grl')}")


@T("personal_host", "villa_bali", "id")
def _(d):
    g, st = d.person(), d.person("id")
    ad = d.addr("id")
    return (f"Tolong buatkan pesan WhatsApp dalam bahasa Inggris yang sopan untuk tamu villa saya. Tamu namanya "
            f"{g.F}, check-in besok jam 2 siang di {ad.line}. Sopir kami {st.G} ({d.phone('id')}) akan jemput di "
            f"bandara Ngurah Rai. Ingatkan juga soal Nyepi tanggal 29, bandara tutup.")


@T("clean_host", "welcome_book", "en")
def _(d):
    city = d.v("Edinburgh: the Royal Mile, Arthur's Seat, Dishoom, The Elephant House (where Rowling wrote Harry Potter, supposedly)",
               "Lisbon: Belém Tower, Pastéis de Belém, the 28 tram, Time Out Market, a day trip to Sintra",
               "New Orleans: Café du Monde, Bourbon Street, Preservation Hall, the Louis Armstrong statue in Armstrong Park")
    return (f"Write a welcome book page for my short-let. Local tips for {city}. "
            f"Start with 'Hi {{guest_first_name}}, welcome!' - keep that placeholder, Hostaway fills it in. "
            f"Add Wi-Fi ({{wifi_name}} / {{wifi_password}}) and check-out at 10am.")


@T("clean_host", "house_rules", "en")
def _(d):
    ex = d.v("No parties (Airbnb's global party ban), quiet hours 10pm-8am",
             "Don't ask Alexa to order anything, the Echo is linked to my Amazon account",
             "The Ring doorbell records the front door only, the Nest thermostat is locked at 21°C")
    return (f"Rewrite my house rules so they sound friendly, not passive-aggressive. Current list:\n"
            f"1. {ex}\n2. Shoes off on the Farrow & Ball hallway\n3. Dyson goes back in the cupboard\n"
            f"4. Bins: blue = recycling, collection Tuesday\n5. Max 4 guests - AirCover won't cover extras")


@T("clean_host", "pricing_tools", "en")
def _(d):
    tools = d.v("PriceLabs vs Beyond vs Wheelhouse", "Hostaway vs Guesty vs Lodgify", "Smoobu vs Hospitable vs OwnerRez")
    return (f"I host 3 flats on Airbnb and Booking.com. Compare {tools} for a small host: price, channel manager, "
            f"dynamic pricing, and whether they work with Superhost stats. Bullet points, honest downsides.")


@T("clean_host", "review_reply_template", "en")
def _(d):
    kind = d.v("a 5-star review", "a 3-star review complaining about noise from the Wetherspoons downstairs",
               "a review that mentions the hot tub wasn't ready")
    return ("Give me a reply template for " + kind + ". Use {guest_name} and {listing_name} as placeholders, "
            "e.g. 'Thanks {guest_name}!' - and show one example filled in for a made-up guest called Jane Doe.")


@T("clean_host", "str_rules_cities", "en")
def _(d):
    q = d.v("New York's Local Law 18 and Barcelona's plan to end tourist flats by 2028",
            "Amsterdam's 30-night cap and Paris's 120-night rule for a résidence principale",
            "Scotland's short-term let licensing and Wales's proposed visitor levy")
    return (f"Summarise {q} for a hosts' Facebook group. Who enforces it, fines, and what Airbnb does with the data. "
            f"Mention Ada Colau or Jaume Collboni only if relevant.")


@T("clean_host", "benvenuto_roma", "it")
def _(d):
    zona = d.v("a Trastevere, vicino a Piazza di Santa Maria e al Gianicolo",
               "a Monti, a due passi dal Colosseo e dalla Basilica di San Pietro in Vincoli",
               "al Pigneto, dove Pasolini girò 'Accattone'")
    return (f"Scrivimi un messaggio di benvenuto per gli ospiti del mio appartamento {zona}. Consigli: cacio e pepe "
            f"da Roma Sparita, pizza Margherita, gelato da Fatamorgana. Lascia {{nome_ospite}} come segnaposto.")


@T("clean_host", "homestay_dalat", "vi")
def _(d):
    q = d.v("gần hồ Xuân Hương và chợ Đà Lạt", "cách Thiền viện Trúc Lâm 10 phút", "đi bộ ra quảng trường Lâm Viên")
    return (f"Viết giúp mình mô tả homestay ở Đà Lạt để đăng lên Booking.com, Agoda và Traveloka: 4 phòng, {q}, "
            f"có bánh căn và cà phê sáng. Giọng văn thân thiện, khoảng 150 chữ, thêm bản tiếng Anh.")


@T("clean_host", "alojamento_local", "pt")
def _(d):
    q = d.v("o pacote Mais Habitação ainda suspende novos registos de Alojamento Local em Lisboa?",
            "preciso de livro de reclamações físico ou basta o eletrónico?",
            "a taxa turística do Porto aplica-se a crianças?")
    return (f"Tenho um AL perto do Miradouro de Santa Luzia e da estátua do Fernando Pessoa no café A Brasileira. "
            f"Dúvida: {q} Responde com base na lei, não em opiniões do Facebook.")


@T("clean_host", "airbnb_santorini", "el")
def _(d):
    q = d.v("Τι ισχύει για το Airbnb στη Σαντορίνη και στην Οία το 2025;",
            "Χρειάζομαι ΑΜΑ για βραχυχρόνια μίσθωση στην Αθήνα κοντά στην Ακρόπολη;",
            "Το τέλος ανθεκτικότητας στην κλιματική κρίση πόσο είναι για Μύκονο;")
    return (f"{q} Διάβασα ότι η κυβέρνηση Μητσοτάκη αλλάζει τους κανόνες και ότι η ΑΑΔΕ κάνει ελέγχους. "
            f"Γράψε μου σύντομα τι πρέπει να κάνω ως ιδιοκτήτης.")


# ================================================================ MAINTENANCE

@T("personal_maintenance", "fixflo_ticket", "en")
def _(d):
    t, ll = d.person(), d.person()
    ad = d.addr("uk")
    issue = d.v("Leak under kitchen sink, water in cupboard base", "Front door lock sticking, key snapped in it",
                "No hot water, Baxi boiler showing E119")
    return (f"Rewrite this repair ticket as a clear job instruction for the contractor:\n\n"
            f"Issue: {issue}\nReported by: {t.F} ({t.E}, {d.phone('uk')})\nAddress: {ad.line}\n"
            f"Access: tenant WFH Mon/Tue, dog (freindly), park on the drive\nPriority: P2 (72h)\n"
            f"Approval limit £250 - over that call the landlord, {ll.F}")


@T("personal_maintenance", "contractor_text_lower", "en", case="lower")
def _(d):
    t, me = d.person(), d.person()
    ad = d.addr("uk")
    return (f"make this sound a bit more professional, its going to a new plumber:\n\n"
            f"hi mate can u go round to {ad.line} tmrw am, tenant {t.G} says the extractor fan in the bathroom is dead "
            f"and the mould is back. tenants number {d.phone('uk')}. send me pics + quote before doing anything over "
            f"£150. cheers {me.G}")


@T("personal_maintenance", "gas_safety_table", "en")
def _(d):
    rows = []
    for _ in range(3):
        t = d.person()
        ad = d.addr("uk")
        rows.append(f"| {ad.line} | {t.F} | {d.phone('uk')} | {d.pick(['14/11', '02/12', '28/11', '09/12'])} |")
    return ("These gas safety certificates expire soon. Draft one text per tenant asking for access next week, "
            "and tell me which to book first.\n\n| Property | Tenant | Mobile | CP12 expires |\n|---|---|---|---|\n"
            + "\n".join(rows))


@T("personal_maintenance", "portal_login_log", "en")
def _(d):
    t = d.person()
    ips = d.sample(["82.132.215.40", "31.94.18.221", "86.27.140.9", "2a00:23c7:8e15:c901:4d2:1f3a:9b20:61e"], 2)
    e = t.E
    return (f"Our tenant portal (Arthur Online) shows these logins for one account. The tenant, {t.F}, says "
            f"they never logged in on the 12th. Is this suspicious, and what should we do?\n\n"
            f"2025-03-11T19:02:41Z login ok user={e} ip={IP(ips[0])} ua=\"Mozilla/5.0 (iPhone; iOS 17.3)\"\n"
            f"2025-03-12T02:14:55Z login ok user={e} ip={IP(ips[1])} ua=\"python-requests/2.31\"\n"
            f"2025-03-12T02:15:30Z bank_details_changed user={e}")


@T("personal_maintenance", "schadensmeldung", "de")
def _(d):
    m, h = d.person("de"), d.person("de", sex="m")
    ad = d.addr("de")
    return (f"Kannst du aus dieser Schadensmeldung eine kurze Auftragsmail an die Heizungsfirma machen?\n\n"
            f"Mieter/in: {m.F}\n{ad.block}\nTel.: {d.phone('de')}\n"
            f"Schaden: Therme (Vaillant ecoTEC plus) zeigt F.28, Wohnung seit Sonntag kalt\n"
            f"Zugang: Schlüssel beim Hausmeister, Herrn {h.S}, ab 8 Uhr")


@T("personal_maintenance", "zgloszenie_usterki", "pl")
def _(d):
    pick, s = d.person("pl"), d.person("pl", sex="f")
    ad = d.addr("pl")
    return (f"Zgłoszenie z aplikacji, zrób z tego krótkie zlecenie dla hydraulika:\n\n"
            f"Lokator: {pick.F}, {ad.line}, tel. {d.phone('pl')}\n"
            f"Opis: cieknie spod wanny, sąsiadka z dołu ({s.F}) ma zaciek na suficie w łazience, grozi że zgłosi do "
            f"ubezpieczyciela (PZU). Najlepiej po 16:00.")


@T("personal_maintenance", "ariza_kaydi", "tr")
def _(d):
    s, tk = d.person("tr"), d.person("tr", sex="m")
    ad = d.addr("tr")
    return (f"Site yönetimine gelen arıza kaydını düzgün bir mesaja çevirir misin?\n\n"
            f"Daire sahibi: {s.F} - {ad.line}\nTel: {d.phone('tr')}\n"
            f"Arıza: kombi (Demirdöküm) su akıtıyor, alt kata sızmış\n"
            f"Teknisyen {tk.G} Bey yarın 10:00'da gelecek, anahtar kapıcıda.")


@T("clean_maintenance", "boiler_codes", "en")
def _(d):
    q = d.v("Worcester Bosch Greenstar 30i showing EA 227", "Vaillant ecoTEC plus showing F28",
            "Ideal Logic+ showing L2 and the Hive thermostat says 'no signal'")
    return (f"Tenant reports: {q}. What does it mean, what can the tenant safely try (reset, repressurise to 1.5 bar), "
            f"and when do I need a Gas Safe engineer? Short steps I can paste into a text.")


@T("clean_maintenance", "awaabs_law", "en")
def _(d):
    q = d.v("What exactly does Awaab's Law require from housing associations on damp and mould timescales?",
            "Will Awaab's Law apply to private landlords through the Renters' Rights Act, and when?",
            "How does Awaab's Law fit with HHSRS Category 1 hazards and the Decent Homes Standard?")
    return (f"{q} I manage about 40 homes in Rochdale. A table with the deadlines would help.")


@T("clean_maintenance", "diy_lower", "en", case="lower")
def _(d):
    q = d.v("how do i bleed a radiator without getting water everywhere",
            "rcd keeps tripping when the kettle and the dyson are on, is that the fuse board or the kettle",
            "how do i unblock a shower drain, tried the henry hoover trick and mr muscle")
    return (f"{q}? renting so i dont want to break anything. i have wd-40, a karcher and an ikea toolkit, thats it")


@T("clean_maintenance", "trades_apps", "en")
def _(d):
    q = d.v("Checkatrade vs MyBuilder vs Rated People vs TrustATrader",
            "Angi vs Thumbtack vs TaskRabbit, and is a Mr. Handyman franchise any good",
            "Fixflo vs Arthur Online vs Goodlord for logging repairs")
    return (f"For a letting agency with 120 managed properties: {q}. Which is best for emergency call-outs "
            f"(burst pipes, lockouts)? Give me pros and cons, and typical costs.")


@T("clean_maintenance", "kombi_dask", "tr")
def _(d):
    q = d.v("Demirdöküm mü Baymak mı, kiralık daire için hangi kombi daha az arıza çıkarır?",
            "Arçelik ve Vestel beyaz eşyanın garantisi ev sahibine mi kiracıya mı ait?",
            "DASK zorunlu deprem sigortası kiracının eşyalarını da kapsıyor mu?")
    return (f"{q} Ev Kadıköy'de, 1998 yapımı. Kentsel dönüşüm de konuşuluyor, TOKİ projesi mi olur bilmiyorum. "
            f"Kısa ve net anlatır mısın?")


# ================================================================ SURVEYS AND VALUATIONS

@T("personal_survey", "inspection_notes", "en")
def _(d):
    v, nb = d.person(), d.person()
    ad = d.house("uk")
    return (f"Write up my site notes into the 'Property and location' section of a RICS Level 2 report. Don't "
            f"invent defects.\n\n"
            f"- {ad.line}, 1930s semi, bay window, hipped roof, Marley tiles\n"
            f"- vendor {v.F} present, said the extension was 2011 (no building regs seen)\n"
            f"- {v.G} mentioned next door ({nb.F}) had a subsidence claim in 2018\n"
            f"- damp readings high at base of chimney breast (Protimeter), gutters blocked")


@T("personal_survey", "survey_booking", "en")
def _(d):
    b, ag = d.person(), d.person()
    ad = d.addr("uk")
    lvl = d.v("Level 2 (HomeBuyer)", "Level 3 (Building Survey)", "Level 2 with valuation")
    return (f"Draft a booking confirmation email for a {lvl} survey.\n"
            f"Client: {b.F}, {b.E}, {d.phone('uk')}\nProperty: {ad.line}\n"
            f"Access via selling agent: {ag.F} at Northgate Estates\n"
            f"Date: Thursday 10am, report within 5 working days, fee £{d.pick(['595', '850', '1,150'])} inc VAT")


@T("personal_survey", "snagging_list", "en")
def _(d):
    o = d.person()
    ad = d.addr("uk")
    dev = d.v("Persimmon", "Barratt", "Taylor Wimpey")
    return (f"Turn my snag list into a formal email to {dev} customer care. Keep it polite but make clear the NHBC "
            f"2-year period applies.\n\n"
            f"Homeowner: {o.F}, {ad.line}, {o.E}\n"
            f"1. gap between skirting and floor in lounge\n2. en-suite extractor not connected\n"
            f"3. garden waterlogged, turf laid on clay\n4. cracked tile by back door")


@T("personal_survey", "diagnostics_rdv", "fr")
def _(d):
    p = d.person("fr")
    ad = d.addr("fr")
    return (f"Peux-tu mettre en forme ce rendez-vous pour le diagnostiqueur ? Vente, maison de 1962.\n\n"
            f"Propriétaire : {p.NP}\nAdresse : {ad.line}\nTél. : {d.phone('fr')}\n"
            f"Diagnostics : DPE, amiante, plomb (CREP), électricité, gaz, ERP\n"
            f"Jeudi 9h, clés chez la voisine si absent.")


@T("clean_survey", "survey_levels", "en")
def _(d):
    q = d.v("RICS Level 1, 2 and 3 surveys and when a first-time buyer needs which",
            "a mortgage valuation vs a HomeBuyer Report vs a full building survey",
            "what 'mundic' means in a Cornish survey and why lenders care")
    return (f"Explain {q}. Include typical prices, how long they take, and what they won't cover. "
            f"Keep it under 250 words for our agency newsletter.")


@T("clean_survey", "epc_table", "en")
def _(d):
    q = d.v("EPC bands A-G with the SAP score ranges", "typical U-values (W/m²K) for solid walls, cavity walls and Passivhaus",
            "what improvements move a Victorian terrace from E to C")
    return (f"Make a table of {q}. Add a line on Kingspan vs Celotex insulation and whether an Octopus heat pump "
            f"changes the rating. Mention Wolfgang Feist only if relevant.")


@T("clean_survey", "knotweed_q", "en")
def _(d):
    q = d.v("How close does Japanese knotweed have to be before lenders like Nationwide or Halifax refuse?",
            "Is the old 7 metre rule for Japanese knotweed still used since the RICS 2022 guidance?",
            "Does Himalayan balsam or giant hogweed affect a mortgage the way knotweed does?")
    return (f"{q} Our surveyor ticked 'Category B' and the buyer panicked. What's an Environet-style management plan?")


@T("clean_survey", "valuation_methods", "en")
def _(d):
    q = d.v("the comparable, investment and residual methods", "the Red Book (RICS Valuation - Global Standards) rules on reporting",
            "Parry's Valuation Tables and the Hoskold sinking fund")
    return (f"Revision help for APC: explain {q} with a worked example for a small block of flats. "
            f"Use round numbers and show each step.")


@T("clean_survey", "energieausweis", "de")
def _(d):
    q = d.v("Was ist der Unterschied zwischen Bedarfsausweis und Verbrauchsausweis?",
            "Braucht ein Baudenkmal wie die Meisterhäuser von Walter Gropius in Dessau einen Energieausweis?",
            "Bringt KfW 40 beim Verkauf wirklich mehr als Effizienzklasse B?")
    return (f"{q} Ich verkaufe ein Reihenhaus von 1974 und der Makler (Engel & Völkers) sagt, ohne Ausweis gibt es "
            f"Bußgeld nach GEG. Stimmt das?")


@T("clean_survey", "taxatie_woz", "nl")
def _(d):
    q = d.v("Wat is het verschil tussen de WOZ-waarde en een NWWI-gevalideerd taxatierapport?",
            "Waarom ligt de vraagprijs op Funda vaak onder de marktwaarde?",
            "Telt een monumentale gevel in Amsterdamse School-stijl mee in de taxatie?")
    return (f"{q} Ons huis staat vlak bij de Beurs van Berlage en de taxateur noemde het Kadaster en 'referentiepanden'. "
            f"Leg het simpel uit.")


# ================================================================ PII-FREE: CONVEYANCING AND MORTGAGES

@T("clean_conveyancing", "process_explainer", "en")
def _(d):
    where = d.v("England: searches (local authority, drainage, chancel repair after Aston Cantlow), the TA6 and TA10, "
                "exchange vs completion, the TR1 and HM Land Registry",
                "Scotland: missives, the Home Report, the Land Register of Scotland and 'date of entry'",
                "the US: escrow, title insurance (First American, Fidelity National), the HUD-1 / Closing Disclosure")
    return (f"Explain the buying process step by step for a first-time buyer in {where}. "
            f"Numbered list, typical timings, and where it usually gets stuck.")


@T("clean_conveyancing", "stamp_duty_table", "en")
def _(d):
    q = d.v("SDLT bands in England from April 2025, with first-time buyer relief",
            "LBTT in Scotland vs LTT in Wales vs SDLT, for a £300k and a £600k purchase",
            "the 3% (now 5%) surcharge on second homes and buy-to-lets")
    return (f"Make a table of {q}. Add one line of history: Rishi Sunak's 2020 stamp duty holiday and what "
            f"Kwasi Kwarteng's mini-budget changed. No advice, just the numbers.")


@T("clean_conveyancing", "glossary_caps", "en", case="upper")
def _(d):
    terms = d.v("gazumping, gazundering, caveat emptor, torrens title, leasehold, share of freehold",
                "exchange of contracts, completion, chain, sold stc, under offer, probate sale",
                "ground rent, peppercorn, section 20 notice, service charge, sinking fund, rtm")
    return (f"make a glossary for our window display, one line each, big and simple: {terms}. "
            f"house style is all capitals like the rest of the window")


@T("clean_conveyancing", "frais_notaire", "fr")
def _(d):
    q = d.v("Combien de frais de notaire dans l'ancien et dans le neuf pour un achat à 250 000 € ?",
            "La loi Pinel, c'est fini en 2025 ? Et le prêt à taux zéro, il est élargi ?",
            "Quelle différence entre la surface loi Carrez et la surface loi Boutin ?")
    return (f"{q} Mon notaire parle aussi de 'droits de mutation' et de DPE. Donne-moi un exemple chiffré, "
            f"comme si j'achetais un deux-pièces à Lyon vers la place Bellecour.")


@T("clean_conveyancing", "cadastru_intabulare", "ro")
def _(d):
    q = d.v("Cum se face intabularea la ANCPI după semnarea la notar?",
            "De unde scot un extras de carte funciară pentru informare, online?",
            "Ce acte trebuie la vânzarea unui apartament din bloc comunist, cu certificat energetic?")
    return (f"{q} În modelul de la bancă scrie 'Vânzător: Ion Popescu, Cumpărător: Maria Ionescu', e doar exemplu. "
            f"Explică pe pași, te rog.")


@T("clean_mortgage", "fannie_freddie", "en")
def _(d):
    q = d.v("Fannie Mae, Freddie Mac and Ginnie Mae", "a conforming loan vs a jumbo loan vs an FHA loan",
            "what the Case-Shiller index is and why my lender keeps quoting it")
    return (f"Explain {q} like I'm a first-time buyer in Ohio. Also, why does everyone watch what Jerome Powell says "
            f"if the Fed doesn't set mortgage rates? (And no, I'm not asking about Sallie Mae, that's student loans.)")


@T("clean_mortgage", "ltv_formula", "en")
def _(d):
    sheet = d.v("Excel", "Google Sheets", "LibreOffice Calc")
    return (f"Give me {sheet} formulas for: LTV (loan in B2, value in B3), monthly repayment with PMT at 4.49% over "
            f"25 years, and a column that flags if borrowing is above 4.5x income (Nationwide and Halifax caps). "
            f"Explain each formula in one line.")


@T("clean_mortgage", "lisa_question_lower", "en", case="lower")
def _(d):
    q = d.v("is a lifetime isa better than just saving for a deposit",
            "does the £450k lisa cap mean i cant use it in london",
            "is a 35 year mortgage a bad idea if i overpay")
    return (f"{q}? martin lewis says one thing, my mate at barclays says another, and the moneysavingexpert forum is "
            f"just arguing. first time buyer, 29, earning 38k")


@T("clean_mortgage", "base_rate_history", "en")
def _(d):
    q = d.v("from 2008 to now under Mervyn King, Mark Carney and Andrew Bailey",
            "around Liz Truss's 2022 mini-budget and the mortgage product withdrawals",
            "compared with the ECB under Christine Lagarde and the Fed under Jerome Powell")
    return (f"Write a short timeline of the Bank of England base rate {q}, for a mortgage broker's blog. "
            f"Dates and rates only, I'll add the commentary.")


@T("clean_mortgage", "kredyt_na_start", "pl")
def _(d):
    q = d.v("Czym się różni Bezpieczny Kredyt 2% od programu 'Na start'?",
            "WIBOR czy WIRON, co teraz jest w umowach kredytowych w PKO BP i Pekao?",
            "Czy warto nadpłacać kredyt, skoro prezes NBP Adam Glapiński zapowiada obniżki?")
    return (f"{q} Kupuję pierwsze mieszkanie w Krakowie, okolice Nowej Huty, oglądam oferty na Otodom i Morizon. "
            f"Wytłumacz prosto, bez reklam banków.")


@T("clean_mortgage", "kpr_tanya_lower", "id", case="lower")
def _(d):
    q = d.v("mending kpr btn atau bsi syariah buat rumah subsidi", "bi rate naik turun pengaruh ke kpr floating gimana",
            "tapera itu wajib buat karyawan swasta juga? kata bu sri mulyani gimana")
    return (f"mau tanya dong, {q}? aku lagi liat-liat di rumah123 sama lamudi, budget 400an jt daerah bekasi")


@T("clean_mortgage", "pagibig_lower", "tl", case="lower")
def _(d):
    q = d.v("paano mag apply ng pag-ibig housing loan kung ofw ka", "mas ok ba rfo o preselling sa camella o ayala land",
            "magkano ang interest ng pag-ibig ngayon vs bdo at bpi")
    return (f"hello po, {q}? first time buyer po ako, balak ko sa cavite or laguna, nakita ko yung ads ng "
            f"sm development ni henry sy at vista land ni villar. salamat po")


@T("clean_mortgage", "minha_casa", "pt-BR")
def _(d):
    q = d.v("Quais são as faixas do Minha Casa, Minha Vida agora?", "Dá pra usar o FGTS na entrada se eu financiar pela Caixa?",
            "Com a Selic assim, financiamento pela Caixa ou pelo Itaú?")
    return (f"{q} Vi o Lula falando disso no jornal mas não entendi. Quero comprar um apê na planta em Campinas. "
            f"Me explica de um jeito simples, por favor.")


CLEAN_EN_THREE = {"listings_csv", "tenancy_json_schema", "agm_agenda_roles", "guest_msg_template",
                  "job_sheet_template", "rates_table", "search_summary_paste", "report_headings_caps",
                  "famous_homes_blog", "tv_shows_lower", "ast_placeholders", "welcome_book",
                  "review_reply_template", "lisa_question_lower", "diy_lower", "hmo_question_lower"}


def set_counts():
    """Rows per template: non-English personal 2, non-English clean 3, English personal 3, English clean 2 or 3."""
    for t in TEMPLATES:
        personal = t["cls"].startswith("personal_")
        if t["lang"] != "en":
            t["n"] = 2 if personal else 3
        elif not personal:
            t["n"] = 3 if t["name"] in CLEAN_EN_THREE else 2


# ================================================================ build, check, README

def build():
    Draw.use.clear()
    rng = random.Random(SEED)
    rows, seen = [], set()
    by_full = {p.full: p for p in PEOPLE}
    meta = []          # per row: language, cultures of people drawn
    for t in TEMPLATES:
        for n in range(t["n"]):
            for _attempt in range(6):
                d = Draw(rng, n)
                text, spans = unmark(t["fn"](d), t["case"])
                if text not in seen:
                    break
            else:
                raise AssertionError(f"cannot make a distinct text for {t['cls']}/{t['name']}/{n}")
            seen.add(text)
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{n}", "text": text, "spans": spans,
                         "source": SET, "class": t["cls"], "template": t["name"], "locale": ""})
            cult = sorted({by_full[k[2:]].culture for k in d.row if k.startswith("P:")})
            meta.append({"lang": t["lang"], "cultures": cult,
                         "addrs": sorted(k[2:] for k in d.row if k.startswith("A:")),
                         "people": sorted(k[2:] for k in d.row if k.startswith("P:")), "case": t["case"]})
    return rows, meta


def check(rows):
    ids, texts = set(), set()
    per_template = Counter()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}", r["id"]
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["source"] == SET and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        per_template[(r["class"], r["template"])] += 1
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted", s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], (r["id"], "span in a PII-free row")
        else:
            assert r["spans"], (r["id"], "personal row without a span")
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5, per_template.most_common(1)
    assert len({t for _, t in per_template}) == len(per_template), "template names must be unique"
    return True


def stats(rows, meta):
    s = {}
    s["rows"] = len(rows)
    s["personal"] = sum(1 for r in rows if not r["class"].startswith("clean_"))
    s["clean"] = s["rows"] - s["personal"]
    s["types"] = Counter(sp["type"] for r in rows for sp in r["spans"])
    s["classes"] = Counter(r["class"] for r in rows)
    s["class_templates"] = Counter(c for c, _ in {(r["class"], r["template"]) for r in rows})
    s["langs"] = Counter(m["lang"] for m in meta)
    s["langs_personal"] = Counter(m["lang"] for m, r in zip(meta, rows) if not r["class"].startswith("clean_"))
    s["lower"] = sum(1 for m in meta if m["case"] == "lower")
    s["upper"] = sum(1 for m in meta if m["case"] == "upper")
    s["cultures"] = Counter(c for m in meta for c in m["cultures"])
    used = {p for m in meta for p in m["people"]}
    s["people_used"] = len(used)
    s["people_names"] = sorted(used)
    s["people_total"] = len(PEOPLE)
    s["templates"] = len({(r["class"], r["template"]) for r in rows})
    region = {a.src: a.region for v in ADDRS.values() for a in v}
    s["countries"] = sorted({COUNTRY[region[a]] for m in meta for a in m["addrs"]})
    s["addresses_used"] = len({a for m in meta for a in m["addrs"]})
    s["nonen"] = sum(v for k, v in s["langs"].items() if k != "en")
    return s


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    _check_ids()
    set_counts()
    rows, meta = build()
    check(rows)
    data = dump(rows)
    st = stats(rows, meta)
    readme = make_readme(st, hashlib.sha256(data.encode()).hexdigest())
    if "--check" in sys.argv:
        ok = True
        for path, want in ((OUT, data), (README, readme)):
            have = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            print(f"{os.path.basename(path)}: {'unchanged' if have == want else 'differs from a fresh build'}")
            ok = ok and have == want
        sys.exit(0 if ok else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme)
    print(f"{OUT}: {st['rows']} rows ({st['personal']} personal, {st['clean']} PII-free), "
          f"{st['templates']} templates, check passed")
    print("spans by type:", dict(sorted(st["types"].items(), key=lambda kv: -kv[1])))
    print("rows by language:", dict(sorted(st["langs"].items(), key=lambda kv: -kv[1])),
          f"(non-English {st['nonen']} = {100 * st['nonen'] / st['rows']:.0f}%)")
    print("rows by class:", dict(sorted(st["classes"].items())))
    print(f"lower-case rows {st['lower']}, capitals rows {st['upper']}; "
          f"culture tags {len(st['cultures'])}; people used {st['people_used']}/{st['people_total']}")
    print("sha256", hashlib.sha256(data.encode()).hexdigest())


CLASS_WHAT = {
    "personal_letting": "reference requests, tenants' texts about landlords, applicant CSVs with DOB, deposit disputes, arrears letters with guarantors, a German Selbstauskunft, a French deposit refund with RIB, a Dutch borg e-mail with IBAN, a Polish najem okazjonalny with PESEL, Vietnamese and Taglish rent reminders",
    "personal_sales": "viewing notes, memoranda of sale, a Reapit JSON applicant, chain notes in lower case, a US open-house sign-in table, a Spanish arras WhatsApp, an Italian proposta with codice fiscale, a Swedish visningslista, a Turkish tapu message with TC kimlik, a Brazilian WhatsApp with CPF",
    "personal_conveyancing": "completion statements with IBAN, AML file notes with DOB and address history, enquiry replies naming neighbours, a German notarial Kaufvertrag head (geb. names), a French compromis (NOM Prénom, née), a Portuguese escritura with NIF, a Czech kupní smlouva with rodné číslo, a Romanian antecontract with CNP",
    "personal_mortgage": "fact finds with DOB, a US borrower summary with SSN, a client's lower-case text, a call transcript with speaker labels in capitals, a Spanish client with DNI/NIE, a Dutch intake with BSN, an Indonesian KPR with NIK, a Hinglish home-loan file with PAN",
    "personal_building": "RTM AGM minutes with surnames as actions, a CAPITALS arrears export, a concierge log, a French conseil syndical mail, a Spanish acta de junta with morosos, a Swedish BRF leak e-mail, a Greek κοινόχρηστα notice, a Romanian asociație complaint",
    "personal_host": "guest messages, changeover rotas, a card chargeback (CREDIT_CARD), check-in JSON with IP address and DOB, an Italian Alloggiati Web list, a Greeklish message to a cleaner, an Indonesian villa pick-up",
    "personal_maintenance": "repair tickets, a lower-case contractor text, a gas-safety Markdown table, a tenant-portal login log with IP addresses, a German Schadensmeldung, a Polish zgłoszenie, a Turkish arıza kaydı",
    "personal_survey": "surveyor's site notes naming vendor and neighbour, survey bookings, a new-build snag list, a French diagnostics appointment",
    "clean_letting": "Renters' Rights Act questions, an AST template with placeholders, Rightmove/Zoopla listing copy near landmarks, a lower-case HMO question, Mietpreisbremse with Max/Erika Mustermann, a Hinglish rent-agreement question",
    "clean_sales": "famous homes (Graceland, Fallingwater, Chartwell…), property TV (Selling Sunset, Location Location Location), portals and agencies, period styles and architects, a merge-field template with Joe Bloggs, Idealista copy near Gaudí, Hemnet copy",
    "clean_conveyancing": "buying processes (Aston Cantlow, HM Land Registry, escrow), SDLT/LBTT/LTT tables with chancellors, a CAPITALS glossary (Torrens title), frais de notaire (loi Pinel, Carrez, Boutin), Romanian intabulare with Ion Popescu",
    "clean_mortgage": "Fannie Mae / Freddie Mac / Ginnie Mae, spreadsheet formulas, Martin Lewis in lower case, base-rate timelines (Carney, Bailey, Truss, Lagarde), Bezpieczny Kredyt 2%, KPR and Tapera, Pag-IBIG, Minha Casa Minha Vida",
    "clean_building": "Right to Manage and Grenfell, a CAPITALS lift notice (Otis, Honeywell), HOA law (Davis-Stirling), loi du 10 juillet 1965 and Le Corbusier, Ley de Propiedad Horizontal and sitcom characters, Superbonus and Stefano Boeri, SVJ and Panelstory",
    "clean_host": "welcome books full of landmarks and restaurants with {guest_first_name}, house rules (Alexa, Ring, Nest, Dyson), pricing tools, review templates with Jane Doe, STR laws (Local Law 18, Ada Colau), Rome, Đà Lạt, Lisbon and Santorini",
    "clean_maintenance": "boiler fault codes (Worcester Bosch, Vaillant, Ideal, Hive), Awaab's Law, lower-case DIY (Henry hoover, Kärcher, Mr Muscle), trades apps (Checkatrade, Mr. Handyman), Turkish kombi and DASK questions",
    "clean_survey": "RICS survey levels and mundic, EPC tables (Passivhaus, Wolfgang Feist, Kingspan), Japanese knotweed, valuation methods (Red Book, Parry's, Hoskold), Energieausweis (Gropius), WOZ and Beurs van Berlage",
}


WORD_NAMES = ["Ivy Marsh", "Holly Street", "Joy Baker", "Summer Reid", "Will Hunter", "Hope Fielding",
              "Autumn Greenwood", "Sophie Fuchs", "Birgit Sommer", "Pascal Blanc", "Sara Fontana", "Kees Visser",
              "Jiří Král", "Lucie Veselá", "Fajar Nugroho", "Kader Güneş", "Princess Joy Mendoza", "Ebba Falk"]
PARTICLES = ["van Rensburg", "van den Berg", "van 't Hek", "de La Roche", "Le Goff", "Dal Molin", "Lo Russo",
             "De Santis", "Ní Chonaill", "Ó Súilleabháin", "binti Rosli", "el Idrissi", "dos Santos", "Puig i Vidal",
             "Dela Paz"]
SURNAME_FIRST = ["Tan Mei Ling", "Wong Ka Yan", "Li Jiahui", "Park Ji-woo", "Kovács Bence", "Nguyễn Thị Thu Hà",
                 "Trần Văn Long", "Phạm Minh Châu", "Bùi Đức Anh"]


def _used_ex(st, names):
    return ", ".join(n for n in names if any(n in full for full in st["people_names"]))


def make_readme(st, sha):
    L = []
    L.append("# realty — hand-written check set: real estate and property\n")
    L.append(f"`tune.jsonl` ({st['rows']} prompts: {st['personal']} with personal data, {st['clean']} PII-free), "
             f"written by `build.py` (Python standard library only, `SEED = {SEED}`, deterministic: two runs give "
             f"the same file; `python3 build.py --check` rebuilds in memory and compares).\n")
    L.append(f"| file | sha256 |\n|---|---|\n| `tune.jsonl` | `{sha}` |\n")
    L.append("## Who wrote it, and how\n")
    L.append("A helper session acting as \"the stranger\" wrote it. It read only its brief, the \"Format\" section and "
             "class tables of `eval/README.md`, `eval/dev/README.md` (label format) and `eval/stranger8/README.md` "
             "(structure and labelling rules). It read no detection code, no `build.py` of another corpus, no "
             "`*.jsonl` file, and never ran the gateway, Presidio or spaCy on this text. No Faker, mimesis or other "
             "package supplied values: every name, street, town, postcode, phone, date of birth, ID number, IBAN, "
             "card number and IP address is typed by hand in `build.py` (e-mail local parts are derived in code from "
             "the hand-typed names; ID numbers, IBANs and cards were typed with valid check digits and `build.py` "
             "asserts them).\n")
    L.append("- **The angle**: prompts that estate and letting agents, landlords and tenants, property managers, "
             "conveyancers and notaries, mortgage brokers, building managers (RTM companies, HOA boards, syndics, "
             "comunidades de propietarios, SVJ, BRF, διαχειριστές, asociații de proprietari), surveyors and valuers, "
             "maintenance desks and short-term-rental hosts send to a chat assistant: drafting letters and messages, "
             "summarising notes, checking contracts, and pasting CSV, JSON, Markdown tables, logs, transcripts, "
             "quoted e-mails and WhatsApp messages.\n"
             "- **PII-free rows** use the same framings, full of what a careless detector masks: public figures "
             "(Michael Gove, Rishi Sunak, Jerome Powell, Martin Lewis, Lula, Mitsotakis, Adam Glapiński, Sri Mulyani, "
             "Ada Colau), TV hosts and reality stars (Kirstie Allsopp, Phil Spencer, Christine Quinn, Josh Flagg, "
             "Ernst Kirchsteiger), architects and their works (Frank Lloyd Wright, Le Corbusier, Gaudí, Gropius, "
             "Goldfinger, Stefano Boeri, Berlage), famous homes, laws named after people or places (Awaab's Law, "
             "loi Carrez, loi Pinel, loi Boutin, Davis-Stirling Act, Aston Cantlow), lenders named like people "
             "(Fannie Mae, Freddie Mac, Ginnie Mae, Sallie Mae), agencies and brands named after people (Savills, "
             "Knight Frank, Foxtons, Engel & Völkers, Fantastic Frank, Worcester Bosch, Vaillant, Henry hoover, "
             "Mr. Handyman), apps and portals (Rightmove, Zoopla, Idealista, Hemnet, Funda, Rumah123, Lamudi), "
             "fictional characters (Juan Cuesta, Antonio Recio), dishes (pizza Margherita, cacio e pepe, bánh căn), "
             "landmarks and neighbourhoods in general talk, sample people (Joe Bloggs, Jane Doe, John Smith, "
             "Max and Erika Mustermann, Ion Popescu, Maria Ionescu) and placeholders (`[LANDLORD NAME]`, "
             "`{{tenant_full_name}}`, `{guest_name}`, `{nome_ospite}`).\n"
             f"- **Shapes**: one line to about ten lines; lower case in {st['lower']} rows, CAPITALS in "
             f"{st['upper']} rows (plus CAPITALS pasted inside otherwise normal rows: an arrears export, speaker "
             "labels, `NOM Prénom`); typos and chat shorthand now and then; CSV, JSON, Markdown tables, logs, "
             "letters with address blocks, quoted messages, transcripts.\n")
    L.append(f"- **People**: {st['people_total']} private people typed by hand, {st['people_used']} used, "
             f"{len(st['cultures'])} culture tags among those used: " + ", ".join(sorted(st["cultures"])) + ". "
             "Names that are words (" + _used_ex(st, WORD_NAMES) + "), particles (" + _used_ex(st, PARTICLES) +
             "), double surnames, diacritics, Greek script, surname-first names (" + _used_ex(st, SURNAME_FIRST) +
             ") called by their given name.\n"
             f"- **Places**: {st['addresses_used']} home addresses with real towns and postcode shapes of "
             f"{len(st['countries'])} countries in their own layouts ({', '.join(st['countries'])}; Greek both in "
             "Greek script and in Latin letters), streets named after people (Atatürk Cad., Via Vittorio "
             "Emanuele II, avenue Jean Moulin, Nguyễn Thị Minh Khai, Mihai Eminescu); street numbers, phones and "
             "e-mails are invented.\n")
    L.append("## Labels\n")
    L.append("`{\"start\",\"end\",\"type\",\"value\"}` with `value == text[start:end]`; templates write "
             "`⟦TYPE|value⟧` markers and `unmark()` computes the offsets (a lower-case or CAPITALS row is cased "
             "piece by piece). `check()` asserts slices, sorted non-overlapping spans, no empty or padded values, "
             "allowed types, unique ids and texts, no spans in `clean_` rows, at least one span in every other "
             "row, at least 80 templates and no template used more than 5 times. Row fields: `id` "
             "(`realty-<class>-<template>-<n>`), `text`, `spans`, `source` (`realty`), `class`, `template`, "
             "`locale` (`\"\"`).\n")
    L.append("- PERSON: one span per contiguous name (given + family, surname-first names whole, particles "
             "inside); given name alone, surname alone, initial + surname (`K. Visser`), maiden names after "
             "`geb.`/`née`; lower case and CAPITALS; speaker labels. Titles and honorifics (`Mr`, "
             "`Ms`, `Mme`, `M.`, `Herrn`, `dl`, `Bey`, `Hanım`) and a possessive `'s` or Turkish case suffix are "
             "outside the span. Every mention is labelled.\n"
             "- LOCATION: a private person's home (or the property they let, sell or stay in when it is theirs): "
             "street line with its number one span, flat/unit/floor its own span (`Flat 2`, `2. OG links`, "
             "`3º izda.`, `apto 302`, `lgh 1203`), building name its own span, district, town, postcode and "
             "region each one span. Flat or lot numbers inside a building's own minutes or logs with no address "
             "(`lot 14`, `B blok daire 12`) are not labelled; nor are towns and landmarks in general talk.\n"
             "- PHONE_NUMBER and EMAIL_ADDRESS as written; IP_ADDRESS for logins and check-in forms.\n"
             "- DATE_OF_BIRTH: the date alone, when given as someone's date of birth; other dates are not labelled.\n"
             "- NATIONAL_ID: PESEL, codice fiscale, TC kimlik no, NIF, rodné číslo, CNP, BSN, DNI/NIE, NIK, PAN, "
             "CPF (valid check digits); US_SSN for the US borrower; IBAN_CODE spaced or not; CREDIT_CARD for the "
             "guest's card.\n"
             "- Not labelled: agencies, developers, lenders, portals and brands (even when named after people), "
             "public figures, architects, authors, characters, laws and cases, sample people and placeholders, "
             "landmarks and places in general talk.\n")
    L.append("## Classes\n")
    L.append("| class | rows | templates | what |\n|---|---:|---:|---|")
    for c in sorted(st["classes"], key=lambda c: (not c.startswith("personal_"), c)):
        L.append(f"| `{c}` | {st['classes'][c]} | {st['class_templates'][c]} | {CLASS_WHAT.get(c, '')} |")
    L.append("")
    L.append("## Languages\n")
    L.append(f"{st['rows'] - st['nonen']} rows in English, {st['nonen']} "
             f"({100 * st['nonen'] / st['rows']:.0f}%) in {len(st['langs']) - 1} other languages or scripts, "
             "written as their speakers type them (accents, local abbreviations, chat shorthand; Greek in Greek "
             "script and in Greeklish; Hindi and Tagalog in Latin letters, mixed with English).\n")
    L.append("| language | rows | personal |\n|---|---:|---:|")
    for k, v in sorted(st["langs"].items(), key=lambda kv: (-kv[1], kv[0])):
        L.append(f"| {LANG_NAMES[k]} | {v} | {st['langs_personal'].get(k, 0)} |")
    L.append("")
    L.append("## Spans\n")
    L.append("| type | spans |\n|---|---:|")
    for k, v in sorted(st["types"].items(), key=lambda kv: -kv[1]):
        L.append(f"| {k} | {v} |")
    L.append(f"| total | {sum(st['types'].values())} |\n")
    L.append("## Rebuilding\n")
    L.append("```sh\npython3 build.py           # rewrites tune.jsonl and README.md, prints counts\n"
             "python3 build.py --check   # rebuilds in memory: \"unchanged\" (exit 0) or \"differs\" (exit 1)\n```\n")
    L.append("## Licence\n")
    L.append("Written for this project. All private values were invented by hand; any resemblance to real people "
             "is coincidental. Towns are real places, but the street numbers, phone numbers, e-mail addresses, "
             "ID numbers, IBANs and card numbers that go with them were made up. Public figures, works, companies, "
             "laws and places are named only as things people in property ask about.\n")
    return "\n".join(L)



# ================================================================ PII-FREE in the personal rows' shapes
# (appended late: tables, JSON, agendas and tickets with roles, brands and placeholders only)

@T("clean_sales", "listings_csv", "en")
def _(d):
    rows = d.v(
        ["Georgian townhouse,Bath,Royal Crescent,1250000,Savills",
         "Victorian terrace,Bristol,Clifton Suspension Bridge,685000,Knight Frank",
         "ex-council flat,London,Trellick Tower,450000,Foxtons"],
        ["1930s semi,Manchester,Didsbury Village,425000,Jordan Fishwick",
         "new build,Milton Keynes,Campbell Park,310000,Connells",
         "barn conversion,Cotswolds,Bourton-on-the-Water,895000,Strutt & Parker"],
        ["tenement flat,Edinburgh,Marchmont,295000,ESPC",
         "detached bungalow,Norfolk,Holkham Beach,540000,Sowerbys",
         "penthouse,Leeds,Victoria Gate,399000,Hunters"])
    return ("Write a one-line teaser for each listing for our Instagram, max 120 characters, no emojis:\n\n"
            "type,town,near,price_gbp,agent\n" + "\n".join(rows))


@T("clean_letting", "tenancy_json_schema", "en")
def _(d):
    sample = d.v('"Jane Doe"', '"John Smith"', '"A. N. Other"')
    return ("Write a JSON Schema for this tenancy record from our Goodlord integration, and fix the example so it "
            "validates. Keep the sample values, they're test data.\n\n```json\n{\n"
            f'  "tenant_name": {sample},\n'
            '  "landlord_name": "{{landlord_name}}",\n'
            '  "property": {"line1": "1 Example Road", "postcode": "AB1 2CD"},\n'
            '  "deposit_scheme": "DPS",\n'
            '  "rent_pcm": "1,150",\n'
            '  "start_date": "2025-09-01"\n}\n```')


@T("clean_building", "agm_agenda_roles", "en")
def _(d):
    items = d.v("Major works: Otis lift modernisation and the Schindler quote",
                "Cladding: Building Safety Fund application and the EWS1 form",
                "Insurance renewal: Aviva vs AXA vs Zurich, and the Howden broker fee")
    return ("Turn this into a formal AGM agenda with timings. Roles only, no names, it's a template for next year.\n\n"
            "ANNUAL GENERAL MEETING\nChair: Chair of the RTM Company\nMinutes: Company Secretary\n"
            "In attendance: Managing Agent (FirstPort), Treasurer\n"
            f"1. Apologies\n2. Minutes of last AGM\n3. Service charge accounts (Xero export)\n4. {items}\n5. AOB")


@T("clean_host", "guest_msg_template", "en")
def _(d):
    kind = d.v("late arrival", "lost key", "lockbox not opening")
    return (f"Make three saved replies for Airbnb for a {kind}. Use the placeholders Airbnb's scheduled messages "
            f"support ({{{{guest_first_name}}}}, {{{{check_in_time}}}}, {{{{listing_name}}}}) and sign as "
            f"'The Hosts'. Example of how guests write to me:\n\n"
            f"> Hi [HOST NAME], we're stuck at the door, the Yale lock won't turn and it's raining. Help!")


@T("clean_maintenance", "job_sheet_template", "en")
def _(d):
    trade = d.v("Mr. Rooter (drainage)", "British Gas HomeCare (boiler)", "Pimlico Plumbers (emergency)")
    return ("Make this into a job sheet template our contractors fill in on an iPad (GoCardless for payment):\n\n"
            "JOB SHEET\nJob ref: ______\nTenant: [TENANT NAME]   Tel: [TENANT PHONE]\n"
            "Address: [PROPERTY ADDRESS]\n"
            f"Contractor: {trade}\nArrival / departure times\nWork done\nParts used (e.g. Grundfos pump, "
            "Honeywell valve)\nPhotos before/after\nSignature")


@T("clean_mortgage", "rates_table", "en")
def _(d):
    rows = d.v(
        ["Nationwide | 2yr fix | 4.24% | £999 | 75%", "Halifax | 5yr fix | 4.09% | £1,499 | 60%",
         "Kensington Mortgages | 5yr fix | 5.19% | £995 | 85%"],
        ["Barclays | tracker | base+0.64% | £0 | 75%", "Coventry BS | 2yr fix | 4.31% | £999 | 80%",
         "Skipton | Track Record | 5.49% | £0 | 100%"],
        ["Santander | 2yr fix | 4.48% | £0 | 90%", "Virgin Money | 5yr fix | 4.19% | £995 | 75%",
         "Leeds BS | 5yr fix | 4.35% | £999 | 95%"])
    return ("Which of these is cheapest over the fixed period for a £200k loan? Show the working, include fees.\n\n"
            "| Lender | Product | Rate | Fee | Max LTV |\n|---|---|---|---|---|\n" + "\n".join(f"| {r} |" for r in rows))


@T("clean_conveyancing", "search_summary_paste", "en")
def _(d):
    hit = d.v("Conservation Area: Bath World Heritage Site; Listed building: no",
              "Road: Victoria Road is an adopted highway; Tree Preservation Order: yes (T4, oak)",
              "Planning: application ref 24/01234/FUL (extension at neighbouring property) approved")
    return ("Explain these local search results to a buyer in plain English, two lines each:\n\n"
            "LOCAL AUTHORITY SEARCH (CON29) - [PROPERTY ADDRESS]\n"
            f"{hit}\nCommunity Infrastructure Levy: none\nSmoke Control Order: yes\n"
            "Coal Authority report: not in a coal mining area\nEnvironmental (Groundsure): Passed")


@T("clean_survey", "report_headings_caps", "en", case="upper")
def _(d):
    part = d.v("e1 chimney stacks, e2 roof coverings, e3 rainwater pipes and gutters",
               "f1 roof structure, f2 ceilings, f3 walls and partitions, f4 floors",
               "g1 electricity, g2 gas/oil, g3 water, g4 heating, g5 water heating")
    return (f"write two example condition-rating sentences (1, 2 and 3) for each of these rics level 2 headings, "
            f"generic wording, no property details: {part}")


if __name__ == "__main__":
    main()
