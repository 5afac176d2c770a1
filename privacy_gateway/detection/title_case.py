"""Lines typed With A Capital On Every Word, where capitals say nothing of names.

"Birthday Party For 8 Year Olds At Home", "Was Cleopatra Egyptian Or Greek, My Son Says Greek":
some people capitalise every word they type (and headlines do), so a capital there is no sign of
a proper noun, and the readings that lean on capitals take "Home" and "Greek" for a place and a
person. On such a line a name of English words alone is no one's unless the words are a given
name and a surname, or something before it names or addresses a person.
"""

from __future__ import annotations

import functools
from typing import Callable

import regex
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
# Words English capitalises only to open a sentence or a title: when they wear a capital mid-line, the line is in title case.
_SMALL_WORDS = frozenset(w for w in STOP_WORDS if w.isalpha() and len(w) <= 5) - {"i"}


def title_cased(text: str, start: int) -> bool:
    """Whether the line holding `text[start]` is typed with a capital on nearly every word: five
    words or more, nine in ten capitalised, two small words among them ("For", "At", "Or")."""
    return any(line_start <= start <= line_end for line_start, line_end in title_lines(text))


def title_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` in title case (asked once per analysis: every
    span found on a line asks)."""
    return _remembered()(text)


@functools.cache
def _remembered() -> Callable[[str], list[tuple[int, int]]]:
    # Imported here, as `notable` does: `text_kind` loads this module at the end of its import chain.
    from privacy_gateway.detection.memo import per_analysis

    return per_analysis(_title_lines)


def _title_lines(text: str) -> list[tuple[int, int]]:
    out = []
    at = 0
    for line in text.split("\n"):
        if _title_line(line):
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _title_line(line: str) -> bool:
    # Most lines are prose: a few words in lower case, counted on the line split at spaces, say so
    # before any pattern runs (a tenth of the words in lower case is enough).
    spaced = line.split()
    if len(spaced) < 5 or sum(w[:1].islower() for w in spaced) * 10 > len(spaced):
        return False
    words = [m.group() for m in _WORD.finditer(line) if len(m.group()) > 1]
    if len(words) < 5:
        return False
    capitals = sum(w[0].isupper() and not w.isupper() for w in words)
    small = sum(w[0].isupper() and w.lower() in _SMALL_WORDS for w in words[1:])
    return capitals * 10 >= len(words) * 9 and small >= 2


def lowered_title_lines(text: str) -> str | None:
    """`text` with its lines in title case lower-cased (same length: a letter whose lower case is
    longer stays), for the readings of one-case text; None when no line is in title case."""
    spans = title_lines(text)
    if not spans:
        return None
    out = text
    for start, end in spans:
        out = out[:start] + "".join(c.lower() if len(c.lower()) == 1 else c for c in text[start:end]) + out[end:]
    return out


def _titled_word(word: regex.Match[str]) -> str:
    """One word with a capital first, and after each hyphen ("Skłodowska-Curie"), and the rest small,
    letter for letter (a letter whose other case is longer, like "ß", stays as written)."""
    return "-".join(_titled_part(part) for part in word.group().split("-"))


def _titled_part(letters: str) -> str:
    if not letters:
        return letters
    first = letters[0].upper() if len(letters[0].upper()) == 1 else letters[0]
    return first + "".join(c.lower() if len(c.lower()) == 1 else c for c in letters[1:])


def titled_copy(text: str, capitalise: Callable[[str], bool] = lambda word: True) -> str:
    """`text` with every word `capitalise` accepts (lower case given) capitalised and the rest in
    lower case, the same length and offsets: text typed in one case ("WHAT DID KIRSTIN NIELSEN SAY
    …") read by the rules that look for runs of capitals."""
    return _WORD.sub(lambda m: _titled_word(m) if capitalise(m.group().lower()) else _lowered(m.group()), text)


def lower_at_offsets(text: str) -> str:
    """`text.lower()`, unless a character's lower case is longer ("İ"): then each such character is
    kept as written, so a match in the lowered text stands at the same place in the text."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def shouted(line: str) -> bool:
    """Whether `line` is written in capitals: twelve letters or more, nine in ten of them capitals."""
    if sum(map(str.isupper, line)) < 11:
        return False  # under eleven capitals (this count bounds the letters' from above): most lines, told cheaply
    letters = upper = 0
    for c in line:
        if c.isalpha():
            letters += 1
            upper += c.isupper()
    return letters >= 12 and upper * 10 >= letters * 9


def shouted_lines_lowered(text: str) -> str | None:
    """`text` with its lines written in capitals in lower case (`lower_at_offsets`, same offsets),
    or None when no line is: a notice in capitals ("AB MONTAG IST ANNELIESE BRÜCKNER FÜR …")
    capitalises every word, and is read as a line typed in lower case is."""
    lines = text.split("\n")
    loud = [shouted(line) for line in lines]
    if not any(loud):
        return None
    return "\n".join(lower_at_offsets(line) if line_is_loud else line for line, line_is_loud in zip(lines, loud))


def _lowered(word: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
