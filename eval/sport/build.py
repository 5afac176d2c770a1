"""Build the `sport` check set: prompts from sports clubs, gyms, leagues, coaches and fan clubs.

Brief: tools/p58/brief.md. Standard library only; deterministic for a fixed SEED.

    python build.py           # writes tune.jsonl and prints counts
    python build.py --check   # rebuilds in memory, runs check(), compares with tune.jsonl

Templates write ⟦TYPE|value⟧ markers; unmark() strips them and computes the span offsets.
Every private value (names, streets, towns, postcodes, phones, dates of birth, IDs, IBANs,
cards, IP addresses) is typed by hand below. E-mail local parts are built from the typed names.
"""

import collections
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 58011
SET = "sport"
OUT_NAME = "tune.jsonl"
SOURCE = "eval/sport/build.py"
HERE = Path(__file__).resolve().parent

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese (Portugal and Brazil)", "nl": "Dutch", "pl": "Polish", "sv": "Swedish",
    "no": "Norwegian", "da": "Danish", "fi": "Finnish", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "el": "Greek", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian",
    "tl": "Tagalog/Taglish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "hr": "Croatian",
    "sw": "Swahili",
}


# ---------------------------------------------------------------------------
# markers
# ---------------------------------------------------------------------------

def mk(kind, value):
    return f"⟦{kind}|{value}⟧"


def N(v):
    return mk("PERSON", v)


def L(v):
    return mk("LOCATION", v)


def PH(v):
    return mk("PHONE_NUMBER", v)


def EM(v):
    return mk("EMAIL_ADDRESS", v)


def DOB(v):
    return mk("DATE_OF_BIRTH", v)


def NID(v):
    return mk("NATIONAL_ID", v)


def SSN(v):
    return mk("US_SSN", v)


def IBAN(v):
    return mk("IBAN_CODE", v)


def CARD(v):
    return mk("CREDIT_CARD", v)


def IP(v):
    return mk("IP_ADDRESS", v)


