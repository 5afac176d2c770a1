"""Establishments, events and clubs named by the word for their kind stay as written; people beside
them, and people whose surname is such a word, stay masked (issue 18, precision)."""

from __future__ import annotations

from privacy_gateway.detection.establishments import establishment
from tests.detection.helpers import Find


def test_a_venue_an_event_or_a_club_named_by_its_kind_is_no_one(find: Find) -> None:
    assert find("Write a short message to book a table for four at Kavárna Nad Vápenkou on Friday at 8.") == []
    assert find("When do tickets for the Chorzów Jazz Festival usually go on sale?") == []
    assert find("How do away fans get tickets for Dieppe FC at home?") == []
    assert find("Where can I buy an old FC Charneca home shirt from the nineties?") == []


def test_the_head_is_read_first_or_last_or_beside_the_tagged_words() -> None:
    text = "lol SC Heukelum really collapsed again, like Wassenaar FF last year"
    assert establishment(text, text.index("Heukelum"), text.index("Heukelum") + 8)
    assert establishment(text, text.index("Wassenaar"), text.index("Wassenaar") + 9)
    assert establishment("a night at Hotel Carlo Avolio", 11, 29)
    assert not establishment("a night with Carlo Avolio", 13, 25)


def test_people_beside_a_venue_and_surnames_that_are_kinds_stay_masked(find: Find) -> None:
    found = find("Book a table at Kavárna Nad Vápenkou for me and Ilse Kniesel on Friday.")
    assert ("PERSON", "Ilse Kniesel") in found and not any("Kavárna" in value for _, value in found)
    # "Hall", "Park", "Church" are surnames too: no kind's head.
    assert ("PERSON", "Anna Hall") in find("Can Anna Hall cover the Saturday shift?")
    assert ("PERSON", "Tomasz Kowalczyk") in find("Dinner at Trattoria Lanzo with my colleague Tomasz Kowalczyk, what should I order?")


def test_no_head_after_a_given_name_nor_in_capitals() -> None:
    """"Tasca" is a kind's word and a surname some lists lack: after a given name it is someone's."""
    assert not establishment("Dinner with Marco Tasca on Friday", 12, 23)
    assert not establishment("IF ANNA BERG CALLS, SAY I'M OUT", 3, 12)
