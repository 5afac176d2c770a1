"""Word lists grouped by first letter match exactly what the plain alternation matches (`re`, and
`regex` on texts with no character that folds to two)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.alternation import _EXPANDING, Grouped, _expanded, by_first_letter
from privacy_gateway.detection.name_cues import _DEALING_WORDS, _LABELS_BEFORE, _LIVING_WORDS
from privacy_gateway.detection.names import PERSON_CUES, PLACE_CUES
from privacy_gateway.detection.street_types import STREET_TYPE_LIST
from privacy_gateway.detection.text_kind import _HISTORY_WORD_LIST, _TECH_WORD_LIST
from tests.detection.helpers import readable_texts

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
LISTS = {"technical": _TECH_WORD_LIST, "history": _HISTORY_WORD_LIST}


def test_alternatives_are_grouped_by_first_letter_in_their_order() -> None:
    assert by_first_letter("error|exception|errors|bug") == "e(?:rror|xception|rrors)|b(?:ug)"


def test_a_leading_group_is_distributed_in_its_order() -> None:
    assert by_first_letter("(?:father|mother|founder) of [a-z]+") == "f(?:ather of [a-z]+|ounder of [a-z]+)|m(?:other of [a-z]+)"


@pytest.mark.parametrize("words", ["e?mail", r"\.net", "Error", "(a)b", "x(?P<n>a)", "(?:a|b)?c", "(?=a)b", "[ab]c"])
def test_what_is_not_plainly_a_word_is_refused(words: str) -> None:
    with pytest.raises(ValueError):
        by_first_letter(words)


def test_bars_inside_groups_classes_and_escapes_do_not_split() -> None:
    assert _expanded(r"a[|\]]b|c\|d|e(?:f|g)h") == [r"a[|\]]b", r"c\|d", "e(?:f|g)h"]


@pytest.mark.parametrize("name", LISTS)
def test_first_letters_never_match_the_same_character(name: str) -> None:
    """Under IGNORECASE each letter matches its case variants (and `re`'s extra ones: "ı", "ſ",
    "K"); no character of any plane is matched by two of the first letters."""
    letters = sorted({alternative[0] for alternative in _expanded(LISTS[name])})
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    owner: dict[str, str] = {}
    for letter in letters:
        for char in re.compile(re.escape(letter), re.IGNORECASE).findall(everything):
            assert owner.setdefault(char, letter) == letter, (char, letter, owner[char])


def _both(words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    plain = re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE)
    grouped = re.compile(rf"\b(?:{by_first_letter(words)})s?\b", re.IGNORECASE)
    return plain, grouped


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", LISTS)
def test_the_lists_match_the_same_on_the_dev_corpus(name: str) -> None:
    plain, grouped = _both(LISTS[name])
    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
    for text in [*texts, *(t.lower() for t in texts), *(t.upper() for t in texts)]:
        assert _found(grouped, text) == _found(plain, text)


_WORDS = [w for words in LISTS.values() for w in re.findall(r"[^\W\d_]+", words)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "s ", "-", ".", "é", "ı", "ſ", "K", "İ", "8", "\n"])), max_size=30))
def test_the_lists_match_the_same_on_their_own_words(pieces: list[str]) -> None:
    text = "".join(pieces)
    for words in LISTS.values():
        plain, grouped = _both(words)
        for variant in (text, text.upper(), text.title()):
            assert _found(grouped, variant) == _found(plain, variant)


# The cues `names` reads with `Grouped`, and their word lists.
GROUPED_CUES = [cue for cue, _, _ in [*PERSON_CUES, *PLACE_CUES] if isinstance(cue, Grouped)]
GROUPED_LISTS = {"labels": _LABELS_BEFORE, "dealings": _DEALING_WORDS, "living": _LIVING_WORDS, "street types": STREET_TYPE_LIST}


def test_the_cues_grouped_are_the_three_lists() -> None:
    assert len(GROUPED_CUES) == 3


def test_every_character_that_folds_to_more_than_one_is_kept_from_the_grouped_patterns() -> None:
    """Python's full case folding and `regex`'s agree on which characters expand ("ß", "ﬁ", "İ"…)."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not 0xD800 <= code <= 0xDFFF and len(char.casefold()) > 1:
            assert _EXPANDING.search(char), hex(code)
    assert GROUPED_CUES[0].on("the Straße") is GROUPED_CUES[0].plain
    assert GROUPED_CUES[0].on("the Strasse") is GROUPED_CUES[0].grouped


@pytest.mark.parametrize("name", GROUPED_LISTS)
def test_first_letters_never_match_the_same_character_in_regex(name: str) -> None:
    """As above, for `regex`'s case-insensitive matching (VERSION1) of the name cues' lists."""
    letters = sorted({alternative[0] for alternative in _expanded(GROUPED_LISTS[name])})
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    owner: dict[str, str] = {}
    for letter in letters:
        for char in regex.compile(rf"(?i:{regex.escape(letter)})", regex.VERSION1).findall(everything):
            assert owner.setdefault(char, letter) == letter, (char, letter, owner[char])


def _cue_matches(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in pattern.finditer(text)]


def test_the_grouped_cues_match_the_same_on_every_readable_corpus_text() -> None:
    for text in readable_texts():
        for variant in (text, text.lower(), text.upper()):
            for cue in GROUPED_CUES:
                assert _cue_matches(cue.on(variant), variant) == _cue_matches(cue.plain, variant), variant


_CUE_PIECES = [
    *{w for name, words in GROUPED_LISTS.items() if name != "street types" for w in re.findall(r"[^\W\d_]+", words)},
    "Maria", "Lopez", "de", "van", "O'Brien", "Anne-Marie", "The", "Lagos", "of", "my", "in", "to", ":", ",", "-", "is",
    " ", "  ", "\t", "\n", "s", "é", "ſ", "K", "ı", "ﬁ", "ß", "İ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=24).map(" ".join), st.lists(st.sampled_from(_CUE_PIECES), max_size=24).map("".join))
def test_the_grouped_cues_match_the_same_on_generated_text(spaced: str, glued: str) -> None:
    for text in (spaced, glued, spaced.title(), spaced.upper()):
        for cue in GROUPED_CUES:
            assert _cue_matches(cue.on(text), text) == _cue_matches(cue.plain, text), text


def test_the_quick_test_for_characters_that_fold_to_more_agrees_with_the_class_on_every_code_point() -> None:
    from privacy_gateway.detection.alternation import folds_to_more

    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        assert folds_to_more(char) == (_EXPANDING.search(char) is not None), hex(code)
        assert folds_to_more("Call Ana " + char) == (_EXPANDING.search(char) is not None), hex(code)
