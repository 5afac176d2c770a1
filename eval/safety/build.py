"""safety: a hand-written check set on trust and safety and community moderation (sealed holdout).

Python standard library only. `python build.py` writes holdout.jsonl next to this file;
`python build.py --check` rebuilds in memory, compares with the file and runs check().
Every private value below was typed by hand and invented; e-mail local parts are built in code
from the hand-typed names. ID numbers, IBANs and cards carry valid check digits (check() verifies).
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 6302
NAME = "safety"
SPLIT = "holdout"
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{SPLIT}.jsonl"
SOURCE = f"eval/{NAME}/build.py"
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "NATIONAL_ID", "DATE_OF_BIRTH", "US_SSN"}


# ---------------------------------------------------------------- markers
def m(t, v):
    return f"⟦{t}|{v}⟧"


def P(v):
    return m("PERSON", v)


def L(v):
    return m("LOCATION", v)


def T(v):
    return m("PHONE_NUMBER", v)


def E(v):
    return m("EMAIL_ADDRESS", v)


def D(v):
    return m("DATE_OF_BIRTH", v)


def N(v):
    return m("NATIONAL_ID", v)


def IP(v):
    return m("IP_ADDRESS", v)


def B(v):
    return m("IBAN_CODE", v)


def C(v):
    return m("CREDIT_CARD", v)


def S(v):
    return m("US_SSN", v)


MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def casef(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(s, case=None):
    out, spans, pos, n = [], [], 0, 0
    for mo in MARK.finditer(s):
        pre = casef(s[pos:mo.start()], case)
        out.append(pre)
        n += len(pre)
        val = casef(mo.group(2), case)
        spans.append({"start": n, "end": n + len(val), "type": mo.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = mo.end()
    tail = casef(s[pos:], case)
    out.append(tail)
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


# ---------------------------------------------------------------- check digits (stdlib validators)
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0


def digits(s):
    return "".join(c for c in s if c.isdigit())


def ok_dni(s):
    s = s.replace("-", "").replace(" ", "").upper()
    num = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return num.isdigit() and "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == s[-1]


def ok_cpf(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 11:
        return False
    c1 = sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) * 10 % 11 % 10
    c2 = sum(x * w for x, w in zip(d[:10], range(11, 1, -1))) * 10 % 11 % 10
    return d[9] == c1 and d[10] == c2


def ok_tckn(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 11 or d[0] == 0:
        return False
    c10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == c10 and d[10] == sum(d[:10]) % 10


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cin(s):
    t = 0
    for i, c in enumerate(s):
        t += _ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return chr(65 + t % 26)


def ok_cf(s):
    return len(s) == 16 and _cin(s[:15]) == s[15]


def ok_pesel(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def ok_pnr(s):
    d = digits(s)
    return len(d) == 10 and luhn_ok(d)


def ok_cnp(s):
    w = "279146358279"
    r = sum(int(a) * int(b) for a, b in zip(s, w)) % 11
    return len(s) == 13 and (1 if r == 10 else r) == int(s[12])


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def ok_aadhaar(s):
    d = digits(s)
    c = 0
    for i, x in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(x)]]
    return len(d) == 12 and d[0] not in "01" and c == 0


def ok_cpr(s):
    d = digits(s)
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(d) == 10 and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def ok_il(s):
    t = 0
    for i, x in enumerate(s):
        v = int(x) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return len(s) == 9 and t % 10 == 0


def ok_ptnif(s):
    c = 11 - sum(int(a) * w for a, w in zip(s[:8], range(9, 1, -1))) % 11
    return len(s) == 9 and s[0] in "123" and (0 if c >= 10 else c) == int(s[8])


def ok_cn(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def ok_nino(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return (s[0] not in "DFIQUV" and s[1] not in "DFIOQUV"
            and s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def ok_ssn(s):
    a, g, n = s.split("-")
    return len(a) == 3 and len(g) == 2 and len(n) == 4 and a not in ("000", "666") and a[0] != "9" \
        and g != "00" and n != "0000"


def ok_iban(s):
    x = s.replace(" ", "")
    if not ok_iban_mod97(x):
        return False
    if x[:2] == "FR":  # clé RIB
        bank, guichet, compte, key = x[4:9], x[9:14], x[14:25], int(x[25:27])
        conv = "123456789123456789234567890"
        cc = "".join(c if c.isdigit() else conv[ord(c) - 65] for c in compte)
        return key == 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(cc)) % 97
    if x[:2] == "IT":  # CIN
        return _cin(x[5:]) == x[4]
    return True


def ok_iban_mod97(x):
    s = x[4:] + x[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


# Every ID, IBAN, card and SSN typed in this file, with its validator: check() verifies each one,
# and that every NATIONAL_ID / IBAN_CODE / CREDIT_CARD / US_SSN span of the output is listed here.
IDS = {}


def reg(kind, value):
    IDS[value] = kind
    return value


VALIDATORS = {"DNI": ok_dni, "NIE": ok_dni, "CPF": ok_cpf, "TCKN": ok_tckn, "CF": ok_cf, "PESEL": ok_pesel,
              "PNR": ok_pnr, "CNP": ok_cnp, "AADHAAR": ok_aadhaar, "CPR": ok_cpr, "IL": ok_il, "PTNIF": ok_ptnif,
              "CN": ok_cn, "NINO": ok_nino, "SSN": ok_ssn, "IBAN": ok_iban, "CARD": luhn_ok}


# ---------------------------------------------------------------- people
_FOLD = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
         "ı": "i", "œ": "oe", "þ": "th", "ð": "d"}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


class Person:
    """order W: given family; E: family given (spaced); J: family+given (unspaced, CJK)."""

    def __init__(self, given, family, sex, tag, order="W", latin=None):
        self.given, self.family, self.sex, self.tag, self.order = given, family, sex, tag, order
        self.latin = latin  # (given, family) in Latin letters, for e-mail local parts

    @property
    def raw(self):
        if self.order == "E":
            return f"{self.family} {self.given}"
        if self.order == "J":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    @property
    def n(self):
        return P(self.raw)

    @property
    def g(self):
        return P(self.given)

    @property
    def f(self):
        return P(self.family)

    def parts(self):
        if self.latin:
            return fold(self.latin[0]), fold(self.latin[1])
        return fold(self.given.split()[0]), fold(self.family)


# English-language rows draw from this world pool (people living in English-speaking countries).
W = [Person(*x) for x in [
    ("Adaeze", "Nwachukwu", "F", "Igbo"), ("Babajide", "Olatunji", "M", "Yoruba"),
    ("Wanjiru", "Kamau", "F", "Kikuyu"), ("Kwabena", "Asante-Owusu", "M", "Akan"),
    ("Thandiwe", "Dlamini", "F", "Zulu"), ("Riaan", "du Plessis", "M", "Afrikaans"),
    ("Hodan", "Warsame", "F", "Somali"), ("Tesfaye", "Gebremedhin", "M", "Tigrinya"),
    ("Sina", "Leota", "F", "Samoan"), ("Aroha", "Ngata", "F", "Māori"),
    ("Siosaia", "Fifita", "M", "Tongan"), ("Keoni", "Kahananui", "M", "Hawaiian"),
    ("Aoife", "Ní Mhurchú", "F", "Irish"), ("Eilidh", "MacAskill", "F", "Scottish"),
    ("Rhodri", "Pugh", "M", "Welsh"), ("Summer", "Hale", "F", "English"),
    ("Hunter", "Gray", "M", "US"), ("Rose", "Garland", "F", "English"),
    ("Dean", "Marsh", "M", "English"), ("Sterling", "Fox", "M", "US"),
    ("Ebony", "Banks", "F", "Jamaican British"), ("Precious", "Mokoena", "F", "Sotho"),
    ("Harpreet", "Kaur Gill", "F", "Punjabi"), ("Arjun", "Venkataraman", "M", "Tamil"),
    ("Rohan", "Deshpande", "M", "Marathi"), ("Lakshmi", "Subramanian", "F", "Tamil"),
    ("Imran", "Qureshi", "M", "Pakistani"), ("Sandeep", "Grewal", "M", "Punjabi"),
    ("Kenji", "Watanabe", "M", "Japanese"), ("Wei Ling", "Lim", "F", "Malaysian Chinese", "E"),
    ("Bao Ngoc", "Tran", "F", "Vietnamese", "E"), ("Yan Ting", "Ho", "F", "Hong Kong", "E"),
    ("Omar", "Al-Khatib", "M", "Jordanian"), ("Dalia", "Mansour", "F", "Lebanese"),
    ("Reza", "Tehrani", "M", "Persian"), ("Shira", "Katz", "F", "Israeli"),
    ("Yosef", "Ben-Haim", "M", "Israeli"), ("María José", "Quintero Ríos", "F", "Colombian"),
    ("Joaquín", "de la Torre", "M", "Argentine"), ("Valentina", "Ocampo", "F", "Argentine"),
    ("Diego", "Arce Villanueva", "M", "Mexican"), ("Małgorzata", "Kwiatkowska", "F", "Polish"),
    ("Björn", "Ekström", "M", "Swedish"), ("Zoë", "van den Berg", "F", "Dutch"),
    ("Théo", "Marchand", "M", "French"), ("Ana Lúcia", "Ferraz", "F", "Brazilian"),
    ("Dragan", "Popović", "M", "Serbian"), ("Ilse", "Vandenbroucke", "F", "Flemish"),
    ("Oisín", "O'Donovan", "M", "Irish"), ("Jürgen", "Köhler", "M", "German"),
    ("Tanisha", "Brooks", "F", "African American"), ("DeShawn", "Carter", "M", "African American"),
    ("Bobbie Jo", "Tucker", "F", "US"), ("Cody", "McAllister", "M", "US"),
    ("Kayla", "Nguyen", "F", "Vietnamese American"), ("Jaxon", "Pruitt", "M", "US"),
    ("Nomvula", "Khumalo", "F", "Zulu"), ("Fatou", "Diop", "F", "Wolof"),
    ("Mamadou", "Sow", "M", "Fula"), ("Amara", "Okafor-Bell", "F", "Igbo/English"),
    ("Ahmet", "Yıldırım", "M", "Turkish"), ("Ngaire", "Whitu", "F", "Māori"),
    ("Tevita", "Lolohea", "M", "Tongan"), ("Leilani", "Kealoha", "F", "Hawaiian"),
    ("Mateus", "Cardoso", "M", "Brazilian"), ("Sofía", "Bermúdez", "F", "Costa Rican"),
    ("Nikhil", "Rao", "M", "Telugu"), ("Seo-hyun", "Yoon", "F", "Korean", "E"),
    ("Declan", "Byrne", "M", "Irish"), ("Grace", "O'Malley", "F", "Irish"),
    ("Marcus", "Webb", "M", "English"), ("Priyanka", "Iyer", "F", "Tamil"),
    ("Jonah", "Feld", "M", "Jewish American"), ("Lucía", "Paredes", "F", "Peruvian"),
    ("Kai", "Henderson", "M", "Australian"), ("Maren", "Solberg", "F", "Norwegian American"),
    ("Tomasz", "Wrona", "M", "Polish"), ("Chiamaka", "Eze", "F", "Igbo"),
    ("Hamish", "Drummond", "M", "Scottish"), ("Nadia", "Rahimi", "F", "Afghan"),
    ("Olumide", "Bankole", "M", "Yoruba"), ("Nkechi", "Obi", "F", "Igbo"),
    ("Achieng", "Otieno", "F", "Luo"), ("Kiprono", "Rotich", "M", "Kalenjin"),
    ("Esi", "Mensah", "F", "Akan"), ("Sipho", "Ndlovu", "M", "Zulu"),
    ("Anneke", "Botha", "F", "Afrikaans"), ("Abdiwali", "Farah", "M", "Somali"),
    ("Meron", "Haile", "F", "Amharic"), ("Tāne", "Parata", "M", "Māori"),
    ("Losa", "Taufa", "F", "Tongan"), ("Makana", "Kaleikini", "M", "Hawaiian"),
    ("Niamh", "Breathnach", "F", "Irish"), ("Calum", "Morrison", "M", "Scottish"),
    ("Bronwen", "Lloyd-Evans", "F", "Welsh"), ("Heather", "Moss", "F", "English"),
    ("Forrest", "Wade", "M", "US"), ("Holly", "Baker", "F", "English"),
    ("Miles", "Carpenter", "M", "US"), ("Hye-jin", "Kang", "F", "Korean", "E"),
    ("Jia Hui", "Chen", "F", "Singaporean", "E"), ("Van Long", "Nguyen", "M", "Vietnamese", "E"),
    ("Yuki", "Mori", "F", "Japanese"), ("Anand", "Pillai", "M", "Malayali"),
    ("Meera", "Chatterjee", "F", "Bengali"), ("Faisal", "Al-Harbi", "M", "Saudi"),
    ("Yasmin", "El-Masry", "F", "Egyptian"), ("Kaveh", "Farahani", "M", "Persian"),
    ("Avi", "Peretz", "M", "Israeli"), ("Camila", "Zuluaga", "F", "Colombian"),
    ("Matías", "Figueroa", "M", "Chilean"), ("Guadalupe", "Treviño", "F", "Mexican"),
    ("Ewa", "Szymańska", "F", "Polish"), ("Lars-Erik", "Lundqvist", "M", "Swedish"),
    ("Femke", "de Wit", "F", "Dutch"), ("Pierre-Louis", "Gauthier", "M", "Québécois"),
    ("Lorenzo", "Galli", "M", "Italian"), ("Paweł", "Zając", "M", "Polish"),
    ("Ionela", "Dumitru", "F", "Romanian"), ("Eleni", "Papadaki", "F", "Greek"),
    ("Bongani", "Zulu", "M", "Zulu"), ("Jade", "Summers", "F", "English"),
    ("Colt", "Ramsey", "M", "US"), ("Rashida", "Bello", "F", "Hausa"),
]]

# A relative of a world-pool person: a given name of the same culture, the family name in the relative's form.
KIN = {
    "Igbo": ("Chinedu", "Ngozi"), "Yoruba": ("Oluwaseun", "Folake"), "Kikuyu": ("Njoroge", "Wambui"),
    "Akan": ("Kofi", "Akosua"), "Zulu": ("Sibusiso", "Nandi"), "Afrikaans": ("Wynand", "Marike"),
    "Somali": ("Abdirahman", "Ifrah"), "Tigrinya": ("Yonas", "Selam"), "Samoan": ("Iosefa", "Malia"),
    "Māori": ("Wiremu", "Mere"), "Tongan": ("Sione", "Mele"), "Hawaiian": ("Kekoa", "Kaimana"),
    "Irish": ("Cian", "Saoirse"), "Scottish": ("Ruaridh", "Isla"), "Welsh": ("Gethin", "Cerys"),
    "English": ("Alfie", "Poppy"), "US": ("Bryce", "Madison"), "Jamaican British": ("Jermaine", "Shanice"),
    "Sotho": ("Thabo", "Lerato"), "Punjabi": ("Jaskaran", "Simran"), "Tamil": ("Karthik", "Divya"),
    "Marathi": ("Aniket", "Sayali"), "Pakistani": ("Bilal", "Ayesha"), "Japanese": ("Haruto", "Yui"),
    "Jordanian": ("Zaid", "Lina"), "Lebanese": ("Karim", "Maya"), "Persian": ("Dariush", "Shirin"),
    "Israeli": ("Noam", "Tamar"), "Colombian": ("Santiago", "Daniela"), "Argentine": ("Tomás", "Agustina"),
    "Mexican": ("Emiliano", "Ximena"), "Polish": ("Mateusz", "Zuzanna"), "Swedish": ("Elias", "Ebba"),
    "Dutch": ("Daan", "Fleur"), "French": ("Mathis", "Léa"), "Brazilian": ("Gustavo", "Larissa"),
    "Serbian": ("Nikola", "Milica"), "Flemish": ("Wout", "Fien"), "German": ("Finn", "Lena"),
    "African American": ("Malik", "Jasmine"), "Vietnamese American": ("Brandon", "Vivian"),
    "Wolof": ("Moussa", "Awa"), "Fula": ("Ousmane", "Mariama"), "Igbo/English": ("Chidi", "Ifeoma"),
    "Turkish": ("Emir", "Elif"), "Costa Rican": ("Andrés", "Mariana"), "Telugu": ("Pranav", "Sravani"),
    "Australian": ("Lachlan", "Matilda"), "Jewish American": ("Eli", "Rachel"), "Peruvian": ("Renzo", "Camila"),
    "Norwegian American": ("Erik", "Ingrid"), "Afghan": ("Farid", "Mariam"), "Luo": ("Ochieng", "Akinyi"),
    "Kalenjin": ("Kibet", "Chebet"), "Amharic": ("Dawit", "Hiwot"), "Malayali": ("Arun", "Anjali"),
    "Bengali": ("Arnab", "Rupa"), "Saudi": ("Turki", "Noura"), "Egyptian": ("Youssef", "Nour"),
    "Chilean": ("Benjamín", "Josefa"), "Québécois": ("Félix", "Rosalie"), "Italian": ("Matteo", "Chiara"),
    "Romanian": ("Andrei", "Bianca"), "Greek": ("Giorgos", "Katerina"), "Hausa": ("Musa", "Zainab"),
}


def kin(p, sex):
    fam = p.family
    if sex == "M":
        fam = {"Kaur Gill": "Singh Gill", "Ní Mhurchú": "Ó Murchú"}.get(fam, fam)
        fam = fam[:-3] + "ski" if fam.endswith("ska") else fam
        fam = fam + "s" if p.tag == "Greek" and fam.endswith("aki") else fam
    else:
        fam = fam[:-3] + "ska" if fam.endswith("ski") else fam
    given = KIN[p.tag][0 if sex == "M" else 1]
    assert given != p.given and p.order == "W"
    return P(f"{given} {fam}")
# Private people who share their names with famous ones (used by the impersonation template only).
FAMOUS_SHARED = [Person("Chris", "Martin", "M", "English"), Person("Paul", "Walker", "M", "US"),
                 Person("Mary", "Berry", "F", "English")]


# ---------------------------------------------------------------- addresses (real small towns, made-up numbers)
class Addr:
    def __init__(self, cc, street, unit, town, region, pc):
        self.cc, self.street, self.unit, self.town, self.region, self.pc = cc, street, unit, town, region, pc

    @property
    def st(self):  # street line (unit first where the country writes it first)
        if self.unit and self.cc in ("gb", "au", "ie"):
            return f"{L(self.unit)}, {L(self.street)}"
        if self.unit:
            return f"{L(self.street)}, {L(self.unit)}"
        return L(self.street)

    @property
    def t(self):
        return L(self.town)

    def lines(self):
        cc, t, r, pc = self.cc, L(self.town), self.region and L(self.region), L(self.pc)
        if cc == "us" or cc == "ca":
            return [self.st, f"{t}, {r} {pc}"]
        if cc == "gb":
            return [self.st, t, pc]
        if cc == "ie":
            return [self.st, t, r, pc]
        if cc == "au":
            return [self.st, f"{t} {r} {pc}"]
        return [self.st, f"{t} {pc}"]  # nz, za

    def block(self):
        return "\n".join(self.lines())

    def line(self):
        return ", ".join(self.lines())


ADDR = {
    "us": [Addr("us", "2217 Oak Grove Rd", None, "Hood River", "OR", "97031"),
           Addr("us", "48 N Main St", "Apt 3B", "Galena", "IL", "61036"),
           Addr("us", "915 Cedar Ln", None, "Port Townsend", "WA", "98368"),
           Addr("us", "306 W Travis St", None, "Fredericksburg", "TX", "78624"),
           Addr("us", "71 Spring St", "Unit 2", "Eureka Springs", "AR", "72632"),
           Addr("us", "1402 Lafayette St", None, "Cape May", "NJ", "08204"),
           Addr("us", "5 Rittenhouse Ave", None, "Bayfield", "WI", "54814"),
           Addr("us", "620 Zion Hill Rd", None, "Nevada City", "CA", "95959"),
           Addr("us", "14 Tombstone Canyon", None, "Bisbee", "AZ", "85603"),
           Addr("us", "88 Elm St", None, "Stockbridge", "MA", "01262"),
           Addr("us", "412 Main St", "Apt 2", "Ouray", "CO", "81427"),
           Addr("us", "27 Avenue E", None, "Apalachicola", "FL", "32320"),
           Addr("us", "305 S Broadway Ave", None, "Red Lodge", "MT", "59068"),
           Addr("us", "9 Ocean Ave", None, "Kennebunkport", "ME", "04046"),
           Addr("us", "310 Hull Ave", None, "Jerome", "AZ", "86331"),
           Addr("us", "57 Water St", "Unit 4", "Mystic", "CT", "06355")],
    "gb": [Addr("gb", "17 Matlock Street", "Flat 2", "Bakewell", None, "DE45 1EE"),
           Addr("gb", "4 Chapel Lane", "Rose Cottage", "Tetbury", None, "GL8 8JG"),
           Addr("gb", "9 Staithe Street", None, "Wells-next-the-Sea", None, "NR23 1AF"),
           Addr("gb", "22 Mill Brow", None, "Kirkby Lonsdale", None, "LA6 2AT"),
           Addr("gb", "3 Well Street", None, "Moffat", None, "DG10 9DP"),
           Addr("gb", "11 Church Street", "Flat 1", "Beaumaris", None, "LL58 8AB"),
           Addr("gb", "40 Fore Street", None, "Totnes", None, "TQ9 5RP"),
           Addr("gb", "6 Bondgate Without", None, "Alnwick", None, "NE66 1PN"),
           Addr("gb", "14 The Homend", None, "Ledbury", None, "HR8 1BT"),
           Addr("gb", "2 Victoria Street", None, "Southwold", None, "IP18 6HZ"),
           Addr("gb", "5 Castle Street", "Mill House", "Dornoch", None, "IV25 3SN"),
           Addr("gb", "31 Rhosmaen Street", None, "Llandeilo", None, "SA19 6LU"),
           Addr("gb", "8 Fore Street", None, "Fowey", None, "PL23 1AQ"),
           Addr("gb", "3 Flag Street", None, "Hawkshead", None, "LA22 0NT"),
           Addr("gb", "27 King Street", "Flat 4", "Kirkcudbright", None, "DG6 4HB"),
           Addr("gb", "12 Broad Street", None, "Presteigne", None, "LD8 2AA")],
    "ie": [Addr("ie", "12 Harbour Row", None, "Cobh", "Co. Cork", "P24 HX82"),
           Addr("ie", "The Quays", "Apartment 4", "Carlingford", "Co. Louth", "A91 K7T2"),
           Addr("ie", "Church Hill", None, "Ennistymon", "Co. Clare", "V95 E2R9"),
           Addr("ie", "7 The Octagon", None, "Westport", "Co. Mayo", "F28 N6P2")],
    "ca": [Addr("ca", "118 Pelham St", None, "Lunenburg", "NS", "B0J 2C0"),
           Addr("ca", "604 Victoria St", None, "Nelson", "BC", "V1L 4K2"),
           Addr("ca", "27 King St", None, "Picton", "ON", "K0K 2T0"),
           Addr("ca", "88 Queen St", None, "Niagara-on-the-Lake", "ON", "L0S 1J0")],
    "au": [Addr("au", "14 Camp St", None, "Daylesford", "VIC", "3460"),
           Addr("au", "22 Church St", "Unit 5", "Mudgee", "NSW", "2850"),
           Addr("au", "7 Sackville St", None, "Port Fairy", "VIC", "3284"),
           Addr("au", "19 Ford St", None, "Beechworth", "VIC", "3747"),
           Addr("au", "41 Hyde St", "Unit 2", "Bellingen", "NSW", "2454"),
           Addr("au", "6 Grey St", None, "Kalbarri", "WA", "6536"),
           Addr("au", "12 High St", None, "Yackandandah", "VIC", "3749")],
    "nz": [Addr("nz", "31 Buckingham Street", None, "Arrowtown", None, "9302"),
           Addr("nz", "8 Kitchener Street", None, "Martinborough", None, "5711"),
           Addr("nz", "12 Rue Lavaud", None, "Akaroa", None, "7520"),
           Addr("nz", "4 The Strand", None, "Russell", None, "0202")],
    "za": [Addr("za", "17 Market Street", None, "Clarens", None, "9707"),
           Addr("za", "5 Main Road", None, "Greyton", None, "7233"),
           Addr("za", "9 Seemeeu Street", None, "Paternoster", None, "7381")],
}

PHONES = {
    "us": ["(541) 386-2917", "(815) 777-3042", "(360) 385-6128", "(830) 997-4415", "(479) 253-8806",
           "(609) 884-2271", "(715) 779-3390", "(530) 265-4719", "(520) 432-6637", "312-648-9027",
           "646-239-7715", "213-804-5561", "404-917-2283", "720-388-1946", "503-772-4098", "917-455-3120",
           "206-931-7784", "615-282-0493", "702-419-6635", "(541) 490-3318", "505-862-1147", "(360) 437-9052",
           "816-294-7730", "334-519-8862", "971-283-0417", "(830) 225-6094", "469-731-2258", "248-617-3390",
           "(609) 432-8816"],
    "gb": ["07958214637", "07412 883 590", "07827 046 193", "07591 372 804", "07380 615 229",
           "07746 902 318", "07862 530 471", "07903 148 762", "01629 813 402", "01666 504 219",
           "01328 711 846", "015242 71935", "01683 220 574", "01248 810 367", "01803 862 451",
           "01665 603 928", "07480 337 915", "07534 261 088", "07722 418 305", "07955 106 847",
           "07418 592 630", "07867 243 119", "07506 781 924", "01629 640 271", "07399 852 416", "07441 370 658"],
    "ie": ["087 341 2290", "086 792 4415", "085 118 6034", "083 460 2197", "(021) 481 3307", "(042) 937 6120",
           "087 905 3318", "089 427 1065", "(065) 707 2284", "086 215 9473"],
    "ca": ["(902) 634-8817", "(250) 352-4096", "(613) 476-2280", "416-839-5502", "604-771-2934",
           "(403) 609-2247", "514-883-0716", "(902) 527-3381", "778-245-9106", "343-918-2250"],
    "au": ["0412 873 905", "0438 216 774", "0401 592 318", "(03) 5348 2216", "(02) 6372 4089", "0422 945 160",
           "0407 318 259", "0449 602 137", "(03) 5568 1903", "0416 287 540", "0433 951 706", "(08) 9757 2841",
           "0458 130 962", "0421 764 085"],
    "nz": ["021 448 7302", "027 390 6185", "(03) 442 1987", "022 615 4830", "027 514 2093", "(06) 306 9417",
           "021 077 3864", "029 418 6250"],
    "za": ["082 417 3395", "073 208 6641", "061 559 2078", "083 912 4406", "072 635 1180", "(058) 256 1047",
           "084 307 5529"],
}

DOBS = {
    "us": ["09/23/1984", "12/05/1976", "03/02/1999", "11/28/1963", "08/09/1990", "1988-02-26"],
    "gb": ["14/03/1988", "03/06/1995", "27/11/1971", "3 May 1979", "11 February 1993", "1996-07-30",
           "2001-12-09", "21.04.1984"],
    "kid_gb": ["22/09/2010", "08/01/2008", "19 October 2006", "05/12/2009"],
    "kid_us": ["01/30/2009", "06/14/2007", "07/19/2005", "10/02/2011"],
}

IPS = ["86.142.37.201", "81.103.58.14", "92.40.191.77", "109.150.226.3", "24.114.58.190", "73.92.14.206",
       "98.207.133.42", "174.63.88.119", "2.125.160.216", "5.81.237.94", "176.250.19.88", "151.229.64.175",
       "217.42.118.9", "62.31.90.147", "188.29.160.52", "99.241.87.163", "142.169.20.75", "49.181.205.36",
       "121.200.7.143", "101.98.45.211", "41.13.220.68", "197.89.4.157", "84.203.17.96", "37.228.241.30",
       "2a02:c7f:8e21:4b00:1d3:9a6e:51f2:c08", "2600:1700:5e30:d110:84a1:3cf2:9b07:612e", "68.47.201.93",
       "107.77.228.14", "172.58.93.240", "90.214.6.133", "31.94.18.222", "82.132.240.61", "79.197.33.182",
       "91.64.212.50", "93.229.145.17", "70.183.42.116", "66.249.170.38", "104.28.219.91", "162.207.88.4",
       "185.69.144.203", "213.205.198.27", "78.148.71.159", "94.174.12.240", "212.159.84.63", "149.22.5.118",
       "1.145.238.72", "203.220.61.97", "58.108.140.206", "125.239.18.44", "122.58.203.115", "105.245.36.190",
       "154.69.80.12", "2001:8003:1c2e:7f00:5d1:e43a:90b8:2c6", "24.85.199.230", "184.146.31.77", "86.41.129.8",
       "2a01:4b00:8716:c900:b4c2:1f7:6e0a:3d95"]

# pseudonymous handles (not derived from any name: not labelled)
HANDLES = ["lunar.moth", "pixelbarn", "wavetide_22", "grimlock_99", "velvet.static", "throwaway_8812",
           "nachoqueen", "sk8rboi_2003", "frostbyte.exe", "quietstorm77", "burnt_toast", "deltaforce_ttv",
           "oatmilk.latte", "ghostpepper_", "mothman.irl", "kettle_corn", "nova.rainfall", "xX_v0id_Xx",
           "tidepool", "cobalt.kite", "sourdough_szn", "raccoonmode", "mintchip42", "glitchwitch",
           "cinder_block", "paperplane.404", "hexagonal", "driftwood_", "saltmarsh", "m00nboots"]

MAIL_DOMAINS = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
                "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
                "ie": ["eircom.net", "gmail.com"], "ca": ["shaw.ca", "rogers.com", "gmail.com"],
                "au": ["bigpond.com", "gmail.com"], "nz": ["xtra.co.nz", "gmail.com"],
                "za": ["mweb.co.za", "gmail.com"], "w": ["gmail.com", "outlook.com", "proton.me", "icloud.com"]}


# ---------------------------------------------------------------- drawing: least-used first, ties by the seeded RNG
class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.use = Counter()
        self.mails = set()

    def least(self, key, items, exclude):
        cands = [x for x in items if (key, self.k(x)) not in exclude]
        low = min(self.use[(key, self.k(x))] for x in cands)
        pool = [x for x in cands if self.use[(key, self.k(x))] == low]
        x = self.rng.choice(pool)
        self.use[(key, self.k(x))] += 1
        exclude.add((key, self.k(x)))
        return x

    @staticmethod
    def k(x):
        return x.raw if isinstance(x, Person) else (x.street if isinstance(x, Addr) else x)


class Row:
    def __init__(self, ctx):
        self.c, self.rng, self.seen = ctx, ctx.rng, set()

    def p(self, sex=None, pool=None, west=False):
        pool = pool or W
        items = [x for x in pool if (sex is None or x.sex == sex) and (not west or x.order == "W")]
        return self.c.least("P", items, self.seen)

    def a(self, cc):
        x = self.c.least("A" + cc, ADDR[cc], self.seen)
        assert self.c.use[("A" + cc, x.street)] == 1, f"address pool {cc} exhausted"
        return x

    def _unique(self, key, items):
        x = self.c.least(key, items, self.seen)
        assert self.c.use[(key, x)] == 1, f"{key} pool exhausted"
        return x

    def ph(self, cc):
        return T(self._unique("T" + cc, PHONES[cc]))

    def ip(self):
        return IP(self._unique("IP", IPS))

    def dob(self, style):
        return D(self.c.least("D" + style, DOBS[style], self.seen))

    def h(self):
        return self.c.least("H", HANDLES, self.seen)

    def pick(self, seq):
        return self.rng.choice(seq)

    def num(self, a, b):
        return self.rng.randint(a, b)

    def mail(self, g, f, domain):
        g, f = fold(g), fold(f)
        for _ in range(50):
            nn = self.rng.randint(2, 98)
            local = self.rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{nn}", f"{f}.{g}", f"{g}{f[0]}{nn}",
                                     f"{g}.{f}{nn}"])
            addr = f"{local}@{domain}"
            if addr not in self.c.mails:
                self.c.mails.add(addr)
                return E(addr)
        raise AssertionError("mail")

    def em(self, person, cc="w"):
        g, f = person.parts()
        return self.mail(g, f, self.rng.choice(MAIL_DOMAINS[cc]))


TEMPLATES = []


def tpl(cls, name, lang, n=3, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


# ================================================================ personal rows
CUR = {"us": "$", "ca": "$", "au": "$", "nz": "$", "gb": "£", "ie": "€", "za": "R"}


def dob_style(cc):
    return "us" if cc == "us" else "gb"


# ---------------------------------------------------------------- personal_reports: user reports and queues
@tpl("personal_reports", "harass_form", "en")
def _a1(r, i):
    cc = ["us", "gb", "au"][i]
    p1, p2, p3 = r.p(), r.p(sex="F"), r.p(sex="F")
    cat = ["Repeated unwanted contact", "Ban evasion", "Targeted harassment"][i]
    return (f"Summarise this report for the harassment queue in two lines:\n\n"
            f"Report ID: HR-{r.num(100000, 999999)}\n"
            f"Reporter: {p1.n} (@{r.h()})\n"
            f"Reported account: @{r.h()}, display name \"{p2.n}\"\n"
            f"Category: Harassment > {cat}\n"
            f"Details: \"she made a new account again after I blocked her. now she messages my sister {p3.g} too "
            f"and her last story showed my number {r.ph(cc)}\"\n"
            f"Evidence: {r.num(2, 9)} screenshots")


@tpl("personal_reports", "inapp_free", "en", case="lower")
def _a2(r, i):
    cc = ["gb", "ie", "nz"][i]
    p1, p2, a = r.p(sex="M"), r.p(sex="F"), r.a(cc)
    return (f"report reason: other\n\nok so i need to report someone. {p1.n} (thats his real name, his profile is "
            f"@{r.h()}) keeps making new accounts to message me after i blocked him. yesterday he messaged my mum "
            f"{p2.g} saying he knows we moved to {a.t} and he has my new number {r.ph(cc)}. ive reported him "
            f"{['4', '5', '6'][i]} times now, can someone actually look at this")


@tpl("personal_reports", "csv_export", "en")
def _a3(r, i):
    cc = ["us", "ca", "gb"][i]
    ps = [r.p() for _ in range(3)]
    es = [r.em(p, cc) for p in ps]
    h1, h2 = r.h(), r.h()
    n = r.num(80000, 89000)
    return ("Dedupe this export by reported_user and tell me which reporters filed more than once:\n\n"
            "report_id,created_at,reporter_name,reporter_email,reported_user,reason\n"
            f"{n},2026-03-02T10:14:09Z,{ps[0].n},{es[0]},{h1},spam\n"
            f"{n + 3},2026-03-02T10:19:40Z,{ps[1].n},{es[1]},{h1},scam\n"
            f"{n + 41},2026-03-02T11:02:17Z,{ps[0].n},{es[0]},{h2},harassment\n"
            f"{n + 58},2026-03-02T11:30:55Z,{ps[2].n},{es[2]},{h2},harassment")


@tpl("personal_reports", "dating_json", "en")
def _a4(r, i):
    cc = ["au", "us", "za"][i]
    p1, p2, a = r.p(sex="F"), r.p(sex="M"), r.a(cc)
    job = ["Chef", "Paramedic", "Engineer"][i]
    return ("Can you turn this report payload into a short note for the safety team?\n"
            f"{{\"report_id\": \"rpt_{r.num(10000, 99999)}\", \"reporter\": {{\"first_name\": \"{p1.g}\", "
            f"\"user_id\": {r.num(1000000, 9999999)}}},\n"
            f" \"reported_profile\": {{\"name\": \"{p2.g}\", \"age\": {r.num(29, 48)}, \"bio\": \"{job} in {a.t}. "
            f"Text me instead of using the app: {r.ph(cc)}\"}},\n"
            f" \"reason\": \"asked_for_money\",\n"
            f" \"notes\": \"says his full name is {p2.n} and that his mum is in hospital\"}}")


@tpl("personal_reports", "queue_notes", "en")
def _a5(r, i):
    cc = ["gb", "us", "ie"][i]
    p1, p2, p3, p4 = r.p(), r.p(sex="F"), r.p(), r.p()
    brand = ["Louis Vuitton Neverfull", "Rolex Submariner", "Chanel Classic Flap"][i]
    n = r.num(55000, 55900)
    return (f"Queue notes, {['Tuesday', 'Thursday', 'Sunday'][i]} late shift (Marketplace: counterfeit + harassment):\n"
            f"1. #{n}: listing by {p1.n}, fake \"{brand}\", 3rd strike → remove + 7-day selling hold.\n"
            f"2. #{n + 15}: {p2.n} reports that {p3.n} posted her workplace and mobile ({r.ph(cc)}) in a listing "
            f"comment. Comment removed, escalated to doxxing.\n"
            f"3. #{n + 38}: buyer {p4.n} says the seller asked to be paid by bank transfer outside the platform. "
            f"Asked {p4.g} for screenshots.\n"
            "Please turn these into a handover for the morning team.")


A6 = [
    ("F", "Camille Lefort", "12 rue des Vignerons", "68420", "Eguisheim", "03.89.41.26.07", "Hélène Vautrin"),
    ("M", "Sébastien Roux-Bertin", "4 chemin de la Fontaine", "84220", "Gordes", "06 48 27 93 15", "Anaïs Le Goff"),
    ("F", "Nadège Oukili", "7 place de l'Église", "29180", "Locronan", "07 62 19 40 58", "Gwenaël Tanguy"),
]


@tpl("personal_reports", "signalement_forum", "fr")
def _a6(r, i):
    sx, who, st, pc, town, tel, exp = A6[i]
    v = "ma voisine" if sx == "F" else "mon voisin"
    il = "Elle" if sx == "F" else "Il"
    return ("Bonjour l'équipe de modération,\n"
            f"Je signale le message n° {r.num(40000, 49999)} dans la rubrique « Immobilier » : l'utilisateur "
            f"{r.h()} y a publié le nom complet de {v}, {P(who)}, avec son adresse ({L(st)}, {L(pc)} {L(town)}) et "
            f"son numéro de téléphone, le {T(tel)}. {il} n'a rien demandé et reçoit déjà des appels.\n"
            "Merci de retirer ce message rapidement.\n"
            f"Cordialement,\n{P(exp)}")


A7 = [
    ("佐々木", "健太", "長野県", "野沢温泉村", "090-4381-2276", "小野寺彩", "星見の森"),
    ("吉村", "真由", "岐阜県", "白川村", "080-2917-6054", "石井大翔", "紅蓮旅団"),
    ("松本", "拓海", "徳島県", "上勝町", "070-3385-1942", "原田美桜", "月下の宴"),
]


@tpl("personal_reports", "tsuuhou_guild", "ja")
def _a7(r, i):
    fam, giv, pref, town, tel, rep, guild = A7[i]
    return ("運営様\n"
            f"ギルド「{guild}」のチャットで、メンバーの本名と住所が晒されています。\n"
            f"晒された方：{P(fam + giv)}さん\n"
            f"書き込み：「{P(fam)}って{L(pref)}{L(town)}に住んでるやつだろ。電話{T(tel)}にかけてみようぜ」\n"
            f"書き込んだプレイヤーID：{r.num(10000000, 99999999)}\n"
            "スクリーンショットを添付します。対応をお願いいたします。\n"
            f"通報者：{P(rep)}")


A8 = [
    ("كريم", "كريم التازي", "شفشاون", "06 61 48 27 39", "سلمى القاسم"),
    ("مازن", "مازن الحوراني", "مادبا", "079 384 1276", "هبة الشريف"),
    ("سفيان", "سفيان الورتاني", "طبرقة", "22 418 937", "ريم بوزيد"),
]


@tpl("personal_reports", "balagh_taaruf", "ar")
def _a8(r, i):
    g, full, city, tel, rep = A8[i]
    return ("السلام عليكم،\n"
            f"أريد الإبلاغ عن مستخدم تعرفت عليه في التطبيق باسم «{P(g)}». اسمه الحقيقي {P(full)}، وبعد أن رفضت "
            f"مقابلته في {L(city)} صار يرسل لي رسائل تهديد على واتساب من الرقم {T(tel)}.\n"
            "أرفقت لقطات الشاشة من المحادثة.\n"
            f"شكراً،\n{P(rep)}")


@tpl("personal_reports", "quoted_dm", "en")
def _a9(r, i):
    cc = ["us", "gb", "ca"][i]
    p1, p2, p3, a = r.p(sex="F"), r.p(sex="M"), r.p(sex="F"), r.a(cc)
    app = ["Discord", "Instagram", "Steam"][i]
    return (f"Reporting a user for threats. These are the DMs he sent me on {app} last night:\n"
            f"> {p2.g}: you think blocking me works? i know you live on {L(a.street)}\n"
            f"> {p2.g}: say hi to {p3.g} for me, saw her at the bus stop\n"
            f"> {p2.g}: {p1.g} you're going to regret this\n"
            f"My name is {p1.n}. His account is @{r.h()}, his real name is {p2.n}, he used to be in our guild. "
            f"{p3.g} is my roommate.")


# ---------------------------------------------------------------- personal_appeals: ban appeals and account recovery
@tpl("personal_appeals", "appeal_email", "en")
def _b1(r, i):
    cc = ["gb", "us", "ie"][i]
    p1 = r.p(sex="F", west=True)
    bro = kin(p1, "M")
    return ("Help me reply politely to this appeal. The ban on the second account stays, but the strike on hers "
            "can go:\n\n"
            "> Hi Trust & Safety team,\n"
            "> My account got banned for \"ban evasion\" but the other account is my brother's, we just share the "
            f"wifi at home. I'm {p1.n}, he is {bro} and he's {['15', '14', '16'][i]}.\n"
            f"> Please look at it again, I've had this account since {['2019', '2020', '2018'][i]}.\n"
            f"> Thanks,\n> {p1.g}\n> {r.ph(cc)}")


@tpl("personal_appeals", "recovery_lower", "en", case="lower")
def _b2(r, i):
    cc = ["us", "au", "gb"][i]
    p = r.p()
    return (f"hi i cant get into my account since i changed phones. username is {r.h()}, the email on it was "
            f"{r.em(p, cc)} but i dont have that anymore. my name is {p.n}, dob {r.dob(dob_style(cc))}, old number "
            f"was {r.ph(cc)} and my new one is {r.ph(cc)}. can u move it over pls, i have "
            f"{['3', '5', '2'][i]} years of photos on there")


@tpl("personal_appeals", "recovery_form", "en")
def _b3(r, i):
    cc = ["ca", "gb", "us"][i]
    p = r.p()
    return ("Account recovery (manual review)\n"
            f"Full legal name: {p.n}\n"
            f"Date of birth: {r.dob(dob_style(cc))}\n"
            f"Recovery e-mail: {r.em(p, cc)}\n"
            f"Phone on file: {r.ph(cc)}\n"
            f"Last successful login: 2026-02-{11 + i} 21:40 UTC from {r.ip()}\n"
            f"Since then: {r.num(9, 40)} failed attempts from {r.ip()} and {r.ip()}\n"
            "Reviewer question: does this look like account takeover, or the owner on a new network?")


B4 = [
    ("Ainhoa Etxeberria Goikoetxea", "Ainhoa", "DNI", reg("DNI", "72391845N"), "12/07/1996",
     "C/ Portal de Molina, 9", "2º B", "44100", "Albarracín", "Teruel"),
    ("Rubén Castaño Villalba", "Rubén", "DNI", reg("DNI", "05273918H"), "03/11/1988",
     "C/ del Riego, 14", "1º A", "33150", "Cudillero", "Asturias"),
    ("Yassine El Amrani", "Yassine", "NIE", reg("NIE", "Y3847261L"), "27/02/2001",
     "C/ Major, 22", None, "17850", "Besalú", "Girona"),
]


@tpl("personal_appeals", "apelacion_dni", "es")
def _b4(r, i):
    full, g, kind, num, dob, st, unit, pc, town, prov = B4[i]
    u = f", {L(unit)}" if unit else ""
    return ("Asunto: Apelación de suspensión de cuenta de vendedor\n\n"
            "Hola:\n"
            f"Me habéis suspendido la cuenta de vendedor por «identidad no verificada», pero he subido mi {kind} "
            "dos veces. Os dejo mis datos:\n"
            f"Nombre: {P(full)}\n{kind}: {N(num)}\nFecha de nacimiento: {D(dob)}\n"
            f"Dirección: {L(st)}{u}, {L(pc)} {L(town)} ({L(prov)})\n"
            f"Un saludo,\n{P(g)}")


B5 = [
    ("F", "Thaís Moreira Campos", reg("CPF", "382.915.047-41"), "14/05/1999", "(32) 98814-2730", "Tiradentes", "MG"),
    ("M", "Lucas Gabriel Nogueira", reg("CPF", "527.184.396-37"), "02/10/2003", "(62) 99273-4418", "Pirenópolis",
     "GO"),
    ("F", "Jéssica dos Anjos Pereira", reg("CPF", "149.603.728-69"), "21/08/1994", "(67) 99630-1584", "Bonito", "MS"),
]


@tpl("personal_appeals", "recurso_cpf", "pt")
def _b5(r, i):
    sx, full, cpf, dob, tel, town, uf = B5[i]
    o = "a" if sx == "F" else "o"
    return ("Olá, equipe de suporte!\n"
            f"Minha conta no jogo foi banida por \"compartilhamento de conta\", mas quem jogava era eu mesm{o}. Para "
            "a revisão, seguem meus dados:\n"
            f"Nome completo: {P(full)}\nCPF: {N(cpf)}\nData de nascimento: {D(dob)}\nCelular: {T(tel)}\n"
            f"Cidade: {L(town)} – {L(uf)}\n"
            f"Aguardo retorno. Obrigad{o}!")


B6 = [
    ("오", "지현", ("Jihyun", "Oh"), "naver.com", "1997년 4월 3일", "010-4827-3915", "전라남도", "담양군"),
    ("배", "준호", ("Junho", "Bae"), "daum.net", "1989년 12월 19일", "010-7316-2058", "강원특별자치도", "평창군"),
    ("윤", "채원", ("Chaewon", "Yoon"), "gmail.com", "2002년 8월 27일", "010-5094-8831", "경상남도", "하동군"),
]


@tpl("personal_appeals", "gyejeong_bokgu", "ko")
def _b6(r, i):
    fam, giv, lat, dom, dob, tel, prov, town = B6[i]
    return ("[계정 복구 요청]\n"
            "안녕하세요. 해킹을 당해서 로그인 이메일과 비밀번호가 모두 바뀌었습니다.\n"
            f"이름: {P(fam + giv)}\n생년월일: {D(dob)}\n가입할 때 쓴 휴대폰 번호: {T(tel)}\n"
            f"예전 이메일: {r.mail(lat[0], lat[1], dom)}\n평소 접속 지역: {L(prov)} {L(town)}\n"
            "본인 인증 가능합니다. 빠른 복구 부탁드립니다.")


B7 = [
    ("Büşra Kocabaş", "Büşra", reg("TCKN", "35847129010"), "07.04.1998", "0532 418 27 93",
     "Alaçatı Mah. Kemalpaşa Cad. No: 14", "D: 2", "35930", "Çeşme", "İzmir"),
    ("Oğuzhan Yazıcı", "Oğuzhan", reg("TCKN", "27059316418"), "19.12.1991", "0505 327 61 48",
     "Çarşı Mah. Arasta Sok. No: 7", None, "78600", "Safranbolu", "Karabük"),
    ("Ceren Altıntaş", "Ceren", reg("TCKN", "41982637594"), "30.06.2000", "0542 906 13 75",
     "Sakarya Mah. Cumhuriyet Cad. No: 33", "D: 5", "10400", "Ayvalık", "Balıkesir"),
]


@tpl("personal_appeals", "hesap_kurtarma", "tr")
def _b7(r, i):
    full, g, tc, dob, tel, st, unit, pc, town, prov = B7[i]
    u = f" {L(unit)}" if unit else ""
    return ("Merhaba,\n"
            "Hesabım \"sahte kimlik\" gerekçesiyle kapatıldı ama bilgilerim doğru. Kimlik doğrulaması için "
            "bilgilerim aşağıda:\n"
            f"Ad Soyad: {P(full)}\nT.C. Kimlik No: {N(tc)}\nDoğum tarihi: {D(dob)}\nTelefon: {T(tel)}\n"
            f"Adres: {L(st)}{u}, {L(pc)} {L(town)}/{L(prov)}\n"
            "Hesabımın tekrar açılmasını rica ederim.\n"
            f"Saygılarımla,\n{P(g)}")


@tpl("personal_appeals", "support_chat", "en")
def _b8(r, i):
    agent, p1 = r.p(), r.p(west=True)
    dad = kin(p1, "M")
    ip1, ip2 = r.ip(), r.ip()
    ag = agent.g
    return (f"Transcript, ticket #A-{r.num(70000, 79999)} (ban appeal, account sharing):\n"
            f"[21:02] Agent {ag}: Hi! The ban was for account sharing. Can you confirm the name on the payment "
            "method?\n"
            f"[21:03] Customer: its my dads card, {dad}. im {p1.n}\n"
            f"[21:04] Agent {ag}: Our logs show logins from {ip1} and from {ip2} in another country in the same "
            "hour.\n"
            f"[21:05] Customer: {ip1} is our house. the other one i have no idea\n"
            f"[21:06] Agent {ag}: Thanks {p1.g}, I'm passing this to the account security team.\n"
            "Can you write the internal summary for the security team?")


@tpl("personal_appeals", "caps_parent", "en", case="upper")
def _b9(r, i):
    cc = ["gb", "us", "gb"][i]
    mum, a = r.p(sex="F", west=True), r.a(cc)
    son = kin(mum, "M")
    console = ["Xbox", "PlayStation", "Switch"][i]
    return (f"TO WHOEVER READS APPEALS. MY SON {son} (DOB {r.dob('kid_' + dob_style(cc))}) WAS BANNED FROM THE SERVER "
            f"FOR SOMETHING HIS FRIEND TYPED ON HIS {console}. I AM HIS MOTHER, {mum.n}. WE LIVE AT {a.line()}. "
            f"CALL ME ON {r.ph(cc)} BEFORE YOU DELETE ANYTHING, HE HAS 4 YEARS OF PROGRESS ON THAT ACCOUNT.")


# ---------------------------------------------------------------- personal_identity: verification and impersonation
@tpl("personal_identity", "namesake", "en")
def _c1(r, i):
    p = FAMOUS_SHARED[i]
    who = ["the Coldplay singer", "the Fast & Furious actor", "the TV baker"][i]
    job = ["a plumber", "a driving instructor", "a retired school cook"][i]
    cc = ["gb", "us", "gb"][i]
    a = r.a(cc)
    sp = r.p(sex="F" if p.sex == "M" else "M")
    rel = "wife" if p.sex == "M" else "husband"
    return ("Someone is impersonating me and your team keeps closing my report because \"parody of a public figure "
            f"is allowed\". I am not {who}. My name really is {p.n}, I'm {job} in {a.t}, and the fake profile uses "
            f"my own photos and my work number {r.ph(cc)}. My {rel} {sp.n} has had messages from it asking for "
            "money. How do I get a person to look at this?")


C2 = [
    ("Rhiannon Pryce", "1990-02-09", reg("NINO", "JT 48 31 72 C"), reg("IBAN", "GB21 BARC 2045 7731 8049 26")),
    ("Tariq Mahmood", "1985-10-23", reg("NINO", "PW 73 20 18 A"), reg("IBAN", "GB25 LOYD 3096 2647 1930 58")),
    ("Abigail Heron", "1979-06-05", reg("NINO", "NH 92 65 04 D"), reg("IBAN", "GB06 HBUK 4012 7283 6504 17")),
]


@tpl("personal_identity", "kyc_yaml", "en")
def _c2(r, i):
    name, dob, nino, iban = C2[i]
    a = r.a("gb")
    l2 = f"    line2: \"{L(a.unit)}\"\n" if a.unit else ""
    return ("Why does our KYC check flag this seller? YAML from the verification vendor:\n\n"
            "seller:\n"
            f"  legal_name: \"{P(name)}\"\n  date_of_birth: \"{D(dob)}\"\n  ni_number: \"{N(nino)}\"\n"
            f"  address:\n    line1: \"{L(a.street)}\"\n{l2}    town: \"{L(a.town)}\"\n    postcode: \"{L(a.pc)}\"\n"
            f"  payout_iban: \"{B(iban)}\"\n"
            "checks:\n  document_match: true\n  address_match: false")


C3 = [
    ("F", "Giulia Marchetti", "Giulia", reg("CF", "MRCGLI93C54D612V"), "Firenze", "14/03/1993", "Via Trento 12",
     "53011", "Castellina in Chianti", "SI", reg("IBAN", "IT97 Y030 6902 8101 0000 0012 845"), "ceramiche"),
    ("M", "Davide Ferraresi", "Davide", reg("CF", "FRRDVD87P02A944S"), "Bologna", "02/09/1987",
     "Salita Serbelloni 5", "22021", "Bellagio", "CO", reg("IBAN", "IT71 G053 8702 4000 0000 1984 736"), "bici usate"),
    ("F", "Ilaria Santoro", "Ilaria", reg("CF", "SNTLRI00S68F839W"), "Napoli", "28/11/2000",
     "Via Monte Sabotino 18", "70011", "Alberobello", "BA", reg("IBAN", "IT17 Z010 3003 4000 0006 3829 174"),
     "libri antichi"),
]


@tpl("personal_identity", "verifica_cf", "it")
def _c3(r, i):
    sx, full, g, cf, born, dob, st, pc, town, prov, iban, what = C3[i]
    o = "a" if sx == "F" else "o"
    return (f"Ciao, sono {P(full)} e vendo {what} sul vostro marketplace. La verifica dell'identità è fallita per la "
            "terza volta, ma i dati sono corretti:\n"
            f"- Codice fiscale: {N(cf)}\n- Nat{o} a {L(born)} il {D(dob)}\n"
            f"- Residenza: {L(st)}, {L(pc)} {L(town)} ({L(prov)})\n- IBAN per gli accrediti: {B(iban)}\n"
            f"Potete sbloccare i pagamenti? Grazie,\n{P(g)}")


C4 = [
    ("Natalia Grabowska", reg("PESEL", "97081940385"), "19.08.1997", "ul. Opatowska 14/3", "27-600", "Sandomierz",
     "601 384 927"),
    ("Kacper Dudek", reg("PESEL", "04210512357"), "05.01.2004", "ul. Kaczorowska 7", "16-080", "Tykocin",
     "512 907 348"),
    ("Agnieszka Sikora-Bąk", reg("PESEL", "82123047861"), "30.12.1982", "ul. Kopernika 21/8", "11-100",
     "Lidzbark Warmiński", "89 767 41 25"),
]


@tpl("personal_identity", "weryfikacja_pesel", "pl")
def _c4(r, i):
    full, pesel, dob, st, pc, town, tel = C4[i]
    return ("Dzień dobry,\n"
            "nie mogę wypłacić środków ze sprzedaży, bo system twierdzi, że mój PESEL nie zgadza się z datą "
            "urodzenia. Podaję dane jeszcze raz:\n"
            f"{P(full)}, ur. {D(dob)}\nPESEL: {N(pesel)}\n{L(st)}, {L(pc)} {L(town)}\ntel. {T(tel)}\n"
            "Proszę o ręczne sprawdzenie.")


C5 = [
    ("Linnea Bergqvist", "Linnea", "17 mars 1994", reg("PNR", "940317-2449"), "Vadstena", "070-381 24 96"),
    ("Oskar Hedlund", "Oskar", "2 november 1989", reg("PNR", "891102-3573"), "Mariefred", "073-518 40 27"),
    ("Maja Sundström", "Maja", "25 juli 2001", reg("PNR", "010725-1688"), "Gränna", "076-204 93 15"),
]


@tpl("personal_identity", "dejting_verifiering", "sv")
def _c5(r, i):
    full, g, dob, pnr, town, tel = C5[i]
    return ("Hej!\n"
            "Jag försöker verifiera min profil i appen men det står hela tiden att personnumret inte matchar. "
            f"Jag heter {P(full)}, född {D(dob)}, och mitt personnummer är {N(pnr)}. Jag bor i {L(town)} och nås "
            f"på {T(tel)}.\n"
            "Kan ni kolla det manuellt? Jag har skickat en bild på mitt körkort också.\n"
            f"Mvh {P(g)}")


C6 = [
    ("Andreea Munteanu", reg("CNP", "2950411084174"), "11.04.1995", "Str. Principală nr. 112", None, "Bran",
     "Brașov", "0744 318 927"),
    ("Bogdan Rusu", reg("CNP", "1870923220532"), "23.09.1987", "Str. Zidul Cetății nr. 9", None, "Sighișoara",
     "Mureș", "0722 640 195"),
    ("Ioana Crăciun", reg("CNP", "6020214123989"), "14.02.2002", "Str. Trandafirilor nr. 4", "ap. 6", "Sovata",
     "Mureș", "0751 203 846"),
]


@tpl("personal_identity", "verificare_cnp", "ro")
def _c6(r, i):
    full, cnp, dob, st, unit, town, county, tel = C6[i]
    u = f", {L(unit)}" if unit else ""
    return ("Bună ziua,\n"
            "Contul meu de vânzător a fost suspendat pentru că „actul de identitate nu a putut fi verificat”. "
            "Vă trimit din nou datele:\n"
            f"Nume: {P(full)}\nCNP: {N(cnp)}\nData nașterii: {D(dob)}\n"
            f"Adresa: {L(st)}{u}, {L(town)}, jud. {L(county)}\nTelefon: {T(tel)}\n"
            f"Mulțumesc,\n{P(full)}")


C7 = [
    ("प्रिया रावत", reg("AADHAAR", "5837 2914 6311"), "09/01/1996", "मकान नं. 27, माल रोड", "रानीखेत", "उत्तराखंड",
     "263645", "98370 41826"),
    ("मनोज बिष्ट", reg("AADHAAR", "7294 0518 3624"), "22/03/1979", "वार्ड नं. 4, गांधी चौक", "लैंसडाउन", "उत्तराखंड",
     "246155", "9412037586"),
    ("सुनीता नेगी", reg("AADHAAR", "3918 5027 4694"), "30/11/1988", "मकान नं. 112, तिगेला मार्ग", "ओरछा",
     "मध्य प्रदेश", "472246", "78690 25143"),
]


@tpl("personal_identity", "aadhaar_kyc", "hi")
def _c7(r, i):
    name, aad, dob, st, town, state, pin, tel = C7[i]
    return ("नमस्ते,\n"
            "मेरा विक्रेता खाता KYC पूरा न होने की वजह से रुका हुआ है। मेरी जानकारी नीचे है:\n"
            f"नाम: {P(name)}\nआधार संख्या: {N(aad)}\nजन्म तिथि: {D(dob)}\n"
            f"पता: {L(st)}, {L(town)}, {L(state)} – {L(pin)}\nमोबाइल: {T(tel)}\n"
            "कृपया जल्दी जाँच करें, मेरे ऑर्डर अटके हुए हैं।")


@tpl("personal_identity", "impersonation_sql", "en")
def _c8(r, i):
    cc = ["us", "au", "gb"][i]
    p = r.p(sex="F")
    low = p.raw.lower()
    return ("I need to find every account impersonating one of our verified sellers. Is this query OK, and how do I "
            "catch lookalike letters too?\n\n"
            "SELECT id, handle, display_name, created_at\nFROM accounts\n"
            f"WHERE lower(display_name) IN ('{P(low)}', '{P(low)} official', 'real {P(low)}')\n"
            f"   OR bio ILIKE '%{p.f}%';\n"
            f"-- reported by {p.n} herself on {['3 March', '11 March', '19 March'][i]}; her real account is "
            f"{r.num(400000, 499999)}, verified by SMS to {r.ph(cc)}")


C9 = [
    ("Freja Thomsen", "Freja", reg("CPR", "060593-1758"), "Vestergade 9", None, "5970", "Ærøskøbing", "28 41 93 07"),
    ("Mikkel Østergaard", "Mikkel", reg("CPR", "281086-1749"), "Storegade 31", "2. th.", "6270", "Tønder",
     "31 72 40 86"),
    ("Ida Kjeldsen", "Ida", reg("CPR", "021299-1708"), "Kongevejen 18", None, "2791", "Dragør", "53 19 62 84"),
]


@tpl("personal_identity", "cpr_alder", "da")
def _c9(r, i):
    full, g, cpr, st, unit, pc, town, tel = C9[i]
    u = f", {L(unit)}" if unit else ""
    return ("Hej support\n"
            "Min konto på jeres spilplatform er låst, fordi aldersbekræftelsen fejlede. Jeg er altså over 18.\n"
            f"Navn: {P(full)}\nCPR-nr.: {N(cpr)}\nAdresse: {L(st)}{u}, {L(pc)} {L(town)}\nTlf.: {T(tel)}\n"
            f"Venlig hilsen\n{P(g)}")


# ---------------------------------------------------------------- personal_doxxing: doxxing, takedowns, law enforcement
@tpl("personal_doxxing", "dox_ticket", "en")
def _d1(r, i):
    cc = ["us", "au", "ca"][i]
    p, a = r.p(west=True), r.a(cc)
    kid = kin(p, "F")
    cell = "cell" if cc != "au" else "mobile"
    return ("Priority: P1 (doxxing)\n"
            f"Reported post: /t/{r.num(100000, 999999)}/post/{r.num(10, 400)} (still live)\n"
            f"Reporter's words: \"someone posted my full name, {p.n}, my home address {a.line()} and my {cell} "
            f"{r.ph(cc)}. people are driving past the house. the post names my daughter {kid} too\"\n"
            "Action so far: none\n\n"
            "Write the escalation note to the legal team.")


@tpl("personal_doxxing", "dox_modnote", "en", case="lower")
def _d2(r, i):
    cc = ["gb", "ie", "nz"][i]
    p, op, a = r.p(sex="M"), r.p(sex="F"), r.a(cc)
    return (f"mod note: removed thread \"exposing the guy who scammed me\". op ({op.n}) posted {p.n}'s full name, "
            f"address ({a.line()}) and his mobile {r.ph(cc)}. she says he owes her {CUR[cc]}{['300', '450', '120'][i]}. "
            f"banned op for 3 days under the doxxing rule and told her to go to the police instead. {p.g} himself "
            "has not contacted us.")


D3 = [
    ("Dakota Whitfield", "04/17/1992", reg("SSN", "412-67-3908")),
    ("Marisol Quintanilla", "11/03/1987", reg("SSN", "529-41-7736")),
    ("Tyrone Beckett", "08/22/1979", reg("SSN", "243-18-5061")),
]


@tpl("personal_doxxing", "le_preservation", "en")
def _d3(r, i):
    name, dob, ssn = D3[i]
    a, det = r.a("us"), r.p()
    return ("Check this preservation request against our law-enforcement policy before I log it:\n\n"
            "\"Pursuant to 18 U.S.C. § 2703(f), this office requests that you preserve all records for the account "
            "associated with:\n"
            f"Subscriber: {P(name)}\nDOB: {D(dob)}\nSSN: {S(ssn)}\nLast known address: {a.line()}\n"
            f"IP addresses: {r.ip()}, {r.ip()} (January {3 + i}–{9 + i}, 2026)\n"
            f"Contact: Det. {det.f}, badge {r.num(1000, 9999)}, {r.ph('us')}\"")


D4 = [
    ("Lotte van Dijk", "Kerkstraat 12", "4351 AB", "Veere", "06-41873920", "L. van Dijk"),
    ("Joris Hoekstra", "Buren 7", "8713 KE", "Hindeloopen", "06-29384715", "J. Hoekstra"),
    ("Soufiane Bouzid", "Binnenpad 31", "8355 CK", "Giethoorn", "0521-362418", "S. Bouzid"),
]


@tpl("personal_doxxing", "verwijderverzoek", "nl")
def _d4(r, i):
    full, st, pc, town, tel, sign = D4[i]
    return ("Geachte moderatie,\n"
            f"Op uw forum staat sinds gisteren een bericht waarin mijn volledige naam ({P(full)}), mijn adres "
            f"({L(st)}, {L(pc)} {L(town)}) en mijn telefoonnummer ({T(tel)}) worden genoemd. Het is geplaatst door "
            "iemand met wie ik ruzie heb gehad. Ik verzoek u dit op grond van de AVG per direct te verwijderen en mij "
            "te laten weten wanneer dat is gebeurd.\n"
            f"Met vriendelijke groet,\n{P(sign)}")


@tpl("personal_doxxing", "ocr_screens", "en", case="lower")
def _d5(r, i):
    cc = ["us", "gb", "au"][i]
    v, a = r.p(sex="F", west=True), r.a(cc)
    bro = kin(v, "M")
    server = ["the cozy corner", "raid night crew", "frog pond"][i]
    return (f"ocr from the screenshot the reporter sent (discord server \"{server}\"):\n"
            f"\"lol found her. {v.n}, {a.st}, {a.t}. works at the vet on the high st. her insta is private but her "
            f"brother {bro} isnt\"\n"
            "reporter is the woman named in it. is this enough to action under the doxxing policy, and what do we "
            "tell her?")


D6 = [
    ("F", "Svenja Morgenroth", "03.02.1991", "Unterstadtstraße 21", "88709", "Meersburg", "Tobias Leuthäuser",
     "07531 995-3317"),
    ("M", "Emre Kılıçarslan", "17.08.1986", "Steinweg 40", "06484", "Quedlinburg", "Ulrike Danzer", "03946 9712-408"),
    ("F", "Henrike Obermaier", "29.05.1978", "Obermarkt 11", "82481", "Mittenwald", "Anton Reisinger",
     "08821 9176-225"),
]


@tpl("personal_doxxing", "auskunftsersuchen", "de")
def _d6(r, i):
    sx, name, dob, st, pc, town, officer, tel = D6[i]
    ges = "Geschädigte" if sx == "F" else "Geschädigter"
    return (f"Betreff: Auskunftsersuchen, Az. {r.num(100, 499)} Js {r.num(1000, 9999)}/26\n\n"
            "Sehr geehrte Damen und Herren,\n"
            f"im Ermittlungsverfahren wegen Bedrohung bitten wir um Bestandsdaten zu dem Nutzerkonto „{r.h()}“.\n"
            f"{ges}: {P(name)}, geb. {D(dob)}, wohnhaft {L(st)}, {L(pc)} {L(town)}\n"
            f"Dem Konto zugeordnete IP-Adressen: {r.ip()}, {r.ip()}\n"
            f"Sachbearbeitung: KHK {P(officer)}, Tel. {T(tel)}\n\n"
            "Kannst du kurz prüfen, ob das Ersuchen nach Art. 10 DSA vollständig ist und was wir ans Team weitergeben?")


D7 = [
    ("F", "Соколова Алина Игоревна", "ул. Советская, д. 18", "кв. 5", "Суздаль", "8 (915) 382-47-19",
     "M", "Дмитрий Лапин", "Подслушано"),
    ("M", "Гусев Артём Сергеевич", "ул. Угличская, д. 7", None, "Мышкин", "8 (920) 147-58-36",
     "F", "Ксения Белова", "Барахолка"),
    ("F", "Жукова Дарья Андреевна", "ул. Преображенского, д. 22", "кв. 14", "Кириллов", "8 (911) 503-92-61",
     "M", "Олег Тимофеев", "Новости района"),
]


@tpl("personal_doxxing", "zhaloba_doksing", "ru")
def _d7(r, i):
    _sx, fio, st, unit, town, tel, psx, poster, group = D7[i]
    u = f", {L(unit)}" if unit else ""
    verb = "выложила" if psx == "F" else "выложил"
    return ("Здравствуйте!\n"
            f"В группе «{group}» опубликовали мои личные данные: ФИО ({P(fio)}), адрес ({L(st)}{u}, г. {L(town)}) "
            f"и номер телефона {T(tel)}. Пост {verb} {P(poster)}, мы раньше работали вместе. Прошу удалить пост и "
            "заблокировать автора.")


D8 = [
    ("F", "נועה אברהמי", reg("IL", "318472651"), "רחוב הנדיב 14", "זכרון יעקב", "052-438-1907", "M", "אלון גבאי"),
    ("M", "איתי שושן", reg("IL", "205938178"), "רחוב הגליל 6", "מטולה", "054-719-3826", "F", "שני מזרחי"),
    ("F", "מורן ביטון", reg("IL", "047182639"), "שדרות הנשיא 31", "יבנאל", "050-862-4173", "M", "רועי אלמוג"),
]


@tpl("personal_doxxing", "chasifat_pratim", "he")
def _d8(r, i):
    sx, name, tz, st, town, tel, psx, poster = D8[i]
    attach = "מצרפת" if sx == "F" else "מצרף"
    posted = "פרסמה" if psx == "F" else "פרסם"
    group = ["שכנים טובים", "יד שנייה בצפון", "הורים של הגן"][i]
    return ("שלום רב,\n"
            f"בקבוצה \"{group}\" פורסמו הפרטים שלי בלי הסכמתי: השם המלא {P(name)}, הכתובת {L(st)}, {L(town)}, "
            f"ומספר הטלפון {T(tel)}. את הפוסט {posted} {P(poster)}.\n"
            f"לאימות אני {attach} את מספר תעודת הזהות שלי: {N(tz)}.\n"
            "אבקש להסיר את הפוסט בהקדם.")


@tpl("personal_doxxing", "dmca_counter", "en")
def _d9(r, i):
    cc = ["us", "ca", "za"][i]
    p, a = r.p(), r.a(cc)
    juris = ("I consent to the jurisdiction of the Federal District Court for the judicial district in which my "
             "address is located" if cc == "us" else
             "I consent to the jurisdiction of any judicial district in which the service provider may be found")
    video = ["my cat vs. the Roomba", "sunset timelapse from the pier", "guitar cover, take 3"][i]
    return ("Does this counter-notification have everything 17 U.S.C. § 512(g)(3) asks for?\n\n"
            f"\"I, {p.n}, swear under penalty of perjury that the video '{video}' was removed as a result of mistake "
            f"or misidentification. {juris}, and I will accept service of process from the person who sent the "
            "notice.\n"
            f"Address: {a.line()}\nPhone: {r.ph(cc)}\nE-mail: {r.em(p, cc)}\n"
            f"Signed: /{p.n}/\"")


# ---------------------------------------------------------------- personal_modchat: moderator chat, logs and exports
@tpl("personal_modchat", "discord_modchat", "en", case="lower")
def _e1(r, i):
    cc = ["us", "gb", "au"][i]
    m1, m2, m3, v = r.p(), r.p(), r.p(), r.p()
    return (f"#mod-private, exported 2026-03-{14 + i}\n"
            f"{m1.g}: the guy in #general is posting that {v.n}'s dad is his landlord and he knows where they live\n"
            f"{m2.g}: screenshot it before he deletes, and ping {m3.g}\n"
            f"{m1.g}: done. he also dropped a phone number, {r.ph(cc)}\n"
            f"{m3.g}: timeout 7d and delete the msgs, i'll log it. {m1.g} don't dm him\n"
            "write this up as a mod log entry")


@tpl("personal_modchat", "audit_log", "en")
def _e2(r, i):
    cc = ["us", "gb", "ie"][i]
    a1, a2, t1, t2 = r.p(), r.p(), r.p(), r.p()
    ip1, ip2 = r.ip(), r.ip()
    return (f"Which of these admin actions were done by someone outside the T&S team? ({a2.g} is in billing.)\n"
            f"2026-03-03T09:12:44Z actor=\"{a1.n}\" action=account.suspend target_display=\"{t1.n}\" "
            f"reason=impersonation ip={ip1}\n"
            f"2026-03-03T09:13:02Z actor=\"{a1.n}\" action=note.add target_display=\"{t1.n}\" "
            f"note=\"called user on {r.ph(cc)}, confirmed identity\"\n"
            f"2026-03-03T09:40:19Z actor=\"{a2.n}\" action=export.download scope=reports_q1 ip={ip2}\n"
            f"2026-03-03T09:41:55Z actor=\"{a2.n}\" action=account.unsuspend target_display=\"{t2.n}\" ip={ip2}")


@tpl("personal_modchat", "slack_lower", "en", case="lower")
def _e3(r, i):
    cc = ["ca", "us", "nz"][i]
    a, b, c, u = r.p(), r.p(), r.p(), r.p(sex="F")
    return ("[slack, #ts-escalations]\n"
            f"{a.g}: anyone know why {u.n} is unbanned? legal said the court order covers her\n"
            f"{b.g}: she appealed and {c.g} approved it on friday, check the note\n"
            f"{a.g}: the note literally says \"spoke to her on {r.ph(cc)}\". we don't phone users??\n"
            f"{c.g}: that was her lawyer's number, sorry. will fix the note\n"
            "can you summarise what went wrong here in 3 bullets")


@tpl("personal_modchat", "md_table", "en")
def _e4(r, i):
    ccs = [["us", "gb", "au"], ["ca", "ie", "nz"], ["za", "us", "gb"]][i]
    risks = ["high: threats", "medium: stalking", "low: old address"]
    rows = []
    for k, cc in enumerate(ccs):
        rows.append(f"| {r.num(4400, 4499)} | {r.p().n} | {r.a(cc).t} | {risks[(k + i) % 3]} | {r.p().g} |")
    return ("Tidy this escalation table and sort it by risk:\n\n"
            "| case | user (real name) | town | risk | owner |\n|---|---|---|---|---|\n" + "\n".join(rows))


E5 = [
    ("陈静", "马骁", "F", "周雨桐", reg("CN", "110105199806214029"), "13981734402"),
    ("郭蕾", "林子轩", "M", "刘浩然", reg("CN", "310104200103092711"), "186 2094 7531"),
    ("宋佳怡", "何俊", "F", "黄思琪", reg("CN", "330106199511303486"), "158 6723 0914"),
]


@tpl("personal_modchat", "shiming_fuhe", "zh")
def _e5(r, i):
    m1, m2, sx, user, cid, tel = E5[i]
    ta = "她" if sx == "F" else "他"
    return ("审核群聊记录（实名认证复核）\n"
            f"{P(m1)}：这个用户{P(user)}的身份证号{N(cid)}和上传的照片对不上，先驳回？\n"
            f"{P(m2)}：{ta}下午打过客服电话，号码是{T(tel)}，说证件是新换的。\n"
            f"{P(m1)}：那转人工二审吧，我在工单里备注一下。\n"
            "帮我把这段整理成一条复核意见，语气正式一点。")


E6 = [
    ("Linh", "Tuấn", "anh", "Phạm Quốc Bảo", "Bảo", "0912 384 771", "phường", "Minh An", "Hội An"),
    ("Hằng", "Khoa", "chị", "Lê Thị Mỹ Duyên", "Duyên", "0978 215 406", "thị trấn", "Mèo Vạc", "Hà Giang"),
    ("Vy", "Phúc", "anh", "Đỗ Minh Trí", "Trí", "0385 902 617", "thị trấn", "Tam Đảo", "Vĩnh Phúc"),
]


@tpl("personal_modchat", "quan_tri_nhom", "vi")
def _e6(r, i):
    m1, m2, xung, full, g, tel, pre, ward, town = E6[i]
    return ("Nhóm quản trị \"Chợ đồ cũ\":\n"
            f"{P(m1)}: Có người đăng bài tố cáo {P(full)} lừa đảo, kèm số điện thoại {T(tel)} và địa chỉ nhà ở "
            f"{pre} {L(ward)}, {L(town)}.\n"
            f"{P(m2)}: Bài đó vi phạm quy định về thông tin cá nhân, xóa đi rồi nhắn người đăng gửi bằng chứng cho "
            "admin.\n"
            f"{P(m1)}: Ok, mình xóa rồi. Nếu {xung} {P(g)} nhắn vào page thì báo mình nhé.\n"
            "Dịch đoạn này sang tiếng Anh giúp mình.")


@tpl("personal_modchat", "python_reports", "en")
def _e7(r, i):
    cc = ["gb", "us", "au"][i]
    ps = [r.p() for _ in range(4)]
    a = r.a(cc)
    return ("Why does this raise KeyError on the second report?\n\n"
            "reports = [\n"
            f"    {{\"reporter\": \"{ps[0].n}\", \"reported\": \"{ps[1].n}\", \"city\": \"{a.t}\"}},\n"
            f"    {{\"reporter\": \"{ps[2].n}\", \"reported\": \"{ps[3].n}\"}},\n"
            "]\n"
            "for r in reports:\n"
            "    print(r[\"reporter\"], \"->\", r[\"reported\"], r[\"city\"])")


E8 = [
    ("Jessa", "Carlo", "Rodel Manalastas", "Rodel", "0917 482 3306", "San Vicente", "palawan"),
    ("Mika", "Paolo", "Gerlie Dimaculangan", "Gerlie", "0998 613 2054", "Sagada", "cordillera"),
    ("Bea", "Jomar", "Arnel Pangilinan", "Arnel", "0927 305 8841", "Basco", "batanes"),
]


@tpl("personal_modchat", "taglish_gc", "tl", case="lower")
def _e8(r, i):
    m1, m2, full, g, tel, town, grp = E8[i]
    return (f"[mod gc - {grp} buy & sell]\n"
            f"{P(m1)}: guys may nag post ng full name ni {P(full)}, pati number niya {T(tel)}, scammer daw\n"
            f"{P(m2)}: screenshot muna tapos delete, bawal yung doxx sa rules natin\n"
            f"{P(m1)}: sabi pa nung nag post taga {L(town)} daw si {P(g)}\n"
            f"{P(m2)}: sige, 3 days ban muna sa nag post. ako na mag message sa kanya")


@tpl("personal_modchat", "tsv_bans", "en")
def _e9(r, i):
    cc = ["us", "gb", "ca"][i]
    lines = []
    for reason in ["spam", "ban evasion", "harassment"]:
        p = r.p()
        lines.append(f"{r.num(1000000, 9999999)}\t{p.n}\t{r.em(p, cc)}\t{r.ip()}\t{reason}")
    return ("Convert this ban list to JSON (tab-separated, copied from the admin panel):\n"
            "user_id\tdisplay_name\temail\tlast_ip\tban_reason\n" + "\n".join(lines))


# ---------------------------------------------------------------- personal_marketplace: marketplace, dating and game disputes
@tpl("personal_marketplace", "scam_quoted", "en")
def _f1(r, i):
    cc = ["gb", "au", "us"][i]
    s, cousin, a = r.p(), r.p(sex="M"), r.a(cc)
    item = ["Dyson V11, boxed", "PS5 with two controllers", "Trek mountain bike"][i]
    return (f"Buyer's report on the listing \"{item}\":\n"
            f"> Seller ({s.n}): pick up from {a.st}, {a.t} after 6, cash only\n"
            f"> Seller: actually my cousin {cousin.g} will meet you, his number is {r.ph(cc)}\n"
            f"> Seller: send the {CUR[cc]}40 deposit first so I can hold it\n"
            "Nobody was at the address and the listing is gone. Is this a pattern we already track?")


F2 = [(reg("CARD", "4532 9187 4120 6637"), "Visa"), (reg("CARD", "5374 8201 9364 8126"), "Mastercard"),
      (reg("CARD", "3742 918053 62178"), "Amex")]


@tpl("personal_marketplace", "chargeback_notes", "en")
def _f2(r, i):
    card, brand = F2[i]
    holder = r.p(west=True)
    sex = ["M", "F", "M"][i]
    child = kin(holder, sex)
    rel = "son" if sex == "M" else "daughter"
    return (f"Chargeback notes, in-game store order {r.num(10, 99)}-{r.num(1000, 9999)}-00{i + 1}\n"
            f"Cardholder: {holder.n}\nCard: {C(card)} ({brand}, exp 0{i + 6}/28)\n"
            f"Account that used it: {r.h()}, which belongs to {child}, the cardholder's {rel}, {12 + i}\n"
            f"Disputed: {r.num(9, 19)} purchases of gem packs, ${r.num(120, 340)}.{r.num(10, 99)} total\n"
            "Draft a reply asking the cardholder whether they want the account restricted rather than banned.")


@tpl("personal_marketplace", "dating_safety_lower", "en", case="lower")
def _f3(r, i):
    cc = ["us", "nz", "ie"][i]
    him, friend, a = r.p(sex="M"), r.p(), r.a(cc)
    return (f"i matched with a guy called {him.n} on here and we went on one date in {a.t}. after i said no to a "
            f"second date he started turning up at my work and texting me from {r.ph(cc)}. his profile is gone now "
            f"but his friend {friend.g} still follows me on insta. what can you do on your end? i still have the "
            "whole chat")


F4 = [
    ("F", "Annegret Vöhringer", "Annegret", reg("IBAN", "DE72 6905 0001 0024 8391 76"), "M", "Lukas Engel", "Lukas",
     "ein gebrauchtes E-Bike"),
    ("M", "Hartmut Pfeiffer", "Hartmut", reg("IBAN", "DE17 1203 0000 1053 8729 14"), "F", "Merve Aksoy", "Merve",
     "einen Kinderwagen"),
    ("F", "Leonie Brückner", "Leonie", reg("IBAN", "DE46 4306 0967 1187 2635 00"), "M", "Kilian Roth", "Kilian",
     "eine Nähmaschine"),
]


@tpl("personal_marketplace", "streitfall_iban", "de")
def _f4(r, i):
    sx, seller, sg, iban, bsx, buyer, bg, item = F4[i]
    er = "sie" if bsx == "F" else "er"
    inh = "Kontoinhaberin" if sx == "F" else "Kontoinhaber"
    return ("Hallo,\n"
            f"ich habe über eure Plattform {item} an {P(buyer)} verkauft. Jetzt behauptet {er}, es sei defekt, und "
            f"will das Geld zurück. Ich habe angeboten, es wieder abzuholen, aber {P(bg)} antwortet nicht mehr.\n"
            "Falls ihr den Fall mit Rückerstattung schließt, hier meine Bankverbindung für den Ausgleich:\n"
            f"{inh}: {P(seller)}\nIBAN: {B(iban)}\n"
            f"Danke und viele Grüße\n{P(sg)}")


F5 = [
    ("F", "Brenda Yazmín Ortega Salcido", "55 4187 2930", "Calle Zaragoza 14", "San Miguel", "62520", "Tepoztlán",
     "Mor.", "Iván"),
    ("M", "Jesús Alberto Cárdenas Ruelas", "983 129 4407", "Av. Costera 112", "Centro", "77930", "Bacalar", "Q. Roo",
     "Daniela"),
    ("F", "Karla Denisse Meza Ibarra", "488 102 7715", "Calle Lanzagorta 9", None, "78550", "Real de Catorce",
     "S.L.P.", "Rodrigo"),
]


@tpl("personal_marketplace", "reporte_estafa", "es")
def _f5(r, i):
    sx, name, tel, st, col, pc, town, state, rep = F5[i]
    a = "a" if sx == "F" else ""
    c = f", Col. {L(col)}" if col else ""
    return (f"Hola, quiero reportar a un{a} vendedor{a} del marketplace. Se llama {P(name)} y me vendió un celular "
            f"que nunca llegó. Me dio su número {T(tel)} y dijo que lo mandaba desde {L(st)}{c}, C.P. {L(pc)}, "
            f"{L(town)}, {L(state)}. Ya no me contesta. ¿Pueden suspender su cuenta?\n"
            f"Saludos,\n{P(rep)}")


F6 = [
    ("Beatriz Mota Guerreiro", "Beatriz", reg("PTNIF", "238491757"), "Rua Direita, 22", None, "2510-089", "Óbidos",
     "912 384 507", "M", "Vasco Leitão"),
    ("Rui Pedro Antunes", "Rui", reg("PTNIF", "192740369"), "Rua de Baixo, 5", None, "7330-101", "Marvão",
     "936 208 714", "F", "Filipa Sarmento"),
    ("Sofia Magalhães Pinto", "Sofia", reg("PTNIF", "256183902"), "Rua da Liberdade, 41", "1.º Dto.", "8800-399",
     "Tavira", "965 402 318", "M", "Duarte Sequeira"),
]


@tpl("personal_marketplace", "dac7_reclamacao", "pt")
def _f6(r, i):
    name, g, nif, st, unit, pc, town, tel, bsx, buyer = F6[i]
    u = f", {L(unit)}" if unit else ""
    comp = "da compradora" if bsx == "F" else "do comprador"
    return ("Olá,\n"
            "Recebi um e-mail a pedir os meus dados fiscais por causa da DAC7. Aqui estão:\n"
            f"Nome: {P(name)}\nNIF: {N(nif)}\nMorada: {L(st)}{u}, {L(pc)} {L(town)}\nTelemóvel: {T(tel)}\n"
            f"Aproveito para reclamar {comp} {P(buyer)}, que deixou uma avaliação falsa depois de receber a "
            "encomenda.\n"
            f"Cumprimentos,\n{P(g)}")


F7 = [
    ("Yanis Haddad", "Yanis", reg("IBAN", "FR76 3000 4018 2300 0128 7439 159"), "F", "Maëlle Kerbrat", "Honfleur"),
    ("Clémence Aubertin", "Clémence", reg("IBAN", "FR76 1027 8360 1900 0419 3827 662"), "M",
     "Thibault Lemaire-Desrosiers", "Sarlat-la-Canéda"),
    ("Grégoire Nkemelu", "Grégoire", reg("IBAN", "FR66 2004 1010 1203 8471 6T02 977"), "F", "Océane Marchal",
     "Riquewihr"),
]


@tpl("personal_marketplace", "litige_iban", "fr")
def _f7(r, i):
    seller, sg, iban, bsx, buyer, town = F7[i]
    ach = "l'acheteuse" if bsx == "F" else "l'acheteur"
    return ("Bonjour,\n"
            f"Litige sur la commande n° {r.num(100000, 999999)} : {ach}, {P(buyer)}, affirme ne jamais avoir reçu le "
            f"colis, alors que le suivi indique « livré » à {L(town)} le {4 + i} mars.\n"
            "J'accepte le remboursement partiel que vous proposez. Voici mon IBAN pour le virement : "
            f"{B(iban)}, titulaire {P(seller)}.\n"
            f"Bien à vous,\n{P(sg)}")


@tpl("personal_marketplace", "caps_scam_warning", "en", case="upper")
def _f8(r, i):
    cc = ["gb", "au", "us"][i]
    s, gf, a = r.p(sex="M"), r.p(sex="F"), r.a(cc)
    what = ["FESTIVAL TICKETS", "TAYLOR SWIFT TICKETS", "PUPPIES"][i]
    return (f"PLEASE PIN THIS. WARNING TO EVERYONE IN THE GROUP: {s.n} FROM {a.t} IS SELLING FAKE {what}. HE USES "
            f"THE NUMBER {r.ph(cc)} AND ONLY TAKES BANK TRANSFER. HIS GIRLFRIEND {gf.n} COLLECTS THE CASH IF YOU "
            "INSIST ON PAYING IN PERSON. DO NOT BUY!!!\nMODS, CAN THIS STAY UP OR IS IT DOXXING?")


@tpl("personal_marketplace", "pipe_player_reports", "en")
def _f9(r, i):
    cc = ["us", "gb", "au"][i]
    acc1, acc2 = r.p(), r.p()
    lines = []
    for k, (acc, reason) in enumerate([(acc1, "cheating"), (acc2, "voice abuse"), (acc1, "cheating")]):
        rep = r.p()
        lines.append(f"r-{5501 + 9 * k + i}|{rep.n}|{r.em(rep, cc)}|{acc.n}|{r.ip()}|{reason}")
    return ("Which accused players show up in more than one report? (export from our report tool)\n"
            "report|reporter_name|reporter_email|accused_account_name|accused_ip|reason\n" + "\n".join(lines))


# ================================================================ PII-free rows (same framings, public or sample things only)
def clean(cls, name, lang, rows, case=None):
    assert len(rows) == 3
    tpl(cls, name, lang, n=len(rows), case=case)(lambda r, i: rows[i])


# ---------------------------------------------------------------- clean_policy: laws, principles and policy questions
clean("clean_policy", "law_questions", "en", [
    ("Under Section 230 of the Communications Decency Act, the provision Ron Wyden and Chris Cox wrote in 1996, are "
     "we liable for a seller's defamatory reply to a review? Short answer please, and does Gonzalez v. Google change "
     "anything?"),
    ("Explain the notice-and-action mechanism in Article 16 of the Digital Services Act and how it differs from the "
     "German NetzDG that Heiko Maas pushed through in 2017."),
    ("What does the UK Online Safety Act require from a small hobby forum? Summarise Ofcom's illegal-harms codes and "
     "anything Melanie Dawes has said about small services."),
])
clean("clean_policy", "eponym_lower", "en", [
    ("quick q: is the streisand effect named after an actual case? barbra streisand sued over a photo of her house "
     "right? want to cite it in our policy on takedown requests"),
    ("whats the difference between godwin's law and poe's law, and who were mike godwin and nathan poe? new mods keep "
     "mixing them up"),
    ("does hanlon's razor belong in a moderation appeals guide? someone on our team keeps quoting it, and dunbar's "
     "number too, as the reason our discord needs more mods"),
], case="lower")
clean("clean_policy", "netzdg_frage", "de", [
    ("Gilt das NetzDG nach dem Inkrafttreten des Digital Services Act überhaupt noch? Unser Forum hat 40.000 Nutzer. "
     "Und was genau hat Thierry Breton damals an X geschrieben?"),
    ("Was ist der Unterschied zwischen dem Recht auf Vergessenwerden nach Art. 17 DSGVO und einem Löschanspruch nach "
     "§ 1004 BGB? Bitte mit Bezug auf den Beschluss „Recht auf Vergessen I“ des BVerfG."),
    ("Muss ein Plattformbetreiber nach dem Verfahren Renate Künast gegen Meta auch sinngleiche Inhalte selbst suchen "
     "und löschen? Kurz und verständlich für unser Moderationsteam."),
])
clean("clean_policy", "loi_question", "fr", [
    ("Que reste-t-il de la loi Avia après la décision du Conseil constitutionnel de juin 2020 ? Notre forum doit-il "
     "encore retirer les contenus haineux en 24 heures ?"),
    ("L'Arcom peut-elle sanctionner une petite application de rencontres ? Et quel rôle a joué Roch-Olivier Maistre "
     "dans l'application du DSA en France ?"),
    ("Pouvez-vous résumer l'arrêt Google Spain contre AEPD et Mario Costeja González (2014) pour une formation de "
     "nouveaux modérateurs ?"),
])
clean("clean_policy", "hou_shitsumon", "ja", [
    ("情報流通プラットフォーム対処法（旧プロバイダ責任制限法）では、削除の申出への対応期限はどう決まっていますか？"
     "小規模な掲示板にも適用されますか？"),
    "ひろゆき（西村博之）さんが2ちゃんねるを運営していた頃の削除対応は、今の法律の基準で見るとどう評価されますか？",
    "木村花さんの事件をきっかけに侮辱罪が厳罰化されましたが、コミュニティ運営側が知っておくべきポイントを教えてください。",
])
clean("clean_policy", "beopryul", "ko", [
    "정보통신망법 제44조의2에 따른 임시조치(블라인드)는 최대 며칠까지 할 수 있나요? 커뮤니티 운영자 입장에서 알려주세요.",
    "헌법재판소가 2012년에 인터넷 실명제를 위헌으로 결정했는데, 지금 게임 커뮤니티에서 본인인증을 요구하는 건 괜찮나요?",
    "'설리법'이라고 불리던 악성 댓글 방지 법안은 어떻게 되었나요? 그 뒤 포털들의 댓글 정책 변화도 요약해 주세요.",
])
clean("clean_policy", "law_table", "en", [
    ("Fill the empty cells:\n\n| Law | Country | Regulator | Public face |\n|---|---|---|---|\n"
     "| Online Safety Act 2023 | UK | Ofcom | Melanie Dawes |\n"
     "| Online Safety Act 2021 | Australia | eSafety Commissioner | Julie Inman Grant |\n"
     "| Kids Online Safety Act (bill) | US | FTC | Richard Blumenthal, Marsha Blackburn |\n"
     "| NetzDG | Germany | | |"),
    ("Check this table for our policy wiki:\n\n| Law | Year | Sponsor or minister |\n|---|---|---|\n"
     "| Online Harms Act (Bill C-63) | 2024 | Arif Virani |\n| Marco Civil da Internet | 2014 | Dilma Rousseff |\n"
     "| Digital Services Act | 2022 | Thierry Breton, Margrethe Vestager |"),
    ("Add a column for penalties:\n\n| Law | Country | Regulator |\n|---|---|---|\n"
     "| IT Rules 2021 | India | MeitY |\n| POFMA | Singapore | POFMA Office |\n"
     "| Online Safety and Media Regulation Act 2022 | Ireland | Coimisiún na Meán |"),
])
clean("clean_policy", "marco_civil", "pt", [
    ("o artigo 19 do marco civil da internet ainda vale depois do julgamento do stf? o que defenderam os ministros "
     "dias toffoli, luiz fux e alexandre de moraes?"),
    ("o pl das fake news (pl 2630) foi aprovado no fim? preciso de um resumo rápido pro time de moderação, citando o "
     "relator orlando silva"),
    ("a lei carolina dieckmann vale pra quem vaza fotos íntimas num fórum? e a lei lola, de 2018, cobre ataques "
     "organizados contra uma blogueira?"),
], case="lower")
clean("clean_policy", "pravyla_spilnoty", "uk", [
    ("Чи зобов'язує Закон України «Про медіа» модерувати коментарі на форумі? Яку роль тут має Національна рада з "
     "питань телебачення і радіомовлення?"),
    ("Чи може Telegram, який заснував Павло Дуров, заблокувати канал через скарги користувачів? Як узагалі працює "
     "модерація каналів?"),
    ("Поясніть «ефект Стрейзанд» простими словами для модераторів нашої групи й наведіть приклад із самою Барброю "
     "Стрейзанд."),
])

# ---------------------------------------------------------------- clean_templates: blank forms, macros, sample people
clean("clean_templates", "blank_report_form", "en", [
    ("Fill-in form for our report intake page; check the field order:\n"
     "Reporter name: [REPORTER NAME]\nReporter e-mail: [EMAIL]\nReported username: @{{reported_user}}\n"
     "Date of incident: __/__/____\nPhone (optional): ______________\n"
     "Address shown in the post (doxxing only): [STREET], [TOWN] [POSTCODE]\nWhat happened? ____________________"),
    ("Blank dating-app safety report, printed for the help desk:\n"
     "Your first name: __________\nTheir profile name: __________\nWhere did you meet? [VENUE], [CITY]\n"
     "Their phone number, if shared: (___) ___-____\nDid you contact the police? Yes / No\nCase number: ________"),
    ("Game report form (draft v3):\nPlayer ID: {{player_id}}\nCharacter name: {{character_name}}\n"
     "Server: {{server_region}}\nReported player: {{target_name}}\nCategory: cheating / voice abuse / real-money "
     "trading\nClip link: https://clips.example.com/{{clip_id}}"),
])
clean("clean_templates", "sample_json", "en", [
    ("Write a JSON Schema for this sample payload from our API docs:\n"
     "{\"reporter\": {\"name\": \"John Doe\", \"email\": \"john.doe@example.com\"},\n"
     " \"reported\": {\"name\": \"Jane Roe\", \"ip\": \"192.0.2.15\"},\n"
     " \"order\": {\"card\": \"4242 4242 4242 4242\", \"amount\": 12.5},\n \"created\": \"2026-01-01T00:00:00Z\"}"),
    ("Our docs example for the appeals webhook; is \"ip\" the right key name?\n"
     "{\"appeal_id\": \"apl_test_001\", \"user\": {\"display_name\": \"Erika Mustermann\", \"email\": "
     "\"erika@example.org\", \"ip\": \"198.51.100.23\"}, \"payment\": {\"test_card\": \"4111 1111 1111 1111\"}}"),
    ("Validate this sandbox event from the payments provider:\n"
     "{\"type\": \"dispute.created\", \"livemode\": false, \"cardholder\": \"Jean Dupont\", \"card\": "
     "\"5555 5555 5555 4444\", \"billing_email\": \"jean.dupont@example.net\", \"client_ip\": \"203.0.113.9\"}"),
])
clean("clean_templates", "sample_csv", "en", [
    ("Generate 5 more obviously fake rows for a moderation training sheet, same style:\n"
     "case_id,reporter,reported,reason,phone\nT-001,Joe Bloggs,A. N. Other,spam,07700 900123\n"
     "T-002,Jane Doe,Richard Roe,scam,07700 900456"),
    ("Extend this training CSV with 3 rows; keep the fictional 555 numbers:\n"
     "case_id,reporter,reported,reason,phone\nT-101,John Q. Public,Joe Schmo,harassment,(201) 555-0143\n"
     "T-102,Jane Smith,John Smith,impersonation,(312) 555-0178"),
    ("Make this sample sheet for our Australian team look realistic but clearly fake:\n"
     "case_id,reporter,reported,reason,phone\nAU-01,Fred Nerk,Joe Blow,scam,0491 570 156\n"
     "AU-02,Jane Citizen,John Citizen,spam,0491 570 110"),
])
clean("clean_templates", "macros", "en", [
    ("Can you add a Spanish version of this macro?\n\nmacros:\n  - title: \"Ban notice, first offence\"\n"
     "    body: |\n      Hi {{ticket.requester.first_name}},\n"
     "      Your account {{user.handle}} was suspended for 24 hours under rule {{rule_id}}.\n"
     "      If you think this was a mistake, reply here or write to appeals@example.com.\n"
     "      – The {{brand.name}} Safety Team"),
    ("Why does this macro render 'Hi ,' for some users?\n\nmacros:\n  - title: \"Appeal received\"\n    body: |\n"
     "      Hi {{user.first_name}},\n      We got your appeal for {{user.handle}} and will reply within 72 hours.\n"
     "      Ticket: {{ticket.id}}"),
    ("Tidy this reply before it goes out:\n"
     "> Hi {{requester.name}},\n"
     "> We removed the post that shared [PERSONAL DETAILS] about you and restricted {{offender.handle}}.\n"
     "> If it happens again, just reply to this e-mail.\n"
     "> Kind regards,\n> The Trust & Safety Team\n> safety@example.com"),
])
clean("clean_templates", "plantilla_respuesta", "es", [
    ("Corrige esta plantilla de respuesta a una apelación: «Hola, [NOMBRE]: hemos revisado la suspensión de tu cuenta "
     "@{{usuario}} y la mantenemos». En los ejemplos usamos a Fulano de Tal, con domicilio en Calle Falsa 123."),
    ("Necesito un ejemplo de denuncia por suplantación para la guía interna. Usa a Mengano y a Zutano como usuarios "
     "ficticios y el correo usuario@ejemplo.com."),
    ("Traduce al español este formulario: «Full name: ______ Date of birth: __/__/____ Username: {{username}}». "
     "Pon a Juan Pérez como ejemplo."),
])
clean("clean_templates", "sql_schema", "en", [
    ("Why does this insert fail?\n\nCREATE TABLE reports (id serial PRIMARY KEY, reporter_name text NOT NULL, "
     "reporter_email text, reported_handle text, reason text, created_at timestamptz);\n"
     "INSERT INTO reports (reporter_name, reporter_email, reported_handle, reason)\n"
     "VALUES ('John Doe', 'john.doe@example.com', 'mod_bot', 'test', now());"),
    ("Add an index for lookups by reported_handle:\n\nCREATE TABLE bans (user_id bigint, display_name text, "
     "email text, last_ip inet, reason text);\nINSERT INTO bans VALUES (1, 'Test User', 'test.user@example.com', "
     "'192.0.2.44', 'seed row');"),
    ("Rewrite this as a view that hides emails:\n\nSELECT user_id, display_name, email\nFROM accounts\n"
     "WHERE display_name IN ('Jane Doe', 'John Doe', 'Max Mustermann');  -- fixtures only"),
])
clean("clean_templates", "shablon_ivanov", "ru", [
    ("Составь шаблон ответа на жалобу о доксинге. В примере используй условного пользователя Иванов Иван Иванович, "
     "адрес «г. N, ул. Примерная, д. 1», телефон +7 (XXX) XXX-XX-XX."),
    ("Проверь форму заявки на разблокировку: «ФИО: ____ Дата рождения: __.__.____ Логин: {login} Причина: ____». "
     "Чего не хватает?"),
    "Переведи на русский шаблон уведомления о бане и замени пример Jane Doe на Петрова Петра Петровича.",
])
clean("clean_templates", "muban_zhangsan", "zh", [
    "帮我写一个举报处理结果的通知模板，用张三、李四作示例，手机号用 1XX-XXXX-XXXX 代替。",
    "下面是我们的实名认证表格模板，请检查字段：姓名：______ 身份证号：__________________ 手机号：___________",
    ("请把这段英文的封号通知翻译成中文：Hi {{username}}, your account has been suspended for violating rule "
     "{{rule_id}}. 示例用户写王五。"),
])
clean("clean_templates", "caps_notice", "en", [
    ("NOTICE TO ALL MODERATORS: DO NOT PASTE USERS' REAL NAMES, ADDRESSES OR PHONE NUMBERS INTO THE PUBLIC MOD LOG. "
     "USE [USER], [ADDRESS] AND [PHONE] INSTEAD. QUESTIONS TO @SUPPORT OR MOD_BOT."),
    "ACCOUNT SUSPENDED\nUSERNAME: ______\nREASON: ______\nAPPEAL BY: __/__/____\nCONTACT: APPEALS@EXAMPLE.COM",
    ("RULE 4: NO DOXXING. POSTING ANYONE'S HOME ADDRESS, PHONE NUMBER, WORKPLACE OR REAL NAME WITHOUT CONSENT MEANS A "
     "PERMANENT BAN. THIS INCLUDES \"JOKE\" ADDRESSES LIKE 742 EVERGREEN TERRACE OR 221B BAKER STREET."),
], case="upper")

# ---------------------------------------------------------------- clean_tools: moderation tools, bots and non-personal handles
clean("clean_tools", "tool_compare", "en", [
    ("Compare Hive, ActiveFence and Checkstep for image moderation on a marketplace with 2M listings. We already use "
     "PhotoDNA, the hashing tool Hany Farid built with Microsoft, for known CSAM."),
    ("Is Google Jigsaw's Perspective API still maintained? We want toxicity scores for a forum; we have also looked "
     "at Detoxify and OpenAI's moderation endpoint."),
    ("Thorn's Safer or Cloudflare's CSAM Scanning Tool: which is easier to wire into a small image board? And Thorn "
     "was co-founded by Ashton Kutcher and Demi Moore, right?"),
])
clean("clean_tools", "bot_config_json", "en", [
    ("Is this valid JSON for our bot?\n{\"bot\": \"mod_bot\", \"log_channel\": \"#mod-log\", \"automod\": "
     "{\"provider\": \"Dyno\", \"fallback\": \"Carl-bot\"}, \"escalate_to\": \"@support\", \"trusted_roles\": "
     "[\"Moderator\", \"Helper\", \"Server Booster\"], \"welcome\": \"Welcome {user.mention} to {server.name}!\"}"),
    ("MEE6 keeps ignoring this config, why?\n{\"levels\": {\"enabled\": true, \"announce\": \"GG {player}, you "
     "reached level {level}!\"}, \"moderation\": {\"mute_role\": \"Muted\", \"log\": \"#audit\"}, "
     "\"owner_contact\": \"@support\"}"),
    ("Merge these two configs for YAGPDB and Wick:\n{\"yagpdb\": {\"prefix\": \"-\", \"automod\": "
     "[\"no-invites\", \"no-mass-mentions\"]}, \"wick\": {\"anti_raid\": \"strict\", \"quarantine_role\": "
     "\"Quarantine\", \"alerts\": \"#mod-alerts\"}, \"zeppelin\": null}"),
])
clean("clean_tools", "automod_lower", "en", [
    ("how do i make automoderator on reddit remove comments that contain a phone number pattern? my regex keeps "
     "catching zip codes too"),
    ("is there a way to get toolbox usernotes to sync with modmail? also what does crowd control actually do in the "
     "mod tools"),
    "whats better for a twitch chat with 2k viewers, nightbot or streamelements? is moobot or fossabot worth it",
], case="lower")
clean("clean_tools", "tools_de", "de", [
    ("Lohnt sich Fin von Intercom als erster Filter für Sperrbeschwerden, oder ist Zendesk mit dem Answer Bot "
     "besser?"),
    ("Wir überlegen, Salesforce Einstein für die Priorisierung von Meldungen einzusetzen. Hat jemand den Vergleich "
     "zu IBM Watson?"),
    "Welche Moderations-Bots für Discord sind DSGVO-konform: MEE6, Dyno oder Carl-bot? Und was loggen die?",
])
clean("clean_tools", "tools_nl", "nl", [
    "Kunnen we Freshdesk met Freddy AI koppelen aan ons meldsysteem voor oplichting op een tweedehandsplatform?",
    "Wat is het verschil tussen AutoMod van Discord en Wick? Onze server heeft sinds vorige week last van raids.",
    ("Is Jira Service Management geschikt als wachtrij voor moderatoren, of werkt Linear beter voor een team van "
     "vijf?"),
])
clean("clean_tools", "bot_chat", "en", [
    ("#mod-private, exported 2026-03-20\n"
     "mod_bot: new report in #trading, user_12345 posted a phone number (auto-hidden)\n"
     "Mod A: who set the filter to catch 07700 900 numbers? that's the Ofcom drama range\n"
     "Mod B: the regex came from the AutoModerator wiki, I'll loosen it\n"
     "Write this up as a mod log entry."),
    ("[slack, #ts-tools]\n"
     "Mod 1: should the triage bot be called Sherlock, Poirot or Ada, after Ada Lovelace?\n"
     "Mod 2: Poirot. Agatha Christie's estate won't mind a bot... probably\n"
     "Mod 1: ok, and the appeals bot stays \"Judge Judy\"? legal said ask first\n"
     "Summarise the naming question for legal in 3 bullets."),
    ("SUPPORT: Thanks for contacting @support. Which account is affected?\n"
     "USER: [redacted by mod_bot]\n"
     "SUPPORT: I've escalated this to the Trust & Safety team, ticket #{{ticket_id}}.\n"
     "Turn this sample transcript into a training example for new agents."),
])
clean("clean_tools", "bot_telegram", "id", [
    ("bot rose (miss rose) di telegram bisa hapus otomatis pesan yang ada nomor hp nggak? grup jual beli kami sering "
     "dipakai penipu"),
    "lebih bagus combot atau shieldy buat anti-spam grup telegram yang anggotanya 20 ribu?",
    "cara pakai group help bot buat captcha member baru gimana ya? terus bisa dihubungkan ke @BotFather nggak",
], case="lower")
clean("clean_tools", "audit_log_bots", "en", [
    ("Why are all actions in this log from bots?\n"
     "2026-03-01T04:00:00Z actor=AutoModerator action=remove target=t3_1ab2c reason=\"rule 2: no personal info\"\n"
     "2026-03-01T04:00:03Z actor=mod_bot action=lock target=t3_1ab2c ip=203.0.113.45\n"
     "2026-03-01T04:02:11Z actor=system action=notify target=@support"),
    ("Parse these lines into a table:\nlevel=info actor=ModMail action=reply thread=8812 by=mod_team\n"
     "level=warn actor=ratelimiter action=throttle ip=198.51.100.77 endpoint=/api/report\n"
     "level=info actor=anti_spam action=shadowban target=user_12345 rule=link_flood"),
    ("Which bot removed the post? Log:\n[09:14:02] Dyno: Deleted message in #trading (matched filter: invite links)\n"
     "[09:14:05] Carl-bot: Logged deletion to #mod-log\n[09:15:40] Wick: Raid mode disabled by @support"),
])
clean("clean_tools", "platform_handles", "en", [
    ("whats the right account to escalate a safety issue on x, @safety or @support? and is @twittersafety still a "
     "thing"),
    ("our users keep dming @support and @help instead of using the report button. draft a pinned post asking them "
     "to use the button"),
    "who actually answers in r/modsupport on reddit, staff or volunteer mods? and is the admins' modmail faster",
], case="lower")

# ---------------------------------------------------------------- clean_fiction: characters, memes and brands named after people
clean("clean_fiction", "character_usernames", "en", [
    ("Is a username like Geralt_of_Rivia or LaraCroft_Official impersonation under our policy, or just fandom? Same "
     "question for MasterChief117."),
    "A player named their guild \"Kratos and Atreus\". Someone reported it as trademark infringement. Should we act?",
    ("Can users role-play as Aloy, Ellie or Arthur Morgan in our Discord's RP channels? Give me example policy "
     "wording."),
])
clean("clean_fiction", "rp_forum_rules", "en", [
    ("Write RP rules for a Sherlock Holmes forum: no god-moding as Holmes, Watson or Moriarty, and Mrs Hudson is an "
     "NPC everyone shares."),
    ("Our Harry Potter fanfic board bans real-person fic. Are stories about Hermione Granger and Draco Malfoy fine? "
     "What about ones about the actors who played them?"),
    ("Draft a content-warning policy for a Tolkien forum: Frodo, Sam, Gollum and the Nazgûl are fine, real people "
     "are not."),
])
clean("clean_fiction", "assistant_names_lower", "en", [
    ("is it ok to name our community bot jarvis or does marvel own that? also people keep saying hey siri and alexa "
     "in voice chat lol"),
    ("someone made a profile called waldo and everyone is reporting it as fake. where's waldo is a book, not a "
     "person, right?"),
    "can we ban lord voldemort as a display name or is it just a harry potter joke we should let go",
], case="lower")
clean("clean_fiction", "spanish_characters", "en", [
    "Is Don Quijote de la Mancha a safe example name for our Spanish help centre? And Mafalda for the kids' game?",
    "Our Mexican server has a bot called El Chavo del Ocho. Someone says it mocks real people. Policy?",
    "Can a seller list old Condorito comics with the character's face in the photos, or is that an IP issue?",
])
clean("clean_fiction", "personaggi", "it", [
    "Un utente si chiama «Commissario Montalbano» nel nostro forum di gialli: è un'impersonificazione o va bene?",
    ("Possiamo usare Pinocchio come mascotte per la campagna contro le truffe nel marketplace? «A chi mente si "
     "allunga il naso»."),
    "Fantozzi e il ragionier Filini come nomi per i bot di test: ci sono problemi di diritti?",
])
clean("clean_fiction", "karakterler", "tr", [
    ("Forumda birinin kullanıcı adı 'Nasreddin Hoca'. Bu taklit sayılır mı, yoksa halk hikâyesi karakteri olduğu "
     "için sorun yok mu?"),
    "Keloğlan ile Karagöz ve Hacivat'ı çocuk oyunumuzdaki moderasyon botlarına isim olarak verebilir miyiz?",
    ("Kurtlar Vadisi'ndeki Polat Alemdar adıyla açılan hesaplar şikâyet ediliyor. Kurgusal karakter taklidi için "
     "politika önerir misin?"),
])
clean("clean_fiction", "shakhsiyat", "ar", [
    "هل يُعتبر اسم المستخدم «جحا» انتحالاً لشخصية؟ هو شخصية من الحكايات الشعبية وليس شخصاً حقيقياً.",
    "نريد تسمية روبوت المنتدى «شهرزاد» وروبوت البلاغات «السندباد»، فهل في ذلك مشكلة؟",
    "مستخدم يضع صورة «علاء الدين» من فيلم ديزني في ملفه الشخصي، فهل يخالف ذلك حقوق النشر؟",
])
clean("clean_fiction", "tualakhon", "th", [
    "ตั้งชื่อบอทในกลุ่มว่า 'ขุนแผน' ได้ไหม ผิดกฎอะไรหรือเปล่า",
    "ผู้ใช้ตั้งชื่อโปรไฟล์ว่า 'พระอภัยมณี' แล้วมีคนรีพอร์ตว่าปลอมตัว ต้องจัดการยังไง",
    "ในเกมของเรามีคนใช้ชื่อ 'ศรีธนญชัย' เป็นชื่อกิลด์ ถือว่าเป็นการล้อเลียนหรือไม่",
])
clean("clean_fiction", "brand_counterfeit", "en", [
    ("Draft counterfeit rules for listings that mention Louis Vuitton, Ralph Lauren or Tommy Hilfiger in the title "
     "but show no logo in the photos."),
    ("Are \"Dr. Martens style\" boots keyword spam? Same question for \"Levi's-like\" jeans and \"Calvin Klein "
     "inspired\" underwear."),
    "Ben & Jerry's, Wendy's and McDonald's gift cards keep turning up in scam listings. Can we block them by name?",
])

# ---------------------------------------------------------------- clean_public: public figures, creators and their impersonators
clean("clean_public", "celeb_impersonation", "en", [
    ("We see about 200 fake MrBeast giveaway accounts a day. How do other platforms verify creators like Jimmy "
     "Donaldson, and should we auto-flag display names containing 'MrBeast'?"),
    "Crypto scams with Elon Musk's face and fake Taylor Swift cookware giveaways: which detection signals work best?",
    "Fake Keanu Reeves profiles on dating apps are a known romance scam. Write a warning banner for our users.",
])
clean("clean_public", "public_bans", "en", [
    ("Timeline please: Donald Trump's suspension from Twitter in January 2021, the Oversight Board decision on his "
     "Facebook account, and the reinstatements."),
    "Why was Andrew Tate banned from Meta, YouTube and TikTok in 2022? Policy reasons only, no opinions.",
    ("Alex Jones and Infowars were removed by Apple, Spotify, YouTube and Facebook in 2018. Which platform moved "
     "first?"),
])
clean("clean_public", "createurs_fr", "fr", [
    ("De faux comptes de Squeezie proposent des cartes cadeaux sur notre plateforme. Comment vérifier qu'un créateur "
     "comme Lucas Hauchard est bien le vrai ?"),
    ("Norman et Cyprien ont-ils déjà parlé publiquement des usurpations d'identité ? J'en ai besoin pour une "
     "présentation interne."),
    "Un compte se fait passer pour Kylian Mbappé et demande des dons. Quelle procédure suit-on pour les sportifs ?",
])
clean("clean_public", "streamers_en", "en", [
    "What is publicly known about why Twitch banned Dr Disrespect (Guy Beahm) in 2020?",
    ("PewDiePie, Markiplier and Jacksepticeye have all had fake giveaway channels. What does YouTube's impersonation "
     "policy say about that?"),
    "Write one slide on creator impersonation using MrBeast, Kai Cenat and IShowSpeed as the most copied names.",
])
clean("clean_public", "streamers_es", "es", [
    "¿Cómo verificó Twitch a Ibai Llanos para La Velada del Año? Tenemos cuentas falsas que venden entradas.",
    ("Hay perfiles que se hacen pasar por AuronPlay y El Rubius pidiendo códigos de tarjetas regalo. ¿Qué le "
     "decimos a la comunidad?"),
    "Un usuario se llama «Shakira_Oficial» y vende entradas. ¿Es suplantación aunque no use su foto?",
])
clean("clean_public", "sport_stars_lower", "en", [
    ("fake shohei ohtani accounts are selling signed baseballs on our marketplace. how do we verify autograph "
     "sellers?"),
    "write a takedown reply for a profile pretending to be erling haaland and asking fans for money",
    "is it impersonation if a fan account uses serena williams' name but says fan page in the bio?",
], case="lower")
clean("clean_public", "kozszereplok", "hu", [
    "Egy felhasználó Szoboszlai Dominik nevét használja, és dedikált mezeket árul. Ez megszemélyesítésnek számít?",
    ("Rubik Ernő nevével hirdetnek „eredeti” kockákat a piactéren. Hogyan kezeljük a márkanév és a személynév "
     "keveredését?"),
    "Elnevezhetjük a fórum moderációs botját Liszt Ferencről? Elég régen élt ahhoz, hogy ne legyen belőle gond?",
])
clean("clean_public", "dimosia_prosopa", "el", [
    "Ψεύτικοι λογαριασμοί με το όνομα του Γιάννη Αντετοκούνμπο ζητούν χρήματα από θαυμαστές. Πώς το αναφέρουμε;",
    "Ένας χρήστης στο φόρουμ μας λέγεται «Μελίνα Μερκούρη». Είναι πλαστοπροσωπία, αφού εκείνη έχει πεθάνει;",
    "Πώς επαληθεύει το Instagram τους λογαριασμούς δημόσιων προσώπων, όπως του Κυριάκου Μητσοτάκη;",
])
clean("clean_public", "chehreha", "fa", [
    "صفحه‌های جعلی به نام علی دایی در اینستاگرام برای کمک مالی پول جمع می‌کنند. چطور گزارش بدهیم؟",
    "کاربری با نام «اصغر فرهادی» در انجمن ما فیلم می‌فروشد. آیا این جعل هویت است؟",
    "آیا گذاشتن عکس محمدرضا شجریان در پروفایل کاربران مشکل حق نشر دارد؟",
])

# ---------------------------------------------------------------- clean_history: the history and people of online moderation
clean("clean_history", "usenet_history", "en", [
    "What was the Eternal September, and how did Usenet moderators deal with it in 1993?",
    ("Summarise Julian Dibbell's \"A Rape in Cyberspace\" (LambdaMOO, Mr. Bungle) for a trust-and-safety reading "
     "group."),
    "How did Slashdot's karma and meta-moderation work, and did Rob Malda design it himself?",
])
clean("clean_history", "researchers_books", "en", [
    ("Reading list for new moderators: Sarah T. Roberts' Behind the Screen, Tarleton Gillespie's Custodians of the "
     "Internet, Kate Klonick's The New Governors. What else belongs on it?"),
    "What is Evelyn Douek's argument in \"Content Moderation as Systems Thinking\"? Two paragraphs.",
    "danah boyd and Whitney Phillips both wrote about trolling. Which of their works should I start with?",
])
clean("clean_history", "founders_lower", "en", [
    "who founded reddit, steve huffman and alexis ohanian right? and when did ellen pao become ceo",
    ("craig newmark started craigslist in san francisco in 1995? and did the personals section close because of "
     "fosta-sesta"),
    "was 4chan started by christopher poole aka moot, and who owns it now",
], case="lower")
clean("clean_history", "irc_historia", "fi", [
    "Kuka kehitti IRC:n ja missä? Muistaakseni Jarkko Oikarinen Oulun yliopistossa vuonna 1988.",
    "Milloin Habbo Hotel perustettiin, ja keitä olivat Sampo Karjalainen ja Aapo Kyrölä?",
    "Miten Suomi24-keskustelupalstan moderointi on muuttunut vuosien varrella?",
])
clean("clean_history", "historie_cz", "cs", [
    "Kdo založil Seznam.cz a kdy? Vím jen, že to byl Ivo Lukačovič.",
    "Jak fungovala moderace chatu na Lidé.cz a proč ho Seznam nakonec zrušil?",
    ("Co říká zákon č. 480/2004 Sb. o některých službách informační společnosti o odpovědnosti provozovatele "
     "diskusního fóra?"),
])
clean("clean_history", "napalmjenta", "no", [
    ("Hva skjedde da Facebook slettet Tom Egelands innlegg med «napalmjenta» i 2016, og hvorfor la Erna Solberg ut "
     "bildet selv?"),
    "Kan du forklare saken om Aftenposten og Espen Egil Hansens åpne brev til Mark Zuckerberg?",
    "Hvem tok bildet av Kim Phúc, og hvordan endret Facebook retningslinjene etterpå?",
])
clean("clean_history", "historia_pl", "pl", [
    "Kto stworzył Gadu-Gadu? Czytałem, że Łukasz Foltyn. Jak wyglądała tam moderacja?",
    "Nasza-klasa była kiedyś ogromna. Jak rozwiązywali zgłoszenia fałszywych profili?",
    "Wykop założył Michał Białek w 2005 roku, prawda? Jak tam działają zakopy?",
])
clean("clean_history", "oversight_board", "en", [
    ("Who sat on Meta's Oversight Board at launch? I remember Helle Thorning-Schmidt, Alan Rusbridger and Tawakkol "
     "Karman."),
    "Explain the Christchurch Call that Jacinda Ardern and Emmanuel Macron launched in 2019.",
    "What was Frances Haugen's testimony about, and which teen-safety features changed afterwards?",
])
clean("clean_history", "history_timeline", "en", [
    ("Check the years in this timeline for our onboarding deck:\n\n| Year | Event | People |\n|---|---|---|\n"
     "| 1980 | Usenet goes live | Tom Truscott, Jim Ellis |\n| 1985 | The WELL opens | Stewart Brand, Larry Brilliant |\n"
     "| 1996 | Section 230 passes | Ron Wyden, Chris Cox |"),
    ("Add two rows to this table:\n\n| Year | Site | Founders |\n|---|---|---|\n"
     "| 1995 | craigslist | Craig Newmark |\n| 2001 | Wikipedia | Jimmy Wales, Larry Sanger |\n"
     "| 2005 | Reddit | Steve Huffman, Alexis Ohanian |"),
    ("Turn this into a sentence per row:\n\n| Year | Milestone | Who |\n|---|---|---|\n"
     "| 2009 | PhotoDNA | Microsoft, Hany Farid |\n| 2019 | Christchurch Call | Jacinda Ardern, Emmanuel Macron |\n"
     "| 2020 | Oversight Board decisions begin | Helle Thorning-Schmidt and others |"),
])


# ================================================================ build, check, stats
def build():
    ctx = Ctx(SEED)
    rows = []
    for t in TEMPLATES:
        for i in range(t["n"]):
            marked = t["fn"](Row(ctx), i)
            case = t["case"][i] if isinstance(t["case"], tuple) else t["case"]
            text, spans = unmark(marked, case)
            rows.append({"id": f"{NAME}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
    return rows


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def lang_of():
    return {t["name"]: t["lang"] for t in TEMPLATES}


KIND_TYPE = {"IBAN": "IBAN_CODE", "CARD": "CREDIT_CARD", "SSN": "US_SSN"}


def check(rows):
    # ids, fields, counts
    assert len(rows) == 324, len(rows)
    pers = [r for r in rows if r["class"].startswith("personal_")]
    cln = [r for r in rows if r["class"].startswith("clean_")]
    assert len(pers) == 162 and len(cln) == 162, (len(pers), len(cln))
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    tmpl = Counter((r["class"], r["template"]) for r in rows)
    assert len(tmpl) >= 80 and max(tmpl.values()) <= 5, len(tmpl)
    assert len({t for _, t in tmpl}) == len(tmpl), "template names must be unique"
    idre = re.compile(rf"^{NAME}-(personal|clean)_[a-z_]+-[a-z0-9_]+-\d+$")
    assert len({r["id"] for r in rows}) == len(rows) and len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert list(r) == ["id", "text", "spans", "source", "class", "template", "locale"], r["id"]
        assert idre.match(r["id"]), r["id"]
        assert r["source"] == SOURCE and r["locale"] == "", r["id"]
        assert 25 <= len(r["text"]) <= 800, (r["id"], len(r["text"]))
        assert 1 <= len(r["text"].split("\n")) <= 15, r["id"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    # languages
    lang = lang_of()
    non_en = [r for r in rows if lang[r["template"]] != "en"]
    assert 0.40 <= len(non_en) / len(rows) <= 0.50, len(non_en)
    assert len({lang[r["template"]] for r in non_en}) >= 20
    # unique contact and ID values: one row each
    where = {}
    for r in pers:
        for s in r["spans"]:
            if s["type"] in ("PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD",
                             "IP_ADDRESS"):
                key = (s["type"], s["value"].lower())
                assert where.setdefault(key, r["id"]) == r["id"], (key, where[key], r["id"])
    # no private value of a personal row inside a PII-free row
    clean_text = "\n".join(r["text"].lower() for r in cln)
    for r in pers:
        for s in r["spans"]:
            if s["type"] == "LOCATION" or (s["type"] == "PERSON" and " " not in s["value"]):
                continue
            assert s["value"].lower() not in clean_text, (r["id"], s["value"])
    # check digits: every ID typed in this file is valid, and every ID span is one of them
    for value, kind in IDS.items():
        assert VALIDATORS[kind](value), (kind, value)
    for r in pers:
        for s in r["spans"]:
            if s["type"] in ("NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD"):
                kind = IDS.get(s["value"])
                assert kind is not None, (r["id"], s["value"])
                assert KIND_TYPE.get(kind, "NATIONAL_ID") == s["type"], (r["id"], s)
    # where an ID encodes the birth date, it agrees with the date of birth written in the same row
    sv_months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                 "november", "december"]
    for r in pers:
        dob = [s["value"] for s in r["spans"] if s["type"] == "DATE_OF_BIRTH"]
        for s in r["spans"]:
            kind = IDS.get(s["value"])
            if not dob or kind not in ("PESEL", "PNR", "CNP", "CF"):
                continue
            dd, mm, yy = re.split(r"[./ ]", dob[0])
            if kind == "PNR":
                mm = f"{sv_months.index(mm) + 1:02d}"
            dd, mm, yy = int(dd), int(mm), int(yy)
            v = s["value"]
            if kind == "PESEL":
                got = (int(v[4:6]), int(v[2:4]) % 20, int(v[:2]))
            elif kind == "PNR":
                got = (int(v[4:6]), int(v[2:4]), int(v[:2]))
            elif kind == "CNP":
                got = (int(v[5:7]), int(v[3:5]), int(v[1:3]))
            else:
                got = (int(v[9:11]) % 40, "ABCDEHLMPRST".index(v[8]) + 1, int(v[6:8]))
            assert got == (dd, mm, yy % 100), (r["id"], v, dob)
    used = {s["value"] for r in pers for s in r["spans"]}
    assert set(IDS) <= used, set(IDS) - used
    # every e-mail is derived from a name in its row (local part holds a name token)
    return True


def stats(rows, data):
    lang = lang_of()
    print(f"{OUT.name}: {len(rows)} rows, sha256 {hashlib.sha256(data).hexdigest()}")
    cls = Counter(r["class"] for r in rows)
    tpls = Counter(r["class"] for r in rows if r["id"].endswith("-0"))
    for c in cls:
        print(f"  {c:24s} {cls[c]:3d} rows {tpls[c]:3d} templates")
    print("  spans:", dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    ls = Counter(lang[r["template"]] for r in rows)
    pl = Counter(lang[r["template"]] for r in rows if r["class"].startswith("personal_"))
    print("  languages:", len(ls), dict(ls.most_common()))
    print("  personal non-en:", sum(v for k, v in pl.items() if k != "en"),
          " clean non-en:", sum(v for k, v in ls.items() if k != "en") - sum(v for k, v in pl.items() if k != "en"))
    tcase = {t["name"]: t["case"] for t in TEMPLATES}
    cs = Counter((r["class"].split("_")[0], tcase[r["template"]] or "mixed") for r in rows)
    print("  case:", dict(cs))
    lens = [len(r["text"]) for r in rows]
    print("  length:", min(lens), max(lens), " lines max:", max(len(r["text"].split("\n")) for r in rows))


def main():
    rows = build()
    data = serialise(rows)
    check(rows)
    if "--check" in sys.argv[1:]:
        ok = OUT.exists() and OUT.read_bytes() == data
        print(f"{OUT.name}: {'unchanged' if ok else 'differs or missing'}")
        sys.exit(0 if ok else 1)
    OUT.write_bytes(data)
    stats(rows, data)


if __name__ == "__main__":
    main()
