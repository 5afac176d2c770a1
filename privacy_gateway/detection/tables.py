"""Rows and cells: CSV/TSV tables typed by their header, SQL `INSERT` rows by their column list.

A column's header types every cell under it, so a table is read whole (`blocks`), never cut by the
splitter.
"""

from __future__ import annotations

import csv
import re
from typing import Iterator

from spacy.tokens import Doc

from privacy_gateway.detection.lines import line_end, text_lines
from privacy_gateway.detection.literals import quoted_names
from privacy_gateway.detection.software import is_software
from privacy_gateway.detection.text_kind import describe
from privacy_gateway.detection.key_words import key_words
from privacy_gateway.detection.field_keys import (
    entity_for_key,
    person_name,
    typed_span,
)

# SQL INSERT with a column list.
_INSERT = re.compile(
    r"(?is)\binsert\s+into\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()]{1,600})\)\s*values\s*(?P<rows>(?:\((?:[^()']|'(?:[^']|'')*')*\)\s*,?\s*)+)"
)
_ROW = re.compile(r"\((?P<row>(?:[^()']|'(?:[^']|'')*')*)\)")
_SQL_ITEM = re.compile(r"\s*(?:'(?P<s>(?:[^']|'')*)'|(?P<o>[^,]*))\s*(?:,|$)")


def blocks(text: str) -> list[tuple[int, int]]:
    """Tables with their header: spans that must be read whole to be typed."""
    out = list(_table_blocks(text))
    for rows in delimited_runs(text) if _TWO_DELIMITED_LINES.search(text) else ():
        if len(rows) >= 2:
            out.append((rows[0][0][1], rows[-1][-1][1] + len(rows[-1][-1][0])))
    return out


