"""Phone numbers of every region as people write them, in the carriers internal tools send: the
recall probe of `scripts/probe_phones.py` and `test_phones_probe.py`.

Each region's example numbers (mobile and fixed line, `phonenumbers` metadata) are written in a
format (national, international, E.164, digits only, regrouped with dots or dashes, an area code in
brackets, with an extension) and put into a carrier (a sentence, a signature, JSON, CSV, a log line,
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

FORMATS = ("national", "international", "e164", "digits", "dots", "dashes", "intl-dashes", "00-intl", "brackets", "ext")

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
    text = _CARRIER_TEXT[carrier].format(n=shown, key=KEYS[turn % len(KEYS)], Key=_header(KEYS[turn % len(KEYS)]), label=_LABELS[turn % len(_LABELS)])
    return Case(region, kind, fmt, carrier, value, text)


def cases(regions: Sequence[str] | None = None) -> list[Case]:
    """Every region's examples in every carrier, the format turning with the region."""
    out = []
    for i, region in enumerate(sorted(regions or phonenumbers.SUPPORTED_REGIONS)):
        for k, (kind, number) in enumerate(examples(region)):
            for c, carrier in enumerate(CARRIERS):
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
