"""Eponyms and case names (Reed–Sternberg cells, the Bolam test, Roe v. Wade) name things the world
knows: their namesakes are kept as written, while a person beside them, or a client's own matter,
is still masked."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from privacy_gateway.detection.eponyms import eponym_spans
from tests.detection.helpers import Find


def spans(text: str) -> list[str]:
    return sorted({text[s:e] for s, e in eponym_spans(text)})


@pytest.mark.parametrize("text", [
    "What do Reed–Sternberg cells tell the pathologist in Hodgkin lymphoma?",
    "Explain Darcy–Weisbach with the Colebrook–White friction factor, and when Hazen–Williams is good enough.",
    "Is the Bolam test still good law after Montgomery v Lanarkshire Health Board?",
    "Compare Carlill v Carbolic Smoke Ball Co with Partridge v Crittenden on offer and invitation to treat.",
    "Lecture notes, week 4 (tort):\n- Rylands v Fletcher (1868): escape of dangerous things\n- Transco v Stockport MBC: the rule survives",
    "When would I use a Mann-Whitney U test rather than a Wilcoxon test?",
    # A word the text also negates ("non-Hodgkin", "non-Newtonian") is a term.
    "What are Hodgkin and non-Hodgkin lymphoma, and what do Reed–Sternberg cells tell the pathologist?",
    "Is ketchup a Newtonian or non-Newtonian fluid?",
    # An ordinal between the possessive and the law: which of the namesake's laws.
    "Can you explain Newton's third law to a ten-year-old?",
    # Clinical heads, and a possessive written after the name's own "s".
    "Write a patient-friendly intro on Hashimoto's thyroiditis and how it differs from Graves' disease.",
    "Revision list: Hutchinson's incisors, Koplik spots, Virchow's triad, Fordyce spots.",
    # Laws named after someone, their word before the name, in the languages that name them so.
    "Vad är skillnaden mellan lex Sarah och lex Maria? Vem ska anmäla till IVO?",
    "E già che ci sei: legge Merlin e legge Basaglia, in due righe.",
])
def test_namesakes_of_tests_laws_cells_and_cases_are_left_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(("text", "value"), [
    # A client's own matter is someone's, even written as a case name.
    ("Our client Dana Okonkwo v Bellway Homes: draft the letter before action.", "Dana Okonkwo"),
    # Her results, her surname: not a namesake's test.
    ("Ms Adeyemi's test results came back; draft a note to Ms Adeyemi.", "Adeyemi"),
    ("Patient Tomasz Wiśniewski has Crohn's disease; summarise his notes.", "Tomasz Wiśniewski"),
    ("Ask Ana test the build before Friday.", "Ana"),
    ("Ask Hodgkin about the non-compete clause.", "Hodgkin"),
    # A given name's own condition, whatever its head.
    ("Amara's palsy has improved since Monday; call her back.", "Amara"),
    ("Lena's tremor is worse this week.", "Lena"),
])
def test_people_beside_eponyms_are_still_masked(find: Find, text: str, value: str) -> None:
    assert any(f[0] == "PERSON" and value in f[1] for f in find(text))


def test_a_possessive_counts_only_before_what_no_one_owns() -> None:
    assert spans("Crohn's disease and Boyle's law") == ["Boyle's law", "Crohn's disease"]
    assert spans("Amara's test results and Grace's method") == []


def test_an_ordinal_may_stand_between_a_namesakes_possessive_and_its_law() -> None:
    assert spans("Newton's first law, Kepler's third law and Gödel's second incompleteness theorem") == [
        "Gödel's second incompleteness theorem", "Kepler's third law", "Newton's first law",
    ]
    # Without the possessive an ordinal is a sentence's word, and a student's law exam is hers.
    assert spans("Ask Okafor first test the build") == []
    assert spans("Amara's first law exam is on Monday") == []


def test_a_given_name_or_a_title_before_the_head_is_someones() -> None:
    assert spans("the Pap test") == ["Pap test"]
    assert spans("Mr Pap test") == []
    assert spans("ask Ana test it") == []


def test_a_capitalised_head_after_a_given_name_names_a_thing() -> None:
    assert spans("How is the Bradford Factor worked out for absences?") == ["Bradford Factor"]
    assert spans("ask Ana test it") == [] and spans("Tell Grace Scale the numbers") == []
    assert spans("Ask Ana To Test The Build Before Friday Please") == []  # a line in title case says nothing


def test_a_case_name_in_capitals_takes_two_words_a_side_at_most() -> None:
    found = spans("LIST THE MAIN HOLDINGS OF R V DUDLEY AND STEPHENS AND EMAIL JOHN SMITH")
    assert found and all("JOHN" not in s for s in found)


def test_an_en_dash_joins_namesakes_a_hyphen_one_persons_name() -> None:
    assert spans("Perry–Robertson") == ["Perry–Robertson"]
    assert spans("Ana Smith-Jones called") == []


@given(st.text(alphabet=st.sampled_from("AbcV v.–-'s \n"), max_size=60))
def test_spans_lie_inside_the_text(text: str) -> None:
    for start, end in eponym_spans(text):
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("text", [
    "We detect arbitrage by running Bellman-Ford on -log(rate) edges in Python. How do I get the cycle?",
    "Is Jaro-Winkler better than Levenshtein distance for fuzzy matching names in Postgres?",
    "implementing huffman coding for the compression api, and Laplace smoothing in the sklearn pipeline",
])
def test_methods_named_after_their_makers_in_technical_text_are_left_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] in ("PERSON", "LOCATION")] == []


def test_a_hyphened_pair_is_a_method_only_in_technical_text_and_never_a_persons() -> None:
    assert [t[s:e] for t in ["Would Newton-Raphson converge in the regex API?"] for s, e in eponym_spans(t, technical=True)] == ["Newton-Raphson"]
    assert list(eponym_spans("Would Newton-Raphson converge?")) == []
    for text in (
        "Reviewed by Smith-Jones in the API", "Anna Smith-Jones broke the API", "ask Nelder about the Nelder-Mead fit in the API",
        "Smith-Jones approved the PR in the API", "Grandmother lives in Baie-Saint-Paul, see the API",
        "<given-name>Lili-Rose</given-name> in the API", "Anne-Marie fixed the regex in the API",
    ):
        assert list(eponym_spans(text, technical=True)) == [], text


def test_a_namesake_the_text_also_names_alone_is_someone() -> None:
    assert spans("Ask Okafor about the Okafor method before the review.") == []
    assert spans("The Okafor method and Crohn's disease; Okafor's method again.") == ["Crohn's disease", "Okafor method"]


def test_a_phone_or_a_number_after_the_head_is_someones() -> None:
    assert spans("ring the Nguyen cell phone after six") == []
    assert spans("What is a Schwann cell?") == ["Schwann cell"]


@pytest.mark.parametrize(("text", "value"), [
    ("Explain this court list:\nCOURT 3  10:00  R V TIM MCCAGHREN  MENTION\nCOURT 3  11:30  R V CHANEZ AISSAOUI  SENTENCE", "AISSAOUI"),
    ("Case notes, Thandeka Mkhize v Brightwell Supermarkets Ltd (county court): draft the claim.", "Mkhize"),
])
def test_a_party_written_as_a_full_name_is_someones_matter(find: Find, text: str, value: str) -> None:
    assert any(f[0] == "PERSON" and value in f[1] for f in find(text))


def test_a_reported_case_cites_surnames_and_bodies() -> None:
    assert spans("Discuss Hadley v Baxendale, then R v Dudley and Stephens in 1884.") == ["Hadley v Baxendale", "R v Dudley and Stephens"]


def test_a_head_used_as_a_verb_or_after_a_common_word_is_no_eponym() -> None:
    assert spans("have Okafor test the build, then ask okafor sign it off") == []
    assert spans("Our test failed; the po number and this sign") == []
    assert spans("the pap test and a Mann-Whitney U test") == ["Mann-Whitney U test", "pap test"]


def test_parties_named_again_in_the_text_are_a_case_file() -> None:
    text = "Leaupepe v Popescu (county court). Leaupepe slipped on the wet floor of the shop."
    assert spans(text) == []
    assert spans("Is Donoghue v Stevenson still the leading case?") == ["Donoghue v Stevenson"]


def test_a_capitalised_head_that_is_a_given_name_ends_a_persons_name() -> None:
    assert spans("Réponse de Dubois Constant au sujet du contrat") == []
    assert spans("Boyle's Law and the Planck constant") == ["Boyle's Law", "Planck constant"]


def test_a_name_repeated_before_heads_is_read_once() -> None:
    text = "Smith test " * 2000
    assert len(list(eponym_spans(text))) == 2000


def test_a_given_names_possessive_before_law_is_a_statute() -> None:
    assert spans("is clare's law the same thing as sarah's law?") == ["clare's law", "sarah's law"]
    assert spans("What does Megan's Law require in New Jersey?") == ["Megan's Law"]
    # Before any other head, or before a student's or a firm's noun, the possessive is hers.
    assert spans("Megan's test and Megan's method") == []
    assert spans("my daughter Megan's law degree and Sarah's law firm") == []


@pytest.mark.parametrize(("text", "value"), [
    ("My daughter Megan's law degree starts in September; what should she read first?", "Megan"),
    ("Sarah's law firm sent the invoice to Sarah at 12 Elm Road.", "Sarah"),
    ("Court list: Sydney Jones v Preston Ltd at 10am, draft the note.", "Sydney Jones"),
])
def test_a_student_a_firm_and_a_party_beside_a_town_are_still_masked(find: Find, text: str, value: str) -> None:
    assert any(f[0] == "PERSON" and value in f[1] for f in find(text))


def test_two_towns_or_their_clubs_either_side_of_v_are_a_fixture() -> None:
    assert "Real Madrid v Barcelona" in spans("Write a match preview on Real Madrid v Barcelona, 250 words.")
    assert "Leeds v Manchester United" in spans("Preview Leeds v Manchester United for the newsletter.")
    # A given name opening a party makes it a person's, town or not: no span holds the whole name.
    assert not any("Sydney" in s for s in spans("Court list: Sydney Jones v Preston Ltd at 10am"))


@pytest.mark.parametrize("text", ["Dear Factor, your parcel is delayed until Monday.", "Hi Sign, the invoice is attached."])
def test_a_head_greeted_is_someones_name(find: Find, text: str) -> None:
    # "Dear Factor": a salutation before a head's word greets someone; no eponym of "factor".
    assert not list(eponym_spans(text))
    assert any(t == "PERSON" for t, _ in find(text))


def test_code_and_numerics_heads_count_in_technical_text_only() -> None:
    assert spans("tell Ngozi Okafor coding club is off") == []
    assert [t[s:e] for t in ["Okafor coding in the api"] for s, e in eponym_spans(t, technical=True)] == ["Okafor coding"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('def levenshtein(a: str, b: str) -> int:\n    """Levenshtein distance (Vladimir Levenshtein, 1965)."""', id="docstring-credit"),
        pytest.param("/**\n * Luhn mod-10 checksum (Hans Peter Luhn, IBM, 1954).\n */\nfun luhnValid(number: String): Boolean {", id="credit-with-an-employer"),
        pytest.param("# Dijkstra's algorithm, Edsger W. Dijkstra 1959.\ndef dijkstra(graph, source):\n    pass", id="credit-with-initials"),
    ],
)
def test_an_algorithm_s_maker_credited_with_a_year_in_code_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Ask Anna Dijkstra, 2019 intern, about the dijkstra() regression in src/graph.py", "Anna Dijkstra", id="reached"),
        pytest.param("# dijkstra() was rewritten by Anna Dijkstra in the 2019 refactor\ndef dijkstra(g): pass", "Anna Dijkstra", id="no-credit-year"),
    ],
)
def test_a_colleague_sharing_the_algorithm_s_name_is_still_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Create a lesson plan on Maslow's hierarchy of needs for Year 12 psychology.", id="hierarchy"),
        pytest.param("EXPLAIN MASLOW'S HIERARCHY OF NEEDS AND ITS MAIN CRITICISMS.", id="in-capitals"),
        pytest.param("Explain Herzberg's two-factor theory for a line manager workshop.", id="words-between"),
        pytest.param("Turn Kolb's experiential learning cycle into a reflective template.", id="cycle"),
        pytest.param("Can you explain Kübler-Ross's five stages of grief for a palliative care talk?", id="hyphened-surname"),
        pytest.param("Is Gardner's multiple intelligences theory still a thing?", id="theory-is-still"),
    ],
)
def test_a_framework_after_its_maker_s_possessive_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Popescu's theory is that the cron job overlaps the backup.", "Popescu", id="a-colleague-s-hunch"),
        pytest.param("Ask Ana Kolb's team about the learning cycle review.", "Ana Kolb", id="a-given-name-before"),
    ],
)
def test_a_colleague_s_theory_is_still_masked(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("raynaud's is killing me on my bike commute, fingers go white", id="lower-case"),
        pytest.param("Is Dupuytren's contracture hereditary? my grandfather had it in both hands", id="a-clinic-s-head"),
        pytest.param("early signs of Parkinson's vs normal ageing tremor? my dad's hand shakes a bit", id="a-census-surname-in-a-health-text"),
        pytest.param("my mum has Crohn's, what should she eat?", id="after-has"),
    ],
)
def test_a_condition_called_by_its_namesake_s_possessive_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_namesake_s_possessive_outside_health_is_someone_s(find: Find) -> None:
    assert any(t == "PERSON" and "Parkinson" in v for t, v in find("Send Parkinson's invoice to accounts by Friday")), find("Send Parkinson's invoice to accounts by Friday")



@pytest.mark.parametrize("text", [
    "what's the Beneish M-score and is it still useful post-Enron?",
    "what's the Beneish M-score and is it still useful post-Enron? 3 sentences",
    "Calculate the Altman Z-score from these and tell me which zone we're in",
])
def test_a_statistic_s_letter_may_open_the_head(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON" and v in ("Beneish", "Altman")] == [], find(text)


def test_a_namesake_asked_for_a_statistic_is_someone(find: Find) -> None:
    assert ("PERSON", "Altman") in find("Ask Altman for the Z-score")
