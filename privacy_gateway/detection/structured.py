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
Tables and SQL rows (`tables.py`) and transcript speakers (`speakers.py`) are read in their own
modules; the recognizer here runs the readers it is given.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, Sequence
from urllib.parse import unquote_plus

import regex

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from privacy_gateway.detection.base import GatewayRecognizer
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, listed_family, listed_given
from privacy_gateway.detection.field_keys import (
    LOOSE_PLACE,
    birth_key,
    entity_for_key,
    form_label,
    listed_person,
    in_person_record,
    person_name,
    postcode_key,
    typed_span,
)
from privacy_gateway.detection.key_words import key_words
from privacy_gateway.detection.memo import per_analysis
from privacy_gateway.detection.lines import line_end, text_lines
from privacy_gateway.detection.literals import address_arguments, quoted_names
from privacy_gateway.detection.postcodes import postcode_valid
from privacy_gateway.detection.record_values import PLACE_SHAPE, literal_places
from privacy_gateway.detection.software import is_software, tool_sender

# "key": "value", 'key': 'value', key: "value", \"key\": \"value\" (JSON inside a JSON string).
_QUOTED_PAIR = re.compile(
    r"""(?:(?P<q>["'`])(?P<qkey>[A-Za-z_][\w\- ]{0,40}?)(?P=q)|(?:(?<![\w.])|(?<=[A-Za-z_\d\]]\.))(?P<key>[A-Za-z_][\w\-]{0,40}))"""
    r"""\s*(?::|=>|==?|\bLIKE\b|\bILIKE\b)\s*(?P<vq>["'])(?P<value>[^\s{\["'](?:(?!(?P=vq)|\n).){0,199}?)(?P=vq)""",
    re.IGNORECASE,
)
# A setter or builder call with one string: `.lastName("Lee")`, `setCity("Leeds")`, `with_phone('…')`.
_CALL_PAIR = re.compile(r"""(?<!\w)(?P<key>[A-Za-z_]\w{0,40})\(\s*(?P<vq>["'])(?P<value>[^"'\n]{1,200})(?P=vq)\s*\)""")
# A quoted key and a number unquoted after it (`"zip": 30301`): only a postcode key's is read.
_QUOTED_NUMBER = re.compile(r"""(?P<q>["'])(?P<key>[A-Za-z_][\w\-]{0,40})(?P=q)[ \t]*:[ \t]*(?P<value>\d{4,6})(?=[ \t]*[,}\n])""")
_SETTER = re.compile(r"^(?:set|with)(?:_|(?=[A-Z]))")
# A JSON list of strings under a key: "reviewers": ["Ann Lee", "bo chen"] (one line; no nested objects).
_QUOTED_LIST = re.compile(r"""(?P<q>["'])(?P<key>[A-Za-z_][\w\- ]{0,40}?)(?P=q)\s*:\s*\[(?P<items>[^\[\]{}\n]{1,2000})\]""")
_LIST_ITEM = re.compile(r"""(?P<q>["'])(?P<value>[^"'\n]{1,200})(?P=q)""")
# An SQL membership test: `town IN ('Quba', 'Duchcov')`, `last_name NOT IN ("Lee")`: each item is
# compared with the column as `=` compares one.
_SQL_IN = re.compile(r"""(?<![\w.])(?:[A-Za-z_]\w{0,40}\.)?(?P<key>[A-Za-z_]\w{0,40})\s+(?:NOT\s+)?IN\s*\((?P<items>[^()\n]{1,2000})\)""", re.IGNORECASE)
# key=value and key: value without quotes, to the end of the value (log lines, YAML, headers), and
# French's "key : value", a space before its colon ("Nom : DESROCHES", "Ville : Dinan").
_BARE_PAIR = re.compile(
    r"""(?:(?<=[\s,;&?{(\[|])|^)(?P<key>[A-Za-z_][\w\-.]{0,40}|[^\W\d_][\w\-.]{0,40}(?=[ \u00a0\u202f]:))(?P<sep>=|:[ \t]+|:(?=\S)|[ \u00a0\u202f]:[ \t\u00a0]+)(?P<value>[^\s"'=,;&|<>{}\[\]()]"""
    r"""[^\n"'=,;&|{}\[\]()]{0,120}?)(?=\s*(?:$|[,;&|}\])\n]|\s[A-Za-z_][\w\-.]{0,40}=))""",
    re.MULTILINE,
)


def _given_after_comma(separator: str) -> regex.Pattern[str]:
    """The given name after a record's surname and a comma, up to the next key written with
    `separator` or the line's end."""
    return regex.compile(
        rf",[ \t]*(?P<given>\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]+)?)(?=[ \t]+[A-Za-z_][\w\-.]{{0,40}}{separator}|[ \t]*$)",
        regex.MULTILINE,
    )


