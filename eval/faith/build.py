"""Build eval/faith/holdout.jsonl: a hand-made check set for faith communities and their offices.

Python standard library only, fixed SEED, deterministic. Every private value (names, streets, towns'
house numbers, postcodes, phones, dates of birth, ID numbers, IBANs, card numbers, IP addresses) is
typed by hand below. Check digits were worked out once in a scratch session and typed in as literals.

    python build.py           # writes holdout.jsonl, prints counts and sha256
    python build.py --check   # rebuilds in memory, runs check(), compares with the file
"""

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 7311
SET = "faith"
OUT = Path(__file__).with_name("holdout.jsonl")
SOURCE = "eval/faith/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}

# ---------------------------------------------------------------------------------------------
# markers: templates write ⟦TYPE|value⟧; unmark() strips them and computes offsets


def m(kind, value):
    return f"⟦{kind}|{value}⟧"


def L(v):
    return m("LOCATION", v)


def PH(v):
    return m("PHONE_NUMBER", v)


def EM(v):
    return m("EMAIL_ADDRESS", v)


def DOB(v):
    return m("DATE_OF_BIRTH", v)


def NID(v):
    return m("NATIONAL_ID", v)


def IBAN(v):
    return m("IBAN_CODE", v)


def CARD(v):
    return m("CREDIT_CARD", v)


def SSN(v):
    return m("US_SSN", v)


def MRN(v):
    return m("MEDICAL_RECORD_NUMBER", v)


def IP(v):
    return m("IP_ADDRESS", v)


MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def _case(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Return (text, spans); every piece is cased on its own so offsets stay right."""
    out, spans, pos = [], [], 0
    n = 0
    for mo in MARK.finditer(marked):
        plain = _case(marked[pos:mo.start()], case)
        out.append(plain)
        n += len(plain)
        value = _case(mo.group(2), case)
        spans.append({"start": n, "end": n + len(value), "type": mo.group(1), "value": value})
        out.append(value)
        n += len(value)
        pos = mo.end()
    out.append(_case(marked[pos:], case))
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------
# people, typed by hand. (given, family, sex, culture, extra) ; extra may hold order, sep, patr, dob, ids


FAITH_OF = {
    "m": {"Hausa", "Somali", "Pakistani Punjabi", "Sylheti", "British Arab", "Moroccan", "Syrian", "Sudanese",
          "Saudi", "Turkish", "Afghan", "Fula", "British Pakistani", "British Bangladeshi", "British Somali",
          "Egyptian", "Tunisian", "Moroccan Dutch", "Jordanian", "Emirati", "Iraqi", "Palestinian"},
    "s": {"Punjabi Sikh"},
    "h": {"Gujarati", "Malayali", "Tamil", "Marwari", "Hindi", "Bihari", "Awadhi"},
    "j": {"Ashkenazi", "Moroccan Jewish", "Israeli", "Mizrahi", "Haredi", "Moroccan Israeli", "Russian Israeli",
          "Ashkenazi Israeli"},
    "x": {"Persian", "Chinese", "Cantonese", "Sierra Leonean", "Lebanese"},
}


class Person:
    def __init__(self, given, family, sex, culture, order="gf", sep=" ", patr="", dob=None, ids=None):
        self.given, self.family, self.sex, self.culture = given, family, sex, culture
        self.faith = next((k for k, v in FAITH_OF.items() if culture in v), "c")
        self.order, self.sep, self.patr = order, sep, patr
        self.dob = dob
        self.ids = ids or {}

    @property
    def full(self):
        if self.order == "fg":
            return f"{self.family}{self.sep}{self.given}"
        return f"{self.given}{self.sep}{self.family}"

    @property
    def official(self):
        """Surname first, with patronymic where there is one (Russian, Ukrainian forms)."""
        tail = f" {self.patr}" if self.patr else ""
        return f"{self.family}{self.sep}{self.given}{tail}"

    @property
    def key(self):
        return self.full


def _people(rows, **common):
    out = []
    for r in rows:
        given, family, sex, culture = r[:4]
        extra = dict(common)
        if len(r) > 4:
            extra.update(r[4])
        out.append(Person(given, family, sex, culture, **extra))
    return out


POOLS = {}

# romanised names of many cultures: English-language parishes, mosques, gurdwaras and chaplaincies
POOLS["world"] = _people([
    ("Margaret", "Ashworth", "F", "English"),
    ("Derek", "Holroyd", "M", "English"),
    ("Faith", "Underhill", "F", "English"),
    ("Constance", "Webb", "F", "English"),
    ("Victor", "Lamb", "M", "English"),
    ("John", "Newton", "M", "English"),
    ("Rosie", "Fuller", "F", "English"),
    ("Gareth", "Pryce", "M", "Welsh"),
    ("Eluned", "Parry", "F", "Welsh"),
    ("Siobhán", "Ní Bhraonáin", "F", "Irish"),
    ("Pádraig", "Ó Flaithearta", "M", "Irish"),
    ("Patrick", "Kavanagh", "M", "Irish"),
    ("Bridget", "Costello", "F", "Irish"),
    ("Fergus", "MacAulay", "M", "Scottish"),
    ("Morag", "Sinclair", "F", "Scottish"),
    ("Patience", "Ogundipe", "F", "Yoruba"),
    ("Oluwaseun", "Adebayo", "M", "Yoruba"),
    ("Blessing", "Okafor", "F", "Igbo"),
    ("Chukwuemeka", "Nwosu", "M", "Igbo"),
    ("Hope", "Okoye", "F", "Igbo"),
    ("Ngozi", "Eze", "F", "Igbo"),
    ("Mercy", "Adjei", "F", "Akan"),
    ("Kwabena", "Owusu-Ansah", "M", "Akan"),
    ("Kofi", "Boateng", "M", "Akan"),
    ("Nana Ama", "Serwaa", "F", "Akan"),
    ("Amina", "Bello", "F", "Hausa"),
    ("Charity", "Wanjiru", "F", "Kikuyu"),
    ("Grace", "Nakato", "F", "Ganda"),
    ("Joseph", "Ssempala", "M", "Ganda"),
    ("Precious", "Dube", "F", "Ndebele"),
    ("Gift", "Banda", "M", "Chewa"),
    ("Tendai", "Mutasa", "M", "Shona"),
    ("Hodan", "Warsame", "F", "Somali"),
    ("Abdirahman", "Farah", "M", "Somali"),
    ("Tsegaye", "Gebremedhin", "M", "Tigrinya"),
    ("Mekdes", "Alemu", "F", "Amharic"),
    ("Ibrahim", "Sesay", "M", "Sierra Leonean"),
    ("Fatou", "Diallo", "F", "Fula"),
    ("Jean-Baptiste", "Mukendi", "M", "Congolese"),
    ("Marie-Claire", "Mbuyi", "F", "Congolese"),
    ("Imran", "Chaudhry", "M", "Pakistani Punjabi"),
    ("Shazia", "Bashir", "F", "Pakistani Punjabi"),
    ("Farhana", "Begum", "F", "Sylheti"),
    ("Rafiq", "Uddin", "M", "Sylheti"),
    ("Gurpreet", "Kaur Sandhu", "F", "Punjabi Sikh"),
    ("Harjinder", "Singh Bains", "M", "Punjabi Sikh"),
    ("Manpreet", "Kaur", "F", "Punjabi Sikh"),
    ("Dilip", "Patel", "M", "Gujarati"),
    ("Hansa", "Mistry", "F", "Gujarati"),
    ("Thevaki", "Sivakumar", "F", "Sri Lankan Tamil"),
    ("Arulanandam", "Joseph", "M", "Tamil Catholic"),
    ("Ravi", "Chandrasekaran", "M", "Tamil"),
    ("Anil", "D'Souza", "M", "Goan"),
    ("Lydia", "Fernandes", "F", "Goan"),
    ("Thomas", "Kuriakose", "M", "Malayali Syrian Christian"),
    ("Annamma", "Varghese", "F", "Malayali Syrian Christian"),
    ("Priya", "Nair", "F", "Malayali"),
    ("Marites", "Dela Cruz", "F", "Filipino"),
    ("Rodel", "Bautista", "M", "Filipino"),
    ("Agnieszka", "Pawlak", "F", "Polish"),
    ("Mariusz", "Sobczak", "M", "Polish"),
    ("Ewa", "Zając", "F", "Polish"),
    ("Ionuț", "Dragomir", "M", "Romanian"),
    ("Oksana", "Melnyk", "F", "Ukrainian"),
    ("Kateryna", "Bondarenko", "F", "Ukrainian"),
    ("Thị Lan", "Nguyễn", "F", "Vietnamese", {"order": "fg"}),
    ("Văn Minh", "Trần", "M", "Vietnamese", {"order": "fg"}),
    ("Min-seo", "Kim", "F", "Korean", {"order": "fg"}),
    ("Joon-ho", "Park", "M", "Korean", {"order": "fg"}),
    ("Ka-yan", "Wong", "F", "Cantonese", {"order": "fg"}),
    ("Jiahui", "Chen", "F", "Chinese", {"order": "fg"}),
    ("Sione", "Taufa", "M", "Tongan"),
    ("Mele", "Fifita", "F", "Tongan"),
    ("Aroha", "Te Rangi", "F", "Māori"),
    ("Winston", "Clarke", "M", "Jamaican"),
    ("Beverley", "Campbell-Reid", "F", "Jamaican"),
    ("Shanice", "Bailey", "F", "Black British"),
    ("Deborah", "Goldfarb", "F", "Ashkenazi"),
    ("Shmuel", "Katzenellenbogen", "M", "Ashkenazi"),
    ("Naomi", "Benhamou", "F", "Moroccan Jewish"),
    ("Yusuf", "Al-Amin", "M", "British Arab"),
    ("Khadija", "El Idrissi", "F", "Moroccan"),
    ("Omar", "Haddad", "M", "Syrian"),
    ("Layla", "Hassan", "F", "Sudanese"),
    ("Mohammed", "Al-Shammari", "M", "Saudi"),
    ("Emre", "Yilmaz", "M", "Turkish"),
    ("Elif", "Şahin", "F", "Turkish"),
    ("Ahmad", "Karimi", "M", "Afghan"),
    ("Parisa", "Rahimi", "F", "Persian"),
    ("Luis Ángel", "Castañeda", "M", "Mexican American"),
    ("Guadalupe", "Reyes", "F", "Chicano"),
    ("DeShawn", "Whitaker", "M", "African American"),
    ("Tamika", "Brooks", "F", "African American"),
    ("Mark", "Wolf", "M", "US"),
    ("Jolanta", "Brzezinski", "F", "Polish American"),
    ("Angel", "Moreno", "M", "Puerto Rican"),
])

# Sikh pilgrims of a jatha (Indian passports)
POOLS["sikh"] = _people([
    ("Sukhwinder", "Singh Randhawa", "M", "Punjabi Sikh", {"dob": (1961, 4, 13), "ids": {"pp": "T4829173"}}),
    ("Paramjit", "Kaur Bhullar", "F", "Punjabi Sikh", {"dob": (1964, 11, 2), "ids": {"pp": "V1938264"}}),
    ("Jaswant", "Singh Chahal", "M", "Punjabi Sikh", {"dob": (1949, 1, 27), "ids": {"pp": "Z5517302"}}),
    ("Navneet", "Kaur Sidhu", "F", "Punjabi Sikh", {"dob": (1992, 8, 19), "ids": {"pp": "W3391846"}}),
    ("Inderjit", "Singh Toor", "M", "Punjabi Sikh", {"dob": (1975, 6, 5), "ids": {"pp": "U7720415"}}),
    ("Rajwinder", "Kaur Aulakh", "F", "Punjabi Sikh", {"dob": (1958, 3, 30), "ids": {"pp": "S2184957"}}),
])

# a UK umrah group (GB passports)
POOLS["umrah_gb"] = _people([
    ("Tariq", "Mahmood", "M", "British Pakistani", {"dob": (1971, 9, 14), "ids": {"pp": "548213097"}}),
    ("Rubina", "Kausar", "F", "British Pakistani", {"dob": (1975, 2, 3), "ids": {"pp": "127730462"}}),
    ("Sumaiya", "Ali", "F", "British Bangladeshi", {"dob": (1998, 12, 21), "ids": {"pp": "603918254"}}),
    ("Abdul Basit", "Miah", "M", "British Bangladeshi", {"dob": (1952, 7, 8), "ids": {"pp": "219476380"}}),
    ("Mustafa", "Ahmed", "M", "British Somali", {"dob": (1987, 5, 30), "ids": {"pp": "771045269"}}),
])
# a diocesan Lourdes pilgrimage from Ireland and the UK (IE and GB passports)
POOLS["lourdes_gb"] = _people([
    ("Maureen", "Gallagher", "F", "Irish", {"dob": (1946, 10, 17), "ids": {"pp": "PA4819273"}}),
    ("Kevin", "Doherty", "M", "Irish", {"dob": (1958, 6, 29), "ids": {"pp": "PB7302815"}}),
    ("Teresa", "Mulholland", "F", "Northern Irish", {"dob": (1963, 3, 19), "ids": {"pp": "538102746"}}),
    ("Anthony", "Wilkinson", "M", "English", {"dob": (1949, 12, 1), "ids": {"pp": "410982375"}}),
])

# US and Filipino pilgrims of a Holy Land tour
POOLS["tour"] = _people([
    ("Kathleen", "O'Rourke", "F", "Irish American", {"dob": (1956, 8, 22), "ids": {"pp": "583920174"}}),
    ("Raymond", "Szymanski", "M", "Polish American", {"dob": (1953, 1, 9), "ids": {"pp": "641830295"}}),
    ("Dolores", "Villanueva", "F", "Filipino American", {"dob": (1967, 4, 4), "ids": {"pp": "P3829174A"}}),
    ("Bienvenido", "Santos", "M", "Filipino", {"dob": (1960, 10, 12), "ids": {"pp": "P6618203B"}}),
    ("Charlene", "Washington", "F", "African American", {"dob": (1972, 2, 29), "ids": {"pp": "537218406"}}),
    ("Hector", "Arroyo", "M", "Puerto Rican", {"dob": (1981, 7, 16), "ids": {"pp": "592047318"}}),
])

# German-speaking parishes (Steuer-ID on donation receipts)
POOLS["de"] = _people([
    ("Ursula", "Brandtner", "F", "German", {"ids": {"stid": "47128395035"}}),
    ("Jürgen", "Hoffmeister", "M", "German", {"ids": {"stid": "58203174682"}}),
    ("Aylin", "Demirci", "F", "Turkish German", {"ids": {"stid": "69310472658"}}),
    ("Wojciech", "Nowicki", "M", "Polish German", {"ids": {"stid": "28504739156"}}),
    ("Hannelore", "Kässbohrer", "F", "Swabian"),
    ("Friedrich-Wilhelm", "von Alvensleben", "M", "German"),
    ("Sabine", "Winter", "F", "German"),
    ("Lukas", "Engel", "M", "German"),
    ("Marlene", "Fuchs", "F", "Bavarian"),
    ("Benedikt", "Oberhuber", "M", "Austrian"),
    ("Theresia", "Moosbrugger", "F", "Vorarlberg"),
    ("Reto", "Caduff", "M", "Romansh"),
    ("Svetlana", "Ebert", "F", "Russian German"),
    ("Dragan", "Marković", "M", "Serbian"),
    ("Tanja", "Krause", "F", "German"),
    ("Jonas", "Pfeiffer", "M", "German"),
    ("Emma", "Schulte-Bockholt", "F", "Westphalian"),
    ("Leonie", "Großkopf", "F", "German"),
])
POOLS["de_kid"] = _people([
    ("Mia", "Brandtner", "F", "German", {"dob": (2025, 3, 2)}),
    ("Elias", "Hoffmeister", "M", "German", {"dob": (2025, 7, 19)}),
    ("Paul", "Engel", "M", "German", {"dob": (2011, 10, 4)}),
    ("Hanna", "Demirci", "F", "Turkish German", {"dob": (2012, 2, 16)}),
    ("Finn", "Oberhuber", "M", "Austrian", {"dob": (2011, 12, 28)}),
])

POOLS["fr"] = _people([
    ("Geneviève", "Lacombe", "F", "French"),
    ("Thierry", "Marchand", "M", "French"),
    ("Soline", "Le Gall", "F", "Breton"),
    ("Yannick", "Kerbrat", "M", "Breton"),
    ("Aïssatou", "Ndiaye", "F", "Senegalese French"),
    ("Karim", "Benali", "M", "Algerian French"),
    ("Maëlle", "Dufresne", "F", "French"),
    ("Pierre-Henri", "de Villeneuve", "M", "French"),
    ("Bernadette", "Rouvière", "F", "Occitan"),
    ("Jean-Marie", "Ngoma", "M", "Congolese French"),
    ("Lucie", "Verstraete", "F", "Belgian"),
    ("Théo", "Lambert", "M", "French"),
    ("Inès", "Carvalho", "F", "Portuguese French"),
    ("Martine", "Jolicoeur", "F", "Québécois"),
    ("Gaston", "Tremblay", "M", "Québécois"),
])
POOLS["fr_kid"] = _people([
    ("Louise", "Marchand", "F", "French", {"dob": (2016, 5, 8)}),
    ("Nathan", "Kerbrat", "M", "Breton", {"dob": (2017, 1, 23)}),
    ("Jade", "Ngoma", "F", "Congolese French", {"dob": (2016, 11, 30)}),
])

POOLS["es"] = _people([
    ("Itziar", "Goikoetxea Arana", "F", "Basque", {"ids": {"dni": "16384729N"}}),
    ("Manuel Ángel", "Rey Varela", "M", "Galician", {"ids": {"dni": "72915038R"}}),
    ("Rocío", "Benítez Carmona", "F", "Andalusian", {"ids": {"dni": "44827106Z"}}),
    ("Joaquín", "Urrutia Sáez", "M", "Spanish", {"ids": {"dni": "30571942C"}}),
    ("Montserrat", "Puig Ferrer", "F", "Catalan", {"ids": {"dni": "39264817E"}}),
    ("Francisco Javier", "Ortega Gil", "M", "Spanish", {"ids": {"dni": "51839270F"}}),
    ("Ionela", "Marin", "F", "Romanian Spanish", {"ids": {"dni": "Y4829173S"}}),
    ("Ernesto", "Quispe Huamán", "M", "Peruvian Quechua", {"ids": {"dni": "X7738215A"}}),
    ("Dolores", "Pastor Ruiz", "F", "Spanish"),
    ("Consuelo", "Amor Prieto", "F", "Spanish"),
    ("Iñaki", "Etxeberria", "M", "Basque"),
])
POOLS["es_kid"] = _people([
    ("Alba", "Rey Castro", "F", "Galician", {"dob": (2025, 4, 11)}),
    ("Hugo", "Ortega Benítez", "M", "Spanish", {"dob": (2025, 9, 2)}),
    ("Lucía", "Urrutia Goikoetxea", "F", "Basque", {"dob": (2016, 6, 17)}),
])

POOLS["mx"] = _people([
    ("Guadalupe", "Hernández Ríos", "F", "Mexican"),
    ("José de Jesús", "Camarena", "M", "Mexican"),
    ("María Concepción", "Tapia", "F", "Mexican"),
    ("Jesús Alberto", "Moreno Lara", "M", "Mexican"),
    ("Esperanza", "Zúñiga", "F", "Mexican"),
    ("Rigoberto", "Nava", "M", "Mexican"),
    ("Ximena", "Chávez Ocampo", "F", "Mexican"),
    ("Juan Diego", "Pacheco", "M", "Mexican"),
    ("Milagros", "Quispe", "F", "Peruvian"),
    ("Anselmo", "Mamani", "M", "Aymara"),
    ("Catalina", "Restrepo Uribe", "F", "Colombian"),
    ("Wilson Andrés", "Gaviria", "M", "Colombian"),
    ("Martina", "Sosa", "F", "Argentine"),
    ("Facundo", "Ibarra", "M", "Argentine"),
])

POOLS["pt"] = _people([
    ("Conceição", "Rebelo", "F", "Portuguese", {"ids": {"nif": "218374623"}}),
    ("Duarte", "Mesquita", "M", "Portuguese", {"ids": {"nif": "230194850"}}),
    ("Beatriz", "Fontes Lobo", "F", "Portuguese", {"ids": {"nif": "247703915"}}),
    ("Rui", "Valente Pires", "M", "Portuguese"),
    ("Fátima", "Coelho", "F", "Portuguese"),
    ("Tiago", "Brás", "M", "Portuguese"),
    ("Ivanilda", "Tavares", "F", "Cape Verdean"),
])
POOLS["pt_kid"] = _people([
    ("Leonor", "Pinto Sá", "F", "Portuguese", {"dob": (2017, 3, 9)}),
    ("Santiago", "Mesquita Rebelo", "M", "Portuguese", {"dob": (2016, 12, 1)}),
    ("Matilde", "Brás Fontes", "F", "Portuguese", {"dob": (2017, 8, 26)}),
])

POOLS["br"] = _people([
    ("Maria das Graças", "Pereira", "F", "Brazilian", {"ids": {"cpf": "384.172.906-13"}}),
    ("José Raimundo", "Nascimento", "M", "Brazilian", {"ids": {"cpf": "529.370.184-32"}}),
    ("Thaís", "Oliveira Prado", "F", "Brazilian", {"ids": {"cpf": "071.845.293-32"}}),
    ("Anderson Luiz", "Barbosa", "M", "Brazilian", {"ids": {"cpf": "662.918.437-81"}}),
    ("Francisca", "Alves de Souza", "F", "Northeastern Brazilian", {"ids": {"cpf": "215.603.748-53"}}),
    ("Edvaldo", "Cavalcanti", "M", "Northeastern Brazilian"),
    ("Jucélia", "Rocha", "F", "Brazilian"),
    ("Waldir", "Teixeira", "M", "Brazilian"),
    ("Kauã", "Ferreira Lima", "M", "Brazilian"),
    ("Aparecida", "Fonseca", "F", "Brazilian"),
    ("Benedito", "Gonçalves", "M", "Brazilian"),
])

POOLS["it"] = _people([
    ("Chiara", "Lo Bianco", "F", "Neapolitan", {"dob": (1987, 5, 22), "ids": {"cf": "LBNCHR87E62F839Z"}}),
    ("Salvatore", "Esposito", "M", "Neapolitan", {"dob": (1959, 12, 8), "ids": {"cf": "SPSSVT59T08F839H"}}),
    ("Nunzia", "Carbone", "F", "Roman", {"dob": (1948, 7, 19), "ids": {"cf": "CRBNNZ48L59H501R"}}),
    ("Edoardo", "Sartori", "M", "Roman", {"dob": (1979, 10, 30), "ids": {"cf": "SRTDRD79R30H501L"}}),
    ("Rosaria", "Dell'Aquila", "F", "Apulian"),
    ("Gianmarco", "Santoro", "M", "Italian"),
    ("Assunta", "Fiore", "F", "Calabrian"),
    ("Pietro Paolo", "Mancuso", "M", "Sicilian"),
    ("Francesca", "Gentile", "F", "Italian"),
    ("Ottavio", "Brambilla", "M", "Lombard"),
])
POOLS["it_kid"] = _people([
    ("Giulia", "Brambilla", "F", "Lombard", {"dob": (2015, 3, 14), "ids": {"cf": "BRMGLI15C54F205W"}}),
    ("Matteo", "Ferraresi", "M", "Lombard", {"dob": (2014, 9, 2), "ids": {"cf": "FRRMTT14P02F205O"}}),
    ("Lorenzo", "Pellegrino", "M", "Roman", {"dob": (2016, 1, 25), "ids": {"cf": "PLLLNZ16A25H501M"}}),
])

POOLS["pl"] = _people([
    ("Krzysztof", "Wójcik", "M", "Polish", {"dob": (1962, 4, 17), "ids": {"pesel": "62041748376"}}),
    ("Magdalena", "Zielińska", "F", "Polish", {"dob": (1988, 11, 3), "ids": {"pesel": "88110306146"}}),
    ("Tomasz", "Zieliński", "M", "Polish", {"dob": (1986, 8, 11), "ids": {"pesel": "86081122730"}}),
    ("Halina", "Dąbrowska", "F", "Polish", {"dob": (1957, 9, 30), "ids": {"pesel": "57093031826"}}),
    ("Bartosz", "Lewandowski", "M", "Polish", {"dob": (1993, 1, 12), "ids": {"pesel": "93011277219"}}),
    ("Jadwiga", "Szczęsna", "F", "Polish"),
    ("Grzegorz", "Kowal", "M", "Polish"),
    ("Weronika", "Kaczmarek", "F", "Polish"),
    ("Stanisław", "Mróz", "M", "Highlander"),
    ("Łucja", "Jabłońska", "F", "Polish"),
    ("Kazimierz", "Pająk", "M", "Silesian"),
])
POOLS["pl_kid"] = _people([
    ("Zuzanna", "Zielińska", "F", "Polish", {"dob": (2024, 2, 9), "ids": {"pesel": "24220913980"}}),
    ("Antoni", "Kaczmarek", "M", "Polish", {"dob": (2025, 6, 21), "ids": {"pesel": "25262150456"}}),
])

POOLS["pl_teen"] = _people([
    ("Julia", "Mróz", "F", "Highlander", {"dob": (2010, 9, 21)}),
    ("Oliwia", "Kowal", "F", "Polish", {"dob": (2011, 7, 7)}),
    ("Natalia", "Pająk", "F", "Silesian", {"dob": (2012, 5, 30)}),
])

POOLS["nordic_cz"] = _people([
    ("Ludmila", "Horáčková", "F", "Czech"),
    ("Vojtěch", "Dvořáček", "M", "Moravian"),
    ("Solveig", "Haugland", "F", "Norwegian"),
    ("Eirik", "Bråten", "M", "Norwegian"),
    ("Mette", "Kjærsgaard", "F", "Danish"),
    ("Aino", "Heikkilä", "F", "Finnish"),
    ("Juhani", "Mäkinen", "M", "Finnish"),
])

POOLS["nl"] = _people([
    ("Gerrit-Jan", "Mulder", "M", "Dutch", {"ids": {"bsn": "241908735", "iban": "NL13 ABNA 0417 3826 93"}}),
    ("Annemiek", "de Vries-Kok", "F", "Dutch", {"ids": {"bsn": "308156298", "iban": "NL21 RABO 0562 8194 79"}}),
    ("Hendrikje", "van Tuyl", "F", "Dutch", {"ids": {"bsn": "118364728", "iban": "NL79 INGB 0938 2716 44"}}),
    ("Dirk Jan", "Bosch", "M", "Dutch"),
    ("Femke", "Visser", "F", "Dutch"),
    ("Jannigje", "Hoekstra", "F", "Frisian"),
    ("Sjoerd", "Dijkstra", "M", "Frisian"),
    ("Mohamed", "Amrani", "M", "Moroccan Dutch"),
    ("Wilhelmina", "Koster", "F", "Dutch"),
    ("Pieter", "de Bruijn", "M", "Dutch"),
    ("Ruth", "Schaap", "F", "Dutch"),
    ("Marleen", "Verbeek", "F", "Flemish"),
])

POOLS["sv"] = _people([
    ("Ingrid", "Holmqvist", "F", "Swedish", {"dob": (1951, 2, 27), "ids": {"pnr": "510227-3843"}}),
    ("Karl-Erik", "Lindahl", "M", "Swedish", {"dob": (1948, 10, 5), "ids": {"pnr": "481005-2177"}}),
    ("Elin", "Sjöberg", "F", "Swedish", {"dob": (1990, 6, 14), "ids": {"pnr": "900614-0629"}}),
    ("Amanuel", "Tesfaye", "M", "Eritrean Swedish", {"dob": (1985, 3, 9), "ids": {"pnr": "850309-4719"}}),
    ("Maja", "Lindgren", "F", "Swedish"),
    ("Olle", "Bergström", "M", "Swedish"),
    ("Saga", "Nyberg", "F", "Swedish"),
    ("Britt-Marie", "Åkerlund", "F", "Swedish"),
])

POOLS["el"] = _people([
    ("Παναγιώτης", "Κωνσταντόπουλος", "M", "Greek"),
    ("Ελένη", "Παπαδάκη", "F", "Cretan"),
    ("Σπυρίδων", "Βλάχος", "M", "Corfiot"),
    ("Αικατερίνη", "Μαυρίδου", "F", "Pontic Greek"),
    ("Χαράλαμπος", "Γεωργίου", "M", "Cypriot"),
    ("Δέσποινα", "Καραγιάννη", "F", "Greek"),
    ("Νικόλαος", "Σταματίου", "M", "Greek"),
    ("Ειρήνη", "Λαμπράκη", "F", "Cretan"),
])

POOLS["ru"] = _people([
    ("Ольга", "Фёдорова", "F", "Russian", {"patr": "Николаевна"}),
    ("Алексей", "Громов", "M", "Russian", {"patr": "Викторович"}),
    ("Серафима", "Лаврентьева", "F", "Russian", {"patr": "Ивановна"}),
    ("Николай", "Беляков", "M", "Russian", {"patr": "Петрович"}),
    ("Анастасия", "Кузьмина", "F", "Russian", {"patr": "Сергеевна"}),
    ("Вера", "Соколова", "F", "Russian", {"patr": "Павловна"}),
    ("Глеб", "Тарасов", "M", "Russian", {"patr": "Ильич"}),
])
POOLS["ru_kid"] = _people([
    ("Тимофей", "Громов", "M", "Russian", {"patr": "Алексеевич", "dob": (2025, 1, 14)}),
    ("Василиса", "Тарасова", "F", "Russian", {"patr": "Глебовна", "dob": (2024, 11, 21)}),
])

POOLS["uk"] = _people([
    ("Оксана", "Гнатюк", "F", "Ukrainian", {"patr": "Богданівна"}),
    ("Богдан", "Ковальчук", "M", "Ukrainian", {"patr": "Іванович"}),
    ("Мирослава", "Петрів", "F", "Galician Ukrainian", {"patr": "Степанівна"}),
    ("Тарас", "Дзюба", "M", "Ukrainian", {"patr": "Миколайович"}),
    ("Ганна", "Литвиненко", "F", "Ukrainian", {"patr": "Олексіївна"}),
    ("Юрій", "Савчук", "M", "Volhynian", {"patr": "Петрович"}),
    ("Соломія", "Бойко", "F", "Ukrainian", {"patr": "Андріївна"}),
])

POOLS["ro"] = _people([
    ("Ioana", "Munteanu", "F", "Romanian", {"dob": (1976, 5, 11), "ids": {"cnp": "2760511334189"}}),
    ("Gheorghe", "Cozma", "M", "Romanian", {"dob": (1954, 11, 27), "ids": {"cnp": "1541127332078"}}),
    ("Florentina", "Ursu", "F", "Romanian"),
    ("Vasile", "Chirilă", "M", "Moldavian"),
    ("Paraschiva", "Lupu", "F", "Moldavian"),
    ("Mihai-Alexandru", "Dinu", "M", "Romanian"),
    ("Ecaterina", "Rusu", "F", "Romanian"),
    ("Petru", "Apostol", "M", "Romanian"),
])

POOLS["tr"] = _people([
    ("Hüseyin", "Aktaş", "M", "Turkish", {"dob": (1956, 3, 18), "ids": {"tckn": "38417295672", "pp": "U18374920"}}),
    ("Emine", "Yıldız", "F", "Turkish", {"dob": (1961, 7, 2), "ids": {"tckn": "12948370688", "pp": "U27719384"}}),
    ("Mehmet Ali", "Koç", "M", "Turkish", {"dob": (1949, 9, 24), "ids": {"tckn": "57401928310", "pp": "U30482716"}}),
    ("Zeynep", "Gürsoy", "F", "Turkish", {"dob": (1983, 12, 10), "ids": {"tckn": "20183746540", "pp": "U41937265"}}),
    ("Ramazan", "Eroğlu", "M", "Kurdish Turkish", {"dob": (1968, 4, 6), "ids": {"tckn": "46392018766", "pp": "U52816407"}}),
    ("Fadime", "Kurt", "F", "Laz", {"dob": (1959, 1, 15), "ids": {"tckn": "31827405976", "pp": "U63029158"}}),
    ("Hacer", "Demirtaş", "F", "Turkish"),
    ("İsmail", "Kılıç", "M", "Turkish"),
    ("Kübra", "Arslan", "F", "Turkish"),
    ("Osman", "Çelebi", "M", "Turkish"),
])

POOLS["ar"] = _people([
    ("عبد الرحمن", "القحطاني", "M", "Saudi"),
    ("نورة", "الدوسري", "F", "Saudi"),
    ("محمود", "عبد الفتاح", "M", "Egyptian"),
    ("يوسف", "الحلبي", "M", "Syrian"),
    ("مريم", "بن سالم", "F", "Tunisian"),
    ("خالد", "العمري", "M", "Jordanian"),
    ("هدى", "الأنصاري", "F", "Emirati"),
    ("إبراهيم", "الفاسي", "M", "Moroccan"),
    ("زينب", "الموسوي", "F", "Iraqi"),
    ("جرجس", "فهيم", "M", "Coptic"),
    ("مارينا", "عادل", "F", "Coptic"),
    ("ليلى", "حداد", "F", "Lebanese"),
    ("عمر", "الشامي", "M", "Palestinian"),
    ("سلمى", "الخطيب", "F", "Palestinian"),
])
POOLS["ar_kid"] = _people([
    ("آدم", "العمري", "M", "Jordanian", {"dob": (2016, 9, 3)}),
    ("جنى", "حداد", "F", "Lebanese", {"dob": (2015, 4, 27)}),
    ("ريان", "الحلبي", "M", "Syrian", {"dob": (2017, 1, 8)}),
])

POOLS["he"] = _people([
    ("נועה", "אברהמי", "F", "Israeli", {"ids": {"tz": "034829176"}}),
    ("יוסף", "חדד", "M", "Mizrahi", {"ids": {"tz": "315702845"}}),
    ("שירה", "גולדברג", "F", "Ashkenazi Israeli", {"ids": {"tz": "206491532"}}),
    ("אביגיל", "מזרחי", "F", "Mizrahi"),
    ("דוד", "בן-חיים", "M", "Israeli"),
    ("רבקה", "וייס", "F", "Haredi"),
    ("מאיר", "אוחיון", "M", "Moroccan Israeli"),
    ("אלכסנדר", "ליברמן", "M", "Russian Israeli"),
])
POOLS["he_kid"] = _people([
    ("איתמר", "שטרן", "M", "Israeli", {"dob": (2013, 5, 14)}),
    ("תמר", "חדד", "F", "Mizrahi", {"dob": (2014, 2, 1)}),
    ("אריאל", "גולדברג", "M", "Ashkenazi Israeli", {"dob": (2013, 10, 29)}),
])

POOLS["ur"] = _people([
    ("محمد اسلم", "چوہدری", "M", "Punjabi Pakistani",
     {"dob": (1958, 2, 11), "ids": {"cnic": "35202-4829173-1", "pp": "AK3918274"}}),
    ("نسیم", "اختر", "F", "Punjabi Pakistani", {"dob": (1962, 9, 4), "ids": {"cnic": "35202-7710394-6", "pp": "BN7204519"}}),
    ("بلال احمد", "قریشی", "M", "Pakistani", {"dob": (1989, 6, 23), "ids": {"cnic": "34603-2281937-5", "pp": "CR4482061"}}),
    ("رخسانہ", "بی بی", "F", "Punjabi Pakistani",
     {"dob": (1970, 12, 15), "ids": {"cnic": "34603-9917245-2", "pp": "DW1039587"}}),
    ("زاہد حسین", "شاہ", "M", "Pakistani Syed", {"dob": (1966, 3, 30), "ids": {"cnic": "37405-6620183-9", "pp": "AS5527318"}}),
    ("عائشہ", "صدیقہ", "F", "Pakistani", {"dob": (1995, 8, 7), "ids": {"cnic": "37405-1183746-4", "pp": "BR8830172"}}),
])

POOLS["hi"] = _people([
    ("रमेश चंद्र", "अग्रवाल", "M", "Marwari", {"ids": {"pan": "BXQPA4821K"}}),
    ("सुनीता", "शर्मा", "F", "Hindi", {"ids": {"pan": "AJRPS7730M"}}),
    ("विकास", "गुप्ता", "M", "Hindi", {"ids": {"pan": "CKLPG2194F"}}),
    ("कमला", "देवी", "F", "Bihari"),
    ("अनिल कुमार", "मिश्रा", "M", "Hindi"),
    ("पूजा", "यादव", "F", "Hindi"),
    ("हरिओम", "त्रिपाठी", "M", "Awadhi"),
    ("गीताबेन", "पटेल", "F", "Gujarati"),
])

POOLS["pa"] = _people([
    ("ਗੁਰਮੀਤ", "ਸਿੰਘ ਗਿੱਲ", "M", "Punjabi Sikh"),
    ("ਹਰਪ੍ਰੀਤ", "ਕੌਰ ਧਾਲੀਵਾਲ", "F", "Punjabi Sikh"),
    ("ਬਲਵਿੰਦਰ", "ਸਿੰਘ ਸੰਧੂ", "M", "Punjabi Sikh"),
    ("ਜਸਵੀਰ", "ਕੌਰ", "F", "Punjabi Sikh"),
    ("ਕੁਲਦੀਪ", "ਸਿੰਘ ਬਰਾੜ", "M", "Punjabi Sikh"),
    ("ਸਿਮਰਨਜੀਤ", "ਕੌਰ ਗਰੇਵਾਲ", "F", "Punjabi Sikh"),
    ("ਅਮਰਜੀਤ", "ਸਿੰਘ ਮਾਨ", "M", "Punjabi Sikh"),
])

POOLS["id"] = _people([
    ("Siti", "Rahmawati", "F", "Javanese",
     {"dob": (1972, 8, 15), "ids": {"nik": "3525145508720003", "pp": "E3917284"}}),
    ("Ahmad", "Fauzi", "M", "Javanese", {"dob": (1968, 3, 2), "ids": {"nik": "3525140203680001", "pp": "X2284716"}}),
    ("Nur", "Aini", "F", "Madurese", {"dob": (1975, 11, 23), "ids": {"nik": "3578056311750002", "pp": "C8837215"}}),
    ("Muhammad Rizki", "Pratama", "M", "Javanese",
     {"dob": (1994, 7, 9), "ids": {"nik": "3302120907940004", "pp": "E1049273"}}),
    ("Sri", "Wahyuni", "F", "Sundanese", {"dob": (1966, 1, 30), "ids": {"nik": "3204187001660001", "pp": "B6621830"}}),
    ("Bambang", "Sutrisno", "M", "Sundanese", {"dob": (1959, 5, 18), "ids": {"nik": "3204181805590002", "pp": "E5582147"}}),
    ("Dewi", "Lestari", "F", "Javanese"),
    ("Agus", "Salim", "M", "Minangkabau"),
    ("Ni Luh Putu Ayu", "Wulandari", "F", "Balinese"),
    ("I Made", "Suarsana", "M", "Balinese"),
    ("Yohanes", "Siahaan", "M", "Batak"),
    ("Maria Goreti", "Lamanepa", "F", "Florenese"),
])

POOLS["ms"] = _people([
    ("Nor Azlina", "binti Kamarudin", "F", "Malay", {"dob": (1979, 4, 12), "ids": {"mykad": "790412-03-5218"}}),
    ("Mohd Hafiz", "bin Abdullah", "M", "Malay", {"dob": (1983, 9, 27), "ids": {"mykad": "830927-14-6637"}}),
    ("Wan Nurul Huda", "binti Wan Ismail", "F", "Terengganu Malay",
     {"dob": (1990, 12, 5), "ids": {"mykad": "901205-11-5024"}}),
    ("Zulkifli", "bin Yusof", "M", "Kelantan Malay", {"dob": (1965, 2, 14), "ids": {"mykad": "650214-03-5171"}}),
    ("Siti Khadijah", "binti Othman", "F", "Malay"),
    ("Ahmad Faris", "bin Rosli", "M", "Malay"),
])

POOLS["tl"] = _people([
    ("Ma. Cristina", "Villanueva", "F", "Tagalog"),
    ("Jericho", "Manalo", "M", "Tagalog"),
    ("Rowena", "Pangilinan", "F", "Kapampangan"),
    ("Jun-Jun", "Salazar", "M", "Tagalog"),
    ("Luzviminda", "Ocampo", "F", "Tagalog"),
    ("Emmanuel", "Dizon", "M", "Kapampangan"),
    ("Gloria", "Macaraeg", "F", "Pangasinan"),
    ("Nestor", "Lacson", "M", "Ilonggo"),
    ("Princess", "Aquino", "F", "Tagalog"),
    ("Rhea Mae", "Cabahug", "F", "Cebuano"),
])

POOLS["vi"] = _people([
    ("Thị Hồng Nhung", "Nguyễn", "F", "Vietnamese", {"order": "fg"}),
    ("Văn Đức", "Phạm", "M", "Vietnamese", {"order": "fg"}),
    ("Thị Thu Hà", "Lê", "F", "Vietnamese", {"order": "fg"}),
    ("Minh Quân", "Đỗ", "M", "Vietnamese", {"order": "fg"}),
    ("Thị Mai", "Vũ", "F", "Vietnamese", {"order": "fg"}),
    ("Văn Phúc", "Hoàng", "M", "Vietnamese", {"order": "fg"}),
    ("Thị Kim Oanh", "Bùi", "F", "Vietnamese", {"order": "fg"}),
])

POOLS["th"] = _people([
    ("ประเสริฐ", "วงศ์สวัสดิ์", "M", "Thai"),
    ("มาลี", "ศรีสุข", "F", "Thai"),
    ("วิไลวรรณ", "ทองคำ", "F", "Isan"),
    ("สมศักดิ์", "บุญมา", "M", "Isan"),
    ("กัญญารัตน์", "แก้วมณี", "F", "Thai"),
    ("ธนากร", "เพชรรัตน์", "M", "Southern Thai"),
    ("บุญเรือน", "จันทร์หอม", "F", "Northern Thai"),
])

POOLS["ko"] = _people([
    ("영수", "김", "M", "Korean", {"order": "fg", "sep": "", "dob": (1955, 3, 21), "ids": {"rrn": "550321-1482738"}}),
    ("순자", "이", "F", "Korean", {"order": "fg", "sep": "", "dob": (1958, 10, 2), "ids": {"rrn": "581002-2384194"}}),
    ("지현", "박", "F", "Korean", {"order": "fg", "sep": "", "dob": (1984, 6, 17), "ids": {"rrn": "840617-2519305"}}),
    ("성민", "최", "M", "Korean", {"order": "fg", "sep": "", "dob": (1979, 12, 30), "ids": {"rrn": "791230-1105827"}}),
    ("하은", "정", "F", "Korean", {"order": "fg", "sep": "", "dob": (2001, 4, 8), "ids": {"rrn": "010408-4288151"}}),
    ("대호", "윤", "M", "Korean", {"order": "fg", "sep": ""}),
    ("미경", "한", "F", "Korean", {"order": "fg", "sep": ""}),
    ("은비", "장", "F", "Korean", {"order": "fg", "sep": ""}),
    ("준우", "서", "M", "Korean", {"order": "fg", "sep": ""}),
    ("말순", "남궁", "F", "Korean", {"order": "fg", "sep": ""}),
])

POOLS["ja"] = _people([
    ("和子", "佐々木", "F", "Japanese", {"order": "fg"}),
    ("誠", "高橋", "M", "Japanese", {"order": "fg"}),
    ("美咲", "中村", "F", "Japanese", {"order": "fg"}),
    ("健一", "伊藤", "M", "Japanese", {"order": "fg"}),
    ("照子", "小林", "F", "Japanese", {"order": "fg"}),
    ("大輔", "渡辺", "M", "Japanese", {"order": "fg"}),
    ("幸子", "山口", "F", "Japanese", {"order": "fg"}),
    ("勇", "金城", "M", "Okinawan", {"order": "fg"}),
])

POOLS["zh"] = _people([
    ("秀兰", "陈", "F", "Fujianese", {"order": "fg", "sep": ""}),
    ("志明", "林", "M", "Taiwanese", {"order": "fg", "sep": ""}),
    ("美玲", "黄", "F", "Cantonese", {"order": "fg", "sep": ""}),
    ("建华", "吴", "M", "Chinese", {"order": "fg", "sep": ""}),
    ("淑芬", "郑", "F", "Taiwanese", {"order": "fg", "sep": ""}),
    ("俊杰", "王", "M", "Chinese", {"order": "fg", "sep": ""}),
    ("佩君", "蔡", "F", "Taiwanese", {"order": "fg", "sep": ""}),
    ("文雄", "许", "M", "Hokkien", {"order": "fg", "sep": ""}),
])
POOLS["zh_kid"] = _people([
    ("子涵", "林", "F", "Taiwanese", {"order": "fg", "sep": "", "dob": (2017, 5, 20)}),
    ("浩然", "吴", "M", "Chinese", {"order": "fg", "sep": "", "dob": (2016, 8, 8)}),
    ("欣怡", "陈", "F", "Fujianese", {"order": "fg", "sep": "", "dob": (2018, 2, 14)}),
])

POOLS["sw"] = _people([
    ("Wanjiku", "Kamau", "F", "Kikuyu"),
    ("Otieno", "Ochieng", "M", "Luo"),
    ("Akinyi", "Odhiambo", "F", "Luo"),
    ("Kiprono", "Kirui", "M", "Kalenjin"),
    ("Mwanajuma", "Salim", "F", "Swahili"),
    ("Baraka", "Mwakilema", "M", "Tanzanian"),
    ("Neema", "Mushi", "F", "Chagga"),
    ("Joseph", "Kariuki", "M", "Kikuyu"),
    ("Faith", "Chepkemoi", "F", "Kalenjin"),
])

# children in English-language parishes, schools and madrasas
POOLS["kid"] = _people([
    ("Oliver", "Ashworth", "M", "English", {"dob": (2025, 8, 3)}),
    ("Amara", "Okafor", "F", "Igbo", {"dob": (2025, 5, 17)}),
    ("Theo", "Kuriakose", "M", "Malayali Syrian Christian", {"dob": (2025, 11, 9)}),
    ("Isla", "MacAulay", "F", "Scottish", {"dob": (2019, 4, 30)}),
    ("Zayn", "Chaudhry", "M", "Pakistani Punjabi", {"dob": (2016, 10, 12)}),
    ("Maryam", "Warsame", "F", "Somali", {"dob": (2015, 7, 1)}),
    ("Yusra", "Begum", "F", "Sylheti", {"dob": (2017, 3, 24)}),
    ("Daniel", "Boateng", "M", "Akan", {"dob": (2014, 9, 18)}),
    ("Sofia", "Pawlak", "F", "Polish", {"dob": (2020, 1, 6)}),
    ("Jayden", "Clarke", "M", "Jamaican", {"dob": (2012, 12, 2)}),
    ("Ruby", "Fuller", "F", "English", {"dob": (2013, 6, 15)}),
    ("Liam", "Dela Cruz", "M", "Filipino", {"dob": (2019, 2, 22)}),
    ("Ayaan", "Patel", "M", "Gujarati", {"dob": (2016, 5, 5)}),
    ("Eli", "Goldfarb", "M", "Ashkenazi", {"dob": (2013, 3, 11)}),
])

# ---------------------------------------------------------------------------------------------
# home addresses, typed by hand in each country's own layout: {…} is one LOCATION span, "|" a line
# break, "=" marks the town. The towns are real small places; numbers and streets go with nobody.

_BRACE = re.compile(r"\{(=?)([^{}]+)\}")


class Addr:
    def __init__(self, cc, spec, join=", "):
        self.cc, self.spec, self.join = cc, spec, join
        self.town = next(v for f, v in _BRACE.findall(spec) if f)
        self.key = f"{cc}:{spec}"

    def _lines(self):
        return [_BRACE.sub(lambda mo: L(mo.group(2)), ln) for ln in self.spec.split("|")]

    def block(self, indent=""):
        return "\n".join(indent + ln for ln in self._lines())

    def line(self):
        return self.join.join(self._lines())

    def first(self):
        return self._lines()[0]

    def T(self):
        return L(self.town)


ADDRS = {}


def _addrs(cc, specs, join=", "):
    ADDRS[cc] = [Addr(cc, s, join) for s in specs]


_addrs("gb", [
    "{14 Mill Lane}|{=Hebden Bridge}|{HX7 8EZ}",
    "{Flat 3}, {27 Broad Street}|{=Ludlow}|{SY8 1NG}",
    "{2 Chapel Row}|{=Portree}|{IV51 9DH}",
    "{41 Fore Street}|{=Totnes}|{TQ9 5RP}",
    "{9 Quaker Lane}|{=Kirkby Stephen}|{CA17 4QW}",
    "{17 Heol y Bryn}|{=Lampeter}|{SA48 7BN}",
    "{63 Church Street}|{=Whitby}|{YO22 4AE}",
    "{5 Moor View}|{=Haworth}|{BD22 8QJ}",
    "{112 Stockport Road}|{=Marple}|{SK6 6AH}",
    "{38 Ringwood Road}|{=Fordingbridge}|{SP6 1BL}",
    "{Flat 12}, {Wesley Court}, {4 Castle Street}|{=Bishop's Castle}|{SY9 5BQ}",
    "{Rose Cottage}, {8 Back Lane}|{=Walsingham}|{NR22 6DL}",
])
_addrs("ie", [
    "{Cloonfad}|{=Ballinrobe}|{Co. Mayo}|{F31 KX27}",
    "{4 Main Street}|{=Kinsale}|{Co. Cork}|{P17 WN62}",
    "{The Glebe}|{=Ballyjamesduff}|{Co. Cavan}|{A82 FP40}",
    "{21 Bridge Street}|{=Castlebar}|{Co. Mayo}|{F23 X7N2}",
])
_addrs("us", [
    "{418 Tuscola Street}|{=Frankenmuth}, {MI} {48734}",
    "{1207 N Main Street}|{=Lindsborg}, {KS} {67456}",
    "{2291 Caniff Street}|{=Hamtramck}, {MI} {48212}",
    "{55 Mulholland Street}|{=Nauvoo}, {IL} {62354}",
    "{319 Ridge Avenue}|{=Ephrata}, {PA} {17522}",
    "{88 Juan Medina Road}|{=Chimayo}, {NM} {87522}",
    "{604 N 3rd Street}, {Apt 2B}|{=Bardstown}, {KY} {40004}",
])
_addrs("ca", [
    "{211 Lincoln Street}|{=Lunenburg} {NS} {B0J 2C0}",
    "{47 rue Sainte-Anne}|{=Baie-Saint-Paul} ({QC}) {G3Z 1N9}",
    "{318 Main Street}|{=Steinbach} {MB} {R5G 1Z4}",
])
_addrs("au", [
    "{41 Murray Street}|{=Tanunda} {SA} {5352}",
    "{8 Bent Street}|{=Bellingen} {NSW} {2454}",
    "{Unit 2}, {17 Stirling Terrace}|{=Toodyay} {WA} {6566}",
])
_addrs("nz", [
    "{22 Tūwharetoa Street}|{=Tūrangi} {3334}",
    "{5 Rue Lavaud}|{=Akaroa} {7520}",
])
_addrs("de", [
    "{Lindenstraße 14}|{91550} {=Dinkelsbühl}",
    "{Zinzendorfplatz 3}|{02747} {=Herrnhut}",
    "{Kapellenweg 7a}|{88339} {=Bad Waldsee}",
    "{Am Kirchberg 22}|{84533} {=Marktl}",
    "{Hauptstraße 51}|{97753} {=Karlstadt}",
    "{Pfarrgasse 4}|{36163} {=Poppenhausen}",
])
_addrs("at", [
    "{Grazer Straße 18}|{8630} {=Mariazell}",
    "{Seestraße 112}|{4830} {=Hallstatt}",
])
_addrs("ch", [
    "{Klosterstrasse 5}|{8840} {=Einsiedeln}",
    "{Hauptgasse 21}|{9050} {=Appenzell}",
])
_addrs("fr", [
    "{12 rue de l'Abbaye}|{12320} {=Conques-en-Rouergue}",
    "{4 place du Marché}|{89450} {=Vézelay}",
    "{27 rue Jeanne d'Arc}|{22500} {=Paimpol}",
    "{9 Grand'Rue}|{68150} {=Ribeauvillé}",
    "{Bât. B}, {15 avenue Charles de Gaulle}|{46500} {=Rocamadour}",
])
_addrs("be", [
    "{Rue de la Sapinière 14}|{4141} {=Banneux}",
    "{Kerkstraat 41}|{3290} {=Diest}",
])
_addrs("nl", [
    "{Oude Rijksweg 118}|{7951 DL} {=Staphorst}",
    "{Wijk 3-47}|{8321 SG} {=Urk}",
    "{Kerkstraat 9}|{4116 BL} {=Buren}",
    "{Dorpsstraat 62}|{3381 BD} {=Giessenburg}",
])
_addrs("es", [
    "{Calle Mayor, 12}, {2º B}|{24320} {=Sahagún} ({León})",
    "{Avenida del Ejército, 7}|{34440} {=Frómista} ({Palencia})",
    "{Kale Nagusia, 23}, {3º izda.}|{20730} {=Azpeitia} ({Gipuzkoa})",
    "{Carrer Major, 16}|{08691} {=Monistrol de Montserrat} ({Barcelona})",
    "{Calle Sor Ángela de la Cruz, 8}, {1º A}|{41440} {=Lora del Río} ({Sevilla})",
])
_addrs("pt", [
    "{Rua da Misericórdia, 27}|{4990-062} {=Ponte de Lima}",
    "{Travessa de São João, 4}, {2.º Esq.}|{2300-551} {=Tomar}",
    "{Rua Dr. Alfredo Magalhães, 11}|{4740-274} {=Esposende}",
])
_addrs("it", [
    "{Via San Rufino 12}|{06081} {=Assisi} ({PG})",
    "{Via Santa Maria degli Angeli 7}|{82020} {=Pietrelcina} ({BN})",
    "{Corso Sertorio 33}|{06046} {=Norcia} ({PG})",
    "{Via dei Mille 18}|{60025} {=Loreto} ({AN})",
    "{Piazza Garibaldi 4}, {int. 6}|{00028} {=Subiaco} ({RM})",
])
_addrs("pl", [
    "{ul. Kościelna 7/2}|{34-100} {=Wadowice}",
    "{ul. Bernardyńska 14}|{34-130} {=Kalwaria Zebrzydowska}",
    "{ul. Jana Pawła II 3/18}|{62-563} {=Licheń Stary}",
    "{ul. Mickiewicza 31/4}|{83-400} {=Kościerzyna}",
])
_addrs("cz", [
    "{náměstí Zachariáše z Hradce 41}|{588 56} {=Telč}",
    "{Velehrad 214}|{687 06} {=Velehrad}",
])
_addrs("se", [
    "{Storgatan 14}|{592 30} {=Vadstena}",
    "{Prästgatan 3}, {lgh 1102}|{193 30} {=Sigtuna}",
    "{Kyrkvägen 7}|{796 30} {=Älvdalen}",
])
_addrs("no", ["{Kjerkgata 12}|{7374} {=Røros}"])
_addrs("dk", ["{Lindegade 17}|{6070} {=Christiansfeld}"])
_addrs("fi", ["{Mannerheiminkatu 4 B 12}|{21100} {=Naantali}"])
_addrs("gr", [
    "{Οδός Αγίου Νικολάου 14}|{422 00} {=Καλαμπάκα}",
    "{Ευαγγελιστρίας 8}|{842 00} {=Τήνος}",
    "{Σκάλα}|{855 00} {=Πάτμος}",
])
_addrs("ro", [
    "{Str. Mănăstirii nr. 12}|{725300} {=Gura Humorului}, {jud. Suceava}",
    "{Str. Cositorarilor nr. 9}, {ap. 3}|{545400} {=Sighișoara}, {jud. Mureș}",
])
_addrs("ru", [
    "{607320}, {Нижегородская обл.}, с. {=Дивеево}, {ул. Октябрьская, д. 12}, {кв. 3}",
    "{181500}, {Псковская обл.}, г. {=Печоры}, {ул. Мира, д. 5}",
])
_addrs("ua", [
    "{вул. Лаврська, 7}, {кв. 4}|м. {=Почаїв}, {Тернопільська обл.}, {47025}",
    "{вул. Соборна, 21}|м. {=Жовква}, {Львівська обл.}, {80300}",
])
_addrs("tr", [
    "{Atatürk Mah. Cumhuriyet Cad. No: 14} {D: 3}|{35920} {=Selçuk}/{İzmir}",
    "{Hacı Bektaş Veli Mah. Kırşehir Cad. No: 22}|{50800} {=Hacıbektaş}/{Nevşehir}",
    "{Camikebir Mah. Kale Sok. No: 8} {D: 2}|{61900} {=Of}/{Trabzon}",
])
_addrs("il", [
    "{רחוב ירושלים 12}|{=צפת} {1321507}",
    "{שדרות דוד המלך 8}, {דירה 4}|{=קצרין} {1290000}",
])
_addrs("eg", ["{١٤ شارع الجيش}|{=دير مواس}، {المنيا}"], join="، ")
_addrs("ma", ["{14 زنقة طارق بن زياد}|{=شفشاون} {91000}"], join="، ")
_addrs("jo", ["{عمارة 7، شارع الملك طلال}|{=مادبا}"], join="، ")
_addrs("ng", [
    "{12 Church Road}|{=Idanre}|{Ondo State}",
    "{Plot 7, Emir's Palace Road}|{=Daura}|{Katsina State}",
])
_addrs("gh", ["{House No. 14, Presby Road}|{=Akropong-Akuapem}"])
_addrs("ke", [
    "{P.O. Box 318-10300}|{=Kerugoya}",
    "{Plot 22, Mosque Road}|{=Lamu}",
])
_addrs("za", [
    "{7 Church Street}|{=Clanwilliam}|{8135}",
    "{23 Voortrekker Road}|{=Darling}|{7345}",
])
_addrs("in", [
    "{H.No. 3-41, Beach Road}|{=Velankanni}, {Nagapattinam Dt.}|{Tamil Nadu} {611111}",
    "{Flat 4B}, {Mangal Apartments}, {Feira Alta}|{=Mapusa}, {Goa} {403507}",
    "{Kallarackal House, Church Junction}|{=Kuravilangad}, {Kottayam}, {Kerala} {686633}",
])
_addrs("in_pb", [
    "{H.No. 112, Gurdwara Road}|{=Anandpur Sahib}, {Punjab} {140118}",
    "{Village Ghuman, P.O. Ghuman}|{=Batala}, {Gurdaspur}, {Punjab} {143505}",
])
_addrs("in_hi", [
    "{मकान नं. 27, मंदिर मार्ग}|{=नाथद्वारा}, {राजसमंद}, {राजस्थान} {313301}",
    "{12, गोविंद नगर}|{=वृंदावन}, {मथुरा}, {उत्तर प्रदेश} {281121}",
])
_addrs("in_pa", [
    "{ਪਿੰਡ ਤੇ ਡਾਕ: ਘੁੰਮਣ}|{=ਬਟਾਲਾ}, {ਗੁਰਦਾਸਪੁਰ} {143505}",
    "{ਮਕਾਨ ਨੰ. 88, ਗੁਰਦੁਆਰਾ ਰੋਡ}|{=ਤਲਵੰਡੀ ਸਾਬੋ}, {ਬਠਿੰਡਾ} {151302}",
])
_addrs("pk", [
    "{House 41, Street 7, Mohallah Islampura}|{=Pasrur}, {Sialkot}",
    "{Gali 3, Bazar Road}|{=Nankana Sahib}",
])
_addrs("pk_ur", [
    "{مکان نمبر 41، گلی 7، محلہ اسلام پورہ}|{=پسرور}، {ضلع سیالکوٹ}",
    "{مکان 18، جامع مسجد روڈ}|{=کلر کہار}، {ضلع چکوال}",
], join="، ")
_addrs("bd", ["{Vill. Kanaighat Bazar}|{=Kanaighat}, {Sylhet} {3180}"])
_addrs("et", ["{Kebele 03, House No. 214}|{=Lalibela}"])
_addrs("lk", ["{No. 41/2, Sri Maha Vihara Road}|{=Kelaniya} {11600}"])
_addrs("id", [
    "{Jl. Sunan Giri No. 7}, {RT 002/RW 004}|{Kel. Giri}, {Kec. Kebomas}|{=Gresik} {61124}",
    "{Jl. Pesantren No. 12}, {RT 01/RW 03}|{=Tebuireng}, {Jombang} {61471}",
    "{Jl. Raya Sumenep No. 88}|{=Pamekasan} {69317}",
])
_addrs("my", [
    "{No. 14, Jalan Masjid}|{16800} {=Pasir Puteh}|{Kelantan}",
    "{Lot 221, Kampung Padang Luas}|{21600} {=Marang}|{Terengganu}",
])
_addrs("ph", [
    "{Purok 3, Brgy. San Isidro}|{=Baclayon}, {Bohol} {6301}",
    "{#18 Rizal Street}, {Brgy. 7}|{=Paoay}, {Ilocos Norte} {2902}",
    "{Blk 4 Lot 19, Sampaguita St.}|{=Taal}, {Batangas} {4208}",
])
_addrs("vn", [
    "{Số 14, đường Nguyễn Trãi}|thị trấn {=Phát Diệm}, {huyện Kim Sơn}, {tỉnh Ninh Bình}",
    "{Số 7, hẻm 12, đường Trần Phú}|thị xã {=La Gi}, {tỉnh Bình Thuận}",
])
_addrs("th", [
    "{14 หมู่ 3}|ต.{เชียงคาน} อ.{=เชียงคาน}|จ.{เลย} {42110}",
    "{88/2 ถ.ชยางกูร}|อ.{=ธาตุพนม} จ.{นครพนม} {48110}",
], join=" ")
_addrs("kr", [
    "({57339}) {전라남도} {=담양군} {담양읍 객사7길 12}",
    "({25022}) {강원특별자치도} {=양양군} {양양읍 남문5길 8}, {2층}",
    "({38154}) {경상북도} {=경주시} {불국로 214-3}",
], join=" ")
_addrs("jp", [
    "〒{648-0211}|{和歌山県} {=伊都郡高野町} {高野山621}",
    "〒{028-0524}|{岩手県} {=遠野市} {新町3-14}",
], join=" ")
_addrs("tw", [
    "{545}|{南投縣} {=埔里鎮} {中山路二段214號}",
    "{612}|{嘉義縣} {=太保市} {北港路二段88號} {3樓}",
], join=" ")
_addrs("br", [
    "{Rua Tiradentes, 88}, {Centro}|{=Congonhas} - {MG}|{36415-000}",
    "{Rua Monte Carmelo, 37}, {apto 12}|{=Trindade} - {GO}|{75380-000}",
    "{Rua Nossa Senhora da Piedade, 210}|{=Caeté} - {MG}|{34800-000}",
])
_addrs("mx", [
    "{Calle Hidalgo 21}, {Col. Centro}|{47000} {=San Juan de los Lagos}, {Jal.}",
    "{Privada Morelos 5}, {Col. San José}|{62520} {=Tepoztlán}, {Mor.}",
])
_addrs("ar", ["{Calle Belgrano 341}|{X5184} {=Capilla del Monte}, {Córdoba}"])
_addrs("co", ["{Carrera 9 # 14-37}, {Barrio El Topo}|{=Chiquinquirá}, {Boyacá}"])
_addrs("jm", ["{14 King Street}|{=Falmouth}|{Trelawny}"])

# ---------------------------------------------------------------------------------------------
# phones in national format (no country code), typed by hand
PHONES = {
    "gb": ["07723 418906", "01422 843517", "07958 302 114", "01584 872 390", "07411 629 083", "01947 600218",
           "07834 551 207", "020 8567 3391"],
    "gbm": ["07723 418906", "07958 302 114", "07411 629 083", "07834 551 207", "07562 190 448"],
    "brm": ["(31) 98472-3316", "(62) 99318-4407", "(85) 98807-1265"],
    "ie": ["087 314 2268", "(094) 902 3417", "086 771 0439"],
    "us": ["(989) 652-4471", "(785) 227-3906", "313-874-2290", "(717) 733-5182", "(502) 348-9917"],
    "ca": ["(902) 634-8125", "418 435-2276", "(204) 326-7719"],
    "au": ["0412 384 719", "(08) 8563 2207", "0438 291 604"],
    "nz": ["021 384 7726", "(07) 386 8814"],
    "de": ["0171 4839627", "09851 / 57 32 18", "0160 92 74 381", "07524 40 19 82", "0151 2384 7719"],
    "at": ["0664 381 2276", "03882 21 44"],
    "ch": ["079 412 38 65", "055 418 27 90"],
    "fr": ["06 47 21 83 90", "05 65 34 12 78", "07 81 29 44 06", "02 96 20 17 53"],
    "be": ["0476 23 41 87", "013 31 28 74"],
    "nl": ["06-41829307", "0522 44 18 72", "06 27 38 19 44"],
    "es": ["612 48 39 27", "945 21 38 77", "677 204 183", "987 78 11 40"],
    "pt": ["912 384 771", "258 942 315", "936 027 418"],
    "it": ["347 218 4490", "075 812 2218", "338 904 1176", "0824 99 1307"],
    "pl": ["602 318 447", "33 823 41 08", "511 293 864", "694 027 315"],
    "cz": ["604 218 337", "567 213 448"],
    "se": ["070-318 42 96", "0143-122 07", "073-904 18 55"],
    "no": ["412 83 906", "72 41 19 38"],
    "dk": ["21 48 37 90"],
    "fi": ["040 738 2914"],
    "gr": ["694 718 3362", "22830 24 117", "697 204 8815"],
    "ro": ["0742 318 906", "0230 231 447"],
    "ru": ["8 (916) 482-37-19", "8 (831) 344-12-07", "8 911 274 38 05"],
    "ua": ["067 318 42 96", "(03546) 6-12-74", "050 914 27 38"],
    "tr": ["0532 418 73 29", "0555 207 14 86", "0 (232) 892 31 40"],
    "il": ["052-738-4416", "04-682 3319", "054-9172208"],
    "eg": ["010 2384 7719", "0122 918 4407", "086 236 0194"],
    "sa": ["050 318 4472", "055 902 1186"],
    "ae": ["050 712 3384", "03 781 2264"],
    "jo": ["079 631 8824", "077 540 2913", "05 324 4187"],
    "ma": ["06 61 48 27 39", "0539 98 71 20"],
    "ng": ["0803 418 2296", "0706 221 9384"],
    "gh": ["024 318 7745", "020 914 2283"],
    "ke": ["0712 384 991", "0722 406 183", "0733 918 254"],
    "za": ["082 417 3306", "027 482 1190"],
    "et": ["091 138 4427"],
    "in": ["98450 31827", "94172 08836", "01871 240 419", "99471 20358"],
    "pk": ["0300 4182736", "0321-7709384", "052 3551 207"],
    "bd": ["01712-384916", "01819 402733"],
    "lk": ["077 318 4429"],
    "id": ["0812-3847-2910", "0857 3318 2047", "(031) 394 2281", "0813 3029 4418"],
    "my": ["012-384 7291", "019-902 3317", "09-786 2248"],
    "ph": ["0917 384 2206", "0928 551 0374", "(038) 540 9912"],
    "vn": ["091 384 72 16", "0988 207 314", "0229 3862 417"],
    "th": ["081 384 7729", "089-207-1156", "042 821 338"],
    "kr": ["010-3847-2916", "010 4418 2037", "061-381-2294"],
    "jp": ["090-3847-2216", "0736-56-2231", "080-4419-0372"],
    "tw": ["0912-384-729", "049 298 2217"],
    "br": ["(31) 98472-3316", "(62) 99318-4407", "(31) 3651-2290"],
    "mx": ["55 3847 2916", "395 785 0132", "777 204 1839"],
    "ar": ["(0351) 15-448-2917"],
    "co": ["310 384 7216"],
    "jm": ["876-954-3318"],
}

# other identifiers, typed by hand (check digits worked out once, then typed in)
NHS = ["485 203 9178", "943 716 2085", "612 084 7359"]
HOSP = ["RBK4471923", "H0582217", "M2219384"]
NINO = ["JT 48 27 91 C", "NX 73 10 48 A", "PB 61 92 37 D", "SR 20 84 66 B"]
US_SSNS = ["412-68-3390", "531-27-8846", "228-91-4075"]
IBANS = {
    "gb": ["GB30 BARC 2032 5341 8276 39", "GB53 LOYD 3094 1227 5183 06", "GB44 HBUK 4012 7731 4429 58",
           "GB43 NWBK 6008 4419 2738 05"],
    "de": ["DE71 3506 0190 1028 4739 16", "DE14 3706 0193 0042 8153 79", "DE23 7509 0300 0003 3182 74"],
    "ae": ["AE65 0330 0018 4729 1036 582"],
    "sa": ["SA91 8000 0000 6082 7391 5046"],
    "tr": ["TR66 0001 0048 2917 3650 0193 82", "TR06 0006 4000 0018 3926 4705 12"],
    "be": ["BE62 0017 3829 4661"],
    "pt": ["PT50 0035 0641 0000 3847 2917 7"],
    "es": ["ES27 2100 0418 4302 0083 7215"],
}
CARDS = ["4539 1820 7746 1935", "4929603182451170", "5354 1208 7793 4619"]
IPS = ["86.14.203.77", "92.40.187.211", "81.98.34.150", "2a00:23c7:9e14:b801:5d2:41ff:fe19:7c03"]

# dates of birth not bound to an ID, typed by hand (year, month, day)
DOBS = {
    "old": [(1938, 3, 22), (1941, 11, 4), (1944, 6, 30), (1936, 1, 17), (1947, 9, 9), (1950, 12, 25),
            (1939, 8, 14), (1945, 2, 2), (1952, 5, 19), (1943, 10, 27)],
    "adult": [(1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (1984, 1, 29), (1971, 7, 21),
              (1996, 4, 12), (1990, 10, 1), (1983, 6, 26), (1975, 12, 11), (1969, 2, 18), (2000, 8, 5)],
    "teen": [(2011, 2, 4), (2010, 9, 21), (2012, 5, 30), (2009, 12, 14), (2011, 7, 7), (2010, 3, 3)],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "th": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
}


def fdate(d, style):
    """Write a hand-typed (y, m, d) in one writer's style."""
    y, mo, da = d
    if style == "dmy":
        return f"{da:02d}/{mo:02d}/{y}"
    if style == "dmy1":
        return f"{da}/{mo}/{y}"
    if style == "dot":
        return f"{da:02d}.{mo:02d}.{y}"
    if style == "iso":
        return f"{y}-{mo:02d}-{da:02d}"
    if style == "mdy":
        return f"{mo:02d}/{da:02d}/{y}"
    if style == "dash":
        return f"{da:02d}-{mo:02d}-{y}"
    if style == "ymd_dot":
        return f"{y}.{mo:02d}.{da:02d}"
    if style == "ymd_slash":
        return f"{y}/{mo:02d}/{da:02d}"
    if style == "en":
        return f"{da} {MONTHS['en'][mo - 1]} {y}"
    if style == "en_short":
        return f"{da} {MONTHS['en'][mo - 1][:3]} {y}"
    if style == "us":
        return f"{MONTHS['en'][mo - 1]} {da}, {y}"
    if style == "de":
        return f"{da}. {MONTHS['de'][mo - 1]} {y}"
    if style in ("fr", "it", "sv"):
        return f"{da} {MONTHS[style][mo - 1]} {y}"
    if style in ("es", "pt"):
        return f"{da} de {MONTHS[style][mo - 1]} de {y}"
    if style == "id":
        return f"{da} {MONTHS['id'][mo - 1]} {y}"
    if style == "th":
        return f"{da} {MONTHS['th'][mo - 1]} {y + 543}"
    if style == "cjk":
        return f"{y}年{mo}月{da}日"
    if style == "ko":
        return f"{y}년 {mo}월 {da}일"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# drawing: least-used first (ties broken by the seeded RNG), never the same value twice in one row

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                       "æ": "ae", "'": "", "’": "", " ": "", "-": ""})


