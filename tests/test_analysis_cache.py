from __future__ import annotations

from typing import Sequence

from privacy_gateway.analysis_cache import AnalysisCache
from privacy_gateway.detection.engine import Finding


class CountingAnalyzer:
    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def __call__(self, texts: Sequence[str]) -> list[list[Finding]]:
        self.seen.append(list(texts))
        return [[Finding(0, len(t), "PERSON", 0.9)] for t in texts]


def test_only_new_texts_are_analysed_in_one_batch() -> None:
    cache, analyze = AnalysisCache(), CountingAnalyzer()
    first = cache.analyze(["a", "bb"], analyze)
    second = cache.analyze(["a", "bb", "ccc", "ccc"], analyze)
    assert analyze.seen == [["a", "bb"], ["ccc"]]
    assert second[:2] == first and second[2] == second[3] == [Finding(0, 3, "PERSON", 0.9)]
    assert (cache.hits, cache.misses) == (2, 4)


def test_bounded_and_keeps_no_text() -> None:
    cache, analyze = AnalysisCache(max_entries=2), CountingAnalyzer()
    cache.analyze(["Maria Gonzalez", "x", "y"], analyze)
    assert len(cache) == 2
    assert all(isinstance(k, bytes) and b"Maria" not in k for k in cache._entries)
    cache.analyze(["Maria Gonzalez"], analyze)
    assert analyze.seen[-1] == ["Maria Gonzalez"]  # evicted first, analysed again


def test_callers_cannot_corrupt_cached_results() -> None:
    cache, analyze = AnalysisCache(), CountingAnalyzer()
    cache.analyze(["abc"], analyze)[0].clear()
    assert cache.analyze(["abc"], analyze)[0] == [Finding(0, 3, "PERSON", 0.9)]