# In a `key=value` record: "NAME=GRAY, JULIA ADDR=…", "cust=Nowak, Anna Maria status=active".
_GIVEN_AFTER_COMMA = _given_after_comma("=")
# After a colon's key: "CLAIMANT: ABDELRAHMAN, TAREK DOB: 19930805", "NAME: KILIÇ, EMRE".
_GIVEN_BEFORE_KEY = _given_after_comma(":")


def _surname_first(text: str, span: tuple[int, int, str]) -> int | None:
    """The end of the given name after a record's surname and its comma, when the key's value read
    was a surname alone or a surname in capitals ("OSPINA ARANGO, VALENTINA") and the word after the
    comma is a listed given name; else None ("Name: Ann Lee, Head of HR" stays as read)."""
    value = text[span[0] : span[1]]
    if not (" " not in value or value.isupper() and len(value.split()) <= 2):
        return None
    given = _GIVEN_BEFORE_KEY.match(text, span[1])
    if given is None or ascii_fold(given.group("given").split()[0].lower()) not in listed_given():
        return None
    return given.end("given")


# An INI, TOML or .properties line with spaces around `=`: `last = Lee`, `customer.phone = +44 …`
# (a whole line, so `total = price * qty` in code, with no typed key, is never read).
_SPACED_PAIR = re.compile(
    r"""^[ \t]*(?P<key>[A-Za-z_][\w\-.]{0,40})[ \t]+=[ \t]+(?P<value>[^\s"'=,;&|<>{}\[\]()][^\n"'=;&|<>{}\[\]()]{0,120}?)[ \t]*$""",
    re.MULTILINE,
)
_DOTTED = re.compile(r"[a-z]\.[a-z]")
# A URL query or a form body line: `?owner=Ann.Lee&city=Leeds HTTP/1.1`, `full_name=Ann+Lee&…` (also after a
# trace's offset: `0000: full_name=…&…`). The value runs to the next
# `&`, `#` or space (a URL holds no raw space); `+` is a space there.
_QUERY_PAIR = re.compile(r"(?:(?<=[?&])|^(?=[^\s=]+=[^\n]*&)|(?<=[ \t])(?=[A-Za-z_][\w\-.]{0,40}=[^\s&=]*&))(?P<key>[A-Za-z_][\w\-.]{0,40})=(?P<value>[^\s&#\"'<>=]{1,200})", re.MULTILINE)
# e-mail and git headers: "From: Ann Lee <ann@x.org>", "Author: ann lee <ann@x.org>".
_HEADER_PERSON = re.compile(
    r"(?im)^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|author|commit|committer|co-authored-by|signed-off-by|"
    r"reviewed-by|reported-by|tested-by|acked-by)[ \t]*:[ \t]*(?P<list>[^\n]*<[^\n]*>[^\n]*)$"
)
_HEADER_ENTRY = re.compile(r"(?P<name>\"?[^<>,\"\n]+?\"?)\s*<(?P<local>[^<>@\n]*)@?[^<>\n]*>")


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


# A single quote that opens or closes a string: not one between letters ("Sant'Angelo", "I'm").
_SINGLE_QUOTE = re.compile(r"(?<![^\W\d_])'|'(?![^\W\d_])")


# A reader of one kind of structure: (start, end, entity) for each value it types.
Reader = Callable[[str, "Doc | None"], Iterable[tuple[int, int, str]]]


