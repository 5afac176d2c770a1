#!/usr/bin/env python3
"""ledger: a hand-written check set of prompts from staff and customers of money businesses.

Writes holdout.jsonl beside this file. Python standard library only, deterministic (SEED).
Every private value below (names, streets, phones, dates, ID numbers, IBANs, cards, IPs) was
typed by hand; e-mail local parts and handles are derived in code from the hand-typed names.

    python3 build.py           # rewrite holdout.jsonl, print counts and sha256
    python3 build.py --check   # rebuild in memory and compare with the file on disk
"""
import collections
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

SEED = 49_2318
SET = "ledger"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.jsonl")
SOURCE = "tools/p49/ledger/build.py"

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

# ----------------------------------------------------------------------------------------------
# markers
# ----------------------------------------------------------------------------------------------

def _m(t):
    def f(v):
        v = str(v)
        assert v and v == v.strip(), (t, v)
        return "\u27e6%s|%s\u27e7" % (t, v)
    return f

P = _m("PERSON")
L = _m("LOCATION")
PH = _m("PHONE_NUMBER")
EM = _m("EMAIL_ADDRESS")
IP = _m("IP_ADDRESS")
CC = _m("CREDIT_CARD")
IB = _m("IBAN_CODE")
DOB = _m("DATE_OF_BIRTH")
NID = _m("NATIONAL_ID")
SSN = _m("US_SSN")
MRN = _m("MEDICAL_RECORD_NUMBER")

MARK = re.compile("\u27e6([A-Z_]+)\\|(.*?)\u27e7", re.S)


def _case(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Turn ⟦TYPE|value⟧ markers into text + spans; casing is applied piece by piece."""
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(_case(marked[pos:m.start()], case))
        n = sum(len(x) for x in out)
        val = _case(m.group(2), case)
        out.append(val)
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        pos = m.end()
    out.append(_case(marked[pos:], case))
    text = "".join(out)
    assert "\u27e6" not in text and "\u27e7" not in text, text
    return text, spans


# ----------------------------------------------------------------------------------------------
# people (typed by hand). dob is ISO; ids hold national numbers that belong to that person.
# ----------------------------------------------------------------------------------------------

class Person:
    def __init__(self, given, family, sex, culture, cc, dob, sf=False, call=None, **ids):
        self.given, self.family, self.sex, self.culture, self.cc = given, family, sex, culture, cc
        self.dob = tuple(int(x) for x in dob.split("-"))
        self.sf = sf          # surname written first (East Asian, Vietnamese, Hungarian)
        self.call = call or given   # the name used alone
        self.ids = ids
        self.email = None

    @property
    def full(self):
        return "%s %s" % ((self.family, self.given) if self.sf else (self.given, self.family))

    @property
    def first(self):
        """what a colleague would call them"""
        return self.call

    def sg(self):
        """'Surname, Given' (two spans, comma between) -- returns marked text"""
        return "%s, %s" % (P(self.family), P(self.given))

    def initial(self):
        return "%s %s" % (self.given[0], self.family)


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace(
        "Æ", "Ae").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ı", "i").replace(
        "ð", "d").replace("þ", "th").replace("å", "a")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


PEOPLE = [
    # United Kingdom and Ireland
    Person("Gemma", "Hollinshead", "f", "English", "uk", "1987-09-03", nino="JH 48 21 93 C"),
    Person("Darren", "Pickersgill", "m", "English", "uk", "1974-02-19", nino="PW713056A"),
    Person("Rosie", "Bright", "f", "English", "uk", "1999-12-01"),
    Person("Callum", "Frost", "m", "English", "uk", "1992-06-27", nino="SK 20 48 71 B"),
    Person("Sandra", "Royle", "f", "English", "uk", "1958-04-08", nino="NM539217D"),
    Person("Dean", "Cash", "m", "English", "uk", "1981-10-30"),
    Person("Penny", "Hale", "f", "English", "uk", "1966-01-14"),
    Person("Will", "Summers", "m", "English", "uk", "1990-08-05"),
    Person("Jade", "Winter", "f", "English", "uk", "1995-03-22"),
    Person("Kieran", "Lusty", "m", "English", "uk", "1985-11-11", utr="7304618295"),
    Person("Hope", "Marsh", "f", "English", "uk", "1948-07-16"),
    Person("Rhian", "Pryce-Jones", "f", "Welsh", "uk", "1979-05-02", utr="58291 04736"),
    Person("Gethin", "Llewellyn", "m", "Welsh", "uk", "1969-09-24"),
    Person("Morag", "MacAskill", "f", "Scottish", "uk", "1953-12-09", nino="WL 61 58 30 A"),
    Person("Fraser", "Dunbar", "m", "Scottish", "uk", "1983-02-02"),
    Person("Aoife", "Ní Dhonnchadha", "f", "Irish", "ie", "1991-04-17", ppsn="6483912U"),
    Person("Pádraig", "Ó Súilleabháin", "m", "Irish", "ie", "1962-10-05", ppsn="8172405K"),
    Person("Marcia", "Thompson-Grant", "f", "Jamaican", "uk", "1971-06-13"),
    Person("Oluwaseun", "Adeyemi", "m", "Yoruba", "uk", "1988-01-29", nino="RT927416C"),
    Person("Chiamaka", "Okonkwo", "f", "Igbo", "uk", "1993-09-18", nin="70418362951"),
    Person("Aminu", "Bello", "m", "Hausa", "ng", "1980-03-03", bvn="22184036597"),
    Person("Kwabena", "Asante", "m", "Akan", "uk", "1977-08-21"),
    Person("Efua", "Mensah", "f", "Akan", "uk", "1997-11-26"),
    Person("Harpreet", "Kaur Gill", "f", "Punjabi", "uk", "1986-07-04", nino="HC 38 05 74 B"),
    Person("Sanjay", "Banerjee", "m", "Bengali", "uk", "1964-05-31"),
    Person("Ayesha", "Siddiqui", "f", "Urdu", "uk", "1990-02-14"),
    Person("Bilal", "Chaudhry", "m", "Punjabi (Pakistani)", "uk", "1984-12-20"),
    Person("Tanvir", "Hossain", "m", "Bangladeshi", "uk", "1975-04-09"),
    Person("Dilani", "Jayasuriya", "f", "Sinhala", "uk", "1989-10-01"),
    Person("Abdirahman", "Warsame", "m", "Somali", "uk", "1982-06-06"),
    Person("Hodan", "Mohamed Farah", "f", "Somali", "uk", "1996-01-23"),
    Person("Ka-ho", "Wong", "m", "Cantonese", "uk", "1973-03-15", sf=True),
    # Americas and Oceania
    Person("Tyler", "Brandt", "m", "US", "us", "1986-12-02", ssn="412-83-6907"),
    Person("Destiny", "Whitlock", "f", "US", "us", "1998-05-19", ssn="529-40-1836"),
    Person("Chase", "Holloway", "m", "US", "us", "1979-07-07"),
    Person("Miriam", "Feldstein", "f", "Jewish American", "us", "1957-09-12", ssn="071-52-9384"),
    Person("Mathieu", "Gagnon", "m", "Québécois", "ca", "1983-01-26", sin="527 184 931"),
    Person("Geneviève", "Tremblay-Roy", "f", "Québécois", "ca", "1970-08-14", sin="130948276"),
    Person("Lachlan", "Morrow", "m", "Australian", "au", "1991-11-03", tfn="482 917 367"),
    Person("Aroha", "Ngata", "f", "Māori", "nz", "1985-02-27"),
    Person("Tavita", "Faleolo", "m", "Samoan", "nz", "1978-10-19"),
    Person("Guadalupe", "Ramírez Soto", "f", "Mexican", "mx", "1968-12-12"),
    Person("Jesús Alberto", "Treviño", "m", "Mexican", "es", "1976-03-08", nie="X4827391J"),
    Person("Camila", "Ospina", "f", "Colombian", "es", "1994-06-15", nie="Y2719305Y"),
    Person("Matías", "Quiroga", "m", "Argentine", "es", "1987-04-30"),
    Person("Javiera", "Contreras", "f", "Chilean", "us", "1992-09-09"),
    Person("Wilber", "Quispe Mamani", "m", "Quechua", "es", "1980-07-25"),
    Person("Thiago", "dos Santos Moreira", "m", "Brazilian", "pt", "1990-05-06", cpf="284.719.305-79"),
    Person("Luana", "Ferreira", "f", "Brazilian", "pt", "1995-01-11", cpf="09358274123"),
    # Germany, Austria, Switzerland
    Person("Jürgen", "Wehrmann", "m", "German", "de", "1984-03-17", stid="48 291 750 462", rvnr="65 170384 W 500"),
    Person("Sabine", "Kröger-Haas", "f", "German", "de", "1958-11-04", stid="67301958327", rvnr="12041158K415"),
    Person("Lukas", "Pichler", "m", "Austrian", "at", "1993-02-08"),
    Person("Theresa", "Hofbauer", "f", "Austrian", "at", "1971-09-17", svnr="4822 170971"),
    Person("Reto", "Bänziger", "m", "Swiss German", "ch", "1965-06-22", ahv="756.4829.1730.53"),
    Person("Emre", "Yıldırım", "m", "Turkish", "de", "1989-08-12", stid="51802934573"),
    Person("Zeynep", "Aydoğan", "f", "Turkish", "de", "1996-03-29", tckn="28471930510"),
    Person("Ivana", "Kovačević", "f", "Croatian", "de", "1982-11-30"),
    Person("Dragan", "Petrović", "m", "Serbian", "at", "1960-01-07"),
    # France, Belgium, Netherlands
    Person("Amandine", "Rousseau", "f", "French", "fr", "1986-05-19", nir="2 86 05 75 112 034 47"),
    Person("Thibault", "Lefranc", "m", "French", "fr", "1963-11-07", nir="163116938112712"),
    Person("Noémie", "Garnier", "f", "French", "fr", "1992-02-24", nir="2 92 02 33 063 218 88"),
    Person("Youssef", "El Amrani", "m", "Moroccan", "fr", "1979-09-02"),
    Person("Mona", "Abdel-Fattah", "f", "Egyptian", "fr", "1988-04-04"),
    Person("Wim", "Verhaegen", "m", "Flemish", "be", "1978-04-12", nn="78.04.12-235.04"),
    Person("Aurélie", "Lambotte", "f", "Walloon", "be", "2001-08-30", nn="01083014432"),
    Person("Sanne", "de Groot", "f", "Dutch", "nl", "1990-10-10", bsn="204178368"),
    Person("Joris", "van den Berg", "m", "Dutch", "nl", "1972-05-14", bsn="318 529 075"),
    Person("Femke", "Bakker", "f", "Dutch", "nl", "1984-01-03", bsn="173904622"),
    Person("Mees", "Visser", "m", "Dutch", "nl", "2000-07-21"),
    Person("Rachid", "Bouzidi", "m", "Moroccan Dutch", "nl", "1986-02-11"),
    Person("Marelize", "van Zyl", "f", "Afrikaans", "nl", "1993-02-27", za_id="9302270814081"),
    # Iberia, Italy
    Person("Lucía", "Fernández Ortega", "f", "Spanish", "es", "1985-08-08", dni="48293715V"),
    Person("Álvaro", "de la Fuente", "m", "Spanish", "es", "1959-03-19", dni="05382917-C"),
    Person("Iker", "Goikoetxea", "m", "Basque", "es", "1994-12-24", dni="71940263N"),
    Person("Montserrat", "Vilaró", "f", "Catalan", "es", "1967-07-11"),
    Person("Inês", "Carvalho Pinto", "f", "Portuguese", "pt", "1983-06-01", nif="238471055"),
    Person("Rui", "Gonçalves", "m", "Portuguese", "pt", "1970-10-22", nif="183 920 473"),
    Person("Conceição", "Dias", "f", "Portuguese", "pt", "1949-04-25", nif="256103844"),
    Person("Giulia", "Ferraresi", "f", "Italian", "it", "1986-03-14", cf="FRRGLI86C54A944E"),
    Person("Salvatore", "Cuccurullo", "m", "Italian", "it", "1961-11-02", cf="CCCSVT61S02F839K"),
    Person("Chiara", "Dell'Acqua", "f", "Italian", "it", "1993-07-28", cf="DLLCHR93L68F205E"),
    Person("Ottavio", "Pellegrino", "m", "Italian", "it", "1978-01-09", cf="PLLTTV78A09E506V"),
    Person("Arben", "Hoxha", "m", "Albanian", "it", "1975-05-05"),
    # Central and Eastern Europe
    Person("Katarzyna", "Wróbel", "f", "Polish", "pl", "1984-06-21", pesel="84062148261"),
    Person("Zbigniew", "Kaczmarczyk", "m", "Polish", "pl", "1957-02-11", pesel="57021119370"),
    Person("Wiktoria", "Nowicka", "f", "Polish", "pl", "2001-09-30", pesel="01293030749"),
    Person("Grzegorz", "Pawlak", "m", "Polish", "uk", "1980-12-06"),
    Person("Pavel", "Dvořák", "m", "Czech", "cz", "1968-10-03", rc="681003/4825"),
    Person("Lucie", "Horáčková", "f", "Czech", "cz", "1991-05-17", rc="915517/6030"),
    Person("Jana", "Svobodová", "f", "Czech", "cz", "1975-08-22", rc="7558222914"),
    Person("Ľubomír", "Hudák", "m", "Slovak", "cz", "1987-03-13"),
    Person("Bogdan", "Munteanu", "m", "Romanian", "ro", "1979-04-18", cnp="1790418324171"),
    Person("Ioana", "Dumitrescu", "f", "Romanian", "ro", "1990-12-05", cnp="2901205062385"),
    Person("Andrei", "Ciobanu", "m", "Romanian", "ro", "2002-03-27", cnp="5020327120911"),
    Person("Réka", "Kovács", "f", "Hungarian", "uk", "1992-08-16", sf=True),
    Person("Balázs", "Tóth", "m", "Hungarian", "de", "1981-05-28", sf=True),
    Person("Oksana", "Melnyk", "f", "Ukrainian", "pl", "1988-09-26", rnokpp="3184907265"),
    Person("Taras", "Bondarenko", "m", "Ukrainian", "cz", "1976-11-15"),
    Person("Dmitri", "Sokolov", "m", "Russian", "fi", "1983-07-02"),
    Person("Eleni", "Papadopoulou", "f", "Greek", "de", "1979-12-28"),
    Person("Nikos", "Karagiannis", "m", "Greek", "uk", "1966-06-18"),
    Person("Mindaugas", "Petrauskas", "m", "Lithuanian", "uk", "1990-04-12"),
    Person("Elīna", "Bērziņa", "f", "Latvian", "dk", "1995-10-07"),
    Person("Triin", "Saar", "f", "Estonian", "fi", "1987-01-31"),
    Person("Anahit", "Grigoryan", "f", "Armenian", "fr", "1984-03-09"),
    Person("Giorgi", "Beridze", "m", "Georgian", "pl", "1991-09-14"),
    # Nordics
    Person("Mette", "Kjeldsen", "f", "Danish", "dk", "1981-03-12", cpr="120381-4736"),
    Person("Rasmus", "Holm Jørgensen", "m", "Danish", "dk", "1959-06-04", cpr="0406592913"),
    Person("Freja", "Lund", "f", "Danish", "dk", "1995-07-23", cpr="230795-1848"),
    Person("Linnea", "Åberg", "f", "Swedish", "se", "1983-07-14", pnr="830714-4827"),
    Person("Oskar", "Lindqvist", "m", "Swedish", "se", "1962-02-28", pnr="19620228-7139"),
    Person("Sigrid", "Haugland", "f", "Norwegian", "no", "1994-10-27", fnr="271094 22008"),
    Person("Eirik", "Solbakken", "m", "Norwegian", "no", "1976-06-09", fnr="09067648150"),
    Person("Aino", "Kettunen", "f", "Finnish", "fi", "1972-01-15", hetu="150172-2847"),
    Person("Juha-Pekka", "Räsänen", "m", "Finnish", "fi", "1988-11-09", hetu="091188-917Y"),
    Person("Venla", "Mäkelä", "f", "Finnish", "fi", "2003-04-02", hetu="020403A436B"),
    Person("Guðrún", "Sigurðardóttir", "f", "Icelandic", "dk", "1974-08-30"),
    # Middle East, Africa
    Person("Rami", "Haddad", "m", "Lebanese", "uk", "1985-05-17"),
    Person("Lina", "Al-Khatib", "f", "Syrian", "de", "1993-11-21"),
    Person("Shirin", "Farahani", "f", "Persian", "uk", "1976-02-06"),
    Person("Noa", "Ben-Ami", "f", "Hebrew", "uk", "1989-06-30"),
    Person("Selamawit", "Tesfaye", "f", "Amharic", "se", "1990-03-01"),
    Person("Wanjiru", "Kamau", "f", "Kikuyu", "ke", "1987-07-18", kra="A012948375K"),
    Person("Brian", "Otieno", "m", "Luo", "ke", "1992-12-09"),
    Person("Sipho", "Dlamini", "m", "Zulu", "za", "1988-05-12", za_id="880512 5049 084"),
    # Asia
    Person("Ananya", "Deshpande", "f", "Marathi", "uk", "1994-02-20", pan="AKRPD4821M"),
    Person("Vikram", "Raghunathan", "m", "Tamil", "uk", "1972-09-29", pan="BFXPR7305K"),
    Person("Meera", "Pillai", "f", "Malayali", "uk", "1980-11-16"),
    Person("Yuxuan", "Chen", "f", "Mandarin (mainland)", "uk", "1997-04-04", sf=True),
    Person("Jiahao", "Lin", "m", "Singaporean Chinese", "uk", "1987-12-15", sf=True, nric="S8734512B"),
    Person("Pei-shan", "Tsai", "f", "Taiwanese", "us", "1990-10-30", sf=True),
    Person("Kenji", "Takahashi", "m", "Japanese", "uk", "1969-01-19", sf=True),
    Person("Ji-woo", "Park", "f", "Korean", "uk", "1985-03-14", sf=True, rrn="850314-2481734"),
    Person("Dong-hyun", "Kim", "m", "Korean", "us", "1993-07-08", sf=True),
    Person("Thị Lan", "Nguyễn", "f", "Vietnamese", "cz", "1982-09-02", sf=True, call="Lan"),
    Person("Quốc Bảo", "Phạm", "m", "Vietnamese", "de", "1991-01-27", sf=True, call="Bảo"),
    Person("Siriporn", "Chaiyaporn", "f", "Thai", "uk", "1986-08-25"),
    Person("Maricel", "dela Cruz", "f", "Filipino", "uk", "1979-06-19"),
    Person("Jericho", "Bautista", "m", "Filipino", "us", "1995-11-02"),
    Person("Dewi", "Kusumawati", "f", "Javanese", "nl", "1983-04-14"),
    Person("Nurul Aisyah", "binti Hamzah", "f", "Malay", "uk", "1991-06-04", mykad="910604-10-5388"),
]

EMAIL_DOMAINS = {
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com",
           "icloud.com", "virginmedia.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com"],
    "ca": ["videotron.ca", "gmail.com", "hotmail.ca"],
    "au": ["bigpond.com", "gmail.com"], "nz": ["xtra.co.nz", "gmail.com"],
    "mx": ["hotmail.com", "gmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "at": ["gmx.at", "aon.at"], "ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "be": ["skynet.be", "telenet.be"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz"],
    "ro": ["yahoo.com", "gmail.com"],
    "dk": ["mail.dk", "gmail.com", "live.dk"],
    "se": ["telia.com", "gmail.com"], "no": ["online.no", "gmail.com"],
    "fi": ["luukku.com", "gmail.com", "outlook.com"],
    "ng": ["yahoo.com", "gmail.com"], "ke": ["gmail.com"], "za": ["gmail.com", "webmail.co.za"],
}


def make_email(p, rng):
    g, f = slug(p.given), slug(p.family)
    yy = "%02d" % (p.dob[0] % 100)
    nn = str(rng.randint(2, 98))
    pats = ["{g}.{f}", "{g}{f}", "{g0}{f}", "{f}.{g}", "{g}_{f}{nn}", "{g}{f0}{nn}", "{g}.{f}{yy}",
            "{g0}.{f}{yy}"]
    local = rng.choice(pats).format(g=g, f=f, g0=g[0], f0=f[0], nn=nn, yy=yy)
    return "%s@%s" % (local, rng.choice(EMAIL_DOMAINS.get(p.cc, ["gmail.com", "outlook.com"])))


def _assign_emails():
    r = random.Random(SEED + 1)
    for p in PEOPLE:
        p.email = make_email(p, r)


def handle(p, style):
    g, f = slug(p.given), slug(p.family)
    yy = "%02d" % (p.dob[0] % 100)
    return {
        "tag": "%s%s" % (g, f[:1]),
        "dot": "%s.%s" % (g, f),
        "under": "%s_%s" % (g, f),
        "gf": "%s%s%s" % (g[0], f, yy),
        "fg": "%s%s" % (f, g[:3]),
        "gy": "%s%s" % (g, yy),
    }[style]


_assign_emails()

# ----------------------------------------------------------------------------------------------
# addresses (typed by hand). parts: street, town, postcode, optional flat and region.
# ----------------------------------------------------------------------------------------------

class Addr:
    def __init__(self, cc, street, town, postcode, flat=None, region=None):
        self.cc, self.street, self.town, self.postcode = cc, street, town, postcode
        self.flat, self.region = flat, region

    def _pieces(self):
        cc = self.cc
        fl = L(self.flat) if self.flat else None
        if cc in ("uk", "ie"):
            lines = [x for x in (fl, L(self.street)) if x]
            first = ", ".join(lines)
            tail = [L(self.town)]
            if self.region:
                tail.append(L(self.region))
            return [first] + tail + [L(self.postcode)]
        if cc in ("us", "ca"):
            first = L(self.street) + (", " + fl if fl else "")
            return [first, L(self.town), "%s %s" % (L(self.region), L(self.postcode))]
        first = L(self.street) + (", " + fl if fl else "")
        town = "%s %s" % (L(self.postcode), L(self.town))
        if self.region:
            town += " (%s)" % L(self.region)
        return [first, town]

    def line(self):
        pc = self._pieces()
        if self.cc == "uk" and len(pc) == 3:
            return "%s, %s %s" % (pc[0], pc[1], pc[2])
        return ", ".join(pc)

    def block(self, sep="\n"):
        pc = self._pieces()
        if self.cc in ("us", "ca"):
            return "%s%s%s, %s" % (pc[0], sep, pc[1], pc[2])
        return sep.join(pc)


ADDRS = [
    Addr("uk", "14 Rowan Close", "Otley", "LS21 3JP"),
    Addr("uk", "31 Marlborough Road", "Swindon", "SN3 1NW", flat="Flat 2"),
    Addr("uk", "7 Back Lane", "Knaresborough", "HG5 0AX"),
    Addr("uk", "58 Stanley Road", "Bootle", "L20 3DN"),
    Addr("uk", "3 Glebe Cottages, Mill Lane", "Eynsham", "OX29 4JS"),
    Addr("uk", "Harrow Court, Fairlands Way", "Stevenage", "SG1 3PX", flat="Flat 11"),
    Addr("uk", "41/3 Easter Road", "Edinburgh", "EH7 5PJ"),
    Addr("uk", "The Old Forge, Station Road", "Llandeilo", "SA19 6NG"),
    Addr("uk", "22 Tennyson Avenue", "Kettering", "NN16 9RQ"),
    Addr("uk", "109 Heaton Park Road", "Newcastle upon Tyne", "NE6 5NR"),
    Addr("uk", "Clarence House, 12 Queens Road", "Brighton", "BN1 3XF", flat="Flat 4B"),
    Addr("uk", "6 Pen-y-Bryn", "Machynlleth", "SY20 8DJ"),
    Addr("uk", "86 Wellington Street", "Stockport", "SK1 3AQ"),
    Addr("uk", "2 Kirkgate Cottages", "Ulverston", "LA12 7BD"),
    Addr("uk", "19 Bright Street", "Skipton", "BD23 1QQ", flat="Flat 1"),
    Addr("uk", "45 Grange Drive", "Coalville", "LE67 3RA"),
    Addr("uk", "12 Chapel Row", "Todmorden", "OL14 5BS"),
    Addr("uk", "Ashdown House, 70 Cromwell Road", "Hove", "BN3 3EX", flat="Flat 3"),
    Addr("uk", "4 Nelson Terrace", "Whitby", "YO21 1EY"),
    Addr("uk", "27 Ladysmith Road", "Grimsby", "DN32 9SB"),
    Addr("uk", "Rose Cottage, Church Lane", "Much Wenlock", "TF13 6AB"),
    Addr("uk", "93 Hamstead Road", "Handsworth", "B20 2RE"),
    Addr("uk", "15 Milton Crescent", "Dunfermline", "KY11 4DL"),
    Addr("uk", "8 Victoria Gardens", "Ballymena", "BT43 6HJ"),
    Addr("uk", "201 Cathays Terrace", "Cardiff", "CF24 4HT"),
    Addr("uk", "36 Sandringham Drive", "Blackburn", "BB2 4QW"),
    Addr("uk", "9 Wharf Street", "Sowerby Bridge", "HX6 2AF", flat="Flat 7"),
    Addr("uk", "62 Darwin Street", "Shrewsbury", "SY3 8EN"),
    Addr("ie", "Dún Mhuire, Seafield Road", "Clontarf", "D03 K2W8", flat="Apt 6", region="Dublin 3"),
    Addr("ie", "Ballynagran", "Ennistymon", "V95 R6X3", region="Co. Clare"),
    Addr("de", "Ahornweg 12", "Besigheim", "74354"),
    Addr("de", "Am Mühlbach 7", "Bad Tölz", "83646"),
    Addr("de", "Goethestraße 23a", "Leipzig", "04109"),
    Addr("de", "Schillerplatz 4", "Marbach am Neckar", "71672"),
    Addr("de", "Hauptstraße 118", "Weinheim", "69469", flat="2. OG"),
    Addr("at", "Kirchengasse 9/4", "Krems an der Donau", "3500"),
    Addr("ch", "Dorfstrasse 21", "Einsiedeln", "8840"),
    Addr("fr", "8 impasse des Vignes", "Gordes", "84220"),
    Addr("fr", "27 bis rue Victor Hugo", "Saint-Malo", "35400"),
    Addr("fr", "3 allée des Acacias", "Arcachon", "33120", flat="Bât. B, apt 12"),
    Addr("fr", "14 chemin du Moulin", "Nyons", "26110"),
    Addr("be", "Rue de la Station 21", "Gembloux", "5030"),
    Addr("be", "Kapelstraat 9", "Lokeren", "9160"),
    Addr("nl", "Kerkstraat 27", "Weesp", "1381 BR"),
    Addr("nl", "Van Speijkstraat 112-II", "Amsterdam", "1057 GV"),
    Addr("nl", "Molenweg 5", "Ommen", "7731 AX"),
    Addr("es", "C/ Mayor, 14", "Almagro", "13270", flat="2º B"),
    Addr("es", "Calle Sor Ángela de la Cruz, 9", "Ronda", "29400"),
    Addr("es", "Avda. de Castilla, 31", "Aranda de Duero", "09400", flat="4º izda."),
    Addr("it", "Via Roma 42", "Assisi", "06081", region="PG"),
    Addr("it", "Vicolo del Pozzo 3", "Riva del Garda", "38066", region="TN"),
    Addr("it", "Piazza Cavour 8/B", "Alba", "12051", region="CN"),
    Addr("pt", "Rua do Souto, 48", "Braga", "4700-329", flat="2.º Esq."),
    Addr("pt", "Travessa da Fonte, 3", "Évora", "7005-145"),
    Addr("pl", "ul. Słowackiego 14/6", "Nowy Sącz", "33-300"),
    Addr("pl", "ul. Ogrodowa 3 m. 12", "Toruń", "87-100"),
    Addr("pl", "ul. Kościuszki 87", "Jelenia Góra", "58-500"),
    Addr("dk", "Vestergade 18", "Silkeborg", "8600", flat="2. tv."),
    Addr("dk", "Nørregade 4", "Tønder", "6270"),
    Addr("fi", "Puistokatu 7 B 14", "Jyväskylä", "40100"),
    Addr("fi", "Koivutie 3", "Parainen", "21600"),
    Addr("cz", "Husova 318/12", "České Budějovice", "370 01"),
    Addr("cz", "Nádražní 45", "Třebíč", "674 01"),
    Addr("cz", "Masarykova 1021", "Rožnov pod Radhoštěm", "756 61"),
    Addr("ro", "Str. Mihai Eminescu nr. 27", "Sibiu", "550177", flat="bl. C3, sc. 2, ap. 14"),
    Addr("ro", "Str. Florilor nr. 8", "Bistrița", "420107"),
    Addr("se", "Storgatan 14", "Skellefteå", "931 31"),
    Addr("se", "Hästgatan 9", "Visby", "621 56"),
    Addr("no", "Storgata 22", "Tromsø", "9008"),
    Addr("us", "4820 Maple Ridge Dr", "Boise", "83704", flat="Apt 3B", region="ID"),
    Addr("us", "117 Chestnut St", "Bethlehem", "18018", region="PA"),
    Addr("ca", "215 rue Saint-Jean", "Québec", "G1R 1N8", region="QC"),
]

# ----------------------------------------------------------------------------------------------
# phones, IBANs, cards, IPs (typed by hand; IBANs pass mod-97, cards pass Luhn: see check())
# ----------------------------------------------------------------------------------------------

PHONES = {
    "uk": ["07912 448 305", "07834 219076", "07458 301 992", "0113 496 0731", "07981 553 204",
           "+44 7723 610 418", "01632 960845", "020 7946 0318", "07507 884 126", "(01539) 582 207",
           "07415-902-337", "+447386 211 094", "0161 496 0552", "07711 093 468"],
    "ie": ["087 193 4826", "+353 86 402 7715"],
    "us": ["(412) 838-2917", "917-482-3306", "+1 208 555 0187"],
    "ca": ["(418) 812-4479"], "au": ["0412 839 406"], "nz": ["021 448 3092"],
    "de": ["0171 4829336", "0152 28419907", "+49 89 21937465", "030 / 8841 2297", "0221 9384715",
           "0176-24 81 93 05"],
    "at": ["0664 382 9175"], "ch": ["079 482 13 57"],
    "fr": ["06 41 82 37 95", "07 58 21 90 44", "+33 6 12 84 03 77", "01 45 82 39 06", "06.72.18.45.09"],
    "be": ["0478 21 93 56", "+32 471 88 20 14"],
    "nl": ["06-41829375", "06 2839 1174", "+31 6 4471 2038", "020-6248193"],
    "es": ["612 48 93 07", "+34 655 213 889", "91 534 28 71", "687302114"],
    "pt": ["912 384 507", "+351 936 201 748", "21 843 9276"],
    "it": ["338 241 7795", "+39 347 882 0146", "06 4821 3390", "3295518042"],
    "pl": ["601 482 937", "+48 512 309 884", "22 648 13 90", "789-214-506"],
    "dk": ["28 41 93 57", "+45 61 28 04 93", "42198730"],
    "fi": ["040 718 2936", "050 332 8471", "+358 44 901 2385"],
    "cz": ["603 481 927", "+420 777 215 308", "731902846"],
    "ro": ["0722 481 936", "+40 745 312 087", "0756.209.413"],
    "se": ["070-482 19 36", "073 918 42 05"], "no": ["412 83 906"],
    "ng": ["0803 418 2297"], "ke": ["0712 483 906"], "za": ["082 417 3390"],
}

IBANS = {
    "uk": ["GB77BARC20325343917628", "GB29LOYD30947118264039", "GB42HBUK40116271530284",
           "GB21NAIA07043629810457", "GB42MONZ04000458273016", "GB26SRLG60837114092583",
           "GB34NWBK56004122908713"],
    "de": ["DE87370501981934678205", "DE80500105175408213967", "DE42760501010018462937",
           "DE63430609671127384900", "DE57120300001048275391"],
    "fr": ["FR7630004019250001837264572", "FR7630003028710005091827354",
           "FR7616006211120784123591050", "FR7620041010120618472390558"],
    "es": ["ES7421000813610201742863", "ES5401823905110208915537", "ES4900810216700001376590"],
    "it": ["IT54E0306911884000004829173", "IT04H0200801642000105382917",
           "IT79O0326822300052879341260"],
    "nl": ["NL77INGB0006835291", "NL98RABO0312846571", "NL40ABNA0528193746", "NL08BUNQ2041739826",
           "NL72SNSB0917364528"],
    "pt": ["PT50003506510002847619555", "PT50003300004531872090518", "PT50001000005283719400143"],
    "pl": ["PL39102010260000170201937461", "PL34114020040000380217456093",
           "PL69105010121000009134782205", "PL52124020181111000048293716"],
    "dk": ["DK9330004129857316", "DK2420006281937045", "DK1952950001846203"],
    "fi": ["FI3650000120471833", "FI3917453000186272", "FI3547105000291833"],
    "cz": ["CZ5608000000192834567109", "CZ4403000000001748293055"],
    "ro": ["RO10BTRLRONCRT0583920174", "RO76RNCB0082004571830001", "RO39BRDE441SV61839274410"],
    "be": ["BE78063481726586", "BE57001638294735"],
    "ie": ["IE86AIBK93208147295036", "IE80BOFI90001729384615"],
    "at": ["AT911200052948173610"], "se": ["SE6550000000058391827364"],
    "no": ["NO2015032749183", "NO3097100458326"], "ch": ["CH9300762011623852957"],
    "lt": ["LT087300010138462950"],
}

CARDS = ["4539148803436673", "4716220931850425", "4929582177301584", "4024007183642916",
         "4485631290753191", "5191208744316271", "5312678009521845", "2720991583470633",
         "375928461739202", "341153097261486", "6011483722095611", "4658589122740318",
         "4921819304572648", "5355224109683777"]

IPS = ["81.174.32.19", "2.26.118.47", "94.12.203.88", "176.24.91.5", "185.220.101.34",
       "31.94.17.206", "62.31.148.77", "90.214.6.152", "109.150.77.23",
       "2a02:c7f:8e12:4d00:1c3:5a1f:9e02:77b4", "88.97.12.241", "151.41.208.63", "83.29.174.12",
       "178.197.230.15"]


def ib_spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def card_fmt(n, style):
    if len(n) == 15:
        groups = [n[:4], n[4:10], n[10:]]
    else:
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(groups), "dash": "-".join(groups), "plain": n}[style]


# ----------------------------------------------------------------------------------------------
# dates of birth in the writer's style
# ----------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def dfmt(d, style):
    y, m, dd = d
    if style == "dmy/":
        return "%02d/%02d/%d" % (dd, m, y)
    if style == "dmy.":
        return "%02d.%02d.%d" % (dd, m, y)
    if style == "dmy-":
        return "%02d-%02d-%d" % (dd, m, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    if style == "mdy/":
        return "%02d/%02d/%d" % (m, dd, y)
    if style == "short.":
        return "%d.%d.%d" % (dd, m, y)
    if style == "cz":
        return "%d. %d. %d" % (dd, m, y)
    if style == "us":
        return "%s %d, %d" % (MONTHS["en"].split()[m - 1], dd, y)
    if style == "en":
        return "%d %s %d" % (dd, MONTHS["en"].split()[m - 1], y)
    if style == "en3":
        return "%d %s %d" % (dd, MONTHS["en"].split()[m - 1][:3], y)
    if style in ("es", "pt"):
        return "%d de %s de %d" % (dd, MONTHS[style].split()[m - 1], y)
    if style in ("de", "da"):
        return "%d. %s %d" % (dd, MONTHS[style].split()[m - 1], y)
    if style in MONTHS:
        return "%d %s %d" % (dd, MONTHS[style].split()[m - 1], y)
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row
# ----------------------------------------------------------------------------------------------

USE = collections.Counter()


class Ctx:
    def __init__(self, rng, tkey, i):
        self.r, self.tkey, self.i = rng, tkey, i
        self.taken = set()

    def _least(self, items, key):
        """least used in this template first, then least used overall; ties by the seeded RNG"""
        items = [x for x in items if key(x) not in self.taken]
        assert items, "pool exhausted"
        def score(x):
            return (USE[("T", self.tkey) + key(x)], USE[key(x)])
        lo = min(score(x) for x in items)
        best = [x for x in items if score(x) == lo]
        x = self.r.choice(best)
        USE[key(x)] += 1
        USE[("T", self.tkey) + key(x)] += 1
        self.taken.add(key(x))
        return x

    def person(self, cc=None, need=None, culture=None, sex=None, born_before=None, born_after=None):
        pool = PEOPLE
        if born_after:
            pool = [p for p in pool if p.dob[0] > born_after]
        if born_before:
            pool = [p for p in pool if p.dob[0] < born_before]
        if cc:
            ccs = cc if isinstance(cc, (list, tuple)) else [cc]
            pool = [p for p in pool if p.cc in ccs]
        if culture:
            pool = [p for p in pool if p.culture in culture]
        if need:
            pool = [p for p in pool if need in p.ids]
        if sex:
            pool = [p for p in pool if p.sex == sex]
        return self._least(pool, lambda p: ("P", p.full))

    def addr(self, cc):
        ccs = cc if isinstance(cc, (list, tuple)) else [cc]
        return self._least([a for a in ADDRS if a.cc in ccs], lambda a: ("A", a.street))

    def phone(self, cc):
        return self._least(PHONES[cc], lambda x: ("T", x))

    def iban(self, cc):
        return self._least(IBANS[cc], lambda x: ("I", x))

    def card(self):
        return self._least(CARDS, lambda x: ("C", x))

    def ip(self):
        return self._least(IPS, lambda x: ("IP", x))

    def kid(self):
        """a child's given name (typed by hand)"""
        return self._least(KIDS, lambda x: ("K", x))

    def pick(self, items):
        """a variant for this template, least-used among its rows"""
        return self._least(list(items), lambda x: ("V", self.tkey, repr(x)))

    def ch(self, items):
        return self.r.choice(list(items))

    def amt(self, lo, hi, step=1):
        return self.r.randrange(lo, hi, step)


KIDS = ["Isla", "Alfie", "Freya", "Reuben", "Amara", "Theo", "Esme", "Zain", "Maisie", "Ollie", "Niamh",
        "Kofi"]

TEMPLATES = []


def T(cls, name, lang, n, case=None):
    def deco(fn):
        TEMPLATES.append((cls, name, lang, n, case, fn))
        return fn
    return deco


# ==============================================================================================
# helpers for templates
# ==============================================================================================

TITLES = {
    "en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."),
    "it": ("Sig.", "Sig.ra"), "nl": ("dhr.", "mevr."), "pt": ("Sr.", "Sra."), "pl": ("Pan", "Pani"),
    "cs": ("pan", "paní"), "ro": ("dl.", "dna."),
}


