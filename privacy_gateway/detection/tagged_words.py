"""A large read-only table of words and their tags, kept as hashes in flat arrays.

The everyday-word list of other languages holds some 180,000 words, and every analyzer process
holds it. As a dict of str it costs about 110 bytes a word (the str, its slot, its hash table);
here a word costs 10: its 64-bit hash in a sorted `array` and the index of its tags. A lookup
hashes the word and bisects in C, about a microsecond against a tenth of one for a dict: fine for
a language vote over a text's words, not for a loop that asks millions of times.

Python's str hash is salted per process (PYTHONHASHSEED), so a table is built in the process that
asks it and never saved. A word not in the table passes for one that is only when the two share
all 64 bits of their hash: about one lookup in 10^14 for a table this size.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator

import regex


class TaggedWords:
    """Words with the tags each was given (a word may come several times, with other tags). A
    word's tags are a bit mask of 64 bits, so a table holds 64 distinct tags at most (the
    everyday words have 22 languages); a 65th fails loudly as it is read."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        names: dict[str, int] = {}
        hashes, bits = array("q"), array("Q")
        # Each word is hashed and dropped as it is read: no str of the table outlives its line, so
        # the memory they took goes back whole (no long-lived object left between them).
        for word, tag in pairs:
            hashes.append(hash(word))
            bits.append(1 << names.setdefault(tag, len(names)))
        order = sorted(range(len(hashes)), key=hashes.__getitem__)
        self._hashes, masks = array("q"), array("Q")
        for i in order:
            if self._hashes and self._hashes[-1] == hashes[i]:
                masks[-1] |= bits[i]
            else:
                self._hashes.append(hashes[i])
                masks.append(bits[i])
        del order, hashes, bits
        tags = sorted(names, key=names.__getitem__)
        # A few hundred tag sets serve the whole table: one tuple each, and an index a word.
        sets: dict[int, int] = {}
        self._tags: list[tuple[str, ...]] = []
        self._sets = array("H")
        for mask in masks:
            if mask not in sets:
                sets[mask] = len(self._tags)
                self._tags.append(tuple(tag for i, tag in enumerate(tags) if mask >> i & 1))
            self._sets.append(sets[mask])

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, word: str) -> tuple[str, ...]:
        """The tags of `word`, in the order they were first met in the table; () when it has none."""
        key = hash(word)
        i = bisect_left(self._hashes, key)
        if i < len(self._hashes) and self._hashes[i] == key:
            return self._tags[self._sets[i]]
        return ()


def tagged_lines(text: str) -> Iterator[tuple[str, str]]:
    """(word, tag) for each line "tag word" of a data file's `text`; comments and blank lines skipped."""
    for m in _LINE.finditer(text):
        yield m.group(2), m.group(1)


_LINE = regex.compile(r"^([^#\s][^ \n]*) ([^\n]+)$", regex.M)
