#!/usr/bin/env python3
"""desk: a hand-written check set of what the staff of a large international company type into
the company's assistant over a month (finance, legal, facilities, IT helpdesk, HR, sales,
procurement, engineering, research, support, executive assistants).

Python standard library only, fixed SEED, deterministic. Every name, street, phone, e-mail,
date, ID number and IBAN below was typed by hand (e-mail local parts and handles are derived in
code from the hand-typed names). Run:

    python3 build.py           # writes holdout.jsonl, prints counts
    python3 build.py --check   # rebuilds in memory and compares with holdout.jsonl
"""
import collections
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

SEED = 46120
SET = "desk"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.jsonl")
SOURCE = "eval/desk/build.py"
CORP = "veltara.com"          # the (invented) company's mail domain

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

# ---------------------------------------------------------------- markers

def _m(t):
    def f(v):
        v = str(v)
        assert "⟦" not in v and "⟧" not in v and "|" not in v, v
        return f"⟦{t}|{v}⟧"
    return f

P, L, PH, EM, IPA = _m("PERSON"), _m("LOCATION"), _m("PHONE_NUMBER"), _m("EMAIL_ADDRESS"), _m("IP_ADDRESS")
CC, IB, DOB, NID = _m("CREDIT_CARD"), _m("IBAN_CODE"), _m("DATE_OF_BIRTH"), _m("NATIONAL_ID")
SSN, MRN = _m("US_SSN"), _m("MEDICAL_RECORD_NUMBER")

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def unmark(marked, lower=False):
    """Strip ⟦TYPE|value⟧ markers; cases piece by piece so offsets stay right."""
    case = (lambda s: s.lower()) if lower else (lambda s: s)
    out, spans, n, pos = [], [], 0, 0
    for m in MARK.finditer(marked):
        lit = case(marked[pos:m.start()])
        out.append(lit)
        n += len(lit)
        val = case(m.group(2))
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(case(marked[pos:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans

# ---------------------------------------------------------------- folding for e-mails / handles

_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L",
                       "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "œ": "oe",
                       "İ": "I"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())

# ---------------------------------------------------------------- people (typed by hand)
# (given, family, culture tag, country, sex, order, mail-family override)
# order "fg" = family name first (as the person writes it)

PEOPLE = [
    ("Harriet", "Pennington", "English", "GB", "f", "", ""),
    ("Grace", "Ward", "English", "GB", "f", "", ""),
    ("Eilidh", "Drummond", "Scottish", "GB", "f", "", ""),
    ("Rhys", "Pritchard", "Welsh", "GB", "m", "", ""),
    ("Adebayo", "Ogunleye", "Yoruba", "GB", "m", "", ""),
    ("Sana", "Qureshi", "Pakistani (Urdu)", "GB", "f", "", ""),
    ("Marcia", "Campbell-Reid", "Jamaican", "GB", "f", "", ""),
    ("Siobhán", "Ní Fhlatharta", "Irish", "IE", "f", "", ""),
    ("Cathal", "O'Driscoll", "Irish", "IE", "m", "", ""),
    ("Dwayne", "Hollis", "US", "US", "m", "", ""),
    ("Hope", "Castellano", "US Latino", "US", "f", "", ""),
    ("Jamal", "Whitfield", "African American", "US", "m", "", ""),
    ("Hunter", "Moss", "US", "US", "m", "", ""),
    ("Kevin", "Hsu", "Chinese American", "US", "m", "", ""),
    ("Marie-Ève", "Tremblay", "Québécois", "CA", "f", "", ""),
    ("Noah", "Bouchard", "Canadian", "CA", "m", "", ""),
    ("Ximena", "Garza Treviño", "Mexican", "MX", "f", "", "garza"),
    ("José Luis", "de la Fuente", "Mexican", "MX", "m", "", "delafuente"),
    ("Thiago", "Nascimento", "Brazilian", "BR", "m", "", ""),
    ("Ana Beatriz", "dos Santos Moreira", "Brazilian", "BR", "f", "", "moreira"),
    ("Renata", "Hayashi", "Japanese Brazilian", "BR", "f", "", ""),
    ("Agustina", "Ferreyra", "Argentine", "AR", "f", "", ""),
    ("Jörg", "Albrecht", "German", "DE", "m", "", ""),
    ("Sabine", "Kühn", "German", "DE", "f", "", ""),
    ("Emre", "Yıldırım", "Turkish German", "DE", "m", "", ""),
    ("Frank", "Vogel", "German", "DE", "m", "", ""),
    ("Lena", "von Bredow", "German", "DE", "f", "", "vonbredow"),
    ("Theresa", "Gruber", "Austrian", "AT", "f", "", ""),
    ("Reto", "Brunner", "Swiss German", "CH", "m", "", ""),
    ("Élodie", "Marchand", "French", "FR", "f", "", ""),
    ("Yann", "Le Goff", "Breton", "FR", "m", "", "legoff"),
    ("Karim", "Benali", "French Algerian", "FR", "m", "", ""),
    ("Aurélie", "Dujardin", "Walloon", "BE", "f", "", ""),
    ("Nuria", "Puig Soler", "Catalan", "ES", "f", "", "puig"),
    ("Aitor", "Etxeberria", "Basque", "ES", "m", "", ""),
    ("Rocío", "Martín Delgado", "Spanish", "ES", "f", "", "martin"),
    ("Xoán", "Lourido", "Galician", "ES", "m", "", ""),
    ("Inês", "Carvalho Neves", "Portuguese", "PT", "f", "", "neves"),
    ("Rui", "Magalhães", "Portuguese", "PT", "m", "", ""),
    ("Chiara", "Esposito", "Italian", "IT", "f", "", ""),
    ("Giancarlo", "Bellini", "Italian", "IT", "m", "", ""),
    ("Efisio", "Pinna", "Sardinian", "IT", "m", "", ""),
    ("Roos", "van der Heijden", "Dutch", "NL", "f", "", "vanderheijden"),
    ("Bram", "de Wit", "Dutch", "NL", "m", "", "dewit"),
    ("Jerrel", "Pinas", "Surinamese Dutch", "NL", "m", "", ""),
    ("Wout", "Vermeulen", "Flemish", "BE", "m", "", ""),
    ("Małgorzata", "Wiśniewska", "Polish", "PL", "f", "", ""),
    ("Krzysztof", "Zając", "Polish", "PL", "m", "", ""),
    ("Agnieszka", "Szczepańska", "Polish", "PL", "f", "", ""),
    ("Věra", "Dvořáková", "Czech", "CZ", "f", "", ""),
    ("Ondřej", "Kučera", "Czech", "CZ", "m", "", ""),
    ("Zuzana", "Hrušovská", "Slovak", "SK", "f", "", ""),
    ("Mette", "Kjær", "Danish", "DK", "f", "", ""),
    ("Rasmus", "Østergaard", "Danish", "DK", "m", "", ""),
    ("Sjúrður", "Joensen", "Faroese", "DK", "m", "", ""),
    ("Onni", "Mäkelä", "Finnish", "FI", "m", "", ""),
    ("Aino", "Heikkilä", "Finnish", "FI", "f", "", ""),
    ("Máret", "Aikio", "Sámi", "FI", "f", "", ""),
    ("Aditya", "Kulkarni", "Marathi", "IN", "m", "", ""),
    ("Lakshmi", "Subramanian", "Tamil", "IN", "f", "", ""),
    ("Pooja", "Agarwal", "Hindi", "IN", "f", "", ""),
    ("Arnab", "Chatterjee", "Bengali", "IN", "m", "", ""),
    ("Harpreet", "Kaur Gill", "Punjabi", "IN", "f", "", "gill"),
    ("Anjali", "Menon", "Malayali", "IN", "f", "", ""),
    ("Srinivas", "Reddy", "Telugu", "IN", "m", "", ""),
    ("Prakash", "Hegde", "Kannada", "IN", "m", "", ""),
    ("Hetal", "Desai", "Gujarati", "IN", "f", "", ""),
    ("Daisuke", "Morimoto", "Japanese", "JP", "m", "", ""),
    ("Yui", "Hoshino", "Japanese", "JP", "f", "", ""),
    ("Kenji", "Arakawa", "Japanese", "JP", "m", "", ""),
    ("Wei Ling", "Tan", "Singaporean Chinese", "SG", "f", "fg", ""),
    ("Nurul Aisyah", "binti Rosli", "Malay", "SG", "f", "", "rosli"),
    ("Kavitha", "Pillai", "Singaporean Tamil", "SG", "f", "", ""),
    ("Bronwyn", "Fairweather", "Australian", "AU", "f", "", ""),
    ("Stavros", "Papadakis", "Greek Australian", "AU", "m", "", ""),
    ("Aroha", "Te Whata", "Māori", "NZ", "f", "", "tewhata"),
    ("Sipho", "Ngcobo", "Zulu", "ZA", "m", "", ""),
    ("Marelize", "van Rooyen", "Afrikaans", "ZA", "f", "", "vanrooyen"),
    ("Nomvula", "Mahlangu", "Ndebele", "ZA", "f", "", ""),
    ("Mariam", "Al Mansoori", "Emirati", "AE", "f", "", "almansoori"),
    ("Mostafa", "El-Shazly", "Egyptian", "AE", "m", "", "elshazly"),
    ("Rami", "Haddad", "Lebanese", "AE", "m", "", ""),
    ("Maricel", "dela Cruz", "Filipino", "AE", "f", "", "delacruz"),
    ("Wanjiru", "Kamau", "Kikuyu", "KE", "f", "", ""),
    ("Achieng", "Odhiambo", "Luo", "KE", "f", "", ""),
    ("Mwanaisha", "Salim", "Swahili", "KE", "f", "", ""),
    ("Deniz", "Aydın", "Turkish", "TR", "f", "", ""),
    ("Rojda", "Demir", "Kurdish", "TR", "f", "", ""),
    ("Jiahui", "Guo", "Chinese", "CN", "f", "fg", ""),
    ("Ji-woo", "Han", "Korean", "KR", "m", "fg", ""),
    ("Thu Hà", "Phạm", "Vietnamese", "VN", "f", "fg", ""),
    ("Réka", "Kovács", "Hungarian", "HU", "f", "fg", ""),
    ("Ioana", "Dumitrescu", "Romanian", "RO", "f", "", ""),
    ("Eleni", "Karagianni", "Greek", "GR", "f", "", ""),
    ("Oksana", "Melnyk", "Ukrainian", "UA", "f", "", ""),
    ("Rūta", "Jankauskaitė", "Lithuanian", "LT", "f", "", ""),
    ("Mihkel", "Kask", "Estonian", "EE", "m", "", ""),
    ("Solveig", "Haugen", "Norwegian", "NO", "f", "", ""),
    ("Linnea", "Bergström", "Swedish", "SE", "f", "", ""),
    ("Guðrún", "Sigurðardóttir", "Icelandic", "IS", "f", "", ""),
    ("Nattapong", "Srisuk", "Thai", "TH", "m", "", ""),
    ("Rini", "Handayani", "Indonesian", "ID", "f", "", ""),
    ("Shirin", "Rostami", "Persian", "IR", "f", "", ""),
    ("Noa", "Ben-Ami", "Israeli (Hebrew)", "IL", "f", "", "benami"),
    ("Selamawit", "Tesfaye", "Amharic", "ET", "f", "", ""),
    ("Hodan", "Warsame", "Somali", "KE", "f", "", ""),
    ("Chiamaka", "Nwosu", "Igbo", "NG", "f", "", ""),
    ("Kwabena", "Asante-Mensah", "Akan", "GH", "m", "", "asantemensah"),
    ("Wilber", "Quispe Mamani", "Quechua", "PE", "m", "", "quispe"),
    ("Valentina", "Ospina Restrepo", "Colombian", "CO", "f", "", "ospina"),
    ("Ignacio", "Muñoz Valdivia", "Chilean", "CL", "m", "", "munoz"),
    ("Ivana", "Horvat", "Croatian", "HR", "f", "", ""),
    ("Nemanja", "Ilić", "Serbian", "RS", "m", "", ""),
    ("Desislava", "Petkova", "Bulgarian", "BG", "f", "", ""),
    ("Sujata", "Gurung", "Nepali", "NP", "f", "", ""),
    ("Dilani", "Wickramasinghe", "Sinhala", "LK", "f", "", ""),
    ("Ka-man", "Wong", "Cantonese", "HK", "f", "fg", ""),
    ("Pei-shan", "Lin", "Taiwanese", "TW", "f", "fg", ""),
    ("Kurt", "Borg", "Maltese", "MT", "m", "", ""),
    ("Kristaps", "Ozols", "Latvian", "LV", "m", "", ""),
    ("Tjaša", "Novak", "Slovenian", "SI", "f", "", ""),
    ("Youssef", "El Idrissi", "Moroccan", "MA", "m", "", "elidrissi"),
]


class Person:
    def __init__(self, g, f, cult, cc, sex, order, mailf):
        self.g, self.f, self.cult, self.cc, self.sex, self.order = g, f, cult, cc, sex, order
        self.mailf = mailf or slug(f)
        self.key = f"{g} {f}"

    # raw forms
    @property
    def full(self):
        return f"{self.f} {self.g}" if self.order == "fg" else f"{self.g} {self.f}"

    @property
    def g1(self):                      # first given name only
        return self.g.split()[0] if self.order != "fg" else self.g

    # marked forms
    @property
    def N(self):
        return P(self.full)

    @property
    def G(self):
        return P(self.g)

    @property
    def F(self):
        return P(self.f)

    @property
    def FG(self):                      # "Family, Given" as two spans
        return P(self.f) + ", " + P(self.g)

    @property
    def CAPS(self):                    # whole name in capitals
        return P(self.full.upper())

    @property
    def I(self):  # noqa: E743  initial + family
        return P(f"{self.g[0]}. {self.f}")

    @property
    def UP(self):                      # FAMILY Given (forms, passports)
        return P(f"{self.f.upper()} {self.g}")

    def local(self, style):
        g, f = slug(self.g1 if self.order != "fg" else self.g), self.mailf
        return {"g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}",
                "g": g, "fg": f"{f}{g[0]}", "g.f1": f"{g}.{f[0]}", "gf_": f"{g}{f}"}[style]

    def em(self, dom=CORP, style="g.f", suffix=""):
        return EM(f"{self.local(style)}{suffix}@{dom}")

    def h(self, style="gf", suffix=""):
        if style == "sap":
            return P((self.mailf[:6] + slug(self.g)[:2]).upper())
        return P(self.local(style) + suffix)


PEOPLE_OBJS = [Person(*t) for t in PEOPLE]

# ---------------------------------------------------------------- phones, national format, typed by hand

PHONES = {
    "GB": ["07911 482306", "07723 615 904", "020 8341 2277", "07458 203917", "0161 832 4470", "07384 551 029", "07540 318 862", "01273 604 519", "07812 990 447", "0117 496 3120"],
    "IE": ["087 216 4433", "085 730 1928", "01 284 6619"],
    "US": ["(312) 784-2290", "773-418-5562", "(512) 660-3174", "917.482.3306", "(503) 271-8845"],
    "CA": ["(514) 382-9174", "438-271-0556"],
    "MX": ["81 2247 9130", "55 4127 8893", "33 1820 4476"],
    "BR": ["(11) 98432-1177", "(21) 99718-2046", "(31) 98827-4410"],
    "AR": ["11 15-4382-9910", "(0351) 15-627-4418"],
    "DE": ["0171 4938265", "0176 2291 8843", "089 23194471", "0152 07716342", "030 61 28 94 07"],
    "AT": ["0664 421 88 30"],
    "CH": ["079 418 22 67"],
    "FR": ["06 48 21 77 39", "07 81 42 96 13", "04 78 62 19 05", "06 12 93 40 58"],
    "BE": ["0476 28 41 93", "0495 71 20 36"],
    "ES": ["612 48 93 07", "655 20 31 84", "91 437 28 66", "688 912 450"],
    "PT": ["912 384 117", "936 220 481", "22 609 4173"],
    "IT": ["347 218 4490", "333 902 1187", "02 8736 4411", "349 553 0721"],
    "NL": ["06-41829377", "06 2810 4592", "040 237 1856", "06 5317 2208"],
    "PL": ["512 384 907", "601 227 348", "71 342 18 90", "798 114 562"],
    "CZ": ["604 218 337", "731 402 659", "543 211 870", "777 305 912", "602 884 136"],
    "SK": ["0905 412 337"],
    "DK": ["28 41 93 07", "61 77 20 48", "86 12 44 39"],
    "FI": ["040 718 2294", "050 336 1820", "09 4278 1163", "044 902 3317"],
    "IN": ["98450 21376", "97390 88412", "020 2567 3391", "080 4112 7730", "99206 41187", "98860 12745", "93242 70518", "033 2464 8810", "70200 31964"],
    "JP": ["090-4418-2937", "080-3320-7415", "06-6341-2870", "03-5789-2214", "070-2218-4093", "090-7765-0132"],
    "SG": ["9123 4471", "8246 3390", "6734 2219"],
    "AU": ["0412 338 901", "0438 772 150", "(03) 9417 2286"],
    "NZ": ["021 448 2093"],
    "ZA": ["082 417 3390", "071 284 6629", "011 482 5537"],
    "AE": ["050 318 2247", "055 702 4419", "04 382 1177"],
    "KE": ["0722 418 339", "0711 902 354", "0733 620 418"],
    "TR": ["0532 418 22 90", "0505 731 48 16", "0544 209 63 17", "0216 348 71 05"],
    "KR": ["010-4821-3390"], "CN": ["139 1702 4486"], "HK": ["9183 2274"], "VN": ["0903 418 227", "0912 665 083"],
    "TH": ["081 442 7390"], "ID": ["0812-3390-4417"], "HU": ["06 30 418 2297"],
    "RO": ["0745 219 806"], "GR": ["694 418 2273"], "UA": ["067 482 19 33"], "LT": ["8 612 48337"],
    "EE": ["5341 8820"], "NO": ["918 42 337"], "SE": ["070-418 22 93"], "IS": ["862 4417"],
    "IL": ["052-418-2273"], "ET": ["091 142 8830"], "NG": ["0803 418 2290"], "GH": ["024 471 8830"],
    "PE": ["987 412 336"], "CO": ["310 482 2917"], "CL": ["9 8412 3376"], "HR": ["091 418 2277"],
    "RS": ["064 418 2290"], "BG": ["0888 412 337"], "NP": ["984-1428831"], "LK": ["077 418 2293"],
    "TW": ["0912 418 227"], "MT": ["7941 8223"], "LV": ["2941 8227"], "SI": ["041 418 227"],
    "MA": ["0661-418227"], "IR": ["0912 418 2273"],
}

# ---------------------------------------------------------------- home addresses, country layouts, typed by hand

ADDRS = {
    "GB": [[L("Flat 2") + ", " + L("14 Wendover Road"), L("Aylesbury"), L("HP21 9LW")],
           [L("27 Mill Lane"), L("Hebden Bridge"), L("HX7 8DQ")],
           [L("3 Pengelly Close"), L("St Austell"), L("PL25 4TJ")]],
    "IE": [[L("12 Ard na Gréine"), L("Oranmore"), L("Co. Galway"), L("H91 K7X2")],
           [L("Apartment 4") + ", " + L("Glenview Court"), L("Bray"), L("Co. Wicklow"), L("A98 W2F6")]],
    "US": [[L("2217 N Kedzie Ave") + " " + L("Apt 3R"), L("Chicago") + ", " + L("IL") + " " + L("60647")],
           [L("418 Pecan Hollow Dr"), L("Round Rock") + ", " + L("TX") + " " + L("78664")],
           [L("96 Ridgewood Terrace"), L("Montclair") + ", " + L("NJ") + " " + L("07042")],
           [L("1530 SE Tacoma St"), L("Portland") + ", " + L("OR") + " " + L("97202")]],
    "CA": [[L("4120, rue Saint-Hubert") + ", " + L("app. 3"), L("Montréal") + " (" + L("Québec") + ") " + L("H2J 2X4")]],
    "MX": [[L("Calle Padre Mier 1142"), L("Col. Obispado"), L("64060") + " " + L("Monterrey") + ", " + L("N.L.")],
           [L("Av. Miguel Hidalgo 318") + ", " + L("int. 5"), L("Col. Del Carmen"), L("04100") + " " + L("Coyoacán") + ", " + L("CDMX")]],
    "BR": [[L("Rua Capote Valente, 712") + ", " + L("apto 84"), L("Pinheiros"), L("São Paulo") + " - " + L("SP"), "CEP " + L("05409-002")],
           [L("Rua Desembargador Isidro, 45") + ", " + L("casa 2"), L("Tijuca"), L("Rio de Janeiro") + " - " + L("RJ"), "CEP " + L("20521-160")],
           [L("Av. Getúlio Vargas, 1380"), L("Funcionários"), L("Belo Horizonte") + " - " + L("MG"), "CEP " + L("30112-021")]],
    "DE": [[L("Lindwurmstraße 88"), L("80337") + " " + L("München")],
           [L("Am Kirchberg 4"), L("91207") + " " + L("Lauf an der Pegnitz")],
           [L("Gneisenaustraße 31"), L("10961") + " " + L("Berlin")],
           [L("Hauptstraße 17a"), L("69117") + " " + L("Heidelberg")]],
    "FR": [[L("14 rue Paul Bert"), L("69003") + " " + L("Lyon")],
           [L("Résidence Les Tilleuls") + ", " + L("Bât. C"), L("8 allée des Mésanges"), L("44300") + " " + L("Nantes")]],
    "ES": [[L("C/ de Sant Joan de Malta, 62") + ", " + L("3º 2ª"), L("08018") + " " + L("Barcelona")],
           [L("Calle Gaztambide, 23") + ", " + L("4º B"), L("28015") + " " + L("Madrid")],
           [L("Avda. de la Constitución, 9"), L("41930") + " " + L("Bormujos") + " (" + L("Sevilla") + ")"],
           [L("Kale Nagusia, 15") + ", " + L("2. esk."), L("20850") + " " + L("Mendaro") + " (" + L("Gipuzkoa") + ")"]],
    "PT": [[L("Rua de Cedofeita, 241") + ", " + L("3.º Esq."), L("4050-181") + " " + L("Porto")],
           [L("Travessa do Carmo, 6"), L("1200-095") + " " + L("Lisboa")],
           [L("Rua Dr. António José de Almeida, 33"), L("3000-045") + " " + L("Coimbra")]],
    "IT": [[L("Via Francesco Crispi, 57"), L("80121") + " " + L("Napoli") + " (" + L("NA") + ")"],
           [L("Via Roma 12/B"), L("24047") + " " + L("Treviglio") + " " + L("BG")]],
    "NL": [[L("Kruisstraat 41"), L("5612 CJ") + " " + L("Eindhoven")],
           [L("Van Speijkstraat 118-II"), L("1057 HB") + " " + L("Amsterdam")],
           [L("Dorpsstraat 7"), L("3732 HJ") + " " + L("De Bilt")],
           [L("Goudsbloemstraat 23"), L("2565 PX") + " " + L("Den Haag")]],
    "PL": [[L("ul. Pomorska 84/12"), L("50-216") + " " + L("Wrocław")],
           [L("ul. Kościuszki 7 m. 3"), L("43-300") + " " + L("Bielsko-Biała")],
           [L("os. Złotego Wieku 38/114"), L("31-616") + " " + L("Kraków")]],
    "CZ": [[L("Kounicova 42"), L("602 00") + " " + L("Brno")],
           [L("Husova 318"), L("547 01") + " " + L("Náchod")],
           [L("Na Výsluní 1204/7"), L("360 01") + " " + L("Karlovy Vary")]],
    "DK": [[L("Jægergårdsgade 64") + ", " + L("2. tv."), L("8000") + " " + L("Aarhus C")],
           [L("Søndervej 19"), L("6950") + " " + L("Ringkøbing")]],
    "FI": [[L("Kaskenkatu 5 A 7"), L("20700") + " " + L("Turku")],
           [L("Tapiolantie 12 B 18"), L("02100") + " " + L("Espoo")],
           [L("Rantatie 41"), L("95400") + " " + L("Tornio")]],
    "IN": [[L("Flat 302") + ", " + L("Sai Shraddha Residency"), L("Baner Road") + ", " + L("Baner"), L("Pune") + " " + L("411045"), L("Maharashtra")],
           [L("No. 18, 4th Main, 2nd Block") + ", " + L("Jayanagar"), L("Bengaluru") + " " + L("560011")],
           [L("B-17, Sector 52"), L("Noida") + ", " + L("Uttar Pradesh") + " " + L("201301")],
           [L("12/3 Lake Gardens"), L("Kolkata") + " " + L("700045")]],
    "JP": [[L("2-7-14 Tenjinbashi") + ", " + L("Kita-ku"), L("Osaka") + " " + L("530-0041")],
           [L("Sun Heights 203") + ", " + L("1-22-5 Kichijoji-honcho"), L("Musashino-shi") + ", " + L("Tokyo") + " " + L("180-0004")]],
    "SG": [[L("Blk 412 Tampines Street 41") + ", " + L("#08-233"), L("Singapore") + " " + L("520412")]],
    "AU": [[L("12 Wattle Grove"), L("Castlemaine") + " " + L("VIC") + " " + L("3450")],
           [L("Unit 5") + ", " + L("28 Beach Rd"), L("Coolangatta") + " " + L("QLD") + " " + L("4225")]],
    "ZA": [[L("14 Jacaranda Avenue"), L("Parkhurst"), L("Johannesburg"), L("2193")],
           [L("22 De Waal Drive"), L("Vredehoek"), L("Cape Town"), L("8001")]],
    "KE": [[L("Hse No. 14, Riverside Lane"), L("Kileleshwa"), L("P.O. Box 48213-00100"), L("Nairobi")]],
    "TR": [[L("Moda Cad. No: 18 D: 5"), L("34710") + " " + L("Kadıköy") + "/" + L("İstanbul")],
           [L("Atatürk Mah. Gül Sok. No: 9 D: 3"), L("35220") + " " + L("Konak") + "/" + L("İzmir")]],
    "AE": [[L("Villa 27, Street 14"), L("Al Barsha 2"), L("Dubai")]],
}

# ---------------------------------------------------------------- dates of birth (typed by hand) and their writing

DOBS = [(1986, 3, 3), (1992, 2, 14), (1979, 11, 27), (1995, 7, 8), (1983, 5, 19), (1990, 12, 1),
        (1974, 9, 30), (1998, 4, 22), (1988, 1, 16), (1969, 6, 11), (2001, 10, 5), (1993, 8, 25),
        (1981, 2, 9), (1977, 12, 24), (1996, 3, 31), (2009, 5, 2), (2014, 11, 18), (1955, 7, 21),
        (1985, 10, 13), (1999, 1, 7), (2011, 8, 3), (2017, 6, 26)]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, cc, style=None):
    y, m, dd = d
    if style is None:
        style = {"US": "us", "DE": "dot", "AT": "dot", "CH": "dot", "PL": "dot", "CZ": "dot",
                 "SK": "dot", "DK": "dot", "FI": "fi", "TR": "dot", "NL": "dash", "JP": "jp",
                 "CN": "iso", "KR": "iso", "HU": "iso", "SE": "iso", "LT": "iso"}.get(cc, "slash")
    return {"us": f"{m:02d}/{dd:02d}/{y}", "dot": f"{dd:02d}.{m:02d}.{y}", "fi": f"{dd}.{m}.{y}",
            "dash": f"{dd:02d}-{m:02d}-{y}", "jp": f"{y}/{m:02d}/{dd:02d}", "iso": f"{y}-{m:02d}-{dd:02d}",
            "slash": f"{dd:02d}/{m:02d}/{y}", "long": f"{dd} {MONTHS[m-1]} {y}",
            "uslong": f"{MONTHS[m-1]} {dd}, {y}", "short": f"{dd} {MONTHS[m-1][:3]} {y}"}[style]

# ---------------------------------------------------------------- ID numbers and IBANs (typed by hand; checksums verified below)

IDS = {
    "GB_NINO": "PN 43 17 82 B", "US_SSN": "523-41-8806", "AU_TFN": "482 137 018",
    "IN_AADHAAR": "7341 9260 5818", "IN_AADHAAR2": "5820 4716 3929",
    "ZA_ID_M": ("8409125371083", (1984, 9, 12)), "ZA_ID_F": ("9107030248086", (1991, 7, 3)),
    "IE_PPSN": "6419283D", "IE_PPSN2": "8137402F", "NL_BSN": "238176411", "NL_BSN2": "614502901",
    "DE_STID": "47291586348", "IT_CF": "SPSCHR91D63F839J",
    "PL_PESEL_M": ("88110504735", (1988, 11, 5)), "PL_PESEL_F": ("95032211845", (1995, 3, 22)),
    "DK_CPR_M": ("170293-1459", (1993, 2, 17)), "DK_CPR_F": ("040689-2468", (1989, 6, 4)),
    "FI_HETU_F": ("090890-348P", (1990, 8, 9)), "FI_HETU_M": ("210376-5178", (1976, 3, 21)),
    "CZ_RC_F": ("875630/4128", (1987, 6, 30)), "CZ_RC_M": ("910214/3303", (1991, 2, 14)),
    "ES_DNI": "48293017D", "ES_DNI2": "73120584L", "BR_CPF": "418.327.605-53", "BR_CPF2": "207.951.384-23",
    "PT_NIF": "248173960", "PT_NIF2": "193064286",
}
IBANS = {
    "DE": "DE10500105175319274860", "IE": "IE96BOFI90001748213967", "NL": "NL66RABO0318472953",
    "GB": "GB18BARC20325373918462", "FI": "FI8915903000274835", "ES": "ES9720850146160331249781",
    "PT": "PT50003300004528193710547", "PL": "PL78102024980000540203817729", "DK": "DK9553010246813579",
    "IT": "IT34B0306909606100000147823", "FR": "FR7630004008270001048273924", "CZ": "CZ5601000000192457831081",
    "BE": "BE87735048219694", "AE": "AE740351012094872630041", "TR": "TR640006200000000429318756",
    "AT": "AT762011182463917520",
    "IE2": "IE40AIBK93106427390518", "ES2": "ES8300491821012710354826", "PL2": "PL59114020040000381266457002",
}
CARDS = ["4532014882176308", "5439210077345127", "378284119305625", "4917481029375611"]


def iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))

