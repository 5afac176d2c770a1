"""The person beside a phone number or an e-mail address on a contact line: "1. Ingrid Solberg -
912 34 567", "• Tomasz Wójcik: 601 234 567", "| Rasa Petrauskienė | 8 612 34567 |".

A contact sheet, an emergency list or a phone table writes each person's name and number on one
line, a dash, a colon, a comma, a bar or a tab between them. The number is found by its digits;
the name has no cue but its place, and outside prose (a numbered line ends with no verb) the
recognizer often misses it. Whatever the text around it, a run of capitalised words directly
beside a found phone number or address, with only such a separator between, is the person whose
contact it is when its words read as a name: a full name by the lists, read as the recognizer's
agreement would allow (an unlisted given name before a surname: "Rizal Santoso"), or a listed
given name alone that is no English word; of two words no list has, one must read as a surname
by its ending ("Zhaksylykova"). Roles and desks ("Front desk", "IT Helpdesk", "venue
reception"), places ("Oslo office", "Buenos Aires") and tools are no one.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from privacy_gateway.detection import lines
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, first_names, last_names, world_first_names, world_last_names
from privacy_gateway.detection.name_cues import FULL_NAME_PARTICLE as _PARTICLE, FULL_NAME_WORD as _WORD, INITIAL as _INITIAL
from privacy_gateway.detection.name_split import surname_shaped
from privacy_gateway.detection.software import is_software, technology

# The lists a name is read by, passed in by the caller: `full_names.listed_full_name` (tagged) and
# `places.known_place` sit higher in the import chain than the engine's own passes may reach.
FullName = Callable[[list[str]], bool]
Place = Callable[[str], bool]
CONTACTS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
# What a record line writes after a person's name, each after its label: "1. Bagus Santoso - paspor
# C2748193 - lahir 03-05-1979", "- Rose Butler, passport 563902184".
RECORD_FIELDS = frozenset({"DATE_OF_BIRTH", "PASSPORT", "US_PASSPORT", "NATIONAL_ID", "US_SSN", "US_DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER"})
# A field's label of up to three words, before its value: "paspor ", "Date of birth: ", "ID no. ".
_LABEL = regex.compile(r"(?:\p{L}[\p{L}.'’]*[ \t]+){0,2}\p{L}[\p{L}.'’]*[ \t]*[:#]?[ \t]*(?:(?i:no|nr|n[°º])\.?[ \t]*)?$")
_LABEL_REACH = 60  # characters before a value its label, or a lower-case name before its number, may take
_NAME_REACH = 160  # characters before a record's label its name of four words and particles may take
# A surname in capitals after the given name, as French, Baltic and Nordic lists write "Prénom NOM".
_CAPITALS = r"\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?(?![\p{L}])"
# One to four capitalised words, particles and initials between them allowed.
_RUN = rf"{_WORD}(?:[ \t]+(?:(?:{_INITIAL}|{_PARTICLE})[ \t]+){{0,2}}(?:{_WORD}|{_CAPITALS})){{0,3}}"
# A contact line's own marks: a dash, a colon, a comma or a bar between spaces, or a tab.
_CONTACT_MARKS = r"(?:[ \t]*[-–—:,|][ \t]*|\t[ \t]*)"
# An arrow from a name to what is theirs: "Anna Berg -> …", "Anna Berg → …", and a map's in code
# ("'Anna Berg' => '…'" in PHP and Ruby).
_ARROW = r"(?:=>|->|→|⇒|⟶)"
# Those and the other marks people set between a line's fields ("Anna Berg; …", "Anna Berg / …",
# "Anna Berg · …", an arrow), two spaces and more (a fixed-width table pasted from a terminal or a
# report: "Anna Berg      0412 345 678      Oslo"), or the comma or arrow between two quoted values
# (a CSV row, a tuple or a map in code), or the bracket that opens the number: "Wilfredo (654 220 871):",
# "Anna Berg (0412 345 678)".
_SEPARATOR = rf"(?:{_CONTACT_MARKS}|[ \t]*(?:[;/·•(]|{_ARROW})[ \t]*| {{2,}}|[\"'][ \t]*(?:[,;]|{_ARROW})[ \t]*[\"'])"
_BEFORE = regex.compile(rf"(?<![\p{{L}}\d_@./\\-])(?P<run>{_RUN}){_SEPARATOR}$")
# An address's label on a record line, before the address found: "2. Eko Prasetyo - alamat Jl. Melati 12,
# …", "Ana Rus, adresa Str. Lalelei 4". A desk's plain words before one are no one (`_desk_line`).
_ADDRESS_LABEL = regex.compile(
    r"(?<![\p{L}])(?i:(?:home[ \t]+)?(?:address|addr\.?|alamat|adresse|adres|adresa|adressi|indirizzo|direcci[oó]n|endere[cç]o|"
    r"anschrift|domicilio|osoite|lakc[ií]m)[ \t]*[:#]?)[ \t]*$"
)
# A given name typed in lower case before a number in brackets, as a rota or a chat lists people:
# "cleaners: dorota (01422 884017) fri, bence (07723 119 564) sun".
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}\d_@./\\'’-])(?P<run>\p{Ll}[\p{Ll}\p{M}'’\-]{2,20})[ \t]*\([ \t]*$")
# Up to three words typed in lower case before a record field's label, after a mark or right before
# it: "sprawca wojciech bieszk, pesel …", "policy holder is me, mei ling tan, nric …", "1. shirin
# farahani dob 23 apr 1968" (the label found says a field starts there).
_LOWER_RUN_BEFORE = regex.compile(r"(?<![\p{L}\d_@./\\'’-])(?P<run>\p{Ll}[\p{Ll}\p{M}'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’\-]+){1,3})[ \t]*(?:[,:;(–—-][ \t]*)?$")
# A name after its number ("0712 345678 - Wanjiru Kamau") only after `_CONTACT_MARKS`: the field
# after a number in a semicolon or slash row, a fixed-width table or quoted values is as often its
# column's town ("…;948 22 10 33;Estella;31200" under "municipio").
_AFTER = regex.compile(rf"{_CONTACT_MARKS}(?P<run>{_RUN})(?=[ \t]*(?:[|,;(]|$))")
_ITEM = regex.compile(rf"{_INITIAL}|{_WORD}|{_CAPITALS}|{_PARTICLE}")
_SEPARATOR_MARKS = "-–—:,;|/·•'\">→⇒⟶("


def _separated(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] can end in `_SEPARATOR`: one of its marks just before the spaces and
    tabs that end it, or a tab opening them. What the patterns anchored there need, tested before
    they scan the line from its start for each finding on it (most findings follow a plain word);
    two spaces or more are a fixed-width table's."""
    at = end
    while at > start and text[at - 1] in " \t":
        at -= 1
    return at < end and (text[at] == "\t" or end - at >= 2) or at > start and text[at - 1] in _SEPARATOR_MARKS


