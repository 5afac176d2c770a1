"""Things named after people (dishes, landmarks, prizes) name no one in the prompt."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.namesakes import named_after
from tests.detection.helpers import Find


@pytest.mark.parametrize(("text", "name"), [
    ("How long should a Beef Wellington rest before slicing?", "Wellington"),
    ("Can I make a Battenberg cake without marzipan?", "Battenberg"),
    ("Is Earl Grey tea stronger than Assam?", "Earl Grey"),
    ("What wine goes with Chicken Marengo?", "Marengo"),
    ("Was the Ferris Wheel in Chicago the first? Did George Ferris build it himself?", "George Ferris"),
    ("Who gets the Fields Medal this year? Was John Fields a mathematician?", "John Fields"),
    ("Is Halley's Comet back in 2061? Did Edmond Halley predict it?", "Edmond Halley"),
    ("Who won the O'Neill Prize? Was Eugene O'Neill its first judge?", "Eugene O'Neill"),
    ("Where is the Smith-Jones Memorial? Was Ann Smith-Jones local?", "Ann Smith-Jones"),
    # Ideas named after their finder, in lower case (round fifteen).
    ("Explain the Kessler effect simply. Then who was Donald Kessler, and is he still working?", "Donald Kessler"),
    ("What causes Raynaud's disease? Was Maurice Raynaud a surgeon?", "Maurice Raynaud"),
    # A clinic's eponyms: a score, a test, a sign, a manoeuvre (round twenty-seven).
    ("What does the Gleason score grade, and when did Donald Gleason describe it?", "Donald Gleason"),
    ("Is Kernig's sign still taught? Who was Vladimir Kernig?", "Vladimir Kernig"),
])
def test_named_after(text: str, name: str) -> None:
    start = text.index(name)
    assert named_after(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Maria baked a sponge for the office party.", "Maria"),
    ("Tell Daniel Okafor the Okafor Bridge job slipped?", "Daniel Okafor"),
    ("Did Ana Duarte reply? The Duarte Prize forms are due.", "Ana Duarte"),  # the person first
    ("Is the Nobel Prize open? Did Alfred Nobelius apply?", "Alfred Nobelius"),  # another surname
    ("Explain the Kessler effect. Then ask Donald Kessler to send me his invoice?", "Donald Kessler"),  # addressed
    ("Is Maurice Raynaud free? Raynaud's disease is on the agenda.", "Maurice Raynaud"),  # the person first
    ("My patient scored 6 on the Apgar score; can Irene Murphy go home?", "Irene Murphy"),  # another surname
    ("Run the Okafor test on the build, then ask Daniel Okafor to sign it off?", "Daniel Okafor"),  # addressed
])
def test_not_named_after(text: str, name: str) -> None:
    start = text.index(name)
    assert not named_after(text, start, start + len(name))


@pytest.mark.parametrize("text", [
    "Victoria sponge or lemon drizzle for a birthday of twenty?",
    "How do I stop my Eggs Benedict hollandaise from splitting?",
    "Why is it called the Eiffel Tower? Did Gustave Eiffel draw the first plans?",
    "What is the Hubble Telescope looking at now? Did Edwin Hubble ever see it?",
])
def test_dishes_and_namesakes_reach_the_cloud_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("My colleague Maria Lopez baked a cake for the team; can you write her a thank-you note?", "Maria Lopez"),
    ("Tell Daniel Okafor the Okafor Bridge project is delayed.", "Daniel Okafor"),
])
def test_people_beside_such_words_are_still_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)
