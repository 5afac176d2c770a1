"""Lines typed With A Capital On Every Word, where capitals say nothing of names.

"Birthday Party For 8 Year Olds At Home", "Was Cleopatra Egyptian Or Greek, My Son Says Greek":
some people capitalise every word they type (and headlines do), so a capital there is no sign of
a proper noun, and the readings that lean on capitals take "Home" and "Greek" for a place and a
person. On such a line a name of English words alone is no one's unless the words are a given
name and a surname, or something before it names or addresses a person.
"""

from __future__ import annotations

import regex
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
# Words English capitalises only to open a sentence or a title: when they wear a capital mid-line, the line is in title case.
_SMALL_WORDS = frozenset(w for w in STOP_WORDS if w.isalpha() and len(w) <= 5) - {"i"}


def title_cased(text: str, start: int) -> bool:
    """Whether the line holding `text[start]` is typed with a capital on nearly every word: five
    words or more, nine in ten capitalised, two small words among them ("For", "At", "Or")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = [m.group() for m in _WORD.finditer(line) if len(m.group()) > 1]
    if len(words) < 5:
        return False
    capitals = sum(w[0].isupper() and not w.isupper() for w in words)
    small = sum(w[0].isupper() and w.lower() in _SMALL_WORDS for w in words[1:])
    return capitals * 10 >= len(words) * 9 and small >= 2


def lowered_title_lines(text: str) -> str | None:
    """`text` with its lines in title case lower-cased (same length: a letter whose lower case is
    longer stays), for the readings of one-case text; None when no line is in title case."""
    lines = text.split("\n")
    changed = False
    at = 0
    for k, line in enumerate(lines):
        if title_cased(text, at):
            lines[k] = "".join(c.lower() if len(c.lower()) == 1 else c for c in line)
            changed = True
        at += len(line) + 1
    return "\n".join(lines) if changed else None
