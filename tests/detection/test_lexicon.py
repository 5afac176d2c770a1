"""English word forms as `english_form` reads them."""

from __future__ import annotations

import unicodedata

import pytest

from hypothesis import given, strategies as st

from privacy_gateway.detection.lexicon import ascii_fold, common_form, english_form, english_word, everyday_word, foreign_letters, listed_family, listed_given, proper_nouns
from tests.detection.helpers import Find


@pytest.mark.parametrize("word", ["largest", "biggest", "tidiest", "cheapest", "strangest", "hottest"])
def test_superlatives_are_english(word: str) -> None:
    assert english_form(word)


@pytest.mark.parametrize("word", ["ernest", "forrest", "celeste"])
def test_names_ending_like_superlatives_are_not(word: str) -> None:
    assert not english_form(word)


@pytest.mark.parametrize("word", ["łukasz", "søren", "đorđe", "yıldız", "weiß", "sæther", "friðsteinn", "særós", "przemysław", "lászló"])
def test_names_spelt_with_any_letters_fold_to_a_listed_name(word: str) -> None:
    folded = ascii_fold(word)
    assert folded in listed_given() or folded in listed_family()


@pytest.mark.parametrize("word, folded", [("đorđe", "dorde"), ("weiß", "weiss"), ("sæther", "saether"), ("lászló", "laszlo"), ("anna", "anna")])
def test_ascii_fold_spells_out_letters_when_only_that_spelling_is_listed(word: str, folded: str) -> None:
    assert ascii_fold(word) == folded


@given(st.text(max_size=20))
def test_ascii_fold_is_ascii_or_a_word_no_latin_letter_spells(word: str) -> None:
    folded = ascii_fold(word)
    assert folded.isascii() or folded == word and not unicodedata.normalize("NFKD", word).encode("ascii", "ignore")


@pytest.mark.parametrize("word", ["김", "王芳", "Иван", "محمد"])
def test_a_word_of_another_script_folds_to_itself_not_to_nothing(word: str) -> None:
    # An empty fold would match the empty key of every list lookup ("Did 영호 김 finish …?" read as a brand).
    assert ascii_fold(word) == word


@pytest.mark.parametrize("word, foreign", [("Møller", True), ("Łoś", True), ("Weiß", True), ("Yıldız", True), ("Moller", False), ("résumé", False), ("café", False)])
def test_letters_no_english_word_is_spelt_with(word: str, foreign: bool) -> None:
    assert foreign_letters(word) is foreign


@pytest.mark.parametrize("word, proper", [
    ("malmo", True), ("czestochowa", True), ("gagarin", True),  # places and people WordNet files under nouns
    ("troy", False), ("reading", False), ("python", False), ("bath", False),  # a common sense too: words
])
def test_words_wordnet_has_only_as_proper_nouns(word: str, proper: bool) -> None:
    assert (word in proper_nouns()) is proper
    assert english_word(word)  # all of them are in the English word list, which is why the list exists


@pytest.mark.parametrize("word", ["michael", "joshua", "duncan", "morgan", "herbert"])
def test_given_names_wordnet_has_only_as_proper_nouns_are_no_common_words(word: str) -> None:
    assert english_form(word) and not common_form(word)


@pytest.mark.parametrize("word", ["grant", "rose", "will", "hope", "running", "odin", "apollo", "gemini", "ene"])
def test_common_words_gods_and_works_stay_common_words(word: str) -> None:
    """Words with a common sense ("grant"), proper nouns no census lists as a given name (gods,
    works, products) and proper nouns of three letters or fewer ("ene", a compass point) stay
    what `english_form` says."""
    assert common_form(word) == english_form(word)


@pytest.mark.parametrize("word", ["fill", "Patient", "guardian", "citizen", "victorian", "weather"])
def test_everyday_words_the_name_lists_hold_but_few_are_called(word: str) -> None:
    assert everyday_word(word)


# Common names that are words too, names of other lists, places ("Terrace", British Columbia) and words no list holds: never everyday words.
@pytest.mark.parametrize("word", ["hope", "grant", "young", "rose", "june", "will", "said", "deniz", "brighton", "terrace", "week"])
def test_names_places_and_unlisted_words_are_not_everyday_words(word: str) -> None:
    assert not everyday_word(word)


@pytest.mark.parametrize("given_name, surname", [("ελένη", "γεωργίου"), ("δημήτρης", "αλεξόπουλος"), ("ελενη", "γεωργιου")])
def test_greek_names_are_listed_in_greek_letters_with_and_without_accents(given_name: str, surname: str) -> None:
    assert ascii_fold(given_name) in listed_given() and ascii_fold(surname) in listed_family()


@pytest.mark.parametrize("word", ["gruber", "huber", "becker", "winkler"])
def test_a_noun_or_verb_and_er_is_no_english_form_as_names_are_read(word: str) -> None:
    """A German or Swiss surname in "-er" stems to an English noun or verb ("grub", "hub"); only an
    adjective's comparative is English by its "-er" as the name lists are read."""
    assert english_form(word) and not english_form(word, names=True)


@pytest.mark.parametrize("word", ["faster", "larger", "player", "weber"])
def test_comparatives_and_whole_dictionary_words_stay_english_as_names_are_read(word: str) -> None:
    assert english_form(word, names=True)


def test_a_full_name_with_such_a_surname_in_lower_case_german_chat_is_masked(find: Find) -> None:
    text = "kannst du das formeller machen? ich möchte meinen dienst am freitag mit jonas winkler tauschen, danke"
    assert ("PERSON", "jonas winkler") in find(text), find(text)
