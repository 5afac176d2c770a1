"""The people of a roster: who is present, hosts, presents or speaks, listed after a label.

Minutes, club notes, seminar plans and event briefs list people after a label: "Minutes — present:
Isa, Lorenz, Luca.", "Hosts: Paolo (snacks) and Hans-Werner (discussion questions).", "presenters:
week 1 plato's republic (alexander), week 2 …". The cues of `name_cues` read the first name after
such a label at best; the others carry no cue but their place in the list, and in a text that also
names the world's people ("Orwell's Animal Farm") the recognizer leaves them as characters. Each item
of the label's list, or the name in brackets after an item, is a person when its words read as a
name: a given name of the lists that is no common English word, or a word English lacks.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, letter_case, listed_given

# Labels that head a list of the people at or running a meeting, a class or an event.
_LABEL = regex.compile(
    r"(?<![\p{L}\d_\-])(?i:present|in[ \t]+attendance|attending|attendees|apologies|absent|co-?hosts?|hosts?|hosted[ \t]+by|"
    r"presenters?|presenting|speakers|panel(?:l?ists)?|volunteers|invitees|participants|organi[sz]ers|facilitators?|"
    r"chair(?:ed[ \t]+by)?|note[ \t-]?takers?|minute[ \t-]?takers?)[ \t]*[:–—][ \t]*",
    regex.VERSION1,
)
# Where the list ends: a line's end, or a full stop before the next sentence.
_LIST_END = regex.compile(r"\n|\.(?=[ \t]|$)")
# Between two items: commas, semicolons, "and" and "&" (and their kin in the languages minutes are written in).
_BETWEEN = regex.compile(r"[ \t]*(?:[,;][ \t]*(?:(?i:and|&)[ \t]+)?|[ \t]+(?i:and|&|und|et|y|e|en|og|och|ja|i)[ \t]+)")
# An item with a note in brackets after it: "Paolo (snacks)", "Week 1 Plato's Republic (Isabelle)".
_BRACKETED = regex.compile(r"^(?P<head>.*?)[ \t]*\((?P<inner>[^()\n]{1,40})\)$")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")


def _name_word(word: str) -> bool:
    """Whether one word of an item reads as a name's: a listed given name that is no common English
    word ("Paolo", "Hans-Werner", "alexander"), or, capitalised, a word English lacks."""
    parts = [ascii_fold(p.lower()) for p in word.split("-") if p]
    if not parts or any(p in STOP_WORDS or common_word(p) for p in parts):
        return False
    return all(p in listed_given() or word[:1].isupper() and not english_form(p) for p in parts)


def _person(item: str, case: str) -> bool:
    """Whether a list item is a person's name: one to three words, written in the list's case, the
    first a name's (`_name_word`)."""
    words = item.split()
    if not 1 <= len(words) <= 3 or any(_WORD.fullmatch(w) is None for w in words):
        return False
    if case == "lower" and not item.islower() or case == "upper" and not item.isupper():
        return False
    if case == "mixed" and not all(w[:1].isupper() for w in words):
        return False
    return _name_word(words[0]) and not any(w.lower() in STOP_WORDS for w in words)


def roster_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the people listed after a roster label (see the module): each item, or the name in
    brackets after an item that is none ("Week 1 Plato's Republic (Isabelle)")."""
    for label in _LABEL.finditer(text):
        end = _LIST_END.search(text, label.end())
        stop = end.start() if end else len(text)
        line = text[label.end() : stop]
        case = letter_case(line)
        at = label.end()
        for piece in _BETWEEN.split(line):
            start = text.index(piece, at) if piece else at
            at = start + len(piece)
            item = piece.strip()
            if not item:
                continue
            start += piece.index(item)
            if (bracketed := _BRACKETED.match(item)) is not None:
                head, inner = bracketed.group("head"), bracketed.group("inner").strip()
                if head and _person(head, case):
                    yield start, start + len(head)
                elif _person(inner, case):
                    offset = bracketed.start("inner") + bracketed.group("inner").index(inner)
                    yield start + offset, start + offset + len(inner)
            elif _person(item, case):
                yield start, start + len(item)


# A rota's entry: a day or days ("mon", "tues", "wed-thu", "fri/sat", "Monday:") at a line's start or
# after a comma, then who does what ("mon tyrone + agnieszka lunch, bence dinner", "rota wk 32: mon
# jaskaran+chiamaka close, tues taras off (swapped w lucia)").
_DAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|thursday|saturday"
_DAY_OPENING = regex.compile(
    rf"(?:^[ \t]*(?:[-•*][ \t]*)?|[,;:][ \t]*)(?i:(?:{_DAY})(?:[ \t]*[-/–&][ \t]*(?:{_DAY}))?)(?![\p{{L}}\d])[ \t]*[:–-]?[ \t]*",
    regex.MULTILINE,
)
# Between the rota's entries: commas, semicolons, "+", "&", "and", brackets, "w" ("swapped w lucia").
_ENTRY = regex.compile(r"[,;+&(/]|(?<![\p{L}])(?:and|w)(?![\p{L}])")
_FIRST_WORD = regex.compile(r"[ \t]*(\p{L}[\p{L}\p{M}'’\-]*)")


def _rota_name(word: str) -> bool:
    """A listed given name that is no English word and no place ("agnieszka", "Bence"; not "Paris",
    nor "Art" and "Will", which open a day's plans as often as they name someone)."""
    from privacy_gateway.detection.places import any_place  # loaded late: keeps the import chain short

    parts = [ascii_fold(p.lower()) for p in word.split("-") if p]
    return bool(parts) and all(p in listed_given() and p not in STOP_WORDS and not english_form(p) for p in parts) and not any_place(word)


def rota_names(text: str) -> Iterator[tuple[int, int]]:
    """The people of a rota: where two entries or more open with a day, the first word of each of
    their items when it is a given name (`_rota_name`): "mon tyrone + agnieszka lunch, bence dinner"
    gives tyrone, agnieszka and bence; "lunch", "everyone" and "Paris" are no one."""
    openings = list(_DAY_OPENING.finditer(text))
    if len(openings) < 2:
        return
    for i, opening in enumerate(openings):
        line_end = text.find("\n", opening.end())
        stop_at = min(line_end if line_end >= 0 else len(text), openings[i + 1].start() if i + 1 < len(openings) else len(text))
        at = opening.end()
        for cut in [*_ENTRY.finditer(text, opening.end(), stop_at), None]:
            stop = cut.start() if cut is not None else stop_at
            first = _FIRST_WORD.match(text, at, stop)
            if first is not None and _rota_name(first.group(1)):
                yield first.span(1)
            at = cut.end() if cut is not None else stop_at