class StructuredValueRecognizer(GatewayRecognizer):
    """Values typed by their key in records of any format (see the module docstring). The readers
    are passed in (`key_values` here, `tables.table_values`, `speakers.speaker_labels`) so this
    module does not import the modules that read tables and transcripts."""

    ENTITIES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NATIONAL_ID", "MEDICAL_RECORD_NUMBER"]

    def __init__(self, readers: Sequence[Reader]) -> None:
        self.readers = tuple(readers)
        super().__init__()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not any(c in text for c in ":=,;\t|<@(\"#/") and "   " not in text and not _SINGLE_QUOTE.search(text) and not next(stacked_values(text), None):
            return []  # no key, cell (a European CSV's are split by ";"), aligned column, header, string or comment to read
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        found = {(s, e): entity for s, e, entity in self.spans(text, doc) if entity in entities and e > s}
        return [RecognizerResult(entity, s, e, 0.85, recognition_metadata=self._metadata()) for (s, e), entity in found.items()]

    def spans(self, text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
        """Every (start, end, entity) a key, a column or a speaker line types in `text`; when
        two readers type the same span, the later one's entity is kept."""
        for read in self.readers:
            yield from read(text, doc)


# A date of birth as code and data write it under its key: `born_on: ~D[1968-09-08]`,
# `birthDate: ISODate('1995-05-17T00:00:00.000Z')`, `"date_of_birth": {"value": "1968-09-08"}`,
# `dob=date(1983, 12, 5)`, `LocalDate.of(1990, 4, 2)`: a key, then only wrapping (quotes, brackets,
# a constructor, a sigil, a nested `value` key) before the first date, its time of day with it.
_BIRTH_KEY = re.compile(r"""(?P<key>[A-Za-z_][\w\-]{1,40})["'`\]]?\s*(?::|=>|=|\bAS\b|(?<=[A-Za-z])\()""", re.IGNORECASE)
_BIRTH_HINT = re.compile(r"birth|born|dob|geboorte|geburt|naissance|nacimiento|nascita|nascimento|f[oö]delse", re.IGNORECASE)
_WRAPPED_DATE = re.compile(
    r"""(?P<gap>[^\d;,)\]}]{0,60}?)(?:(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+\-]\d{2}:?\d{2})?)?)"""
    r"""|(?P<parts>(?:19|20)\d{2},\s*\d{1,2},\s*\d{1,2})|(?P<other>\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2})"""
    r"""|(?P<compact>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])))(?![\d:])"""
)
# The words that may wrap a date: constructors and parsers of many languages, a nested value's key.
_DATE_WRAPPERS = frozenset(
    "isodate date new datetime localdate of parse time instant to_date todate timestamp value val v $date dt "
    "strptime fromisoformat d u n sigil_d make_date makedate".split()
)


def _date_wrapper(word: str) -> bool:
    """A word that may wrap a date: listed (`_DATE_WRAPPERS`), or a type or function named for dates
    and times (`NaiveDate`, `from_ymd_opt`, `parseDate`, `DateTime`)."""
    lowered = word.lower()
    return lowered in _DATE_WRAPPERS or any(part in lowered for part in ("date", "time", "ymd", "parse", "iso"))


def _birth_dates(text: str) -> Iterator[tuple[int, int, str]]:
    """Dates of birth under their key, however the code around them wraps the value (above)."""
    for m in _BIRTH_KEY.finditer(text):
        if not birth_key(_SETTER.sub("", m.group("key"))):  # `setBirthDate(…)`, `withDob(…)`: the field a setter sets
            continue
        date = _WRAPPED_DATE.match(text, m.end())
        if date is None or date.group("gap").count("\n") > 2:
            continue
        if all(_date_wrapper(w) for w in re.findall(r"[A-Za-z_$][\w$]*", date.group("gap"))):
            kind = date.lastgroup or "iso"
            yield date.start(kind), date.end(kind), "DATE_OF_BIRTH"


# A field named in one attribute and filled in another: `<input name="postcode" value="685612">`,
# `<meta name="author" content="…">`, `{"Name": "given_name", "Value": "Ana"}` (AWS attributes),
# `{"key": "phone", "value": "…"}`, `{"field": "email", "value": "…"}`. The name's string is the key.
_NAMED_VALUE = re.compile(
    r"""(?P<nq>["']?)(?:name|key|field|attribute|id)(?P=nq)\s*[:=]\s*(?P<kq>["'])(?P<key>[A-Za-z_][\w\-. ]{0,40})(?P=kq)"""
    r"""(?:\s*,\s*|\s+(?:[\w\-]+=(?:"[^"\n]*"|'[^'\n]*'|[\w\-]+)\s+)*)"""
    r"""(?P<vkq>["']?)(?:value|content|val)(?P=vkq)\s*[:=]\s*(?P<vq>["'])(?P<value>[^"'\n]{1,200})(?P=vq)""",
    re.IGNORECASE,
)


def _named_values(text: str) -> Iterator[tuple[int, int, str]]:
    """Values whose field is named beside them (`_NAMED_VALUE`), typed by that name."""
    for m in _NAMED_VALUE.finditer(text):
        span = typed_span(m.group("key"), m.group("value"), m.start("value"), text)
        if span:
            yield span


# A YAML block scalar under a key: `address: |` (or `>`, `|-`, `>-`), its value the indented lines
# below it, one line an address's line: "    Na Příkopě 22\n    110 00 Praha 1".
_BLOCK_KEY = re.compile(r"(?m)^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[A-Za-z_][\w\-.]{0,40}):[ \t]*[|>][+\-]?[ \t]*$")


def _block_scalars(text: str) -> Iterator[tuple[int, int, str]]:
    """The lines of a YAML block scalar under a key that types them (`_BLOCK_KEY`), each typed as
    a bare value of that key is; addresses keep every line."""
    for m in _BLOCK_KEY.finditer(text):
        entity = entity_for_key(m.group("key"))
        if entity is None:
            continue
        at, indent = m.end() + 1, len(m.group("indent"))
        while at < len(text):
            end = line_end(text, at)
            line = text[at:end]
            body = line.lstrip(" \t")
            if not body or len(line) - len(body) <= indent:
                break
            value_start = at + len(line) - len(body)
            value = body.rstrip()
            if entity == "LOCATION":
                if any(c.isalnum() for c in value):
                    yield value_start, value_start + len(value), "LOCATION"
            elif span := typed_span(m.group("key"), value, value_start, text):
                yield span
            at = end + 1


def key_values(text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
    """Values typed by the key beside them: quoted and bare pairs, people lists, string literals, XML elements."""
    yield from _quoted(text)
    yield from _bare(text)
    if ":" in text or "|" in text or "\t" in text:
        yield from _place_labels(text)
    if ":" in text and ("  " in text or "\t" in text):
        yield from _form_columns(text)
    if '"' in text or "“" in text:
        yield from _named_places(text)
    yield from _people_listed(text)
    if "[" in text:
        yield from _people_arrays(text)
    yield from quoted_names(text)
    yield from literal_places(text)  # a string's, a comment's or a log line's town: `placed_in_literal` reads which
    if "(" in text:
        yield from address_arguments(text)
    if "</" in text:
        yield from _elements(text)
    yield from stacked_values(text)
    if _BIRTH_HINT.search(text):
        yield from _birth_dates(text)
    if "|" in text or ">" in text:
        yield from _block_scalars(text)
    if "alue" in text or "ontent" in text or "VALUE" in text:
        yield from _named_values(text)
    if _VCARD.search(text):
        yield from _vcard_names(text)


_VCARD = re.compile("vcard", re.IGNORECASE)  # not `text.upper()`: no copy of every text read
# A vCard's name properties (RFC 6350): `N:Family;Given;Additional;Prefix;Suffix` and `FN:Full Name`,
# maybe grouped ("item1.FN") and with parameters ("N;CHARSET=UTF-8:…"), in any script.
_VCARD_NAME = regex.compile(r"^[ \t]*(?:[\w\-]+\.)?(?P<prop>N|FN)(?:;[^:\n]*)?:(?P<value>[^\n]+?)[ \t]*\r?$", regex.MULTILINE | regex.IGNORECASE)


def _vcard_names(text: str) -> Iterator[tuple[int, int, str]]:
    """The name parts of a vCard: each of N's family, given and additional names, and FN whole."""
    for m in _VCARD_NAME.finditer(text):
        if m.group("prop").upper() == "FN":
            yield m.start("value"), m.end("value"), "PERSON"
            continue
        at = m.start("value")
        for part in m.group("value").split(";")[:3]:
            for name in part.split(","):
                stripped = name.strip()
                if stripped and any(c.isalpha() for c in stripped):
                    start = at + name.index(stripped)
                    yield start, start + len(stripped), "PERSON"
                at += len(name) + 1


# A form copied from a web page, a PDF or a CRM screen puts each label on a line of its own and the
# value on the next ("Postal code\n62-800", "Full name\nAnn Lee"). A label's line holds only its
# words (and maybe a colon); two labels that type their values make the text a form, so one
# heading over a paragraph ("Address\nThe address field …") is none.
_LABEL_LINE = re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z0-9 /_\-]{0,40}?)[ \t]*:?[ \t]*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.?!:]$")
_CAMEL = re.compile(r"[a-z][A-Z]")


