"""Build the `nursery` hand-made check set: childcare and family support.

Nurseries and kindergartens, childminders, nannies and au-pair agencies, after-school clubs and
holiday camps, baby-sitting apps, children's centres and health visitors, family support workers,
adoption and fostering agencies, children's activity providers, and the parents, grandparents and
guardians who write to them.

Every private value below (names, streets, postcodes, phones, dates of birth, ID numbers, IBANs,
card numbers, IP addresses) was typed by hand. E-mail local parts are built from the hand-typed
names. Check digits were worked out once and typed in as literals; `check()` re-verifies them.

    python build.py           # writes holdout.jsonl and prints counts
    python build.py --check   # rebuilds in memory, runs check(), compares with the file
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 60417
SET = "nursery"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = f"eval/{SET}/build.py"
REF_YEAR, REF_MONTH = 2026, 1  # "today" for ages written in the text

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "no": "Norwegian",
    "da": "Danish", "fi": "Finnish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian",
    "tr": "Turkish", "el": "Greek", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic",
    "he": "Hebrew", "hi": "Hindi", "ja": "Japanese", "ko": "Korean", "zh": "Chinese",
    "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish",
    "cy": "Welsh",
}

# ---------------------------------------------------------------------------------------------
# markers
# ---------------------------------------------------------------------------------------------

MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")


def mk(kind: str, value) -> str:
    value = str(value)
    assert value and value == value.strip(), (kind, value)
    return f"⟦{kind}|{value}⟧"


def P(x) -> str:
    return mk("PERSON", x)


def L(x) -> str:
    return mk("LOCATION", x)


def PH(x) -> str:
    return mk("PHONE_NUMBER", x)


def EM(x) -> str:
    return mk("EMAIL_ADDRESS", x)


def DOB(x) -> str:
    return mk("DATE_OF_BIRTH", x)


def NID(x) -> str:
    return mk("NATIONAL_ID", x)


def SSN(x) -> str:
    return mk("US_SSN", x)


def IBAN(x) -> str:
    return mk("IBAN_CODE", x)


def CARD(x) -> str:
    return mk("CREDIT_CARD", x)


def IP(x) -> str:
    return mk("IP_ADDRESS", x)


def MRN(x) -> str:
    return mk("MEDICAL_RECORD_NUMBER", x)


def recase(s: str, case: str | None) -> str:
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked: str, case: str | None = None) -> tuple[str, list[dict]]:
    """Turn `⟦TYPE|value⟧` markers into text and spans; casing is applied piece by piece."""
    out: list[str] = []
    spans: list[dict] = []
    n = 0
    pos = 0
    for m in MARK.finditer(marked):
        pre = recase(marked[pos:m.start()], case)
        out.append(pre)
        n += len(pre)
        val = recase(m.group(2), case)
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(recase(marked[pos:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


# ---------------------------------------------------------------------------------------------
# people, addresses, dates
# ---------------------------------------------------------------------------------------------

FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                      "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "'": "",
                      "’": "", " ": "", "-": ""})


def fold(s: str) -> str:
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


class Person:
    """One person typed by hand: `Given|Family|sex[|flags...]`.

    flags: a date `YYYY-MM-DD` (date of birth); `fg` (family name first, with a space);
    `cjk` (family name first, no space); `fgm` (family, given, patronymic); `gran`;
    `mid=...` (middle name or patronymic); `rom=Given Family` (Latin spelling for e-mails);
    any other `key=value` is an ID number.
    """

    def __init__(self, spec: str, cc: str):
        parts = spec.split("|")
        self.given, self.family, self.sex = parts[0], parts[1], parts[2]
        self.cc = cc
        self.dob: str | None = None
        self.order = "gf"
        self.mid = ""
        self.gran = False
        self.rom: tuple[str, str] | None = None
        self.ids: dict[str, str] = {}
        for flag in parts[3:]:
            if re.fullmatch(r"\d{4}-\d\d-\d\d", flag):
                self.dob = flag
            elif flag in ("fg", "cjk", "fgm"):
                self.order = flag
            elif flag == "gran":
                self.gran = True
            elif flag.startswith("mid="):
                self.mid = flag[4:]
            elif flag.startswith("rom="):
                g, f = flag[4:].split(" ", 1)
                self.rom = (g, f)
            else:
                k, v = flag.split("=", 1)
                self.ids[k] = v

    @property
    def full(self) -> str:
        if self.order == "cjk":
            return self.family + self.mid + self.given
        if self.order == "fg":
            return " ".join(x for x in (self.family, self.mid, self.given) if x)
        if self.order == "fgm":
            return " ".join(x for x in (self.family, self.given, self.mid) if x)
        return " ".join(x for x in (self.given, self.mid, self.family) if x)

    @property
    def g(self) -> str:
        return self.given

    @property
    def f(self) -> str:
        return self.family

    @property
    def gm(self) -> str:
        """Given name and patronymic (Russian, Ukrainian address)."""
        return f"{self.given} {self.mid}" if self.mid else self.given

    @property
    def gf(self) -> str:
        """Given then family, whatever the order (Latin-script lists)."""
        return f"{self.given} {self.family}"

    def latin(self) -> tuple[str, str]:
        return self.rom or (self.given, self.family)

    def __str__(self) -> str:
        return self.full


class Family:
    def __init__(self, cc: str, adults: list[str], kids: list[str]):
        self.cc = cc
        self.adults = [Person(s, cc) for s in adults]
        self.kids = [Person(s, cc) for s in kids]
        parents = [a for a in self.adults if not a.gran]
        self.p1 = parents[0]
        self.p2 = parents[1] if len(parents) > 1 else None
        grans = [a for a in self.adults if a.gran]
        self.gran = grans[0] if grans else None
        self.kid = self.kids[0]
        self.kid2 = self.kids[1] if len(self.kids) > 1 else None

    @property
    def other(self) -> Person:
        """Second parent, or a grandparent when there is none."""
        return self.p2 or self.gran or self.p1

    @property
    def mum(self) -> Person:
        return next((a for a in self.adults if a.sex == "f" and not a.gran), self.p1)

    @property
    def dad(self) -> Person:
        return next((a for a in self.adults if a.sex == "m" and not a.gran), self.other)


class Addr:
    """An address in its country's layout: ` / ` between lines, `{...}` a LOCATION span.

    Inside braces a leading `@` marks the town, `#` the postcode, `%` a flat or unit, `^` the
    region; a span with no sign is the street line.
    """

    def __init__(self, spec: str):
        self.spec = spec
        self.fields: dict[str, str] = {}
        for m in re.finditer(r"\{([@#%^]?)([^{}]+)\}", spec):
            key = {"@": "town", "#": "pc", "%": "unit", "^": "region", "": "street"}[m.group(1)]
            self.fields.setdefault(key, m.group(2))

    def _mark(self, s: str) -> str:
        return re.sub(r"\{[@#%^]?([^{}]+)\}", lambda m: L(m.group(1)), s)

    def block(self, sep: str = "\n", indent: str = "") -> str:
        return self._mark((sep + indent).join(self.spec.split(" / ")))

    def line(self, sep: str = ", ") -> str:
        return self._mark(sep.join(self.spec.split(" / ")))

    @property
    def town(self) -> str:
        return L(self.fields["town"])

    @property
    def street(self) -> str:
        return L(self.fields["street"])

    @property
    def pc(self) -> str:
        return L(self.fields["pc"])

    @property
    def town_raw(self) -> str:
        return self.fields["town"]


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
}


def fd(iso: str, style: str) -> str:
    """Format a hand-typed ISO date in a writer's style."""
    y, m, d = (int(x) for x in iso.split("-"))
    yy = y % 100
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy1":
        return f"{d}/{m}/{y}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "dmyy":
        return f"{d:02d}/{m:02d}/{yy:02d}"
    if style == "mdy":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "mdy1":
        return f"{m}/{d}/{y}"
    if style == "iso":
        return iso
    if style == "ymd.":
        return f"{y}. {m:02d}. {d:02d}."
    if style == "en":
        return f"{d} {MONTHS['en'].split()[m - 1]} {y}"
    if style == "enus":
        return f"{MONTHS['en'].split()[m - 1]} {d}, {y}"
    if style == "enshort":
        return f"{d} {MONTHS['en'].split()[m - 1][:3]} {y}"
    if style == "de":
        return f"{d}. {MONTHS['de'].split()[m - 1]} {y}"
    if style in ("fr", "nl", "sv", "it", "id"):
        day = "1er" if (style == "fr" and d == 1) else str(d)
        return f"{day} {MONTHS[style].split()[m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style].split()[m - 1]} de {y}"
    if style in ("el", "ru", "uk"):
        suffix = {"el": "", "ru": " г.", "uk": " р."}[style]
        return f"{d} {MONTHS[style].split()[m - 1]} {y}{suffix}"
    if style == "th":
        return f"{d} {MONTHS['th'].split()[m - 1]} {y + 543}"
    if style in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "vi":
        return f"ngày {d} tháng {m} năm {y}"
    raise ValueError(style)


def age(iso: str) -> int:
    y, m, _ = (int(x) for x in iso.split("-"))
    return REF_YEAR - y - (1 if m > REF_MONTH else 0)


def months_old(iso: str) -> int:
    y, m, _ = (int(x) for x in iso.split("-"))
    return (REF_YEAR - y) * 12 + REF_MONTH - m


def mail(p: Person, dom: str, style: str = "g.f", n: int = 0) -> str:
    """An e-mail address built from a hand-typed person; returns a marker."""
    g, f = (fold(x) for x in p.latin())
    f = f.split()[-1] if style in ("g.f", "gf", "g_f") and " " in p.latin()[1] else f
    local = {
        "g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}{n or ''}", "f.g": f"{f}.{g}",
        "gfn": f"{g}{f[:1]}{n}", "ign": f"{g[:1]}{f}{n or ''}", "g.n": f"{g}.{n}",
        "fg": f"{f}{g}", "g": g, "gf.n": f"{g}.{f}{n}",
    }[style]
    return EM(f"{local}@{dom}")


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row
# ---------------------------------------------------------------------------------------------


class Draw:
    def __init__(self, rng: random.Random, use: Counter, i: int, tseen: set):
        self.rng = rng
        self.use = use
        self.i = i
        self.seen: set = set()  # drawn in this row
        self.tseen = tseen  # drawn in earlier rows of the same template

    def _pick(self, kind, items, ok=None):
        keys = [(kind, j) for j, x in enumerate(items)
                if (kind, j) not in self.seen and (ok is None or ok(x))]
        assert keys, kind
        fresh = [k for k in keys if k not in self.tseen]
        keys = fresh or keys
        lo = min(self.use[k] for k in keys)
        k = self.rng.choice([k for k in keys if self.use[k] == lo])
        self.use[k] += 1
        self.seen.add(k)
        self.tseen.add(k)
        return items[k[1]]

    def fam(self, pool: str, ok=None) -> Family:
        return self._pick(("fam", pool), FAMILIES[pool], ok)

    def staff(self, pool: str, ok=None) -> Person:
        return self._pick(("staff", pool), STAFF[pool], ok)

    def addr(self, cc: str) -> Addr:
        return self._pick(("addr", cc), ADDRS[cc])

    def phone(self, cc: str) -> str:
        return PH(self._pick(("phone", cc), PHONES[cc]))

    def iban(self, cc: str) -> str:
        return IBAN(self._pick(("iban", cc), IBANS[cc]))

    def pick(self, name: str, items: list):
        return self._pick(("pick", name), items)

    def v(self, *variants):
        """The variant for this row (rows of a template walk through the variants)."""
        return variants[self.i % len(variants)]

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)


TEMPLATES: list[dict] = []


