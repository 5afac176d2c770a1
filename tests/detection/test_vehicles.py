"""Cars and vans by make and model (`detection.vehicles`), kept as written."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.vehicles import vehicle
from tests.detection.helpers import Find


@pytest.mark.parametrize("words", [["kia", "picanto"], ["land", "rover", "defender"], ["mercedes-benz", "sprinter"], ["vw", "id.4"], ["peugeot", "208"]])
def test_a_make_and_its_model_is_a_vehicle(words: list[str]) -> None:
    assert vehicle(words)


@pytest.mark.parametrize("words", [["mercedes", "garcia"], ["ford"], ["picanto"], ["lincoln", "smith"]])
def test_a_make_beside_another_word_is_no_vehicle(words: list[str]) -> None:
    assert not vehicle(words)


@pytest.mark.parametrize(
    "text",
    [
        "Write an ad for our used Kia Picanto, 2019, one owner, full service history.",
        "Service menu: Renault Clio oil change £89, Nissan Juke brakes £140, Tesla Model 3 tyre rotation £40.",
        "Translate to German: the Mercedes Sprinter is booked for Monday.",
        "Compare the Dodge Ram and the Ford Ranger for a tradesman's pickup.",
    ],
)
def test_vehicles_stay_as_written(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Ask Mercedes Adam about the Kia Picanto she bought.", "Mercedes Adam", id="a-make-s-given-name-then-a-surname"),
        pytest.param("Recovery job: collected the VW Polo for owner Gwenllian Parry.", "Gwenllian Parry", id="the-owner-beside-the-car"),
    ],
)
def test_people_beside_vehicles_are_still_found(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)
