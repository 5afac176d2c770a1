"""Reading request records back across rotated files, and picking the ones a reviewer asks for."""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from privacy_gateway.audit.chain import decode_line
from privacy_gateway.audit.chains import log_chains
from privacy_gateway.audit.record import parse_time


class Row(NamedTuple):
    """One request record with its time parsed."""

    time: datetime
    record: dict[str, Any]


class RecordReader:
    """Iterates the request records of a log, oldest first; counts lines it could not read.

    `path` is a live file (its rotated files are read too) or a directory of per-writer chains,
    whose records are merged by time into one log.
    """

    def __init__(self, path: Path) -> None:
        self.chains = log_chains(Path(path))
        self.files = [f for chain in self.chains for f in chain.files]
        self.unreadable = 0

    def __iter__(self) -> Iterator[Row]:
        return heapq.merge(*(self._rows(chain.files) for chain in self.chains), key=lambda row: row.time)

    def _rows(self, files: list[Path]) -> Iterator[Row]:
        for path in files:
            with open(path, "rb") as f:
                for raw in f:
                    row = _row(raw.rstrip(b"\n"))
                    if row is None:
                        self.unreadable += 1
                    elif "event" not in row.record:
                        yield row


def _row(line: bytes) -> Row | None:
    entry = decode_line(line)
    try:
        return Row(parse_time(entry["time"]), entry) if entry is not None else None
    except (KeyError, TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Query:
    """Filters a reviewer can combine; all given ones must hold. `until` is exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    client: str | None = None
    tier: str | None = None
    entity: str | None = None
    status: int | None = None
    outcome: str | None = None
    decision: str | None = None
    fingerprint: str | None = None
    instance: str | None = None

    def matches(self, row: Row) -> bool:
        """Whether `row` passes every filter (`tier` is the tier that served the request, `none` if none did)."""
        r = row.record
        return (
            (self.since is None or row.time >= self.since)
            and (self.until is None or row.time < self.until)
            and (self.client is None or r.get("client") == self.client)
            and (self.tier is None or (r.get("served_tier") or "none") == self.tier)
            and (self.entity is None or self.entity in (r.get("entities") or {}))
            and (self.status is None or r.get("status") == self.status)
            and (self.outcome is None or r.get("outcome") == self.outcome)
            and (self.decision is None or r.get("decision") == self.decision)
            and (self.fingerprint is None or self.fingerprint in (r.get("fingerprints") or ()))
            and (self.instance is None or r.get("instance") == self.instance)
        )


def search(reader: RecordReader, query: Query) -> Iterator[Row]:
    """The rows of `reader` that match `query`, oldest first."""
    return (row for row in reader if query.matches(row))
