"""What detection hands the rest of the gateway: findings, or word that no analyzer slot came free.

A leaf module, so the privacy core can read findings without loading spaCy, Presidio or the
recognizers (they load where the analyzer is built).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """One detected entity: a span of one text, its type and the detector's confidence."""

    start: int
    end: int
    entity_type: str
    score: float


class PoolBusy(Exception):
    """Every analysis slot stayed taken for longer than `queue_seconds`."""
