"""Build the `therapy` check set: prompts from talking therapies and the services around them.

Hand-written for privacy-gateway's evaluation by a helper acting as "the stranger". Standard
library only; deterministic (fixed SEED). Every private value below was typed by hand.

    python build.py          # writes tune.jsonl and prints counts
    python build.py --check  # rebuilds in memory, runs check(), compares with tune.jsonl
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 6127
SET = "therapy"
OUT = Path(__file__).resolve().parent / "tune.jsonl"
N_ROWS = 324
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]+)⟧")
SLOT = re.compile(r"\[\[([a-z]+)(\d*)(?:\.(\w+))?(\^)?\]\]")

LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "th": "Thai", "vi": "Vietnamese",
    "id": "Indonesian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "tl": "Tagalog/Taglish",
    "hinglish": "Hinglish",
}


def m(typ, value):
    """Write one label marker."""
    return f"⟦{typ}|{value}⟧"


def casefn(case):
    if case == "lower":
        return str.lower
    if case == "upper":
        return str.upper
    return lambda s: s


def unmark(marked, case=None):
    """Turn a marked text into (text, spans); lower/upper case is applied piece by piece."""
    f = casefn(case)
    out, spans, pos, n = [], [], 0, 0
    for mo in MARK.finditer(marked):
        lit = f(marked[pos:mo.start()])
        out.append(lit)
        n += len(lit)
        val = f(mo.group(2))
        spans.append({"start": n, "end": n + len(val), "type": mo.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = mo.end()
    out.append(f(marked[pos:]))
    return "".join(out), spans


FOLD = {"ß": "ss", "ø": "o", "æ": "ae", "å": "a", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "œ": "oe"}


def ascii_fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


def addr_marked(raw):
    """Address strings mark each LOCATION part with {braces}; a leading * in a brace marks the town."""
    return re.sub(r"\{\*?([^{}]+)\}", lambda mo: m("LOCATION", mo.group(1)), raw)


def addr_town(raw):
    mo = re.search(r"\{\*([^{}]+)\}", raw)
    assert mo, raw
    return m("LOCATION", mo.group(1))


# ---------------------------------------------------------------- people
# (pool, sex, given, family, culture, options); options: o="fg" (family first), asc=(given, family)
# in ASCII for e-mails of names in other scripts, pat=patronymic.
class Person:
    def __init__(self, pool, sex, given, family, culture, o="gf", asc=None, pat=None, mid=None):
        self.pool, self.sex, self.given, self.family, self.culture = pool, sex, given, family, culture
        self.order, self.asc, self.pat, self.mid = o, asc, pat, mid

    @property
    def tight(self):
        return self.order == "fg" and not any(ch.isascii() for ch in self.given + self.family)

    def full(self):
        if self.order == "fg":
            if self.mid:
                return f"{self.family} {self.mid} {self.given}"
            return self.family + ("" if self.tight else " ") + self.given
        return f"{self.given} {self.family}"


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


def fmt_date(d, style):
    y, mo, day = d
    mn = {k: v.split() for k, v in MONTHS.items()}
    forms = {
        "uk": f"{day:02d}/{mo:02d}/{y}", "us": f"{mo:02d}/{day:02d}/{y}", "iso": f"{y}-{mo:02d}-{day:02d}",
        "dot": f"{day:02d}.{mo:02d}.{y}", "dash": f"{day:02d}-{mo:02d}-{y}", "short": f"{day}/{mo}/{y % 100:02d}",
        "enl": f"{day} {mn['en'][mo - 1]} {y}", "usl": f"{mn['en'][mo - 1]} {day}, {y}",
        "ens": f"{day} {mn['en'][mo - 1][:3]} {y}",
        "fr": f"{day} {mn['fr'][mo - 1]} {y}", "es": f"{day} de {mn['es'][mo - 1]} de {y}",
        "pt": f"{day} de {mn['pt'][mo - 1]} de {y}", "it": f"{day} {mn['it'][mo - 1]} {y}",
        "de": f"{day}. {mn['de'][mo - 1]} {y}", "nl": f"{day} {mn['nl'][mo - 1]} {y}",
        "sv": f"{day} {mn['sv'][mo - 1]} {y}", "ro": f"{day} {mn['ro'][mo - 1]} {y}",
        "id": f"{day} {mn['id'][mo - 1]} {y}", "th": f"{day} {mn['th'][mo - 1]} {y + 543}",
        "el": f"{day} {mn['el'][mo - 1]} {y}", "ru": f"{day} {mn['ru'][mo - 1]} {y} г.",
        "ja": f"{y}年{mo}月{day}日", "ko": f"{y}년 {mo}월 {day}일", "hu": f"{y}. {mo:02d}. {day:02d}.",
        "fi": f"{day}.{mo}.{y}", "cs": f"{day}. {mo}. {y}", "ymd": f"{y}/{mo:02d}/{day:02d}",
    }
    return forms[style]


# ---------------------------------------------------------------- templates and the row engine
class T:
    def __init__(self, cls, name, lang, n, text, pp=("en",), cc=("GB",), case=None, fills=None, sex=None, age=None):
        self.cls, self.name, self.lang, self.n, self.text = cls, name, lang, n, text
        self.pp, self.cc, self.case, self.fills, self.sex = pp, cc, case, fills, sex or {}
        self.age = age or {}


AGES = {"young": (2017, 2023), "child": (2012, 2023), "teen": (2007, 2011), "old": (1900, 1950), "adult": (1951, 2006)}


TEMPLATES = []


def add(*args, **kw):
    TEMPLATES.append(T(*args, **kw))


class Draw:
    """Least-used-first draws, ties broken by the seeded RNG."""

    def __init__(self, rng):
        self.rng = rng
        self.used = Counter()
        self.in_template = set()

    def pick(self, kind, items, ok=lambda it: True, exclude=()):
        cands = [(i, it) for i, it in enumerate(items) if ok(it) and (kind, i) not in exclude]
        assert cands, (kind, exclude)
        fresh = [c for c in cands if (kind, c[0]) not in self.in_template]
        cands = fresh or cands
        low = min(self.used[(kind, i)] for i, _ in cands)
        i, it = self.rng.choice([c for c in cands if self.used[(kind, c[0])] == low])
        self.used[(kind, i)] += 1
        self.in_template.add((kind, i))
        return (kind, i), it


EMAIL_STYLES = ("g.f", "gf", "g_f99", "f.g", "gf1", "g.f99", "ginif")


def email_local(p, style, rng):
    g, f = p.asc if p.asc else (p.given, p.family)
    g, f = ascii_fold(g), ascii_fold(f)
    num = str(rng.randint(2, 98))
    return {
        "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_f99": f"{g}_{f}{num}", "f.g": f"{f}.{g}",
        "gf1": f"{g}{f[0]}{num}", "g.f99": f"{g}.{f}{num}", "ginif": f"{g[0]}.{f}",
    }[style]


def person_value(p, attr):
    P = "PERSON"
    if attr in (None, ""):
        return m(P, p.full())
    if attr == "g":
        return m(P, p.given)
    if attr == "f":
        return m(P, p.family)
    if attr == "rev":
        return m(P, f"{p.family} {p.given}")
    if attr == "NOM":
        return m(P, f"{p.family.upper()} {p.given}")
    if attr == "fc":
        return m(P, p.family) + ", " + m(P, p.given)
    if attr == "gi":
        return m(P, f"{p.given[0]}. {p.family}")
    if attr == "fi":
        return m(P, f"{p.family} {p.given[0]}.")
    if attr == "off":
        return m(P, f"{p.family} {p.given} {p.pat}")
    if attr == "gp":
        return m(P, f"{p.given} {p.pat}")
    raise KeyError(attr)


def resolve(t, i, st, fill):
    text = t.text
    if fill:
        text = re.sub(r"\[\[x\.(\w+)\]\]", lambda mo: fill[mo.group(1)], text)
    assert "[[x." not in text, t.name
    rng, dr = st["rng"], st["draw"]
    sexes = {**t.sex, **(fill or {}).get("_sex", {})}
    cc = (fill or {}).get("_cc") or (dr.pick("cc:" + t.name, t.cc)[1] if t.cc else None)
    got, taken, cache = {}, set(), {}

    def person(idx):
        key = "p" + idx
        if key not in got:
            sex = sexes.get(key)
            k, p = dr.pick("person", PEOPLE, lambda q: q.pool in t.pp and (sex is None or q.sex == sex), taken)
            taken.add(k)
            got[key] = p
        return got[key]

    def one(kind, key, items, ok=lambda it: True):
        if key not in got:
            k, it = dr.pick(kind, items, ok, taken)
            taken.add(k)
            got[key] = it
        return got[key]

    slots = SLOT.findall(text)
    # IDs first, so that a date of birth written beside an ID agrees with it
    for name, idx, attr, _up in slots:
        idx = idx or "1"
        if name != "nid" or "nid" + idx in got:
            continue
        has_p = any(s[0] == "p" and (s[1] or "1") == idx for s in slots)
        if any(r[0] == attr and r[4] for r in IDS):
            rec = one("nid", "nid" + idx, IDS, lambda r, a=attr: r[0] == a)
            if has_p:
                j = next(j for j, q in enumerate(PEOPLE) if q.family == rec[4])
                got["p" + idx] = PEOPLE[j]
                taken.add(("person", j))
                dr.used[("person", j)] += 1
                dr.in_template.add(("person", j))
        else:
            sex = person(idx).sex if has_p else None
            one("nid", "nid" + idx, IDS, lambda r, a=attr, s=sex: r[0] == a and (s is None or r[2] in (None, s)))

    towns = set()
    for name, idx, _attr, _up in slots:
        if name == "a":
            raw = one("addr", "a" + (idx or "1"), ADDRS, lambda r: r[0] == cc)[1]
            towns.add(re.search(r"\{\*([^{}]+)\}", raw).group(1))

    def value(name, idx, attr):
        ck = (name, idx, attr)
        if ck in cache:
            return cache[ck]
        if name == "p":
            p = person(idx)
            if attr == "email":
                style = rng.choice(EMAIL_STYLES)
                v = m("EMAIL_ADDRESS", email_local(p, style, rng) + "@" + rng.choice(DOMAINS[p.pool]))
            elif attr == "login":
                g, f = p.asc if p.asc else (p.given, p.family)
                v = m("PERSON", rng.choice([f"{ascii_fold(g)[0]}{ascii_fold(f)}", f"{ascii_fold(g)}.{ascii_fold(f)}"]))
            else:
                v = person_value(p, attr)
        elif name == "a":
            raw = one("addr", "a" + idx, ADDRS, lambda r: r[0] == cc)[1]
            if attr == "town":
                v = addr_town(raw)
            elif attr == "line":
                v = addr_marked(raw).replace("\n", ", ")
            else:
                v = addr_marked(raw)
        elif name == "ph":
            mob = attr == "mob"
            want = attr.upper() if attr and not mob else cc.split("-")[0]
            v = m("PHONE_NUMBER", one("phone", "ph" + idx, PHONES, lambda r: r[0] == want and (
                r[1] not in LANDLINES if mob else not towns or LANDLINES.get(r[1]) in (None, *towns)))[1])
        elif name == "dob":
            rec = got.get("nid" + idx)
            lo, hi = AGES[t.age.get("dob" + idx, "adult")]
            d = rec[3] if rec and rec[3] else one("dob", "dob" + idx, DOBS, lambda r: lo <= r[0] <= hi)
            v = m("DATE_OF_BIRTH", fmt_date(d, attr))
        elif name == "nid":
            rec = got["nid" + idx]
            v = m("US_SSN" if rec[0] == "ssn" else "NATIONAL_ID", rec[1])
        elif name == "iban":
            v = m("IBAN_CODE", one("iban", "iban" + idx, IBANS, lambda r: r[0] == attr.upper())[1])
        elif name == "card":
            v = m("CREDIT_CARD", one("card", "card" + idx, CARDS))
        elif name == "ip":
            v = m("IP_ADDRESS", one("ip", "ip" + idx, IPS))
        elif name == "mrn":
            v = m("MEDICAL_RECORD_NUMBER", one("mrn", "mrn" + idx, MRNS))
        else:
            raise KeyError(name)
        cache[ck] = v
        return v

    def sub(mo):
        name, idx, attr, up = mo.groups()
        v = value(name, idx or "1", attr)
        return v.upper() if up else v

    return SLOT.sub(sub, text)


def build():
    rng = random.Random(SEED)
    st = {"rng": rng, "draw": Draw(rng)}
    rows, seen = [], set()
    for t in TEMPLATES:
        st["draw"].in_template = set()
        fills = list(t.fills) if t.fills else None
        if fills:
            rng.shuffle(fills)
            assert len(fills) >= t.n, t.name
        for i in range(t.n):
            for _attempt in range(20):
                marked = resolve(t, i, st, fills[i] if fills else None)
                text, spans = unmark(marked, t.case)
                if text not in seen:
                    break
            seen.add(text)
            rows.append({
                "id": f"{SET}-{t.cls}-{t.name}-{i}", "text": text, "spans": spans,
                "source": f"eval/{SET}/build.py", "class": t.cls, "template": t.name, "locale": "",
            })
    return rows


# ---------------------------------------------------------------- checks
def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def digits(s):
    return re.sub(r"\D", "", s)


def id_ok(kind, value):
    """Re-verify the check digits that were worked out once and typed in."""
    d = digits(value)
    if kind == "nhs":
        s = sum(int(a) * w for a, w in zip(d[:9], range(10, 1, -1)))
        return (11 - s % 11) % 11 == int(d[9])
    if kind == "pesel":
        return (10 - sum(int(a) * w for a, w in zip(d[:10], [1, 3, 7, 9] * 3)) % 10) % 10 == int(d[10])
    if kind in ("pnr", "amka", "sin"):
        return luhn_ok(d)
    if kind == "bsn":
        return sum(int(a) * w for a, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0
    if kind == "dni":
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(value[:8]) % 23] == value[8]
    if kind == "nie":
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(value[0])) + value[1:8]) % 23] == value[8]
    if kind == "nir":
        return 97 - int(d[:13]) % 97 == int(d[13:])
    if kind == "cpf":
        v = [int(x) for x in d]
        c1 = sum(a * w for a, w in zip(v, range(10, 1, -1))) * 10 % 11 % 10
        c2 = sum(a * w for a, w in zip(v, range(11, 1, -1))) * 10 % 11 % 10
        return v[9:] == [c1, c2]
    if kind == "ptnif":
        c = 11 - sum(int(a) * w for a, w in zip(d, range(9, 1, -1))) % 11
        return (0 if c >= 10 else c) == int(d[8])
    if kind == "tckn":
        v = [int(x) for x in d]
        return (sum(v[0:9:2]) * 7 - sum(v[1:8:2])) % 10 == v[9] and sum(v[:10]) % 10 == v[10]
    if kind == "ilid":
        return luhn_ok(d)
    if kind == "kvnr":
        ds = f"{ord(value[0]) - 64:02d}" + value[1:9]
        s = sum(sum(divmod(int(c) * (1 + i % 2), 10)) for i, c in enumerate(ds))
        return s % 10 == int(value[9])
    if kind == "cpr":
        return sum(int(a) * w for a, w in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0
    if kind == "hetu":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(value[:6] + value[7:10]) % 31] == value[10]
    if kind == "fnr":
        v = [int(x) for x in d]
        k1 = (11 - sum(a * w for a, w in zip(v, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11) % 11
        k2 = (11 - sum(a * w for a, w in zip(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11) % 11
        return v[9:] == [k1, k2]
    if kind == "rrn":
        s = sum(int(a) * w for a, w in zip(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
        return (11 - s % 11) % 10 == int(d[12])
    if kind == "cnid":
        s = sum(int(a) * w for a, w in zip(value, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))
        return "10X98765432"[s % 11] == value[17]
    if kind == "medicare":
        return sum(int(a) * w for a, w in zip(d, [1, 3, 7, 9] * 2)) % 10 == int(d[8])
    if kind == "cnp":
        s = sum(int(a) * int(w) for a, w in zip(d, "279146358279")) % 11
        return (1 if s == 10 else s) == int(d[12])
    if kind == "pps":
        return "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(a) * w for a, w in zip(d, range(8, 1, -1))) % 23] == value[7]
    if kind == "rc":
        return int(d) % 11 == 0
    if kind == "taj":
        return sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(d[:8])) % 10 == int(d[8])
    if kind == "cf":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        num = "0123456789"

        def val(ch, is_odd):
            i = num.index(ch) if ch in num else ord(ch) - 65
            return odd[i] if is_odd else i

        return chr(65 + sum(val(ch, i % 2 == 0) for i, ch in enumerate(value[:15])) % 26) == value[15]
    if kind == "aadhaar":
        return verhoeff_ok(d)
    if kind in ("nino", "ssn"):
        return True
    raise KeyError(kind)


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 0, 7, 6, 8], [4, 2, 8, 0, 9, 6, 7, 5, 3, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(d):
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def iban_ok(value):
    s = value.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def check(rows):
    assert len(rows) == N_ROWS, len(rows)
    ids, texts = set(), set()
    per_template = Counter(r["template"] for r in rows)
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    assert len({t.name for t in TEMPLATES}) == len(TEMPLATES)
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert "⟦" not in r["text"] and "[[" not in r["text"], r["id"]
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, r["id"]
            assert r["text"][s["start"]:s["end"]] == s["value"], r["id"]
            assert s["value"] and s["value"] == s["value"].strip(), r["id"]
            assert s["start"] >= end, r["id"]
            end = s["end"]
        for a, b in zip(r["spans"], r["spans"][1:]):
            gap = r["text"][a["end"]:b["start"]]
            assert not (a["type"] == b["type"] == "PERSON" and gap.strip(" ") == ""), (r["id"], a, b)
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    lang = {t.name: t.lang for t in TEMPLATES}
    clean = sum(r["class"].startswith("clean_") for r in rows)
    foreign = sum(lang[r["template"]] != "en" for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    assert 0.35 <= foreign / len(rows) <= 0.50, foreign
    assert len({lang[r["template"]] for r in rows} - {"en"}) >= 15
    for kind, value, _sex, _dob, _owner in IDS:
        assert id_ok(kind, value), value
    for _cc, value in IBANS:
        assert iban_ok(value), value
    for value in CARDS:
        assert luhn_ok(digits(value)), value


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            sys.exit(0)
        print(f"{OUT.name}: differs or missing")
        sys.exit(1)
    OUT.write_text(data, encoding="utf-8")
    lang = {t.name: t.lang for t in TEMPLATES}
    case = {t.name: t.case or "mixed" for t in TEMPLATES}
    print("rows", len(rows), "templates", len({r["template"] for r in rows}))
    print("PII-free", sum(r["class"].startswith("clean_") for r in rows))
    cls_rows = Counter(r["class"] for r in rows)
    cls_t = Counter(t.cls for t in TEMPLATES)
    for c in sorted(cls_rows):
        print(f"  {c:28s} rows {cls_rows[c]:3d} templates {cls_t[c]:3d}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans", dict(spans.most_common()))
    langs = Counter(LANGS[lang[r["template"]]] for r in rows)
    print("languages", len(langs), dict(langs.most_common()))
    print("not English", sum(v for k, v in langs.items() if k != "English"))
    for split in ("personal_", "clean_"):
        sub = [r for r in rows if r["class"].startswith(split)]
        print(" ", split, "rows", len(sub), "not English", sum(lang[r["template"]] != "en" for r in sub),
              "cases", dict(Counter(case[r["template"]] for r in sub)))
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())


# ---------------------------------------------------------------- values typed by hand
P = Person
PEOPLE = [
    # en: clients, clinicians, parents, referrers in the UK, Ireland, the US, Canada, Australia, NZ, Africa, Asia
    P("en", "f", "Adaeze", "Okafor", "Igbo"), P("en", "m", "Oluwaseun", "Adebayo", "Yoruba"),
    P("en", "f", "Abena", "Mensah", "Akan"), P("en", "m", "Kofi", "Boateng", "Akan"),
    P("en", "f", "Wanjiru", "Kamau", "Kikuyu"), P("en", "m", "Otieno", "Ochieng", "Luo"),
    P("en", "f", "Hodan", "Warsame", "Somali"), P("en", "m", "Tendai", "Moyo", "Shona"),
    P("en", "f", "Thandiwe", "Dlamini", "Zulu"), P("en", "m", "Pieter", "van der Merwe", "Afrikaans"),
    P("en", "f", "Hope", "Fairweather", "English"), P("en", "m", "Rowan", "Wolf", "English"),
    P("en", "f", "Rose", "Baker", "English"), P("en", "f", "Grace", "Underhill", "English"),
    P("en", "m", "Dale", "Fisher", "English"), P("en", "f", "Joy", "Hunter", "US"),
    P("en", "m", "Siôn", "Llewelyn", "Welsh"), P("en", "f", "Ffion", "Pritchard", "Welsh"),
    P("en", "f", "Saoirse", "Ní Bhraonáin", "Irish"), P("en", "m", "Cathal", "Ó Briain", "Irish"),
    P("en", "m", "Ruairidh", "MacAulay", "Scottish"), P("en", "f", "Morag", "Sutherland", "Scottish"),
    P("en", "m", "Priyesh", "Patel", "Gujarati"), P("en", "f", "Harpreet", "Kaur Sandhu", "Punjabi"),
    P("en", "m", "Imran", "Qureshi", "Pakistani"), P("en", "f", "Nusrat", "Chowdhury", "Bangladeshi"),
    P("en", "m", "Rafiqul", "Islam", "Bangladeshi"), P("en", "f", "Tharani", "Sivakumar", "Tamil"),
    P("en", "f", "Deepa", "Nair", "Malayali"), P("en", "m", "Arjun", "Mehta", "Hindi"),
    P("en", "m", "Minh", "Tran", "Vietnamese Australian"), P("en", "f", "Wei Ling", "Tan", "Singaporean", o="fg"),
    P("en", "m", "Kenji", "Watanabe", "Japanese American"), P("en", "f", "Ji-woo", "Park", "Korean American"),
    P("en", "f", "Mei", "Chen", "Chinese British"), P("en", "m", "Marcus", "Johnson", "African American"),
    P("en", "f", "LaToya", "Washington", "African American"), P("en", "m", "DeShawn", "Carter", "African American"),
    P("en", "f", "Guadalupe", "Hernández", "Chicana"), P("en", "m", "Luis", "Ramírez Ortega", "Mexican American"),
    P("en", "f", "Aroha", "Ngata", "Māori"), P("en", "m", "Tavita", "Faleolo", "Samoan"),
    P("en", "f", "Mere", "Te Rangi", "Māori"), P("en", "m", "Sione", "Taufa", "Tongan"),
    P("en", "f", "Maricel", "Bautista", "Filipino"), P("en", "m", "Jomar", "Villanueva", "Filipino"),
    P("en", "f", "Chantelle", "Brown", "Jamaican"), P("en", "m", "Delroy", "Campbell", "Jamaican"),
    P("en", "f", "Yael", "Ben-David", "Israeli"), P("en", "m", "Dawit", "Tesfaye", "Amharic"),
    P("en", "f", "Selam", "Gebremedhin", "Tigrinya"), P("en", "m", "Karim", "El-Sayed", "Egyptian"),
    P("en", "f", "Leila", "Haddad", "Lebanese"), P("en", "m", "Ahmad", "Wardak", "Dari"),
    P("en", "f", "Shirin", "Rahimi", "Persian"), P("en", "m", "Rebwar", "Mahmood", "Kurdish (Sorani)"),
    P("en", "f", "Agnieszka", "Wróblewska", "Polish"), P("en", "m", "Tomasz", "Zieliński", "Polish"),
    P("en", "f", "Ioana", "Munteanu", "Romanian"), P("en", "m", "Darius", "Kazlauskas", "Lithuanian"),
    P("en", "f", "Ieva", "Ozola", "Latvian"), P("en", "m", "Bogdan", "Petrenko", "Ukrainian"),
    P("en", "f", "Svetlana", "Morozova", "Russian"), P("en", "m", "Luca", "Bianchi", "Italian"),
    P("en", "m", "Mateus", "Oliveira", "Brazilian"), P("en", "f", "Inês", "Carvalho", "Portuguese"),
    P("en", "m", "Jean-Baptiste", "Mukendi", "Congolese"), P("en", "f", "Aminata", "Diallo", "Fula"),
    P("en", "m", "Moussa", "Traoré", "Malian"), P("en", "f", "Fatou", "Ndiaye", "Senegalese"),
    P("en", "m", "Ahmed Abdi", "Hassan", "Somali"), P("en", "f", "Summer", "Lane", "English"),
    P("en", "m", "Hunter", "Mills", "US"), P("en", "f", "Ivy", "Holloway", "English"),
    P("en", "f", "Blessing", "Eze", "Igbo"), P("en", "m", "Godfrey", "Mwangi", "Kikuyu"),
    P("en", "f", "Faith", "Wambui", "Kikuyu"), P("en", "m", "Chidi", "Nwosu", "Igbo"),
    P("en", "m", "Amit", "Banerjee", "Bengali"), P("en", "f", "Anjali", "Reddy", "Telugu"),
    P("en", "m", "Sandeep", "Gill", "Punjabi"), P("en", "f", "Aisha", "Bello", "Hausa"),
    P("en", "f", "Kirra", "McKenzie", "Australian"), P("en", "m", "Lachlan", "O'Brien", "Australian"),
    P("en", "f", "Siobhán", "Kavanagh", "Irish"), P("en", "m", "Jake", "Thornton", "English"),
    P("en", "f", "Olivia", "Pemberton", "English"), P("en", "m", "Harvey", "Collins", "English"),
    P("en", "f", "Emma", "Watson", "English (shares a famous name)"),
    P("en", "m", "Paul", "Simon", "US (shares a famous name)"),
    P("en", "f", "Ruth", "Adler", "Jewish American (shares a theorist's surname)"),
    P("en", "m", "Daniel", "Goldberg", "Jewish American"), P("en", "f", "Rachel", "Feldman", "Jewish American"),
    P("en", "f", "Nadia", "Rahman", "Bangladeshi British"), P("en", "m", "Tariq", "Hussain", "Pakistani British"),
    P("en", "m", "Bilal", "Chaudhry", "Pakistani British"), P("en", "f", "Zainab", "Abubakar", "Hausa"),
    P("en", "m", "Jun Hao", "Lim", "Singaporean", o="fg"),
    P("en", "f", "Nurul Aisyah", "binti Razak", "Malay"), P("en", "m", "Emeka", "Obi", "Igbo"),
    P("en", "f", "Tegan", "Rees", "Welsh"), P("en", "m", "Callum", "Drummond", "Scottish"),
    P("en", "f", "Mackenzie", "Boudreau", "Acadian Canadian"), P("en", "m", "Dakota", "Whitehorse", "Cree"),
    # Tagalog/Taglish and Hinglish writers
    P("tl", "f", "Kristine Mae", "Dizon", "Filipino"), P("tl", "m", "Paolo", "Macaraeg", "Filipino"),
    P("tl", "f", "Jocelyn", "Tolentino", "Filipino"),
    P("hinglish", "f", "Neha", "Agarwal", "Marwari"), P("hinglish", "m", "Rohan", "Kapoor", "Punjabi Hindu"),
    P("hinglish", "f", "Kavya", "Iyer", "Tamil"),
    # in: Indian English writers and clients
    P("in", "f", "Lakshmi", "Venkataraman", "Tamil Brahmin"), P("in", "m", "Siddharth", "Rao", "Kannadiga"),
    P("in", "f", "Fatima", "Sheikh", "Hyderabadi Muslim"), P("in", "m", "Gurpreet Singh", "Bedi", "Sikh"),
    P("in", "f", "Meenakshi", "Pillai", "Malayali"), P("in", "m", "Aniket", "Deshpande", "Marathi"),
    P("in", "f", "Tenzin", "Dolma", "Tibetan"), P("in", "m", "Lalrinawma", "Ralte", "Mizo"),
    # de: Germany, Austria, Switzerland
    P("de", "f", "Katharina", "Brenner", "German"), P("de", "m", "Jonas", "Hartmann", "German"),
    P("de", "f", "Lea", "Schwarzkopf", "German"), P("de", "m", "Konstantin", "von Stetten", "German"),
    P("de", "f", "Selin", "Arslan", "Turkish German"), P("de", "m", "Mehmet", "Öztürk", "Turkish German"),
    P("de", "f", "Swetlana", "Becker", "Russian German"), P("de", "m", "Dariusz", "Nowicki", "Polish German"),
    P("de", "f", "Annika", "Vogel", "German"), P("de", "m", "Lukas", "Fuchs", "German"),
    P("de", "f", "Johanna", "Winkler", "Austrian"), P("de", "m", "Reto", "Brunner", "Swiss"),
    P("de", "f", "Ursina", "Caflisch", "Romansh"), P("de", "m", "Florian", "Gruber", "Austrian"),
    P("de", "f", "Mia", "Sommer", "German"), P("de", "m", "Kai", "Wolf", "German"),
    P("de", "f", "Hannah", "Jung", "German (shares a theorist's surname)"), P("de", "m", "Niklas", "Krause", "German"),
    P("de", "f", "Greta", "Lindner", "German"),
    # fr: France, Belgium, Switzerland, Québec, the Maghreb and West Africa
    P("fr", "f", "Camille", "Lefort", "French"), P("fr", "m", "Théo", "Marchand", "French"),
    P("fr", "f", "Inès", "Benali", "Algerian French"), P("fr", "m", "Yanis", "Belkacem", "Kabyle"),
    P("fr", "f", "Océane", "Le Gall", "Breton"), P("fr", "m", "Loïc", "Kerjean", "Breton"),
    P("fr", "f", "Geneviève", "Tremblay", "Québécois"), P("fr", "m", "Mathieu", "Gagnon", "Québécois"),
    P("fr", "f", "Awa", "Coulibaly", "Malian French"), P("fr", "m", "Mamadou", "Sow", "Fula"),
    P("fr", "f", "Margaux", "Dubois-Lenoir", "French"),
    P("fr", "m", "Baptiste", "Rousseau", "French (shares a famous surname)"),
    P("fr", "f", "Élodie", "Vasseur", "French"), P("fr", "m", "Sébastien", "Lambert", "Belgian"),
    P("fr", "f", "Nathalie", "Peeters", "Belgian"), P("fr", "m", "Kevin", "Nguyen", "Vietnamese French"),
    P("fr", "f", "Chloé", "Fontaine", "French"),
    # es: Spain and Latin America
    P("es", "f", "María José", "Etxeberria Olano", "Basque"), P("es", "m", "Jordi", "Casals Ferrer", "Catalan"),
    P("es", "f", "Lucía", "Fernández Rivas", "Spanish"), P("es", "m", "Alejandro", "Gutiérrez Soto", "Mexican"),
    P("es", "f", "Ximena", "Quispe Huamán", "Quechua"), P("es", "m", "Santiago", "Ospina Marín", "Colombian"),
    P("es", "f", "Valentina", "Morales", "Chilean"), P("es", "m", "Joaquín", "Benítez", "Argentine"),
    P("es", "f", "Rocío", "Delgado Paz", "Andalusian"), P("es", "f", "Luz Marina", "Cárdenas", "Colombian"),
    P("es", "m", "Xabier", "Iturriaga", "Basque"), P("es", "f", "Nerea", "Castro", "Galician"),
    P("es", "m", "Guillermo", "Ochoa", "Mexican (shares a famous name)"), P("es", "f", "Aitana", "Roldán", "Spanish"),
    P("es", "m", "Pau", "Vidal", "Catalan"),
    # pt: Brazil and Portugal
    P("pt", "f", "Ana Beatriz", "Nogueira", "Brazilian"), P("pt", "m", "João Pedro", "Cavalcanti", "Brazilian"),
    P("pt", "f", "Thaís", "Rocha", "Brazilian"), P("pt", "m", "Wesley", "Santana", "Brazilian"),
    P("pt", "f", "Francisca", "Pires", "Portuguese"), P("pt", "m", "Rui", "Gonçalves Tavares", "Portuguese"),
    P("pt", "f", "Mariana", "Lopes da Silva", "Brazilian"), P("pt", "m", "Kauã", "Ferreira", "Brazilian"),
    P("pt", "f", "Luana", "Potiguara", "Potiguara"), P("pt", "m", "Nuno", "Sardinha", "Portuguese"),
    P("pt", "f", "Aline", "Bezerra", "Brazilian (Northeast)"),
    # it
    P("it", "f", "Giulia", "Esposito", "Neapolitan"), P("it", "m", "Marco", "Rossi", "Piedmontese"),
    P("it", "f", "Chiara", "Ferraro", "Tuscan"), P("it", "m", "Salvatore", "Lo Bianco", "Sicilian"),
    P("it", "f", "Alessandra", "De Santis", "Roman"), P("it", "m", "Davide", "Gallo", "Ligurian"),
    P("it", "f", "Martina", "Sanna", "Sardinian"), P("it", "m", "Lorenzo", "Pellegrini", "Italian"),
    P("it", "f", "Federica", "Zanon", "Venetian"),
    # nl: the Netherlands and Flanders
    P("nl", "f", "Femke", "Dijkstra", "Frisian"), P("nl", "m", "Daan", "van Leeuwen", "Dutch"),
    P("nl", "f", "Noor", "El Idrissi", "Moroccan Dutch"), P("nl", "m", "Bram", "Hoekstra", "Frisian"),
    P("nl", "f", "Ilse", "Bakker", "Dutch"), P("nl", "m", "Sven", "Janssens", "Flemish"),
    P("nl", "f", "Astrid", "Koster", "Dutch"), P("nl", "m", "Emre", "Yıldız", "Turkish Dutch"),
    # pl, sv, da, no, fi, cs, ro, hu
    P("pl", "f", "Magdalena", "Grzybowska", "Polish"), P("pl", "m", "Krzysztof", "Wąsik", "Polish"),
    P("pl", "f", "Zuzanna", "Pawlak", "Polish"), P("pl", "m", "Jakub", "Lis", "Polish"),
    P("pl", "f", "Beata", "Kurek", "Polish"), P("pl", "m", "Paweł", "Szczęsny", "Polish"),
    P("sv", "f", "Linnea", "Åström", "Swedish"), P("sv", "m", "Oskar", "Lindqvist", "Swedish"),
    P("sv", "f", "Amina", "Yusuf", "Somali Swedish"), P("sv", "m", "Erik", "Sjöberg", "Swedish"),
    P("sv", "f", "Elsa", "Björk", "Swedish"),
    P("da", "f", "Mette", "Kjeldsen", "Danish"), P("da", "m", "Rasmus", "Østergaard", "Danish"),
    P("da", "f", "Freja", "Holm", "Danish"), P("da", "m", "Mikkel", "Lauridsen", "Danish"),
    P("da", "f", "Signe", "Bech", "Danish (Faroese family)"),
    P("no", "f", "Ingrid", "Solberg", "Norwegian"), P("no", "m", "Håkon", "Bakken", "Norwegian"),
    P("no", "f", "Siv", "Haugland", "Norwegian"), P("no", "f", "Maren", "Hovland", "Norwegian"),
    P("no", "m", "Sindre", "Nygård", "Norwegian"),
    P("fi", "f", "Aino", "Heikkinen", "Finnish"), P("fi", "m", "Juho", "Mäkinen", "Finnish"),
    P("fi", "m", "Eero", "Lähteenmäki", "Finnish"), P("fi", "f", "Venla", "Korhonen", "Finnish"),
    P("fi", "m", "Tuomas", "Nieminen", "Finnish"), P("fi", "f", "Sanna", "Kallio", "Finland-Swedish"),
    P("cs", "f", "Tereza", "Dvořáková", "Czech"), P("cs", "m", "Ondřej", "Černý", "Czech"),
    P("cs", "f", "Kateřina", "Marešová", "Czech"),
    P("ro", "f", "Andreea", "Popescu", "Romanian"), P("ro", "m", "Radu", "Stănescu", "Romanian"),
    P("ro", "f", "Raluca", "Dumitrescu", "Romanian"),
    P("hu", "f", "Réka", "Szilágyi", "Hungarian", o="fg"), P("hu", "m", "Dániel", "Tóth", "Hungarian", o="fg"),
    P("hu", "f", "Lili", "Fekete", "Hungarian", o="fg"), P("hu", "m", "Ádám", "Horváth", "Hungarian", o="fg"),
    # tr
    P("tr", "f", "Zeynep", "Karaca", "Turkish"), P("tr", "m", "Burak", "Demirci", "Turkish"),
    P("tr", "f", "Ayşegül", "Tekin", "Turkish"), P("tr", "m", "Emre", "Çakır", "Turkish"),
    P("tr", "f", "Deniz", "Aksoy", "Turkish"), P("tr", "m", "Oğuz", "Şener", "Turkish"),
    # ru, uk (Cyrillic, with patronymics)
    P("ru", "f", "Екатерина", "Смирнова", "Russian", asc=("ekaterina", "smirnova"), pat="Игоревна"),
    P("ru", "m", "Дмитрий", "Волков", "Russian", asc=("dmitry", "volkov"), pat="Сергеевич"),
    P("ru", "f", "Анна", "Лебедева", "Russian", asc=("anna", "lebedeva"), pat="Павловна"),
    P("ru", "m", "Алексей", "Кузнецов", "Russian", asc=("alexey", "kuznetsov"), pat="Андреевич"),
    P("ru", "f", "Мария", "Орлова", "Russian", asc=("maria", "orlova"), pat="Викторовна"),
    P("uk", "f", "Оксана", "Ковальчук", "Ukrainian", asc=("oksana", "kovalchuk"), pat="Іванівна"),
    P("uk", "m", "Тарас", "Бондаренко", "Ukrainian", asc=("taras", "bondarenko"), pat="Миколайович"),
    P("uk", "f", "Ірина", "Мельник", "Ukrainian", asc=("iryna", "melnyk"), pat="Петрівна"),
    P("uk", "f", "Соломія", "Гнатюк", "Ukrainian (Galician)", asc=("solomiia", "hnatiuk"), pat="Романівна"),
    P("uk", "m", "Андрій", "Лисенко", "Ukrainian", asc=("andrii", "lysenko"), pat="Олегович"),
    # el, ar, he
    P("el", "f", "Ελένη", "Παπαδοπούλου", "Greek", asc=("eleni", "papadopoulou")),
    P("el", "m", "Γιώργος", "Αντωνίου", "Greek", asc=("giorgos", "antoniou")),
    P("el", "f", "Δέσποινα", "Καραγιάννη", "Greek", asc=("despoina", "karagianni")),
    P("el", "m", "Νίκος", "Βλάχος", "Greek (Aromanian)", asc=("nikos", "vlachos")),
    P("el", "f", "Αικατερίνη", "Ζαφειρίου", "Greek (Cypriot)", asc=("aikaterini", "zafeiriou")),
    P("el", "m", "Στέλιος", "Μανωλάκης", "Greek (Cretan)", asc=("stelios", "manolakis")),
    P("el", "f", "Χαρίκλεια", "Σταματοπούλου", "Greek", asc=("charikleia", "stamatopoulou")),
    P("ar", "f", "ريم", "منصور", "Palestinian", asc=("reem", "mansour")),
    P("ar", "m", "عمر", "الحسيني", "Jordanian", asc=("omar", "alhusseini")),
    P("ar", "f", "نور", "العبدالله", "Syrian", asc=("nour", "alabdullah")),
    P("ar", "f", "سلمى", "القحطاني", "Saudi", asc=("salma", "alqahtani")),
    P("ar", "m", "طارق", "بن سعيد", "Moroccan", asc=("tarek", "bensaid")),
    P("he", "f", "מיכל", "אברהמי", "Israeli", asc=("michal", "avrahami")),
    P("he", "m", "איתי", "שפירא", "Israeli", asc=("itai", "shapira")),
    P("he", "f", "שירה", "גולדמן", "Israeli", asc=("shira", "goldman")),
    P("he", "m", "עומר", "ביטון", "Mizrahi", asc=("omer", "biton")),
    # zh, ja, ko (family name first, no space)
    P("zh", "f", "静", "王", "Chinese", o="fg", asc=("jing", "wang")),
    P("zh", "m", "洋", "刘", "Chinese", o="fg", asc=("yang", "liu")),
    P("zh", "f", "晓雯", "陈", "Chinese", o="fg", asc=("xiaowen", "chen")),
    P("zh", "m", "子轩", "黄", "Chinese", o="fg", asc=("zixuan", "huang")),
    P("zh", "f", "佳怡", "林", "Taiwanese", o="fg", asc=("chiayi", "lin")),
    P("ja", "f", "美咲", "佐藤", "Japanese", o="fg", asc=("misaki", "sato")),
    P("ja", "m", "翔太", "高橋", "Japanese", o="fg", asc=("shota", "takahashi")),
    P("ja", "f", "優子", "山本", "Japanese", o="fg", asc=("yuko", "yamamoto")),
    P("ja", "m", "健一", "中村", "Japanese", o="fg", asc=("kenichi", "nakamura")),
    P("ja", "f", "彩花", "小林", "Japanese", o="fg", asc=("ayaka", "kobayashi")),
    P("ko", "f", "지은", "김", "Korean", o="fg", asc=("jieun", "kim")),
    P("ko", "m", "준호", "박", "Korean", o="fg", asc=("junho", "park")),
    P("ko", "f", "수빈", "이", "Korean", o="fg", asc=("subin", "lee")),
    P("ko", "m", "동현", "최", "Korean", o="fg", asc=("donghyun", "choi")),
    P("ko", "f", "하은", "정", "Korean", o="fg", asc=("haeun", "jung")),
    # hi, th, vi, id
    P("hi", "f", "प्रिया", "शर्मा", "Hindi", asc=("priya", "sharma")),
    P("hi", "m", "राहुल", "वर्मा", "Hindi", asc=("rahul", "verma")),
    P("hi", "f", "अंजलि", "मिश्रा", "Hindi (Bhojpuri)", asc=("anjali", "mishra")),
    P("hi", "m", "विकास", "यादव", "Hindi", asc=("vikas", "yadav")),
    P("th", "f", "สมหญิง", "ศรีสุข", "Thai", asc=("somying", "srisuk")),
    P("th", "m", "ธนากร", "วงศ์ใหญ่", "Thai", asc=("thanakorn", "wongyai")),
    P("th", "f", "พิมพ์ชนก", "แก้วมณี", "Thai (Northern)", asc=("pimchanok", "kaewmanee")),
    P("th", "f", "กนกวรรณ", "ทองดี", "Thai (Isan)", asc=("kanokwan", "thongdee")),
    P("th", "m", "ณัฐพล", "บุญมา", "Thai", asc=("nattapon", "boonma")),
    P("vi", "f", "Lan Anh", "Phạm", "Vietnamese", o="fg", mid="Thị"),
    P("vi", "m", "Huy", "Lê", "Vietnamese", o="fg", mid="Quang"),
    P("vi", "f", "Trâm", "Đỗ", "Vietnamese", o="fg", mid="Ngọc"),
    P("vi", "m", "Khoa", "Võ", "Vietnamese", o="fg", mid="Minh"),
    P("vi", "f", "Hồng Nhung", "Nguyễn", "Vietnamese", o="fg", mid="Thị"),
    P("vi", "m", "Thắng", "Bùi", "Vietnamese", o="fg", mid="Đức"),
    P("id", "f", "Siti", "Rahmawati", "Javanese"), P("id", "m", "Rizky", "Pratama", "Sundanese"),
    P("id", "f", "Dewi", "Lestari", "Javanese (shares an author's name)"),
    P("id", "f", "Ni Luh Ayu", "Suartini", "Balinese"), P("id", "m", "Yohanes", "Simanjuntak", "Batak"),
]

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com", "proton.me"],
    "tl": ["yahoo.com.ph", "gmail.com"], "hinglish": ["rediffmail.com", "gmail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "videotron.ca", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.es", "telefonica.net"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "gmail.com"], "da": ["mail.dk"],
    "no": ["online.no", "gmail.com"], "fi": ["kolumbus.fi", "gmail.com"], "cs": ["seznam.cz", "email.cz"],
    "ro": ["yahoo.ro", "gmail.com"], "hu": ["freemail.hu", "citromail.hu"], "tr": ["hotmail.com", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru"], "uk": ["ukr.net", "i.ua"], "el": ["otenet.gr", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com"], "he": ["walla.co.il", "gmail.com"], "zh": ["qq.com", "163.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp"], "ko": ["naver.com", "daum.net"], "hi": ["rediffmail.com", "gmail.com"],
    "th": ["hotmail.com", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"], "id": ["yahoo.co.id", "gmail.com"],
}

# Addresses: (country, layout); {braces} mark each LOCATION part, {*...} the town.
ADDRS = [
    ("GB", "{Flat 2}\n{17 Broad Street}\n{*Ludlow}\n{SY8 1NG}"),
    ("GB", "{3 Kirkgate}\n{*Settle}\n{North Yorkshire}\n{BD24 9DZ}"),
    ("GB", "{8 Church Walk}\n{*Aldeburgh}\n{IP15 5DU}"),
    ("GB", "{Ivy Cottage}\n{12 Mill Lane}\n{*Crickhowell}\n{NP8 1BL}"),
    ("GB", "{22 Atholl Road}\n{*Pitlochry}\n{PH16 5BX}"),
    ("GB", "{Flat 5}, {Tanner House}\n{9 Bridge Street}\n{*Hexham}\n{NE46 1QX}"),
    ("GB", "{67 Priory Road}\n{*Frome}\n{BA11 1HT}"),
    ("GB", "{104 The Homend}\n{*Ledbury}\n{HR8 1BZ}"),
    ("GB", "{5 Castle Street}\n{*Beaumaris}\n{Anglesey}\n{LL58 8AP}"),
    ("GB", "{Flat 1}, {11 Market Place}\n{*Masham}\n{HG4 4EB}"),
    ("GB", "{29 Fore Street}\n{*Lostwithiel}\n{PL22 0BL}"),
    ("IE", "{Apartment 4}, {Harbour View}\n{Main Street}\n{*Bantry}\n{Co. Cork}\n{P75 XR62}"),
    ("IE", "{12 Pearse Street}\n{*Nenagh}\n{Co. Tipperary}\n{E45 KD73}"),
    ("IE", "{Ballyconneely Road}\n{*Clifden}\n{Co. Galway}\n{H71 YW82}"),
    ("IE", "{7 Chapel Street}\n{*Kinsale}\n{Co. Cork}\n{P17 WK52}"),
    ("IE", "{18 Main Street}\n{*Carrick-on-Shannon}\n{Co. Leitrim}\n{N41 E5R2}"),
    ("IE", "{2 The Green}\n{*Listowel}\n{Co. Kerry}\n{V31 HX90}"),
    ("US", "{2207 Elm St}\n{*Bisbee}, {AZ} {85603}"),
    ("US", "{77 Maple Ave}, {Apt 3B}\n{*Woodstock}, {VT} {05091}"),
    ("US", "{1310 Pine Ridge Rd}\n{*Lanesboro}, {MN} {55949}"),
    ("US", "{540 S Main St}\n{*Moab}, {UT} {84532}"),
    ("US", "{19 Ocean View Dr}\n{*Mendocino}, {CA} {95460}"),
    ("CA", "{112 rue Saint-Jean}\n{*Kamouraska} ({QC}) {G0L 1M0}"),
    ("CA", "{46 Water Street}\n{*Lunenburg}, {NS} {B0J 2C0}"),
    ("AU", "{Unit 7}, {15 Beach Road}\n{*Mollymook} {NSW} {2539}"),
    ("AU", "{8 Wattle Street}\n{*Daylesford} {VIC} {3460}"),
    ("AU", "{52 Gill Street}\n{*Charters Towers} {QLD} {4820}"),
    ("AU", "{6 Gawler Street}\n{*Tanunda} {SA} {5352}"),
    ("AU", "{21 Cox Street}\n{*Port Fairy} {VIC} {3284}"),
    ("NZ", "{14 Tui Street}\n{*Ōhakune} {4625}"),
    ("NZ", "{3 Rata Road}\n{*Akaroa} {7520}"),
    ("ZA", "{17 Church Street}\n{*Montagu}\n{6720}"),
    ("IN", "{House No. 22}, {Ward 9}\n{*Mahabaleshwar}\n{Maharashtra} {412806}"),
    ("IN", "{14/3 Mall Road}\n{*Kasauli}\n{Himachal Pradesh} {173204}"),
    ("IN-HI", "{मकान नं. 45}, {लाला बाज़ार}\n{*अल्मोड़ा}, {उत्तराखंड} {263601}"),
    ("IN-HI", "{मकान नं. 12}, {गांधी चौक}\n{*मसूरी}, {उत्तराखंड} {248179}"),
    ("NG", "{Plot 14, Adeola Street}\n{*Ogbomoso}\n{Oyo State}"),
    ("KE", "{P.O. Box 1182}\n{*Nanyuki}\n{10400}"),
    ("DE", "{Lindenweg 7}\n{83727} {*Schliersee}"),
    ("DE", "{Hauptstraße 41}\n{79271} {*St. Peter}"),
    ("DE", "{Wilhelm-Busch-Weg 5}\n{31675} {*Bückeburg}"),
    ("DE", "{Dünenstraße 12}, {Whg. 4}\n{17419} {*Ahlbeck}"),
    ("AT", "{Kaiser-Franz-Josef-Straße 9/2/14}\n{5640} {*Bad Gastein}"),
    ("AT", "{Dorfstraße 22}\n{6793} {*Gaschurn}"),
    ("CH", "{Via Maistra 45}\n{7500} {*St. Moritz}"),
    ("CH", "{Dorfstrasse 6}\n{3818} {*Grindelwald}"),
    ("FR", "{12 rue des Remparts}\n{24200} {*Sarlat-la-Canéda}"),
    ("FR", "{5 place du Marché}\n{68750} {*Bergheim}"),
    ("FR", "{Résidence Les Tilleuls}, {Bât. B}\n{8 avenue Émile Zola}\n{84800} {*L'Isle-sur-la-Sorgue}"),
    ("FR", "{14 rue du Port}\n{56340} {*Carnac}"),
    ("FR", "{3 impasse des Lilas}\n{46160} {*Cajarc}"),
    ("FR", "{9 rue de la Paix}\n{43160} {*La Chaise-Dieu}"),
    ("BE", "{Rue de la Station 28}\n{6980} {*La Roche-en-Ardenne}"),
    ("ES", "{Calle San Roque, 14}, {2º B}\n{40300} {*Sepúlveda} ({Segovia})"),
    ("ES", "{Carrer Major, 7}\n{17255} {*Begur} ({Girona})"),
    ("ES", "{Avenida de Andalucía, 33}, {3º izda.}\n{29754} {*Cómpeta} ({Málaga})"),
    ("ES", "{Kale Nagusia, 5}\n{20808} {*Getaria} ({Gipuzkoa})"),
    ("MX", "{Calle Hidalgo 214}, {Col. Centro}\n{37700} {*San Miguel de Allende}, {Gto.}"),
    ("MX", "{Av. Revolución 58}, {Barrio de San Miguel}\n{62520} {*Tepoztlán}, {Mor.}"),
    ("AR", "{Av. San Martín 1120}, {piso 3 dto. B}\n{Q8370} {*San Martín de los Andes}, {Neuquén}"),
    ("CO", "{Calle 5 # 8-42}\n{*Barichara}, {Santander}"),
    ("CL", "{Pasaje Los Aromos 318}\n{*Pucón}, {Región de la Araucanía}"),
    ("PT", "{Rua da Misericórdia, 27}, {2.º Esq.}\n{7160-260} {*Vila Viçosa}"),
    ("PT", "{Rua Direita, 56}\n{6270-483} {*Seia}"),
    ("BR", "{Rua Coronel Tamarindo, 88}\n{*São Luiz do Paraitinga} - {SP}\n{12140-000}"),
    ("BR", "{Rua Marechal Deodoro, 310}, {casa 2}\n{*Pirenópolis} - {GO}\n{72980-000}"),
    ("BR", "{Travessa São Benedito, 19}\n{*Alter do Chão}, {Santarém} - {PA}\n{68109-000}"),
    ("IT", "{Via Roma 18}\n{82019} {*Sant'Agata de' Goti} ({BN})"),
    ("IT", "{Via Giuseppe Garibaldi 7}\n{53026} {*Pienza} ({SI})"),
    ("IT", "{Strada Sacun 3}\n{39046} {*Ortisei} ({BZ})"),
    ("IT", "{Corso Umberto 112}, {int. 5}\n{98039} {*Taormina} ({ME})"),
    ("NL", "{Voorstraat 23}\n{8861 BH} {*Harlingen}"),
    ("NL", "{Kerkstraat 9a}\n{4301 AE} {*Zierikzee}"),
    ("PL", "{ul. Kościeliska 14/3}\n{34-500} {*Zakopane}"),
    ("PL", "{ul. Mickiewicza 21 m. 4}\n{38-600} {*Lesko}"),
    ("SE", "{Storgatan 12 B}\n{793 30} {*Leksand}"),
    ("SE", "{Strandvägen 5}\n{450 46} {*Hunnebostrand}"),
    ("DK", "{Nørregade 8}, {1. tv.}\n{6792} {*Rømø}"),
    ("NO", "{Strandgata 31}\n{9950} {*Vardø}"),
    ("NO", "{Storgata 5}\n{2670} {*Otta}"),
    ("FI", "{Kuninkaankatu 7 A 3}\n{10600} {*Tammisaari}"),
    ("CZ", "{Náměstí Svornosti 12}\n{381 01} {*Český Krumlov}"),
    ("RO", "{Str. Mihai Eminescu nr. 9}, {bl. B2, ap. 7}\n{545400} {*Sighișoara}, {jud. Mureș}"),
    ("RO", "{Bd. Carol I nr. 22}, {ap. 3}\n{106100} {*Sinaia}, {jud. Prahova}"),
    ("HU", "{8237} {*Tihany}\n{Kossuth Lajos utca 14.}"),
    ("TR", "{Hisar Mah. Değirmen Sok. No: 7}, {D: 3}\n{09400} {*Kuşadası}/{Aydın}"),
    ("TR", "{Bağlar Mah. Zeytin Sok. No: 22}\n{17860} {*Ayvacık}/{Çanakkale}"),
    ("RU", "{ул. Советская, д. 15}, {кв. 8}\n{*Плёс}, {Ивановская обл.}, {155555}"),
    ("RU", "{ул. Пушкина, д. 3}, {кв. 12}\n{*Мышкин}, {Ярославская обл.}, {152830}"),
    ("UA", "{вул. Свободи, 21}, {кв. 4}\n{*Яремче}, {Івано-Франківська обл.}, {78500}"),
    ("UA", "{вул. Замкова, 4}\n{*Хотин}, {Чернівецька обл.}, {60000}"),
    ("GR", "{Αγίου Νικολάου 12}\n{21100} {*Ναύπλιο}"),
    ("GR", "{Ελ. Βενιζέλου 8}\n{44200} {*Μέτσοβο}"),
    ("IL", "{רחוב הגפן 7}, {דירה 3}\n{*ראש פינה} {1200000}"),
    ("JO", "{شارع الملك فيصل 14}\n{*مادبا}"),
    ("MA", "{درب الحجر 9}\n{*شفشاون} {91000}"),
    ("CN", "{浙江省}{湖州市}{*安吉县}{递铺街道胜利西路88号}{2幢301室}"),
    ("CN", "{福建省}{南平市}{*武夷山市}{崇安街道五九路36号}{5号楼602室}"),
    ("JP", "〒{399-8303}\n{長野県}{*安曇野市}{穂高5012-3}"),
    ("JP", "〒{844-0006}\n{佐賀県}{*西松浦郡有田町}{大樽1丁目4-7}"),
    ("KR", "{강원특별자치도} {*양양군} {양양읍 남문6길 12}, {103동 502호}"),
    ("KR", "{전라남도} {*담양군} {담양읍 중앙로 45}"),
    ("TH", "{99/12 หมู่ 4} ต.{แม่นาเติง} อ.{*ปาย} จ.{แม่ฮ่องสอน} {58130}"),
    ("VN", "{Số 27 Nguyễn Thái Học}, phường {Minh An}\nTP. {*Hội An}, {Quảng Nam}"),
    ("VN", "{Thôn 3}, xã {Tả Van}, thị xã {*Sa Pa}, {Lào Cai}"),
    ("ID", "{Jl. Raya Ubud No. 17}, {Br. Taman}\n{*Ubud}, {Gianyar}, {Bali} {80571}"),
    ("ID", "{Jl. Pemuda No. 8}, {RT 03/RW 05}\n{*Wonosobo}, {Jawa Tengah} {56311}"),
    ("PH", "{Blk 4 Lot 12 Sampaguita St.}, Brgy. {San Isidro}\n{*Tanay}, {Rizal} {1980}"),
]

# Phones in national format, no country codes (landlines match the towns above where there is one).
PHONES = [
    ("GB", "07842 316 905"), ("GB", "07531 884210"), ("GB", "01584 872 316"), ("GB", "01729 823 604"),
    ("GB", "07968 220 471"), ("GB", "07386 512 904"), ("GB", "07590 447 118"), ("GB", "01728 452 190"), ("GB", "01873 812 447"), ("GB", "01796 472 358"),
    ("GB", "01434 607 213"), ("GB", "01373 461 829"), ("GB", "01531 633 780"), ("GB", "07415 093662"),
    ("IE", "087 214 6630"), ("IE", "085 773 1928"), ("IE", "086 390 4417"), ("IE", "083 118 2754"), ("IE", "027 51482"), ("IE", "067 31854"), ("IE", "095 21347"),
    ("US", "(520) 432-7719"), ("US", "(802) 457-3382"), ("US", "(507) 467-2095"), ("US", "(435) 259-6631"),
    ("US", "(707) 937-4150"), ("US", "415-828-3371"), ("US", "(646) 318-2290"),
    ("CA", "(418) 492-3308"), ("CA", "902-634-7715"), ("CA", "(604) 771-2048"), ("CA", "(647) 318-9025"),
    ("AU", "0412 583 907"), ("AU", "(02) 4455 3281"), ("AU", "(03) 5348 2176"), ("AU", "(07) 4787 1043"),
    ("AU", "0438 216 554"), ("AU", "0401 773 218"), ("AU", "0467 092 315"),
    ("NZ", "021 448 3072"), ("NZ", "027 519 8803"), ("NZ", "022 306 1174"), ("NZ", "(06) 385 8190"), ("NZ", "(03) 304 7716"),
    ("ZA", "082 447 3190"), ("ZA", "023 614 2290"),
    ("IN", "98450 31276"), ("IN", "(02168) 260314"), ("IN", "01792 272415"), ("IN", "94180 22715"),
    ("NG", "0803 512 4476"), ("NG", "0816 220 9013"), ("NG", "0706 118 4420"), ("KE", "0722 418306"),
    ("KE", "0733 905 127"), ("KE", "0711 264 093"), ("IN", "87920 44613"), ("IN", "05962 230418"), ("IN", "0135 263 2714"), ("ZA", "071 830 2245"),
    ("GH", "024 418 3306"), ("SG", "9182 4477"), ("PK", "0300 4182273"), ("BD", "01711-418227"),
    ("LK", "077 418 2236"), ("JM", "(876) 418-2277"),
    ("DE", "0171 4839206"), ("DE", "08026 61473"), ("DE", "07660 94318"), ("DE", "0152 28471930"),
    ("DE", "05722 8914"), ("DE", "038378 22415"),
    ("AT", "0664 381 2275"), ("AT", "0650 742 1189"), ("AT", "0676 518 2290"), ("AT", "06434 2218"), ("AT", "05558 8322"),
    ("CH", "079 482 31 67"), ("CH", "081 833 47 12"), ("CH", "033 853 21 94"),
    ("FR", "06 72 18 94 35"), ("FR", "05 53 31 47 20"), ("FR", "03 89 73 61 02"), ("FR", "04 90 38 15 77"),
    ("FR", "07 81 44 26 09"), ("FR", "02 97 52 18 43"),
    ("BE", "0478 21 36 90"), ("BE", "084 41 17 52"),
    ("ES", "612 48 31 07"), ("ES", "921 54 03 18"), ("ES", "972 62 41 90"), ("ES", "952 51 66 04"),
    ("ES", "943 14 02 77"), ("ES", "689 310 442"),
    ("MX", "55 4172 3890"), ("MX", "415 152 8834"), ("MX", "739 395 0217"),
    ("AR", "011 15-4382-1175"), ("AR", "02972 42-7713"), ("CO", "310 447 2981"), ("CO", "315 882 0146"),
    ("CL", "9 8417 2263"), ("CL", "(45) 244 1870"),
    ("PT", "912 483 106"), ("PT", "936 721 058"), ("PT", "917 304 582"), ("PT", "268 980 415"), ("PT", "238 312 770"),
    ("BR", "(12) 98134-2277"), ("BR", "(62) 99618-4402"), ("BR", "(93) 98115-3309"), ("BR", "(11) 97452-1830"),
    ("IT", "333 418 2209"), ("IT", "0824 976331"), ("IT", "0578 748120"), ("IT", "0471 796218"),
    ("IT", "0942 238517"), ("IT", "347 902 6618"),
    ("NL", "06-41829375"), ("NL", "0517-412883"), ("NL", "0111-415208"),
    ("PL", "601 482 937"), ("PL", "18 201 44 73"), ("PL", "13 469 82 10"), ("PL", "512 330 418"),
    ("SE", "070-418 22 93"), ("SE", "0247-134 52"), ("SE", "0523-512 08"),
    ("DK", "22 48 19 37"), ("DK", "74 75 13 20"), ("NO", "412 83 906"), ("NO", "78 98 72 14"), ("NO", "61 23 14 58"),
    ("FI", "040 718 3325"), ("FI", "019 241 8807"), ("CZ", "603 418 229"), ("CZ", "380 711 426"),
    ("RO", "0745 318 209"), ("RO", "0265 771 804"), ("RO", "0244 311 627"), ("HU", "06 30 418 2297"), ("HU", "06 20 553 1874"), ("HU", "06 70 281 9436"), ("HU", "06 87 448 130"),
    ("TR", "0532 418 27 93"), ("TR", "0505 317 66 41"), ("TR", "0256 614 28 05"), ("TR", "0286 712 40 18"),
    ("RU", "8 (916) 418-27-30"), ("RU", "8 (49339) 4-12-08"), ("RU", "8 (48544) 2-17-36"), ("UA", "067 418 2273"), ("UA", "(03434) 2-21-47"),
    ("GR", "694 418 2730"), ("GR", "27520 24318"), ("GR", "26560 41229"),
    ("IL", "052-418-3376"), ("IL", "04-693-1182"), ("JO", "079 418 2236"), ("MA", "0661-418237"),
    ("EG", "0100 418 2293"), ("AE", "050 418 2277"), ("SA", "055 418 3320"),
    ("CN", "138 0571 4426"), ("CN", "139 1826 4450"), ("CN", "186 5712 3098"), ("CN", "0572-5123876"), ("CN", "0599-5306271"),
    ("JP", "090-4182-7736"), ("JP", "0263-82-4419"), ("JP", "0955-42-3118"),
    ("KR", "010-4182-7733"), ("KR", "033-671-2284"), ("TH", "081 418 2736"), ("TH", "053 699 214"),
    ("VN", "0905 418 273"), ("VN", "0235 3861 427"), ("VN", "0214 3871 229"),
    ("GB", "07712 604 318"), ("GB", "07823 119 450"), ("GB", "07934 587 206"), ("GB", "07458 330 917"),
    ("GB", "07517 268 043"), ("GB", "07701 845 392"), ("GB", "07876 213 594"), ("GB", "07399 071 826"),
    ("GB", "07946 552 183"), ("GB", "07562 904 317"), ("GB", "07828 446 015"), ("GB", "07481 639 250"),
    ("GB", "07905 318 774"), ("GB", "07368 240 591"), ("GB", "07583 097 142"), ("GB", "07751 862 430"),
    ("GB", "07472 511 968"), ("GB", "07838 674 209"),
    ("AU", "0421 806 337"), ("AU", "0409 552 174"), ("AU", "0433 918 260"), ("AU", "0416 240 795"),
    ("AU", "0448 371 052"), ("AU", "0455 609 813"), ("AU", "0402 187 946"), ("AU", "0419 734 528"),
    ("AU", "0430 265 491"), ("AU", "0477 913 806"), ("AU", "0424 058 672"), ("AU", "0459 382 117"),
    ("AU", "0407 641 295"), ("AU", "0488 120 563"), ("AU", "0413 977 408"), ("AU", "0466 305 829"),
    ("IE", "087 905 3318"), ("IE", "086 227 4190"), ("IE", "085 361 8842"), ("IE", "083 470 1926"),
    ("IE", "089 612 0573"), ("IE", "087 338 6015"), ("IE", "086 741 2258"), ("IE", "085 094 6631"),
    ("IE", "083 852 3407"), ("IE", "087 460 9182"), ("IE", "089 275 8816"), ("IE", "086 518 0349"),
    ("IE", "085 627 1190"), ("IE", "087 183 5524"), ("IE", "083 309 7461"), ("IE", "086 904 2287"),
    ("NZ", "021 735 908"), ("NZ", "022 418 6637"), ("NZ", "027 290 4415"), ("NZ", "021 0864 2273"),
    ("NZ", "027 611 8390"), ("NZ", "022 157 9043"), ("NZ", "021 993 206"), ("NZ", "027 448 1559"),
    ("FR", "06 45 91 27 83"), ("FR", "07 62 08 35 14"), ("FR", "06 18 53 70 26"), ("FR", "06 89 24 61 05"),
    ("FI", "050 461 2289"), ("FI", "044 983 1057"), ("FI", "040 552 7814"), ("FI", "050 318 6640"),
    ("TR", "0533 907 14 82"), ("TR", "0542 361 08 27"), ("TR", "0555 218 93 46"), ("TR", "0506 744 25 10"),
    ("SE", "073-881 42 06"), ("SE", "076-215 90 38"), ("SE", "072-504 67 11"),
    ("DK", "31 62 08 45"), ("DK", "28 97 14 53"), ("DK", "40 73 26 19"),
    ("IN", "99302 18457"), ("IN", "70215 66348"), ("IN", "81470 92236"),
    ("ES", "634 27 80 15"), ("ES", "655 091 384"),
    ("DE", "0176 55203184"), ("DE", "0160 9173342"),
    ("UA", "050 318 2264"), ("UA", "093 774 1025"),
    ("CA", "(780) 442-9136"), ("CA", "(514) 298-6071"),
    ("US", "(312) 846-2093"), ("US", "(503) 771-4286"), ("US", "(704) 318-5522"),
    ("ID", "0812-4182-7730"), ("ID", "(0361) 975 214"), ("PH", "0917 418 2273"), ("PH", "(02) 8653 1182"),
]

DOBS = [
    (2020, 6, 3), (2021, 1, 17), (2019, 8, 25), (1942, 10, 8), (1936, 4, 27), (1950, 12, 11),
    (1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22), (1974, 12, 30), (1958, 8, 4),
    (1996, 6, 17), (1983, 1, 26), (2009, 4, 11), (2015, 10, 2), (2012, 7, 19), (2018, 2, 5), (1947, 11, 29),
    (1939, 6, 12), (1990, 9, 30), (1986, 2, 18), (1971, 4, 23), (1999, 12, 1), (2004, 5, 27), (1968, 10, 15),
    (1993, 7, 9), (1977, 3, 31), (1985, 8, 21), (2010, 1, 14), (1962, 5, 6), (1953, 9, 18), (2007, 11, 3),
    (1995, 2, 28), (1981, 6, 24), (1998, 4, 4), (2016, 9, 12), (1972, 7, 7), (1966, 1, 20), (2003, 8, 16),
    (1944, 3, 2), (1991, 12, 24), (1976, 6, 5), (2013, 3, 28), (1984, 11, 19),
]

# (kind, value as written, sex or None, date of birth it encodes or None, owner's family name or None).
# Check digits were worked out once in a scratch session; check() verifies them again.
IDS = [
    ("nhs", "401 237 5687", None, None, None), ("nhs", "485 720 1933", None, None, None),
    ("nhs", "612 904 8572", None, None, None), ("nhs", "943 476 5919", None, None, None),
    ("nhs", "534 812 0960", None, None, None), ("nhs", "450 299 1732", None, None, None),
    ("nhs", "721 458 0934", None, None, None), ("nhs", "638 190 2744", None, None, None),
    ("nhs", "418 362 9578", None, None, None), ("nhs", "570 284 3169", None, None, None),
    ("nino", "JT 48 21 93 C", None, None, None), ("nino", "NP 61 07 45 B", None, None, None),
    ("kvnr", "M482915379", None, None, None), ("kvnr", "T206174894", None, None, None),
    ("kvnr", "K739501426", None, None, None), ("kvnr", "R315708240", None, None, None),
    ("kvnr", "B940273162", None, None, None),
    ("nir", "2 86 03 75 112 048 01", "f", (1986, 3, 9), None),
    ("nir", "1 79 06 29 381 071 90", "m", (1979, 6, 21), None),
    ("nir", "2 93 01 13 055 186 59", "f", (1993, 1, 27), None),
    ("nir", "1 84 08 69 123 045 64", "m", (1984, 8, 30), None),
    ("nir", "2 91 05 33 240 118 19", "f", (1991, 5, 6), None),
    ("dni", "48273915C", None, None, None), ("dni", "71604238V", None, None, None),
    ("dni", "20947561N", None, None, None), ("dni", "39018462C", None, None, None),
    ("dni", "05572913J", None, None, None), ("dni", "62840175N", None, None, None), ("nie", "X4817263M", None, None, None),
    ("nie", "Y2093817A", None, None, None),
    ("cf", "SPSGLI87C52F839Q", "f", (1987, 3, 12), "Esposito"),
    ("cf", "RSSMRC79H14L219V", "m", (1979, 6, 14), "Rossi"),
    ("cf", "FRRCHR91A61D612X", "f", (1991, 1, 21), "Ferraro"),
    ("ptnif", "237481901", None, None, None), ("ptnif", "215903641", None, None, None),
    ("cpf", "483.192.057-60", None, None, None), ("cpf", "217.640.385-17", None, None, None),
    ("cpf", "905.318.274-88", None, None, None), ("cpf", "364.051.829-24", None, None, None),
    ("cpf", "731.826.450-80", None, None, None),
    ("bsn", "273849153", None, None, None), ("bsn", "139204763", None, None, None),
    ("bsn", "581027437", None, None, None), ("bsn", "164820395", None, None, None),
    ("bsn", "317590261", None, None, None), ("bsn", "229045182", None, None, None),
    ("pesel", "84071204820", "f", (1984, 7, 12), None), ("pesel", "92110313761", "f", (1992, 11, 3), None),
    ("pesel", "76032845191", "m", (1976, 3, 28), None), ("pesel", "01221458623", "f", (2001, 2, 14), None),
    ("pesel", "89092301578", "m", (1989, 9, 23), None), ("pesel", "67051642737", "m", (1967, 5, 16), None),
    ("pesel", "95030874192", "m", (1995, 3, 8), None), ("pesel", "73112528463", "f", (1973, 11, 25), None),
    ("pnr", "870412-2384", "f", (1987, 4, 12), None), ("pnr", "910905-4768", "f", (1991, 9, 5), None),
    ("pnr", "830619-5713", "m", (1983, 6, 19), None), ("pnr", "780302-1539", "m", (1978, 3, 2), None),
    ("pnr", "930127-3620", "f", (1993, 1, 27), None), ("pnr", "761108-5247", "f", (1976, 11, 8), None),
    ("cpr", "140389-2145", "m", (1989, 3, 14), None), ("cpr", "230776-1834", "f", (1976, 7, 23), None),
    ("cpr", "050891-2269", "m", (1991, 8, 5), None), ("cpr", "110594-3268", "f", (1994, 5, 11), None),
    ("hetu", "130782-348D", "f", (1982, 7, 13), None), ("hetu", "021195-617K", "m", (1995, 11, 2), None),
    ("fnr", "18058442328", "m", (1984, 5, 18), None), ("fnr", "27099135803", "f", (1991, 9, 27), None),
    ("fnr", "04029046226", "f", (1990, 2, 4), None), ("fnr", "12118630430", "f", (1986, 11, 12), None),
    ("tckn", "38471520628", None, None, None), ("tckn", "52109347876", None, None, None),
    ("tckn", "61720485362", None, None, None),
    ("ilid", "318427598", None, None, None), ("ilid", "205947187", None, None, None),
    ("rrn", "880314-2048150", "f", (1988, 3, 14), None), ("rrn", "950722-1049368", "m", (1995, 7, 22), None),
    ("cnid", "330523198807143024", "f", (1988, 7, 14), None),
    ("cnid", "440306199203081646", "f", (1992, 3, 8), None),
    ("aadhaar", "4829 1730 5629", None, None, None), ("aadhaar", "7315 0948 2163", None, None, None),
    ("medicare", "2941 83702 1", None, None, None), ("medicare", "5163 72046 2", None, None, None),
    ("amka", "14068703413", None, (1987, 6, 14), None), ("amka", "23097905121", None, (1979, 9, 23), None),
    ("cnp", "2850612401834", "f", (1985, 6, 12), None), ("cnp", "1791123054278", "m", (1979, 11, 23), None),
    ("pps", "8427315C", None, None, None), ("pps", "6193042B", None, None, None),
    ("rc", "856214/2072", "f", (1985, 12, 14), None), ("rc", "790418/3518", "m", (1979, 4, 18), None),
    ("taj", "038 472 156", None, None, None), ("taj", "115 926 343", None, None, None),
    ("taj", "204 718 367", None, None, None), ("taj", "073 162 595", None, None, None),
    ("ssn", "512-48-3067", None, None, None), ("ssn", "268-91-4402", None, None, None),
    ("ssn", "433-17-8256", None, None, None),
]

IBANS = [
    ("DE", "DE76 4306 0967 4071 9382 00"), ("DE", "DE35763500000038217465"), ("NL", "NL08 INGB 0006 7291 54"),
    ("NL", "NL82RABO0318472956"), ("GB", "GB60 MIDL 4005 1584 1273 90"),
    ("FR", "FR76 1027 8006 5000 0528 1743 038"), ("ES", "ES11 0081 7011 1100 0638 4921"),
    ("IE", "IE21 BOFI 9058 3846 2190 73"), ("IT", "IT81 K030 6909 6061 0000 0417 382"),
    ("BE", "BE38 7310 4829 6372"), ("AT", "AT81 2011 1827 3461 9501"),
    ("PL", "PL59 1140 2004 0000 3812 7465 9031"), ("PT", "PT50 0035 0651 0002 1847 3969 4"),
    ("CH", "CH02 0483 5072 9163 8100 0"),
]
CARDS = ["4539 1488 0343 6467", "5237 4410 9826 7156", "4916338205712291"]
IPS = ["86.143.27.118", "2a02:c7c:5d1e:4400:91b3:2f0e:1a7c:66d2", "151.227.94.12", "81.107.233.45",
       "92.40.176.211", "5.148.62.190"]
MRNS = ["K1048832", "00593172", "H4417093", "RJ7-2281934", "PSY-773041", "M0884215"]


# ================================================================ personal rows
# ---- intake: self-referrals, enquiry forms, EAP referrals, SLT/OT referrals, intake forms abroad
EN_CC = ("GB", "IE", "US", "AU", "NZ", "CA")

add("personal_intake", "selfref_talking_therapies", "en", 3, """\
Can you turn this self-referral into a 3-line summary for Monday's triage meeting? Keep the risk bit verbatim.

