"""Opening a SQLite file that several processes on one host share (budgets, rate-limit buckets)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def open_shared(path: Path, timeout: float, *schema: str, attempts: int = 50) -> sqlite3.Connection:
    """A connection in WAL mode with `schema` applied, retried while another process sets the file up.

    Switching to WAL takes a lock SQLite's busy timeout does not wait for, so two processes
    opening a new file at once could see "database is locked"; the switch is skipped once done.
    Autocommit (`isolation_level=None`): callers open their own `BEGIN IMMEDIATE`.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    for attempt in range(attempts):
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            for statement in schema:
                db.execute(statement)
            return db
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                db.close()
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover
