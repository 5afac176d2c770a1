from __future__ import annotations

import pytest

from privacy_gateway.detection.notable import names_notable, notable_person
from tests.detection.helpers import Find


@pytest.mark.parametrize("text", [
    "When was Tim Cook promoted to head of operations?",
    "was alan turing on the night shift?",
    "WHAT DID GRACE HOPPER'S TEAM BUILD?",
    "What did Ada Lovelace write?",
])
def test_a_full_name_the_world_knows_is_found_in_any_case(text: str) -> None:
    assert names_notable(text)


@pytest.mark.parametrize("text", [
    "When did Marta Lindqvist join the support desk?",
    "Ask Tim about the cook-off.",  # a given name beside a word is no full name
    "The night shift starts at ten.",
])
def test_no_full_name_the_world_knows_is_found_where_none_is(text: str) -> None:
    assert not names_notable(text)


@pytest.mark.parametrize("name", ["Marie Skłodowska-Curie", "Søren Kierkegaard", "Lech Wałęsa", "Johann Strauß"])
def test_letters_nfkd_cannot_take_apart_are_spelt_out_on_both_sides(name: str) -> None:
    # The lists write "Sklodowska", "Soren", "Walesa", "Strauss"; the text may keep its own letters.
    from privacy_gateway.detection.notable import notable_person

    assert notable_person(name)


@pytest.mark.parametrize("name", ["Martin Luther King", "Robert Downey", "Martin Luther King Jr."])
def test_a_famous_name_is_known_without_its_generations_mark(name: str) -> None:
    from privacy_gateway.detection.notable import notable_person

    assert notable_person(name)


def test_a_generations_mark_alone_leaves_no_one_known() -> None:
    from privacy_gateway.detection.notable import notable_person

    assert not notable_person("Neymar") and not notable_person("Jr.")


def test_a_famous_name_and_its_mark_in_a_question_stay(find: Find) -> None:
    assert find("what were Martin Luther King Jr.'s main achievements apart from the I Have a Dream speech?") == []


def test_a_title_after_a_famous_owners_possessive_is_their_work() -> None:
    from privacy_gateway.detection.notable import famous_owners_work

    def work(text: str, value: str) -> bool:
        start = text.index(value)
        return famous_owners_work(text, start, start + len(value))

    assert work("a programme note on Tchaikovsky's Swan Lake", "Tchaikovsky's Swan Lake")
    assert work("What made Kendrick Lamar's To Pimp a Butterfly so influential?", "To Pimp a Butterfly")
    assert not work("Send Anna Smith's Blue Notebook to the office.", "Anna Smith's Blue Notebook")
    assert not work("Is Tchaikovsky's biographer still alive?", "Tchaikovsky's biographer")
    assert not work("We got tickets for Taylor Swift's Eras Tour with Lisa Cole and her sister", "Lisa Cole")
    # A title its maker follows: "… by Orhan Pamuk".
    assert work("Explain the narrators in My Name Is Red by Orhan Pamuk.", "Red")
    assert work("Analyse the Largo of the New World Symphony by Antonín Dvořák.", "New World Symphony")
    assert not work("Review the report by Anna Kowalska for Tom Lee.", "Anna Kowalska")
    assert not work("Summarise the Paloma Mennea report by Barack Obama.", "Paloma Mennea")


@pytest.mark.parametrize("declined", ["Roberta Lewandowskiego", "Václava Havla", "Franze Kafku", "Wisławy Szymborskiej", "Fryderyka Chopina", "Tove Janssonia"])
def test_a_famous_name_declined_as_slavic_and_finnish_grammar_does_is_known(declined: str) -> None:
    assert notable_person(declined)


@pytest.mark.parametrize("private", ["Adama Nowaka", "Piotra Zielińskiego", "Anna Kowalska", "Marta Lindqvist"])
def test_a_private_name_declined_or_not_is_no_famous_one(private: str) -> None:
    assert not notable_person(private)