def _name_alone(word: str, known_place: Place) -> bool:
    """A listed given name or surname that is no English word, no place and no tool: "Ingrid: 912 34
    567", "Haddad – 06 12 34 56 78" (a sheet of numbers names people by either; not "Evans", a place
    and a word of WordNet's too)."""
    folded = ascii_fold(word.lower())
    if english_form(folded) or common_word(folded) or known_place(word) or is_software(word) or technology(word) is not None:
        return False
    return any(folded in names for names in (first_names(), world_first_names(), last_names(), world_last_names()))


# What may open a line before its first field: spaces, a bullet or an item's number ("• ", "3. ").
_LINE_OPENING = regex.compile(r"[ \t]*(?:[-*•·]|\d{1,3}[.)])?[ \t]*")


def _desk_line(text: str, line_start: int, start: int, end: int, place: Place) -> bool:
    """Whether text[start:end], the whole first field of a contact line, is a trade's, a service's or a
    room's English words that no one is named ("Electrician – 0115 496 0426", "Vet: 555-0142",
    "Boiler Repairs - 01632 960 112"; not "Parish Hall", whose words are census surnames too): no
    person and no place, whatever the recognizer tagged."""
    words = text[start:end].split()
    return (
        _LINE_OPENING.fullmatch(text, line_start, start) is not None
        and all(common_word(ascii_fold(w.lower())) for w in words)
        and not place(text[start:end])
    )


