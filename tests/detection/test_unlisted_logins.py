"""Logins made of names no list holds, standing in prose with no cue (round 28, issue 18): two
such words joined by a dot or an underscore, or one with a number; and the identifiers, files,
web addresses and products of the same shapes, which stay (the real pipeline)."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


def people(find: Find, text: str) -> set[str]:
    return {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text, login",
    [
        pytest.param("my colleague nothando.vilakazi says the export is broken", "nothando.vilakazi", id="given-dot-surname"),
        pytest.param("what did babasola_ilupeju mean by that comment in the channel?", "babasola_ilupeju", id="given-underscore-surname"),
        pytest.param("can you check if vilakazi.nothando still has access to the shared drive", "vilakazi.nothando", id="surname-dot-given"),
        pytest.param("Is ogunbiyi18 the right account to give the report to?", "ogunbiyi18", id="surname-and-number"),
        pytest.param("please add nomcebomncube93 to the finance group", "nomcebomncube93", id="glued-and-number"),
        pytest.param("can you check if okwe.tandaro still has access", "okwe.tandaro", id="a-word-a-village-is-named"),
        pytest.param("notes are at https://git.example.org/team/tovu.mbasela if you need them", "tovu.mbasela", id="address-last-segment"),
        pytest.param("see https://git.example.org/team/ezeugo97/notes for the draft", "ezeugo97", id="address-inner-segment"),
    ],
)
def test_a_login_of_an_unlisted_name_in_prose_is_masked(find: Find, text: str, login: str) -> None:
    assert login in people(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("is max_retries the right setting for the export?", id="snake-case-setting"),
        pytest.param("why does np.array copy the data in the channel?", id="module-member"),
        pytest.param("the file report.docx was sent from the shared drive", id="file-name"),
        pytest.param("I read it on bbc.co.uk this morning, any idea why?", id="web-address"),
        pytest.param("what did covid19 change for the finance group?", id="coined-word-and-number"),
        pytest.param("is the vitaminb12 dose right for the team?", id="glued-english-word"),
        pytest.param("the guide is at https://docs.example.org/en/getting_started/index.html", id="address-of-english-words"),
    ],
)
def test_identifiers_of_the_same_shapes_stay(find: Find, text: str) -> None:
    assert people(find, text) == set()
