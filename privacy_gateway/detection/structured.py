"""Values typed by the key they sit under: JSON, YAML, CSV/TSV, SQL, `key=value` logs, headers.

Internal tools send records, not prose: `{"customer": "maria lopez"}`, `assignee: jdoe`,
`INSERT INTO users (name, city) VALUES ('Ann Lee', 'Leeds')`, `Author: Ann Lee <ann@x.org>`.
spaCy sees no sentence there and lower-case names look like words; the key says what the value
is. Presidio's `presidio-structured` has the same idea but takes a parsed DataFrame or dict and
types a column by analysing its values; prompts carry fragments of structure inside prose (cut
JSON, a log line, a table pasted into a question), so this module scans the text itself with a
few patterns, one per way of writing a key next to a value, and types the value by its key.

A key's words (snake, camel, kebab or spaced, any case) decide its type; the value's shape must
agree: a person's name is 1-4 alphabetic words with no `_`, `/`, digits or technical words, so
`"name": "billing-service"` or `name: Checkout code` stay. A bare `name` is a person's only
when nothing around it reads like a manifest (package.json, Kubernetes, CI workflows).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from typing import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from privacy_gateway.detection.doc_tokens import token_starting
from privacy_gateway.detection.lexicon import common_word, english_form, first_names
from privacy_gateway.detection.software import is_software
from privacy_gateway.detection.text_kind import describe
from privacy_gateway.detection.field_keys import (
    entity_for_key,
    key_words,
    listed_person,
    in_person_record,
    person_name,
    typed_span,
)
from privacy_gateway.detection.literals import quoted_names
from privacy_gateway.detection.name_cues import NOT_SPEAKERS


# "key": "value", 'key': 'value', key: "value", \"key\": \"value\" (JSON inside a JSON string).
_QUOTED_PAIR = re.compile(
    r"""(?:(?P<q>["'])(?P<qkey>[A-Za-z_][\w\- ]{0,40}?)(?P=q)|(?<![\w.])(?P<key>[A-Za-z_][\w\-]{0,40}))"""
    r"""\s*(?::|=>|==?|\bLIKE\b|\bILIKE\b)\s*(?P<vq>["'])(?P<value>[^\s{\["'](?:(?!(?P=vq)|\n).){0,199}?)(?P=vq)""",
    re.IGNORECASE,
)
# A JSON list of strings under a key: "reviewers": ["Ann Lee", "bo chen"] (one line; no nested objects).
_QUOTED_LIST = re.compile(r"""(?P<q>["'])(?P<key>[A-Za-z_][\w\- ]{0,40}?)(?P=q)\s*:\s*\[(?P<items>[^\[\]{}\n]{1,2000})\]""")
_LIST_ITEM = re.compile(r"""(?P<q>["'])(?P<value>[^"'\n]{1,200})(?P=q)""")
# key=value and key: value without quotes, to the end of the value (log lines, YAML, headers).
_BARE_PAIR = re.compile(
    r"""(?:(?<=[\s,;&?{(\[|])|^)(?P<key>[A-Za-z_][\w\-.]{0,40})(?P<sep>=|:[ \t]+|:(?=\S))(?P<value>[^\s"'=,;&|<>{}\[\]()]"""
    r"""[^\n"'=,;&|{}\[\]()]{0,120}?)(?=\s*(?:$|[,;&|}\])\n]|\s[A-Za-z_][\w\-.]{0,40}=))""",
    re.MULTILINE,
)
# An INI, TOML or .properties line with spaces around `=`: `last = Lee`, `customer.phone = +44 …`
# (a whole line, so `total = price * qty` in code, with no typed key, is never read).
_SPACED_PAIR = re.compile(
    r"""^[ \t]*(?P<key>[A-Za-z_][\w\-.]{0,40})[ \t]+=[ \t]+(?P<value>[^\s"'=,;&|<>{}\[\]()][^\n"'=;&|<>{}\[\]()]{0,120}?)[ \t]*$""",
    re.MULTILINE,
)
_DOTTED = re.compile(r"[a-z]\.[a-z]")
# A URL query or a form body line: `?owner=Ann.Lee&city=Leeds HTTP/1.1`, `full_name=Ann+Lee&…`. The value runs to the next
# `&`, `#` or space (a URL holds no raw space); `+` is a space there.
_QUERY_PAIR = re.compile(r"(?:(?<=[?&])|^(?=[^\s=]+=[^\n]*&))(?P<key>[A-Za-z_][\w\-.]{0,40})=(?P<value>[^\s&#\"'<>=]{1,200})", re.MULTILINE)
# e-mail and git headers: "From: Ann Lee <ann@x.org>", "Author: ann lee <ann@x.org>".
_HEADER_PERSON = re.compile(
    r"(?im)^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|author|commit|committer|co-authored-by|signed-off-by|"
    r"reviewed-by|reported-by|tested-by|acked-by)[ \t]*:[ \t]*(?P<list>[^\n]*<[^\n]*>[^\n]*)$"
)
_HEADER_ENTRY = re.compile(r"(?P<name>\"?[^<>,\"\n]+?\"?)\s*<[^<>\n]*>")
# Code comments that name someone: "TODO(Ann Lee):", "FIXME(alee)", "@author Ann Lee".
_CODE_PERSON = re.compile(
    r"\b(?:TODO|FIXME|XXX|HACK|NOTE|BUG|OPTIMIZE|REVIEW)\s*\(\s*@?(?P<tag>[^()\n]{2,60}?)\s*\)"
    r"|@(?:author|maintainer|owner|reviewer)\s+(?P<doc>[^\n<*@]{2,60}?)(?=\s*(?:<|\*/|$))",
    re.MULTILINE,
)
# An XML element holding text: `<FirstName>Ann</FirstName>`, `<cus:Phone>…</cus:Phone>` (SOAP, XML
# exports); the namespace prefix is no part of the key.
_XML_ELEMENT = re.compile(
    r"<(?:[A-Za-z_][\w.\-]*:)?(?P<key>[A-Za-z_][\w.\-]{0,40})(?:\s[^<>]*)?>(?P<value>[^<>\n]{1,200})"
    r"</(?:[A-Za-z_][\w.\-]*:)?(?P=key)\s*>"
)
# SQL INSERT with a column list.
_INSERT = re.compile(
    r"(?is)\binsert\s+into\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()]{1,600})\)\s*values\s*(?P<rows>(?:\((?:[^()']|'(?:[^']|'')*')*\)\s*,?\s*)+)"
)
_ROW = re.compile(r"\((?P<row>(?:[^()']|'(?:[^']|'')*')*)\)")
_SQL_ITEM = re.compile(r"\s*(?:'(?P<s>(?:[^']|'')*)'|(?P<o>[^,]*))\s*(?:,|$)")


class StructuredValueRecognizer(EntityRecognizer):
    """Values typed by their key in records of any format (see the module docstring)."""

    name: str  # set by EntityRecognizer.__init__; declared for the type checker

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
            name="StructuredValueRecognizer",
            supported_language="en",
        )

    def load(self) -> None:  # nothing to load: patterns compile at import
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not any(c in text for c in ":=,\t|<@(") and "like '" not in text.lower():
            return []  # no key, cell, header or SQL `LIKE 'value'` to read
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
        }
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        found = {(s, e): entity for s, e, entity in self.spans(text, doc) if entity in entities and e > s}
        return [RecognizerResult(entity, s, e, 0.85, recognition_metadata=dict(metadata)) for (s, e), entity in found.items()]

    def spans(self, text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
        """Every (start, end, entity) a key types in `text`."""
        yield from _quoted(text)
        yield from _bare(text)
        yield from _people_listed(text)
        yield from quoted_names(text)
        if "</" in text:
            yield from _elements(text)
        yield from records(text)
        if "insert" in text.lower():
            yield from insert_values(text)
        yield from table_cells(text)
        yield from speaker_labels(text, doc)


def _quoted(text: str) -> Iterator[tuple[int, int, str]]:
    """Values under quoted keys (JSON, YAML, Python dicts), and the items of a quoted key's list."""
    # JSON inside a JSON string (tool-call arguments) escapes its quotes: read \" as " (same length).
    unescaped = re.sub(r'\\+"', lambda m: " " * (len(m.group()) - 1) + '"', text) if '\\"' in text else text
    for m in _QUOTED_PAIR.finditer(unescaped):
        key = m.group("qkey") or m.group("key")
        span = typed_span(key, m.group("value"), m.start("value"), text, in_person_record(unescaped, key, m.start()))
        if span:
            yield span
    if "[" in unescaped:
        for m in _QUOTED_LIST.finditer(unescaped):
            if entity_for_key(m.group("key")) is None:
                continue
            for item in _LIST_ITEM.finditer(m.group("items")):
                span = typed_span(m.group("key"), item.group("value"), m.start("items") + item.start("value"), text)
                if span and (span[2] != "PERSON" or listed_person(text[span[0] : span[1]])):
                    yield span


def _bare(text: str) -> Iterator[tuple[int, int, str]]:
    """Values after bare `key: value` / `key=value` pairs, and in URL query strings."""
    for m in _BARE_PAIR.finditer(text):
        value, end = m.group("value"), m.end("value")
        if m.group("sep") != "=" and entity_for_key(m.group("key")) == "LOCATION":
            # "Address: 12 Main St, Springfield": an address runs on over commas to the line's end.
            line_end = text.find("\n", end)
            value = text[m.start("value") : len(text) if line_end < 0 else line_end].rstrip(" .\t")
        span = typed_span(m.group("key"), value, m.start("value"), text, in_person_record(text, m.group("key"), m.start()))
        if span:
            yield span
            if span[2] == "PERSON" and _lists_people(m.group("key")):
                yield from _more_people(text, span[1])
    if " = " in text:
        for m in _SPACED_PAIR.finditer(text):
            if _DOTTED.search(m.group("value")):
                continue  # `owner = self.owner`: an assignment in code
            key = m.group("key").rsplit(".", 1)[-1]
            span = typed_span(key, m.group("value"), m.start("value"), text, in_person_record(text, key, m.start()))
            if span:
                yield span
    if "=" in text and ("?" in text or "&" in text):
        for m in _QUERY_PAIR.finditer(text):
            span = typed_span(m.group("key"), m.group("value").replace("+", " "), m.start("value"), text)
            if span:
                yield span


def _elements(text: str) -> Iterator[tuple[int, int, str]]:
    """Values of XML elements typed by their tag: `<LastName>Lee</LastName>`, `<cus:Phone>…</cus:Phone>`."""
    for m in _XML_ELEMENT.finditer(text):
        key = m.group("key")
        span = typed_span(key, m.group("value"), m.start("value"), text, in_person_record(text, key, m.start("key")))
        if span:
            yield span


def _lists_people(key: str) -> bool:
    """Whether a bare key heads a list of people: `attendees:`, `reviewers=`, `cc:`."""
    words = key_words(key)
    return bool(words) and (words[-1] in ("cc", "bcc", "to") or words[-1].endswith("s") and entity_for_key(key) == "PERSON")


# The next item of a list on the same line: ", mei ling", " and oskar", "; Ann Lee".
_NEXT_ITEM = re.compile(r"[ \t]*(?:,|;|&|\band\b|\bund\b|\bet\b)[ \t]*(?:and[ \t]+)?(?P<item>[^\W\d_][^,;&\n]{0,60}?)(?=[ \t]*(?:$|[,;&.\n]|\band\b))", re.MULTILINE)


def _more_people(text: str, at: int) -> Iterator[tuple[int, int, str]]:
    """The people after the first in a list under a people key (`attendees: tanvir, mei ling, oskar`):
    each item a name by shape, two words or one that is no English word."""
    while (m := _NEXT_ITEM.match(text, at)) is not None:
        item = m.group("item")
        span = person_name(item)
        words = item.split()
        if span is None or not (len(words) >= 2 or not common_word(words[0])):
            return
        yield m.start("item") + span[0], m.start("item") + span[1], "PERSON"
        at = m.end("item")


def _people_listed(text: str) -> Iterator[tuple[int, int, str]]:
    """People named in mail and git headers (`Author: Ann Lee <ann@x.org>`) and code tags (`@author`)."""
    for m in _HEADER_PERSON.finditer(text):
        for entry in _HEADER_ENTRY.finditer(m.group("list")):
            name = person_name(entry.group("name"))
            if name:
                base = m.start("list") + entry.start("name")
                yield base + name[0], base + name[1], "PERSON"
    for m in _CODE_PERSON.finditer(text):
        group = "tag" if m.group("tag") else "doc"
        name = person_name(m.group(group))
        if name:
            yield m.start(group) + name[0], m.start(group) + name[1], "PERSON"


# A transcript line: "Ann Lee: …", "[10:02] Ann: …", "10:02 PM - Ann: …", "<ann> …" (IRC).
_SPEAKER_LINE = re.compile(
    r"^[ \t>*\-]*(?P<stamp>\[[^\]\n]{1,24}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\)?[ \t]*(?:[\-–|][ \t]*)?)?"
    r"(?:(?P<label>[^\W\d_](?:[^\W\d_]|['’.\- ]){0,40}?)[ \t]*:|<[@+%]?(?P<nick>[A-Za-z][\w\-.|^`]{0,30})>)[ \t]+\S",
    re.MULTILINE,
)


# Exceptions and errors named in a trace or a log: `TypeError: …`, `ModuleNotFoundError: …`.
_ERROR_NAME = re.compile(r"(?:[\w$]+\.)*[A-Z]\w*(?:Error|Exception|Warning|Fault|Failure|Interrupt|Exit|Panic)")
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "PRON", "DET", "SCONJ", "CCONJ", "NUM", "PART", "INTJ"})


