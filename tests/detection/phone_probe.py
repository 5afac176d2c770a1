"""Phone numbers of every region as people write them, in the carriers internal tools send: the
recall probe of `scripts/probe_phones.py` and `test_phones_probe.py`.

Each region's example numbers (mobile and fixed line, `phonenumbers` metadata) are written in a
format (national, international, E.164, digits only, regrouped with dots or dashes, an area code in
brackets, with an extension, the calling code in brackets) and put into a carrier (a sentence, a signature, JSON, CSV, a log line,
YAML, a vCard, a chat line). Formats and carriers rotate over the regions so that every pair is met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

# ITU world numbering zones, by a calling code's first digit.
GROUPS = ("nanp", "africa", "europe", "latam", "oceania-sea", "russia-kz", "east-asia", "west-south-asia")
_ZONE = {"1": "nanp", "2": "africa", "3": "europe", "4": "europe", "5": "latam", "6": "oceania-sea", "7": "russia-kz",
         "8": "east-asia", "9": "west-south-asia"}

FORMATS = ("national", "international", "e164", "digits", "dots", "dashes", "intl-dashes", "00-intl", "brackets", "ext", "cc-brackets")

# Keys and headers that name a phone in data; rotated over the regions.
KEYS = ("phone", "mobile", "tel", "contact", "phone_number", "mobileNumber", "cell", "telephone")

CARRIERS = (
    "prose-call", "prose-reach", "prose-noun", "signature", "list", "table", "json", "csv", "sql", "code", "xml", "log",
    "yaml", "vcard", "chat", "sms",
)
_CARRIER_TEXT = {
    "prose-call": "Hi, could you call me on {n} tomorrow morning? I'm free after ten.",
    "prose-reach": "If anything comes up you can reach me at {n} until Friday, otherwise email is fine.",
    "prose-noun": "Her mobile changed last week, so the courier should use {n} from now on.",
    "signature": "Thanks for the quick turnaround.\n\nKind regards,\nAnna Berg\nAccount Manager, Northwind Ltd\n{label} {n}",
    "list": "Attendees for Thursday:\n- Anna Berg, {n}\n- Jon Lie, jon.lie@example.org",
    "table": "| Name | {Key} | City |\n|---|---|---|\n| Anna Berg | {n} | Oslo |\n| Jon Lie | - | Bergen |",
    "json": '{{"id": 4812, "name": "Anna Berg", "{key}": "{n}", "active": true, "plan": "pro"}}',
    "csv": "id,name,{key},city\n4812,Anna Berg,{n},Oslo\n4813,Jon Lie,,Bergen",
    "sql": "INSERT INTO contacts (id, name, {key}) VALUES (4812, 'Anna Berg', '{n}');",
    "code": 'client.send_sms(to="{n}", body="Your code is 4821")',
    "xml": "<customer id=\"4812\"><name>Anna Berg</name><{key}>{n}</{key}></customer>",
    "log": "2024-05-02T09:14:07Z INFO notify.sms sent user_id=4812 {key}={n} status=delivered latency_ms=184",
    "yaml": "owner:\n  name: Anna Berg\n  {key}: {n}\n  team: billing\n  on_call: true",
    "vcard": "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Berg\nTEL;TYPE=CELL:{n}\nEMAIL:anna.berg@example.org\nEND:VCARD",
    "chat": "[12/03/24, 18:02] Anna Berg: this is my new number {n}, save it pls",
    "sms": "WhatsApp me on {n} when you land, I'll come pick you up",
}
_LABELS = ("Tel:", "Mobile:", "M:", "Phone:", "T:", "Mob.", "Direct:", "Cell:")

# Carriers with no phone word anywhere: a number in a row beside a name, as contact lists, fixtures
# and pasted sheets hold it. "uncued" is the set the rules were written from; "uncued-check" was
# written with it, before any rule, and is never tuned on.
UNCUED_TEXT = {
    "rows-dash": "Who to ask about the move:\nAnna Berg - {n}\nJon Lie - away until May",
    "fixture": 'ROWS = """\nAnna Berg — {n} — Oslo\nJon Lie — — Bergen\n"""\n\n\ndef load():\n    return [row.split(" — ") for row in ROWS.strip().splitlines()]',
    "pipe-rows": "| Anna Berg | {n} | Oslo |\n| Jon Lie | | Bergen |",
    "csv-rows": "4812,Anna Berg,{n},Oslo\n4813,Jon Lie,,Bergen",
    "columns": "Anna Berg      {n}      Oslo\nJon Lie                       Bergen",
}
UNCUED_CHECK_TEXT = {
    "tuples": "people = [\n    ('Anna Berg', '{n}', 'Oslo'),\n    ('Jon Lie', None, 'Bergen'),\n]",
    "semicolons": "Pasted from the old sheet:\nAnna Berg; {n}; Oslo\nJon Lie; ; Bergen",
    "slashes": "Anna Berg / {n} / Oslo — she has the keys",
    "brackets": "Anna Berg ({n}) will meet the movers at the depot on Tuesday.",
    "after-name": "Ask Anna Berg, {n}, about the spare desks.",
}
# Written after the first rules met "uncued-check" and widened the separators to the marks people
# write between fields (see eval/README.md), before that widening ran: never tuned on either.
UNCUED_CHECK2_TEXT = {
    "middle-dot": "Anna Berg · {n} · Oslo\nJon Lie · — · Bergen",
    "arrow": "Anna Berg => {n}\nJon Lie => n/a",
    "tab-row": "Anna Berg\t{n}\tOslo\nJon Lie\t\tBergen",
    "quoted-csv": '"Anna Berg","{n}","Oslo"\n"Jon Lie","","Bergen"',
    "dict-row": "{{'who': 'Anna Berg', 'n': '{n}'}}",
}
# Written in round 35 before any rule for arrows, with other carriers than "uncued-check2"'s
# "arrow": a name mapped to its number in code (PHP, Ruby), in notes with arrows of any kind, and
# "=" (no arrow, a measure of what the arrows' rule leaves alone). Never tuned on.
UNCUED_CHECK3_TEXT = {
    "php-array": "$contacts = ['Anna Berg' => '{n}', 'Jon Lie' => null];",
    "ruby-hash": '{{ "Anna Berg" => "{n}", "Jon Lie" => nil }}',
    "ascii-arrow": "Who has the van keys:\nAnna Berg -> {n}\nJon Lie -> away",
    "unicode-arrow": "Anna Berg → {n}\nJon Lie → n/a",
    "equals": "Anna Berg = {n}\nJon Lie = n/a",
}
# The carrier sets a probe run may choose.
CARRIER_SETS = {
    "cued": CARRIERS, "uncued": tuple(UNCUED_TEXT), "uncued-check": tuple(UNCUED_CHECK_TEXT), "uncued-check2": tuple(UNCUED_CHECK2_TEXT), "uncued-check3": tuple(UNCUED_CHECK3_TEXT),
}
_TEXTS = {**_CARRIER_TEXT, **UNCUED_TEXT, **UNCUED_CHECK_TEXT, **UNCUED_CHECK2_TEXT, **UNCUED_CHECK3_TEXT}


@dataclass(frozen=True)
class Case:
    region: str
    kind: str
    fmt: str
    carrier: str
    number: str  # the number as written, its extension left out
    text: str

    @property
    def group(self) -> str:
        return _ZONE[str(phonenumbers.country_code_for_region(self.region))[0]]


def _groups(number: PhoneNumber) -> list[str]:
    """The number's national groups as its region writes them, its trunk prefix on the first."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    groups = re.findall(r"\d+", national)
    if len(groups) > 1:
        return groups
    intl = re.findall(r"\d+", phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))[1:]
    prefix = national[: len(national) - len(str(number.national_number))] if national.endswith(str(number.national_number)) else ""
    return [prefix + intl[0], *intl[1:]] if intl else groups


