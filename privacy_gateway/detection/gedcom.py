"""GEDCOM, the family-history exchange format, typed by its tags.

Genealogy software, forums and archives pass family trees as GEDCOM: each line a level, an optional
`@xref@`, a tag and a value ("1 NAME Ursula /von Bredow/", "1 BIRT" then "2 DATE 3 JUN 1961", "2 PLAC
Baie-Saint-Paul"). Its values are typed by their tags as a JSON record's are by their keys: a name
(NAME, GIVN, SURN, NICK, _MARNM), a birth's date (DATE under BIRT, CHR or BAPM), a place or an address
(PLAC, ADDR and its parts), a phone and an e-mail. A person whose record holds a death (DEAT, BURI,
CREM) is the family's history, not a living person's data: their record is left as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

_LINE = regex.compile(
    r"^[ \t]*(?P<level>\d{1,2})[ \t]+(?:@[^@\s]+@[ \t]+)?(?P<tag>_?[A-Z][A-Z0-9_]{2,5})(?:[ \t]+(?P<value>[^\n]*?))?[ \t]*$",
    regex.MULTILINE,
)
_MIN_LINES = 4
_NAME_TAGS = frozenset({"NAME", "GIVN", "SURN", "NICK", "_MARNM"})
_PLACE_TAGS = frozenset({"PLAC", "ADDR", "ADR1", "ADR2", "ADR3", "CITY", "STAE", "POST", "CTRY"})
_BIRTH_EVENTS = frozenset({"BIRT", "CHR", "BAPM"})
_DEATH_EVENTS = frozenset({"DEAT", "BURI", "CREM"})
_TYPED = {"PHON": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS"}


def gedcom_values(text: str, doc: Any = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, entity) of each value of a living person's GEDCOM record in `text`."""
    if "0 @" not in text and "\n0 " not in text:
        return
    lines = list(_LINE.finditer(text))
    if len(lines) < _MIN_LINES or not any(m["tag"] == "INDI" for m in lines):
        return
    for record in _records(lines):
        if any(m["tag"] in _DEATH_EVENTS for m in record):
            continue  # an ancestor's record, with their death: history
        yield from _typed(record)


def _records(lines: list[regex.Match[str]]) -> Iterator[list[regex.Match[str]]]:
    """The lines of each level-0 record, its opening line first."""
    record: list[regex.Match[str]] = []
    for m in lines:
        if m["level"] == "0" and record:
            yield record
            record = []
        record.append(m)
    if record:
        yield record


def _typed(record: list[regex.Match[str]]) -> Iterator[tuple[int, int, str]]:
    parents: dict[int, str] = {}
    for m in record:
        level, tag, value = int(m["level"]), m["tag"], m["value"]
        parents = {k: v for k, v in parents.items() if k < level}
        parents[level] = tag
        if not value or value.startswith("@"):
            continue
        start, end = m.span("value")
        if tag in _NAME_TAGS and any(c.isalpha() for c in value):
            yield start, end, "PERSON"
        elif tag == "DATE" and parents.get(level - 1) in _BIRTH_EVENTS and any(c.isdigit() for c in value):
            yield start, end, "DATE_OF_BIRTH"
        elif tag in _PLACE_TAGS:
            yield start, end, "LOCATION"
        elif tag in _TYPED:
            yield start, end, _TYPED[tag]