def tpl(cls: str, name: str, lang: str, n: int = 3, case: str | None = None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# families: parents and guardians with their children (all typed by hand)
# ---------------------------------------------------------------------------------------------

F = Family
FAMILIES: dict[str, list[Family]] = {
    "gb": [
        F("GB", ["Ngozi|Okafor|f|1989-06-02|ni=LH 64 48 58 D", "Chinedu|Okafor|m|1986-11-19|ni=NR 88 89 91 A",
                 "Grace|Okafor|f|gran"],
          ["Adaeze|Okafor|f|2021-03-14|nhs=601 938 4691", "Obinna|Okafor|m|2023-09-27|nhs=404 938 0722"]),
        F("GB", ["Priya|Raman|f|1990-02-17|ni=ME 63 00 89 C", "Karthik|Raman|m|1988-08-30|ni=NM 04 60 26 A"],
          ["Vihaan|Raman|m|2022-01-09|nhs=660 550 7223"]),
        F("GB", ["Rose|Baker|f|1992-04-11|ni=LC 19 94 02 B", "Daniel|Baker|m|1990-12-03|ni=KH 08 41 39 C",
                 "Chris|Evans|m|gran",
                 "Maureen|Baker|f|gran"], ["Poppy|Baker|f|2020-11-02|nhs=795 961 6396"]),
        F("GB", ["Aisha|Begum|f|1994-07-25|ni=TG 55 03 84 D", "Shahid|Miah|m|1991-03-08|ni=JW 09 53 41 C"],
          ["Zayan|Miah|m|2021-07-23|nhs=689 228 8804"]),
        F("GB", ["Siobhan|Kearney|f|1993-10-14|ni=KE 77 01 57 A", "Bernadette|Kearney|f|gran"],
          ["Cillian|Kearney|m|2022-05-30|nhs=727 869 7395"]),
        F("GB", ["Agnieszka|Wiśniewska|f|1990-01-29|ni=PT 29 03 25 A",
                 "Tomasz|Wiśniewski|m|1987-05-16|ni=TC 17 47 49 C"],
          ["Zofia|Wiśniewska|f|2021-10-11|nhs=401 759 9540"]),
        F("GB", ["Abena|Mensah|f|1991-09-05|ni=AJ 97 49 87 D", "Kwame|Mensah|m|1989-02-22|ni=HY 49 75 05 A",
                 "Gloria|Mensah|f|gran"],
          ["Kofi|Mensah|m|2020-09-19|nhs=734 950 9480"]),
        F("GB", ["Morag|MacLeod|f|1988-03-27|ni=AJ 12 94 84 D", "Hamish|MacLeod|m|1986-07-09|ni=SE 61 95 15 A"],
          ["Isla|MacLeod|f|2022-03-03|nhs=777 631 5605"]),
        F("GB", ["Ffion|Llewelyn|f|1993-05-04|ni=KL 10 24 38 A", "Gareth|Llewelyn|m|1991-11-23|ni=LB 17 30 19 C"],
          ["Osian|Llewelyn|m|2021-12-12|nhs=634 938 4652"]),
        F("GB", ["Sana|Chaudhry|f|1995-08-12|ni=BE 58 82 98 B", "Imran|Chaudhry|m|1992-06-06|ni=LY 88 00 49 C"],
          ["Maryam|Chaudhry|f|2022-08-17|nhs=489 928 2583", "Ibrahim|Chaudhry|m|2024-02-05|nhs=624 690 3541"]),
        F("GB", ["Faith|Wolf|f|1994-12-19|ni=TW 32 84 43 A", "Jonah|Wolf|m|1993-01-31|ni=XZ 72 07 75 C"],
          ["River|Wolf|m|2023-02-04|nhs=681 805 9112"]),
        F("GB", ["Mariana|Ferreira da Silva|f|1990-07-07|ni=GX 65 63 31 A",
                 "Paulo|Ferreira|m|1988-04-18|ni=GR 03 20 53 D"],
          ["Tiago|Ferreira|m|2021-04-27|nhs=430 626 3517"]),
        F("GB", ["Elif|Demir|f|1992-10-02|ni=YX 87 99 07 D", "Yusuf|Demir|m|1989-09-13|ni=XC 21 11 53 C"],
          ["Deniz|Demir|f|2022-10-05|nhs=633 381 1378"]),
        F("GB", ["Keisha|Richards|f|1991-01-21|ni=NB 30 53 32 B", "Jamal|Richards|m|1990-05-28|ni=XL 33 63 94 D",
                 "Hyacinth|Richards|f|gran"], ["Malachi|Richards|m|2020-06-15|nhs=422 373 6418"]),
        F("GB", ["Jing|Chen|f|1989-06-21|fg|ni=RK 23 04 01 B", "Liam|Foster|m|1987-02-14|ni=AN 39 48 74 D"],
          ["Oscar|Foster|m|2023-01-20|nhs=435 851 5835"]),
        F("GB", ["Harpreet|Kaur Gill|f|1992-03-15|ni=ME 87 09 33 B", "Jaspal|Singh Gill|m|1990-09-02|ni=PC 92 91 10 A"],
          ["Simran|Kaur Gill|f|2021-02-08|nhs=693 456 1120"]),
        F("GB", ["Funmilayo|Adeyemi|f|1990-11-08|ni=PG 11 24 45 D", "Olumide|Adeyemi|m|1987-12-24|ni=HK 40 06 35 C"],
          ["Tobi|Adeyemi|m|2022-06-22|nhs=444 241 7245"]),
        F("GB", ["Ionela|Popescu|f|1993-04-03|ni=NP 06 09 76 B", "Andrei|Popescu|m|1991-08-14|ni=KP 41 63 80 D"],
          ["Luca|Popescu|m|2021-09-01|nhs=433 689 0625"]),
        F("GB", ["Fadumo|Hassan|f|1994-02-09|ni=HP 94 08 45 C", "Ahmed|Abdi Warsame|m|1990-08-01|ni=KZ 35 53 36 B"],
          ["Hodan|Ahmed|f|2022-04-14|nhs=488 372 3968"]),
        F("GB", ["Charlotte|Harrington-Lowe|f|1985-09-30|ni=LW 60 83 11 B",
                 "Rupert|Lowe|m|1983-06-11|ni=SC 90 91 99 B"],
          ["Arabella|Harrington-Lowe|f|2020-12-01|nhs=633 117 0014",
           "Hugo|Harrington-Lowe|m|2023-05-09|nhs=670 398 6126"]),
        F("GB", ["Oksana|Kovalenko|f|1991-05-26|ni=SZ 01 29 30 C", "Liudmyla|Kovalenko|f|gran"],
          ["Mykyta|Kovalenko|m|2021-08-08|nhs=665 683 6755"]),
        F("GB", ["Thu|Nguyen|f|1993-03-19|ni=YJ 66 48 89 A", "Ben|Hartley|m|1992-10-10|ni=MH 70 98 85 A"],
          ["Mia|Hartley|f|2022-12-28|nhs=443 985 6535"]),
        F("GB", ["Rutendo|Moyo|f|1990-10-29|ni=XR 00 53 56 D", "Tatenda|Moyo|m|1988-04-04|ni=BP 86 20 57 C"],
          ["Tanaka|Moyo|m|2021-05-17|nhs=698 074 3481"]),
    ],
    "us": [
        F("US", ["Ashley|Brooks|f|1991-04-09|ssn=319-35-7457", "Tyler|Brooks|m|1990-01-15|ssn=490-74-0005"],
          ["Mason|Brooks|m|2021-05-18"]),
        F("US", ["Carmen|Delgado|f|1989-08-23|ssn=728-08-5879", "Luis|Delgado|m|1987-10-06|ssn=657-58-6388"],
          ["Sofía|Delgado|f|2022-02-11"]),
        F("US", ["Tanisha|Washington|f|1992-12-01|ssn=698-46-6471", "DeShawn|Washington|m|1990-07-19|ssn=185-27-5793"],
          ["Jaylen|Washington|m|2020-10-30"]),
        F("US", ["Hannah|Goldberg|f|1988-05-03|ssn=243-80-0814", "Eli|Goldberg|m|1986-09-27|ssn=152-63-2468"],
          ["Noa|Goldberg|f|2023-03-27"]),
        F("US", ["Linh|Tran|f|1990-06-14|ssn=203-68-4269", "Minh|Tran|m|1988-03-02|ssn=294-27-3402"],
          ["Ethan|Tran|m|2021-11-11"]),
        F("US", ["Megan|Kowalski|f|1993-09-18|ssn=434-82-0155", "Ryan|Kowalski|m|1991-02-25|ssn=669-49-3799"],
          ["Brody|Kowalski|m|2022-07-14"]),
        F("US", ["Aiyana|Begay|f|1994-01-12|ssn=625-59-4582", "Tristan|Begay|m|1992-05-07|ssn=158-32-8440"],
          ["Kaya|Begay|f|2021-08-26"]),
    ],
    "ie": [
        F("IE", ["Aoife|Ní Mhaoláin|f|1990-04-21|ppsn=2647640O", "Darragh|Byrne|m|1988-06-09|ppsn=8189406H"],
          ["Saoirse|Byrne|f|2021-06-02|ppsn=7378545CA"]),
        F("IE", ["Niamh|Gallagher|f|1992-09-13|ppsn=0248187E", "Seán|Gallagher|m|1990-03-19|ppsn=7397505L"],
          ["Fiadh|Gallagher|f|2022-09-09|ppsn=2785711SA"]),
        F("IE", ["Patricia|Okonkwo|f|1987-01-07|ppsn=8048696G", "Emeka|Okonkwo|m|1985-10-16|ppsn=3475513J"],
          ["Chidera|Okonkwo|f|2020-08-12|ppsn=6987344EA"]),
        F("IE", ["Paulina|Jankowska|f|1991-02-14|ppsn=1429137E", "Michał|Jankowski|m|1989-07-01|ppsn=7476313P"],
          ["Oliwer|Jankowski|m|2022-11-03|ppsn=6018183VA"]),
    ],
    "au": [
        F("NZ", ["Aroha|Te Whata|f|1993-08-08", "Wiremu|Te Whata|m|1991-12-20"], ["Nikau|Te Whata|m|2021-01-25"]),
        F("AU", ["Mele|Taufa|f|1991-11-11", "Sione|Taufa|m|1989-06-28"], ["Losana|Taufa|f|2022-03-16"]),
        F("AU", ["Bronwyn|Fitzgerald|f|1989-05-05", "Lachlan|Fitzgerald|m|1988-02-10"],
          ["Matilda|Fitzgerald|f|2021-04-04"]),
        F("AU", ["Hoa|Pham|f|1992-07-30", "Jason|Pham|m|1990-11-02"], ["Ava|Pham|f|2023-06-30"]),
        F("CA", ["Manpreet|Dhillon|f|1990-01-08|sin=772 641 163", "Harjit|Dhillon|m|1988-09-21|sin=407 665 488"],
          ["Arjun|Dhillon|m|2021-03-21"]),
        F("CA", ["Geneviève|Tremblay|f|1991-06-24|sin=230 815 532", "Marc-André|Gagnon|m|1989-04-12|sin=440 382 497"],
          ["Éloïse|Gagnon|f|2022-05-05"]),
    ],
    "af": [
        F("ZA", ["Thandiwe|Mahlangu|f|1990-03-30", "Sipho|Mahlangu|m|1987-08-16"], ["Lwazi|Mahlangu|m|2021-10-02"]),
        F("ZA", ["Annelie|du Toit|f|1989-11-25", "Pieter|du Toit|m|1986-05-19"], ["Ruan|du Toit|m|2022-01-30"]),
        F("NG", ["Chiamaka|Eze|f|1992-06-17", "Ikenna|Eze|m|1989-12-09"], ["Somto|Eze|m|2022-11-19"]),
        F("KE", ["Wanjiru|Kamau|f|1991-04-04", "Otieno|Odhiambo|m|1988-10-27"], ["Zawadi|Odhiambo|f|2021-06-06"]),
        F("IN", ["Neha|Agarwal|f|1990-12-12", "Rohit|Agarwal|m|1988-07-23"], ["Aarav|Agarwal|m|2021-08-19"]),
        F("IN", ["Lakshmi|Iyer|f|1989-09-01", "Venkat|Iyer|m|1986-03-11"], ["Diya|Iyer|f|2022-12-05"]),
    ],
    "de": [
        F("DE", ["Katharina|Weber|f|1989-02-11|stid=59 764 213 874", "Jonas|Weber|m|1987-06-24|stid=60 382 497 319"],
          ["Emil|Weber|m|2021-09-14|stid=14 376 289 091"]),
        F("DE", ["Ayşe|Yılmaz|f|1991-10-30|stid=79 364 218 543", "Murat|Yılmaz|m|1988-01-19|stid=57 126 306 489"],
          ["Elif|Yılmaz|f|2022-04-03|stid=98 523 140 374"]),
        F("DE", ["Anja|Schröder|f|1990-07-13|stid=93 510 267 289",
                 "Gisela|Schröder|f|gran"], ["Mia|Schröder|f|2020-12-19|stid=74 025 860 392"]),
        F("DE", ["Olga|Reimer|f|1992-03-05|stid=29 756 148 043", "Waldemar|Reimer|m|1989-08-27|stid=64 735 970 812"],
          ["Leon|Reimer|m|2021-07-07|stid=91 612 045 783"]),
        F("DE", ["Johanna|Fuchs|f|1988-11-21|stid=15 357 264 907", "Tobias|Winter|m|1986-04-02|stid=42 537 036 899"],
          ["Paula|Fuchs-Winter|f|2022-06-10|stid=65 218 704 899"]),
        F("AT", ["Verena|Gruber|f|1990-05-18", "Florian|Huber|m|1988-12-30"], ["Valentina|Huber|f|2021-02-27"]),
        F("CH", ["Andrea|Zürcher|f|1989-09-09", "Reto|Bühler|m|1987-01-23"], ["Nina|Bühler|f|2022-08-29"]),
        F("DE", ["Amira|Haddad|f|1993-06-15|stid=39 256 710 863", "Samer|Haddad|m|1990-02-28|stid=27 687 340 918"],
          ["Jana|Haddad|f|2021-11-16|stid=81 574 610 324"]),
    ],
    "fr": [
        F("FR", ["Camille|Moreau|f|1990-06-08|nir=2 90 06 14 075 318 12",
                 "Julien|Moreau|m|1988-02-20|nir=1 88 02 13 083 442 50"], ["Léa|Moreau|f|2021-05-12"]),
        F("FR", ["Fatima|Benali|f|1992-01-26|nir=2 92 01 88 293 598 37",
                 "Karim|Benali|m|1989-10-12|nir=1 89 10 13 215 267 30"], ["Inès|Benali|f|2022-01-17"]),
        F("FR", ["Nathalie|Le Goff|f|1987-03-03|nir=2 87 03 59 240 431 41",
                 "Yann|Le Goff|m|1985-09-15|nir=1 85 09 59 052 819 08"],
          ["Maëlys|Le Goff|f|2020-11-28"]),
        F("FR", ["Aminata|Diallo|f|1993-12-10|nir=2 93 12 31 046 488 08",
                 "Moussa|Diallo|m|1990-04-25|nir=1 90 04 30 291 196 30"],
          ["Ibrahima|Diallo|m|2022-09-03"]),
        F("BE", ["Sophie|Dumont|f|1991-07-02", "Thomas|Lejeune|m|1989-11-08"], ["Louise|Lejeune|f|2021-03-30"]),
        F("FR", ["Élodie|Marchand|f|1991-08-19|nir=2 91 08 14 226 802 25",
                 "Sébastien|Marchand|m|1988-05-27|nir=1 88 05 33 197 850 95"],
          ["Gabriel|Marchand|m|2023-04-14", "Jade|Marchand|f|2020-10-01"]),
    ],
    "es": [
        F("ES", ["Lucía|Fernández Gómez|f|1989-10-04|dni=43399689T", "Javier|Ruiz Martín|m|1987-12-22|dni=43157415P"],
          ["Martina|Ruiz Fernández|f|2021-08-24|dni=18430748C"]),
        F("ES", ["Nerea|Etxeberria Agirre|f|1991-06-13|dni=21755129G",
                 "Iker|Zubizarreta Olano|m|1990-02-01|dni=59167116F"],
          ["Ane|Zubizarreta Etxeberria|f|2022-03-11|dni=44404697T"]),
        F("ES", ["Montse|Puig Soler|f|1988-09-26|dni=35497940Q", "Jordi|Vila Roca|m|1986-01-14|dni=35729752B"],
          ["Pau|Vila Puig|m|2021-05-20|dni=60199332Y"]),
        F("ES", ["Yamila|Benítez Acosta|f|1994-08-05|nie=X7049543C", "Óscar|Benítez|m|1992-03-29|nie=X2497205A"],
          ["Thiago|Benítez|m|2022-10-18|dni=42027028W"]),
        F("MX", ["Ximena|Castañeda Ríos|f|1992-11-09", "Rodrigo|Salinas Vega|m|1990-06-03"],
          ["Regina|Salinas Castañeda|f|2022-02-16"]),
        F("AR", ["Florencia|Giménez|f|1991-04-17", "Matías|Ledesma|m|1989-07-30"], ["Bautista|Ledesma|m|2023-01-08"]),
        F("CO", ["Valentina|Restrepo Mejía|f|1993-02-26", "Andrés|Ospina|m|1990-09-12"],
          ["Samuel|Ospina Restrepo|m|2021-10-21"]),
    ],
    "pt": [
        F("PT", ["Inês|Carvalho Sousa|f|1990-03-09|nif=236207008", "Rui|Sousa|m|1988-10-22|nif=247810860"],
          ["Matilde|Carvalho Sousa|f|2021-06-18|nif=252288041"]),
        F("BR", ["Juliana|Costa Ribeiro|f|1991-07-21|cpf=665.526.833-83",
                 "Thiago|Ribeiro|m|1989-05-30|cpf=190.468.424-60"],
          ["Helena|Costa Ribeiro|f|2022-04-25|cpf=718.612.732-07"]),
        F("BR", ["Adriana|dos Santos|f|1993-01-15|cpf=876.374.096-60",
                 "Cleber|Nascimento|m|1990-08-08|cpf=484.334.605-52"],
          ["Enzo|Nascimento dos Santos|m|2021-09-09|cpf=678.786.430-24"]),
        F("BR", ["Priscila|Almeida|f|1992-05-24|cpf=546.123.480-10", "Gustavo|Almeida|m|1991-02-13|cpf=123.394.569-67",
                 "Raimunda|Almeida|f|gran"], ["Laura|Almeida|f|2020-12-07|cpf=144.700.379-90"]),
    ],
    "it": [
        F("IT", ["Giulia|Esposito|f|1990-09-14|cf=SPSGLI90P54F205O", "Marco|Russo|m|1988-01-05|cf=RSSMRC88A05H501R"],
          ["Sofia|Russo|f|2021-11-04|cf=RSSSFO21S44G535T"]),
        F("IT", ["Francesca|Di Stefano|f|1989-04-28|cf=DSTFNC89D68B354S",
                 "Alessandro|Greco|m|1987-07-16|cf=GRCLSN87L16G535Y"],
          ["Tommaso|Greco|m|2022-07-19|cf=GRCTMS22L19G113J"]),
        F("IT", ["Maria Grazia|Pinna|f|1991-12-02|cf=PNNMGR91T42G113J",
                 "Giovanni|Sanna|m|1989-03-30|cf=SNNGNN89C30G535A"],
          ["Aurora|Sanna|f|2021-01-13|cf=SNNRRA21A53F205I"]),
        F("IT", ["Ilaria|Colombo|f|1992-06-21|cf=CLMLRI92H61H501X", "Davide|Ferraro|m|1990-10-09|cf=FRRDVD90R09D612Y"],
          ["Edoardo|Ferraro|m|2022-10-27|cf=FRRDRD22R27G113W"]),
    ],
    "nl": [
        F("NL", ["Femke|de Vries|f|1990-05-29|bsn=290986965", "Joost|Bakker|m|1988-08-11|bsn=686916797"],
          ["Sem|Bakker|m|2021-12-20|bsn=375691832"]),
        F("NL", ["Yasmina|El Idrissi|f|1992-02-07|bsn=650076540", "Mohamed|El Idrissi|m|1989-06-18|bsn=550061241"],
          ["Nour|El Idrissi|f|2022-05-08|bsn=614025333"]),
        F("NL", ["Anouk|van der Linden|f|1991-10-03|bsn=145974807", "Bram|Visser|m|1990-01-26|bsn=507268829"],
          ["Tess|Visser|f|2021-03-02|bsn=596807442"]),
        F("NL", ["Shanice|Doelwijt|f|1994-04-14|bsn=105801550", "Roy|Pinas|m|1991-11-30|bsn=122094748"],
          ["Jayden|Doelwijt|m|2022-08-13|bsn=210229986"]),
        F("BE", ["Griet|Claes|f|1989-12-16", "Wouter|Peeters|m|1988-03-04"], ["Lotte|Peeters|f|2022-10-26"]),
    ],
    "pl": [
        F("PL", ["Katarzyna|Zielińska|f|1990-08-09|pesel=90080985421",
                 "Paweł|Zieliński|m|1988-11-28|pesel=88112886877"],
          ["Hanna|Zielińska|f|2021-04-16|pesel=21241644927", "Antoni|Zieliński|m|2019-09-23|pesel=19292336254"]),
        F("PL", ["Magdalena|Wójcik|f|1992-05-14|pesel=92051430389", "Krzysztof|Wójcik|m|1989-01-03|pesel=89010319856"],
          ["Julia|Wójcik|f|2022-02-02|pesel=22220227908"]),
        F("PL", ["Joanna|Lis|f|1993-06-20|pesel=93062093624",
                 "Halina|Lis|f|gran"], ["Szymon|Lis|m|2021-06-27|pesel=21262720796"]),
        F("PL", ["Natalia|Kamińska|f|1991-03-12|pesel=91031286462", "Marcin|Kamiński|m|1989-10-07|pesel=89100708975"],
          ["Igor|Kamiński|m|2022-09-30|pesel=22293039019"]),
    ],
    "sv": [
        F("SE", ["Johanna|Lindqvist|f|1990-10-10|pnr=19901010-0684", "Erik|Lindqvist|m|1988-04-04|pnr=19880404-4892"],
          ["Alva|Lindqvist|f|2021-09-30|pnr=20210930-3442"]),
        F("SE", ["Amina|Yusuf|f|1994-03-21|pnr=19940321-9927", "Abdirahman|Yusuf|m|1991-08-02|pnr=19910802-2758"],
          ["Noah|Yusuf|m|2022-01-05|pnr=20220105-5171"]),
        F("SE", ["Sara|Nyström|f|1992-12-08|pnr=19921208-9503", "Petri|Koskinen|m|1989-05-16|pnr=19890516-2734"],
          ["Elsa|Koskinen|f|2021-07-19|pnr=20210719-7424"]),
    ],
    "no": [
        F("NO", ["Ingrid|Solberg|f|1989-12-12|fnr=121289 24432", "Magnus|Haugen|m|1987-03-14|fnr=140387 33509"],
          ["Nora|Haugen|f|2021-02-19|fnr=190221 94480"]),
        F("NO", ["Silje|Bakken|f|1991-09-27|fnr=270991 46236", "Ole Kristian|Strand|m|1990-06-05|fnr=050690 02171"],
          ["Jakob|Strand|m|2022-06-03|fnr=030622 93763"]),
    ],
    "fi": [
        F("FI", ["Laura|Virtanen|f|1991-01-27|hetu=270191-2946", "Mikko|Virtanen|m|1989-08-05|hetu=050889-875V"],
          ["Eino|Virtanen|m|2021-11-26|hetu=261121A793M"]),
        F("FI", ["Aino|Heikkinen|f|1993-07-09|hetu=090793-378M", "Jussi|Lehtonen|m|1990-02-21|hetu=210290-313F"],
          ["Venla|Lehtonen|f|2022-04-22|hetu=220422A694F"]),
    ],
    "tr": [
        F("TR", ["Zeynep|Kaya|f|1992-04-24|tckn=50207142102", "Emre|Kaya|m|1990-09-09|tckn=17741698878",
                 "Hatice|Aydın|f|gran"],
          ["Ela|Kaya|f|2021-07-29|tckn=67017018718"]),
        F("TR", ["Büşra|Arslan|f|1993-11-03|tckn=84311683060", "Oğuz|Arslan|m|1991-01-17|tckn=36331286080"],
          ["Kerem|Arslan|m|2022-05-12|tckn=62389804112"]),
        F("TR", ["Gülşen|Koç|f|1990-08-22|tckn=55721633518", "Serkan|Koç|m|1988-12-05|tckn=63936515086"],
          ["Asya|Koç|f|2021-12-01|tckn=84177748286"]),
    ],
    "el": [
        F("GR", ["Ελένη|Παπαδοπούλου|f|1988-07-12|amka=12078823585",
                 "Γιώργος|Παπαδόπουλος|m|1986-02-03|amka=03028619132"],
          ["Μαρία|Παπαδοπούλου|f|2021-05-21|amka=21052146145"]),
        F("GR", ["Δήμητρα|Κωνσταντίνου|f|1993-10-25|amka=25109344983", "Νίκος|Αλεξίου|m|1990-04-18|amka=18049063433"],
          ["Αλέξανδρος|Αλεξίου|m|2022-09-14|amka=14092291971"]),
    ],
    "ru": [
        F("RU", ["Анна|Соколова|f|fgm|mid=Игоревна|1990-05-05|rom=Anna Sokolova",
                 "Дмитрий|Соколов|m|fgm|mid=Сергеевич|1988-10-19|rom=Dmitry Sokolov"],
          ["Варвара|Соколова|f|fgm|mid=Дмитриевна|2021-12-03|snils=214-309-751 39"]),
        F("RU", ["Екатерина|Волкова|f|fgm|mid=Андреевна|1992-01-30|rom=Ekaterina Volkova",
                 "Алексей|Волков|m|fgm|mid=Павлович|1989-07-08|rom=Aleksei Volkov"],
          ["Мирон|Волков|m|fgm|mid=Алексеевич|2022-03-17|snils=270-436-921 68"]),
        F("RU", ["Ольга|Белова|f|fgm|mid=Викторовна|1991-09-23|rom=Olga Belova",
                 "Роман|Белов|m|fgm|mid=Игоревич|1989-02-02|rom=Roman Belov"],
          ["Тимофей|Белов|m|fgm|mid=Романович|2021-08-28|snils=356-784-580 36"]),
    ],
    "uk": [
        F("UA", ["Оксана|Мельник|f|1991-03-18|rom=Oksana Melnyk", "Тарас|Мельник|m|1989-11-04|rom=Taras Melnyk"],
          ["Соломія|Мельник|f|2022-01-22"]),
        F("UA", ["Юлія|Шевчук|f|1993-06-29|rom=Yuliia Shevchuk", "Богдан|Шевчук|m|1990-12-15|rom=Bohdan Shevchuk"],
          ["Марко|Шевчук|m|2021-06-11"]),
        F("UA", ["Ірина|Бондаренко|f|1990-08-31|rom=Iryna Bondarenko", "Василь|Бондаренко|m|gran"],
          ["Злата|Бондаренко|f|2022-11-30"]),
    ],
    "ar": [
        F("AE", ["مريم|الحسيني|f|1990-02-14|eid=784-1990-3191564-0|rom=Maryam Alhusseini",
                 "خالد|الحسيني|m|1987-06-30|eid=784-1987-1950087-2|rom=Khalid Alhusseini"],
          ["يوسف|الحسيني|m|2021-09-17|eid=784-2021-8099735-9"]),
        F("AE", ["نور|منصور|f|1993-05-08|eid=784-1993-5612842-3|rom=Nour Mansour",
                 "سامر|منصور|m|1989-12-21|eid=784-1989-3208651-9|rom=Samer Mansour"],
          ["ليان|منصور|f|2022-04-11|eid=784-2022-3959938-8"]),
        F("JO", ["رنا|العبادي|f|1991-10-02|rom=Rana Alabbadi", "عمر|العبادي|m|1988-03-26|rom=Omar Alabbadi"],
          ["سلمى|العبادي|f|2021-02-24"]),
        F("EG", ["هبة|عبد الرحمن|f|1992-07-19|rom=Heba Abdelrahman", "محمود|سعيد|m|1988-11-13|rom=Mahmoud Saeed"],
          ["آدم|محمود|m|2022-08-02"]),
        F("MA", ["سناء|التازي|f|1990-04-06|rom=Sanaa Tazi", "ياسين|التازي|m|1987-09-29|rom=Yassine Tazi"],
          ["ريم|التازي|f|2021-10-30"]),
    ],
    "he": [
        F("IL", ["מיכל|אברהמי|f|1990-09-03|tz=362194417|rom=Michal Avrahami", "יונתן|אברהמי|m|1988-01-22|tz=337217814"],
          ["תמר|אברהמי|f|2021-10-08|tz=330475567"]),
        F("IL", ["אורית|מזרחי|f|1992-12-27|tz=147530554|rom=Orit Mizrahi", "אבי|מזרחי|m|1989-06-10|tz=350481917"],
          ["איתי|מזרחי|m|2022-02-28|tz=179971908"]),
        F("IL", ["יוליה|גורדון|f|1991-04-15|tz=260033329|rom=Yulia Gordon", "סרגיי|גורדון|m|1987-08-20|tz=366299717"],
          ["דניאל|גורדון|m|2021-04-19|tz=323928960"]),
    ],
    "hi": [
        F("IN", ["सुनीता|शर्मा|f|1992-01-16|aadhaar=2875 6035 5959",
                 "राकेश|शर्मा|m|1988-05-02|aadhaar=5483 4836 6995", "कमला|देवी|f|gran"],
          ["अनन्या|शर्मा|f|2021-03-06|aadhaar=3997 1145 5568"]),
        F("IN", ["पूजा|यादव|f|1994-09-21|aadhaar=9580 8183 5586", "मनोज|यादव|m|1990-12-30|aadhaar=6605 9709 0818"],
          ["आरव|यादव|m|2022-07-11|aadhaar=7642 0588 2566"]),
        F("IN", ["रेखा|कुमारी|f|1995-03-08|aadhaar=8679 4940 3909", "रमेश|कुमार|m|1991-10-14|aadhaar=3688 6266 1686"],
          ["प्रिंस|कुमार|m|2021-11-19|aadhaar=5321 3832 6175"]),
    ],
    "ja": [
        F("JP", ["美咲|佐藤|f|fg|1990-08-14|rom=Misaki Sato|mynum=8129 2524 2106",
                 "健太|佐藤|m|fg|1988-04-02|rom=Kenta Sato|mynum=7428 2661 6608"],
          ["陽翔|佐藤|m|fg|2021-06-09"]),
        F("JP", ["由美|田中|f|fg|1991-12-25|rom=Yumi Tanaka|mynum=0153 8576 5689",
                 "大輔|田中|m|fg|1989-03-17|rom=Daisuke Tanaka|mynum=6869 0042 8099"],
          ["結衣|田中|f|fg|2022-02-18"]),
        F("JP", ["愛|小林|f|fg|1993-05-30|rom=Ai Kobayashi|mynum=1022 9147 3137",
                 "翔太|小林|m|fg|1990-09-06|rom=Shota Kobayashi|mynum=2479 1218 2296"],
          ["蓮|小林|m|fg|2021-10-03"]),
    ],
    "ko": [
        F("KR", ["지현|김|f|cjk|1991-02-19|rom=Jihyun Kim|rrn=910219-2097356",
                 "준호|박|m|cjk|1988-07-07|rom=Junho Park|rrn=880707-1238514"],
          ["서윤|박|f|cjk|2021-11-02"]),
        F("KR", ["수진|이|f|cjk|1990-10-28|rom=Sujin Lee|rrn=901028-2340830",
                 "민석|정|m|cjk|1987-12-03|rom=Minseok Jung|rrn=871203-1750043"],
          ["하준|정|m|cjk|2022-07-27"]),
        F("KR", ["예린|한|f|cjk|1993-04-09|rom=Yerin Han|rrn=930409-2353691",
                 "도현|오|m|cjk|1990-01-31|rom=Dohyun Oh|rrn=900131-1776071"],
          ["지우|오|f|cjk|2021-03-29"]),
    ],
    "zh": [
        F("CN", ["丽|王|f|cjk|1990-11-23|rom=Li Wang|cnid=320583199011235483",
                 "强|刘|m|cjk|1988-06-15|rom=Qiang Liu|cnid=450321198806153275"],
          ["子涵|刘|f|cjk|2021-08-30|cnid=330483202108302022"]),
        F("CN", ["静|陈|f|cjk|1992-03-04|rom=Jing Chen|cnid=450321199203041906",
                 "伟|张|m|cjk|1989-09-19|rom=Wei Zhang|cnid=450321198909190773"],
          ["一诺|张|m|cjk|2022-03-09|cnid=45032120220309341X"]),
        F("CN", ["晓梅|赵|f|cjk|1991-07-27|rom=Xiaomei Zhao|cnid=450321199107276668",
                 "建华|孙|m|cjk|1987-12-11|rom=Jianhua Sun|cnid=450321198712118639"],
          ["沐阳|孙|m|cjk|2021-05-26|cnid=320583202105264052"]),
    ],
    "th": [
        F("TH", ["สุภาพร|ศรีสุข|f|1991-06-05|rom=Supaporn Srisuk", "ธนากร|ศรีสุข|m|1989-02-17"],
          ["ปภาวรินทร์|ศรีสุข|f|2021-12-15"]),
        F("TH", ["วราภรณ์|ทองดี|f|1993-09-12|rom=Waraporn Thongdee", "สมชาย|ทองดี|m|1990-05-25"],
          ["ภูมิ|ทองดี|m|2022-06-08"]),
    ],
    "vi": [
        F("VN", ["Hương|Nguyễn|f|fg|mid=Thị|1992-08-20", "Minh|Trần|m|fg|mid=Văn|1989-04-11"],
          ["Bảo|Trần|m|fg|mid=Gia|2021-04-09"]),
        F("VN", ["Linh|Lê|f|fg|mid=Thùy|1994-01-03", "Dũng|Hoàng|m|fg|mid=Quốc|1990-10-18"],
          ["An|Hoàng|f|fg|mid=Bảo|2022-01-14"]),
    ],
    "id": [
        F("ID", ["Siti|Rahmawati|f|1992-10-08", "Budi|Santoso|m|1989-06-22"], ["Aisyah Putri|Santoso|f|2021-07-16"]),
        F("ID", ["Rina|Marpaung|f|1993-02-11", "Hendra|Simanjuntak|m|1990-07-03"], ["Kevin|Simanjuntak|m|2022-03-04"]),
    ],
    "tl": [
        F("PH", ["Maricel|Bautista|f|1990-11-18", "Rodel|Bautista|m|1988-03-23"], ["Althea|Bautista|f|2022-02-22"]),
        F("PH", ["Kristine|Villareal|f|1993-05-06", "Paolo|Santiago|m|1991-08-29"], ["Gabriel|Santiago|m|2021-09-25"]),
    ],
}


def S(cc: str, *specs: str) -> list[Person]:
    return [Person(s, cc) for s in specs]


# staff: key workers, managers, GPs, health visitors, social workers, nannies, au pairs
STAFF: dict[str, list[Person]] = {
    "gb": S("GB", "Jade|Whitfield|f", "Shannon|O'Brien|f", "Precious|Ndlovu|f", "Bethany|Clarke|f",
            "Nadia|Hussain|f", "Kerry-Ann|Thompson|f", "Megan|Price|f", "Paul|Robinson|m", "Hannah|Rowe|f",
            "Lorraine|Pike|f", "Dawn|Fletcher|f", "Tyrone|Baptiste|m", "Joy|Abiodun|f", "Grace|Lam|f",
            "Summer|Kingsley|f", "Ewa|Sadowska|f"),
    "gbpro": S("GB", "Anil|Mehta|m", "Ruth|Adebayo|f", "Claire|Dunmore|f", "Tendai|Mutasa|m", "Bronwen|Pugh|f",
               "Marcus|Hale|m", "Eilidh|Fraser|f", "Farah|Siddiqui|f", "Ewan|McAllister|m", "Joanne|Birch|f",
               "Sunil|Varma|m", "Helen|Oduya|f", "Owen|Rees|m", "Carys|Bevan|f"),
    "gbnanny": S("GB", "Gabriela|Mendes|f|1996-03-22|ni=PC 52 50 85 D", "Julie|Hobbs|f|1975-09-09|ni=YY 66 55 16 C",
                 "Kirsty|Doherty|f|1994-06-18|ni=YL 26 47 61 B", "Ife|Ogunleye|f|1998-02-03|ni=RS 70 61 43 C",
                 "Nomvula|Dube|f|1985-12-12|ni=JH 68 61 19 B", "Lottie|Greenwood|f|1999-08-08|ni=AB 36 80 67 C",
                 "Joshua|Amankwah|m|1997-04-26|ni=AS 97 10 06 D", "Emma|Stone|f|1979-10-15|ni=TR 67 14 86 C",
                 "Marta|Kowalczyk|f|2002-07-14", "Ana Sofía|Cárdenas|f|2001-11-30", "Leonie|Brandt|f|2003-05-05",
                 "Thi Mai|Pham|f|1988-01-20|ni=WS 33 86 69 A"),
    "us": S("US", "Kayla|Jensen|f", "Brianna|Hill|f", "Marisol|Ortiz|f", "Destiny|Moore|f", "Tom|Whitaker|m",
            "Sandeep|Kulkarni|m", "Lauren|Whitley|f", "Denise|Carver|f", "Jamie|Okoro|m"),
    "usnanny": S("US", "Rosa|Villanueva|f|1982-06-30|ssn=437-65-2537", "Guadalupe|Reyes|f|1979-12-12|ssn=524-09-1397",
                 "Kelsey|Harmon|f|1999-03-03|ssn=153-74-9676", "Abigail|Pruitt|f|2000-07-22|ssn=580-58-2378",
                 "Yesenia|Flores|f|1995-10-01|ssn=612-46-0143"),
    "ie": S("IE", "Gráinne|Moran|f", "Sinéad|Doyle|f", "Orla|Fitzpatrick|f", "Ciara|Nolan|f"),
    "au": S("AU", "Kylie|Sutherland|f", "Tamsin|Pryor|f", "Rangi|Parata|m", "Chantal|Ouellette|f",
            "Jordan|MacIsaac|m", "Nokuthula|Zwane|f", "Adaora|Nwosu|f"),
    "de": S("DE", "Sabine|Krüger|f", "Birgit|Hoffmann|f", "Jens|Albrecht|m",
    "Monika|Ludwig|f|1971-04-19|stid=58 240 632 973",
            "Nino|Beridze|f|2003-02-17|stid=26 813 905 458", "Lukas|Engel|m", "Dilara|Öztürk|f", "Heike|Brandenburg|f",
            "Valeria|Gómez Arango|f|2004-09-06|stid=56 490 843 173", "Ute|Sommer|f"),
    "fr": S("FR", "Sandrine|Fabre|f", "Véronique|Mercier|f", "Brigitte|Rousseau|f|1968-05-22|nir=2 68 05 44 263 950 06",
            "Hélène|Garnier|f", "Karine|Lopes|f", "Mathieu|Roux|m", "Nadège|Boucher|f",
            "Fatoumata|Keïta|f|1979-02-11|nir=2 79 02 44 266 659 08"),
    "es": S("ES", "Rocío|Navarro|f", "Pilar|Sánchez Ortega|f", "Marleny|Condori Huanca|f|1984-07-07|nie=X1179793P",
            "Amparo|Llorente|f", "Begoña|Arrieta|f", "Sergio|Camacho|m", "Ioana|Munteanu|f|1987-01-25|nie=Y3956343N"),
    "pt": S("BR", "Aparecida|Moura|f", "Tatiane|Lima|f", "Joana|Teixeira|f", "Vanessa|Prado|f",
            "Rosângela|Farias|f"),
    "it": S("IT", "Elisa|Marchetti|f", "Donatella|Ferri|f", "Rosaria|Amato|f", "Luca|Barbieri|m",
            "Samira|Haddou|f"),
    "nl": S("NL", "Ingrid|Smit|f", "Marieke|Hoekstra|f", "Sanne|Jansen|f", "Dewi|Soerjadi|f", "Kees|Mulder|m"),
    "pl": S("PL", "Grażyna|Sowa|f", "Ewa|Kaczmarek|f", "Beata|Górska|f", "Renata|Dudek|f"),
    "sv": S("SE", "Karin|Sjöberg|f", "Maja|Holm|f", "Lena|Berglund|f", "Fredrik|Ek|m"),
    "no": S("NO", "Siri|Bakke|f", "Thea|Nygård|f|2004-08-17|fnr=170804 80040", "Janelle|Soriano|f", "Kari|Eide|f"),
    "fi": S("FI", "Pirjo|Mäkinen|f|1968-10-03|hetu=031068-092H", "Satu|Rantanen|f|1975-02-13|hetu=130275-266X",
    "Tiina|Koivisto|f"),
    "tr": S("TR", "Merve|Doğan|f", "Sevgi|Yıldız|f", "Ahmet|Kurt|m", "Gamze|Polat|f"),
    "el": S("GR", "Κατερίνα|Νικολάου|f", "Σοφία|Μαυρίδου|f", "Βασίλης|Οικονόμου|m"),
    "ru": S("RU", "Светлана|Морозова|f|fgm|mid=Петровна", "Наталья|Кузнецова|f|fgm|mid=Николаевна",
            "Ирина|Павлова|f|fgm|mid=Олеговна"),
    "uk": S("UA", "Галина|Ткаченко|f|mid=Іванівна", "Леся|Гнатюк|f|mid=Богданівна", "Олена|Кравець|f|mid=Петрівна"),
    "ar": S("AE", "سلمى|عبد الله|f", "هالة|يوسف|f", "لينا|حداد|f"),
    "he": S("IL", "רותי|שפירא|f", "שירן|אוחנה|f", "גיל|פרידמן|m"),
    "hi": S("IN", "मीनाक्षी|वर्मा|f", "सरला|बाई|f", "ममता|सिंह|f"),
    "ja": S("JP", "彩|山本|f|fg", "恵子|中村|f|fg", "千尋|高橋|f|fg", "真由美|井上|f|fg"),
    "ko": S("KR", "은영|최|f|cjk", "미경|윤|f|cjk", "소희|강|f|cjk"),
    "zh": S("CN", "晓燕|李|f|cjk", "芳|周|f|cjk", "婷|吴|f|cjk"),
    "th": S("TH", "วันดี|แก้วมณี|f", "จิราพร|บุญมา|f", "อรุณี|พรหมมา|f"),
    "vi": S("VN", "Trang|Phạm|f|fg|mid=Thu", "Hạnh|Đỗ|f|fg|mid=Mỹ", "Yến|Võ|f|fg|mid=Hải"),
    "id": S("ID", "Dewi|Lestari|f", "Sri|Wahyuni|f", "Yanti|Kurniasih|f"),
    "tl": S("PH", "Jocelyn|Manalo|f|1985-05-15", "Lorna|Dimaculangan|f|1979-08-30", "Joy|Macaraeg|f"),
}

# ---------------------------------------------------------------------------------------------
# home addresses in their country's layout (real small towns; street numbers made up)
# ---------------------------------------------------------------------------------------------

ADDRS: dict[str, list[Addr]] = {cc: [Addr(s) for s in specs] for cc, specs in {
    "GB": [
        "{14 Lark Rise} / {@Frome} / {#BA11 2QT}",
        "{%Flat 3}, {Corve Court} / {27 Station Drive} / {@Ludlow} / {#SY8 1PL}",
        "{6 Abbey Terrace} / {@Whitby} / {#YO21 3HQ}",
        "{112 Huddersfield Road} / {@Holmfirth} / {#HD9 3JR}",
        "{Rosewarne}, {9 Trevone Road} / {@Padstow} / {#PL28 8QA}",
        "{2 Mill Brow} / {@Kirkby Lonsdale} / {#LA6 2AT}",
        "{31 Freeman Street} / {@Wells-next-the-Sea} / {#NR23 1BQ}",
        "{%Flat 1}, {48 South Street} / {@Bridport} / {#DT6 3NN}",
        "{17 Glebe Close} / {@Crickhowell} / {#NP8 1DX}",
        "{Tigh na Mara}, {4 Lower Oakfield} / {@Pitlochry} / {#PH16 5DS}",
        "{23 Hencotes} / {@Hexham} / {#NE46 2EQ}",
        "{8 Buxton Road} / {@Bakewell} / {#DE45 1DA}",
        "{57 High Street} / {@Olney} / {#MK46 4EF}",
        "{5 Coldharbour Lane} / {@Tenterden} / {#TN30 6HS}",
        "{%Flat 12}, {Lansdown Court}, {Lansdown} / {@Stroud} / {#GL5 1BN}",
        "{39 Bondgate Within} / {@Alnwick} / {#NE66 1SX}",
        "{10 Kirkgate} / {@Settle} / {#BD24 9DZ}",
        "{3 Belhaven Road} / {@Dunbar} / {#EH42 1NH}",
        "{71 Derwent Avenue} / {@Malton} / {#YO17 7HU}",
        "{26 Carmarthen Street} / {@Llandeilo} / {#SA19 6AN}",
        "{14 Darling Street} / {@Enniskillen} / {#BT74 7EW}",
        "{92 Priory Road} / {@Tonbridge} / {#TN9 2BT}",
    ],
    "IE": [
        "{12 Main Street} / {@Kinsale} / {^Co. Cork} / {#P17 XW63}",
        "{4 Bridge Street} / {@Clifden} / {^Co. Galway} / {#H71 E2N8}",
        "{27 Church View} / {@Carrick-on-Shannon} / {^Co. Leitrim} / {#N41 T6P2}",
        "{%Apt 5}, {Quay Court} / {@Bantry} / {^Co. Cork} / {#P75 RY40}",
        "{18 Grange Road} / {@Thomastown} / {^Co. Kilkenny} / {#R95 KC81}",
        "{9 Esker Drive} / {@Birr} / {^Co. Offaly} / {#R42 V6F3}",
    ],
    "US": [
        "{418 Willow Creek Rd} / {@Fredericksburg}, {^TX} {#78624}",
        "{1207 Spring St} / {@Galena}, {^IL} {#61036}",
        "{55 Tombstone Canyon Rd}, {%Apt 2} / {@Bisbee}, {^AZ} {#85603}",
        "{302 W Water St} / {@Decorah}, {^IA} {#52101}",
        "{1934 Belmont Dr} / {@Hood River}, {^OR} {#97031}",
        "{76 E Orange St} / {@Lititz}, {^PA} {#17543}",
        "{811 N 3rd St} / {@Bardstown}, {^KY} {#40004}",
        "{24 Sacramento St}, {%Unit B} / {@Nevada City}, {^CA} {#95959}",
        "{1120 Aztec Ave} / {@Gallup}, {^NM} {#87301}",
    ],
    "CA": [
        "{142 Pelham St} / {@Lunenburg} {^NS} {#B0J 2C0}",
        "{318 rue Saint-Jean-Baptiste} / {@Baie-Saint-Paul} ({^QC}) {#G3Z 1N3}",
        "{27 Ross St} / {@Picton} {^ON} {#K0K 2T0}",
        "{601 Josephine St} / {@Nelson} {^BC} {#V1L 1X1}",
    ],
    "AU": [
        "{14 Lewis St} / {@Mudgee} {^NSW} {#2850}",
        "{%Unit 4}, {22 Wallcliffe Rd} / {@Margaret River} {^WA} {#6285}",
        "{31 Camp St} / {@Beechworth} {^VIC} {#3747}",
        "{9 Shoalhaven St} / {@Kiama} {^NSW} {#2533}",
    ],
    "NZ": [
        "{18 Bow Street} / {@Raglan} {#3225}",
        "{5 Kitchener Street} / {@Martinborough} {#5711}",
        "{41 Church Street} / {@Ōpōtiki} {#3122}",
    ],
    "ZA": [
        "{23 Main Street} / {@Clarens} / {#9707}",
        "{7 Mitchell Street} / {@Hermanus} / {#7200}",
        "{15 Caledon Street} / {@Graaff-Reinet} / {#6280}",
    ],
    "NG": [
        "{12 Odim Street} / {@Nsukka} / {^Enugu State}",
        "{7 Lagere Road} / {@Ile-Ife} / {^Osun State}",
    ],
    "KE": [
        "{House 14, Nyeri Road} / {@Nyahururu}",
        "{%Flat 3B}, {Kiambu Road} / {@Ruiru}",
    ],
    "IN": [
        "{%Flat 402}, {Sai Residency}, {Gangapur Road} / {@Nashik} {#422013}, {^Maharashtra}",
        "{No. 9, Temple Road} / {@Madikeri} {#571201}, {^Karnataka}",
    ],
    "INH": [
        "{मकान नं. 45, वार्ड 7}, गाँव {@बरसाना}, ज़िला {^मथुरा} – {#281405}",
        "{मकान नं. 112, गली नं. 3}, {@ओरछा}, ज़िला {^निवाड़ी}, {^मध्य प्रदेश} {#472246}",
        "{वार्ड नं. 11, ब्रह्मा मंदिर मार्ग}, {@पुष्कर}, ज़िला {^अजमेर} – {#305022}",
    ],
    "DE": [
        "{Unterstadtstraße 14} / {#88709} {@Meersburg}",
        "{Breite Straße 31} / {#06484} {@Quedlinburg}",
        "{Am Gries 7} / {#82481} {@Mittenwald}",
        "{Moselpromenade 22} / {#56812} {@Cochem}",
        "{Rosenheimer Straße 5a} / {#83512} {@Wasserburg am Inn}",
        "{Kirchgasse 3} / {#52156} {@Monschau}",
        "{Dorfstraße 40} / {#18347} {@Ahrenshoop}",
        "{Fockbeker Weg 12} / {#24340} {@Eckernförde}",
        "{Bahnhofstraße 9} / {#91781} {@Weißenburg in Bayern}",
    ],
    "AT": [
        "{Hauptplatz 9} / {#4190} {@Bad Leonfelden}",
        "{Marktstraße 18} / {#5580} {@Tamsweg}",
    ],
    "CH": [
        "{Dorfstrasse 27} / {#3818} {@Grindelwald}",
        "{Rue du Bourg 12} / {#1095} {@Lutry}",
    ],
    "FR": [
        "{12 rue du Port} / {#35260} {@Cancale}",
        "{4 impasse des Tilleuls} / {#30700} {@Uzès}",
        "{%Appt 14}, {Résidence Les Érables} / {27 avenue de la Gare} / {#88400} {@Gérardmer}",
        "{8 place du Marché} / {#24200} {@Sarlat-la-Canéda}",
        "{5 rue Émile Zola} / {#14600} {@Honfleur}",
        "{Lieu-dit Les Combes} / {#04400} {@Barcelonnette}",
        "{17 chemin des Vignes} / {#68340} {@Riquewihr}",
    ],
    "BE": [
        "{Rue de la Station 41} / {#6900} {@Marche-en-Famenne}",
        "{Kerkstraat 17} {%bus 2} / {#9700} {@Oudenaarde}",
        "{Molenstraat 8} / {#8340} {@Damme}",
    ],
    "NL": [
        "{Binnenpad 42} / {#8355 AK} {@Giethoorn}",
        "{Oude Haven 9} / {#4351 AP} {@Veere}",
        "{Beekstraat 15} / {#8081 EB} {@Elburg}",
        "{Hoogstraat 3} / {#4285 AB} {@Woudrichem}",
        "{Kloosterweg 21} / {#6017 BK} {@Thorn}",
    ],
    "ES": [
        "{Calle Mayor, 14}, {%2º B} / {#23470} {@Cazorla} ({^Jaén})",
        "{Carrer de la Riera, 7} / {#17488} {@Cadaqués} ({^Girona})",
        "{Avenida de Cantabria, 22}, {%1º A} / {#39570} {@Potes} ({^Cantabria})",
        "{Calle Mártires, 9} / {#31390} {@Olite} ({^Navarra})",
        "{Plaza de España, 5}, {%3º izq.} / {#19250} {@Sigüenza} ({^Guadalajara})",
        "{Kale Nagusia, 18} / {#20750} {@Zumaia} ({^Gipuzkoa})",
    ],
    "MX": [
        "{Calle Hidalgo 34}, {Col. Centro} / {#37700} {@San Miguel de Allende}, {^Gto.}",
        "{Calle 5 de Mayo 217}, {Col. La Rivera} / {#92800} {@Tuxpan}, {^Ver.}",
    ],
    "AR": ["{Mitre 652}, {%2° B} / {#U9200} {@Esquel}, {^Chubut}"],
    "CO": ["{Carrera 7 # 12-45}, {%Apto 301} / {@Villa de Leyva}, {^Boyacá}"],
    "PT": [
        "{Rua do Forno, 12}, {%1.º Dto.} / {#4990-062} {@Ponte de Lima}",
        "{Travessa da Fonte, 5} / {#2510-089} {@Óbidos}",
        "{Rua Jaime Bonucci, 44} / {#8800-400} {@Tavira}",
    ],
    "BR": [
        "{Rua do Rosário, 318} – {Centro} / {@Pirenópolis} – {^GO} / {#72980-000}",
        "{Av. Coronel Pilad Rebuá, 1450}, {%apto 12} – {Vila Donária} / {@Bonito} – {^MS} / {#79290-000}",
        "{Rua XV de Novembro, 89} / {@Morretes} – {^PR} / {#83350-000}",
        "{Rua Campo de Pouso, 272}, {%casa 2} / {@Holambra} – {^SP} / {#13825-000}",
    ],
    "IT": [
        "{Via Roma 22} / {#70011} {@Alberobello} ({^BA})",
        "{Via Giuseppe Garibaldi 8} / {#06038} {@Spello} ({^PG})",
        "{Corso Vittorio Emanuele 41} / {#08013} {@Bosa} ({^OR})",
        "{Vicolo del Pozzo 3}, {%int. 5} / {#29022} {@Bobbio} ({^PC})",
        "{Via Cavour 15} / {#96017} {@Noto} ({^SR})",
    ],
    "PL": [
        "{ul. Kościelna 8/2} / {#27-600} {@Sandomierz}",
        "{ul. Pułaskiego 21} / {#33-380} {@Krynica-Zdrój}",
        "{ul. Marynarki Polskiej 5}, {%m. 12} / {#76-270} {@Ustka}",
        "{ul. Grudziądzka 40} / {#86-200} {@Chełmno}",
        "{os. Słoneczne 7/19} / {#48-370} {@Paczków}",
    ],
    "SE": [
        "{Storgatan 12} / {#592 30} {@Vadstena}",
        "{Västra Långgatan 8}, {%lgh 1102} / {#619 30} {@Trosa}",
        "{Vasagatan 27} / {#792 30} {@Mora}",
        "{Järnvägsgatan 4} / {#272 31} {@Simrishamn}",
    ],
    "NO": [
        "{Kjerkgata 15} / {#7374} {@Røros}",
        "{Strandgata 23}, {%leil. H0201} / {#4950} {@Risør}",
        "{Tonningsgata 4} / {#6783} {@Stryn}",
    ],
    "FI": [
        "{Mannerheiminkatu 7} {%B 12} / {#07900} {@Loviisa}",
        "{Nunnakatu 3} / {#21100} {@Naantali}",
        "{Kitkantie 18} {%as 4} / {#93600} {@Kuusamo}",
    ],
    "TR": [
        "{Çeşme Mah. Cumhuriyet Cad. No: 18} {%D: 3} / {#10400} {@Ayvalık}/{^Balıkesir}",
        "{Barış Mah. Hükümet Sok. No: 7} / {#78600} {@Safranbolu}/{^Karabük}",
        "{İskele Mah. Kızılbük Sok. No: 12} {%D: 2} / {#48900} {@Datça}/{^Muğla}",
    ],
    "GR": [
        "{Βασιλέως Κωνσταντίνου 14} / {#21100} {@Ναύπλιο}",
        "{Τοσίτσα 5} / {#44200} {@Μέτσοβο}",
        "{Αγίου Νικολάου 9} / {#48060} {@Πάργα}",
    ],
    "RU": [
        "{ул. Карла Маркса, д. 23}, {%кв. 7} / г. {@Углич} / {^Ярославская обл.} / {#152615}",
        "{ул. Ломоносова, д. 5}, {%кв. 41} / г. {@Валдай} / {^Новгородская обл.} / {#175400}",
        "{пр-т Мира, д. 10}, {%кв. 3} / г. {@Кириллов} / {^Вологодская обл.} / {#161100}",
    ],
    "UA": [
        "{вул. Лесі Українки, 4}, {%кв. 9} / м. {@Косів} / {^Івано-Франківська обл.} / {#78600}",
        "{вул. Гетьманська, 17} / м. {@Батурин} / {^Чернігівська обл.} / {#16512}",
        "{вул. Незалежності, 31}, {%кв. 2} / м. {@Яремче} / {^Івано-Франківська обл.} / {#78500}",
    ],
    "AE": [
        "{فيلا 27، شارع 14} / {البرشاء 2} / {@دبي}",
        "{%شقة 1204}، {برج الريم} / {جزيرة الريم} / {@أبوظبي}",
        "{فيلا 9، شارع الشيخ محمد بن سالم} / {الظيت الجنوبي} / {@رأس الخيمة}",
    ],
    "JO": ["{شارع الأمير حسن، عمارة 12}، {%شقة 3} / {@مادبا}"],
    "EG": ["{12 شارع الجمهورية} / {@رشيد}، {^البحيرة}"],
    "MA": ["{زنقة الحسن الثاني، رقم 9} / {@شفشاون} {#91000}"],
    "IL": [
        "{רחוב הרימון 7}, {%דירה 4} / {@קצרין} {#1290000}",
        "{רחוב החלוצים 22} / {@ראש פינה} {#1200000}",
        "{רחוב הדקל 3} / {@פרדס חנה-כרכור} {#3708203}",
    ],
    "JP": [
        "〒{#381-0201} {^長野県}{@上高井郡小布施町}{大字小布施1123-4}",
        "〒{#071-0200} {^北海道}{@上川郡美瑛町}{本町2丁目5-18}",
        "〒{#501-4222} {^岐阜県}{@郡上市}{八幡町島谷645}",
    ],
    "KR": [
        "{^전라남도} {@담양군} {담양읍 죽향대로 1180}, {%102동 1503호} ({#57339})",
        "{^경기도} {@양평군} {양평읍 양근로 45}, {%3층} ({#12554})",
        "{^경상남도} {@남해군} {남해읍 화전로 78} ({#52430})",
    ],
    "CN": [
        "{^浙江省}{@桐乡市}{乌镇镇石佛南路88号}{%3幢502室}",
        "{^江西省}{@婺源县}{蚺城街道文公北路17号}{%2单元301}",
        "{^广西壮族自治区}{@阳朔县}{叠翠路56号}{%1栋2单元601室}",
    ],
    "TH": [
        "{บ้านเลขที่ 45/2 หมู่ 3} ต.{ปากตม} อ.{@เชียงคาน} จ.{^เลย} {#42110}",
        "{บ้านเลขที่ 12 ถนนชัยสงคราม} ต.{เวียงใต้} อ.{@ปาย} จ.{^แม่ฮ่องสอน} {#58130}",
    ],
    "VN": [
        "{Số 14 Nguyễn Thị Minh Khai}, {phường Minh An} / {@Hội An}, {^Quảng Nam}",
        "{Số 8, ngõ 12, đường Phan Đình Phùng} / thị xã {@Sa Pa}, {^Lào Cai}",
    ],
    "ID": [
        "{Jl. Raya Ubud No. 18}, {Br. Padang Tegal} / {@Ubud}, {^Gianyar}, {^Bali} {#80571}",
        "{Jl. Veteran No. 7}, {RT 02/RW 04}, {Kel. Wonosobo Timur} / {@Wonosobo}, {^Jawa Tengah} {#56311}",
    ],
    "PH": [
        "{Blk 7 Lot 12, Sampaguita St.}, {Brgy. San Isidro} / {@Tanay}, {^Rizal} {#1980}",
        "{Purok 3, Brgy. Poblacion} / {@Sagada}, {^Mountain Province}",
        "{23 Rizal Ave.} / {@Vigan City}, {^Ilocos Sur} {#2700}",
    ],
}.items()}

# phones in national format, no country code unless a template writes one
PHONES: dict[str, list[str]] = {
    "GB": ["07912 448306", "07384 215907", "07458 610223", "07821 336940", "07563 902118", "07947 251680",
           "07415 873092", "07731 604285", "07980 114637", "07526 388410", "07864 029571", "07302 917746",
           "01373 462915", "01584 877203", "01947 602418", "01484 683227", "07443 556012", "07707 184329",
           "07592 640873", "0161 496 2287"],
    "IE": ["087 214 9936", "085 731 4402", "086 390 5127", "083 412 7759", "021 477 3318"],
    "US": ["(830) 997-2461", "(815) 777-3908", "(520) 432-5584", "(563) 382-7120", "(541) 386-9047",
           "717-626-3315", "(502) 348-6129", "530.265.4482", "(505) 722-9163", "(917) 402-6618"],
    "CA": ["(902) 634-8817", "418-435-2276", "613-476-3390", "(250) 352-7741"],
    "AU": ["0412 558 903", "0438 217 644", "(02) 6372 4815", "0407 391 226"],
    "NZ": ["021 448 9173", "027 305 6621", "(07) 825 8804"],
    "ZA": ["082 447 1936", "071 358 2904", "028 312 4471"],
    "NG": ["0803 412 7785", "0812 990 3164"],
    "KE": ["0722 418 306", "0711 903 527"],
    "IN": ["98220 41735", "94481 27603", "94150 32876", "70024 18593", "88402 71635"],
    "DE": ["0151 27483391", "0176 44129083", "07532 48816", "03946 702285", "08823 931427", "0162 9053348",
           "02671 731940", "0157 38820416"],
    "AT": ["0664 385 2219", "0676 912 4470"],
    "CH": ["079 412 85 36", "076 338 91 02"],
    "FR": ["06 12 84 39 57", "07 68 21 45 90", "02 99 89 41 27", "04 66 22 37 81", "06 45 77 18 02",
           "03 29 60 44 15", "06 71 30 92 48"],
    "BE": ["0478 21 54 89", "0495 63 12 07", "055 31 48 62"],
    "NL": ["06-38294715", "06 41 27 83 90", "0522-281944", "0118-501673", "06-17459302"],
    "ES": ["612 48 37 95", "677 204 318", "953 72 14 08", "634 918 227", "943 86 12 05", "655 31 70 42"],
    "MX": ["415 152 3387", "783 834 1290"],
    "AR": ["2945 45-3318", "11 5832-4471"],
    "CO": ["311 482 7730", "320 915 4468"],
    "PT": ["912 448 305", "936 712 084", "262 955 138"],
    "BR": ["(62) 98431-2276", "(67) 99817-4053", "(41) 99632-1187", "(19) 98824-6610", "(62) 3331-1845"],
    "IT": ["338 412 7765", "347 908 2231", "0785 374192", "333 615 0984", "0931 835214"],
    "PL": ["501 238 447", "603 915 284", "698 442 170", "15 832 44 19", "724 106 583"],
    "SE": ["070-482 31 96", "073-915 44 08", "0143-121 87", "076-238 90 15"],
    "NO": ["412 58 903", "930 44 217", "37 15 82 64"],
    "FI": ["040 718 2295", "050 342 8817", "044 590 1136"],
    "TR": ["0532 418 27 95", "0542 306 71 84", "0505 927 33 18", "(0266) 312 45 89"],
    "GR": ["694 512 3870", "697 208 4411", "27520 28914"],
    "RU": ["8 (916) 482-37-15", "8 903 271-44-86", "8 (48532) 2-14-77"],
    "UA": ["067 482 1935", "050 318 7742", "097 265 0481"],
    "AE": ["050 418 2276", "055 903 6614", "04 395 2817"],
    "JO": ["079 541 2238"],
    "EG": ["010 2847 3359", "0122 418 6077"],
    "MA": ["0661-48 27 93", "0677 21 45 08"],
    "IL": ["052-418-3396", "054-7721408", "04-6932217"],
    "JP": ["090-4127-8863", "080-3391-5024", "026-247-5512", "070-1288-4137"],
    "KR": ["010-4827-3316", "010-9134-2058", "061-383-2241"],
    "CN": ["138 1742 9635", "159 0371 2286", "0573-8871 2945", "186 5024 7319"],
    "TH": ["081-452-3978", "089-217-6604", "042-821338"],
    "VN": ["0903 418 275", "0912 664 031", "0868 297 145"],
    "ID": ["0812-3841-7725", "0857-2216-4890", "0813 9920 4417"],
    "PH": ["0917 843 2261", "0998 215 4407", "(02) 8571 3348"],
}

# IBANs of private people (childminders, nannies, parents); check digits verified in check()
IBANS: dict[str, list[str]] = {
    "GB": ["GB24 BARC 2045 7741 9874 47", "GB16 LOYD 3094 5743 8801 97", "GB73 MIDL 4011 6203 2948 95",
           "GB39 NWBK 6017 3213 6323 06", "GB95 HBUK 4005 1553 2247 78"],
    "IE": ["IE69 AIBK 9311 5246 0813 64", "IE24 BOFI 9014 8547 6804 19", "IE51 AIBK 9356 1780 9260 76",
           "IE29 BOFI 9043 7245 1033 50"],
    "DE": ["DE87 4306 0967 9348 6174 31", "DE18 7015 0000 9363 9088 13", "DE05 1005 0000 9752 4386 49",
           "DE31 2505 0180 7855 2331 73", "DE48 6605 0101 9499 5835 31", "DE19 1203 0000 3864 3868 65"],
    "FR": ["FR76 2004 1765 9790 9997 2059 662", "FR76 3000 4893 3075 4670 6760 978"],
    "NL": ["NL80 RABO 5541 4085 04", "NL12 INGB 3821 2162 52"],
    "ES": ["ES46 2100 3339 5348 2868 7985", "ES86 0049 3829 0267 9700 8853"],
    "IT": ["IT26 F030 6935 6870 0006 4555 890", "IT13 G020 0843 2340 0003 9748 004"],
    "BE": ["BE19 0016 6655 8212"],
    "AT": ["AT97 2011 1301 3428 1967"],
    "PT": ["PT50 0035 9539 9071 2296 9412 5"],
}

CARDS = ["4579 4480 1476 1393", "5303 6700 7297 0976", "4921 1587 7629 3221"]  # Luhn-valid, made up
IPS = ["86.142.37.201", "92.40.198.17", "2a00:23c6:9c0e:4f01:8d2:6b1e:33a0:17c4", "78.148.22.109",
       "109.151.64.83"]
HOSPITAL_NOS = ["RBH-0418827", "K2291846", "M0063915"]

# ---------------------------------------------------------------------------------------------
# check-digit validators (used only by check(), on the literals above)
# ---------------------------------------------------------------------------------------------


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(_digits(s))):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                    6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
_CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}


