"""Feasts, faiths and months (`observances`): the calendar's and belief's words, no one's name there."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.observances import observance
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Why do Orthodox Christians celebrate Easter on a different Sunday than Catholics most years?", id="a-feast"),
        pytest.param("In Hindu mythology, why is Ganesha's head an elephant's? My kid asked after Diwali.", id="a-faith-a-deity-a-festival"),
        pytest.param("explain the difference between Sunni and Shia Islam in simple terms, neutral please", id="branches-of-a-faith"),
        pytest.param("Amsterdam in April: how to get Keukenhof tickets and Anne Frank House time slots?", id="a-month-after-in"),
        pytest.param("Which weekend in Feb avoids the worst Mardi Gras crowds?", id="an-abbreviated-month"),
    ],
)
def test_feasts_faiths_and_months_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == [], find(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Ask April about the invoice before Friday.", "April", id="a-month-asked"),
        pytest.param("Dear Easter, thanks for the plumbing quote.", "Easter", id="a-feast-greeted"),
        pytest.param("Meeting with June on Monday about the rota.", "June", id="a-month-met"),
        pytest.param("Dear April, 3 things before Friday: the rota, the keys, the float.", "April", id="a-month-greeted-before-a-number"),
    ],
)
def test_someone_called_so_is_still_masked(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


def test_a_month_needs_a_date_s_word() -> None:
    text = "Meeting on 12 April, then again in May; May said yes."
    assert observance(text, text.index("April"), text.index("April") + 5)
    assert observance(text, text.index("May"), text.index("May") + 3)
    assert not observance(text, text.rindex("May"), text.rindex("May") + 3)
