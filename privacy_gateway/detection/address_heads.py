"""The head of an address line found from its town and postcode: "Glebe Farm, Ellingstring, Ripon,
HG4 4PW", "Rose Cottage, Church Lane, Little Snoring, NR21 0AT", "at maesllyn, tregaron, sy25 6nh".

Farms, cottages, estates and villages are named, not numbered, and no street type or house number
says "address" of them; the recognizers find the town and the postcode that close the line and
leave the house's name and the village before them, which with the postcode name one home. Where a
LOCATION holding a postcode (of some country's shape, `postcodes.postcode_valid`) ends a line's
value, the fields before it, back to the value's start (the line's start, a label's colon, a dash
between fields), are the same address when each is one to four capitalised words or a numbered
unit ("Unit 4", "Flat 2b"; a bare number is a CSV row's id, "1,1867") and none holds a person
found, unless it ends in a house's kind ("Hollybush Cottage": the recognizer's person is the house).
On a line typed in lower case the postcode (one with letters or five digits, never a year) need not
end the line, and the fields are lower-case words back to the place's preposition ("visited … at
maesllyn, tregaron, sy25 6nh sat am"). Only beside a postcode found, so a prompt nothing was found
in stays byte-identical.

The other way too: a street found, then capitalised fields to a postcode that ends its line, are
one address ("Blk 12 Lot 5 Sampaguita St., Brgy. Tan-awan, Oslob, Cebu 6025": the town and the
province the model reads only with luck), unless a field holds a person found or the number may be
a year; and a place found takes its state's abbreviation after it ("León, Gto.").
"""

from __future__ import annotations

import regex

from privacy_gateway.detection import lines
from privacy_gateway.detection.findings import Finding

# A postcode of the UK's, Canada's or Ireland's shape (an Eircode: "F31 YD74"), or of digits.
_CODE = regex.compile(
    r"(?<![\p{L}\d])(?i:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]\d[\dW][ \t]?[A-Z\d]{4}|\d{4,5}(?:-\d{3,4})?)(?![\p{L}\d])"
)
# A field of the address's head: capitalised words (an apostrophe, a hyphen, "upon", "on", "the",
# "de" inside), or a unit or house with its number ("Unit 4"); never a bare number, a row's id in a CSV.
_FIELD = regex.compile(
    r"[ \t]*(?:\p{Lu}[\p{L}'’.\-]*(?:[ \t]+(?:(?:upon|on|the|de|la|le|of|in|am|an)[ \t]+)?\p{Lu}[\p{L}'’.\-]*){0,3}"
    r"|\p{Lu}[\p{L}.]*[ \t]+\d{1,5}[A-Za-z]?)[ \t]*"
)
# Where a line's value starts: its start or its bullet, a label's colon, a dash between fields or a
# tab ("Farm: …", "- Hollybush Cottage, …", "Éleveur : X – …").
_OPENING = r"^[ \t]*(?:[-*•>][ \t]+)?|:[ \t]*|[ \t][–—-][ \t]+|\t"
_VALUE_OPENING = regex.compile(_OPENING)
_VALUE_START = regex.compile(rf"(?:{_OPENING})$")
_MOST_FIELDS = 4
# On a line typed in lower case, a field of one to three lower-case words ("maesllyn", "co. mayo"),
# or the words after a place's preposition that end a longer field ("visited … at maesllyn").
# A house number may open a lower-case field ("2 bondgate without": a street no street type names).
_LOWER_FIELD = regex.compile(r"[ \t]*(?:\d{1,5}[a-z]?[ \t]+)?\p{Ll}[\p{Ll}'’.\-]*(?:[ \t]+\p{Ll}[\p{Ll}'’.\-]*){0,2}[ \t]*")
_AFTER_PREPOSITION = regex.compile(r"(?:^|[ \t])(?:at|in|near|from|to)[ \t]+(\p{Ll}[\p{Ll}'’.\-]*(?:[ \t]+\p{Ll}[\p{Ll}'’.\-]*){0,2})[ \t]*$")
# A house's name ends in its kind: "Hollybush Cottage", "Glebe Farm", "Ivy House". The recognizer
# often calls such a field a person; on an address line it is the house.
_DWELLING = frozenset("cottage cottages farm farmhouse house lodge barn hall manor villa mill grange croft bungalow chalet".split())


def _holds_postcode(text: str, f: Finding, lettered: bool = False) -> bool:
    """Whether the finding holds a postcode of some country's shape; `lettered`: one with letters or
    five digits, never four that may be a year ("…, glastonbury, 2024 was fun")."""
    from privacy_gateway.detection.postcodes import postcode_valid  # loaded late: keeps the engine's chain of imports short

    return any(
        postcode_valid(m.group()) and not (lettered and m.group().isdigit() and len(m.group()) < 5)
        for m in _CODE.finditer(text, f.start, f.end)
    )


def _line_value_ends(text: str, end: int) -> bool:
    """Whether the value ends at `end`: the line's end, or a field's separator after it."""
    rest = text[end : lines.line_end(text, end)]
    return not rest.strip() or rest.lstrip()[:1] in ",;|–—-(" or rest.startswith("\t")


def _one_case(text: str, at: int) -> bool:
    """Whether the line around `at` is typed in lower case."""
    line = text[lines.line_start(text, at) : lines.line_end(text, at)]
    return line == line.lower()


