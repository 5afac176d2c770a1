"""Names typed all in lower case or all in capitals: census names decide, ordinary words stay."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.uncased import adjacent_names, single_names
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("summarize: agreed to ship v2, dorian marin owns the rollout", "dorian marin", id="lower-mid-sentence"),
        pytest.param("write feedback for the candidate lupe cabrero escrivá", "lupe cabrero escrivá", id="lower-three-words"),
        pytest.param("BOBBY NISSEN STILL HAS NOT RETURNED THE LAPTOP", "BOBBY NISSEN", id="caps-at-start"),
        pytest.param("MAKE THIS LESS SHOUTY: HI ARTHUR, THE PARCEL IS HERE", "ARTHUR", id="caps-after-hi"),
        pytest.param("YOUR DRIVER CAUÊ CAVALCANTI IS OUTSIDE", "CAUÊ CAVALCANTI", id="caps-after-role"),
        pytest.param("MEETING IS CANCELLED, ASK PAULINA FOR A NEW SLOT", "PAULINA", id="caps-after-ask"),
        pytest.param("got a message from ditte lind about the refund", "ditte lind", id="lower-after-from"),
        pytest.param("cc mark and ask tanveer for the logs", "tanveer", id="lower-unknown-after-ask"),
        pytest.param("the report from leonard taylor has errors", "leonard taylor", id="frequent-names-that-are-words"),
        pytest.param("can benoît rodriguez join the call at 3?", "benoît rodriguez", id="accented-unknown-and-surname"),
        pytest.param("THE REPORT FROM ERICA TOMESCU HAS ERRORS", "ERICA TOMESCU", id="given-and-unknown"),
        pytest.param("the review from ingrid van dijk came in", "ingrid van dijk", id="particles"),
        pytest.param("the review from sanne van der meer came in", "sanne van der meer", id="two-particles"),
    ],
)
def test_one_case_names_are_masked(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("can you pay the bill payment and grant access before may", id="census-words-as-words"),
        pytest.param("ask will kubectl apply work on the new cluster?", id="will-and-a-tool"),
        pytest.param("we hope rose garden tickets sell out in june", id="english-pairs"),
        pytest.param("PLEASE GRANT ACCESS TO THE BILLING DASHBOARD BY FRIDAY", id="caps-words"),
    ],
)
def test_one_case_words_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_a_word_glued_to_code_is_no_name() -> None:
    text = "run dorian.marin(x) and /dorian marin_x"
    assert [text[s:e] for s, e in adjacent_names(text)] == []
    assert [text[s:e] for s, e in single_names("hi paulina.py")] == []


def test_a_name_ends_before_an_irregular_verb() -> None:
    text = "the review from sanne van der meer came in, dorian came late"
    assert [text[s:e] for s, e in adjacent_names(text)] == ["sanne van der meer"]
