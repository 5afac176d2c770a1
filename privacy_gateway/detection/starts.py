"""A pattern tried only at the places where a match of it can start.

`regex` looks for a match by trying the whole pattern at every position of the text. For
`address`'s street pattern that is most of its cost, though a match can only start where its
opening lookbehind holds and a letter, a digit or "#" follows: about one position in six. `Anchored`
finds those places with a pattern of their own (the lookbehind and the first character), then tries
the whole pattern there with `match`, in order, resuming after each match as `finditer` does. The
matches are the same, since `match` at a position reads the text before it as a search passing
there does (`tests/detection/test_starts.py` checks the street pattern on the corpora's and
generated texts, and that no character outside the first-character set can begin one of its words).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import regex


class Anchored:
    """`pattern`, tried only where `places` (compiled with its flags) matches.

    `places` must match at every position where a match of `pattern` can start (it may consume
    the first character); where it does not, `pattern` is not tried.
    """

    def __init__(self, pattern: Any, places: str) -> None:
        self.pattern = pattern
        module: Any = re if isinstance(pattern, re.Pattern) else regex
        self.places: Any = module.compile(places, pattern.flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """As `pattern.finditer(text, pos, endpos)`."""
        end = len(text) if endpos is None else endpos
        match = self.pattern.match
        after = pos  # where the next match may start: the last one's end
        for place in self.places.finditer(text, pos, end):
            at = place.start()
            if at < after:
                continue
            found = match(text, at, end)
            if found is None:
                continue
            if found.end() == at:
                # An empty match: from here on the pattern's own rules for what follows one apply.
                yield from self.pattern.finditer(text, at, end)
                return
            yield found
            after = found.end()