# ---------------------------------------------------------------- row context: draws least-used values, never twice in a row


class Ctx:
    def __init__(self, rng, use):
        self.rng, self.use, self.inrow = rng, use, set()

    def _least(self, kind, items, key=lambda x: x):
        items = [x for x in items if (kind, key(x)) not in self.inrow]
        assert items, kind
        lo = min(self.use[(kind, key(x))] for x in items)
        cands = [x for x in items if self.use[(kind, key(x))] == lo]
        x = self.rng.choice(cands)
        self.use[(kind, key(x))] += 1
        self.inrow.add((kind, key(x)))
        return x

    def person(self, *ccs, sex=None, notcc=()):
        items = [p for p in PEOPLE_OBJS if (not ccs or p.cc in ccs) and p.cc not in notcc
                 and (sex is None or p.sex == sex)]
        return self._least("person", items, key=lambda p: p.key)

    def named(self, key):
        p = next(p for p in PEOPLE_OBJS if p.key == key)
        self.use[("person", p.key)] += 1
        self.inrow.add(("person", p.key))
        return p

    def people(self, n, *ccs, notcc=(), sex=None):
        return [self.person(*ccs, notcc=notcc, sex=sex) for _ in range(n)]

    def phone(self, cc):
        if all(("phone", x) in self.inrow for x in PHONES[cc]):      # country with few numbers: repeat one
            x = min(PHONES[cc], key=lambda x: self.use[("phone", x)])
            self.use[("phone", x)] += 1
            return PH(x)
        return PH(self._least("phone", PHONES[cc]))

    def addr(self, cc):
        return Addr(self._least("addr", ADDRS[cc], key=lambda a: a[0]))

    def dob(self, cc, style=None, child=False):
        pool = [d for d in DOBS if (d[0] >= 2008) == child]
        return DOB(fmt_date(self._least("dob", pool), cc, style))

    def pick(self, i, options):
        return options[i % len(options)]


class Addr:
    def __init__(self, lines):
        self.lines = lines

    def block(self, indent=""):
        return "\n".join(indent + x for x in self.lines)

    def one(self, sep=", "):
        return sep.join(self.lines)


ADDR_CC = sorted(ADDRS)

# ---------------------------------------------------------------- template registry

REG = []


def T(cls, name, n, lang="en", lower=()):
    def deco(fn):
        REG.append(dict(cls=cls, name=name, n=n, lang=lang, lower=set(lower), fn=fn))
        return fn
    return deco


# ================================================================ PERSONAL ROWS
# ---------------------------------------------------------------- HR

@T("personal_hr", "onboarding_form", 4)
def _(c, i):
    if i == 0:
        p, m = c.person("GB"), c.person("GB")
        a = c.addr("GB")
        return (f"Can you turn this into a short welcome email from me to the new starter? Keep it warm but not cheesy. "
                f"Don't include the NI number obviously, that's just for payroll.\n\n"
                f"New starter form – London\nName: {p.N}\nPreferred name: {p.G}\nStart date: 3 March\n"
                f"Role: Financial Analyst, FP&A\nLine manager: {m.N}\nHome address: {a.one()}\n"
                f"Mobile: {c.phone('GB')}\nPersonal email: {p.em('gmail.com')}\nDOB: {c.dob('GB')}\n"
                f"NI number: {NID(IDS['GB_NINO'])}\nLaptop: MacBook Pro 14, ticket raised")
    if i == 1:
        p, m = c.person("IN", sex="m"), c.person("IN")
        a = c.addr("IN")
        pan = "BKRP" + fold(p.f)[0].upper() + "7214Q"
        return (f"pls draft welcome mail + first week schedule for below joinee. Keep it short, he will read on phone\n\n"
                f"Joinee details (Pune, Baner office)\nFull name - {p.N}\nDOJ - 17-Feb\n"
                f"Designation - Associate Software Engineer\nReporting to - {m.N}\nContact - {c.phone('IN')}\n"
                f"Personal mail id - {p.em('rediffmail.com', 'gf_')}\nPermanent address - {a.one()}\n"
                f"Date of birth - {c.dob('IN')}\nAadhaar - {NID(IDS['IN_AADHAAR'])}\nPAN - {NID(pan)}")
    if i == 2:
        p, m = c.person("US"), c.person("US")
        a = c.addr("US")
        return (f"Help me write a welcome email to our new hire. Info from Workday below:\n\n"
                f"Legal Name: {p.N}\nStart Date: 03/10\nJob Title: Sales Development Representative\n"
                f"Location: Austin, TX (hybrid)\nHiring Manager: {m.N}\nHome Address: {a.one()}\n"
                f"Phone: {c.phone('US')}\nPersonal Email: {p.em('gmail.com', 'gf_', '88')}\n"
                f"Date of Birth: {c.dob('US')}\nSSN: {SSN(IDS['US_SSN'])}\n\n"
                f"Also remind them to bring their I-9 documents on day 1.")
    p, b = c.person("ZA", sex="f"), c.person("ZA")
    zid, zd = IDS["ZA_ID_F"]
    a = c.addr("ZA")
    return (f"Write a friendly welcome note for our new graduate in Joburg and a checklist of what she must bring "
            f"(bank confirmation letter, tax number, certified ID copy). Details:\n\n"
            f"Name & Surname: {p.N}\nID No: {NID(zid)}\nDate of birth: {DOB(fmt_date(zd, 'ZA', 'iso'))}\n"
            f"Residential address:\n{a.block()}\nCell: {c.phone('ZA')}\nEmail: {p.em('gmail.com')}\n"
            f"Start: 1 Feb, Graduate Programme (Finance)\nBuddy: {b.N}")


@T("personal_hr", "shortlist_table", 2)
def _(c, i):
    if i == 0:
        ps = c.people(3, "PL", "CZ", "DE", "UA", "SK", "LT") + [c.person("PL", "CZ", "DE", "UA", "SK", "LT", sex="f")]
        iv = c.person("PL", "DE")
        return (f"Below is my shortlist for the Procurement Manager role in Wrocław. Rank them and draft a polite "
                f"rejection for the two at the bottom (different wording each pls).\n\n"
                f"| Candidate | Current employer | Notice | Salary exp. | Notes |\n|---|---|---|---|---|\n"
                f"| {ps[0].N} | Siemens Healthineers | 3 months | 21k PLN gross | strong SAP Ariba, English B2 |\n"
                f"| {ps[1].N} | Bosch | 1 month | 19k | great case study, ex-Deloitte |\n"
                f"| {ps[2].N} | freelance | immediate | 18k | gap 2021-22 (relocation) |\n"
                f"| {ps[3].N} | Unilever | 2 months | 24k | panel split, {iv.G} liked her, I didn't |")
    ps = c.people(4, "IN", "LK", "NP")
    return (f"Shortlist for Senior Data Scientist, Bengaluru. Can you make a 1-page summary for the hiring "
            f"committee + suggest interview questions per candidate based on gaps?\n\n"
            f"1. {ps[0].N} – Flipkart, 6 yrs, PyTorch/recsys, 42 LPA exp, 60 days notice\n"
            f"2. {ps[1].N} – Infosys → Swiggy, 5 yrs, strong SQL, weak on MLOps, 35 LPA\n"
            f"3. {ps[2].N} – IISc MTech, 3 yrs at a startup, Kaggle Grandmaster\n"
            f"4. {ps[3].N} – TCS, 8 yrs, mostly BI/Tableau, wants to move into ML")


@T("personal_hr", "leave_rewrite", 2, lower=(0,))
def _(c, i):
    if i == 0:
        me, m, cov, mum = c.person("GB", "IE"), c.person("GB", "IE"), c.person("GB", "IE", sex="f"), c.person("GB", "IE", sex="f")
        return (f"pls make this sound more professional, it's going to my manager {m.G}:\n\n"
                f"hi {m.G} so my mum {P(mum.g + ' ' + me.f)} is having her knee op on 14 march in {L('Kendal')} and i need "
                f"to take that week off to drive her there and back and sort stuff at home. i know its quarter end sorry!! "
                f"{cov.G} said she can cover the AP run on the 15th. thx {me.G}")
    me = c.person("IN", sex="m")
    m, cov, sis = c.person("IN", sex="m"), c.person("IN", sex="m"), c.person("IN", sex="f")
    return (f"Kindly rephrase below leave application in proper format.\n\n"
            f"Dear {m.G} sir,\nI am having my sister {P(sis.g)} marriage on 22nd at my native place {L('Kolhapur')}, "
            f"hence I request you to kindly sanction leave from 18th to 27th. {cov.N} will handle month-end recon "
            f"and I have given him KT. I will be reachable on mobile in case of urgency.\nRegards,\n{me.N}")


