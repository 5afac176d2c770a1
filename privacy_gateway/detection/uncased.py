"""Names typed in one case ("cc dorian marin", "HI ARTHUR, YOUR DRIVER IS OUTSIDE"): no capital
to go by, so the census says which words are names (the `names` package's 1990 US lists).

- After a word that addresses someone ("hi", "cc", "ask", "with", "from"), one word is a name
  when it is a census first name that is no English word ("paulina"), or, after a greeting or an
  addressing verb, any census first name ("thanks will", "cc mark") or a long unknown word.
- Anywhere in chat, two or three words in the same case are a name when the first is a census
  first name and the rest census surnames or unknown words, and the pair is not two English
  words: "dorian marin", "BOBBY NISSEN" are people; "bill payment", "grant access", "will
  kubectl" are not.
"""

from __future__ import annotations

from typing import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import english_form, first_names, last_names
from privacy_gateway.detection.name_cues import _CALENDAR_WORDS, _UNCASED_CUE_ONE
from privacy_gateway.detection.software import is_software

# Cues that speak to or of one person: after them a lone given name is someone's, English or not.
_ADDRESSING = frozenset("hi hey hello dear cc bcc ask asked tell told ping thanks thank remind".split())
_WORD = regex.compile(r"(?<![\p{L}\d_.@/\\\-])\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?(?![\p{L}\d_@/\\(]|\.\w)")


def _usable(word: str) -> bool:
    """A word that may be part of a name: no stop word, month, weekday or tool, two letters or more."""
    return len(word) >= 2 and word not in STOP_WORDS and word not in _CALENDAR_WORDS and not is_software(word)


def _one_case(words: list[str]) -> bool:
    return all(w.islower() for w in words) or all(w.isupper() for w in words)


def single_names(text: str) -> Iterator[tuple[int, int]]:
    """A lone name typed in one case after a word addressing someone: "ask PAULINA for…"."""
    for m in _UNCASED_CUE_ONE.finditer(text, overlapped=True):
        word = m.group(1)
        if not _one_case([word]) or len(word) < 3:
            continue
        lowered = word.lower()
        if not _usable(lowered):
            continue
        cue = text[m.start() : m.start(1)].strip(" \t:,").lower().split()
        addressing = bool(cue) and cue[-1] in _ADDRESSING
        given = lowered in first_names()
        if given and (addressing or not english_form(lowered)) or addressing and len(lowered) >= 4 and not english_form(lowered) and lowered not in last_names():
            yield m.start(1), m.start(1) + len(word)


def adjacent_names(text: str) -> Iterator[tuple[int, int]]:
    """A census first name and one or two surnames or unknown words after it, in one case."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words) - 1:
        run = [words[i]]
        for nxt in words[i + 1 : i + 3]:
            if text[run[-1].end() : nxt.start()] not in (" ", "\t") or not _surname_like(nxt.group().lower()):
                break
            run.append(nxt)
        if len(run) >= 2 and _one_case([w.group() for w in run]) and _a_name(run[0].group().lower(), run[1].group().lower()):
            yield run[0].start(), run[-1].end()
            i += len(run)
            continue
        i += 1


def _surname_like(word: str) -> bool:
    return _usable(word) and (word in last_names() or not english_form(word))


def _a_name(first: str, second: str) -> bool:
    if not _usable(first) or first not in first_names() or not _surname_like(second):
        return False
    # Two English words ("bill payment", "rose garden") read as words; one unknown is a name.
    return not english_form(first) or second in last_names() and not english_form(second)
