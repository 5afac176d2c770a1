"""People, addresses and phones in the two EDI formats trading partners paste: ANSI X12 and UN/EDIFACT.

`NM1*IL*1*OKORO*IFEOMA****MI*W123~`, `N3*12 ELM ST~`, `N4*LEEDS*AL*35094~`, `PER*IC*ANN LEE*TE*2055550100~`
(an 837 claim, an 834 enrolment) and `NAD+DP++++Hauptstr. 5+Wetzlar++35578+DE'`, `CTA+IC+:Jan Novak'`,
`COM+0420 555 0101:TE'` (an EDIFACT order or despatch advice) are records whose segments give each
element a fixed meaning: the surname is the third element of a person's `NM1`, the town the first of
`N4`. Written in capitals with no words around them, they are nothing NER or a pattern can read;
the element's position says what it is (HL7 v2, the clinical sibling, is `clinical.py`'s).
"""

from __future__ import annotations

import re
from typing import Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.base import ShapeRecognizer

# X12 segments, elements separated by `*` (or the separator ISA declares), ended by `~` or a line break.
_X12_SEGMENT = re.compile(r"(?:^|(?<=[~\n]))[ \t]*(?P<id>NM1|N1|N3|N4|PER|DMG|REF)(?P<sep>[*|^])(?P<body>[^~\n]*)")
# EDIFACT segments, elements separated by `+`, components by `:`, ended by `'` or a line break.
_EDIFACT_SEGMENT = re.compile(r"(?:^|(?<=['\n]))[ \t]*(?P<id>NAD|CTA|COM|DTM)\+(?P<body>(?:[^'\n?]|\?.)*)")
# NM1/N1 entity codes of a person: insured or subscriber, patient, dependent, employee, responsible party.
_PERSON_PARTIES = frozenset("IL QC 03 EY QD 70".split())
# Communication qualifiers: X12 PER (TE phone, CP cell, HP home, WP work, FX fax, BN beeper, EM e-mail)
# and EDIFACT COM (TE, FX, AL cellular, AJ other phone, EM).
_PHONE_QUALIFIERS = frozenset("TE CP HP WP FX BN AL AJ".split())
# NM1's identification code qualifier 34: the person's social security number. Member IDs (MI) are a
# plan's account numbers, left to the ID recognizers.
_NAME_ID_QUALIFIERS = {"34": "US_SSN"}
# A party's name that is a firm's, not a person's.
_FIRM = re.compile(
    r"(?i)\b(?:gmbh|ag|kg|ltd|limited|llc|llp|inc|corp|co|plc|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|aps|sp\.? ?z\.? ?o\.? ?o|"
    r"pty|pvt|group|holding|hospital|clinic|pharmacy|insurance|bank|services|logistics|trading|company)\b\.?"
)


class EdiRecordRecognizer(ShapeRecognizer):
    """Names, addresses, phones, birth dates and social security numbers by their element in X12 or EDIFACT segments."""

    ENTITY = "PERSON"
    ENTITIES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "US_SSN"]

    def precheck(self, text: str) -> bool:
        return "~" in text or "*" in text and "\n" in text or "'" in text and "+" in text

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None = None) -> Iterator[tuple[str, int, int, float]]:
        found = [*x12_values(text), *edifact_values(text)]
        return ((entity, start, end, 0.9) for entity, start, end in found if end > start)


def _elements(body: str, at: int, separator: str) -> list[tuple[str, int]]:
    """The elements of a segment's body with their offsets; the first is element 1."""
    out, pos = [], at
    for element in body.split(separator):
        out.append((element, pos))
        pos += len(element) + 1
    return out


def _value(entity: str, element: tuple[str, int]) -> Iterator[tuple[str, int, int]]:
    text, at = element
    value = text.strip()
    if value and any(c.isalnum() for c in value):
        start = at + text.index(value)
        yield entity, start, start + len(value)