@T("personal_hr", "reference_letter", 2)
def _(c, i):
    if i == 0:
        p, me = c.person("AE"), c.person("AE", "GB")
        return (f"Write a reference letter for {p.N}, who worked as Executive Assistant to our CFO from 2019 to 2024 "
                f"in the Dubai office. {p.G} is moving to Toronto. Points to include: ran the board packs, organised the "
                f"Abu Dhabi offsite for 120 people, fluent Arabic and English. Keep it under 250 words and sign it "
                f"as me, {me.N}, Head of Finance Operations.")
    p, hr = c.person("CZ", "SK", "PL", sex="m"), c.person("CA", "US")
    return (f"I need a reference for {p.N} (left us last month, Service Desk Analyst L2, Brno, 2021–2025). "
            f"He asked that it mentions his ITIL 4 Foundation and that he covered the Polish and Czech queues alone "
            f"during the SAP S/4HANA cutover. Address it To whom it may concern. His new employer's HR contact is "
            f"{hr.N} ({hr.em('shopify.com')}) in case you want a cover email too.")


@T("personal_hr", "payroll_change", 2)
def _(c, i):
    if i == 0:
        p = c.person("IE")
        a1, a2 = c.addr("IE"), c.addr("IE")
        return (f"Can you sanity-check this before I send it to payroll (ADP)? does it have everything they need "
                f"for a change of address + bank?\n\n"
                f"Employee: {p.N} (emp no. 40418)\nOld address: {a1.one()}\nNew address: {a2.one()}\n"
                f"Effective: 01/04\nNew IBAN: {IB(spaced(IBANS['IE2']))}\nPPSN: {NID(IDS['IE_PPSN'])}\n"
                f"Mobile unchanged: {c.phone('IE')}")
    p = c.person("NL", sex="f")
    a1, a2 = c.addr("NL"), c.addr("NL")
    return (f"Draft a short email (English, she's not Dutch-speaking at work) to {p.G} confirming we updated her "
            f"details in AFAS and that the change shows on the April payslip.\n\n"
            f"Medewerker: {p.N}\nOud adres: {a1.one()}\nNieuw adres: {a2.one()}\n"
            f"IBAN: {IB(IBANS['NL'])}\nBSN: {NID(IDS['NL_BSN'])}")


@T("personal_hr", "de_personalbogen", 1, lang="de")
def _(c, i):
    p = c.person("DE", sex="f")
    a = c.addr("DE")
    return (f"Kannst du mir aus diesen Angaben eine kurze Bestätigung an die neue Kollegin formulieren "
            f"(Du-Form, wir duzen uns hier alle)? Sie soll bis Freitag noch die Kopie der Krankenkassenkarte schicken.\n\n"
            f"Personalbogen\nName: {p.F}, Vorname: {p.G}\nGeburtsdatum: {c.dob('DE')}\nAnschrift: {a.one()}\n"
            f"Tel. privat: {c.phone('DE')}\nSteuer-ID: {NID(IDS['DE_STID'])}\nIBAN: {IB(spaced(IBANS['DE']))}\n"
            f"Eintritt: 01.04., Teilzeit 30 Std., Kostenstelle 4410")


@T("personal_hr", "it_scheda", 1, lang="it")
def _(c, i):
    p, m = c.named("Chiara Esposito"), c.person("IT")
    a = ADDRS["IT"][0]
    c.use[("addr", a[0])] += 1
    return (f"Mi prepari una mail di benvenuto per la nuova collega? Tono cordiale ma professionale, "
            f"e ricordale di portare il modulo per le detrazioni.\n\n"
            f"Nome e cognome: {p.N}\nNata a {L('Napoli')} il {DOB('23/04/1991')}\nCodice fiscale: {NID(IDS['IT_CF'])}\n"
            f"Residenza: {Addr(a).one()}\nCellulare: {c.phone('IT')}\nIBAN per l'accredito: {IB(IBANS['IT'])}\n"
            f"Inizio: 2 maggio, sede di Milano, team Controllo di Gestione, responsabile {m.N}")


@T("personal_hr", "dk_onboarding", 1, lang="da")
def _(c, i):
    p, m = c.person("DK", sex="m"), c.person("DK")
    cpr, _d = IDS["DK_CPR_M"]
    a = c.addr("DK")
    return (f"Kan du lave en tjekliste til onboarding af {p.N}? Han starter 1. marts i Aarhus som supporter i "
            f"kundeservice. Det her skal registreres i lønsystemet inden da:\n\n"
            f"CPR: {NID(cpr)}\nAdresse: {a.one()}\nTlf.: {c.phone('DK')}\nBankkonto (IBAN): {IB(IBANS['DK'])}\n"
            f"Nærmeste leder: {m.N}\n\nHusk også nøglebrik, Teams-adgang og at bestille headset.")


@T("personal_hr", "pl_umowa", 1, lang="pl")
def _(c, i):
    p, m = c.person("PL", sex="m"), c.person("PL")
    pesel, d = IDS["PL_PESEL_M"]
    a = c.addr("PL")
    return (f"Ułóż mi z tego ładną tabelkę do umowy o pracę, kadry chcą wszystko w jednym miejscu:\n\n"
            f"imię i nazwisko: {p.N}\nPESEL: {NID(pesel)}\ndata urodzenia: {DOB(fmt_date(d, 'PL'))}\n"
            f"adres zamieszkania: {a.one()}\nnr konta: {IB(spaced(IBANS['PL']))}\ntelefon: {c.phone('PL')}\n"
            f"stanowisko: specjalista ds. zakupów, Wrocław\nprzełożony: {m.N}")


@T("personal_hr", "hinglish_leave", 1, lang="hi", lower=(0,))
def _(c, i):
    me = c.person("IN", sex="m")
    m, cov, w = c.person("IN"), c.person("IN", sex="m"), c.person("IN", sex="f")
    return (f"yaar ek leave mail likh do na manager ke liye, formal english mein. situation ye hai ki meri wife "
            f"{P(w.g)} ki delivery due hai 12 tareekh ke aas paas, {L('Indore')} mein, to mujhe 2 hafte ki paternity "
            f"leave chahiye 10th se. manager ka naam {m.N} hai. mera backup {cov.G} rahega, usko KT de diya hai. "
            f"last mein mera naam {me.N} aur number {c.phone('IN')} daal dena")


@T("personal_hr", "occ_health", 1)
def _(c, i):
    p, d = c.person("GB"), c.person("GB", "IE")
    return (f"Summarise this for the line manager WITHOUT the medical detail, just what adjustments they need to make "
            f"and when to check in:\n\n"
            f"Occupational Health report – {p.N} (Employee ID 20931)\nMRN: {MRN('448291077')}\n"
            f"Seen: 4 Feb by Dr {d.F}\nSummary: recovering from lumbar disc prolapse. Phased return over 4 weeks "
            f"(50/75/75/100%), no lifting over 5 kg, sit-stand desk recommended, review in 6 weeks.\n"
            f"Queries to: {d.em('healthassured.co.uk', 'gf')}")

# ---------------------------------------------------------------- IT helpdesk

@T("personal_it", "ad_lockout", 3, lower=(2,))
def _(c, i):
    if i == 0:
        p = c.person("PL", "CZ", "SK")
        return (f"User keeps getting locked out every ~20 min. Here's what I see in the DC event log, what's causing it?\n\n"
                f"Event 4740 – A user account was locked out.\n  Account Name: {p.h('gf')}\n  Account Domain: VELTARA\n"
                f"  Caller Computer Name: LT-WRO-0412\n"
                f"Event 4625 – An account failed to log on.\n  Account Name: {p.h('gf')}\n  Failure Reason: Unknown user name or bad password.\n"
                f"  Source Network Address: {IPA('10.41.7.88')}\n\n"
                f"User is {p.N} from Procurement, changed password on Monday. Mobile {c.phone(p.cc)} if we need to call.")
    if i == 1:
        p, col = c.person("DE", "AT", "CH"), c.person("DE", "AT", "CH")
        return (f"Hello, I become always the message \"Your account has been locked\" when I try to login in SAP GUI and "
                f"Outlook since this morning. My user is VELTARA\\{p.h('fg')}. Can you write me what I must send to the "
                f"service desk so they reset it fast? My colleague {col.N} has the same problem since the update yesterday.")
    p = c.person("FI", "DK", "NO", "SE", "EE")
    return (f"ticket text from user below, summarise + suggest next steps for L1:\n\n"
            f"\"Hi, my laptop says 'The trust relationship between this workstation and the primary domain failed'. "
            f"I'm working from home, my IP is {IPA('84.248.117.203')} if that helps. Tried restarting 3 times. "
            f"I'm {p.N}, mobile {c.phone(p.cc)}, please call before 15:00 CET\"")


@T("personal_it", "vpn_log", 2, lower=(0,))
def _(c, i):
    if i == 0:
        a, b = c.person("DE"), c.person("DE", "AT")
        return (f"why does the VPN keep dropping for these two? GlobalProtect logs:\n\n"
                f"2025-02-11 08:14:22 GP-GW-FRA user=VELTARA\\{a.h('gf')} src={IPA('91.64.203.17')} event=tunnel-established client=6.2.3\n"
                f"2025-02-11 08:31:07 GP-GW-FRA user=VELTARA\\{a.h('gf')} src={IPA('91.64.203.17')} event=tunnel-down reason=keepalive-timeout\n"
                f"2025-02-11 08:31:40 GP-GW-FRA user=VELTARA\\{b.h('gf')} src={IPA('178.115.42.9')} event=tunnel-established client=6.1.4\n"
                f"2025-02-11 08:52:03 GP-GW-FRA user=VELTARA\\{b.h('gf')} src={IPA('178.115.42.9')} event=tunnel-down reason=keepalive-timeout\n\n"
                f"Both on cable internet at home if that matters.")
    ps = c.people(3, notcc=("DE",))
    ips = ["81.102.44.230", "122.171.9.64", "189.6.213.77"]
    lines = "\n".join(
        f"%ASA-4-113019: Group = VELTARA-RA, Username = {p.h('g.f')}, IP = {IPA(ip)}, Session disconnected. "
        f"Session Type: SSL, Duration: 0h:{17 + 9 * k}m:0{k}s, Reason: Idle Timeout" for k, (p, ip) in enumerate(zip(ps, ips)))
    return f"parse this into a table (user, IP, duration, reason) and tell me if idle timeout is configured too short:\n\n{lines}"


@T("personal_it", "ad_csv", 3, lower=(2,))
def _(c, i):
    if i == 0:
        ps = c.people(3, "DE", "AT", "TR", "IT")
        out = []
        for p, t in zip(ps, ["Accountant", "Controller", "AP Clerk"]):
            out.append(f"{p.G},{p.F},Finance,{t},{p.em()},{c.phone(p.cc)}")
        return ("Write a PowerShell script that creates AD users from this CSV (New-ADUser), puts them in "
                "OU=Users,OU=Munich,DC=veltara,DC=local and sets the UPN to the email. Sample:\n\n"
                "GivenName,Surname,Department,Title,Email,Mobile\n" + "\n".join(out))
    if i == 1:
        ps = [c.person("GB", "US"), c.named("Nurul Aisyah binti Rosli"), c.person("IN")]
        out = []
        for p in ps:
            sam = p.local("g.f") if p.key != "Nurul Aisyah binti Rosli" else "nurulaisyah.bintirosli"
            out.append(f"{P(p.full)};{P(sam)};{p.em()}")
        return ("the import fails on row 3 with 'The name provided is not a properly formed account name'. why? "
                "rows:\n\nDisplayName;sAMAccountName;UserPrincipalName\n" + "\n".join([out[0], out[2], out[1]]))
    ps = c.people(3, "US", "CA", "MX", "BR")
    out = "\n".join(f"{p.G},{p.F},{p.em()},{t}" for p, t in zip(ps, ["Austin", "Montreal", "Monterrey"]))
    return ("convert this csv to the json format okta's bulk import wants (profile.firstName etc). keep the office as a "
            "custom attribute called officeLocation\n\nfirst,last,email,office\n" + out)


@T("personal_it", "cz_predavaci", 1, lang="cs")
def _(c, i):
    p, it = c.person("CZ", "SK"), c.person("CZ")
    return (f"Potřebuju z toho udělat předávací protokol k notebooku, ať to má hlavu a patu a dá se to podepsat:\n\n"
            f"zaměstnanec: {p.N}\nosobní číslo: 30217\noddělení: účetnictví, Brno\n"
            f"notebook Lenovo ThinkPad T14 Gen 4, SN PF4K2M7Q + nabíječka, myš Logitech, dokovací stanice\n"
            f"předává: {it.N} (IT), {it.em()}\nkontakt na zaměstnance: {c.phone(p.cc)}\ndatum předání 3. 3.")


@T("personal_it", "jira_thread", 2, lower=(1,))
def _(c, i):
    if i == 0:
        a, b, d = c.person("GB", "IE", "IN"), c.person("IN"), c.person("GB", "IE")
        return (f"Summarise this Jira thread for the weekly IT ops report (2-3 lines, no blame):\n\n"
                f"ITOPS-4127 Shared mailbox ap-invoices@ not receiving from Coupa\n"
                f"{a.N} – 12/Feb/25 9:02 AM\nCoupa says delivered, nothing in the mailbox. [~{b.h('g.f')}] can you check the transport rules?\n"
                f"{b.N} – 12/Feb/25 10:40 AM\nFound it, the Mimecast policy was quarantining .xml attachments since Friday's change. Released 214 messages.\n"
                f"{d.N} – 13/Feb/25 8:15 AM\n[~{b.h('g.f')}] thanks! [~{a.h('g.f')}] please confirm AP can see them, then I'll close.")
    a, b = c.person("PL", "CZ"), c.person("US", "CA")
    return (f"turn this Slack thread into a proper incident note (timeline, impact, root cause, follow-ups):\n\n"
            f"{a.h('g.f')}  07:58\nTeams meetings failing for everyone in the Wrocław office, audio drops after 30s\n"
            f"{b.h('g.f')}  08:04\n@{a.h('g.f')} is it only wifi or also wired?\n"
            f"{a.h('g.f')}  08:05\nboth. started after the Fortinet firmware push last night\n"
            f"{b.h('g.f')}  08:40\nrolled back FortiOS to 7.2.8, looks ok now. {a.G} can you ask people to rejoin?")


@T("personal_it", "mailbox_access", 1, lower=(0,))
def _(c, i):
    a, b, d = c.person(), c.person(sex="f"), c.person()
    return (f"How do I give {a.h('g.f')} full access + send as on {b.N}'s mailbox in Exchange Online? {b.G} left last "
            f"Friday and her manager wants to keep reading it for 30 days. Also set an auto reply pointing people to "
            f"{d.em()}")


@T("personal_it", "ja_mfa", 1, lang="ja")
def _(c, i):
    p, m = c.person("JP"), c.person("JP")
    return (f"Sumimasen, MFA no settei o yarinaoshitai no desu ga, Microsoft Authenticator o atarashii sumaho ni "
            f"ikou suru houhou o oshiete kudasai. Watashi no account wa {p.em()} de, shain bangou wa 70412 desu. "
            f"Mae no keitai bangou ({c.phone('JP')}) wa mou tsukaemasen. Joushi no {m.F}-san ni mo CC shitai node, "
            f"IT ni irai suru meeru no bunshou mo tsukutte moraemasu ka.")


@T("personal_it", "mobile_order", 2)
def _(c, i):
    if i == 0:
        ps = c.people(3, "GB")
        return (f"Make this into a clean table for the Vodafone order form (name, cost centre, number to port, device):\n\n"
                f"- {ps[0].N} – CC 2210 – port {c.phone('GB')} – iPhone 15 128GB\n"
                f"- {ps[1].N} – CC 2210 – new number – Samsung Galaxy A55\n"
                f"- {ps[2].N} – CC 3105 – port {c.phone('GB')} – iPhone 15\nThanks!!")
    ps = c.people(4, "KE")
    return (f"Our Nairobi office needs 3 Safaricom lines moved to the corporate plan. Write the email to our Safaricom "
            f"account manager {ps[3].N}: the numbers are {c.phone('KE')} ({ps[0].N}), {c.phone('KE')} ({ps[1].N}) "
            f"and {c.phone('KE')} ({ps[2].N}). Billing to Veltara Kenya Ltd, PIN on file.")


@T("personal_it", "nl_vpn", 1, lang="nl")
def _(c, i):
    p = c.person("NL", "BE", sex="f")
    return (f"Kun je dit ticket wat netter opschrijven voor de servicedesk? Mijn collega {p.N} kan sinds gisteren "
            f"thuis niet meer inloggen op de VPN, ze krijgt foutcode 809. Ze zit op Ziggo, haar IP is volgens "
            f"whatismyip {IPA('84.85.131.246')}. Laptop is een Dell Latitude 5440, assetnummer NL-EHV-0387. "
            f"Ze is bereikbaar op {c.phone(p.cc)}.")

# ---------------------------------------------------------------- finance

@T("personal_finance", "expense_review", 2, lower=(1,))
def _(c, i):
    if i == 0:
        me, c1, c2, col = c.person("IT", "FR", "DE"), c.person("IT"), c.person("IT"), c.person("IT", "FR", "DE")
        return (f"Does this expense claim break our policy? (max €120 pp for client dinners, alcohol only with the "
                f"client present). Claim by {me.N}:\n\n"
                f"Date | Description | Amount | Attendees\n"
                f"14/01 | Dinner, Ristorante Da Vittorio | 642.00 EUR | {me.G}, {c1.N} (Pirelli), {c2.N} (Pirelli), {col.N}\n"
                f"15/01 | Taxi Malpensa–Hotel | 95.00 EUR | –\n15/01 | Minibar | 38.50 EUR | –")
    ps = c.people(5, "GB", "IE")
    names = ", ".join(p.G for p in ps[1:])
    return (f"My manager rejected this line, can you help me write a short justification? It was a leaving do.\n\n"
            f"'Team lunch – Nando's Canary Wharf – £212.40 – {ps[0].G}, {names}, me – farewell for {ps[0].G} "
            f"(8 yrs in Credit Control)'")


@T("personal_finance", "bank_change_check", 3)
def _(c, i):
    cc, role, bic, old = [("IE", "Freelance Interpreter (IT/EN/FR)", "BOFIIE2D", "AIB"),
                          ("GB", "Photographer – events & headshots", "BARCGB22", "Monzo"),
                          ("AT", "Trainerin & Moderatorin", "BKAUATWW", "Erste Bank")][i]
    p = c.person(cc)
    dom = {"IE": "gmail.com", "GB": "outlook.com", "AT": "gmx.at"}[cc]
    return (f"Is this a phishing red flag? What should our AP clerk check before changing the vendor master in SAP?\n\n"
            f"From: {p.N} <{p.em(dom)}>\nTo: ap-emea@{CORP}\n"
            f"Subject: URGENT change of bank details\n\nDear Accounts Payable,\n"
            f"Please note that from this month my invoices should be paid into my new account:\n"
            f"IBAN {IB(spaced(IBANS[cc]))}\nBIC {bic}\nThe old account at {old} will be closed on Friday. Please confirm by return.\n"
            f"Kind regards,\n{p.N}\n{role}\n{c.phone(cc)}")


@T("personal_finance", "fr_note_de_frais", 2, lang="fr")
def _(c, i):
    if i == 0:
        col, c1, c2 = c.person("FR", "BE", sex="m"), c.person("FR"), c.person("FR", "BE")
        return (f"Tu peux m'aider à rédiger un mail à {col.G} pour lui expliquer pourquoi sa note de frais est bloquée ? "
                f"Il manque les justificatifs du dîner du 12/02 avec {c1.N} et {c2.N} (client Decathlon), et le péage "
                f"Lyon–Grenoble n'est pas passé sur la carte Amex. Reste sympa, c'est un bon collègue.")
    a, b = c.person("FR", "BE", sex="f"), c.person("FR", "MA")
    return (f"Résume-moi ce fil en 3 points et dis-moi ce que je dois faire :\n\n"
            f"> De : {a.N}\n> Objet : RE: Avance sur frais – déplacement Casablanca\n"
            f"> {b.G}, j'ai bien reçu ta demande d'avance de 800 €. Sans ordre de mission signé par ton manager "
            f"je ne peux pas la valider. Dès que c'est fait, le virement part sous 48 h.\n"
            f"> Cordialement,\n> {a.N}\n> Contrôleuse de gestion – Veltara France\n> {c.phone('FR')}")