NHS Talking Therapies – online self-referral
Full name: [[p1]]
Date of birth: [[dob1.uk]]
NHS number: [[nid1.nhs]]
Address: [[a1.line]]
Phone: [[ph1]] (ok to leave voicemail: [[x.vm]])
GP practice: [[x.gp]]
What would you like help with? [[x.need]]
Any thoughts of harming yourself? No current plans, passive thoughts some nights""", cc=("GB",), fills=[
    {"vm": "yes", "gp": "Riverside Medical Centre", "need": "panic attacks on the train since march, stopped driving too"},
    {"vm": "no", "gp": "The Surgery, Market Place", "need": "low mood after my dad died, not sleeping, PHQ-9 was 17 at GP"},
    {"vm": "yes but dont say where from", "gp": "Castle Mead Health Centre",
     "need": "OCD - checking the cooker and locks for hours, read about ERP and want to try it"},
])

add("personal_intake", "practice_web_enquiry", "en", 3, """\
Enquiry from the website contact form (via [[x.site]]):

> Name: [[p1]]
> Email: [[p1.email]]
> Phone: [[ph1]]
> Message: Hi, I'm looking for a therapist who does [[x.mod]]. [[x.story]] I work shifts so evenings are best. Do you have space?

Draft a warm reply from me offering a free 15-min phone consultation next Tuesday or Thursday, and mention my fee ([[x.fee]]).""",
    cc=EN_CC, fills=[
    {"site": "Psychology Today", "mod": "EMDR",
     "story": "I was in a car crash last year and still freeze at junctions.", "fee": "£70 per 50 minutes"},
    {"site": "the BACP directory", "mod": "person-centred counselling",
     "story": "My GP suggested talking to someone about my divorce.", "fee": "£60, concessions £40"},
    {"site": "Counselling Directory", "mod": "IFS (parts work, Richard Schwartz's model)",
     "story": "Had CBT before and it helped a bit but I keep ending up in the same place.", "fee": "$150"},
    {"site": "our Squarespace page", "mod": "couples work (Gottman method ideally)",
     "story": "Me and my partner keep having the same argument about money.", "fee": "€90 per session"},
])

add("personal_intake", "eap_referral", "en", 3, """\
New EAP referral just came in from [[x.eap]]. Please turn it into a welcome email to the client and a one-line entry for our referrals tracker.

