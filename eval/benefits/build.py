"""Hand-written check set `benefits`: government and public services.

Prompts that welfare and benefits offices, pension and social-security funds, tax offices and tax
helpers, immigration and residence offices, vehicle licensing, municipal registries, job centres,
housing-benefit teams, disability assessors, citizens' advice volunteers and consulates send to an
AI assistant, and prompts from the citizens and claimants who write to them.

Every private value below (names, streets, postcodes, phones, dates of birth, ID numbers, IBANs,
card numbers, IP addresses) was typed by hand. Check digits were worked out once in a scratch
session and typed in as literals; `check()` verifies them again with the validators at the end of
this file. E-mail local parts are built in code from the hand-typed names.

    python build.py           # writes holdout.jsonl and prints counts and the sha256
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

SEED = 5502
SET = "benefits"
OUT = Path(__file__).with_name("holdout.jsonl")
SOURCE = "eval/benefits/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "no": "Norwegian",
    "da": "Danish", "fi": "Finnish", "tr": "Turkish", "ar": "Arabic", "ru": "Russian",
    "uk": "Ukrainian", "el": "Greek", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "hinglish": "Hinglish", "th": "Thai", "vi": "Vietnamese",
    "ro": "Romanian", "cs": "Czech", "hu": "Hungarian", "tl": "Tagalog/Taglish", "id": "Indonesian",
}


# ---------------------------------------------------------------------------------------------
# markers


def M(kind: str, value: str) -> str:
    assert kind in TYPES, kind
    return f"⟦{kind}|{value}⟧"


def PER(v: str) -> str:
    return M("PERSON", v)


def LOC(v: str) -> str:
    return M("LOCATION", v)


def PHN(v: str) -> str:
    return M("PHONE_NUMBER", v)


def EML(v: str) -> str:
    return M("EMAIL_ADDRESS", v)


def NID(v: str) -> str:
    return M("NATIONAL_ID", v)


def SSN(v: str) -> str:
    return M("US_SSN", v)


def IBAN(v: str) -> str:
    return M("IBAN_CODE", v)


def CARD(v: str) -> str:
    return M("CREDIT_CARD", v)


def MRN(v: str) -> str:
    return M("MEDICAL_RECORD_NUMBER", v)


def IP(v: str) -> str:
    return M("IP_ADDRESS", v)


def BORN(v: str) -> str:
    return M("DATE_OF_BIRTH", v)


def braces(s: str) -> str:
    """Address shorthand: `{...}` and `[...]` (the town) become LOCATION markers."""
    return re.sub(r"[{\[]([^{}\[\]]+)[}\]]", lambda m: LOC(m.group(1)), s)


def plain(marked: str) -> str:
    """The text of a marked string without its markers (for e-mail bodies, lengths)."""
    return MARK.sub(lambda m: m.group(2), marked)


def unmark(marked: str, case: str = "") -> tuple[str, list[dict]]:
    """Turn `⟦TYPE|value⟧` markers into text and spans; case each piece on its own."""
    fn = {"": lambda s: s, "lower": str.lower, "upper": str.upper}[case]
    parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = fn(marked[pos:m.start()])
        parts.append(before)
        length += len(before)
        value = fn(m.group(2))
        spans.append({"start": length, "end": length + len(value), "type": m.group(1), "value": value})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(fn(marked[pos:]))
    text = "".join(parts)
    assert "⟦" not in text and "⟧" not in text, marked[:80]
    return text, spans


# ---------------------------------------------------------------------------------------------
# people

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


def month_name(lang: str, m: int) -> str:
    return MONTHS[lang].split()[m - 1]


FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                      "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "'": "", "’": ""})


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -")).strip()


class Person:
    """One hand-typed private person. `order` is "gf" (given first), "fg" (family first, spaced)
    or "fg0" (family first, no space: Chinese and Japanese in their own script)."""

    def __init__(self, pool: str, spec: str):
        fields = spec.split("|")
        names, self.sex, self.tag = fields[0], fields[1], fields[2]
        self.order = "gf"
        self.extra: dict[str, str] = {}
        for f in fields[3:]:
            if f in ("fg", "fg0"):
                self.order = f
            else:
                k, _, v = f.partition("=")
                self.extra[k] = v
        self.given, _, self.family = names.partition("/")
        self.pool = pool
        dob = self.extra.get("dob")
        self.dob = tuple(int(x) for x in dob.split("-")) if dob else None

    # plain strings
    @property
    def full(self) -> str:
        if self.order == "fg0":
            return self.family + self.given
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def western(self) -> str:
        """Given name first even for surname-first cultures (as on some foreign forms)."""
        return f"{self.given} {self.family}"

    @property
    def patr(self) -> str:
        return self.extra["patr"]

    def has(self, key: str) -> bool:
        return key == "dob" and self.dob is not None or key in self.extra

    def id(self, key: str) -> str:
        return self.extra[key]

    # marked strings
    @property
    def n(self) -> str:
        return PER(self.full)

    @property
    def g(self) -> str:
        return PER(self.extra.get("call", self.given))

    @property
    def f(self) -> str:
        return PER(self.family)

    @property
    def up(self) -> str:
        return PER(self.full.upper())

    @property
    def official(self) -> str:
        """Russian/Ukrainian official order: Family Given Patronymic."""
        return PER(f"{self.family} {self.given} {self.patr}")

    @property
    def gp(self) -> str:
        return PER(f"{self.given} {self.patr}")

    @property
    def mobile(self) -> str:
        return PHN(self.extra["tel"])

    def nid(self, key: str) -> str:
        kind = {"ssn": "US_SSN", "iban": "IBAN_CODE", "card": "CREDIT_CARD", "mrn": "MEDICAL_RECORD_NUMBER"}
        return M(kind.get(key, "NATIONAL_ID"), self.extra[key])

    def romanized(self) -> tuple[str, str]:
        if "rom" in self.extra:
            g, _, f = self.extra["rom"].partition("/")
            return g, f
        return self.given, self.family

    def mail(self, domain: str, style: str = "g.f", num: str = "") -> str:
        g, f = (ascii_fold(x).lower().replace(" ", "") for x in self.romanized())
        local = {
            "g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}",
            "g1f": f"{g[0]}{f}", "g1.f": f"{g[0]}.{f}", "fg1": f"{f}{g[0]}", "g": g, "f.g1": f"{f}.{g[0]}",
        }[style]
        return EML(f"{local}{num}@{domain}")

    def bd(self, style: str) -> str:
        """The date of birth, marked, in a writer's style."""
        y, m, d = self.dob
        s = {
            "dmy/": f"{d:02d}/{m:02d}/{y}", "dmy.": f"{d:02d}.{m:02d}.{y}", "dmy-": f"{d:02d}-{m:02d}-{y}",
            "ymd-": f"{y}-{m:02d}-{d:02d}", "mdy/": f"{m:02d}/{d:02d}/{y}", "d.m.y": f"{d}.{m}.{y}",
            "ymd.": f"{y}.{m:02d}.{d:02d}.", "ymd/": f"{y}/{m:02d}/{d:02d}",
            "en": f"{d} {month_name('en', m)} {y}", "us": f"{month_name('en', m)} {d}, {y}",
            "en3": f"{d} {month_name('en', m)[:3]} {y}",
            "de": f"{d}. {month_name('de', m)} {y}", "fr": f"{d} {month_name('fr', m)} {y}",
            "es": f"{d} de {month_name('es', m)} de {y}", "pt": f"{d} de {month_name('pt', m)} de {y}",
            "it": f"{d} {month_name('it', m)} {y}", "nl": f"{d} {month_name('nl', m)} {y}",
            "pl": f"{d} {month_name('pl', m)} {y}", "sv": f"{d} {month_name('sv', m)} {y}",
            "ro": f"{d} {month_name('ro', m)} {y}", "tr": f"{d} {month_name('tr', m)} {y}",
            "id": f"{d} {month_name('id', m)} {y}", "el": f"{d} {month_name('el', m)} {y}",
            "ru": f"{d} {month_name('ru', m)} {y} г.", "cjk": f"{y}年{m}月{d}日",
            "ko": f"{y}년 {m}월 {d}일", "th": f"{d} {month_name('th', m)} {y + 543}",
            "hu": f"{y}. {m:02d}. {d:02d}.",
        }[style]
        return BORN(s)


# ---------------------------------------------------------------------------------------------
# addresses


class Address:
    """A home address typed in its country's layout. In `text`, `{...}` is a LOCATION span and
    `[...]` the town (also a LOCATION span); lines are separated by newlines."""

    def __init__(self, cc: str, text: str, tel: str = ""):
        self.cc = cc
        self.raw = text
        self.tel = tel
        town = re.search(r"\[([^\]]+)\]", text)
        assert town, text
        self.town_plain = town.group(1)

    @property
    def block(self) -> str:
        return braces(self.raw)

    @property
    def inline(self) -> str:
        return braces(self.raw.replace("\n", {"ja": " ", "zh": " ", "ar": "، "}.get(self.cc, ", ")))

    def flat(self, sep: str) -> str:
        return braces(self.raw.replace("\n", sep))

    @property
    def lines(self) -> list[str]:
        return [braces(x) for x in self.raw.split("\n")]

    @property
    def town(self) -> str:
        return LOC(self.town_plain)

    @property
    def phone(self) -> str:
        return PHN(self.tel)


# ---------------------------------------------------------------------------------------------
# people: `given/family|sex|culture|key=value...`; `fg`/`fg0` mark surname-first names.
# ID numbers, IBANs and card numbers belong to the person they are typed beside.

PEOPLE_SPEC = {
    "uk": """
Bethan/Pryce|f|Welsh|dob=1986-03-14|nino=JR 58 21 74 C
Callum/MacAskill|m|Scottish|dob=1995-02-11|nino=TM 80 53 21 A
Siobhan/Kearney|f|Northern Irish|dob=1972-08-30|nino=BX 36 71 44 D
Tariq/Mahmood|m|Pakistani British|dob=1979-11-02|nino=NP 73 40 19 B|iban=GB19 LOYD 3096 3401 8273 64
Adaeze/Okafor|f|Igbo British|dob=1991-06-27|nino=SK 21 86 53 A
Kwabena/Asante|m|Akan British|dob=1969-04-18
Grace/Whitmore|f|English|dob=1948-12-03|nino=GW 28 40 73 B|nhs=401 223 7950
Dale/Hibbert|m|English|dob=1968-09-08|nino=WL 36 92 07 D
Shirley/Fenwick|f|Northumbrian|dob=1957-01-19|nino=YE 18 47 62 A
Rhys/Bevan|m|Welsh|dob=1990-10-22
Shahana/Begum|f|Bangladeshi British|dob=1983-04-30|nino=PC 64 03 85 B
Winston/Clarke|m|Jamaican British|dob=1961-12-05|nino=HZ 47 19 30 C
Hope/Ashworth|f|English|dob=1999-05-09
Robin/Fairweather|m|Scottish|dob=1954-07-26|nino=RK 62 08 19 A|nhs=452 881 0638
Mandeep/Kaur Sohal|f|Punjabi Sikh|dob=1976-02-25|nino=NE 62 81 40 D
Ewa/Zielińska|f|Polish|dob=1988-08-23|nino=SZ 44 71 09 D|iban=GB77 BARC 2032 1453 8271 06
Eilidh/Morrison|f|Scottish Gaelic|dob=1993-03-17
Nnamdi/Eze|m|Igbo|dob=1985-01-12
Abdirahman/Warsame|m|Somali|dob=1990-05-17|nino=PW 12 38 74 B
Florin/Dumitrescu|m|Romanian|dob=1984-10-29|nino=SX 91 26 48 C
Ivy/Thornton|f|English|dob=1939-06-14|nhs=613 047 2897
Barry/Lomax|m|Lancashire|dob=1963-02-27|card=4659 0173 8256 1280
Chris/Evans|m|Welsh|dob=1974-07-03|nino=JC 05 67 39 A
Aisha/Bello|f|Hausa|dob=1997-09-04
Dorothy/Hale|f|English|dob=1944-11-11|nhs=485 021 9373
Gareth/Pugh|m|Welsh|dob=1966-03-01
Blessing/Mavhunga|f|Shona|dob=1989-12-19
Arjun/Nair|m|Malayali|dob=1981-07-07
Jason/Pike|m|English|dob=1977-04-15|iban=GB11 NAIA 0701 1642 8190 37
Joy/Adeyemi|f|Yoruba British|dob=1958-10-06|nino=JA 73 26 51 D
Stuart/Liddell|m|Scottish|dob=1971-05-30
Pauline/Rigby|f|English|dob=1952-08-08|nino=PR 51 09 38 C
Imran/Chaudhry|m|Pakistani British|dob=1994-12-24
""",
    "us": """
Tamika/Reynolds|f|African American|dob=1982-08-14|ssn=431-72-5598
DeShawn/Whitfield|m|African American|dob=1996-02-03
Rosa/Villalobos|f|Mexican American|dob=1969-12-01|ssn=527-18-3340
Luis/Camacho Ortega|m|Puerto Rican|dob=1988-06-19
Thanh/Pham|m|Vietnamese American|dob=1975-11-30
Pa Nhia/Vang|f|Hmong American|dob=1987-04-04|ssn=474-91-2063
Walter/Kowalczyk|m|Polish American|dob=1958-10-30|ssn=329-40-7716
Brenda/Holloway|f|Appalachian|dob=1965-07-21
Earl/Wilkins|m|Southern US|dob=1954-03-22|ssn=252-49-1187|card=5115 6312 0487 3395
Cheyenne/Begay|f|Diné|dob=1992-09-15
Mei-Ling/Chou|f|Taiwanese American|dob=1979-01-08
Hodan/Farah|f|Somali American|dob=1991-05-26
Robert/Johnson|m|African American|dob=1961-06-09|ssn=425-63-0917
Kimberly/Osei|f|Ghanaian American|dob=1993-01-26|ssn=146-85-3302
Kalani/Kahananui|m|Native Hawaiian|dob=1983-12-12
Sergio/Benavides|m|Tejano|dob=1971-04-02
Priya/Raghunathan|f|Tamil American|dob=1990-08-11
Joanne/McAllister|f|Irish American|dob=1960-02-14
Dwayne/Mercer|m|US|dob=1985-03-03
""",
    "ca": """
Josée/Gagnon|f|Québécois|dob=1974-05-28|sin=274 618 396
Harpreet/Dhillon|f|Punjabi Canadian|dob=1986-10-09|sin=718 530 926
Jordan/Paul|m|Mi'kmaq|dob=1998-07-01|sin=139 028 468
""",
    "au": """
Bronwyn/Kettle|f|Australian|dob=1956-09-09|tfn=459 173 066
Jarrah/Walker|m|Aboriginal Australian|dob=2001-03-21|tfn=382 614 909
Stavros/Kalogeropoulos|m|Greek Australian|dob=1949-11-02|tfn=527 081 632
Mere/Te Kani|f|Māori|dob=1968-06-06
Sione/Fifita|m|Tongan|dob=1990-02-15
""",
    "ie": """
Aoife/Ní Chonaill|f|Irish|dob=1989-04-12|pps=4817263W|iban=IE26 AIBK 9361 2448 1273 95
Pádraig/Ó Súilleabháin|m|Irish|dob=1958-01-23|pps=6039182E
Maureen/O'Driscoll|f|Irish|dob=1947-09-16|pps=1592837A|iban=IE39 BOFI 9000 1773 8291 04
Tadhg/Cronin|m|Irish|dob=1992-12-02|pps=8273645FA
""",
    "af": """
Oluwaseun/Adebayo|m|Yoruba|dob=1987-03-29|nin=41827093615
Chiamaka/Nwosu|f|Igbo|dob=1994-10-17|nin=70391528846
Hauwa/Abdullahi|f|Hausa|dob=1979-06-01
Wanjiru/Kamau|f|Kikuyu|dob=1983-07-14|kid=28473916
Kevin/Otieno|m|Luo|dob=1990-11-08|kid=31829405
Chebet/Kiprono|f|Kalenjin|dob=1975-02-20
Thandiwe/Dlamini|f|Zulu|dob=1984-06-16|zaid=8406160391083
Lwazi/Ndlovu|m|Ndebele|dob=1992-03-02|zaid=9203025827081
Anneke/van Wyk|f|Afrikaans|dob=1971-11-25|zaid=7111250146089
Akosua/Mensah|f|Akan|dob=1962-05-05
Yaw/Boateng|m|Akan|dob=1970-08-19
Nyokabi/Wambui|f|Kikuyu|dob=1951-03-12|kid=04718236
Adeola/Ogunleye|f|Yoruba|dob=1954-09-30|nin=26031947582
""",
    "de": """
Sabine/Krämer|f|German|dob=1982-07-19|idnr=47 039 185 243|iban=DE80 3825 0110 0003 4178 26
Thomas/Müller|m|German|dob=1971-04-06|idnr=62940813656
Jürgen/Oberhuber|m|Bavarian|dob=1958-12-10
Dagmar/Vogt|f|German|dob=1964-03-25
Emre/Aydın|m|Turkish German|dob=1988-01-31|idnr=58 127 039 456|iban=DE61 7655 0000 0760 2319 45
Elif/Demirtaş|f|Turkish German|dob=1993-09-13
Rasha/Al-Hamwi|f|Syrian|dob=1985-05-02|idnr=31482609727
Ahmad/Khalaf|m|Syrian|dob=1981-10-10
Katarzyna/Pawlak|f|Polish German|dob=1977-06-28
Viktor/Schäfer|m|Russian German|dob=1960-02-09|idnr=83506194703
Olena/Kravchenko|f|Ukrainian|dob=1987-11-24|idnr=29 641 730 836|iban=DE56 1203 0000 1029 3847 56
Lukas/Brandt|m|German|dob=1999-08-17
Gisela/Wolf|f|German|dob=1946-04-30
Moritz/Hahn|m|German|dob=1990-12-01
Hannelore/Fischer|f|German|dob=1941-01-15|idnr=71025948356|iban=DE09 1001 0010 0921 8374 65
Clara/von Oertzen|f|German|dob=1995-06-05
Nilüfer/Kaya|f|Turkish German|dob=1969-07-22|idnr=95273406128
Rojda/Ekinci|f|Kurdish|dob=1996-03-03
Yonas/Tesfamariam|m|Tigrinya|dob=1994-01-01
Farid/Ahmadzai|m|Pashto|dob=1998-01-01
Florian/Gruber|m|Austrian|dob=1983-05-19|vnr=3722 190583|iban=AT42 2081 5000 1278 4562
Theresia/Pichler|f|Austrian|dob=1950-10-03
Reto/Caduff|m|Romansh|dob=1979-02-14|ahv=756.4182.9305.77|iban=CH75 0076 3000 0128 3954 7
""",
    "de_kids": """
Jonas/Krämer|m|German|dob=2016-08-03|idnr=53 179 462 818
Mia/Krämer|f|German|dob=2019-02-17|idnr=18 462 937 087
Defne/Aydın|f|Turkish German|dob=2021-11-09|idnr=69 358 217 067
Sofiia/Kravchenko|f|Ukrainian|dob=2013-05-22|idnr=40 793 128 548
Maksym/Kravchenko|m|Ukrainian|dob=2017-10-01|idnr=82 614 057 321
""",
    "fr": """
Sandrine/Lefort|f|French|dob=1978-05-11|nir=2 78 05 19 031 146 01|iban=FR76 3000 4008 2300 0102 4563 207
Pierre/Richard|m|Breton|dob=1962-11-03|nir=1 62 11 29 232 087 25
Yannick/Le Bihan|m|Breton|dob=1984-02-26
Fatima-Zahra/Benali|f|Moroccan French|dob=1987-02-14|nir=2 87 02 99 350 213 34|iban=FR14 2004 1010 0505 0001 3M02 606
Karim/Haddad|m|Algerian French|dob=1976-08-05
Aminata/Diallo|f|Fula|dob=1990-12-30
Mamadou/Ndiaye|m|Wolof|dob=1975-09-18|nir=175099934105845
Thi-Lan/Nguyen|f|Vietnamese French|dob=1968-04-01
Josiane/Dumoulin|f|Alsatian|dob=1949-07-27|nir=2 49 07 68 066 312 79
Mathis/Garnier|m|French|dob=2002-04-08|nir=1 02 04 35 238 521 40
Rose/Marchand|f|French|dob=1993-12-19|nir=293124604206450
Jean-Baptiste/Ngoma|m|Congolese|dob=1981-03-07|nir=1 81 03 99 312 117 78|iban=FR76 1027 8360 2000 0205 6780 101
Béatrice/Delacroix|f|French|dob=1966-10-21|nir=2 66 10 75 114 389 13
Idir/Amokrane|m|Kabyle|dob=1959-06-12
Océane/Marty|f|Occitan|dob=1997-01-29
Wouter/Van Damme|m|Flemish|dob=1977-04-18|nn=77.04.18-217.15|iban=BE23 0634 1278 9191
Marie-Christine/Lambert|f|Walloon|dob=1963-09-02|nn=63.09.02-084.78|iban=BE89 0016 5382 9485
Loïc/Favre|m|Swiss French|dob=1991-09-22|ahv=756.9302.7184.62
""",
    "es": """
Ana Belén/Ortega Ruiz|f|Castilian|dob=1979-03-15|dni=48327195D|iban=ES91 2100 0418 4502 0005 1332
Iker/Etxeberria|m|Basque|dob=1986-07-02|dni=72519384Q
Montserrat/Puig Soler|f|Catalan|dob=1962-10-24|dni=38915627-H
Remedios/Carmona Heredia|f|Andalusian Gitana|dob=1970-05-19|dni=75938216J|iban=ES26 0049 6712 3027 1604 9385
Consuelo/Paz Mendoza|f|Spanish|dob=1951-01-06|dni=23.864.059-H
Xoán/Piñeiro|m|Galician|dob=1990-09-09|dni=33291847Z
Luz Marina/Cárdenas|f|Colombian|dob=1983-11-27|nie=Y4829175V|iban=ES22 0182 5322 2102 0150 4783
Wilson/Quispe Huamán|m|Peruvian Quechua|dob=1977-02-18|nie=X-8316042-R
Rachid/El Idrissi|m|Moroccan|dob=1974-06-30|nie=X3927541S
Ionela/Stan|f|Romanian|dob=1992-08-14|nie=Y6103827D
Jesús/Navarro Gil|m|Aragonese|dob=1968-12-25
Yesenia/Mosquera|f|Afro-Colombian|dob=1995-04-11
""",
    "latam": """
Guadalupe/Hernández Cruz|f|Mexican|dob=1978-12-12|curp=HECG781212MOCRRD06
Tonatiuh/Martínez Olvera|m|Nahua Mexican|dob=1990-05-06|curp=MAOT900506HDFRLN09
Itzel/Cruz Santiago|f|Zapotec|dob=1999-10-31
Facundo/Iriarte|m|Argentine|dob=1988-02-02|cuil=20-33518207-4
Javiera/Soto Muñoz|f|Chilean|dob=1990-03-14|rut=17.843.216-8
""",
    "br": """
Francisca/das Chagas Silva|f|Nordestina|dob=1971-09-03|cpf=418.273.096-87
Raimundo Nonato/Pereira|m|Cearense|dob=1952-08-31|cpf=072.915.384-32
Thaís/Nascimento|f|Carioca|dob=1996-06-16|cpf=365.840.172-90
Cleiton/Rodrigues Lima|m|Mineiro|dob=1985-01-19|cpf=52913746080
Keila/Guajajara|f|Guajajara|dob=1993-04-19|cpf=803.164.925-15
Tadashi/Nakamura|m|Japanese Brazilian|dob=1947-10-10|cpf=241.659.703-52
Luana/Borges|f|Gaúcha|dob=2000-11-05
Josué/Batista dos Santos|m|Baiano|dob=1980-07-07
""",
    "pt": """
Maria de Fátima/Gonçalves|f|Portuguese|dob=1956-05-13|ptnif=218 740 352|iban=PT50 0035 0697 0001 2345 6784 1
Rui/Mendonça|m|Portuguese|dob=1974-02-22|ptnif=164029575
Ivandro/Tavares|m|Cape Verdean|dob=1989-12-08|ptnif=273 819 640|iban=PT50 0007 0000 5629 1847 3011 9
Adelaide/Costa Pires|f|Portuguese|dob=1943-03-30|ptnif=190538260
""",
    "it": """
Annunziata/Esposito|f|Neapolitan|dob=1958-03-21|cf=SPSNNZ58C61F839V
Salvatore/Lo Cascio|m|Sicilian|dob=1971-09-04|cf=LCSSVT71P04G273Q
Giulia/Ferraresi|f|Emilian|dob=1990-12-15|cf=FRRGLI90T55A944N
Alessandro/Conte|m|Apulian|dob=1984-06-30|cf=CNTLSN84H30A662I|iban=IT76 W030 6909 6061 0000 0123 456
Alina/Munteanu|f|Romanian|dob=1986-02-08|cf=MNTLNA86B48Z129Q|iban=IT51W0760103400001029384756
Youssef/Bennani|m|Moroccan|dob=1979-07-19|cf=BNNYSF79L19Z330G
Blerina/Kola|f|Albanian|dob=1992-11-03|cf=KLOBRN92S43Z100O
Rosaria/Bellomo|f|Apulian|dob=1965-05-12|cf=BLLRSR65E52A662W|iban=IT87 E050 3411 7010 0000 0047 210
Marisa/Pinna|f|Sardinian|dob=1974-08-02|cf=PNNMRS74M42B354O
Gianluca/Zanetti|m|Venetian|dob=1969-01-20
""",
    "it_kids": """
Matteo/Conte|m|Apulian|dob=2015-04-11|cf=CNTMTT15D11A662M
Giorgia/Conte|f|Apulian|dob=2019-09-27|cf=CNTGRG19P67A662J
Sofia/Munteanu|f|Romanian|dob=2020-01-14|cf=MNTSFO20A54L219S
""",
    "nl": """
Sanne/van Dijk|f|Dutch|dob=1991-07-04|bsn=184503279|iban=NL65 INGB 0006 7348 21
Gerrit/Hoekstra|m|Frisian|dob=1953-11-28|bsn=237168492
Hatice/Koç|f|Turkish Dutch|dob=1980-02-10|bsn=305821647|iban=NL72 RABO 0318 2947 53
Nordin/El Khattabi|m|Moroccan Dutch|dob=1995-05-23|bsn=169372509
Rajesh/Ramdin|m|Surinamese Hindustani|dob=1972-09-01|bsn=270493189|iban=NL72ABNA0462918378
Marlies/Verbeek|f|Dutch|dob=1966-04-14|bsn=1928.37.461
Kees/Bakker|m|Dutch|dob=1948-08-19
Shurandy/Martina|m|Curaçaoan|dob=1997-12-06
""",
    "pl": """
Bożena/Kaczmarek|f|Polish|dob=1985-09-14|pesel=85091403846|iban=PL62 1020 4144 0000 2345 8271 9046
Tomasz/Grabowski|m|Polish|dob=1972-01-30|pesel=72013017258
Krystyna/Sikorska-Nowak|f|Polish|dob=1951-04-07|pesel=51040706186
Zbigniew/Dudek|m|Polish|dob=1963-11-19|pesel=63111904531
Oksana/Melnyk|f|Ukrainian|dob=1989-07-25|pesel=89072521965|iban=PL53 1140 2004 0000 3902 7561 8842
Małgorzata/Lis|f|Polish|dob=1994-02-28|pesel=94022811627
Piotr/Wiśniewski|m|Polish|dob=1979-05-03|pesel=79050315291
""",
    "pl_kids": """
Zuzanna/Kaczmarek|f|Polish|dob=2014-06-05|pesel=14260509300
Antoni/Kaczmarek|m|Polish|dob=2018-12-20|pesel=18322002778
Daryna/Melnyk|f|Ukrainian|dob=2016-03-08|pesel=16230818441
""",
    "nordic": """
Ingrid/Lindqvist|f|Swedish|dob=1948-06-12|pnr=480612-4428
Anders/Sjöberg|m|Swedish|dob=1971-10-03|pnr=711003-5172|iban=SE92 5000 0000 0539 1827 4663
Fadumo/Abdi|f|Somali Swedish|dob=1990-01-01|pnr=19900101-2880
Ninos/Yousef|m|Assyrian Swedish|dob=1983-08-21|pnr=830821-1930
Aino/Rautio|f|Tornedalian|dob=1955-03-09|pnr=550309-0648
Nils-Erik/Kuhmunen|m|Sámi|dob=1966-12-28|pnr=661228-7315
Solveig/Haugland|f|Norwegian|dob=1962-05-07|fnr=070562 41293
Øyvind/Rønning|m|Norwegian|dob=1988-09-30|fnr=30098847126|iban=NO38 1503 2819 475
Máret/Sara|f|Sámi|dob=1971-03-14|fnr=14037123693
Birgitte/Kjeldsen|f|Danish|dob=1974-11-16|cpr=161174-2408|iban=DK03 5301 0004 7821 93
Jens Peter/Mortensen|m|Danish|dob=1951-02-03|cpr=030251-1489
Pirjo/Heikkinen|f|Finnish|dob=1959-08-24|hetu=240859-284A|iban=FI13 1597 3000 1842 92
Juha/Väisänen|m|Finnish|dob=1980-03-11|hetu=110380-417L
""",
    "tr": """
Fadime/Öztürk|f|Turkish|dob=1967-04-23|tckn=38471026540|iban=TR90 0001 0009 8321 7456 2050 01
Hüseyin/Karakaya|m|Turkish|dob=1959-10-29|tckn=51720694802
Zeynep/Arslan|f|Turkish|dob=1998-07-15|tckn=24689103722
Mehmet Ali/Doğan|m|Turkish|dob=1975-01-17|tckn=69042315886
Berivan/Aslan|f|Kurdish|dob=1986-05-21
""",
    "ar": """
نورة/الشمري|f|Saudi|rom=Noura/Alshammari|tel=050 418 2739|dob=1990-04-07|said=1084273158|iban=SA93 8000 0612 6080 1039 4871
محمود/عبد الفتاح|m|Egyptian|rom=Mahmoud/Abdelfattah|tel=010 2847 3196|dob=1966-02-11|egid=26602110102573
سناء/بنكيران|f|Moroccan|rom=Sanaa/Benkirane|tel=06 61 28 47 03|dob=1982-09-25|cin=BK284917
خالد/العمري|m|Jordanian|rom=Khaled/Alomari|tel=079 512 3468|dob=1978-12-30
ريم/حداد|f|Lebanese|rom=Reem/Haddad|tel=03 418 275|dob=1995-06-02
يوسف/الطرابلسي|m|Tunisian|rom=Youssef/Trabelsi|tel=98 412 603|dob=1970-03-19
""",
    "ru": """
Людмила/Воробьёва|f|Russian|patr=Николаевна|rom=Lyudmila/Vorobyova|dob=1957-10-14|snils=148-302-957 66
Геннадий/Шубин|m|Russian|patr=Петрович|rom=Gennady/Shubin|dob=1961-05-27|inn=762704831531
Айгуль/Хабибуллина|f|Tatar|patr=Рашитовна|rom=Aigul/Khabibullina|dob=1984-01-09|inn=165720839400
Тимур/Алиев|m|Dagestani|patr=Маратович|rom=Timur/Aliev|dob=1993-08-18|snils=203-716-584 44
""",
    "ua": """
Галина/Ткачук|f|Ukrainian|patr=Василівна|rom=Halyna/Tkachuk|dob=1969-03-15|rntrc=2527637143
Богдан/Савчук|m|Ukrainian|patr=Іванович|rom=Bohdan/Savchuk|dob=1990-08-24|rntrc=3310805276|iban=UA57 3052 9900 0002 6203 9147 2856 3
Мирослава/Кузьмич|f|Ukrainian|patr=Олегівна|rom=Myroslava/Kuzmych|dob=1995-01-30|rntrc=3472821825
""",
    "el": """
Ελένη/Παπαδάκη|f|Cretan|rom=Eleni/Papadaki|dob=1970-01-15|amka=15017001247|afm=128364078
Δημήτρης/Κωνσταντινίδης|m|Pontic Greek|rom=Dimitris/Konstantinidis|dob=1958-06-03|amka=03065803375|afm=045193280|iban=GR76 0110 1250 0001 2548 1927 364
Σταυρούλα/Μαυρίδου|f|Greek|rom=Stavroula/Mavridou|dob=1981-09-22|amka=22098104197
""",
    "he": """
נועה/אברהמי|f|Israeli|rom=Noa/Avrahami|dob=1994-05-20|ilid=315284067|iban=IL25 0126 4500 0000 0318 294
יוסף/מזרחי|m|Mizrahi|rom=Yosef/Mizrahi|dob=1952-12-01|ilid=058473125
טטיאנה/גולדברג|f|Israeli Russian|rom=Tatiana/Goldberg|dob=1963-07-08|ilid=321794604
סלאם/ח'ורי|m|Arab Israeli|rom=Salam/Khoury|dob=1976-10-27|ilid=029631850
""",
    "zh": """
秀兰/王|f|Hunanese|fg0|rom=Xiulan/Wang|dob=1956-03-08|ric=433123195603080624
桂芳/刘|f|Jiangxi|fg0|rom=Guifang/Liu|dob=1962-11-21|ric=362334196211210448
志强/陈|m|Zhejiang|fg0|rom=Zhiqiang/Chen|dob=1975-09-16|ric=332126197509161376
美玲/林|f|Guangxi|fg0|rom=Meiling/Lin|dob=1988-04-02|ric=450321198804022140
""",
    "ja": """
和子/高橋|f|Japanese|fg0|rom=Kazuko/Takahashi|dob=1949-02-18|myno=5381 6092 4756
健一/中村|m|Japanese|fg0|rom=Kenichi/Nakamura|dob=1973-11-05|myno=284307519680
美智子/比嘉|f|Okinawan|fg0|rom=Michiko/Higa|dob=1958-08-15|myno=7195 2308 3648
翔太/渡辺|m|Japanese|fg0|rom=Shota/Watanabe|dob=1996-04-27
""",
    "ko": """
순자/김|f|Korean|fg0|rom=Sunja/Kim|dob=1951-04-02|rrn=510402-2473153
정호/박|m|Korean|fg0|rom=Jeongho/Park|dob=1979-08-15|rrn=790815-1086246
은비/이|f|Korean|fg0|rom=Eunbi/Lee|dob=2001-12-09|rrn=011209-4235178
동욱/최|m|Korean|fg0|rom=Donguk/Choi|dob=1968-02-27|rrn=680227-1528405
""",
    "hi": """
सुनीता/देवी|f|Bihari|rom=Sunita/Devi|dob=1974-01-01|aadhaar=4821 6093 7153
रामप्रसाद/यादव|m|Awadhi|rom=Ramprasad/Yadav|dob=1949-07-10|aadhaar=7305 8124 9623
कमला/मीणा|f|Rajasthani|rom=Kamla/Meena|dob=1961-05-05|aadhaar=5947 1830 2641
मनोज/कुशवाहा|m|Bhojpuri|rom=Manoj/Kushwaha|dob=1979-08-12
""",
    "in": """
Pooja/Bhardwaj|f|Haryanvi|dob=1992-10-18|aadhaar=3682 0947 1531
Lakshmi/Subramanian|f|Tamil|dob=1955-12-25|aadhaar=815372064892
Gurpreet/Singh Bains|m|Punjabi|dob=1983-06-09|aadhaar=6209 4817 3505
Imran/Qureshi|m|Hyderabadi|dob=1988-02-14
""",
    "th": """
สมศรี/แก้วมณี|f|Isan|rom=Somsri/Kaewmanee|dob=1960-09-12|thpin=3-5801-00276-14-8
ประยูร/ทองดี|m|Central Thai|rom=Prayoon/Thongdee|dob=1952-04-30|thpin=3 4207 00358 29 4
นันทนา/ศรีสุข|f|Central Thai|rom=Nanthana/Srisuk|dob=1978-11-02|thpin=3100501287438
ธนากร/บุญมา|m|Northern Thai|rom=Thanakorn/Boonma|dob=1999-03-07|thpin=1-5099-00412-63-3
""",
    "vi": """
Thị Hồng/Nguyễn|f|Vietnamese|fg|call=Hồng|rom=Hong/Nguyen|dob=1985-10-20|cccd=001185012947
Văn Tâm/Lê|m|Vietnamese|fg|call=Tâm|rom=Tam/Le|dob=1962-03-03|cccd=040062008315
Thu Trang/Phạm|f|Vietnamese|fg|call=Trang|rom=Trang/Pham|dob=2000-07-19|cccd=031300157209
""",
    "ro": """
Mirela/Constantinescu|f|Romanian|dob=1981-07-23|cnp=2810723401876|iban=RO42 BTRL RONC RT03 1829 4701
Gheorghe/Bălan|m|Oltenian|dob=1956-02-14|cnp=1560214380295|iban=RO59RNCB0082004128395001
""",
    "cs": """
Věra/Dvořáková|f|Czech|dob=1967-08-04|rc=675804/2412
Miroslav/Kučera|m|Moravian|dob=1974-02-13|rc=740213/3189|iban=CZ32 0800 0000 0028 7153 6045
Dušan/Lakatoš|m|Czech Roma|dob=1988-05-17|rc=880517/5291
""",
    "hu": """
Erzsébet/Nagy|f|Hungarian|fg|dob=1950-06-21|taj=047 381 922
Tibor/Balogh|m|Hungarian Roma|fg|dob=1979-12-03|taj=116 290 542|iban=HU15 1177 3016 6128 3947 0000 0006
""",
    "ph": """
Maricel/Dela Peña|f|Tagalog|dob=1986-05-01|sss=33-8152047-6
Rodel/Macaraeg|m|Ilocano|dob=1979-09-14|sss=02-3917468-1
Joy/Villanueva|f|Visayan|dob=1993-12-12|sss=34-2058193-7
Erlinda/Santos|f|Tagalog|dob=1957-02-14|sss=03-5718264-9
""",
    "idn": """
Sri/Wahyuni|f|Javanese|dob=1975-08-17|nik=3404115708750003
Made/Sudarsana|m|Balinese|dob=1969-04-09|nik=5104010904690002
Ratna/Siregar|f|Batak|dob=1991-01-28|nik=1212066801910001
""",
}