def title(p, lang="en"):
    return TITLES[lang][0 if p.sex == "m" else 1]


def she(p):
    return "she" if p.sex == "f" else "he"


def her(p):
    return "her" if p.sex == "f" else "his"


def ph(c, p):
    return PH(c.phone(p.cc if p.cc in PHONES else "uk"))


def em(p):
    return EM(p.email)


def gn(p):
    """given name alone (the name used alone), marked"""
    return P(p.first)


def fn(p):
    return P(p.full)


def sn(p):
    return P(p.family)


def tsn(p, lang="en"):
    """title outside the span"""
    return "%s %s" % (title(p, lang), P(p.family))


# ==============================================================================================
# personal_bank
# ==============================================================================================

@T("personal_bank", "branch_visit_note", "en", 3)
def _(c):
    v = c.pick(["address", "poa", "cash"])
    branch = c.ch(["Briggate, Leeds", "Harrogate (Cambridge St)", "Kettering", "the Stockport branch",
                   "Bootle Strand"])
    if v == "address":
        p = c.person("uk")
        old, new = c.addr("uk"), c.addr("uk")
        return (f"Branch: {branch}\nStaff: Customer Service Adviser\n\n"
                f"{tsn(p)} came in 11:20 to change {her(p)} adress after moving house. Old address on file "
                f"{old.line()}. New address:\n{new.block()}\n"
                f"ID seen: {c.ch(['UK driving licence', 'passport'])}, DOB {DOB(dfmt(p.dob, 'dmy/'))} matches. "
                f"Mobile updated to {ph(c, p)}.\n\n"
                "Turn this into a proper contact note for Salesforce and tell me if I've missed a KYC step.")
    if v == "poa":
        donor, att = c.person("uk"), c.person("uk")
        return (f"Can you write up my notes for the Power of Attorney team? Branch {branch}.\n"
                f"- Donor: {fn(donor)}, born {DOB(dfmt(donor.dob, 'en'))}, current acc + ISA\n"
                f"- Attorney: {fn(att)} ({'daughter-in-law' if att.sex == 'f' else 'son-in-law'}), tel {ph(c, att)}, {em(att)}\n"
                f"- LPA registered with the Office of the Public Guardian, original seen & copied\n"
                f"- {gn(donor)} was present and happy for {gn(att)} to manage day to day bills\n"
                f"- attorney wants own debit card on donor's account - told {her(att).replace('his', 'him')} this is not allowed under LPA, offered third party mandate info instead")
    p = c.person("uk", sex="f", born_before=1959)
    return (f"need a quick second opinion. {tsn(p)} (DOB {DOB(dfmt(p.dob, 'dmy/'))}) wanted to take out "
            f"£9,000 cash at {branch} today, says it's for her builder \"{P(c.ch(['Gary', 'Shane', 'Lee']))}\" who needs paying up front for a new roof. "
            "She's 70+ and seemed flustered, kept checking her phone. I invoked the Banking Protocol and the police attended. "
            "How should I word the branch incident note so it's factual and not judgemental?")


@T("personal_bank", "callcentre_lower", "en", 3, case="lower")
def _(c):
    v = c.pick(["abroad", "locked", "joint"])
    p = c.person(["uk", "ie"])
    a = c.addr(p.cc if p.cc in ("uk", "ie") else "uk")
    if v == "abroad":
        return (f"call notes pls tidy up for the log: cust {fn(p)} rang re card declined in spain. passed id&v "
                f"(dob {DOB(dfmt(p.dob, 'dmy/'))}, postcode {L(a.postcode)}). mob on file {ph(c, p)}. "
                "card ending 4417 had been blocked by falcon after 2 txns at mercadona + 1 atm in malaga, unblocked once cust confirmed. "
                "advised to switch on travel notifications in the app. no complaint logged")
    if v == "locked":
        return (f"can you make these notes readable? locked out of online banking 3rd time this month. "
                f"customer = {fn(p)}, security q's failed but passed dob {DOB(dfmt(p.dob, 'dmy-'))} + "
                f"address {a.line()}. sent reset code to {em(p)} instead of sms because "
                f"{she(p)}'s changed number to {ph(c, p)} and it's not updated yet. raised ticket to digital team")
    q = c.person(["uk", "ie"])
    return (f"rewrite as a call summary: {fn(p)} called, wants to add partner {fn(q)} as joint holder on the "
            f"current account. explained both need to pass checks. partner dob {DOB(dfmt(q.dob, 'dmy/'))}, "
            f"lives at {a.line()} too. {gn(p)} asked if {gn(q)}'s credit history (ccj 2019) will affect {her(p)} score - "
            "explained financial association on experian/equifax. sending the joint app pack by post")


@T("personal_bank", "complaint_letter", "en", 2)
def _(c):
    p, ll = c.person("uk"), c.person("uk")
    a = c.addr("uk")
    bank = c.pick(["Barclays", "Nationwide"])
    return (f"Can you make this complaint firmer and mention the Consumer Duty and the Financial Ombudsman?\n\n"
            f"{fn(p)}\n{a.block()}\n{em(p)} / {ph(c, p)}\n\n"
            f"To: Complaints, {bank}\n"
            f"Re: account ending {c.amt(1000, 9999)}\n\n"
            "Dear Sir or Madam,\n"
            f"On 3 March I tried to pay my rent of £850 to my landlord {fn(ll)} (IBAN {IB(ib_spaced(c.iban('uk')))}) "
            "and the payment was held for \"security checks\" for nine days. I was told on the phone by three different people that it would be released "
            "the same day. My landlord has now charged me a late fee. I've been with you for 22 years and this is not good enough.\n"
            f"Yours faithfully,\n{fn(p)}")


@T("personal_bank", "kyc_table", "en", 3)
def _(c):
    v = c.pick(["uk", "us", "ie"])
    if v == "uk":
        p = c.person("uk", need="nino")
        a, idr = c.addr("uk"), f"NI number | {NID(p.ids['nino'])} | ✔ HMRC"
        proof = "council tax bill"
    elif v == "us":
        p = c.person("us", need="ssn")
        a, idr = c.addr("uk"), f"US SSN (FATCA W-9) | {SSN(p.ids['ssn'])} | W-9 signed"
        proof = "tenancy agreement"
    else:
        p = c.person("ie", need="ppsn")
        a, idr = c.addr("ie"), f"PPSN | {NID(p.ids['ppsn'])} | ✔ Revenue"
        proof = "utility bill"
    return (c.ch(["Before I submit this to onboarding, does anything look missing or wrong?",
                  "Pls sanity check this account opening checklist before it goes to the onboarding team",
                  "Is this KYC table complete? Onboarding bounced my last one"]) + "\n\n"
            "| Field | Value | Verified |\n|---|---|---|\n"
            f"| Full name | {fn(p)} | ✔ passport |\n"
            f"| Date of birth | {DOB(dfmt(p.dob, 'dmy/'))} | ✔ |\n"
            f"| {idr} |\n"
            f"| Residential address | {a.line()} | ✔ {proof} |\n"
            f"| Mobile | {ph(c, p)} | OTP ok |\n"
            f"| Email | {em(p)} | |\n"
            "| Source of funds | salary, NHS trust | payslip |\n"
            "| PEP / sanctions | no match (World-Check) | ✔ |")


@T("personal_bank", "de_kontoeroeffnung", "de", 3)
def _(c):
    p = c.person(need="stid", cc="de")
    a = c.addr("de")
    bank = c.pick(["Sparkasse", "Volksbank", "Commerzbank-Filiale"])
    wunsch = c.ch(["Girokonto + Tagesgeld, Gehaltseingang ab dem 1., Dispo 2.000 € angefragt",
                   "Girokonto für Selbständige, Kreditkarte (Visa) gewünscht",
                   "Gemeinschaftskonto später, erstmal Einzelkonto"])
    return (f"Kannst du mir aus den Stichpunkten eine ordentliche Gesprächsnotiz ({bank}) machen?\n\n"
            f"Kunde: {tsn(p, 'de')}, Vorname {gn(p)}, geb. {DOB(dfmt(p.dob, 'dmy.'))}\n"
            f"Anschrift: {a.line()}\n"
            f"Tel. {ph(c, p)} / Mail {em(p)}\n"
            f"Steuer-ID: {NID(p.ids['stid'])}\n"
            f"Wunsch: {wunsch}\n"
            "Legitimation: Personalausweis geprüft, Kopie im OSPlus\n"
            "SCHUFA-Auskunft: ok")


@T("personal_bank", "fr_reclamation", "fr", 2)
def _(c):
    p = c.person("fr")
    a = c.addr("fr")
    merchant = c.pick(["SFR", "Fitness Park"])
    return ("Bonjour, tu peux corriger les fautes et rendre ce courrier plus ferme ?\n\n"
            f"{fn(p)}\n{a.block()}\nTél : {ph(c, p)}\n\n"
            f"Objet : contestation d'un prélèvement SEPA – compte {IB(ib_spaced(c.iban('fr')))}\n\n"
            "Madame, Monsieur,\n"
            f"Je constate sur mon relevé du mois dernier un prélèvement de 89,90 € au profit de {merchant} que je n'ai jamais autorisé. "
            "J'ai résilié ce contrat en janvier (courrier recommandé). Je vous demande le remboursement sous 10 jours comme le prévoit la réglementation.\n"
            f"Cordialement,\n{fn(p)}")


@T("personal_bank", "es_nota_oficina", "es", 2)
def _(c):
    p = c.person("es", need=c.pick(["dni", "nie"]))
    q = c.person("es")
    a = c.addr("es")
    idk = "dni" if "dni" in p.ids else "nie"
    return ("¿Me ayudas a redactar esto como nota interna para el expediente?\n\n"
            f"Titular: {fn(p)} – {idk.upper()} {NID(p.ids[idk])} – nacido/a el {DOB(dfmt(p.dob, 'dmy/'))}\n"
            f"Domicilio: {a.line()}\n"
            f"Tel.: {ph(c, p)}\n"
            f"Quiere añadir como autorizado a {fn(q)} para la cuenta de la comunidad de vecinos. "
            f"Le he dicho que {gn(q)} tiene que venir a la oficina con su documento. También pregunta por Bizum, lo tiene activado con otro número.")


@T("personal_bank", "pl_reklamacja", "pl", 2)
def _(c):
    p = c.person("pl", need="pesel")
    a = c.addr("pl")
    return ("Popraw proszę tę reklamację, żeby brzmiała oficjalnie:\n\n"
            f"{fn(p)}\nPESEL: {NID(p.ids['pesel'])}\n{a.block()}\ntel. {ph(c, p)}\n\n"
            "Dzień dobry,\n"
            "w dniu 12.02 wykonałam przelew na telefon BLIK na kwotę 600 zł, ale pieniądze trafiły do innej osoby. "
            f"Numer odbiorcy to {PH(c.phone('pl'))}, a miał być numer mojej siostry. Proszę o pomoc w odzyskaniu środków.\n"
            "Z poważaniem")


@T("personal_bank", "cs_zmena_udaju", "cs", 2)
def _(c):
    p = c.person("cz", need="rc")
    a = c.addr("cz")
    return ("Můžeš z toho udělat stručný záznam do CRM?\n\n"
            f"Klient: {fn(p)}, RČ {NID(p.ids['rc'])}\n"
            f"nar. {DOB(dfmt(p.dob, 'cz'))}\n"
            f"nová adresa: {a.line()}\n"
            f"nový mobil: {ph(c, p)}, e-mail {em(p)}\n"
            "přišel/přišla na pobočku, OP ověřen, chce zrušit kontokorent a zvýšit limit na kartě na 50 000 Kč")


@T("personal_bank", "nl_machtiging", "nl", 2)
def _(c):
    p = c.person("nl")
    a = c.addr("nl")
    club = c.pick(["de tennisvereniging", "de muziekschool"])
    return (f"Klopt deze SEPA-machtiging zo voor {club}? Ik twijfel over de volgorde van de velden.\n\n"
            "DOORLOPENDE MACHTIGING\n"
            f"Naam: {fn(p)}\n"
            f"Adres: {L(a.street)}\n"
            f"Postcode/woonplaats: {L(a.postcode)} {L(a.town)}\n"
            f"IBAN: {IB(c.iban('nl'))}\n"
            f"Geboortedatum: {DOB(dfmt(p.dob, 'dmy-'))}\n"
            f"Telefoon: {ph(c, p)}\n"
            "Handtekening: ____________")


@T("personal_bank", "deceased_customer", "en", 2)
def _(c):
    d, ex = c.person("uk"), c.person(["uk", "ie"])
    a = c.addr("uk")
    return ("Draft a warm but clear letter to the executor from these bereavement team notes:\n\n"
            f"Deceased: {tsn(d)} ({fn(d)}), DOB {DOB(dfmt(d.dob, 'dmy/'))}, date of death 02/02/2025\n"
            f"Executor: {fn(ex)}, {a.line()}, tel {ph(c, ex)}\n"
            "Accounts: current a/c (£4,210.55), cash ISA (£18,940.00)\n"
            "Death cert seen via Death Notification Service. Grant of probate NOT yet provided – needed as total > £50k with other holdings.\n"
            f"{gn(ex)} asked if the funeral invoice (Co-op Funeralcare) can be paid from the account – yes, direct to funeral director.")


# ==============================================================================================
# personal_fintech
# ==============================================================================================

@T("personal_fintech", "app_chat", "en", 3)
def _(c):
    p, ag = c.person(), c.person("uk")
    app = c.pick(["Monzo", "Revolut", "Chase"])
    card = card_fmt(c.card(), c.ch(["space", "plain"]))
    cu = c.pick(["Customer", "handle", "Member"])
    if cu == "handle":
        cu = "@" + P(handle(p, c.ch(["under", "gy"])))
    return (f"Summarise this {app} support chat for the escalation queue, 3 bullets max:\n\n"
            f"[10:42] {cu}: hi my card got declined at tesco and then the app logged me out??\n"
            f"[10:43] {P(ag.first)} (Support): Hi! Sorry about that. Can you confirm the email on your account?\n"
            f"[10:43] {cu}: {em(p)}\n"
            f"[10:44] {P(ag.first)} (Support): Thanks {gn(p)}. And your date of birth please?\n"
            f"[10:44] {cu}: {DOB(dfmt(p.dob, 'dmy/'))}\n"
            f"[10:46] {cu}: heres the card number so you can check {CC(card)}\n"
            f"[10:46] {P(ag.first)} (Support): Please don't share full card numbers here, I've flagged this message for redaction. I can see a fraud block, let me remove it.")


@T("personal_fintech", "wrong_payee_lower", "en", 3, case="lower")
def _(c):
    p, friend, wrong = c.person("uk"), c.person("uk"), c.person()
    app = c.pick(["monzo", "starling", "revolut"])
    ib = c.iban("uk")
    styled = c.ch([ib_spaced(ib), ib])
    return (f"help me write a msg to {app} support. i sent £{c.amt(120, 480, 5)} to the wrong account last night. "
            f"meant to pay my mate {gn(friend)} back for festival tickets but i picked the old payee {fn(wrong)} "
            f"(iban {IB(styled)}) from my list. confirmation of payee said close match and i just clicked continue lol. "
            f"my name on the account is {fn(p)}, number {ph(c, p)} if they want to call")


@T("personal_fintech", "zendesk_json", "en", 3)
def _(c):
    p, ag = c.person(), c.person("uk")
    subj = c.pick(["Chargeback - Ryanair refund never arrived", "Card frozen after top-up",
                   "Can't verify identity in app"])
    card = c.card()
    return ("Write a Python function that flattens this Zendesk ticket into one CSV row (id, requester, email, phone, subject, last comment):\n\n"
            "```json\n{\n"
            f'  "id": {c.amt(48000, 99000)},\n'
            '  "via": "email",\n'
            f'  "subject": "{subj}",\n'
            f'  "requester": {{"name": "{fn(p)}", "email": "{em(p)}", "phone": "{ph(c, p)}"}},\n'
            f'  "custom_fields": {{"dob": "{DOB(dfmt(p.dob, "iso"))}", "card_last4": "{card[-4:]}"}},\n'
            '  "comments": [\n'
            f'    {{"author": "{fn(p)}", "body": "Still waiting, this is the 3rd time I am writing"}},\n'
            f'    {{"author": "{P(ag.first)} (Tier 2)", "body": "Escalated to disputes, macro #chargeback-visa applied"}}\n'
            "  ]\n}\n```")


@T("personal_fintech", "crypto_support", "en", 3)
def _(c):
    p = c.person()
    ip1, ip2 = c.ip(), c.ip()
    coin = c.pick(["1.82 ETH", "0.41 BTC", "12,400 USDT"])
    return ("Our risk engine flagged this account. Draft the email asking for source-of-funds documents, polite but firm:\n\n"
            f"uid: {c.amt(4100000, 4999999)}\n"
            f"username: {P(handle(p, c.ch(['gf', 'fg', 'dot'])))}\n"
            f"name: {fn(p)}\n"
            f"dob: {DOB(dfmt(p.dob, 'iso'))}\n"
            f"email: {em(p)}\n"
            "kyc_level: 2 (passport + selfie, Onfido)\n"
            "logins last 7d:\n"
            f"  2025-03-02 21:14Z  {IP(ip1)}  Chrome/Win  ok\n"
            f"  2025-03-03 02:51Z  {IP(ip2)}  Android  ok (new device)\n"
            f"withdrawal request: {coin} to unhosted wallet 0x7f3a…91c2 (Chainalysis: no direct exposure)")