Client: [[p1]]
Employer: [[x.employer]]
Contact number: [[ph1]]
Email: [[p1.email]]
Sessions authorised: [[x.n]]
Presenting issue (as reported to the EAP line): work stress, manager is [[p2]], says things escalated after the restructure
Preferred: online, Tues/Wed daytime""", cc=("GB", "IE", "ZA", "AU"), fills=[
    {"eap": "Health Assured", "employer": "Tesco (distribution centre)", "n": "6"},
    {"eap": "Spectrum.Life", "employer": "Ryanair", "n": "5 + review"},
    {"eap": "TELUS Health", "employer": "Deloitte", "n": "8"},
])

add("personal_intake", "slt_child_referral", "en", 2, """\
Speech and language therapy referral – community paediatrics

Child: [[p1]]   DOB: [[dob1.uk]]
Parent/carer: [[p2]] (mum), [[p3]] (dad)
Address: [[a1.line]]
Tel: [[ph1]]
Nursery: Little Acorns, keyworker [[p4.g]]
Concern: [[x.concern]]

Could you check this has everything our triage criteria ask for and list what's missing?""",
    cc=("GB", "AU", "NZ"), sex={"p2": "f", "p3": "m"}, age={"dob1": "young"}, fills=[
    {"concern": "stammering since 3;2, blocks on first words, mum asked about the Lidcombe Program"},
    {"concern": "limited words at 2;6, possible autism query, hearing test booked at audiology"},
])

