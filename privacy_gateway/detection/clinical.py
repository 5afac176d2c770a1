"""Patients in the two formats clinical systems paste: HL7 v2 segments and FHIR JSON.

In `PID|1||00482913^^^HOSP^MR||GONZALEZ^MARIA^L||19620314|F|||12 ELM ST^^LEEDS^^LS1 4AB||0113 496 0000`
a name is `SURNAME^GIVEN^MIDDLE` in a fixed field, written in capitals, with no words around it:
NER misses it and no pattern can tell it from a code. The field's position says what it is.
FHIR resources say it with keys (`"family"`, `"given"`, `"birthDate"`, `"identifier"`).
Each component is its own finding, so value propagation masks the same name elsewhere.
"""

from __future__ import annotations

import re
from typing import Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.base import ShapeRecognizer

# segment -> {field number: entity}; field 1 is the first after the segment name.
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "PID": {2: "MEDICAL_RECORD_NUMBER", 3: "MEDICAL_RECORD_NUMBER", 4: "MEDICAL_RECORD_NUMBER", 5: "PERSON",
            6: "PERSON", 7: "DATE_OF_BIRTH", 9: "PERSON", 11: "LOCATION", 13: "PHONE_NUMBER", 14: "PHONE_NUMBER",
            18: "MEDICAL_RECORD_NUMBER", 19: "US_SSN", 20: "US_DRIVER_LICENSE"},
    "NK1": {2: "PERSON", 4: "LOCATION", 5: "PHONE_NUMBER", 6: "PHONE_NUMBER"},
    "PV1": {7: "PERSON", 8: "PERSON", 9: "PERSON", 17: "PERSON", 19: "MEDICAL_RECORD_NUMBER"},
    "IN1": {16: "PERSON", 18: "DATE_OF_BIRTH", 19: "LOCATION", 36: "MEDICAL_RECORD_NUMBER"},
    "GT1": {3: "PERSON", 5: "LOCATION", 6: "PHONE_NUMBER", 8: "DATE_OF_BIRTH", 12: "US_SSN"},
    "MRG": {1: "MEDICAL_RECORD_NUMBER", 7: "PERSON"},
}
_SEGMENT = re.compile(r"(?:^|(?<=[\r\n]))(PID|NK1|PV1|IN1|GT1|MRG)\|([^\r\n]*)")
# Components that hold no personal data: identifier types, assigning authorities, name types.
_CODE = re.compile(r"[A-Z]{1,3}|[A-Z]{2,5}\d?|\d{1,2}")

_FHIR_NAME = re.compile(r'"(family|given|prefix|suffix|text)"\s*:\s*(\[[^\]]*\]|"(?:[^"\\]|\\.)*")')
_FHIR_STRING = re.compile(r'"((?:[^"\\]|\\.)+)"')
_FHIR_FIELDS = {
    "birthDate": "DATE_OF_BIRTH",
    "deceasedDateTime": "DATE_OF_BIRTH",
}
_FHIR_SCALAR = re.compile(r'"(birthDate|deceasedDateTime)"\s*:\s*"([^"]+)"')
_FHIR_ARRAY = re.compile(r'"(identifier|telecom|address)"\s*:\s*\[')
_FHIR_VALUE = re.compile(r'"value"\s*:\s*"((?:[^"\\]|\\.)+)"')
_FHIR_ADDRESS_PART = re.compile(r'"(line|city|district|postalCode|text)"\s*:\s*(\[[^\]]*\]|"(?:[^"\\]|\\.)*")')
_NAME_KEYS = {"family": "PERSON", "given": "PERSON", "text": "PERSON"}
_HUMAN_NAME = re.compile(r'"use"\s*:\s*"(?:official|usual|maiden|nickname|old|temp|anonymous)"|"name"\s*:\s*\[\s*\{')


