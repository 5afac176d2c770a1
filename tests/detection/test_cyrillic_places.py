"""The divisions of a Russian or Ukrainian address (`detection/cyrillic_places.py`), through the
real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.cyrillic_places import cyrillic_divisions
from tests.detection.helpers import Find


def _places(text: str) -> list[str]:
    return [text[s:e] for s, e in cyrillic_divisions(text)]


@pytest.mark.parametrize(
    "text, places",
    [
        pytest.param("мой адрес Ивановская обл., г. Плёс, ул. Калинина, д. 9, 155555", ["Ивановская обл.", "г. Плёс"], id="ru-region-town"),
        pytest.param("Поминки робимо в нас, Івано-Франківська обл., м. Яремче, вул. Свободи, 14, 78500", ["Івано-Франківська обл.", "м. Яремче"], id="uk-region-town"),
        pytest.param("Адрес: 682860, Хабаровский край, Ванинский р-н, р.п. Ванино", ["Хабаровский край", "Ванинский р-н", "р.п. Ванино"], id="ru-krai-district-settlement"),
        pytest.param("Хмельницька обл., м. Кам'янець-Подільський, вул. Шевченка, 5", ["Хмельницька обл.", "м. Кам'янець-Подільський"], id="uk-hyphenated-town"),
    ],
)
def test_an_address_s_region_district_and_town_are_read(text: str, places: list[str]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    "text",
    [
        # A year's and a metre's abbreviations, and a region talked of with no address around it.
        "В 2024 г. Москва выросла на 5 м. Краснодарский край богат урожаем.",
        "Какая погода в Ярославской обл. летом?",
    ],
)
def test_units_and_regions_with_no_address_are_not_read(text: str) -> None:
    assert _places(text) == []


def test_a_wedding_photographers_address_goes_whole(find: Find) -> None:
    text = "Фотокнигу он хочет прислать почтой, мой адрес Ивановская обл., г. Плёс, ул. Калинина, д. 9, 155555. Это нормально?"
    values = {v for t, v in find(text) if t == "LOCATION"}
    assert {"Ивановская обл.", "г. Плёс", "155555"} <= values, find(text)


def test_an_address_typed_in_capitals_keeps_its_town(find: Find) -> None:
    """A form in capitals is read on a copy cased as addresses print, its cue words left in capitals."""
    text = "Переведи на английский:\nАДРЕС: УЛ. САДОВАЯ, Д. 7, КВ. 21, Г. ТОРЖОК, ТВЕРСКАЯ ОБЛ., 172002"
    found = find(text)
    assert ("LOCATION", "Г. ТОРЖОК") in found, found
    assert ("LOCATION", "ТВЕРСКАЯ ОБЛ.") in found, found


def test_capital_initials_on_a_line_with_no_address_are_no_town() -> None:
    assert _places("Подпись: Г. Иванов, М. Петрова") == []
