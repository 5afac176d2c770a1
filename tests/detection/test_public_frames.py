from __future__ import annotations

import pytest

from privacy_gateway.detection.public_frames import world_framed
from tests.detection.helpers import Find


def _framed(text: str, name: str) -> bool:
    start = text.index(name)
    return world_framed(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Give me a short biography of Miriam Makeba.", "Miriam Makeba"),
    ("Find five quotes by Usain Bolt about training.", "Usain Bolt"),
    ("Describe a famous painting by Tarsila do Amaral.", "Tarsila"),  # a part the recognizer cut out of the run
    ("List the major works of Tarsila do Amaral.", "Amaral"),
    ("What was the first film directed by Satyajit Ray?", "Satyajit Ray"),
    ("Summarise the best-known novel by Ngũgĩ wa Thiong'o.", "Thiong'o"),
    ("What is Fela Kuti famous for?", "Fela Kuti"),
    ("Describe Frida Kahlo's best-known paintings.", "Frida Kahlo"),
    ("Write a toast that references Nelson Mandela.", "Nelson Mandela"),
    ("Was Frida Kahlo a better artist than Orhan Pamuk?", "Frida Kahlo"),
    ("Was Frida Kahlo a better artist than Orhan Pamuk?", "Orhan Pamuk"),
    ("Was Roger D. Kornberg better than Bong Joon-ho?", "Bong Joon"),
    ("How did Narendra Modi's premiership change the coalition?", "Narendra Modi"),  # a state's office held
    ("List the key votes during Jacinda Ardern's second term in office.", "Jacinda Ardern"),
])
def test_a_frame_asking_what_the_world_knows_reads_the_name_as_the_worlds(text: str, name: str) -> None:
    assert _framed(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Summarise the biography of Marisol Reyes's grandmother.", "Marisol Reyes"),  # the owner, not the subject
    ("Priya Raman is famous for her spreadsheets.", "Priya Raman"),  # a statement about someone, not a question
    ("Is Priya Raman better than Tom Okafor at closing deals?", "Priya Raman"),  # ranked now, as colleagues are
    ("Please read the records of Priya Raman before the review.", "Priya Raman"),  # a file, not a body of work
    ("Write a poem by Anna for the card.", "Anna"),  # a given name alone is as often family
    ("Write a birthday toast for Priya Raman.", "Priya Raman"),
    ("Write a speech marking the end of Irene Murphy's presidency of our rowing club.", "Irene Murphy"),  # one's own club
    ("Summarise Irene Murphy's tenure as treasurer for her leaving card.", "Irene Murphy"),  # no state's office
])
def test_without_such_a_frame_the_name_is_left_to_the_other_rules(text: str, name: str) -> None:
    assert not _framed(text, name)


@pytest.mark.parametrize("text", [
    "Give me a short biography of Haruki Murakami.",
    "Find five quotes by Usain Bolt about training.",
    "What is Miriam Makeba famous for?",
    "Was Frida Kahlo a better artist than Orhan Pamuk?",
    "What was the first film directed by Satyajit Ray?",
    "Timeline for the newsroom: key votes during Mette Frederiksen's first government.",
])
def test_the_worlds_people_in_a_frame_reach_the_cloud_as_written(find: Find, text: str) -> None:
    assert [v for e, v in find(text) if e == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Give me a short biography of my colleague Priya Raman for the intranet page.", "Priya Raman"),
    ("Find five quotes by our new hire Tomasz Wójcik for the onboarding slide.", "Tomasz Wójcik"),
    ("Describe the painting by Ana Ruiz from the design team that hangs in reception.", "Ana Ruiz"),
    ("Write a toast that references Priya Raman, our host.", "Priya Raman"),
    ("Write a speech marking the end of Irene Murphy's presidency of our rowing club.", "Irene Murphy"),
])
def test_the_same_frame_tied_to_the_writer_is_still_masked(find: Find, text: str, name: str) -> None:
    masked = " ".join(v for e, v in find(text) if e == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)
