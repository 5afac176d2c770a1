#!/usr/bin/env python3
"""newsroom -- a hand-written check set: staff of media, publishing, culture and sport.

Reporters and editors, magazine and book publishers, podcast and video producers, museum,
gallery, orchestra and theatre staff, sports clubs, federations and fan communities, and
translators asking an assistant to draft, edit, fact-check, summarise, translate, title, caption
and schedule.  About 55% of the rows hold no personal data but are full of public people, works
named after people, characters, prizes, venues, teams, fixtures and placeholders; the rest name
private people (interviewees, readers, members, freelancers, donors, ticket holders) in the same
framings.

Python standard library only.  Every private value was typed by hand below (e-mail local parts and
handles are derived in code from the hand-typed names).  Deterministic: SEED fixes every choice.

    python3 build.py           # writes tune.jsonl and README.md beside this file
    python3 build.py --check   # rebuilds in memory and compares with the files on disk
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

SEED = 47_1101
SET = "newsroom"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
README = HERE / "README.md"
SOURCE = "eval/newsroom/build.py"

ALLOWED = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
           "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}


# --------------------------------------------------------------------------- markers
def M(t, v):
    assert t in ALLOWED, t
    assert v and v == v.strip(), repr(v)
    return f"⟦{t}|{v}⟧"


def LOC(v):
    return M("LOCATION", v)


def PH(v):
    return M("PHONE_NUMBER", v)


def EM(v):
    return M("EMAIL_ADDRESS", v)


def IP(v):
    return M("IP_ADDRESS", v)


def NID(v):
    return M("NATIONAL_ID", v)


def IBAN(v):
    return M("IBAN_CODE", v)


def CARD(v):
    return M("CREDIT_CARD", v)


def SSN(v):
    return M("US_SSN", v)


def MRN(v):
    return M("MEDICAL_RECORD_NUMBER", v)


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def pieces(marked):
    """Split marked text into [(None, text) | (TYPE, value)]."""
    out, pos = [], 0
    for m in MARK.finditer(marked):
        if m.start() > pos:
            out.append((None, marked[pos:m.start()]))
        out.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(marked):
        out.append((None, marked[pos:]))
    return out


def unmark(marked, case=None):
    """Return (text, spans).  A lower-case or CAPITALS row is cased piece by piece."""
    text, spans = "", []
    for typ, val in pieces(marked):
        if case == "lower":
            val = val.lower()
        elif case == "upper":
            val = val.upper()
        if typ is None:
            text += val
        else:
            spans.append({"start": len(text), "end": len(text) + len(val), "type": typ, "value": val})
            text += val
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


# --------------------------------------------------------------------------- people (typed by hand)
# (given, family, culture tag, surname first?, what a title or a colleague calls them)
PEOPLE_RAW = [
    # British Isles
    ("Hazel", "Marsh", "English", False, None),
    ("Rowan", "Pike", "English", False, None),
    ("Will", "Hardy", "English", False, None),
    ("Penny", "Carver", "English", False, None),
    ("Guy", "Baker", "English", False, None),
    ("Ivy", "Sparrow", "English", False, None),
    ("Dawn", "Fletcher", "English", False, None),
    ("Terry", "Cotton", "English", False, None),
    ("Callum", "MacAskill", "Scottish", False, None),
    ("Morag", "Sinclair", "Scottish", False, None),
    ("Eilidh", "Mackintosh", "Scottish", False, None),
    ("Rhys", "Pritchard", "Welsh", False, None),
    ("Carys", "Llewellyn", "Welsh", False, None),
    ("Gethin", "ap Rhys", "Welsh", False, None),
    ("Niamh", "Ó Súilleabháin", "Irish", False, None),
    ("Cathal", "Breathnach", "Irish", False, None),
    ("Siobhán", "de Búrca", "Irish", False, None),
    # North America, Oceania, Caribbean
    ("DeShawn", "Whitaker", "African American", False, None),
    ("Brianna", "Kessler", "US", False, None),
    ("Hunter", "Lyle", "US", False, None),
    ("Marisol", "Quintanilla", "Mexican American", False, None),
    ("Mathieu", "Gagnon", "Québécois", False, None),
    ("Élodie", "Bouchard", "Québécois", False, None),
    ("Mitchell", "Brereton", "Australian", False, None),
    ("Kylie", "Dunstan", "Australian", False, None),
    ("Wiremu", "Tipene", "Māori", False, None),
    ("Aroha", "Ngata", "Māori", False, None),
    ("Tavita", "Faleolo", "Samoan", False, None),
    ("Shanique", "Campbell", "Jamaican", False, None),
    ("Keron", "Ramdass", "Trinidadian", False, None),
    # France, Benelux, Switzerland
    ("Baptiste", "Leroux", "French", False, None),
    ("Maëlle", "Guérin", "French", False, None),
    ("Théo", "Vasseur", "French", False, None),
    ("Solène", "Marchetti", "Corsican", False, None),
    ("Gwenaëlle", "Le Goff", "Breton", False, None),
    ("Wouter", "Vandenbroucke", "Flemish", False, None),
    ("Amandine", "Lejeune", "Walloon", False, None),
    ("Reto", "Caflisch", "Swiss (Romansh)", False, None),
    ("Seraina", "Item", "Swiss German", False, None),
    ("Sanne", "de Groot", "Dutch", False, None),
    ("Maartje", "Verhoeven", "Dutch", False, None),
    ("Pim", "Bakker", "Dutch", False, None),
    ("Fenna", "Kuipers", "Frisian", False, None),
    ("Joris", "van der Meulen", "Dutch", False, None),
    ("Ricardo", "Sabajo", "Surinamese", False, None),
    # German-speaking
    ("Jannik", "Brockhoff", "German", False, None),
    ("Friederike", "Adomeit", "German", False, None),
    ("Till", "Sommer", "German", False, None),
    ("Ute", "Kranich", "German", False, None),
    ("Hanna", "Vogel", "German", False, None),
    ("Jörg", "Heckenbach", "German", False, None),
    ("Valentina", "Hofbauer", "Austrian", False, None),
    ("Florian", "Strasser", "Austrian", False, None),
    # Turkey, Kurdistan, Maghreb
    ("Elif", "Karadağ", "Turkish", False, None),
    ("Mert", "Özdemir", "Turkish", False, None),
    ("Zeynep", "Aksoy", "Turkish", False, None),
    ("Barış", "Çelik", "Turkish", False, None),
    ("Emre", "Yıldırım", "Turkish", False, None),
    ("Rojda", "Aydın", "Kurdish", False, None),
    ("Dilan", "Ekinci", "Kurdish", False, None),
    ("Yassine", "El Amrani", "Moroccan", False, None),
    ("Salma", "Benjelloun", "Moroccan", False, None),
    ("Hamid", "Ouazzani", "Moroccan (Amazigh)", False, None),
    ("Karim", "Boukhalfa", "Algerian", False, None),
    # Central and Eastern Europe
    ("Agnieszka", "Wróbel", "Polish", False, None),
    ("Kacper", "Mazur", "Polish", False, None),
    ("Zofia", "Kędzierska", "Polish", False, None),
    ("Bartłomiej", "Szczęsny", "Polish", False, None),
    ("Grzegorz", "Pawlak", "Polish", False, None),
    ("Tereza", "Procházková", "Czech", False, None),
    ("Vojtěch", "Kubíček", "Czech", False, None),
    ("Jiřina", "Doležalová", "Czech", False, None),
    ("Martina", "Hudecová", "Slovak", False, None),
    ("Bence", "Szalai", "Hungarian", True, None),
    ("Dóra", "Fekete", "Hungarian", True, None),
    ("Ioana", "Munteanu", "Romanian", False, None),
    ("Radu", "Ciobanu", "Romanian", False, None),
    ("Oksana", "Marchuk", "Ukrainian", False, None),
    ("Taras", "Bondarenko", "Ukrainian", False, None),
    ("Yevgenia", "Sokolova", "Russian", False, None),
    ("Milica", "Đorđević", "Serbian", False, None),
    ("Ivana", "Horvat", "Croatian", False, None),
    ("Emina", "Hadžić", "Bosnian", False, None),
    ("Nejc", "Zupančič", "Slovenian", False, None),
    ("Arbër", "Hoxha", "Albanian", False, None),
    ("Stavros", "Kontogiannis", "Greek", False, None),
    ("Eleni", "Vlachou", "Greek", False, None),
    ("Nino", "Beridze", "Georgian", False, None),
    ("Anahit", "Grigoryan", "Armenian", False, None),
    # Nordic and Baltic
    ("Linnéa", "Sjöberg", "Swedish", False, None),
    ("Oskar", "Lindqvist", "Swedish", False, None),
    ("Märta", "Holm", "Swedish", False, None),
    ("Sindre", "Haugland", "Norwegian", False, None),
    ("Ingvild", "Bråten", "Norwegian", False, None),
    ("Eirik", "Solberg", "Norwegian", False, None),
    ("Áilu", "Gaup", "Sámi", False, None),
    ("Mads", "Kjeldsen", "Danish", False, None),
    ("Freja", "Holmgaard", "Danish", False, None),
    ("Signe", "Krogh", "Danish", False, None),
    ("Aino", "Heikkilä", "Finnish", False, None),
    ("Veeti", "Laaksonen", "Finnish", False, None),
    ("Tuula", "Rantanen", "Finnish", False, None),
    ("Hrafnhildur", "Jónsdóttir", "Icelandic", False, "Hrafnhildur"),
    ("Mihkel", "Saar", "Estonian", False, None),
    ("Elīna", "Ozola", "Latvian", False, None),
    ("Rūta", "Žemaitytė", "Lithuanian", False, None),
    # Iberia and Latin America
    ("Álvaro", "Ruiz de la Prada", "Spanish", False, None),
    ("Lucía", "Carballo", "Spanish", False, None),
    ("Nerea", "Etxeberria", "Basque", False, None),
    ("Jordi", "Puigvert", "Catalan", False, None),
    ("Montserrat", "Vilaró", "Catalan", False, None),
    ("Uxía", "Lema", "Galician", False, None),
    ("Ximena", "Olvera", "Mexican", False, None),
    ("Rodrigo", "Téllez Anaya", "Mexican", False, "Téllez"),
    ("Facundo", "Bianchi", "Argentine", False, None),
    ("Milagros", "Ferreyra", "Argentine", False, None),
    ("Juan Camilo", "Osorio", "Colombian", False, None),
    ("Luz Marina", "Cárdenas", "Colombian", False, None),
    ("Catalina", "Fuenzalida", "Chilean", False, None),
    ("Wilmer", "Huamán", "Quechua (Peru)", False, None),
    ("Nayra", "Mamani", "Aymara", False, None),
    ("Inês", "Carvalho Moura", "Portuguese", False, "Moura"),
    ("Tiago", "Brás", "Portuguese", False, None),
    ("Thaís", "Nogueira", "Brazilian", False, None),
    ("Gustavo", "Bittencourt", "Brazilian", False, None),
    ("Luana", "dos Anjos", "Brazilian", False, None),
    ("Rafael", "Tanaka", "Japanese Brazilian", False, None),
    ("Djamila", "Tavares", "Cape Verdean", False, None),
    ("Nzinga", "Baptista", "Angolan", False, None),
    # Italy
    ("Chiara", "Esposito", "Italian", False, None),
    ("Matteo", "Lo Iacono", "Sicilian", False, None),
    ("Ilaria", "De Santis", "Italian", False, None),
    ("Gianluca", "Serra", "Sardinian", False, None),
    ("Federica", "Bonomi", "Italian", False, None),
    # Middle East
    ("Noa", "Ben-Ami", "Israeli", False, None),
    ("Itai", "Rosenthal", "Israeli", False, None),
    ("Mariam", "Abdelrahman", "Egyptian", False, None),
    ("Rami", "Haddad", "Lebanese", False, None),
    ("Leen", "Khoury", "Palestinian", False, None),
    ("Khalid", "Al Mansoori", "Emirati", False, None),
    ("Zainab", "Al-Obaidi", "Iraqi", False, None),
    ("Shirin", "Farahani", "Persian", False, None),
    ("Arash", "Rezaei", "Persian", False, None),
    ("Zarlasht", "Wardak", "Pashtun", False, None),
    # South Asia
    ("Ayesha", "Siddiqui", "Pakistani (Urdu)", False, None),
    ("Hamza", "Qureshi", "Pakistani (Punjabi)", False, None),
    ("Priyanka", "Awasthi", "Hindi", False, None),
    ("Karthik", "Subramaniam", "Tamil", False, None),
    ("Sohini", "Chattopadhyay", "Bengali", False, None),
    ("Harpreet", "Kaur Gill", "Punjabi Sikh", False, None),
    ("Anjali", "Menon", "Malayali", False, None),
    ("Shruti", "Deshpande", "Marathi", False, None),
    ("Dilini", "Wickramasinghe", "Sinhala", False, None),
    ("Pemba", "Sherpa", "Sherpa (Nepal)", False, None),
    ("Tanvir", "Hossain", "Bangladeshi", False, None),
    # East and South-East Asia
    ("Yutong", "Wang", "Chinese", True, None),
    ("Jiahui", "Chen", "Chinese", True, None),
    ("Pei-shan", "Huang", "Taiwanese", True, None),
    ("Kelvin", "Cheung", "Hong Kong", False, None),
    ("Kenta", "Morishita", "Japanese", False, None),
    ("Yui", "Takahashi", "Japanese", False, None),
    ("Seo-yun", "Han", "Korean", True, None),
    ("Min-ho", "Jeon", "Korean", True, None),
    ("Thu Trang", "Phạm", "Vietnamese", True, "Trang"),
    ("Minh Khoa", "Đỗ", "Vietnamese", True, "Khoa"),
    ("Kanokwan", "Srisuk", "Thai", False, "Kanokwan"),
    ("Maricel", "Dizon", "Filipino", False, None),
    ("Jerome", "Bautista", "Filipino", False, None),
    ("Rizky", "Pratama", "Indonesian", False, None),
    ("Ayu", "Kusumawardani", "Javanese", False, None),
    ("Nurul Aina", "binti Zulkifli", "Malay", False, "Nurul Aina"),
    ("Enkhjin", "Batbayar", "Mongolian", False, "Enkhjin"),
    ("Aruzhan", "Seitkali", "Kazakh", False, None),
    # Africa
    ("Adebayo", "Ogunleye", "Yoruba", False, None),
    ("Folake", "Adeyemi", "Yoruba", False, None),
    ("Chidinma", "Okonkwo", "Igbo", False, None),
    ("Ikenna", "Eze", "Igbo", False, None),
    ("Aminu", "Danjuma", "Hausa", False, None),
    ("Kwabena", "Asante", "Akan", False, None),
    ("Efua", "Mensah", "Fante", False, None),
    ("Wanjiru", "Kamau", "Kikuyu", False, None),
    ("Otieno", "Ouma", "Luo", False, None),
    ("Selamawit", "Tesfaye", "Amhara", False, "Selamawit"),
    ("Dawit", "Bekele", "Amhara", False, "Dawit"),
    ("Senait", "Ghebremedhin", "Tigrinya", False, "Senait"),
    ("Hodan", "Warsame", "Somali", False, None),
    ("Abdirahman", "Farah", "Somali", False, None),
    ("Nomvula", "Dlamini", "Zulu", False, None),
    ("Riaan", "van Wyk", "Afrikaner", False, None),
    ("Mamadou", "Diop", "Wolof", False, None),
    ("Awa", "Ndiaye", "Wolof", False, None),
    ("Fiston", "Mukendi", "Congolese", False, None),
]

# which culture tags a template written in a language or for a place may draw on
GROUPS = {
    "de": {"German", "Austrian", "Swiss German", "Swiss (Romansh)", "Turkish", "Kurdish", "Polish",
           "Croatian", "Bosnian", "Serbian", "Greek", "Ukrainian", "Russian", "Italian", "Albanian"},
    "fr": {"French", "Corsican", "Breton", "Walloon", "Québécois", "Moroccan", "Moroccan (Amazigh)",
           "Algerian", "Wolof", "Congolese", "Vietnamese", "Portuguese", "Lebanese"},
    "es": {"Spanish", "Basque", "Catalan", "Galician", "Mexican", "Argentine", "Colombian",
           "Chilean", "Quechua (Peru)", "Aymara", "Romanian", "Moroccan"},
    "it": {"Italian", "Sicilian", "Sardinian", "Romanian", "Albanian", "Filipino", "Wolof"},
    "nl": {"Dutch", "Frisian", "Flemish", "Surinamese", "Moroccan", "Turkish"},
    "pl": {"Polish", "Ukrainian"},
    "sv": {"Swedish", "Finnish", "Kurdish", "Somali", "Persian", "Bosnian", "Sámi"},
    "nb": {"Norwegian", "Sámi", "Somali", "Polish", "Tigrinya"},
    "da": {"Danish", "Turkish", "Icelandic"},
    "fi": {"Finnish", "Estonian", "Somali", "Russian"},
    "cs": {"Czech", "Slovak", "Vietnamese", "Ukrainian"},
    "pt": {"Brazilian", "Portuguese", "Japanese Brazilian", "Cape Verdean", "Angolan"},
    "tr": {"Turkish", "Kurdish"},
}


class Person:
    def __init__(self, given, family, culture, sf, call):
        self.given_s, self.family_s, self.culture, self.sf = given, family, culture, sf
        self.call_s = call or family
        self.key = f"{given} {family}"

    # every form returns marked text
    def full(self):
        return M("PERSON", f"{self.family_s} {self.given_s}" if self.sf else f"{self.given_s} {self.family_s}")

    def western(self):
        return M("PERSON", f"{self.given_s} {self.family_s}")

    def g(self):
        return M("PERSON", self.given_s)

    def f(self):
        return M("PERSON", self.family_s)

    def ref(self):
        """the name after a title or on second mention (Ms Moura, Mr Téllez, Hrafnhildur)"""
        return M("PERSON", self.call_s)

    def comma(self):
        """Surname, Given: two spans"""
        return f"{M('PERSON', self.family_s)}, {M('PERSON', self.given_s)}"

    def initial(self):
        return M("PERSON", f"{self.given_s[0]}. {self.family_s}")

    def upper_label(self):
        return M("PERSON", self.call_s.upper() if self.call_s != self.family_s else self.given_s.upper())

    def raw_full(self):
        return f"{self.family_s} {self.given_s}" if self.sf else f"{self.given_s} {self.family_s}"


MALE = {
    "Rowan", "Will", "Guy", "Terry", "Callum", "Rhys", "Gethin", "Cathal", "DeShawn", "Hunter", "Mathieu",
    "Mitchell", "Wiremu", "Tavita", "Keron", "Baptiste", "Théo", "Wouter", "Reto", "Pim", "Joris", "Ricardo",
    "Jannik", "Till", "Jörg", "Florian", "Mert", "Barış", "Emre", "Yassine", "Hamid", "Karim", "Kacper",
    "Bartłomiej", "Grzegorz", "Vojtěch", "Bence", "Radu", "Taras", "Nejc", "Arbër", "Stavros", "Oskar", "Sindre",
    "Eirik", "Áilu", "Mads", "Veeti", "Mihkel", "Álvaro", "Jordi", "Rodrigo", "Facundo", "Juan Camilo", "Wilmer",
    "Tiago", "Gustavo", "Rafael", "Matteo", "Gianluca", "Itai", "Rami", "Khalid", "Arash", "Hamza", "Karthik",
    "Pemba", "Tanvir", "Kelvin", "Kenta", "Min-ho", "Minh Khoa", "Jerome", "Rizky", "Adebayo", "Ikenna", "Aminu",
    "Kwabena", "Otieno", "Dawit", "Abdirahman", "Riaan", "Mamadou", "Fiston",
}
PEOPLE = [Person(*r) for r in PEOPLE_RAW]
for _p in PEOPLE:
    _p.sex = "m" if _p.given_s in MALE else "f"
assert len({p.key for p in PEOPLE}) == len(PEOPLE)


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


MAIL_DOMAINS = {
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es"], "it": ["libero.it", "virgilio.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "pl": ["wp.pl", "o2.pl", "interia.pl"],
    "sv": ["telia.com", "gmail.com", "hotmail.se"], "nb": ["online.no", "hotmail.no"],
    "da": ["mail.dk", "live.dk"], "fi": ["kolumbus.fi", "luukku.com"], "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "pt": ["uol.com.br", "bol.com.br", "sapo.pt"], "tr": ["hotmail.com", "gmail.com", "yandex.com.tr"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.co.uk",
           "proton.me", "aol.com", "sky.com", "eircom.net", "bigpond.com", "xtra.co.nz"],
}

# --------------------------------------------------------------------------- addresses (typed by hand)
# each: country, layout name, fields, landline/mobile that goes with it
ADDRESSES = [
    dict(cc="GB", street="14 Quarry Lane", town="Hebden Bridge", pc="HX7 8PQ", phone="07823 441 906"),
    dict(cc="GB", flat="Flat 2", street="31 Tanners Row", town="Ludlow", pc="SY8 1RF", phone="01584 872 310"),
    dict(cc="GB", street="5 Gallowgate Terrace", town="Alnwick", region="Northumberland", pc="NE66 1PL", phone="07488 209 517"),
    dict(cc="GB", street="2 Heol y Nant", town="Llandeilo", pc="SA19 6BX", phone="07942 615 028"),
    dict(cc="GB", street="9 Mill Wynd", town="Kelso", pc="TD5 7HX", phone="01573 224 861"),
    dict(cc="GB", street="40 Chapel Walk", town="Whitby", pc="YO21 3DN", phone="07391 402 775"),
    dict(cc="GB", flat="Flat 5", street="11 Coronation Road", town="Stroud", pc="GL5 3SB", phone="07850 337 146"),
    dict(cc="IE", street="Cnoc na Gaoithe", town="Carraroe", region="Co. Galway", pc="H91 X2T7", phone="087 214 6630"),
    dict(cc="US", street="412 Juniper St", town="Astoria", region="OR", pc="97103", phone="(503) 325-0187"),
    dict(cc="US", street="1187 Mill Pond Rd", town="Northfield", region="MN", pc="55057", phone="(507) 664-2391"),
    dict(cc="DE", street="Hafenstraße 9", pc="25849", town="Pellworm", phone="04844 90213"),
    dict(cc="DE", street="Am Mühlgraben 3a", pc="06618", town="Naumburg (Saale)", phone="0171 448 2093"),
    dict(cc="AT", street="Marktplatz 3/7", pc="3620", town="Spitz", phone="0664 318 2207"),
    dict(cc="FR", street="12 rue des Tanneurs", pc="24200", town="Sarlat-la-Canéda", phone="06 41 28 93 17"),
    dict(cc="FR", street="3 impasse Victor Hugo", pc="29570", town="Camaret-sur-Mer", phone="02 98 27 64 10"),
    dict(cc="ES", street="Calle Real, 23", flat="2º izq.", pc="11380", town="Tarifa", region="Cádiz", phone="612 48 90 37"),
    dict(cc="IT", street="Via dei Tessitori 18", pc="53024", town="Montalcino", region="SI", phone="333 918 2046"),
    dict(cc="IT", street="Via Garibaldi 41", pc="98039", town="Taormina", region="ME", phone="340 772 1583"),
    dict(cc="NL", street="Kerkpad 27", pc="8881 BE", town="West-Terschelling", phone="06 4172 9038"),
    dict(cc="NL", street="Sint Janstraat 6", pc="4741 AN", town="Hoeven", phone="0165 502 881"),
    dict(cc="PL", street="ul. Lipowa 7", flat="m. 4", pc="34-500", town="Zakopane", phone="601 284 937"),
    dict(cc="PL", street="ul. Kopernika 19", pc="11-400", town="Kętrzyn", phone="698 413 205"),
    dict(cc="CZ", street="Palackého 112", pc="538 03", town="Heřmanův Městec", phone="724 318 560"),
    dict(cc="SE", street="Sjögatan 11", pc="742 31", town="Östhammar", phone="070-318 42 96"),
    dict(cc="NO", street="Fjordveien 6", pc="6884", town="Øvre Årdal", phone="917 46 208"),
    dict(cc="DK", street="Vestergade 21", flat="1. th.", pc="5700", town="Svendborg", phone="23 81 46 09"),
    dict(cc="FI", street="Rantakatu 5 B 12", pc="95400", town="Tornio", phone="040 718 2364"),
    dict(cc="PT", street="Rua do Sol, 41", flat="3.º Esq.", pc="8600-315", town="Lagos", phone="912 384 075"),
    dict(cc="BR", street="Rua Sete de Setembro, 880", flat="apto 302", town="Blumenau", region="SC", pc="89010-200", phone="(47) 99812-3046"),
    dict(cc="MX", street="Calle Hidalgo 45", flat="Col. Centro", pc="61600", town="Pátzcuaro", region="Mich.", phone="434 112 8790"),
    dict(cc="TR", street="Atatürk Cad. No: 28", flat="D: 5", town="Ayvalık", region="Balıkesir", phone="0532 418 20 93"),
    dict(cc="AU", street="7 Banksia Crescent", town="Mullumbimby", region="NSW", pc="2482", phone="0412 608 351"),
    dict(cc="CA", street="88 rue Saint-Jean", town="Baie-Saint-Paul", region="QC", pc="G3Z 1M4", phone="418 435-2917"),
    dict(cc="ZA", street="23 Protea Street", town="Clarens", pc="9707", phone="082 615 3340"),
    dict(cc="JP", street="3-8-21 Nishiki", town="Takayama-shi", region="Gifu", pc="506-0012", phone="090-4471-2386"),
]


class Address:
    def __init__(self, d):
        self.d = d
        self.cc = d["cc"]
        self.key = d["street"] + d["town"]

    def __getattr__(self, k):
        if k in ("street", "town", "pc", "region", "flat"):
            v = self.d.get(k)
            return LOC(v) if v else ""
        raise AttributeError(k)

    def phone(self):
        return PH(self.d["phone"])

    def lines(self):
        """the address block in its country's own layout, one marked line a list item"""
        d, cc = self.d, self.cc
        s, t = LOC(d["street"]), LOC(d["town"])
        fl = LOC(d["flat"]) if d.get("flat") else None
        pc = LOC(d["pc"]) if d.get("pc") else None
        rg = LOC(d["region"]) if d.get("region") else None
        if cc in ("GB", "IE"):
            out = ([fl] if fl else []) + [s, t] + ([rg] if rg else []) + ([pc] if pc else [])
        elif cc in ("US", "AU", "CA"):
            out = [s, f"{t} {rg} {pc}" if cc != "CA" else f"{t} ({rg})  {pc}"]
        elif cc in ("DE", "AT", "NL", "CZ", "SE", "NO", "FI"):
            out = [s, f"{pc} {t}"]
        elif cc == "DK":
            out = [f"{s}, {fl}", f"{pc} {t}"]
        elif cc == "FR":
            out = [s, f"{pc} {t}"]
        elif cc == "ES":
            out = [f"{s}, {fl}", f"{pc} {t} ({rg})"]
        elif cc == "IT":
            out = [s, f"{pc} {t} ({rg})"]
        elif cc == "PL":
            out = [f"{s} {fl}" if fl else s, f"{pc} {t}"]
        elif cc == "PT":
            out = [f"{s}, {fl}", f"{pc} {t}"]
        elif cc == "BR":
            out = [f"{s}, {fl}", f"{t} - {rg}", f"CEP {pc}"]
        elif cc == "MX":
            out = [f"{s}, {fl}", f"C.P. {pc}, {t}, {rg}"]
        elif cc == "TR":
            out = [f"{s} {fl}", f"{t} / {rg}"]
        elif cc == "ZA":
            out = [s, t, pc]
        elif cc == "JP":
            out = [f"〒{pc}", f"{rg}-ken {t}", s]
        else:
            raise ValueError(cc)
        return out

    def inline(self):
        return ", ".join(self.lines())


# phones with no address, national format (typed by hand)
PHONES = {
    "GB": ["07700 391 448", "07931 228 604", "0113 496 0721", "07512 884 019"],
    "IE": ["086 331 4807"], "US": ["(614) 382-9047", "(919) 240-7718", "917-448-2036"],
    "CA": ["(604) 318-2290"], "AU": ["0433 218 904"], "NZ": ["021 448 3109"],
    "DE": ["0176 2284 9135", "030 61 28 44 07", "0151 4420 8816"], "AT": ["0676 882 41 09"],
    "CH": ["079 418 22 63"], "FR": ["07 82 14 39 60", "06 18 44 20 73", "01 43 28 91 06"],
    "BE": ["0476 21 83 94"], "ES": ["654 21 87 30", "691 443 208", "622 15 48 09"], "IT": ["347 210 8836", "329 418 7702"],
    "NL": ["06-2841 7730", "06 1948 2265"], "PL": ["512 308 447", "505 771 238"], "CZ": ["603 418 277", "777 204 831"],
    "SE": ["073-614 28 05", "08-642 18 30"], "NO": ["482 17 336", "934 20 871"], "DK": ["41 27 83 06", "28 44 19 07"],
    "FI": ["050 412 7739", "044 208 3316"], "PT": ["936 210 448"], "BR": ["(11) 98421-3307", "(21) 97730-1842"],
    "TR": ["0541 882 17 40", "0505 318 42 76"], "GR": ["694 418 2203"], "RO": ["0744 318 209"], "UA": ["067 418 2290"],
    "IL": ["052-418-3307"], "KE": ["0722 418 903"], "GH": ["024 318 7720"], "NG": ["0803 412 7765"],
    "SN": ["77 418 25 60"], "MA": ["06 61 28 47 93"], "EG": ["0100 482 3317"], "IN": ["98201 44718"],
    "PK": ["0300 4417826"], "PH": ["0917 482 1036"], "ID": ["0812-3841-2290"], "KR": ["010-4182-7735"],
    "JP": ["080-3318-4420"], "MX": ["55 1874 2206"], "AR": ["11 15-4782-3316"], "CO": ["310 482 7719"],
    "CL": ["9 6128 4470"], "PE": ["987 214 336"],
}

# dates of birth, in the styles people write them (typed by hand)
DOBS = {
    "uk": ["14/03/1988", "02/11/1975", "27/06/1993", "09/01/1961", "16/08/1979", "05/12/2000"],
    "uk_long": ["3 May 1979", "21 September 1990", "5 January 1948"],
    "us": ["March 22, 2001", "08/17/1986", "11/30/1972"],
    "iso": ["1992-11-08", "1985-07-14", "1998-02-25", "1969-04-03", "2001-10-19"],
    "de": ["07.09.1965", "23.02.1997", "18.12.1982"],
    "fr": ["12/10/1984", "30/04/1991"],
    "es": ["11/08/1994", "04/02/1989"],
    "pt": ["19/05/2003", "02/09/2005", "27/01/2004", "08/11/2006"],
    "pl": ["29.10.1983", "14.07.1992"],
    "youth_uk": ["12/04/2011", "19/11/2012", "03/10/2009", "30/06/2010", "08/02/2012", "25/09/2011", "14/01/2013"],
    "youth_iso": ["2013-03-14", "2014-08-21", "2012-12-02", "2010-07-27", "2009-05-30"],
    "youth_no": ["04.05.2015", "17.10.2014", "22.01.2015"],
}

# --------------------------------------------------------------------------- drawing values
class Pools:
    """Least-used-first draws (ties broken by the seeded RNG) over the whole build."""

    def __init__(self, rng):
        self.rng = rng
        self.use = Counter()

    def least(self, items, key, exclude=()):
        cand = [x for x in items if key(x) not in exclude]
        assert cand, "pool exhausted"
        low = min(self.use[key(x)] for x in cand)
        best = [x for x in cand if self.use[key(x)] == low]
        pick = best[self.rng.randrange(len(best))]
        self.use[key(pick)] += 1
        return pick


class Ctx:
    def __init__(self, pools, rng, lang):
        self.pools, self.rng, self.lang = pools, rng, lang
        self.taken = set()

    # people -------------------------------------------------------------
    def p(self, group=None, cultures=None, sex=None, plain=False):
        cult = cultures or (GROUPS[group] if group else None)
        items = [x for x in PEOPLE if (cult is None or x.culture in cult) and (sex is None or x.sex == sex)
                 and (not plain or (x.call_s == x.family_s and not x.sf and " " not in x.family_s))]
        pk = self.pools.least(items, lambda x: "P:" + x.key, self.taken)
        self.taken.add("P:" + pk.key)
        return pk

    def ps(self, k, group=None, cultures=None):
        return [self.p(group, cultures) for _ in range(k)]

    def f(self, group=None, cultures=None):
        return self.p(group, cultures, "f")

    def m(self, group=None, cultures=None):
        return self.p(group, cultures, "m")

    def who(self, key):
        pk = next(x for x in PEOPLE if x.key == key)
        assert "P:" + key not in self.taken
        self.pools.use["P:" + key] += 1
        self.taken.add("P:" + key)
        return pk

    # contacts -----------------------------------------------------------
    def email(self, pk, dom=None):
        g, f = slug(pk.given_s), slug(pk.family_s)
        n = self.rng.randrange(7, 99)
        styles = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{n}", f"{f}.{g}", f"{g}{f[0]}{n}", f"{g}{f}"]
        local = styles[self.rng.randrange(len(styles))]
        if dom is None:
            doms = MAIL_DOMAINS.get(self.lang, MAIL_DOMAINS["en"])
            dom = doms[self.rng.randrange(len(doms))]
        return EM(f"{local}@{dom}")

    def handle(self, pk, style=None):
        g, f = slug(pk.given_s), slug(pk.family_s)
        n = self.rng.randrange(2, 98)
        styles = [f"{g}_{f}", f"{g[0]}{f}{n}", f"{g}.{f[0]}", f"{g}{f}{n}", f"{f}_{g[0]}", f"{f}{g[0]}"]
        s = styles[style if style is not None else self.rng.randrange(len(styles))]
        return M("PERSON", s)

    def addr(self, ccs=None):
        items = [a for a in ADDRESSES if ccs is None or a["cc"] in ccs]
        a = self.pools.least(items, lambda x: "A:" + x["street"] + x["town"], self.taken)
        self.taken.add("A:" + a["street"] + a["town"])
        return Address(a)

    def phone(self, cc):
        nums = PHONES[cc]
        n = self.pools.least(nums, lambda x: "T:" + x, self.taken)
        self.taken.add("T:" + n)
        return PH(n)

    def dob(self, style):
        d = self.pools.least(DOBS[style], lambda x: "D:" + x, self.taken)
        self.taken.add("D:" + d)
        return M("DATE_OF_BIRTH", d)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]


# --------------------------------------------------------------------------- templates
TEMPLATES = []


def T(cls, name, n, lang="en", case=None):
    def deco(fn):
        TEMPLATES.append(dict(cls=cls, name=name, n=n, lang=lang, case=case, fn=fn))
        return fn
    return deco

# =========================================================================== personal_newsroom
@T("personal_newsroom", "interview_transcript", 4)
def _(c, i):
    a = c.addr(["GB", "IE", "US", "AU"])
    p, nb = c.p(), c.p()
    lab = p.upper_label()
    topic = [
        ("flooding", "When did the water come in?", "About two in the morning", "the Environment Agency"),
        ("bus cuts", "When did you hear the 38 was going?", "In the parish newsletter of all places", "Arriva"),
        ("library closure", "How did the council tell you?", "They didn't, we read it on Facebook", "the Carnegie library"),
        ("care home strike", "When did your mum's carers walk out?", "Tuesday, just after the lunch round", "Unison"),
    ][i]
    return (
        f"Can you tidy this transcript for the web version of the {topic[0]} piece? Keep the quotes verbatim, "
        f"cut the ums and the crosstalk, and flag anything that could be defamatory.\n\n"
        f"Interviewee: {p.full()}, lives on {a.street}, {a.town}\n\n"
        f"Q: {topic[1]}\n"
        f"{lab}: {topic[2]}. Um. I rang {nb.g()} next door straight away.\n"
        f"Q: And {nb.g()} is…?\n"
        f"{lab}: {nb.full()}, at number 9. Been there longer than us. Honestly nobody from {topic[3]} has called either of us.\n"
        f"Q: Would you be happy for us to use your name?\n"
        f"{lab}: Yeah, {p.western()}, that's fine. Just don't put the house number in."
    )


@T("personal_newsroom", "reader_letter", 4)
def _(c, i):
    p = c.p()
    a = c.addr(["GB", "IE"]) if i < 3 else c.addr(["AU"])
    body = [
        "Sir — Your leader on the Thames Water bailout (Tuesday) let the regulator off far too lightly. "
        "Ofwat has watched dividends flow for a decade while Hammersmith Bridge, of all things, got more column inches.",
        "Madam — As a retired midwife I read Rachel Reeves's comments on the NHS pay award with something close to despair. "
        "Nye Bevan would not recognise the service he founded.",
        "Sir — Congratulations on the Brontë supplement. But Haworth is not \"in the middle of nowhere\"; "
        "it is twenty minutes from Keighley and it has a perfectly good railway, thank you.",
        "Sir — Your sports pages spent three days on Ange Postecoglou's future and not one line on the women's Ashes. "
        "Ellyse Perry deserved better.",
    ][i]
    town_line = f"{p.full()}\n{a.town}" if i % 2 == 0 else f"{p.full()}, {a.street}, {a.town}"
    ask = ["Letters page: trim this to 150 words without losing the point, keep the sign-off as is.",
           "Can you cut this reader's letter to about 120 words for tomorrow? Sign-off stays.",
           "Trim for the letters column pls (max 130 words). Don't touch the name and address line.",
           "Please shorten this letter to 100 words for the weekend edition and suggest a headline."][i]
    return f"{ask}\n\n{body} The paper used to know that.\n\n{town_line}"