@T("personal_fintech", "split_bill_handle", "en", 2)
def _(c):
    p, q = c.person(), c.person()
    app = c.pick(["Revolut", "Monzo"])
    h = handle(p, "tag") if app == "Revolut" else handle(p, "dot")
    return (f"Someone called @{P(h)} sent me a payment request on {app} for £18.50 \"pizza friday\" but I don't know them. "
            f"Their display name is {fn(p)}. My flatmate {gn(q)} says she got one too. Is this a known scam and should I report it in the app or to Action Fraud?")


@T("personal_fintech", "nl_tikkie_lower", "nl", 2, case="lower")
def _(c):
    p, q = c.person("nl"), c.person()
    return (f"hoe krijg ik een tikkie terug?? ik heb €45 betaald aan {fn(p)} (iban {IB(ib_spaced(c.iban('nl')))}) "
            f"maar dat moest naar {fn(q)} voor het weekendje weg. {gn(p)} reageert niet op whatsapp ({ph(c, p)}). "
            "kan de bank het terughalen of moet ik via tikkie zelf?")


@T("personal_fintech", "it_satispay", "it", 2)
def _(c):
    p = c.person("it", need="cf")
    a = c.addr("it")
    return ("Mi aiuti a scrivere un messaggio all'assistenza? L'app non mi fa completare la verifica.\n\n"
            f"Intestatario: {fn(p)}\n"
            f"Codice fiscale: {NID(p.ids['cf'])}\n"
            f"Residenza: {a.line()}\n"
            f"Data di nascita: {DOB(dfmt(p.dob, 'dmy/'))}\n"
            f"Cellulare: {ph(c, p)}\n"
            f"Email: {em(p)}\n"
            f"Problema: carico la carta d'identità ma dice \"documento non leggibile\", ho provato 4 volte. Iban collegato {IB(c.iban('it'))}")


@T("personal_fintech", "pt_mbway_lower", "pt", 2, case="lower")
def _(c):
    p = c.person("pt")
    nif = p.ids.get("nif")
    extra = f", nif {NID(nif)}" if nif else ""
    return (f"enviei 120€ por mb way para o número errado ({PH(c.phone('pt'))}) em vez do meu senhorio. "
            f"o banco diz que não pode fazer nada. sou {fn(p)}{extra}, moro em {c.addr('pt').line()}, contacto {ph(c, p)}. "
            "ajuda-me a escrever uma reclamação para o banco e para o banco de portugal?")


@T("personal_fintech", "da_mobilepay", "da", 2)
def _(c):
    p = c.person("dk", need="cpr")
    a = c.addr("dk")
    return ("Kan du hjælpe mig med at skrive en klage til MobilePay? Jeg er blevet trukket to gange for samme køb.\n\n"
            f"Navn: {fn(p)}\n"
            f"CPR: {NID(p.ids['cpr'])}\n"
            f"Adresse: {a.line()}\n"
            f"Tlf.: {ph(c, p)}\n"
            f"Kort: {CC(card_fmt(c.card(), 'space'))}\n"
            "Beløb: 2 x 349 kr., Elgiganten, 14. marts")


@T("personal_fintech", "fi_chargeback", "fi", 2)
def _(c):
    p = c.person("fi", need="hetu")
    return ("Voitko muotoilla tämän reklamaation kohteliaammaksi?\n\n"
            f"Nimi: {fn(p)}\n"
            f"Henkilötunnus: {NID(p.ids['hetu'])}\n"
            f"Osoite: {c.addr('fi').line()}\n"
            f"Puhelin: {ph(c, p)}\n"
            f"Kortti {CC(card_fmt(c.card(), 'dash'))} veloitettiin kahdesti (Verkkokauppa.com, 219,90 €). "
            "Olen soittanut kolme kertaa eikä mitään tapahdu. Haluan rahat takaisin nyt.")


def ib_lower(s):
    return ib_spaced(s).lower()


def ib_split(s):
    """split over two lines the way it comes out of a narrow PDF column"""
    g = ib_spaced(s).split(" ")
    k = len(g) // 2
    return " ".join(g[:k]) + "\n" + " ".join(g[k:])


def ib_any(c, s):
    """spaced, compact, lower case or split over two lines, rotated across the set"""
    st = c._least(["spaced", "compact", "lower", "split"], lambda x: ("IBAN style", x))
    return {"spaced": ib_spaced, "compact": str, "lower": ib_lower, "split": ib_split}[st](s)


# ==============================================================================================
# personal_insurance
# ==============================================================================================

@T("personal_insurance", "motor_claim_notes", "en", 3)
def _(c):
    ph_, tp, wit = c.person("uk"), c.person("uk"), c.person(["uk", "ie"])
    a = c.addr("uk")
    where, car = c.pick([("roundabout on the A61 near Wetherby", "2019 Ford Focus"),
                         ("Tesco car park, Kettering", "2021 Kia Sportage"),
                         ("M62 J26 slip road", "2017 Vauxhall Astra")])
    return (f"Claim MC-{c.amt(2200000, 2299999)}: turn my notes into a summary for the engineer and the TP insurer.\n\n"
            f"PH: {fn(ph_)} (DOB {DOB(dfmt(ph_.dob, 'dmy/'))}), {car}, hit in rear at {where}\n"
            f"TP driver: {fn(tp)}, {a.line()}, mob {ph(c, tp)} - admitted fault at scene per PH\n"
            f"Witness: {fn(wit)}, {ph(c, wit)} (happy to give statement)\n"
            f"PH reports neck pain, saw GP, off work 1 wk, recieved fit note. {gn(ph_)} wants a courtesy car asap, has Thatcham-approved tracker.")


@T("personal_insurance", "broker_email", "en", 3)
def _(c):
    cl, partner, broker = c.person("uk"), c.person("uk"), c.person("uk")
    a = c.addr("uk")
    insurer = c.pick(["Hiscox", "Chubb", "Zurich"])
    risk = c.ch(["Grade II listed, part thatched", "Victorian semi, subsidence claim 2016 on neighbour",
                 "new build, 4 bed, home office"])
    return (f"Tidy this up before I send it to the underwriter at {insurer}, keep it short:\n\n"
            "Hi team,\n"
            f"looking for HNW home cover for my client {fn(cl)} (DOB {DOB(dfmt(cl.dob, 'dmy/'))}), {a.line()}. "
            f"{risk}. Contents incl. art/jewellery approx £180k, specified items list attached.\n"
            "Prev claims: escape of water 2021 (£12k setled).\n"
            f"{'Her' if cl.sex == 'f' else 'His'} partner {fn(partner)} to be joint policyholder. Best contact for survey access is {gn(partner)} on {ph(c, partner)}.\n"
            f"Cheers\n{gn(broker)}")


@T("personal_insurance", "underwriting_lower", "en", 3, case="lower")
def _(c):
    p, gp = c.person(["uk", "ie"]), c.person("uk")
    mrn = c.pick(["K0482917", "RX1 204 8831", "40017735"])
    cond = c.ch(["type 2 diabetes since 2019, metformin, hba1c 52", "crohn's disease, last flare 2022, on azathioprine",
                 "hodgkin lymphoma 2015, in remission, discharged from oncology"])
    return (f"underwriting note for life + critical illness app. applicant {fn(p)}, dob {DOB(dfmt(p.dob, 'dmy/'))}, "
            f"{c.ch(['non smoker', 'ex-smoker (quit 2018)', 'vapes daily'])}, bmi {c.amt(22, 34)}. gpr from dr {P(gp.family)} received. hospital no {MRN(mrn)}. {cond}. "
            "what loading or exclusion would a typical reinsurer manual (swiss re / munich re) suggest? just ballpark")


@T("personal_insurance", "de_schadenmeldung", "de", 3)
def _(c):
    p, nb = c.person(["de", "at"]), c.person()
    a = c.addr(p.cc)
    kind = c.pick(["Leitungswasser", "Fahrraddiebstahl", "Sturm"])
    detail = {
        "Leitungswasser": f"Wasser aus der Wohnung darüber ({'Nachbarin' if nb.sex == 'f' else 'Nachbar'} {tsn(nb, 'de')}, 3. OG), Parkett im Wohnzimmer aufgequollen",
        "Fahrraddiebstahl": f"E-Bike (Cube, 3.499 €) aus dem Keller gestohlen, Anzeige bei der Polizei, Zeuge: {fn(nb)}",
        "Sturm": f"Dachziegel bei Sturm abgedeckt, Carport {'der Nachbarin' if nb.sex == 'f' else 'vom Nachbarn'} {fn(nb)} mit beschädigt",
    }[kind]
    return (f"Formuliere bitte eine Schadenmeldung ({kind}) an die Hausratversicherung aus meinen Notizen:\n\n"
            f"Versicherungsnehmer/in: {fn(p)}, geb. {DOB(dfmt(p.dob, 'dmy.'))}\n"
            f"Anschrift: {a.line()}\n"
            f"Tel.: {ph(c, p)}\n"
            f"Schaden: {detail}\n"
            f"Datum: {c.amt(2, 28):02d}.{c.amt(1, 4):02d}., Fotos {c.ch(['vorhanden', 'folgen per Mail', 'im Anhang'])}")


@T("personal_insurance", "fr_mutuelle", "fr", 2)
def _(c):
    p = c.person("fr", need="nir")
    return ("Peux-tu rédiger un mail à ma mutuelle ? Ils ne m'ont pas remboursé mes lunettes.\n\n"
            f"Nom : {fn(p)}\n"
            f"N° de sécurité sociale : {NID(p.ids['nir'])}\n"
            f"Né(e) le : {DOB(dfmt(p.dob, 'dmy/'))}\n"
            f"Adresse mail : {em(p)}\n"
            "Facture opticien : 412 €, remboursé par l'Assurance Maladie mais rien côté mutuelle depuis 6 semaines.")


@T("personal_insurance", "it_cid", "it", 2)
def _(c):
    a, b = c.person("it", need="cf"), c.person("it")
    return ("Riassumi questa constatazione amichevole (CID) per la compagnia, in modo chiaro:\n\n"
            f"Veicolo A: Fiat Panda, conducente {fn(a)}, CF {NID(a.ids['cf'])}, tel. {ph(c, a)}\n"
            f"Veicolo B: Peugeot 208, conducente {fn(b)}, tel. {ph(c, b)}\n"
            f"Luogo: incrocio a Bologna, semaforo lampeggiante. {sn(b)} dice che {sn(a)} non ha dato la precedenza. "
            "Nessun ferito, danni al paraurti anteriore di A.")


@T("personal_insurance", "es_parte_lower", "es", 2, case="lower")
def _(c):
    p, q = c.person("es"), c.person()
    idk = "dni" if "dni" in p.ids else ("nie" if "nie" in p.ids else None)
    doc = f" dni {NID(p.ids[idk])}," if idk else ""
    return (f"como relleno el parte amistoso? me dieron un golpe aparcando en el mercadona. "
            f"yo soy {fn(p)},{doc} tel {ph(c, p)}. el otro conductor se llama {fn(q)} y tiene seguro con mapfre, "
            "yo estoy con línea directa. dice que fue culpa mía pero yo estaba parado. que pongo en las casillas?")


@T("personal_insurance", "ro_rca", "ro", 2)
def _(c):
    p, q = c.person("ro", need="cnp"), c.person()
    a = c.addr("ro")
    return ("Ajută-mă să scriu cererea de despăgubire RCA, pe scurt și corect:\n\n"
            f"Păgubit: {fn(p)}, CNP {NID(p.ids['cnp'])}\n"
            f"Domiciliu: {a.line()}\n"
            f"Telefon: {ph(c, p)}\n"
            f"Vinovat: {fn(q)}, poliță RCA la Groupama\n"
            f"IBAN pentru plată: {IB(ib_spaced(c.iban('ro')))}\n"
            "Accident pe DN1, constatare amiabilă semnată de ambii.")


@T("personal_insurance", "travel_claims_csv", "en", 2)
def _(c):
    ps = [c.person() for _ in range(4)]
    dest = ["Lanzarote", "Orlando", "Kraków", "Bali"]
    cause = ["cancelled flight", "lost baggage", "medical - ER visit", "missed connection"]
    c.r.shuffle(dest)
    rows = []
    for i, p in enumerate(ps):
        rows.append(f"TC-{c.amt(70000, 79999)},{fn(p)},{DOB(dfmt(p.dob, 'iso'))},{dest[i]},{cause[i]},{c.amt(150, 3200)}.00,{em(p)}")
    dup = ps[c.r.randrange(4)]
    rows.append(f"TC-{c.amt(70000, 79999)},{fn(dup)},{DOB(dfmt(dup.dob, 'iso'))},{dest[0]},{cause[1]},{c.amt(150, 3200)}.00,{em(dup)}")
    return ("Which of these travel claims look like possible duplicates or need a fraud referral? Explain briefly.\n\n"
            "claim_id,policyholder,dob,destination,cause,amount_gbp,email\n" + "\n".join(rows))


@T("personal_insurance", "pet_claim", "en", 2)
def _(c):
    p, vet = c.person("uk"), c.person("uk")
    pet = c.pick([("Biscuit", "cockapoo", "cruciate ligament surgery"), ("Mabel", "British shorthair", "dental extractions")])
    return ("Write a reply to this customer explaining the excess and the 80% co-pay, kind tone:\n\n"
            f"> Hi, I'm {fn(p)}, policy PP-{c.amt(300000, 399999)}. My {pet[1]} {pet[0]} had {pet[2]} "
            f"last month, the bill was £{c.amt(1200, 3900):,} and you only paid £{c.amt(600, 1100):,}?? "
            f"The vet (Dr {P(vet.family)}) sent everything. Please call me on {ph(c, p)}, I can't afford to be out of pocket like this.")


# ==============================================================================================
# personal_debt
# ==============================================================================================

@T("personal_debt", "advice_intake", "en", 3)
def _(c):
    p, q = c.person("uk"), c.person("uk")
    a = c.addr("uk")
    debts = c.pick(["Vanquis CC £3,200; Lowell (ex-Very) £1,840; council tax arrears £960; Klarna £410",
                    "Barclaycard £6,750; Zopa loan £4,900; overdraft (Halifax) £1,500; EE phone £220",
                    "Aqua £1,100; Cabot (ex-Capital One) £2,060; water arrears £540; PayPal Credit £780"])
    return ("Summarise this debt advice intake and suggest options (DRO, DMP, IVA, Breathing Space) with pros/cons:\n\n"
            f"Client: {fn(p)}   DOB: {DOB(dfmt(p.dob, 'dmy/'))}\n"
            f"Address: {a.line()}   Tel: {ph(c, p)}\n"
            f"Household: lives with partner {fn(q)} + 2 children (7, 11), renting privately\n"
            "Income: UC £1,140/m + partner's part-time wages approx £600\n"
            f"Debts: {debts}\n"
            f"Notes: {gn(p)} very anxious, doesnt open post. Prefers text, not calls.")


@T("personal_debt", "collections_log_lower", "en", 3, case="lower")
def _(c):
    p, ex = c.person(["uk", "ie"]), c.person()
    a = c.addr(p.cc)
    return (f"collections log 14/03 - make it professional for the file: called {ph(c, p)}, spoke to {fn(p)} "
            f"(passed dpa: dob {DOB(dfmt(p.dob, 'dmy/'))}, 1st line of addr {L(a.street)}). "
            f"took £{c.pick([25, 35, 60])} today by debit card {CC(card_fmt(c.card(), c.ch(['space', 'plain'])))} exp {c.amt(1, 12):02d}/{c.amt(26, 30)}, "
            f"promised £40 pcm from the 1st by standing order. says {her(p)} ex {fn(ex)} ran up most of the debt on the joint card "
            f"and won't pay. asked us to contact {P(ex.first)} direct - explained we can't discuss the account with a third party without authority. "
            "vulnerability flag? mentions being signed off with stress")


@T("personal_debt", "dca_letter", "en", 2)
def _(c):
    p = c.person("uk")
    a = c.addr("uk")
    creditor = c.pick(["Capital One", "Very"])
    return ("Check this collection letter against CONC 7 and the FCA's vulnerable customer guidance. What would you change?\n\n"
            f"{title(p).upper()} {P(p.full.upper())}\n{a.block()}\n\n"
            f"Our ref: LW-{c.amt(88000000, 88999999)}\nOriginal creditor: {creditor}\nBalance: £{c.amt(400, 6000):,}.{c.amt(10, 99)}\n\n"
            f"Dear {tsn(p)},\n"
            f"FINAL NOTICE. We have tried to reach you on {ph(c, p)} and at {em(p)} without success. "
            "Unless you contact us within 7 days we may pass your account to our field agents and consider legal action. "
            "Call us today on 0333 300 1234.")


@T("personal_debt", "breathing_space_form", "en", 2)
def _(c):
    p = c.person("uk")
    a = c.addr("uk")
    return ("I'm a money adviser. Is this Breathing Space (Debt Respite Scheme) application complete? What's missing?\n\n"
            f"Debtor name: {fn(p)}\n"
            f"Date of birth: {DOB(dfmt(p.dob, 'en'))}\n"
            f"Address: {a.block(sep=', ')}\n"
            f"Email: {em(p)}\n"
            "Type: standard breathing space\n"
            "Creditors: Lowell Financial, Leeds City Council (council tax), Octopus Energy, Vanquis Bank\n"
            "Adviser declaration: client cannot currently repay debts in full")


@T("personal_debt", "de_schuldnerberatung", "de", 2)
def _(c):
    p = c.person(["de", "at"])
    a = c.addr(p.cc)
    return ("Fasse das Erstgespräch für die Akte zusammen (Schuldnerberatung):\n\n"
            f"Ratsuchende/r: {fn(p)}, geb. {DOB(dfmt(p.dob, 'de'))}\n"
            f"Wohnt: {a.line()}, Tel. {ph(c, p)}\n"
            "Einkommen: Bürgergeld + Minijob 538 €\n"
            "Gläubiger: Otto (1.920 €), Klarna (640 €), Vodafone (310 €), Inkasso EOS für alten Handyvertrag\n"
            "P-Konto noch nicht eingerichtet, Kontopfändung angedroht. Termin Insolvenzberatung vereinbart.")


@T("personal_debt", "nl_schuldhulp", "nl", 2)
def _(c):
    p = c.person("nl", need="bsn")
    a = c.addr("nl")
    return ("Kun je dit aanmeldformulier schuldhulpverlening samenvatten voor de intake?\n\n"
            f"Naam: {fn(p)}\n"
            f"BSN: {NID(p.ids['bsn'])}\n"
            f"Geboortedatum: {DOB(dfmt(p.dob, 'dmy-'))}\n"
            f"Adres: {a.line()}\n"
            f"Telefoon: {ph(c, p)}\n"
            "Schulden: CJIB-boetes (€ 780), zorgverzekeraar CZ (€ 1.240), huurachterstand woningcorporatie 2 maanden, BKR-registratie sinds 2023")