def ascii_fold(s):
    import unicodedata
    s = s.translate(_FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


class Ctx:
    def __init__(self, rng, usage, memo, tname=""):
        self.rng, self.usage, self.row, self.memo, self.tname = rng, usage, set(), memo, tname

    def _draw(self, items, key):
        """Least used in this template first, then least used overall; ties broken by the seeded RNG."""
        cands = [x for x in items if key(x) not in self.row]

        def rank(x):
            return (self.usage[(self.tname, key(x))], self.usage[key(x)])
        low = min(rank(x) for x in cands)
        best = [x for x in cands if rank(x) == low]
        x = self.rng.choice(best)
        self.usage[key(x)] += 1
        self.usage[(self.tname, key(x))] += 1
        self.row.add(key(x))
        return x

    def pick(self, seq):
        return self.rng.choice(seq)

    def person(self, pool, sex=None, need=None, faith=None):
        items = [p for p in POOLS[pool] if (sex is None or p.sex == sex)
                 and (need is None or (p.dob if need == "dob" else p.ids.get(need)))
                 and (faith is None or p.faith in (faith, "x"))]
        return self._draw(items, lambda p: "P:" + p.key)

    def relative(self, pool, kin, sex=None, faith=None):
        """A parent for a child: someone sharing the child's surname stem if the pool has one."""
        stem = kin.family[:4]
        same = [p for p in POOLS[pool] if p.family.startswith(stem) and (sex is None or p.sex == sex)
                and "P:" + p.key not in self.row]
        if not same:
            return self.person(pool, sex, faith=faith)
        return self._draw(same, lambda p: "P:" + p.key)

    def people(self, pool, k, sex=None, need=None):
        return [self.person(pool, sex, need) for _ in range(k)]

    def home(self, cc):
        return self._draw(ADDRS[cc], lambda a: "A:" + a.key)

    def phone(self, cc):
        return PH(self._draw(PHONES[cc], lambda v: "T:" + v))

    def dob(self, kind, p=None):
        """A date of birth from the hand-typed list; a person keeps the first one drawn for them."""
        if p is not None and p.dob:
            return p.dob
        if p is not None and ("DOB", p.key) in self.memo:
            return self.memo[("DOB", p.key)]
        d = self._draw(DOBS[kind], lambda d: f"D:{kind}:{d}")
        if p is not None:
            self.memo[("DOB", p.key)] = d
        return d

    def _one(self, name, seq, wrap):
        return wrap(self._draw(seq, lambda v: f"{name}:{v}"))

    def nhs(self):
        return self._one("NHS", NHS, NID)

    def hosp(self):
        return self._one("MRN", HOSP, MRN)

    def nino(self):
        return self._one("NINO", NINO, NID)

    def ssn(self):
        return self._one("SSN", US_SSNS, SSN)

    def iban(self, cc):
        return self._one("IBAN", IBANS[cc], IBAN)

    def card(self):
        return self._one("CARD", CARDS, CARD)

    def ip(self):
        return self._one("IP", IPS, IP)

    def email(self, p, domain, style=None):
        g, f = ascii_fold(p.given.split()[0]), ascii_fold(p.family.split()[-1])
        style = style or self.pick(["g.f", "gf", "g_fNN", "f.g", "gfNN", "g.fNN"])
        nn = str(self.rng.randint(2, 98))
        local = {"g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_fNN": f"{g}_{f}{nn}", "f.g": f"{f}.{g}",
                 "gfNN": f"{g}{f[0]}{nn}", "g.fNN": f"{g}.{f}{nn}", "g": f"{g}{nn}"}[style]
        return EM(f"{local}@{domain}")


def P(p, form="full"):
    """A person's name as one PERSON marker: full, given, family or official order."""
    value = {"full": p.full, "given": p.given, "family": p.family, "official": p.official}[form]
    return m("PERSON", value)


def N(value):
    """A name written another way (initials, nickname, login): still one PERSON span."""
    return m("PERSON", value)


# ---------------------------------------------------------------------------------------------
# templates: each returns one marked text for row i

TEMPLATES = []


def tpl(cls, name, lang, n, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco

POOLS["tl_kid"] = _people([
    ("Zion Gabriel", "Manalo", "M", "Tagalog", {"dob": (2025, 10, 2)}),
    ("Althea Mae", "Pangilinan", "F", "Kapampangan", {"dob": (2025, 12, 19)}),
    ("Juan Miguel", "Ocampo", "M", "Tagalog", {"dob": (2025, 9, 7)}),
])

WEBMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com",
           "sky.com", "live.co.uk"]

# =============================================================================================
# personal_registers: baptism, confirmation, marriage and funeral registers, membership lists


@tpl("personal_registers", "baptism_entry", "en", 2)
def _(c, i):
    kid = c.person("kid", need="dob", faith="c")
    mum = c.relative("world", kid, "F", faith="c")
    dad = c.relative("world", kid, "M", faith="c")
    dad_name = P(dad) if dad.family == kid.family else N(f"{dad.given.split()[-1]} {kid.family}")
    g1, g2 = c.person("world", faith="c"), c.person("world", faith="c")
    rev = c.person("world", faith="c")
    a = c.home("gb")
    ask = ["Can you turn this register entry into the wording for the certificate? Keep it formal.",
           "Please check this entry before I copy it into the register by hand, especialy the spellings.",
           "Make this into a short thank-you card message for the family, they asked for one."][i]
    return (f"{ask}\n\nBaptism register entry 2026/{14 + i * 3}\n"
            f"Child: {P(kid)}\nBorn: {DOB(fdate(kid.dob, 'en'))}\n"
            f"Parents: {P(mum, 'given')} and {dad_name}\n"
            f"Address: {a.line()}\n"
            f"Godparents: {P(g1)}, {P(g2)}\n"
            f"Baptised by: Revd {P(rev)}\nDate of baptism: {19 + i} April 2026")


@tpl("personal_registers", "banns", "en", 2)
def _(c, i):
    groom, bride = c.person("world", "M", faith="c"), c.person("world", "F", faith="c")
    ag, ab = c.home("gb"), c.home("gb")
    note = ["the couple want their middle names left out", "second time of asking is 3 May",
            "bride's mum asked if we can read it at the 9.30 as well"][i]
    return (f"Draft the banns for Sunday please, {note}.\n"
            f"Groom: {P(groom)}, bachelor, {ag.line()}\n"
            f"Bride: {P(bride)}, spinster, {ab.line()}\n"
            f"Usual wording: I publish the banns of marriage between {P(groom)} of {ag.T()} and "
            f"{P(bride)} of this parish.")


@tpl("personal_registers", "taufbuch", "de", 2)
def _(c, i):
    kid = c.person("de_kid", need="dob")
    mum = c.relative("de", kid, "F")
    dad = c.person("de", "M")
    p1, p2 = c.person("de"), c.person("de")
    pf = c.person("de", "F")
    a = c.home(c.pick(["de", "at", "ch"]))
    head = ["Bitte ins Taufbuch übertragen, Format wie letztes Jahr:",
            "Kannst du daraus eine Taufurkunde formulieren? Die Daten:",
            "Prüf bitte die Schreibweise, das kommt so ins Kirchenbuch:"][i]
    return (f"{head}\nName des Täuflings: {P(kid)}\ngeboren am: {DOB(fdate(kid.dob, 'dot'))}\n"
            f"Eltern: {P(mum)} und {P(dad)}\nwohnhaft: {a.line()}\n"
            f"Paten: {P(p1)}, {P(p2)}\nTaufe am {12 + i}.04.2026 durch Pfarrerin {P(pf, 'family')}")


@tpl("personal_registers", "ksiega_chrztow", "pl", 2)
def _(c, i):
    kid = c.person("pl_kid", need="pesel")
    mum, dad = c.relative("pl", kid, "F"), c.relative("pl", kid, "M")
    g1, g2 = c.person("pl", "F"), c.person("pl", "M")
    ks = c.person("pl", "M")
    a = c.home("pl")
    return (f"Proszę sprawdzić, czy wpis do księgi ochrzczonych jest kompletny, brakuje mi chyba parafii "
            f"chrzestnych:\nNr aktu: {7 + i}/2026\nImię i nazwisko dziecka: {P(kid)}\n"
            f"Data urodzenia: {DOB(fdate(kid.dob, 'dot'))}\nPESEL: {NID(kid.ids['pesel'])}\n"
            f"Rodzice: {P(dad)} i {P(mum)}\nAdres zamieszkania: {a.line()}\n"
            f"Chrzestni: {P(g1)}, {P(g2)}\nSzafarz: ks. {P(ks)}")


@tpl("personal_registers", "protokol_przedslubny", "pl", 2)
def _(c, i):
    he_, she = c.person("pl", "M", need="pesel"), c.person("pl", "F", need="pesel")
    a1, a2 = c.home("pl"), c.home("pl")
    t1, t2 = c.phone("pl"), c.phone("pl")
    return (f"Przepisz to do protokołu przedślubnego w tabeli (narzeczony | narzeczona):\n"
            f"- {P(he_)}, ur. {DOB(fdate(he_.dob, 'dot'))}, PESEL {NID(he_.ids['pesel'])}, zam. {a1.line()}, "
            f"tel. {t1}\n"
            f"- {P(she)}, ur. {DOB(fdate(she.dob, 'dot'))}, PESEL {NID(she.ids['pesel'])}, zam. {a2.line()}, "
            f"tel. {t2}\n"
            f"Ślub planowany {'6 czerwca' if i == 0 else '12 września'} 2026, nauki przedmałżeńskie zaliczone.")


@tpl("personal_registers", "expediente_matrimonial", "es", 2)
def _(c, i):
    novio, novia = c.person("es", "M", need="dni"), c.person("es", "F", need="dni")
    d1, d2 = c.dob("adult", novio), c.dob("adult", novia)
    a1, a2 = c.home("es"), c.home("es")
    cura = c.person("es", "M")
    pide = ["Redacta el edicto de proclamas con estos datos:",
            "Pásame esto a una tabla para el expediente matrimonial, por favor:",
            "¿Falta algo en el expediente? Los datos que tengo:"][i]
    return (f"{pide}\nContrayente 1: {P(novio)}, DNI/NIE {NID(novio.ids['dni'])}, nacido el "
            f"{DOB(fdate(d1, 'es'))}, domicilio {a1.line()}\n"
            f"Contrayente 2: {P(novia)}, DNI/NIE {NID(novia.ids['dni'])}, nacida el {DOB(fdate(d2, 'dmy'))}, "
            f"domicilio {a2.line()}\n"
            f"Párroco: D. {P(cura)}. Boda prevista en la parroquia de San Juan Bautista.")


@tpl("personal_registers", "certificato_battesimo", "it", 2)
def _(c, i):
    kid = c.person("it_kid", need="cf")
    mum = c.person("it", "F")
    don = c.person("it", "M")
    a = c.home("it")
    nata = "nata" if kid.sex == "F" else "nato"
    figlio = "mia figlia" if kid.sex == "F" else "mio figlio"
    return (f"Mi sistemi questa mail per il parroco? Grazie\n\n"
            f"Buongiorno don {P(don, 'given')}, mi servirebbe il certificato di battesimo di {figlio} "
            f"{P(kid)} ({nata} il {DOB(fdate(kid.dob, 'it'))}, CF {NID(kid.ids['cf'])}) per l'iscrizione alla "
            f"cresima. Siamo residenti in {a.line()}. "
            f"Posso passare in canonica giovedì?\n{P(mum)} — tel. {c.phone('it')}")


@tpl("personal_registers", "registre_obseques", "fr", 2)
def _(c, i):
    dec = c.person("fr")
    fam = c.person("fr")
    abbe = c.person("fr", "M")
    born = c.dob("old", dec)
    a = c.home(c.pick(["fr", "be"]))
    ne = "née" if dec.sex == "F" else "né"
    return (f"Pouvez-vous reformuler ces notes pour le registre des sépultures ?\n"
            f"Défunt·e : {N(dec.family.upper() + ' ' + dec.given)}, {ne} le {DOB(fdate(born, 'fr'))}\n"
            f"Domicile : {a.line()}\n"
            f"Décès le {3 + i} mars 2026, obsèques le {9 + i} mars à 10 h 30\n"
            f"Contact famille : {P(fam)}, tél. {c.phone(a.cc)}\n"
            f"Célébrant : abbé {P(abbe, 'family')}")


@tpl("personal_registers", "membership_csv", "en", 2)
def _(c, i):
    rows = []
    for _k in range(3):
        p = c.person("world")
        a = c.home(c.pick(["gb", "gb", "ie"]))
        lines = a.spec.split("|")
        street = _BRACE.sub(lambda mo: L(mo.group(2)), lines[0])
        town = a.T()
        code = _BRACE.sub(lambda mo: L(mo.group(2)), lines[-1])
        rows.append(f"{P(p, 'family')},{P(p, 'given')},\"{street}\",{town},{code},{c.phone(a.cc)},"
                    f"{c.email(p, c.pick(WEBMAIL))},{214 + i * 7 + _k}")
    body = "\n".join(rows)
    ask = ["Fix this CSV so it imports, the quotes are messing up the street column:",
           "Sort these by envelope number and tell me who has no email:",
           "Turn these new members into a welcome-letter mail merge list:"][i]
    return f"{ask}\n\nsurname,first_name,address,town,postcode,phone,email,envelope_no\n{body}"


@tpl("personal_registers", "pistopoiitiko_gamou", "el", 2)
def _(c, i):
    man, woman = c.person("el", "M"), c.person("el", "F")
    a = c.home("gr")
    pap = c.person("el", "M")
    return (f"Συντάξτε μου μια αίτηση προς τη Μητρόπολη για πιστοποιητικό γάμου με τα εξής:\n"
            f"Σύζυγος: {P(man)}\nΣύζυγος: {P(woman)}\n"
            f"Ημερομηνία γάμου: {14 + i} Ιουνίου 2008, Ιερός Ναός Αγίου Γεωργίου\n"
            f"Διεύθυνση κατοικίας: {a.line()}\nΤηλέφωνο: {c.phone('gr')}\n"
            f"Ιερέας που τέλεσε το μυστήριο: π. {P(pap)}"
            if i == 0 else
            f"Γράψε ένα σύντομο μήνυμα προς τον π. {P(pap, 'given')}: το ζεύγος {P(man)} και {P(woman)} "
            f"ζητά πιστοποιητικό γάμου για το ληξιαρχείο. Κατοικούν στη διεύθυνση {a.line()}, "
            f"τηλ. {c.phone('gr')}.")


@tpl("personal_registers", "binyag_schedule", "tl", 2, case=[None, "lower"])
def _(c, i):
    kid = c.person("tl_kid", need="dob")
    mum = c.person("tl", "F")
    n1, n2 = c.person("tl", "M"), c.person("tl", "F")
    a = c.home("ph")
    return (f"Pakiayos po itong message ko sa parish office, parang ang gulo haha\n\n"
            f"Good morning po! Magpapa-schedule sana kami ng binyag ng baby namin na si {P(kid)}, "
            f"born {DOB(fdate(kid.dob, 'us'))}. Ang ninong po ay si {P(n1)} at ninang si {P(n2)}. "
            f"Address namin {a.line()}. Pwede po ba sa Sabado? Salamat po, {P(mum)} ({c.phone('ph')})")


@tpl("personal_registers", "svidetelstvo_kreshcheniya", "ru", 2)
def _(c, i):
    kid = c.person("ru_kid", need="dob")
    dad = c.relative("ru", kid, "M")
    mum = c.person("ru", "F")
    g1 = c.person("ru", "F")
    a = c.home("ru")
    return (f"Заполните, пожалуйста, свидетельство о крещении по этим данным:\n"
            f"Крещаемый: {P(kid, 'official')}, дата рождения {DOB(fdate(kid.dob, 'dot'))}\n"
            f"Отец: {P(dad, 'official')}\nМать: {P(mum, 'official')}\n"
            f"Восприемница: {P(g1, 'official')}\nАдрес: {a.line()}\nТел.: {c.phone('ru')}\n"
            f"Таинство совершил иерей {P(c.person('ru', 'M'), 'given')}, {10 + i} февраля 2026 г.")


@tpl("personal_registers", "kehila_members", "he", 2)
def _(c, i):
    p = c.person("he", need="tz")
    q = c.person("he")
    a = c.home("il")
    return (f"נא לעדכן את רשימת חברי הקהילה של בית הכנסת ולנסח מכתב ברכה לחבר החדש:\n"
            f"שם: {P(p)}\nת\"ז: {NID(p.ids['tz'])}\nכתובת: {a.line()}\nטלפון: {c.phone('il')}\n"
            f"הצטרף/ה בהמלצת {P(q)}. דמי חבר לשנת תשפ\"ו שולמו.")


# streets of one parish's round (for visit lists, rotas and food-bank logs: one town, many doors)
ROUNDS = {
    "hebden": ("gb", "Hebden Bridge", ["3 Albert Street", "9 Market Street", "27 Birchcliffe Road",
                                        "6 Valley Road", "41 Heptonstall Road", "Flat 2, 5 Bridge Gate"]),
    "whitby": ("gb", "Whitby", ["12 Flowergate", "5 Silver Street", "88 Stakesby Road", "17 Abbey Terrace",
                                 "4 Henrietta Street", "31 Upgang Lane"]),
    "kinsale": ("ie", "Kinsale", ["11 Pearse Street", "7 Lower O'Connell Street", "2 Chairmans Row",
                                   "15 The Glen", "Summercove, 3 Lower Road"]),
    "frankenmuth": ("us", "Frankenmuth", ["630 E Genesee Street", "215 Trinity Lane", "1102 Weiss Street",
                                           "77 Cass Street", "904 Churchgrove Road"]),
    "tanunda": ("au", "Tanunda", ["9 Basedow Road", "22 MacDonnell Street", "3 Menge Road", "51 Elizabeth Street"]),
    "dinkelsbuehl": ("de", "Dinkelsbühl", ["Segringer Straße 31", "Nördlinger Straße 8", "Elsasser Gasse 3",
                                            "Am Weinmarkt 6", "Luitpoldstraße 19"]),
    "sahagun": ("es", "Sahagún", ["Calle Antonio Nicolás, 4", "Plaza del Ayuntamiento, 2, 1º",
                                   "Calle Constitución, 19", "Avenida de la Estación, 27", "Calle Herreros, 5"]),
    "urk": ("nl", "Urk", ["Wijk 2-12", "Bolder 18", "Noorderbaai 41", "Vormtstraat 7", "Klifweg 26"]),
    "tebuireng": ("id", "Tebuireng", ["Jl. Irian Jaya No. 5", "Gg. Masjid No. 2", "Jl. Pesantren No. 31",
                                       "Dusun Kwaron RT 02/RW 01"]),
}


def street(c, rnd):
    return L(c._draw(ROUNDS[rnd][2], lambda v: f"S:{rnd}:{v}"))


# =============================================================================================
# personal_pastoral: visit lists, hospital, prison and university chaplaincy, prayer requests


@tpl("personal_pastoral", "visit_round", "en", 3, case=[None, None, "lower"])
def _(c, i):
    rnd = ["hebden", "kinsale", "frankenmuth"][i]
    cc, town, _streets = ROUNDS[rnd]
    a, b, d = c.person("world", "F", faith="c"), c.person("world", faith="c"), c.person("world", "M", faith="c")
    dau = c.person("world", "F")
    title = "Mrs" if i != 2 else "Ms"
    return (f"Pastoral visits this week in {L(town)}. Can you order these into a sensible walking route "
            f"from the church and suggest times? I can't do before 10.\n"
            f"- {P(a)}, {street(c, rnd)}: housebound, home communion, hard of hearing so knock loudly\n"
            f"- {title} {P(d, 'family')}, {street(c, rnd)}: recently bereaved, husband {P(d, 'given')} "
            f"died in February\n"
            f"- {P(b)}, {street(c, rnd)}: back from hospital, ring daughter {P(dau, 'given')} first on "
            f"{c.phone(cc)}")


@tpl("personal_pastoral", "ward_referral", "en", 3, case="lower")
def _(c, i):
    pt = c.person("world", faith="c")
    kin = c.person("world")
    fr = c.person("world", "M", faith="c")
    ward = ["ward 7b", "cedar ward", "the amu"][i]
    return (f"can you write this up as a proper handover for fr {P(fr, 'given')}, he's on call tonight\n\n"
            f"referral from {ward}: {P(pt)}, bed {14 + i * 5}, nhs no {c.nhs()}, hosp no {c.hosp()}. "
            f"rc, would like communion and the sacrament of the sick before the op on thurs. next of kin "
            f"{P(kin)} {c.phone('gbm')}, happy for us to call. pt a bit confused in the evenings")


@tpl("personal_pastoral", "intercessions", "en", 3, case=[None, "lower", None])
def _(c, i):
    s1, s2, s3 = c.person("world", faith="c"), c.person("world"), c.person("world", "M", faith="c")
    kid = c.person("kid", faith="c")
    rip, ann = c.person("world", faith="c"), c.person("world", faith="c")
    ask = ["Tidy this list for Sunday's intercessions, long-term sick at the end, no surnames read out:",
           "Can you write the prayers of intercession around these names? Keep it to 2 minutes.",
           "Put these in the pew sheet format (For the sick / Recently departed / Anniversaries):"][i]
    return (f"{ask}\n"
            f"sick: {P(s1)} (Calderdale Royal, ward 4), {P(s2)}, baby {P(kid, 'given')}, "
            f"{P(s3, 'family')}'s sister (very poorly), {P(s3)} himself after his fall\n"
            f"died: {P(rip)} (funeral Thursday 11am)\n"
            f"anniv: {P(ann)}")


@tpl("personal_pastoral", "krankenbesuche", "de", 2, case=[None, "lower"])
def _(c, i):
    p1, p2, p3 = c.person("de"), c.person("de"), c.person("de")
    past = c.person("de", "M")
    a = c.home(c.pick(["de", "at"]))
    return (f"Mach mir aus dieser Liste einen Wochenplan für Pastor {P(past, 'family')} (Di und Do nachmittags):\n"
            f"Krankenbesuche KW {12 + i}\n"
            f"1. {P(p1)}: Kreisklinik, Station 3B, Zimmer 214, Krankensalbung gewünscht\n"
            f"2. {P(p2)}: zu Hause, {a.line()}, Tel. {c.phone(a.cc)}, Tochter kommt ab 15 Uhr\n"
            f"3. {P(p3)}: Pflegeheim St. Elisabeth, war lange Lektorin bei uns")


@tpl("personal_pastoral", "comunion_enfermos", "es", 2, case=["lower", None])
def _(c, i):
    p1, p2, p3 = c.person("es"), c.person("mx"), c.person("es", "F")
    minis = c.person("es", "F")
    return (f"¿Me ordenas esta lista de comunión a enfermos por calles para {P(minis, 'given')}? "
            f"Es la ministra nueva y no conoce {L('Sahagún')}.\n"
            f"· {P(p1)}: {street(c, 'sahagun')}. Encamado, viene también su mujer.\n"
            f"· {P(p2)}: {street(c, 'sahagun')}. Llamar antes al {c.phone('es')}.\n"
            f"· Doña {P(p3)}: {street(c, 'sahagun')}. Primer viernes solamente.")


@tpl("personal_pastoral", "pedidos_oracao", "pt", 2, case="lower")
def _(c, i):
    a, b, d = c.person("br"), c.person("br", "F"), c.person("br", "M")
    mae = c.person("br", "F")
    return (f"resume esses pedidos de oração do grupo pra eu ler no culto de quarta\n\n"
            f"[19:02] {P(a, 'given')}: irmãos orem pela minha mãe {P(mae)} que tá internada na santa casa, "
            f"cirurgia amanhã cedo\n"
            f"[19:05] {P(b, 'given')}: amém. e pelo meu sobrinho {P(d)} que perdeu o emprego\n"
            f"[19:11] {P(a, 'given')}: quem puder visitar ela o número do meu irmão é {c.phone('br')}")


@tpl("personal_pastoral", "prison_chaplaincy", "en", 3)
def _(c, i):
    faith = ["m", "c", "s"][i]
    man = c.person("world", "M", faith=faith)
    wife = c.person("world", "F", faith=faith)
    a = c.home("gb")
    chap = c.person("world", faith=faith)
    prison = ["HMP Leeds", "HMP Altcourse", "HMP Erlestoke"][i]
    wants = ["for a visit from the imam and a prayer mat", "for a Bible and to see the Catholic priest",
             "to talk to the Sikh chaplain about his father's funeral"][i]
    return (f"Draft a short letter from the chaplaincy to the family below. Keep it warm, no details of "
            f"the offence.\n\n"
            f"Prisoner: {P(man)}, A{4821 + i * 377}CX, {prison}, Wing C\n"
            f"Wife: {P(wife)}, {a.line()}, tel {c.phone('gb')}\n"
            f"He asked {wants}. Wants his wife told he is ok. "
            f"Seen by {P(chap)} (chaplain) on Tuesday.")


@tpl("personal_pastoral", "uni_chaplain_email", "en", 2)
def _(c, i):
    st = c.person("world")
    chap = c.person("world")
    uni = ["Lancaster", "Aberystwyth"][i]
    return (f"Help me reply to this kindly, I'm the chaplain. Suggest we meet at the chaplaincy centre.\n\n"
            f"> Hi {P(chap, 'given')},\n"
            f"> I'm a 2nd year at {uni} and I've been really struggling since my grandad died. I'm not very "
            f"religious but my flatmate said you're nice to talk to. Could we meet this week?\n"
            f"> Thanks,\n> {P(st)}\n> {c.phone('gb')} | {c.email(st, 'gmail.com')}")


@tpl("personal_pastoral", "ziyarat_marda", "ar", 2)
def _(c, i):
    p1, p2 = c.person("ar", "M", faith="m"), c.person("ar", "F", faith="m")
    son = c.person("ar", "M", faith="m")
    imam = c.person("ar", "M", faith="m")
    cc = ["sa", "jo"][i]
    return (f"رتّب لي قائمة زيارة المرضى لهذا الأسبوع حسب الأيام، وأرسلها للإمام {P(imam)}:\n"
            f"- الحاج {P(p1)}، مستشفى الملك فهد، جناح الباطنية، غرفة {12 + i}، ابنه {P(son, 'given')} "
            f"على الرقم {c.phone(cc)}\n"
            f"- الأخت {P(p2)}، في البيت بعد العملية، تفضّل الزيارة بعد صلاة العصر، هاتف {c.phone(cc)}")


@tpl("personal_pastoral", "simbang", "ko", 2)
def _(c, i):
    p1, p2 = c.person("ko"), c.person("ko", "F")
    a1, a2 = c.home("kr"), c.home("kr")
    return (f"이번 주 심방 일정을 표로 정리해 주세요 (이름 / 주소 / 연락처 / 메모).\n"
            f"- {P(p1)} 권사님: {a1.line()}, {c.phone('kr')}, 무릎 수술 후 회복 중\n"
            f"- {P(p2)} 집사님: {a2.line()}, {c.phone('kr')}, 새가족, 남편은 아직 교회 안 나옴\n"
            f"담당: {P(c.person('ko'))} 목사님, {'수요일' if i == 0 else '금요일'} 오후")


@tpl("personal_pastoral", "intentions_messe", "fr", 2)
def _(c, i):
    m1, d1, dem = c.person("fr"), c.person("fr"), c.person("fr")
    return (f"Mets ces intentions en forme pour la feuille paroissiale de dimanche :\n"
            f"– pour {P(m1)}, malade, à l'hôpital de {L('Paimpol') if i == 0 else L('Vézelay')}\n"
            f"– pour le repos de l'âme de {P(d1)}, décédé(e) le {2 + i} février\n"
            f"– demandée par {P(dem)} ({c.phone('fr')}), offrande réglée par chèque")


@tpl("personal_pastoral", "ziekenbezoek", "nl", 2)
def _(c, i):
    p1, p2 = c.person("nl"), c.person("nl")
    oud = c.person("nl", "M", faith="c")
    return (f"Kun je dit omzetten in een nette lijst voor ouderling {P(oud)}? Wijk {3 + i}, {L('Urk')}.\n"
            f"* {P(p1)}, {street(c, 'urk')}: net thuis uit het ziekenhuis, bezoek graag na de koffie\n"
            f"* fam. {P(p2, 'family')}, {street(c, 'urk')}: 60 jaar getrouwd op {18 + i} maart, "
            f"bloemen namens de kerk (tel. {c.phone('nl')})")


@tpl("personal_pastoral", "ardas_names", "pa", 2)
def _(c, i):
    p1, p2 = c.person("pa"), c.person("pa")
    a = c.home("in_pa")
    return (f"ਇਹ ਨਾਮ ਐਤਵਾਰ ਦੀ ਅਰਦਾਸ ਲਈ ਸਾਫ਼ ਲਿਖ ਦਿਓ ਜੀ:\n"
            f"1. {P(p1)}: ਹਸਪਤਾਲ ਵਿੱਚ ਦਾਖਲ, ਪਰਿਵਾਰ ਨੇ ਸੁਖਮਨੀ ਸਾਹਿਬ ਦੇ ਪਾਠ ਦੀ ਬੇਨਤੀ ਕੀਤੀ\n"
            f"2. {P(p2)}: ਪਤਾ {a.line()}, ਫ਼ੋਨ {c.phone('in')}\n"
            f"ਸੰਪਰਕ: ਗ੍ਰੰਥੀ ਸਿੰਘ {P(c.person('pa', 'M'))}")


# =============================================================================================
# personal_giving: Gift Aid, standing orders, donation receipts, tithes, zakat, online giving


@tpl("personal_giving", "gift_aid_check", "en", 3)
def _(c, i):
    ps = [c.person("world", faith="c") for _ in range(3)]
    hs = [c.home(c.pick(["gb", "gb", "gb", "ie"]) if i else "gb") for _ in range(3)]
    if i == 1:
        rows = "\n".join(f"| {P(p)} | {h.line()} | 0{k + 2}/01/2026 | £{[25, 10, 40][k]} monthly |"
                         for k, (p, h) in enumerate(zip(ps, hs)))
        return (f"Which of these Gift Aid declarations will HMRC reject? One of them lives in Ireland I think.\n"
                f"| donor | home address | declared | giving |\n|---|---|---|---|\n{rows}")
    if i == 2:
        p, h = ps[0], hs[0]
        return (f"I recieved this from a parishioner. Is it enough for Gift Aid or do I need a signature?\n\n"
                f"> Dear {P(ps[1], 'given')}, please treat all my donations to St Aidan's as Gift Aid. I am a UK "
                f"taxpayer.\n> Name: {P(p)}\n> Home address:\n{h.block('> ')}\n> Thanks, {P(p, 'given')}")
    rows = "\n".join(f"{k + 1}. {P(p)}, {h.line()}, signed 0{k + 4}/02/2026" for k, (p, h) in enumerate(zip(ps, hs)))
    return (f"Check these Gift Aid declarations are complete before the HMRC claim (house number and postcode "
            f"needed):\n{rows}")


@tpl("personal_giving", "standing_orders", "en", 2)
def _(c, i):
    ps = [c.person("world", faith="c") for _ in range(3)]
    ibans = [c.iban("gb") for _ in range(3)]
    rows = "\n".join(f"2026-03-0{k + 1};{N(p.family.upper() + ' ' + p.given[0])};{ib};"
                     f"{[20, 50, 15][k]},00;{'TITHE' if k else 'CHURCH'} {31 + k * 4 + i}"
                     for k, (p, ib) in enumerate(zip(ps, ibans)))
    return (f"Bank export for March. Match each payer to an envelope number (the reference) and total them:\n"
            f"date;payer;iban;amount;reference\n{rows}")


@tpl("personal_giving", "zuwendungsbestaetigung", "de", 2)
def _(c, i):
    p = c.person("de", need="stid")
    a = c.home("de")
    amount = ["1.240,00", "360,00"][i]
    return (f"Erstelle aus diesen Angaben eine Sammelbestätigung über Geldzuwendungen für das Jahr 2025 "
            f"(Kirchengemeinde, steuerbegünstigte Zwecke):\n"
            f"Zuwendender: {P(p)}\nAnschrift: {a.line()}\n"
            f"Steuer-ID (für die elektronische Übermittlung): {NID(p.ids['stid'])}\n"
            f"Gesamtbetrag: {amount} €, davon Kollekte Brot für die Welt 120,00 €\n"
            f"Konto des Spenders: {c.iban('de')}")


@tpl("personal_giving", "ricevuta_offerta", "it", 2)
def _(c, i):
    p = c.person("it", need="cf")
    a = c.home("it")
    return (f"Mi prepari la ricevuta per l'erogazione liberale? Serve per la dichiarazione dei redditi.\n"
            f"Offerente: {P(p)}\nC.F.: {NID(p.ids['cf'])}\nResidenza: {a.line()}\n"
            f"Importo: € {['500,00', '150,00'][i]} — bonifico del {11 + i} dicembre 2025 "
            f"per i lavori al campanile\nTel. {c.phone('it')}")


@tpl("personal_giving", "modelo_182", "es", 2)
def _(c, i):
    ps = [c.person("es", need="dni") for _ in range(3)]
    rows = "\n".join(f"{NID(p.ids['dni'])};{N(p.family.upper() + ' ' + p.given.upper())};"
                     f"{['24', '34', '20'][k]};{[180, 1200, 60][k]},00;N"
                     for k, p in enumerate(ps))
    ask = ["Revisa este listado para el Modelo 182 de la parroquia, creo que hay un NIF mal:",
           "Pásame esto a una tabla bonita para el consejo de economía:",
           "¿Cuánto se deduce cada uno? Son donativos a la parroquia en 2025:"][i]
    return f"{ask}\nNIF;APELLIDOS Y NOMBRE;PROVINCIA;IMPORTE;RECURRENTE\n{rows}"


@tpl("personal_giving", "recibo_dizimo", "pt", 2)
def _(c, i):
    p = c.person("br", need="cpf")
    a = c.home("br")
    tes = c.person("br")
    return (f"Faz um recibo de dízimo simples com esses dados, pra imprimir:\n"
            f"Dizimista: {P(p)}\nCPF: {NID(p.ids['cpf'])}\nEndereço: {a.line()}\n"
            f"Valor: R$ {['350,00', '120,00'][i]} (Pix, chave celular {c.phone('brm')})\n"
            f"Tesoureiro(a): {P(tes)}")


@tpl("personal_giving", "zakat_fitr", "ar", 2)
def _(c, i):
    p1, p2, p3 = c.person("ar", faith="m"), c.person("ar", "F", faith="m"), c.person("ar", "M", faith="m")
    cc = ["jo", "eg"][i]
    a = c.home(cc)
    return (f"نظّم لي كشف توزيع زكاة الفطر في جدول (الاسم، عدد الأفراد، الهاتف، العنوان):\n"
            f"1. أسرة {P(p1)}: 6 أفراد، {c.phone(cc)}، {a.line()}\n"
            f"2. {P(p2)}: أرملة، 3 أفراد، {c.phone(cc)}\n"
            f"3. {P(p3)}: طالب، فرد واحد، يستلم من المسجد بعد صلاة العيد")


@tpl("personal_giving", "zakat_fitrah_my", "ms", 2)
def _(c, i):
    p1, p2 = c.person("ms", need="mykad"), c.person("ms", need="mykad")
    a = c.home("my")
    amil = c.person("ms")
    return (f"Tolong semak senarai pembayar zakat fitrah ni sebelum hantar ke pejabat zakat negeri:\n"
            f"Amil: {P(amil)}\n"
            f"1) {P(p1)} | No. KP {NID(p1.ids['mykad'])} | {a.line()} | 5 orang | RM35.00\n"
            f"2) {P(p2)} | No. KP {NID(p2.ids['mykad'])} | {c.phone('my')} | 2 orang | RM14.00")


@tpl("personal_giving", "giving_failures", "en", 2)
def _(c, i):
    p1, p2 = c.person("world"), c.person("world")
    return (f"our online giving page keeps failing for some people. what does this log mean and what do i tell them?\n\n"
            f"2026-03-{8 + i:02d}T10:14:22Z donation_failed donor=\"{P(p1)}\" email={c.email(p1, 'gmail.com')} "
            f"card={c.card()} ip={c.ip()} reason=do_not_honor amount=50.00 fund=building\n"
            f"2026-03-{8 + i:02d}T10:19:03Z donation_failed donor=\"{P(p2)}\" email={c.email(p2, 'outlook.com')} "
            f"ip={c.ip()} reason=3ds_timeout amount=20.00 fund=tithe")


@tpl("personal_giving", "gibu_yeongsujeung", "ko", 2)
def _(c, i):
    ps = [c.person("ko", need="rrn") for _ in range(2)]
    hs = [c.home("kr") for _ in range(2)]
    rows = "\n".join(f"{P(p)} | {NID(p.ids['rrn'])} | {h.line()} | {['1,200,000', '480,000'][k]}원"
                     for k, (p, h) in enumerate(zip(ps, hs)))
    return (f"연말정산용 기부금 영수증 발행 명단입니다. 주민번호 형식이 맞는지 확인하고 엑셀 양식으로 바꿔 주세요.\n"
            f"성명 | 주민등록번호 | 주소 | 헌금액\n{rows}")


@tpl("personal_giving", "periodieke_gift", "nl", 2)
def _(c, i):
    p = c.person("nl", need="bsn")
    a = c.home("nl")
    return (f"Vul de overeenkomst periodieke gift in met deze gegevens en controleer of alles klopt:\n"
            f"Naam schenker: {P(p)}\nBSN: {NID(p.ids['bsn'])}\nAdres: {a.line()}\n"
            f"IBAN: {IBAN(p.ids['iban'])}\nBedrag per jaar: € {['600', '1.200'][i]}, looptijd 5 jaar\n"
            f"Ontvanger: Protestantse Gemeente, ANBI")


@tpl("personal_giving", "daan_raseed", "hi", 2)
def _(c, i):
    p = c.person("hi", need="pan")
    a = c.home("in_hi")
    return (f"मंदिर ट्रस्ट की 80G दान रसीद बना दीजिए, ये जानकारी है:\n"
            f"दानदाता: {P(p)}\nपैन: {NID(p.ids['pan'])}\nपता: {a.line()}\n"
            f"फ़ोन: {c.phone('in')}\nराशि: ₹{['21,000', '5,100'][i]} (भंडारा हेतु)")


@tpl("personal_giving", "housing_allowance", "en", 2)
def _(c, i):
    pas = c.person("world", faith="c")
    a = c.home("us")
    tr = c.person("world", faith="c")
    return (f"Draft the board resolution for our pastor's housing allowance for 2026 and a cover note for the "
            f"W-2. Details:\nPastor: {P(pas)}\nSSN: {c.ssn()}\nHome: {a.line()}\n"
            f"Allowance: ${['24,000', '18,500'][i]}/yr, parsonage not provided\nTreasurer: {P(tr)}")


@tpl("personal_giving", "cami_aidat", "tr", 2)
def _(c, i):
    p1, p2 = c.person("tr"), c.person("tr")
    return (f"Cami derneğinin aidat listesini düzenler misin? Ödemeyenlere kibar bir hatırlatma mesajı da yaz.\n"
            f"- {P(p1)}: {c.phone('tr')}, IBAN {c.iban('tr')}, Mart ödendi\n"
            f"- {P(p2)}: {c.phone('tr')}, Şubat ve Mart ödenmedi\n"
            f"Dernek başkanı: {P(c.person('tr', 'M'))}")


# =============================================================================================
# personal_pilgrimage: hajj and umrah manifests, Lourdes, Częstochowa, the Camino, jathas, henro


def pp_name(p):
    """Name as a passport's machine zone prints it: SURNAME GIVEN, in capitals (one span)."""
    return N(f"{p.family.upper()} {p.given.upper()}")


@tpl("personal_pilgrimage", "umrah_manifest", "en", 3)
def _(c, i):
    ps = [c.person("umrah_gb", need="pp") for _ in range(2 + (i == 0))]
    rows = "\n".join(f"| {k + 1} | {pp_name(p)} | {NID(p.ids['pp'])} | {DOB(fdate(p.dob, 'dmy'))} | "
                     f"{c.phone('gbm')} |" for k, p in enumerate(ps))
    ask = ["Check this umrah manifest against the visa portal rules (names exactly as passport):",
           "Can you convert this table to CSV for the airline group booking?",
           "One of these DOBs looks wrong for the mahram rule, can you spot it?"][i]
    return (f"{ask}\n\n| # | Name | Passport | DOB | Mobile |\n|---|---|---|---|---|\n{rows}\n\n"
            f"Group leader: {P(c.person('world', 'M', faith='m'))}, departs Manchester {12 + i} Feb 2026")


@tpl("personal_pilgrimage", "manifes_jamaah", "id", 2)
def _(c, i):
    ps = [c.person("id", need="nik") for _ in range(2)]
    rows = "\n".join(f"{k + 1}. {N(p.full.upper())} | NIK {NID(p.ids['nik'])} | Paspor {NID(p.ids['pp'])} | "
                     f"Lahir: {DOB(fdate(p.dob, ['dash', 'id', 'dmy'][i]))} | Telp. {c.phone('id')}"
                     for k, p in enumerate(ps))
    ask = ["Tolong rapikan manifes jamaah umrah ini jadi tabel, kloter {n}:",
           "Cek apakah data paspor dan NIK jamaah ini sudah sesuai urutan, rombongan {n}:",
           "Buatkan pesan WA pengingat manasik untuk jamaah berikut (rombongan {n}):"][i].format(n=4 + i)
    return (f"{ask}\n{rows}\nPembimbing: Ustadz {P(c.person('id', 'M'))}, {L(c.pick(['Gresik', 'Jombang']))}")


@tpl("personal_pilgrimage", "hac_kafilesi", "tr", 2)
def _(c, i):
    ps = [c.person("tr", need="tckn") for _ in range(2)]
    rows = "\n".join(f"{P(p)};{NID(p.ids['tckn'])};{DOB(fdate(p.dob, 'dot'))};{NID(p.ids['pp'])};{c.phone('tr')};"
                     f"{c.home('tr').line()}" for p in ps)
    return (f"Hac kafilesinin listesini kontrol eder misin? Pasaport süresi ve doğum tarihi formatı tutarlı mı?\n"
            f"Ad Soyad;TC Kimlik No;Doğum Tarihi;Pasaport No;Telefon;Adres\n{rows}\n"
            f"Kafile başkanı: {P(c.person('tr', 'M'))}, {['ilçe müftülüğü', 'il müftülüğü hac bürosu'][i]}")


@tpl("personal_pilgrimage", "hajj_list_ur", "ur", 2)
def _(c, i):
    p1, p2 = c.person("ur", "M"), c.person("ur", "F")
    a = c.home("pk_ur")
    return (f"حج گروپ کی یہ فہرست ٹیبل میں بنا دیں اور محرم کا خانہ بھی شامل کریں:\n"
            f"1. {P(p1)}، شناختی کارڈ {NID(p1.ids['cnic'])}، پاسپورٹ {NID(p1.ids['pp'])}، "
            f"تاریخ پیدائش {DOB(fdate(p1.dob, 'dmy'))}\n"
            f"2. {P(p2)}، شناختی کارڈ {NID(p2.ids['cnic'])}، پاسپورٹ {NID(p2.ids['pp'])}، "
            f"تاریخ پیدائش {DOB(fdate(p2.dob, 'dmy'))}\n"
            f"پتہ: {a.line()}، فون {c.phone('pk')}")


@tpl("personal_pilgrimage", "lourdes_booking", "en", 2)
def _(c, i):
    p = c.person("lourdes_gb", need="pp")
    kin = c.person("world")
    a = c.home("ie" if p.ids["pp"].startswith("P") else "gb")
    return (f"Summarise this booking form for the diocesan pilgrimage office, and tell me what's missing.\n\n"
            f"Pilgrim: {P(p)}\nDate of birth: {DOB(fdate(p.dob, 'en'))}\nPassport no: {NID(p.ids['pp'])}\n"
            f"Address:\n{a.block()}\n"
            f"Assisted pilgrim: {'yes, wheelchair' if i == 0 else 'no'}\n"
            f"Emergency contact: {P(kin)}, {c.phone(a.cc)}")


@tpl("personal_pilgrimage", "pelerinage_lourdes", "fr", 2)
def _(c, i):
    mal, hosp = c.person("fr"), c.person("fr")
    a = c.home("fr")
    return (f"Rédige un mail de confirmation pour ces deux inscrits au pèlerinage diocésain à Lourdes :\n"
            f"• Malade : {P(mal)}, né(e) le {DOB(fdate(c.dob('old', mal), 'dmy'))}, {a.line()}, "
            f"tél. {c.phone('fr')}, fauteuil roulant\n"
            f"• Hospitalier(ère) : {P(hosp)}, {c.email(hosp, c.pick(['orange.fr', 'free.fr', 'laposte.net']))}, "
            f"brancardier, {'première' if i == 0 else 'dixième'} participation")


@tpl("personal_pilgrimage", "pielgrzymka", "pl", 2, case=[None, "lower"])
def _(c, i):
    p1, p2 = c.person("pl"), c.person("pl_teen", need="dob")
    p3 = c.relative("pl", p2)
    return (f"Zrób z tego listę uczestników pieszej pielgrzymki na Jasną Górę, grupa {['zielona', 'biała'][i]}, "
            f"posortuj alfabetycznie:\n"
            f"{P(p1)}, ur. {DOB(fdate(c.dob('adult', p1), 'dot'))}, tel. {c.phone('pl')}\n"
            f"{P(p2)}, ur. {DOB(fdate(p2.dob, 'dot'))}, niepełnoletnia, zgoda rodzica: {P(p3)}\n"
            f"{P(p3)}, tel. {c.phone('pl')}")


@tpl("personal_pilgrimage", "camino_chat", "en", 2, case="lower")
def _(c, i):
    a, b, d = c.person("world", faith="c"), c.person("world"), c.person("world", faith="c")
    return (f"pls make a list of who's doing which stage from this whatsapp, camino group from church\n\n"
            f"{P(a, 'given')}: im in for sarria to portomarín, flying into santiago on the 3rd\n"
            f"{P(b, 'given')}: me and {P(d)} doing the whole last 100km. my number if anyone needs it {c.phone('gb')}\n"
            f"{P(a, 'given')}: {P(d, 'given')} can u send ur passport no to {P(b, 'given')} for the albergue booking\n"
            f"{P(d, 'given')}: will do tmrw")


@tpl("personal_pilgrimage", "jatha_visa", "en", 2)
def _(c, i):
    ps = [c.person("sikh", need="pp") for _ in range(2)]
    a = c.home("in_pb")
    rows = "\n".join(f"{k + 1}) {pp_name(p)}, passport {NID(p.ids['pp'])}, DOB {DOB(fdate(p.dob, 'dmy'))}"
                     for k, p in enumerate(ps))
    return (f"Format this jatha list for the SGPC visa submission (Nankana Sahib, Guru Nanak Gurpurab). "
            f"Both from the same village:\n{rows}\nAddress: {a.line()}\nContact: {c.phone('in')}")


@tpl("personal_pilgrimage", "henro_meibo", "ja", 2)
def _(c, i):
    p1, p2 = c.person("ja"), c.person("ja")
    a = c.home("jp")
    return (f"四国遍路ツアーの参加者名簿を表にしてください(氏名・生年月日・住所・電話)。\n"
            f"・{P(p1)} 様:{DOB(fdate(c.dob('old', p1), 'cjk'))}生、{a.line()}、{c.phone('jp')}\n"
            f"・{P(p2)} 様:{DOB(fdate(c.dob('old', p2), 'cjk'))}生、{c.phone('jp')}、"
            f"{'車椅子貸出希望' if i == 0 else '納経帳持参'}")


@tpl("personal_pilgrimage", "peregrinacion_guadalupe", "es", 2, case=["lower", None])
def _(c, i):
    ps = c.people("mx", 3)
    rows = "\n".join(f"{k + 1}. {P(p)} {c.phone('mx')}" for k, p in enumerate(ps))
    return (f"Ayúdame a repartir a estos peregrinos en dos camiones para la peregrinación a la Basílica, "
            f"salimos de {L(['San Juan de los Lagos', 'Tepoztlán'][i])}:\n{rows}\n"
            f"Coordinadora: {P(c.person('mx', 'F'))}")


@tpl("personal_pilgrimage", "holyland_json", "en", 2)
def _(c, i):
    ps = [c.person("tour", need="pp") for _ in range(2)]
    items = ",\n".join(f'    {{"name": "{P(p)}", "passport": "{NID(p.ids["pp"])}", '
                       f'"dob": "{DOB(fdate(p.dob, "iso"))}", "room": "{["twin", "single"][k]}"}}'
                       for k, p in enumerate(ps))
    return (f"Our Holy Land tour operator rejected this JSON. Why? Nazareth, Galilee and Jerusalem, "
            f"{['March', 'October'][i]} 2026.\n"
            f'{{\n  "group": "St Casimir Parish",\n  "pilgrims": [\n{items}\n  ]\n}}')


# =============================================================================================
# personal_community: volunteer rotas, food banks, newsletters, committees, member exports


@tpl("personal_community", "soup_kitchen_rota", "en", 3, case="lower")
def _(c, i):
    a, b, d, e = c.person("world"), c.person("world"), c.person("world"), c.person("world")
    day = ["tues", "thurs", "sat"][i]
    return (f"turn this into a rota table for {day} soup kitchen, 2 per shift, and flag gaps\n\n"
            f"[08:14] {P(a, 'given')}: i can do 5-7 but not the washing up shift\n"
            f"[08:20] {P(b)}: put me and {P(d, 'given')} on setup. {P(d, 'given')}'s number changed btw it's now "
            f"{c.phone('gb')}\n"
            f"[08:31] {P(e, 'given')}: sorry cant this week, mums in hospital\n"
            f"[08:33] {P(a, 'given')}: praying for her {P(e, 'given')} x")


@tpl("personal_community", "newsletter_draft", "en", 3)
def _(c, i):
    c1, c2 = c.person("world", "M", faith="c"), c.person("world", "F", faith="c")
    new = c.person("world")
    old = c.person("world", faith="c")
    sick = c.person("world")
    a = c.home("gb")
    born = c.dob("old", old)
    ask = ["Proofread the notices for the parish newsletter, fix the tone where it's clunky:",
           "Shorten this for the church's monthly e-bulletin, max 120 words:",
           "Make this sound less formal for the chapel newsletter:"][i]
    return (f"{ask}\n\n"
            f"Congratulations to {P(c1)} and {P(c2)} on their golden wedding anniversary! "
            f"A warm welcome to {P(new)}, who has moved to {L(a.town)} from {L(c.pick(['Leicester', 'Bradford', 'Luton']))}"
            f" — do say hello after the service. "
            f"Happy birthday to {P(old)}, born {DOB(fdate(born, 'en'))}, our longest-serving member. "
            f"Please keep {P(sick, 'given')} in your prayers as {'she' if sick.sex == 'F' else 'he'} recovers "
            f"from surgery at home on {a.first()}.")


@tpl("personal_community", "foodbank_log", "en", 2)
def _(c, i):
    rnd = ["whitby", "hebden", "tanunda"][i]
    cc, town, _s = ROUNDS[rnd]
    rows = []
    for k in range(2):
        p = c.person("world")
        rows.append(f"FB-{2603 + i * 10 + k}\t{P(p)}\t{street(c, rnd)}\t{[3, 1, 5][k]}\t{c.phone(cc)}\t"
                    f"{['Citizens Advice', 'health visitor', 'self'][k]}")
    body = "\n".join(rows)
    return (f"This is from the food bank at St Hilda's, {L(town)}. How many people did we feed and who needs a "
            f"follow-up call?\n\nref\tclient\taddress\thousehold\tphone\treferred_by\n{body}")


@tpl("personal_community", "tafel_ausgabe", "de", 1, case="lower")
def _(c, i):
    p1, p2 = c.person("de"), c.person("de")
    return (f"Kannst du die Ausgabeliste der Kirchen-Tafel sortieren und die Termine auf Di/Fr verteilen?\n"
            f"- {P(p1)}, 4 Personen, Bescheid liegt vor, Tel. {c.phone('de')}, Abholung durch Nachbarin\n"
            f"- {P(p2)}, 1 Person, {c.home('de').line()}, braucht Lieferung (gehbehindert)\n"
            f"Ehrenamtliche Fahrerin: {P(c.person('de', 'F'))}")


@tpl("personal_community", "harambee_minutes", "sw", 1)
def _(c, i):
    a, b, d = c.person("sw"), c.person("sw"), c.person("sw")
    a_home = c.home("ke")
    return (f"Nisaidie kuandika muhtasari wa kikao cha kamati ya harambee ya kanisa kwa Kiingereza:\n"
            f"Mwenyekiti: {P(a)}\nKatibu: {P(b)} ({c.phone('ke')})\n"
            f"Mweka hazina: {P(d)}, M-Pesa {c.phone('ke')}\n"
            f"Ahadi: {P(a, 'given')} KSh 20,000; {P(d, 'given')} KSh 5,000. Mchango upelekwe {a_home.line()}.\n"
            f"Harambee ya ujenzi wa kanisa itafanyika {14 + i} Juni.")


@tpl("personal_community", "voluntari_pasti", "ro", 1, case="lower")
def _(c, i):
    a, b = c.person("ro", "F"), c.person("ro")
    return (f"Fă-mi o listă cu voluntarii pentru Paști de pe grupul parohiei:\n"
            f"[21:02] {P(a)}: Eu pot să vin sâmbătă la curățenie, și soțul meu\n"
            f"[21:05] {P(b, 'given')}: Eu aduc cozonacii pentru agapă. Sunați-mă la {c.phone('ro')}\n"
            f"[21:07] {P(a, 'given')}: Pregătirea o facem la mine, {c.home('ro').line()}\n"
            f"[21:09] Părintele {P(c.person('ro', 'M'))}: Mulțumesc, Doamne ajută!")


@tpl("personal_community", "dopomoha_rodynam", "uk", 2, case=[None, "lower"])
def _(c, i):
    a, b = c.person("uk"), c.person("uk")
    h = c.home("ua")
    return (f"Допоможіть скласти таблицю родин, яким парафія допомагає з житлом (ПІБ, телефон, потреби):\n"
            f"1) {P(a, 'official')}, {c.phone('ua')}, троє дітей, шукають квартиру біля школи\n"
            f"2) {P(b, 'official')}, {c.phone('ua')}, попередня адреса: {h.line()}, потрібні ліки для мами\n"
            f"Відповідальний: о. {P(c.person('uk', 'M'))}")


@tpl("personal_community", "lich_ca_doan", "vi", 2, case="lower")
def _(c, i):
    a, b, d = c.person("vi"), c.person("vi"), c.person("vi")
    def hon(p):
        return "Chị" if p.sex == "F" else "Anh"
    return (f"Lập giúp mình lịch trực ca đoàn tháng {3 + i} từ tin nhắn này:\n"
            f"{hon(a)} {P(a)}: mình hát được Chúa Nhật tuần 1 và 3, sđt {c.phone('vn')}\n"
            f"{hon(b)} {P(b)}: tuần 2 đệm đàn, tuần 4 bận\n"
            f"Em {P(d)}: tuần nào cũng được, trừ lễ Lá. Tập hát ở nhà em, {c.home('vn').line()}")


@tpl("personal_community", "kathin_volunteers", "th", 2)
def _(c, i):
    a, b = c.person("th"), c.person("th")
    h = c.home("th")
    return (f"ช่วยจัดรายชื่ออาสาสมัครงานทอดกฐินวัดเป็นตารางหน่อยค่ะ\n"
            f"1. {P(a)} โทร {c.phone('th')} ดูแลโรงทาน\n"
            f"2. {P(b)} โทร {c.phone('th')} บ้านเลขที่ {h.line()} รับส่งผู้สูงอายุ\n"
            f"ผู้ประสานงาน: {P(c.person('th'))}")


@tpl("personal_community", "member_export_json", "en", 2)
def _(c, i):
    p = c.person("world", faith="c")
    h = c.home(["us", "ca"][i])
    lines = h.spec.split("|")
    st = _BRACE.sub(lambda mo: L(mo.group(2)), lines[0])
    return (f"This is one record from our church database export. Write me the mapping to Planning Center's "
            f"import columns.\n"
            f'{{"id": {8812 + i}, "first_name": "{P(p, "given")}", "last_name": "{P(p, "family")}", '
            f'"email": "{c.email(p, c.pick(["gmail.com", "yahoo.com", "icloud.com"]))}", '
            f'"phone": "{c.phone(h.cc)}", "address1": "{st}", "city": "{h.T()}", '
            f'"small_group": "Tuesday Alpha", "status": "member"}}')


@tpl("personal_community", "kyrkvardar", "sv", 2)
def _(c, i):
    a, b = c.person("sv", need="pnr"), c.person("sv", need="pnr")
    return (f"Skriv ett kort välkomstbrev till de nya kyrkvärdarna och sammanställ uppgifterna för "
            f"lönekontoret (arvode):\n"
            f"- {P(a)}, personnr {NID(a.ids['pnr'])}, tel. {c.phone('se')}\n"
            f"- {P(b)}, personnr {NID(b.ids['pnr'])}, {c.home('se').line()}\n"
            f"Kyrkoherde: {P(c.person('sv'))}")


@tpl("personal_community", "langar_seva", "en", 2, case="lower")
def _(c, i):
    a, b, d = c.person("sikh"), c.person("sikh"), c.person("world", faith="s")
    return (f"Make a langar seva rota for Vaisakhi weekend from these sign-ups, and draft a thank-you message:\n"
            f"Sat: {P(a)} (roti), {P(b)} (dal, bringing 2 more helpers)\n"
            f"Sun: {P(d)}: washing up + parking, mob {c.phone(['gbm', 'ca'][i])}\n"
            f"Sevadar in charge: {P(c.person('world', 'M', faith='s'))}")


# mission partners and twinned parishes abroad: (country, pool, cultures to draw from)
PARTNERS = [
    [("ng", "world", {"Yoruba", "Igbo"}), ("gh", "world", {"Akan"}), ("za", "world", {"Ndebele", "Shona"})],
    [("et", "world", {"Amharic", "Tigrinya"}), ("lk", "world", {"Sri Lankan Tamil", "Tamil Catholic"}),
     ("jm", "world", {"Jamaican"})],
    [("cz", "nordic_cz", {"Czech", "Moravian"}), ("no", "nordic_cz", {"Norwegian"}),
     ("fi", "nordic_cz", {"Finnish"})],
    [("dk", "nordic_cz", {"Danish"}), ("nz", "world", {"Māori", "Tongan"}), ("co", "mx", {"Colombian"})],
]


@tpl("personal_community", "mission_partners", "en", 4)
def _(c, i):
    lines = []
    for cc, pool, cultures in PARTNERS[i]:
        items = [p for p in POOLS[pool] if p.culture in cultures and "P:" + p.key not in c.row]
        p = c._draw(items, lambda q: "P:" + q.key)
        a = c.home(cc)
        lines.append(f"{P(p)} (tel. {c.phone(cc)})\n{a.block()}")
    body = "\n\n".join(lines)
    ask = ["Update our mission-partner list for the Christmas cards and make it into labels:",
           "Check these twinned-parish contacts look right before the mailing goes out:",
           "Which of these partners can we reach by post before Advent? Addresses below.",
           "Turn these into a table (name, town, country, phone) for the missions committee:"][i]
    return f"{ask}\n\n{body}"


# =============================================================================================
# personal_school_safeguarding: religious-school enrolment and safeguarding records


@tpl("personal_school_safeguarding", "concern_record", "en", 3)
def _(c, i):
    kid = c.person("kid", need="dob")
    carer = c.relative("world", kid)
    dsl = c.person("world", faith="c")
    leader = c.person("world", faith="c")
    a = c.home(["gb", "gb", "ie"][i])
    concern = [f"arrived at youth club hungry two weeks running, said {P(kid, 'given')} is 'not allowed home till 9'",
               f"disclosed to {P(leader)} (helper) that an older cousin hits {'her' if kid.sex == 'F' else 'him'}",
               f"bruise on forearm noticed by {P(leader)} during Messy Church craft; explanation inconsistent"][i]
    return (f"Summarise this for the diocesan safeguarding adviser. Facts only, no opinions.\n\n"
            f"SAFEGUARDING CONCERN RECORD\nChild: {P(kid)}\nDOB: {DOB(fdate(kid.dob, 'dmy'))}\n"
            f"Parent/carer: {P(carer)}\nAddress:\n{a.block()}\n"
            f"Concern: {concern}\n"
            f"Reported to: {P(dsl)} (Parish Safeguarding Officer), {c.phone(a.cc)}\n"
            f"Date/time: {4 + i * 6}/03/2026 19:40")


@tpl("personal_school_safeguarding", "admissions_supplementary", "en", 2)
def _(c, i):
    kid = c.person("kid", need="dob", faith="c")
    par = c.person("world", faith="c")
    priest = c.person("world", "M", faith="c")
    a = c.home("gb")
    return (f"Check this supplementary information form for our Catholic primary's admissions; is the "
            f"baptism evidence enough for category 1?\n"
            f"Child's name: {P(kid)}\nDate of birth: {DOB(fdate(kid.dob, 'dmy'))}\n"
            f"Home address: {a.line()}\nParent: {P(par)}, {c.email(par, c.pick(WEBMAIL))}\n"
            f"Baptised: {['yes', 'yes, abroad'][i]} (certificate {['attached', 'to follow'][i]})\n"
            f"Priest's reference: Fr {P(priest)}, parish of Our Lady and St Joseph")


@tpl("personal_school_safeguarding", "madrasa_signup", "en", 2, case="lower")
def _(c, i):
    kid = c.person("kid", need="dob", faith="m")
    mum = c.relative("world", kid, "F")
    return (f"can you reply to this nicely and ask for the missing stuff (emergency contact, allergies)\n\n"
            f"salaam, i want to register {'my son' if kid.sex == 'M' else 'my daughter'} {P(kid)} for the weekend "
            f"madrasa, dob {DOB(fdate(kid.dob, 'dmy1'))}. {'he' if kid.sex == 'M' else 'she'} can read qaida "
            f"already. my number is {c.phone('gb')}, jazakallah khair. {P(mum)}")


@tpl("personal_school_safeguarding", "talmud_torah", "he", 2)
def _(c, i):
    kid = c.person("he_kid", need="dob")
    par = c.person("he")
    a = c.home("il")
    return (f"תסדר לי את טופס ההרשמה לתלמוד תורה של בית הכנסת בטבלה:\n"
            f"שם הילד/ה: {P(kid)}\nתאריך לידה: {DOB(fdate(kid.dob, 'dot'))}\n"
            f"הורה: {P(par)}, טלפון {c.phone('il')}\nכתובת: {a.line()}\n"
            f"הכנה לבר/בת מצווה, {'שיעור פרטי עם הרב' if i == 0 else 'קבוצה'}")


@tpl("personal_school_safeguarding", "konfirmanden", "de", 2)
def _(c, i):
    kid = c.person("de_kid", need="dob")
    par = c.relative("de", kid)
    a = c.home("de")
    return (f"Bitte die Konfirmandenanmeldung prüfen und eine Bestätigungsmail an die Eltern formulieren:\n"
            f"Name: {P(kid)}\nGeburtsdatum: {DOB(fdate(kid.dob, 'de'))}\nAnschrift: {a.line()}\n"
            f"Erziehungsberechtigte/r: {P(par)}, {c.email(par, c.pick(['web.de', 'gmx.de', 't-online.de']))}\n"
            f"getauft: {'ja, 2012 in der Stadtkirche' if i == 0 else 'nein, Taufe vor der Konfirmation gewünscht'}")


@tpl("personal_school_safeguarding", "inscription_catechisme", "fr", 2)
def _(c, i):
    kid = c.person("fr_kid", need="dob")
    par = c.relative("fr", kid)
    a = c.home(c.pick(["fr", "be"]))
    return (f"Peux-tu vérifier cette fiche d'inscription au caté et me dire ce qui manque ?\n"
            f"Enfant : {P(kid)}, né(e) le {DOB(fdate(kid.dob, 'dmy'))}\n"
            f"Responsable légal : {P(par)}, tél. {c.phone(a.cc)}\n"
            f"Adresse : {a.line()}\n"
            f"Baptême : {'oui' if i == 0 else 'à préparer'}. Autorisation photo : non")


@tpl("personal_school_safeguarding", "sunday_school_zh", "zh", 2)
def _(c, i):
    kid = c.person("zh_kid", need="dob")
    par = c.relative("zh", kid)
    a = c.home("tw")
    return (f"请帮我把这份主日学报名表整理成表格,并写一条给家长的确认短信:\n"
            f"学生姓名:{P(kid)}\n出生日期:{DOB(fdate(kid.dob, 'cjk'))}\n"
            f"家长:{P(par)},电话 {c.phone('tw')}\n地址:{a.line()}\n"
            f"过敏:{'花生' if i == 0 else '无'}")


@tpl("personal_school_safeguarding", "parent_concern_email", "en", 2)
def _(c, i):
    par = c.person("world")
    leader = c.person("world", "M")
    kid = c.person("kid")
    return (f"I'm the parish safeguarding officer. Draft an acknowledgement and tell me the next steps under "
            f"our policy.\n\n"
            f"> From: {P(par)} <{c.email(par, c.pick(WEBMAIL))}>\n"
            f"> Subject: youth group\n"
            f"> Hello, I'm not comfortable that {P(leader)} has been messaging {P(kid, 'given')} on Snapchat late "
            f"at night. {P(kid, 'given')} is only {[13, 14][i]}. Please call me on {c.phone('gb')}.\n"
            f"> {P(par, 'given')}")


@tpl("personal_school_safeguarding", "iscrizione_grest", "it", 2)
def _(c, i):
    kid = c.person("it_kid", need="cf")
    par = c.relative("it", kid)
    return (f"Mi fai un riepilogo di questa iscrizione al Grest dell'oratorio?\n"
            f"Ragazzo/a: {P(kid)} — nato/a il {DOB(fdate(kid.dob, 'dmy'))} — CF {NID(kid.ids['cf'])}\n"
            f"Genitore: {P(par)}, tel. {c.phone('it')}\n"
            f"Indirizzo: {c.home('it').line()}\n"
            f"Settimane: {'1, 2 e 3' if i == 0 else 'solo la 4'}; allergie: nessuna")


@tpl("personal_school_safeguarding", "tahfiz_registration", "ar", 2)
def _(c, i):
    kid = c.person("ar_kid", need="dob")
    par = c.relative("ar", kid, "M")
    return (f"اكتب رسالة ترحيب لولي الأمر وأكمل بيانات التسجيل في حلقة تحفيظ القرآن:\n"
            f"اسم الطالب: {P(kid)}\nتاريخ الميلاد: {DOB(fdate(kid.dob, 'ymd_slash'))}\n"
            f"ولي الأمر: {P(par)}\nالجوال: {c.phone(['jo', 'sa'][i])}\n"
            f"المستوى: {'جزء عمّ' if i == 0 else 'جزء تبارك'}")


@tpl("personal_school_safeguarding", "inscricao_catequese", "pt", 2)
def _(c, i):
    kid = c.person("pt_kid", need="dob")
    par = c.person("pt", need="nif")
    a = c.home("pt")
    return (f"Preenche a ficha de inscrição na catequese com isto e diz-me se falta alguma coisa:\n"
            f"Nome da criança: {P(kid)}\nData de nascimento: {DOB(fdate(kid.dob, 'pt'))}\n"
            f"Encarregado de educação: {P(par)} (NIF {NID(par.ids['nif'])})\n"
            f"Morada: {a.line()}\nContacto: {c.phone('pt')}\n"
            f"Ano: {['1.º', '3.º'][i]} ano de catequese")


@tpl("personal_school_safeguarding", "dbs_renewals_caps", "en", 2, case="upper")
def _(c, i):
    ps = [c.person("world") for _ in range(2)]
    rows = "\n".join(f"{P(p)} - DOB {DOB(fdate(c.dob('adult', p), 'dmy'))} - NI {c.nino()} - "
                     f"{['CHILDREN', 'ADULTS AT RISK'][k]} WORKFORCE"
                     for k, p in enumerate(ps))
    return (f"DBS RENEWALS DUE BEFORE {['EASTER', 'SEPTEMBER'][i]}. PUT INTO A TABLE AND DRAFT A REMINDER EMAIL:\n"
            f"{rows}\nVERIFIER: {P(c.person('world'))}")


# =============================================================================================
# PII-free rows. Each variant is written out in full; nothing in them is a private person.


def clean(cls, name, lang, variants, case=None):
    TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": len(variants), "case": case,
                      "fn": lambda c, i, v=tuple(variants): v[i]})


