"""`name_checks`: the works' titles among the spans the recognizer tagged, found once a text; one-case full names in a person's slot of work prose (`cued_name`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.name_checks import cued_name, in_work_title, work_title, work_titles
from tests.detection.helpers import Find

# Titles in title case with a small word inside, beside people's names and plain sentences.
TEXTS = [
    "Who is the man in Crime and Punishment?",
    "I listened to Kind of Blue with Ilse Brandt yesterday.",
    "Summarise War and Peace for Tomasz Wojcik.",
    "Send the Gone with the Wind notes to Odile Marchand in Leeds.",
    "Tell Henrik Aalto the build is green.",
]


def test_a_title_is_found_where_the_recognizer_tagged_it(detector: Detector) -> None:
    nlp = detector.analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    text = TEXTS[0]
    assert in_work_title(work_titles(nlp(text)), text.index("Punishment"))
    assert not in_work_title(work_titles(nlp(TEXTS[4])), TEXTS[4].index("Henrik"))


def test_titles_found_once_answer_as_the_tagged_spans_do_at_every_character(detector: Detector) -> None:
    nlp = detector.analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    titled = 0
    for text in TEXTS:
        doc = nlp(text)
        titles = work_titles(doc)
        titled += bool(titles)
        for at in range(len(text)):
            # What the check answered when it read `doc.ents` on every call.
            tagged = any(e.start_char <= at < e.end_char and work_title(e) for e in doc.ents)
            assert in_work_title(titles, at) == tagged, (text, at)
    assert titled >= 2


# Full names typed in one case in a person's slot of work prose, where the recognizer tags none.
@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("moved the warranty claim to adana lugo because the shop closed early", "adana lugo", id="after-to"),
        pytest.param("order 5531 - edo afonso called twice about the missing parcel", "edo afonso", id="after-a-dash"),
        pytest.param("ORDER 5531 - ADANA LUGO CALLED TWICE ABOUT THE MISSING PARCEL", "ADANA LUGO", id="caps-after-a-dash"),
        pytest.param("rota: adda heyerdahl and the new starter cover saturday", "adda heyerdahl", id="after-a-colon"),
        pytest.param("the printer jammed again. adana lugo fixed it with a paperclip", "adana lugo", id="sentence-start"),
        # Both words English words, after a word that reaches a person.
        pytest.param("ping ante tuft about the spare keys", "ante tuft", id="english-words-after-ping"),
    ],
)
def test_one_case_names_in_a_persons_slot_are_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


# The same slots holding a thing, a firm or a town.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the trim comes with rose gold accents", id="listed-names-as-a-thing-after-with"),
        pytest.param("send the samples to new jersey first", id="a-place-after-to"),
        pytest.param("switch to dark mode for the dashboard", id="english-words-after-to"),
        pytest.param("notes: grant access to the billing team", id="english-words-after-a-colon"),
        pytest.param("ORDER 5531 - LAKE BRADLEY OFFICE CALLED ABOUT THE DELIVERY", id="a-place-head-after-a-dash"),
        pytest.param("we moved the backups to amazon glacier last year", id="a-product-after-to"),
        pytest.param("the cake was made by rose bakery on the corner", id="a-shop-after-by"),
        pytest.param("minutes: marketing budget approved, hiring freeze lifted", id="a-note-after-a-colon"),
    ],
)
def test_things_in_a_persons_slot_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


def test_a_cued_name_of_english_words_needs_a_cue_that_reaches_someone() -> None:
    assert cued_name(["ante", "tuft"], "ping")
    assert not cued_name(["ante", "tuft"], "with")  # "with rose gold trim": a thing as often
    assert cued_name(["frigyes", "horn"], "with")  # a given name no English word: a name after any cue


def test_a_name_in_a_slot_with_no_cue_holds_a_listed_name_no_english_word() -> None:
    assert cued_name(["adda", "heyerdahl"]) and cued_name(["EDO", "AFONSO"])
    assert not cued_name(["lake", "bradley"])  # a place's head word
    assert not cued_name(["harrison", "group"])  # a firm's word
    assert not cued_name(["vauxhall", "corsa"], "ask")  # a make and its model
    assert not cued_name(["bill", "went"], "phone")  # an irregular verb: "our phone bill went from …"
    assert not cued_name(["genie", "weeks"])  # English words alone: only a cue that reaches someone says so
    assert not cued_name(["Adda", "Heyerdahl"])  # capitalised: other rules read capitals


def test_an_unlisted_surname_is_no_two_english_words_run_together() -> None:
    assert cued_name(["leander", "bohnbach"]) and cued_name(["eckhart", "patberg"])
    assert not cued_name(["grid", "pathfinding"])  # "for grid pathfinding": a technique, "Grid" a given name


def test_a_listed_given_name_before_a_surname_no_list_has_is_a_name() -> None:
    # "leander" and "eckhart" are frequent words too; the surname is in no list and no dictionary.
    assert cued_name(["leander", "bohnbach"]) and cued_name(["ECKHART", "PATBERG"])
    assert not cued_name(["leander", "bay"])  # an English word after it: a place or a thing as often
    assert not cued_name(["grace", "mov"])  # too short to be read as a surname


def test_the_subject_of_a_question_may_be_words_no_list_has() -> None:
    assert cued_name(["behrem", "akçay"], subject=True) and cued_name(["BEHREM", "AKÇAY"], subject=True)
    assert not cued_name(["behrem", "akçay"])  # in any other slot, one word must be a listed name
    assert not cued_name(["kubectl", "apply"], subject=True)  # a tool
    assert not cued_name(["behrem", "weeks"], subject=True)  # an English word


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Thanks for the update. Kemal at the depot has the corrected one.", "Kemal", id="listed-at-a-site"),
        pytest.param("Sorry for the wait. Galina in dispatch takes the early shift now.", "Galina", id="listed-in-a-team"),
        pytest.param("The invoice was wrong. Obiageli from payroll said it is fixed.", "Obiageli", id="from-a-team"),
        pytest.param("Quick note. Oyelowo at reception has the parcel.", "Oyelowo", id="unlisted-at-a-desk"),
        # Given names WordNet holds only as proper nouns (a goddess, a queen), the second a town too.
        pytest.param("the rota changed again. Cynthia at the depot has the keys now", "Cynthia", id="a-proper-noun-given-name"),
        pytest.param("The rota changed again. Elizabeth in payroll takes the early shift now.", "Elizabeth", id="a-given-name-and-town-in-a-team"),
    ],
)
def test_a_word_opening_a_sentence_before_its_desk_and_a_verb_is_a_name(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We went in May. Brexit on the news was all anyone talked about.", id="unlisted-before-no-desk"),
        pytest.param("Sorry. Python from the start was a bad choice for this.", id="a-tool"),
        pytest.param("Short break. Zurich in spring is lovely, we should go.", id="a-place"),
        pytest.param("Heads up. Kafka on the new cluster has lag again.", id="a-tool-on-a-cluster"),
        pytest.param("Quick update. Lahti at the warehouse has a backlog.", id="a-listed-town-at-a-site"),
        pytest.param("Update. Georgia in the final was brilliant.", id="a-country-and-given-name-in-no-team"),
        pytest.param("Short break. Florence in the spring is lovely, we should go.", id="a-town-and-given-name-in-a-season"),
    ],
)
def test_a_word_opening_a_sentence_before_no_desk_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


# A capitalised everyday word the name lists hold but almost no one is called, and a numbered
# heading's word the recognizer tagged a place: the word, not someone; names that are words stay names.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Handout for parents, draft:\n- What is a reading age?\n- How do phonics checks work?\nFill in each bullet with two short sentences.", []),
        # The world's Jane Austen stays too: the draft is the writer's task, in another sentence.
        ("Scheme of work, draft:\nWeek 1: Jane Austen's life\nWeek 4: assessment\nImprove this.", []),
        # A bulleted heading, and a heading's word that is a census surname too ("Day").
        ("Scheme of work, draft:\n- Day 1: Jane Austen's life\n- Day 2: assessment\nImprove this.", []),
        # The name and its possessive may both be found: the mask takes the name and leaves the "'s".
        ("Scheme of work, draft:\n- Day 1: Aino Virtanen's reading list\n- Day 2: assessment\nImprove this.", ["Aino Virtanen", "Aino Virtanen's"]),
        ("Hope said the invoice was wrong again. Draft a polite reply to her.", ["Hope"]),
        ("Grant will cover the front desk on Friday; write him a short handover note.", ["Grant"]),
        ("Patient: Wanjiru Kamau\nWard: 4B\nSummarise her discharge notes for the GP.", ["Wanjiru Kamau"]),
    ],
)
def test_everyday_words_and_numbered_headings_are_no_one(find: Find, text: str, kept: list[str]) -> None:
    assert [value for _, value in find(text)] == kept


# An English word before the number it counts, tagged a place or read as a proper noun: a gate, a
# day, a clause or a courtroom's number, wherever it stands; a dwelling's part keeps its number.
@pytest.mark.parametrize(
    "text",
    [
        "My connection DL 2118 leaves JFK at 15:55 from Terminal 4. Is 2 h 15 min enough with US customs?",
        "Is Article 8 ECHR (right to family life) engaged when a spouse visa is refused? Two paragraphs.",
        "Give me one tip per stop, under 300 words.\n\nDay 1 Rome: Colosseum, Roman Forum\nDay 2 Vatican Museums\nDay 3 Florence: Uffizi",
        "Boarding for BA 117 closes at 09:40 at Gate 12. How early should I leave the lounge?",
        # "Court" is a small town's name too; only a known town keeps its number ("Dublin 8").
        "Make a noticeboard table of tonight's rounds:\nMoot Court 1, 18:00  Fisher v Bell\nMoot Court 2, 18:30  Stack v Dowden",
    ],
)
def test_an_english_word_counted_by_its_number_is_no_place(find: Find, text: str) -> None:
    assert not [v for t, v in find(text) if v.split()[0] in ("Terminal", "Article", "Day", "Gate", "Court")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Please redirect my parcels to Flat 14, 22 Rose Street, Leeds LS1 4AB from Monday.", "Flat 14"),
        ("New tenant moved into Unit 3, 18 Harbour Road, Whitby YO21 1AA last week.", "Unit 3"),
        ("Please send the signed form to 14 Pembroke Road, Dublin 4 by Friday.", "Dublin 4"),
    ],
)
def test_a_dwellings_part_keeps_its_number(find: Find, text: str, unit: str) -> None:
    assert any(unit in value for kind, value in find(text) if kind == "LOCATION")


def test_a_numbered_unit_of_an_address_stays_with_its_address(find: Find) -> None:
    text = "We're hosting at ours this year, Plot 41, Ngong View Lane. Plan a menu for eight."
    assert any("41" in value for kind, value in find(text) if kind == "LOCATION")


# A form's or a sheet's label of words no list holds as names ("Size:", "Mood:"): no one speaking;
# a town of that shape under a signature ("Canadian", Texas) and names that are words stay.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Notes:\nColour: red\nSize: large", []),
        ("Chapter 3 notes:\nSetting: a fishing village\nMood: tense\nTheme: loss\nTurn these into a paragraph.", []),
        ("Hope: are we on for Friday?\nGrant: yes, 6pm.\nHope: great", ["Hope", "Grant", "Hope"]),
    ],
)
def test_labels_of_words_no_one_is_called_are_fields(find: Find, text: str, kept: list[str]) -> None:
    assert [value for _, value in find(text)] == kept


def test_a_town_named_like_a_word_stays_a_place(find: Find) -> None:
    text = "Is this sign-off too casual?\n\nCheers,\nthe team at the bakery\nCanadian · Texas"
    assert ("LOCATION", "Canadian") in find(text)


def test_a_run_of_everyday_and_plain_words_is_no_one(find: Find) -> None:
    assert find("NOTICE: PATIENT LEAFLET UPDATED, PLEASE READ.") == []


# A call made is a cue that reaches someone: "rang", "phoned" open no name of their own.
@pytest.mark.parametrize("text, name", [
    ("tidy these call notes pls\n- 02/10 rang naima el idrissi on 01524 272118, no answer\n- 03/10 naima called back, ok", "naima el idrissi"),
    ("Call log: phoned Oksana Hrytsenko at 10, no answer; try again Friday.", "Oksana Hrytsenko"),
])
def test_a_call_verb_before_a_name_is_no_part_of_it(find: Find, text: str, name: str) -> None:
    found = find(text)
    assert ("PERSON", name) in found and not [v for _, v in found if v.lower().startswith(("rang", "phoned"))]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Who should approve the Terraform plan for the VPC peering: Anna Kovacs (SRE) or Chibuzo Obi (network lead)?", "Chibuzo Obi"),
        ("Escalations go to Tendai Moyo (on-call) until Friday; page the DBA after that.", "Tendai Moyo"),
    ],
)
def test_a_tagged_full_name_with_a_role_in_brackets_is_someone_in_technical_text(find: Find, text: str, name: str) -> None:
    assert name in [v for t, v in find(text) if t == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Compare Apache Kafka (LGPL) and Redis Streams (BSD) for a queue.",
        "Is Grace Hopper (computer scientist) the inventor of COBOL?",
    ],
)
def test_a_tool_s_licence_or_a_famous_person_s_calling_in_brackets_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []
