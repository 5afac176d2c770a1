"""agents: a hand-written check set of LLM-agent and AI-assistant traffic inside a company.

Tool-call arguments and results (CRM, helpdesk, calendar, mail, HR, payroll, shipping, SQL tools),
RAG chunks, agent memory, browser-agent extracts, code assistants' context, bot threads, meeting
and voice-agent transcripts, and workflow-automation payloads. Half the rows name private people;
half are PII-free in the same shapes. Every value was typed by hand below (e-mail local parts are
built from the typed names). Standard library only; deterministic.

    python build.py           # writes tune.jsonl next to this file
    python build.py --check   # rebuilds in memory, compares with tune.jsonl, runs check()
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

SEED = 62093
NAME = "agents"
SPLIT = "tune"
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{SPLIT}.jsonl"
SOURCE = f"eval/{NAME}/build.py"
TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "NATIONAL_ID", "DATE_OF_BIRTH", "US_SSN",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)
SLOT = re.compile(r"⁅(.*?)⁆", re.DOTALL)


# ---------------------------------------------------------------- markers


def mk(typ, value):
    assert typ in TYPES, typ
    return f"⟦{typ}|{value}⟧"


def P(v):
    return mk("PERSON", v)


def L(v):
    return mk("LOCATION", v)


def E(v):
    return mk("EMAIL_ADDRESS", v)


def PH(v):
    return mk("PHONE_NUMBER", v)


def IP(v):
    return mk("IP_ADDRESS", v)


def NID(v):
    return mk("NATIONAL_ID", v)


def IBAN(v):
    return mk("IBAN_CODE", v)


def CARD(v):
    return mk("CREDIT_CARD", v)


def SSN(v):
    return mk("US_SSN", v)


def S(template, ns):
    """Fill ⁅expr⁆ slots of a template with the values of expressions over the template's locals."""
    env = dict(HELPERS)
    env.update(ns)
    return SLOT.sub(lambda m: str(eval(m.group(1), env)), template)  # our own templates only