def x12_values(text: str) -> Iterator[tuple[str, int, int]]:
    """Values of X12 segments: `NM1`/`N1` people, `N3`/`N4` addresses, `PER` contacts, `DMG` birth dates."""
    if not ("NM1" in text or "N3" in text or "N4" in text or "PER" in text):
        return
    for m in _X12_SEGMENT.finditer(text):
        elements = _elements(m.group("body"), m.start("body"), m.group("sep"))

        def get(n: int, elements: list[tuple[str, int]] = elements) -> tuple[str, int]:
            """Element `n` (1-based), empty when the segment stops before it."""
            return elements[n - 1] if len(elements) >= n else ("", 0)

        kind = m.group("id")
        if kind == "NM1" and get(2)[0].strip() == "1":  # a person: surname, given, middle
            for n in (3, 4, 5):
                yield from _value("PERSON", get(n))
            entity = _NAME_ID_QUALIFIERS.get(get(8)[0].strip())
            if entity:
                yield from _value(entity, get(9))
        elif kind == "N1" and get(1)[0].strip() in _PERSON_PARTIES and not _FIRM.search(get(2)[0]):
            yield from _value("PERSON", get(2))
        elif kind == "N3":
            for n in (1, 2):
                yield from _value("LOCATION", get(n))
        elif kind == "N4":
            for n in (1, 2, 3):  # town, state or province, postcode
                yield from _value("LOCATION", get(n))
        elif kind == "PER":
            if not _FIRM.search(get(2)[0]):
                yield from _value("PERSON", get(2))
            for n in (3, 5, 7):
                qualifier = get(n)[0].strip()
                if qualifier in _PHONE_QUALIFIERS and sum(c.isdigit() for c in get(n + 1)[0]) >= 6:
                    yield from _value("PHONE_NUMBER", get(n + 1))
                elif qualifier == "EM":
                    yield from _value("EMAIL_ADDRESS", get(n + 1))
        elif kind == "DMG" and get(1)[0].strip() in ("D8", "RD8"):
            yield from _value("DATE_OF_BIRTH", get(2))
        elif kind == "REF" and get(1)[0].strip() == "SY":  # the person's social security number
            yield from _value("US_SSN", get(2))


def edifact_values(text: str) -> Iterator[tuple[str, int, int]]:
    """Values of EDIFACT segments: `NAD` parties and addresses, `CTA` contacts, `COM` numbers, `DTM` birth dates."""
    if not ("NAD+" in text or "CTA+" in text or "COM+" in text):
        return
    for m in _EDIFACT_SEGMENT.finditer(text):
        e = _elements(m.group("body"), m.start("body"), "+")
        kind = m.group("id")
        if kind == "NAD":
            for n, element in enumerate(e, start=1):
                for component in _elements(*element, ":") if n in (3, 4, 5, 6, 7, 8) else ():
                    if n == 4:  # the party's name: a person's unless a firm's
                        if not _FIRM.search(element[0]):
                            yield from _value("PERSON", component)
                    else:  # name-and-address lines, street, town, region, postcode
                        yield from _value("LOCATION", component)
        elif kind == "CTA" and len(e) >= 2:
            components = _elements(*e[1], ":")
            if len(components) >= 2 and not _FIRM.search(components[1][0]):
                yield from _value("PERSON", components[1])
        elif kind == "COM" and e:
            components = _elements(*e[0], ":")
            qualifier = components[-1][0].strip() if len(components) >= 2 else ""
            if qualifier in _PHONE_QUALIFIERS and sum(c.isdigit() for c in components[0][0]) >= 6:
                yield from _value("PHONE_NUMBER", components[0])
            elif qualifier == "EM":
                yield from _value("EMAIL_ADDRESS", components[0])
        elif kind == "DTM" and e:
            components = _elements(*e[0], ":")
            if components[0][0].strip() == "329" and len(components) >= 2:  # 329: date of birth
                yield from _value("DATE_OF_BIRTH", components[1])
