"""The heads of a list's items, when the other heads are people.

"lan - 2 dogs (rex + bonnie) - 01531 632 784; noa friedman - 1 dog - noa.f@…; amir hosseini -
puppy, mornings only - 347 …": a list of records names one person an item, at its head, before a
dash or a colon. Where two heads of a list or more are found as people, a head left unfound is
someone's too (a one-case given name the lists also read as a word, "lan"), unless it is a stop
word, a listed tool, or English words that no name list holds ("total", "notes").
"""

from __future__ import annotations

from typing import Sequence

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import english_form, listed_given, world_first_names
from privacy_gateway.detection.software import is_software

# An item: a line, or a part of one between semicolons.
_ITEM = regex.compile(r"[^;\n]+")
# Where an item's head ends: a dash between spaces, else a colon.
_DASH = regex.compile(r"[ \t]+[-–—][ \t]+")
_COLON = regex.compile(r"[ \t]*:[ \t]+")
# A bullet or a number opening the item.
_MARK = regex.compile(r"[ \t]*(?:[•*\-–]|\d{1,2}[.)])?[ \t]*")
_HEAD = regex.compile(r"\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,3}")


def list_heads(text: str, people: list[tuple[int, int]], places: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The heads of items in `text` that no span of `people` or `places` covers, where two or more
    other heads of three items or more are found, one of them at least a person (the recognizer
    calls a one-case name a place as often: "wiremu - piano")."""
    heads = [head for item in _ITEM.finditer(text) if (head := _head(text, item.start(), item.end())) is not None]
    if len(heads) < 3:
        return []
    person = [any(s <= start and end <= e for s, e in people) for start, end in heads]
    covered = [found or any(s <= start and end <= e for s, e in places) for found, (start, end) in zip(person, heads)]
    if sum(covered) < 2 or not any(person):
        return []
    return [(start, end) for (start, end), found in zip(heads, covered) if not found and _name_like(text[start:end])]


def _head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The head of the item `text[start:end]`: before its first dash (or colon), after a lead-in
    ending in a colon ("make a table: lan - …"), without a bullet; None when it has no such head."""
    cut = _DASH.search(text, start, end) or _COLON.search(text, start, end)
    if cut is None:
        return None
    head_start = start
    lead = text.rfind(": ", start, cut.start())
    if lead >= 0:
        head_start = lead + 2
    head_start = _MARK.match(text, head_start, cut.start()).end()  # the pattern matches the empty string too
    m = _HEAD.fullmatch(text, head_start, cut.start())
    return m.span() if m else None


def _name_like(head: str) -> bool:
    words = head.lower().split()
    if any(w in STOP_WORDS for w in words) or is_software(head):
        return False
    return not all(english_form(w) and w not in listed_given() and w not in world_first_names() for w in words)
