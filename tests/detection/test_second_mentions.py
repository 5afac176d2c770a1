"""A person named twice, by full name and then by surname alone, is one person: both mentions are
the world's or both are masked (`names._one_person`, `notable.notable_surname`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.notable import notable_surname
from tests.detection.helpers import Find


def _persons(find: Find, text: str) -> list[str]:
    return [v for e, v in find(text) if e in ("PERSON", "LOCATION")]


def _surname(text: str, word: str) -> bool:
    start = text.rindex(word)
    return notable_surname(text, start, start + len(word))


def test_a_surname_is_read_as_the_worlds_only_beside_its_full_name() -> None:
    assert _surname("How did Karl Marx read Hegel, and why did Marx break with him?", "Marx")
    assert _surname("Explain why Lovelace is called the first programmer, after Ada Lovelace's notes.", "Lovelace")
    assert not _surname("Why did Marx break with Hegel?", "Marx")  # no full name: anyone's surname
    assert not _surname("Ask Jonas Marx whether Marx is free.", "Marx")  # a full name no list knows


@pytest.mark.parametrize("text", [
    "For my seminar: how did Karl Marx read Hegel's Phenomenology, and why did Marx break with him?",
    "Summarise Ada Lovelace's notes on the Analytical Engine and explain why Lovelace is called the first programmer.",
    "I'm a journalist fact-checking a quote attributed to Charles Darwin. Did Darwin really say it?",
])
def test_the_worlds_person_named_again_by_surname_reaches_the_cloud_as_written(find: Find, text: str) -> None:
    masked = _persons(find, text)
    assert not any(w in v for v in masked for w in ("Marx", "Lovelace", "Darwin")), masked


@pytest.mark.parametrize(("text", "name"), [
    ("My client Tomasz Wróblewski was dismissed; can Wróblewski claim unfair dismissal?", "Tomasz Wróblewski"),
    ("Karl Marx wrote Capital. My tutor Dr Marx disagrees; ask Marx tomorrow.", "Karl Marx"),
    # a frame reads the full name as the world's, the second mention as someone's: one person, masked whole
    ("Write a short biography of Irene Murphy for our firm's website; Murphy joined as a partner in 2019.", "Irene Murphy"),
])
def test_a_private_person_named_again_by_surname_is_masked_in_every_mention(find: Find, text: str, name: str) -> None:
    masked = " ".join(_persons(find, text))
    assert all(part in masked for part in name.split()), (text, masked)
