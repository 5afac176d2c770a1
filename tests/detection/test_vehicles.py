"""Cars and vans by make and model (`detection.vehicles`), kept as written."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.brands import brand_model
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
        # A make that is a given name before its own model that is a name too.
        "Compare the Kia Niro and the Dacia Logan for our pool cars: running costs per mile.",
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


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Renault Clio Anna Berg 07700 900 123", "Anna Berg", id="a-name-run-on-after-the-model"),
        pytest.param("We sold the Renault Clio Anna Berg part-exchanged.", "Anna Berg", id="a-name-after-the-make-and-model"),
    ],
)
def test_a_name_after_a_make_and_model_is_no_part_of_the_vehicle(text: str, name: str) -> None:
    start = text.index(name)
    assert not brand_model(text, start, start + len(name))
    assert not brand_model(text, text.index("Renault"), start + len(name))


def test_a_model_after_its_make_or_a_make_s_last_word_is_the_vehicle() -> None:
    text = "collected the VW Polo and a Land Rover Defender"
    assert brand_model(text, text.index("Polo"), text.index("Polo") + 4)
    assert brand_model(text, text.index("Rover"), len(text))


@pytest.mark.parametrize("value", ["Toyota Yaris Cross", "VW Golf GTI", "Ford Fiesta Titanium"])
def test_a_trim_s_word_after_the_model_is_still_the_vehicle(value: str) -> None:
    assert brand_model(f"a used {value} for sale", 7, 7 + len(value))