@T("personal_newsroom", "tip_email", 3)
def _(c, i):
    p = c.p()
    cc = ["GB", "US", "GB"][i]
    ph = c.phone(cc)
    em = c.email(p, None)
    claim = [
        "the new owners of the Fox & Hounds are letting the flats above without any fire doors",
        "our school district bought 400 Chromebooks from the superintendent's brother-in-law's company",
        "the food bank at St Aidan's has been turning people away while the stock sits in a lock-up in Castleford",
    ][i]
    return (
        "Can you summarise what this tipster is actually alleging, list what we'd need to verify, "
        "and draft a short reply asking for documents? Don't promise anything.\n\n"
        f"> From: {p.full()} <{em}>\n"
        f"> Subject: story for you\n>\n"
        f"> Hi, been reading your stuff for years. I think {claim}. I have photo's. "
        f"I'd rather not be named but you can ring me on {ph} after 6.\n> {p.g()}"
    )


@T("personal_newsroom", "accreditation_list", 3)
def _(c, i):
    rows = []
    outlets = [["BBC Sport", "The Athletic", "freelance", "Yorkshire Post", "freelance"],
               ["L'Équipe", "freelance", "Sky Sports News", "Reuters", "AS"],
               ["Marca", "freelance", "Guardian", "ESPN", "freelance"]][i]
    ccs = ["GB", "FR", "ES", "GB", "DE"]
    for k, o in enumerate(outlets):
        p = c.p()
        rows.append(f"{p.full()},{o},{c.email(p, 'gmail.com' if o == 'freelance' else None)},{c.phone(ccs[k]) if k % 2 == 0 else ''}")
    hdr = "name,outlet,email,mobile"
    ask = ["Here's the accreditation list for Saturday's match. Sort it by outlet, and flag the freelancers "
           "so I can check who has a commissioning letter:",
           "Press accreditation requests for the Tour stage finish. Which rows are missing a mobile? Then draft the confirmation e-mail.",
           "Turn this into a table for the stadium media officer and put freelancers at the bottom."][i]
    return ask + "\n\n" + hdr + "\n" + "\n".join(rows)


@T("personal_newsroom", "correction_request", 3, case="lower")
def _(c, i):
    p = c.p() if i == 1 else c.f()
    if i == 0:
        wrong = M("PERSON", p.given_s + " " + p.family_s[:-1])
        return (f"reader emailed to say we spelled her name wrong in the allotments story, it's {p.full()} not "
                f"\"{wrong}\". can you draft the correction line for page 2 and the online footnote")
    if i == 1:
        q = c.p()
        return (f"need a correction: we said {p.full()} was the chair of the residents association, it's actually "
                f"{q.full()}. {p.g()} is the treasurer. keep it short and not grovelling")
    return (f"complaint from {p.full()} about the court report — says we gave her street as {c.addr(['GB']).street} "
            f"and she doesn't live there any more, her ex does. what's the ipso line on this and how do we word the amendment")


@T("personal_newsroom", "local_obituary", 3)
def _(c, i):
    p = c.f()
    kids = c.ps(2)
    a = c.addr(["GB", "IE", "US"])
    d = c.dob("uk_long")
    job = ["ran the post office for 31 years", "taught piano to half the village", "kept the cricket club's books until 2019"][i]
    return (
        "Turn the family's notes into a 250-word obituary for the community page, warm but not gushing:\n\n"
        f"- {p.full()}, born {d} in {a.town}\n"
        f"- {job}\n"
        f"- loved Agatha Christie, Wimbledon fortnight and her Jack Russell, Nelson\n"
        f"- survived by {kids[0].full()} and {kids[1].full()}; funeral at St Mary's, Friday 11am\n"
        f"- family ask for donations to Marie Curie instead of flowers"
    )


@T("personal_newsroom", "vox_pop", 3)
def _(c, i):
    ppl = c.ps(3)
    towns = [c.addr(["GB"]).town, c.addr(["GB", "IE"]).town]
    ages = [(34, 71, 19), (52, 28, 66), (45, 80, 23)][i]
    q = ["the four-day week", "the new parking charges", "the Euros fan zone"][i]
    return (
        f"Format these vox pops on {q} for print: name, age, place in bold, then the quote. Tighten the quotes a bit.\n\n"
        f"1) {ppl[0].full()} {ages[0]} from {towns[0]} – \"honestly I'd take it tomorrow, Fridays are dead anyway\"\n"
        f"2) {ppl[1].full()}, {ages[1]}, {towns[1]}: \"we've been promised this since Blair\"\n"
        f"3) {ppl[2].g()} (wouldn't give surname) {ages[2]} – \"no idea, ask my mum\""
    )


@T("personal_newsroom", "interview_schedule", 3)
def _(c, i):
    ppl = c.ps(3)
    cc = [("GB", "GB", "IE"), ("US", "US", "CA"), ("GB", "NG", "KE")][i]
    return (
        "Put these into a schedule for Thursday and draft a one-line confirmation text for each:\n\n"
        f"09:30  {ppl[0].full()}  {c.phone(cc[0])}  (former nurse, happy to be named)\n"
        f"11:00  {ppl[1].full()}  {c.phone(cc[1])}  — call, not Zoom\n"
        f"14:15  {ppl[2].western()} — via WhatsApp {c.phone(cc[2])}, anonymous in copy"
    )


@T("personal_newsroom", "photo_caption_private", 3)
def _(c, i):
    if i == 0:
        p, q = c.f(), c.p()
    elif i == 1:
        p, q = c.f(), c.m()
    else:
        p, q = c.m(), c.p()
    t = c.addr(["GB", "IE", "AU"]).town
    return [
        f"Write captions (max 25 words each) for these three pics:\n1. {p.full()}, 54, outside her bakery in {t} at 5am\n"
        f"2. {q.full()} with the giant marrow that won Best in Show\n3. the queue for the Greggs opening, no names",
        f"Caption needed: {p.full()} and her grandson {q.g()} at the reopening of the lido in {t}. "
        f"House style is present tense, name then action.",
        f"Can you rewrite this caption so it's under 20 words? \"Retired engineer {p.full()} of {t}, pictured with "
        f"the Spitfire model he spent eleven years building, alongside his neighbour {q.full()}\"",
    ][i]


# --------------------------------------------------------------------------- other languages
@T("personal_newsroom", "de_leserbrief", 1, lang="de")
def _(c, i):
    p = c.p("de")
    a = c.addr(["DE", "AT"])
    body = [
        "Ihr Kommentar zur Schuldenbremse hat mich sehr geärgert. Wer wie Herr Lindner jahrelang die schwarze Null "
        "predigt, sollte mal mit der Regionalbahn nach Wittenberge fahren.",
        "Danke für die schöne Reportage über den Wiener Naschmarkt. Eine Korrektur: Der Stand \"Zum Schikaneder\" "
        "gehört seit 2019 nicht mehr der Familie.",
    ][i]
    return (
        f"Kürz bitte diesen Leserbrief auf ca. 900 Zeichen, Ton und Absender bleiben:\n\n{body} "
        f"Mit freundlichen Grüßen\n{p.full()}, {a.street}, {a.pc} {a.town}"
    )


@T("personal_newsroom", "fr_retranscription", 2, lang="fr")
def _(c, i):
    p = c.f("fr")
    t = c.addr(["FR"]).town
    lab = p.upper_label()
    return (
        "Peux-tu nettoyer cette retranscription (sans changer le sens) et me proposer trois citations pour l'article ?\n\n"
        f"— Vous êtes installée à {t} depuis quand ?\n"
        f"{lab} : Depuis 2014. Avant j'étais à Lyon, dans le 7e.\n"
        f"— Et la fermeture de la maternité, vous l'avez apprise comment ?\n"
        f"{lab} : Par une voisine, {c.p('fr').full()}. Personne de l'ARS ne nous a prévenus. "
        f"{'Mettez mon nom, ' + p.full() + ', je n’ai rien à cacher.' if i == 0 else 'Vous pouvez écrire ' + p.g() + ', sans le nom de famille.'}"
    )


@T("personal_newsroom", "es_fuente", 2, lang="es", case="lower")
def _(c, i):
    p = c.p("es")
    if i == 0:
        return (
            f"oye resume esto en 3 líneas para el jefe de sección: la fuente es {p.full()}, trabajó 11 años en la "
            f"depuradora y dice que los análisis del agua se maquillaban. su móvil {c.phone('ES')}, prefiere whatsapp. "
            f"no quiere salir con nombre hasta que hable con su abogado")
    return [None,
        f"necesito un correo para {p.g()} ({c.email(p)}) agradeciéndole la entrevista sobre los desahucios en el "
        f"barrio y preguntando si podemos usar la foto de su madre. que suene cercano, no de la rae",
    ][i]

# =========================================================================== personal_publishing
@T("personal_publishing", "contributor_invoice", 3)
def _(c, i):
    p = c.p()
    a = c.addr(["GB"] if i < 2 else ["IE"])
    iban = ["GB57 LOYD 3096 2274 8103 55", "GB09MIDL40127791203846", "IE57 BOFI 9014 8841 2033 77"][i]
    cur = "€" if i == 2 else "£"
    lines = [
        [("'Walking the Pennine Way' feature, 2,400 words @ 0.40/word", 960), ("3 photographs @ 75", 225)],
        [("Review: Orbital by Samantha Harvey, 900 words", 250), ("Review: Prophet Song by Paul Lynch, 850 words", 250),
         ("Interview transcription (Q&A with Colm Tóibín)", 120)],
        [("Translation of 'Brooklyn' extract for anthology, 3,000 words", 450), ("Proofreading, 40 pp.", 200)],
    ][i]
    total = sum(x for _, x in lines) + (30 if i == 1 else 0)  # one invoice is wrong on purpose
    items = "\n".join(f"  {d} .......... {cur}{x:,}" for d, x in lines)
    addr = "\n".join(a.lines())
    return (
        "Can you check the maths on this invoice and draft a payment request to finance? Ours is due end of month.\n\n"
        f"INVOICE {['NR-0417', '2025/09', 'INV-112'][i]}\n{p.full()}\n{addr}\n{c.email(p)}\n\n"
        f"To: Accounts Payable, The Northern Review\n{items}\n  TOTAL {cur}{total:,}\n\n"
        f"Payment by bank transfer to {IBAN(iban)} (account name {p.full()}). Not VAT registered."
    )


@T("personal_publishing", "author_query", 3)
def _(c, i):
    p = c.p()
    a = c.addr(["GB", "IE", "US", "AU", "CA"])
    t = a.town
    book = [
        ("THE SALT HOUSE", "literary novel of 92,000 words", "Maggie O'Farrell's Hamnet and Claire Keegan"),
        ("NIGHT FERRY TO ROSSLARE", "crime novel of 84,000 words", "Tana French and Jane Casey"),
        ("WHAT THE HERON KNEW", "middle-grade adventure of 41,000 words", "Katherine Rundell and Philip Pullman"),
    ][i]
    return (
        "Draft a kind but clear rejection for this query. We're closed to debuts in this genre till spring.\n\n"
        f"> Dear Editor,\n> I am seeking a home for {book[0]}, a {book[1]}, which will appeal to readers of {book[2]}.\n"
        f"> I live in {t} and work part-time in a bookshop. This is my second novel.\n> Thank you for your time,\n"
        f"> {p.full()}\n> {c.email(p)} | {a.phone()}"
    )


@T("personal_publishing", "subscriber_complaint", 3)
def _(c, i):
    p = c.p()
    a = c.addr(["GB", "IE", "US"])
    mag = ["The Oldie", "Gramophone", "Runner's World"][i]
    if i < 2:
        card = CARD(["4556 7302 0418 8330", "5351104472091861"][i])
        pay = f"I paid with my card {card} exp 09/27 and you took it twice!!"
    else:
        pay = f"you can call me on {a.phone()} but not before 10"
    addr = ", ".join(a.lines())
    return (
        f"Summarise this for the subscriptions team and draft a reply. Don't repeat any payment details back.\n\n"
        f"> Subject: {mag} renewal - AGAIN\n> I have been a subscriber since 2009 and this is the third time the "
        f"March issue has gone to my old flat. {pay}\n> My address is {addr}.\n> {p.full()}"
    )


@T("personal_publishing", "rights_clearance", 3)
def _(c, i):
    p = c.p()
    pic = [
        "photo of Paul McCartney on the Pyramid Stage (Glastonbury 2022)",
        "shot of the Angel of the North in the snow",
        "picture of Serena Williams' last match at Arthur Ashe Stadium",
    ][i]
    return (
        "Can you turn this thread into a short rights-clearance note for the picture desk file (who, what, fee, credit line)?\n\n"
        f"> On 3 Feb, {p.full()} <{c.email(p)}> wrote:\n> Happy for you to use my {pic} in the print edition and online "
        f"for 12 months, £180 one-off. Credit as \"Photo: {p.full()}\". Invoice to follow. If there's a problem ring "
        f"me on {c.phone(['GB', 'GB', 'US'][i])}.\n>\n> >> Hi {p.g()}, we'd love to run your {pic} for our anniversary issue…"
    )


@T("personal_publishing", "translator_contract", 2)
def _(c, i):
    if i == 0:
        p = c.p(cultures={"German", "Austrian"})
        a = c.addr(["DE"])
        tax = f"Steuer-ID {NID('47319528406')}"
        d = c.dob("de")
        work = "Daniel Kehlmann's Lichtspiel (English translation rights, 2027)"
    else:
        p = c.p(cultures={"English", "Scottish", "Welsh"})
        a = c.addr(["GB"])
        tax = f"NI number {NID('JT 48 27 91 C')}"
        d = c.dob("uk")
        work = "Jon Fosse's Septology vol. 4 (proofs only)"
    return (
        f"Fill in Schedule 1 of the translator agreement from these details, in our usual layout:\n\n"
        f"Translator: {p.full()}\nDate of birth: {d}\nAddress: {a.inline()}\n{tax}\n"
        f"Work: {work}\nFee: £95 per 1,000 words, half on signature"
    )


@T("personal_publishing", "contributors_lower", 2, case="lower")
def _(c, i):
    ppl = c.ps(3)
    t = c.addr(["GB", "IE"]).town
    bios = [
        ("writes about birds and bad weather. her first collection is out next year",
         "is a former chef who now teaches in " + t,
         "won the bridport prize in 2021 and is working on a novel about the miners' strike"),
        ("is a sound engineer and occasional poet",
         "lives in " + t + " with too many books",
         "translated the lorca poems in this issue"),
    ][i]
    return (
        "can you make these into the contributors para for the back page, alphabetical by surname, same tone as last issue\n\n"
        f"{ppl[0].full()} {bios[0]}\n{ppl[1].full()} {bios[1]}\n{ppl[2].full()} {bios[2]}"
    )


@T("personal_publishing", "us_w9", 2)
def _(c, i):
    p = c.p(cultures={"US", "African American", "Mexican American", "Filipino", "Korean", "Chinese"})
    a = c.addr(["US"])
    ssn = SSN(["412-78-3096", "528-61-4470"][i])
    return [
        f"A freelancer just Slacked me their SSN for the 1099 ({ssn}, {p.full()}, {a.street}, {a.town} {a.region} {a.pc}). "
        f"Is that OK to keep in Slack? Draft a message asking them to use the vendor portal instead and saying I've deleted it.",
        f"Contributor W-9 details for the payments sheet — can you reformat as one CSV line (name,address,tin)?\n"
        f"Name: {p.full()}\nAddress: {a.street}, {a.town}, {a.region} {a.pc}\nSSN: {ssn}",
    ][i]


@T("personal_publishing", "launch_rsvp", 3)
def _(c, i):
    ppl = c.ps(4)
    ev = ["Bernardine Evaristo in conversation, Foyles Charing Cross Road",
          "launch of the new Ann Cleeves Shetland book, Waterstones Newcastle",
          "Richard Osman signing, Toppings Ely"][i]
    e0 = c.email(ppl[0])
    rows = [f"{ppl[0].full()} <{e0}> +1",
            f"{ppl[1].full()} <{c.email(ppl[1])}>",
            f"{ppl[2].western()} - {c.email(ppl[2])} (+2?)",
            f"{ppl[0].full()} <{e0}> +1",
            f"{ppl[3].full()}, no email, rang the shop"]
    return (
        f"RSVPs for {ev}. Dedupe, count heads incl. plus-ones, and tell me if we're over 60:\n\n" + "\n".join(rows)
    )


# --------------------------------------------------------------------------- other languages
@T("personal_publishing", "it_fattura", 2, lang="it")
def _(c, i):
    who, cf, a_cc = [("Chiara Esposito", "SPSCHR90E54F839L", "IT"), ("Matteo Lo Iacono", "LCNMTT85L12G273A", "IT")][i]
    p = c.who(who)
    a = c.addr(["IT"])
    iban = ["IT46K0306902117100000418236", "IT46 K030 6902 1171 0000 0418 236"][i]
    return (
        "Mi controlli questa fattura di un collaboratore? Ritenuta d'acconto al 20%, mi sembra sbagliato il netto.\n\n"
        f"{p.full()}\n{a.street}\n{a.pc} {a.town} ({a.region})\nC.F. {NID(cf)}\n\n"
        f"Spett.le Redazione\nOggetto: recensione \"L'amica geniale\" – adattamento teatrale, 6.000 battute\n"
        f"Compenso lordo € 300,00\nRitenuta d'acconto € 60,00\nNetto a pagare € 250,00\n\n"
        f"Pagamento su IBAN {IBAN(iban)}"
    )


