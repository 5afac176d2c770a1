from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.styles import styled
from tests.detection.helpers import Find


def _styled(text: str, name: str) -> bool:
    start = text.index(name)
    return styled(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Write a limerick in the style of Tove Jansson about a lost umbrella.", "Tove Jansson"),
    ("A playlist for a long drive: some Fela Kuti, a bit of Nina Simone.", "Fela Kuti"),
    ("A playlist for a long drive: two or three Nina Simone tracks to close.", "Nina Simone"),
])
def test_a_style_or_a_sound_is_read_from_the_words_beside_the_name(text: str, name: str) -> None:
    assert _styled(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Give Nina Simone some time to reply.", "Nina Simone"),
    ("Some Nina Simone fans came by the shop.", "Nina Simone"),  # no music words: "some" alone says nothing
    ("Write a limerick about Tove Jansson's umbrella.", "Tove Jansson"),
])
def test_without_a_style_or_music_the_words_say_nothing(text: str, name: str) -> None:
    assert not _styled(text, name)


_STYLED = [
    "Write a short toast for a retirement party in the style of {name}. Keep it under 100 words.",
    "Make a playlist for a rainy road trip: some {name}, and a few calmer songs to end on.",
]
_PRIVATE = [
    "Write a short toast in the style of my boss {name}. Keep it under 100 words.",
    "Make a playlist for {name}'s leaving do: some songs we can all sing along to.",
]


@settings(max_examples=20, deadline=None, derandomize=True)
@given(shape=st.sampled_from(range(len(_STYLED))), name=st.sampled_from(["Tove Jansson", "Fela Kuti", "Nina Simone", "Kofi Mensah"]))
def test_a_styled_name_stays_and_the_same_name_tied_to_the_writer_is_masked(find: Find, shape: int, name: str) -> None:
    public = _STYLED[shape].format(name=name)
    assert [v for e, v in find(public) if e == "PERSON" and v in name] == [], public
    private = _PRIVATE[shape].format(name=name)
    masked = " ".join(v for e, v in find(private) if e == "PERSON")
    assert all(part in masked for part in name.split()), (private, masked)


@pytest.mark.parametrize(("text", "name"), [
    ("Write a toast for a friend's wedding in the style of Oscar Wilde. Keep it under 150 words.", "Oscar Wilde"),
    ("Write a toast for our team's end-of-year dinner in the style of Gordon Ramsay.", "Gordon Ramsay"),
])
def test_a_manner_in_a_dealing_is_still_a_style(find: Find, text: str, name: str) -> None:
    assert [v for e, v in find(text) if e == "PERSON" and v in name] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Draft the parish newsletter in the style of Marisol Quispe's last one, and send it to the committee.", "Marisol Quispe"),
    ("Write a toast for Kofi Mensah's wedding in the style of Oscar Wilde.", "Kofi Mensah"),
    ("Write a toast for the wedding in the style of my colleague Kofi Mensah.", "Kofi Mensah"),
])
def test_someone_dealt_with_beside_a_style_stays_masked(find: Find, text: str, name: str) -> None:
    masked = " ".join(v for e, v in find(text) if e == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


@pytest.mark.parametrize(("text", "name"), [
    ("Suggest ten names for a small café inspired by Paavo Nurmi.", "Paavo Nurmi"),
    ("Write a menu for a Kimi Räikkönen themed dinner.", "Kimi Räikkönen"),
    ("Plan a party with a Frida Kahlo-themed cake.", "Frida Kahlo"),
    ("Make a playlist of twenty songs that sound like Lucio Dalla.", "Lucio Dalla"),
    ("Songs similar to Amália Rodrigues for a quiet dinner playlist.", "Amália Rodrigues"),
])
def test_an_influence_a_theme_or_a_likeness_in_music_is_read_as_a_style(text: str, name: str) -> None:
    assert _styled(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("A card inspired by Jana Dvořáková's garden.", "Jana Dvořáková"),  # her garden inspires, she is someone
    ("Jana Dvořáková sounds like she needs a holiday.", "Jana Dvořáková"),  # no music words
    ("Ask Lucio Dalla what he sounds like on the phone.", "Lucio Dalla"),  # nothing before the name likens it
])
def test_an_owner_or_a_likeness_outside_music_is_no_style(text: str, name: str) -> None:
    assert not _styled(text, name)


@pytest.mark.parametrize(("text", "public", "name"), [
    ("Suggest ten names for a small café inspired by Paavo Nurmi; it's for my aunt Jana Dvořáková.", "Paavo Nurmi", "Jana Dvořáková"),
    ("Make a playlist of songs that sound like Lucio Dalla; my aunt Jana Dvořáková loves him.", "Lucio Dalla", "Jana Dvořáková"),
])
def test_someone_beside_an_influence_stays_masked(find: Find, text: str, public: str, name: str) -> None:
    masked = " ".join(v for e, v in find(text) if e == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)
    assert public not in masked, (text, masked)
