"""The house number beside a street or place that was found without it goes with it.

A name recognizer finds "Culkeeran Cove" in "couldn't find 484 Culkeeran Cove in Kelso", or
"Herbststraße" in "Herbststraße 310", and the number, which with the town names one house, went
out as written. A LOCATION (or a PERSON whose words end in a street type: NER's reading of many
streets) takes the street type written after it ("Meggy utca"), and the number right before it on its line ("484 "), or right after it (" 310", as
most of Europe writes it), when nothing but a space stands between and the number is no year,
amount, unit, time or version. Only spans already found grow, so a prompt nothing was found in
stays byte-identical.
"""

from __future__ import annotations

import re

from privacy_gateway.detection import lines
from privacy_gateway.detection.street_types import NUMBER_SIGN, STREET_TYPE_AFTER, STREET_TYPED_BACKWARDS, UNIT_WORD
from privacy_gateway.detection.findings import Finding

_BEFORE = re.compile(r"(?<![\w.,:/\-+#$€£%])(\d{1,5}[A-Za-z]?)[ \t]+$")
# The number right after, or after its number sign ("Diagonal Rosario N° 409", "Aleea Dochioiu Nr. 114"),
# with the flat after a dash as the Baltic states and Poland write it ("Žirmūnų g. 98-12"); a few
# spaces at most between, not an aligned table's next column.
_AFTER = re.compile(rf"^[ \t]{{1,3}}(?:{NUMBER_SIGN}[ \t]*)?(\d{{1,5}}[A-Za-z]?(?:-\d{{1,4}}[A-Za-z]?)?)(?![\w\-:%]|[.,/]\d)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A span that ends in a unit's word ("Apt", "218 Edif", "Depto"), the model's cut of "Apt. 390":
# the unit's number after its abbreviation's full stop is the flat's.
_UNIT_END = re.compile(rf"(?:^|[ \t])(?:{UNIT_WORD})$")
_UNIT_NUMBER = re.compile(r"\.[ \t]{0,2}(\d{1,5}[A-Za-z]?)(?![\w\-:%]|[.,/]\d)")
_FLAT_BEFORE = re.compile(r"(?<![\w.,:/\-+#$€£%])(\d{1,4}-\d{1,4})[ \t]*,[ \t]*$")
# The division a Japanese or Korean place name is written with ("Takayama-shi", "Shibuya-ku",
# "Jeonju-si", "Haeundae-gu", "Wolpyeong-ro"): a place found without it leaves it behind.
_DIVISION_AFTER = re.compile(
    r"-(?:shi|ku|gun|machi|cho|chō|mura|son|ken|fu|to|dō|do|si|gu|dong|ro|gil|daero|eup|myeon|ri)(?![\w\-])", re.IGNORECASE
)
# A Korean side road after its main road, with its house number: "Hwarang-ro 12-gil 7", "Gangnam-daero 94-gil".
_SIDE_ROAD = re.compile(r"(?:(?<=-ro)|(?<=-daero))[ \t]+\d{1,3}(?:beon)?-gil(?![\w\-])(?:[ \t]+\d{1,4}(?:-\d{1,4})?(?![\w\-]))?", re.IGNORECASE)
# A unit or counted word after the number: "Berlin 3 times", "Paris 2 days", "Lyon 10 km".
_COUNTED_AFTER = re.compile(r"[ \t]*(?:x\b|times\b|days?\b|nights?\b|weeks?\b|hours?\b|h\b|min\b|km\b|mi\b|m\b|kg\b|am\b|pm\b|°)", re.IGNORECASE)


def _street_person(text: str, finding: Finding) -> bool:
    """A PERSON span whose words end in a street type of some language ("Herbststraße", "Berkter
    Laan"), or are followed by one ("Meggy utca")."""
    if finding.entity_type != "PERSON":
        return False
    return STREET_TYPED_BACKWARDS.search(text[finding.start : finding.end]) is not None or STREET_TYPE_AFTER.match(text, finding.end) is not None


def with_house_numbers(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each LOCATION (and street-named PERSON) grown over its house number."""
    if not any(f.entity_type == "LOCATION" for f in findings) and not any(_street_person(text, f) for f in findings):
        return findings
    taken = sorted((f.start, f.end) for f in findings)
    out = []
    for f in findings:
        if f.entity_type == "LOCATION" or _street_person(text, f):
            f = _grown(text, f, taken)
        out.append(f)
    return out


def _grown(text: str, f: Finding, taken: list[tuple[int, int]]) -> Finding:
    start, end = f.start, f.end
    line_start = lines.line_start(text, start)
    before = _BEFORE.search(text, max(line_start, start - 8), start)
    if before and not _YEAR.fullmatch(before.group(1)) and not _inside(taken, before.start(1)):
        start = before.start(1)
    if text[start : start + 1].isdigit() and (flat := _FLAT_BEFORE.search(text, max(line_start, start - 14), start)) and not _inside(taken, flat.start(1)):
        start = flat.start(1)  # "101-1203, 45 Wolpyeong-ro": a Korean building and flat before the house number
    if (typed := STREET_TYPE_AFTER.match(text, end)) is not None:
        end = typed.end()  # "Meggy" found, "utca" said what it is
    if (unit := _DIVISION_AFTER.match(text, end)) is not None:
        end = unit.end()  # "Takayama" found, "-shi" is the city's
    if (side := _SIDE_ROAD.match(text, end)) is not None:
        end = side.end()  # "45 Hwarang-ro" found, "12-gil" is the lane off it
    if _UNIT_END.search(text[start:end]) and (flat := _UNIT_NUMBER.match(text, end)) is not None and not _inside(taken, flat.start(1)):
        end = flat.end(1)  # "Apt" found, "390" of "Apt. 390" is the flat's
    after = _AFTER.match(text[end : end + 40])  # wide enough that no number is cut short by the slice ("2023-0")
    if after and not _YEAR.fullmatch(after.group(1).split("-")[0]) and not _COUNTED_AFTER.match(text, end + after.end()) and not _inside(taken, end + after.start(1)):
        end += after.end(1)
    return f if (start, end) == (f.start, f.end) else Finding(start, end, f.entity_type, f.score)


def _inside(taken: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in taken)
