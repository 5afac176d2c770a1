"""Passengers' documents and contacts in an airline booking record (PNR), as travel staff paste it.

A reservation system writes a passenger's passport as a special service request, its elements
split by slashes: `SSR DOCS BA HK1 P/GBR/531842967/GBR/15APR70/M/12MAR30/PRITCHARD/ALED` (document
type, issuing country, number, nationality, date of birth, sex, expiry, surname, given names),
Sabre's `3DOCSA/DB/15APR70/M/PRITCHARD/ALED` (the birth date alone), the home address as
`SSR DOCA … R/GBR/12 HIGH ST/CARDIFF//CF10 1AB`, the contacts as `CTCM 447700914263` and
`CTCE ALED.PRITCHARD//GMAIL.COM` (IATA writes "@" as "//") and a form of ID as `FOID PP531842967`.
In capitals with no words around them these are nothing NER or a label reads; the element's
position says what it is, as in `edi`'s segments. The passenger's own name element is surname
and given names split by a slash, then a title: `1.1OKAFOR/CHIDI MR`, and in agents' notes in
lower case ("3) watson/kirra - seg cancelled"). Field layout: IATA's Passenger Services
Conference Resolutions (the APIS elements) and the GDS formats guides of Amadeus and Sabre.
"""

from __future__ import annotations

import re
from typing import Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.sample_names import placeholder_name

# What stands between an element's code and its value: the carrier and the status with its count
# ("SSR DOCS BA HK1 ", "OSI BA CTCM "), or a slash ("3DOCSA/", "DOCS/").
_LEAD = r"\b[ \t]*(?:[A-Z0-9]{2}[ \t]+)?(?:[A-Z]{2}\d{1,2}[ \t]*)?/?"
# The service elements: the document, the home address.
_DOCS = re.compile(rf"(?i)(?<![A-Z])DOCS(?P<kind>A?){_LEAD}(?P<body>[^\n]*)")
_DOCA = re.compile(rf"(?i)(?<![A-Z])DOCA{_LEAD}(?P<body>[RD]/[^\n]*)")
# A contact's phone or e-mail ("OSI BA CTCM 447700914263/P1").
_CTC_PHONE = re.compile(rf"(?i)(?<![A-Z])CTC[MHB]{_LEAD}(?P<v>\+?\d[\d \-]{{5,18}}\d)")
_CTC_EMAIL = re.compile(rf"(?i)(?<![A-Z])CTCE{_LEAD}(?P<v>[A-Z0-9._\-]+//[A-Z0-9.\-]+\.[A-Z]{{2,}})")
# A form of identification: passport (PP), national ID (NI, ID) and the number glued to it.
_FOID = re.compile(r"(?i)(?<![A-Z])FOID\b[^\n]*?[ \t/-](?P<type>PP|NI|ID)(?P<v>[A-Z0-9]{5,20})\b")
# A birth or expiry date as reservations write it: "15APR70", "15APR1970".
_DATE = re.compile(r"(?i)\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{2}|\d{4})")
_NUMBER = re.compile(r"(?=[A-Z]*\d)[A-Z0-9]{5,20}", re.IGNORECASE)
# What ends a DOCS element's names: the passenger it belongs to ("/P1", "-1.1") or a hold flag ("/H").
_TAIL = re.compile(r"(?i)^(?:P\d{1,2}|S\d{1,2}|H|-?\d+\.\d+)$")
_NAME = re.compile(r"[^\W\d_][^\W\d_' \-]*(?:[ '\-][^\W\d_]+)*")
# A passenger's name element: surname, slash, given names, then a passenger's title or type
# ("OKAFOR/CHIDI MR", "1.1PRITCHARD/ALED MSTR", "watson/kirra ms", "agbeko/selorm x2").
_NAME_ELEMENT = re.compile(
    r"(?<![\w/.@:\\-])(?:\d\.\d)?(?P<s>[^\W\d_]{2,}(?:[-'][^\W\d_]+)?)/(?P<g>[^\W\d_]{2,}(?:[ -](?!(?i:mr|mrs|ms|miss|mstr|master|chd|inf|dr)\b)[^\W\d_]{2,})?)"
    r"(?:[ \t]+(?P<t>mr|mrs|ms|miss|mstr|master|chd|inf|dr))?(?![\w/@.]|-\w)",
    re.IGNORECASE,
)
# Words of a booking that make an untitled "surname/given" a passenger's: an agent's queue note.
_BOOKING_WORDS = re.compile(
    r"(?i)\b(?:pnrs?|pax|segs?|rebook\w*|reissu\w*|tkts?|e-?tickets?|booking[ \t]+ref\w*|record[ \t]+locator|"
    r"connx|mct|rloc|gds|amadeus|sabre|galileo|travelport|retimed|sched(?:ule)?[ \t]+change)\b"
)


