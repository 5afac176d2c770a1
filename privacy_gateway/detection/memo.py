"""Answers about one text remembered for the analysis under way, and forgotten when it ends.

Several recognizers ask the same question of the same text: which language it is mostly written
in (`foreign.foreign_language`) is asked by the name rules, the handle rules (for each handle)
and the detector itself, a scan of the whole text each time. Within `analysing()` the first answer
is kept and given again; outside it every call computes. Nothing outlives the block, so no text is
kept after its analysis (the findings cache keeps hashes only, and so does this gateway).
"""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")

# The answers of the analysis under way, per thread (analyses run side by side on threads).
_scope = threading.local()
_MISSING = object()


@contextmanager
def analysing() -> Iterator[None]:
    """Within this block, `per_analysis` functions answer each text once in this thread."""
    previous = getattr(_scope, "memo", None)
    _scope.memo = {}
    try:
        yield
    finally:
        _scope.memo = previous


def per_analysis(fn: Callable[[str], T]) -> Callable[[str], T]:
    """`fn` (a pure function of a text) remembered per text within `analysing()`."""

    @functools.wraps(fn)
    def remembered(text: str) -> T:
        memo: dict[tuple[object, str], object] | None = getattr(_scope, "memo", None)
        if memo is None:
            return fn(text)
        key = (fn, text)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            found = memo[key] = fn(text)
        return found  # type: ignore[return-value]

    return remembered
