"""The people of a roster (`rosters`): each item after a label of who is present, hosts or presents."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.rosters import roster_names
from tests.detection.helpers import Find


def persons(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity == "PERSON"]


def listed(text: str) -> list[str]:
    return [text[s:e] for s, e in roster_names(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Minutes — present: Noor, Bastiaan, Aurelio. Book: Tolstoy's War and Peace.", ["Noor", "Bastiaan", "Aurelio"], id="present"),
        pytest.param("Supper club: Hosts: Ottilie (wine) and Jean-Baptiste (dessert). Menu below.", ["Ottilie", "Jean-Baptiste"], id="notes-in-brackets"),
        pytest.param("Reading plan + presenters: Week 1 Homer's Odyssey (Ingrid), Week 2 Dante's Inferno (Tomasz)", ["Ingrid", "Tomasz"], id="name-in-brackets"),
        pytest.param("apologies: leontine & radoslaw", ["leontine", "radoslaw"], id="lower-case"),
    ],
)
def test_each_item_of_a_roster_is_a_person(text: str, names: list[str]) -> None:
    assert listed(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Attendees: all staff", id="a-group"),
        pytest.param("Apologies: none. Next meeting in May.", id="none"),
        pytest.param("Speakers: 2 per room, 40 minutes each", id="counts"),
        pytest.param("Present: the finance team and the auditors", id="teams"),
    ],
)
def test_a_roster_of_groups_and_counts_names_no_one(text: str) -> None:
    assert listed(text) == []


def test_roster_names_are_masked_beside_the_world_s_people(find: Find) -> None:
    text = "Minutes — present: Noor, Bastiaan, Aurelio. Book: Orwell's Animal Farm. Bastiaan argued Napoleon = Stalin."
    assert {"Noor", "Bastiaan", "Aurelio"} <= set(persons(find, text)), find(text)


def test_a_roster_of_brands_is_left_to_the_brand_lists(find: Find) -> None:
    assert persons(find, "Present: Apple, Google and Microsoft reps") == []


def test_a_playbook_s_hosts_are_machines(find: Find) -> None:
    text = "Why does this play skip?\n```yaml\n- hosts: webservers, dbservers\n  become: true\n  tasks:\n    - name: restart nginx\n```"
    assert persons(find, text) == []