# ---------------------------------------------------------------------------------------------
# clean_scripture: saints, prophets, scripture, named prayers, hymns and their writers

clean("clean_scripture", "hymn_list_table", "en", [
    ("Can you fill in the missing writers and suggest a better final hymn for Pentecost?\n\n"
    "| slot | hymn | words | tune |\n|---|---|---|---|\n"
    "| entrance | Love divine, all loves excelling | Charles Wesley | Hyfrydol |\n"
    "| gradual | Come down, O Love divine | Bianco da Siena | Down Ampney (Vaughan Williams) |\n"
    "| offertory | Breathe on me, breath of God | ? | Carlisle |\n"
    "| communion | Be still, for the presence of the Lord | David J. Evans | |\n"
    "| final | When I survey the wondrous cross | Isaac Watts | Rockingham |"),
    ("Our organist wants the tunes checked. Are these right?\n"
    "| hymn | words | tune |\n|---|---|---|\n"
    "| Amazing Grace | John Newton | New Britain |\n"
    "| All things bright and beautiful | Cecil Frances Alexander | Royal Oak |\n"
    "| Guide me, O thou great Redeemer | William Williams Pantycelyn | Cwm Rhondda (John Hughes) |\n"
    "| I vow to thee, my country | Cecil Spring Rice | Thaxted (Holst) |\n"
    "| Dear Lord and Father of mankind | John Greenleaf Whittier | Repton (Parry) |"),
    ("For a Remembrance Sunday service, which of these fit and who wrote them?\n"
    "- O God, our help in ages past (Watts / St Anne, William Croft)\n"
    "- Abide with me (Henry Francis Lyte / Eventide, W. H. Monk)\n"
    "- Eternal Father, strong to save (William Whiting / Melita, J. B. Dykes)\n"
    "- In Christ alone (Keith Getty and Stuart Townend)\n"
    "- Be thou my vision (Irish, tr. Mary Byrne / Slane)"),
])

