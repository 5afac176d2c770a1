"""A house number beside a street or place found without it goes with it; numbers that count stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.house_numbers import with_house_numbers
from tests.detection.helpers import Find


def covered(find: Find, text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(text.index(v), text.index(v) + len(v)) for _, v in find(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(start, start + len(value)) if not text[k].isspace())


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("the driver couldn't find 484 Culkeeran Cove in Kelso, he'll call tomorrow", "484 Culkeeran Cove", id="number-before"),
        pytest.param("the driver couldn't find Herbststraße 310 in Altlandsberg, he'll call tomorrow", "Herbststraße 310", id="number-after"),
        pytest.param("SHIP TO: Meggy utca 1090 / 3660 Ajka", "Meggy utca 1090", id="type-then-number"),
        pytest.param("SHIP TO: Villas del Río 664 / 55236 Salamanca", "Villas del Río 664", id="slash-after"),
        pytest.param("I moved out of 785 Tunga, 521 Sauðárkrókur last week", "521 Sauðárkrókur", id="code-before-town"),
        pytest.param("Please send the contract to Ona Petrauskienė, Ąžuolyno g. 14-7, LT-07196 Vilnius.", "Ąžuolyno g. 14-7", id="baltic-abbreviated-type-and-flat"),
    ],
)
def test_the_house_number_goes_with_its_street(find: Find, text: str, value: str) -> None:
    assert covered(find, text, value), find(text)


@pytest.mark.parametrize(
    "text, number",
    [
        pytest.param("My sister lives in Lyon and visits Paris 3 times a year", "3", id="count-after"),
        pytest.param("The flat in Kelso is 45 km away", "45", id="distance"),
    ],
)
def test_numbers_that_count_stay(find: Find, text: str, number: str) -> None:
    assert number not in [v for _, v in find(text)] and not any(v.endswith(" " + number) or v.startswith(number + " ") for _, v in find(text))


_TEXT = st.text(alphabet=st.sampled_from("ab 12\nXY,."), max_size=40)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(0, 10), st.sampled_from(["LOCATION", "PERSON", "PHONE_NUMBER"]))
def test_findings_only_grow_and_keep_their_type(text: str, start: int, length: int, entity: str) -> None:
    start = min(start, len(text))
    finding = Finding(start, min(len(text), start + length), entity, 0.8)
    [grown] = with_house_numbers(text, [finding])
    assert grown.entity_type == entity and grown.start <= finding.start and grown.end >= finding.end
    assert grown.start == finding.start or re.fullmatch(r"\d{1,5}[A-Za-z]?[ \t]+", text[grown.start : finding.start])


@pytest.mark.parametrize(
    "text, place",
    [
        ("Next destination: Kanazawa-shi, then home", "Kanazawa-shi"),
        ("we moved to Setagaya-ku last month", "Setagaya-ku"),
        ("ship to Suseong-gu, Daegu please", "Suseong-gu"),
        ("the router went to 302-1504, 18 Jungang-ro, Suwon-si and never arrived", "302-1504, 18 Jungang-ro"),
    ],
)
def test_a_places_division_and_a_korean_flat_go_with_it(find: Find, text: str, place: str) -> None:
    assert any(place in value for kind, value in find(text) if kind == "LOCATION")


@pytest.mark.parametrize(
    "text, main, grown",
    [
        ("New address:\n  45 Hwarang-ro 12-gil\n  38150", "45 Hwarang-ro", "45 Hwarang-ro 12-gil"),
        ("pickup at Gangnam-daero 94-gil 15, Seoul", "Gangnam-daero", "Gangnam-daero 94-gil 15"),
    ],
)
def test_a_korean_side_road_goes_with_its_main_road(text: str, main: str, grown: str) -> None:
    start = text.index(main)
    found = with_house_numbers(text, [Finding(start, start + len(main), "LOCATION", 0.8)])
    assert [text[f.start : f.end] for f in found] == [grown]


@pytest.mark.parametrize(
    "value, grown",
    [
        pytest.param("Apt", "Apt. 390", id="apartment"),
        pytest.param("218 Edif", "218 Edif. 075", id="building-after-a-house-number"),
        pytest.param("Depto", "Depto. 12B", id="departamento"),
    ],
)
def test_a_units_number_after_its_abbreviations_full_stop_goes_with_it(value: str, grown: str) -> None:
    text = f"sits in {grown}, 4th floor"
    start = text.index(value)
    (found,) = with_house_numbers(text, [Finding(start, start + len(value), "LOCATION", 0.85)])
    assert text[found.start : found.end] == grown


def test_a_sentences_full_stop_after_a_place_takes_no_number() -> None:
    # Only a unit's word takes a number over a full stop: after a town it ends the sentence.
    text = "We met in Paris. 3 of us stayed."
    start = text.index("Paris")
    assert with_house_numbers(text, [Finding(start, start + 5, "LOCATION", 0.85)]) == [Finding(start, start + 5, "LOCATION", 0.85)]


def test_a_date_after_a_name_in_an_aligned_column_is_no_house_number(find: Find) -> None:
    text = "who wrote this?\n```\ne2c5c99d (Johannes Strand      2023-09-27 01:25:28 +0100  43)         rate = a / b\n```"
    assert not any("2023" in v for _, v in find(text)), find(text)


def test_an_aligned_table_s_next_column_is_no_house_number(find: Find) -> None:
    text = "```r\n  respondent   name age postcode satisfaction\n1        445  Ana Lee  52   769567            3\n```"
    assert not any(v.endswith("3") for t, v in find(text) if t == "LOCATION"), find(text)
