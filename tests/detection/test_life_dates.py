"""People named with life dates that ended long ago are history: the name, its brackets and its
other mentions stay as written; a recent death, or someone beside them, is still masked."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from privacy_gateway.detection.life_dates import LAST_DEATH, life_date_spans
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("Tighten this wall label:\n\nFrederic Leighton (1830–1896)\nOil on canvas", ["Leighton"], id="english-label"),
        pytest.param(
            "Un texte pour l'audioguide ?\n\nCamille Claudel (Fère-en-Tardenois, 1864 – Montfavet, 1943)\nLa Valse, bronze. Camille Claudel l'a fondue en 1893.",
            ["Claudel", "Fère-en-Tardenois", "Montfavet"],
            id="french-places-and-second-mention",
        ),
        pytest.param("Bitte kürzen:\n\nKäthe Kollwitz (Königsberg 1867 – 1945 Moritzburg)\nDie Mütter, Lithographie", ["Kollwitz", "Königsberg", "Moritzburg"], id="german-places-around-years"),
        pytest.param("how do i split 'rembrandt van rijn (1606-1669)' into name and dates in openrefine", ["rijn"], id="lower-case"),
    ],
)
def test_a_name_with_life_dates_long_ended_stays(find: Find, text: str, words: list[str]) -> None:
    masked = [v for t, v in find(text) if t in ("PERSON", "LOCATION")]
    assert not any(w in v for v in masked for w in words), masked


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Please add Oma Anna Schmidt (1931–2019) to the family tree and email Jonas Weber.", "Anna Schmidt", id="recent-death"),
        pytest.param("Call Anna Smith about the loan of Frederic Leighton (1830–1896) to Ponce.", "Anna Smith", id="someone-beside"),
        pytest.param("New reader: Tom Ellis (b. 1990), 14 Mill Lane, Frome.", "Tom Ellis", id="one-year"),
    ],
)
def test_the_living_and_the_recently_dead_are_still_masked(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)


@given(born=st.integers(1880, 1990), span=st.integers(1, 100))
def test_a_death_since_the_last_year_frees_no_one(born: int, span: int) -> None:
    died = born + span
    text = f"Ruth Adeyemi ({born}–{died})"
    assert (list(life_date_spans(text)) == []) == (died >= LAST_DEATH)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Borrower: Anna Schmidt\n(1830–1896) portrait of her great-great-grandfather, oil on canvas", "Anna Schmidt", id="label-on-the-line-before"),
        pytest.param("Please email the condition report to Anna Schmidt\n(1830–1896) portrait, oil on canvas", "Anna Schmidt", id="sentence-on-the-line-before"),
    ],
)
def test_brackets_opening_a_line_free_no_one_on_a_line_of_other_words(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t == "PERSON"), find(text)


def test_a_label_is_no_part_of_the_name() -> None:
    text = "Artist: Frederic Leighton (1830–1896)"
    assert "Artist: Frederic Leighton (1830–1896)" not in {text[s:e] for s, e in life_date_spans(text)}