def _label(line: str) -> str | None:
    """The key of a line that is a form's label and nothing else, if the key types a value."""
    m = _LABEL_LINE.fullmatch(line)
    if m is None or "_" in m.group("key") or _CAMEL.search(m.group("key")):
        return None  # "ShippingAddress", "user_name": an identifier, not a form's words
    return m.group("key") if form_label(m.group("key")) and entity_for_key(m.group("key")) is not None else None


@per_analysis  # asked by the recognizer's first look, its reader and the detector's voids
def _stacked_lines(text: str) -> tuple[list[str], list[int], list[str | None]] | None:
    """A form's lines, their offsets and each line's key if it is a label; None unless the text has
    two typed labels or more on lines of their own."""
    if text.count("\n") < 3:
        return None
    lines, offsets = text_lines(text)
    keys = [_label(line) for line in lines]
    return (lines, offsets, keys) if sum(key is not None for key in keys) >= 2 else None


def form_labels(text: str) -> list[tuple[int, int]]:
    """The label lines of a form copied with its labels stacked over their values: "Postal code",
    "Mobile" and "City" there are the form's words, whatever the recognizers made of them; so are
    a settings page's or a spec sheet's ("Weight" over "1.2 kg", `setting_labels`), and the keys of
    a filled form's lines ("Nom : DESROCHES", `_filled_keys`)."""
    labels = setting_labels(text) + _blank_labels(text) + _filled_keys(text)
    if (form := _stacked_lines(text)) is None:
        return labels
    lines, offsets, keys = form
    return [*labels, *((offsets[i], offsets[i] + len(lines[i])) for i, key in enumerate(keys) if key is not None)]