def transcript_lines(text: str) -> list[list[re.Match[str]]]:
    """Runs of labelled lines at most two lines apart; a run is a transcript when a label comes
    back in it or its lines carry timestamps."""
    runs: list[list[re.Match[str]]] = []
    last_line = -10
    for m in _SPEAKER_LINE.finditer(text):
        line = text.count("\n", 0, m.start())
        if line - last_line > 2 or not runs:
            runs.append([])
        runs[-1].append(m)
        last_line = line
    out = []
    for run in runs:
        counts = Counter((m.group("label") or m.group("nick") or "").lower() for m in run)
        if len(run) >= 2 and (max(counts.values()) >= 2 or any(m.group("stamp") for m in run) or len(counts) == len(run) == sum(1 for m in run if m.group("nick"))):
            out.append(run)
    return out


_HEADER_NAME = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+")  # Accept-Language, X-Request-Id, WWW-Authenticate
# Words HTTP and mail header names are made of: "Anna-Maria:" is a speaker, "Content-Type:" is not.
_HEADER_WORDS = frozenset(
    """accept agent age alive allow api auth authenticate authorization cache ch charset content control cookie
    correlation credentials csrf date dest disposition dnt encoding etag expect expires fetch for forwarded frame
    from headers host id if insecure ip keep key language last length limit link location max match method mode
    modified none options origin platform policy powered proto protection proxy range rate real referer referrer
    remaining request requests reset retry sec security server set since site span strict token trace transfer
    transport type ua upgrade user vary via www xss""".split()
)
_VALUE = re.compile(r"\S*[/.=@:\d]\S*")  # a token with a path, domain, number or assignment in it


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _field_line(label: str, rest: str) -> bool:
    """A header or a field, not a line of speech: a hyphenated header name ("Accept-Language:"),
    or a single value after the colon ("Host: api.example.com", "Mobile: 0171 2345678")."""
    name = label.strip()
    if _HEADER_NAME.fullmatch(name) and (name.startswith("X-") or any(p.lower() in _HEADER_WORDS for p in name.split("-"))):
        return True
    value = rest.strip()
    # "Link: <https://…>; rel=next", "Location: https://…": a header's value is a URL, not speech.
    if value.startswith("<") or "://" in value.split(" ", 1)[0]:
        return True
    return bool(value) and (_VALUE.fullmatch(value) is not None or value.replace(" ", "").lstrip("+").isdigit())


