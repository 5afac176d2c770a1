"""The parties of a court's daily list (`court_lists`): people, where a case title in prose is the law's."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.court_lists import court_list_parties
from tests.detection.helpers import Find


def parties(text: str) -> list[str]:
    return [text[s:e] for s, e in court_list_parties(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("COURT 2  09:30  R V OYELARAN\nCOURT 2  10:00  R V MAALOUF AND BRENNAN", ["OYELARAN", "MAALOUF", "BRENNAN"], id="crown-cases"),
        pytest.param("Courtroom 4 14.15 Vasquez v Lindqvist - directions", ["Vasquez", "Lindqvist"], id="civil-case"),
        pytest.param("LIST: R V NGUYEN, THANH; R V O'DOHERTY, AOIFE - SENTENCE", ["NGUYEN, THANH", "O'DOHERTY, AOIFE"], id="surname-given"),
        pytest.param("COURT 4  11:00  LEEDS CITY COUNCIL V OKAFOR", ["OKAFOR"], id="a-council-is-no-one"),
    ],
)
def test_the_parties_of_a_listed_hearing_are_people(text: str, names: list[str]) -> None:
    assert parties(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("What is the ratio of R v Brown, and how does Donoghue v Stevenson differ?", id="reported-cases"),
        pytest.param("Compare R v Cunningham with R v Caldwell on recklessness.", id="crown-cases-in-prose"),
    ],
)
def test_a_case_title_in_prose_is_the_law_s(find: Find, text: str) -> None:
    assert parties(text) == [] and [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_court_list_s_parties_are_masked(find: Find) -> None:
    text = "COURT 3  10:00  R V LINDHOLM\nCOURT 5  14:00  BAPTISTE V KOWALCZYK\nwhat does 'R v' mean in a court list?"
    found = [v for t, v in find(text) if t == "PERSON"]
    assert {"LINDHOLM", "BAPTISTE", "KOWALCZYK"} <= set(found), found


def test_a_moot_s_list_argues_reported_cases(find: Find) -> None:
    text = "Table please:\nINTERNAL MOOT - ROUND 1\nMoot Court 1, 18:00  Fisher v Bell\nMoot Court 2, 18:00  Stack v Dowden\nSeminar Rm 3, 19:15  Entick v Carrington"
    found = [v for t, v in find(text) if t in ("PERSON", "LOCATION")]
    assert not {"Fisher", "Bell", "Stack", "Dowden", "Entick", "Carrington"} & set(found), found
