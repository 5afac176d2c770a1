"""Russian, Ukrainian and Bulgarian full names with no patronymic (`detection/slavic_names.py`),
through the real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.notable import notable_person
from privacy_gateway.detection.slavic_names import slavic_full_names, titled_surnames
from privacy_gateway.detection.transliteration import latin_spellings
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Это Ольга Морозова из бухгалтерии, телефон 8 (812) 947-21-36.", "Ольга Морозова", id="ru-given-first"),
        pytest.param("Вчера звонила Наталья Горбунова по поводу долга.", "Наталья Горбунова", id="ru-after-a-verb"),
        pytest.param("Сотрудник: Морозова Ольга, отдел кадров.", "Морозова Ольга", id="ru-surname-first"),
        pytest.param("Передайте документы Ольге Морозовой до пятницы.", "Ольге Морозовой", id="ru-dative"),
        pytest.param("Орендар Богдан Кравченко не сплатив за березень.", "Богдан Кравченко", id="uk-enko"),
    ],
)
def test_a_cyrillic_full_name_is_masked(find: Find, text: str, name: str) -> None:
    assert any(kind == "PERSON" and name in value for kind, value in find(text)), find(text)


def test_the_sentence_s_opening_word_is_no_part_of_the_name(find: Find) -> None:
    """The model's span "Это Ольга Морозова" is cut to the name, and no join grows it back."""
    assert ("PERSON", "Ольга Морозова") in find("Это Ольга Морозова из бухгалтерии.")


@pytest.mark.parametrize(
    "text, names",
    [
        ("Это Ольга Морозова из бухгалтерии.", ["Ольга Морозова"]),
        ("Морозова Ольга, бухгалтер", ["Морозова Ольга"]),
        # The world's names, places and words are no one's.
        ("Тарас Шевченко и Анна Ахматова", []),
        ("Москва и Санкт-Петербург, Невский проспект", []),
        ("Город Ростов-на-Дону", []),
        ("Olga Morozova in Latin letters is the lists' to judge", []),
    ],
)
def test_slavic_full_names_pair_a_listed_given_name_with_a_surname_s_ending(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in slavic_full_names(text)] == names


def test_the_world_s_names_in_cyrillic_are_read_through_their_latin_spellings(find: Find) -> None:
    """The lists of the famous are in Latin letters: "Александр Овечкин" is "Alexander Ovechkin"."""
    assert notable_person("Александр Овечкин") and notable_person("Тарас Шевченко")
    assert not notable_person("Ольга Морозова")
    assert {"aleksandr", "alexander"} <= set(latin_spellings("александр"))
    found = find("Кто лучше: Александр Овечкин или Уэйн Гретцки?")
    assert not any("Овечкин" in value for _, value in found), found


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Ремонт стоит уже неделю. Бригадир Лебедев не берёт трубку. Перезвоните.", "Лебедев", id="ru-foreman"),
        pytest.param("Прораб Сидоренко сказал, что плитку привезут завтра.", "Сидоренко", id="ru-site-manager"),
        pytest.param("Пані Коваленко просила передзвонити до обіду.", "Коваленко", id="uk-courtesy"),
    ],
)
def test_a_surname_by_its_ending_after_a_role_or_a_title(find: Find, text: str, name: str) -> None:
    assert name in [text[s:e] for s, e in titled_surnames(text)]
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


def test_a_given_name_after_a_role_is_not_read_as_a_surname() -> None:
    assert list(titled_surnames("Мой сосед Иван дома, а коллега Марина в отпуске.")) == []