def recase(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Turn ⟦TYPE|value⟧ markers into text and spans; a cased row is cased piece by piece."""
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        plain = recase(marked[pos:m.start()], case)
        out.append(plain)
        n += len(plain)
        val = recase(m.group(2), case)
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(recase(marked[pos:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text and "⁅" not in text, text
    return text, spans


# ---------------------------------------------------------------- folding and dates

FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i", "þ": "th", "œ": "oe", "’": "", "'": "", "ð": "d"}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "ymd":
        return f"{y}{m:02d}{dd:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "ymd/":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "ymd.":
        return f"{y}.{m:02d}.{dd:02d}."
    if style == "us":
        return f"{MONTHS['en'].split()[m - 1]} {dd}, {y}"
    if style == "cjk":
        return f"{y}年{m}月{dd}日"
    if style == "ko":
        return f"{y}년 {m}월 {dd}일"
    if style.startswith("long_"):
        lang = style[5:]
        name = MONTHS[lang].split()[m - 1]
        if lang == "de":
            return f"{dd}. {name} {y}"
        if lang == "es":
            return f"{dd} de {name} de {y}"
        if lang == "pt":
            return f"{dd} de {name} de {y}"
        return f"{dd} {name} {y}"
    raise ValueError(style)


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, pool, sex, given, family, order="gf", sep=" ", latin=None, dob=None, ids=None,
                 patronymic=None):
        self.pool, self.sex, self.G, self.F = pool, sex, given, family
        self.order, self.sep, self.patronymic = order, sep, patronymic
        self.latin = latin or (fold(given), fold(family))
        self.dob_ = date(*dob) if dob else None
        self.ids = ids or {}
        self.key = f"{pool}:{given} {family}"

    # raw strings
    @property
    def FULL(self):
        if self.order == "fg":
            return f"{self.F}{self.sep}{self.G}"
        return f"{self.G}{self.sep}{self.F}"

    @property
    def WEST(self):
        return f"{self.G} {self.F}"

    # marked strings
    @property
    def full(self):
        return P(self.FULL)

    @property
    def west(self):
        return P(self.WEST)

    @property
    def g(self):
        return P(self.G)

    @property
    def f(self):
        return P(self.F)

    @property
    def nom(self):
        """FAMILY Given, as French, Romanian and registry forms write it: one span."""
        return P(f"{self.F.upper()} {self.G}")

    @property
    def official(self):
        """Family Given Patronymic (Russian and Ukrainian official order): one span."""
        return P(f"{self.F} {self.G} {self.patronymic}")

    def dob(self, style):
        return mk("DATE_OF_BIRTH", fmt_date(self.dob_, style))

    def local(self, style, n=""):
        g, f = slug(self.latin[0]), slug(self.latin[1])
        forms = {
            "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}", "g": g, "f": f,
            "gfi": f"{g}{f[0]}", "i.f": f"{g[0]}.{f}", "fi": f"{f}{g[0]}", "g-f": f"{g}-{f}", "gf2": f"{g}{f}",
            "f_g": f"{f}_{g}", "g.fi": f"{g}.{f[0]}", "f.i": f"{f}.{g[0]}",
        }
        return forms[style] + str(n)

    def mail(self, style, domain, n=""):
        """An e-mail built from the name; one a row: a clash with another row's gets a digit."""
        addr = f"{self.local(style, n)}@{domain}"
        extra = 1
        while EMAIL_ROWS.setdefault(addr, CURRENT_ROW[0]) != CURRENT_ROW[0]:
            extra += 1
            addr = f"{self.local(style, str(n) + str(extra))}@{domain}"
        return E(addr)

    def handle(self, style, n=""):
        """A login or handle built from the name: not labelled (see README, Labels)."""
        return self.local(style, n)


PEOPLE = []
EMAIL_ROWS = {}
CURRENT_ROW = [0]


def H(pool, sex, given, family, **kw):
    PEOPLE.append(Person(pool, sex, given, family, **kw))


# ---------------------------------------------------------------- addresses


class Address:
    """Lines in a mini-syntax: {s:street}, {u:unit}, {d:district}, {t:town}, {p:postcode}, {r:region}."""

    ROLE = re.compile(r"\{([sudtpr]):(.*?)\}")

    def __init__(self, cc, *lines):
        self.cc = cc
        self.lines = [self.ROLE.sub(lambda m: L(m.group(2)), ln) for ln in lines]
        self.parts = {}
        for ln in lines:
            for m in self.ROLE.finditer(ln):
                self.parts.setdefault(m.group(1), m.group(2))
        self.key = f"{cc}:{lines[0]}"

    @property
    def block(self):
        return "\n".join(self.lines)

    @property
    def line(self):
        return ", ".join(self.lines)

    def j(self, sep):
        return sep.join(self.lines)

    def raw(self, role):
        return self.parts[role]

    def __getattr__(self, role):
        if role in ("s", "u", "d", "t", "p", "r"):
            return L(self.parts[role])
        raise AttributeError(role)


ADDRESSES = []
PHONES = {}
MOBILE = {"gb": ("07",), "au": ("04",), "ie": ("08",), "nz": ("02",), "za": ("06", "07", "08"),
          "de": ("015", "016", "017"), "at": ("06",), "ch": ("07",), "fr": ("06", "07"), "be": ("04",),
          "nl": ("06",), "es": ("6", "7"), "it": ("3",), "pt": ("9",)}


def A(cc, *lines):
    ADDRESSES.append(Address(cc, *lines))


def PHN(cc, *numbers):
    PHONES.setdefault(cc, []).extend(numbers)


# ---------------------------------------------------------------- drawing


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.person_use = Counter()
        self.addr_used = set()
        self.phone_used = set()
        self.id_used = set()

    def row_ctx(self):
        return Ctx(self)


class Ctx:
    def __init__(self, b):
        self.b = b
        self.here = set()

    def person(self, pool, sex=None, need=None):
        cands = [p for p in PEOPLE if p.pool == pool and p.key not in self.here
                 and (sex is None or p.sex == sex)
                 and (need is None or (need == "dob" and p.dob_ is not None))
                 and not p.ids]
        assert cands, (pool, sex, need)
        low = min(self.b.person_use[p.key] for p in cands)
        cands = [p for p in cands if self.b.person_use[p.key] == low]
        p = cands[self.b.rng.randrange(len(cands))]
        self.b.person_use[p.key] += 1
        self.here.add(p.key)
        return p

    def holder(self, kind):
        """A person holding a not yet used ID of this kind; the template prints it with idv()."""
        cands = [p for p in PEOPLE if kind in p.ids and (p.key, kind) not in self.b.id_used
                 and p.key not in self.here]
        assert cands, kind
        p = cands[self.b.rng.randrange(len(cands))]
        self.b.person_use[p.key] += 1
        self.here.add(p.key)
        return p

    def idv(self, p, kind):
        """The raw ID value, marked as used: every typed ID appears in one row only."""
        assert (p.key, kind) not in self.b.id_used, (p.key, kind)
        self.b.id_used.add((p.key, kind))
        return p.ids[kind]

    def addr(self, cc):
        cands = [a for a in ADDRESSES if a.cc == cc and a.key not in self.b.addr_used]
        assert cands, cc
        a = cands[self.b.rng.randrange(len(cands))]
        self.b.addr_used.add(a.key)
        return a

    def phone(self, cc, m=False):
        """A phone of that country; m=True asks for a mobile where the plan tells them apart."""
        cands = [x for x in PHONES[cc] if (cc, x) not in self.b.phone_used
                 and (not m or cc not in MOBILE or x.lstrip("(").startswith(MOBILE[cc]))]
        assert cands, cc
        x = cands[self.b.rng.randrange(len(cands))]
        self.b.phone_used.add((cc, x))
        return PH(x)


# ---------------------------------------------------------------- templates

TEMPLATES = []


def tpl(cls, name, lang, n=1, case=None):
    """Register a template: `lang` and `case` may be one value or a tuple with one per row."""
    def deco(fn):
        TEMPLATES.append((cls, name, lang, n, case, fn))
        return fn
    return deco


def quote(block, prefix="> "):
    return "\n".join(prefix + ln for ln in block.split("\n"))


def obf(local, domain, at=" at ", dot=" dot "):
    """An e-mail written past filters: `first dot last at corp dot com`."""
    return E(local.replace(".", dot) + at + domain.replace(".", dot))


HELPERS = {"P": P, "quote": quote, "obf": obf, "L": L, "E": E, "PH": PH, "IP": IP, "NID": NID, "IBAN": IBAN, "CARD": CARD, "SSN": SSN,
           "mk": mk}


# ================================================================ values typed by hand
# People. Pools: "en" is a world pool of Latin-script names for English rows; the others are
# named for the language of the rows that use them. Dates of birth are (year, month, day).

# -- world pool (English rows)
H("en", "f", "Adaeze", "Okonkwo", dob=(1988, 2, 14))
H("en", "m", "Oluwaseun", "Adeyemi-Bello")
H("en", "m", "Kwabena", "Owusu-Ansah", dob=(1979, 9, 30))
H("en", "f", "Wanjiru", "Kamau")
H("en", "f", "Thandiwe", "Mthembu", dob=(1995, 12, 1))
H("en", "m", "Tesfaye", "Gebremariam")
H("en", "m", "Faisal", "Al-Khatib", dob=(1983, 4, 19))
H("en", "f", "Yasmin", "El Amrani")
H("en", "m", "Dariush", "Farahani")
H("en", "f", "Meenakshi", "Sundaram", dob=(1991, 6, 7))
H("en", "m", "Arjun", "Bhattacharya")
H("en", "f", "Harpreet", "Kaur Gill", dob=(1986, 10, 23))
H("en", "m", "Imran", "Qureshi")
H("en", "f", "Nimali", "Wickramasinghe")
H("en", "f", "Thu Trang", "Phạm", order="fg", latin=("Trang", "Pham"))
H("en", "m", "Wei Jie", "Lim", order="fg", latin=("Weijie", "Lim"))
H("en", "f", "Nurul Aisyah", "binti Rosli", latin=("Nurul", "Rosli"))
H("en", "f", "Putu Ayu", "Lestari")
H("en", "f", "Maricel", "Dimaculangan", dob=(1992, 3, 9))
H("en", "f", "Aroha", "Te Kani")
H("en", "m", "Sione", "Fifita", dob=(1998, 1, 26))
H("en", "f", "Lupe", "Faleolo")
H("en", "m", "Keoni", "Kahananui")
H("en", "f", "Ximena", "Ocampo Duarte")
H("en", "m", "Joaquín", "Barrionuevo", dob=(1976, 5, 11))
H("en", "f", "Rafaela", "Monteiro de Souza")
H("en", "f", "Ruth", "Mamani Condori")
H("en", "f", "Itziar", "Etxeberria")
H("en", "f", "Siobhán", "Ní Fhlatharta", dob=(1990, 8, 2))
H("en", "m", "Callum", "MacInnes")
H("en", "m", "Hunter", "Brookes")
H("en", "f", "Joy", "Castillo", dob=(2001, 4, 4))
H("en", "m", "Chris", "Martin")
H("en", "m", "Daniel", "Craig", dob=(1968, 3, 2))
H("en", "m", "Sterling", "Marsh")
H("en", "m", "Grant", "Fowler")
H("en", "f", "Agnieszka", "Wrona")
H("en", "m", "Emre", "Yıldırım", dob=(1985, 7, 15))
H("en", "f", "Oksana", "Hnatyuk")
H("en", "m", "Giorgos", "Papadakis")
H("en", "f", "Noa", "Ben-Shushan")
H("en", "m", "Sanjay", "Reddy")
H("en", "f", "Mei-Ling", "Tsai", dob=(1994, 11, 18))
H("en", "m", "Jae-won", "Seo")
H("en", "m", "Kenji", "Matsuda")
H("en", "f", "Anahí", "Coaquira")
H("en", "m", "Lars-Erik", "Sundqvist")
H("en", "f", "Henrike", "van Dalen", dob=(1982, 12, 24))
H("en", "m", "Brendan", "O'Sullivan-Hayes")
H("en", "m", "Mthunzi", "Dlamini")
H("en", "f", "Rose", "Baker", dob=(1957, 6, 30))
H("en", "m", "Rich", "Young")
H("en", "f", "Precious", "Nwachukwu")
H("en", "m", "Marcus", "Lindgren-Achebe")
# world pool: ID and card holders (drawn only through holder())
H("en", "f", "Dawn", "Fletcher", ids={"uk_nino": "JK 48 27 16 C"})
H("en", "m", "Rhodri", "Pritchard", dob=(1979, 11, 22), ids={"uk_nhs": "485 777 3619"})
H("en", "m", "Tyler", "Brannigan", dob=(1990, 8, 17), ids={"us_ssn": "529-41-7083"})
H("en", "m", "DeShawn", "Whitfield", dob=(1987, 2, 11), ids={"us_ssn": "268-04-3391"})
H("en", "m", "Wade", "Kowalski-Hart", ids={"card": "4539 7162 0481 3920"})
H("en", "f", "Shanice", "Okafor-Reid", ids={"card": "5284193706521175"})
H("en", "f", "Bridget", "Lindqvist", ids={"card": "3718-492650-71937"})
H("en", "f", "Hannelie", "du Plessis", dob=(1986, 7, 21), ids={"za_id": "8607214102083"})
H("en", "m", "Owen", "Trevithick", ids={"iban_gb": "GB22 BARC 2094 7163 5281 04"})

# -- German, Austrian, Swiss
H("de", "f", "Svenja", "Ohlendorf", dob=(1989, 1, 17))
H("de", "m", "Torsten", "Brinkmann")
H("de", "m", "Falk", "Richter")
H("de", "f", "Leonie", "Schäfer", dob=(1997, 9, 5))
H("de", "m", "Mehmet", "Aydoğan")
H("de", "f", "Annegret", "Vollmer")
H("de", "m", "Dominik", "Haselböck")
H("de", "f", "Ursula", "Zwahlen", dob=(1961, 2, 27))
H("de", "m", "Kai-Uwe", "Petersen")
H("de", "f", "Friederike", "von Ahlefeldt")
H("de", "m", "Maximilian", "Großkopf", dob=(1993, 12, 8))
H("de", "f", "Jana", "Wüstefeld", dob=(1987, 2, 14), ids={"iban_de": "DE85 6905 0001 0084 2173 95"})

# -- French, Belgian, Québécois, Swiss French
H("fr", "f", "Élodie", "Marchetti", dob=(1990, 4, 3))
H("fr", "f", "Aurélie", "Desrosiers")
H("fr", "m", "Yannick", "Le Goff")
H("fr", "m", "Moussa", "Diallo")
H("fr", "f", "Bérénice", "Chauvin", dob=(1984, 8, 29))
H("fr", "m", "Jean-Baptiste", "Roussel")
H("fr", "f", "Océane", "Martin-Lefort")
H("fr", "m", "Karim", "Benali")
H("fr", "m", "Thibault", "Lacombe", dob=(1982, 10, 7),
  ids={"fr_nir": "1 82 10 33 063 217 78", "iban_fr": "FR76 3000 4013 2800 0274 6193 015"})
H("fr", "f", "Nathalie", "Vandenberghe", dob=(1985, 2, 17),
  ids={"be_nn": "85.02.17-284.35", "iban_be": "BE72 0632 9174 5016"})

# -- Spanish and Latin American
H("es", "f", "Lucía", "Garrido Ferrer", ids={"iban_es": "ES05 2100 3572 1002 0041 8367"})
H("es", "m", "Iñigo", "Arrieta")
H("es", "f", "Guadalupe", "Xolalpa Ramírez")
H("es", "m", "Andrés Felipe", "Cardona", dob=(1994, 5, 20))
H("es", "f", "Martina", "Iturralde")
H("es", "m", "Benjamín", "Sepúlveda")
H("es", "m", "Manuel", "de la Torre Ibarra", dob=(1972, 11, 3))
H("es", "f", "Almudena", "Ruano")
H("es", "f", "Rocío", "Peñalver Soto", dob=(1993, 6, 28), ids={"es_dni": "47291836-H"})
H("es", "m", "Bilal", "Ouhaddou", dob=(1990, 1, 19), ids={"es_nie": "Y-4172390-C"})

# -- Italian
H("it", "f", "Chiara", "Lo Russo")
H("it", "m", "Matteo", "Dal Santo", dob=(1988, 6, 16))
H("it", "f", "Rosalba", "Giuffrè")
H("it", "m", "Federico", "Marini")
H("it", "f", "Ilaria", "Bonfiglio", dob=(1986, 9, 14),
  ids={"it_cf": "BNFLRI86P54H501L", "iban_it": "IT53 P030 6903 2010 0001 0284 756"})
H("it", "m", "Gennaro", "Esposito", dob=(1975, 3, 2), ids={"it_cf": "SPSGNR75C02F839G"})

# -- Portuguese (pt) and Brazilian (br)
H("pt", "f", "Inês", "Magalhães Pinto")
H("pt", "f", "Francisca", "Sá Couto")
H("pt", "m", "Rui", "Carvalhais", ids={"pt_nif": "238 159 469"})
H("br", "m", "Thiago", "Nascimento dos Anjos", ids={"br_cpf": "418.273.965-55"})
H("br", "f", "Luana", "Barbosa Teixeira", ids={"br_cpf": "527.094.183-04"})
H("br", "f", "Jéssica", "Albuquerque Lins", dob=(1996, 10, 12))
H("br", "m", "Wellington", "Caetano")

# -- Dutch and Flemish
H("nl", "f", "Femke", "Zwanenburg", dob=(1991, 7, 25))
H("nl", "m", "Wouter", "Vermeulen")
H("nl", "f", "Noor", "El Ouazzani")
H("nl", "m", "Joris", "van 't Hek")
H("nl", "m", "Bram", "ter Horst", ids={"nl_bsn": "219374582", "iban_nl": "NL45 RABO 0312 8945 70"})

# -- Polish, Czech
H("pl", "m", "Przemysław", "Kołodziej")
H("pl", "f", "Zofia", "Grzelak", dob=(1999, 2, 3))
H("pl", "f", "Jadwiga", "Sroka")
H("pl", "f", "Małgorzata", "Wierzbicka", dob=(1979, 4, 9),
  ids={"pl_pesel": "79040903686", "iban_pl": "PL97 1240 3028 4716 0000 3927 5416"})
H("cs", "m", "Ondřej", "Vávra")
H("cs", "f", "Kateřina", "Šimková", dob=(1991, 10, 5), ids={"cz_rc": "916005/4002"})

# -- Nordic
H("sv", "f", "Linnea", "Håkansson")
H("sv", "m", "Björn", "Eklund")
H("sv", "f", "Ingrid", "Sjöberg", dob=(1988, 3, 12), ids={"se_pnr": "880312-2467"})
H("no", "f", "Sigrid", "Haugland")
H("no", "m", "Eirik", "Sæther", dob=(1992, 6, 15), ids={"no_fnr": "150692 41775"})
H("da", "m", "Rasmus", "Bøgh")
H("da", "f", "Mette", "Kjeldsen", dob=(1981, 8, 7), ids={"dk_cpr": "070881-4628"})
H("fi", "m", "Juho", "Mäkelä")
H("fi", "f", "Aino", "Kettunen", dob=(1995, 3, 23), ids={"fi_hetu": "230395-284X"})

# -- Hungarian (family name first), Romanian, Greek, Turkish
H("hu", "f", "Réka", "Farkas", order="fg")
H("hu", "m", "Levente", "Balogh", order="fg")
H("ro", "m", "Mihai", "Dumitrașcu")
H("ro", "f", "Ioana", "Bălănescu", dob=(1990, 11, 25), ids={"ro_cnp": "2901125123451"})
H("el", "m", "Σπύρος", "Λαμπράκης", latin=("Spyros", "Lamprakis"))
H("el", "f", "Δήμητρα", "Κωνσταντινίδου", dob=(1978, 7, 19), latin=("Dimitra", "Konstantinidou"),
  ids={"gr_amka": "19077803427"})
H("tr", "m", "Burak", "Demirtaş")
H("tr", "f", "Deniz", "Kaya")
H("tr", "f", "Hatice", "Öztürk", dob=(1969, 5, 14))
H("tr", "f", "Elif", "Karaca", ids={"tr_tckn": "38416207584"})

# -- Cyrillic: Russian, Ukrainian (patronymic for the official order)
H("ru", "f", "Анастасия", "Воробьёва", latin=("Anastasia", "Vorobyova"), patronymic="Игоревна")
H("ru", "m", "Дмитрий", "Шестаков", latin=("Dmitry", "Shestakov"), patronymic="Олегович",
  dob=(1984, 1, 29))
H("ru", "f", "Ирина", "Калинина", latin=("Irina", "Kalinina"), patronymic="Сергеевна",
  ids={"ru_snils": "148-273-905 87"})
H("uk", "m", "Тарас", "Бондар", latin=("Taras", "Bondar"), patronymic="Миколайович")
H("uk", "f", "Олена", "Ткачук", latin=("Olena", "Tkachuk"), patronymic="Василівна", dob=(1990, 2, 14),
  ids={"ua_rnokpp": "3291703648"})

# -- Hebrew, Arabic, Hindi, Thai
H("he", "f", "שירה", "גולדשטיין", latin=("Shira", "Goldstein"))
H("he", "m", "יונתן", "אזולאי", latin=("Yonatan", "Azoulay"), ids={"il_id": "034819276"})
H("ar", "f", "ليلى", "الحسيني", latin=("Layla", "Alhusseini"))
H("ar", "m", "عمر", "الزهراني", latin=("Omar", "Alzahrani"))
H("hi", "m", "रोहित", "मिश्रा", latin=("Rohit", "Mishra"))
H("hi", "f", "अंजलि", "चौहान", latin=("Anjali", "Chauhan"))
H("hi", "f", "सुनीता", "यादव", latin=("Sunita", "Yadav"), ids={"in_aadhaar": "7391 5286 4037"})
H("th", "m", "สมศักดิ์", "ทองดี", latin=("Somsak", "Thongdee"))
H("th", "f", "พิมพ์ชนก", "แสงอรุณ", latin=("Pimchanok", "Saengarun"))

# -- Vietnamese, Indonesian, Filipino (family name first for Vietnamese)
H("vi", "m", "Minh Khoa", "Đặng", order="fg", latin=("Khoa", "Dang"))
H("vi", "f", "Thị Hồng Nhung", "Vũ", order="fg", latin=("Nhung", "Vu"))
H("id", "f", "Rina", "Kusumawati")
H("id", "m", "Wayan", "Sudarsana")
H("tl", "m", "Jerome", "Macaraeg")
H("tl", "f", "Rowena", "Bautista-Lim")

# -- Japanese, Chinese, Korean (family name first, no space)
H("ja", "f", "陽菜", "小野寺", order="fg", sep="", latin=("hina", "onodera"))
H("ja", "m", "健太", "長谷川", order="fg", sep="", latin=("kenta", "hasegawa"))
H("ja", "f", "咲良", "森本", order="fg", sep="", latin=("sakura", "morimoto"), dob=(1993, 7, 4))
H("ja", "m", "翔", "藤井", order="fg", sep="", latin=("sho", "fujii"))
H("zh", "m", "志强", "黄", order="fg", sep="", latin=("zhiqiang", "huang"))
H("zh", "f", "雨桐", "周", order="fg", sep="", latin=("yutong", "zhou"))
H("zh", "f", "嘉怡", "陈", order="fg", sep="", latin=("jiayi", "chen"), dob=(1995, 4, 18),
  ids={"cn_rid": "330521199504180241"})
H("ko", "f", "지수", "김", order="fg", sep="", latin=("jisoo", "kim"))
H("ko", "f", "유나", "최", order="fg", sep="", latin=("yuna", "choi"))
H("ko", "m", "민호", "정", order="fg", sep="", latin=("minho", "jung"), dob=(1988, 9, 14),
  ids={"kr_rrn": "880914-1075238"})

# ---------------------------------------------------------------- addresses, in each country's layout
A("gb", "{u:Flat 2}, {s:41 Tanyard Lane}", "{t:Ledbury}", "{p:HR8 2DW}")
A("gb", "{s:19 Croft Street}", "{t:Kirkby Stephen}", "{p:CA17 4QJ}")
A("gb", "{s:11 Freeman Street}", "{t:Wells-next-the-Sea}", "{p:NR23 1BA}")
A("gb", "{s:5 Heol Tegid}", "{t:Bala}", "{p:LL23 7AB}")
A("gb", "{s:22 Well Road}", "{t:Moffat}", "{p:DG10 9AT}")
A("ie", "{s:12 Bridge Street}", "{t:Westport}", "{r:Co. Mayo}", "{p:F28 X2V6}")
A("us", "{s:418 Tombstone Canyon Rd}", "{t:Bisbee}, {r:AZ} {p:85603}")
A("us", "{s:2207 Maple Ridge Dr}, {u:Apt 3B}", "{t:Galena}, {r:IL} {p:61036}")
A("us", "{s:15 Pleasant St}", "{t:Woodstock}, {r:VT} {p:05091}")
A("us", "{s:907 Kit Carson Rd}", "{t:Taos}, {r:NM} {p:87571}")
A("ca", "{s:88 Pelham St}", "{t:Lunenburg} {r:NS}  {p:B0J 2C0}")
A("au", "{u:Unit 4}/{s:27 Raglan Street}", "{t:Daylesford} {r:VIC} {p:3460}")
A("au", "{s:9 Gipps Street}", "{t:Port Fairy} {r:VIC} {p:3284}")
A("nz", "{s:31 Buckingham Street}", "{t:Arrowtown} {p:9302}")
A("za", "{s:17 Huguenot Road}", "{t:Franschhoek}", "{p:7690}")
A("ke", "{s:P.O. Box 1472}", "{t:Nanyuki}", "{p:10400}")
A("de", "{s:Steigstraße 7}", "{p:88709} {t:Meersburg}")
A("de", "{s:Pölle 23}", "{p:06484} {t:Quedlinburg}")
A("de", "{s:Rurstraße 41}", "{p:52156} {t:Monschau}")
A("at", "{s:Seegasse 5}", "{p:5700} {t:Zell am See}")
A("ch", "{s:Hauptgasse 18}", "{p:9050} {t:Appenzell}")
A("fr", "{s:6 rue du Dauphin}", "{p:14600} {t:Honfleur}")
A("fr", "{s:5 rue des Trois Châteaux}", "{p:68420} {t:Eguisheim}")
A("fr", "{s:9 avenue Gambetta}", "{p:30700} {t:Uzès}")
A("be", "{s:Rue du Brutz 14}", "{p:6830} {t:Bouillon}")
A("nl", "{s:Binnenpad 61}", "{p:8355 BT}  {t:Giethoorn}")
A("nl", "{s:Poststraat 12}", "{p:4301 AB}  {t:Zierikzee}")
A("es", "{s:Calle Azagra, 4}, {u:2º B}", "{p:44100} {t:Albarracín} ({r:Teruel})")
A("es", "{s:Carrer de la Font, 9}", "{p:17256} {t:Pals} ({r:Girona})")
A("pt", "{s:Rua Direita, 41}, {u:1.º Dto.}", "{p:2510-060} {t:Óbidos}")
A("pt", "{s:Rua da Liberdade, 17}", "{p:8800-399} {t:Tavira}")
A("br", "{s:Rua Direita, 118}", "{d:Centro}", "{t:Tiradentes} - {r:MG}", "CEP {p:36325-000}")
A("br", "{s:Rua do Rosário, 54}", "{d:Centro}", "{t:Pirenópolis} - {r:GO}", "CEP {p:72980-000}")
A("it", "{s:Via Garibaldi 12}", "{p:06031} {t:Bevagna} ({r:PG})")
A("it", "{s:Via Monte Nero 7}", "{p:70011} {t:Alberobello} ({r:BA})")
A("it", "{s:Via Olina 9}", "{p:28016} {t:Orta San Giulio} ({r:NO})")
A("pl", "{s:ul. Opatowska 8/2}", "{p:27-600} {t:Sandomierz}")
A("pl", "{s:ul. Kopernika 21}", "{p:11-100} {t:Lidzbark Warmiński}")
A("cz", "{s:náměstí Zachariáše z Hradce 41}", "{p:588 56} {t:Telč}")
A("cz", "{s:Husova 12}", "{p:692 01} {t:Mikulov}")
A("se", "{s:Storgatan 9}", "{p:193 30} {t:Sigtuna}")
A("no", "{s:Kjerkgata 14}", "{p:7374} {t:Røros}")
A("dk", "{s:Vestergade 22}, {u:1. th.}", "{p:5970} {t:Ærøskøbing}")
A("fi", "{s:Mannerheimintie 8 A 3}", "{p:21100} {t:Naantali}")
A("hu", "{p:3910} {t:Tokaj}, {s:Rákóczi út 31.}")
A("ro", "{s:Str. Școlii nr. 6}", "{t:Sighișoara} {p:545400}", "jud. {r:Mureș}")
A("gr", "{s:Βασιλέως Κωνσταντίνου 12}", "{p:21100} {t:Ναύπλιο}")
A("tr", "{d:Kale Mah.} {s:Çarşı Cad. No: 8}", "{p:48900} {t:Datça}/{r:Muğla}")
A("tr", "{d:Cumhuriyet Mah.} {s:Hükümet Sok. No: 14} {u:D: 2}", "{p:78600} {t:Safranbolu}/{r:Karabük}")
A("ru", "{s:ул. Кремлёвская, д. 9}, {u:кв. 4}", "г. {t:Суздаль}", "{r:Владимирская обл.}", "{p:601293}")
A("ua", "{s:вул. Свободи, 112}, {u:кв. 6}", "м. {t:Яремче}", "{r:Івано-Франківська обл.}", "{p:78500}")
A("jp", "〒{p:381-0201}", "{r:長野県}{t:上高井郡小布施町}{s:小布施1215-3}")
A("jp", "〒{p:071-0207}", "{r:北海道}{t:上川郡美瑛町}{s:本町2丁目4-11}")
A("kr", "({p:53046}) {r:경상남도} {t:통영시} {s:봉평동 미수해안로 88}")
A("kr", "({p:57339}) {r:전라남도} {t:담양군} {s:담양읍 죽향대로 1140}, {u:101동 803호}")
A("cn", "{r:云南省}{t:大理市}{s:大理镇复兴路212号}", "邮编 {p:671000}")
A("cn", "{r:福建省}{t:南平市武夷山市}{s:崇安街道五九路36号}{u:2单元501室}", "邮编 {p:354300}")
A("cn", "{r:浙江省}{t:湖州市德清县}{s:武康街道英溪北路188号}{u:5幢302室}", "邮编 {p:313200}")
A("in", "{s:No. 14/62, Church Road}, {d:Bedford}", "{t:Coonoor}, {r:Tamil Nadu} {p:643101}")
A("in", "{s:House No. 208, Jogiwara Road}", "{t:McLeod Ganj}, {r:Himachal Pradesh} {p:176219}")
A("th", "{s:45/2 หมู่ 1} ต.{t:เชียงคาน} อ.{d:เชียงคาน} จ.{r:เลย} {p:42110}")
A("vn", "{s:Số 15 Lê Lợi}, phường {d:Phú Hội}", "{t:Huế}, {r:Thừa Thiên Huế}")
A("vn", "{s:Số 27 Nguyễn Thái Học}, phường {d:Minh An}", "{t:Hội An}, {r:Quảng Nam}")
A("id", "{s:Jl. Raya Sanggingan No. 17}", "{d:Kedewatan}, Kec. {t:Ubud}", "Kab. {r:Gianyar}, Bali {p:80571}")
A("ph", "{s:Purok 3}, Brgy. {d:Dagdag}", "{t:Sagada}, {r:Mountain Province} {p:2619}")
A("mx", "{s:Calle Ignacio Zaragoza 14}, Barrio {d:San Miguel}", "C.P. {p:62520} {t:Tepoztlán}, {r:Mor.}")
A("ar", "{s:Belgrano 471}", "{p:Y4624} {t:Tilcara}, {r:Jujuy}")
A("cl", "{s:Pasaje Los Arrayanes 330}", "{t:Pucón}, {r:Región de la Araucanía}")
A("co", "{s:Carrera 9 # 12-45}", "{t:Villa de Leyva}, {r:Boyacá}")
A("il", "{s:רחוב המייסדים 31}", "{t:זכרון יעקב} {p:3095131}")
A("eg", "{s:12 شارع الجمهورية}", "{t:رشيد}، {r:البحيرة}")
A("jo", "{s:شارع الملك طلال 23}", "{t:مادبا} {p:17110}")

A("gb", "{s:14 Sheinton Street}", "{t:Much Wenlock}", "{p:TF13 6HU}")
A("gb", "{u:Flat 1}, {s:9 Silver Street}", "{t:Bradford-on-Avon}", "{p:BA15 1JX}")
A("gb", "{s:27 Castle Street}", "{t:Beaumaris}", "{p:LL58 8AP}")
A("gb", "{s:6 High Street}", "{t:Kirkcudbright}", "{p:DG6 4JZ}")
A("gb", "{s:42 Bondgate Within}", "{t:Alnwick}", "{p:NE66 1JD}")
A("gb", "{s:8 Ticklemore Street}", "{t:Totnes}", "{p:TQ9 5EJ}")
A("gb", "{s:3 Kirkgate}", "{t:Settle}", "{p:BD24 9DZ}")
A("gb", "{s:21 Water Street}", "{t:Lavenham}", "{p:CO10 9RN}")
A("gb", "{u:Flat 5}, {s:Marlow House, 2 Upper High Street}", "{t:Thame}", "{p:OX9 3EX}")
A("gb", "{s:15 Catherine Hill}", "{t:Frome}", "{p:BA11 1BY}")
A("gb", "{s:4 Main Street}", "{t:Portstewart}", "{r:Co. Londonderry}", "{p:BT55 7AB}")
A("gb", "{s:12 Ardconnel Terrace}", "{t:Inverness}", "{p:IV2 3AE}")
A("gb", "{s:7 Quay Hill}", "{t:Lymington}", "{p:SO41 3AR}")
A("ie", "{s:Main Street}", "{t:Lismore}", "{r:Co. Waterford}", "{p:P51 K2E4}")
A("ie", "{s:14 O'Curry Street}", "{t:Kilkee}", "{r:Co. Clare}", "{p:V15 P9R2}")
A("ie", "{s:3 Ashgrove}", "{t:Bantry}", "{r:Co. Cork}", "{p:P75 XK81}")
A("us", "{s:1184 Lakeshore Dr}", "{t:Ludington}, {r:MI} {p:49431}")
A("us", "{s:56 Elm St}, {u:Unit 2}", "{t:Brattleboro}, {r:VT} {p:05301}")
A("us", "{s:742 Ridgeview Ln}", "{t:Decorah}, {r:IA} {p:52101}")
A("us", "{s:21 Front St}", "{t:Marietta}, {r:OH} {p:45750}")
A("us", "{s:409 Calle Ojitos}", "{t:Santa Fe}, {r:NM} {p:87505}")
A("us", "{s:88 Bayview St}, {u:Apt 12}", "{t:Camden}, {r:ME} {p:04843}")
A("us", "{s:1520 Williams Ave}", "{t:Natchitoches}, {r:LA} {p:71457}")
A("us", "{s:617 W Main St}", "{t:Fredericksburg}, {r:TX} {p:78624}")
A("us", "{s:2045 Juniper Way}", "{t:Sisters}, {r:OR} {p:97759}")
A("ca", "{s:412 Baker St}", "{t:Nelson} {r:BC}  {p:V1L 4H9}")
A("ca", "{s:1120 Bow Valley Trail}", "{t:Canmore} {r:AB}  {p:T1W 1N6}")
A("ca", "{s:55 Water St}", "{t:St. Andrews} {r:NB}  {p:E5B 1A6}")
A("au", "{s:14 Market Street}", "{t:Mudgee} {r:NSW} {p:2850}")
A("au", "{u:Unit 3}/{s:118 Bussell Highway}", "{t:Margaret River} {r:WA} {p:6285}")
A("au", "{s:22 Albert Street}", "{t:Berrima} {r:NSW} {p:2577}")
A("au", "{s:41 Gawler Street}", "{t:Mount Barker} {r:SA} {p:5251}")
A("au", "{s:9 Mill Street}", "{t:Yungaburra} {r:QLD} {p:4884}")
A("nz", "{s:14 Kitchener Street}", "{t:Martinborough} {p:5711}")
A("nz", "{s:8 Tasman Street}", "{t:Ōpōtiki} {p:3122}")
A("de", "{s:Am Markt 3}", "{p:17454} {t:Zinnowitz}")
A("de", "{s:Lindenweg 11}", "{p:83707} {t:Bad Wiessee}")
A("de", "{s:Gartenstraße 2a}", "{p:25845} {t:Nordstrand}")
A("at", "{s:Hauptstraße 17}", "{p:3601} {t:Dürnstein}")
A("at", "{s:Dorfplatz 4}", "{p:6863} {t:Egg}")
A("ch", "{s:Rathausplatz 6}", "{p:8260} {t:Stein am Rhein}")
A("ch", "{s:Via Maistra 21}", "{p:7504} {t:Pontresina}")
A("nl", "{s:Kerkstraat 4}", "{p:8713 JH}  {t:Hindeloopen}")
A("br", "{s:Rua Cel. Joaquim Alves, 87}", "{d:Centro}", "{t:São Luiz do Paraitinga} - {r:SP}", "CEP {p:12140-000}")
A("fr", "{s:12 rue des Consuls}", "{p:24200} {t:Sarlat-la-Canéda}")
A("fr", "{s:27 rue Victor Hugo}", "{p:29100} {t:Douarnenez}")
A("fr", "{s:Lieu-dit Les Granges}", "{p:46160} {t:Cajarc}")
A("be", "{s:Kerkstraat 9}", "{p:8340} {t:Damme}")
A("be", "{s:Rue de la Gare 31}", "{p:6890} {t:Redu}")
A("es", "{s:Calle del Río Deva, 12}", "{p:39570} {t:Potes} ({r:Cantabria})")
A("jp", "〒{p:844-0006}", "{r:佐賀県}{t:西松浦郡有田町}{s:大樽1丁目3-12}")
A("kr", "({p:25908}) {r:강원특별자치도} {t:삼척시} {s:근덕면 덕산해변길 21}")
A("cn", "{r:安徽省}{t:黄山市黟县}{s:宏村镇际村路16号}", "邮编 {p:245500}")
A("ru", "{s:ул. Нагорная, д. 14}", "г. {t:Мышкин}", "{r:Ярославская обл.}", "{p:152830}")
A("se", "{s:Fiskargränd 3}", "{p:647 30} {t:Mariefred}")
A("pt", "{s:Rua de Santa Maria, 5}", "{p:7330-101} {t:Marvão}")

# ---------------------------------------------------------------- phones, national format, no country code
PHN("gb", "07842 551903", "01531 634 270", "07963 118 452", "017683 71905", "01328 710446", "07519 224083",
    "(01683) 220917", "07402 386 115", "0161 873 2718",
    "07723 419865", "07958 302117", "01952 727 304", "07481 926330", "020 8674 3391", "01225 868 412",
    "01248 810 557", "01557 331 208", "01665 602 994", "01803 862 731", "01729 822 406", "01787 247 118",
    "01844 213 560", "01373 455 092", "028 7083 3214", "07375 610 248", "07856 043 771", "07590 183 624",
    "07931 557 409", "0117 924 6618", "07412 995 036", "01463 712 845", "01590 672 183",
    "07384 552 190", "07817 640 233", "07709 318 546", "07528 904 117", "07443 286 019", "07962 771 348",
    "07588 130 962", "07896 425 071")
PHN("ie", "087 214 6093", "(098) 27415", "085 731 2284", "(058) 54128", "086 319 4470", "(065) 905 6231",
    "083 447 2916")
PHN("us", "(520) 432-7781", "815-777-2034", "(802) 457-3319", "575.758.1246", "(347) 829-1150", "646-203-9917",
    "(312) 648-0275", "(617) 384-2209", "(231) 845-3390", "802-254-7718", "(563) 382-6604", "740.373.2295",
    "(505) 983-4471", "207-236-8852", "(318) 352-6120", "(830) 997-4413", "541-549-2276", "(520) 387-5108",
    "(929) 407-3382", "(415) 860-2274", "(512) 739-0846", "(206) 451-9937", "(773) 508-1642", "(919) 246-7315",
    "(651) 287-4490")
PHN("ca", "(902) 634-2281", "604-318-4472")
PHN("au", "0412 873 106", "(03) 5348 2217", "0438 915 620", "(02) 6372 1149", "0422 617 380", "(08) 9757 2213",
    "0457 209 814", "(07) 4095 3362", "0403 118 925")
PHN("nz", "021 448 903", "(03) 442 1876", "027 309 5184", "(06) 306 9127")
PHN("za", "072 418 9035", "021 876 2214", "083 391 5527", "082 614 3307", "071 530 2284", "084 219 6650")
PHN("ke", "0722 418 390", "0733 902 146")
PHN("ng", "0803 418 2297", "0812 774 3015")
PHN("de", "0151 28473916", "07532 4418", "0171 / 632 84 09", "03946 712530", "02472 80914", "0176-41928375")
PHN("at", "0664 381 27 45", "06542 72318", "0699 1742 0381")
PHN("ch", "079 413 26 58", "071 787 14 03")
PHN("fr", "06 47 21 93 58", "02 31 89 44 17", "03 89 41 27 60", "04 66 22 19 84", "07 81 36 52 09",
    "06.12.84.37.95")
PHN("be", "0474 21 38 96", "061 46 72 18", "0485 62 19 04")
PHN("nl", "06-41729385", "0527 241 736", "06 2918 4470", "(0111) 41 28 95")
PHN("es", "612 48 39 07", "978 71 02 64", "689 214 537", "972 63 81 45", "655 30 17 92")
PHN("pt", "912 384 706", "262 959 318", "281 320 457", "963 511 082")
PHN("br", "(32) 99817-4620", "(62) 98134-2275", "(11) 97462-3318", "(21) 3391-4502")
PHN("it", "347 218 9063", "0742 360 174", "080 432 1187", "339 5821 446", "320 741 2385")
PHN("pl", "604 218 937", "15 832 41 76", "512 370 894", "89 767 21 05")
PHN("cz", "604 281 937", "777 412 580", "519 510 224")
PHN("se", "070-284 19 37", "08-592 518 40", "073-618 22 05")
PHN("no", "412 87 390", "72 41 06 58")
PHN("dk", "28 91 47 36", "62 52 13 09")
PHN("fi", "040 718 2394", "050 362 8127")
PHN("hu", "06 30 418 2759", "(47) 352 184")
PHN("ro", "0742 318 905", "0265 771 342")
PHN("gr", "697 214 8830", "27520 28417")
PHN("tr", "0532 418 27 96", "0(370) 712 45 38", "0544 903 18 27")
PHN("ru", "8 (915) 284-37-19", "8 (49231) 2-18-45", "8 916 704 22 81")
PHN("ua", "067 482 19 35", "(03434) 2-21-57")
PHN("jp", "090-4821-7365", "026-247-3192", "0166-92-4418", "080-3317-9024")
PHN("kr", "010-4827-3165", "061-381-4270", "010-9152-6083", "033-572-1184")
PHN("cn", "138 0572 4419", "0572-8423316", "159 6841 2207", "186 2109 4453")
PHN("in", "98430 27154", "0423 223 1746", "94180 63327")
PHN("th", "081-472-5390", "089 318 2247")
PHN("vn", "0905 418 327", "0235 3861 442")
PHN("id", "0812-3847-2619", "0361 974218")
PHN("ph", "0917 482 3315", "0928 116 4470")
PHN("mx", "777 395 1824", "55 4127 9830")
PHN("ar", "0388 15-482-7719")
PHN("cl", "9 8127 4405")
PHN("co", "310 482 7719")
PHN("il", "052-418-3907", "04-639-2281")
PHN("jo", "079 418 2365")
PHN("sa", "050 418 2293")
PHN("eg", "010 2481 3397")


# ================================================================ personal rows
# ---------------------------------------------------------------- personal_tool_calls

C = "personal_tool_calls"


@tpl(C, "crm_update_contact", "en", 3)
def _(c, k):
    cc = ["gb", "au", "ie"][k]
    dom = ["tidewell.co.uk", "harbourline.com.au", "corrib-energy.ie"][k]
    cid = ["7QmZ2xKp", "Lw81dRfa", "0bNcT5sY"][k]
    a, o = c.person("en"), c.person("en")
    ph = c.phone(cc, m=True)
    return S(r'''The agent keeps failing on this step. Tool call and result from the trace:

{"role":"assistant","tool_calls":[{"id":"call_⁅cid⁆","type":"function","function":{"name":"crm_update_contact","arguments":"{\"contact_id\":\"003Hs00002kLx⁅k⁆Q\",\"first_name\":\"⁅a.g⁆\",\"last_name\":\"⁅a.f⁆\",\"email\":\"⁅a.mail('g.f', dom)⁆\",\"mobile\":\"⁅ph⁆\"}"}}]}
{"role":"tool","tool_call_id":"call_⁅cid⁆","content":"{\"error\":\"DUPLICATE_VALUE\",\"message\":\"Contact with this email already exists (owner: ⁅o.full⁆)\"}"}

Should it merge the records instead of updating?''', locals())


@tpl(C, "helpdesk_get_ticket", "en", 3)
def _(c, k):
    cc = ["gb", "us", "nz"][k]
    a = c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    mail = a.mail(["gf", "g_f", "gfi"][k], ["gmail.com", "yahoo.com", "xtra.co.nz"][k], ["", 88, 7][k])
    nl = "\\n".join(ad.lines)
    return S(r'''MCP result from zendesk.get_ticket, draft a short reply for me:

{"jsonrpc":"2.0","id":⁅14 + k⁆,"result":{"content":[{"type":"text","text":"Ticket #4821⁅k⁆ (open)\nRequester: ⁅a.full⁆ <⁅mail⁆>\nSubject: wrong delivery address\n\nHi, the parcel went to my old adress. Please send it to:\n⁅nl⁆\nThanks, ⁅a.g⁆\n⁅ph⁆"}],"isError":false}}''', locals())


@tpl(C, "calendar_create_event", "en", 2)
def _(c, k):
    cc = ["gb", "us"][k]
    a, t = c.person("en"), c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc, m=True)
    return S('''tools/call → calendar.create_event
{
  "summary": "⁅['Boiler service', 'Water heater install'][k]⁆ – ⁅a.full⁆",
  "start": "2025-03-1⁅k + 7⁆T09:30:00", "end": "2025-03-1⁅k + 7⁆T11:00:00",
  "location": "⁅ad.line⁆",
  "attendees": [{"email": "⁅a.mail('g.f', 'outlook.com')⁆"}, {"email": "⁅t.mail('gf', 'warmfield-services.com')⁆"}],
  "description": "Customer mobile ⁅ph⁆. Side gate, dog in the garden. Ask for ⁅a.g⁆."
}
Result: 403 insufficientPermissions. Which OAuth scope does the agent need for this?''', locals())