clean("clean_scripture", "named_prayers", "en", [
    ("Explain briefly where each of these comes from, for a confirmation class: the Hail Mary, the "
    "Memorare, the Anima Christi, St Patrick's Breastplate and the Prayer of St Francis (was it really "
    "by Francis of Assisi?)."),
    ("I'm putting together a prayer card for a hospital chapel. Which of these would suit people of many "
    "faiths: the Serenity Prayer (Reinhold Niebuhr), the Nunc Dimittis, the Jesus Prayer, Psalm 23, or "
    "the du'a of Prophet Yunus from Surah al-Anbiya?"),
    ("What's the history of the Angelus and why is it rung at 6, 12 and 6? Also when did the Regina Caeli "
    "replace it during Eastertide? Mention Pope Urban II or Pope Callixtus III only if it's accurate."),
])

clean("clean_scripture", "prayer_questions_lower", "en", [
    ("whats the difference between the hail mary and the ave maria? is it just the latin, and why did "
    "schubert and gounod both write one"),
    ("who actually wrote 'make me a channel of your peace'? i thought it was st francis but someone at "
    "church said it was sebastian temple in the 60s"),
], case="lower")

clean("clean_scripture", "reading_plan", "en", [
    ("Make a 10-week Bible reading plan for our home group from these, one book a week, shortest first:\n"
    "Ruth, Esther, Jonah, Philemon, Jude, Titus, James, 1 John, Mark, Daniel"),
    ("Turn this into a Lent reading table (week | Old Testament | Gospel):\n"
    "1 Genesis 2-3 / Matthew 4\n2 Genesis 12 / John 3 (Nicodemus)\n3 Exodus 17 / John 4 (the Samaritan woman)\n"
    "4 1 Samuel 16 (David anointed) / John 9\n5 Ezekiel 37 / John 11 (Lazarus)"),
    ("Which books of the Bible are named after people, and which after what they contain? Group Joshua, "
    "Judges, Ruth, Samuel, Kings, Ezra, Nehemiah, Esther, Job, Psalms, Daniel, Hosea, Timothy and Revelation."),
], case=["lower", None, None])