@T("personal_debt", "fr_surendettement", "fr", 2)
def _(c):
    p = c.person("fr")
    a = c.addr("fr")
    birth = c.pick(["Brest", "Roubaix"])
    return ("Aide-moi à remplir la partie « situation personnelle » du dossier de surendettement Banque de France :\n\n"
            f"{fn(p)}, né(e) le {DOB(dfmt(p.dob, 'fr'))} à {L(birth)}\n"
            f"Domicile : {a.line()}\n"
            f"Tél. {ph(c, p)} – {em(p)}\n"
            "Dettes : crédit renouvelable Cofidis 7 800 €, Sofinco 4 200 €, loyers impayés 2 300 €, découvert La Banque Postale 900 €\n"
            "Situation : séparé(e), deux enfants, CDD terminé en décembre")


@T("personal_debt", "pl_windykacja", "pl", 2)
def _(c):
    p = c.person("pl", need="pesel")
    a = c.addr("pl")
    return ("Dostałem takie pismo od firmy windykacyjnej. Czy to wygląda na przedawniony dług? Jak odpowiedzieć?\n\n"
            f"Sz. P. {fn(p)}\n{a.block()}\nPESEL {NID(p.ids['pesel'])}\n\n"
            "WEZWANIE DO ZAPŁATY\n"
            "Wierzyciel pierwotny: Provident Polska S.A., umowa z 2017 r.\n"
            "Kwota do zapłaty: 3 412,77 zł (w tym odsetki)\n"
            f"W razie pytań prosimy o kontakt; Państwa numer w naszej bazie: {ph(c, p)}")


@T("personal_debt", "fi_perinta_lower", "fi", 2, case="lower")
def _(c):
    p = c.person("fi")
    hetu = p.ids.get("hetu")
    extra = f", hetu {NID(hetu)}" if hetu else ""
    return (f"sain perintäkirjeen (intrum) vanhasta puhelinlaskusta 186 €. olen {fn(p)}{extra}, puh {ph(c, p)}. "
            "lasku on mielestäni jo maksettu 2022. miten kirjoitan riitautuksen ja pitääkö maksaa perintäkulut?")


@T("personal_debt", "cs_exekuce", "cs", 2)
def _(c):
    p = c.person("cz")
    a = c.addr("cz")
    rc = p.ids.get("rc")
    rcs = f"RČ {NID(rc)}, " if rc else ""
    return ("Pomoz mi napsat žádost exekutorovi o splátkový kalendář:\n\n"
            f"Povinný: {fn(p)}, {rcs}nar. {DOB(dfmt(p.dob, 'cz'))}\n"
            f"Bydliště: {a.line()}\n"
            f"Telefon: {ph(c, p)}\n"
            "Dluh: nezaplacené pokuty DPP + poplatky, celkem 14 800 Kč, navrhuji splácet 1 500 Kč měsíčně.")


# ==============================================================================================
# personal_pensions (pensions, wealth, mortgages, accountants)
# ==============================================================================================

@T("personal_pensions", "db_transfer", "en", 3)
def _(c):
    m, sp = c.person("uk", need="nino"), c.person("uk")
    a = c.addr("uk")
    scheme = c.pick(["Royal Mail Statutory Pension Scheme", "BT Pension Scheme", "Universities Superannuation Scheme"])
    return ("Check this DB transfer file note reads OK for compliance (COBS 19.1):\n\n"
            f"Member: {fn(m)}\nNI no: {NID(m.ids['nino'])}\nDOB: {DOB(dfmt(m.dob, 'dmy/'))}\n"
            f"Address: {a.line()}\n"
            f"Ceding scheme: {scheme}\nReceiving: SIPP ({c.ch(['AJ Bell', 'Hargreaves Lansdown', 'interactive investor'])})\n"
            f"CETV £{c.amt(180, 690)},{c.amt(100, 999)} guaranteed to {c.ch(['30/06', '14/08', '02/10'])}. Spouse {fn(sp)} (DOB {DOB(dfmt(sp.dob, 'dmy/'))}) attended and understands loss of spouse's pension.\n"
            "APTA: recommendation NOT to transfer; client wishes to proceed as insistent client.")


@T("personal_pensions", "wealth_review", "en", 3)
def _(c):
    a, b = c.person("uk", born_before=1967), c.person("uk")
    k1, k2 = c.kid(), c.kid()
    return ("Write up my annual review notes as a client letter:\n\n"
            f"Clients: {fn(a)} & {fn(b)}\n"
            f"- ISA x2 fully used, Vanguard LifeStrategy 80 + Fundsmith; happy with risk 6/10\n"
            f"- {gn(a)} retiring Sept, wants £30k tax-free cash for kitchen\n"
            f"- nomination of beneficiaries updated: {P(k1 + ' ' + a.family)} and {P(k2 + ' ' + a.family)} 50/50 (not {gn(b)}, as spouse exemption applies anyway)\n"
            f"- next meeting after Budget; send valuation to {em(a)}")


@T("personal_pensions", "mortgage_factfind", "en", 3)
def _(c):
    a, b = c.person("uk", born_after=1965), c.person("uk", born_after=1965)
    ad = c.addr("uk")
    job = c.pick([("NHS band 6 nurse", "self-employed electrician, 2 yrs accounts"),
                  ("teacher, MPS5", "Amazon warehouse, shift allowance"),
                  ("civil servant (HMRC)", "contractor, day rate £450 via umbrella")])
    return ("Which high-street lenders would likely take this case? Short answer please.\n\n"
            f"App 1: {fn(a)}, DOB {DOB(dfmt(a.dob, 'dmy/'))}, {job[0]}\n"
            f"App 2: {fn(b)}, DOB {DOB(dfmt(b.dob, 'dmy/'))}, {job[1]}\n"
            f"Current address: {ad.line()} (renting 3 yrs)\n"
            f"Mob: {ph(c, a)}\n"
            "Purchase £285k, deposit 10% (gifted £10k from parents), missed mobile payment 2023, no CCJs")


@T("personal_pensions", "accountant_lower", "en", 3, case="lower")
def _(c):
    v = c.pick(["utr", "ssn", "nino"])
    if v == "nino":
        p = c.person("uk", need="nino")
        idt = f"ni {NID(p.ids['nino'])}"
    elif v == "ssn":
        p = c.person("us", need="ssn")
        idt = f"us citizen, ssn {SSN(p.ids['ssn'])}, files 1040 + fbar too"
    else:
        p = c.person("uk", need="utr")
        idt = f"utr {NID(p.ids['utr'])}"
    task = c.pick(["she's behind on her self assessment for 23/24 and hmrc sent a £100 penalty",
                 "wants to know if she can claim her home office and mileage on the van",
                 "got a letter about making tax digital for income tax and is panicking"])
    task = task.replace("she", she(p)).replace("her", her(p))
    return (f"client query, help me reply. {fn(p)} ({idt}), sole trader, uses xero. {task}. "
            f"email is {em(p)}, mobile {ph(c, p)}. keep the reply simple, {she(p)}'s not a numbers person")


@T("personal_pensions", "de_rente", "de", 2)
def _(c):
    p = c.person("de", need="rvnr")
    a = c.addr("de")
    return ("Kannst du den Brief an die Deutsche Rentenversicherung (Kontenklärung) verbessern?\n\n"
            f"{fn(p)}\n{a.block()}\n"
            f"Versicherungsnummer: {NID(p.ids['rvnr'])}\n"
            f"geb. am {DOB(dfmt(p.dob, 'dmy.'))}\n\n"
            "Sehr geehrte Damen und Herren,\n"
            "in meinem Versicherungsverlauf fehlen die Ausbildungszeiten 2001–2004 (Ausbildung zur Bankkauffrau/zum Bankkaufmann). "
            "Zeugnisse lege ich bei.")


@T("personal_pensions", "nl_pensioen", "nl", 2)
def _(c):
    p, q = c.person("nl", need="bsn"), c.person("nl")
    return ("Help me een mail aan het pensioenfonds te schrijven over het partnerpensioen:\n\n"
            f"Deelnemer: {fn(p)}, BSN {NID(p.ids['bsn'])}, geboren {DOB(dfmt(p.dob, 'nl'))}\n"
            f"Partner: {fn(q)} (samenwonend sinds 2016, samenlevingscontract bij notaris)\n"
            f"Contact: {em(p)}\n"
            "Vraag: is mijn partner al aangemeld voor het nabestaandenpensioen na de overgang naar de nieuwe regeling (Wtp)?")


@T("personal_pensions", "da_pension", "da", 2)
def _(c):
    p = c.person("dk", need="cpr")
    return ("Kan du hjælpe med at skrive til mit pensionsselskab? Jeg vil flytte min pension.\n\n"
            f"Navn: {fn(p)}\nCPR-nr.: {NID(p.ids['cpr'])}\n"
            f"Telefon: {ph(c, p)}\n"
            f"Mail: {em(p)}\n"
            "Ønske: flytte ratepension fra tidligere arbejdsgiverordning til min nuværende ordning, og få oplyst omkostninger (ÅOP).")


@T("personal_pensions", "sv_pension", "sv", 2)
def _(c):
    p = c.person("se", need="pnr")
    a = c.addr("se")
    return ("Hjälp mig formulera ett mejl om min tjänstepension, jag har bytt jobb:\n\n"
            f"Namn: {fn(p)}\nPersonnummer: {NID(p.ids['pnr'])}\n"
            f"Adress: {a.line()}\nTelefon: {ph(c, p)}\n"
            "Fråga: kan jag flytta mitt gamla ITP-kapital till det nya bolaget, och vad händer med återbetalningsskyddet?")


# ==============================================================================================
# personal_compliance (AML, SARs, fraud, audit, exports)
# ==============================================================================================

@T("personal_compliance", "aml_alert_json", "en", 3)
def _(c):
    cu, x1, x2 = c.person(), c.person(), c.person()
    scen = c.pick(["RAPID_MOVEMENT_OF_FUNDS", "STRUCTURING_CASH", "HIGH_RISK_JURISDICTION"])
    a = c.addr("uk")
    i1, i2 = c.iban(c.pick(["lt", "de", "nl", "ro"])), c.iban(c.pick(["uk", "pl", "cz", "pt"]))
    return ("Write the L1 analyst disposition for this alert (escalate / close with rationale):\n\n"
            "```json\n{\n"
            f'  "alert_id": "TM-2025-{c.amt(10000, 99999):07d}",\n'
            f'  "scenario": "{scen}",\n'
            f'  "score": {c.amt(61, 99)},\n'
            f'  "customer": {{"name": "{fn(cu)}", "dob": "{DOB(dfmt(cu.dob, "iso"))}", "address": "{a.line()}", "occupation": "student"}},\n'
            '  "counterparties": [\n'
            f'    {{"name": "{P(x1.full.upper())}", "iban": "{IB(i1)}", "direction": "in"}},\n'
            f'    {{"name": "{P(x2.full.upper())}", "iban": "{IB(i2)}", "direction": "out"}}\n'
            "  ],\n"
            f'  "window_days": {c.ch([5, 7, 14])}, "inbound_gbp": {c.amt(18, 90)}{c.amt(100, 999)}.00, "outbound_gbp": {c.amt(17, 89)}{c.amt(100, 999)}.50\n'
            "}\n```")


@T("personal_compliance", "sar_draft", "en", 2)
def _(c):
    s = c.person()
    a = c.addr(["uk", "ie"])
    ip1 = c.ip()
    ib = c.iban(c.pick(["uk", "ie", "nl"]))
    return ("Improve this SAR narrative for the NCA portal. Keep it factual, who/what/where/when/why:\n\n"
            f"Subject 1: {fn(s)}, DOB {DOB(dfmt(s.dob, 'dmy/'))}, of {a.line()}. "
            f"Tel {ph(c, s)}. Account {IB(ib_any(c, ib))}.\n"
            f"Between 02/01 and 28/02 the account received {c.amt(21, 48)} faster payments from {c.amt(12, 20)} different individuals (refs \"rent\", \"deposit\", \"holiday\"), "
            f"each £200–£900, and forwarded 96% to a crypto exchange within hours. Online banking logins from {IP(ip1)} (VPN provider). "
            f"When called, {gn(s)} said {she(s)} was \"helping a friend with an investment\". Suspected money mule. DAML not required.")


@T("personal_compliance", "txn_export_csv", "en", 3)
def _(c):
    owner, ll, f1, f2 = c.person("uk"), c.person(), c.person(), c.person()
    ib = c.iban(c.pick(["pl", "ro", "lt"]))
    return (f"Export for account holder {P(owner.full.upper())}. Flag anything a reviewer would ask about:\n\n"
            "Date,Type,Description,Paid out,Paid in,Balance\n"
            f"01/02/2025,FPO,{P(ll.initial().upper())} RENT FEB,650.00,,1204.18\n"
            "03/02/2025,DEB,TESCO STORES 2231,42.17,,1162.01\n"
            f"05/02/2025,FPI,{P(f1.full.upper())} LOAN,,2500.00,3662.01\n"
            f"05/02/2025,FPO,{P(f2.family.upper() + ' ' + f2.given[0].upper())} CRYPTO,2450.00,,1212.01\n"
            f"07/02/2025,BGC,INTL TRF {IB(ib)},,3100.00,4312.01\n"
            "08/02/2025,ATM,LINK ATM BOOTLE,300.00,,4012.01\n"
            "09/02/2025,DD,OCTOPUS ENERGY,88.00,,3924.01")


@T("personal_compliance", "sanctions_fp", "en", 1)
def _(c):
    cu = c.person(["uk", "de", "cz", "pl", "fi"])
    a = c.addr(cu.cc if cu.cc in ("uk", "de", "cz", "pl", "fi") else "uk")
    return ("Help me write the false-positive rationale for this screening hit:\n\n"
            f"Customer: {fn(cu)}, DOB {DOB(dfmt(cu.dob, 'dmy/'))}, nationality per passport, address {a.line()}\n"
            "Hit: OFSI consolidated list entry (Russia regime), 86% name match on surname only, listed DOB 1961, listed nationality different, "
            "listed address Moscow.\n"
            f"Customer is a {c.ch(['dental nurse', 'PhD student', 'bus driver'])}, account opened 2019, salary credits only.")


@T("personal_compliance", "app_fraud_report", "en", 2)
def _(c):
    v, sc = c.person("uk"), c.person()
    scam = c.pick(["safe account", "romance", "purchase (puppy)"])
    ib = c.iban(c.pick(["uk", "lt", "ie"]))
    return (f"Turn this fraud report into the reimbursement assessment summary (APP, {scam} scam):\n\n"
            f"Victim: {fn(v)}, DOB {DOB(dfmt(v.dob, 'dmy/'))}, tel {ph(c, v)}\n"
            f"Paid £{c.amt(1800, 14000, 50)} in 3 payments to account name \"{fn(sc)}\"\n"
            f"Beneficiary IBAN: {IB(ib_any(c, ib))}\n"
            f"Fraudster called from {PH(c.phone(c.pick(['uk', 'ie', 'de'])))}, WhatsApp only after first payment\n"
            "CoP result: match. Warnings shown: generic. Victim reported same day.")


WORLD_TIN = [("cpf", "Brazil"), ("pan", "India"), ("sin", "Canada"), ("tfn", "Australia"), ("tckn", "Türkiye"),
             ("za_id", "South Africa"), ("nric", "Singapore"), ("rrn", "South Korea"), ("mykad", "Malaysia"),
             ("kra", "Kenya"), ("nin", "Nigeria"), ("bvn", "Nigeria (BVN)"), ("ahv", "Switzerland"),
             ("svnr", "Austria"), ("rnokpp", "Ukraine")]


@T("personal_compliance", "crs_self_cert", "en", 3)
def _(c):
    kinds = dict(WORLD_TIN)
    cands = [p for p in PEOPLE if set(p.ids) & set(kinds)]
    notes = ["", "form signed 2019, no re-cert", "TIN added by phone, no evidence", "W-8BEN expired",
             "tax residence differs from address", ""]
    out = []
    for _k in range(4):
        p = c._least(cands, lambda x: ("P", x.full))
        kind = [k_ for k_, _ in WORLD_TIN if k_ in p.ids][0]
        out.append(f"| {fn(p)} | {DOB(dfmt(p.dob, 'dmy/'))} | {kinds[kind]} | {NID(p.ids[kind])} | {c.ch(notes)} |")
    return (c.pick(["CRS/FATCA remediation: self-certifications with a TIN we need to check. Which can we accept, which need chasing?",
                    "Can you sanity-check the TIN formats in this CRS self-cert exception list before the Q3 HMRC return?",
                    "Draft chaser emails for these CRS self-certs (one line each is fine):"]) + "\n\n"
            "| Customer | DOB | Tax residence | TIN | Note |\n|---|---|---|---|---|\n" + "\n".join(out))


@T("personal_compliance", "audit_sample", "en", 2)
def _(c):
    ps = [c.person() for _ in range(4)]
    res = ["no exceptions", "proof of address >3 months old", "EDD not documented (PEP family member)", "no exceptions"]
    c.r.shuffle(res)
    rows = "\n".join(f"| {i + 1} | {fn(p)} | {DOB(dfmt(p.dob, 'dmy/'))} | {c.ch(['Branch', 'App', 'Broker'])} | {res[i]} |"
                     for i, p in enumerate(ps))
    return ("Internal audit – KYC file sample. Draft the finding and a management action with owner and date:\n\n"
            "| # | Customer | DOB | Channel | Result |\n|---|---|---|---|---|\n" + rows)


@T("personal_compliance", "de_verdachtsmeldung", "de", 2)
def _(c):
    p = c.person(["de", "at", "pl"])
    a = c.addr(p.cc if p.cc in ("de", "at", "pl") else "de")
    return ("Formuliere den Sachverhalt für die Verdachtsmeldung (goAML) sachlich aus:\n\n"
            f"Kunde: {fn(p)}, geb. {DOB(dfmt(p.dob, 'dmy.'))}, wohnhaft {a.line()}\n"
            f"Konto: {IB(ib_any(c, c.iban('de')))}\n"
            f"Bareinzahlungen je {c.ch(['9.500', '9.800', '9.900'])} € an {c.amt(4, 9)} Tagen in Folge in verschiedenen Filialen, anschließend Überweisungen an einen Autohändler in Dubai. "
            "Kunde gibt Einkünfte aus Gastronomie an, kein Nachweis.")


@T("personal_compliance", "it_sos", "it", 2)
def _(c):
    p = c.person("it", need="cf")
    return ("Aiutami a scrivere la descrizione per la segnalazione di operazione sospetta (UIF):\n\n"
            f"Soggetto: {fn(p)}, C.F. {NID(p.ids['cf'])}, nato/a il {DOB(dfmt(p.dob, 'dmy/'))}, residente in {c.addr('it').line()}\n"
            f"Conto: {IB(ib_any(c, c.iban('it')))}\n"
            f"Operazioni: {c.amt(9, 19)} ricariche di carte prepagate in 10 giorni per complessivi {c.amt(14, 29)}.{c.amt(100, 900, 100)} €, prelievi contanti all'estero (Albania). "
            "Il cliente dichiara attività di commercio auto usate, senza documentazione.")


