"""Names in work prose, forms, tickets and notes: the shapes strangers' text lost them in."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


def _people(find: Find, text: str) -> set[str]:
    return {value for entity, value in find(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    "text, names",
    [
        # An instruction ending in a word that is also a manifest key ("table:", "schedule:", "values:")
        # makes no manifest of the records under it.
        (
            "Put these in a table:\nname: Radoslava Kuchta, phone 0602 114 553\nname: Edvin Halvorsen, phone 412 33 901",
            {"Radoslava Kuchta", "Edvin Halvorsen"},
        ),
        ("Please check the schedule:\nname: Temitope Fashola, shift Monday\nname: Ilkka Raatikainen, shift Tuesday", {"Temitope Fashola", "Ilkka Raatikainen"}),
        ("Here are the values:\n- name: Giedrė Paulauskaitė, role: tutor\n- name: Mateus Quaresma, role: driver", {"Giedrė Paulauskaitė", "Mateus Quaresma"}),
    ],
)
def test_records_under_a_prose_line_ending_in_a_key_word(find: Find, text: str, names: set[str]) -> None:
    assert names <= _people(find, text)


def test_a_manifest_still_keeps_its_task_titles(find: Find) -> None:
    text = "Why does this fail?\n- hosts: web\n  tasks:\n    - name: Ensure Jenkins is running\n      service: {name: jenkins}"
    assert _people(find, text) == set()
