#!/usr/bin/env python3
"""venue -- hand-written labelled prompts from hospitality, events and leisure.

A "stranger" check set: staff and customers of hotels and B&Bs, restaurants and caterers,
event and wedding planners, theatres and box offices, tour operators and guides, sports clubs
and leisure centres, writing to a chat assistant.

Python standard library only, deterministic (SEED = 49_1207):

    python3 build.py           # writes tune.jsonl, prints rows per class, spans per type, sha256
    python3 build.py --check   # rebuilds in memory: "tune.jsonl: unchanged" (exit 0) or differs (exit 1)

Every private name, street, town-and-postcode pairing, phone, date of birth, document number,
card and account number below was typed by hand for this file; e-mail local parts and handles
are derived in code from the hand-typed names; check digits (Luhn, IBAN, DNI letter, PESEL,
T.C. kimlik, personnummer, CPF) are computed so the numbers are well formed.
"""
import collections
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 49_1207
SET = "venue"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/venue/build.py"
ALLOWED = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
           "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

# ----------------------------------------------------------------------------------------------
# markers
# ----------------------------------------------------------------------------------------------
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧|]*)⟧")


def M(typ, value):
    assert typ in ALLOWED, typ
    assert value and value == value.strip(), repr(value)
    return f"⟦{typ}|{value}⟧"


