"""Storms named like people (`detection/storms.py`) are no one."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.storms import storm_name
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Is damage from Storm Ciarán covered as 'storm' under a standard UK home policy?",
        "What did Hurricane Ian teach Florida insurers about roof claims?",
        "Compare the losses of Hurricanes Helene and Milton for the board pack.",
        "Welche Schäden durch das Sturmtief Zeynep zahlt die Gebäudeversicherung, und wie melde ich sie?",
        "Les dégâts de la tempête Alex sont-ils couverts par l'assurance habitation ?",
        "month,peril,claims\n2024-01,Storm,1840\n2024-04,Flood (Storm Kathleen),277",
    ],
)
def test_a_storm_s_name_is_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON" or t == "LOCATION" and "Storm" in v] == [], find(text)


def test_a_storm_s_word_needs_its_place_before_the_name() -> None:
    text = "My neighbour Storm said the roof leaks after Storm Isha"
    first = text.index("Storm")
    assert not storm_name(text, first, first + len("Storm"))  # a person called Storm, in prose
    last = text.rindex("Storm")
    assert storm_name(text, last, len(text))


def test_a_person_near_a_storm_is_still_someone(find: Find) -> None:
    text = "Claim note: Ingrid Solberg called about her fence after Storm Babet, call back on 07700 900123."
    assert ("PERSON", "Ingrid Solberg") in find(text), find(text)
