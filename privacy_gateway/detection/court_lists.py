"""The parties of a court's daily list: "COURT 3  10:00  R V ANDRESEN", "WAIRIMU V MOEN - CASE
MANAGEMENT", "LIST: R V SCANLAN, LISA-MARIE; R V O'RAFFERTY, EDEL - SENTENCE".

A cause list names today's cases by their parties, people in the main, in capitals and often by
surname alone; no cue stands before them but the court, the time and the "v" between. A case title
in a listing (after a hearing's time, or the Crown's "R v" in a text that holds a court's or a
list's heading) is read party by party: each party that is no institution (the Crown, a council, a
firm) is a person. A case title in prose ("the ratio of R v Brown") is the law's, and left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# A court's or a list's heading: "COURT 3", "Courtroom 12", "LIST:", "Daily cause list".
_LISTING = regex.compile(r"(?i:\bcourt(?:room)?[ \t]+(?:no\.?[ \t]*)?[\dA-Z]{1,3}\b|\b(?:cause[ \t]+|daily[ \t]+|warned[ \t]+)?list[ \t]*:)")
# A hearing's time, and one just before the title: "10:00  ", "14.30 ".
_TIME = regex.compile(r"\d{1,2}[:.]\d{2}")
_TIME_BEFORE = regex.compile(r"\b\d{1,2}[:.]\d{2}(?:[ \t]*(?i:am|pm))?[ \t]+$")
# A party: up to five words in capitals or capitalised, a comma between surname and given name allowed.
_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*"
_PARTY = rf"{_WORD}(?:,?[ \t]+{_WORD}){{0,4}}"
_TITLE = regex.compile(rf"(?<![\p{{L}}\d])(?P<a>{_PARTY})[ \t]+[Vv](?:s|\.)?[ \t]+(?P<b>{_PARTY})", regex.VERSION1)
# Between two parties on one side: "AUNE AND KOBAYASHI", "Aune & Kobayashi".
_AND = regex.compile(r"[ \t]+(?:AND|and|&)[ \t]+")
# The words after a title that say what the hearing is, which the party's capitals run on into.
_HEARING = frozenset(
    """CASE MANAGEMENT SENTENCE SENTENCING MENTION TRIAL PLEA HEARING BAIL APPEAL REVIEW DIRECTIONS PTPH FCMH
    PRELIMINARY FINAL INTERIM APPLICATION FOR THE IN AT COURT LIST""".split()
)
# Who is a party but no person: the Crown, the state, public bodies and firms.
_INSTITUTIONS = frozenset(
    """R REGINA REX CROWN QUEEN KING THE DPP CPS HMRC STATE PEOPLE COUNCIL BOROUGH CITY COUNTY DISTRICT LTD LIMITED
    PLC LLP LLC INC BANK SECRETARY MINISTER MINISTRY COMMISSIONERS COMMISSIONER POLICE CONSTABLE TRUST NHS
    UNIVERSITY COLLEGE SCHOOL AUTHORITY AGENCY DEPARTMENT GOVERNMENT REPUBLIC COMMONWEALTH HOLDINGS GROUP
    INSURANCE SERVICES""".split()
)


def _parties(text: str, start: int, side: str) -> Iterator[tuple[int, int]]:
    """Each person of one side of a title found at `start`: split at "and", cut before the hearing's words."""
    at = 0
    for piece in _AND.split(side):
        offset = side.index(piece, at)
        at = offset + len(piece)
        words = piece.split()
        kept: list[str] = []
        for word in words:
            if word.rstrip(",").upper() in _HEARING:
                break
            kept.append(word)
        if not kept:
            continue
        if any(w.rstrip(",").upper() in _INSTITUTIONS for w in kept):
            continue
        value = piece[: piece.index(kept[-1]) + len(kept[-1])].rstrip(",")
        yield start + offset, start + offset + len(value)


# A list of reported cases argued as an exercise: a moot, a mock trial, a teaching session.
_EXERCISE = regex.compile(r"(?i:\bmoot(?:s|ing)?\b|\bmock[ \t]+trials?\b|\bteaching[ \t]+session|\bre-?argued\b)")


def listed_hearing(text: str, start: int, first_party: str) -> bool:
    """Whether a case title opening at `start` with `first_party` is a hearing on a court's list:
    after a hearing's time, or the Crown's ("R v …") in a text that holds a court's or a list's
    heading. A moot's or a mock trial's list argues reported cases ("Moot Court 1, 18:00  Fisher v Bell")."""
    if _EXERCISE.search(text) is not None:
        return False
    if _TIME_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    return first_party.upper() in ("R", "REGINA", "REX") and _LISTING.search(text) is not None


def court_list_parties(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the people a court's list names as parties (see the module)."""
    if _LISTING.search(text) is None and _TIME.search(text) is None:
        return  # no court's heading and no hearing's time: no title can be a listed hearing
    for m in _TITLE.finditer(text):
        if not listed_hearing(text, m.start(), m.group("a")):
            continue
        yield from _parties(text, m.start("a"), m.group("a"))
        yield from _parties(text, m.start("b"), m.group("b"))
