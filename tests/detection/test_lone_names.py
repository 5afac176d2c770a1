"""A given name alone in lower case on a line typed in lower case (`detection/lone_names.py`),
through the real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.lone_names import lone_lower_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("front desk - rowan + freja\nshop - nobody yet!!", "freja", id="rota"),
        pytest.param("@caflischr: arash you're an idiot, stick to football", "arash", id="comment"),
        pytest.param("can you check with hrafnhildur if saturday is free", "hrafnhildur", id="question"),
    ],
)
def test_a_lone_given_name_typed_in_lower_case_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        # The world's one-name people and the surnames of its full names stay.
        "tbh ronaldo or zidane, who had the better free kicks",
        # English words, things counted with an article and places are no one.
        "is the nozomi included in the rail pass",
        "any tips for a weekend in lisbon or porto, we love tapas",
        "my tamagotchi died lol how do i reset it",
    ],
)
def test_words_and_the_world_s_names_in_lower_case_are_not_read(text: str) -> None:
    assert list(lone_lower_names(text)) == []


def test_a_line_that_capitalises_elsewhere_is_not_read() -> None:
    """A writer who capitalises names leaves lower-case words as words."""
    assert list(lone_lower_names("Ask Maria whether the blend Freja liked, ping freja later")) == []
    text = "ask maria, then ping freja about the rota"
    assert [text[s:e] for s, e in lone_lower_names(text)] == ["freja"]


def test_only_where_chat_puts_a_person() -> None:
    """A listed given name no dictionary holds ("login") is a word where nothing says "person" around it."""
    assert list(lone_lower_names("my password is hunter2 and login fails")) == []
    assert list(lone_lower_names("login failed for user postgres; authentication failed for root")) == []
    text = "freja said she's coming at 6"
    assert [text[s:e] for s, e in lone_lower_names(text)] == ["freja"]


def test_either_side_of_and_or_hinglish_aur() -> None:
    """Two given names joined by "and" (or "aur", as Hindi and Urdu chat types it in Latin letters) are both someone's."""
    text = "sangeet ka running order\n1. ishaan aur ananya - couple dance\n2. cousins ka medley"
    assert [text[s:e] for s, e in lone_lower_names(text)] == ["ishaan", "ananya"]
    text = "front desk: freja and arash today"
    assert [text[s:e] for s, e in lone_lower_names(text)] == ["freja", "arash"]
    assert list(lone_lower_names("login and logout both fail")) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Hinglish, Indonesian and Polish chat: the text reads as another language, whose own words
        # are then no name ("kal", "dari", "tim").
        pytest.param("sangeet ka running order bana do please\n1. ishaan aur ananya – couple dance", "ananya", id="hinglish-aur"),
        pytest.param("tolong cek pembayaran gagal user ini, dari tim cs (dimas saputra) katanya", "dimas", id="indonesian-bracket"),
    ],
)
def test_a_lone_given_name_in_another_language_typed_in_lower_case_is_masked(find: Find, text: str, name: str) -> None:
    assert any(entity == "PERSON" and name in value for entity, value in find(text)), find(text)


def test_a_word_of_the_text_s_own_language_is_not_read_as_a_lone_name(find: Find) -> None:
    """"tanya" (ask) is a given name in the lists and an item of this list; in Indonesian it is the word."""
    text = "tolong buatkan pengumuman untuk grup:\n- rapat jam 9 ya\n- tanya\n- kita kumpul di kantor"
    assert [text[s:e] for s, e in lone_lower_names(text)] == ["tanya"]
    assert not [value for entity, value in find(text) if entity == "PERSON"], find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("near miss on level 3. nobody hurt, davide saw it all. toolbox talk done", "davide", id="saw"),
        pytest.param("he was kneeling in wet screed all morning, priya (first aider) washed it out", "priya", id="role-in-brackets"),
    ],
)
def test_a_lone_given_name_before_what_someone_saw_or_their_role(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


def test_a_stand_up_s_speaker_before_a_colon_in_lower_case(find: Find) -> None:
    text = (
        "can u clean this up, its from the mobile standup\n- lakshmi: finished the expo upgrade\n"
        "- ioana dumitrescu: still on the flaky cypress tests\n- iryna: nothing, was in interviews all day"
    )
    masked = [v for e, v in find(text) if e == "PERSON"]
    assert "iryna" in masked and "lakshmi" in masked, masked


def test_a_stand_up_s_field_before_a_colon_stays(find: Find) -> None:
    text = "stand-up:\n- note: release is friday\n- todo: fix the flaky test\n- summary: all green"
    assert [v for e, v in find(text) if e == "PERSON"] == []