def speaker_labels(text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
    """Speakers of a transcript: "Ann Lee: …", "[10:02] ann: …", "<ann> …".

    A label line is a speaker's inside a transcript (a label said twice, or timestamps) or when
    spaCy calls the label a proper noun; never a role, a field, a header, a verb ("Summarize:")
    or an adjective ("Expected:").
    """
    if "\n" not in text:
        return
    in_transcript = {m.start() for run in transcript_lines(text) for m in run}
    technical = describe(text).technical
    for m in _SPEAKER_LINE.finditer(text):
        transcript = m.start() in in_transcript
        if m.group("nick"):
            if transcript and "</" not in text:
                yield m.start("nick"), m.end("nick"), "PERSON"
            continue
        label = m.group("label")
        # A lower-case label counts only after a timestamp: "[10:03] dmitri: sure".
        if not label or not (label[0].isupper() or m.group("stamp")):
            continue
        words = label.split()
        if len(words) > 3 or " ".join(words).lower() in NOT_SPEAKERS or words[0].lower() in NOT_SPEAKERS:
            continue
        if _ERROR_NAME.fullmatch(label.strip()) or _field_line(label, text[m.end() - 1 : _line_end(text, m.end())]):
            continue
        if entity_for_key(label) is not None or person_name(label) is None or is_software(label):
            continue
        first = token_starting(doc, m.start("label")) if doc is not None else None
        # A label in capitals that a transcript repeats is a speaker, however the tagger reads it ("LUAN:").
        if first is not None and first.pos_ in _NOT_NAME_POS and label[0].isupper() and not (transcript and label.isupper()):
            continue
        # "DETAIL:", "HINT:", "STATEMENT:": a log's field in capitals, each word English and no
        # one's name (a shouted "JOHN:" is a census name and stays a speaker).
        if label.isupper() and not transcript and all(common_word(w) for w in words):
            continue
        # "Filter:", "Planning Time:", "Rows Removed by Filter:" in an EXPLAIN plan or a tool's
        # output: in technical text, a label of English words none of which is a first name.
        if technical and all(english_form(w.lower()) and w.lower() not in first_names() for w in words):
            continue
        # A recognizer trained on names also tags labels ("Background:", "Thought:") as people.
        proper = first is not None and (first.pos_ == "PROPN" or first.ent_type_ == "PERSON" and not common_word(words[0]))
        if transcript or proper:
            yield m.start("label"), m.start("label") + len(label.rstrip()), "PERSON"


def blocks(text: str) -> list[tuple[int, int]]:
    """Spans that must be read whole to be typed: tables with their header, transcripts."""
    out = list(_table_blocks(text))
    for rows in _delimited_runs(text) if _TWO_DELIMITED_LINES.search(text) else ():
        if len(rows) >= 2:
            out.append((rows[0][0][1], rows[-1][-1][1] + len(rows[-1][-1][0])))
    if "\n" in text:
        out += [(run[0].start(), run[-1].end()) for run in transcript_lines(text)]
    return out


def insert_values(text: str) -> Iterator[tuple[int, int, str]]:
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


_DELIMITERS = (",", "\t", ";", "|")


def table_cells(text: str) -> Iterator[tuple[int, int, str]]:
    """CSV, TSV and Markdown tables: a header line of keys types the cells of the lines below."""
    for _start, _end, span in _tables(text):
        if span is not None:
            yield span


def _table_blocks(text: str) -> Iterator[tuple[int, int]]:
    for start, end, span in _tables(text):
        if span is None:
            yield start, end


def _tables(text: str) -> Iterator[tuple[int, int, tuple[int, int, str] | None]]:
    """Each table's cells typed by its header, then (start, end, None) for the table itself."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines) - 1:
        header = lines[i]
        delimiter = next((d for d in _DELIMITERS if header.count(d) >= 1 and d in lines[i + 1]), None)
        columns = _split(header, delimiter) if delimiter else []
        # A header names two columns or more: "private String shippingCity;" is a statement.
        if sum(1 for c, _ in columns if c.strip()) < 2 or not all(re.fullmatch(r"[A-Za-z_][\w \-.]{0,40}", c.strip()) for c, _ in columns if c.strip()):
            i += 1
            continue
        assert delimiter is not None  # the columns were split on it
        types = [entity_for_key(c.strip()) if c.strip() else None for c, _ in columns]
        if not any(types):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].count(delimiter) >= 1:
            cells = _split(lines[j], delimiter)
            if not re.fullmatch(r"[\s|:\-]*", lines[j]):
                for (column, _), (cell, offset) in zip(columns, cells):
                    if column.strip():
                        span = typed_span(column.strip(), cell, offsets[j] + offset, text)
                        if span:
                            yield 0, 0, span
            j += 1
        yield offsets[i], offsets[j - 1] + len(lines[j - 1]), None
        i = j


def _split(line: str, delimiter: str | None) -> list[tuple[str, int]]:
    """The cells of one line with their offsets; quotes as CSV has them."""
    if delimiter is None:
        return []
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
    for lines in _delimited_runs(text):
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
        if lines and any(entity_for_key(c.strip()) for c, _ in lines[0]):
            lines = lines[1:]  # a header: typed by `_tables`
        if len(lines) < 2:
            continue
        width = min(len(row) for row in lines)
        for column in range(width):
            cells = [row[column] for row in lines]
            if all(person_name(c) and c.strip()[:1].isupper() and not is_software(c) for c, _ in cells):
                for cell, at in cells:
                    bare = cell.strip()
                    start = at + cell.find(bare)
                    yield start, start + len(bare), "PERSON"


def _delimited_runs(text: str) -> Iterator[list[list[tuple[str, int]]]]:
    """Runs of consecutive lines with the same number (one or more) of one delimiter."""
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
