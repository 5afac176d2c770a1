"""Template placeholders: tokens that stand where personal data will go, and hold none.

Templates, docs and sample messages name their fields instead of filling them: `<FAMILY>^<GIVEN>`
in a sample HL7 segment, `{{ first_name }}` in a mail merge, `${FULL_NAME}` in a unit file,
`<your-name>` in a README, `[Client Name]` in a contract, `YYYY-MM-DD` for a birth date. A
recognizer that types a value by its place (an HL7 field, a FHIR key, `name:`) or by its shape
masks them, and the cloud then answers about a template it never saw. A name, place, date or
contact finding that lies wholly inside such a token is dropped; identifiers and credentials never
are, and no placeholder holds more than the one digit that numbers a bracketed field (`<LINE1>`), so
no number can hide in one.

Template syntax (`{{ x }}`, `${X}`, `%X%`, `$X`) is unambiguous, so any identifier inside counts.
Angle and square brackets also enclose real values (an IRC nick `<ann>`, a name in a list), so
there the words inside must name a field ("name", "given", "email", "your"…); once one square
bracket does, the template's other square-bracketed words are fields too ("[New Rent]", "[Bed No.]").
"""

from __future__ import annotations

import re
from typing import Iterator

# The only findings a placeholder can void: a field's name is never an ID or a credential.
VOIDABLE = frozenset({"PERSON", "LOCATION", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL"})

# A blank form's request to fill a field in, in scripts without capitals ("نام: कृपया भरें", "الاسم: اكتب
# هنا", "שם: נא למלא"): the words of no one's name or address (`other_scripts`, `script_addresses`).
BLANK_FORM_WORDS = r"कृपया|भरें|लिखें|यहाँ|اكتب|هنا|يرجى|أدخل|נא|למלא|כאן|הזן"

# Words that name a field of personal data, or say "fill this in".
_FIELD_WORDS = frozenset(
    """name names first last middle initial initials given family surname forename fullname firstname lastname
    full display legal maiden user username login email mail address street city town zip postcode postal country
    state phone mobile tel telephone fax dob birth birthdate date gender sex your my you client customer patient
    company org organisation organization recipient sender signatory signer employee contact author owner title
    prefix suffix nickname id mrn ssn nhs account token key password secret placeholder value here example sample
    person member kin relation relationship age insert enter line""".split()
)
_IDENT = r"[A-Za-z_][A-Za-z_.\-]*"  # no digits: no number can hide in a placeholder
# Syntax that is a placeholder whatever it names.
_SYNTAX = re.compile(
    rf"\{{\{{\s*{_IDENT}\s*\}}\}}"  # {{ first_name }}
    rf"|\$\{{{_IDENT}(?::?-[A-Za-z_.\-]*)?\}}"  # ${FULL_NAME}, ${USER:-nobody}
    rf"|%{_IDENT}%"  # %USERNAME%
    r"|\$[A-Z][A-Z_]*\b"  # $RECIPIENT_EMAIL
    r"|\{[a-z_][a-z_]*\}"  # {first_name}
    r"|\b(?:YYYY|YY|MM|DD)(?:[-/.]?(?:YYYY|YY|MM|DD)){2}\b"  # YYYY-MM-DD, DD/MM/YYYY, YYYYMMDD
)
# Brackets that are a placeholder when a word inside names a field: <FAMILY_NAME>, [Client Name].
# One digit may number it (<LINE1>, [ADDRESS_LINE_2]): no number hides in one digit.
_BRACKETED = re.compile(r"<([A-Za-z][A-Za-z_\- ]{0,40}(?:[_\-]?\d)?)>|\[([A-Za-z][A-Za-z_\- ]{0,40}(?:[_\-]?\d)?)\]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _names_a_field(inner: str) -> bool:
    words = re.split(r"[\s_\-]+", _CAMEL.sub(" ", inner.rstrip("0123456789")).lower())
    return any(w in _FIELD_WORDS for w in words)


# A square-bracketed field of a template beside one that names a field: "[New Rent]", "[Bed No.]",
# "[Post-op day]" after "[Tenant Name]" or "[Client Name]".
_SQUARE_FIELD = re.compile(r"\[([A-Z][A-Za-z_.'’/\- ]{0,40})\]")


def placeholder_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every placeholder token in `text`."""
    if not any(c in text for c in "{$%<[YD"):
        return
    for m in _SYNTAX.finditer(text):
        yield m.start(), m.end()
    fields = []
    for m in _BRACKETED.finditer(text):
        if _names_a_field(m.group(1) or m.group(2)):
            fields.append(m)
            yield m.start(), m.end()
    if any(m.group(2) is not None for m in fields):
        # In a template that names its fields in square brackets, the other bracketed words are its
        # fields too ("[Current Rent], [New Rent]"), unless a given name and a surname ("[Ann Lee]").
        named = {m.start() for m in fields}
        for m in _SQUARE_FIELD.finditer(text):
            if m.start() not in named and not _full_name(m.group(1)):
                yield m.start(), m.end()


def _full_name(inner: str) -> bool:
    """Whether bracketed words open with a listed given name and end with a listed surname."""
    from privacy_gateway.detection.lexicon import listed_family, listed_given  # loaded late: keeps the import chain short

    words = inner.lower().split()
    return len(words) >= 2 and words[0] in listed_given() and words[-1] in listed_family()


def inside_placeholder(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] lies wholly inside one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)


def zero_filled(value: str) -> bool:
    """Whether `value` is a form's zero-filled mask of a number, which stands for no one's: six digits
    or more, four in five of them zeros ("DNI 00000000T", "ES00 0000 0000 0000 0000 0000", "AA 00
    00 00 A", "000.000.000-00", Stripe's test card "4000 0000 0000 0002"). No issued identifier,
    account or card is so written."""
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 6 and 5 * digits.count("0") >= 4 * len(digits)
