"""A value of a record in code or data that the recognizer tagged as a person or a place, under a
key no rule of `field_keys` types: `"dest": "Friesoythe"`, `loc=Ylivieska`, `<ort2>Laval</ort2>`,
`WHERE agent = 'Kristofer Stanić'`, `pickup='Omagh'`.

In technical text a tagged name counts only with a cue (`names`), since code is full of capitalised
words; but a string that is a record's whole value is data, not code, and the keys tools and other
teams use are too many to list. The recognizer's tag and the lists decide together: a listed place
or town is a place (`Friesoythe`, tagged PERSON, is a town), a tagged person is someone when the
name lists hold a word of it and no word is an English one. Keys that name things (a product, a
service, a colour, a locale) and values shaped as code (`eu-west-1`, `fr_FR`, `Europe/Paris`,
`ADDRESS_TYPE_HOME`) stay.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection import lines
from privacy_gateway.detection.key_words import key_words
from privacy_gateway.detection.name_cues import COMMENT
from privacy_gateway.detection.lexicon import ascii_fold, english_form, listed_family, listed_given, proper_nouns, world_first_names
from privacy_gateway.detection.software import is_software

# Before a quoted value: its key, quoted or not (`"dest": "`, `dest='`, `dest = '`, `\"dest\": \"`).
_QUOTED_BEFORE = re.compile(r"""(?:\\?["'`])?(?P<key>[A-Za-z_][\w\-.]{0,40})(?:\\?["'`])?[ \t]*(?::|=>|==?)[ \t]*\\?(?P<q>["'])$""")
# Before a bare value: `loc=`, `loc: ` at a line's or a field's start.
_BARE_BEFORE = re.compile(r"""(?:^|(?<=[\s,;&?{(\[|]))(?P<key>[A-Za-z_][\w\-.]{0,40})(?:=|:[ \t]+)$""", re.MULTILINE)
# After a bare value: the field's or the line's end.
_BARE_AFTER = re.compile(r"""(?:$|[\s,;&}\])|])""", re.MULTILINE)
# Before a string passed to a call, after the call's name and the simpler arguments before it:
# `weather_for('`, `renderBadge("`, `create_user('Ann', '`. A call's name types its arguments as a
# key types a value (`send_invite("…")` invites someone), and a string passed whole is data.
_ARGUMENT_BEFORE = re.compile(
    r"""(?<![\w.])(?:[A-Za-z_]\w{0,40}\.)*(?P<key>[A-Za-z_]\w{0,40})[ \t]*\((?:[ \t]*(?:["'][^"'\n]{0,60}["']|[\w.]{1,40})[ \t]*,)*[ \t]*(?P<q>["'])$"""
)
# Before an item of a list or a tuple assigned to a name: `NAMES = ["`, `const towns = ['Ann', '`.
_ITEM_BEFORE = re.compile(
    r"""(?<![\w.])(?P<key>[A-Za-z_]\w{0,40})(?:[ \t]*:[ \t]*[\w\[\], ]{1,40})?[ \t]*=[ \t]*[\[(](?:[ \t]*["'][^"'\n]{0,60}["'][ \t]*,)*[ \t]*(?P<q>["'])$"""
)
# After such a string: the next argument or item, or the call's or list's end.
_ARGUMENT_AFTER = re.compile(r"""["'][ \t]*[,)\]]""")
_XML_BEFORE = re.compile(r"<(?:[A-Za-z_][\w.\-]*:)?(?P<key>[A-Za-z_][\w.\-]{0,40})(?:\s[^<>]*)?>$")
# A value's shape: words of letters, with the marks names and places are written with (`field_keys`
# reads a loose key's place by it too).
PLACE_SHAPE = re.compile(r"[^\W\d_][^\W\d_'’.\-]*(?:[ \t][^\W\d_][^\W\d_'’.\-]*){0,3}")
# The words of keys that name things, whatever the value is named after: `"product": "Ergo Chair"`,
# `colour=Graphite`, `"carrier": "DHL Express"`.
_THING_KEYS = frozenset(
    """product item sku brand make model vendor manufacturer company org organisation organization team group
    department dept project repo repository service app application host hostname server image package library lib
    framework runtime tool class type kind category status state stage phase colour color title label tag branch env
    environment queue topic bucket db database table schema column field font theme icon file path dir folder
    language lang locale timezone tz currency unit plan tier level role feature flag mode option setting provider
    carrier courier species breed variety strain flavour flavor style size genre format version release codename
    cluster zone datacenter dc node pod namespace region code iso id key error exception warning message msg reason
    cause detail origin market""".split()
)


def _places() -> tuple[ModuleType, ModuleType]:
    """The place lists, loaded late: `field_keys` and `names` import this module, and the import chain stays short."""
    from privacy_gateway.detection import countries, places

    return places, countries


def record_key(text: str, start: int, end: int) -> str | None:
    """The key of the record value `text[start:end]` is the whole of, or None: a quoted value, an
    XML element's text, a bare `key=value` or `key: value` (to the field's end)."""
    before = text[max(0, start - 60) : start]
    if start > 0 and text[start - 1] in "\"'":
        m = _QUOTED_BEFORE.search(before)
        closed = m is not None and (text.startswith(m.group("q"), end) or text.startswith("\\" + m.group("q"), end))
        if m is not None:
            return m.group("key") if closed else None
        return argument_key(text, start, end)
    if start > 0 and text[start - 1] == ">":
        m = _XML_BEFORE.search(before)
        closing = rf"</(?:[\w.\-]+:)?{re.escape(m.group('key'))}\s*>" if m is not None else None
        return m.group("key") if m is not None and closing and re.match(closing, text[end : end + 60]) else None
    m = _BARE_BEFORE.search(before)
    if m and _BARE_AFTER.match(text, end):
        return m.group("key")
    return None


def argument_key(text: str, start: int, end: int) -> str | None:
    """The name of the call `text[start:end]` is passed to whole as a string, or of the list it is an
    item of (`geocode("Friesoythe")` → geocode, `NAMES = ["Ann Lee", …]` → NAMES), or None."""
    if not _ARGUMENT_AFTER.match(text, end) or text[end] != text[start - 1]:
        return None
    before = text[max(0, start - 200) : start]
    m = _ARGUMENT_BEFORE.search(before) or _ITEM_BEFORE.search(before)
    return m.group("key") if m is not None and m.group("q") == text[start - 1] else None


# The words of calls and keys that ask for a place by what they do with it: `geocode("…")`,
# `weather_for('…')`, `getForecast("…")`, `"directions": "…"`.
_PLACE_KEYS = frozenset("geocode geocoder geolocate forecast weather directions locate distance".split())


def _place_key(key: str) -> bool:
    return any(w in _PLACE_KEYS for w in key_words(key.rsplit(".", 1)[-1]))


def _thing_key(key: str) -> bool:
    return any(w in _THING_KEYS for w in key_words(key.rsplit(".", 1)[-1]))


def _english(word: str) -> bool:
    """An English word that WordNet has as more than a proper noun ("Reading", "Team"; not "Paris")."""
    plain = ascii_fold(word.lower())
    return english_form(plain) and plain not in proper_nouns()


def listed_place_value(key: str, value: str) -> bool:
    """Whether `value`, under a `key` no rule types and that names no thing, is a listed place or
    town that is no English word (`<loc>Chrast</loc>`, `"pickup": "Omagh"`): the lists say so
    where the recognizer reads no word in markup run together."""
    if _thing_key(key):
        return False
    items = value.split(", ")
    if len(items) > 1:  # "Bergen, Norway", "Hamar, Innlandet, Norway": a town, then what it lies in
        names = _places()[1].country_names()
        return len(items) <= 3 and _listed_item(items[0]) and all(_listed_item(i) or i.lower() in names for i in items[1:])
    return _listed_item(value)


def _listed_item(value: str) -> bool:
    if not PLACE_SHAPE.fullmatch(value) or is_software(value):
        return False
    if " " not in value and (_english(value) or len(value) <= 3 and value.isupper()):
        return False  # "Reading", "Enterprise": a word before a town; "US", "DE": a code
    return _town_or_region(value)


# Continents and the regions firms split the world into: a setting's or a market's, never an address.
CONTINENTS = frozenset(["europe", "asia", "africa", "oceania", "antarctica", "americas", "emea", "apac", "latam", "north america", "south america"])


def _town_or_region(value: str) -> bool:
    """A listed place or town below a country: a country is a setting's or a product's in a record
    (`"market": "Colombia"`, `origin=Kenya`) as often as an address's, whose keys `field_keys` types."""
    places, countries = _places()
    low = value.lower()
    return (
        (places.known_place(value) or places.fold_place(value) in places.small_places())
        and low not in countries.country_names() and low not in CONTINENTS
    )


# The delimiters of a row of data, the likelier first: a comma splits prose too.
_ROW_DELIMITERS = ("\t", ";", "|", ",")
# What opens and closes a row of SQL `VALUES` or a tuple on its own line: "(17, 'Ann', 'Graz'),".
_ROW_ENDS = " \t()[],;"
_ROW_QUOTES = " \t\"'`"
_DIGIT = re.compile(r"\d")
# A cell that names a cloud's region or a time zone ("eu-central-1", "Europe/Paris"): the row is a
# table of sites or settings, and its towns are the world's ("eu-west-3,Paris,3").
_SITE_CELL = re.compile(r"[a-z]{2,}(?:-[a-z]+)+-\d[a-z]?|[A-Z][a-z]+/[A-Z][\w\-+]+")


def row_cell(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a whole cell of a row of data with no header or column list: a
    CSV line read with `header=None`, a TSV line of `cut`, a SQL `VALUES` row on its own line. The
    row is split by one delimiter into three cells or more (two for a tab, a semicolon or a pipe), no
    cell longer than four words or holding a stop word, commas unspaced outside brackets (prose has
    commas too), and another cell holds a digit: an id, a
    date, an amount. Such a cell is a record's value whose key is its column, unwritten. A row naming
    a cloud's region or a time zone is a table of sites, and a big city beside a country a table of
    the world's cities ("Lyon,513275,France"): neither is anyone's."""
    line_start = lines.line_start(text, start)
    line = text[line_start : lines.line_end(text, end)]
    delimiter = next((d for d in _ROW_DELIMITERS if d in line), None)
    if delimiter is None:
        return False
    inner_start = len(line) - len(line.lstrip(_ROW_ENDS))
    inner = line[inner_start : len(line.rstrip(_ROW_ENDS))]
    if delimiter == "," and ", " in inner and not line.lstrip().startswith("("):
        return False  # "We ship to Lyon, Graz, and Brno": a sentence's commas (a SQL row in brackets spaces them too)
    cells, at, whole, digits = inner.split(delimiter), line_start + inner_start, False, False
    if len(cells) < (3 if delimiter == "," else 2):
        return False
    places, countries = _places()
    for cell in cells:
        bare = cell.strip(_ROW_QUOTES)
        if len(bare.split()) > 4 or _SITE_CELL.fullmatch(bare) or any(w in STOP_WORDS for w in bare.split()):
            return False
        if bare.lower() in countries.country_names() and places.listed_place(text[start:end]):
            return False
        offset = at + cell.find(bare) if bare else at
        if offset == start and offset + len(bare) == end:
            whole = True
        elif _DIGIT.search(bare):
            digits = True
        at += len(cell) + 1
    return whole and digits


def record_entity(text: str, start: int, end: int, tagged_person: bool) -> str | None:
    """What the tagged value `text[start:end]` is, if it is a record's whole value under a key that
    names no thing, a string passed whole to a call or listed under a name (`argument_key`), or a
    cell of a row with no header (`row_cell`): LOCATION for a listed place or town, or any one a
    call or key asks for a place with (`_PLACE_KEYS`), PERSON for a tagged person whose words the
    name lists hold and no English word is; None otherwise."""
    value = text[start:end]
    if not PLACE_SHAPE.fullmatch(_JOINED.sub("", value) if tagged_person else value) or is_software(value):
        return None
    key = record_key(text, start, end)
    if key is None and row_cell(text, start, end):
        key = ""  # a column with no header: it names no thing, and asks for no place
    if key is None or _thing_key(key):
        return None
    words = value.split()
    if _town_or_region(value):
        return None if len(words) == 1 and _english(value) else "LOCATION"
    if value.lower() in _places()[1].country_names():
        return None
    if _place_key(key) and not any(_english(w) for w in words):
        return "LOCATION"  # `weather_for('Biləsuvar')`: a town the lists miss, where the call asks for a place
    if not tagged_person:
        # Tagged as a place or a firm: someone only when the lists read a full name ("Kristofer Stanić").
        from privacy_gateway.detection.full_names import listed_full_name  # loaded late: keeps the import chain short

        return "PERSON" if listed_full_name(words) else None
    if any(_english(w) for w in words if len(w) > 3):
        return None
    folded = [_places()[0].fold_place(w) for w in words]
    if any(_listed(w) for w in folded):
        return "PERSON"
    # "karl-heinz labrecque", "mary-jane o'connor": a word joined by a hyphen or an apostrophe is read
    # part by part, as the lists hold names; a part that is an English word and no name ("drop-off",
    # "walk-in") is no one's.
    parts = [p for w in folded if _JOINED.search(w) for p in _JOINED.split(w) if len(p) > 1]
    if any(_listed(p) for p in parts) and not any(_english(p) and not _listed(p) for p in parts):
        return "PERSON"
    return None


# A hyphen or an apostrophe between letters, inside a name's word: "karl-heinz", "o'connor".
_JOINED = re.compile(r"(?<=[^\W\d_])[-'’](?=[^\W\d_])")


def _listed(word: str) -> bool:
    """A given name or a surname of the lists (folded as they hold them)."""
    return word in listed_given() or word in world_first_names() or word in listed_family()


# A string literal on one line, its quotes escaped or not (a JSON string inside a JSON string); a
# single quote between letters is an apostrophe ("Sant'Angelo", "Bob's"), no string's ("f'…'" is one).
_LITERAL = re.compile(r'''\\?"(?P<v>(?:[^"\\\n]|\\(?!"))*)\\?"|(?<![^\W\d_][^\W\d_])'(?P<s>[^'\n]*)'(?![^\W\d_])''')
# Words of place before a town in a request or a query ("a plumber in Ski", "dentists near
# Fredrikstad") or in a log's or a comment's sentence ("opened from Lyon", "dispatched to Graz").
_PLACED = re.compile(r"(?i)\b(?:in|near|around|outside|nearby|from|to|via|at)[ \t]+$")
# A log's line: a timestamp opening it, or a level word in capitals ("INFO", "[WARN]", "ERROR:").
LOG_LINE = re.compile(
    r"^[ \t]*\[?\d{4}-\d\d-\d\d[T ]?|^[ \t]*\[?\d\d:\d\d:\d\d|(?:^|[\s\[])(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)(?:\]|:|[ \t])"
)
# A word after a city that makes it a cloud's or a firm's site, not anyone's: "to Frankfurt region".
_SITE_AFTER = re.compile(r"[ \t]+(?:region|zone|dc|datacenter|data[ \t]center|cluster|office|hub|pop|edge)\b", re.IGNORECASE)


def placed_in_literal(text: str, start: int, end: int) -> bool:
    """Whether the tagged place `text[start:end]` stands after "in", "near", "around", "from", "to",
    "via" or "at" inside a string literal of code or data (a user's message in an API call, a search
    tool's query, a log call's message), in a log's line or in a code comment ("session opened from
    Lyon", "# parcels routed via Linz"): a request's or a record's place, someone's, whatever the
    code around it is. A country, a software name, an English word ("in Production") or a cloud's
    site ("to Frankfurt region") stays."""
    value = text[start:end]
    if not PLACE_SHAPE.fullmatch(value) or is_software(value) or value.lower() in _places()[1].country_names():
        return False
    if any(_english(w) for w in value.split()) or _SITE_AFTER.match(text, end):
        return False
    if not _PLACED.search(text, max(0, start - 12), start):
        return False
    line_start = lines.line_start(text, start)
    line = text[line_start : lines.line_end(text, end)]
    comment = COMMENT.search(line)
    if comment is not None and comment.end() <= start - line_start or LOG_LINE.search(line):
        return True
    return any(m.start() <= start - line_start and end - line_start <= m.end() for m in _LITERAL.finditer(line))


# A capitalised word or two after a word of place: the town a request names.
_PLACED_TOWN = re.compile(r"(?i:\b(?:in|near|around|outside|nearby))[ \t]+(?P<v>[^\W\d_a-z][^\W\d_'’\-]*(?:-[^\W\d_][^\W\d_'’]*)?(?:[ \t][^\W\d_a-z][^\W\d_'’]*)?)")


def literal_places(text: str) -> Iterator[tuple[int, int, str]]:
    """LOCATION spans of listed towns and regions after "in", "near" or "around" inside a string
    literal ("dentists near Fredrikstad" as a search tool's query), which the recognizer may not
    tag in code; a country, a tool or an English word stays."""
    for m in _PLACED_TOWN.finditer(text):
        value = m.group("v")
        words = value.split()
        if len(words) == 2 and not _town_or_region(value):
            value = words[0]  # "in Ski who …": the town, then the sentence's next word
        start, end = m.start("v"), m.start("v") + len(value)
        if _town_or_region(value) and placed_in_literal(text, start, end):
            yield start, end, "LOCATION"
