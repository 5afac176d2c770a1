"""The heads of a list's items, when the other heads are people."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.list_heads import list_heads
from tests.detection.helpers import Find


def heads(text: str, people: list[str]) -> list[str]:
    spans = [(text.index(p), text.index(p) + len(p)) for p in people]
    return [text[s:e] for s, e in list_heads(text, spans)]


def test_a_head_beside_two_people_is_someone() -> None:
    text = "clients: lan - 2 dogs - 01531 632 784; noa friedman - 1 dog; amir hosseini - puppy"
    assert heads(text, ["noa friedman", "amir hosseini"]) == ["lan"]


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("shopping: milk - 2 litres; bread - 1 loaf; eggs - a dozen", [], id="no-people"),
        pytest.param("rota:\n- Anna Berg - monday\n- total - 2 days\n- notes - bring keys", ["Anna Berg"], id="one-person"),
        pytest.param("rota:\n- Anna Berg - mon\n- Tom Lie - tue\n- total - 2 days\n- the rest - off", ["Anna Berg", "Tom Lie"], id="words"),
    ],
)
def test_no_head_without_two_people_beside_it_or_made_of_words(text: str, people: list[str]) -> None:
    assert heads(text, people) == []


def test_a_rota_of_names_is_masked_whole(find: Find) -> None:
    text = "rota:\n- Anna Berg - monday\n- Tom Lie - tuesday\n- tane - wednesday\n- total - 3 days"
    masked = [v for t, v in find(text) if t == "PERSON"]
    assert "tane" in masked and "total" not in masked


def test_a_head_the_recognizer_called_a_place_counts_beside_a_person() -> None:
    text = "tutors: maja - maths; wiremu - piano; Eleni Papadaki - french"
    spans = [(text.index("Eleni Papadaki"), text.index("Eleni Papadaki") + 14)]
    places = [(text.index("wiremu"), text.index("wiremu") + 6)]
    assert [text[s:e] for s, e in list_heads(text, spans, places)] == ["maja"]
    assert list_heads(text, [], places + [(text.index("Eleni"), text.index("Eleni") + 14)]) == []  # no person among them


def test_a_tool_at_a_head_stays_a_tool() -> None:
    text = "owners: jenkins - ci; Anna Berg - lead; Tom Lie - qa"
    people = [(text.index("Anna Berg"), text.index("Anna Berg") + 9), (text.index("Tom Lie"), text.index("Tom Lie") + 7)]
    assert list_heads(text, people) == []
