"""Russian, Ukrainian and Bulgarian words the English model tags as people and places.

Read as English, a Cyrillic request's opening verb ("Напиши", "Допоможи", "Проверь"), a form's
labels ("Адрес регистрации", "Научный руководитель") and a chat's phrases in lower case ("будь
ласка", "что такое") come out as names. These languages write a word with a capital only where it
is a name or where a sentence or a line opens, so a tagged run of their everyday words
(`data/cyrillic_words.txt.gz`, written by `scripts/build-cyrillic-words` from wordfreq, less
Faker's names and towns of the three languages and their cases) whose capitals all open a sentence
or a line is no one. A capital inside a sentence keeps the run a name, whatever it also means
("… звоните Надежде", "… живу в Харкові").

The word list holds few of the imperatives requests open with ("Составь", "Подскажи",
"Переведи"), so a lone word opening a text's line with a lower-case word after it is no one either,
unless the name lists read it as a given name ("Андрей пишет …").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
import gzip
from importlib.resources import files

import regex

from privacy_gateway.detection.tagged_words import TaggedWords, tagged_lines

# A word as these languages write it, the apostrophe of Ukrainian's "м'ясо" inside it.
_WORD = regex.compile(r"[\p{L}'’ʼ]+")
_CYRILLIC = regex.compile(r"[\p{Cyrillic}'’ʼ]+")
_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
# What opens a line before its first word: a bullet, a quote or a bracket.
_LINE_OPENING = regex.compile(r"(?:^|\n)[ \t]*[\"«„“(\[*•>\-–—]?[ \t]*$")
_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")
# What opens a sentence or a line before a capital: its marks, a label's colon, a bullet, a quote or a bracket.
_OPENING = regex.compile(r"(?:^|[.!?:;…\n\"«„“(\[*•>\-–—])[ \t]*$")


@functools.cache
def _everyday() -> TaggedWords:
    """The everyday words, with their languages: some 110,000, kept as hashes (`TaggedWords`), about
    1.5 MB in an analyzer process where a frozenset of them took 21 MB."""
    raw = files("privacy_gateway.detection").joinpath("data/cyrillic_words.txt.gz").read_bytes()
    return TaggedWords(tagged_lines(gzip.decompress(raw).decode("utf-8")))


def everyday_cyrillic_run(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is Russian, Ukrainian or Bulgarian everyday words only, each capital
    of which opens a sentence or a line: a request's verb, a form's label, a phrase, no one's name."""
    words = list(_WORD.finditer(text, start, end))
    if not words or not all(_CYRILLIC.fullmatch(w.group()) for w in words):
        return False
    everyday = _everyday()
    for word in words:
        if not everyday.get(word.group().lower()):
            return False
        if word.group()[0].isupper() and not _OPENING.search(text, max(0, word.start() - 8), word.start()):
            return False
    return True


def opening_verb(text: str, start: int, end: int, given: Callable[[str], bool]) -> bool:
    """Whether text[start:end] is one capitalised Cyrillic word opening its line, a lower-case word
    after it, and no given name (`given`): a request's verb, whatever the word list lacks."""
    value = text[start:end]
    if not _CYRILLIC.fullmatch(value) or not value[:1].isupper():
        return False
    return (
        _LINE_OPENING.search(text, max(0, start - 8), start) is not None and _LOWER_AFTER.match(text, end) is not None
        and not given(value)
    )


def after_opening_words(text: str, start: int, end: int, given: Callable[[str], bool]) -> int:
    """Where a tagged run starts once the everyday words opening its sentence are cut from it ("Это"
    of "Это Ольга Морозова"): `start` itself where none opens it or nothing would be left. Only a
    capitalised one: a title in lower case goes with the name ("пані Богуслава Доценко"); and a
    word `given` reads as a given name stays, whatever else it means ("Артём", "Вера")."""
    if _CYRILLIC_LETTER.search(text, start, end) is None:
        return start  # every span add() reads comes here: Latin text pays one scan, no word list
    words = list(_WORD.finditer(text, start, end))
    opening = 0
    while (
        opening < len(words) - 1 and words[opening].group()[:1].isupper()
        and everyday_cyrillic_run(text, words[opening].start(), words[opening].end()) and not given(words[opening].group())
    ):
        opening += 1
    return words[opening].start() if opening else start