add("personal_intake", "ot_home_referral", "en", 2, """\
OT referral from the memory clinic – please draft the letter offering a home visit.

Name: [[p1]]
DOB: [[dob1.enl]]
Diagnosis: Alzheimer's disease (mild), MMSE 22/30
Lives with: wife, [[p2]]
Address: [[a1]]
Phone: [[ph1]]
Reason: falls x2 at home, struggling with kitchen tasks; daughter [[p3.g]] on [[ph2]] is the main contact""",
    cc=("GB", "IE", "AU"), sex={"p1": "m", "p2": "f", "p3": "f"}, age={"dob1": "old"})

add("personal_intake", "de_anmeldebogen", "de", 2, """\
Kannst du diesen Anmeldebogen auf fehlende Angaben prüfen? Die Praxis braucht alles für die Psychotherapeutische Sprechstunde.

Name, Vorname: [[p1.f]], [[p1.g]]
Geburtsdatum: [[dob1.dot]]
Krankenkasse: [[x.kk]]
Versichertennummer: [[nid1.kvnr]]
Anschrift: [[a1.line]]
Telefon: [[ph1]]
Anliegen: [[x.need]]
Überwiesen von: Hausärztin Dr. [[p2.f]]""", pp=("de",), cc=("DE",), sex={"p2": "f"}, fills=[
    {"kk": "Techniker Krankenkasse", "need": "Schlafprobleme und Grübeln seit der Trennung, Burnout?"},
    {"kk": "AOK Bayern", "need": "Panikattacken im Supermarkt, vermeide inzwischen Bus und Bahn"},
    {"kk": "Barmer", "need": "Trauer nach dem Tod meiner Mutter, kann mich bei der Arbeit nicht konzentrieren"},
])

add("personal_intake", "fr_fiche_inscription", "fr", 2, """\
Peux-tu reformuler cette fiche en un court mail de confirmation de premier rendez-vous (dispositif Mon soutien psy) ?

FICHE PATIENT
Nom : [[p1.f^]]
Prénom : [[p1.g]]
Né(e) le : [[dob1.fr]]
N° de sécurité sociale : [[nid1.nir]]
Adresse : [[a1.line]]
Portable : [[ph1.mob]]
Médecin traitant : Dr [[p2.f]]
Motif : anxiété, ruminations, difficultés au travail""", pp=("fr",), cc=("FR",))

add("personal_intake", "es_ficha_admision", "es", 2, """\
Ficha de admisión – Centro de Psicología

Nombre y apellidos: [[p1]]
[[x.idl]]: [[nid1.[[x.kind]]]]
Fecha de nacimiento: [[dob1.es]]
Domicilio: [[a1.line]]
Teléfono: [[ph1]]
Derivado por: su médica de cabecera, la Dra. [[p2.f]]
Motivo de consulta: [[x.motivo]]

¿Me ayudas a redactar un correo de bienvenida con la primera cita y la política de cancelación de 24 h?""",
    pp=("es",), cc=("ES",), sex={"p2": "f"}, fills=[
    {"idl": "DNI", "kind": "dni", "motivo": "ansiedad ante exámenes, insomnio"},
    {"idl": "NIE", "kind": "nie", "motivo": "duelo migratorio, se siente sola desde que llegó"},
])

add("personal_intake", "it_scheda_paziente", "it", 1, """\
Scheda anagrafica – studio di psicoterapia

Paziente: [[p1]]
Codice fiscale: [[nid1.cf]]
Data di nascita: [[dob1.it]]
Indirizzo: [[a1.line]]
Cellulare: [[ph1.mob]]
Invio: dal CSM di zona
Note: preferisce sedute il sabato mattina

Puoi controllare che il codice fiscale corrisponda alla data di nascita? Non ricordo come si legge il mese.""",
    pp=("it",), cc=("IT",))

add("personal_intake", "pl_ankieta", "pl", 1, """\
Ankieta zgłoszeniowa – Poradnia Zdrowia Psychicznego

Imię i nazwisko: [[p1]]
PESEL: [[nid1.pesel]]
Data urodzenia: [[dob1.dot]]
Adres: [[a1.line]]
Telefon: [[ph1]]
Powód zgłoszenia: obniżony nastrój, problemy ze snem od kilku miesięcy

Przygotuj proszę krótką wiadomość SMS z potwierdzeniem pierwszej wizyty.""", pp=("pl",), cc=("PL",))

add("personal_intake", "sv_egenremiss", "sv", 1, """\
Egenremiss via 1177, inkommen i morse:

Namn: [[p1]]
Personnummer: [[nid1.pnr]]
Adress: [[a1.line]]
Mobil: [[ph1.mob]]
Beskrivning: ångest och oro, svårt att gå till jobbet, har provat Mindler-appen men vill träffa någon på plats

Kan du skriva ett kort svar där jag erbjuder en första bedömningstid?""", pp=("sv",), cc=("SE",))

add("personal_intake", "nl_aanmelding", "nl", 1, """\
Aanmelding POH-GGZ

Naam: [[p1]]
BSN: [[nid1.bsn]]
Geboortedatum: [[dob1.dash]]
Adres: [[a1.line]]
Telefoon: [[ph1]]
Huisarts: dr. [[p2.f]]
Hulpvraag: somberheid en piekeren na verlies van baan

Kun je hier een korte verwijsbrief naar de basis-GGZ van maken?""", pp=("nl",), cc=("NL",))

add("personal_intake", "pt_ficha_acolhimento", "pt", 2, """\
Ficha de acolhimento – clínica-escola de psicologia

Nome: [[p1]]
CPF: [[nid1.cpf]]
Nascimento: [[dob1.uk]]
Endereço: [[a1.line]]
Celular/WhatsApp: [[ph1.mob]]
Queixa: crises de ansiedade antes das provas, quer atendimento em grupo

Me ajuda a escrever a mensagem de WhatsApp marcando a triagem?""", pp=("pt",), cc=("BR",))

add("personal_intake", "ja_monshin", "ja", 1, """\
カウンセリング申込フォームの内容です。受付確認メールの文案を作ってください。

お名前：[[p1]]
生年月日：[[dob1.ja]]
ご住所：[[a1]]
電話番号：[[ph1]]
ご相談内容：職場の人間関係、不眠。以前、森田療法の本を読みました。
希望：オンライン（Zoom）""", pp=("ja",), cc=("JP",))

# Landlines and the towns they ring in (a row with an address takes a mobile or its own town's landline).
LANDLINES = {
    "01584 872 316": "Ludlow", "01729 823 604": "Settle", "01728 452 190": "Aldeburgh",
    "01873 812 447": "Crickhowell", "01796 472 358": "Pitlochry", "01434 607 213": "Hexham",
    "01373 461 829": "Frome", "01531 633 780": "Ledbury", "027 51482": "Bantry", "067 31854": "Nenagh",
    "095 21347": "Clifden", "(520) 432-7719": "Bisbee", "(802) 457-3382": "Woodstock",
    "(507) 467-2095": "Lanesboro", "(435) 259-6631": "Moab", "(707) 937-4150": "Mendocino",
    "(418) 492-3308": "Kamouraska", "902-634-7715": "Lunenburg", "(02) 4455 3281": "Mollymook",
    "(03) 5348 2176": "Daylesford", "(07) 4787 1043": "Charters Towers", "(06) 385 8190": "Ōhakune",
    "(03) 304 7716": "Akaroa", "023 614 2290": "Montagu", "(02168) 260314": "Mahabaleshwar",
    "01792 272415": "Kasauli", "08026 61473": "Schliersee", "07660 94318": "St. Peter",
    "05722 8914": "Bückeburg", "038378 22415": "Ahlbeck", "06434 2218": "Bad Gastein", "05558 8322": "Gaschurn",
    "081 833 47 12": "St. Moritz", "033 853 21 94": "Grindelwald", "05 53 31 47 20": "Sarlat-la-Canéda",
    "03 89 73 61 02": "Bergheim", "04 90 38 15 77": "L'Isle-sur-la-Sorgue", "02 97 52 18 43": "Carnac",
    "084 41 17 52": "La Roche-en-Ardenne", "921 54 03 18": "Sepúlveda", "972 62 41 90": "Begur",
    "952 51 66 04": "Cómpeta", "943 14 02 77": "Getaria", "415 152 8834": "San Miguel de Allende",
    "739 395 0217": "Tepoztlán", "02972 42-7713": "San Martín de los Andes", "(45) 244 1870": "Pucón",
    "268 980 415": "Vila Viçosa", "238 312 770": "Seia", "0824 976331": "Sant'Agata de' Goti",
    "0578 748120": "Pienza", "0471 796218": "Ortisei", "0942 238517": "Taormina", "0517-412883": "Harlingen",
    "0111-415208": "Zierikzee", "18 201 44 73": "Zakopane", "13 469 82 10": "Lesko", "0247-134 52": "Leksand",
    "0523-512 08": "Hunnebostrand", "74 75 13 20": "Rømø", "78 98 72 14": "Vardø", "019 241 8807": "Tammisaari",
    "380 711 426": "Český Krumlov", "0265 771 804": "Sighișoara", "06 87 448 130": "Tihany",
    "0256 614 28 05": "Kuşadası", "0286 712 40 18": "Ayvacık", "8 (49339) 4-12-08": "Плёс",
    "(03434) 2-21-47": "Яремче", "27520 24318": "Ναύπλιο", "26560 41229": "Μέτσοβο", "04-693-1182": "ראש פינה",
    "0572-5123876": "安吉县", "0263-82-4419": "安曇野市", "0955-42-3118": "西松浦郡有田町", "033-671-2284": "양양군",
    "053 699 214": "ปาย", "0235 3861 427": "Hội An", "0214 3871 229": "Sa Pa", "(0361) 975 214": "Ubud",
    "(02) 8653 1182": "Tanay", "0244 311 627": "Sinaia", "61 23 14 58": "Otta", "8 (48544) 2-17-36": "Мышкин",
    "0599-5306271": "武夷山市", "05962 230418": "अल्मोड़ा", "0135 263 2714": "मसूरी",
}


