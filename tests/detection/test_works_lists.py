"""Works listed by their titles after a noun that says what they are: titles, not people."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.works_lists import work_list_items
from tests.detection.helpers import Find


def _items(text: str) -> list[str]:
    return [text[s:e] for s, e in work_list_items(text)]


@pytest.mark.parametrize(
    "text, titles",
    [
        pytest.param(
            "Name the reception tables after Beatles songs: Hey Jude, Michelle, Eleanor Rigby, Julia, Lucy in the Sky. One line each.",
            ["Hey Jude", "Michelle", "Eleanor Rigby", "Julia", "Lucy in the Sky"],
            id="songs-after-a-colon-full-names-among-them",
        ),
        pytest.param(
            "Our book club list for autumn is Rebecca, Emma, Lolita and Carrie. Write a fun intro.",
            ["Rebecca", "Emma", "Lolita", "Carrie"],
            id="a-list-that-is",
        ),
        pytest.param(
            "first dance songs: Perfect (Ed Sheeran), At Last (Etta James), Thinking Out Loud",
            ["Perfect", "At Last", "Thinking Out Loud"],
            id="the-brackets-are-left-out",
        ),
    ],
)
def test_the_titles_of_a_list_of_works(text: str, titles: list[str]) -> None:
    assert _items(text) == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Guests who want songs: Anna Berg, Tom Patel, Li Wei", id="whose-list-it-is"),
        pytest.param("Song requests from: Anna Berg, Tom Patel, Li Wei", id="from-whom"),
        pytest.param("Films: Casablanca, Notting Hill – call Anna on 07700 900 123 to book", id="contact-data"),
        pytest.param("Two films: Casablanca and Notting Hill.", id="two-items-are-no-list"),
        pytest.param("The access log shows: Smith, Jones, Brown and Okafor signed in after midnight.", id="a-verb-s-plural"),
        pytest.param("Our favourite films: Anna Berg, Tom Patel, Casablanca, Li Wei.", id="most-items-read-as-people"),
    ],
)
def test_no_list_of_works(text: str) -> None:
    assert _items(text) == []


def test_titles_named_like_people_stay_and_guests_are_masked(find: Find) -> None:
    songs = "We name the 7 reception tables after the songs: Yesterday, Michelle, Help, Julia, Martha My Dear."
    assert not {"Michelle", "Julia", "Martha My Dear"} & {v for t, v in find(songs)}
    guests = "Guests who asked for songs: Anna Berg, Tom Patel and Li Wei. Put them on table 3."
    assert {"Anna Berg", "Tom Patel"} <= {v for t, v in find(guests) if t == "PERSON"}
