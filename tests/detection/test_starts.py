"""A pattern tried only where it can start, or searched from its end, finds exactly what its own
scan finds."""

from __future__ import annotations

import re
import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.address import _ADDRESS, _ADDRESS_STARTS, _POSTCODE_BEFORE_CUE, _POSTCODES_BEFORE_CUE
from privacy_gateway.detection.address_case import recased_lines
from privacy_gateway.detection.address_parts import _TYPED
from privacy_gateway.detection.handles import _POSSESSIVE, _POSSESSIVES
from privacy_gateway.detection.starts import Anchored, Branches
from privacy_gateway.detection.street_lines import _STREET_LINE, _STREET_LINES
from privacy_gateway.detection.street_types import STREET_TYPED, STREET_TYPED_BACKWARDS
from tests.detection.helpers import readable_texts


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[int, int], str | None]]:
    return [(m.span(), m.span("street"), m.group("military")) for m in matches]  # type: ignore[attr-defined]


def _same_matches(text: str) -> None:
    assert _found(_ADDRESS_STARTS.finditer(text)) == _found(_ADDRESS.finditer(text)), text
    assert _spans(_STREET_LINES.finditer(text)) == _spans(_STREET_LINE.finditer(text)), text
    owners = [m.span("h") for m in _POSSESSIVES.finditer(text, overlapped=True)]
    assert owners == [m.span("h") for m in _POSSESSIVE.finditer(text, overlapped=True)], text
    codes = [(m.span(), m.span("code")) for m in _POSTCODES_BEFORE_CUE.finditer(text)]
    assert codes == [(m.span(), m.span("code")) for m in _POSTCODE_BEFORE_CUE.finditer(text)], text


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_the_patterns_tried_where_they_can_start_find_the_same_on_every_readable_corpus_text() -> None:
    for text in readable_texts():
        for variant in (text, text.lower(), text.upper()):
            _same_matches(variant)
        if (recased := recased_lines(text)) is not None:
            _same_matches(recased[0])


_PIECES = [
    "12", "4B", "221b", "12-14", "Main", "Street", "St.", "Ave", "Apt", "apt.", "#4", "Flat 7", "Suite 200", "Unit", "Rue",
    "de la", "Paix", "Via", "Roma", "Calle", "Mayor", "Hauptstraße", "Keizersgracht", "Teheran-ro", "PSC 1234", "Box 5678",
    "APO", "AE", "09012", "SW1A 1AA", "K1A 0B1", "75008", "Paris", "Springfield", "IL", "62704", "ﬂoor 3", "ſuite 2",
    "Émile", "3º", "2ª", "O'Neil", "5th", "IV", ",", ", ", " ", "  ", "\n", "\\n", "> ", "- ", "•", "|", ".", "/", "-", "_",
    "x", "the", "on", "at", "e-mail", "ﬁeld", "İstanbul", "ß", "ul.", "vul.", "Shevchenka", "kv. 8", "m. 4", "No: 21", "D: 4",
    "Atatürk", "Cad.", "Mah.", "Sok.", "h.no.", "4-21/b", "Kothapet", "b-47", "Saket Nagar", "sector 15", "ул.", "Ленина", "1.º",
    "esq.", "et al.", "rua", "das Flores", "is", "my", "a", "valid", "UK", "postcode", "zip code", "W4 4US", "H-1335", "60614",
    "lars-eriksen's", "python’s", "a.b_c's", "x's", "'s", "O'Neil's", "ab-'s", "jo.", "'s.", "@kim's", "k2's",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join), st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_the_patterns_tried_where_they_can_start_find_the_same_on_generated_text(spaced: str, glued: str) -> None:
    _same_matches(spaced)
    _same_matches(glued)


def test_no_character_outside_the_places_can_open_a_street() -> None:
    """Every street shape opens with a digit, a capital, "#" or a word of Latin letters matched
    without case (full case folding: "ﬂ" may open "floor"): whatever can stand first is a word
    character or "#"."""
    first = regex.compile(r"(?i:[a-zé])|\d|\p{Lu}|#", regex.VERSION1)
    place = regex.compile(r"[#\w]", regex.VERSION1)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or place.match(char):
            continue
        assert not first.match(char), hex(code)
        assert not first.match(char.casefold()[:1]), hex(code)


def test_an_empty_match_leaves_the_rest_to_the_pattern() -> None:
    for pattern in (regex.compile(r"(?<![\w])x*", regex.VERSION1), re.compile(r"(?<![\w])x*")):
        anchored = Anchored(pattern, r"(?<![\w])")
        for text in ("xx yx  xxx", "", "x", " y"):
            assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_a_search_from_a_position_reads_the_text_before_it() -> None:
    pattern = regex.compile(r"(?<![\w.])[a-z]+(?:\.[a-z]+)?", regex.VERSION1)
    anchored = Anchored(pattern, r"(?<![\w.])[a-z]")
    text = "foo.bar baz qux.quux a.b"
    for pos in range(len(text)):
        for endpos in (None, len(text) - 3):
            assert [m.span() for m in anchored.finditer(text, pos, endpos)] == [m.span() for m in pattern.finditer(text, pos, endpos)]


def test_branches_keep_the_alternation_s_order_and_its_resumption() -> None:
    pattern = regex.compile(r"ab|a|b[a-z]*|(?<=b)c", regex.VERSION1)
    branches = Branches(pattern, ["ab", "a", "b[a-z]*", "(?<=b)c"])
    for text in ("abc", "aab", "bab ac", "ba", "abcabab bc", ""):
        assert _spans(branches.finditer(text)) == _spans(pattern.finditer(text))


def test_branches_leave_an_empty_match_to_the_pattern() -> None:
    pattern = re.compile(r"x+|y*")
    assert _spans(Branches(pattern, ["x+", "y*"]).finditer("xxzyy x")) == _spans(pattern.finditer("xxzyy x"))


def test_what_is_no_alternation_of_branches_is_refused() -> None:
    for source, parts in (("abc", ["abc"]), ("(?:a|b)c", ["(?:a", "b)c"]), ("(?i)a|b", ["(?i)a", "b"]), ("a|b", ["a", "c"])):
        try:
            Branches(re.compile(source), parts)
        except ValueError:
            continue
        raise AssertionError(source)


def _spans_of_words(text: str) -> list[str]:
    """Runs of one to three words of `text`, as findings' values are."""
    words = text.split()
    return [" ".join(words[i : i + n]) for i in range(len(words)) for n in (1, 2, 3)]


def test_street_types_searched_from_the_end_find_the_same_spans() -> None:
    """`STREET_TYPED` (a span ending in a street type) searched backwards answers as forwards, and
    the street types grouped by first letter (`address_parts._TYPED`) as the plain list."""
    for text in readable_texts()[::3]:
        for value in _spans_of_words(text[:400]):
            assert (STREET_TYPED_BACKWARDS.search(value) is None) == (STREET_TYPED.search(value) is None), value
            assert (_TYPED.on(value).search(value) is None) == (_TYPED.plain.search(value) is None), value


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "Straße", "strasse", "Laan", "utca", "Cove", "Close", "Rue", "ro", "-ro", "Weg", "gatan"]), max_size=8).map(" ".join))
def test_street_types_searched_from_the_end_find_the_same_on_generated_spans(value: str) -> None:
    for variant in (value, value.lower(), value.upper()):
        assert (STREET_TYPED_BACKWARDS.search(variant) is None) == (STREET_TYPED.search(variant) is None), variant
        assert (_TYPED.on(variant).search(variant) is None) == (_TYPED.plain.search(variant) is None), variant
