"""Names typed in one case with nothing around them to say so, read by the NER on a re-cased copy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.recased import recased, recased_names, stretches
from tests.detection.helpers import Find
from tests.detection.name_pools import ENGLISH_NOT_NAMES, FAMILY_NAMES, GIVEN_NAMES


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("talked to maria gonzalez about the q3 deck, she wants the churn slide redone", "maria gonzalez", id="lower-talked-to"),
        pytest.param("my manager priya raghunathan keeps scheduling 1:1s at 7am", "priya raghunathan", id="lower-after-role-noun"),
        pytest.param("i'm writing on behalf of my neighbour wojciech zielinski who can't use email", "wojciech zielinski", id="lower-relative-clause"),
        pytest.param("ran into oluwaseun adeyemi in the hallway and he thinks the budget is too tight", "oluwaseun adeyemi", id="lower-unlisted"),
        pytest.param("WHO TOLD SIOBHAN MCCARTHY THE LAUNCH WAS MOVED?? I WANT ANSWERS BY NOON", "SIOBHAN MCCARTHY", id="caps-shouted"),
        pytest.param("HAPPY RETIREMENT LORRAINE KOWALCZYK!!! 32 YEARS OF KEEPING US SANE", "LORRAINE KOWALCZYK", id="caps-banner"),
        pytest.param("Translate: THIS CERTIFIES THAT ANDRONIK SUVOROV HAS COMPLETED FORKLIFT TRAINING", "ANDRONIK SUVOROV", id="caps-two-unknown-words"),
        pytest.param("WELCOME YUKI NAKAMURA - NORTHWIND TOURS", "YUKI NAKAMURA", id="caps-placard"),
        # A census given name that is an English word or a stop word, before a surname no list has.
        pytest.param("PLEASE SEND THE KEYS TO WILL OKONKWO BY FRIDAY", "WILL OKONKWO", id="caps-stop-word-given-name"),
        pytest.param("SEATING: WILL OKONKWO IN 12A, MAY ADEBAYO IN 12B", "MAY ADEBAYO", id="caps-may"),
        pytest.param("UNIT 12 RESPOND TO 48 MAPLE AVE, CALLER MARGARET O'BRIEN REPORTS SMOKE", "MARGARET O'BRIEN", id="caps-elided-particle"),
        pytest.param("rota for sat: opening - jamal, tills - priyanka and sean, closing - bernadette", "jamal", id="lone-name-called-a-place"),
        pytest.param("present: will grantham, kwame asante\nactions: none", "will grantham", id="lower-stop-word-given-name"),
        pytest.param("CUSTOMER UNTIL FRIDAY. DO NOT PASS TO KÜHNEL AGAIN, THEY PROMISED A REFUND", "KÜHNEL", id="caps-lone-surname"),
        # Given names WordNet files only as proper nouns (a saint, a king, a book) are the names they are.
        pytest.param("my partner morgan snores terribly since the flu. should she see a doctor?", "morgan", id="lower-proper-noun-given-name"),
        pytest.param("long day. joshua came round with soup and we talked about the move until late.", "joshua", id="lower-proper-noun-subject"),
        # A lone given name the stock recognizer calls an organisation in lower-case prose.
        pytest.param("write a thank-you text to vincenzo for feeding the cat while we were away.", "vincenzo", id="lower-lone-name-called-an-org"),
        pytest.param("can you help me word a message asking rodrigo for a lift to the airport on the 14th?", "rodrigo", id="lower-lone-name-asked"),
        # A past question about a private person's act: only a lone proper noun is the world's there.
        pytest.param("why did the roses claudio zapata planted along the allotment fence die over the winter?", "claudio zapata", id="lower-past-question-full-name"),
        # Two words no list has, re-cased, that the stock recognizer calls a product.
        pytest.param("what made vakris kalvelis leave the finance department in 2016?", "vakris kalvelis", id="lower-full-name-called-a-product"),
    ],
)
def test_names_in_one_case_text_are_masked(find: Find, text: str, name: str) -> None:
    assert any(name in v for v in people(find(text))), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "PLEASE CALL BACK ASAP",
        "OUT OF ORDER - PLEASE USE THE STAIRS. LIFT ENGINEER DUE MONDAY.",
        "keep refrigerated",
        "how long is the grace period on a credit card",
        "is will power real or just habit?",
        "turn into a shopping list: bay leaves, spring onions, rose water, sweet basil, olive oil, jack fruit",
        "Why is this slow? SELECT NAME, CITY FROM CUSTOMERS WHERE STATUS = 'ACTIVE' ORDER BY CREATED_AT DESC",
        "Which of these should page someone at night? WARN, ERROR, CRIT, ALERT, EMERG, FATAL",
        "how do i cook jollof rice and suya",
        "the kubectl rollout restart deployment nginx hangs",
        "WHY DOES JENKINS FAIL WHEN KAFKA IS DOWN? HUDSON NEVER DID THIS.",
        "i will dockerize the app tomorrow and may refactor the rest",
        "MAY CONTAIN NUTS. WILL KEEP FOR 3 DAYS",
        "PLEASE UPGRADE THE SPRING BOOT SERVICE BEFORE FRIDAY",
        "DO NOT PASS GO, DO NOT COLLECT THE BONUS AGAIN",
        # Capitals shout titles: a lone word called an organisation there is the work's, not someone's.
        "GIVE ME 5 NAMES FOR A FANTASY TAVERN INSPIRED BY BALDUR'S GATE 3. NOTHING TOO CHEESY, AND ONE SHOULD BE A PUN.",
        # Gods and heroes no census lists, and a past question typed without capitals.
        "which is older, the temple of apollo or the parthenon",
        "was odin the father of thor in norse myth",
        "why did joshua march around jericho",
        "i asked gemini and it gave me a different answer than chatgpt",
    ],
)
def test_one_case_text_without_names_is_left_alone(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Words in capitals inside mixed-case prose are as uncased as a shouted line's.
        pytest.param("THABANI MCOYI joins us on Monday as a data analyst.", "THABANI MCOYI", id="caps-run-at-sentence-start"),
        pytest.param("Quick note for the rota. DARIUSZ ORZECHOWSKI swapped his Friday with me.", "DARIUSZ ORZECHOWSKI", id="caps-run-after-a-sentence"),
        # A surname in hyphened parts, or after a particle, that no list holds.
        pytest.param("cc de nijs-carr on the reply pls", "nijs-carr", id="lower-particle-hyphened-surname"),
        pytest.param("hey can you ping zanele mulawa-szoka about the standup", "zanele mulawa-szoka", id="lower-hyphened-surname"),
    ],
)
def test_names_in_capitals_in_mixed_text_and_surnames_in_parts_are_masked(find: Find, text: str, name: str) -> None:
    assert any(name in v for v in people(find(text))), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "We migrated the SAP HANA cluster and the NOKIA LUMIA fleet last week.",
        "The NASA JPL team sent the report; IKEA confirmed the delivery.",
        "I REALLY need this DONE by Friday, URGENT and FYI for the TODO list.",
        "Can you check the follow-up e-mail before it goes out?",
    ],
)
def test_acronyms_and_products_in_capitals_in_mixed_text_are_no_one(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_a_tagged_part_of_a_recased_full_name_grows_to_the_whole_name() -> None:
    text = "THABANI MCOYI joins us on Monday as a data analyst."
    assert [text[s:e] for s, e in recased_names(text)] == ["THABANI MCOYI"]


def test_unknown_words_beside_english_ones_are_no_one() -> None:
    text = "anyone know if jenkins or buildkite handles monorepos better, we're on gitlab right now"
    assert list(recased_names(text)) == []


def test_recasing_keeps_offsets_and_only_capitalises_name_words() -> None:
    text = "ok so talked to MARIA gonzalez about the deck"
    spans = list(stretches("talked to maria gonzalez about the deck"))
    assert recased("talked to maria gonzalez about the deck", spans) == "talked to Maria Gonzalez about the deck"
    assert len(recased(text, list(stretches(text)))) == len(text)


def test_mixed_case_text_has_no_stretch_to_recase() -> None:
    text = "Please summarise the notes from Maria Gonzalez about the Q3 deck. The churn slide needs work.\n" * 10
    assert list(stretches(text)) == []


_FRAMES = (
    "talked to {} about the q3 deck, can you outline the slides",
    "huge thanks to {} for carrying the migration over the weekend",
    "went climbing with {} on sunday and it rained the whole time",
    "rewrite this so it sounds calmer: {} still has not sent the signed contract",
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GIVEN_NAMES), st.sampled_from(FAMILY_NAMES), st.sampled_from(_FRAMES), st.booleans())
def test_a_listed_name_in_a_one_case_line_with_no_label_is_masked(find: Find, given_name: str, family: str, frame: str, upper: bool) -> None:
    name = f"{given_name} {family}"
    text = frame.format(name)
    if upper:
        text, name = text.upper(), name.upper()
    assert any(name in v for v in people(find(text))), (text, find(text))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(ENGLISH_NOT_NAMES), min_size=2, max_size=6), st.booleans())
def test_english_words_in_one_case_are_no_one(words: list[str], upper: bool) -> None:
    text = " ".join(words)
    text = text.upper() if upper else text
    assert list(recased_names(text)) == []


def test_the_recognizer_on_the_gateways_vocab_reads_as_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # `share_vocab` saves the second vocab's memory; the stock recognizer must tag the same spans on it.
    from privacy_gateway.detection import model, recased as module

    texts = ["My manager Priya Raghunathan keeps scheduling calls", "Ran into Oluwaseun Adeyemi in Lagos", "Who told Siobhan McCarthy the launch was moved"]

    def entities() -> list[list[tuple[int, int, str]]]:
        nlp = module.prose_recognizer()
        return [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]

    monkeypatch.setattr(module, "_VOCAB", [])
    module.prose_recognizer.cache_clear()
    try:
        alone = entities()
        vocab = model.load(model.NAME).vocab
        module.share_vocab(vocab)
        module.prose_recognizer.cache_clear()
        assert module.prose_recognizer().vocab is vocab
        assert entities() == alone and any(alone)
    finally:
        module.prose_recognizer.cache_clear()


def test_a_lone_proper_noun_given_name_in_technical_prose_stays_a_word() -> None:
    """In code and tool output a word WordNet has only as a proper noun is as often a product's or a
    region's as a person's: alone on a technical prompt's prose line it stays, as it did before
    such words read as names; in plain prose it is the name."""
    text = "the pager went off twice tonight and duncan says it is the ingress"
    assert [text[s:e] for s, e in recased_names(text)] == ["duncan"]
    assert list(recased_names(text, technical=True)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # A surname WordNet holds only as a famous bearer's proper noun, after a given name of the lists.
        pytest.param("missed call from halvard heyerdahl, wants a callback about the quote", "halvard heyerdahl", id="proper-noun-surname"),
        pytest.param("WAITING ON GUNNHILD HEYERDAHL TO SIGN THE LEASE BEFORE WE ORDER THE VAN", "GUNNHILD HEYERDAHL", id="caps-proper-noun-surname"),
        # A tool's name that is a census given name too, before a surname no list has: a person, not a product.
        pytest.param("ROTA WK14\nMON SPRING HALVORSK, TUE JULIA OPARINDE", "SPRING HALVORSK", id="caps-tool-given-name"),
        # A verb only people take governs a full name the recognizer calls a place or a firm in ops chatter.
        pytest.param("can you loop in brundo quaspel on the outage thread before the postmortem", "brundo quaspel", id="technical-loop-in"),
        pytest.param("CAN YOU LOOP IN VELIKA TRUNSOVA ON THE DEPLOY THREAD BEFORE THE POSTMORTEM", "VELIKA TRUNSOVA", id="technical-caps-loop-in"),
        # Accents written as their own marks (decomposed Unicode, as macOS copies them).
        pytest.param("talked to jose\u0301 gonza\u0301lez about the q3 deck", "jose\u0301 gonza\u0301lez", id="decomposed-accents"),
    ],
)
def test_names_in_one_case_work_text_are_masked(find: Find, text: str, name: str) -> None:
    assert any(name in v for v in people(find(text))), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "we did a road trip to padua and capri last summer, what else is near?",
        "thor heyerdahl sailed the kon-tiki raft across the pacific, how did he navigate",
        "We moved the batch jobs from Spring Batch to Spring Integration last year",
        "can you loop in abercrombie & fitch on the outage thread before the postmortem",
        "synced with grafana loki on the dashboards before the postmortem",
    ],
)
def test_neighbouring_one_case_text_names_no_one(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_a_proper_noun_surname_counts_only_after_a_given_name_no_english_word() -> None:
    from privacy_gateway.detection.recased import a_recased_name

    assert a_recased_name(["Halvard", "Heyerdahl"], person=True)
    assert not a_recased_name(["Halvard", "Heyerdahl"], person=False)  # untagged, the famous man's
    assert not a_recased_name(["Halvard", "Padua"], person=True)  # a place WordNet holds


def test_a_tool_given_name_before_an_unknown_surname_is_a_person() -> None:
    from privacy_gateway.detection.recased import tool_given_name

    assert tool_given_name("SPRING HALVORSK") and tool_given_name("Ruby Oparinde")
    assert not tool_given_name("Spring Boot") and not tool_given_name("Spring Webflux") and not tool_given_name("Spring")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("URGENT: MICHELLE JENKINS HAS NOT SIGNED THE NDA, CHASE BEFORE FRIDAY.", "MICHELLE JENKINS"),
        ("ask michelle jenkins about the invoice", "michelle jenkins"),
    ],
)
def test_a_tool_surname_after_a_foreign_given_name_goes_with_it(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize("text", ["RESTART JENKINS AND KAFKA BEFORE THE DEMO", "mark jenkins as deprecated in the docs"])
def test_a_tool_alone_or_after_an_english_word_stays_a_tool(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_a_famous_name_typed_in_lower_case_ends_before_the_verb_after_it(find: Find) -> None:
    assert people(find("how many ballon d'or awards has lionel messi won since 2010?")) == []
    assert people(find("how many awards has ingrid lindqvist won since 2010?")) != []


@pytest.mark.parametrize(
    "text, name",
    [
        # Technical only by the plain words offices use ("table", "column"): names in capitals are still read.
        pytest.param(
            "MAKE THIS SEATING PLAN INTO A TABLE WITH A DIETARY COLUMN. PATRONS' DINNER, THURSDAY 7PM.\n"
            "TABLE 1: JEAN-BAPTISTE FONTAINE + SJOERD HOEKSTRA, CATHAL Ó SÚILLEABHÁIN\nTABLE 2: HAMISH GRANT + WILBER HUAMÁN QUISPE",
            "WILBER HUAMÁN QUISPE",
            id="caps-seating-plan-as-a-table",
        ),
        pytest.param("add a column for allergies to this list pls\ntable 3: priya raman, tomasz wilk", "tomasz wilk", id="lower-case-list"),
        pytest.param("put this rota in a table:\nmon: kitchen tyrone + vasiliki, bar elsa\ntue: kitchen paweł", "vasiliki", id="lower-case-rota"),
    ],
)
def test_names_in_one_case_are_read_in_text_technical_only_by_plain_words(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)