@T("personal_compliance", "ro_raport", "ro", 2)
def _(c):
    p = c.person("ro", need="cnp")
    return ("Rescrie, te rog, descrierea pentru raportul de tranzacție suspectă către ONPCSB:\n\n"
            f"Client: {fn(p)}, CNP {NID(p.ids['cnp'])}\n"
            f"Telefon: {ph(c, p)}\n"
            f"Cont: {IB(ib_any(c, c.iban('ro')))}\n"
            f"Încasări repetate de la persoane diferite ({c.amt(8, 16)} plăți, {c.amt(30, 70)}.000 lei), retrase numerar în aceeași zi. Clientul spune că vinde mașini second-hand.")


@T("personal_compliance", "es_sepblac", "es", 2)
def _(c):
    p = c.person("es")
    idk = "dni" if "dni" in p.ids else ("nie" if "nie" in p.ids else None)
    doc = f", {idk.upper()} {NID(p.ids[idk])}" if idk else ""
    return ("Redacta la descripción de la comunicación por indicio al Sepblac, tono neutro:\n\n"
            f"Interviniente: {fn(p)}{doc}, fecha de nacimiento {DOB(dfmt(p.dob, 'dmy/'))}\n"
            f"Cuenta: {IB(ib_any(c, c.iban('es')))}\n"
            f"Ingresos en efectivo fraccionados ({c.amt(5, 11)} x 2.{c.amt(7, 10)}00 €) y transferencias inmediatas a una cuenta en Lituania. "
            "El cliente no justifica el origen de los fondos.")


# ==============================================================================================
# clean_bank (PII-free: banks named like people and words, places in general talk, templates)
# ==============================================================================================

@T("clean_bank", "branch_note_clean", "en", 3)
def _(c):
    return c.pick([
        "Branch: Briggate, Leeds\nStaff: Customer Service Adviser\n\n"
        "Team huddle notes, please turn into a short staff bulletin:\n"
        "1) From 14 April we close at 3pm on Wednesdays (Lloyds and Halifax on Commercial St are doing the same)\n"
        "2) New Banking Hub in Otley opens in May, run by Cash Access UK with Post Office counters\n"
        "3) Banking Protocol refresher with West Yorkshire Police, Thursday 9am\n"
        "4) Remind customers the Chase and Monzo cards work at our ATMs via LINK, no fee",
        "Branch: Kettering\nStaff: Senior Customer Adviser\n\n"
        "Write up this branch note for the Regional Manager: Mystery Shopper visit on Tuesday scored 82%. "
        "Good: greeting, Consumer Duty prompts, offered the Savings Review. Missed: didn't mention Nationwide's FlexDirect switching offer "
        "or the Current Account Switch Service guarantee. Queue peaked at 14 on pension day.",
        "Branch: Stockport\nStaff: Branch Manager\n\n"
        "Can you turn this into a proper contact-note TEMPLATE for Salesforce? When a customer moves house we record: Title, First Name, Surname, "
        "Previous Address, New Address, Proof Seen (council tax bill, HMRC letter, utility bill < 3 months), ID Seen (passport / UK driving licence), "
        "Mobile Updated Y/N. Keep the headings in Title Case like Head Office likes.",
    ])


@T("clean_bank", "callcentre_script_lower", "en", 3, case="lower")
def _(c):
    return c.pick([
        "call script for id&v, pls check the order: \"thanks for calling nationwide, you're through to [agent name]. can i take your full name "
        "and date of birth please?\" then \"can you confirm the first line of your address and postcode\" then one-time passcode. "
        "is it ok under fca guidance to ask dob before the passcode?",
        "tidy up these call notes: cust rang re card declined in spain, nothing wrong, falcon had flagged 2 txns at mercadona + atm in malaga. "
        "unblocked, told them about travel notifications in the app. visa and mastercard both fine across the eurozone. no complaint",
        "what's the actual difference between faster payments, chaps and bacs? customer asked why the bacs payment to hmrc takes 3 working days "
        "and why barclays said chaps costs £25 and i couldn't explain it properly",
    ])


@T("clean_bank", "complaint_template", "en", 3)
def _(c):
    bank, issue = c.pick([
        ("Santander UK", "a rent payment held for \"security checks\" for nine days"),
        ("Barclays", "my account being closed with no notice and no reason given"),
        ("Virgin Money", "an APP scam refund refused under the PSR reimbursement rules"),
    ])
    return ("Can you make this complaint TEMPLATE firmer and mention the Consumer Duty and the Financial Ombudsman Service? "
            "It's for a community advice centre, people fill in the brackets themselves.\n\n"
            "[Your full name]\n[Your address]\n[Email] / [Phone]\n\n"
            f"To: Complaints Team, {bank}\nRe: account ending [last 4 digits]\n\n"
            "Dear Sir or Madam,\n"
            f"I am writing to complain about {issue}. ...\n"
            "If I do not receive a final response within 8 weeks I will refer this to the Financial Ombudsman Service.\n"
            "Yours faithfully,\n[Your name]")


@T("clean_bank", "kyc_policy_table", "en", 3)
def _(c):
    return c.pick([
        "Check this KYC acceptable-documents table for the branch manual, anything out of date?\n\n"
        "| Document | Proves | Notes |\n|---|---|---|\n"
        "| Passport (HM Passport Office or foreign) | Identity | must be in date |\n"
        "| UK photocard driving licence (DVLA) | Identity + address | not provisional |\n"
        "| Council tax bill | Address | current year |\n"
        "| HMRC letter (tax code, Self Assessment) | Address | < 12 months |\n"
        "| Biometric residence permit (Home Office) | Identity | being replaced by eVisa |\n"
        "| Bank statement (Monzo, Starling, Revolut accepted) | Address | printed from app is OK |",
        "Make this onboarding checklist look less awful. It's the template, not a real customer:\n\n"
        "| Field | Value | Verified |\n|---|---|---|\n"
        "| Full name | {{customer.full_name}} | ☐ passport |\n"
        "| Date of birth | {{customer.dob}} | ☐ |\n"
        "| NI number | {{customer.nino}} | ☐ HMRC |\n"
        "| Address | {{customer.address_line_1}}, {{customer.postcode}} | ☐ Experian |\n"
        "| PEP / sanctions | {{screening.result}} | ☐ World-Check |",
        "Which of these electronic ID&V providers are used by the big UK banks? Onfido, Experian, Equifax, TransUnion, GBG, Yoti, Jumio. "
        "Our Head of Onboarding wants a one-page comparison table (cost, liveness check, PEP screening, coverage outside the UK).",
    ])


@T("clean_bank", "de_kontomodell", "de", 3)
def _(c):
    return c.pick([
        "Im Formular für die Kontoeröffnung steht als Beispiel:\n\nKontoinhaber: Max Mustermann\nAnschrift: Musterstraße 1, 12345 Musterstadt\n"
        "Steuer-ID: 12 345 678 901\n\nKannst du mir erklären, warum die Bank die Steuer-ID überhaupt braucht? Hat das mit dem Kontenabrufverfahren zu tun?",
        "Vergleich bitte die Girokonten von Sparkasse, Volksbank, DKB, ING und N26: Kontoführungsgebühr, Girocard, Bargeld am Automaten, "
        "Dispozins. Als Tabelle, Stand so aktuell wie möglich. Ich bin Filialleiter in Bad Tölz und will wissen, womit wir verglichen werden.",
        "Gesprächsnotiz-VORLAGE für die Kontoeröffnung, bitte ergänzen:\n\nKunde: [Anrede] [Vorname] [Nachname]\nGeb.: [TT.MM.JJJJ]\n"
        "Anschrift: [Straße Nr.], [PLZ Ort]\nLegitimation: [Ausweisart], geprüft von [Kürzel]\nSCHUFA: [ok / Auffälligkeiten]\nWunsch: [Produkt]",
    ])


@T("clean_bank", "fr_question", "fr", 2)
def _(c):
    return c.pick([
        "Peux-tu mettre au propre cette note pour l'équipe d'accueil ?\n\n"
        "Agence : Lyon Part-Dieu\nObjet : questions clients sur l'épargne réglementée\n"
        "- Livret A et LDDS : taux baissé en février (fixé par Bercy sur proposition de la Banque de France)\n"
        "- LEP : vérifier l'avis d'imposition, plafond 10 000 €\n"
        "- renvoyer vers Boursorama ou Hello bank! si le client veut tout gérer en ligne ? NON, on garde le client",
        "Dans notre modèle de lettre de réclamation, on a mis « Jean Dupont, 1 rue de la Paix, 75002 Paris » comme exemple. "
        "Le service juridique dit que ça fait « trop Monopoly ». Tu aurais un meilleur exemple neutre, genre [Nom Prénom] ?",
    ])


@T("clean_bank", "es_pregunta", "es", 2)
def _(c):
    return c.pick([
        "¿Me ayudas a redactar esto como nota interna?\n\n"
        "Oficina: Plaza Mayor, Valladolid\nAsunto: límites de Bizum\n"
        "Varios clientes preguntan si es verdad que Ana Botín anunció límites de 2.000 € por operación. "
        "Comparar con CaixaBank, BBVA y Sabadell. No hay circular del Banco de España al respecto.",
        "Estoy haciendo la plantilla de autorización para la oficina. En el ejemplo pone «Juan Pérez, DNI 00000000T» como titular. "
        "¿Se puede dejar así o mejor pongo [Nombre y apellidos] para que no parezca un cliente real?",
    ])


@T("clean_bank", "pl_pytanie", "pl", 2)
def _(c):
    return c.pick([
        "Popraw proszę tę notatkę dla zespołu oddziału:\n\n"
        "Oddział: Kraków, Rynek Główny\nTemat: limity BLIK\n"
        "- PKO BP (IKO): domyślnie 5 000 zł dziennie, klient może podnieść w aplikacji\n"
        "- mBank i Pekao mają inne limity, sprawdzić przed rozmową\n"
        "- przypominać o oszustwach „na BLIK” przez Messengera",
        "Mamy we wzorze reklamacji przykład: „Jan Kowalski, ul. Przykładowa 1, 00-001 Warszawa”. "
        "Czy to w porządku, czy lepiej wpisać [Imię i nazwisko]? Dział compliance marudzi.",
    ])


@T("clean_bank", "cs_dotaz", "cs", 2)
def _(c):
    return c.pick([
        "Porovnej mi poplatky za účet u Fio banky, Air Bank, Moneta a České spořitelny (George). Klienti se ptají, proč u nás platí za výběr z cizího bankomatu.",
        "Ve vzoru plné moci máme „Jan Novák, nar. 1. 1. 1970, bytem Vzorová 1, Praha“. Je to dostatečně zjevně vzor, nebo tam dát [jméno a příjmení]?",
    ])


@T("clean_bank", "nl_vraag", "nl", 2)
def _(c):
    return c.pick([
        "Kun je dit memo voor de Klantenservice herschrijven?\n\n"
        "Van: Teamleider Betalen\nOnderwerp: iDEAL wordt Wero\n"
        "Klanten van ING, Rabobank en ABN AMRO vragen of Tikkie blijft werken. Antwoord: ja voorlopig, zie de FAQ van Currence en de EPI.",
        "Hoeveel hypotheek krijgt Jan Modaal eigenlijk bij de Rabobank of de Volksbank, met het Nibud-normen van dit jaar? "
        "Ik wil het in een presentatie voor de Klantenservice gebruiken.",
    ])


@T("clean_bank", "bereavement_process", "en", 3)
def _(c):
    return c.pick([
        "Draft a checklist for new starters in the Bereavement Team:\n"
        "- check the Death Notification Service / Tell Us Once reference\n"
        "- freeze cards, stop standing orders (keep funeral DD)\n"
        "- if total holdings > £50k ask for Grant of Probate or Letters of Administration (Probate Registry)\n"
        "- letters addressed \"To the Executor of the late [Deceased name]\"\n"
        "- Co-op Funeralcare and Dignity invoices can be paid direct",
        "What happens to a joint account at Lloyds or Halifax when one holder dies? Is it survivorship automatically like in Scotland "
        "or does it go into the estate? Need a plain-English paragraph for our Bereavement Guide.",
        "Write a warm letter TEMPLATE to an executor. Use {{executor_first_name}}, {{deceased_full_name}}, {{account_type}} and {{reference}} "
        "as placeholders. Sign off from \"The Bereavement Support Team, Nationwide Building Society, Swindon\".",
    ])


# ==============================================================================================
# clean_fintech
# ==============================================================================================

@T("clean_fintech", "app_chat_clean", "en", 3)
def _(c):
    return c.pick([
        "Summarise this support chat for the escalation queue, 3 bullets max:\n\n"
        "[10:42] Customer: hi does the Emma app still connect to Chase UK? it says \"bank unavailable\"\n"
        "[10:43] Support Bot: Hi! Chase isn't on Open Banking in Emma yet. You can add Monzo, Starling, Barclays and Lloyds.\n"
        "[10:44] Customer: ok what about Cleo\n"
        "[10:44] Support Bot: Cleo is a separate app, we can't advise on it.",
        "Summarise this chat for the product team:\n\n"
        "[14:02] Customer: why did my Klarna Pay in 3 get declined when Clearpay approved the same basket at ASOS?\n"
        "[14:03] Agent: Each provider runs its own soft check, TransUnion for some and Experian for others.\n"
        "[14:05] Customer: will it hurt my score on ClearScore\n"
        "[14:05] Agent: Soft searches aren't visible to lenders.",
        "Clean up this transcript for a training deck, Revolut tone:\n\n"
        "[09:11] Customer: I want to move my Savings Vault to the Flexible Cash Funds, is it covered by the FSCS?\n"
        "[09:12] Agent: Flexible Cash Funds are money market funds (BlackRock, Goldman Sachs), so they're not FSCS-protected like a deposit.\n"
        "[09:13] Customer: and Wise Interest?\n"
        "[09:13] Agent: same idea, it's a BlackRock fund.",
    ])


@T("clean_fintech", "payee_lower", "en", 3, case="lower")
def _(c):
    return c.pick([
        "why does confirmation of payee say \"close match\" when i pay british gas from monzo? it says the name is \"british gas trading ltd\". "
        "is it safe to continue or is that how scams work",
        "monzo pots vs starling spaces vs chase round-ups vs kroo — which one actually pays interest on the pot and is any of them fscs covered "
        "separately? writing a comparison for our student money blog",
        "is wise cheaper than revolut for sending €2,000 to a spanish account? and what about western union or paypal xoom. "
        "rough fees please, i know rates move",
    ])


@T("clean_fintech", "zendesk_json_clean", "en", 3)
def _(c):
    subj = c.pick(["Chargeback - Ryanair refund never arrived", "Card frozen after top-up", "Can't verify identity in app"])
    title = {"Chargeback - Ryanair refund never arrived": "Chargeback", "Card frozen after top-up": "Frozen card",
             "Can't verify identity in app": "IDV"}[subj]
    return ("Write a Python function that flattens this Zendesk macro into one CSV row (id, title, subject, tags, body):\n\n"
            "```json\n{\n"
            f'  "id": {c.amt(3600000, 3699999)},\n'
            f'  "title": "Disputes::{title}",\n'
            '  "actions": [\n'
            f'    {{"field": "subject", "value": "{subj}"}},\n'
            '    {"field": "comment_value", "value": "Hi {{ticket.requester.first_name}}, thanks for your patience. Visa gives us 120 days..."},\n'
            '    {"field": "set_tags", "value": "chargeback visa tier2"}\n'
            "  ],\n"
            '  "restriction": {"type": "Group", "id": 7781}\n'
            "}\n```")


@T("clean_fintech", "crypto_clean", "en", 3)
def _(c):
    return c.pick([
        "Explain the Bitcoin halving for our help centre in 120 words. Mention Satoshi Nakamoto's white paper, the 21 million cap, "
        "and why Coinbase and Kraken don't control it.",
        "Our risk engine config, can you review it?\n\n```yaml\nwithdrawals:\n  unhosted_wallet:\n    max_daily_eur: 10000\n"
        "    require_travel_rule: true   # MiCA / TFR\n  screening:\n    providers: [Chainalysis, Elliptic, TRM Labs]\n"
        "    block_exposure: [sanctions, darknet_market, mixer]   # e.g. Tornado Cash\nlogins:\n  block_tor_exit_nodes: true\n"
        "  new_device_cooldown_hours: 24\n```",
        "What changed for EU crypto exchanges when MiCA came in? Compare Binance, Bitpanda and Bitstamp licences, and what ESMA "
        "says about Vitalik Buterin's Ethereum being a crypto-asset vs a security.",
    ])


@T("clean_fintech", "dev_api", "en", 3)
def _(c):
    return c.pick([
        "My Stripe integration test: card 4242 4242 4242 4242 passes but 4000 0027 6000 3184 gets stuck on the 3D Secure screen. "
        "Is that the expected behaviour in test mode? Using Payment Element with React.",
        "GoCardless sandbox: I'm creating a mandate with the example customer from their docs (given_name \"John\", family_name \"Doe\", "
        "address_line1 \"338-346 Goswell Road\") and it fails with validation_failed on the sort code. What sort code do they expect in sandbox?",
        "Plaid sandbox login with user_good / pass_good works, but TrueLayer's mock bank \"Mock UK Bank\" keeps returning 401. "
        "Both are in the Open Banking flow of our Next.js app. What am I missing in the redirect URI?",
    ])


@T("clean_fintech", "nl_ideal", "nl", 2)
def _(c):
    return c.pick([
        "Hoe werkt een terugbetaling bij iDEAL versus Tikkie? Een klant van bunq zegt dat ING het geld binnen een dag terugzet, "
        "maar bij Knab duurt het een week.",
        "Schrijf een korte FAQ voor onze webshop: betalen met iDEAL, Klarna (achteraf betalen), PayPal en Apple Pay. "
        "Noem ook dat Wero de opvolger wordt.",
    ])


@T("clean_fintech", "it_app", "it", 2)
def _(c):
    return c.pick([
        "Satispay, Hype o PayPal per pagare il caffè al bar? Voglio fare un articolo per il blog con pro e contro, anche le commissioni "
        "per gli esercenti.",
        "Nel modulo di esempio dell'app c'è scritto «Mario Rossi, codice fiscale RSSMRA80A01H501U». È il classico esempio? "
        "Lo possiamo lasciare negli screenshot dell'App Store?",
    ])


@T("clean_fintech", "pt_app", "pt", 2)
def _(c):
    return c.pick([
        "Qual é o limite diário do MB Way e porque é que o Revolut e o Millennium bcp têm limites diferentes? Explica de forma simples.",
        "No tutorial da app pusemos \"Fulano de Tal\" como nome do titular. Em Portugal percebe-se bem, mas no Brasil dizem \"João da Silva\". "
        "Qual fica melhor num ecrã de exemplo?",
    ])


