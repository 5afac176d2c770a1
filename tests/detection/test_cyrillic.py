"""Russian, Ukrainian and Bulgarian everyday words the English model tags are no one, where their
capitals only open a sentence or a line; a capital inside a sentence keeps a name."""

from __future__ import annotations

import gzip
from importlib.resources import files

import pytest
from hypothesis import given, strategies as st

from privacy_gateway.detection.cyrillic import everyday_cyrillic_run
from privacy_gateway.detection.tagged_words import tagged_lines
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("объясни простыми словами, когда использовать критерий стьюдента. и что такое поправка", id="ru-lower-case-chat"),
        pytest.param("Напиши короткий абзац для школьной презентации про историю института.", id="ru-opening-verb"),
        pytest.param("Коротко поясни, будь ласка, як працює допомога для безробітних у Німеччині.", id="uk-please"),
    ],
)
def test_a_cyrillic_request_s_everyday_words_are_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_cyrillic_form_s_labels_are_fields_and_its_people_are_found(find: Find) -> None:
    text = (
        "Проверь, всё ли указано в заявлении:\n\nФИО: Воронцова Ольга Павловна\n"
        "Адрес: 155555, Ивановская обл., г. Плёс, ул. Советская, д. 21, кв. 14\n"
        "Научный руководитель: Белоусов Артём Сергеевич"
    )
    found = find(text)
    values = [v for _, v in found]
    assert "Адрес" not in values and "Научный руководитель" not in values and "Проверь" not in values
    assert any("Воронцова Ольга Павловна" in v for v in values) and any("Белоусов Артём Сергеевич" in v for v in values)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Завтра позвоните Надежде, она ждёт ответа по договору.", "Надежде", id="ru-given-name-that-is-a-word"),
        pytest.param("Мене звуть Мельник Оксана Василівна, я живу в Косові.", "Мельник Оксана Василівна", id="uk-full-name"),
    ],
)
def test_a_capital_inside_a_sentence_is_still_a_name(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)


_RAW = files("privacy_gateway.detection").joinpath("data/cyrillic_words.txt.gz").read_bytes()
_WORDS = sorted({w for w, _ in tagged_lines(gzip.decompress(_RAW).decode("utf-8")) if w.isalpha()})[:2000]


@given(word=st.sampled_from(_WORDS), lead=st.sampled_from(["Вчера звонил ", "и ", "мы видели "]))
def test_an_everyday_word_capitalised_inside_a_sentence_is_kept(word: str, lead: str) -> None:
    text = lead + word.capitalize() + " вчера."
    assert not everyday_cyrillic_run(text, len(lead), len(lead) + len(word))


@given(word=st.sampled_from(_WORDS))
def test_an_everyday_word_opening_a_line_is_no_one(word: str) -> None:
    text = "Пример:\n" + word.capitalize() + ": значение"
    assert everyday_cyrillic_run(text, 8, 8 + len(word))


@pytest.mark.parametrize("text", ["Составь письмо для клиента, пожалуйста.", "Привет!\nСоставь шаблон приглашения на свадьбу"])
def test_a_request_s_opening_verb_the_word_list_lacks_is_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_given_name_opening_a_line_stays_someone(find: Find) -> None:
    assert ("PERSON", "Андрей") in find("Андрей пишет, что опоздает на встречу.")