def MRN(v):
    return mk("MEDICAL_RECORD_NUMBER", v)


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def _case(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=""):
    """Strip ⟦TYPE|value⟧ markers, casing piece by piece so offsets stay right."""
    out = []
    spans = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = _case(marked[pos:m.start()], case)
        out.append(before)
        length += len(before)
        value = _case(m.group(2), case)
        spans.append({"start": length, "end": length + len(value), "type": m.group(1), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    tail = _case(marked[pos:], case)
    out.append(tail)
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked
    return text, spans


# ---------------------------------------------------------------------------
# people, addresses and the drawing context
# ---------------------------------------------------------------------------

class P:
    """A private person typed by hand. order: 'gf' given-first, 'fg' family-first, 'fg0' no space."""

    __slots__ = ("culture", "family", "given", "key", "kid", "order", "rom", "sex")

    def __init__(self, given, family, sex, culture, order="gf", rom=None, kid=None):
        self.given = given
        self.family = family
        self.sex = sex
        self.culture = culture
        self.order = order
        self.rom = rom
        self.kid = kid
        self.key = given + "|" + family

    @property
    def full(self):
        if self.order == "fg":
            return f"{self.family} {self.given}"
        if self.order == "fg0":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    def child(self):
        g, s = self.kid
        return P(g, self.family, s, self.culture, self.order,
                 (fold(g), self.rom[1]) if self.rom else None)


FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
                      "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "'": "", "’": ""})


def fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def ascii_parts(p):
    if p.rom:
        g, f = p.rom
    else:
        g, f = p.given, p.family
    g = re.sub(r"[^a-z]", "", fold(g).lower().split()[0])
    f = re.sub(r"[^a-z]", "", fold(f).lower())
    return g, f


class Addr:
    """An address typed as parts: plain separators and (kind, value) pieces, '\n' between lines."""

    def __init__(self, cc, *parts):
        self.cc = cc
        self.parts = parts
        self.f = {k: v for k, v in (x for x in parts if isinstance(x, tuple))}
        self.key = cc + "|" + "|".join(v for _, v in (x for x in parts if isinstance(x, tuple)))

    def render(self, nl):
        out = []
        for x in self.parts:
            if isinstance(x, tuple):
                out.append(L(x[1]))
            else:
                out.append(x.replace("\n", nl))
        return "".join(out)

    @property
    def block(self):
        return self.render("\n")

    @property
    def line(self):
        return self.render(", ")

    def __getitem__(self, k):
        return L(self.f[k])

    def raw(self, k):
        return self.f[k]

    def get(self, k, default=""):
        return L(self.f[k]) if k in self.f else default


class Ident:
    """An identity number with the birth date and sex it encodes (where it encodes them)."""

    __slots__ = ("dob", "key", "kind", "sex", "value")

    def __init__(self, kind, value, dob=None, sex=None):
        self.kind = kind
        self.value = value
        self.dob = dob
        self.sex = sex
        self.key = kind + "|" + value


USE = collections.Counter()
LAST = {}
TICK = [0]


class Ctx:
    def __init__(self, rng, i):
        self.rng = rng
        self.i = i
        self.row = set()

    def _draw(self, items, keyf):
        cands = [x for x in items if keyf(x) not in self.row]
        assert cands, "pool exhausted within one row"
        low = min((USE[keyf(x)], LAST.get(keyf(x), -1)) for x in cands)
        best = [x for x in cands if (USE[keyf(x)], LAST.get(keyf(x), -1)) == low]
        x = self.rng.choice(best)
        USE[keyf(x)] += 1
        TICK[0] += 1
        LAST[keyf(x)] = TICK[0]
        self.row.add(keyf(x))
        return x

    def person(self, pool, sex=None, kid=False, kid_sex=None, cult=None):
        items = [p for p in PEOPLE[pool] if (sex is None or p.sex == sex) and (not kid or p.kid)
                 and (kid_sex is None or p.kid[1] == kid_sex) and (cult is None or p.culture in cult)]
        return self._draw(items, lambda p: "P|" + p.key)

    def people(self, pool, k, **kw):
        return [self.person(pool, **kw) for _ in range(k)]

    def addr(self, cc):
        return self._draw(ADDRS[cc], lambda a: "A|" + a.key)

    def phone(self, cc):
        return PH(self._draw(PHONES[cc], lambda s: "T|" + cc + s))

    def raw_phone(self, cc):
        return self._draw(PHONES[cc], lambda s: "T|" + cc + s)

    def ident(self, kind, junior=None):
        items = [x for x in IDS[kind] if junior is None or (x.dob[0] >= 2005) == junior]
        return self._draw(items, lambda x: "I|" + x.key)

    def dob(self, group):
        return self._draw(DOBS[group], lambda d: "D|" + group + repr(d))

    def iban(self, cc):
        return IBAN(self._draw(IBANS[cc], lambda s: "B|" + s))

    def card(self):
        return CARD(self._draw(CARDS, lambda s: "C|" + s))

    def ip(self):
        return IP(self._draw(IPS, lambda s: "IP|" + s))

    def raw_ip(self):
        return self._draw(IPS, lambda s: "IP|" + s)

    def email(self, p, domain):
        g, f = ascii_parts(p)
        style = self.rng.randrange(7)
        nn = str(self.rng.randrange(2, 99))
        local = [f"{g}.{f}", f"{g}{f}{nn}", f"{g[0]}{f}", f"{f}.{g}", f"{g}_{f}{nn}", f"{g}.{f[0]}{nn}",
                 f"{g}{f[:3]}"][style]
        return EM(f"{local}@{domain}")

    def pick(self, seq):
        return seq[self.i % len(seq)]

    def choice(self, seq):
        return self.rng.choice(seq)


# dates: (year, month, day) typed by hand; styles format them

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
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}


def fdate(d, style):
    y, m, day = d
    if style == "dmy/":
        return f"{day:02d}/{m:02d}/{y}"
    if style == "mdy/":
        return f"{m:02d}/{day:02d}/{y}"
    if style == "dmy.":
        return f"{day:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{day:02d}-{m:02d}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{day:02d}"
    if style == "ymd.":
        return f"{y}.{m:02d}.{day:02d}."
    if style == "cjk":
        return f"{y}年{m}月{day}日"
    if style == "ko":
        return f"{y}년 {m}월 {day}일"
    if style == "en_us":
        return f"{MONTHS['en'].split()[m - 1]} {day}, {y}"
    if style == "en_short":
        return f"{day} {MONTHS['en'].split()[m - 1][:3]} {y}"
    if style.startswith("long_"):
        lang = style[5:]
        name = MONTHS[lang].split()[m - 1]
        if lang in ("es", "pt"):
            return f"{day} de {name} de {y}"
        if lang == "de":
            return f"{day}. {name} {y}"
        if lang == "fr" and day == 1:
            return f"1er {name} {y}"
        return f"{day} {name} {y}"
    raise ValueError(style)


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------

TEMPLATES = []


def tpl(cls, name, lang, n, case=""):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


def lines(*xs):
    return "\n".join(xs)


# ---------------------------------------------------------------------------
# people, typed by hand (given, family, sex, culture[, order, romanised, kid])
# ---------------------------------------------------------------------------

def pool(*rows):
    out = []
    for r in rows:
        given, family, sex, culture = r[:4]
        opts = r[4] if len(r) > 4 else {}
        out.append(P(given, family, sex, culture, opts.get("o", "gf"), opts.get("rom"), opts.get("kid")))
    return out


PEOPLE = {
    "en": pool(
        ("Grace", "Adeyemi", "F", "Yoruba", {"kid": ("Tobi", "M")}),
        ("Chinedu", "Eze", "M", "Igbo", {"kid": ("Amara", "F")}),
        ("Kwame", "Asante", "M", "Akan", {"kid": ("Kojo", "M")}),
        ("Wanjiru", "Kamau", "F", "Kikuyu", {"kid": ("Neema", "F")}),
        ("Tendai", "Moyo", "M", "Shona", {"kid": ("Tapiwa", "M")}),
        ("Thandiwe", "Nkosi", "F", "Zulu", {"kid": ("Sipho", "M")}),
        ("Pieter", "van der Merwe", "M", "Afrikaans", {"kid": ("Ruan", "M")}),
        ("Aoife", "Ní Chonaill", "F", "Irish", {"kid": ("Saoirse", "F")}),
        ("Ciarán", "Ó Súilleabháin", "M", "Irish", {"kid": ("Oisín", "M")}),
        ("Callum", "MacAskill", "M", "Scottish", {"kid": ("Isla", "F")}),
        ("Rhodri", "Pryce", "M", "Welsh", {"kid": ("Cerys", "F")}),
        ("Hope", "Fletcher", "F", "English", {"kid": ("Alfie", "M")}),
        ("Rose", "Baker", "F", "English", {"kid": ("Poppy", "F")}),
        ("Michael", "Owen", "M", "Welsh", {"kid": ("Dylan", "M")}),
        ("Chris", "Evans", "M", "English", {"kid": ("Harvey", "M")}),
        ("Andy", "Murray", "M", "Scottish", {"kid": ("Finlay", "M")}),
        ("Summer", "Lane", "F", "English", {"kid": ("Ruby", "F")}),
        ("Blessing", "Okafor", "F", "Igbo", {"kid": ("Chidi", "M")}),
        ("Mercy", "Otieno", "F", "Luo", {"kid": ("Baraka", "M")}),
        ("Priya", "Raghunathan", "F", "Tamil", {"kid": ("Anika", "F")}),
        ("Harpreet", "Kaur Dhillon", "F", "Punjabi", {"kid": ("Jasleen", "F")}),
        ("Arjun", "Mehta", "M", "Gujarati", {"kid": ("Vihaan", "M")}),
        ("Imran", "Qureshi", "M", "Pakistani", {"kid": ("Zayan", "M")}),
        ("Nusrat", "Chowdhury", "F", "Bangladeshi", {"kid": ("Ayaan", "M")}),
        ("Aroha", "Ngata", "F", "Māori", {"kid": ("Nikau", "M")}),
        ("Sione", "Fifita", "M", "Tongan", {"kid": ("Mele", "F")}),
        ("Leilani", "Tuiasosopo", "F", "Samoan", {"kid": ("Keoni", "M")}),
        ("DeShawn", "Whitfield", "M", "African American", {"kid": ("Jalen", "M")}),
        ("Marisol", "Gutiérrez", "F", "Chicano", {"kid": ("Mateo", "M")}),
        ("Tyler", "Kowalczyk", "M", "US Polish", {"kid": ("Brody", "M")}),
        ("Bridget", "Dunne", "F", "Irish", {"kid": ("Caoimhe", "F")}),
        ("Siân", "Llewellyn", "F", "Welsh", {"kid": ("Elis", "M")}),
        ("Jack", "Nguyen", "M", "Vietnamese Australian", {"kid": ("Lachlan", "M")}),
        ("Mei Ling", "Tan", "F", "Singaporean Chinese", {"o": "fg", "kid": ("Jia Hui", "F")}),
        ("Rizwan", "bin Hashim", "M", "Malay", {"kid": ("Irfan", "M")}),
        ("Kofi", "Boateng", "M", "Akan", {"kid": ("Yaw", "M")}),
        ("Abdi", "Warsame", "M", "Somali", {"kid": ("Hodan", "F")}),
        ("Yared", "Tesfaye", "M", "Amharic", {"kid": ("Liya", "F")}),
        ("Lerato", "Mokoena", "F", "Sotho", {"kid": ("Karabo", "M")}),
        ("Jaco", "du Plessis", "M", "Afrikaans", {"kid": ("Wian", "M")}),
        ("Faith", "Wanjiku", "F", "Kikuyu", {"kid": ("Imani", "F")}),
        ("Patience", "Owusu", "F", "Akan", {"kid": ("Esi", "F")}),
        ("Hunter", "Black", "M", "US", {"kid": ("Colt", "M")}),
        ("Kayla", "Begay", "F", "Navajo", {"kid": ("Dezbah", "F")}),
        ("Willow", "Price", "F", "Australian", {"kid": ("Matilda", "F")}),
        ("Declan", "Furey", "M", "Irish", {"kid": ("Rían", "M")}),
        ("Ewan", "McTaggart", "M", "Scottish", {"kid": ("Rory", "M")}),
        ("Ashleigh", "Brennan", "F", "Australian", {"kid": ("Harper", "F")}),
        ("Olumide", "Fashola", "M", "Yoruba", {"kid": ("Dami", "M")}),
        ("Tavita", "Leiataua", "M", "Samoan", {"kid": ("Losa", "F")}),
        ("Bongani", "Dlamini", "M", "Swazi", {"kid": ("Lwazi", "M")}),
        ("Chloe", "Whitehead", "F", "English", {"kid": ("Freddie", "M")}),
        ("Mohammed", "Rafiq", "M", "Pakistani", {"kid": ("Hamza", "M")}),
        ("Ravi", "Shankar Iyer", "M", "Tamil", {"kid": ("Aditi", "F")}),
        ("Shanice", "Campbell", "F", "Jamaican", {"kid": ("Kemar", "M")}),
        ("Maile", "Kahananui", "F", "Hawaiian", {"kid": ("Kai", "M")}),
    ),
    "de": pool(
        ("Jonas", "Becker", "M", "German", {"kid": ("Finn", "M")}),
        ("Lena", "Schuster", "F", "German", {"kid": ("Mia", "F")}),
        ("Emre", "Yıldız", "M", "Turkish German", {"kid": ("Elif", "F")}),
        ("Wolf", "Hartmann", "M", "German", {"kid": ("Paul", "M")}),
        ("Annika", "Vogel", "F", "German", {"kid": ("Lotta", "F")}),
        ("Dariusz", "Nowicki", "M", "Polish German", {"kid": ("Kuba", "M")}),
        ("Jekaterina", "Schäfer", "F", "Russian German", {"kid": ("Nikita", "M")}),
        ("Mohammad", "Al-Hussein", "M", "Syrian German", {"kid": ("Rama", "F")}),
        ("Maximilian", "Brandstätter", "M", "Austrian", {"kid": ("Valentin", "M")}),
        ("Hannelore", "Fink", "F", "German", {"kid": ("Greta", "F")}),
        ("Sophie", "Krüger", "F", "German", {"kid": ("Ben", "M")}),
        ("Aylin", "Demir", "F", "Turkish German", {"kid": ("Can", "M")}),
        ("Reto", "Bühlmann", "M", "Swiss", {"kid": ("Noah", "M")}),
        ("Katharina", "von Alvensleben", "F", "German", {"kid": ("Clara", "F")}),
        ("Luca", "Esposito", "M", "Italian German", {"kid": ("Leonie", "F")}),
        ("Tobias", "Ohlendorf", "M", "German", {"kid": ("Jannik", "M")}),
        ("Zoran", "Petrović", "M", "Serbian German", {"kid": ("Milan", "M")}),
        ("Kübra", "Arslan", "F", "Turkish German", {"kid": ("Yusuf", "M")}),
    ),
    "fr": pool(
        ("Théo", "Lambert", "M", "French", {"kid": ("Lucas", "M")}),
        ("Inès", "Benali", "F", "Algerian French", {"kid": ("Yanis", "M")}),
        ("Mamadou", "Diallo", "M", "Fula", {"kid": ("Aïssatou", "F")}),
        ("Clémence", "Fournier", "F", "French", {"kid": ("Jade", "F")}),
        ("Yannick", "Le Bihan", "M", "Breton", {"kid": ("Malo", "M")}),
        ("Aurélie", "Vasseur", "F", "French", {"kid": ("Louise", "F")}),
        ("Kévin", "Da Costa", "M", "Portuguese French", {"kid": ("Enzo", "M")}),
        ("Jean-Baptiste", "Ndiaye", "M", "Senegalese", {"kid": ("Moussa", "M")}),
        ("Léa", "Durand-Roussel", "F", "French", {"kid": ("Manon", "F")}),
        ("Samir", "Haddad", "M", "Lebanese French", {"kid": ("Adam", "M")}),
        ("Gwenaëlle", "Kervella", "F", "Breton", {"kid": ("Nolwenn", "F")}),
        ("Thibault", "Vandenbroucke", "M", "Belgian", {"kid": ("Arthur", "M")}),
        ("Marie-Ève", "Tremblay", "F", "Québécois", {"kid": ("Félix", "M")}),
        ("Noémie", "Favre", "F", "Swiss", {"kid": ("Timéo", "M")}),
        ("Rachid", "El Ouardi", "M", "Moroccan French", {"kid": ("Nour", "F")}),
        ("Pascale", "Lagarde", "F", "French", {"kid": ("Romane", "F")}),
    ),
    "es": pool(
        ("Álvaro", "Gómez Herrera", "M", "Spanish", {"kid": ("Pablo", "M")}),
        ("Lucía", "Martín Vidal", "F", "Spanish", {"kid": ("Carla", "F")}),
        ("Iker", "Etxeberria", "M", "Basque", {"kid": ("Unai", "M")}),
        ("Nerea", "Goikoetxea", "F", "Basque", {"kid": ("Ane", "F")}),
        ("Jordi", "Casals Ferrer", "M", "Catalan", {"kid": ("Pau", "M")}),
        ("Xoán", "Piñeiro", "M", "Galician", {"kid": ("Antía", "F")}),
        ("Camila", "Restrepo", "F", "Colombian", {"kid": ("Samuel", "M")}),
        ("Mateo", "Quispe Huamán", "M", "Quechua", {"kid": ("Killa", "F")}),
        ("Valentina", "Rojas", "F", "Chilean", {"kid": ("Agustín", "M")}),
        ("Santiago", "Benítez", "M", "Argentine", {"kid": ("Thiago", "M")}),
        ("Ximena", "Cárdenas", "F", "Mexican", {"kid": ("Regina", "F")}),
        ("Rocío", "Navarro", "F", "Andalusian", {"kid": ("Triana", "F")}),
        ("Hugo", "Sanz Robles", "M", "Spanish", {"kid": ("Marcos", "M")}),
        ("Paloma", "Lobo", "F", "Spanish", {"kid": ("Olivia", "F")}),
        ("Yeferson", "Mosquera", "M", "Afro-Colombian", {"kid": ("Dayana", "F")}),
        ("Begoña", "Zubiri", "F", "Basque", {"kid": ("Maialen", "F")}),
    ),
    "it": pool(
        ("Matteo", "Ricci", "M", "Italian", {"kid": ("Tommaso", "M")}),
        ("Elisa", "Bernardi", "F", "Tuscan", {"kid": ("Sofia", "F")}),
        ("Alessandro", "De Luca", "M", "Neapolitan", {"kid": ("Gennaro", "M")}),
        ("Chiara", "Lo Bianco", "F", "Sicilian", {"kid": ("Martina", "F")}),
        ("Gaetano", "Spampinato", "M", "Sicilian", {"kid": ("Carmelo", "M")}),
        ("Maria Grazia", "Sanna", "F", "Sardinian", {"kid": ("Aurora", "F")}),
        ("Lorenzo", "Gatti", "M", "Lombard", {"kid": ("Edoardo", "M")}),
        ("Ilaria", "Fontana", "F", "Venetian", {"kid": ("Beatrice", "F")}),
        ("Ervin", "Hoxha", "M", "Albanian Italian", {"kid": ("Dea", "F")}),
        ("Roberta", "Santoro", "F", "Apulian", {"kid": ("Giorgia", "F")}),
    ),
    "pt": pool(
        ("Thiago", "Nascimento", "M", "Brazilian", {"kid": ("Davi", "M")}),
        ("Ana Beatriz", "dos Santos", "F", "Brazilian", {"kid": ("Helena", "F")}),
        ("Rafaela", "Cardoso", "F", "Brazilian", {"kid": ("Laura", "F")}),
        ("Gonçalo", "Meireles", "M", "Portuguese", {"kid": ("Afonso", "M")}),
        ("Inês", "Barros", "F", "Portuguese", {"kid": ("Matilde", "F")}),
        ("Kauã", "Oliveira", "M", "Brazilian", {"kid": ("Arthur", "M")}),
        ("Luana", "Tavares", "F", "Cape Verdean", {"kid": ("Kiara", "F")}),
        ("David", "Silva", "M", "Portuguese", {"kid": ("Tomás", "M")}),
        ("Jefferson", "Macedo", "M", "Brazilian", {"kid": ("Ryan", "M")}),
        ("Francisca", "Sousa Lopes", "F", "Portuguese", {"kid": ("Leonor", "F")}),
        ("Ricardo", "Takahashi", "M", "Japanese Brazilian", {"kid": ("Yuri", "M")}),
    ),
    "nl": pool(
        ("Daan", "de Vries", "M", "Dutch", {"kid": ("Sem", "M")}),
        ("Sanne", "Bakker", "F", "Dutch", {"kid": ("Tess", "F")}),
        ("Bram", "van Leeuwen", "M", "Dutch", {"kid": ("Lars", "M")}),
        ("Fleur", "Visser", "F", "Dutch", {"kid": ("Noor", "F")}),
        ("Mohamed", "El Idrissi", "M", "Moroccan Dutch", {"kid": ("Ilyas", "M")}),
        ("Anouk", "Postma", "F", "Frisian", {"kid": ("Sietske", "F")}),
        ("Ruben", "Kartosen", "M", "Javanese Surinamese", {"kid": ("Dewi", "F")}),
        ("Wout", "Claes", "M", "Flemish", {"kid": ("Lowie", "M")}),
    ),
    "pl": pool(
        ("Kacper", "Wiśniewski", "M", "Polish", {"kid": ("Szymon", "M")}),
        ("Zuzanna", "Kaczmarek", "F", "Polish", {"kid": ("Hania", "F")}),
        ("Oliwia", "Dąbrowska", "F", "Polish", {"kid": ("Lena", "F")}),
        ("Mikołaj", "Szymański", "M", "Polish", {"kid": ("Antoni", "M")}),
        ("Wiktoria", "Lis", "F", "Polish", {"kid": ("Maja", "F")}),
        ("Bartosz", "Kowal", "M", "Polish", {"kid": ("Franek", "M")}),
        ("Agnieszka", "Grzybowska-Nowak", "F", "Polish", {"kid": ("Julia", "F")}),
    ),
    "sv": pool(
        ("Elsa", "Lindqvist", "F", "Swedish", {"kid": ("Alma", "F")}),
        ("Oskar", "Bergström", "M", "Swedish", {"kid": ("Vincent", "M")}),
        ("Amina", "Hussein", "F", "Somali Swedish", {"kid": ("Yasmin", "F")}),
        ("Linnea", "Sjöberg", "F", "Swedish", {"kid": ("Ebba", "F")}),
        ("Viktor", "Åberg", "M", "Swedish", {"kid": ("Melker", "M")}),
    ),
    "no": pool(
        ("Sindre", "Haugland", "M", "Norwegian", {"kid": ("Odin", "M")}),
        ("Ingrid", "Solberg", "F", "Norwegian", {"kid": ("Nora", "F")}),
        ("Áile", "Somby", "F", "Sámi", {"kid": ("Máret", "F")}),
    ),
    "da": pool(
        ("Mads", "Kjeldsen", "M", "Danish", {"kid": ("Magnus", "M")}),
        ("Freja", "Østergaard", "F", "Danish", {"kid": ("Ida", "F")}),
    ),
    "fi": pool(
        ("Aino", "Heikkinen", "F", "Finnish", {"kid": ("Venla", "F")}),
        ("Eetu", "Mäkinen", "M", "Finnish", {"kid": ("Onni", "M")}),
    ),
    "tr": pool(
        ("Emir", "Aydın", "M", "Turkish", {"kid": ("Kerem", "M")}),
        ("Zeynep", "Kılıç", "F", "Turkish", {"kid": ("Defne", "F")}),
        ("Yusuf", "Öztürk", "M", "Turkish", {"kid": ("Eymen", "M")}),
        ("Elif", "Çetin", "F", "Turkish", {"kid": ("Asel", "F")}),
        ("Burak", "Doğan", "M", "Turkish", {"kid": ("Alparslan", "M")}),
        ("Rojda", "Aksoy", "F", "Kurdish", {"kid": ("Berfin", "F")}),
    ),
    "ru": pool(
        ("Артём", "Соколов", "M", "Russian", {"rom": ("artem", "sokolov"), "kid": ("Матвей", "M")}),
        ("Дарья", "Волкова", "F", "Russian", {"rom": ("darya", "volkova"), "kid": ("Алиса", "F")}),
        ("Максим", "Кузнецов", "M", "Russian", {"rom": ("maksim", "kuznetsov"), "kid": ("Егор", "M")}),
        ("Полина", "Лебедева", "F", "Russian", {"rom": ("polina", "lebedeva"), "kid": ("Вероника", "F")}),
        ("Ильдар", "Гарипов", "M", "Tatar", {"rom": ("ildar", "garipov"), "kid": ("Тимур", "M")}),
    ),
    "uk": pool(
        ("Богдан", "Коваленко", "M", "Ukrainian", {"rom": ("bohdan", "kovalenko"), "kid": ("Назар", "M")}),
        ("Оксана", "Мельник", "F", "Ukrainian", {"rom": ("oksana", "melnyk"), "kid": ("Соломія", "F")}),
        ("Тарас", "Шевчук", "M", "Ukrainian", {"rom": ("taras", "shevchuk"), "kid": ("Данило", "M")}),
        ("Ірина", "Бондаренко", "F", "Ukrainian", {"rom": ("iryna", "bondarenko"), "kid": ("Злата", "F")}),
    ),
    "el": pool(
        ("Γιώργος", "Παπαδόπουλος", "M", "Greek", {"rom": ("giorgos", "papadopoulos"), "kid": ("Άγγελος", "M")}),
        ("Ελένη", "Κωνσταντίνου", "F", "Greek", {"rom": ("eleni", "konstantinou"), "kid": ("Δανάη", "F")}),
        ("Νίκος", "Αλεξίου", "M", "Greek", {"rom": ("nikos", "alexiou"), "kid": ("Στέλιος", "M")}),
        ("Μαρία", "Σταθοπούλου", "F", "Greek", {"rom": ("maria", "stathopoulou"), "kid": ("Ιωάννα", "F")}),
    ),
    "ar": pool(
        ("يوسف", "الحربي", "M", "Saudi", {"rom": ("yousef", "alharbi"), "kid": ("فيصل", "M")}),
        ("ريم", "الشمري", "F", "Saudi", {"rom": ("reem", "alshammari"), "kid": ("لين", "F")}),
        ("عمر", "الخطيب", "M", "Jordanian", {"rom": ("omar", "alkhatib"), "kid": ("كرم", "M")}),
        ("نور", "حداد", "F", "Lebanese", {"rom": ("nour", "haddad"), "kid": ("ميرا", "F")}),
        ("كريم", "بن عيسى", "M", "Tunisian", {"rom": ("karim", "benaissa"), "kid": ("آدم", "M")}),
    ),
    "he": pool(
        ("נועה", "לוי", "F", "Israeli", {"rom": ("noa", "levi"), "kid": ("תמר", "F")}),
        ("איתי", "כהן", "M", "Israeli", {"rom": ("itai", "cohen"), "kid": ("אורי", "M")}),
        ("יעל", "מזרחי", "F", "Mizrahi", {"rom": ("yael", "mizrahi"), "kid": ("שירה", "F")}),
        ("עומר", "פרץ", "M", "Israeli", {"rom": ("omer", "peretz"), "kid": ("נדב", "M")}),
    ),
    "hi": pool(
        ("राहुल", "शर्मा", "M", "Hindi", {"rom": ("rahul", "sharma"), "kid": ("आरव", "M")}),
        ("प्रिया", "वर्मा", "F", "Hindi", {"rom": ("priya", "verma"), "kid": ("अनन्या", "F")}),
        ("अमित", "यादव", "M", "Hindi", {"rom": ("amit", "yadav"), "kid": ("कबीर", "M")}),
        ("सुनीता", "कुमारी", "F", "Bihari", {"rom": ("sunita", "kumari"), "kid": ("रिया", "F")}),
    ),
    "zh": pool(
        ("浩然", "王", "M", "Chinese", {"o": "fg0", "rom": ("haoran", "wang"), "kid": ("子墨", "M")}),
        ("雨桐", "李", "F", "Chinese", {"o": "fg0", "rom": ("yutong", "li"), "kid": ("思琪", "F")}),
        ("子轩", "陈", "M", "Cantonese", {"o": "fg0", "rom": ("zixuan", "chen"), "kid": ("俊熙", "M")}),
        ("欣怡", "刘", "F", "Chinese", {"o": "fg0", "rom": ("xinyi", "liu"), "kid": ("可馨", "F")}),
        ("俊杰", "黄", "M", "Chinese", {"o": "fg0", "rom": ("junjie", "huang"), "kid": ("宇航", "M")}),
    ),
    "ja": pool(
        ("拓海", "山口", "M", "Japanese", {"o": "fg", "rom": ("takumi", "yamaguchi"), "kid": ("陽翔", "M")}),
        ("美咲", "中村", "F", "Japanese", {"o": "fg", "rom": ("misaki", "nakamura"), "kid": ("さくら", "F")}),
        ("蓮", "高橋", "M", "Japanese", {"o": "fg", "rom": ("ren", "takahashi"), "kid": ("悠真", "M")}),
        ("結衣", "小林", "F", "Japanese", {"o": "fg", "rom": ("yui", "kobayashi"), "kid": ("芽依", "F")}),
        ("健太", "比嘉", "M", "Okinawan", {"o": "fg", "rom": ("kenta", "higa"), "kid": ("海斗", "M")}),
    ),
    "ko": pool(
        ("도윤", "이", "M", "Korean", {"o": "fg0", "rom": ("doyun", "lee"), "kid": ("시우", "M")}),
        ("지아", "최", "F", "Korean", {"o": "fg0", "rom": ("jia", "choi"), "kid": ("하은", "F")}),
        ("하준", "정", "M", "Korean", {"o": "fg0", "rom": ("hajun", "jung"), "kid": ("주원", "M")}),
        ("서연", "윤", "F", "Korean", {"o": "fg0", "rom": ("seoyeon", "yoon"), "kid": ("지유", "F")}),
    ),
    "th": pool(
        ("สมชาย", "ใจดี", "M", "Thai", {"rom": ("somchai", "jaidee"), "kid": ("ภูมิ", "M")}),
        ("นภา", "ศรีสุข", "F", "Thai", {"rom": ("napa", "srisuk"), "kid": ("ใบเตย", "F")}),
        ("กิตติ", "วงศ์ทอง", "M", "Thai", {"rom": ("kitti", "wongthong"), "kid": ("ปลื้ม", "M")}),
        ("พิมพ์ชนก", "แก้วมณี", "F", "Thai", {"rom": ("pimchanok", "kaewmanee"), "kid": ("น้ำใส", "F")}),
    ),
    "vi": pool(
        ("Minh Khoa", "Nguyễn", "M", "Vietnamese", {"o": "fg", "kid": ("Gia Bảo", "M")}),
        ("Thị Thu Hà", "Trần", "F", "Vietnamese", {"o": "fg", "kid": ("Ngọc Hân", "F")}),
        ("Quang Huy", "Lê", "M", "Vietnamese", {"o": "fg", "kid": ("Minh Đức", "M")}),
        ("Ngọc Anh", "Phạm", "F", "Vietnamese", {"o": "fg", "kid": ("Bảo Châu", "F")}),
    ),
    "id": pool(
        ("Budi", "Santoso", "M", "Javanese", {"kid": ("Rafi", "M")}),
        ("Siti", "Rahmawati", "F", "Sundanese", {"kid": ("Nabila", "F")}),
        ("Agus", "Prasetyo", "M", "Javanese", {"kid": ("Dimas", "M")}),
        ("Dewi", "Lestari", "F", "Javanese", {"kid": ("Kirana", "F")}),
        ("Putu Ayu", "Wulandari", "F", "Balinese", {"kid": ("Kadek", "M")}),
        ("Rudolf", "Simanjuntak", "M", "Batak", {"kid": ("Yosua", "M")}),
    ),
    "tl": pool(
        ("Mark Anthony", "Bautista", "M", "Filipino", {"kid": ("Jhun", "M")}),
        ("Kristine Joy", "Villanueva", "F", "Filipino", {"kid": ("Princess", "F")}),
        ("Rodel", "Macaraeg", "M", "Ilocano", {"kid": ("Jomar", "M")}),
        ("Maricel", "Dimaculangan", "F", "Tagalog", {"kid": ("Angel", "F")}),
        ("Jun", "Abellana", "M", "Visayan", {"kid": ("Kyle", "M")}),
    ),
    "cs": pool(
        ("Tereza", "Dvořáková", "F", "Czech", {"kid": ("Eliška", "F")}),
        ("Jakub", "Procházka", "M", "Czech", {"kid": ("Vojtěch", "M")}),
        ("Radek", "Šťastný", "M", "Czech", {"kid": ("Matyáš", "M")}),
    ),
    "hu": pool(
        ("Bence", "Nagy", "M", "Hungarian", {"o": "fg", "kid": ("Levente", "M")}),
        ("Réka", "Tóth", "F", "Hungarian", {"o": "fg", "kid": ("Hanna", "F")}),
    ),
    "ro": pool(
        ("Andrei", "Popescu", "M", "Romanian", {"kid": ("Luca", "M")}),
        ("Ioana", "Munteanu", "F", "Romanian", {"kid": ("Ilinca", "F")}),
        ("Mihaela", "Stoica", "F", "Romanian", {"kid": ("Bianca", "F")}),
    ),
    "hr": pool(
        ("Ante", "Jurić", "M", "Croatian", {"kid": ("Jakov", "M")}),
        ("Petra", "Kovačević", "F", "Croatian", {"kid": ("Lucija", "F")}),
    ),
    "sw": pool(
        ("Baraka", "Mwangi", "M", "Kikuyu", {"kid": ("Jabari", "M")}),
        ("Zawadi", "Achieng", "F", "Luo", {"kid": ("Amani", "F")}),
        ("Wairimu", "Njoroge", "F", "Kikuyu", {"kid": ("Wambui", "F")}),
        ("Halima", "Omar Bakari", "F", "Swahili coast", {"kid": ("Salma", "F")}),
        ("Juma", "Said Mohamed", "M", "Swahili coast", {"kid": ("Rehema", "F")}),
    ),
}


# ---------------------------------------------------------------------------
# home addresses, typed by hand in each country's layout (real small towns, made-up numbers)
# ---------------------------------------------------------------------------

def A(cc, *parts):
    return Addr(cc, *parts)


S, U, T, PC, R, AR = "street", "unit", "town", "pc", "region", "area"

ADDRS = {
    "GB": [
        A("GB", (U, "Flat 2"), ", ", (S, "9 Broad Street"), "\n", (T, "Knighton"), "\n", (PC, "LD7 1BL")),
        A("GB", (S, "14 Station Road"), "\n", (T, "Settle"), "\n", (R, "North Yorkshire"), "\n", (PC, "BD24 9AA")),
        A("GB", (S, "3 Tweedside Terrace"), "\n", (T, "Moffat"), "\n", (PC, "DG10 9HL")),
        A("GB", (S, "27 Bondgate Without"), "\n", (T, "Alnwick"), "\n", (PC, "NE66 1PR")),
        A("GB", (S, "5 Staithe Street"), "\n", (T, "Wells-next-the-Sea"), "\n", (PC, "NR23 1AG")),
        A("GB", (U, "Flat 1"), ", ", (S, "22 Main Street"), "\n", (T, "Tobermory"), "\n", (R, "Isle of Mull"), "\n",
          (PC, "PA75 6NU")),
        A("GB", (S, "41 Great Oak Street"), "\n", (T, "Llanidloes"), "\n", (PC, "SY18 6BW")),
        A("GB", (S, "8 Heads Lane"), "\n", (T, "Keswick"), "\n", (PC, "CA12 5ER")),
        A("GB", (S, "16 Long Street"), "\n", (T, "Wotton-under-Edge"), "\n", (PC, "GL12 7BT")),
        A("GB", (S, "2 Bridge Street"), "\n", (T, "Bakewell"), "\n", (PC, "DE45 1DS")),
        A("GB", (S, "11 Pendre Road"), "\n", (T, "Cardigan"), "\n", (PC, "SA43 1JT")),
    ],
    "IE": [
        A("IE", (S, "12 Main Street"), "\n", (T, "Kinsale"), "\n", (R, "Co. Cork"), "\n", (PC, "P17 WK83")),
        A("IE", (S, "4 Linenhall Street"), "\n", (T, "Castlebar"), "\n", (R, "Co. Mayo"), "\n", (PC, "F23 X9C2")),
        A("IE", (S, "7 Abbey Road"), "\n", (T, "Ballyshannon"), "\n", (R, "Co. Donegal"), "\n", (PC, "F94 E2H7")),
    ],
    "US": [
        A("US", (S, "418 E Sheridan St"), "\n", (T, "Ely"), ", ", (R, "MN"), " ", (PC, "55731")),
        A("US", (S, "27 Tombstone Canyon Rd"), ", ", (U, "Apt 3"), "\n", (T, "Bisbee"), ", ", (R, "AZ"), " ",
          (PC, "85603")),
        A("US", (S, "1306 Eugene St"), "\n", (T, "Hood River"), ", ", (R, "OR"), " ", (PC, "97031")),
        A("US", (S, "9 Jefferson St"), "\n", (T, "Lexington"), ", ", (R, "VA"), " ", (PC, "24450")),
        A("US", (S, "212 Water Street"), "\n", (T, "Decorah"), ", ", (R, "IA"), " ", (PC, "52101")),
    ],
    "CA": [
        A("CA", (S, "38 rue Sainte-Anne"), "\n", (T, "Baie-Saint-Paul"), " ", (R, "QC"), "  ", (PC, "G3Z 1N9")),
        A("CA", (S, "512 8th Street"), "\n", (T, "Canmore"), " ", (R, "AB"), "  ", (PC, "T1W 2B7")),
    ],
    "AU": [
        A("AU", (S, "17 Perry Street"), "\n", (T, "Mudgee"), " ", (R, "NSW"), " ", (PC, "2850")),
        A("AU", (U, "Unit 4"), "/", (S, "22 High Street"), "\n", (T, "Yackandandah"), " ", (R, "VIC"), " ",
          (PC, "3749")),
        A("AU", (S, "9 Tunbridge Street"), "\n", (T, "Margaret River"), " ", (R, "WA"), " ", (PC, "6285")),
    ],
    "NZ": [
        A("NZ", (S, "24 Buckingham Street"), "\n", (T, "Arrowtown"), " ", (PC, "9302")),
        A("NZ", (S, "6 Bow Street"), "\n", (T, "Raglan"), " ", (PC, "3225")),
    ],
    "ZA": [
        A("ZA", (S, "12 Market Street"), "\n", (T, "Clarens"), "\n", (PC, "9707")),
        A("ZA", (S, "31 Huguenot Road"), "\n", (T, "Franschhoek"), "\n", (PC, "7690")),
        A("ZA", (S, "6 Van Riebeeck Street"), "\n", (T, "Prince Albert"), "\n", (PC, "6930")),
    ],
    "NG": [
        A("NG", (S, "14 Ademola Close"), ", ", (AR, "Ikot Ekpene"), ", ", (R, "Akwa Ibom State")),
    ],
    "KE": [
        A("KE", (S, "P.O. Box 214"), " - ", (PC, "10400"), ", ", (T, "Nanyuki")),
        A("KE", (S, "Moi South Lake Road, Plot 77"), ", ", (T, "Naivasha")),
    ],
    "GH": [
        A("GH", (S, "House No. 9, Aburi-Mamfe Road"), ", ", (T, "Aburi"), ", ", (R, "Eastern Region")),
    ],
    "IN": [
        A("IN", (S, "House No. 27, Church Road"), ", ", (T, "Coonoor"), ", ", (R, "Tamil Nadu"), " ", (PC, "643101")),
        A("IN", (S, "Flat 3B, Lower Mall Road"), ", ", (T, "Kasauli"), ", ", (R, "Himachal Pradesh"), " ",
          (PC, "173204")),
    ],
    "DE": [
        A("DE", (S, "Marktstraße 14"), "\n", (PC, "83646"), " ", (T, "Bad Tölz")),
        A("DE", (S, "Ledererzeile 7"), "\n", (PC, "83512"), " ", (T, "Wasserburg am Inn")),
        A("DE", (S, "Unterstadtstraße 22"), "\n", (PC, "88709"), " ", (T, "Meersburg")),
        A("DE", (S, "Lange Straße 31"), "\n", (PC, "39590"), " ", (T, "Tangermünde")),
        A("DE", (S, "Obermarkt 5"), "\n", (PC, "82481"), " ", (T, "Mittenwald")),
        A("DE", (S, "Laufenstraße 18"), "\n", (PC, "52156"), " ", (T, "Monschau")),
        A("DE", (S, "Am Kirchberg 3a"), "\n", (PC, "37444"), " ", (T, "St. Andreasberg")),
    ],
    "AT": [
        A("AT", (S, "Seestraße 104"), "\n", (PC, "4830"), " ", (T, "Hallstatt")),
        A("AT", (S, "Schmittenstraße 12"), ", ", (U, "Top 5"), "\n", (PC, "5700"), " ", (T, "Zell am See")),
    ],
    "CH": [
        A("CH", (S, "Via Maistra 88"), "\n", (PC, "7504"), " ", (T, "Pontresina")),
    ],
    "FR": [
        A("FR", (S, "14 rue de la République"), "\n", (PC, "24200"), " ", (T, "Sarlat-la-Canéda")),
        A("FR", (S, "7 rue Gambetta"), "\n", (PC, "64500"), " ", (T, "Saint-Jean-de-Luz")),
        A("FR", (S, "3 allée des Alignements"), "\n", (PC, "56340"), " ", (T, "Carnac")),
        A("FR", (U, "Bât. B"), ", ", (S, "21 avenue Jean Jaurès"), "\n", (PC, "39800"), " ", (T, "Poligny")),
        A("FR", (S, "9 place de l'Hôtel de Ville"), "\n", (PC, "15300"), " ", (T, "Murat")),
    ],
    "BE": [
        A("BE", (S, "Rue du Collège 18"), "\n", (PC, "6830"), " ", (T, "Bouillon")),
        A("BE", (S, "Noordstraat 42"), "\n", (PC, "8630"), " ", (T, "Veurne")),
        A("BE", (S, "Markt 7"), ", ", (U, "bus 2"), "\n", (PC, "3700"), " ", (T, "Tongeren")),
    ],
    "ES": [
        A("ES", (S, "Calle Portal de Molina, 6"), ", ", (U, "1º B"), "\n", (PC, "44100"), " ", (T, "Albarracín"),
          " (", (R, "Teruel"), ")"),
        A("ES", (S, "Calle Pintada, 41"), ", ", (U, "3º izda."), "\n", (PC, "29780"), " ", (T, "Nerja"), " (",
          (R, "Málaga"), ")"),
        A("ES", (S, "Kale Nagusia, 12"), "\n", (PC, "20280"), " ", (T, "Hondarribia"), " (", (R, "Gipuzkoa"), ")"),
        A("ES", (S, "Carrer des Call, 3"), "\n", (PC, "17488"), " ", (T, "Cadaqués"), " (", (R, "Girona"), ")"),
    ],
    "PT": [
        A("PT", (S, "Rua do Souto, 27"), "\n", (PC, "4990-062"), " ", (T, "Ponte de Lima")),
        A("PT", (S, "Travessa da Misericórdia, 5"), ", ", (U, "2.º Esq."), "\n", (PC, "7830-339"), " ", (T, "Serpa")),
    ],
    "BR": [
        A("BR", (S, "Rua do Rosário, 112"), ", ", (U, "apto 3"), " - ", (AR, "Centro"), "\n", (T, "Pirenópolis"),
          " - ", (R, "GO"), ", ", (PC, "72980-000")),
        A("BR", (S, "Rua Coronel Domingos Teixeira, 48"), " - ", (AR, "Centro"), "\n", (T, "Morretes"), " - ",
          (R, "PR"), ", ", (PC, "83350-000")),
        A("BR", (S, "Rua Barão do Paraitinga, 210"), "\n", (T, "São Luiz do Paraitinga"), " - ", (R, "SP"), ", ",
          (PC, "12140-000")),
    ],
    "IT": [
        A("IT", (S, "Via Ricasoli 19"), "\n", (PC, "53024"), " ", (T, "Montalcino"), " (", (R, "SI"), ")"),
        A("IT", (S, "Via Pasitea 88"), "\n", (PC, "84017"), " ", (T, "Positano"), " (", (R, "SA"), ")"),
        A("IT", (S, "Via Carè Alto 6"), "\n", (PC, "38086"), " ", (T, "Pinzolo"), " (", (R, "TN"), ")"),
        A("IT", (S, "Via Nazionale 231"), "\n", (PC, "08028"), " ", (T, "Orosei"), " (", (R, "NU"), ")"),
    ],
    "NL": [
        A("NL", (S, "Hoofdstraat West 16"), "\n", (PC, "8401 BE"), " ", (T, "Gorredijk")),
        A("NL", (S, "Binnenpad 52"), "\n", (PC, "8355 BT"), " ", (T, "Giethoorn")),
        A("NL", (S, "Poststraat 9"), "\n", (PC, "4301 AA"), " ", (T, "Zierikzee")),
    ],
    "PL": [
        A("PL", (S, "ul. Kościelna 7/2"), "\n", (PC, "38-600"), " ", (T, "Lesko")),
        A("PL", (S, "ul. Olsztyńska 19"), ", ", (U, "m. 4"), "\n", (PC, "11-500"), " ", (T, "Giżycko")),
        A("PL", (S, "ul. Chojnowska 3"), "\n", (PC, "59-500"), " ", (T, "Złotoryja")),
    ],
    "SE": [
        A("SE", (S, "Storgatan 14"), "\n", (PC, "592 30"), " ", (T, "Vadstena")),
        A("SE", (S, "Prästgatan 8"), "\n", (PC, "193 30"), " ", (T, "Sigtuna")),
    ],
    "NO": [
        A("NO", (S, "Kjerkgata 21"), "\n", (PC, "7374"), " ", (T, "Røros")),
    ],
    "DK": [
        A("DK", (S, "Vestergade 11"), "\n", (PC, "5970"), " ", (T, "Ærøskøbing")),
    ],
    "FI": [
        A("FI", (S, "Luostarinkatu 4 B 12"), "\n", (PC, "21100"), " ", (T, "Naantali")),
    ],
    "TR": [
        A("TR", (S, "Cumhuriyet Mah. Atatürk Cad. No: 12"), " ", (U, "D: 3"), "\n", (PC, "50400"), " ", (T, "Ürgüp"),
          "/", (R, "Nevşehir")),
        A("TR", (S, "Çarşı Mah. Hükümet Sok. No: 7"), "\n", (PC, "78600"), " ", (T, "Safranbolu"), "/",
          (R, "Karabük")),
    ],
    "RU": [
        A("RU", (PC, "155555"), ", ", (R, "Ивановская обл."), ", г. ", (T, "Плёс"), ", ", (S, "ул. Советская, д. 12"),
          ", ", (U, "кв. 4")),
        A("RU", (PC, "152830"), ", ", (R, "Ярославская обл."), ", г. ", (T, "Мышкин"), ", ",
          (S, "ул. Угличская, д. 27")),
    ],
    "UA": [
        A("UA", (S, "вул. Соборна, 17"), ", ", (U, "кв. 9"), ", м. ", (T, "Яремче"), ", ",
          (R, "Івано-Франківська обл."), ", ", (PC, "78500")),
        A("UA", (S, "вул. Гагаріна, 3"), ", м. ", (T, "Батурин"), ", ", (R, "Чернігівська обл."), ", ", (PC, "16512")),
    ],
    "GR": [
        A("GR", (S, "Ακτή Ελούντας 8"), "\n", (PC, "720 53"), " ", (T, "Ελούντα")),
        A("GR", (S, "Βασιλέως Κωνσταντίνου 31"), "\n", (PC, "211 00"), " ", (T, "Ναύπλιο")),
    ],
    "IL": [
        A("IL", (S, "רחוב החלוצים 14"), ", ", (T, "ראש פינה"), " ", (PC, "1200000")),
        A("IL", (S, "רחוב הראשונים 6"), ", ", (T, "מטולה"), " ", (PC, "1029200")),
    ],
    "JP": [
        A("JP", "〒", (PC, "389-0102"), " ", (R, "長野県"), (T, "北佐久郡軽井沢町"), (S, "軽井沢1323-4")),
        A("JP", "〒", (PC, "649-5302"), " ", (R, "和歌山県"), (T, "東牟婁郡那智勝浦町"), (S, "朝日2丁目118")),
        A("JP", "〒", (PC, "905-0206"), " ", (R, "沖縄県"), (T, "国頭郡本部町"), (S, "崎本部35-2"), " ", (U, "201号室")),
    ],
    "KR": [
        A("KR", (R, "강원특별자치도"), " ", (T, "평창군"), " ", (S, "대관령면 올림픽로 41-7"), ", ", (U, "102동 503호"), " (",
          (PC, "25352"), ")"),
        A("KR", (R, "전라남도"), " ", (T, "담양군"), " ", (S, "담양읍 죽향문화로 18"), " (", (PC, "57339"), ")"),
    ],
    "CN": [
        A("CN", (R, "浙江省"), (T, "湖州市安吉县"), (S, "递铺街道天荒坪路88号"), (U, "3幢201室"), "，邮编 ", (PC, "313300")),
        A("CN", (R, "云南省"), (T, "大理州大理市"), (S, "喜洲镇市坪街12号"), "，邮编 ", (PC, "671003")),
    ],
    "VN": [
        A("VN", (S, "Số 14 đường Cầu Mây"), ", ", (T, "Sa Pa"), ", ", (R, "Lào Cai")),
        A("VN", (S, "27 Nguyễn Thái Học"), ", ", (AR, "phường Minh An"), ", ", (T, "Hội An"), ", ",
          (R, "Quảng Nam")),
    ],
    "TH": [
        A("TH", (S, "88/3 หมู่ 4"), " ต.", (AR, "เวียงใต้"), " อ.", (T, "ปาย"), " จ.", (R, "แม่ฮ่องสอน"), " ",
          (PC, "58130")),
        A("TH", (S, "12 ซอย 3 ถนนเจริญราษฎร์"), " ต.", (AR, "เชียงคาน"), " อ.", (T, "เชียงคาน"), " จ.", (R, "เลย"), " ",
          (PC, "42110")),
    ],
    "ID": [
        A("ID", (S, "Jl. Raya Ubud No. 8"), ", ", (T, "Ubud"), ", ", (AR, "Gianyar"), ", ", (R, "Bali"), " ",
          (PC, "80571")),
        A("ID", (S, "Jl. Mawar No. 21, RT 03/RW 05"), ", ", (T, "Salatiga"), ", ", (R, "Jawa Tengah"), " ",
          (PC, "50711")),
    ],
    "PH": [
        A("PH", (S, "Purok 3, Brgy. Poblacion"), ", ", (T, "Sagada"), ", ", (R, "Mountain Province"), " ",
          (PC, "2619")),
        A("PH", (S, "Blk 4 Lot 12, Brgy. San Isidro"), ", ", (T, "Tanay"), ", ", (R, "Rizal"), " ", (PC, "1980")),
    ],
    "MX": [
        A("MX", (S, "Calle Zaragoza 14"), ", ", (AR, "Barrio de San Miguel"), ", ", (PC, "62520"), " ",
          (T, "Tepoztlán"), ", ", (R, "Mor.")),
        A("MX", (S, "Av. 5 No. 218"), ", ", (AR, "Centro"), ", ", (PC, "77930"), " ", (T, "Bacalar"), ", ",
          (R, "Q. Roo")),
    ],
    "AR": [
        A("AR", (S, "Av. Perón 452"), ", ", (PC, "T4137"), " ", (T, "Tafí del Valle"), ", ", (R, "Tucumán")),
    ],
    "CO": [
        A("CO", (S, "Calle 5 # 8-21"), ", ", (T, "Barichara"), ", ", (R, "Santander")),
    ],
    "CL": [
        A("CL", (S, "Pasaje Los Aromos 345"), ", ", (T, "Pucón"), ", ", (R, "Región de la Araucanía")),
    ],
    "CZ": [
        A("CZ", (S, "Latrán 12"), "\n", (PC, "381 01"), " ", (T, "Český Krumlov")),
        A("CZ", (S, "Masarykovo náměstí 41"), "\n", (PC, "588 56"), " ", (T, "Telč")),
    ],
    "HU": [
        A("HU", (T, "Tokaj"), "\n", (S, "Rákóczi út 12."), "\n", (PC, "3910")),
    ],
    "RO": [
        A("RO", (S, "Str. Școlii nr. 14"), ", ", (T, "Sighișoara"), " ", (PC, "545400"), ", jud. ", (R, "Mureș")),
        A("RO", (S, "Str. Mihai Viteazul nr. 22"), ", ", (U, "bl. A2, ap. 5"), ", ", (T, "Râșnov"), " ", (PC, "505400"),
          ", jud. ", (R, "Brașov")),
    ],
    "HR": [
        A("HR", (S, "Gradiziol 9"), "\n", (PC, "52424"), " ", (T, "Motovun")),
    ],
    "SA": [
        A("SA", (S, "شارع الملك فهد 27"), "، ", (AR, "حي النخيل"), "، ", (T, "العُلا"), " ", (PC, "43536")),
    ],
    "JO": [
        A("JO", (S, "شارع البتراء 14"), "، ", (T, "وادي موسى"), "، ", (R, "معان")),
    ],
    "IN_HI": [
        A("IN", (S, "मकान नं. 42, गांधी चौक"), ", ", (T, "मंडावा"), ", ", (AR, "झुंझुनू"), ", ", (R, "राजस्थान"), " ",
          (PC, "333704")),
        A("IN", (S, "फ्लैट 7, शिवाजी मार्ग"), ", ", (T, "ओरछा"), ", ", (R, "मध्य प्रदेश"), " ", (PC, "472246")),
    ],
}


# ---------------------------------------------------------------------------
# phones in national format (no country codes), typed by hand
# ---------------------------------------------------------------------------

PHONES = {
    "GB": ["07842 316095", "07519 204873", "01547 528341", "07973 118 642", "07700 431920", "01768 772915",
           "07488 603217", "07825 940361"],
    "IE": ["087 314 2265", "086 902 7731", "021 477 3048", "085 771 0492", "089 426 1357"],
    "US": ["(218) 365-4172", "(520) 432-8816", "541-386-2095", "(540) 463-7781", "563.382.4406"],
    "CA": ["418-435-2291", "(403) 678-5530", "(819) 240-7316", "581-309-4427"],
    "AU": ["0412 873 095", "0438 216 774", "(02) 6372 4418", "0421 559 032", "0467 180 245"],
    "NZ": ["021 384 2271", "027 419 6620", "022 510 8834", "021 067 4419"],
    "ZA": ["082 517 3349", "071 608 2245", "083 942 0716"],
    "NG": ["0803 412 7785", "0816 223 9047", "0706 553 2190"],
    "KE": ["0722 418 903", "0713 552 068"],
    "GH": ["024 318 7752", "020 771 4432", "054 902 3317"],
    "IN": ["98470 12365", "094180 27736", "70123 45981"],
    "PK": ["0301 4527819"],
    "DE": ["0171 4829330", "08041 794452", "0152 28374619", "0160 9912743", "07532 41877", "0176 30418825"],
    "AT": ["0664 3817452", "0676 94 12 380"],
    "CH": ["079 418 22 63"],
    "FR": ["06 48 21 93 57", "07 81 44 02 16", "05 59 26 31 84", "06 12 70 58 39"],
    "BE": ["0476 21 83 94", "0495 37 62 10", "0468 20 71 53"],
    "ES": ["612 48 93 07", "678 31 20 54", "943 64 18 22", "655 902 317"],
    "PT": ["912 384 701", "258 941 226"],
    "BR": ["(62) 99418-2793", "(41) 98826-3104", "(12) 99731-0452"],
    "IT": ["347 812 4409", "0577 848213", "333 590 1762"],
    "NL": ["06 41827350", "06-19384027"],
    "PL": ["512 384 907", "601 229 418"],
    "SE": ["070-418 27 93", "073-552 19 08"],
    "NO": ["412 83 907"],
    "DK": ["41 82 93 07"],
    "FI": ["040 418 2793"],
    "TR": ["0532 418 27 93", "0544 207 63 15"],
    "RU": ["8 (916) 418-27-93", "8 903 552-19-08"],
    "UA": ["067 418 2793", "050 331 74 26"],
    "GR": ["694 813 2275", "697 220 4183"],
    "IL": ["052-418-2793", "054-663-1207"],
    "SA": ["050 418 2793", "055 902 3371"],
    "JO": ["079 552 1908"],
    "LB": ["03 418 279"],
    "EG": ["0100 418 2793"],
    "JP": ["090-4182-7935", "080-3361-0248", "0267-42-5518"],
    "KR": ["010-4182-7935", "010-2290-6613"],
    "CN": ["138 1824 7935", "159 0872 3316", "186 2107 4453", "135 9046 2271"],
    "VN": ["0912 418 279", "0983 227 615"],
    "TH": ["081 418 2793", "089 552 1906"],
    "ID": ["0812-4182-7935", "0856 2290 6613"],
    "PH": ["0917 418 2793", "0928 551 0362"],
    "MX": ["55 4182 7935", "984 227 6150"],
    "AR": ["011 15-4182-7935"],
    "CO": ["310 418 2793"],
    "CL": ["9 4182 7935"],
    "CZ": ["604 218 337", "731 552 190"],
    "HU": ["06 30 418 2297", "06 20 552 1903"],
    "RO": ["0744 318 205", "0723 640 118"],
    "HR": ["091 418 2793"],
    "IN_HI": ["98290 41872", "99770 13348"],
}


# ---------------------------------------------------------------------------
# identity numbers (check digits worked out once, typed here as literals)
# ---------------------------------------------------------------------------

IDS = {
    "PESEL": [Ident("PESEL", "12272304580", (2012, 7, 23), "F"), Ident("PESEL", "10230507130", (2010, 3, 5), "M"),
              Ident("PESEL", "86113009264", (1986, 11, 30), "F")],
    "TCKN": [Ident("TCKN", "38416290722"), Ident("TCKN", "52904731832"), Ident("TCKN", "17038526440")],
    "CPF": [Ident("CPF", "418.273.069-04"), Ident("CPF", "052.913.784-41"), Ident("CPF", "731.560.248-80")],
    "DNI": [Ident("DNI", "48213907L"), Ident("DNI", "73105826G"), Ident("DNI", "20984173P"),
            Ident("NIE", "Y4827139M"), Ident("NIE", "X9316042F")],
    "BSN": [Ident("BSN", "318274607"), Ident("BSN", "174309284")],
    "NIR": [Ident("NIR", "2 09 06 64 102 318 75", (2009, 6, None), "F"),
            Ident("NIR", "1 87 05 29 179 042 48", (1987, 5, None), "M"),
            Ident("NIR", "2 92 01 33 063 117 76", (1992, 1, None), "F")],
    "NHS": [Ident("NHS", "485 327 1902"), Ident("NHS", "943 618 2759"), Ident("NHS", "721 094 3862")],
    "NINO": [Ident("NINO", "JM 48 27 19 D"), Ident("NINO", "PR 73 10 58 B")],
    "IL": [Ident("IL", "304182751"), Ident("IL", "207193640")],
    "HETU": [Ident("HETU", "150809A437J", (2009, 8, 15), "M"), Ident("HETU", "030391-218V", (1991, 3, 3), "F")],
    "BE": [Ident("BE", "09.04.12-183.91", (2009, 4, 12), "M"), Ident("BE", "85.09.23-047.44", (1985, 9, 23), "M")],
    "CNP": [Ident("CNP", "6110511267235", (2011, 5, 11), "F"), Ident("CNP", "2960222403181", (1996, 2, 22), "F")],
    "CN": [Ident("CN", "330523200906143724", (2009, 6, 14), "F")],
    "RRN": [Ident("RRN", "100823-3014820", (2010, 8, 23), "M"), Ident("RRN", "880417-2015737", (1988, 4, 17), "F")],
    "AMKA": [Ident("AMKA", "14079203411", (1992, 7, 14), None)],
    "RC": [Ident("RC", "105718/2412", (2010, 7, 18), "F"), Ident("RC", "090311/4124", (2009, 3, 11), "M")],
    "TAJ": [Ident("TAJ", "038 417 294")],
    "OIB": [Ident("OIB", "69418273050"), Ident("OIB", "30852164978")],
    "FNR": [Ident("FNR", "22061051663", (2010, 6, 22), "F"), Ident("FNR", "12089437154", (1994, 8, 12), "M")],
    "AADHAAR": [Ident("AADHAAR", "4821 7093 6516"), Ident("AADHAAR", "7392 0418 5620")],
    "ZA": [Ident("ZA", "0903175123087", (2009, 3, 17), "M"), Ident("ZA", "8802040120082", (1988, 2, 4), "F")],
    "CF": [Ident("CF", "PPPSVT91D12G273Y", (1991, 4, 12), "M"), Ident("CF", "MRUFNC09S63B354F", (2009, 11, 23), "F"),
           Ident("CF", "BNCGLI10A41I726F", (2010, 1, 1), "F")],
    "PNR": [Ident("PNR", "20110914-3279", (2011, 9, 14), "M"), Ident("PNR", "870226-0483", (1987, 2, 26), "F")],
    "SSN": [Ident("SSN", "417-62-3958"), Ident("SSN", "530-18-4726")],
    "PASSPORT": [Ident("PASSPORT", "A09418273"), Ident("PASSPORT", "LK4182793"), Ident("PASSPORT", "C7RJ04LX2"),
                 Ident("PASSPORT", "XN2290661")],
}

IBANS = {
    "DE": ["DE63 7005 1995 0020 4183 77", "DE23 1203 0000 1043 8271 95"],
    "NL": ["NL92 RABO 0318 2746 05", "NL52 INGB 0007 3918 42"],
    "ES": ["ES72 2100 4127 3102 0183 7465"],
    "FR": ["FR76 3000 4018 2300 0174 5280 323"],
    "BE": ["BE69 0631 8420 7378"],
    "IE": ["IE37 AIBK 9311 5238 4719 02"],
    "PL": ["PL20 1020 4027 0000 3102 1834 7561"],
    "GB": ["GB32 BARC 2032 5341 8276 03", "GB11 LOYD 3094 7163 0291 84"],
    "IT": ["IT03 P030 6909 6061 0000 0418 273"],
    "PT": ["PT50 0035 0097 0004 1827 3916 3"],
    "CH": ["CH74 0077 4041 8273 9056 2"],
    "AT": ["AT18 2011 1829 1827 3645"],
}

CARDS = ["4539 8271 6044 2131", "5293 1740 8265 3179", "4917628301542868", "5167-3120-9458-2712"]

IPS = ["86.142.37.209", "31.94.18.227", "92.40.188.14", "178.238.11.96", "2a02:c7c:5e41:9a00:4d1:3f2e:8b07:61c2",
       "81.157.203.44", "5.66.140.31", "109.152.8.173"]

# the two junior codici fiscali encode these names (surname and given-name consonants)
CF_PEOPLE = {"MRUFNC09S63B354F": P("Francesca", "Mura", "F", "Sardinian"),
             "BNCGLI10A41I726F": P("Giulia", "Bianchi", "F", "Tuscan")}

MRNS = ["RVJ4418207", "K0938271", "MRN 00482719", "H-2205-3317"]

# dates of birth typed by hand: juniors, adults, veterans
DOBS = {
    "junior": [(2012, 4, 19), (2013, 11, 2), (2011, 6, 28), (2014, 1, 9), (2010, 9, 30), (2012, 12, 14),
               (2015, 3, 7), (2009, 8, 21), (2013, 5, 16), (2011, 2, 3), (2014, 10, 25), (2010, 7, 11)],
    "adult": [(1988, 3, 14), (1992, 11, 8), (1979, 5, 3), (1995, 7, 22), (1984, 2, 29), (1999, 10, 5),
              (1990, 1, 17), (1986, 6, 30), (2001, 12, 12), (1997, 4, 1), (1982, 9, 9), (1993, 8, 26)],
    "veteran": [(1958, 8, 4), (1963, 3, 21), (1949, 12, 1), (1967, 10, 19), (1955, 5, 27), (1961, 1, 13)],
}


# ---------------------------------------------------------------------------
# templates: personal_membership
# ---------------------------------------------------------------------------

DSTYLE = {"GB": "dmy/", "IE": "dmy/", "AU": "dmy/", "NZ": "dmy/", "US": "mdy/", "CA": "iso", "ZA": "iso"}
MAIL_EN = ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "hotmail.com", "btinternet.com"]