# ---- correspondence: cancellations, clinic letters, waiting-list letters, e-mails in other languages
add("personal_correspondence", "late_cancel_reply", "en", 3, """\
Draft a kind but clear reply to this. My policy is 48 hours notice or the full fee, but I'm happy to waive it once.

> From: [[p1]] <[[p1.email]]>
> Subject: [[x.subj]]
>
> Hi [[x.th]], really sorry but I can't make [[x.when]]. [[x.why]] Can we move to next week? I know it's late notice.
>
> [[p1.g]]
> [[ph1]]""", cc=EN_CC, fills=[
    {"subj": "tomorrow", "th": "[[p2.g]]", "when": "tomorrow at 10", "why": "My son has been sent home from school."},
    {"subj": "cancel session", "th": "there", "when": "this afternoon", "why": "Work have called an all-hands."},
    {"subj": "Re: Thursday", "th": "Dr [[p2.f]]", "when": "Thursday", "why": "Honestly I'm just not up to it this week."},
    {"subj": "sorry!!", "th": "[[p2.g]]", "when": "our 6pm", "why": "Train strike again."},
])

add("personal_correspondence", "psychiatry_clinic_letter", "en", 2, """\
Please proofread and tidy the layout of this clinic letter before Dr [[p3.f]] signs it. Don't change the clinical wording.

Dr [[p2.f]]
[[x.surgery]]

Dear Dr [[p2.f]],

Re: [[p1]]   DOB [[dob1.uk]]   NHS No. [[nid1.nhs]]   Hosp. No. [[mrn1]]
[[a1.line]]

I reviewed [[p1.g]] in the [[x.clinic]] on 14 November. [[x.body]] I have asked my secretary, [[p4]], to book a follow-up in eight weeks; she can be reached on [[ph1]].

Yours sincerely,""", cc=("GB",), sex={"p4": "f"}, fills=[
    {"surgery": "Abbey Road Surgery", "clinic": "general adult outpatient clinic",
     "body": "Mood has improved on sertraline 100 mg; we discussed the Beck Depression Inventory score of 14."},
    {"surgery": "Westgate Health Centre", "clinic": "adult ADHD clinic",
     "body": "The DIVA-5 interview supports a diagnosis of ADHD, combined presentation. I have started lisdexamfetamine."},
])

add("personal_correspondence", "waiting_list_letter", "en", 3, """\
[[x.head]]

[[p1]]
[[a1]]

Dear [[p1.g]],

Thank you for your referral to [[x.service]]. You are currently number [[x.pos]] on our waiting list for [[x.what]]. If anything changes, or you no longer need the appointment, please call us.

Can you make this letter sound less cold? Keep it under 120 words.""", cc=("GB", "IE"), fills=[
    {"head": "PRIVATE & CONFIDENTIAL", "service": "the Community Eating Disorders Service", "pos": "23",
     "what": "CBT-E"},
    {"head": "ADDRESSEE ONLY", "service": "Adult Psychological Therapies", "pos": "41", "what": "schema therapy"},
    {"head": "PRIVATE AND CONFIDENTIAL – TO BE OPENED BY ADDRESSEE ONLY", "service": "Primary Care Psychology",
     "pos": "9", "what": "EMDR"},
])

add("personal_correspondence", "supervisor_email", "en", 2, """\
Can you shorten this email to my supervisor? It rambles.

Hi [[p2.g]],

Ahead of Friday — I'd like to bring two clients. First is [[p1.g]] (the one whose partner [[p3]] keeps phoning reception asking whether she attended). I'm not sure how to handle that re confidentiality. Second is the couple I mentioned, [[p4]] and [[p5]]; we're at session 6 of 12 and using a Gottman-style sound relationship house frame, but it feels stuck.

Also I still havent recieved the BACP renewal letter, could you sign the log?

Thanks, [[p6.g]]""", sex={"p1": "f"})

add("personal_correspondence", "de_terminabsage", "de", 1, """\
Bitte formuliere eine freundliche Antwort auf diese Absage (Ausfallhonorar laut Behandlungsvertrag 80 €, ich will es diesmal aber nicht berechnen):

> Von: [[p1.email]]
> Betreff: Termin [[x.tag]]
>
> Liebe Frau [[p2.f]],
> leider muss ich den Termin am [[x.tag]] absagen, [[x.grund]]. Können wir einen neuen Termin finden?
> Viele Grüße
> [[p1]]
> Tel. [[ph1]]""", pp=("de",), cc=("DE", "AT", "CH"), sex={"p2": "f"}, fills=[
    {"tag": "Donnerstag", "grund": "mein Sohn hat Fieber"},
    {"tag": "12.03.", "grund": "ich habe kurzfristig eine Dienstreise nach Hamburg"},
])

add("personal_correspondence", "fr_lettre_adressage", "fr", 2, """\
Cher confrère,

Je vous adresse [[x.civ]] [[p1]], né[[x.e]] le [[dob1.fr]], demeurant [[a1.line]], que je suit pour un épisode dépressif caractérisé. Une psychothérapie de type TCC me semble indiquée. [[x.civ]] [[p1.f]] est joignable au [[ph1]].

Bien confraternellement,
Dr [[p2]]

Peux-tu corriger les fautes et rendre le courrier un peu plus formel ?""", pp=("fr",), cc=("FR", "BE"), fills=[
    {"civ": "Madame", "e": "e", "_sex": {"p1": "f"}}, {"civ": "Monsieur", "e": "", "_sex": {"p1": "m"}},
])

add("personal_correspondence", "es_correo_familiar", "es", 2, """\
Me llegó este correo de un familiar. ¿Cómo respondo sin romper la confidencialidad?

> Hola, soy [[p2]], [[x.rel]] de [[p1]]. Sé que viene a terapia con usted los martes. Estamos muy preocupados, lleva semanas sin salir de casa. ¿Me puede decir si va a las sesiones? Mi teléfono es [[ph1]].
> Gracias,
> [[p2.g]]""", pp=("es",), cc=("ES", "MX", "AR", "CO"), fills=[
    {"rel": "la madre", "_sex": {"p2": "f"}}, {"rel": "el hermano", "_sex": {"p2": "m"}},
])

add("personal_correspondence", "it_mail_genitori", "it", 1, """\
Puoi rendere più semplice questa mail ai genitori? Sono logopedista e temo sia troppo tecnica.

Gentili [[p2]] e [[p3]],
vi scrivo in merito a [[p1.g]]. Dalla valutazione (TNL e prove di ripetizione di non-parole) emerge un disturbo fonologico lieve. Propongo un ciclo di 10 sedute, il mercoledì alle 16:30, presso lo studio in [[a1.line]].
Per qualsiasi dubbio potete chiamarmi al [[ph1]].
Cordiali saluti""", pp=("it",), cc=("IT",))

add("personal_correspondence", "ar_reschedule", "ar", 2, """\
ساعدني في الرد على هذه الرسالة بلطف:

"مرحباً، أنا [[p1]]. عندي جلسة مع الأخصائية [[p2]] يوم الأحد الساعة الخامسة، لكن عندي امتحان. هل يمكن تغيير الموعد إلى يوم الثلاثاء؟ رقمي [[ph1]]. شكراً"

المركز يعمل من الأحد إلى الخميس.""", pp=("ar",), cc=("JO", "MA", "EG", "AE", "SA"), sex={"p2": "f"})

add("personal_correspondence", "he_cancel", "he", 1, """\
תנסח לי תשובה קצרה ומכבדת למייל הזה, בלי להישמע כועסת:

> שלום [[p2.g]],
> אני צריך לבטל את הפגישה של יום רביעי, יש לי מילואים. אפשר לקבוע לשבוע הבא?
> [[p1]]
> [[ph1]]""", pp=("he",), cc=("IL",), sex={"p1": "m", "p2": "f"})

add("personal_correspondence", "no_epost", "no", 1, """\
Kan du skrive et kort svar til denne e-posten fra en pasient? Jeg er psykolog med driftsavtale.

> Hei!
> Fastlegen min, [[p2]], har sendt henvisning til deg. Jeg heter [[p1]], fødselsnummer [[nid1.fnr]], og bor i [[a1.town]]. Når kan jeg få time? Nås på [[ph1]].
> Hilsen [[p1.g]]""", pp=("no",), cc=("NO",))

add("personal_correspondence", "ro_email_decont", "ro", 1, """\
Poți să-mi corectezi acest e-mail către cabinetul de psihologie? Vreau să sune politicos.

Bună ziua,
Sunt [[p1]], CNP [[nid1.cnp]]. Am avut ședințe de consiliere psihologică în octombrie și am nevoie de o chitanță pe numele meu pentru decontare la asigurarea de la serviciu. Adresa mea este [[a1.line]]. Telefon: [[ph1]].
Mulțumesc,
[[p1]]""", pp=("ro",), cc=("RO",))

add("personal_correspondence", "ru_pismo", "ru", 2, """\
Помоги вежливо ответить на это письмо. Я психотерапевт, запись только через сайт.

> Здравствуйте! Меня зовут [[p1]]. Хочу записать на консультацию свою маму, [[p2.off]], ей 67 лет, после инсульта у неё тревога и бессонница. Мы живём в городе [[a1.town]], можно ли онлайн? Мой телефон [[ph1]].""",
    pp=("ru",), cc=("RU",), sex={"p2": "f"})


# ---- sessions: admin session logs, supervision notes, group rosters, waiting lists, handovers
add("personal_sessions", "session_log_admin", "en", 3, """\
Admin log only (no clinical content) – week of [[x.week]]. Can you list who needs a reminder text and who has hit 2 DNAs?

Mon 09:00  [[p1]]  attended  next: Mon 09:00
Mon 11:00  [[p2]]  DNA (2nd)  tel [[ph1]]
Tue 14:00  [[p3]]  cancelled <24h  tel [[ph2]]
Wed 17:30  [[p4]]  attended  next: Wed 17:30
Thu 10:00  [[p5]]  DNA (1st)  tel [[ph3]]""", cc=("GB", "IE", "AU", "NZ"), fills=[
    {"week": "3 Nov"}, {"week": "10/11"}, {"week": "17th Nov"},
])

add("personal_sessions", "supervision_notes", "en", 2, """\
Supervision notes – [[p1]] (supervisee) with [[p2]], [[x.date]]

- Caseload: 18. Discussed [[p3.g]] (session 9): rupture last week after holiday break; linked to Bowlby/attachment, plan to name it.
- [[p4.g]]: safeguarding query — neighbour [[p5]] reported shouting; not our role to investigate, follow service policy.
- CPD: [[p1.g]] booked on a Linehan DBT intro, wants to read Yalom's Gift of Therapy.
- Next: [[x.next]]

Turn this into the tidy format our service uses: Caseload / Cases discussed / Actions / Next date.""",
    fills=[{"date": "07/10", "next": "4 Nov, 2pm"}, {"date": "Tue 14 Jan", "next": "11 Feb via Teams"}])

add("personal_sessions", "dbt_group_roster", "en", 3, """\
Fix this table so the columns line up, and add a column for "skills module" with Mindfulness for everyone.

| Name | Mobile | Emergency contact |
|---|---|---|
| [[p1]] | [[ph1.mob]] | [[p4]] ([[x.r1]]) [[ph4]] |
| [[p2]] | [[ph2.mob]] | [[p5]] ([[x.r2]]) [[ph5]]|
| [[p3]] |[[ph3.mob]] | [[p6]] ([[x.r3]]) [[ph6]] |""", cc=("GB", "US", "AU", "IE"), fills=[
    {"r1": "mum", "r2": "partner", "r3": "friend", "_sex": {"p4": "f"}},
    {"r1": "husband", "r2": "sister", "r3": "dad", "_sex": {"p4": "m", "p5": "f", "p6": "m"}},
    {"r1": "wife", "r2": "flatmate", "r3": "aunt", "_sex": {"p4": "f", "p6": "f"}},
])

add("personal_sessions", "waiting_list_csv", "en", 2, """\
Sort this waiting list by referral date and flag anyone over 18 weeks:

name,dob,postcode,phone,referred,priority
[[p1]],[[dob1.uk]],[[x.pc1]],[[ph1]],2024-05-02,routine
[[p2]],[[dob2.uk]],[[x.pc2]],[[ph2]],2024-08-19,urgent
[[p3]],[[dob3.uk]],[[x.pc3]],[[ph3]],2024-03-27,routine""", fills=[
    {"pc1": "⟦LOCATION|LS6 2QB⟧", "pc2": "⟦LOCATION|HX7 6AW⟧", "pc3": "⟦LOCATION|BD23 1RT⟧"},
    {"pc1": "⟦LOCATION|CF10 4GA⟧", "pc2": "⟦LOCATION|SA31 1PT⟧", "pc3": "⟦LOCATION|LL55 4UR⟧"},
])

add("personal_sessions", "slt_caseload_lower", "en", 2, """\
slt caseload notes from today, pls tidy into a table (child, school, target, next visit):
- [[p1]] at st mary's, /s/ clusters, next visit thurs, mum [[p4.g]] wants home practice sheets
- [[p2]] - stammer, doing lidcombe, dad ([[p5]]) brings him, ring [[ph1]] to confirm
- [[p3]] - aac device (proloquo2go), ot joint session w/ [[p6.g]] next week""", case="lower",
    cc=("GB", "AU", "NZ"), sex={"p2": "m", "p4": "f", "p5": "m"})

add("personal_sessions", "handover_lower", "en", 3, """\
handover for tomorrow's duty counsellor:
[[p1]] rang the duty line at 4ish, [[x.issue]]. said shes staying at her sister's in [[a1.town]] tonight. callback on [[ph1]] before 10am.
also [[p2]] came in without appt, gave him the [[x.leaflet]] leaflet. [[p3.g]] is covering reception""", case="lower",
    cc=("GB", "IE", "NZ", "AU"), sex={"p1": "f", "p2": "m"}, fills=[
    {"issue": "upset about court on friday", "leaflet": "Samaritans"},
    {"issue": "wants to move her appt, also asked about the domestic abuse group", "leaflet": "Women's Aid"},
    {"issue": "low, no plan, agreed safety plan is on the fridge", "leaflet": "Shout 85258"},
])

add("personal_sessions", "de_gruppenliste", "de", 1, """\
Teilnehmerliste Gruppentherapie (Do 18:00) – bitte als Tabelle formatieren und nach Nachnamen sortieren:

Name;Telefon;Krankenkasse;Sitzungen
[[p1.f]];[[ph1]];AOK;12
[[p2.f]], [[p2.g]];[[ph2]];DAK-Gesundheit;8
[[p3]];[[ph3]];TK;12
[[p4]];[[ph4]];privat;5""", pp=("de",), cc=("DE", "AT"))

add("personal_sessions", "fr_planning_cmp", "fr", 2, """\
Planning des entretiens – CMP, semaine 46. Peux-tu repérer les créneaux qui se chevauchent ?

| Heure | Patient | Soignant | Tél. patient |
|---|---|---|---|
| 09h00 | [[p1.NOM]] | [[p4.g]] (IDE) | [[ph1]] |
| 09h30 | [[p2.NOM]] | Dr [[p5.f]] | [[ph2]] |
| 09h45 | [[p3.NOM]] | [[p4.g]] (IDE) | [[ph3]] |""", pp=("fr",), cc=("FR",))

add("personal_sessions", "es_notas_supervision", "es", 1, """\
Notas de supervisión (grupo de los jueves):
- [[p1]] presenta a su paciente [[p2.g]]: bloqueo tras la sesión 5, se trabaja desde el modelo de Minuchin.
- [[p3]] comenta el caso de [[p4]], derivado por la mutua; pide revisar el consentimiento informado.
- Próxima supervisión: con [[p5]] como supervisora invitada.

¿Puedes convertirlo en un acta breve con acuerdos?""", pp=("es",), cc=("ES",), sex={"p5": "f"})

add("personal_sessions", "fi_vertaisryhma", "fi", 2, """\
Vertaistukiryhmän osallistujat (syksy). Voitko tehdä tästä siistin listan ja lisätä sarakkeen "muistutus lähetetty"?

[[p1]], puh. [[ph1]]
[[p2]], puh. [[ph2]]
[[p3.g]] (tulee vain parillisilla viikoilla)
Ohjaaja: [[p4]]""", pp=("fi",), cc=("FI",))

add("personal_sessions", "zh_yuyue", "zh", 1, """\
请把下面的心理咨询预约整理成表格（姓名、电话、咨询师、时间）：

周一 19:00 [[p1]]，电话 [[ph1]]，咨询师 [[p4.f]]老师
周二 20:00 [[p2]]，电话 [[ph2]]，咨询师 [[p5]]
周四 18:30 [[p3]]，电话 [[ph3]]，咨询师 [[p4.f]]老师，线上（腾讯会议）""", pp=("zh",), cc=("CN",))

add("personal_sessions", "tr_destek_grubu", "tr", 2, """\
Yas destek grubunun katılımcı listesi aşağıda. Cumartesi oturumu için bir hatırlatma mesajı yazar mısın?

1. [[p1]] – [[ph1]]
2. [[p2]] – [[ph2]]
3. [[p3]] – [[ph3]] (eşini kaybetti, ilk kez katılıyor)
Kolaylaştırıcı: Psk. [[p4]]""", pp=("tr",), cc=("TR",))

add("personal_sessions", "hu_varolista", "hu", 1, """\
Pszichológiai tanácsadás – várólista. Kérlek, rendezd beutalás dátuma szerint!

[[p1]], TAJ: [[nid1.taj]], tel.: [[ph1]], beutalva: 2024.09.12.
[[p2]], TAJ: [[nid2.taj]], tel.: [[ph2]], beutalva: 2024.07.30.
[[p3]], tel.: [[ph3]], beutalva: 2024.10.02.""", pp=("hu",), cc=("HU",))


# ---- billing: invoices, superbills, insurance pre-authorisation, payments, claims
add("personal_billing", "invoice_private", "en", 3, """\
Can you check the maths on this invoice and reword the payment terms so they're friendlier?

INVOICE #[[x.no]]
To: [[p1]]
[[a1]]

[[x.lines]]

Please pay by bank transfer within 14 days to:
[[p2]] Counselling – [[iban1.[[x.bank]]]]""", cc=("IE", "GB"), fills=[
    {"no": "2024-118", "bank": "ie", "_cc": "IE",
     "lines": "4 x individual counselling (50 min) @ €80 = €320\n1 x late cancellation (50%) = €40\nTotal: €370"},
    {"no": "0457", "bank": "gb", "_cc": "GB",
     "lines": "3 x couples sessions (75 min) @ £95 = £285\nTotal due: £258"},
    {"no": "INV-0932", "bank": "ie", "_cc": "IE",
     "lines": "6 x play therapy sessions @ €65 = €390\nReport for school = €120\nTotal: €510"},
])

add("personal_billing", "superbill_us", "en", 2, """\
Turn this into a clean superbill the client can send to their insurer for out-of-network reimbursement:

Client: [[p1]]  DOB: [[dob1.us]]
Address: [[a1.line]]
Subscriber SSN (insurer asked for it): [[nid1.ssn]]
Provider: [[p2]], LCSW (NPI and license no. on file)
Dx: F41.1
Dates of service: 9/4, 9/11, 9/18, 9/25 – CPT 90837 – $175 each
Paid in full by card ending 6467""", cc=("US",))

add("personal_billing", "preauth_insurer", "en", 2, """\
Pre-authorisation request – please help me fill the "clinical justification" box in plain English (max 100 words).

Insurer: [[x.ins]]
Member: [[p1]]
DOB: [[dob1.ens]]
Membership no.: [[x.memno]]
Hospital number: [[mrn1]]
Treating consultant: Dr [[p2]], consultant psychiatrist
Request: 12 sessions of CBT for OCD with ERP, then review; Y-BOCS 26 at assessment
Contact for queries: [[p3]] (medical secretary), [[ph1]]""", cc=("GB",), sex={"p3": "f"}, fills=[
    {"ins": "Bupa", "memno": "BU 4471 2290 06"}, {"ins": "AXA Health", "memno": "AX/8830415"},
])

add("personal_billing", "card_payment_log", "en", 2, """\
Our booking platform flagged these payments. Which ones look like the same card used for two different clients?

ts,client,card,ip,amount
2024-11-02T09:14Z,[[p1]],[[card1]],[[ip1]],85.00
2024-11-02T09:16Z,[[p2]],[[card1]],[[ip1]],85.00
2024-11-03T18:40Z,[[p3]],[[card2]],[[ip2]],120.00""")