@T("personal_publishing", "nl_abonnee", 2, lang="nl")
def _(c, i):
    p = c.f("nl")
    a = c.addr(["NL"])
    return [
        f"Kun je deze klacht samenvatten voor de abonnementenservice en een vriendelijk antwoord opstellen?\n\n"
        f"> Geachte redactie, al drie zaterdagen geen krant, terwijl de buren hem wel krijgen. Ik betaal toch niet "
        f"voor niks. Mijn adres is {a.street}, {a.pc} {a.town}.\n> Met vriendelijke groet,\n> {p.full()}\n> {a.phone()}",
        f"Schrijf een excuusmail aan {p.full()} ({c.email(p)}). Haar zaterdagbijlage met de Maarten 't Hart-special is "
        f"twee keer niet bezorgd op {a.street} in {a.town}. We bieden drie weken gratis digitaal aan.",
    ][i]


@T("personal_publishing", "pl_umowa", 2, lang="pl")
def _(c, i):
    who, pesel = [("Zofia Kędzierska", "83102904681"), ("Kacper Mazur", "92071415731")][i]
    p = c.who(who)
    a = c.addr(["PL"])
    iban = ["PL23 1140 2004 0000 3602 0184 7731", "PL23114020040000360201847731"][i]
    dzielo = ["przekład opowiadań Olgi Tokarczuk na potrzeby antologii", "redakcja merytoryczna reportażu o Kapuścińskim"][i]
    return (
        "Uzupełnij proszę dane w umowie o dzieło na podstawie tego maila, i sprawdź czy niczego nie brakuje:\n\n"
        f"> Dzień dobry, przesyłam dane do umowy:\n> {p.full()}\n> {a.street}{' ' + a.flat if a.d.get('flat') else ''}, "
        f"{a.pc} {a.town}\n> PESEL {NID(pesel)}\n> nr konta {IBAN(iban)}\n> Przedmiot: {dzielo}\n> Pozdrawiam, {p.g()}"
    )

# =========================================================================== personal_culture
@T("personal_culture", "loan_agreement", 3)
def _(c, i):
    p = c.p()
    a = c.addr(["GB", "IE", "US"])
    obj = [
        ("The Hepworth Wakefield", "Barbara Hepworth, maquette for 'Single Form', bronze, 1961", "£240,000"),
        ("Pallant House Gallery", "Paula Rego, 'Nursery Rhymes' etching, proof 3/10", "£18,500"),
        ("The Lowry, Salford", "L. S. Lowry, 'Mill Scene with Figures', oil on board", "£410,000"),
    ][i]
    return (
        "Summarise the lender's obligations in this loan agreement and flag anything unusual before I send it to our registrar.\n\n"
        f"LOAN AGREEMENT (extract)\nLender: {p.full()}, {a.inline()}, tel. {a.phone()}\nBorrower: {obj[0]}\n"
        f"Object: {obj[1]}\nInsurance: nail-to-nail, agreed value {obj[2]}, borne by Borrower\n"
        f"4.2 The Lender will collect the Object personally from the Borrower's loading bay.\n"
        f"7.1 Credit line: \"Private collection, courtesy of {p.full()}\"\n"
        f"9.3 The Lender's home address shall not be disclosed to any third party."
    )


@T("personal_culture", "donor_list", 3)
def _(c, i):
    ppl = c.ps(4) + [c.p(plain=True)]
    lines = [
        f"Dr {ppl[0].full()} and {ppl[1].full()} — Patron",
        "The Linbury Trust — Benefactor",
        f"{ppl[2].full()}, in memory of {ppl[3].full()} — Friend",
        "Anonymous (4) — Friends",
        f"Mr and Mrs {ppl[4].f()} — Patron",
        "Arts Council England — Public funder",
    ]
    order = [[0, 1, 2, 3, 4, 5], [4, 2, 0, 5, 1, 3], [1, 3, 0, 2, 5, 4]][i]
    hall = ["Wigmore Hall", "Sheldonian", "Snape Maltings"][i]
    return (
        f"Alphabetise these supporters by surname for the {hall} programme, grouped by tier "
        f"(Benefactor, Patron, Friend), trusts and funders after individuals:\n\n" + "\n".join(lines[k] for k in order)
    )


@T("personal_culture", "ticket_complaint", 3)
def _(c, i):
    p = c.p()
    venue = ["the Royal Albert Hall", "Bridgewater Hall", "the Usher Hall"][i]
    concert = ["the Proms — Mahler 2 with the LSO", "Hallé, Elgar's Enigma Variations", "RSNO, Nicola Benedetti playing Bruch"][i]
    return (
        "Reply to this customer on behalf of the box office. We can offer an exchange, not a refund. Summarise the issue first.\n\n"
        f"> Booking ref HAL-{['48213', '77031', '50964'][i]} — {p.full()}\n"
        f"> We booked step-free seats for {concert} at {venue} and were sent up three flights. My partner uses a stick. "
        f"Noone at the door knew anything. Please call me on {c.phone('GB')} or email {c.email(p)}."
    )


@T("personal_culture", "audition_list", 2)
def _(c, i):
    ppl = c.ps(4)
    inst = [("viola", "Don Juan, opening"), ("viola", "Mendelssohn Midsummer Night's Dream, Scherzo"),
            ("cello", "Brahms 2, 3rd mvt solo"), ("cello", "Verdi Requiem, Offertorio")]
    hdr = "| time | candidate | instrument | excerpt |\n|---|---|---|---|"
    rows = "\n".join(f"| {['10:00', '10:25', '10:50', '11:15'][k]} | {ppl[k].full()} | {inst[k][0]} | {inst[k][1]} |" for k in range(4))
    ask = ["Turn this audition schedule into an e-mail to the panel, with a 10-minute break after the second candidate:",
           "Can you reorder this so the cellos go first and write a line to each candidate confirming their slot?"][i]
    return f"{ask}\n\n{hdr}\n{rows}"


@T("personal_culture", "volunteer_rota", 3, case="lower")
def _(c, i):
    ppl = c.ps(4)
    rooms = ["turner room", "hockney gallery", "front desk", "shop"]
    day = ["saturday", "sunday", "bank holiday monday"][i]
    rows = [f"{rooms[0]} am - {ppl[0].g()} {c.phone('GB')}",
            f"{rooms[1]} - {ppl[1].full()} (needs to leave at 3)",
            f"{rooms[2]} - {ppl[2].g()} + {ppl[3].g()}",
            f"{rooms[3]} - nobody yet!!"]
    return (f"can you make this into a tidy table for the volunteers whatsapp group for {day}. "
            f"also write a short msg asking for someone to cover the shop\n\n" + "\n".join(rows))


@T("personal_culture", "youth_cast", 2)
def _(c, i):
    kid, par = (c.m(), c.f()) if i == 0 else (c.p(), c.p())
    if i == 0:
        k2 = c.m()
        t = c.addr(["GB"]).town
        return (
            "Edit these cast bios for the Billy Elliot programme (youth production), 40 words max each, keep them fun:\n\n"
            f"{kid.full()} (Billy) is 12 and from {t}. Has been dancing since he was 5 and supports Newcastle.\n"
            f"{k2.full()} (Michael) is 11, loves Hamilton and his dog Pickles. Thanks Mum {par.g()} for all the lifts!"
        )
    a = c.addr(["GB"])
    return (
        "Check this chaperone/consent form for the Matilda the Musical summer school has everything the council licence needs:\n\n"
        f"Child: {kid.full()}\nDOB: {c.dob('youth_uk')}\nHome address: {a.inline()}\n"
        f"Parent/guardian: {par.full()}, mobile {a.phone()}\nMedical: mild asthma, inhaler in bag"
    )


@T("personal_culture", "gift_aid", 2)
def _(c, i):
    p = c.f() if i == 0 else c.m()
    a = c.addr(["GB"])
    org = ["the Friends of the Fitzwilliam", "Opera North's Chorus Circle"][i]
    return (
        f"Is this Gift Aid declaration for {org} valid for HMRC, or do we need to go back to the donor?\n\n"
        f"Title: {['Mrs', 'Mr'][i]}  First name: {p.g()}  Surname: {p.f()}\n"
        f"Home address: {a.street}, {a.town}\nPostcode: {a.pc}\n"
        f"[x] I am a UK taxpayer …  Date: 04/05\nSigned: {p.initial()}"
    )


# --------------------------------------------------------------------------- other languages
@T("personal_culture", "de_leihvertrag", 2, lang="de")
def _(c, i):
    p = c.p("de")
    a = c.addr(["DE", "AT"])
    werk = ["Paula Modersohn-Becker, „Mädchen mit Blumenkranz“, Öl auf Pappe, um 1902",
            "Gabriele Münter, „Blick aufs Murnauer Moos“, 1908"][i]
    return (
        "Fass mir bitte die wichtigsten Pflichten aus dem Leihvertrag zusammen (Stichpunkte, für die Registrarin):\n\n"
        f"Leihgeber: {p.full()}, {a.street}, {a.pc} {a.town}, Tel. {a.phone()}\n"
        f"Leihnehmer: Kunsthalle Bremen\nLeihgabe: {werk}\n"
        f"§ 5 Versicherung „von Nagel zu Nagel“ durch den Leihnehmer.\n"
        f"§ 8 Im Katalog wird der Leihgeber als „Privatbesitz, {p.full()}“ genannt."
    )


@T("personal_culture", "sv_medlemmar", 2, lang="sv")
def _(c, i):
    if i == 0:
        a, b, d = c.p(cultures={"Swedish"}), c.p("sv"), c.p("sv")
        return (
            "Kan du skriva ett kort utskick till kören om att vårkonserten (Brahms requiem i Uppsala domkyrka) flyttas "
            "till den 24 maj? Skicka till de här:\n\n"
            f"{a.full()}, {c.email(a)}\n{b.full()}, {c.email(b)}\n{d.full()}, {c.phone('SE')}"
        )
    a = c.who("Linnéa Sjöberg")
    return (
        "Hjälp mig sammanfatta det här medlemsärendet till styrelsen i teaterföreningen:\n\n"
        f"Medlem: {a.full()}, personnr {NID('890412-2382')}\nAdress: {c.addr(['SE']).inline()}\n"
        f"Ärende: vill byta sina abonnemangsplatser till Fröken Julie på Dramaten och slippa balkongen."
    )


@T("personal_culture", "fr_mecenes", 2, lang="fr")
def _(c, i):
    p, q = c.p("fr"), c.p("fr")
    if i == 1:
        return (
            f"Peux-tu classer ces mécènes par ordre alphabétique pour le programme de l'Orchestre national de Lille ?\n"
            f"- {p.full()}\n- Fondation Daniel et Nina Carasso\n- {q.full()}\n- Anonyme (2)\n"
            f"Et prépare un mail pour {q.g()} ({c.email(q)}) qui a demandé à ne plus apparaître.")
    a = c.addr(["FR"])
    return [
        f"Rédige une lettre de remerciement pour {p.full()} et {q.full()}, mécènes de la saison (leur don finance la "
        f"reprise de « Cyrano de Bergerac »). Adresse : {a.street}, {a.pc} {a.town}. Ton chaleureux, pas obséquieux.",
    ][i]


@T("personal_culture", "cs_predplatne", 2, lang="cs")
def _(c, i):
    p = c.f("cs") if i == 0 else c.m("cs")
    a = c.addr(["CZ"])
    return [
        f"Shrň mi prosím stížnost abonentky a navrhni odpověď (nabídnout výměnu vstupenek, ne vrácení peněz):\n\n"
        f"> Dobrý den, jsem abonentka Národního divadla už 15 let. Na Rusalku jsme dostali místa za sloupem.\n"
        f"> {p.full()}, {a.street}, {a.pc} {a.town}, tel. {a.phone()}",
        f"Napiš krátký e-mail (komu: {p.full()}, {c.email(p)}), že jeho předplatné na Prodanou nevěstu bylo převedeno "
        f"na manželku a nové vstupenky mu pošleme na adresu {a.street}, {a.town}.",
    ][i]

# =========================================================================== personal_sport
@T("personal_sport", "membership_csv", 4)
def _(c, i):
    club = ["Calder Valley Harriers", "Wharfedale Rowing Club", "Kelso Netball", "St Columba's GAA"][i]
    ask = ["Which of these members are overdue on subs, and are any of them juniors who need a parent contact?",
           "Find the duplicate member in this export and tell me which row to keep.",
           "Turn this into a mail-merge list for the AGM notice (first name + email only).",
           "Who turns 18 before 1 September? They move to senior fees."][i]
    ppl = c.ps(5)
    rows = ["member_no,first_name,last_name,dob,email,mobile,postcode,subs_2025"]
    for k, p in enumerate(ppl):
        st = ["uk", "iso"][i % 2]
        dob = c.dob("youth_" + st) if k in (1, 3) else c.dob(st)
        a = c.addr(["GB"]) if k < 3 else None
        pc = a.pc if a else ""
        mob = a.phone() if a else c.phone("GB")
        paid = ["paid", "OVERDUE", "paid", "", "paid"][k]
        rows.append(f"{1040 + 17 * k + i},{p.g()},{p.f()},{dob},{c.email(p)},{mob},{pc},{paid}")
    if i == 1:
        rows.append(rows[2].replace(str(1040 + 17 + i), str(1163 + i), 1))
    return f"{ask} ({club})\n\n" + "\n".join(rows)


@T("personal_sport", "youth_match_report", 3)
def _(c, i):
    ks = [c.m(), c.m(), c.p(), c.p()] if i < 2 else [c.f(), c.f(), c.f(), c.f()]
    team = ["Holmfirth Juniors U13", "Ludlow Town U12", "Alnwick Girls U14"][i]
    opp = ["Penistone Church", "Leominster Minors", "Morpeth Town"][i]
    return (
        f"Shorten this {team} match report to about 120 words for the club website. Safeguarding: first names only on the site.\n\n"
        f"What a game against {opp}! {ks[0].full()} opened the scoring with a run Bellingham would've been proud of, "
        f"then {ks[1].full()} doubled it from the spot. {ks[2].western()} was outstanding in goal — "
        f"proper Pickford energy — and {ks[3].full()} got player of the match for a shift at left back. Final score 3–1."
    )


@T("personal_sport", "fan_moderation", 3)
def _(c, i):
    ppl = c.ps(3)
    ips = [["81.154.22.197", "86.12.208.44", "2a02:c7c:4e18:9f00::1b"],
           ["176.24.93.11", "92.40.187.66", "31.94.12.250"],
           ["82.132.218.9", "2a00:23c8:1a07:5e01:9d2:41ff:fe3a:77c0", "109.150.41.3"]][i]
    reasons = ["abuse aimed at Jordan Henderson", "posting the ref's home town", "spam (fake ticket links)"]
    rows = []
    for k, p in enumerate(ppl):
        rows.append(f"2025-03-0{k + 2} 21:1{k}  user={c.handle(p)}  ip={IP(ips[k])}  email={c.email(p)}  "
                    f"action={'post_removed' if k else 'warned'}  reason=\"{reasons[(k + i) % 3]}\"")
    forum = ["the Spurs supporters' forum", "our Leeds fans Discord", "the Celtic fan site"][i]
    return (f"Mod log from {forum}. Which accounts look like the same person, and what would you ban?\n\n" + "\n".join(rows))


@T("personal_sport", "injury_note", 2)
def _(c, i):
    p = c.m() if i == 0 else c.f()
    d = c.dob("uk")
    mrn = MRN(["RX1 448 2190", "K4418207"][i])
    inj = ["suspected ACL rupture R knee after the Harrogate game, MRI booked", "grade 2 hamstring strain, left, recurrence"][i]
    return (
        "Summarise this physio note for the head coach — availability and timeline only, no medical detail:\n\n"
        f"Player: {p.full()}  DOB {d}\nHospital no. {mrn} (Harrogate District)\nDx: {inj}\n"
        f"Plan: no contact 6 wks, review with the ortho consultant — {p.g()} aware, club doctor copied"
    )


@T("personal_sport", "season_ticket_lower", 2, case="lower")
def _(c, i):
    p, q = c.p(), (c.m() if i == 0 else c.p())
    ph = c.phone("GB") if i == 0 else ""
    return [
        f"hi can you help me word a message to the ticket office, i want to transfer my season ticket (block 112 row "
        f"k seat 44) to my brother {q.full()} for the rest of the season because i'm moving to dubai. my name is "
        f"{p.full()}, account no 2203917, my mobile is {ph}",
        f"draft a reply to {p.full()} who says their seat at st james' park was sold twice for the derby. offer the "
        f"newcastle v sunderland replacement in the milburn stand and cc {q.g()} from the ticket office",
    ][i]


@T("personal_sport", "junior_transfer", 2)
def _(c, i):
    kid, par = c.p(), c.p()
    d = c.dob("youth_iso" if i else "youth_uk")
    return (
        "Check this registration transfer is complete before it goes to the county FA:\n\n"
        f"Player: {kid.full()}\nDate of birth: {d}\nFrom: {['Whitby Town Juniors', 'Stroud Valley Colts'][i]}\n"
        f"To: {['Scarborough Athletic U15', 'Forest Green Rovers Academy'][i]}\n"
        f"Parent/guardian: {par.full()} ({c.email(par)})\nReason: moved house"
    )


@T("personal_sport", "referee_assignments", 3)
def _(c, i):
    refs = c.ps(3)
    fx = [["Hebden Bridge Saints v Sowerby United", "Todmorden Borough v Mytholmroyd"],
          ["Kelso United v Gala Fairydean Rovers", "Hawick Royal Albert v Duns"],
          ["Whitby Fishermen v Sleights", "Robin Hood's Bay v Staithes Athletic"]][i]
    return (
        "Write the Saturday officials e-mail from this. Kick-offs 2pm unless stated.\n\n"
        f"{fx[0]} — ref {refs[0].full()} ({c.phone('GB')}), AR {refs[1].western()}\n"
        f"{fx[1]} — ref {refs[2].full()}, no ARs, club linesmen\n"
        f"Reserve: {refs[1].g()} if {refs[0].g()} can't make it"
    )


@T("personal_sport", "fan_meetup_lower", 2, case="lower")
def _(c, i):
    ppl = c.ps(4)
    ground = ["villa park", "the stadium of light"][i]
    return (
        f"who's booked on the coach to {ground}? make me a list from this chat and tell me how many seats left (we have 53)\n\n"
        f"{ppl[0].g()}: me + {ppl[1].g()}\n{ppl[2].full()}: 1 seat, paid on monzo\n"
        f"{ppl[3].g()}: 2 if the kids can come, will confirm friday\n{ppl[1].g()}: actually make it 2 for us, bringing my dad"
    )