def unmark(marked, case=None):
    """Strip ⟦TYPE|value⟧ markers, return (text, spans). A lower-case or CAPITALS row is cased
    piece by piece, so offsets stay right when casing changes a string's length."""
    f = {None: (lambda s: s), "lower": str.lower, "upper": str.upper}[case]
    out, spans, pos, i = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = f(marked[i:m.start()])
        out.append(pre)
        pos += len(pre)
        val = f(m.group(2))
        spans.append({"start": pos, "end": pos + len(val), "type": m.group(1), "value": val})
        out.append(val)
        pos += len(val)
        i = m.end()
    out.append(f(marked[i:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i",
        "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "Þ": "Th", "œ": "oe"}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def squash(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


# ----------------------------------------------------------------------------------------------
# check digits (the numbers themselves are typed by hand below)
# ----------------------------------------------------------------------------------------------
def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    return luhn_digit(digits[:-1]) == digits[-1]


def card(prefix_typed, groups):
    num = prefix_typed + luhn_digit(prefix_typed)
    assert luhn_ok(num)
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    assert i == len(num)
    return " ".join(out)


def iban(cc, bban):
    bban = bban.replace(" ", "")
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    check = 98 - int(conv) % 97
    raw = f"{cc}{check:02d}{bban}"
    conv2 = "".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])
    assert int(conv2) % 97 == 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def dni(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def tc_kimlik(first9):
    d = [int(x) for x in first9]
    assert d[0] != 0
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def pesel(dob, serial4):
    d, m, y = dob
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{d:02d}{serial4}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10)


def personnummer(dob, serial3):
    d, m, y = dob
    base = f"{y % 100:02d}{m:02d}{d:02d}{serial3}"
    return f"{base[:6]}-{base[6:]}{luhn_digit(base)}"


def cpf(first9):
    d = [int(x) for x in first9]
    s1 = sum(v * (10 - i) for i, v in enumerate(d)) * 10 % 11 % 10
    d.append(s1)
    s2 = sum(v * (11 - i) for i, v in enumerate(d)) * 10 % 11 % 10
    d.append(s2)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


# ----------------------------------------------------------------------------------------------
# private people (typed by hand): given, family, culture tag, region, mail domain
# ----------------------------------------------------------------------------------------------
FEMALE = set("""Olive Grace Rose Dawn Fiona Carys Priya Gurpreet Hodan Aoife Siobhán Brittany Latoya Yaritza
Geneviève Bronwyn Aroha Mele Nomvula Zukiswa Chiamaka Ama Wanjiru Selam Nour Layla Shira Ananya Dilani Hồng
Yuting Ji-won Aiko Kanya Maricel Putu_Ayu Siti_Aminah Guadalupe Juliana Letícia Inês Lucía Pilar Marisol
Sandrine Élodie Gwenaëlle Margaux Lotte Amandine Femke Sanne Annika Friederike Theresa Nadja Chiara Federica
Agnieszka Zofia Małgorzata Tereza Jana Réka Ioana Oksana Ivana Desislava Rūta Ani Nino Eleni Vasiliki Elif
Zeynep Ayşe Rojda Linnea Maja Elsa Sigrid Biret Mette Aino Guðrún""".replace("_", " ").split())


class Person:
    def __init__(self, given, family, culture, region, domain, full=None):
        self.given, self.family, self.culture, self.region, self.domain = given, family, culture, region, domain
        self.full = full or f"{given} {family}"
        self.sex = "f" if given in FEMALE else "m"

    @property
    def key(self):
        return self.full

    n = property(lambda s: M("PERSON", s.full))                        # full name
    g = property(lambda s: M("PERSON", s.given))                       # given name alone
    f = property(lambda s: M("PERSON", s.family))                      # family name alone
    fc = property(lambda s: M("PERSON", s.family[0].upper() + s.family[1:]))  # "Van der Heijden"
    F = property(lambda s: M("PERSON", s.family.upper()))              # "MARSH"
    N = property(lambda s: M("PERSON", s.full.upper()))                # "OLIVE MARSH"
    fg = property(lambda s: M("PERSON", s.family) + ", " + M("PERSON", s.given))   # two spans
    Fg = property(lambda s: M("PERSON", f"{s.family.upper()} {s.given}"))  # "MARSH Olive", one span
    ini = property(lambda s: M("PERSON", f"{s.given[0]}. {s.family}"))  # "O. Marsh"

    def local(self, style, num=""):
        g, f = squash(self.given), squash(self.family)
        return {"g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}",
                "gfam": f"{g[0]}{f}", "g.f#": f"{g}.{f}{num}", "gf#": f"{g}{f}{num}",
                "gi#": f"{g}{f[0]}{num}", "f#": f"{f}{num}", "g-f": f"{g}-{f}",
                "fg": f"{f}{g}"}[style]

    def mail(self, rng, style=None, domain=None):
        style = style or rng.choice(["g.f", "gf", "g_f", "f.g", "gfam", "g.f#", "gf#", "gi#"])
        num = str(rng.choice([7, 12, 19, 23, 31, 44, 58, 66, 71, 77, 82, 85, 88, 90, 94, 99]))
        return M("EMAIL_ADDRESS", f"{self.local(style, num)}@{domain or self.domain}")

    def handle(self, rng, style=None):
        style = style or rng.choice(["g.f", "g_f", "gf#", "gi#", "fg", "gfam"])
        num = str(rng.choice([3, 8, 11, 21, 87, 92, 1990, 2004]))
        return M("PERSON", self.local(style, num))


P = Person
PEOPLE = [
    # United Kingdom and Ireland
    P("Olive", "Marsh", "english", "uk", "btinternet.com"),
    P("Basil", "Thornbury", "english", "uk", "gmail.com"),
    P("Grace", "Baker", "english", "uk", "outlook.com"),
    P("Miles", "Porter", "english", "uk", "yahoo.co.uk"),
    P("Rose", "Butler", "english", "uk", "gmail.com"),
    P("Dawn", "Fisher", "english", "uk", "hotmail.co.uk"),
    P("Will", "Stone", "english", "uk", "gmail.com"),
    P("Fiona", "Drummond", "scottish", "uk", "gmail.com"),
    P("Alasdair", "MacLeod", "scottish", "uk", "outlook.com"),
    P("Rhys", "Pritchard", "welsh", "uk", "btinternet.com"),
    P("Carys", "Llewellyn", "welsh", "uk", "gmail.com"),
    P("Delroy", "Campbell", "jamaican", "uk", "gmail.com"),
    P("Priya", "Raghunathan", "tamil", "uk", "gmail.com"),
    P("Imran", "Qureshi", "urdu", "uk", "hotmail.co.uk"),
    P("Gurpreet", "Kaur Gill", "punjabi", "uk", "gmail.com"),
    P("Hodan", "Warsame", "somali", "uk", "gmail.com"),
    P("Aoife", "Ní Mhurchú", "irish", "ie", "gmail.com"),
    P("Cathal", "O'Sullivan", "irish", "ie", "eircom.net"),
    P("Siobhán", "Brennan", "irish", "ie", "gmail.com"),
    # North America, Oceania
    P("Chase", "Holloway", "us", "us", "gmail.com"),
    P("Hunter", "Brooks", "us", "us", "yahoo.com"),
    P("Brittany", "Kowalczyk", "polish-american", "us", "gmail.com"),
    P("Tyrone", "Jefferson", "african-american", "us", "outlook.com"),
    P("Latoya", "Washington", "african-american", "us", "gmail.com"),
    P("Kai", "Nakoa", "hawaiian", "us", "gmail.com"),
    P("Yaritza", "Almonte", "dominican", "us", "gmail.com"),
    P("Maxime", "Tremblay", "quebecois", "ca", "videotron.ca"),
    P("Geneviève", "Gagnon", "quebecois", "ca", "gmail.com"),
    P("Bronwyn", "Fitzgerald", "australian", "au", "bigpond.com"),
    P("Lachlan", "Doyle", "australian", "au", "gmail.com"),
    P("Aroha", "Te Rangi", "maori", "nz", "xtra.co.nz"),
    P("Mele", "Tupou", "tongan", "nz", "gmail.com"),
    P("Sione", "Faleolo", "samoan", "nz", "gmail.com"),
    # Africa, Middle East
    P("Pieter", "van der Merwe", "afrikaans", "za", "gmail.com"),
    P("Nomvula", "Dlamini", "zulu", "za", "gmail.com"),
    P("Zukiswa", "Gqirana", "xhosa", "za", "webmail.co.za"),
    P("Adebayo", "Ogunleye", "yoruba", "ng", "gmail.com"),
    P("Chiamaka", "Okafor", "igbo", "ng", "yahoo.com"),
    P("Kwame", "Asante", "akan", "gh", "gmail.com"),
    P("Ama", "Owusu", "akan", "gh", "gmail.com"),
    P("Wanjiru", "Kamau", "kikuyu", "ke", "gmail.com"),
    P("Kiprono", "Cheruiyot", "kalenjin", "ke", "gmail.com"),
    P("Selam", "Tesfaye", "amharic", "et", "gmail.com"),
    P("Youssef", "El Amrani", "moroccan", "ma", "gmail.com"),
    P("Nour", "Haddad", "lebanese", "lb", "gmail.com"),
    P("Mostafa", "Abdelrahman", "egyptian", "eg", "gmail.com"),
    P("Layla", "Al-Khatib", "jordanian", "jo", "hotmail.com"),
    P("Reza", "Moradi", "persian", "ir", "gmail.com"),
    P("Shira", "Ben-Ami", "hebrew", "il", "gmail.com"),
    # Asia
    P("Arjun", "Mehta", "gujarati", "in", "gmail.com"),
    P("Ananya", "Chatterjee", "bengali", "in", "gmail.com"),
    P("Dilani", "Wickramasinghe", "sinhala", "lk", "gmail.com"),
    P("Hồng", "Nguyễn", "vietnamese", "vn", "gmail.com", full="Nguyễn Thị Hồng"),
    P("Khoa", "Trần", "vietnamese", "vn", "gmail.com", full="Trần Minh Khoa"),
    P("Yuting", "Zhang", "chinese", "cn", "163.com", full="Zhang Yuting"),
    P("Po-han", "Chen", "taiwanese", "tw", "gmail.com", full="Chen Po-han"),
    P("Ji-won", "Park", "korean", "kr", "naver.com", full="Park Ji-won"),
    P("Dong-hyun", "Lee", "korean", "kr", "gmail.com", full="Lee Dong-hyun"),
    P("Aiko", "Yamamoto", "japanese", "jp", "gmail.com"),
    P("Haruto", "Sasaki", "japanese", "jp", "yahoo.co.jp"),
    P("Kanya", "Srisuk", "thai", "th", "hotmail.com"),
    P("Maricel", "Bautista", "filipino", "ph", "gmail.com"),
    P("Jericho", "Villanueva", "filipino", "ph", "yahoo.com"),
    P("Putu Ayu", "Suryani", "balinese", "id", "gmail.com"),
    P("Siti Aminah", "binti Yusof", "malay", "my", "gmail.com"),
    # Latin America, Iberia
    P("Guadalupe", "Treviño Garza", "mexican", "latam", "hotmail.com"),
    P("Rodrigo", "Villaseñor", "mexican", "latam", "gmail.com"),
    P("Facundo", "Etcheverry", "argentine", "latam", "gmail.com"),
    P("Juliana", "Ospina Duque", "colombian", "latam", "gmail.com"),
    P("Ignacio", "Saavedra", "chilean", "latam", "gmail.com"),
    P("Wilfredo", "Quispe Mamani", "quechua", "latam", "gmail.com"),
    P("Thiago", "Coelho", "brazilian", "br", "gmail.com"),
    P("Letícia", "Pereira dos Santos", "brazilian", "br", "uol.com.br"),
    P("Inês", "Carvalho", "portuguese", "pt", "sapo.pt"),
    P("Rui", "Magalhães", "portuguese", "pt", "gmail.com"),
    P("João Pedro", "Antunes", "portuguese", "pt", "hotmail.com"),
    P("Lucía", "Cordero Ruiz", "spanish", "es", "gmail.com"),
    P("Álvaro", "Manzano", "spanish", "es", "hotmail.es"),
    P("Pilar", "Fuentes", "spanish", "es", "telefonica.net"),
    P("Marisol", "Peña Albarrán", "andalusian", "es", "gmail.com"),
    P("Jordi", "Puigdevall", "catalan", "es", "gmail.com"),
    P("Iker", "Etxeberria", "basque", "es", "euskaltel.net"),
    P("Xoán", "Lamas Vilariño", "galician", "es", "gmail.com"),
    # France, Benelux
    P("Sandrine", "Boulanger", "french", "fr", "orange.fr"),
    P("Thibault", "Poisson", "french", "fr", "free.fr"),
    P("Élodie", "Marchand", "french", "fr", "gmail.com"),
    P("Gwenaëlle", "Le Goff", "breton", "fr", "laposte.net"),
    P("Margaux", "Delacroix", "french", "fr", "gmail.com"),
    P("Wout", "Vermeulen", "flemish", "be", "telenet.be"),
    P("Lotte", "De Smet", "flemish", "be", "gmail.com"),
    P("Amandine", "Lejeune", "walloon", "be", "skynet.be"),
    P("Bram", "de Wit", "dutch", "nl", "ziggo.nl"),
    P("Femke", "van der Heijden", "dutch", "nl", "gmail.com"),
    P("Sanne", "Bakker", "dutch", "nl", "kpnmail.nl"),
    P("Joost", "Hoekstra", "frisian", "nl", "gmail.com"),
    # German-speaking
    P("Jonas", "Koch", "german", "de", "gmx.de"),
    P("Annika", "Weißbach", "german", "de", "web.de"),
    P("Lukas", "Wirth", "german", "de", "t-online.de"),
    P("Friederike", "von Stetten", "german", "de", "gmail.com"),
    P("Florian", "Huber", "austrian", "at", "gmx.at"),
    P("Theresa", "Pichler", "austrian", "at", "aon.at"),
    P("Reto", "Zürcher", "swiss", "ch", "bluewin.ch"),
    P("Nadja", "Brunner", "swiss", "ch", "gmail.com"),
    # Italy
    P("Chiara", "Esposito", "italian", "it", "libero.it"),
    P("Federica", "Bellini", "italian", "it", "gmail.com"),
    P("Gianluca", "Marino", "italian", "it", "alice.it"),
    P("Efisio", "Porcu", "sardinian", "it", "tiscali.it"),
    P("Matthias", "Oberhofer", "south-tyrolean", "it", "gmail.com"),
    # Central and Eastern Europe
    P("Agnieszka", "Wróbel", "polish", "pl", "wp.pl"),
    P("Tomasz", "Kowal", "polish", "pl", "o2.pl"),
    P("Zofia", "Grabowska", "polish", "pl", "gmail.com"),
    P("Kacper", "Nowicki", "polish", "pl", "interia.pl"),
    P("Małgorzata", "Szczepańska", "polish", "pl", "onet.pl"),
    P("Tereza", "Dvořáková", "czech", "cz", "seznam.cz"),
    P("Ondřej", "Kučera", "czech", "cz", "seznam.cz"),
    P("Jana", "Procházková", "czech", "cz", "email.cz"),
    P("Marek", "Hrušovský", "slovak", "sk", "azet.sk"),
    P("Réka", "Kovács", "hungarian", "hu", "freemail.hu", full="Kovács Réka"),
    P("Bence", "Nagy", "hungarian", "hu", "gmail.com", full="Nagy Bence"),
    P("Ioana", "Popescu", "romanian", "ro", "yahoo.com"),
    P("Andrei", "Munteanu", "romanian", "ro", "gmail.com"),
    P("Oksana", "Melnyk", "ukrainian", "ua", "ukr.net"),
    P("Taras", "Hnatiuk", "ukrainian", "ua", "gmail.com"),
    P("Nemanja", "Petrović", "serbian", "rs", "gmail.com"),
    P("Ivana", "Horvat", "croatian", "hr", "gmail.com"),
    P("Desislava", "Petkova", "bulgarian", "bg", "abv.bg"),
    P("Rūta", "Kazlauskienė", "lithuanian", "lt", "gmail.com"),
    P("Jānis", "Ozols", "latvian", "lv", "inbox.lv"),
    P("Mart", "Kask", "estonian", "ee", "gmail.com"),
    P("Ani", "Hovhannisyan", "armenian", "am", "gmail.com"),
    P("Nino", "Beridze", "georgian", "ge", "gmail.com"),
    # Greece, Turkey
    P("Eleni", "Papadaki", "greek", "gr", "gmail.com"),
    P("Dimitris", "Kouris", "greek", "gr", "yahoo.gr"),
    P("Vasiliki", "Antoniou", "greek", "gr", "otenet.gr"),
    P("Stavros", "Lekkas", "greek", "gr", "gmail.com"),
    P("Elif", "Yıldız", "turkish", "tr", "gmail.com"),
    P("Emre", "Demir", "turkish", "tr", "hotmail.com"),
    P("Zeynep", "Aydın", "turkish", "tr", "gmail.com"),
    P("Burak", "Öztürk", "turkish", "tr", "yandex.com"),
    P("Ayşe", "Çelik", "turkish", "tr", "hotmail.com"),
    P("Rojda", "Aslan", "kurdish", "tr", "gmail.com"),
    # Nordics
    P("Linnea", "Berg", "swedish", "se", "telia.com"),
    P("Oskar", "Lindqvist", "swedish", "se", "gmail.com"),
    P("Maja", "Strand", "swedish", "se", "hotmail.com"),
    P("Elsa", "Sjöberg", "swedish", "se", "gmail.com"),
    P("Sigrid", "Haugen", "norwegian", "no", "online.no"),
    P("Øyvind", "Bakken", "norwegian", "no", "gmail.com"),
    P("Biret", "Gaup", "sami", "no", "gmail.com"),
    P("Mette", "Kjeldsen", "danish", "dk", "mail.dk"),
    P("Rasmus", "Holm", "danish", "dk", "gmail.com"),
    P("Aino", "Virtanen", "finnish", "fi", "gmail.com"),
    P("Juha", "Laaksonen", "finnish", "fi", "elisanet.fi"),
    P("Guðrún", "Sigurðardóttir", "icelandic", "is", "simnet.is"),
    P("Kári", "Þórsson", "icelandic", "is", "gmail.com"),
]
REGION_OF_CC = {"mx": "latam", "br": "br", "jp": "jp", "in": "in"}

# ----------------------------------------------------------------------------------------------
# home addresses (typed by hand; real small towns, invented street numbers and postcodes)
# ----------------------------------------------------------------------------------------------
class Address:
    def __init__(self, cc, street, town, postcode, region=None, unit=None, district=None, country=None):
        self.cc, self.street, self.town, self.postcode = cc, street, town, postcode
        self.region, self.unit, self.district, self.country = region, unit, district, country
        self.key = f"{street}|{town}"

    def L(self, v):
        return M("LOCATION", v)

    street_m = property(lambda s: s.L(s.street))
    town_m = property(lambda s: s.L(s.town))
    pc_m = property(lambda s: s.L(s.postcode))
    ctry_m = property(lambda s: s.L(s.country))

    def lines(self):
        L, cc = self.L, self.cc
        st = L(self.street) if not self.unit else (
            f"{L(self.unit)}, {L(self.street)}" if cc in ("uk", "ie", "au", "nz", "za", "us") else f"{L(self.street)}, {L(self.unit)}")
        if cc == "uk":
            out = [st, L(self.town)] + ([L(self.region)] if self.region else []) + [L(self.postcode)]
        elif cc == "ie":
            out = [st, L(self.town), L(self.region), L(self.postcode)]
        elif cc in ("us", "ca", "au"):
            out = [st, f"{L(self.town)}, {L(self.region)} {L(self.postcode)}" if cc != "au"
                   else f"{L(self.town)} {L(self.region)} {L(self.postcode)}"]
        elif cc in ("nz", "za"):
            out = [st, f"{L(self.town)} {L(self.postcode)}"]
        elif cc == "es":
            out = [st, f"{L(self.postcode)} {L(self.town)} ({L(self.region)})"]
        elif cc == "it":
            out = [st, f"{L(self.postcode)} {L(self.town)} ({L(self.region)})"]
        elif cc == "tr":
            out = [st, L(self.district), f"{L(self.postcode)} {L(self.town)}/{L(self.region)}"]
        elif cc == "gr" and self.region:
            out = [st, f"{L(self.postcode)} {L(self.town)}, {L(self.region)}"]
        elif cc == "br":
            out = [st, L(self.district), f"{L(self.town)} – {L(self.region)}", L(self.postcode)]
        elif cc == "mx":
            out = [st, L(self.district), f"{L(self.postcode)} {L(self.town)}, {L(self.region)}"]
        elif cc == "jp":
            out = [st, L(self.town), f"{L(self.district)}, {L(self.region)} {L(self.postcode)}"]
        elif cc == "in":
            out = [st, L(self.town), f"{L(self.region)} {L(self.postcode)}"]
        else:  # continental: street, postcode town
            out = [st, f"{L(self.postcode)} {L(self.town)}"]
        return out

    def one(self, sep=", "):
        return sep.join(self.lines())

    def block(self, indent=""):
        return "\n".join(indent + x for x in self.lines())


A = Address
ADDRESSES = [
    A("uk", "14 Kirkstone Road", "Ambleside", "LA22 9DT", region="Cumbria", country="United Kingdom"),
    A("uk", "31 High Street", "Southwold", "IP18 6AD", region="Suffolk", unit="Flat 2", country="UK"),
    A("uk", "7 Argyll Terrace", "Tobermory", "PA75 6PB", region="Isle of Mull", country="Scotland"),
    A("uk", "22 Bye Street", "Ledbury", "HR8 2AA", region="Herefordshire", country="England"),
    A("ie", "4 Emmet Square", "Clonakilty", "P85 W2K7", region="Co. Cork", country="Ireland"),
    A("ie", "9 The Octagon", "Westport", "F28 K3T9", region="Co. Mayo", country="Ireland"),
    A("fr", "12 rue des Trois-Églises", "Riquewihr", "68340", country="France"),
    A("fr", "5 quai Gambetta", "Cancale", "35260", country="France"),
    A("fr", "8 place aux Herbes", "Uzès", "30700", country="France"),
    A("de", "Seestraße 7", "Meersburg", "88709", country="Germany"),
    A("de", "Rurstraße 31", "Monschau", "52156", country="Germany"),
    A("de", "Goethestraße 4", "Wernigerode", "38855", country="Deutschland"),
    A("at", "Seestraße 88", "Hallstatt", "4830", country="Austria"),
    A("ch", "Hofmattstrasse 12", "Zermatt", "3920", country="Switzerland"),
    A("nl", "Kapelstraat 14", "Veere", "4351 AJ", country="Netherlands"),
    A("nl", "Nieuwstad 3", "Hindeloopen", "8713 JR", country="Nederland"),
    A("be", "Rue Haute 12", "Durbuy", "6940", country="Belgium"),
    A("es", "Calle Portal de Molina, 9", "Albarracín", "44100", region="Teruel", unit="2º B", country="Spain"),
    A("es", "Carrer des Call, 4", "Cadaqués", "17488", region="Girona", country="España"),
    A("es", "Calle Rivero, 21", "Cudillero", "33150", region="Asturias", country="Spain"),
    A("pt", "Rua Direita, 45", "Óbidos", "2510-060", country="Portugal"),
    A("pt", "Rua de São Tiago, 12", "Monsaraz", "7200-175", country="Portugal"),
    A("it", "Via Garibaldi 21", "Bellagio", "22021", region="CO", country="Italy"),
    A("it", "Via del Duomo 48", "Orvieto", "05018", region="TR", country="Italia"),
    A("it", "Vico Santo Stefano 6", "Polignano a Mare", "70044", region="BA", country="Italy"),
    A("pl", "ul. Mickiewicza 8/3", "Sandomierz", "27-600", country="Poland"),
    A("pl", "ul. Kościeliska 15", "Zakopane", "34-500", country="Polska"),
    A("pl", "ul. Gdańska 22", "Kartuzy", "83-300", country="Poland"),
    A("se", "Stora gatan 14", "Sigtuna", "193 30", country="Sweden"),
    A("se", "Lilla Östergatan 6", "Ystad", "271 34", country="Sverige"),
    A("no", "Bergmannsgata 9", "Røros", "7374", country="Norway"),
    A("dk", "Sortebrødregade 4", "Ribe", "6760", country="Denmark"),
    A("fi", "Mannerheiminkatu 14", "Naantali", "21100", country="Finland"),
    A("cz", "Latrán 41", "Český Krumlov", "381 01", country="Czech Republic"),
    A("cz", "nám. Zachariáše z Hradce 17", "Telč", "588 56", country="Czechia"),
    A("tr", "Kemalpaşa Cad. No: 62", "Çeşme", "35937", region="İzmir", district="Alaçatı", country="Turkey"),
    A("tr", "Atatürk Cad. No: 41", "Ayvalık", "10400", region="Balıkesir", district="Sakarya Mah.", country="Türkiye"),
    A("gr", "Vasileos Konstantinou 18", "Nafplio", "211 00", country="Greece"),
    A("gr", "Nikolaou Nomikou 3", "Oia", "847 02", region="Santorini", country="Greece"),
    A("us", "212 Maple Street", "Stowe", "05672", region="VT", country="USA"),
    A("us", "48 Ledgelawn Avenue", "Bar Harbor", "04609", region="ME", country="United States"),
    A("us", "605 Spring Street", "Galena", "61036", region="IL", country="USA"),
    A("ca", "48 rue Sainte-Anne", "Baie-Saint-Paul", "G3Z 1N8", region="QC", country="Canada"),
    A("au", "9 Vincent Street", "Daylesford", "3460", region="VIC", country="Australia"),
    A("nz", "27 Buckingham Street", "Arrowtown", "9302", country="New Zealand"),
    A("za", "17 Huguenot Road", "Franschhoek", "7690", country="South Africa"),
    A("br", "Rua Direita, 112", "Tiradentes", "36325-000", region="MG", district="Centro", country="Brazil"),
    A("mx", "Av. Revolución 14", "Tepoztlán", "62520", region="Mor.", district="Barrio San Miguel", country="Mexico"),
    A("jp", "2-14-7 Gora", "Hakone-machi", "250-0408", region="Kanagawa", district="Ashigarashimo-gun", country="Japan"),
    A("in", "Ivy Cottage, Upper Mall", "Kasauli", "173204", region="Himachal Pradesh", country="India"),
]

# phones, national formats, typed by hand
PHONES = {
    "uk": ["07812 334905", "07493 118 276", "015394 32871", "07384 662019", "07921 540 338", "+44 7458 201 993"],
    "ie": ["087 214 6630", "086 390 4417", "085 771 2094"],
    "us": ["(802) 253-4417", "(207) 288-6190", "815-777-2093", "(917) 604-3381"],
    "ca": ["(418) 435-2276", "514 862-3390"],
    "au": ["0412 887 309", "0438 201 556"],
    "nz": ["021 447 8193", "027 318 4402"],
    "za": ["082 418 2276", "071 903 4458"],
    "fr": ["06 12 48 73 95", "07 81 22 40 16", "06.44.90.13.27", "02 99 89 14 63"],
    "be": ["0475 31 88 09"],
    "de": ["0171 4839226", "0152 28810473", "07532 44819", "0160 9318 4427", "+49 176 20458813"],
    "at": ["0664 381 2290"],
    "ch": ["079 412 38 55"],
    "nl": ["06-41837265", "06 2819 4470", "0118 501 224"],
    "es": ["612 48 93 07", "654 220 871", "978 71 03 46", "689 30 12 55"],
    "pt": ["912 384 576", "936 201 448", "262 959 331"],
    "it": ["347 218 9904", "333 81 27 456", "0763 341 229", "+39 339 402 1187"],
    "pl": ["601 283 447", "512 904 338", "+48 698 117 240", "781-220-913"],
    "se": ["070-412 88 35", "073-901 22 64", "0411-183 40"],
    "no": ["412 88 305"],
    "dk": ["23 48 17 95"],
    "fi": ["040 718 2264"],
    "cz": ["603 418 227", "777 290 415", "+420 731 552 108"],
    "sk": ["0905 318 442"],
    "tr": ["0532 418 27 63", "0541 903 11 28", "0 (505) 277 40 19", "0533 812 90 44"],
    "gr": ["694 512 3387", "697 208 4415", "6983 117 402"],
    "br": ["(32) 98841-2276", "(11) 97302-1845"],
    "mx": ["55 3418 2276", "777 102 4439"],
    "jp": ["090-3418-2276"],
    "kr": ["010-4182-7730"],
    "in": ["98450 31276"],
    "ng": ["0803 418 2276"],
    "ke": ["0712 418 227"],
    "hu": ["06 30 418 2276"],
    "ro": ["0722 418 276"],
}

# dates of birth, typed by hand as (day, month, year)
DOB_ADULT = [(14, 3, 1988), (3, 5, 1979), (8, 11, 1992), (7, 9, 1965), (22, 3, 2001), (30, 1, 1974),
             (17, 8, 1983), (2, 12, 1990), (25, 6, 1958), (11, 10, 1996), (9, 4, 1986), (28, 2, 1971),
             (5, 7, 1999), (19, 1, 1962), (13, 9, 1981), (1, 6, 1993), (24, 12, 1977), (16, 5, 1968),
             (21, 8, 1995), (6, 2, 1985), (29, 10, 1952), (12, 7, 2000), (4, 4, 1989), (27, 11, 1973),
             (15, 1, 1997), (31, 5, 1966), (10, 3, 1991), (18, 9, 1980), (23, 7, 1959), (3, 10, 1987)]
DOB_CHILD = [(12, 4, 2014), (3, 9, 2015), (27, 1, 2013), (8, 6, 2016), (19, 11, 2012), (30, 3, 2017),
             (14, 8, 2011), (2, 2, 2015), (21, 10, 2013), (6, 12, 2016)]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def fmt_date(d, style):
    dd, mm, yy = d
    if style == "dmy/":
        return f"{dd:02d}/{mm:02d}/{yy}"
    if style == "dmy.":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "dmy-":
        return f"{dd:02d}-{mm:02d}-{yy}"
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "us":
        return f"{mm:02d}/{dd:02d}/{yy}"
    if style == "us_long":
        return f"{MONTHS['en'].split()[mm - 1]} {dd}, {yy}"
    if style == "short":
        return f"{dd}/{mm}/{yy % 100:02d}"
    if style == "cs":
        return f"{dd}. {mm}. {yy}"
    if style == "en":
        return f"{dd} {MONTHS['en'].split()[mm - 1]} {yy}"
    if style in ("es", "pt"):
        return f"{dd} de {MONTHS[style].split()[mm - 1]} de {yy}"
    if style == "de":
        return f"{dd}. {MONTHS['de'].split()[mm - 1]} {yy}"
    if style in ("fr", "it", "nl"):
        return f"{dd} {MONTHS[style].split()[mm - 1]} {yy}"
    raise KeyError(style)


# passports and identity documents, typed by hand (check digits computed where a scheme has them)
IDS = {
    "uk": ["548213097", "563902184", "711482390", "502917346"],
    "ie": ["PA4417820", "LK2093718"],
    "us": ["A04927183", "589341027"],
    "fr": ["21FK48390", "19CD07731"],
    "de": ["C4J7R0T2K", "CF8M23LX9", "LZ6311T47"],
    "at": ["P4182273"],
    "ch": ["X4829173"],
    "nl": ["NW7KF3R82", "BL8J2TH46"],
    "be": ["EJ418227"],
    "es": [dni("48392017"), dni("02918374"), dni("73640291"), dni("51207348")],
    "es_pp": ["PAK418203"],
    "pt": ["13857204 7 ZY3", "15093381 2 ZX8"],
    "it": ["CA48213KE", "CB90172TL", "YA3918274"],
    "pl": ["CGB 418227", "AYK 903115"],
    "se": ["91842736"],
    "no": ["FJ8821043"],
    "dk": ["209348172"],
    "fi": ["PA1839402"],
    "cz": ["204918375", "45129873"],
    "tr": [tc_kimlik("314825709"), tc_kimlik("502913847"), tc_kimlik("271840356"), tc_kimlik("418207593")],
    "gr": ["AK 318442", "AN 902118"],
    "br": [cpf("418227903"), cpf("302918475")],
    "mx": ["G28391047"],
    "jp": ["TK4821937"],
    "kr": ["M83920174"],
    "in": ["R3918204"],
    "cn": ["EJ4821937"],
    "au": ["PA4829103"],
    "nz": ["LH928173"],
    "ca": ["GK391824"],
    "za": ["A04829173"],
    "ng": ["A09182734"],
    "ke": ["AK0391827"],
    "other": ["K0418227", "P2290413", "AB3318804", "RM7702195", "N0931847", "XD4182033", "E7720318"],
}
PESEL_SERIALS = ["0427", "1183", "3312", "2068"]
PNR_SERIALS = ["482", "117", "903"]

# cards pasted by mistake: 15 (or 14) digits typed by hand, Luhn digit computed
CARDS = [card("453914880343467", [4, 4, 4, 4]), card("537294810662153", [4, 4, 4, 4]),
         card("491761022934815", [4, 4, 4, 4]), card("34718290336412", [4, 6, 5]),
         card("552183904412770", [4, 4, 4, 4]), card("402613775081932", [4, 4, 4, 4])]
CARDS[2] = CARDS[2].replace(" ", "")          # one pasted without spaces
CARDS[5] = CARDS[5].replace(" ", "-")         # one with dashes
IBANS = {"de": [iban("DE", "500105175407324931"), iban("DE", "120300000018473920"), iban("DE", "760501010008842217")],
         "at": [iban("AT", "2011182934005621"), iban("AT", "3200000012904471")],
         "nl": iban("NL", "RABO0317482954"),
         "es": iban("ES", "20381720956000418273"), "fr": iban("FR", "30004014520002837461582"),
         "it": iban("IT", "K0306911204000072318455"), "be": iban("BE", "063481927504"),
         "pt": iban("PT", "003502830000418273925"), "se": iban("SE", "80000821490134827361"),
         "pl": iban("PL", "114020040000310214822736")}
IPS = ["81.214.37.90", "2.139.88.17", "86.155.203.41", "94.112.7.238", "176.58.91.12",
       "2a02:c7f:8e14:2d00:91b3:5e2:44a1:7f0c", "185.43.220.9"]
SSNS = ["521-48-3307"]

# ----------------------------------------------------------------------------------------------
# row context: least-used drawing, never twice in one row
# ----------------------------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.use = collections.Counter()

    def least(self, pool, key, exclude=()):
        cands = [x for x in pool if key(x) not in exclude]
        m = min(self.use[key(x)] for x in cands)
        best = [x for x in cands if self.use[key(x)] == m]
        x = self.rng.choice(best)
        self.use[key(x)] += 1
        return x


class Ctx:
    def __init__(self, b, k):
        self.b, self.k, self.r = b, k, b.rng
        self.seen = set()

    def v(self, options):
        """the k-th variant of a template's own list (each use of a template differs)"""
        return options[self.k % len(options)]

    def p(self, *regions, sex=None):
        pool = [x for x in PEOPLE if (not regions or x.region in regions) and (sex is None or x.sex == sex)]
        if not [x for x in pool if x.key not in self.seen]:
            pool = [x for x in PEOPLE if sex is None or x.sex == sex]
        x = self.b.least(pool, lambda q: "P:" + q.key, {"P:" + k for k in self.seen})
        self.seen.add(x.key)
        return x

    def pp(self, n, *regions):
        return [self.p(*regions) for _ in range(n)]

    def php(self, person, default=None):
        """a phone in the person's own country's format when the pool has one"""
        cc = {"latam": "mx"}.get(person.region, person.region)
        return self.ph(cc if cc in PHONES else default)

    def addr(self, *ccs):
        pool = [a for a in ADDRESSES if not ccs or a.cc in ccs]
        a = self.b.least(pool, lambda q: "A:" + q.key, {"A:" + k for k in self.seen})
        self.seen.add(a.key)
        return a

    def p_for(self, a, *extra):
        return self.p(REGION_OF_CC.get(a.cc, a.cc), *extra)

    def ph(self, cc=None):
        pool = [(c, x) for c, xs in PHONES.items() for x in xs if cc is None or c == cc]
        if all(x in self.seen for _, x in pool):
            pool = [(c, x) for c, xs in PHONES.items() for x in xs]
        c, x = self.b.least(pool, lambda q: "T:" + q[1], {"T:" + k for k in self.seen})
        self.seen.add(x)
        return M("PHONE_NUMBER", x)

    def dob(self, style="dmy/", child=False):
        d = self.b.least(DOB_CHILD if child else DOB_ADULT, lambda q: "D:" + repr(q),
                         {"D:" + k for k in self.seen})
        self.seen.add(repr(d))
        return M("DATE_OF_BIRTH", fmt_date(d, style))

    def dob_raw(self, child=False):
        d = self.b.least(DOB_CHILD if child else DOB_ADULT, lambda q: "D:" + repr(q),
                         {"D:" + k for k in self.seen})
        self.seen.add(repr(d))
        return d

    def pid(self, cc):
        pool = IDS.get(cc) or IDS["other"]
        x = self.b.least(pool, lambda q: "I:" + q, {"I:" + k for k in self.seen})
        self.seen.add(x)
        return M("NATIONAL_ID", x)

    def pesel_of(self, d):
        s = self.b.least(PESEL_SERIALS, lambda q: "S:" + q)
        return M("NATIONAL_ID", pesel(d, s))

    def pnr_of(self, d):
        s = self.b.least(PNR_SERIALS, lambda q: "N:" + q)
        return M("NATIONAL_ID", personnummer(d, s))

    def card(self):
        return M("CREDIT_CARD", self.b.least(CARDS, lambda q: "C:" + q))

    def iban(self, cc):
        pool = IBANS[cc] if isinstance(IBANS[cc], list) else [IBANS[cc]]
        return M("IBAN_CODE", self.b.least(pool, lambda q: "B:" + q))

    def ip(self):
        return M("IP_ADDRESS", self.b.least(IPS, lambda q: "IP:" + q, {"IP:" + k for k in self.seen}))

    def mail(self, p, style=None, domain=None):
        return p.mail(self.r, style, domain)

    def handle(self, p, style=None):
        return p.handle(self.r, style)


def fill(s, **kw):
    """replace @@name@@ slots; for texts full of braces (JSON, templates with {{placeholders}})"""
    used = set(re.findall(r"@@(\w+)@@", s))
    assert used == set(kw), (used ^ set(kw))
    return re.sub(r"@@(\w+)@@", lambda m: str(kw[m.group(1)]), s)


# ----------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------
TEMPLATES = []


def T(cls, name, lang, n, case=None):
    """case: None, 'lower', 'upper', or 'lower1' (only the second use typed in lower case)"""
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco

# ============================== hotels and B&Bs ==============================================
@T("personal_hotel", "regcard_ocr", "en", 3)
def _(c):
    a = c.addr(*c.v([("ie",), ("no",), ("ca",)]))
    p = c.p_for(a)
    cc = a.cc
    hotel = c.v(["The Harbour Inn, Portree", "Kirkstone Lodge B&B", "The Old Rectory, Clovelly"])
    rm = c.v(["Arr 14/06  Dep 17/06  Rm 12  Rate BB", "Arr 02/09 Dep 04/09 Rm 3 (Nelson) Rate DBB",
              "ARR 21/3  DEP 22/3  RM 7  RATE RO"])
    return f"""Can you tidy this OCR from a paper registration card into the fields our PMS (Mews) wants? Keep it as key: value, fix the obvious OCR junk.

REGISTRATION CARD  ·  {hotel}
Guest name  {p.n}
Home address  {a.one()}
Country  {a.ctry_m}
Tel {c.ph(cc)}   e-mai1 {c.mail(p)}
Passport / ID no. {c.pid(cc)}
{rm}
Signature ______________  Car reg ________"""


@T("personal_hotel", "meldeschein", "de", 2)
def _(c):
    nat = {"uk": "britisch", "ie": "irisch", "fr": "französisch", "nl": "niederländisch", "it": "italienisch",
           "es": "spanisch", "us": "US-amerikanisch", "pl": "polnisch", "se": "schwedisch", "dk": "dänisch",
           "cz": "tschechisch", "be": "belgisch", "no": "norwegisch", "pt": "portugiesisch", "gr": "griechisch",
           "tr": "türkisch", "fi": "finnisch", "ch": "schweizerisch"}
    a = c.addr(*c.v([("nl",), ("ch",)]))
    p, q = c.p_for(a), c.p_for(a)
    d = c.dob("dmy.")
    zi = c.v(["Zi. 214 (Goethe-Zimmer)", "Zi. 9, Suite „Sisi“"])
    return f"""Kannst du mir aus dieser Notiz vom Nachtportier einen sauberen Meldeschein-Eintrag machen? Feldnamen bitte wie im Formular nach BMG, Reihenfolge egal.

Gast: {p.F}, {p.g}   (Begleitung: {q.g})
geb. {d}
Staatsangeh.: {nat[a.cc]}
Reisepass {c.pid(a.cc)}
Wohnanschrift: {a.one()}
Anreise 02.11., Abreise 05.11., {zi}
bezahlt mit Karte, Frühstück 2x"""


@T("personal_hotel", "complaint_reply", "en", 1)
def _(c):
    p, s = c.p(), c.p()
    cc = p.region if p.region in PHONES else "uk"
    suite, band = c.v([("Churchill Suite", "an ABBA tribute band"), ("Brunel Room", "a Queen tribute act")])
    return f"""Help me reply to this, polite but firm, we already comped both breakfasts and I'm not refunding a night.

> From: {c.mail(p)}
> Subject: Room 318 – disgraceful
>
> We stayed Fri–Sun for our anniversary. The "{suite}" we paid extra for is right above the function room and there was a 40th with {band} until 1am. Nobody on the desk (I think it was {s.g}) offered to move us.
> I expect a full refund of the second night or I will be leaving a review on Tripadvisor.
> {p.n}
> {c.ph(cc)}"""


@T("personal_hotel", "hk_notes", "en", 2, case="lower")
def _(c):
    p, r, s = c.pp(3)
    q = c.p(sex="m")
    fl = c.v(["3rd floor", "2nd floor + annexe"])
    return f"""can you turn these hk notes into a proper handover for the evening supervisor, short bullets

{fl}
301 - {p.f} - dnd till 2pm, then full service
304 mr {q.f} asked for extra pillows + a kettle that actually works lol
309 checkout, left a phone charger + kindle, logged under {r.n}
312 {s.g} (wedding party) - towels everywhere, red wine on carpet, tell duty mgr before charging
315 ooo - shower tray cracked, maintenance ticket raised"""


@T("personal_hotel", "reserva_email", "es", 2)
def _(c):
    a = c.addr("es")
    p, q = c.p("es", "latam", sex="f"), c.p("es", "latam", sex="m")
    fechas = c.v(["del 3 al 6 de agosto", "el puente de diciembre (del 5 al 8)"])
    return f"""¿Me ayudas a contestar este correo? Tenemos libre la doble superior con terraza, 95 € la noche con desayuno, y el parking es público a 200 m.

"Buenos días:
Quería reservar una habitación doble {fechas} para mi marido y para mí. Somos {p.n} y {q.n}. Llegaremos tarde, sobre las 23:00, porque venimos en coche desde {a.town_m}. ¿Tienen parking? Mi móvil es {c.ph('es')}.
Un saludo"

Que suene cercano pero profesional, y pídele que confirme la hora de llegada."""


@T("personal_hotel", "late_checkout_wa", "en", 2, case="lower1")
def _(c):
    p, q = c.p(), c.p()
    ph = c.ph(c.v(["uk", "ie"]))
    room = c.v(["the Wordsworth room", "Brontë (room 6)"])
    return f"""Summarise this WhatsApp thread for the morning team and tell me what's still open:

[07/08, 08:02] {ph}: hi!! its {p.g} in room 22, could we get a late check out tmrw? flight from Bristol isnt till 7pm
[07/08, 08:15] Reception: Morning {p.g}, 1pm is fine at no charge, 3pm would be £25
[07/08, 08:16] {ph}: 3pm pls. also can my friend {q.n} leave their bags with you, they're in {room}
[07/08, 08:40] Reception: Sure, I'll note it under {p.f}
[07/08, 08:41] {ph}: 👍"""


@T("personal_hotel", "card_in_chat", "en", 2)
def _(c):
    p = c.p()
    ref = c.v(["HX-4471", "BK 20931"])
    return f"""A guest pasted their whole card into our website chat (Tidio). What's the right way to handle this under PCI DSS, do I need to delete the transcript, and can you draft a reply asking them to use the payment link instead? Here's the message:

"Hi, {p.n} booking ref {ref}. to pay the balance: {c.card()} exp 11/27, name on card {p.N}. thanks\""""


@T("personal_hotel", "avis_booking", "fr", 2)
def _(c):
    a = c.addr("fr")
    p, s = c.p("fr", "be", "ca", "ma"), c.p("fr", "be")
    ch = c.v(["Chambre Colette", "Chambre Cézanne"])
    return f"""Aide-moi à répondre à cet avis Booking (note 6,5). On est une petite chambre d'hôtes, 4 chambres, près d'Annecy.

Client : {p.n} — venait de {a.town_m}
« {ch} très jolie mais la douche est froide le matin et le petit-déjeuner s'arrête trop tôt (9h30 !). L'accueil de {s.g} était adorable. »

Je veux remercier, expliquer pour le chauffe-eau (changé depuis) et proposer 10 % sur un prochain séjour. Pas trop long stp."""


@T("personal_hotel", "rooming_csv", "en", 2)
def _(c):
    p, q, r, s, t = c.pp(5)
    grp = c.v(["Danube River group", "Scottish Highlands 7-day"])
    def row(x, d, cc, rt, share):
        return f"{x.f},{x.g},{d},{c.pid(cc)},{rt},{share}"
    def cc(x):
        return x.region
    return f"""Check this rooming list for the {grp} before I send it to the hotel: duplicates, missing DOBs, twin/double mismatches, anything odd.

surname,first_name,dob,passport,room_type,share_with
{row(p, c.dob('iso'), cc(p), 'TWN', q.g)}
{row(q, c.dob('iso'), cc(q), 'TWN', p.g)}
{r.f},{r.g},,{c.pid(cc(r))},SGL,
{row(s, c.dob('iso'), cc(s), 'DBL', t.n)}
{t.f},{t.g},{c.dob('dmy/')},,DBL,{s.g}"""


@T("personal_hotel", "nachtreceptie", "nl", 2)
def _(c):
    p, q, r = c.p("nl", "be", sex="m"), c.p("nl", "be", sex="f"), c.p()
    return f"""Kun je deze notitie van de nachtreceptie netjes maken voor het overdrachtsboek? Gewoon in hele zinnen.

0210 dhr {p.fc} (kmr 21) belde, kreeg deur niet open, sleutelpas opnieuw gecodeerd
0340 mevr. {q.n} klaagde over lawaai kmr 23, wil morgen teruggebeld worden op {c.ph('nl')}
0515 taxi besteld voor {r.g} naar Schiphol, rekening nog open!!
0600 ontbijt-lijst geprint, 2x glutenvrij"""


@T("personal_hotel", "resepsiyon", "tr", 2)
def _(c):
    a = c.addr("tr")
    p, q = c.p("tr"), c.p("tr")
    oda = c.v(["305", "112"])
    return f"""Resepsiyondan not: misafirimiz {p.n} (T.C. {c.pid('tr')}) {oda} numaralı odada kalıyor, yarın sabah 05:15'te Kapadokya balon turu için uyandırma istedi. Yanındaki {q.n} ile kalıyorlar, yarın eşinin doğum günüymüş, odaya pasta gönderebilir miyiz diye soruyor. Cep: {c.ph('tr')}.
Adres (fatura için): {a.one()}
Bu notu İngilizce'ye çevirip gece müdürüne kısa bir mesaj olarak yazar mısın?"""


@T("personal_hotel", "vip_arrivals", "en", 2, case="upper")
def _(c):
    p, q, r, s = c.pp(4)
    day = c.v(["TUESDAY", "FRI 12TH"])
    return f"""VIP ARRIVALS {day} — PLEASE MAKE THIS A CLEAN TABLE FOR THE 9AM BRIEFING
{p.n} – SUITE 501 – 10TH ANNIVERSARY, MOËT ON ARRIVAL
{q.n} + {r.g} – RM 412 – RETURNING GUEST (7TH STAY), FEATHER ALLERGY
{s.n} – RM 220 – TRAVEL AGENT FAM TRIP, GM TO GREET"""


@T("personal_hotel", "name_pronounce", "en", 2, case="lower1")
def _(c):
    p = c.p("ie", "vn", "pl", "is", "cz", "hu", "gr", "tr", "ng", "za", "nz", "ua", "lt")
    return f"""How do I pronounce {p.n}? Checking them in tonight and I really don't want to butcher it at the desk"""


@T("personal_hotel", "christmas_cards", "en", 2)
def _(c):
    a, b, d = c.addr(*c.v([("dk",), ("fi",)])), c.addr(*c.v([("jp",), ("br",)])), c.addr(*c.v([("nz",), ("ie",)]))
    p, q, r, s = c.p_for(a), c.p_for(b), c.p_for(b), c.p_for(d)
    return f"""We send Christmas cards to our regulars at the B&B. Can you format these for envelopes, the way the post in each country likes it (country line in capitals etc.)?

{p.n}, {a.one()}, {a.ctry_m}
{q.n} & {r.g}, {b.one()}, {b.ctry_m}
{s.n}, {d.one()}, {d.ctry_m}"""


@T("clean_hotel", "quick_hotel_q", "en", 2, case="lower1")
def _(c):
    return c.v(["Who was the Savoy named after, and is the American Bar the one Harry Craddock ran?",
                "What's the difference between Hilton, Hilton Garden Inn and Hampton by Hilton for a business trip"])


@T("clean_hotel", "regcard_template", "en", 2)
def _(c):
    hotel = c.v(["The Harbour Inn, Portree", "Kirkstone Lodge B&B", "The Old Rectory, Clovelly"])
    ex = c.v(["Guest name  John Smith\nHome address  1 High Street, Anytown, AB1 2CD",
              "Guest name  Jane Doe\nHome address  123 Main Street, Springfield",
              "Guest name  Joe Bloggs\nHome address  [street], [town], [postcode]"])
    return f"""Can you tidy up our registration card template so it works for Mews online check-in too? Keep it as key: value. This is the sample we print on the back:

REGISTRATION CARD  ·  {hotel}
{ex}
Country  United Kingdom
Tel ____________   E-mail ____________
Passport / ID no. (non-UK guests only) ____________
Arr DD/MM  Dep DD/MM  Rm __  Rate BB / DBB / RO
Signature ______________  Car reg ________"""


@T("clean_hotel", "meldeschein_frage", "de", 2)
def _(c):
    zi = c.v(["Goethe-Zimmer", "Suite „Sisi“", "Mozart-Suite"])
    q = c.v(["Muss ich bei Gästen aus der Schweiz auch die Passnummer erfassen?",
             "Reicht bei Familien ein Meldeschein für alle, und wie ist das mit Kindern?",
             "Darf ich den Meldeschein digital über Apaleo oder protel unterschreiben lassen?"])
    return f"""Frage zum Meldeschein nach dem Bundesmeldegesetz: {q}

Unser Muster sieht so aus:
Gast: MUSTERMANN, Max   (Begleitung: Erika Mustermann)
geb. TT.MM.JJJJ
Staatsangeh.: deutsch
Reisepass / Personalausweis: —
Wohnanschrift: Musterstraße 1, 12345 Musterstadt
Anreise __.__., Abreise __.__., Zi. 214 ({zi})"""


@T("clean_hotel", "complaint_reply_clean", "en", 3)
def _(c):
    suite, band = c.v([("Churchill Suite", "an ABBA tribute band"), ("Brunel Room", "a Queen tribute act"),
                       ("Agatha Christie Suite", "a Take That tribute")])
    return f"""Help me reply to this Tripadvisor review, polite but firm, we comp'd both breakfasts already. Sign it from the Guest Relations Manager, no names.

> "Stayed Fri–Sun for our anniversary. The {suite} we paid extra for is right above the function room and there was a 40th with {band} until 1am. Nobody on reception offered to move us. Lovely building, shame about the management. 2/5"

Mention that the {suite} is being soundproofed in January."""


@T("clean_hotel", "hk_suites", "en", 3, case="lower")
def _(c):
    a = c.v(["hemingway suite", "agatha christie room", "churchill suite"])
    b = c.v(["oscar wilde room", "beatrix potter room", "mandela suite"])
    return f"""can you turn these hk notes into a proper handover for the evening supervisor, short bullets

2nd floor
{a} - deep clean, VIP arriving 3pm
{b} - minibar restock (baileys x2, jack daniel's, toblerone, pringles)
201-208 turndown, nespresso pods low, molton brown minis in store room b
lift 2 ooo again, otis engineer coming thurs"""


@T("clean_hotel", "reserva_clean", "es", 2)
def _(c):
    artista, sala = c.v([("Rosalía", "el Palau Sant Jordi"), ("Alejandro Sanz", "el Estadi Olímpic Lluís Companys")])
    return f"""¿Me ayudas a contestar este correo? Tenemos libre la suite Gaudí, 240 € la noche con desayuno, y el parking es público a 200 m.

"Buenos días:
Quería reservar una habitación doble para el fin de semana del concierto de {artista} en {sala}. Somos dos adultos, llegaremos tarde, sobre las 23:00. ¿Tienen parking? ¿Está lejos de la Sagrada Família?
Un saludo"

Que suene cercano pero profesional."""


@T("clean_hotel", "wa_templates", "en", 2)
def _(c):
    h = c.v(["Hotel Bristol", "The Wellington Arms"])
    return f"""We're moving guest messaging to WhatsApp Business. Meta keeps rejecting these templates, can you rewrite them so they pass review? Variables have to stay as {{{{1}}}}, {{{{2}}}} etc.

1) "Hi {{{{1}}}}, welcome to {h}! Your room {{{{2}}}} is ready. Breakfast is served in the Churchill Restaurant 7–10am."
2) "Dear {{{{1}}}}, we hope you enjoyed your stay. Would you leave us a review on Google or Tripadvisor? {{{{2}}}}"
3) "Hello {{{{1}}}}, your late check-out until {{{{2}}}} is confirmed. – Front Office Manager\""""


@T("clean_hotel", "pms_compare", "en", 3, case="lower1")
def _(c):
    q = c.v(["We're a 38-room independent accomodation in Bath, currently on Guestline. Compare Mews, Cloudbeds and Oracle OPERA Cloud for us: price, channel manager (SiteMinder?), housekeeping app, Stripe payments.",
             "Is Little Hotelier enough for a 6-room B&B or should we go straight to Cloudbeds? We list on Booking.com, Airbnb and Expedia and our channel manager is SiteMinder.",
             "Which loyalty programme should our small chain's guests care about when we benchmark: Hilton Honors, Marriott Bonvoy, World of Hyatt, IHG One Rewards or ALL (Accor)? Make a table of earn rates and elite tiers."])
    return q


@T("clean_hotel", "chambres_noms", "fr", 2)
def _(c):
    noms = c.v(["Colette, Monet, Cézanne et Renoir", "Proust, George Sand, Debussy et Édith Piaf"])
    return f"""On est une petite chambre d'hôtes, 4 chambres près d'Annecy, et chaque chambre porte le nom d'un artiste : {noms}. Écris-moi une description de 2-3 phrases par chambre pour le site et pour Booking, avec un petit clin d'œil à la personne sans faire musée. Ton chaleureux, pas de superlatifs."""


@T("clean_hotel", "kamers_namen", "nl", 2)
def _(c):
    k = c.v(["Rembrandt, Vermeer en Mondriaan", "Van Gogh, Escher en Jan Steen"])
    return f"""Kun je welkomstkaartjes schrijven voor onze drie kamers ({k})? Per kaartje een korte uitleg over de schilder en een tip in de buurt: Rijksmuseum, Mauritshuis, het Anne Frank Huis of gewoon een goede bruine kroeg. Max 60 woorden per kaartje, tutoyeren mag."""


@T("clean_hotel", "setup_upper", "en", 2, case="upper")
def _(c):
    r = c.v(["DELUXE KING – WALDORF ASTORIA STANDARD", "ROYAL SUITE – RITZ-CARLTON STANDARD"])
    return f"""PLEASE TURN THIS INTO A ONE-PAGE CHECKLIST FOR NEW ROOM ATTENDANTS
ROOM SET-UP: {r}
BATHROOM: MOLTON BROWN x4, DYSON HAIRDRYER, 2 BATHROBES
MINIBAR: FEVER-TREE, HENDRICK'S, TYRRELLS, CADBURY
TEA TRAY: EARL GREY, ENGLISH BREAKFAST, NESPRESSO x6
TV ON WELCOME SCREEN, BBC ONE PRESET"""


@T("clean_hotel", "otel_tanitim", "tr", 2)
def _(c):
    yer = c.v(["Sultanahmet'te, Ayasofya'ya 300 metre uzaklıkta", "Beyoğlu'nda, Pera Palace'ın hemen arkasında"])
    return f"""Butik otelimiz {yer}. Web sitemiz için İngilizce ve Türkçe kısa bir tanıtım yazısı yazar mısın? Topkapı Sarayı, Galata Kulesi ve Kapalıçarşı'yı anmak istiyoruz, ayrıca Agatha Christie'nin Pera Palace'ta kaldığı odanın hikâyesini de ekle. Çok abartılı olmasın."""


# ============================== restaurants and catering ====================================
@T("personal_restaurant", "phone_bookings", "en", 2)
def _(c):
    p, q, r, s = c.pp(4)
    day = c.v(["Fri", "Sat 14th", "Sunday lunch"])
    return f"""Can you turn these phone bookings into a table for the host stand (time, name, covers, phone, notes)? Sort by time.

{day}
7.30 {p.f} x4 {c.php(p, 'uk')} – birthday, bringing own cake
8pm {q.n} x2 {c.php(q, 'uk')} window table if poss
6.45 {r.n} x6 – 2 kids, highchair, will call to confirm
8.15 {s.n} x3, {c.php(s, 'uk')}, one veggie, wants the Beef Wellington pre-ordered (24h notice!)"""


@T("personal_restaurant", "allergy_note", "en", 2, case="lower1")
def _(c):
    p, q, s = c.p(sex="f"), c.p(), c.p()
    t = c.v(["table 12", "table 4 (booth)", "the private room"])
    return f"""Write this up as a clear allergy ticket for the kitchen printer, max 6 lines, capitals for the allergens:

{t}, 19:45, booked on OpenTable under {c.mail(p)}
{p.n} – severe peanut allergy, carries an EpiPen, also no sesame
her partner {q.g} is coeliac (not just "prefers gluten free"), asked if the Caesar dressing has anchovy – yes it does
server: {s.g}"""


@T("personal_restaurant", "lieferant", "de", 2)
def _(c):
    p = c.p("de", "at", "ch")
    w = c.v(["Freitag", "Donnerstag früh"])
    return f"""Schreib bitte eine kurze, freundliche Bestellmail an unseren Fleischlieferanten, Lieferung {w} bis 9 Uhr:

- 12 kg Kalbsrücken für Wiener Schnitzel
- 6 kg Rinderfilet (Mittelstück) – Tournedos Rossini am Wochenende
- 40 Paar Nürnberger
Ansprechpartner dort: {p.n}, Tel. {c.ph(p.region if p.region in ('de', 'at', 'ch') else 'de')}, Mail {c.mail(p)}
Letzte Lieferung war 2 kg zu wenig Filet, bitte höflich erwähnen."""


@T("personal_restaurant", "avaliacao_google", "pt", 2)
def _(c):
    p, s = c.p("pt", "br"), c.p("pt", "br", sex="f")
    prato = c.v(["a francesinha veio morna", "o bacalhau à Brás veio frio"])
    return f"""Ajuda-me a responder a esta avaliação no Google (2 estrelas). Somos uma tasca no Porto, 30 lugares.

{p.n} · Guia Local · há 3 dias
"Esperámos 50 minutos e {prato}. A empregada, a {s.g}, foi simpática mas claramente estavam com falta de pessoal. Não volto."

Quero pedir desculpa sem culpar a {s.g}, explicar que nesse dia havia jogo do FC Porto no Dragão e convidar para voltar."""


@T("personal_restaurant", "rota", "en", 2, case="lower")
def _(c):
    a, b, d, e, f_ = c.pp(5)
    wk = c.v(["next week", "bank holiday week"])
    return f"""can u make this rota into a table, mon-sun, lunch/dinner columns

rota {wk}
mon {a.g} + {b.g} lunch, {d.g} dinner
tue {e.g} closes, {a.g} off
wed-thu {f_.g} doing pass (chef de partie cover), {b.g} on pot wash
fri/sat everyone in, {d.g} till close
sun lunch only – {e.g} + {f_.g}, carvery"""


@T("personal_restaurant", "preventivo_catering", "it", 2)
def _(c):
    a = c.addr("it")
    p = c.p("it")
    ev = c.v(["il battesimo della figlia", "la comunione del figlio"])
    return f"""Mi scrivi un preventivo chiaro e cortese? Catering per {ev} di {p.n}, domenica 18 maggio, 45 persone, a domicilio.

Indirizzo di consegna: {a.one()}
Cellulare: {c.ph('it')}
Menù richiesto: buffet con carpaccio di manzo, pizza Margherita a tranci, risotto alla milanese, tiramisù e torta Saint-Honoré
Prezzo indicativo 28 € a persona, servizio escluso, acconto 30%."""


@T("personal_restaurant", "noshow_card", "en", 2)
def _(c):
    p = c.p()
    n = c.v(["8", "12"])
    return f"""Customer {p.n} no-showed a table for {n} on Saturday, no call. We took card details over the phone and I wrote them on the booking: {c.card()}, exp 04/28. Our policy (on the SevenRooms confirmation) says £20pp no-show fee. Can I actually charge this in the UK and how should I word the email to them at {c.mail(p)}? Also should I be storing the card like that at all?"""


@T("personal_restaurant", "bordsbokning", "sv", 2, case="lower1")
def _(c):
    p, q = c.p("se", "no", "dk", "fi"), c.p("se")
    d = c.v(["lördag", "fredag den 13:e"])
    return f"""Kan du göra en snygg lista av bokningarna som kom in via telefon? Namn, antal, tid, telefon.

{d}
18.00 – {p.n}, 6 pers, {c.ph('se')}, en laktosintolerant
19.30 – {q.f}, 2 pers, {c.ph('se')}, vill sitta vid fönstret
20.00 – {q.g}s kollega, 4 pers, ringer tillbaka"""


@T("personal_restaurant", "widget_json", "en", 2)
def _(c):
    p = c.p()
    d = c.v(["2025-06-14T19:30", "2025-11-28T20:00"])
    return fill("""Our booking widget sends this to Zapier and the Google Sheet step fails with "Unexpected token". What's wrong with the JSON?

{"booking": {"datetime": "@@d@@", "covers": 4,
  "guest": {"first_name": "@@g@@", "last_name": "@@f@@",
            "email": "@@mail@@", "phone": "@@ph@@"},
  "notes": "anniversary, pls no Peach Melba on the dessert plate (allergic to almonds)",
  "source": "instagram",}}""", d=d, g=p.g, f=p.f, mail=c.mail(p), ph=c.php(p, 'us'))


@T("personal_restaurant", "sms_reponses", "fr", 2)
def _(c):
    p, q, r = c.p("fr", "be", "ca", "ma"), c.p("fr", "be"), c.p("fr", "be", sex="f")
    return f"""Voici les réponses aux SMS de confirmation de ce soir. Fais-moi la liste : qui confirme, qui annule, qui change l'heure.

{c.ph('fr')} : Oui c bon pour 20h, {p.g}
{c.ph('fr')} : Bonsoir, {q.n} ici, on sera 5 au lieu de 4, possible ?
{c.ph(c.v(['be', 'fr']))} : annulé désolée, enfant malade. {r.f}
numéro masqué : ok"""


@T("personal_restaurant", "komunia", "pl", 2, case="lower1")
def _(c):
    p = c.p("pl")
    d = c.v(["17 maja", "24 maja"])
    return f"""Napisz proszę krótkie potwierdzenie rezerwacji sali na komunię:
klient: {p.n}, tel. {c.ph('pl')}, mail {c.mail(p)}
termin: {d}, godz. 14:00, 32 osoby + 6 dzieci
menu: rosół, schabowy, pierogi ruskie, sernik wiedeński, tort z napisem
zaliczka 1000 zł do końca miesiąca"""


@T("personal_restaurant", "table_ready_text", "en", 2, case="lower1")
def _(c):
    p = c.p()
    return f"""Write a short friendly SMS to {p.g} ({c.php(p, 'uk')}): their table for 4 is ready and we'll hold it 10 minutes"""


@T("clean_restaurant", "quick_food_q", "en", 2, case="lower")
def _(c):
    return c.v(["was eggs benedict named after a person or is that a myth",
                "why is it called a caesar salad if it was invented in tijuana"])


@T("clean_restaurant", "menu_proof", "en", 2)
def _(c):
    m = c.v(["BRUNCH\nEggs Benedict – ham hock, hollandaise\nEggs Royale – smoked salmon\nEggs Florentine – spinach\nCaesar Salad – add chicken £4\nClub Sandwich\n\nDESSERTS\nPeach Melba\nPavlova, passion fruit\nCrêpes Suzette (for two)",
             "SUNDAY MENU\nBeef Wellington (for two, 45 min)\nChicken Kiev, garlic butter\nSole Véronique\nPommes Anna\nWaldorf Salad\n\nPUDDINGS\nEton Mess\nBakewell Tart\nBanoffee Pie",
             "STARTERS\nOysters Rockefeller\nCarpaccio, rocket, parmesan\nCaesar Salad\n\nMAINS\nLobster Thermidor\nTournedos Rossini\nFettuccine Alfredo\n\nDESSERT\nBananas Foster\nBaked Alaska"])
    return f"""Proofread our new menu for spelling and consistency (accents, capitals, en dashes). Don't change the dish names, just tell me what's inconsistent:

{m}"""


@T("clean_restaurant", "allergen_matrix", "en", 2)
def _(c):
    d = c.v(["Beef Wellington, Caesar salad, Waldorf salad, Pavlova, Peach Melba, Margherita pizza, Eggs Benedict",
             "Carpaccio, Chicken à la King, Lobster Newberg, Cobb salad, Reuben sandwich, Victoria sponge, Battenberg",
             "Beef Stroganoff, Chateaubriand, Salisbury steak, Madeleines, Charlotte russe, Sachertorte, Lamingtons"])
    return f"""Make me an allergen matrix (the 14 UK allergens as columns) for these dishes, using the classic recipes, and flag the ones where people are often surprised (anchovy in Caesar, nuts in Waldorf etc.):

{d}

Output as a Markdown table, ✓ for contains, ? for may contain."""


@T("clean_restaurant", "bestellung_getraenke", "de", 2)
def _(c):
    items = c.v(["- 6 Fl. Hendrick's Gin\n- 12 Fl. Aperol\n- 4 Kisten Fritz-Kola\n- 2 Fl. Jägermeister\n- 20 Bismarckheringe (Glas)",
             "- 30 Kaiserbrötchen\n- 5 Fürst-Pückler-Torten\n- 3 Sachertorten (original, nicht Demel)\n- Leipziger Allerlei TK 5 kg\n- 10 Fl. Riesling Kabinett"])
    return f"""Schreib bitte eine kurze, freundliche Bestellmail an unseren Großhändler, Lieferung Freitag bis 9 Uhr:

{items}

Ansprechpartner: Vertrieb Gastronomie. Letzte Lieferung fehlte etwas, bitte höflich erwähnen."""


@T("clean_restaurant", "avaliacao_clean", "pt", 2)
def _(c):
    prato = c.v(["a francesinha veio morna", "o bacalhau à Brás veio frio"])
    return f"""Ajuda-me a responder a esta avaliação no Google (2 estrelas). Somos uma tasca no Porto, 30 lugares.

"Esperámos 50 minutos e {prato}. O pastel de nata era do Continente de certeza. Fomos por recomendação de um vídeo do Anthony Bourdain. Não volto."

Quero pedir desculpa, explicar que nesse dia havia jogo do FC Porto contra o Benfica e convidar a voltar. Assina como Gerência."""


@T("clean_restaurant", "cocktail_blurbs", "en", 3, case="lower")
def _(c):
    items = c.v(["negroni, bellini, rossini, tom collins, bloody mary, margarita",
             "moscow mule, cosmopolitan, harvey wallbanger, rob roy, shirley temple, arnold palmer",
             "french 75, aperol spritz, hugo, singapore sling, mai tai, tom and jerry"])
    return f"""need short descriptions for the new cocktail list, 10-15 words each, a bit cheeky, mention the story behind the name if there is one:
{items}
also which of these could we do as a no/low version"""


@T("clean_restaurant", "wine_pairing", "en", 2, case="lower1")
def _(c):
    m = c.v(["Beef Wellington, Dover sole meunière, Sachertorte", "lamb kleftiko, octopus with fava, baklava"])
    w = c.v(["Pinot Noir, Chablis (Chardonnay), Malbec, Riesling, Grüner Veltliner, Tokaji", "Assyrtiko, Xinomavro, Agiorgitiko, Mavrodaphne, Malagousia"])
    return f"""For a six-course tasting menu we're pairing {m}. Which of these from our list fits each dish and why, one line each? {w}. Budget: nothing over £60 a bottle retail, we're not Claridge's."""


@T("clean_restaurant", "sms_templates", "en", 2)
def _(c):
    r = c.v(["Café Royal", "The Savoy Grill"])
    return fill("""Our booking system (ResDiary) lets me edit the confirmation SMS. Can you shorten these to under 160 characters each and keep the merge fields exactly as they are?

"Hi %FIRSTNAME%, your table for %COVERS% at @@r@@ is confirmed for %DATE% at %TIME%. Reply C to cancel."
"Dear [GUEST NAME], a reminder of your booking tomorrow. Our Beef Wellington needs pre-ordering 24h ahead."
"Hi {{guest.first_name}}, we've missed you! 20% off Sunday roast this month.\"""", r=r)


@T("clean_restaurant", "meny_svensk", "sv", 2)
def _(c):
    m = c.v(["Janssons frestelse\nToast Skagen\nBiff à la Lindström\nPyttipanna\nPrinsesstårta",
             "Kalles kaviar på ägghalvor\nOscarsbiff med bearnaise\nSjömansbiff\nRåraka med löjrom\nDrömmar och Mazariner"])
    return f"""Kan du översätta vår julbordsmeny/à la carte till engelska? Behåll rättnamnen men lägg till en kort förklaring inom parentes för turister:

{m}"""


@T("clean_restaurant", "menu_italiano", "it", 2)
def _(c):
    m = c.v(["Carpaccio alla Cipriani, Pizza Margherita, Spaghetti alla Carbonara, Saltimbocca alla romana, Tiramisù, Bellini",
             "Fettuccine Alfredo, Risotto alla Milanese, Vitello tonnato, Pasta alla Norma, Torta Caprese, Rossini"])
    return f"""Mi scrivi due righe di storia per ogni piatto del menù, da mettere sul retro della carta per i turisti? Anche da dove viene il nome (persona, città, opera…). Piatti: {m}."""


@T("clean_restaurant", "carte_desserts", "fr", 2)
def _(c):
    m = c.v(["Pêche Melba, Poire Belle-Hélène, Crêpe Suzette, Tarte Tatin, Madeleines de Commercy",
             "Tournedos Rossini, Sole Véronique, Hachis Parmentier, Pommes Anna, Sauce Béchamel, Sauce Mornay"])
    return f"""Pour la nouvelle carte, j'aimerais un petit encart « l'histoire de nos plats » : 2 lignes max par plat, d'où vient le nom, sans inventer. Plats : {m}. On est bistrot, pas palace, ton simple."""


@T("clean_restaurant", "menu_turkce", "tr", 2)
def _(c):
    m = c.v(["İskender kebap, Ali Nazik, Hünkâr beğendi, İmam bayıldı, Kadınbudu köfte",
             "Hasan Paşa köfte, Karnıyarık, Adana kebap, Beyti kebap, Kazandibi"])
    return f"""Menümüzü turistler için İngilizceye çevirir misin? Yemek adlarını değiştirme, parantez içinde kısa açıklama ekle, adın hikâyesi varsa bir cümleyle anlat: {m}."""


@T("clean_restaurant", "menu_greeklish", "el", 2)
def _(c):
    m = c.v(["moussakas, pastitsio, kleftiko, spanakopita, galaktoboureko",
             "gemista, souvlaki merida, htapodi sti skara, bougatsa, loukoumades me meli"])
    return f"""Geia sou, thelo na metafraseis to menou tis tavernas sta agglika gia tous touristes, na krathsoume ta onomata ton piaton kai mia mikri perigrafi dipla: {m}. Kai pes mou an to 'Greek salad' to grafoume horiatiki i Greek salad, ti einai kalytero."""


@T("clean_restaurant", "menu_polski", "pl", 1)
def _(c):
    return """Przetłumacz na angielski kartę na komunię, zostaw nazwy dań po polsku z krótkim opisem w nawiasie: rosół z makaronem, kotlet de volaille, pierogi ruskie, śledź po kaszubsku, sernik wiedeński, kremówka papieska. Przy kremówce dopisz jedno zdanie, dlaczego jest "papieska"."""


# ============================== events and weddings =========================================
@T("personal_events", "rsvp_csv", "en", 2)
def _(c):
    ps = c.pp(5)
    diet = c.v([["veggie", "", "coeliac", "", "vegan"], ["", "no pork", "", "nut allergy", ""],
                ["", "", "pescatarian", "", "kids meal"]])
    rsvp = ["Y", "Y", "N", "Y", "maybe"]
    rows = "\n".join(f"{x.g},{x.f},{c.mail(x)},{r},{d}" for x, r, d in zip(ps, rsvp, diet))
    return f"""Here's our RSVP export from the wedding website. Can you count yes/no/maybe, list dietary needs for the caterer, and write a polite chaser for the maybes?

first,last,email,rsvp,dietary
{rows}"""


@T("personal_events", "seating_plan", "en", 2)
def _(c):
    ps = c.pp(2) + [c.p(sex="f")] + c.pp(5)
    return f"""Help me fix this seating plan. Rules: {ps[0].g} and {ps[1].g} (divorced) can't be on the same table, Grandma {ps[2].f} needs to be near the exit, and {ps[3].n} only knows the bride.

Table 1 (Casablanca): {ps[0].n}, {ps[4].n}, {ps[2].n}, {ps[5].g} + 1
Table 2 (Notting Hill): {ps[1].n}, {ps[6].n}, {ps[3].n}
Table 3 (Mamma Mia): {ps[7].n}, kids table overflow

10 per table max, round tables."""


@T("personal_events", "vendor_contract", "en", 2)
def _(c):
    a = c.addr(*c.v([("uk",), ("za",)]))
    p = c.p_for(a)
    v = c.v(["Blossom & Bloom Florals Ltd", "Harper Lane Photography"])
    return f"""Is this clause fair to us as the supplier, and what's missing (cancellation, force majeure)? Plain English please.

"This Agreement is made on 3 March between {p.n} of {a.one()} ("the Client") and {v} ("the Supplier"). The Client shall pay a non-refundable deposit of 30% upon signing. Should the Client cancel less than 60 days before the Event, the full balance becomes due. Contact for the Client on the day: {c.ph(a.cc)}.\""""


@T("personal_events", "boda_whatsapp", "es", 2, case="lower1")
def _(c):
    p, q, r = c.p("es", "latam"), c.p("es", "latam", sex="f"), c.p("es", "latam")
    return f"""Resúmeme las confirmaciones que me han llegado por WhatsApp para la boda del 21 de septiembre (quién viene, cuántos, menús especiales):

{p.g} ({c.ph('es')}): Siiii vamos los 4!! {q.g} es celíaca
{c.ph(c.v(['es', 'mx']))}: Hola soy {r.n}, al final no podemos ir, lo siento muchísimo 😢
{q.n}: confirmo, voy con pareja, él es vegetariano"""


@T("personal_events", "best_man", "en", 2, case="lower1")
def _(c):
    p, q, r = c.p(sex="m"), c.p(sex="f"), c.p(sex="m")
    how = c.v(["they met in the queue for a Coldplay gig at Wembley", "they met on a Harry Potter studio tour, both dressed as Hermione"])
    return f"""Help me write a 4-minute best man speech for my brother {p.g} and his wife {q.g}. Facts: {how}; {p.g} once got lost in IKEA for 3 hours; {q.g}'s dad {r.n} is giving a speech before me so I don't want to repeat the childhood stuff. Funny but not cruel, no jokes about exes."""


@T("personal_events", "einladungen_adressen", "de", 2)
def _(c):
    a, b = c.addr("de"), c.addr("at", "ch", "de")
    p, q, r = c.p_for(a), c.p_for(b), c.p_for(b)
    return f"""Kannst du die Adressen für die Hochzeitseinladungen einheitlich formatieren (Anrede, Name, Straße, PLZ Ort) und als Tabelle für den Serienbrief ausgeben?

Fam. {p.f}
{a.block()}

{q.n} und {r.n}
{b.one()}"""


@T("personal_events", "aanbetaling_terug", "nl", 2)
def _(c):
    a = c.addr(*c.v([("nl",), ("be",)]))
    p = c.p_for(a)
    z = c.v(["zaal De Kroon", "Kasteel Heeswijk"])
    return f"""Kun je een nette mail schrijven aan het bruidspaar? De trouwlocatie ({z}) is dubbel geboekt en we storten de aanbetaling van € 1.500 terug.
Gegevens: t.n.v. {p.n}, rekening {c.iban(a.cc)}, mail {c.mail(p)}
Adres: {a.one()}
Bied een alternatieve datum aan en excuses namens het hele team."""


@T("personal_events", "bride_texts", "en", 2, case="lower")
def _(c):
    p, q, r = c.p(sex="f"), c.p(sex="f"), c.p()
    return f"""ok so my mum {p.n} is insisting her friend {q.n} comes to the ceremony AND the evening, we said evening only. {q.g}'s number is {c.php(q, 'uk')} if the planner needs to call her. how do i say no nicely?? also the dj wants the first dance song, we want perfect by ed sheeran but {r.g} says its overplayed"""


@T("personal_events", "conference_badges", "en", 1)
def _(c):
    ps = c.pp(4)
    comp = c.v([["Deloitte", "NHS England", "freelance", "Ocado"], ["Siemens", "KLM", "self-employed", "Oxfam"]])
    rows = "\n".join(f"| {x.n} | {co} | {c.mail(x)} |" for x, co in zip(ps, comp))
    return f"""Clean up this badge list for the printer: first name big, surname + company small. Flag any that will be too long for a 90 mm badge.

| name | company | email |
|---|---|---|
{rows}"""


@T("personal_events", "wesele_goscie", "pl", 2)
def _(c):
    ps = c.pp(4, "pl")
    a = c.addr("pl")
    return f"""Zrób mi z tego tabelkę dla sali (nazwisko, osoby, telefon, uwagi, adres do zaproszenia):
{ps[0].n} + osoba towarzysząca, {c.ph('pl')}, wegetarianka
rodzina {ps[1].f} 4 os. (2 dzieci), {c.ph('pl')}
{ps[2].n} – nocleg potrzebny, zaproszenie na {a.one()}
{ps[3].n}, tel {c.ph('pl')}, tylko ślub, bez wesela"""


@T("personal_events", "matrimonio_note", "it", 2)
def _(c):
    p, q, r = c.p("it"), c.p("it"), c.p("it", sex="f")
    a = c.addr("it")
    loc = c.v(["Villa del Balbianello", "Masseria Torre Coccaro"])
    return f"""Sistemami questi appunti della riunione con gli sposi in un riepilogo da mandare via mail:
sposi: {p.n} e {q.n} – {loc}, 14/6
fiorista da confermare, la madre della sposa ({r.n}) vuole peonie bianche
musica: quartetto per la cerimonia (Ave Maria di Schubert), poi dj
cell. sposa {c.ph('it')}, partecipazioni da spedire a casa della madre: {a.one()}"""


@T("personal_events", "dj_tax_form", "en", 1)
def _(c):
    p = c.p("us", sex="m")
    a = c.addr("us")
    return f"""Our wedding DJ is a sole proprietor and sent his W-9 as a photo in the group chat. Can you tell me which boxes I need for the 1099-NEC and whether I should ask him to resend it securely? Transcribed: Name {p.n}, business name Sound Wave Events, SSN {M('US_SSN', SSNS[0])}, address {a.one()}."""


@T("clean_events", "quick_events_q", "en", 1, case="lower")
def _(c):
    return "good taylor swift songs for walking down the aisle that aren't love story?"


@T("clean_events", "rsvp_template", "en", 3)
def _(c):
    ex = c.v(["Jane,Doe,jane.doe@example.com,Y,veggie\nJohn,Smith,john.smith@example.com,N,",
              "{first},{last},{email},Y/N/maybe,{dietary}\nJoe,Bloggs,joe@example.org,maybe,",
              "Guest,One,guest1@example.com,Y,vegan\nGuest,Two,guest2@example.com,Y,"])
    return f"""We're building the RSVP import for our wedding-planning app. Write the header validation rules (required columns, allowed rsvp values, email format) and say what should happen on a bad row. Sample file:

first,last,email,rsvp,dietary
{ex}"""


@T("clean_events", "table_names", "en", 2)
def _(c):
    t = c.v(["Beatles songs: Hey Jude, Michelle, Eleanor Rigby, Penny Lane, Julia, Lucy in the Sky, Martha My Dear",
             "films: Casablanca, Notting Hill, Dirty Dancing, Mamma Mia, Amélie, Titanic, The Princess Bride",
             "songs: Dancing Queen, Sweet Caroline, Jolene, Roxanne, Delilah, Valerie, Come On Eileen"])
    return f"""We want to name the 7 reception tables after {t}. Can you write a one-line blurb for each table card and suggest which one should be the top table? Couple are huge fans, tone light and a bit silly."""


@T("clean_events", "contract_clean", "en", 2)
def _(c):
    v = c.v(["Blossom & Bloom Florals Ltd", "Harper Lane Photography"])
    return f"""Is this clause fair to us as the supplier, and what's missing (cancellation, force majeure)? Plain English please.

"This Agreement is made on [DATE] between [CLIENT NAME] of [CLIENT ADDRESS] ("the Client") and {v} ("the Supplier"). The Client shall pay a non-refundable deposit of 30% upon signing. Should the Client cancel less than 60 days before the Event, the full balance becomes due.\""""


@T("clean_events", "boda_clean", "es", 2)
def _(c):
    sitio = c.v(["la Alhambra y el Carmen de los Mártires", "el Palacio de Cibeles y el Casino de Madrid"])
    return f"""Estoy organizando una boda para 120 invitados en Granada/Madrid. Compárame como sedes {sitio}: aforo, si se puede hacer ceremonia civil, catering propio o externo, y horarios de música. Ponlo en una tabla y dime qué preguntas le hago a cada sitio."""


@T("clean_events", "toast_quotes", "en", 2, case="lower1")
def _(c):
    w = c.v(["Oscar Wilde, Shakespeare, Maya Angelou, Dr. Seuss and Jane Austen", "Rumi, Khalil Gibran, Winnie-the-Pooh, Bridget Jones and Leo Tolstoy"])
    return f"""Suggest 6 short quotes about love or friendship from {w} that would work in a wedding toast, with the exact source for each so I don't embarrass myself. No fake internet quotes please."""


@T("clean_events", "einladung_muster", "de", 2)
def _(c):
    ort = c.v(["Schloss Neuschwanstein (Blick)", "Hotel Adlon Kempinski"])
    return f"""Formuliere mir bitte eine Vorlage für Hochzeitseinladungen mit Platzhaltern für den Serienbrief. Beispiel zum Testen:

Liebe(r) [Vorname],
Erika Mustermann und Max Mustermann heiraten am TT.MM.JJJJ.
Feier im {ort}, Musterstraße 1, 12345 Musterstadt.
Bitte antworte bis [Datum] an [E-Mail]."""


@T("clean_events", "locatie_keuze", "nl", 2)
def _(c):
    o = c.v(["Ziggo Dome, AFAS Live of Rotterdam Ahoy", "de Efteling, Walibi Holland of Madurodam"])
    return f"""Voor een personeelsfeest met 1.800 mensen twijfelen we tussen {o}. Kun je de voor- en nadelen op een rij zetten (bereikbaarheid met OV, catering, of we een act als Tiësto of Armin van Buuren kunnen boeken)? Graag in een tabel."""


@T("clean_events", "playlist_lower", "en", 2, case="lower")
def _(c):
    items = c.v(["perfect (ed sheeran), at last (etta james), can't help falling in love (elvis), thinking out loud",
             "a thousand years (christina perri), make you feel my love (adele), la vie en rose, all of me (john legend)"])
    return f"""first dance shortlist: {items}. which is best for a slow waltz-ish dance and which one has a long boring intro? also give me a do-not-play list for the dj, we hate agadoo and the macarena"""


@T("clean_events", "speaker_runsheet", "en", 3)
def _(c):
    s = c.v(["keynote Simon Sinek (remote), panel moderated by Christiane Amanpour, closing Malala Yousafzai",
             "keynote Yuval Noah Harari, fireside chat with Richard Branson, closing Brené Brown",
             "keynote Michelle Obama (video), cookery demo Yotam Ottolenghi, closing Sir David Attenborough (recorded)"])
    return f"""Draft a run-sheet for our annual conference, 09:00–17:30, ballroom at the Hilton Park Lane: {s}. Include AV checks, breaks, lunch in the Eisenhower Suite and where the green room goes. Roles only (Stage Manager, AV Lead, Floor Runner), no names."""


@T("clean_events", "wesele_szablon", "pl", 2)
def _(c):
    s = c.v(["Jan Kowalski i Anna Nowak", "[Imię Nazwisko] i [Imię Nazwisko]"])
    return f"""Napisz wzór zaproszenia na wesele z polami do uzupełnienia. Przykład do podglądu: {s} zapraszają na ślub w kościele Mariackim w Krakowie, przyjęcie w Hotelu Bristol. Ma być elegancko, ale bez przesady."""


@T("clean_events", "matrimonio_location", "it", 2)
def _(c):
    items = c.v(["Villa del Balbianello (dove hanno girato Star Wars) e Villa d'Este", "Castello di Vincigliata e Villa Cimbrone"])
    return f"""Due sposi americani mi chiedono un confronto tra {items} per un matrimonio di 80 persone a giugno. Mi fai una tabella con costi indicativi, capienza, permessi per la cerimonia civile e la distanza da Milano Malpensa?"""


@T("clean_events", "faire_part", "fr", 2)
def _(c):
    s = c.v(["Jean Dupont & Marie Martin", "Prénom NOM & Prénom NOM"])
    return f"""J'ai besoin d'un modèle de faire-part de mariage avec les champs à remplir. Exemple pour la maquette : « {s} ont la joie de vous annoncer leur mariage, le samedi JJ mois, au Château de Chambord ». Propose 3 formulations, une classique, une moderne, une avec une citation d'Antoine de Saint-Exupéry."""


# ============================== venues, theatres, box office, ticketing =====================
@T("personal_venue", "refund_email", "en", 2)
def _(c):
    p = c.p()
    show = c.v(["Hamilton at the Victoria Palace", "Les Misérables, Sondheim Theatre", "The Phantom of the Opera, His Majesty's"])
    return f"""Draft a reply to this. We can't refund (it's in the T&Cs) but we can exchange to another date for a £3 fee per ticket.

> Hi, I booked 2 tickets for {show} for the 14th, order no. 4471-2290-AX, recieved the e-tickets fine. My mum has had a fall and we can't come. Can I get my money back please?
> Thanks, {p.n}
> {c.ph(p.region if p.region in PHONES else 'uk')}
> Sent from my iPhone"""


@T("personal_venue", "school_group", "en", 2)
def _(c):
    p, q = c.p("uk", "ie"), c.p("uk", "ie")
    show = c.v(["Matilda The Musical", "Wicked"])
    return f"""Turn this group booking form into a confirmation email with the payment schedule (deposit 25% now, balance 6 weeks before):

Group: Year 8, St Aidan's C of E Academy
Show: {show}, Wed matinee 12 March
Tickets: 42 students + 5 staff (1 free per 10)
Lead teacher: {p.n}, {c.mail(p, domain='staidans.sch.uk')}, mobile {c.ph(c.v(['uk', 'ie']))}
Second contact: {q.ini}
Access: 1 wheelchair user + companion"""


@T("personal_venue", "access_register", "en", 2)
def _(c):
    ps = c.pp(3)
    ev = c.v(["Elton John tribute night", "The Nutcracker (matinee)"])
    return f"""Can you turn our access register for the {ev} into a list the front-of-house team can use on the door (seat, need, what to do)? Don't include phone numbers in the output, I only need them in the original.

{ps[0].n} – wheelchair space W2 + companion C2 – {c.php(ps[0], 'uk')} – arrives by taxi, needs ramp at stage door
{ps[1].n} – BSL interpreted performance, seats A11–12, guide dog
{ps[2].n} – Nimbus Access Card, aisle seat, step-free route, carer {c.ph('uk')}"""


@T("personal_venue", "cambio_nominativo", "it", 2)
def _(c):
    p, q = c.p("it"), c.p("it", sex="f")
    art = c.v(["Vasco Rossi a San Siro", "Laura Pausini all'Arena di Verona"])
    return f"""Mi aiuti a rispondere a un cliente? Chiede il cambio nominativo per il concerto di {art}. Il cambio è possibile fino a 10 giorni prima, costa 2,50 € e serve un documento.

"Buongiorno, ho acquistato il biglietto a nome {p.n} ma non posso andare. Vorrei intestarlo a mia cugina {q.n}, carta d'identità {c.pid('it')}. Il mio numero è {c.ph('it')}. Grazie\""""


@T("personal_venue", "fraud_ip", "en", 2)
def _(c):
    p, q = c.p(), c.p()
    art = c.v(["Taylor Swift | The Eras Tour", "Oasis Live '25"])
    return f"""Looking at possible ticket touting on the {art} on-sale. Same IP bought 14 tickets across 3 accounts. Is this enough to cancel under our terms, and how do I word the email?

orders 88120–88134  ip {c.ip()}
accounts: {c.mail(p)}, {c.mail(p, style='gi#')}, {c.mail(q)}
billing names: {p.n} / {p.ini} / {q.n}
card ending 4417 on all three"""


@T("personal_venue", "billetterie", "fr", 2)
def _(c):
    a = c.addr("fr")
    p = c.p_for(a)
    sp = c.v(["Stromae au Zénith de Lille", "Les Misérables au Théâtre du Châtelet"])
    return f"""Peux-tu rédiger une réponse à ce client ? Les billets sont nominatifs, on peut refaire un e-billet avec le bon nom mais il faut l'adresse mail du compte.

« Bonjour, j'ai acheté 3 places pour {sp} mais le nom sur les billets est mal orthographié ({p.F} au lieu de {p.f}). Est-ce que ça pose problème à l'entrée ? Les billets papier sont partis à {a.one()}, il faut les renvoyer ? Mon tél : {c.ph('fr')}. Cordialement, {p.n} »"""


@T("personal_venue", "abo_aenderung", "de", 2)
def _(c):
    a = c.addr("de", "at")
    p = c.p_for(a)
    return f"""Bitte eine Bestätigung für die Abo-Änderung formulieren (Theater-Abo „Premieren B“, Spielzeit 25/26, Plätze Parkett links Reihe 7):

Abonnent: {p.n}
Neue Anschrift: {a.one()}
Neue Bankverbindung: {c.iban(a.cc)}
Lastschrift ab Oktober, erste Vorstellung: Die Zauberflöte"""


@T("personal_venue", "support_chat", "en", 2, case="lower1")
def _(c):
    p = c.p()
    ev = c.v(["Coldplay at Wembley", "Ed Sheeran, Croke Park", "Bad Bunny, Estadio Metropolitano"])
    return f"""Summarise this support chat for the ticket, one paragraph, and suggest the next step:

Agent: Hi, you're through to Ticket Support, how can I help?
Customer: my tickets for {ev} arent showing in the app
Agent: Sorry about that! Can I take the email on the account?
Customer: {c.mail(p)}
Agent: Thanks. And the name on the booking?
Customer: {p.n}, it might be under {p.g} only
Agent: Found it, order 5518-2209. They'll appear 48h before the show.
Customer: ok but my phone number changed, its {c.php(p, 'uk')} now"""


@T("personal_venue", "box_office_note", "en", 2, case="lower")
def _(c):
    p, r = c.pp(2)
    q = c.p(sex="f")
    return f"""tidy this box office note into something i can put in the shift log:
2 comps for tonight under {p.f} (friend of the director) not picked up
{q.n} came to collect for {r.g} - no id, didnt release, told her to bring {r.g}'s email confirmation
the royal box key is back with security
refund for seat h14 done on the card"""


@T("personal_venue", "entradas_teatro", "es", 1)
def _(c):
    p = c.p("es", "latam", sex="f")
    return f"""Necesito contestar a esta clienta: compró 4 entradas para El Rey León en el Teatro Lope de Vega y quiere cambiar la fecha. Se puede, pagando la diferencia.

"Hola, soy {p.n}, localizador RL-88219, mi correo es {c.mail(p)}. ¿Puedo pasar las entradas del sábado 8 al domingo 16? Gracias"

Hazlo corto y amable."""


@T("personal_venue", "vstupenky", "cs", 2)
def _(c):
    p = c.p("cz", "sk", sex="m")
    a = c.addr("cz")
    pr = c.v(["Prodaná nevěsta v Národním divadle", "Rusalka ve Státní opeře"])
    return f"""Prosím napiš odpověď zákazníkovi. Vstupenky na {pr} mu nepřišly e-mailem, nejspíš je ve spamu.

„Dobrý den, jmenuji se {p.n}, objednávka 20931, platil jsem kartou, ale vstupenky nemám. E-mail {c.mail(p)}, telefon {c.ph('cz' if p.region == 'cz' else 'sk')}. Fakturační adresa: {a.one()}. Děkuji“"""


@T("personal_venue", "ticket_note_translate", "en", 1)
def _(c):
    p = c.p("pl")
    return f"""Translate into Polish for the box office window: "Tickets for {p.n} are held under collection ref 7741. Please bring photo ID.\""""


@T("clean_venue", "quick_venue_q", "en", 1)
def _(c):
    return "How many seats does the Royal Albert Hall have, and where do the Proms promenaders queue?"


@T("clean_venue", "refund_policy", "en", 2)
def _(c):
    ev = c.v(["the Taylor Swift Dublin date was rescheduled", "Adele's residency dates moved", "Hamilton's understudy went on for the lead"])
    return f"""Box office question: {ev}. What do UK consumer law and the STAR code actually require us to refund (face value, booking fee, transaction fee), and how is that different from a cancellation? Give me wording for the FAQ page, signed off by the Box Office Manager."""


@T("clean_venue", "group_rates", "en", 2)
def _(c):
    s = c.v(["Wicked, Les Misérables, Matilda and The Lion King", "Mamma Mia!, Back to the Future, Moulin Rouge! and Cabaret"])
    return f"""I'm a school trips coordinator. Can you compare typical West End group rates for {s}: minimum group size, free teacher places, deposit, and whether there are weekday matinees? A table would be great."""


@T("clean_venue", "access_info", "en", 2)
def _(c):
    v = c.v(["the Royal Albert Hall", "the Barbican"])
    return f"""Rewrite our access page so it reads like {v}'s: step-free routes, wheelchair spaces, BSL and captioned performances, the Nimbus Access Card and the Hynt card, assistance dogs, and the Sunflower lanyard scheme. Plain English, short headings, no "please note"."""


@T("clean_venue", "arena_verona", "it", 2)
def _(c):
    op = c.v(["Aida, Carmen, Nabucco e Tosca", "Turandot, La Traviata, Madama Butterfly e Il barbiere di Siviglia"])
    return f"""Per un gruppo di turisti tedeschi devo spiegare in due righe la trama di {op} in programma all'Arena di Verona quest'estate. Scrivile in tedesco semplice e aggiungi chi è il compositore (Verdi, Puccini, Bizet, Rossini)."""


@T("clean_venue", "support_chat_clean", "en", 3)
def _(c):
    ev = c.v(["Coldplay at Wembley", "Ed Sheeran, Croke Park", "Bad Bunny, Estadio Metropolitano"])
    return f"""Write a better macro for our agents based on this chat, it's too long-winded:

Agent: Hi, you're through to Ticket Support, how can I help?
Customer: my tickets for {ev} aren't showing in the app
Agent: So sorry about that! Mobile tickets for this event appear 48 hours before doors open, due to the promoter's anti-touting policy (SafeTix). Is there anything else?
Customer: no thats all"""


@T("clean_venue", "salles_paris", "fr", 2)
def _(c):
    s = c.v(["l'Olympia, le Zénith ou l'Accor Arena pour la tournée de Zaz", "la Cigale, le Bataclan ou la Salle Pleyel pour un concert hommage à Édith Piaf"])
    return f"""Pour un producteur, compare-moi {s} : jauge, location indicative, accès PMR et contraintes de fin de soirée. Présente ça en tableau, en français."""


@T("clean_venue", "spielplan_text", "de", 2)
def _(c):
    s = c.v(["Beethovens Neunte in der Elbphilharmonie", "Die Zauberflöte an der Wiener Staatsoper"])
    return f"""Schreib mir einen kurzen Ankündigungstext (80 Wörter) für {s}, für Newsletter und Instagram. Erwähne Dirigent und Ensemble nur als [Platzhalter], die stehen noch nicht fest. Kein „unvergesslicher Abend“, bitte."""


@T("clean_venue", "box_office_clean", "en", 2, case="lower")
def _(c):
    s = c.v(["the royal box, dress circle, grand tier and the gods", "stalls, upper circle, loges and the balcony"])
    return f"""tidy this for the new box office starters: what's the difference between {s}, which seats have restricted view, and why the phantom of the opera sells out the front stalls first"""


@T("clean_venue", "seat_map", "en", 2)
def _(c):
    v = c.v(["the London Palladium", "Carnegie Hall"])
    return f"""We're building a seat map in Seats.io modelled on {v}. Sections: Stalls A–Z, Royal Circle, Grand Circle, Boxes. How should we name section keys and row labels so that Ticketmaster and See Tickets imports don't break? Example: STALLS-A-12."""


@T("clean_venue", "teatro_madrid", "es", 2)
def _(c):
    s = c.v(["El Rey León, Aladdín y Tina, el musical de Tina Turner", "Los Miserables, Mamma Mia! y Cabaret"])
    return f"""Para un viaje de fin de curso a Madrid, compárame {s}: teatro, precio medio, duración y si hay descuento para grupos. En tabla, por favor."""


@T("clean_venue", "divadlo_program", "cs", 2)
def _(c):
    s = c.v(["Rusalka od Dvořáka a Prodaná nevěsta od Smetany", "Janáčkova Její pastorkyňa a Mozartův Don Giovanni ve Stavovském divadle"])
    return f"""Napiš prosím krátké anotace do programu pro zahraniční návštěvníky: {s}. Anglicky, každá do 60 slov, a přidej jednu větu o Národním divadle."""


@T("clean_venue", "notice_upper", "en", 2, case="upper")
def _(c):
    s = c.v(["ROMEO AND JULIET (RSC)", "THE LION KING"])
    return f"""CAN YOU MAKE THIS NOTICE SOUND LESS ANGRY
BOX OFFICE NOTICE — {s}
NO BAGS LARGER THAN A4. NO READMISSION AFTER THE INTERVAL BELL. LATECOMERS WILL BE SEATED AT A SUITABLE BREAK AT THE DISCRETION OF THE DUTY MANAGER. PHOTOGRAPHY STRICTLY PROHIBITED."""


# ============================== tours and guides ============================================
@T("personal_tours", "boat_manifest", "en", 2)
def _(c):
    ps = c.pp(4)
    trip = c.v(["Staffa & Lunga puffin trip, 10:00 from Tobermory pier", "Skellig Michael landing tour, 08:30 from Portmagee",
                "Isles of Scilly day crossing, Scillonian III"])
    def cc(x):
        return x.region
    rows = "\n".join(f"{i}. {x.Fg}  DOB {c.dob(c.r.choice(['dmy/', 'iso', 'en']))}  ID {c.pid(cc(x))}"
                     for i, x in enumerate(ps, 1))
    return f"""Coastguard wants the manifest in their format (SURNAME Given | DOB dd/mm/yyyy | document no.). Can you reformat this for the {trip}? Some DOBs are in the wrong format.

{rows}"""


@T("personal_tours", "guide_handover", "en", 2)
def _(c):
    ps = [c.p(), c.p(sex="f")] + c.pp(2)
    site = c.v(["Alhambra (Nasrid Palaces 10:30 slot)", "Vatican Museums + Sistine Chapel, 8am early entry"])
    return f"""Make this into a clean handover for the guide covering me tomorrow:

{site}
- {ps[0].n} uses a wheelchair, book the lift route
- {ps[1].n} and {ps[2].n} are a couple, she's scared of crowds, start at the back
- {ps[3].g} paid cash on the day, still owes €15, phone {c.php(ps[3], 'es')}
- meet at the main gate, group sign is the yellow umbrella"""


@T("personal_tours", "pickup_whatsapp", "en", 2, case="lower1")
def _(c):
    ps = c.pp(3)
    tour = c.v(["Cliffs of Moher day tour", "Ring of Kerry coach"])
    return f"""Pickup list for the {tour}, can you make it a table by time and add a column for "called?"

07:10 Jury's Inn Parnell St – {ps[0].n} x2 – {c.php(ps[0], 'ie')}
07:25 The Shelbourne – {ps[1].f} x4 – {c.php(ps[1], 'ie')}
07:40 Dublin Airport Hilton – {ps[2].g} (booked via Viator, no phone, whatsapp {c.php(ps[2], 'us')})"""


@T("personal_tours", "passeio_reserva", "pt", 2)
def _(c):
    a = c.addr("pt")
    p, q = c.p("pt", "br"), c.p("pt", "br")
    t = c.v(["passeio de barco no Douro com prova de vinhos", "tour a Sintra (Pena + Quinta da Regaleira)"])
    return f"""Podes escrever a confirmação desta reserva em português e inglês?
Cliente: {p.n}, {c.mail(p)}, telemóvel {c.ph(c.v(['pt', 'br']))}
Acompanhante: {q.g}
Morada para a fatura: {a.one()}
Serviço: {t}, 2 pessoas, sábado, recolha no hotel às 9h
Pagamento: 50% pago, resto no dia"""


@T("personal_tours", "tour_greeklish", "el", 2)
def _(c):
    a = c.addr("gr")
    p, q = c.p("gr"), c.p("gr")
    t = c.v(["tin imerisia ekdromi sta Meteora", "to krouazieraki gia Ydra, Poro kai Aigina"])
    return f"""Grapse mou ena minima epivevaiosis sta agglika kai ellinika gia {t}. Stoixeia: {p.n}, kinito {c.ph('gr')}, 3 atoma, paralavi apo to xenodoxeio stis 7:15. O/I {q.n} plironei to ypoloipo sto leoforeio. Timologio sti dieuthinsi {a.one()}."""


@T("personal_tours", "balon_listesi", "tr", 2)
def _(c):
    ps = c.pp(3)
    def cc(x):
        return x.region
    rows = "\n".join(f"- {x.n}, pasaport {c.pid(cc(x))}, kilo {w}" for x, w in zip(ps, c.v([[62, 88, 71], [54, 95, 80]])))
    return f"""Yarınki balon uçuşu için yolcu listesini pilotun istediği formata çevirir misin (Ad Soyad | Pasaport | Kilo)? Sepet 16 kişilik, toplam ağırlığı da hesapla.

{rows}
Otel transferi 04:45, Göreme."""


@T("personal_tours", "pruvodce_skupina", "cs", 2)
def _(c):
    p, q = c.p("cz", "sk"), c.p("cz", "sk", sex="f")
    m = c.v(["Pražský hrad a Karlův most", "Český Krumlov a zámecká zahrada"])
    return f"""Přepiš prosím tyhle poznámky do e-mailu pro průvodce na zítřek ({m}):
skupina 18 lidí z Bavorska, vedoucí zájezdu {p.n}, mobil {c.ph('cz')}
oběd rezervovaný U Fleků na 12:30
paní {q.f} má potíže s chůzí, počítat s pomalejším tempem"""


@T("personal_tours", "visa_letter", "en", 2)
def _(c):
    a = c.addr(*c.v([("in",), ("mx",)]))
    p = c.p_for(a)
    d = c.dob("en")
    return f"""Our tour company needs to issue a confirmation letter for a client's Schengen visa application. Draft it on our letterhead style (Alpine Trails GmbH, Innsbruck) confirming the 10-day Tyrol & Dolomites tour, 4–13 July, fully paid.

Client: {p.n}
Date of birth: {d}
Passport: {c.pid(a.cc)}
Home address: {a.one()}"""


@T("personal_tours", "review_reply_guide", "en", 1)
def _(c):
    p, s = c.p(), c.p()
    return f"""Write a warm reply to this GetYourGuide review. Mention we passed the compliment to the guide.

★★★★★ {M("PERSON", p.given + " " + p.family[0] + ".")} – "Our guide {s.g} made the Colosseum and Roman Forum come alive, even the kids were hooked on Julius Caesar and Nero gossip. Worth every euro!\""""


@T("personal_tours", "excursion_reserva", "es", 2)
def _(c):
    p, q = c.p("es", "latam"), c.p("es", "latam")
    ex = c.v(["la excursión a Montserrat", "la ruta por el Caminito del Rey"])
    return f"""Pásame a limpio estas reservas para {ex} del jueves:
- {p.n}, 2 adultos, recogida Hotel Arts 8:00, {c.ph('es')}
- {q.f}, familia 4 pax (2 niños), pagado por web, correo {c.mail(q)}
Recuerda que el guía necesita nombre y teléfono de cada grupo."""


@T("personal_tours", "guide_notes_lower", "en", 2, case="lower")
def _(c):
    p, q, r = c.p(), c.p(sex="f"), c.p(sex="m")
    city = c.v(["edinburgh ghost walk", "harry potter walking tour, oxford"])
    return f"""quick notes from tonights {city}, can you make this into a report for the office:
18 pax, 2 no shows ({p.n} x2, didnt answer {c.php(p, 'uk')})
{q.n} fell on the cobbles near greyfriars, ok but shaken, got her an uber back
{r.g} asked about a private tour for a hen do, gave him the office email"""


@T("clean_tours", "quick_tours_q", "en", 1)
def _(c):
    return "Is the Anne Frank House or the Van Gogh Museum harder to get tickets for in August?"


@T("clean_tours", "itinerary", "en", 2)
def _(c):
    i = c.v(["Day 1 Lisbon: Belém Tower, Jerónimos Monastery, Pastéis de Belém\nDay 2 Sintra: Pena Palace, Quinta da Regaleira\nDay 3 Porto: Livraria Lello, Douro cruise",
             "Day 1 Rome: Colosseum, Roman Forum, Trevi Fountain\nDay 2 Vatican Museums, Sistine Chapel, St Peter's\nDay 3 Florence: Uffizi, Michelangelo's David",
             "Day 1 Istanbul: Hagia Sophia, Blue Mosque, Topkapı Palace\nDay 2 Cappadocia: Göreme open-air museum, balloon flight\nDay 3 Ephesus, House of the Virgin Mary"])
    return f"""Turn this rough itinerary into a client-facing PDF text with times, walking distances and one insider tip per stop. Keep it under 300 words.

{i}"""


@T("clean_tours", "guide_script", "en", 3, case="lower1")
def _(c):
    s = c.v(["Gaudí, Sagrada Família and Park Güell", "Michelangelo, Bernini and the Medici", "Rembrandt, Anne Frank and the Golden Age canals"])
    return f"""I'm a new walking tour guide. Write me a 5-minute script about {s}, with two surprising facts and one question to ask the group. Historically accurate please, tourists do check on Wikipedia."""


@T("clean_tours", "pickup_points", "en", 2)
def _(c):
    h = c.v(["07:10 Jury's Inn Parnell St, 07:25 The Shelbourne, 07:40 Dublin Airport Hilton", "06:50 Pestana Palace, 07:05 Four Seasons Ritz, 07:20 Marquês de Pombal (statue)"])
    return f"""Pickup points for our day tour: {h}. Can you make it a table by time with a Google Maps-friendly description of exactly where the coach stops, and a line for the website saying pickups are from these points only?"""


@T("clean_tours", "lisboa_roteiro", "pt", 2)
def _(c):
    r = c.v(["pela estátua de Fernando Pessoa no café A Brasileira, pela Torre de Belém e pelo Padrão dos Descobrimentos",
             "pelo Mosteiro dos Jerónimos, pelos túmulos de Vasco da Gama e de Luís de Camões, e pelo Elétrico 28"])
    return f"""Escreve-me um roteiro a pé de 3 horas em Lisboa para um grupo brasileiro, passando {r}. Inclui uma curiosidade por paragem e onde comer um pastel de nata que não seja turístico."""


@T("clean_tours", "athina_xenagisi", "el", 2)
def _(c):
    r = c.v(["Akropoli, Parthenonas kai Mouseio tis Akropolis", "Archaia Agora, Naos tou Ifaistou kai Plaka"])
    return f"""Eimai xenagos stin Athina. Thelo ena keimeno 3 lepton sta agglika gia {r}, na anaferei ton Perikli, ton Feidia kai ton Sokrati me aplo tropo, gia group apo Ameriki. Oxi poli akadimaiko."""


@T("clean_tours", "kapadokya_tur", "tr", 2)
def _(c):
    r = c.v(["Göreme Açık Hava Müzesi, Uçhisar Kalesi ve Paşabağı", "Efes Antik Kenti, Meryem Ana Evi ve Şirince"])
    return f"""Tur rehberiyim. {r} için İngilizce kısa bir anlatım metni hazırlar mısın? Atatürk'ün bölgeyi ziyaretine ve Hitit dönemine değinebilirsin, 250 kelimeyi geçmesin."""


@T("clean_tours", "praha_prohlidka", "cs", 2)
def _(c):
    r = c.v(["Karlův most, Staroměstský orloj a Kafkův dům", "Pražský hrad, Zlatá ulička a Strahovský klášter"])
    return f"""Připrav mi prosím anglický text na dvouhodinovou prohlídku: {r}. Zmiň Karla IV., Franze Kafku a Václava Havla, ať je to pro turisty zajímavé."""


@T("clean_tours", "coach_quiz", "en", 2, case="lower1")
def _(c):
    t = c.v(["Scotland: Robert Burns, William Wallace, Loch Ness, Edinburgh Castle, the Kelpies", "Ireland: James Joyce, Guinness, the Book of Kells, Giant's Causeway, U2"])
    return f"""Write a 10-question coach quiz for a tour of {t}. Mix easy and hard, multiple choice, answers at the end. Prize is a Tunnock's teacake so keep it fun."""


@T("clean_tours", "manifest_template", "en", 2)
def _(c):
    b = c.v(["Staffa & Lunga puffin trip", "Skellig Michael landing tour"])
    return f"""Coastguard wants the passenger manifest as SURNAME Given | DOB dd/mm/yyyy | document no. Write me a Google Sheets formula that builds that column from separate columns, for the {b}. Test rows:

1. DOE Jane  DOB 01/01/1990  ID X0000000
2. SMITH John  DOB 31/12/1985  ID X1111111"""


@T("clean_tours", "excursion_clean", "es", 2)
def _(c):
    r = c.v(["Montserrat, Girona (Juego de Tronos) y Figueres (Museo Dalí)", "Toledo, Segovia (acueducto) y el Escorial"])
    return f"""Diseña tres excursiones de un día desde Barcelona/Madrid para un grupo de jubilados ingleses: {r}. Para cada una: horarios, tiempo de autobús, comida recomendada y una anécdota sobre el lugar."""


@T("clean_tours", "guide_lower_clean", "en", 2, case="lower")
def _(c):
    t = c.v(["edinburgh ghost walk: greyfriars bobby, burke and hare, mary king's close",
             "oxford harry potter tour: christ church hall, bodleian library, the divinity school"])
    return f"""quick q for tonight's {t}. which stories are actually true and which are tourist myths? need to know what i can say with a straight face"""


@T("clean_tours", "stockholm_tur", "sv", 2)
def _(c):
    r = c.v(["Vasamuseet, ABBA The Museum och Skansen", "Gamla stan, Nobelprismuseet och Junibacken (Astrid Lindgren)"])
    return f"""Kan du skriva en kort guidetext på engelska för en halvdagstur i Stockholm: {r}? Max 200 ord, med en rolig detalj per stopp."""


# ============================== sports clubs and leisure centres ============================
@T("personal_leisure", "membership_form", "en", 3)
def _(c):
    a = c.addr("uk")
    p, e = c.p_for(a), c.p_for(a)
    plan = c.v(["Off-peak Swim & Gym", "Family (2 adults, 2 juniors)", "Racquets + Spa"])
    return f"""This came in on the paper form, can you put it in the format for our Gladstone import (one field per line, dates as YYYY-MM-DD)?

MEMBERSHIP APPLICATION – {plan}
Name: {p.n}
DOB: {c.dob(c.v(['dmy/', 'us', 'en']))}
Address: {a.one()}
Mobile: {c.ph(a.cc)}
Email: {c.mail(p)}
Emergency contact: {e.n} ({c.ph(a.cc)})
Medical: asthma (inhaler in locker)"""


@T("personal_leisure", "class_roster", "en", 2, case="lower1")
def _(c):
    ps = c.pp(5)
    cl = c.v(["Tues 6pm Spin", "Sat 9am Hatha Yoga"])
    return f"""Here's the roster for {cl}, 14 places. Who's on the waitlist, who hasn't paid and who's a no-show twice in a row (they lose priority booking)?

1 {ps[0].n} paid
2 {ps[1].n} paid – no-show last 2 weeks
3 {ps[2].n} unpaid (pay at desk)
4 {ps[3].n} paid
waitlist: {ps[4].n}, {c.php(ps[4], 'uk')}"""


@T("personal_leisure", "sepa_mandat", "de", 2)
def _(c):
    a = c.addr("de", "at")
    p = c.p_for(a)
    v = c.v(["TSV Eintracht Feldkirchen", "SV Blau-Weiß 09"])
    return f"""Kannst du mir aus diesen Angaben ein SEPA-Lastschriftmandat für den Mitgliedsbeitrag ({v}, 12 € monatlich) formulieren?

Kontoinhaber: {p.n}
Anschrift: {a.one()}
IBAN: {c.iban(a.cc)}
Mitglied seit: 01.09. (Abteilung Tischtennis)"""


@T("personal_leisure", "junior_registration", "en", 2)
def _(c):
    a = c.addr(*c.v([("us",), ("au",)]))
    sex = c.v([None, "f"])
    kid, par, kid2 = c.p(sex=sex), c.p_for(a), c.p(sex=sex)
    k1, k2 = M("PERSON", f"{kid.given} {par.family}"), M("PERSON", f"{kid2.given} {par.family}")
    team = c.v(["U10 Tigers", "U12 girls"])
    return f"""Can you check these junior registrations for the {team} against the age cut-off (born on or after 1 Sept 2013) and tell me who needs to move age group?

Player: {k1}, DOB {c.dob('dmy/', child=True)}, parent {par.n}, {c.ph(a.cc)}, {a.one()}
Player: {k2}, DOB {c.dob('dmy/', child=True)}, parent {par.g} (same family), photo consent: yes"""


@T("personal_leisure", "medlem_personnummer", "sv", 2)
def _(c):
    a = c.addr("se")
    p = c.p("se")
    d = c.dob_raw()
    return f"""Kan du skriva ett välkomstmejl till vår nya medlem i padelklubben? Uppgifterna från formuläret:
Namn: {p.n}
Personnummer: {c.pnr_of(d)}
Adress: {a.one()}
Mobil: {c.ph('se')}
Medlemskap: Senior, bokning via MATCHi"""


@T("personal_leisure", "karnet_silownia", "pl", 2)
def _(c):
    p = c.p("pl", sex="f")
    a = c.addr("pl")
    d = c.dob_raw()
    return f"""Napisz krótką odpowiedź do klientki siłowni, która chce zawiesić karnet na 2 miesiące (złamana ręka). Dane:
{p.n}, PESEL {c.pesel_of(d)}, tel. {c.ph('pl')}
adres: {a.one()}
karnet: Open, płatność przez Multisport + dopłata
regulamin: zawieszenie max 60 dni w roku, wymagane zaświadczenie"""


@T("personal_leisure", "coach_notes", "en", 2, case="lower")
def _(c):
    ps = c.pp(4)
    s = c.v(["u14 training", "masters swim squad"])
    return f"""coach notes from {s} last night, turn into a short email to parents/members:
- {ps[0].g} and {ps[1].g} moving up a group from next week
- {ps[2].n} left a blue hoodie + water bottle
- reminder subs are due, {ps[3].f}s still owe for march
- gala on the 22nd, lift share sheet on the noticeboard"""


@T("personal_leisure", "incident_report", "en", 2)
def _(c):
    p, w, lg = c.p(), c.p(), c.p()
    return f"""Write this up as a formal RIDDOR-style incident report (facts only, no blame):

Pool hall, 17:40. {p.n} (member, {c.dob('dmy/')}) slipped on the poolside by the flumes, cut to chin. First aid by lifeguard {lg.n}. Witness: {w.n}, tel {c.php(w, 'uk')}. Next of kin informed. Wet floor sign was out but had been moved."""


@T("personal_leisure", "socio_club", "es", 2)
def _(c):
    p = c.p("es")
    a = c.addr("es")
    return f"""Redacta la bienvenida para un nuevo socio del club de pádel y su ficha para la federación:
Nombre: {p.n}
DNI: {c.pid('es')}
Fecha de nacimiento: {c.dob('es')}
Domicilio: {a.one()}
Teléfono: {c.ph('es')}"""


@T("personal_leisure", "crm_json", "en", 2)
def _(c):
    a = c.addr("us")
    p = c.p_for(a)
    return fill("""Mindbody webhook is posting this to our endpoint and the handler crashes on the date. Python, what's the safest way to parse it?

{"EventId": "client.updated", "ClientId": "100045871",
 "FirstName": "@@g@@", "LastName": "@@f@@", "Email": "@@mail@@",
 "MobilePhone": "@@ph@@", "BirthDate": "@@dob@@",
 "AddressLine1": "@@st@@", "City": "@@town@@", "State": "@@st8@@", "PostalCode": "@@zip@@",
 "Notes": "prefers Les Mills BodyPump, knee injury"}""", g=p.g, f=p.f, mail=c.mail(p), ph=c.ph("us"), dob=c.dob(c.v(["us", "iso"])),
                st=a.street_m, town=a.town_m, st8=a.L(a.region), zip=a.pc_m)


@T("personal_leisure", "spor_salonu", "tr", 1)
def _(c):
    p = c.p("tr")
    return f"""Spor salonu üyemiz {p.n} üyeliğini dondurmak istiyor, ameliyat olacakmış. Telefonu {c.ph('tr')}, e-postası {c.mail(p)}. Ona kibar bir yanıt yazar mısın? Dondurma en fazla 3 ay, doktor raporu gerekiyor."""


@T("personal_leisure", "gym_age_q", "en", 1)
def _(c):
    p = c.p()
    return f"""Is {p.n} (DOB {c.dob('dmy/', child=True)}) old enough for the adult gym induction? Our rule is 16+, or 14+ with a parent."""


@T("clean_leisure", "quick_leisure_q", "en", 1, case="lower")
def _(c):
    return "is a tabata class named after a person? a member asked and i had no idea"


@T("clean_leisure", "membership_template", "en", 3)
def _(c):
    plan = c.v(["Off-peak Swim & Gym", "Family (2 adults, 2 juniors)", "Racquets + Spa"])
    return f"""Improve our membership form so it maps 1:1 to the Gladstone import fields. Current sample:

MEMBERSHIP APPLICATION – {plan}
Name: [First name] [Surname]
DOB: DD/MM/YYYY
Address: ____________________
Mobile: ____________   Email: ____________
Emergency contact: [Name] ([phone])
Medical: ____________"""


@T("clean_leisure", "timetable", "en", 2)
def _(c):
    t = c.v(["Pilates, Tabata, Zumba, Les Mills BodyPump, Bikram-style hot yoga", "Barre, Spin, Aqua Zumba, Tai Chi, Jane Fonda-style retro aerobics",
             "Les Mills Grit, Hatha Yoga, Boxercise, Pilates reformer, Body Balance"])
    return f"""Write 25-word descriptions for our new class timetable: {t}. Mention where the name comes from if it's a person (e.g. Joseph Pilates), and give each an intensity rating 1–5."""


@T("clean_leisure", "sepa_erklaerung", "de", 2)
def _(c):
    v = c.v(["TSV Eintracht Feldkirchen", "SV Blau-Weiß 09"])
    return f"""Erklär mir kurz, was auf ein SEPA-Lastschriftmandat für den Vereinsbeitrag ({v}) muss. Unser Muster:
Kontoinhaber: Max Mustermann
IBAN: DE00 0000 0000 0000 0000 00
Gläubiger-ID: DE98ZZZ09999999999
Fehlt da was? Und brauchen wir eine Mandatsreferenz pro Mitglied?"""


@T("clean_leisure", "junior_rules", "en", 2, case="lower1")
def _(c):
    a = c.v(["FA youth football (U7–U18)", "Swim England age groups"])
    return f"""Explain the age-group cut-off rules for {a} in plain English for parents: which date decides the age group, what 'playing up' means, and why a child born in August is in a different team to one born in September. Use a fictional example child called [Player Name]."""


@T("clean_leisure", "vasaloppet", "sv", 2)
def _(c):
    r = c.v(["Vasaloppet och Tjejvasan", "Vätternrundan och Lidingöloppet"])
    return f"""Vi är en friskvårdsklubb och ska anmäla ett lag till {r}. Kan du göra en träningsplan på 12 veckor för motionärer och skriva ett peppigt mejl till medlemmarna? Nämn gärna Friskis&Svettis-passen vi redan har."""


@T("clean_leisure", "klub_sportowy", "pl", 2)
def _(c):
    r = c.v(["Roberta Lewandowskiego i Igi Świątek", "Adama Małysza i Anity Włodarczyk"])
    return f"""Prowadzę klub sportowy dla dzieci. Napisz krótki tekst na plakat motywacyjny z przykładami {r} – jak zaczynali i ile trenowali. Max 100 słów, dla 10-latków."""


@T("clean_leisure", "coach_lower_clean", "en", 2, case="lower")
def _(c):
    s, d = c.v([("u14 training", "the 'federer' serve, 'mo farah' hill reps"),
                ("masters swim squad", "'phelps' fly kick sets, 'adam peaty' pull-outs")])
    return f"""coach notes from {s} last night, turn into a short email to parents/members:
- new kit from adidas arrives thursday
- drills this week: {d}
- reminder subs are due by the 1st
- gala on the 22nd, lift share sheet on the noticeboard"""


@T("clean_leisure", "incident_template", "en", 2)
def _(c):
    items = c.v(["pool hall", "sports hall (badminton courts)"])
    return f"""Write an incident report template for our {items}: fields for time, location, injured person ([NAME], member/guest), first aider ([FIRST AIDER]), witnesses, and whether it's reportable under RIDDOR. Add one filled example using 'A. N. Other' so staff can see how detailed to be."""


@T("clean_leisure", "socio_clean", "es", 2)
def _(c):
    r = c.v(["la Rafa Nadal Academy y el Club de Tenis Barcelona", "la escuela del Real Madrid y la Masía del Barça"])
    return f"""Para la web de nuestro club de pádel, escribe un texto comparando nuestra escuela infantil con {r} (sin exagerar, somos un club de barrio). Menciona a Carlos Alcaraz como ejemplo de cantera. 150 palabras."""


@T("clean_leisure", "fixtures_table", "en", 2)
def _(c):
    f = c.v(["Arsenal v Liverpool, Celtic v Rangers, Man United v Chelsea, Leeds v Sunderland", "Real Madrid v Barcelona, Bayern v Dortmund, Ajax v PSV, Benfica v Porto"])
    return f"""The clubhouse bar shows football on Saturdays. Make a poster listing these fixtures with kick-off times as placeholders and a happy-hour line: {f}. Add a note that Sky Sports and TNT need separate licences for commercial premises."""


@T("clean_leisure", "derbi_gecesi", "tr", 2)
def _(c):
    m = c.v(["Galatasaray–Fenerbahçe derbisi", "Beşiktaş–Trabzonspor maçı"])
    return f"""Spor kulübümüzün kafeteryasında {m} için dev ekran kuracağız. Üyelere gönderilecek kısa bir duyuru yazar mısın? Arda Güler'e ve milli takıma da bir selam olsun, 80 kelime yeter."""


@T("clean_leisure", "pool_notice_upper", "en", 2, case="upper")
def _(c):
    s = c.v(["MAIN POOL", "LEARNER POOL"])
    return f"""PLEASE REWRITE THIS SO IT'S FRIENDLIER BUT STILL CLEAR
{s} NOTICE
NO DIVING. NO RUNNING. NO INFLATABLES EXCEPT DURING FUN SESSION (SAT 2–4PM).
CHILDREN UNDER 8 MUST BE ACCOMPANIED BY AN ADULT IN THE WATER (SWIM ENGLAND GUIDANCE).
LIFEGUARD DECISION IS FINAL."""


# ----------------------------------------------------------------------------------------------
# build, check, write
# ----------------------------------------------------------------------------------------------
LANG_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
              "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "tr": "Turkish",
              "el": "Greek (Latin script)", "cs": "Czech"}