@tpl(C, "send_email_args", "en", 2)
def _(c, k):
    a, b = c.person("en"), c.person("en")
    cc = ["za", "ca"][k]
    bph = c.phone(cc)
    dom = ["capewinelands-tours.co.za", "fundybay.ca"][k]
    return S('''Before I approve this send, check the tone please:

send_email(
    to="⁅a.mail('g.f', 'icloud.com')⁆",
    cc=["⁅b.mail('gf', dom)⁆"],
    subject="Your refund for order 55-19⁅k⁆2",
    body="""Dear ⁅a.g⁆,

Sorry again about the mix-up with you're booking. The refund went out today and should reach you in 3-5 days.

Kind regards,
⁅b.full⁆
Customer Care | ⁅bph⁆""",
)''', locals())


@tpl(C, "hr_get_employee_de", "de", 2)
def _(c, k):
    if k == 0:
        a = c.holder("iban_de")
        ad = c.addr("de")
        ib = IBAN(c.idv(a, "iban_de"))
        ph = c.phone("de", m=True)
        return S('''Der Agent hat beim Aufruf von hr.get_employee das hier zurückbekommen. Welche Pflichtfelder fehlen für die Lohnabrechnung?

{
  "personalnummer": "P-20417",
  "vorname": "⁅a.g⁆",
  "nachname": "⁅a.f⁆",
  "geburtsdatum": "⁅a.dob('dmy.')⁆",
  "anschrift": {"strasse": "⁅ad.s⁆", "plz": "⁅ad.p⁆", "ort": "⁅ad.t⁆"},
  "telefon_privat": "⁅ph⁆",
  "iban": "⁅ib⁆",
  "steuerklasse": null,
  "konfession": null
}''', locals())
    a, v = c.person("de", need="dob"), c.person("de")
    ad = c.addr("at")
    ph = c.phone("at", m=True)
    return S('''Antwort von hr.get_employee (Niederlassung Salzburg). Bitte nur die Felder nennen, die für die Anmeldung bei der ÖGK noch fehlen:

personalnummer: AT-0391
name: ⁅a.full⁆
geburtsdatum: ⁅a.dob('dmy.')⁆
wohnadresse: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
mobil: ⁅ph⁆
vorgesetzte_r: ⁅v.full⁆
sv_nummer: null''', locals())


@tpl(C, "payroll_nl", "nl", 1)
def _(c, k):
    a = c.holder("nl_bsn")
    b = c.person("nl")
    ad = c.addr("nl")
    ph = c.phone("nl")
    bsn, ib = NID(c.idv(a, "nl_bsn")), IBAN(c.idv(a, "iban_nl"))
    return S('''Kun je nagaan waarom de loonrun voor deze medewerker faalt? Output van de tool `salaris.medewerker_ophalen`:

medewerker:
  naam: ⁅a.full⁆
  bsn: "⁅bsn⁆"
  iban: ⁅ib⁆
  adres: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
  telefoon: ⁅ph⁆
  contract: 32 uur, ingangsdatum 2024-09-01
  leidinggevende: ⁅b.full⁆
fout: "loonheffingskorting ontbreekt"''', locals())


@tpl(C, "shipping_label_br", "pt", 2)
def _(c, k):
    a = c.holder("br_cpf")
    b = c.person("br")
    ad = c.addr("br")
    ph = c.phone("br")
    cpf = NID(c.idv(a, "br_cpf"))
    return S('''O agente chamou a ferramenta `correios.criar_etiqueta` com estes argumentos e recebeu erro 422. O que está errado?

{"destinatario": {"nome": "⁅a.full⁆", "cpf": "⁅cpf⁆", "telefone": "⁅ph⁆",
  "endereco": {"logradouro": "⁅ad.s⁆", "bairro": "⁅ad.d⁆", "cidade": "⁅ad.t⁆", "uf": "⁅ad.r⁆", "cep": "⁅ad.p⁆"}},
 "remetente": "⁅b.full⁆", "servico": "⁅['SEDEX', 'PAC'][k]⁆", "peso_g": ⁅[850, 2300][k]⁆}''', locals())


@tpl(C, "sql_tool_result", "en", 2)
def _(c, k):
    a = c.person("en")
    cc = ["gb", "us"][k]
    ph1, ph2 = c.phone(cc), c.phone(cc)
    m1 = a.mail("g.f", ["btinternet.com", "aol.com"][k])
    m2 = a.mail("fi", ["hotmail.co.uk", "gmail.com"][k], [71, 2][k])
    low = P(a.F.lower())
    return S('''The run_sql tool returned two rows for what should be one customer. How do I merge them safely?

> run_sql("SELECT id, first_name, last_name, email, phone FROM customers WHERE lower(last_name) = '⁅low⁆';")
  id  | first_name | last_name | email | phone
------+------------+-----------+-------+-------
 88⁅k⁆2 | ⁅a.g⁆ | ⁅a.f⁆ | ⁅m1⁆ | ⁅ph1⁆
 90⁅k⁆4 | ⁅a.g⁆ | ⁅a.f⁆ | ⁅m2⁆ | ⁅ph2⁆
(2 rows)''', locals())


@tpl(C, "payroll_w4_args", "en", 1)
def _(c, k):
    a = c.holder("us_ssn")
    ad = c.addr("us")
    ssn = SSN(c.idv(a, "us_ssn"))
    return S('''Our payroll agent produced this tool call for a W-4 change. Anything missing before it goes to the payroll provider?

{"name": "payroll.update_employee_tax", "arguments": {
  "employee": "⁅a.full⁆",
  "ssn": "⁅ssn⁆",
  "date_of_birth": "⁅a.dob('iso')⁆",
  "home_address": {"line1": "⁅ad.s⁆", "city": "⁅ad.t⁆", "state": "⁅ad.r⁆", "zip": "⁅ad.p⁆"},
  "filing_status": "single", "extra_withholding": 40}}''', locals())


@tpl(C, "crm_search_fr", "fr", 2)
def _(c, k):
    a, o = c.person("fr"), c.person("fr")
    cc = ["fr", "be"][k]
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''Voici le résultat de l'outil `crm.rechercher_contact` pour « ⁅a.f⁆ ». Rédige un résumé en trois lignes pour le commercial.

NOM Prénom : ⁅a.nom⁆
Mobile : ⁅ph⁆
Courriel : ⁅a.mail(['g.f', 'gf'][k], ['orange.fr', 'skynet.be'][k])⁆
Adresse : ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
Dernière interaction : appel du 12/02, devis cuisine envoyé par ⁅o.full⁆''', locals())


@tpl(C, "helpdesk_es", "es", 2)
def _(c, k):
    if k == 0:
        a = c.holder("es_dni")
        ad = c.addr("es")
        ph = c.phone("es")
        dni = NID(c.idv(a, "es_dni"))
        return S('''Resultado de freshdesk.get_ticket (id 77104). La clienta ha pegado su DNI en el ticket; ¿cómo lo anonimizo antes de pasárselo al agente?

Asunto: Cambio de titular
De: ⁅a.full⁆ <⁅a.mail('gf', 'hotmail.es')⁆>
Mensaje: Hola, soy ⁅a.g⁆. Mi DNI es ⁅dni⁆ y el teléfono nuevo es el ⁅ph⁆. La dirección sigue siendo ⁅ad.line⁆.''', locals())
    a = c.person("es", sex="f")
    ad = c.addr("ar")
    ph = c.phone("ar")
    return S('''Respuesta de la herramienta helpdesk.buscar_cliente. Armá un resumen corto para el agente humano:

cliente: ⁅a.full⁆
domicilio: ⁅ad.line⁆
celular: ⁅ph⁆
notas: "⁅P(a.G.lower())⁆ pidió que no la llamen antes de las 10, prefiere WhatsApp"''', locals())


@tpl(C, "calendar_ja", "ja", 1)
def _(c, k):
    a, b, v = c.person("ja"), c.person("ja"), c.person("ja")
    ad = c.addr("jp")
    ph = c.phone("jp")
    return S('''カレンダーツール（calendar.list_events）の結果です。明日の予定を箇条書きにしてください。

[{"title":"採用面接（二次）","start":"10:00","attendees":["⁅a.full⁆","⁅b.full⁆"],"note":"候補者連絡先 ⁅ph⁆"},
 {"title":"⁅v.f⁆様 ご自宅訪問","start":"15:00","location":"〒⁅ad.p⁆ ⁅ad.r⁆⁅ad.t⁆⁅ad.s⁆"}]''', locals())


@tpl(C, "shipping_ko", "ko", 1)
def _(c, k):
    a = c.person("ko")
    ad = c.addr("kr")
    ph = c.phone("kr")
    return S('''배송 도구(shipping.create_order) 호출 인자입니다. 주소 형식이 맞는지 확인해 주세요.

{"수령인": "⁅a.full⁆", "연락처": "⁅ph⁆", "주소": "⁅ad.r⁆ ⁅ad.t⁆ ⁅ad.s⁆", "우편번호": "⁅ad.p⁆", "배송메모": "부재 시 경비실에 맡겨 주세요"}''', locals())


@tpl(C, "hr_create_it", "it", 1)
def _(c, k):
    a = c.holder("iban_it")
    b = c.person("it")
    ad = c.addr("it")
    cf, ib = NID(c.idv(a, "it_cf")), IBAN(c.idv(a, "iban_it"))
    return S('''L'agente HR ha generato questa chiamata. Controlla che il codice fiscale sia coerente con i dati anagrafici.

crea_dipendente(
    nome="⁅a.g⁆", cognome="⁅a.f⁆",
    data_nascita="⁅a.dob('dmy/')⁆", comune_nascita="⁅L('Roma')⁆",
    codice_fiscale="⁅cf⁆",
    iban="⁅ib⁆",
    indirizzo="⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆ (⁅ad.r⁆)",
    responsabile="⁅b.full⁆",
)''', locals())


@tpl(C, "payroll_pl", "pl", 1)
def _(c, k):
    a = c.holder("pl_pesel")
    ad = c.addr("pl")
    pesel, ib = NID(c.idv(a, "pl_pesel")), IBAN(c.idv(a, "iban_pl"))
    return S('''Narzędzie kadry.pobierz_pracownika zwróciło poniższe dane. Przygotuj z tego polecenie przelewu wynagrodzenia (bez zmiany kwoty).

Pracownik: ⁅a.full⁆
PESEL: ⁅pesel⁆
Adres: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
Rachunek: ⁅ib⁆
Wynagrodzenie netto: 6 240,18 zł''', locals())


@tpl(C, "customs_tr", "tr", 1)
def _(c, k):
    a = c.holder("tr_tckn")
    b = c.person("tr", sex="m")
    ad = c.addr("tr")
    ph = c.phone("tr")
    tc = NID(c.idv(a, "tr_tckn"))
    return S('''Gümrük beyanı için ajanın çağırdığı araç: customs.declare. Eksik alan var mı?

{"alici_ad_soyad": "⁅a.full⁆", "tckn": "⁅tc⁆", "telefon": "⁅ph⁆", "adres": "⁅ad.line⁆", "icerik": "2 adet kulaklık", "deger_eur": 180, "gonderen": "⁅b.full⁆"}''', locals())


@tpl(C, "payment_charge", "en", 1)
def _(c, k):
    a = c.holder("card")
    pan = CARD(c.idv(a, "card"))
    return S('''Security review: our voice agent passed this to the payments tool verbatim. What should the guardrail have blocked?

payments.charge({"cardholder": "⁅a.full⁆", "pan": "⁅pan⁆", "exp": "09/27", "cvc": "***", "billing_zip": "⁅L('97031')⁆", "amount": 129.00})''', locals())


@tpl(C, "lowercase_tool_args", "en", 2, case="lower")
def _(c, k):
    if k == 0:
        a = c.holder("za_id")
        ad = c.addr("za")
        ph = c.phone("za")
        zid = NID(c.idv(a, "za_id"))
        return S('''why does the tool reject this? the model wrote the args itself:
update_contact(name='⁅a.full⁆', id_number='⁅zid⁆', phone='⁅ph⁆', city='⁅ad.t⁆')
response: {"ok": false, "error": "phone must be e.164"}''', locals())
    a = c.person("en")
    ad = c.addr("ie")
    ph = c.phone("ie")
    return S('''the agent logged this lead, is the notes field too long for hubspot?
crm.create_lead(full_name="⁅a.full⁆", email="⁅a.mail('g.f', 'eircom.net')⁆", notes="lives in ⁅ad.t⁆, ⁅ad.r⁆, wants a callback on ⁅ph⁆ about the heat pump grant")''', locals())


@tpl(C, "hr_create_employee_gb", "en", 1)
def _(c, k):
    a = c.holder("uk_nino")
    b = c.person("en")
    ad = c.addr("gb")
    ph = c.phone("gb", m=True)
    ni = NID(c.idv(a, "uk_nino"))
    blk = quote(ad.block, "    ")
    return S('''The onboarding agent called hr.create_employee with these arguments. Check them against the new-starter form before I approve:

hr.create_employee:
  legal_name: ⁅a.full⁆
  preferred_name: ⁅a.g⁆
  ni_number: ⁅ni⁆
  start_date: 2025-04-01
  home_address: |
⁅blk⁆
  personal_mobile: "⁅ph⁆"
  line_manager: ⁅b.full⁆''', locals())


@tpl(C, "mpesa_payout_ke", "en", 1)
def _(c, k):
    a = c.person("en")
    ad = c.addr("ke")
    ph = c.phone("ke")
    return S('''The payouts agent wants to call mpesa.b2c_payment with this. Does the phone need the 254 prefix, and should the address even be there?

{"recipient_name": "⁅a.full⁆", "phone": "⁅ph⁆", "amount_kes": 4500, "remarks": "refund order 1187", "postal_address": "⁅ad.line⁆"}''', locals())


@tpl(C, "kyc_aadhaar_hi", "hi", 1)
def _(c, k):
    a = c.holder("in_aadhaar")
    b = c.person("hi")
    ad = c.addr("in")
    ph = c.phone("in")
    aad = NID(c.idv(a, "in_aadhaar"))
    return S('''KYC टूल (kyc.verify_aadhaar) का यह जवाब आया है। ग्राहक के लिए हिंदी में छोटा संदेश लिखिए कि पता मेल नहीं खाता।

{"name": "⁅a.full⁆", "aadhaar": "⁅aad⁆", "mobile": "⁅ph⁆", "address_on_record": "⁅ad.line⁆", "match": false, "checked_by": "⁅b.full⁆"}''', locals())


@tpl(C, "shipping_get_shipment", "en", 2)
def _(c, k):
    cc = ["gb", "au"][k]
    a, b = c.person("en"), c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''Tool result (shipping.get_shipment). The customer says it never arrived:

Shipment ⁅['1Z 8F4 12R 03 4471 209 8', 'AP 3318 0527 9941'][k]⁆
Ship to:
⁅a.full⁆
⁅ad.block⁆
Phone: ⁅ph⁆
Status: DELIVERED, left with neighbour (⁅b.g⁆, no. 14)''', locals())


# ---------------------------------------------------------------- personal_retrieval

C = "personal_retrieval"


@tpl(C, "rag_hr_case", "en", 2, case=(None, "lower"))
def _(c, k):
    cc = ["gb", "ca", "nz"][k]
    a, b, m = c.person("en", sex="f"), c.person("en"), c.person("en")
    ad = c.addr(cc)
    return S('''Answer the user's question using only the retrieved context.

[1] hr-handbook/leave.md: Carer's leave is up to 5 paid days a year; more needs the HR business partner's approval.
[2] cases/2024/ER-019⁅k⁆.txt: ⁅a.full⁆ (warehouse, nights) raised a grievance about the new rota. Meeting held with ⁅b.full⁆ (HR BP) and her manager ⁅m.full⁆ on 14 Nov. ⁅a.g⁆ asked for fixed early shifts so she can look after her mother in ⁅ad.t⁆.
[3] cases/2024/ER-019⁅k⁆.txt (cont.): Agreed a 3-month trial. Review due 14 Feb.

Question: what did we agree with ⁅a.g⁆ last time, and is the review overdue?''', locals())


@tpl(C, "agent_memory", "en", 3, case=(None, None, "lower"))
def _(c, k):
    cc = ["gb", "us", "au"][k]
    a, b, w = c.person("en"), c.person("en"), c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc, m=True)
    pc = ["home postcode", "home zip", "home postcode"][k]
    return S('''Here is the assistant's long-term memory for this user. Remove anything that shouldn't be stored and keep the rest:

- user's name is ⁅a.g⁆; dispatcher at the ⁅['north', 'river', 'airport'][k]⁆ depot
- manager: ⁅b.full⁆, prefers Teams over e-mail
- partner is called ⁅w.g⁆; anniversary in June
- ⁅pc⁆ ⁅ad.p⁆ (used for commute estimates)
- personal mobile ⁅ph⁆, only for urgent things
- likes Python, hates Excel macros, answers in bullet points''', locals())


@tpl(C, "browser_directory", "en", 3)
def _(c, k):
    cc = ["gb", "us", "ie"][k]
    dom = ["tidewell.co.uk", "prairieline.com", "corrib-energy.ie"][k]
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    ph1, ph2 = c.phone(cc, m=True), c.phone(cc, m=True)
    return S('''The browser agent scraped this from the intranet staff directory. Turn it into a CSV with name, role, extension:

People › Finance
⁅a.full⁆
Accounts Payable Lead · ext 44⁅k⁆7 · ⁅a.mail('g.f', dom)⁆
Mobile ⁅ph1⁆
⁅b.full⁆
Payroll Analyst · ext 44⁅k⁆0 · ⁅b.mail('gf', dom)⁆
Mobile ⁅ph2⁆
⁅d.full⁆
Finance Director · ext 4399 · via PA''', locals())


@tpl(C, "rag_tickets_lower", "en", 2, case="lower")
def _(c, k):
    cc = ["gb", "us"][k]
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''context from past tickets (our ingest lowercases everything, sorry):
- ticket 55⁅k⁆2: customer ⁅a.full⁆ says the courier left the parcel at ⁅ad.s⁆, wrong house. callback on ⁅ph⁆.
- ticket 55⁅k⁆9: ⁅b.full⁆ asked us to close the account, see note from ⁅d.g⁆.
- ticket 56⁅k⁆0: ⁅a.g⁆ again, still no parcel recieved, very upset.
question: has ⁅a.g⁆ ⁅a.f⁆ complained before this month?''', locals())


@tpl(C, "memory_de", "de", 2)
def _(c, k):
    a = c.person("de", need="dob")
    b = c.person("de", sex="f")
    ad = c.addr(["de", "ch"][k])
    return S('''Gespeicherte Erinnerungen des Assistenten (memory.list), bitte auf DSGVO-Tauglichkeit prüfen:
1. Nutzer heißt ⁅a.full⁆, arbeitet im Vertrieb ⁅['Süd', 'Ostschweiz'][k]⁆.
2. Geburtstag: ⁅a.dob('long_de')⁆.
3. Privatadresse: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆.
4. Urlaubsvertretung: Frau ⁅b.f⁆.
5. Mag kurze Antworten und duzt.''', locals())


@tpl(C, "rag_crm_fr", "fr", 2)
def _(c, k):
    if k == 0:
        a = c.holder("be_nn")
        ad = c.addr("be")
        ph = c.phone("be")
        nn, ib = NID(c.idv(a, "be_nn")), IBAN(c.idv(a, "iban_be"))
        return S('''Contexte récupéré (note CRM n° 2231) :
« Mme ⁅a.f⁆ a appelé le 3 mars pour changer de compte. Nouveau compte : ⁅ib⁆. Numéro de registre national : ⁅nn⁆. La rappeler au ⁅ph⁆ après 17 h. Adresse : ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆. »

Question : est-ce que la cliente a bien confirmé par écrit ?''', locals())
    a, b = c.person("fr", sex="m"), c.person("fr")
    ad = c.addr("fr")
    ph = c.phone("fr")
    return S('''Extrait récupéré par la recherche (base SAV) :
« M. ⁅a.full⁆ (client depuis 2019) signale une fuite sous l'évier. Intervention prévue chez lui, ⁅ad.line⁆. Joignable au ⁅ph⁆. Dossier suivi par ⁅b.full⁆. »
Question de l'utilisateur : quand a eu lieu la dernière intervention chez M. ⁅a.f⁆ ?''', locals())


@tpl(C, "browser_portal_es", "es", 2)
def _(c, k):
    a = c.person("es", need="dob") if k == 0 else c.person("es")
    cc = ["es", "mx"][k]
    ad = c.addr(cc)
    ph = c.phone(cc)
    if k == 0:
        return S('''El agente de navegador extrajo esto del portal de clientes. Dime si la dirección coincide con la de la factura.

Datos del cliente
Nombre: ⁅a.full⁆
Fecha de nacimiento: ⁅a.dob('dmy/')⁆
Teléfono: ⁅ph⁆
Dirección de envío: ⁅ad.line⁆''', locals())
    return S('''Texto que sacó el agente del portal de pedidos. ¿Está completo el domicilio para la paquetería?

Cliente: ⁅a.full⁆
Domicilio: ⁅ad.line⁆
Tel. celular: ⁅ph⁆
Referencias: casa azul, portón negro, preguntar por ⁅a.g⁆''', locals())


@tpl(C, "rag_complaint_zh", "zh", 2)
def _(c, k):
    if k == 0:
        a = c.holder("cn_rid")
        b = c.person("zh")
        ad = c.addr("cn")
        ph = c.phone("cn")
        rid = NID(c.idv(a, "cn_rid"))
        return S('''以下是检索到的客诉记录，请据此回答：客户的退款是否已经处理？

[片段 1] 工单 2024-1187：客户⁅a.full⁆（身份证号 ⁅rid⁆）反映快递未送达，收货地址：⁅ad.j("，")⁆，联系电话 ⁅ph⁆。
[片段 2] 客服⁅b.full⁆已于 3 月 8 日登记退款申请。''', locals())
    a, b = c.person("zh"), c.person("zh")
    ad = c.addr("cn")
    ph = c.phone("cn")
    return S('''检索结果（会员档案）：
姓名：⁅a.full⁆
手机：⁅ph⁆
常用地址：⁅ad.j("，")⁆
备注：由⁅b.f⁆经理介绍，VIP 客户
问题：这位客户上次投诉是什么时候？''', locals())


@tpl(C, "memory_ru", "ru", 1)
def _(c, k):
    a = c.person("ru")
    ad = c.addr("ru")
    ph = c.phone("ru")
    return S('''Память агента (memory.search «доставка»). Что из этого стоит удалить?
— пользователь: ⁅a.official⁆, начальник склада
— рабочий телефон ⁅ph⁆, просит не звонить после 19:00
— адрес для документов: ⁅ad.line⁆
— предпочитает ответы по-русски, без смайликов''', locals())


@tpl(C, "browser_portal_sv", "sv", 1)
def _(c, k):
    a = c.holder("se_pnr")
    b = c.person("sv")
    ad = c.addr("se")
    ph = c.phone("se")
    pnr = NID(c.idv(a, "se_pnr"))
    return S('''Webbagenten hämtade den här texten från kundportalen. Sammanfatta ärendet på svenska:

Mina sidor – Försäkringstagare
Namn: ⁅a.full⁆
Personnummer: ⁅pnr⁆
Adress: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
Telefon: ⁅ph⁆
Ärende: vattenskada i källaren, anmäld 2 februari
Handläggare: ⁅b.full⁆''', locals())


@tpl(C, "rag_crm_he", "he", 1)
def _(c, k):
    a = c.holder("il_id")
    b = c.person("he", sex="f")
    ad = c.addr("il")
    ph = c.phone("il")
    tz = NID(c.idv(a, "il_id"))
    return S('''הקטע שאוחזר ממערכת ה-CRM:
"הלקוח ⁅a.full⁆, ת.ז. ⁅tz⁆, טלפון ⁅ph⁆, גר ב⁅ad.s⁆, ⁅ad.t⁆. ביקש לבטל את המנוי החודשי. טופל על ידי ⁅b.full⁆."
שאלה: האם צריך לשלוח לו אישור ביטול בכתב?''', locals())