@T("personal_finance", "names_in_formula", 3, lower=(1,))
def _(c, i):
    if i == 0:
        ps = [c.person("CZ", "PL", "DE"), c.person("FR", "ES", "PT"), c.person("DK", "FI", "IS", "NO")]
        return (f"This VLOOKUP returns #N/A for some people even though they're clearly in the headcount tab. "
                f"Formula: =VLOOKUP(A2,'HC Feb'!A:F,4,FALSE)\n\nA2 values that fail:\n{ps[0].N}\n{ps[1].N} \n{ps[2].N}\n\n"
                f"Could it be the accents? The HC file comes from Workday as CSV.")
    if i == 1:
        ps = c.people(3, "GB", "US", "ZA", "AU")
        return (f"need a formula that splits 'Surname, Given' into two columns (Excel 365, TEXTBEFORE ok). examples:\n"
                f"{ps[0].FG}\n{ps[1].FG}\n{ps[2].FG}")
    ps = c.people(5, "IN", "SG")
    m1, m2 = ps[3], ps[4]
    return (f"want total bonus per manager from this, pivot or SUMIFS whichever is easier:\n\n"
            f"employee,manager,bonus_inr\n{ps[0].N},{m1.N},180000\n{ps[1].N},{m1.N},145000\n{ps[2].N},{m2.N},210000\n"
            f"{m1.N},{m2.N},390000")


@T("personal_finance", "card_in_transcript", 2)
def _(c, i):
    if i == 0:
        p, ag = c.person("US", "CA", sex="f"), c.person("IE", "GB")
        return (f"Customer read her full card number into the chat (below). I need to (1) refund the duplicate 49.99 "
                f"and (2) know what to do about PCI now that it's sitting in Zendesk.\n\n"
                f"Customer ({p.N}): hi i was charged twice for the annual plan\n"
                f"Agent ({ag.G}): So sorry about that! Can you confirm the last 4 digits of the card?\n"
                f"Customer ({p.N}): its {CC(spaced(CARDS[0]))} exp 09/27")
    p = c.person("PT", "ES", "BR", sex="m")
    return (f"A guest at our Lisbon offsite paid the hotel deposit on his own card by mistake. The hotel sent us this: "
            f"'Cardholder: {P(fold(p.full).upper())} – Card: {CC(CARDS[2])} – Amount: EUR 1.240,00'. How do we reimburse him "
            f"properly, via payroll or AP? He's an external speaker, not an employee.")


@T("personal_finance", "fi_lasku", 1, lang="fi")
def _(c, i):
    p = c.person("FI")
    a = c.addr("FI")
    return (f"Voitko kirjoittaa tästä selkeän sähköpostin ostoreskontraan? Freelancer lähetti laskun ilman "
            f"viitenumeroa ja pyytää maksua uudelle tilille.\n\n"
            f"Laskuttaja: {p.N}\nOsoite: {a.one()}\nPuh. {c.phone('FI')}\n"
            f"Tilinumero: {IB(spaced(IBANS['FI']))}\nSumma 1 860,00 € (alv 0 %, ei alv-velvollinen)\n"
            f"Eräpäivä 28.2.")


@T("personal_finance", "es_autonoma", 1, lang="es")
def _(c, i):
    p = c.person("ES", sex="f")
    return (f"¿Me ayudas a redactar una respuesta a este correo? Es una autónoma que nos hace las traducciones y se "
            f"queja de que llevamos 60 días sin pagarle. Quiero disculparme sin comprometer fecha exacta.\n\n"
            f"> Hola, soy {p.N}. Os escribo otra vez porque la factura F-2025-014 sigue sin pagar. La cuenta es la "
            f"misma de siempre: {IB(spaced(IBANS['ES']))}. Si no recibo el pago esta semana tendré que reclamar los "
            f"intereses de demora según la Ley 3/2004.\n> Un saludo,\n> {p.N}\n> NIF {NID(IDS['ES_DNI'])} · {c.phone('ES')}")

# ---------------------------------------------------------------- legal

@T("personal_legal", "nda_individual", 2)
def _(c, i):
    cc = ["PT", "FR"][i]
    p = c.person(cc)
    a = c.addr(cc)
    return (f"Fill in the party details in this NDA clause for an individual consultant and tell me if anything is "
            f"missing for a natural person (vs a company):\n\n"
            f"THIS AGREEMENT is made on [DATE] between (1) Veltara Europe B.V., Strawinskylaan 411, Amsterdam "
            f"(\"Company\") and (2) [CONSULTANT NAME] of [ADDRESS] (\"Consultant\").\n\n"
            f"Consultant: {p.N}\nAddress: {a.one()}\nEmail: {p.em('gmail.com')}\nPhone: {c.phone(cc)}")


@T("personal_legal", "dsar", 3)
def _(c, i):
    if i == 0:
        p, rep = c.person("GB"), c.person("GB", "IE")
        a = c.addr("GB")
        return (f"We got this DSAR through the website form. Draft an acknowledgement (we have one month) and list the "
                f"systems we need to search (Salesforce, Zendesk, Workday, Gong recordings):\n\n"
                f"Name: {p.N}\nEmail: {p.em('btinternet.com', 'gf')}\nDate of birth: {c.dob('GB', 'long')}\n"
                f"Address: {a.one()}\n"
                f"Request: \"I want copies of all personal data you hold on me including call recordings and the notes "
                f"your sales rep {rep.N} made about me after the demo in November.\"")
    if i == 1:
        p = c.person("ES")
        return (f"A Spanish customer sent this (in English). Can we ask for a copy of the DNI before answering, or is "
                f"that excessive under the AEPD guidance?\n\n"
                f"\"Hello, I am {p.N}, DNI {NID(IDS['ES_DNI2'])}. I request the deletion of all my data under article 17 "
                f"GDPR. You keep sending newsletters to {p.em('hotmail.es', 'g_f')} although I unsubscribed twice. "
                f"Contact me at {c.phone('ES')} if you need.\"")
    p = c.person("DE")
    return (f"Need a reply to this Auskunftsersuchen in English AND German, formal. Deadline tracker says 12 March.\n\n"
            f"Sehr geehrte Damen und Herren,\nhiermit verlange ich Auskunft nach Art. 15 DSGVO über alle zu meiner Person "
            f"gespeicherten Daten.\n{p.N}\ngeb. {c.dob('DE')}\n{c.addr('DE').block()}\nKundennummer 7731-0482")


@T("personal_legal", "dispute_thread", 3, lower=(2,))
def _(c, i):
    if i == 0:
        ex, hr, m = c.person("US", sex="m"), c.person("US"), c.person("US")
        return (f"Summarise this thread for outside counsel (neutral, facts only, timeline):\n\n"
                f"From: {hr.N}\nTo: Legal\nRe: {ex.N} – final paycheck\n"
                f"{ex.G} says the commission for the Q4 Medtronic deal wasn't included. {m.N} (his manager) confirms the "
                f"deal closed 12/29 but the comp plan says payable only if employed on the payout date (2/15). "
                f"He left 1/31. His lawyer's letter mentions the Illinois Wage Payment and Collection Act.\n"
                f"> From: {ex.N} <{ex.em('gmail.com', 'gf_')}>\n> I expect the $38,400 to be paid within 14 days.")
    if i == 1:
        ex, m = c.person("FR", sex="f"), c.person("FR")
        return (f"Can you summarise this for our UK legal team in English? Contexte: rupture conventionnelle that went wrong.\n\n"
                f"Mme {ex.F} conteste le montant de l'indemnité spécifique. Selon elle, {m.N} lui aurait promis oralement "
                f"6 mois de salaire lors de l'entretien du 9 janvier. Elle a saisi le conseil de prud'hommes de Lyon. "
                f"Son avocat demande la communication des échanges Teams entre {m.G} et elle.")
    ex, w = c.person("IN", sex="m"), c.person("IN")
    return (f"rewrite this note more neutrally before it goes in the file, its too emotional:\n\n"
            f"spoke to {ex.N} again today. he is refusing to return the laptop until his F&F is settled, which is "
            f"frankly ridiculous. {w.N} from IT called him twice on {c.phone('IN')}, no answer. we will send a legal "
            f"notice to his address on record if nothing by friday.")


@T("personal_legal", "pt_titular", 1, lang="pt")
def _(c, i):
    p = c.person("BR")
    a = c.addr("BR")
    return (f"Preciso responder a esse pedido de titular (LGPD, art. 18). Pode montar uma resposta formal e me dizer o "
            f"prazo que a ANPD considera razoável?\n\n"
            f"\"Prezados, meu nome é {p.N}, CPF {NID(IDS['BR_CPF'])}. Solicito confirmação da existência de tratamento "
            f"e acesso aos meus dados. Endereço para correspondência:\n{a.block()}\n"
            f"Telefone {c.phone('BR')}. Att.\"")


@T("personal_legal", "investigation_notes", 2, lower=(1,))
def _(c, i):
    if i == 0:
        a, b, w = c.person("AE", sex="f"), c.person("AE", sex="m"), c.person("AE", "IN")
        return (f"Turn these interview notes into a structured investigation summary (allegation, evidence, witness "
                f"accounts, open questions). Don't draw conclusions.\n\n"
                f"- Complainant: {a.N}, Sales Ops\n- Respondent: {b.N}, Regional Sales Director\n"
                f"- {a.G} says {b.G} shouted at her in the 3 Feb pipeline call and copied the whole team on an email calling her 'useless'\n"
                f"- Witness {w.N} confirms the email, didn't attend the call\n- {b.G} says it was 'banter' and he apologised on WhatsApp")
    a, b = c.person("MX", "CO", "CL", "AR", sex="m"), c.person("MX", "PE", "CO")
    return (f"Help me structure the notes from the whistleblowing hotline call (Spanish speaker, my translation):\n\n"
            f"caller reports that {a.N} (warehouse supervisor, Monterrey) accepts gifts from a transport supplier. "
            f"saw him receive a box at the gate on 21 Jan. caller thinks {b.N} from Compras also knows. "
            f"caller wants to stay anonymous, gave a callback number {c.phone('MX')}")

# ---------------------------------------------------------------- sales

@T("personal_sales", "thread_followup", 4)
def _(c, i):
    if i == 0:
        cu, me = c.person("DE", "AT", "CH"), c.person("GB", "IE")
        return (f"Draft a follow-up to this, they went quiet after the pricing call. Friendly nudge, offer a 20-min slot next week.\n\n"
                f"From: {cu.N} <{cu.em('knorr-bremse.com')}>\nSent: 28 January 2025 11:02\n"
                f"Subject: RE: Veltara Sense – pilot proposal Munich site\n\n"
                f"Hi {me.G},\nthanks for the proposal. We need to align internally with our CFO before we can commit to the pilot. "
                f"I'll come back to you.\n\nBest regards / Mit freundlichen Grüßen\n{cu.N}\nHead of Facility Management\n"
                f"T {c.phone(cu.cc)}")
    if i == 1:
        cu, me = c.person("JP", sex="f"), c.person("SG", "AU")
        return (f"Reply to this in a polite way, she's asking for a discount we can't give. Offer extended payment terms instead.\n\n"
                f"> Dear {me.G}-san,\n> Thank you for your quotation. Our management asks if 15% discount is possible "
                f"because our budget for this fiscal year is limited.\n> Best regards,\n> {cu.N}\n> Procurement Dept., Nagoya\n"
                f"> {cu.em('toyota-tsusho.com', 'g.f')} / {c.phone('JP')}")
    if i == 2:
        cu, col, me = c.person("BR"), c.person("BR", "AR"), c.person("US", "MX")
        return (f"summarise the thread and write next steps for the CRM:\n\n"
                f"On Mon, Feb 10, {cu.N} wrote:\n> Olá {me.G}, the legal team approved the DPA. We still need the SOC 2 "
                f"report before signing. Can you send to me and {col.N} ({col.em('natura.net', 'g.f')})?\n"
                f"> Abraço,\n> {cu.G}\n> {c.phone('BR')}")
    cu, me = c.person("ZA", "KE", "NG", "GH"), c.person("ZA", "GB")
    return (f"Can you make my reply shorter and more confident? Mine is below the customer's mail.\n\n"
            f"CUSTOMER: Hi {me.G}, our CIO wants to know why you are 30% more expensive than Siemens. {cu.G}\n\n"
            f"MINE: Hi {cu.G}, thanks so much for getting back to me and sorry for the delay, I was travelling. "
            f"I totally understand the question and I think it's a fair one, there are a few reasons why...\n\n"
            f"--\n{cu.N} | IT Director | {c.phone(cu.cc)}")


@T("personal_sales", "crm_csv_clean", 2)
def _(c, i):
    ps = c.people(4, notcc=("JP",))
    if i == 0:
        rows = (f"{ps[0].N},{ps[0].em('gmail.com')},Acme Logistics,lead\n"
                f"{P(ps[1].full.upper())},{EM(ps[1].local('g.f').upper() + '@HOTMAIL.COM')},ACME LOGISTICS LTD,LEAD\n"
                f"{P(ps[1].full.lower())},{EM(ps[1].local('g.f') + '@hotmail.com')},acme logistics,mql\n"
                f"{ps[2].N},{ps[2].em('yahoo.com', 'gf')},Nordwind GmbH,lead\n"
                f"{ps[3].N} ,{ps[3].em('outlook.com')},Nordwind,sql")
        return ("clean this HubSpot export: fix capitalisation, dedupe (same email = same person), normalise company "
                "names, output as CSV again\n\nname,email,company,stage\n" + rows)
    return (f"Merge these two lists and flag anyone who is in both but with a different phone:\n\n"
            f"LIST A (trade show scans)\n{ps[0].N}; {c.phone(ps[0].cc)}\n{ps[1].N}; {c.phone(ps[1].cc)}\n{ps[2].N}; {c.phone(ps[2].cc)}\n\n"
            f"LIST B (Salesforce)\n{ps[1].N}; {c.phone(ps[1].cc)}\n{ps[3].N}; {c.phone(ps[3].cc)}")


@T("personal_sales", "call_transcript", 2)
def _(c, i):
    if i == 0:
        ae, cu = c.person("GB", "NL"), c.person("NL", "BE")
        return (f"Summarise this discovery call excerpt into MEDDICC fields:\n\n"
                f"[00:02:11] {ae.G}: So who else would be involved in the decision?\n"
                f"[00:02:15] {cu.G}: Well, me as the facilities lead, and then {P('Pieter')}... sorry, {c.person('NL', 'BE', sex='m').N} "
                f"from finance, he owns the budget.\n"
                f"[00:02:31] {ae.G}: And timing?\n[00:02:33] {cu.G}: We want sensors in the Eindhoven building before the summer, "
                f"the lease renewal is in September.")
    ae, cu = c.person("US"), c.person("US", "CA")
    return (f"make a short call recap email from this gong transcript bit, and list the objections:\n\n"
            f"{ae.CAPS}: Thanks for jumping on, {cu.G}. Last time you mentioned Honeywell was the incumbent?\n"
            f"{cu.CAPS}: Yeah, we've got Honeywell in 40 buildings, nobody's thrilled but switching is a pain.\n"
            f"{ae.CAPS}: Totally. What would make it worth it?\n{cu.CAPS}: Honestly, if you can integrate with ServiceNow out of the box.")


@T("personal_sales", "es_acta", 1, lang="es")
def _(c, i):
    a, b, d = c.person("MX"), c.person("MX", "CO"), c.person("MX", "ES")
    return (f"Pásame esto en limpio como acta de reunión con acuerdos y responsables:\n\n"
            f"reunión con Cemex 13/02, asistentes: {a.N} (gerente de mantenimiento), {b.N} (compras), por nuestra parte "
            f"{d.N} y yo\n- quieren piloto en planta de Monterrey, 200 sensores\n- {b.G} pide precio en MXN y factura CFDI 4.0\n"
            f"- {d.G} manda propuesta el viernes\n- siguiente llamada 27/02")


@T("personal_sales", "linkedin_msg", 2, lower=(1,))
def _(c, i):
    if i == 0:
        p = c.person("PT", "ES", "IE", sex="f")
        return (f"Write a LinkedIn message to {p.N}, we met at Web Summit in Lisbon at the smart buildings panel. "
                f"She's Head of Sustainability at Sonae. Mention the ESG reporting angle, not a hard sell, under 80 words.")
    p, m = c.person("TR", "GR", "RO", "BG", "RS", "HR", sex="m"), c.person("TR", "GR", "AE")
    return (f"need a short LinkedIn InMail to {p.N}, he just became CTO at a logistics company in Istanbul. "
            f"mutual connection is {m.N} who used to work with us. keep it casual")


@T("personal_sales", "it_messaggio", 1, lang="it")
def _(c, i):
    cu = c.person("IT")
    return (f"Mi aiuti a rispondere a questo messaggio del cliente in modo professionale? Vorrei proporre una call "
            f"giovedì.\n\n\"Buongiorno, sono {cu.N} di Brembo. Abbiamo ricevuto l'offerta ma non è chiaro se "
            f"l'installazione dei sensori è inclusa. Mi può chiamare al {c.phone('IT')}? Grazie, {cu.G}\"")


@T("personal_sales", "pt_whatsapp", 2, lang="pt")
def _(c, i):
    if i == 0:
        cu, me = c.person("BR"), c.person("BR")
        return (f"Transforma essa conversa do WhatsApp num resumo pro CRM (Salesforce), com próximos passos:\n\n"
                f"[10/02 09:14] {cu.N}: Bom dia {me.G}! Recebi a proposta, o diretor gostou\n"
                f"[10/02 09:15] {cu.N}: Só precisa ver se dá pra parcelar em 6x\n"
                f"[10/02 09:40] {me.N}: Bom dia! Vou confirmar com o financeiro e te retorno hoje\n"
                f"[10/02 17:02] {cu.N}: Beleza, meu email é {cu.em('uol.com.br', 'g_f')}")
    cu = c.person("PT", sex="m")
    return (f"Podes melhorar este email para um cliente em Portugal? Está muito seco.\n\n"
            f"\"Caro {cu.G},\nSegue a proposta. O preço é final. Aguardo resposta até sexta.\n"
            f"Cumprimentos\"\n\n(ele é {cu.N}, diretor de operações da Jerónimo Martins, telemóvel {c.phone('PT')})")

# ---------------------------------------------------------------- procurement

@T("personal_procurement", "sole_trader_form", 3)
def _(c, i):
    if i == 0:
        p = c.person("ES")
        a = c.addr("ES")
        return (f"Check this supplier onboarding form from a freelance (autónomo) for anything missing before I submit it "
                f"in Coupa:\n\nSupplier type: Individual / sole trader\nLegal name: {p.N}\nNIF: {NID('52918374C')}\n"
                f"Registered address: {a.one()}\nBank: {IB(spaced(IBANS['ES2']))}\nContact: {p.em('gmail.com')} / {c.phone('ES')}\n"
                f"Services: Spanish copywriting for the LATAM website\nPayment terms: 30 days")
    if i == 1:
        p = c.person("IN", sex="m")
        a = c.addr("IN")
        pan = "AFTP" + fold(p.f)[0].upper() + "3309L"
        return (f"vendor creation request for a consultant in india, is PAN enough or do we also need GST if he's below "
                f"the threshold? details:\n\nName: {p.N}\nPAN: {NID(pan)}\nAddress: {a.one()}\n"
                f"Bank: HDFC Bank, A/c 50100418827391, IFSC HDFC0001742\nMobile: {c.phone('IN')}\nEmail: {p.em('gmail.com', 'g.f')}")
    p = c.person("PT")
    a = c.addr("PT")
    return (f"Translate this supplier form into English for the shared services centre in Kraków and flag missing fields:\n\n"
            f"Nome: {p.N}\nNIF: {NID(IDS['PT_NIF'])}\nMorada: {a.one()}\nIBAN: {IB(spaced(IBANS['PT']))}\n"
            f"Atividade: formação em Excel e Power BI (trabalhador independente, recibos verdes)\nTelemóvel: {c.phone('PT')}")