def written(number: PhoneNumber, fmt: str) -> str:
    """`number` written in `fmt`."""
    cc = str(number.country_code)
    intl_groups = re.findall(r"\d+", phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL))[1:]
    groups = _groups(number)
    if fmt == "national" or fmt == "ext":
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if fmt == "international":
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if fmt == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if fmt == "digits":
        return "".join(groups)
    if fmt == "dots":
        return ".".join(groups)
    if fmt == "dashes":
        return "-".join(groups)
    if fmt == "intl-dashes":
        return "+" + "-".join([cc, *intl_groups])
    if fmt == "00-intl":
        return "00" + cc + " " + " ".join(intl_groups)
    if fmt == "cc-brackets":
        return f"(+{cc}) " + " ".join(intl_groups)  # "(+44) 7400 123456", "(+351) 912 345 678"
    if fmt == "brackets":
        return f"({groups[0]}) " + " ".join(groups[1:]) if len(groups) > 1 else groups[0]
    raise ValueError(fmt)


def examples(region: str) -> list[tuple[str, PhoneNumber]]:
    """The region's example mobile and fixed-line numbers (one if they are the same)."""
    out: list[tuple[str, PhoneNumber]] = []
    for kind, type_ in (("mobile", PhoneNumberType.MOBILE), ("fixed", PhoneNumberType.FIXED_LINE)):
        number = phonenumbers.example_number_for_type(region, type_)
        if number is not None and all(number != other for _, other in out):
            out.append((kind, number))
    return out


