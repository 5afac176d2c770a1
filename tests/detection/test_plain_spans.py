"""Roles, departments and products written in title case reach the cloud as written in any text
(precision): a phrase of English words that holds no one's given name is no one's name, while a
full name, or a title before a word, still is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.lexicon import english_words, first_names
from privacy_gateway.detection.plain_spans import camel_identifier, plain_label, plain_phrase, role_phrase, statistic_label
from tests.detection.helpers import Find


def _people(found: list[tuple[str, str]]) -> list[str]:
    return [value for entity, value in found if entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Can you draft a reply to a supplier saying our Warehouse Manager approved the new price list?", "Warehouse Manager"),
        ("Please confirm the order for 40 cartons of Nitrile Gloves ships by Friday. Thanks, Purchasing", "Nitrile Gloves"),
        ("Need a returns policy for our shop that sells handmade Beeswax Candles. Keep it under 150 words.", "Beeswax Candles"),
        ('Translate for the supplier: "Dear Customer Service, the pallet arrived with 3 crushed cases."', "Customer Service"),
    ],
)
def test_a_title_case_phrase_of_plain_words_stays(find: Find, text: str, phrase: str) -> None:
    assert not any(phrase in value for value in _people(find(text)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Mx Masoner,\n\nthank you for your patience while we sorted out the refund.", "Masoner"),
        ("Please forward the invoice to Grace Baker before Friday.", "Grace Baker"),
        ("Our new hire Rune Amundsen starts on Monday; set up his laptop.", "Rune Amundsen"),
    ],
)
def test_names_made_of_words_are_still_masked(find: Find, text: str, name: str) -> None:
    assert any(name in value for value in _people(find(text)))


def test_a_title_opens_a_name() -> None:
    assert not plain_phrase("Madame Close")
    assert not plain_phrase("Dear Babel")
    assert plain_phrase("Dear Customer Service")
    assert plain_phrase("Sprint Review")


_GIVEN = sorted(first_names())
_WORDS = sorted(w for w in english_words() if w.isalpha() and len(w) > 2)


@settings(max_examples=100, deadline=None)
@given(given_name=st.sampled_from(_GIVEN), word=st.sampled_from(_WORDS))
def test_a_phrase_holding_a_given_name_is_never_plain(given_name: str, word: str) -> None:
    assert not plain_phrase(f"{given_name.title()} {word.title()}")
    assert not plain_phrase(f"{word.title()} {given_name.title()}")


@pytest.mark.parametrize(
    "text",
    [
        "The Sales Manager asked for the Q2 forecast. Summarise it in two lines.",
        "Our Head of Procurement asked whether DAP or DDP makes more sense for our imports.",
        "Write a post announcing our new Customer Success Manager role: remote, EMEA, SaaS experience required.",
        # A rank or trade word before a plain word is part of the role, and more roles' heads.
        "Please send the breach report to our Data Protection Officer by Friday.",
        "Escalate it to the Head of Operations and the General Counsel, then close the ticket.",
        "Rewrite these headings:\n## Listing Officer\n## Company Secretary\n## Legal Cashier",
    ],
)
def test_a_job_title_stays(find: Find, text: str) -> None:
    assert _people(find(text)) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sales Manager", True),
        ("Head of Procurement", True),
        ("VP of Sales", True),
        ("IT Support", True),
        ("Grace Manager", False),
        ("Priya Manager", False),
        ("Mr Director", False),
        ("General Counsel", True),
        ("Data Protection Officer", True),
        ("General Patton", False),
        ("Officer Nakamura", False),
        ("Brad Stow", False),
    ],
)
def test_role_phrase(value: str, expected: bool) -> None:
    assert role_phrase(value) is expected


@settings(max_examples=60, deadline=None)
@given(given_name=st.sampled_from(_GIVEN), head=st.sampled_from(["Manager", "Director", "Lead", "Officer", "Team"]))
def test_a_given_name_before_a_role_word_is_no_job_title(given_name: str, head: str) -> None:
    assert not role_phrase(f"{given_name.title()} {head}")


@pytest.mark.parametrize("value", ["z.osmanli", "bank_mora", "clarke.s2"])
def test_a_login_is_never_a_label(value: str) -> None:
    """Words joined as a login ("z.osmanli": WordNet has Osmanli as a language) are no tool's label."""
    assert not plain_label(value, "PERSON")