# --------------------------------------------------------------------------- other languages
@T("personal_sport", "es_socios", 1, lang="es")
def _(c, i):
    ppl = c.ps(3, "es")
    dnis = ["48293017D", "53108842W", "20917735V"]
    if i == 0:
        rows = "\n".join(f"{ppl[k].f()}, {ppl[k].g()};{NID(dnis[k])};{c.phone('ES') if k != 1 else ''}" for k in range(3))
        return ("Ordena esta lista de socios de la peña por apellido y dime a quién le falta el teléfono. "
                "Es para el autobús a San Mamés:\n\napellidos, nombre;dni;móvil\n" + rows)
    return (
        f"Redacta un correo para los nuevos socios del club de remo (bienvenida, cuota, horarios en Pasaia):\n"
        f"- {ppl[0].full()} ({c.email(ppl[0])}), DNI {NID('71634208H')}\n- {ppl[1].full()} ({c.email(ppl[1])})\n"
        f"- {ppl[2].full()}, sin email, llamar al {c.phone('ES')}"
    )


@T("personal_sport", "pt_atletas", 2, lang="pt")
def _(c, i):
    ppl = c.ps(2, "pt")
    cpfs = [["318.407.226-65", "204.117.839-63"], ["487.220.915-05", "615.093.274-52"]][i]
    fed = ["Federação Catarinense de Judô", "Federação Aquática Paulista"][i]
    return (
        f"Confere se essas inscrições estão completas pra mandar pra {fed}? Falta algum dado?\n\n"
        f"1. {ppl[0].full()} – nasc. {c.dob('pt')} – CPF {NID(cpfs[0])} – {c.addr(['BR']).town if i == 0 else 'Santos'}\n"
        f"2. {ppl[1].full()} – nasc. {c.dob('pt')} – CPF {NID(cpfs[1])} – responsável: mãe, {c.phone('BR')}"
    )


@T("personal_sport", "nb_lagliste", 2, lang="nb", case="lower")
def _(c, i):
    ks = c.ps(3, "nb")
    return (
        "kan du lage en ryddig laglisteoversikt til foreldremøtet? g2015, trener er meg. og skriv en kort melding om "
        "dugnad lørdag\n\n"
        f"{ks[0].full()} f. {c.dob('youth_no')} - mor tlf {c.phone('NO')}\n"
        f"{ks[1].full()} f. {c.dob('youth_no')} - far tlf {c.phone('NO')}\n"
        f"{ks[2].g()} (ny, mangler kontaktinfo)"
    ) if i == 0 else (
        f"skriv en melding til foreldrene om at {ks[0].western()} og {ks[1].full()} er tatt ut til "
        f"norway cup-laget. {ks[2].full()} er reserve. oppmøte ekebergsletta kl 08:30"
    )


@T("personal_sport", "tr_taraftar", 2, lang="tr")
def _(c, i):
    p = c.p("tr")
    if i == 0:
        a = c.addr(["TR"])
        return (
            "Bu üyelik başvurusunu derneğin yönetimine kısa bir özet olarak yazar mısın?\n\n"
            f"Ad Soyad: {p.full()}\nT.C. Kimlik No: {NID('38471029510')}\nAdres: {a.street} {a.flat}, {a.town} / {a.region}\n"
            f"Cep: {a.phone()}\nTaraftarı olduğu kulüp: Ayvalıkgücü Belediyespor"
        )
    q = c.m("tr")
    return (
        f"Taraftar grubumuz için deplasman listesi hazırlıyorum. {p.full()} ve {q.full()} otobüste yer ayırttı, "
        f"ikisine de teşekkür mesajı yazar mısın? {q.g()} Bey'in numarası {c.phone('TR')}, mesajı WhatsApp'tan atacağım."
    )

# =========================================================================== personal_audio_video
@T("personal_audio_video", "guest_release", 3)
def _(c, i):
    p = c.p()
    a = c.addr(["GB", "US", "AU", "CA", "IE"])
    show = ["Lost Railways of Britain (ep. 41, the Settle–Carlisle line)", "The Long Count (true crime, S3E2)",
            "Kitchen Table Classics (ep. 12, Delia Smith's Christmas)"][i]
    return (
        "Is this guest release complete? Flag anything missing before we publish on Spotify and YouTube.\n\n"
        f"GUEST APPEARANCE RELEASE\nProgramme: {show}\nGuest name: {p.full()}\nAddress: {a.inline()}\n"
        f"Email: {c.email(p)}\nPhone: {a.phone()}\nPermission to use likeness in clips: YES\nSigned: {p.western()}  Date: ____"
    )


@T("personal_audio_video", "podcast_transcript", 3)
def _(c, i):
    host, guest = c.p(), c.p()
    H, G = host.upper_label(), guest.upper_label()
    topic = [
        ("Grace Darling and the Forfarshire wreck", "my great-great-aunt kept the lifeboat log in Bamburgh"),
        ("the Brunel bridges", "I did my apprenticeship on the Clifton Suspension Bridge repaint"),
        ("Wimbledon 1977 and Virginia Wade", "my dad queued three nights for Centre Court"),
    ][i]
    return (
        f"Write show notes (80 words) and chapter timestamps for this episode on {topic[0]}:\n\n"
        f"[00:00] {H}: Welcome back, I'm {host.g()}, and today I'm joined by {guest.full()}.\n"
        f"[00:41] {G}: Thanks {host.g()}. So, {topic[1]}.\n"
        f"[07:15] {H}: And that's where it gets interesting…\n"
        f"[22:30] {G}: If anyone wants to get in touch, I'm on Instagram as {c.handle(guest)}.\n"
        f"[24:02] {H}: Lovely. Thanks, {guest.g()}."
    )


@T("personal_audio_video", "caller_log", 2)
def _(c, i):
    ppl = c.ps(3)
    towns = [c.addr(["GB"]).town, c.addr(["GB"]).town]
    topic = ["the Glastonbury ticket fiasco", "whether Taylor Swift's Eras tour was worth £200"][i]
    return (
        f"Phone-in log from this morning on {topic}. Pick the three best calls for the highlights package and write a one-line intro each.\n\n"
        f"07:42  {ppl[0].full()}, {towns[0]}, {c.phone('GB')} — angry, good clip at 07:44\n"
        f"07:51  {ppl[1].g()} from {towns[1]} — funny, mentions her nan\n"
        f"08:05  {ppl[2].full()} (callback {c.phone('GB')}) — lost line, call back for tomorrow?"
    )


@T("personal_audio_video", "yt_comments", 3, case="lower")
def _(c, i):
    ppl = c.ps(3)
    vids = ["our review of the new sabrina carpenter album", "the 'making of' video for billy elliot", "the messi vs ronaldo debate stream"][i]
    rows = [
        f"@{c.handle(ppl[0])}: this is the worst take ive ever heard lol",
        f"@{c.handle(ppl[1])}: {ppl[2].g()} you're an idiot, stick to football",
        f"@{c.handle(ppl[2])}: email me {c.email(ppl[2])} if you want the full stems",
    ]
    return (f"these are comments on {vids}. which ones break the community guidelines and what should we do "
            f"(hide / delete / ban)\n\n" + "\n".join(rows))


@T("personal_audio_video", "guest_pitch", 3)
def _(c, i):
    p = c.p()
    pitch = [
        "I spent 20 years as a stagehand at the National and worked on the original War Horse",
        "My grandmother sang with the D'Oyly Carte and I've got her letters from the 1950s",
        "I run a Jane Austen walking tour in Bath and have a few theories about Persuasion",
    ][i]
    return (
        "Draft a friendly reply saying we'd like a 20-minute pre-chat next week:\n\n"
        f"> Hi there, long-time listener! {pitch}. Would love to come on the show.\n> Best, {p.full()}\n"
        f"> {c.phone(['GB', 'GB', 'GB'][i])} · {c.email(p)}"
    )


# --------------------------------------------------------------------------- other languages
@T("personal_audio_video", "it_sottotitoli", 2, lang="it")
def _(c, i):
    p, q = c.p("it"), c.p("it")
    t = c.addr(["IT"]).town
    return (
        "Traduci in inglese questi sottotitoli del documentario, lascia invariati i sottopancia coi nomi:\n\n"
        f"12\n00:03:14,200 --> 00:03:17,900\n[SOTTOPANCIA: {p.full()}, pescatore, {t}]\n\n"
        f"13\n00:03:18,000 --> 00:03:22,400\nMio nonno diceva che qui Visconti girò mezza \"La terra trema\".\n\n"
        f"14\n00:03:25,100 --> 00:03:29,000\n[SOTTOPANCIA: {q.full()}, sua cugina]"
    ) if i == 0 else (
        f"Mi scrivi una mail per {p.full()} ({c.email(p)})? Le chiediamo la liberatoria per l'intervista girata "
        f"a {t} per la puntata su Fellini. Se serve, la chiama {q.g()} della produzione."
    )


@T("personal_audio_video", "fi_haastattelu", 2, lang="fi")
def _(c, i):
    if i == 0:
        p = c.p("fi")
        town = M("LOCATION", c.addr(["FI"]).d["town"] + "ssa")   # inessive: Torniossa
        return (
            f"Tee tästä haastattelusta 150 sanan tiivistelmä podcastin jaksokuvaukseen:\n\n"
            f"Haastateltava {p.full()} ({c.phone('FI')}) on soittanut kanteletta Sibelius-Akatemian ajoista asti ja "
            f"asuu nykyään {town}. Hän kertoo, miten Kalevala-runot päätyivät hänen levylleen."
        )
    p = c.who("Aino Heikkilä")
    return (
        f"Kirjoita kiitosviesti {M('PERSON', 'Aino Heikkilälle')} ({c.email(p)}) eilisestä haastattelusta. "
        f"Mainitse, että jakso julkaistaan Yle Areenassa ensi viikolla."
    )


@T("personal_audio_video", "da_kilde", 2, lang="da")
def _(c, i):
    p = c.f("da")
    a = c.addr(["DK"])
    return [
        f"Skriv en kort mail til {p.full()} og tak for interviewet til dokumentaren om H.C. Andersens Odense. "
        f"Vi sender dvd'en til {a.street}, {a.flat}, {a.pc} {a.town}. Hun kan ringes op på {a.phone()}.",
        f"Kan du lave et resumé af de her noter til redaktøren? Kilde: {p.full()}, {c.email(p)}. Var frivillig ved "
        f"Roskilde Festival i 11 år, vil gerne stå frem med navn. Bor i {a.town}.",
    ][i]

# =========================================================================== clean_newsroom
@T("clean_newsroom", "headline_case", 4)
def _(c, i):
    return [
        "Put these in AP headline style (title case, AP rules on short words):\n\n"
        "starmer and macron agree channel deal after talks in paris\n"
        "pope leo to visit lebanon in spring, vatican says\n"
        "trump signs order on tiktok as deadline looms\n"
        "will young and gareth gates reunite for pop idol anniversary",
        "Sentence case please, our style, and keep proper nouns right:\n\n"
        "HOW GRACE JONES CHANGED THE LOOK OF THE EIGHTIES\n"
        "NEW HOPE FOR LEEDS AS FARKE MAKES FIVE CHANGES\n"
        "GREEN PARTY SURGE PUTS POLANSKI IN THE SPOTLIGHT\n"
        "MAY DAY RALLY: WHAT DID MAY ACTUALLY PROMISE?",
        "Which of these heads breaks our rule on names in headlines (surname only after first ref in the standfirst)?\n"
        "1. Reeves defends fiscal rules as gilt yields climb\n"
        "2. Rishi Sunak joins Microsoft and Anthropic as adviser\n"
        "3. Rooney: I should never have taken the Plymouth job\n"
        "4. Sabalenka beats Gauff to reach Miami final",
        "Make these headlines fit 32 characters each:\n"
        "- Kemi Badenoch sets out Conservative plan for stamp duty\n"
        "- Zelensky meets Merz and Tusk in Berlin ahead of summit\n"
        "- Lula hosts Modi in Brasília as BRICS leaders gather\n"
        "- Mark Carney names new finance minister in Ottawa",
    ][i]


@T("clean_newsroom", "factcheck_lower", 4, case="lower")
def _(c, i):
    return [
        "quick fact check: was it heath or wilson who took britain into the eec? and which year did thatcher become pm",
        "is it true churchill lost his seat in 1945? colleague says he lost the election but kept woodford",
        "fact check pls: did obama ever actually say 'yes we can' first or was it cesar chavez 'sí se puede'. need it for a sidebar on slogans",
        "was angela merkel chancellor for 16 years exactly? and who was before her, schröder or kohl",
    ][i]


@T("clean_newsroom", "style_names", 3)
def _(c, i):
    return [
        "Style question: do we write Zelensky or Zelenskyy, Kyiv or Kiev, and is it \"President Putin\" or just \"Putin\" on second reference? "
        "Our guide says follow the BBC but I can't find their current line.",
        "How should we refer to Lula on second reference — Lula, Lula da Silva or Da Silva? Same question for Sheinbaum and for "
        "Ramaphosa (is it ever just \"Cyril\"?).",
        "Is it al-Assad, Assad or al-Asad after first mention? And what about Bashar vs Hafez when both are in the same piece?",
    ][i]


@T("clean_newsroom", "explainer_timeline", 3)
def _(c, i):
    return [
        "Turn this into a timeline box for the Brexit explainer, one line each:\n"
        "2013 Cameron promises referendum (Bloomberg speech)\n2016 Leave wins, Cameron resigns, May becomes PM\n"
        "2019 Johnson replaces May, wins December election\n2020 UK leaves EU on 31 January\n2023 Sunak signs Windsor Framework",
        "Can you check the dates in this timeline of French presidents and make it a table: de Gaulle 1959–69, Pompidou 1969–74, "
        "Giscard d'Estaing 1974–81, Mitterrand 1981–95, Chirac 1995–2007, Sarkozy 2007–12, Hollande 2012–17, Macron 2017–",
        "Explainer box: 'Who's who in the Japanese LDP leadership race'. Entries: Takaichi, Koizumi, Hayashi, Kobayashi, Motegi. "
        "One sentence on each, neutral tone, no adjectives.",
    ][i]


@T("clean_newsroom", "sample_byline", 3)
def _(c, i):
    return [
        "Our CMS template shows this preview. Is the byline markup right?\n\n"
        "<p class=\"byline\">By {{author_name}}, {{author_role}}</p>\n<p class=\"dateline\">LONDON, {{pub_date}}</p>\n"
        "Preview renders as: By Jane Doe, Staff Reporter · LONDON, 01/01/1970",
        "Write three sample bylines for the new style guide page showing the format for staff, freelancers and agency copy. "
        "Use placeholder names like Joe Bloggs and A. N. Other, and \"Reuters\" / \"AP\" for agency.",
        "Draft a 'Meet the Team' page skeleton: headings for Editor, Deputy Editor, News Editor, Sports Editor, Picture Editor, "
        "each with [NAME], [PHOTO], [TWITTER HANDLE] and a 40-word bio placeholder.",
    ][i]


@T("clean_newsroom", "press_conf_transcript", 3)
def _(c, i):
    return [
        "Pull the three strongest quotes from this and write a 60-word NIB:\n\n"
        "Q (ITV): Prime Minister, will you rule out raising income tax?\n"
        "STARMER: I'm not going to write the Budget from this podium. Rachel will set it out.\n"
        "Q (Sky): Is Rachel Reeves safe in her job?\nSTARMER: Completely. Next question.",
        "Translate Lagarde's answers into plain English (two lines each):\n\n"
        "Q: Is the ECB behind the curve?\nLAGARDE: We are data-dependent, meeting by meeting. We are not pre-committing.\n"
        "Q: What about Trump's tariffs?\nLAGARDE: Uncertainty is elevated. We will look through first-round effects.",
        "Make a 45-second radio cut summary of this:\n\n"
        "SHEINBAUM: No vamos a aceptar ninguna intervención en nuestro territorio.\n"
        "REPORTER (Reuters): Has President Trump called you this week?\n"
        "SHEINBAUM: We spoke on Tuesday. It was a good conversation, respectful.",
    ][i]


@T("clean_newsroom", "reader_letter_anon", 3)
def _(c, i):
    return [
        "Trim for the letters page (max 120 words). We're running it anonymously.\n\n"
        "Sir — Sadiq Khan's ULEZ expansion has done more for my son's asthma than any inhaler. Those who compare it to "
        "the poll tax should remember how that ended for Mrs Thatcher.\n\nName and address supplied",
        "Can you give this letter a headline and cut it to 100 words?\n\n"
        "Madam — Once again the BBC gives Nigel Farage a platform while the Greens get a minute at midnight. "
        "Ofcom should explain itself.\n\nName withheld, Bristol",
        "Please shorten this for Saturday's letters. Signature stays as sent.\n\n"
        "Sir — As a lifelong Arsenal season-ticket holder I must point out that Arteta is not the first manager to sulk "
        "about VAR. Wenger did it with a water bottle in 2009.\n\nA reader, north London",
    ][i]


@T("clean_newsroom", "accreditation_template", 2)
def _(c, i):
    return [
        "Build me an empty accreditation request form for the Six Nations media centre with these columns: "
        "[Full name], [Outlet], [Role: writer/photographer/broadcast], [Email], [Mobile], [Press card no.]. "
        "Add a sample row with John Smith, The Example Gazette.",
        "Format this outlet-only list for the Wimbledon media desk (no names yet, they'll come from desks):\n"
        "BBC Sport — 4 writers, 2 photographers\nThe Times — 2 writers\nL'Équipe — 1 writer\nTennis Channel — crew of 6\n"
        "Eurosport Deutschland — 1 commentator",
    ][i]


@T("clean_newsroom", "anniversary", 3)
def _(c, i):
    return [
        "Give me an 'on this day' list for 20 July: Apollo 11 landing (Armstrong, Aldrin, Collins), the 1944 Stauffenberg "
        "plot, and Ireland's 1921 truce talks? Check the last one, I'm not sure.",
        "Ideas for the 50th anniversary of Abba winning Eurovision at the Brighton Dome — angles, not a Wikipedia rehash.",
        "We're doing 80 years since VE Day. Which public figures' speeches should we quote? Churchill obviously, "
        "but maybe George VI and Princess Elizabeth in the crowd?",
    ][i]


@T("clean_newsroom", "public_obituary", 3)
def _(c, i):
    return [
        "Turn these notes into a 250-word obituary, wire style:\n"
        "- Maggie Smith, actor, born Ilford 1934\n- Downton Abbey, Harry Potter (McGonagall), The Prime of Miss Jean Brodie (Oscar)\n"
        "- two Oscars, Tony for Lettice and Lovage\n- married Robert Stephens, then Beverley Cross",
        "Check the facts in this obit draft: \"Quincy Jones, born Chicago 1933, produced Thriller for Michael Jackson and "
        "arranged for Frank Sinatra and Count Basie. He won 28 Grammys.\"",
        "Draft a short obituary for the arts page: Ngũgĩ wa Thiong'o, Kenyan novelist (A Grain of Wheat, Petals of Blood, "
        "Decolonising the Mind), switched to writing in Gikuyu, taught at UC Irvine.",
    ][i]


