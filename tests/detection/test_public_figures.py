from __future__ import annotations

import pytest

from privacy_gateway.detection.public_figures import sporting_record
from tests.detection.helpers import Find


def _record(text: str, name: str) -> bool:
    start = text.index(name)
    return sporting_record(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Usain Bolt ran 9.58 in the 100m final in 2009. How fast is that in km/h?", "Usain Bolt"),
    ("How many Olympic medals did Nadia Comăneci win?", "Nadia Comăneci"),
    ("How many Test wickets did Muttiah Muralitharan take?", "Muttiah Muralitharan"),
    ("Which Grand Slam titles did Li Na win before retiring?", "Li Na"),
    ("How many goals did Didier Drogba score in the World Cup?", "Didier Drogba"),
])
def test_a_sentence_counting_a_sports_records_reads_the_full_name_as_a_players(text: str, name: str) -> None:
    assert _record(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("How many goals did Priya Raman score in our office five-a-side league?", "Priya Raman"),  # a game at work
    ("How many medals did Ana Ruiz win at the school swimming gala?", "Ana Ruiz"),
    ("Priya Raman ran the 5k fun run in 31 minutes.", "Priya Raman"),  # no record's words; a charity's run
    ("How many tickets did Priya Raman close in the sprint?", "Priya Raman"),  # a sprint of work, not a 100m
    ("How many medals did Anna win?", "Anna"),  # a given name alone is as often family
    ("Usain Bolt holds the record. Can Priya Raman send the Q3 goals?", "Priya Raman"),  # another sentence's record
])
def test_without_a_players_record_the_name_is_left_to_the_other_rules(text: str, name: str) -> None:
    assert not _record(text, name)


@pytest.mark.parametrize("text", [
    "Usain Bolt ran 9.58 in the 100m final in 2009. How fast is that in km/h?",
    "How many Test wickets did Muttiah Muralitharan take?",
    "How many home runs did Babe Ruth hit in his best season?",
])
def test_a_players_record_reaches_the_cloud_as_written(find: Find, text: str) -> None:
    assert [v for e, v in find(text) if e == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("How many goals did my colleague Priya Raman score in the World Cup sweepstake?", "Priya Raman"),
    ("How many Olympic medals did Tomasz Wójcik from accounts predict for Poland?", "Tomasz Wójcik"),
    ("How many wickets did Priya Raman take? Her email is priya.raman@example.com.", "Priya Raman"),
])
def test_the_same_record_tied_to_the_writer_is_still_masked(find: Find, text: str, name: str) -> None:
    masked = " ".join(v for e, v in find(text) if e == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


@pytest.mark.parametrize(("text", "name"), [
    ("Summarise the cricket league table for the intranet: we beat Legal by 30 runs, Hassan Jaber took 4 wickets", "Hassan Jaber"),
    ("Our team lost the final on penalties; Joseph Mugisha scored two goals before half time.", "Joseph Mugisha"),
])
def test_the_writer_s_own_side_playing_is_a_game_of_theirs(text: str, name: str) -> None:
    assert not _record(text, name)
