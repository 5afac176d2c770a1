"""Patterns scanned for less than `regex` spends on them alone, with the same matches.

`Anchored`: a pattern tried only at the places where a match of it can start. `Branches`: a
pattern whose top level is an alternation, each branch scanned for apart (below).

`regex` looks for a match by trying the whole pattern at every position of the text. For
`address`'s street pattern that is most of its cost, though a match can only start where its
opening lookbehind holds and a letter, a digit or "#" follows: about one position in six. `Anchored`
finds those places with a pattern of their own (the lookbehind and the first character), then tries
the whole pattern there with `match`, in order, resuming after each match as `finditer` does. The
matches are the same, since `match` at a position reads the text before it as a search passing
there does (`tests/detection/test_starts.py` checks the street pattern on the corpora's and
generated texts, and that no character outside the first-character set can begin one of its words).
With `overlapped` every place's match is given, as `regex` gives the match at every position.
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

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, overlapped: bool = False) -> Iterator[Any]:
        """As `pattern.finditer(text, pos, endpos)`; `overlapped` as `regex`'s (the match at each
        place, whatever the last one covered)."""
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
            if overlapped:
                yield found
                continue
            if found.end() == at:
                # An empty match: from here on the pattern's own rules for what follows one apply.
                yield from self.pattern.finditer(text, at, end)
                return
            yield found
            after = found.end()



class Branches:
    """A pattern whose top level is an alternation (`a|b|c`), searched branch by branch.

    `regex` cannot skip a position by the first letters of several large branches, and tries
    each at every position; each branch alone it scans for faster than the whole (`street_lines`'
    three shapes: 1.2 -> 0.6 ms of a 1 KB text). The matches are the same: the alternation matches
    at the leftmost position where some branch does, with the first such branch in its order, and
    goes on after that match's end, which is what `finditer` below takes from the branches' own
    next matches.
    """

    def __init__(self, pattern: Any, parts: list[str]) -> None:
        """`parts`: the branches, which `pattern` must be joined by bars; each one compiling alone
        says each bar stands outside any group or character class."""
        if len(parts) < 2 or "|".join(parts) != pattern.pattern or any(_GLOBAL_FLAGS.match(part) for part in parts):
            raise ValueError(f"not a top-level alternation of these branches: {pattern.pattern[:60]!r}")
        module: Any = re if isinstance(pattern, re.Pattern) else regex
        self.pattern = pattern
        try:
            self.branches = [module.compile(part, pattern.flags) for part in parts]
        except (re.error, regex.error) as exc:
            raise ValueError(f"a branch is no pattern of its own: {exc}") from None

    def finditer(self, text: str) -> Iterator[Any]:
        """As `pattern.finditer(text)`."""
        ahead = [branch.search(text) for branch in self.branches]  # each branch's next match
        while True:
            best = None
            for found in ahead:
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            if best.end() == best.start():
                # An empty match: from here on the pattern's own rules for what follows one apply.
                yield from self.pattern.finditer(text, best.start())
                return
            yield best
            at = best.end()
            for i, found in enumerate(ahead):
                if found is not None and found.start() < at:
                    ahead[i] = self.branches[i].search(text, at)


# A flag group that sets flags for the rest of the pattern ("(?im)"), which only the first branch would hold.
_GLOBAL_FLAGS = re.compile(r"\(\?[a-zA-Z]+\)")