# --------------------------------------------------------------------------- other languages
@T("clean_newsroom", "de_faktencheck", 2, lang="de")
def _(c, i):
    return [
        "Kurzer Faktencheck: Stimmt es, dass Friedrich Merz 2002 den Fraktionsvorsitz an Angela Merkel verloren hat? "
        "Und war Schröder damals noch Kanzler oder schon Stoiber Kandidat?",
        "Formuliere bitte drei Überschriften (max. 60 Zeichen) zu: Habeck verlässt den Bundestag, Baerbock wird "
        "Präsidentin der UN-Generalversammlung. Sachlich, kein Clickbait.",
    ][i]


@T("clean_newsroom", "fr_titres", 1, lang="fr")
def _(c, i):
    return [
        "Propose-moi cinq titres pour un papier sur le retour de Dominique de Villepin, style Le Monde, pas plus de 70 signes.",
        "Vérifie ces dates pour l'encadré : Zola publie « J'accuse… ! » dans L'Aurore en 1898, Dreyfus est réhabilité en 1906, "
        "Clemenceau est alors président du Conseil.",
    ][i]


@T("clean_newsroom", "es_titulares", 1, lang="es")
def _(c, i):
    return [
        "Dame tres titulares alternativos para esta noticia: Sánchez y Feijóo se reúnen en la Moncloa tras el apagón. "
        "Que no pasen de 80 caracteres y sin adjetivos.",
        "¿Se escribe «Milei» o «Javier Milei» en el segundo párrafo según el Libro de estilo de El País? ¿Y con Bukele igual?",
    ][i]

# =========================================================================== clean_publishing
@T("clean_publishing", "titles_named_people", 4)
def _(c, i):
    return [
        "Write 30-word catalogue copy for each of these Penguin Classics reissues:\nAnna Karenina\nJane Eyre\n"
        "Madame Bovary\nDavid Copperfield\nEugénie Grandet",
        "Our book club list for autumn is Rebecca, Emma, Lolita and Carrie. Write a fun intro paragraph that "
        "notices they're all named after women (and that none of those women gets to tell her own story).",
        "Reading list for Year 6 with one line each: Matilda, Coraline, Heidi, Pippi Longstocking, Paddington, "
        "Harry Potter and the Philosopher's Stone, Clarice Bean, That's Me.",
        "Can you group these by period for the window display? Oliver Twist, Tom Jones, Ulysses, Daniel Deronda, "
        "Moll Flanders, Orlando, Eleanor Oliphant Is Completely Fine, Normal People, Stoner.",
    ][i]


@T("clean_publishing", "characters", 3)
def _(c, i):
    return [
        "For a quiz: which novels are these characters from? Heathcliff, Atticus Finch, Elizabeth Bennet, "
        "Lisbeth Salander, Holden Caulfield, Miss Havisham, Bertha Mason.",
        "Write a 200-word piece on why readers still argue about Mr Darcy vs Mr Rochester vs Captain Wentworth. "
        "Light, for the weekend magazine.",
        "Is Jay Gatsby's real name James Gatz, and is Nick Carraway reliable? Need one paragraph for a sixth-form study guide.",
    ][i]


@T("clean_publishing", "prizes", 3)
def _(c, i):
    return [
        "Draft the press release: this year's Booker shortlist includes a debut from Kiran Desai? Check — I think she already won "
        "in 2006 with The Inheritance of Loss. Also mention Susan Choi and Andrew Miller.",
        "Make a table of the big English-language prizes: Booker, Women's Prize, Pulitzer for Fiction, National Book Award, "
        "Costa (now defunct?), Carnegie Medal, Newbery Medal. Columns: country, founded, prize money.",
        "Quick one: is it the Prix Goncourt or the Goncourt Prize in English copy? And do we italicise Prix Renaudot?",
    ][i]


@T("clean_publishing", "mailmerge_template", 3)
def _(c, i):
    return [
        "Fix the merge fields in this contributor invoice template so it pulls from our sheet:\n\n"
        "INVOICE {{invoice_no}}\nFrom: {{contributor_name}}\n{{contributor_address}}\nIBAN: {{iban}}\n"
        "For: {{commission_title}}, {{word_count}} words @ {{rate}}\nTotal: {{total}}",
        "Write a template e-mail to authors whose royalty statements are late. Use [AUTHOR FIRST NAME], [TITLE] and "
        "[AGENT NAME], and sign off from the Royalties Team.",
        "Here's our sample contract schedule — does it read OK?\n\nAuthor: Joe Bloggs\nAddress: 1 Example Street, Anytown, AB1 2CD\n"
        "Work: [Working Title]\nAdvance: £[X], payable in three equal parts",
    ][i]


@T("clean_publishing", "surnames_lower", 3, case="lower")
def _(c, i):
    return [
        "which is longer, war and peace or in search of lost time? someone in the office says proust beats tolstoy by a mile",
        "did dickens and thackeray actually hate each other or is that a myth? need it for a podcast intro",
        "quick q - is it 'brontës' or 'brontes' in running text, and do we put the umlaut on emily, charlotte and anne individually",
    ][i]


@T("clean_publishing", "translation_title", 3)
def _(c, i):
    return [
        "What were these published as in English? Der Vorleser, Pippi Långstrump, Le Petit Prince, Cien años de soledad, "
        "Il nome della rosa. Give translator names too if you know them.",
        "We're doing a Polish edition of 'Where the Crawdads Sing' — what did the Spanish and German editions call it? "
        "Looking for inspiration, not to copy.",
        "How should I translate the title 'Klara and the Sun' into Portuguese so it keeps the ambiguity? "
        "Ishiguro's own note says Klara is an AF, not a girl.",
    ][i]


@T("clean_publishing", "subscriber_template", 2)
def _(c, i):
    return [
        "Write a reply template for late-delivery complaints: Dear {{first_name}}, apologise, offer [X] free issues, "
        "sign off as The Subscriptions Team. Keep it under 120 words.",
        "Turn this into a help-centre FAQ: 'My copy of The Spectator hasn't arrived', 'I want to pause while I'm away', "
        "'How do I gift a subscription to Mr/Ms [Surname]?'",
    ][i]


@T("clean_publishing", "rights_public", 3)
def _(c, i):
    return [
        "Do we need permission to quote 300 words of Nineteen Eighty-Four in a UK anthology now that Orwell is out of copyright? "
        "And what about the US, where I think it's still in?",
        "Rights question: can we use The Great Gatsby's cover art (Cugat's 'celestial eyes') on our reissue, or just the text? "
        "Fitzgerald entered the US public domain in 2021.",
        "Summarise the fair dealing rules for reviews: how much of a Seamus Heaney poem or a Leonard Cohen lyric can a "
        "magazine quote without clearance?",
    ][i]


@T("clean_publishing", "catalogue_csv", 3)
def _(c, i):
    return [
        "Clean this up and sort by author surname:\n\nisbn,title,author,format\n9780141439518,Pride and Prejudice,Jane Austen,pb\n"
        "9780099448792,Beloved,Toni Morrison,pb\n9780571334650,Milkman,Anna Burns,hb\n9780241984543,Babel,R. F. Kuang,pb",
        "Which of these are in print? title|author\nThe Bell Jar|Sylvia Plath\nGiovanni's Room|James Baldwin\n"
        "Austerlitz|W. G. Sebald\nHamnet|Maggie O'Farrell\nSmall Things Like These|Claire Keegan",
        "Add a 'genre' column:\n\"Wolf Hall\",\"Hilary Mantel\"\n\"The Hobbit\",\"J. R. R. Tolkien\"\n\"Gone Girl\",\"Gillian Flynn\"\n"
        "\"Shuggie Bain\",\"Douglas Stuart\"\n\"Piranesi\",\"Susanna Clarke\"",
    ][i]


@T("clean_publishing", "blurb_request", 2)
def _(c, i):
    return [
        "Draft a polite request to Stephen King's agent asking if he'd consider blurbing a debut horror novel. "
        "Mention his piece on Shirley Jackson. Don't grovel.",
        "We have quotes from Margaret Atwood (\"Fierce and funny\") and Neil Gaiman (\"I couldn't put it down\") — "
        "which should go on the front cover and which on the back?",
    ][i]


# --------------------------------------------------------------------------- other languages
@T("clean_publishing", "de_verlag", 2, lang="de")
def _(c, i):
    return [
        "Schreib mir bitte einen Klappentext (ca. 800 Zeichen) für unsere Neuausgabe von „Effi Briest“. "
        "Fontane nicht als verstaubt verkaufen, eher wie Sally Rooney.",
        "Für den Herbstkatalog: je zwei Sätze zu „Buddenbrooks“, „Die Blechtrommel“, „Momo“ und „Tschick“. "
        "Thomas Mann und Günter Grass bitte nicht verwechseln, ist mir letztes Jahr passiert.",
    ][i]


@T("clean_publishing", "pt_traducao", 2, lang="pt")
def _(c, i):
    return [
        "Como ficou o título de \"Dom Casmurro\" nas edições em inglês? E \"Memórias Póstumas de Brás Cubas\"? "
        "Estamos montando uma vitrine de Machado de Assis pro lançamento.",
        "Preciso de uma sinopse curta de \"A Hora da Estrela\" pra orelha do livro. Clarice Lispector, edição comemorativa, "
        "tom sóbrio. Cita a Macabéa mas sem spoiler.",
    ][i]


@T("clean_publishing", "it_collana", 2, lang="it")
def _(c, i):
    return [
        "Mi serve un testo di quarta di copertina per la nuova edizione de \"I Promessi Sposi\": Renzo, Lucia, don Abbondio, "
        "l'Innominato. Massimo 600 battute, niente toni scolastici.",
        "Per la collana tascabile: Calvino, Ginzburg, Morante, Ferrante. Scrivi una riga per autore, e dimmi se \"Lessico "
        "famigliare\" va con la g o senza.",
    ][i]

# =========================================================================== clean_culture
@T("clean_culture", "programme_listing", 4)
def _(c, i):
    return [
        "Format this for the season brochure, composer in caps, work in italics:\n\n"
        "Thu 9 Oct 7.30pm\nBritten Four Sea Interludes\nElgar Cello Concerto — Sheku Kanneh-Mason\nMahler 5\n"
        "CBSO / Kazuki Yamada",
        "Write 150-word programe notes for Brahms 4. Mention the passacaglia and that Bülow premiered it in Meiningen. "
        "Audience is mostly newcomers.",
        "Is 'Rach 3' OK in a headline or too casual? Concert is Yuja Wang playing Rachmaninov's Third with the "
        "Philharmonia at the Royal Festival Hall, plus Shostakovich 10.",
        "Tidy this listing:\nsat 14 june - LSO - Dvořák New World, Sibelius violin concerto (Hilary Hahn) - cond. Antonio Pappano - "
        "barbican hall 7pm\nsun 15 june - family concert: Peter and the Wolf, narrated by Stephen Fry",
    ][i]


@T("clean_culture", "venue_tour", 3)
def _(c, i):
    return [
        "Make a tour table (date, city, venue) from: Carnegie Hall NYC 3 Mar; Symphony Hall Boston 5 Mar; Kennedy Center DC 7 Mar; "
        "Roy Thomson Hall Toronto 10 Mar; Davies Symphony Hall SF 14 Mar.",
        "Check the venue names for the UK leg: Royal Albert Hall, Usher Hall Edinburgh, Bridgewater Hall Manchester, "
        "Colston Hall Bristol — I think that one's been renamed?",
        "European dates for the press release: Concertgebouw Amsterdam, Musikverein Wien, Elbphilharmonie Hamburg, "
        "Philharmonie de Paris (Salle Pierre Boulez), Palau de la Música Catalana.",
    ][i]


@T("clean_culture", "artworks_loan", 3)
def _(c, i):
    return [
        "Summarise this loan for the board paper: the Mauritshuis lends Vermeer's Girl with a Pearl Earring to the Rijksmuseum "
        "for 4 months; Rijksmuseum lends Rembrandt's The Jewish Bride in return; insurance via the Dutch state indemnity scheme.",
        "What are typical terms when the Louvre lends to Louvre Abu Dhabi? Looking for wall-to-wall insurance, couriers, light levels.",
        "Write the credit lines for these loans: Frida Kahlo self-portrait from Museo Dolores Olmedo; Hockney's A Bigger Splash "
        "from Tate; Whistler's Mother from the Musée d'Orsay.",
    ][i]


@T("clean_culture", "wall_labels", 3)
def _(c, i):
    return [
        "Edit these wall labels to 60 words each, no art-speak:\n\n1. Rembrandt van Rijn, Self-Portrait with Two Circles, c. 1665–69, "
        "Kenwood House\n2. John Constable, The Hay Wain, 1821\n3. J. M. W. Turner, The Fighting Temeraire, 1839",
        "Write a family-friendly label for Van Gogh's Sunflowers and one for Seurat's Bathers at Asnières. Reading age 9.",
        "Caption for the press image: Yayoi Kusama, Infinity Mirror Room – Filled with the Brilliance of Life, 2011. "
        "Installation view, Tate Modern. Photo © Tate.",
    ][i]


@T("clean_culture", "theatre_season", 3)
def _(c, i):
    return [
        "Write brochure blurbs (50 words) for our spring season: Billy Elliot, Educating Rita, Shirley Valentine, Blood Brothers. "
        "It's a Willy Russell year apart from Billy.",
        "Order these by running time for the front-of-house team: Hedda Gabler, Uncle Vanya, Hamlet, Miss Saigon, "
        "Les Misérables, Evita, Hamilton.",
        "Social posts (3) for the opening of Tosca, then Madama Butterfly, then Eugene Onegin. Emojis ok but not on Onegin, "
        "the director will kill me.",
    ][i]


@T("clean_culture", "composer_lower", 3, case="lower")
def _(c, i):
    return [
        "is shostakovich 5 too long for a saturday matinee with the youth orchestra? or should we do dvorak 8 instead",
        "whats the difference between bach's st matthew and st john passion, in two sentences for the website",
        "do people still call it 'the eroica' in programme copy or just beethoven 3? and is 'pastoral' capitalised",
    ][i]


@T("clean_culture", "donor_template", 2)
def _(c, i):
    return [
        "Here's the supporters page template — can you fill in the headings and example entries?\n\n"
        "PRINCIPAL SUPPORTERS\nThe Paul Hamlyn Foundation\nThe Esmée Fairbairn Foundation\nGarfield Weston Foundation\n"
        "INDIVIDUALS\n[Title] [First name] [Surname]\nAnonymous (x)",
        "Write three versions of the thank-you line for the programme: one for the Wolfson Foundation, one for "
        "the John Lyon's Charity and one for 'our anonymous donors'.",
    ][i]


@T("clean_culture", "audition_template", 2)
def _(c, i):
    return [
        "Build an audition schedule template for the string section: columns Time | Candidate | Instrument | Set excerpts. "
        "Fill in the excerpts: Mozart 39 finale, Strauss Don Juan, Beethoven 9 recitative. Leave candidates as [Candidate 1] etc.",
        "What are the standard excerpts for a principal horn audition? Siegfried's horn call, Brahms 1, Tchaikovsky 5 solo, "
        "Shostakovich 5 — anything I'm missing?",
    ][i]


# --------------------------------------------------------------------------- other languages
@T("clean_culture", "nl_museum", 2, lang="nl")
def _(c, i):
    return [
        "Schrijf een zaaltekst van 80 woorden bij De Nachtwacht voor kinderen. Noem kapitein Frans Banninck Cocq en "
        "het meisje met de kip, en leg uit wat Operatie Nachtwacht is.",
        "Maak een persbericht: het Van Gogh Museum leent Zonnebloemen uit aan de National Gallery in Londen; in ruil komt "
        "Constable naar Amsterdam. Kort en zakelijk.",
    ][i]


@T("clean_culture", "cs_divadlo", 2, lang="cs")
def _(c, i):
    return [
        "Napiš krátkou anotaci k Prodané nevěstě do programu Národního divadla. Smetana, libreto Sabina, "
        "nezapomeň na Jeníka, Mařenku a Kecala.",
        "Potřebuju pět postů na Instagram k sezoně: Rusalka, Její pastorkyňa, Věc Makropulos, Kouzelná flétna, Don Giovanni. "
        "Dvořák a Janáček ať nejsou pořád dokola.",
    ][i]


@T("clean_culture", "sv_program", 2, lang="sv")
def _(c, i):
    return [
        "Kan du skriva en programtext (150 ord) om Fröken Julie? Strindberg skrev den 1888, Ingmar Bergman satte upp den "
        "på Dramaten. Nämn Jean och Kristin.",
        "Gör en tabell över vårens konserter i Konserthuset: Sibelius 2, Stenhammar, Hilding Rosenberg, Anna Thorvaldsdottir. "
        "Kolumner: datum, dirigent, solist.",
    ][i]


@T("clean_culture", "pl_teatr", 2, lang="pl")
def _(c, i):
    return [
        "Napisz krótki opis „Wesela” Wyspiańskiego do programu teatru. Wspomnij o Chochole i o tym, że Wajda zrobił film.",
        "Przygotuj zapowiedź koncertu: Chopin, Koncert e-moll, oraz „Halka” Moniuszki w wersji koncertowej. "
        "Filharmonia Narodowa, sobota 19:00.",
    ][i]


@T("clean_culture", "ja_bijutsukan", 2, lang="ja")
def _(c, i):
    return [
        "展覧会のキャプションを80字以内で3つ書いてください。葛飾北斎「神奈川沖浪裏」、草間彌生「南瓜」、"
        "伊藤若冲「動植綵絵」。子ども向けの言葉で。",
        "サントリーホールでの公演告知文を作ってください。曲目はマーラーの交響曲第5番と武満徹「弦楽のためのレクイエム」。"
        "小澤征爾さんの追悼公演として紹介したいです。",
    ][i]

# =========================================================================== clean_sport
@T("clean_sport", "fixtures", 4)
def _(c, i):
    return [
        "Turn these into a fixtures graphic list (home team first, KO in bold):\n\n"
        "Sat 3pm Preston North End v Sheffield Wednesday (Deepdale)\nSat 3pm Queens Park Rangers v Hull City\n"
        "Sat 5.30pm Hamilton Academical v Queen of the South\nSun 12pm Heart of Midlothian v Motherwell (Tynecastle)",
        "Check these venues are right for the weekend: Real Madrid v Athletic Club at the Santiago Bernabéu, "
        "Inter v Napoli at the Giuseppe Meazza, Lille v Lens at Stade Pierre-Mauroy, Sporting v Benfica at José Alvalade.",
        "Order by start time (UK) and convert to CET for the European desk:\nChennai Super Kings v Mumbai Indians 3pm\n"
        "Brisbane Lions v Collingwood 10.30am\nOrlando Pirates v Kaizer Chiefs 2pm\nBoca Juniors v River Plate 11pm",
        "Fixture list for the preview, make it a table with the TV channel: Aston Villa v Crystal Palace (Sky), "
        "Nottingham Forest v Everton (TNT), Tottenham Hotspur v Newcastle United (BBC), Wolves v Brighton (none).",
    ][i]


