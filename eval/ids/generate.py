#!/usr/bin/env python3
"""Deterministic generator of the rows of the `ids` corpus (`build.py` splits and labels them).

160 rows with at least one private person's ID number, 140 PII-free rows.
Each row: {"id","loc","text","values","ids"}; every value is an exact substring of text.
Run through `build.py` (this module re-execs the process with PYTHONHASHSEED=0 when imported).

Faker is used for names, streets, cities, phones and for the date-free ID providers
(OIB, BSN, AHV, SIN, SSN/ITIN, NIF/NIE, PESEL(with fixed DOB), NIP, dowód, TC Kimlik,
teudat zehut, ROC ID, Thai ID, CPF/RG, NUIP, DNI, RUT, INN/SNILS, SSS/PhilHealth/UMID,
HU/NO/UA/AT with fixed DOB).  Providers that draw a birth date relative to *today* (et_EE, lv_LV,
fi_FI, sv_SE, cs_CZ, zh_CN, ro_RO, fr_FR ...) and en_IN Aadhaar (bad Verhoeff digit) are re-implemented here with a seeded DOB so that
the output does not change from day to day.
"""
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import datetime as dt
import json
import random
import re
import unicodedata

from faker import Faker

SEED = 44044

_FAKERS = {}


def FK(loc):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


# --------------------------------------------------------------------------- row helpers
MARK = re.compile(r"«([A-Za-z_][A-Za-z0-9_]*)»")


def T(loc, tmpl, **kw):
    """Fill «key» markers. Keys starting with 'ID' are ID numbers, keys starting with '_' are
    not personal data, every other key is personal data."""
    values, ids = [], []

    def sub(m):
        k = m.group(1)
        v = str(kw[k])
        if not k.startswith("_"):
            if v not in values:
                values.append(v)
            if k.startswith("ID") and v not in ids:
                ids.append(v)
        return v

    text = MARK.sub(sub, tmpl)
    return {"loc": loc, "text": text, "values": values, "ids": ids}


def J(loc, text, values, ids):
    vals = []
    for v in list(values) + list(ids):
        if v not in vals:
            vals.append(v)
    return {"loc": loc, "text": text, "values": vals, "ids": list(dict.fromkeys(ids))}


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("þ", "th")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def mail(r, first, last, domains):
    a = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    b = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    style = r.randrange(5)
    if not a or not b:
        user = "user" + str(r.randint(100, 9999))
    elif style == 0:
        user = f"{a}.{b}"
    elif style == 1:
        user = f"{a}{b}{r.randint(1, 99)}"
    elif style == 2:
        user = f"{a[0]}{b}"
    elif style == 3:
        user = f"{a}_{b}{r.randint(70, 99)}"
    else:
        user = f"{b}.{a}"
    return f"{user}@{r.choice(domains)}"


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def D(d, style):
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "us":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if style == "ymd.":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "d.m.y":
        return f"{d.day}.{d.month}.{d.year}"
    raise ValueError(style)


class Person:
    pass


def person(loc, r, sex=None, y0=1952, y1=2003, fk=None):
    f = fk or FK(loc)
    p = Person()
    p.sex = sex or r.choice("MF")
    try:
        p.first = f.first_name_male() if p.sex == "M" else f.first_name_female()
    except AttributeError:
        p.first = f.first_name()
    try:
        p.last = f.last_name_male() if p.sex == "M" else f.last_name_female()
    except AttributeError:
        p.last = f.last_name()
    if loc == "lt_LT":  # Faker's lt_LT first names are not split by sex
        p.first = r.choice(LT_F if p.sex == "F" else LT_M)
        p.last = p.last.replace("Vsiliauskas", "Vasiliauskas")
        if p.sex == "F":
            p.last = lt_female(p.last, r)
    p.full = f"{p.first} {p.last}"
    p.dob = dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    return p


LT_M = ["Jonas", "Tomas", "Mantas", "Lukas", "Darius", "Andrius", "Paulius", "Mindaugas", "Vytautas", "Žygimantas"]
LT_F = ["Rūta", "Gintarė", "Jurgita", "Ieva", "Eglė", "Aistė", "Greta", "Laura", "Inga", "Viltė"]


def lt_female(ln, r):
    married = r.random() < 0.6
    for end, m, u in (("ius", "ienė", "iūtė"), ("as", "ienė", "aitė"), ("is", "ienė", "ytė"),
                      ("ys", "ienė", "ytė"), ("us", "ienė", "utė")):
        if ln.endswith(end):
            return ln[: -len(end)] + (m if married else u)
    return ln


def named(first, last, sex, r, y0=1955, y1=2003):
    p = Person()
    p.first, p.last, p.sex = first, last, sex
    p.full = f"{first} {last}"
    p.dob = dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    return p


HAND_ADDR = {
    "et_EE": (["Pärnu mnt", "Narva mnt", "Tartu mnt", "Mustamäe tee", "Sõpruse pst", "Kalevi", "Riia", "Vabaduse pst"],
              [("Tallinn", 10111, 13999), ("Tartu", 50101, 51999), ("Pärnu", 80010, 80099)], "{s} {n}-{a}, {p} {c}"),
    "lt_LT": (["Gedimino pr.", "Savanorių pr.", "Laisvės al.", "Žirmūnų g.", "Taikos pr.", "Kalvarijų g."],
              [("Vilnius", 1100, 9999), ("Kaunas", 44000, 52999), ("Klaipėda", 91000, 95999)], "{s} {n}-{a}, LT-{p:05d} {c}"),
    "lv_LV": (["Brīvības iela", "Krišjāņa Barona iela", "Dzirnavu iela", "Ganību dambis", "Lāčplēša iela"],
              [("Rīga", 1001, 1099), ("Jelgava", 3001, 3099), ("Daugavpils", 5401, 5499)], "{s} {n}-{a}, {c}, LV-{p}"),
    "fr_BE": (["Avenue Louise", "Chaussée de Wavre", "Rue du Midi", "Boulevard Anspach", "Rue de Namur"],
              [("Bruxelles", 1000, 1000), ("Ixelles", 1050, 1050), ("Liège", 4000, 4000)], "{s} {n}, {p} {c}"),
}


def addr(loc):
    f = FK(loc)
    if loc in HAND_ADDR:
        streets, cities, fmt = HAND_ADDR[loc]
        c, lo, hi = f.random_element(cities)
        return fmt.format(s=f.random_element(streets), n=f.random_int(1, 160), a=f.random_int(1, 60),
                          p=f.random_int(lo, hi), c=c)
    return f.address().replace("\n", ", ")


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


# --------------------------------------------------------------------------- ID generators
def ee_lt_code(d, sex, r):
    """Estonian isikukood / Lithuanian asmens kodas (same structure and check digit)."""
    g = (3 if d.year < 2000 else 5) + (0 if sex == "M" else 1)
    while True:
        base = f"{g}{d:%y%m%d}{digits(r, 3)}"
        w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        s = sum(int(c) * w for c, w in zip(base, w1)) % 11
        if s == 10:
            s = sum(int(c) * w for c, w in zip(base, w2)) % 11
            if s == 10:
                s = 0
        return base + str(s)


def lv_code(d, r):
    while True:
        c = {18: "0", 19: "1", 20: "2"}[d.year // 100]
        base = f"{d:%d%m%y}{c}{digits(r, 3)}"
        w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        chk = (1101 - sum(int(a) * b for a, b in zip(base, w))) % 11
        if chk < 10:
            return f"{base[:6]}-{base[6:]}{chk}"


def jmbg(d, sex, region, r):
    while True:
        bbb = r.randint(0, 499) if sex == "M" else r.randint(500, 999)
        base = f"{d:%d%m}{d.year % 1000:03d}{region:02d}{bbb:03d}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        m = 11 - sum(int(a) * b for a, b in zip(base, w)) % 11
        if m == 10:
            continue
        return base + str(0 if m == 11 else m)


def si_tax(r):
    while True:
        base = str(r.randint(1, 9)) + digits(r, 6)
        s = sum(int(a) * b for a, b in zip(base, [8, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 11:
            continue
        return base + str(0 if c == 10 else c)


def egn(d, sex, r):
    mm = d.month + (40 if d.year >= 2000 else 0)
    while True:
        reg = r.randint(0, 99) * 10 + (r.choice([0, 2, 4, 6, 8]) if sex == "M" else r.choice([1, 3, 5, 7, 9]))
        base = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{reg:03d}"
        s = sum(int(a) * b for a, b in zip(base, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
        return base + str(0 if s == 10 else s)


def cnp(d, sex, r):
    s1 = (1 if sex == "M" else 2) if d.year < 2000 else (5 if sex == "M" else 6)
    county = r.choice(["40", "12", "22", "32", "35", "04", "26", "02", "09", "16"])
    base = f"{s1}{d:%y%m%d}{county}{r.randint(1, 999):03d}"
    s = sum(int(a) * int(b) for a, b in zip(base, "279146358279")) % 11
    return base + ("1" if s == 10 else str(s))


def rodne_cislo(d, sex, r, slash=True):
    mm = d.month + (50 if sex == "F" else 0)
    head = f"{d.year % 100:02d}{mm:02d}{d.day:02d}"
    while True:
        tail = r.randint(0, 999)
        num = int(head + f"{tail:03d}")
        c = num % 11
        if c == 10:
            continue
        t = f"{tail:03d}{c}"
        return f"{head}/{t}" if slash else head + t


def taj(r):
    base = str(r.randint(1, 9)) + digits(r, 7)
    s = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(base)) % 10
    return base + str(s)


def hu_szemelyi(d, sex, r):
    g = (1 if sex == "M" else 2) + (2 if d.year >= 2000 else 0)
    while True:
        base = f"{g}{d:%y%m%d}{digits(r, 3)}"
        if d < dt.date(1997, 1, 1):
            c = sum(int(a) * (i + 1) for i, a in enumerate(base)) % 11
        else:
            c = sum(int(a) * (10 - i) for i, a in enumerate(base)) % 11
        if c < 10:
            return base + str(c)


def hu_adoaz(d, r):
    days = (d - dt.date(1867, 1, 1)).days
    while True:
        base = f"8{days:05d}{digits(r, 3)}"
        s = sum((i + 1) * int(c) for i, c in enumerate(base)) % 11
        if s < 10:
            return base + str(s)


def amka(d, r):
    base = f"{d:%d%m%y}" + digits(r, 4)
    return base + luhn_digit(base)


def gr_afm(r):
    base = r.choice("01") + digits(r, 7)
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(base)) % 11 % 10
    return base + str(s)


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _first_inner(s, vowels):
    for ch in s[1:]:
        if (ch in "AEIOU") == vowels:
            return ch
    return "X"


def curp_rfc(first, pat, mat, d, sex, state, r):
    P, M, N = (ascii_fold(x).upper().replace(" ", "") for x in (pat, mat, first))
    four = P[0] + _first_inner(P, True) + M[0] + N[0]
    if four in ("BUEI", "CACA", "CAGA", "CAKA", "COGE", "FETO", "JOTO", "KACA", "LOCO", "MAME", "MEAR",
                "MION", "MOCO", "PEDO", "PUTA", "PUTO", "RUIN"):
        four = four[0] + "X" + four[2:]
    ymd = f"{d:%y%m%d}"
    cons = _first_inner(P, False) + _first_inner(M, False) + _first_inner(N, False)
    diff = "0" if d.year < 2000 else "A"
    base = four + ymd + ("H" if sex == "M" else "M") + state + cons + diff
    s = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(base))
    curp = base + str((10 - s % 10) % 10)
    homo = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2)) + r.choice("0123456789A")
    rfc = four + ymd + homo
    return curp, rfc


def ar_cuil(dni, sex):
    pre = "20" if sex == "M" else "27"
    base = pre + dni
    s = sum(int(a) * b for a, b in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    c = 11 - s % 11
    if c == 10:
        pre = "23"
        c = 9 if sex == "M" else 4
    elif c == 11:
        c = 0
    return f"{pre}-{dni}-{c}"


def uy_ci(r):
    base = str(r.randint(1, 6)) + digits(r, 6)
    s = sum(int(a) * b for a, b in zip(base, [2, 9, 8, 7, 6, 3, 4]))
    c = (10 - s % 10) % 10
    return f"{base[0]}.{base[1:4]}.{base[4:]}-{c}"


def ec_cedula(r):
    prov = f"{r.randint(1, 24):02d}"
    base = prov + str(r.randint(0, 5)) + digits(r, 6)
    s = 0
    for i, c in enumerate(base):
        v = int(c) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return base + str((10 - s % 10) % 10)


def in_pan(last, r):
    return ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "P" +
            ascii_fold(last)[0].upper() + digits(r, 4) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))


def nik(d, sex, r):
    area = r.choice(["317405", "317101", "327301", "351501", "357801", "337403", "510304", "640212", "127105"])
    day = d.day + (40 if sex == "F" else 0)
    return f"{area}{day:02d}{d:%m%y}{r.randint(1, 30):04d}"


def cn_id(d, sex, r):
    old = ["110105", "110108", "310104", "310110", "120101"]
    area = r.choice(old if d.year < 1988 else old + ["440305", "330106", "440106", "420102", "320102", "610113"])
    seq = r.randint(10, 99) * 10 + (r.choice([1, 3, 5, 7, 9]) if sex == "M" else r.choice([0, 2, 4, 6, 8]))
    base = f"{area}{d:%Y%m%d}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]


def kr_rrn(d, sex, r):
    g = (1 if sex == "M" else 2) + (2 if d.year >= 2000 else 0)
    base = f"{d:%y%m%d}{g}{r.randint(0, 95):02d}" + digits(r, 3)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
    return f"{base[:6]}-{base[6:]}{c}"


def my_number(r):
    base = str(r.randint(1, 9)) + digits(r, 10)
    s = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        s += int(base[11 - n]) * q
    rem = s % 11
    c = 0 if rem <= 1 else 11 - rem
    return base + str(c)


def hkid(r):
    letter = r.choice("ACDEGHKMPRVYZ")
    ds = digits(r, 6)
    s = 9 * 36 + 8 * (ord(letter) - 55) + sum(int(c) * w for c, w in zip(ds, [7, 6, 5, 4, 3, 2]))
    c = 11 - s % 11
    cd = "A" if c == 10 else ("0" if c == 11 else str(c))
    return f"{letter}{ds}({cd})"


def be_rrn(d, sex, r):
    ser = r.randrange(1, 997)
    if (ser % 2 == 1) != (sex == "M"):
        ser += 1
    base = f"{d:%y%m%d}{ser:03d}"
    n = int(("2" if d.year >= 2000 else "") + base)
    c = 97 - n % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{c:02d}"


def de_steuer_id(r):
    while True:
        ds = list(range(10))
        r.shuffle(ds)
        ds.pop()  # one digit left out and another doubled, as the Steuer-ID is made
        dup = r.choice(ds)
        ds.insert(r.randrange(len(ds) + 1), dup)
        ds = ds[:10]
        if ds[0] == 0 or any(ds[i] == ds[i + 1] for i in range(9)):
            continue
        prod = 10
        for dd in ds:
            s = (dd + prod) % 10
            s = 10 if s == 0 else s
            prod = (s * 2) % 11
        c = 11 - prod
        c = 0 if c == 10 else c
        return "".join(map(str, ds)) + str(c)


def de_svnr(d, last, sex, r):
    area = r.choice(["12", "13", "15", "18", "24", "28", "38", "42", "53", "65"])
    ser = r.randint(0, 49) if sex == "M" else r.randint(50, 99)
    letter = ascii_fold(last)[0].upper()
    num = area + f"{d:%d%m%y}" + f"{ord(letter) - 64:02d}" + f"{ser:02d}"
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = 0
    for a, b in zip(num, w):
        p = int(a) * b
        s += p // 10 + p % 10
    return f"{area} {d:%d%m%y} {letter} {ser:02d}{s % 10}"


def de_ausweis(r):
    cs = "CFGHJKLMNPRTVWXYZ0123456789"
    return r.choice("LMNPRTVWXY") + "".join(r.choice(cs) for _ in range(8))


def de_kvnr(last, r):
    letter = ascii_fold(last)[0].upper()
    ds = digits(r, 8)
    num = f"{ord(letter) - 64:02d}" + ds
    s = 0
    for i, c in enumerate(num):
        p = int(c) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return letter + ds + str(s % 10)


def fr_nir(d, sex, r, spaced=True):
    dep = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "2A"])
    com = f"{r.randint(1, 400):03d}"
    order = f"{r.randint(1, 999):03d}"
    s = "1" if sex == "M" else "2"
    base = f"{s}{d:%y}{d:%m}{dep}{com}{order}"
    n = int(base.replace("2A", "19"))
    key = 97 - n % 97
    if spaced:
        return f"{s} {d:%y} {d:%m} {dep} {com} {order} {key:02d}"
    return f"{base}{key:02d}"


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                   11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_part(s, is_first):
    s = re.sub(r"[^A-Z]", "", ascii_fold(s).upper())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def it_cf(first, last, d, sex, r):
    belf = r.choice(["H501", "F205", "F839", "L219", "A944", "D612", "G273", "L736", "A662"])
    day = d.day + (40 if sex == "F" else 0)
    base = _cf_part(last, False) + _cf_part(first, True) + f"{d:%y}" + "ABCDEHLMPRST"[d.month - 1] + f"{day:02d}" + belf
    s = 0
    for i, c in enumerate(base):
        if i % 2 == 0:
            s += CF_ODD[c]
        else:
            s += int(c) if c.isdigit() else ord(c) - 65
    return base + chr(65 + s % 26)


