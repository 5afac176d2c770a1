"""A list whose items are mostly eponyms names things by their namesakes alone too ("Pearson,
Spearman, Kendall's tau, Cohen's kappa"); a roster of people, or an agenda naming a disease among its
items, is still read for people."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from privacy_gateway.detection.eponym_lists import listed_with_eponyms
from privacy_gateway.detection.eponyms import eponym_spans
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Add a column with the R function for each of these: Pearson, Spearman, Kendall's tau, Cohen's kappa, "
            "Fleiss' kappa, Cronbach's alpha, McNemar, Fisher, Kolmogorov–Smirnov.",
            id="statistics",
        ),
        pytest.param(
            "Make this list of name reactions into a table: Diels–Alder, Wittig, Friedel–Crafts acylation, Claisen "
            "condensation, Michael addition, Mitsunobu, Swern oxidation, Baeyer–Villiger, Cannizzaro.",
            id="name-reactions",
        ),
        pytest.param("Group these by organ system: Crohn's disease, Addison's disease, Wilson's disease, Huntington's disease.", id="diseases"),
        # With no colon the sentence runs into the first item: its topic's word ends it.
        pytest.param("Practice newsletter needs a paragraph each on Bell's palsy, Ménière's disease and Guillain-Barré syndrome.", id="first-item-in-the-sentence"),
    ],
)
def test_bare_names_among_eponyms_are_left_as_written(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Attendees: Fisher, Pearson, Wilson, Okafor", "Okafor", id="roster"),
        pytest.param("Agenda: Hodgkin lymphoma review, Crohn's disease audit, Smith, Patel, Okafor", "Okafor", id="agenda-items-longer-than-eponyms"),
        pytest.param("Cc: Crohn's disease, Fisher, Pearson, Okafor, Mendez", "Okafor", id="one-eponym"),
        pytest.param("Invite Anna Fisher, Tom Pearson, Crohn's disease, Addison's disease", "Anna Fisher", id="full-names-are-never-bare"),
        pytest.param("Please thank Okafor, Crohn's disease and Addison's disease", "Okafor", id="first-item-after-a-verb-that-reaches-someone"),
    ],
)
def test_people_beside_too_few_eponyms_are_still_found(find: Find, text: str, name: str) -> None:
    assert any(name in v for t, v in find(text) if t in ("PERSON", "LOCATION")), find(text)


def test_a_reaction_s_head_names_it() -> None:
    text = "Compare the Claisen condensation, the Swern oxidation and the Beckmann rearrangement."
    assert {text[s:e] for s, e in eponym_spans(text)} >= {"Claisen condensation", "Swern oxidation", "Beckmann rearrangement"}


_SURNAMES = st.sampled_from(["Okafor", "Patel", "Smith", "Nguyen", "Kowalski", "Fisher", "Pearson", "Wilson", "Mendez", "Haddad"])


@given(names=st.lists(_SURNAMES, min_size=2, max_size=8), eponym=st.sampled_from(["", "Crohn's disease", "Kendall's tau"]))
def test_a_list_with_fewer_than_two_eponyms_frees_no_one(names: list[str], eponym: str) -> None:
    text = "Please add: " + ", ".join([*names, eponym] if eponym else names)
    assert list(listed_with_eponyms(text, list(eponym_spans(text)))) == []