@T("clean_sport", "scores_lower", 3, case="lower")
def _(c, i):
    return [
        "write a 3 line summary: arsenal 2-1 villa, saka 23', watkins 51', rice 88' free kick. white off injured at ht",
        "quick results roundup pls: leinster 34 munster 20, ulster 17 connacht 17, glasgow warriors 28 edinburgh 12",
        "did alcaraz beat sinner in 4 or 5 sets at roland garros? need it for the caption, also was djokovic in the crowd",
    ][i]


@T("clean_sport", "match_report_pro", 3)
def _(c, i):
    return [
        "Cut this to 150 words for print:\n\nEngland were indebted to Pickford again. Walker and Stones held the line, Rice "
        "ran the midfield, and when Palmer found Kane on 71 minutes the Wembley crowd finally relaxed. Bellingham, "
        "booked for dissent, will miss Tuesday's trip to Belgrade. Young, on as a late sub, barely touched the ball.",
        "Make this more punchy: \"Sabalenka won the first set 6-3 but Swiatek, roared on by the Philippe-Chatrier crowd, "
        "came back to win 3-6 6-4 6-2. Gauff watched from the players' box.\"",
        "Sub-edit: \"Kipchoge was 14th, his worst marathon finish, as Sawe won in 2:02:27. Hassan, the defending champion, "
        "dropped out at 30km. Farah, commentating for the BBC, called it 'the end of an era'.\"",
    ][i]


@T("clean_sport", "trophies", 4)
def _(c, i):
    return [
        "For a trophy-quiz sidebar: who is the Stanley Cup named after, and the Webb Ellis Cup, the Vince Lombardi Trophy, "
        "the Larry O'Brien Trophy and the Davis Cup?",
        "Write 100 words on the Calcutta Cup's origin (it's melted rupees from the Calcutta Football Club, right?).",
        "Is the Ryder Cup named after Samuel Ryder the seed merchant? And who was the Solheim Cup's Karsten Solheim — the Ping guy?",
        "Sidebar: the Lonsdale Belt, the Bledisloe Cup, the Ashes urn and the Jules Rimet trophy. 40 words each, who or what "
        "each is named after.",
    ][i]


@T("clean_sport", "membership_template", 2)
def _(c, i):
    return [
        "Build a membership CSV template for our athletics club with a header row and one example row using Max Mustermann, "
        "born 01/01/1990, max@example.com. Columns: member_no, first_name, last_name, dob, email, mobile, category, subs_paid.",
        "Write the joining form for the cricket club's juniors section: fields for [Child's name], [DOB], [School], "
        "[Parent/carer name], [Emergency contact], photo consent Y/N. Keep it to one side of A4.",
    ][i]


@T("clean_sport", "press_conf", 3)
def _(c, i):
    return [
        "Pick the best line for the back-page headline:\n\nQ: Is Saka fit for Saturday?\nARTETA: We'll see tomorrow. Bukayo "
        "trained, he's positive.\nQ: And Gabriel?\nARTETA: Gabriel is a doubt. Ben White is back.",
        "Summarise in 50 words:\n\nGUARDIOLA: Haaland is Haaland. Every three days we need Rodri, we need Foden, we need "
        "everyone. Liverpool are Liverpool. Slot has done an incredible job.",
        "Translate to English and pull a quote:\n\nANCELOTTI: El equipo ha jugado bien. Vinícius está cansado, Mbappé "
        "también. Hablaremos con la federación.",
    ][i]


@T("clean_sport", "fan_post", 3)
def _(c, i):
    return [
        "Should I pin this post in our fan community or is it too much?\n\n\"Name a better midfield than Modrić, Kroos, "
        "Casemiro in 2017. I'll wait. (Xavi, Iniesta, Busquets doesn't count, different era.)\"",
        "Write community rules for our Formula 1 fan server: no abuse of drivers (yes, that includes Stroll), "
        "no spoilers for 24 hours after Grand Prix sessions, Hamilton/Verstappen arguments go in #paddock-wars.",
        "Draft a welcome message for new members of the Chicago Cubs fan page. Mention Wrigley Field, Harry Caray, "
        "the 2016 World Series and the Billy Goat curse.",
    ][i]


@T("clean_sport", "fantasy_lower", 3, case="lower")
def _(c, i):
    return [
        "my fantasy team: raya, gabriel, van dijk, saliba, salah, palmer, saka, mbeumo, haaland, isak, watkins. "
        "who should i captain this week, liverpool play brentford",
        "rank these for a 'greatest ever' listicle: pelé, maradona, cruyff, messi, ronaldo (the brazilian one), zidane",
        "is travis head or joe root the better test batter right now? need a take for the cricket podcast, stats pls",
    ][i]


# --------------------------------------------------------------------------- other languages
@T("clean_sport", "es_cronica", 2, lang="es")
def _(c, i):
    return [
        "Resume esta crónica en 60 palabras: \"El Madrid ganó 2-1 al Barça en el Bernabéu. Vinícius abrió el marcador, "
        "Lewandowski empató y Bellingham, de cabeza, decidió el clásico. Xabi Alonso celebró con el banquillo.\"",
        "Hazme una tabla con los próximos partidos: Sevilla-Betis (Sánchez-Pizjuán), Atlético-Villarreal (Metropolitano), "
        "Real Sociedad-Osasuna (Anoeta). Columnas: fecha, hora, televisión.",
    ][i]


@T("clean_sport", "it_formazioni", 2, lang="it")
def _(c, i):
    return [
        "Sistemami le probabili formazioni per il pezzo:\nInter: Sommer; Bisseck, Acerbi, Bastoni; Dumfries, Barella, "
        "Çalhanoğlu, Mkhitaryan, Dimarco; Thuram, Lautaro.\nMilan: Maignan; ... completa tu se sai.",
        "Scrivi un attacco di 40 parole: Sinner batte Musetti agli Internazionali al Foro Italico, in tribuna c'è Mattarella.",
    ][i]


@T("clean_sport", "tr_mac", 2, lang="tr", case="lower")
def _(c, i):
    return [
        "fenerbahçe galatasaray derbisi için 3 başlık önerir misin, maç şükrü saracoğlu'nda, osimhen oynayacak mı belli değil",
        "beşiktaş'ın vodafone park'taki son 5 maçını tablo yap: rakip, skor, golcüler. rakiplerden biri samsunspor",
    ][i]


@T("clean_sport", "pt_brasileirao", 2, lang="pt", case="lower")
def _(c, i):
    return [
        "faz um resumo de 3 linhas: flamengo 2x0 palmeiras no maracanã, gols de arrascaeta e pedro, abel ferreira expulso",
        "quem tem mais títulos brasileiros, são paulo ou santos? preciso pro quadro da matéria sobre a vila belmiro e o morumbi",
    ][i]


@T("clean_sport", "de_bundesliga", 1, lang="de")
def _(c, i):
    return [
        "Mach mir aus diesen Notizen einen Spielbericht (1.200 Zeichen): Union gegen Bayern im Stadion An der Alten "
        "Försterei, 1:1. Kane per Elfmeter, Ausgleich durch Ilić. Kompany sauer über den Schiri.",
        "Wie heißt das Stadion in Mönchengladbach jetzt offiziell, Borussia-Park? Und spielt Leverkusen noch in der BayArena?",
    ][i]

# =========================================================================== clean_audio_video
@T("clean_audio_video", "episode_titles", 4)
def _(c, i):
    return [
        "Give me 5 episode titles for our history podcast season on women scientists: Ada Lovelace, Rosalind Franklin, "
        "Marie Curie, Katherine Johnson, Chien-Shiung Wu. Punchy, no puns on 'element'.",
        "Titles for a true-crime series about the Lindbergh kidnapping? Avoid anything that sounds like a Netflix rip-off.",
        "YouTube titles under 60 characters for our video essays: 'Why Wes Anderson frames everything dead centre', "
        "'How Greta Gerwig rewrote Little Women', 'The Kubrick stare'.",
        "Rename these episodes so they work in search: Ep 1 Bowie in Berlin / Ep 2 Kate Bush & the Hounds of Love / "
        "Ep 3 Prince at Paisley Park / Ep 4 Amy Winehouse at the Shepherd's Bush Empire.",
    ][i]


@T("clean_audio_video", "show_notes_sample", 3)
def _(c, i):
    return [
        "Write a show-notes template we can reuse: [EPISODE NUMBER], [GUEST NAME], [GUEST BIO 40 words], "
        "[TIMESTAMPS], [LINKS MENTIONED], sponsor read placeholder. Sample host: Jane Doe.",
        "Fill in this template with dummy content so the designer can see the layout:\n\n"
        "{{show_name}} — Episode {{n}}\nHost: {{host}}\nGuest: {{guest}}\nIn this episode: {{summary}}",
        "Our show notes say 'Presented by John Smith and Jane Smith' — that's the placeholder from the template, right? "
        "Write the real notes for the Oppenheimer episode (Cillian Murphy, Nolan, Los Alamos).",
    ][i]


@T("clean_audio_video", "captions", 4)
def _(c, i):
    return [
        "Agency-style captions (who, what, where, when) for:\n1. Taylor Swift performs at Wembley Stadium, June\n"
        "2. King Charles III and Queen Camilla at the Chelsea Flower Show\n3. Lewis Hamilton signs autographs at Silverstone",
        "Shorten to 12 words: \"Director Steve McQueen with actors Saoirse Ronan and Elliott Heffernan at the London premiere of Blitz "
        "in Leicester Square.\"",
        "Alt text for these stills from the documentary: Nelson Mandela leaving Victor Verster prison; Desmond Tutu at the TRC; "
        "Miriam Makeba on stage in Conakry.",
        "Two-line captions for the Oscars gallery: Cillian Murphy with his best actor award; Da'Vine Joy Randolph backstage; "
        "Ryan Gosling performing I'm Just Ken; Emma Stone and Mark Ruffalo on the red carpet.",
    ][i]


@T("clean_audio_video", "schedule_table", 3)
def _(c, i):
    return [
        "Make this into a release schedule table (date | episode | topic):\nMon — ep 14 — the Beatles at Abbey Road\n"
        "Thu — ep 15 — Dolly Parton's Jolene\nMon — ep 16 — Nina Simone and Mississippi Goddam\nThu — bonus — listener Q&A",
        "Schedule our shorts for next week, one a day, 6pm: Barbie vs Oppenheimer box office; Ryan Gosling's Ken; "
        "Margot Robbie at Cannes; Christopher Nolan on IMAX; Emma Stone in Poor Things.",
        "We need a filming schedule for the Gaudí doc in Barcelona: Sagrada Família, Casa Batlló, Park Güell, "
        "Casa Milà (La Pedrera). Two crews, three days.",
    ][i]


@T("clean_audio_video", "yt_lower", 3, case="lower")
def _(c, i):
    return [
        "give me 10 youtube title ideas for our review of dune part two, timothée chalamet and zendaya, spoiler free",
        "thumbnail text ideas for a video on why everyone is obsessed with pedro pascal, max 4 words",
        "is it ok to use 'the last of us' in our video title if we're just reviewing the hbo show? copyright wise",
    ][i]


@T("clean_audio_video", "release_template", 2)
def _(c, i):
    return [
        "Draft a one-page guest appearance release form for our podcast. Fields: Guest name, Address, Email, Phone, "
        "Signature, Date. Add a clause on clips for YouTube Shorts and TikTok.",
        "Is this release wording OK? \"I, [GUEST NAME], grant Acme Media Ltd the right to use my voice and likeness in the "
        "programme [TITLE] in all media worldwide.\" What's missing?",
    ][i]


@T("clean_audio_video", "public_guest_transcript", 3)
def _(c, i):
    return [
        "Write show notes and chapters from this transcript:\n\n[00:00] HOST: My guest today needs no introduction — "
        "Sir David Attenborough.\n[00:22] ATTENBOROUGH: Thank you. I first came to Borneo in 1956…\n"
        "[14:10] HOST: And Blue Planet II?\n[14:15] ATTENBOROUGH: The plastic episode changed more than I expected.",
        "Pull three quotes for social:\n\nMALALA: Education was the one thing they could not take from me.\n"
        "HOST: And Oxford?\nMALALA: Oxford was philosophy, politics and economics, and a lot of essays.",
        "Tidy this auto-transcript (speaker labels are right, text is messy):\n\nOBAMA: so when michelle and i wrote the um "
        "the book we thought about chicago a lot\nHOST: the south side\nOBAMA: the south side yeah",
    ][i]


# --------------------------------------------------------------------------- other languages
@T("clean_audio_video", "fr_podcast", 2, lang="fr")
def _(c, i):
    return [
        "Propose des titres d'épisodes pour notre podcast sur les grandes voix : Édith Piaf, Barbara, Serge Gainsbourg, "
        "Stromae, Aya Nakamura. Un titre par épisode, pas de jeu de mots foireux.",
        "Fais un résumé de 100 mots pour l'épisode sur Simone Veil : la loi de 1975, le Parlement européen, le Panthéon.",
    ][i]


@T("clean_audio_video", "da_podcast", 2, lang="da")
def _(c, i):
    return [
        "Skriv en episodebeskrivelse til vores podcast om H.C. Andersen og Karen Blixen. Nævn Den lille havfrue og "
        "Den afrikanske farm, højst 80 ord.",
        "Lav fem titler til en videoserie om dansk tv-drama: Borgen, Forbrydelsen, Matador, Riget, Klovn.",
    ][i]


@T("clean_audio_video", "fi_podcast", 2, lang="fi")
def _(c, i):
    return [
        "Keksi viisi jakson nimeä podcastille, joka käsittelee Tove Janssonia ja Muumeja. Ei liian lapsellisia.",
        "Kirjoita lyhyt esittelyteksti videolle Sibeliuksen Finlandiasta ja Ainolasta, max 60 sanaa.",
    ][i]

# =========================================================================== build, check, README
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
              "pl": "Polish", "sv": "Swedish", "nb": "Norwegian (Bokmål)", "da": "Danish", "fi": "Finnish",
              "cs": "Czech", "pt": "Portuguese (Brazil and Portugal)", "tr": "Turkish", "ja": "Japanese"}

CLASS_WHAT = {
    "personal_newsroom": "interview transcripts with speaker labels, reader letters signed with name and town, tips quoted from e-mail, "
                         "press-accreditation CSVs, lower-case correction requests, local obituaries with a date of birth, vox pops, "
                         "interview schedules, photo captions of private people; German, French and Spanish rows",
    "personal_publishing": "contributor invoices with home address and IBAN, author query letters, subscriber complaints with a card "
                           "number, rights-clearance threads, translator schedules with a tax ID and date of birth, contributors' notes "
                           "(lower case), a US freelancer's SSN, book-launch RSVPs; Italian, Dutch and Polish rows with codice "
                           "fiscale, PESEL and IBAN",
    "personal_culture": "artwork loan agreements from private lenders, donor lists, box-office complaints, audition tables, "
                        "lower-case volunteer rotas, youth-production bios and consent forms, Gift Aid declarations; German, "
                        "Swedish, French and Czech rows",
    "personal_sport": "club membership CSVs with dates of birth, youth match reports, fan-forum moderation logs with handles and IP "
                      "addresses, physio notes with a hospital number, lower-case season-ticket and away-coach messages, junior "
                      "transfers, referee assignments; Spanish (DNI), Brazilian (CPF), Norwegian and Turkish (T.C. Kimlik) rows",
    "personal_audio_video": "guest release forms, podcast transcripts with timestamps and speaker labels, radio phone-in logs, "
                            "lower-case comment moderation with handles, guest pitches; Italian subtitles, Finnish and Danish rows",
    "clean_newsroom": "headline case and sentence case with politicians, lower-case fact checks, style questions on public names, "
                      "explainer timelines, CMS byline templates and sample bylines, press-conference transcripts with public "
                      "speakers in CAPITALS, anonymous reader letters, outlet-only accreditation lists, anniversaries, public "
                      "obituaries; German, French and Spanish rows (PII-free)",
    "clean_publishing": "titles named after people (Anna Karenina, Jane Eyre, Rebecca, Matilda), characters, eponymous prizes, "
                        "mail-merge invoice and contract templates with placeholders and Joe Bloggs, lower-case questions on authors, "
                        "title translations, rights in public-domain works, catalogue CSVs; German, Portuguese and Italian rows (PII-free)",
    "clean_culture": "programme listings (Mahler 5, Brahms 4, Rach 3), venues named after people (Carnegie Hall, Royal Albert Hall, "
                     "Salle Pierre Boulez), loans between museums, wall labels, theatre seasons (Billy Elliot, Hedda Gabler, Uncle "
                     "Vanya), lower-case composer questions, supporters pages with eponymous foundations, audition templates; "
                     "Dutch, Czech, Swedish, Polish and Japanese rows (PII-free)",
    "clean_sport": "fixtures with teams named after places and stadiums named after people, lower-case scores, pro match reports "
                   "with surnames that are words (Walker, Stones, Rice, White, Young), trophies, membership templates with Max "
                   "Mustermann, managers' press conferences in CAPITALS, fan posts, lower-case fantasy teams; Spanish, Italian, "
                   "Turkish, Portuguese and German rows (PII-free)",
    "clean_audio_video": "episode and video titles about public figures, show-notes templates with placeholders and sample hosts, "
                         "agency captions, release schedules, lower-case YouTube title ideas, release-form templates, transcripts "
                         "with public guests as speaker labels; French, Danish and Finnish rows (PII-free)",
}


def check(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == ["id", "text", "spans", "source", "class", "template", "locale"], list(r)
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        assert r["locale"] == "" and r["source"] == SOURCE
        last = 0
        for s in r["spans"]:
            assert s["type"] in ALLOWED, s
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted", s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        for s in r["spans"]:
            if s["type"] == "IBAN_CODE":
                v = s["value"].replace(" ", "")
                n = int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4]))
                assert n % 97 == 1, s
            if s["type"] == "CREDIT_CARD":
                d = [int(x) for x in s["value"] if x.isdigit()][::-1]
                assert sum(x if k % 2 == 0 else (2 * x - 9 if 2 * x > 9 else 2 * x) for k, x in enumerate(d)) % 10 == 0, s
    per_t = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_t) >= 80, len(per_t)
    assert max(per_t.values()) <= 5