@T("personal_procurement", "polite_po_mail", 2)
def _(c, i):
    if i == 0:
        s = c.person("CN", "TW", "HK", sex="f")
        return (f"Make this more polite, the supplier is a long-term partner and I don't want to burn the relationship:\n\n"
                f"\"{s.G}, PO 4500218834 is 3 weeks late AGAIN. This is unacceptable. If the 2,000 PCBs are not shipped by "
                f"Friday we will cancel and move to another supplier. Confirm today.\"\n\n"
                f"(her email is {s.em('163.com', 'g')} if you want to draft the full thing)")
    s, me = c.person("TR", "RO", "HU", "BG"), c.person("DE", "NL")
    return (f"English is not my first language and also not for the supplier. Please rewrite simple and clear:\n\n"
            f"\"Dear {'Mr.' if s.sex == 'm' else 'Ms.'} {s.F}, regarding to our phone call from yesterday I want to inform that we can accept the new "
            f"price only when you are holding it until end of the year. Otherwise we must make new tender. "
            f"Please give feedback until 20.02. Best regards {me.N}\"")


@T("personal_procurement", "pl_dostawca", 1, lang="pl")
def _(c, i):
    p, me = c.person("PL", sex="f"), c.person("PL")
    a = c.addr("PL")
    pesel, _d = IDS["PL_PESEL_F"]
    return (f"Napisz uprzejmego maila do dostawczyni, że brakuje danych na fakturze i nie możemy jej zaksięgować. "
            f"Ona prowadzi jednoosobową działalność.\n\n"
            f"Na fakturze jest: {p.N}, {a.one()}, nr konta {IB(IBANS['PL2'])}, tel. {c.phone('PL')}.\n"
            f"Brakuje NIP-u, jest tylko PESEL {NID(pesel)} – czy to w ogóle wolno tak podawać? Podpisz jako {me.N}, dział zakupów.")


@T("personal_procurement", "rfq_contacts", 3, lower=(2,))
def _(c, i):
    if i == 0:
        ps = c.people(3, "DE", "NL", "CZ", "PL")
        rows = "\n".join(f"| {co} | {p.N} | {c.phone(p.cc)} | {p.em(dom, 'gf')} |"
                         for co, dom, p in zip(["Würth", "Rittal", "Phoenix Contact"],
                                               ["wuerth.com", "rittal.de", "phoenixcontact.com"], ps))
        return ("Turn this into an RFQ email I can send to all three in BCC, plus a short intro line per supplier:\n\n"
                "| Supplier | Contact | Phone | Email |\n|---|---|---|---|\n" + rows)
    if i == 1:
        ps = c.people(3, "IN", "SG", "AE")
        return (f"Which of these contacts should get the RFQ for the Pune fit-out? Facilities said: only suppliers "
                f"with an India entity.\n\n1. {ps[0].N}, Godrej Interio, {c.phone(ps[0].cc)}\n"
                f"2. {ps[1].N}, Steelcase APAC, {c.phone(ps[1].cc)}\n3. {ps[2].N}, Haworth Middle East, {c.phone(ps[2].cc)}")
    ps = c.people(2, "DK", "NO", "SE", "FI")
    return (f"quick one: write a reminder to {ps[0].N} and {ps[1].N} that the RFQ for the Aarhus canteen coffee machines "
            f"closes friday 12:00 CET, and answers go into Ariba not email")


@T("personal_procurement", "da_leverandor", 1, lang="da")
def _(c, i):
    p = c.person("DK")
    a = c.addr("DK")
    return (f"Kan du skrive en kort mail til {p.G} om, at vi har brug for en ny faktura? Den første er sendt til den "
            f"forkerte enhed (Veltara ApS i stedet for Veltara Nordic A/S).\n\n"
            f"Leverandør: {p.N}, enkeltmandsvirksomhed, {a.one()}\nTlf. {c.phone('DK')} · {p.em('mail.dk')}")

# ---------------------------------------------------------------- facilities

@T("personal_facilities", "visitor_list", 2)
def _(c, i):
    if i == 0:
        vs, host = c.people(4, notcc=("GB",)), c.person("GB")
        lines = "\n".join(f"{v.N} – {co}" for v, co in zip(vs, ["Accenture", "Accenture", "Schneider Electric", "JLL"]))
        return (f"Format this as a visitor list for reception (alphabetical by surname, with a column for badge no.):\n\n"
                f"Visitors Thursday 20 Feb, host {host.N}, Floor 6 boardroom\n{lines}")
    vs = c.people(3, "JP", "KR", "CN")
    return (f"Please make a welcome sign for the lobby screen and a visitor list for security. Guests from Panasonic "
            f"tomorrow 10:00: {vs[0].N}, {vs[1].N}, {vs[2].N}. Sign should say \"Welcome Panasonic\" only, no names. "
            f"Security needs names exactly as in passports.")


@T("personal_facilities", "parking", 2, lower=(1,))
def _(c, i):
    if i == 0:
        ps = c.people(3, "ZA")
        return (f"We have 12 bays at the Joburg office and 19 requests. Write a fair allocation rule (blue badge first, "
                f"then shift workers) and an email to the three people who lost their bay: {ps[0].N}, {ps[1].N}, "
                f"{ps[2].N}. Also say the Rosebank Gautrain parking has monthly deals.")
    p = c.person("IE", "GB", sex="f")
    return (f"someone parked in the ev charger bay all day again. registration belongs to {p.N} (checked with reception). "
            f"write a friendly but firm note, and cc facilities-dublin@. her mobile is {c.phone(p.cc)} if i should text instead")


@T("personal_facilities", "chair_delivery", 2)
def _(c, i):
    ccs = [("AU", "FI", "CZ"), ("CA", "MX", "SG")][i]
    ps = [c.person(cc) for cc in ccs]
    blocks = "\n".join(f"- {p.N} | {c.addr(p.cc).one()} | {c.phone(p.cc)}" for p in ps)
    return (f"Ergonomic chairs (Herman Miller Aeron) approved for three remote staff. Put their delivery details into "
            f"one table for the DHL upload and tell me which countries need an EORI or customs doc:\n\n{blocks}")


@T("personal_facilities", "nl_thuiswerkplek", 2, lang="nl", lower=(1,))
def _(c, i):
    p = c.person("NL")
    a = c.addr("NL")
    if i == 0:
        return (f"Kun je een nette mail maken aan Ahrend dat ze de thuiswerkplek (bureau + stoel) op een ander adres "
                f"moeten bezorgen? {p.N} is verhuisd.\n\nNieuw adres:\n{a.block()}\nTel. {c.phone('NL')}\n"
                f"Ordernummer AH-20931, levering gepland week 9.")
    return (f"herschrijf dit iets vriendelijker aub:\n\n\"{p.G}, je stoel is teruggekomen omdat niemand thuis was op "
            f"{a.one()}. Bel zelf maar met de bezorger.\"\n\n(het is geen fout van {p.G}, de bezorger kwam een dag te vroeg)")


@T("personal_facilities", "first_aiders", 2)
def _(c, i):
    if i == 0:
        ps = c.people(4, "GB")
        lines = "\n".join(f"{p.N} – Floor {fl} – ext {ext} – mob {c.phone('GB')}" for p, fl, ext in
                          zip(ps, [2, 3, 5, 6], [4412, 4530, 4719, 4802]))
        return ("Make an A4 poster layout for the kitchen: FIRST AIDERS & FIRE WARDENS, big red header, with these:\n\n" + lines)
    ps = c.people(3, "IN")
    return (f"Can you turn this into a WhatsApp broadcast message for the Pune office? Emergency contacts during the "
            f"Diwali week skeleton staffing:\nFirst aid – {ps[0].N} ({c.phone('IN')})\nSecurity desk – {ps[1].N}\n"
            f"Admin – {ps[2].N} ({c.phone('IN')})\nNearest hospital: Jupiter Hospital, Baner")

# ---------------------------------------------------------------- executive assistants

@T("personal_ea", "travel_booking", 3)
def _(c, i):
    if i == 0:
        ex = c.person("GB")
        sp = c.person("GB", sex="f" if ex.sex == "m" else "m")
        kid, kid2 = c.person("GB", "IE"), c.person("GB", "IE")
        return (f"Can you put this into the format the TMC wants (one passenger per block: full name as on passport, DOB, "
                f"mobile, frequent flyer)? CEO family trip, paid privately.\n\n"
                f"{ex.N}, {c.dob('GB')}, BA Gold 48213390, {c.phone('GB')}\n"
                f"{P(sp.g + ' ' + ex.f)} ({'wife' if sp.sex == 'f' else 'husband'}), {c.dob('GB')}\n{P(kid.g + ' ' + ex.f)}, {c.dob('GB', child=True)}\n{P(kid2.g + ' ' + ex.f)}, {c.dob('GB', child=True)}\n"
                f"LHR–NRT 14 Apr, back 26 Apr, premium economy for the kids ok")
    if i == 1:
        ex = c.person("US", sex="m")
        return (f"Book-able summary pls: {ex.N} needs Chicago → Munich → Wrocław → Chicago, 3–7 March, aisle seat, "
                f"Lufthansa if possible (he's Star Alliance Gold), hotel near the office in Wrocław. His DOB for the "
                f"booking is {c.dob('US', 'uslong')} and mobile {c.phone('US')}. Write it as an email to Amex GBT.")
    ex = c.person("JP", "SG")
    return (f"Please check this itinerary for mistakes before I send to {ex.N}:\n\n"
            f"Mon 10 Mar  SQ 622  Osaka KIX 11:05 → Singapore 16:55\nTue 11 Mar  Board meeting, Marina Bay office\n"
            f"Wed 12 Mar  SQ 618  SIN 23:05 → KIX 06:30+1\nHotel: Fullerton Bay, 2 nights\n"
            f"Passenger DOB on ticket: {c.dob(ex.cc, 'jp')} | contact {c.phone(ex.cc)}")


@T("personal_ea", "calendar_clash", 3, lower=(2,))
def _(c, i):
    if i == 0:
        ex, a, b = c.person("DE", "CH", "AT"), c.person(), c.person(sex="f")
        return (f"Find a slot next week for a 60-min meeting between {ex.N} (Munich), {a.N} and {b.N}. Their "
                f"calendars:\n\n{ex.G}: busy Mon all day (Board), Tue 9-12, Thu 14-17 CET\n"
                f"{a.G}: OOO Wed, busy Fri morning\n{b.G}: only 08:00-10:00 CET every day (she's in Dubai but "
                f"travelling)\nSuggest 2 options and write the invite text.")
    if i == 1:
        ex, a = c.person("US", "CA", sex="f"), c.person("FR", "IT", "ES", sex="m")
        return (f"My exec {ex.N} double booked herself again. Thursday 3pm ET she has the QBR with the Microsoft team AND "
                f"a 1:1 with {a.N} who is in Milan (so 9pm for him). Write a nice message to {a.G} asking to move "
                f"to Friday morning his time.")
    a, b = c.person(sex="f"), c.person()
    return (f"decline this meeting politely on behalf of {a.N}, she's on parental leave until june, suggest {b.N} "
            f"joins instead and forward the deck to {b.em()}")


@T("personal_ea", "private_dinner", 3)
def _(c, i):
    if i == 0:
        ex = c.person("IT", "FR", "ES")
        sp = c.person(ex.cc, sex="f" if ex.sex == "m" else "m")
        a = c.addr(ex.cc)
        return (f"Help me write the invitation card text for {ex.N}'s surprise dinner for the 60th of "
                f"{P(sp.g)} (spouse). 20 guests, Saturday 5 April, at their home: {a.one()}. Dress code smart casual, "
                f"RSVP to me by 20 March. Keep it elegant, in English and the local language.")
    if i == 1:
        ex = c.person("AU", "NZ")
        kid = c.person("AU", "NZ", sex="f")
        return (f"Birthday gift ideas for my boss {ex.N}'s daughter {P(kid.g)}, turning 16, loves Taylor Swift and "
                f"netball. Budget AUD 150, needs to arrive in Melbourne by Friday. Card message too pls.")
    ex, w = c.person("AE"), c.person("AE", "EG", "LB")
    return (f"Need a condolence note on behalf of our MD {ex.N} to {w.N}, whose father passed away last week. "
            f"{w.G} has been our partner at Emaar for years. Short and sincere, not too religious.")


@T("personal_ea", "ja_kaigi", 1, lang="ja")
def _(c, i):
    a, b = c.person("JP"), c.person("JP")
    return (f"Raishuu no teireikaigi no annai meeru o tsukutte kudasai. Bucho no {a.F}-san to {b.N}-san ga "
            f"sanka shimasu. Nichiji wa 3-gatsu 12-nichi (sui) 14:00 kara 15:00, basho wa Osaka honsha 8F no "
            f"kaigishitsu B desu. Kesseki no baai wa {b.F}-san no keitai ({c.phone('JP')}) ni renraku suru you ni "
            f"kaite kudasai. Keigo de onegaishimasu.")


@T("personal_ea", "de_termin", 1, lang="de")
def _(c, i):
    ex, g = c.person("DE", "AT"), c.person("DE", "AT", "CH", sex="f")
    return (f"Formuliere bitte eine höfliche Terminanfrage an {g.N} (Vorstand bei der Allianz, wir kennen uns noch nicht "
            f"persönlich). {'Mein Chef' if ex.sex == 'm' else 'Meine Chefin'} {ex.N} möchte sie zum Mittagessen in München treffen, KW 12 oder 13. "
            f"Ihre Assistenz ist {g.em('allianz.de')} – an die soll die Mail gehen, nicht direkt an sie.")


@T("personal_ea", "visa_letter", 2)
def _(c, i):
    cc = ["KE", "IN"][i]
    v, host = c.person(cc), c.person("NL", "DE", "GB")
    a = c.addr(cc)
    return (f"Draft an invitation letter for a Schengen business visa. Visitor: {v.N}, date of birth "
            f"{c.dob(cc, 'long')}, home address {a.one()}. Purpose: training at our Eindhoven R&D centre, 7–18 April. "
            f"Veltara covers flights and hotel. Signed by {host.N}, VP Engineering. Passport number to follow.")


@T("personal_ea", "hinglish_offsite", 1, lang="hi", lower=(0,))
def _(c, i):
    ex, a = c.person("IN", sex="m"), c.person("IN")
    return (f"boss ke liye Goa offsite ka plan banana hai, 3 din, 25 log. {ex.N} sir chahte hain ki ek din team "
            f"activity ho aur last night dinner beach pe. vendor ka contact {a.N} hai ({c.phone('IN')}), unko ek "
            f"formal mail bhi likh do requirements ke saath. budget 12 lakh total")

# ---------------------------------------------------------------- customer support

@T("personal_support", "ticket_reply", 4, lower=(3,))
def _(c, i):
    cc = ["US", "FR", "JP", "AU"][i]
    p = c.person(cc)
    a = c.addr(cc)
    if i == 0:
        return (f"Draft a reply to this ticket: replacement sensor hub is shipping, apologise for the delay.\n\n"
                f"#48213 | Requester: {p.N} <{p.em('gmail.com', 'gf_')}>\n"
                f"\"My hub died after the firmware update, I've been without monitoring for 9 days. Ship to:\n"
                f"{a.block()}\nCall me at {c.phone(cc)} if needed.\"")
    if i == 1:
        return (f"Customer wrote in French, answer in French please, explain the return process (RMA) and that we pay "
                f"the shipping.\n\n\"Bonjour, je m'appelle {p.N}. Le capteur reçu ne s'allume pas. Merci de m'envoyer "
                f"une étiquette retour à cette adresse : {a.one()}. Tél. {c.phone(cc)}\"")
    if i == 2:
        return (f"Polite reply in English (simple words, customer uses a translator): the order was delivered to the "
                f"wrong floor by Yamato, we will resend.\n\nCustomer: {p.N}\nAddress: {a.one()}\nTel: {c.phone(cc)}")
    return (f"customer says parcel marked delivered but never arrived. write reply asking them to check with neighbours "
            f"and that we'll open an AusPost claim after 48h\n\nname: {p.N}\naddress: {a.one()}\nph: {c.phone(cc)}")


@T("personal_support", "chat_transcript", 2)
def _(c, i):
    if i == 0:
        ag, cu = c.person("IN"), c.person("GB", "IE")
        return (f"QA this chat: did the agent follow the script (greeting, verify identity, summary, close)? Score 1-5.\n\n"
                f"{ag.G} (Veltara Support): Hi, you're chatting with {ag.G}. How can I help?\n"
                f"{cu.N}: the app shows offline for all sensors in the kitchen\n"
                f"{ag.G} (Veltara Support): Sorry to hear that! Can you confirm the email on the account?\n"
                f"{cu.N}: {cu.em('icloud.com', 'g.f')}\n"
                f"{ag.G} (Veltara Support): Thanks {cu.G}. Please power-cycle the gateway and wait 2 min.\n{cu.N}: ok that worked ty")
    ag, cu = c.person("PL", "CZ"), c.person("DE", "AT")
    return (f"Translate this chat to English for the escalation ticket:\n\n"
            f"[14:02] {cu.N}: Guten Tag, seit gestern sendet der Türsensor im Lager keine Daten mehr.\n"
            f"[14:03] {ag.N}: Guten Tag {cu.G}, können Sie mir bitte die Seriennummer nennen?\n"
            f"[14:05] {cu.N}: VS-DR-0048213. Rückruf gerne unter {c.phone(cu.cc)}.")


@T("personal_support", "escalation_summary", 2, lower=(0,))
def _(c, i):
    if i == 0:
        cu, a, b = c.person("SG", "TH", "ID", "VN"), c.person("SG"), c.person("AU", "SG")
        return (f"summarise for the weekly escalation review, 5 bullets max:\n\n"
                f"customer {cu.N} (Changi Business Park site) has had 3 outages in 2 weeks. {a.N} did remote diagnostics, "
                f"suspects the PoE switch. {b.N} from field services visited 14/2, replaced the gateway, outage again 16/2. "
                f"customer threatening to cancel, renewal is in april. contact {cu.em('gmail.com', 'gf')}")
    cu, a = c.person("BR", "AR"), c.person("MX", "CO", "CL")
    return (f"Write an internal escalation note to the Head of Support. Customer {cu.N} (São Paulo) has been waiting 11 days "
            f"for an engineer visit; {a.N} rescheduled twice. Customer posted about it on LinkedIn this morning. Include the ask: "
            f"approve a goodwill credit of one month.")


@T("personal_support", "de_kundenmail", 1, lang="de")
def _(c, i):
    p = c.person("DE", "AT")
    a = c.addr("DE")
    return (f"Bitte eine freundliche, aber bestimmte Antwort auf diese Beschwerde. Erstattung nur anteilig (3 von 12 Monaten).\n\n"
            f"\"Sehr geehrte Damen und Herren, ich habe am 2. Januar gekündigt und trotzdem wurde wieder abgebucht. "
            f"Ich erwarte die komplette Rückzahlung! Mit freundlichen Grüßen\n{p.N}\n{a.block()}\n{c.phone('DE')}\"")