def es_nss(r):
    prov = r.choice(["28", "08", "46", "41", "29", "48", "15", "50"])
    num = digits(r, 8)
    c = int(prov + num) % 97
    return f"{prov}/{num}/{c:02d}"


def pt_nif(r):
    while True:
        base = r.choice("123") + digits(r, 7)
        s = sum(int(a) * (9 - i) for i, a in enumerate(base)) % 11
        return base + str(0 if s < 2 else 11 - s)


def se_pnr(d, sex, r):
    n3 = r.randint(0, 99) * 10 + (r.choice([1, 3, 5, 7, 9]) if sex == "M" else r.choice([0, 2, 4, 6, 8]))
    base = f"{d:%y%m%d}{n3:03d}"
    return f"{base[:6]}-{base[6:]}{luhn_digit(base)}"


def dk_cpr(d, sex, r):
    c7 = str(r.randint(0, 3)) if d.year < 2000 else "4"
    last = r.choice("13579") if sex == "M" else r.choice("02468")
    return f"{d:%d%m%y}-{c7}{digits(r, 2)}{last}"


def fi_hetu(d, sex, r):
    sep = "-" if d.year < 2000 else "A"
    n = r.randint(2, 899)
    if (n % 2 == 1) != (sex == "M"):
        n += 1
    v = int(f"{d:%d%m%y}{n:03d}")
    return f"{d:%d%m%y}{sep}{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[v % 31]


def kennitala(d, r, dash=True):
    while True:
        base = f"{d:%d%m%y}{r.randint(20, 99)}"
        s = sum(int(a) * b for a, b in zip(base, [3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        cen = "9" if d.year < 2000 else "0"
        k = f"{base}{c}{cen}"
        return f"{k[:6]}-{k[6:]}" if dash else k


def ppsn(r, suffix=""):
    ds = digits(r, 7)
    s = sum(int(a) * b for a, b in zip(ds, [8, 7, 6, 5, 4, 3, 2]))
    if suffix:
        s += 9 * (ord(suffix) - 64)
    m = s % 23
    return ds + ("W" if m == 0 else chr(64 + m)) + suffix


def nz_ird(r):
    while True:
        base = f"{r.randint(10_000_000, 14_999_999):08d}"
        for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            rem = sum(int(a) * b for a, b in zip(base, w)) % 11
            c = 0 if rem == 0 else 11 - rem
            if c != 10:
                break
        if c == 10:
            continue
        n = base + str(c)
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"


def nz_nhi(r):
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        letters = "".join(r.choice(alpha) for _ in range(3))
        ds = digits(r, 3)
        vals = [alpha.index(c) + 1 for c in letters] + [int(c) for c in ds]
        s = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2])) % 11
        if s == 0:
            continue
        c = 11 - s
        return letters + ds + str(0 if c == 10 else c)


def au_tfn(r):
    while True:
        base = str(r.randint(1, 9)) + digits(r, 7)
        w = [1, 4, 3, 7, 5, 8, 6, 9]
        s = sum(int(a) * b for a, b in zip(base, w))
        for c in range(10):
            if (s + 10 * c) % 11 == 0:
                n = base + str(c)
                return f"{n[:3]} {n[3:6]} {n[6:]}"


def au_medicare(r):
    base = str(r.randint(2, 6)) + digits(r, 7)
    c = sum(int(a) * b for a, b in zip(base, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    n = base + str(c) + str(r.randint(1, 5))
    return f"{n[:4]} {n[4:9]} {n[9]}"


def gb_nino(r, spaced=True):
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a = r.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in bad1])
        b = r.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in bad2])
        if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        ds = digits(r, 6)
        suf = r.choice("ABCD")
        if spaced:
            return f"{a}{b} {ds[:2]} {ds[2:4]} {ds[4:]} {suf}"
        return f"{a}{b}{ds}{suf}"


