"""Remember what the analyzer found in each text, so resent history is not analysed again.

Chat clients resend the whole conversation every turn; without this, turn 10 costs ten analyses.
Entries are keyed by a SHA-256 of the text (the text itself is never kept) and hold only offsets,
types and scores. One cache belongs to one policy's detector, so a policy change starts afresh.
The text's language needs no place in the key: it is worked out from the text alone, among the
languages of the detector's analyzer, which are fixed for the detector's life.
The cache lives in memory only and is bounded (least recently used entries go first).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Callable, Sequence

from privacy_gateway.detection.findings import Finding

Analyze = Callable[[Sequence[str]], list[list[Finding]]]


class AnalysisCache:
    """An LRU map from a text's hash to its findings, with hit and miss counts."""

    def __init__(self, max_entries: int = 8192) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def analyze(self, texts: Sequence[str], analyze: Analyze) -> list[list[Finding]]:
        """Findings for `texts`, running `analyze` once, in one batch, on the texts not seen before."""
        keys = [hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest() for t in texts]
        results: list[list[Finding] | None] = [None] * len(texts)
        todo: dict[bytes, list[int]] = {}
        with self._lock:
            for i, key in enumerate(keys):
                cached = self._entries.get(key)
                if cached is not None:
                    self._entries.move_to_end(key)
                    results[i] = list(cached)
                    self.hits += 1
                else:
                    todo.setdefault(key, []).append(i)
                    self.misses += 1
        if todo:
            firsts = [indices[0] for indices in todo.values()]
            found = analyze([texts[i] for i in firsts])
            with self._lock:
                for (key, indices), findings in zip(todo.items(), found):
                    for i in indices:
                        results[i] = list(findings)
                    self._entries[key] = tuple(findings)
                    self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return [r if r is not None else [] for r in results]

    def __len__(self) -> int:
        return len(self._entries)
