"""Passengers' documents and contacts by their element in a booking record (`detection.pnr`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.pnr import booking_values
from tests.detection.helpers import Find

PNR = (
    "Can you check this booking before I ticket it?\n\n"
    "  1.PRITCHARD/ALED MR   2.PRITCHARD/SIAN MRS\n"
    "  3  BA 117 Y 12MAR 3 LHRJFK HK2  0830 1115\n"
    "  5 SSR DOCS BA HK1 P/GBR/531842967/GBR/15APR70/M/12MAR30/PRITCHARD/ALED/P1\n"
    "  6 SSR DOCA BA HK1 R/GBR/12 HEOL Y FELIN/CARDIFF//CF14 7AB/P1\n"
    "  7 OSI BA CTCM 447700914263/P1\n"
    "  8 SSR CTCE BA HK1 ALED.PRITCHARD//GMAIL.COM/P1\n"
    "  9 SSR FOID BA HK1 PP547219083/P2\n"
)


def values(text: str) -> set[tuple[str, str]]:
    return {(entity, text[start:end]) for entity, start, end in booking_values(text)}


def test_the_elements_of_a_booking_record_are_typed_by_their_place() -> None:
    assert values(PNR) == {
        ("PASSPORT", "531842967"), ("DATE_OF_BIRTH", "15APR70"), ("PERSON", "PRITCHARD"), ("PERSON", "ALED"),
        ("LOCATION", "12 HEOL Y FELIN"), ("LOCATION", "CARDIFF"), ("LOCATION", "CF14 7AB"),
        ("PHONE_NUMBER", "447700914263"), ("EMAIL_ADDRESS", "ALED.PRITCHARD//GMAIL.COM"), ("PASSPORT", "547219083"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("3DOCSA/DB/02NOV72/F/PRITCHARD/SIAN", {("DATE_OF_BIRTH", "02NOV72"), ("PERSON", "PRITCHARD"), ("PERSON", "SIAN")}, id="sabre-secure-flight"),
        pytest.param("SSR DOCS LH HK1 I/DEU/L01X00T47/DEU/12AUG1964/F/02FEB2031/MUELLER/ANNA MARIA", {
            ("NATIONAL_ID", "L01X00T47"), ("DATE_OF_BIRTH", "12AUG1964"), ("PERSON", "MUELLER"), ("PERSON", "ANNA MARIA")}, id="id-card"),
        pytest.param("ssr docs yy hk1 p/fra/18av34512/fra/03may88/m/03may33/dupuis/luc", {
            ("PASSPORT", "18av34512"), ("DATE_OF_BIRTH", "03may88"), ("PERSON", "dupuis"), ("PERSON", "luc")}, id="typed-in-lower-case"),
    ],
)
def test_more_ways_of_writing_the_document_element(text: str, expected: set[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_sample_passenger_of_a_format_guide_is_no_one() -> None:
    assert ("PERSON", "DOE") not in values("Example: SSR DOCS YY HK1 P/USA/123456789/USA/01JAN80/M/01JAN30/DOE/JOHN")


def test_through_the_detector(find: Find) -> None:
    found = find(PNR)
    for value in ("531842967", "15APR70", "447700914263", "ALED.PRITCHARD//GMAIL.COM", "547219083"):
        assert any(value == v for _, v in found), (value, found)


@pytest.mark.parametrize("text", [
    "Our docs folder is on the shared drive.", "The CTC team meets on Friday.", "DOCS: see the wiki/handbook/travel page",
    "see docs/p/guide/intro/setup/usage/api/reference.md", "docs/p/de/12345678/de/x/y/z/maria",
])
def test_words_that_only_look_like_elements_give_nothing(text: str) -> None:
    assert values(text) == set()


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("rebook PNR QW3E8R: 1.1OKAFOR/CHIDI MR 2.1OKAFOR/ADA MRS", {"OKAFOR", "CHIDI", "ADA"}, id="titled-capitals"),
        pytest.param("pnr 6XK2LP watson/kirra ms - seg cancelled, refund or reroute?", {"watson", "kirra"}, id="titled-lower"),
        # An agent's queue note with no title: a booking's words around it.
        pytest.param("going thru q8 (sched changes):\n1) agbeko/selorm x2 - tp 1362 retimed, connx now 35 min", {"agbeko", "selorm"}, id="untitled-in-a-queue-note"),
    ],
)
def test_a_passenger_s_name_element_is_masked(find: Find, text: str, names: set[str]) -> None:
    assert {v for e, v in values(text) if e == "PERSON"} == names
    assert names <= {v for e, v in find(text) if e == "PERSON"}, find(text)


@pytest.mark.parametrize("text", [
    # Pairs of words, places and airports in a booking's text; a product after a pair; a sample passenger.
    "pnr ABC123: pax prefers aisle/window, route madrid/lisbon, lhr/jfk, economy/business, adult/child",
    "the client/server MS SQL box and the input/output errors",
    "PNR format guide: 1.1DOE/JOHN MR",
])
def test_pairs_that_are_no_passenger_give_no_name(text: str) -> None:
    assert {v for e, v in values(text) if e == "PERSON"} == set()
