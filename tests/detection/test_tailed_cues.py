"""Patterns of a name then fixed words, tried only where the words are (`alternation.Tailed`: the
name cues, a word before its role, a case's "v.", an app's control), match exactly what their
whole pattern matches, and the cues still find people and places in the pipeline."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.alternation import _NEVER, Tailed
from privacy_gateway.detection.eponyms import _CASE
from privacy_gateway.detection.names import PERSON_CUES, PLACE_CUES
from privacy_gateway.detection.plain_spans import _UI_CONTROL
from privacy_gateway.detection.uncased import _ROLE_AFTER
from tests.detection.helpers import Find, readable_texts

TAILED = [cue for cue, _, _ in [*PERSON_CUES, *PLACE_CUES] if isinstance(cue, Tailed)] + [_ROLE_AFTER, _CASE, _UI_CONTROL]


def _matches(pattern: regex.Pattern[str], text: str, overlapped: bool = False) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in pattern.finditer(text, overlapped=overlapped)]


def test_the_tailed_cues_are_the_name_first_ones() -> None:
    assert len(TAILED) == 10
    assert all(cue.pattern.pattern == cue.pattern.pattern.removesuffix(cue.tail.pattern) + cue.tail.pattern for cue in TAILED)


def test_a_text_without_the_words_is_scanned_by_a_pattern_that_tries_only_its_start() -> None:
    cue = next(c for c in TAILED if "who" in c.tail.pattern)
    assert cue.on("Min-jun does our mornings") is _NEVER
    assert cue.on("Min-jun, who does our mornings") is cue.pattern
    assert cue.on("Straße, who") is cue.pattern  # a character folding to two: the pattern itself


def test_the_tailed_cues_match_the_same_on_every_readable_corpus_text() -> None:
    for text in readable_texts():
        for variant in (text, text.lower(), text.upper()):
            for cue in TAILED:
                for overlapped in (False, True):
                    assert _matches(cue.on(variant), variant, overlapped) == _matches(cue.pattern, variant, overlapped), variant


_PIECES = [
    "Maria", "Lopez", "de", "van", "O'Brien", "Anne-Marie", "Karen", "The", "Lagos", "Petermouth", "Ruby", "Min-jun",
    "'s", "’s", "daughter", "dog", "said", "is", "a", "an", "at", "from", "work", "church", "next", "door", "upstairs",
    "who", "whose", "station", "bridge", "street", "(", ")", "finance", "our", "the", "manager", "hr", "it", "support",
    "v", "v.", "vs", "Roe", "Wade", "Save", "As", "button", "tab", "Settings", "menu", "\"",
    ",", ":", " ", "  ", "\t", "\n", "ß", "ﬁ", "K", "İ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join), st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_the_tailed_cues_match_the_same_on_generated_text(spaced: str, glued: str) -> None:
    for text in (spaced, glued, spaced.title(), spaced.upper()):
        for cue in TAILED:
            assert _matches(cue.on(text), text) == _matches(cue.pattern, text), text
            assert _matches(cue.on(text), text, True) == _matches(cue.pattern, text, True), text


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("I'm picking up Karen's daughter from school at four.", "Karen", id="possessive"),
        pytest.param("Ruby from church brought soup when I was ill, and I want to thank her.", "Ruby", id="from-church"),
        pytest.param("Min-jun, who does our mornings, wants Fridays off.", "Min-jun", id="relative-clause"),
        pytest.param("We agreed to meet by Petermouth station at noon.", "Petermouth", id="place-before-site"),
    ],
)
def test_the_cues_still_find_names_through_the_pipeline(find: Find, text: str, value: str) -> None:
    assert any(value in v for t, v in find(text) if t in ("PERSON", "LOCATION")), find(text)


def test_a_dish_reading_is_skipped_only_where_its_pattern_cannot_match() -> None:
    from privacy_gateway.detection import dishes

    pairs = [(dishes._RECIPE_WORDS, dishes._RECIPE_BEFORE), (dishes._MENU_WORDS, dishes._MENU_AFTER), (dishes._COOK_WORDS, dishes._COOK_BEFORE)]
    extra = ["a recipe for Kaalilaatikko", "HOW TO BAKE Stollen", "Halušky and Svíčková are back on the menu", "with Köfte as the main course", "we now sell Knödel"]
    for text in [*readable_texts(), *extra]:
        for words, pattern in pairs:
            if words.search(text) is None:
                assert not any(pattern.match(text, i) for i in range(len(text) + 1)), text


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("Can you give me a recipe for Kaalilaatikko that serves six?", "Kaalilaatikko", id="recipe"),
        pytest.param("Halušky and Svíčková are back on the menu this week.", "Svíčková", id="menu"),
    ],
)
def test_a_dish_is_still_no_one(find: Find, text: str, value: str) -> None:
    assert not any(value in v for t, v in find(text) if t == "PERSON"), find(text)
