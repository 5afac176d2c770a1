"""Well-known places stay as written in questions about the world and are masked where they are
someone's (issue 18, precision)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.lexicon import first_names
from privacy_gateway.detection.places import _listed, listed_place
from tests.detection.helpers import Find

# Single-word listed places that are no census first name, in a stable order for sampling.
_PLACES = sorted(p for p in _listed() if p.isalpha() and p.isascii() and len(p) >= 5 and p not in first_names())


def test_the_list_holds_countries_and_big_cities_in_any_case_and_accents() -> None:
    assert listed_place("Portugal") and listed_place("CAIRO") and listed_place("São Paulo") and listed_place("Sao Paulo")
    assert not listed_place("Springfield Gardens")


def test_a_place_named_like_a_person_needs_to_be_placed_as_a_place(find: Find) -> None:
    assert find("Is Florence or Naples better for a weekend in May?") == []
    assert ("PERSON", "Florence") in find("Is Florence coming to the standup tomorrow?")


@settings(max_examples=25, deadline=None, derandomize=True)
@given(first=st.sampled_from(_PLACES), second=st.sampled_from(_PLACES))
def test_listed_places_compared_in_a_question_are_never_masked(find: Find, first: str, second: str) -> None:
    a, b = first.title(), second.title()
    text = f"Is {a} bigger than {b}?"
    assert not any(value in (a, b) for _, value in find(text))


@settings(max_examples=10, deadline=None, derandomize=True)
@given(place=st.sampled_from(["Athens", "Lisbon", "Nairobi", "Manila", "Toronto", "Krakow", "Cairo", "Lima"]))
def test_a_listed_place_where_someone_lives_is_still_masked(find: Find, place: str) -> None:
    found = find(f"Olga Petrova lives in {place}; send her the lease renewal by Friday.")
    assert ("LOCATION", place) in found


def test_a_smaller_place_no_one_is_named_is_the_worlds_where_one_goes_in_a_question(find: Find) -> None:
    """A town of the small-places list, where one stays or passes in a question about the world's
    places, as in a trip; not where someone lives, nor a town people are named after."""
    assert find("Is there a good Christmas market in Mindelheim, or is it too small?") == []
    assert ("LOCATION", "Mindelheim") in find("My sister lives in Mindelheim, is the bakery there any good?")