def _listed(word: str) -> bool:
    """A word the name lists have, or a surname by its ending: of two words no list has
    ("Servicio Técnico", "Kundenservice Hotline") one is a desk's name in another language."""
    folded = ascii_fold(word.lower())
    return any(folded in names for names in (first_names(), world_first_names(), last_names(), world_last_names())) or surname_shaped(folded)


def _lower_name(text: str, start: int, end: int, place: Place) -> tuple[int, int] | None:
    """The last two or three words of the lower-case run text[start:end] that read as a full name: a
    listed given name that is no English word, then words that are no English word or a listed
    surname, none a place or a tool ("sprawca wojciech bieszk" -> "wojciech bieszk")."""
    items = [(m.start(), m.end()) for m in regex.finditer(r"\S+", text[start:end])]
    for size in range(min(3, len(items)), 1, -1):
        window = items[len(items) - size :]
        words = [text[start + s : start + e] for s, e in window]
        folded = [ascii_fold(w.lower()) for w in words]
        if folded[0] not in first_names() and folded[0] not in world_first_names() or english_form(folded[0]) or common_word(folded[0]):
            continue
        if any((english_form(w) or common_word(w)) and w not in last_names() and w not in world_last_names() for w in folded[1:]):
            continue
        if any(place(w) or is_software(w) for w in words):
            continue
        return start + window[0][0], start + window[-1][1]
    return None


def _name_within(
    text: str, start: int, end: int, suffix: bool, full_name: FullName, place: Place, record: bool = False
) -> tuple[int, int] | None:
    """The longest window of the run text[start:end] that reads as a name: its end (`suffix`, a
    name before the contact: "Call Ingrid Solberg - …") or its start kept. `record`: before a
    passport or a birth date, which a desk has none of, a full name needs no word of the lists
    ("Bagus Santoso - paspor …")."""
    items = [(m.start(), m.end()) for m in _ITEM.finditer(text, start, end)]
    for size in range(len(items), 0, -1):
        window = items[len(items) - size :] if suffix else items[:size]
        s, e = window[0][0], window[-1][1]
        words = [w.title() if w.isupper() and len(w) > 1 else w for w in text[s:e].split()]
        if len(words) == 1:
            if _name_alone(words[0], place):
                return s, e
        elif full_name(words) and (record or any(_listed(w) for w in words)) and not place(text[s:e]):
            return s, e
    return None


# A record field's word, which a label read as up to three words may run back from over a lower-case
# name with no mark between ("shirin farahani dob 23 apr 1968").
_FIELD_WORD = regex.compile(r"(?<![\p{L}.])(?i:dob|d\.o\.b\.?|born|pesel|nric|ssn|nino|pnr|cpr|dni|nie|nif|passport)[ \t]*[:#]?[ \t]*$")


def _field_word(text: str, field: int, value: int) -> int:
    """Where the field before `value` starts: at its record word when the label found from `field` ends in one."""
    m = _FIELD_WORD.search(text, field, value)
    return m.start() if m is not None else field


