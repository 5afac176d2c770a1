"""Numbers said aloud: written in digits on a copy, found there, masked as the words that said them."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.spoken import read_view, spoken_view
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, copy",
    [
        ("flat two fourteen orchard way", "flat 2 14 orchard way"),
        ("unit three six wattle street", "unit 3 6 wattle street"),
        ("four eighteen pine hollow road", "418 pine hollow road"),
        ("apartment nine one hundred and twelve lakeview drive", "apartment 9 112 lakeview drive"),
        ("postcode h r eight two b q", "postcode hr82bq"),
        ("zip five five seven three one", "zip 55731"),
        ("born the fourteenth of march nineteen eighty eight", "born the 14th of march 1988"),
        ("born march twenty second two thousand and one", "born march 22nd 2001"),
        ("born august ninth nineteen fifty eight", "born august 9th 1958"),
        ("we live at twelve mill lane comma totnes", "we live at 12 mill lane, totnes"),
        # Articles, "one of" and "oh" say no number; an ordinal far from a month stays a word.
        ("is a two bed flat one of them oh well", "is a 2 bed flat one of them oh well"),
        ("take the second street on the right after two hundred metres", "take the second street on the right after 200 metres"),
    ],
)
def test_runs_of_number_words_are_written_in_digits(text: str, copy: str) -> None:
    view = spoken_view(text)
    assert view is not None and view.text == copy


def test_a_span_of_the_copy_maps_back_to_the_words_that_said_it() -> None:
    text = "send it to twenty seven birchwood close please"
    view = spoken_view(text)
    assert view is not None
    start = view.text.index("27")
    end = view.text.index(" please")
    assert text[slice(*view.span(start, end))] == "twenty seven birchwood close"
    assert view.rewritten(start, end) == [(start, start + 2)]


@pytest.mark.parametrize("text", ["how do i install python on a mac", "one of us should call the vet", "oh no"])
def test_no_copy_without_a_number_in_words(text: str) -> None:
    assert spoken_view(text) is None


@pytest.mark.parametrize(
    "text, values",
    [
        pytest.param("please send the keys to twenty two rowan close skipton b d twenty three one a x",
                     ["twenty two rowan close skipton b d twenty three one a x"], id="uk-street-town-postcode"),
        pytest.param("my new address is flat six, forty one quarry road, whitstable", ["flat six, forty one quarry road, whitstable"], id="flat-street-town"),
        pytest.param("deliver to one hundred and four birch avenue dayton ohio four five four oh two",
                     ["one hundred and four birch avenue dayton ohio four five four oh two"], id="us-street-town-state-zip"),
        pytest.param("we moved to nine kelpie court ballarat victoria three three five oh comma thanks",
                     ["nine kelpie court ballarat victoria three three five oh"], id="postcode-ends-it"),
    ],
)
def test_addresses_said_aloud_are_masked_whole(find: Find, text: str, values: list[str]) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == values


@pytest.mark.parametrize(
    "text, value",
    [
        ("his date of birth is the second of may two thousand and nine", "second of may two thousand and nine"),
        ("she was born on the thirtieth of january nineteen sixty one", "thirtieth of january nineteen sixty one"),
        ("dob november eleventh nineteen ninety nine", "november eleventh nineteen ninety nine"),
    ],
)
def test_dates_of_birth_said_aloud_are_masked(find: Find, text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "we need three new road bikes for the kids",
        "flight b a two eight three leaves at six forty five",
        "is one hundred and twenty over eighty good blood pressure",
        "turn left after two hundred metres then take the second street on the right",
        "what happened on the fourth of july seventeen seventy six",
        "the recipe says two hundred grams of flour and three eggs",
        "What happened at Three Mile Island and what changed afterwards?",
    ],
)
def test_numbers_said_aloud_with_no_one_behind_them_stay(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("my social security number is five three six, two two, nine one eight seven", "US_SSN", "five three six, two two, nine one eight seven"),
        ("card number four five three two, one one one one, two two two two, three three three six, expiry next june", "CREDIT_CARD",
         "four five three two, one one one one, two two two two, three three three six"),
    ],
)
def test_an_identifier_said_aloud_after_its_cue_is_found(find: Find, text: str, entity: str, value: str) -> None:
    assert (entity, value) in find(text)


def test_digits_said_aloud_with_no_identifier_cue_stay_words_for_the_recognizers() -> None:
    text = "the kids counted one two three four five six seven eight nine at the party"
    assert read_view(text).text == text
    said = read_view("my card number is four five three two, one one one one, two two two two, three three three six")
    assert said.text == "my card number is 4532 1111 2222 3336"


@pytest.mark.parametrize(
    "text, value",
    [
        ("my zip code is nine four one oh seven, is that the right area", "nine four one oh seven"),
        ("the postcode is e c one a four j q", "e c one a four j q"),
    ],
)
def test_a_postcode_said_aloud_after_its_word_is_masked(find: Find, text: str, value: str) -> None:
    assert ("LOCATION", value) in find(text)
