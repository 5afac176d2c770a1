"""Works listed by their titles in a row: "name the tables after Beatles songs: Hey Jude, Michelle,
Eleanor Rigby, Penny Lane", "our book club list for autumn is Rebecca, Emma, Lolita and Carrie".

Many titles are a character's name ("Michelle", "Emma", "Billy Elliot") or a place's, and a
detector reads them as someone; after a noun that says what is listed (songs, films, novels…),
three items or more in a row are titles. An item's brackets or dash are left to the other readers
("Casablanca (Smith family)"); a list holding contact data, or as many full names by the lists as
other items, is left alone.
"""

from __future__ import annotations

from typing import Iterator

import regex

# What the list is of, then its items after a colon or "is"/"are"/"include", on the same line.
# Plural nouns only: "book", "film" and "play" are verbs too ("book the room using this form:"); not
# "shows" or "hits", verbs too in the plural ("the log shows: Smith, Jones, Brown").
_HEAD = regex.compile(
    r"(?i:\b(?:songs|tracks|albums|singles|films|movies|novels|books|titles|plays|musicals|operas|ballets|"
    r"episodes|paintings|poems|cocktails|reading list|book club list|playlist|set ?list|repertoire)\b)"
    r"[^\n:.?!]{0,40}?(?::|\b(?:is|are|include|includes|including)\b)[ \t]*"
)
# An item ends at a comma or semicolon, at "and"/"or"/"&" before the last, at the sentence's end.
_SEPARATOR = regex.compile(r"[ \t]*(?:[,;][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)")
_END = regex.compile(r"(?<![A-Z])[.?!](?=\s|$)|\n")
# What an item holds past its title: brackets, a dash, a colon ("Casablanca (Smith family)").
_ASIDE = regex.compile(r"[ \t]*(?:\(|[–—]|-[ \t]|:)")
_CONTACT = regex.compile(r"@|\d(?:[ \-.()/]{0,2}\d){5,}")
# People in the clause before the noun: the list is theirs, not the works' ("Guests who want songs:
# Anna Berg, …", "songs requested by: …", "names for the playlist: …").
_PEOPLE_BEFORE = regex.compile(
    r"(?i:\b(?:who|whose|by|from|guests?|people|members?|staff|customers?|clients?|names|attendees|players|"
    r"students|pupils|kids|children|winners|singers|artists|authors|writers|requested)\b)"
)
_MOST_WORDS = 8


def work_list_items(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each title in a list of three works or more after a noun naming what they are."""
    from privacy_gateway.detection.full_names import listed_full_name  # loaded late: keeps the import chain short

    for head in _HEAD.finditer(text):
        stop = _END.search(text, head.end())
        end = stop.start() if stop is not None else len(text)
        body = text[head.end() : end]
        opening = max(text.rfind("\n", 0, head.start()), *(text.rfind(c, 0, head.start()) for c in ".?!"))
        if _CONTACT.search(body) or _PEOPLE_BEFORE.search(text, opening + 1, head.end()):
            continue
        items: list[tuple[int, int]] = []
        at = head.end()
        for cut in [*_SEPARATOR.finditer(text, head.end(), end), None]:
            stop_at = cut.start() if cut is not None else end
            item = text[at:stop_at]
            aside = _ASIDE.search(item)
            title = (item[: aside.start()] if aside is not None else item).strip(" \t\"'“”‘’")
            if title:
                first = text.index(title, at)
                items.append((first, first + len(title)))
            at = cut.end() if cut is not None else end
        if len(items) >= 3 and all(len(text[s:e].split()) <= _MOST_WORDS for s, e in items):
            # Items the lists read as someone's full name are titles too where they are fewer than
            # half ("Hey Jude, Michelle, Eleanor Rigby, Julia, …"); half or more, and the list may be
            # of people: it is left whole to the other readers.
            if 2 * sum(listed_full_name(text[s:e].split()) for s, e in items) < len(items):
                yield from items