@tpl("personal_membership", "gym_signup_form", "en", 3)
def _t(c):
    cc = c.pick(["GB", "IE", "AU", "US"])
    p = c.person("en")
    kin = c.person("en")
    a = c.addr(cc)
    gym, sw = c.pick([("Ironworks Gym Settle", "Glofox"), ("Kinsale Strength & Conditioning", "ClubRight"),
                      ("Peak Form Mudgee", "Gymdesk"), ("Northside Barbell Club", "Mindbody")])
    rel = c.pick([("partner", "partner"), ("mum", "dad"), ("sister", "brother"), ("wife", "husband")])
    rel = rel[0] if kin.sex == "F" else rel[1]
    return lines(
        f"Can you check this new-member form from {gym} for anything missing before I load it into {sw}?",
        "",
        f"Full name: {N(p.full)}",
        f"Date of birth: {DOB(fdate(c.dob('adult'), DSTYLE[cc]))}",
        "Home address:",
        a.block,
        f"Mobile: {c.phone(cc)}",
        f"Email: {c.email(p, c.choice(MAIL_EN))}",
        f"Emergency contact: {N(kin.full)} ({rel}) {c.phone(cc)}",
        "Membership: " + c.pick(["Off-peak, 12 months", "Anytime, rolling monthly", "Student, 6 months",
                                 "Couples, 12 months"]),
        "PAR-Q: all 'no' except Q4 (knee surgery a few years ago)",
        "Signed: yes   Photo ID seen: " + c.pick(["yes", "no", "driving licence", "passport"]),
    )


@tpl("personal_membership", "jugend_anmeldung", "de", 2)
def _t(c):
    cc = c.pick(["DE", "AT", "DE"])
    par = c.person("de", kid=True)
    kid = par.child()
    a = c.addr(cc)
    club = c.pick(["TSV Bad Tölz 1861 e.V.", "SC Zell am See", "SV Wasserburg e.V."])
    sport = c.pick(["Fußball (F-Jugend)", "Schwimmen", "Handball (E-Jugend)"])
    return lines(
        "Bitte prüfe die Anmeldung auf Vollständigkeit und formuliere mir eine kurze Bestätigungsmail an die "
        "Eltern:",
        "",
        f"AUFNAHMEANTRAG {club}",
        f"Abteilung: {sport}",
        f"Name, Vorname des Kindes: {N(kid.family)}, {N(kid.given)}",
        f"Geburtsdatum: {DOB(fdate(c.dob('junior'), 'dmy.'))}",
        f"Anschrift: {a.line}",
        f"Erziehungsberechtigte/r: {N(par.full)}",
        f"Telefon: {c.phone(cc)}   E-Mail: {c.email(par, c.choice(['gmx.de', 'web.de', 't-online.de', 'gmx.at']))}",
        "SEPA-Lastschriftmandat (Jahresbeitrag 96 €):",
        f"Kontoinhaber: {N(par.full)}   IBAN: {c.iban(cc)}",
        "Fotoerlaubnis Vereinshomepage: nein",
    )