def _header(key: str) -> str:
    """A key as a table's header writes it: "phone_number", "mobileNumber" -> "Phone number", "Mobile number"."""
    return re.sub(r"_|(?<=[a-z])(?=[A-Z])", " ", key).capitalize()


def case(region: str, kind: str, number: PhoneNumber, fmt: str, carrier: str, turn: int = 0) -> Case:
    value = written(number, fmt)
    shown = value + " ext. 12" if fmt == "ext" else value
    text = _TEXTS[carrier].format(n=shown, key=KEYS[turn % len(KEYS)], Key=_header(KEYS[turn % len(KEYS)]), label=_LABELS[turn % len(_LABELS)])
    return Case(region, kind, fmt, carrier, value, text)


def cases(regions: Sequence[str] | None = None, carriers: Sequence[str] = CARRIERS) -> list[Case]:
    """Every region's examples in every carrier, the format turning with the region."""
    out = []
    for i, region in enumerate(sorted(regions or phonenumbers.SUPPORTED_REGIONS)):
        for k, (kind, number) in enumerate(examples(region)):
            for c, carrier in enumerate(carriers):
                fmt = FORMATS[(i + k * 3 + c) % len(FORMATS)]
                out.append(case(region, kind, number, fmt, carrier, turn=i + c))
    return out


def leaked(case: Case, spans: Sequence[tuple[int, int, str]], policy: object) -> bool:
    """Whether a digit of the number is left unmasked where it stands in the text (a local-only
    finding keeps the whole text from the cloud)."""
    actions = {policy.rule(t).action for _, _, t in spans}  # type: ignore[attr-defined]
    if actions & {"local_only", "block"}:
        return False
    start = case.text.index(case.number)
    masked = [(s, e) for s, e, t in spans if policy.rule(t).action in ("pseudonymize", "redact")]  # type: ignore[attr-defined]
    return any(
        case.text[i].isdigit() and not any(s <= i < e for s, e in masked)
        for i in range(start, start + len(case.number))
    )