def with_contact_names(text: str, found: list[Finding], full_name: FullName, place: Place) -> list[Finding]:
    """`found` with a PERSON finding for each name beside a phone number or address in it (see the
    module), before a labelled birth date or identity number (`RECORD_FIELDS`), or a given name in
    lower case before a number in brackets, where nothing was found yet; a place found over exactly
    such a name is the person. `full_name`, `place`: the lists' tests (see `FullName`)."""
    added: list[Finding] = []
    for f in found:
        addressed = f.entity_type == "LOCATION" and (label := _ADDRESS_LABEL.search(text, max(0, f.start - 24), f.start)) is not None
        if f.entity_type not in CONTACTS and f.entity_type not in RECORD_FIELDS and not addressed:
            continue
        line_start, line_end = lines.line_start(text, f.start), lines.line_end(text, f.end)
        spans = []
        field = label.start() if addressed else f.start
        # A label is three words at most: looked for in the characters just before the value, not from
        # the line's start (a long line of prose holds many birth dates and numbers).
        if f.entity_type in RECORD_FIELDS and (label := _LABEL.search(text, max(line_start, f.start - _LABEL_REACH), f.start)):
            field = label.start()
        # A record's name is looked for in a name's length before its label; a contact's from the line's start.
        run_from = max(line_start, field - _NAME_REACH) if f.entity_type in RECORD_FIELDS or addressed else line_start
        if _separated(text, line_start, field) and (m := _BEFORE.search(text, run_from, field)):
            if _desk_line(text, line_start, m.start("run"), m.end("run"), place):
                run_start, run_end = m.start("run"), m.end("run")
                found = [g for g in found if not (g.entity_type in ("PERSON", "LOCATION") and run_start <= g.start and g.end <= run_end)]
                continue
            spans.append(_name_within(text, m.start("run"), m.end("run"), True, full_name, place, f.entity_type in RECORD_FIELDS or addressed))
        elif f.entity_type == "PHONE_NUMBER" and (m := _LOWER_BEFORE.search(text, max(line_start, f.start - _LABEL_REACH), f.start)) and _name_alone(m.group("run"), place):
            spans.append(m.span("run"))
        elif f.entity_type in RECORD_FIELDS and field < f.start and (m := _LOWER_RUN_BEFORE.search(text, max(line_start, field - 60), _field_word(text, field, f.start))):
            spans.append(_lower_name(text, m.start("run"), m.end("run"), place))  # "sprawca wojciech bieszk, pesel 6402…"
        if f.entity_type in CONTACTS and (m := _AFTER.match(text, f.end, line_end)):
            spans.append(_name_within(text, m.start("run"), m.end("run"), False, full_name, place))
        for span in spans:
            if span is None:
                continue
            same = [g for g in found if (g.start, g.end) == span and g.entity_type == "LOCATION"]
            if same:  # "Aigerim Zhaksylykova – +7 701 …": the recognizer's place is the person
                found = [g for g in found if g not in same]
            elif any(g.start < span[1] and span[0] < g.end for g in [*found, *added]):
                continue
            added.append(Finding(span[0], span[1], "PERSON", max([0.75, *(g.score for g in same)])))
    added += _row_names(text, [*found, *added], full_name, place)
    return sorted(found + added)


# A number in a phone's marks as one field of a contact line, ended by the line, the next field or
# the bracket a person and their number stand in ("the landlord (Mr Ode, 512345678)").
_NUMBER = r"(?P<number>\+?\(?\d[\d ().\-/]{5,20}\d\)?(?:[ \t]*\(?(?i:x|ext\.?|extension)[ \t]*\d{1,6}\)?)?)"
# The number's field ends at the line's end, at the next field's mark ("— Oslo", " - anna@…", a
# fixed-width table's gap) or at the bracket a person and their number stand in.
_FIELD_END = r"(?=[ \t]*(?:[|,;/·•–—\"']|\)(?!\d)|$)|[ \t]+-[ \t]|[ \t]{2,}|\t)"
_NUMBER_AFTER = regex.compile(rf"{_SEPARATOR}{_NUMBER}{_FIELD_END}", regex.MULTILINE)
# A line that holds a name and a number and nothing else, one space between: "Dimitris Papadopoulos
# 9734 1826" in a pasted list. Its bullet or list number before the name, if any.
_LONE_NUMBER_AFTER = regex.compile(rf"[ \t]{_NUMBER}[ \t]*$", regex.MULTILINE)
_LINE_OPENING = regex.compile(r"[ \t]*(?:[-*•>]+[ \t]+|\d{1,3}[.)][ \t]+)?")
_NUMBER_BEFORE = regex.compile(rf"(?:^|[|,;][ \t]*){_NUMBER}{_SEPARATOR}$", regex.MULTILINE)


