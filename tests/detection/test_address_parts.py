"""Address structures: every part of an address goes, not just the street a recognizer saw."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection import address_parts as ap
from privacy_gateway.detection.address_parts import _CUE, AddressStructureRecognizer, address_structures
from privacy_gateway.detection.tables import row_under_placeless_header, typed_by_header
from tests.detection.helpers import Find


def masked(find: Find, text: str) -> str:
    """`text` with every finding replaced by `#`, as the cloud would see its shape."""
    chars = list(text)
    for _, value in find(text):
        start = text.find(value)
        chars[start : start + len(value)] = "#" * len(value)
    return "".join(chars)


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("courier note - drop off at Drumul Dima Nr. 230, Popesti-Leordeni, 475461 between 9 and 12",
                     ["230", "Popesti-Leordeni", "475461"], id="one-line-romanian-town-then-code"),
        pytest.param("The footer wraps badly:\n<address>Ana Lima<br>Editha-Briemer-Gasse 88/51<br>67504 Eutin<br>Germany</address>",
                     ["88/51", "67504", "Eutin", "Germany"], id="html-br"),
        pytest.param("Missing anything?\n| Field | Value |\n|---|---|\n| Street | 98, rue Teixeira |\n| Unit | Unit 172B |\n"
                     "| Town | 48412 DuvalBourg |\n| Country | France |", ["98", "Teixeira", "172B", "48412", "DuvalBourg", "France"],
                     id="markdown-table"),
        pytest.param("Our label API rejects this:\n{\"ship_to\": {\"address1\": \"32439 Moore River\", \"address2\": \"Apt. 135\", "
                     "\"city\": \"North Jeffrey\", \"zip\": \"85693\"}}", ["32439", "Apt. 135", "85693"], id="json-lines"),
        pytest.param("Visit us: Schärstrasse 926<br>9138 Wallisellen", ["926", "9138", "Wallisellen"], id="swiss-br"),
        pytest.param("drop off at Av. calle 185 # 34-45 Sur, Local 38, 191887, Puracé, Cauca between 9 and 12",
                     ["185", "34-45", "Local 38", "191887", "Puracé"], id="colombian"),
        pytest.param("Signature:\nMaria Lopes | Operations\nLevel 5 658 Nelson Key\nSouth Jasmine, SA, 2082\n+61 2 5550 1234",
                     ["Level 5", "658", "South Jasmine", "2082"], id="australian-level"),
        pytest.param("Street: Drumul Dumitrescu Nr. 837 Bl. 86 Sc. 14 Ap. 609\nTown: 205132 Jilava\nCountry: Romania",
                     ["837", "Bl. 86", "Ap. 609", "205132", "Jilava", "Romania"], id="romanian-block-units"),
        pytest.param("Envie para Jalan Siliwangi No. 148<br>77429 Tegal<br>Indonesia", ["148", "77429", "Indonesia"], id="indonesian"),
        pytest.param("my address is šándorova 95, 017 09 vysočany can u check if u deliver there", ["95", "017 09", "vysočany"],
                     id="lower-case-czech"),
        pytest.param("my address is rua augusta, 46, 3555-070 viseu can u check", ["augusta", "46", "3555-070", "viseu"],
                     id="lower-case-number-between-commas"),
        pytest.param("ship to 4 sheryl distributor, st. richard, sa, 2476 thanks", ["sheryl", "richard", "2476"], id="lower-case-australian"),
        pytest.param("Print the label:\nIonuț Oprea\nAleea Eftimie Nr. 59\n263298 Barbulesti\nRomania", ["Ionuț", "Oprea", "59", "263298"],
                     id="recipient-above-the-street"),
        pytest.param("Zet dit adres op een etiket:\nT.a.v. Curt Karlsen\nKeizersgracht 12\n1015 CS Amsterdam", ["Curt", "Karlsen", "12", "1015 CS"],
                     id="recipient-after-an-attention-mark"),
        pytest.param("Is this romanised address complete? 6-22-17 Nishi-Shinjuku, Shinjuku-ku, Tokyo 260-6646",
                     ["6-22-17", "Shinjuku-ku", "260-6646"], id="japanese-block-lot-house"),
        pytest.param("ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", ["84/92", "m. 15", "00-514"], id="polish-flat-abbreviation"),
        pytest.param("<table><tr><td>Street</td><td>Rua Augusta 120</td></tr><tr><td>Postcode</td><td>1100-053</td></tr>"
                     "<tr><td>Town</td><td>Lisboa</td></tr></table>", ["120", "1100-053", "Lisboa"], id="town-cell-under-a-bare-postcode"),
        # The post-Soviet order: postcode, region, town after its prefix, street, house, flat; and reversed.
        pytest.param("Адрес для договора: 162600, Вологодская обл., г. Череповец, ул. Ленина, д. 41, кв. 17",
                     ["162600", "Вологодская", "Череповец", "Ленина", "41", "кв. 17"], id="russian-postcode-first"),
        pytest.param("Нова адреса: вул. Шевченка, 7, кв. 2, м. Болехів, Івано-Франківська обл., 77202. Дякую!",
                     ["Шевченка", "кв. 2", "Болехів", "Івано-Франківська", "77202"], id="ukrainian-street-first"),
    ],
)
def test_every_part_of_an_address_is_masked(find: Find, text: str, parts: list[str]) -> None:
    seen = masked(find, text)
    assert not [p for p in parts if p in seen], seen


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Windows 11, PyCon DE 2024, Berlin", id="product-and-event"),
        pytest.param("Upgrade Python 3, Django 5, 2024 roadmap", id="versions-and-year"),
        pytest.param("id,qty,price\n1,12,4.50\n2,7,19.99", id="csv-numbers"),
        pytest.param("Chapter 3, Section 12, 1999 edition", id="book-sections"),
        pytest.param("| Port | Service |\n|---|---|\n| 5432 | Postgres |\n| 6379 | Redis |", id="ports-table"),
        pytest.param("We run Main Street Manager 2, release 3, build 12345", id="software-named-like-a-street"),
        pytest.param("2025-03-04 10:01:22 INFO worker 7, queue 12, batch 30000 done", id="log-line"),
        pytest.param("chapter 3, 2024 edition, page 12", id="lower-case-book"),
        pytest.param("the meeting is in room 12, building 4, starts at 10", id="lower-case-meeting"),
        pytest.param("see section 4 for details, 2019 data, version 12", id="lower-case-sections"),
    ],
)
def test_no_structure_in_look_alikes(text: str) -> None:
    assert list(address_structures(text)) == []


@pytest.mark.parametrize("text", ["postgres", "email_queue", "resend", "Repost it", "mailto"])
def test_no_address_cue_inside_a_word(text: str) -> None:
    """Technical text needs a cue word before a weak address counts; "postgres" and "email" are none."""
    assert _CUE.search(text) is None


@pytest.mark.parametrize("text", ["post it to", "postcode", "ship_address", "shipTo", "billingAddress", "mailing list", "Send to", "Адрес:", "Διεύθυνση:"])
def test_address_cue_words(text: str) -> None:
    assert _CUE.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("What is the population of Lyon, and how far is it from Paris?", id="general-question-city"),
        pytest.param("Compare the Main Street Manager 2.1 and 3.0 releases.", id="software-named-main-street"),
    ],
)
def test_clean_prompts_untouched(find: Find, text: str) -> None:
    assert find(text) == []


_TOWN_WORDS = ("Lindqvist", "Moravka", "Oberhaus", "Castellon", "Brzeziny", "Valkenburg", "Soroca", "Kettering")
_STREETS = ("Strada", "Rua", "Calle", "Jalan", "ul.", "Via")


@settings(max_examples=25, deadline=None)
@given(
    street_type=st.sampled_from(_STREETS),
    name=st.sampled_from(_TOWN_WORDS),
    number=st.integers(1, 999),
    code=st.integers(10000, 99999),
    town=st.sampled_from(_TOWN_WORDS),
    join=st.sampled_from(["\n", "<br>", ", ", "\n> "]),
)
def test_a_generated_block_goes_whole(street_type: str, name: str, number: int, code: int, town: str, join: str) -> None:
    """Any address made of a typed street, a number, a postcode and a town: nothing of it is left."""
    parts = [f"{street_type} {name} {number}", f"{code} {town}", "Portugal"]
    text = "Please ship it to:\n" + join.join(parts)
    covered = set()
    for start, end in address_structures(text):
        covered.update(range(start, end))
    at = len("Please ship it to:\n")
    for part in parts:
        assert set(range(at, at + len(part))) <= covered, (text, part)
        at += len(part) + len(join)


@pytest.mark.parametrize(
    "body",
    [
        "parcel (ask first): Strada Dinu Nr. 230",
        "Q? I moved, new place is 89358 Sloan Mount Suite 189",
        "Not a street at all: call me back at 5",
        "what about (Rua Augusta 12",
        "wohnung 3 stock 2 — Hauptstraße 5",
    ],
)
def test_a_street_ending_a_part_is_found_as_by_a_search_from_the_start(body: str) -> None:
    # `_street_tail` searches backwards first and forwards only from the last character no
    # street holds: the match must be the one a plain forward search finds.
    expected = ap._STREET_TAIL.search(body)
    tail = ap._street_tail(body, ap._Part(0, len(body), None), numbered=True)
    if expected is None or not ap._typed(expected.group()):
        assert tail is None or tail.kind in ("street", "weak") and body[tail.start :].islower()
    else:
        assert tail is not None and tail.start == expected.start()


def test_streets_hold_only_the_characters_tail_search_skips_to() -> None:
    # `_LAST_NON_STREET` lists what a street may hold; a new literal in `_STREET` must be added there.
    pattern = regex.sub(r"\\[pP]\{\w+\}|\\[dswbtnrDSWB]", "", ap._STREET.pattern)
    escaped = set(regex.findall(r"\\(.)", pattern))
    bare = {c for c in regex.sub(r"\\.", "", pattern) if not c.isalnum()}
    assert escaped <= set("-./#'’°ºª, ") and bare <= set(" #'’,-./°") | set("()[]{}?*+|:")


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("Print the label:\nVeli Kujala\nHetteikkö 11\nAsunto 976\n14625 Suonenjoki\nSuomi",
                     ["11", "Asunto 976", "14625", "Suonenjoki", "Suomi"], id="finnish-flat-between-street-and-town"),
        pytest.param("Send it here please:\nRigsdagsgården 5, Sal B\nDK-6535 Nykøbing Falster", ["Sal B", "6535", "Nykøbing"],
                     id="danish-lettered-floor"),
        pytest.param("New details:\nRua Alagoas, 1276, Bloco C Apto. 97\nVitor Meireles - ES\n49691-123\nBrasil",
                     ["1276", "Bloco C Apto. 97", "49691-123", "Brasil"], id="brazilian-block-and-flat"),
        pytest.param("Ship to\n699 OREILLY STATION\nAPT. N\nWEST FARGO, ND 58444\nUNITED STATES", ["APT. N", "58444", "UNITED STATES"],
                     id="capitals-lettered-apartment"),
        pytest.param("Kirkjuland 53\nHæð 2\n754 Reyðarfjörður\nÍsland", ["53", "Hæð 2", "754", "Ísland"], id="icelandic-floor-and-country"),
        pytest.param("Hahnemanngasse 15\nStiege 2 Top 7\n4627 Perchtoldsdorf\nÖsterreich", ["15", "Stiege 2 Top 7", "4627", "Österreich"],
                     id="austrian-staircase-and-door"),
    ],
)
def test_flats_floors_and_entrances_of_many_countries_go_with_the_address(find: Find, text: str, parts: list[str]) -> None:
    """A flat, floor or entrance line in the words of its country, numbered or lettered, keeps the
    address together: its lines before and after go too."""
    seen = masked(find, text)
    assert not [p for p in parts if p in seen], seen


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("hi team, new details below\n\nturpinssvinget 150\netage 5\ndk-3624 fårup\ndanmark\n\nthanks",
                     ["turpinssvinget", "150", "etage 5", "3624", "fårup", "danmark"], id="danish-street-flat-town-country"),
        pytest.param("hi team, new details below\n\n60 ballygarvey field\nunit a\nbradford on avon\nck2o 0oy\nunited kingdom\n\nta",
                     ["ballygarvey", "60", "unit a", "bradford on avon", "ck2o 0oy", "united kingdom"], id="uk-town-with-a-connector"),
        pytest.param("details below\n\ncalle gran capitán, 664\napto. 3\n33001 oviedo\nespaña\n\ngracias",
                     ["capitán", "664", "apto. 3", "33001", "oviedo", "españa"], id="spanish-street-then-number"),
    ],
)
def test_a_block_typed_in_lower_case_goes_whole(find: Find, text: str, parts: list[str]) -> None:
    """With no word of an address about it: a street first, a flat under it or a country under the
    postcode and town say what the lines are."""
    seen = masked(find, text)
    assert not [p for p in parts if p in seen], seen


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("todo:\n- build 12\n- stage 3\n- 1024 workers\n- germany", id="lower-case-list-ending-in-a-country"),
        pytest.param("release plan\nversion 2\nphase 3\n2048 users\nfrance launch", id="lower-case-release-plan"),
        pytest.param("Sprint board:\nUnit B tests\nSuite 4 flaky\n3 failures in CI", id="test-suites"),
        pytest.param("floor plan notes\nroom 12\nlevel 3\nwing b", id="lower-case-floor-plan"),
    ],
)
def test_lists_shaped_like_a_block_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == []


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("Can you ship it to patersdorfer straße 97, wohnung 1, 19529 hartha, deutschland before Friday?",
                     ["97", "wohnung 1", "19529", "deutschland"], id="country-opening-the-sentence-after"),
        pytest.param("I live at TURPINSSVINGET 150, ETAGE 5, DK-3624 FÅRUP, DANMARK, the blue door by the bakery",
                     ["TURPINSSVINGET", "150", "ETAGE 5", "3624", "DANMARK"], id="untyped-street-before-a-flat"),
        pytest.param("Please send it to Gillisplaats 805, App. 96, 5001 Herentals, België, thanks",
                     ["Gillisplaats", "805", "App. 96", "5001", "België"], id="flemish-street-before-a-flat"),
    ],
)
def test_an_address_in_a_sentence_goes_with_its_street_and_country(find: Find, text: str, parts: list[str]) -> None:
    seen = masked(find, text)
    assert not [p for p in parts if p in seen], seen


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the rollout went fine: build 12, suite 3, 40 tests, france next before friday", id="lower-case-rollout"),
        pytest.param("Which edition should I buy: volume 12, part 3, spain and portugal before the trip?", id="edition-and-countries"),
        pytest.param("release notes: version 12, unit 3, 2048 users, canada first", id="release-unit-and-country"),
    ],
)
def test_sentences_with_a_country_and_numbered_parts_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == []


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("Shipping details:\n- Via Gazzena, 943, Interno 55\n- 03874 Giugliano in Campania (KR)\nCarrier: standard",
                     ["943", "Interno 55", "03874", "(KR)"], id="italian-province-in-brackets"),
        pytest.param("details below\n\nvia ardeatina, 735\napp. 22\n07388 asti (an)\nitalia\n\ngrazie", ["735", "app. 22", "07388", "(an)", "italia"],
                     id="lower-case-province-in-brackets"),
    ],
)
def test_the_province_after_the_town_goes_too(find: Find, text: str, parts: list[str]) -> None:
    seen = masked(find, text)
    assert not [p for p in parts if p in seen], seen


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Release 4.2:\n- 3 fixes (see PR 12)\n- 10234 rows migrated (EU)\n", id="changelog-brackets"),
        pytest.param("steps: build 12 (ci), deploy 3 (prod)", id="lower-case-steps-in-brackets"),
    ],
)
def test_bracketed_notes_in_lists_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == []


@pytest.mark.parametrize(
    "text, parts",
    [
        pytest.param("new details below\n\ndalskroken vei 1229\nleil. 7\n7989 sandvika\nnorge\n\nthanks", ["1229", "leil. 7", "7989", "sandvika", "norge"],
                     id="norwegian-street-type-as-a-word"),
        pytest.param("new details below\n\nfriedrichstrasse 1287, einheit 5\n1094 valangin\n\nthanks", ["1287", "einheit 5", "1094", "valangin"],
                     id="street-read-as-a-town-and-code-with-a-flat"),
    ],
)
def test_lower_case_streets_of_the_north(find: Find, text: str, parts: list[str]) -> None:
    seen = masked(find, text)
    assert not [p for p in parts if p in seen], seen


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("sprint notes\nplatz 3 team\nroom 12\n2048 tickets", id="lower-case-sprint-notes"),
    ],
)
def test_lower_case_lists_with_a_street_word_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == []


# A Central European town joined by "nad", "na", "pod", "pri" or "u" after its postcode is the town
# line: the country under it goes with the block.
@pytest.mark.parametrize(
    "town", ["Jablonec nad Nisou", "Ivanovice na Hané", "Ústí nad Labem", "Šmarje pri Jelšah", "Kostelec u Křížků"]
)
def test_a_town_joined_by_a_slavic_particle_keeps_the_country_line(find: Find, town: str) -> None:
    text = f"Print this on the label, thanks:\n\nOdin Drtina\nZahrádkářů 276, Byt 174\n324 83 {town}\nČeská republika"
    masked = [value for kind, value in find(text) if kind == "LOCATION"]
    assert "Česká republika" in masked and any(town in value for value in masked)


def test_a_row_under_a_header_that_names_no_place_is_no_address() -> None:
    """"vessel,operator,type,built": the header says what each cell is; the year closing a row is no postcode."""
    text = "Sort this by year built:\n\nvessel,operator,type,built\nPioneering Spirit,Allseas,heavy lift,2014\nSleipnir,Heerema,crane vessel,2019"
    assert list(address_structures(text)) != []  # read alone, the rows agree on being addresses ...
    recognizer = AddressStructureRecognizer(headed=row_under_placeless_header)
    assert list(recognizer.find_typed(text, {"LOCATION", "PERSON"})) == []  # ... which the header says they are not


@pytest.mark.parametrize(
    "text",
    [
        # A stock list's "unit" beside its quantity is a measure, no flat.
        "Fix this CSV:\n\nsku,description,unit,qty\nTP-7718,Stanley knife blades 100,dispenser,3\nTP-8830,Rawlplug brown 7mm,box,8",
        # A Markdown table's year column under "Completed", beside its "Place".
        "| Building | Architect | Place | Completed |\n|---|---|---|---|\n| Fallingwater | Frank Lloyd Wright | Mill Run, Pennsylvania | 1939 |",
    ],
)
def test_a_cell_its_header_types_as_no_place_starts_no_address(text: str) -> None:
    recognizer = AddressStructureRecognizer(headed=typed_by_header)
    assert list(recognizer.find_typed(text, {"LOCATION", "PERSON"})) == []


def test_a_markdown_table_of_fields_and_values_is_still_read() -> None:
    text = "| Field | Value |\n|---|---|\n| Street | 98, rue Teixeira |\n| Town | 48412 Lavaur |\n| Country | France |"
    recognizer = AddressStructureRecognizer(headed=typed_by_header)
    assert any(text[s:e] == "48412 Lavaur" for _, s, e, _ in recognizer.find_typed(text, {"LOCATION"}))


def test_a_row_under_a_header_that_names_a_place_is_still_read(find: Find) -> None:
    text = "customer,street,town,postcode\nAnna Berg,12 Mill Lane,Ripon,HG4 1AA"
    assert any(t == "LOCATION" and "12 Mill Lane" in v for t, v in find(text)), find(text)


def test_a_line_of_prose_with_as_many_commas_is_no_header(find: Find) -> None:
    """A sentence above an address line with the same number of commas is no table's header."""
    text = (
        "Dobrý den, potřebuji napsat výzvu k úhradě. Jsme pojišťovna (Kooperativa), plnili jsme za škodu, kterou způsobil náš pojištěný.\n"
        "Dlužník: Ondřej Dvořák, r. č. 790318/1231, bytem náměstí Míru 56, 381 01 Český Krumlov"
    )
    assert any(t == "LOCATION" and v.startswith("náměstí Míru 56") for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "DaVinci Resolve 19 keeps crashing on export. Studio version, RTX 3060, 32 GB RAM.",
        "Spec for the edit rig: Ryzen 9, GTX 1080, 64 GB, 2 TB NVMe, 144 Hz monitor.",
    ],
)
def test_a_spec_s_quantities_and_models_are_no_address(text: str) -> None:
    assert list(address_structures(text)) == []


@pytest.mark.parametrize("text", ["Ship to 500 Main St, Springfield, IL 62701", "ADDRESS: 10 ANSON ROAD, SINGAPORE 079903"])
def test_a_state_or_a_town_in_capitals_before_its_postcode_is_still_read(text: str) -> None:
    assert len(list(address_structures(text))) >= 2


def test_an_address_in_a_markdown_table_s_notes_column_is_still_read() -> None:
    text = "| Customer | Notes |\n|---|---|\n| Ann Lee | moved to 12 High Street, Leeds, LS1 4AB last week |"
    recognizer = AddressStructureRecognizer(headed=typed_by_header)
    assert any(text[s:e] == "LS1 4AB" for _, s, e, _ in recognizer.find_typed(text, {"LOCATION"}))


def test_a_listed_town_in_capitals_before_its_number_is_no_model() -> None:
    """"RTX 3060" is a graphics card; "RIGA 1050" a town and its postcode, in a form typed in capitals."""
    text = "SEND TO: BRĪVĪBAS IELA 21, RIGA 1050, LATVIA"
    assert any("RIGA 1050" in text[s:e] for s, e in address_structures(text))
