from __future__ import annotations

import pytest

from privacy_gateway.detection.dealing_words import deals
from privacy_gateway.detection.local_life import LOCAL_LIFE


@pytest.mark.parametrize("text", [
    "Which hymn did Efua Mensah sing at the carol service?",
    "What did Ilse Brandt bake for the harvest festival?",
    "Why did Colm Furlong step down as treasurer of the tenants' association?",
    "Which part did Luca Ferri play in the am-dram panto?",
    "What position did Jonas Eklund play for the under-11s?",
    "When did Dagny Lund join the bell-ringers?",
    "Which charity did Osman Yilmaz run the sponsored 10k for?",
    "Who was the best player in the Thursday league?",
    "What did Kofi Asante bring to Thursday's rehearsal?",
    "What did Tobias Lind sing at the end-of-term play?",
])
def test_a_communitys_occasions_and_bodies_are_local_life(text: str) -> None:
    assert deals(text, LOCAL_LIFE)


@pytest.mark.parametrize("text", [
    # Stars began at open mic nights and talent shows, orchestras and concerts are the world's too.
    "Which songs did Ed Sheeran play at open mic nights before he was famous?",
    "Which song did Susan Boyle sing at the talent show audition?",
    "Was Gustavo Dudamel trained in a youth orchestra in Venezuela?",
    "Who spoke at Nelson Mandela's memorial service?",
    "What did Taylor Swift sing at the summer concert in Hyde Park?",
    # Capitalised mid-sentence, a weekday or a season opens a name: the Summer Olympics, a film.
    "Who won the Summer Olympics in 1996?",
    "Which team won Saturday Night Football on the radio?",
    # An age band a national side is known by.
    "How many goals did Kylian Mbappé score for the under-21s?",
])
def test_the_worlds_occasions_are_not_local_life(text: str) -> None:
    assert not deals(text, LOCAL_LIFE)
