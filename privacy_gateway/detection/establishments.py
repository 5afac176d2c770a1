"""Names of establishments, institutions, events and clubs: "Trattoria Ponte Pisano", "Museo di
Pistoia", "the Chorzów Jazz Festival", "Kavárna Nad Vápenkou", "AS Dieppe", "Heukelum SV".

A venue, a museum, a festival, a firm or a club is named with a word for its kind, in its own
language, first or last ("Hotel …", "… Müzesi", "FC …", "… IF"). The words beside that head are
often a town's or a person's ("Café Marcel Cerdan", "Sporting Catania"), and the recognizer tags
the run a person or a place; the head says it is neither. Only kinds no one is named count: a head
a list of given names or surnames holds ("Hall", "Park", "Church") may be someone's surname ("Anna
Hall"), so it says nothing. A name someone is addressed or related by stays masked (`names`).
"""

from __future__ import annotations

import functools

import regex

from privacy_gateway.detection.lexicon import ascii_fold, listed_family, listed_given

# Kinds of places one eats, stays, visits or watches at, institutions, events and firms, in the
# languages whose names prompts carry most (folded as `ascii_fold` writes them).
_HEADS = """
museum museums gallery festival fest carnival biennale expo hotel hostel motel restaurant cafe bistro brasserie bistrot
pub tavern brewery winery distillery bakery pizzeria trattoria osteria taverna cantina steakhouse diner theatre
theater cinema opera philharmonic orchestra stadium arena cathedral basilica abbey monastery palace zoo aquarium
library university academy institute foundation airlines airways railways records studios brewing
gasthaus gasthof brauhaus wirtshaus biergarten kneipe konditorei schloss kirche oper stadion porzellan werke
musee auberge boulangerie patisserie theatre opera stade chateau cathedrale abbaye olympique
museo ristorante enoteca pasticceria gelateria albergo teatro duomo palazzo castello stadio birra calcio
bodega taberna restaurante cerveceria hostal posada parador estadio catedral palacio castillo atletico deportivo
museu tasca pastelaria pousada estadio palacio academico
eetcafe brouwerij schouwburg stadion
muzeum restauracja kawiarnia karczma teatr zamek katedra browar
hospoda kavarna pivovar divadlo hrad zamek katedrala
museet krog kafe hotell teater slott
museo ravintola kahvila hotelli teatteri linna
muzeum etterem kavehaz szalloda szinhaz
muzesi lokanta lokantasi otel oteli tiyatro stadyumu camii sarayi belediyespor
""".split()

# Clubs' codes, written in capitals before or after the town ("FC Köln", "Malmö FF"); not the ones
# that are English words or abbreviations too ("AS", "US", "IF", "CA").
_CLUB_CODES = frozenset("FC AFC CF SC SV TSV VfB VfL SpVgg AC CD SD UD RCD KS GKS FK SK NK FF IFK BK HJK JK SL RC".split())
_WORD = regex.compile(r"[\p{L}'’-]+")
_WORD_BEFORE = regex.compile(r"([\p{L}'’-]+)[ \t]+$")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}'’-]+)")


@functools.cache
def _heads() -> frozenset[str]:
    """The heads no list has as a given name or a surname."""
    return frozenset(w for w in _HEADS if w not in listed_given() and w not in listed_family())


def _head(word: str) -> bool:
    """A capitalised kind's word or a club's code."""
    if word in _CLUB_CODES:
        return True
    return word[:1].isupper() and ascii_fold(word.lower()) in _heads()


def establishment(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (part of) an establishment's, an event's or a club's name: a kind's
    head opens it or stands right before it ("Hotel Carlo Avolio", "SC Heukelum" tagged "Heukelum"),
    or closes it or stands right after it where no given name opens it ("Chorzów Jazz Festival",
    "Heukelum SV"; not "Marco Tasca", a surname some lists lack that is a kind's word too). Words in
    capitals are no name's ("IF ANNA CALLS")."""
    value = text[start:end]
    words = _WORD.findall(value)
    if not words or value.isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if _head(words[0]) or before is not None and _head(before.group(1)):
        return True
    after = _WORD_AFTER.match(text, end)
    closed = len(words) >= 2 and _head(words[-1]) or after is not None and _head(after.group(1))
    return closed and ascii_fold(words[0].lower()) not in listed_given()