PEOPLE: dict[str, list[Person]] = {
    pool: [Person(pool, line) for line in spec.strip().splitlines()] for pool, spec in PEOPLE_SPEC.items()
}
BY_NAME = {p.full: p for pool in PEOPLE.values() for p in pool}


# ---------------------------------------------------------------------------------------------
# home addresses (real small towns; the street numbers and phones with them are made up)

ADDR_SPEC = {
    "uk": [
        ("{14 Corve Street}\n[Ludlow]\n{SY8 1DA}", "01584 876 203"),
        ("{Flat 3}, {27 Bondgate Within}\n[Alnwick]\n{NE66 1SX}", "01665 602 418"),
        ("{6 Kirkgate}\n[Settle]\n{North Yorkshire}\n{BD24 9DZ}", "01729 823 560"),
        ("{41 Keith Street}\n[Stornoway]\n{Isle of Lewis}\n{HS1 2JG}", "01851 704 127"),
        ("{9 Stone Street}\n[Llandovery]\n{Carmarthenshire}\n{SA20 0DQ}", "01550 720 384"),
        ("{18 Teme Street}\n[Tenbury Wells]\n{WR15 8AA}", "01584 819 447"),
        ("{Flat 1}, {Harbour View}, {5 Queen Street}\n[Amble]\n{NE65 0BX}", "01665 710 236"),
        ("{33 Main Street}\n[Wigtown]\n{DG8 9HL}", "01988 402 913"),
        ("{12 Priestpopple}\n[Hexham]\n{NE46 1PQ}", "01434 608 215"),
        ("{7 Main Street}\n[Castlederg]\n{Co. Tyrone}\n{BT81 7AS}", "028 8167 1940"),
    ],
    "ie": [
        ("{Apt 4}, {12 Pearse Street}\n[Clonakilty]\n{Co. Cork}\n{P85 YD62}", "(023) 883 4412"),
        ("{Knockbrack}\n[Westport]\n{Co. Mayo}\n{F28 KX39}", "(098) 27 415"),
        ("{3 Church Street}\n[Listowel]\n{Co. Kerry}\n{V31 TP48}", "(068) 21 946"),
    ],
    "us": [
        ("{418 E Sheridan St}\n[Ely], {MN} {55731}", "(218) 365-4120"),
        ("{57 Tombstone Canyon Rd}\n[Bisbee], {AZ} {85603}", "(520) 432-7815"),
        ("{23 Spring St}, {Apt 2}\n[Eureka Springs], {AR} {72632}", "(479) 253-6094"),
        ("{1120 Lawrence St}\n[Port Townsend], {WA} {98368}", "(360) 385-2271"),
        ("{206 S Bench St}\n[Galena], {IL} {61036}", "(815) 777-3068"),
        ("{1342 Greene St}\n[Silverton], {CO} {81433}", "(970) 387-5521"),
        ("{309 Ann St}\n[Beaufort], {NC} {28516}", "(252) 728-4439"),
        ("{88 Cottage St}, {Unit 5}\n[Bar Harbor], {ME} {04609}", "(207) 288-9102"),
        ("{614 Franklin St}\n[Hatch], {NM} {87937}", "(575) 267-3384"),
        ("{45 Jefferson Ave}\n[Ste. Genevieve], {MO} {63670}", "(573) 883-2716"),
    ],
    "ca": [
        ("{142 Montague St}\n[Lunenburg] {NS}  {B0J 2C0}", "(902) 634-2219"),
        ("{37, rue Sainte-Anne}\n[Baie-Saint-Paul] ({Québec})  {G3Z 1P2}", "418 435-6672"),
        ("{Box 118}\n[Twillingate] {NL}  {A0G 4M0}", "(709) 884-2093"),
    ],
    "au": [
        ("{12 Camp St}\n[Daylesford] {VIC} {3460}", "(03) 5348 2211"),
        ("{7 Church St}\n[Stanley] {TAS} {7331}", "(03) 6458 1372"),
        ("{Unit 4}, {19 Rouse St}\n[Tenterfield] {NSW} {2372}", "(02) 6736 1948"),
    ],
    "nz": [
        ("{61 Rue Lavaud}\n[Akaroa] {7520}", "(03) 304 7121"),
        ("{14 Bow Street}\n[Raglan] {3225}", "(07) 825 8630"),
    ],
    "za": [
        ("{23 Naudé Street}\n[Clarens]\n{9707}", "058 256 1194"),
        ("{8 Bertus Street}\n[Nieu-Bethesda]\n{6286}", "049 841 1507"),
    ],
    "ng": [
        ("{Plot 14, Ogbomoso Road}\n[Iseyin]\n{Oyo State}", ""),
        ("{No. 5 Ezeoke Street}\n[Abiriba]\n{Abia State}", ""),
    ],
    "ke": [
        ("{P.O. Box 212-20300}\n[Nyahururu]", ""),
        ("{House 7, Kilimani Estate}\n[Nanyuki]", ""),
    ],
    "gh": [
        ("{H/No. 12, Salaga Road}\n[Kintampo]\n{Bono East Region}", ""),
    ],
    "de": [
        ("{Orchheimer Straße 21}\n{53902} [Bad Münstereifel]", "02253 54 12 09"),
        ("{Unterstadtstraße 9}\n{88709} [Meersburg]", "07532 41 83 26"),
        ("{Oberstraße 44}\n{55422} [Bacharach]", "06743 93 18 52"),
        ("{Laufenstraße 7}\n{52156} [Monschau]", "02472 80 39 14"),
        ("{Lange Straße 31}, {2. OG links}\n{39590} [Tangermünde]", "039322 4 51 87"),
        ("{Segringer Straße 12}\n{91550} [Dinkelsbühl]", "09851 57 26 40"),
        ("{Löbauer Straße 5}\n{02747} [Herrnhut]", "035873 3 18 62"),
        ("{Bahnhofstraße 18a}\n{98724} [Lauscha]", "036702 2 04 71"),
        ("{Dorfstraße 40}\n{18347} [Ahrenshoop]", "038220 6 71 35"),
    ],
    "at": [
        ("{Seestraße 118}\n{4830} [Hallstatt]", "06134 8215"),
        ("{Wiener Straße 22}, {Top 6}\n{8630} [Mariazell]", "03882 2 14 59"),
    ],
    "ch": [
        ("{Hauptgasse 15}\n{9050} [Appenzell]", "071 787 14 62"),
        ("{Rue du Bourg 9}\n{1663} [Gruyères]", "026 921 07 38"),
    ],
    "fr": [
        ("{5 rue Noire}\n{19500} [Collonges-la-Rouge]", "05 55 25 41 09"),
        ("{14 Grand'Rue}\n{68420} [Eguisheim]", "03 89 41 72 86"),
        ("{Appt 12}, {3 place Paul Gauguin}\n{29930} [Pont-Aven]", "02 98 06 15 47"),
        ("{7 rue de la Pélissaria}\n{46330} [Saint-Cirq-Lapopie]", "05 65 31 29 08"),
        ("{22 rue Jean Jaurès}\n{26220} [Dieulefit]", "04 75 46 83 12"),
        ("{9 avenue de la République}\n{34700} [Lodève]", "04 67 44 02 61"),
        ("{Bâtiment B}, {18 rue Porte-Marine}\n{35260} [Cancale]", "02 99 89 64 20"),
        ("{La Gravette}\n{12200} [Villefranche-de-Rouergue]", "05 65 45 17 93"),
    ],
    "be": [
        ("{Rue Haute 28}\n{6940} [Durbuy]", "086 21 34 56"),
        ("{Gasthuisstraat 11}, {bus 2}\n{8970} [Poperinge]", "057 33 62 18"),
    ],
    "es": [
        ("{Calle Rivero, 12}, {2º B}\n{33150} [Cudillero] ({Asturias})", "985 59 01 23"),
        ("{Calle San Juan, 4}\n{11688} [Zahara de la Sierra] ({Cádiz})", "956 12 38 74"),
        ("{Avenida de Covadonga, 31}, {3º izda.}\n{33550} [Cangas de Onís] ({Asturias})", "985 84 72 19"),
        ("{Calle Mayor, 58}\n{01300} [Laguardia] ({Álava})", "945 60 21 37"),
        ("{Plaza Mayor, 2}, {1º}\n{22330} [Aínsa] ({Huesca})", "974 50 93 16"),
        ("{Calle Independencia, 9}\n{39570} [Potes] ({Cantabria})", "942 73 08 45"),
        ("{Calle Gran Vía, 17}, {bajo A}\n{48280} [Lekeitio] ({Bizkaia})", "946 84 15 62"),
        ("{Carrer Major, 23}\n{12598} [Peníscola] ({Castelló})", "964 48 27 01"),
    ],
    "latam": [
        ("{Av. 7 No. 312}, {Col. Centro}\n{77930} [Bacalar], {Q. Roo}", "983 834 2156"),
        ("{Calle Lanzagorta 8}\n{78550} [Real de Catorce], {S.L.P.}", "488 887 5032"),
        ("{Calle Hidalgo 45}, {Barrio de San Antonio}\n{49340} [Tapalpa], {Jal.}", "343 432 0719"),
        ("{Belgrano 472}\n{Y4624} [Tilcara], {Jujuy}", "0388 495-5123"),
        ("{Pasaje Los Aromos 318}\n[Pichilemu], {Región de O'Higgins}", "(72) 284 1937"),
    ],
    "br": [
        ("{Rua do Bonfim, 214}\n{72980-000} [Pirenópolis] - {GO}", "(62) 3331-2456"),
        ("{Rua Coronel Domingues de Castro, 88}, {casa 2}\n{12140-000} [São Luiz do Paraitinga] - {SP}",
         "(12) 3671-1938"),
        ("{Travessa das Flores, 19}\n{73770-000} [Alto Paraíso de Goiás] - {GO}", "(62) 3446-1372"),
        ("{Rua Direita, 37}\n{46750-000} [Mucugê] - {BA}", "(75) 3338-2091"),
        ("{Rua Principal, s/n}, {Vila de Jericoacoara}\n{62598-000} [Jijoca de Jericoacoara] - {CE}",
         "(88) 3669-2174"),
    ],
    "pt": [
        ("{Rua do Espírito Santo, 6}\n{7330-104} [Marvão]", "245 993 120"),
        ("{Largo de São Pedro, 3}, {1.º Dto.}\n{7750-329} [Mértola]", "286 612 417"),
        ("{Rua da Calçada, 41}\n{2510-089} [Óbidos]", "262 959 308"),
    ],
    "it": [
        ("{Via Ricasoli, 12}\n{53024} [Montalcino] ({SI})", "0577 84 93 12"),
        ("{Via Roma, 7}, {int. 4}\n{04029} [Sperlonga] ({LT})", "0771 54 82 60"),
        ("{Corso Umberto I, 89}\n{89861} [Tropea] ({VV})", "0963 60 31 47"),
        ("{Via Giuseppe Garibaldi, 30}\n{70010} [Locorotondo] ({BA})", "080 431 2786"),
        ("{Via Lungo Temo, 15}\n{08013} [Bosa] ({OR})", "0785 37 42 19"),
        ("{Via Olina, 4}\n{28016} [Orta San Giulio] ({NO})", "0322 90 51 63"),
        ("{Via Consolare, 22}\n{06038} [Spello] ({PG})", "0742 65 18 40"),
    ],
    "nl": [
        ("{Binnenpad 42}\n{8355 AT} [Giethoorn]", "0521 36 17 42"),
        ("{Nieuwstad 18}\n{8701 BE} [Bolsward]", "0515 57 30 92"),
        ("{Kloosterstraat 3}\n{6017 AB} [Thorn]", "0475 56 28 13"),
        ("{Vischpoortstraat 25}\n{8081 CL} [Elburg]", "0525 68 41 07"),
        ("{Markt 9}, {bovenwoning}\n{4351 AH} [Veere]", "0118 50 12 86"),
    ],
    "pl": [
        ("{ul. Złota 7}\n{16-080} [Tykocin]", "85 718 23 41"),
        ("{ul. Rynek 14/3}\n{38-340} [Biecz]", "13 447 10 58"),
        ("{ul. Kościelna 22}\n{26-060} [Chęciny]", "41 315 27 94"),
        ("{ul. Zdrojowa 5/12}\n{33-380} [Krynica-Zdrój]", "18 471 63 05"),
        ("{ul. Elbląska 11}\n{14-530} [Frombork]", "55 243 78 16"),
    ],
    "se": [
        ("{Storgatan 14}\n{592 30} [Vadstena]", "0143-102 87"),
        ("{Åre Torg 3}, {lgh 1102}\n{837 52} [Åre]", "0647-513 26"),
        ("{Porjusvägen 8}\n{962 31} [Jokkmokk]", "0971-172 40"),
        ("{Järnvägsgatan 6}\n{272 31} [Simrishamn]", "0414-163 58"),
        ("{Storgatan 22}\n{647 30} [Mariefred]", "0159-107 64"),
    ],
    "no": [
        ("{Kjerkgata 34}\n{7374} [Røros]", "72 41 05 63"),
        ("{Tinghusvegen 5}\n{6783} [Stryn]", "57 87 14 29"),
        ("{Strandgata 17}\n{9800} [Vadsø]", "78 95 33 08"),
    ],
    "dk": [
        ("{Vestergade 21}\n{5970} [Ærøskøbing]", "62 52 14 83"),
        ("{Sankt Nicolaj Gade 4}, {1. tv.}\n{6760} [Ribe]", "75 42 06 91"),
    ],
    "fi": [
        ("{Esplanadi 12 B 7}\n{10900} [Hanko]", "019 248 3312"),
        ("{Kaarnatie 4}\n{99600} [Sodankylä]", "016 612 5704"),
    ],
    "tr": [
        ("{Cumhuriyet Mah. Atatürk Cad. No: 12} {D: 3}\n{48900} [Datça]/{Muğla}", "0252 712 48 61"),
        ("{Çarşı Mah. Kemalpaşa Sok. No: 7}\n{17680} [Bozcaada]/{Çanakkale}", "0286 697 02 15"),
        ("{Yazla Mah. 2. Sok. No: 19} {D: 1}\n{32500} [Eğirdir]/{Isparta}", "0246 311 58 92"),
    ],
    "ru": [
        ("{ул. Советская, д. 12}, {кв. 4}\nг. [Плёс], {Ивановская обл.}\n{155555}", "8 (49339) 4-12-35"),
        ("{ул. Угличская, д. 27}\nг. [Мышкин], {Ярославская обл.}\n{152830}", "8 (48544) 2-18-06"),
        ("{ул. Ленина, д. 8}, {кв. 15}\nг. [Таруса], {Калужская обл.}\n{249100}", "8 (48435) 2-57-41"),
        ("{ул. Тукая, д. 3}\nг. [Мамадыш], {Республика Татарстан}\n{422190}", "8 (85563) 3-24-17"),
    ],
    "ua": [
        ("{вул. Незалежності, 14}, {кв. 6}\nм. [Косів], {Івано-Франківська обл.}\n{78600}", "(03478) 2-14-56"),
        ("{вул. Гетьманська, 9}\nсмт [Батурин], {Чернігівська обл.}\n{16512}", "(04635) 4-11-82"),
        ("{вул. Львівська, 31}\nм. [Жовква], {Львівська обл.}\n{80300}", "(03252) 2-31-74"),
    ],
    "el": [
        ("{Κανελλοπούλου 8}\n{442 00} [Μέτσοβο]", "26560 41235"),
        ("{Παραλία Γαλαξιδίου 21}\n{330 52} [Γαλαξίδι]", "22650 41872"),
        ("{Ελευθερίου Βενιζέλου 17}\n{730 08} [Βάμος], {Χανιά}", "28250 22413"),
    ],
    "he": [
        ("{רחוב הרצל 12}\n[ראש פינה]\n{1200000}", "04-693 1245"),
        ("{רחוב הגליל 7}, {דירה 4}\n[קצרין]\n{1290000}", "04-696 2718"),
        ("{רחוב הנשיא 22}\n[עומר]\n{8496500}", "08-646 3017"),
    ],
    "ar": [
        ("{زنقة الأرز، رقم 14}\n[إفران] {53000}", "0535 56 21 44"),
        ("{شارع الملك حسين، عمارة 9}\n[عجلون] {26810}", "02 642 1587"),
        ("{نهج الحبيب ثامر عدد 23}\n[طبرقة] {8110}", "78 670 412"),
        ("{حي العزيزية، شارع الأمير سلطان}\n[العلا] {43544}", "014 884 2170"),
        ("{١٢ شارع السوق}\n[سيوة]، {مطروح}", "046 460 1289"),
    ],
    "zh": [
        ("{湖南省}{湘西州}[凤凰县]{沱江镇虹桥路27号}{3栋402室}", "0743-3221456"),
        ("{江西省}{上饶市}[婺源县]{紫阳镇文公北路66号}", "0793-7348219"),
        ("{浙江省}{嘉兴市}[桐乡市]{乌镇镇子夜路12号}", "0573-88731604"),
        ("{广西}{桂林市}[阳朔县]{西街41号}", "0773-8824971"),
    ],
    "ja": [
        ("〒{501-5627}\n{岐阜県}{大野郡}[白川村]{荻町1092}", "05769-6-1423"),
        ("〒{071-0200}\n{北海道}{上川郡}[美瑛町]{本町2丁目4-17}", "0166-92-3581"),
        ("〒{882-1101}\n{宮崎県}{西臼杵郡}[高千穂町]{三田井1250-3}", "0982-72-4096"),
        ("〒{381-0200}\n{長野県}{上高井郡}[小布施町]{小布施815}", "026-247-5302"),
    ],
    "ko": [
        ("{전라남도} [담양군] {담양읍 객사길 12}, {101동 203호} ({57340})", "061-381-2345"),
        ("{경상북도} [청송군] {청송읍 중앙로 157} ({37418})", "054-873-1069"),
        ("{강원특별자치도} [양양군] {양양읍 남문로 33}, {2층} ({25023})", "033-671-4582"),
    ],
    "hi": [
        ("{मकान नं. 42, वार्ड 7}\n[मंडावा], {झुंझुनूं}, {राजस्थान} {333704}", ""),
        ("{ग्राम व पोस्ट सिमरी}, {थाना बख्तियारपुर}\n[पटना], {बिहार} {803212}", ""),
        ("{मकान नं. 118, गली नं. 3}\n[ओरछा], {निवाड़ी}, {मध्य प्रदेश} {472246}", ""),
    ],
    "in": [
        ("{H.No. 4-12, Ward 3}\n[Mandawa], {Jhunjhunu}\n{Rajasthan} {333704}", ""),
        ("{Door No. 21, Kovil Street}\n[Thiruvaiyaru], {Thanjavur District}\n{Tamil Nadu} {613204}", ""),
        ("{House 118, VPO Kotli}\n[Nurmahal], {Jalandhar}\n{Punjab} {144039}", ""),
        ("{Flat 2B, Mehtab Residency}, {Bhongir Road}\n[Bhuvanagiri], {Telangana} {508116}", ""),
    ],
    "th": [
        ("{45 หมู่ 3} {ต.เวียงใต้}\n[อ.ปาย] {จ.แม่ฮ่องสอน} {58130}", "053 699 127"),
        ("{112/4 ถนนชายโขง} {ต.เชียงคาน}\n[อ.เชียงคาน] {จ.เลย} {42110}", "042 821 364"),
        ("{9 ซอย 3} {ต.อัมพวา}\n[อ.อัมพวา] {จ.สมุทรสงคราม} {75110}", "034 751 298"),
    ],
    "vi": [
        ("{Số 18, tổ 4}, {thị trấn Đồng Văn}\n[huyện Đồng Văn], {Hà Giang}", "0219 3856 123"),
        ("{Số 7 Trần Hưng Đạo}, {phường Minh An}\n[Hội An], {Quảng Nam}", "0235 3861 492"),
        ("{Số 42 Lê Lợi}, {tổ 3}\n[thị xã Sa Pa], {Lào Cai}", "0214 3871 506"),
    ],
    "ro": [
        ("{Str. Mihai Eminescu nr. 14}, {bl. B2, ap. 7}\n{245800} [Horezu], {jud. Vâlcea}", "0250 860 412"),
        ("{Str. Principală nr. 112}\n{557045} [Biertan], {jud. Sibiu}", "0269 868 237"),
    ],
    "cs": [
        ("{náměstí Zachariáše z Hradce 14}\n{588 56} [Telč]", "567 213 459"),
        ("{Náměstí 23}\n{692 01} [Mikulov]", "519 510 284"),
        ("{Zauličí 412}\n{742 66} [Štramberk]", "556 852 073"),
    ],
    "hu": [
        ("[Tokaj]\n{Rákóczi út 31.}\n{3910}", "06 47 352 118"),
        ("[Tihany]\n{Kossuth Lajos utca 12.}\n{8237}", "06 87 448 203"),
    ],
    "ph": [
        ("{Purok 3, Brgy. Poblacion}\n[Sagada], {Mountain Province} {2619}", ""),
        ("{Blk 7 Lot 12, Villa Rosa Subd.}, {Brgy. Lumbangan}\n[Nasugbu], {Batangas} {4231}", ""),
    ],
    "idn": [
        ("{Jl. Kaliurang Km 12 No. 5}, {RT 03/RW 11}\n{Kec. Ngaglik}, [Kab. Sleman]\n{DI Yogyakarta} {55581}", ""),
        ("{Jl. Raya Ubud No. 18}, {Banjar Taman Kelod}\n[Ubud], {Gianyar}, {Bali} {80571}", ""),
        ("{Jl. Sisingamangaraja No. 44}\n[Balige], {Toba}, {Sumatera Utara} {22312}", ""),
    ],
}
ADDRS = {cc: [Address(cc, t, tel) for t, tel in items] for cc, items in ADDR_SPEC.items()}

