from __future__ import annotations

import pytest

from privacy_gateway.detection.places import known_place
from privacy_gateway.detection.works_world import character_in_work, classical_author, quoted_title, saying_opener
from tests.detection.helpers import Find


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(("text", "name"), [
    ("Is Jane Eyre's Mr Rochester a hero by the end of Jane Eyre?", "Rochester"),
    ("In Middlemarch, is Dorothea Brooke a tragic heroine?", "Dorothea Brooke"),
    ("Why does Pip change so much over the course of Great Expectations?", "Pip"),
    ("Is Boromir a villain in the Lord of the Rings films?", "Boromir"),
])
def test_a_character_placed_in_a_titled_work_is_the_works(text: str, name: str) -> None:
    assert character_in_work(*_at(text, name), known_place)


@pytest.mark.parametrize(("text", "name"), [
    ("How did Maria change by the end of March?", "Maria"),  # a month is no title
    ("Did Maria leave early at the end of Tom's party?", "Maria"),  # an owner's, not a work
    ("How has Maria changed since the start of Year 9?", "Maria"),  # a class's number
    ("Is Maria reading Middlemarch for book club?", "Maria"),  # no character read
])
def test_without_a_work_and_a_character_read_the_name_is_left_alone(text: str, name: str) -> None:
    assert not character_in_work(*_at(text, name), known_place)


@pytest.mark.parametrize(("text", "name"), [
    ('"Faith without works is dead" — who said it?', "Faith"),
    ("'Patience is bitter, but its fruit is sweet' — is that Rousseau?", "Patience"),
    ('What does the proverb "Will finds a way" mean?', "Will"),
])
def test_a_quoted_sayings_first_word_is_the_sentences(text: str, name: str) -> None:
    assert saying_opener(*_at(text, name))


@pytest.mark.parametrize(("text", "name"), [
    ('"Faith, can you send the minutes?" — how do I answer?', "Faith"),  # addressed
    ('"Joy Mbeki called twice" — what should I reply?', "Joy"),  # a full name
    ('"Joy is coming over tomorrow" — what should I cook?', "Joy"),  # no saying asked about
])
def test_a_quoted_name_that_is_no_saying_is_left_alone(text: str, name: str) -> None:
    assert not saying_opener(*_at(text, name))


@pytest.mark.parametrize(("text", "name"), [
    ("Which of Catullus's poems are the easiest in Latin?", "Catullus"),
    ("Is there a good translation of the fables by Aesop?", "Aesop"),
    ("'The unexamined life is not worth living' — is that Socrates or Plato?", "Socrates"),
])
def test_a_one_name_author_in_an_authors_slot_is_the_worlds(text: str, name: str) -> None:
    assert classical_author(*_at(text, name))


@pytest.mark.parametrize(("text", "name"), [
    ("Homer loves poetry, what should I get him?", "Homer"),  # a friend who reads
    ("Did Horace finish the ancient history chapter?", "Horace"),
    ("Horace wrote 'see you soon' in my card — is that a proverb?", "Horace"),
    ("Which of Mariana's poems should I frame?", "Mariana"),  # no listed author
])
def test_a_one_name_author_outside_an_authors_slot_is_left_alone(text: str, name: str) -> None:
    assert not classical_author(*_at(text, name))


@pytest.mark.parametrize("text", [
    "In Middlemarch, is Dorothea Brooke a tragic heroine?",
    '"Faith without works is dead" — who said it?',
    "'The unexamined life is not worth living' — is that Socrates or Plato?",
])
def test_the_worlds_works_reach_the_cloud_as_written(find: Find, text: str) -> None:
    assert [v for e, v in find(text) if e == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("My pupil Dorota Kowalczyk says Dorothea Brooke is the heroine of Middlemarch. Is she right?", "Dorota Kowalczyk"),
    ('"Faith, can you send your notes on Middlemarch?" my colleague asked.', "Faith"),
    ("My friend Terence always says 'fortune favours the bold' — is that Virgil?", "Terence"),
])
def test_the_same_frames_naming_private_people_stay_masked(find: Find, text: str, name: str) -> None:
    masked = " ".join(v for e, v in find(text) if e == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


@pytest.mark.parametrize(("text", "name"), [
    ('Is "Hope and Glory" worth watching with teenagers?', "Hope"),
    ("Should I read 'Faith and Reason' before the series?", "Faith"),
])
def test_a_quoted_title_of_a_work_keeps_its_words(text: str, name: str) -> None:
    assert quoted_title(*_at(text, name))


@pytest.mark.parametrize(("text", "name"), [
    ('"Olivia and Sofia" are coming to watch the film with us.', "Olivia"),  # two people, then a verb
    ('Is "Marta and Kofi" a good name for the film club?', "Marta"),  # given names alone
    ('Did "Will and Grace" sign the lease?', "Will"),  # no work watched or read
])
def test_a_quoted_pair_of_people_is_no_title(text: str, name: str) -> None:
    assert not quoted_title(*_at(text, name))