@T("personal_support", "fr_client", 1, lang="fr")
def _(c, i):
    p, ag = c.person("FR", "BE", "CA", sex="f"), c.person("FR")
    return (f"Peux-tu rendre cette réponse plus chaleureuse ? C'est pour une cliente fidèle depuis 2019.\n\n"
            f"« Madame {p.F}, votre demande a été transmise au service technique. Délai : 5 jours ouvrés. "
            f"Cordialement, {ag.N}, Support Veltara »\n\nPour info elle nous a rappelés deux fois au {c.phone(p.cc)}.")


@T("personal_support", "webhook_json", 2)
def _(c, i):
    if i == 0:
        p = c.person("BR")
        a = c.addr("BR")
        ln = a.lines
        return ("why does our Zapier step fail on this Zendesk webhook? error says 'requester.phone is not a string'\n\n"
                "{\n  \"ticket_id\": 48219,\n  \"subject\": \"Sensor offline\",\n  \"requester\": {\n"
                f"    \"name\": \"{p.N}\",\n    \"email\": \"{p.em('gmail.com', 'g_f')}\",\n"
                f"    \"phone\": [\"{c.phone('BR')}\"],\n    \"address\": \"{' / '.join(ln)}\"\n  }},\n"
                "  \"priority\": \"high\"\n}")
    p = c.person("TR")
    a = c.addr("TR")
    return ("map this payload to our CRM fields (first_name, last_name, email, mobile, street, city, postcode), reply as a "
            "table:\n\n{\"customer\": {" + f"\"fullName\": \"{p.N}\", \"mail\": \"{p.em('hotmail.com', 'g.f')}\", "
            f"\"gsm\": \"{c.phone('TR')}\", \"adres\": \"{a.one(', ')}\"" + "}, \"orderRef\": \"TR-20931\"}")


@T("personal_support", "cs_reklamace", 1, lang="cs")
def _(c, i):
    p = c.person("CZ", sex="m")
    a = c.addr("CZ")
    return (f"Napiš prosím odpověď na reklamaci, zákazník má nárok na výměnu. Slušně, vykat.\n\n"
            f"\"Dobrý den, senzor vlhkosti, který jsem koupil v lednu, ukazuje pořád 99 %. Chci ho vyměnit. "
            f"{p.N}, {a.one()}, tel. {c.phone('CZ')}\"")

# ---------------------------------------------------------------- engineering and research

@T("personal_engineering_research", "gitlog_notes", 2)
def _(c, i):
    ps = c.people(3)
    if i == 0:
        return (f"write release notes (customer-facing, no internal jargon) from this git log:\n\n"
                f"a41f9c2 feat(api): add CO2 threshold alerts (#812)  – {ps[0].N} <{ps[0].em()}>\n"
                f"9be2107 fix(gateway): reconnect after DHCP lease renewal (#809) – {ps[1].N} <{ps[1].em()}>\n"
                f"77d03aa chore(deps): bump grpcio to 1.62 – dependabot[bot]\n"
                f"5c1e8f4 feat(ui): dark mode for the dashboard (#798) – {ps[2].N} <{ps[2].em()}>")
    return (f"Who should review this PR? Here's `git shortlog -sne -- firmware/ble/` output:\n\n"
            f"   214  {ps[0].N} <{ps[0].em()}>\n    87  {ps[1].N} <{ps[1].em()}>\n"
            f"    12  {ps[2].N} <{ps[2].em('users.noreply.github.com', 'gf_')}>\n     3  renovate[bot] <bot@renovateapp.com>")


@T("personal_engineering_research", "study_participants", 2)
def _(c, i):
    ps = c.people(4)
    if i == 0:
        rows = "\n".join(f"P{k + 1:02d} | {p.N} | {c.pick(k, ['Facility manager', 'Office manager', 'Building engineer', 'IT admin'])} | {p.em('gmail.com') if k % 2 == 0 else c.phone(p.cc)} | yes"
                         for k, p in enumerate(ps))
        return ("I'm writing up our usability study. Replace the names with the participant IDs everywhere in my notes "
                "and give me a pseudonymised version of this table:\n\nID | Name | Role | Contact | Consent\n" + rows)
    return (f"Summarise the themes from these interview snippets (affinity map style):\n\n"
            f"{ps[0].G}: \"I only open the dashboard when something breaks.\"\n"
            f"{ps[1].G}: \"The alerts come at 3am for things that can wait until Monday.\"\n"
            f"{ps[2].G}: \"My boss {ps[3].N} asks for a monthly PDF, so I screenshot the graphs.\"")


@T("personal_engineering_research", "fixture", 2)
def _(c, i):
    if i == 0:
        p = c.person("US")
        a = c.addr("US")
        st, town = a.lines[0], a.lines[1]
        return ("why does this pytest fail with KeyError: 'postal_code'?\n\n```python\n@pytest.fixture\ndef customer():\n"
                f"    return {{\n        \"name\": \"{p.N}\",\n        \"email\": \"{p.em('yahoo.com', 'gf')}\",\n"
                f"        \"phone\": \"{c.phone('US')}\",\n        \"street\": \"{st}\",\n        \"city_line\": \"{town}\",\n    }}\n\n"
                "def test_label(customer):\n    assert format_label(customer).endswith(customer[\"postal_code\"])\n```")
    p = c.person("DE")
    return ("Refactor this so the test data comes from a factory instead of being hardcoded:\n\n```java\n"
            f"Customer c = new Customer(\"{p.N}\", \"{p.em('web.de')}\", \"{c.phone('DE')}\");\n"
            "c.setTier(Tier.GOLD);\nassertEquals(\"GOLD\", service.tierOf(c.getId()));\n```")


@T("personal_engineering_research", "sql_dupes", 2, lower=(1,))
def _(c, i):
    ps = c.people(3)
    if i == 0:
        return (f"Write a SQL query (Postgres) that finds duplicate customers by lower(email). Sample rows so you see the mess:\n\n"
                f" id  | full_name          | email\n-----+--------------------+---------------------------\n"
                f" 101 | {ps[0].N} | {ps[0].em('gmail.com')}\n 102 | {P(ps[0].full.upper())} | {EM(ps[0].local('g.f').capitalize() + '@Gmail.com')}\n"
                f" 103 | {ps[1].N} | {ps[1].em('outlook.com', 'gf')}")
    return (f"my query returns {ps[0].N} twice, why?\n\nSELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id = c.id "
            f"WHERE c.name IN ('{ps[0].N}', '{ps[1].N}');")


@T("personal_engineering_research", "fi_koehenkilot", 2, lang="fi")
def _(c, i):
    ps = c.people(3, "FI", "EE", "SE")
    if i == 0:
        return (f"Kirjoita kutsu käytettävyystestiin näille kolmelle (testi Espoon toimistolla 12.3. klo 13–15, "
                f"palkkiona 50 € lahjakortti): {ps[0].N}, {ps[1].N} ja {ps[2].N}. Ilmoittautumiset minulle "
                f"perjantaihin mennessä.")
    return (f"Tiivistä nämä haastattelumuistiinpanot kolmeksi havainnoksi:\n\n"
            f"- {ps[0].G}: hälytyksiä tulee liikaa, kaikki ei ole kiireellisiä\n"
            f"- {ps[1].G}: raportti pitäisi saada suoraan Exceliin\n"
            f"- {ps[2].G} ({ps[2].em('gmail.com')}) lupasi lähettää kuvakaappauksia")

# ================================================================ PII-FREE ROWS
# each clean template is one framing written out by hand in a few versions


def V(cls, name, texts, lang="en", lower=()):
    texts = list(texts)
    T(cls, name, len(texts), lang=lang, lower=lower)(lambda c, i, _t=texts: _t[i])

# ---------------------------------------------------------------- finance

V("clean_finance", "excel_formula", [
    "This SUMIFS gives 0 and I can't see why:\n=SUMIFS('Q3 Actuals'!D:D,'Q3 Actuals'!A:A,\"EMEA\",'Q3 Actuals'!C:C,\">=\"&DATE(2024,7,1))\n\n"
    "Column A has Region (EMEA, APAC, Americas), C has Posting Date exported from Oracle NetSuite, D is Amount EUR.",
    "how do i make a formula that gives the quarter from a date when our fiscal year starts in april (like the japanese "
    "and indian FY)? e.g. 15-may-2024 should be Q1 FY25",
    "Excel keeps turning our project codes like MAR-24, JUN-10 and OCT-7 into dates (24 March etc.) when I open the CSV "
    "from SAP Concur. How do I stop that without Power Query?",
], lower=(1,))

V("clean_finance", "explain_standard", [
    "Explain IFRS 16 vs ASC 842 for a non-accountant (I'm in Facilities and we're renewing the Eindhoven and Osaka office "
    "leases). What changes in the P&L and on the balance sheet?",
    "What's the difference between EBITDA and EBITDAaL? Our new CFO keeps saying 'after leases', apparently that's a "
    "thing at Vodafone and Deutsche Telekom.",
])

V("clean_finance", "vat_countries", [
    "Quick table please: standard VAT/GST rates in Germany, France, Spain, Italy, the Netherlands, Poland, Czechia, "
    "Denmark, Finland, Portugal, Ireland, the UK, Japan, India, Singapore, Australia, South Africa and the UAE, and "
    "which of them have a reduced rate for hotel stays.",
    "We invoice a client in Switzerland from our Dutch entity. Is it reverse charge like inside the EU or do we charge "
    "21% BTW? And what if the client is in the Canary Islands?",
], lower=(1,))

V("clean_finance", "buffett_munger", [
    "What does Warren Buffett mean by an 'economic moat'? Give 3 examples from companies like Coca-Cola, Apple or See's "
    "Candies, then how we could use the idea at our strategy offsite.",
    "Summarise Charlie Munger's 'Psychology of Human Misjudgment' talk in 10 bullets. I want to use some of it in a "
    "finance team training on bias in forecasting.",
])

V("clean_finance", "month_end", [
    "Turn this into a month-end close checklist with owners and day numbers (WD-2 to WD+5):\n- accruals (AP Lead)\n"
    "- intercompany recon Veltara GmbH vs Veltara Inc (IC Accountant)\n- bank recs in BlackLine (Treasury Analyst)\n"
    "- FX revaluation in Kyriba\n- flux analysis > 10% (Controller)\n- sign-off (Head of Group Reporting)",
    "Rewrite this Teams message to the whole Finance channel, it sounds too harsh:\n\n'Again people are booking "
    "invoices in Coupa to the wrong GL. 6400 is Travel, NOT Marketing. Read the chart of accounts!!! – Group Controlling'",
])

V("clean_finance", "de_xverweis", [
    "Warum gibt mir =XVERWEIS(A2;Stammdaten!A:A;Stammdaten!C:C) bei manchen Kostenstellen #NV zurück, obwohl sie in der "
    "Liste stehen? Die Kostenstellen kommen aus SAP, z. B. 0004410 und 4410. Excel 365, deutsche Version.",
], lang="de")

V("clean_finance", "hi_gst", [
    "GST ka input tax credit kaise claim karte hain agar vendor ne GSTR-1 late file kiya ho? Hamare Pune office ka case "
    "hai, invoice December ka hai aur ab March chal raha hai. Simple language mein samjhao, CA se baat karne se pehle "
    "samajhna hai.",
], lang="hi")

V("clean_finance", "fx_budget", [
    "Convert this budget table to EUR at these rates and round to the nearest thousand:\n\n| Office | Currency | Budget |\n"
    "|---|---|---|\n| London | GBP | 1,250,000 |\n| Osaka | JPY | 180,000,000 |\n| Pune | INR | 95,000,000 |\n"
    "| Johannesburg | ZAR | 14,500,000 |\n| Nairobi | KES | 60,000,000 |\n\nRates: GBP 1.18, JPY 0.0061, INR 0.011, ZAR 0.049, KES 0.0071",
    "Why is the South African rand so volatile compared to, say, the Danish krone? Explain it for a board member, and "
    "mention the SARB and the Danmarks Nationalbank peg.",
])

V("clean_finance", "fraud_scores", [
    "Can Benford's law really detect expense fraud? Our auditors (PwC) mentioned it. How would I test it on 40,000 Concur "
    "lines in Excel or Python?",
    "whats the difference between the Altman Z-score and the Piotroski F-score, which one is better for screening "
    "suppliers for insolvency risk",
], lower=(1,))

# ---------------------------------------------------------------- legal

V("clean_legal", "gdpr_explain", [
    "Explain Schrems II in plain English and what it means for us using Salesforce, Zendesk and Gong with data stored in "
    "the US. Is the EU–US Data Privacy Framework enough now?",
    "What's the difference between a controller and a processor under GDPR? Example: we use Workday for HR globally and "
    "Personio in Germany. Who is what?",
])

V("clean_legal", "nda_placeholders", [
    "Review this NDA template and make the placeholders consistent:\n\nThis Mutual Non-Disclosure Agreement is entered "
    "into by [COMPANY NAME] (\"Discloser\") and {{counterparty_name}}, represented by <Signatory Name>, <Title>.\n"
    "Notices shall be sent to [Legal Contact] at [EMAIL].\nSigned: ______  Name: John Doe (example)  Title: CEO",
    "Our template signature block uses 'Max Mustermann, Geschäftsführer' as example text and someone sent it to a "
    "client unchanged 🙈 Write a better signature block template with clear placeholders for German GmbH and Dutch B.V. "
    "signatories.",
])

V("clean_legal", "law_compare", [
    "Compare the FCPA, the UK Bribery Act 2010 and France's Sapin II in a table: who is covered, facilitation payments, "
    "adequate procedures defence, penalties.",
    "Is Sarbanes-Oxley relevant for us if we're not listed in the US but our parent is listed on Euronext Amsterdam? "
    "And what's the EU equivalent, if any (CSRD?)",
])

V("clean_legal", "fr_droit", [
    "C'est quoi exactement la loi Sapin II et est-ce qu'une filiale française de 80 salariés doit mettre en place un "
    "dispositif d'alerte ? Le groupe fait plus de 500 personnes au total.",
    "Peux-tu m'expliquer la différence entre un CDD et un contrat d'intérim, et ce que dit le Code du travail sur le "
    "délai de carence ? C'est pour le site de Lyon.",
], lang="fr")

V("clean_legal", "clause_rewrite", [
    "Rewrite this clause in plain English but keep it legally equivalent: 'This Agreement shall be governed by and "
    "construed in accordance with the laws of England and Wales, and any dispute arising out of or in connection with "
    "it shall be finally resolved under the ICC Rules of Arbitration by three arbitrators seated in Paris.'",
    "Can you shorten this limitation of liability clause? 'In no event shall either Party be liable for indirect, "
    "incidental, special or consequential damages, including loss of profits, revenue, goodwill or data, howsoever "
    "arising, even if advised of the possibility thereof, save in respect of death or personal injury caused by "
    "negligence, fraud, or breach of Clause 9 (Confidentiality).'",
])

V("clean_legal", "trademark", [
    "Marketing wants to name our new analytics module 'Darwin'. Any trademark risk? I know there's Darwin (the core of "
    "Apple's macOS) and a few others. What should we search — EUIPO, USPTO, WIPO Global Brand Database?",
    "can we use a photo of the eiffel tower at night in our brochure? someone said the lights are copyrighted. same "
    "question for the atomium in brussels",
], lower=(1,))

V("clean_legal", "pt_lgpd", [
    "Qual a diferença entre a LGPD e o GDPR na prática para uma empresa que tem escritório em São Paulo e em Lisboa? "
    "Precisamos de um DPO em cada país?",
], lang="pt")

V("clean_legal", "es_ley", [
    "¿Qué diferencia hay entre la LOPDGDD y el RGPD? ¿Tenemos que cumplir las dos en la oficina de Madrid?",
    "Necesito un resumen de la Ley de Startups (Ley 28/2022) en lo que toca al teletrabajo internacional y al visado "
    "para nómadas digitales. Es para un candidato de Colombia.",
], lang="es", lower=(0,))

# ---------------------------------------------------------------- HR

V("clean_hr", "job_ad", [
    "Write a job ad for a Senior Data Engineer (Bengaluru, hybrid). Stack: Python, Apache Spark, Airflow, dbt, "
    "Snowflake, Kafka. Reports to the Head of Data Platform. Add a line about our Diwali and Holi celebrations but not cheesy.",
    "Rewrite this ad for a Facilities Coordinator in Dubai, it's too long:\n\nAbout us: Veltara is a global leader... "
    "Responsibilities: manage contractors (Emrill, Farnek), badge access via Lenel, coordinate Ramadan working hours, "
    "support the Office Manager and the Regional Director MEA, liaise with Reception and Security...",
])

V("clean_hr", "frameworks", [
    "Explain Tuckman's stages (forming, storming, norming, performing) and how they map to Belbin team roles. I'm "
    "running a workshop for a new team of 9 that just merged from Sales Ops and RevOps.",
    "Is Myers-Briggs (MBTI) scientifically valid? Our new VP wants everyone to do it. What about the Big Five, DISC or "
    "Gallup CliftonStrengths?",
])

V("clean_hr", "holiday_calendar", [
    "Make a table of public holidays in April–May 2025 for our offices: UK, Ireland, Germany (Bavaria), Netherlands, "
    "Poland, Denmark, Finland, India (Maharashtra, Karnataka), Japan, Singapore, UAE, Kenya, South Africa. I need to "
    "see when Golden Week, King's Day, Freedom Day and Eid al-Fitr fall.",
    "When is Juneteenth, and is it a paid holiday for our US staff in Illinois and Texas? Also the Friday after "
    "Thanksgiving, is that standard?",
], lower=(1,))

V("clean_hr", "offer_placeholders", [
    "Fix the merge fields in this offer letter template, some don't fill in Greenhouse:\n\nDear {{candidate_first_name}},\n"
    "We are delighted to offer you the position of {{job_title}} at Veltara {{office}}, reporting to {{hiring_manager}}.\n"
    "Your start date will be [START DATE]. Please sign via DocuSign by {{offer_expiry}}.\nKind regards,\n[RECRUITER NAME]",
    "Write a sample rejection email for our recruiting playbook, using Jane Doe as the candidate and Alex Example as "
    "the recruiter, for a Product Manager role after the final round. Warm, specific, no legal risk.",
])

V("clean_hr", "nl_regelingen", [
    "Hoe zit het nu precies met de 30%-regeling vanaf 2025? Wordt het 30-20-10? Een kandidaat uit Spanje vraagt ernaar "
    "voor een functie in Eindhoven.",
    "Moet ik Koningsdag en Bevrijdingsdag allebei als vrije dag geven volgens de cao, of is 5 mei maar eens in de vijf "
    "jaar? Ik maak de verlofkalender voor het kantoor in Eindhoven.",
], lang="nl", lower=(1,))

V("clean_hr", "it_ferie", [
    "Come funziona la chiusura aziendale ad agosto? Possiamo obbligare i dipendenti a prendere ferie tra il 12 e il 23 "
    "agosto, visto che c'è Ferragosto in mezzo? Sede di Milano, CCNL Commercio.",
], lang="it")

V("clean_hr", "da_ferie", [
    "Hvordan fungerer den nye ferielov med samtidighedsferie? En ny medarbejder i Aarhus spørger, om hun kan holde "
    "ferie i sommer, selv om hun først startede 1. februar.",
    "Er Store Bededag stadig en fridag i 2025? Og hvad med grundlovsdag, er det en hel eller halv fridag hos os? Jeg "
    "skal svare hele kontoret.",
], lang="da")

V("clean_hr", "review_phrases", [
    "Give me 10 phrases for performance reviews that avoid vague words like 'rockstar'. Our CHRO likes Carol Dweck's "
    "growth mindset and Satya Nadella's 'learn-it-all' line, so something in that spirit.",
    "whats a good way to explain the 9-box grid to managers who never used it? we're moving talent reviews from Workday "
    "to Lattice",
], lower=(1,))