# mobiles and other numbers with no address, in national format (no country codes)
PHONE_SPEC = {
    "uk": "07831 462 905|07402 118 763|07954 327 081|07519 604 238|07763 291 547|07888 150 629|07340 872 196",
    "ie": "087 214 6093|086 391 7428",
    "us": "(651) 482-3907|(919) 604-2281|(505) 316-7740|(414) 982-0375|(206) 771-4598|(803) 247-1169",
    "ca": "(514) 287-6603|(604) 418-2937",
    "au": "0412 738 065|0438 921 574",
    "nz": "021 468 3920",
    "za": "082 614 3079|073 290 5816",
    "ng": "0803 412 5567|0816 029 3341",
    "ke": "0722 318 604|0711 945 280",
    "gh": "024 412 3956",
    "de": "0151 2384 6720|0176 4039 2817|0160 91 74 538|0172 6358 041|0664 318 2975|079 412 83 06",
    "fr": "06 12 48 93 70|07 81 26 49 35|06 73 05 21 84|06 49 92 17 63|0478 31 62 09",
    "es": "612 48 93 07|654 217 893|699 302 418|722 15 48 96",
    "latam": "55 4127 8830|998 214 6037|0388 15-482-9103|9 8412 3067",
    "br": "(11) 98214-3076|(85) 99641-2038|(62) 99318-4720|(71) 98807-1254",
    "pt": "913 482 706|936 120 459",
    "it": "347 812 0934|328 461 7752|333 906 2418|320 175 4863",
    "nl": "06-41 82 93 05|06 2837 4619|06-1945 3728",
    "pl": "601 472 938|512 308 746|698 240 153|789 613 025",
    "se": "070-318 24 96|073-642 18 05|076-905 33 71",
    "no": "412 36 758|928 47 103",
    "dk": "28 41 96 37|51 73 20 84",
    "fi": "040 718 2936|050 342 8817",
    "tr": "0532 418 26 73|0544 903 17 42|0505 261 48 90",
    "ru": "8 916 204-37-58|8 927 415-09-62",
    "ua": "067 312 45 89|050 418 27 36",
    "el": "694 812 3307|697 402 6185",
    "he": "052-481 2930|054-763 1082",
    "zh": "138 1736 4205|159 0743 2618",
    "ja": "090-3817-4426|080-2264-9173",
    "ko": "010-4182-7356|010-9037-2641",
    "in": "98290 41736|94140 28375|99483 10627",
    "th": "081 734 2856|089 612 0473",
    "vi": "0912 384 671|0983 415 207",
    "ro": "0745 218 936|0723 604 185",
    "cs": "603 418 275|777 920 316",
    "hu": "06 30 418 2735|06 20 913 4068",
    "ph": "0917 842 3105|0928 370 6614|0945 218 0937",
    "idn": "0812-2719-4036|0857-4102-8863",
}
PHONES = {cc: s.split("|") for cc, s in PHONE_SPEC.items()}


# ---------------------------------------------------------------------------------------------
# the drawing generator: least-used first, ties broken by the seeded RNG, never twice in a row


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.use: Counter = Counter()
        self.row: set = set()

    def new_row(self) -> None:
        self.row = set()

    def _least(self, kind: str, items: list, key) -> object:
        cands = [x for x in items if (kind, key(x)) not in self.row]
        assert cands, kind
        low = min(self.use[(kind, key(x))] for x in cands)
        best = [x for x in cands if self.use[(kind, key(x))] == low]
        x = best[self.rng.randrange(len(best))]
        self.use[(kind, key(x))] += 1
        self.row.add((kind, key(x)))
        return x

    def person(self, pools: str, sex: str = "", need: tuple = (), tags: tuple = (), born: tuple = ()) -> Person:
        """`born` = (from_year, to_year) keeps people born in those years (a pensioner, a job seeker)."""
        items = [p for pool in pools.split("+") for p in PEOPLE[pool]
                 if (not sex or p.sex == sex) and all(p.has(k) for k in need) and (not tags or p.tag in tags)
                 and (not born or (p.dob and born[0] <= p.dob[0] <= born[1]))]
        return self._least("person", items, lambda p: p.full)

    def people(self, pools: str, k: int, need: tuple = ()) -> list[Person]:
        return [self.person(pools, need=need) for _ in range(k)]

    def addr(self, ccs: str) -> Address:
        items = [a for cc in ccs.split("+") for a in ADDRS[cc]]
        return self._least("addr", items, lambda a: a.raw)

    def tel(self, ccs: str) -> str:
        items = [t for cc in ccs.split("+") for t in PHONES[cc]]
        return PHN(self._least("phone", items, lambda t: t))

    def pick(self, seq: list):
        return seq[self.rng.randrange(len(seq))]

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def shuffled(self, seq: list) -> list:
        out = list(seq)
        self.rng.shuffle(out)
        return out


# where people of a pool with several countries live: tag -> (address list, index or None)
HOME = {
    "Zulu": ("za", None), "Ndebele": ("za", None), "Afrikaans": ("za", None),
    "Yoruba": ("ng", None), "Igbo": ("ng", None), "Hausa": ("ng", None),
    "Kikuyu": ("ke", None), "Luo": ("ke", None), "Kalenjin": ("ke", None), "Akan": ("gh", None),
    "Haryanvi": ("in", 0), "Tamil": ("in", 1), "Punjabi": ("in", 2), "Hyderabadi": ("in", 3),
    "Rajasthani": ("hi", 0), "Bihari": ("hi", 1), "Bhojpuri": ("hi", 1), "Awadhi": ("hi", 2),
    "Moroccan": ("ar", 0), "Jordanian": ("ar", 1), "Lebanese": ("ar", 1), "Tunisian": ("ar", 2),
    "Saudi": ("ar", 3), "Egyptian": ("ar", 4),
    "Javanese": ("idn", 0), "Balinese": ("idn", 1), "Batak": ("idn", 2),
    "Ilocano": ("ph", 0), "Tagalog": ("ph", 1), "Visayan": ("ph", None),
}


def home(g: Gen, p: Person) -> Address:
    cc, idx = HOME[p.tag]
    if idx is None:
        return g.addr(cc)
    a = ADDRS[cc][idx]
    g.use[("addr", a.raw)] += 1
    g.row.add(("addr", a.raw))
    return a


def home_tel(g: Gen, p: Person) -> str:
    return g.tel(HOME[p.tag][0])


# kids are drawn only through the households below
HOUSEHOLDS = {
    "de": [("Sabine Krämer", ["Jonas Krämer", "Mia Krämer"]), ("Emre Aydın", ["Defne Aydın"]),
           ("Olena Kravchenko", ["Sofiia Kravchenko", "Maksym Kravchenko"])],
    "it": [("Alessandro Conte", ["Matteo Conte", "Giorgia Conte"]), ("Alina Munteanu", ["Sofia Munteanu"])],
    "pl": [("Bożena Kaczmarek", ["Zuzanna Kaczmarek", "Antoni Kaczmarek"]), ("Oksana Melnyk", ["Daryna Melnyk"])],
}


# ---------------------------------------------------------------------------------------------
# templates: each returns marked text for row i; `T` registers class, language, rows and case

TEMPLATES: list[tuple] = []


def T(cls: str, lang: str, n: int, case: str = ""):
    def deco(fn):
        TEMPLATES.append((cls, fn.__name__.removeprefix("t_"), lang, n, case, fn))
        return fn
    return deco


def kids_of(parent: str) -> list[Person]:
    for hh in HOUSEHOLDS.values():
        for par, kids in hh:
            if par == parent:
                return [BY_NAME[k] for k in kids]
    raise KeyError(parent)


# ----- personal_claims: claim forms, applications, change-of-circumstances notices -----------


@T("personal_claims", "en", 3)
def t_uc_change(g: Gen, i: int) -> str:
    p = g.person("uk", need=("nino",))
    q = g.person("uk", sex="m" if p.sex == "f" else "f", need=("nino",))
    a = g.addr("uk")
    change = [
        (f"my partner {q.n} moved in with me on 3 March. {q.g} works 22 hours a week at a care home and "
        "is paid every four weeks, so some months there are two paydays"),
        (f"{q.n} has moved out as of 28 April, we have seperated. {q.g} has taken the car but the "
        "tenancy is still in both our names"),
        (f"I've started a zero-hours job and my partner {q.n} is now getting Carer's Allowance for looking "
        "after their mum, since 14 January"),
    ][i]
    return (
        "Can you help me word this for my Universal Credit journal? It's a change of circumstances and I "
        "don't want them to say I reported it late.\n\n"
        f"Name: {p.n}\nNI number: {p.nid('nino')}\nDate of birth: {p.bd('dmy/')}\n"
        f"Address: {a.inline}\nPartner NI: {q.nid('nino')}\n\n"
        f"What changed: {change}.\n\nKeep it short and factual please."
    )


@T("personal_claims", "en", 2)
def t_pip_daily_living(g: Gen, i: int) -> str:
    p = g.person("uk", sex="f", need=("nhs",))
    c = g.person("uk")
    gp = g.person("uk")
    cond = ["COPD and arthritis in both hands", "Parkinson's and macular degeneration"][i]
    return (
        f"I'm filling in the PIP2 'How your disability affects you' form for my mum {p.n} "
        f"(DOB {p.bd('en')}, NHS no. {p.nid('nhs')}). She has {cond}. "
        f"Her GP is Dr {gp.f} and the practice has her records.\n\n"
        "My rough notes:\n"
        "- can't lift a full kettle, I make her meals when I visit (most days)\n"
        f"- she forgets her tablets unless {c.g} from next door reminds her\n"
        "- fell twice on the stairs since Christmas\n\n"
        "Turn these into answers for Q4 Preparing food, Q5 Eating and drinking and Q6 Managing treatments. "
        "Use 'safely, to an acceptable standard, repeatedly and in a reasonable time' wording where it fits."
    )


@T("personal_claims", "en", 3)
def t_ssdi_intake(g: Gen, i: int) -> str:
    p = g.person("us", need=("ssn",))
    a = g.addr("us")
    boss = g.person("us")
    rel = {"m": ["my uncle", "my neighbor", "my father-in-law"], "f": ["my aunt", "my neighbor", "my mother-in-law"]}[
        p.sex][i]
    return (
        f"I'm helping {rel} apply for SSDI online. Which of these go on the SSA-3368 (Adult Disability "
        "Report) and which on the application itself?\n\n"
        f"Name: {p.n}\nSSN: {p.nid('ssn')}\nDOB: {p.bd('mdy/')}\nHome: {a.inline}\n"
        f"Phone: {a.phone}\nLast job: warehouse lead, supervisor was {boss.n}, {g.tel('us')}\n"
        "Stopped working: 11/2024 (back surgery, then nerve damage)\n\n"
        "Also, do we need the 827 signed before or after the interview?"
    )


@T("personal_claims", "de", 2)
def t_kindergeld_antrag(g: Gen, i: int) -> str:
    parent_name, _ = HOUSEHOLDS["de"][i]
    p = BY_NAME[parent_name]
    g.row.add(("person", p.full))
    g.use[("person", p.full)] += 1
    kids = kids_of(parent_name)
    a = g.addr("de")
    lines = "\n".join(
        f"Kind {k + 1}: {kid.n}, geb. {kid.bd('dmy.')}, Steuer-ID {kid.nid('idnr')}"
        for k, kid in enumerate(kids)
    )
    return (
        "Kannst du meinen Kindergeldantrag (KG1 mit Anlage Kind) auf Fehler prüfen, bevor ich ihn an die "
        "Familienkasse schicke?\n\n"
        f"Antragsteller/in: {p.n}\nGeburtsdatum: {p.bd('dmy.')}\nSteuer-ID: {p.nid('idnr')}\n"
        f"Anschrift: {a.inline}\n{lines}\nKonto (IBAN): {p.nid('iban')}\n\n"
        "Der andere Elternteil lebt nicht im Haushalt. Muss ich das irgendwo extra angeben?"
    )


@T("personal_claims", "fr", 2)
def t_caf_apl(g: Gen, i: int) -> str:
    p = g.person("fr", need=("nir", "iban"))
    bailleur = g.person("fr", sex="m")
    a = g.addr("fr")
    loyer = ["480", "525", "390"][i]
    return (
        "Je remplis la demande d'aide au logement sur caf.fr et je bloque. Voici mes infos, dis-moi ce "
        "qui manque ou ce qui est mal rempli :\n\n"
        f"Allocataire : {p.n}\nN° de sécurité sociale : {p.nid('nir')}\nNé(e) le : {p.bd('dmy/')}\n"
        f"Adresse : {a.inline}\nCourriel : {p.mail(g.pick(['orange.fr', 'free.fr', 'laposte.net']), g.pick(['g.f', 'gf', 'g1f']))}\n"
        f"Bailleur : M. {bailleur.n} (particulier), {g.tel('fr')}\n"
        f"Loyer hors charges : {loyer} €\nIBAN : {p.nid('iban')}\n\n"
        "Le propriétaire doit-il remplir l'attestation de loyer lui-même ?"
    )


@T("personal_claims", "es", 1)
def t_imv_solicitud(g: Gen, i: int) -> str:
    p = g.person("es", sex="f", need=("iban",))
    q = g.person("es", sex="f", need=("dni",))
    a = g.addr("es")
    pid = p.nid("dni") if p.has("dni") else p.nid("nie")
    return (
        "Estoy rellenando la solicitud del Ingreso Mínimo Vital en la sede de la Seguridad Social. "
        "¿Me ayudas con el apartado de la unidad de convivencia?\n\n"
        f"Titular: {p.n} — DNI/NIE {pid} — nacida el {p.bd('es')}\n"
        f"Otro miembro: {q.n} — DNI {q.nid('dni')}\n"
        f"Domicilio: {a.inline}\nTeléfono: {g.tel('es')}\nCuenta: {p.nid('iban')}\n\n"
        "Vivimos juntas pero no somos pareja, compartimos piso. ¿Cuenta como una sola unidad?"
    )


@T("personal_claims", "nl", 1)
def t_toeslagen_wijziging(g: Gen, i: int) -> str:
    p = g.person("nl", need=("bsn", "iban"))
    q = g.person("nl", need=("bsn",))
    a = g.addr("nl")
    wat = ["Mijn partner komt per 1 juni bij mij wonen", "Mijn zoon van 19 is per 1 mei uitgeschreven"][i]
    return (
        "Kun je mij helpen met de wijziging voor huurtoeslag in Mijn toeslagen? Ik wil geen terugbetaling "
        "achteraf.\n\n"
        f"Aanvrager: {p.n}\nBSN: {p.nid('bsn')}\nGeboortedatum: {p.bd('dmy-')}\nAdres: {a.inline}\n"
        f"Wijziging: {wat}: {q.n}, BSN {q.nid('bsn')}.\nRekening: {p.nid('iban')}\n\n"
        "Moet ik ook een nieuw inkomen voor dit jaar opgeven?"
    )


@T("personal_claims", "it", 1)
def t_assegno_unico(g: Gen, i: int) -> str:
    parent_name, _ = HOUSEHOLDS["it"][i]
    p = BY_NAME[parent_name]
    g.row.add(("person", p.full))
    g.use[("person", p.full)] += 1
    kids = kids_of(parent_name)
    a = g.addr("it")
    righe = "\n".join(f"- {k.n}, nato/a il {k.bd('dmy/')}, C.F. {k.nid('cf')}" for k in kids)
    return (
        "Devo presentare la domanda di Assegno unico sul sito INPS. Mi controlli i dati prima che invii?\n\n"
        f"Richiedente: {p.n}\nCodice fiscale: {p.nid('cf')}\nData di nascita: {p.bd('it')}\n"
        f"Residenza: {a.inline}\nFigli a carico:\n{righe}\nIBAN per l'accredito: {p.nid('iban')}\n\n"
        "L'ISEE non l'ho ancora fatto: conviene aspettare o prendo l'importo minimo e poi conguaglio?"
    )


@T("personal_claims", "pl", 1)
def t_wniosek_800(g: Gen, i: int) -> str:
    parent_name, _ = HOUSEHOLDS["pl"][i]
    p = BY_NAME[parent_name]
    g.row.add(("person", p.full))
    g.use[("person", p.full)] += 1
    kids = kids_of(parent_name)
    a = g.addr("pl")
    dzieci = "\n".join(f"{n + 1}. {k.n}, PESEL {k.nid('pesel')}" for n, k in enumerate(kids))
    return (
        "Składam wniosek o 800+ przez PUE ZUS. Sprawdź proszę, czy dobrze wpisałam dane:\n\n"
        f"Wnioskodawca: {p.n}, PESEL {p.nid('pesel')}\nAdres zamieszkania: {a.inline}\n"
        f"Telefon: {g.tel('pl')}\nDzieci:\n{dzieci}\nNumer rachunku: {p.nid('iban')}\n\n"
        "Czy muszę dołączać akty urodzenia, skoro dzieci mają PESEL?"
    )


@T("personal_claims", "sv", 1)
def t_bostadsbidrag(g: Gen, i: int) -> str:
    p = g.person("nordic", need=("pnr",))
    a = g.addr("se")
    hyra = ["6 850", "5 920"][i]
    return (
        "Jag ska söka bostadsbidrag hos Försäkringskassan och vill dubbelkolla uppgifterna innan jag "
        "skickar:\n\n"
        f"Sökande: {p.n}\nPersonnummer: {p.nid('pnr')}\nAdress: {a.inline}\nTelefon: {g.tel('se')}\n"
        f"E-post: {p.mail(g.pick(['telia.com', 'hotmail.se', 'gmail.com']), 'g.f')}\n"
        f"Hyra per månad: {hyra} kr\nBoyta: 48 kvm\n\n"
        "Räknas studiemedel som inkomst här? Jag läser på halvfart till hösten."
    )


@T("personal_claims", "pt", 2)
def t_cadunico(g: Gen, i: int) -> str:
    p = g.person("br", need=("cpf",))
    q = g.person("br")
    a = g.addr("br")
    return (
        "Vou atualizar o CadÚnico no CRAS semana que vem. Me ajuda a organizar os dados da família pra "
        "não faltar nada?\n\n"
        f"Responsável familiar: {p.n}\nCPF: {p.nid('cpf')}\nNascimento: {p.bd('dmy/')}\n"
        f"Endereço: {a.inline}\nCelular: {g.tel('br')}\nOutro morador: {q.n} (companheiro/a), "
        "trabalha de diarista sem carteira\n\n"
        "A renda do bico entra no cálculo do Bolsa Família? Quanto por pessoa pode ganhar?"
    )


@T("personal_claims", "hi", 1)
def t_vridha_pension(g: Gen, i: int) -> str:
    p = g.person("hi", need=("aadhaar",), tags=("Awadhi", "Rajasthani"))
    a = home(g, p)
    bete = g.person("hi", sex="m", born=(1970, 2000))
    return (
        "मुझे वृद्धावस्था पेंशन का आवेदन भरना है। नीचे की जानकारी से फॉर्म के खाने भर दो और बताओ कौन से "
        "कागज़ लगेंगे:\n\n"
        f"नाम: {p.n}\nजन्म तिथि: {p.bd('dmy/')}\nआधार नंबर: {p.nid('aadhaar')}\n"
        f"पता: {a.inline}\nमोबाइल: {g.tel('in')} (बेटे {bete.g} का नंबर)\n\n"
        "बैंक खाता आधार से जुड़ा है। क्या BPL कार्ड भी ज़रूरी है?"
    )


