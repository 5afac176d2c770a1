"""The sentence a span stands in, for rules that read what is said around a name.

Each rule keeps its own idea of a sentence's end (a full stop before whitespace, so "ran 9.58" stays
whole; or any full stop) and of how far to look, so the helper takes both.
"""

from __future__ import annotations

from typing import Pattern


def sentence_bounds(text: str, start: int, end: int, ends: Pattern[str], reach: int | None = None, closed: bool = False) -> tuple[int, int]:
    """(first, last) of the sentence holding text[start:end]: after the last match of `ends` before
    `start`, up to the next one after `end` (`closed` takes that mark in), within `reach`
    characters either side (None: the whole text)."""
    low = 0 if reach is None else max(0, start - reach)
    high = len(text) if reach is None else min(len(text), end + reach)
    first = low
    for mark in ends.finditer(text, low, start):
        first = mark.end()
    after = ends.search(text, end, high)
    return first, high if after is None else after.end() if closed else after.start()
