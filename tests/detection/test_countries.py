"""Country names a country line of an address may hold, in the languages of Europe."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.countries import country_names


@pytest.mark.parametrize("name", ["deutschland", "danmark", "norge", "ísland", "eesti", "latvija", "lietuva", "hrvatska", "slovenija", "united kingdom"])
def test_own_names_of_european_countries(name: str) -> None:
    assert name in country_names()

