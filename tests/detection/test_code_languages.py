"""Programming languages named like people and places (issue 18, round 37): in a request to write
or port code they stay; the same words for people stay masked."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Implement quicksort in Rust",
        "Port this to Julia",
        "How do I rewrite the parser in Crystal?",
        "Can you reimplement the cache in Elixir?",
    ],
)
def test_the_language_code_is_written_in_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Write a letter to Julia about the rent", "Julia"),
        ("Can you write a birthday poem for Julia, she turns 30?", "Julia"),
        ("Remind Ada that her passport expires next month.", "Ada"),
        ("We will convert the spare room for Ruby in May.", "Ruby"),
    ],
)
def test_people_named_like_languages_stay_masked(find: Find, text: str, name: str) -> None:
    assert any(name in v for _, v in find(text)), text  # masked, whatever type the reading gave it