def build():
    b = Builder()
    rows, meta = [], []
    for t in TEMPLATES:
        for k in range(t["n"]):
            c = Ctx(b, k)
            marked = t["fn"](c)
            case = t["case"]
            if case == "lower1":
                case = "lower" if k == 1 else None
            text, spans = unmark(marked, case)
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{k}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
            meta.append({"lang": t["lang"], "case": case, "people": [x for x in c.seen]})
    return rows, meta, b


def check(rows):
    ids, texts = set(), set()
    per_tpl = collections.Counter()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["text"] == r["text"].strip(), r["id"]
        assert r["locale"] == ""
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        per_tpl[(r["class"], r["template"])] += 1
        prev_end = 0
        for s in r["spans"]:
            assert s["type"] in ALLOWED, (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= prev_end, (r["id"], s)
            prev_end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["class"].startswith("personal_") and r["spans"], r["id"]
    assert len({t for _, t in per_tpl}) == len(per_tpl), "template names must be unique"
    assert len(per_tpl) >= 80, len(per_tpl)
    assert max(per_tpl.values()) <= 5
    return per_tpl


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows, meta, b = build()
    per_tpl = check(rows)
    personal = [r for r in rows if not r["class"].startswith("clean_")]
    assert len(rows) == 300 and len(personal) == 140, (len(rows), len(personal))
    data = dump(rows)
    if "--check" in sys.argv:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if old == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name} differs from a fresh build")
        return 1
    OUT.write_text(data, encoding="utf-8")
    print(f"rows {len(rows)}: personal {len(personal)}, PII-free {len(rows) - len(personal)}; templates {len(per_tpl)}")
    for cls, n in sorted(collections.Counter(r["class"] for r in rows).items()):
        nt = len({t for (c_, t) in per_tpl if c_ == cls})
        print(f"  {cls:22s} {n:3d} rows {nt:3d} templates")
    print("spans by type:", dict(collections.Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    lang = collections.Counter(m["lang"] for m in meta)
    print("languages (rows):", {LANG_NAMES[k]: v for k, v in lang.most_common()})
    for part, sel in (("personal", lambda r: not r["class"].startswith("clean_")), ("PII-free", lambda r: r["class"].startswith("clean_"))):
        sub = [(r, m) for r, m in zip(rows, meta) if sel(r)]
        print(f"  {part}: languages", dict(collections.Counter(m['lang'] for _, m in sub).most_common()),
              "lower", sum(m["case"] == "lower" for _, m in sub), "upper", sum(m["case"] == "upper" for _, m in sub))
    used_people = [p for p in PEOPLE if b.use["P:" + p.key]]
    print(f"people used {len(used_people)}/{len(PEOPLE)}, culture tags {len({p.culture for p in used_people})}; "
          f"addresses used {sum(1 for a in ADDRESSES if b.use['A:' + a.key])}/{len(ADDRESSES)}")
    lens = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    print(f"length {min(lens)}–{max(lens)} chars, {min(lines)}–{max(lines)} lines")
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
