"""Continents, oceans and market regions (`world_regions`): where millions live, no one's address."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.world_regions import world_region
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "value",
    ["Europe", "the Middle East", "Sub-Saharan Africa", "Latin America", "North America", "APAC", "EMEA", "EUROPE'S", "1  Europe", "Pacific Ocean", "the Nordics",
     "West African", "Latin American", "Middle Eastern"],
)
def test_regions(value: str) -> None:
    assert world_region(value)


@pytest.mark.parametrize("value", ["America", "South Africa", "Central African Republic", "Papua New Guinea", "Leeds", "Asia Lane"])
def test_not_regions(value: str) -> None:
    assert not world_region(value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Our sales in Europe grew while Asia and Latin America lagged; the Middle East was flat.", id="prose"),
        pytest.param("Typical OTE split for enterprise AEs in the US vs DACH vs the Nordics? And APAC?", id="market-regions"),
        pytest.param("   region  revenue\n0  Europe     1200\n1  Africa      800\n2  Oceania     300", id="dataframe-rows"),
        pytest.param("Who is Anansi in West African and Caribbean folklore?", id="a-regions-adjective"),
    ],
)
def test_a_region_is_left_as_written(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == [], find(text)


def test_a_country_named_by_a_region_still_ends_an_address(find: Find) -> None:
    text = "my friend's new address:\n* olwethu mangede\n* unit 15, 52 florida road\n* morningside\n* durban\n* 4001\n* south africa"
    assert "south africa" in [v for t, v in find(text) if t == "LOCATION"], find(text)