clean("clean_scripture", "feast_days_table", "en", [
    ("Which of these saints' days fall in Lent 2026 and which are on a Sunday?\n"
    "St David (1 March), St Patrick (17 March), St Joseph (19 March), St Cuthbert (20 March), "
    "St George (23 April), St Mark (25 April)"),
    ("Make a school assembly calendar from these: St Brigid 1 Feb, St Josephine Bakhita 8 Feb, "
    "St Oscar Romero 24 Mar, St Columba 9 Jun, St Alban 22 Jun, St Hilda 17 Nov, St Andrew 30 Nov. "
    "One line about each."),
    ("Carlo Acutis and Pier Giorgio Frassati were canonised in 2025, weren't they? Which feast days do they "
    "have, and could we add them to the youth group calendar next to St John Bosco and St Dominic Savio?"),
], case=[None, None, "lower"])

clean("clean_scripture", "prophets_lesson", "en", [
    ("Year 5 RE lesson: make a table of prophets who appear in both the Bible and the Qur'an (Ibrahim / "
    "Abraham, Musa / Moses, Isa / Jesus, Yusuf / Joseph, Nuh / Noah, Yunus / Jonah) with one story each."),
    ("Why is Maryam the only woman named in the Qur'an, and what does Surah Maryam say about the birth of "
    "Isa? Keep it suitable for a mixed Muslim and Christian sixth-form class."),
])