# A filled form's line: its key at the line's start, a colon (French puts a space before it) and a value.
_FILLED_FIELD = regex.compile(r"^[ \t>*\-•|]*(?P<key>\p{L}[\p{L}'’.\- ]{0,40}?)[ \t\u00a0\u202f]*:[ \t]+\S", regex.MULTILINE)


def _filled_keys(text: str) -> list[tuple[int, int]]:
    """The keys of a filled form's lines that type their values ("Nom : DESROCHES", "Prénom :
    Hélène", "Ville : Dinan"), two or more in the text, each once: the form's words, though the
    English model tags another language's keys as people and places."""
    if ":" not in text or "\n" not in text:
        return []
    found = [m for m in _FILLED_FIELD.finditer(text) if entity_for_key(m.group("key")) is not None]
    # A form names each field once; a label that comes back line after line is a transcript's
    # speaker ("NINO: …" is someone, though "NINO" keys a National Insurance number too).
    keys = [m.group("key").lower() for m in found]
    once = [m.span("key") for m in found if keys.count(m.group("key").lower()) == 1]
    return once if len(once) >= 2 else []


# A blank form's field: its label, a colon and the blank to fill in ("Bank details for payment:
# ______", "Postcode: ________   Phone: ________"), the label at a line's start or after a gap.
_BLANK_FIELD = regex.compile(
    r"(?:^|(?<=[ \t]{2}))[ \t]*(?P<label>\p{L}[\p{L}\d ()/'’.,\-]{0,60}?)[ \t]*:[ \t]*(?:_{3,}|\.{4,}|…+|\[[ \t]*\])",
    regex.MULTILINE,
)


def _blank_labels(text: str) -> list[tuple[int, int]]:
    """The labels of a blank form's fields, two or more in the text: a form's words, whatever the
    recognizers made of them ("Bank" in "Bank details for payment: ______")."""
    if "__" not in text and "...." not in text and "…" not in text and "[" not in text:
        return []
    found = [m.span("label") for m in _BLANK_FIELD.finditer(text)]
    return found if len(found) >= 2 else []


# A setting's or a measure's value on a line of its own: a number ("1.2 kg", "4m 12s", "35%"), a
# code or an identifier ("t3.medium", "Linux/UNIX", "billing-api", "STANDARD_IA"); not the next
# label ("Mobile:"), whose colon ends it.
_SETTING_VALUE = re.compile(r"[ \t]*(?:[\d.,+\-$€£%]\S*(?:[ \t]+\S+){0,2}|\S*\w[_/.:\-]+\w\S*|[A-Z0-9_]{2,})[ \t]*")


def setting_labels(text: str) -> list[tuple[int, int]]:
    """The label lines of a settings page, a console's panel or a spec sheet copied with each label
    over its value ("Instance type" / "t3.medium", "Weight" / "1.2 kg", "Subtotal" / "120.00"): a
    line of one to three English words, none a listed given name nor the line a listed place, over a
    number, a code or an identifier, twice or more in the text, on the alternate lines labels keep,
    and one of them words the census holds as nobody's name (a roster of surnames that are words,
    "Pike" over "4471", "Moss" over "4472", is no page). The words are the page's, not a person or a
    town, whatever the model tagged: a town ("Reading" over its phone number) or a name ("Hope" over
    a time) is no label."""
    if text.count("\n") < 3 or not any(c.isdigit() or c in "_/." for c in text):
        return []
    from privacy_gateway.detection.places import known_place  # loaded late: keeps the import chain short

    lines, offsets = text_lines(text)
    labels, plain = [], False
    for i, line in enumerate(lines[:-1]):
        words = line.strip().rstrip(":").split()
        if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words) or _SETTING_VALUE.fullmatch(lines[i + 1]) is None:
            continue
        if known_place(" ".join(words)) or not all(english_form(w.lower()) and w.lower() not in listed_given() for w in words):
            continue
        labels.append(i)
        plain = plain or all(common_word(w) for w in words)
    if len(labels) < 2 or not plain:
        return []
    rhythm = max((0, 1), key=lambda parity: sum(i % 2 == parity for i in labels))
    return [(offsets[i], offsets[i] + len(lines[i])) for i in labels if i % 2 == rhythm]