def table_values(text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
    """Cells typed by their column: delimited records, SQL `INSERT` rows and `COPY` blocks, tables
    with a header, tables aligned with spaces."""
    yield from records(text)
    if "insert" in text.lower():
        yield from insert_values(text)
    if "COPY" in text or "copy" in text:
        yield from copy_values(text)
    yield from table_cells(text)
    if "   " in text:
        yield from aligned_cells(text)
    if "PIC" in text or "pic " in text:
        yield from copybook_records(text)


# A PostgreSQL dump's data: `COPY public.members (id, full_name, dob) FROM stdin;`, then a row a
# line, its cells split by tabs (`\N` for null), to a line holding `\.`.
_COPY = re.compile(r"(?im)^[ \t]*COPY[ \t]+[\w.\"]+[ \t]*\((?P<cols>[^()\n]{1,600})\)[ \t]+FROM[ \t]+stdin\b[^\n]*$")


def copy_values(text: str) -> Iterator[tuple[int, int, str]]:
    """Cells of a `COPY … FROM stdin` block typed by its column list."""
    for m in _COPY.finditer(text):
        columns = [c.strip().strip('"') for c in m.group("cols").split(",")]
        at = m.end() + 1
        while at < len(text):
            end = line_end(text, at)
            line = text[at:end]
            if line.strip() in ("\\.", "") or "\t" not in line:
                break
            offset = at
            for column, cell in zip(columns, line.split("\t")):
                if cell != "\\N" and (span := typed_span(column, cell, offset, text)):
                    yield span
                offset += len(cell) + 1
            at = end + 1


# A COBOL copybook's elementary items (`05 CUST-NAME PIC X(20).`) give a fixed-width record's
# layout: each field's name and width in order. The records pasted with it ("00042NGUYEN VAN AN
# 19850617HANOI") are cut at those widths and each field typed by its name, as a column is.
_PIC_ITEM = re.compile(r"(?im)^[ \t]*\d{2}[ \t]+(?P<name>[A-Z][A-Z0-9\-]{0,40})[ \t]+PIC(?:TURE)?(?:[ \t]+IS)?[ \t]+(?P<pic>[SXA9V()\d]+)")
_PIC_PART = re.compile(r"(?P<c>[XA9])(?:\((?P<n>\d{1,4})\))?")


def copybook_records(text: str) -> Iterator[tuple[int, int, str]]:
    """Fields of the fixed-width records beside a copybook, typed by their names (see above)."""
    items = list(_PIC_ITEM.finditer(text))
    if len(items) < 2:
        return
    fields: list[tuple[str, int]] = []
    for item in items:
        width = sum(int(p.group("n") or 1) for p in _PIC_PART.finditer(item.group("pic").upper()))
        if width:
            fields.append((item.group("name").replace("-", "_"), width))
    total = sum(w for _, w in fields)
    if not any(entity_for_key(name) for name, _ in fields) or total < 8:
        return
    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        body = line.rstrip()
        # A record is as wide as the layout, less the blanks that pad its last field, and no copybook line.
        if not total - fields[-1][1] < len(body) <= total or _PIC_ITEM.match(line) or "PIC" in line.upper().split():
            continue
        offset = 0
        for name, width in fields:
            cell = body[offset : offset + width]
            if cell.strip() and (span := typed_span(name, cell, at + offset, text)):
                yield span
            offset += width


# A table aligned with spaces, as pandas, R and fixed-width reports print it: a header of keys two
# or more spaces apart, then rows whose cells stand two or more spaces apart, one more at the left
# when the rows are numbered (pandas' index). A row that does not fit ends the table ("...").
_GAPS = re.compile(r"\S+(?: \S+)*")


def aligned_cells(text: str) -> Iterator[tuple[int, int, str]]:
    """Cells of a space-aligned table typed by the header above them (see above)."""
    lines, offsets = text_lines(text)
    i = 0
    while i < len(lines) - 1:
        if (starts := _fixed_header(lines[i])) is not None:
            found: list[tuple[int, int, str]] = []
            i = _fixed_width_rows(lines, offsets, i, starts, text, found)
            yield from found
            continue
        if (edges := _right_edges(lines[i], lines[i + 1])) is not None:
            found = []
            i = _right_aligned_rows(lines, offsets, i, edges, text, found)
            yield from found
            continue
        header = [(m.group(), m.start()) for m in _aligned(lines[i])]
        keys = [h for h, _ in header]
        if len(keys) < 2 or not all(_HEADER_CELL.fullmatch(k) for k in keys) or not any(entity_for_key(k) for k in keys):
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            cells = [(m.group(), m.start()) for m in _aligned(lines[j])]
            if len(cells) == len(keys) + 1:
                cells = cells[1:]  # the row's number
            elif len(cells) != len(keys):
                if lines[j].strip() in ("...", "…") or re.fullmatch(r"[\s.]*", lines[j]) and lines[j].strip():
                    j += 1
                    continue
                break
            for key, (cell, at) in zip(keys, cells):
                if span := typed_span(key, cell, offsets[j] + at, text):
                    yield span
            j += 1
        i = max(j, i + 1)


# A fixed-width extract's header in capitals, one space or more between its names ("CUSTNO NAME
# DOB PHONE CITY"): its rows are cut where its names start, fields glued or not.
_CAPITAL_KEYS = re.compile(r"[A-Z][A-Z0-9_\-]*(?: [A-Z][A-Z0-9_\-]*)*")
# A header's name: one word, or words one space apart where two spaces or more part the names
# ("FAMILY NAME         GIVEN NAMES        RANK", as a crew list's form prints them).
_KEY = re.compile(r"\S+")
_SPACED_KEY = re.compile(r"\S+(?: \S+)*")


def _fixed_header(line: str) -> list[tuple[str, int]] | None:
    """The names and start columns of a fixed-width header (above), or None: three names or more in
    capitals, two of them typing their column."""
    if not line.strip() or line.strip() != line.strip().upper():
        return None
    keys = [(m.group(), m.start()) for m in (_SPACED_KEY if "  " in line.strip() else _KEY).finditer(line)]
    if len(keys) < 3 or not all(_CAPITAL_KEYS.fullmatch(k) for k, _ in keys):
        return None
    return keys if sum(1 for k, _ in keys if entity_for_key(k)) >= 2 else None


def _fixed_width_rows(lines: list[str], offsets: list[int], i: int, keys: list[tuple[str, int]], text: str, out: list[tuple[int, int, str]]) -> int:
    """Type the rows under the fixed-width header at line `i` into `out`; the line after the table."""
    j = i + 1
    types = [entity_for_key(k) for k, _ in keys]
    while j < len(lines) and len(lines[j].rstrip()) > keys[-1][1] and lines[j][: keys[1][1]].strip():
        line = lines[j]
        for (key, at), nxt in zip(keys, [k[1] for k in keys[1:]] + [len(line)]):
            if (cell := line[at:nxt]).strip() and (span := typed_span(_weak_header(key, keys, types), cell, offsets[j] + at, text)):
                out.append(span)
        j += 1
    return max(j, i + 1)


# A printed data frame's header: names with no space in them, one space or more apart ("  respondent
# name age postcode" in R, "   customer_id   name   dob" in pandas), each column's cells ending
# where its name ends.
_FRAME_HEADER = re.compile(r"[ \t]*[^\W\d][\w.\-]*(?:[ ]+[^\W\d][\w.\-]*)+[ \t]*")


def _right_edges(header: str, row: str) -> list[tuple[str, int]] | None:
    """The names of a right-aligned header and where each ends, when `row` under it has a cell
    ending at every one of those places (R and pandas print both numbers and strings so):
    three names or more, one of them typing its column."""
    if not _FRAME_HEADER.fullmatch(header):
        return None
    keys = [(m.group(), m.end()) for m in re.finditer(r"\S+", header)]
    if len(keys) < 3 or not any(entity_for_key(k) for k, _ in keys) or not _ends_at(row, keys):
        return None
    return keys


def _ends_at(row: str, keys: list[tuple[str, int]]) -> bool:
    """Whether `row` has a cell ending at each key's end, and nothing past the last."""
    return len(row.rstrip()) == keys[-1][1] and all(row[end - 1] != " " and (end == len(row) or row[end] == " ") for _, end in keys)


def _right_aligned_rows(lines: list[str], offsets: list[int], i: int, keys: list[tuple[str, int]], text: str, out: list[tuple[int, int, str]]) -> int:
    """Type the rows under the right-aligned header at line `i` into `out`, each cell the text
    between the end of the column before and its own; the line after the table."""
    j = i + 1
    while j < len(lines) and _ends_at(lines[j], keys):
        line, start = lines[j], keys[0][1] - len(keys[0][0])
        for key, end in keys:
            cell = line[start:end]
            if cell.strip() and (span := typed_span(key, cell, offsets[j] + start, text)):
                out.append(span)
            start = end
        j += 1
    return max(j, i + 1)


def _aligned(line: str) -> list[re.Match[str]]:
    """The cells of a line whose cells stand two or more spaces apart; none for a line of prose."""
    cells = list(_GAPS.finditer(line))
    return cells if len(cells) >= 2 and all(line[a.end() : b.start()].count(" ") >= 2 or "\t" in line[a.end() : b.start()] for a, b in zip(cells, cells[1:])) else []


# SQL INSERT with no column list: `INSERT INTO staff VALUES (17, 'Ann Lee', '2-555-0100')`.
_BARE_INSERT = re.compile(r"(?is)\binsert\s+into\s+[\w.\"`\[\]]+\s+values\s*(?P<rows>(?:\((?:[^()']|'(?:[^']|'')*')*\)\s*,?\s*)+)")
_SQL_STRING = re.compile(r"'(?P<s>(?:[^']|'')*)'")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def person_rows(text: str) -> Iterator[tuple[int, int, str]]:
    """Phone numbers of a SQL row with no column list that holds a person's name ('Ann Lee', or
    'Ann', 'Lee'): the name is typed by its shape (`literals`), so the row is someone's record and a
    string of a phone's digits and separators in it is their number, in any national grouping."""
    for m in _BARE_INSERT.finditer(text):
        for row in _ROW.finditer(m.group("rows")):
            start = m.start("rows") + row.start("row")
            inner = row.group("row")
            if not any(True for _ in quoted_names(inner)):
                continue
            for item in _SQL_STRING.finditer(inner):
                value = item.group("s")
                if _PHONE_CELL.fullmatch(value) and sum(c.isdigit() for c in value) >= 7 and not _ISO_DATE.match(value):
                    yield start + item.start("s"), start + item.end("s"), "PHONE_NUMBER"


def insert_spans(text: str, rows: int = 2) -> list[tuple[int, int]]:
    """Spans of the SQL INSERT statements of `text` that hold `rows` rows or more."""
    if "insert" not in text.lower():
        return []
    return [m.span() for m in _INSERT.finditer(text) if len(_ROW.findall(m.group("rows"))) >= rows]


def insert_values(text: str) -> Iterator[tuple[int, int, str]]:
    yield from person_rows(text)
    for m in _INSERT.finditer(text):
        columns = [c.strip().strip("\"`[]") for c in m.group("cols").split(",")]
        base = m.start("rows")
        for row in _ROW.finditer(m.group("rows")):
            pos, values = row.start("row"), []
            inner = row.group("row")
            for item in _SQL_ITEM.finditer(inner):
                if item.end() == item.start():
                    break
                group = "s" if item.group("s") is not None else "o"
                values.append((item.group(group), item.start(group)))
                if item.end() >= len(inner):
                    break
            for column, (value, offset) in zip(columns, values):
                span = typed_span(column, value, base + pos + offset, text)
                if span:
                    yield span


# A slash with a space either side splits the columns of manifests and rooming lists typed by hand
# ("SURNAME / GIVEN / DOB / PASSPORT"); a bare slash is a date's or a path's.
_SPACED_SLASH = " / "
_DELIMITERS = (",", "\t", ";", "|", _SPACED_SLASH)
# A header's cell: a key in any alphabet ("móvil", "Straße"), a possessive, an ampersand, a slash or
# brackets in it ("Seaman's Book", "Date & place of birth", "Passport/ID", "Phone (mobile)"), or a
# row number's column ("#", "№", "No.").
_HEADER_CELL = re.compile(r"[^\W\d][\w \-.'’&/()]{0,40}|#|№|(?i:no|nr)\.?")


def table_cells(text: str) -> Iterator[tuple[int, int, str]]:
    """CSV, TSV and Markdown tables: a header line of keys types the cells of the lines below."""
    for _start, _end, span in _tables(text):
        if span is not None:
            yield span


def _table_blocks(text: str) -> Iterator[tuple[int, int]]:
    for start, end, span in _tables(text):
        if span is None:
            yield start, end


_FIELD_HEADERS = frozenset("field key value attribute property detail details parameter setting label data info information".split())
_RULE = re.compile(r"[ \t]*\+?-+(?:\+-+)+\+?[ \t]*")


def _tables(text: str) -> Iterator[tuple[int, int, tuple[int, int, str] | None]]:
    """Each table's cells typed by its header, then (start, end, None) for the table itself."""
    lines, offsets = text_lines(text)
    i = 0
    while i < len(lines) - 1:
        header = lines[i]
        # psql and MySQL rule their header off with "-" and "+" ("-----+------"): the rows follow it.
        ruled = "|" in header and _RULE.fullmatch(lines[i + 1]) is not None
        delimiter = "|" if ruled else next((d for d in _DELIMITERS if header.count(d) >= 1 and d in lines[i + 1]), None)
        columns = _split(header, delimiter) if delimiter else []
        # A header names two columns or more: "private String shippingCity;" is a statement.
        if sum(1 for c, _ in columns if c.strip()) < 2 or not all(_HEADER_CELL.fullmatch(c.strip()) for c, _ in columns if c.strip()):
            i += 1
            continue
        assert delimiter is not None  # the columns were split on it
        types = [entity_for_key(c.strip()) if c.strip() else None for c, _ in columns]
        if not any(types):
            i += 1
            continue
        j = i + 2 if ruled else i + 1
        while j < len(lines) and lines[j].count(delimiter) >= 1:
            cells = _split(lines[j], delimiter)
            if not re.fullmatch(r"[\s|:\-]*", lines[j]):
                for (column, _), (cell, offset) in zip(columns, cells):
                    if span := _cell_span(_weak_header(column.strip(), columns, types), cell, offsets[j] + offset, text):
                        yield 0, 0, span
            j += 1
        yield offsets[i], offsets[j - 1] + len(lines[j - 1]), None
        i = j


# Headers that abbreviate a postcode's name in the languages address exports come in: Spanish and
# French `CP` (código / code postal), Italian `CAP`, Dutch and English `PC`, Polish and Czech `kod`,
# Swiss `NPA`, Hungarian `irsz`, Scandinavian `postnr`. Each is also a word or another field's
# abbreviation (a market cap, a computer, a product code), so it types only a postcode-shaped cell,
# and only in a table another header already types (a person's or an address's record).
_POSTCODE_ABBREVIATIONS = frozenset("cp cap pc kod npa irsz postnr".split())
_ABBREVIATION_LETTERS = re.compile(r"[\W_]+")
_POSTCODE_SHAPED = re.compile(r"(?=(?:[^\d\n]*\d){4}|(?:[^A-Z\n]*[A-Z]){2})[A-Z]{0,2}-?\d[\dA-Z]{1,5}(?:[ \-][\dA-Z]{2,4})?")


# Headers that are a field's everyday word in one language and another word in English (or a common
# abbreviation): Turkish `ad` (given name), Croatian `grad` (town), Turkish `il` (province), Italian
# `via` (street), Indonesian `hp` (mobile). Each types its column only in a table whose other headers
# say whose record it is: `ad` beside a surname's column, `hp` in a person's table, a place in any
# typed table (a person's or an address's).
_WEAK_HEADERS = {
    "ad": ("firstname", "lastname"),
    # English manifests and rooming lists: "SURNAME / GIVEN / DOB", "Last | First | Room".
    "given": ("firstname", "lastname"),
    "first": ("firstname", "lastname"),
    "hp": ("phone", "PERSON"),
    # A crew list's or a manifest's travel document: "doc_no", "DOC" beside a date of birth (an
    # accounts export's "Doc No." has none).
    "doc": ("passport", "DATE_OF_BIRTH"),
    "doc_no": ("passport", "DATE_OF_BIRTH"),
    "doc no": ("passport", "DATE_OF_BIRTH"),
    "doc no.": ("passport", "DATE_OF_BIRTH"),
    "doc_number": ("passport", "DATE_OF_BIRTH"),
    "document": ("passport", "DATE_OF_BIRTH"),
    "document no": ("passport", "DATE_OF_BIRTH"),
    "document_no": ("passport", "DATE_OF_BIRTH"),
    "document number": ("passport", "DATE_OF_BIRTH"),
    "document_number": ("passport", "DATE_OF_BIRTH"),
    "grad": ("city", None),
    "il": ("province", None),
    "via": ("street", None),
}


def _weak_header(column: str, columns: list[tuple[str, int]], types: list[str | None]) -> str:
    """The key a weak header (`_WEAK_HEADERS`) stands for when its table agrees, else the header as written."""
    weak = _WEAK_HEADERS.get(column.lower())
    if weak is None:
        return column
    key, needs = weak
    if needs is None and any(types) or needs in types:
        return key
    return key if needs == "lastname" and any(key_words(c.strip()) in _SURNAME_KEYS for c, _ in columns) else column


# How a surname's column is headed: "Nachname" and "soyad" are read as `lastname` by `key_words`.
_SURNAME_KEYS = (["lastname"], ["surname"], ["last", "name"], ["family", "name"], ["familyname"], ["last"])


# Headers of where someone works or is seen (`Site`, `Branch`, `Office`, `Depot`): a cell under one
# is a place when a place list has it ("Tengen", "Nsukka"), and only in a table another header
# types; "staging", "HQ" or "Build 2" stay.
_SITE_HEADERS = frozenset("site base branch office location depot store campus clinic venue plant warehouse hub".split())


def _site_cell(cell: str, at: int) -> tuple[int, int, str] | None:
    from privacy_gateway.detection.places import any_place  # loaded late: keeps the import chain short

    bare = cell.strip()
    if not bare[:1].isupper() or is_software(bare) or not any_place(bare):
        return None
    start = at + cell.find(bare)
    return start, start + len(bare), "LOCATION"


def _cell_span(column: str, cell: str, at: int, text: str) -> tuple[int, int, str] | None:
    """A cell typed by its column's header; a postcode under an abbreviated header by its shape,
    a listed place under a site's header."""
    if not column:
        return None
    if (words := key_words(column)) and words[-1] in _SITE_HEADERS:
        return _site_cell(cell, at)
    if _ABBREVIATION_LETTERS.sub("", column.lower()) in _POSTCODE_ABBREVIATIONS:  # "CP", "c.p.", "Kod"
        bare = cell.strip()
        if _POSTCODE_SHAPED.fullmatch(bare) and sum(c.isdigit() for c in bare) >= 2:
            start = at + cell.find(bare)
            return start, start + len(bare), "LOCATION"
        return None
    return typed_span(column, cell, at, text)


def _split(line: str, delimiter: str | None) -> list[tuple[str, int]]:
    """The cells of one line with their offsets; quotes as CSV has them."""
    if delimiter is None:
        return []
    if delimiter == _SPACED_SLASH:
        out, pos = [], 0
        for cell in line.split(delimiter):
            out.append((cell, pos))
            pos += len(cell) + len(delimiter)
        return out
    try:
        cells = next(csv.reader([line], delimiter=delimiter, skipinitialspace=False))
    except (csv.Error, StopIteration):
        return []
    out, pos = [], 0
    for cell in cells:
        at = line.find(cell, pos) if cell else pos
        if at < 0:
            return []
        out.append((cell, at))
        pos = at + len(cell)
        nxt = line.find(delimiter, pos)
        pos = nxt + 1 if nxt >= 0 else len(line)
    if delimiter == "|":
        out = [(c, o) for c, o in out]
        if out and not out[0][0].strip():
            out = out[1:]
        if out and not out[-1][0].strip():
            out = out[:-1]
    return out


_PHONE_CELL = re.compile(r"\+?\(?\d[\d ()\-./]{6,18}\d")
_POSTCODE_CELL = re.compile(r"\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4} ?[A-Z]{2}")


# Two lines in a row, each with a delimiter: the least a table shows.
_TWO_DELIMITED_LINES = re.compile(r"^[^\n]*[;\t|,][^\n]*\n[^\n]*[;\t|,]", re.MULTILINE)


def records(text: str) -> Iterator[tuple[int, int, str]]:
    """Rows of a table with no header, read as records of people.

    Two or more lines split the same way by one delimiter: a column whose every cell is a name
    (alphabetic words, no function or technical word) is PERSON. A row holding a quoted
    "Last, First" is someone's record, and its phone- and postcode-shaped cells go with it.
    Technical text is left alone: there a column of words is more often enum values.
    """
    if not _TWO_DELIMITED_LINES.search(text) and '"' not in text or describe(text).technical:
        return
    for lines in delimited_runs(text):
        for row in lines:
            for cell, offset in row:
                quoted = cell.strip()
                if "," in quoted and person_name(quoted) and text[offset - 1 : offset] == '"':
                    yield offset, offset + len(cell), "PERSON"
                    for other, at in row:
                        bare = other.strip()
                        if _PHONE_CELL.fullmatch(bare) and sum(c.isdigit() for c in bare) >= 8:
                            yield at, at + len(bare), "PHONE_NUMBER"
                        elif _POSTCODE_CELL.fullmatch(bare):
                            yield at, at + len(bare), "LOCATION"
        keyed = bool(lines) and any(entity_for_key(c.strip()) for c, _ in lines[0])
        if lines and not keyed and _key_shaped_header(lines):
            continue  # a header no key list knows ("campaign,ad,clicks"): its columns are `_tables`' to type, none here
        header = lines[0] if keyed else None
        if header is not None:
            lines = lines[1:]  # a header: typed by `_tables`
        if len(lines) < 2:
            continue
        width = min(len(row) for row in lines)
        for column in range(width):
            if header is not None and column < len(header) and _names_things(header[column][0]):
                continue  # "brand", "exchange", "hotel": a column of firms, products or places, whatever names they bear
            cells = [row[column] for row in lines]
            # A one-letter cell is a code ("F", "M", "Y"), never a name.
            if all(person_name(c) and c.strip()[:1].isupper() and len(c.strip()) > 1 and not is_software(c) for c, _ in cells):
                for cell, at in cells:
                    bare = cell.strip()
                    start = at + cell.find(bare)
                    yield start, start + len(bare), "PERSON"


# A header's cell in snake case or lower-case words ("rate_eur", "fttp_share", "brand"): no row of
# data writes every cell so.
_KEY_CELL = re.compile(r"[a-z][a-z0-9]*(?:[_ ][a-z0-9]+)*")
# What a column of a table names when it holds no person, though its cells are capitalised words:
# firms, brands, products, places, departments, roles and days (a hotel "brand" of "Hilton" and
# "Independent", a telephone "exchange" of "Stanley" and "Hope", a rental "station" of "Avis").
_THING_HEADS = frozenset(
    """brand brands make model product item sku exchange station stations hotel hotels property venue site sites
    branch depot store shop office warehouse airport airline carrier operator network provider supplier company
    firm chain franchise group bank insurer lender manufacturer publisher imprint label channel team club league
    region area city town county country state district route service plan tariff category type status genre
    dept department division role title position job shift day weekday month""".split()
)


def _key_shaped_header(lines: list[list[tuple[str, int]]]) -> bool:
    """Whether the first row is written as a header's keys are ("rate_eur", "brand", "exchange")
    above rows that are not; asked of a first row that names no field a key list knows."""
    first = [c.strip() for c, _ in lines[0]]
    return all(_KEY_CELL.fullmatch(c) for c in first) and not all(_KEY_CELL.fullmatch(c.strip()) for row in lines[1:] for c, _ in row)


def _names_things(cell: str) -> bool:
    """Whether a header's cell names firms, products or places (`_THING_HEADS`, its last word
    deciding: "hotel_brand", "rental company") and no person ("brand_manager" is someone)."""
    words = key_words(cell.strip())
    return bool(words) and words[-1] in _THING_HEADS and entity_for_key(cell.strip()) != "PERSON"


# A column's header that names a firm or a product ("company", "hq_brand", "sponsor", "supplier"):
# a cell under it is the firm's name, though a person's name it bears ("Ted Baker", "Tory Burch").
_FIRM_HEADS = frozenset(
    """brand brands make product company companies firm manufacturer maker supplier vendor sponsor sponsors
    advertiser publisher label chain franchise bank insurer lender airline""".split()
)


def firm_cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a short cell (four words at most) of a delimited table (a CSV,
    TSV or semicolon table with a header of names) whose column's header names firms or products,
    no person ("Dr. Martens" under "company")."""
    if end > line_end(text, start) or (found := _table_header(text, start)) is None:
        return False
    delimiter, header_line, row = found
    column = row[: start - (text.rfind("\n", 0, start) + 1)].count(delimiter)
    cell = row.split(delimiter)[column]
    if len(cell.split()) > 4:
        return False  # a note's sentence in the cell ("Acme, ask Ann Smith"), no firm's name alone
    header = header_line.split(delimiter)
    if not all(_HEADER_CELLS.fullmatch(c) for c in header) or column >= len(header):
        return False
    words = key_words(header[column].strip())
    return bool(words) and words[-1] in _FIRM_HEADS and entity_for_key(header[column].strip()) != "PERSON"


def delimited_runs(text: str) -> Iterator[list[list[tuple[str, int]]]]:
    """Runs of consecutive lines with the same number (one or more) of one delimiter: each table of
    `text`, its rows each a list of (cell, offset)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i][0]
        delimiter = next((d for d in (";", "\t", "|", ",") if line.count(d) >= 1), None)
        if delimiter is None:
            i += 1
            continue
        j = i
        rows: list[list[tuple[str, int]]] = []
        while j < len(lines) and lines[j][0].strip():
            cells = _split(lines[j][0], delimiter)
            # Prose has commas: a comma-separated row needs three cells.
            if not cells or (rows and len(cells) != len(rows[0])) or len(cells) < (3 if delimiter == "," else 2):
                break
            rows.append([(c, lines[j][1] + o) for c, o in cells])
            j += 1
        if rows:
            yield rows
        i = max(j, i + 1)


