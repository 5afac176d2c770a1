"""A SQLite file several processes open at once: each gets WAL and the schema, none sees "locked"."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from privacy_gateway.shared.sqlite import open_shared

SCHEMA = "CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY, n INTEGER NOT NULL)"


def _open_and_add(path: str, start: Any, key: str) -> None:
    start.wait()  # every process opens the new file at the same moment
    db = open_shared(Path(path), 2, SCHEMA)
    db.execute("INSERT INTO t (k, n) VALUES (?, 1)", (key,))
    db.close()


def test_processes_opening_a_new_file_at_once_all_get_it(tmp_path: Path) -> None:
    for round_ in range(3):
        path = str(tmp_path / f"state-{round_}.sqlite")
        context = multiprocessing.get_context("spawn")
        start = context.Barrier(4)
        workers = [context.Process(target=_open_and_add, args=(path, start, f"w{i}")) for i in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
        assert [w.exitcode for w in workers] == [0] * 4
        db = open_shared(Path(path), 2, SCHEMA)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 4


def test_the_schema_is_applied_once_and_reopening_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.sqlite"  # its folder is made
    open_shared(path, 2, SCHEMA).execute("INSERT INTO t (k, n) VALUES ('a', 1)")
    again = open_shared(path, 2, SCHEMA)
    assert again.execute("SELECT k, n FROM t").fetchall() == [("a", 1)]