@T("personal_claims", "en", 2)
def t_intreo_jobseekers(g: Gen, i: int) -> str:
    p = g.person("ie", need=("pps", "iban"))
    a = g.addr("ie")
    return (
        "Filling in the Jobseeker's Allowance form (UP1) for Intreo. Can you check I've got the bank and "
        "address bits right and tell me what 'habitual residence' means for me? I came home after six "
        "years working abroad in February.\n\n"
        f"Name: {p.n}\nPPSN: {p.nid('pps')}\nDate of birth: {p.bd('dmy/')}\n"
        f"Address: {a.inline}\nMobile: {g.tel('ie')}\nEmail: {p.mail(g.pick(['eircom.net', 'gmail.com']), 'g1f', str(g.num(1, 90)))}\n"
        f"IBAN: {p.nid('iban')}"
    )


@T("personal_claims", "ro", 1)
def t_cerere_ajutor_incalzire(g: Gen, i: int) -> str:
    p = g.person("ro", need=("cnp",))
    a = g.addr("ro")
    return (
        "Completez cererea pentru ajutorul de încălzire a locuinței la primărie. Poți să verifici datele "
        "și să-mi spui ce acte trebuie anexate?\n\n"
        f"Solicitant: {p.n}\nCNP: {p.nid('cnp')}\nDomiciliu: {a.inline}\nTelefon: {g.tel('ro')}\n"
        f"IBAN: {p.nid('iban')}\nÎncălzire: lemne, sobă de teracotă\n\n"
        + ("Pensia mea e 1.850 lei pe lună. Intru la prag?" if p.dob[0] < 1962 else
           "Lucrez ca îngrijitoare cu salariul minim și am doi copii. Intru la prag?")
    )


@T("personal_claims", "tr", 1)
def t_sgk_emeklilik(g: Gen, i: int) -> str:
    p = g.person("tr", need=("tckn",), born=(1940, 1976))
    a = g.addr("tr")
    return (
        "SGK'ya yaşlılık aylığı talep dilekçesi yazmam lazım. Aşağıdaki bilgilerle resmi bir dilekçe "
        "taslağı hazırlar mısın?\n\n"
        f"Ad Soyad: {p.n}\nT.C. Kimlik No: {p.nid('tckn')}\nDoğum tarihi: {p.bd('dmy.')}\n"
        f"Adres: {a.inline}\nTelefon: {g.tel('tr')}\n"
        + (f"IBAN: {p.nid('iban')}\n" if p.has("iban") else "")
        + "\n1996'da sigortalı oldum, 5400 gün prim var. EYT kapsamına giriyor muyum?"
    )


# ----- personal_letters: appointment, decision and appeal letters, e-mails, translations -------


@T("personal_letters", "en", 3)
def t_mr_letter(g: Gen, i: int) -> str:
    p = g.person("uk", need=("nino",))
    a = g.addr("uk")
    hp = g.person("uk")
    adviser = g.person("uk")
    pts = [("4", "0"), ("6", "4"), ("2", "0")][i]
    return (
        "I volunteer at our local Citizens Advice. Please draft a mandatory reconsideration request for "
        f"this PIP decision. Client: {p.n}, NI {p.nid('nino')}, {a.inline}.\n\n"
        f"- face-to-face assessment at home with {hp.n} (paramedic) on 12 February, lasted 35 minutes\n"
        f"- scored {pts[0]} points daily living, {pts[1]} mobility\n"
        f"- report says {p.g} 'walked unaided to the door' — {p.g} used the wall and the door frame the whole way\n"
        "- the assessor did not ask about bad days at all\n\n"
        f"Sign it off from {p.g} with me ({adviser.n}) named as the adviser and ask for the recording."
    )


@T("personal_letters", "en", 2, case="upper")
def t_jcp_appointment_caps(g: Gen, i: int) -> str:
    p = g.person("uk", sex="m", need=("nino",))
    a = g.addr("uk")
    coach = g.person("uk")
    when = ["TUESDAY 18 MARCH AT 10:40", "THURSDAY 3 APRIL AT 14:15"][i]
    return (
        "Rewrite this letter my dad got in plain English, he can't make sense of it:\n\n"
        f"{p.n}\n{a.block}\n\nNATIONAL INSURANCE NUMBER: {p.nid('nino')}\n\n"
        f"YOU NEED TO ATTEND AN APPOINTMENT WITH YOUR WORK COACH {coach.n} ON {when}. "
        "IF YOU DO NOT ATTEND AND DO NOT HAVE A GOOD REASON, YOUR UNIVERSAL CREDIT PAYMENT MAY BE "
        "REDUCED (A SANCTION). BRING PHOTO ID AND YOUR CV. "
        f"TO REARRANGE CALL {g.tel('uk')}."
    )


@T("personal_letters", "en", 2, case="upper")
def t_ssa_award_caps(g: Gen, i: int) -> str:
    p = g.person("us", need=("ssn",))
    a = g.addr("us")
    amt = ["$1,284.00", "$967.40"][i]
    return (
        "Explain this notice to me like I'm not a lawyer. Is this the full amount or do they take Medicare "
        "out?\n\n"
        "SOCIAL SECURITY ADMINISTRATION\nNOTICE OF AWARD\n"
        f"{p.n}\n{a.block}\n\n"
        f"CLAIM NUMBER: {p.nid('ssn')}A\n"
        f"WE FOUND THAT YOU BECAME DISABLED UNDER OUR RULES. YOUR MONTHLY BENEFIT IS {amt}. "
        "WE WILL PAY YOU ON THE SECOND WEDNESDAY OF EACH MONTH. "
        "IF YOU DISAGREE WITH THIS DECISION YOU HAVE 60 DAYS TO ASK FOR AN APPEAL."
    )


@T("personal_letters", "en", 2)
def t_hb_overpayment_reply(g: Gen, i: int) -> str:
    p = g.person("uk")
    a = g.addr("uk")
    off = g.person("uk")
    amt = ["£2,318.46", "£964.10"][i]
    mail = off.mail("revs-bens.example-council.gov.uk", "g.f")
    return (
        "Help me reply to this. I reported my hours going up straight away and recieved a reference, I have the "
        "call log.\n\n"
        f"> From: {off.n} <{mail}>\n"
        "> Subject: Housing Benefit overpayment\n>\n"
        f"> Dear {p.n},\n"
        f"> We have identified an overpayment of Housing Benefit of {amt} on your claim for {a.inline}. "
        "This arose because your earnings increased and we were not told. The overpayment is recoverable.\n"
        ">\n> Yours sincerely\n"
        f"> {off.n}\n> Benefits Officer\n> Tel {g.tel('uk')}"
    )


@T("personal_letters", "en", 2)
def t_utr_accountant_email(g: Gen, i: int) -> str:
    p = g.person("uk")
    tax = g.person("uk")
    utr = ["94381 07265", "99172 54308"][i]
    job = ["driving for a delivery app", "selling cakes at the market"][i]
    return (
        "Can you make this e-mail to my tax helper clearer and more polite?\n\n"
        f"hi {tax.g}, its {p.n} again (UTR {NID(utr)}). i started {job} in october and didnt register "
        "for self assessment yet. do i need to do the 2024-25 return or is it too late, and will i get a fine? "
        f"my number is {g.tel('uk')} if easier. thanks {p.g}"
    )


@T("personal_letters", "de", 2)
def t_widerspruch_jobcenter(g: Gen, i: int) -> str:
    p = g.person("de")
    a = g.addr("de")
    grund = [
        "die Heizkosten nur in Höhe von 68 € statt der tatsächlichen 112 € berücksichtigt wurden",
        "mein Sohn als Mitglied der Bedarfsgemeinschaft gezählt wird, obwohl er seit 1. März ausgezogen ist",
        ("eine Sanktion (Leistungsminderung um 10 %) verhängt wurde, obwohl ich den Termin am 14.02. "
        "wegen Krankheit abgesagt habe"),
    ][i]
    return (
        "Formuliere bitte einen sachlichen Widerspruch gegen den Bescheid des Jobcenters vom 06.03. "
        "Es geht ums Bürgergeld.\n\n"
        f"Absender: {p.n}, {a.inline}\nGeburtsdatum: {p.bd('dmy.')}\nBG-Nummer: 23401//0047815\n\n"
        f"Begründung: Ich bin nicht einverstanden, weil {grund}.\n\n"
        f"Bitte am Ende: Mit freundlichen Grüßen, {p.n}. Und sag mir, ob ich das per Post oder über "
        "jobcenter.digital schicken soll."
    )


@T("personal_letters", "fr", 2)
def t_courrier_prefecture(g: Gen, i: int) -> str:
    p = g.person("fr", tags=[("Moroccan French", "Algerian French"), ("Wolof", "Fula")][i])
    a = g.addr("fr")
    agdref = ["7503184629", "6902271348"][i]
    pays = ["marocaine", "sénégalaise"][i]
    return (
        "Aide-moi à écrire un courrier à la préfecture : mon récépissé expire dans 10 jours et je n'ai "
        "aucune nouvelle du renouvellement de ma carte de séjour pluriannuelle.\n\n"
        f"Nom : {p.n}\nNé(e) le : {p.bd('fr')}\nNationalité : {pays}\n"
        f"N° étranger (AGDREF) : {NID(agdref)}\nAdresse : {a.inline}\nTél. : {g.tel('fr')}\n\n"
        "Je travaille en CDI, mon employeur menace de suspendre mon contrat. Ton ferme mais poli."
    )


@T("personal_letters", "es", 1)
def t_reclamacion_inss(g: Gen, i: int) -> str:
    p = g.person("es", sex="f", need=("dni",))
    a = g.addr("es")
    nuss = ["33/10472958/19", "28/12094635/33"][i]
    return (
        "Necesito redactar una reclamación previa ante el INSS contra la denegación de la incapacidad "
        "permanente total. Estos son mis datos:\n\n"
        f"{p.n}, con DNI {p.nid('dni')} y número de la Seguridad Social {NID(nuss)}, "
        f"con domicilio en {a.inline}.\n\n"
        "Trabajaba de camarera de pisos y tengo una hernia discal L4-L5 operada dos veces. El tribunal "
        "médico dice que puedo hacer trabajos ligeros. ¿Qué argumentos pongo y qué plazo tengo?"
    )


@T("personal_letters", "nl", 1)
def t_bezwaar_uwv(g: Gen, i: int) -> str:
    p = g.person("nl", need=("bsn",))
    a = g.addr("nl")
    ad = g.person("nl")
    return (
        "Schrijf een bezwaarschrift tegen het besluit van het UWV over mijn WIA-uitkering. Ik ben het "
        "niet eens met de arbeidsdeskundige.\n\n"
        f"Naam: {p.n}\nBSN: {p.nid('bsn')}\nAdres: {a.inline}\nTelefoon: {g.tel('nl')}\n\n"
        f"De verzekeringsarts, {ad.n}, heeft mijn vermoeidheidsklachten na long covid niet meegewogen. "
        "Ik werk nu 12 uur en red dat amper. Graag ook vragen om een hoorzitting."
    )


@T("personal_letters", "it", 1)
def t_ricorso_inps(g: Gen, i: int) -> str:
    p = g.person("it", need=("cf",))
    a = g.addr("it")
    pat = g.person("it", sex="f")
    cosa = ["la NASpI", "l'assegno di invalidità civile"][i]
    return (
        f"Mi serve un ricorso amministrativo all'INPS: mi hanno respinto {cosa}. Scrivilo in modo formale.\n\n"
        f"Ricorrente: {p.n}\nC.F.: {p.nid('cf')}\nNato/a il {p.bd('it')}\nResidente in {a.inline}\n"
        f"Tel. {g.tel('it')}\n\nMi segue il patronato INCA, l'operatrice è {pat.n}. Il rigetto dice "
        "che mancano 13 settimane di contributi, ma ho le buste paga della stagione estiva."
    )


@T("personal_letters", "pl", 1)
def t_odwolanie_zus(g: Gen, i: int) -> str:
    p = g.person("pl", sex="m", need=("pesel",))
    a = g.addr("pl")
    return (
        "Pomóż mi napisać odwołanie od decyzji ZUS o odmowie renty z tytułu niezdolności do pracy. "
        "Odwołanie idzie do sądu przez ZUS.\n\n"
        f"Odwołujący się: {p.n}\nPESEL: {p.nid('pesel')}\nAdres: {a.inline}\n\n"
        "Lekarz orzecznik uznał mnie za zdolnego do pracy, a mam orzeczenie o umiarkowanym stopniu "
        "niepełnosprawności i po dwóch zawałach. Decyzja z 10 marca."
    )


@T("personal_letters", "ar", 1)
def t_tarjama_risala(g: Gen, i: int) -> str:
    p = g.person("ar", sex="m")
    a = home(g, p)
    return (
        "ترجم هذه الرسالة إلى الإنجليزية بلغة رسمية، سأرسلها إلى مكتب الإعانات في البلدية:\n\n"
        f"أنا {p.n}، مقيم حالياً في {a.inline}، ورقم هاتفي {a.phone}. "
        f"تقدمت بطلب مساعدة السكن قبل ثلاثة أشهر ولم أتلقَّ أي رد. والدي {g.person('ar', sex='m').n} "
        "مريض ويعيش معي، وأنا المعيل الوحيد للأسرة. أرجو إفادتي بمرحلة الطلب.\n\n"
        "مع الشكر والتقدير"
    )


@T("personal_letters", "uk", 1)
def t_lyst_dzhobtsentr(g: Gen, i: int) -> str:
    p = g.person("ua")
    a = g.addr("de")
    return (
        "Переклади цей лист німецькою для джобцентру, офіційним стилем:\n\n"
        f"Шановна пані/пане, мене звати {p.n}, я проживаю за адресою {a.inline}. "
        f"Дата народження: {p.bd('dmy.')}. З 1 квітня я працюю на мініджобі (520 євро), "
        "договір додаю. Прошу перерахувати Bürgergeld. "
        f"Мій телефон: {g.tel('de')}.\n\nЗ повагою, {p.n}"
    )


@T("personal_letters", "ja", 1)
def t_nenkin_tegami(g: Gen, i: int) -> str:
    p = g.person("ja", sex="f", need=("myno",))
    a = g.addr("ja")
    return (
        "日本年金機構あての手紙を丁寧な文面に直してください。\n\n"
        f"氏名：{p.n}\n生年月日：{p.bd('cjk')}\nマイナンバー：{p.nid('myno')}\n住所：{a.inline}\n"
        f"電話：{a.phone}\n\n"
        "夫が昨年亡くなり、遺族厚生年金の請求書を提出しましたが、三か月たっても決定通知が届きません。"
        "審査の状況を教えてください。"
    )


@T("personal_letters", "el", 1)
def t_epistoli_efka(g: Gen, i: int) -> str:
    p = g.person("el", need=("amka",), born=(1940, 1970))
    a = g.addr("el")
    return (
        "Γράψε μου μια επίσημη αίτηση προς τον e-ΕΦΚΑ για την καθυστέρηση της σύνταξης γήρατος.\n\n"
        f"Ονοματεπώνυμο: {p.n}\nΑΜΚΑ: {p.nid('amka')}\n"
        + (f"ΑΦΜ: {p.nid('afm')}\n" if p.has("afm") else "")
        + f"Διεύθυνση: {a.inline}\nΤηλ.: {g.tel('el')}\n\n"
        "Η αίτηση υποβλήθηκε τον Ιούνιο και ακόμα δεν έχω πάρει ούτε προσωρινή σύνταξη."
    )


# ----- personal_casework: case notes, assessments, call transcripts, visit reports ------------


@T("personal_casework", "en", 3)
def t_cab_case_note(g: Gen, i: int) -> str:
    p = g.person("uk+af", sex="f")
    a = g.addr("uk")
    kid = g.person("uk+af", sex="m")
    ll = g.person("uk")
    issue = [
        "rent arrears of £1,140 after the UC housing element was paid late",
        "a Section 21 notice and a Council Tax Reduction that stopped when she moved",
        "a UC advance being clawed back at £96 a month, leaving nothing for the gas meter",
    ][i]
    return (
        "Turn my case note into a short referral summary for the food bank and the debt team:\n\n"
        f"Client {p.n} came in on Monday with {issue}. Lives at {a.inline} with son {kid.g} (7). "
        f"Landlord is a private individual, {ll.n}, reachable on {g.tel('uk')}. "
        f"Client's own mobile {g.tel('uk')}. Client agreed we can share details with the food bank. "
        "Next step: Discretionary Housing Payment form, and a breathing space referral."
    )


@T("personal_casework", "en", 2, case="lower")
def t_pip_assessor_note(g: Gen, i: int) -> str:
    p = g.person("uk", need=("nhs",))
    hosp = ["RX1 4471826", "K0839154"][i]
    cons = g.person("uk")
    return (
        "tidy up my assessment notes into the report sections (history, functional, observations), "
        "dont add anything i didnt write:\n\n"
        f"claimant {p.n}, nhs {p.nid('nhs')}, hosp no {MRN(hosp)}. dob {p.bd('dmy/')}. "
        f"under {cons.f} (rheum) at the hospital, methotrexate weekly. "
        "says mornings worst, stiffness 2h. managed stairs to the room slowly with rail. "
        f"{p.g} became tearful talking about stopping work. no aids seen in home. "
        "daughter does shopping."
    )


@T("personal_casework", "en", 3)
def t_ssa_call_transcript(g: Gen, i: int) -> str:
    p = g.person("us", need=("ssn", "card") if i == 2 else ("ssn",))
    agent = g.person("us")
    a = g.addr("us")
    extra, what = (
        (f"CALLER: the Direct Express card, number is {p.nid('card')}, it got declined at the store.\n",
         "the replacement card request")
        if p.has("card") else
        ("CALLER: I moved last month, I don't know if the new address went through.\n", "the address update")
    )
    return (
        "Summarize this call into a case note (3 bullets, no small talk):\n\n"
        f"AGENT ({agent.g}): Social Security, this is {agent.g}, can I have your name?\n"
        f"CALLER: {p.n}.\n"
        "AGENT: And your Social Security number?\n"
        f"CALLER: {p.nid('ssn')}.\n"
        "AGENT: Date of birth?\n"
        f"CALLER: {p.bd('us')}.\n{extra}"
        f"AGENT: I have you at {a.inline}, is that current?\n"
        "CALLER: Yes.\n"
        f"AGENT: OK {p.g}, I'll send {what} today."
    )


@T("personal_casework", "de", 1)
def t_aktenvermerk_abh(g: Gen, i: int) -> str:
    p = g.person("de", tags=("Syrian", "Tigrinya", "Pashto", "Kurdish", "Ukrainian"))
    sb = g.person("de", tags=("German",))
    a = g.addr("de")
    return (
        "Mach aus diesem Aktenvermerk der Ausländerbehörde eine kurze, verständliche Zusammenfassung für "
        "die Beratungsstelle:\n\n"
        f"Vorsprache am 11.03.: {p.n}, geb. {p.bd('dmy.')}, wohnhaft {a.inline}. "
        "Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG läuft am 30.04. ab. Verlängerungsantrag liegt vor, "
        "Fiktionsbescheinigung ausgestellt. Nationalpass fehlt weiterhin; Vorsprache bei der Botschaft "
        f"nachgewiesen. Rückfragen an Sachbearbeiter/in {sb.n}, Tel. {g.tel('de')}."
    )


@T("personal_casework", "de", 2, case="lower")
def t_jobcenter_vermerk(g: Gen, i: int) -> str:
    p = g.person("de", born=(1976, 2000))
    fk = g.person("de")
    return (
        "mach daraus bitte einen ordentlichen beratungsvermerk, stichpunkte reichen:\n\n"
        f"gespräch mit {p.n} heute, 25 min. {p.g} möchte umschulung zur pflegefachkraft, "
        "hat b1-zertifikat, sucht kita-platz für die kleine. bildungsgutschein besprochen, "
        f"unterlagen bis ende monat. nächster termin bei mir ({fk.n}) in 4 wochen. "
        f"handy {g.tel('de')}"
    )


@T("personal_casework", "fr", 1)
def t_note_ccas(g: Gen, i: int) -> str:
    p = g.person("fr", need=("nir",), born=(1940, 1965))
    a = g.addr("fr")
    fille = g.person("fr", sex="f")
    return (
        "Reformule cette note de l'assistante sociale du CCAS pour la demande d'APA au Conseil "
        "départemental, style administratif :\n\n"
        f"Visite à domicile chez {p.n} ({p.bd('dmy/')}, NIR {p.nid('nir')}), {a.inline}. "
        "Vit seul(e) au 1er étage sans ascenseur, chute en janvier, ne sort plus. "
        f"Sa fille {fille.n} passe le week-end ({g.tel('fr')}). Demande : aide à domicile 2 h/jour, "
        "téléassistance, portage de repas."
    )


@T("personal_casework", "es", 1)
def t_informe_social(g: Gen, i: int) -> str:
    p = g.person("es+latam")
    ts = g.person("es", sex="f")
    a = g.addr("es")
    return (
        "Convierte estas notas en un informe social breve para la comisión de ayudas de emergencia:\n\n"
        f"Usuaria/o: {p.n}, nacida/o el {p.bd('dmy/')}, empadronada/o en {a.inline}. "
        "Unidad familiar de 3 miembros, ingresos: 620 € de trabajo doméstico sin contrato. "
        "Deuda de luz de 410 €, aviso de corte. Solicita ayuda para suministros. "
        f"Trabajadora social: {ts.n}. Teléfono de contacto de la persona usuaria: {g.tel('es+latam')}."
    )


@T("personal_casework", "it", 1)
def t_relazione_sociale(g: Gen, i: int) -> str:
    p = g.person("it")
    a = g.addr("it")
    figlio = g.person("it", sex="m", tags=("Sicilian", "Apulian", "Venetian", "Neapolitan", "Emilian"))
    return (
        "Riscrivi in forma di relazione per il Servizio Sociale Professionale, con tono neutro:\n\n"
        f"Il sig./la sig.ra {p.n}, nato/a il {p.bd('dmy/')}, residente in {a.inline}, si presenta "
        "allo sportello per la richiesta di contributo affitto. Riferisce sfratto per morosità con "
        f"udienza a maggio. Il figlio {figlio.g} lavora saltuariamente. Recapito: {g.tel('it')}."
    )


@T("personal_casework", "ru", 1)
def t_uszn_zametka(g: Gen, i: int) -> str:
    p = g.person("ru", sex="f", born=(1940, 1966))
    a = g.addr("ru")
    idv = p.nid("snils") if p.has("snils") else p.nid("inn")
    kind = "СНИЛС" if p.has("snils") else "ИНН"
    return (
        "Составь из заметки короткую справку для назначения субсидии на оплату ЖКУ:\n\n"
        f"Обратилась {p.official}, {p.bd('dmy.')} г.р., {kind} {idv}. "
        f"Адрес: {a.inline}. Тел. {g.tel('ru')}. "
        "Проживает одна, пенсия по старости 19 400 руб., долг за отопление 7 800 руб. "
        "Приложены квитанции за 6 месяцев."
    )


@T("personal_casework", "he", 1)
def t_bituach_leumi_sikum(g: Gen, i: int) -> str:
    p = g.person("he")
    a = g.addr("he")
    pakid = g.person("he")
    return (
        "סכם לי את השיחה הזאת לשלוש נקודות לתיק:\n\n"
        f"פקיד/ה: {pakid.g}\n"
        f"מבוטח/ת: {p.n}, ת.ז. {p.nid('ilid')}\n"
        f"כתובת: {a.inline}\nטלפון: {g.tel('he')}\n"
        "פנייה בעניין הבטחת הכנסה. לדבריו/ה התשלום לא נכנס החודש. "
        "נמצא כי חסר אישור מלשכת התעסוקה. הוסבר כיצד להגיש באזור האישי."
    )


@T("personal_casework", "ko", 1)
def t_jumin_sangdam(g: Gen, i: int) -> str:
    p = g.person("ko")
    a = g.addr("ko")
    dam = g.person("ko")
    return (
        "아래 상담 메모를 기초생활수급 신청 상담일지 양식으로 정리해 주세요.\n\n"
        f"상담자: {p.n} (주민등록번호 {p.nid('rrn')})\n주소: {a.inline}\n연락처: {g.tel('ko')}\n"
        f"담당: 맞춤형복지팀 {dam.n} 주무관\n"
        "내용: 배우자 사망 후 단독가구, 소득 없음. 자녀와 연락 끊김. 의료급여와 주거급여 문의."
    )


@T("personal_casework", "zh", 1)
def t_dibao_diaocha(g: Gen, i: int) -> str:
    p = g.person("zh", sex="f")
    a = g.addr("zh")
    cun = g.person("zh")
    return (
        "把下面的入户调查记录整理成正式的低保审核意见，三段以内：\n\n"
        f"申请人：{p.n}，身份证号：{p.nid('ric')}，出生日期：{p.bd('cjk')}\n"
        f"住址：{a.inline}\n联系电话：{g.tel('zh')}\n"
        f"调查人：社区工作人员{cun.n}\n"
        "情况：丈夫去年病故，本人患糖尿病，无固定收入，儿子在外地打工，每月寄回约800元。"
    )


@T("personal_casework", "en", 2)
def t_consulate_log(g: Gen, i: int) -> str:
    if i == 0:
        p = g.person("ph", need=("sss",))
        idline = f"SSS no. {p.nid('sss')}"
        post = "Philippine Consulate"
        home_line = home(g, p).inline
    else:
        p = g.person("in", need=("aadhaar",))
        idline = f"Aadhaar {p.nid('aadhaar')}"
        post = "Consulate General of India"
        home_line = home(g, p).inline
    officer = g.person("uk+us")
    return (
        f"Clean up this duty log entry from the {post} for the weekly report, keep the facts:\n\n"
        f"09:40 walk-in, {p.n}, DOB {p.bd('dmy/')}, {idline}. Passport held by employer, "
        f"requests emergency travel document. Home address on file: {home_line}. "
        f"Local mobile {g.tel('uk+ie')}. Seen by {officer.n}. Referred to welfare officer, "
        "shelter arranged for 2 nights."
    )


@T("personal_casework", "en", 2)
def t_dvla_medical_note(g: Gen, i: int) -> str:
    p, lic = [(BY_NAME["Bethan Pryce"], "PRYCE853146B99KT"), (BY_NAME["Dale Hibbert"], "HIBBE609088D99LM")][i]
    g.row.add(("person", p.full))
    g.use[("person", p.full)] += 1
    a = g.addr("uk")
    doc = g.person("uk")
    cond = ["a first seizure in November", "insulin-treated diabetes with one hypo at the wheel"][i]
    return (
        "Draft a short, neutral letter from me to the driver to explain the DVLA medical enquiry process. "
        "Case notes:\n\n"
        f"Driver: {p.n}\nLicence no: {NID(lic)}\nAddress: {a.inline}\n"
        f"Notified condition: {cond}. Consultant {doc.n} has been sent a questionnaire. "
        "Driver has voluntarily surrendered licence pending decision."
    )