@tpl(C, "memory_ar", "ar", 1)
def _(c, k):
    a = c.person("ar")
    ad = c.addr("jo")
    ph = c.phone("jo")
    return S('''هذه ذاكرة المساعد لهذا المستخدم. احذف ما لا يجوز حفظه:
- الاسم: ⁅a.full⁆
- الجوال: ⁅ph⁆
- العنوان: ⁅ad.s⁆، ⁅ad.t⁆
- يفضّل الرد باللغة العربية الفصحى''', locals())


@tpl(C, "rag_cs_vi", "vi", 1)
def _(c, k):
    a = c.person("vi", sex="m")
    ad = c.addr("vn")
    ph = c.phone("vn")
    last = P(a.G.split()[-1])
    return S('''Ngữ cảnh truy xuất từ hệ thống CSKH:
"Khách hàng ⁅a.full⁆, SĐT ⁅ph⁆, địa chỉ ⁅ad.line⁆. Anh ⁅last⁆ phản ánh máy lạnh bị rò nước, đã hẹn kỹ thuật viên thứ Bảy."
Câu hỏi: kỹ thuật viên đã đến nhà anh ⁅last⁆ chưa?''', locals())


@tpl(C, "rag_ocr_caps", "en", 1, case="upper")
def _(c, k):
    a = c.person("en", need="dob")
    b = c.person("en", sex="f")
    ad = c.addr("nz")
    ph = c.phone("nz")
    return S('''Retrieved chunk (OCR, scanned onboarding form, page 1):
EMPLOYEE NAME: ⁅a.full⁆   DATE OF BIRTH: ⁅a.dob('dmy/')⁆
HOME ADDRESS:
⁅ad.block⁆
EMERGENCY CONTACT: ⁅b.full⁆ (SISTER) ⁅ph⁆''', locals())


@tpl(C, "rag_wiki_obfuscated", "en", 2)
def _(c, k):
    a, b = c.person("en"), c.person("en")
    ph = c.phone(["gb", "us"][k])
    if k == 0:
        em = obf(a.local("g.f"), "tidewell.co.uk")
    else:
        em = obf(a.local("gf"), "prairieline.com", at=" [at] ", dot=" [dot] ")
    return S('''One of the retrieved chunks comes from our old wiki and the agent keeps quoting its contact line. Should it?

"Vendor onboarding: questions to ⁅a.full⁆ (⁅em⁆) or, for invoices over ⁅['£10k', '$10k'][k]⁆, ⁅b.full⁆ on ⁅ph⁆."''', locals())


@tpl(C, "browser_delivery_nl", "nl", 1)
def _(c, k):
    a, b = c.person("nl"), c.person("nl")
    ad = c.addr("nl")
    ph = c.phone("nl")
    return S('''Extract van de browseragent op de bezorgpagina. Klopt de postcode bij de plaats?

Bezorgen bij: ⁅a.full⁆
Straat: ⁅ad.s⁆
Postcode en plaats: ⁅ad.p⁆ ⁅ad.t⁆
Telefoon: ⁅ph⁆
Opmerking: bel aan bij de buren (nr. 59, ⁅b.f⁆) als ⁅a.g⁆ niet thuis is''', locals())


@tpl(C, "rag_accounts_uk", "uk", 1)
def _(c, k):
    a = c.holder("ua_rnokpp")
    b = c.person("uk")
    ad = c.addr("ua")
    ph = c.phone("ua")
    tax = NID(c.idv(a, "ua_rnokpp"))
    return S('''Фрагмент із бази знань бухгалтерії:
⁅a.official⁆, РНОКПП ⁅tax⁆, дата народження ⁅a.dob('dmy.')⁆, адреса: ⁅ad.line⁆, тел. ⁅ph⁆.
Відповідальний: ⁅b.full⁆.
Питання: чи можна нарахувати їй відпускні за березень?''', locals())


@tpl(C, "memory_id", "id", 1, case="lower")
def _(c, k):
    a, b = c.person("id"), c.person("id")
    ad = c.addr("id")
    ph = c.phone("id")
    return S('''Memori agen untuk pengguna ini (hasil memory.get):
• nama lengkap: ⁅a.full⁆, biasa dipanggil ⁅a.g⁆
• alamat kirim: ⁅ad.line⁆
• WA: ⁅ph⁆
• kontak darurat: ⁅b.full⁆ (kakak)
• suka dihubungi pagi hari
Tolong ringkas jadi satu paragraf.''', locals())


@tpl(C, "rag_register_fi", "fi", 1)
def _(c, k):
    a = c.holder("fi_hetu")
    b = c.person("fi")
    ad = c.addr("fi")
    ph = c.phone("fi")
    hetu = NID(c.idv(a, "fi_hetu"))
    name = P(f"{a.F} {a.G}")
    return S('''Haettu konteksti (asiakasrekisteri):
Nimi: ⁅name⁆
Henkilötunnus: ⁅hetu⁆
Osoite: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
Puhelin: ⁅ph⁆
Asiakasvastaava: ⁅b.full⁆
Kysymys: onko asiakkaalle jo lähetetty uusi kortti?''', locals())


@tpl(C, "rag_occ_health", "en", 1)
def _(c, k):
    a = c.holder("uk_nhs")
    g, n = c.person("en"), c.person("en", sex="f")
    nhs = NID(c.idv(a, "uk_nhs"))
    return S('''Retrieved from the occupational-health folder (chunk 2 of 3). The user asked: "when can he come back to the depot?"

Referral: ⁅a.full⁆, DOB ⁅a.dob('dmy/')⁆, NHS no. ⁅nhs⁆
GP: Dr ⁅g.f⁆
Reason: back injury at work on 3 Feb. Fit note until 14 Mar. Phased return suggested by ⁅n.full⁆ (OH nurse); ⁅a.g⁆ agrees to 4-hour shifts for two weeks.''', locals())


@tpl(C, "browser_insurance_el", "el", 1)
def _(c, k):
    a = c.holder("gr_amka")
    b = c.person("el")
    ad = c.addr("gr")
    ph = c.phone("gr")
    amka = NID(c.idv(a, "gr_amka"))
    return S('''Ο browser agent αντέγραψε αυτά από την πύλη ασφάλισης. Γράψε μου μια σύντομη περίληψη:
Ονοματεπώνυμο: ⁅a.full⁆
ΑΜΚΑ: ⁅amka⁆
Ημ. γέννησης: ⁅a.dob('dmy/')⁆
Διεύθυνση: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
Κινητό: ⁅ph⁆
Ασφαλιστικός σύμβουλος: ⁅b.full⁆''', locals())


# ---------------------------------------------------------------- personal_code_assist

C = "personal_code_assist"


@tpl(C, "pytest_fixture", "en", 3)
def _(c, k):
    cc = ["gb", "au", "us"][k]
    pc = ["postcode", "postcode", "zip"][k]
    a = c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''Why does this fixture break test_invoice_total? Someone copied it from a prod export.

@pytest.fixture
def customer():
    return Customer(
        first_name="⁅a.g⁆",
        last_name="⁅a.f⁆",
        email="⁅a.mail(['g.f', 'gf', 'g_f'][k], ['sky.com', 'bigpond.com', 'gmail.com'][k])⁆",
        phone="⁅ph⁆",
        address=Address(line1="⁅ad.s⁆", city="⁅ad.t⁆", ⁅pc⁆="⁅ad.p⁆"),
    )''', locals())


@tpl(C, "seed_sql", "en", 2)
def _(c, k):
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    cc = [("ie", "gb", "ca"), ("us", "nz", "au")][k]
    ph1, ph2 = c.phone(cc[0]), c.phone(cc[1])
    ad1, ad2, ad3 = c.addr(cc[0]), c.addr(cc[1]), c.addr(cc[2])
    up = P(d.FULL.upper())
    return S('''Make this seed file idempotent (Postgres 15):

INSERT INTO users (id, full_name, email, phone, postcode) VALUES
  (10⁅k⁆1, '⁅a.full⁆', '⁅a.mail('g.f', 'gmail.com')⁆', '⁅ph1⁆', '⁅ad1.p⁆'),
  (10⁅k⁆2, '⁅b.full⁆', '⁅b.mail('gf', 'outlook.com')⁆', '⁅ph2⁆', '⁅ad2.p⁆'),
  (10⁅k⁆3, '⁅up⁆', NULL, NULL, '⁅ad3.p⁆');''', locals())


@tpl(C, "git_log", "en", 3)
def _(c, k):
    a, b, d, r = c.person("en"), c.person("en"), c.person("en"), c.person("en")
    dom = ["tidewell.co.uk", "prairieline.com", "harbourline.com.au"][k]
    h = d.handle("gfi", [42, 7, 19][k])
    return S('''Summarise what changed this week from this git log, one line per commit:

commit 9f1c2a⁅k⁆e4
Author: ⁅a.full⁆ <⁅a.mail('g.f', dom)⁆>

    fix(crm-sync): stop dropping middle names

    Co-authored-by: ⁅b.full⁆ <⁅b.mail('gf', dom)⁆>

commit 3b07e1d⁅k⁆
Author: ⁅h⁆ <⁅d.mail('gfi', 'users.noreply.github.com', [42, 7, 19][k])⁆>

    chore: bump retry limit for mcp calendar tool

    Reviewed-by: ⁅r.full⁆''', locals())


@tpl(C, "auth_log", "en", 2)
def _(c, k):
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    ips = [("86.142.37.201", "185.63.214.77", "2a02:c7c:5e1b:9a00:4d2:19ff:fe3a:88c1"),
           ("81.97.143.22", "94.118.52.6", "176.24.199.140")][k]
    return S('''Which of these login attempts look like credential stuffing?

2025-03-12T08:14:0⁅k⁆Z auth INFO login ok user=⁅a.mail('g.f', 'tidewell.co.uk')⁆ ip=⁅IP(ips[0])⁆ mfa=push
2025-03-12T08:14:1⁅k⁆Z auth WARN login failed user=⁅b.mail('gf', 'tidewell.co.uk')⁆ ip=⁅IP(ips[1])⁆ reason=bad_password
2025-03-12T08:14:1⁅k⁆Z auth WARN login failed user=⁅b.mail('gf', 'tidewell.co.uk')⁆ ip=⁅IP(ips[1])⁆ reason=bad_password
{"ts":"2025-03-12T08:15:5⁅k⁆Z","event":"password_reset","display_name":"⁅d.full⁆","ip":"⁅IP(ips[2])⁆"}''', locals())


@tpl(C, "oncall_yaml", "en", 2)
def _(c, k):
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    cc = ["gb", "us"][k]
    ph1, ph2 = c.phone(cc), c.phone(cc)
    return S('''Convert this on-call YAML to the new schema (list under `rotations`, phones in E.164):

service: ⁅['payments-api', 'label-printer'][k]⁆
oncall:
  primary:
    name: ⁅a.full⁆
    slack: "@⁅a.handle('i.f')⁆"
    phone: "⁅ph1⁆"
  secondary:
    name: ⁅b.full⁆
    slack: "@⁅b.handle('gfi', 2)⁆"
    phone: "⁅ph2⁆"
escalation_email: ⁅d.mail('g.f', ['tidewell.co.uk', 'prairieline.com'][k])⁆
slack_channel: "#inc-⁅['payments', 'labels'][k]⁆"''', locals())


@tpl(C, "csv_semicolon_de", "de", 2)
def _(c, k):
    a, b = c.person("de"), c.person("de")
    cc = [("de", "at"), ("de", "ch")][k]
    ad1, ad2 = c.addr(cc[0]), c.addr(cc[1])
    ph1, ph2 = c.phone(cc[0]), c.phone(cc[1])
    return S('''Warum liest pandas diese Datei mit nur einer Spalte ein?

Kundennr;Vorname;Nachname;Straße;PLZ;Ort;Telefon
4021⁅k⁆;⁅a.g⁆;⁅a.f⁆;⁅ad1.s⁆;⁅ad1.p⁆;⁅ad1.t⁆;⁅ph1⁆
4022⁅k⁆;⁅b.g⁆;⁅b.f⁆;⁅ad2.s⁆;⁅ad2.p⁆;⁅ad2.t⁆;⁅ph2⁆''', locals())


@tpl(C, "ts_test_fr", "fr", 1)
def _(c, k):
    a = c.person("fr")
    ad = c.addr("fr")
    ph = c.phone("fr")
    return S('''// Ce test échoue depuis la migration, tu vois pourquoi ?
it('formate le nom comme sur le bon de livraison', () => {
  const c = { prenom: '⁅a.g⁆', nom: '⁅a.f⁆', tel: '⁅ph⁆', ville: '⁅ad.t⁆' };
  expect(formatNom(c)).toBe('⁅a.nom⁆');
});''', locals())


@tpl(C, "java_test_es", "es", 1)
def _(c, k):
    a = c.holder("es_nie")
    b = c.person("es", sex="m")
    ph = c.phone("es")
    nie = NID(c.idv(a, "es_nie"))
    return S('''// Este test usa el NIE de un cliente real que alguien metió en los datos de prueba. ¿Lo cambio por uno ficticio válido?
// Añadido por ⁅b.full⁆ en la revisión del sprint 14
@Test
void validaNie() {
    Cliente c = new Cliente("⁅a.g⁆", "⁅a.f⁆", "⁅nie⁆", "⁅ph⁆");
    assertTrue(validador.esValido(c.getDocumento()));
}''', locals())


@tpl(C, "tsv_hr_export", "en", 2)
def _(c, k):
    a, b, d = c.person("en", need="dob"), c.person("en"), c.person("en", need="dob")
    cc = ["gb", "us"][k]
    sty = ["dmy/", "mdy/"][k]
    ph1, ph2, ph3 = c.phone(cc, m=True), c.phone(cc, m=True), c.phone(cc, m=True)
    return S('''Paste from our HR database (tab separated). Give me a pandas one-liner that finds everyone without a date of birth:

emp_id\tname\tdob\tmobile\tsite
E10⁅k⁆1\t⁅a.full⁆\t⁅a.dob(sty)⁆\t⁅ph1⁆\tDC-2
E10⁅k⁆2\t⁅b.full⁆\t\t⁅ph2⁆\tDC-2
E10⁅k⁆3\t⁅d.full⁆\t⁅d.dob(sty)⁆\t⁅ph3⁆\tHQ''', locals())


@tpl(C, "pipe_export_pt", "pt", 1)
def _(c, k):
    a = c.holder("pt_nif")
    b = c.person("pt")
    ad1, ad2 = c.addr("pt"), c.addr("pt")
    ph1, ph2 = c.phone("pt"), c.phone("pt")
    nif = NID(c.idv(a, "pt_nif"))
    return S('''Exportação do ERP (separador |). Porque é que o NIF do primeiro cliente falha a validação no import?

id|nome|nif|telefone|morada|cp|localidade
311|⁅a.full⁆|⁅nif⁆|⁅ph1⁆|⁅ad1.s⁆|⁅ad1.p⁆|⁅ad1.t⁆
312|⁅b.full⁆||⁅ph2⁆|⁅ad2.s⁆|⁅ad2.p⁆|⁅ad2.t⁆''', locals())


@tpl(C, "go_fixture_ja", "ja", 1)
def _(c, k):
    a, b = c.person("ja"), c.person("ja")
    ad = c.addr("jp")
    ph1, ph2 = c.phone("jp"), c.phone("jp")
    return S('''// テストデータに本物の顧客情報が入っています。匿名化した版に書き換えてください。
var fixtures = []Customer{
	{Name: "⁅a.full⁆", Tel: "⁅ph1⁆", Zip: "⁅ad.p⁆", Addr: "⁅ad.r⁆⁅ad.t⁆⁅ad.s⁆"},
	{Name: "⁅b.full⁆", Tel: "⁅ph2⁆"},
}''', locals())


@tpl(C, "traceback_lower", "en", 2, case="lower")
def _(c, k):
    a = c.person("en")
    cc = ["za", "ng"][k]
    ph = c.phone(cc, m=True)
    city = ["Franschhoek", "Abeokuta"][k]
    return S('''getting this in prod since the agent started calling push_contact, what's wrong?
traceback (most recent call last):
  file "sync.py", line 88, in push_contact
    payload["mobile"] = normalise(record["phone"])
keyerror: 'phone'
record = {'id': 55⁅k⁆1, 'name': '⁅a.full⁆', 'email': '⁅a.mail('g.f', 'gmail.com')⁆', 'mobile': '⁅ph⁆', 'city': '⁅L(city)⁆'}''', locals())


@tpl(C, "git_blame_pl", "pl", 1)
def _(c, k):
    a, b = c.person("pl"), c.person("pl")
    ph = c.phone("pl")
    return S('''Kto ostatnio zmieniał walidację numeru telefonu? Wynik git blame:

a41c09e3 (⁅a.full⁆ 2025-02-03 14:22:10 +0100 41)     if not PHONE_RE.match(tel):
a41c09e3 (⁅a.full⁆ 2025-02-03 14:22:10 +0100 42)         raise ValueError(tel)
77d2f1b0 (⁅b.full⁆ 2024-11-19 09:05:51 +0100 43)     # przykład z produkcji: ⁅ph⁆''', locals())


@tpl(C, "env_seed_da", "da", 1)
def _(c, k):
    a = c.holder("dk_cpr")
    b = c.person("da")
    ad = c.addr("dk")
    ph = c.phone("dk")
    cpr = NID(c.idv(a, "dk_cpr"))
    return S('''Kan du rydde op i denne .env? Der ligger testdata fra en rigtig kunde i den.

SEED_CUSTOMER_NAME="⁅a.full⁆"
SEED_CUSTOMER_CPR=⁅cpr⁆
SEED_CUSTOMER_ADDR="⁅ad.s⁆, ⁅ad.u⁆, ⁅ad.p⁆ ⁅ad.t⁆"
SEED_CUSTOMER_PHONE="⁅ph⁆"
SEED_ACCOUNT_MANAGER="⁅b.full⁆"
SMTP_HOST=smtp.internal
MCP_SERVER_URL=http://localhost:8931''', locals())


@tpl(C, "psql_rrn_ko", "ko", 1)
def _(c, k):
    a = c.holder("kr_rrn")
    b = c.person("ko")
    ad = c.addr("kr")
    ph1, ph2 = c.phone("kr"), c.phone("kr")
    rrn = NID(c.idv(a, "kr_rrn"))
    return S('''psql 결과인데, 주민번호 컬럼을 마스킹하는 뷰를 만들어 주세요.

 id | 이름 | 주민번호 | 전화번호 | 지역
----+------+----------+----------+------
 17 | ⁅a.full⁆ | ⁅rrn⁆ | ⁅ph1⁆ | ⁅ad.t⁆
 18 | ⁅b.full⁆ | | ⁅ph2⁆ |
(2 rows)''', locals())


@tpl(C, "mongo_doc_it", "it", 1)
def _(c, k):
    a = c.holder("it_cf")
    ph = c.phone("it", m=True)
    cf = NID(c.idv(a, "it_cf"))
    return S('''Questo documento fa fallire lo schema validator di Mongo. Perché?

{
  "_id": ObjectId("65f1c0a9e4b0d2a1c3f7e812"),
  "anagrafica": {"nome": "⁅a.g⁆", "cognome": "⁅a.f⁆", "cf": "⁅cf⁆", "nato_a": "⁅L('Napoli')⁆", "nato_il": "⁅a.dob('iso')⁆"},
  "contatti": {"cellulare": "⁅ph⁆", "consenso_marketing": "si"}
}''', locals())


@tpl(C, "fixed_width_caps", "en", 1, case="upper")
def _(c, k):
    a = c.person("en", need="dob")
    ad = c.addr("gb")
    ph = c.phone("gb")
    pad = " " * (30 - len(a.F) - 2 - len(a.G))
    return S('''Can you parse this mainframe extract into JSON? Fields: name(30) dob(8) postcode(8) phone(14)
⁅a.f⁆, ⁅a.g⁆⁅pad⁆⁅a.dob('ymd')⁆⁅ad.p⁆⁅' ' * (8 - len(ad.raw('p')))⁆⁅ph⁆''', locals())


@tpl(C, "seed_diff", "en", 1)
def _(c, k):
    a = c.person("en")
    ad = c.addr("us")
    ph = c.phone("us")
    return S('''Review this diff, the coding agent "added a test user":

--- a/db/seeds/users.yml
+++ b/db/seeds/users.yml
@@ -12,3 +12,7 @@
   - name: QA Bot
     email: qa-bot@example.test
+  - name: ⁅a.full⁆
+    email: ⁅a.mail('g_f', 'yahoo.com', 81)⁆
+    phone: "⁅ph⁆"
+    address: "⁅ad.line⁆"''', locals())


@tpl(C, "mailmap", "en", 1)
def _(c, k):
    a, b = c.person("en"), c.person("en")
    return S('''Is this .mailmap right? shortlog still shows ⁅a.g⁆ twice.

⁅a.full⁆ <⁅a.mail('g.f', 'harbourline.com.au')⁆> <⁅a.mail('gfi', 'gmail.com', 93)⁆>
⁅b.full⁆ <⁅b.mail('gf', 'harbourline.com.au')⁆> ⁅P(b.FULL.lower())⁆ <⁅b.mail('g.f', 'hotmail.com')⁆>''', locals())


@tpl(C, "app_log_cs", "cs", 1)
def _(c, k):
    a = c.holder("cz_rc")
    b = c.person("cs")
    ad = c.addr("cz")
    ph = c.phone("cz")
    rc = NID(c.idv(a, "cz_rc"))
    return S('''V logu se nám objevuje rodné číslo. Jak ho odfiltrovat ještě před odesláním do Lokiho?

2025-03-10 11:02:17 INFO  registrace dokončena jmeno="⁅a.full⁆" rc=⁅rc⁆ tel="⁅ph⁆" obec="⁅ad.t⁆"
2025-03-10 11:02:18 INFO  mcp.crm.create_contact ok (412 ms) vlastnik="⁅b.full⁆"''', locals())


@tpl(C, "test_fixture_no", "no", 1)
def _(c, k):
    a = c.holder("no_fnr")
    b = c.person("no")
    ad = c.addr("no")
    ph = c.phone("no")
    fnr = NID(c.idv(a, "no_fnr"))
    return S('''Testene våre bruker et ekte fødselsnummer. Kan du lage et syntetisk i stedet?

const bruker = {
  navn: "⁅a.full⁆",
  fodselsnummer: "⁅fnr⁆",
  adresse: "⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆",
  mobil: "⁅ph⁆",
  kontaktperson: "⁅b.full⁆",
};''', locals())


@tpl(C, "php_array_ro", "ro", 1)
def _(c, k):
    a = c.holder("ro_cnp")
    b = c.person("ro")
    ad = c.addr("ro")
    ph = c.phone("ro")
    cnp = NID(c.idv(a, "ro_cnp"))
    return S('''// Funcția de validare respinge acest CNP. E corect sau e bug la noi?
$client = [
    'nume' => '⁅a.nom⁆',
    'cnp' => '⁅cnp⁆',
    'telefon' => '⁅ph⁆',
    'adresa' => '⁅ad.line⁆',
    'agent' => '⁅b.full⁆',
];''', locals())


# ---------------------------------------------------------------- personal_conversations

C = "personal_conversations"


@tpl(C, "slack_helpbot", "en", 3, case=(None, None, "lower"))
def _(c, k):
    cc = ["gb", "us", "au"][k]
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    word = P(a.G.split()[0].lower())
    return S('''Slack export from #it-helpdesk. Summarise what the bot promised:

[09:14] ⁅a.full⁆: @helpbot my laptop won't take the VPN profile, can someone call me on ⁅ph⁆?
[09:14] helpbot: Thanks ⁅a.g⁆! I've opened INC-2093⁅k⁆ and assigned it to ⁅b.full⁆.
[09:31] ⁅b.full⁆: on it. @⁅word⁆ are you at home in ⁅ad.t⁆ today or in the office?
[09:33] ⁅a.full⁆: home
[09:34] helpbot: Reminder: INC-2093⁅k⁆ is due in 4h. Watchers: @⁅b.handle('gf')⁆, @⁅d.handle('i.f')⁆ (⁅d.full⁆, service desk)''', locals())