@tpl("personal_membership", "fiche_adhesion", "fr", 2)
def _t(c):
    cc = c.pick(["FR", "BE", "FR"])
    p = c.person("fr")
    a = c.addr(cc)
    club = c.pick(["RC Sarlat Périgord Noir", "Aviron Luzien", "Tennis Club de Bouillon"])
    return lines(
        f"Voici une fiche d'adhésion du {club}, tu peux la remettre au propre pour l'import dans "
        f"{c.pick(['Assoconnect', 'HelloAsso', 'Kalisport'])} ?",
        "",
        f"NOM : {N(p.family.upper())}   Prénom : {N(p.given)}",
        f"Né(e) le : {DOB(fdate(c.dob('adult'), c.pick(['dmy/', 'long_fr'])))}",
        "Adresse :",
        a.block,
        f"Portable : {c.phone(cc)}",
        f"Courriel : {c.email(p, c.choice(['orange.fr', 'free.fr', 'laposte.net', 'telenet.be', 'gmail.com']))}",
        "Certificat médical : fourni le 02/09 (valable 3 ans)",
        "Cotisation : 185 € payée par chèque n° 0042173",
    )


@tpl("personal_membership", "alta_socio", "es", 2)
def _t(c):
    idn = c.ident("DNI")
    p = c.person("es")
    a = c.addr("ES")
    pay = IBAN("ES72 2100 4127 3102 0183 7465") if c.i == 0 else "tarjeta en recepción"
    return lines(
        "Pásame estos datos de alta a una fila CSV (separador punto y coma) para el programa del gimnasio:",
        "",
        f"Nombre y apellidos: {N(p.full)}",
        f"{'NIE' if idn.kind == 'NIE' else 'DNI'}: {NID(idn.value)}",
        f"Fecha de nacimiento: {DOB(fdate(c.dob('adult'), 'dmy/'))}",
        f"Domicilio: {a.line}",
        f"Móvil: {c.phone('ES')}",
        f"Modalidad: {c.pick(['Cuota mañanas', 'Cuota completa + piscina', 'Pilates 2 días'])}",
        f"Forma de pago: {pay}",
    )


@tpl("personal_membership", "iscrizione_asd", "it", 2)
def _t(c):
    idn = c.ident("CF", junior=True)
    kid = CF_PEOPLE[idn.value]
    par = c.person("it", sex="F")
    a = c.addr("IT")
    return lines(
        "Mi aiuti a scrivere una mail alla segreteria FIGC? Manca la firma sul modulo di tesseramento:",
        "",
        f"Atleta: {N(kid.full)}",
        f"Nato/a il: {DOB(fdate(idn.dob, 'dmy/'))}",
        f"Codice fiscale: {NID(idn.value)}",
        f"Residenza: {a.line}",
        f"Genitore (madre): {N(par.full)}, cell. {c.phone('IT')}",
        f"Categoria: {c.pick(['Esordienti 2° anno', 'Pulcini', 'Under 17 femminile'])} — ASD "
        f"{c.pick(['Polisportiva Montalcino', 'Atletico Pinzolo'])}",
    )


@tpl("personal_membership", "deklaracja_czlonkowska", "pl", 2)
def _t(c):
    idn = c.ident("PESEL", junior=True)
    par = c.person("pl", kid=True, kid_sex=idn.sex)
    kid = par.child()
    a = c.addr("PL")
    return lines(
        "Przetłumacz na angielski dla trenera z Irlandii, który prowadzi obóz:",
        "",
        f"DEKLARACJA CZŁONKOWSKA — UKS {c.pick(['Orlik Lesko', 'Mazury Giżycko'])}",
        f"Imię i nazwisko zawodnika: {N(kid.full)}",
        f"PESEL: {NID(idn.value)}   data urodzenia: {DOB(fdate(idn.dob, 'dmy.'))}",
        f"Adres zamieszkania: {a.line}",
        f"Opiekun prawny: {N(par.full)}, tel. {c.phone('PL')}",
        "Uczulenia: brak. Zgoda na wyjazd na obóz: TAK",
    )


@tpl("personal_membership", "medlemsansokan", "sv", 2)
def _t(c):
    idn = c.ident("PNR")
    junior = idn.dob[0] >= 2005
    p = c.person("sv", kid=True, kid_sex=idn.sex) if junior else c.person("sv", sex=idn.sex)
    a = c.addr("SE")
    who = [f"Namn: {N(p.child().full)}", f"Målsman: {N(p.full)}"] if junior else [f"Namn: {N(p.full)}"]
    return lines(
        "Kan du sammanfatta den här ansökan i två meningar till styrelsen?",
        "",
        f"Medlemsansökan {c.pick(['Vadstena OK', 'Sigtuna Ridklubb'])}",
        *who,
        f"Personnummer: {NID(idn.value)}",
        f"Adress: {a.line}",
        f"Mobil: {c.phone('SE')}",
        f"E-post: {c.email(p, c.choice(['telia.com', 'hotmail.se', 'gmail.com']))}",
        "Familjemedlemskap: " + ("ja (målsman + 2 barn)" if junior else "nej"),
    )


@tpl("personal_membership", "crm_json_export", "en", 3)
def _t(c):
    cc = c.pick(["GB", "NZ", "ZA"])
    p = c.person("en")
    a = c.addr(cc)
    f = a.f
    dob = fdate(c.dob("adult"), "iso")
    street = f'"street": "{L(f[S])}",' if U not in f else f'"unit": "{L(f[U])}", "street": "{L(f[S])}",'
    return lines(
        "This is one record from our ClubRight export. Write me a Python function that flattens it into a CSV row "
        "(keep the keys as headers):",
        "```json",
        "{",
        f'  "member_id": "M-{c.pick(["10482", "22719", "30655"])}",',
        f'  "first_name": "{N(p.given)}",',
        f'  "last_name": "{N(p.family)}",',
        f'  "dob": "{DOB(dob)}",',
        f'  "email": "{c.email(p, c.choice(MAIL_EN))}",',
        f'  "mobile": "{c.phone(cc)}",',
        f'  "address": {{{street} "town": "{a[T]}", "postcode": "{a[PC]}"}},',
        f'  "plan": "{c.pick(["OFFPEAK_12", "FLEX_M", "CLASS_PACK_10"])}",',
        '  "status": "active"',
        "}",
        "```",
    )


@tpl("personal_membership", "members_sql", "en", 2)
def _t(c):
    ps = c.people("en", 3)
    cc = c.pick(["GB", "AU"])
    rows = []
    for p in ps:
        rows.append(f"  ('{N(p.given)}', '{N(p.family)}', '{c.email(p, c.choice(MAIL_EN))}', '{c.phone(cc)}')")
    return lines(
        "This insert fails with 'duplicate key value violates unique constraint members_email_key'. Which row is "
        "the problem and how do I upsert instead?",
        "```sql",
        "INSERT INTO members (first_name, last_name, email, phone) VALUES",
        ",\n".join(rows) + ";",
        "```",
    )


@tpl("personal_membership", "turnstile_log", "en", 3)
def _t(c):
    ps = [c.person("en", sex="F"), c.person("en"), c.person("en")]
    ip = c.raw_ip()
    t = c.pick(["05:58", "06:02", "21:47"])
    return lines(
        f"Member says her fob didn't work at {t} this morning. Can you read this log and tell me why the door "
        "refused her?",
        "```",
        f"2025-03-11 {t}:14 DOOR-1 fob=0041873 member=\"{N(ps[0].full)}\" result=DENIED reason=PLAN_HOURS",
        f"2025-03-11 {t}:40 DOOR-1 fob=0038120 member=\"{N(ps[1].full)}\" result=GRANTED",
        f"2025-03-11 {t}:52 APP   login user={c.email(ps[0], 'gmail.com')} ip={IP(ip)} ok",
        f"2025-03-11 {t}:55 DOOR-1 fob=0041873 member=\"{N(ps[0].full)}\" result=DENIED reason=PLAN_HOURS",
        f"2025-03-11 {t}:59 DOOR-2 fob=0029954 member=\"{N(ps[2].full)}\" result=GRANTED",
        "```",
        f"She's {N(ps[0].given)}, on the off-peak plan I think.",
    )


@tpl("personal_membership", "double_charge", "en", 2)
def _t(c):
    p = c.person("en")
    cc = c.pick(["GB", "IE"])
    return lines(
        "Draft a polite reply to this member. We use Stripe; the second charge was a failed retry that went through.",
        "",
        f"> From: {N(p.full)} <{c.email(p, c.choice(MAIL_EN))}>",
        "> Subject: charged twice for March??",
        f"> Hi, I've been charged £42.99 twice on my card {c.card()} this month. I only have the one membership. "
        "Please refund the extra one asap, money is tight.",
        f"> Thanks, {N(p.given)}",
        f"> {c.phone(cc)}",
    )


@tpl("personal_membership", "inschrijving_hockey", "nl", 1)
def _t(c):
    p = c.person("nl", kid=True)
    kid = p.child()
    a = c.addr("NL")
    return lines(
        "Kun je van deze inschrijving een nette welkomstmail maken (tutoyeren, kort)?",
        "",
        f"Nieuw lid: {N(kid.full)}, geb. {DOB(fdate(c.dob('junior'), 'dmy-'))}",
        f"Team: {c.pick(['JO9-2', 'MO11-1'])} — {c.pick(['MHC Gorredijk', 'HC Zierikzee'])}",
        f"Ouder: {N(p.full)}",
        f"Adres: {a.line}",
        f"Tel: {c.phone('NL')}",
        f"Incasso contributie: {c.iban('NL')} t.n.v. {N(p.given[0] + '. ' + p.family)}",
    )


@tpl("personal_membership", "uyelik_formu", "tr", 2)
def _t(c):
    idn = c.ident("TCKN")
    p = c.person("tr")
    a = c.addr("TR")
    return lines(
        "Bu üyelik formunu İngilizceye çevirir misin? Kulübün yabancı antrenörü okuyacak.",
        "",
        f"ÜYELİK FORMU — {c.pick(['Ürgüp Gençlik Spor Kulübü', 'Safranbolu Yüzme İhtisas Kulübü'])}",
        f"Adı Soyadı: {N(p.full)}",
        f"T.C. Kimlik No: {NID(idn.value)}",
        f"Doğum Tarihi: {DOB(fdate(c.dob('adult'), 'dmy.'))}",
        f"Adres: {a.line}",
        f"Cep Tel: {c.phone('TR')}",
        "Branş: " + c.pick(["Voleybol (masterlar)", "Yüzme"]),
    )


@tpl("personal_membership", "nyukai_moushikomi", "ja", 2)
def _t(c):
    p = c.person("ja")
    a = c.addr("JP")
    return lines(
        "以下の入会申込書の内容を確認して、不足項目があれば教えてください。",
        "",
        f"【入会申込書】{c.pick(['フィットネスクラブ軽井沢', '那智勝浦スイミングスクール'])}",
        f"氏名：{N(p.full)}",
        f"生年月日：{DOB(fdate(c.dob('adult'), 'cjk'))}",
        f"住所：{a.line}",
        f"電話：{c.phone('JP')}",
        f"メール：{c.email(p, c.choice(['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com']))}",
        "コース：" + c.pick(["平日デイタイム会員", "ジュニア水泳 週2回"]),
    )


@tpl("personal_membership", "member_oneliner", "en", 3, case="lower")
def _t(c):
    p = c.person("en", sex="F")
    cc = c.pick(["GB", "AU", "IE"])
    a = c.addr(cc)
    return c.pick([
        (f"member {N(p.full)} just moved to {a.line} and wants her direct debit date changed to the 15th, what do "
         f"i need to do in gocardless"),
        (f"how do i merge two profiles for the same person? {N(p.full)} signed up twice, once with "
         f"{c.email(p, 'gmail.com')} and once with her work email, and her kids are on the wrong one"),
        (f"can you write a short text to {N(p.full)} on {c.phone(cc)} saying her freeze ends "
         f"friday and classes restart monday, she lives out in {a[T]} so mention the 7am bus timetable changed"),
    ])


# ---------------------------------------------------------------------------
# templates: personal_medical (injury, physio, concussion, first aid)
# ---------------------------------------------------------------------------

@tpl("personal_medical", "physio_soap", "en", 3)
def _t(c):
    p = c.person("en")
    coach = c.person("en", sex="M")
    cc = c.pick(["GB", "AU", "IE"])
    inj = c.pick([
        ("R hamstring strain, grade 1–2, sprinting in Sunday league match",
         "Nordic curls x3x6, isometric bridges, jog-walk from day 5", "Settle United AFC"),
        ("L lateral ankle sprain (ATFL), inversion landing at netball",
         "Balance board, heel raises, strapping for return; Ottawa rules negative", "Mudgee Netball Assoc."),
        ("Patellar tendinopathy R, hurling training load up 40% in 3 wks",
         "Spanish squats, isometric wall sits 5x45s, no plyos this week", "Castlebar Mitchels GAA"),
    ])
    return lines(
        "Tidy this physio note into a short update for the player's coach. Leave out anything clinical he doesn't "
        "need.",
        "",
        f"Pt: {N(p.full)}   DOB {DOB(fdate(c.dob('adult'), 'dmy/'))}   Hosp no. {MRN(c.pick(MRNS))}",
        f"Club: {inj[2]} — coach {N(coach.full)}",
        f"S: {inj[0]}. Pain 4/10 on stairs.",
        "O: TTP mid-belly, ROM 80% of other side, strength 4/5.",
        "A: as above, no red flags.",
        f"P: {inj[1]}. Review 10 days. Mob {c.phone(cc)}.",
    )


@tpl("personal_medical", "concussion_incident", "en", 3)
def _t(c):
    par = c.person("en", sex="F", kid=True)
    kid = par.child()
    aider = c.person("en")
    ref = c.person("en")
    cc = c.pick(["GB", "NZ", "IE"])
    return lines(
        "Turn this into the club's incident report format (what happened / action taken / follow-up). Keep it "
        "factual.",
        "",
        f"U14 rugby vs {c.pick(['Keswick RUFC', 'Raglan Rugby Club', 'Kinsale RFC'])}, 2nd half, approx 15 min in.",
        f"{N(kid.full)} (DOB {DOB(fdate(c.dob('junior'), 'dmy/'))}) tackled high, stayed down ~20 sec, "
        "dazed, asked what the score was twice.",
        f"Removed from play by ref {N(ref.full)}, not returned. HIA done by {N(aider.full)} (first aider).",
        f"Mum {N(par.full)} collected at 11:40, told about Recognise and Remove and GRTP. Her number "
        f"{c.phone(cc)}.",
        f"{N(kid.given)} to see GP within 24h. No screen time, no training for 14 days minimum.",
    )


@tpl("personal_medical", "unfallmeldung", "de", 1)
def _t(c):
    p = c.person("de")
    trainer = c.person("de")
    cc = c.pick(["DE", "AT"])
    a = c.addr(cc)
    return lines(
        "Formuliere daraus den Unfallhergang für die Sportversicherung (ARAG), sachlich, maximal 5 Sätze:",
        "",
        f"Verletzte/r: {N(p.full)}, geb. {DOB(fdate(c.dob('adult'), 'dmy.'))}",
        f"Anschrift: {a.line}",
        f"Tel.: {c.phone(cc)}",
        f"Verein: {c.pick(['SV Meersburg 1920 e.V.', 'TSV Mittenwald', 'Skiclub Zell am See'])}",
        f"Trainingsspiel Di 19:30, Zweikampf am Strafraum, Knie verdreht, Schwellung. {'Trainerin' if trainer.sex == 'F' else 'Trainer'} "
        f"{N(trainer.full)} hat gekühlt, Krankenhaus Bad Tölz, Verdacht Innenbandriss.",
    )


@tpl("personal_medical", "fiche_blessure", "fr", 2)
def _t(c):
    idn = c.ident("NIR")
    p = c.person("fr", sex=idn.sex)
    kine = c.person("fr")
    y, m, _ = idn.dob
    day = c.pick([9, 21])
    return lines(
        "Peux-tu rédiger un courrier au médecin du club à partir de cette fiche ?",
        "",
        f"Joueur/joueuse : {N(p.full)}",
        f"Date de naissance : {DOB(fdate((y, m, day), 'dmy/'))}",
        f"N° de sécurité sociale : {NID(idn.value)}",
        f"Blessure : {c.pick(['entorse acromio-claviculaire après plaquage', 'fracture du 5e métacarpien (boxe)'])}",
        f"Suivi kiné : {N(kine.full)}, 3 séances/semaine",
        f"Téléphone : {c.phone('FR')}",
    )


@tpl("personal_medical", "parte_lesion", "es", 1)
def _t(c):
    p = c.person("es")
    a = c.addr(c.pick(["MX", "ES"]))
    return lines(
        "Ayúdame a completar el parte para la mutualidad; dime qué falta:",
        "",
        f"Federado/a: {N(p.full)}",
        f"Fecha de nacimiento: {DOB(fdate(c.dob('adult'), 'long_es'))}",
        f"Domicilio: {a.line}",
        f"Teléfono: {c.phone(a.cc)}",
        "Lesión: " + c.pick(["rotura fibrilar en el gemelo interno, partido de veteranos",
                             "luxación de hombro en entrenamiento de balonmano"]),
        "Centro de atención: urgencias comarcales",
    )


@tpl("personal_medical", "avaliacao_fisica", "pt", 2)
def _t(c):
    idn = c.ident("CPF")
    p = c.person("pt")
    a = c.addr("BR")
    return lines(
        "Resume essa ficha de avaliação física pro personal do aluno, em tópicos:",
        "",
        f"Aluno(a): {N(p.full)} — CPF {NID(idn.value)}",
        f"Nascimento: {DOB(fdate(c.dob('adult'), 'dmy/'))}",
        f"Endereço: {a.line}",
        f"WhatsApp: {c.phone('BR')}",
        "Histórico: " + c.pick(["lesão de LCA joelho esquerdo em 2021 (operado), hipertensão controlada",
                                "hérnia de disco L4-L5, sem cirurgia; dor lombar ao agachar"]),
        "Objetivo: hipertrofia + voltar a jogar futevôlei",
    )


@tpl("personal_medical", "travma_sekcii", "ru", 2)
def _t(c):
    par = c.person("ru", kid=True)
    kid = par.child()
    coach = c.person("ru")
    return lines(
        "Составь, пожалуйста, короткое сообщение родителям в чат секции: ребёнок получил травму на тренировке.",
        "",
        f"Спортсмен: {N(kid.family + ' ' + kid.given)}, {DOB(fdate(c.dob('junior'), 'dmy.'))} г.р.",
        f"Тренер: {N(coach.full)}",
        "Травма: " + c.pick(["ушиб голеностопа на тренировке по хоккею", "растяжение запястья (гимнастика)"]),
        f"{'Мама' if par.sex == 'F' else 'Папа'}: {N(par.full)}, тел. {c.phone('RU')}",
        f"Адрес: {c.addr('RU').line}",
        "Отвезли в травмпункт, перелома нет.",
    )


@tpl("personal_medical", "squad_injury_table", "en", 3)
def _t(c):
    ps = c.people("en", 4)
    return lines(
        "Can you sort this by expected return date and add a column flagging anyone out longer than 3 weeks?",
        "",
        "| Player | Injury | Seen by | Expected back |",
        "|---|---|---|---|",
        f"| {N(ps[0].full)} | calf strain | {N(ps[3].full)} (physio) | 14 Apr |",
        f"| {N(ps[1].full)} | broken finger | A&E | 28 Apr |",
        f"| {N(ps[2].full)} | concussion (GRTP stage 2) | {N(ps[3].given)} | 9 Apr |",
        "| U23 trialist | hamstring | tbc | tbc |",
    )


@tpl("personal_medical", "busang_bogo", "ko", 1)
def _t(c):
    p = c.person("ko")
    a = c.addr("KR")
    return lines(
        "아래 부상 보고 내용을 영어로 번역해 주세요. 해외 전지훈련 보험사에 보내야 합니다.",
        "",
        f"선수명: {N(p.full)}",
        f"생년월일: {DOB(fdate(c.dob('adult'), 'ko'))}",
        f"주소: {a.line}",
        f"연락처: {c.phone('KR')}",
        "부상 내용: " + c.pick(["스키 훈련 중 전방십자인대 부분 파열", "배드민턴 경기 중 아킬레스건 염증 악화"]),
    )


@tpl("personal_medical", "taqrir_isaba", "ar", 1)
def _t(c):
    p = c.person("ar")
    coach = c.person("ar")
    cc = c.pick(["SA", "JO"])
    return lines(
        "لخّص هذا التقرير في ثلاث نقاط لإرساله إلى إدارة النادي:",
        "",
        f"اسم اللاعب: {N(p.full)}",
        f"تاريخ الميلاد: {DOB(fdate(c.dob('adult'), 'dmy/'))}",
        f"الجوال: {c.phone(cc)}",
        f"العنوان: {c.addr(cc).line}",
        "الإصابة: " + c.pick(["التواء في الكاحل الأيمن أثناء مباراة كرة القدم للهواة",
                              "شد عضلي في الفخذ الخلفي خلال تمرين الجري"]),
        f"المدرب المسؤول: {N(coach.full)}",
        "العودة المتوقعة: بعد أسبوعين",
    )


@tpl("personal_medical", "physio_chat_lower", "en", 3, case="lower")
def _t(c):
    p = c.person("en", sex="M")
    q = c.person("en")
    cc = c.pick(["GB", "AU", "NZ"])
    return c.pick([
        (f"physio here. {N(p.full)}'s hamstring is better but not match fit, can you help me word a "
         f"message to his coach {N(q.given)} so it doesn't sound like i'm blocking selection. his number is "
         f"{c.phone(cc)} if that matters"),
        (f"quick one - {N(p.full)} (u16s) says his shin pain is worse after the new boots, mum wants to know if "
         f"it's shin splints or a stress fracture. i said we'd get him to {N(q.full)} at the sports clinic. "
         "what questions should i ask first"),
        (f"can you turn these into notes: {N(p.given)} - rolled ankle again, 3rd time this season. strapped, iced. "
         f"told him to book in with {N(q.given)}. lives out at {c.addr(cc)[T]} so no lift to the clinic till sat"),
    ])


@tpl("personal_medical", "nhs_referral", "en", 2)
def _t(c):
    idn = c.ident("NHS")
    p = c.person("en")
    gp = c.person("en")
    a = c.addr("GB")
    return lines(
        "Draft a short covering letter from the club welfare officer to go with this GP referral to the sports "
        "injury clinic:",
        "",
        f"Patient: {N(p.full)}",
        f"NHS no: {NID(idn.value)}",
        f"DOB: {DOB(fdate(c.dob(c.pick(['adult', 'veteran'])), 'en_short'))}",
        "Address:",
        a.block,
        f"Referring GP: Dr {N(gp.family)}",
        "Reason: " + c.pick(["recurrent shoulder dislocation (walking netball)",
                             "persistent groin pain since walking football tournament"]),
    )


@tpl("personal_medical", "fysikotherapeia", "el", 2)
def _t(c):
    idn = c.ident("AMKA") if c.i == 0 else None
    p = c.person("el")
    a = c.addr("GR")
    amka = f"ΑΜΚΑ: {NID(idn.value)}" if idn else "ΑΜΚΑ: (εκκρεμεί)"
    dob = idn.dob if idn else c.dob("adult")
    return lines(
        "Μπορείς να γράψεις ένα σύντομο μήνυμα υπενθύμισης για το ραντεβού φυσικοθεραπείας;",
        "",
        f"Αθλητής/τρια: {N(p.full)}",
        f"Ημ. γέννησης: {DOB(fdate(dob, 'dmy/'))}",
        amka,
        f"Διεύθυνση: {a.line}",
        f"Κινητό: {c.phone('GR')}",
        "Τραυματισμός: " + c.pick(["διάστρεμμα γόνατος (μπάσκετ)", "τενοντίτιδα ώμου (κολύμβηση)"]),
    )


# ---------------------------------------------------------------------------
# templates: personal_team (team sheets, rosters, referee reports, transfers)
# ---------------------------------------------------------------------------

