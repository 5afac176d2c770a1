"""English word forms as `english_form` reads them."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.lexicon import english_form


@pytest.mark.parametrize("word", ["largest", "biggest", "tidiest", "cheapest", "strangest", "hottest"])
def test_superlatives_are_english(word: str) -> None:
    assert english_form(word)


@pytest.mark.parametrize("word", ["ernest", "forrest", "celeste"])
def test_names_ending_like_superlatives_are_not(word: str) -> None:
    assert not english_form(word)
