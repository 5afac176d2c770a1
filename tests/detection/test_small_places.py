"""Towns, villages and districts under 15,000 people, named by strangers in personal text, are masked;
a small place that is also an English word stays as written where nothing places it (issue 18)."""

from __future__ import annotations

import gzip
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.foreign import function_word
from privacy_gateway.detection.lexicon import common_word
from privacy_gateway.detection.places import OWNED_PLACE_CUE, known_place
from privacy_gateway.detection.small_places import lived_place_spans, small_place_spans, small_places
from tests.detection.helpers import Find


def _towns() -> list[str]:
    raw = files("privacy_gateway.detection").joinpath("data/small_places.tsv.gz").read_bytes()
    rows = [line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines()]
    return [name for name, _, kind in rows if kind == "t" and not known_place(name)]


_TOWNS = _towns()
# Small places with a single name that is no function word in any language: what a stranger types.
_NAMED = sorted(t for t in _TOWNS if " " not in t and len(t) >= 4 and not function_word(t))
# Small places that are also everyday English words ("Deal", "Reading", "Mobile").
_WORDS = sorted(t for t in _TOWNS if t.isalpha() and t[0].isupper() and common_word(t) and len(t) >= 4)


def _masked(find: Find, text: str, value: str) -> bool:
    return any(value in found or found in value for _, found in find(text) if len(found) >= 3)


def test_the_list_holds_villages_and_districts_of_many_countries() -> None:
    listed = small_places()
    assert {"bad tolz", "kilkee", "tarnow", "kaysersberg", "ringsted"} <= listed
    assert len(listed) > 100_000


def test_small_places_in_personal_text_are_masked(find: Find) -> None:
    assert ("LOCATION", "Ringsted") in find("My sister lives in Ringsted and I visit her every summer.")
    assert _masked(find, "Please update my address: ul. Długa 5, 33-100 Tarnów, Poland.", "Tarnów")
    assert _masked(find, "We're moving to Bad Tölz, Bavaria next month, can you help with a checklist?", "Bad Tölz")
    assert _masked(find, "can u help me write a complaint, the bus from kaysersberg to work never shows up before 7", "kaysersberg")


def test_a_places_postcode_and_region_go_with_it_in_any_case() -> None:
    assert [*small_place_spans("Bill to: Harto Saefullah, Diangokro 90159, Comuna Fărău")][0:1] == [(26, 41)]
    text = "TRANSLATE THIS FORM ANSWER: PLACE OF BIRTH VENTALLÓ, CIMARRON COUNTY"
    assert [text[s:e] for s, e in small_place_spans(text)] == ["VENTALLÓ", "CIMARRON COUNTY"]
    text = "MEET ME IN RINGSTED ON FRIDAY, BRING THE KEYS"
    assert [text[s:e] for s, e in small_place_spans(text)] == ["RINGSTED"]
    assert list(small_place_spans("THE READING LIST AND THE BATH TOWELS ARE IN THE CAR")) == []


def test_function_words_months_and_titles_are_no_places() -> None:
    for text in (
        "Comment éviter les injections SQL dans une application PHP qui utilise PDO ?",
        "change note: new salary $1,731.00 from August 05.",
        "Give me discussion questions for a book club reading To Kill a Mockingbird.",
        "got a message from Maria about the invoice",
        "Résume cet échange : > Le mardi, Manon a écrit",
        "[18:03] Loja: claro, em 10 min ele liga",
        "Make an emergency contact card: phone 0927 456 570, home 85994",
    ):
        assert list(small_place_spans(text)) == [], text


@settings(max_examples=30, deadline=None, derandomize=True)
@given(town=st.sampled_from(_NAMED), cue=st.sampled_from(["lives in {}", "we are moving to {} in May", "12345 {}", "town: {}"]))
def test_any_listed_small_place_in_a_place_position_is_masked(find: Find, town: str, cue: str) -> None:
    text = f"Hi, quick question about my contract. My brother {cue.format(town)}, can you draft a short note?"
    assert _masked(find, text, town), text


@settings(max_examples=30, deadline=None, derandomize=True)
@given(word=st.sampled_from(_WORDS))
def test_a_small_place_that_is_an_english_word_with_no_place_position_is_not_a_place(word: str) -> None:
    text = f"Please help me write a note: the {word.lower()} and the {word} section of the report are both late."
    assert list(small_place_spans(text)) == [], text