def test_plain_words_are_still_labels() -> None:
    assert plain_label("Platform Team", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Details as the PDF has them:\nSeats:\n12\nTrial:\nfalse\nStorage class:\nSTANDARD_IA", id="a-sheets-labels"),
        pytest.param("Settings from the admin page:\nModel:\ngpt-4o-mini\nTemperature:\n0.2", id="model-settings"),
    ],
)
def test_plain_words_alone_on_a_line_before_a_colon_are_a_label(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Transcript of the call:\nGrace:\nhi, is the parcel still at the depot?", "Grace", id="a-given-name-speaks"),
        pytest.param("Ship to:\nAnna Berg\nChurch Road\nAsh\nGU12 6LX", "Ash", id="a-town-alone-on-its-line"),
    ],
)
def test_names_and_towns_alone_on_a_line_stay_masked(find: Find, text: str, name: str) -> None:
    assert name in {v for _, v in find(text)}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Name (time in ms)            Min         Max        Mean  Rounds\n"
                     "test_fft_numpy           39.4398     51.2717     43.3838     322", id="a-benchmark-s-header"),
        pytest.param("> summary(x)\n Min.   :4.300   Min.   :2.000   Min.   :0.100\n Max.   :7.900   Max.   :4.400   Max.   :2.500", id="r-summary-rows"),
    ],
)
def test_a_statistic_s_words_in_a_table_are_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_statistic_words_in_a_sentence_are_names() -> None:
    text = "Please ask Max, Min and Ana to review the average figures"
    assert not statistic_label(text, text.index("Max"), text.index("Max") + 3)
    aligned = "      Min         Max        Mean"
    assert statistic_label(aligned, aligned.index("Max"), aligned.index("Max") + 3)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Draft a short engagement letter template:\n\nDear [Client Name],\n\nThank you for instructing [Firm Name].", id="a-greeting-before-a-field"),
        pytest.param("Make this macro friendlier:\n\nDear Customer, We acknowledge receipt of your inquiry.", id="dear-customer"),
        pytest.param("Dear Valued Customer, thanks for your order.", id="valued-customer"),
        pytest.param("Dear Sir or Madam, please find the invoice attached.", id="sir-or-madam"),
        pytest.param("Dear Parent/Guardian, the trip is on Friday.", id="parent-guardian"),
    ],
)
def test_a_form_letter_s_greeting_names_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Dear Mr Parent, thanks for coming in.", "Mr Parent", id="a-title"),
        pytest.param("Dear Anna, thanks for the notes.", "Anna", id="a-given-name"),
    ],
)
def test_a_greeted_person_is_still_masked(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize("value", ["RangeIndex", "PrivateIpAddress", "HighErrorRate", "DataFrame"])
def test_code_s_camel_case_of_english_words_is_no_one(value: str) -> None:
    assert camel_identifier(value)


@pytest.mark.parametrize("value", ["JohnSmith", "KwameBoateng", "DeShawn", "McKenzie", "Range", "RANGE"])
def test_a_name_in_camel_case_is_not_an_identifier(value: str) -> None:
    assert not camel_identifier(value)


def test_a_class_s_name_in_tool_output_stays(find: Find) -> None:
    text = ">>> df.info()\n<class 'pandas.core.frame.DataFrame'>\nRangeIndex: 891 entries, 0 to 890\nData columns (total 12 columns):"
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)



@pytest.mark.parametrize("text", [
    "Draft a ministerial briefing note template: Issue / Recommendation / Background / Key risks / Handling / Comms.",
    "Mutual action plan template as a table: Milestone | Owner (Buyer/Seller) | Target date | Status | Notes.",
])
def test_a_list_of_headings_names_no_one(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize("text, name", [
    ("Rota this week: Mark / Grace / Tom", "Grace"),
    ("Owners: Anna Key / Ben Seller / Carla", "Ben Seller"),
])
def test_people_listed_so_are_someone(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


def test_a_tables_rows_are_values_not_headings(find: Find) -> None:
    text = (
        "app_prod=> SELECT id, first_name, last_name, phone FROM customers;\n"
        " id | first_name | last_name | phone\n----+------------+-----------+------------\n"
        "  7 | Tessa      | Seller    | 024-0967443\n  8 | Amara      | Key       | 024-0967448\n"
    )
    found = find(text)
    assert ("PERSON", "Seller") in found and ("PERSON", "Key") in found, found