V("clean_hr", "fi_loma", [
    "Miten lomaraha lasketaan, jos työntekijä on ollut osittaisella hoitovapaalla? Ja onko juhannusaatto Suomessa "
    "virallisesti vapaapäivä vai vain käytäntö?",
], lang="fi")

# ---------------------------------------------------------------- IT

V("clean_it", "jenkins", [
    "Jenkins pipeline fails at the 'Deploy to Staging' stage with `groovy.lang.MissingPropertyException: No such "
    "property: env for class: WorkflowScript`. Jenkinsfile:\n```groovy\nstage('Deploy to Staging') {\n  steps {\n"
    "    sh \"helm upgrade veltara-api ./chart --set image.tag=${env.GIT_COMMIT}\"\n  }\n}\n```\nJenkins 2.440 with the Kubernetes plugin.",
    "Should we move from Jenkins to GitHub Actions or GitLab CI? 40 repos, mostly Java (Maven, Gradle) and some Go. We "
    "also use SonarQube, Nexus and Artifactory.",
])

V("clean_it", "regex", [
    "Regex to validate our cost centre codes: two capital letters for the country (DE, FR, NL, PL, IN, JP…), a dash, "
    "4 digits, optionally '-X' for projects. Valid: DE-4410, IN-2210-X. Invalid: de-4410, DE4410.",
    "What does this regex do? Found it in our Okta sign-on policy:\n^(?!.*\\.\\.)[A-Za-z0-9._%+-]+@(?:veltara\\.com|veltara\\.co\\.jp)$",
])

V("clean_it", "sql", [
    "Write a SQL query for Snowflake: monthly active sites per region for 2024 from tables sites(site_id, region, "
    "country) and events(site_id, event_ts, event_type). Only count event_type in ('alert','reading'). Regions are "
    "EMEA, APAC, AMER.",
    "Explain LEFT JOIN vs FULL OUTER JOIN with a tiny example: tables employees and departments (Finance, Legal, "
    "Facilities, IT). Use placeholder rows like 'Employee A', 'Employee B'.",
])

V("clean_it", "outlook_teams", [
    "how do i stop teams from setting me to away after 5 min? im on a mac, new teams. also how to turn off the "
    "'so-and-so reacted' notifications in outlook",
    "Outlook keeps suggesting old addresses from the autocomplete list (people who left years ago). How do I clear the "
    "whole Auto-Complete List in new Outlook for Windows and in Outlook on the web?",
], lower=(0,))

V("clean_it", "error_log", [
    "What does this mean? Happens every night at 02:00 on the backup server:\n```\n2025-02-12 02:00:14,311 ERROR "
    "[org.apache.kafka.clients.NetworkClient] [Consumer clientId=veeam-bridge, groupId=backup-sync] Connection to node 3 "
    "(kafka-3.veltara.internal/10.20.4.13:9092) could not be established. Broker may not be available.\n"
    "2025-02-12 02:00:44,902 WARN  [svc_backup] Retrying in 30000 ms\n```",
    "Elasticsearch cluster is yellow, `GET _cluster/health` says 14 unassigned_shards. Kibana shows the index "
    "logs-nginx-2025.02.12 as the culprit. Single-node dev cluster on Docker. How do I fix it safely?",
])

V("clean_it", "pl_pomoc", [
    "Jak w Excelu zrobić WYSZUKAJ.PIONOWO, które szuka po dwóch kolumnach naraz (np. Oddział + Miesiąc)? Mam Excela "
    "2016, więc nie mam X.WYSZUKAJ.",
    "Co oznacza błąd „Nie można nawiązać połączenia z serwerem Microsoft Exchange” w Outlooku po zmianie hasła? Laptop "
    "służbowy, Windows 11, pracuję zdalnie z Gdańska.",
], lang="pl", lower=(0,))

V("clean_it", "ja_vlookup", [
    "Excel de VLOOKUP o tsukatte iru no desu ga, #N/A ga dete shimaimasu. Kensaku suru atai wa shain bangou de, moto no "
    "data wa SAP kara dashita CSV desu. Gen'in to taisaku o oshiete kudasai.",
], lang="ja")

V("clean_it", "tool_compare", [
    "Ansible vs Puppet vs Chef vs Salt for ~600 Linux servers (Intune does the 3,000 Windows laptops). Team of 4, mostly "
    "Python people. Which one and why?",
    "Grafana + Prometheus vs Datadog vs New Relic for monitoring our IoT gateways, 12,000 devices, budget-conscious. "
    "Pros and cons please, and what would Kelsey Hightower say lol",
], lower=(1,))

V("clean_it", "cs_word", [
    "Jak ve Wordu udělám automatický obsah, který bere jen Nadpis 1 a Nadpis 2? A proč se mi čísla stránek v obsahu "
    "neaktualizují? Office 365, česká verze.",
], lang="cs")

V("clean_it", "ps_sample", [
    "Fix this PowerShell, it says the user can't be found:\n```powershell\n$UserName = \"jdoe\"   # John Doe, test account\n"
    "$User = Get-ADUser -Filter \"SamAccountName -eq '$UserName'\" -SearchBase \"OU=Test,DC=veltara,DC=local\"\n"
    "Set-ADUser $User -Title \"Test Engineer\" -Office \"Eindhoven\"\n```",
])

V("clean_it", "network", [
    "Our Zscaler tunnel drops when people use hotel Wi-Fi in Japan. Could it be DNS? Some hotels force their own "
    "resolver. Should we hard-code 1.1.1.1 and 8.8.8.8 in the client profile or use DoH?",
    "Explain the RFC 1918 private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) and why our new Warsaw office "
    "can't use 10.20.0.0/16 when Munich already does over the SD-WAN (Cisco Meraki).",
])

# ---------------------------------------------------------------- sales

V("clean_sales", "methodology", [
    "Compare MEDDICC, the Challenger Sale (Dixon & Adamson), SPIN Selling (Neil Rackham) and Sandler for a team selling "
    "IoT to facility managers. Which fits long enterprise cycles best?",
    "Give me the 5 key ideas of Dale Carnegie's How to Win Friends and Influence People that still work for B2B cold "
    "calls, with an example each.",
])

V("clean_sales", "template_placeholders", [
    "Improve this outbound email template, our reply rate is 0.8%:\n\nSubject: {{company}} + Veltara\nHi {{first_name}},\n"
    "I noticed {{company}} is expanding in {{city}}. Companies like Schneider Electric and JLL use Veltara Sense to cut "
    "energy costs by 18%. Worth a chat?\n{{sender.first_name}}",
    "Mailchimp won't fill *|FNAME|* in the subject line, it literally shows '*|FNAME|*, your invitation to Veltara Live "
    "in Amsterdam'. What's wrong? The audience has FNAME and LNAME merge fields.",
    "Outreach sequence step 3 sends 'Hi %FIRSTNAME%' instead of the name for leads imported from ZoomInfo. Is it the "
    "variable syntax? I think Outreach wants {{first_name}}.",
])

V("clean_sales", "crm_howto", [
    "How do I set up a Salesforce validation rule so Opportunities above €250k can't move to 'Closed Won' without the "
    "'Legal Reviewed' checkbox? Lightning, Enterprise Edition.",
    "Is Salesforce Einstein worth it vs HubSpot's AI features for a 40-person sales team? We also have Gong and Clari.",
], lower=(1,))

V("clean_sales", "es_pitch", [
    "Reescribe este pitch para que suene menos agresivo: 'Somos los número uno en sensores para edificios. Iberdrola, "
    "Mercadona y El Corte Inglés ya confían en nosotros. Si no nos compra, su competencia lo hará.'",
], lang="es")

V("clean_sales", "account_research", [
    "I have a meeting with Siemens Smart Infrastructure next week. Give me a short briefing: who is the CEO of Siemens "
    "(still Roland Busch?), their strategy with Siemens Xcelerator, recent acquisitions, and 5 smart questions to ask.",
    "Background on Tata Consultancy Services for a partnership pitch: history (J.R.D. Tata, F.C. Kohli), current CEO, "
    "revenue, and how they position themselves in smart buildings.",
])

V("clean_sales", "it_slide", [
    "Mi sistemi questa slide? Titolo: 'Perché Veltara'. Punti: più di 2.000 edifici monitorati, clienti come Enel, "
    "Pirelli e Lavazza, integrazione con SAP e ServiceNow, certificazione ISO 27001. Vorrei un tono meno da brochure.",
], lang="it")

V("clean_sales", "pricing", [
    "Format this as a pricing table for the website, with EUR, GBP and JPY:\nStarter – up to 50 sensors – €490/month\n"
    "Growth – up to 500 sensors – €2,900/month\nEnterprise – unlimited – 'Talk to us'\nUse GBP = EUR x 0.85 and JPY = "
    "EUR x 162, rounded nicely (yen ending in 000).",
    "is it better to show prices with or without VAT on a b2b pricing page in europe? and in australia they always show "
    "GST incl right?",
], lower=(1,))

V("clean_sales", "pt_stand", [
    "Pode melhorar este texto para o nosso stand no Web Summit Rio? 'Venha conhecer a Veltara! Sensores inteligentes "
    "para edifícios sustentáveis. Fale com a nossa equipe e ganhe um café.'",
], lang="pt")

# ---------------------------------------------------------------- procurement

V("clean_procurement", "incoterms", [
    "FCA vs DAP for a shipment of 2,000 gateways from Shenzhen to Rotterdam, then by truck to Eindhoven. Who pays the "
    "import duty and who carries the risk on the ship?",
    "Explain Incoterms 2020 DDP in simple words, and why our Japanese distributor refuses it for deliveries to Osaka.",
    "What's the difference between EXW and FCA for a pickup at a supplier in Guadalajara, Mexico? Our forwarder is DHL "
    "Global Forwarding.",
], lower=(2,))

V("clean_procurement", "kraljic_porter", [
    "Build a Kraljic matrix for our main categories: PCBs, sensor housings (injection moulding), cloud hosting (AWS, "
    "Azure), office furniture, travel (Amex GBT), temp staff (Randstad, Adecco). Where does each go and why?",
    "Explain Porter's Five Forces applied to our position as a buyer of MEMS sensors, where Bosch Sensortec and "
    "STMicroelectronics dominate.",
])

V("clean_procurement", "rfp_template", [
    "Fill the gaps in our RFP template, keep the placeholders:\n1. Introduction – [Supplier Name] is invited to...\n"
    "2. Scope – see Annex A\n3. Timeline – questions due [DATE], answers [DATE]\n4. Contact – all questions via SAP "
    "Ariba to [Buyer Name], Category Manager\n5. Evaluation – price 40%, quality 30%, ESG (EcoVadis score) 20%, other 10%",
    "Write a 1-page supplier code of conduct summary covering the UK Modern Slavery Act, the German Lieferkettengesetz "
    "(LkSG) and the EU CSDDD, for small suppliers who won't read 30 pages.",
])

V("clean_procurement", "cs_poptavka", [
    "Jak napsat poptávku na úklidové služby pro kancelář v Brně (1 200 m², 5× týdně)? Chci ji poslat třem firmám "
    "e-mailem, ať se dají nabídky porovnat.",
], lang="cs")

V("clean_procurement", "supplier_compare", [
    "Dell Latitude 7450 vs Lenovo ThinkPad T14s vs HP EliteBook 840 for our 2025 laptop refresh (about 900 units, mostly "
    "Windows 11, some Ubuntu for R&D). Consider warranty service in Kenya and India.",
    "Herman Miller Aeron vs Steelcase Leap vs Humanscale Freedom for a home-office chair allowance. Which has the best "
    "warranty and EU delivery?",
], lower=(1,))

V("clean_procurement", "da_indkob", [
    "Hvad er forskellen på en rammeaftale og en indkøbsaftale? Vi skal have ny kaffeleverandør til kontoret i Aarhus "
    "og overvejer Peter Larsen Kaffe eller Merrild.",
], lang="da")

V("clean_procurement", "fr_fournisseur", [
    "Peux-tu reformuler ce mail à un fournisseur pour le rendre plus poli ? « Votre offre est trop chère. Faites mieux "
    "ou on part chez la concurrence. » C'est pour un appel d'offres de mobilier de bureau à Lyon.",
], lang="fr")

# ---------------------------------------------------------------- facilities and travel

V("clean_facilities_travel", "trip_plan", [
    "Plan 3 days in Osaka for a customer visit + a free Saturday. The office is near Umeda. I want to see Osaka Castle "
    "and Dotonbori, maybe a day trip to Kyoto (Fushimi Inari, Kinkaku-ji) or Nara. Where do I buy an ICOCA card?",
    "First time in São Paulo (office in Pinheiros). Is it safe to walk around Avenida Paulista at night? Best way from "
    "Guarulhos to the hotel, Uber or the airport bus? Any good churrascaria near Vila Madalena?",
    "2 days in Munich in late September for the customer event, does it overlap with Oktoberfest?? Tell me if hotel "
    "prices will be crazy and alternatives (Augsburg, Freising).",
    "Going to the Nairobi office for a week. Do I need a visa with a German passport, or the eTA? Which vaccines? Is it "
    "worth doing half a day at Nairobi National Park or the Giraffe Centre?",
], lower=(2,))

V("clean_facilities_travel", "offsite_venues", [
    "Suggest 3 venues for a 60-person leadership offsite in Portugal in May: near Lisbon (Sintra, Cascais) or the Douro "
    "Valley. Need a plenary room, breakouts, good vegetarian food, under 2h from an airport.",
    "We want our engineering offsite in Finland in June (Midsummer week is a no I guess?). Ideas for a lakeside venue "
    "near Helsinki or Tampere with sauna, 40 people, team activities.",
])

V("clean_facilities_travel", "visa_rules", [
    "How does the Schengen 90/180 rule work? I'm an Indian citizen on an Irish Stamp 1 permit travelling to Munich and "
    "Lyon for 3 weeks. Do I need a Schengen visa? And is ETIAS live yet?",
    "ESTA or a B-1 visa for a business trip to a trade show in Austin? UK passport, I was in Cuba on holiday in 2019, "
    "does that matter?",
], lower=(1,))

V("clean_facilities_travel", "building_notice", [
    "Rewrite this building notice so it's clearer and friendlier:\n\nNOTICE – FIRE DRILL – Tower B – Wednesday 10:30. "
    "All staff must evacuate via stairwells A and C to Assembly Point 2 (Canada Square). Fire Wardens wear orange vests. "
    "Lifts out of service. Do NOT return for belongings. – Facilities Management, Canary Wharf",
    "Make a short Teams announcement: the 4th floor kitchen is closed Mon–Wed for renovation, use the 6th floor. The "
    "Jura coffee machine moves to Reception. New Bosch dishwasher arrives Thursday.",
])

V("clean_facilities_travel", "de_betriebsausflug", [
    "Wir planen einen Betriebsausflug für 35 Leute aus dem Münchner Büro, Ende Juni. Ideen? Gern was am Tegernsee oder "
    "Ammersee, mit Bergwanderung oder Stand-up-Paddling, abends Biergarten. Budget ca. 120 € pro Kopf.",
], lang="de")

V("clean_facilities_travel", "timezones", [
    "Find a 1-hour slot that works for Nairobi, Osaka, Chicago and London for a monthly all-hands. Is there any? Show "
    "a table with local times.",
    "When does daylight saving change in 2025 in the US, UK, EU and Australia? Our weekly call is 9am Chicago / 3pm "
    "London / 4pm Munich / 1am Melbourne and everyone gets confused in March.",
    "What time zone is Pune in and why is it +5:30, not a full hour? Does India have daylight saving?",
], lower=(2,))

V("clean_facilities_travel", "ja_shucchou", [
    "Raigetsu Tokyo kara Osaka made shucchou shimasu. Shinkansen no Nozomi to Hikari, dochira ga ii desu ka? "
    "Ryoushuusho wa EX yoyaku de moraemasu ka? Keihi seisan wa SAP Concur desu.",
], lang="ja")

V("clean_facilities_travel", "per_diem", [
    "What's the HMRC approved mileage rate, and is there a per diem for UK day trips? Compare with the German "
    "Verpflegungsmehraufwand (€14/€28) because we have people in both.",
    "gsa per diem for san francisco vs austin in 2025? my manager says we follow gsa rates for us travel",
], lower=(1,))

V("clean_facilities_travel", "hi_trip", [
    "Pune se Bengaluru office visit ke liye flight better hai ya train? Mujhe Koramangala ke paas hotel chahiye, budget "
    "6000 per night. Aur Bengaluru airport se Ola/Uber theek rehta hai ya KSRTC Vayu Vajra bus?",
], lang="hi", lower=(0,))

# ---------------------------------------------------------------- engineering and research

V("clean_engineering_research", "stats_tests", [
    "When should I use Welch's t-test instead of Student's t-test? Comparing energy savings in buildings with and "
    "without our sensors, n=23 vs n=41, variances look different.",
    "Explain Kaplan–Meier curves and the Cox proportional hazards model for predicting when a sensor battery fails. Is "
    "Cox ok if some sensors are still alive (censoring)?",
    "How do I apply a Bonferroni or Holm correction when I run 12 A/B tests on the dashboard? Is Benjamini–Hochberg "
    "better here?",
], lower=(2,))

V("clean_engineering_research", "code_review", [
    "Review this Python, it's slow on 2M rows:\n```python\nimport pandas as pd\ndf = pd.read_parquet('readings.parquet')\n"
    "for i, row in df.iterrows():\n    df.at[i, 'temp_f'] = row['temp_c'] * 9/5 + 32\n```",
    "Is there a faster way to compute Levenshtein distance for matching 50k supplier names against 8k in SAP? Currently "
    "python-Levenshtein in a double loop. Would RapidFuzz or a Jaro-Winkler threshold be better?",
])

V("clean_engineering_research", "units_physics", [
    "Quick sanity check: convert 2.5 bar to pascal and psi, 300 kelvin to Celsius and Fahrenheit, and 1 kWh to joules. "
    "Also what's the dew point at 22 °C and 60% RH (Magnus formula)?",
    "Explain the Reynolds number and why it matters for our airflow sensor in HVAC ducts. When does flow go turbulent? "
    "Use Darcy–Weisbach for a pressure drop example.",
])

V("clean_engineering_research", "papers", [
    "Summarise 'Attention Is All You Need' (Vaswani et al., 2017) for the product team in 150 words, no maths.",
    "What are the key ideas of Kahneman and Tversky's prospect theory, and how could we use loss aversion in how the app "
    "shows energy savings?",
])

V("clean_engineering_research", "gantt_plan", [
    "Make a Gantt-style plan (table) for Project Atlas, firmware 2.0 for the gateway. Phases: requirements (2w), design "
    "review (1w), implementation (6w), EMC testing at TÜV SÜD (3w), pilot with 3 customers (4w), rollout. Mark the "
    "critical path.",
    "What's the difference between PERT and CPM? Our PMO uses MS Project and Jira Advanced Roadmaps, and the new Head of "
    "Engineering wants PERT estimates (optimistic / most likely / pessimistic).",
])

V("clean_engineering_research", "fi_kalman", [
    "Selitä lyhyesti, mikä on Kalman-suodatin ja miksi sitä käytetään anturidatan tasoittamiseen. Vertaa liukuvaan "
    "keskiarvoon. Esimerkki lämpötila-anturista olisi kiva.",
], lang="fi")

