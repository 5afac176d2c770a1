"""A dict with a size bound, for the pipeline's per-form caches (token embeddings, lemmas).

Past the bound the oldest entries go (dicts keep insertion order), and a tenth of the bound more,
so that a full map evicts once every many insertions rather than on each one.
"""

from __future__ import annotations

from typing import Mapping, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedMap(dict[K, V]):
    """A dict that `remember` keeps at no more than `limit` entries."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, items: Mapping[K, V]) -> None:
        """Add `items`, then drop the oldest entries beyond the bound."""
        self.update(items)
        excess = len(self) - self.limit
        if excess > 0:
            for key in list(self)[: excess + self.limit // 10]:
                del self[key]