def gb_nhs(r):
    while True:
        base = str(r.randint(4, 9)) + digits(r, 8)
        s = sum(int(a) * (10 - i) for i, a in enumerate(base))
        c = 11 - s % 11
        if c == 10:
            continue
        n = base + str(0 if c == 11 else c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def kz_iin(d, sex, r):
    g = (3 if d.year < 2000 else 5) + (0 if sex == "M" else 1)
    while True:
        base = f"{d:%y%m%d}{g}" + digits(r, 4)
        c = sum(int(a) * b for a, b in zip(base, range(1, 12))) % 11
        if c == 10:
            c = sum(int(a) * b for a, b in zip(base, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if c == 10:
                continue
        return base + str(c)


def za_id(d, sex, r):
    ssss = r.randint(0, 4999) if sex == "F" else r.randint(5000, 9999)
    base = f"{d:%y%m%d}{ssss:04d}08"
    return base + luhn_digit(base)


def sg_nric(d, r):
    pre = "S" if d.year < 2000 else "T"
    ds = f"{d:%y}" + digits(r, 5)
    s = sum(int(a) * b for a, b in zip(ds, [2, 7, 6, 5, 4, 3, 2])) + (4 if pre == "T" else 0)
    return pre + ds + "JZIHGFEDCBA"[s % 11]


def my_kad(d, sex, r):
    st = r.choice(["14", "10", "01", "07", "08", "12", "13", "06"])
    last = r.choice("13579") if sex == "M" else r.choice("02468")
    return f"{d:%y%m%d}-{st}-{digits(r, 3)}{last}"


def pk_cnic(sex, r):
    last = r.choice("13579") if sex == "M" else r.choice("02468")
    return f"{r.choice(['35202', '42101', '61101', '37405', '17301'])}-{digits(r, 7)}-{last}"


def eg_nid(d, sex, r):
    c = "2" if d.year < 2000 else "3"
    gov = r.choice(["01", "02", "21", "12", "13", "88"])
    g = r.choice("13579") if sex == "M" else r.choice("02468")
    return f"{c}{d:%y%m%d}{gov}{digits(r, 3)}{g}{r.randrange(10)}"


def sa_id(r, first="1"):
    base = first + digits(r, 8)
    return base + luhn_digit(base)


def ae_eid(d, r):
    base = f"784{d.year}{digits(r, 7)}"
    c = luhn_digit(base)
    return f"784-{d.year}-{base[7:]}-{c}"


def ir_melli(r):
    base = digits(r, 9)
    s = sum(int(a) * (10 - i) for i, a in enumerate(base)) % 11
    c = s if s < 2 else 11 - s
    return base + str(c)


def vn_cccd(d, sex, r):
    prov = r.choice(["001", "079", "031", "048", "092", "036"])
    g = (0 if d.year < 2000 else 2) + (0 if sex == "M" else 1)
    return f"{prov}{g}{d:%y}{digits(r, 6)}"


def ng_nin(r):
    return str(r.randint(1, 9)) + digits(r, 10)


# --------------------------------------------------------------------------- ID rows
ID_MAKERS = []


def ID(country, loc):
    def deco(fn):
        ID_MAKERS.append((country, loc, fn))
        return fn
    return deco


SR_CYR = [("Марко", "Петровић", "M"), ("Јелена", "Јовановић", "F"), ("Никола", "Николић", "M"),
          ("Милица", "Ђорђевић", "F"), ("Стефан", "Илић", "M"), ("Ана", "Стојановић", "F")]
SR_LAT = [("Marko", "Petrović", "M"), ("Jelena", "Marković", "F"), ("Nemanja", "Pavlović", "M"),
          ("Milica", "Stanković", "F"), ("Dragana", "Živković", "F")]
BA_LAT = [("Amir", "Hodžić", "M"), ("Lejla", "Begović", "F"), ("Emina", "Kovačević", "F"), ("Haris", "Delić", "M")]
ME_LAT = [("Vuk", "Radulović", "M"), ("Ivana", "Vujović", "F"), ("Luka", "Bulatović", "M")]
KZ_CYR = [("Айгерим", "Нурланова", "F"), ("Ерлан", "Жумабеков", "M"), ("Дана", "Омарова", "F"),
          ("Асхат", "Бекмуханов", "M")]
SG_NAMES = [("Tan Wei Ling", "F"), ("Muhammad Hafiz bin Rahman", "M"), ("Priya d/o Ramasamy", "F"),
            ("Lim Jun Jie", "M"), ("Goh Hui Min", "F")]
HK_NAMES = [("WONG, Ka Yan", "Wong Ka Yan", "F"), ("LEUNG, Chi Ho", "Leung Chi Ho", "M"),
            ("CHEUNG, Hoi Lam", "Cheung Hoi Lam", "F"), ("LAU, Wing Kit", "Lau Wing Kit", "M")]
MY_NAMES = [("Nurul Aisyah binti Hassan", "F"), ("Lee Chong Meng", "M"), ("Siti Aminah binti Abdullah", "F"),
            ("Kumar a/l Subramaniam", "M"), ("Tan Mei Fong", "F")]
EG_NAMES = [("Mohamed Ahmed Abdelrahman", "محمد أحمد عبد الرحمن", "M"),
            ("Mariam Hassan Fathy", "مريم حسن فتحي", "F"),
            ("Youssef Khaled Mansour", "يوسف خالد منصور", "M"),
            ("Nour Adel El-Sayed", "نور عادل السيد", "F")]
SA_NAMES = [("Abdullah Saad Al-Qahtani", "M"), ("Reem Fahad Al-Harbi", "F"), ("Faisal Nasser Al-Otaibi", "M"),
            ("Lama Khalid Al-Dossary", "F")]
AE_NAMES = [("Fatima Ali Al Mansoori", "F"), ("Omar Rashid Al Hammadi", "M"), ("Rajesh Kumar Nair", "M"),
            ("Maria Cristina Santos", "F")]
VN_NAMES = [("Nguyễn Thị Thu Hà", "F"), ("Trần Văn Minh", "M"), ("Lê Hoàng Nam", "M"), ("Phạm Ngọc Anh", "F"),
            ("Võ Thị Mai", "F")]
IR_NAMES = [("Reza Mohammadi", "رضا محمدی", "M"), ("Sara Hosseini", "سارا حسینی", "F"),
            ("Ali Rezaei", "علی رضایی", "M"), ("Maryam Karimi", "مریم کریمی", "F")]
SA_ADDR = ["Al Olaya Dist., King Fahd Rd, Riyadh 12214", "Al Rawdah, Prince Sultan St, Jeddah 23435",
           "Al Faisaliyah, Dammam 32272"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---- Estonia
@ID("EE", "et_EE")
def _(r):
    p = person("et_EE", r)
    return T("et_EE", "Tere!\n\nPalun lisage uus töötaja palgasüsteemi:\nNimi: «name»\nIsikukood: «ID»\n"
             "Aadress: «addr»\nTelefon: «phone»\nTööle asumise kuupäev: «_start»\n\nKas saaksid selle teksti "
             "vormistada ametlikuks e-kirjaks raamatupidajale?",
             name=p.full, ID=ee_lt_code(p.dob, p.sex, r), addr=addr("et_EE"), phone=f"+372 5{digits(r, 3)} {digits(r, 4)}",
             _start=f"0{r.randint(1, 9)}.0{r.randint(1, 9)}.2025")


@ID("EE", "et_EE")
def _(r):
    p = person("et_EE", r)
    doc = r.choice("ABK") + r.choice("ABCDEF") + "0" + digits(r, 6)
    return T("et_EE", "KYC check for a new e-Residency client. Given name: «first»; surname: «last»; Estonian "
             "personal identification code (isikukood) «ID»; ID card no. «ID2»; date of birth «dob». Does the "
             "birth date match the code? Answer yes/no and explain.",
             first=p.first, last=p.last, ID=ee_lt_code(p.dob, p.sex, r), ID2=doc, dob=D(p.dob, "dmy."))


@ID("EE", "et_EE")
def _(r):
    p = person("et_EE", r)
    code = ee_lt_code(p.dob, p.sex, r)
    return T("et_EE", '{"töötaja": {"nimi": "«name»", "isikukood": "«ID»", "sünniaeg": "«dob»", '
             '"osakond": "«_dep»"}}\n\nconvert this to a flat CSV row with an English header',
             name=p.full, ID=code, dob=D(p.dob, "iso"), _dep=r.choice(["IT", "Logistika", "Müük"]))


# ---- Lithuania
@ID("LT", "lt_LT")
def _(r):
    p = person("lt_LT", r)
    return T("lt_LT", "Sveiki, prašau patikrinti, ar teisingai užpildyta sutartis: «name», asmens kodas «ID», "
             "gim. «dob», gyv. «addr». Ar kontrolinis skaitmuo teisingas?",
             name=p.full, ID=ee_lt_code(p.dob, p.sex, r), dob=D(p.dob, "iso"), addr=addr("lt_LT"))


@ID("LT", "lt_LT")
def _(r):
    a, b = person("lt_LT", r), person("lt_LT", r)
    return T("lt_LT", "vardas;pavarde;asmens_kodas;telefonas\n«f1»;«l1»;«ID1»;«ph1»\n«f2»;«l2»;«ID2»;«ph2»\n\n"
             "Sutvarkyk šį CSV: pakeisk skirtuką į kablelį ir pridėk stulpelį 'lytis' pagal asmens kodo pirmą skaitmenį.",
             f1=a.first, l1=a.last, ID1=ee_lt_code(a.dob, a.sex, r), ph1=f"+370 6{digits(r, 2)} {digits(r, 5)}",
             f2=b.first, l2=b.last, ID2=ee_lt_code(b.dob, b.sex, r), ph2=f"8 6{digits(r, 2)} {digits(r, 5)}")


@ID("LT", "lt_LT")
def _(r):
    p = person("lt_LT", r, sex="F")
    return T("lt_LT", "Please translate into English for the Schengen visa file: \"Pareiškėja «name», Lietuvos "
             "Respublikos pilietė, asmens kodas «ID», asmens tapatybės kortelės Nr. «ID2», gyvenanti «addr».\"",
             name=p.full, ID=ee_lt_code(p.dob, "F", r), ID2=digits(r, 8), addr=addr("lt_LT"))


# ---- Latvia
@ID("LV", "lv_LV")
def _(r):
    p = person("lv_LV", r)
    return T("lv_LV", "Labdien! Lūdzu, uzraksti īsu iesniegumu VID par algas nodokļa grāmatiņu. Dati: «name», "
             "personas kods «ID», dzīvesvieta «addr», tālr. «phone».",
             name=p.full, ID=lv_code(p.dob, r), addr=addr("lv_LV"), phone=f"+371 2{digits(r, 7)}")


@ID("LV", "lv_LV")
def _(r):
    p = person("lv_LV", r)
    return T("lv_LV", "payroll:\n  employee:\n    name: «name»\n    personal_code: «ID»\n    birth_date: «dob»\n"
             "    iban_country: LV\n    tax_book: electronic\n\nWhy does our validator reject this YAML? It says "
             "'personal_code must match ^\\d{11}$'.",
             name=p.full, ID=lv_code(p.dob, r), dob=D(p.dob, "iso"))


# ---- Croatia
@ID("HR", "hr_HR")
def _(r):
    p = person("hr_HR", r)
    return T("hr_HR", "Napiši mi predložak računa za privatnu osobu.\n\nKupac: «name»\nOIB: «ID»\nAdresa: «addr»\n"
             "Broj računa: «_inv»\nIznos: «_amt» EUR",
             name=p.full, ID=FK("hr_HR").ssn(), addr=addr("hr_HR"), _inv=f"{r.randint(10, 999)}-1-1",
             _amt=f"{r.randint(40, 900)},{r.randint(10, 99)}")


@ID("HR", "hr_HR")
def _(r):
    p = person("hr_HR", r, sex="F")
    return T("hr_HR", "quick q - our new hire in Zagreb, «name», sent her OIB as «ID» but the HR tool says "
             "'invalid OIB'. is the ISO 7064 check ok on that one?",
             name=p.full, ID=FK("hr_HR").ssn())


@ID("HR", "hr_HR")
def _(r):
    p = person("hr_HR", r, sex="M")
    return T("hr_HR", "INSERT INTO zaposlenici (ime, prezime, oib, datum_rodjenja, email) VALUES ('«first»', "
             "'«last»', '«ID»', '«dob»', '«email»');\n-- zašto mi ovo baca ERROR: value too long for type character(10)?",
             first=p.first, last=p.last, ID=FK("hr_HR").ssn(), dob=D(p.dob, "iso"),
             email=mail(r, p.first, p.last, ["gmail.com", "net.hr", "t-com.hr"]))


# ---- Slovenia
@ID("SI", "sl_SI")
def _(r):
    p = person("sl_SI", r)
    return T("sl_SI", "Prosim, preveri podatke za zavarovalno polico:\nIme in priimek: «name»\nEMŠO: «ID»\n"
             "Davčna številka: «ID2»\nNaslov: «addr»\nDatum rojstva: «dob»",
             name=p.full, ID=jmbg(p.dob, p.sex, 50, r), ID2=si_tax(r), addr=addr("sl_SI"), dob=D(p.dob, "d.m.y"))


@ID("SI", "sl_SI")
def _(r):
    p = person("sl_SI", r, sex="M")
    return T("sl_SI", "Translate to English, keep the numbers: \"Podpisani «name», EMSO «ID», izjavljam, da sem "
             "seznanjen s pogoji zaposlitve.\"", name=p.full, ID=jmbg(p.dob, "M", 50, r))


# ---- Serbia / Bosnia / Montenegro / North Macedonia (JMBG / ЕМБГ)
@ID("RS", "")
def _(r):
    fn, ln, sx = pick(r, SR_CYR)
    p = named(fn, ln, sx, r)
    return T("", "Преведи на енглески, молим:\n\nИме и презиме: «name»\nЈМБГ: «ID»\nДатум рођења: «dob»\n"
             "Адреса: «addr»", name=p.full, ID=jmbg(p.dob, sx, 71, r), dob=D(p.dob, "ymd."),
             addr=f"Булевар краља Александра {r.randint(1, 300)}, 11000 Београд")


@ID("RS", "")
def _(r):
    fn, ln, sx = pick(r, SR_LAT)
    p = named(fn, ln, sx, r)
    return T("", "2025-03-1«_d» 10:2«_m»:11 WARN payroll.import row=«_row» jmbg=«ID» ime=\"«name»\" reason=checksum_mismatch\n"
             "Can you tell me what this warning means and whether the JMBG checksum is really wrong?",
             _d=r.randint(0, 9), _m=r.randint(0, 9), _row=r.randint(2, 400), ID=jmbg(p.dob, sx, 71, r), name=p.full)


@ID("BA", "")
def _(r):
    fn, ln, sx = pick(r, BA_LAT)
    p = named(fn, ln, sx, r)
    return T("", "Onboarding checklist for our Sarajevo office – new contractor:\n- Full name: «name»\n"
             "- JMBG: «ID»\n- Phone: «phone»\n- Start: next Monday\nPlease turn this into a welcome e-mail (English).",
             name=p.full, ID=jmbg(p.dob, sx, 17, r), phone=f"+387 61 {digits(r, 3)} {digits(r, 3)}")


@ID("ME", "")
def _(r):
    fn, ln, sx = pick(r, ME_LAT)
    p = named(fn, ln, sx, r)
    return T("", "Molim te sastavi kratku potvrdu o zaposlenju za «name», JMBG «ID», rođen/a «dob» u Podgorici.",
             name=p.full, ID=jmbg(p.dob, sx, 21, r), dob=D(p.dob, "d.m.y") + ".")


@ID("MK", "mk_MK")
def _(r):
    p = person("mk_MK", r)
    return T("mk_MK", "Дали може да ми го преведеш ова на англиски: „Барателот «name», ЕМБГ «ID», со живеалиште "
             "во Скопје, бара издавање на уверение.“", name=p.full, ID=jmbg(p.dob, p.sex, 45, r))


# ---- Bulgaria
@ID("BG", "bg_BG")
def _(r):
    p = person("bg_BG", r)
    return T("bg_BG", "Моля, оформи това като пълномощно:\nУпълномощител: «name», ЕГН «ID», адрес: «addr»\n"
             "Упълномощено лице: «name2», ЕГН «ID2»",
             name=p.full, ID=egn(p.dob, p.sex, r), addr=f"гр. София, ул. „{FK('bg_BG').last_name()}“ № {r.randint(1, 120)}",
             name2=(q := person("bg_BG", r)).full, ID2=egn(q.dob, q.sex, r))


@ID("BG", "bg_BG")
def _(r):
    p = person("bg_BG", r)
    return T("bg_BG", "Our Sofia payroll export has a column 'EGN'. Row 14: «name» | «ID» | gross 3 200 BGN. "
             "Write a pandas snippet that masks the EGN column except the last 4 digits.",
             name=p.full, ID=egn(p.dob, p.sex, r))


@ID("BG", "bg_BG")
def _(r):
    p = person("bg_BG", r)
    return T("bg_BG", "egn na klienta e «ID», ne znam dali e validen, moje li da proverish kontrolnata cifra? "
             "roden e na «dob»", ID=egn(p.dob, p.sex, r), dob=D(p.dob, "dmy."))


# ---- Romania
@ID("RO", "ro_RO")
def _(r):
    p = person("ro_RO", r, sex="F")
    return T("ro_RO", "Tradu în engleză, te rog, pentru dosarul de viză:\n\"Subsemnata «name», domiciliată în «addr», "
             "posesoare a CI seria «ID2», CNP «ID», declar pe propria răspundere că...\"",
             name=p.full, addr=addr("ro_RO"), ID2=f"{r.choice(['RT', 'RX', 'KX', 'CJ', 'IS'])} nr. {digits(r, 6)}",
             ID=cnp(p.dob, "F", r))


@ID("RO", "ro_RO")
def _(r):
    p = person("ro_RO", r)
    return T("ro_RO", "level=error ts=2025-02-0«_d»T08:1«_m»:22Z svc=onboarding msg=\"duplicate customer\" "
             "cnp=«ID» name=\"«name»\" phone=«phone»\nwhat's the most likely root cause here?",
             _d=r.randint(1, 9), _m=r.randint(0, 9), ID=cnp(p.dob, p.sex, r), name=p.full,
             phone=f"07{r.randint(20, 89)}{digits(r, 6)}")


@ID("RO", "ro_RO")
def _(r):
    p = person("ro_RO", r)
    return T("ro_RO", "Completează, te rog, o cerere de concediu de odihnă pentru: Nume «last», prenume «first», "
             "cod numeric personal «ID», funcția: analist. Perioada 14–25 iulie.",
             last=p.last, first=p.first, ID=cnp(p.dob, p.sex, r))


# ---- Poland
@ID("PL", "pl_PL")
def _(r):
    p = person("pl_PL", r)
    f = FK("pl_PL")
    return T("pl_PL", "Napisz proszę uprzejmą odpowiedź do klienta, który pyta o status reklamacji.\n\nDane klienta:\n"
             "«name»\nPESEL: «ID»\nSeria i nr dowodu osobistego: «ID2»\nul. «street», «postcode» «city»\n"
             "tel. «phone»",
             name=p.full, ID=f.pesel(date_of_birth=dt.datetime(p.dob.year, p.dob.month, p.dob.day), sex=p.sex),
             ID2=f.identity_card_number(), street=f.street_name() + " " + f.building_number(),
             postcode=f.postcode(), city=f.city(), phone=f.phone_number())


@ID("PL", "pl_PL")
def _(r):
    p = person("pl_PL", r)
    f = FK("pl_PL")
    pes = f.pesel(date_of_birth=dt.datetime(p.dob.year, p.dob.month, p.dob.day), sex=p.sex)
    nip = f.nip()
    return J("pl_PL", json.dumps({"customer": {"firstName": p.first, "lastName": p.last, "pesel": pes,
                                               "nip": nip, "birthDate": p.dob.isoformat()},
                                  "product": "konto osobiste", "channel": "web"}, ensure_ascii=False)
             + "\n\nGenerate a JSON Schema (draft 2020-12) for this payload.",
             [p.first, p.last, pes, nip, p.dob.isoformat()], [pes, nip])


@ID("PL", "pl_PL")
def _(r):
    p = person("pl_PL", r)
    pes = FK("pl_PL").pesel(date_of_birth=dt.datetime(p.dob.year, p.dob.month, p.dob.day), sex=p.sex)
    return T("pl_PL", "czy ten pesel jest poprawny «ID» ?? klient upiera sie ze tak a system odrzuca", ID=pes)


@ID("PL", "pl_PL")
def _(r):
    p = person("pl_PL", r, sex="M")
    f = FK("pl_PL")
    pes = f.pesel(date_of_birth=dt.datetime(p.dob.year, p.dob.month, p.dob.day), sex="M")
    pas = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(r, 7)
    return T("pl_PL", "Visa application – Poland section\nApplicant: «name»\nDate of birth: «dob»\n"
             "Passport no.: «ID2»\nNational ID (PESEL): «ID»\nPlease check the form for inconsistencies.",
             name=p.full, dob=D(p.dob, "dmy."), ID2=pas, ID=pes)


# ---- Czechia
@ID("CZ", "cs_CZ")
def _(r):
    p = person("cs_CZ", r)
    return T("cs_CZ", "Dobrý den, potřebuji přepsat tuto žádost do formálnější češtiny:\n\"jmenuju se «name», "
             "rodný číslo «ID», bydlím «addr» a chci zrušit smlouvu k «_date» letošního roku.\"",
             name=p.full, ID=rodne_cislo(p.dob, p.sex, r), addr=addr("cs_CZ"), _date="31. 12.")


@ID("CZ", "cs_CZ")
def _(r):
    a, b = person("cs_CZ", r), person("cs_CZ", r)
    return T("cs_CZ", "jmeno,prijmeni,rodne_cislo,cislo_op,email\n«f1»,«l1»,«ID1»,«ID1b»,«e1»\n"
             "«f2»,«l2»,«ID2»,«ID2b»,«e2»\n\nPlease write Python that checks the rodne_cislo column (mod 11 rule).",
             f1=a.first, l1=a.last, ID1=rodne_cislo(a.dob, a.sex, r, slash=False), ID1b=digits(r, 9),
             e1=mail(r, a.first, a.last, ["seznam.cz", "email.cz", "centrum.cz"]),
             f2=b.first, l2=b.last, ID2=rodne_cislo(b.dob, b.sex, r), ID2b=digits(r, 9),
             e2=mail(r, b.first, b.last, ["seznam.cz", "gmail.com"]))


# ---- Slovakia
@ID("SK", "sk_SK")
def _(r):
    p = person("sk_SK", r, sex="F")
    return T("sk_SK", "Pomôž mi napísať sprievodný list k prihláške do poisťovne. Poistenec: «name», rodné číslo "
             "«ID», číslo OP «ID2», trvalý pobyt «addr».",
             name=p.full, ID=rodne_cislo(p.dob, "F", r), ID2="E" + r.choice("ABCDEFHJK") + digits(r, 6),
             addr=addr("sk_SK"))


@ID("SK", "sk_SK")
def _(r):
    p = person("sk_SK", r, sex="M")
    return T("sk_SK", "Translate the header of this Slovak certificate: 'Meno a priezvisko: «name}  "
             "Dátum narodenia: «dob»  Rodné číslo: «ID»'".replace("}", "»"),
             name=p.full, dob=D(p.dob, "d.m.y"), ID=rodne_cislo(p.dob, "M", r))


# ---- Hungary
@ID("HU", "hu_HU")
def _(r):
    p = person("hu_HU", r)
    t = taj(r)
    return T("hu_HU", "Kérlek, fogalmazz meg egy rövid levelet a biztosítónak a kárigényemről.\nNév: «name»\n"
             "TAJ szám: «ID»\nAdóazonosító jel: «ID2»\nLakcím: «addr»\nSzületési idő: «dob»",
             name=f"{p.last} {p.first}", ID=f"{t[:3]} {t[3:6]} {t[6:]}", ID2=hu_adoaz(p.dob, r),
             addr=addr("hu_HU"), dob=D(p.dob, "ymd."))


@ID("HU", "hu_HU")
def _(r):
    p = person("hu_HU", r)
    sz = hu_szemelyi(p.dob, p.sex, r)
    return T("hu_HU", "Is this Hungarian személyi azonosító consistent with the birth date «dob»? "
             "Number: «ID». The customer is «name».", dob=D(p.dob, "iso"), ID=sz, name=f"{p.last} {p.first}")


@ID("HU", "hu_HU")
def _(r):
    t = taj(r)
    return T("hu_HU", "taj szam: «ID} ez jo igy kotojelekkel vagy szokozzel kell irni a nyomtatvanyon?".replace("}", "»"),
             ID=f"{t[:3]}-{t[3:6]}-{t[6:]}")


# ---- Greece
@ID("GR", "el_GR")
def _(r):
    p = person("el_GR", r)
    return T("el_GR", "Καλημέρα, μπορείς να μου γράψεις μια αίτηση για επίδομα;\nΟνοματεπώνυμο: «name»\n"
             "ΑΜΚΑ: «ID»\nΑΦΜ: «ID2»\nΔιεύθυνση: «addr»",
             name=p.full, ID=amka(p.dob, r), ID2=gr_afm(r), addr=addr("el_GR"))


@ID("GR", "el_GR")
def _(r):
    p = person("el_GR", r)
    idc = r.choice(["ΑΚ", "ΑΒ", "ΑΜ", "ΧΕ", "ΑΝ"]) + " " + digits(r, 6)
    return T("el_GR", "Insurance claim #«_c» – policyholder «name», AMKA «ID», Greek ID card (ταυτότητα) «ID2». "
             "Summarise the claim text below in English and list the missing documents.\n\n\"Το όχημα υπέστη ζημιά "
             "από χαλάζι στις 12/6.\"",
             _c=f"CL-{r.randint(10000, 99999)}", name=p.full, ID=amka(p.dob, r), ID2=idc)


# ---- Mexico
def mx_person(r):
    f = FK("es_MX")
    sx = r.choice("MF")
    first = f.first_name_male() if sx == "M" else f.first_name_female()
    pat, mat = f.last_name(), f.last_name()
    d = dt.date(r.randint(1958, 2003), r.randint(1, 12), r.randint(1, 28))
    return first, pat, mat, sx, d


@ID("MX", "es_MX")
def _(r):
    first, pat, mat, sx, d = mx_person(r)
    c, rf = curp_rfc(first, pat, mat, d, sx, r.choice(["DF", "JC", "NL", "PL", "MC", "GT"]), r)
    return T("es_MX", "Hola, necesito redactar una constancia laboral.\nNombre: «name»\nCURP: «ID»\nRFC: «ID2»\n"
             "Fecha de nacimiento: «dob»\nPuesto: Analista de datos",
             name=f"{first} {pat} {mat}", ID=c, ID2=rf, dob=D(d, "dmy/"))


@ID("MX", "es_MX")
def _(r):
    first, pat, mat, sx, d = mx_person(r)
    c, rf = curp_rfc(first, pat, mat, d, sx, "DF", r)
    return T("es_MX", "mi curp es «ID» y mi rfc «ID2», me ayudas a llenar el formato del SAT? vivo en «addr»",
             ID=c, ID2=rf, addr=f"Av. {FK('es_MX').last_name()} {r.randint(10, 999)}, Col. Del Valle, CDMX")


@ID("MX", "es_MX")
def _(r):
    first, pat, mat, sx, d = mx_person(r)
    c, rf = curp_rfc(first, pat, mat, d, sx, "JC", r)
    return T("es_MX", "nombre,apellido_paterno,apellido_materno,curp,nss\n«f»,«p»,«m»,«ID»,«ID2»\n\n"
             "Write a regex that validates the curp column.",
             f=first, p=pat, m=mat, ID=c, ID2=digits(r, 11))


@ID("MX", "es_MX")
def _(r):
    first, pat, mat, sx, d = mx_person(r)
    if sx == "F":
        first, sx = FK("es_MX").first_name_male(), "M"
    c, rf = curp_rfc(first, pat, mat, d, sx, "NL", r)
    return T("es_MX", "Translate into English for the US consulate: \"Yo, «name», con Clave Única de Registro de "
             "Población «ID», nacido el «dob» en Monterrey, Nuevo León...\"",
             name=f"{first} {pat} {mat}", ID=c, dob=f"{d.day} de " + ["enero", "febrero", "marzo", "abril", "mayo",
                                                                    "junio", "julio", "agosto", "septiembre",
                                                                    "octubre", "noviembre", "diciembre"][d.month - 1]
             + f" de {d.year}")


# ---- Colombia
@ID("CO", "es_CO")
def _(r):
    p = person("es_CO", r)
    n = FK("es_CO").nuip()
    nf = f"{int(n):,}".replace(",", ".")
    return T("es_CO", "Buenas, me ayudas a redactar un derecho de petición? Yo soy «name», identificado con C.C. "
             "«ID» de Bogotá, con domicilio en «addr», celular «phone».",
             name=p.full, ID=nf, addr=FK("es_CO").street_address() + ", Bogotá", phone=f"3{r.randint(0, 2)}{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}")


@ID("CO", "es_CO")
def _(r):
    p = person("es_CO", r, sex="F")
    return T("es_CO", "Para el contrato: la arrendataria «name», cédula de ciudadanía No. «ID», se compromete a "
             "pagar el canon mensual. ¿Puedes revisar la redacción de esta cláusula?",
             name=p.full, ID=FK("es_CO").nuip())


# ---- Argentina
@ID("AR", "es_AR")
def _(r):
    p = person("es_AR", r)
    dni = f"{r.randint(20_000_000, 45_999_999)}"
    return T("es_AR", "Hola! Armame un mail para RRHH con mis datos para el alta: «name», DNI «ID», CUIL «ID2», "
             "fecha de nacimiento «dob», domicilio «addr».",
             name=p.full, ID=f"{int(dni):,}".replace(",", "."), ID2=ar_cuil(dni, p.sex), dob=D(p.dob, "dmy/"),
             addr=FK("es_AR").street_address() + ", CABA")


@ID("AR", "es_AR")
def _(r):
    _ = person("es_AR", r)
    dni = FK("es_AR").dni()
    return T("es_AR", "Customer support chat, translate into English please: \"Buenas, mi número de documento es «ID» "
             "y no me llega el código de verificación al «phone»\"",
             ID=dni, phone=f"11 {digits(r, 4)}-{digits(r, 4)}")


# ---- Chile
@ID("CL", "es_CL")
def _(r):
    p = person("es_CL", r)
    rut = FK("es_CL").rut(min=5_000_000, max=26_000_000)
    return T("es_CL", "Necesito una carta de renuncia voluntaria. Datos: «name», RUT «ID», cargo ejecutiva comercial, "
             "último día «_d».", name=p.full, ID=rut, _d="30 de junio")


@ID("CL", "es_CL")
def _(r):
    p = person("es_CL", r)
    rut = FK("es_CL").rut(min=5_000_000, max=26_000_000)
    return T("es_CL", "- nombre: «name»\n  run: «ID»\n  fono: «phone»\n  comuna: «addr»\n\nEste YAML viene del "
             "formulario de postulación; ¿cómo lo paso a un dataclass de Python?",
             name=p.full, ID=rut, phone=f"+56 9 {digits(r, 4)} {digits(r, 4)}", addr=FK("es_CL").city())


# ---- Peru / Uruguay / Ecuador / Venezuela
@ID("PE", "es")
def _(r):
    p = person("es_CO", r)
    return T("es", "Redacta una declaración jurada simple: Yo, «name», identificado con DNI N° «ID», con "
             "domicilio en «addr», declaro bajo juramento no tener antecedentes penales.",
             name=p.full, ID=digits(r, 8), addr=f"Av. Arequipa {r.randint(100, 4999)}, Miraflores, Lima")


@ID("PE", "es")
def _(r):
    p = person("es_MX", r)
    return T("es", "KYC Peru: client «name», DNI «ID», RUC «ID2» (persona natural). Is the RUC consistent with the "
             "DNI? (RUC for individuals = 10 + DNI + check digit)",
             name=p.full, ID=(dn := digits(r, 8)), ID2="10" + dn + str(r.randrange(10)))


@ID("UY", "es")
def _(r):
    p = person("es_AR", r)
    return T("es", "Uruguay – alta de proveedor persona física: «name», C.I. «ID», tel. «phone». "
             "¿Qué más documentación pide la DGI?", name=p.full, ID=uy_ci(r), phone=f"09{r.randint(1, 9)} {digits(r, 3)} {digits(r, 3)}")


@ID("EC", "es")
def _(r):
    p = person("es_CO", r, sex="F")
    return T("es", "Hola, el sistema me rechaza la cédula «ID» de la señora «name» en el formulario del SRI. "
             "¿El dígito verificador módulo 10 está bien?", ID=ec_cedula(r), name=p.full)


@ID("VE", "es")
def _(r):
    p = person("es_CO", r, sex="M")
    n = r.randint(8_000_000, 30_000_000)
    return T("es", "Traducir al inglés para la apostilla: \"El ciudadano «name», titular de la cédula de identidad "
             "«ID», nacido el «dob}...\"".replace("}", "»"),
             name=p.full, ID=f"V-{n:,}".replace(",", "."), dob=D(p.dob, "dmy/"))


# ---- Brazil
@ID("BR", "pt_BR")
def _(r):
    p = person("pt_BR", r)
    f = FK("pt_BR")
    return T("pt_BR", "Oi! Pode montar um contrato de prestação de serviços simples? Contratado: «name», CPF «ID», "
             "RG «ID2», residente à «addr», e-mail «email».",
             name=p.full, ID=f.cpf(), ID2=(lambda g: f"{g[:2]}.{g[2:5]}.{g[5:8]}-{g[8:]}")(f.rg()),
             addr=f.street_address() + ", " + f.city(), email=mail(r, p.first, p.last, ["gmail.com", "hotmail.com", "uol.com.br"]))


@ID("BR", "pt_BR")
def _(r):
    p = person("pt_BR", r)
    f = FK("pt_BR")
    cpf = f.cpf().replace(".", "").replace("-", "")
    tel = f"(11) 9{digits(r, 4)}-{digits(r, 4)}"
    dob = D(p.dob, "dmy/")
    body = json.dumps({"nome": p.full, "cpf": cpf, "dataNascimento": dob, "telefone": tel},
                      ensure_ascii=False, indent=2)
    return J("pt_BR", body + "\n\nPor que a API da Receita retorna 'CPF inválido' para esse payload?",
             [p.full, cpf, dob, tel], [cpf])


@ID("BR", "pt_BR")
def _(r):
    cpf = FK("pt_BR").cpf()
    return T("pt_BR", "meu cpf é «ID} e nao consigo acessar o app do banco, diz q ta bloqueado. o que eu faço".replace("}", "»"),
             ID=cpf)


@ID("BR", "pt_BR")
def _(r):
    p = person("pt_BR", r)
    return T("pt_BR", "Payroll (folha de pagamento) sample row: matrícula «_m»; nome «name»; CPF «ID»; PIS/PASEP «ID2»; "
             "salário bruto R$ «_s». Explain each deduction a Brazilian employer must compute.",
             _m=r.randint(1000, 9999), name=p.full, ID=FK("pt_BR").cpf(),
             ID2=f"{digits(r, 3)}.{digits(r, 5)}.{digits(r, 2)}-{r.randrange(10)}", _s=f"{r.randint(3, 15)}.{r.randint(100, 999)},00")


# ---- India
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_raw(r):
    """Aadhaar (12 digits, Verhoeff check digit). Faker's en_IN aadhaar_id() mostly fails the Verhoeff check."""
    base = str(r.randint(2, 9)) + digits(r, 10)
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return base + str(_VINV[c])


def aadhaar(r):
    a = aadhaar_raw(r)
    return f"{a[:4]} {a[4:8]} {a[8:]}"


@ID("IN", "en_IN")
def _(r):
    p = person("en_IN", r)
    return T("en_IN", "Please draft an HR onboarding confirmation mail.\nEmployee: «name»\nDOB: «dob»\n"
             "Aadhaar: «ID»\nPAN: «ID2»\nAddress: «addr»\nMobile: «phone»",
             name=p.full, dob=D(p.dob, "dmy/"), ID=aadhaar(r), ID2=in_pan(p.last, r), addr=addr("en_IN"),
             phone=f"+91 {r.choice('6789')}{digits(r, 4)} {digits(r, 5)}")


@ID("IN", "en_IN")
def _(r):
    p = person("en_IN", r, sex="F")
    return T("en_IN", "Form 16 is showing wrong PAN for «name» - it says «ID» but her actual PAN card has «ID2}. "
             "How do we get the employer TDS return corrected?".replace("}", "»"),
             name=p.full, ID=in_pan(p.last, r), ID2=in_pan(p.last, r))


@ID("IN", "en_IN")
def _(r):
    p = person("en_IN", r, sex="M")
    return T("en_IN", "sir my aadhar no is «ID» and pan «ID2», kindly update in payroll system, salary not "
             "credited this month", ID=aadhaar_raw(r), ID2=in_pan(p.last, r))


@ID("IN", "en_IN")
def _(r):
    p = person("en_IN", r)
    pas = r.choice("JKLMNPRSTUVWZ") + digits(r, 7)
    return T("en_IN", "Visa invitation letter for our conference. Guest: Mr./Ms. «name», Indian passport no. «ID», "
             "born «dob», travelling from Bengaluru. Write it on company letterhead style.",
             name=p.full, ID=pas, dob=D(p.dob, "en"))


# ---- Indonesia
@ID("ID", "id_ID")
def _(r):
    p = person("id_ID", r)
    return T("id_ID", "Tolong buatkan surat keterangan kerja untuk karyawan berikut:\nNama: «name»\nNIK: «ID»\n"
             "Tempat/Tgl Lahir: Jakarta, «dob»\nAlamat: «addr»",
             name=p.full, ID=nik(p.dob, p.sex, r), dob=D(p.dob, "dmy-"),
             addr=f"{FK('id_ID').street_name()} No. {r.randint(1, 150)}, RT 00{r.randint(1, 9)}/RW 0{r.randint(1, 9)}, Jakarta Selatan")


@ID("ID", "id_ID")
def _(r):
    p = person("id_ID", r)
    return T("id_ID", "no ktp saya «ID» , nama «name», tolong bantu cek kenapa verifikasi e-KYC gagal terus",
             ID=nik(p.dob, p.sex, r), name=p.full.lower())


@ID("ID", "id_ID")
def _(r):
    p = person("id_ID", r)
    return T("id_ID", "KYC result:\n  nik=«ID»\n  npwp=«ID2»\n  name_match=0.87\n  liveness=pass\nExplain "
             "whether name_match 0.87 should be accepted under OJK rules.",
             ID=nik(p.dob, p.sex, r),
             ID2=f"{digits(r, 2)}.{digits(r, 3)}.{digits(r, 3)}.{digits(r, 1)}-{digits(r, 3)}.000")


# ---- Thailand
@ID("TH", "th_TH")
def _(r):
    p = person("th_TH", r)
    return T("th_TH", "ช่วยแปลเป็นภาษาอังกฤษหน่อยครับ: ข้าพเจ้า «name» เลขประจำตัวประชาชน «ID» ที่อยู่ «addr» "
             "ขอยืนยันว่าข้อมูลข้างต้นเป็นความจริง",
             name=p.full, ID=FK("th_TH").ssn(), addr=addr("th_TH"))


@ID("TH", "th_TH")
def _(r):
    p = person("th_TH", r)
    tid = FK("th_TH").ssn().replace("-", "")
    return T("th_TH", "Work permit paperwork: the Thai spouse's ID card number is «ID», name «name», "
             "mobile «phone». Which ministry form needs this?",
             ID=tid, name=p.full, phone=f"08{r.randint(1, 9)}-{digits(r, 3)}-{digits(r, 4)}")


# ---- China / Taiwan / Hong Kong
@ID("CN", "zh_CN")
def _(r):
    p = person("zh_CN", r)
    name = p.last + p.first
    return T("zh_CN", "请帮我把下面的信息整理成一份正式的在职证明：\n姓名：«name»\n身份证号：«ID»\n出生日期：«dob»\n"
             "住址：«addr»\n职位：高级工程师", name=name, ID=cn_id(p.dob, p.sex, r), dob=D(p.dob, "cjk"),
             addr=FK("zh_CN").address().split(" ")[0])


@ID("CN", "zh_CN")
def _(r):
    p = person("zh_CN", r)
    return T("zh_CN", "KYC: Chinese resident identity card (居民身份证) number «ID» for client «name» (pinyin). "
             "Does the embedded birth date «dob» match? Also validate the ISO 7064 check character.",
             ID=cn_id(p.dob, p.sex, r), name=r.choice(["Wang Fang", "Li Na", "Zhang Wei", "Liu Yang", "Chen Jing"]),
             dob=D(p.dob, "iso"))


@ID("CN", "zh_CN")
def _(r):
    p = person("zh_CN", r)
    return T("zh_CN", "帮我写个SQL，把这条插进去：INSERT INTO customer(name, id_no, mobile) VALUES ('«name»', '«ID»', '«phone»'); "
             "报错 Data too long for column 'id_no'", name=p.last + p.first, ID=cn_id(p.dob, p.sex, r),
             phone=f"1{r.choice('3589')}{digits(r, 9)}")


@ID("TW", "zh_TW")
def _(r):
    p = person("zh_TW", r)
    return T("zh_TW", "請幫我翻譯成英文：申請人«name»，身分證字號«ID»，出生日期民國{_y}年{_m}月{_d}日。".replace("{_y}", "«_y»")
             .replace("{_m}", "«_m»").replace("{_d}", "«_d»"),
             name=p.last + p.first, ID=FK("zh_TW").ssn(), _y=r.randint(60, 90), _m=r.randint(1, 12), _d=r.randint(1, 28))


@ID("TW", "zh_TW")
def _(r):
    p = person("zh_TW", r, sex="F")
    return T("zh_TW", "Our Taipei payroll vendor needs the employee's National ID (身分證字號) «ID» and ARC — she is "
             "Taiwanese, «name», so ARC is not needed, right?", ID=FK("zh_TW").ssn(), name=p.last + p.first)


@ID("HK", "")
def _(r):
    formal, plain, sx = pick(r, HK_NAMES)
    return T("", "Tenancy agreement – Tenant: «name», HKID No. «ID», tel «phone». Please check the stamp duty "
             "clause wording below and suggest improvements.",
             name=formal, ID=hkid(r), phone=f"{r.choice('5679')}{digits(r, 3)} {digits(r, 4)}")


@ID("HK", "")
def _(r):
    formal, plain, sx = pick(r, HK_NAMES)
    h = hkid(r)
    return T("", "hkid «ID» for «name» keeps failing the regex ^[A-Z]{1,2}[0-9]{6}\\([0-9A]\\)$ on our form, any idea?",
             ID=h, name=plain)


# ---- Korea
@ID("KR", "ko_KR")
def _(r):
    p = person("ko_KR", r)
    return T("ko_KR", "다음 내용으로 재직증명서 초안을 작성해 주세요.\n성명: «name»\n주민등록번호: «ID»\n주소: «addr»\n"
             "연락처: «phone»", name=p.last + p.first, ID=kr_rrn(p.dob, p.sex, r), addr=addr("ko_KR"),
             phone=f"010-{digits(r, 4)}-{digits(r, 4)}")


@ID("KR", "ko_KR")
def _(r):
    p = person("ko_KR", r)
    return T("ko_KR", "Korean RRN «ID» – our Seoul HR says the 7th digit shows gender and century. For employee "
             "«name» (born «dob}) is this consistent?".replace("}", "»"),
             ID=kr_rrn(p.dob, p.sex, r), name=p.last + p.first, dob=D(p.dob, "ko"))


# ---- Japan
@ID("JP", "ja_JP")
def _(r):
    p = person("ja_JP", r)
    m = my_number(r)
    return T("ja_JP", "以下の内容で年末調整の扶養控除等申告書の記入例を作ってください。\n氏名：«name»\n"
             "個人番号（マイナンバー）：«ID»\n生年月日：«dob»\n住所：«addr»",
             name=f"{p.last} {p.first}", ID=f"{m[:4]} {m[4:8]} {m[8:]}", dob=D(p.dob, "cjk"), addr=addr("ja_JP"))


@ID("JP", "ja_JP")
def _(r):
    p = person("ja_JP", r)
    return T("ja_JP", "Japanese passport no. «ID» (holder «name», DOB «dob»). Write the visa support letter for the "
             "Berlin trade fair.", ID=r.choice(["TR", "TK", "TZ", "MU"]) + digits(r, 7),
             name=f"{ascii_fold(r.choice(['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe'])).upper()} "
                  f"{r.choice(['Haruka', 'Yuki', 'Kenta', 'Daiki', 'Misaki'])}", dob=D(p.dob, "en"))


@ID("JP", "ja_JP")
def _(r):
    m = my_number(r)
    return T("ja_JP", "マイナンバー «ID» のチェックデジットが合っているか確認するPythonコードを書いて、この番号で試して", ID=m)


# ---- Turkey
@ID("TR", "tr_TR")
def _(r):
    p = person("tr_TR", r)
    return T("tr_TR", "Merhaba, aşağıdaki bilgilerle bir kira sözleşmesi taslağı hazırlar mısın?\nKiracı: «name»\n"
             "TC Kimlik No: «ID»\nTelefon: «phone»\nAdres: «addr»",
             name=p.full, ID=FK("tr_TR").ssn(), phone=f"05{r.randint(30, 59)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
             addr=f"{FK('tr_TR').last_name()} Sok. No:{r.randint(1, 90)} D:{r.randint(1, 20)}, Kadıköy/İstanbul")


@ID("TR", "tr_TR")
def _(r):
    _ = person("tr_TR", r)
    return T("tr_TR", "tc kimlik numaram «ID» e-devlet şifremi unuttum nasıl yenilerim", ID=FK("tr_TR").ssn())


@ID("TR", "tr_TR")
def _(r):
    p = person("tr_TR", r)
    return T("tr_TR", "Translate to English: \"T.C. kimlik numarası «ID» olan «name», «dob» doğumlu, şirketimizde "
             "yazılım mühendisi olarak çalışmaktadır.\"", ID=FK("tr_TR").ssn(), name=p.full, dob=D(p.dob, "dmy."))


# ---- Netherlands
@ID("NL", "nl_NL")
def _(r):
    p = person("nl_NL", r)
    return T("nl_NL", "Kun je deze gegevens omzetten naar een nette loonheffingsverklaring?\nNaam: «name»\nBSN: «ID»\n"
             "Geboortedatum: «dob»\nAdres: «addr»\nIBAN volgt later.",
             name=p.full, ID=FK("nl_NL").ssn(), dob=D(p.dob, "dmy-"), addr=addr("nl_NL"))


@ID("NL", "nl_NL")
def _(r):
    p = person("nl_NL", r)
    b = FK("nl_NL").ssn()
    return T("nl_NL", "onze klant «name» heeft burgerservicenummer «ID» opgegeven maar de 11-proef faalt volgens "
             "de developer. klopt dat?", name=p.full, ID=f"{b[:4]}.{b[4:6]}.{b[6:]}")


@ID("NL", "nl_NL")
def _(r):
    a, b = person("nl_NL", r), person("nl_NL", r)
    return T("nl_NL", "| naam | bsn | geboortedatum |\n|---|---|---|\n| «n1» | «ID1» | «d1» |\n| «n2» | «ID2» | «d2» |\n\n"
             "Sort this markdown table by date of birth.",
             n1=a.full, ID1=FK("nl_NL").ssn(), d1=D(a.dob, "dmy-"), n2=b.full, ID2=FK("nl_NL").ssn(), d2=D(b.dob, "dmy-"))


# ---- Belgium
@ID("BE", "nl_BE")
def _(r):
    p = person("nl_BE", r)
    return T("nl_BE", "Beste, kan je deze ziekte-attest begeleidende mail herschrijven?\n\"Mijn naam is «name», "
             "rijksregisternummer «ID», ik ben sinds maandag arbeidsongeschikt.\"",
             name=p.full, ID=be_rrn(p.dob, p.sex, r))


@ID("BE", "fr_BE")
def _(r):
    p = person("fr_BE", r, sex="M")
    return T("fr_BE", "Bonjour, pouvez-vous traduire en néerlandais : « Je soussigné «name», numéro de registre "
             "national «ID», domicilié «addr», déclare... »",
             name=p.full, ID=be_rrn(p.dob, "M", r), addr=addr("fr_BE"))


@ID("BE", "nl_BE")
def _(r):
    p = person("nl_BE", r)
    rr = be_rrn(p.dob, p.sex, r).replace(".", "").replace("-", "")
    return T("nl_BE", "employee_id,insz,name\n«_e»,«ID»,«name»\nWhat's the difference between INSZ and "
             "rijksregisternummer and is this one valid (mod 97)?", _e=r.randint(10000, 99999), ID=rr, name=p.full)


# ---- Switzerland
@ID("CH", "de_CH")
def _(r):
    p = person("de_CH", r)
    return T("de_CH", "Grüezi, bitte formuliere eine Anmeldung bei der Ausgleichskasse:\nName: «name»\n"
             "AHV-Nr.: «ID»\nGeburtsdatum: «dob»\nAdresse: «addr»",
             name=p.full, ID=FK("de_CH").ssn(), dob=D(p.dob, "dmy."), addr=addr("de_CH"))


@ID("CH", "fr_CH")
def _(r):
    p = person("fr_CH", r)
    return T("fr_CH", "Pouvez-vous vérifier la clé de contrôle EAN-13 de ce numéro AVS : «ID» ? C'est pour «name», "
             "nouvelle collaboratrice à Lausanne.", ID=FK("fr_CH").ssn(), name=p.full)


@ID("CH", "de_CH")
def _(r):
    p = person("de_CH", r)
    a = FK("de_CH").ssn().replace(".", "")
    return T("de_CH", "<Person><Name>«name»</Name><SocialSecurityNumber>«ID»</SocialSecurityNumber></Person>\n"
             "Das ELM-Lohnmeldeportal lehnt das XML ab – muss die AHV-Nummer mit Punkten sein?", name=p.full, ID=a)


# ---- Austria
@ID("AT", "de_AT")
def _(r):
    p = person("de_AT", r, sex="F")
    sv = FK("de_AT").ssn(birthdate=p.dob)
    return T("de_AT", "Hallo, ich brauche einen Text für die Anmeldung bei der ÖGK.\nDienstnehmerin: «name»\n"
             "Sozialversicherungsnummer: «ID»\nGeburtsdatum: «dob»\nWohnadresse: «addr»",
             name=p.full, ID=f"{sv[:4]} {sv[4:]}", dob=D(p.dob, "dmy."), addr=addr("de_AT"))


@ID("AT", "de_AT")
def _(r):
    p = person("de_AT", r)
    sv = FK("de_AT").ssn(birthdate=p.dob)
    return T("de_AT", "SV-Nr. «ID» gehört zu «name» – warum verlangt das e-card-System zusätzlich das Geburtsdatum?",
             ID=sv, name=p.full)


# ---- Germany
@ID("DE", "de_DE")
def _(r):
    p = person("de_DE", r, sex="F")
    return T("de_DE", "Bitte formuliere eine freundliche Mail an die Lohnbuchhaltung:\nNeue Mitarbeiterin: «name»\n"
             "Steuer-ID: «ID»\nSozialversicherungsnummer: «ID2»\nAnschrift: «addr»\nEintritt: 01.04.",
             name=p.full, ID=de_steuer_id(r), ID2=de_svnr(p.dob, p.last, p.sex, r), addr=addr("de_DE"))


@ID("DE", "de_DE")
def _(r):
    p = person("de_DE", r)
    return T("de_DE", "mitarbeiter:\n  vorname: «first»\n  nachname: «last»\n  geburtsdatum: «dob»\n"
             "  steuerliche_identifikationsnummer: \"«ID»\"\n  krankenversichertennummer: «ID2»\n\n"
             "Warum parst PyYAML das Geburtsdatum als date und nicht als String?",
             first=p.first, last=p.last, dob=D(p.dob, "iso"), ID=de_steuer_id(r), ID2=de_kvnr(p.last, r))


@ID("DE", "de_DE")
def _(r):
    p = person("de_DE", r)
    return T("de_DE", "Hotel check-in export, please convert to the police registration form format:\n"
             "guest=«name»; birth=«dob»; id_doc=Personalausweis; id_no=«ID»; nationality=DEU",
             name=p.full, dob=D(p.dob, "dmy."), ID=de_ausweis(r))


@ID("DE", "de_DE")
def _(r):
    _ = person("de_DE", r, sex="M")
    return T("de_DE", "hab meine steuer id «ID» im elster formular eingetragen aber es kommt 'ungültig', "
             "ist da ein zahlendreher drin?", ID=de_steuer_id(r))


@ID("DE", "de_DE")
def _(r):
    p = person("de_DE", r)
    rv = de_svnr(p.dob, p.last, p.sex, r)
    return T("de_DE", "Entwurf Antrag auf Kostenübernahme – Versicherte: «name», geb. «dob», Versichertennummer «ID», "
             "Rentenversicherungsnummer «ID2». Bitte juristisch sauber formulieren.",
             name=p.full, dob=D(p.dob, "dmy."), ID=de_kvnr(p.last, r), ID2=rv)


# ---- France
@ID("FR", "fr_FR")
def _(r):
    p = person("fr_FR", r, sex="F")
    return T("fr_FR", "Bonjour, pouvez-vous rédiger un courrier à la CPAM pour contester un remboursement ?\n"
             "Assurée : «name»\nN° de sécurité sociale : «ID»\nAdresse : «addr»\nTél. : «phone»",
             name=p.full, ID=fr_nir(p.dob, "F", r), addr=addr("fr_FR"), phone=FK("fr_FR").phone_number())


@ID("FR", "fr_FR")
def _(r):
    p = person("fr_FR", r)
    return T("fr_FR", "Dossier visa – passeport français n° «ID», titulaire «name», né(e) le «dob». Can you check "
             "the English cover letter below for mistakes?",
             ID=f"{r.randint(10, 24)}{r.choice('ABCDEFGHKLMNPRTV')}{r.choice('ABCDEFGHKLMNPRTV')}{digits(r, 5)}",
             name=p.full, dob=D(p.dob, "dmy/"))


@ID("FR", "fr_FR")
def _(r):
    p = person("fr_FR", r)
    return T("fr_FR", "nir=«ID}&nom=«last»&prenom=«first» — pourquoi notre API renvoie 422 sur la clé NIR ?".replace("}", "»"),
             ID=fr_nir(p.dob, p.sex, r, spaced=False), last=p.last.upper(), first=p.first)


# ---- Italy
@ID("IT", "it_IT")
def _(r):
    p = person("it_IT", r)
    return T("it_IT", "Ciao, mi scrivi una lettera di assunzione?\nDipendente: «name»\nCodice fiscale: «ID»\n"
             "Nato/a il: «dob»\nResidenza: «addr»",
             name=p.full, ID=it_cf(p.first, p.last, p.dob, p.sex, r), dob=D(p.dob, "dmy/"), addr=addr("it_IT"))


@ID("IT", "it_IT")
def _(r):
    p = person("it_IT", r)
    return T("it_IT", "il cf della cliente è «ID», ma la fattura elettronica viene scartata dallo SdI con errore 00306. "
             "come risolvo?", ID=it_cf(p.first, p.last, p.dob, "F", r))


@ID("IT", "it_IT")
def _(r):
    p = person("it_IT", r)
    return T("it_IT", "Italian carta d'identità elettronica n. «ID» of «name» – expiry next month. Draft a reminder "
             "e-mail to «email».", ID="C" + r.choice("ABCDEF") + digits(r, 5) + r.choice("ABCDEFGHJKLMN") + r.choice("ABCDEFGHJKLMN"),
             name=p.full, email=mail(r, p.first, p.last, ["libero.it", "gmail.com", "virgilio.it"]))


# ---- Spain
@ID("ES", "es_ES")
def _(r):
    p = person("es_ES", r)
    return T("es_ES", "Hola, necesito un modelo de autorización para recoger un paquete.\nAutorizante: «name», "
             "DNI «ID»\nAutorizado: «name2», NIE «ID2»",
             name=p.full, ID=FK("es_ES").nif(), name2=person("es_ES", r).full, ID2=FK("es_ES").nie())


@ID("ES", "es_ES")
def _(r):
    p = person("es_ES", r, sex="M")
    return T("es_ES", "Nómina de marzo: trabajador «name», NAF (nº afiliación Seguridad Social) «ID», DNI «ID2». "
             "¿Por qué la base de cotización es distinta de la del mes anterior?",
             name=p.full, ID=es_nss(r), ID2=FK("es_ES").nif())


@ID("ES", "es_ES")
def _(r):
    _ = person("es_ES", r)
    return T("es_ES", "I'm moving to Valencia; my NIE is «ID». Which appointment (cita previa) do I need for the TIE "
             "card? My address there will be «addr».", ID=FK("es_ES").nie(), addr=FK("es_ES").street_address() + ", 46002 Valencia")


# ---- Portugal
@ID("PT", "pt_PT")
def _(r):
    p = person("pt_PT", r)
    return T("pt_PT", "Olá, pode escrever uma declaração de rendimentos para o senhorio?\nNome: «name»\nNIF: «ID»\n"
             "N.º do Cartão de Cidadão: «ID2»\nMorada: «addr»",
             name=p.full, ID=pt_nif(r), ID2=f"{digits(r, 8)} {r.randrange(10)} Z{r.choice('XYZ')}{r.randrange(10)}",
             addr=addr("pt_PT"))


@ID("PT", "pt_PT")
def _(r):
    p = person("pt_PT", r, sex="F")
    return T("pt_PT", "segurança social: o NISS da trabalhadora «name» é «ID», mas o portal diz que não existe. "
             "o que pode ser?", name=p.full, ID="1" + digits(r, 10))


# ---- Sweden
@ID("SE", "sv_SE")
def _(r):
    p = person("sv_SE", r)
    return T("sv_SE", "Hej! Kan du skriva ett kort intyg om anställning?\nNamn: «name»\nPersonnummer: «ID»\n"
             "Adress: «addr»\nAnställd sedan: 2019", name=p.full, ID=se_pnr(p.dob, p.sex, r), addr=addr("sv_SE"))


@ID("SE", "sv_SE")
def _(r):
    p = person("sv_SE", r)
    pn = se_pnr(p.dob, p.sex, r).replace("-", "")
    return T("sv_SE", "Our Stockholm payroll file uses 12-digit personnummer. Convert «ID» (10 digits, «name») to "
             "the YYYYMMDDNNNN form and explain the century rule.", ID=pn, name=p.full)


@ID("SE", "sv_SE")
def _(r):
    p = person("sv_SE", r)
    return T("sv_SE", "mitt personnr är «ID» och jag får inte logga in med bankid på försäkringskassan, vad gör jag",
             ID=f"{p.dob.year}{se_pnr(p.dob, p.sex, r)[2:]}")


# ---- Norway
@ID("NO", "no_NO")
def _(r):
    p = person("no_NO", r)
    fnr = FK("no_NO").ssn(dob=f"{p.dob:%Y%m%d}", gender=p.sex)
    return T("no_NO", "Hei, kan du hjelpe meg å skrive en klage til NAV?\nNavn: «name»\nFødselsnummer: «ID»\n"
             "Adresse: «addr»\nTelefon: «phone»", name=p.full, ID=fnr, addr=addr("no_NO"),
             phone=f"+47 {r.choice('49')}{digits(r, 2)} {digits(r, 2)} {digits(r, 3)}")


@ID("NO", "no_NO")
def _(r):
    p = person("no_NO", r)
    fnr = FK("no_NO").ssn(dob=f"{p.dob:%Y%m%d}", gender=p.sex)
    return T("no_NO", "A-melding error: 'Ugyldig fødselsnummer' for employee «name», fnr «ID1» «ID2». Is the "
             "mod-11 control digit wrong or is it the space?", name=p.full, ID1=fnr[:6], ID2=fnr[6:])


# ---- Denmark
@ID("DK", "da_DK")
def _(r):
    p = person("da_DK", r)
    return T("da_DK", "Hej, skriv venligst en opsigelse af mit lejemål.\nLejer: «name»\nCPR-nr.: «ID»\n"
             "Adresse: «addr»", name=p.full, ID=dk_cpr(p.dob, p.sex, r), addr=FK("da_DK").street_address() + ", " + FK("da_DK").postcode() + " København")


@ID("DK", "da_DK")
def _(r):
    p = person("da_DK", r)
    return T("da_DK", "Danish CPR number «ID» – the doctor's system says it fails modulus 11. Since 2007 that's "
             "allowed, right? Patient: «name».", ID=dk_cpr(p.dob, p.sex, r), name=p.full)


# ---- Finland
@ID("FI", "fi_FI")
def _(r):
    p = person("fi_FI", r)
    return T("fi_FI", "Hei! Voisitko kirjoittaa virallisen valtakirjan?\nValtuuttaja: «name», henkilötunnus «ID»\n"
             "Valtuutettu: «name2», hetu «ID2»\nAsia: auton rekisteröinti",
             name=p.full, ID=fi_hetu(p.dob, p.sex, r), name2=(q := person("fi_FI", r)).full, ID2=fi_hetu(q.dob, q.sex, r))


@ID("FI", "fi_FI")
def _(r):
    p = person("fi_FI", r)
    return T("fi_FI", "Finnish personal identity code «ID» – what does the century sign after the birth date mean "
             "and what's the check character? (employee «name», born «dob»)",
             ID=fi_hetu(p.dob, p.sex, r), name=p.full, dob=D(p.dob, "d.m.y"))


# ---- Iceland
@ID("IS", "is_IS")
def _(r):
    p = person("is_IS", r)
    return T("is_IS", "Góðan dag, getur þú þýtt þetta á ensku: \"Ég, «name}, kennitala «ID», staðfesti hér með að ég "
             "hef móttekið launaseðil.\"".replace("}", "»"), name=p.full, ID=kennitala(p.dob, r))


@ID("IS", "is_IS")
def _(r):
    p = person("is_IS", r)
    return T("is_IS", "Our Reykjavík contractor «name» gave kennitala «ID» (no dash). Supplier master data needs the "
             "DDMMYY-NNNN format – please reformat and confirm the check digit.", name=p.full, ID=kennitala(p.dob, r, dash=False))


# ---- Ireland
@ID("IE", "en_IE")
def _(r):
    p = person("en_IE", r)
    return T("en_IE", "Hi, can you tidy up this email to Revenue?\n\"My name is «name», PPS number «ID». I started a new "
             "job in Cork last month and I'm on emergency tax. My address is «addr}.\"".replace("}", "»"),
             name=p.full, ID=ppsn(r, r.choice(["", "A"])), addr=addr("en_IE"))


@ID("IE", "en_IE")
def _(r):
    p = person("en_IE", r)
    return T("en_IE", "PPSN,Surname,Forename,DOB\n«ID»,«last»,«first»,«dob»\nWhy does Excel strip nothing here but "
             "our payroll import rejects the PPSN column?", ID=ppsn(r, "A"), last=p.last, first=p.first, dob=D(p.dob, "dmy/"))


# ---- New Zealand
@ID("NZ", "en_NZ")
def _(r):
    p = person("en_NZ", r)
    return T("en_NZ", "Kia ora, please draft a short note to our payroll provider: new starter «name», IRD number "
             "«ID», tax code M, KiwiSaver 3%, start date 3 March.", name=p.full, ID=nz_ird(r))


@ID("NZ", "en_NZ")
def _(r):
    p = person("en_NZ", r)
    return T("en_NZ", "ACC claim summary – patient «name», NHI «ID», DOB «dob», injury: sprained ankle at work. Write a "
             "plain-language summary for the employer.", name=p.full, ID=nz_nhi(r), dob=D(p.dob, "dmy/"))


# ---- Australia
@ID("AU", "en_AU")
def _(r):
    p = person("en_AU", r)
    return T("en_AU", "G'day, can you help me fill out the TFN declaration summary?\nName: «name»\nTFN: «ID»\n"
             "DOB: «dob»\nHome address: «addr»", name=p.full, ID=au_tfn(r), dob=D(p.dob, "dmy/"), addr=addr("en_AU"))


@ID("AU", "en_AU")
def _(r):
    p = person("en_AU", r)
    return T("en_AU", "Insurance claim form: Medicare card number «ID», IRN «_i», patient «name», phone «phone». "
             "Which fields are still missing for the gap payment?",
             ID=au_medicare(r), _i=r.randint(1, 5), name=p.full, phone=f"04{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}")


@ID("AU", "en_AU")
def _(r):
    return T("en_AU", "my tax file number is «ID» do i need to give it to my new employer or can i skip it",
             ID=au_tfn(r).replace(" ", ""))


# ---- Canada
@ID("CA", "en_CA")
def _(r):
    p = person("en_CA", r)
    return T("en_CA", "Please write a cover email for the TD1 form. Employee: «name», SIN «ID», address «addr».",
             name=p.full, ID=FK("en_CA").ssn(), addr=addr("en_CA"))


@ID("CA", "fr_CA")
def _(r):
    p = person("fr_CA", r)
    return T("fr_CA", "Bonjour, mon numéro d'assurance sociale est «ID» et je n'ai pas reçu mon relevé 1. "
             "Pouvez-vous m'aider à écrire à Revenu Québec? Je m'appelle «name».",
             ID=FK("en_CA").ssn().replace(" ", "-"), name=p.full)


@ID("CA", "en_CA")
def _(r):
    p = person("en_CA", r)
    s = FK("en_CA").ssn().replace(" ", "")
    return T("en_CA", "employees = [\n    {\"name\": \"«name»\", \"sin\": \"«ID»\", \"province\": \"ON\"},\n]\n"
             "# write a Luhn check for the sin field", name=p.full, ID=s)


# ---- United States
@ID("US", "en_US")
def _(r):
    p = person("en_US", r)
    return T("en_US", "Please draft a polite follow-up to our benefits provider. Employee: «name»; SSN: «ID»; "
             "DOB: «dob»; home address: «addr»; the dental enrollment still shows as pending.",
             name=p.full, ID=FK("en_US").ssn(), dob=D(p.dob, "mdy"), addr=addr("en_US"))


@ID("US", "en_US")
def _(r):
    p = person("en_US", r)
    return T("en_US", "W-9 received from contractor «name», taxpayer ID (ITIN) «ID», phone «phone». Can we pay "
             "them without backup withholding?", name=p.full, ID=FK("en_US").ssn(taxpayer_identification_number_type="ITIN"),
             phone=f"({r.randint(201, 989)}) {r.randint(200, 989)}-{digits(r, 4)}")


@ID("US", "en_US")
def _(r):
    p = person("en_US", r)
    s = FK("en_US").ssn().replace("-", "")
    return T("en_US", "SELECT * FROM applicants WHERE ssn = '«ID»' AND last_name = '«last»';\n-- returns 2 rows, why "
             "would an SSN be duplicated?", ID=s, last=p.last)


@ID("US", "en_US")
def _(r):
    p = person("en_US", r)
    return T("en_US", "hey can u reword this for the landlord: \"my social is «ID», my name is «name» and i make about "
             "4k a month\"", ID=FK("en_US").ssn(), name=p.full.lower())


@ID("US", "en_US")
def _(r):
    p = person("en_US", r)
    return T("en_US", "Travel booking – please check the passenger block for TSA Secure Flight:\nFull name: «name»\n"
             "DOB: «dob»\nGender: «_g»\nUS passport no.: «ID»\nKnown Traveler Number: «ID2»",
             name=p.full.upper(), dob=D(p.dob, "mdy"), _g=p.sex, ID=r.choice(["", "A"]) + digits(r, 9 if r.random() < 0.5 else 8),
             ID2=digits(r, 9))


# ---- United Kingdom
@ID("GB", "en_GB")
def _(r):
    p = person("en_GB", r)
    return T("en_GB", "Could you turn this into a formal starter checklist email?\nName: «name»\nNI number: «ID»\n"
             "DOB: «dob»\nAddress: «addr»\nMobile: «phone»",
             name=p.full, ID=gb_nino(r), dob=D(p.dob, "dmy/"), addr=addr("en_GB"),
             phone=f"07{digits(r, 3)} {digits(r, 6)}")


@ID("GB", "en_GB")
def _(r):
    p = person("en_GB", r)
    return T("en_GB", "HMRC letter says my national insurance number «ID» isn't matched to my employer. name «name}. "
             "what do i write back?".replace("}", "»"), ID=gb_nino(r, spaced=False), name=p.full)


@ID("GB", "en_GB")
def _(r):
    p = person("en_GB", r)
    return T("en_GB", "Referral letter draft – patient «name», NHS number «ID», DOB «dob». Please rewrite in plain "
             "English for the patient.", name=p.full, ID=gb_nhs(r), dob=D(p.dob, "en"))


@ID("GB", "en_GB")
def _(r):
    p = person("en_GB", r)
    return T("en_GB", "Right-to-work check: British passport number «ID», holder «name», DOB «dob}. Is a photocopy "
             "enough or do we need the online share code?".replace("}", "»"),
             ID=digits(r, 9), name=p.full, dob=D(p.dob, "dmy/"))


# ---- Ukraine
@ID("UA", "uk_UA")
def _(r):
    p = person("uk_UA", r)
    ipn = FK("uk_UA").ssn(birthday=f"{p.dob:%d-%m-%Y}", gender=p.sex)
    return T("uk_UA", "Добрий день! Допоможіть скласти заяву на відпустку.\nПІБ: «name»\nРНОКПП: «ID»\n"
             "Посада: бухгалтер", name=f"{p.last} {p.first}", ID=ipn)


@ID("UA", "uk_UA")
def _(r):
    p = person("uk_UA", r)
    ipn = FK("uk_UA").ssn(birthday=f"{p.dob:%d-%m-%Y}", gender=p.sex)
    return T("uk_UA", "Translate to English for the German Jobcenter: \"«name», ідентифікаційний код «ID», паспорт "
             "громадянина України (ID-картка) № «ID2», дата народження «dob}.\"".replace("}", "»"),
             name=p.full, ID=ipn, ID2=digits(r, 9), dob=D(p.dob, "dmy."))


# ---- Russia
@ID("RU", "ru_RU")
def _(r):
    f = FK("ru_RU")
    sx = r.choice("MF")
    fn = f.first_name_male() if sx == "M" else f.first_name_female()
    ln = f.last_name_male() if sx == "M" else f.last_name_female()
    mn = f.middle_name_male() if sx == "M" else f.middle_name_female()
    sn = f.snils()
    return T("ru_RU", "Помоги составить заявление о приёме на работу.\nФИО: «name»\nИНН: «ID»\nСНИЛС: «ID2»\n"
             "Паспорт: серия «ID3» № «ID4»", name=f"{ln} {fn} {mn}", ID=f.individuals_inn(),
             ID2=f"{sn[:3]}-{sn[3:6]}-{sn[6:9]} {sn[9:]}", ID3=f"{digits(r, 2)} {digits(r, 2)}", ID4=digits(r, 6))


@ID("RU", "ru_RU")
def _(r):
    f = FK("ru_RU")
    return T("ru_RU", "инн «ID» проверь пожалуйста контрольные цифры, налоговая не принимает декларацию 3-НДФЛ",
             ID=f.individuals_inn())


@ID("RU", "ru_RU")
def _(r):
    f = FK("ru_RU")
    sx = r.choice("MF")
    fn = f.first_name_male() if sx == "M" else f.first_name_female()
    ln = f.last_name_male() if sx == "M" else f.last_name_female()
    sn = f.snils()
    return T("ru_RU", "{\"fio\": \"«name»\", \"snils\": \"«ID»\", \"birth_date\": \"«dob»\"}\nКак в Go сделать "
             "валидацию поля snils с контрольной суммой?", name=f"{ln} {fn}", ID=sn,
             dob=f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1960, 2002)}")


# ---- Kazakhstan
@ID("KZ", "")
def _(r):
    fn, ln, sx = pick(r, KZ_CYR)
    p = named(fn, ln, sx, r)
    return T("", "Составь, пожалуйста, доверенность: я, «name», ИИН «ID», доверяю получение посылки в Алматы...",
             name=f"{ln} {fn}", ID=kz_iin(p.dob, sx, r))


@ID("KZ", "")
def _(r):
    fn, ln, sx = pick(r, KZ_CYR)
    p = named(fn, ln, sx, r)
    return T("", "Kazakhstan IIN «ID» — our KYC vendor needs DOB extracted; can you decode it? (client «name»)",
             ID=kz_iin(p.dob, sx, r), name=r.choice(["Aigerim Nurlanova", "Yerlan Zhumabekov", "Dana Omarova"]))


# ---- Israel
@ID("IL", "he_IL")
def _(r):
    p = person("he_IL", r)
    return T("he_IL", "תרגם לאנגלית בבקשה: \"אני, «name}, ת.ז. «ID», מאשר/ת בזאת את קבלת המסמכים.\"".replace("}", "»"),
             name=p.full, ID=FK("he_IL").ssn())


@ID("IL", "he_IL")
def _(r):
    p = person("he_IL", r)
    return T("he_IL", "Relocation file – spouse's teudat zehut «ID», Israeli passport «ID2», Hebrew name «name». "
             "Please prepare the German residence permit checklist.", ID=FK("he_IL").ssn(), ID2=digits(r, 8), name=p.full)


@ID("IL", "he_IL")
def _(r):
    _ = person("he_IL", r)
    return T("he_IL", "מספר זהות «ID} – איך בודקים ספרת ביקורת בפייתון? זה של לקוחה שלנו".replace("}", "»"),
             ID=FK("he_IL").ssn())


# ---- Philippines
@ID("PH", "en_PH")
def _(r):
    p = person("en_PH", r)
    f = FK("en_PH")
    return T("en_PH", "Pls help me write a letter to HR to update my records:\nName: «name»\nSSS No.: «ID»\n"
             "PhilHealth No.: «ID2»\nTIN: «ID3»", name=p.full, ID=f.sss(), ID2=f.philhealth(),
             ID3=f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}-000")


@ID("PH", "fil_PH")
def _(r):
    p = person("fil_PH", r)
    return T("fil_PH", "Pakisalin sa English: \"Ako si «name», UMID CRN «ID», nakatira sa «addr».\"",
             name=p.full, ID=FK("en_PH").umid(), addr=f"{r.randint(1, 300)} Mabini St., Brgy. San Isidro, Quezon City")


# ---- South Africa
@ID("ZA", "zu_ZA")
def _(r):
    p = person("zu_ZA", r)
    return T("zu_ZA", "Please write an affidavit template for a lost bank card.\nDeponent: «name»\nSA ID number: «ID»\n"
             "Residential address: «addr»\nCell: «phone»", name=p.full, ID=za_id(p.dob, p.sex, r),
             addr=FK("zu_ZA").street_address() + ", Soweto, 1804", phone=f"0{r.choice(['72', '82', '83', '71'])} {digits(r, 3)} {digits(r, 4)}")


@ID("ZA", "zu_ZA")
def _(r):
    p = person("zu_ZA", r)
    return T("zu_ZA", "my id no is «ID» but the sars efiling says it doesn't match my name «name», what could be wrong",
             ID=za_id(p.dob, p.sex, r), name=p.full)


@ID("ZA", "zu_ZA")
def _(r):
    p = person("zu_ZA", r)
    return T("zu_ZA", "id_number|surname|first_names|dob\n«ID»|«last»|«first»|«dob»\nDoes the DOB column agree with the "
             "first six digits of the ID number?", ID=za_id(p.dob, p.sex, r), last=p.last.upper(), first=p.first,
             dob=D(p.dob, "iso"))


# ---- Nigeria
@ID("NG", "yo_NG")
def _(r):
    p = person("yo_NG", r)
    return T("yo_NG", "Good morning. Please help me write a letter to the bank to link my NIN «ID» to my account. "
             "My name is «name» and my BVN is «ID2».", ID=ng_nin(r), name=p.full, ID2="22" + digits(r, 9))


@ID("NG", "ha_NG")
def _(r):
    p = person("ha_NG", r)
    return T("ha_NG", "KYC tier-3 upgrade request\ncustomer_name: «name»\nnational_identification_number: «ID»\n"
             "phone: «phone»\nPlease summarise what documents are still required.",
             name=p.full, ID=ng_nin(r), phone=f"+234 80{r.randint(2, 9)} {digits(r, 3)} {digits(r, 4)}")


@ID("NG", "ig_NG")
def _(r):
    p = person("ig_NG", r)
    return T("ig_NG", "abeg how i go take print my nin slip, na «ID» be my nin, name «name}".replace("}", "»"),
             ID=ng_nin(r), name=p.full)


# ---- Kenya / Ghana
@ID("KE", "en_KE")
def _(r):
    p = person("en_KE", r)
    return T("en_KE", "Please draft a short employment confirmation letter for «name}, National ID No. «ID», KRA PIN "
             "«ID2», employed as a driver since 2021.".replace("}", "»"),
             name=p.full, ID=str(r.randint(20_000_000, 39_999_999)), ID2="A0" + digits(r, 8) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))


@ID("KE", "sw")
def _(r):
    p = person("en_KE", r)
    return T("sw", "Naomba unisaidie kuandika barua ya kuomba NHIF. Jina: «name», nambari ya kitambulisho «ID», simu «phone».",
             name=p.full, ID=str(r.randint(20_000_000, 39_999_999)), phone=f"07{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}")


@ID("GH", "tw_GH")
def _(r):
    p = person("tw_GH", r)
    return T("tw_GH", "Onboarding form (Accra): Name «name}; Ghana Card PIN «ID»; SSNIT number «ID2». Convert to JSON."
             .replace("}", "»"), name=p.full, ID=f"GHA-{digits(r, 9)}-{r.randrange(10)}",
             ID2=r.choice("CDEF") + digits(r, 12))


# ---- Singapore / Malaysia / Pakistan
@ID("SG", "")
def _(r):
    nm, sx = pick(r, SG_NAMES)
    p = named(nm, "", sx, r, 1968, 2004)
    return T("", "Hi, please draft the MOM work-pass letter for our employee's spouse. Spouse: «name», NRIC «ID», "
             "DOB «dob», mobile «phone».", name=nm, ID=sg_nric(p.dob, r), dob=D(p.dob, "dmy/"),
             phone=f"+65 {r.choice('89')}{digits(r, 3)} {digits(r, 4)}")


@ID("SG", "")
def _(r):
    nm, sx = pick(r, SG_NAMES)
    p = named(nm, "", sx, r, 1968, 2004)
    return T("", "nric «ID» cannot pass the checksum in our singpass form. owner: «name}".replace("}", "»"),
             ID=sg_nric(p.dob, r), name=nm)


@ID("MY", "")
def _(r):
    nm, sx = pick(r, MY_NAMES)
    p = named(nm, "", sx, r)
    return T("", "Tolong terjemah ke English: \"Saya, «name», No. K/P «ID», dengan ini mengesahkan...\"",
             name=nm, ID=my_kad(p.dob, sx, r))


@ID("MY", "")
def _(r):
    nm, sx = pick(r, MY_NAMES)
    p = named(nm, "", sx, r)
    return T("", "EPF nomination form: nominee «name», MyKad no. «ID», relationship: spouse. Is the IC format "
             "with dashes accepted by KWSP?", name=nm, ID=my_kad(p.dob, sx, r))


@ID("PK", "en_PK")
def _(r):
    p = person("en_PK", r)
    return T("en_PK", "Please write an NOC letter for «name», CNIC «ID», who is travelling to Dubai for a training. "
             "Father's name: «name2».", name=p.full, ID=pk_cnic(p.sex, r), name2=person("en_PK", r, sex="M").full)


@ID("PK", "en_PK")
def _(r):
    p = person("en_PK", r)
    return T("en_PK", "cnic no «ID» pe sim register hai, kia ye check ho sakta hai ke kitni sims hain? (customer: «name})"
             .replace("}", "»"), ID=pk_cnic(p.sex, r).replace("-", ""), name=p.full)


# ---- Egypt / Saudi Arabia / UAE / Iran
@ID("EG", "ar_EG")
def _(r):
    en, ar, sx = pick(r, EG_NAMES)
    p = named(en, "", sx, r)
    return T("ar_EG", "ترجم إلى الإنجليزية من فضلك: \"أقر أنا «name»، الرقم القومي «ID»، بأنني استلمت المبلغ كاملاً.\"",
             name=ar, ID=eg_nid(p.dob, sx, r))


@ID("EG", "ar_EG")
def _(r):
    en, ar, sx = pick(r, EG_NAMES)
    p = named(en, "", sx, r)
    return T("ar_EG", "HR Cairo: new joiner «name», Egyptian national ID «ID», DOB «dob}. Does the 14-digit ID encode the "
             "same birth date?".replace("}", "»"), name=en, ID=eg_nid(p.dob, sx, r), dob=D(p.dob, "dmy/"))


@ID("SA", "ar_SA")
def _(r):
    nm, sx = pick(r, SA_NAMES)
    return T("ar_SA", "Please prepare the GOSI registration summary: employee «name», Saudi national ID «ID», "
             "address «addr», mobile «phone».", name=nm, ID=sa_id(r, "1"), addr=pick(r, SA_ADDR),
             phone=f"05{r.randint(0, 9)} {digits(r, 3)} {digits(r, 4)}")


@ID("SA", "ar_SA")
def _(r):
    nm, sx = pick(r, SA_NAMES)
    return T("ar_SA", "Iqama number «ID» of our driver expires soon – draft the Muqeem renewal request.",
             ID=sa_id(r, "2"))


@ID("AE", "ar_AE")
def _(r):
    nm, sx = pick(r, AE_NAMES)
    p = named(nm, "", sx, r, 1965, 2002)
    return T("ar_AE", "Visa renewal – employee «name», Emirates ID «ID», passport no. «ID2». Please list the "
             "documents ICP needs.", name=nm, ID=ae_eid(p.dob, r), ID2=r.choice(["N", "P", "Z", "K"]) + digits(r, 7))


@ID("AE", "ar_AE")
def _(r):
    nm, sx = pick(r, AE_NAMES)
    p = named(nm, "", sx, r, 1965, 2002)
    return T("ar_AE", "eid: «ID»\nfull_name: «name»\nnationality: UAE\nWhy does our regex ^784-\\d{4}-\\d{7}-\\d$ not match "
             "this record?", ID=ae_eid(p.dob, r).replace("-", ""), name=nm)


@ID("IR", "fa_IR")
def _(r):
    en, fa, sx = pick(r, IR_NAMES)
    m = ir_melli(r)
    return T("fa_IR", "لطفا این را به انگلیسی ترجمه کن: \"اینجانب «name» به کد ملی «ID» گواهی می‌کنم...\"",
             name=fa, ID=f"{m[:3]}-{m[3:9]}-{m[9]}")


# ---- Vietnam
@ID("VN", "vi_VN")
def _(r):
    nm, sx = pick(r, VN_NAMES)
    p = named(nm, "", sx, r)
    return T("vi_VN", "Nhờ bạn soạn giúp đơn xin nghỉ phép.\nHọ và tên: «name»\nSố CCCD: «ID»\nNgày sinh: «dob»\n"
             "Địa chỉ: «addr»", name=nm, ID=vn_cccd(p.dob, sx, r), dob=D(p.dob, "dmy/"),
             addr=f"Số {r.randint(1, 200)} đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh")


@ID("VN", "vi_VN")
def _(r):
    nm, sx = pick(r, VN_NAMES)
    p = named(nm, "", sx, r)
    return T("vi_VN", "Vietnamese citizen ID (căn cước công dân) «ID» for «name} – the first 3 digits are the province, "
             "right? Which province is this?".replace("}", "»"), ID=vn_cccd(p.dob, sx, r), name=nm)


# ---- mixed / multi-country
@ID("MULTI", "")
def _(r):
    a = person("de_DE", r)
    b = person("pl_PL", r)
    c = person("es_ES", r)
    pes = FK("pl_PL").pesel(date_of_birth=dt.datetime(b.dob.year, b.dob.month, b.dob.day), sex=b.sex)
    return T("", "name,country,national_id,id_type\n«n1»,DE,«ID1»,Steuer-ID\n«n2»,PL,«ID2»,PESEL\n«n3»,ES,«ID3»,DNI\n\n"
             "Write a pandas script that validates each national_id according to id_type.",
             n1=a.full, ID1=de_steuer_id(r), n2=b.full, ID2=pes, n3=c.full, ID3=FK("es_ES").nif())


@ID("MULTI", "")
def _(r):
    a = person("en_GB", r)
    b = person("fr_FR", r)
    return T("", "Conference visa letters – attendees:\n1. «n1», British passport «ID1», DOB «d1»\n"
             "2. «n2», French passport «ID2», DOB «d2»\nPlease generate one letter per attendee.",
             n1=a.full, ID1=digits(r, 9), d1=D(a.dob, "dmy/"),
             n2=b.full, ID2=f"{r.randint(12, 24)}{r.choice('ABCDEFKL')}{r.choice('ABCDEFKL')}{digits(r, 5)}", d2=D(b.dob, "dmy/"))


@ID("MULTI", "")
def _(r):
    a = person("sv_SE", r)
    b = person("no_NO", r)
    c = person("da_DK", r)
    return T("", "INSERT INTO nordic_employees (full_name, country, personal_no) VALUES\n  ('«n1»', 'SE', '«ID1»'),\n"
             "  ('«n2»', 'NO', '«ID2»'),\n  ('«n3»', 'DK', '«ID3»');\n-- please add a CHECK constraint per country",
             n1=a.full, ID1=se_pnr(a.dob, a.sex, r), n2=b.full,
             ID2=FK("no_NO").ssn(dob=f"{b.dob:%Y%m%d}", gender=b.sex), n3=c.full, ID3=dk_cpr(c.dob, c.sex, r))


# --------------------------------------------------------------------------- PII-free rows
# «dN» -> N random digits (first non-zero), «hN» -> N random hex chars, «pick:a|b|c» -> one of the options
FREE = [
    ("", "Summarize the differences between RFC 9110 and RFC 7231 regarding the Content-Location header. "
         "Keep it under 150 words."),
    ("", "Our e-mail validator rejects addresses with a '+' in the local part. Does RFC 5322 (or RFC 6531) allow it? "
         "Give me the relevant section numbers."),
    ("", "GitLab CI job #«d7» failed at stage 'integration' with exit code 137 after 41 minutes. Runner is docker "
         "with a 4 GB memory limit. Is that an OOM kill and how do I confirm it?"),
    ("", "Run «d10» of workflow build.yml fails with 'Error: Process completed with exit code 1' in the step "
         "'Run npm ci'. Lockfile v3, Node 20.11.1, npm 10.2.4. What should I check first?"),
    ("", "Jenkins build #«d4» of pipeline payments-api has been stuck at 'Waiting for next available executor' for "
         "25 minutes. We have 6 executors across 2 agents and only 3 jobs running. Ideas?"),
    ("", "Our PTZ camera preset 3 is PAN 127.5°, TILT -12.0°, ZOOM 4.2x. Write the VISCA over IP command to recall "
         "preset 3 and then nudge pan by +5° at speed 0x0C."),
    ("", "Panorama question: I shot 18 frames at 20° pan increments with a 24 mm lens on APS-C in portrait "
         "orientation. Is the overlap enough for Hugin, and what tilt should the second row use?"),
    ("", "Compare run 48213 (lr=3e-4, batch 256, val_loss 0.2143, 12 epochs) with run 48377 (lr=1e-4, batch 512, "
         "val_loss 0.2209, 20 epochs). Which would you continue training and why?"),
    ("", "Format this in APA 7: Designing Data-Intensive Applications, O'Reilly Media, 2017, ISBN 978-1-4493-7332-0."),
    ("", "Summarize doi:10.1038/s41586-021-03819-2 in three bullet points for a non-technical audience."),
    ("", "Draft a customer-service reply template for delayed parcels, with placeholders for the customer name. "
         "Internal example reference: ORD-2025-«d6», carrier DHL, tracking JJD0003900«d8»."),
    ("", "Invoice INV-«d5» is 14,250.00 EUR net with 19 % VAT. Compute the gross amount and the amount due if the "
         "2 % early-payment discount (10 days) is used."),
    ("", "Restock plan: SKU HX-4471-BLK-M has 37 units on hand, reorder point 120, lead time 14 days, average "
         "daily demand 9.5 units. When should we reorder and how much with an EOQ of 400?"),
    ("", "Explain CVE-2021-44228 and whether upgrading log4j-core to 2.17.1 also fixes CVE-2021-45105 and "
         "CVE-2021-44832."),
    ("", "git bisect says the first bad commit is «h40». How do I list the files it touched and revert only "
         "src/billing/tax.py from it?"),
    ("", "nginx listens on 443 and 8443, the upstream app on 127.0.0.1:9000 and the exporter on :9113. Write an "
         "nftables ruleset that only exposes 443 to the internet and 9113 to 10.0.0.0/8."),
    ("", "We're upgrading Django 4.2.11 to 5.0.3 on Python 3.12.2. Which deprecations from 4.x will actually break "
         "our code? We use USE_L10N and the old index_together."),
    ("", "Eurostat: EU-27 unemployment was 5.9 % in 2024, youth unemployment 14.9 %. Write two neutral sentences "
         "for our internal economic newsletter."),
    ("de_DE", "Für die Lieferantenstammdaten: Siemens AG, Amtsgericht München HRB 6684, USt-IdNr. DE129274202 – "
              "welcher Wert gehört ins Feld 'tax_id' und welcher in 'registry_no'?"),
    ("de_DE", "Mach mir einen Aushang für die Büroküche: Notruf 112, Polizei 110, Giftnotruf Berlin 030 19240, "
              "Werkschutz intern Durchwahl 4444. Bitte gut lesbar und kurz."),
    ("de_DE", "Welche PLZ-Leitregionen decken Bayern ab? Ich brauche für eine Vertriebsgebietskarte Bereiche wie "
              "80xxx–87xxx und 90xxx–97xxx."),
    ("et_EE", "Kuidas arvutatakse Eesti isikukoodi kontrollnumbrit? Selgita mõlemat astme kaalu (1–9,1 ja 3–9,1,2,3)."),
    ("es_MX", "¿Qué formato tiene una CURP? Explícame qué significa cada una de las 18 posiciones, sin usar datos reales."),
    ("", "Write a Python function validate_pesel(pesel: str) -> bool with the weights 1-3-7-9. Use \"<PESEL>\" as "
         "the placeholder in the docstring example, no real numbers."),
    ("", "Regex for US SSNs in the format XXX-XX-XXXX that rejects area numbers 000, 666 and 900-999 and group 00. "
         "Explain each part."),
    ("", "Write a Go function that checks a Canadian SIN with the Luhn algorithm and returns a typed error. Include "
         "table-driven tests using obviously invalid inputs like \"000 000 000\"."),
    ("", "def elfproef(bsn: str) -> bool:\n    if not bsn.isdigit() or len(bsn) != 9:\n        return False\n    "
         "total = sum(int(d) * w for d, w in zip(bsn[:8], range(9, 1, -1)))\n    return (total - int(bsn[8])) % 11 == 0\n\n"
         "Is this BSN check correct? It seems to accept 000000000."),
    ("pt_BR", "function validaCPF(cpf) {\n  cpf = cpf.replace(/\\D/g, '');\n  if (cpf.length !== 11 || /^(\\d)\\1+$/.test(cpf)) return false;\n"
              "  // ...\n}\nComplete essa função em JavaScript; o teste com '000.000.000-00' deve retornar false."),
    ("zu_ZA", "What does the 11th digit of a South African ID number mean, and why was the race digit removed?"),
    ("sv_SE", "Varför använder man '+' istället för '-' i personnumret för personer över 100 år? Och hur hanterar "
              "Skatteverket samordningsnummer?"),
    ("pt_BR", "Qual a diferença entre CPF e CNPJ, e por que o CNPJ vai passar a ter letras a partir de 2026?"),
    ("en_IN", "Is the last digit of an Aadhaar number a Verhoeff checksum? How would I implement that check in Java?"),
    ("es_ES", "¿Cuánto tiempo es válido el DNI en España según la edad y cómo se calcula la letra (módulo 23)?"),
    ("", "CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  national_id VARCHAR(20),\n  country CHAR(2),\n  "
         "created_at TIMESTAMPTZ DEFAULT now()\n);\nHow do I encrypt national_id with pgcrypto but still allow exact-match lookups?"),
    ("", "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"type\": \"object\",\n  \"properties\": {\n"
         "    \"pesel\": {\"type\": \"string\", \"pattern\": \"^[0-9]{11}$\"},\n    \"nip\": {\"type\": \"string\", \"pattern\": \"^[0-9]{10}$\"}\n"
         "  },\n  \"required\": [\"pesel\"]\n}\nHow do I make nip required only when customerType is 'business'?"),
    ("sv_SE", "Form spec: field 'personnummer', placeholder 'ÅÅÅÅMMDD-NNNN', max length 13, mask on blur. Write the "
              "React component with react-hook-form."),
    ("", "2025-03-04T10:12:44Z INFO req_id=«h32» status=502 upstream=10.0.3.17:8080 latency_ms=30012\n"
         "Why would the latency be exactly 30 s on every 502?"),
    ("", "Pod api-7d9f8c6b5-x2kqp is in CrashLoopBackOff, restartCount 48, last exit code 143, liveness probe "
         "/healthz on port 8081 with timeoutSeconds 1. What's going on?"),
    ("", "docker pull fails: manifest for registry.example.internal/base/python@sha256:«h64» not found. The tag "
         "3.12-slim still works. Why?"),
    ("", "Explain this trust policy: the principal is arn:aws:iam::123456789012:role/ci-deployer and the condition "
         "is aws:SourceVpce = vpce-0a1b2c3d4e5f67890. Is it too permissive?"),
    ("", "Split 10.20.0.0/16 into /20 subnets for 3 availability zones (public, private, data) and leave room "
         "for growth. Show the table."),
    ("", "Our ISP (AS3320) and Hurricane Electric (AS6939) both peer with us at DE-CIX Frankfurt. Why does "
         "traffic to 2001:db8::/32 prefer the longer AS path?"),
    ("", "Kernel panic: 'BUG: unable to handle page fault for address: ffff8881«h8»' in ext4_da_write_begin+0x1c4/0x4e0 "
         "on 6.8.0-45-generic. Hardware or driver?"),
    ("", "Excel: =VLOOKUP(A2, Sheet2!$A$2:$D$500, 4, FALSE) returns #N/A for IDs like 00482 that are stored as text "
         "on one sheet and numbers on the other. Fix?"),
    ("", "What does the regex ^(?!000|666|9\\d{2})\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$ match? Explain the lookaheads."),
    ("", "Safety data sheet question: ethanol CAS 64-17-5, EC 200-578-6, UN 1170, packing group II. Which GHS "
         "pictograms and H-statements apply?"),
    ("", "Explain Article 6(1)(f) GDPR versus § 26 BDSG for employee monitoring, and how CJEU case C-34/21 changed "
         "the picture."),
    ("", "Map ISO/IEC 27001:2022 Annex A control 8.24 (use of cryptography) to NIST SP 800-53 Rev. 5 controls."),
    ("", "Customs classification: HS 8471.30.00 or 8517.62.00 for a rugged 10-inch tablet with an LTE modem? "
         "Explain the GRI reasoning."),
    ("", "Billing question: what is the difference between ICD-10-CM J45.909 and J45.20, and when would a coder "
         "choose J45.901?"),
    ("", "Summarize independent claims 1 and 6 of US 6,285,999 B1 in plain English."),
    ("", "Is 4006381333931 a valid EAN-13? Show the check digit calculation step by step."),
    ("", "Statistics Estonia reports a population of 1,374,687 on 1 January 2024 vs 1,365,884 a year earlier. "
         "What's the growth rate in percent, and how much is net migration likely to explain?"),
    ("", "LH 400 FRA–JFK lands at 13:40 local; the connection DL 2118 leaves JFK at 15:55 from Terminal 4. "
         "Is 2 h 15 min enough with US immigration?"),
    ("", "Write an invite text for the all-hands: Zoom meeting ID 845 2291 «d4», passcode «d6», Thursday 16:00 CET, "
         "agenda Q1 results and the new travel policy."),
    ("", "KB5034441 fails with 0x80070643 on Windows 11 build 22631.3007. The recovery partition is 522 MB. "
         "How do I resize it safely?"),
    ("", "Sort these by SemVer precedence: 1.10.0, 1.2.10, 1.2.9-rc.1, 1.2.9, 2.0.0-alpha.3, 2.0.0-alpha.10."),
    ("", "Convert 0x1F4, 0o755 and 0b101101 to decimal and explain why chmod uses octal."),
    ("", "Is 2147483647 prime? And 4294967297? Show a quick way to check each."),
    ("", "Convert the Unix timestamps 1700000000 and 1735689600 to UTC and to Europe/Berlin local time."),
    ("", "Explain the cron expression */15 6-22 * * 1-5 and rewrite it for systemd OnCalendar."),
    ("", "Scale this recipe from 4 to 12 servings and convert to US cups: 250 g flour, 3 eggs, 0.5 l milk, "
         "40 g butter, 1 tsp salt."),
    ("", "Compute the NPV at 7 % of these cash flows: -1,200,000; 300,000; 420,000; 510,000; 380,000. Also the IRR."),
    ("et_EE", "Millised on Eesti riigipühad 2025. aastal? Palun tabelina kuupäevade ja nädalapäevadega."),
    ("de_DE", "DWD-Station 10382 (Berlin-Tegel) wurde geschlossen – welche Station-ID nutzt man jetzt für Berlin und "
              "wie lange reichen die Zeitreihen von 10384 zurück?"),
    ("", "After 1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 — name the opening and give two main lines for White."),
    ("", "Calculate the ISO 6346 check digit for container owner code MSCU with serial number «d6»."),
    ("", "How do I validate an IMO ship number like IMO 9321483? Show the weighted check digit calculation."),
    ("", "Is BIC COBADEFFXXX the same as COBADEFF? Our SEPA pain.001 file has 11-character BICs and the bank "
         "portal rejects 8-character ones."),
    ("de_DE", "Einkommensteuer 2025: Grundfreibetrag 12.096 EUR, 42 % ab 68.481 EUR. Wie hoch ist der "
              "Grenzsteuersatz bei 70.000 EUR zu versteuerndem Einkommen?"),
    ("", "Salary bands: L4 62,000–78,000 EUR, L5 75,000–94,000 EUR. What's the compa-ratio for 71,500 in L4, and "
         "how much overlap is healthy between bands?"),
    ("", "Summarize our travel policy for the intranet: form A1 must be submitted within 14 days, per diem 28 EUR "
         "for trips over 8 hours, mileage 0.30 EUR/km, hotel cap 150 EUR/night."),
    ("de_DE", "Übersetze ins Deutsche: 'Your order «d5» will arrive within 3–5 business days. Tracking updates are "
              "sent every 24 hours.'"),
    ("pl_PL", "Przetłumacz na polski: 'Ticket INC00«d5» has been escalated to priority P2 and assigned to the "
              "network team.'"),
    ("", "INC00«d5» and CHG00«d5» both reference CI sap-prd-db01. Draft a post-incident summary with the timeline "
         "02:14–03:47 UTC, root cause 'expired TLS certificate on the load balancer'."),
    ("", "Split epic PAY-1042 into user stories. PAY-1043 is 'export SEPA XML pain.001.001.09', PAY-1044 is "
         "'camt.053 import'. Write acceptance criteria for both."),
    ("", "PR #«d4» changes 37 files (+1,204/−388), mostly in services/ledger. Write a concise review checklist for it."),
    ("", "What's the difference between U+00E9 and U+0065 U+0301, and how do I normalize to NFC in Python and "
         "PostgreSQL?"),
    ("", "Is #1E90FF on white (#FFFFFF) accessible for body text under WCAG 2.2 AA? Compute the contrast ratio."),
    ("", "Great-circle distance between 59.4370° N, 24.7536° E and 60.1699° N, 24.9384° E? Show the haversine steps."),
    ("", "ThinkPad T14 Gen 4 21HD003MGE vs 21HD003NGE — what's the difference in the configuration?"),
    ("", "Is an M8×1.25 DIN 933 8.8 zinc-plated bolt interchangeable with ISO 4017? What torque for 8.8 dry?"),
    ("de_DE", "ICE 597 ab München Hbf 09:28 – ist der ICE-Sprinter nach Berlin schneller, und lohnt sich die "
              "Sitzplatzreservierung für 5,50 EUR?"),
    ("", "A loan of 250,000 at 3.9 % nominal for 25 years, monthly payments: what's the instalment and the total "
         "interest? Show the formula."),
    ("", "What's the address format used on letters to the Bundestag (Platz der Republik 1, 11011 Berlin), and why "
         "does it have its own postcode?"),
    ("en_GB", "Is SW1A 1AA a real postcode? Explain what the outward and inward parts of a UK postcode mean."),
    ("en_US", "Which ZIP codes cover Midtown Manhattan (10001, 10018, 10036, 10118)? Why does a single building "
              "have its own ZIP?"),
    ("", "Google Ireland's VAT number is IE6388047V. Is the Irish VAT format 7 digits + 1–2 letters, and how do "
         "I check it in VIES via the API?"),
    ("", "A vendor's W-8BEN-E lists Apple Inc. EIN 94-2404110 as the payee's US TIN. Shouldn't a W-9 be used for a "
         "US corporation instead?"),
    ("", "Our D-U-N-S number field shows 'XX-XXX-XXXX' as placeholder. Where do companies look up their DUNS, and "
         "is it needed for the Apple Developer Program?"),
    ("", "How are LEI check digits computed (ISO 17442)? Is it the same mod 97-10 scheme as IBAN?"),
    ("fi_FI", "Mitä henkilötunnuksen välimerkit (-, A, B, C, D, E, F, Y, X, W, V, U) tarkoittavat vuoden 2023 "
              "uudistuksen jälkeen? Muoto on PPKKVVCZZZQ."),
    ("en_GB", "How is a UK National Insurance number structured (two prefix letters, six digits, suffix A–D)? "
              "Which prefixes are never issued?"),
    ("en_AU", "What's the difference between a TFN and an ABN, and can a sole trader use the same one for both?"),
    ("zh_CN", "18位居民身份证号码的结构是什么？前6位、出生日期、顺序码和校验码分别怎么算？请不要举真实号码。"),
    ("ko_KR", "개인정보보호법상 주민등록번호를 수집할 수 있는 경우는 언제인가요? 대체 수단(아이핀 등)도 알려주세요."),
    ("ja_JP", "マイナンバーを社員番号として使うことは法律上許されますか？番号法の根拠条文も教えてください。"),
    ("", "public static boolean isValidIban(String iban) {\n    // TODO\n}\nImplement ISO 13616 mod-97 validation in "
         "Java without BigInteger, and add JUnit tests with the placeholders '<IBAN_DE>' and '<IBAN_FR>'."),
    ("", "const schema = z.object({\n  ssn: z.string().regex(/^\\d{3}-\\d{2}-\\d{4}$/),\n  passportNumber: z.string().min(6).max(9),\n});\n"
         "How do I make passportNumber optional when country === 'US' in zod?"),
    ("", "Test fixture:\n{\"customer\": {\"pesel\": \"<PESEL>\", \"name\": \"<FULL_NAME>\", \"dob\": \"<YYYY-MM-DD>\"}}\n"
         "Write a pytest factory that fills these placeholders with synthetic values at runtime."),
    ("", "Improve this mail template: 'Dear [NAME], your policy [POLICY_NO] renews on [DATE]. Your reference is "
         "[CUSTOMER_ID].' Keep the placeholders exactly as they are."),
    ("tr_TR", "TC kimlik numarasının son iki hanesi (10. ve 11. basamak) nasıl hesaplanır? Algoritmayı adım adım "
              "anlatır mısın?"),
    ("pt_BR", "O que significa RG e por que o formato muda de estado para estado? O novo CIN substitui o RG?"),
    ("es_ES", "¿Qué documentos necesita un extranjero comunitario para obtener el NIE y cuánto cuesta la tasa 790 "
              "código 012?"),
    ("en_IE", "Draft a privacy-notice paragraph explaining why our payroll team collects the PPS number and for "
              "how long we keep it."),
    ("de_DE", "Wie ist die steuerliche Identifikationsnummer aufgebaut und warum darf in den ersten zehn Ziffern "
              "genau eine Ziffer doppelt vorkommen?"),
    ("pl_PL", "Jak sprawdzić sumę kontrolną numeru NIP w Excelu? Wagi to 6,5,7,2,3,4,5,6,7."),
    ("fr_FR", "Quelle est la structure du NIR (numéro de sécurité sociale) et comment calcule-t-on la clé à deux "
              "chiffres pour la Corse (2A/2B) ?"),
    ("es_CL", "¿Cómo se calcula el dígito verificador del RUT chileno con módulo 11? Muéstralo con un número "
              "ficticio como 12.345.678-?"),
    ("pt_BR", "Como validar CPF em T-SQL no SQL Server sem CLR? Quero uma função escalar que retorne 0 ou 1."),
    ("it_IT", "Come si calcola il carattere di controllo del codice fiscale? Mi servono le tabelle dei caratteri "
              "pari e dispari."),
    ("nl_NL", "Wat is het verschil tussen de elfproef voor oude bankrekeningnummers en die voor het BSN?"),
    ("ja_JP", "マイナンバーのチェックデジットの計算方法を、Pythonのコード付きで教えてください。"),
    ("zh_CN", "身份证号码最后一位是X是什么意思？数据库里应该用什么类型存？"),
    ("ko_KR", "주민등록번호 뒷자리 첫 숫자(1~4)의 의미와 2020년 10월 이후 바뀐 부여 방식에 대해 설명해 주세요."),
    ("ru_RU", "Как рассчитываются контрольные цифры ИНН физического лица (12 знаков)? Напиши функцию на Python."),
    ("el_GR", "Πώς υπολογίζεται το ψηφίο ελέγχου του ΑΦΜ; Γράψε μια συνάρτηση σε JavaScript."),
    ("hu_HU", "Hogyan számolják ki a TAJ szám ellenőrző számjegyét? Írj rá egy Excel-képletet."),
    ("", "PCI DSS question: is a truncated PAN (first 6, last 4 digits) still considered cardholder data, and can it "
         "be logged?"),
    ("", "Simplify sin(30°) + cos(60°) and explain why Excel's SIN() returns 0.5 only when I wrap the angle in "
         "RADIANS()."),
    ("es_MX", "En un CFDI 4.0, ¿qué RFC se usa para clientes extranjeros (XEXX010101000) y cuál para el público en "
              "general (XAXX010101000)? ¿Qué régimen fiscal va con cada uno?"),
    ("en_US", "Why did the SSA never issue Social Security numbers starting with 666 or 9xx, and what changed with "
              "randomization in 2011?"),
    ("", "Slovenia's Gini coefficient was 23.1 in 2023 versus an EU average of 29.6. Write a short chart caption "
         "that puts this in context."),
    ("", "We got an invoice from Amazon Web Services EMEA SARL (VAT LU26888617) for 3,412.18 EUR. Does reverse "
         "charge apply for a German GmbH, and what goes into the UStVA line 46?"),
    ("de_DE", "Impressum-Check: 'Deutsche Telekom AG, Amtsgericht Bonn HRB 6794, USt-IdNr. DE 123475223' – "
              "reicht das als Muster für unser eigenes Impressum?"),
    ("", "What numbers should go in the travel safety brief for Japan (110 police, 119 fire/ambulance) and the UK "
         "(999 / 112, NHS 111 for non-emergencies)?"),
    ("de_DE", "Bitte die Nummern der TelefonSeelsorge (0800 111 0 111 und 0800 111 0 222) und die 116 117 für "
              "unsere EAP-Intranetseite freundlich formulieren."),
    ("", "Xcode 15.2 (15C500b) fails with 'Command PhaseScriptExecution failed with a nonzero exit code' after "
         "pod install. CocoaPods 1.15.2. Fix?"),
    ("", "requirements.txt pins numpy==1.26.4, pandas==2.2.1, scipy==1.12.0. Will these install on Python 3.13, "
         "and what are the minimum compatible versions?"),
    ("", "SAP error F5 702 'Balance in transaction currency' when posting document type SA in company code 1000. "
         "What does it mean?"),
    ("", "SELECT order_id, SUM(amount) FROM order_lines WHERE order_id BETWEEN 900000 AND 900500 GROUP BY order_id;\n"
         "This takes 14 s on 80 M rows. Which index would you add?"),
    ("", "Alert: disk /var at 91 % on host db-prod-03 (10.0.12.7), inode usage 64 %, ticket OPS-«d4». Write a "
         "short runbook entry for this alert."),
    ("", "A meeting is at 15:00 CET. What time is that in IST and in US Pacific time during the three weeks when "
         "only the US is on daylight saving time?"),
    ("de_DE", "Wie lange müssen Lohnunterlagen in Deutschland aufbewahrt werden? § 147 AO sagt 10 bzw. 6 Jahre – "
              "was gilt für Lohnkonten nach § 41 EStG?"),
    ("", "p95 latency went from 182 ms to 246 ms after deploy 2025.03.14-2, CPU at 71 %, GC pauses up to 90 ms. "
         "Where would you look first?"),
    ("", "Warehouse bin A-12-03-B is on the far end of aisle 12. Suggest a pick-path heuristic for 40 orders "
         "averaging 6 lines each."),
    ("", "Are UUIDv7 values like 018f3e5c-7a2b-7c3d-9e4f-a1b2c3d4e5f6 sortable by creation time, and is that safe "
         "to expose in URLs?"),
    ("", "Decode 'SGVsbG8gV29ybGQ=' and explain why base64 needs the '=' padding here."),
    ("de_DE", "SKR03: Wann bucht man auf Konto 1200 und wann auf 1800? Und was entspricht dem in SKR04?"),
    ("de_DE", "Was bedeuten die Buchstaben auf deutschen Kfz-Kennzeichen, z. B. M, HH oder B, und seit wann gibt "
              "es die Kennzeichenliberalisierung?"),
    ("", "Write a short notice: building B2, room 2.041 will be closed on 12 May for HVAC maintenance; meetings "
         "move to room 3.017."),
    ("", "Can you explain the structure of an ICAO passport MRZ (TD3), including where the check digits go? "
         "Use '<<<<<<<<' fillers and P<UTO as the example country, no real data."),
    ("", "Our KYC vendor returns status codes 1001 (doc expired), 1002 (MRZ mismatch), 1007 (face match < 0.8). "
         "Write user-facing messages for each, without mentioning the codes."),
    ("lv_LV", "Kāpēc Latvijā kopš 2017. gada jaunie personas kodi sākas ar 32 un vairs nesatur dzimšanas datumu?"),
    ("lt_LT", "Kaip apskaičiuojamas asmens kodo kontrolinis skaitmuo? Parašyk funkciją TypeScript kalba."),
    ("ro_RO", "Cum se calculează cifra de control a CNP-ului? Constanta este 279146358279 – scrie o funcție în C#."),
    ("cs_CZ", "Jak funguje kontrola dělitelnosti 11 u rodného čísla a proč neplatí pro čísla vydaná před rokem 1954?"),
    ("hr_HR", "Kako se računa kontrolna znamenka OIB-a (ISO 7064, MOD 11,10)? Napiši primjer u PHP-u bez stvarnog OIB-a."),
    ("", "Give me a table of national ID formats for the Nordics: Sweden (YYMMDD-NNNC), Norway (DDMMYYNNNCC), "
         "Denmark (DDMMYY-NNNN), Finland (DDMMYYCZZZQ), Iceland (DDMMYY-RRCM). Just formats, no examples."),
    ("en_IN", "Write a regex for Indian PAN (AAAAA9999A) and explain what the 4th character (P, C, H, F, ...) "
              "indicates."),
    ("he_IL", "איך מחשבים ספרת ביקורת של מספר תעודת זהות ישראלית? תן קוד ב-Python בלי מספרים אמיתיים."),
    ("en_NZ", "How does the IRD number check digit work, including the secondary weighting when the first result is 10?"),
    ("", "Our on-call rotation spreadsheet has columns week, primary, secondary, escalation_level. Generate the "
         "formula that flags weeks where primary and secondary are the same cell value."),
    ("", "Benchmark results: 48 vCPU c7i.12xlarge did 1.82 M req/s at p99 3.1 ms; m7g.12xlarge did 1.64 M req/s "
         "at p99 2.7 ms. Which is more cost-efficient at on-demand prices?"),
    ("", "The ticket says 'reproduce with build 7.4.0+build.«d4» on Android 14 (API 34), Pixel 7'. Write the bug "
         "report template with sections for steps, expected and actual."),
    ("", "What are 911, 112 and 999 and which work from a mobile phone in which countries? Also explain eCall in the EU."),
    ("uk_UA", "Як перевірити контрольну цифру РНОКПП (ІПН)? Напиши функцію на JavaScript, без реальних номерів."),
    ("", "Explain the difference between RFC 3339 and ISO 8601 timestamps, e.g. 2025-03-14T09:26:53.589+01:00 vs "
         "20250314T092653Z."),
    ("", "Translate into French for our product page: 'Model X-200, 230 V / 50 Hz, 1,800 W, IP44, 2-year warranty, "
         "article no. 7040-118.'"),
]

FREE_MARK = re.compile(r"«([dh])(\d+)»")


def render_free(text, r):
    def sub(m):
        n = int(m.group(2))
        if m.group(1) == "d":
            return str(r.randint(1, 9)) + digits(r, n - 1)
        return "".join(r.choice("0123456789abcdef") for _ in range(n))
    return FREE_MARK.sub(sub, text)


# --------------------------------------------------------------------------- main
N_ID, N_FREE = 160, 140


def main() -> list[dict]:
    top = random.Random(SEED)
    makers = list(ID_MAKERS)
    # trim to N_ID: drop makers from the countries that have the most rows (never the last one of a country)
    while len(makers) > N_ID:
        cnt = {}
        for c, _, _ in makers:
            cnt[c] = cnt.get(c, 0) + 1
        mx = max(cnt.values())
        cands = [i for i, (c, _, _) in enumerate(makers) if cnt[c] == mx and c != "MULTI"]
        makers.pop(top.choice(cands))
    assert len(makers) == N_ID, len(makers)
    assert len(FREE) >= N_FREE, len(FREE)
    free = list(FREE)
    while len(free) > N_FREE:
        free.pop(top.randrange(len(free)))

    rows = []
    for k, (country, _loc, fn) in enumerate(makers):
        Faker.seed(SEED + k)
        r = random.Random(SEED * 7 + k)
        row = fn(r)
        row["_country"] = country
        rows.append(row)
    for k, (loc, text) in enumerate(free):
        r = random.Random(SEED * 13 + k)
        rows.append({"loc": loc, "text": render_free(text, r), "values": [], "ids": [], "_country": None})

    top.shuffle(rows)
    seen = set()
    out = []
    for i, row in enumerate(rows, 1):
        t = row["text"]
        assert t not in seen, t
        seen.add(t)
        for v in row["values"]:
            assert v and v in t, (v, t)
        for v in row["ids"]:
            assert v in row["values"], (v, t)
        if row["_country"]:
            assert row["ids"], t
        else:
            assert not row["values"], t
        assert not re.search(r"«[A-Za-z_]\w*»", t), t
        out.append({"id": f"id-{i:03d}", "loc": row["loc"], "text": t, "values": row["values"], "ids": row["ids"]})

    return out