@T("clean_fintech", "da_app_lower", "da", 2, case="lower")
def _(c):
    return c.pick([
        "hvad er forskellen på mobilepay og vipps nu de er slået sammen? og virker det stadig med lunar og danske bank kort",
        "vi laver en guide til nye kunder i lunar. må vi bruge \"morten menigmand\" som eksempelnavn på skærmbillederne, eller er det for dansk-internt?",
    ])


@T("clean_fintech", "fi_app", "fi", 2)
def _(c):
    return c.pick([
        "Mikä ero on MobilePayn ja Siirron välillä? OP, Nordea ja S-Pankki tukevat eri asioita, ja asiakkaat kyselevät koko ajan.",
        "Sovelluksen esimerkkinäkymässä lukee \"Matti Meikäläinen\" ja tilinumero FI00 1234 5600 0007 85. Onko tuo ok esimerkiksi vai pitäisikö käyttää jotain muuta?",
    ])


@T("clean_fintech", "sv_swish_lower", "sv", 3, case="lower")
def _(c):
    return c.pick([
        "hur höjer man beloppsgränsen i swish hos swedbank och handelsbanken? en kund vill swisha 50 000 kr till en bilhandlare",
        "vi skriver hjälptexter för klarna. kan vi ha \"sven svensson\" som exempelkund eller låter det fånigt?",
        "skillnaden mellan bankid och freja eid när man öppnar konto hos avanza eller nordnet? behöver en kort förklaring till supporten",
    ])


# ==============================================================================================
# clean_insurance
# ==============================================================================================

@T("clean_insurance", "motor_claim_clean", "en", 3)
def _(c):
    return c.pick([
        "Claim MC-2291730: turn my notes into a summary for the engineer (vehicle side only, PH details are in Guidewire):\n\n"
        "PH vehicle: 2019 Ford Focus, rear-ended at roundabout on the A61 near Wetherby\n"
        "TP: admitted fault at scene (per PH). TP insurer Admiral, awaiting confirmation\n"
        "Recovery: Thatcham Cat S? engineer to inspect at Arnold Clark bodyshop, Leeds\n"
        "Courtesy car: Enterprise, Group B",
        "What's the difference between Cat S and Cat N write-offs, and how does Thatcham's code of practice decide? "
        "Our new Claims Handlers keep mixing them up, need a one-page crib sheet with examples (Vauxhall Corsa, Tesla Model 3, Mini Cooper).",
        "Summarise the Civil Liability Act 2018 whiplash tariff for the Motor Claims Team, with the Official Injury Claim portal steps. "
        "Include the Tariff table headings and the Court of Appeal's view in Hassam v Rabot.",
    ])


@T("clean_insurance", "broker_clean", "en", 3)
def _(c):
    return c.pick([
        "Tidy this up before I send it to our panel, keep it short:\n\n"
        "Hi team,\nlooking for HNW home cover quotes (Hiscox, Chubb, AIG Private Client, Ecclesiastical) for a Grade II listed, part-thatched "
        "property in the Cotswolds. Contents incl. art approx £180k. Prev claim: escape of water 2021.\nCheers\nPrivate Clients Team",
        "Which is better for a client with a thatched roof: a specialist MGA through Lloyd's of London, or NFU Mutual direct? "
        "Our Head of Private Clients wants pros and cons for the broker meeting.",
        "Draft a broker newsletter item: Aviva, Zurich and AXA all changed their flood excess since Storm Babet and Storm Henk. "
        "Mention Flood Re and the Environment Agency flood map.",
    ])


@T("clean_insurance", "underwriting_clean_lower", "en", 3, case="lower")
def _(c):
    return c.pick([
        "how do life underwriters usually treat hodgkin lymphoma in remission for 10 years? is it a standard rate by now or still an exclusion "
        "on the critical illness bit? roughly what swiss re's manual says",
        "crohn's disease on azathioprine, last flare 2022 - does that usually mean a loading on income protection with legal & general or royal london? "
        "writing a training quiz for the new underwriters",
        "underwriting note TEMPLATE for the new starters, pls tidy: applicant [name], dob [dd/mm/yyyy], smoker y/n, bmi [ ]. gpr from dr [gp surname] "
        "received y/n. hospital no [mrn]. condition: e.g. type 2 diabetes, hba1c [ ]. check the swiss re and munich re manuals before quoting vitality or aviva",
    ])


@T("clean_insurance", "de_versicherung", "de", 3)
def _(c):
    return c.pick([
        "Was zahlt die Hausratversicherung bei Leitungswasser, und was die Wohngebäudeversicherung? HUK-Coburg und Allianz regeln das ja unterschiedlich. "
        "Bitte als kurze Tabelle für die Kundenberatung.",
        "Mach aus diesen Stichpunkten eine VORLAGE für Schadenmeldungen (Hausrat), die Kunden selbst ausfüllen:\n\n"
        "Versicherungsnehmer/in: [Vorname Nachname], geb. [TT.MM.JJJJ]\nAnschrift: [Straße Nr., PLZ Ort]\nTel.: [ ]\n"
        "Schaden: [Leitungswasser / Fahrraddiebstahl / Sturm]\nDatum: [ ], Fotos [ja/nein]\nBeispiel im Formular: Erika Mustermann",
        "Für unsere Schulung: \"Otto Normalverbraucher\" hat Hausrat, Haftpflicht und Kfz – welche Versicherung zahlt bei einem Sturmschaden am Carport "
        "vom Nachbarn? Bitte mit Beispielen aus dem VVG.",
    ])


@T("clean_insurance", "fr_assurance", "fr", 2)
def _(c):
    return c.pick([
        "Comment fonctionne la résiliation d'une mutuelle avec la loi Hamon et la loi Chatel ? Compare Alan, MAIF et Harmonie Mutuelle pour un client qui veut partir.",
        "Peux-tu améliorer ce modèle de mail à une mutuelle (pour notre blog) ?\n\n"
        "Nom : [Prénom Nom]\nN° de sécurité sociale : [15 chiffres]\nNé(e) le : [JJ/MM/AAAA]\n"
        "Facture opticien : [montant] €, remboursé par l'Assurance Maladie (100 % Santé) mais rien côté mutuelle (AXA, Groupama, MGEN…).",
    ])


@T("clean_insurance", "it_assicurazione", "it", 2)
def _(c):
    return c.pick([
        "Come funziona la legge Bersani sulla classe di merito RC auto? Un cliente di Generali vuole ereditare la classe del padre con UnipolSai.",
        "Riassumi questo CID di esempio per il corso dei nuovi liquidatori, in modo chiaro:\n\n"
        "Veicolo A: Fiat Panda, conducente Mario Rossi (esempio), CF [codice fiscale]\nVeicolo B: Lancia Ypsilon, conducente [Nome Cognome]\n"
        "Luogo: [via, città]. Cosa succede se B non firma, e quando interviene l'IVASS?",
    ])


@T("clean_insurance", "es_seguro_lower", "es", 2, case="lower")
def _(c):
    return c.pick([
        "que diferencia hay entre un seguro a terceros ampliado de mapfre y uno de línea directa? y que cubre el consorcio de compensación de seguros en una dana",
        "cómo se rellena el parte amistoso europeo? es para una guía del blog de mutua madrileña, con las casillas explicadas una a una",
    ])


@T("clean_insurance", "ro_asigurare", "ro", 2)
def _(c):
    return c.pick([
        "Cum funcționează decontarea directă la RCA? Compară Allianz-Țiriac, Groupama și Omniasig și explică rolul ASF după falimentul City Insurance.",
        "Corectează, te rog, acest model de cerere de despăgubire RCA pentru site:\n\n"
        "Păgubit: [Nume Prenume], CNP [13 cifre]\nDomiciliu: [Str., nr., localitate]\nVinovat: [Nume Prenume], poliță RCA la [Allianz-Țiriac / Groupama]\n"
        "IBAN pentru plată: [RO.. ....]\nExemplu: accident pe DN1, constatare amiabilă.",
    ])


@T("clean_insurance", "claims_csv_clean", "en", 2)
def _(c):
    return c.pick([
        "Which rows look odd in this monthly claims MI? Explain briefly.\n\n"
        "month,product,region,cause,claims,avg_paid_gbp\n2025-01,Home,North West,Escape of water,412,3120\n"
        "2025-01,Home,Yorkshire,Storm,1280,1890\n2025-01,Motor,London,Theft (keyless),96,14250\n2025-01,Travel,All,Cancelled flight,733,410\n"
        "2025-01,Pet,Scotland,Cruciate ligament,55,2980\n2025-01,Home,Wales,Storm,12,22100",
        "Turn this into a chart brief for the Board pack:\n\ninsurer,combined_ratio_2023,combined_ratio_2024\nAviva,96.8,94.9\nAdmiral,97.1,88.0\n"
        "Direct Line,111.4,97.2\nHastings,92.0,90.6\nLV=,104.5,99.3\nSource: company results; LV= is Liverpool Victoria.",
    ])


@T("clean_insurance", "pet_clean", "en", 2)
def _(c):
    return c.pick([
        "Write a reply TEMPLATE explaining the excess and the 20% co-payment for dogs over 8. Use [Customer name], [Pet name] and [Claim amount]. "
        "Tone like Petplan or ManyPets, not like a bank.",
        "Are Cavalier King Charles Spaniels, French Bulldogs and Dachshunds loaded more for pet insurance? Why (MVD, BOAS, IVDD)? "
        "For a blog post, with Bella and Alfie as example pet names.",
    ])


@T("clean_insurance", "lloyds_market", "en", 2)
def _(c):
    return c.pick([
        "Explain to a new graduate how the Lloyd's of London market works: Names, syndicates, managing agents, the Lutine Bell, "
        "and why Lloyd's is not the same as Lloyds Bank. 200 words.",
        "Summarise Solvency II vs the PRA's Solvency UK reforms for the Underwriting Committee. Mention the risk margin cut, "
        "matching adjustment, and what Swiss Re and Munich Re said about it.",
    ])


# ==============================================================================================
# clean_debt
# ==============================================================================================

@T("clean_debt", "advice_clean", "en", 3)
def _(c):
    return c.pick([
        "Summarise the options for a client with £12k of unsecured debt on Universal Credit: DRO, DMP, IVA, Breathing Space, "
        "and the new DRO limit (£50k, no fee since April 2024). Mention StepChange, Citizens Advice and National Debtline (0808 808 4000).",
        "Martin Lewis keeps saying on the Money Show that people should never pay for debt help. Write a short leaflet paragraph explaining "
        "free advice (MoneyHelper, StepChange, Christians Against Poverty) vs fee-charging IVA firms.",
        "Client intake FORM for our debt advice service, please improve the headings:\n"
        "Client Name / Date of Birth / Address / Tel\nHousehold (partner, children)\nIncome (UC, wages, PIP, Child Benefit)\n"
        "Priority Debts (council tax, rent, energy, TV Licence, HMRC)\nNon-priority Debts (credit cards, catalogues, BNPL such as Klarna)",
    ])


@T("clean_debt", "collections_lower", "en", 3, case="lower")
def _(c):
    return c.pick([
        "is a debt statute barred after 6 years under the limitation act 1980 even if lowell or cabot bought it? and does a payment restart the clock",
        "collections team question: what does conc 7.3 actually say about contacting customers at work and how many calls a day is too many? "
        "need it for a qa checklist",
        "whats the difference between a ccj and a default on experian? a customer thinks the default from vanquis will stop her getting a "
        "mortgage with halifax forever",
    ])


@T("clean_debt", "dca_template", "en", 3)
def _(c):
    return c.pick([
        "Check this collection letter TEMPLATE against CONC 7 and the vulnerable customer guidance (FG21/1):\n\n"
        "[TITLE] [FIRST NAME] [SURNAME]\n[ADDRESS BLOCK]\n\nOur ref: {{account_ref}}\nOriginal creditor: {{original_creditor}}\n"
        "Balance: {{balance}}\n\nDear [TITLE] [SURNAME],\nFINAL NOTICE. Unless you contact us within 7 days we may consider legal action.",
        "Rewrite our Default Notice cover letter in plain English. Headings must stay: WHAT HAPPENS NEXT, HOW TO GET FREE HELP, YOUR RIGHTS. "
        "Mention StepChange, Citizens Advice and the Money and Pensions Service.",
        "Which debt purchasers operate in the UK? Lowell, Cabot, Intrum, PRA Group, Arrow Global — give a table with parent company, "
        "HQ city (e.g. Leeds, London, Stockholm) and whether they're FCA authorised.",
    ])


@T("clean_debt", "breathing_space_clean", "en", 2)
def _(c):
    return c.pick([
        "What's the difference between a standard breathing space and a mental health crisis breathing space under the "
        "Debt Respite Scheme (Breathing Space Moratorium) Regulations 2020? Table please.",
        "I'm a money adviser. Which fields does the Insolvency Service's Breathing Space portal ask for? I want to prepare clients "
        "before the appointment: Debtor Name, Date of Birth, Address, Creditors, Debt type, Adviser declaration.",
    ])


@T("clean_debt", "de_schulden", "de", 2)
def _(c):
    return c.pick([
        "Fasse dieses Muster-Erstgespräch für unsere Schulung zusammen (Schuldnerberatung der Caritas):\n\n"
        "Ratsuchende/r: Max Mustermann (Musterfall)\nEinkommen: Bürgergeld + Minijob\n"
        "Gläubiger: Otto, Klarna, Vodafone, Inkasso EOS\nP-Konto: noch nicht eingerichtet – Freibetrag seit 1. Juli? Gilt das bei Sparkasse und N26 gleich?",
        "Was bedeutet ein negativer SCHUFA-Eintrag von Klarna oder Otto, und wann wird er nach der neuen BGH-Rechtsprechung gelöscht? "
        "Wir machen ein Merkblatt für die Verbraucherzentrale.",
    ])


@T("clean_debt", "nl_schulden_lower", "nl", 2, case="lower")
def _(c):
    return c.pick([
        "hoe lang blijft een bkr-registratie staan na het aflossen? en telt een achterstand bij de belastingdienst of het cjib daar ook in",
        "wat is het verschil tussen minnelijke schuldhulp en de wsnp? voorbeeld graag met jan modaal met een huurachterstand en een zorgschuld",
    ])


@T("clean_debt", "fr_dettes", "fr", 2)
def _(c):
    return c.pick([
        "Résume la loi Lagarde de 2010 sur le crédit à la consommation et la loi Neiertz de 1989 pour une formation de conseillers budgétaires.",
        "Comment se passe un dossier de surendettement à la Banque de France ? Étapes, délais, fichier FICP, et rôle de la commission. "
        "Pour une fiche pratique des Restos du Cœur.",
    ])


@T("clean_debt", "pl_dlug", "pl", 2)
def _(c):
    return c.pick([
        "Czym różni się wpis w BIK od wpisu w KRD i BIG InfoMonitor? Przykład dla klienta typu Jan Kowalski, który ma zaległość w Providencie.",
        "Czy ten WZÓR pisma windykacyjnego jest zgodny z prawem? Firmy jak Kruk czy Best wysyłają podobne.\n\n"
        "Sz. P. [Imię Nazwisko]\n[ulica, nr]\n[kod pocztowy] [miejscowość]\nPESEL [PESEL]\n\n"
        "WEZWANIE DO ZAPŁATY\nWierzyciel pierwotny: [np. Provident Polska S.A.]\nKwota do zapłaty: [kwota] zł (w tym odsetki)",
    ])


@T("clean_debt", "fi_velka", "fi", 2)
def _(c):
    return c.pick([
        "Kuinka kauan maksuhäiriömerkintä on Suomen Asiakastiedon rekisterissä, ja muuttuuko se positiivisen luottotietorekisterin myötä?",
        "Selitä ulosoton suojaosuus esimerkillä: Matti Meikäläinen, nettotulot 1 600 € kuussa. Ulosottolaitoksen laskuri antaa eri tuloksen kuin Intrum väittää.",
    ])


@T("clean_debt", "cs_dluhy", "cs", 3)
def _(c):
    return c.pick([
        "Vysvětli, jak fungovala Milostivé léto a kdo na něj mohl dosáhnout. Je to pro leták poradny Člověk v tísni.",
        "Jaký je rozdíl mezi oddlužením a exekucí? Příklad pro Jana Nováka s dluhem u dopravního podniku a u ČEZu.",
        "Co říká ČNB o spotřebitelských úvěrech a RPSN? Chci porovnat Home Credit, Cofidis a Air Bank pro přednášku.",
    ])


# ==============================================================================================
# clean_pensions (pensions, wealth, mortgages, accountants)
# ==============================================================================================

@T("clean_pensions", "transfer_clean", "en", 3)
def _(c):
    return c.pick([
        "Check this DB transfer file-note TEMPLATE reads OK for COBS 19.1:\n\nMember: [Name]\nNI no: [NINO]\nDOB: [DD/MM/YYYY]\n"
        "Ceding scheme: [e.g. BT Pension Scheme]\nReceiving: [SIPP provider, e.g. AJ Bell / Hargreaves Lansdown]\nCETV: £[amount] guaranteed to [date]",
        "What did the FCA find in the British Steel Pension Scheme redress review, and how does the BSPS consumer redress scheme work? "
        "Summary for our Compliance Committee.",
        "Compare Royal London, Aviva, Scottish Widows, Standard Life and Legal & General for a group personal pension: charges, "
        "default fund, and Pension Wise appointment support.",
    ])


@T("clean_pensions", "wealth_clean", "en", 3)
def _(c):
    return c.pick([
        "Write up model portfolio notes for the quarterly review letter:\n- Core: Vanguard LifeStrategy 80, iShares MSCI World (BlackRock)\n"
        "- Satellite: Fundsmith (Terry Smith), Scottish Mortgage (Baillie Gifford)\n- FTSE 100 +4.2%, Dow Jones +1.8%, S&P 500 +2.6% in the quarter\n"
        "- Keep cash at 5% in a money market fund (Royal London Short Term Money Market)",
        "Warren Buffett says most people should just buy an S&P 500 index fund. Write a short, balanced paragraph for clients on active vs passive, "
        "mentioning Jack Bogle, Vanguard and the SPIVA scorecard.",
        "Annual review letter TEMPLATE, please improve: \"Dear {{client_salutation}}, thank you for meeting us on {{meeting_date}}. "
        "Your ISA allowance of £20,000 has been used via {{platform}} (e.g. Transact, Quilter)...\"",
    ])


@T("clean_pensions", "mortgage_clean", "en", 3)
def _(c):
    return c.pick([
        "Which high-street lenders take self-employed applicants with 1 year of accounts? Halifax, Nationwide, NatWest, Barclays, Santander, "
        "Skipton, Leeds Building Society - short table.",
        "Andrew Bailey hinted at another base-rate cut. How quickly do Nationwide and Coventry Building Society usually move their fixes after "
        "a Bank of England decision? For a client newsletter.",
        "Fact-find TEMPLATE for our brokers, tidy it: App 1 Name / DOB / Employer; App 2 Name / DOB / Employer; Current Address (3 yrs history); "
        "Deposit source (gifted? Help to Buy ISA? Lifetime ISA?); Credit history (Experian, Equifax).",
    ])