@tpl("personal_team", "sunday_team_sheet", "en", 3)
def _t(c):
    ps = c.people("en", 8, sex="M")
    mgr = c.person("en")
    cc = c.pick(["GB", "IE", "GB"])
    return lines(
        "Format this as a clean team sheet for the league's Full-Time upload, numbers first, subs at the bottom:",
        "",
        f"1 {N(ps[0].full)} gk",
        f"4 {N(ps[1].full)} (c)",
        f"5 {N(ps[2].family)}",
        f"7 {N(ps[3].full)}",
        f"9 {N(ps[4].given)} — surname? ask {N(mgr.given)}",
        f"10 {N(ps[5].full)}",
        f"subs: {N(ps[6].full)}, {N(ps[7].full)}",
        f"Manager: {N(mgr.full)} {c.phone(cc)}",
        f"Kick-off 10:30 at {c.pick(['Castleberg playing fields', 'the Rec', 'Showfield pitch 2'])}",
    )


@tpl("personal_team", "referee_misconduct", "en", 3)
def _t(c):
    ref = c.person("en")
    pl = c.person("en", sex="M")
    sec = c.person("en")
    cc = c.pick(["GB", "GB", "IE"])
    home, away = c.pick([("Alnwick Town Reserves", "Wooler Rangers"), ("Llanidloes Town U18", "Rhayader Town"),
                         ("Ballyshannon Swifts", "Bundoran Utd")])
    return lines(
        "I'm a grassroots ref. Rewrite my misconduct report so it's clear and neutral for the County FA:",
        "",
        f"Referee: {N(ref.full)}   Tel {c.phone(cc)}",
        f"Match: {home} v {away}",
        f"Player: {N(pl.full)} ({away}, no. {c.pick(['6', '11', '14'])})",
        f"Offence: S6 — used offensive/insulting language towards me after a throw-in decision. {N(pl.family)} "
        "then kicked the ball at the dugout. Red card shown 63'.",
        f"Club secretary informed: {N(sec.full)}, {c.email(sec, c.choice(MAIL_EN))}",
    )


@tpl("personal_team", "intl_clearance", "en", 2)
def _t(c):
    pp = c.ident("PASSPORT")
    p = c.person(c.pick(["pl", "pt"]))
    a = c.addr(c.pick(["GB", "IE"]))
    prev = c.pick(["UKS Orlik Lesko (Poland)", "GD Ponte de Lima (Portugal)"])
    return lines(
        "We need an International Transfer Certificate for an amateur player. Draft the email to the county FA "
        "with these details and ask what else they need:",
        "",
        f"Player: {N(p.full)}",
        f"DOB: {DOB(fdate(c.dob('adult'), 'dmy/'))}",
        f"Passport no.: {NID(pp.value)}",
        f"Previous club: {prev}",
        "Current address:",
        a.block,
        f"Mobile: {c.phone(a.cc)}",
    )


@tpl("personal_team", "kaderliste_csv", "de", 1)
def _t(c):
    ps = c.people("de", 4)
    dobs = [DOB(fdate(c.dob("junior"), "dmy.")) for _ in ps]
    rows = [f"{N(p.family)};{N(p.given)};{d};{c.pick(['0412', '1187', '0953'])}{i};{c.phone('DE')}"
            for i, (p, d) in enumerate(zip(ps, dobs))]
    return lines(
        "Warum zeigt Excel bei dieser Kaderliste alles in einer Spalte an? Und sortier sie bitte nach Jahrgang.",
        "```",
        "Name;Vorname;Geburtsdatum;Passnr.;Telefon Eltern",
        *rows,
        "```",
    )


@tpl("personal_team", "u11_roster_tsv", "en", 2)
def _t(c):
    pars = [c.person("en", kid=True) for _ in range(3)]
    cc = c.pick(["US", "CA"])
    rows = [f"{N(p.child().full)}\t{N(p.full)}\t{c.phone(cc)}\t{c.email(p, c.choice(MAIL_EN))}" for p in pars]
    return lines(
        "Pasted from our Google Sheet (tab separated). Make me a snack & carpool rota for 6 Saturdays from this, "
        "each family twice:",
        "",
        "player\tparent\tcell\temail",
        *rows,
    )


@tpl("personal_team", "netball_pipe", "en", 2)
def _t(c):
    ps = c.people("en", 4, sex="F")
    cc = c.pick(["AU", "NZ"])
    rows = [f"{pos} | {N(p.full)} | {c.phone(cc)}" for pos, p in zip(["GS", "WA", "C", "GD"], ps)]
    return lines(
        "Turn this into a Markdown table and add a column for who is umpiring which round:",
        "bib | name | mobile",
        *rows,
    )


@tpl("personal_team", "distinta_gara", "it", 2)
def _t(c):
    ps = c.people("it", 4, sex="M")
    dir_ = c.person("it")
    rows = [f"{n}. {N(p.family.upper() + ' ' + p.given)} — tess. {t}" for n, p, t in
            zip([1, 3, 8, 10], ps, ["2209411", "2187730", "2301558", "2244016"])]
    return lines(
        "Controlla questa distinta: l'arbitro dice che manca un dirigente accompagnatore. Come la sistemo?",
        "",
        f"DISTINTA GARA — {c.pick(['Polisportiva Orosei', 'ASD Positano'])} (Seconda Categoria)",
        *rows,
        f"Dirigente: {N(dir_.full)}, cell. {c.phone('IT')}",
    )


@tpl("personal_team", "acta_arbitral", "es", 1)
def _t(c):
    arb = c.person("es")
    j = c.person("es", sex="M")
    dele = c.person("es")
    return lines(
        "Redacta el informe del árbitro de forma clara para el comité de competición:",
        "",
        f"Árbitro: {N(arb.full)}",
        f"Partido: {c.pick(['CD Nerja B – UD Frigiliana', 'Hondarribia FT – Real Unión Irún (cadete)'])}",
        f"Min. 78: el jugador {N(j.full)} (dorsal 9) me empuja tras pitar falta. Expulsión directa.",
        f"Delegado local: {N(dele.full)}, tel. {c.phone('ES')}",
        "Incidencias en grada: insultos desde la zona de padres, sin identificar.",
    )


@tpl("personal_team", "aansluiting_be", "nl", 2)
def _t(c):
    idn = c.ident("BE")
    p = c.person("nl", sex=idn.sex)
    a = c.addr("BE")
    return lines(
        "Kan je dit aansluitingsformulier voor de voetbalbond nakijken en de ontbrekende velden opsommen?",
        "",
        f"Naam speler: {N(p.full)}",
        f"Rijksregisternummer: {NID(idn.value)}",
        f"Geboortedatum: {DOB(fdate(idn.dob, 'dmy/'))}",
        f"Adres: {a.line}",
        f"{'GSM ouder' if idn.dob[0] >= 2005 else 'GSM'}: {c.phone('BE')}",
        "Vorige club: —",
    )


@tpl("personal_team", "volunteer_yaml", "en", 2)
def _t(c):
    ps = c.people("en", 3)
    cc = c.pick(["GB", "AU"])
    items = []
    for role, p in zip(["bar", "gate", "first_aid"], ps):
        items.append(f"  - role: {role}\n    name: {N(p.full)}\n    phone: \"{c.phone(cc)}\"")
    return lines(
        "Our home-game rota bot reads this YAML but crashes on the phone field. What's wrong?",
        "```yaml",
        f"fixture: {c.pick(['2025-04-12 vs Bakewell CC', '2025-05-03 vs Yackandandah FNC'])}",
        "volunteers:",
        *items,
        "```",
    )


@tpl("personal_team", "squad_notice_caps", "en", 2, case="upper")
def _t(c):
    ps = c.people("en", 5)
    cap = c.person("en")
    cc = c.pick(["GB", "IE"])
    return lines(
        "Make this notice less shouty but keep all the info:",
        "",
        f"SQUAD FOR SATURDAY AWAY AT {c.pick(['Cardigan', 'Tobermory', 'Moffat'])}: {N(ps[0].full)}, "
        f"{N(ps[1].full)}, {N(ps[2].family)}, {N(ps[3].full)}, {N(ps[4].given)}.",
        f"MEET 11:15 AT THE CLUBHOUSE. NO LIFTS ARRANGED YET — CALL {N(cap.full)} ON {c.phone(cc)}.",
        "MATCH FEES £5 CASH OR BANK TRANSFER BEFORE KICK-OFF.",
    )


@tpl("personal_team", "qiudui_mingdan", "zh", 2)
def _t(c):
    ps = c.people("zh", 3)
    idn = c.ident("CN") if c.i == 0 else None
    a = c.addr("CN")
    first = f"{N(ps[0].full)}，身份证号 {NID(idn.value)}" if idn else f"{N(ps[0].full)}，身份证号待补"
    return lines(
        "请帮我把这份业余篮球联赛的报名名单整理成表格（姓名、电话、住址）：",
        "",
        f"1. {first}，电话 {c.phone('CN')}，住址 {a.line}",
        f"2. {N(ps[1].full)}，电话 {c.phone('CN')}",
        f"3. {N(ps[2].full)}（队长），电话 {c.phone('CN')}",
    )


@tpl("personal_team", "soupiska_cs", "cs", 2)
def _t(c):
    idn = c.ident("RC")
    kid = c.person("cs", sex=idn.sex)
    tren = c.person("cs")
    a = c.addr("CZ")
    return lines(
        "Přelož prosím do angličtiny, pořadatel turnaje v Rakousku to chce anglicky:",
        "",
        f"Hráč/ka: {N(kid.full)}, r. č. {NID(idn.value)}, nar. {DOB(fdate(idn.dob, 'dmy.'))}",
        f"Bydliště: {a.line}",
        f"Trenér: {N(tren.full)}, tel. {c.phone('CZ')}",
        f"Oddíl: {c.pick(['FK Slavoj Český Krumlov', 'TJ Sokol Telč'])}, kategorie U15",
    )


@tpl("personal_team", "cricket_team_hi", "hi", 2)
def _t(c):
    ps = c.people("hi", 3)
    idn = c.ident("AADHAAR")
    a = c.addr("IN_HI")
    return lines(
        "इस टीम सूची को अंग्रेज़ी में बदल दो, टूर्नामेंट के आयोजक को भेजनी है:",
        "",
        f"कप्तान: {N(ps[0].full)}, आधार: {NID(idn.value)}",
        f"पता: {a.line}",
        f"मोबाइल: {c.phone('IN_HI')}",
        f"उप-कप्तान: {N(ps[1].full)}",
        f"विकेटकीपर: {N(ps[2].full)}",
    )


@tpl("personal_team", "transferencia_pt", "pt", 2)
def _t(c):
    p = c.person("pt")
    a = c.addr("PT")
    return lines(
        "Preciso de um e-mail formal à Associação de Futebol a pedir a transferência deste atleta amador:",
        "",
        f"Atleta: {N(p.full)}",
        f"Data de nascimento: {DOB(fdate(c.dob('adult'), 'dmy/'))}",
        f"Morada: {a.line}",
        f"Telemóvel: {c.phone('PT')}",
        f"Clube de origem: {c.pick(['GD Serpa', 'Atlético Clube de Ponte de Lima'])} → clube de destino: o nosso",
    )


@tpl("personal_team", "w9_referee_pay", "en", 2)
def _t(c):
    idn = c.ident("SSN")
    p = c.person("en")
    a = c.addr("US")
    return lines(
        "Our youth soccer league pays refs as contractors. Check this W-9 summary and tell me if anything would "
        "bounce in QuickBooks:",
        "",
        f"Name: {N(p.full)}",
        f"SSN: {SSN(idn.value)}",
        "Address:",
        a.block,
        f"Phone: {c.phone('US')}",
        f"Games this season: {c.pick(['31 (U10–U14)', '18 (U12 travel)'])} @ $45",
    )


@tpl("personal_team", "juniorijoukkue_fi", "fi", 1)
def _t(c):
    idn = c.ident("HETU", junior=True)
    p = c.person("fi", sex=idn.sex)
    par = c.person("fi")
    a = c.addr("FI")
    return lines(
        "Käännä englanniksi turnausjärjestäjälle:",
        "",
        f"Pelaaja: {N(p.full)}, hetu {NID(idn.value)}",
        f"Huoltaja: {N(par.full)}, puh. {c.phone('FI')}",
        f"Osoite: {a.line}",
        "Joukkue: NaPS P16, salibandy",
    )


@tpl("personal_team", "spillerliste_no", "no", 1)
def _t(c):
    idn = c.ident("FNR")
    p = c.person("no", sex=idn.sex)
    a = c.addr("NO")
    return lines(
        "Kan du skrive en kort e-post til kretsen om overgangen til denne spilleren?",
        "",
        f"Spiller: {N(p.full)}, fødselsnummer {NID(idn.value)}",
        f"Adresse: {a.line}",
        f"Mobil: {c.phone('NO')}",
        "Fra: Røros IL håndball, til: Ålen IL",
    )


# ---------------------------------------------------------------------------
# templates: personal_chat (parents, players, coaches: WhatsApp, e-mail, chat)
# ---------------------------------------------------------------------------

@tpl("personal_chat", "whatsapp_lifts", "en", 3)
def _t(c):
    a, b, d = c.person("en", sex="F", kid=True), c.person("en", kid=True), c.person("en", sex="M")
    cc = c.pick(["GB", "IE", "AU"])
    ad = c.addr(cc)
    return lines(
        "Summarise who is driving who on Saturday from this WhatsApp export, as a list:",
        "",
        f"[18:02, 13/03/2025] {N(a.full)}: Can anyone take {N(a.child().given)} to the away game? I'm on shift til 2",
        f"[18:05, 13/03/2025] {N(b.full)}: I can take 2 more, leaving from {ad.line} at 8.45",
        f"[18:06, 13/03/2025] {N(a.given)}: ah your a star 🙏",
        f"[18:11, 13/03/2025] {N(d.full)}: {N(b.given)} can you grab my two as well? we're 5 mins from you. "
        f"my mobile is {c.phone(cc)} if easier",
        f"[18:20, 13/03/2025] {N(b.given)}: that's 4 then, {N(a.child().given)} {N(b.child().given)} + yours. "
        "full car",
        f"[18:21, 13/03/2025] {N(d.given)}: also has anyone seen a size 5 ball with a silver pen name on it",
    )


@tpl("personal_chat", "lift_lower", "en", 3, case="lower")
def _t(c):
    p = c.person("en", kid=True)
    q = c.person("en")
    cc = c.pick(["GB", "NZ", "US"])
    ad = c.addr(cc)
    k = p.child()
    return c.pick([
        (f"can u write a msg to the team group: {N(k.given)}'s {'mum' if p.sex == 'F' else 'dad'} {N(p.given)} is doing the lift on sunday, "
         f"pick up is outside {ad[S]} at 7.30 sharp, anyone late gets left. {N(q.full)} is bringing the kit bag"),
        (f"hi its {N(p.given)} ({N(k.given)}'s parent) - we've lost the away shirt again, it was in "
         f"{N(q.given)}'s car i think. can you help me word a nice ask to the group without blaming anyone. "
         f"my number for replies {c.phone(cc)}"),
        (f"make a carpool plan: {N(p.full)} lives in {ad[T]}, {N(q.full)} is 10 min away and has a 7 seater, "
         f"match is 45 min drive, kick off 10. {N(k.given)} gets car sick so front seat"),
    ])


@tpl("personal_chat", "elternchat_de", "de", 2, case="lower")
def _t(c):
    a, b = c.person("de", kid=True), c.person("de", kid=True)
    ad = c.addr(c.pick(["CH", "AT"]))
    return lines(
        "Fass den Chat für die Trainerin kurz zusammen (wer fährt, wer fehlt):",
        "",
        f"{N(a.full)}: Wer fährt Samstag nach {c.pick(['Miesbach', 'Saalfelden'])}? Wir haben nur einen Kleinwagen",
        f"{N(b.full)}: Ich nehm {N(a.child().given)} mit, Abfahrt 8:15 bei uns, {ad[S]}",
        f"{N(a.given)}: Danke!! {N(b.child().given)} hat übrigens noch die Trikottasche seit letzter Woche 🙈",
        f"{N(b.given)}: Oh Mist, bring ich mit. Falls was ist: {c.phone(ad.cc)}",
    )


@tpl("personal_chat", "parents_fr", "fr", 2, case="lower")
def _t(c):
    p = c.person("fr", kid=True)
    q = c.person("fr")
    return lines(
        "Réponds à ce message de parent de façon aimable, en expliquant que les maillots sont commandés chez "
        "Kappa et arrivent dans trois semaines :",
        "",
        f"« Bonjour, c'est {N(p.full)}, {'la maman' if p.sex == 'F' else 'le papa'} de {N(p.child().given)} "
        f"(U11). Toujours pas de maillot pour notre enfant alors qu'on a payé la licence en septembre. "
        f"{N(q.full)} m'a dit que d'autres l'ont déjà. Merci de me rappeler au {c.phone('FR')}. »",
    )


@tpl("personal_chat", "padres_es_lower", "es", 2, case="lower")
def _t(c):
    p = c.person("es", kid=True)
    q = c.person("es")
    return c.pick([
        (f"oye, escríbeme un mensaje para el grupo de padres: el sábado lleva a los niños {N(q.full)}, salida a "
         f"las 9 desde su casa ({c.addr(c.choice(['CL', 'CO'])).line}). {N(p.child().given)} no puede ir porque tiene comunión. que quede "
         "simpático"),
        (f"necesito avisar a {N(p.full)} que su {'hija' if p.kid[1] == 'F' else 'hijo'} {N(p.child().given)} se dejó las espinilleras en el coche de "
         f"{N(q.given)}. su móvil es {c.phone('ES')}, ¿me redactas un whatsapp corto?"),
    ])


@tpl("personal_chat", "taglish_liga", "tl", 2, case="lower")
def _t(c):
    p = c.person("tl")
    q = c.person("tl")
    a = c.addr("PH")
    return c.pick([
        (f"pa-help naman gumawa ng announcement sa gc ng liga: yung jersey pickup ay kay {N(p.full)}, sa "
         f"{a.line}, sat 3pm. text nyo siya sa {c.phone('PH')} bago pumunta. si {N(q.given)} yung may "
         "listahan ng sizes"),
        (f"pwede mo ba ayusin tong message ko sa coach? 'coach si {N(p.given)} po to, di makakalaro si "
         f"{N(q.full)} sa sunday kasi may sprain sya, sorry po' — gawin mong mas formal"),
    ])


@tpl("personal_chat", "walidain_ar", "ar", 2)
def _t(c):
    p = c.person("ar", kid=True)
    q = c.person("ar")
    cc = c.pick(["LB", "SA"])
    return lines(
        "اكتب لي رداً مهذباً على رسالة وليّ الأمر هذه:",
        "",
        f"«السلام عليكم، أنا {N(p.full)} والد/والدة {N(p.child().given)}. هل التدريب يوم الخميس قائم؟ "
        f"{N(q.full)} قال إن الملعب مغلق. رقمي {c.phone(cc)}»",
    )


@tpl("personal_chat", "horim_he", "he", 2)
def _t(c):
    p = c.person("he", kid=True)
    idn = c.ident("IL")
    return lines(
        "תנסח לי הודעה קצרה לקבוצת ההורים בוואטסאפ לגבי רישום לליגה:",
        "",
        f"צריך עד יום ראשון ת\"ז של כל ילד. למשל {N(p.child().full)} — ת\"ז {NID(idn.value)} "
        f"כבר אצלי. אם יש שאלות: {N(p.full)}, {c.phone('IL')}, {c.addr('IL').line}",
    )


@tpl("personal_chat", "batky_uk", "uk", 2)
def _t(c):
    p = c.person("uk", kid=True)
    coach = c.person("uk")
    a = c.addr("UA")
    return lines(
        "Переклади англійською для тренера в Польщі, він не знає української:",
        "",
        f"«Добрий день, це {N(p.full)}, {'мама' if p.sex == 'F' else 'тато'} {N(p.child().given)}. "
        f"Ми тимчасово живемо не вдома, пошту пересилають з адреси {a.line}. "
        f"Тренер {N(coach.full)} з {L('Яремче')} {'передала' if coach.sex == 'F' else 'передав'} медичну довідку. Мій номер {c.phone('UA')}.»",
    )


@tpl("personal_chat", "phupokkhrong_th", "th", 2)
def _t(c):
    p = c.person("th", sex="F", kid=True)
    a = c.addr("TH")
    return lines(
        "ช่วยแปลข้อความนี้เป็นภาษาอังกฤษให้โค้ชชาวต่างชาติหน่อยค่ะ",
        "",
        f"\"สวัสดีค่ะโค้ช ดิฉัน{N(p.full)} ผู้ปกครองของน้อง{N(p.child().given)} พรุ่งนี้น้องขอลาซ้อมมวยไทย "
        f"เพราะไม่สบาย ถ้ามีอะไรติดต่อ {c.phone('TH')} บ้านอยู่ {a.line}\"",
    )


@tpl("personal_chat", "phuhuynh_vi", "vi", 2)
def _t(c):
    p = c.person("vi", sex="F", kid=True)
    q = c.person("vi", sex="M")
    a = c.addr("VN")
    return lines(
        "Viết giúp tôi tin nhắn nhắc lịch tập bóng đá cho nhóm Zalo phụ huynh:",
        "",
        f"Chủ nhật tập lúc 7h. Xe đưa đón: anh {N(q.full)} ({c.phone('VN')}) đón ở {a.line}. "
        f"Chị {N(p.full)} nhờ nhắc bé {N(p.child().given)} mang giày đinh.",
    )


@tpl("personal_chat", "ortu_id_lower", "id", 2, case="lower")
def _t(c):
    p = c.person("id", sex="F", kid=True)
    q = c.person("id", sex="M")
    a = c.addr("ID")
    return c.pick([
        (f"tolong bikinin pengumuman buat grup wa ortu: latihan futsal sabtu pindah ke gor, yg jemput anak2 "
         f"pak {N(q.given)} ({c.phone('ID')}). {N(p.child().given)} anaknya bu {N(p.given)} ikut mobil beliau"),
        (f"bisa rapikan pesan ini? 'bu {N(p.full)}, seragam {N(p.child().given)} sudah bisa diambil di rumah "
         f"{N(q.full)}, {a.line}. makasih'"),
    ])


@tpl("personal_chat", "coach_email_reply", "en", 3)
def _t(c):
    p = c.person("en", kid=True)
    coach = c.person("en")
    cc = c.pick(["GB", "US", "AU"])
    k = p.child()
    gripe = c.pick([
        f"{N(k.given)} has been on the bench for three games running while other kids play every minute.",
        (f"we were told the tour to Wales would cost £180 and now it's £260. {N(k.given)} was really looking "
         "forward to it but we can't stretch to that."),
        f"another player keeps calling {N(k.given)} names at training and nobody steps in.",
    ])
    return lines(
        f"Help me reply to this as the club's head coach ({N(coach.given)}). Calm, no promises about selection.",
        "",
        f"> From: {N(p.full)} <{c.email(p, c.choice(MAIL_EN))}>",
        f"> Hi {N(coach.given)},",
        f"> Sorry to email agian but {gripe}",
        "> Could we talk this week?",
        f"> {N(p.given)}",
        f"> {c.phone(cc)}",
    )