def with_address_heads(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each LOCATION that ends an address line with its postcode grown over the
    named fields before it (see the module)."""
    grown: dict[int, Finding] = {}
    housed: list[Finding] = []
    people = [f for f in findings if f.entity_type == "PERSON"]
    for i, f in enumerate(findings):
        lower = _one_case(text, f.start)
        if f.entity_type != "LOCATION" or not (_holds_postcode(text, f) and _line_value_ends(text, f.end) or lower and _holds_postcode(text, f, lettered=True)):
            continue
        line_start = lines.line_start(text, f.start)
        start, fields, inside_fields = f.start, 0, []
        while fields < _MOST_FIELDS:
            comma = text.rfind(",", line_start, start)
            if comma < 0 or text[comma + 1 : start].strip():
                break  # the finding does not start right after a comma
            field_start = max(text.rfind(",", line_start, comma), _value_start(text, line_start, comma)) + 1
            field = text[field_start:comma]
            found = any(g.entity_type == "LOCATION" and g.start <= field_start + len(field) - len(field.lstrip()) and comma <= g.end for g in findings)
            if lower and not found and _LOWER_FIELD.fullmatch(field) is None and (m := _AFTER_PREPOSITION.search(field)) is not None:
                start, fields = field_start + m.start(1), fields + 1  # "visited … at maesllyn": the place after "at", and no further
                break
            if not field.strip() or not found and _FIELD.fullmatch(field) is None and not (lower and _LOWER_FIELD.fullmatch(field)):
                break
            inside = [p for p in people if p.start < comma and field_start < p.end]
            if inside and not found and field.split()[-1].lower() not in _DWELLING:
                break
            inside_fields += inside
            start, fields = field_start + len(field) - len(field.lstrip()), fields + 1
            if _VALUE_START.search(text, line_start, field_start) is not None or field_start == line_start:
                break
        if fields and start < f.start:
            grown[i] = Finding(start, f.end, f.entity_type, f.score)
            housed += inside_fields
    return [grown.get(i, f) for i, f in enumerate(findings) if f not in housed]


# The fields after a street found, to the postcode that ends its line: one to four capitalised
# fields, the last holding the code ("…, Brgy. Tan-awan, Oslob, Cebu 6025").
_TAIL = regex.compile(
    r"(?:,[ \t]*\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,3}){1,4},?[ \t]+(?P<code>\S+(?:[ \t]\S+)?)[ \t]*\.?[ \t]*$",
    regex.MULTILINE,
)
# A number that may be a year, of any century since 1000: no postcode to grow to ("…, Frans Hals, 1624").
_YEAR = regex.compile(r"(?:1\d|20)\d\d")
# A state's or a province's abbreviation after a town, with its stop ("León, Gto.", "Morelia, Mich.",
# "Toluca, Edo. Méx."): not a title ("Dr.", "Mr.").
_REGION_ABBREVIATION = regex.compile(r",[ \t]*(?:Edo\.[ \t]*)?(?!(?:Dr|Mr|Mrs|Ms|Sr|Sra|Srta|Jr|St|Prof|Rev)\.)\p{Lu}\p{Ll}{1,4}\.(?=[ \t,;)]|\n|$)")


def with_address_tails(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each street address found grown over the town, the region and the postcode
    after it, when a postcode of some country's shape ends its line: the town and region no model
    tagged go with the street and the code. A person found in those fields stops it. A place found
    takes the abbreviation of its state after it ("León, Gto.")."""
    from privacy_gateway.detection.postcodes import postcode_valid  # loaded late: keeps the engine's chain of imports short

    grown: dict[int, Finding] = {}
    for i, f in enumerate(findings):
        if f.entity_type != "LOCATION":
            continue
        if (region := _REGION_ABBREVIATION.match(text, f.end)) is not None:
            grown[i] = Finding(f.start, region.end(), f.entity_type, f.score)
            continue
        if (town := _town_after(text, f)) is not None:
            grown[i] = Finding(f.start, town, f.entity_type, f.score)
            continue
        m = _TAIL.match(text, f.end)
        codes = [c.group() for c in _CODE.finditer(text, m.start("code"), m.end("code"))] if m is not None else []
        if m is None or not any(postcode_valid(code) and not _YEAR.fullmatch(code) for code in codes):
            continue
        if any(g.entity_type == "PERSON" and g.start < m.end() and f.end < g.end for g in findings):
            continue
        grown[i] = Finding(f.start, m.end("code"), f.entity_type, f.score)
    return [grown.get(i, f) for i, f in enumerate(findings)]


# "… lives at 3 Pearse Street in Clonakilty", "its 19 church street in whitby": the town after a street.
_IN_TOWN = regex.compile(r"[ \t]+in[ \t]+(?P<town>\p{L}[\p{L}'’\-]+(?:[ \t]+\p{L}[\p{L}'’\-]+){0,2})")


def _town_after(text: str, f: Finding) -> int | None:
    """Where the town after "in" that follows a street address found ends: the longest run of up to
    three words that is a listed town or small place; None where no street with its number or no
    such town is there."""
    if not any(c.isdigit() for c in text[f.start : f.end]) or (m := _IN_TOWN.match(text, f.end)) is None:
        return None
    from privacy_gateway.detection.places import fold_place, known_place  # loaded late: keeps the engine's chain of imports short
    from privacy_gateway.detection.small_places import small_places

    words = list(regex.finditer(r"[\p{L}'’\-]+", m.group("town")))
    for n in range(len(words), 0, -1):
        value = m.group("town")[: words[n - 1].end()]
        if known_place(value) or fold_place(value) in small_places():
            return m.start("town") + len(value)
    return None


def _value_start(text: str, line_start: int, end: int) -> int:
    """The offset just before the value that holds text[:end] starts on its line (-1 for the line's start)."""
    best = line_start - 1
    for m in _VALUE_OPENING.finditer(text[line_start:end]):
        best = line_start + m.end() - 1
    return best