clean("clean_scripture", "gurus_hindu_buddhist", "en", [
    ("For a primary school display: the ten Sikh Gurus in order, from Guru Nanak to Guru Gobind Singh, with "
    "one fact each, and why the Guru Granth Sahib is the eleventh."),
    ("Explain the difference between the Ramayana of Valmiki and Tulsidas's Ramcharitmanas, and where "
    "Hanuman, Sita and Ravana come in. Also who is Arjuna talking to in the Bhagavad Gita?"),
    ("Quick summary of the life of Siddhartha Gautama for a Vesak assembly, mentioning Lumbini, Bodh Gaya, "
    "Sarnath and Kushinagar, and his cousin Ananda."),
])

clean("clean_scripture", "lectionary_format", "en", [
    ("Format these readings for the service sheet with the full book names: Is 40:1-11; Ps 23; Rom 8:28-39; "
    "Jn 11:1-45. Also who is speaking in Isaiah 40?"),
    ("Put these in the order they'd be read at a Catholic funeral Mass: Wisdom 3:1-9, Psalm 27, "
    "2 Corinthians 5:1, John 14:1-6 (Thomas asks the way). Suggest a Gospel acclamation."),
])

clean("clean_scripture", "hymn_board_caps", "en", [
    ("HYMN BOARD FOR SUNDAY, CAN YOU CHECK THE NUMBERS MATCH HYMNS OLD & NEW?\n"
    "117 AMAZING GRACE (NEWTON)\n349 LORD OF THE DANCE (SYDNEY CARTER)\n"
    "562 SHINE, JESUS, SHINE (GRAHAM KENDRICK)\n708 GREAT IS THY FAITHFULNESS (THOMAS CHISHOLM)"),
    ("CHOIR PRACTICE THURSDAY 7PM. ANTHEMS: ZADOK THE PRIEST (HANDEL), AVE VERUM CORPUS (MOZART), "
    "THE LORD BLESS YOU AND KEEP YOU (JOHN RUTTER). PLEASE MAKE THIS NOTICE SHORTER."),
], case="upper")

# ---------------------------------------------------------------------------------------------
# clean_places: churches, mosques and temples named after people, pilgrimages, festival dates

clean("clean_places", "london_visits", "en", [
    ("Visiting London with our youth group. Can we go into St Paul's Cathedral and Westminster Abbey during "
    "services, and is St Martin-in-the-Fields free? Also is Bevis Marks Synagogue open on Sundays?"),
    ("Plan a faith-trail day in London for 30 Year 9s: East London Mosque, Bevis Marks Synagogue, St Paul's "
    "Cathedral and the BAPS Shri Swaminarayan Mandir in Neasden. Best order by Tube?"),
    ("Is the King Fahd Mosque in Edinburgh the same as Edinburgh Central Mosque? And can visitors go in "
    "outside prayer times, like at St Giles' Cathedral?"),
])

clean("clean_places", "festival_dates_2026", "en", [
    ("Fill in the 2026 dates for our multi-faith calendar and say which ones depend on the moon:\n"
    "| festival | faith | 2026 date |\n|---|---|---|\n| Ash Wednesday | Christian | |\n"
    "| Ramadan begins | Muslim | |\n| Holi | Hindu | |\n| Pesach begins | Jewish | |\n"
    "| Vaisakhi | Sikh | |\n| Orthodox Easter | Christian | |"),
    ("Why are Western Easter and Orthodox Easter on different Sundays most years? Does it have anything to do "
    "with Pope Gregory XIII and the Council of Nicaea?"),
    ("Which festivals clash with GCSE exams in May and June 2026? We need to think about Eid al-Adha, "
    "Shavuot, Vesak and Pentecost for the staff rota."),
])

clean("clean_places", "mosques_named", "en", [
    ("Which of these mosques are named after kings or rulers, and who were they? Sheikh Zayed Grand Mosque "
    "(Abu Dhabi), Faisal Mosque (Islamabad), Hassan II Mosque (Casablanca), Sultan Ahmed Mosque "
    "(Istanbul), Muhammad Ali Mosque (Cairo), King Abdullah I Mosque (Amman)."),
    ("For a talk: who was the Süleymaniye Mosque named after, who was Mimar Sinan, and why is Sultan Ahmed "
    "Mosque called the Blue Mosque?"),
])

clean("clean_places", "uk_pilgrimage_plan", "en", [
    ("Plan a 3-day parish pilgrimage by coach from Leeds: Walsingham, then Lindisfarne (tide times!), then "
    "Durham Cathedral for St Cuthbert and the Venerable Bede. Rough timings please."),
    ("We want an Irish pilgrimage for 20 people: Knock, Croagh Patrick and Lough Derg. Which is realistic "
    "for older pilgrims and when is Reek Sunday?"),
    ("Compare Iona, St Davids and Holywell (St Winefride's Well) for a small ecumenical group. Which has the "
    "best accomodation for a retreat?"),
])

clean("clean_places", "place_questions_lower", "en", [
    "is st john's wood in london actually named after st john? and what about st pancras",
    ("why is san francisco named after francis of assisi and los angeles after the virgin mary? were they "
    "missions first"),
], case="lower")

clean("clean_places", "holyland_itinerary", "en", [
    ("Tidy this itinerary for the tour brochure:\nDay 1 Tel Aviv arrival, transfer to Tiberias\n"
    "Day 2 Mount of Beatitudes, Capernaum (Peter's House), Tabgha, boat on the Sea of Galilee\n"
    "Day 3 Nazareth (Basilica of the Annunciation), Cana\n"
    "Day 4 Bethlehem (Church of the Nativity, Shepherds' Field)\n"
    "Day 5 Jerusalem: Western Wall, Via Dolorosa, Church of the Holy Sepulchre"),
    ("Add walking times to this Sinai and Jordan extension: St Catherine's Monastery, sunrise on Mount "
    "Sinai (Jebel Musa), Petra, Mount Nebo (where Moses saw the promised land), Bethany beyond the Jordan."),
])

clean("clean_places", "notices_caps", "en", [
    ("HARVEST FESTIVAL SUNDAY 4 OCTOBER, BRING AND SHARE LUNCH IN ST MARY'S HALL AFTER THE 10.30. TINS FOR "
    "THE FOOD BANK PLEASE, NO GLASS JARS. CAN YOU MAKE THIS INTO A POSTER?"),
    ("EID MUBARAK FROM THE TRUSTEES. EID PRAYER 7.30AM AND 9AM, SISTERS UPSTAIRS, PARKING AT THE LEISURE "
    "CENTRE NOT ON VICTORIA ROAD. REWRITE THIS FOR THE NOTICEBOARD."),
], case="upper")

clean("clean_places", "asia_temples_travel", "en", [
    ("Travelling in India in November. Is it respectful to visit the Golden Temple in Amritsar (Harmandir "
    "Sahib) during Guru Nanak Gurpurab, and what about the Meenakshi Amman temple in Madurai?"),
    ("Two weeks in South-East Asia: Borobudur, Prambanan, Shwedagon Pagoda and Angkor Wat. Which need "
    "covered shoulders and which have sunrise tickets?"),
])

# ---------------------------------------------------------------------------------------------
# clean_theology: theology, church history, comparative religion, religious leaders in the news

clean("clean_theology", "essay_help", "en", [
    ("I'm writing an essay comparing Augustine and Aquinas on just war. Give me a structure with the key "
    "texts (City of God, Summa Theologiae II-II q.40) and where Grotius fits in."),
    ("Help me plan an A-level answer: 'Calvin's doctrine of predestination is more coherent than Luther's "
    "bondage of the will.' Bring in Erasmus and Arminius as well."),
    ("Summarise Karl Barth's disagreement with Emil Brunner over natural theology ('Nein!') and why "
    "Bonhoeffer and the Confessing Church cared about it."),
])

clean("clean_theology", "history_questions_lower", "en", [
    "did john wesley ever actually leave the church of england or did the methodists split after he died",
    "was martin luther king jr named after martin luther? i thought his dad changed both their names",
    "who was thomas cranmer and why did mary i burn him when he'd recanted",
], case="lower")

clean("clean_theology", "comparative_table", "en", [
    ("Complete this table for my RE class:\n| faith | founder or key figure | scripture | place of worship |\n"
    "|---|---|---|---|\n| Sikhism | Guru Nanak | | gurdwara |\n| Buddhism | Siddhartha Gautama | | |\n"
    "| Jainism | Mahavira | | |\n| Zoroastrianism | Zarathustra | | fire temple |\n| Baháʼí | Baháʼu'lláh | | |"),
    ("What do Abraham, Moses and Elijah each mean in Judaism, Christianity and Islam? A three-column table "
    "please, for a Year 8 worksheet."),
    ("Make a comparison of pilgrimages: Hajj (Mecca), Kumbh Mela (Prayagraj), Santiago de Compostela, "
    "Lourdes, Bodh Gaya and the Golden Temple. Columns: faith, who goes, when, what they do."),
])

clean("clean_theology", "sermon_prep", "en", [
    ("Sermon outline on the Good Samaritan (Luke 10) for a harvest service, tying in the widow's mite and "
    "Zacchaeus. 12 minutes, three points."),
    ("I'm preaching on Ruth and Naomi next week. What are the main themes, and how do Boaz and Obed connect "
    "the story to King David?"),
], case=[None, "lower"])

clean("clean_theology", "leaders_news", "en", [
    ("What has Pope Leo XIV said so far about AI, and how is it different from what Pope Francis said in "
    "Laudato si'? He was Robert Prevost from Chicago before, right?"),
    ("Explain why Justin Welby resigned as Archbishop of Canterbury and what the process was that led to "
    "Sarah Mullally being named. Keep it neutral for a parish magazine."),
    ("What did the Dalai Lama say about his succession around his 90th birthday, and why does Beijing care? "
    "Also who is the Panchen Lama?"),
], case=[None, None, "lower"])

clean("clean_theology", "church_history_timeline", "en", [
    ("Make a timeline for a 1700th-anniversary talk on the Council of Nicaea: Constantine, Arius, "
    "Athanasius, Eusebius of Caesarea, and what the Nicene Creed added later at Constantinople in 381."),
    ("Timeline of the English Reformation for Year 10: Henry VIII, Catherine of Aragon, Thomas More, John "
    "Fisher, Thomas Cromwell, Edward VI, Mary I, Elizabeth I. Keep each line under 15 words."),
])

clean("clean_theology", "interfaith_reading", "en", [
    ("Fix this CSV for our interfaith book group's reading list (the years might be wrong) and add one "
    "sentence on each book:\nauthor,title,year\nJonathan Sacks,The Dignity of Difference,2002\n"
    "Rowan Williams,Being Christian,2014\nKaren Armstrong,A History of God,1993\n"
    "Thich Nhat Hanh,Living Buddha Living Christ,1995\nSeyyed Hossein Nasr,The Heart of Islam,2002"),
    ("Was Desmond Tutu's idea of ubuntu theological or cultural? Compare it briefly with Dorothy Day and "
    "Óscar Romero on the poor."),
])

# ---------------------------------------------------------------------------------------------
# clean_forms: blank forms, merge fields, sample records and the sample people of each language

clean("clean_forms", "gift_aid_template", "en", [
    ("Turn this into a fillable Word form, same layout as HMRC's model declaration:\n"
    "Title: [TITLE]  First name: [FIRST NAME]  Surname: [SURNAME]\n"
    "Home address: [HOUSE NAME OR NUMBER], [STREET]\nPostcode: [POSTCODE]\n"
    "[ ] I want to Gift Aid my donation of £____ and any donations I make in the future or have made in "
    "the past 4 years to [CHARITY NAME].\nSignature: __________  Date: __/__/____"),
    ("Our mail merge isn't picking up the address. Template:\n"
    "Dear {{donor.title}} {{donor.last_name}},\nThank you for your Gift Aid declaration. We have recorded "
    "your address as {{donor.address_line_1}}, {{donor.town}} {{donor.postcode}}.\nWhat's wrong with the "
    "field names if the CSV headers are AddressLine1, Town, Postcode?"),
    ("Write the wording for a Gift Aid envelope flap. Fields: name, house number, postcode, tick box, "
    "date. Example filled in with Joe Bloggs, 1 High Street, AB1 2CD so people see how."),
])

clean("clean_forms", "certificate_template", "en", [
    ("Check this baptism certificate template renders right in our software:\n"
    "This is to certify that {{child.first_name}} {{child.last_name}}, born on {{child.dob}}, was baptised "
    "at {{church.name}} on {{baptism.date}} by {{officiant}}. Godparents: {{godparent_1}} and "
    "{{godparent_2}}."),
    ("Design a marriage blessing certificate with placeholders <<BRIDE>>, <<GROOM>>, <<DATE>>, <<MINISTER>>. "
    "Use 'John Smith and Jane Doe' in the sample so the couple can see the layout."),
])

clean("clean_forms", "sample_members_csv", "en", [
    ("Is this sample import file valid for ChurchSuite? It's from their help page, don't change the data:\n"
    "first_name,last_name,email,mobile\nJohn,Doe,john.doe@example.com,07700 900000\n"
    "Jane,Roe,jane.roe@example.com,07700 900001\nJoe,Bloggs,joe.bloggs@example.org,"),
    ("Write me a test CSV with five obviously fake members (John Doe, Jane Doe, Joe Public, A. N. Other, "
    "Fred Nurk) and example.com emails, so I can try the import without real data."),
    ("Why does Excel turn the postcode column into dates? My headers are: id;surname;forename;postcode;"
    "envelope_no;gift_aid (y/n). No data yet, just the template."),
])

clean("clean_forms", "manifest_template", "en", [
    ("Design a blank umrah group manifest template: columns for full name as in passport, passport number "
    "(format A1234567), date of birth (YYYY-MM-DD), mahram, and mobile. Leave all rows empty."),
    ("Our hajj operator sent this sample row, explain each field:\n"
    "SURNAME | GIVEN NAMES | PASSPORT_NO | DOB | NATIONALITY | MAHRAM_REF\n"
    "<SURNAME> | <GIVEN> | XX0000000 | YYYY-MM-DD | GBR | <MAHRAM_ID>"),
])

clean("clean_forms", "rota_roles_only", "en", [
    ("Make a blank rota grid for April (4 Sundays) with these roles: welcome team (2), readers (2), "
    "intercessions, tea and coffee (3), sound desk, crèche (2), counting the collection (2). Names TBC."),
    ("We need a rota template for Ramadan iftars: days 1 to 30, columns for food donor, set-up team, "
    "clean-up team, and sisters' area steward. Keep it empty, we'll fill it on the day."),
])

clean("clean_forms", "safeguarding_form_lower", "en", [
    ("how do i word the fields on a safeguarding incident form for a small church? things like [child's "
    "name], [date of birth], [what was said, in their words], [who you told and when]"),
    ("whats the right order for a vulnerable adult concern form, and should it say 'name of person at risk' "
    "or 'service user'?"),
], case="lower")

clean("clean_forms", "sample_record_json", "en", [
    ("Explain this sample payload from the giving platform's API docs:\n"
    '{"donor": {"first_name": "Jane", "last_name": "Doe", "email": "jane.doe@example.com"}, '
    '"amount": 2500, "currency": "GBP", "fund": "general", "gift_aid": true}'),
    ("Is this a sensible JSON schema for a pastoral visit log? Fields only:\n"
    '{"visit_id": "string", "person_id": "string", "visited_on": "date", "visitor_id": "string", '
    '"location_type": "home|hospital|care_home", "notes": "string", "follow_up": "boolean"}'),
])

clean("clean_forms", "blank_visit_form", "en", [
    ("Make a one-page blank home communion visit form: Name ________, Address ________, Phone ________, "
    "Next of kin ________, Communion in one kind? Y/N, Notes. Our vicar prints them for the car."),
    ("Draft a hospital chaplaincy referral form template with fields for patient name, ward, bed, faith or "
    "belief, language, and consent to visit. Placeholders only, e.g. [PATIENT NAME]."),
])

clean("clean_forms", "donor_letter_merge", "en", [
    ("Improve this thank-you letter template: 'Dear {{Title}} {{LastName}}, Thank you for your generous gift "
    "of {{Amount}} to the roof appeal. With your Gift Aid we receive {{GiftAidAmount}}. Yours in Christ, "
    "{{TreasurerName}}'"),
    ("Our zakat receipt template prints '%FIRST_NAME% %LAST_NAME%' literally instead of the values. The "
    "receipt text is: 'Received with thanks from %FIRST_NAME% %LAST_NAME% the sum of %AMOUNT% as zakat "
    "al-mal.' What's wrong?"),
])

# ---------------------------------------------------------------------------------------------
# clean_software: church-management, giving, worship and streaming software, apps and APIs

clean("clean_software", "chms_compare", "en", [
    ("We're a parish of about 300. Compare ChurchSuite, Planning Center and Breeze on rotas, Gift Aid, "
    "GDPR and price. Our diocese uses Microsoft 365."),
    ("Is Elvanto still a thing now that it's part of Tithe.ly? We're choosing between it, ChMeetings and "
    "Church Community Builder for a church plant."),
    ("Pros and cons of Rock RMS versus Ministry Platform for a multisite church with its own IT person. "
    "Does either integrate with Pushpay and Subsplash?"),
])