add("personal_billing", "medicare_mhcp", "en", 2, """\
Can you check this Medicare claim info before I submit? It's under a Mental Health Treatment Plan from the GP (session [[x.sess]] of 10).

Patient: [[p1]]
Medicare no: [[nid1.medicare]]
DOB: [[dob1.uk]]
Address: [[a1.line]]
Phone: [[ph1]]
Referring GP: Dr [[p2]]
Item: 80110 (clinical psychologist, 50+ min)""", cc=("AU",), fills=[{"sess": "4"}, {"sess": "7"}])

add("personal_billing", "de_privatrechnung", "de", 1, """\
Bitte prüfe diese Privatrechnung nach GOP auf Fehler und formuliere den Zahlungshinweis höflicher.

Rechnung Nr. 2024-067
[[p1]]
[[a1]]

Behandlung vom 01.10. bis 29.10.: 4 × Ziffer 870 (Verhaltenstherapie, Einzelbehandlung, 50 Min.)
Gesamtbetrag: 402,20 €

Zahlbar innerhalb von 30 Tagen auf das Konto:
Praxis [[p2]], IBAN [[iban1.de]]""", pp=("de",), cc=("DE",))

add("personal_billing", "fr_note_honoraires", "fr", 2, """\
Note d'honoraires n° 0381

Patient(e) : [[p1]]
N° sécurité sociale : [[nid1.nir]]
Adresse : [[a1.line]]
Séances de psychothérapie (Mon soutien psy) : 3 × 50 € = 150 €
Règlement par virement : [[iban1.fr]]

On me demande si la mutuelle rembourse le reste. Peux-tu m'aider à lui répondre en deux phrases ?""",
    pp=("fr",), cc=("FR",))

add("personal_billing", "nl_factuur", "nl", 1, """\
Kun je deze factuur controleren? De zorgverzekeraar wijst hem steeds af.

Factuur aan: [[p1]]
BSN: [[nid1.bsn]]
Geboortedatum: [[dob1.dash]]
Adres: [[a1.line]]
Prestatie: consult diagnostiek, 60 min, basis-GGZ
Bedrag: € 142,39
Betaling naar [[iban1.nl]] t.n.v. Praktijk [[p2.f]]""", pp=("nl",), cc=("NL",))

add("personal_billing", "es_factura", "es", 2, """\
Revisa esta factura, por favor; la paciente dice que su seguro no la acepta.

Factura n.º 2024/211
Paciente: [[p1]]
DNI: [[nid1.dni]]
Domicilio: [[a1.line]]
Concepto: 4 sesiones de psicoterapia individual (TCC) × 60 € = 240 € (exenta de IVA, art. 20.Uno.3.º LIVA)
Forma de pago: transferencia a [[iban1.es]]""", pp=("es",), cc=("ES",), sex={"p1": "f"})

add("personal_billing", "pt_recibo", "pt", 2, """\
Preciso de um recibo simples para enviar ao paciente. Pode formatar?

Recebi de [[p1]], CPF [[nid1.cpf]], a quantia de R$ 800,00 referente a 4 sessões de psicoterapia em outubro.
Pagamento via Pix (chave: [[x.pix]]).
Psicóloga [[p2]] – CRP 06/148820""", pp=("pt",), cc=("BR",), sex={"p2": "f"}, fills=[
    {"pix": "[[p2.email]]"}, {"pix": "[[ph1]]"},
])

add("personal_billing", "it_fattura_sanitaria", "it", 1, """\
Controlla questa fattura prima che la invii al Sistema Tessera Sanitaria, per favore.

Fattura n. 58/2024
Paziente: [[p1]] – C.F. [[nid1.cf]]
Prestazione: colloquio psicologico (esente IVA art. 10 n. 18)
Importo: € 70,00 + bollo € 2,00
Pagamento: bonifico su [[iban1.it]]""", pp=("it",), cc=("IT",))

add("personal_billing", "at_honorarnote", "de", 1, """\
Honorarnote – Wahltherapeutin, bitte für die Rückerstattung bei der ÖGK umformulieren:

[[p1]], SV-Nr. siehe e-card
[[a1]]
10 Einheiten Psychotherapie à 90 € = 900 €
Bezahlt per Überweisung an [[iban1.at]]""", pp=("de",), cc=("AT",))


# ---- records: exports, JSON, SQL, logs, YAML, TSV from practice software and platforms
add("personal_records", "practice_export_csv", "en", 3, """\
This is an export from [[x.app]]. Some phone numbers have lost their leading 0 — can you fix the CSV?

first_name,last_name,email,phone,date_of_birth,clinician
[[p1.g]],[[p1.f]],[[p1.email]],[[ph1]],[[dob1.iso]],[[p4.g]]
[[p2.g]],[[p2.f]],[[p2.email]],[[x.bad]],[[dob2.iso]],[[p4.g]]
[[p3.g]],[[p3.f]],[[p3.email]],[[ph3]],[[dob3.iso]],[[p5.g]]""", cc=("GB", "AU", "IE"), fills=[
    {"app": "SimplePractice", "bad": "⟦PHONE_NUMBER|7928 114 350⟧", "_cc": "GB"},
    {"app": "Cliniko", "bad": "⟦PHONE_NUMBER|411 904 227⟧", "_cc": "AU"},
    {"app": "WriteUpp", "bad": "⟦PHONE_NUMBER|87 556 2031⟧", "_cc": "IE"},
])

add("personal_records", "appointment_json", "en", 2, """\
Why does our Zapier step fail on this webhook body from Jane? I think it's the nested patient object.

{
  "event": "appointment.booked",
  "appointment": {"start": "2024-11-12T15:00:00", "treatment": "[[x.treat]]", "practitioner": "[[p2]]"},
  "patient": {
    "first_name": "[[p1.g]]", "last_name": "[[p1.f]]",
    "email": "[[p1.email]]", "mobile": "[[ph1.mob]]",
    "birth_date": "[[dob1.iso]]",
    "address": {"line1": "[[x.l1]]", "city": "[[a1.town]]"}
  }
}""", cc=("CA", "US", "AU"), fills=[
    {"treat": "OT initial assessment", "l1": "⟦LOCATION|45 Orchard Crescent⟧"},
    {"treat": "Counselling 50", "l1": "⟦LOCATION|908 Harbour St⟧"},
])

add("personal_records", "clients_sql", "en", 2, """\
Postgres says duplicate key on this insert. What's wrong and how do I make it an upsert?

INSERT INTO clients (id, full_name, phone, email, referrer)
VALUES
  (1042, '[[p1]]', '[[ph1]]', '[[p1.email]]', 'GP'),
  (1043, '[[p2]]', '[[ph2]]', '[[p2.email]]', 'EAP'),
  (1042, '[[p3]]', '[[ph3]]', '[[p3.email]]', 'self');""", cc=EN_CC)

add("personal_records", "telehealth_log", "en", 2, """\
Client says she was "in the waiting room for 20 minutes" on Tuesday. Does this log back that up?

[2024-11-05 14:58:02] waiting_room.join user=[[p1.login]] ip=[[ip1]]
[2024-11-05 15:00:10] provider.online user=[[p2.login]]
[2024-11-05 15:17:44] waiting_room.leave user=[[p1.login]] reason=timeout
[2024-11-05 15:18:20] waiting_room.join user=[[p1.login]] ip=[[ip1]]
[2024-11-05 15:18:31] session.start provider=[[p2.login]] patient=[[p1.login]] (Doxy.me)""", sex={"p1": "f"})

add("personal_records", "group_reminder_yaml", "en", 2, """\
Our reminder bot reads this YAML. Add a field so [[p2.g]] only gets texts, not emails.

group: "[[x.group]]"
facilitator: [[p4]]
participants:
  - name: [[p1]]
    phone: "[[ph1]]"
    email: [[p1.email]]
  - name: [[p2]]
    phone: "[[ph2]]"
  - name: [[p3]]
    email: [[p3.email]]""", cc=("GB", "NZ", "ZA"), fills=[
    {"group": "Compassion-Focused Therapy group (Gilbert)"}, {"group": "Bereavement circle – Tuesdays"},
])

add("personal_records", "helpline_callbacks_tsv", "en", 2, """\
Callbacks from last night's line (tab separated). Which ones are still open?

time\tcaller\tnumber\tstatus
22:14\t[[p1.g]]\t[[ph1]]\tcalled back
23:02\t[[p2]]\t[[ph2]]\tno answer x2
00:37\t[[p3.g]]\t[[ph3]]\topen
01:15\tanon\twithheld\tn/a""", cc=("GB", "IE", "KE", "NG", "IN"))

add("personal_records", "de_export_json", "de", 1, """\
Warum meldet unser Import „invalid date“ bei diesem Datensatz aus der Praxissoftware?

{"patient": {"vorname": "[[p1.g]]", "nachname": "[[p1.f]]", "geburtsdatum": "[[dob1.dot]]",
 "telefon": "[[ph1]]", "strasse": "[[x.str]]", "ort": "[[a1.town]]",
 "versichertennummer": "[[nid1.kvnr]]"}, "therapeut": "[[p2]]"}""", pp=("de",), cc=("DE",), fills=[
    {"str": "⟦LOCATION|Bergstraße 4⟧"}, {"str": "⟦LOCATION|Am Mühlbach 17⟧"},
])

add("personal_records", "es_csv_pacientes", "es", 2, """\
Tengo este CSV de pacientes con punto y coma. ¿Cómo lo importo en Excel sin que se rompan los DNI que empiezan por 0?

nombre;apellidos;dni;telefono;terapeuta
[[p1.g]];[[p1.f]];[[nid1.dni]];[[ph1]];[[p3]]
[[p2.g]];[[p2.f]];[[nid2.[[x.k]]]];[[ph2]];[[p3]]""", pp=("es",), cc=("ES",), fills=[
    {"k": "dni"}, {"k": "nie"},
])

add("personal_records", "sv_journal_export", "sv", 2, """\
Kan du göra om den här exporten till en tabell? Kolumnerna blev fel i Excel.

namn|personnummer|telefon|behandlare|besök
[[p1]]|[[nid1.pnr]]|[[ph1]]|[[p3]]|KBT 5/12
[[p2]]|[[nid2.pnr]]|[[ph2]]|[[p3]]|ACT 2/8""", pp=("sv",), cc=("SE",))

add("personal_records", "ko_booking_json", "ko", 2, """\
상담센터 예약 시스템에서 나온 JSON인데, 주민등록번호를 마스킹하는 코드를 짜 줄 수 있어요?

{"이름": "[[p1]]", "주민등록번호": "[[nid1.rrn]]", "연락처": "[[ph1]]",
 "주소": "[[a1.line]]", "상담사": "[[p2]]", "예약": "2024-11-20 19:00"}""", pp=("ko",), cc=("KR",))

add("personal_records", "zh_dengji", "zh", 2, """\
来访者登记表导出如下，帮我检查身份证号和出生日期是否一致：

姓名,身份证号,出生日期,电话,住址
[[p1]],[[nid1.cnid]],[[dob1.iso]],[[ph1]],[[a1.line]]""", pp=("zh",), cc=("CN",), sex={"p1": "f"})

add("personal_records", "el_amka_records", "el", 1, """\
Μπορείς να ελέγξεις αν λείπει κάτι από αυτές τις εγγραφές πριν τις περάσω στο σύστημα;

Ονοματεπώνυμο: [[p1]]
ΑΜΚΑ: [[nid1.amka]]
Ημ. γέννησης: [[dob1.uk]]
Διεύθυνση: [[a1.line]]
Τηλ.: [[ph1]]
Θεραπεύτρια: [[p2]]""", pp=("el",), cc=("GR",), sex={"p2": "f"})

add("personal_records", "da_klientliste", "da", 2, """\
Kan du lave denne klientliste om til en pæn tabel? Jeg er psykolog og skal sende den til min revisor uden CPR-numre.

[[p1]], CPR [[nid1.cpr]], tlf. [[ph1]], 6 samtaler
[[p2]], CPR [[nid2.cpr]], tlf. [[ph2]], 3 samtaler (henvist fra egen læge)""", pp=("da",), cc=("DK",))


# ---- chat: WhatsApp pastes, helpline transcripts, lower-case questions, messages in other languages
add("personal_chat", "wa_reschedule", "en", 3, """\
Summarise this WhatsApp thread for my diary — what time did we land on?

[[x.d]], 08:12 - [[p1.g]]: Morning! any chance we can do [[x.day]] 6pm instead of 5? stuck at work
[[x.d]], 08:40 - [[p2.g]]: Hi [[p1.g]], 6 is taken but I can do 7.15 online (Zoom link same as usual)
[[x.d]], 08:41 - [[p1.g]]: perfect thank u
[[x.d]], 08:42 - [[p1.g]]: btw my new number is [[ph1.mob]] from next week""", cc=EN_CC, case="lower", fills=[
    {"d": "12/11/2024", "day": "Thurs"}, {"d": "03/12/2024", "day": "Wed"}, {"d": "21/01/2025", "day": "fri"},
])

add("personal_chat", "helpline_transcript", "en", 2, """\
Please anonymise-proof my notes: I need a short summary of this web chat for the volunteer log.

Volunteer: Hi, you're through to the support line. What would you like to talk about?
Visitor: hi im [[p1.g]]. been really low since losing my job at the garage
Volunteer: Thanks for telling me, [[p1.g]]. Where are you at the moment, are you safe?
Visitor: at home in [[a1.town]]. my brother [[p2.g]] is here
Visitor: can someone ring me tomorrow? [[ph1]]
Volunteer: I'll pass that on. Have you heard of the Hub of Hope or talked to your GP?""",
    cc=("GB", "IE", "AU", "NZ"), sex={"p1": "m", "p2": "m"}, case="lower")

add("personal_chat", "lower_quick_questions", "en", 3, """\
[[x.q]]""", case="lower", cc=EN_CC, fills=[
    {"q": "how do i tell [[p1]] i'm ending our sessions after 20 weeks without it feeling like rejection? "
          "she has a history of abandonment stuff"},
    {"q": "can i share a session summary with [[p1.g]]'s husband if she signed consent last year? "
          "his number is [[ph1]] and he keeps texting"},
    {"q": "client [[p1]] wants a letter for her landlord about anxiety, what should it include and not include"},
    {"q": "write a short text to [[p1]] ([[ph1]]) reminding her of tmrw 10am at the clinic, "
          "nothing that says it's therapy"},
], sex={"p1": "f"})

add("personal_chat", "coach_linkedin", "en", 2, """\
I'm a career coach. Write a short LinkedIn message to a former client, [[p1]], congratulating [[x.pr]] on the new role at [[x.co]]. We did 6 sessions on [[x.tool]] last spring. Sign off as [[p2.g]].""",
    fills=[
    {"pr": "her", "co": "Unilever", "tool": "CliftonStrengths and the Johari window", "_sex": {"p1": "f"}},
    {"pr": "him", "co": "the NHS trust", "tool": "Myers-Briggs and Holland codes", "_sex": {"p1": "m"}},
])

add("personal_chat", "tl_taglish", "tl", 2, """\
Pa-translate naman into English, for my counsellor:

"Hi po, si [[p1]] po ito. Sorry po hindi ako naka-attend kahapon, nagka-anxiety attack po ako sa jeep. Pwede po ba mag-reschedule sa Sabado? Eto po number ko [[ph1]]. Salamat po."
""", pp=("tl",), cc=("PH",), case="lower")

add("personal_chat", "hinglish_mother", "hinglish", 2, """\
Meri mummy ke liye counsellor dhundh rahi hoon, unko papa ke jaane ke baad se neend nahi aati. Unka naam [[p2]] hai, [[a1.town]] mein rehti hain. Kya online therapy unke liye theek rahegi? Mera number [[ph1]] hai agar koi contact karna chahe. - [[p1.g]]""",
    pp=("hinglish",), cc=("IN",), sex={"p2": "f", "p1": "f"}, case="lower")

add("personal_chat", "hi_message", "hi", 1, """\
इस संदेश का विनम्र जवाब लिखने में मदद करें:

"नमस्ते मैडम, मैं [[p1]] हूँ। मेरे बेटे की स्पीच थेरेपी का अगला सेशन शनिवार को है, लेकिन हम [[a1.town]] से बाहर रहेंगे। क्या सोमवार को हो सकता है? मेरा नंबर [[ph1]] है।\"""", pp=("hi",), cc=("IN-HI",))

add("personal_chat", "th_line", "th", 1, """\
ช่วยสรุปแชท LINE นี้ให้หน่อยค่ะ ว่านัดกันวันไหน

[[p1.g]]: สวัสดีค่ะ อยากนัดปรึกษานักจิตวิทยาค่ะ
แอดมิน: ได้ค่ะ คุณ[[p1.g]] สะดวกวันไหนคะ
[[p1.g]]: วันเสาร์บ่ายค่ะ เบอร์ [[ph1]] ชื่อเต็ม [[p1]] ค่ะ
แอดมิน: ยืนยันวันเสาร์ 14:00 กับคุณ[[p2.g]] นะคะ""", pp=("th",), cc=("TH",), sex={"p1": "f"})

add("personal_chat", "vi_zalo", "vi", 1, """\
Giúp mình viết lại tin nhắn Zalo này cho lịch sự hơn, gửi cho phụ huynh:

"Chào chị [[p1.g]], em là [[p2]], chuyên viên âm ngữ trị liệu của bé [[p3.g]]. Buổi học thứ Bảy dời sang Chủ nhật 9h nha chị. Có gì chị gọi em số [[ph1]]."
""", pp=("vi",), cc=("VN",), sex={"p1": "f"})

add("personal_chat", "id_wa", "id", 1, """\
Tolong rangkum chat WhatsApp ini untuk catatan admin:

[[p1.g]]: Kak, saya mau daftar konseling untuk adik saya, [[p2]]. Dia sering panik sejak kuliah.
Admin: Baik kak. Domisili di mana?
[[p1.g]]: Kami di [[a1.town]]. Nomor saya [[ph1]] ya kak.""", pp=("id",), cc=("ID",), case="lower")

add("personal_chat", "uk_telegram", "uk", 2, """\
Допоможи відповісти в Telegram, коротко і тепло:

"Добрий день! Я [[p1]], ви консультували мою доньку у вересні (її звати [[p2.g]]). Ми зараз переїхали до міста [[a1.town]], чи можна продовжити онлайн? Мій номер [[ph1]]."
""", pp=("uk",), cc=("UA",), sex={"p2": "f"}, case="lower")

add("personal_chat", "el_viber", "el", 2, """\
Βοήθησέ με να απαντήσω σε αυτό το μήνυμα στο Viber:

«Καλησπέρα, είμαι η [[p1]]. Η ψυχολόγος μου, η κα [[p2.f]], μου είπε να επικοινωνήσω μαζί σας για την ομάδα υποστήριξης. Το κινητό μου είναι [[ph1]].»""",
    pp=("el",), cc=("GR",), sex={"p1": "f", "p2": "f"})


# ================================================================ PII-free rows
# ---- theory: theorists, models, eponymous conditions and tests
add("clean_theory", "theory_table_md", "en", 3, """\
Turn these revision notes into a Markdown table with columns Theorist | Model | Key idea | Decade:

[[x.notes]]""", fills=[
    {"notes": "- Aaron Beck – cognitive therapy, negative automatic thoughts, cognitive triad (1960s)\n"
              "- Albert Ellis – REBT, ABC model\n- Carl Rogers – person-centred, core conditions (empathy, "
              "congruence, UPR)\n- Fritz and Laura Perls – Gestalt, here and now"},
    {"notes": "- John Bowlby – attachment theory, secure base\n- Mary Ainsworth – Strange Situation, attachment "
              "styles\n- Donald Winnicott – good-enough mother, transitional object\n- Melanie Klein – object "
              "relations, paranoid-schizoid / depressive positions"},
    {"notes": "- Marsha Linehan – DBT, radical acceptance, the biosocial theory\n- Steven Hayes – ACT, "
              "psychological flexibility, the hexaflex\n- Jon Kabat-Zinn – MBSR at UMass\n- Paul Gilbert – "
              "compassion-focused therapy, three-systems model"},
    {"notes": "- Sigmund Freud – id, ego, superego, free association\n- Carl Jung – collective unconscious, "
              "archetypes, the shadow\n- Alfred Adler – inferiority complex, birth order\n- Karen Horney – "
              "neurotic needs, critique of penis envy"},
])

add("clean_theory", "theory_compare_q", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "What's the practical difference between Beck's CBT and Linehan's DBT for someone who self-harms? "
          "I'm a trainee and our service offers both."},
    {"q": "Explain Maslow's heirarchy vs Max-Neef's fundamental human needs in a way I can use in a "
          "coaching workshop. Is Maslow's pyramid actually his or did someone else draw it?"},
    {"q": "How did Skinner's operant conditioning differ from Pavlov's classical conditioning? Give one example "
          "of each from an ABA or exposure-therapy setting."},
    {"q": "Summarise Erikson's eight stages and say which ones Kübler-Ross's five stages of grief are often "
          "confused with in pop psychology."},
])

add("clean_theory", "lecture_notes", "en", 3, """\
Tidy my lecture notes into proper sentences, keep the headings:

## [[x.head]]
[[x.body]]""", fills=[
    {"head": "Week 4 – Attachment",
     "body": "- Harlow's monkeys (wire vs cloth mother)\n- Bowlby: 44 juvenile thieves, maternal deprivation\n"
             "- Ainsworth, Baltimore study; Main & Solomon added disorganised\n- Critique: Rutter, Romanian "
             "orphans (ERA study)"},
    {"head": "Week 7 – Humanistic approaches",
     "body": "- Rogers, client-centred therapy (1951), Q-sort\n- Maslow – self-actualisation, peak experiences\n"
             "- Viktor Frankl – logotherapy, Man's Search for Meaning\n- Yalom – existential givens: death, "
             "freedom, isolation, meaninglessness"},
    {"head": "Week 9 – Neurodevelopmental",
     "body": "- Kanner 1943 vs Asperger 1944; Lorna Wing brought Asperger's work to English readers\n- "
             "Tourette: Gilles de la Tourette, 1885\n- Baron-Cohen, Sally-Anne test, theory of mind\n- "
             "Critique of the 'extreme male brain' idea"},
])

