"""The rows of a register: one person a line, in capitals or lower case, a mark or a grade after.

School registers, results sheets and rotas print a name a line and a mark beside it: "DURMUŞ,
BEKBAY  /", "TER HORST, TYGO  N", "ISAH SAFIYA .... B", "AROCA-ARMENGOL, GALO  L"; door lists
print a guest count after the name, "JOOST DE BOER (+1 FARHANA)". No cue stands
before the names and the lists hold few of them; what tells the rows apart from a list of things is
their shape repeated: three lines or more in a run, each a name's words and nothing but a short mark,
a grade or a score after two spaces or a row of dots. The run counts when few of its words are common
English words and no row is all such words, fewer than half its rows are places ("PARIS, FRANCE"),
and one row at least holds a name of the lists.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, listed_family, listed_given, listed_names
from privacy_gateway.detection.name_cues import PARTICLES_CORE

# A row: a name's words (a comma between surname and given name allowed), then only a mark, a grade
# or a score set off by two spaces or dots ("  /", "  N", " .... A*", "  72").
# A door list's guest count in brackets after the name, with the plus-one's name maybe ("LACHLAN
# FITZGERALD (+1)", "JOOST DE BOER (+1 FARHANA)").
_ROW = regex.compile(
    r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<name>\p{L}[\p{L}\p{M}'’\-]*(?:,?[ \t]\p{L}[\p{L}\p{M}'’\-]*){1,4})"
    r"(?:(?:[ \t]{2,}|[ \t]*\.{2,}[ \t]*)[^\s]{1,3}|[ \t]+\(\+\d(?:[ \t]+(?P<guest>\p{L}[\p{L}\p{M}'’\-]*(?:[ \t]\p{L}[\p{L}\p{M}'’\-]*)?))?\))?[ \t]*$",
    regex.VERSION1,
)
_RUN = 3  # rows in a run, at least
_PARTICLES = frozenset(PARTICLES_CORE) | {"los", "las"}


def _row_words(name: str) -> list[str]:
    return [w for part in name.replace(",", " ").split() for w in part.split("-") if w]


def _plain(word: str) -> bool:
    """A word no name's: a stop word, a common English word, or an English form no list holds as a name."""
    lowered = ascii_fold(word.lower())
    if lowered in _PARTICLES:
        return False
    return lowered in STOP_WORDS or common_word(lowered) or english_form(lowered) and lowered not in listed_given() and lowered not in listed_family()


def _listed(word: str) -> bool:
    lowered = ascii_fold(word.lower())
    return lowered not in _PARTICLES and lowered in listed_names()


def _register(names: list[str]) -> bool:
    """Whether a run of rows' names is a register's (see the module)."""
    from privacy_gateway.detection.places import listed_place  # loaded late: keeps the import chain short

    rows = [_row_words(name) for name in names]
    plain = [[_plain(w) for w in words] for words in rows]
    # Names a word or two of which English writes too ("TOLU"), not rows of words ("APPLES").
    if 5 * sum(map(sum, plain)) >= sum(map(len, plain)) or any(all(row) for row in plain):
        return False
    if 2 * sum(all(listed_place(part.strip()) for part in name.split(",")) for name in names) >= len(names):
        return False  # "PARIS, FRANCE": places
    return any(_listed(w) for words in rows for w in words)


def register_rows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names of a register's rows (see the module)."""
    if text.count("\n") < _RUN - 1:
        return  # fewer lines than a register's rows
    run: list[tuple[int, int, str]] = []
    guests: list[tuple[int, int]] = []
    at = 0
    for line in [*text.split("\n"), ""]:
        m = _ROW.match(line)
        name = m.group("name") if m is not None else ""
        if m is not None and (name.isupper() or name.islower()):
            run.append((at + m.start("name"), at + m.end("name"), name))
            if m.group("guest") and not all(_plain(w) for w in _row_words(m.group("guest"))):
                guests.append((at + m.start("guest"), at + m.end("guest")))
        else:
            if len(run) >= _RUN and _register([n for _, _, n in run]):
                yield from sorted([*((s, e) for s, e, _ in run), *guests])
            run, guests = [], []
        at += len(line) + 1