class ClinicalRecordRecognizer(ShapeRecognizer):
    """Names, dates of birth, record numbers, addresses and phones by their place in HL7 v2 or FHIR."""

    ENTITY = "PERSON"
    ENTITIES = ["PERSON", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "LOCATION", "PHONE_NUMBER", "US_SSN",
                "US_DRIVER_LICENSE"]

    def precheck(self, text: str) -> bool:
        return True  # a name or a birth date in a record need not hold a digit

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None = None) -> Iterator[tuple[str, int, int, float]]:
        found: list[tuple[str, int, int]] = []
        if "|" in text and "^" in text or "PID|" in text:
            found.extend(_hl7(text))
        if '"family"' in text or '"given"' in text or '"birthDate"' in text:
            found.extend(_fhir(text))
        return ((entity, start, end, 0.9) for entity, start, end in found if end > start)


def _hl7(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _SEGMENT.finditer(text):
        fields = _HL7_FIELDS[m.group(1)]
        at = m.start(2)
        for number, field in enumerate(m.group(2).split("|"), start=1):
            entity = fields.get(number)
            if entity and field:
                yield from _components(entity, field, at)
            at += len(field) + 1


def _components(entity: str, field: str, at: int) -> Iterator[tuple[str, int, int]]:
    """Each repetition (~) and component (^, &) of an HL7 field that carries data, not codes."""
    offset = 0
    for repetition in field.split("~"):
        parts = re.split(r"[\^&]", repetition)
        position = offset
        for index, part in enumerate(parts):
            value = part.strip()
            if value and _carries_data(entity, index, value):
                start = at + position + part.index(value)
                yield entity, start, start + len(value)
            position += len(part) + 1
        offset += len(repetition) + 1


def _carries_data(entity: str, index: int, value: str) -> bool:
    if entity == "PERSON":
        # XPN: family^given^middle^suffix^prefix; XCN (doctors): id^family^given^…
        return any(c.isalpha() for c in value) and not (index >= 5 and _CODE.fullmatch(value)) and len(value) > 1
    if entity == "MEDICAL_RECORD_NUMBER":
        return index == 0 and any(c.isdigit() for c in value)
    if entity == "LOCATION":
        return index in (0, 1, 2, 4) and len(value) > 1
    if entity == "PHONE_NUMBER":
        return sum(c.isdigit() for c in value) >= 6
    if entity == "DATE_OF_BIRTH":
        return index == 0 and value[:8].isdigit()
    return index == 0


def _fhir(text: str) -> Iterator[tuple[str, int, int]]:
    # A lone "family" string is as likely a font as a patient: names count in a FHIR resource, in
    # a HumanName (a "given" list, a "use" of official/usual…), or where "family" and "given" meet.
    # A "given" list is a HumanName's wherever it is pasted: nothing else writes given names so.
    # A "text" (the whole name, but a common key) counts only in a resource or beside both parts.
    resource = '"resourceType"' in text or ('"family"' in text and '"given"' in text)
    human = resource or _HUMAN_NAME.search(text) is not None
    for m in _FHIR_NAME.finditer(text):
        key = m.group(1)
        listed = key == "given" and m.group(2).startswith("[")
        if key not in _NAME_KEYS or not (resource if key == "text" else human or listed):
            continue
        for s in _FHIR_STRING.finditer(m.group(2)):
            yield "PERSON", m.start(2) + s.start(1), m.start(2) + s.end(1)
    for m in _FHIR_SCALAR.finditer(text):
        yield _FHIR_FIELDS[m.group(1)], m.start(2), m.end(2)
    for m in _FHIR_ARRAY.finditer(text):
        start = m.end()
        body = text[start : _closing_bracket(text, start)]
        if m.group(1) == "identifier":
            for v in _FHIR_VALUE.finditer(body):
                if any(c.isdigit() for c in v.group(1)):
                    yield "MEDICAL_RECORD_NUMBER", start + v.start(1), start + v.end(1)
        elif m.group(1) == "telecom":
            for v in _FHIR_VALUE.finditer(body):
                if sum(c.isdigit() for c in v.group(1)) >= 6:
                    yield "PHONE_NUMBER", start + v.start(1), start + v.end(1)
        else:
            for part in _FHIR_ADDRESS_PART.finditer(body):
                for v in _FHIR_STRING.finditer(part.group(2)):
                    yield "LOCATION", start + part.start(2) + v.start(1), start + part.start(2) + v.end(1)


def _closing_bracket(text: str, start: int) -> int:
    """The index of the `]` closing the JSON array whose content starts at `start` (strings skipped)."""
    depth, i, quoted = 1, start, False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(text)
