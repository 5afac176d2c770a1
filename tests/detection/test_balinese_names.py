"""Balinese names by their birth-order word (`detection/balinese_names.py`), through the real
pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.balinese_names import balinese_names
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in balinese_names(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("saya naik GrabCar ke Ubud, drivernya Made Wirawan (Toyota Avanza) minta bayar lebih", "Made Wirawan", id="made"),
        pytest.param("Peternak: I Made Sudarsana\nAlamat: Dusun Krajan RT 02", "I Made Sudarsana", id="i-prefix"),
        pytest.param("Siapa Putu Ardana? Dia WA saya dari nomor 0812-3849-2271", "Putu Ardana", id="putu"),
        pytest.param("peserta: ni luh putu ayu wulandari, 0812 3344 5566", "ni luh putu ayu wulandari", id="lower-with-ni"),
        pytest.param("Made Wirawan and Ketut Sudiarta will join the tour", "Ketut Sudiarta", id="ends-before-and"),
    ],
)
def test_a_balinese_name_is_masked(find: Find, text: str, name: str) -> None:
    assert name in _names(text)
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        # "Made" before an English word, and a cake typed in lower case.
        "Made Simple is a series of guides; Made With Love is a bakery.",
        "jajan pasar: klepon dan kue putu ayu enak sekali",
    ],
)
def test_english_words_and_cakes_stay(text: str) -> None:
    assert _names(text) == []