@T("clean_pensions", "accountant_clean_lower", "en", 3, case="lower")
def _(c):
    return c.pick([
        "xero vs sage vs quickbooks vs freeagent for a sole trader electrician who needs making tax digital for income tax from april 2026. "
        "which one would you pick and why",
        "can a sole trader claim home office costs using the hmrc simplified flat rate, and mileage at 45p on a van? need a simple answer for a client email",
        "whats the self assessment late filing penalty now? £100 then daily penalties after 3 months? a client got a letter from hmrc in cumbernauld and is panicking",
    ])


@T("clean_pensions", "de_rente_clean", "de", 2)
def _(c):
    return c.pick([
        "Kannst du die Brief-VORLAGE an die Deutsche Rentenversicherung (Kontenklärung) verbessern?\n\n"
        "[Vorname Nachname]\n[Straße Nr.]\n[PLZ Ort]\nVersicherungsnummer: [12 Zeichen, z. B. 12 123456 A 123 wie im DRV-Merkblatt]\n\n"
        "Sehr geehrte Damen und Herren,\nin meinem Versicherungsverlauf fehlen die Ausbildungszeiten [von–bis]. Riester- und Rürup-Verträge lasse ich separat prüfen.",
        "Erklär mir die Rente mit 63 (eigentlich \"besonders langjährig Versicherte\") und was die Ampel und jetzt die Regierung Merz daran ändern wollen.",
    ])


@T("clean_pensions", "nl_pensioen_clean", "nl", 2)
def _(c):
    return c.pick([
        "Verbeter deze voorbeeldmail aan het pensioenfonds (ABP of PFZW) voor onze website:\n\n"
        "Deelnemer: [naam], BSN [9 cijfers]\nPartner: [naam partner] (samenwonend sinds [jaar])\n"
        "Vraag: is mijn partner al aangemeld voor het nabestaandenpensioen na de overgang naar de Wet toekomst pensioenen?",
        "Hoeveel AOW krijgt Jan Modaal straks als samenwonende, en wanneer gaat de AOW-leeftijd naar 67 jaar en 3 maanden?",
    ])


@T("clean_pensions", "da_clean", "da", 2)
def _(c):
    return c.pick([
        "Kan du gøre denne skabelon til pensionsflytning pænere? Den skal bruges hos PFA, Danica og Velliv.\n\n"
        "Navn: [Fornavn Efternavn]\nCPR-nr.: [DDMMÅÅ-XXXX]\nTelefon: [ ]\n"
        "Ønske: flytte ratepension/aldersopsparing fra tidligere ordning, oplys ÅOP",
        "Forklar \"Morten Menigmand\"s pension i et eksempel: folkepension, ATP og arbejdsmarkedspension, til en artikel i Børsen-stil.",
    ])


@T("clean_pensions", "sv_clean", "sv", 2)
def _(c):
    return c.pick([
        "Hur fungerar premiepensionen och AP7 Såfa? Ska Medelsvensson välja fonder själv via Pensionsmyndigheten eller låta det ligga?",
        "Hjälp mig snygga till mallen för flytt av tjänstepension (Alecta, AMF, Skandia):\n\n"
        "Namn: [Förnamn Efternamn]\nPersonnummer: ÅÅÅÅMMDD-XXXX\nAdress: [Gata, postnummer, ort]\n"
        "Fråga: kan jag flytta mitt ITP 1-kapital, och vad händer med återbetalningsskyddet?",
    ])


@T("clean_pensions", "economists_en", "en", 3)
def _(c):
    return c.pick([
        "Explain Modigliani's life-cycle hypothesis and Friedman's permanent income hypothesis for a pensions training session, "
        "and what Keynes said about the marginal propensity to consume. 250 words.",
        "Markowitz, Sharpe and Fama in one slide: mean-variance, the Sharpe ratio, efficient markets. For Chartered Financial Planner exam prep (CII R06).",
        "What's the 4% rule (Bengen) and does it work in the UK with the FTSE All-Share instead of the S&P 500? Mention the Morningstar research.",
    ])


@T("clean_pensions", "pt_reforma", "pt", 3)
def _(c):
    return c.pick([
        "Explica a diferença entre um PPR, os Certificados de Aforro e o regime público da Segurança Social, para um artigo do Doutor Finanças.",
        "Quanto recebe de reforma o Zé Ninguém com 40 anos de descontos e salário médio? Usa as regras do fator de sustentabilidade.",
        "Compara os PPR da Caixa Geral de Depósitos, do Millennium bcp e da Casa de Investimentos para um cliente de 45 anos.",
    ])


# ==============================================================================================
# clean_compliance
# ==============================================================================================

@T("clean_compliance", "aml_rule_json", "en", 3)
def _(c):
    scen = c.pick(["RAPID_MOVEMENT_OF_FUNDS", "STRUCTURING_CASH", "HIGH_RISK_JURISDICTION"])
    extra = {
        "RAPID_MOVEMENT_OF_FUNDS": '"min_inbound_gbp": 10000, "outbound_ratio": 0.9, "window_days": 7',
        "STRUCTURING_CASH": '"threshold_gbp": 10000, "band_pct": 15, "min_deposits": 3, "window_days": 10',
        "HIGH_RISK_JURISDICTION": '"lists": ["FATF_BLACK", "FATF_GREY", "HMT_HIGH_RISK"], "min_amount_gbp": 1000',
    }[scen]
    return ("Review this transaction-monitoring rule before it goes to Model Risk. Anything that would flood L1 with alerts?\n\n"
            "```json\n{\n"
            f'  "rule_id": "TM-{scen}-v{c.amt(2, 9)}",\n'
            f'  "scenario": "{scen}",\n'
            f'  "params": {{{extra}}},\n'
            '  "segments": ["RETAIL", "STUDENT", "SOLE_TRADER"],\n'
            '  "owner": "Financial Crime Analytics",\n'
            '  "approved_by": "MLRO"\n'
            "}\n```")


@T("clean_compliance", "sar_guidance", "en", 3)
def _(c):
    return c.pick([
        "Improve this REDACTED example SAR narrative for the analyst training pack (NCA glossary code XXS99XX):\n\n"
        "Subject 1: [REDACTED], DOB [REDACTED], of [REDACTED]. Account [REDACTED].\n"
        "Between 02/01 and 28/02 the account received 37 faster payments from 29 different individuals (refs \"rent\", \"deposit\"), "
        "and forwarded 96% to Coinbase and Kraken within hours. Logins from a VPN provider. Suspected money mule. DAML not required (POCA s.335).",
        "What's the difference between a SAR under POCA, a DAML and a terrorism disclosure under TACT 2000? Table for the MLRO's training pack.",
        "Write a short note on 'tipping off' (POCA s.333A) for branch staff: what they can and can't say when a customer asks why their payment is held.",
    ])


@T("clean_compliance", "txn_csv_clean", "en", 3)
def _(c):
    return c.pick([
        "Export for account holder THE BAKEHOUSE (LEEDS) LTD. Flag anything a reviewer would ask about:\n\n"
        "Date,Type,Description,Paid out,Paid in,Balance\n01/02/2025,DD,HMRC VAT,4210.00,,18022.40\n03/02/2025,DEB,BOOKER WHOLESALE,1288.19,,16734.21\n"
        "04/02/2025,FPI,DELIVEROO PAYOUT,,3120.55,19854.76\n05/02/2025,DD,XERO UK,38.00,,19816.76\n06/02/2025,DEB,SCREWFIX,112.40,,19704.36\n"
        "07/02/2025,BGC,JUST EAT,,1640.00,21344.36",
        "Categorise these card transactions for a budgeting feature (groceries, fashion, eating out, bills):\n\n"
        "MARKS & SPENCER,JOHN LEWIS,TED BAKER,MCDONALD'S,WENDY'S,SAINSBURY'S,DR. MARTENS,BEN & JERRY'S,HUGO BOSS,"
        "TOMMY HILFIGER,GREGGS,NANDO'S,RALPH LAUREN,TK MAXX,ALDI,WILKO,OCTOPUS ENERGY,THAMES WATER",
        "Which of these merchant descriptors would our rules wrongly read as a person? Export sample:\n\n"
        "Date,Description,Amount\n02/02/2025,SAINSBURYS S/MKTS,-54.20\n02/02/2025,JOHN LEWIS PLC,-189.00\n03/02/2025,TIM HORTONS,-6.80\n"
        "03/02/2025,WILLIAM HILL,-20.00\n04/02/2025,LADBROKES,-15.00\n05/02/2025,PAUL SMITH,-95.00\n06/02/2025,MRS SMITHS KITCHEN LTD,-12.40",
    ])


@T("clean_compliance", "sanctions_public", "en", 3)
def _(c):
    return c.pick([
        "How do UK banks screen against the OFSI consolidated list and the US OFAC SDN list at the same time? Explain fuzzy matching with "
        "public examples like Roman Abramovich or Oleg Deripaska, and why common surnames cause false positives.",
        "Write the false-positive rationale TEMPLATE: [Customer name], [DOB], [Nationality] vs list entry [Entry ID]. Explain the fields: "
        "name match %, DOB, nationality, address, and why a surname-only match on e.g. \"Ivanov\" isn't enough.",
        "Summarise the EU's 14th sanctions package for a Compliance Team Leader: main sectors, crypto-asset rules, and what the "
        "Central Bank of Ireland and BaFin have said. Half a page.",
    ])


@T("clean_compliance", "fraud_awareness", "en", 3)
def _(c):
    return c.pick([
        "Draft this month's FRAUD ALERT for staff:\n- \"Hi Mum\" WhatsApp scams up 40%\n- Fake Revolut and HMRC texts about tax refunds\n"
        "- Courier fraud targeting the over-75s in Bournemouth and Poole\nRemind people: Take Five to Stop Fraud, call 159, report to Action Fraud on 0300 123 2040.",
        "Turn this into the reimbursement assessment TEMPLATE (APP scam):\nVictim: [Name], DOB [ ], tel [ ]\nPaid £[ ] in [ ] payments to account name \"[ ]\"\n"
        "CoP result: [match / close match / no match]\nWarnings shown: [ ]\nReported: [date]\nPSR reimbursement cap: £85,000",
        "What are the most common purchase scams on Facebook Marketplace and Vinted this year (puppies, PS5, concert tickets for Taylor Swift "
        "and Oasis)? Bullet list for a customer newsletter from UK Finance figures.",
    ])


@T("clean_compliance", "audit_plan", "en", 2)
def _(c):
    return c.pick([
        "Internal audit plan FY25, make it a proper table for the Audit Committee:\n- KYC file quality (Branch, App, Broker channels)\n"
        "- Sarbanes-Oxley controls over the SAP general ledger\n- Basel III liquidity (LCR/NSFR) reporting\n- Consumer Duty outcomes testing\n"
        "- Oracle Financials access reviews\nUse the Three Lines model and COSO language.",
        "Internal audit test script, CRS/FATCA self-certifications – please turn into numbered steps:\n"
        "- sample 25 new accounts (Branch, App, Broker)\n- check TIN present and format valid per the OECD TIN portal (e.g. Brazil CPF, India PAN, Canada SIN)\n"
        "- W-9 for US persons, W-8BEN otherwise\n- reasonableness vs address and phone country code\nOwner: Head of Tax Operations. Compare the Three Lines model wording used by Deloitte and KPMG.",
    ])


@T("clean_compliance", "de_compliance", "de", 2)
def _(c):
    return c.pick([
        "Was hat die BaFin aus dem Wirecard-Skandal gelernt? Kurz zu Markus Braun, Jan Marsalek, EY als Abschlussprüfer und den Änderungen im FISG.",
        "Formuliere den Sachverhalt dieser MUSTER-Verdachtsmeldung (goAML) für die Schulung der Volksbank-Filialen aus:\n\n"
        "Kunde: Max Mustermann (fiktiv), wohnhaft Musterstadt\nKonto: DE00 1234 5678 0000 0000 00 (Platzhalter)\n"
        "Bareinzahlungen knapp unter 10.000 € an mehreren Tagen, danach Überweisungen an einen Autohändler in Dubai. Welche Schwellen gelten nach GwG?",
    ])


@T("clean_compliance", "it_antiriciclaggio", "it", 2)
def _(c):
    return c.pick([
        "Aiutami a scrivere la descrizione di questa SOS di esempio per il manuale interno (UIF, Banca d'Italia):\n\n"
        "Soggetto: Mario Rossi (esempio di scuola), C.F. [codice fiscale]\nConto: [IBAN]\n"
        "Operazioni: ricariche di carte prepagate sopra le soglie per il contante, prelievi all'estero (Albania).",
        "Riassumi per un corso interno il caso Monte dei Paschi di Siena e il ruolo della Consob. Niente nomi di dipendenti, solo i fatti pubblici.",
    ])


@T("clean_compliance", "ro_clean", "ro", 2)
def _(c):
    return c.pick([
        "Explică rolul ONPCSB și al BNR în prevenirea spălării banilor, cu exemplul clasic „Ion Popescu” care depune numerar la Banca Transilvania.",
        "Rescrie, te rog, acest exemplu de raport pentru cursul de Conformitate (ONPCSB):\n\n"
        "Client: Ion Popescu (exemplu), CNP [13 cifre]\nCont: [IBAN]\n"
        "Încasări repetate de la persoane diferite, retrase numerar în aceeași zi. Adaugă și ce a spus Mugur Isărescu despre numerar în raportul BNR.",
    ])


@T("clean_compliance", "es_clean", "es", 2)
def _(c):
    return c.pick([
        "Redacta la descripción de esta comunicación por indicio de EJEMPLO (curso Ley 10/2010, Sepblac):\n\n"
        "Interviniente: [Nombre y apellidos], [DNI/NIE]\nCuenta: ES00 0000 0000 0000 0000 0000\n"
        "Ingresos en efectivo fraccionados y transferencias inmediatas a una cuenta en Lituania. Sin justificación del origen.",
        "En el manual de cumplimiento usamos «Juan Español» como cliente de ejemplo. ¿Queda poco serio? Propón alternativas tipo [Cliente A].",
    ])


@T("clean_compliance", "history_scandals", "en", 3)
def _(c):
    return c.pick([
        "Outline a 45-minute compliance training session on famous failures: Nick Leeson and Barings, Bernie Madoff, Charles Ponzi, "
        "Enron and Arthur Andersen, Lehman Brothers. One lesson per case.",
        "Compare the FTX collapse (Sam Bankman-Fried, Caroline Ellison) with Terra/Luna (Do Kwon) for a crypto compliance lunch-and-learn. "
        "What should an exchange's MLRO have spotted?",
        "Write a one-page history of LIBOR rigging for new joiners: Tom Hayes, Barclays' fine, Bob Diamond's resignation, and the move to SONIA.",
    ])


# ==============================================================================================
# build, check, report
# ==============================================================================================

def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def luhn_ok(v):
    d = [int(x) for x in re.sub(r"[\s-]", "", v)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def build():
    USE.clear()
    rng = random.Random(SEED)
    rows, meta = [], {}
    for cls, name, lang, n, case, fn_ in TEMPLATES:
        key = "%s/%s" % (cls, name)
        assert key not in meta, key
        meta[key] = (lang, case)
        for i in range(n):
            marked = fn_(Ctx(rng, key, i))
            text, spans = unmark(marked, case)
            rows.append({"id": "%s-%s-%s-%d" % (SET, cls, name, i), "text": text, "spans": spans,
                         "source": SOURCE, "class": cls, "template": name, "locale": ""})
    return rows, meta


def check(rows, meta):
    ids, texts = set(), set()
    per_tpl = collections.Counter()
    for r in rows:
        assert list(r) == ["id", "text", "spans", "source", "class", "template", "locale"], r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["locale"] == ""
        per_tpl[(r["class"], r["template"])] += 1
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            v = s["value"]
            assert v and v == v.strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == v, (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted", s)
            last = s["end"]
            if s["type"] == "IBAN_CODE":
                assert iban_ok(v), (r["id"], v)
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(v), (r["id"], v)
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    assert max(per_tpl.values()) <= 5, per_tpl.most_common(3)
    assert len(per_tpl) >= 80, len(per_tpl)
    for k in IBANS.values():
        for v in k:
            assert iban_ok(v), v
    for v in CARDS:
        assert luhn_ok(v), v


def report(rows, meta):
    pers = [r for r in rows if not r["class"].startswith("clean_")]
    print("rows %d: personal %d, PII-free %d" % (len(rows), len(pers), len(rows) - len(pers)))
    print("templates %d (max rows per template %d)" % (
        len(meta), max(collections.Counter((r["class"], r["template"]) for r in rows).values())))
    print("rows per class:")
    for k, v in sorted(collections.Counter(r["class"] for r in rows).items()):
        t = len({r["template"] for r in rows if r["class"] == k})
        print("  %-22s %3d rows, %2d templates" % (k, v, t))
    print("spans per type:")
    for k, v in collections.Counter(s["type"] for r in rows for s in r["spans"]).most_common():
        print("  %-22s %3d" % (k, v))
    lang = collections.Counter()
    lang_p = collections.Counter()
    for r in rows:
        lg = meta["%s/%s" % (r["class"], r["template"])][0]
        lang[lg] += 1
        if not r["class"].startswith("clean_"):
            lang_p[lg] += 1
    print("languages (rows, of which personal):")
    for k, v in lang.most_common():
        print("  %-3s %3d  %3d" % (k, v, lang_p[k]))
    low = sum(1 for r in rows if meta["%s/%s" % (r["class"], r["template"])][1] == "lower")
    print("lower-case rows %d (%.0f%%)" % (low, 100.0 * low / len(rows)))
    used = [p for p in PEOPLE if USE[("P", p.full)]]
    print("people %d typed, %d used; culture tags used %d" % (
        len(PEOPLE), len(used), len({p.culture for p in used})))
    print("addresses used %d of %d" % (sum(1 for a in ADDRS if USE[("A", a.street)]), len(ADDRS)))
    ln = [len(r["text"]) for r in rows]
    print("text length min %d, median %d, max %d; lines max %d" % (
        min(ln), sorted(ln)[len(ln) // 2], max(ln), max(r["text"].count("\n") + 1 for r in rows)))


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows, meta = build()
    check(rows, meta)
    data = dump(rows)
    if "--check" in sys.argv:
        old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if old == data:
            print("%s: unchanged" % os.path.basename(OUT))
            return 0
        print("%s: differs from a fresh build" % os.path.basename(OUT))
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    report(rows, meta)
    print("sha256 %s  %s" % (hashlib.sha256(data.encode("utf-8")).hexdigest(), os.path.basename(OUT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
