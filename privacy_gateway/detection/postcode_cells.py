"""The postcode in the field or line next to an address found with its house number goes with it.

A row, a contact line or a log message writes an address's postcode as a field of its own
("Hauptstraße 5,10115,Berlin", "Li Wei · +86 138 0013 8000 · 北京市海淀区中关村大街27号, 100080",
"84177 臺東市中華街507號9樓"): the street was found, and the code beside it, which with the street
names one house, went out as written. A code of some country's postcode shape (`postcodes.postcode_valid`)
joins a LOCATION holding a digit (or a Chinese or Japanese address written whole) when only a field's separator stands between them,
or a town or district that separators alone join to one ("(51854), Gorūr, Seocho-gu, Hangang-daero 396"); in
brackets too, and India's PIN glued to its town by a hyphen ("Pimpri-Chinchwad-416788"). A number
beside a town alone ("Berlin, 3645") may be a count, so only an address with its number takes one;
a year never does. Only beside spans already found, so a prompt nothing was found in stays
byte-identical.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from privacy_gateway.detection.findings import Finding

_CODE = (
    r"(?:〒[ \t]?)?(?P<code>[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z][ \t]?\d[A-Za-z]\d"
    r"|\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|(?:[A-Z]{1,2}-)?\d{4,6})"
)
# A field's separator: a comma, a semicolon, a bar, a middle dot, a tab, a slash with spaces round
# it (a label's one line: "Recipient: … / 서울특별시 … 396 / 03925") or a line break (HTML's too, and
# one quoted or bulleted: "\n> ", "\n- ").
_SEPARATOR = r"[ \t]*(?:[,;|·•\t]|(?<=[ \t])/(?=[ \t])|\n[ \t]*(?:>[ \t>]*)?(?:[\-*•·][ \t]+)?|<br[ \t]*/?>)[ \t]*"
_FIELD_END = r"(?=[ \t]*(?:[,;|·•\t\"')\]}<–—]|$))"
# The code may stand in brackets, as Korea writes it ("(06164) Seoul, Gangnam-gu, Teheran-ro 521"),
# or glued by a hyphen, as India writes a PIN after its town ("Pimpri-Chinchwad-411018"; the town's
# later pieces may not be found yet: `place_joins` grows the town after this).
_AFTER = re.compile(rf"{_SEPARATOR}[\"'(]?{_CODE}\)?{_FIELD_END}|(?:-[^\W\d_][\w]*)*-(?P<pin>\d{{6}})(?![\w\-])", re.MULTILINE)
# Before the street, a field's separator, or a space before a Chinese or Japanese address, which
# writes its postcode first ("84177 臺東市中華街507號9樓"), or a space after a code in brackets
# ("(06164) Hangang-daero 396"); never the end of a longer number ("0013 8000").
_BEFORE = re.compile(rf"(?:^|(?<=[,;|·•\t\"'(\[{{ ]))(?<!\d[ \t.\-])[\"']?{_CODE}(?P<closed>\))?[\"']?(?P<sep>{_SEPARATOR}|[ \t])$", re.MULTILINE)
_LATIN = re.compile(r"[\x00-\u024f]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A span with a digit is an address with its number; one of six Chinese or Japanese letters or more
# is a province, city and street written together ("海南省辉县花溪田街C座"), no town alone.
_ADDRESS_SHAPED = re.compile(r"\d|[\u3040-\u30ff\u4e00-\u9fff]{6}")
_FIELDS_APART = re.compile(_SEPARATOR)


def _same_address(text: str, places: list[Finding], streets: list[Finding]) -> list[Finding]:
    """`streets` and the places joined to one of them, field by field, by separators alone: the town
    and district of "Hangang-daero 396, Seocho-gu, Gorūr" are that address's fields too. Each place
    is joined to the next one after it, so a table of a thousand addresses is read in one pass."""
    ordered = sorted(places)
    starts = [f.start for f in ordered]
    following: dict[int, int] = {}  # a place's index, the index of the place a separator alone joins after it
    for i, f in enumerate(ordered):
        j = bisect_left(starts, f.end, i + 1)  # the first place that starts at or after this one's end
        if j < len(ordered) and _FIELDS_APART.fullmatch(text, f.end, ordered[j].start) is not None:
            following[i] = j
    preceding = {j: i for i, j in following.items()}
    street_spans = {(f.start, f.end) for f in streets}
    joined = {i for i, f in enumerate(ordered) if (f.start, f.end) in street_spans}
    todo = list(joined)
    while todo:
        i = todo.pop()
        for k in (following.get(i), preceding.get(i)):
            if k is not None and k not in joined:
                joined.add(k)
                todo.append(k)
    return [*streets, *(ordered[i] for i in sorted(joined) if (ordered[i].start, ordered[i].end) not in street_spans)]


def with_postcodes_beside(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` and the postcode fields beside each LOCATION that holds a house number, or that
    separators alone join to one that does."""
    places = [f for f in findings if f.entity_type == "LOCATION"]
    streets = [f for f in places if _ADDRESS_SHAPED.search(text, f.start, f.end)]
    if not streets:
        return findings
    streets = _same_address(text, places, streets)
    from privacy_gateway.detection.postcodes import postcode_valid  # loaded late: keeps the import chain short

    # Which characters a finding holds already: a code is added only where none does (one lookup per
    # code, not a scan of every finding: a table of addresses holds thousands).
    taken = bytearray(len(text))
    for f in findings:
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    added = []
    for f in streets:
        before = _BEFORE.search(text, max(0, f.start - 16), f.start)
        if before is not None and before.group("sep") == " " and not before.group("closed") and _LATIN.match(text, f.start):
            before = None
        for m in (_AFTER.match(text, f.end), before):
            if m is None:
                continue
            group = "pin" if m.groupdict().get("pin") else "code"
            if _YEAR.fullmatch(m.group(group)) or not postcode_valid(m.group(group)):
                continue
            start, end = m.span(group)
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                added.append(Finding(start, end, "LOCATION", f.score))
    return sorted([*findings, *added]) if added else findings
