"""Establishments, events and clubs named by the word for their kind stay as written; people beside
them, and people whose surname is such a word, stay masked (issue 18, precision)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text", [
    "I'm applying for a fellowship at the Karolinska Institutet. How does its research culture differ?",
    "Is Yale University or Duke University better for economics?",
    "How does the old rule compare with the Adam Walsh Act?",
    "how does megan's law compare with the adam walsh act?",
    "Write three social posts for our new branch near Carnegie Hall, under 40 words each.",
    "Listing headline: a bright flat, a walk to the Royal Albert Hall and the V&A.",
    "What can engineers still learn from the George Washington Bridge?",
    # Battles, bodies, courts, treaties and realms.
    "Q: Who won the Battle of Hastings?\nQ: Who founded the Maurya Empire?",
    "| Salomon v Salomon & Co | House of Lords | ? |",
    "Draft a memo on how the Supreme Court treated stare decisis.",
    "Explain how the Nuremberg Principles influenced the Rome Statute.",
    "Draft a clause that references the Vienna Convention on the International Sale of Goods.",
    # Airports named after people, "airport" in lower case as English writes it.
    "Transfer from Charles de Gaulle airport to the hotel for three guests.",
    "Is the train from Václav Havel airport to the old town quicker than a taxi?",
])
def test_institutions_landmarks_and_acts_stay_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Please send the Anna Hall file to my accountant by Friday.", "Anna Hall"),
    ("My landlord Diane Bridge wants the deposit back by Friday; draft a reply.", "Diane Bridge"),
    ("Write a birthday card for Shaun Church, who turns 60 next week.", "Shaun Church"),
    ("i met the john hall who runs the shop, can you draft a thank-you note", "john hall"),
    # Typed in lower case, "the" a few words back opens no landmark's name.
    ("had the meeting with anna hall.", "anna hall"),
    ("please send the contract to james bridge.", "james bridge"),
    ("Can you email Margaret Court about the invoice?", "Margaret Court"),
    ("Tell Anna Battle the invoice is late.", "Anna Battle"),
])
def test_people_whose_surname_is_a_structures_head_stay_masked(find: Find, text: str, value: str) -> None:
    assert any(f[0] == "PERSON" and value in f[1] for f in find(text))


def test_a_structures_head_needs_a_word_or_a_surname_before_it_or_the_before_it() -> None:
    def reads(text: str, value: str) -> bool:
        return establishment(text, text.index(value), text.index(value) + len(value))

    assert reads("near Westminster Abbey and the river", "Westminster")
    assert reads("walk to the Royal Albert Hall and back", "Albert")
    # A given name no list holds is no word and no surname: "Chidi Hall" is someone.
    assert not reads("a card for Chidi Hall next week", "Chidi Hall")
    # "Smith House" may be the Smiths' home; "the White House" is a building.
    assert not reads("dinner at Smith House with the in-laws", "Smith")
    assert reads("a tour of the White House and the Capitol", "White")
    # "the Anna Hall file": the phrase goes on with a noun, so the name is hers.
    assert not reads("send the Anna Hall file", "Anna Hall")


def test_a_hospital_s_wards_and_wings_named_after_people_are_no_one(find: Find) -> None:
    found = find("Signage for Nightingale Ward, Cavell Ward and Keats Ward; lift B to Pendleton Wing.")
    assert not [value for kind, value in found if kind == "PERSON"], found


def test_someone_surnamed_ward_or_wing_stays_masked(find: Find) -> None:
    assert ("PERSON", "Sarah Ward") in find("Please call Sarah Ward about her mum's discharge.")
    assert ("PERSON", "Grace Ward") in find("Grace Ward and her son came in this morning.")


@pytest.mark.parametrize(
    "text",
    [
        "The Brunel Room is booked for the wedding breakfast.",
        "Mention that the Agatha Christie Suite is being soundproofed in January.",
        "Reply that the Churchill Suite is being soundproofed in January.",
    ],
)
def test_a_hotel_s_rooms_and_suites_named_after_people_are_no_one(find: Find, text: str) -> None:
    assert not [value for kind, value in find(text) if kind == "PERSON"], find(text)


def test_someone_surnamed_room_or_suite_stays_masked(find: Find) -> None:
    assert ("PERSON", "Anna Room") in find("Please move Anna Room to table 4.")
    assert ("PERSON", "Maria Suite") in find("Ask Maria Suite to call me back.")


@pytest.mark.parametrize(
    "text, institution",
    [
        pytest.param("O grupo chega ao Aeroporto Humberto Delgado às 10h e segue de autocarro para Évora.", "Aeroporto Humberto Delgado", id="pt-airport"),
        pytest.param("Warum erkennt Excel hier nur eine Spalte? Das Sprengel Museum öffnete 1979 in Hannover.", "Sprengel Museum", id="de-museum-last"),
        pytest.param("Complète la fiche : le Musée Fabre a ouvert en 1828, et je cherche le nombre de visiteurs.", "Musée Fabre", id="fr-musee-first"),
        pytest.param("Die Kunsthalle Bremen zeigt ab März Werke aus der eigenen Sammlung.", "Kunsthalle Bremen", id="de-kunsthalle"),
        pytest.param("La Fondazione Prada ha aperto la nuova sede a Milano nel 2015.", "Fondazione Prada", id="it-fondazione"),
    ],
)
def test_an_institution_named_by_its_kind_is_no_one_in_other_languages_too(find: Find, text: str, institution: str) -> None:
    """The heads are each language's own: text in German, French or Italian reads them as English text does."""
    assert not any(institution in value or value in institution for kind, value in find(text) if kind == "PERSON"), find(text)


def test_a_person_beside_an_institution_in_another_language_stays_masked(find: Find) -> None:
    found = find("Bitte schick die Rechnung an Jana Kühnel, sie arbeitet im Sprengel Museum in der Buchhaltung.")
    assert ("PERSON", "Jana Kühnel") in found, found
