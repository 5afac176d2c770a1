"""Word lists as regular expressions that try only the words starting with the letter at hand.

Python's `re` tries the alternatives of `\\b(?:error|errors|exception|…)` one after another at
every word it passes, and under IGNORECASE it cannot skip one by its first letter (it does so only
for case-sensitive literals): some 230 attempts per word for `text_kind`'s technical words, most
of the time it took to tell a 1 KB text's kind. `by_first_letter` writes the same alternatives as
one branch per first letter, each with that letter's alternatives in their order:
`error|exception|errors|bug` → `e(?:rror|xception|rrors)|b(?:ug)`. The matches are the same:
alternatives that start with different letters never match at the same place (the letters'
case variants are disjoint; `tests/detection/test_alternation.py` checks every code point), so
at each place the first alternative that matches is the one it was.

`regex` (VERSION1) folds case fully: one character may stand for two letters ("ﬁ" for "fi", "ß"
for "ss"), across the split the grouping makes, so a grouped list may miss what the plain one
matches. `Grouped` keeps both patterns and reads a text with the grouped one only when the text
holds no such character: there each character matches one letter, as in `re`. The `regex` word
lists tried at every word (the name cues, the labels before a name in one case) cost three to
four times less grouped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex


def by_first_letter(alternatives: str) -> str:
    """`alternatives` (a regular expression's `a|b|c`, no capturing group) grouped by first letter.

    Every alternative must start with a lower-case letter that no quantifier follows, or with a
    non-capturing group of such alternatives (`(?:father|mother) of`), which is distributed first
    (`father of|mother of`, the same order). Anything else raises ValueError: the rewrite would
    no longer be plainly the same expression.
    """
    heads: dict[str, list[str]] = {}
    for alternative in _expanded(alternatives):
        first = alternative[:1]
        if not (first.isalpha() and first.islower() and first.casefold() == first) or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not a word to group by its first letter: {alternative!r}")
        heads.setdefault(first, []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in heads.items())


# The characters whose case folding is longer than one character, as `regex` folds them.
_EXPANDING = regex.compile("[" + "".join(regex.escape(c) for c in regex._regex.get_expand_on_folding()) + "]")
_EXPANDING_CHARS = frozenset(regex._regex.get_expand_on_folding())  # single code points, none of them ASCII


def folds_to_more(text: str) -> bool:
    """Whether `text` holds a character of `_EXPANDING`. Asked of a text by every grouped cue: the
    class searched over 600 characters costs some 40-60 µs; an ASCII text ("Call Ana at 5") holds
    none, and a set looks up any other's characters in a sixth of the time."""
    return not text.isascii() and not _EXPANDING_CHARS.isdisjoint(text)


class Grouped:
    """A `regex` pattern built around case-insensitive word lists, and its twin with each list
    grouped by first letter (`by_first_letter`); `on(text)` is the twin unless `text` holds a
    character that folds to more than one, which could match across the twin's split."""

    def __init__(self, build: Callable[[Callable[[str], str]], str], flags: int) -> None:
        """`build(lists)` writes the pattern, each word list passed through `lists`."""
        self.plain = regex.compile(build(lambda words: words), flags)
        self.grouped = regex.compile(build(by_first_letter), flags)

    def on(self, text: str) -> regex.Pattern[str]:
        return self.plain if folds_to_more(text) else self.grouped


def _expanded(alternatives: str) -> list[str]:
    """The top-level alternatives, a leading non-capturing group distributed over what follows it."""
    out: list[str] = []
    for alternative in _split(alternatives):
        if alternative.startswith("(?:"):
            end = _group_end(alternative, 0)
            tail = alternative[end + 1 :]
            if tail[:1] in ("?", "*", "+", "{"):
                raise ValueError(f"a quantified group cannot be distributed: {alternative!r}")
            out.extend(_expanded("|".join(inner + tail for inner in _split(alternative[3:end]))))
        else:
            if any(c == "(" and (not alternative.startswith("(?", i) or alternative.startswith("(?P<", i)) for i, c, _ in _scan(alternative)):
                raise ValueError(f"a capturing group: {alternative!r}")
            out.append(alternative)
    return out


def _split(pattern: str) -> list[str]:
    """`pattern` cut at its top-level bars (not inside a group or a character class)."""
    parts, start = [], 0
    for i, c, depth in _scan(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str, at: int) -> int:
    """The index of the parenthesis closing the group opened at `at`."""
    for i, c, depth in _scan(pattern[at:]):
        if c == ")" and depth == 0:
            return at + i
    raise ValueError(f"an unclosed group: {pattern!r}")


def _scan(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each unescaped character outside character classes, with the depth of groups around it
    (a closing parenthesis is given the depth it closes to)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0  # a leading "]" is a member
            continue
        else:
            depth += c == "("
            depth -= c == ")"
            yield i, c, depth
        i += 1


class Tailed:
    """A `regex` pattern that ends in a fixed tail of words after a name, as most of the name cues
    do (`Karen's daughter`, `Ruby at work`, `Min-jun, who …`, `Petermouth station`).

    Such a pattern starts with the name's part, which can start at every capital: a scan of the
    whole text for a cue whose words are nowhere in it (about 0.15 ms of a 600-character text
    each). Every match holds a match of its tail, so `on(text)` gives the pattern only where the
    tail alone (the same expression, the same flags) is found, else a pattern that never matches:
    the same matches for a few microseconds. As `Grouped`, a text with a character that folds to
    more than one is read with the pattern itself.
    """

    def __init__(self, head: str, tail: str, flags: int) -> None:
        self.pattern = regex.compile(head + tail, flags)
        self.tail = regex.compile(tail, flags)

    def on(self, text: str) -> regex.Pattern[str]:
        if self.tail.search(text) is not None or folds_to_more(text):
            return self.pattern
        return _NEVER


# Fails at the text's start and is tried nowhere else (a bare "(?!)" is tried at every position:
# 75 µs over 600 characters, against about 1 µs).
_NEVER = regex.compile(r"\A(?!)")
