"""English word forms as `english_form` reads them."""

from __future__ import annotations

import pytest

from hypothesis import given, strategies as st

from privacy_gateway.detection.lexicon import ascii_fold, english_form, foreign_letters


@pytest.mark.parametrize("word", ["largest", "biggest", "tidiest", "cheapest", "strangest", "hottest"])
def test_superlatives_are_english(word: str) -> None:
    assert english_form(word)


@pytest.mark.parametrize("word", ["ernest", "forrest", "celeste"])
def test_names_ending_like_superlatives_are_not(word: str) -> None:
    assert not english_form(word)


@pytest.mark.parametrize(
    "word, folded",
    [("łukasz", "lukasz"), ("søren", "soren"), ("đorđe", "dorde"), ("yıldız", "yildiz"), ("weiß", "weiss"),
     ("kjærgaard", "kjaergaard"), ("þórunn", "thorunn"), ("lászló", "laszlo"), ("anna", "anna")],
)
def test_ascii_fold_spells_letters_nfkd_cannot_take_apart(word: str, folded: str) -> None:
    assert ascii_fold(word) == folded


@given(st.text(max_size=20))
def test_ascii_fold_is_ascii(word: str) -> None:
    assert ascii_fold(word).isascii()


@pytest.mark.parametrize("word, foreign", [("Møller", True), ("Łoś", True), ("Weiß", True), ("Yıldız", True), ("Moller", False), ("résumé", False), ("café", False)])
def test_letters_no_english_word_is_spelt_with(word: str, foreign: bool) -> None:
    assert foreign_letters(word) is foreign