class BookingRecordRecognizer(ShapeRecognizer):
    """Passport numbers, birth dates, names, home addresses, phones and e-mails by their element in a PNR."""

    ENTITY = "PASSPORT"
    ENTITIES = ["PASSPORT", "NATIONAL_ID", "DATE_OF_BIRTH", "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS"]

    def precheck(self, text: str) -> bool:
        upper = text.upper()
        return "/" in text or "DOCS" in upper or "DOCA" in upper or "CTC" in upper or "FOID" in upper

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None = None) -> Iterator[tuple[str, int, int, float]]:
        return ((entity, start, end, 0.9) for entity, start, end in booking_values(text) if end > start)


def _fields(body: str, at: int) -> list[tuple[str, int]]:
    """A body's slash-separated elements with their offsets, the trailing passenger tag dropped."""
    out, pos = [], at
    for element in body.split("/"):
        out.append((element, pos))
        pos += len(element) + 1
    while out and (not out[-1][0].strip() or _TAIL.match(out[-1][0].strip())):
        out.pop()
    return out


def _value(entity: str, field: tuple[str, int], shape: re.Pattern[str] | None = None) -> Iterator[tuple[str, int, int]]:
    text, at = field
    value = text.strip()
    if value and any(c.isalnum() for c in value) and (shape is None or shape.fullmatch(value)):
        start = at + text.index(value)
        yield entity, start, start + len(value)


def _names(fields: list[tuple[str, int]]) -> Iterator[tuple[str, int, int]]:
    """Surname, given and middle names; none for a sample passenger ("DOE/JOHN" in a format guide)."""
    words = [field[0].strip().title() for field in fields]
    if len(words) >= 2 and placeholder_name(f"{words[1]} {words[0]}"):
        return
    for field in fields:
        yield from _value("PERSON", field, _NAME)


def booking_values(text: str) -> Iterator[tuple[str, int, int]]:
    """The values of a PNR's DOCS, DOCA, CTCM/CTCH/CTCB, CTCE and FOID elements."""
    for m in _DOCS.finditer(text):
        f = _fields(m.group("body"), m.start("body"))
        first = f[0][0].strip().upper() if f else ""
        # The birth date where the layout puts it tells a record from a path ("docs/p/guide/…").
        if first == "DB" and len(f) > 1 and _DATE.fullmatch(f[1][0].strip()):  # Sabre's secure flight data
            yield from _value("DATE_OF_BIRTH", f[1])
            yield from _names(f[3:6])
        elif 1 <= len(first) <= 2 and first.isalpha() and len(f) > 4 and _DATE.fullmatch(f[4][0].strip()):
            yield from _value("PASSPORT" if first.startswith("P") else "NATIONAL_ID", f[2], _NUMBER)
            yield from _value("DATE_OF_BIRTH", f[4])
            yield from _names(f[7:10])
    for m in _DOCA.finditer(text):
        for field in _fields(m.group("body"), m.start("body"))[2:6]:  # street, town, region, postcode
            yield from _value("LOCATION", field)
    for m in _CTC_PHONE.finditer(text):
        yield "PHONE_NUMBER", m.start("v"), m.end("v")
    for m in _CTC_EMAIL.finditer(text):
        yield "EMAIL_ADDRESS", m.start("v"), m.end("v")
    for m in _FOID.finditer(text):
        yield "PASSPORT" if m.group("type").upper() == "PP" else "NATIONAL_ID", m.start("v"), m.end("v")
    yield from name_elements(text)


def name_elements(text: str) -> Iterator[tuple[str, int, int]]:
    """A passenger's surname and given names as a booking writes them ("OKAFOR/CHIDI MR"): before a
    title, unless both are English words or places in a text with no booking's words; with no title,
    in a text with a booking's words, when the given name is no English word or place and the
    surname no everyday word ("watson/kirra", not "aisle/window" or "madrid/lisbon"), both of four
    letters or more (not an airport's code). A sample passenger ("DOE/JOHN") is no one."""
    booked: bool | None = None  # asked once, at the first pair
    for m in _NAME_ELEMENT.finditer(text):
        surname, given = m.group("s"), m.group("g")
        if booked is None:
            booked = _BOOKING_WORDS.search(text) is not None
        if m.group("t") is None:
            if not booked or min(len(surname), len(given.split()[0])) < 4 or not _surname_like(surname) or not _name_like(given):
                continue
        elif not booked and not _name_like(surname) and not _name_like(given):
            continue  # "the client/server MS SQL box": two words and a product, no passenger
        if placeholder_name(f"{given.title()} {surname.title()}"):
            continue
        yield "PERSON", m.start("s"), m.end("s")
        yield "PERSON", m.start("g"), m.end("g")


def _name_like(words: str) -> bool:
    """Whether no word of `words` is an English word or a listed place."""
    from privacy_gateway.detection.lexicon import english_form  # loaded late: keeps the import chain short
    from privacy_gateway.detection.places import known_place

    return not any(english_form(word.lower()) or known_place(word) for word in words.split())


def _surname_like(word: str) -> bool:
    """Whether `word` is no everyday English word: a surname is a famous one's or a town's as often
    as not ("Watson", "London"), so only the words people type are ruled out ("aisle", "adult")."""
    from privacy_gateway.detection.lexicon import common_word, everyday_word  # loaded late: keeps the import chain short

    return not (common_word(word.lower()) or everyday_word(word.lower()))
