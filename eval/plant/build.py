"""plant: a hand-written labelled holdout set of prompts from factories, warehouses, farms and
field operations (plant managers, shift leads, maintenance, quality and safety, agency and seasonal
HR, growers, co-ops and grain traders, livestock vets, QC labs, fleet dispatch).

Standard library only, fixed SEED, deterministic. Every name, street, town, phone, ID number,
IBAN, card number and date below was typed by hand; e-mail local parts and logins are derived in
code from the hand-typed names.

    python3 build.py            # writes holdout.jsonl, prints counts
    python3 build.py --check    # rebuilds in memory and compares with holdout.jsonl on disk
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

SEED = 5311
SET = "plant"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = "eval/plant/build.py"

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)
BRACE = re.compile(r"\{([^{}]+)\}")


# ---------------------------------------------------------------- markers


def mk(kind, value):
    """A labelled value: ⟦TYPE|value⟧."""
    assert kind in TYPES, kind
    assert value and value == value.strip(), repr(value)
    return f"⟦{kind}|{value}⟧"


def LOC(v):
    return mk("LOCATION", v)


def PH(v):
    return mk("PHONE_NUMBER", v)


def NID(v):
    return mk("NATIONAL_ID", v)


def IBAN(v):
    return mk("IBAN_CODE", v)


def DOB(v):
    return mk("DATE_OF_BIRTH", v)


def CARD(v):
    return mk("CREDIT_CARD", v)


def SSN(v):
    return mk("US_SSN", v)


def MRN(v):
    return mk("MEDICAL_RECORD_NUMBER", v)


def IP(v):
    return mk("IP_ADDRESS", v)


def braces(s):
    """Hand-typed address text: every {part} becomes a LOCATION span."""
    return BRACE.sub(lambda mo: LOC(mo.group(1)), s)


def cased(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Turn ⟦TYPE|value⟧ markers into plain text and spans; a lower-case or CAPITALS row is
    cased piece by piece so that offsets stay right (ß -> SS)."""
    out, spans, pos, off = [], [], 0, 0
    for mo in MARK.finditer(marked):
        lit = cased(marked[pos:mo.start()], case)
        out.append(lit)
        off += len(lit)
        val = cased(mo.group(2), case)
        spans.append({"start": off, "end": off + len(val), "type": mo.group(1), "value": val})
        out.append(val)
        off += len(val)
        pos = mo.end()
    out.append(cased(marked[pos:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    assert "{" not in "".join(s["value"] for s in spans), spans
    return text, spans


FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss",
                      "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "'": "", "’": ""})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


# ---------------------------------------------------------------- people (typed by hand)


class Person:
    def __init__(self, given, family, sex, cc, culture, full=None, lat=None, dob=None, nid=None,
                 iban=None):
        self.given, self.family, self.sex, self.cc, self.culture = given, family, sex, cc, culture
        self.full = full or f"{given} {family}"
        self.lat = lat or (given, family)  # Latin spelling for e-mails and logins
        self.dob, self.nid, self.iban = dob, nid, iban

    # name forms, each one PERSON span
    @property
    def n(self):
        return mk("PERSON", self.full)

    @property
    def g(self):
        return mk("PERSON", self.given)

    @property
    def f(self):
        return mk("PERSON", self.family)

    @property
    def fu(self):
        return mk("PERSON", self.family.upper())

    @property
    def comma(self):
        """`Family, Given` in a register: two spans."""
        return f"{self.f}, {self.g}"

    @property
    def reg(self):
        """`FAMILY Given` as on forms and badge lists: two spans."""
        return f"{self.fu} {self.g}"

    @property
    def he(self):
        return "she" if self.sex == "f" else "he"

    @property
    def his(self):
        return "her" if self.sex == "f" else "his"

    @property
    def him(self):
        return "her" if self.sex == "f" else "him"

    @property
    def sig(self):
        g, fam = self.lat
        return slug(g.split()[0]), slug(fam.split()[-1])


def P(*a, **kw):
    return Person(*a, **kw)


PEOPLE = [
    # Polish
    P("Małgorzata", "Wróbel", "f", "pl", "Polish", dob=(1976, 5, 28), nid=("PESEL", "76052817363")),
    P("Krzysztof", "Kowalczyk", "m", "pl", "Polish", dob=(1991, 7, 14), nid=("PESEL", "91071402837")),
    P("Agnieszka", "Zając", "f", "pl", "Polish"),
    P("Tomasz", "Dąbrowski", "m", "pl", "Polish", dob=(1987, 2, 3), nid=("PESEL", "87020319570")),
    P("Kamil", "Jędrzejczak", "m", "pl", "Polish", dob=(2001, 11, 22), nid=("PESEL", "01312206258")),
    # Romanian, Moldovan
    P("Ionuț", "Popescu", "m", "ro", "Romanian", dob=(1989, 6, 12), nid=("CNP", "1890612013678")),
    P("Mădălina", "Stoica", "f", "ro", "Romanian", dob=(1994, 11, 23), nid=("CNP", "2941123320954")),
    P("Florin", "Bălan", "m", "ro", "Romanian"),
    P("Alina", "Dumitrescu", "f", "ro", "Romanian"),
    P("Vasile", "Rusu", "m", "md", "Moldovan"),
    # Bulgarian
    P("Stoyan", "Petkov", "m", "bg", "Bulgarian", dob=(1985, 4, 12), nid=("EGN", "8504126746")),
    P("Desislava", "Ivanova", "f", "bg", "Bulgarian", dob=(1991, 9, 23), nid=("EGN", "9109234015")),
    P("Гергана", "Димитрова", "f", "bg-cyr", "Bulgarian", lat=("Gergana", "Dimitrova")),
    P("Николай", "Стоянов", "m", "bg-cyr", "Bulgarian", lat=("Nikolay", "Stoyanov")),
    P("Петя", "Колева", "f", "bg-cyr", "Bulgarian", lat=("Petya", "Koleva")),
    P("Христо", "Ангелов", "m", "bg-cyr", "Bulgarian (Rhodope)", lat=("Hristo", "Angelov")),
    # Baltic
    P("Rūta", "Kazlauskienė", "f", "lt", "Lithuanian", dob=(1988, 3, 12), nid=("asmens kodas", "48803120416")),
    P("Mindaugas", "Jankauskas", "m", "lt", "Lithuanian", dob=(1990, 11, 15), nid=("asmens kodas", "39011150822")),
    P("Jānis", "Ozoliņš", "m", "lv", "Latvian"),
    P("Ilze", "Bērziņa", "f", "lv", "Latvian"),
    P("Kaja", "Põld", "f", "ee", "Estonian"),
    # Ukrainian
    P("Oksana", "Melnyk", "f", "ua", "Ukrainian", nid=("passport", "FE418203")),
    P("Taras", "Bondarenko", "m", "ua", "Ukrainian"),
    P("Олександр", "Кравчук", "m", "ua-cyr", "Ukrainian", lat=("Oleksandr", "Kravchuk")),
    P("Наталія", "Шевчук", "f", "ua-cyr", "Ukrainian", lat=("Nataliia", "Shevchuk")),
    # Central Asia, Caucasus, Mongolia
    P("Aibek", "Toktogulov", "m", "kg", "Kyrgyz", nid=("passport", "AC3918207")),
    P("Nurgul", "Asanova", "f", "kg", "Kyrgyz"),
    P("Dilshod", "Karimov", "m", "uz", "Uzbek"),
    P("Farrukh", "Rahimov", "m", "tj", "Tajik"),
    P("Aigerim", "Seitkali", "f", "kz", "Kazakh"),
    P("Batbayar", "Ganbold", "m", "mn", "Mongolian"),
    P("Nino", "Beridze", "f", "ge", "Georgian"),
    P("Armen", "Hakobyan", "m", "am", "Armenian"),
    # Nepal, South Asia
    P("Pasang", "Sherpa", "m", "np", "Nepali (Sherpa)", nid=("passport", "PA0917342")),
    P("Sita", "Gurung", "f", "np", "Nepali (Gurung)"),
    P("Bikash", "Thapa Magar", "m", "np", "Nepali (Magar)"),
    P("Harpreet", "Sandhu", "f", "in", "Punjabi", full="Harpreet Kaur Sandhu"),
    P("Gurdeep", "Gill", "m", "in", "Punjabi", full="Gurdeep Singh Gill"),
    P("Ramesh", "Yadav", "m", "in", "Hindi", nid=("Aadhaar", "4718 2093 6651")),
    P("Anju", "Thomas", "f", "in", "Malayali"),
    P("Karthik", "Subramanian", "m", "in", "Tamil"),
    P("Imran", "Qureshi", "m", "pk", "Pakistani (Urdu)"),
    P("Rafiqul", "Islam", "m", "bd", "Bangladeshi"),
    P("Chaminda", "Wijesinghe", "m", "lk", "Sinhala"),
    # South-East and East Asia
    P("Wahyu", "Prasetyo", "m", "id", "Javanese", nid=("passport", "C4918305")),
    P("Rina", "Sari", "f", "id", "Indonesian", full="Rina Kartika Sari"),
    P("Maricel", "dela Cruz", "f", "ph", "Filipino", nid=("passport", "P3852017A")),
    P("Jomar", "Villanueva", "m", "ph", "Filipino"),
    P("Hằng", "Nguyễn", "f", "vn", "Vietnamese", full="Nguyễn Thị Hằng"),
    P("Phúc", "Trần", "m", "vn", "Vietnamese", full="Trần Văn Phúc"),
    P("Tuấn", "Lê", "m", "vn", "Vietnamese", full="Lê Minh Tuấn"),
    P("Somchai", "Kaewprasert", "m", "th", "Thai"),
    P("Nattaya", "Srisuk", "f", "th", "Thai"),
    P("Anong", "Phromma", "f", "th", "Thai (Isan)"),
    P("Sokha", "Chea", "f", "kh", "Khmer", full="Chea Sokha"),
    P("Aisyah", "Kamal", "f", "my", "Malay", full="Nur Aisyah binti Kamal"),
    P("Hafiz", "Rosli", "m", "my", "Malay", full="Hafiz bin Rosli"),
    P("Lei", "Wang", "m", "cn", "Chinese", full="Wang Lei"),
    P("Xiaomei", "Chen", "f", "cn", "Chinese", full="Chen Xiaomei"),
    P("Ji-hoon", "Park", "m", "kr", "Korean", full="Park Ji-hoon"),
    P("Kenji", "Sato", "m", "jp", "Japanese"),
    # Latin America, Caribbean
    P("Juan Carlos", "Hernández Ríos", "m", "mx", "Mexican", dob=(1987, 3, 14), nid=("CURP", "HERJ870314HMNRSN04")),
    P("Guadalupe", "Mendoza Cruz", "f", "mx", "Mexican", nid=("SSN", "587-20-9143")),
    P("Rigoberto", "Salgado", "m", "mx", "Mexican", nid=("SSN", "524-71-3386")),
    P("Ixchel", "Batz", "f", "gt", "Guatemalan (K'iche')"),
    P("Domingo", "Xiloj", "m", "gt", "Guatemalan (K'iche')", nid=("SSN", "611-08-4472")),
    P("Delroy", "Campbell", "m", "jm", "Jamaican"),
    P("Shanice", "Grant", "f", "jm", "Jamaican"),
    P("Wilner", "Pierre-Louis", "m", "ht", "Haitian"),
    P("Martín", "Gutiérrez", "m", "ar", "Argentine"),
    P("Camila", "Fuentes Rojas", "f", "cl", "Chilean"),
    P("Yolanda", "Quispe Mamani", "f", "pe", "Peruvian (Quechua)"),
    P("Ana Paula", "dos Santos", "f", "br", "Brazilian", nid=("CPF", "318.057.269-86")),
    P("Cleiton", "Schmitz", "m", "br", "Brazilian (gaúcho)", nid=("CPF", "093.447.120-77")),
    P("Josué", "Pereira Lima", "m", "br", "Brazilian", nid=("CPF", "275.190.648-67")),
    # Africa
    P("Moussa", "Diop", "m", "sn", "Senegalese (Wolof)"),
    P("Awa", "Ndiaye", "f", "sn", "Senegalese (Wolof)"),
    P("Fatima Zahra", "El Amrani", "f", "ma", "Moroccan", nid=("NIE", "Y2730559J")),
    P("Youssef", "Benali", "m", "ma", "Moroccan", nid=("NIE", "X8812049J")),
    P("Itto", "Ait Lahcen", "f", "ma", "Amazigh"),
    P("Walid", "Jebali", "m", "tn", "Tunisian"),
    P("Adebayo", "Ogunleye", "m", "ng", "Yoruba"),
    P("Chiamaka", "Okafor", "f", "ng", "Igbo"),
    P("Aminu", "Bello", "m", "ng", "Hausa"),
    P("Kwabena", "Asante", "m", "gh", "Akan"),
    P("Efua", "Mensah", "f", "gh", "Fante"),
    P("Wanjiru", "Kamau", "f", "ke", "Kikuyu", nid=("ID", "28473916")),
    P("Kiprono", "Cheruiyot", "m", "ke", "Kalenjin", nid=("ID", "31904725")),
    P("Achieng", "Otieno", "f", "ke", "Luo"),
    P("Tsehay", "Bekele", "f", "et", "Amharic"),
    P("Yonas", "Tesfamariam", "m", "er", "Tigrinya"),
    P("Sipho", "Dlamini", "m", "za", "Zulu", dob=(1985, 7, 12), nid=("ID", "8507125182085")),
    P("Nomvula", "Gqirana", "f", "za", "Xhosa", dob=(1992, 3, 4), nid=("ID", "9203040797087")),
    P("Riaan", "du Plessis", "m", "za", "Afrikaans"),
    P("Annelie", "van Wyk", "f", "za", "Afrikaans"),
    P("Tendai", "Moyo", "m", "zw", "Shona"),
    P("Palesa", "Mokoena", "f", "ls", "Sesotho"),
    P("Abubakar", "Osman", "m", "sd", "Sudanese"),
    P("Hodan", "Warsame", "f", "so", "Somali"),
    # Middle East
    P("Emine", "Çiftçi", "f", "tr", "Turkish", nid=("TC", "31805729094")),
    P("Mehmet Ali", "Demir", "m", "tr", "Turkish", nid=("TC", "27301944864")),
    P("Rojda", "Aydın", "f", "tr", "Kurdish"),
    P("Hüseyin", "Kaya", "m", "tr", "Turkish"),
    P("Khaled", "Al-Hamwi", "m", "sy", "Syrian"),
    P("Mahmoud", "Abdelrahman", "m", "eg", "Egyptian"),
    P("Zahra", "Ahmadi", "f", "ir", "Persian"),
    P("Gulalai", "Wardak", "f", "af", "Pashtun"),
    # German-speaking, Low Countries, Nordics
    P("Jürgen", "Bauer", "m", "de", "German"),
    P("Sabine", "Schäfer", "f", "de", "German"),
    P("Korbinian", "Huber", "m", "de", "Bavarian"),
    P("Heike", "Brandt", "f", "de", "German (North)"),
    P("Leopold", "Gruber", "m", "at", "Austrian"),
    P("Reto", "Zürcher", "m", "ch", "Swiss German"),
    P("Gerrit", "de Boer", "m", "nl", "Dutch", nid=("BSN", "237058194")),
    P("Marieke", "van den Berg", "f", "nl", "Dutch", nid=("BSN", "170933416")),
    P("Sjoerd", "Hoekstra", "m", "nl", "Frisian"),
    P("Wouter", "Vermeulen", "m", "be", "Flemish"),
    P("Søren", "Kjærsgaard", "m", "dk", "Danish"),
    P("Mette", "Østergaard", "f", "dk", "Danish"),
    P("Åsa", "Lindqvist", "f", "se", "Swedish", dob=(1989, 6, 11), nid=("personnummer", "890611-4189")),
    P("Máret", "Sara", "f", "se", "Sámi"),
    P("Øyvind", "Haugland", "m", "no", "Norwegian", dob=(1991, 9, 24), nid=("fødselsnummer", "24099113355")),
    P("Ingrid", "Bakke", "f", "no", "Norwegian"),
    P("Jukka", "Mäkinen", "m", "fi", "Finnish", dob=(1987, 3, 14), nid=("HETU", "140387-417B")),
    P("Aino", "Heikkilä", "f", "fi", "Finnish", dob=(1995, 7, 3), nid=("HETU", "030795-228E")),
    # Central and South-East Europe
    P("Zdeněk", "Sedlák", "m", "cz", "Czech", dob=(1989, 4, 17), nid=("rodné číslo", "890417/4125")),
    P("Lenka", "Novotná", "f", "cz", "Czech", dob=(1985, 2, 3), nid=("rodné číslo", "855203/1191")),
    P("Marek", "Kováč", "m", "sk", "Slovak"),
    P("Zoltán", "Nagy", "m", "hu", "Hungarian", full="Nagy Zoltán"),
    P("Erzsébet", "Szűcs", "f", "hu", "Hungarian", full="Szűcs Erzsébet"),
    P("Bence", "Tóth", "m", "hu", "Hungarian", full="Tóth Bence"),
    P("Ivana", "Kovačević", "f", "hr", "Croatian"),
    P("Dragan", "Jovanović", "m", "rs", "Serbian"),
    P("Emir", "Hadžić", "m", "ba", "Bosnian"),
    P("Arben", "Hoxha", "m", "al", "Albanian"),
    P("Giorgos", "Papadakis", "m", "gr", "Greek (Cretan)"),
    P("Eleni", "Kostopoulou", "f", "gr", "Greek"),
    P("Γιάννης", "Μαυρίδης", "m", "el-gr", "Greek (Pontic)", lat=("Giannis", "Mavridis")),
    P("Μαρία", "Τσακίρη", "f", "el-gr", "Greek", lat=("Maria", "Tsakiri")),
    # Southern and Western Europe
    P("Salvatore", "Russo", "m", "it", "Sicilian"),
    P("Chiara", "Bianchi", "f", "it", "Italian"),
    P("Gavino", "Piras", "m", "it", "Sardinian"),
    P("Manuel", "Jiménez Ortega", "m", "es", "Andalusian", nid=("DNI", "48219377S")),
    P("Rocío", "Fernández Gil", "f", "es", "Spanish", nid=("DNI", "75883012D")),
    P("Jordi", "Casals Vidal", "m", "es", "Catalan"),
    P("Iñaki", "Etxeberria", "m", "es", "Basque"),
    P("Xoán", "Outeiro", "m", "es", "Galician"),
    P("Joaquim", "Ferreira da Costa", "m", "pt", "Portuguese", nid=("NIF", "257306188")),
    P("Maria do Céu", "Pinto", "f", "pt", "Portuguese", nid=("NIF", "219833044")),
    P("Thierry", "Lefebvre", "m", "fr", "French", dob=(1988, 3, 12), nid=("NIR", "1 88 03 51 204 117 03")),
    P("Gwenaëlle", "Le Goff", "f", "fr", "Breton", dob=(1992, 6, 5), nid=("NIR", "2 92 06 29 019 043 09")),
    P("Nadège", "Roussel", "f", "fr", "French"),
    P("Aurélien", "Chevallier", "m", "fr", "French (Auvergne)"),
    P("Solène", "Marchand-Bouvier", "f", "fr", "French"),
    P("Mathieu", "Gagnon", "m", "qc", "Québécois"),
    P("Aoife", "Ní Dhonnchadha", "f", "ie", "Irish"),
    P("Pádraig", "Ó Súilleabháin", "m", "ie", "Irish"),
    P("Hamish", "MacPherson", "m", "gb", "Scottish", nid=("NINO", "JT 48 21 93 B")),
    P("Gethin", "Pritchard", "m", "gb", "Welsh"),
    P("Eirlys", "Pugh", "f", "gb", "Welsh"),
    P("Daisy", "Shepherd", "f", "gb", "English", nid=("NINO", "SX 70 35 61 A")),
    P("Grant", "Miller", "m", "gb", "English", dob=(1986, 11, 7), nid=("licence", "MILLE811076G99AB")),
    P("Hope", "Fielding", "f", "gb", "English"),
    P("Bill", "Carter", "m", "gb", "English", nid=("NINO", "PW 62 18 47 D")),
    # North America, Oceania
    P("Cody", "Wheeler", "m", "us", "US (Midwest)"),
    P("Tammy Lynn", "Hobbs", "f", "us", "US (South)"),
    P("Brody", "McAllister", "m", "ca", "Canadian"),
    P("Shane", "Kerrigan", "m", "au", "Australian"),
    P("Aroha", "Ngata", "f", "nz", "Māori"),
    P("Sione", "Faleolo", "m", "ws", "Samoan"),
    P("Mele", "Taufa", "f", "to", "Tongan"),
    P("Josefa", "Naivalu", "m", "fj", "Fijian"),
]

MAILDOMAINS = {
    "pl": ["wp.pl", "o2.pl", "interia.pl"], "ro": ["yahoo.ro", "gmail.com"], "md": ["mail.md"],
    "bg": ["abv.bg", "mail.bg"], "bg-cyr": ["abv.bg"], "lt": ["one.lt", "gmail.com"],
    "lv": ["inbox.lv"], "ee": ["hot.ee"], "ua": ["ukr.net", "i.ua"], "ua-cyr": ["ukr.net"],
    "kg": ["mail.kg", "gmail.com"], "uz": ["gmail.com"], "tj": ["mail.tj"], "kz": ["mail.kz"],
    "mn": ["gmail.com"], "ge": ["gmail.com"], "am": ["yandex.com"], "np": ["gmail.com"],
    "in": ["rediffmail.com", "gmail.com"], "pk": ["hotmail.com"], "bd": ["yahoo.com"],
    "lk": ["sltnet.lk"], "id": ["yahoo.co.id", "gmail.com"], "ph": ["yahoo.com.ph"],
    "vn": ["gmail.com"], "th": ["hotmail.co.th"], "kh": ["gmail.com"], "my": ["yahoo.com.my"],
    "cn": ["163.com", "qq.com"], "kr": ["naver.com"], "jp": ["docomo.ne.jp"],
    "mx": ["hotmail.com", "yahoo.com.mx"], "gt": ["gmail.com"], "jm": ["yahoo.com"],
    "ht": ["gmail.com"], "ar": ["fibertel.com.ar"], "cl": ["gmail.com"], "pe": ["hotmail.com"],
    "br": ["uol.com.br", "terra.com.br", "bol.com.br"], "sn": ["orange.sn"], "ma": ["menara.ma", "gmail.com"],
    "tn": ["topnet.tn"], "ng": ["yahoo.com", "gmail.com"], "gh": ["gmail.com"], "ke": ["gmail.com"],
    "et": ["ethionet.et"], "er": ["gmail.com"], "za": ["webmail.co.za", "mweb.co.za"], "sd": ["gmail.com"],
    "so": ["hotmail.com"], "zw": ["gmail.com"], "ls": ["gmail.com"], "tr": ["hotmail.com", "yandex.com.tr"], "sy": ["gmail.com"], "eg": ["yahoo.com"],
    "ir": ["gmail.com"], "af": ["gmail.com"], "de": ["gmx.de", "web.de", "t-online.de"],
    "at": ["aon.at"], "ch": ["bluewin.ch"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "be": ["telenet.be", "skynet.be"], "dk": ["mail.dk", "jubii.dk"], "se": ["telia.com", "live.se"],
    "no": ["online.no"], "fi": ["luukku.com", "elisanet.fi"], "cz": ["seznam.cz", "centrum.cz"],
    "sk": ["azet.sk"], "hu": ["freemail.hu", "citromail.hu"], "hr": ["net.hr"], "rs": ["eunet.rs"],
    "ba": ["bih.net.ba"], "al": ["gmail.com"], "gr": ["otenet.gr", "yahoo.gr"], "el-gr": ["otenet.gr"],
    "it": ["libero.it", "alice.it", "virgilio.it"], "es": ["hotmail.es", "telefonica.net"],
    "pt": ["sapo.pt", "netcabo.pt"], "fr": ["orange.fr", "wanadoo.fr", "free.fr"], "qc": ["videotron.ca"],
    "ie": ["eircom.net"], "gb": ["btinternet.com", "yahoo.co.uk", "hotmail.co.uk"],
    "us": ["aol.com", "yahoo.com"], "ca": ["sympatico.ca"], "au": ["bigpond.com"], "nz": ["xtra.co.nz"],
    "ws": ["gmail.com"], "to": ["gmail.com"], "fj": ["connect.com.fj"],
}

# Home addresses in their country's layout, real small towns; every {part} is a LOCATION span.
# (country, text with \n between lines, home town)
ADDRESSES = [
    ("gb", "{12 Orchard Close}\n{Pershore}\n{WR10 1QP}", "Pershore"),
    ("gb", "{Flat 2}, {41 Station Road}\n{Wisbech}\n{PE13 2JE}", "Wisbech"),
    ("gb", "{Caravan 7}, {Lower Hope Farm}\n{Ullingswick}\n{HR1 3JF}", "Ullingswick"),
    ("gb", "{4 Kirk Wynd}\n{Blairgowrie}\n{PH10 6EU}", "Blairgowrie"),
    ("gb", "{Tŷ Gwyn}, {Heol y Bryn}\n{Llanybydder}\n{SA40 9QE}", "Llanybydder"),
    ("gb", "{27 Moy Road}\n{Dungannon}\n{BT71 7DX}", "Dungannon"),
    ("gb", "{Unit 3}, {Sandfield Mobile Home Park}\n{Boston}\n{PE21 7TH}", "Boston"),
    ("gb", "{9 Tenter Lane}\n{Holbeach}\n{PE12 7JQ}", "Holbeach"),
    ("gbf", "{Higher Trewen Farm}\n{St Tudy}\n{PL30 3NU}", "St Tudy"),
    ("gbf", "{Moorside Farm}, {Hutton-le-Hole}\n{York}\n{YO62 6UA}", "Hutton-le-Hole"),
    ("gbf", "{Glebe Farm}, {Church Lane}\n{Swineshead}\n{PE20 3JA}", "Swineshead"),
    ("gbf", "{Pen-y-Bryn}\n{Llanfair Caereinion}\n{SY21 0BL}", "Llanfair Caereinion"),
    ("de", "{Lindenweg 9}\n{97340} {Marktbreit}", "Marktbreit"),
    ("de", "{Am Mühlbach 3a}\n{84367} {Tann}", "Tann"),
    ("de", "{Dorfstraße 22}\n{17398} {Ducherow}", "Ducherow"),
    ("de", "{Spargelhof 4}\n{29308} {Winsen (Aller)}", "Winsen (Aller)"),
    ("nl", "{Zuidweg 12}\n{4413 NM} {Krabbendijke}", "Krabbendijke"),
    ("nl", "{Kerkstraat 5}\n{9285 TB} {Buitenpost}", "Buitenpost"),
    ("nl", "{Westlandseweg 188}\n{2291 PJ} {Wateringen}", "Wateringen"),
    ("be", "{Kasteelstraat 18}\n{8870} {Izegem}", "Izegem"),
    ("pl", "{ul. Sadowa 3}\n{05-600} {Grójec}", "Grójec"),
    ("pl", "{ul. Polna 7 m. 2}\n{21-560} {Międzyrzec Podlaski}", "Międzyrzec Podlaski"),
    ("ro", "{Str. Principală nr. 112}, {com. Ciugud}, {jud. Alba}, {517240}", "Ciugud"),
    ("ro", "{Str. Morii nr. 14}, {Vadu Izei}, {jud. Maramureș}, {437365}", "Vadu Izei"),
    ("bg", "{ул. „Васил Левски“ 17}, {гр. Елена}, {5070}", "Елена"),
    ("bg", "{ul. Rakovski 41}, {Kostenets} {2030}", "Kostenets"),
    ("lt", "{Sodų g. 4}, {Anykščiai}, {LT-29136}", "Anykščiai"),
    ("ua", "{вул. Шевченка, 21}, {смт Диканька}, {Полтавська обл.}, {38500}", "Диканька"),
    ("ua", "{вул. Миру, 5}, {с. Великі Сорочинці}, {Миргородський р-н}, {Полтавська обл.}", "Великі Сорочинці"),
    ("fr", "{12 chemin des Vignes}\n{51160} {Hautvillers}", "Hautvillers"),
    ("fr", "{Lieu-dit La Borie}\n{46160} {Cajarc}", "Cajarc"),
    ("fr", "{3 impasse des Hortensias}\n{29250} {Saint-Pol-de-Léon}", "Saint-Pol-de-Léon"),
    ("es", "{C/ Real, 45}, {2º B}\n{21800} {Moguer} ({Huelva})", "Moguer"),
    ("es", "{Paraje Los Llanos, 9}\n{04738} {Puebla de Vícar} ({Almería})", "Puebla de Vícar"),
    ("es", "{Carrer Major, 6}\n{25300} {Tàrrega} ({Lleida})", "Tàrrega"),
    ("pt", "{Rua da Igreja, 27}\n{2550-104} {Cadaval}", "Cadaval"),
    ("pt", "{Rua 25 de Abril, 112}, {1.º Esq.}\n{7630-174} {São Teotónio}", "São Teotónio"),
    ("it", "{Contrada Pantano 9}\n{97019} {Vittoria} ({RG})", "Vittoria"),
    ("it", "{Via dei Mille 3}\n{12051} {Alba} ({CN})", "Alba"),
    ("it", "{Via Nazionale 41}\n{39040} {Termeno} ({BZ})", "Termeno"),
    ("gr", "{Eleftherias 14}, {Moires} {704 00}, {Crete}", "Moires"),
    ("gr-el", "{Οδός Κομνηνών 8}, {Νάουσα} {592 00}", "Νάουσα"),
    ("gr-el", "{Αγίου Νικολάου 23}, {Σιάτιστα} {503 00}", "Σιάτιστα"),
    ("hu", "{6120} {Kiskunmajsa}, {Petőfi Sándor utca 12.}", "Kiskunmajsa"),
    ("hu", "{2300} {Ráckeve}, {Kossuth Lajos utca 41.}", "Ráckeve"),
    ("cz", "{Husova 318}\n{675 71} {Náměšť nad Oslavou}", "Náměšť nad Oslavou"),
    ("cz", "{Nádražní 77}\n{687 71} {Bojkovice}", "Bojkovice"),
    ("dk", "{Vestergade 14}\n{6950} {Ringkøbing}", "Ringkøbing"),
    ("se", "{Storgatan 7}\n{386 30} {Färjestaden}", "Färjestaden"),
    ("se", "{Kyrkvägen 3}\n{668 30} {Ed}", "Ed"),
    ("no", "{Bøgata 11}\n{3800} {Bø i Telemark}", "Bø i Telemark"),
    ("fi", "{Iisvedentie 9}\n{77600} {Suonenjoki}", "Suonenjoki"),
    ("us", "{1184 County Road 27}\n{Immokalee}, {FL} {34142}", "Immokalee"),
    ("us", "{408 W 3rd St}\n{Othello}, {WA} {99344}", "Othello"),
    ("ca", "{221 Concession 4}\n{Simcoe}, {ON} {N3Y 4K3}", "Simcoe"),
    ("au", "{2 Mill Lane}\n{Stanthorpe} {QLD} {4380}", "Stanthorpe"),
    ("nz", "{34 Ruataniwha Street}\n{Waipukurau} {4200}", "Waipukurau"),
    ("ie", "{Gortnahoe}, {Thurles}, {Co. Tipperary}, {E41 X2Y7}", "Thurles"),
    ("mx", "{Calle Hidalgo 45}, {Col. Centro}, {59800} {Jacona de Plancarte}, {Mich.}", "Jacona de Plancarte"),
    ("mx", "{Av. Morelos 318}, {Barrio de San Juan}, {59750} {Tangancícuaro de Arista}, {Mich.}", "Tangancícuaro de Arista"),
    ("br", "{Rua Sete de Setembro, 412}, {Centro}, {Nova Petrópolis} - {RS}, {95150-000}", "Nova Petrópolis"),
    ("ar", "{Av. San Martín 1120}, {Tupungato}, {Mendoza} ({M5561})", "Tupungato"),
    ("ar", "{Establecimiento La Esperanza}, {Ruta Provincial 85 km 12}, {Coronel Suárez}, {Buenos Aires}", "Coronel Suárez"),
    ("ke", "{P.O. Box 214-20200}, {Kericho}", "Kericho"),
    ("ke", "{Plot 18}, {Kiratina village}, {Githunguri}", "Githunguri"),
    ("za", "{14 Kerk Street}, {Ceres}, {6835}", "Ceres"),
    ("tr", "{Yeni Mah. Fındık Sok. No:7}, {52300} {Ünye}/{Ordu}", "Ünye"),
    ("tr", "{Cumhuriyet Mah. 1203. Sok. No:4 D:2}, {52400} {Fatsa}/{Ordu}", "Fatsa"),
    ("in", "{H.No. 214, VPO Kotli}, {Distt. Kapurthala}, {Punjab} {144621}", "Kotli"),
    ("np", "{Ward No. 6}, {Besisahar}, {Lamjung}", "Besisahar"),
    ("ph", "{Purok 3}, {Brgy. San Isidro}, {Bongabon}, {Nueva Ecija}", "Bongabon"),
    ("id", "{Dusun Krajan RT 02/RW 05}, {Desa Sumberjo}, {Kec. Sanankulon}, {Blitar}", "Sumberjo"),
    ("vn", "{Thôn Phú Lộc}, {xã Hòa Tiến}, {huyện Hòa Vang}", "Hòa Tiến"),
    ("th", "{88 Moo 4}, {Tambon Na Kham}, {Amphoe Si Chiang Mai}, {Nong Khai} {43130}", "Si Chiang Mai"),
]

# National phones, written as each country writes them (no country code unless typed so).
PHONES = {
    "gb": ["07723 509816", "07981 220457", "07412 663 091", "07856 301 744", "01386 552914",
           "07507 938212", "+44 7394 617025", "07960 51 28 73", "01406 420 338", "07839-274-160"],
    "de": ["0151 28476193", "0170 4419283", "09332 4178", "0160 / 93 72 18 44", "+49 176 32058817", "05143 6629"],
    "nl": ["06-38471920", "0113 562 417", "06 1947 2836", "+31 6 2083 5519"],
    "be": ["0476 12 88 39", "0494/27.61.05"],
    "pl": ["604 275 318", "+48 512 903 448", "793-260-115", "0048 668 431 902", "881 07 45 36"],
    "ro": ["0742 318 905", "0723.441.086", "+40 755 902 613", "0766-208-417"],
    "md": ["+373 69 118 404", "069 287 315"],
    "bg": ["0888 519 307", "+359 87 603 1142", "0899 31 42 06"],
    "lt": ["8 612 40917", "+370 655 28041"],
    "lv": ["26 350 914"],
    "ee": ["5341 7260"],
    "ua": ["067 530 91 26", "+380 50 918 2241", "+380 97 336 08 14", "093 705 11 62"],
    "np": ["+977 984-1203377", "9806 512 440"],
    "kg": ["+996 555 730 284", "0700 93 18 27"],
    "uz": ["+998 90 273 05 61"],
    "kz": ["+7 701 615 3092"],
    "id": ["0812-3391-4470", "+62 857 2210 8834", "0878 5302 1196"],
    "ph": ["0917 205 6634", "+63 928 301 7754"],
    "vn": ["0903 118 472", "091 234 5678", "0986.203.551"],
    "th": ["081 560 2398", "08-9130-6652", "+66 86 725 1408"],
    "mx": ["443 275 0916", "+52 1 351 118 4409", "(351) 517 2863"],
    "gt": ["+502 5519 2837"],
    "jm": ["(876) 448-2019", "876-392-7715"],
    "sn": ["77 534 19 06"],
    "ma": ["06 61 42 88 03", "+212 6 70 31 95 24", "0655-219-840"],
    "ng": ["0803 562 0974", "0816 220 7713"],
    "gh": ["024 870 3152", "+233 55 209 3361"],
    "ke": ["0722 316 094", "0712 940 883", "+254 733 605 118"],
    "et": ["0911 63 05 27"],
    "za": ["082 603 1957", "071 228 4410", "+27 83 590 2176"],
    "in": ["98140 57206", "+91 94170 33821"],
    "tr": ["0532 607 35 91", "0 (542) 771 30 18", "0505 926 41 83"],
    "fr": ["06 12 47 88 30", "03 26 59 41 12", "07.81.23.64.09", "+33 6 45 90 27 13", "02 98 69 14 57"],
    "es": ["612 48 33 90", "959 37 22 14", "699 204 571", "+34 634 81 27 09"],
    "pt": ["912 447 308", "+351 963 205 771"],
    "it": ["338 906 2175", "0932 981 224", "347 205 6613", "+39 320 718 4402"],
    "gr": ["697 250 8836", "28920 22517", "694 301 7726"],
    "hu": ["06 30 925 1847", "+36 20 771 4408", "06-70/312-5567"],
    "cz": ["604 751 386", "+420 737 442 110", "731 902 655"],
    "sk": ["0905 673 214"],
    "dk": ["23 71 58 09", "40 17 62 95"],
    "se": ["070-362 85 17", "0485-339 12", "073 660 21 48"],
    "no": ["412 63 905", "918 44 207"],
    "fi": ["040 582 7314", "050 771 3044", "044-620 1873"],
    "us": ["(239) 842-7153", "509-488-1134", "(239) 657-3081"],
    "ca": ["(519) 426-8153", "519-909-2741"],
    "au": ["0412 538 906", "(07) 4681 3375", "0438 201 977"],
    "nz": ["021 539 206", "027 410 6735"],
    "ie": ["087 253 9610", "(0504) 51 229"],
    "br": ["(54) 99918-3067", "(51) 98442-1190", "54 9 9630-2287"],
    "ar": ["+54 9 2622 47-3105"],
    "cl": ["+56 9 7315 0642"],
    "pe": ["984 602 517"],
    "hr": ["091 532 7716"], "rs": ["064 207 3391"], "ba": ["061 784 025"], "al": ["069 310 5527"],
    "ge": ["+995 599 62 07 15"], "am": ["+374 91 537204"],
    "kr": ["010-7263-5518"], "cn": ["139 0571 2846"], "jp": ["090-3381-6047"], "mn": ["+976 9911 6730"],
    "ws": ["+685 77 20516"], "to": ["+676 87 93 614"], "fj": ["+679 927 3051"],
}

IBANS = {
    "de": ["DE13 7905 0000 0042 8173 56", "DE66760501010008833412", "DE51 4306 0967 0018 2293 04", "DE61 1203 0000 0010 5872 64"],
    "nl": ["NL35 RABO 0314 8920 77", "NL76INGB0006629184", "NL83 ABNA 0518 2733 64"],
    "be": ["BE48 0682 4187 9033"],
    "pl": ["PL03 1020 5561 0000 0039 6210 4773 06", "89 2411 4020 0400 0031 0258 4711 63", "PL63812490104400004200917764 52"],
    "ro": ["RO76 BTRL RONC RT05 2776 1903", "RO39RNCB0082093716540001", "RO66 INGB 0000 9999 0336 1258"],
    "bg": ["BG23 UNCR 7000 1522 7318 46", "BG14STSA93000026093517"],
    "lt": ["LT92 7300 0101 6039 2847", "LT85 4070 0440 4002 7713"],
    "lv": ["LV35 HABA 0551 0382 0681 4"],
    "fr": ["FR18 3000 4008 1900 0671 3952 841", "FR24 1027 8051 0000 0296 0815 357", "FR2817806004120005821937064"],
    "es": ["ES50 2100 0813 4502 0005 1332", "ES02 0182 2390 1002 0167 7405"],
    "pt": ["PT50 0035 0082 0000 6381 7299 3"],
    "it": ["IT14 X030 6909 6061 0000 0517 203"],
    "fi": ["FI75 4144 3012 0062 51"],
    "dk": ["DK46 3000 0019 3702 54"],
    "se": ["SE31 8000 0832 7900 6371 4906", "SE2630000000031826051749"],
    "hu": ["HU60 1040 4017 0000 0971 2553 0000"],
    "cz": ["CZ12 0300 0000 0002 7915 0643"],
    "gr": ["GR10 0172 0410 0051 6073 2930 115", "GR45 0110 2380 0000 2381 7604 912"],
    "gb": ["GB06 BARC 2045 7743 9182 65"],
    "ie": ["IE41 BOFI 9014 9205 6173 39"],
    "ua": ["UA43 3052 9900 0002 6007 3116 8240 5"],
    "sk": ["SK59 0900 0000 0050 7219 4416"],
    "ee": ["EE63 2200 2210 2385 7716"],
}

DOBS = [
    (1979, 5, 3), (2001, 3, 22), (1992, 11, 8), (1965, 9, 7), (1996, 7, 30), (1983, 12, 1),
    (1999, 4, 17), (1974, 6, 25), (2003, 1, 9), (1990, 10, 19), (1971, 2, 28), (1994, 8, 5),
    (1998, 12, 24), (1981, 6, 11), (2000, 5, 29), (1977, 9, 16), (1993, 2, 2), (1969, 4, 21),
    (2004, 7, 3), (1985, 1, 31), (1997, 3, 6), (1962, 11, 15), (1988, 8, 18), (2002, 10, 4),
    (1975, 12, 12), (1995, 1, 27), (1984, 4, 30), (1968, 7, 19), (2005, 2, 14), (1991, 5, 9),
]

CARDS = ["4539 1182 0447 2916", "5355 2841 0973 3063", "4917620593162075"]
MRNS = ["K9921784", "60417329", "RTH-0058213", "M0372915"]
NHS = ["618 390 2756", "705 224 1838", "463 901 1253"]
IPS = ["81.107.214.66", "92.40.196.3", "86.153.37.201"]
NINOS = ["HR 51 77 02 A", "NE 83 40 29 C", "JK 30 64 18 D", "WL 92 05 37 B", "PE 47 81 29 C", "YR 16 59 03 A"]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def fmt_date(ymd, style):
    y, mo, d = ymd
    if style == "dmy/":
        return f"{d:02d}/{mo:02d}/{y}"
    if style == "dmy.":
        return f"{d:02d}.{mo:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{mo:02d}-{y}"
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}"
    if style == "mdy/":
        return f"{mo:02d}/{d:02d}/{y}"
    if style == "short.":
        return f"{d}.{mo}.{y}"
    if style == "cz":
        return f"{d}. {mo}. {y}"
    if style == "hu":
        return f"{y}. {mo:02d}. {d:02d}."
    if style == "us":
        return f"{MONTHS['en'].split()[mo - 1]} {d}, {y}"
    if style == "uk":
        return f"{d} {MONTHS['en'].split()[mo - 1]} {y}"
    if style == "ukshort":
        return f"{d} {MONTHS['en'].split()[mo - 1][:3]} {y}"
    if style == "de":
        return f"{d}. {MONTHS['de'].split()[mo - 1]} {y}"
    if style == "es":
        return f"{d} de {MONTHS['es'].split()[mo - 1]} de {y}"
    if style == "pt":
        return f"{d} de {MONTHS['pt'].split()[mo - 1]} de {y}"
    if style in ("fr", "it", "nl"):
        return f"{d} {MONTHS[style].split()[mo - 1]} {y}"
    raise ValueError(style)


NATIVE = {"bg-cyr", "ua-cyr", "el-gr"}


# ---------------------------------------------------------------- drawing


class Draw:
    """Least-used-first draws over the hand-typed pools, ties broken by the seeded RNG."""

    def __init__(self, rng):
        self.rng = rng
        self.used = Counter()
        self.dob_of, self.mail_of = {}, {}

    def least(self, key, items, taken, tname=None):
        """Fewest uses in this template first, then fewest uses overall."""
        cand = [it for it in items if (key, it) not in taken]
        assert cand, key

        def uses(it):
            return (self.used[(tname, key, it)], self.used[(key, it)])
        low = min(uses(it) for it in cand)
        best = [it for it in cand if uses(it) == low]
        it = self.rng.choice(best)
        self.used[(key, it)] += 1
        self.used[(tname, key, it)] += 1
        taken.add((key, it))
        return it


class Addr:
    def __init__(self, cc, text, town):
        self.cc, self.raw, self.town_raw = cc, text, town

    @property
    def block(self):
        return braces(self.raw)

    @property
    def line(self):
        return braces(self.raw.replace("\n", ", "))

    def lines(self, prefix=""):
        return "\n".join(prefix + braces(x) for x in self.raw.split("\n"))

    @property
    def town(self):
        return LOC(self.town_raw)


class Ctx:
    def __init__(self, draw, tname, k):
        self.d, self.rng, self.k, self.tname = draw, draw.rng, k, tname
        self.taken = set()

    # people
    def person(self, group=None, need=None):
        ccs = set(group.split()) if group else None

        def ok(i):
            p = PEOPLE[i]
            if ccs is None and p.cc in NATIVE:
                return False
            if ccs is not None and p.cc not in ccs:
                return False
            if need == "nid":
                return p.nid is not None
            if need:
                return p.nid is not None and p.nid[0] == need
            return True
        idx = [i for i in range(len(PEOPLE)) if ok(i)]
        return PEOPLE[self.d.least("person", idx, self.taken, self.tname)]

    def people(self, n, group=None, need=None):
        return [self.person(group, need) for _ in range(n)]

    def addr(self, ccs):
        cands = [i for i, a in enumerate(ADDRESSES) if a[0] in ccs.split()]
        return Addr(*ADDRESSES[self.d.least("addr", cands, self.taken, self.tname)])

    def phone(self, cc):
        return PH(self.d.least("phone", PHONES[cc], self.taken, self.tname))

    def iban(self, cc):
        return IBAN(self.d.least("iban", IBANS[cc], self.taken, self.tname))

    def pool(self, key, items):
        return self.d.least(key, items, self.taken, self.tname)

    def dob(self, p, style):
        if p.dob:
            ymd = p.dob
        else:
            if p.full not in self.d.dob_of:
                self.d.dob_of[p.full] = self.d.least("dob", DOBS, set())
            ymd = self.d.dob_of[p.full]
        return DOB(fmt_date(ymd, style))

    def nid(self, p):
        return NID(p.nid[1])

    def email(self, p):
        if p.full not in self.d.mail_of:
            g, fam = p.sig
            style = self.rng.randrange(5)
            num = self.rng.randint(2, 98)
            local = [f"{g}.{fam}", f"{g[0]}{fam}", f"{g}_{fam}{num}", f"{fam}.{g}", f"{g}{fam[0]}{num}"][style]
            dom = self.rng.choice(MAILDOMAINS[p.cc])
            self.d.mail_of[p.full] = f"{local}@{dom}"
        return mk("EMAIL_ADDRESS", self.d.mail_of[p.full])

    def login(self, p, style):
        g, fam = p.sig
        forms = {"gfam": g[0] + fam, "g.fam": f"{g}.{fam}", "fam.g": f"{fam}.{g[0]}",
                 "GFAM": (g[0] + fam).upper(), "famg": fam[:7] + g[0], "g_fam": f"{g}_{fam}"}
        return mk("PERSON", forms[style])

    # fillers (no PII): least-used per template so that rows of one template differ
    def pick(self, items):
        return self.d.least(("pick", self.tname, tuple(items)), list(items), set())

    def picks(self, items, n):
        seen = set()
        out = []
        while len(out) < n:
            x = self.d.least(("pick", self.tname, tuple(items)), list(items), seen)
            out.append(x)
        return out

    def ri(self, a, b):
        return self.rng.randint(a, b)


TEMPLATES = []


def tpl(cls, name, n, lang="en", case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "n": n, "lang": lang, "case": case, "fn": fn})
        return fn
    return deco


# ================================================================= personal templates
# ---------------------------------------------------------------- personal_incident

SEASONAL = "ro bg pl lt lv md ua np kg uz tj kz id ph ee"


@tpl("personal_incident", "accident_form", 3)
def t_accident_form(c):
    p = c.person("gb ie et er sd so ir af " + SEASONAL)
    w, fa = c.person("gb ie pl ro"), c.person()
    a = c.addr("gb")
    job = c.pick(["picker (strawberries, table-top)", "packer, Line 2", "counterbalance FLT driver",
                  "hygiene operative, nights", "line operator, slicing"])
    what = c.pick([
        "slipped on wet floor by the Ishida weigher, landed on left wrist",
        "trapped 2 fingers between pallet and racking upright in Goods In",
        "fell off the step of a Bailey trailer while unloading crates, hit head on tow hitch",
        "cut to forearm from a Stanley knife when opening shrink wrap, 6 stitches",
        "struck by reversing Linde reach truck in aisle 9, bruised hip",
    ])
    mrn = f"\nTaken to A&E, hospital no. {MRN(c.pool('mrn', MRNS))}" if c.k != 1 else "\nSent home, no hospital."
    return (
        "Can you tidy this up into a proper accident report for our H&S file? Could be RIDDOR "
        "reportable (over-7-day?) - tell me what's missing before I send it to the SHE manager.\n\n"
        f"Injured person: {p.n}    DOB: {c.dob(p, 'dmy/')}\n"
        f"Home address: {a.line}\n"
        f"Tel: {c.phone('gb')}\n"
        f"Job: {job}\n"
        f"What happened: {what}\n"
        f"Witness: {w.n}, first aid by {fa.g} (trained Jan){mrn}"
    )


@tpl("personal_incident", "nearmiss_csv", 3)
def t_nearmiss_csv(c):
    ps = c.people(4, "gb ie pl ro lt bg pt in bd er")
    areas = c.picks(["Goods In", "Packing L2", "Cold store", "Yard", "Despatch", "Grading hall"], 3)
    return (
        "Summarise this near-miss export for Monday's SHE meeting. Group by area, top 3 actions. "
        "Leave names out of the summary please, it goes on the noticeboard.\n\n"
        "ref,date,area,reported_by,description,status\n"
        f"NM-{c.ri(2100, 2400)},04/03,{areas[0]},{ps[0].n},\"pallet overhang on rack B12, nearly came down when {ps[1].g} pulled the next one\",open\n"
        f"NM-{c.ri(2401, 2500)},05/03,{areas[1]},{ps[1].n},\"hand near weigher infeed, guard interlock taped over??\",open\n"
        f"NM-{c.ri(2501, 2600)},05/03,{areas[2]},{ps[2].n},\"door to blast freezer won't open from inside, {ps[3].g} stuck 2 min\",closed\n"
        f"NM-{c.ri(2601, 2700)},06/03,{areas[0]},{ps[3].n},\"HGV moved off bay with dock leveller still down\",open"
    )


@tpl("personal_incident", "unfall_de", 3, lang="de")
def t_unfall_de(c):
    p = c.person("de at tr pl ro bg sy hr ba")
    w, fa = c.person("de at ch"), c.person("de tr pl")
    a = c.addr("de")
    was = c.pick([
        "beim Abladen von Spargelkisten vom Anhänger gestürzt, Verdacht auf Bruch rechtes Handgelenk",
        "mit dem Fuß unter die Gabel eines Jungheinrich-Hubwagens geraten, Quetschung",
        "Augenverletzung durch Spritzer Reinigungsmittel (Lauge) an der CIP-Anlage",
    ])
    return (
        "Kannst du daraus eine saubere Unfallanzeige für die BG machen? Stichpunkte vom Schichtführer:\n\n"
        f"Verletzte/r: {p.fu}, {p.g}\n"
        f"geb. {c.dob(p, 'dmy.')}\n"
        f"Anschrift: {a.line}\n"
        f"Tel.: {c.phone('de')}\n"
        f"Unfall am 14.05. gegen 10:40 Uhr, Halle 3 - {was}\n"
        f"Zeuge: {w.n} (Vorarbeiter)\n"
        f"Erstversorgung durch Ersthelferin {fa.n}, danach zum D-Arzt.\n"
        f"Arbeitsunfähig voraussichtlich {c.ri(4, 21)} Tage."
    )


@tpl("personal_incident", "wypadek_pl", 2, lang="pl")
def t_wypadek_pl(c):
    p = c.person("pl", need="PESEL")
    w1, w2 = c.person("pl ua"), c.person("pl ua lt")
    a = c.addr("pl")
    f = p.sex == "f"
    return (
        "Pomóż mi uzupełnić protokół ustalenia okoliczności wypadku przy pracy. Dane z notatki kierownika zmiany:\n\n"
        f"{'Poszkodowana' if f else 'Poszkodowany'}: {p.n}, PESEL {c.nid(p)}\n"
        f"{'Zamieszkała' if f else 'Zamieszkały'}: {a.line}\n"
        "Stanowisko: operator wózka widłowego, zmiana II, magazyn wyrobów gotowych\n"
        "Opis: podczas zjazdu z rampy wózek (Toyota Traigo) przechylił się na bok, noga przygnieciona przez osłonę\n"
        f"Świadkowie: {w1.n}, {w2.n}\n\n"
        "Czy to kwalifikuje się jako ciężki wypadek i trzeba zgłosić do PIP i prokuratury?"
    )


@tpl("personal_incident", "whatsapp_es", 3, lang="es", case="lower")
def t_whatsapp_es(c):
    p = c.person("ma es", need="nid")
    enc = c.person("es")
    s = c.person("ma sn ro es tn")
    d = c.ri(10, 28)
    la = "la" if p.sex == "f" else "lo"
    return (
        f"[{d}/06/24, 13:41] {enc.g}: se ha mareado {p.n} en el tunel 14, {la} sentamos a la sombra\n"
        f"[{d}/06/24, 13:43] {enc.g}: tiene la tension baja, le damos agua con sales\n"
        f"[{d}/06/24, 13:50] yo: llama al {c.phone('es')} que es el movil de {s.g}, su pareja\n"
        f"[{d}/06/24, 14:05] {enc.g}: ya viene la ambulancia del 061, {s.g} no coge\n"
        f"[{d}/06/24, 14:20] {enc.g}: se {la} llevan al hospital de riotinto, {la} acompaña {enc.g}\n"
        f"[{d}/06/24, 14:22] yo: pasame el {p.nid[0].lower()} de {p.g} para el parte\n"
        f"[{d}/06/24, 14:30] {enc.g}: {c.nid(p)}, vive en {c.addr('es').line}\n\n"
        "hazme un parte de incidente para prevencion con esto, en castellano formal y sin emojis"
    )


@tpl("personal_incident", "lower_nearmiss", 2, case="lower")
def t_lower_nearmiss(c):
    p, w = c.person(), c.person("gb pl ro")
    if c.k == 0:
        return (f"forklift nearly clipped {p.g} in aisle 14 again, {w.n} saw it. write it up as a near miss "
                f"for the log, nobody hurt. {p.he} was on the walkway, driver didnt sound the horn")
    return (f"near miss: {p.n} (hygiene, nights) says the ammonia alarm in engine room went off at 3am "
            f"and nobody came. {w.g} reset it. can you word this for the log + what should the escalation be")


# ---------------------------------------------------------------- personal_shift


@tpl("personal_shift", "handover_log", 3)
def t_handover_log(c):
    p1, p2, p3, lead = c.people(4, "gb ie pl ro lt pt in pk gh ng so sd am eg")
    ev = c.pick(["Ammonia sniffer in engine room tripped at 25ppm, area cleared, valves checked",
                 "Metal detector on L4 failed the 2.5mm ferrous test piece, 40 min of product held",
                 "Spiral freezer iced up, defrosted early, 1h lost"])
    return (
        "Summarise this night shift handover for the 6am meeting - bullets, safety stuff first.\n\n"
        f"22:10 L3 filler jam, {p1.g} cleared it, 25 min down\n"
        f"23:45 Boiler 2 low water alarm - reset by {p2.n} (maint), needs looking at properly\n"
        f"01:30 {p3.g} went home sick, L5 ran one short\n"
        f"03:15 {ev}\n"
        "05:20 Krones labeller ok after belt change\n"
        f"Shift lead: {lead.n}"
    )


@tpl("personal_shift", "rota_table", 3)
def t_rota_table(c):
    ps = c.people(5, "gb pl ro bg lt ua np pt kh gh")
    rows = []
    pats = ["AM | AM | off | PM | PM | AM", "PM | PM | PM | off | AM | AM", "AM | off | AM | AM | PM | off",
            "off | AM | AM | AM | AM | PM", "PM | AM | off | off | PM | PM"]
    for i, p in enumerate(ps):
        mob = c.phone("gb") if i in (0, 2, 3) else "-"
        rows.append(f"| {p.n} | {pats[i]} | {mob} |")
    week = c.ri(18, 30)
    return (
        f"Week {week} rota for the packhouse. Can you find the gaps (need 3 on each AM, 2 on PM) and "
        "suggest swaps? Nobody over 48h.\n\n"
        "| Name | Mon | Tue | Wed | Thu | Fri | Sat | Mobile |\n|---|---|---|---|---|---|---|---|\n"
        + "\n".join(rows)
    )


@tpl("personal_shift", "ploegrooster_nl", 3, lang="nl")
def t_ploegrooster_nl(c):
    nw = c.person("nl", need="BSN") if c.k < 2 else None
    ps = c.people(5, "pl ro bg lt nl ua")
    lead = c.person("nl be")
    return (
        "Kun je van dit ploegenrooster een nette WhatsApp-tekst maken voor de groep? Week 14, kas 3 (tomaat).\n\n"
        f"Vroege dienst (06:00-14:30): {ps[0].n}, {ps[1].n}, {ps[2].g}\n"
        f"Late dienst (14:00-22:30): {ps[3].n}, {ps[4].n}\n"
        f"{ps[2].g} heeft zich ziek gemeld voor dinsdag, {ps[0].g} neemt zaterdag over.\n"
        f"Vragen? Bel {lead.g}: {c.phone('nl')}"
        + (f"\n\nNiet in de groep zetten: {nw.n} (BSN {c.nid(nw)}) begint maandag, graag doorgeven aan de loonadministratie." if nw else "")
    )


@tpl("personal_shift", "vardiya_tr", 2, lang="tr")
def t_vardiya_tr(c):
    new = c.person("tr", need="TC")
    p1, p2, p3, lead = c.people(4, "tr sy")
    return (
        "Aşağıdaki vardiya değişikliğini çalışanlara duyuru olarak yazar mısın? Resmi ama samimi olsun.\n\n"
        "Gece vardiyası (00:00-08:00) - Hat 2 (fındık kırma):\n"
        f"- {p1.n} pazartesiden itibaren gündüz vardiyasına geçiyor\n"
        f"- {p2.n} ve {p3.n} gece vardiyasında kalıyor\n"
        f"- Vardiya amiri: {lead.n}, tel. {c.phone('tr')}\n"
        f"(Not: yeni başlayan {new.n}, TC {c.nid(new)}, adres {c.addr('tr').line} - SGK işe giriş bildirgesi "
        "pazartesi yapılacak, duyuruya yazma)"
    )


@tpl("personal_shift", "scada_operator", 3)
def t_scada_operator(c):
    op, eng = c.person("gb pl ro de nl ie"), c.person("gb ie de nl")
    u1 = c.login(op, c.pick(["gfam", "g.fam", "GFAM"]))
    u2 = c.login(eng, c.pick(["g.fam", "fam.g", "gfam"]))
    ip = IP(c.pool("ip", IPS))
    tag = c.pick(["TT-301", "TT-114", "PT-220"])
    return (
        "What does this sequence mean? Looks like the high-temp alarm got acked and then the setpoint was "
        "changed with no reason code. Who do I need to talk to and what do I put in the deviation?\n\n"
        f"2024-06-03 02:14:07 ALM  {tag} HIGH  Pasteuriser outlet 76.2C  ACK user={u1} WS=HMI-02\n"
        f"2024-06-03 02:14:40 CHG  {tag}.SP 72.0 -> 74.5  user={u1}  reason=\"\"\n"
        f"2024-06-03 02:31:12 LOGIN user={u2} WS=ENG-01 via VPN from {ip}\n"
        f"2024-06-03 02:33:55 CHG  FDV-301 mode AUTO -> MAN  user={u2}\n"
        f"2024-06-03 02:40:02 EVT  FDV-301 DIVERT  (operator {op.n})"
    )


@tpl("personal_shift", "upper_notice", 2, case="upper")
def t_upper_notice(c):
    p, q = c.person(), c.person("gb ie pl ro")
    line = c.pick(["LINE 4", "THE BAKERY"])
    return (
        "please type this up as a notice for the canteen board, big letters:\n"
        f"FROM MONDAY {p.n} IS NIGHT SHIFT TEAM LEADER ON {line}. {q.n} MOVES TO DAYS. "
        f"ALL HOLIDAY REQUESTS FOR NIGHTS GO TO {p.g} NOW, NOT {q.g}. THANK YOU {q.g} FOR 6 YEARS ON NIGHTS!"
    )


# ---------------------------------------------------------------- personal_agency


@tpl("personal_agency", "onboard_json", 3)
def t_onboard_json(c):
    ps = c.people(3, "ro bg pl lt ua md np kg")
    recs = []
    for i, p in enumerate(ps):
        ni = NID(c.pool("nino", NINOS)) if i != 1 else ""
        ni_s = f"\"{ni}\"" if ni else "null"
        doc = f"\"{p.nid[0]} {c.nid(p)}\"" if p.nid else "\"passport (copy pending)\""
        recs.append(
            f"  {{\"worker_id\": \"SF-{c.ri(20000, 29999)}\", \"first_name\": \"{p.g}\", \"last_name\": \"{p.f}\", "
            f"\"dob\": \"{c.dob(p, 'iso')}\", \"ni_number\": {ni_s}, \"id_doc\": {doc}, \"mobile\": \"{c.phone('gb')}\", "
            f"\"rtw_checked\": {'true' if i != 2 else 'false'}}}"
        )
    return (
        "Agency sent this for Monday's starters. Which ones are missing right-to-work or have an NI "
        "number that looks wrong? Answer as a short list I can forward.\n\n[\n" + ",\n".join(recs) + "\n]"
    )


@tpl("personal_agency", "contract_ro", 3, lang="ro")
def t_contract_ro(c):
    p = c.person("ro md")
    cnp = f" CNP-ul meu este {c.nid(p)} dacă aveți nevoie." if p.nid else ""
    if not p.nid and p.cc == "ro":
        cnp = f" Adresa mea din țară, pentru P60, este {c.addr('ro').line}."
    return (
        "Poți să traduci în engleză mesajul ăsta de la un muncitor? Vreau să-i răspund corect.\n\n"
        f"\"Bună ziua, sunt {p.n}, lucrez la depozit în tura de noapte din martie. În contract scrie 37 "
        f"de ore dar eu am lucrat 48 în fiecare săptămână și la fluturaș apar doar 37.{cnp} Vă rog să mă "
        f"sunați la {c.phone('gb')} după ora 14. Mulțumesc, {p.g}\""
    )


@tpl("personal_agency", "consultant_email", 2)
def t_consultant_email(c):
    cons = c.person("gb bg ro")
    ws = c.people(4, "bg ro ua md")
    site = c.pick(["the Evesham site", "Tiptree", "our Angus farm"])
    return (
        "Draft a reply to this please - short and polite, we can't take them before the 14th because the "
        "caravans aren't signed off.\n\n"
        f"> From: {cons.n} <{c.email(cons)}>\n"
        "> Subject: Pickers week 15\n>\n"
        f"> Hi, we have 4 more workers ready to travel for {site}: {ws[0].n} (DOB {c.dob(ws[0], 'dmy/')}), "
        f"{ws[1].n}, {ws[2].n} and {ws[3].n}. Coach gets in Saturday morning. Can you accept them from Monday 8th?\n"
        f"> Kind regards\n> {cons.g}"
    )


@tpl("personal_agency", "visa_arrivals", 2)
def t_visa_arrivals(c):
    p1 = c.person("np kg id ph ua", need="passport")
    p2, p3 = c.people(2, "np kg uz tj kz id ph mn")
    tl = c.person("gb pl ro")
    fl = c.pick(["TK1979", "QR7 + coach", "EK5"])
    home = f" - home address on CoS: {c.addr(p1.cc).line}" if p1.cc in ("np", "ph", "id") else ""
    return (
        "Draft a WhatsApp welcome message (simple English) for these arrivals and tell me what we must check on day 1.\n\n"
        f"Arrivals Heathrow T4 Tue 06:10 ({fl}), coach to farm\n"
        f"1. {p1.n} - passport {c.nid(p1)}{home}\n"
        f"2. {p2.n}\n"
        f"3. {p3.n} - needs a bottom bunk (knee)\n"
        f"Team leader meeting them: {tl.g} ({c.phone('gb')})"
    )


@tpl("personal_agency", "bg_message", 2, lang="bg")
def t_bg_message(c):
    p, lead = c.people(2, "bg-cyr")
    return (
        "Преведи на английски, моля, и предложи кратък отговор до фермата:\n\n"
        f"\"Здравейте, аз съм {p.n} от бригадата на {lead.g}. Караваната ни (№ 12) няма топла вода от "
        f"три дни и бойлерът тече. Може ли някой да дойде днес? Телефонът ми е {c.phone('gb')}. Благодаря!\""
    )


@tpl("personal_agency", "lower_hr", 2, case="lower")
def t_lower_hr(c):
    p = c.person("ro bg pl lt lv ua")
    ag = c.pick(["the agency", "pro-staff"])
    return (
        f"can u check if {p.n} from {ag} has sent {p.his} nino yet, payroll says its {NID(c.pool('nino', NINOS))} "
        f"but that doesnt look right to me. also {p.his} start date was the 3rd not the 10th"
    )



@tpl("personal_agency", "bemanning_sv", 2, lang="sv")
def t_bemanning_sv(c):
    p = c.person("se no", need="nid")
    kind = "Personnummer" if p.nid[0] == "personnummer" else "Norskt fødselsnummer"
    return (
        "Kan du skriva ett kort mejl till bemanningsföretaget? Den här personen har fått fel lön två månader i rad "
        "och jag vill att de rättar det innan midsommar.\n\n"
        f"Namn: {p.n}\n{kind}: {c.nid(p)}\nKonto (IBAN): {c.iban('se')}\nTel: {c.phone('se')}\n"
        f"{'Hon' if p.sex == 'f' else 'Han'} jobbar på packeriet sedan mars, timlön enligt avtal 158 kr, "
        "men lönebeskedet visar 142 kr."
    )


@tpl("personal_agency", "harvest_za", 2)
def t_harvest_za(c):
    w1 = c.person("za", need="ID")
    w2, w3 = c.people(2, "zw ls")
    boss = c.person("za")
    return (
        "We're taking on seasonal workers for the apple harvest in the Witzenberg valley. Check these details "
        "for the UIF declaration and tell me what's still missing.\n\n"
        f"1. {w1.n} - ID {c.nid(w1)} - cell {c.phone('za')} - {c.addr('za').line}\n"
        f"2. {w2.n} - passport copy outstanding - cell {c.phone('za')}\n"
        f"3. {w3.n} - asylum permit, expires Nov - no phone yet\n"
        f"Team leader: {boss.n} (signs the timesheets)"
    )

# ---------------------------------------------------------------- personal_payroll


@tpl("personal_payroll", "piece_rate_csv", 3)
def t_piece_rate_csv(c):
    ps = c.people(5, SEASONAL)
    rows = []
    for p in ps:
        h = c.ri(30, 52) + 0.5 * c.ri(0, 1)
        rows.append(f"{c.ri(4100, 4999)},{p.n},{h},{c.ri(700, 1900)},0.{c.ri(32, 41)}")
    return (
        "Payroll query from the strawberry unit. Check if anyone ends up under the National Living Wage "
        "(£11.44/h) on piece rate for week 27 - I just need the list and the top-up per person.\n\n"
        "worker_no,name,hours,punnets,rate_per_punnet\n" + "\n".join(rows)
    )


@tpl("personal_payroll", "iban_change_de", 3, lang="de")
def t_iban_change_de(c):
    p = c.person("pl ro bg de hr")
    hr = c.person("de at")
    ib = c.iban(p.cc if p.cc in IBANS else "de")
    return (
        "Bitte antworte kurz auf diese Mail aus der Lohnbuchhaltung (du-Form, freundlich):\n\n"
        f"> Hallo, bei {p.n} (Pers.-Nr. {c.ri(10400, 10999)}) ist die Überweisung für Juni zurückgekommen. "
        f"Neue Bankverbindung laut Formular: {ib}. Kannst du das bestätigen? Auf dem Formular steht als "
        f"Anschrift noch {c.addr('de').line}, stimmt das?\n> Gruß {hr.g}"
    )


@tpl("personal_payroll", "recibo_pt", 2, lang="pt")
def t_recibo_pt(c):
    p = c.person("pt", need="NIF")
    lead = c.person("pt br np")
    return (
        "Ajuda-me a responder a esta mensagem de um trabalhador sobre o recibo de vencimento de julho:\n\n"
        f"\"Bom dia, o meu nome é {p.n}, NIF {c.nid(p)}. No recibo faltam as horas de sábado (dia 13 e 20) "
        f"e o subsídio de alimentação. Trabalhei na apanha da framboesa em Odemira com a equipa {'da' if lead.sex == 'f' else 'do'} {lead.g}. "
        f"A minha morada para o recibo é {c.addr('pt').line}. Obrigado\""
    )


@tpl("personal_payroll", "h2a_ssn", 3)
def t_h2a_ssn(c):
    p = c.person("mx gt", need="nid")
    crew = c.person("mx us ht gt")
    ident = f"SSN {SSN(p.nid[1])}" if p.nid[0] == "SSN" else f"CURP {c.nid(p)} (SSN still pending)"
    return (
        f"Help me answer this in Spanish. One of our H-2A workers says {p.his} last two checks were short of "
        "the 3/4 guarantee.\n\n"
        f"Worker: {p.n}   {ident}   crew leader: {crew.g}\n"
        f"Housing: {c.addr('us').line}   WhatsApp: {c.phone('us')}\n"
        + (f"Home address (Mexico), for the W-2: {c.addr('mx').line}\n" if p.cc == "mx" else "")
        + f"{p.his.capitalize()} message: \"buenas, soy {p.g}, me faltan como 30 horas de la semana del 8 de julio, "
        f"{'la mayordoma' if crew.sex == 'f' else 'el mayordomo'} {crew.g} dice que pregunte en la oficina\""
    )


@tpl("personal_payroll", "poimija_fi", 3, lang="fi")
def t_poimija_fi(c):
    if c.k == 2:
        p = c.person("fi", need="HETU")
        return (
            "Voitko kirjoittaa tästä lyhyen ja kohteliaan vastauksen? Poimija kysyy, miksi tilitys myöhästyi.\n\n"
            f"Poimija: {p.n}, hetu {c.nid(p)}, {c.addr('fi').line}\n"
            f"Tili: {c.iban('fi')}\n"
            f"Viesti: \"Moi, viikon 33 mustikoiden tilitys puuttuu vieläkin, muilla se tuli jo perjantaina. T. {p.g}\""
        )
    p = c.person("th")
    kg = c.ri(380, 520)
    return (
        "Voitko kirjoittaa selkeän vastauksen (suomeksi ja yksinkertaisella englannilla) tähän? Thaimaalainen "
        "poimija kysyy tilityksestä.\n\n"
        f"Poimija: {p.n}\n"
        f"Puhelin: {c.phone('fi')}\n"
        + (f"Kotiosoite (Thaimaa): {c.addr('th').line}\n" if c.k == 0 else "")
        + f"Viesti: \"I pick {kg} kg bilberry week 33 but pay only for {kg - c.ri(40, 70)} kg. please check. {p.g}\""
    )


@tpl("personal_payroll", "lower_payroll", 2, case="lower")
def t_lower_payroll(c):
    p = c.person("pl ro lt bg" if c.k == 1 else None)
    if c.k == 1:
        return (f"quick one - {p.n} (picker no {c.ri(5000, 5999)}) wants {p.his} p45 sent to {p.his} home "
                f"address, {c.addr('pl ro lt bg').line}. can we email it instead? {p.he} gave {c.email(p)}")
    return (
        f"hi, {p.n} says {p.his} holiday pay is missing from last weeks payslip (worker no {c.ri(5000, 5999)}). "
        f"{p.he} finished on the 14th. whats the rule for accrued holiday for leavers on zero hours? "
        f"{p.his} number is {c.phone('gb')}"
    )



@tpl("personal_payroll", "palm_au", 2)
def t_palm_au(c):
    tl = c.person("ws to fj")
    w1, w2 = c.people(2, "ws to fj")
    ded = c.ri(195, 245)
    au = c.k == 0
    scheme, cc = ("PALM scheme", "au") if au else ("RSE", "nz")
    return (
        f"Our {scheme} workers say the accommodation and transport deduction is too high. Draft a reply "
        "in plain English I can read out at the Friday meeting, and check the maths.\n\n"
        f"Team leader: {tl.n} ({c.phone(cc)})\n"
        f"Complaint signed by {w1.n} and {w2.n}, all living at {c.addr(cc).line}\n"
        f"Deduction: ${ded}/wk accommodation + $40/wk bus to the packing shed\n"
        f"Hours last fortnight: {c.ri(58, 76)} (rain), {'award rate $24.10/h casual' if au else 'min wage NZ$23.15/h'}\n"
        f"{tl.g} says two of the group want to send money home through the {'Westpac' if au else 'ANZ'} app and it bounced."
    )

# ---------------------------------------------------------------- personal_farm


@tpl("personal_farm", "whatsapp_contractor", 3)
def t_whatsapp_contractor(c):
    con, helper, nb = c.people(3, "gb ie")
    d = c.ri(3, 9)
    job = c.pick(["do the silage on the 40 acre", "bale the top meadow", "spread the muck on Long Ground"])
    return (
        "Turn this WhatsApp chat into a to-do list for tomorrow:\n\n"
        f"[0{d}/07/2024, 19:02] {con.n}: Can come Thurs to {job}, weather looks ok till Sat\n"
        f"[0{d}/07/2024, 19:05] Me: Great, gate code still 1984\n"
        f"[0{d}/07/2024, 19:06] {con.g}: 👍 will bring {helper.g}, {helper.he}'ll do the clamp\n"
        f"[0{d}/07/2024, 19:30] {nb.n}: Your heifers are out on the lane again by my place ({c.addr('gbf ie').line}) 🙄\n"
        f"[0{d}/07/2024, 19:31] Me: sorry!! on my way\n"
        f"[0{d}/07/2024, 19:58] {nb.g}: all back in, the gate by the Massey was open"
    )


@tpl("personal_farm", "pacht_de", 3, lang="de")
def t_pacht_de(c):
    p = c.person("de at ch")
    a = c.addr("de")
    ha = f"{c.ri(6, 19)},{c.ri(1, 9)}"
    return (
        f"Ich muss dem Verpächter schreiben, dass wir die Pacht für die {ha} ha am Mühlberg erst nach der "
        "Ernte überweisen können (Hagelschaden im Juni). Bitte höflich, aber nicht unterwürfig formulieren.\n\n"
        f"Verpächter: {p.n}\n{a.block}\nTel. {c.phone('de')}\n"
        "Pachtvertrag vom 01.10.2019, jährliche Pacht 4.960 €, fällig 11.11. (Martini)"
    )


@tpl("personal_farm", "vendanges_fr", 3, lang="fr")
def t_vendanges_fr(c):
    nv = c.person("fr", need="NIR") if c.k < 2 else None
    ps = c.people(4, "pt es ma pl ro tn")
    lead, host = c.person("fr"), c.person("fr qc")
    return (
        "Peux-tu mettre en forme ce planning des vendanges pour l'envoyer à l'équipe par SMS ?\n\n"
        f"Lundi 9 : parcelle Les Côtes - {ps[0].n}, {ps[1].n}, {ps[2].g} (chef d'équipe {lead.n})\n"
        f"Mardi 10 : pressoir 6h - {ps[1].g} et {ps[3].n}\n"
        f"Hébergement : {ps[3].g} loge chez {host.n}, {c.addr('fr').line}\n"
        f"Urgence : {lead.g} au {c.phone('fr')}"
        + (f"\n(pas dans le SMS : DPAE à faire pour {nv.n}, n° SS {c.nid(nv)}, arrive mercredi)" if nv else "")
    )


@tpl("personal_farm", "maziwa_sw", 2, lang="sw", case="lower")
def t_maziwa_sw(c):
    p1, p2, p3 = c.people(3, "ke")
    return (
        "Nisaidie kuandika ujumbe mfupi wa SMS kwa wakulima hawa kuhusu malipo ya maziwa ya mwezi Machi:\n\n"
        f"- {p1.n}{(', id ' + c.nid(p1)) if p1.nid else ''}, {c.phone('ke')} - lita {c.ri(300, 480)}\n"
        f"- {p2.n}, {c.phone('ke')} - lita {c.ri(200, 400)}\n"
        f"- {p3.n} ({c.addr('ke').line}) - lita {c.ri(90, 180)}, deni la chakula cha ng'ombe KSh 2,300"
    )


@tpl("personal_farm", "agronomist_email", 3)
def t_agronomist_email(c):
    ag = c.person("gb ie nz au ca us")
    var = c.pick(["Skyfall", "KWS Extase", "Crusoe"])
    return (
        f"Reply to this for me - yes to Wednesday, and ask if {ag.he} can also look at the OSR for pollen beetle.\n\n"
        f"> From: {ag.n} <{c.email(ag)}>\n> Subject: Crop walk\n>\n"
        f"> Hi, I can do a crop walk Wed am. I'll start with the {var} in Long Meadow and Top Field, then the "
        f"Graham in Bottom Piece. Ring me on {c.phone('gb')} if the lane's flooded again.\n> {ag.g}"
    )


@tpl("personal_farm", "szomszed_hu", 2, lang="hu")
def t_szomszed_hu(c):
    p, w = c.people(2, "hu")
    return (
        "Segítenél megfogalmazni egy levelet a szomszéd gazdának? A permetezés miatt panaszkodott.\n\n"
        f"Címzett: {p.n}\nCím: {c.addr('hu').line}\nTelefon: {c.phone('hu')}\n"
        "Röviden: május 12-én permeteztünk a napraforgóban, szerinte a szél átvitte a méhesére. "
        f"A permetezést {w.n} végezte, a napló szerint 2,1 m/s szélben. Szeretnénk jó viszonyban maradni."
    )


# ---------------------------------------------------------------- personal_vet


@tpl("personal_vet", "tb_visit", 3)
def t_tb_visit(c):
    p, vet = c.person("gb ie"), c.person("gb ie nz za us ca")
    a = c.addr("gbf ie")
    n = c.ri(90, 240)
    return (
        "Turn these notes into a short report for the client and a line for APHA. TB test day 2 (read).\n\n"
        f"Client: {p.n}\n{a.block}\nMob {c.phone('gb')}\n"
        f"Herd: {n} Holstein Friesians, 3 inconclusive reactors (UK 702415 300218 / 300452 / 301117)\n"
        f"Reader: {vet.g}\n"
        f"Next: IR retest in 60 days. {p.g} also asked about Johne's screening and BVD tag-and-test."
    )


@tpl("personal_vet", "dierenarts_nl", 3, lang="nl")
def t_dierenarts_nl(c):
    p = c.person("nl be")
    return (
        "Kun je dit bezoekverslag netjes uitschrijven voor de veehouder?\n\n"
        f"Veehouder: {p.n}\nAdres: {c.addr(p.cc).line}\nTel. {c.phone(p.cc)}\n"
        f"Bezoek 14/3: {c.ri(4, 9)} kalveren met diarree, vermoedelijk rota/corona; bedrijf BVD-vrij. "
        "Behandeling: ORS, meloxicam. Advies: biestmanagement (4 l binnen 2 uur). "
        f"{p.g} wil ook over IBR-vaccinatie praten."
    )


@tpl("personal_vet", "campo_ar", 2, lang="es")
def t_campo_ar(c):
    p, cap = c.person("ar cl pe"), c.person("ar cl pe")
    return (
        "Necesito redactar el informe de la visita de hoy al campo. Ayudame a que quede prolijo:\n\n"
        f"Productor: {p.n}\n{c.addr('ar').line}\nCel: {c.phone('ar')}\n"
        f"Tacto a {c.ri(250, 400)} vacas Aberdeen Angus, 82% de preñez. Se sospecha tricomoniasis en 2 toros, "
        f"se tomaron raspajes. Acompañó el capataz, {cap.g}."
    )


@tpl("personal_vet", "invoice_dispute", 3)
def t_invoice_dispute(c):
    p, vet, old = c.people(3, "gb ie")
    fee = c.ri(380, 620)
    return (
        "Help me reply to this without starting a row. The call-out was 11pm on a Sunday, hence the rate.\n\n"
        f"> On 3 Mar, {p.n} <{c.email(p)}> wrote:\n"
        f"> I've been billed £{fee} for one calving?? {vet.g} was here 40 minutes. I've been with the "
        f"practice since old Mr {old.f}'s day and never paid anything like it. Ring me on {c.phone('gb')}.\n"
        f"> {p.g}"
    )


@tpl("personal_vet", "lower_vet_note", 2, case="lower")
def t_lower_vet_note(c):
    p = c.person("gb ie au nz")
    if c.k == 0:
        return (f"calving at {p.n}'s tonight went fine, live heifer calf, cow went down with milk fever after, "
                f"gave 400ml calcium iv. {p.g} wants it on the account. 2 line note for the records pls")
    return (f"lambing call {p.f} farm, {c.addr('gbf').line}. ringwomb ewe, manual dilation failed, c-section, "
            f"2 live lambs. {p.g} to keep ewe in pen 5 days, pen strep. write up for the file")


@tpl("personal_vet", "besok_sv", 3, lang="sv")
def t_besok_sv(c):
    p = c.person("no fi" if c.k < 2 else "se")
    return (
        "Kan du skriva ett kort besöksprotokoll av mina anteckningar? Svenska, formellt.\n\n"
        f"Djurägare: {p.n}, {c.addr(p.cc).line}, tel {c.phone(p.cc)}\n"
        f"Besök: {c.ri(3, 7)} tackor med klövröta (Texel), en bagge halt. Fotbad zinksulfat, antibiotika till baggen.\n"
        f"Uppföljning: {p.g} ringer om ingen förbättring till fredag."
    )


# ---------------------------------------------------------------- personal_fleet


@tpl("personal_fleet", "drops_json", 3)
def t_drops_json(c):
    ps = c.people(3, "gb ie in pk ng jm")
    notes = c.picks(["leave in porch", "dog! ring first", "2-man lift (sofa)", "side gate", "2 boxes, heavy"], 3)
    stops = []
    for i, p in enumerate(ps):
        tel = c.phone("gb") if i != 2 else ""
        stops.append(f"  {{\"parcel\": \"JD0002{c.ri(21000000, 29999999)}\", \"customer\": \"{p.n}\", \"addr\": \"{c.addr('gb gbf').line}\", "
                     f"\"tel\": \"{tel}\", \"notes\": \"{notes[i]}\"}}")
    return (
        "These came back from the courier as failed deliveries. Draft a short SMS for each customer to rebook, "
        "and tell me which ones the notes say need a 2-man van.\n\n"
        "{\"manifest\": \"RTN-0704\", \"failed\": [\n" + ",\n".join(stops) + "\n]}"
    )


@tpl("personal_fleet", "kierowca_pl", 3, lang="pl", case="lower")
def t_kierowca_pl(c):
    d = c.person("pl ua lt")
    return (
        "przetłumacz na angielski dla dyspozytora w rotterdamie i skróć:\n\n"
        f"[07:12] {d.g}: dzień dobry, stoję na maasvlakte od 5 rano, terminal nie chce mnie wpuścić bo slot był na wczoraj\n"
        "[07:15] dyspozytor: czekaj, dzwonię do klienta\n"
        f"[07:20] {d.g}: tacho mi się kończy o 11:30, potem 9h pauzy. jakby co mój numer {c.phone('pl')}\n"
        f"[07:21] {d.g}: {d.n}, ciągnik WGR 4K21, naczepa chłodnia"
    )


@tpl("personal_fleet", "tacho_letters", 3)
def t_tacho_letters(c):
    ds = c.people(3, "gb ie pl lt ro")
    rows = []
    inf = c.picks(["daily rest 8h10 (reduced min 9h)", "4h50 driving without 45 min break",
                   "weekly rest taken in cab (regular)", "card not inserted 06:12-06:40",
                   "11h15 daily driving (max 10h x2/wk)"], 3)
    for i, p in enumerate(ds):
        lic = c.nid(p) if p.nid and p.nid[0] == "licence" else "-"
        rows.append(f"{p.n} | {c.dob(p, 'dmy/')} | {lic} | {inf[i]}")
    return (
        "Write a short firm-but-fair letter to each of these drivers about the tacho infringements "
        "(EU 561/2006), and tell me which ones need a formal interview.\n\n"
        "Driver | DOB | Licence no. | Infringement\n" + "\n".join(rows)
    )


@tpl("personal_fleet", "vezejas_lt", 2, lang="lt", case="lower")
def t_vezejas_lt(c):
    d1, d2 = c.people(2, "lt lv ee")
    return (
        f"parašyk trumpą laišką klientui angliškai, kad krovinys vėluos. vairuotojas {d1.n}, tel. "
        f"{c.phone('lt')}, stovi prie brennerio perėjos jau 3 val. veronoje jį pakeis {d2.n}. "
        "atsiprašyk, bet nekaltink vairuotojo"
    )


@tpl("personal_fleet", "fuel_card", 2)
def t_fuel_card(c):
    p = c.person("ro pl lt bg gr")
    ib = c.iban(p.cc if p.cc in IBANS else "gb")
    return (
        f"One of our drivers paid for diesel on {p.his} own card because the fuel card got declined at the Shell "
        "in Coquelles. How do I reimburse it - do I need the card number on the expense claim? "
        f"{p.he.capitalize()} sent this:\n\n\"{p.n}, card {CARD(c.pool('card', CARDS))}, EUR 312.40 Shell "
        f"14/02, please pay to my account {ib}\""
    )


@tpl("personal_fleet", "autista_it", 3, lang="it")
def t_autista_it(c):
    d = c.person("it al ro ma sn")
    cs = c.person("it")
    a = c.addr("it")
    nato = "nata" if d.sex == "f" else "nato"
    return (
        "Mi aiuti a scrivere un richiamo formale per questo autista? Tre ritardi al CeDi di Verona in un mese.\n\n"
        f"Autista: {d.n}, {nato} il {c.dob(d, 'dmy/')}, residente a {a.town}\n"
        "Date: 3, 11 e 24 ottobre\n"
        f"Il caposquadra {cs.n} dice che il GPS (Webfleet) mostra soste di 50 minuti ad Affi.\n"
        f"Tel. {c.phone('it')}"
    )


# ---------------------------------------------------------------- personal_training


@tpl("personal_training", "matrix_csv", 3)
def t_matrix_csv(c):
    ps = c.people(4, "gb ie pl ro lt in pk ir af hr eg")
    rows = []
    for p in ps:
        cb = c.pick(["12/10/2024", "03/11/2024", "n/a", "28/02/2025"])
        rt = c.pick(["n/a", "19/09/2024", "07/01/2025"])
        rows.append(f"\"{p.f}, {p.g}\",{c.dob(p, 'dmy/')},{cb},{rt}")
    return (
        "Here's our training matrix export. Which FLT tickets expire in the next 60 days? Today is 1 Sept. "
        "Give me the list and a draft email to the training provider.\n\n"
        "Employee,DOB,Counterbalance B1 expiry,Reach D1 expiry\n" + "\n".join(rows)
    )


@tpl("personal_training", "hot_work_permit", 3)
def t_hot_work_permit(c):
    iss, w, fw = c.people(3, "gb ie pl")
    area = c.pick(["Boiler house roof", "Silo 3 access gantry", "Dryer building, east wall"])
    return (
        "Check this hot work permit for gaps before I sign it off:\n\n"
        f"PERMIT No. HW-0{c.ri(700, 999)}   Area: {area}\n"
        "Work: cutting & welding brackets (MIG), fire watch 60 min after\n"
        f"Issued by: {iss.n} (Maint. Eng.)\n"
        f"Performing authority: {w.n}, contractor, mob. {c.phone('gb')}\n"
        f"Fire watch: {fw.g}\n"
        "Isolations: none listed\n"
        f"Gas test: LEL 0% by {iss.g} 07:45"
    )


@tpl("personal_training", "skoleni_cs", 3, lang="cs")
def t_skoleni_cs(c):
    t = c.person("cz sk")
    p1 = c.person("cz sk ua mn vn", need="rodné číslo" if c.k < 2 else None)
    p2, p3 = c.people(2, "cz sk ua mn vn")
    return (
        "Potřebuji z toho udělat záznam o vstupním školení BOZP a PO, aby to prošlo kontrolou inspektorátu.\n\n"
        f"Školitel: {t.n}\nDatum: 2. 9., 2 hodiny, test 10 otázek\nÚčastníci:\n"
        f"1. {p1.n}, {('RČ ' + c.nid(p1)) if p1.nid else ('nar. ' + c.dob(p1, 'cz'))} - 9/10\n"
        f"2. {p2.n}, nar. {c.dob(p2, 'cz')} - 6/10 (opakovat)\n"
        f"3. {p3.n}, bytem {c.addr('cz').line} - 10/10"
    )


@tpl("personal_training", "cert_upper", 2, case="upper")
def t_cert_upper(c):
    p, a = c.person(), c.person("gb ie")
    course = c.pick(["IOSH MANAGING SAFELY", "NPORS N001 FORKLIFT (COUNTERBALANCE)"])
    return (
        f"certificate text please, same layout as last time: THIS IS TO CERTIFY THAT {p.n} (DOB "
        f"{c.dob(p, 'uk')}) HAS SUCCESSFULLY COMPLETED {course}. ASSESSOR: {a.n}. "
        "VALID 3 YEARS FROM DATE OF ISSUE."
    )


@tpl("personal_training", "truckcert_da", 2, lang="da")
def t_truckcert_da(c):
    hr = c.person("dk")
    p1, p2, p3 = c.people(3, "dk pl ro lt ua")
    return (
        "Kan du lave en kort påmindelse til disse medarbejdere om fornyelse af truckcertifikat? Skriv på dansk "
        "og meget enkelt, flere læser ikke dansk så godt.\n\n"
        f"- {p1.n} ({c.email(p1)}) - udløber 30/11\n"
        f"- {p2.n} - udløbet 12/10 !!\n"
        f"- {p3.n} (tlf. {c.phone('dk')})\n"
        f"Underskrift: {hr.g}, HR, slagteriet"
    )


@tpl("personal_training", "pelatihan_id", 3, lang="id")
def t_pelatihan_id(c):
    t = c.person("id my")
    p1, p2, p3 = c.people(3, "id my ph")
    return (
        "Tolong buatkan rekap pelatihan K3 (APAR dan P3K) dari catatan ini, format tabel:\n\n"
        "Tanggal: 12 Agustus, PKS Sungai Bahar\n"
        f"Instruktur: {t.n}\n"
        f"Peserta: {p1.n} (mandor panen), {p2.n}, {p3.n}\n"
        f"{p2.g} tidak ikut praktek APAR, dijadwalkan ulang.\n"
        f"No HP koordinator: {c.phone('id')}"
    )


# ---------------------------------------------------------------- personal_qc


@tpl("personal_qc", "complaint_email", 3)
def t_complaint_email(c):
    p = c.person("gb ie in pk jm gh kh cn kr et")
    a = c.addr("gb")
    thing = c.pick(["a piece of blue plastic in a chicken tikka sandwich",
                    "a small bolt in a bag of Maris Piper potatoes",
                    "mould under the lid of the Greek-style yoghurt"])
    return (
        "Draft a customer response (no admission of liability) and a CAPA summary for this complaint:\n\n"
        f"> From: {p.n} <{c.email(p)}>\n"
        f"> I found {thing}, best before 14/06, code L4162B. I still have it. My address is\n"
        f"{a.lines('> ')}\n"
        f"> Call me on {c.phone('gb')} after 5."
    )


@tpl("personal_qc", "coa_check", 3)
def t_coa_check(c):
    an, rv = c.people(2, "gb ie pl in lk ng cn jp kr eg")
    m = c.pick(["4.1", "4.3", "4.2"])
    return (
        "Can you check this certificate of analysis against spec and reword the deviation note so QA will accept it?\n\n"
        "Product: skimmed milk powder, lot 24-117\n"
        f"Moisture {m} % (spec max 4.0) - Karl Fischer\n"
        "Protein (Kjeldahl) 34.6 %   Bacillus cereus <100 cfu/g\n"
        f"Analysed: {an.n} 12.06   Reviewed: {rv.n}   Approved: pending\n"
        f"Deviation: \"{an.g} says the KF was calibrated with the old Hydranal lot\""
    )


@tpl("personal_qc", "reclamo_it", 3, lang="it")
def t_reclamo_it(c):
    p = c.person("it")
    return (
        "Scrivi una risposta formale a questo reclamo di un consumatore, senza ammettere responsabilità:\n\n"
        f"\"Buongiorno, sono {p.n} e abito in {c.addr('it').line}. Nella confezione di passata lotto "
        f"24B{c.ri(100, 199)} ho trovato un frammento di vetro. Ho conservato tutto, anche lo scontrino. "
        f"Il mio numero è {c.phone('it')}.\""
    )


@tpl("personal_qc", "lims_audit", 3)
def t_lims_audit(c):
    a1, a2 = c.people(2, "gb pl in lk cn kr jp ir ie")
    u1 = c.login(a1, c.pick(["fam.g", "gfam", "g.fam"]))
    u2 = c.login(a2, c.pick(["g.fam", "famg", "GFAM"]))
    test = c.pick(["Aflatoxin B1", "DON (vomitoxin)", "Ochratoxin A"])
    return (
        "The auditor flagged this LIMS audit trail. Is this a data integrity problem under ALCOA+? Explain simply "
        "and say what the CAPA should be.\n\n"
        "timestamp,user,action,sample,test,old,new,reason\n"
        f"2024-04-02 16:41,{u1},RESULT_ENTER,S24-08812,{test},,3.9,\n"
        f"2024-04-02 16:58,{u1},RESULT_MODIFY,S24-08812,{test},3.9,1.9,\"typo\"\n"
        f"2024-04-03 08:02,{u2},REVIEW_APPROVE,S24-08812,{test},,,"
    )


@tpl("personal_qc", "ncr_vi", 2, lang="vi")
def t_ncr_vi(c):
    p, lead = c.people(2, "vn")
    return (
        "Giúp tôi viết báo cáo sự không phù hợp (NCR) từ ghi chú sau:\n\n"
        f"Ca 2, ngày 14/5 - xưởng tôm\nNhân viên QC: {p.n}\n"
        "Phát hiện: nhiệt độ tâm sản phẩm -15°C (yêu cầu ≤ -18°C), lô 0514-T2\n"
        f"Trưởng ca {lead.n} đã cho cách ly 4 pallet.\nLiên hệ: {c.phone('vn')}"
    )


@tpl("personal_qc", "lower_micro", 2, case="lower")
def t_lower_micro(c):
    a, lead = c.person(), c.person("gb ie pl")
    return (
        f"{a.g} from the micro lab says the listeria swab on filler 2 came back presumptive positive, {a.he} wants "
        f"to re-swab before we call it. what are the hold and release steps? {lead.n} is on leave so its on me"
    )


# ---------------------------------------------------------------- personal_coop


@tpl("personal_coop", "pool_payout_csv", 3)
def t_pool_payout_csv(c):
    ps = c.people(3, "nl be de")
    rows = []
    for p in ps:
        a = c.addr(p.cc)
        rows.append(f"{c.ri(1000, 1999)},{p.n},\"{a.line}\",{c.iban(p.cc)},{c.ri(80, 640)}.{c.ri(0, 9)}")
    return (
        "The co-op is paying the grain pool top-up (EUR 6.20/t). Turn this into a SEPA batch summary table with "
        "the amount per member and the total:\n\n"
        "member,name,address,iban,tonnes\n" + "\n".join(rows)
    )


@tpl("personal_coop", "grain_contract", 3)
def t_grain_contract(c):
    p = c.person("gb")
    a = c.addr("gbf")
    crop = c.pick(["200t feed wheat", "150t spring malting barley (Laureate)", "300t OSR"])
    return (
        "Check this contract confirmation before I send it - anything missing vs the AIC No.1 terms?\n\n"
        f"CONTRACT CONFIRMATION  No. GC-24-0{c.ri(600, 699)}\n"
        f"Seller: {p.n}, {a.line}\n"
        f"Tel: {c.phone('gb')}   Email: {c.email(p)}\n"
        "Buyer: Fenland Grain Ltd\n"
        f"Commodity: {crop}, harvest 2024, ex-farm, Nov movement\n"
        f"Price: £{c.ri(170, 190)}.50/t, spec: 76 kg/hl, moisture 15% max, admix 2%"
    )


@tpl("personal_coop", "cooperado_br", 3, lang="pt")
def t_cooperado_br(c):
    p = c.person("br")
    cl = c.person("br")
    un = c.pick(["Cruz Alta", "Palmeira das Missões", "Não-Me-Toque"])
    return (
        "Preciso responder o cooperado abaixo pelo WhatsApp, explicando o desconto de umidade na soja. "
        "Escreve de um jeito simples:\n\n"
        f"\"Boa tarde, aqui é {'a' if p.sex == 'f' else 'o'} {p.n}, matrícula {c.ri(30000, 49999)}, CPF {c.nid(p)}. "
        f"Entreguei 1.280 sacas na unidade de {un} e o romaneio veio com 18% de desconto. "
        f"{'A' if cl.sex == 'f' else 'O'} {cl.g} da classificação disse que a "
        f"umidade tava em 16,5. Meu zap é {c.phone('br')}"
        + (f", endereço pro talão: {c.addr('br').line}" if c.k == 0 else "") + "\""
    )


@tpl("personal_coop", "elevator_uk", 2, lang="uk")
def t_elevator_uk(c):
    p = c.person("ua-cyr")
    return (
        "Допоможи скласти лист-претензію від імені фермера до елеватора. Дані:\n\n"
        f"Фермер: {p.n} (ФГ «{p.f}»)\n"
        f"Адреса: {c.addr('ua').line}\n"
        f"Тел.: {c.phone('ua')}\n"
        "Здали 312 т пшениці 3 класу, елеватор записав 4 клас через клейковину 17%, а наша лабораторія показала 19%."
    )


@tpl("personal_coop", "adherent_fr", 3, lang="fr")
def t_adherent_fr(c):
    p = c.person("fr")
    return (
        "Rédige une réponse à cet adhérent qui réclame son complément de prix sur le blé tendre (campagne "
        "2023/24). Ton cordial.\n\n"
        f"> De : {p.n} <{c.email(p)}>\n"
        f"> Adhérent n° {c.ri(10000, 19999)} - {c.addr('fr').line}\n"
        f"> Je n'ai toujours rien reçu. Mon RIB a changé : {c.iban('fr')}. Merci de me rappeler au {c.phone('fr')}."
    )


@tpl("personal_coop", "elaiolado_el", 2, lang="el")
def t_elaiolado_el(c):
    p = c.person("el-gr")
    return (
        "Μπορείς να γράψεις μια σύντομη ανακοίνωση για τα μέλη του συνεταιρισμού, και ξεχωριστά ένα μήνυμα "
        "για τον παραγωγό παρακάτω;\n\n"
        "Το ελαιόλαδο (οξύτητα κάτω από 0,5) πληρώνεται 7,20 €/κιλό.\n"
        f"Παραγωγός: {p.n}, {c.addr('gr-el').line}, τηλ. {c.phone('gr')}\n"
        "Παρέδωσε 1.840 κιλά αλλά η οξύτητα βγήκε 0,9."
    )


# ================================================================= PII-free templates
# ---------------------------------------------------------------- clean_safety


@tpl("clean_safety", "toolbox_talk", 3)
def t_toolbox_talk(c):
    topic, aud, ref = [
        ("manual handling", "new starters from the agency",
         "the HSE's MAC tool and the NIOSH lifting equation"),
        ("working near the Claas Lexion and the grain trailers at harvest", "the harvest crew",
         "Heinrich's triangle and why the Bradley Curve from DuPont is more useful"),
        ("slips and trips in the packhouse", "night shift hygiene",
         "the Swiss cheese model (James Reason)"),
        ("Weil's disease (leptospirosis) and rats in the grain store", "the grain store team",
         "what the Control of Substances Hazardous to Health Regulations say about biological agents"),
    ][c.k]
    return (
        f"Write a 10-minute toolbox talk on {topic} for {aud}. Work in {ref}, keep it practical and "
        "finish with 3 questions to ask the team. No jargon - half of them have English as a second language."
    )


@tpl("clean_safety", "incident_form_template", 3)
def t_incident_form_template(c):
    ph, ex = [
        (("[Full Name]", "[DD/MM/YYYY]", "[Address line 1], [Town], [Postcode]", "{{reporter_name}}"),
         "John Doe (Operator, Line 3) slipped on wet floor near the Krones labeller"),
        (("<INJURED_PERSON>", "<DOB>", "<HOME_ADDRESS>", "<REPORTED_BY>"),
         "Joe Bloggs caught his sleeve on the Bosch flow-wrapper infeed"),
        (("%NAME%", "%DATE_OF_BIRTH%", "%ADDRESS%", "%REPORTER%"),
         "Max Mustermann cut his thumb on a Stanley knife opening shrink wrap"),
    ][c.k]
    return (
        "Improve this incident report template: add a root-cause section (5 Whys and an Ishikawa fishbone) "
        "and a RIDDOR classification box. Keep the placeholders exactly as they are.\n\n"
        "INCIDENT / NEAR MISS REPORT\n"
        f"Name of injured person: {ph[0]}\n"
        f"Date of birth: {ph[1]}\n"
        f"Home address: {ph[2]}\n"
        f"Reported by: {ph[3]} (Job Title)\n"
        "Witness(es):\n"
        f"Example entry: \"{ex}\""
    )


@tpl("clean_safety", "gefaehrdung_de", 3, lang="de")
def t_gefaehrdung_de(c):
    bereich, geraete = [
        ("den Spargelschälraum", "zwei Hepro-Schälmaschinen und ein Jungheinrich-Hubwagen"),
        ("das Hochregallager", "Schmalgangstapler von Linde und Still"),
        ("die Siloanlage (Getreide)", "Bühler-Elevatoren und ein Dräger X-am 2500 zum Freimessen"),
    ][c.k]
    return (
        f"Was muss nach § 5 ArbSchG und DGUV Vorschrift 1 in eine Gefährdungsbeurteilung für {bereich}? "
        f"Bei uns laufen {geraete}. Bitte als Tabelle: Gefährdung, Maßnahme nach STOP-Prinzip, "
        "Verantwortlich (nur Funktion, z. B. Schichtleiter, Fachkraft für Arbeitssicherheit)."
    )


@tpl("clean_safety", "upper_sign", 3, case="upper")
def t_upper_sign(c):
    return "Make this into a sign for the door, big and bold:\n" + [
        ("Hearing protection must be worn beyond this point. Grinding and pallet wrapping in operation "
        "(Control of Noise at Work Regulations 2005). Questions? Ask your Team Leader."),
        ("No pedestrians in aisles 9-14 when the blue light is on. Reach trucks operating. "
        "Grace period for the new hi-vis rule ends Friday."),
        ("Confined space - Silo 2. Entry by permit only. Gas test with the Dräger before entry. "
        "Rescue team on standby. Emergency: dial 999 then Security."),
    ][c.k]


@tpl("clean_safety", "calor_es", 3, lang="es")
def t_calor_es(c):
    lugar, zona = [
        ("invernaderos", "el Poniente almeriense"),
        ("la recogida de fresa en túnel", "el entorno de Doñana"),
        ("el almacén de manipulado sin climatizar", "la Vega del Guadalquivir"),
    ][c.k]
    return (
        "¿Qué obliga el Real Decreto 486/1997 y la Ley 31/1995 de Prevención de Riesgos Laborales respecto "
        f"al golpe de calor en {lugar}? La AEMET ha dado aviso naranja para {zona}. Necesito un protocolo "
        "corto: horarios, pausas, agua y quién decide parar (encargado o técnico de PRL)."
    )


@tpl("clean_safety", "lower_safety_q", 4, case="lower")
def t_lower_safety_q(c):
    return [
        ("whats the difference between a riddor report and the osha 300 log? we have sites in lincolnshire "
        "and in salinas, california"),
        ("do we need a coshh assessment for sodium hypochlorite if we only use the diluted one from the "
        "ecolab dispenser"),
        "is a hi-vis vest enough near the jcb loadall or do we need a banksman every time it reverses",
        "explain lockout tagout like im new. we have a marel gutting line and a baader filleting machine",
    ][c.k]


@tpl("clean_safety", "bhp_pl", 3, lang="pl")
def t_bhp_pl(c):
    co, przepis, gdzie = [
        ("wózków widłowych (UDT, badania okresowe)", "Kodeksu pracy i ustawy o dozorze technicznym", "w Grójcu"),
        ("pracy przy sortowni jabłek", "rozporządzenia w sprawie ogólnych przepisów BHP", "pod Sandomierzem"),
        ("komór chłodniczych z kontrolowaną atmosferą (ULO)", "wytycznych PIP", "w Wielkopolsce"),
    ][c.k]
    return (
        f"Jakie są wymagania BHP dla {co} według {przepis}? Chodzi o zakład {gdzie}. "
        "Potrzebuję listy kontrolnej dla brygadzisty, punkt po punkcie."
    )


# ---------------------------------------------------------------- clean_production


@tpl("clean_production", "oee_calc", 3)
def t_oee_calc(c):
    line = ["Line 4 (Ishida multihead + Bosch bagger)", "the Tetra Pak A3/Flex", "the Krones Modulfill",
            "the Sidel blow moulder"][c.k]
    pt = c.pick([450, 480, 420])
    dt = c.ri(35, 90)
    ct = c.pick(["0.8", "1.2", "0.45"])
    tc = c.ri(18000, 31000)
    return (
        f"Calculate OEE for {line} last night and explain availability x performance x quality simply, "
        "I have to present it to the shift leads.\n"
        f"Planned time {pt} min, unplanned stops {dt} min, ideal cycle time {ct} s/unit, total count {tc}, "
        f"rejects {c.ri(150, 900)}."
    )


@tpl("clean_production", "pid_log", 3)
def t_pid_log(c):
    hist, plc = [
        ("AVEVA Historian", "Siemens S7-1500, TIA Portal V17"),
        ("Ignition (Inductive Automation)", "Allen-Bradley ControlLogix 5580"),
        ("FactoryTalk Historian", "Beckhoff CX5140 with TwinCAT 3"),
    ][c.k]
    tag = c.pick(["TIC-204", "TIC-118", "LIC-310"])
    return (
        f"Why does this loop keep oscillating? It was tuned with Ziegler-Nichols last year. From the {hist}:\n\n"
        f"08:02:11 {tag} PV 71.8 SP 72.0 OUT 43%\n"
        f"08:02:41 {tag} PV 73.9 SP 72.0 OUT 12%\n"
        f"08:03:11 {tag} PV 70.2 SP 72.0 OUT 78%\n"
        f"08:03:41 {tag} PV 74.4 SP 72.0 OUT 5%\n"
        f"08:03:42 ALM {tag} HI  ACK HMI-01\n"
        f"PLC: {plc}. Steam valve is a Spirax Sarco with a Samson positioner."
    )


@tpl("clean_production", "mes_json", 3)
def t_mes_json(c):
    site, product = [("Kent packhouse", "Granny Smith 6x1kg"), ("Lincs Site 2", "Maris Piper 2.5kg"),
                     ("Spalding", "Jersey Royal 750g")][c.k]
    good = c.ri(39000, 46000)
    return (
        "Summarise this MES export into a short shift report - output vs plan and top 3 downtime reasons:\n\n"
        f"{{\"site\": \"{site}\", \"shift\": \"B\", \"line\": \"L2\", \"product\": \"{product}\", "
        f"\"planned_units\": 48000, \"good_units\": {good},\n"
        " \"downtime\": [{\"reason\": \"Ishida CCW jam\", \"min\": 34}, "
        "{\"reason\": \"Mettler Toledo checkweigher reject high\", \"min\": 22}, "
        "{\"reason\": \"waiting for QA release\", \"min\": 18}],\n"
        " \"crew\": \"Shift Lead B + 11 operators\", \"oee\": 0.71}"
    )


@tpl("clean_production", "smed_it", 3, lang="it")
def t_smed_it(c):
    mac, citta = [("della confezionatrice IMA", "Parma"), ("dell'etichettatrice Krones", "Alba"),
                  ("della riempitrice Sidel", "Verona")][c.k]
    return (
        "Spiegami la differenza tra lo SMED di Shigeo Shingo e il TPM di Seiichi Nakajima, con un esempio "
        f"sul cambio formato {mac}. Ho un gruppo di capiturno a {citta} che conosce già il ciclo di Deming "
        "(PDCA) ma non il Lean."
    )


@tpl("clean_production", "kaizen_ja", 3, lang="ja")
def t_kaizen_ja(c):
    step = ["包装ライン", "検品工程", "フォークリフトによる搬送"][c.k]
    return (
        "改善提案書のテンプレートを作ってください。トヨタ生産方式（大野耐一）の「7つのムダ」を使って、"
        f"{step}の記入例も入れてください。「提案者」「所属」の欄は空欄のままでお願いします。"
    )


@tpl("clean_production", "upper_loto", 3, case="upper")
def t_upper_loto(c):
    mac, part = [("Krones labeller Line 2", "SKF 6205-2RS bearings"),
                 ("Marel spiral freezer", "Gates Poly Chain GT2 belt 8MGT-1200"),
                 ("Bühler roller mill 3", "Festo DSBC cylinder")][c.k]
    return (
        f"LOTO notice for the {mac}: isolate at main panel, lock with your OWN padlock, try start. "
        f"Spares on the shelf: {part}. Never remove another person's lock. Questions - Maintenance Supervisor."
    )


@tpl("clean_production", "lower_maint", 4, case="lower")
def t_lower_maint(c):
    return [
        "how often should the mechanical seal on a grundfos cr 32 get changed, it runs 24/7 on hot water",
        "weibull vs mtbf for planning bearing changes? the skf rep says one thing, the timken guy another",
        "is ignition or wonderware easier for a small dairy with 3 lines, we already have siemens plcs",
        "what does the k factor on an endress+hauser promass coriolis meter actually mean",
    ][c.k]


# ---------------------------------------------------------------- clean_farming


@tpl("clean_farming", "variety_choice", 3)
def t_variety_choice(c):
    soil, region, a, b, buyer, trait = [
        ("heavy clay", "north Norfolk", "KWS Extase", "Graham", "a local mill", "Septoria"),
        ("light sandy land", "the Brecks", "Skyfall", "Crusoe", "a Warburtons bread contract", "Hagberg"),
        ("a new orchard on M9 rootstock", "Kent", "Gala", "Jazz", "a supermarket", "storage life"),
        ("silt", "Lincolnshire", "Maris Piper", "Lady Rosetta", "the chip shop trade", "dry matter"),
    ][c.k]
    return (
        f"Which would you go for on {soil} in {region}: {a} or {b}? We sell to {buyer}. "
        f"Compare yield, disease resistance and {trait}."
    )


@tpl("clean_farming", "kas_nl", 3, lang="nl")
def t_kas_nl(c):
    gewas, ras, systeem, ziekte = [
        ("tomaat", "Merlice", "een Priva-klimaatcomputer", "Botrytis"),
        ("aardbei", "Elsanta", "Hoogendoorn", "echte meeldauw"),
        ("paprika", "Cappricia", "Ridder", "Tuta absoluta en trips"),
    ][c.k]
    return (
        f"Wat is een goede stooktemperatuur voor {gewas} ras '{ras}' in week {c.ri(8, 14)}? We telen in het "
        f"Westland met {systeem} en zetten hommels van Koppert in. Geef ook tips tegen {ziekte}."
    )


@tpl("clean_farming", "vigne_fr", 3, lang="fr")
def t_vigne_fr(c):
    surface, aoc, c1, c2, sol = [
        ("1,2 ha", "AOC Champagne (Côte des Bar)", "Pinot noir", "Chardonnay", "argilo-calcaire"),
        ("80 ares", "AOC Cahors", "Malbec (Côt)", "Merlot", "graves"),
        ("2 ha", "Muscadet Sèvre et Maine", "Melon de Bourgogne", "Folle blanche", "schisteux"),
    ][c.k]
    return (
        f"Pour replanter {surface} en {aoc}, vous conseilleriez plutôt du {c1} ou du {c2} ? Sol {sol}. "
        "On voudrait aussi réduire le cuivre (bouillie bordelaise) contre le mildiou. Que dit le cahier "
        "des charges de l'INAO ?"
    )


@tpl("clean_farming", "machinery_cmp", 3)
def t_machinery_cmp(c):
    a, b, d, use, area = [
        ("John Deere 6R 155", "Fendt 724 Vario", "Massey Ferguson 7S.180", "drilling with a Horsch Pronto",
         "the Borders"),
        ("Claas Lexion 6800", "New Holland CR8.90", "Case IH Axial-Flow 7250", "wheat and OSR", "Lincolnshire"),
        ("JCB Loadall 542-70", "Manitou MLT 635", "Merlo TF42.7", "yard work and bale stacking", "Devon"),
    ][c.k]
    return (
        f"Compare a {a}, a {b} and a {d} for {use}. Running costs, dealer back-up in {area} and resale "
        f"value. About {c.ri(300, 900)} ha arable."
    )


@tpl("clean_farming", "farm_group_chat", 3)
def t_farm_group_chat(c):
    lines = [
        ["[05:58] Parlour: Bulk tank at 3.9C, Lely robot 2 (Astronaut A5) had 14 failed attaches overnight",
         "[06:10] Workshop: Massey front linkage still leaking, part due Thursday",
         "[06:12] Office: Arla collection moved to 10:30",
         "[06:20] Calf Shed: 2 heifer calves, both had 4L colostrum"],
        ["[06:02] Office: Muller tanker 20 min late",
         "[06:15] Workshop: Fendt in for service, using the Deutz on the feeder wagon",
         "[06:31] Parlour: DeLaval cluster 5 pulsator ticking again",
         "[06:40] Calf Shed: Bovipast done on the 12 weaned ones"],
        ["[05:45] Parlour: 3 cows on the Kamar list, foot trimmer booked",
         "[06:05] Office: AHDB milk price email - Arla up 1p",
         "[06:07] Workshop: JCB has a puncture, spare on the Manitou",
         "[06:22] Calf Shed: Jersey cross calf scouring, electrolytes given"],
    ][c.k]
    return "Summarise this from the farm WhatsApp group into jobs for today:\n\n" + "\n".join(lines)


@tpl("clean_farming", "lower_grower", 4, case="lower")
def t_lower_grower(c):
    return [
        "is it too late to drill winter barley after beet lifting in mid november? heavy clay, norfolk",
        "what does liebig's law of the minimum mean for my fertiliser plan? soil test says low k, ok p",
        "best way to keep bramley apples till march without a ca store",
        "granny smith or pink lady for a pick your own in surrey? people want something they know",
    ][c.k]


@tpl("clean_farming", "mahindi_sw", 3, lang="sw")
def t_mahindi_sw(c):
    aina, dalili, eneo, mbolea = [
        ("H614", "majani ya njano", "Kiambu", "CAN"),
        ("DH04", "viwavijeshi (fall armyworm)", "Machakos", "DAP"),
        ("WH505", "ukame wa mwezi Februari", "Makueni", "NPK 17:17:17"),
    ][c.k]
    return (
        f"Naomba ushauri: mahindi aina ya {aina} yanaonyesha {dalili}. Shamba liko {eneo}. "
        f"Je, nitumie mbolea ya {mbolea} sasa au nisubiri mvua? KALRO wanashauri nini?"
    )


# ---------------------------------------------------------------- clean_vet_lab


@tpl("clean_vet_lab", "disease_explain", 3)
def t_disease_explain(c):
    dis, aud, extra = [
        ("Johne's disease", "our dairy herdsmen", "Mention the Ziehl-Neelsen stain and why milk ELISA misses cases."),
        ("Schmallenberg virus", "the sheep discussion group", "Our ewes are Texel x Suffolk, tupping in October."),
        ("bluetongue (BTV-3)", "beef farmers near the Norfolk coast", "How is it different from foot-and-mouth?"),
        ("Marek's disease", "a hobby keeper with Rhode Island Reds and Marans", "Is vaccination worth it for 20 hens?"),
    ][c.k]
    return f"Explain {dis} to {aud} in plain words - how it spreads, signs, and what we can do. {extra}"


@tpl("clean_vet_lab", "lab_method", 3)
def t_lab_method(c):
    return [
        ("Our Kjeldahl protein results on feed wheat run 0.4% lower than the Dumas results from the Foss "
        "analyser. Which one is right, and is there a conversion factor I should use?"),
        ("The Levey-Jennings chart for our Karl Fischer moisture control has two points over +2SD in a row. "
        "Which Westgard rule is that (2-2s?) and do I have to reject the run?"),
        ("Hagberg falling number came in at 180 s on a Skyfall sample and the Perten machine was calibrated "
        "on Monday. What else apart from sprouting can give a low falling number?"),
    ][c.k]


@tpl("clean_vet_lab", "sop_template", 3)
def t_sop_template(c):
    title, equip = [
        ("Gerber butterfat test", "Funke Gerber centrifuge, butyrometers, amyl alcohol"),
        ("Soxhlet fat extraction", "Büchi extraction unit, Whatman thimbles, petroleum ether"),
        ("Gram stain of swab isolates", "Bunsen burner, crystal violet, Lugol's iodine, safranin"),
    ][c.k]
    return (
        "Turn this into a proper SOP template (ISO 17025 style). Leave the blanks blank.\n\n"
        f"SOP: {title}\n"
        "Analyst: ____________   Reviewed by: ____________   Date: __/__/____\n"
        f"Equipment: {equip}\n"
        "Example record: Sample ID S24-00001, analyst \"J. Doe\", result ___, within spec Y/N"
    )


@tpl("clean_vet_lab", "labor_de", 3, lang="de")
def t_labor_de(c):
    meth, q = [
        ("die Fallzahl nach Hagberg-Perten", "Warum ist das für Brotweizen (E- und A-Sorten) so wichtig?"),
        ("der Sedimentationswert nach Zeleny", "Welcher Wert gilt für Qualitätsweizen als gut?"),
        ("die DON-Bestimmung per ELISA im Vergleich zur HPLC", "Reicht ein Schnelltest von R-Biopharm für die Annahme am Silo?"),
    ][c.k]
    return f"Wie funktioniert {meth}? {q} Bitte kurz und für Laien verständlich."


@tpl("clean_vet_lab", "vacina_pt", 3, lang="pt", case="lower")
def t_vacina_pt(c):
    return [
        ("quais vacinas são obrigatórias para bezerras no rio grande do sul? a b19 contra brucelose é a partir "
        "de quantos meses? a embrapa tem material sobre isso?"),
        ("tristeza parasitária bovina: babesia ou anaplasma, como diferenciar no campo? o rebanho é nelore com "
        "cruzamento angus, no mato grosso"),
        "qual a diferença entre a vacina da raiva dos herbívoros e a de clostridioses? precisa reforço todo ano?",
    ][c.k]


@tpl("clean_vet_lab", "lower_lab", 3, case="lower")
def t_lower_lab(c):
    return [
        "why does my gram stain come out all pink, even the staph aureus control",
        "macconkey vs xld agar for salmonella from boot swabs, whats the practical difference",
        "do i need to run a blank every time on the karl fischer or only after changing the hydranal",
    ][c.k]


@tpl("clean_vet_lab", "mattilsynet_no", 3, lang="no")
def t_mattilsynet_no(c):
    tema, dyr, sted = [
        ("meldeplikt ved mistanke om skrapesjuke", "villsau", "Sunnmøre"),
        ("krav til øremerking av sau", "spælsau", "Valdres"),
        ("regler for bruk av Metacam til kalver", "NRF-kyr", "Jæren"),
        ("hva som skjer hvis blåtunge kommer til Norge", "NRF-kyr og noen Highland Cattle", "Trøndelag"),
    ][c.k]
    return f"Hva sier Mattilsynet om {tema}? Vi har {dyr} i {sted}. Svar kort og med lenke til regelverket."


# ---------------------------------------------------------------- clean_logistics


@tpl("clean_logistics", "tacho_rules", 3)
def t_tacho_rules(c):
    return [
        ("Under EU 561/2006, can a driver take a reduced weekly rest while the truck is on the ferry from "
        "Rosslare to Cherbourg? The crossing is about 18 hours."),
        ("Does the agricultural exemption from tachographs cover a Fendt with a grain trailer hauling for a "
        "neighbouring farm within 100 km, or only for our own farm?"),
        ("How does the 4.5 hour rule work if the driver is stuck in a queue at the Brenner Pass and the "
        "tachograph is on 'other work'?"),
        ("When does the smart tachograph version 2 retrofit deadline apply to our Scania R450s on "
        "international work, and does it matter if they never leave Ireland?"),
    ][c.k]


@tpl("clean_logistics", "route_plan", 3)
def t_route_plan(c):
    load, a, b, o1, o2, x = [
        ("strawberries", "Huelva", "New Covent Garden Market", "the Santander-Portsmouth ferry",
         "driving via Irun and Calais", "driver hours and reefer fuel"),
        ("apples", "Grójec", "Rotterdam", "road via Świecko and the A2/A12", "rail from Kutno",
         "e-TOLL and the German Maut"),
        ("milling wheat", "Constanța", "Ravenna", "a Handysize bulk vessel", "trucks via Bulgaria and Greece",
         "demurrage and the Bosphorus queue"),
    ][c.k]
    return (
        f"What's the cheapest sensible way to move {load} from {a} to {b}? Options are {o1} or {o2}. "
        f"Think about {x}, and give me a rough cost per pallet or per tonne."
    )


@tpl("clean_logistics", "transport_ro", 3, lang="ro")
def t_transport_ro(c):
    marfa, a, b, x = [
        ("porumb", "Călărași", "portul Constanța", "CMR și certificat fitosanitar"),
        ("lapte crud", "Suceava", "Ungaria", "certificat sanitar-veterinar în TRACES"),
        ("pepeni", "Dăbuleni", "Viena", "aviz de însoțire a mărfii"),
    ][c.k]
    return (
        f"Ce documente îmi trebuie pentru un transport de {marfa} din {a} în {b}? Știu că trebuie {x}. "
        "Se aplică și RO e-Transport de la ANAF pentru asta?"
    )


@tpl("clean_logistics", "lojistik_tr", 3, lang="tr", case="lower")
def t_lojistik_tr(c):
    return [
        ("mersin limanından almanya'ya limon ihraç edeceğiz. ro-ro ile trieste üzerinden mi yoksa kapıkule'den "
        "karayoluyla mı daha mantıklı? transit süre ve maliyeti karşılaştırır mısın"),
        "ordu'dan hamburg'a fındık konteyneri gönderirken reefer şart mı? nem ve aflatoksin riski için ne önerirsin",
        ("kirazı izmir'den londra'ya uçakla mı yoksa frigo tır ile mi göndermek mantıklı, brexit sonrası "
        "gümrükte ne kadar bekler"),
    ][c.k]


@tpl("clean_logistics", "sms_template", 3)
def t_sms_template(c):
    tmpl = [
        ("Hi {{driver_first_name}}, your load {{load_ref}} for {{customer}} is ready at Bay {{bay}}. "
        "Please confirm ETA by replying YES. Thanks, Transport Office"),
        ("Hi [DRIVER], load [LOAD REF] for [CUSTOMER] is ready at bay [BAY]. Reply YES with ETA. "
        "e.g. 'YES 14:30'. Transport"),
        ("Hello %NAME%, collection %REF% at %SITE% moved to %TIME%. Call the planner if this is a problem. "
        "Example: Hello John, collection 4471 at Spalding moved to 15:00."),
    ][c.k]
    return f"Make this driver SMS template shorter and friendlier. Keep the placeholders exactly:\n\n{tmpl}"


@tpl("clean_logistics", "wms_velocity_csv", 3)
def t_wms_velocity_csv(c):
    wms = ["Manhattan", "Blue Yonder", "SAP EWM", "Körber (HighJump)"][c.k]
    items = c.picks(["Pink Lady 4pk", "Jazz apples 6pk", "Granny Smith loose", "King Edward 2.5kg",
                     "Maris Piper 5kg", "Jersey Royal 750g", "Conference pears 4pk", "Braeburn 6pk",
                     "Cox 1kg bag", "Elsanta strawberries 400g"], 5)
    rows = [f"SKU-{c.ri(10000, 19999)},{d},{c.pick(['A', 'B', 'C', 'D'])}-0{c.ri(1, 9)}-0{c.ri(1, 4)},{c.ri(90, 2400)}"
            for d in items]
    return (
        f"Suggest re-slotting for the pick face from this velocity export ({wms}). Fast movers should be nearest "
        "the dispatch doors, which are at the A end.\n\nsku,description,location,picks_last_7d\n" + "\n".join(rows)
    )


@tpl("clean_logistics", "lower_fleet", 3, case="lower")
def t_lower_fleet(c):
    return [
        "samsara or webfleet for 40 scania and daf units, which one does driver scoring better",
        "how do i read a thermo king download? reefer shows -18 setpoint but return air -12",
        "is it worth moving the volvo fh fleet to hvo, what does volvo say about the engine warranty",
    ][c.k]


# ---------------------------------------------------------------- clean_hr_admin


@tpl("clean_hr_admin", "offer_template", 3)
def t_offer_template(c):
    first, last, site, sign = [
        ("{{first_name}}", "{{last_name}}", "{{site_name}}", "[HR Manager Name]"),
        ("[First Name]", "[Surname]", "[Farm]", "[Signature]"),
        ("<<FirstName>>", "<<LastName>>", "<<Site>>", "<<Manager>>"),
        ("{first}", "{last}", "{site}", "{signatory}"),
    ][c.k]
    role = ["Fruit Picker", "Packhouse Operative", "Tractor Driver", "Forklift Driver (Seasonal)"][c.k]
    return (
        "Tidy up this offer letter template for seasonal workers (Seasonal Worker visa route). Keep the merge "
        "fields exactly.\n\n"
        f"Dear {first} {last},\n"
        f"We are pleased to offer you a seasonal role as {role} at {site} from [Start Date] to [End Date]. "
        "Your hourly rate is the National Living Wage or piece rate, whichever is higher.\n"
        "Accommodation: caravan allocated on arrival, charged at the offset rate.\n"
        f"Signed: {sign}, on behalf of the company"
    )


@tpl("clean_hr_admin", "uitzend_nl", 3, lang="nl")
def t_uitzend_nl(c):
    x, y, z = [
        ("fase A en B bij seizoenswerk", "een SNA-gecertificeerd uitzendbureau", "voor huisvesting op het bedrijf"),
        ("de inlenersbeloning", "Otto Workforce", "als de uitzendkracht via een Pools bureau komt"),
        ("reiskosten en de ET-regeling", "Covebo", "bij een contract van minder dan 26 weken"),
    ][c.k]
    return (
        f"Wat zegt de ABU-cao over {x}? We werken met uitzendkrachten via {y}. En geldt de Waadi ook {z}? "
        "Graag kort, met verwijzing naar het artikel."
    )


@tpl("clean_hr_admin", "kadry_pl", 3, lang="pl")
def t_kadry_pl(c):
    x, y, z = [
        ("wynagrodzenie za nadgodziny w równoważnym systemie czasu pracy", "pracuje po 12 h w sortowni",
         "Liczymy w Symfonii."),
        ("urlop dla pracownika sezonowego na umowie zleceniu", "zbiera truskawki od maja do sierpnia",
         "Czy w ogóle mu przysługuje?"),
        ("składki ZUS dla studenta do 26 lat", "umowa zlecenie przy zbiorze jabłek",
         "Lepiej Płatnik czy Comarch ERP Optima?"),
    ][c.k]
    return f"Jak policzyć {x}? Przykład: Jan Kowalski, {y}. {z}"


@tpl("clean_hr_admin", "saison_de", 3, lang="de")
def t_saison_de(c):
    x, y, z = [
        ("die 70 Arbeitstage", "Erntehelfer aus Rumänien, 45 Tage Spargelstechen", "Wir rechnen mit DATEV."),
        ("die Zeitgrenzen bei Rentnern", "Rentner, zwei Monate Apfelernte am Bodensee",
         "Gilt das auch für Erika Mustermann als Minijobberin?"),
        ("die Sofortmeldung", "Pflücker aus der Ukraine mit Aufenthaltserlaubnis",
         "Was sagt die Bundesagentur für Arbeit dazu?"),
    ][c.k]
    return (
        f"Wie funktioniert bei kurzfristig Beschäftigten {x}? Beispielrechnung bitte für Max Mustermann, {y}, "
        f"Mindestlohn 12,41 €. {z}"
    )


@tpl("clean_hr_admin", "law_q", 3)
def t_law_q(c):
    return [
        ("Does the Agency Workers Regulations 2010 'Swedish derogation' still exist? We use a GLAA-licensed "
        "labour provider for the packhouse."),
        ("Explain the H-2A Adverse Effect Wage Rate for Washington vs Florida, and how the three-fourths "
        "guarantee works over a contract period."),
        ("What does a Modern Slavery Act 2015 section 54 statement need to cover for a farm with 200 seasonal "
        "workers and two labour providers?"),
    ][c.k]


@tpl("clean_hr_admin", "lower_hr_software", 3, case="lower")
def t_lower_hr_software(c):
    return [
        "rotacloud vs deputy vs planday for 200 pickers across 3 farms, which one handles piece rate",
        "can sage payroll do 12.07% holiday accrual for zero hours or do we need brightpay",
        "does personio or bamboohr integrate with kronos clocks",
        "is workday overkill for a 600 person food factory? we're on adp now",
    ][c.k]


@tpl("clean_hr_admin", "lon_sv", 3, lang="sv")
def t_lon_sv(c):
    x, y, z = [
        ("OB-tillägg för nattskift", "jobbar 22-06 på mejeriet", "Livsmedelsavtalet"),
        ("semesterersättning för säsongsanställda", "plockar bär i Norrland juli-augusti", "Lantarbetaravtalet"),
        ("karensavdrag och sjuklön", "timanställd på packeriet", "Lantarbetaravtalet"),
    ][c.k]
    return f"Hur räknar jag {x}? Exempel: Sven Svensson, {y}. Vi följer {z}."


# ---------------------------------------------------------------- clean_markets


@tpl("clean_markets", "market_q", 3)
def t_market_q(c):
    return [
        ("Why did MATIF milling wheat drop €9/t after yesterday's WASDE? Explain it like I'm a farmer deciding "
        "whether to sell 100t now or hold until spring."),
        "What is the spread between CBOT corn and Dalian corn telling us about Chinese imports this season?",
        "Explain basis to me using Kansas City HRW futures and a country elevator in Dodge City.",
        ("How do Cargill, ADM, Bunge and Louis Dreyfus (the 'ABCD' traders) actually make money on Black Sea "
        "wheat? Where do COFCO and Viterra fit?"),
    ][c.k]


@tpl("clean_markets", "history_q", 3)
def t_history_q(c):
    return [
        ("Who was Norman Borlaug and why is he called the father of the Green Revolution? 300 words for a "
        "school visit to the farm."),
        ("What did Jethro Tull (the agriculturist, not the band) and Cyrus McCormick invent? It's for a "
        "display next to the old Ferguson TE20 in our farm shop."),
        ("Tell me about Nikolai Vavilov and the seed bank in St Petersburg, and how it links to the Svalbard "
        "Global Seed Vault."),
    ][c.k]


@tpl("clean_markets", "marche_fr", 3, lang="fr")
def t_marche_fr(c):
    return [
        ("Comment fonctionne le prix d'acompte chez InVivo ou Axéréal par rapport au prix Euronext Rouen ? "
        "Je suis adhérent et je ne comprends pas le complément de prix."),
        ("Que veulent dire « FOB Rouen » et « rendu La Pallice » dans une offre de blé meunier ? Quelle est la "
        "différence pour un agriculteur de la Beauce ?"),
        ("Explique-moi la PAC 2023-2027 : écorégimes, BCAE 7 et rotation des cultures, pour une exploitation "
        "céréalière en Champagne berrichonne."),
    ][c.k]


@tpl("clean_markets", "zerno_uk", 3, lang="uk")
def t_zerno_uk(c):
    return [
        ("Поясни простими словами, як працювала Чорноморська зернова ініціатива і що змінилося для портів "
        "Одеса, Чорноморськ і Південний після її завершення."),
        ("Яка різниця між пшеницею 2 і 3 класу за ДСТУ 3768? Що перевіряють на елеваторі: клейковину, "
        "число падіння, натуру?"),
        ("Що таке форвардний контракт на кукурудзу з трейдером на кшталт Кернел або Нібулон, і які ризики "
        "для фермера, якщо ціна на CBOT піде вгору?"),
    ][c.k]


@tpl("clean_markets", "soja_br", 3, lang="pt")
def t_soja_br(c):
    return [
        ("Qual a diferença entre o preço da soja em Paranaguá e o indicador Cepea/Esalq? Por que o prêmio "
        "de porto muda tanto?"),
        ("Como funciona a troca (barter) de insumos por soja com a Bayer ou a Syngenta? Vale a pena para quem "
        "planta 800 ha no oeste do Paraná?"),
        "O que é a Moratória da Soja na Amazônia e como ela afeta quem vende para a Cargill ou a Amaggi?",
    ][c.k]


@tpl("clean_markets", "coop_newsletter", 3)
def t_coop_newsletter(c):
    topics = [
        "the Arla and FrieslandCampina milk price for March; the new AHDB grain market report; the Royal Welsh Show",
        "Fonterra's opening forecast; the Groundswell festival; a reminder about the Red Tractor audit window",
        "harvest intake rules at the Openfield stores; the John Deere dealer open day; the Oxford Farming Conference",
    ][c.k]
    return (
        "Write a warm 120-word intro for our co-op's member newsletter. The merge field for the name is "
        f"[Member First Name]. Topics this month: {topics}."
    )


@tpl("clean_markets", "lonja_es", 3, lang="es")
def t_lonja_es(c):
    return [
        ("¿Cómo se forma el precio del cereal en la Lonja de Albacete y en la del Ebro? ¿Por qué la cebada "
        "sube allí antes que en Segovia?"),
        ("¿Qué significa «precio sobre almacén agricultor» en la tablilla de la lonja y cuánto se suele "
        "descontar por transporte hasta Tarragona?"),
        ("Explícame cómo afectan las compras de COFCO y los envíos desde Ucrania al precio del maíz en el "
        "puerto de Tarragona."),
    ][c.k]



# ---------------------------------------------------------------- PII-free twins of the personal framings


@tpl("clean_safety", "nearmiss_roles_csv", 2)
def t_nearmiss_roles_csv(c):
    rows = [
        ["NM-3011,11/03,Goods In,Shift Lead B,\"pallet overhang on rack B12, nearly came down\",open",
         "NM-3012,11/03,Packing L2,Anonymous (QR form),\"guard interlock on the Ishida taped over\",open",
         "NM-3013,12/03,Yard,Agency Supervisor,\"HGV pulled off bay with the dock leveller still down\",closed",
         "NM-3014,13/03,Cold store,Hygiene Team,\"blast freezer door release stiff from the inside\",open"],
        ["NM-0907,02/09,Grain store,Harvest Manager,\"auger guard missing on the Perard intake\",open",
         "NM-0908,03/09,Drying floor,Night Dryer Operator,\"dust build-up near the Svegma burner\",open",
         "NM-0909,03/09,Weighbridge,Office,\"trailer moved while the driver was still on the steps\",closed",
         "NM-0910,05/09,Workshop,Fitter (contract),\"angle grinder used without the side handle\",open"],
    ][c.k]
    return (
        "Summarise this near-miss export for the SHE meeting - group by area and give me the top 3 actions.\n\n"
        "ref,date,area,reported_by,description,status\n" + "\n".join(rows)
    )


@tpl("clean_hr_admin", "rota_teams", 2)
def t_rota_teams(c):
    rows = [
        ["| Red Team (Line 1) | AM | AM | off | PM | PM |", "| Blue Team (Line 2) | PM | PM | AM | AM | off |",
         "| Green Team (Hygiene) | N | N | N | off | off |", "| Agency Pool | AM | off | AM | AM | PM |",
         "| Maintenance on call | AM | PM | AM | PM | AM |"],
        ["| Grading A | AM | AM | AM | off | AM |", "| Grading B | PM | off | PM | PM | PM |",
         "| Pickers - Tunnel 1-20 | AM | AM | AM | AM | off |", "| Pickers - Tunnel 21-40 | off | AM | AM | AM | AM |",
         "| Tractor & Irrigation | AM | AM | PM | AM | AM |"],
    ][c.k]
    return (
        "Check the cover on this rota - I need at least 2 teams on every AM and 1 on every PM, Mon-Fri. "
        "Suggest the smallest change.\n\n| Team | Mon | Tue | Wed | Thu | Fri |\n|---|---|---|---|---|---|\n"
        + "\n".join(rows)
    )


@tpl("clean_vet_lab", "visit_form_template", 2)
def t_visit_form_template(c):
    hdr = [("{{client_name}}", "{{holding_address}}", "{{cph_number}}", "{{vet_name}}"),
           ("[Client]", "[Farm address]", "[CPH]", "[Vet]")][c.k]
    return (
        "Make this TB test report template clearer and add a section for inconclusive reactors. "
        "Keep every placeholder.\n\n"
        f"Client: {hdr[0]}\nHolding: {hdr[1]}\nCPH: {hdr[2]}\n"
        "Test type: SICCT (day 1 injection / day 2 read)\nAnimals tested: ___  Reactors: ___  IRs: ___\n"
        f"Reader: {hdr[3]}\n"
        "Notes: e.g. 'Holstein Friesian cow, tag UK 000000 000000, bovine +4 mm over avian'"
    )


@tpl("clean_logistics", "depot_drops_json", 2)
def t_depot_drops_json(c):
    stops = [
        ["{\"seq\": 1, \"site\": \"Tesco DC Daventry\", \"slot\": \"05:30\", \"ref\": \"PO-448213\"}",
         "{\"seq\": 2, \"site\": \"Sainsbury's Emerald Park\", \"slot\": \"09:00\", \"ref\": \"PO-448290\"}",
         "{\"seq\": 3, \"site\": \"Aldi RDC Sawston\", \"slot\": \"13:15\", \"ref\": \"PO-448301\"}"],
        ["{\"seq\": 1, \"site\": \"Lidl RDC Wednesbury\", \"slot\": \"04:45\", \"ref\": \"ASN-77120\"}",
         "{\"seq\": 2, \"site\": \"Morrisons Bridgwater\", \"slot\": \"11:30\", \"ref\": \"ASN-77124\"}",
         "{\"seq\": 3, \"site\": \"Asda Lutterworth\", \"slot\": \"16:00\", \"ref\": \"ASN-77131\"}"],
    ][c.k]
    return (
        "Can one reefer do all three of these in a day from our depot near Spalding, within EU drivers' hours? "
        "If not, which one should go on the second truck?\n\n"
        "{\"route\": \"R7\", \"vehicle\": \"Scania R450 + Schmitz reefer\", \"stops\": [\n  "
        + ",\n  ".join(stops) + "\n]}"
    )


@tpl("clean_markets", "contract_template", 2)
def t_contract_template(c):
    f = [("[SELLER NAME]", "[FARM ADDRESS]", "[PHONE]", "[EMAIL]"),
         ("<<Seller>>", "<<SellerAddress>>", "<<Tel>>", "<<Email>>")][c.k]
    return (
        "Turn this into a reusable contract confirmation template for our grain desk - keep the fields, "
        "add the AIC No.1 and GAFTA references where they belong.\n\n"
        "CONTRACT CONFIRMATION  No. ______\n"
        f"Seller: {f[0]}, {f[1]}\nTel: {f[2]}   Email: {f[3]}\n"
        "Buyer: Fenland Grain Ltd\nCommodity: feed wheat, harvest ____, ex-farm\n"
        "Price: £___/t, spec: 76 kg/hl, moisture 15% max, admix 2%"
    )

# ================================================================= build and check


def build():
    rng = random.Random(SEED)
    draw = Draw(rng)
    rows = []
    for t in TEMPLATES:
        for k in range(t["n"]):
            c = Ctx(draw, t["name"], k)
            text, spans = unmark(t["fn"](c), t["case"])
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{k}", "text": text, "spans": spans,
                "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": "",
            })
    return rows


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(v):
    s = re.sub(r"[\s.]", "", v).upper()
    if not s[:2].isalpha():
        s = "PL" + s  # a Polish NRB written without its country code
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def check(rows):
    ids, texts = set(), set()
    per_template = Counter()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["id"].startswith(f"{SET}-{r['class']}-{r['template']}-"), r["id"]
        assert r["locale"] == "" and r["source"] == SOURCE
        per_template[(r["class"], r["template"])] += 1
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert 0 <= last <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], (r["id"], s)
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", s["value"])), s
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"]), s
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["class"].startswith("personal_") and r["spans"], r["id"]
    assert max(per_template.values()) <= 5, per_template.most_common(3)
    assert len(per_template) >= 80, len(per_template)
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stats(rows):
    lang = {t["name"]: t["lang"] for t in TEMPLATES}
    case = {t["name"]: t["case"] for t in TEMPLATES}
    out = [(f"rows {len(rows)}: personal {sum(not r['class'].startswith('clean_') for r in rows)}, "
           f"PII-free {sum(r['class'].startswith('clean_') for r in rows)}; "
           f"templates {len({r['template'] for r in rows})}")]
    for cls, n in sorted(Counter(r["class"] for r in rows).items()):
        out.append(f"  {cls}: {n} rows, {len({r['template'] for r in rows if r['class'] == cls})} templates")
    out.append("spans: " + ", ".join(f"{k} {v}" for k, v in Counter(
        s["type"] for r in rows for s in r["spans"]).most_common()))
    langs = Counter(lang[r["template"]] for r in rows)
    out.append("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    out.append(f"non-English rows {sum(v for k, v in langs.items() if k != 'en')}; "
               f"lower-case rows {sum(case[r['template']] == 'lower' for r in rows)}; "
               f"capitals rows {sum(case[r['template']] == 'upper' for r in rows)}")
    used = {s["value"] for r in rows for s in r["spans"] if s["type"] == "PERSON"}
    unused = [p.full for p in PEOPLE if p.full not in used and p.full.lower() not in used
              and p.full.upper() not in used]
    out.append(f"people {len(PEOPLE)}, cultures {len({p.culture for p in PEOPLE})}, "
               f"never written in full: {len(unused)}")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with the file on disk")
    args = ap.parse_args()
    rows = build()
    check(rows)
    data = dump(rows)
    if args.check:
        disk = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if disk == data:
            print(f"{OUT.name}: unchanged ({len(rows)} rows)")
            return 0
        print(f"{OUT.name}: differs from a fresh build (run build.py without --check to rewrite)")
        return 1
    OUT.write_text(data, encoding="utf-8")
    print(stats(rows))
    print(f"sha256 {OUT.name}: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
