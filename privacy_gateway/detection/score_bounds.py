"""Which of Presidio's pattern recognizers a policy can never keep a result of.

Presidio's weak US patterns score their matches low and count on a context word to lift them: a
bank account is any 8 to 17 digits at 0.05, a passport any nine digits at 0.05. With a context word
beside it the enhancer adds 0.35 and floors the score at 0.4, so such a result peaks at 0.4, under
the 0.5 the default policy asks of both types. Every number of that shape was still matched, handed
to the context enhancer (which builds the text's lemmas and keywords to look around it: most of
the enhancer's cost, in most texts) and then dropped by the threshold. A recognizer whose best
possible score is under the threshold of each type it reports can be left out of the policy's
analyses with the same findings.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterable, Iterator, Mapping

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

# What the running analysis leaves out, per thread (analyses run side by side on threads).
_left_out = threading.local()


def best_score(recognizer: EntityRecognizer, enhancer: object) -> float | None:
    """The highest score `recognizer` can give a result once `enhancer` has read its context, or
    None when its code may score more than its patterns say (a checksum scores a valid match 1.0)."""
    if not isinstance(recognizer, PatternRecognizer) or not isinstance(enhancer, ContextAwareEnhancer):
        return None
    kind = type(recognizer)
    own = (kind.analyze, kind.validate_result, kind.enhance_using_context)
    if own != (PatternRecognizer.analyze, PatternRecognizer.validate_result, EntityRecognizer.enhance_using_context):
        return None
    patterns: list[Pattern] = recognizer.patterns  # type: ignore[has-type]  # Presidio sets it in __init__ untyped
    best = max((pattern.score for pattern in patterns), default=0.0)
    if recognizer.context:  # as the enhancer lifts a result with a context word beside it
        best = max(best + enhancer.context_similarity_factor, enhancer.min_score_with_context_similarity)
        best = min(best, ContextAwareEnhancer.MAX_SCORE)
    return best


def unreachable(recognizers: Iterable[EntityRecognizer], enhancer: object, thresholds: Mapping[str, float]) -> frozenset[str]:
    """The ids of `recognizers` whose best score is under the threshold of every type they report
    that `thresholds` (a policy's, by type) asks for."""
    out = set()
    for recognizer in recognizers:
        wanted = [thresholds[e] for e in recognizer.supported_entities if e in thresholds]
        best = best_score(recognizer, enhancer)
        if wanted and best is not None and all(best < threshold for threshold in wanted):
            out.add(recognizer.id)
    return frozenset(out)


@contextmanager
def leaving_out(ids: frozenset[str]) -> Iterator[None]:
    """Within this block, this thread's analyses leave out the recognizers with these `ids`."""
    previous = left_out()
    _left_out.ids = ids
    try:
        yield
    finally:
        _left_out.ids = previous


def left_out() -> frozenset[str]:
    """The recognizer ids this thread's running analysis leaves out (`leaving_out`)."""
    ids: frozenset[str] = getattr(_left_out, "ids", frozenset())
    return ids