clean("clean_software", "gift_aid_export", "en", [
    ("HMRC's Charities Online spreadsheet wants these columns: Title, First name, Last name, House name or "
    "number, Postcode, Aggregated donations, Sponsored event, Donation date, Amount. How do I map the "
    "ChurchSuite giving export to it?"),
    ("Can Donorfy or Beacon do Gift Aid claims directly, or do we still upload the ODS file to the Charities "
    "Online portal? Which is easier for a volunteer treasurer?"),
])

clean("clean_software", "software_questions_lower", "en", [
    "how do i get pushpay to talk to rock rms, the webhook keeps timing out",
    "can proclaim pull the verse straight from biblegateway or do i have to paste it in",
    ("easyworship vs propresenter for a small church with one old laptop? we mostly do songs from ccli "
    "songselect"),
], case="lower")

clean("clean_software", "worship_presentation", "en", [
    ("ProPresenter keeps showing the previous song's lyrics on the stage display. We use CCLI SongSelect "
    "imports and an ATEM Mini. Any ideas?"),
    ("Is OpenLP good enough compared with Proclaim by Faithlife? We also have Logos for sermon prep and "
    "the YouVersion app for the congregation."),
])

clean("clean_software", "giving_plugin_error", "en", [
    ("Our church website (WordPress + GiveWP) shows this after a donation. What's wrong?\n"
    "PHP Fatal error: Uncaught Stripe\\Exception\\InvalidRequestException: No such payment_intent: "
    "'pi_3Pxxxxxxxx' in /var/www/html/wp-content/plugins/give/vendor/stripe/stripe-php/lib/Exception/"
    "ApiErrorException.php:38"),
    ("Tithe.ly webhook to our Zapier flow fails with:\n"
    "HTTP 422 {\"error\": \"fund_id is required\", \"field\": \"fund_id\"}\n"
    "The Zap maps Amount and Fund Name only. How do I fix it?"),
])

clean("clean_software", "chms_schema_sql", "en", [
    ("Review this schema for a small ChMS, no data yet:\n"
    "CREATE TABLE members (id SERIAL PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, "
    "dob DATE, email TEXT UNIQUE, gift_aid BOOLEAN DEFAULT false);\n"
    "CREATE TABLE baptisms (id SERIAL, member_id INT REFERENCES members(id), baptised_on DATE, officiant TEXT);"),
    ("Write a query for our attendance table: SELECT service_date, COUNT(*) FROM attendance GROUP BY "
    "service_date. I want Easter and Christmas services shown seperately."),
])

clean("clean_software", "prayer_time_apps", "en", [
    ("Our mosque screen runs Mawaqit. Can it show iqamah times from the Muslim Pro calculation method, or "
    "should we switch to Masjidbox? We follow the Moonsighting Committee."),
    ("Fix this script that calls the Aladhan API:\n"
    "import requests\nr = requests.get('https://api.aladhan.com/v1/timingsByCity', "
    "params={'city': 'Birmingham', 'country': 'UK', 'method': 3})\nprint(r.json()['data']['timings']['Fajr'])"),
])

clean("clean_software", "jewish_apis", "en", [
    ("Use the Hebcal API to get candle-lighting times for Manchester for every Friday in 2026 and print "
    "them as a table. Python please."),
    ("How does the Sefaria API return Rashi's commentary on Genesis 1:1? I want the Hebrew and English side "
    "by side in our Shabbat sheet generator."),
])

clean("clean_software", "ai_personas", "en", [
    ("Catholic Answers had an AI priest called Father Justin that they changed to just 'Justin'. What went "
    "wrong, and would Magisterium AI be safer for a parish website?"),
    ("Is it theologically ok to use apps like Text With Jesus or Bible Chat in youth group? Give both sides "
    "briefly."),
], case=[None, "lower"])

clean("clean_software", "streaming_setup", "en", [
    ("Cheapest reliable way to stream Mass: OBS Studio to YouTube Live, or BoxCast, or Resi? We have one "
    "PTZOptics camera and dodgy Wi-Fi in the church."),
    "Zoom for the Bible study and YouTube for Sunday: can OBS send to both at once, or do we need Restream?",
], case=[None, "lower"])

clean("clean_places", "rome_churches", "en", [
    ("Which of Rome's big churches are named after people and which after events? St Peter's, St John "
    "Lateran, Santa Maria Maggiore, St Paul Outside the Walls, Santa Croce in Gerusalemme, San Clemente. "
    "Our parish is going for the Jubilee."),
    ("Is the Sistine Chapel named after Pope Sixtus IV, and the Pauline Chapel after Paul III? Short answers "
    "for a tour handout please."),
], case=[None, "lower"])

clean("clean_software", "song_licensing", "en", [
    ("Do we need a CCLI streaming licence as well as the copy licence to show Hillsong, Bethel and Elevation "
    "songs on YouTube? Also is OneLicense only for Catholic publishers like OCP and GIA?"),
    ("Which Matt Redman and Chris Tomlin songs are in CCLI's top 100 right now, and can SongSelect export "
    "chord charts in Nashville numbers for our band?"),
])

# ---------------------------------------------------------------------------------------------
# PII-free rows in other languages

clean("clean_scripture", "lieder_de", "de", [
    ("Welche Lieder von Paul Gerhardt passen in den Advent? Ich dachte an „Wie soll ich dich empfangen“ und "
    "„Fröhlich soll mein Herze springen“. Und ist „Von guten Mächten“ von Bonhoeffer eher für Silvester?"),
])

clean("clean_scripture", "misticos_es", "es", [
    ("Para el grupo de oración: ¿qué diferencia hay entre Las Moradas de Santa Teresa de Jesús y la Noche "
    "oscura de San Juan de la Cruz? ¿Y es verdad que el «Nada te turbe» lo encontraron en su breviario?"),
])

clean("clean_scripture", "santi_it", "it", [
    ("Mi scrivi un testo breve per il foglietto della domenica sul Cantico delle creature di San Francesco? "
    "Anche due righe su Santa Chiara e su come Padre Pio è legato a San Giovanni Rotondo."),
])

clean("clean_scripture", "anbiya_ar", "ar", [
    "اكتب لي درسًا قصيرًا للأطفال عن قصة النبي يوسف عليه السلام مع إخوته، مع ذكر سورة يوسف وأهم العبر.",
    "ما الفرق بين أولي العزم من الرسل وسائر الأنبياء؟ اذكر نوحًا وإبراهيم وموسى وعيسى ومحمدًا ﷺ باختصار.",
])

clean("clean_scripture", "gurbani_pa", "pa", [
    "ਬੱਚਿਆਂ ਲਈ ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਜੀ ਦੀਆਂ ਉਦਾਸੀਆਂ ਬਾਰੇ ਛੋਟਾ ਲੇਖ ਲਿਖੋ, ਭਾਈ ਮਰਦਾਨਾ ਦਾ ਵੀ ਜ਼ਿਕਰ ਕਰੋ।",
    "ਜਪੁਜੀ ਸਾਹਿਬ ਅਤੇ ਸੁਖਮਨੀ ਸਾਹਿਬ ਵਿੱਚ ਕੀ ਫ਼ਰਕ ਹੈ? ਸੁਖਮਨੀ ਸਾਹਿਬ ਗੁਰੂ ਅਰਜਨ ਦੇਵ ਜੀ ਨੇ ਕਿੱਥੇ ਉਚਾਰੀ ਸੀ?",
])

clean("clean_scripture", "svyatye_ru", "ru", [
    "Напиши короткую заметку для приходского листка о преподобном Серафиме Саровском и Дивеевской обители.",
    ("Чем отличается Иисусова молитва в «Откровенных рассказах странника» от учения Паисия Величковского? "
    "И при чём тут Сергий Радонежский?"),
], case=[None, "lower"])

clean("clean_scripture", "agioi_el", "el", [
    "Γράψε ένα σύντομο κείμενο για το κατηχητικό για τον Άγιο Νικόλαο και γιατί είναι προστάτης των ναυτικών.",
    "Πότε γιορτάζει ο Άγιος Σπυρίδων και γιατί λιτανεύεται το λείψανό του στην Κέρκυρα τέσσερις φορές τον χρόνο;",
])

clean("clean_scripture", "soshi_ja", "ja", [
    "親鸞と法然の教えの違いを、檀家さん向けの寺報に載せられるくらいの短さで説明してください。",
    "空海(弘法大師)と高野山、四国八十八ヶ所の関係を中学生向けにまとめてください。日蓮との違いも一言で。",
])

clean("clean_places", "sanctuaires_fr", "fr", [
    ("Pour un pèlerinage paroissial, que voir à Lourdes en deux jours : la grotte de Massabielle, la basilique "
    "de l'Immaculée-Conception, le moulin de Boly où est née Bernadette Soubirous ?"),
])

clean("clean_places", "santuarios_pt", "pt", [
    ("Quero levar o grupo de jovens ao Santuário Nacional de Aparecida. Quanto tempo de ônibus a partir de "
    "São Paulo e o que dá para ver além da Basílica?"),
])

clean("clean_places", "sanktuaria_pl", "pl", [
    ("Ułóż plan dnia dla grupy z parafii: Jasna Góra rano (obraz Matki Bożej Częstochowskiej), potem "
    "Wadowice i dom rodzinny Jana Pawła II. Czy zdążymy autokarem?"),
])

clean("clean_places", "tyohar_hi", "hi", [
    "2026 में दिवाली, होली और महाशिवरात्रि किस तारीख़ को हैं? मंदिर के कैलेंडर के लिए तालिका बना दीजिए।",
    "तिरुपति बालाजी और काशी विश्वनाथ के दर्शन के लिए ऑनलाइन बुकिंग कैसे होती है? बुज़ुर्गों के लिए कौन-सा समय ठीक रहेगा?",
])

clean("clean_places", "masjid_wali_id", "id", [
    ("Buatkan materi singkat tentang Wali Songo untuk TPQ: Sunan Ampel, Sunan Giri, Sunan Kalijaga, dan "
    "Sunan Kudus, masing-masing dua kalimat."),
    ("Apa bedanya Masjid Istiqlal dengan Masjid Raya Baiturrahman di Aceh dari segi sejarah? Sekalian kapan "
    "perkiraan Idul Fitri 2026."),
], case="lower")

clean("clean_places", "camiler_tr", "tr", [
    ("Süleymaniye Camii'ni Mimar Sinan kimin için yaptı, Sultanahmet Camii'ne neden Mavi Cami deniyor? "
    "Gezi grubuna kısa bir not hazırla."),
])

clean("clean_places", "wat_th", "th", [
    "ช่วยเขียนคำอธิบายสั้น ๆ เกี่ยวกับวันวิสาขบูชา และกิจกรรมเวียนเทียนที่วัดพระแก้ว สำหรับนักเรียนประถม",
    "วัดอรุณกับวัดโพธิ์ต่างกันอย่างไร และพระนอนที่วัดโพธิ์ยาวเท่าไร",
])

clean("clean_places", "fosi_zh", "zh", [
    "请帮我写一段普陀山朝圣的介绍,提到观音菩萨的道场和农历二月十九观音诞。",
    "浴佛节是哪一天?少林寺和白马寺哪个更适合带信众参访?",
])

clean("clean_theology", "rambam_he", "he", [
    "תסביר בקצרה את ההבדל בין בית הלל לבית שמאי, ואיך הרמב\"ם פוסק במחלוקות ביניהם. זה לשיעור בבית הכנסת.",
    "מי היה הבעל שם טוב ומה החידוש של החסידות לעומת הגאון מווילנה? בשלוש פסקאות.",
])

clean("clean_theology", "gyohoesa_ko", "ko", [
    "성 김대건 안드레아 신부와 언더우드, 아펜젤러 선교사에 대해 주일학교 교사용으로 짧게 정리해 주세요.",
    "명동성당과 새문안교회의 역사를 비교해서 청년부 답사 자료로 만들어 주세요.",
])

clean("clean_theology", "tserkva_uk", "uk", [
    "Коротко поясніть роль митрополита Андрея Шептицького під час Другої світової війни для парафіяльного бюлетеня.",
    ("Чим відрізняються ПЦУ і УПЦ після 2019 року? Яку роль відіграв Вселенський патріарх Варфоломій і що "
    "таке томос?"),
])

clean("clean_theology", "phat_giao_vi", "vi", [
    "Tóm tắt giúp mình về thiền sư Thích Nhất Hạnh và Làng Mai để giới thiệu cho nhóm sinh hoạt thanh niên.",
    "Hòa thượng Thích Quảng Đức là ai và vì sao sự kiện năm 1963 lại quan trọng? Viết ngắn cho bản tin chùa.",
], case=["lower", None])

clean("clean_theology", "santo_nino_tl", "tl", [
    "Pakigawa ng maikling paliwanag tungkol sa Santo Niño de Cebu at sa Sinulog para sa mga bata sa catechism.",
    "Sino si San Lorenzo Ruiz at si San Pedro Calungsod? Bakit sila mahalaga sa mga Pilipinong Katoliko abroad?",
], case="lower")

clean("clean_theology", "mashahidi_sw", "sw", [
    ("Niandikie ufupi kuhusu Mashahidi wa Uganda, Mtakatifu Karoli Lwanga na wenzake, na kwa nini mahujaji "
    "huenda Namugongo tarehe 3 Juni."),
    ("Eleza tofauti kati ya Biblia ya Kiswahili ya Union Version na ile ya Habari Njema kwa ajili ya kikundi "
    "cha kujifunza Biblia."),
])

clean("clean_forms", "muster_de", "de", [
    ("Erstelle ein Musterformular „Anmeldung zur Taufe“ mit Beispieldaten, damit Eltern sehen, wie es "
    "ausgefüllt wird: Täufling Max Mustermann, Eltern Erika und Max Mustermann sen., Musterstraße 1, "
    "12345 Musterstadt."),
    ("Formuliere eine Vorlage für den Kirchenaustritt-Hinweis im Gemeindebrief, Platzhalter [Name], "
    "[Geburtsdatum], [Anschrift]. Keine echten Daten."),
])

clean("clean_forms", "modele_fr", "fr", [
    ("Peux-tu adapter ce modèle de reçu fiscal (Cerfa 11580) pour la paroisse ? Exemple : M. Jean Dupont, "
    "1 rue de la Paix, 75000 Paris, don de 100 €. C'est juste pour l'exemple dans le guide du trésorier."),
    ("Je cherche la formulation type d'une attestation de baptême, avec des champs [NOM], [Prénom], "
    "[date de naissance], [paroisse]. Pas besoin de vraies données."),
])

clean("clean_forms", "plantilla_es", "es", [
    ("Hazme una plantilla de certificado de bautismo con un ejemplo rellenado a nombre de Fulano de Tal, hijo "
    "de Mengano y Zutana, para el manual de secretaría parroquial."),
    ("¿Qué campos debe tener la ficha de inscripción en catequesis según la protección de datos? Solo los "
    "campos: nombre del menor, fecha de nacimiento, tutor legal, teléfono, autorización de imagen."),
])

clean("clean_forms", "modulo_it", "it", [
    ("Prepara un modulo di iscrizione al catechismo con un esempio compilato: Mario Rossi, via Roma 1, "
    "00100 Roma. Serve solo come fac-simile per i catechisti."),
    ("Nel gestionale parrocchiale i campi {cognome} e {nome} escono vuoti nella lettera per la cresima. "
    "Il testo è: 'Caro {nome} {cognome}, ti aspettiamo sabato'. Dove sbaglio?"),
])

clean("clean_forms", "wzor_pl", "pl", [
    ("Przygotuj wzór zaświadczenia dla chrzestnego, przykładowo wypełniony na Jan Kowalski, parafia "
    "św. Anny, żeby ludzie wiedzieli, co wpisać."),
    ("Jak powinien wyglądać formularz zgłoszenia na pielgrzymkę? Pola: imię i nazwisko, PESEL, telefon, "
    "osoba do kontaktu. Przykład: Anna Nowak. Bez prawdziwych danych."),
])

clean("clean_forms", "sample_ko", "ko", [
    "교회 새가족 등록카드 양식을 만들어 주세요. 예시는 홍길동, 서울특별시 중구 세종대로 110 같은 견본으로 채워 주세요.",
    "헌금 봉투 양식에 들어갈 항목을 정리해 주세요: 성명, 교구, 헌금 종류. 예시 이름은 김철수로.",
])

clean("clean_forms", "namudhaj_ar", "ar", [
    "صمّم نموذج تسجيل لرحلة عمرة فارغًا، واكتب مثالًا باسم فلان الفلاني حتى يفهم الحجاج طريقة التعبئة.",
    "أريد قالب إيصال زكاة يحتوي على حقول: اسم المزكي، المبلغ، نوع الزكاة، التاريخ. بدون بيانات حقيقية.",
])

clean("clean_forms", "tofes_he", "he", [
    "תכין טופס הרשמה ריק לבית הכנסת עם דוגמה ממולאת על שם ישראל ישראלי, רחוב הרצל 1, תל אביב, כדי שיבינו איך למלא.",
    "איזה שדות צריך טופס תרומה לקופת צדקה? רק שמות השדות, בלי נתונים אמיתיים.",
])

clean("clean_software", "kerkapps_nl", "nl", [
    ("Wat is het verschil tussen Scipio en Donkey Mobile voor een kleine protestantse gemeente? We willen "
    "collecte via de app en een ledenlijst die aan LRP gekoppeld is."),
])

clean("clean_software", "churchtools_de", "de", [
    ("Lohnt sich ChurchTools für eine Gemeinde mit 150 Mitgliedern, oder reicht Churchdesk? Wichtig sind "
    "Dienstpläne und der Gemeindebrief."),
])

clean("clean_software", "apps_igreja_pt", "pt", [
    ("Qual é melhor para a igreja receber ofertas: Pix com QR Code fixo ou um app tipo InChurch? Queremos "
    "também transmitir o culto no YouTube pelo OBS."),
])


# =============================================================================================
# check digits of the typed-in IDs (verification only: the values above are literals)


def _luhn_ok(digits):
    total = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if k % 2 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def _iban_ok(v):
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def _id_ok(kind, v):
    d = re.sub(r"\D", "", v)
    if kind == "pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return (10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10 == int(d[10])
    if kind == "dni":
        num = v[:8] if v[0].isdigit() else str("XYZ".index(v[0])) + v[1:8]
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == v[-1]
    if kind == "cpf":
        n = [int(x) for x in d]
        c1 = sum(a * w for a, w in zip(n, range(10, 1, -1))) * 10 % 11 % 10
        c2 = sum(a * w for a, w in zip(n, range(11, 1, -1))) * 10 % 11 % 10
        return (c1, c2) == (n[9], n[10])
    if kind == "nif":
        r = sum(int(a) * w for a, w in zip(d, range(9, 1, -1))) % 11
        return (0 if r < 2 else 11 - r) == int(d[8])
    if kind == "bsn":
        return (sum(int(d[k]) * (9 - k) for k in range(8)) - int(d[8])) % 11 == 0
    if kind == "tckn":
        n = [int(x) for x in d]
        c10 = ((n[0] + n[2] + n[4] + n[6] + n[8]) * 7 - (n[1] + n[3] + n[5] + n[7])) % 10
        return c10 == n[9] and sum(n[:10]) % 10 == n[10]
    if kind == "stid":
        p = 10
        for ch in d[:10]:
            s = (int(ch) + p) % 10 or 10
            p = s * 2 % 11
        return (11 - p) % 10 == int(d[10])
    if kind == "pnr":
        return _luhn_ok(d)
    if kind == "tz":
        return _luhn_ok(d)
    if kind == "rrn":
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        return (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])
    if kind == "cnp":
        r = sum(int(a) * int(b) for a, b in zip(d, "279146358279")) % 11
        return (1 if r == 10 else r) == int(d[12])
    if kind == "cf":
        odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                        6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
        even = {ch: (int(ch) if ch.isdigit() else ord(ch) - 65) for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
        t = sum((odd if k % 2 == 0 else even)[ch] for k, ch in enumerate(v[:15]))
        return chr(65 + t % 26) == v[15]
    if kind == "iban":
        return _iban_ok(v)
    return True


def check_ids():
    for pool in POOLS.values():
        for p in pool:
            for kind, v in p.ids.items():
                assert _id_ok(kind, v), (p.full, kind, v)
    for v in NHS:
        d = v.replace(" ", "")
        r = 11 - sum(int(a) * w for a, w in zip(d, range(10, 1, -1))) % 11
        assert (0 if r == 11 else r) == int(d[9]), v
    for vs in IBANS.values():
        for v in vs:
            assert _iban_ok(v), v
    for v in CARDS:
        assert _luhn_ok(v.replace(" ", "")), v


# =============================================================================================
# build, check, main

LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese (Portugal and Brazil)",
    "it": "Italian", "pl": "Polish", "nl": "Dutch", "sv": "Swedish", "el": "Greek, in Greek script",
    "ru": "Russian", "uk": "Ukrainian", "ro": "Romanian", "tr": "Turkish", "ar": "Arabic", "he": "Hebrew",
    "ur": "Urdu", "hi": "Hindi, in Devanagari", "pa": "Punjabi, in Gurmukhi", "id": "Indonesian", "ms": "Malay",
    "tl": "Tagalog/Taglish", "vi": "Vietnamese", "th": "Thai", "ko": "Korean", "ja": "Japanese",
    "zh": "Chinese", "sw": "Swahili",
}


LAST_USAGE = Counter()


def build():
    rng = random.Random(SEED)
    usage = Counter()
    memo = {}
    rows = []
    for t in TEMPLATES:
        for i in range(t["n"]):
            case = t["case"][i] if isinstance(t["case"], list) else t["case"]
            marked = t["fn"](Ctx(rng, usage, memo, t["name"]), i)
            text, spans = unmark(marked, case)
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": "",
                         "_lang": t["lang"], "_case": case or "mixed"})
    LAST_USAGE.clear()
    LAST_USAGE.update(usage)
    return rows


def check(rows):
    check_ids()
    assert len(rows) == 324, len(rows)
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    per_tpl = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_tpl) >= 80, len(per_tpl)
    assert max(per_tpl.values()) <= 5, per_tpl.most_common(1)
    for r in rows:
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap", s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    clean_n = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean_n / len(rows) <= 0.55, clean_n
    langs = Counter(r["_lang"] for r in rows)
    other = len(rows) - langs["en"]
    assert 0.35 <= other / len(rows) <= 0.50, other
    assert len([k for k in langs if k != "en"]) >= 15, langs
    return True


def dump(rows):
    keys = ("id", "text", "spans", "source", "class", "template", "locale")
    return "".join(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n" for r in rows)


def report(rows, data):
    print(f"rows: {len(rows)}")
    print("classes:")
    for k, v in sorted(Counter(r["class"] for r in rows).items()):
        n_t = len({r["template"] for r in rows if r["class"] == k})
        print(f"  {k}: {v} rows, {n_t} templates")
    print(f"templates: {len({(r['class'], r['template']) for r in rows})}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans by type: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(r["_lang"] for r in rows)
    print(f"not English: {len(rows) - langs['en']} of {len(rows)}, {len(langs) - 1} languages")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    print("cases: " + ", ".join(f"{k} {v}" for k, v in Counter(r["_case"] for r in rows).most_common()))
    print(f"sha256: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


def main():
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv[1:]:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