def verify_drawn(c, rid, spans):
    """every person, address, phone and date drawn for a row appears in it"""
    vals = [slug(s["value"]) for s in spans]
    raw = [s["value"].lower() for s in spans]
    for k in c.taken:
        kind, key = k.split(":", 1)
        if kind == "P":
            pk = next(x for x in PEOPLE if x.key == key)
            toks = {slug(pk.given_s), slug(pk.family_s), slug(pk.call_s)}
            assert any(t and t in v for t in toks for v in vals), (rid, key)
        elif kind == "A":
            a = next(x for x in ADDRESSES if x["street"] + x["town"] == key)
            keys = [a["town"], a["street"], a.get("pc", "#"), a["phone"]]
            assert any(x.lower() in v for x in keys for v in raw), (rid, key)
        else:
            assert key.lower() in raw, (rid, key)


def build():
    rng = random.Random(SEED)
    pools = Pools(rng)
    rows, meta = [], []
    for t in TEMPLATES:
        assert 1 <= t["n"] <= 5
        for i in range(t["n"]):
            c = Ctx(pools, rng, t["lang"])
            marked = t["fn"](c, i)
            text, spans = unmark(marked, t["case"])
            rid = f"{SET}-{t['cls']}-{t['name']}-{i}"
            verify_drawn(c, rid, spans)
            rows.append({"id": rid, "text": text, "spans": spans, "source": SOURCE, "class": t["cls"],
                         "template": t["name"], "locale": ""})
            meta.append(dict(lang=t["lang"], case=t["case"], people={k[2:] for k in c.taken if k.startswith("P:")}))
    check(rows)
    used = set().union(*(m["people"] for m in meta))
    missing = [p.key for p in PEOPLE if p.key not in used]
    assert not missing, missing
    return rows, meta


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stats(rows, meta):
    cls = Counter(r["class"] for r in rows)
    tpl = defaultdict(set)
    for r in rows:
        tpl[r["class"]].add(r["template"])
    types = Counter(s["type"] for r in rows for s in r["spans"])
    langs = Counter(m["lang"] for m in meta)
    langs_pers = Counter(m["lang"] for r, m in zip(rows, meta) if not r["class"].startswith("clean_"))
    lower = sum(1 for m in meta if m["case"] == "lower")
    lower_pers = sum(1 for r, m in zip(rows, meta) if m["case"] == "lower" and not r["class"].startswith("clean_"))
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    return dict(cls=cls, tpl=tpl, types=types, langs=langs, langs_pers=langs_pers, lower=lower, lower_pers=lower_pers,
                clean=clean, n=len(rows), ntpl=sum(len(v) for v in tpl.values()),
                longest=max(len(r["text"]) for r in rows), shortest=min(len(r["text"]) for r in rows),
                cultures=sorted({p.culture for p in PEOPLE}))


def readme(rows, meta, body):
    st = stats(rows, meta)
    sha = hashlib.sha256(body.encode()).hexdigest()
    order = ["personal_newsroom", "personal_publishing", "personal_culture", "personal_sport", "personal_audio_video",
             "clean_newsroom", "clean_publishing", "clean_culture", "clean_sport", "clean_audio_video"]
    ctab = "\n".join(f"| `{k}` | {st['cls'][k]} | {len(st['tpl'][k])} | {CLASS_WHAT[k]} |" for k in order)
    ltab = "\n".join(f"| {LANG_NAMES[lang]} | {st['langs'][lang]} | {st['langs_pers'].get(lang, 0)} | {st['langs'][lang] - st['langs_pers'].get(lang, 0)} |"
                     for lang, _ in sorted(st["langs"].items(), key=lambda x: (-x[1], x[0])))
    span_line = ", ".join(f"{t} {n}" for t, n in sorted(st["types"].items(), key=lambda x: -x[1]))
    other = st["n"] - st["langs"]["en"]
    pers = st["n"] - st["clean"]
    handles = [sp["value"] for r in rows if r["template"] in ("fan_moderation", "yt_comments", "podcast_transcript")
               for sp in r["spans"] if sp["type"] == "PERSON" and re.search(r"[_.0-9]", sp["value"])]
    hx = ", ".join(f"`{h}`" for h in handles[:5])
    dobs = list(dict.fromkeys(sp["value"] for r in rows for sp in r["spans"] if sp["type"] == "DATE_OF_BIRTH"))
    dx = ", ".join(f"`{d}`" for d in dobs[::6][:7])
    maxlines = max(r["text"].count("\n") + 1 for r in rows)
    return f"""# newsroom — hand-written check set: media, publishing, culture and sport

`tune.jsonl` ({st['n']} prompts: {pers} with personal data, {st['clean']} PII-free), written by `build.py` (Python
standard library only, `SEED = 47_1101`, deterministic: two runs give the same file).

| file | sha256 |
|---|---|
| `tune.jsonl` | `{sha}` |

`tune.jsonl` may be read and tuned against: the forty-seventh round, which had it written, read it and
fixed causes it showed, so its figures are no measure of generalisation (`eval/civic` is). The helper
that wrote it printed the whole of `eval/README.md` once instead of its Format section alone, so it
saw the notes of rounds 43 to 45 on how detection reads text; one more reason this set is a read one.

## Who wrote it, and how

A helper session of the project, acting as the "stranger", wrote it. It had not read anything under
`privacy_gateway/`, `training/`, `scripts/`, `tests/`, `policies/`, any `*.jsonl` corpus file, any
`eval/*/build.py`, the developers' worktrees, `shared/` or `tools/` (other than its brief and this folder). It read
`eval/dev/README.md` (label format), `eval/stranger8/README.md` (this document's structure and the labelling rules) and
`eval/README.md` (its Format section and class tables; the whole file was printed once, see the report). It never ran
the gateway, its analyzer, Presidio or spaCy on this text, and used no Faker, mimesis or other package for values: every
name, street, phone, e-mail, date and ID number was typed by hand in `build.py` (e-mail local parts and handles are
derived in code from the hand-typed names; the check digits of the hand-typed IBANs, card numbers and ID numbers were
worked out once with a throwaway script and typed in; `check()` re-verifies the IBANs and cards).

- **The angle**: staff of media, publishing, culture and sport organisations — newsroom reporters and editors,
  magazine and book publishers, podcast and video producers, museum and gallery staff, orchestra and theatre
  administrators, sports clubs and federations, fan-community managers and translators — asking an assistant to draft,
  edit, fact-check, summarise, translate, title, caption and schedule, and pasting interview transcripts, reader
  letters, accreditation lists, contributor invoices, loan agreements, membership CSVs, match reports, programme notes,
  author queries, subscriber complaints and rights-clearance e-mails.
- **PII-free rows ({st['clean']} of {st['n']}, {100 * st['clean'] // st['n']}%)** are built to be hard: public figures in
  lower case or by surname alone (`heath or wilson`, `Reeves defends fiscal rules`, `Walker and Stones held the line`,
  `Young, on as a late sub`, `MAY DAY RALLY: WHAT DID MAY ACTUALLY PROMISE?`), titles of works named after people
  (Anna Karenina, Jane Eyre, Rebecca, Emma, Carrie, Matilda, Billy Elliot, Shirley Valentine, Educating Rita, Hedda
  Gabler, Uncle Vanya, Effi Briest, Dom Casmurro, Tosca, Eugene Onegin), characters (Heathcliff, Atticus Finch, Miss
  Havisham, Mr Darcy, Macabéa, Renzo and Lucia, Jeník and Mařenka), eponymous prizes, trophies, foundations and venues
  (Booker, Pulitzer, Goncourt, Carnegie Medal, Stanley Cup, Webb Ellis Cup, Ryder Cup, Calcutta Cup, Paul Hamlyn
  Foundation, Carnegie Hall, Royal Albert Hall, Salle Pierre Boulez, Santiago Bernabéu, Giuseppe Meazza, Stade
  Pierre-Mauroy, Philippe-Chatrier, Şükrü Saracoğlu, Vila Belmiro), teams named after places and people (Preston North
  End, Sheffield Wednesday, Hamilton Academical, Queen of the South, Heart of Midlothian, Tottenham Hotspur, Orlando
  Pirates, Kaizer Chiefs), composers' works (Mahler 5, Brahms 4, Rach 3, Shostakovich 10, the Eroica, St Matthew
  Passion), public speakers as CAPITALS speaker labels (`STARMER:`, `LAGARDE:`, `ARTETA:`, `ATTENBOROUGH:`, `MALALA:`),
  sample people and placeholders (Jane Doe, Joe Bloggs, A. N. Other, John Smith, Max Mustermann, `{{{{author_name}}}}`,
  `[GUEST NAME]`, `[Candidate 1]`), anonymous sign-offs (`Name and address supplied`, `A reader, north London`),
  headline case, programme listings, scores and fixtures.
- **Personal rows ({pers})** use the same framings with private people: interviewees and their neighbours, letter
  writers, tipsters, freelance journalists and photographers, aspiring authors, subscribers, translators, private
  lenders of artworks, donors, ticket holders, audition candidates, volunteers, child performers and their parents,
  club members, junior players, referees, forum users, podcast guests and callers — usually beside public names (a
  lender's Hepworth maquette, a letter about Rachel Reeves, a U13 run "Bellingham would've been proud of", a guest on
  Grace Darling).
- **Shapes**: one line to {maxlines} lines (longest {st['longest']} characters, shortest {st['shortest']}); questions and
  imperatives, quoted e-mails (`> `), CSV exports, Markdown tables, forms (`Guest name:`, `Lender:`, `Ad Soyad:`),
  transcripts with speaker labels and timestamps, SRT subtitles, moderation logs, RSVP and rota lists. Lower case in
  {st['lower']} rows ({st['lower_pers']} personal, {st['lower'] - st['lower_pers']} PII-free), cased piece by piece so
  labels stay exact.
- **Languages**: {other} rows ({100 * other // st['n']}%) in {len(st['langs']) - 1} languages other than English, written
  as their speakers write them (Italian invoices with codice fiscale and ritenuta d'acconto, Polish umowa o dzieło with
  PESEL, Swedish personnummer, Norwegian team lists, Turkish forms, Brazilian federation entries with CPF, a Finnish
  inessive town and allative name).

| language | rows | personal | PII-free |
|---|---:|---:|---:|
{ltab}

- **Name shapes in personal rows**: full names; given name alone (second mention, chat lines, sign-offs); speaker labels
  in CAPITALS; surname after a title (`Dr`, `Mr and Mrs`) with the title outside the span; `Surname, Given` (two spans)
  in a Spanish members list; `G. Surname` signatures; handles derived from names ({hx}), labelled PERSON; surname-first names (`Szalai Bence`, `Wang Yutong`, `Han Seo-yun`, `Phạm Thu Trang`); particles and
  compound names (`ap Rhys`, `Ó Súilleabháin`, `de Búrca`, `van der Meulen`, `de Groot`, `Le Goff`, `Ruiz de la Prada`,
  `dos Anjos`, `Lo Iacono`, `De Santis`, `binti Zulkifli`, `van Wyk`, `Ben-Ami`, `Al-Obaidi`, `El Amrani`); names that
  are words or famous surnames (Hazel Marsh, Will Hardy, Penny Carver, Guy Baker, Ivy Sparrow, Dawn Fletcher, Terry
  Cotton, Till Sommer, Hanna Vogel, Seraina Item, Pim Bakker, Eirik Solberg, Bartłomiej Szczęsny, Abdirahman Farah,
  Arbër Hoxha, Chidinma Okonkwo, Mert Özdemir); diacritics throughout.
- **People typed by hand**: {len(PEOPLE)} people, every one used, {len(st['cultures'])} culture tags:
  {', '.join(st['cultures'])}.
- **Addresses and contacts typed by hand**: {len(ADDRESSES)} home addresses in their country's layout (GB, IE, US, DE,
  AT, FR, ES, IT, NL, PL, CZ, SE, NO, DK, FI, PT, BR, MX, TR, AU, CA, ZA, JP), each with a phone, in real small towns
  with invented numbers (Hebden Bridge, Ludlow, Alnwick, Llandeilo, Kelso, Whitby, Stroud, Carraroe, Astoria OR,
  Northfield MN, Pellworm, Naumburg (Saale), Spitz, Sarlat-la-Canéda, Camaret-sur-Mer, Tarifa, Montalcino, Taormina,
  West-Terschelling, Hoeven, Zakopane, Kętrzyn, Heřmanův Městec, Östhammar, Øvre Årdal, Svendborg, Tornio, Lagos,
  Blumenau, Pátzcuaro, Ayvalık, Mullumbimby, Baie-Saint-Paul, Clarens, Takayama); some streets carry people's names
  (`3 impasse Victor Hugo`, `Via Garibaldi 41`, `Calle Hidalgo 45`, `Atatürk Cad. No: 28`, `ul. Kopernika 19`,
  `Palackého 112`, `Rua Sete de Setembro, 880`, `88 rue Saint-Jean`): all LOCATION. Phones without an address for {len(PHONES)}
  countries in national format. Dates of birth of adults and children in the writer's style ({dx}). ID numbers with valid check digits where the
  country has one: IBANs (GB, IE, IT, PL), cards (Visa, Mastercard), codice fiscale, PESEL, DNI, CPF, personnummer,
  T.C. Kimlik, Steuer-ID, UK NI number, US SSN; a hospital number; IPv4 and IPv6 addresses. People, addresses, phones
  and dates are drawn least-used first (ties broken by the seeded RNG) and never twice in one row; `build.py` asserts
  that everything drawn for a row appears in it.

## Labels

`{{"start","end","type","value"}}` with `value == text[start:end]`; templates write `⟦TYPE|value⟧` markers and
`unmark()` computes the offsets (a lower-case row is cased piece by piece). `check()` asserts slices, sorted
non-overlapping spans, no empty or padded values, allowed types, unique ids and texts, no spans in `clean_` rows, at
least one span in every other row, at least 80 templates and none used more than 5 times. Row fields: `id`
(`newsroom-<class>-<template>-<n>`), `text`, `spans`, `source` (`{SOURCE}`), `class`, `template`, `locale` (`""` in
every row).

- PERSON: a private person's name in any form, one span per contiguous name (given + family together, surname-first
  names whole, particles inside); given name alone, surname alone, lower case, CAPITALS speaker labels, and every
  repeat. A title (`Dr`, `Mr and Mrs`, `Ms`) and a possessive `'s` are outside the span; a Finnish case ending is
  inside (`Aino Heikkilälle`), as is a misspelling of the person's name quoted in a correction. `Surname, Given` is two
  spans. A handle made from the name ({hx}) is PERSON.
- EMAIL_ADDRESS: as written, one span (no PERSON inside it).
- LOCATION: home addresses and their parts — street line with its number one span (`Rua do Sol, 41`, `ul. Lipowa 7`,
  `Atatürk Cad. No: 28`), flat or unit its own span (`Flat 2`, `2º izq.`, `m. 4`, `1. th.`, `D: 5`, `apto 302`),
  town, postcode and region each one span (`Co. Galway`, `NSW`, `SI`, `Balıkesir`, `Gifu`); a private person's home
  town alone ("from Whitby", "lives in Ludlow", a letter's `Name\\nTown` sign-off, a vox pop's town) is LOCATION.
  Towns in general talk (Paris, Belgrade, Meiningen, Bamburgh in a guest's family story, a venue's city) are not.
- PHONE_NUMBER: as written. IP_ADDRESS: IPv4 and IPv6 of forum users. IBAN_CODE: as written, with or without spaces.
  CREDIT_CARD: as the subscriber typed it. US_SSN: as written. NATIONAL_ID: codice fiscale, PESEL, DNI, CPF,
  personnummer, T.C. Kimlik No, Steuer-ID, UK NI number (value only, not its label). MEDICAL_RECORD_NUMBER: a club
  player's hospital number.
- DATE_OF_BIRTH: a date given as someone's date of birth (`born 3 May 1979`, `DOB 14/03/1988`, a `dob` column,
  `nasc. 19/05/2003`, `f. 04.05.2015`), the date alone. Other dates (deadlines, match days, `Date: 04/05`) are not
  labelled.
- Not labelled: public figures (politicians, athletes, managers, artists, authors, composers, conductors, journalists of
  record, historical figures) in any case or form, characters, titles of works, prizes, trophies, foundations, venues,
  stadiums and streets of public places named after people, teams, outlets and companies, sample people (Jane Doe, Joe
  Bloggs, John Smith, Max Mustermann, A. N. Other) and placeholders (`{{{{contributor_name}}}}`, `[GUEST NAME]`,
  `[Surname]`), anonymous sign-offs, places in general talk.

## Classes

| class | rows | templates | what |
|---|---:|---:|---|
{ctab}

{st['ntpl']} templates in all, each used 1 to 5 times. Spans: {span_line} ({sum(st['types'].values())} in all).

## Rebuilding

```sh
python3 build.py           # rewrites tune.jsonl and README.md, prints rows per class, spans per type, languages, sha256
python3 build.py --check   # rebuilds in memory: "<file>: unchanged" (exit 0) or "<file>: differs" (exit 1)
```

## Licence

Written for this project. All private values were invented by hand; any resemblance to real people is coincidental.
Towns are real small places, but the street numbers, phone numbers, e-mail addresses, bank and ID numbers that go with
them were made up. Public figures, works, venues, clubs and companies are named only as things staff write about.
"""


def main():
    rows, meta = build()
    body = dump(rows)
    rd = readme(rows, meta, body)
    if "--check" in sys.argv[1:]:
        bad = 0
        for path, want in ((OUT, body), (README, rd)):
            have = path.read_text(encoding="utf-8") if path.exists() else None
            if have == want:
                print(f"{path.name}: unchanged")
            else:
                print(f"{path.name}: differs from a fresh build")
                bad = 1
        sys.exit(bad)
    OUT.write_text(body, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    st = stats(rows, meta)
    print(f"rows {st['n']}: personal {st['n'] - st['clean']}, PII-free {st['clean']}, templates {st['ntpl']}")
    for k, v in sorted(st["cls"].items()):
        print(f"  {k:24} {v:4} rows  {len(st['tpl'][k]):3} templates")
    print("spans:", dict(st["types"].most_common()))
    print("languages:", dict(st["langs"].most_common()))
    print("lower-case rows:", st["lower"], " cultures:", len(st["cultures"]), " people:", len(PEOPLE))
    print("sha256", hashlib.sha256(body.encode()).hexdigest())


if __name__ == "__main__":
    main()