def stacked_values(text: str) -> Iterator[tuple[int, int, str]]:
    """Values on the line under their label, in a text with two typed labels or more on lines of
    their own. A value's line that is a label itself is an empty field of a blank form; a value is
    at most eight words and ends no sentence. A person's is no line of plain words ("Reviewer" /
    "Looks good", "Author" / "Thanks": a review's roles over what they said)."""
    if (form := _stacked_lines(text)) is None:
        return
    lines, offsets, keys = form
    for i, key in enumerate(keys[:-1]):
        value = lines[i + 1]
        if key is None or keys[i + 1] is not None or not value.strip() or len(value.split()) > 8 or _SENTENCE_END.search(value.rstrip()):
            continue
        span = typed_span(key, value, offsets[i + 1], text)
        if span and not (span[2] == "PERSON" and _plain(text[span[0] : span[1]])):
            yield span


def _plain(value: str) -> bool:
    """Whether every word of `value` is a common English word and none a given name of the lists.
    Not `plain_spans.plain_words`, which skips one-letter words: a value "I" or "x" is a word here."""
    words = re.findall(r"[^\W\d_]+", value)
    return bool(words) and all(common_word(w) and w.lower() not in listed_given() for w in words)


def _quoted(text: str) -> Iterator[tuple[int, int, str]]:
    """Values under quoted keys (JSON, YAML, Python dicts), and the items of a quoted key's list."""
    # JSON inside a JSON string (tool-call arguments) escapes its quotes: read \" as " (same length).
    unescaped = re.sub(r'\\+"', lambda m: " " * (len(m.group()) - 1) + '"', text) if '\\"' in text else text
    if ":" in unescaped:
        for m in _QUOTED_NUMBER.finditer(unescaped):  # `"zip": 30301`: JSON writes a ZIP as a number too
            if postcode_key(m.group("key")) and postcode_valid(m.group("value")):
                yield m.start("value"), m.end("value"), "LOCATION"
    for m in _QUOTED_PAIR.finditer(unescaped):
        key = m.group("qkey") or m.group("key")
        value, at = _unwildcarded(m.group("value"), m.start("value"))  # LIKE 'Lee%'
        span = typed_span(key, value, at, text, in_person_record(unescaped, key, m.start()))
        if span:
            yield span
    if "(" in unescaped:
        for m in _CALL_PAIR.finditer(unescaped):
            key = _SETTER.sub("", m.group("key"))
            span = typed_span(key, m.group("value"), m.start("value"), text) if key else None
            if span:
                yield span
    if " in " in unescaped.lower():
        for m in _SQL_IN.finditer(unescaped):
            for item in _LIST_ITEM.finditer(m.group("items")):
                value = item.group("value")
                if not value[:1].isupper() or not PLACE_SHAPE.fullmatch(value) or is_software(value):
                    continue  # `IN ('open', 'eu-west-1', 'Kafka')`: a list of codes and tools, as such lists mostly are
                span = typed_span(m.group("key"), value, m.start("items") + item.start("value"), text)
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


# Words of a sentence before a key on its line: "Draft the launch email for loyalty members: …".
_PROSE_BEFORE = re.compile(r"[^\W\d_]{2,}[ \t]+[^\W\d_]+[ \t]+$")


def _things_in_prose(text: str, key_start: int, value: str) -> bool:
    """Whether a people key ends a sentence's words ("for loyalty members: subject line, preheader")
    and its value is typed in lower case with a word no name list holds: the things the sentence
    lists. A name in lower case is still one there ("the guests: maria, tom")."""
    if not value.islower() or _PROSE_BEFORE.search(text, max(0, text.rfind("\n", 0, key_start) + 1), key_start) is None:
        return False
    return any((f := ascii_fold(w)) not in listed_given() and f not in listed_family() for w in value.split())


def _bare(text: str) -> Iterator[tuple[int, int, str]]:
    """Values after bare `key: value` / `key=value` pairs, and in URL query strings."""
    for m in _BARE_PAIR.finditer(text):
        value, end = m.group("value"), m.end("value")
        if m.group("sep") != "=" and entity_for_key(m.group("key")) == "LOCATION":
            # "Address: 12 Main St, Springfield": an address runs on over commas to the line's end.
            value = _CODE_TAIL.sub("", text[m.start("value") : line_end(text, end)]).rstrip(" .\t")
        span = typed_span(m.group("key"), value, m.start("value"), text, in_person_record(text, m.group("key"), m.start()))
        if span and span[2] == "PERSON" and _things_in_prose(text, m.start("key"), text[span[0] : span[1]]):
            continue
        if span and span[2] == "PERSON" and m.group("sep") == "=" and (given := _GIVEN_AFTER_COMMA.match(text, span[1])) is not None:
            span = (span[0], given.end("given"), "PERSON")  # "NAME=GRAY, JULIA ADDR=…": a register's surname, then the given name
        elif span and span[2] == "PERSON" and m.group("sep") != "=" and (given := _surname_first(text, span)) is not None:
            span = (span[0], given, "PERSON")  # "CLAIMANT: ABDELRAHMAN, TAREK DOB: …", "NAME: KILIÇ, EMRE": a record's surname, then the given name
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
            value = m.group("value")
            if "%" in value:
                # "full_name=Eero+M%C3%A4kinen": typed as decoded, masked as written, the whole value.
                span = typed_span(m.group("key"), unquote_plus(value), m.start("value"), text)
                if span:
                    yield m.start("value"), m.end("value"), span[2]
                continue
            span = typed_span(m.group("key"), value.replace("+", " "), m.start("value"), text)
            if span:
                yield span


