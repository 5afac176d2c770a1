"""Placeholder towns and streets are nobody's address; a real address beside them still is."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.sample_places import sample_place
from tests.detection.helpers import Find


@pytest.mark.parametrize("value", [
    "Musterstraße 1, 12345 Musterstadt", "123 Main Street, Anytown", "Musterweg 5", "Anyville", "1 Example Road",
    "Eksempelveien 1, 0000 Oslo", "Exempelgatan 2", "Esimerkkikatu 3 A 4", "ul. Przykładowa 5", "Calle Ejemplo 12", "Beispielstraße 7",
])
def test_placeholder_towns_and_streets_are_samples(value: str) -> None:
    assert sample_place(value)


@pytest.mark.parametrize("value", ["123 Main Street, Springfield", "Hauptstraße 5, 10115 Berlin", "Mustair", "Manytown Road", "Examplefield Road", "Eksempelvik 4"])
def test_real_places_and_lookalikes_are_not(value: str) -> None:
    assert not sample_place(value)


def test_a_form_example_reaches_the_cloud_and_a_real_address_beside_it_does_not(find: Find) -> None:
    text = "Our form shows Musterstraße 1, 12345 Musterstadt as the example. I live at Lindenweg 14, 04109 Leipzig."
    places = " | ".join(v for t, v in find(text) if t == "LOCATION")
    assert "Muster" not in places and "Lindenweg 14" in places