@tpl(C, "teams_hr_bot", "en", 2, case=(None, "lower"))
def _(c, k):
    a = c.person("en")
    b = c.person("en", sex="f")
    cc = ["gb", "ie", "ca"][k]
    ad = c.addr(cc)
    return S('''Teams chat with our HR assistant bot. Was the bot allowed to say any of this?

⁅a.full⁆: what's ⁅b.f⁆'s home address? the team wants to send flowers
HR Assistant: I can't share home addresses. I can forward a card to ⁅b.full⁆ through HR.
⁅a.full⁆: ok. it's for her dad, he passed last week. I think she's in ⁅ad.t⁆ now
HR Assistant: Thanks, ⁅a.g⁆. I'll let ⁅b.g⁆'s manager know the team would like to send something.''', locals())


@tpl(C, "meeting_transcript", "en", 3, case=(None, None, "lower"))
def _(c, k):
    a, b = c.person("en"), c.person("en")
    v = c.person("en", sex="f")
    cc = ["gb", "us", "za"][k]
    ph = c.phone(cc, m=True)
    return S('''Meeting bot transcript. Pull out the action items with owners:

⁅a.full⁆  00:02
Okay, let's start. ⁅b.g⁆, you had the carrier numbers?
⁅b.full⁆  00:09
Yeah. ⁅v.f⁆ from the carrier rang, they want to move the pickup to Thursday.
⁅a.full⁆  00:21
Fine by me. Can you send ⁅v.g⁆ the revised slots? Her mobile is ⁅ph⁆.
⁅b.full⁆  00:27
Will do, and I'll copy ⁅a.g⁆.''', locals())


@tpl(C, "ai_meeting_summary", "en", 1)
def _(c, k):
    a, b, d, e, f, g = (c.person("en") for _ in range(6))
    return S('''Clean up this AI meeting summary before it goes to the whole team:

Attendees: ⁅a.full⁆, ⁅b.full⁆, ⁅d.full⁆, ⁅g.g⁆ (guest)
Summary: ⁅d.f⁆ walked through Q⁅k + 2⁆ hiring. Two finalists for the support lead role: ⁅e.full⁆ and ⁅f.full⁆.
Action items
- ⁅a.f⁆ to book final interviews for Thursday
- ⁅b.g⁆ to chase ⁅e.g⁆'s references
- ⁅d.g⁆ to ask ⁅g.g⁆ about the relocation budget''', locals())


@tpl(C, "voice_agent_call", "en", 3, case=(None, None, "lower"))
def _(c, k):
    cc = ["gb", "us", "au"][k]
    a = c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    pc = ["postcode", "zip code", "postcode"][k]
    return S('''Voice agent transcript, call 2025-03-12 14:0⁅k⁆. Did the agent verify the caller properly?

AGENT: Thanks for calling ⁅['Tidewell Energy', 'Prairieline Gas', 'Harbourline Water'][k]⁆, who am I speaking with?
CALLER: It's ⁅a.full⁆.
AGENT: Thanks, ⁅a.g⁆. Can you confirm the ⁅pc⁆ on the account?
CALLER: ⁅ad.p⁆.
AGENT: And the first line of the address?
CALLER: ⁅ad.s⁆.
AGENT: Great. What's the best number to call you back on?
CALLER: ⁅ph⁆.''', locals())


@tpl(C, "voice_card_capture", "en", 1)
def _(c, k):
    a = c.holder("card")
    pan = CARD(c.idv(a, "card"))
    spelt = P("-".join(a.G.upper()))
    return S('''This is from our voice-agent logs, and the transcript kept the card number. Draft an incident note for the DPO.

[14:02:11] caller: yeah the card is ⁅pan⁆, expiry oh nine twenty seven
[14:02:19] agent: Thank you. And the name on the card?
[14:02:21] caller: ⁅a.full⁆. That's ⁅spelt⁆.
[14:02:30] agent: Thanks, ⁅a.g⁆, the payment has gone through.''', locals())


@tpl(C, "stt_ssn_lower", "en", 1, case="lower")
def _(c, k):
    a = c.holder("us_ssn")
    ssn = SSN(c.idv(a, "us_ssn"))
    em = obf(a.local("g.f"), "gmail.com")
    return S('''stt output from call 4471 (raw, no punctuation fixing). why did the agent read the ssn back to the caller?
agent can i have your full name please
caller ⁅a.full⁆
agent and your social security number
caller ⁅ssn⁆
agent thank you ⁅a.g⁆ so that's ⁅ssn⁆ and an email for the receipt
caller ⁅em⁆''', locals())


@tpl(C, "teams_transcript_de", "de", 2, case=(None, "lower"))
def _(c, k):
    a, b = c.person("de"), c.person("de")
    v = c.person("de", sex="m")
    ad = c.addr(["de", "at"][k])
    ph = c.phone(["de", "at"][k], m=True)
    return S('''Teams-Transkript (automatisch erstellt). Bitte ein Protokoll mit Aufgaben daraus machen:

⁅a.full⁆: Morgen zusammen. ⁅b.g⁆, hast du mit Herrn ⁅v.f⁆ gesprochen?
⁅b.full⁆: Ja, er will die Lieferung nach ⁅ad.t⁆ umleiten, die neue Adresse ist ⁅ad.s⁆.
⁅a.full⁆: Gut. Seine Handynummer ist ⁅ph⁆, falls die Spedition fragt.
⁅b.full⁆: Notiert, ich schick's ⁅a.g⁆ nachher noch mal schriftlich.''', locals())


@tpl(C, "voicebot_fr", "fr", 2, case=(None, "lower"))
def _(c, k):
    a = c.person("fr", sex="f")
    cc = ["fr", "be"][k]
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''Transcription de l'agent vocal (appel entrant). Résume la demande en une phrase :

AGENT : Bonjour, service client, à qui ai-je l'honneur ?
APPELANTE : ⁅a.full⁆.
AGENT : Merci Madame ⁅a.f⁆. Pouvez-vous me donner votre code postal ?
APPELANTE : ⁅ad.p⁆, à ⁅ad.t⁆.
AGENT : Et un numéro pour vous rappeler ?
APPELANTE : ⁅ph⁆. C'est pour la box qui ne s'allume plus.''', locals())


@tpl(C, "slack_hr_es", "es", 1, case="lower")
def _(c, k):
    a, b = c.person("es"), c.person("es")
    ph = c.phone("es")
    return S('''Hilo de Slack con el bot de RR. HH. ¿Qué le respondió el bot a ⁅a.g⁆?

⁅a.full⁆ [10:02]: @rrhh-bot ¿cuántos días de vacaciones me quedan? Por cierto, cambié de móvil: ⁅ph⁆
rrhh-bot [10:02]: Hola ⁅a.g⁆, te quedan 9 días. He actualizado tu teléfono.
⁅b.full⁆ [10:05]: ⁅a.g⁆, acuérdate de firmar la adenda antes del viernes.''', locals())


@tpl(C, "meeting_summary_it", "it", 1)
def _(c, k):
    a, b, d = c.person("it"), c.person("it"), c.person("it")
    ad = c.addr("it")
    ph = c.phone("it")
    return S('''Riassunto generato dal bot della riunione. Va bene da mandare al cliente così?

Partecipanti: ⁅a.full⁆, ⁅b.full⁆, ⁅d.full⁆ (cliente)
Punti principali: ⁅d.f⁆ chiede la consegna a ⁅ad.line⁆ entro il 20. ⁅a.g⁆ conferma la data. Recapito del cliente: ⁅ph⁆.
Prossimi passi: ⁅b.g⁆ invia il DDT aggiornato.''', locals())


@tpl(C, "ura_transcript_br", "pt", 1, case="lower")
def _(c, k):
    a = c.person("br")
    ad = c.addr("br")
    ph = c.phone("br")
    return S('''Transcrição do agente de voz (URA). O cliente pediu segunda via da fatura?

AGENTE: Olá! Com quem eu falo?
CLIENTE: ⁅a.full⁆.
AGENTE: Obrigado, ⁅a.g⁆. Qual o CEP do endereço da instalação?
CLIENTE: ⁅ad.p⁆.
AGENTE: E um telefone com DDD?
CLIENTE: ⁅ph⁆. Quero a segunda via e mudar o vencimento.''', locals())


@tpl(C, "minutes_ja", "ja", 1)
def _(c, k):
    a, b, v = c.person("ja"), c.person("ja"), c.person("ja")
    ad = c.addr("jp")
    ph = c.phone("jp")
    return S('''会議ボットの議事録です。要点を3行にまとめてください。

参加者：⁅a.full⁆、⁅b.full⁆、⁅v.f⁆さん（先方）
・⁅v.f⁆さんより納品先変更の依頼：〒⁅ad.p⁆ ⁅ad.r⁆⁅ad.t⁆⁅ad.s⁆
・⁅a.f⁆が見積もりを再送（先方連絡先 ⁅ph⁆）
・次回は来週水曜''', locals())


@tpl(C, "wecom_bot_zh", "zh", 1)
def _(c, k):
    a, b = c.person("zh"), c.person("zh")
    ad = c.addr("cn")
    ph = c.phone("cn")
    return S('''企业微信机器人群聊记录，帮我整理成一张工单：

[10:21] ⁅a.full⁆：@客服助手 客户⁅b.full⁆说收货地址写错了，应该是⁅ad.j("，")⁆
[10:22] 客服助手：已记录，请提供客户电话
[10:22] ⁅a.full⁆：⁅ph⁆
[10:23] 客服助手：好的，已通知仓库''', locals())


@tpl(C, "voice_tr", "tr", 1)
def _(c, k):
    a = c.person("tr", sex="f")
    b = c.person("tr")
    ad = c.addr("tr")
    ph = c.phone("tr")
    return S('''Sesli asistan çağrı dökümü. Müşterinin talebini tek cümleyle özetle:

ASİSTAN: Merhaba, kiminle görüşüyorum?
ARAYAN: ⁅a.full⁆.
ASİSTAN: Teşekkürler ⁅a.g⁆ Hanım. Kayıtlı telefonunuz ⁅ph⁆ mi?
ARAYAN: Evet. Adresim değişti, yeni adres: ⁅ad.line⁆.
ASİSTAN: Kaydettim. Kargo için sizi ⁅b.full⁆ arayacak.''', locals())


@tpl(C, "teams_hu", "hu", 1)
def _(c, k):
    a, b = c.person("hu"), c.person("hu")
    ad = c.addr("hu")
    ph = c.phone("hu")
    return S('''Teams-szál a HR-bottal. Mit ígért a bot?

⁅a.full⁆ (09:12): Szia! Elköltöztem, az új címem: ⁅ad.line⁆, a telefonszámom: ⁅ph⁆
HR-bot (09:12): Köszönöm, ⁅a.g⁆! Az adatokat továbbítottam a bérszámfejtésnek.
⁅b.full⁆ (09:40): ⁅a.g⁆, a bérpapírt már az új címre küldjük.''', locals())


@tpl(C, "line_bot_th", "th", 1)
def _(c, k):
    a = c.person("th", sex="f")
    b = c.person("th", sex="m")
    ad = c.addr("th")
    ph = c.phone("th")
    return S('''แชต LINE กับบอตของร้าน ช่วยสรุปให้หน่อย

คุณ⁅a.full⁆: สวัสดีค่ะ ขอเปลี่ยนที่อยู่จัดส่งเป็น ⁅ad.line⁆
บอต: รับทราบค่ะ คุณ⁅a.g⁆ กรุณายืนยันเบอร์โทร
คุณ⁅a.full⁆: ⁅ph⁆
บอต: อัปเดตเรียบร้อยค่ะ
แอดมิน⁅b.g⁆: พรุ่งนี้ส่งของให้นะครับ''', locals())


@tpl(C, "voicebot_tl", "tl", 1, case="lower")
def _(c, k):
    a = c.person("tl", sex="f")
    b = c.person("tl", sex="m")
    ad = c.addr("ph")
    ph = c.phone("ph")
    return S('''Transcript ng voice bot namin (Taglish). Ano ang concern ng customer?

BOT: Hello po, sino po ang kausap ko?
CALLER: ⁅a.full⁆ po.
BOT: Salamat, Ma'am ⁅a.g⁆. Ano po ang delivery address ninyo?
CALLER: ⁅ad.line⁆.
BOT: At contact number po?
CALLER: ⁅ph⁆. Hindi pa po dumarating yung order ko since Monday.
BOT: Sige po, ita-transfer ko kayo kay ⁅b.full⁆ ng delivery team.''', locals())


@tpl(C, "meeting_bot_caps", "en", 1, case="upper")
def _(c, k):
    a, b = c.person("en"), c.person("en")
    v = c.person("en", sex="m")
    ad = c.addr("us")
    return S('''Caps export from the old meeting bot, make it readable:
ATTENDEES: ⁅a.full⁆, ⁅b.full⁆
⁅a.f⁆: CAN WE MOVE ⁅v.full⁆'S START DATE?
⁅b.f⁆: YES, HE CALLED FROM ⁅ad.t⁆ THIS MORNING, THE MOVE IS DELAYED.
⁅a.f⁆: OK, MONDAY THE 14TH THEN.''', locals())


@tpl(C, "slack_dm_lower", "en", 2, case="lower")
def _(c, k):
    b = c.person("en", sex="m")
    ph = c.phone(["gb", "us"][k], m=True)
    return S('''dm with the ops bot, can you tell me why it refused?
me: hey opsbot pls send ⁅b.full⁆ the door code, he starts monday
opsbot: i can't send door codes to personal numbers. is ⁅ph⁆ ⁅b.g⁆'s work phone?
me: no thats his personal, just text it to him
opsbot: sorry, i can only send it to a company device. ask ⁅b.f⁆'s manager to enrol his phone.''', locals())


@tpl(C, "whatsapp_bot_cl", "es", 1, case="lower")
def _(c, k):
    a = c.person("es")
    ad = c.addr("cl")
    ph = c.phone("cl")
    return S('''Conversación con el bot de WhatsApp de la tienda. ¿Por qué no se generó la orden de despacho?

Cliente: hola, soy ⁅a.full⁆, quiero cambiar la dirección de envío
Bot: ¡Hola ⁅a.g⁆! Escribe la nueva dirección, por favor.
Cliente: ⁅ad.line⁆
Bot: Gracias. ¿Un teléfono de contacto?
Cliente: ⁅ph⁆''', locals())


@tpl(C, "whatsapp_bot_ar", "ar", 1)
def _(c, k):
    a = c.person("ar", sex="m")
    ad = c.addr("eg")
    ph = c.phone("eg")
    return S('''محادثة واتساب مع بوت خدمة العملاء. لخّص الطلب في سطر واحد:

العميل: مرحبا، أنا ⁅a.full⁆، رقمي ⁅ph⁆
البوت: أهلاً ⁅a.g⁆! كيف أقدر أساعدك؟
العميل: عايز أغيّر عنوان التوصيل إلى ⁅ad.j("، ")⁆
البوت: تم تحديث العنوان.''', locals())


# ---------------------------------------------------------------- personal_automations

C = "personal_automations"


@tpl(C, "zapier_typeform", "en", 2)
def _(c, k):
    cc = ["gb", "ca", "au"][k]
    a = c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''Zap "Typeform → HubSpot" fails at step 3. Here is the catch-hook payload; what's wrong with my field mapping?

{
  "form_response": {
    "answers": [
      {"field": {"ref": "first_name"}, "type": "text", "text": "⁅a.g⁆"},
      {"field": {"ref": "last_name"}, "type": "text", "text": "⁅a.f⁆"},
      {"field": {"ref": "email"}, "type": "email", "email": "⁅a.mail(['g.f', 'gf', 'g_f'][k], ['gmail.com', 'rogers.com', 'optusnet.com.au'][k])⁆"},
      {"field": {"ref": "phone"}, "type": "phone_number", "phone_number": "⁅ph⁆"},
      {"field": {"ref": "postcode"}, "type": "text", "text": "⁅ad.p⁆"}
    ]
  }
}
Mapping: First name ← answers[0].text, Last name ← answers[1].text, Phone ← answers[3].text''', locals())


@tpl(C, "n8n_execution", "en", 2)
def _(c, k):
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    ctry = [("Kenya", "Nigeria", "Ghana"), ("Philippines", "Malaysia", "Sri Lanka")][k]
    return S('''n8n execution #44⁅k⁆2, output of the "Set contact" node. Why does the IF node send every item to the false branch?

[
  {"json": {"name": "⁅a.full⁆", "email": "⁅a.mail('g.f', 'gmail.com')⁆", "country": "⁅L(ctry[0])⁆", "consent": "yes"}},
  {"json": {"name": "⁅b.full⁆", "email": "⁅b.mail('gf', 'yahoo.com')⁆", "country": "⁅L(ctry[1])⁆", "consent": "Yes"}},
  {"json": {"name": "⁅d.full⁆", "email": "⁅d.mail('g', 'outlook.com', 1990 + k)⁆", "country": "⁅L(ctry[2])⁆", "consent": true}}
]
IF condition: {{ $json.consent === "yes" }}''', locals())


@tpl(C, "make_bundle_de", "de", 2)
def _(c, k):
    a = c.person("de")
    cc = ["de", "ch"][k]
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''Make-Szenario „Bestellung → Lieferschein“: Das ist das Bundle aus dem Webhook. Wie mappe ich die Hausnummer in ein eigenes Feld?

{
  "Kunde": {"Vorname": "⁅a.g⁆", "Nachname": "⁅a.f⁆", "Email": "⁅a.mail('g.f', ['web.de', 'bluewin.ch'][k])⁆"},
  "Lieferadresse": {"Strasse": "⁅ad.s⁆", "PLZ": "⁅ad.p⁆", "Ort": "⁅ad.t⁆"},
  "Telefon": "⁅ph⁆"
}''', locals())


@tpl(C, "mail_parser", "en", 2, case=(None, "lower"))
def _(c, k):
    cc = ["gb", "us"][k]
    a, b = c.person("en"), c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''Our mail-parser automation should pull name, phone and site address from this e-mail into the CRM. It only gets teh name. Why?

> From: ⁅a.full⁆ <⁅a.mail('g.f', ['btinternet.com', 'comcast.net'][k])⁆>
> Subject: Re: quote for the garden room
>
> Hi ⁅b.g⁆,
> Happy to go ahead. The site address is
⁅quote(ad.block)⁆
>
> Cheers,
> ⁅a.g⁆
> ⁅ph⁆''', locals())


@tpl(C, "form_webhook_fr", "fr", 2)
def _(c, k):
    if k == 0:
        a = c.holder("fr_nir")
        ad = c.addr("fr")
        ph = c.phone("fr")
        nir = NID(c.idv(a, "fr_nir").replace(" ", "+"))
        ib = IBAN(c.idv(a, "iban_fr").replace(" ", "+"))
        st = L(ad.raw("s").replace(" ", "+"))
        return S('''Formulaire d'adhésion (mutuelle) → webhook → Pipedrive. Le NIR arrive-t-il au bon format dans ce corps ?

civilite=M.&nom=⁅a.f⁆&prenom=⁅a.g⁆&nir=⁅nir⁆&iban=⁅ib⁆&tel=⁅ph.replace(' ', '+')⁆&adresse=⁅st⁆&cp=⁅ad.p⁆&ville=⁅ad.t⁆''', locals())
    a = c.person("fr")
    ad = c.addr("fr")
    ph = c.phone("fr")
    return S('''Le scénario Zapier « Formulaire contact → Brevo » crée des doublons. Voici deux exécutions :

1) nom=⁅a.f⁆ ; prénom=⁅a.g⁆ ; email=⁅a.mail('g.f', 'free.fr')⁆ ; tél=⁅ph⁆ ; ville=⁅ad.t⁆
2) nom=⁅P(a.F.upper())⁆ ; prénom=⁅P(a.G.lower())⁆ ; email=⁅a.mail('g.f', 'free.fr')⁆ ; tél=⁅ph⁆ ; ville=⁅ad.t⁆''', locals())


@tpl(C, "sheets_append_es", "es", 2)
def _(c, k):
    if k == 0:
        a = c.holder("iban_es")
        ad = c.addr("es")
        ph = c.phone("es")
        ib = IBAN(c.idv(a, "iban_es"))
        return S('''Automatización: cada pedido de la tienda añade una fila a Google Sheets. La API devuelve 400 con este cuerpo, ¿qué sobra?

{"range": "Pedidos!A:E", "values": [["⁅a.full⁆", "⁅a.mail('g.f', 'gmail.com')⁆", "⁅ph⁆", "⁅ad.line⁆", "⁅ib⁆"]]}''', locals())
    a = c.person("es")
    ad = c.addr("co")
    ph = c.phone("co")
    return S('''El flujo de n8n que pasa los pedidos de WhatsApp a Sheets se salta la columna C. Fila de ejemplo:

["⁅a.full⁆", "⁅ph⁆", "⁅ad.line⁆", "2 cajas", "contraentrega"]''', locals())


@tpl(C, "scraper_obfuscated", "en", 2)
def _(c, k):
    a, b, d = c.person("en"), c.person("en"), c.person("en")
    ph = c.phone(["us", "gb"][k])
    if k == 0:
        e1 = obf(a.local("g.f"), "gmail.com")
        e2 = obf(b.local("gf"), "prairieline.com", at=" (at) ", dot=" (dot) ")
        e3 = E(f"{d.local('g')} [at] {d.local('f')}-consulting [dot] com")
    else:
        e1 = obf(a.local("gfi", 7), "hotmail.co.uk", at=" {at} ", dot=" {dot} ")
        e2 = E(f"{b.local('g.f')} at tidewell dot co dot uk")
        e3 = E(f"{d.local('g')}@{d.local('f')}.me".replace("@", " @ "))
    return S('''The lead-scraper step returns these notes and our regex misses evey e-mail. Help me write one that catches them:

1. "call me on ⁅ph⁆ or mail ⁅e1⁆"
2. "⁅b.full⁆: ⁅e2⁆"
3. "for the quote reach ⁅d.g⁆ at ⁅e3⁆"''', locals())


@tpl(C, "label_automation", "en", 2)
def _(c, k):
    cc, ctry = [("gb", "United Kingdom"), ("ie", "Ireland")][k]
    a = c.person("en")
    ad = c.addr(cc)
    ph = c.phone(cc)
    return S('''The label-printing automation cuts off the last line. This is the text it receives:

SHIP TO
⁅a.full⁆
⁅ad.block⁆
⁅L(ctry)⁆
Tel ⁅ph⁆

Filter in step 2: only continue if postcode = "⁅ad.p⁆"''', locals())


@tpl(C, "returns_ocr_caps", "en", 1, case="upper")
def _(c, k):
    a = c.person("en")
    ad = c.addr("gb")
    ph = c.phone("gb")
    return S('''OCR of a returns label; the Zap splits it wrong. Which formatter step should I use?
RETURN FROM: ⁅a.full⁆
⁅ad.block⁆
TEL ⁅ph⁆
ORDER 7731-20''', locals())


@tpl(C, "power_automate_nl", "nl", 1)
def _(c, k):
    a = c.person("nl")
    ad = c.addr("nl")
    ph = c.phone("nl")
    return S('''Power Automate-flow: bij een nieuw retourformulier maken we een taak aan in Planner. De expressie pakt de verkeerde naam. Input:

{"naam":"⁅a.full⁆","email":"⁅a.mail('g.f', 'ziggo.nl')⁆","telefoon":"⁅ph⁆","adres":"⁅ad.s⁆","postcode":"⁅ad.p⁆","woonplaats":"⁅ad.t⁆"}''', locals())


@tpl(C, "zap_formatter_sv", "sv", 1)
def _(c, k):
    a = c.person("sv")
    ad = c.addr("se")
    ph = c.phone("se")
    return S('''Zapier-steget "Formatter" ska dela upp namnet i förnamn och efternamn, men det blir fel. Indata:

Namn: ⁅a.full⁆
Adress: ⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆
Mobil: ⁅ph⁆''', locals())


@tpl(C, "n8n_form_pl", "pl", 1)
def _(c, k):
    a = c.person("pl")
    ad = c.addr("pl")
    ph = c.phone("pl")
    return S('''Automatyzacja w n8n: formularz reklamacji → Jira. Dlaczego pole „Telefon” w zgłoszeniu jest puste?

