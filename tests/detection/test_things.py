"""Frequent public words (brands, products, games, works) are no one's name; people beside them stay masked."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.things import public_word
from tests.detection.helpers import Find


def test_public_words_are_the_frequent_unnamed_ones() -> None:
    assert public_word("Minecraft")
    assert public_word("NETFLIX")
    assert public_word("Netflix's")


def test_names_and_mixed_runs_are_no_public_words() -> None:
    assert not public_word("Okonkwo")  # a surname: in a name list, never in the public words
    assert not public_word("Smith")  # frequent in English, but everyone's surname
    assert not public_word("Minecraft Steve")  # one word of the run is no public word
    assert not public_word("")


def test_a_word_of_a_places_name_is_no_public_word_where_read_as_a_place() -> None:
    assert public_word("Herzegovina")
    assert not public_word("Herzegovina", place=True)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("My son loves Minecraft. Suggest five party games themed on it.", id="a-game-loved"),
        pytest.param("We cancelled Netflix and kept Hulu; was that silly?", id="two-services"),
        pytest.param("I moved all our photos from Dropbox to Flickr last month. Anything I lose?", id="switched-from-to"),
        pytest.param("I switched from Costco to Walmart for groceries; what should I watch for?", id="read-as-places-after-from-and-to"),
        pytest.param("Is Fortnite too violent for a nine-year-old?", id="a-game-asked-about"),
    ],
)
def test_a_public_word_leaves_the_prompt_unchanged(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("My son loves playing with Amara. Suggest five party games for them.", "Amara", id="a-friend-in-the-same-frame"),
        pytest.param("Can you ask Gatsby whether the drill is back?", "Gatsby", id="a-public-word-addressed-as-a-person"),
        pytest.param("Dear Gatsby, thanks for the flowers.", "Gatsby", id="a-public-word-greeted"),
    ],
)
def test_people_stay_masked(find: Find, text: str, name: str) -> None:
    assert name in " ".join(v for t, v in find(text) if t == "PERSON")


def test_a_word_of_a_places_name_stays_a_place(find: Find) -> None:
    assert ("LOCATION", "Herzegovina") in find("We spent a week in Herzegovina last spring.")