add("clean_theory", "lower_theory_q", "en", 3, """\
[[x.q]]""", case="lower", fills=[
    {"q": "whats the actual difference between freud and jung on the unconscious, explain like im 15"},
    {"q": "is the myers-briggs scientifically valid or is it basically horoscopes? asking bc my work uses it"},
    {"q": "what did rorschach actually think the inkblots measured? and is the exner system still used"},
    {"q": "quick one: who came up with the window of tolerance, dan siegel or pat ogden?"},
])

add("clean_theory", "caps_revision", "en", 2, """\
[[x.t]]""", case="upper", fills=[
    {"t": "Make this revision sheet less shouty but keep it short:\n\nKEY THEORISTS FOR THE EXAM\n- BECK: "
          "COGNITIVE TRIAD\n- ELLIS: ABC\n- ROGERS: CORE CONDITIONS\n- BANDURA: BOBO DOLL, SELF-EFFICACY\n- "
          "SELIGMAN: LEARNED HELPLESSNESS\n- MILGRAM AND ZIMBARDO: ETHICS"},
    {"t": "CAN YOU CHECK THESE FLASHCARDS:\nPIAGET = 4 STAGES\nVYGOTSKY = ZPD\nKOHLBERG = MORAL DEVELOPMENT\n"
          "GILLIGAN = ETHICS OF CARE\nBRONFENBRENNER = ECOLOGICAL SYSTEMS"},
])

add("clean_theory", "eponym_conditions", "en", 3, """\
Write a plain-English paragraph for our service leaflet about [[x.c]]. Reading age 11, no jargon.""",
    fills=[
    {"c": "Alzheimer's disease and how it differs from vascular dementia and Lewy body dementia"},
    {"c": "Tourette syndrome, and the myth that everyone with Tourette's swears (coprolalia)"},
    {"c": "why 'Asperger's' is no longer a separate diagnosis in DSM-5 and what autistic adults may prefer to "
          "be called"},
    {"c": "Korsakoff syndrome, Capgras delusion and Munchausen syndrome by proxy — one short line each"},
])

add("clean_theory", "de_theorie", "de", 2, """\
[[x.q]]""", fills=[
    {"q": "Erkläre mir kurz den Unterschied zwischen Freuds Psychoanalyse und Adlers Individualpsychologie. "
          "Beide waren ja in Wien – warum haben sie sich 1911 zerstritten?"},
    {"q": "Was genau ist Systemische Therapie nach Virginia Satir im Vergleich zu den Familienaufstellungen "
          "nach Bert Hellinger? Letztere gelten ja als umstritten."},
    {"q": "Fasse die Logotherapie von Viktor Frankl in fünf Sätzen zusammen, für ein Referat in der 11. Klasse."},
])

add("clean_theory", "fr_theorie", "fr", 2, """\
[[x.q]]""", fills=[
    {"q": "Peux-tu m'expliquer simplement le stade du miroir chez Lacan et le comparer à Winnicott ?"},
    {"q": "Quelle est la différence entre les stades de Piaget et l'approche de Françoise Dolto sur l'enfant ? "
          "C'est pour un oral en école d'orthophonie."},
    {"q": "Résume en quelques lignes l'apport de Boris Cyrulnik sur la résilience."},
])

add("clean_theory", "es_teoria", "es", 2, """\
[[x.q]]""", fills=[
    {"q": "¿Qué diferencia hay entre la terapia racional emotiva de Albert Ellis y la terapia cognitiva de "
          "Beck? Lo necesito para un examen del máster de psicología general sanitaria."},
    {"q": "Explícame la terapia familiar estructural de Salvador Minuchin con un ejemplo sencillo."},
    {"q": "¿Quién fue Ignacio Martín-Baró y qué es la psicología de la liberación?"},
])

add("clean_theory", "pt_teoria", "pt", 1, """\
Pode resumir a contribuição de Nise da Silveira para a psiquiatria no Brasil e a relação dela com Jung? É para um trabalho da faculdade.""")

add("clean_theory", "ja_theory", "ja", 2, """\
[[x.q]]""", fills=[
    {"q": "森田療法と内観療法の違いを、認知行動療法（CBT）と比べながら簡単に説明してください。"},
    {"q": "河合隼雄はユング心理学を日本にどのように紹介したのですか？箱庭療法との関係も教えてください。"},
])

add("clean_theory", "ru_theory", "ru", 2, """\
[[x.q]]""", fills=[
    {"q": "Объясни простыми словами зону ближайшего развития по Выготскому и чем она отличается от стадий Пиаже."},
    {"q": "Чем работы Павлова об условных рефлексах повлияли на поведенческую терапию? И при чём тут Лурия?"},
])

add("clean_theory", "it_teoria", "it", 1, """\
Mi spieghi in breve chi era Franco Basaglia e cosa ha cambiato la legge 180 del 1978? Anche il legame con l'approccio sistemico di Mara Selvini Palazzoli, se c'è.""")


# ---- tools: practice software, telehealth, apps, booking platforms
add("clean_tools", "pm_compare", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "I'm a solo counsellor in the UK. SimplePractice vs WriteUpp vs Cliniko — which handles GDPR, "
          "online booking and invoicing best for under £40 a month? Table please."},
    {"q": "Compare TherapyNotes and SimplePractice for a US group practice of 6 clinicians: claims, "
          "superbills, telehealth, and how painful it is to migrate data out."},
    {"q": "We're an OT and physio clinic in Canada. Is Jane better than Cliniko for multi-discipline "
          "scheduling, and does either integrate with Physitrack?"},
    {"q": "Does Power Diary (now Zanda) support SMS reminders in New Zealand, and how does it compare to "
          "Halaxy for psychologists billing Medicare in Australia?"},
])

add("clean_tools", "telehealth_q", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "Is Doxy.me's free tier OK for therapy sessions under HIPAA, or do I need Zoom for Healthcare with "
          "a BAA? What about Google Meet through Workspace?"},
    {"q": "Our NHS talking therapies team uses Microsoft Teams and Attend Anywhere. What's the difference, "
          "and why would a service pick one over the other?"},
    {"q": "What settings should I change in Zoom before running an online DBT skills group (waiting room, "
          "recording, chat, breakout rooms)?"},
])

add("clean_tools", "app_recos", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "Make a short list of apps I can suggest between sessions: Headspace, Calm, Insight Timer, "
          "Daylio, Finch, How We Feel. One line each on what they're good for."},
    {"q": "Are chatbot apps like Woebot, Wysa and Youper evidence-based? Summarise what's been published, "
          "and whether NICE has looked at any of them."},
    {"q": "Compare Calm and Headspace for a workplace wellbeing budget — pricing for 200 staff, "
          "reporting, and whether either integrates with Microsoft Viva."},
    {"q": "What's the difference between Sanvello, Bearable and the NHS's own Every Mind Matters tools?"},
], case="lower")

add("clean_tools", "lower_tools", "en", 3, """\
[[x.q]]""", case="lower", fills=[
    {"q": "does simplepractice let clients sign intake forms on their phone or do they need the app"},
    {"q": "best way to send session reminders by text from google calendar without paying for twilio?"},
    {"q": "can i use notion or obsidian for process notes or is that a gdpr nightmare"},
    {"q": "is otter.ai or fathom ok for recording supervision or should i avoid ai note takers entirely"},
])

add("clean_tools", "booking_error_log", "en", 2, """\
Our booking widget keeps failing. What does this mean?

[[x.log]]""", fills=[
    {"log": "2024-11-12T10:02:11Z ERROR webhook delivery failed: POST https://hooks.zapier.com/hooks/catch/"
            "<ID>/ -> 410 Gone\n2024-11-12T10:02:11Z WARN retry 3/3 for event appointment.cancelled "
            "(practice_id=demo)\n2024-11-12T10:02:12Z INFO falling back to email notification"},
    {"log": "Stripe error: card_declined (code: insufficient_funds) for PaymentIntent pi_XXXXXXXX\n"
            "Calendly webhook invitee.created received, no matching event type\nGoogle Calendar API 403: "
            "rateLimitExceeded"},
])

add("clean_tools", "de_software", "de", 2, """\
[[x.q]]""", fills=[
    {"q": "Welche Praxissoftware ist für eine psychotherapeutische Kassenpraxis besser: Elefant, Epikur "
          "oder psyprax? Mir sind TI-Anbindung, eAU und die Videosprechstunde (z. B. RED connect) wichtig."},
    {"q": "Ist es DSGVO-konform, Klient:innen über WhatsApp an Termine zu erinnern, oder sollte ich lieber "
          "Signal oder Threema nutzen?"},
])

add("clean_tools", "fr_logiciels", "fr", 2, """\
[[x.q]]""", fills=[
    {"q": "Pour un cabinet de psychologue en libéral, Doctolib vaut-il l'abonnement ou est-ce que "
          "Maiia ou un simple Calendly suffit ? Et pour la téléconsultation ?"},
    {"q": "Quels logiciels les orthophonistes utilisent-ils pour la facturation et la télétransmission ? "
          "J'ai entendu parler d'Orthomax et de Weda."},
])

add("clean_tools", "nl_tools", "nl", 1, """\
Welke apps kan ik als praktijkondersteuner GGZ aanraden naast de gesprekken? Ik ken Headspace en Calm, maar zijn er Nederlandse alternatieven die door zorgverzekeraars worden vergoed, zoals iets via Thuisarts.nl?""")

add("clean_tools", "ko_apps", "ko", 2, """\
[[x.q]]""", fills=[
    {"q": "마인드카페랑 트로스트 같은 비대면 심리상담 앱의 장단점을 표로 정리해 줄 수 있어요?"},
    {"q": "상담센터 예약을 네이버 예약이랑 카카오톡 채널 중 어디로 받는 게 더 편할까요?"},
])

add("clean_tools", "zh_apps", "zh", 2, """\
[[x.q]]""", fills=[
    {"q": "简单心理和壹心理这两个平台有什么区别？作为新手咨询师应该先入驻哪个？"},
    {"q": "用腾讯会议做线上心理咨询安全吗？和Zoom相比有什么需要注意的？"},
])

add("clean_tools", "sv_tools", "sv", 1, """\
Vad är skillnaden mellan Mindler, Kry och 1177:s stöd- och behandlingsplattform när det gäller internet-KBT? Jag är psykolog och funderar på att börja frilansa.""")

add("clean_tools", "es_apps", "es", 2, """\
[[x.q]]""", fills=[
    {"q": "¿Qué opinas de Psious para terapia de exposición con realidad virtual? ¿Se usa en España en la "
          "sanidad pública?"},
    {"q": "Compara Headspace, Calm y Meyo para recomendar a pacientes hispanohablantes. Tabla corta, por favor."},
], case="lower")

add("clean_tools", "pt_apps", "pt", 1, """\
Quais plataformas de atendimento online os psicólogos mais usam no Brasil? Zenklub, Psicologia Viva e Vittude valem a pena ou é melhor ter consultório próprio com Google Meet?""")


# ---- forms: blank forms, sample records, merge fields, sample people in each language
add("clean_forms", "blank_intake", "en", 3, """\
[[x.t]]""", fills=[
    {"t": "Can you make this intake form look more welcoming without losing any fields?\n\nCLIENT DETAILS\n"
          "Full name: ______________________\nDate of birth: __ / __ / ____\nAddress: ______________________\n"
          "Postcode: ________   Mobile: ______________\nGP name and surgery: ______________________\n"
          "Emergency contact (name, relationship, phone): ______________________"},
    {"t": "Turn this into a Google Form with sensible field types:\n\nName:\nPronouns:\nDOB (DD/MM/YYYY):\n"
          "Email:\nPhone:\nHow did you hear about us? (GP / friend / Psychology Today / other)\n"
          "Have you had counselling before? Y/N\nPHQ-9 and GAD-7 to follow"},
    {"t": "Review this SLT case history form for parents. Is anything missing?\n\nChild's name: ________\n"
          "Date of birth: ________\nLanguages spoken at home: ________\nFirst words at (months): ____\n"
          "Hearing tested? Y / N   Date: ________\nNursery/school: ________\nParent/carer name(s): ________"},
])

add("clean_forms", "sample_record_json", "en", 3, """\
Write a JSON Schema for this sample record (it's from the vendor's docs, not a real client):

[[x.j]]""", fills=[
    {"j": '{"client": {"first_name": "Jane", "last_name": "Doe", "dob": "1990-01-01", "email": '
          '"jane.doe@example.com", "phone": "+44 1632 960000"}, "sessions_authorised": 6}'},
    {"j": '{"patient": {"name": "John Q. Public", "insurance": {"payer": "Aetna", "member_id": "XXXXXXXXX"}}, '
          '"cpt": "90834", "units": 1}'},
    {"j": '{"referral": {"referrer": "Dr. A. N. Other", "client": "Joe Bloggs", "service": "EAP", '
          '"employer": "Acme Ltd", "notes": "<free text>"}}'},
])

add("clean_forms", "merge_letter", "en", 3, """\
Fix the merge fields in this template so it works in [[x.app]]:

Dear {{client_first_name}},

This is a reminder of your appointment with {{clinician_name}} on {{appointment_date}} at {{appointment_time}}. If you need to cancel, please give us at least 48 hours' notice by replying to this email or calling [PRACTICE PHONE].

Kind regards,
[PRACTICE NAME]""", fills=[
    {"app": "SimplePractice"}, {"app": "Mailchimp"}, {"app": "Microsoft Word mail merge"},
])

add("clean_forms", "sample_csv", "en", 2, """\
Our import template came with these sample rows. What date format does it expect?

[[x.csv]]""", fills=[
    {"csv": "first_name,last_name,dob,email\nJohn,Smith,01/01/1980,john.smith@example.com\nJane,Doe,"
            "12/31/1975,jane.doe@example.org\nJoe,Bloggs,1985-06-15,joe@example.net"},
    {"csv": "client_id|name|clinician|status\nC-0001|Test Client|Dr Example|active\nC-0002|Mickey Mouse|"
            "Dr Example|archived\nC-0003|A N Other|Demo Therapist|waitlist"},
])

add("clean_forms", "caps_notice", "en", 2, """\
[[x.t]]""", case="upper", fills=[
    {"t": "Please proofread this sign for the waiting room:\nPLEASE SWITCH PHONES TO SILENT. THIS IS A "
          "CONFIDENTIAL SPACE. IF YOU ARRIVE EARLY, TAKE A SEAT AND YOUR COUNSELLOR WILL COLLECT YOU."},
    {"t": "Rewrite this more kindly: CANCELLATION POLICY - SESSIONS CANCELLED WITH LESS THAN 48 HOURS "
          "NOTICE WILL BE CHARGED IN FULL. NO EXCEPTIONS."},
])

add("clean_forms", "de_muster", "de", 2, """\
[[x.t]]""", fills=[
    {"t": "Erstelle mir eine Vorlage für eine Terminbestätigung. Nimm als Beispiel Max Mustermann, "
          "Musterstraße 1, 12345 Musterstadt, Termin am TT.MM.JJJJ um HH:MM Uhr."},
    {"t": "Ist dieses Musterformular für die Schweigepflichtentbindung vollständig?\n\nIch, Erika Mustermann, "
          "geb. am __.__.____, entbinde Frau/Herrn ____________ von der Schweigepflicht gegenüber "
          "____________. Ort, Datum, Unterschrift: ____________"},
])

add("clean_forms", "fr_modele", "fr", 2, """\
[[x.t]]""", fills=[
    {"t": "Rédige un modèle de consentement éclairé pour une thérapie en ligne. Utilise « Jean Dupont » comme "
          "exemple de patient et [NOM DU PSYCHOLOGUE] pour le praticien."},
    {"t": "Corrige ce modèle : « Madame Marie Martin, née le JJ/MM/AAAA, demeurant [ADRESSE], reconnaît "
          "avoir été informée des modalités de la séance… »"},
])

add("clean_forms", "es_plantilla", "es", 2, """\
[[x.t]]""", fills=[
    {"t": "Haz una plantilla de informe de derivación. Usa de ejemplo a «Fulano de Tal» y deja "
          "[NOMBRE DEL TERAPEUTA], [FECHA] y [MOTIVO] como campos."},
    {"t": "¿Está bien este ejemplo para el manual del programa? «Juan Pérez, DNI 00000000X, acude a consulta "
          "por primera vez…»"},
])

add("clean_forms", "pt_modelo", "pt", 1, """\
Monte um modelo de contrato terapêutico para psicólogo com campos em branco. Use "Fulano de Tal" como exemplo de paciente e CPF 000.000.000-00 como placeholder.""")

add("clean_forms", "it_modello", "it", 2, """\
[[x.t]]""", fills=[
    {"t": "Preparami un modello di consenso informato per la psicoterapia. Come esempio usa «Mario Rossi, "
          "nato a __________ il __/__/____» e lascia vuoti gli altri campi."},
    {"t": "Nel gestionale di prova c'è il paziente «Paolo Bianchi» con codice fiscale XXXXXX00X00X000X. "
          "Come faccio a cancellarlo prima di andare in produzione?"},
])

add("clean_forms", "pl_wzor", "pl", 1, """\
Przygotuj wzór skierowania do psychologa. Jako przykład pacjenta wpisz Jan Kowalski, PESEL: ___________, a lekarza kierującego zostaw jako [IMIĘ I NAZWISKO LEKARZA].""")

add("clean_forms", "fi_no_malli", "fi", 1, """\
Tee lomakepohja terapiaan ilmoittautumiseen. Käytä esimerkkinä Matti Meikäläistä ja jätä henkilötunnus muotoon PPKKVV-XXXX.""")

add("clean_forms", "no_mal", "no", 1, """\
Lag en mal for innkalling til første samtale hos psykolog. Bruk Ola Nordmann som eksempel og la fødselsnummer stå som 11 X-er.""")

add("clean_forms", "cs_vzor", "cs", 1, """\
Napiš vzor souhlasu se zpracováním osobních údajů pro psychoterapeutickou praxi. Jako příklad klienta použij Jan Novák a rodné číslo nech jako XXXXXX/XXXX.""")

add("clean_forms", "ja_template", "ja", 2, """\
[[x.t]]""", fills=[
    {"t": "カウンセリング予約確認メールのテンプレートを作ってください。例の名前は「山田太郎」、日時は【日時】としてください。"},
    {"t": "問診票の記入例を作りたいです。氏名欄は「山田花子」、生年月日は「〇〇〇〇年〇月〇日」でお願いします。"},
])

add("clean_forms", "ko_template", "ko", 2, """\
[[x.t]]""", fills=[
    {"t": "상담 신청서 양식 예시를 만들어 주세요. 이름은 홍길동, 연락처는 010-0000-0000으로 넣어 주세요."},
    {"t": "비밀보장 동의서 샘플을 만들 때 예시 이름으로 김철수, 이영희를 써도 될까요?"},
])

add("clean_forms", "zh_template", "zh", 1, """\
帮我写一份心理咨询知情同意书的模板，来访者姓名用“张三”做示例，身份证号写成“XXXXXXXXXXXXXXXXXX”。""")

add("clean_forms", "ru_shablon", "ru", 2, """\
[[x.t]]""", fills=[
    {"t": "Составь шаблон договора на психологическое консультирование. В примере используй клиента "
          "Иванов Иван Иванович, паспорт серии ____ № ______."},
    {"t": "Нужна анкета для первичного приёма психолога. Образец заполнения: Петров Пётр Петрович, "
          "дата рождения ДД.ММ.ГГГГ."},
])

add("clean_forms", "ar_template", "ar", 1, """\
اكتب نموذج موافقة على جلسات الإرشاد النفسي عبر الإنترنت. استخدم "فلان الفلاني" كاسم مثال، واترك رقم الهاتف فارغاً.""")

add("clean_forms", "he_template", "he", 1, """\
תכין לי תבנית של טופס הסכמה לטיפול רגשי. בתור דוגמה תכתוב "ישראל ישראלי", ואת מספר תעודת הזהות תשאיר ריק.""")

add("clean_forms", "vi_template", "vi", 1, """\
Soạn giúp mẫu phiếu đăng ký tư vấn tâm lý. Tên mẫu ghi là Nguyễn Văn A, số điện thoại để trống.""")

add("clean_forms", "hu_template", "hu", 1, """\
Készíts egy mintát a pszichológiai konzultációra való jelentkezéshez. Példának használd Gipsz Jakab nevét, a TAJ-számot hagyd üresen.""")

add("clean_forms", "tr_sablon", "tr", 1, """\
Danışan bilgi formu için bir şablon hazırlar mısın? Örnek olarak "Ad Soyad" ve "TC Kimlik No: ___________" alanlarını bırak.""")

add("clean_forms", "nl_sjabloon", "nl", 1, """\
Maak een voorbeeldbrief voor een verwijzing naar de GGZ. Gebruik Jan Jansen als voorbeeldcliënt en laat het BSN leeg.""")


# ---- services: helplines, charities, professional bodies, public figures, famous places
add("clean_services", "helplines_list", "en", 3, """\
[[x.t]]""", fills=[
    {"t": "Check these UK crisis numbers are right for our leaflet: Samaritans 116 123 (free, 24/7), Shout "
          "text 85258, NHS 111 option 2 for mental health, Papyrus HOPELINE247 0800 068 4141, CALM 0800 58 58 58."},
    {"t": "Put these in a table for our Australian clients: Lifeline 13 11 14, Beyond Blue 1300 22 4636, "
          "Kids Helpline 1800 55 1800, 13YARN 13 92 76, Suicide Call Back Service 1300 659 467."},
    {"t": "For the US version of the handout: 988 Suicide & Crisis Lifeline (call or text 988), Crisis Text "
          "Line (text HOME to 741741), the Trevor Project, and the Veterans Crisis Line (988 then press 1). "
          "Anything missing?"},
    {"t": "Irish services for the website footer: Samaritans Ireland 116 123, Pieta 1800 247 247, text "
          "50808, Childline 1800 66 66 66. Can you write one friendly line for each?"},
])

