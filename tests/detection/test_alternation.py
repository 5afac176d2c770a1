"""Word lists grouped by first letter match exactly what the plain alternation matches."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.alternation import _expanded, by_first_letter
from privacy_gateway.detection.text_kind import _HISTORY_WORD_LIST, _TECH_WORD_LIST

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