{"imie_nazwisko": "⁅a.full⁆", "tel": "⁅ph⁆", "adres": "⁅ad.s⁆, ⁅ad.p⁆ ⁅ad.t⁆", "opis": "uszkodzona paczka"}''', locals())


@tpl(C, "make_ctt_pt", "pt", 1)
def _(c, k):
    a = c.person("pt")
    ad = c.addr("pt")
    ph = c.phone("pt")
    return S('''Fluxo no Make: encomenda → etiqueta CTT. O código postal não aparece no output. Este é o input:

Nome: ⁅a.full⁆ | Morada: ⁅ad.s⁆ | CP: ⁅ad.p⁆ ⁅ad.t⁆ | Tel: ⁅ph⁆''', locals())


@tpl(C, "webhook_1c_ru", "ru", 1)
def _(c, k):
    a = c.holder("ru_snils")
    b = c.person("ru")
    ad = c.addr("ru")
    ph = c.phone("ru")
    snils = NID(c.idv(a, "ru_snils"))
    return S('''Вебхук из HR-формы в 1С падает с ошибкой «неверный СНИЛС». Проверь, пожалуйста, тело запроса:

{"fio": "⁅a.official⁆", "snils": "⁅snils⁆", "phone": "⁅ph⁆", "address": "⁅ad.line⁆", "hr_manager": "⁅b.official⁆"}''', locals())


@tpl(C, "alimtalk_ko", "ko", 1)
def _(c, k):
    a = c.person("ko")
    ad = c.addr("kr")
    ph = c.phone("kr")
    return S('''카카오 알림톡 자동화 페이로드입니다. #{이름} 변수가 치환되지 않는 이유가 뭘까요?

{"template":"배송출발","to":"⁅ph⁆","vars":{"이름":"⁅a.full⁆","주소":"⁅ad.line⁆"}}''', locals())


@tpl(C, "feishu_flow_zh", "zh", 1)
def _(c, k):
    a = c.person("zh")
    ad = c.addr("cn")
    ph = c.phone("cn")
    return S('''飞书多维表格自动化：新订单推送到群里。收到的数据如下，为什么手机号字段是空的？

{"客户":"⁅a.full⁆","手机号码":"⁅ph⁆","地址":"⁅ad.j(" ")⁆","备注":"下午送"}''', locals())


@tpl(C, "dup_runs_lower", "en", 2, case="lower")
def _(c, k):
    a = c.person("en")
    ph = c.phone(["au", "us"][k])
    return S('''my zap keeps creating seperate contacts for the same person. two runs from today:
run 1: name=⁅a.full⁆ email=⁅a.mail('g.f', 'gmail.com')⁆ phone=⁅ph⁆
run 2: name=⁅P(a.FULL.upper())⁆ email=⁅a.mail('gfi', 'gmail.com', 3)⁆ phone=⁅ph⁆
which field should the find step match on?''', locals())


@tpl(C, "stripe_sheet_card", "en", 1)
def _(c, k):
    a = c.holder("card")
    ad = c.addr("gb")
    pan = CARD(c.idv(a, "card"))
    return S('''Our Stripe → Google Sheets automation wrote this row. We were never supposed to store the full card number. What else in the row should I purge?

2025-03-09,⁅a.full⁆,⁅a.mail('g.f', 'icloud.com')⁆,⁅pan⁆,12/26,⁅ad.p⁆,GBP 84.00''', locals())


@tpl(C, "ics_invite", "en", 1)
def _(c, k):
    a, b = c.person("en"), c.person("en")
    ad = c.addr("us")
    loc = "\\, ".join(ad.lines)
    return S('''The calendar automation builds this .ics, but Outlook drops the attendees. Why?

BEGIN:VEVENT
SUMMARY:Site survey
DTSTART:20250318T140000Z
ATTENDEE;CN=⁅a.full⁆:mailto:⁅a.mail('g.f', 'gmail.com')⁆
ATTENDEE;CN=⁅b.full⁆;ROLE=REQ-PARTICIPANT:⁅b.mail('gf', 'prairieline.com')⁆
LOCATION:⁅loc⁆
END:VEVENT''', locals())


@tpl(C, "refund_iban_gb", "en", 1)
def _(c, k):
    a = c.holder("iban_gb")
    b = c.person("en")
    ph = c.phone("gb")
    ib = IBAN(c.idv(a, "iban_gb"))
    return S('''The refund automation (form → accounting bank transfer) failed validation on this submission. Is it the IBAN or the name field?

customer_name: ⁅a.full⁆
order: 88-2041
refund_to_iban: ⁅ib⁆
contact: ⁅a.mail('g.f', 'btinternet.com')⁆ / ⁅ph⁆
reason: "arrived damaged, photos sent to ⁅b.g⁆ on chat"''', locals())


@tpl(C, "whatsapp_flow_hi", "hi", 1)
def _(c, k):
    a = c.person("hi")
    ad = c.addr("in")
    ph = c.phone("in")
    return S('''WhatsApp ऑटोमेशन से यह संदेश आया है। पिनकोड को अलग फ़ील्ड में कैसे निकालूँ?

नाम: ⁅a.full⁆
पता: ⁅ad.line⁆
मोबाइल: ⁅ph⁆''', locals())


@tpl(C, "zalo_webhook_vi", "vi", 1)
def _(c, k):
    a = c.person("vi")
    ad = c.addr("vn")
    ph = c.phone("vn")
    return S('''Zalo OA gửi webhook này, tôi cần tách họ và tên ra hai cột:

{"ho_ten":"⁅a.full⁆","sdt":"⁅ph⁆","dia_chi":"⁅ad.line⁆","ghi_chu":"giao giờ hành chính"}''', locals())


# ================================================================ PII-free rows
# Same framings, filled with what a careless detector masks: software and models named like people,
# public figures, eponyms, sample people and placeholders, documentation addresses and test cards.


def fixed(cls, name, lang, texts, case=None):
    """A PII-free template: one hand-written text a row."""
    tpl(cls, name, lang, len(texts), case)(lambda c, k: texts[k])


# ---------------------------------------------------------------- clean_tool_schemas

C = "clean_tool_schemas"

fixed(C, "function_schema", "en", [
    '''Is this JSON Schema OK for a function-calling tool? The model keeps putting the whole name in first_name.

{
  "name": "crm_update_contact",
  "description": "Update a Salesforce contact. Never guess values; ask the user.",
  "parameters": {"type": "object", "properties": {
      "contact_id": {"type": "string", "pattern": "^003[A-Za-z0-9]{12,15}$"},
      "first_name": {"type": "string", "examples": ["Jane"]},
      "last_name": {"type": "string", "examples": ["Doe"]},
      "email": {"type": "string", "format": "email", "examples": ["jane.doe@example.com"]},
      "mobile": {"type": "string", "description": "E.164, e.g. +44 7700 900123"}},
    "required": ["contact_id"]}
}''',
    '''Review this helpdesk tool definition for our Claude agent. Is `requester` better as an object or an ID?

{
  "name": "zendesk_create_ticket",
  "description": "Open a Zendesk ticket on behalf of the requester.",
  "input_schema": {
    "type": "object",
    "properties": {
      "subject": {"type": "string", "maxLength": 150},
      "requester": {"type": "object", "properties": {"name": {"type": "string", "examples": ["{{requester_name}}"]}, "email": {"type": "string", "examples": ["requester@example.org"]}}},
      "priority": {"enum": ["low", "normal", "high", "urgent"]}
    },
    "required": ["subject", "requester"]
  }
}''',
    '''Gemini keeps sending `attendees` as a comma-separated string instead of an array. How should I tighten this declaration?

{
  "name": "calendar_create_event",
  "parameters": {
    "type": "OBJECT",
    "properties": {
      "title": {"type": "STRING", "description": "e.g. 'Sprint review'"},
      "start": {"type": "STRING", "description": "RFC 3339, e.g. 2025-03-18T09:30:00+01:00"},
      "attendees": {"type": "ARRAY", "items": {"type": "STRING"}, "description": "e-mail addresses, e.g. alice@example.com, bob@example.net"},
      "room": {"type": "STRING", "enum": ["Turing", "Lovelace", "Hopper", "Noether"]}
    }
  }
}''',
])

fixed(C, "mcp_tools_list", "en", [
    '''Which of these MCP tools should the support agent be allowed to call?

{"jsonrpc":"2.0","id":1,"result":{"tools":[
 {"name":"jira_create_issue","description":"Create a Jira issue. assignee must be an Atlassian account ID, never a display name"},
 {"name":"confluence_search","description":"CQL search over Confluence spaces"},
 {"name":"jenkins_trigger_build","description":"Trigger a Jenkins job by its full name"},
 {"name":"sentry_get_issue","description":"Fetch a Sentry issue with breadcrumbs"},
 {"name":"pagerduty_ack","description":"Acknowledge a PagerDuty incident"}
]}}''',
    '''My claude_desktop_config.json doesn't load the postgres server. What's wrong?

{
  "mcpServers": {
    "github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "<YOUR_TOKEN>"}},
    "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://localhost/mydb"]},
    "puppeteer": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-puppeteer"]},
  }
}''',
])

fixed(C, "placeholder_payloads", "en", [
    '''Our eval harness sends this canned tool call to every model. Are the placeholders obvious enough that nobody mistakes them for real data?

{"name": "crm_create_lead", "arguments": {"first_name": "{{first_name}}", "last_name": "{{last_name}}", "email": "[EMAIL]", "phone": "<PHONE>", "company": "Acme Corp", "notes": "Met at {{event_name}}"}}''',
    '''Prompt template for the shipping agent. Jinja renders an empty line when address2 is missing, how do I avoid it?

Ship to:
{{ order.shipping_address.name }}
{{ order.shipping_address.address1 }}
{{ order.shipping_address.address2 }}
{{ order.shipping_address.city }} {{ order.shipping_address.zip }}
{{ order.shipping_address.country_code | upper }}''',
    '''Is this docstring example enough for the model to call the tool right?

def send_invite(name: str, email: str, role: str = "viewer") -> dict:
    """Invite someone to the workspace.

    >>> send_invite(name="Ada Lovelace", email="ada@example.com", role="editor")
    {'status': 'invited', 'email': 'ada@example.com'}
    """''',
])

fixed(C, "openapi_examples", "en", [
    '''Can the agent infer the request shape from this OpenAPI example, or do I need a schema too?

components:
  examples:
    Customer:
      value:
        id: cus_123
        name: John Doe
        email: john.doe@example.com
        phone: "+1-202-555-0143"
        last_login_ip: 192.0.2.44
        address: {line1: "123 Main St", city: Springfield, postal_code: "00000"}''',
    '''The payments tool is a thin wrapper over this sample from the docs. Which fields should we drop before showing it to the model?

{
  "object": "customer",
  "name": "Jenny Rosen",
  "email": "jenny.rosen@example.com",
  "address": {"line1": "510 Townsend St", "city": "San Francisco", "state": "CA", "postal_code": "94103", "country": "US"},
  "invoice_settings": {"default_payment_method": "pm_card_visa"},
  "metadata": {"test_card": "4242 4242 4242 4242"}
}''',
])

fixed(C, "schema_de", "de", [
    '''Ist diese Tool-Beschreibung verständlich genug für das Modell? Es erfindet immer wieder Postleitzahlen.

kunde_anlegen: Legt einen Kunden im ERP an. Nichts raten, fehlende Felder erfragen.
Beispiel:
{"vorname": "Max", "nachname": "Mustermann", "strasse": "Musterstraße 1", "plz": "12345", "ort": "Musterstadt", "telefon": "030 123456789", "email": "max.mustermann@example.de"}''',
])

fixed(C, "sample_tool_result", "en", ['''For the docs, is this a good fake tool result to show how the agent summarises a ticket? Everything in it should be obviously made up.

{"ticket_id": "TCK-0000", "requester": {"name": "Sample Customer", "email": "customer@example.com"}, "assignee": "Support Bot", "subject": "Lorem ipsum dolor sit amet", "status": "open", "created_at": "1970-01-01T00:00:00Z"}'''])

fixed(C, "schema_fr", "fr", ['''Le modèle confond « nom » et « prénom » avec cet outil. Faut-il renommer les champs ?

{"name": "creer_client", "description": "Crée un client. Exemple : Jean Dupont, 1 rue de l'Exemple, 75000 Paris, jean.dupont@example.com, 01 23 45 67 89",
 "parameters": {"type": "object", "properties": {"nom": {"type": "string"}, "prenom": {"type": "string"}, "code_postal": {"type": "string", "pattern": "^[0-9]{5}$"}}}}'''])

fixed(C, "schema_es", "es", ['''¿Esta descripción de herramienta basta para que el agente no invente direcciones?

registrar_cliente(nombre, apellidos, direccion, cp)
Ejemplo de uso: registrar_cliente("Fulano", "de Tal", "Calle Falsa 123", "00000")
No rellenes nunca un campo con datos inventados: si falta, pregunta.'''])

fixed(C, "schema_ja", "ja", ['''このツール定義のサンプル値は分かりやすいですか？モデルが例の値をそのまま送ってきます。

{"name": "create_customer", "description": "顧客を登録します。例：山田太郎、〒000-0000、090-0000-0000",
 "parameters": {"type": "object", "properties": {"name": {"type": "string", "examples": ["山田太郎", "山田花子"]}, "zip": {"type": "string", "pattern": "^[0-9]{3}-[0-9]{4}$"}}}}'''])

fixed(C, "schema_ko", "ko", ['''함수 호출 스키마 예시입니다. 모델이 예시 값 "홍길동"을 그대로 넣는 문제를 어떻게 막나요?

{"name": "register_member", "parameters": {"type": "object", "properties": {
  "name": {"type": "string", "description": "회원 이름 (예: 홍길동)"},
  "phone": {"type": "string", "description": "예: 010-0000-0000"}}}}'''])

fixed(C, "schema_zh", "zh", ['''这个工具描述里用了张三、李四做例子，模型偶尔会把例子当成真实用户。怎么写更好？

工具：query_order(user_name, phone)
说明：按姓名和手机号查询订单。例如 query_order("张三", "138xxxxxxxx")、query_order("李四", "139xxxxxxxx")。'''])

fixed(C, "schema_it", "it", ['''Secondo te questo schema è chiaro? Il modello compila sempre il codice fiscale con l'esempio.

{"name": "registra_cliente", "parameters": {"type": "object", "properties": {
  "nome_completo": {"type": "string", "description": "es. Mario Rossi"},
  "codice_fiscale": {"type": "string", "description": "16 caratteri, es. XXXXXX00X00X000X"},
  "indirizzo": {"type": "string", "description": "es. Via Roma 1, 00100 Roma"}}}}'''])

fixed(C, "schema_pl", "pl", ['''Czy ten opis narzędzia jest poprawny? Model wpisuje dane z przykładu zamiast pytać użytkownika.

dodaj_klienta(imie, nazwisko, pesel, adres)
Przykład: dodaj_klienta("Jan", "Kowalski", "00000000000", "ul. Przykładowa 1, 00-001 Warszawa")'''])

fixed(C, "schema_nl", "nl", ['''Wat is netter voor een tool-definitie: één veld "naam" of voornaam en achternaam apart? We gebruiken nu dit voorbeeld:

{"naam": "Jan Jansen", "adres": "Voorbeeldstraat 1", "postcode": "1234 AB", "plaats": "Voorbeeldstad", "email": "jan.jansen@example.nl"}'''])

fixed(C, "schema_br", "pt", ['''O agente de cadastro preenche o CPF com o valor do exemplo. Como reescrevo essa descrição?

cadastrar_cliente: cria um cliente. Exemplo: {"nome": "Fulano de Tal", "cpf": "000.000.000-00", "cep": "00000-000", "email": "fulano@example.com"}. Beltrano e Sicrano são só exemplos também.'''])

fixed(C, "enum_caps", "en", ['''WHICH OF THESE ENUM VALUES SHOULD THE BILLING TOOL ACCEPT? THE MODEL KEEPS SENDING LOWER CASE.
FIELD_TYPE: PERSON_NAME | BILL_TO | SHIP_TO | GRACE_PERIOD_DAYS | MAX_RETRIES
DEFAULT_ASSIGNEE: UNASSIGNED
DEFAULT_QUEUE: TIER_1_SUPPORT'''], case="upper")

fixed(C, "schema_questions_lower", "en", [
    '''should the crm tool take first_name and last_name or one full_name field? thinking of names like gabriel garcía márquez or ngũgĩ wa thiong'o where the split isnt obvious''',
    '''quick one: in an mcp server, do the tool descriptions count against the context window? we expose about 40 tools (jira, confluence, github, jenkins, sentry, pagerduty, grafana) and claude gets slow''',
], case="lower")

fixed(C, "test_cards", "en", [
    '''Which of these Stripe test cards trigger 3-D Secure in test mode? I want the payment tool's eval to cover each path.
4242 4242 4242 4242 (no auth)
4000 0027 6000 3184 (always authenticate)
4000 0000 0000 9995 (insufficient funds)''',
    '''Our checkout agent runs against the sandbox. Is 4111 1111 1111 1111 still accepted as a test Visa, or should I switch everything to the processor's own list (5555 5555 5555 4444 for Mastercard, 3782 822463 10005 for Amex)?''',
])

fixed(C, "schema_ru", "ru", ['''Модель подставляет пример из описания инструмента вместо настоящих данных. Как переписать?

create_client: создаёт клиента в CRM. Пример: {"fio": "Пупкин Василий", "phone": "+7 (000) 000-00-00", "city": "Энск"}. Если поле неизвестно, спроси пользователя.'''])

fixed(C, "schema_tr", "tr", ['''Bu araç tanımında örnek olarak "Ali Veli" kullandık; model bazen bunu gerçek müşteri sanıyor. Daha iyi bir açıklama önerir misin?

musteri_ekle(ad_soyad, telefon, il)
Örnek: musteri_ekle("Ali Veli", "05XX XXX XX XX", "{{il}}")'''])

fixed(C, "schema_sv", "sv", ['''Är det här exemplet i verktygsbeskrivningen tydligt nog? Vi använder Kalle Anka så att ingen tror att det är en riktig kund.

skapa_kund(namn="Kalle Anka", adress="Paradisäppelvägen 111", ort="Ankeborg", telefon="070-000 00 00")'''])

fixed(C, "schema_hu", "hu", ['''Elég egyértelmű ez a mintaadat a tool leírásában? Gipsz Jakabot írtunk, hogy senki ne higgye valódi ügyfélnek.

ugyfel_letrehozasa(nev="Gipsz Jakab", iranyitoszam="0000", telefon="06 00 000 0000")'''])

fixed(C, "schema_cs", "cs", ['''Potřebuju lepší popis nástroje pro agenta. Teď tam máme příklad s Janem Novákem a model ho občas pošle jako skutečná data.

vytvor_zakaznika(jmeno="{jmeno}", prijmeni="{prijmeni}", psc="{psc}")  # např. Jan Novák, 000 00'''])

fixed(C, "schema_fi", "fi", ['''Onko tämä työkalun kuvaus riittävä? Esimerkkinä on Teppo Testaaja, ettei malli luule sitä oikeaksi asiakkaaksi.

luo_asiakas(nimi="Teppo Testaaja", osoite="Testikatu 1", postinumero="00000", puhelin="040 000 0000")'''])

fixed(C, "schema_id", "id", ['''Deskripsi tool ini sudah cukup jelas belum? Contohnya pakai nama "Budi" seperti di buku pelajaran SD.

buat_pelanggan(nama="{{nama}}", no_hp="08xx-xxxx-xxxx", kota="{{kota}}")
Contoh: buat_pelanggan(nama="Budi", no_hp="0800-0000-0000", kota="Jakarta")'''])


# ---------------------------------------------------------------- clean_retrieval

C = "clean_retrieval"

fixed(C, "rag_public_figures", "en", [
    '''Answer from the retrieved context only: who wrote the first published algorithm meant for a machine?

[1] wiki/Ada_Lovelace: Augusta Ada King, Countess of Lovelace (1815–1852), translated Luigi Menabrea's article on Charles Babbage's Analytical Engine and added notes, among them Note G, a method for computing Bernoulli numbers.
[2] wiki/Analytical_Engine: Babbage first described the engine in 1837; it was never completed in his lifetime.''',
    '''Context for the question "who coined 'debugging'?":
[1] Grace Hopper (1906–1992) worked on the Harvard Mark I under Howard Aiken and later led the team behind FLOW-MATIC, which shaped COBOL.
[2] The 1947 log page with a moth taped to it is kept at the Smithsonian's National Museum of American History.
[3] Jean Sammet was a key member of the committee that designed COBOL.
Does the context actually support the claim that Hopper coined the word?''',
    '''The retriever returned these for "who invented TF-IDF". Rank them by relevance:
[a] Karen Spärck Jones introduced inverse document frequency in 1972.
[b] Hans Peter Luhn at IBM worked on auto-abstracting and KWIC indexes; the Luhn checksum is his too.
[c] Gerard Salton's SMART system at Cornell popularised the vector space model.
[d] Stephen Robertson and Spärck Jones later developed the probabilistic model behind BM25.''',
])

fixed(C, "rag_eponymous_laws", "en", [
    '''Our planning agent cites these laws a lot. Are the summaries in its knowledge base right?
- Conway's law (Melvin Conway, 1967): systems mirror the communication structure of the organisation that builds them.
- Brooks's law (Fred Brooks, The Mythical Man-Month): adding people to a late project makes it later.
- Hofstadter's law: it always takes longer than you expect, even when you take Hofstadter's law into account.
- Parkinson's law (C. Northcote Parkinson): work expands to fill the time available.''',
    '''Retrieved snippets for "why do KPIs backfire":
1. Goodhart's law, after Charles Goodhart of the Bank of England: when a measure becomes a target, it ceases to be a good measure.
2. Campbell's law (Donald T. Campbell) makes the same point about social indicators.
3. The Peter principle (Laurence J. Peter): people rise to their level of incompetence.
Write a two-paragraph answer using only these.''',
])

fixed(C, "memory_no_person", "en", [
    '''Agent memory for this workspace. Anything here that shouldn't be stored?
- prefers metric units and British spelling
- team uses Jenkins for CI, Argo CD for deploys, Grafana for dashboards
- default AWS region eu-central-1; staging cluster is called "gemini", prod is "apollo"
- wants answers as bullet points, no emojis
- the on-call rota lives in Opsgenie, not in Slack''',
    '''Company-level memory the assistant keeps (no personal data, please confirm):
- the Amsterdam office closes at 18:00, Lisbon at 19:00
- expense limit for team lunches: 50 EUR a head
- travel booking: Navan; HR system: Personio; payroll: Deel
- meeting rooms are named after scientists: Curie, Tesla, Hopper, Ramanujan, Noether''',
], case=("lower", None))

fixed(C, "browser_company_pages", "en", [
    '''The browser agent pulled this from a supplier's "About us" page. Summarise it in two lines:
"Founded in 1939 by Bill Hewlett and Dave Packard in a Palo Alto garage, the company's first product was an audio oscillator; Walt Disney Studios bought eight of them for Fantasia."''',
    '''Extract from a public page the agent visited. Is the brand history right?
"The name Mercedes comes from Mercedes Jellinek, daughter of the Austrian businessman Emil Jellinek, who raced Daimler cars under that name. Karl Benz and Gottlieb Daimler never met, yet their firms merged in 1926."''',
])

fixed(C, "rag_places_named", "en", [
    '''The travel agent's knowledge base says these places are named after people. Check each:
- Vancouver: Captain George Vancouver
- Bolivia: Simón Bolívar
- Tasmania: Abel Tasman
- Lake Victoria: Queen Victoria
- Pennsylvania: William Penn's father, Admiral Sir William Penn''',
    '''Chunk retrieved for "airports named after people": John F. Kennedy (New York), Charles de Gaulle (Paris), Indira Gandhi (Delhi), Jomo Kenyatta (Nairobi), Leonardo da Vinci (Rome Fiumicino), Václav Havel (Prague). Turn it into a table with city and country.''',
], case=(None, "lower"))

fixed(C, "rag_de", "de", ['''Kontext aus der Wissensdatenbank, beantworte die Frage nur damit: Wer baute den ersten funktionsfähigen programmgesteuerten Rechner?
[1] Konrad Zuse stellte die Z3 im Mai 1941 in Berlin vor.
[2] Die Zuse KG ging später in Siemens auf.
[3] Heinz Nixdorf gründete 1952 in Essen das Labor für Impulstechnik.'''])