@tpl("personal_chat", "wazazi_sw", "sw", 2)
def _t(c):
    p = c.person("sw", sex="F", kid=True)
    q = c.person("sw")
    a = c.addr("KE")
    return lines(
        "Nisaidie kuandika ujumbe mfupi kwa kikundi cha wazazi wa timu ya riadha:",
        "",
        f"Jumamosi mazoezi ni saa 12 asubuhi. {N(q.full)} atabeba watoto kwa matatu kutoka {a.line}. "
        f"Mama {N(p.child().given)} ({N(p.full)}) ameomba mtoto wake arudi mapema. Simu: {c.phone('KE')}",
    )


@tpl("personal_chat", "parinti_ro", "ro", 2)
def _t(c):
    idn = c.ident("CNP", junior=c.i == 0)
    p = c.person("ro", sex="F")
    a = c.addr("RO")
    who = "fiica mea" if idn.dob[0] > 2005 else "eu"
    return lines(
        "Poți să-mi corectezi mesajul ăsta către clubul de handbal?",
        "",
        f"«Bună ziua, sunt {N(p.full)}. Vă trimit datele pentru legitimare: {who}, CNP {NID(idn.value)}, "
        f"născută pe {DOB(fdate(idn.dob, 'dmy.'))}, adresa {a.line}. Telefon {c.phone('RO')}.»",
    )


# ---------------------------------------------------------------------------
# templates: personal_tickets (refunds, season tickets, fan clubs, away travel)
# ---------------------------------------------------------------------------

@tpl("personal_tickets", "refund_email", "en", 3)
def _t(c):
    p = c.person("en")
    cc = c.pick(["GB", "IE", "GB"])
    a = c.addr(cc)
    match = c.pick(["the postponed Boxing Day game", "the cup replay that was moved to a Tuesday",
                    "the women's derby (waterlogged pitch)"])
    return lines(
        "Write a reply confirming a full refund to the original card within 5–10 working days:",
        "",
        f"> From: {N(p.full)} <{c.email(p, c.choice(MAIL_EN))}>",
        f"> Hello, I bought 3 tickets for {match} (order TKT-{c.pick(['884120', '902377', '915064'])}) and cant "
        "make the new date. Please refund, I havent recieved anything since I emailed last week.",
        "> Postal address on the account:",
        "> " + a.render("\n> "),
        f"> Regards, {'Ms' if p.sex == 'F' else 'Mr'} {N(p.family)}",
        f"> Tel: {c.phone(cc)}",
    )


@tpl("personal_tickets", "supporters_club_csv", "en", 2)
def _t(c):
    ps = c.people("en", 3)
    cc = c.pick(["GB", "AU", "IE"])
    towns = [c.addr(cc)[T] for _ in ps]
    rows = [f"SC{n},{N(p.full)},{c.email(p, c.choice(MAIL_EN))},{c.phone(cc)},{t}"
            for n, p, t in zip([104, 117, 131], ps, towns)]
    return lines(
        "Find the members in this supporters' club CSV who haven't renewed (no 2025 column) and draft a reminder:",
        "```csv",
        "member_no,name,email,mobile,town",
        *rows,
        "```",
        "Only the first two paid for 2025 so far.",
    )


@tpl("personal_tickets", "erstattung_de", "de", 1)
def _t(c):
    p = c.person("de")
    a = c.addr("DE")
    return lines(
        "Bitte eine freundliche Antwort: Erstattung geht nur über die Ticketbörse, nicht per Überweisung.",
        "",
        "> Sehr geehrte Damen und Herren,",
        f"> für das abgesagte Pokalspiel hätte ich gern die 2 Sitzplatzkarten (Block {c.pick(['C3', 'F1'])}) "
        f"erstattet. Bitte auf {c.iban('DE')} überweisen.",
        f"> Mit freundlichen Grüßen, {N(p.full)}",
        "> " + a.render("\n> "),
    )


@tpl("personal_tickets", "resale_ip_log", "en", 2)
def _t(c):
    ps = c.people("en", 2)
    ip1, ip2 = c.raw_ip(), c.raw_ip()
    e1, e2 = c.email(ps[0], "gmail.com"), c.email(ps[1], "outlook.com")
    return lines(
        "Are these two accounts the same tout? They bought 8 each for the final within a minute.",
        "```",
        f"2025-05-02T09:00:03Z login ok user={e1} ip={IP(ip1)} ua=Chrome/124",
        f"2025-05-02T09:00:41Z basket add qty=8 user={e1}",
        f"2025-05-02T09:00:58Z login ok user={e2} ip={IP(ip1)} ua=Chrome/124",
        f"2025-05-02T09:01:30Z login ok user={e2} ip={IP(ip2)} ua=Safari/17",
        "```",
        f"Account holders are {N(ps[0].full)} and {N(ps[1].full)}.",
    )


@tpl("personal_tickets", "devolucion_entradas", "es", 1, case="lower")
def _t(c):
    p = c.person("es")
    cc = c.pick(["AR", "ES"])
    a = c.addr(cc)
    return lines(
        "Redáctame una respuesta: el partido se aplazó, las entradas valen para la nueva fecha o se devuelve el "
        "importe.",
        "",
        f"«Hola, soy {N(p.full)}, abonado nº {c.pick(['20417', '31882'])}. Compré dos entradas para el partido "
        f"aplazado y vivo en {a[T]}, no puedo ir entre semana. Mi teléfono es {c.phone(cc)}. Gracias.»",
    )


@tpl("personal_tickets", "socio_torcedor", "pt", 2)
def _t(c):
    idn = c.ident("CPF")
    p = c.person("pt")
    a = c.addr("BR")
    return lines(
        "Responde a esse torcedor explicando como cancelar o plano de sócio pelo app:",
        "",
        f"\"Boa tarde, meu nome é {N(p.full)}, CPF {NID(idn.value)}. Quero cancelar o sócio-torcedor, mudei "
        f"para {a[T]} e não consigo ir aos jogos. Cobraram de novo esse mês. Meu zap: {c.phone('BR')}\"",
    )


@tpl("personal_tickets", "zwrot_biletow", "pl", 2)
def _t(c):
    p = c.person("pl", sex="F")
    a = c.addr("PL")
    extra = [f"PESEL: {NID('86113009264')}", f"Nr konta: {IBAN('PL20 1020 4027 0000 3102 1834 7561')}"]
    return lines(
        "Napisz odpowiedź: zwrot za karnet jest możliwy tylko do końca rundy jesiennej.",
        "",
        f"Od: {N(p.full)}",
        f"Adres: {a.line}",
        extra[c.i % 2],
        f"Tel.: {c.phone('PL')}",
        "Treść: proszę o zwrot za karnet, zmieniłam pracę i nie dojeżdżam na mecze.",
    )


@tpl("personal_tickets", "season_ticket_lower", "en", 2, case="lower")
def _t(c):
    p = c.person("en")
    q = c.person("en")
    cc = c.pick(["GB", "AU"])
    return c.pick([
        (f"hi my season ticket is in my dad's name ({N(q.full)}) but he passed in jan, can it be moved to me? "
         f"im {N(p.full)}, same address, {c.phone(cc)}. draft me a message to the ticket office pls"),
        (f"how do i tell the box office that {N(p.full)} and {N(q.full)} swapped seats for the rest of the "
         "season, they were on seperate accounts, without it looking like we're reselling"),
    ])


@tpl("personal_tickets", "fanclub_ja", "ja", 1)
def _t(c):
    p = c.person("ja")
    a = c.addr("JP")
    return lines(
        "ファンクラブ会員からの問い合わせです。丁寧な返信文を作ってください。",
        "",
        f"会員番号：FC-{c.pick(['0048213', '0051790'])}",
        f"氏名：{N(p.full)}",
        f"住所：{a.line}",
        f"電話：{c.phone('JP')}",
        "内容：会員証が届いていません。引っ越し前の住所に送られたかもしれません。",
    )


@tpl("personal_tickets", "chargeback_dispute", "en", 2)
def _t(c):
    p = c.person("en")
    cc = c.pick(["US", "CA"])
    a = c.addr(cc)
    return lines(
        "Help me write our evidence for this chargeback (the fan attended — gate scan at 18:42):",
        "",
        f"Cardholder: {N(p.full)}",
        f"Card: {c.card()}",
        "Billing address:",
        a.block,
        f"Phone on order: {c.phone(cc)}",
        "Reason code: 13.1 merchandise/services not received",
    )


@tpl("personal_tickets", "away_coach_manifest", "en", 2)
def _t(c):
    ps = c.people("en", 4)
    cc = c.pick(["GB", "IE", "GB"])
    pts = c.pick([["Keswick bus station", "Penrith services"], ["Kinsale Garda station", "Bandon Co-op"],
                  ["Settle market place", "Skipton Morrisons"]])
    rows = [f"{i + 1}. {N(p.full)} — {pts[i % 2]} — {c.phone(cc)}" for i, p in enumerate(ps)]
    return lines(
        "Sort this away-travel list by pick-up point and count heads per stop:",
        "",
        *rows,
        f"Under-16s on board: {N(ps[3].child().full)} (with {N(ps[3].given)})",
    )


@tpl("personal_tickets", "yemae_ko", "ko", 1)
def _t(c):
    p = c.person("ko", sex="F") if c.i == 0 else c.person("ko")
    idn = IDS["RRN"][1] if c.i == 0 else None
    a = c.addr("KR")
    idl = f"주민등록번호: {NID(idn.value)}" if idn else f"생년월일: {DOB(fdate(c.dob('adult'), 'ymd.'))}"
    return lines(
        "시즌권 환불 요청 메일에 대한 답장을 정중하게 써 주세요.",
        "",
        f"성명: {N(p.full)}",
        idl,
        f"주소: {a.line}",
        f"휴대폰: {c.phone('KR')}",
        "요청: 이사로 인해 남은 홈경기 시즌권 환불 희망",
    )


@tpl("personal_tickets", "fanklub_da", "da", 1)
def _t(c):
    p = c.person("da")
    a = c.addr("DK")
    return lines(
        "Kan du skrive et kort svar om, at medlemskortet bliver sendt igen?",
        "",
        f"Fra: {N(p.full)} <{c.email(p, 'mail.dk')}>",
        f"Adresse: {a.line}",
        f"Mobil: {c.phone('DK')}",
        "Besked: Jeg har betalt kontingent til fanklubben i marts men har ikke fået mit kort.",
    )


@tpl("personal_tickets", "billetterie_fr", "fr", 2)
def _t(c):
    p = c.person("fr")
    cc = c.pick(["FR", "BE"])
    a = c.addr(cc)
    return lines(
        "Rédige une réponse : le remboursement de l'abonnement se fait au prorata, par virement.",
        "",
        f"> De : {N(p.full)}",
        f"> Je souhaite le remboursement de mon abonnement (tribune {c.pick(['Nord', 'Honneur'])}), j'ai déménagé à "
        f"{a[T]}. Mon IBAN : {c.iban(cc)}",
        f"> Tél. {c.phone(cc)}",
    )


@tpl("personal_tickets", "tessera_tifoso_it", "it", 1)
def _t(c):
    idn = IDS["CF"][0]
    p = P("Salvatore", "Pappalardo", "M", "Sicilian")
    a = c.addr("IT")
    return lines(
        "Mi correggi questa richiesta di duplicato della tessera del tifoso?",
        "",
        f"Io sottoscritto {N(p.full)}, nato a {L('Palermo')} il {DOB(fdate(idn.dob, 'dmy/'))}, C.F. {NID(idn.value)}, "
        f"residente in {a.line}, chiedo il duplicato della tessera smarrita. Cell. {c.phone('IT')}",
    )


@tpl("personal_membership", "school_rugby_za", "en", 2)
def _t(c):
    idn = c.ident("ZA", junior=c.i == 0)
    p = c.person("en", sex=idn.sex) if c.i else c.person("en", kid=True, kid_sex=idn.sex)
    a = c.addr("ZA")
    if c.i == 0:
        who = [f"Learner: {N(p.child().full)}",
               f"ID no.: {NID(idn.value)}   DOB: {DOB(fdate(idn.dob, 'iso'))}",
               f"Parent: {N(p.full)}"]
    else:
        who = [f"Coach: {N(p.full)}", f"ID no.: {NID(idn.value)}", "Level 1 coaching cert: yes"]
    return lines(
        "Check this registration for the SA Rugby online system — which fields will it reject?",
        "",
        *who,
        f"Address: {a.line}",
        f"Cell: {c.phone('ZA')}",
        f"School/club: {c.pick(['Clarens Primary', 'Franschhoek RFC'])}",
    )


@tpl("personal_team", "vog_trainer_nl", "nl", 2)
def _t(c):
    idn = c.ident("BSN")
    p = c.person("nl")
    a = c.addr("NL")
    return lines(
        "Schrijf een korte mail aan deze nieuwe jeugdtrainer over de VOG-aanvraag via de club (gratis via NOC*NSF):",
        "",
        f"Naam: {N(p.full)}",
        f"BSN: {NID(idn.value)}",
        f"Geboortedatum: {DOB(fdate(c.dob('adult'), 'dmy-'))}",
        f"Adres: {a.line}",
        f"Mobiel: {c.phone('NL')}",
        f"Team: {c.pick(['JO11-1', 'MO13-2'])}",
    )


@tpl("personal_team", "coach_onboarding_uk", "en", 2)
def _t(c):
    idn = c.ident("NINO")
    p = c.person("en")
    a = c.addr("GB")
    return lines(
        "New paid coach for the holiday camps. Turn these details into a payroll starter checklist and flag what's "
        "missing for HMRC:",
        "",
        f"Name: {N(p.full)}",
        f"NI number: {NID(idn.value)}",
        f"DOB: {DOB(fdate(c.dob('adult'), 'dmy/'))}",
        f"Address: {a.line}",
        f"Bank: {c.iban('GB')}",
        "DBS: enhanced, issued last May. First aid: expired",
    )


@tpl("personal_medical", "sportorvosi_hu", "hu", 1)
def _t(c):
    idn = c.ident("TAJ")
    p = c.person("hu")
    a = c.addr("HU")
    return lines(
        "Fordítsd le angolra az edzőtábor szervezőinek:",
        "",
        f"Sportoló: {N(p.full)}",
        f"TAJ szám: {NID(idn.value)}",
        f"Születési idő: {DOB(fdate(c.dob('junior'), 'ymd.'))}",
        f"Lakcím: {a.block}",
        f"Szülő telefonja: {c.phone('HU')}",
        "Sportorvosi engedély: érvényes, vízilabda",
    )


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

def build():
    USE.clear()
    LAST.clear()
    TICK[0] = 0
    rng = random.Random(SEED)
    rows = []
    meta = []
    for t in TEMPLATES:
        for i in range(t["n"]):
            c = Ctx(rng, i)
            marked = t["fn"](c)
            text, spans = unmark(marked, t["case"])
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{i}",
                "text": text,
                "spans": spans,
                "source": SOURCE,
                "class": t["cls"],
                "template": t["name"],
                "locale": "",
            })
            meta.append((t["lang"], t["case"]))
    return rows, meta


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stats(rows, meta):
    out = []
    n = len(rows)
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    out.append(f"rows {n}  personal {n - clean}  clean {clean} ({clean / n:.1%})")
    cls = collections.Counter(r["class"] for r in rows)
    tps = collections.defaultdict(set)
    for r in rows:
        tps[r["class"]].add(r["template"])
    out.append(f"templates {len({r['template'] for r in rows})}")
    for k in sorted(cls):
        out.append(f"  {k:28s} rows {cls[k]:3d}  templates {len(tps[k])}")
    sp = collections.Counter(s["type"] for r in rows for s in r["spans"])
    out.append("spans " + ", ".join(f"{k} {v}" for k, v in sp.most_common()))
    langs = collections.Counter(m[0] for m in meta)
    other = n - langs["en"]
    out.append(f"not English {other} ({other / n:.1%}) in {len(langs) - 1} languages")
    per = collections.Counter((m[0], r["class"].startswith("clean_")) for m, r in zip(meta, rows))
    out.append("  " + ", ".join(f"{k} {v} (p{per[(k, False)]}/c{per[(k, True)]})" for k, v in langs.most_common()))
    cases = collections.Counter(m[1] or "normal" for m in meta)
    out.append("cases " + ", ".join(f"{k} {v}" for k, v in sorted(cases.items())))
    return out


# ---------------------------------------------------------------------------
# templates: clean_athletes (the world's athletes and coaches; PII-free)
# ---------------------------------------------------------------------------

@tpl("clean_athletes", "legend_bio", "en", 2)
def _t(c):
    who, fact = c.pick([
        ("Nadia Comăneci", "the first perfect 10 at Montreal 1976"),
        ("Jonah Lomu", "the four tries against England at the 1995 World Cup"),
        ("Sachin Tendulkar", "his hundred international centuries"),
    ])
    return lines(
        f"Write a 120-word 'Legends corner' piece on {who} for our junior club newsletter.",
        f"Mention {fact}, keep it upbeat, and end with one line the kids can take to training.",
    )


@tpl("clean_athletes", "athlete_q_lower", "en", 3, case="lower")
def _t(c):
    return c.pick([
        "how many olympic golds has katie ledecky won in the 800 free, and is she going for LA 2028",
        "was eddie the eagle edwards actually that bad or is it just the film? asking for a pub argument",
        "who coached cathy freeman for sydney 2000 and what was her time in the 400m final",
    ])


@tpl("clean_athletes", "second_tier_facts", "en", 2)
def _t(c):
    return c.pick([
        ("Give me five facts about Jamie Vardy's non-league years at Stocksbridge Park Steels and Fleetwood Town "
         "for a talk at our Step 6 club's awards night."),
        "Summarise Shelly-Ann Fraser-Pryce's career in a paragraph, then list her world titles in a table.",
        ("Our darts league night is themed on Fallon Sherrock. What did she do at the 2020 PDC World Championship "
         "and who did she beat?"),
    ])


@tpl("clean_athletes", "press_conference", "en", 2)
def _t(c):
    who, club, q, a = c.pick([
        ("Sarina Wiegman", "England", "How do you manage the minutes of the older players?",
         "We look at the data every day, but in the end it's a conversation with the player."),
        ("Ange Postecoglou", "Celtic", "Will you change the style after Saturday?",
         "Mate, we don't change who we are because of one result."),
        ("Gregg Popovich", "the Spurs", "What did you tell Wembanyama at half-time?",
         "Not much. He knew. Next question."),
    ])
    sur = who.split()[-1].upper()
    return lines(
        f"Pull the two most quotable lines from this press-conference transcript for our podcast notes "
        f"({club} coverage):",
        "",
        f"Q: {q}",
        f"{sur}: {a}",
        "Q: And the injury news?",
        f"{sur}: Nothing new since Thursday. You'll see the team on Sunday.",
    )


@tpl("clean_athletes", "coach_quotes", "en", 2)
def _t(c):
    return c.pick([
        ("Find me six changing-room quotes from Vince Lombardi, John Wooden, Bill Shankly and Pat Summitt, with "
         "the source if it's known, and mark any that are misattributed."),
        ("Make a poster for our gym's wall: one line each from Muhammad Ali, Serena Williams, Eliud Kipchoge and "
         "Simone Biles about hard work. Only quotes they really said, please."),
    ])


@tpl("clean_athletes", "pub_quiz_athletes", "en", 2)
def _t(c):
    return c.pick([
        lines("Check my answers for the sport round of tonight's club quiz:",
              "1. Who won Wimbledon in 2013 to end Britain's 77-year wait? — Andy Murray",
              "2. Which Jamaican sprinter holds the 100m world record? — Usain Bolt",
              "3. Who was the first woman to referee a men's World Cup match? — Stéphanie Frappart",
              "4. Which snooker player is known as 'The Rocket'? — Ronnie O'Sullivan"),
        lines("Write 5 quiz questions with answers about goalkeepers: Lev Yashin, Gianluigi Buffon, Iker Casillas, "
              "Hope Solo and Manuel Neuer. One of them should be a trick question."),
    ])


@tpl("clean_athletes", "athlet_de", "de", 1)
def _t(c):
    return ("Schreib für unsere Vereinszeitung einen kurzen Text, warum Dirk Nowitzki und Steffi Graf für "
            "Jugendliche heute noch Vorbilder sind – ohne Pathos, maximal 150 Wörter.")


@tpl("clean_athletes", "athlete_fr", "fr", 1)
def _t(c):
    return ("Rédige un paragraphe pour nos licenciés sur le parcours de Teddy Riner et d'Antoine Dupont aux Jeux "
            "de Paris 2024, en insistant sur le travail collectif.")


@tpl("clean_athletes", "atleta_es", "es", 1, case="lower")
def _t(c):
    return ("Compárame la temporada de tierra batida de Carlos Alcaraz con las de Rafa Nadal a su misma edad, "
            "en una tabla con títulos y partidos ganados.")


@tpl("clean_athletes", "senshu_ja", "ja", 1)
def _t(c):
    return "大谷翔平の2023年WBCでの活躍を、小学生の野球チーム向けに3行で説明してください。"


@tpl("clean_athletes", "seonsu_ko", "ko", 1)
def _t(c):
    return "손흥민이 토트넘 주장으로서 어떤 기록을 세웠는지, 유소년 축구 교실 안내문에 넣을 두 문장으로 정리해 줘."


@tpl("clean_athletes", "atleta_pt_lower", "pt", 2, case="lower")
def _t(c):
    return c.pick([
        "me explica em poucas linhas por que o Ayrton Senna é tão idolatrado no Brasil até hoje",
        "quantas medalhas olímpicas a Rebeca Andrade tem e em quais aparelhos? faz uma lista pro mural da academia",
    ])


@tpl("clean_athletes", "riyadi_ar", "ar", 1)
def _t(c):
    return "اكتب فقرة قصيرة عن مسيرة محمد صلاح مع ليفربول وأخرى عن إنجازات هشام الكروج في سباق 1500 متر."


@tpl("clean_athletes", "khiladi_hi", "hi", 1)
def _t(c):
    return "नीरज चोपड़ा और मिताली राज के करियर पर स्कूल की खेल पत्रिका के लिए 100 शब्दों का लेख लिखो।"


@tpl("clean_athletes", "atleta_it", "it", 1)
def _t(c):
    return ("Scrivi un post per la pagina della nostra scuola tennis su come Jannik Sinner è arrivato al numero "
            "uno del mondo, citando anche Adriano Panatta e Flavia Pennetta.")


@tpl("clean_athletes", "sportowiec_pl", "pl", 1)
def _t(c):
    return ("Porównaj w tabeli sezony Igi Świątek i Huberta Hurkacza w 2024 roku: tytuły, ranking na koniec "
            "roku, najlepszy wynik w Wielkim Szlemie.")


@tpl("clean_athletes", "sportsmen_ru", "ru", 1)
def _t(c):
    return ("Когда Александр Овечкин побил рекорд Уэйна Гретцки по голам в НХЛ и кому он забил 895-ю шайбу? "
            "Нужно для поста в группе нашей любительской хоккейной лиги.")


@tpl("clean_athletes", "idrottare_sv", "sv", 1)
def _t(c):
    return ("Hur många gånger har Armand \"Mondo\" Duplantis slagit världsrekordet i stavhopp? Gör en lista med "
            "år och höjd till klubbens Instagram.")


# ---------------------------------------------------------------------------
# templates: clean_eponyms (trophies, moves, stadiums named after people; PII-free)
# ---------------------------------------------------------------------------