@T("personal_casework", "sv", 1)
def t_fk_anteckning(g: Gen, i: int) -> str:
    p = g.person("nordic", need=("pnr",))
    hl = g.person("nordic")
    a = g.addr("se")
    return (
        "Gör om min handläggaranteckning till en tydlig sammanfattning inför avstämningsmötet om "
        "sjukpenning:\n\n"
        f"Försäkrad: {p.n}, {p.nid('pnr')}, {a.inline}. Sjukskriven 100 % sedan 4 nov för "
        "utmattningssyndrom. Arbetsgivaren erbjuder arbetsträning 25 %. "
        f"Kontakt: {g.tel('se')}. Handläggare: {hl.n}."
    )


@T("personal_casework", "th", 1)
def t_bat_sawatdikan(g: Gen, i: int) -> str:
    p = g.person("th")
    a = g.addr("th")
    jn = g.person("th")
    return (
        "ช่วยสรุปบันทึกนี้เป็นรายงานสั้น ๆ สำหรับการลงทะเบียนบัตรสวัสดิการแห่งรัฐ\n\n"
        f"ผู้ยื่นคำขอ: {p.n}\nเลขประจำตัวประชาชน: {p.nid('thpin')}\nวันเกิด: {p.bd('th')}\n"
        f"ที่อยู่: {a.inline}\nโทร: {g.tel('th')}\n"
        f"เจ้าหน้าที่: {jn.n}\nหมายเหตุ: อาชีพรับจ้างทั่วไป รายได้ไม่แน่นอน ไม่มีที่ดินทำกิน"
    )


# ----- personal_records: CSV/JSON/SQL exports, calculation sheets, registry extracts, logs -----


def postcode_of(a: Address) -> str:
    """The last `{...}` piece of an address (its postcode in UK and US layouts), marked."""
    return LOC(re.findall(r"\{([^{}]+)\}", a.raw)[-1])


@T("personal_records", "en", 2)
def t_uc_caseload_csv(g: Gen, i: int) -> str:
    rows = []
    for _ in range(3):
        p = g.person("uk", need=("nino",))
        a = g.addr("uk")
        d = p.bd("dmy/") if len(rows) != 1 else p.bd("ymd-")
        rows.append(f"{p.f},{p.g},{p.nid('nino')},{d},{postcode_of(a)}")
    coach = g.person("uk")
    return (
        "This caseload export has mixed date formats. Fix the CSV so every date is DD/MM/YYYY and keep "
        "everything else as is:\n\n"
        "surname,forename,nino,dob,postcode\n" + "\n".join(rows) + "\n\n"
        f"(Work coach: {coach.n})"
    )


@T("personal_records", "en", 2)
def t_hb_calc_sheet(g: Gen, i: int) -> str:
    p = g.person("uk", born=(1930, 1958))
    a = g.addr("uk")
    ll = g.person("uk")
    rent, inc = [("£118.50", "£212.40"), ("£96.00", "£178.95")][i]
    return (
        "Can you check my housing benefit working? I think the taper is wrong.\n\n"
        "HOUSING BENEFIT – ASSESSMENT SHEET\n"
        f"Claimant ........ {p.n}\nDOB ............. {p.bd('dmy/')}\nProperty ........ {a.inline}\n"
        f"Landlord ........ {ll.n}\nEligible rent ... {rent} pw\nNet earnings .... {inc} pw\n"
        "Applicable amt .. £90.50 pw (pension age, single)\n"
        "Excess income ... earnings minus applicable amount\nTaper ........... 65%\n"
        "HB = eligible rent minus 65% of excess income"
    )


@T("personal_records", "en", 2)
def t_navigator_json(g: Gen, i: int) -> str:
    p = g.person("us", need=("ssn",))
    a = g.addr("us")
    street, rest = a.lines[0], a.lines[1]
    mail = p.mail(g.pick(["gmail.com", "yahoo.com", "outlook.com"]), g.pick(["g.f", "gf", "g1f"]), str(g.num(1, 99)))
    return (
        "Our benefits navigator app returns this JSON and the frontend crashes on it. What's invalid?\n\n"
        "{\n"
        f'  "client": {{"first": "{p.g}", "last": "{p.f}", "ssn": "{p.nid("ssn")}",\n'
        f'             "dob": "{p.bd("ymd-")}", "email": "{mail}"}},\n'
        f'  "address": {{"street": "{street}", "cityStateZip": "{rest}"}},\n'
        f'  "phone": "{a.phone}",\n'
        '  "programs": ["SNAP", "LIHEAP", "Medicaid",],\n'
        '  "status": "screened"\n'
        "}"
    )


@T("personal_records", "en", 2)
def t_vita_sql(g: Gen, i: int) -> str:
    p = g.person("us", need=("ssn",))
    q = g.person("us")
    return (
        "Volunteer tax site here (VITA). This insert fails with 'value too long for type character(9)'. "
        "Why, and how should I store it?\n\n"
        "INSERT INTO intake (first_name, last_name, ssn, dob, filing_status, dependent)\n"
        f"VALUES ('{p.g}', '{p.f}', '{p.nid('ssn')}', '{p.bd('ymd-')}', 'HOH', '{q.n}');"
    )


@T("personal_records", "de", 1)
def t_sepa_auszahlung(g: Gen, i: int) -> str:
    rows = []
    for k in range(3):
        p = g.person("de", need=("iban",))
        rows.append(f"{p.f};{p.g};{p.nid('iban')};{['563,00', '1.012,40', '347,15', '802,00', '91,20', '455,60'][i * 3 + k]};"
                    f"SGB XII {['40', '41', '42'][k]}/0{g.num(1000, 9999)}")
    return (
        "Die Zahldatei für die Grundsicherung wird von der Bank abgelehnt (\"Ungültiges Format\"). "
        "Siehst du, woran es liegt?\n\n"
        "Name;Vorname;IBAN;Betrag;Verwendungszweck\n" + "\n".join(rows)
    )


@T("personal_records", "de", 1)
def t_melderegister_auszug(g: Gen, i: int) -> str:
    ort = {"Syrian": "Aleppo", "Russian German": "Tscheljabinsk", "Turkish German": "Gaziantep",
           "Pashto": "Kabul", "Tigrinya": "Asmara", "Kurdish": "Diyarbakır", "Ukrainian": "Charkiw",
           "Polish German": "Opole"}
    p = g.person("de", tags=tuple(ort))
    a = g.addr("de")
    wg = g.person("de", tags=("German",))
    return (
        "Übersetze diese Meldebescheinigung ins Englische für die Hochschule:\n\n"
        "Meldebescheinigung (einfache)\n"
        f"Familienname: {p.f}\nVornamen: {p.g}\nGeburtsdatum: {p.bd('dmy.')}\n"
        f"Geburtsort: {LOC(ort[p.tag])}\nAnschrift: {a.inline}\nEinzugsdatum: 01.10.\n"
        f"Wohnungsgeber: {wg.n}\nStaatsangehörigkeit: siehe Pass"
    )


@T("personal_records", "fr", 1)
def t_acte_naissance(g: Gen, i: int) -> str:
    enfant = g.person("fr")
    mere = g.person("fr", sex="f")
    pere_prenom = ["Bernard", "Jean-Claude", "Gérard", "Michel", "Alain", "Daniel"][g.num(0, 5)]
    mere_prenom = ["Monique", "Jacqueline", "Françoise", "Colette", "Odette", "Huguette"][g.num(0, 5)]
    lieu = ["Brive-la-Gaillarde", "Quimper"][i]
    return (
        "Traduis en anglais cet extrait d'acte de naissance pour un dossier de visa, en gardant la mise "
        "en page :\n\n"
        "EXTRAIT D'ACTE DE NAISSANCE\n"
        f"Le {enfant.bd('fr')} est né(e) à {LOC(lieu)} : {enfant.n}, "
        f"de {PER(pere_prenom + ' ' + enfant.family)}, et de {PER(mere_prenom + ' ' + mere.family)}, son épouse.\n"
        "Mentions marginales : néant.\nDélivré par l'officier de l'état civil."
    )


@T("personal_records", "es", 2)
def t_padron_csv(g: Gen, i: int) -> str:
    rows = []
    for _ in range(3):
        p = g.person("es", need=("dob",))
        a = g.addr("es")
        doc = p.nid("dni") if p.has("dni") else (p.nid("nie") if p.has("nie") else "PASAPORTE")
        rows.append(f"{doc};{p.g};{p.f};{p.bd('dmy/')};{a.lines[0]}")
    return (
        "Exporté el padrón de altas del mes y el Excel me junta todo en una columna. "
        "¿Cómo lo importo bien? Es separado por punto y coma:\n\n"
        "DOCUMENTO;NOMBRE;APELLIDOS;F_NACIMIENTO;DOMICILIO\n" + "\n".join(rows)
    )


@T("personal_records", "nl", 1)
def t_brp_json(g: Gen, i: int) -> str:
    p = g.person("nl", need=("bsn",))
    a = g.addr("nl")
    straat, rest = a.lines[0], a.lines[-1]
    return (
        "Ik krijg deze persoon terug uit de BRP-bevraging. Schrijf een Python-functie die er een "
        "adresregel van maakt:\n\n"
        "{\n"
        f'  "burgerservicenummer": "{p.nid("bsn")}",\n'
        f'  "naam": {{"voornamen": "{p.g}", "geslachtsnaam": "{p.f}"}},\n'
        f'  "geboorte": {{"datum": "{p.bd("ymd-")}"}},\n'
        f'  "verblijfplaats": {{"straatHuisnummer": "{straat}", "postcodeWoonplaats": "{rest}"}}\n'
        "}"
    )


@T("personal_records", "pl", 1)
def t_ops_lista_tsv(g: Gen, i: int) -> str:
    rows = []
    for _ in range(3):
        p = g.person("pl", need=("pesel",))
        a = g.addr("pl")
        rows.append(f"{p.g}\t{p.f}\t{p.nid('pesel')}\t{a.inline}\t{g.tel('pl')}")
    return (
        "Wkleiłam listę świadczeniobiorców OPS z Excela. Posortuj po nazwisku i policz, ile osób jest "
        "po 60. roku życia (z PESEL):\n\n"
        "Imię\tNazwisko\tPESEL\tAdres\tTelefon\n" + "\n".join(rows)
    )


@T("personal_records", "sv", 1)
def t_flyttanmalan_log(g: Gen, i: int) -> str:
    rows = []
    for k in range(2):
        p = g.person("nordic", need=("pnr",))
        a = g.addr("se")
        rows.append(f"2025-03-1{k + 2} 09:{14 + k * 7}:03|FLYTT|{p.nid('pnr')}|{p.n}|{a.inline}")
    return (
        "Varför fastnar de här flyttanmälningarna i kön? Loggen från integrationen:\n\n"
        + "\n".join(rows)
        + "\nERROR postnummer saknar mellanslag enligt schema v2"
    )


@T("personal_records", "pt", 2)
def t_cras_planilha(g: Gen, i: int) -> str:
    rows = []
    for _ in range(3):
        p = g.person("br", need=("cpf",))
        a = g.addr("br")
        rows.append(f"{p.up};{p.nid('cpf')};{a.inline};{g.tel('br')}")
    return (
        "Essa planilha do CRAS tem CPF com e sem pontuação. Me passa uma fórmula do Excel que "
        "padronize tudo no formato 000.000.000-00:\n\n"
        "NOME;CPF;ENDEREÇO;TELEFONE\n" + "\n".join(rows)
    )


@T("personal_records", "hinglish", 1)
def t_dbt_yaml(g: Gen, i: int) -> str:
    p = g.person("in", need=("aadhaar",))
    a = home(g, p)
    return (
        "Yeh YAML pension DBT portal se export hua hai, isme indentation galat hai kya? Batao aur "
        "sahi version do:\n\n"
        "beneficiary:\n"
        f"  name: {p.n}\n"
        f"  aadhaar: \"{p.nid('aadhaar')}\"\n"
        f"  dob: {p.bd('dmy-')}\n"
        f" village: {a.town}\n"
        f"  mobile: \"{g.tel('in')}\"\n"
        f"  scheme: {'IGNOAPS' if p.dob[0] < 1966 else 'IGNWPS'}\n"
        "  ifsc: SBIN0003471"
    )


@T("personal_records", "en", 2)
def t_portal_audit_log(g: Gen, i: int) -> str:
    p = g.person("uk")
    handle = PER(f"{p.given[0].lower()}{ascii_fold(p.family).lower().replace(' ', '')}")
    ips = [("81.174.23.109", "185.220.101.47"), ("86.143.72.18", "2a02:c7c:8815:3a00::17")][i]
    mail = p.mail(g.pick(["gmail.com", "hotmail.co.uk", "btinternet.com"]), "g.f")
    return (
        "Does this look like an account takeover on the claimant portal? Explain what happened in order.\n\n"
        f"2025-02-03T07:12:44Z login ok user={handle} ip={IP(ips[0])}\n"
        f"2025-02-03T23:51:09Z login ok user={handle} ip={IP(ips[1])}\n"
        f"2025-02-03T23:53:30Z bank_details_changed user={handle}\n"
        f"2025-02-03T23:54:02Z email_changed old={mail} new={EML(f'payments-{g.num(100, 999)}@proton.me')}"
    )


@T("personal_records", "tr", 1)
def t_sosyal_yardim_json(g: Gen, i: int) -> str:
    p = g.person("tr", need=("tckn",))
    a = g.addr("tr")
    return (
        "Sosyal yardım başvurusu JSON'u bu. Alan adlarını İngilizceye çevirip aynı yapıyı korur musun?\n\n"
        "{\n"
        f'  "tcKimlikNo": "{p.nid("tckn")}",\n'
        f'  "ad": "{p.g}",\n  "soyad": "{p.f}",\n'
        f'  "dogumTarihi": "{p.bd("dmy.")}",\n'
        f'  "adres": "{a.inline}",\n'
        f'  "telefon": "{g.tel("tr")}",\n'
        '  "yardimTuru": "yakacak"\n'
        "}"
    )


@T("personal_records", "ja", 1)
def t_kokuho_gengaku_csv(g: Gen, i: int) -> str:
    rows = []
    for _ in range(2):
        p = g.person("ja")
        a = g.addr("ja")
        mn = p.nid("myno") if p.has("myno") else "未提出"
        rows.append(f"{p.n},{p.bd('ymd/')},{mn},{a.flat('')},{a.phone}")
    return (
        "国民健康保険料の減免申請の一覧です。生年月日から年齢の列を追加するExcelの式を教えてください。\n\n"
        "氏名,生年月日,個人番号,住所,電話\n" + "\n".join(rows)
    )


# ----- personal_chat: claimants and citizens typing to the assistant --------------------------


@T("personal_chat", "en", 3, case="lower")
def t_uc_chat(g: Gen, i: int) -> str:
    p = g.person("uk", need=("nino",))
    q = g.person("uk", sex="m")
    a = g.addr("uk")
    return [
        (f"hi im {p.g}, my uc got stopped because they think {q.g} lives with me but he doesnt he just "
        f"visits the kids. my ni is {p.nid('nino')} if that matters. address is {a.inline}. what do i "
        "even send them as proof??"),
        (f"quick one. ive been sanctioned for missing an appointment i never got the letter for, i "
        f"moved to {a.town} in jan and updated the journal. name {p.n}, ni {p.nid('nino')}. "
        "can i get a hardship payment while i challenge it"),
        (f"my work coach {q.n} keeps telling me to apply for jobs 40 miles away and i dont drive. "
        f"im {p.n} from {a.town}. is that even allowed under the claimant commitment? reply to "
        f"{p.mail('gmail.com', 'gf', str(g.num(10, 99)))} pls"),
    ][i]


@T("personal_chat", "en", 3)
def t_self_assessment_q(g: Gen, i: int) -> str:
    if i == 0:
        p = g.person("uk+af")
        a = g.addr("uk")
        return (
            f"I'm a childminder working from home at {a.inline}. Can I claim part of my council tax and "
            f"heating as expenses on my self assessment, or is it simplified expenses only? - {p.n}"
        )
    if i == 1:
        p = g.person("uk+af", sex="f")
        return (
            f"Tax question: my late husband {g.person('uk', sex='m', born=(1940, 1962)).n} had a small private pension and "
            f"I'm the executor. Do I do his final self assessment or does HMRC? I'm {p.g}, "
            f"ring me on {g.tel('uk')} if you're a real person lol"
        )
    p = g.person("uk", need=("card",))
    return (
        "I paid my January self assessment bill twice by mistake, both times with my debit card "
        f"{p.nid('card')}. Does HMRC refund it to the card automatically or do I have to ask? {p.n}"
    )


@T("personal_chat", "en", 2, case="lower")
def t_snap_recert_chat(g: Gen, i: int) -> str:
    p = g.person("us")
    a = g.addr("us")
    cw = g.person("us")
    return [
        (f"missed my snap recert interview bc i was at work, my caseworker ms {cw.f} never called back. "
        f"im {p.n}, {a.inline}. do i have to reapply from scratch or is there a grace period"),
        (f"hey so the medicaid letter says they mailed stuff to {a.lines[0]} but i moved to {a.town} "
        f"months ago. name is {p.n}, born {p.bd('mdy/')}. who do i even call, {cw.g} at the county "
        "office doesnt pick up"),
    ][i]


@T("personal_chat", "es", 2, case="lower")
def t_whatsapp_gestoria(g: Gen, i: int) -> str:
    p = g.person("es", sex="m", tags=("Basque", "Galician", "Peruvian Quechua", "Moroccan"))
    pid = p.nid("dni") if p.has("dni") else (p.nid("nie") if p.has("nie") else "")
    ges = g.person("es")
    return (
        "resume este audio que le mandé a la gestoría, lo transcribí así:\n\n"
        f"[10:14] {p.g}: hola {ges.g}, soy {p.n}, el de la renta. "
        f"te paso el {'dni' if p.has('dni') else 'nie'} {pid} para el borrador. "
        "este año cobré el paro 4 meses y luego el imv, no sé si tengo que declarar. "
        f"mi móvil es {g.tel('es')}, llámame por la tarde"
    )


@T("personal_chat", "de", 2, case="lower")
def t_buergergeld_chat(g: Gen, i: int) -> str:
    p = g.person("de", need=("idnr",))
    a = g.addr("de")
    return [
        (f"hallo, ich bin {p.g} und wohne in {a.town}. muss ich die nebenkostennachzahlung (380 €) beim "
        "jobcenter einreichen oder zahlt das der vermieter? wie schnell muss das passieren"),
        (f"kurze frage zur steuererklärung: meine steuer-id ist {p.nid('idnr')}, ich hab letztes jahr "
        f"bürgergeld und ab juli lohn bekommen. muss ich abgeben? name {p.n}, {a.inline}"),
    ][i]


@T("personal_chat", "fr", 2, case="lower")
def t_prime_activite_chat(g: Gen, i: int) -> str:
    p = g.person("fr", need=("nir",))
    a = g.addr("fr")
    return [
        (f"bonjour, je suis {p.n}, j'habite à {a.town}. je viens de passer à temps partiel, est-ce que je "
        "peux toucher la prime d'activité en plus de mon salaire ? je gagne 1 050 € net"),
        (f"la caf me réclame un indu de 1 700 € sur l'apl, je comprends rien. mon numéro de sécu c'est "
        f"{p.nid('nir')}, {a.inline}. je peux faire un recours amiable ? merci"),
    ][i]


@T("personal_chat", "hinglish", 2, case="lower")
def t_pmkisan_chat(g: Gen, i: int) -> str:
    p = g.person("in", sex="f" if i == 1 else "", need=("aadhaar",), born=(1930, 1965) if i == 1 else ())
    a = home(g, p)
    return [
        (f"namaste, mera naam {p.n} hai, {a.town} se. pm kisan ki pichli 2 kist nahi aayi, status mein "
        f"'aadhaar authentication failed' dikha raha hai. aadhaar {p.nid('aadhaar')} hai. kya karun?"),
        (f"bhai meri mummy {p.n} ki widow pension band ho gayi, bank wale bolte hai e-kyc karao. "
        f"aadhaar no {p.nid('aadhaar')}, mobile {g.tel('in')}. online ho sakta hai kya?"),
    ][i]


@T("personal_chat", "tl", 2, case="lower")
def t_sss_taglish(g: Gen, i: int) -> str:
    p = g.person("ph", sex="f", need=("sss",), born=(1930, 1965) if i == 0 else (1975, 2000))
    a = home(g, p)
    return [
        (f"hi po, ofw ako sa {LOC('dubai')}. yung nanay ko si {p.n} ({a.town}) gusto mag-file ng sss pension. "
        f"sss number nya {p.nid('sss')}. pwede ba online lang or kailangan pumunta sa branch?"),
        (f"tanong lang po, nag-apply ako ng maternity benefit, {p.n} po ako, sss {p.nid('sss')}, "
        f"contact {g.tel('ph')}. 3 months na wala pa rin. ano po next step"),
    ][i]


@T("personal_chat", "pt", 2, case="lower")
def t_inss_whatsapp(g: Gen, i: int) -> str:
    p = g.person("br", sex="m" if i == 1 else "", need=("cpf",), born=(1930, 1960) if i == 1 else ())
    return [
        (f"oi bom dia, meu benefício do inss foi cortado na perícia. sou {p.n}, cpf {p.nid('cpf')}. "
        "dá pra entrar com recurso pelo meu inss ou tenho que ir na agência?"),
        (f"boa tarde! meu pai {p.n} nasceu em {p.bd('dmy/')} e nunca pagou inss, trabalhou na roça a vida "
        f"toda. ele tem direito a aposentadoria rural? o whats dele é {g.tel('br')}"),
    ][i]


@T("personal_chat", "ar", 1)
def t_hisab_muwatin_chat(g: Gen, i: int) -> str:
    p = g.person("ar")
    return [
        f"السلام عليكم، أنا {p.n}. توقف دعم حساب المواطن هذا الشهر وظهرت لي رسالة «غير مؤهل». "
        f"رقم هويتي {p.nid('said')} إذا احتجت. كيف أقدم اعتراضاً؟" if p.has("said") else
        f"السلام عليكم، أنا {p.n}. أريد تحديث عنواني في سجل الدعم، وهاتفي {p.mobile}. ما الخطوات؟",
        (f"مرحباً، اسمي {p.n} وعمري 58 سنة. هل يحق لي التقاعد المبكر إذا عندي 25 سنة اشتراك؟ "
        f"رقمي {p.mobile}"),
    ][i]


@T("personal_chat", "ru", 1, case="lower")
def t_pensiya_chat(g: Gen, i: int) -> str:
    p = g.person("ru", sex="f" if i == 0 else "", born=(1940, 1966) if i == 0 else ())
    idv = p.nid("snils") if p.has("snils") else p.nid("inn")
    kind = "снилс" if p.has("snils") else "инн"
    return [
        (f"здравствуйте, я {p.n}, {kind} {idv}. почему мне не пересчитали пенсию после увольнения? "
        "подавала заявление через госуслуги в январе"),
        (f"подскажите, как оформить субсидию на жкх, если прописка в другом городе? {p.gp} меня зовут, "
        f"телефон {g.tel('ru')}"),
    ][i]


@T("personal_chat", "vi", 1, case="lower")
def t_bhxh_chat(g: Gen, i: int) -> str:
    p = g.person("vi", sex="f" if i == 1 else "")
    a = g.addr("vi")
    return [
        (f"chào bạn, mình là {p.n}, cccd {p.nid('cccd')}. mình nghỉ việc 3 tháng rồi mà chưa nhận được "
        "trợ cấp thất nghiệp, phải làm sao?"),
        (f"cho mình hỏi, mẹ mình tên {p.n}, ở {a.inline}, muốn rút bhxh một lần thì cần giấy tờ gì? "
        f"sđt {g.tel('vi')}"),
    ][i]


@T("personal_chat", "id", 1, case="lower")
def t_bansos_chat(g: Gen, i: int) -> str:
    p = g.person("idn", sex="f" if i == 1 else "")
    a = home(g, p)
    return [
        (f"halo kak, saya {p.n} dari {a.town}. nik saya {p.nid('nik')} tapi pas cek bansos pkh katanya "
        "tidak terdaftar di dtks. gimana cara daftarnya?"),
        (f"mau tanya, bpjs kesehatan ibu saya {p.n} nunggak 8 bulan, bisa dicicil ga? alamatnya "
        f"{a.inline}, wa {g.tel('idn')}"),
    ][i]


@T("personal_chat", "it", 2, case="lower")
def t_isee_chat(g: Gen, i: int) -> str:
    p = g.person("it", sex="f" if i == 1 else "", need=("cf",))
    a = g.addr("it")
    return [
        (f"ciao, devo rifare l'isee per la mensa di mia figlia. codice fiscale {p.nid('cf')}, "
        "ho cambiato lavoro a settembre. serve l'isee corrente?"),
        (f"sono {p.n} di {a.town}, la dsu mi dà errore sul patrimonio mobiliare. il caf mi chiede 30 euro, "
        "posso farla da sola sul sito inps?"),
    ][i]


@T("personal_chat", "el", 1, case="lower")
def t_epidoma_chat(g: Gen, i: int) -> str:
    p = g.person("el", sex="f")
    a = g.addr("el")
    return [
        f"γεια σας, είμαι η/ο {p.n} από {a.town}. δεν πήρα το επίδομα θέρμανσης φέτος, "
        f"το αφμ μου είναι {p.nid('afm')}. τι να κάνω;" if p.has("afm") else
        f"γεια σας, είμαι η {p.n} από {a.town}. πώς κάνω αίτηση για επίδομα παιδιού; τηλ {g.tel('el')}",
        (f"καλησπέρα, ο αμκα μου είναι {p.nid('amka')} και το σύστημα λέει ότι δεν είμαι ασφαλισμένη. "
        f"λέγομαι {p.n}. πού απευθύνομαι;"),
    ][i]


# ---------------------------------------------------------------------------------------------
# check digits: every ID typed above is verified again here (standard library only)


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def luhn_ok(s: str) -> bool:
    total = 0
    for k, c in enumerate(reversed(_digits(s))):
        d = int(c) * (2 if k % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def nino_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
            and s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def ssn_ok(s: str) -> bool:
    a, b, c = s.split("-")
    return a not in ("000", "666") and a[0] != "9" and b != "00" and c != "0000"


def nir_ok(s: str) -> bool:
    d = _digits(s)
    return 97 - int(d[:13]) % 97 == int(d[13:])


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in _digits(s)]
    return sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0


