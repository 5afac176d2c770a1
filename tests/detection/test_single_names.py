"""People the world calls by one name (`data/single_names.txt`, issue 18, round 37): in prose that
deals with no one they stay as written ("Did Pelé ever play in Europe?", "whos older taylor swift
or rihanna"); the same names dealt with, tied to the writer or beside the writer stay masked, and
names the build's privacy filter left out (drawn often by name generators) are no one's to keep."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.data_files import data_lines
from privacy_gateway.detection.notable import single_name
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Summarise what Aristotle said about friendship.",
        "Did Pelé ever play in Europe?",
        "whos older taylor swift or rihanna",
        "is neymar still playing in saudi arabia",
        "How many Ballon d'Or awards does Messi have?",
        "What is Voltaire's Candide about?",
        "WHY DID CHARLEMAGNE CROWN HIMSELF?",
    ],
)
def test_a_single_name_the_world_knows_stays_in_prose_that_deals_with_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can Messi cover my shift on Saturday?", "Messi"),
        ("Thanks Aristotle, see you Monday.", "Aristotle"),
        ("Our landlord Kafka wants the rent on the 1st.", "Kafka"),
        ("Please add Federer to the onboarding email list.", "Federer"),
        ("Kohli and I will present the Q3 numbers.", "Kohli"),
        ("write a text to my brother neymar saying the car is fixed", "neymar"),
        ("rihanna from hr called, she needs ur bank details for payroll", "rihanna"),
    ],
)
def test_the_same_names_dealt_with_or_tied_to_the_writer_stay_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


def test_the_list_keeps_one_word_names_and_leaves_out_what_generators_draw_often() -> None:
    assert all(single_name(n) for n in ("Aristotle", "Pele", "PELÉ", "rihanna", "Messi's", "Charlemagne", "Tutankhamun"))
    # Drawn by a name generator, English words, census given names: a private person's too.
    assert not any(single_name(n) for n in ("Napoleon", "Newton", "Adele", "Drake", "Jordan", "Sting", "Prince", "Rosalind", "Mariah", "Plato"))
    assert not single_name("Lionel Messi")  # a full name is `famous_people`'s
    assert all(len(line.split()) == 1 for line in data_lines("single_names"))