fixed(C, "rag_fr", "fr", ['''Contexte récupéré, réponds seulement à partir de ces extraits : qui a inspiré le nom du langage Pascal ?
[1] Niklaus Wirth a publié le langage Pascal en 1970.
[2] Il l'a nommé en hommage à Blaise Pascal, inventeur de la Pascaline (1642).
[3] Joseph Marie Jacquard a mis au point son métier à tisser programmable à Lyon.'''])

fixed(C, "rag_es", "es", ['''Fragmentos recuperados para «precursores de la informática en España». Responde solo con ellos:
1. Leonardo Torres Quevedo construyó El Ajedrecista (1912) y presentó el Telekino en 1903.
2. Isaac Peral diseñó un submarino eléctrico botado en 1888.
¿Cuál de los dos tiene más relación con la automatización?'''])

fixed(C, "browser_it", "it", ['''Estratto della pagina che l'agente di navigazione ha aperto. Fammi un riassunto di tre righe:
"La Programma 101 di Olivetti, progettata da Pier Giorgio Perotto, fu presentata a New York a metà degli anni Sessanta. Adriano Olivetti era morto nel 1960. Federico Faggin, nato a Vicenza, guidò poi il progetto dell'Intel 4004."'''])

fixed(C, "rag_br", "pt", ['''Trechos recuperados. Responda só com base neles: quem dá nome à Fiocruz?
[1] Oswaldo Cruz dirigiu a campanha contra a febre amarela no Rio de Janeiro no início do século XX.
[2] A doença de Chagas foi descrita por Carlos Chagas em 1909.
[3] Alberto Santos-Dumont voou com o 14-bis em Paris em 1906.'''])

fixed(C, "rag_ja", "ja", [
    '''検索で取得した文脈だけを使って答えてください：トヨタの源流はどこですか？
[1] 豊田佐吉は1924年に無停止杼換式豊田自動織機（G型）を完成させた。
[2] 長男の豊田喜一郎が自動車部を立ち上げ、1937年にトヨタ自動車工業が設立された。''',
    '''社内ナレッジから取得した断片です。千円札の肖像について正しいですか？
・野口英世：黄熱病の研究で知られ、2004年から千円札の肖像
・北里柴三郎：破傷風菌の純粋培養に成功、2024年から新しい千円札の肖像''',
])

fixed(C, "rag_zh", "zh", ['''根据以下检索到的片段回答：谁因青蒿素获得诺贝尔奖？
[1] 屠呦呦于2015年获得诺贝尔生理学或医学奖。
[2] 袁隆平被称为“杂交水稻之父”。
[3] 钱学森是中国航天事业的奠基人之一。'''])

fixed(C, "rag_ko", "ko", ['''검색된 문맥만 사용해서 답해 주세요: 측우기를 만든 사람은 누구인가요?
[1] 세종대왕은 1443년 훈민정음을 창제했다.
[2] 장영실은 세종 때 측우기와 자격루 제작에 참여했다.
[3] 이순신은 임진왜란 때 한산도 대첩을 이끌었다.'''])

fixed(C, "rag_hi", "hi", ['''नीचे दिए गए संदर्भ के आधार पर ही जवाब दें: रमन प्रभाव की खोज किसने की?
[1] सी. वी. रमन को 1930 में भौतिकी का नोबेल पुरस्कार मिला।
[2] श्रीनिवास रामानुजन ने जी. एच. हार्डी के साथ कैम्ब्रिज में काम किया।
[3] होमी जहाँगीर भाभा को भारत के परमाणु कार्यक्रम का जनक कहा जाता है।'''])

fixed(C, "rag_ar", "ar", ['''أجب اعتمادًا على المقاطع المسترجعة فقط: من أين جاءت كلمة "خوارزمية"؟
[1] محمد بن موسى الخوارزمي عالم رياضيات عاش في بغداد في القرن التاسع.
[2] ابن الهيثم كتب "كتاب المناظر" في البصريات.
[3] ابن سينا ألّف "القانون في الطب".'''])

fixed(C, "rag_he", "he", ['''ענה רק על סמך הקטעים שאוחזרו: מי זכה בפרס נובל לכימיה על גבישים קוואזיים?
[1] דן שכטמן זכה בפרס נובל לכימיה בשנת 2011.
[2] עדה יונת זכתה בפרס נובל לכימיה בשנת 2009 על חקר הריבוזום.
[3] אהרן צ'חנובר ואברהם הרשקו זכו בפרס בשנת 2004.'''])

fixed(C, "rag_pl", "pl", ['''Odpowiedz tylko na podstawie fragmentów: kto pierwszy złamał Enigmę?
[1] Marian Rejewski odtworzył okablowanie wirników Enigmy w grudniu 1932 roku.
[2] Stefan Banach był jednym z twórców analizy funkcjonalnej; przestrzenie Banacha noszą jego imię.
[3] Maria Skłodowska-Curie urodziła się w Warszawie w 1867 roku.'''])

fixed(C, "rag_sv", "sv", ['''Svara bara utifrån de hämtade styckena: varför heter temperaturskalan Celsius?
[1] Anders Celsius föreslog sin skala 1742 i Uppsala.
[2] Carl von Linné vände senare på skalan så att 0 blev fryspunkten.
[3] Alfred Nobel uppfann dynamiten 1867.'''])

fixed(C, "rag_lower", "en", [
    '''retrieved: "dijkstra's algorithm finds shortest paths when edge weights are non-negative; bellman-ford, named for richard bellman and lester ford jr., also handles negative edges." question from the routing agent: which one for our delivery graph?''',
    '''chunk: "the turing test was proposed by alan turing in 1950 in computing machinery and intelligence; the loebner prize ran a version of it from 1991." does the context say who won it most often?''',
], case="lower")

fixed(C, "ocr_plaque_caps", "en", ['''OCR from a photo on a walking-tour page the browser agent opened:
"English Heritage / Alan Turing / 1912–1954 / Code-breaker and pioneer of computer science / lived here"
Does the page say which town the plaque is in?'''], case="upper")

fixed(C, "rag_cs", "cs", ['''Odpověz jen podle nalezených úryvků: kdo vymyslel slovo robot?
[1] Slovo „robot“ se poprvé objevilo ve hře Karla Čapka R.U.R. (1920).
[2] Autorem slova byl podle Karla Čapka jeho bratr Josef.
[3] Otto Wichterle vyvinul měkké kontaktní čočky.'''])

fixed(C, "rag_tr", "tr", ['''Yalnızca getirilen parçalara dayanarak yanıtla: 10 TL banknotundaki matematikçi kim?
[1] Cahit Arf, Arf değişmezi ve Hasse–Arf teoremiyle bilinir; portresi 10 TL banknotlarında yer aldı.
[2] Aziz Sancar 2015 Nobel Kimya Ödülü'nü aldı.'''])

fixed(C, "rag_ru", "ru", ['''Ответь только по найденным фрагментам: кто придумал «Тетрис»?
[1] Алексей Пажитнов создал «Тетрис» в 1984 году в Вычислительном центре АН СССР.
[2] Дмитрий Менделеев опубликовал периодическую таблицу в 1869 году.
[3] Александр Попов продемонстрировал радиоприёмник в 1895 году.'''])

fixed(C, "rag_el", "el", ['''Απάντησε μόνο με βάση τα αποσπάσματα: ποιος έδωσε το όνομά του στο κόσκινο για τους πρώτους αριθμούς;
[1] Ο Ερατοσθένης ο Κυρηναίος μέτρησε την περιφέρεια της Γης.
[2] Ο αλγόριθμος του Ευκλείδη βρίσκει τον μέγιστο κοινό διαιρέτη.
[3] Ο Αρχιμήδης έζησε στις Συρακούσες.'''])

fixed(C, "rag_uk", "uk", ['''Відповідай лише за знайденими фрагментами: хто створив МЕСМ?
[1] Сергій Лебедєв керував створенням МЕСМ у Києві (1950).
[2] Віктор Глушков заснував Інститут кібернетики.
[3] Ігор Сікорський побудував перший серійний гелікоптер R-4.'''])


# ---------------------------------------------------------------- clean_code_assist

C = "clean_code_assist"

fixed(C, "llm_clients", "en", [
    '''Why does this return 404 "model not found"?

from anthropic import Anthropic
client = Anthropic()
msg = client.messages.create(
    model="claude-3-5-sonnet",
    max_tokens=512,
    messages=[{"role": "user", "content": "Summarise the Jenkins console log"}],
)''',
    '''ollama keeps loading all three models and the box starts swapping. How do I keep just one in memory?

$ ollama list
NAME           SIZE
mistral:7b     4.1 GB
gemma2:9b      5.4 GB
llama3.1:8b    4.9 GB
$ ollama run mistral "explain the Luhn check in one line"''',
    '''Comparing coding agents for our monorepo: Devin, Claude Code, Gemini CLI, GitHub Copilot's agent mode and Cursor. Which of them can run our Bazel tests in a sandbox with no network access?''',
], case=(None, None, "lower"))

fixed(C, "sample_fixtures", "en", [
    '''Is it fine to keep these sample users in the repo?

SAMPLE_USERS = [
    {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "555-0100"},
    {"name": "John Doe", "email": "john.doe@example.org", "phone": "555-0199"},
    {"name": "Erika Mustermann", "email": "erika@example.de", "phone": "030 123456789"},
]''',
    '''Refactor this test so Alice and Bob don't end up sharing a key pair:

def test_dh_shared_secret():
    alice = KeyPair.generate()
    bob = KeyPair.generate()
    eve = Eavesdropper()
    assert alice.shared(bob.public) == bob.shared(alice.public)
    assert not eve.can_derive(alice.public, bob.public)''',
])

fixed(C, "bot_commits", "en", [
    '''Squash or keep these? They're all bot commits from last night:

a1b2c3d Bump django from 4.2.10 to 4.2.11 (dependabot[bot])
9e8f7a6 Update dependency @sentry/node to v7.108.0 (renovate[bot])
5d4c3b2 chore(release): 2.14.0 (github-actions[bot])
0f1e2d3 chore: regenerate OpenAPI client (Jenkins)''',
    '''Our commit policy says every AI-assisted commit needs a trailer. Is this format right?

feat(search): add BM25 fallback when the vector index is cold

Co-Authored-By: Claude <noreply@anthropic.com>
Signed-off-by: Release Bot <release-bot@example.com>''',
])

fixed(C, "ci_configs", "en", [
    '''Why does the Ansible stage start before Kafka is up?

pipeline {
  agent { label 'hudson-legacy' }
  stages {
    stage('Kafka') { steps { sh 'docker compose up -d kafka zookeeper' } }
    stage('Ansible') { steps { ansiblePlaybook playbook: 'site.yml', inventory: 'hosts.ini' } }
    stage('Cassandra schema') { steps { sh 'cqlsh -f schema.cql cassandra' } }
  }
}''',
    '''Ansible can't reach half of these. Is the inventory syntax wrong?

[gpu]
hopper.lab.internal
lovelace.lab.internal ansible_port=2222
turing.lab.internal

[storage]
noether ansible_host=10.20.0.14
ramanujan ansible_host=10.20.0.15''',
])

fixed(C, "compose_and_names", "en", [
    '''Which of these services can share the one GPU?

services:
  ollama:
    image: ollama/ollama:latest
    deploy: {resources: {reservations: {devices: [{capabilities: [gpu]}]}}}
  open-webui:
    image: ghcr.io/open-webui/open-webui:main
    environment: [OLLAMA_BASE_URL=http://ollama:11434]
  qdrant:
    image: qdrant/qdrant''',
    '''Naming question: our agent sandboxes are named after fictional robots (marvin, hal, bender, data). Is `hal` a bad Deployment name when our logs already say HAL for the hardware abstraction layer?''',
], case=(None, "lower"))

fixed(C, "dedupe_de", "de", ['''Warum erkennt die Dublettensuche „Meier“ und „Meyer“ nicht? Wir nutzen Levenshtein-Distanz und die Kölner Phonetik.

def ist_dublette(a: str, b: str) -> bool:
    return levenshtein(a, b) <= 1 or koelner_phonetik(a) == koelner_phonetik(b)'''])

fixed(C, "test_fr", "fr", ['''Ce test est-il correct ? Les données sont fictives.

def test_nom_complet():
    client = Client(nom="Dupont", prenom="Jean", tel="01 23 45 67 89", email="jean.dupont@example.com")
    assert client.nom_complet() == "DUPONT Jean"'''])

fixed(C, "test_es", "es", ['''¿Por qué este test pasa con el DNI de ejemplo de la documentación pero falla con el NIE?

@pytest.mark.parametrize("doc", ["12345678Z", "X0000000T"])
def test_valida_documento(doc):
    assert valida_dni_nie(doc)'''])

fixed(C, "test_ja", "ja", ['''このテストのフィクスチャは架空の人物です。命名はこのままで大丈夫でしょうか？

const user = { name: "山田太郎", kana: "ヤマダ タロウ", email: "taro.yamada@example.jp", tel: "03-0000-0000" };
expect(formatName(user)).toBe("山田 太郎");'''])

fixed(C, "code_questions_lower", "en", [
    '''why does jenkins keep killing my ollama container after 30 min? the job just runs `ollama serve` in the background and then calls mistral''',
    '''hugo or jekyll for the docs site? and does sphinx or mkdocs play nicer with ada and julia code blocks''',
], case="lower")

fixed(C, "sql_schema", "en", [
    '''Is this enough to stop the agent writing real names into the demo database?

CREATE TABLE demo_users (
  id serial PRIMARY KEY,
  first_name text NOT NULL CHECK (first_name IN ('Jane', 'John', 'Alex')),
  last_name text NOT NULL DEFAULT 'Doe',
  email text CHECK (email LIKE '%@example.com')
);
INSERT INTO demo_users (first_name, email) VALUES ('Jane', 'jane.doe@example.com');''',
    '''Rewrite this with a window function:

SELECT e.last_name, e.first_name, d.name AS dept,
       (SELECT COUNT(*) FROM employees e2
         WHERE e2.dept_id = e.dept_id AND e2.salary > e.salary) + 1 AS salary_rank
FROM employees e JOIN departments d ON d.id = e.dept_id
WHERE e.last_name = :last_name;''',
])

fixed(C, "docs_addresses_logs", "en", [
    '''Are these 499s from the load balancer or from the agent's browser?

192.0.2.10 - - [12/Mar/2025:08:14:03 +0000] "POST /mcp HTTP/1.1" 499 0 "-" "python-httpx/0.27"
198.51.100.7 - - [12/Mar/2025:08:14:04 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
203.0.113.45 - - [12/Mar/2025:08:14:09 +0000] "POST /mcp HTTP/1.1" 499 0 "-" "Claude-User"''',
    '''sshd log from the staging bastion (we rewrote the addresses to documentation ranges). Why is the jenkins key rejected?

Mar 12 08:15:01 bastion sshd[2211]: Accepted publickey for deploy from 2001:db8::17 port 51544 ssh2
Mar 12 08:15:07 bastion sshd[2214]: Connection closed by authenticating user jenkins 192.0.2.88 port 40112 [preauth]''',
])

fixed(C, "copybook_caps", "en", ['''Can you map this copybook to a JSON Schema?
01 CUSTOMER-RECORD.
   05 CUST-ID          PIC 9(8).
   05 CUST-FIRST-NAME  PIC X(20).
   05 CUST-LAST-NAME   PIC X(25).
   05 CUST-POSTCODE    PIC X(8).
   05 CUST-PHONE       PIC X(14).'''], case="upper")

fixed(C, "test_br", "pt", ['''Esse teste usa Fulano de Tal como exemplo. Por que o assert falha?

def test_nome_abreviado():
    assert abrevia("Fulano de Tal") == "Fulano T."'''])

fixed(C, "test_it", "it", ['''Perché questo test fallisce? I nomi sono solo esempi.

assert normalizza("mario ROSSI") == "Mario Rossi"
assert normalizza("giuseppe verdi") == "Giuseppe Verdi"'''])

fixed(C, "test_nl", "nl", ['''Waarom faalt deze test met tussenvoegsels? De voorbeeldnamen komen uit onze documentatie.

assert sorteer_naam("Vincent van Gogh") == "Gogh, Vincent van"
assert sorteer_naam("Johan de Witt") == "Witt, Johan de"'''])

fixed(C, "test_pl", "pl", ['''Funkcja ma odmieniać imiona w wołaczu. Czy te testy mają sens?

assert wolacz("Jan") == "Janie"
assert wolacz("Fryderyk") == "Fryderyku"  # jak Fryderyk Chopin'''])

fixed(C, "test_zh", "zh", ['''这段代码里的示例用户张三会被当成真实数据吗？

users = [{"name": "张三", "phone": "138xxxxxxxx"}, {"name": "李四", "phone": "139xxxxxxxx"}]
print(mask_phone(users[0]["phone"]))'''])

fixed(C, "test_ko", "ko", ['''테스트 코드의 예시 이름을 바꿔야 할까요? 홍길동은 가상 인물이고 이순신은 역사 인물입니다.

assert mask_name("홍길동") == "홍*동"
assert mask_name("이순신") == "이*신"'''])

fixed(C, "regex_ru", "ru", ['''Почему регулярка не находит отчество? Примеры из документации:

re.match(FIO_RE, "Пупкин Василий Петрович")
re.match(FIO_RE, "Пушкин Александр Сергеевич")'''])

fixed(C, "test_tr", "tr", ['''Bu birim testindeki isimler örnek. "Ali Veli" ile çalışıyor, "Mustafa Kemal Atatürk" ile neden çalışmıyor?

assert ad_soyad_ayir("Ali Veli") == ("Ali", "Veli")
assert ad_soyad_ayir("Mustafa Kemal Atatürk") == ("Mustafa Kemal", "Atatürk")'''])

fixed(C, "test_vi", "vi", ['''Hàm tách họ tên này sai với tên có ba âm tiết. Ví dụ trong tài liệu:

tach_ho_ten("Nguyễn Văn A") -> ("Nguyễn", "Văn A")
tach_ho_ten("Võ Nguyên Giáp") -> ("Võ", "Nguyên Giáp")'''])

fixed(C, "test_id", "id", ['''Kenapa fungsi ini gagal untuk nama satu kata seperti "Soekarno"? Contoh uji:

assert pisah_nama("Soekarno") == ("Soekarno", "")
assert pisah_nama("Susi Pudjiastuti") == ("Susi", "Pudjiastuti")'''])


# ---------------------------------------------------------------- clean_conversations

C = "clean_conversations"

fixed(C, "bot_threads", "en", [
    '''Summarise this #deploys thread for the weekly notes:
[10:02] deploybot: api v2.14.0 rolled out to eu-west-1 (Jenkins job #8812)
[10:05] PagerDuty: Triggered: high error rate on checkout (P2)
[10:06] Claude: The spike started right after the Kafka consumer restart.
[10:09] Sentry: New issue: TypeError in OrderSerializer
[10:31] deploybot: rolled back to v2.13.4''',
    '''Teams thread in #people-help. Did the bots answer consistently?
Workday Bot: Your leave balance is 12.5 days.
Copilot: According to the policy page, carry-over is capped at 5 days.
Benefits Bot: Enrolment for the Bupa plan closes on 31 March.
Facilities Bot: Room "Lovelace" is booked until 14:00.''',
    '''Which of these review bots should we keep? From last week's PR #4471:
CodeRabbit: 3 actionable comments
Renovate: 2 updates pending
SonarCloud: Quality Gate passed, 0 bugs
Copilot: suggested a fix for the flaky test_calendar_tz
Dependabot: bumps cryptography from 42.0.4 to 42.0.5''',
], case=(None, None, "lower"))

fixed(C, "meeting_roles", "en", [
    '''Tidy this AI meeting summary; the attendees are listed by role on purpose:
Attendees: Head of Support, two SREs, the vendor's solutions engineer
Decisions: trial Intercom Fin against Zendesk AI for four weeks; keep Freshdesk for the German market
Actions: support lead to define the deflection metric; SREs to add Grafana alerts on the webhook queue''',
    '''Meeting bot transcript, speakers unnamed. Turn it into three bullet points:
Speaker 1: Conway's law again, right? Our API looks exactly like our org chart.
Speaker 2: Skelton and Pais would call that a stream-aligned team problem.
Speaker 1: Then let's all read Team Topologies before the offsite.''',
], case=(None, "lower"))

fixed(C, "voice_scripts", "en", [
    '''Review our IVR script; the placeholders must never be spoken literally:
AGENT: Thanks for calling {{company_name}}. Am I speaking with {{customer_first_name}}?
AGENT: For security, can you confirm the postcode on the account?
AGENT: If you'd rather speak to a person, say "agent" at any time.
Demo line for testing: 020 7946 0000.''',
    '''System prompt for our voice agent. Is it OK that the persona has a human name?
"You are Ava, the virtual assistant for Northwind Energy. Never claim to be human. Collect the account number, never card numbers. Transfer to a human through Genesys if the caller is upset."''',
])

fixed(C, "public_talk", "en", [
    '''Podcast transcript chunk the meeting bot grabbed. Who said what about GPUs?
HOST: Jensen Huang's keynote was basically a two-hour Blackwell demo.
GUEST: And Lisa Su answered a week later with the MI325X.
HOST: Meanwhile Satya Nadella keeps saying every app will have a copilot.''',
    '''Summary of the community call: we'll host an Ada Lovelace Day talk in October, send two people to the Grace Hopper Celebration, and the book club is reading "Weapons of Math Destruction" by Cathy O'Neil. Can you turn that into a short newsletter item?''',
], case=(None, "lower"))

fixed(C, "chat_lower", "en", [
    '''our slack bot answers "what's gemini?" with the google model, but half the team means the staging cluster we named gemini. how do i add a glossery to the rag index so it asks which one?''',
    '''can the teams meeting bot tell "speaker 1" and "speaker 2" apart after the fact, or does it need the calendar attendees? asking for the weekly sync summary''',
], case="lower")

fixed(C, "ivr_caps", "en", ['''IVR menu text for the voice agent, please shorten it:
press 1 for billing. press 2 to report a gas leak. press 3 for smart meter help. press 0 to speak to an adviser.'''],
      case="upper")

fixed(C, "standup_bots", "en", [
    '''The stand-up bot's digest, by role, no names. Shorten it:
Backend: migrated the CRM tool to MCP, blocked on the Salesforce sandbox refresh
Frontend: shipped the Storybook upgrade
Data: dbt run failing on the Snowflake warehouse since Tuesday
QA: Cypress suite flaky on Safari''',
    '''Async stand-up answers from #team-platform (the handles are role accounts):
@sre-primary: yesterday: Terraform 1.8 upgrade. today: Vault rotation. blockers: none
@build-cop: yesterday: fixed the Bazel remote cache. today: Buildkite agents. blockers: waiting on an Okta group''',
])

fixed(C, "voice_faq", "en", [
    '''Callers keep asking our voice agent "is this Siri?" or "am I talking to Alexa?". Suggest a short answer that names what it is (built on Deepgram and ElevenLabs) without confusing anyone.''',
    '''Transcript from the voice agent's test call (synthetic caller). Did it follow the script?
AGENT: Hi, this is the Northwind Energy assistant. How can I help?
CALLER: I'd like to submit a meter reading.
AGENT: Sure. Please say the eight digits, one at a time.
CALLER: zero four one two nine nine eight seven
AGENT: Thanks, I've logged 04129987.''',
], case=("lower", None))

fixed(C, "copilot_summaries", "en", [
    '''Copilot summarised our Teams channel like this. Will "Marvin" confuse people? It's the name of our deploy bot.
- Marvin deployed release 5.2 to staging twice
- Dependabot opened 14 PRs
- Jira Automation moved 9 tickets to Done''',
    '''Can a Teams bot read messages in shared channels? We want "Ask HR" (built in Copilot Studio) to answer policy questions in #all-hands but never read DMs.''',
], case=(None, "lower"))

fixed(C, "support_macros", "en", [
    '''Our support bot's macro library. Which macros should the AI agent be allowed to send without review?
- "Hi {{ticket.requester.first_name}}, thanks for reaching out!"
- "I've escalated this to our Tier 2 team."
- "Your refund of {{refund.amount}} is on its way."
- "Sorry, {{agent.signature}} can't change payment details by chat."''',
    '''Thread between two bots that got stuck in a loop overnight. How do I stop this?
Zendesk Bot: Ticket #0000 updated by Slack Bot.
Slack Bot: New update on ticket #0000 from Zendesk Bot.
Zendesk Bot: Ticket #0000 updated by Slack Bot.
(repeated 4,112 times)''',
], case=(None, "lower"))

