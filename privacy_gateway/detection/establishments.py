"""Names of establishments, institutions, events and clubs: "Trattoria Ponte Pisano", "Museo di
Pistoia", "the Chorzów Jazz Festival", "Kavárna Nad Vápenkou", "AS Dieppe", "Heukelum SV".

A venue, a museum, a festival, a firm or a club is named with a word for its kind, in its own
language, first or last ("Hotel …", "… Müzesi", "FC …", "… IF"). The words beside that head are
often a town's or a person's ("Café Marcel Cerdan", "Sporting Catania"), and the recognizer tags
the run a person or a place; the head says it is neither. Only kinds no one is named count: a head
a list of given names or surnames holds ("Hall", "Park", "Church") may be someone's surname ("Anna
Hall"), so it says nothing alone. A name someone is addressed or related by stays masked (`names`).

Two readings go further, each where a private person's name cannot stand:
- An institution's noun that is no one's surname in any language ("University", "Institute",
  "Hospital", "Act") closes a name whatever word opens it: "Yale University", "the Adam Walsh
  Act", "Karolinska Institutet"; "Duke" and "Yale" are given names to the lists, but nobody is
  called "… University".
- A structure's head that is a surname too ("Hall", "Bridge", "Tower", "Church", "Square") closes a
  venue's or a landmark's name where a word of English or a surname, and no given name, opens it
  ("Carnegie Hall", "Westminster Abbey"; not "Anna Hall", nor "Chidi Hall": a given name no list
  holds is no word either) or where "the" stands before the name and the head ends the phrase ("the Royal
  Albert Hall", "the George Washington Bridge"; "the Anna Hall file" stays a person's).
"""

from __future__ import annotations

import functools

import regex

from privacy_gateway.detection.lexicon import ascii_fold, english_word, listed_family, listed_given

# Kinds of places one eats, stays, visits or watches at, institutions, events and firms, in the
# languages whose names prompts carry most (folded as `ascii_fold` writes them).
_HEADS = """
museum museums gallery festival fest carnival biennale expo hotel hostel motel restaurant cafe bistro brasserie bistrot
pub tavern brewery winery distillery bakery pizzeria trattoria osteria taverna cantina steakhouse diner theatre
theater cinema opera philharmonic orchestra stadium arena cathedral basilica abbey monastery palace zoo aquarium
library university academy institute foundation hospital college laboratory observatory act airlines airways railways records studios brewing
room suite lounge surgery clinic
treaty statute convention accords protocol doctrine declaration constitution parliament assembly tribunal commission
amendment empire caliphate sultanate revolution siege theorem conjecture syndrome paradox airport aeroporto aeropuerto aeroport flughafen lufthavn
gasthaus gasthof brauhaus wirtshaus biergarten kneipe konditorei schloss kirche oper stadion porzellan werke
institut klinik klinikum universitat hochschule kunsthalle kunsthaus kunstmuseum galerie stiftung
musee fondation auberge boulangerie patisserie theatre opera stade chateau cathedrale abbaye olympique
istituto universita fondazione galleria pinacoteca
museo ristorante enoteca pasticceria gelateria albergo teatro duomo palazzo castello stadio birra calcio
fundacion bodega taberna restaurante cerveceria hostal posada parador estadio catedral palacio castillo atletico deportivo
museu fundacao galeria tasca pastelaria pousada estadio palacio academico
stichting eetcafe brouwerij schouwburg stadion
muzeum restauracja kawiarnia karczma teatr zamek katedra browar
hospoda kavarna pivovar divadlo hrad zamek katedrala
institutet universitet
museet krog kafe hotell teater slott
museo ravintola kahvila hotelli teatteri linna
muzeum etterem kavehaz szalloda szinhaz
muzesi lokanta lokantasi otel oteli tiyatro stadyumu camii sarayi belediyespor
""".split()