def _cin(s: str) -> str:
    return chr(65 + sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(s)) % 26)


def _w(ds: str, ws) -> int:
    return sum(int(a) * b for a, b in zip(ds, ws))


def _mod11(ds: str, ws) -> int:
    c = 11 - _w(ds, ws) % 11
    return 0 if c == 11 else c


def valid_id(kind: str, value: str, p: Person | None = None) -> bool:
    v = value
    d = _digits(v)
    dob = p.dob.replace("-", "") if p and p.dob else None
    if kind == "nhs":
        return len(d) == 10 and _mod11(d[:9], range(10, 1, -1)) == int(d[9])
    if kind == "ni":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v))
    if kind == "ssn":
        return bool(re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)) and d[:3] not in ("000", "666") and d[0] != "9"
    if kind == "ppsn":
        m = re.fullmatch(r"(\d{7})([A-W])(A?)", v)
        if not m:
            return False
        s = _w(m.group(1), range(8, 1, -1)) + (9 if m.group(3) else 0)
        return m.group(2) == ("W" if s % 23 == 0 else chr(64 + s % 23))
    if kind in ("sin", "amka"):
        return luhn_ok(d) and (kind == "sin" or d[:6] == dob[6:] + dob[4:6] + dob[2:4])
    if kind == "eid":
        return luhn_ok(d) and d[3:7] == dob[:4]
    if kind == "stid":
        prod = 10
        for ch in d[:10]:
            s = (int(ch) + prod) % 10 or 10
            prod = (s * 2) % 11
        return len(d) == 11 and d[0] != "0" and (11 - prod) % 10 == int(d[10])
    if kind == "nir":
        return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:]) and d[1:5] == dob[2:6]
    if kind in ("dni", "nie"):
        n = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return v[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
    if kind == "nif":
        c = 11 - _w(d[:8], range(9, 1, -1)) % 11
        return len(d) == 9 and (0 if c >= 10 else c) == int(d[8])
    if kind == "cpf":
        r1 = _w(d[:9], range(10, 1, -1)) % 11
        r2 = _w(d[:10], range(11, 1, -1)) % 11
        return int(d[9]) == (0 if r1 < 2 else 11 - r1) and int(d[10]) == (0 if r2 < 2 else 11 - r2)
    if kind == "cf":
        return len(v) == 16 and _cin(v[:15]) == v[15] and v[6:8] == dob[2:4]
    if kind == "bsn":
        return len(d) == 9 and (_w(d[:8], range(9, 1, -1)) - int(d[8])) % 11 == 0
    if kind == "pesel":
        return (10 - _w(d[:10], [1, 3, 7, 9] * 3) % 10) % 10 == int(d[10]) and d[4:6] == dob[6:]
    if kind == "pnr":
        return luhn_ok(d[2:]) and d[:8] == dob
    if kind == "fnr":
        k1 = _mod11(d[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])
        k2 = _mod11(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        return k1 == int(d[9]) and k2 == int(d[10]) and d[:6] == dob[6:] + dob[4:6] + dob[2:4]
    if kind == "hetu":
        return v[-1] == "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31]
    if kind == "tckn":
        x = [int(c) for c in d]
        return (sum(x[0:9:2]) * 7 - sum(x[1:8:2])) % 10 == x[9] and sum(x[:10]) % 10 == x[10]
    if kind == "snils":
        s = _w(d[:9], range(9, 0, -1))
        c = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
        return c == int(d[9:])
    if kind == "tz":
        total = 0
        for i, ch in enumerate(d):
            x = int(ch) * (1 if i % 2 == 0 else 2)
            total += x - 9 if x > 9 else x
        return len(d) == 9 and total % 10 == 0
    if kind == "aadhaar":
        c = 0
        for i, ch in enumerate(reversed(d)):
            c = _VD[c][_VP[i % 8][int(ch)]]
        return len(d) == 12 and c == 0
    if kind == "mynum":
        s = sum(int(d[10 - (n - 1)]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
        return int(d[11]) == (0 if s <= 1 else 11 - s)
    if kind == "rrn":
        return (11 - _w(d[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(d[12])
    if kind == "cnid":
        return "10X98765432"[_w(v[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11] == v[17] \
            and v[6:14] == dob
    raise KeyError(kind)


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------------------------------------
# template helpers
# ---------------------------------------------------------------------------------------------


def he(p: Person) -> str:
    return "he" if p.sex == "m" else "she"


def his(p: Person) -> str:
    return "his" if p.sex == "m" else "her"


def him(p: Person) -> str:
    return "him" if p.sex == "m" else "her"


def nom_prenom(p: Person) -> str:
    """French register order: NOM Prénom, one span."""
    return P(f"{p.family.upper()} {p.given}")


def friend(d: Draw, pool: str, fam: Family) -> Person:
    """A parent of another family of the pool (friends and neighbours who collect)."""
    return d.fam(pool, lambda x: x is not fam).p1


# =============================================================================================
# personal_enrolment: registration and enrolment forms, collectors, class sign-ups
# =============================================================================================


@tpl("personal_enrolment", "gb_reg_form", "en", 3)
def t_gb_reg_form(d: Draw) -> str:
    f = d.fam("gb")
    a = d.addr("GB")
    gp = d.staff("gbpro")
    fr = friend(d, "gb", f)
    allergy = d.v("Cows milk protein – on Alpro, see care plan", "Peanut (anaphylaxis) – EpiPen Jr x2 in bag",
                  "none known")
    room = d.v("Rainbow Room", "Caterpillars (2-3s)", "Baby Room")
    return (
        "Can you check this registration form for gaps before I upload it to Famly? List anything missing "
        "or that looks wrong.\n\n"
        f"CHILD'S FULL NAME: {P(f.kid)}\n"
        f"Known as: {P(f.kid.g)}\n"
        f"Date of birth: {DOB(fd(f.kid.dob, 'dmy'))}\n"
        f"Home address: {a.line()}\n"
        f"NHS number: {NID(f.kid.ids['nhs'])}\n"
        f"GP: Dr {P(gp.f)}, Millbrook Surgery\n"
        f"Allergies/dietary: {allergy}\n"
        f"Parent/carer 1: {P(f.p1)} – {d.phone('GB')} – {mail(f.p1, 'gmail.com')}\n"
        f"Parent/carer 2: {P(f.other)} – {d.phone('GB')}\n"
        f"Authorised to collect: {P(fr)} (family friend) – password 'giraffe'\n"
        f"Room/sessions: {room}, Mon Tue Thu 8-6\n"
        "Funding: 30 hrs code to follow"
    )


@tpl("personal_enrolment", "gb_collectors_lower", "en", 3, case="lower")
def t_gb_collectors_lower(d: Draw) -> str:
    f = d.fam("gb")
    fr = friend(d, "gb", f)
    coll = f.gran or f.other
    rel = "nan" if coll.gran and coll.sex == "f" else ("grandad" if coll.gran else "dad")
    k = f.kid
    return d.v(
        f"hi can you help me word a message to nursery. {P(k.g)} is in pre school and from next week "
        f"{his(k)} {rel} {P(coll)} will pick {him(k)} up tues and thurs, number "
        f"{d.phone('GB')}. also {P(fr)} from across the road can collect in an emergency, "
        f"{d.phone('GB')}. my new mobile is {d.phone('GB')}. keep it short and friendly thx",
        f"need to update the collection list for {P(k)} at little acorns. take off {P(fr)}, we dont "
        f"speak anymore long story. add {P(coll)} ({rel}) mob {d.phone('GB')}. can u write it so it "
        "sounds formal, manager is a stickler",
        f"quick one, what do nurseries usually need if someone new is collecting? its {P(coll)}, "
        f"{P(k.g)}'s {rel}, and {he(coll)}'s never been in before. {he(coll)}s on {d.phone('GB')} if that matters. "
        f"we live at {d.addr('GB').line()}",
    )


@tpl("personal_enrolment", "us_enroll_email", "en", 2)
def t_us_enroll_email(d: Draw) -> str:
    f = d.fam("us")
    a = d.addr("US")
    dr = d.staff("us")
    ped = d.staff("us", lambda p: p is not dr)
    k = f.kid
    return (
        "Please tighten up this email to the preschool director, keep it warm:\n\n"
        f"Hi {P(dr.g)},\n\n"
        f"Following up on our tour last week — we'd love to enroll {P(k)} (DOB {DOB(fd(k.dob, 'mdy'))}) in the "
        f"{d.v('Butterfly', 'Sunflower')} room starting in the fall. I've attatched {his(k)} immunization record "
        f"and the state form signed by {his(k)} pediatrician, Dr. {P(ped.f)}. {P(k.g)} has a mild tree nut "
        "allergy (no EpiPen, just Benadryl) and naps around 1. We'd need the 5-day schedule, 8 to 5:30.\n"
        f"My husband {P(f.dad.g)} will do most drop-offs; his cell is {d.phone('US')}.\n\n"
        "Thank you!\n"
        f"{P(f.mum)}\n"
        f"{a.block()}\n"
        f"{d.phone('US')} | {mail(f.mum, d.v('gmail.com', 'yahoo.com'), 'gf')}"
    )


@tpl("personal_enrolment", "de_kita_anmeldung", "de", 3)
def t_de_kita_anmeldung(d: Draw) -> str:
    f = d.fam("de")
    a = d.addr(f.cc)
    arzt = d.staff("de")
    abh = f.gran or friend(d, "de", f)
    return (
        "Kannst du aus diesen Angaben eine kurze, freundliche Bestätigungsmail an die Eltern schreiben? "
        "Platzzusage ab 1. August.\n\n"
        f"Anmeldung Kita {d.v('Sonnenblume', 'Pusteblume', 'Regenbogen')} – Krippe\n"
        f"Name des Kindes: {P(f.kid)}\n"
        f"Geburtsdatum: {DOB(fd(f.kid.dob, 'dmy.'))}\n"
        f"Anschrift: {a.line()}\n"
        f"Sorgeberechtigte: {P(f.p1)}, Tel. {d.phone(f.cc)}; {P(f.other)}\n"
        f"E-Mail: {mail(f.p1, d.v('web.de', 'gmx.de', 'posteo.de'))}\n"
        f"Kinderarzt: Dr. {P(arzt.f)}\n"
        f"Allergien/Unverträglichkeiten: {d.v('keine bekannt', 'Laktoseintoleranz', 'Hühnerei')}\n"
        f"Abholberechtigt: {P(abh)}\n"
        "Betreuungsumfang: 35 Std./Woche, Masernschutz nachgewiesen: ja"
    )


@tpl("personal_enrolment", "fr_fiche_inscription", "fr", 2)
def t_fr_fiche(d: Draw) -> str:
    f = d.fam("fr", lambda x: x.cc == "FR")
    a = d.addr("FR")
    ped = d.staff("fr")
    k = f.kid
    return (
        "Peux-tu vérifier que cette fiche est complète et me dire ce qui manque pour le dossier ?\n\n"
        f"FICHE D'INSCRIPTION – Multi-accueil {d.v('Les Petits Loups', 'La Ribambelle')}\n"
        f"Enfant : {nom_prenom(k)}, né{'e' if k.sex == 'f' else ''} le {DOB(fd(k.dob, 'dmy'))}\n"
        f"Adresse : {a.line()}\n"
        f"Responsable légal 1 : {nom_prenom(f.p1)} – {d.phone('FR')}\n"
        f"N° de sécurité sociale : {NID(f.p1.ids['nir'])}\n"
        f"Responsable légal 2 : {nom_prenom(f.other)} – {d.phone('FR')}\n"
        f"Médecin traitant : Dr {P(ped.f)}\n"
        f"Allergies : {d.v('aucune', 'arachide (PAI en cours)')}\n"
        "Personnes autorisées à venir chercher l'enfant : à compléter\n"
        "Vaccins obligatoires : carnet de santé vu le 12/09"
    )


@tpl("personal_enrolment", "es_matricula", "es", 2)
def t_es_matricula(d: Draw) -> str:
    f = d.fam("es", lambda x: x.cc == "ES")
    a = d.addr("ES")
    fr = friend(d, "es", f)
    idk = "dni" if "dni" in f.p1.ids else "nie"
    return (
        "Pásame esto a una tabla (campo | valor) para meterlo en el programa de gestión de la escuela infantil:\n\n"
        f"Alumno/a: {P(f.kid)}\n"
        f"Fecha de nacimiento: {DOB(fd(f.kid.dob, 'dmy'))}\n"
        f"Domicilio: {a.line()}\n"
        f"Madre/padre/tutor 1: {P(f.p1)}, {idk.upper()} {NID(f.p1.ids[idk])}, móvil {d.phone('ES')}\n"
        f"Madre/padre/tutor 2: {P(f.other)}, móvil {d.phone('ES')}\n"
        f"Alergias: {d.v('proteína de leche de vaca', 'ninguna')}\n"
        f"Personas autorizadas para la recogida: {P(fr)}\n"
        f"Aula: {d.v('1-2 años (Los Pollitos)', '2-3 años (Las Ardillas)')}, jornada completa con comedor"
    )


@tpl("personal_enrolment", "it_iscrizione", "it", 2)
def t_it_iscrizione(d: Draw) -> str:
    f = d.fam("it")
    a = d.addr("IT")
    k = f.kid
    nato = "nata" if k.sex == "f" else "nato"
    return (
        "Mi scrivi una mail di conferma iscrizione all'asilo nido per questa famiglia? Tono cordiale, ricorda "
        "il colloquio di inserimento.\n\n"
        f"Bambino/a: {P(k)}, {nato} il {DOB(fd(k.dob, 'dmy'))}\n"
        f"Codice fiscale: {NID(k.ids['cf'])}\n"
        f"Residenza: {a.line()}\n"
        f"Genitore richiedente: {P(f.p1)} (C.F. {NID(f.p1.ids['cf'])}), cell. {d.phone('IT')}, "
        f"{mail(f.p1, d.v('libero.it', 'gmail.com'), 'g.f')}\n"
        f"Altro genitore: {P(f.other)}\n"
        f"Sezione: {d.v('Lattanti', 'Semidivezzi')}, tempo pieno 7:30-16:30\n"
        "ISEE: 18.400 € (fascia 3)"
    )


@tpl("personal_enrolment", "pl_karta", "pl", 2)
def t_pl_karta(d: Draw) -> str:
    f = d.fam("pl")
    a = d.addr("PL")
    k = f.kid
    return (
        "Sprawdź proszę tę kartę zgłoszenia do przedszkola i wypisz, czego brakuje:\n\n"
        "KARTA ZGŁOSZENIA DZIECKA DO PRZEDSZKOLA\n"
        f"Imię i nazwisko dziecka: {P(k)}\n"
        f"Data urodzenia: {DOB(fd(k.dob, 'dmy.'))}   PESEL: {NID(k.ids['pesel'])}\n"
        f"Adres zamieszkania: {a.line()}\n"
        f"Matka/opiekunka prawna: {P(f.mum)}, tel. {d.phone('PL')}\n"
        f"Ojciec/opiekun prawny: {P(f.dad) if f.dad is not f.mum else '—'}\n"
        f"Osoby upoważnione do odbioru: {P(f.gran) if f.gran else '—'}\n"
        "Godziny pobytu: 7:00–16:00, posiłki: 3\n"
        f"Informacje o zdrowiu: {d.v('alergia na orzechy', 'brak uwag')}"
    )


@tpl("personal_enrolment", "ja_moushikomi", "ja", 2)
def t_ja_moushikomi(d: Draw) -> str:
    f = d.fam("ja")
    a = d.addr("JP")
    k = f.kid
    return (
        "以下の保育園入園申込書の内容を確認して、記入漏れがあれば教えてください。\n\n"
        "【保育所等利用申込書】\n"
        f"児童氏名：{P(k)}（{'男' if k.sex == 'm' else '女'}）\n"
        f"生年月日：{DOB(fd(k.dob, 'ja'))}\n"
        f"住所：{a.line(' ')}\n"
        f"保護者（父）：{P(f.dad)}　個人番号：{NID(f.dad.ids['mynum'])}\n"
        f"保護者（母）：{P(f.mum)}　個人番号：{NID(f.mum.ids['mynum'])}\n"
        f"連絡先：{d.phone('JP')}\n"
        f"希望園：第1希望 {d.v('ひまわり保育園', 'さくら保育園')}、第2希望 未記入\n"
        "就労状況：両親ともフルタイム（就労証明書添付）"
    )


@tpl("personal_enrolment", "ar_tasjil", "ar", 2)
def t_ar_tasjil(d: Draw) -> str:
    f = d.fam("ar", lambda x: x.cc == "AE")
    a = d.addr("AE")
    k = f.kid
    return (
        "ساعدني في صياغة رسالة ترحيب لولي الأمر بناءً على استمارة التسجيل التالية:\n\n"
        "استمارة تسجيل – حضانة البراعم الصغيرة\n"
        f"اسم الطفل: {P(k)}\n"
        f"تاريخ الميلاد: {DOB(fd(k.dob, 'dmy'))}\n"
        f"رقم الهوية الإماراتية للطفل: {NID(k.ids['eid'])}\n"
        f"ولي الأمر: {P(f.p1)} – هوية رقم {NID(f.p1.ids['eid'])}\n"
        f"الهاتف: {d.phone('AE')}\n"
        f"العنوان: {a.line('، ')}\n"
        f"الحساسية: {d.v('لا يوجد', 'حساسية من البيض')}\n"
        f"الأشخاص المخوّلون باستلام الطفل: {P(f.other)}"
    )


@tpl("personal_enrolment", "ko_ipso", "ko", 2)
def t_ko_ipso(d: Draw) -> str:
    f = d.fam("ko")
    a = d.addr("KR")
    k = f.kid
    return (
        "아래 어린이집 입소 신청 내용을 표로 정리해 주세요.\n\n"
        f"아동 이름: {P(k)}\n"
        f"생년월일: {DOB(fd(k.dob, 'ko'))}\n"
        f"주소: {a.line(' ')}\n"
        f"보호자(모): {P(f.mum)} / 주민등록번호 {NID(f.mum.ids['rrn'])} / {d.phone('KR')}\n"
        f"보호자(부): {P(f.dad)} / {d.phone('KR')}\n"
        f"희망 반: {d.v('만 2세반 (해님반)', '만 3세반 (달님반)')}\n"
        "특이사항: 아토피 있음, 보습제 지참\n"
        "맞벌이 여부: 예 (재직증명서 제출 예정)"
    )


@tpl("personal_enrolment", "gb_swim_signup", "en", 2)
def t_gb_swim_signup(d: Draw) -> str:
    f = d.fam(d.v("af", "au"))
    k = f.kid
    a = d.addr(f.cc)
    cls = d.v("Duckling 2 swimming, Saturdays 9:30 at the leisure centre", "Baby Ballet, Wednesdays 4pm, church hall")
    return (
        f"Turn this sign-up into a short welcome message for the parent. Class is {cls}.\n\n"
        f"Child: {P(k)}   DOB: {DOB(fd(k.dob, 'dmy'))}\n"
        f"Parent: {P(f.p1)}\n"
        f"Address: {a.line()}\n"
        f"Mobile: {d.phone(f.cc)}   Email: {mail(f.p1, d.v('hotmail.co.uk', 'bigpond.com'), 'gfn', 7)}\n"
        f"Medical: {d.v('mild asthma, blue inhaler in bag', 'grommets – ear plugs needed')}\n"
        f"Emergency contact: {P(f.other)} {d.phone(f.cc)}\n"
        "Photo consent: yes (not social media)"
    )


# =============================================================================================
# personal_incident: accident and incident books, A&E handovers, medication plans
# =============================================================================================


@tpl("personal_incident", "gb_accident_book", "en", 3)
def t_gb_accident_book(d: Draw) -> str:
    f = d.fam("gb")
    kw = d.staff("gb")
    mgr = d.staff("gb")
    k = f.kid
    what = d.v(
        f"{P(k.g)} tripped on the edge of the Lego table during free play and bumped {his(k)} forehead",
        f"{P(k.g)} was bitten on the left forearm by another child at the sand tray (other child not named "
        "on this form)",
        f"{P(k.g)} slipped on wet decking by the mud kitchen and grazed both knees",
    )
    return (
        "Rewrite this accident record as a calm note for the parent's Famly message. Don't add anything "
        "that isn't here.\n\n"
        "ACCIDENT / INJURY RECORD\n"
        f"Child: {P(k)}   DOB: {DOB(fd(k.dob, 'dmy'))}   Room: Pre-school\n"
        f"Date/time: {d.v('14/01', '22/01', '03/02')} at {d.v('10:40', '14:15', '11:05')}\n"
        f"What happened: {what}.\n"
        f"First aid given by: {P(kw)} (Paediatric FA, exp. 2027) – cold compress, checked every 15 min\n"
        f"Parent informed: {P(f.p1)} by phone on {d.phone('GB')} at 15:40\n"
        f"Witness: {P(mgr)}\n"
        "Head injury letter given: " + d.v("yes", "n/a", "n/a")
    )


@tpl("personal_incident", "gb_ae_handover", "en", 2)
def t_gb_ae_handover(d: Draw) -> str:
    f = d.fam("gb")
    kw = d.staff("gb")
    mgr = d.staff("gb")
    k = f.kid
    return (
        "I need to write up today for Ofsted notification (serious injury, taken to A&E). Can you turn my notes "
        "into a clear factual timeline?\n\n"
        f"- 11:20 {P(k)} ({age(k.dob)}) fell from the top of the climbing frame in the garden, landed on right arm\n"
        f"- 11:22 {P(kw)} gave first aid, arm supported, {P(k.g)} very distressed\n"
        f"- 11:30 rang mum {P(f.mum)} on {d.phone('GB')}, no answer; rang {P(f.other)}, answered, "
        "agreed to meet at hospital\n"
        f"- 11:45 {P(mgr)} drove {P(k.g)} with {P(kw.g)} to the Royal Infirmary\n"
        f"- hospital gave us a wristband: hospital no. {MRN(d.pick('mrn', HOSPITAL_NOS))}, "
        f"NHS no. {NID(k.ids['nhs'])}\n"
        "- 14:10 parent texted: buckle fracture of radius, soft cast, home today\n"
        "- RIDDOR? not sure if it applies to children – please check"
    )


@tpl("personal_incident", "gb_medication_form", "en", 2)
def t_gb_medication_form(d: Draw) -> str:
    f = d.fam(d.v("af", "ie"))
    k = f.kid
    gp = d.staff("gbpro")
    cons = d.staff("gbpro", lambda p: p is not gp)
    med = d.v("Jext 150 mcg x2 (one in room, one in office), cetirizine 2.5ml",
              "Omnipod pump, Dexcom G7 – alerts to mum’s phone")
    return (
        "Summarise this individual health care plan into a half-page sheet for the room staff.\n\n"
        "INDIVIDUAL HEALTH CARE PLAN\n"
        f"Name: {P(k)}\n"
        f"Date of birth: {DOB(fd(k.dob, 'en'))}\n"
        f"Condition: {d.v('Egg and sesame allergy – anaphylaxis risk', 'Type 1 diabetes (diagnosed age 2)')}\n"
        f"Medication: {med}\n"
        f"GP: Dr {P(gp)}   Consultant: Dr {P(cons.f)}, paediatric clinic\n"
        f"Parent contacts: {P(f.p1)} {d.phone(f.cc)} / {P(f.other)} {d.phone(f.cc)}\n"
        f"Address: {d.addr(f.cc).line()}\n"
        "Review date: September"
    )


@tpl("personal_incident", "de_unfallanzeige", "de", 2)
def t_de_unfallanzeige(d: Draw) -> str:
    f = d.fam("de", lambda x: x.cc == "DE")
    k = f.kid
    erz = d.staff("de")
    a = d.addr("DE")
    return (
        "Bitte formuliere den Unfallhergang sachlich für die Unfallanzeige an die Unfallkasse, max. 5 Sätze:\n\n"
        f"Kind: {P(k)}, geb. {DOB(fd(k.dob, 'dmy.'))}\n"
        f"Anschrift: {a.line()}\n"
        f"Eltern: {P(f.p1)}, {d.phone('DE')}\n"
        f"Unfalltag: {d.v('Di', 'Fr')}, 10:15 Uhr, Außengelände (Rutsche)\n"
        f"Aufsicht: {P(erz)}\n"
        f"Notizen {P(erz.g)}: {P(k.g)} ist kopfüber die Rutsche runter, mit dem Kinn auf der Kante gelandet, "
        "Platzwunde ca. 1 cm, geblutet, Kühlakku, Mama kam 10:50, sind zum Kinderarzt, wurde geklebt.\n"
        "Durchgangsarzt: nein"
    )


@tpl("personal_incident", "fr_incident", "fr", 2)
def t_fr_incident(d: Draw) -> str:
    f = d.fam("fr")
    k = f.kid
    aux = d.staff("fr")
    dirc = d.staff("fr", lambda p: p is not aux and p.sex == "f")
    return (
        "Reformule cette note du cahier d'incidents pour l'envoyer aux parents, ton rassurant mais précis :\n\n"
        f"Enfant : {nom_prenom(k)} ({months_old(k.dob)} mois)\n"
        f"Date : {d.v('mardi 13', 'jeudi 22')}, 15h30, salle des moyens\n"
        f"Faits : {P(k.g)} a reçu un coup de jouet (camion Vilac) sur l'arcade par un autre enfant. "
        "Petite bosse, pas de saignement. Poche de froid, surveillance.\n"
        f"Professionnelle présente : {P(aux)}\n"
        f"Parent prévenu : {P(f.p1)} au {d.phone(f.cc)} à 15h45\n"
        f"Visa de la directrice : {P(dirc)}"
    )


@tpl("personal_incident", "es_parte", "es", 2)
def t_es_parte(d: Draw) -> str:
    f = d.fam("es")
    k = f.kid
    ed = d.staff("es")
    return (
        "Ayúdame a redactar el parte de incidencias de hoy para la familia, claro y sin alarmar:\n\n"
        f"Niño/a: {P(k)} — aula de {age(k.dob)} años\n"
        f"Hora: {d.v('12:10', '16:35')}, en el patio\n"
        f"Qué pasó: se cayó del triciclo y se hizo un arañazo en la barbilla, lloró un rato y luego siguió "
        f"jugando. Le pusimos suero y frío. Lo vio {P(ed)}.\n"
        f"Llamamos a {P(f.p1)} al {d.phone(f.cc)} pero no lo cogió, dejamos mensaje.\n"
        f"Recoge hoy: {P(f.other)}"
    )


@tpl("personal_incident", "br_ocorrencia", "pt", 2)
def t_br_ocorrencia(d: Draw) -> str:
    f = d.fam("pt", lambda x: x.cc == "BR")
    k = f.kid
    prof = d.staff("pt")
    coord = d.staff("pt", lambda p: p is not prof)
    return (
        "Pode reescrever esse registro de ocorrência da creche num texto formal para o arquivo?\n\n"
        f"Criança: {P(k)}, nasc. {DOB(fd(k.dob, 'dmy'))}\n"
        f"Turma: Maternal {d.v('I', 'II')}\n"
        f"Ocorrência: na hora do almoço {P(k.g)} engasgou com um pedaço de maçã, a prof. {P(prof.g)} "
        "fez a manobra de Heimlich, saiu na hora, ficou bem.\n"
        f"Responsável avisado: {P(f.p1)} – {d.phone('BR')} às 12h20\n"
        f"Assinatura coordenação: {P(coord)}"
    )


@tpl("personal_incident", "he_report", "he", 2)
def t_he_report(d: Draw) -> str:
    f = d.fam("he")
    k = f.kid
    g = d.staff("he", lambda p: p.sex == "f")
    return (
        "תנסח לי בבקשה דוח אירוע מסודר להורים ולפיקוח, בעברית פשוטה:\n\n"
        f"שם הילד/ה: {P(k)}, ת.ז. {NID(k.ids['tz'])}\n"
        f"תאריך לידה: {DOB(fd(k.dob, 'dmy.'))}\n"
        f"מה קרה: בזמן משחק בחצר {P(k.g)} נפל/ה מהנדנדה ונחבל/ה בברך. קיבל/ה קרח ופלסטר.\n"
        f"הגננת: {P(g)}\n"
        f"הורה שעודכן: {P(f.p1)}, טלפון {d.phone('IL')}, בשעה 11:30"
    )


@tpl("personal_incident", "ru_zapiska", "ru", 2)
def t_ru_zapiska(d: Draw) -> str:
    f = d.fam("ru")
    k = f.kid
    v = d.staff("ru")
    z = d.staff("ru", lambda p: p is not v)
    return (
        "Помогите составить служебную записку заведующей о травме ребёнка, официальным языком:\n\n"
        f"Воспитанник: {P(k)}, дата рождения {DOB(fd(k.dob, 'dmy.'))}\n"
        f"СНИЛС: {NID(k.ids['snils'])}\n"
        f"Группа: средняя «Солнышко»\n"
        f"Что случилось: на прогулке {P(k.g)} упал(а) с горки, ушиб локтя. Медсестра осмотрела, наложила "
        "холод.\n"
        f"Воспитатель: {P(v)}\n"
        f"Мама, {P(f.mum.gm)}, уведомлена по телефону {d.phone('RU')} в 12:05.\n"
        f"Адресат: заведующая ДОУ {P(z)}"
    )


@tpl("personal_incident", "tr_tutanak", "tr", 2)
def t_tr_tutanak(d: Draw) -> str:
    f = d.fam("tr")
    k = f.kid
    og = d.staff("tr")
    return (
        "Şu kaza tutanağını veliye gönderilecek kısa ve sakin bir mesaja çevirir misin?\n\n"
        "KAZA/YARALANMA TUTANAĞI – Minik Adımlar Anaokulu\n"
        f"Öğrenci: {P(k)}  T.C. Kimlik No: {NID(k.ids['tckn'])}\n"
        f"Doğum tarihi: {DOB(fd(k.dob, 'dmy.'))}\n"
        f"Olay: bahçede koşarken düştü, sağ dizinde sıyrık. Pansuman yapıldı.\n"
        f"Sorumlu öğretmen: {P(og)}\n"
        f"Veli: {P(f.p1)} – {d.phone('TR')} (saat 14:20'de arandı)"
    )


@tpl("personal_incident", "us_incident_lower", "en", 3, case="lower")
def t_us_incident_lower(d: Draw) -> str:
    f = d.fam("us")
    k = f.kid
    c = d.staff("us")
    return d.v(
        f"camp counselor notes, can u make this into a proper incident report: {P(k)} stung by a bee at the "
        f"pavilion around 2, no known allergy, ice + benadryl per form, {P(c.g)} watched {him(k)} 30 min, fine. "
        f"called mom {P(f.mum)} at {d.phone('US')} left vm. dad {P(f.dad.g)} picked up at 4:45",
        f"write an incident report from this pls. {P(k)} (age {age(k.dob)}) pinched fingers in "
        f"the cubby door at drop off, cried, no swelling. staff {P(c)}. parent notified {P(f.p1)} "
        f"{d.phone('US')}. mom asked us to email the report to {mail(f.p1, 'icloud.com', 'gf')}",
        f"summer day camp, week 3. {P(k)} got a nosebleed in the pool area, {P(c.g)} stopped it in 10 min, "
        f"no fall. parent {P(f.p1)} informed at pickup. file under health logs. home address on file "
        f"{d.addr('US').line()} if needed",
    )


# =============================================================================================
# personal_casework: safeguarding, fostering and adoption, family support, health visitors
# =============================================================================================


@tpl("personal_casework", "gb_safeguarding_log", "en", 3)
def t_gb_safeguarding_log(d: Draw) -> str:
    f = d.fam("gb")
    k = f.kid
    dsl = d.staff("gb")
    kw = d.staff("gb")
    sw = d.staff("gbpro")
    return (
        "I'm the deputy DSL. Summarise this concern log into a handover for the DSL, facts only, and list what "
        "still needs doing.\n\n"
        f"CHILD: {P(k)}  DOB {DOB(fd(k.dob, 'dmy'))}  NHS {NID(k.ids['nhs'])}\n"
        f"Recorded by: {P(kw)}, {d.v('Mon', 'Wed', 'Fri')} 09:10\n"
        f"Concern: on arrival {P(k.g)} had a bruise on the upper arm, approx 3cm. Asked open question, "
        f"{P(k.g)} said \"{d.v('I fell', 'daddy cross', 'the door did it')}\". Mum ({P(f.p1.g)}) said fell off "
        "sofa at the weekend. Body map completed.\n"
        f"Previous: two late collections this month, {P(f.other)} collected smelling of alcohol on 08/01 "
        "(logged).\n"
        f"Action so far: discussed with {P(dsl)} (DSL) 09:40; advice call to MASH, social worker on duty "
        f"{P(sw)} – ref pending.\n"
        f"Home address: {d.addr('GB').line()}"
    )


@tpl("personal_casework", "gb_caps_court_order", "en", 2, case="upper")
def t_gb_caps_court_order(d: Draw) -> str:
    f = d.fam("gb", lambda x: x.p2 is not None)
    k = f.kid
    mgr = d.staff("gb")
    return (
        f"URGENT – STAFF ROOM NOTICE – {P(k)} ({d.v('PRE-SCHOOL', 'TODDLERS')})\n"
        f"{P(f.dad)} IS NOT PERMITTED TO COLLECT {P(k.g)} OR HAVE CONTACT ON SITE. PROHIBITED STEPS ORDER SEEN "
        f"BY {P(mgr)} ON 09/01. COPY IN OFFICE SAFE.\n"
        f"ONLY {P(f.mum)} ({d.phone('GB')}) OR {P(friend(d, 'gb', f))} MAY COLLECT.\n"
        "IF HE ATTENDS: DO NOT RELEASE, KEEP CHILD INSIDE, CALL 999 THEN MANAGER.\n"
        "\nCan you make this clearer and less shouty but keep it firm? It goes on the back of the office door."
    )


@tpl("personal_casework", "gb_hv_notes", "en", 2, case="lower")
def t_gb_hv_notes(d: Draw) -> str:
    f = d.fam("gb", lambda x: x.kid2 is not None)
    hv = d.staff("gbpro")
    a = d.addr("GB")
    k2, k1 = f.kid2, f.kid
    return (
        f"health visitor here, typing on my phone between visits. tidy these into a proper contact record:\n"
        f"home visit {a.line()}. baby {P(k2)} dob {DOB(fd(k2.dob, 'dmy'))}, {d.v('6-8 week', '9-12 month')} "
        f"review. weighed 50th centile, feeding well. mum {P(f.mum)} low mood, epds 14, discussed talking "
        f"therapies, gp dr {P(hv.f)} to be informed. sibling {P(k1.g)} ({age(k1.dob)}) attending nursery "
        f"3 days. dad {P(f.dad.g)} back at work. next contact 2/52, mum's mob {d.phone('GB')}"
    )


@tpl("personal_casework", "gb_fostering_referral", "en", 3)
def t_gb_fostering_referral(d: Draw) -> str:
    f = d.fam("gb")
    carers = d.fam("gb", lambda x: x is not f and x.p2 is not None)
    sw = d.staff("gbpro")
    k = f.kid
    a = d.addr("GB")
    return (
        "Draft a short, kind placement summary for the foster carers from this referral. They need the practical "
        "stuff (routines, contact, school/nursery), not the whole history.\n\n"
        "PLACEMENT REFERRAL – EMERGENCY (s20)\n"
        f"Child: {P(k)}   DOB: {DOB(fd(k.dob, 'enshort'))}\n"
        f"Birth mother: {P(f.p1)}   Birth father: {P(f.other) if f.p2 else 'not known'}\n"
        f"Allocated social worker: {P(sw)}, {d.phone('GB')}\n"
        f"Placing with: {P(carers.p1)} and {P(carers.p2)}, {a.line()}\n"
        f"Nursery: continues at Busy Bees, {d.v('Mon–Fri mornings', 'three full days')}\n"
        f"Contact: supervised, family centre, {d.v('Tues and Fri 4–5pm', 'Wednesdays 10–11:30')}\n"
        f"Routines: sleeps with a Gruffalo toy and the landing light on; {d.v('halal diet', 'no pork', 'vegetarian')}; "
        f"calls {his(k)} nan \"{d.v('Nana', 'Gran', 'Nanny')}\""
    )


@tpl("personal_casework", "us_adoption_homestudy", "en", 2)
def t_us_adoption_homestudy(d: Draw) -> str:
    f = d.fam("us")
    sw = d.staff("us")
    ref = d.fam("us", lambda x: x is not f).p1
    a = d.addr("US")
    return (
        "Edit this home study section for clarity and a neutral tone (it's going to the court):\n\n"
        "II. APPLICANTS\n"
        f"{P(f.p1)} (DOB {DOB(fd(f.p1.dob, 'mdy'))}) and {P(f.p2)} (DOB {DOB(fd(f.p2.dob, 'mdy'))}) reside at "
        f"{a.line()}, a three-bedroom single-family home. They have been married {d.v('eight', 'eleven')} "
        f"years. {P(f.p1.g)} works as a {d.v('dental hygienist', 'nurse')}; {P(f.p2.g)} is a "
        f"{d.v('high school teacher', 'civil engineer')}. Their biological child, {P(f.kid.g)}, is "
        f"{age(f.kid.dob)}.\n"
        f"References: {P(ref)} ({d.phone('US')}), neighbor of six years, described them as patient and "
        "structured.\n"
        f"Prepared by: {P(sw)}, LCSW"
    )


@tpl("personal_casework", "nl_jeugdzorg", "nl", 2)
def t_nl_jeugdzorg(d: Draw) -> str:
    f = d.fam("nl", lambda x: x.cc == "NL")
    k = f.kid
    gv = d.staff("nl")
    a = d.addr("NL")
    return (
        "Kun je dit verslag van een huisbezoek herschrijven tot een zakelijke rapportage voor het dossier?\n\n"
        f"Kind: {P(k)}, geb. {DOB(fd(k.dob, 'dmy-'))}, BSN {NID(k.ids['bsn'])}\n"
        f"Adres: {a.line()}\n"
        f"Aanwezig: moeder {P(f.mum)}, {P(k.g)}, gezinsvoogd {P(gv)}\n"
        f"Verslag: woning opgeruimd, {P(k.g)} speelde met Duplo. Moeder vertelt dat vader ({P(f.dad.g)}) "
        "sinds twee weken weer thuis woont. Peuteropvang gaat goed volgens de leidster. Afspraak: vader komt "
        f"volgende keer ook. Moeder bereikbaar op {d.phone('NL')}."
    )


@tpl("personal_casework", "sv_orosanmalan", "sv", 2)
def t_sv_orosanmalan(d: Draw) -> str:
    f = d.fam("sv")
    k = f.kid
    fl = d.staff("sv")
    return (
        "Hjälp mig formulera en orosanmälan till socialtjänsten utifrån mina anteckningar, sakligt:\n\n"
        f"Barn: {P(k)}, personnummer {NID(k.ids['pnr'])}\n"
        f"Vårdnadshavare: {P(f.p1)} ({d.phone('SE')}), {P(f.other)}\n"
        f"Adress: {d.addr('SE').line()}\n"
        f"Förskola: Solrosen, avdelning Blåbäret. Anmälare: {P(fl)}, förskollärare\n"
        f"Anteckningar: {P(k.g)} har kommit hungrig flera morgnar, samma kläder hela veckan, blöja inte bytt. "
        "Hämtas ofta sent. Pratat med mamma två gånger."
    )


@tpl("personal_casework", "fr_ip", "fr", 2)
def t_fr_ip(d: Draw) -> str:
    f = d.fam("fr", lambda x: x.cc == "FR")
    k = f.kid
    dirc = d.staff("fr", lambda p: p.sex == "f")
    a = d.addr("FR")
    return (
        "Aide-moi à rédiger une information préoccupante pour la CRIP, factuelle, sans interprétation :\n\n"
        f"Enfant : {nom_prenom(k)}, né{'e' if k.sex == 'f' else ''} le {DOB(fd(k.dob, 'fr'))}\n"
        f"Domicile : {a.line()}\n"
        f"Parents : {P(f.p1)} et {P(f.other)}\n"
        f"Rédactrice : {P(dirc)}, directrice de la crèche\n"
        f"Observations : depuis trois semaines {P(k.g)} arrive très fatigué(e), pleure au moment des "
        "retrouvailles, refuse que le père le/la change. Plusieurs absences non justifiées. Entretien avec la "
        f"mère le 9/01, qui dit « ça va passer ». Téléphone mère : {d.phone('FR')}."
    )


@tpl("personal_casework", "de_familienhilfe", "de", 2)
def t_de_familienhilfe(d: Draw) -> str:
    f = d.fam("de")
    k = f.kid
    fh = d.staff("de")
    a = d.addr(f.cc)
    return (
        "Bitte mach aus meinen Stichpunkten einen kurzen Verlaufsbericht (SPFH) fürs Jugendamt:\n\n"
        f"Familie {P(f.p1.f)}, {a.line()}\n"
        f"- Termin {d.v('Di 14.01.', 'Do 23.01.')}, 9–11 Uhr, anwesend: {P(f.p1)}, {P(k)} "
        f"(geb. {DOB(fd(k.dob, 'dmy.'))})\n"
        f"- Tagesstruktur klappt besser, {P(k.g)} geht wieder regelmäßig in die Kita\n"
        "- Post/Behördenbriefe zusammen sortiert, Antrag Bildung und Teilhabe ausgefüllt\n"
        f"- {P(f.other.g)} kam kurz dazu, wirkte angespannt, Thema Wohnung\n"
        f"- nächster Termin mit {P(fh)}, Rückruf Mutter {d.phone(f.cc)}"
    )


@tpl("personal_casework", "hi_anganwadi", "hi", 2)
def t_hi_anganwadi(d: Draw) -> str:
    f = d.fam("hi")
    k = f.kid
    aw = d.staff("hi")
    a = d.addr("INH")
    return (
        "नीचे आंगनवाड़ी पंजीकरण का विवरण है। इसे एक साफ़ तालिका में बदल दीजिए और बताइए कि क्या कमी है:\n\n"
        f"बच्चे का नाम: {P(k)}\n"
        f"जन्म तिथि: {DOB(fd(k.dob, 'dmy'))}\n"
        f"आधार संख्या (बच्चा): {NID(k.ids['aadhaar'])}\n"
        f"माता का नाम: {P(f.mum)}, आधार {NID(f.mum.ids['aadhaar'])}\n"
        f"पिता का नाम: {P(f.dad)}\n"
        f"पता: {a.line()}\n"
        f"मोबाइल: {d.phone('IN')}\n"
        f"आंगनवाड़ी कार्यकर्ता: {P(aw)}\n"
        "टीकाकरण: MMR बाकी, वज़न: 11.2 किलो"
    )


@tpl("personal_casework", "gb_childrens_centre", "en", 3)
def t_gb_childrens_centre(d: Draw) -> str:
    fams = [d.fam("gb") for _ in range(3)]
    fsw = d.staff("gbpro")
    lines = "\n".join(
        f"{P(x.p1)} | {P(x.kid.g)} ({months_old(x.kid.dob)}m) | {d.phone('GB')} | "
        f"{d.v('first visit', 'Bookstart pack given', 'referred to speech & language')}"
        for x in fams
    )
    return (
        f"Stay and Play register from the {d.v('Tuesday', 'Thursday', 'Friday')} session at the family hub. "
        "Can you turn it into a Markdown table and flag anyone we should follow up?\n\n"
        "parent | child (age) | mobile | notes\n"
        f"{lines}\n"
        f"Session led by {P(fsw)} (family support). Tea and toast, Tiny Talkers songs, messy play."
    )


@tpl("personal_casework", "el_koinoniki", "el", 2)
def t_el_koinoniki(d: Draw) -> str:
    f = d.fam("el")
    k = f.kid
    kl = d.staff("el")
    a = d.addr("GR")
    return (
        "Μπορείς να γράψεις αυτές τις σημειώσεις ως επίσημη κοινωνική έκθεση για τον παιδικό σταθμό;\n\n"
        f"Παιδί: {P(k)}, ημ. γέννησης {DOB(fd(k.dob, 'dmy'))}, ΑΜΚΑ {NID(k.ids['amka'])}\n"
        f"Μητέρα: {P(f.mum)}, ΑΜΚΑ {NID(f.mum.ids['amka'])}, τηλ. {d.phone('GR')}\n"
        f"Πατέρας: {P(f.dad)}\n"
        f"Διεύθυνση: {a.line()}\n"
        f"Κοινωνική λειτουργός: {P(kl)}\n"
        "Σημειώσεις: η μητέρα εργάζεται με βάρδιες, ζητά παράταση ωραρίου. Οικονομική δυσκολία, "
        "ενοίκιο σε καθυστέρηση. Προτείνεται δωρεάν θέση μέσω ΕΣΠΑ."
    )


# =============================================================================================
# personal_messages: daily diaries, parent groups, e-mails and chats
# =============================================================================================


@tpl("personal_messages", "gb_daily_diary", "en", 3)
def t_gb_daily_diary(d: Draw) -> str:
    f = d.fam("gb")
    k = f.kid
    kw = d.staff("gb")
    pal = d.fam("gb", lambda x: x is not f).kid
    act = d.v("painted a Gruffalo, sang Wind the Bobbin Up", f"Duplo tower with {P(pal.g)}, outdoor bikes",
              "forest school – found a snail, named it Bluey")
    return (
        f"Make this daily diary entry sound warmer for {P(k.g)}'s parents, but keep the facts:\n\n"
        f"{P(k)} – {d.v('Tuesday', 'Wednesday', 'Friday')}\n"
        f"Key person: {P(kw)}\n"
        f"Breakfast: {d.v('Weetabix, half a banana', 'toast + milk', 'porridge (all of it!)')}\n"
        f"Lunch: {d.v('fish pie – ate well', 'chickpea curry – picked at it', 'pasta bolognese – seconds')}\n"
        f"Sleep: {d.v('12:10–13:25', 'no nap', '12:40–14:00')}\n"
        f"Nappies: {d.v('3 wet, 1 dirty', '2 wet', 'toilet x3, 1 accident – spare clothes used')}\n"
        f"Activities: {act}\n"
        f"Notes: {d.v('Please send more nappies', 'Bit clingy at drop-off, settled by 9', 'Wellies need a name in')}"
    )


@tpl("personal_messages", "gb_whatsapp_group", "en", 3)
def t_gb_whatsapp_group(d: Draw) -> str:
    fs = [d.fam("gb") for _ in range(3)]
    a, b, c = fs
    addr = d.addr("GB")
    unsaved = d.phone("GB").replace("⟦PHONE_NUMBER|0", "⟦PHONE_NUMBER|+44 ")
    return (
        "Can you pull out from this class WhatsApp who is coming to the party and what they said about "
        "allergies?\n\n"
        f"[{d.v('12/01/2026', '19/01/2026', '26/01/2026')}, 19:02] {P(a.p1.g)}: Hi all! {P(a.kid.g)} is turning "
        f"{d.v('4', '3', '5')} 🎉 soft play party at Jungle Mania then back to ours, {addr.line()}. "
        "Sat 2–4. Let me know numbers x\n"
        f"[19:05] {P(b.p1)}: {P(b.kid.g)} would love to come! Dairy free though, ill bring a cupcake\n"
        f"[19:11] {unsaved}: Hi it's {P(c.p1.g)} ({P(c.kid.g)}'s {'mum' if c.p1.sex == 'f' else 'dad'}) – new "
        "number, yes please 🙌\n"
        f"[19:14] {P(a.p1.g)}: Amazing 🥳 {P(b.p1.g)} no worries at all\n"
        f"[19:30] {P(c.p2 or c.other)}: sorry we've got swimming, maybe next time"
    )


@tpl("personal_messages", "gb_parent_email", "en", 3)
def t_gb_parent_email(d: Draw) -> str:
    f = d.fam(d.v("gb", "ie", "af"))
    k = f.kid
    mgr = d.staff("gb")
    addr_from = mail(f.p1, d.v("outlook.com", "gmail.com", "icloud.com"), d.v("g.f", "gf", "ign"), 84)
    return (
        f"Draft a reply to this from {P(mgr)} (nursery manager). We can do the change from next month but "
        "Fridays are full.\n\n"
        f"> From: {P(f.p1)} <{addr_from}>\n"
        f"> Subject: {P(k.g)} – days change\n"
        ">\n"
        f"> Hi {P(mgr.g)},\n"
        f"> I've gone back to work {d.v('four', 'three')} days so could we move {P(k.g)} from Mon/Tue to "
        "Mon/Wed/Fri from February? Also could you update our address, we've moved to\n"
        f"> {d.addr(f.cc).block(chr(10) + '> ')}\n"
        ">\n"
        "> Thanks so much,\n"
        f"> {P(f.p1.g)}\n"
        f"> {d.phone(f.cc)}"
    )


@tpl("personal_messages", "de_elterngruppe", "de", 2)
def t_de_elterngruppe(d: Draw) -> str:
    a, b = d.fam("de"), d.fam("de")
    erz = d.staff("de")
    return (
        "Fass mir den Chat aus der Eltern-WhatsApp der Igelgruppe kurz zusammen, was muss ich bis Freitag machen?\n\n"
        f"{P(a.p1.g)}: Hallo zusammen, {P(erz.g)} hat gesagt, am Freitag ist Laternenbasteln, jedes Kind "
        "braucht ein leeres Marmeladenglas 🏮\n"
        f"{P(b.p1)}: Danke! Weiß jemand, ob der Ausflug zum Bauernhof stattfindet?\n"
        f"{P(a.p1.g)}: Ja, Elternbrief kommt über die Kita-App. Fahrgemeinschaft? Wir haben zwei Plätze, "
        f"Abfahrt bei uns {d.addr(a.cc).line()}\n"
        f"{P(b.other.g)}: Super, {P(b.kid.g)} fährt mit euch. Meine Nummer falls was ist: {d.phone(b.cc)}"
    )


@tpl("personal_messages", "fr_transmissions", "fr", 2)
def t_fr_transmissions(d: Draw) -> str:
    f = d.fam("fr")
    k = f.kid
    aux = d.staff("fr")
    return (
        "Transforme ces transmissions en un petit message sympa pour les parents dans l'appli :\n\n"
        f"{P(k)} – transmissions du {d.v('lundi', 'jeudi')}\n"
        f"- arrivé{'e' if k.sex == 'f' else ''} 8h20 avec {P(f.other.g)}, un peu grognon\n"
        "- repas : carottes râpées, purée-jambon, compote — tout mangé\n"
        "- sieste 12h45-14h30 avec son doudou lapin\n"
        "- change : 3 couches, RAS\n"
        f"- activité : peinture avec {P(aux.g)}, chansons de Henri Dès\n"
        f"- à prévoir : crème solaire, body de rechange (demandé à {P(f.p1.g)})"
    )


@tpl("personal_messages", "es_whatsapp", "es", 2, case="lower")
def t_es_whatsapp(d: Draw) -> str:
    a, b = d.fam("es"), d.fam("es")
    ed = d.staff("es")
    return (
        "resume este chat del grupo de madres y padres de la guarde, qué tenemos que llevar?\n\n"
        f"{P(a.p1.g)}: holaa, dice la seño {P(ed.g)} que el viernes es la fiesta del otoño, que llevemos "
        "hojas secas y una fruta 🍂\n"
        f"{P(b.p1)}: genial! {P(b.kid.g)} lleva toda la semana hablando de ello jaja\n"
        f"{P(a.p1.g)}: alguien puede recoger a {P(a.kid.g)} el jueves? salgo tarde del curro\n"
        f"{P(b.p1.g)}: yo sin problema, mándame tu dire que no me acuerdo\n"
        f"{P(a.p1.g)}: {d.addr('ES').line()}, mi móvil {d.phone('ES')} por si acaso, mil gracias!!"
    )


@tpl("personal_messages", "it_diario", "it", 2)
def t_it_diario(d: Draw) -> str:
    f = d.fam("it")
    k = f.kid
    ed = d.staff("it")
    return (
        "Puoi rendere più scorrevole questo diario giornaliero del nido da mandare ai genitori?\n\n"
        f"Diario di {P(k)} – {d.v('martedì', 'venerdì')}\n"
        f"Arrivo: 8:30 con {P(f.other.g)}\n"
        "Pranzo: pastina in brodo, merluzzo, mela cotta – mangiato poco\n"
        "Nanna: 12:30–14:10\n"
        f"Attività: travasi con la pasta, canzoni di Lo Zecchino d'Oro con {P(ed)}\n"
        f"Note: {P(k.g)} ha un po' di tosse, la mamma {P(f.mum.g)} chiede di chiamarla al "
        f"{d.phone('IT')} se sale la febbre"
    )


@tpl("personal_messages", "nl_oudergroep", "nl", 2)
def t_nl_oudergroep(d: Draw) -> str:
    a, b = d.fam("nl"), d.fam("nl")
    pm = d.staff("nl")
    return (
        "Kun je uit deze app-groep van de kinderopvang halen wat er afgesproken is over de verjaardag?\n\n"
        f"{P(a.p1)}: Hoi allemaal, {P(a.kid.g)} wordt {d.v('drie', 'vier')} op zaterdag! Kinderfeestje bij ons "
        f"thuis, {d.addr(a.cc).line()}, van 14 tot 16 uur 🎈\n"
        f"{P(b.p1.g)}: Leuk! {P(b.kid.g)} komt graag. {'Hij' if b.kid.sex == 'm' else 'Ze'} is wel allergisch "
        "voor noten.\n"
        f"{P(a.p1.g)}: Goed dat je het zegt! Geen pindakaas dan 😄\n"
        f"{P(pm.g)} (groepsleiding): Wat gezellig, we vieren het vrijdag ook op de groep met Nijntje-slingers!"
    )


@tpl("personal_messages", "zh_wechat", "zh", 2)
def t_zh_wechat(d: Draw) -> str:
    a, b = d.fam("zh"), d.fam("zh")
    t = d.staff("zh")
    return (
        "帮我把下面幼儿园家长群的聊天记录整理成要点，特别是下周要准备的东西：\n\n"
        f"{P(t.f)}老师：各位家长好，下周三是亲子运动会，请给孩子穿运动鞋，带水杯。\n"
        f"{P(a.kid)}妈妈：收到，谢谢{P(t.f)}老师！\n"
        f"{P(b.p1)}：请问需要家长一起参加吗？{P(b.kid.g)}爸爸那天可能出差。\n"
        f"{P(t.f)}老师：最好有一位家长陪同哦。有问题可以打我电话 {d.phone('CN')}\n"
        f"{P(a.p1)}：我们家住{d.addr('CN').line('')}附近，可以顺路带{P(b.kid.g)}一起去。"
    )


@tpl("personal_messages", "th_line", "th", 2)
def t_th_line(d: Draw) -> str:
    f = d.fam("th")
    k = f.kid
    t = d.staff("th")
    return (
        "ช่วยเรียบเรียงข้อความ LINE นี้ให้สุภาพขึ้นหน่อย จะส่งถึงครูที่ศูนย์เด็กเล็ก\n\n"
        f"ครู{P(t.g)}คะ วันนี้{P(k.g)}ไม่สบาย มีไข้ 38 องศา ขอลาหยุด 2 วันนะคะ "
        f"ถ้ามีเอกสารอะไรให้เซ็น ส่งมาที่บ้านได้เลยค่ะ {d.addr('TH').line(' ')} "
        f"หรือโทรหาแม่ได้ที่ {d.phone('TH')} ค่ะ — แม่{P(f.mum.g)}"
    )


@tpl("personal_messages", "uk_viber", "uk", 2)
def t_uk_viber(d: Draw) -> str:
    a, b = d.fam("uk"), d.fam("uk")
    v = d.staff("uk")
    return (
        "Підсумуй, будь ласка, що вирішили в цьому чаті батьків групи «Сонечко» у садочку:\n\n"
        f"{P(v.gm)}: Шановні батьки, у п'ятницю свято осені, діткам потрібні костюми листочків 🍁\n"
        f"{P(a.p1)}: Дякуємо! А о котрій початок?\n"
        f"{P(v.gm)}: О 10:00, батьків запрошуємо.\n"
        f"{P(b.p1)}: {P(b.kid.g)} буде грибочком 😄 Якщо комусь треба тканина — пишіть, {d.phone('UA')}\n"
        f"{P(a.p1.g)}: Я заберу в вас, ми живемо поруч, {d.addr('UA').line()}"
    )


@tpl("personal_messages", "gb_parent_lower", "en", 3, case="lower")
def t_gb_parent_lower(d: Draw) -> str:
    f = d.fam("gb", lambda x: x.kid.sex == "m" or d.i > 0)
    k = f.kid
    kw = d.staff("gb")
    return d.v(
        f"my son {P(k.g)} ({age(k.dob)}) keeps biting at nursery, his key worker {P(kw)} says its every day now. "
        "how do i talk to him about it at home? hes fine with his cousins",
        f"can u help me write a complaint. {P(k)} came home from little acorns with nappy rash so bad it bled "
        f"and noone told me, the room leader {P(kw.g)} just said 'we did cream'. this is definately the 2nd time. "
        f"i want to email the manager, my email is {mail(f.p1, 'hotmail.com', 'gfn', 91)}",
        f"is it normal for a nursery to ask for my partners national insurance number for the funding? they "
        f"want {P(f.other)}'s too, we're not married. {P(k.g)} turns 3 in "
        f"{fd(f.kid.dob, 'en').split()[1].lower()}",
    )


@tpl("personal_messages", "vi_zalo", "vi", 2, case="lower")
def t_vi_zalo(d: Draw) -> str:
    f = d.fam("vi")
    k = f.kid
    c = d.staff("vi")
    return (
        f"viết lại tin nhắn zalo này gửi cô giáo cho lịch sự hơn giúp mình:\n\n"
        f"cô {P(c.g)} ơi, hôm nay bé {P(k.g)} hơi sốt nên em cho bé nghỉ ạ. chiều mai ông ngoại bé là "
        f"{P(d.v('Nguyễn Văn Thắng', 'Lê Văn Phúc'))} sẽ đón bé thay em, số ông là {d.phone('VN')}. "
        f"nhà em ở {d.addr('VN').line()} ạ. em cảm ơn cô — mẹ bé {P(f.mum)}"
    )


# =============================================================================================
# personal_records: registers (CSV), app exports (JSON, YAML, SQL), funding claims, invoices
# =============================================================================================


@tpl("personal_records", "gb_register_csv", "en", 3)
def t_gb_register_csv(d: Draw) -> str:
    fams = [d.fam("gb") for _ in range(4)]
    rows = []
    for j, x in enumerate(fams):
        who = x.other if j % 2 else x.p1
        rows.append(f"{P(x.kid.g)},{P(x.kid.f)},{DOB(fd(x.kid.dob, 'iso'))},{d.v('Rainbow', 'Sunshine', 'Acorns')},"
                    f"{['07:52', '08:15', '08:40', '09:05'][j]},{['17:48', '16:30', '18:06', '15:10'][j]},{P(who)}")
    return (
        "Here's yesterday's register export. Which children were collected after 18:00 (late fee) and who "
        "collected them? Also which are 3 or over for funded hours?\n\n"
        "first_name,last_name,dob,room,in,out,collected_by\n" + "\n".join(rows)
    )


@tpl("personal_records", "gb_app_json", "en", 2)
def t_gb_app_json(d: Draw) -> str:
    f = d.fam("gb")
    k = f.kid
    a = d.addr("GB")
    kw = d.staff("gb")
    return (
        "Our nursery app export is messy. Write a Python snippet that flattens this into one row per contact, "
        "and tell me which fields look wrong:\n\n"
        "{\n"
        f'  "child": {{"id": "CH-{d.n(1000, 9999)}", "first_name": "{P(k.g)}", "last_name": "{P(k.f)}",\n'
        f'    "date_of_birth": "{DOB(fd(k.dob, "iso"))}", "nhs_number": "{NID(k.ids["nhs"])}",\n'
        f'    "key_person": "{P(kw)}", "allergies": ["{d.v("sesame", "kiwi")}"]}},\n'
        '  "contacts": [\n'
        f'    {{"name": "{P(f.p1)}", "relationship": "parent", "mobile": "{d.phone("GB")}",\n'
        f'     "email": "{mail(f.p1, d.v("gmail.com", "yahoo.co.uk"), "gf.n" if d.i else "g.f", 88)}", '
        f'"address": "{a.line()}"}},\n'
        f'    {{"name": "{P(f.other)}", "relationship": "{"grandparent" if f.other.gran else "parent"}", '
        f'"mobile": "{d.phone("GB")}", "can_collect": true}}\n'
        "  ]\n"
        "}"
    )


@tpl("personal_records", "gb_30h_claim", "en", 2)
def t_gb_30h_claim(d: Draw) -> str:
    fs = [d.fam("gb", lambda x: x.p2 is not None) for _ in range(2)]
    lines = "\n".join(
        f"| {P(x.kid)} | {DOB(fd(x.kid.dob, 'dmy'))} | {P(x.p1)} | {NID(x.p1.ids['ni'])} | "
        f"5{d.n(1000000000, 9999999999)} | {d.v('valid', 'expired 31/12')} |"
        for x in fs
    )
    return (
        "Headcount week for the council's early years funding portal. Check these rows against the rules "
        "(child must be 3 by 31 Aug for the term, code reconfirmed every 3 months) and tell me which ones to "
        "chase:\n\n"
        "| child | DOB | parent | parent NI no. | eligibility code | status |\n"
        "|---|---|---|---|---|---|\n" + lines
    )


@tpl("personal_records", "ie_invoice_iban", "en", 2)
def t_ie_invoice_iban(d: Draw) -> str:
    f = d.fam("ie")
    k = f.kid
    mgr = d.staff("ie")
    return (
        "Can you rewrite this invoice e-mail so it's clearer about the NCS subsidy and the direct debit? "
        "Keep all the numbers.\n\n"
        f"Hi {P(f.p1.g)},\n"
        f"Please find {P(k.g)}'s invoice for {d.v('January', 'February')} below.\n"
        f"Child: {P(k)} (PPSN {NID(k.ids['ppsn'])})\n"
        f"Full day care, 20 days @ €62 = €1,240.00\n"
        f"Less NCS award (CHICK {d.n(100000, 999999)}) = –€{d.v('486.40', '512.00')}\n"
        "Less ECCE (free preschool) = –€0.00 (not eligible until September)\n"
        f"Balance to be collected by direct debit on the 5th from account {d.iban('IE')} "
        f"(account holder {P(f.p1)}).\n"
        f"Kind regards,\n{P(mgr)}\nManager, Little Explorers Crèche\n{d.phone('IE')}"
    )


@tpl("personal_records", "us_fsa_tsv", "en", 2)
def t_us_fsa_tsv(d: Draw) -> str:
    f = d.fam("us")
    nanny = d.staff("usnanny")
    a = d.addr("US")
    return (
        "Format this as a clean table for my Dependent Care FSA claim and check the totals add up (tab "
        "separated from my spreadsheet):\n\n"
        "employee\temployee_ssn\tdependent\tdependent_dob\tprovider\tprovider_tin\tperiod\tamount\n"
        f"{P(f.p1)}\t{SSN(f.p1.ids['ssn'])}\t{P(f.kid)}\t{DOB(fd(f.kid.dob, 'mdy'))}\t{P(nanny)}\t"
        f"{SSN(nanny.ids['ssn'])}\tJan 1–15\t$1,150.00\n"
        f"{P(f.p1)}\t{SSN(f.p1.ids['ssn'])}\t{P(f.kid)}\t{DOB(fd(f.kid.dob, 'mdy'))}\t{P(nanny)}\t"
        f"{SSN(nanny.ids['ssn'])}\tJan 16–31\t$1,265.00\n"
        f"\nProvider address: {a.line()}"
    )


@tpl("personal_records", "de_anwesenheit_csv", "de", 2)
def t_de_anwesenheit_csv(d: Draw) -> str:
    fams = [d.fam("de", lambda x: x.cc == "DE") for _ in range(3)]
    rows = "\n".join(
        f"{P(x.kid.f)};{P(x.kid.g)};{DOB(fd(x.kid.dob, 'dmy.'))};{d.v('Igel', 'Füchse')};{P(x.p1)};"
        f"{d.iban('DE')};{d.v('45', '35')}"
        for x in fams
    )
    return (
        "In dieser CSV aus dem Kita-Programm sind die Spalten verrutscht. Kannst du sie reparieren und mir "
        "sagen, welche IBAN ungültig aussieht? Essensgeld wird per Lastschrift eingezogen.\n\n"
        "Nachname;Vorname;Geburtsdatum;Gruppe;Kontoinhaber;IBAN;Std/Woche\n" + rows
    )


@tpl("personal_records", "fr_pajemploi", "fr", 2)
def t_fr_pajemploi(d: Draw) -> str:
    f = d.fam("fr", lambda x: x.cc == "FR")
    am = d.staff("fr", lambda p: "nir" in p.ids)
    return (
        "Peux-tu vérifier mon calcul pour la déclaration Pajemploi de ce mois et me rédiger un petit mot pour "
        "l'assistante maternelle ?\n\n"
        f"Employeur : {P(f.p1)} – NIR {NID(f.p1.ids['nir'])}\n"
        f"Salariée : {P(am)} – NIR {NID(am.ids['nir'])}, assistante maternelle agréée\n"
        f"Enfant : {P(f.kid.g)}\n"
        "Heures normales : 156 h × 4,10 € net\n"
        "Indemnités d'entretien : 22 jours × 3,80 €\n"
        f"Virement sur le compte de la salariée : {d.iban('FR')}\n"
        "CMG : à déduire (CAF)"
    )


@tpl("personal_records", "nl_toeslag", "nl", 2)
def t_nl_toeslag(d: Draw) -> str:
    f = d.fam("nl", lambda x: x.cc == "NL" and x.p2 is not None)
    return (
        "Klopt dit overzicht voor de aanvraag kinderopvangtoeslag? Zet het in een tabel en zeg wat er mist.\n\n"
        f"Aanvrager: {P(f.p1)}, BSN {NID(f.p1.ids['bsn'])}\n"
        f"Toeslagpartner: {P(f.p2)}, BSN {NID(f.p2.ids['bsn'])}\n"
        f"Kind: {P(f.kid)}, geboren {DOB(fd(f.kid.dob, 'nl'))}, BSN {NID(f.kid.ids['bsn'])}\n"
        f"Opvang: dagopvang, {d.v('Kindercentrum De Boomhut', 'KDV Het Kabouterhuis')}, LRK-nummer "
        f"{d.n(100000000, 999999999)}\n"
        "Uren per maand: 142, uurprijs € 10,25\n"
        f"Rekeningnummer: {d.iban('NL')}"
    )


@tpl("personal_records", "it_bonus_nido", "it", 2)
def t_it_bonus_nido(d: Draw) -> str:
    f = d.fam("it")
    k = f.kid
    return (
        "Mi prepari una checklist per la domanda Bonus asilo nido INPS con questi dati? Dimmi anche se manca "
        "qualcosa.\n\n"
        f"Richiedente: {P(f.p1)} – C.F. {NID(f.p1.ids['cf'])}\n"
        f"Minore: {P(k)} – C.F. {NID(k.ids['cf'])}, nato/a il {DOB(fd(k.dob, 'dmy'))}\n"
        f"Asilo: nido comunale {d.v('Il Girotondo', 'Gli Gnomi')}, retta mensile 420 €\n"
        f"IBAN per l'accredito: {d.iban('IT')}\n"
        "ISEE minorenni: 24.800 €\n"
        "Ricevute: gennaio, febbraio (marzo da caricare)"
    )


@tpl("personal_records", "pl_sql", "pl", 2)
def t_pl_sql(d: Draw) -> str:
    fs = [d.fam("pl") for _ in range(2)]
    vals = ",\n".join(
        f"  ('{P(x.kid.g)}', '{P(x.kid.f)}', '{NID(x.kid.ids['pesel'])}', '{DOB(fd(x.kid.dob, 'iso'))}', "
        f"'{P(x.p1)}', '{d.phone('PL')}')"
        for x in fs
    )
    return (
        "Mam błąd przy imporcie do bazy przedszkola (duplicate key). Co jest nie tak z tym zapytaniem?\n\n"
        "INSERT INTO dzieci (imie, nazwisko, pesel, data_urodzenia, opiekun, telefon) VALUES\n"
        f"{vals};\n"
        "-- ERROR: duplicate key value violates unique constraint \"dzieci_pesel_key\""
    )


@tpl("personal_records", "br_planilha", "pt", 2)
def t_br_planilha(d: Draw) -> str:
    fs = [d.fam("pt", lambda x: x.cc == "BR") for _ in range(2)]
    rows = "\n".join(
        f"| {P(x.kid)} | {NID(x.kid.ids['cpf'])} | {DOB(fd(x.kid.dob, 'dmy'))} | {P(x.p1)} | "
        f"{NID(x.p1.ids['cpf'])} | {d.phone('BR')} |"
        for x in fs
    )
    return (
        "Essa planilha da creche vai pro sistema da prefeitura (matrícula 2026). Confere se os CPFs estão no "
        "formato certo e se falta alguma coluna:\n\n"
        "| criança | CPF criança | nascimento | responsável | CPF responsável | celular |\n"
        "|---|---|---|---|---|---|\n" + rows
    )


@tpl("personal_records", "zh_excel", "zh", 2)
def t_zh_excel(d: Draw) -> str:
    fs = [d.fam("zh") for _ in range(2)]
    rows = "\n".join(
        f"{P(x.kid)}\t{NID(x.kid.ids['cnid'])}\t{DOB(fd(x.kid.dob, 'iso'))}\t{P(x.p1)}\t"
        f"{NID(x.p1.ids['cnid'])}\t{d.phone('CN')}"
        for x in fs
    )
    return (
        "下面是幼儿园新生报名表（从Excel复制的），帮我检查身份证号和出生日期是否一致，并整理成表格：\n\n"
        "幼儿姓名\t幼儿身份证号\t出生日期\t家长姓名\t家长身份证号\t联系电话\n" + rows
    )


@tpl("personal_records", "au_camp_pipe", "en", 2)
def t_au_camp_pipe(d: Draw) -> str:
    fs = [d.fam("au") for _ in range(3)]
    rows = "\n".join(
        f"{P(x.kid)}|{DOB(fd(x.kid.dob, 'dmy'))}|{P(x.p1)}|{d.phone(x.cc)}|"
        f"{d.v('sunscreen allergy', 'none', 'asthma')}"
        for x in fs
    )
    return (
        f"Holiday program roster for {d.v('OSHC week 1', 'the January vacation care')}. Turn it into groups by "
        "age (under 5s, 5+) and list the medical notes separately:\n\n"
        "child|dob|parent|mobile|medical\n" + rows
    )


@tpl("personal_records", "gb_sitter_app_ticket", "en", 3)
def t_gb_sitter_app_ticket(d: Draw) -> str:
    f = d.fam("gb")
    sitter = d.staff("gbnanny")
    ip = d.pick("ip", IPS)
    card = d.pick("card", CARDS)
    return (
        "Support ticket from our baby-sitting app. Summarise it for the trust & safety lead and say whether "
        "the refund should go through:\n\n"
        f"ticket: {d.n(40000, 49999)}\n"
        "user:\n"
        f"  name: {P(f.p1)}\n"
        f"  email: {mail(f.p1, d.v('gmail.com', 'btinternet.com', 'outlook.com'), 'g.f')}\n"
        f"  last_login_ip: {IP(ip)}\n"
        f"  card_on_file: {CARD(card)}\n"
        "booking:\n"
        f"  sitter: {P(sitter)}\n"
        f"  date: {d.v('Sat 10 Jan', 'Fri 16 Jan', 'Sat 24 Jan')}, 19:00-23:30\n"
        f"  address: {d.addr('GB').line()}\n"
        f"complaint: \"sitter arrived 50 min late and left before we got home, {P(f.kid.g)} was asleep alone\"\n"
        f"sitter_reply: \"parent agreed by text I could leave at 23:00, screenshot attached\""
    )


# =============================================================================================
# personal_staffing: nannies, au pairs, childminders, baby-sitters, their pay and contracts
# =============================================================================================


@tpl("personal_staffing", "gb_nanny_payroll", "en", 3)
def t_gb_nanny_payroll(d: Draw) -> str:
    f = d.fam("gb")
    n = d.staff("gbnanny", lambda p: "ni" in p.ids)
    a = d.addr("GB")
    gross = d.v("2,450.00", "1,980.00", "2,716.67")
    return (
        "I employ our nanny directly. Can you check this payslip makes sense (tax code, NI, pension) and "
        "explain the employer's NI bit in plain English?\n\n"
        f"Employer: {P(f.p1)}\n"
        f"Employee: {P(n)}   NI number: {NID(n.ids['ni'])}   DOB: {DOB(fd(n.dob, 'dmy'))}\n"
        f"Address: {a.line()}\n"
        f"Tax code: 1257L   Period: Month {d.v('10', '11', '12')}\n"
        f"Gross pay: £{gross}\n"
        f"PAYE: £{d.v('281.20', '187.20', '334.60')}   Employee NI: £{d.v('67.28', '29.68', '88.59')}\n"
        "Pension (NEST) 5%: qualifying earnings basis\n"
        f"Paid by BACS to {d.iban('GB')}"
    )


@tpl("personal_staffing", "gb_aupair_profile", "en", 2)
def t_gb_aupair_profile(d: Draw) -> str:
    f = d.fam("gb", lambda x: x.kid2 is not None or d.i == 1)
    a = d.addr("GB")
    ap = d.staff("gbnanny", lambda p: "ni" not in p.ids)
    kids = ", ".join(f"{P(k.g)} ({age(k.dob)})" for k in f.kids)
    return (
        "Please polish our host family profile for the au pair agency. Friendly, honest, not too long. "
        f"We've been chatting to {P(ap)} from {L(d.v('Kraków', 'Medellín', 'Freiburg'))} already.\n\n"
        f"Family: {P(f.p1)} & {P(f.other)}\n"
        f"Children: {kids}\n"
        f"Where: {a.town} ({d.v('20 min walk to town', 'on the bus route, 10 min')}), own room with "
        "ensuite\n"
        "Duties: school and nursery runs, kids' tea, light housework, 25 hrs/week, £110 pocket money\n"
        "Us: we like walks, board games and terrible Disney sing-alongs\n"
        f"Contact: {mail(f.p1, 'gmail.com', 'gf')} / WhatsApp {d.phone('GB')}"
    )


@tpl("personal_staffing", "gb_childminder_household", "en", 2)
def t_gb_childminder_household(d: Draw) -> str:
    cm = d.staff("gbnanny", lambda p: p.g in ("Julie", "Emma", "Nomvula"))
    hh = d.fam("gb", lambda x: x.p2 is not None)
    a = d.addr("GB")
    return (
        "I'm a registered childminder. My partner and his son are moving in, so I need to tell Ofsted about new "
        "household members over 16. Help me write the notification e-mail from these details:\n\n"
        f"Childminder: {P(cm)}, URN EY{d.n(100000, 999999)}\n"
        f"Setting address: {a.block(', ')}\n"
        f"New household member 1: {P(hh.dad)}, DOB {DOB(fd(hh.dad.dob, 'dmy'))}, moving in 1 March\n"
        f"New household member 2: {P(d.v('Callum', 'Jayden') + ' ' + hh.dad.f)}, DOB "
        f"{DOB(d.v('14/07/2008', '03/11/2008'))}, 17, college\n"
        "Both need enhanced DBS with barred list check + update service.\n"
        f"My phone: {d.phone('GB')}"
    )


@tpl("personal_staffing", "us_nanny_w2", "en", 2)
def t_us_nanny_w2(d: Draw) -> str:
    f = d.fam("us")
    n = d.staff("usnanny")
    a = d.addr("US")
    return (
        "First year paying our nanny on the books. Does this W-2 info look right before I send it? Also "
        "what's Schedule H for?\n\n"
        f"Employee: {P(n)}\n"
        f"SSN: {SSN(n.ids['ssn'])}\n"
        f"Employee address: {a.line()}\n"
        f"Employer: {P(f.p1)} and {P(f.p2 or f.other)} (household employer, EIN applied for in March)\n"
        f"Box 1 wages: ${d.v('41,600.00', '38,220.00')}\n"
        f"Box 3/5 SS & Medicare wages: ${d.v('41,600.00', '38,220.00')}\n"
        f"Phone on file: {d.phone('US')}"
    )


@tpl("personal_staffing", "de_aupair_vertrag", "de", 2)
def t_de_aupair_vertrag(d: Draw) -> str:
    f = d.fam("de", lambda x: x.cc == "DE")
    ap = d.staff("de", lambda p: "stid" in p.ids)
    a = d.addr("DE")
    return (
        "Prüf bitte diesen Entwurf für den Au-pair-Vertrag bzw. die Minijob-Anmeldung. Fehlt etwas Wichtiges?\n\n"
        f"Gastfamilie: {P(f.p1)} und {P(f.other)}, {a.line()}\n"
        f"Au-pair/Betreuerin: {P(ap)}, geb. {DOB(fd(ap.dob, 'dmy.'))}\n"
        f"Steuer-ID: {NID(ap.ids['stid'])}\n"
        "Arbeitszeit: max. 30 Std./Woche, 6 Std./Tag, 1,5 freie Tage pro Woche\n"
        "Taschengeld: 280 € monatlich, Kost und Logis frei, Zuschuss Sprachkurs 70 €\n"
        f"Kinder: {P(f.kid.g)} ({age(f.kid.dob)})\n"
        f"Konto für Taschengeld: {d.iban('DE')}\n"
        f"Tel. Gastmutter: {d.phone('DE')}"
    )


@tpl("personal_staffing", "es_cuidadora", "es", 2)
def t_es_cuidadora(d: Draw) -> str:
    f = d.fam("es", lambda x: x.cc == "ES")
    c = d.staff("es", lambda p: "nie" in p.ids)
    idk = "dni" if "dni" in f.p1.ids else "nie"
    return (
        "Necesito dar de alta a la cuidadora de mi hijo en el Sistema Especial de Empleados de Hogar. ¿Me "
        "ayudas a ordenar los datos y me dices qué me falta?\n\n"
        f"Empleador: {P(f.p1)}, {idk.upper()} {NID(f.p1.ids[idk])}\n"
        f"Domicilio: {d.addr('ES').line()}\n"
        f"Trabajadora: {P(c)}, NIE {NID(c.ids['nie'])}, nacida el {DOB(fd(c.dob, 'dmy'))}\n"
        f"Teléfono: {d.phone('ES')}\n"
        "Jornada: lunes a viernes de 15:00 a 19:30 (recogida de la escuela infantil y baño)\n"
        "Salario: 11,50 €/hora, pagas prorrateadas\n"
        f"Cuenta para la nómina: {d.iban('ES')}"
    )


@tpl("personal_staffing", "no_barnevakt", "no", 2)
def t_no_barnevakt(d: Draw) -> str:
    f = d.fam("no")
    b = d.staff("no", lambda p: ("fnr" in p.ids) == (d.i == 0))
    who = "barnevakten vår" if d.i == 0 else "nabojenta"
    return (
        "Kan du sette opp en enkel avtale for barnevakt/praktikant hjemme hos oss? Bruk opplysningene under.\n\n"
        f"Arbeidsgiver: {P(f.p1)}, {d.addr('NO').line()}\n"
        f"Barnevakt ({who}): {P(b)}"
        + (f", fødselsnummer {NID(b.ids['fnr'])}" if "fnr" in b.ids else "") + "\n"
        f"Barn: {P(f.kid)}, født {DOB(fd(f.kid.dob, 'dmy.'))}\n"
        "Tid: tirsdager og torsdager 15–18, henting i barnehagen\n"
        f"Lønn: 160 kr/time, Vipps til {d.phone('NO')}\n"
        "Under 6 000 kr i året, så ingen skattetrekk? Stemmer det?"
    )


@tpl("personal_staffing", "fi_perhepaivahoito", "fi", 2)
def t_fi_perhepaivahoito(d: Draw) -> str:
    f = d.fam("fi")
    h = d.staff("fi", lambda p: "hetu" in p.ids)
    return (
        "Voitko tehdä tästä selkeän viestin vanhemmille? Kyse on perhepäivähoitajan varahoidosta.\n\n"
        f"Lapsi: {P(f.kid)}, hetu {NID(f.kid.ids['hetu'])}\n"
        f"Huoltajat: {P(f.p1)} ({d.phone('FI')}), {P(f.other)}\n"
        f"Oma hoitaja: {P(h)} – lomalla viikot 7–8\n"
        f"Varahoitopaikka: ryhmäperhepäiväkoti Satakieli, {d.addr('FI').line()}\n"
        "Tuotava: varavaatteet, kurahousut, unilelu"
    )


@tpl("personal_staffing", "ja_sitter", "ja", 2)
def t_ja_sitter(d: Draw) -> str:
    f = d.fam("ja")
    s = d.staff("ja")
    k = f.kid
    return (
        "ベビーシッターさんからの報告を、夫に送る用に短くまとめてください。\n\n"
        f"【シッティング報告】{d.v('1月14日', '1月21日')} 17:00〜21:00\n"
        f"お子さま：{P(k.g)}くん（{age(k.dob)}歳）\n"
        f"担当：{P(s)}\n"
        "夕食：ハンバーグ、ブロッコリー、ご飯（完食）\n"
        "お風呂：19:00　歯みがき：済\n"
        f"就寝：20:30 アンパンマンの絵本を2冊読みました\n"
        f"ご依頼者：{P(f.mum)} 様（{d.phone('JP')}）\n"
        f"ご自宅：{d.addr('JP').line(' ')}"
    ).replace("くん", "くん" if k.sex == "m" else "ちゃん")


@tpl("personal_staffing", "tl_yaya", "tl", 2, case="lower")
def t_tl_yaya(d: Draw) -> str:
    f = d.fam("tl")
    y = d.staff("tl")
    return (
        "pa-help naman gumawa ng simple contract para sa yaya namin, english or taglish ok lang:\n\n"
        f"yaya: {P(y)}, {age(y.dob) if y.dob else 40} yrs old, from {L(d.v('Catbalogan', 'Kalibo'))}\n"
        f"employer: {P(f.p1)}, {d.addr('PH').line()}\n"
        f"alaga: {P(f.kid.g)}, {age(f.kid.dob)} yrs old\n"
        "sahod: 7,500/month plus sss, philhealth, pag-ibig\n"
        "day off: sunday, stay-in\n"
        f"contact ng yaya: {d.phone('PH')}"
    )


@tpl("personal_staffing", "gb_sitter_lower", "en", 2, case="lower")
def t_gb_sitter_lower(d: Draw) -> str:
    f = d.fam("gb")
    s = d.staff("gbnanny")
    k = f.kid
    return d.v(
        f"our babysitter {P(s)} found through bubble is amazing, can you write {him(s)} a review? {he(s)} does "
        f"friday nights for {P(k.g)} and reads the gruffalo about 6 times lol",
        f"how much should i pay a 17 yr old babysiter in {d.addr('GB').town}? its {P(s.g)} from next door, "
        f"for {P(k.g)} ({age(k.dob)}), 7 till midnight",
        f"hi can u check this text before i send it: 'hi {P(s.g)}, its {P(f.p1.g)}, {P(k.g)}'s mum. are you free "
        f"sat 7-11? address is {d.addr('GB').line()}. my number if you need it {d.phone('GB')} x'",
    )

@tpl("personal_staffing", "id_pengasuh", "id", 1, case="lower")
def t_id_pengasuh(d: Draw) -> str:
    f = d.fam("id")
    ps = d.staff("id")
    k = f.kid
    return (
        "tolong rapikan pesan ini buat pengasuh baru anak saya, biar sopan tapi jelas ya:\n\n"
        f"mbak {P(ps.g)}, mulai senin jemput {P(k.g)} di daycare jam 4 sore ya. kalau ada apa-apa telp saya "
        f"{d.phone('ID')} atau ayahnya {P(f.other)}. alamat rumah {d.addr('ID').line()}. "
        f"{P(k.g)} alergi susu sapi, jangan dikasih susu kotak ya mbak. makasih — {P(f.p1)}"
    )


# =============================================================================================
# clean_pedagogy: approaches, theorists and curricula named after people and places (PII-free)
# =============================================================================================


@tpl("clean_pedagogy", "en_compare_approaches", "en", 3)
def t_en_compare_approaches(d: Draw) -> str:
    a, b = d.v(("Montessori", "Steiner Waldorf"), ("Reggio Emilia", "Forest School"), ("Froebel", "HighScope"))
    return (
        f"We're rewriting our nursery prospectus. Can you compare {a} and {b} in a short table (view of the "
        "child, role of the adult, environment, toys and materials, screen time, how they'd fit with the EYFS)? "
        f"Parents keep asking whether we're 'a {a} setting'. We borrow from {a} (practical life, mixed ages) "
        f"but we're not accredited. Mention what Maria Montessori, Rudolf Steiner, Friedrich Froebel or Loris "
        "Malaguzzi actually said where it's relevant, and keep it under 300 words."
    )


@tpl("clean_pedagogy", "en_theorists_table", "en", 2)
def t_en_theorists_table(d: Draw) -> str:
    rows = d.v(
        "| Jean Piaget | stages of cognitive development | schemas, sensorimotor |\n"
        "| Lev Vygotsky | zone of proximal development | scaffolding (Bruner) |\n"
        "| John Bowlby | attachment theory | key person approach |\n"
        "| Urie Bronfenbrenner | ecological systems | |",
        "| Susan Isaacs | play as children's work | Malting House School |\n"
        "| Margaret McMillan | open-air nursery | Deptford |\n"
        "| Emmi Pikler | free movement, respectful care | Lóczy, Budapest |\n"
        "| Erik Erikson | psychosocial stages | trust vs mistrust |",
    )
    return (
        "Level 3 Early Years Educator revision. Fill the empty cells and add one sentence on how each idea "
        "shows up in a nursery room today. Then quiz me with 5 questions.\n\n"
        "| theorist | big idea | link |\n|---|---|---|\n" + rows
    )


@tpl("clean_pedagogy", "en_pedagogy_lower", "en", 3, case="lower")
def t_en_pedagogy_lower(d: Draw) -> str:
    return d.v(
        "is montessori actually better than a normal nursery or is it just marketing? everyone in our nct group "
        "is obssessed. what does the research say, like the angeline lillard studies",
        "whats a 'schema' when nursery says my daughter is in a transporting schema?? is that piaget or "
        "chris athey. she moves every single duplo brick to the sofa",
        "what are the leuven scales of wellbeing and involvement, ferre laevers? our ofsted inspector asked "
        "about them and i just nodded",
    )


@tpl("clean_pedagogy", "de_paedagogik", "de", 3)
def t_de_paedagogik(d: Draw) -> str:
    return d.v(
        "Für unsere Kita-Konzeption: Erklär mir kurz den Unterschied zwischen dem Situationsansatz (Jürgen "
        "Zimmer), der Reggio-Pädagogik und der Waldorfpädagogik nach Rudolf Steiner. Wir sind eine städtische "
        "Kita in Leipzig und wollen nichts versprechen, was wir nicht halten.",
        "Friedrich Fröbel hat 1840 in Bad Blankenburg den ersten 'Kindergarten' gegründet. Kannst du für unseren "
        "Elternabend einen kurzen Text schreiben, was von Fröbels Spielgaben heute noch in der Kita steckt?",
        "Was sagt Emmi Pikler zur freien Bewegungsentwicklung, und wie passt das zur Eingewöhnung nach dem "
        "Berliner Modell (infans) im Vergleich zum Münchener Modell? Bitte als Stichpunkte für die Teamsitzung.",
    )


@tpl("clean_pedagogy", "fr_pedagogie", "fr", 2)
def t_fr_pedagogie(d: Draw) -> str:
    return d.v(
        "Pour une réunion d'équipe en crèche : peux-tu résumer en cinq points la pédagogie de Célestin Freinet "
        "et ce qu'on peut reprendre avec les tout-petits ? On travaille déjà un peu à la manière de Pikler-Lóczy.",
        "Qu'est-ce que Françoise Dolto entendait par « parler vrai » aux bébés ? Une maman m'a cité la Maison "
        "Verte de Paris et je voudrais lui répondre sans dire de bêtises.",
    )


@tpl("clean_pedagogy", "en_reggio_trip", "en", 2)
def t_en_reggio_trip(d: Draw) -> str:
    return d.v(
        "Our local authority is funding a study visit to Reggio Emilia in May. What should we see besides the "
        "Loris Malaguzzi International Centre, and is Bologna or Parma the better base? Three days, six "
        "practitioners, modest budget.",
        "Writing a funding bid for a trip to Denmark and Sweden to look at forest kindergartens (skovbørnehave, "
        "I Ur och Skur). Can you outline why the Scandinavian approach is worth seeing, with a nod to Ella "
        "Flatau, and suggest a rough itinerary from Copenhagen?",
    )


@tpl("clean_pedagogy", "ja_hoiku", "ja", 2)
def t_ja_hoiku(d: Draw) -> str:
    return d.v(
        "モンテッソーリ教育とシュタイナー教育の違いを、保育園の保護者向けにやさしく説明してください。"
        "倉橋惣三の「生活を生活で生活へ」という考え方との関係にも少し触れてください。",
        "保育士の研修で使うので、ピアジェとヴィゴツキーの発達理論の違いを表にまとめてください。"
        "レッジョ・エミリアのプロジェクト活動の例も一つ入れてください。",
    )


@tpl("clean_pedagogy", "en_caps_display", "en", 2, case="upper")
def t_en_caps_display(d: Draw) -> str:
    return d.v(
        "Make this display board heading better: FROEBEL'S GIFTS IN OUR BLOCK AREA – WHAT ARE THE CHILDREN "
        "LEARNING? (MATHS, SHAPE, BALANCE, TEAMWORK)",
        "Shorten this for the entrance wall: OUR SETTING FOLLOWS THE EYFS, WITH IDEAS FROM MONTESSORI, REGGIO "
        "EMILIA AND THE CURIOSITY APPROACH. WE BELIEVE IN PLAY, NATURE AND THE KEY PERSON.",
    )


@tpl("clean_pedagogy", "en_eyfs_planning", "en", 3)
def t_en_eyfs_planning(d: Draw) -> str:
    topic = d.v("The Gruffalo", "Handa's Surprise", "Owl Babies")
    area = d.v("Communication and Language", "Understanding the World", "Physical Development")
    return (
        f"Plan a week of activities for 3–4 year olds around '{topic}', linked to {area} in Development "
        "Matters and Birth to 5 Matters. Include one outdoor, one messy, one maths and one Makaton or signing "
        "activity, and say how we'd adapt each for a child with SEND. Format: Monday–Friday table."
    )


@tpl("clean_pedagogy", "ru_pedagogika", "ru", 2)
def t_ru_pedagogika(d: Draw) -> str:
    return d.v(
        "Подготовь, пожалуйста, короткую справку для родительского собрания: чем программа «От рождения до "
        "школы» отличается от подхода Монтессори, и что из идей Выготского используют в детском саду сейчас.",
        "Кто такой Константин Ушинский и почему его называют основоположником научной педагогики? Нужно для "
        "стенда в методическом кабинете ДОУ, 5–6 предложений.",
    )


@tpl("clean_pedagogy", "en_korea_lower", "en", 2, case="lower")
def t_en_korea_lower(d: Draw) -> str:
    return d.v(
        "what is koreas nuri curriculum (the 2019 revision) and how is it different from montessori? korean "
        "parents at our nursery in sheffield keep asking why we dont do worksheets",
        "explain froebel's gifts vs reggio emilia projects like im a brand new nursery assistant, with one "
        "example of each for 3 year olds",
    )


@tpl("clean_pedagogy", "en_sample_observation", "en", 2)
def t_en_sample_observation(d: Draw) -> str:
    return d.v(
        "Is this a good model observation for new staff? (Names removed.)\n\n"
        "Child A (3y 2m), block area, 10 mins. Built a tower with the Community Playthings unit blocks, "
        "counted 'one, two, free' to 5, then knocked it down laughing. Leuven involvement: 4. Next steps: "
        "introduce Numberblocks song, model counting beyond 5.",
        "Improve this learning journey entry for the Tapestry template. (Anonymised sample.)\n\n"
        "Child B (2y 8m) spent 15 minutes pouring water between jugs at the water tray. Trajectory schema? "
        "Said 'more, more'. Links: PD, CL. Next steps: add funnels and a Lakeland jug, offer the words 'full' "
        "and 'empty'.",
    )


@tpl("clean_pedagogy", "en_montessori_italy", "en", 2)
def t_en_montessori_italy(d: Draw) -> str:
    return d.v(
        "Maria Montessori opened the first Casa dei Bambini in San Lorenzo, Rome, in 1907. For a staff training "
        "day, write a one-page history from that to the AMI and today's Montessori schools, including her "
        "years in India during the Second World War.",
        "I want to read Montessori in the original. Which of her books are best for a nursery manager: 'Il "
        "metodo della pedagogia scientifica', 'The Absorbent Mind' or 'The Secret of Childhood'? And which "
        "modern writers (Paula Polk Lillard, Simone Davies) are worth it?",
    )


@tpl("clean_pedagogy", "sv_forskola", "sv", 2)
def t_sv_forskola(d: Draw) -> str:
    return d.v(
        "Kan du förklara vad Lpfö 18 säger om undervisning i förskolan, och hur det går ihop med Reggio "
        "Emilia-inspirerat arbete? Vi är en förskola i Umeå och ska skriva om vår verksamhetsplan.",
        "Ellen Key skrev 'Barnets århundrade' år 1900. Skriv fem meningar om varför hon fortfarande nämns i "
        "svensk förskolehistoria, till en affisch i personalrummet.",
    )


# =============================================================================================
# clean_stories: children's books, characters, authors, TV and songs (PII-free)
# =============================================================================================


@tpl("clean_stories", "en_storytime_table", "en", 3)
def t_en_storytime_table(d: Draw) -> str:
    books = d.v(
        "The Gruffalo (Julia Donaldson, Axel Scheffler); The Very Hungry Caterpillar (Eric Carle); "
        "Dear Zoo (Rod Campbell); We're Going on a Bear Hunt (Michael Rosen, Helen Oxenbury); "
        "Peace at Last (Jill Murphy)",
        "Where the Wild Things Are (Maurice Sendak); Lost and Found (Oliver Jeffers); Don't Let the Pigeon "
        "Drive the Bus! (Mo Willems); Handa's Surprise (Eileen Browne); Mr Gumpy's Outing (John Burningham)",
        "The Tiger Who Came to Tea (Judith Kerr); Guess How Much I Love You (Sam McBratney); Room on the Broom "
        "(Julia Donaldson); Elmer (David McKee); Each Peach Pear Plum (Janet and Allan Ahlberg)",
    )
    return (
        "Turn this into a Markdown table for our library corner: title | author/illustrator | age | one "
        "follow-up activity. Add a column for props we could use (we have Lakeland puppets and a Yoto box).\n\n"
        + books
    )


@tpl("clean_stories", "en_party_theme", "en", 3)
def t_en_party_theme(d: Draw) -> str:
    theme = d.v("Bluey", "Peppa Pig", "Paw Patrol")
    extra = d.v("Bingo, Bandit and Chilli", "George, Daddy Pig and Madame Gazelle", "Chase, Skye and Ryder")
    return (
        f"Write a short, fun invitation text for a {theme} themed 4th birthday at a soft play (leave gaps for "
        f"the name, date and address as [CHILD], [DATE], [VENUE]). Mention {extra}, and suggest three party "
        "games that don't need much space. No brand logos, we're printing at home."
    )


@tpl("clean_stories", "en_tv_lower", "en", 3, case="lower")
def t_en_tv_lower(d: Draw) -> str:
    return d.v(
        "is cocomelon actually bad for toddlers or is that a tiktok myth? my 2 year old prefers it to hey "
        "duggee and ms rachel and i feel guilty",
        "who sings the in the night garden theme and is derek jacobi really the narrator?? settling a bet with "
        "my husband",
        "which is better for a 3yo, the original winnie the pooh by a a milne or the disney version? want to "
        "start chapter books at bedtime, also thinking paddington and the faraway tree",
    )


@tpl("clean_stories", "de_kinderbuch", "de", 2)
def t_de_kinderbuch(d: Draw) -> str:
    return d.v(
        "Stell mir eine Vorleseliste für die Krippe zusammen: Der Grüffelo, Die kleine Raupe Nimmersatt, "
        "Der kleine Maulwurf (Zdeněk Miler), Oh, wie schön ist Panama von Janosch und Pettersson und Findus von "
        "Sven Nordqvist. Bitte mit Altersangabe und einer Bastelidee pro Buch.",
        "Unsere Vorschulkinder wollen ein Theaterstück zum Räuber Hotzenplotz von Otfried Preußler spielen. "
        "Kannst du eine 10-Minuten-Fassung mit Kasperl, Seppel, Großmutter und Wachtmeister Dimpfelmoser "
        "schreiben?",
    )


@tpl("clean_stories", "fr_albums", "fr", 2)
def t_fr_albums(d: Draw) -> str:
    return d.v(
        "Propose-moi une sélection d'albums pour la section des petits : Petit Ours Brun, T'choupi, Babar de "
        "Jean de Brunhoff, Ernest et Célestine de Gabrielle Vincent et un Claude Ponti. Avec une phrase sur "
        "chacun pour le cahier de liaison.",
        "On prépare la semaine du goût à la crèche autour de « La Chenille qui fait des trous » et de « Roule "
        "galette ». Des idées d'ateliers pour les 18 mois – 3 ans ?",
    )


@tpl("clean_stories", "en_miffy_lower", "en", 2, case="lower")
def t_en_miffy_lower(d: Draw) -> str:
    return d.v(
        "is miffy (nijntje) by dick bruna ok for babies or too simple? also thinking dikkie dik and frog (kikker) "
        "by max velthuijs, we have a few dutch families in the baby room",
        "write a short funny rhyme in the style of annie m.g. schmidt about a toddler who wont nap, for the "
        "parents newsletter. english please",
    )


@tpl("clean_stories", "ja_ehon", "ja", 2)
def t_ja_ehon(d: Draw) -> str:
    return d.v(
        "2歳児クラスの読み聞かせにおすすめの絵本を10冊、表にしてください。「ぐりとぐら」「はらぺこあおむし」"
        "「しろくまちゃんのほっとけーき」、アンパンマンシリーズは入れてください。",
        "保育園のお遊戯会で「おおきなかぶ」の劇をやります。3歳児向けに、トルストイ再話版をもとにした短い台本を"
        "書いてください。",
    )


@tpl("clean_stories", "ko_pororo", "ko", 2)
def t_ko_pororo(d: Draw) -> str:
    return d.v(
        "어린이집 아이들이 좋아하는 뽀로로, 타요, 핑크퐁 아기상어 노래를 활용한 신체 활동 세 가지를 추천해 주세요.",
        "백희나 작가의 「구름빵」과 「알사탕」으로 만 4세반 독후 활동 계획을 짜 주세요.",
    )


@tpl("clean_stories", "pl_bajki", "pl", 2)
def t_pl_bajki(d: Draw) -> str:
    return d.v(
        "Przygotuj listę wierszy na Dzień Przedszkolaka: Julian Tuwim (Lokomotywa, Ptasie radio), Jan Brzechwa "
        "(Na straganie) i coś z Misia Uszatka. Dla każdego jedna zabawa ruchowa.",
        "Czy Bolek i Lolek i Reksio nadają się jeszcze dla trzylatków? Rodzice pytają, co puszczamy w "
        "przedszkolu w deszczowe dni, chcę im odpisać rzeczowo.",
    )


@tpl("clean_stories", "en_caps_reading", "en", 2, case="upper")
def t_en_caps_reading(d: Draw) -> str:
    return d.v(
        "Fix the spelling on this poster: WORLD BOOK DAY THURSDAY – COME DRESSED AS YOUR FAVORITE CARACTER! "
        "MATILDA, THE BFG, THE CAT IN THE HAT, PADDINGTON, THE GRUFFALO OR ZOG. NO NEED TO BUY, HOMEMADE IS BEST.",
        "Is this too much for a nursery newsletter? ROALD DAHL DAY IS 13 SEPTEMBER! WE'LL BE READING GEORGE'S "
        "MARVELLOUS MEDICINE AND MAKING (SAFE!) POTIONS. WHIZZPOPPING STRICTLY ENCOURAGED.",
    )


@tpl("clean_stories", "pt_historinhas", "pt", 2)
def t_pt_historinhas(d: Draw) -> str:
    return d.v(
        "Monta uma roda de leitura para o berçário com a Turma da Mônica de Mauricio de Sousa, 'Menina bonita do "
        "laço de fita' da Ana Maria Machado e as músicas da Galinha Pintadinha. Uma atividade por dia.",
        "Quero apresentar a Ruth Rocha e o Ziraldo ('O Menino Maluquinho') às crianças de 4 anos da creche. "
        "Me ajuda com uma conversa introdutória curta e uma atividade de desenho?",
    )


@tpl("clean_stories", "en_hebrew_books", "en", 2)
def t_en_hebrew_books(d: Draw) -> str:
    return d.v(
        "Our bilingual Hebrew–English playgroup wants classic Israeli picture books. Is 'Five Balloons' by "
        "Miriam Roth still in print in English, and what about Leah Goldberg's 'Room for Rent'? Suggest a few "
        "more by Datya Ben-Dor or Meir Shalev.",
        "Explain who Fania Bergstein and Levin Kipnis were, in two short paragraphs, for a display about Hebrew "
        "nursery rhymes (Hanukkah songs, finger rhymes) at our Jewish kindergarten.",
    )


@tpl("clean_stories", "en_author_quiz", "en", 3)
def t_en_author_quiz(d: Draw) -> str:
    return d.v(
        "Make a 10-question quiz for our parents' fundraising night about children's authors: Beatrix Potter, "
        "Dr. Seuss, Roald Dahl, Enid Blyton, A. A. Milne, Michael Bond, Astrid Lindgren, Tove Jansson, "
        "Judith Kerr, Quentin Blake. Answers at the end.",
        "Was Michael Bond's Paddington really inspired by evacuee children at Reading station? And is it true "
        "the bear was named after Paddington station in London? Short answer for a toddler group leaflet.",
        "Julia Donaldson vs Dr. Seuss for early rhyme awareness: which books build phonological awareness best "
        "for 3-year-olds? Give me five of each and a sentence on why.",
    )


@tpl("clean_stories", "en_spanish_books_lower", "en", 2, case="lower")
def t_en_spanish_books_lower(d: Draw) -> str:
    return d.v(
        "our bilingual spanish-english toddler group wants some cuentos. el monstruo de colores by anna llenas, "
        "adivina cuánto te quiero, pequeño azul y pequeño amarillo by leo lionni, and gloria fuertes poems - "
        "which ones work best read aloud to 2-3 year olds?",
        "how do i turn where the wild things are (maurice sendak) into a shadow puppet show for 20 preschoolers? "
        "theres three of us staff and one overhead projector",
    )


# =============================================================================================
# clean_products: nursery software, apps, toys, gear and suppliers (PII-free)
# =============================================================================================


@tpl("clean_products", "en_software_compare", "en", 3)
def t_en_software_compare(d: Draw) -> str:
    a, b, c = d.v(("Famly", "Tapestry", "Blossom"), ("Brightwheel", "Procare", "Lillio (formerly HiMama)"),
                  ("ParentMail", "Connect Childcare", "iConnect"))
    return (
        f"We're a 60-place nursery group with three sites. Compare {a}, {b} and {c} for: learning journals, "
        "invoicing and funding claims, staff ratios and rotas, parent app, GDPR/data hosting, and price per "
        "child. A table please, then a recommendation. We currently use paper registers and Xero."
    )


@tpl("clean_products", "en_supplier_csv", "en", 3)
def t_en_supplier_csv(d: Draw) -> str:
    rows = d.v(
        "Hope Education,consumables,£1 240\nTTS Group,maths resources,£860\nCommunity Playthings,furniture,"
        "£4 100\nLEGO Education,DUPLO sets,£390",
        "Cosy Direct,outdoor,£2 150\nMelissa & Doug,role play,£310\nGrimm's,rainbow stackers,£145\n"
        "Fisher-Price,baby room,£220",
        "Early Excellence,loose parts,£1 780\nMuddy Puddles,waterproofs,£640\nHape,wooden toys,£275\n"
        "Galt,craft,£190",
    )
    return (
        "Budget CSV for the spring term is a mess (spaces in the amounts). Clean it, total it by category and "
        "tell me which supplier is most of our spend:\n\nsupplier,category,amount\n" + rows
    )


@tpl("clean_products", "en_gear_lower", "en", 3, case="lower")
def t_en_gear_lower(d: Draw) -> str:
    return d.v(
        "bugaboo fox vs joie versatrax vs icandy peach for a nursery run thats mostly gravel paths? "
        "dont want to spend 1k if the joie is fine",
        "tommee tippee or mam bottles for a breastfed baby starting nursery at 10 months? also is the "
        "perfect prep machine worth it",
        "maxi-cosi pearl 360 or cybex sirona for a small car, need isofix, the grandparents will move it "
        "between cars alot",
    )


@tpl("clean_products", "en_us_apps", "en", 2)
def t_en_us_apps(d: Draw) -> str:
    return d.v(
        "Our preschool in Ohio is choosing between Brightwheel, Kaymbu and ClassDojo for parent communication. "
        "Which one handles check-in/check-out with a signature, and which integrates with QuickBooks?",
        "Director question: is Procare still the standard for CCAP billing, or have centers moved to "
        "Playground and Kangarootime? Give me pros/cons for a 90-child center.",
    )


@tpl("clean_products", "de_kita_app", "de", 2)
def t_de_kita_app(d: Draw) -> str:
    return d.v(
        "Wir suchen eine Kita-App für Elternkommunikation. Vergleich bitte Stay Informed, KigaRoo, Leandoo und "
        "Kita-Info-App nach DSGVO, Preis und ob Portfolios möglich sind.",
        "Für die Spielzeugbestellung: Lohnt sich HABA oder Goki mehr für die Krippe, und sind Schleich-Tiere "
        "und Playmobil 1.2.3 für Unter-Dreijährige okay? Budget 800 €.",
    )


@tpl("clean_products", "fr_logiciels", "fr", 2)
def t_fr_logiciels(d: Draw) -> str:
    return d.v(
        "Quel logiciel pour une micro-crèche : Meeko, iNoé ou Kidizz ? On veut le pointage des heures, la "
        "facturation PSU et une appli pour les parents.",
        "Sophie la girafe (Vulli), les jouets Djeco ou Janod : qu'est-ce qui est le plus adapté et solide pour "
        "une section de bébés en crèche collective ?",
    )


@tpl("clean_products", "en_sql_brands", "en", 2)
def t_en_sql_brands(d: Draw) -> str:
    return d.v(
        "Why does this return nothing? I want all orders from brands that start with 'M'.\n\n"
        "SELECT brand, SUM(total) FROM orders\nWHERE brand LIKE 'm%'\nGROUP BY brand;\n"
        "-- brands in the table: Mamas & Papas, Melissa & Doug, Micro Scooters, Maxi-Cosi, Mothercare",
        "Write a query to find the top 3 suppliers by spend last term from table purchases(supplier, amount, "
        "ordered_on). Suppliers include Jojo Maman Bébé, John Lewis, Fisher-Price, Little Tikes and Hape.",
    )


@tpl("clean_products", "da_lego", "da", 2)
def t_da_lego(d: Draw) -> str:
    return d.v(
        "Skriv en kort tekst til forældrene om, hvorfor vi har LEGO DUPLO i vuggestuen. Nævn gerne Ole Kirk "
        "Christiansen og at LEGO startede i Billund.",
        "Vi skal vælge system i børnehaven: Famly, Aula eller Tabulex? Lav en kort sammenligning til "
        "bestyrelsesmødet.",
    )


@tpl("clean_products", "zh_app", "zh", 2)
def t_zh_app(d: Draw) -> str:
    return d.v(
        "幼儿园在比较家园共育软件：智慧树、掌通家园和钉钉家校通，请从功能、价格和隐私保护三个方面做个对比表。",
        "小班孩子适合玩乐高得宝还是费雪的玩具？请给出选购建议和安全注意事项。",
    )


@tpl("clean_products", "en_json_catalogue", "en", 2)
def t_en_json_catalogue(d: Draw) -> str:
    return d.v(
        "Validate this product JSON for our nursery shop page and fix the syntax error:\n\n"
        '[{"sku": "FP-1021", "brand": "Fisher-Price", "name": "Rock-a-Stack"},\n'
        ' {"sku": "MD-4410", "brand": "Melissa & Doug", "name": "Wooden Shape Sorter"},\n'
        ' {"sku": "LG-10915", "brand": "LEGO DUPLO", "name": "Alphabet Truck",}]',
        "Convert this to CSV:\n\n"
        '{"items": [{"brand": "Tonies", "product": "Peppa Pig Tonie", "qty": 2},\n'
        '           {"brand": "Yoto", "product": "Roald Dahl collection", "qty": 1},\n'
        '           {"brand": "Lovevery", "product": "The Thinker Play Kit", "qty": 1}]}',
    )


@tpl("clean_products", "tr_oyuncak", "tr", 2)
def t_tr_oyuncak(d: Draw) -> str:
    return d.v(
        "Anaokulu için Lego Duplo, Fisher-Price ve Chicco oyuncaklarından hangileri 2-3 yaş grubuna uygun? "
        "Kısa bir liste yapar mısın?",
        "Kreş velilerine duyuru yazacağım: veli iletişimi için artık WhatsApp yerine Kinderpedia uygulamasını "
        "kullanacağız. Resmi ama "
        "sıcak bir dil kullan.",
    )


@tpl("clean_products", "en_sitter_apps", "en", 3)
def t_en_sitter_apps(d: Draw) -> str:
    return d.v(
        "Which babysitting apps in the UK actually DBS-check their sitters: Bubble, Koru Kids, Yoopies or "
        "Childcare.co.uk? Asking for families new to a city like Bristol who know nobody yet.",
        "Care.com vs Sittercity vs UrbanSitter for a date-night sitter in Chicago — fees, background checks, "
        "and whether you can pay in the app.",
        "We want an au pair for September. Is Cultural Care or AuPairWorld better for a first-time host family "
        "in Germany, and how do the fees compare with Au Pair in America?",
    )


@tpl("clean_products", "en_spain_apps_lower", "en", 2, case="lower")
def t_en_spain_apps_lower(d: Draw) -> str:
    return d.v(
        "we run a small escuela infantil in valencia. tokapp, dinantia or classdojo? need the daily agenda, "
        "trip permissions and direct debits in one place",
        "for the role play corner, imaginarium or kidkraft play kitchen? and do the famosa nenuco dolls survive "
        "a room full of 2 year olds",
    )


@tpl("clean_products", "id_aplikasi", "id", 2)
def t_id_aplikasi(d: Draw) -> str:
    return d.v(
        "Tolong bandingkan aplikasi untuk daycare: Kinderpedia, Little Lives, dan Google Classroom. Mana yang "
        "paling cocok untuk PAUD kecil di Yogyakarta?",
        "Mainan edukasi apa yang bagus untuk anak 2 tahun di daycare: Lego Duplo, Fisher-Price, atau mainan "
        "kayu lokal dari Jepara? Buat daftar singkat.",
    )


# =============================================================================================
# clean_template: blank forms, merge letters, sample children and parents in many languages
# =============================================================================================


@tpl("clean_template", "en_blank_reg", "en", 3)
def t_en_blank_reg(d: Draw) -> str:
    slot = d.v(("[CHILD FULL NAME]", "[DD/MM/YYYY]", "[PARENT 1 NAME]", "[MOBILE]"),
               ("{{child.first_name}} {{child.last_name}}", "{{child.dob}}", "{{contact1.name}}",
                "{{contact1.mobile}}"),
               ("________________", "__/__/____", "________________", "07___ ______"))
    return (
        "Turn this into a one-page registration form in a nice layout (tick boxes for allergies and "
        "consents). Keep the placeholders exactly as they are.\n\n"
        f"Child's name: {slot[0]}\nDate of birth: {slot[1]}\nHome address: [ADDRESS LINE 1], [TOWN], "
        f"[POSTCODE]\nParent/carer 1: {slot[2]}   Mobile: {slot[3]}\nGP and surgery: [GP NAME]\nAllergies: "
        "☐ none ☐ dairy ☐ egg ☐ nuts ☐ other: ____\nAuthorised collectors (name, relationship, password): "
        "____\nConsents: ☐ photos on Tapestry ☐ sun cream ☐ local outings ☐ plasters"
    )


@tpl("clean_template", "en_sample_json", "en", 2)
def t_en_sample_json(d: Draw) -> str:
    return d.v(
        "Is this a sensible sample payload for our API docs? It's dummy data only.\n\n"
        '{"child": {"first_name": "Jane", "last_name": "Doe", "date_of_birth": "YYYY-MM-DD", '
        '"room": "Caterpillars"},\n "contacts": [{"name": "John Doe", "email": "john.doe@example.com", '
        '"mobile": "+44 0000 000000", "relationship": "parent"}]}',
        "Write a JSON Schema for this example record from our test fixtures (sample people, not real):\n\n"
        '{"id": "child_123", "name": "Joe Bloggs Jr", "guardian": "A. N. Other", "funded_hours": 15, '
        '"allergies": [], "photo_consent": false}',
    )


@tpl("clean_template", "en_merge_letter", "en", 3)
def t_en_merge_letter(d: Draw) -> str:
    kind = d.v("a place offer", "a late collection fee reminder", "a 'your child is moving rooms' letter")
    return (
        f"Write {kind} for our nursery using these merge fields only: {{{{parent_salutation}}}}, "
        "{{child_first_name}}, {{room_name}}, {{start_date}}, {{manager_name}}. Warm but short, British "
        "spelling. Sign off from {{manager_name}}, Nursery Manager. We send it through ParentMail."
    )


@tpl("clean_template", "de_vorlage", "de", 2)
def t_de_vorlage(d: Draw) -> str:
    return d.v(
        "Erstelle eine Vorlage für den Betreuungsvertrag der Kita mit Platzhaltern. Als Beispiel im Kopf: "
        "Kind Max Mustermann, Eltern Erika und Hans Mustermann, Musterstraße 1, 12345 Musterstadt.",
        "Schreib ein Muster für die Abholvollmacht (Kita), ausgefüllt mit Beispieldaten: Kind Lieschen Müller, "
        "abholberechtigt Erika Mustermann, Ausweis-Nr. XXXXXXXXX. Der Rest bleibt als ______.",
    )


@tpl("clean_template", "fr_modele", "fr", 2)
def t_fr_modele(d: Draw) -> str:
    return d.v(
        "Rédige un modèle d'autorisation de sortie pour la crèche, avec un exemple rempli au nom de Jean Dupont "
        "pour l'enfant Léo Dupont (champs : NOM Prénom, date, signature). Le reste en pointillés.",
        "Fais-moi un modèle de contrat d'accueil pour assistante maternelle avec des champs [NOM DE L'ENFANT], "
        "[NOM DU PARENT EMPLOYEUR], [ADRESSE]. Exemple type : Marie Martin, employeuse.",
    )


@tpl("clean_template", "es_plantilla", "es", 2)
def t_es_plantilla(d: Draw) -> str:
    return d.v(
        "Hazme una plantilla de autorización de recogida para la escuela infantil. Ejemplo: el alumno Fulano de "
        "Tal, recoge Mengano, DNI 00000000X. Deja líneas para rellenar a mano.",
        "Necesito un modelo de ficha de alergias con datos de ejemplo (Juan Pérez, 2 años, alergia ficticia a "
        "la proteína de leche) para formar al personal nuevo.",
    )


@tpl("clean_template", "it_modulo", "it", 2)
def t_it_modulo(d: Draw) -> str:
    return d.v(
        "Preparami un modulo di delega al ritiro per il nido, con un esempio compilato: bambino Mario Rossi, "
        "delegata Maria Rossi (nonna), documento n. ________.",
        "Scrivi un fac-simile di lettera di ammissione al nido con i campi [NOME BAMBINO], [DATA INIZIO], "
        "[SEZIONE] e la firma della coordinatrice [NOME COORDINATRICE].",
    )


@tpl("clean_template", "pl_wzor", "pl", 2)
def t_pl_wzor(d: Draw) -> str:
    return d.v(
        "Przygotuj wzór upoważnienia do odbioru dziecka z przedszkola. Przykład wypełnienia: dziecko Jan "
        "Kowalski, upoważniona Anna Nowak, nr dowodu ABC000000.",
        "Napisz szablon zgody na publikację wizerunku dziecka na stronie przedszkola, z polami [IMIĘ I NAZWISKO "
        "DZIECKA] i [PODPIS RODZICA].",
    )


@tpl("clean_template", "cs_vzor", "cs", 2)
def t_cs_vzor(d: Draw) -> str:
    return d.v(
        "Potřebuji vzor přihlášky do mateřské školy s ukázkově vyplněnými údaji: dítě Jan Novák, zákonná "
        "zástupkyně Jana Nováková. Ostatní pole nechte prázdná.",
        "Napiš šablonu omluvenky z MŠ se zástupnými poli [JMÉNO DÍTĚTE], [DATUM] a [PODPIS ZÁKONNÉHO ZÁSTUPCE].",
    )


@tpl("clean_template", "ko_sample", "ko", 2)
def t_ko_sample(d: Draw) -> str:
    return d.v(
        "어린이집 귀가동의서 양식을 만들어 주세요. 예시는 원아 홍길동, "
        "보호자 김철수로 채우고 나머지는 빈칸으로 두세요.",
        "투약의뢰서 서식 예시를 작성해 주세요. 이름은 이영희(가명), "
        "약 이름과 용량은 [약품명], [용량]으로 표시해 주세요.",
    )


@tpl("clean_template", "en_csv_header", "en", 2)
def t_en_csv_header(d: Draw) -> str:
    return d.v(
        "Our register import keeps failing. Here's the header and the sample row from the vendor's guide; what "
        "date format does it expect?\n\nchild_first,child_last,dob,room,contact_name,contact_phone\n"
        "FIRSTNAME,SURNAME,2020-01-31,ROOM,PARENTNAME,07000000000",
        "Demo data for our staff training day. Check the late-fee formula flags anyone out after 18:00:\n\n"
        "first_name,last_name,room,in,out,collected_by\nPeppa,Pig,Rainbow,08:02,18:10,Daddy Pig\n"
        "George,Pig,Caterpillars,08:02,18:10,Daddy Pig\nBluey,Heeler,Rainbow,07:45,17:30,Bandit Heeler\n"
        "Paddington,Brown,Rainbow,09:00,15:00,Mr Brown",
    )


@tpl("clean_template", "en_caps_notice", "en", 3, case="upper")
def t_en_caps_notice(d: Draw) -> str:
    return d.v(
        "Tidy this template notice: DEAR PARENTS/CARERS, [CHILD NAME] HAS HAD AN ACCIDENT TODAY. PLEASE SIGN "
        "THE ACCIDENT FORM AT COLLECTION. THANK YOU, [ROOM LEADER].",
        "Proofread: REMINDER – ALL CHILDREN MUST BE COLLECTED BY 6PM. LATE COLLECTION FEE £10 PER 15 MINUTES. "
        "PLEASE UPDATE YOUR EMERGENCY CONTACTS ON THE APP.",
        "Make this sign friendlier: NO BUGGIES IN THE CORRIDOR. FIRE EXIT. PARENTS WAIT AT THE GREEN GATE "
        "UNTIL 8AM.",
    )


@tpl("clean_template", "en_world_samples", "en", 2)
def t_en_world_samples(d: Draw) -> str:
    return d.v(
        "We're localising our nursery app. What placeholder child and parent names should the demo data use in "
        "each market? I have John Doe (UK), Max Mustermann (DE), Matti Meikäläinen (FI), Ola Nordmann (NO), "
        "Gipsz Jakab (HU) and Juan dela Cruz (PH). Suggest equivalents for Sweden, Japan and China.",
        "Is it OK to use 山田太郎 and 山田花子 as the sample family in the Japanese screenshots, and 张三/李四 "
        "in the Chinese ones, or does that look odd to users? Also Nguyễn Văn A for Vietnam?",
    )


@tpl("clean_template", "en_whatsapp_template", "en", 2)
def t_en_whatsapp_template(d: Draw) -> str:
    return d.v(
        "Draft three template WhatsApp messages for our parent group admins (sickness, snow closure, trip "
        "reminder). Use 'Parent A', 'Parent B' and [CHILD] as the example names.",
        "Turn this into a short puppet-show script for the pre-school room (it's written like a WhatsApp chat):\n\n"
        "[10:02] Peppa Pig: Has anyone seen my muddy puddle?\n"
        "[10:03] Paddington: I left a marmalade sandwich in it, I'm afraid.\n"
        "[10:04] The Gruffalo: Did somebody say sandwich?\n"
        "[10:05] Bluey: Let's play Keepy Uppy instead!",
    )


@tpl("clean_template", "ru_shablon", "ru", 2)
def t_ru_shablon(d: Draw) -> str:
    return d.v(
        "Составь образец заявления о приёме ребёнка в детский сад. Пример заполнения: ребёнок Иванов Иван "
        "Иванович, родитель Иванова Мария Петровна. Остальные поля оставь пустыми.",
        "Нужен шаблон доверенности на забор ребёнка из садика с полями [ФИО ребёнка], [ФИО доверенного лица], "
        "[паспорт: серия, номер].",
    )


# =============================================================================================
# clean_chat: parents' and practitioners' general questions, public figures, places (PII-free)
# =============================================================================================


@tpl("clean_chat", "en_policy", "en", 3)
def t_en_policy(d: Draw) -> str:
    return d.v(
        "Explain the difference between the 15 and 30 hours funded childcare and Tax-Free Childcare in England, "
        "and whether Wales and Scotland do it differently. Our nursery is near Chester so we get families from "
        "both sides of the border.",
        "What happened to Sure Start children's centres after 2010, and what are the new Family Hubs? I'm "
        "writing a local history piece for our parish magazine in Norfolk.",
        "How does Head Start differ from state pre-K in the US? What's free for a 4-year-old in Texas compared "
        "with the funded hours in England?",
    )


@tpl("clean_chat", "en_famous_parenting", "en", 3)
def t_en_famous_parenting(d: Draw) -> str:
    return d.v(
        "Gina Ford's Contented Little Baby routines vs Penelope Leach's baby-led approach — what do they "
        "actually disagree on? My mum swears by Dr Spock.",
        "Is Supernanny's naughty step (Jo Frost) still recommended, or has everyone moved to Dr Becky Kennedy "
        "and 'Good Inside'? Asking for a toddler group talk.",
        "Emily Oster's 'Cribsheet' says daycare is fine for development. What's the evidence she uses, and does "
        "it match the EPPE study from Kathy Sylva and Pam Sammons?",
    )


@tpl("clean_chat", "en_health", "en", 3)
def t_en_health(d: Draw) -> str:
    return d.v(
        "Nursery exclusion periods: hand, foot and mouth, chickenpox, scarlet fever, slapped cheek. Does the "
        "UKHSA guidance actually require children to stay off for all of them? Table please.",
        "What's the difference between Calpol and Calprofen, and can a nursery give either without a GP "
        "prescription? Our policy mentions 'Nurofen for Children' too.",
        "Quick refresher for staff: signs of Kawasaki disease vs scarlet fever, and when to do the glass test "
        "for meningitis. Also when to use an EpiPen vs Jext vs the Heimlich manoeuvre for a choking toddler.",
    )


@tpl("clean_chat", "en_general_lower", "en", 3, case="lower")
def t_en_general_lower(d: Draw) -> str:
    return d.v(
        "how does the vuggestue waiting list work in copenhagen for a 1 year old and is it true its like 3000 "
        "kroner a month?",
        "why is childcare in switzerland so expensive compared to quebec's $10 a day daycare? zurich "
        "kita quotes are insane",
        "is it true finland doesnt start school till 7 and kids just play in päiväkoti? how does helsinki "
        "compare to london for nursery costs",
    )


@tpl("clean_chat", "de_fragen", "de", 2, case="lower")
def t_de_fragen(d: Draw) -> str:
    return d.v(
        "Wie funktioniert der Kita-Gutschein in Hamburg, und ist das in Berlin ähnlich? Und was gilt für "
        "Familien, die aus Köln zuziehen, wenn das Kind 2 ist?",
        "Stimmt es, dass es in Bayern ein Krippengeld gibt und in Rheinland-Pfalz die Kita ab 2 Jahren "
        "beitragsfrei ist? Kurz als Übersicht bitte.",
    )


@tpl("clean_chat", "fr_questions", "fr", 2, case="lower")
def t_fr_questions(d: Draw) -> str:
    return d.v(
        "Quelle différence entre une crèche collective, une micro-crèche PAJE et une MAM ? Et est-ce que ça "
        "marche pareil à Lyon et à Nantes ?",
        "Le complément de libre choix du mode de garde (CMG) de la CAF change en 2025 : qu'est-ce qui change "
        "concrètement pour une famille qui emploie une assistante maternelle, à Bordeaux comme ailleurs ?",
    )


@tpl("clean_chat", "en_public_figures", "en", 3)
def t_en_public_figures(d: Draw) -> str:
    return d.v(
        "Prince George went to Westacre Montessori in Norfolk before school. Was that a real Montessori "
        "setting, and did it change how many UK parents see Montessori?",
        "Which famous people went to Steiner Waldorf schools? I've read Jennifer Aniston and Sandra Bullock "
        "but also seen it denied. Give me only what's well sourced.",
        "Did Fred Rogers (Mister Rogers' Neighborhood) have any formal training in early childhood, and what did "
        "he take from Margaret McFarland and Dr. Benjamin Spock?",
    )


@tpl("clean_chat", "ar_asila", "ar", 2)
def t_ar_asila(d: Draw) -> str:
    return d.v(
        "ما الفرق بين منهج مونتيسوري ومنهج ريجيو إميليا؟ وأيهما أكثر انتشاراً في حضانات دبي للأطفال بعمر سنتين؟",
        "هل تطبيق Brightwheel أو Famly مستخدم في حضانات الرياض وعمّان؟ وما البدائل العربية المتوفرة؟",
    )


@tpl("clean_chat", "hi_sawal", "hi", 2)
def t_hi_sawal(d: Draw) -> str:
    return d.v(
        "ढाई साल के बच्चे के लिए पुणे में मोंटेसरी प्लेस्कूल और सामान्य डेकेयर में क्या फ़र्क है? फ़ीस भी "
        "बताइए।",
        "आंगनवाड़ी में पोषण ट्रैकर ऐप क्या है और ICDS योजना के तहत बच्चों को क्या-क्या मिलता है? संक्षेप में।",
    )


@tpl("clean_chat", "th_kham", "th", 2)
def t_th_kham(d: Draw) -> str:
    return d.v(
        "เด็กอายุ 2 ขวบ ควรเข้าเนอสเซอรี่ที่สอนแบบมอนเตสซอรี่ หรือศูนย์พัฒนาเด็กเล็กของ อบต. ดีคะ "
        "แล้วในเชียงใหม่มีแบบไหนบ้างคะ",
        "ช่วยอธิบายแนวคิดไฮสโคป (HighScope) กับเรกจิโอ เอมิเลีย แบบง่าย ๆ สำหรับประชุมผู้ปกครองหน่อยครับ",
    )


@tpl("clean_chat", "uk_pytannia", "uk", 2, case="lower")
def t_uk_pytannia(d: Draw) -> str:
    return d.v(
        "Як працює черга в садочок у Львові через електронну реєстрацію? І чи правда, що в Києві вона довша?",
        "Що таке методика Монтессорі і чи є державні садочки, які її використовують? Поясни коротко для батьків.",
    )


@tpl("clean_chat", "vi_hoi", "vi", 2, case="lower")
def t_vi_hoi(d: Draw) -> str:
    return d.v(
        "Trẻ 18 tháng nên gửi nhà trẻ theo phương pháp Montessori hay trường mầm non công lập ở Hà Nội? "
        "Học phí chênh lệch khoảng bao nhiêu?",
        "Phương pháp Reggio Emilia khác gì Steiner? Ở Đà Nẵng có trường mầm non nào theo Reggio không?",
    )


@tpl("clean_chat", "en_places_compare", "en", 2)
def t_en_places_compare(d: Draw) -> str:
    return d.v(
        "Compare childcare for a 1-year-old in Stockholm, Amsterdam and Dublin: cost after subsidy, typical "
        "hours, and how long waiting lists are. We're an expat couple deciding where to relocate.",
        "Why do New Zealand kindergartens use Te Whāriki and Australia the EYLF? What's the main difference, "
        "for a nursery teacher moving from Auckland to Melbourne?",
    )


@tpl("clean_chat", "en_spain_chat_lower", "en", 2, case="lower")
def t_en_spain_chat_lower(d: Draw) -> str:
    return d.v(
        "how does the cheque guardería work in madrid compared to free 0-3 nursery in galicia? for an 18 month "
        "old, roughly",
        "are barcelona's escoles bressol really free from p2 now? short answer with the official sources pls",
    )

# =============================================================================================
# build, check, main
# =============================================================================================


def build() -> list[dict]:
    rng = random.Random(SEED)
    use: Counter = Counter()
    rows: list[dict] = []
    for t in TEMPLATES:
        tseen: set = set()
        for i in range(t["n"]):
            d = Draw(rng, use, i, tseen)
            text, spans = unmark(t["fn"](d), t["case"])
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{i}",
                "text": text,
                "spans": spans,
                "source": SOURCE,
                "class": t["cls"],
                "template": t["name"],
                "locale": "",
            })
    return rows


def lang_of(row: dict) -> str:
    return next(t["lang"] for t in TEMPLATES if t["name"] == row["template"])


def check(rows: list[dict]) -> None:
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["start"] >= end, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            end = s["end"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"]
    per_tpl = Counter(r["template"] for r in rows)
    assert len(per_tpl) >= 80 and max(per_tpl.values()) <= 5, per_tpl.most_common(3)
    assert len({t["name"] for t in TEMPLATES}) == len(TEMPLATES)
    assert len(rows) == 324, len(rows)
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(lang_of(r) for r in rows)
    other = len(rows) - langs["en"]
    assert 0.35 <= other / len(rows) <= 0.50, other
    assert len([x for x in langs if x != "en"]) >= 15, langs
    assert 8 <= len({r["class"] for r in rows}) <= 12
    # every ID, IBAN and card literal has a right check digit
    people = [p for fs in FAMILIES.values() for f in fs for p in f.adults + f.kids]
    people += [p for ps in STAFF.values() for p in ps]
    for p in people:
        for k, v in p.ids.items():
            assert valid_id(k, v, p), (p.full, k, v)
    assert all(iban_ok(x) for xs in IBANS.values() for x in xs)
    assert all(luhn_ok(c) for c in CARDS)


def dump(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def report(rows: list[dict], data: bytes) -> None:
    print(f"{OUT.name}: {len(rows)} rows, {len({r['template'] for r in rows})} templates")
    print("classes:")
    for c, n in sorted(Counter(r["class"] for r in rows).items()):
        nt = len({r["template"] for r in rows if r["class"] == c})
        print(f"  {c:26s} {n:4d} rows  {nt:3d} templates")
    print("spans:", dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    langs = Counter(lang_of(r) for r in rows)
    other = len(rows) - langs["en"]
    print(f"languages: {len(langs) - 1} other than English; {other} rows ({other / len(rows):.0%}) not in English")
    print("  " + ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    cases = Counter(next(t["case"] for t in TEMPLATES if t["name"] == r["template"]) or "mixed" for r in rows)
    print("cases:", dict(cases))
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free: {clean} ({clean / len(rows):.0%}); personal: {len(rows) - clean}")
    print("sha256:", hashlib.sha256(data).hexdigest())


def main() -> int:
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv[1:]:
        same = OUT.exists() and OUT.read_bytes() == data
        print(f"{OUT.name}: {'unchanged' if same else 'differs or missing'}")
        return 0 if same else 1
    OUT.write_bytes(data)
    report(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())