def dni_ok(s: str) -> bool:
    s = re.sub(r"[\s.\-]", "", s)
    num = str("XYZ".index(s[0])) + s[1:-1] if s[0] in "XYZ" else s[:-1]
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == s[-1]


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cf_val(c: str, odd: bool) -> int:
    k = int(c) if c.isdigit() else ord(c) - 65
    return _CF_ODD[k] if odd else k


def cf_ok(s: str) -> bool:
    return chr(65 + sum(_cf_val(c, k % 2 == 0) for k, c in enumerate(s[:15])) % 26) == s[15]


def pesel_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return (10 - sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == d[10]


def pnr_ok(s: str) -> bool:
    return luhn_ok(_digits(s)[-10:])


def cpf_ok(s: str) -> bool:
    d = [int(c) for c in _digits(s)]
    c1 = sum(x * w for x, w in zip(d, range(10, 1, -1))) * 10 % 11 % 10
    c2 = sum(x * w for x, w in zip(d, range(11, 1, -1))) * 10 % 11 % 10
    return [c1, c2] == d[9:]


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def aadhaar_ok(s: str) -> bool:
    c = 0
    for k, ch in enumerate(reversed(_digits(s))):
        c = _VERHOEFF_D[c][_VERHOEFF_P[k % 8][int(ch)]]
    return c == 0 and _digits(s)[0] not in "01"


def idnr_ok(s: str) -> bool:
    d = _digits(s)
    counts = Counter(d[:10])
    if d[0] == "0" or max(counts.values()) not in (2, 3) or len(counts) not in (8, 9):
        return False
    p = 10
    for c in d[:10]:
        t = (int(c) + p) % 10 or 10
        p = 2 * t % 11
    return (11 - p) % 10 == int(d[10])


def mod11_weights_ok(d: str, weights: list[int]) -> bool:
    return sum(int(a) * w for a, w in zip(d, weights)) % 11 == 0


def check_id(kind: str, v: str) -> bool:
    d = _digits(v)
    if kind in ("card", "sin", "zaid", "amka", "said"):
        return luhn_ok(v)
    if kind == "nn":
        return 97 - int(d[:9]) % 97 == int(d[9:]) or 97 - int("2" + d[:9]) % 97 == int(d[9:])
    if kind == "ptnif":
        r = 11 - sum(int(a) * w for a, w in zip(d, range(9, 1, -1))) % 11
        return (0 if r >= 10 else r) == int(d[8])
    if kind == "hetu":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if kind == "fnr":
        return (mod11_weights_ok(d, [3, 7, 6, 1, 8, 9, 4, 5, 2, 1])
                and mod11_weights_ok(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]))
    if kind == "cpr":
        return mod11_weights_ok(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])
    if kind == "tckn":
        n = [int(c) for c in d]
        return (sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10 == n[9] and sum(n[:10]) % 10 == n[10]
    if kind == "cnp":
        r = sum(int(a) * int(b) for a, b in zip(d, "279146358279")) % 11
        return (1 if r == 10 else r) == int(d[12])
    if kind == "afm":
        return sum(int(c) * 2 ** (8 - k) for k, c in enumerate(d[:8])) % 11 % 10 == int(d[8])
    if kind == "ilid":
        return luhn_ok(d)
    if kind == "ric":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return "10X98765432"[sum(int(a) * b for a, b in zip(v, w)) % 11] == v[17]
    if kind == "rrn":
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        return (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])
    if kind == "myno":
        s = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        return (0 if s % 11 <= 1 else 11 - s % 11) == int(d[11])
    if kind == "pps":
        s = sum(int(a) * b for a, b in zip(v[:7], [8, 7, 6, 5, 4, 3, 2]))
        s += 9 * (ord(v[8]) - 64) if len(v) == 9 else 0
        return "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] == v[7]
    if kind == "tfn":
        return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0
    if kind == "ahv":
        return sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(d)) % 10 == 0
    if kind == "vnr":
        w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        return sum(int(a) * b for a, b in zip(d, w)) % 11 == int(d[3])
    if kind == "rc":
        return int(d) % 11 == 0
    if kind == "rntrc":
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        return sum(int(a) * b for a, b in zip(d, w)) % 11 % 10 == int(d[9])
    if kind == "inn":
        c1 = sum(int(a) * b for a, b in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
        c2 = sum(int(a) * b for a, b in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
        return [c1, c2] == [int(d[10]), int(d[11])]
    if kind == "snils":
        s = sum(int(c) * (9 - k) for k, c in enumerate(d[:9]))
        return (s if s < 100 else 0 if s in (100, 101) else s % 101 % 100) == int(d[9:])
    if kind == "thpin":
        return (11 - sum(int(c) * (13 - k) for k, c in enumerate(d[:12])) % 11) % 10 == int(d[12])
    if kind == "curp":
        al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        return (10 - sum(al.index(c) * (18 - k) for k, c in enumerate(v[:17])) % 10) % 10 == int(v[17])
    if kind == "rut":
        body, dv = v.replace(".", "").split("-")
        s = sum(int(c) * (2 + k % 6) for k, c in enumerate(reversed(body)))
        return {11: "0", 10: "K"}.get(11 - s % 11, str(11 - s % 11)) == dv
    if kind == "cuil":
        r = 11 - sum(int(a) * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        return {11: 0}.get(r, r) == int(d[10])
    if kind == "taj":
        return sum(int(c) * (3 if k % 2 == 0 else 7) for k, c in enumerate(d[:8])) % 10 == int(d[8])
    if kind == "nhs":
        r = 11 - sum(int(c) * (10 - k) for k, c in enumerate(d[:9])) % 11
        return {11: 0}.get(r, r) == int(d[9])
    if kind == "utr":
        return "21987654321"[sum(int(c) * w for c, w in zip(d[1:], [6, 7, 8, 9, 10, 5, 4, 3, 2])) % 11] == d[0]
    if kind == "nuss":
        return int(d[:10]) % 97 == int(d[10:])
    table = {"iban": iban_ok, "nino": nino_ok, "ssn": ssn_ok, "nir": nir_ok, "bsn": bsn_ok, "dni": dni_ok,
             "nie": dni_ok, "cf": cf_ok, "pesel": pesel_ok, "pnr": pnr_ok, "cpf": cpf_ok, "aadhaar": aadhaar_ok,
             "idnr": idnr_ok}
    if kind in table:
        return table[kind](v)
    # shapes with no public check digit: Vietnamese CCCD, Indonesian NIK, Nigerian NIN, Kenyan ID,
    # Moroccan CIN, Egyptian national ID, Philippine SSS number
    shapes = {"cccd": r"\d{12}", "nik": r"\d{16}", "nin": r"\d{11}", "kid": r"\d{8}", "cin": r"[A-Z]{1,2}\d{5,6}",
              "egid": r"[23]\d{13}", "sss": r"\d{2}-\d{7}-\d"}
    return re.fullmatch(shapes[kind], v) is not None


# IDs typed straight into templates
LITERAL_IDS = [("utr", "94381 07265"), ("utr", "99172 54308"), ("nuss", "33/10472958/19"),
               ("nuss", "28/12094635/33")]
ID_KEYS = {"nino", "ssn", "nir", "idnr", "bsn", "dni", "nie", "cf", "pesel", "pnr", "cpf", "aadhaar", "nn", "ptnif",
           "hetu", "fnr", "cpr", "tckn", "cnp", "amka", "afm", "ilid", "ric", "rrn", "myno", "pps", "sin", "tfn",
           "zaid", "ahv", "vnr", "rc", "rntrc", "inn", "snils", "thpin", "curp", "rut", "cuil", "taj", "said", "nhs",
           "iban", "card", "cccd", "nik", "nin", "kid", "cin", "egid", "sss"}


def check_pools() -> None:
    for pool in PEOPLE.values():
        for p in pool:
            for k, v in p.extra.items():
                if k in ("dob", "rom", "patr", "call", "tel"):
                    continue
                assert k in ID_KEYS, (p.full, k)
                assert check_id(k, v), (p.full, k, v)
    for k, v in LITERAL_IDS:
        assert check_id(k, v), (k, v)
    names = [p.full for pool in PEOPLE.values() for p in pool]
    assert len(names) == len(set(names)), "duplicate person"


# ---------------------------------------------------------------------------------------------
# build and check


def build() -> list[dict]:
    g = Gen(SEED)
    rows = []
    order = ["personal_claims", "personal_letters", "personal_casework", "personal_records", "personal_chat",
             "clean_schemes", "clean_politics", "clean_forms", "clean_tools", "clean_chat"]
    for cls, name, _lang, n, case, fn in sorted(TEMPLATES, key=lambda t: order.index(t[0])):
        for i in range(n):
            g.new_row()
            text, spans = unmark(fn(g, i), case)
            rows.append({"id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
    return rows


def lang_of(row: dict) -> str:
    return {name: lang for _c, name, lang, _n, _case, _f in TEMPLATES}[row["template"]]


def case_of(row: dict) -> str:
    return {name: case for _c, name, _l, _n, case, _f in TEMPLATES}[row["template"]]


def check(rows: list[dict]) -> None:
    check_pools()
    assert len(rows) == 324, len(rows)
    assert len({r["id"] for r in rows}) == len(rows), "duplicate id"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    assert all(c.startswith(("personal_", "clean_")) for c in classes)
    per_tpl = Counter(r["template"] for r in rows)
    assert len(per_tpl) >= 80 and max(per_tpl.values()) <= 5, (len(per_tpl), max(per_tpl.values()))
    assert len({name for _c, name, *_ in TEMPLATES}) == len(TEMPLATES), "template name reused"
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(lang_of(r) for r in rows)
    other = len(rows) - langs["en"]
    assert 0.35 <= other / len(rows) <= 0.50, other
    assert len(langs) - 1 >= 15, langs
    pool_names = {p.full for pool in PEOPLE.values() for p in pool}
    for r in rows:
        text, spans = r["text"], r["spans"]
        assert r["source"] == SOURCE and r["locale"] == ""
        assert ("{" not in text or "\n" in text) and "⟦" not in text, r["id"]
        end = 0
        for s in spans:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["start"] >= end, (r["id"], "overlap or unsorted", s)
            assert text[s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert not re.fullmatch(r"[\W_]+", s["value"]), (r["id"], s)
            end = s["end"]
        if r["class"].startswith("clean_"):
            assert not spans, r["id"]
            low = text.lower()
            for name in pool_names:
                assert name.lower() not in low, (r["id"], name)
        else:
            assert spans, r["id"]
            covered = [(s["start"], s["end"]) for s in spans]
            for s in spans:
                if len(s["value"]) < 3:
                    continue
                for m in re.finditer(r"(?<!\w)" + re.escape(s["value"]) + r"(?!\w)", text):
                    assert any(a <= m.start() and m.end() <= b for a, b in covered), (r["id"], "unlabelled", m.group())
            for name in pool_names:
                for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                    assert any(a <= m.start() and m.end() <= b for a, b in covered), (r["id"], "unlabelled", name)
        if case_of(r) == "lower":
            assert text == text.lower(), r["id"]
        if case_of(r) == "upper":
            assert text == text.upper(), r["id"]


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows: list[dict], data: str) -> None:
    print(f"rows: {len(rows)}")
    print("classes:")
    tpls: dict[str, set] = {}
    for r in rows:
        tpls.setdefault(r["class"], set()).add(r["template"])
    for c, k in sorted(Counter(r["class"] for r in rows).items()):
        print(f"  {c:26} {k:4} rows {len(tpls[c]):3} templates")
    print(f"templates: {len({r['template'] for r in rows})}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans: " + ", ".join(f"{t} {n}" for t, n in spans.most_common()))
    langs = Counter(lang_of(r) for r in rows)
    other = len(rows) - langs["en"]
    print(f"not English: {other} of {len(rows)} ({100 * other / len(rows):.1f}%), languages other than English: "
          f"{len(langs) - 1}")
    print("languages: " + ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common()))
    for part in ("personal_", "clean_"):
        sub = [r for r in rows if r["class"].startswith(part)]
        o = sum(lang_of(r) != "en" for r in sub)
        print(f"  {part:10} {len(sub)} rows, {o} not in English")
    cases = Counter((case_of(r) or "mixed", r["class"].split("_")[0]) for r in rows)
    print("cases: " + ", ".join(f"{c}/{k} {n}" for (c, k), n in sorted(cases.items())))
    lens = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    print(f"length: {min(lens)}-{max(lens)} chars, {min(lines)}-{max(lines)} lines")
    print(f"sha256 {OUT.name}: {hashlib.sha256(data.encode()).hexdigest()}")


# ----- more personal rows in English (UK, Ireland, US, Canada, Australia, Africa) --------------


@T("personal_claims", "en", 3)
def t_carers_allowance(g: Gen, i: int) -> str:
    carer = g.person("uk", need=("nino",), born=(1965, 2000))
    if i == 0:
        cared = g.person("uk", need=("nino",), born=(1930, carer.dob[0] - 18))
        rel = {"f": "my mother", "m": "my father"}[cared.sex]
    else:
        cared = g.person("uk", need=("nino",), sex="m" if carer.sex == "f" else "f")
        rel = ["", "my partner", "my neighbour"][i]
    a = g.addr("uk")
    return (
        "Sanity-check my Carer's Allowance answers before I submit online:\n\n"
        f"About you\n  Name: {carer.n}\n  NI number: {carer.nid('nino')}\n  DOB: {carer.bd('dmy/')}\n"
        f"  Address: {a.inline}\n  Phone: {a.phone}\n"
        f"About the person you care for ({rel})\n  Name: {cared.n}\n  NI number: {cared.nid('nino')}\n"
        "  Gets: PIP daily living, enhanced rate\n"
        "Hours caring: 35+ a week\nEarnings: £168 a week after tax and half my pension contribution\n\n"
        "Am I under the earnings limit, and can I still do my Saturday shifts?"
    )


@T("personal_claims", "en", 2)
def t_cpp_disability_ca(g: Gen, i: int) -> str:
    p = g.person("ca", need=("sin",))
    a = g.addr("ca")
    doc = g.person("ca+us")
    return (
        "I'm helping a client with the CPP disability application (ISP-1151). Which of these go in "
        "which section, and what's missing?\n\n"
        f"Applicant: {p.n}\nSIN: {p.nid('sin')}\nDate of birth: {p.bd('ymd-')}\nAddress: {a.inline}\n"
        f"Phone: {a.phone}\nEmail: {p.mail(g.pick(['videotron.ca', 'gmail.com', 'hotmail.com']), 'g.f')}\n"
        f"Family doctor: Dr. {doc.f}\n"
        "Last worked: March, seasonal fish plant, stopped after a stroke"
    )


@T("personal_claims", "en", 2)
def t_centrelink_age_pension(g: Gen, i: int) -> str:
    p = g.person("au", need=("tfn",), born=(1930, 1958))
    a = g.addr("au")
    nom = g.person("au", born=(1965, 2005))
    who = {"m": "my dad with his", "f": "my mum with her"}[p.sex]
    return (
        f"Helping {who} Age Pension claim through myGov. Can you turn these notes into the answers "
        "Services Australia will want, and flag anything that affects the assets test?\n\n"
        f"Name: {p.n}\nTFN: {p.nid('tfn')}\nDOB: {p.bd('dmy/')}\nHome: {a.inline}\nPhone: {a.phone}\n"
        f"Nominee: {nom.n} (me)\nAssets: house (exempt), caravan about $28k, super balance $61k"
    )


@T("personal_claims", "en", 2)
def t_sassa_grant(g: Gen, i: int) -> str:
    p = g.person("af", need=("zaid",))
    a = home(g, p)
    kid = g.person("af", sex="f")
    return (
        "Please help me fill the SASSA application for the child support grant. I'm not sure what to "
        "put under 'primary caregiver'.\n\n"
        f"Applicant: {p.n}\nID number: {p.nid('zaid')}\nAddress: {a.inline}\nCell: {home_tel(g, p)}\n"
        f"Child: {kid.g}, lives with me since her mother went away for work\n"
        "Income: R2 400 a month from piece jobs"
    )


@T("personal_claims", "en", 2)
def t_east_west_africa_pension(g: Gen, i: int) -> str:
    if i == 0:
        p = g.person("af", need=("kid",), born=(1930, 1960))
        idl, scheme = f"National ID: {p.nid('kid')}", "Inua Jamii (Older Persons Cash Transfer)"
    else:
        p = g.person("af", need=("nin",), born=(1930, 1960))
        idl, scheme = f"NIN: {p.nid('nin')}", "the NSIPA conditional cash transfer"
    a = home(g, p)
    return (
        f"Write a short cover letter for my grandmother's application to {scheme}. Details:\n\n"
        f"Name: {p.n}\n{idl}\nDate of birth: {p.bd('dmy/')}\nAddress: {a.inline}\n"
        f"Contact (my phone): {home_tel(g, p)}\n\nShe has no bank account, only mobile money."
    )


@T("personal_letters", "en", 3)
def t_council_tax_thread(g: Gen, i: int) -> str:
    p = g.person("uk+af")
    off = g.person("uk")
    a = g.addr("uk")
    mail_p = p.mail(g.pick(["gmail.com", "outlook.com", "yahoo.co.uk"]), g.pick(["g.f", "gf", "f.g"]),
                    str(g.num(1, 99)) if i else "")
    mail_o = off.mail("ctax.example-council.gov.uk", "g.f")
    return (
        "Summarise this thread in two sentences and tell me what I should reply:\n\n"
        f"From: {off.n} <{mail_o}>\nTo: {p.n} <{mail_p}>\nSubject: RE: Council Tax Reduction – {a.lines[0]}\n\n"
        f"Dear {p.g},\nThank you for your e-mail. Your Council Tax Reduction ended on 31 March because we "
        "did not receive your updated Universal Credit award. If you send it within one month we can "
        "backdate the reduction.\n\n"
        f"Kind regards\n{off.n}\nRevenues Officer\nDirect line {g.tel('uk')}\n\n"
        f"> On 2 April {p.n} wrote:\n> Why has my bill gone up to £142 a month? Nothing changed."
    )


@T("personal_letters", "en", 2)
def t_evisa_email(g: Gen, i: int) -> str:
    p = g.person("uk+af", need=("dob",))
    brp = ["ZU7340218", "RB4819036"][i]
    adv = g.person("uk")
    return (
        "Can you rewrite this e-mail to my immigration adviser so it's clearer?\n\n"
        f"Hi {adv.g},\nmy UKVI account still shows my old BRP ({NID(brp)}) and the share code page says "
        f"'details not found'. Name on the BRP is {p.n}, DOB {p.bd('dmy/')}. My landlord needs a right "
        f"to rent check by Friday. Can you call me on {g.tel('uk')}?\nThanks, {p.g}"
    )


@T("personal_letters", "en", 2)
def t_dsp_state_pension_letter(g: Gen, i: int) -> str:
    p = g.person("ie", need=("pps",), born=(1930, 1959))
    a = g.addr("ie")
    return (
        "Draft a polite letter to the Department of Social Protection asking why my State Pension "
        "(Contributory) is at a reduced rate. I spent 11 of my working years paying into the British system.\n\n"
        f"{p.n}\n{a.block}\nPPSN: {p.nid('pps')}\nDate of birth: {p.bd('en')}\n"
        + (f"Bank (IBAN): {p.nid('iban')}\n" if p.has("iban") else "")
        + "\nI have my UK National Insurance record printout if they need it."
    )


@T("personal_casework", "en", 2)
def t_pension_credit_call(g: Gen, i: int) -> str:
    p = g.person("uk", need=("nino",), born=(1930, 1960))
    q = g.person("uk", born=(1930, 1965), sex="m" if p.sex == "f" else "f")
    agent = g.person("uk")
    sav = ["£4,200", "£11,750", "none"][i]
    return (
        "Turn this Pension Credit call into a claim summary (bullets, no chit-chat):\n\n"
        f"AGENT: Pension Service, you're speaking to {agent.g}. Who am I talking to?\n"
        f"CALLER: {p.n}. I want to claim the Pension Credit they keep advertising.\n"
        "AGENT: National Insurance number?\n"
        f"CALLER: {p.nid('nino')}.\n"
        "AGENT: Do you live with a partner?\n"
        f"CALLER: Yes, {q.n}, we've been married forty years.\n"
        "AGENT: Any savings or investments?\n"
        f"CALLER: {sav}.\n"
        f"AGENT: Thanks {p.g}, I'll book the claim and you'll get a form to check."
    )


@T("personal_casework", "en", 2, case="lower")
def t_welfare_rights_phone_note(g: Gen, i: int) -> str:
    p = g.person("uk+af")
    a = g.addr("uk")
    sw = g.person("uk")
    return [
        (f"phone note, tidy into a referral: spoke to {p.n} at {a.town}, esa support group stopped after "
        f"migration notice ignored. {p.g} in hospital when letter came. social worker {sw.n} "
        f"confirms admission dates. tel {g.tel('uk')}. action: late claim uc + ask for backdating"),
        (f"call back from {sw.g} re {p.n}, {a.inline}. bailiffs for council tax arrears, client has "
        "mental health condition, vulnerable. ask council to take it back from enforcement. "
        f"{p.g} ok for us to speak to council"),
    ][i]


@T("personal_casework", "en", 2)
def t_tenancy_sustainment_visit(g: Gen, i: int) -> str:
    p = g.person("uk+af")
    ll = g.person("uk")
    a = g.addr("uk")
    officer = g.person("uk")
    return (
        "Turn this visit record into an action plan table with owners and dates:\n\n"
        f"Home visit – {a.inline} – tenant {p.n}\n"
        f"Visiting officer: {officer.n}\n"
        "| Issue | Notes |\n|---|---|\n"
        f"| Rent | UC housing costs going to {p.g}, not to landlord; arrears £860 |\n"
        f"| Landlord | {ll.n} wants managed payment (APA); landlord mobile {g.tel('uk')} |\n"
        "| Damp | mould in back bedroom, reported twice |\n"
        f"| Support | {p.g} agreed to a budgeting referral |"
    )


@T("personal_casework", "en", 2)
def t_ce_exam_notes(g: Gen, i: int) -> str:
    p = g.person("us", need=("ssn",))
    mrn = ["MRN 00481273", "MRN 7730-11452"][i]
    dr = g.person("us")
    return (
        "Format these consultative exam notes for the Disability Determination Services report:\n\n"
        f"Claimant: {p.n}  DOB: {p.bd('mdy/')}  SSN: {p.nid('ssn')}\n"
        f"Clinic record: {MRN(mrn.split(' ', 1)[1])}\nExaminer: {dr.n}, MD\n"
        "Chief complaint: low back pain radiating to left leg, 3 years. Uses a cane outdoors. "
        "Straight leg raise positive on the left at 40 degrees. Can lift 10 lb occasionally."
    )


@T("personal_casework", "en", 2)
def t_registrar_birth_note(g: Gen, i: int) -> str:
    mum = g.person("uk+af", sex="f", born=(1984, 2002))
    dad = g.person("uk+af", sex="m", born=(1980, 2002))
    baby = g.pick([("Amara", "14/01/2025"), ("Idris", "3 February 2025")] if i == 0 else
                  [("Seren", "27/02/2025"), ("Finlay", "9 March 2025")])
    a = g.addr("uk")
    return (
        "Write this registrar's note up for the late registration file:\n\n"
        f"Birth of {PER(baby[0] + ' ' + dad.family)}, born {BORN(baby[1])}. Registration attended 17 days "
        f"after the 42-day limit. Informants: mother {mum.n} and father {dad.n}, not married, both "
        f"attended. Usual address: {a.inline}. Reason for delay: baby in NICU until week 5."
    )


@T("personal_records", "en", 2)
def t_child_benefit_pipe(g: Gen, i: int) -> str:
    rows = []
    for k in range(3):
        p = g.person("uk", need=("nino",))
        a = g.addr("uk")
        kid = ["Leo", "Ava", "Zainab", "Oscar", "Maja", "Kofi"][i * 3 + k]
        rows.append(f"{p.n}|{p.nid('nino')}|{PER(kid)}|{postcode_of(a)}")
    return (
        "Convert this pipe-delimited Child Benefit extract to CSV with a header row, and remove the "
        "duplicate if there is one:\n\n" + "\n".join(rows)
    )


@T("personal_records", "en", 2)
def t_dhp_panel_table(g: Gen, i: int) -> str:
    rows = []
    for k in range(3):
        p = g.person("uk+af")
        a = g.addr("uk")
        amt = ["£420", "£1,150", "£0", "£260", "£780", "£95"][i * 3 + k]
        rows.append(f"| {p.n} | {a.lines[0]}, {a.town} | {amt} | {['awarded', 'awarded', 'refused'][k]} |")
    return (
        "Add a total row and a 'reason' column I can fill in to this DHP panel table:\n\n"
        "| Claimant | Address | Award | Outcome |\n|---|---|---|---|\n" + "\n".join(rows)
    )


@T("personal_records", "en", 2)
def t_centrelink_json(g: Gen, i: int) -> str:
    p = g.person("au", need=("tfn",))
    a = g.addr("au")
    mail = p.mail(g.pick(["bigpond.com", "gmail.com", "outlook.com.au"]), "g.f")
    return (
        "Don't change the data, just tell me why this payload fails our schema (the 'postcode' rule):\n\n"
        "{\n"
        f'  "givenName": "{p.g}",\n  "familyName": "{p.f}",\n  "tfn": "{p.nid("tfn")}",\n'
        f'  "dateOfBirth": "{p.bd("dmy/")}",\n  "address": "{a.inline}",\n'
        f'  "email": "{mail}",\n  "payment": "{"Age Pension" if p.dob[0] <= 1958 else "JobSeeker"}"\n'
        "}"
    )


@T("personal_records", "en", 2)
def t_sms_service_log(g: Gen, i: int) -> str:
    rows = []
    for k in range(3):
        p = g.person("us")
        rows.append(f"2025-04-0{i * 3 + k + 1} 08:{10 + k * 13}  to={g.tel('us')}  "
                    f"body=\"Hi {p.g}, your SNAP interview is on {['4/14', '4/15', '4/16'][k]}. Reply C to confirm.\"  "
                    f"status={['delivered', 'failed', 'delivered'][k]}")
    return "Why did one of these reminder texts fail? Here's the log:\n\n" + "\n".join(rows)


@T("personal_chat", "en", 3, case="lower")
def t_pip_chat(g: Gen, i: int) -> str:
    p = g.person("uk")
    a = g.addr("uk")
    return [
        (f"my pip review form came and im panicking. i have fibromyalgia and the last assessor wrote i "
        f"'smiled and made good eye contact'. can you help me answer q9 mixing with others. im {p.g}"),
        (f"does pip count as income for housing benefit? im {p.n}, council is {a.town} and they want "
        "my award letter"),
        f"got 0 points for moving around. {p.n}, ni {p.nid('nino')}. is it worth going to tribunal?"
        if p.has("nino") else
        f"got 0 points for moving around. {p.n} here. is it worth going to tribunal or is it a waste of time",
    ][i]


@T("personal_chat", "en", 2)
def t_us_tax_chat(g: Gen, i: int) -> str:
    p = g.person("us", need=("ssn",))
    ex = g.person("us")
    return [
        (f"My ex {ex.n} claimed our son as a dependent even though he lived with me all year. The IRS "
        f"rejected my e-file. My SSN is {p.nid('ssn')} — do I paper file with Form 8332 or wait for "
        "a letter?"),
        (f"Can I get the Earned Income Tax Credit if I only worked 5 months? I'm {p.n}, single, one kid, "
        f"made about $14k. Born {p.bd('mdy/')} if age matters."),
    ][i]


@T("personal_chat", "en", 2, case="lower")
def t_ie_chat(g: Gen, i: int) -> str:
    p = g.person("ie", need=("pps",))
    a = g.addr("ie")
    return [
        (f"hi, my ppsn is {p.nid('pps')} and mywelfare keeps saying my identity isnt verified. do i "
        "have to go into intreo in person for the safe registration"),
        f"im {p.n} from {a.town}, on the fuel allowance. if my son moves back in does that stop it?",
    ][i]


@T("personal_chat", "en", 2)
def t_srd_whatsapp(g: Gen, i: int) -> str:
    p = g.person("af", need=("zaid",))
    fr = g.person("af", tags=("Zulu", "Ndebele", "Afrikaans", "Akan"))
    return (
        "Explain what my friend should do, this is our WhatsApp:\n\n"
        f"[07:52] {fr.g}: did ur SRD come through this month?\n"
        f"[07:55] {p.g}: no it says 'declined – alternative income source identified'\n"
        f"[07:55] {p.g}: my ID is {p.nid('zaid')}, i dont even have a job\n"
        f"[07:58] {fr.g}: appeal on the DSD site, use ur number {g.tel('za')}\n"
        f"[08:01] {p.g}: ok how long does it take"
    )


# ----- clean_schemes: eponymous laws, schemes and welfare history (PII-free) ------------------


@T("clean_schemes", "en", 3)
def t_beveridge_questions(g: Gen, i: int) -> str:
    return [
        ("What were the five 'giants' in the Beveridge Report of 1942, and which post-war act was meant to "
        "deal with each one? A table with Giant / Act / Minister would be ideal (e.g. Want – National "
        "Insurance Act 1946 – James Griffiths; Disease – NHS Act – Aneurin Bevan)."),
        ("Compare the Bismarck model and the Beveridge model of social insurance for a first-year politics "
        "seminar. Mention Otto von Bismarck's 1883 sickness insurance law, William Beveridge, and where "
        "countries like the Netherlands or Japan sit between the two."),
        ("Lloyd George's Old-Age Pensions Act 1908 paid five shillings a week from 70. How does that compare, "
        "in today's money, with the new State Pension, and what did Seebohm Rowntree's York surveys have to "
        "do with it?"),
    ][i]


@T("clean_schemes", "en", 2)
def t_welfare_timeline_md(g: Gen, i: int) -> str:
    rows = [
        ["| 1601 | Poor Relief Act | Elizabeth I |", "| 1834 | Poor Law Amendment Act | Edwin Chadwick |",
         "| 1911 | National Insurance Act | David Lloyd George |", "| 1942 | Beveridge Report | William Beveridge |",
         "| 1948 | National Assistance Act | Clement Attlee |"],
        ["| 1935 | Social Security Act | Franklin D. Roosevelt, Frances Perkins |",
         "| 1965 | Medicare and Medicaid | Lyndon B. Johnson |", "| 1975 | Earned Income Tax Credit | Gerald Ford |",
         "| 1996 | PRWORA (welfare reform) | Bill Clinton |", "| 2010 | Affordable Care Act | Barack Obama |"],
    ][i]
    return (
        "Check the dates in this timeline for a poster, then add one line for the 2010s:\n\n"
        "| Year | Law or report | Associated with |\n|---|---|---|\n" + "\n".join(rows)
    )


@T("clean_schemes", "de", 2)
def t_hartz_buergergeld(g: Gen, i: int) -> str:
    return [
        ("Warum heißt Hartz IV eigentlich nach Peter Hartz, und was hatte der VW-Personalvorstand mit der "
        "Agenda 2010 von Gerhard Schröder zu tun? Bitte kurz und neutral erklären."),
        ("Was ist der Unterschied zwischen Riester-Rente und Rürup-Rente? Benannt nach Walter Riester und "
        "Bert Rürup, das weiß ich, aber für wen lohnt sich welche heute noch?"),
        ("Erklär mir in fünf Stichpunkten, was sich 2023 mit dem Bürgergeld gegenüber Hartz IV geändert hat "
        "(Karenzzeit, Schonvermögen, Kooperationsplan) und was die neue Grundsicherung ändern soll."),
    ][i]


@T("clean_schemes", "fr", 2)
def t_secu_histoire(g: Gen, i: int) -> str:
    return [
        ("Fais-moi une fiche de révision sur la naissance de la Sécurité sociale : Pierre Laroque, Ambroise "
        "Croizat, les ordonnances de 1945 et le programme du Conseil national de la Résistance."),
        ("Quelle différence entre le RMI de Michel Rocard (1988), le RSA de Martin Hirsch (2009) et la prime "
        "d'activité ? Et qu'est-ce qui change avec France Travail ?"),
    ][i]


@T("clean_schemes", "en", 3)
def t_medicare_social_security(g: Gen, i: int) -> str:
    return [
        ("Ida May Fuller of Vermont got the first monthly Social Security check in 1940. How much was it, "
        "and how much did she pay in before retiring? Good trivia for our SSA field office newsletter."),
        ("Explain Medicare Parts A, B, C and D in plain language for a senior center handout. Also: is "
        "Medicaid the same thing in California (Medi-Cal) and Massachusetts (MassHealth)?"),
        ("What is the difference between SSI and SSDI, and why do people still call the ACA 'Obamacare'? "
        "Keep it under 200 words."),
    ][i]


@T("clean_schemes", "pt", 1)
def t_bolsa_familia(g: Gen, i: int) -> str:
    return [
        ("Faz um resumo da história do Bolsa Família: o Fome Zero do primeiro governo Lula, a unificação "
        "em 2003, o Auxílio Brasil no governo Bolsonaro e a volta do nome em 2023."),
        ("Qual a diferença entre o BPC (LOAS) e a aposentadoria por idade do INSS? Explica como se fosse "
        "para um grupo de idosos no CRAS de Juazeiro do Norte."),
    ][i]


@T("clean_schemes", "es", 2)
def t_programas_latam(g: Gen, i: int) -> str:
    return [
        ("Compara en una tabla Progresa-Oportunidades-Prospera (México, Santiago Levy), la Asignación "
        "Universal por Hijo (Argentina, 2009), el Bono Juancito Pinto (Bolivia) y la Pensión para el "
        "Bienestar de las Personas Adultas Mayores."),
        ("¿Qué es el Pacto de Toledo y por qué se cita tanto cuando se habla de las pensiones en España? "
        "Menciona también el Ingreso Mínimo Vital de José Luis Escrivá."),
    ][i]


@T("clean_schemes", "it", 1)
def t_riforme_pensioni(g: Gen, i: int) -> str:
    return [
        ("Spiegami la differenza tra la riforma Dini del 1995, la legge Fornero del 2011 e Quota 100. "
        "Per una lezione di educazione civica, tono semplice."),
        ("Che fine ha fatto il reddito di cittadinanza? Confrontalo con l'Assegno di inclusione e il "
        "Supporto per la formazione e il lavoro."),
    ][i]


@T("clean_schemes", "sv", 1)
def t_folkhemmet(g: Gen, i: int) -> str:
    return [
        ("Vad menade Per Albin Hansson med folkhemmet, och hur hänger det ihop med Gustav Möller och "
        "makarna Myrdal? Skriv det som en kort lektionstext för gymnasiet."),
        ("Förklara Rehn–Meidner-modellen enkelt. Varför nämns Gösta Rehn och Rudolf Meidner fortfarande "
        "när man pratar om den svenska modellen?"),
    ][i]


@T("clean_schemes", "hi", 1)
def t_yojanayen(g: Gen, i: int) -> str:
    return [
        ("मनरेगा (महात्मा गांधी राष्ट्रीय ग्रामीण रोज़गार गारंटी अधिनियम), पीएम-किसान और आयुष्मान भारत में क्या "
        "फ़र्क है? गाँव की बैठक के लिए आसान भाषा में समझाओ।"),
        "आधार की शुरुआत किसने की थी? नंदन नीलेकणि और UIDAI की भूमिका के बारे में पाँच पंक्तियाँ लिखो।",
    ][i]


@T("clean_schemes", "ja", 1)
def t_nenkin_seido(g: Gen, i: int) -> str:
    return [
        ("「消えた年金」問題（2007年）とは何だったのか、長妻昭議員の追及や社会保険庁の廃止も含めて、"
        "高校生向けに300字で説明してください。"),
        "国民年金と厚生年金の違い、それとiDeCoとNISAの違いを表にまとめてください。",
    ][i]


@T("clean_schemes", "ko", 1)
def t_yeongeum_gaehyeok(g: Gen, i: int) -> str:
    return [
        "기초연금이 박근혜 정부 때 도입된 과정과 문재인 정부의 아동수당을 비교해서 발표 자료로 정리해 줘.",
        "2025년 국민연금 개혁안에서 보험료율과 소득대체율이 어떻게 바뀌었는지 쉽게 설명해 줘.",
    ][i]


@T("clean_schemes", "zh", 1)
def t_shehui_baozhang(g: Gen, i: int) -> str:
    return [
        "请用通俗的话解释“五险一金”分别是什么，以及城市低保和农村低保有什么区别。",
        "2024年通过的渐进式延迟法定退休年龄方案具体怎么延？男职工和女职工分别是多少岁？",
    ][i]


@T("clean_schemes", "ru", 1)
def t_matkapital(g: Gen, i: int) -> str:
    return [
        ("Расскажи историю материнского капитала: когда его ввели, кто предложил (послание Путина 2006 "
        "года) и на что его сейчас можно потратить."),
        ("Объясни пенсионную реформу 2018 года в России: что предложило правительство Медведева и какие "
        "смягчения потом внесли."),
    ][i]


@T("clean_schemes", "nl", 1)
def t_aow_drees(g: Gen, i: int) -> str:
    return [
        ("Waarom zeggen oudere mensen 'van Drees trekken' als ze AOW krijgen? Vertel kort iets over Willem "
        "Drees en de Noodwet Ouderdomsvoorziening van 1947."),
        ("Maak een tijdlijn van de toeslagenaffaire: de rol van Pieter Omtzigt en Renske Leijten, het "
        "rapport-Van Dam en het aftreden van het kabinet-Rutte III in januari 2021."),
    ][i]


# ----- clean_politics: ministers, politicians, agencies and reforms (PII-free) ----------------


@T("clean_politics", "en", 3)
def t_dwp_secretaries(g: Gen, i: int) -> str:
    return [
        ("List every Secretary of State for Work and Pensions since 2010 in order, from Iain Duncan Smith "
        "through Stephen Crabb, Damian Green, David Gauke, Esther McVey, Amber Rudd, Thérèse Coffey, Chloe "
        "Smith and Mel Stride to Liz Kendall and whoever followed her, with one policy each."),
        ("Who designed Universal Credit? I keep reading about Iain Duncan Smith and the Centre for Social "
        "Justice, but also about Lord Freud. Give me a neutral two-paragraph summary."),
        ("Rachel Reeves, Liz Kendall and Keir Starmer all spoke about the welfare bill in 2025. What was "
        "the Timms review of PIP supposed to do, and why did Stephen Timms get the job?"),
    ][i]


@T("clean_politics", "de", 1)
def t_arbeitsminister_tabelle(g: Gen, i: int) -> str:
    names = [
        "Norbert Blüm, Walter Riester, Ulla Schmidt, Franz Müntefering, Olaf Scholz",
        "Ursula von der Leyen, Andrea Nahles, Hubertus Heil, Bärbel Bas",
    ][i]
    return (
        "Mach mir eine Tabelle (Name, Partei, Amtszeit, wichtigste Reform) für diese Bundesminister/innen "
        f"für Arbeit und Soziales bzw. Gesundheit und Soziale Sicherung: {names}. "
        "Bei Blüm bitte den Satz 'Die Rente ist sicher' erwähnen."
    )


@T("clean_politics", "fr", 1)
def t_reforme_retraites(g: Gen, i: int) -> str:
    return [
        ("Résume la réforme des retraites de 2023 : rôle d'Élisabeth Borne, d'Olivier Dussopt, l'usage du "
        "49.3 et la position de Laurent Berger et de la CFDT."),
        ("Compare les réformes des retraites Balladur (1993), Fillon (2003), Woerth (2010) et Touraine "
        "(2014) dans un tableau pour un exposé de Sciences Po."),
    ][i]


@T("clean_politics", "en", 2)
def t_ssa_commissioners(g: Gen, i: int) -> str:
    return [
        ("Who have the Commissioners of Social Security been since Michael Astrue? I have Carolyn Colvin, "
        "Nancy Berryhill (acting), Andrew Saul, Kilolo Kijakazi (acting), Martin O'Malley and Frank "
        "Bisignano. Anything missing?"),
        ("Why did the SSA field office closures and DOGE staff cuts in 2025 get so much coverage? "
        "Summarize the main arguments on both sides without taking a position."),
    ][i]


@T("clean_politics", "es", 1)
def t_ministros_seguridad_social(g: Gen, i: int) -> str:
    return [
        ("¿Qué hizo Yolanda Díaz como ministra de Trabajo con la reforma laboral de 2021, y qué papel tuvo "
        "Elma Saiz en la reforma del subsidio por desempleo?"),
        ("Haz una lista de los ministros de Inclusión y Seguridad Social desde 2020 con Pedro Sánchez: "
        "José Luis Escrivá, Elma Saiz… ¿me falta alguno?"),
    ][i]


@T("clean_politics", "pt", 1)
def t_ministros_brasil(g: Gen, i: int) -> str:
    return [
        ("Quem é o ministro do Desenvolvimento e Assistência Social no governo Lula 3? Acho que é o "
        "Wellington Dias, ex-governador do Piauí. Faz uma linha do tempo curta do ministério."),
        ("O que foi o escândalo dos descontos indevidos no INSS em 2025 e por que o ministro Carlos Lupi "
        "saiu? Resumo neutro em cinco tópicos."),
    ][i]


@T("clean_politics", "en", 2)
def t_robodebt(g: Gen, i: int) -> str:
    return [
        ("Summarise the Robodebt Royal Commission for a public-sector ethics workshop: Catherine Holmes's "
        "findings, the roles of Scott Morrison, Alan Tudge and Stuart Robert, and the income averaging "
        "method that Services Australia used."),
        ("Bill Shorten was NDIS minister and Amanda Rishworth social services minister under Anthony "
        "Albanese. Which of them was responsible for Centrelink, and which for the NDIS review by Bruce "
        "Bonyhady and Lisa Paul?"),
    ][i]


@T("clean_politics", "pl", 1)
def t_polityka_rodzinna(g: Gen, i: int) -> str:
    return [
        ("Opisz historię programu Rodzina 500+: Beata Szydło, Elżbieta Rafalska, podwyżka do 800+ za "
        "Mateusza Morawieckiego i stanowisko rządu Donalda Tuska."),
        ("Czym jest 'babciowe' (Aktywny rodzic) i kto je zaproponował? Porównaj z żłobkowym i 'Rodzinnym "
        "kapitałem opiekuńczym'."),
    ][i]


@T("clean_politics", "ja", 1)
def t_shoshika_taisaku(g: Gen, i: int) -> str:
    return [
        "岸田文雄首相の「異次元の少子化対策」と、こども家庭庁の設立について、要点を五つにまとめてください。",
        "石破茂内閣と高市早苗内閣で、年金や社会保障の方針はどう変わりましたか？中立的に教えてください。",
    ][i]


@T("clean_politics", "en", 2)
def t_welfare_quotes(g: Gen, i: int) -> str:
    return [
        ("Who said these, and in what year? (1) 'There is no such thing as society' (2) 'unconditional war "
        "on poverty' (3) 'The test of our progress is not whether we add more to the abundance of those "
        "who have much'. I think Thatcher, Lyndon Johnson and FDR but check."),
        ("Aneurin Bevan said the NHS would last 'as long as there are folk left with faith to fight for "
        "it'. Is that real? And did Ronald Reagan really invent the 'welfare queen' story?"),
    ][i]


@T("clean_politics", "ar", 1)
def t_hisab_muwatin_siyasa(g: Gen, i: int) -> str:
    return [
        ("اشرح لي برنامج حساب المواطن في السعودية: متى أُطلق، ولماذا ارتبط برؤية 2030 التي أعلنها ولي العهد "
        "الأمير محمد بن سلمان؟"),
        ("قارن بين برنامج تكافل وكرامة في مصر الذي أطلقته وزيرة التضامن غادة والي، وورش تعميم الحماية "
        "الاجتماعية في المغرب التي أعلنها الملك محمد السادس."),
    ][i]


@T("clean_politics", "tr", 1)
def t_eyt_siyaset(g: Gen, i: int) -> str:
    return [
        ("EYT (emeklilikte yaşa takılanlar) düzenlemesi 2023'te nasıl çıktı? Cumhurbaşkanı Erdoğan'ın "
        "açıklaması ve Vedat Bilgin'in bakanlığı dönemini kısaca anlat."),
        ("Çalışma ve Sosyal Güvenlik Bakanı Vedat Işıkhan'ın en düşük emekli aylığı açıklamalarını özetler "
        "misin? Tarafsız olsun."),
    ][i]


@T("clean_politics", "uk", 1)
def t_diia_reformy(g: Gen, i: int) -> str:
    return [
        ("Поясни, як з'явився застосунок Дія і яку роль у цьому відіграв Михайло Федоров. Коротко, для "
        "презентації на уроці."),
        "Що таке програма єПідтримка, яку анонсував Володимир Зеленський, і хто міг отримати тисячу гривень?",
    ][i]


@T("clean_politics", "he", 1)
def t_bituach_leumi_hityahasut(g: Gen, i: int) -> str:
    return [
        "מה ההבדל בין המוסד לביטוח לאומי לבין משרד הרווחה? ומי היה השר שיזם את חוק הביטוח הלאומי ב-1953?",
        "הסבר בקצרה את הרפורמה בקצבאות הנכות של 2018 ואת מחאות הנכים. נטרלי, בלי לנקוט עמדה.",
    ][i]


# ----- clean_forms: forms and codes, blank forms, placeholders, sample citizens (PII-free) -----


@T("clean_forms", "en", 3)
def t_uk_form_codes(g: Gen, i: int) -> str:
    return [
        ("What's the difference between a P45, a P60, a P11D and an SA302? My mortgage broker asked for "
        "'your SA302s and tax year overviews' and I've only ever had P60s."),
        ("Which DWP forms are which: UC50, ESA50, PIP2, AA1A, SR1 (the old DS1500) and CH2? One line each, "
        "who fills it in and when."),
        ("I run a Citizens Advice drop-in. Make a cheat sheet of the HMRC forms people bring most: P85, "
        "R40, CWF1, SA1, 64-8 and the Marriage Allowance form, with what each is for."),
    ][i]


@T("clean_forms", "en", 2)
def t_blank_uc_change_form(g: Gen, i: int) -> str:
    return [
        ("Turn this blank into a fillable checklist for our volunteers:\n\n"
        "Name: ____________________\nNI number: QQ 12 34 56 C (example)\nDate of birth: DD/MM/YYYY\n"
        "Address: [house number and street], [town], [postcode]\nPartner NI: ____________\n\n"
        "What changed: [describe the change and the date it happened]."),
        ("Our UC change-of-circumstances template has merge fields. Check the syntax is consistent:\n\n"
        "Name: {{claimant.full_name}}\nNI number: {{claimant.nino}}\nDate of birth: {{claimant.dob | date('%d/%m/%Y')}}\n"
        "Address: {{claimant.address_line_1}}, {{claimant.town}}, {{claimant.postcode}}\n"
        "Partner NI: {{partner.nino}}\nWhat changed: {{change.description}} on {{change.date}}"),
    ][i]


@T("clean_forms", "en", 2)
def t_sample_nino_ssn(g: Gen, i: int) -> str:
    return [
        ("HMRC guidance uses QQ 12 34 56 C as an example National Insurance number and 'Joe Bloggs' as the "
        "sample taxpayer. Why QQ? And is 'AB 12 34 56 C' safe to use in training slides or could it belong "
        "to someone?"),
        ("Why is 078-05-1120 the most misused Social Security number ever (the Woolworth wallet card), and "
        "why do forms use 123-45-6789 and 'John Q. Public' as examples? Fun fact section for a newsletter."),
    ][i]


@T("clean_forms", "en", 3)
def t_us_tax_forms(g: Gen, i: int) -> str:
    return [
        ("Explain W-2 vs 1099-NEC vs 1099-K for someone who drives for a rideshare app and also has a "
        "warehouse job. Which go on Schedule C and which on the 1040 directly?"),
        ("What's the SSA-1099 and why does my dad also get a 1099-R? He worked for the state and gets "
        "a pension plus Social Security. Does the Windfall Elimination Provision still apply?"),
        ("Immigration paperwork order of operations: I-130, I-485, I-765, I-131, then N-400 later. What does "
        "each one do, and where does the W-7 for an ITIN fit in for a spouse without an SSN?"),
    ][i]


@T("clean_forms", "de", 2)
def t_formulare_mustermann(g: Gen, i: int) -> str:
    return [
        ("Auf dem Muster-Personalausweis steht Erika Mustermann, Heidestraße 17, 51147 Köln. Ich brauche "
        "für eine Schulung ein Beispiel-Formular (Anlage N) mit Max Mustermann als Arbeitnehmer. Welche "
        "Zeilen sollte ich ausfüllen, damit es realistisch aussieht?"),
        ("Welche Anlagen brauche ich für die Steuererklärung mit Kind und Minijob: Mantelbogen, Anlage N, "
        "Anlage Kind, Anlage Vorsorgeaufwand? Und was ist die Anlage KAP?"),
        ("Erkläre mir die Formulare beim Jobcenter: Hauptantrag (HA), Anlage KdU, Anlage EK, Anlage VM und "
        "den Weiterbewilligungsantrag (WBA). Wofür ist jeweils was?"),
    ][i]


@T("clean_forms", "fr", 1)
def t_cerfa_dupont(g: Gen, i: int) -> str:
    return [
        ("Prépare un exemple rempli de la déclaration 2042 pour un atelier, au nom fictif de Jean Dupont, "
        "célibataire, salarié, sans enfant. Utilise des montants ronds et XX pour les numéros."),
        ("Quelle est la différence entre le formulaire 2042, la 2042-C-PRO et la 2042-RICI ? Et le cerfa "
        "de demande de RSA, on le trouve où maintenant ?"),
    ][i]


@T("clean_forms", "es", 2)
def t_modelos_espanola(g: Gen, i: int) -> str:
    return [
        ("En el DNI de muestra sale CARMEN ESPAÑOLA ESPAÑOLA con el número 99999999R. ¿Puedo usar esos datos "
        "en un tutorial del modelo 145, o mejor invento un Fulano de Tal?"),
        ("Explícame para qué sirve cada modelo: 100 (renta), 145 (retenciones), 030 (censo), EX-15 (NIE) y "
        "EX-17 (TIE). Una línea por modelo."),
    ][i]


@T("clean_forms", "it", 1)
def t_moduli_rossi(g: Gen, i: int) -> str:
    return [
        ("Per un corso sul 730 precompilato uso il contribuente fittizio Mario Rossi con codice fiscale "
        "RSSMRA80A01H501U. Va bene o rischio di usare il codice di una persona vera?"),
        "Differenza tra 730, modello Redditi PF, Certificazione Unica e DSU per l'ISEE? Schema a punti.",
    ][i]


@T("clean_forms", "pl", 1)
def t_druki_kowalski(g: Gen, i: int) -> str:
    return [
        ("Przygotuj przykładowy PIT-37 dla fikcyjnego Jana Kowalskiego i jego żony Anny Nowak, rozliczenie "
        "wspólne, bez prawdziwych numerów (PESEL zastąp znakami X)."),
        "Jaka jest różnica między PIT-11, PIT-37 i PIT-36? I czy Twój e-PIT wypełnia się sam?",
    ][i]


@T("clean_forms", "nl", 1)
def t_formulieren_modaal(g: Gen, i: int) -> str:
    return [
        ("Voor een voorlichtingsavond wil ik een voorbeeldaangifte van 'Jan Modaal' laten zien. Kan ik het "
        "voorbeeld-BSN 123456782 gebruiken, of is dat een echt nummer?"),
        ("Wanneer moet je het M-formulier gebruiken in plaats van de gewone aangifte? En wat is het "
        "verschil met het C-formulier?"),
    ][i]


@T("clean_forms", "en", 3)
def t_notify_placeholders(g: Gen, i: int) -> str:
    return [
        ("GOV.UK Notify uses ((double brackets)). Convert this Jinja letter to Notify syntax:\n\n"
        "Dear {{ first_name }} {{ last_name }},\nYour reference is {{ claim_ref }}. "
        "Your appointment is on {{ appt_date }} at {{ jobcentre_name }}."),
        ("Our letter template says 'Dear [CLAIMANT NAME], your National Insurance number [NINO] ...'. "
        "Write a regex that finds any square-bracket placeholder that was never filled in before a "
        "letter goes out."),
        ("Review this YAML for our benefits letter generator, the placeholders look inconsistent:\n\n"
        "letter:\n  salutation: \"Dear ${title} ${surname}\"\n  ref: \"<<CASE_REF>>\"\n"
        "  body: \"We have received your claim, %(claimant_name)s.\"\n  signoff: \"{caseworker_name}\""),
    ][i]


@T("clean_forms", "ja", 1)
def t_kinyurei(g: Gen, i: int) -> str:
    return [
        ("住民票の写しの交付請求書の記入例を作ってください。申請者は見本の「山田太郎」、住所は「〇〇市〇〇町1-2-3」の"
        "ようにぼかしてください。"),
        "確定申告書の第一表と第二表の違い、源泉徴収票のどこを見ればいいかを、見本の山田花子さんを例に説明してください。",
    ][i]


@T("clean_forms", "ko", 1)
def t_jakseong_yesi(g: Gen, i: int) -> str:
    return [
        ("전입신고서 작성 예시를 만들어 줘. 이름은 홍길동, 주소는 ○○시 ○○구처럼 비워 두고 주민등록번호는 "
        "000000-0000000으로 표시해 줘."),
        "연말정산 간소화 서비스에서 부양가족 공제를 받으려면 어떤 서류가 필요해? 예시는 김철수 씨로 들어 줘.",
    ][i]


@T("clean_forms", "zh", 1)
def t_tianbiao_yangben(g: Gen, i: int) -> str:
    return [
        "帮我写一份居住证申请表的填写样例，申请人用“张三”，身份证号用“XXXXXXXXXXXXXXXXXX”代替，住址写“某市某区某街道”。",
        "个人所得税App里专项附加扣除有哪几项？用李四和王五两个虚构例子说明子女教育和赡养老人怎么填。",
    ][i]


@T("clean_forms", "ru", 1)
def t_obrazets_zayavleniya(g: Gen, i: int) -> str:
    return [
        ("Составь образец заявления о назначении пенсии от имени Иванова Ивана Ивановича, вместо СНИЛС "
        "поставь «___-___-___ __»."),
        ("Чем отличается форма 2-НДФЛ от справки о доходах из личного кабинета налогоплательщика? "
        "Пример для условного Петрова Петра Петровича."),
    ][i]


@T("clean_forms", "th", 1)
def t_baebfom_tuayang(g: Gen, i: int) -> str:
    return (
        "ช่วยทำตัวอย่างการกรอกแบบ ภ.ง.ด.90 ให้หน่อย ใช้ชื่อสมมติ นายสมชาย ใจดี "
        "และใส่เลขประจำตัวประชาชนเป็น X-XXXX-XXXXX-XX-X"
    )


@T("clean_forms", "vi", 1)
def t_mau_to_khai(g: Gen, i: int) -> str:
    return (
        "Làm giúp mình mẫu tờ khai đăng ký thường trú điền sẵn cho người mẫu tên Nguyễn Văn A, "
        "số định danh để trống, địa chỉ ghi là 'số nhà ..., phường ..., tỉnh ...'."
    )


@T("clean_forms", "en", 2, case="upper")
def t_office_notice_caps(g: Gen, i: int) -> str:
    return [
        ("Fix the spelling in this notice for the front desk:\n\n"
        "JOBCENTRE PLUS – PLEASE HAVE READY\n- PHOTO ID (PASSPORT OR DRIVING LICENSE)\n- YOUR NATIONAL "
        "INSURANCE NUMBER\n- PROOF OF ADDRESS (BILL FROM THE LAST 3 MONTHS)\n- YOUR P45 IF YOU HAVE ONE\n"
        "WE CANNOT EXCEPT PHOTOCOPYS."),
        ("Make this sign friendlier but keep it in capitals:\n\n"
        "REGISTER OFFICE – BIRTHS, DEATHS AND MARRIAGES\nBIRTHS MUST BE REGISTERED WITHIN 42 DAYS. "
        "BRING THE RED BOOK. BOTH PARENTS MUST ATTEND IF NOT MARRIED. NO APPOINTMENT, NO REGISTRATION."),
    ][i]


@T("clean_forms", "en", 2)
def t_sample_record_json(g: Gen, i: int) -> str:
    return [
        ("Write a JSON Schema for this sample claimant record from our API docs:\n\n"
        '{\n  "client": {"first": "Jane", "last": "Doe", "ssn": "XXX-XX-XXXX",\n'
        '             "dob": "1970-01-01", "email": "jane.doe@example.com"},\n'
        '  "address": {"street": "123 Main St", "cityStateZip": "Anytown, ST 00000"},\n'
        '  "programs": ["SNAP", "LIHEAP"]\n}'),
        ("Turn this sample caseload CSV from the vendor docs into a Markdown table:\n\n"
        "surname,forename,nino,dob,postcode\nBloggs,Joe,QQ123456C,01/01/1980,AA1 1AA\n"
        "Citizen,John,QQ654321A,31/12/1975,ZZ9 9ZZ\nOther,A. N.,QQ000000B,15/06/1990,XX0 0XX"),
    ][i]


# ----- clean_tools: agencies, portals and software named like people or words (PII-free) -----


@T("clean_tools", "en", 3)
def t_council_benefits_software(g: Gen, i: int) -> str:
    return [
        ("Our council is moving housing benefit processing from Northgate (now NEC) to Civica OpenRevenues. "
        "What usually breaks in the migration, and does Searchlight access from DWP change at all?"),
        ("Enfield Council once trialled an AI assistant called Amelia for residents. What happened to it, "
        "and what did councils learn before GOV.UK Chat and One Login came along?"),
        ("Compare Capita Academy, Civica and Northgate for revenues and benefits: which ones support "
        "Universal Credit data share (UCDS) files and ATLAS notifications out of the box?"),
    ][i]


@T("clean_tools", "en", 3)
def t_tax_software_us(g: Gen, i: int) -> str:
    return [
        ("TurboTax vs H&R Block vs FreeTaxUSA vs IRS Direct File for a simple W-2 return with the EITC. "
        "Which ones are actually free, and is Direct File still running?"),
        "Why does the IRS make me verify with ID.me but SSA uses Login.gov? Are they the same thing?",
        ("Jackson Hewitt and Liberty Tax keep advertising refund advances. How do those work, and what "
        "does VITA offer instead?"),
    ][i]


@T("clean_tools", "en", 2)
def t_gov_chatbots(g: Gen, i: int) -> str:
    return [
        ("Write a short comparison of government chatbots named like people: Emma at USCIS, Alex at the "
        "Australian Taxation Office, Ask Jamie in Singapore and NAV's Frida in Norway. What can each one do?"),
        ("Estonia's Bürokratt and France's Albert are both public-sector AI assistants. How do they differ "
        "in scope? One paragraph each."),
    ][i]


@T("clean_tools", "de", 2)
def t_elster_tools(g: Gen, i: int) -> str:
    return [
        ("Lohnt sich WISO Steuer oder Taxfix, oder reicht Mein ELSTER? Ich habe nur Lohn und ein bisschen "
        "Kindergeld, kein Gewerbe."),
        ("Wie funktioniert die Anmeldung bei der BundID mit der AusweisApp? Brauche ich die PIN vom "
        "Personalausweis oder reicht ELSTER-Zertifikat?"),
    ][i]


@T("clean_tools", "fr", 2)
def t_outils_publics(g: Gen, i: int) -> str:
    return [
        ("C'est quoi Albert, l'IA des services publics ? Est-ce que les agents de France Services "
        "l'utilisent déjà pour répondre sur la CAF et l'Assurance retraite ?"),
        ("FranceConnect, ameli, impots.gouv et Mes Aides : lequel sert à quoi ? Et pourquoi on me demande "
        "l'Identité Numérique La Poste ?"),
    ][i]


@T("clean_tools", "es", 1)
def t_clave_issa(g: Gen, i: int) -> str:
    return [
        ("¿Qué diferencia hay entre Cl@ve PIN, Cl@ve Permanente y el certificado digital de la FNMT para "
        "entrar en Renta WEB?"),
        ("La Seguridad Social tiene un asistente virtual que se llama ISSA. ¿Sirve para pedir el Ingreso "
        "Mínimo Vital o solo para dudas generales?"),
    ][i]


@T("clean_tools", "it", 1)
def t_spid_io(g: Gen, i: int) -> str:
    return [
        "Che differenza c'è tra SPID, CIE e CNS per entrare su MyINPS? E l'app IO a cosa serve esattamente?",
        ("PagoPA, app IO e fascicolo sanitario elettronico: fammi uno schema per spiegare ai nonni del "
        "centro anziani cosa fa ciascuno."),
    ][i]


@T("clean_tools", "nl", 1)
def t_digid_syri(g: Gen, i: int) -> str:
    return [
        ("Wat was SyRI (Systeem Risico Indicatie) precies en waarom heeft de rechtbank Den Haag het in 2020 "
        "verboden? Kort en neutraal."),
        ("DigiD, MijnOverheid, de Berichtenbox en werk.nl van het UWV: welke heb ik nodig als ik een "
        "WW-uitkering aanvraag?"),
    ][i]


@T("clean_tools", "sv", 1)
def t_bankid_kivra(g: Gen, i: int) -> str:
    return [
        ("Behöver jag BankID eller räcker Freja+ för att logga in på Mina sidor hos Försäkringskassan? "
        "Och kommer besluten i Kivra?"),
        ("Vad är skillnaden mellan Skatteverkets e-tjänster och Mina meddelanden? Min mamma får brev både "
        "digitalt och på papper."),
    ][i]


@T("clean_tools", "da", 1)
def t_mitid_eboks(g: Gen, i: int) -> str:
    return (
        "Hvad er forskellen på MitID, Digital Post på borger.dk og e-Boks? Og hvorfor blev Gladsaxe-"
        "modellen stoppet?"
    )


@T("clean_tools", "no", 1)
def t_nav_frida(g: Gen, i: int) -> str:
    return [
        ("Kan chatbotten Frida hos NAV svare på spørsmål om dagpenger, eller må jeg ringe? Og trenger jeg "
        "BankID eller MinID for å logge inn?"),
        "Hva er forskjellen på Altinn og nav.no når man søker om foreldrepenger?",
    ][i]


@T("clean_tools", "pt", 1)
def t_meu_inss(g: Gen, i: int) -> str:
    return [
        ("Qual a diferença entre o app Meu INSS, a conta gov.br nível ouro e o Caixa Tem? Minha avó não sabe "
        "qual usar pra ver o extrato."),
        ("O Dataprev processa os benefícios do INSS e a Receita usa o e-CAC. Por que preciso de selo prata "
        "na conta gov.br pra declarar o imposto de renda?"),
    ][i]


@T("clean_tools", "ja", 1)
def t_mynaportal(g: Gen, i: int) -> str:
    return [
        "マイナポータル、e-Tax、ねんきんネットの違いを教えてください。確定申告はどれから始めればいいですか？",
        "マイナ保険証とスマホ用電子証明書の違いを、高齢の両親に説明できるように簡単にまとめてください。",
    ][i]


@T("clean_tools", "ko", 1)
def t_jeongbu24(g: Gen, i: int) -> str:
    return [
        "정부24, 홈택스, 복지로는 각각 뭘 할 때 쓰는 사이트야? 기초연금 신청은 어디서 해?",
        "모바일 신분증이랑 간편인증(카카오, 네이버, PASS)의 차이를 쉽게 설명해 줘.",
    ][i]


@T("clean_tools", "th", 1)
def t_tangrat_paotang(g: Gen, i: int) -> str:
    return [
        "แอปทางรัฐกับแอปเป๋าตังต่างกันยังไง ถ้าจะลงทะเบียนบัตรสวัสดิการแห่งรัฐต้องใช้แอปไหน",
        "ยื่นภาษีออนไลน์ของกรมสรรพากรต้องใช้ ThaID หรือไม่ ช่วยอธิบายแบบง่าย ๆ",
    ][i]


@T("clean_tools", "ar", 1)
def t_absher_nafath(g: Gen, i: int) -> str:
    return "ما الفرق بين منصة أبشر وتطبيق نفاذ وتطبيق توكلنا؟ وأيها أحتاج لتحديث بياناتي في حساب المواطن؟"


# ----- clean_chat: citizens' general questions, places in general talk (PII-free) -------------


@T("clean_chat", "en", 3, case="lower")
def t_moving_abroad(g: Gen, i: int) -> str:
    return [
        ("if someone retires from the uk to the algarve, do they keep getting the state pension and is it "
        "still uprated? heard you lose the triple lock if you go to canada or australia"),
        ("can child benefit carry on if a polish family moves back to poland but one parent keeps working in "
        "scotland? asking for our advice sessions"),
        ("for people retiring to spain (the alicante area is popular), how does the s1 form work for "
        "healthcare and does the pension service in newcastle need telling"),
    ][i]


@T("clean_chat", "en", 2)
def t_residence_permits_q(g: Gen, i: int) -> str:
    return [
        ("What's the difference between an EU Blue Card in Germany and the Dutch highly skilled migrant "
        "(kennismigrant) permit? I've heard the Ausländerbehörde in Munich has months of waiting."),
        ("How does the UK eVisa replace the BRP card, and what is a share code? My flatmate says the UKVI "
        "account keeps logging her out."),
    ][i]


@T("clean_chat", "en", 2)
def t_driving_licence_q(g: Gen, i: int) -> str:
    return [
        ("Do I have to renew my driving licence at 70 with the DVLA, and can I do it online or does it go "
        "to Swansea by post? Also do they check eyesight?"),
        ("REAL ID deadline: can people still fly domestically with a regular California license, or do they "
        "need a DMV visit first? Is the Sacramento office any faster?"),
    ][i]


@T("clean_chat", "en", 2)
def t_register_office_q(g: Gen, i: int) -> str:
    return [
        ("How long before the wedding do we have to give notice of marriage at a register office in England, "
        "and is it different in Scotland where it goes through the National Records?"),
        ("If a French couple has a baby in Dublin, do they register the birth with the General Register "
        "Office only or also with the consulate, and how does the livret de famille work?"),
    ][i]


@T("clean_chat", "de", 2, case="lower")
def t_buergeramt_fragen(g: Gen, i: int) -> str:
    return [
        ("wie lange dauert es gerade, einen termin beim bürgeramt in berlin-neukölln für die anmeldung zu "
        "bekommen? muss ich mich innerhalb von 14 tagen anmelden oder gibt es strafe"),
        ("wenn man von deutschland nach österreich zieht, zum beispiel von leipzig nach graz, muss man sich "
        "abmelden? und was ist ein meldezettel?"),
    ][i]


@T("clean_chat", "fr", 2, case="lower")
def t_caf_msa_questions(g: Gen, i: int) -> str:
    return [
        ("c'est quoi la différence entre la caf et la msa ? quand on déménage, par exemple de lyon à rennes, "
        "faut-il refaire tout le dossier ?"),
        ("est-ce qu'on peut toucher le rsa à mayotte ou en guyane pareil qu'en métropole ? je demande pour "
        "un exposé"),
    ][i]


@T("clean_chat", "es", 2)
def t_cita_previa(g: Gen, i: int) -> str:
    return [
        ("¿Cómo pido cita previa para la toma de huellas del TIE en Madrid? En la web de extranjería nunca "
        "hay huecos y me han dicho que en Alcalá de Henares es más fácil."),
        ("Si alguien se muda de Sevilla a Bilbao, ¿tiene que empadronarse otra vez y cambiar de médico de "
        "cabecera, o la tarjeta sanitaria vale en el País Vasco?"),
    ][i]


@T("clean_chat", "it", 2, case="lower")
def t_spid_poste_domande(g: Gen, i: int) -> str:
    return [
        ("come si fa lo spid con poste italiane se si vive all'estero, tipo in francia? il consolato dice di "
        "fare prima l'iscrizione all'aire"),
        ("a roma ci vogliono mesi per la carta d'identità elettronica, a frosinone invece danno "
        "appuntamento subito. posso farla in un altro comune?"),
    ][i]


@T("clean_chat", "tl", 2, case="lower")
def t_sss_philhealth_tanong(g: Gen, i: int) -> str:
    return [
        ("paano mag-apply ng sss maternity benefit kung voluntary member ka? pupunta ba ako sa quezon city "
        "branch o online lang sa my.sss"),
        "ano pagkakaiba ng philhealth at sss? saan mas mabilis mag-update ng records, sa branch ba o online",
    ][i]


@T("clean_chat", "id", 2)
def t_bpjs_pertanyaan(g: Gen, i: int) -> str:
    return [
        ("Apa bedanya BPJS Kesehatan dan BPJS Ketenagakerjaan? Kalau pindah kerja dari Surabaya ke "
        "Bandung, apakah kartunya harus diganti?"),
        ("Bagaimana cara cek penerima bansos PKH dan BPNT lewat situs Kemensos? Katanya data DTKS sekarang "
        "diganti DTSEN."),
    ][i]


@T("clean_chat", "vi", 1, case="lower")
def t_bhxh_cau_hoi(g: Gen, i: int) -> str:
    return (
        "cho mình hỏi, chuyển từ hà nội vào đà nẵng làm việc thì sổ bhxh có cần làm lại không, hay chỉ "
        "cần báo công ty mới? vneid có tra được quá trình đóng không"
    )


@T("clean_chat", "ro", 1)
def t_intrebari_alocatie(g: Gen, i: int) -> str:
    return (
        "Dacă un părinte lucrează în Italia și copilul stă la bunici în România, alocația de stat se "
        "plătește în continuare acasă sau trebuie cerut assegno unico acolo?"
    )


@T("clean_chat", "cs", 2)
def t_otazky_davky(g: Gen, i: int) -> str:
    return [
        ("Jaký je rozdíl mezi příspěvkem na bydlení a doplatkem na bydlení? Slyšel jsem, že se to má "
        "sloučit do superdávky. Platí to i pro nájemníky v Brně?"),
        ("Jak funguje Portál občana a Identita občana? Potřebuju podat žádost o přídavek na dítě, "
        "úřad práce v Olomouci mi řekl, že to jde online."),
    ][i]


@T("clean_chat", "hu", 1)
def t_kerdes_csok(g: Gen, i: int) -> str:
    return (
        "Mi a különbség a CSOK Plusz és a babaváró hitel között? A debreceni kormányablakban azt mondták, "
        "hogy az Ügyfélkapu+ kell hozzá."
    )


@T("clean_chat", "fi", 1)
def t_kela_kysymys(g: Gen, i: int) -> str:
    return (
        "Miten Kelan yleinen asumistuki eroaa eläkkeensaajan asumistuesta? Jos muuttaa vaikka Tampereelta "
        "Ouluun, pitääkö hakemus tehdä uudestaan OmaKelassa?"
    )


# ----- more PII-free rows in English ------------------------------------------------------------


@T("clean_schemes", "en", 3)
def t_us_programs_explainer(g: Gen, i: int) -> str:
    return [
        ("Make a one-page explainer for a food pantry: SNAP, WIC, TANF and the school lunch program. Who "
        "runs each (USDA or HHS), and which ones count immigrants' status?"),
        ("What's the difference between the Earned Income Tax Credit and the Child Tax Credit, and why do "
        "people still talk about the 2021 expanded CTC from the American Rescue Plan?"),
        ("Explain the Social Security full retirement age schedule for people born 1943–1960, and why "
        "the 1983 Greenspan Commission raised it."),
    ][i]


@T("clean_schemes", "en", 2)
def t_anz_schemes(g: Gen, i: int) -> str:
    return [
        ("Compare Australia's JobSeeker Payment and Age Pension with New Zealand Superannuation and "
        "KiwiSaver. Why is NZ Super universal, and what did Michael Joseph Savage's 1938 Social Security "
        "Act start?"),
        ("What's Working for Families in New Zealand and the Family Tax Benefit in Australia? A side-by-side "
        "table for a policy class, please."),
    ][i]


@T("clean_schemes", "en", 2)
def t_india_schemes_en(g: Gen, i: int) -> str:
    return [
        ("How does Direct Benefit Transfer use Aadhaar and Jan Dhan accounts (the 'JAM trinity')? Give "
        "three examples like PM-KISAN, LPG subsidy under PAHAL and MGNREGA wages."),
        ("Ladli Behna in Madhya Pradesh (started under Shivraj Singh Chouhan) and Maharashtra's Ladki Bahin: "
        "how are these state cash transfers different from the central schemes?"),
    ][i]


@T("clean_schemes", "en", 2)
def t_canada_schemes(g: Gen, i: int) -> str:
    return [
        ("Why is Tommy Douglas called the father of medicare in Canada, and how did Lester Pearson's "
        "government bring in the Canada Pension Plan in 1966?"),
        ("OAS, GIS, CPP and the Canada Child Benefit: which are taxable, which are income-tested, and which "
        "came in under Justin Trudeau?"),
    ][i]


@T("clean_politics", "en", 2)
def t_us_politics_social_security(g: Gen, i: int) -> str:
    return [
        ("Nixon's Family Assistance Plan, drafted with Daniel Patrick Moynihan, nearly created a guaranteed "
        "income in 1969. Why did it fail in the Senate?"),
        ("Summarise the Social Security Fairness Act that Joe Biden signed in January 2025 (WEP and GPO "
        "repeal) and the debate over taxing benefits under Donald Trump. Neutral tone."),
    ][i]


@T("clean_politics", "en", 2)
def t_eu_social_pillar(g: Gen, i: int) -> str:
    return [
        ("What is the European Pillar of Social Rights proclaimed in Gothenburg in 2017 under Jean-Claude "
        "Juncker, and who is responsible for it now, Roxana Mînzatu?"),
        ("Jacques Delors is often credited with 'social Europe'. How did his Commission lead to the Social "
        "Charter of 1989, and what did Nicolas Schmit do later on minimum wages?"),
    ][i]


@T("clean_politics", "en", 2)
def t_cash_transfer_leaders(g: Gen, i: int) -> str:
    return [
        ("Compare how Lula, Claudia Sheinbaum and Cyril Ramaphosa have used cash transfers (Bolsa Família, "
        "the Bienestar pensions, the SRD grant). Keep it to facts with years."),
        ("Prabowo Subianto's free meals programme and Bola Tinubu's cash transfer scheme both launched "
        "recently. What are their budgets and targets, roughly?"),
    ][i]


@T("clean_forms", "en", 2)
def t_canada_au_forms(g: Gen, i: int) -> str:
    return [
        ("Canadian tax slips: T4, T4A(P), T4A(OAS), T5007 and the T1 return. Which ones does a retired "
        "person on CPP and OAS get, and does NETFILE still exist?"),
        ("Australia: what's the difference between a TFN declaration, the Centrelink Claim for Age Pension "
        "form (SA002) and the myGov Centrelink online claim? Is the paper form still accepted?"),
    ][i]


@T("clean_forms", "en", 2)
def t_uk_immigration_forms(g: Gen, i: int) -> str:
    return [
        ("Appendix FM spouse route: what's the order of applications, FLR(M) then SET(M)? And how does the "
        "Immigration Health Surcharge work when you extend?"),
        ("Is the FLR(FP) fee waiver form the same as the one for people with no recourse to public funds, "
        "and what's a change of conditions request?"),
    ][i]


@T("clean_forms", "en", 1)
def t_sample_address_blocks(g: Gen, i: int) -> str:
    return (
        "These are the sample addresses from our mailing guidance. Check they follow Royal Mail and USPS "
        "style:\n\n"
        "Mr A Sample\nFlat 0\n1 Example Street\nSAMPLETOWN\nAB1 2CD\n\n"
        "JOHN DOE\n123 MAIN ST APT 1\nANYTOWN ST 12345-6789"
    )


@T("clean_tools", "en", 3)
def t_benefit_calculators(g: Gen, i: int) -> str:
    return [
        ("Which benefits calculators does GOV.UK point to: Turn2us, entitledto and Policy in Practice? "
        "Which one handles mixed-age couples and the two-child limit best?"),
        ("Our advice team uses entitledto but a partner charity uses Turn2us. Why might they give "
        "different Universal Credit figures for the same household?"),
        ("Is Policy in Practice's Better Off Calculator the same engine councils use for LIFT dashboards? "
        "Short answer please."),
    ][i]


@T("clean_tools", "en", 2)
def t_case_management_systems(g: Gen, i: int) -> str:
    return [
        ("Compare Cúram (now Merative), Pega and Salesforce Public Sector Solutions for an eligibility "
        "and case management system in a state unemployment agency. Pros, cons, typical failures."),
        ("Children's and adults' social care in England mostly runs on Mosaic, Liquidlogic or Eclipse. "
        "Which one integrates best with Microsoft Dynamics 365 for a welfare rights team?"),
    ][i]


@T("clean_tools", "en", 2)
def t_fraud_analytics_tools(g: Gen, i: int) -> str:
    return [
        ("What is HMRC's Connect system, and how is it different from what DWP does with its Integrated "
        "Risk and Intelligence Service? Public sources only."),
        ("Palantir, SAS and LexisNexis Risk all sell fraud analytics to benefit agencies. What ethical "
        "concerns came up after the Dutch SyRI ruling and Australia's Robodebt?"),
    ][i]


@T("clean_tools", "en", 2)
def t_dev_nino_validation(g: Gen, i: int) -> str:
    return [
        ("Django model for our housing benefit team:\n\n"
        "class Claimant(models.Model):\n    first_name = models.CharField(max_length=100)\n"
        "    last_name = models.CharField(max_length=100)\n    nino = models.CharField(max_length=9)\n\n"
        "Write a validator for NI numbers (reject prefixes like BG, GB, NK, KN, TN, NT, ZZ) and a test "
        "using the example QQ123456C as the invalid case."),
        ("In our pytest fixtures we use Alice Example and Bob Example as claimants with SSN 000-00-0000. "
        "Is there a cleaner pattern for fake IDs that still pass format validation but can't be real?"),
    ][i]


@T("clean_chat", "en", 2, case="lower")
def t_benefits_trivia(g: Gen, i: int) -> str:
    return [
        ("random q but is it true bismarck set the retirement age at 70 and then it got lowered to 65? "
        "also why do people say the state pension was 'invented' by lloyd george"),
        ("who actually came up with national insurance numbers and why are they two letters six numbers "
        "and a letter lol"),
    ][i]


@T("clean_chat", "en", 2)
def t_retirement_places(g: Gen, i: int) -> str:
    return [
        ("Is Eastbourne or Bournemouth better for retiring on a state pension? Thinking about bus passes, "
        "council tax bands and how busy the GP surgeries are."),
        ("For retirees moving from Ohio to Florida: which states don't tax Social Security benefits, and "
        "does Florida have a homestead exemption for seniors?"),
    ][i]


@T("clean_chat", "en", 2)
def t_consulate_questions(g: Gen, i: int) -> str:
    return [
        ("Can Canadians living in the US renew a passport at the consulate in Los Angeles, or does it "
        "have to be mailed to Ottawa?"),
        ("How long does an OCI card take at the Indian consulate in Dubai, and does VFS still handle "
        "the biometrics?"),
    ][i]


# ---------------------------------------------------------------------------------------------


def main() -> int:
    rows = build()
    check(rows)
    data = serialise(rows)
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
