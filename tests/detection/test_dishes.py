"""Dishes named where a meal is cooked, asked for or served are no one's name; people beside a meal
stay masked."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.dishes import dish
from tests.detection.helpers import Find


def _dish(text: str, name: str) -> bool:
    start = text.index(name)
    return dish(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Give me a recipe for Kaalilaatikko that serves six.", "Kaalilaatikko", id="a-recipe-for"),
        pytest.param("Give me a recipe for Carne de Porco à Alentejana.", "Alentejana", id="its-own-words-between"),
        pytest.param("Give me a recipe for Zupa ogórkowa, please.", "Zupa", id="own-lower-case-words"),
        pytest.param("how do i make Pannukakku without special equipment", "Pannukakku", id="how-do-i-make"),
        pytest.param("We now sell Trdelník at weekends.", "Trdelník", id="a-verb-of-selling"),
        pytest.param("Halušky and Svíčková are back on the menu this week.", "Halušky", id="on-the-menu-coordinated"),
        pytest.param("Pastéis de bacalhau are back on the menu.", "Pastéis", id="on-the-menu-own-words"),
        pytest.param("A dinner with Köfte as the main course.", "Köfte", id="as-the-main-course"),
        pytest.param(
            "Menu ideas for a dinner party:\n1. Húsleves\n2. Ecetes krumpli saláta",
            "Ecetes krumpli saláta",
            id="a-menu-list",
        ),
    ],
)
def test_a_dish_is_read_from_the_words_around_it(text: str, name: str) -> None:
    assert _dish(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("I'll cook for Anna Kowalska tonight.", "Anna Kowalska", id="cooking-for-someone"),
        pytest.param("Can you make Anna Kowalska happy?", "Anna Kowalska", id="a-predicate-after"),
        pytest.param("Bake Rita a cake for Friday.", "Rita", id="two-objects"),
        pytest.param("Give me a recipe for dinner with Anna Kowalska.", "Anna Kowalska", id="a-meal-with-someone"),
        pytest.param("Give me a recipe for Rita's party.", "Rita", id="a-possessive"),
        pytest.param("Menu for Saturday:\n- Tom Baker\n- soup", "Tom Baker", id="a-given-name-opens-the-item"),
        pytest.param(
            "Menu for Saturday:\n- soup, Anna Kowalska brings it", "Anna Kowalska", id="an-item-that-says-more"
        ),
        pytest.param("Guests:\n1. Anna Kowalska\n2. Tom Baker", "Anna Kowalska", id="no-menu-heading"),
    ],
)
def test_someone_beside_a_meal_is_no_dish(text: str, name: str) -> None:
    assert not _dish(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Give me a recipe for Carne de Porco à Alentejana that serves six.",
        "how do i make Pannukakku without special equipment",
        "Draft a chalkboard sign: Karjalanpiirakka and Mustamakkara are back on the menu this week.",
        "Menu ideas for a dinner party:\n1. Fränkische Bratwurst\n2. Húsleves\n3. something light for dessert",
    ],
)
def test_a_prompt_about_dishes_reaches_the_cloud_unchanged(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("how do i make Pannukakku without special equipment, Jana Dvořáková is coming over tonight", "Jana Dvořáková"),
        (
            "Draft a chalkboard sign: Halušky and Svíčková are back this week, ask Jana Dvořáková at the counter.",
            "Jana Dvořáková",
        ),
        ("Give me a recipe for Rita Kowalska's birthday dinner.", "Rita Kowalska"),
        ("Menu ideas for Jana Dvořáková's dinner party:\n1. Halušky\n2. Svíčková", "Jana Dvořáková"),
    ],
)
def test_a_private_person_beside_the_dishes_is_masked(find: Find, text: str, name: str) -> None:
    masked = " ".join(v for e, v in find(text) if e == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)
