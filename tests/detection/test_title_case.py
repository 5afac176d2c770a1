"""Lines typed With A Capital On Every Word: capitals there say nothing of names."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.title_case import lowered_title_lines, title_cased, titled_copy
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, cased",
    [
        ("Games Ideas For 12 Kids Indoors At Home", True),
        ("Was Cleopatra Egyptian Or Greek, My Son Says Greek", True),
        ("Ask Maria about the roof and call Mrs Hope at home.", False),  # capitals where English puts them
        ("Quarterly Report", False),  # too short to tell
    ],
)
def test_a_line_in_title_case_is_told_apart(text: str, cased: bool) -> None:
    assert title_cased(text, 0) is cased


@pytest.mark.parametrize(
    "text",
    [
        "Birthday Party For 8 Year Olds At Home, Games Ideas For 12 Kids Indoors",
        "Was Cleopatra Egyptian Or Greek, My Son Says Greek",
        "How Long Should It Take To Tile A Small Bathroom, 6 Square Metres",
    ],
)
def test_english_words_in_title_case_are_no_one(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Can You Email Grace Bishop About The Rent For Flat 2 Please", "Grace Bishop"),
        ("Please Send The Invoice To Priya Raman Before Friday", "Priya Raman"),
        ("Meeting Notes For Tuesday: Ask Peter About The Roof", "Peter"),
        ("Write A Reference For Our Babysitter Ingrid Solberg For Her New Job", "Ingrid Solberg"),
    ],
)
def test_a_name_in_title_case_is_still_someone_and_ends_before_the_small_words(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


def test_only_lines_in_title_case_are_lowered_and_offsets_hold() -> None:
    text = "Notes from Tuesday:\nWrite A Reference For Our Babysitter Ingrid Solberg For Her\nThanks, Ann"
    lowered = lowered_title_lines(text)
    assert lowered == "Notes from Tuesday:\nwrite a reference for our babysitter ingrid solberg for her\nThanks, Ann"
    assert len(lowered) == len(text)
    assert lowered_title_lines("Ask Maria about the roof.") is None


def test_a_request_in_title_case_is_no_question_about_history(find: Find) -> None:
    from privacy_gateway.detection.text_kind import kind_of

    text = "Can U Help Me Write A Message To Lorenzo About The Rent"
    assert not kind_of(text).history
    assert ("PERSON", "Lorenzo") in find(text)


@pytest.mark.parametrize("text", ["WHAT DID KIRSTIN NIELSEN SAY?", "what did łukasz straße say", "MÜLLER'S CAFÉ", ""])
def test_a_titled_copy_keeps_every_offset(text: str) -> None:
    copy = titled_copy(text)
    assert len(copy) == len(text) and copy.lower() == text.lower()
    assert all(w[:1].isupper() or not w[:1].isalpha() for w in copy.split())
