"""Russian and Ukrainian full names by their patronymic (`detection/patronymics.py`), through the
real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.patronymics import patronymic_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Колишній чоловік Тарас Іванович Мельничук не дає згоди на виїзд сина.", "Тарас Іванович Мельничук", id="uk-given-first"),
        pytest.param("Клієнтка: Бондаренко Ганна Олегівна, звернулася щодо квартири", "Бондаренко Ганна Олегівна", id="uk-surname-first"),
        pytest.param("Summarise: the tenant Мария Ивановна Петрова has not paid since March.", "Мария Ивановна Петрова", id="ru-in-english"),
    ],
)
def test_a_name_with_a_patronymic_is_masked(find: Find, text: str, name: str) -> None:
    assert any(kind == "PERSON" and name in value for kind, value in find(text)), find(text)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Ответчик: Соколов Дмитрий Андреевич, истец Орлова Екатерина Сергеевна", ["Соколов Дмитрий Андреевич", "Орлова Екатерина Сергеевна"]),
        ("співвласник — брат Богдан Миколайович Коваль.", ["Богдан Миколайович Коваль"]),
        ("Москва и Санкт-Петербург, Невский проспект", []),
        ("Ivan Petrovich in Latin letters is the lists' to judge", []),
    ],
)
def test_patronymic_names_are_runs_of_cyrillic_words_around_a_patronymic(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in patronymic_names(text)] == names