add("clean_services", "charities_csv", "en", 2, """\
Clean up this CSV of organisations we signpost to (some rows have stray quotes):

[[x.csv]]""", fills=[
    {"csv": 'name,area,website\nMind,"general mental health",mind.org.uk\nRethink Mental Illness,severe '
            'mental illness,rethink.org\n"Cruse Bereavement Support,bereavement,cruse.org.uk\nBeat,eating '
            'disorders,beateatingdisorders.org.uk\nYoungMinds,"young people",youngminds.org.uk'},
    {"csv": 'provider,type,clients\nHealth Assured,EAP,"UK employers"\nLyra Health,EAP,US tech\nSpring Health,'
            'EAP,"US, UK"\nComPsych,EAP,global\nTELUS Health,"EAP, virtual care",Canada\nSpectrum.Life,EAP,Ireland'},
])

add("clean_services", "speaker_roster", "en", 2, """\
Format this speaker list for the conference programme (name, talk, slot):

[[x.list]]""", fills=[
    {"list": "Esther Perel – Where Should We Begin? – 09:30\nBessel van der Kolk – The Body Keeps the Score, "
             "ten years on – 11:00\nGabor Maté – The Myth of Normal – 14:00\nIrvin Yalom (recorded) – "
             "Staring at the Sun – 16:00"},
    {"list": "Brené Brown – vulnerability and shame – 10:00\nDan Siegel – interpersonal neurobiology – 11:30\n"
             "Lori Gottlieb – Maybe You Should Talk to Someone – 13:30\nJohn and Julie Gottman – "
             "the Four Horsemen – 15:00"},
])

add("clean_services", "famous_places", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "I'm visiting Vienna — is the Freud Museum at Berggasse 19 worth it, and is there anything about "
          "Adler or Frankl in the city too?"},
    {"q": "Give me a short history of Bethlem Royal Hospital ('Bedlam') and the Maudsley for a talk to "
          "new staff."},
    {"q": "What is the Tavistock and Portman known for, and why did the GIDS service close?"},
    {"q": "Why is the town of Geel in Belgium famous in the history of community mental health care?"},
    {"q": "What happened at the Esalen Institute in Big Sur, and who taught there (Perls, Maslow, Satir)?"},
])

add("clean_services", "public_figures_mh", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "Write a blog intro about athletes speaking up on mental health: Simone Biles at Tokyo, Naomi Osaka "
          "at Roland Garros, Michael Phelps' documentary The Weight of Gold."},
    {"q": "Which celebrities have talked openly about therapy? I'm thinking Prince Harry's Apple TV series "
          "with Oprah, Stephen Fry on bipolar disorder, Lady Gaga on PTSD. Keep it factual."},
    {"q": "Did Ruby Wax really study mindfulness-based cognitive therapy at Oxford? Summarise her books."},
])

add("clean_services", "professional_bodies", "en", 2, """\
[[x.q]]""", fills=[
    {"q": "What's the difference between BACP, UKCP and the BPS, and which one does the HCPC actually "
          "regulate? I'm a career changer in Manchester."},
    {"q": "Compare APA, ACA and NBCC for a counsellor moving from Ireland to Texas, and do I need the NCE "
          "exam?"},
])

add("clean_services", "de_dienste", "de", 2, """\
[[x.q]]""", fills=[
    {"q": "Stimmt es, dass die TelefonSeelsorge unter 0800 111 0 111 und 0800 111 0 222 erreichbar ist? Und "
          "die Nummer gegen Kummer für Kinder ist die 116 111?"},
    {"q": "Wie lange wartet man in München gerade auf einen Therapieplatz, und hilft die Terminservicestelle "
          "unter 116117 wirklich?"},
])

add("clean_services", "fr_services", "fr", 2, """\
[[x.q]]""", fills=[
    {"q": "Quels numéros mettre sur notre affiche : le 3114 (prévention du suicide), SOS Amitié, Fil Santé "
          "Jeunes ? Et comment expliquer ce qu'est un CMP ?"},
    {"q": "Comment fonctionne le dispositif Mon soutien psy en 2024, combien de séances et à quel tarif ?"},
], case="lower")

add("clean_services", "es_servicios", "es", 2, """\
[[x.q]]""", fills=[
    {"q": "¿Cómo funciona la línea 024 de atención a la conducta suicida y en qué se diferencia del "
          "Teléfono de la Esperanza?"},
    {"q": "Estoy en Buenos Aires, ¿qué servicios públicos de salud mental hay además del Hospital Borda?"},
])

add("clean_services", "it_servizi", "it", 1, """\
Quali numeri mettere sul volantino per Milano: Telefono Amico, Samaritans Onlus, il 112? E cos'è esattamente un CSM?""")

add("clean_services", "ar_services", "ar", 1, """\
ما هي خدمات الصحة النفسية المتاحة في دبي وعمّان؟ وهل يوجد خط ساخن وطني للدعم النفسي في الأردن أو الإمارات؟""")

add("clean_services", "he_services", "he", 1, """\
מה ההבדל בין ער"ן (1201) לבין סה"ר? ואיך עובד קו הסיוע של נט"ל לנפגעי טראומה?""")

add("clean_services", "hi_services", "hi", 1, """\
टेली-मानस हेल्पलाइन 14416 कैसे काम करती है? और बेंगलुरु का निमहांस (NIMHANS) किस लिए प्रसिद्ध है?""")

add("clean_services", "th_services", "th", 1, """\
สายด่วนสุขภาพจิต 1323 เปิดกี่โมงคะ แล้วโรงพยาบาลศรีธัญญากับสถาบันกัลยาณ์ราชนครินทร์ต่างกันยังไง""")

add("clean_services", "ko_services", "ko", 1, """\
자살예방 상담전화 109랑 정신건강 위기상담 전화 1577-0199는 뭐가 다른가요? 서울에 사는 친구한테 알려주려고요.""")

add("clean_services", "ja_services", "ja", 1, """\
「いのちの電話」と「よりそいホットライン」の違いは何ですか？東京と大阪で使える相談窓口も教えてください。""")


# ---- more personal rows: occupational health, HSE, India, schools, shouted notes, booking chat, contracts
add("personal_intake", "occ_health_referral", "en", 2, """\
Manager referral to occupational health / EAP counselling. Can you rewrite the "reason" box so it's factual and not judgemental?

Employee: [[p1]]
NI number: [[nid1.nino]]
Home address: [[a1.line]]
Personal mobile: [[ph1.mob]]
Line manager: [[p2]]
Reason: [[x.reason]]""", cc=("GB",), fills=[
    {"reason": "keeps crying at her desk since the divorce, team finding it awkward, off sick 9 days this quarter",
     "_sex": {"p1": "f"}},
    {"reason": "snapped at a customer, seems burnt out, told a colleague he 'can't see the point' any more",
     "_sex": {"p1": "m"}},
])

add("personal_intake", "hse_primary_care_referral", "en", 2, """\
Primary Care Psychology referral (HSE) – please check it meets the criteria before I send it on:

Name: [[p1]]
PPSN: [[nid1.pps]]
DOB: [[dob1.uk]]
Address: [[a1]]
Phone: [[ph1]]
GP: Dr [[p2.f]], [[x.gp]]
Reason: moderate anxiety, GAD-7 14, wants talk therapy not meds; tried SilverCloud last year""",
    cc=("IE",), fills=[{"gp": "Main Street Medical Centre"}, {"gp": "The Square Family Practice"}])

add("personal_intake", "india_clinic_form", "en", 2, """\
Patient registration – counselling centre. Can you check the Aadhaar is formatted right and suggest what else we should collect for teleconsultation?

Name: [[p1]]
Aadhaar: [[nid1.aadhaar]]
DOB: [[dob1.dash]]
Address: [[a1.line]]
Mobile: [[ph1.mob]]
Emergency contact: [[p2]] ([[x.rel]]), [[ph2.mob]]
Referred by: Dr [[p3.f]], psychiatrist""", pp=("in",), cc=("IN",), fills=[
    {"rel": "father", "_sex": {"p2": "m"}}, {"rel": "wife", "_sex": {"p2": "f", "p1": "m"}},
])

add("personal_correspondence", "school_senco_letter", "en", 2, """\
Please draft a short letter to the school SENCo, [[p3]], summarising my speech and language assessment. Keep it parent-friendly; mum ([[p2]]) will get a copy.

Child: [[p1]], DOB [[dob1.uk]], Year [[x.yr]]
Findings: [[x.find]]
Recommendations: visual timetable, pre-teach topic vocabulary, Colourful Semantics groups (Alison Bryan), review in one term""",
    cc=("GB",), sex={"p2": "f"}, age={"dob1": "young"}, fills=[
    {"yr": "2", "find": "receptive language in the low-average range on the CELF-5; expressive language delayed"},
    {"yr": "4", "find": "developmental language disorder (DLD), word-finding difficulties, good social skills"},
])

add("personal_sessions", "caps_shouted_note", "en", 2, """\
[[x.t]]""", case="upper", cc=("GB", "IE", "AU"), fills=[
    {"t": "Reception note, pls make it readable: [[p1]] RANG AGAIN RE HIS DAUGHTER'S APPT. HE IS NOT ON THE "
          "CONSENT FORM. DO NOT CONFIRM ANYTHING. HIS NO IS [[ph1]]. [[p2.g]] TO CALL HIM BACK.",
     "_sex": {"p1": "m"}},
    {"t": "Tidy this up for the group email: ROOM 3 BOOKED FOR THE HEARING VOICES GROUP, [[p1]] FACILITATING, "
          "[[p2]] COVERING IF OFF. KEYS WITH [[p3.g]] ON RECEPTION."},
])

add("personal_chat", "lower_booking_chat", "en", 3, """\
[[x.t]]""", case="lower", cc=EN_CC, fills=[
    {"t": "client messaged through the portal: 'hi its [[p1.g]] from the tues 10am slot, can u call me back on [[ph1]] not my work phone' — how do i reply without "
          "confirming anything over the portal chat?"},
    {"t": "can you help me word a reply? [[p1]] booked two intro calls by mistake on the jane app and got "
          "charged twice. her email is [[p1.email]]"},
    {"t": "what do i say to [[p1.g]]? she wants her notes sent to her new therapist [[p2]] in [[a1.town]] "
          "but only signed the consent on paper"},
    {"t": "pls draft a sms: hi [[p1.g]], your session with [[p2.g]] has moved to thurs 4pm. reply y to confirm "
          "or call [[ph1]]"},
], sex={"p1": "f"})

add("personal_billing", "coaching_contract", "en", 2, """\
Can you tighten the wording of this coaching agreement? Keep the fee and the cancellation clause.

This agreement is between [[p2]] ("the Coach") and [[p1]] ("the Client"), of [[a1.line]], email [[p1.email]].
The Client books a package of [[x.pkg]]. Sessions are held on Zoom. Coaching is not therapy; if issues come up that need clinical support, the Coach will suggest the Client speaks to their GP or a counsellor.
Payment by card or bank transfer before the first session.""", cc=("GB", "US", "AU", "CA"), fills=[
    {"pkg": "6 career-coaching sessions (CliftonStrengths debrief included) for £540"},
    {"pkg": "3 months of executive coaching using the GROW model (Whitmore) for $2,400"},
])

add("personal_sessions", "zoom_group_transcript", "en", 2, """\
This is the auto-transcript from last night's online carers' support group. Please pull out the action points only.

[[p1.g]]: okay, let's start — welcome back everyone, and welcome [[p4.g]], who's joining us for the first time.
[[p2.g]]: hi all. mum's Alzheimer's is getting worse, she didn't know who [[p5.g]] was on Sunday.
[[p3.g]]: that happened with my dad too. the Admiral Nurse helped us a lot.
[[p1.g]]: [[p3.g]], could you send [[p2.g]] the Dementia UK link after?
[[p4.g]]: sorry, can someone add me to the WhatsApp group? it's [[ph1.mob]]""", cc=("GB", "IE", "AU", "NZ"))

add("personal_intake", "tr_danisan_kayit", "tr", 1, """\
Danışan kayıt formu – psikolojik danışmanlık merkezi

Ad Soyad: [[p1]]
T.C. Kimlik No: [[nid1.tckn]]
Doğum tarihi: [[dob1.dot]]
Adres: [[a1.line]]
Cep: [[ph1.mob]]
Başvuru nedeni: sınav kaygısı, uyku sorunu

Bu formu KVKK açısından kontrol edip eksik olan açık rıza metnini ekler misin?""", pp=("tr",), cc=("TR",))

add("personal_intake", "cs_objednavka", "cs", 1, """\
Objednávka do ambulance klinického psychologa (přišla e-mailem). Pomůžeš mi napsat krátkou odpověď s prvním termínem?

Jméno: [[p1]]
Rodné číslo: [[nid1.rc]]
Bydliště: [[a1.line]]
Telefon: [[ph1]]
Důvod: úzkosti, nespavost, doporučení od praktické lékařky MUDr. [[p2.f]]""", pp=("cs",), cc=("CZ",), sex={"p2": "f"})

add("personal_billing", "pt_pt_fatura", "pt", 1, """\
Pode verificar este recibo antes de o emitir no Portal das Finanças?

Cliente: [[p1]]
NIF: [[nid1.ptnif]]
Morada: [[a1.line]]
Serviço: consulta de psicologia clínica (isenta de IVA, art. 9.º CIVA)
Valor: 60,00 €
Pagamento: MB WAY [[ph1.mob]]""", pp=("pt",), cc=("PT",))

add("personal_correspondence", "fi_lahete", "fi", 1, """\
Voitko tiivistää tämän lähetteen saatteen? Olen psykoterapeutti ja Kela-kuntoutus on hakuvaiheessa.

Potilas: [[p1]], henkilötunnus [[nid1.hetu]]
Osoite: [[a1.line]]
Puhelin: [[ph1]]
Lähettävä lääkäri: [[p2]], psykiatrian erikoislääkäri
Diagnoosi: keskivaikea masennustila, aiemmin KKT-ryhmä työterveyshuollossa""", pp=("fi",), cc=("FI",))


# ---- chat: general questions, fiction, famous cases, coaching tools, lower case and other languages
add("clean_chat", "fiction_therapists", "en", 3, """\
[[x.t]]""", fills=[
    {"t": "Make a table of TV therapists and their best-known clients for a pub quiz:\nDr Jennifer Melfi – "
          "Tony Soprano (The Sopranos)\nDr Paul Weston – Laura, Alex, Sophie (In Treatment)\nDr Sharon "
          "Fieldstone – Ted Lasso\nDr Wendy Rhoades – Bobby Axelrod (Billions)"},
    {"t": "Roster for our film club's 'therapy on screen' night – fix the order by year:\nGood Will Hunting – "
          "Sean Maguire / Will Hunting\nOrdinary People – Dr Berger / Conrad Jarrett\nThe Sixth Sense – "
          "Malcolm Crowe / Cole Sear\nAnalyze This – Ben Sobel / Paul Vitti"},
    {"t": "Which fictional therapists break the most ethics rules? Think Dr Melfi, Dr Lecter, Frasier Crane, "
          "Dr Leo Marvin from What About Bob?, and Dr Sean Maguire."},
])

add("clean_chat", "books_films_q", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "Is The Body Keeps the Score by Bessel van der Kolk still considered accurate, or has the research "
          "moved on? A balanced summary please."},
    {"q": "Recommend five books for a new counsellor, e.g. On Becoming a Person (Rogers), The Gift of Therapy "
          "(Yalom), Man's Search for Meaning (Frankl). Why each?"},
    {"q": "Is Inside Out (Pixar) accurate about emotions? Dacher Keltner and Paul Ekman advised on it, right?"},
    {"q": "How true to life is the therapy in Netflix's Baby Reindeer and HBO's In Treatment?"},
])

add("clean_chat", "lower_general", "en", 3, """\
[[x.q]]""", case="lower", fills=[
    {"q": "is it true that freud used cocaine and recommended it to patients"},
    {"q": "what's the difference between a psychologist, a psychiatrist, a psychotherapist and a counsellor "
          "in the uk? i always mix them up"},
    {"q": "did pavlov actually use a bell or is that a myth"},
    {"q": "how long does emdr usually take for a single trauma, francine shapiro's protocol says 8 phases?"},
])

add("clean_chat", "lower_places", "en", 3, """\
[[x.q]]""", case="lower", fills=[
    {"q": "why does buenos aires have more psychologists per person than anywhere else in the world"},
    {"q": "moving to melbourne next year, how does the medicare mental health treatment plan work for "
          "newcomers"},
    {"q": "best places in europe to train as a psychoanalyst, vienna, london or paris?"},
    {"q": "is therapy still taboo in seoul and tokyo or has that changed with the younger generaton"},
])

add("clean_chat", "lower_famous", "en", 3, """\
[[x.q]]""", case="lower", fills=[
    {"q": "what did elisabeth kübler-ross say about her own stages of grief later in life"},
    {"q": "did bowlby actually have a distant relationship with his own mother, i read something about "
          "nannies and boarding school"},
    {"q": "was temple grandin's squeeze machine ever used in actual therapy"},
    {"q": "who was harry stack sullivan and why does nobody teach him anymore"},
])

add("clean_chat", "bot_transcript", "en", 2, """\
Is this a reasonable response from our wellbeing chatbot? Suggest improvements.

[[x.t]]""", fills=[
    {"t": "User: i feel anxious before every meeting\nBot (Ellie): That sounds hard. Would you like to try a "
          "60-second box-breathing exercise, or talk about what happens before the meeting?\nUser: breathing\n"
          "Bot (Ellie): Breathe in for 4, hold for 4, out for 4, hold for 4. Let's do three rounds."},
    {"t": "User: is this the same as talking to a real therapist\nBot (Sage): No. I'm an automated tool, "
          "not a clinician. If you're in crisis, please call 116 123 (Samaritans) or 999.\nUser: ok thanks"},
])

add("clean_chat", "coach_tools_q", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "For a team away-day, which is better: DISC, Belbin team roles or the Myers-Briggs (MBTI)? "
          "Which has the best evidence?"},
    {"q": "Explain the Enneagram and Holland's RIASEC codes to a career-coaching client in two short "
          "paragraphs."},
    {"q": "How do CliftonStrengths (Gallup) and the VIA Character Strengths survey differ? Which one is free?"},
])

add("clean_chat", "caps_general", "en", 1, """\
WHAT IS THE DIFFERENCE BETWEEN CBT, DBT AND ACT??? MY GP SAID CBT BUT MY FRIEND SAYS DBT IS BETTER FOR BPD""",
    case="upper")

add("clean_chat", "famous_cases", "en", 2, """\
[[x.q]]""", fills=[
    {"q": "Summarise the famous cases every psych student meets: Anna O. (Bertha Pappenheim), Little Hans, "
          "Little Albert, Phineas Gage and H.M. (Henry Molaison). One line each."},
    {"q": "What was the Genie case and what did it show about a critical period for language? Include "
          "Susan Curtiss's role."},
])

add("clean_chat", "slt_ot_general", "en", 3, """\
[[x.q]]""", fills=[
    {"q": "What's the difference between Makaton, BSL and PECS, and when would a speech and language "
          "therapist pick each?"},
    {"q": "Explain Ayres Sensory Integration and the Kawa model (Michael Iwama) for an OT student."},
    {"q": "Is the Hanen 'It Takes Two to Talk' programme evidence-based for late talkers?"},
    {"q": "How does the Canadian Model of Occupational Performance differ from the Model of Human Occupation "
          "(Kielhofner)?"},
])

add("clean_chat", "supervision_models", "en", 2, """\
[[x.q]]""", fills=[
    {"q": "Explain Hawkins and Shohet's seven-eyed model of supervision with a quick example for each eye."},
    {"q": "What are Proctor's three functions of supervision (normative, formative, restorative)? "
          "How do they compare with Page and Wosket's cyclical model?"},
])

add("clean_chat", "quotes_writing", "en", 2, """\
[[x.q]]""", fills=[
    {"q": "Write an Instagram caption for my counselling page around Carl Rogers' line 'The curious paradox "
          "is that when I accept myself just as I am, then I can change.' No hashtags."},
    {"q": "Is 'Between stimulus and response there is a space' really a Viktor Frankl quote? I've seen it "
          "credited to Stephen Covey and Rollo May."},
])

add("clean_chat", "pl_chat", "pl", 2, """\
[[x.q]]""", case="lower", fills=[
    {"q": "jaka jest różnica między psychologiem a psychoterapeutą w polsce? i czy nfz refunduje terapię "
          "poznawczo-behawioralną?"},
    {"q": "czy warto iść na terapię schematów według younga, czy lepiej zwykłe cbt?"},
])

add("clean_chat", "tr_chat", "tr", 1, """\
Bilişsel davranışçı terapi ile EMDR arasındaki fark nedir? İstanbul'da devlet hastanelerinde ücretsiz terapi alınabiliyor mu?""")

add("clean_chat", "uk_chat", "uk", 1, """\
Поясни, будь ласка, що таке травмофокусована КПТ і чим вона відрізняється від EMDR. Це для волонтерів гарячої лінії у Львові.""")

add("clean_chat", "id_chat", "id", 1, """\
apa bedanya psikolog klinis dan psikiater di indonesia? terus layanan sejiwa 119 ext 8 itu gratis nggak?""",
    case="lower")

add("clean_chat", "da_chat", "da", 1, """\
Hvad er forskellen på en autoriseret psykolog og en psykoterapeut i Danmark? Og giver sygesikringen tilskud, hvis lægen henviser mig?""")

add("clean_chat", "ro_chat", "ro", 1, """\
Care e diferența dintre psihoterapia cognitiv-comportamentală și psihanaliză? Am văzut că la București sunt multe cabinete, dar nu știu după ce să aleg.""")

add("clean_chat", "el_chat", "el", 1, """\
Ποια είναι η διαφορά ανάμεσα στη γνωσιακή-συμπεριφορική θεραπεία και στη συστημική θεραπεία; Υπάρχουν δωρεάν υπηρεσίες στην Αθήνα;""")


if __name__ == "__main__":
    main()