# A second source the rules were not written against: Faker's and mimesis' own phone formats, which
# are not always valid in their country's plan (Faker's "00008063608"): each case says which.
SOURCES = ("examples", "faker", "mimesis")
FAKER_LOCALES = (
    "ar_AE", "ar_JO", "az_AZ", "bg_BG", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "de_LU", "el_GR", "en_AU", "en_CA",
    "en_GB", "en_IN", "en_NZ", "en_US", "es_AR", "es_CL", "es_CO", "es_ES", "es_MX", "fa_IR", "fi_FI", "fr_CH", "fr_FR",
    "he_IL", "hr_HR", "hu_HU", "hy_AM", "id_ID", "it_IT", "ja_JP", "ka_GE", "ko_KR", "lt_LT", "lv_LV", "ne_NP", "nl_BE",
    "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "ru_RU", "sk_SK", "sl_SI", "sv_SE", "ta_IN", "th_TH", "tr_TR",
    "tw_GH", "uk_UA", "uz_UZ", "vi_VN", "zh_CN", "zh_TW",
)
# mimesis' locales with a country of their own ("en" is the United States).
MIMESIS_LOCALES = {
    "ar-ae": "AE", "ar-dz": "DZ", "ar-eg": "EG", "ar-jo": "JO", "ar-kw": "KW", "ar-ma": "MA", "ar-om": "OM", "ar-qa": "QA",
    "ar-sa": "SA", "ar-sy": "SY", "ar-tn": "TN", "ar-ye": "YE", "az": "AZ", "cs": "CZ", "da": "DK", "de": "DE", "de-at": "AT",
    "de-ch": "CH", "el": "GR", "en": "US", "en-gb": "GB", "es": "ES", "es-mx": "MX", "et": "EE", "fa": "IR", "fi": "FI",
    "fr": "FR", "hr": "HR", "hu": "HU", "is": "IS", "it": "IT", "ja": "JP", "kk": "KZ", "ko": "KR", "nl": "NL", "nl-be": "BE",
    "no": "NO", "pl": "PL", "pt": "PT", "pt-br": "BR", "ru": "RU", "sk": "SK", "sv": "SE", "tr": "TR", "uk": "UA", "zh": "CN",
}
GENERATED_FORMATS = ("plus", "00-intl", "trunk", "brackets", "bare", "ext")


def _shape(value: str) -> str:
    """How a generated number is written: with + or 00 and a calling code, a trunk 0, an area code
    in brackets, an extension, or bare digits in groups."""
    if re.search(r"(?i)x|ext", value):
        return "ext"
    if value.startswith("+") or value.startswith("(+"):
        return "plus"
    if value.startswith("00"):
        return "00-intl"
    if value.startswith("0"):
        return "trunk"
    return "brackets" if value.startswith("(") else "bare"


def _plan(value: str, region: str) -> str:
    """Whether the number is valid in its country's plan (or, written with +, in its code's)."""
    try:
        number = phonenumbers.parse(re.sub(r"(?i)\s*(?:x|ext\.?)\s*\d+$", "", value), region)
        return "valid" if phonenumbers.is_valid_number(number) else "off-plan"
    except phonenumbers.NumberParseException:
        return "off-plan"


def generated_cases(source: str, locales: Sequence[str] | None = None, per_locale: int = 2, carriers: Sequence[str] = CARRIERS) -> list[Case]:
    """Faker's `phone_number()` or mimesis' `telephone()` of each locale, `per_locale` numbers in
    every carrier: the check the rules were not tuned on. A case's kind says whether the number is
    valid in its country's plan."""
    out = []
    if source == "faker":
        from faker import Faker

        chosen = {loc: loc.split("_")[1] for loc in (locales or FAKER_LOCALES)}
    else:
        from mimesis import Locale, Person

        chosen = {loc: MIMESIS_LOCALES[loc] for loc in (locales or MIMESIS_LOCALES)}
    for i, (loc, region) in enumerate(sorted(chosen.items())):
        if source == "faker":
            fake = Faker(loc)
            fake.seed_instance(1800 + i)
            draw = fake.phone_number
        else:
            draw = Person(Locale(loc), seed=1800 + i).telephone
        for c, carrier in enumerate(carriers):
            for k in range(per_locale):
                value = draw()
                text = _TEXTS[carrier].format(
                    n=value, key=KEYS[(i + c + k) % len(KEYS)], Key=_header(KEYS[(i + c + k) % len(KEYS)]), label=_LABELS[(i + c + k) % len(_LABELS)]
                )
                out.append(Case(region, _plan(value, region), _shape(value), carrier, value, text))
    return out
