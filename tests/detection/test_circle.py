"""People of the asker's own circle beside a question about the world are masked; the world's
people in the same question stay as written (issue 18, `circle`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.circle import circle_names
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in circle_names(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Who won the 1974 final? Tamsin Okoro and I have a bet on it.", "Tamsin Okoro"),
        ("Explain why Garibaldi left Nice. Me and Tamsin Okoro can't agree.", "Tamsin Okoro"),
        ("Best book by Orhan Pamuk? Been arguing about it with Tamsin Okoro all evening.", "Tamsin Okoro"),
        ("Settling a bet with Tamsin Okoro: who was older, Verdi or Wagner?", "Tamsin Okoro"),
        ("How old was Chopin when he died? Tamsin Okoro reckons forty.", "Tamsin Okoro"),
        ("Was Munch better than Klimt? I say yes, Tamsin Okoro says no.", "Tamsin Okoro"),
        ("Summarise the career of Niels Bohr for Tamsin Okoro's history homework.", "Tamsin Okoro"),
        ("Pub quiz round on Edvard Munch (quizmaster: Tamsin Okoro):\n1. Where was he born?", "Tamsin Okoro"),
    ],
)
def test_a_slot_of_the_askers_circle_holds_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "What was Newton's argument with Gottfried Leibniz about?",  # the world's own debate
        "What does Noam Chomsky say about syntax?",  # an opinion asked about
        "Why did Winston Churchill say no to the plan?",  # in the past
        "The debate with Richard Nixon in 1960 changed television.",
        "Compare Frida Kahlo and Diego Rivera in a short table.",  # two of the world's, no asker beside them
        "Write a toast for Giuseppe Verdi's anniversary concert programme.",  # "for …'s" a work's occasion, not the asker's
    ],
)
def test_the_worlds_people_take_none_of_the_slots(text: str) -> None:
    assert _names(text) == []


def test_the_askers_person_is_masked_and_the_worlds_stay(find: Find) -> None:
    found = find("Was Pavel Nedvěd better at his peak than Johan Cruyff? Tamsin Okoro says yes, give me the case for each.")
    assert ("PERSON", "Tamsin Okoro") in found
    assert not any("Nedvěd" in value or "Cruyff" in value for _, value in found)
    found = find("Who won the last match between FC Lauingen and Eintracht Backnang? Settling a bet with Dalibor Menčík.")
    assert found == [("PERSON", "Dalibor Menčík")]


def test_a_name_the_world_knows_stays_in_the_slot(find: Find) -> None:
    """"me and Albert Einstein" in a joke about a quiz: `full_names.notable_person` keeps him."""
    assert find("Who was smarter, Newton or Bohr? Albert Einstein says Bohr.") == []


def test_a_lone_word_needs_a_listed_given_name(find: Find) -> None:
    assert ("PERSON", "Priya") in find("How old was Chopin when he died? Priya reckons forty.")
    assert find("How old was Chopin when he died? Google reckons forty.") == []



def test_and_i_joining_two_clauses_names_no_one() -> None:
    assert _names("I've been rereading Brideshead Revisited and I keep confusing Sebastian Flyte and Charles Ryder.") == []
