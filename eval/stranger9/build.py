#!/usr/bin/env python3
"""stranger9: hand-written corpus of prompts as people really type and dictate them.

Voice dictation (lower case, spoken punctuation, phones / e-mails / addresses / dates spoken in
words), SMS and WhatsApp shorthand and pasted chat exports, typos and Random Capitals and
SHOUTING, and second-language English with words of the writer's own language mixed in. Half the
rows are PII-free in the same styles (public figures, titles, brands, apps, dishes named after
people, places in general, placeholders, numbers that are not phones); the other half name
private people with their phones, e-mails, home addresses, towns and dates of birth.

Python standard library only. Every private value below was typed by hand (e-mail local parts
and the spoken forms of phones and e-mails are derived in code from hand-typed values).

    python3 eval/stranger9/build.py          # rewrite tune.jsonl and holdout.jsonl
    python3 eval/stranger9/build.py --check  # rebuild in memory, exit 0 if files unchanged
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 90217
HERE = Path(__file__).resolve().parent
SOURCE = "eval/stranger9/build.py"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"}


# ---------------------------------------------------------------- markers


def P(v):
    return f"⟦PERSON|{v}⟧"


def L(v):
    return f"⟦LOCATION|{v}⟧"


def PH(v):
    return f"⟦PHONE_NUMBER|{v}⟧"


def EM(v):
    return f"⟦EMAIL_ADDRESS|{v}⟧"


def DOB(v):
    return f"⟦DATE_OF_BIRTH|{v}⟧"


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")


def _case(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Strip ⟦TYPE|value⟧ markers; return (text, spans). Case is applied piece by piece so that
    offsets stay right even when a character changes length (ß -> SS)."""
    out, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        lit = _case(marked[pos:m.start()], case)
        out.append(lit)
        n += len(lit)
        val = _case(m.group(2), case)
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(_case(marked[pos:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked
    return text, spans


def lo(marked):
    """Lower-case only the values inside markers (a name typed lower case in a normal sentence)."""
    return MARK.sub(lambda m: f"⟦{m.group(1)}|{m.group(2).lower()}⟧", marked)


# ---------------------------------------------------------------- spoken forms (derived)

ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num2(n):
    """0..99 as words ("seventy four"); below ten as a digit word."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def digit_words(ds, zero="oh", doubles=False):
    words, i = [], 0
    while i < len(ds):
        w = ONES[int(ds[i])] if ds[i] != "0" else zero
        if doubles and i + 1 < len(ds) and ds[i + 1] == ds[i] and (i + 2 >= len(ds) or ds[i + 2] != ds[i]):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def speak_phone(num, style):
    """How a speech recogniser writes a phone number someone said aloud."""
    groups = re.findall(r"\d+", num)
    if style == "oh":  # UK style: oh, doubles, no pauses written
        return " ".join(digit_words(g, "oh", True) for g in groups)
    if style == "zero":  # digit by digit, a comma at each pause
        return ", ".join(digit_words(g, "zero") for g in groups)
    if style == "pairs":  # French style: pairs as numbers, a leading zero said as "zero"
        out = []
        for g in groups:
            if len(g) % 2:
                out.append(digit_words(g, "zero"))
                continue
            ps = []
            for k in range(0, len(g), 2):
                a = g[k:k + 2]
                ps.append(("zero " + ONES[int(a[1])]) if a[0] == "0" else num2(int(a)))
            out.append(" ".join(ps))
        return ", ".join(out)
    if style == "half":  # first group spoken, the rest came out as digits
        return " ".join([digit_words(groups[0], "oh")] + groups[1:])
    raise ValueError(style)


FOLD = {"ø": "o", "ł": "l", "ß": "ss", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "'": ""}


def ascii_fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def speak_email(addr):
    local, domain = addr.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(num2(int(tok)) if len(tok) == 2 else digit_words(tok, "zero"))
        else:
            parts.append(tok)
    return " ".join(parts) + " at " + " dot ".join(domain.split("."))


def obfuscate_email(addr):
    local, domain = addr.split("@")
    return local + " (at) " + domain.replace(".", " (dot) ")


# ---------------------------------------------------------------- values, typed by hand

# (given, family, surname_first, culture tag)
PEOPLE = {
    "tune": [
        ("Siobhán", "Ní Dhomhnaill", False, "Irish", "f"),
        ("Tomasz", "Wiśniewski", False, "Polish", "m"),
        ("Chiamaka", "Eze", False, "Igbo", "f"),
        ("Kwame", "Asante", False, "Akan", "m"),
        ("Priya", "Raghunathan", False, "Tamil", "f"),
        ("Hope", "Kariuki", False, "Kikuyu", "f"),
        ("Rich", "Thornton", False, "English", "m"),
        ("Lan", "Nguyễn", True, "Vietnamese", "f", "Nguyễn Thị Lan"),
        ("Joon-ho", "Park", True, "Korean", "m"),
        ("Yui", "Kobayashi", False, "Japanese", "f"),
        ("Mehmet", "Aydın", False, "Turkish", "m"),
        ("Fatima Zahra", "El Amrani", False, "Moroccan", "f"),
        ("Ioana", "Popescu", False, "Romanian", "f"),
        ("Lars", "Øvrebø", False, "Norwegian", "m"),
        ("Esperanza", "Quispe", False, "Quechua", "f"),
        ("Thandiwe", "Dlamini", False, "Zulu", "f"),
        ("Tevita", "Fifita", False, "Tongan", "m"),
        ("Aroha", "Ngata", False, "Māori", "f"),
        ("Juan Pablo", "Restrepo", False, "Colombian", "m"),
        ("Luíza", "Carvalho", False, "Brazilian", "f"),
        ("Margarida", "Sousa", False, "Portuguese", "f"),
        ("Heike", "Brandstätter", False, "Austrian", "f"),
        ("Sven", "de Groot", False, "Dutch", "m"),
        ("Eleni", "Papadopoulou", False, "Greek", "f"),
        ("Oksana", "Melnyk", False, "Ukrainian", "f"),
        ("Milica", "Petrović", False, "Serbian", "f"),
        ("Rahul", "Banerjee", False, "Bengali", "m"),
        ("Gurpreet", "Kaur", False, "Punjabi", "f"),
        ("Bilal", "Qureshi", False, "Urdu/Pakistani", "m"),
        ("Amir", "Hosseini", False, "Persian", "m"),
        ("Noa", "Friedman", False, "Israeli", "f"),
        ("Baraka", "Mushi", False, "Swahili/Tanzanian", "m"),
        ("Abebe", "Tesfaye", False, "Amharic", "m"),
        ("Nur Aisyah", "binti Hassan", False, "Malay", "f"),
        ("Maricel", "Dela Cruz", False, "Filipino", "f"),
        ("Somchai", "Wongsakul", False, "Thai", "m"),
        ("Kalani", "Kahananui", False, "Hawaiian", "f"),
        ("Grant", "McAllister", False, "Scottish", "m"),
        ("Brandi", "Young", False, "US", "f"),
        ("Émilie", "Tremblay", False, "Québécois", "f"),
        ("Pekka", "Kinnunen", False, "Finnish", "m"),
        ("Jurgita", "Kazlauskienė", False, "Lithuanian", "f"),
    ],
    "holdout": [
        ("Caoimhe", "O'Sullivan", False, "Irish", "f"),
        ("Agnieszka", "Zielińska", False, "Polish", "f"),
        ("Ifeoma", "Nwosu", False, "Igbo", "f"),
        ("Adwoa", "Mensah", False, "Akan", "f"),
        ("Karthik", "Subramaniam", False, "Tamil", "m"),
        ("May", "Otieno", False, "Luo", "f"),
        ("Dale", "Bishop", False, "English", "m"),
        ("Minh", "Trần", True, "Vietnamese", "m", "Trần Văn Minh"),
        ("Ji-woo", "Han", True, "Korean", "f"),
        ("Haruto", "Ishikawa", False, "Japanese", "m"),
        ("Zeynep", "Çelik", False, "Turkish", "f"),
        ("Youssef", "Benjelloun", False, "Moroccan", "m"),
        ("Andrei", "Dumitrescu", False, "Romanian", "m"),
        ("Ingrid", "Haugland", False, "Norwegian", "f"),
        ("Wilmer", "Mamani", False, "Aymara", "m"),
        ("Sipho", "Ndlovu", False, "Ndebele", "m"),
        ("Losa", "Faleolo", False, "Samoan", "f"),
        ("Rāwiri", "Te Awe", False, "Māori", "m"),
        ("Camila", "Ospina", False, "Colombian", "f"),
        ("Thiago", "Nascimento", False, "Brazilian", "m"),
        ("Inês", "Figueiredo", False, "Portuguese", "f"),
        ("Lukas", "Gruber", False, "Austrian", "m"),
        ("Femke", "van den Broek", False, "Dutch", "f"),
        ("Dimitris", "Karagiannis", False, "Greek", "m"),
        ("Bohdan", "Kovalchuk", False, "Ukrainian", "m"),
        ("Dragana", "Stojanović", False, "Serbian", "f"),
        ("Arjun", "Mehta", False, "Gujarati", "m"),
        ("Manpreet", "Gill", False, "Punjabi", "f"),
        ("Ayesha", "Siddiqui", False, "Urdu/Pakistani", "f"),
        ("Shirin", "Rahimi", False, "Persian", "f"),
        ("Yael", "Ben-Ami", False, "Israeli", "f"),
        ("Neema", "Kimaro", False, "Chagga/Tanzanian", "f"),
        ("Selam", "Haile", False, "Tigrinya", "f"),
        ("Ahmad Faiz", "bin Othman", False, "Malay", "m"),
        ("Jerome", "Villanueva", False, "Filipino", "m"),
        ("Ploy", "Srisuk", False, "Thai", "f"),
        ("Leilani", "Akana", False, "Hawaiian", "f"),
        ("Ewan", "Bell", False, "Scottish", "m"),
        ("Destiny", "Price", False, "US", "f"),
        ("Gabrielle", "Lavoie", False, "Québécois", "f"),
        ("Aino", "Heikkilä", False, "Finnish", "f"),
        ("Rasa", "Petrauskaitė", False, "Lithuanian", "f"),
    ],
}

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
                 "web.de", "orange.fr", "gmx.at", "libero.it", "wp.pl", "proton.me", "live.com"]
EMAIL_SHAPES = ["{g}.{f}", "{g0}{f}", "{g}_{f}{n}", "{f}.{g}", "{g}{f0}{n}", "{g}{f}"]

# Home addresses in their own country's layout: real small towns, invented streets and numbers.
# (town, written, spoken or None)
ADDRESSES = {
    "tune": [
        ("Ledbury", L("Flat 2") + ", " + L("14 Orchard Way") + ", " + L("Ledbury") + " " + L("HR8 2BQ"),
         L("flat two") + " " + L("fourteen orchard way") + " " + L("ledbury") + " " + L("h r eight two b q")),
        ("Lahinch", L("7 Bóthar na Trá") + ", " + L("Lahinch") + ", " + L("Co. Clare") + " " + L("V95 X2T8"),
         L("seven bóthar na trá") + " " + L("lahinch") + " " + L("county clare")),
        ("Cajarc", L("12 rue des Tilleuls") + ", " + L("46160") + " " + L("Cajarc"), None),
        ("Bad Hindelang", L("Kirchgasse 9") + ", " + L("87541") + " " + L("Bad Hindelang"), None),
        ("Sandomierz", L("ul. Ogrodowa 17/4") + ", " + L("27-600") + " " + L("Sandomierz"), None),
        ("Hollum", L("Dorpsstraat 31") + ", " + L("9161 AB") + " " + L("Hollum"),
         L("dorpsstraat thirty one") + " " + L("hollum")),
        ("Montalcino", L("Via del Pozzo 8") + ", " + L("53024") + " " + L("Montalcino") + " " + L("SI"), None),
        ("Nerja", L("Calle Real 22") + ", " + L("3º B") + ", " + L("29780") + " " + L("Nerja"), None),
        ("Ely", L("418 Pine Hollow Rd") + ", " + L("Ely") + ", " + L("MN") + " " + L("55731"),
         L("four eighteen pine hollow road") + " " + L("ely") + " " + L("minnesota") + " "
         + L("five five seven three one")),
        ("Apollo Bay", L("Unit 3") + ", " + L("6 Wattle Street") + ", " + L("Apollo Bay") + " " + L("VIC") + " " + L("3233"),
         L("unit three") + " " + L("six wattle street") + " " + L("apollo bay") + " " + L("victoria") + " "
         + L("three two three three")),
        ("Tiradentes", L("Rua das Flores, 120") + " – " + L("Tiradentes") + " - " + L("MG") + ", " + L("36325-000"), None),
    ],
    "holdout": [
        ("Totnes", L("Flat 5") + ", " + L("3 Tannery Lane") + ", " + L("Totnes") + " " + L("TQ9 5JX"),
         L("flat five") + " " + L("three tannery lane") + " " + L("totnes") + " " + L("t q nine five j x")),
        ("Kenmare", L("4 Chapel Lane") + ", " + L("Kenmare") + ", " + L("Co. Kerry") + " " + L("V93 K2P6"),
         L("four chapel lane") + " " + L("kenmare") + " " + L("county kerry")),
        ("Gordes", L("5 impasse des Vignes") + ", " + L("84220") + " " + L("Gordes"), None),
        ("Meersburg", L("Rebgasse 11") + ", " + L("88709") + " " + L("Meersburg"), None),
        ("Třeboň", L("Husova 212") + ", " + L("379 01") + " " + L("Třeboň"), None),
        ("Damme", L("Kerkstraat 18") + " " + L("bus 2") + ", " + L("8340") + " " + L("Damme"),
         L("kerkstraat eighteen") + " " + L("bus two") + " " + L("damme")),
        ("Marvão", L("Rua do Castelo 9") + ", " + L("1º Esq.") + ", " + L("7330-101") + " " + L("Marvão"), None),
        ("Baie-Saint-Paul", L("27 rue Principale") + ", " + L("Baie-Saint-Paul") + " (" + L("Québec") + ") " + L("G3Z 1A4"), None),
        ("Stowe", L("52 Maple Ave") + ", " + L("Stowe") + ", " + L("VT") + " " + L("05672"),
         L("fifty two maple avenue") + " " + L("stowe") + " " + L("vermont") + " " + L("oh five six seven two")),
        ("Akaroa", L("14 Kowhai Road") + ", " + L("Akaroa") + " " + L("7520"),
         L("fourteen kowhai road") + " " + L("akaroa") + " " + L("seven five two oh")),
        ("Borgholm", L("Storgatan 6") + ", " + L("lgh 1102") + ", " + L("387 31") + " " + L("Borgholm"), None),
    ],
}

# National formats, no country code (one or two with it), typed by hand.
PHONES = {
    "tune": ["07812 446 019", "01531 632 784", "085 731 4462", "06 12 48 73 95", "0151 2384 7716",
             "512 384 907", "06-41873925", "347 821 6630", "612 48 93 07", "(218) 365-4871",
             "0412 738 506", "(32) 98841-2276", "98450 31726", "0722 418 635"],
    "holdout": ["07958 203 617", "01803 864 219", "087 249 6618", "07 84 21 36 59", "0176 4419 2830",
                "603 418 275", "0478 21 64 93", "936 208 471", "418-435-2967", "802-253-7714",
                "021 847 3390", "070-382 46 19", "0803 517 2248", "0917 582 3306"],
}

# (written, spoken, age: k child, a adult, o older) -- a son's form gets a child's date, a nan an older one
DOBS = {
    "tune": [("14/03/1988", "fourteenth of march nineteen eighty eight", "a"),
             ("2 May 2016", "second of may twenty sixteen", "k"),
             ("1979-11-08", "eighth november seventy nine", "a"),
             ("07.09.1965", "seven september nineteen sixty five", "o"),
             ("March 22, 2001", "march twenty second two thousand and one", "a"),
             ("23/6/94", "twenty three six ninety four", "a"),
             ("11/10/2017", "eleventh of october twenty seventeen", "k"),
             ("4 January 1949", "fourth of january nineteen forty nine", "o")],
    "holdout": [("30/01/1991", "thirtieth of january ninety one", "a"),
                ("5 Aug 2018", "fifth of august twenty eighteen", "k"),
                ("1983-04-17", "seventeenth april nineteen eighty three", "a"),
                ("11.12.1958", "eleven twelve fifty eight", "o"),
                ("October 3, 1999", "october third nineteen ninety nine", "a"),
                ("9/2/87", "ninth of february eighty seven", "a"),
                ("2019-06-21", "twenty first of june twenty nineteen", "k"),
                ("February 14, 1947", "fourteenth february forty seven", "o")],
}


class Person:
    def __init__(self, i, given, family, sf, culture, gender, full=None):
        self.given, self.family, self.sf, self.culture, self.gender = given, family, sf, culture, gender
        self.name = full or (f"{family} {given}" if sf else f"{given} {family}")
        g = ascii_fold(given.split()[0].replace("-", ""))
        f = ascii_fold(family.split()[-1].replace("-", ""))
        shape = EMAIL_SHAPES[i % len(EMAIL_SHAPES)]
        local = shape.format(g=g, f=f, g0=g[0], f0=f[0], n=str(17 + (i * 13) % 80))
        self.email = local + "@" + EMAIL_DOMAINS[i % len(EMAIL_DOMAINS)]

    # name shapes
    @property
    def full(self):
        return P(self.name)

    @property
    def g(self):
        return P(self.given)

    @property
    def f(self):
        return P(self.family)

    @property
    def poss(self):  # apostrophe written: the name only
        return P(self.given) + "'s"

    @property
    def poss_na(self):  # no apostrophe: the whole written token
        return P(self.given + "s")

    # e-mail as written, spoken, obfuscated
    @property
    def em(self):
        return EM(self.email)

    @property
    def em_s(self):
        return EM(speak_email(self.email))

    @property
    def em_o(self):
        return EM(obfuscate_email(self.email))


class Addr:
    def __init__(self, town, w, s):
        self.town_name, self.w, self.s_ = town, w, s

    @property
    def town(self):
        return L(self.town_name)

    @property
    def s(self):
        assert self.s_, self.town_name
        return self.s_


class Ctx:
    """Draws values for one row: least used first, ties broken by the seeded RNG, never twice
    in one row."""

    def __init__(self, split, rng, usage):
        self.split, self.rng, self.usage = split, rng, usage
        self.row = set()

    def _pick(self, kind, items, ok=lambda x: True):
        cands = [(k, x) for k, x in enumerate(items) if (kind, k) not in self.row and ok(x)]
        low = min(self.usage[(kind, k)] for k, _ in cands)
        k, x = self.rng.choice([(k, x) for k, x in cands if self.usage[(kind, k)] == low])
        self.usage[(kind, k)] += 1
        self.row.add((kind, k))
        return x

    def p(self, gender=None):
        return self._pick("person", POOL[self.split]["people"],
                          (lambda x: x.gender == gender) if gender else (lambda x: True))

    def a(self, spoken=False):
        return self._pick("addr", POOL[self.split]["addrs"], (lambda x: x.s_) if spoken else (lambda x: True))

    def ph(self, style=None):
        num = self._pick("phone", PHONES[self.split])
        return PH(speak_phone(num, style) if style else num)

    def dob(self, age, spoken=False):
        w, s, _ = self._pick("dob", DOBS[self.split], lambda x: x[2] == age)
        return DOB(s if spoken else w)


POOL = {
    sp: {"people": [Person(i, *t) for i, t in enumerate(PEOPLE[sp])],
         "addrs": [Addr(*t) for t in ADDRESSES[sp]]}
    for sp in ("tune", "holdout")
}


# ---------------------------------------------------------------- personal templates
# Each function draws its values from the row's Ctx and returns (marked text, case). case "lower"
# or "upper" recases the whole row (values included); None keeps the text as typed. Templates come
# in twin pairs: same kind of data, said differently; one twin goes to each split.

# -- voice dictation (speech-to-text: lower case, spoken punctuation, values said aloud)


def voice_save_contact(c):
    a, ph = c.p(), c.ph("oh")
    return f"hey save a new contact {a.full} mobile {ph} and put it under school parents full stop", "lower"


def voice_add_number(c):
    a, ph = c.p(), c.ph("zero")
    return (f"add {a.full} to my contacts comma the number is {ph} comma "
            f"does the ironing on thursdays"), "lower"


def voice_email_spelled(c):
    a, b = c.p(), c.p()
    return (f"write an email to {a.full} comma the address is {a.em_s} comma say the kids party "
            f"moved to saturday at three full stop sign it from me and {b.g}"), "lower"


def voice_email_reply(c):
    a = c.p()
    return (f"reply to {a.g} at {a.em_s} tell them yes we can do the viewing tuesday after five pm "
            f"and ask if there is parking new line thanks"), "lower"


def voice_delivery_address(c):
    a, ad = c.p(), c.a(True)
    return (f"change the delivery address on my shopping order to {ad.s} its my mother in laws place "
            f"comma put the name as {a.full}"), "lower"


def voice_directions(c):
    a, ad = c.p(), c.a(True)
    return (f"how long to drive from here to {ad.s} question mark im taking {a.g} to the "
            f"grandparents and we leave at half four"), "lower"


def voice_form_dob(c):
    a, d, ad = c.p("m"), c.dob("a", True), c.a(True)
    return (f"fill in the gym membership form for my husband {a.full} date of birth {d} new line "
            f"address {ad.s} new line emergency contact me full stop"), "lower"


def voice_passport(c):
    a, d, ad = c.p("f"), c.dob("a", True), c.a(True)
    return (f"help me with the passport renewal for my wife {a.full} born {d} comma lives at {ad.s} "
            f"what kind of photos do i need"), "lower"


def voice_reminder(c):
    a, b, ph = c.p(), c.p(), c.ph("half")
    return (f"remind me tomorrow at eight to call {a.full} about the boiler and to ring {b.g} back "
            f"on {ph} about the car boot sale"), "lower"


def voice_note(c):
    a, b, ph = c.p(), c.p(), c.ph("pairs")
    return (f"new note colon mrs {a.f} from across the road says the bins go out wednesday now full "
            f"stop {b.full} can fix the fence call {ph}"), "lower"


def voice_msg_coach(c):
    a, b, x, ph = c.p(), c.p(), c.p(), c.ph("oh")
    return (f"send a whatsapp to {a.g} comma coach {b.f} said training is cancelled tonight full stop "
            f"new line can you give {x.g} a lift on saturday question mark new line my new number is {ph}"), "lower"


def voice_msg_babysitter(c):
    a, ph = c.p(), c.ph("zero")
    return (f"text {a.full} hi {a.g} exclamation mark are you free friday night to babysit from seven "
            f"full stop call me on {ph} if yes"), "lower"


# -- SMS / WhatsApp shorthand, pasted exports


def wa_brackets(c):
    a, b, ph = c.p(), c.p(), c.ph()
    return (f"can u summarise this chat pls\n"
            f"[12/03/24, 09:14] {a.full}: hi is the room still available\n"
            f"[12/03/24, 09:20] {b.full}: yes 450 a month bills incl\n"
            f"[12/03/24, 09:21] {a.full}: can i come see it sat? my number {ph}\n"
            f"[12/03/24, 09:40] {b.full}: ok 11am ring the bell and ask for {b.g}"), None


def wa_at(c):
    a, b, x, ph = c.p(), c.p(), c.p(), c.ph()
    return (f"{a.full}, [4 Mar 2025 at 18:02]: running 10 min late sorry!!\n"
            f"{b.full}, [4 Mar 2025 at 18:03]: np ill tell {x.g}\n"
            f"{a.full}, [4 Mar 2025 at 18:41]: btw new email {a.em} or call {ph}\n\n"
            f"who was late and whats the new email lol"), None


def sms_new_number(c):
    a, ph = c.p(), c.ph()
    return f"pls save {a.poss_na} new number {ph} thx 👍 and delete the old one", "lower"


def sms_forwarded(c):
    a, ph = c.p(), c.ph()
    return (f"Forwarded message:\n\"hiya its {a.full} this is my new number {ph} pls delete the old one x\"\n"
            f"what do i reply, i dont even know who {a.g} is lol"), None


def sms_party_address(c):
    a, ad = c.p(), c.a()
    return (f"party at {a.poss} 2moro 7pm!! {ad.w} bring drinks lol 🎉 can u make this sound less "
            f"cringe for the group chat"), None


def sms_pickup(c):
    a, ad, ph = c.p(), c.a(), c.ph()
    return (f"pick up frm {ad.w} @ 5 its {a.poss_na} house, ring {ph} when ur outside. rewrite this "
            f"so my dad understands it"), "lower"


def chat_email_plain(c):
    a = c.p("f")
    return (f"omg {a.g} gave me her email finally {a.em} can u write a thank u msg for the bday "
            f"present 🙏"), "lower"


def chat_email_obf(c):
    a, b = c.p(), c.p()
    return (f"{b.g} sent me {a.poss} email its {a.em_o} need to send the pics from sat tmrw, write "
            f"smth short n friendly"), "lower"


def chat_school_rota(c):
    a, b, x = c.p(), c.p(), c.p()
    return (f"school run rota this wk: mon {a.g} tue me wed {b.g} thu {x.full} fri ??? can u make a "
            f"table + remind {a.g} its their turn first"), "lower"


def chat_lift_club(c):
    a, b, x = c.p(), c.p(), c.p()
    return (f"lift club sat: {a.g} drives, {b.g} + {x.g} in the back, meet outside {a.poss_na} at 9 "
            f"sharp. turn into a msg w emojis"), "lower"


def caps_not_answering(c):
    a, ph = c.p(), c.ph()
    return (f"WHY IS {a.full} STILL NOT ANSWERING 😡 I CALLED {ph} 5 TIMES. WRITE A TEXT THAT SAYS "
            f"THE DEPOSIT IS DUE FRIDAY OR I KEEP IT"), "upper"


def caps_van(c):
    a, ad = c.p(), c.a()
    return (f"HELP ME WRITE A NOTE FOR {a.full} AT {ad.w} SAYING MOVE YOUR VAN OFF MY DRIVE!!! "
            f"BUT POLITE"), "upper"


# -- family, school, childcare, doctors (typos, Random Capitals)


def gp_prescription(c):
    a, d, ph = c.p("m"), c.dob("k"), c.ph()
    return (f"Can U Help Me Write To The Surgery, My Son {a.full} Born {d} Needs His Repeat "
            f"Prescripton For The Inhaler, Our Phone Is {ph}"), None


def dentist_cancel(c):
    a, d, ph = c.p("f"), c.dob("k"), c.ph()
    return (f"need to cancel my daughters dentist apointment on thurs, her name is {lo(a.full)} dob {d}, "
            f"our number {ph}. write a short email to the receptionist pls"), None


def school_absence(c):
    a, t = c.p("m"), c.p("f")
    return (f"write a absense note for school, my son {a.full} was sick yesterday with a temprature, "
            f"his teacher is Mrs {t.f}. keep it short"), None


def school_trip_form(c):
    a, ph, ad = c.p("f"), c.ph(), c.a()
    return (f"the school trip form asks for emergency contact. i put:\n{a.full} (grandma)\n{ph}\n{ad.w}\n"
            f"is that the rigth format or do they want it on one line"), None


def babysitter_list(c):
    k, b, x, ph = c.p(), c.p(), c.p(), c.ph()
    return (f"make this neater for the babysitter:\n- {k.g} bed at 7.30 NO ipad after 7\n"
            f"- if problem call me or {b.full} {ph}\n- neighbour {x.g} next door has spare key\n"
            f"- pizza money on the fridge"), None


def nanny_handover(c):
    k, b, ph = c.p(), c.p(), c.ph()
    return (f"Handover Notes For The New Nanny:\nKids: {k.g} (6) And {b.g} (3)\n"
            f"Pick Up {k.g} From School 3.15, Swimming Bag Is In The Hall\nDad's Mobile {ph}\n"
            f"Can You Make It Look Proffesional"), None


def xmas_cards(c):
    a, b, a1, a2 = c.p(), c.p(), c.a(), c.a()
    return (f"adresses for the xmas cards, pls check i wrote them right:\n{a.full}, {a1.w}\n"
            f"{b.full} & family, {a2.w}"), None


def wedding_invites(c):
    a, b, a1, a2 = c.p(), c.p(), c.a(), c.a()
    return (f"Wedding Invites Still To Post:\n1. {a.full} — {a1.w}\n2. Auntie {b.g}, {a2.w}\n"
            f"how much is postage abroad for a card"), None


def caps_landlord_deposit(c):
    a, t = c.p(), c.a()
    return (f"Is It Normal That Our Landlord {a.full} Wants 3 Months Deposit For A Flat In {t.town}?? "
            f"We Both Work Full Time"), None


def nursery_fees(c):
    a, t = c.p(), c.a()
    return (f"nursery manager {lo(a.full)} says fees go up 12% from september, we live in {t.town}, is "
            f"that normal or shuld we move our kid"), None


def birthday_nan(c):
    a, d = c.p("f"), c.dob("o")
    return (f"my nan {lo(a.full)} was born {d} how old is she turning this year and what do u get "
            f"someone that age lol"), None


def grandad_birthday(c):
    a, d = c.p("m"), c.dob("o")
    return (f"my grandad {lo(a.g)} has a big birthday soon, hes born {d}, what star sign is that and ideas "
            f"for a party at the pub 😂"), None


# -- second-language English


def l2_vermieter(c):
    a, ad = c.p("m"), c.a()
    return (f"Please help, my vermieter {a.full} not give back the kaution, I live in {ad.w} since "
            f"2019 and all is clean. How I write to him in correct english?"), None


def l2_senora(c):
    a, ph, ad = c.p("f"), c.ph(), c.a()
    return (f"the owner of my flat, la señora {a.f}, she say i must pay the painting of all walls when i "
            f"go out. her phone is {ph}, flat is {ad.w}. is this legal??"), None


def l2_invitation(c):
    a, d, ad, me = c.p("f"), c.dob("a"), c.a(), c.p()
    return (f"I need letter of invitation for my schwester {a.full}, born {d}. She will stay by "
            f"us 3 weeks in {ad.w}. I am {me.full}. Please write it formal for the embassy."), None


def l2_sponsor(c):
    a, d, ad, me, ph = c.p("m"), c.dob("a"), c.a(), c.p(), c.ph()
    return (f"for the visa of my brother {a.full} (birth {d}) the consulate want a sponsor letter. "
            f"me: {me.full}, living {ad.w}, tel {ph}. make the letter pls"), None


def l2_voisine(c):
    a, ad = c.p("f"), c.a()
    return (f"ma voisine {lo(a.full)} she make noise every night after 23h, she live over me, my adress "
            f"is {ad.w}. how i complain polite to the syndic?"), None


def l2_vicino(c):
    a, t = c.p("m"), c.a()
    return (f"il mio vicino {a.g} he park always the car before my garage in {t.town}, i speak to him "
            f"3 times already. what i can do, police?"), None


def l2_cv(c):
    a, ad, ph = c.p(), c.a(), c.ph()
    return (f"Make better my CV please:\nName: {a.full}\nAdress: {ad.w}\nTelefon: {ph}\nE-Mail: {a.em}\n"
            f"Experience: 5 year kitchen helper, 2 year cook"), None


def l2_job_email(c):
    boss, me, ph = c.p("m"), c.p(), c.ph()
    return (f"write email to mister {boss.f} from the restaurant for the job of waiter, my name is "
            f"{me.full}, my mail {me.em} and mobile {ph}. I can start from 1 june"), None


def l2_doctor(c):
    a, d = c.p("m"), c.dob("k")
    return (f"how i say to doctor in english: my son {a.g} have since 3 days fever 39 and cough, "
            f"his birthdate is {d}, we have appointment 10:40"), None


def l2_enrol(c):
    a, ad, d = c.p("f"), c.a(), c.dob("k")
    return (f"for enrol my daughter {a.full} in the school they ask adress and birthdate, is correct "
            f"like this?? {ad.w} / {d}"), None


def l2_church(c):
    a, ph = c.p("f"), c.ph()
    return (f"our church group, la hermana {a.full} organise the dinner of sunday, the contact of her "
            f"is {ph} or {a.em_o}. please make announce for the bulletin"), None


def l2_community(c):
    a, ph = c.p(), c.ph()
    return (f"in our community centre {a.g} teach turkish cooking on tuesdays, for register call {ph} "
            f"or mail {a.em}. can you make flyer text, short"), "lower"


# -- selling, couriers, trades, gig work, clubs, small shops


def sell_pram(c):
    a, ad = c.p(), c.a()
    return (f"buyer {a.full} wants the pram for 80 not 120 and says i must drop it at {ad.w}?? its "
            f"an hour away, what do i answer"), None


def sell_jacket(c):
    a, ph = c.p(), c.ph()
    return (f"someone called {a.full} keeps asking if the jacket is still avail and sent a number "
            f"{ph}, is that a scam or normal on vinted"), "lower"


def courier_leave_with(c):
    a, ad = c.p(), c.a(True)
    return (f"courier called and said he left it with {a.full} at {ad.s} tracking number is j d zero "
            f"one four five two two seven eight nine is that even my neighbour"), "lower"


def courier_note(c):
    a, ad = c.p(), c.a()
    return (f"write a note for the front door: parcels for {ad.w} pls leave with {a.g} downstairs, "
            f"NOT in the bin like last time!!"), None


def trade_plumber(c):
    a, ph, t = c.p("m"), c.ph(), c.a()
    return (f"plumber {a.full} quoted 450 for a new boiler valve, his number {ph}, is that a fair price "
            f"in {t.town}? feels a lot"), None


def trade_electrician(c):
    a, ph, t = c.p(), c.ph(), c.a()
    return (f"Electrician Called {a.full} From {t.town} Wants Cash Only For Rewiring The Kitchen, "
            f"Number {ph}. Red Flag Or Normal?"), None


def gig_cleaning(c):
    a, b, x, a1, ph, a3 = c.p(), c.p(), c.p(), c.a(), c.ph(), c.a()
    return (f"my cleaning clients this week, make a schedule pls:\nmon 9-12 {a.full}, {a1.w}\n"
            f"wed 2-4 {b.g} ({ph})\nfri 10-1 {x.full}, {a3.w}"), "lower"


def gig_dogwalk(c):
    a, b, x, ph, ph2 = c.p(), c.p(), c.p(), c.ph(), c.ph()
    return (f"dog walking clients, make a table: {a.g} - 2 dogs (rex + bonnie) - {ph}; {b.full} - 1 dog "
            f"- {b.em}; {x.full} - puppy, mornings only - {ph2}"), "lower"


def club_coach_off(c):
    a, b, ph = c.p(), c.p(), c.ph()
    return (f"U11 FOOTBALL: pls write msg to parents that coach {a.full} is off sick this week, {b.g} "
            f"takes training sat 9am, questions to {ph}"), None


def club_subs(c):
    a, b, x = c.p(), c.p(), c.p()
    return (f"netball club subs still not paid: {a.full}, {b.full}, {x.full}. write a reminder thats "
            f"friendly but firm, its £35 a term"), None


def shop_cake_order(c):
    a, ad, ph = c.p(), c.a(), c.ph()
    return (f"customer order to confirm by email: {a.full}, {ad.w}, {ph}, 1x chocolate birthday cake "
            f"'happy 40th {a.g}', delivery sat before 11"), None


def shop_regular(c):
    a, t = c.p("f"), c.a()
    return (f"regular customer {a.g} from {t.town} asked if we can order the gluten free bread every "
            f"week, email her at {a.em} with the price pls"), None


def _name(f):
    return f.__name__.replace("_", "-")


PERSONAL = {
    "personal_voice": [(voice_save_contact, voice_add_number), (voice_email_spelled, voice_email_reply),
                       (voice_delivery_address, voice_directions), (voice_form_dob, voice_passport),
                       (voice_reminder, voice_note), (voice_msg_coach, voice_msg_babysitter)],
    "personal_chat": [(wa_brackets, wa_at), (sms_new_number, sms_forwarded), (sms_party_address, sms_pickup),
                      (chat_email_plain, chat_email_obf), (chat_school_rota, chat_lift_club),
                      (caps_not_answering, caps_van)],
    "personal_home": [(gp_prescription, dentist_cancel), (school_absence, school_trip_form),
                      (babysitter_list, nanny_handover), (xmas_cards, wedding_invites),
                      (caps_landlord_deposit, nursery_fees), (birthday_nan, grandad_birthday)],
    "personal_second_language": [(l2_vermieter, l2_senora), (l2_invitation, l2_sponsor), (l2_voisine, l2_vicino),
                                 (l2_cv, l2_job_email), (l2_doctor, l2_enrol), (l2_church, l2_community)],
    "personal_trade": [(sell_pram, sell_jacket), (courier_leave_with, courier_note),
                       (trade_plumber, trade_electrician), (gig_cleaning, gig_dogwalk),
                       (club_coach_off, club_subs), (shop_cake_order, shop_regular)],
}


# ---------------------------------------------------------------- PII-free templates
# (template name, [two texts]) in twin pairs; written as typed, no recasing.

CLEAN = {
    "clean_voice": [
        (("voice-whos-older", ["whos older taylor swift or rihanna question mark",
                               "how old was napoleon when he became emperor full stop and how tall was he really"]),
         ("voice-how-tall", ["how tall is shaquille o neal in feet comma and is he taller than yao ming",
                             "what year did freddie mercury die and how old was he full stop"])),
        (("voice-timer", ["set a timer for twenty five minutes comma then remind me to take the bread out at four fifteen",
                          "convert three hundred and fifty grams of flour to cups please full stop"]),
         ("voice-maths", ["what is twelve percent of four thousand five hundred and sixty",
                          "how many miles is forty two point two kilometres new line and how long to run it at six minutes a kilometre"])),
        (("voice-song", ["play bohemian rhapsody by queen then something by adele",
                         "who sang dancing queen abba or boney m question mark"]),
         ("voice-film", ["is the new dune film on netflix yet question mark",
                         "what age rating is harry potter and the prisoner of azkaban comma my son is eight"])),
        (("voice-places", ["is lisbon cheaper than porto for a weekend comma we fly from manchester",
                           "whats the weather in san sebastian next week full stop"]),
         ("voice-travel", ["how far is krakow from auschwitz by bus",
                           "best time of year to visit the isle of skye comma what about midges question mark"])),
        (("voice-recipe", ["how do i make eggs benedict without a poacher full stop",
                           "recipe for beef wellington for six people new line step by step"]),
         ("voice-recipe-dessert", ["what goes in a proper caesar salad dressing comma anchovies or not",
                                   "how long to cook a pavlova at one hundred and twenty degrees"])),
        (("voice-tracking", ["where is my parcel tracking number is j d zero zero one four six two seven three nine one g b",
                             "order number is four four eight two nine one seven why hasnt it shipped yet"]),
         ("voice-flight", ["is flight b a two seven six from heathrow on time",
                           "my train is the eleven forty two from york to kings cross is it delayed question mark"])),
    ],
    "clean_chat": [
        (("chat-celeb-age", ["wait is rihanna older than taylor swift 😭",
                             "is beyonce older than jay z?? 😅"]),
         ("chat-celeb-gossip", ["did harry styles n zayn ever make up lol",
                                "omg is messi actually retiring or is that fake news"])),
        (("chat-apps", ["hw do i get my money back on venmo if i sent it to the wrong person",
                        "whatsapp keeps saying backup failed?? android 14 pls help"]),
         ("chat-apps-2", ["is duolingo premium worth it 4 spanish tbh",
                          "cant log in2 revolut after new phone, wat do i do"])),
        (("chat-template", ["write a bday msg for [name] from the whole office, funny but not rude",
                            "text template pls: hi <your name>, ur parcel is ready 4 collection at [shop]"]),
         ("chat-sample", ["whats the diff between john doe and jane doe on forms lol",
                          "make a fake example whatsapp convo between 'mum' and 'teen' about chores for my class"])),
        (("chat-score", ["arsenal 3-1 up at ht?? who scored",
                         "lakers won 118-112 last nite, was lebron playing"]),
         ("chat-games", ["best build in elden ring 4 a noob",
                         "is mario kart 8 or minecraft better 4 a 6yo bday"])),
        (("chat-brands", ["ikea or wayfair 4 a cheap sofa?? 🛋️",
                          "primark or h&m better 4 kids school uniform lol"]),
         ("chat-shops", ["is aldi cheaper than lidl now or same",
                         "btw does tesco still do the meal deal 4 £3.40 🤔"])),
        (("chat-caps", ["WHY DOES MY IPHONE KEEP RESTARTING AFTER THE UPDATE 😡",
                        "HOW DO I GET MY MONEY BACK FROM RYANAIR FLIGHT FR 8324 WAS CANCELLED"]),
         ("chat-caps-news", ["IS IT TRUE ELON MUSK BOUGHT TWITTER FOR 44 BILLION",
                             "WHO WON EUROVISION 2024 I MISSED IT"])),
    ],
    "clean_home": [
        (("home-lunchbox", ["Ideas For Kids Lunchbox That Isnt Just Sandwiches, One Is Vegetarian",
                            "quick dinner ideas with mince and pasta, 2 adults 3 kids, no mushrooms"]),
         ("home-party", ["Birthday Party For 8 Year Olds At Home, Games Ideas For 12 Kids Indoors",
                         "how much food for a kids party of 15, budget £60"])),
        (("home-homework", ["explain long division like im 9 pls my son dosent get it",
                            "what is a fronted adverbial, the homework says to use 3"]),
         ("home-homework-history", ["Year 6 SATs Revision Timetable For 4 Weeks Please",
                                    "my daughter has to write about a famous person from history, ideas? shes into space, maybe neil armstrong or mae jemison"])),
        (("home-health", ["toddler temprature 38.5 since this morning, when to call 111",
                          "is it ok to give calpol and nurofen same time to a 4 year old"]),
         ("home-health-2", ["How Long Is Chicken Pox Contagious For",
                            "best way to get rid of headlice, we tried hedrin twice"])),
        (("home-template", ["write a absence note template for school with gaps for [child name] and [date]",
                            "Template For A Letter To The Landlord About Mould, Leave <Landlord Name> And <Address> Blank"]),
         ("home-sample", ["give me a chore chart template for 3 kids, use Child 1, Child 2, Child 3",
                          "write a sample complaint email to the council about bins, sign it from 'a resident'"])),
        (("home-trivia", ["who was queen victorias husband, my kid has a quiz",
                          "how many wifes did henry viii have and what happend to them"]),
         ("home-trivia-2", ["Was Cleopatra Egyptian Or Greek, My Son Says Greek",
                            "did einstein really fail maths at school or is that a myth"])),
        (("home-bills", ["our electric bill went from £142 to £198 a month, is that normal for a 3 bed",
                         "how much should a family of 4 spend on food a week in the uk"]),
         ("home-bills-2", ["Council Tax Band C Vs D Difference Roughly",
                           "is 0.9 kWh a day a lot for a fridge freezer"])),
    ],
    "clean_second_language": [
        (("l2-grammar", ["what is difference between 'since' and 'for', in german we say seit for both",
                         "how i say 'bon appétit' in english, is there word?"]),
         ("l2-grammar-2", ["why in english 'the police are' and not 'the police is'?",
                           "in spanish we say 'tengo 30 años', in english is 'i have 30 years' wrong?"])),
        (("l2-cities", ["is better to live in lisbon or in porto for work in IT, the salary is same?",
                        "which city is more cheap for student, kraków or wrocław"]),
         ("l2-cities-2", ["for a weekend with kids is better barcelona or valencia, we come from lyon",
                          "how is the weather in dublin in november, much rain?"])),
        (("l2-paperwork", ["what means 'proof of address' for open bank account in UK, i have only my contract of work",
                           "for the blue card in germany how much must be the salary in 2025"]),
         ("l2-paperwork-2", ["what is the difference between visa and residence permit, the man at the office explain me but i not understand",
                             "how long take the apostille for a birth certificate from italy"])),
        (("l2-famous", ["who is more old, shakira or jennifer lopez? my schwester say shakira",
                        "is true that cristiano ronaldo have a hotel in madeira?"]),
         ("l2-famous-2", ["which books of gabriel garcía márquez i must read first, in english translation",
                          "the song of stromae 'papaoutai' what it means in english"])),
        (("l2-food", ["what is eggs benedict, in my country we not have, is with ham?",
                      "how make the carbonara like romans, without cream please"]),
         ("l2-food-2", ["why is called caesar salad, is from julius caesar?",
                        "the beef stroganoff is russian or french, my colleague say french"])),
        (("l2-job", ["write cover letter for job of kitchen porter, put [my name] and [restaurant] i fill after",
                     "how write email to ask for holiday to my chef, the template with [Name]"]),
         ("l2-job-2", ["how i explain in interview that i worked 3 year in family business, they ask 'tell me about yourself'",
                       "what means 'minimum 2 years right to work', i have settled status"])),
    ],
    "clean_trade": [
        (("trade-selling", ["how much to sell a used bugaboo fox 2 for on facebook marketplace, good condition",
                            "whats a fair price for an iphone 12 64gb cracked back"]),
         ("trade-selling-2", ["write a vinted listing for a zara coat size M worn twice, asking £25",
                              "is it safe to accept paypal friends and family from a buyer"])),
        (("trade-tracking", ["evri tracking says 'delivered to safe place' but nothing here, tracking H00A8C0012345678 what now",
                             "amazon order 204-7731920-4488231 says delivered, its not, what do i do"]),
         ("trade-tracking-2", ["royal mail tracking number is TT 0482 9916 3GB and its been stuck in the hub 6 days",
                               "dpd says parcel 15501234567890 delayed, can i collect it from the depot"])),
        (("trade-quote", ["Is £4,500 A Fair Price For A New Combi Boiler Fitted, Worcester Bosch 30kW",
                          "how much should a plasterer charge per day in 2025 roughly"]),
         ("trade-quote-2", ["electrician wants £320 for a new consumer unit, is that too cheap??",
                            "How Long Should It Take To Tile A Small Bathroom, 6 Square Metres"])),
        (("trade-gig", ["uber eats or deliveroo better money on a bike in a small city",
                        "do i need to do a tax return if i earn £1,200 on etsy"]),
         ("trade-gig-2", ["how many hours a week can you do on just eat as a student visa",
                          "is taskrabbit worth it for ikea furniture assembly jobs"])),
        (("trade-club", ["write a poster for our football club car boot sale, sat 14th 8am, £10 a pitch",
                         "ideas to raise £2000 for new kit for an under 9s rugby team"]),
         ("trade-club-2", ["Raffle Ticket Wording For A Church Christmas Fair, Prizes Donated By Local Shops",
                           "how to run a quiz night for 60 people, 8 rounds, £5 entry"])),
        (("trade-caps", ["HOW MUCH DOES A 7.5 TONNE VAN LICENCE COST IN THE UK",
                         "MY DEPOP SALE SAYS PAYMENT PENDING FOR 3 DAYS IS THIS NORMAL"]),
         ("trade-caps-2", ["DOES SHOPIFY OR SQUARESPACE TAKE LESS FEES FOR A SMALL CANDLE SHOP",
                           "WHAT SIZE BOX FOR A 32 INCH TV WITH EVRI"])),
    ],
}


# ---------------------------------------------------------------- build


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def assign(cls, a, b):
    """The twin with the smaller sha256 of stranger9/<class>/<template> goes to holdout."""
    ha, hb = sha(f"stranger9/{cls}/{a}"), sha(f"stranger9/{cls}/{b}")
    return {"holdout": a, "tune": b} if ha < hb else {"holdout": b, "tune": a}


def build():
    rows = {"tune": [], "holdout": []}
    usage = {sp: Counter() for sp in rows}
    rngs = {sp: random.Random(f"{SEED}-{sp}") for sp in rows}
    order = list(PERSONAL) + list(CLEAN)
    for cls in order:
        if cls in PERSONAL:
            for fa, fb in PERSONAL[cls]:
                byname = {_name(fa): fa, _name(fb): fb}
                for sp, tname in assign(cls, _name(fa), _name(fb)).items():
                    for n in range(2):
                        marked, case = byname[tname](Ctx(sp, rngs[sp], usage[sp]))
                        text, spans = unmark(marked, case)
                        rows[sp].append(row(cls, tname, n, text, spans))
        else:
            for (na, ta), (nb, tb) in CLEAN[cls]:
                bytexts = {na: ta, nb: tb}
                for sp, tname in assign(cls, na, nb).items():
                    assert len(bytexts[tname]) == 2
                    for n, text in enumerate(bytexts[tname]):
                        rows[sp].append(row(cls, tname, n, text, []))
    for sp in rows:
        rows[sp].sort(key=lambda r: (order.index(r["class"]), r["template"], r["id"]))
        check(rows[sp], sp)
        for kind, n in (("person", len(PEOPLE[sp])), ("addr", len(ADDRESSES[sp])),
                        ("phone", len(PHONES[sp])), ("dob", len(DOBS[sp]))):
            unused = [k for k in range(n) if usage[sp][(kind, k)] == 0]
            assert not unused, (sp, kind, unused)
    disjoint(rows)
    return rows


def row(cls, tname, n, text, spans):
    return {"id": f"stranger9-{cls}-{tname}-{n}", "text": text, "spans": spans, "source": SOURCE,
            "class": cls, "template": tname, "locale": ""}


def check(rows, sp):
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["text"]
        ids.add(r["id"])
        texts.add(r["text"])
        end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, s
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= end, (r["id"], s)
            end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
            assert "⟦" not in r["text"]
        else:
            assert r["spans"], r["id"]
    assert len(rows) == 120, (sp, len(rows))


def name_tokens(sp):
    out = set()
    for g, f, *rest in PEOPLE[sp]:
        for t in re.split(r"[\s\-']+", f"{g} {f} {rest[-1]}".lower()):
            if len(t) >= 3:
                out.add(t)
    return out


def disjoint(rows):
    tmpl = {sp: {r["template"] for r in rows[sp]} for sp in rows}
    assert not tmpl["tune"] & tmpl["holdout"]
    vals = {sp: {s["value"].lower() for r in rows[sp] for s in r["spans"]} for sp in rows}
    assert not vals["tune"] & vals["holdout"], vals["tune"] & vals["holdout"]
    assert not name_tokens("tune") & name_tokens("holdout"), name_tokens("tune") & name_tokens("holdout")
    towns = {sp: {t[0].lower() for t in ADDRESSES[sp]} for sp in rows}
    assert not towns["tune"] & towns["holdout"]
    digits = {sp: {re.sub(r"\D", "", p) for p in PHONES[sp]} for sp in rows}
    assert not digits["tune"] & digits["holdout"]
    cultures = {sp: {t[3] for t in PEOPLE[sp]} for sp in rows}
    assert len(cultures["tune"] | cultures["holdout"]) >= 40


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows = build()
    out = {sp: dump(rows[sp]) for sp in ("tune", "holdout")}
    if "--check" in sys.argv[1:]:
        bad = 0
        for sp, s in out.items():
            p = HERE / f"{sp}.jsonl"
            if p.exists() and p.read_text(encoding="utf-8") == s:
                print(f"{p.name}: unchanged")
            else:
                print(f"{p.name}: differs from a fresh build")
                bad = 1
        sys.exit(bad)
    for sp, s in out.items():
        (HERE / f"{sp}.jsonl").write_text(s, encoding="utf-8")
    for sp in ("tune", "holdout"):
        rs = rows[sp]
        print(f"== {sp}: {len(rs)} rows")
        per = Counter(r["class"] for r in rs)
        tm = Counter()
        for r in rs:
            tm[r["class"]] += 0
        tset = {}
        for r in rs:
            tset.setdefault(r["class"], set()).add(r["template"])
        for cls in per:
            print(f"  {cls:28s} rows {per[cls]:3d} templates {len(tset[cls])}")
        types = Counter(s["type"] for r in rs for s in r["spans"])
        print("  spans:", ", ".join(f"{t} {types[t]}" for t in sorted(types)))
        low = sum(1 for r in rs if r["text"] == r["text"].lower() and r["text"] != r["text"].upper())
        up = sum(1 for r in rs if r["text"] == r["text"].upper() and r["text"] != r["text"].lower())
        lines = max(r["text"].count("\n") + 1 for r in rs)
        longest = max(len(r["text"]) for r in rs)
        emails = {s["value"] for r in rs for s in r["spans"] if s["type"] == "EMAIL_ADDRESS"}
        print(f"  lower-case rows {low}, CAPITALS rows {up}, max lines {lines}, longest {longest} chars, "
              f"distinct e-mails {len(emails)}")
        print(f"  sha256 {hashlib.sha256(out[sp].encode('utf-8')).hexdigest()}  {sp}.jsonl")


if __name__ == "__main__":
    main()
