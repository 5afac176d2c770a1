from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.relations import desk_name, related


def _related(text: str, name: str) -> bool:
    start = text.index(name)
    return related(text, start, start + len(name))


@pytest.mark.parametrize(
    "text",
    [
        "Was our intern Ada Lovelace a hero at the fun run?",
        "Is my colleague Oscar Wilde around today?",
        "I asked my new manager Tim Cook for the numbers.",
        "The tenant Neil Armstrong has not paid.",
        "Ada Lovelace from accounting sent it over.",
        "Ada Lovelace in HR signed it off.",
        "Ada Lovelace at work says so.",
        "Ada Lovelace from the Leeds office rang.",
        "How tall was Ada Lovelace, the volunteer who painted the hall?",
        "Write a toast for Ada Lovelace's retirement.",
        "Cards for Ada Lovelace's leaving do are in the kitchen.",
    ],
)
def test_a_relation_or_a_team_beside_the_name_ties_it_to_the_writer(text: str) -> None:
    assert _related(text, "Ada Lovelace" if "Ada Lovelace" in text else next(n for n in ("Oscar Wilde", "Tim Cook", "Neil Armstrong") if n in text))


@pytest.mark.parametrize(
    "text",
    [
        "Write a toast for a friend's wedding in the style of Ada Lovelace.",
        "Hermione Granger from Harry Potter meets Ada Lovelace from the Conan Doyle stories.",
        "Install it with the package manager Ada Lovelace uses.",
        "Ada Lovelace in it was a surprise.",
        "Ada Lovelace, the mathematician who wrote the first program.",
        "What did Ada Lovelace's father do?",
    ],
)
def test_words_about_the_work_or_the_world_beside_a_name_tie_it_to_no_one(text: str) -> None:
    assert not _related(text, "Ada Lovelace")


@settings(max_examples=30, deadline=None, derandomize=True)
@given(owner=st.sampled_from(["my", "our", "your", "her"]), relation=st.sampled_from(["friend", "colleague", "manager", "neighbour", "intern"]))
def test_an_owned_relation_right_before_a_name_always_ties_it(owner: str, relation: str) -> None:
    assert _related(f"Lunch with {owner} {relation} Ada Lovelace tomorrow.", "Ada Lovelace")
    assert not _related(f"Lunch with {owner} {relation}. Ada Lovelace wrote the notes.", "Ada Lovelace")


@pytest.mark.parametrize("value", ["Finance", "LEGAL", "payroll", "Procurement", "Security"])
def test_a_desks_word_is_a_desk(value: str) -> None:
    assert desk_name(value)


@pytest.mark.parametrize("value", ["Ines", "Finance Lead", "Legal Team", "Sales Jones"])
def test_a_name_or_a_phrase_is_no_desk(value: str) -> None:
    assert not desk_name(value)


def test_the_writer_beside_a_name_relates_it() -> None:
    text = "Satya Nadella and I will present; then me and Tim Cook, then Ada Lovelace and Charles Babbage."
    assert related(text, 0, 13)
    start = text.index("Tim Cook")
    assert related(text, start, start + 8)
    start = text.index("Ada Lovelace")
    assert not related(text, start, start + 12)  # "and Charles": no writer beside her