# A form printed in columns, labels and values on one line two spaces or a tab apart
# ("SURNAME: PRICE  FORENAME(S): CORRIE  TITLE: MS", "Name: Ann Lee\tDOB: 01/02/1980"): a label of
# words, maybe with its plural's "(s)", then its value up to the next column.
_FORM_COLUMN = regex.compile(
    r"(?:^|(?<=[ \t][ \t]|\t))[ \t]*(?P<key>[A-Za-z][A-Za-z ]{0,30}?)(?:\((?i:s)\))?:[ \t]*"
    r"(?P<value>[^\s:][^\n\t:]*?)(?=[ \t]{2,}|\t|[ \t]*$)",
    regex.MULTILINE,
)


def _form_columns(text: str) -> Iterator[tuple[int, int, str]]:
    """Values of a form's line of two columns or more, typed by their labels."""
    lines, offsets = text_lines(text)
    for line, at in zip(lines, offsets):
        columns = list(_FORM_COLUMN.finditer(text, at, at + len(line)))
        if len(columns) < 2:
            continue  # a line of one label and its value is `_bare`'s or a cue's
        for m in columns:
            span = typed_span(m.group("key").strip(), m.group("value"), m.start("value"), text)
            if span:
                yield span



# A form's label of a place, written as words ("Address line 1:", "Town/City:", "Ship to:",
# "Place of birth:") at a line's start, after a bullet or a table's bar, then a colon or the bar or
# tab of a table's row ("Address line 1 | 4 rue des Tanneurs"); one-word keys are `_BARE_PAIR`'s.
_PLACE_LABEL = re.compile(
    r"^[ \t>*\-•|]*(?P<key>[A-Za-z][A-Za-z0-9]*(?:(?:[ \t]+|[ \t]*/[ \t]*|-)[A-Za-z0-9]+){1,3})[ \t]*(?P<sep>:[ \t]+|[ \t]*[|\t][ \t]*)"
    r"(?P<value>[^\s|][^\n|]{0,120}?)[ \t|]*$",
    re.MULTILINE,
)
# Labels whose words say "a place" though no address word heads them.
_PLACE_PHRASES = frozenset("shipto deliverto sendto billto mailto placeofbirth birthplace hometown homeaddress".split())


def _named(value: str) -> bool:
    """Whether a value holds a word of three letters or more that is no English word: a street's or
    a town's name ("4 rue des Tanneurs"), not a format's description ("Text, up to 60 characters")."""
    return any(len(w) >= 3 and not english_form(w.lower()) for w in re.findall(r"[^\W\d_]+", value))


def _place_labels(text: str) -> Iterator[tuple[int, int, str]]:
    """The value after a label of several words that names a place, to the line's end; the
    value has a digit or a capital (a form's entry, not a sentence about the field)."""
    for m in _PLACE_LABEL.finditer(text):
        key, value = m.group("key"), m.group("value")
        words = key_words(key)
        if "".join(words) not in _PLACE_PHRASES and (entity_for_key(key) != "LOCATION" or words[-1] in LOOSE_PLACE):
            continue  # "Last State: Terminated": a state, a region or a country is a place only as a form's one-word key
        if not any(c.isdigit() or c.isupper() for c in value):
            continue
        if ":" not in m.group("sep") and not (any(c.isdigit() for c in value) and _named(value)):
            continue  # "| Address line 1 | 4 rue des Tanneurs |": a table's cell after the label is an entry when it has a number and a name, not "5 digits"
        span = typed_span("address", value, m.start("value"), text)
        if span:
            yield span


# A place word of prose right before a quoted value: `city "Dwingeloo"`, `postcode “4285 AA”`.
_NAMED_PLACE = re.compile(
    r"(?i:\b(?P<key>city|town|village|postcode|post[ \t]+code|postal[ \t]+code|zip|zip[ \t]+code|street|address|suburb))"
    r"[ \t]+(?P<q>[\"“])(?P<value>[^\s\"”][^\"”\n]{0,80})[\"”]"
)


