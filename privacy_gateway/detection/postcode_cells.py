"""The postcode in the field or line next to an address found with its house number goes with it.

A row, a contact line or a log message writes an address's postcode as a field of its own
("Hauptstraße 5,10115,Berlin", "Li Wei · +86 138 0013 8000 · 北京市海淀区中关村大街27号, 100080",
"84177 臺東市中華街507號9樓"): the street was found, and the code beside it, which with the street
names one house, went out as written. A code of some country's postcode shape (`postcodes.postcode_valid`)
joins a LOCATION holding a digit (or a Chinese or Japanese address written whole) when only a field's separator stands between them. A number
beside a town alone ("Berlin, 3645") may be a count, so only an address with its number takes one;
a year never does. Only beside spans already found, so a prompt nothing was found in stays
byte-identical.
"""

from __future__ import annotations

import re

from privacy_gateway.detection.findings import Finding

_CODE = (
    r"(?:〒[ \t]?)?(?P<code>[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z][ \t]?\d[A-Za-z]\d"
    r"|\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|(?:[A-Z]{1,2}-)?\d{4,6})"
)
# A field's separator: a comma, a semicolon, a bar, a middle dot, a tab or a line break (HTML's too,
# and one quoted or bulleted: "\n> ", "\n- ").
_SEPARATOR = r"[ \t]*(?:[,;|·•\t]|\n[ \t]*(?:>[ \t>]*)?(?:[\-*•·][ \t]+)?|<br[ \t]*/?>)[ \t]*"
_FIELD_END = r"(?=[ \t]*(?:[,;|·•\t\"')\]}<]|$))"
_AFTER = re.compile(rf"{_SEPARATOR}[\"']?{_CODE}{_FIELD_END}", re.MULTILINE)
# Before the street, a field's separator, or a space before a Chinese or Japanese address, which
# writes its postcode first ("84177 臺東市中華街507號9樓"); never the end of a longer number ("0013 8000").
_BEFORE = re.compile(rf"(?:^|(?<=[,;|·•\t\"'(\[{{ ]))(?<!\d[ \t.\-])[\"']?{_CODE}[\"']?(?P<sep>{_SEPARATOR}|[ \t])$", re.MULTILINE)
_LATIN = re.compile(r"[\x00-\u024f]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A span with a digit is an address with its number; one of six Chinese or Japanese letters or more
# is a province, city and street written together ("海南省辉县花溪田街C座"), no town alone.
_ADDRESS_SHAPED = re.compile(r"\d|[\u3040-\u30ff\u4e00-\u9fff]{6}")


def with_postcodes_beside(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` and the postcode fields beside each LOCATION that holds a house number."""
    streets = [f for f in findings if f.entity_type == "LOCATION" and _ADDRESS_SHAPED.search(text, f.start, f.end)]
    if not streets:
        return findings
    from privacy_gateway.detection.postcodes import postcode_valid  # loaded late: keeps the import chain short

    taken = [(f.start, f.end) for f in findings]
    added = []
    for f in streets:
        before = _BEFORE.search(text, max(0, f.start - 16), f.start)
        if before is not None and before.group("sep") == " " and _LATIN.match(text, f.start):
            before = None
        for m in (_AFTER.match(text, f.end), before):
            if m is None or _YEAR.fullmatch(m.group("code")) or not postcode_valid(m.group("code")):
                continue
            start, end = m.span("code")
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                added.append(Finding(start, end, "LOCATION", f.score))
    return sorted([*findings, *added]) if added else findings