V("clean_engineering_research", "git_bots", [
    "Write release notes from this git log, only user-facing changes:\n\n3e1a9f0 feat(alerts): weekly digest email (#921)\n"
    "b27c441 chore(deps): bump requests from 2.31.0 to 2.32.3 (dependabot[bot])\n08dd3e2 fix(ios): crash on iPhone SE "
    "when opening Floor Plan\n1f0e7a5 ci: migrate to ubuntu-24.04 runners (github-actions[bot])\nc94b210 docs: update "
    "README for Kubernetes 1.29",
    "Why does renovate[bot] keep opening PRs for the same Django version? renovate.json:\n```json\n{ \"extends\": "
    "[\"config:recommended\"], \"packageRules\": [{ \"matchPackageNames\": [\"django\"], \"allowedVersions\": \"<5.0\" }] }\n```",
])

V("clean_engineering_research", "algorithms", [
    "Dijkstra vs A* vs Bellman-Ford for routing our technicians between sites (about 3,000 sites, road distances from "
    "OSRM). Do any of them handle time windows, or do I need OR-Tools / a VRP solver?",
    "why does the fourier transform of my vibration sensor signal show a big peak at 50 hz? we're in europe, is it the "
    "mains? and whats the nyquist thing, we sample at 80 hz",
], lower=(1,))

V("clean_engineering_research", "sample_data", [
    "Generate 10 rows of fake test data for our user table (first_name, last_name, email, country, role). Use obviously "
    "fake names like Alice Example and Bob Test, emails at example.com, countries from our office list.",
    "Our API docs use 'Jane Doe' and 'john.doe@example.com' in every example. Is that fine or should we use something "
    "less US-centric? Suggest a convention (example.com, RFC 2606).",
])

# ---------------------------------------------------------------- support

V("clean_support", "macros", [
    "Improve this Zendesk macro, it sounds robotic:\n\nHi {{ticket.requester.first_name}},\nYour ticket #{{ticket.id}} "
    "has been received. An agent will respond within {{ticket.sla}}.\nRegards,\n{{current_user.first_name}} | Veltara Support",
    "Translate this Freshdesk canned response into German and French, keep the placeholders exactly:\n\nHi "
    "{{ticket.contact.name}}, thanks for reaching out! We've reset your gateway remotely. If the LED is still red after "
    "10 minutes, reply to this email. – {{ticket.agent.name}}",
])

V("clean_support", "kb_article", [
    "Write a knowledge base article: 'How do I reset my password?' Our SSO is Okta, MFA via Okta Verify or Google "
    "Authenticator. Steps for web and for the iOS/Android app.",
    "KB article draft please: 'Why does my sensor show Offline?' Causes: battery, Wi-Fi out of range, gateway firmware, "
    "Zigbee interference from microwaves. Make it skimmable with headings.",
])

V("clean_support", "tone_rewrite", [
    "Make this reply less defensive:\n\n'Hi there, as already stated in our previous email, the issue is on your network "
    "side and not our product. Please contact your IT department. Regards, Support Team'",
    "Rewrite in simple English for customers who are not native speakers (many in Poland, Turkey and Japan): 'We're "
    "currently experiencing elevated latency in ingestion pipelines which may result in delayed telemetry visualisation.'",
])

V("clean_support", "de_vorlage", [
    "Bitte eine Antwortvorlage für Kündigungen, mit Platzhaltern: \"Sehr geehrte/r {{Anrede}} {{Nachname}}, wir "
    "bestätigen den Eingang Ihrer Kündigung zum {{Vertragsende}} ...\" Freundlich, mit Hinweis auf den Datenexport.",
], lang="de")

V("clean_support", "metrics", [
    "Explain NPS vs CSAT vs CES. Who invented NPS (Fred Reichheld at Bain?) and why do some people say it's a bad metric?",
    "Do a Pareto analysis of these ticket categories and tell me where to focus: Connectivity 412, Billing 96, Firmware "
    "288, App login 174, Hardware RMA 131, Feature request 58, Other 41.",
])

V("clean_support", "oncall", [
    "Write P1–P4 definitions for our support SLA (response and resolution times) and who gets paged via PagerDuty. "
    "P1 = whole customer site down.",
    "opsgenie vs pagerduty for a 6 person on-call rotation across london, pune and chicago? need follow the sun",
], lower=(1,))

# ---------------------------------------------------------------- writing help

V("clean_writing", "quote_check", [
    "Did Peter Drucker really say 'culture eats strategy for breakfast'? Our CEO wants it on the town hall slide. If "
    "not, who said it?",
    "Is the Henry Ford quote 'If I had asked people what they wanted, they would have said faster horses' real? And the "
    "Steve Jobs one about customers not knowing what they want?",
])

V("clean_writing", "translate", [
    "Translate this into Spanish (Mexico) and Portuguese (Brazil): 'Our Monterrey and São Paulo offices will be closed "
    "on 1 May for Labour Day. Support remains available 24/7 via the portal.'",
    "Please translate into Japanese, polite, in romaji please (I can't read kana yet): 'Thank you for visiting our Osaka "
    "office. We look forward to working together on the pilot project.'",
])

V("clean_writing", "summarise_news", [
    "Summarise this for the leadership newsletter (3 bullets): 'Nvidia's CEO Jensen Huang told analysts that demand for "
    "Blackwell chips is \"insane\", while Microsoft, Alphabet and Meta raised their capex guidance. Analysts at Morgan "
    "Stanley warned that power constraints in data centres, not chips, may become the bottleneck by 2026...'",
    "5-line summary of the ECB's latest decision for our treasury update please. Christine Lagarde said rates stay "
    "data-dependent and the deposit facility rate is now 2.75%. Add what Jerome Powell said for the Fed the same week.",
])

V("clean_writing", "toast_quiz", [
    "Write a 1-minute toast for our company's 25th anniversary dinner in Amsterdam. Maybe a line from Shackleton's "
    "'Men wanted' ad (if it's real) or something about Magellan — we're a global company after all.",
    "Ideas for a quiz at the London Christmas party: 10 questions about the company's 25 years mixed with general ones "
    "(e.g. who was Prime Minister when we were founded — Tony Blair?).",
])

V("clean_writing", "shorten", [
    "Shorten to 60 words: 'We are thrilled to announce that Veltara has become an official supplier of smart building "
    "technology for the renovation of the Johan Cruijff ArenA in Amsterdam. This partnership, which follows our "
    "successful projects with FC Barcelona and Tottenham Hotspur, underscores our commitment to sustainable stadium operations...'",
    "shorter pls: 'as part of our ongoing commitment to wellbeing, the london office will be hosting a yoga session every "
    "tuesday led by an instructor from frame, starting next month, in the wellness room on the 3rd floor'",
], lower=(1,))

V("clean_writing", "fi_tiedote", [
    "Voitko lyhentää tämän tiedotteen puoleen? 'Hyvät kollegat, Espoon toimiston ilmanvaihtoremontti alkaa maanantaina. "
    "Remontin aikana 3. kerroksen neuvotteluhuoneet Sibelius ja Aalto eivät ole käytössä. Pahoittelemme häiriötä.'",
], lang="fi")

V("clean_writing", "hi_email", [
    "Mujhe ek email English mein likhna hai client ko ki Holi ki wajah se 14 March ko Pune office band rahega aur "
    "support team Bengaluru se chalegi. Thoda polite aur short rakhna, client Germany se hai.",
], lang="hi")

V("clean_writing", "grammar", [
    "Is it 'Dear Sir or Madam' or 'To whom it may concern' for a formal complaint to Lufthansa? And is 'Yours "
    "faithfully' still used in British English?",
    "Which is right: 'the data is' or 'the data are'? Our Head of Research (British) and the CTO (American) are fighting "
    "about it in the style guide. What do The Economist and AP say?",
])

# ---------------------------------------------------------------- executive assistants

V("clean_ea", "agenda", [
    "Turn this into a proper board meeting agenda with timings (3 hours):\n- Welcome (Chair)\n- Minutes of last meeting "
    "(Company Secretary)\n- CEO update\n- Q4 results and 2025 budget (CFO)\n- Audit Committee report (Chair of the Audit "
    "Committee)\n- Risk: cyber (CISO)\n- AOB",
    "Agenda for a 2-day leadership offsite in Sintra: day 1 strategy (Blue Ocean canvas, SWOT), day 2 org design and "
    "OKRs. Include dinner in Cascais and a walk up to Pena Palace.",
    "Draft the invitation email for the Global Town Hall, Thursday 16:00 CET / 10:00 ET / 20:30 IST / 00:00 JST (sorry "
    "Osaka!). Speakers: CEO, CFO, Chief People Officer. Teams link to follow.",
])

V("clean_ea", "gift_etiquette", [
    "Gift for a client visiting from Japan: what's appropriate (omiyage etiquette)? Budget €80. Thinking of something "
    "from the Netherlands: Delft Blue, stroopwafels from Van Wonderen, or Tony's Chocolonely?",
    "Our CEO wants to send year-end gifts to 40 key clients in Germany, the UAE and India. What's okay compliance-wise "
    "(value limits), and ideas? Hermès is probably too much 😅",
])

V("clean_ea", "restaurant", [
    "Restaurant for 8 people in Milan near the Duomo, business dinner, one vegan, one halal. Somewhere like Cracco? Or "
    "something less formal in Brera.",
    "good place for a team dinner for 14 in shoreditch, not too loud, around 60 quid a head? someone suggested dishoom "
    "or flat iron",
], lower=(1,))

V("clean_ea", "conferences", [
    "Which conferences should our CEO attend in 2025? Shortlist: WEF Davos, Web Summit Lisbon, Slush Helsinki, CES Las "
    "Vegas, Hannover Messe, GITEX Dubai. One line each on audience and cost.",
    "Hotels for Hannover Messe (31 March–4 April): everything in Hanover is sold out. Are Hildesheim, Celle or "
    "Braunschweig realistic by train?",
], lower=(1,))

V("clean_ea", "pt_pauta", [
    "Pode fazer uma pauta para a reunião trimestral com a diretoria do escritório de São Paulo? Temas: resultados do "
    "Q1, expansão para Curitiba, contratações e a festa junina da equipe.",
], lang="pt")


# ---------------------------------------------------------------- PII-free rows in the same shapes as the personal ones
# (pasted mails with signatures, minutes, transcripts, CSV, JSON, chat logs) but from roles, teams, bots and public names

V("clean_it", "role_mailbox_mail", [
    "Can you turn this into a 3-line Teams post for the Osaka and Pune channels?\n\n"
    "From: IT Service Desk <servicedesk@veltara.com>\nSent: Monday, 10 February 2025 07:45\nTo: All Staff EMEA\n"
    "Subject: Planned maintenance – SAP S/4HANA and SAP Concur\n\nDear colleagues,\nOn Saturday 15 February from 18:00 "
    "to 23:00 CET, SAP S/4HANA and SAP Concur will be unavailable while we apply the quarterly patches. Please submit "
    "expense reports before Friday.\n\nKind regards,\nIT Service Desk\nVeltara Group | Global IT\nExt. 4000 | servicedesk.veltara.com",
    "Is this phishing? Got it this morning:\n\nFrom: Microsoft 365 Admin <no-reply@rnicrosoft-support.com>\n"
    "Subject: Your mailbox is almost full\n\nDear User,\nYour mailbox has exceeded 98% of its quota. Click here to "
    "validate your account within 24 hours or it will be suspended.\n\nMicrosoft Corporation\nOne Microsoft Way\n"
    "Redmond, WA 98052",
])

V("clean_it", "bot_chat", [
    "summarise what happened overnight from this slack channel, for the 9am standup:\n\n"
    "PagerDuty APP  02:14\n[Triggered] #4821 gateway-eu-west: CPU > 90% for 10 min\n"
    "Datadog APP  02:16\nMonitor alert: ingest-lag p95 > 120s (env:prod, region:eu-central-1)\n"
    "PagerDuty APP  02:41\n[Acknowledged] #4821 by On-call SRE (EMEA)\n"
    "Jira Cloud APP  03:05\nINC-771 created: Ingestion lag after Kafka broker restart\n"
    "PagerDuty APP  03:30\n[Resolved] #4821",
], lower=(0,))

V("clean_sales", "webinar_transcript", [
    "Turn this webinar Q&A into a short FAQ for the website:\n\n"
    "MODERATOR: Welcome to Veltara Live, Smart Buildings Edition. First question from the chat.\n"
    "AUDIENCE: Does Veltara Sense work with BACnet and Siemens Desigo?\n"
    "HEAD OF PRODUCT: Yes, both, and Honeywell Niagara since version 4.2.\n"
    "AUDIENCE: Is the data stored in the EU?\n"
    "CISO: Frankfurt and Amsterdam, AWS eu-central-1 and eu-west-1. ISO 27001 and SOC 2 Type II.",
])

V("clean_hr", "minutes_roles", [
    "Clean up these minutes and pull out the actions with owners:\n\n"
    "Reward committee 12 Feb\nAttendees: CHRO, Head of Reward, HRBP Sales, HRBP R&D, Finance BP\n"
    "- merit budget 3.5% globally, India and Türkiye separate because of inflation\n"
    "- Finance BP to confirm FX assumptions (INR, TRY, ZAR)\n"
    "- HRBP Sales: calibration deck by Fri\n- next meeting after the Golden Week break in Osaka",
    "Make this Betriebsrat meeting summary readable in English for the global HR team:\n\n"
    "Teilnehmer: Betriebsratsvorsitzende, Personalleitung DACH, Datenschutzbeauftragter\n"
    "1. Einführung von Microsoft Copilot – Betriebsvereinbarung nötig (§ 87 BetrVG)\n"
    "2. Zeiterfassung nach BAG-Urteil – Lösung mit Personio ab Q3\n3. Sommerfest am Ammersee – Budget genehmigt",
])

V("clean_facilities_travel", "office_list_csv", [
    "Make this into a nice table for the visitor page on the intranet (office, address, reception hours):\n\n"
    "office,address,reception\nLondon,\"One Canada Square, Canary Wharf, London E14 5AB\",08:00-18:00\n"
    "Amsterdam,\"World Trade Center, Strawinskylaan, Amsterdam\",08:30-17:30\n"
    "Munich,\"Highlight Towers, Mies-van-der-Rohe-Straße, München\",08:00-17:00\n"
    "Pune,\"Panchshil Business Park, Baner\",09:00-19:00",
])

V("clean_support", "system_webhook", [
    "Our Zendesk trigger fires twice for tickets created by the monitoring bot. Payload:\n\n"
    "{\n  \"ticket\": {\"id\": 50112, \"subject\": \"[AUTO] Gateway offline > 30 min\", \"via\": \"api\"},\n"
    "  \"requester\": {\"name\": \"Veltara Monitoring\", \"email\": \"noreply@veltara.com\"},\n"
    "  \"assignee\": {\"group\": \"L2 Connectivity\"},\n  \"tags\": [\"auto\", \"gateway\", \"eu-west\"]\n}",
])

V("clean_finance", "expense_roles", [
    "Does this expense line break policy (max €120 per head for client dinners)?\n\n"
    "Date | Description | Amount | Attendees\n14/01 | Dinner, Trattoria Milanese | 512.00 EUR | Regional Sales Director, "
    "Account Executive, 2x Pirelli procurement team\n15/01 | Taxi Linate–office | 41.00 EUR | –",
])

V("clean_legal", "public_cases", [
    "Summarise Lloyd v Google [2021] UKSC 50 and Google Spain v AEPD and Mario Costeja González (the right to be "
    "forgotten case) in a few bullets each, and what they mean for a B2B SaaS company like us.",
])

V("clean_procurement", "supplier_signature", [
    "Shorten this supplier reply and tell me what they're actually committing to:\n\n"
    "> Dear Procurement Team,\n> thank you for your RFQ 2025-014. We can confirm delivery of 5,000 pcs within 8 weeks ARO, "
    "prices valid until 30 June, Incoterms FCA Waldenburg.\n> Best regards\n> Your Sales Team EMEA\n"
    "> Würth Elektronik eiSos GmbH & Co. KG\n> Max-Eyth-Straße 1, 74638 Waldenburg, Germany",
])

V("clean_ea", "rooms_named", [
    "Help me pick rooms for Thursday. Available on 4F: 'Ada Lovelace' (8 people, screen), 'Alan Turing' (12, VC), "
    "'Grace Hopper' (4). On 6F: 'Marie Curie' (20, booked 10-12) and 'Nikola Tesla' (6). I need one for the CFO's "
    "budget review (10 people, 14:00-16:00) and one for a 4-person interview panel at 11:00.",
])

# ================================================================ build, check, report


def build():
    rng = random.Random(SEED)
    use = collections.Counter()
    rows, meta = [], []
    for t in REG:
        for i in range(t["n"]):
            c = Ctx(rng, use)
            marked = t["fn"](c, i)
            low = i in t["lower"]
            text, spans = unmark(marked, lower=low)
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
            meta.append({"lang": t["lang"], "lower": low,
                         "people": sorted(k[1] for k in c.inrow if k[0] == "person")})
    return rows, meta


def check(rows):
    ids, texts = set(), set()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["locale"] == "" and r["source"] == SOURCE
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap/unsorted", s)
            last = s["end"]
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"].upper()), s
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(s["value"]), s
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    per_t = collections.Counter((r["class"], r["template"]) for r in rows)
    assert max(per_t.values()) <= 5, per_t.most_common(3)
    assert len(per_t) >= 80, len(per_t)
    return True


def audit(rows):
    """Warnings, not errors: a labelled value, or a name token of the people pool, that also
    occurs somewhere in a row without a span over it."""
    toks = set()
    for p in PEOPLE_OBJS:
        for w in re.split(r"[\s\-']+", p.g + " " + p.f):
            if len(w) >= 3 and w.lower() not in {"van", "der", "den", "dos", "del", "binti", "von", "dela", "santos"}:
                toks.add(w.lower())
    out = []
    for r in rows:
        if r["class"].startswith("clean_"):
            continue
        cov = [(s["start"], s["end"]) for s in r["spans"]]
        for m in re.finditer(r"\w+", r["text"]):
            w = m.group(0).lower()
            if w in toks and not any(a <= m.start() and m.end() <= b for a, b in cov):
                out.append((r["id"], m.group(0)))
    return out


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    for v in IBANS.values():
        assert iban_ok(v), v
    for v in CARDS:
        assert luhn_ok(v), v
    rows, meta = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        print(f"{OUT}: {'unchanged' if old == data else 'differs'}")
        sys.exit(0 if old == data else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    pers = [r for r in rows if not r["class"].startswith("clean_")]
    print(f"rows {len(rows)}: personal {len(pers)}, PII-free {len(rows) - len(pers)}")
    print("templates", len({(r['class'], r['template']) for r in rows}))
    print("classes", dict(collections.Counter(r["class"] for r in rows)))
    print("spans", dict(collections.Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    langs = collections.Counter(m["lang"] for m in meta)
    print("languages", dict(langs.most_common()), "non-English", sum(v for k, v in langs.items() if k != "en"))
    print("languages (personal / PII-free)",
          dict(collections.Counter(m["lang"] for r, m in zip(rows, meta) if not r["class"].startswith("clean_"))),
          dict(collections.Counter(m["lang"] for r, m in zip(rows, meta) if r["class"].startswith("clean_"))))
    print("lower-case rows (whole row)", sum(1 for r in rows if r["text"] == r["text"].lower()),
          "flagged", sum(m["lower"] for m in meta))
    used = {k for m in meta for k in m["people"]}
    print("people used", len(used), "of", len(PEOPLE_OBJS), "culture tags",
          len({p.cult for p in PEOPLE_OBJS if p.key in used}))
    print("length chars min/median/max", min(len(r["text"]) for r in rows),
          sorted(len(r["text"]) for r in rows)[len(rows) // 2], max(len(r["text"]) for r in rows))
    print("sha256", hashlib.sha256(data.encode()).hexdigest())
    w = audit(rows)
    if w:
        print("audit: unlabelled pool-name tokens:", w)


if __name__ == "__main__":
    main()