# A delimited table's header: two delimiters or more, no digit, each cell a name of one to three
# words ("built", "doc_type", "Date of birth"), never a sentence's clause.
_HEADER_CELLS = re.compile(r"[ \t]*[^\W\d][\w.\-/#']*(?:[ ][\w.\-/#'()]+){0,2}[ \t]*")
_ROW_DELIMITERS = (",", ";", "\t")  # not a Markdown table's bars: its rows are as often a field and its value


def row_under_placeless_header(text: str, at: int) -> bool:
    """Whether the line at `at` is a row under a delimited table's header that names no place column
    ("vessel,operator,type,built" over "Sleipnir,Heerema,crane vessel,2019"): the header says what
    each cell is, and a number closing a row is a year or a count, no postcode (`tables` types the
    columns a header names as places: `address_parts.AddressStructureRecognizer` asks this)."""
    if (found := _table_header(text, at)) is None:
        return False
    delimiter, header_line, _ = found
    header = header_line.strip().split(delimiter)
    if not all(_HEADER_CELLS.fullmatch(cell) for cell in header):
        return False
    return not any(_place_column(cell.strip(), header) for cell in header if cell.strip())


def _table_header(text: str, at: int) -> tuple[str, str, str] | None:
    """(delimiter, header line, row line) of the line holding `at` when it is a row of a delimited
    table: split by two or more of one of `_ROW_DELIMITERS`, under lines split as often, the first
    of which is the header; None for a line that opens its run or is no row."""
    row_start = text.rfind("\n", 0, at) + 1
    row = text[row_start : line_end(text, at)]
    delimiter = next((d for d in _ROW_DELIMITERS if row.count(d) >= 2), None)
    if delimiter is None:
        return None
    header_start = row_start
    while header_start > 0:
        above = text.rfind("\n", 0, header_start - 1) + 1
        if text[above : header_start - 1].count(delimiter) != row.count(delimiter):
            break
        header_start = above
    if header_start == row_start:
        return None
    return delimiter, text[header_start : line_end(text, header_start)], row


