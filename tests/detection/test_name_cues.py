"""The cue words shared by the name readers: where a slot is a person's."""

from __future__ import annotations

import pytest
import regex

from privacy_gateway.detection.name_cues import CAPTION_PARTICLES, FULL_NAME_PARTICLE, PARTICLE_WORD, PARTICLES_CORE, UNCASED_PARTICLES, VALUE_PARTICLES, after_people_verb
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, word",
    [
        ("can you loop in brundo quaspel on the thread", "brundo"),
        ("SYNCED WITH VELIKA TRUNSOVA ABOUT THE ROLLOUT", "VELIKA"),
        ("cc  ragna, she owns the runbook", "ragna"),
    ],
)
def test_a_verb_only_people_take_marks_the_slot_after_it(text: str, word: str) -> None:
    assert after_people_verb(text, text.index(word))


@pytest.mark.parametrize(
    "text, word",
    [
        ("integrate with grafana loki for the logs", "grafana"),  # "with" alone takes tools too
        ("send the logs to kafka connect", "kafka"),  # a verb tools take as well
    ],
)
def test_other_words_before_a_slot_mark_no_person(text: str, word: str) -> None:
    assert not after_people_verb(text, text.index(word))


@pytest.mark.parametrize("readers", [UNCASED_PARTICLES, CAPTION_PARTICLES, VALUE_PARTICLES])
def test_every_reader_of_particles_holds_the_core(readers: frozenset[str]) -> None:
    assert set(PARTICLES_CORE) <= readers


@pytest.mark.parametrize("word, cued, full", [("della", True, True), ("dell", False, False), ("ibn", True, True), ("das", False, True), ("y", False, True)])
def test_particle_patterns_match_whole_words(word: str, cued: bool, full: bool) -> None:
    assert (PARTICLE_WORD.fullmatch(word) is not None) is cued
    assert (regex.fullmatch(FULL_NAME_PARTICLE, word) is not None) is full


@pytest.mark.parametrize(
    "text, name",
    [
        ("can you help me write a sorry text to my ex priyanka", "priyanka"),
        ("MY EX DARIUSZ WANTS THE SOFA BACK", "DARIUSZ"),
    ],
)
def test_an_ex_is_a_relation_before_a_name(find: Find, text: str, name: str) -> None:
    assert any(name in value for _, value in find(text))


def test_an_ex_employer_is_no_one(find: Find) -> None:
    assert find("my ex employer wont send my p45, what can i do") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Lesson plan on Macbeth, Act 1. Co-teacher is Hiroko Tanabe. Add a starter on the witches.", "Hiroko Tanabe"),
        ("Book club organiser Wendelin Hofer wants a year without Dickens.", "Wendelin Hofer"),
        ("is it keynes or hayek on this? my coauthor dervisoglu insists on hayek", "dervisoglu"),
        ("WRITE A PROFILE OF OUR LOCAL FLORIST AMARA OSEI FOR THE PARISH PAGE", "AMARA OSEI"),
    ],
)
def test_a_role_of_the_writer_s_own_work_or_club_names_someone_even_beside_the_famous(find: Find, text: str, name: str) -> None:
    assert any(name in value for entity, value in find(text) if entity == "PERSON"), find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bitte schreib eine Absage an Lorenz Hubacher, er hat Kafka zitiert.", "Lorenz Hubacher"),
        ("Scrivi una mail a Ilaria Vannucci per confermare la visita.", "Ilaria Vannucci"),
        ("Kun je een korte mail schrijven aan Femke Oudshoorn over de rondleiding?", "Femke Oudshoorn"),
    ],
)
def test_a_message_written_to_someone_in_another_language(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


def test_a_message_a_day_is_no_one(find: Find) -> None:
    assert [v for t, v in find("I write an email a day about the backlog.") if t == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Mme ROUX Amandine, n° de sécu 2 69 03 75 116 042 41, domiciliée 14 place du Marché", "ROUX Amandine", id="surname-first"),
        pytest.param("M. Jean DUPONT a appelé ce matin pour sa facture.", "Jean DUPONT", id="given-first"),
        pytest.param("Dear Mr SMITH, thank you for your letter.", "SMITH", id="surname-alone"),
    ],
)
def test_a_title_before_a_surname_in_capitals(find: Find, text: str, name: str) -> None:
    people = [value for kind, value in find(text) if kind == "PERSON"]
    assert any(name in value for value in people), people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("1. Annegret Vollmer, geb. Schulz, geboren am 25.11.1969, wohnhaft in Köln", "Schulz", id="german-birth-name"),
        pytest.param("ENTRE : DUBREUIL Maëlys, née GARNIER, née le 3 février 1987, demeurant à Lyon", "GARNIER", id="french-birth-name-in-capitals"),
        pytest.param("Teknisyen Mustafa Bey yarın 10:00'da gelecek, anahtar kapıcıda.", "Mustafa", id="turkish-bey"),
        pytest.param("Vecinul de deasupra, dl Munteanu, ne inundă baia a treia oară", "Munteanu", id="romanian-dl"),
        pytest.param("> Buenas, soy Montserrat Puig i Vidal, DNI/NIE Y3394172F. Os mando la nómina.", "Montserrat Puig", id="spanish-soy"),
        pytest.param("ciao, sono Marco Rossi dell'ufficio acquisti", "Marco Rossi", id="italian-sono"),
    ],
)
def test_a_birth_name_and_the_courtesies_of_more_languages_name_someone(find: Find, text: str, name: str) -> None:
    people = [value for kind, value in find(text) if kind == "PERSON"]
    assert any(name in value for value in people), people


def test_a_birth_date_after_the_birth_mark_a_decilitre_and_a_sauce_are_no_one(find: Find) -> None:
    assert [v for k, v in find("Geb. 12.03.1990 in Berlin; née le 4 mai. Add 2 dl Milk and Soy Sauce, stir.") if k == "PERSON"] == []


@pytest.mark.parametrize(
    "text, couple",
    [
        pytest.param("Flag any share where the names don't match.\n\nOyelaran–Lindqvist wedding – rooming list v3", "Oyelaran–Lindqvist", id="en-dash"),
        pytest.param("Seating plan for the Kapoor & Mehta wedding on Saturday, 120 guests", "Kapoor & Mehta", id="ampersand"),
        pytest.param("Okonkwo-Brennan engagement party, 40 guests, canapés only", "Okonkwo-Brennan", id="hyphen"),
    ],
)
def test_a_couple_s_surnames_before_their_wedding_are_people(find: Find, text: str, couple: str) -> None:
    assert any(t == "PERSON" and couple in v for t, v in find(text)), find(text)


@pytest.mark.parametrize("text", ["Explain the Colebrook–White equation for pipe friction", "Ideas for a Harry Potter & Star Wars wedding theme"])
def test_namesakes_and_themes_before_a_noun_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)