def with_contact_numbers(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with a PHONE_NUMBER finding for each number beside a person found on a contact line
    ("- Anna Berg, 022345678", "022345678 | Anna Berg", a line of a name and a number alone:
    "Anna Berg 9734 1826"), the mirror of `with_contact_names`: seven
    to fifteen digits in a phone's marks, not a date, an amount, a count, a round number or a
    book's number, valid in some region's numbering plan."""
    from privacy_gateway.detection.phones import contact_number  # loaded late: keeps the import chain short

    added: list[Finding] = []
    for f in found:
        if f.entity_type != "PERSON":
            continue
        line_start, line_end = lines.line_start(text, f.start), lines.line_end(text, f.end)
        spans = []
        if m := _NUMBER_AFTER.match(text, f.end, line_end):
            spans.append((m.start("number"), m.end("number")))
        elif _LINE_OPENING.fullmatch(text, line_start, f.start) and (m := _LONE_NUMBER_AFTER.match(text, f.end, line_end)):
            spans.append((m.start("number"), m.end("number")))
        if _separated(text, line_start, f.start) and (m := _NUMBER_BEFORE.search(text, line_start, f.start)):
            spans.append((m.start("number"), m.end("number")))
        for start, end in spans:
            if not contact_number(text, start, end) or "   " in text[start:end]:
                continue  # "floyd_warshall  1000     873.79": a table's columns of numbers, aligned by runs of spaces
            # What the number replaces: a piece of it read as a phone ("(912) 345-67-89" of "8 (912) …"),
            # or a place over the name's end and the number's start ("Berg, 2212": a town and a postcode).
            # A place wholly beside the name is a field of its own (a postcode column), and stays.
            covered = [g for g in found if g.start < end and start < g.end]
            if any(not (g.entity_type == "PHONE_NUMBER" and start <= g.start and g.end <= end)
                   and not (g.entity_type == "LOCATION" and f.start <= g.start < f.end and g.end <= end) for g in covered):
                continue
            if any(g.start < end and start < g.end for g in added):
                continue
            found = [g for g in found if g not in covered]
            added.append(Finding(start, end, "PHONE_NUMBER", max([0.6, *(g.score for g in covered if g.entity_type == "PHONE_NUMBER")])))
    return sorted(found + added) if added else found


# A line that opens with a name and then a number as its next field, in a list, a fixture or a
# pasted sheet ("Anna Berg — 0412 345 678 — Oslo", "- Jon Lie - 912 34 567", "('Anna Berg', '…'"):
# bullets, a bracket and a quote mark, or indentation before the name.
_ROW = regex.compile(rf"^[ \t]*(?:[-*•>]+[ \t]+|[(\[{{]?[\"'])?(?P<run>{_RUN}){_SEPARATOR}{_NUMBER}{_FIELD_END}", regex.MULTILINE)


def _row_names(text: str, found: list[Finding], full_name: FullName, place: Place) -> list[Finding]:
    """A PERSON finding for each name that opens a contact line whose next field is a number no
    reading found, when the number reads as a phone (`phones.contact_number`) and the name as a
    name (`_name_within`): in code and uncued lists neither is found alone, and each says what the
    other is. The number itself is then `with_contact_numbers`' to add, once roles and labels are
    no one."""
    from privacy_gateway.detection.phones import contact_number  # loaded late: keeps the import chain short

    added: list[Finding] = []
    for m in _ROW.finditer(text):
        start, end = m.span("number")
        if any(g.start < end and start < g.end for g in found) or not contact_number(text, start, end):
            continue
        span = _name_within(text, m.start("run"), m.end("run"), True, full_name, place)
        if span is None or any(g.start < span[1] and span[0] < g.end and g.entity_type != "LOCATION" for g in found):
            continue
        added.append(Finding(span[0], span[1], "PERSON", 0.75))
    return added