@tpl("clean_eponyms", "trophy_questions", "en", 2)
def _t(c):
    return c.pick([
        ("Explain for a newsletter sidebar who the Stanley Cup, the Ryder Cup and the Davis Cup are named after, and "
         "which of them still has the original trophy in use."),
        ("Quick table please: Webb Ellis Cup, Calcutta Cup, Bledisloe Cup, Sam Maguire Cup, Liam MacCarthy Cup — "
         "sport, who it's named after, first awarded."),
        ("Our golf society wants to name its pairs trophy in the style of the Solheim Cup and Walker Cup. Who were "
         "Karsten Solheim and George Herbert Walker, and would a name like that be a problem?"),
    ])


@tpl("clean_eponyms", "moves_session_plan", "en", 3)
def _t(c):
    return c.pick([
        lines("Build a 60-minute U12 session around 1v1 moves: the Cruyff turn, the Marseille roulette (Zidane "
              "spin), the Matthews feint and the Ronaldo chop.",
              "Warm-up, three stations, small-sided game, cool-down."),
        lines("For our high-jump group: when did the Fosbury flop replace the straddle, and what drills lead into it "
              "safely for 13-year-olds? Mention Dick Fosbury and Debbie Brill."),
        lines("Skating club parents keep asking what the jumps are. Write a one-pager explaining the Axel, Salchow, "
              "Lutz and Rittberger and the skaters they are named after, plus the Biellmann spin."),
    ])


@tpl("clean_eponyms", "venue_directions", "en", 3)
def _t(c):
    return c.pick([
        ("We're taking the under-15s to the US Open qualifying. How do we get from Penn Station to the Arthur Ashe "
         "Stadium at the USTA Billie Jean King National Tennis Center, and can we bring packed lunches in?"),
        ("Plan a tour day for the club: morning at the Santiago Bernabéu, afternoon at the Estadio Metropolitano. "
         "How long is the metro between them?"),
        ("Rod Laver Arena vs Margaret Court Arena — which one is the better bet for cheap day-one tickets at the "
         "Australian Open, and why is there debate about the Margaret Court name?"),
    ])


@tpl("clean_eponyms", "eponym_q_lower", "en", 3, case="lower")
def _t(c):
    return c.pick([
        "whats the actual difference between a salchow and a lutz, my daughter's coach says it like i should know",
        "who was lady byng and why is there an nhl trophy for being nice",
        "is a panenka named after antonín panenka the player and which penalty made it famous",
    ])


@tpl("clean_eponyms", "eponym_quiz_caps", "en", 2, case="upper")
def _t(c):
    return c.pick([
        lines("Check these answers for the quiz sheet:",
              "ROUND 4 – NAMED AFTER PEOPLE",
              "1. THE LARRY O'BRIEN TROPHY – NBA FINALS",
              "2. THE VINCE LOMBARDI TROPHY – SUPER BOWL",
              "3. THE CLARET JUG – THE OPEN (NOT A PERSON!)",
              "4. THE HEISMAN TROPHY – JOHN HEISMAN"),
        lines("Fix the typos in this banner text:",
              "WELCOME TO THE JULES RIMET SUPPER – WATCH THE BILLIE JEAN KING CUP FINAL LIVE IN THE BAR, THEN THE "
              "GREY CUP REPLAY AT 9"),
    ])


@tpl("clean_eponyms", "pokal_de", "de", 2)
def _t(c):
    return c.pick([
        "Woher kommt der Begriff „Fritz-Walter-Wetter“ und warum heißt das Stadion in Kaiserslautern so?",
        ("Erklär unseren E-Jugend-Eltern kurz, was die Meisterschale ist und warum das Max-Morlock-Stadion in "
         "Nürnberg nach einem Spieler benannt wurde."),
    ])


@tpl("clean_eponyms", "trophee_fr", "fr", 2)
def _t(c):
    return c.pick([
        ("Pourquoi le court central de Roland-Garros s'appelle Philippe-Chatrier et qui était Suzanne Lenglen ? "
         "Deux paragraphes pour notre école de tennis."),
        "C'est quoi exactement le Bouclier de Brennus, et pourquoi porte-t-il le nom de Charles Brennus ?",
    ])


@tpl("clean_eponyms", "trofeo_es", "es", 1)
def _t(c):
    return ("¿Por qué el Trofeo Pichichi y el Trofeo Zamora se llaman así? Explícalo para el boletín de la peña "
            "en cuatro líneas.")


@tpl("clean_eponyms", "stadio_it", "it", 1)
def _t(c):
    return ("Quando lo Stadio San Paolo è diventato Stadio Diego Armando Maradona, e il Meazza è intitolato a "
            "Giuseppe Meazza dal 1980? Mi serve per un quiz.")


@tpl("clean_eponyms", "kubok_ru", "ru", 1)
def _t(c):
    return ("Объясни детям из хоккейной секции, почему главный трофей КХЛ называется Кубком Гагарина, а в НХЛ — "
            "Кубком Стэнли.")


@tpl("clean_eponyms", "stadio_el", "el", 1)
def _t(c):
    return ("Γράψε δύο προτάσεις για το ποιος ήταν ο Γεώργιος Καραϊσκάκης και γιατί το Ολυμπιακό Στάδιο της "
            "Αθήνας φέρει το όνομα του Σπύρου Λούη.")


@tpl("clean_eponyms", "schaal_nl", "nl", 1)
def _t(c):
    return ("Wat is het verschil tussen de Johan Cruijff Schaal en de KNVB-beker, en waarom heet het stadion in "
            "Heerenveen het Abe Lenstra Stadion?")


@tpl("clean_eponyms", "memorial_pl", "pl", 1)
def _t(c):
    return ("Napisz krótką zapowiedź Memoriału Kamili Skolimowskiej i Memoriału Janusza Kusocińskiego dla "
            "naszej sekcji lekkoatletycznej.")


@tpl("clean_eponyms", "sawamura_ja", "ja", 1)
def _t(c):
    return "沢村賞はどんな基準で選ばれますか？名前の由来の沢村栄治についても、少年野球の保護者向けに簡単に説明してください。"


@tpl("clean_eponyms", "stadyum_tr", "tr", 1)
def _t(c):
    return ("Ali Sami Yen ve Şükrü Saracoğlu kimdi? Stadyumlara neden isimleri verildi, kulüp bültenimiz için "
            "kısaca anlat.")


@tpl("clean_eponyms", "vasaloppet_no", "no", 1)
def _t(c):
    return ("Hvorfor heter det Vasaloppet, og hva er forskjellen på det og Birkebeinerrennet? Til skiklubbens "
            "nyhetsbrev.")


# ---------------------------------------------------------------------------
# templates: clean_brands (wearables, apps, club software, kit and gym brands; PII-free)
# ---------------------------------------------------------------------------

@tpl("clean_brands", "wearables_compare", "en", 2)
def _t(c):
    return c.pick([
        ("Compare the Garmin Forerunner 265, Coros Pace 3 and Polar Pacer Pro for a club runner doing 50 km a week: "
         "battery, GPS accuracy, training load features. Table please."),
        ("Is a Whoop band or an Oura Ring better for tracking recovery in a rugby squad, and can either export data "
         "to a spreadsheet for the S&C coach?"),
        ("Our gym wants to sell a wearable at the front desk. Fitbit Charge 6, Amazfit Band 7 or Xiaomi Smart Band — "
         "which has the least hassle for older members?"),
    ])


@tpl("clean_brands", "apps_lower", "en", 3, case="lower")
def _t(c):
    return c.pick([
        "strava or komoot for planning a club sportive route with a cafe stop at 60k? which exports gpx easier",
        "whats better for a home gym, peloton app or zwift, if i already have a wattbike",
        "can myfitnesspal and hevy talk to each other or do i need apple health in the middle",
    ])


@tpl("clean_brands", "club_software", "en", 2)
def _t(c):
    return c.pick([
        ("We're a 300-member junior football club moving off spreadsheets. Compare Spond, TeamSnap, Pitchero and "
         "ClubBuzz on availability polls, payments and safeguarding features."),
        ("Our netball association uses PlayHQ and the tennis section uses ClubSpark. Is there a way to share one "
         "membership list between them, or are we stuck with two?"),
        ("Pros and cons of filming matches with a Veo camera versus Hudl Focus for an amateur rugby club, and what "
         "consent wording do we need on the website?"),
    ])


@tpl("clean_brands", "kit_brand_history", "en", 2)
def _t(c):
    return c.pick([
        ("For a kit-launch post: tell the story of Adi Dassler and Rudolf Dassler splitting into adidas and Puma in "
         "Herzogenaurach, in 150 words."),
        ("Which of these kit suppliers are named after people — Umbro, Mizuno, Hummel, Gilbert, Errea, Kooga, "
         "Gray-Nicolls? One line each."),
    ])


@tpl("clean_brands", "gym_chains", "en", 2)
def _t(c):
    return c.pick([
        ("Write a comparison for a blog: Gold's Gym, David Lloyd Clubs and Barry's. Who were Joe Gold, David Lloyd "
         "and Barry Jay, and how does that show in the brand today?"),
        ("Is it worth licensing Les Mills BODYPUMP for a small studio, or should we do our own classes like Joe Wicks "
         "style HIIT? Rough costs for the UK."),
    ])


@tpl("clean_brands", "signature_shoes", "en", 2)
def _t(c):
    return c.pick([
        ("Best signature shoes under $150 for a women's rec basketball team: Nike Sabrina 2, Puma MB.03, Curry 11, "
         "Anta KAI 1? Rank them for ankle support."),
        ("Was the Air Jordan 1 actually banned by the NBA or is that marketing? And how is the Li-Ning Way of Wade "
         "line connected to Dwyane Wade?"),
        ("Write product copy for our club shop: Nike LeBron 21 and adidas Harden Vol. 8, 60 words each, no "
         "made-up specs."),
    ])


@tpl("clean_brands", "device_export_json", "en", 2)
def _t(c):
    dev = c.pick([("Garmin Edge 840", "garmin_connect", "ftp_watts", 248),
                  ("Apple Watch Ultra 2", "healthkit", "vo2max", 47.5)])
    return lines(
        f"What does this {dev[0]} export mean, field by field?",
        "```json",
        '{"device": "' + dev[0] + '", "source": "' + dev[1] + '", "user": {"id": "demo-0001", "name": "Demo Athlete"},',
        ' "metrics": {"' + dev[2] + '": ' + str(dev[3]) + ', "resting_hr": 52, "hrv_ms": 61}, "firmware": "21.19"}',
        "```",
    )


@tpl("clean_brands", "apps_de", "de", 2, case="lower")
def _t(c):
    return c.pick([
        ("Lohnt sich für unseren Lauftreff eher die adidas Running App (früher Runtastic) oder Strava? Kurz die "
         "Vor- und Nachteile."),
        ("Wir überlegen, ob wir bei Urban Sports Club mitmachen. Wie läuft das mit McFit und John Reed Fitness in "
         "der Nähe – nehmen die auch kleine Studios wie uns als Partner?"),
    ])


@tpl("clean_brands", "marques_fr", "fr", 1)
def _t(c):
    return ("Pour la boutique du club : Kiprun (Decathlon) ou Le Coq Sportif pour les survêtements ? Et Basic-Fit "
            "fait-il des tarifs partenaires pour les clubs de foot ?")


@tpl("clean_brands", "marcas_es", "es", 1)
def _t(c):
    return ("Necesito comparar Joma y Kelme para las equipaciones de la escuela de fútbol: precio por kit, plazos "
            "y si personalizan con dorsal.")


@tpl("clean_brands", "pinpai_zh", "zh", 2)
def _t(c):
    return c.pick([
        "李宁和安踏的篮球鞋，哪款更适合业余联赛的后卫？请列出三款并说明理由。",
        "俱乐部想用 Keep 做线上打卡活动，和小米运动手环能同步吗？",
    ])


@tpl("clean_brands", "seuwochi_ko", "ko", 1)
def _t(c):
    return "삼성 헬스와 갤럭시 워치로 러닝 크루 기록을 관리하려면 어떤 설정이 필요한지 알려 줘."


@tpl("clean_brands", "marcas_pt", "pt", 1)
def _t(c):
    return ("Vale mais a pena fechar parceria com a Smart Fit ou com o Wellhub (antigo Gympass) para os "
            "funcionários? E a Penalty faz uniforme para times amadores?")


@tpl("clean_brands", "giay_vi", "vi", 1, case="lower")
def _t(c):
    return "So sánh giày chạy bộ Biti's Hunter với Nike Pegasus cho câu lạc bộ chạy của công ty, ngắn gọn thôi."


@tpl("clean_brands", "sepatu_id", "id", 1, case="lower")
def _t(c):
    return "Sepatu futsal Ortuseight atau Specs yang lebih awet buat latihan 3 kali seminggu? Bandingkan ya."


@tpl("clean_brands", "muaythai_th", "th", 1)
def _t(c):
    return "นวมชกมวยยี่ห้อ Fairtex กับ Twins Special ต่างกันอย่างไร เหมาะกับยิมมวยไทยสำหรับมือใหม่แบบไหน"


@tpl("clean_brands", "merken_nl", "nl", 1)
def _t(c):
    return ("Wij zoeken een kledingsponsor voor de hockeyclub: Stanno, Robey of Indian Maharadja? Wat zijn de "
            "verschillen in prijs en levertijd?")


@tpl("clean_brands", "maerker_da", "da", 1)
def _t(c):
    return ("Hvorfor hedder Hummel egentlig Hummel, og hvornår begyndte Select Sport at lave fodbolde? Kort til "
            "klubbladet.")


@tpl("clean_brands", "sapatos_tl_lower", "tl", 1, case="lower")
def _t(c):
    return ("ano mas sulit pang-liga sa barangay, anta kai 1 o nike ja 1? yung kay kyrie at ja morant ba yun? "
            "budget 6k lang")


# ---------------------------------------------------------------------------
# templates: clean_tables (league tables, fixtures, rosters of public players; PII-free)
# ---------------------------------------------------------------------------

@tpl("clean_tables", "league_table_md", "en", 2)
def _t(c):
    title, rows = c.pick([
        ("Scottish Premiership", [("Celtic", 33, 81), ("Rangers", 33, 67), ("Hibernian", 33, 56),
                                  ("Dundee United", 33, 50)]),
        ("NWSL", [("Orlando Pride", 26, 60), ("Washington Spirit", 26, 56), ("Kansas City Current", 26, 55),
                  ("Gotham FC", 26, 54)]),
        ("A-League Men", [("Auckland FC", 26, 58), ("Melbourne City", 26, 48), ("Western United", 26, 47),
                          ("Adelaide United", 26, 42)]),
    ])
    body = [f"| {i + 1} | {t} | {p} | {pts} |" for i, (t, p, pts) in enumerate(rows)]
    return lines(
        f"Turn this {title} table into a short preview paragraph for our supporters' bar noticeboard:",
        "",
        "| Pos | Team | P | Pts |",
        "|---|---|---|---|",
        *body,
    )


@tpl("clean_tables", "fixtures_csv", "en", 2)
def _t(c):
    rows = c.pick([
        ["2025-08-16,Arsenal,Chelsea,Emirates Stadium", "2025-08-17,Aston Villa,Brentford,Villa Park",
         "2025-08-23,Everton,Leeds United,Hill Dickinson Stadium"],
        ["2025-09-06,Leinster,Munster,Aviva Stadium", "2025-09-13,Ulster,Connacht,Kingspan Stadium",
         "2025-09-20,Glasgow Warriors,Edinburgh,Scotstoun"],
        ["2025-04-05,Collingwood,Carlton,MCG", "2025-04-06,Sydney Swans,GWS Giants,SCG",
         "2025-04-12,Fremantle,West Coast Eagles,Optus Stadium"],
    ])
    return lines(
        "This CSV of fixtures won't import into Google Calendar. Fix the header and date format for me:",
        "```",
        "date,home,away,venue",
        *rows,
        "```",
    )


@tpl("clean_tables", "pro_injury_table", "en", 2)
def _t(c):
    rows = c.pick([
        ["| Bukayo Saka | hamstring | Arsenal | early Feb |", "| Rodri | ACL | Man City | next season |",
         "| Ben White | knee | Arsenal | March |"],
        ["| Joe Burrow | wrist | Bengals | out for season |", "| Christian McCaffrey | Achilles | 49ers | week 10 |",
         "| Aaron Rodgers | Achilles | Jets | 2024 |"],
    ])
    return lines(
        "For our fantasy league chat, summarise who's out from this table (from the BBC/ESPN injury pages):",
        "",
        "| Player | Injury | Team | Expected back |",
        "|---|---|---|---|",
        *rows,
    )


@tpl("clean_tables", "starting_xi", "en", 2)
def _t(c):
    return c.pick([
        lines("Format this as a graphic-ready line-up (4-2-3-1) for our watch-party screen:",
              "England: Pickford; Walker, Stones, Guéhi, Trippier; Rice, Mainoo; Saka, Bellingham, Foden; Kane",
              "Subs used: Palmer, Watkins, Toney"),
        lines("Spain's Euro 2024 final XI, check I've got the positions right:",
              "Unai Simón; Carvajal, Le Normand, Laporte, Cucurella; Rodri, Fabián Ruiz; Lamine Yamal, Dani Olmo, "
              "Nico Williams; Morata"),
        lines("Matildas team sheet for the quiz night slide — is this the 2023 World Cup semi-final side?",
              "Arnold; Carpenter, Hunt, Catley, Kennedy; Gorry, Cooney-Cross, Fowler; Raso, Foord; Kerr"),
    ])


@tpl("clean_tables", "olympians_sql", "en", 2)
def _t(c):
    who = c.pick([("Michael Phelps", "USA", 23), ("Larisa Latynina", "URS", 9)])
    return lines(
        "Why does this query return nothing for the golds column?",
        "```sql",
        "SELECT athlete, noc, COUNT(*) FILTER (WHERE medal = 'Gold') AS golds",
        "FROM olympic_results",
        f"WHERE athlete = '{who[0]}' AND noc = '{who[1]}'",
        "GROUP BY athlete, noc;",
        "```",
        f"I expected {who[2]}.",
    )


@tpl("clean_tables", "fixtures_yaml", "en", 2)
def _t(c):
    v = c.pick([("Twickenham", "England", "France"), ("Croke Park", "Dublin", "Kerry")])
    return lines(
        "My fixture bot chokes on this YAML — indentation?",
        "```yaml",
        "fixtures:",
        f"  - venue: {v[0]}",
        f"    home: {v[1]}",
        f"   away: {v[2]}",
        "    kickoff: 2025-03-15T16:45",
        "```",
    )


@tpl("clean_tables", "football_api_json", "en", 2)
def _t(c):
    p = c.pick([("Erling Haaland", "Manchester City", 9), ("Aitana Bonmatí", "FC Barcelona Femení", 14)])
    return lines(
        "Write a TypeScript interface for this API-Football response:",
        "```json",
        '{"player": {"id": 1100, "name": "' + p[0] + '", "number": ' + str(p[2]) + "},",
        ' "team": {"name": "' + p[1] + '"}, "statistics": [{"goals": {"total": 27}}]}',
        "```",
    )


@tpl("clean_tables", "transfer_list", "en", 2)
def _t(c):
    return c.pick([
        lines("Summarise this summer's headline moves for the club newsletter, one line each:",
              "- Kylian Mbappé: Paris Saint-Germain → Real Madrid (free)",
              "- Julián Álvarez: Manchester City → Atlético Madrid",
              "- Dominic Solanke: Bournemouth → Tottenham Hotspur",
              "- Naomi Girma: San Diego Wave → Chelsea"),
        lines("Which of these NBA trades were three-team deals? Check and correct me:",
              "- Luka Dončić to the Lakers, Anthony Davis to Dallas",
              "- De'Aaron Fox to San Antonio",
              "- Jimmy Butler to Golden State"),
    ])


@tpl("clean_tables", "netball_pipe_pro", "en", 1)
def _t(c):
    return lines(
        "Make this a Markdown table:",
        "bib | name | team",
        "GS | Jhaniele Fowler-Nembhard | Melbourne Mavericks",
        "GA | Helen Housby | NSW Swifts",
        "C | Liz Watson | Melbourne Mavericks",
        "GD | Sarah Klau | Vixens",
    )


@tpl("clean_tables", "wnba_roster_tsv", "en", 1)
def _t(c):
    return lines(
        "Sort by position, tab separated as is:",
        "player\tpos\tteam",
        "Caitlin Clark\tG\tIndiana Fever",
        "A'ja Wilson\tF\tLas Vegas Aces",
        "Napheesa Collier\tF\tMinnesota Lynx",
        "Sabrina Ionescu\tG\tNew York Liberty",
    )


@tpl("clean_tables", "kader_csv_de", "de", 2)
def _t(c):
    rows = c.pick([
        ["Neuer;Manuel;Torwart;1", "Kimmich;Joshua;Mittelfeld;6", "Musiala;Jamal;Mittelfeld;42",
         "Kane;Harry;Sturm;9"],
        ["Wirtz;Florian;Mittelfeld;10", "Xhaka;Granit;Mittelfeld;34", "Frimpong;Jeremie;Abwehr;30",
         "Hrádecký;Lukáš;Torwart;1"],
    ])
    return lines(
        "Warum landet bei dieser CSV alles in Spalte A? Und sortier bitte nach Rückennummer:",
        "```",
        "Name;Vorname;Position;Nr",
        *rows,
        "```",
    )


@tpl("clean_tables", "tabla_es", "es", 1)
def _t(c):
    return lines(
        "Hazme un resumen de la jornada para el grupo de la peña con esta tabla:",
        "| Pos | Equipo | Pts |",
        "|---|---|---|",
        "| 1 | FC Barcelona | 88 |",
        "| 2 | Real Madrid | 84 |",
        "| 3 | Atlético de Madrid | 76 |",
        "| 4 | Athletic Club | 70 |",
    )


@tpl("clean_tables", "classement_fr", "fr", 1)
def _t(c):
    return lines(
        "Rédige un court résumé du Top 14 à partir de ce classement :",
        "1. Stade Toulousain — 71 pts",
        "2. Union Bordeaux-Bègles — 66 pts",
        "3. Stade Français Paris — 60 pts",
        "4. Racing 92 — 58 pts",
    )


@tpl("clean_tables", "classifica_it", "it", 1)
def _t(c):
    return lines(
        "Mi fai un post per il gruppo del fantacalcio con i marcatori?",
        "Retegui (Atalanta) 25 · Kean (Fiorentina) 19 · Lautaro Martínez (Inter) 12 · Thuram (Inter) 14",
    )


@tpl("clean_tables", "tabela_pl", "pl", 1)
def _t(c):
    return lines(
        "Zrób z tego listę meczów na plakat do klubowej świetlicy:",
        "Legia Warszawa – Lech Poznań, Stadion Wojska Polskiego im. Marszałka Józefa Piłsudskiego",
        "Raków Częstochowa – Jagiellonia Białystok, Miejski Stadion Piłkarski",
    )


@tpl("clean_tables", "puan_tr", "tr", 1)
def _t(c):
    return lines(
        "Bu puan durumunu kulüp lokalinin panosuna koymak için kısa bir yazıya çevir:",
        "1. Galatasaray 95 · 2. Fenerbahçe 84 · 3. Samsunspor 62 · 4. Beşiktaş 61",
    )


@tpl("clean_tables", "jleague_ja", "ja", 1)
def _t(c):
    return lines(
        "次の日程を表にしてください。",
        "鹿島アントラーズ vs 浦和レッズ（県立カシマサッカースタジアム）",
        "川崎フロンターレ vs 横浜F・マリノス（Uvance とどろきスタジアム by Fujitsu）",
    )


