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


@pytest.mark.parametrize("text", [
    "How many slides did Ines Vidal prepare for the Year 10 revision evening?",
    "Which poem did Tomasz Wiśniewski read to the sixth formers?",
    "How did Ngozi Eze do in the history mock paper?",
    "What did Rania Haddad say at assembly?",
    "Which display did Juho Laine put up in classroom 4?",
    "What did Pia Kessler talk about at the Rotary club?",
    "Why did Emeka Okoro leave the local history society?",
    "Which songs did Ilse Brandt sing at the care home's open mic?",
    "How many medals did Citta Szalay win at the county swimming gala?",
    "What stories did Aino Virtanen tell at the scouts' campfire?",
])
def test_a_schools_and_a_towns_own_groups_and_occasions_are_local_life(text: str) -> None:
    assert deals(text, LOCAL_LIFE)


@pytest.mark.parametrize("text", [
    # A school, a home or a club as a kind, not as one's own: the world's subjects.
    "How did Maria Montessori change nursery school teaching?",
    "Explain Piaget's stages of development for a primary school teacher.",
    "Describe the classroom scenes in Dead Poets Society.",
    "Is a care home cheaper than live-in care?",
])
def test_a_school_or_a_home_as_a_kind_is_not_local_life(text: str) -> None:
    assert not deals(text, LOCAL_LIFE)
