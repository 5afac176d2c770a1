"""People the world knows today (`data/famous_people.txt`, issue 18, round 29): their full names stay
as written in prose that deals with no one, in any case and with a second mention by surname; the
same names dealt with, a private person who shares only a surname, and the names the build's
privacy filter left out are still masked."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.data_files import data_lines
from privacy_gateway.detection.notable import names_notable, notable_person
from privacy_gateway.detection.text_kind import dealt_in_sentence
from tests.detection.helpers import Find

# Names WordNet's 2006 list lacks, of many countries and fields, fictional ones too.
_FAMOUS = ["Jude Bellingham", "Giorgia Meloni", "Satya Nadella", "Severus Snape", "Chimamanda Ngozi Adichie", "Narendra Modi", "Atticus Finch"]
# Round 34's fields and countries: Indian and Rwandan politics, business, chefs, K-pop, cricket.
_FAMOUS_34 = ["Chandrababu Naidu", "Roméo Dallaire", "Andy Jassy", "Grant Achatz", "Kim Namjoon", "Shubman Gill"]


@pytest.mark.parametrize(
    "text",
    [
        "Write a match preview focusing on Jude Bellingham and Lamine Yamal.",
        "How should I refer to Ursula von der Leyen, Kamala Harris and Giorgia Meloni on second mention?",
        "was it angela merkel or helmut kohl who said that",
        "Week 5: the BBC adaptation with Colin Firth vs Joe Wright's 2005 film",
        # A listed full name the model took for a place.
        "Draft a profile outline of Satya Nadella's time at Microsoft, and how it differs from Steve Ballmer's era.",
        "Give me three facts about Chimamanda Ngozi Adichie for a pub quiz.",
        "WHO WAS KONRAD ADENAUER AND WHY IS ADENAUER REMEMBERED?",
        "Explain why Jensen Huang is considered important, and whether Huang changed the field.",
    ],
)
def test_people_the_world_knows_today_stay_in_prose_that_deals_with_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can Jude Bellingham cover my shift on Friday?", "Jude Bellingham"),
        ("Please send Giorgia Meloni the signed contract by Friday.", "Giorgia Meloni"),
        ("our new hire satya nadella starts monday", "satya nadella"),
        ("My manager Tom Merkel keeps emailing me at night.", "Tom Merkel"),
        ("Our tenant Oksana Bellingham is late with rent again.", "Oksana Bellingham"),
    ],
)
def test_the_same_names_dealt_with_and_private_namesakes_by_surname_stay_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


def test_the_list_holds_full_names_and_leaves_out_frequent_pairs() -> None:
    # "Michael Jordan", "James Brown", "Walter White": both parts frequent census names, as generators make them.
    assert all(notable_person(name) for name in _FAMOUS + _FAMOUS_34)
    assert not any(notable_person(name) for name in ("Michael Jordan", "James Brown", "Walter White"))
    assert all(len(line.split()) >= 2 for line in data_lines("famous_people"))
    assert names_notable("why did giorgia meloni win") and not names_notable("my neighbour Tom Merkel")


@pytest.mark.parametrize(
    "text",
    [
        "Why is Satya Nadella still controversial today?",
        "Tell me about Giorgia Meloni's childhood and education.",
        "Tell us about Chimamanda Ngozi Adichie and the work that made her famous.",
        "What would Narendra Modi make of the world today?",
    ],
)
def test_a_question_of_their_standing_now_or_a_request_to_be_told_about_them_deals_with_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is Oksana Kovalenko still off sick today?", "Oksana Kovalenko"),
        ("Tell me about Daniel Okafor's complaint from this morning.", "Daniel Okafor"),
        ("Tell Giorgia Meloni the meeting moved to three.", "Giorgia Meloni"),
    ],
)
def test_private_people_and_people_told_things_in_the_same_words_stay_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


@pytest.mark.parametrize(("text", "name"), [
    # The dealing words are the writer's task, in another sentence than the name's.
    ("Scheme of work, draft:\nWeek 1: Jane Austen's life and letters\nWeek 2: Persuasion", "Jane Austen"),
    ("Email the department first.\nWhy did Karl Marx break with Hegel?", "Karl Marx"),
])
def test_a_dealing_in_another_sentence_leaves_the_worlds_people_as_written(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) not in find(text), text


@pytest.mark.parametrize("text", [
    # Whom the piece is for, a group or an occasion of the writer's, is no dealing with the named.
    "give me 5 discussion questions about gabriel garcia marquez one hundred years of solitude for my grade 11 class",
    "Write a motivational paragraph for the running club newsletter mentioning Haile Gebrselassie.",
    # The letter is the named person's own, and a counted draft is still the writer's explainer.
    "Draft a 100-word explainer on why Warren Buffett's annual Berkshire Hathaway letter gets so much attention.",
    "EDITOR'S NOTE HEADER: THE LEGACY OF KOFI ANNAN AT THE UNITED NATIONS. WRITE A TIGHT OBITUARY-STYLE PARAGRAPH.",
    # A piece, a tribute or a profile on the person, for the writer's own club or page.
    "Write a 120-word 'Legends corner' piece on Jonah Lomu for our junior club newsletter.",
    "Write a short tribute to Nadia Comăneci for our gym's page, two paragraphs.",
    # An introduction, an overview or a primer on the person, for the writer's team or readers.
    "Write a short intro to Miriam Makeba for a team trivia night.",
    "Give me a one-page overview of Alan Turing for our new starters' reading pack.",
])
def test_the_writers_own_group_or_occasion_leaves_the_worlds_people_as_written(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(("text", "name"), [
    ("Summarise Jane Austen's thesis on Baroque painting for the hiring committee.", "Jane Austen"),
    ("Scheme of work, draft:\nWeek 1: ask Karl Marx to send the reading list", "Karl Marx"),
    ("Forward Tim Cook's letter to the finance team.", "Tim Cook"),
    ("Prepare for the meeting: Satya Nadella wants the Q3 numbers.", "Satya Nadella"),
    ("Tim Cook's email came in, summarise it and reply.", "Tim Cook"),
    ("Write a short intro to Olusegun Adeyemi for the team newsletter, he joins on Monday.", "Olusegun Adeyemi"),
])
def test_a_dealing_in_the_names_own_sentence_still_masks_it(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), text


def test_a_sentence_for_dealings_runs_past_initials_and_short_forms() -> None:
    text = "Roe v. Wade and Dr. Ruth Westheimer come up in week 2; send the class the notes."
    start = text.index("Wade")
    assert dealt_in_sentence(text, start, start + 4)
    other = "Send the notes.\nWho argued Roe v. Wade?"
    assert not dealt_in_sentence(other, other.index("Wade"), other.index("Wade") + 4)


@pytest.mark.parametrize(
    "text",
    [
        "Background for a piece on Andhra Pradesh: Chandrababu Naidu and the TDP's return in 2024.",
        "Ideas for a 30th-anniversary piece on the Rwandan genocide: Paul Kagame, Roméo Dallaire, and the UN's failure.",
        "Write a short profile of Andy Jassy and how Amazon changed under him.",
    ],
)
def test_round_34s_people_of_the_world_stay_in_prose_that_deals_with_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "How did Ada Lovelace meet Charles Babbage?",
        "Did Albert Einstein ever meet Sigmund Freud?",
        "How did Simone de Beauvoir meet Jean-Paul Sartre?",
        "What did Winston Churchill tell Franklin Roosevelt before the conference?",
        # Told, not asked; a particle inside the second name.
        "Write a headline for a story about Narendra Modi meeting Luiz Inacio Lula da Silva at the BRICS summit.",
    ],
)
def test_a_question_of_one_famous_persons_dealing_with_another_keeps_both(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("How did Kasia Nowak meet Pedro Alves at the conference?", "Pedro Alves"),
        ("Write a note about Anna Kowalska meeting Tom Baird at the depot.", "Tom Baird"),
        ("Can you email Jane Austen the signed contract?", "Jane Austen"),
    ],
)
def test_private_people_dealing_with_each_other_and_a_famous_name_the_writer_deals_with_stay_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize("text", [
    "Is Madame Bovary a critique of romanticism or of the bourgeoisie?",
    "Why does Miss Havisham stop all the clocks?",
])
def test_a_titled_surname_only_a_famous_name_has_is_the_character(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize("text, name", [
    ("Please ask Madame Dalloway to sign the lease", "Madame Dalloway"),
    ("My GP Dr Watson says I need rest", "Dr Watson"),
])
def test_a_titled_surname_dealt_with_or_shared_is_someone(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Summarise the test Lord Fraser set out in Gillick for a sixth-form law class.", id="law-lord"),
        pytest.param("Who sat in the Scotland Act reference? I think it was Lord Reed, Lord Hodge and Lady Arden.", id="justices"),
        pytest.param("Sort by date: 2019, Mr Justice Fraser finds Horizon not robust; 2024, the inquiry chaired by Sir Wyn Williams sits again.", id="judge-and-chair"),
    ],
)
def test_peers_knights_and_judges_named_by_their_honour_stay(find: Find, text: str) -> None:
    values = [v for t, v in find(text) if t == "PERSON"]
    assert not any(w in v for v in values for w in ("Fraser", "Reed", "Hodge", "Wyn Williams")), values


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Please send the invoice to Sir Wyn Williams at 4 Park Road, Cardiff CF10 1AA.", "Wyn Williams", id="contact-details"),
        pytest.param("Earl Thompson called about his boiler; ring him back after 3.", "Earl Thompson", id="earl-is-a-given-name"),
    ],
)
def test_an_honoured_name_in_someone_s_dealings_is_masked(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compare the leadership of Elizabeth I and Catherine the Great.",
        "Write a short bio of Alfred the Great for a school project.",
        "What did Pliny the Elder write about Vesuvius?",
        "Why is William the Conqueror's invasion dated to 1066?",
    ],
)
def test_a_ruler_styled_by_an_epithet_stays(find: Find, text: str) -> None:
    """"Name the Great": private people are not styled so, the world's rulers and sages are."""
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Can Anna the Brave cover my shift on Friday?", "Anna"),
        ("Send the invoice to Anna the Great by Friday, her address is 4 Elm Road, Leeds.", "Anna"),
    ],
)
def test_a_nickname_styled_as_an_epithet_on_someone_dealt_with_stays_masked(find: Find, text: str, name: str) -> None:
    assert name in [v for t, v in find(text) if t in ("PERSON", "LOCATION")]
