"""Names spelt out letter by letter after a word that asks for or gives one."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.spelled import spelled_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, letters",
    [
        ("my surname is k o w a l c z y k, first name anna", "k o w a l c z y k"),
        ("thats spelt s-i-o-b-h-a-n", "s-i-o-b-h-a-n"),
        ("name: o.k.a.f.o.r", "o.k.a.f.o.r"),
        ("MY LAST NAME IS N G U Y E N", "N G U Y E N"),
    ],
)
def test_a_name_spelt_out_after_its_cue_is_masked(find: Find, text: str, letters: str) -> None:
    assert ("PERSON", letters) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "the options are a b c or d, which is right",
        "Full name: J. K. Rowling wrote it",
        "how do you spell u s a in french",
    ],
)
def test_letters_with_no_name_cue_or_initials_before_a_name_are_no_spelling(text: str) -> None:
    assert list(spelled_names(text)) == []