@tpl("clean_tables", "kleague_ko", "ko", 1)
def _t(c):
    return lines(
        "이 경기 일정을 동호회 공지용으로 정리해 줘.",
        "전북 현대 vs 울산 HD — 전주월드컵경기장",
        "FC 서울 vs 수원 삼성 — 서울월드컵경기장",
    )


# ---------------------------------------------------------------------------
# templates: clean_forms (blank forms, merge fields, sample members; PII-free)
# ---------------------------------------------------------------------------

@tpl("clean_forms", "blank_membership_form", "en", 2)
def _t(c):
    title, extra = c.pick([
        ("GYM MEMBERSHIP APPLICATION", "Membership type: [ ] Off-peak  [ ] Anytime  [ ] Student"),
        ("JUNIOR PLAYER REGISTRATION 2025/26", "Age group: U__   Parent/guardian name: ______________"),
        ("SWIM CLUB NEW MEMBER FORM", "Squad: [ ] Development  [ ] Competitive  [ ] Masters"),
    ])
    return lines(
        "Make this blank form accessible (labels, logical order) and turn it into a Google Form question list:",
        "",
        title,
        "Full name: ______________________",
        "Date of birth: __/__/____",
        "Address: ________________________  Postcode: ________",
        "Mobile: ____________  Email: ______________",
        extra,
        "Emergency contact (name + phone): ______________________",
    )


@tpl("clean_forms", "sample_member_json", "en", 2)
def _t(c):
    who = c.pick([("Jane", "Doe", "jane.doe@example.com"), ("John", "Doe", "john.doe@example.org")])
    return lines(
        "Here's the sample record from the API docs. Write a pytest fixture that returns it:",
        "```json",
        "{",
        '  "member_id": "M-00000",',
        f'  "first_name": "{who[0]}",',
        f'  "last_name": "{who[1]}",',
        '  "dob": "YYYY-MM-DD",',
        f'  "email": "{who[2]}",',
        '  "mobile": "+44 7700 900000",',
        '  "address": {"street": "1 Example Street", "town": "Sampletown", "postcode": "AA1 1AA"}',
        "}",
        "```",
    )


@tpl("clean_forms", "merge_field_email", "en", 2)
def _t(c):
    return c.pick([
        lines("Tighten this Mailchimp template, keep the merge tags exactly:",
              "Hi *|FNAME|*,",
              "Your membership at *|GYM_NAME|* renews on *|RENEWAL_DATE|*. If your card ending *|CARD_LAST4|* has "
              "changed, update it in the app.",
              "Thanks, the team"),
        lines("Write a kit-order reminder using these placeholders:",
              "Dear [PARENT NAME], [PLAYER FIRST NAME]'s kit (size [SIZE]) is ready to collect from [VENUE] on "
              "[DATE]."),
        lines("Check this Handlebars snippet renders the coach's name right:",
              "{{#each fixtures}}{{home}} v {{away}} — coach: {{coach.first_name}} {{coach.last_name}}{{/each}}"),
    ])


@tpl("clean_forms", "blank_referee_report", "en", 2)
def _t(c):
    return c.pick([
        lines("Turn this blank misconduct form into a fillable PDF layout (fields and widths):",
              "Referee name: ____________  FAN: ________",
              "Match: ____________ v ____________   Date: ________",
              "Player name: ____________  Club: ____________  Shirt no.: ___",
              "Offence code (S1–S7 / C1–C7): ___",
              "Description: ______________________________"),
        lines("Is this template for an assessor's report missing anything the county FA usually asks for?",
              "Referee: [REFEREE NAME]  Level: [LEVEL]",
              "Assessor: [ASSESSOR NAME]",
              "Positioning / Fitness / Control / Communication: [1–5 each]"),
    ])


@tpl("clean_forms", "blank_injury_templates", "en", 2)
def _t(c):
    return c.pick([
        lines("Write a SOAP-note template our club physios can copy into Physitrack. Use placeholders only:",
              "Pt: [PLAYER NAME]  DOB: [DOB]  Hosp no.: [ID]",
              "S: / O: / A: / P:"),
        lines("Design a one-page concussion incident form based on the World Rugby HIA, with blanks for "
              "player name, date of birth, time of incident, who removed them from play, and parent contact."),
    ])


@tpl("clean_forms", "sample_access_log", "en", 2)
def _t(c):
    ip = c.pick(["203.0.113.7", "198.51.100.42"])
    return lines(
        "This is the sample log from the turnstile vendor's docs. Write a regex that extracts fob, result and "
        "reason:",
        "```",
        "2025-01-01 06:00:00 DOOR-1 fob=0000001 member=\"DEMO USER\" result=GRANTED",
        f"2025-01-01 06:00:05 APP   login user=demo@example.com ip={ip} ok",
        "2025-01-01 06:00:09 DOOR-1 fob=0000002 member=\"TEST MEMBER\" result=DENIED reason=PLAN_HOURS",
        "```",
    )


@tpl("clean_forms", "notice_caps", "en", 2, case="upper")
def _t(c):
    return c.pick([
        lines("Rewrite this gym notice so it isn't all capitals:",
              "ALL MEMBERS MUST SCAN IN AT RECEPTION. TAILGATING THROUGH THE TURNSTILE WILL RESULT IN SUSPENSION. "
              "LOCKERS ARE EMPTIED AT 10PM NIGHTLY."),
        lines("Shorten this for a text message:",
              "PITCHES 1–4 CLOSED SATURDAY DUE TO FROST. ALL JUNIOR FIXTURES POSTPONED. CHECK THE CLUB APP FOR "
              "RE-ARRANGED DATES."),
    ])


@tpl("clean_forms", "csv_import_template", "en", 2)
def _t(c):
    return c.pick([
        lines("What's wrong with this import template? The system rejects even the example row:",
              "first_name,last_name,email,dob,postcode",
              "Joe,Bloggs,joe.bloggs@example.com,01/01/2000,XX1 1XX"),
        lines("Add a column for 'consent_photos' to this header and give me a sample row with A. N. Other:",
              "member_no;surname;forename;date_of_birth;guardian"),
    ])


@tpl("clean_forms", "muster_de", "de", 2)
def _t(c):
    return c.pick([
        lines("Ist dieses Muster für den Aufnahmeantrag vollständig?",
              "Name: Max Mustermann",
              "Geburtsdatum: TT.MM.JJJJ",
              "Anschrift: Musterstraße 1, 12345 Musterstadt",
              "IBAN: DE00 0000 0000 0000 0000 00"),
        ("Schreib eine Beispiel-Bestätigungsmail für neue Mitglieder, adressiert an Erika Mustermann, mit "
         "Platzhaltern für Abteilung und Beitrag."),
    ])


@tpl("clean_forms", "modele_fr", "fr", 2)
def _t(c):
    return c.pick([
        lines("Voici le modèle de fiche d'adhésion. Peux-tu ajouter une case pour le droit à l'image ?",
              "NOM : DUPONT   Prénom : Jean",
              "Né(e) le : JJ/MM/AAAA",
              "Adresse : 1 rue de l'Exemple, 00000 Ville"),
        ("Rédige un e-mail type de bienvenue au club pour « Marie Martin » (exemple), avec les champs "
         "[CATÉGORIE] et [HORAIRE] à compléter."),
    ])


@tpl("clean_forms", "ejemplo_es", "es", 1)
def _t(c):
    return ("Hazme un ejemplo de ficha de socio rellenada con Fulano de Tal y Mengano como contacto de emergencia, "
            "con DNI 00000000T de muestra.")


@tpl("clean_forms", "esempio_it", "it", 1)
def _t(c):
    return ("Prepara un modulo di iscrizione di esempio compilato a nome di Mario Rossi, con codice fiscale "
            "fittizio e i campi [CATEGORIA] e [QUOTA].")


@tpl("clean_forms", "wzor_pl", "pl", 1)
def _t(c):
    return ("Przygotuj wzór zgody rodzica na wyjazd na obóz, wypełniony przykładowo dla Jana Kowalskiego i córki "
            "Anny Nowak — zaznacz, że to dane przykładowe.")


@tpl("clean_forms", "exemplo_pt", "pt", 1)
def _t(c):
    return lines(
        "Cria uma ficha de matrícula de exemplo para a academia, com dados fictícios:",
        "Nome: Fulano de Tal · CPF: 000.000.000-00 · Telefone: (00) 00000-0000",
    )


@tpl("clean_forms", "voorbeeld_nl", "nl", 1)
def _t(c):
    return ("Maak een voorbeeld-inschrijfformulier voor de korfbalclub met Jan Jansen als fictief lid en "
            "[GEBOORTEDATUM] en [TEAM] als invulvelden.")


@tpl("clean_forms", "mihon_ja", "ja", 1)
def _t(c):
    return "入会申込書の記入例を作ってください。氏名は「山田太郎」、住所は「東京都〇〇区〇〇1-2-3」のような架空のものでお願いします。"


@tpl("clean_forms", "yesi_ko", "ko", 1)
def _t(c):
    return "회원 가입 신청서 작성 예시를 만들어 줘. 이름은 홍길동, 연락처는 010-0000-0000처럼 가상의 값으로."


@tpl("clean_forms", "yangben_zh", "zh", 1)
def _t(c):
    return "请做一份俱乐部会员登记表的填写示例，用“张三”“李四”作为示例姓名，手机号写成 138xxxxxxxx。"


@tpl("clean_forms", "malli_fi", "fi", 1)
def _t(c):
    return ("Tee jäsenlomakkeeseen esimerkkitäyttö nimellä Matti Meikäläinen ja huoltajaksi Maija Meikäläinen. "
            "Henkilötunnuksen kohdalle vain malli PPKKVV-XXXX.")


@tpl("clean_forms", "dugma_he", "he", 1)
def _t(c):
    return "תכין לי טופס הרשמה לדוגמה לחוג כדורסל עם השם ישראל ישראלי ומספר טלפון 050-0000000 כדוגמה בלבד."


@tpl("clean_forms", "namudhaj_ar", "ar", 1)
def _t(c):
    return "أنشئ نموذج تسجيل لاعب مملوءاً بمثال: الاسم فلان الفلاني، رقم الجوال 05XXXXXXXX، مع حقل لفصيلة الدم."


@tpl("clean_forms", "obrazets_ru", "ru", 1)
def _t(c):
    return ("Сделай образец заявления о приёме в спортивную секцию на имя Иванова Ивана Ивановича, с пустыми "
            "полями для даты рождения и телефона.")


@tpl("clean_forms", "ornek_tr", "tr", 1)
def _t(c):
    return ("Spor kulübü üyelik formu için örnek doldurulmuş bir metin yaz; isim olarak Ali Veli, T.C. kimlik no "
            "yerine 11111111111 gibi bir örnek kullan.")


# ---------------------------------------------------------------------------
# more PII-free rows typed the way people chat (lower case)
# ---------------------------------------------------------------------------

@tpl("clean_tables", "table_q_lower", "en", 3, case="lower")
def _t(c):
    return c.pick([
        "whos top of the championship right now and how many games have leeds and burnley got left",
        ("make a simple points table for our 6-team 5-a-side league: win 3, draw 1, loss 0, goal difference as "
         "tiebreaker, teams are red, blue, green, amber, white, black"),
        ("how does the ipl points table use net run rate? explain like im 12, use mumbai indians v chennai super "
         "kings as the example"),
    ])


@tpl("clean_brands", "gym_software_lower", "en", 2, case="lower")
def _t(c):
    return c.pick([
        ("mindbody vs glofox vs gymdesk for a 2-coach crossfit box with 80 members, which is cheapest with class "
         "booking and a waitlist"),
        "does teamsnap let parents see each others phone numbers? want to switch that off before the season starts",
    ])


@tpl("clean_forms", "placeholder_q_lower", "en", 2, case="lower")
def _t(c):
    return c.pick([
        "is it ok to use john doe and jane doe as test members in our staging db, or something like test user 1",
        ("what placeholder should go in the 'player name' box of our canva match-day template so people know to "
         "change it, [NAME] or {player}?"),
    ])


@tpl("clean_athletes", "coach_q_lower", "en", 2, case="lower")
def _t(c):
    return c.pick([
        "what did pep guardiola actually change about full backs? explain it for my uefa c licence assignment",
        "is the 10,000 hours thing from anders ericsson or malcolm gladwell, and does it hold up for sport",
    ])


# ---------------------------------------------------------------------------
# check digits of the typed IDs, IBANs and cards (validated, never generated)
# ---------------------------------------------------------------------------

def _digits(s):
    return [int(ch) for ch in s if ch.isdigit()]


def luhn_ok(s):
    total = 0
    for i, x in enumerate(reversed(_digits(s))):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        total += x
    return total % 10 == 0


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))
_CF_EVEN = {**{str(i): i for i in range(10)}, **{ch: i for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}}


def _mod11_weights(d, w):
    return sum(a * b for a, b in zip(d, w)) % 11


def id_ok(x):
    v = x.value
    d = _digits(v)
    k = x.kind
    if k == "PESEL":
        return (10 - sum(a * b for a, b in zip(d[:10], [1, 3, 7, 9] * 3)) % 10) % 10 == d[10]
    if k == "TCKN":
        return ((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9]) and sum(d[:10]) % 10 == d[10]
    if k == "CPF":
        c1 = sum(a * b for a, b in zip(d, range(10, 1, -1))) * 10 % 11 % 10
        c2 = sum(a * b for a, b in zip(d, range(11, 1, -1))) * 10 % 11 % 10
        return [c1, c2] == d[9:]
    if k in ("DNI", "NIE"):
        num = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == v[-1]
    if k == "BSN":
        return (sum(a * b for a, b in zip(d, range(9, 1, -1))) - d[8]) % 11 == 0
    if k == "NIR":
        n = "".join(map(str, d))
        return 97 - int(n[:13]) % 97 == int(n[13:])
    if k == "NHS":
        c = 11 - sum(a * b for a, b in zip(d, range(10, 1, -1))) % 11
        return (0 if c == 11 else c) == d[9]
    if k == "NINO":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2} \d\d \d\d \d\d [A-D]", v) is not None
    if k == "IL":
        t = 0
        for i, a in enumerate(d):
            y = a * (1 if i % 2 == 0 else 2)
            t += y - 9 if y > 9 else y
        return t % 10 == 0
    if k == "HETU":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if k == "BE":
        n = "".join(map(str, d))
        base = int(("2" if x.dob[0] >= 2000 else "") + n[:9])
        return 97 - base % 97 == int(n[9:])
    if k == "CNP":
        c = sum(a * int(b) for a, b in zip(d, "279146358279")) % 11
        return (1 if c == 10 else c) == d[12]
    if k == "CN":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return "10X98765432"[sum(a * b for a, b in zip(d, w)) % 11] == v[-1]
    if k == "RRN":
        return (11 - _mod11_weights(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 10 == d[12]
    if k in ("AMKA", "ZA"):
        return luhn_ok(v)
    if k == "RC":
        return int("".join(map(str, d))) % 11 == 0
    if k == "OIB":
        a = 10
        for dig in d[:10]:
            a = (a + dig) % 10 or 10
            a = a * 2 % 11
        return (11 - a) % 10 == d[10]
    if k == "TAJ":
        return sum(a * (3 if i % 2 == 0 else 7) for i, a in enumerate(d[:8])) % 10 == d[8]
    if k == "FNR":
        k1 = 11 - _mod11_weights(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])
        k2 = 11 - _mod11_weights(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        return [k1 % 11, k2 % 11] == d[9:]
    if k == "AADHAAR":
        return verhoeff_ok("".join(map(str, d)))
    if k == "CF":
        return chr(65 + sum(_CF_ODD[ch] if i % 2 == 0 else _CF_EVEN[ch] for i, ch in enumerate(v[:15])) % 26) == v[15]
    if k == "PNR":
        return luhn_ok(v[-11:])
    if k == "SSN":
        a, g, s = v.split("-")
        return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"
    if k == "PASSPORT":
        return len(v) == 9
    raise ValueError(k)


_VD = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321", "6598710432",
       "7659821043", "8765932104", "9876543210"]
_VP = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901", "2793806415",
       "7046913258"]


def verhoeff_ok(n):
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = int(_VD[c][int(_VP[i % 8][int(ch)])])
    return c == 0


def cf_name_code(name, given):
    """The three letters a codice fiscale takes from a surname or a given name."""
    s = fold(name).upper().replace(" ", "")
    cons = [ch for ch in s if ch.isalpha() and ch not in "AEIOU"]
    vows = [ch for ch in s if ch in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X"] * 3)[:3]


def iban_ok(v):
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------

def check(rows, meta):
    for kind, items in IDS.items():
        for x in items:
            assert id_ok(x), (kind, x.value)
    for cf, p in CF_PEOPLE.items():
        assert cf[:6] == cf_name_code(p.family, False) + cf_name_code(p.given, True), (cf, p.full)
    for v in (v for vs in IBANS.values() for v in vs):
        assert iban_ok(v), v
    for v in CARDS:
        assert luhn_ok(v), v
    assert len(rows) == 324, len(rows)
    ids = set()
    texts = set()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, s
            assert 0 <= last <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], (r["id"], s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    per_t = collections.Counter(r["template"] for r in rows)
    assert len(per_t) >= 80 and max(per_t.values()) <= 5, (len(per_t), max(per_t.values()))
    tcls = {}
    for r in rows:
        assert tcls.setdefault(r["template"], r["class"]) == r["class"], r["template"]
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = collections.Counter(m[0] for m in meta)
    other = len(rows) - langs["en"]
    assert 0.35 <= other / len(rows) <= 0.50, other
    assert len(langs) - 1 >= 15, langs
    return True


def main():
    rows, meta = build()
    check(rows, meta)
    data = dump(rows)
    out = HERE / OUT_NAME
    if "--check" in sys.argv[1:]:
        again = dump(build()[0])
        assert again == data, "build is not deterministic"
        if out.exists() and out.read_text(encoding="utf-8") == data:
            print(f"{OUT_NAME}: unchanged")
            return 0
        print(f"{OUT_NAME}: differs or missing")
        return 1
    out.write_text(data, encoding="utf-8")
    for line in stats(rows, meta):
        print(line)
    print(f"sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}  {OUT_NAME}")
    return 0



@tpl("personal_tickets", "overseas_branch", "en", 3)
def _t(c):
    cc, cult, city = c.pick([("NG", {"Yoruba", "Igbo"}, "Uyo"), ("GH", {"Akan"}, "Accra"),
                             ("IN", {"Tamil", "Gujarati", "Punjabi"}, "Coimbatore")])
    sec = c.person("en", cult=cult)
    ms = [c.person("en", cult=cult) for _ in range(2)]
    a = c.addr(cc)
    return lines(
        f"We run a supporters' branch in {city} for an English club. Draft a welcome message for the two new "
        "members and a note to the secretary about card printing:",
        "",
        f"Branch secretary: {N(sec.full)}, {a.line}, {c.phone(cc)}",
        f"New: {N(ms[0].full)} ({c.phone(cc)}), {N(ms[1].full)} ({c.phone(cc)})",
        "Cards: 2 x adult, collect at the watch party on Saturday",
    )


@tpl("personal_membership", "prijava_hr", "hr", 1)
def _t(c):
    idn = c.ident("OIB")
    p = c.person("hr", kid=True)
    a = c.addr("HR")
    return lines(
        "Prevedi na engleski, trener vaterpola iz Malte traži podatke:",
        "",
        f"Igrač: {N(p.child().full)}, OIB {NID(idn.value)}",
        f"Datum rođenja: {DOB(fdate(c.dob('junior'), 'dmy.'))}",
        f"Roditelj: {N(p.full)}, mob. {c.phone('HR')}",
        f"Adresa: {a.line}",
    )


# ---------------------------------------------------------------------------
# PII-free rows in the shapes of the personal ones
# ---------------------------------------------------------------------------

@tpl("clean_tables", "grounds_csv", "en", 3)
def _t(c):
    rows = c.pick([
        ["Forest Green Rovers,The New Lawn,Nailsworth,5147", "Accrington Stanley,Wham Stadium,Accrington,5450",
         "Harrogate Town,Wetherby Road,Harrogate,5000"],
        ["Barnet,The Hive,Edgware,6500", "Sutton United,Gander Green Lane,Sutton,5013",
         "Boreham Wood,Meadow Park,Borehamwood,4502"],
        ["Cove Rangers,Balmoral Stadium,Aberdeen,2602", "Spartans,Ainslie Park,Edinburgh,3612",
         "Bonnyrigg Rose,New Dundas Park,Bonnyrigg,2200"],
    ])
    return lines(
        "Our supporters' club is planning away trips. Add a column with the nearest railway station to each ground:",
        "```csv",
        "club,ground,town,capacity",
        *rows,
        "```",
    )


@tpl("clean_athletes", "referee_public", "en", 2)
def _t(c):
    return c.pick([
        lines("For our referees' society meeting, summarise the best-known decisions of these officials in one line "
              "each:",
              "- Pierluigi Collina (2002 World Cup final)",
              "- Howard Webb (2010 World Cup final)",
              "- Stéphanie Frappart (Costa Rica v Germany, 2022)",
              "- Michael Oliver (Real Madrid v Juventus, 2018)"),
        ("Write a short case study for new referees on Anthony Taylor's handling of the 2023 Europa League final in "
         "Budapest and what happened at the airport afterwards. Keep to what was reported."),
    ])


@tpl("clean_forms", "bot_chat_export", "en", 2)
def _t(c):
    bot = c.pick(["Spond", "TeamSnap"])
    return lines(
        "Summarise this chat export into one line for the noticeboard. All messages are automatic:",
        "",
        f"[18:02, 13/03/2025] {bot}: Training on Thursday is CANCELLED (pitch closed).",
        f"[18:02, 13/03/2025] {bot}: New event: Saturday match, meet 09:15. Reply Yes/No.",
        "[18:30, 13/03/2025] Club Admin: Reminder — subs are due by the 31st via the app.",
        f"[19:00, 13/03/2025] {bot}: 12 attending, 3 declined, 4 no answer.",
    )


@tpl("clean_brands", "stripe_test_cards", "en", 2)
def _t(c):
    return c.pick([
        lines("Our gym's booking site is in test mode. Which of Stripe's test cards trigger a dispute?",
              "We tried 4242 4242 4242 4242 (went through) and 4000 0000 0000 0259. Expiry any future date, CVC 123."),
        ("Explain Visa reason code 13.1 versus 10.4 in plain English for a small gym owner using GoCardless "
         "and Stripe, with an example of the evidence each one needs."),
    ])


@tpl("clean_eponyms", "venue_box_office_email", "en", 2)
def _t(c):
    venue, addr, event = c.pick([
        ("Wembley Stadium", "Wembley Stadium, London HA9 0WS", "the Challenge Cup final"),
        ("Murrayfield", "Scottish Gas Murrayfield, Edinburgh EH12 5PJ", "the Six Nations match"),
    ])
    return lines(
        "Summarise this box-office e-mail for our coach-trip group in three bullet points:",
        "",
        f"> From: {venue} Box Office <tickets@example.com>",
        f"> Thank you for booking for {event}. Gates open 90 minutes before kick-off. Bags larger than A4 are "
        "not allowed. Accessible drop-off is at the east side.",
        f"> {addr}",
    )


@tpl("clean_eponyms", "bosman_ruling", "en", 1)
def _t(c):
    return ("Explain the Bosman ruling for our amateur club's committee: who Jean-Marc Bosman was, what the "
            "European Court of Justice decided in 1995, and whether any of it affects unpaid players.")


if __name__ == "__main__":
    sys.exit(main())