# A stock list's columns beside "unit", which there is a unit of measure, no flat ("sku,description,unit,qty").
_MEASURED = frozenset("qty quantity price cost amount sku description item product total each uom pack".split())


def _place_column(cell: str, header: list[str]) -> bool:
    """Whether a header's cell names a place column; "unit" beside a quantity's or a price's is a measure."""
    if entity_for_key(cell) != "LOCATION":
        return False
    return not (cell.lower() in ("unit", "units") and any(c.strip().lower() in _MEASURED for c in header))


def typed_by_header(text: str, at: int) -> bool:
    """Whether the cell at `at` stands in a table whose header says it is no place: a row under a
    header that names no place column (`row_under_placeless_header`), or a cell of a Markdown
    table's column that its header names as something else ("| Building | Place | Completed |"
    over "| Fallingwater | Mill Run, Pennsylvania | 1939 |": the year a building was completed)."""
    if row_under_placeless_header(text, at):
        return True
    lines = text.split("\n")
    row = text.count("\n", 0, at)
    if lines[row].count("|") < 2:
        return False
    i = row
    while i > 0 and lines[i - 1].count("|") >= 2:
        i -= 1
    if i + 1 >= row or not _MARKDOWN_RULE.fullmatch(lines[i + 1].strip()):
        return False  # no header over a rule: a field and its value between bars, as often as a table
    header = [cell.strip() for cell in lines[i].strip().strip("|").split("|")]
    if any(cell.lower() in _FIELD_HEADERS for cell in header):
        return False  # "| Field | Value |": each row's first cell says what its value is
    line_start = text.rfind("\n", 0, at) + 1
    before = lines[row][: at - line_start]
    column = before.lstrip().lstrip("|").count("|")
    cell = lines[row][at - line_start :].split("|", 1)[0].strip()
    # Only a number alone in its cell (a year, a count): an address written whole in a "Notes" or
    # "Comments" column is still read.
    return cell.isdigit() and column < len(header) and bool(header[column]) and not _place_column(header[column], header)


_FIELD_HEADERS = frozenset("field key value attribute property detail details parameter setting label data info information".split())
_MARKDOWN_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")