fixed(C, "teams_de", "de", ['''Teams-Thread mit dem IT-Bot: „Jenkins“ ist bei uns der Build-Server, „Gauß“ der Besprechungsraum im 3. OG. Der Bot bucht ständig den Raum, wenn jemand nach dem Build fragt. Wie trenne ich das im System-Prompt?'''], case="lower")

fixed(C, "slack_fr", "fr", ['''Fil Slack avec notre bot RH : « Léon peut-il répondre aux questions sur la mutuelle ? » Léon, c'est le nom du chatbot interne, pas d'un collègue. Comment le préciser dans le prompt système pour que Claude ne s'y perde pas ?'''], case="lower")

fixed(C, "voice_es", "es", ['''Guion del agente de voz; los marcadores nunca deben leerse en voz alta:
AGENTE: Gracias por llamar a {{empresa}}. ¿Hablo con {{nombre_cliente}}?
AGENTE: Por seguridad, dígame los cuatro últimos dígitos del contrato.
AGENTE: Si prefiere hablar con una persona, diga «agente».'''])

fixed(C, "meeting_it", "it", ['''Riassunto della riunione generato dal bot, con i ruoli al posto dei nomi. Va bene così?
Partecipanti: responsabile acquisti, due sviluppatori, il consulente SAP
Decisioni: passare da Zapier a n8n entro giugno
Azioni: gli sviluppatori preparano il flusso per le fatture passive'''])

fixed(C, "voice_br", "pt", ['''Nosso agente de voz vai ter nome de gente, tipo a BIA do Bradesco ou a Lu do Magalu. Isso confunde o cliente? Sugira três nomes e uma frase de abertura que deixe claro que é um assistente virtual.'''], case="lower")

fixed(C, "minutes_ja", "ja", ['''会議ボットの議事録（役職のみ記載）。3行に要約してください。
参加者：情報システム部長、開発リーダー、外部ベンダー
決定事項：社内ヘルプデスクの一次回答を生成AIに任せる
宿題：開発リーダーがkintoneとの連携方法を調査'''])

fixed(C, "minutes_ko", "ko", ['''회의록 봇 요약(역할만 표기). 다듬어 주세요.
참석자: 개발팀장, QA 2명, 외부 컨설턴트
결정: 클로바노트 대신 사내 회의록 봇 사용
할 일: QA가 음성 인식 정확도 테스트'''])

fixed(C, "bots_zh", "zh", ['''钉钉群里的机器人太多了：打卡机器人、审批机器人，还有人把小爱同学和文心一言也接进来了。帮我写一条群公告，说明每个机器人负责什么。'''])

fixed(C, "teams_nl", "nl", ['''Samenvatting van de Teams-bot, alleen met functies. Klopt de toon?
Aanwezig: teamleider klantenservice, twee ontwikkelaars
Besluit: de chatbot mag retouren afhandelen tot 50 euro
Actie: ontwikkelaars koppelen de bot aan Zendesk'''])

fixed(C, "minutes_da", "da", ['''Mødereferat fra vores bot, kun med roller. Kan du gøre det kortere?
Deltagere: driftschef, to udviklere, leverandørens konsulent
Beslutning: vi flytter agenten fra GPT-4o til Claude i næste sprint
Opgave: udviklerne opdaterer MCP-serveren til e-conomic'''])

fixed(C, "minutes_no", "no", ['''Referat fra møteboten (bare roller). Lag tre kulepunkter:
Til stede: produkteier, to utviklere, sikkerhetsansvarlig
Vedtak: stemmeagenten skal aldri be om fødselsnummer
Oppgave: utviklerne legger inn en sperre i verktøykallet'''])

fixed(C, "minutes_fi", "fi", ['''Kokousbotin yhteenveto (vain roolit). Lyhennä tämä:
Paikalla: asiakaspalvelupäällikkö, kaksi kehittäjää
Päätös: botti saa vastata vain laskutuskysymyksiin
Tehtävä: kehittäjät lisäävät Zendesk-integraation'''])


# ---------------------------------------------------------------- clean_automations

C = "clean_automations"

fixed(C, "zap_mappings", "en", [
    '''Zap step "Create contact" mapping. Does this look right?
First Name: {{1.first_name}}
Last Name: {{1.last_name}}
Email: {{1.email}}
Phone: {{1.phone | default: "+1 555-0100"}}
Tag: webinar-2025''',
    '''Filter step: "Only continue if Email (Text) does not contain @example.com". Our test data all uses jane@example.com and test.user@example.org, so nothing passes. How do I test the Zap then?''',
    '''The Formatter step turns "lorem ipsum dolor sit amet" into title case fine, but mangles "McDonald's" and "O'Reilly Media". Which transform should I use instead?''',
], case=(None, "lower", None))

fixed(C, "n8n_workflows", "en", [
    '''Why does this n8n expression come back undefined?
{
  "nodes": [
    {"name": "HubSpot Trigger", "type": "n8n-nodes-base.hubspotTrigger"},
    {"name": "Set", "parameters": {"values": {"string": [{"name": "fullName", "value": "={{ $json.properties.firstname }} {{ $json.properties.lastname }}"}]}}},
    {"name": "Slack", "parameters": {"text": "=New lead: {{ $json.fullName }}"}}
  ]
}''',
    '''Which n8n nodes would I need to add a Mailchimp tag when a Pipedrive deal moves to Won and also post to Discord? No Code nodes if possible.''',
])

fixed(C, "webhook_samples", "en", [
    '''The shop platform's test webhook sent this. Which fields does our order-to-CRM flow actually need?
{"id": 820982911946154508, "email": "jon@example.com", "customer": {"first_name": "Steve", "last_name": "Shipper"}, "billing_address": {"name": "Bob Biller", "address1": "123 Billing Street", "city": "Billtown"}, "shipping_address": {"address1": "123 Shipping Street", "city": "Shippington", "zip": "00000"}}''',
    '''`stripe trigger payment_intent.succeeded` gave us this. Is it safe to log the whole payload?
{"type": "payment_intent.succeeded", "data": {"object": {"amount": 2000, "currency": "usd", "payment_method_details": {"card": {"brand": "visa", "last4": "4242", "exp_month": 12}}, "receipt_email": null}}}''',
])

fixed(C, "public_addresses", "en", [
    '''For the label-printer demo, which public address should I use as the sample "ship to"?
221B Baker Street, London NW1 6XE (the Sherlock Holmes Museum)
1600 Pennsylvania Avenue NW, Washington, DC 20500
10 Downing Street, London SW1A 2AA''',
    '''Our address-validation step rejects this documentation example. Is the format wrong or the API?
Google LLC
1600 Amphitheatre Parkway
Mountain View, CA 94043
USA''',
])

fixed(C, "postcode_routing", "en", ['''Routing rule in the automation: the outward codes EC1A, SW1A and W1A go to the London team, ZIP codes 90210 and 10001 to the US desk. Is it fine to hard-code these, or should the flow look them up?'''])

fixed(C, "flows_lower", "en", [
    '''quick q: does zapier's "find or create contact" in hubspot match on email ony? our test leads all use test@example.com so they collapse into one''',
    '''n8n vs make vs power automate for a 20-person company that lives in google workspace and slack? we mostly move form answers into airtable''',
], case="lower")

fixed(C, "subject_caps", "en", ['''E-mail subject line the automation sends, in capitals by design. Any spam-filter risk?
"action required: your {{plan_name}} renewal on {{renewal_date}}"'''], case="upper")

fixed(C, "make_scenarios", "en", [
    '''Make scenario: Webhook → Router → (A) Gmail "Send an email" to {{1.email}} / (B) Google Sheets "Add a row". Route B never runs when A fails. How do I add an error handler so both run?''',
    '''In Make, how do I split a "full name" into first and last name without breaking names like "Mary Jane Watson" or "Ludwig van Beethoven"? Those two are the whole test bundle.''',
], case=("lower", None))

fixed(C, "power_automate", "en", [
    '''This Power Automate expression returns null:
concat(triggerOutputs()?['body/FirstName'], ' ', triggerOutputs()?['body/LastName'])
The test run used the demo tenant's sample record "Contoso Ltd / Adele Vance". Is the body path wrong?''',
    '''Our flow posts an adaptive card to Teams when an Outlook e-mail arrives from a VIP domain (fabrikam.com, contoso.com). Can it run under a service account instead of mine?''',
], case=(None, "lower"))

fixed(C, "airtable_script", "en", ['''Airtable automation script: why does record.getCellValue("Owner") return an object instead of a name? The field type is "User" and the base is the stock "Product Roadmap" template.'''])

fixed(C, "merge_templates", "en", [
    '''Merge template for the onboarding automation. Will Mailchimp render these merge tags?
Hi *|FNAME|*,
Welcome to *|COMPANY|*! Your account manager will call you on *|PHONE|*.
Cheers,
The Onboarding Team''',
    '''SendGrid dynamic template: {{#if first_name}}Hi {{first_name}}{{else}}Hi there{{/if}}. Test data {"first_name": "Ada"} works, but {} prints "Hi ". Why?''',
])

fixed(C, "zapier_de", "de", ['''Zapier: Die Anrede soll aus {{1.anrede}} und {{1.nachname}} zusammengesetzt werden, mit den Testdaten „Herr“ und „Mustermann“ klappt das. Warum kommt bei echten Formularen „Sehr geehrte/r ,“ heraus?'''])

fixed(C, "make_fr", "fr", ['''Make : le module Brevo refuse {{1.email}} avec l'erreur « invalid_parameter ». Les données de test sont Jean Dupont / jean.dupont@example.com. Est-ce que le domaine example.com est bloqué ?'''])

fixed(C, "flow_es", "es", ['''En Power Automate, la expresión concat(variables('nombre'), ' ', variables('apellidos')) devuelve solo un espacio con el contacto de ejemplo «Fulano de Tal». ¿Qué estoy haciendo mal?'''])

fixed(C, "n8n_it", "it", ['''n8n: il nodo Gmail manda la mail di benvenuto due volte. Nei dati di prova c'è solo Mario Rossi (mario.rossi@example.it). Come imposto la deduplica?'''])

fixed(C, "zapier_br", "pt", ['''Zapier → RD Station: o campo CEP chega vazio. Dados de teste: Fulano, fulano@example.com, CEP 01001-000 (Praça da Sé). O mapeamento está certo?'''])

fixed(C, "kintone_ja", "ja", ['''kintone とSlackを連携する自動化で、{{氏名}} が空のまま通知されます。テストデータは「山田花子 / hanako@example.jp」です。設定のどこを見ればいいですか？'''])

fixed(C, "webhook_zh", "zh", ['''企业微信机器人 webhook 发消息时，{{客户姓名}} 没有被替换：
{"msgtype": "text", "text": {"content": "新订单：{{客户姓名}}，金额 {{金额}}"}}
测试数据用的是“张三”。问题出在哪里？'''])

fixed(C, "make_pl", "pl", ['''Make: scenariusz „formularz → faktura” w testach używa danych Jan Kowalski, jan.kowalski@example.com. Czy mogę je zostawić w szablonie, czy lepiej dać {{imie}} i {{nazwisko}}?'''])

fixed(C, "zapier_ar", "ar", ['''أتمتة في Zapier: حقل الاسم يصل فارغًا. بيانات الاختبار "فلان الفلاني" والبريد test@example.com. هل المشكلة في ربط الحقل {{الاسم}}؟'''])

fixed(C, "make_he", "he", ['''אוטומציה ב-Make: השדה {{שם_מלא}} מגיע ריק. נתוני הבדיקה הם "ישראל ישראלי" ו-test@example.com. איפה לבדוק?'''])

fixed(C, "line_th", "th", ['''ระบบอัตโนมัติส่ง LINE แจ้งเตือน แต่ {{ชื่อลูกค้า}} ไม่ถูกแทนที่ ข้อมูลทดสอบใช้ชื่อ "นาย ก" กับ "นาง ข" ควรแก้ตรงไหน'''])

fixed(C, "zalo_vi", "vi", ['''Mẫu tin ZNS của Zalo: "Xin chào {{ten_khach}}, đơn hàng {{ma_don}} đã được giao." Dữ liệu thử là "Nguyễn Văn A". Tại sao biến ten_khach không được thay?'''])


# ================================================================ build, check, write

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sv": "Swedish", "no": "Norwegian", "da": "Danish",
    "fi": "Finnish", "hu": "Hungarian", "ro": "Romanian", "el": "Greek", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "he": "Hebrew", "ar": "Arabic", "hi": "Hindi", "th": "Thai", "vi": "Vietnamese",
    "id": "Indonesian", "tl": "Tagalog", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
}


def per_row(x, k):
    return x[k] if isinstance(x, tuple) else x


def build():
    b = Builder()
    EMAIL_ROWS.clear()
    rows, meta = [], []
    for cls, name, lang, n, case, fn in TEMPLATES:
        for k in range(n):
            CURRENT_ROW[0] = len(rows)
            marked = fn(b.row_ctx(), k)
            text, spans = unmark(marked, per_row(case, k))
            rows.append({"id": f"{NAME}-{cls}-{name}-{k}", "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
            meta.append({"lang": per_row(lang, k), "case": per_row(case, k)})
    return rows, meta, b


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ---------------------------------------------------------------- check digits

def _digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(_digits(num))):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(_digits(num))):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def iban_ok(iban):
    s = re.sub(r"[^0-9A-Z]", "", iban.upper())
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cf_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cin_check(s):
    """Italian CIN / codice fiscale control character over a string of digits and capitals."""
    total = sum(CF_ODD[_cf_val(ch)] if i % 2 == 0 else _cf_val(ch) for i, ch in enumerate(s))
    return chr(65 + total % 26)


def cf_name_part(word, given):
    word = fold(word).upper().replace(" ", "").replace("'", "")
    cons = [ch for ch in word if ch.isalpha() and ch not in "AEIOU"]
    vows = [ch for ch in word if ch in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def check_id(kind, value, p):
    """True when the typed ID is valid, and agrees with its holder's birth date and sex where it encodes them."""
    d = _digits(value)
    dob, sex = p.dob_, p.sex
    if kind == "uk_nino":
        v = value.replace(" ", "")
        return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None
                and v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    if kind == "uk_nhs":
        r = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
        return len(d) == 10 and (0 if r == 11 else r) == int(d[9])
    if kind == "us_ssn":
        return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
                and d[5:] != "0000")
    if kind == "card":
        return luhn_ok(d) and (d[0] == "4" and len(d) == 16 or d[:2] in ("51", "52", "53", "54", "55")
                               and len(d) == 16 or d[:2] in ("34", "37") and len(d) == 15)
    if kind in ("es_dni", "es_nie"):
        v = re.sub(r"[^0-9A-Z]", "", value)
        num = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == v[-1]
    if kind == "it_cf":
        v = value
        months = "ABCDEHLMPRST"
        day = dob.day + (40 if sex == "f" else 0)
        want = (cf_name_part(p.F, False) + cf_name_part(p.G, True) + f"{dob.year % 100:02d}"
                + months[dob.month - 1] + f"{day:02d}")
        return v[:11] == want and cin_check(v[:15]) == v[15]
    if kind == "fr_nir":
        return (len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:]) and d[0] == ("1" if sex == "m" else "2")
                and d[1:5] == f"{dob.year % 100:02d}{dob.month:02d}")
    if kind == "nl_bsn":
        return len(d) == 9 and (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0
    if kind == "pl_pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        ok = (10 - sum(int(x) * w[i] for i, x in enumerate(d[:10])) % 10) % 10 == int(d[10])
        return ok and d[:6] == dob.strftime("%y%m%d") and int(d[9]) % 2 == (1 if sex == "m" else 0)
    if kind == "se_pnr":
        return luhn_ok(d[-10:]) and d[:6] == dob.strftime("%y%m%d") and int(d[8]) % 2 == (1 if sex == "m" else 0)
    if kind == "no_fnr":
        w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k1 = (11 - sum(int(x) * w1[i] for i, x in enumerate(d[:9])) % 11) % 11
        k2 = (11 - sum(int(x) * w2[i] for i, x in enumerate(d[:10])) % 11) % 11
        return (k1 == int(d[9]) and k2 == int(d[10]) and d[:6] == dob.strftime("%d%m%y")
                and int(d[8]) % 2 == (1 if sex == "m" else 0))
    if kind == "fi_hetu":
        return ("0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d[:9]) % 31] == value[-1] and d[:6] == dob.strftime("%d%m%y")
                and int(d[8]) % 2 == (1 if sex == "m" else 0))
    if kind == "dk_cpr":
        w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        return (sum(int(x) * w[i] for i, x in enumerate(d)) % 11 == 0 and d[:6] == dob.strftime("%d%m%y")
                and int(d[9]) % 2 == (1 if sex == "m" else 0))
    if kind == "gr_amka":
        return len(d) == 11 and luhn_ok(d) and d[:6] == dob.strftime("%d%m%y")
    if kind == "ro_cnp":
        w = "279146358279"
        r = sum(int(x) * int(w[i]) for i, x in enumerate(d[:12])) % 11
        return ((1 if r == 10 else r) == int(d[12]) and d[1:7] == dob.strftime("%y%m%d")
                and d[0] == ("1" if sex == "m" else "2"))
    if kind == "tr_tckn":
        x = [int(c) for c in d]
        return (len(x) == 11 and x[0] != 0 and ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7
                                                 - (x[1] + x[3] + x[5] + x[7])) % 10 == x[9]
                and sum(x[:10]) % 10 == x[10])
    if kind == "br_cpf":
        x = [int(c) for c in d]
        r1 = sum(x[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
        r2 = sum(x[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
        return r1 == x[9] and r2 == x[10]
    if kind == "in_aadhaar":
        return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)
    if kind == "cn_rid":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return ("10X98765432"[sum(int(x) * w[i] for i, x in enumerate(value[:17])) % 11] == value[17]
                and value[6:14] == dob.strftime("%Y%m%d") and int(value[16]) % 2 == (1 if sex == "m" else 0))
    if kind == "kr_rrn":
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        return ((11 - sum(int(x) * w[i] for i, x in enumerate(d[:12])) % 11) % 10 == int(d[12])
                and d[:6] == dob.strftime("%y%m%d") and d[6] == ("1" if sex == "m" else "2"))
    if kind == "il_id":
        total = 0
        for i, x in enumerate(d.zfill(9)):
            y = int(x) * (1 + i % 2)
            total += y // 10 + y % 10
        return total % 10 == 0
    if kind == "pt_nif":
        r = 11 - sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) % 11
        return (0 if r >= 10 else r) == int(d[8])
    if kind == "be_nn":
        return (97 - int(d[:9]) % 97 == int(d[9:]) and d[:6] == dob.strftime("%y%m%d")
                and int(d[6:9]) % 2 == (1 if sex == "m" else 0))
    if kind == "cz_rc":
        month = dob.month + (50 if sex == "f" else 0)
        return int(d) % 11 == 0 and d[:6] == f"{dob.year % 100:02d}{month:02d}{dob.day:02d}"
    if kind == "ru_snils":
        total = sum(int(x) * (9 - i) for i, x in enumerate(d[:9]))
        want = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
        return want == int(d[9:])
    if kind == "za_id":
        return (luhn_ok(d) and len(d) == 13 and d[:6] == dob.strftime("%y%m%d")
                and (int(d[6:10]) >= 5000) == (sex == "m"))
    if kind == "ua_rnokpp":
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        return (sum(int(x) * w[i] for i, x in enumerate(d[:9])) % 11 % 10 == int(d[9])
                and int(d[:5]) == (dob - date(1899, 12, 31)).days and int(d[8]) % 2 == (1 if sex == "m" else 0))
    if kind.startswith("iban_"):
        v = re.sub(r"[^0-9A-Z]", "", value)
        if not iban_ok(v) or v[:2].lower() != kind[5:].replace("gb", "gb"):
            return False
        if v[:2] == "FR":
            bank, desk, acct, key = v[4:9], v[9:14], v[14:25], v[25:27]
            return 97 - (89 * int(bank) + 15 * int(desk) + 3 * int(acct)) % 97 == int(key)
        if v[:2] == "ES":
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                r = 11 - sum(int(x) * w[i] for i, x in enumerate(s)) % 11
                return {11: 0, 10: 1}.get(r, r)
            return f"{dc('00' + v[4:12])}{dc(v[14:24])}" == v[12:14]
        if v[:2] == "IT":
            return cin_check(v[5:]) == v[4]
        if v[:2] == "BE":
            return (int(v[4:14]) % 97 or 97) == int(v[14:16])
        return True
    raise ValueError(kind)


# ---------------------------------------------------------------- check

ID_RE = re.compile(rf"^{NAME}-(personal|clean)_[a-z_]+-[a-z0-9_]+-\d+$")
UNIQUE_TYPES = {"PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"}


def check(rows, meta, b):
    assert len(rows) == 324, len(rows)
    personal = [r for r in rows if r["class"].startswith("personal_")]
    clean = [r for r in rows if r["class"].startswith("clean_")]
    assert len(personal) == 162 and len(clean) == 162, (len(personal), len(clean))
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    per_tpl = Counter((r["class"], r["template"]) for r in rows)
    assert max(per_tpl.values()) <= 3, per_tpl.most_common(3)
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    seen = {}
    for r in rows:
        t = r["text"]
        assert ID_RE.match(r["id"]), r["id"]
        assert r["source"] == SOURCE and r["locale"] == "", r["id"]
        assert 25 <= len(t) <= 800, (r["id"], len(t))
        assert 1 <= t.count("\n") + 1 <= 15, (r["id"], t.count("\n") + 1)
        last = 0
        for sp in r["spans"]:
            v = sp["value"]
            assert sp["type"] in TYPES, sp
            assert t[sp["start"]:sp["end"]] == v, (r["id"], sp)
            assert v and v == v.strip(), (r["id"], sp)
            assert sp["start"] >= last, (r["id"], "overlap or unsorted", sp)
            last = sp["end"]
            if sp["type"] in UNIQUE_TYPES:
                key = (sp["type"], v.lower())
                assert seen.setdefault(key, r["id"]) == r["id"], (key, seen[key], r["id"])
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    # no private value of a personal row (other than a place or a one-word name) in a PII-free row
    private = {sp["value"].lower() for r in personal for sp in r["spans"]
               if sp["type"] != "LOCATION" and not (sp["type"] == "PERSON" and " " not in sp["value"])}
    for r in clean:
        low = r["text"].lower()
        for v in private:
            assert v not in low, (r["id"], v)
    # languages and cases
    langs = Counter(m["lang"] for m in meta)
    other = sum(n for lang, n in langs.items() if lang != "en")
    assert len(langs) - 1 >= 20, langs
    assert 0.40 <= other / len(rows) <= 0.50, other
    assert set(langs) <= set(LANG_NAMES), langs
    # every typed ID is valid, agrees with its holder, and is used exactly once
    typed = {(p.key, kind) for p in PEOPLE for kind in p.ids}
    assert b.id_used == typed, typed ^ b.id_used
    for p in PEOPLE:
        for kind, value in p.ids.items():
            assert check_id(kind, value, p), (p.key, kind, value)
    # every typed ID value appears in the rows as typed (or URL-encoded)
    alltext = "\n".join(r["text"] for r in rows).lower()
    for p in PEOPLE:
        for kind, value in p.ids.items():
            assert value.lower() in alltext or value.replace(" ", "+").lower() in alltext, (p.key, kind)
    return True


# ---------------------------------------------------------------- main

def summary(rows, meta, data):
    spans = Counter(sp["type"] for r in rows for sp in r["spans"])
    langs = Counter(m["lang"] for m in meta)
    cases = Counter((r["class"].split("_")[0], m["case"]) for r, m in zip(rows, meta, strict=True) if m["case"])
    print(f"{OUT.name}: {len(rows)} rows, {len({(r['class'], r['template']) for r in rows})} templates")
    for cls, n in sorted(Counter(r["class"] for r in rows).items()):
        print(f"  {cls:26} {n:3}")
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()), f"({sum(spans.values())} in all)")
    print("languages:", ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    print("non-English rows:", sum(v for k, v in langs.items() if k != "en"), "in", len(langs) - 1, "languages")
    print("cased rows:", dict(cases))
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def main(argv):
    rows, meta, b = build()
    data = dump(rows)
    again = dump(build()[0])
    assert data == again, "build is not deterministic"
    check(rows, meta, b)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    summary(rows, meta, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