def _named_places(text: str) -> Iterator[tuple[int, int, str]]:
    """A quoted value a place word names in prose: "city "Dwingeloo"" (a form's field read out)."""
    for m in _NAMED_PLACE.finditer(text):
        value = m.group("value")
        if value[:1].isupper() or value[:1].isdigit():
            span = typed_span(m.group("key").replace(" ", "_"), value, m.start("value"), text)
            if span:
                yield span


# Code's punctuation closing a line (`city: null };`), which no address runs on into.
_CODE_TAIL = re.compile(r"[ \t]*[;{}()\[\]][\s;{}()\[\],]*$")


def _unwildcarded(value: str, at: int) -> tuple[str, int]:
    """A SQL pattern's value without its wildcards (`'Nakagawa%'` → `Nakagawa`), and where it starts."""
    core = value.strip("%*")
    return (core, at + value.index(core)) if core else (value, at)


def _elements(text: str) -> Iterator[tuple[int, int, str]]:
    """Values of XML elements typed by their tag: `<LastName>Lee</LastName>`, `<cus:Phone>…</cus:Phone>`."""
    for m in _XML_ELEMENT.finditer(text):
        key = m.group("key")
        span = typed_span(key, m.group("value"), m.start("value"), text, in_person_record(text, key, m.start("key")))
        if span:
            yield span


# A JSON array of strings under a key ("watchers": ["v.reddy", "awan", "santoso.budi"]), and the keys
# that list people though no key list types them alone: an issue's watchers, a post's mentions.
_ARRAY = regex.compile(r'"(?P<key>[A-Za-z_][\w\-]{0,40})"[ \t]*:[ \t]*\[(?P<items>[^\[\]{}]{1,1200})\]')
_ARRAY_ITEM = regex.compile(r'"(?P<item>[^"\n]{1,80})"')
_PEOPLE_LISTS = frozenset("watchers subscribers followers mentions mentioned cc bcc to collaborators maintainers".split())


def _people_arrays(text: str) -> Iterator[tuple[int, int, str]]:
    """Each person of a JSON array under a people key: a name ("Ann Lee") or a login that may be
    someone's (`handles.plausible`: "santoso.budi", "awan"), not a service's ("ci-bot") nor an e-mail
    (the e-mail recognizer's)."""
    from privacy_gateway.detection.handles import plausible  # loaded late: keeps the import chain short

    for m in _ARRAY.finditer(text):
        words = key_words(m.group("key"))
        if not words or not (entity_for_key(m.group("key")) == "PERSON" and words[-1].endswith("s") or words[-1] in _PEOPLE_LISTS):
            continue
        for item in _ARRAY_ITEM.finditer(m.group("items")):
            value = item.group("item").strip()
            start = m.start("items") + item.start("item") + item.group("item").find(value)
            if "@" in value or not value:
                continue
            if " " in value:
                if (span := person_name(value)) is not None:
                    yield start + span[0], start + span[1], "PERSON"
            elif len(value.lstrip("@")) >= 4 and plausible(value.lstrip("@")):  # not a tier's or a protocol's letters ("smb")
                yield start, start + len(value), "PERSON"


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


def _topic(tag: str) -> bool:
    """A code tag's one lower-case word that names a topic: an English word, or a short word no
    name list has ("perf", "i18n"); an owner's login is longer or a name ("jsmith", "ana")."""
    if " " in tag or tag != tag.lower():
        return False
    return common_word(tag) or len(tag) < 5 and tag not in listed_given() and tag not in listed_family()


def _people_listed(text: str) -> Iterator[tuple[int, int, str]]:
    """People named in mail and git headers (`Author: Ann Lee <ann@x.org>`) and code tags (`@author`)."""
    for m in _HEADER_PERSON.finditer(text):
        for entry in _HEADER_ENTRY.finditer(m.group("list")):
            name = person_name(entry.group("name"))
            if name and tool_sender(entry.group("name"), entry.group("local")):
                continue  # 'From: "Jenkins" <jenkins@ci.example.org>': a tool sends as itself
            if name:
                base = m.start("list") + entry.start("name")
                yield base + name[0], base + name[1], "PERSON"
    for m in _CODE_PERSON.finditer(text):
        group = "tag" if m.group("tag") else "doc"
        name = person_name(m.group(group))
        if name and group == "tag" and _topic(m.group(group).strip()):
            continue  # "TODO(perf)", "FIXME(cleanup)": a topic, not an owner
        if name:
            yield m.start(group) + name[0], m.start(group) + name[1], "PERSON"
