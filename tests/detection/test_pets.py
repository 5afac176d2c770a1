"""Animals named like people stay as written; their owners stay masked (`detection/pets.py`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.pets import animal_named, breed
from tests.detection.helpers import Find


def persons(find: Find, text: str) -> list[str]:
    return [value for kind, value in find(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "My dog Max has been scratching his ears all week, is that an allergy?",
        "Our cat Luna stopped eating after the move. Should we worry?",
        "Can you write a birthday caption for our golden retriever Teddy? He turns 5.",
        "Luna the cat and Oscar, our spaniel, need their boosters in March.",
        "Meine Katze Mia frisst seit zwei Tagen nicht mehr.",
    ],
)
def test_a_pet_named_like_a_person_is_no_one(find: Find, text: str) -> None:
    assert persons(find, text) == []


def test_the_owner_beside_the_pet_stays_masked(find: Find) -> None:
    found = persons(find, "Patient: Bella (Labrador, 4y), owner Sarah Whitfield, 07700 900123")
    assert found == ["Sarah Whitfield"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Our dog walker Sam Patel cancelled again.", "Sam Patel"),
        ("Dr Cat Smith moved the appointment to Friday.", "Cat Smith"),
        ("Can you ask Oscar whether the cat food order went out?", "Oscar"),
    ],
)
def test_people_near_animals_stay_masked(find: Find, text: str, name: str) -> None:
    assert any(name in value for value in persons(find, text)), find(text)


def test_the_kind_s_word_must_stand_right_by_the_name() -> None:
    text = "the dog walker Sam said"
    assert not animal_named(text, text.index("Sam"), text.index("Sam") + 3)
    text = "my dog Max said nothing"
    assert animal_named(text, text.index("Max"), text.index("Max") + 3)
    assert breed("Labrador") and breed("dobermann") and not breed("Boxer") and not breed("Anna")