@pytest.mark.parametrize(
    "text, town",
    [
        ("```\n$ kubectl get pods\n```\nbtw my flight back to Zakopane is on Friday, so no deploys from me", "Zakopane"),
        ("[10:02] ops-bot: deploy 3.2 done\n[10:04] Marta: I'm driving up to Kendal tomorrow, ping Ravi for the pager", "Kendal"),
        ("Rewrite this so it's readable:\nDRIVER COLLECTS GUEST AT 7, TAXI TO TENBY AFTER BREAKFAST", "TENBY"),
        ("Summarise: SMITH v. ACME LTD, CLAIMANT JOAN SMITH OF LLANELLI", "LLANELLI"),
    ],
)
def test_a_town_someone_travels_to_in_a_chat_export_or_a_note_in_capitals(find: Find, text: str, town: str) -> None:
    assert ("LOCATION", town) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "```\n$ git log\n```\nWe are moving to Kafka for the event bus and heading to Production next week",
        "Deploy notes: THE AWS EU WEST REGION IS DOWN, FAILING OVER TO READING REPLICA",
    ],
)
def test_tools_and_words_after_a_travel_word_in_technical_text_stay(find: Find, text: str) -> None:
    assert not [v for t, v in find(text) if t == "LOCATION"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("tidy my notes:\n- wants to move in spring, asked about remote from ireland\n- still blocked on the sso migration", "ireland"),
        ("CUSTOMER IS AT THE DEPOT UNTIL FRIDAY THEN BACK TO IRELAND. CALL BACK BEFORE 4PM.", "IRELAND"),
        ("Travel: Wade flies in from USA, needs a visa letter by 1 Aug.", "USA"),
        ("i grew up in turkey and moved back to china last year", "turkey"),
        ("she's based out of ringsted these days", "ringsted"),
    ],
)
def test_places_after_living_and_going_cues_in_any_case(find: Find, text: str, value: str) -> None:
    assert ("LOCATION", value) in find(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik ben mijn paspoort kwijt. Wout Peeters, geboren 27-10-1973, woonplaats Edam, mobiel 06 2718 4409.\nWat moet ik doen?", "Edam"),
        ("Cliente Mario Rossi, residente a Montalcino, chiede un preventivo per la caldaia", "Montalcino"),
        ("Antragsteller: Jonas Weber, wohnhaft in Schwäbisch Hall, bittet um Rückruf", "Schwäbisch Hall"),
    ],
)
def test_a_place_of_residence_written_inline_is_masked(find: Find, text: str, value: str) -> None:
    assert ("LOCATION", value) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here is the handler:\n#[get(\"/orders/{id}\")]\nasync fn order(db: web::Data<Pool>) -> impl Responder {}\nHow much changes if we move to Tokio?",
        "After the migration we moved back to Postgres and the service is back in Kafka.",
        "we moved to reading the config from env and we're back to normal",
    ],
)
def test_tools_and_words_after_moving_cues_stay(find: Find, text: str) -> None:
    assert not [v for t, v in find(text) if t == "LOCATION"]


def test_a_small_place_in_a_technical_prompts_plain_sentence_is_masked(find: Find) -> None:
    text = ("Interview notes (panel, senior SRE role). Give a scorecard:\n\n"
            "BAUTISTA — Tell me about the migration you led.\n"
            "ADEYEMI — We moved 40 services off the old VM fleet in Llandeilo, I wrote the cutover plan.\n")
    assert ("LOCATION", "Llandeilo") in find(text)


def test_places_in_code_and_well_known_cities_in_technical_text_stay(find: Find) -> None:
    text = "Why does my pod fail?\n```\nkubectl get pods -n Llandeilo\n```\nThe error is in Helm and the chart is not in Frankfurt."
    assert not [v for t, v in find(text) if t == "LOCATION"]


def test_towns_on_a_manifest_row_of_a_slashed_passenger_name_are_masked(find: Find) -> None:
    text = ("Legacy charter printout, can you turn it into a CSV with columns no,surname,given,boarding_town,seat?\n\n"
            "CHARTER 7Q-114  PAX LIST\n01  SARKAR/MAHFUZ  MAHABALESHWAR  SEAT 4D\n02  NAIR/MURUGAN  YELLOW SPRINGS  SEAT 9A\n")
    found = find(text)
    assert ("LOCATION", "MAHABALESHWAR") in found and ("LOCATION", "YELLOW SPRINGS") in found
    assert not [v for t, v in found if t == "LOCATION" and v in ("SEAT", "CHARTER", "PAX LIST")]


def test_a_lower_case_place_on_a_lower_case_line_of_a_mixed_prompt(find: Find) -> None:
    text = "Please make this text message polite:\n\nhey running late, stuck in traffic near wolfhagen again, see u at 10"
    assert ("LOCATION", "wolfhagen") in find(text)
    assert not [v for t, v in find("Translate for me:\n\nwe are in reading week and then going to the gym at 6") if t == "LOCATION"]


