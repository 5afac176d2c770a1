"""The people of a roster (`rosters`): each item after a label of who is present, hosts or presents."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.rosters import roster_names, rota_names
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


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param(
            "rota next week\nmon tyrone + agnieszka lunch, bence dinner\nfri/sat everyone in, bence till close",
            ["agnieszka", "bence", "bence"],
            id="lines-opening-with-days",
        ),
        pytest.param(
            "rota wk 32: mon jaskaran+chiamaka close, tues taras off (swapped w lucia), wed private party 40ppl all hands",
            ["jaskaran", "chiamaka", "lucia"],
            id="days-after-commas",
        ),
    ],
)
def test_the_first_word_of_each_entry_of_a_rota_is_its_person(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rota_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Mon: dentist at 9, then gym\nTue: pick up the car, call the bank\nWed: Paris trip",
        "Opening hours: Mon 9-5, Tue 9-5, Sat closed, Sun by appointment",
        "mon grace period ends; tue will be the deadline",
        "Mon: Art class at 4, Tue: Will to bring the kit",
    ],
)
def test_a_week_of_errands_or_hours_names_no_one(text: str) -> None:
    assert list(rota_names(text)) == []


def test_a_rota_s_people_are_masked(find: Find) -> None:
    text = "Turn this into a whatsapp for the team:\n\nrota wk 32: mon jaskaran+chiamaka close, tues taras off, wed all hands"
    assert {"jaskaran", "chiamaka"} <= {v for t, v in find(text) if t == "PERSON"}
