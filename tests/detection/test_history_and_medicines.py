"""Round 30 (issue 18): the people history, science and letters know (`data/famous_people.txt`'s
additions before 1945, world-wide) stay as written in prose that deals with no one, and a listed
medicine (`data/medicines.txt`) is never a person or a place; the same names dealt with, private
people beside a medicine and a GP's surname are still masked."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.data_files import data_lines
from privacy_gateway.detection.lexicon import listed_family, listed_given
from privacy_gateway.detection.things import medicine
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Lesson plan for Year 9 history: the life and legacy of Laskarina Bouboulina.",
        "Compare the ideas of Ibn Khaldun and Niccolo Machiavelli in a table.",
        "WRITE A SHORT BIOGRAPHY OF EVANGELISTA TORRICELLI.",
        "Quiz question: what is Sundiata Keita best remembered for?",
        "Give me five facts about Pafnuty Chebyshev and Sofia Kovalevskaya.",
        "How does Raskolnikov's guilt compare with Pavel Chichikov's schemes?",
    ],
)
def test_people_of_history_science_and_letters_stay_in_prose_that_deals_with_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can Laskarina Bouboulina cover my shift on Friday?", "Laskarina Bouboulina"),
        ("Please send Evangelista Torricelli the signed contract by Friday.", "Evangelista Torricelli"),
    ],
)
def test_the_same_names_dealt_with_stay_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


@pytest.mark.parametrize(
    "text",
    [
        "What's the difference between Ozempic, Wegovy and Mounjaro?",
        "Patient leaflet: Lisinopril tablets. Do not take with Spironolactone.",
        "can i take sertraline and tramadol together",
        "IS METFORMIN SAFE DURING PREGNANCY?",
        "Which is stronger, Zolpidem or Zopiclone?",
    ],
)
def test_a_listed_medicine_is_no_person_and_no_place(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My GP Dr Okafor prescribed Ozempic; can I drink alcohol on it?", "Dr Okafor"),
        ("Remind Dorota Wiśniewska to pick up her Atorvastatin prescription.", "Dorota Wiśniewska"),
    ],
)
def test_people_beside_a_medicine_stay_masked(find: Find, text: str, name: str) -> None:
    found = find(text)
    assert ("PERSON", name) in found, text
    assert not any(medicine(v) for _, v in found), text


def test_the_medicine_list_holds_no_given_name_or_surname() -> None:
    # "Allegra", "Lyrica", "Mirena" are names people carry: the build leaves them out.
    listed = data_lines("medicines")
    assert len(listed) > 1000 and not any(m in listed_given() or m in listed_family() for m in listed)
    assert medicine("WEGOVY SAFE") and medicine("Ozempic's") and not medicine("Metformin Hill") and not medicine("Allegra")


@pytest.mark.parametrize(
    "text",
    [
        "How do I compute Pearson's r in a spreadsheet?",
        "Spearman's rho or Kendall's tau for ranked data?",
        "Why is Schrödinger's cat said to be both alive and dead?",
        "Why does Torricelli's barometer use mercury?",
        "WHY IS SCHRODINGER'S CAT BOTH ALIVE AND DEAD?",
        "Is Cohen's kappa better than percent agreement?",
    ],
)
def test_a_known_surnames_possessive_before_the_thing_it_names_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kowalczyk's report is late again, can you chase it?", "Kowalczyk"),
        ("Pearson's report is late again, can you chase it?", "Pearson"),
        ("Please chase Torricelli's invoice", "Torricelli"),
        ("How do I tell Mendel's manager about the delay?", "Mendel"),
        ("my neighbour Darwin's theory is odd", "Darwin"),
        ("Ask Torricelli about Torricelli's barometer", "Torricelli"),
    ],
)
def test_a_private_surnames_possessive_stays_masked(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), text


def test_a_medicine_with_its_pack_s_variant_is_no_one(find: Find) -> None:
    assert find("Stock check: Lemsip Max, Sudafed Duo and Voltarol Forte on the top shelf.") == []


def test_a_variant_word_before_the_medicine_is_a_given_name(find: Find) -> None:
    assert ("PERSON", "Max Lemsip") in find("Max Lemsip called about his order")