def _longest_runs(text: str) -> list[tuple[int, int]]:
    """`_matches` as first written: every run of up to four words, longest first, folded and looked up."""
    from privacy_gateway.detection.places import fold_place
    from privacy_gateway.detection.small_places import _MOST_WORDS, _WORD

    words, out, i = list(_WORD.finditer(text)), [], 0
    while i < len(words):
        for n in range(min(_MOST_WORDS, len(words) - i), 0, -1):
            run = words[i : i + n]
            if all(text[a.end() : b.start()] in (" ", "\t") for a, b in zip(run, run[1:])) and (
                fold_place(text[run[0].start() : run[-1].end()]).replace("’", "'") in small_places()
            ):
                out.append((run[0].start(), run[-1].end()))
                i += n
                break
        else:
            i += 1
    return out


_SEVERAL_WORDS = sorted(name for name in small_places() if " " in name)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_SEVERAL_WORDS), st.sampled_from(_SEVERAL_WORDS), st.sampled_from(["{}", "{} ", "{}-x", "x {}"]))
def test_runs_are_found_as_by_looking_up_every_run(first: str, second: str, shape: str) -> None:
    from privacy_gateway.detection.small_places import _matches

    for text in (f"moved from {shape.format(first)} to {second} in May", f"{first.title()} {second.upper()}, {first}\t{second}"):
        assert list(_matches(text)) == _longest_runs(text)


def test_a_word_starting_no_listed_name_of_several_words_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of several words are folded and looked up only after a word that starts such a name."""
    import privacy_gateway.detection.small_places as module

    folded: list[str] = []
    fold = module.fold_place
    monkeypatch.setattr(module, "fold_place", lambda value: folded.append(value) or fold(value))
    text = "please refactor our queue consumer before tomorrow"
    assert module._first_words().isdisjoint(text.split())
    assert list(module._matches(text)) == _longest_runs(text)
    assert folded == text.split()


# A listed place before a site ("the Burgos store", "the Malmö shop") is where a shop or office is,
# also in a note that talks of price lists and tables; a place WordNet has only as a proper noun
# ("Malmö") is no English word there. The Apple store and the Reading office stay: English words.
@pytest.mark.parametrize(
    "text, place",
    [
        ("Please add Gisela Hult to the staff list for the Malmö shop; the rota table still shows last month's column.", "Malmö"),
        ("Our price list has an error in the VAT column. Evaristo de Prieto from accounts noticed it at the Burgos store.", "Burgos"),
    ],
)
def test_a_listed_place_before_a_site_is_a_place(find: Find, text: str, place: str) -> None:
    assert ("LOCATION", place) in find(text)


def test_english_words_before_a_site_stay(find: Find) -> None:
    text = "Update the stock table: the Apple store and the Reading office both asked for the new price list."
    assert find(text) == []


def test_a_proper_noun_with_no_place_around_it_stays_a_word(find: Find) -> None:
    # WordNet's proper nouns count as places only where a word of place or a site stands beside them.
    text = "I asked Gemini and it said Phoenix LiveView needs websockets to work at all. Is that true?"
    assert find(text) == []


def test_someones_place_is_found_in_a_question_about_the_worlds_places() -> None:
    """A trip's question keeps its places, but reads the place that follows "Nadia's place in", "my
    sister's house in" as someone's; a trip's own stops stay out of it."""
    text = "What's the easiest way to get to Nadia's place in Capolona from the station?"
    assert [text[s:e] for s, e in lived_place_spans(text, cues=OWNED_PLACE_CUE)] == ["Capolona"]
    trip = "Plan our weekend in Capolona, then a day in Laion."
    assert list(lived_place_spans(trip, cues=OWNED_PLACE_CUE)) == []


def test_where_goods_come_from_is_no_one_s_town(find: Find) -> None:
    assert find("We stock olive oil from Capolona. Which dishes show it off best?") == []
    assert ("LOCATION", "Capolona") in find("We moved to Capolona last year. Which dishes show off olive oil best?")


@pytest.mark.parametrize(("text", "place"), [
    ("Our runbook says to move the files from Bamboo to the new drive.", False),
    ("Escalate to Gandi before noon.", False),
    ("She lives in Gandi with her mum.", True),
])
def test_a_product_no_one_is_named_after_is_a_place_only_where_someone_lives(find: Find, text: str, place: bool) -> None:
    name = "Bamboo" if "Bamboo" in text else "Gandi"
    assert (("LOCATION", name) in find(text)) is place


@pytest.mark.parametrize("text", [
    "Export from Teams:\n\nAnna  22:40\ngate knows. fyi Jo is coming from Ystad so give it an hour",
    "kubectl logs are fine. fyi the tech is arriving from Kilkee around noon",
])
def test_a_small_place_someone_is_on_their_way_from_is_theirs_in_technical_text(find: Find, text: str) -> None:
    town = "Ystad" if "Ystad" in text else "Kilkee"
    assert _masked(find, text, town)