# Institutions' nouns no one is surnamed, in English and the languages above: a given name before
# them ("Duke University", "Adam Walsh Act") opens the institution's name, not a person's.
_INSTITUTIONS = frozenset(
    "university universitat universita universitet universidad universite hochschule institute institut institutet "
    "instituto istituto museum museo musee museet muzeum academy foundation hospital college laboratory "
    "observatory cathedral basilica library stadium philharmonic orchestra act "
    # Laws, treaties and realms, and the theorems and syndromes named after their finders ("the Marfan syndrome").
    "treaty statute convention doctrine amendment empire caliphate sultanate theorem conjecture syndrome paradox "
    # Airports are named after people: "John Lennon Airport", "Murtala Muhammed Airport".
    "airport aeroporto aeropuerto aeroport flughafen lufthavn".split()
)
# Heads that an "of" and a place or a body follow: "Battle of Hastings", "House of Lords", "Court of
# Appeal", "Treaty of Westphalia". No one's name is a word of these and "of" ("Joan of Arc" opens with a given name).
_OF_HEADS = frozenset(
    "battle siege sack treaty peace war house court bank council congress diet synod edict department ministry "
    "kingdom republic duchy principality church".split()
)
# Structures' and venues' heads that are surnames too ("Anna Hall"): a head only with more evidence.
# A hospital's wards and wings are named after people as halls are ("Nightingale Ward", "Pendleton Wing").
# So are a hotel's rooms and suites ("the Churchill Suite", "Brunel Room"), where the lists hold "Room" and "Suite" as surnames.
_STRUCTURES = frozenset("hall bridge center centre tower church chapel abbey castle square gardens house court ward wing room suite lounge".split())
# "the White House", "the Opera House"; but "Smith House" may be the Smiths' home: only after "the".
_HOMES = frozenset({"house"})
# What may follow a structure's head that "the" opened: the phrase ends there ("the Royal Albert
# Hall and the V&A", "the Brooklyn Bridge?"), where "the Anna Hall file" goes on with a noun.
_PHRASE_END = regex.compile(
    r"(?:[ \t]*(?:[^\p{L}\p{N}\s]|$)|[ \t]+(?:and|or|in|on|at|is|was|are|were|for|to|of|with|near|from|by|has|had|have|"
    r"but|than|vs|v|today|itself)(?!\p{L}))"
)
_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|The)[ \t]+(?:\p{Lu}[\p{L}'’.&-]*[ \t]+){0,4}$")
_LOWER_HEADS = (_INSTITUTIONS | _STRUCTURES) - _HOMES
# In text typed in lower case, "the" right before the name, or one word before it ("the royal albert
# hall"): "the meeting with anna hall", "the contract to james bridge" are people's.
_THE_BEFORE_LOWER = regex.compile(r"(?<![\p{L}])the[ \t]+(?:[\p{Ll}'’.&-]+[ \t]+)?$")

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


def _structure(word: str) -> bool:
    """A capitalised structure's or venue's head that is a surname too ("Hall", "Bridge")."""
    return word[:1].isupper() and word.lower() in _STRUCTURES


def _head(word: str) -> bool:
    """A capitalised kind's word or a club's code."""
    if word in _CLUB_CODES:
        return True
    return word[:1].isupper() and ascii_fold(word.lower()) in _heads()


def establishment(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (part of) an establishment's, an event's or a club's name: a kind's
    head opens it or stands right before it ("Hotel Carlo Avolio", "SC Heukelum" tagged "Heukelum"),
    or closes it or stands right after it where no given name opens it ("Chorzów Jazz Festival",
    "Heukelum SV"; not "Marco Tasca", a surname some lists lack that is a kind's word too). An
    institution's noun closes it whatever opens it, a structure's head as the module says. Words in
    capitals are no name's ("IF ANNA CALLS")."""
    value = text[start:end]
    words = _WORD.findall(value)
    if not words or value.isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if _head(words[0]) or before is not None and _head(before.group(1)):
        return True
    if len(words) >= 3 and words[1] == "of" and words[0][:1].isupper() and words[0].lower() in _OF_HEADS:
        return True  # "Battle of Kursk", "House of Lords", "Court of Appeal"
    lowered = text.islower()
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1) in ("airport", "airports") and value[:1].isupper():
        return True  # "Lima's Jorge Chávez airport", "Charles de Gaulle airport": English writes the kind in lower case
    if after is not None and (_head(after.group(1)) or _structure(after.group(1)) or lowered and after.group(1) in _LOWER_HEADS):
        last, last_end = after.group(1), after.end()
    elif len(words) >= 2:
        last, last_end = words[-1], end
    else:
        return False
    if _head(last) and ascii_fold(last.lower()) in _INSTITUTIONS:
        return True  # "Yale University", "the Adam Walsh Act": no one is called "… University"
    if lowered and last in _LOWER_HEADS:
        # "the adam walsh act", "the brooklyn bridge?": text typed in lower case says nothing by capitals; "the" and the
        # phrase's end do, and a structure's head after a given name is a surname ("the john hall who runs the shop")
        if last in _STRUCTURES and any(part in listed_given() for part in ascii_fold(words[0].lower()).split("-")):
            return False
        return _PHRASE_END.match(text, last_end) is not None and _THE_BEFORE_LOWER.search(text, max(0, start - 60), start) is not None
    if not (_head(last) or _structure(last) and words[0][:1].isupper()):
        return False
    first = ascii_fold(words[0].lower())
    if not any(part in listed_given() for part in first.split("-")) and (
        _head(last) or last.lower() not in _HOMES and (english_word(first) or first in listed_family())
    ):
        return True  # "Chorzów Jazz Festival", "Carnegie Hall", "Westminster Abbey"; not "Marco Tasca", "Anna Hall"
    # "the George Washington Bridge", "the Royal Albert Hall and the V&A": a landmark, the phrase ends at its head.
    return _structure(last) and _PHRASE_END.match(text, last_end) is not None and _THE_BEFORE.search(text, max(0, start - 60), start) is not None
