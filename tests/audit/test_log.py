from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from privacy_gateway.audit import AuditLog, AuditLogError, AuditRecordError, AuditSettings, AuditWriteError, verify_log
from privacy_gateway.audit import log as log_module
from privacy_gateway.audit.chain import GENESIS, entry_hash
from privacy_gateway.audit.files import log_files

from tests.audit.helpers import fill_log, lines, make_record, numbered


def entries(path: Path) -> list[dict]:
    return [json.loads(line) for f in log_files(path) for line in f.read_bytes().splitlines()]


def test_each_record_is_one_chained_line_on_disk_before_write_returns(log_path: Path) -> None:
    with AuditLog(AuditSettings(path=log_path, fsync="never")) as log:
        log.write(make_record(request_id="req-1"))
        assert len(lines(log_path)) == 1  # flushed to the OS already, not buffered in the process
        log.write(make_record(request_id="req-2"))
        head = log.last_hash
    first, second = entries(log_path)
    assert (first["seq"], first["prev"]) == (1, GENESIS)
    assert (second["seq"], second["prev"]) == (2, first["hash"])
    assert second["hash"] == entry_hash(second) == head
    assert first["request_id"] == "req-1" and first["key_id"]


def test_a_reopened_log_continues_the_chain(log_path: Path) -> None:
    fill_log(log_path, numbered(3))
    fill_log(log_path, numbered(2))
    assert [e["seq"] for e in entries(log_path)] == [1, 2, 3, 4, 5]
    assert verify_log(log_path).ok


def test_a_refused_record_writes_nothing(log_path: Path) -> None:
    with AuditLog(AuditSettings(path=log_path, fsync="never")) as log:
        with pytest.raises(AuditRecordError):
            log.write(make_record(prompt="my SSN is 078-05-1120"))
        log.write(make_record())
    assert [e["seq"] for e in entries(log_path)] == [1]


def test_size_rotation_keeps_one_chain_across_files(log_path: Path) -> None:
    fill_log(log_path, numbered(12), rotate_bytes=2000)
    files = log_files(log_path)
    assert len(files) > 3 and files[-1] == log_path
    assert all(f.stat().st_size <= 2000 for f in files)
    assert files[0].name == "audit-000000000001-" + _today() + ".jsonl"
    assert [e["seq"] for e in entries(log_path)] == list(range(1, 13))
    result = verify_log(log_path)
    assert result.ok and result.records == 12


def test_daily_rotation_starts_a_file_when_the_utc_date_changes(log_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    day = ["2026-11-24"]
    monkeypatch.setattr(log_module, "_today", lambda: day[0])
    with AuditLog(AuditSettings(path=log_path, fsync="never", rotate_daily=True)) as log:
        log.write(make_record(request_id="a"))
        log.write(make_record(request_id="b"))
        day[0] = "2026-11-25"
        log.write(make_record(request_id="c"))
    names = [f.name for f in log_files(log_path)]
    assert names == ["audit-000000000001-2026-11-24.jsonl", "audit.jsonl"]
    assert verify_log(log_path).ok


def test_a_new_writer_continues_from_rotated_files_when_the_live_one_is_gone(log_path: Path) -> None:
    fill_log(log_path, numbered(6), rotate_bytes=2000)
    head = verify_log(log_path).head_hash
    kept = log_files(log_path)[-2]
    last_kept = json.loads(kept.read_bytes().splitlines()[-1])
    log_path.unlink()
    fill_log(log_path, numbered(1))
    assert entries(log_path)[-1]["prev"] == last_kept["hash"]
    assert entries(log_path)[-1]["seq"] == last_kept["seq"] + 1
    # Cutting the newest records leaves a consistent chain; only an anchor noted earlier shows it.
    assert verify_log(log_path).ok
    assert verify_log(log_path, anchors=[head]).missing_anchors == [head]


@pytest.mark.parametrize(("policy", "syncs"), [("always", 3), ("never", 0)])
def test_fsync_policy(log_path: Path, monkeypatch: pytest.MonkeyPatch, policy: str, syncs: int) -> None:
    calls = []
    monkeypatch.setattr(os, "fdatasync", lambda fd: calls.append(fd))
    log = AuditLog(AuditSettings(path=log_path, fsync=policy))
    for record in numbered(3):
        log.write(record)
    assert len(calls) == syncs
    log.close()


def test_interval_fsync_happens_in_the_background(log_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (calls.append(fd), real(fd)))
    with AuditLog(AuditSettings(path=log_path, fsync="interval", fsync_interval_s=0.02)) as log:
        log.write(make_record())
        assert calls == []  # the request path never waits for the disk
        deadline = time.monotonic() + 2
        while not calls and time.monotonic() < deadline:
            time.sleep(0.01)
    assert calls


def test_concurrent_writers_in_one_process_keep_one_chain(log_path: Path) -> None:
    with AuditLog(AuditSettings(path=log_path, fsync="never", rotate_bytes=20_000)) as log:
        def work(n: int) -> None:
            for i in range(40):
                log.write(make_record(request_id=f"t{n}-{i}"))

        threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    result = verify_log(log_path)
    assert result.ok and result.records == 240


def test_a_second_writer_on_the_same_log_is_refused(log_path: Path) -> None:
    with AuditLog(AuditSettings(path=log_path, fsync="never")):
        with pytest.raises(AuditLogError, match="one writer per log"):
            AuditLog(AuditSettings(path=log_path, fsync="never"))
    AuditLog(AuditSettings(path=log_path, fsync="never")).close()  # free again once closed


def test_writing_after_close_fails_loudly(log_path: Path) -> None:
    log = AuditLog(AuditSettings(path=log_path, fsync="never"))
    log.close()
    log.close()  # idempotent
    with pytest.raises(AuditLogError, match="closed"):
        log.write(make_record())


def test_a_torn_last_line_is_recovered_visibly_on_restart(log_path: Path) -> None:
    fill_log(log_path, numbered(3))
    with open(log_path, "ab") as f:
        f.write(b'{"seq":4,"time":"2026-11-25T17:04:00Z","client":"te')  # the crash
    assert verify_log(log_path).problem.line == 4
    fill_log(log_path, numbered(2))
    result = verify_log(log_path)
    assert result.ok and result.records == 6  # 3 + the recovery marker + 2
    assert [(w.line, "torn" in w.message) for w in result.warnings] == [(4, True)]
    marker = json.loads(lines(log_path)[4])
    assert marker["event"] == "torn_line_recovered" and marker["seq"] == 4


def test_a_record_that_lost_only_its_newline_is_kept(log_path: Path) -> None:
    fill_log(log_path, numbered(3))
    log_path.write_bytes(log_path.read_bytes()[:-1])
    assert verify_log(log_path).ok
    fill_log(log_path, numbered(1))
    result = verify_log(log_path)
    assert result.ok and result.records == 4 and not result.warnings


def test_a_failed_write_is_recovered_before_the_next_record(log_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    with AuditLog(AuditSettings(path=log_path, fsync="never")) as log:
        log.write(make_record(request_id="before"))

        def half_then_fail(fd: int, data: bytes) -> int:
            real_write(fd, bytes(data[:20]))
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "write", half_then_fail)
        with pytest.raises(AuditWriteError, match="ENOSPC"):
            log.write(make_record(request_id="lost"))
        assert not log.writable
        monkeypatch.setattr(os, "write", real_write)
        log.write(make_record(request_id="after"))
        assert log.writable
    result = verify_log(log_path)
    # The torn line is explained (a warning); the record that was lost is a gap, so verify fails.
    assert result.problem is None and len(result.warnings) == 1
    assert [str(g).split(": ", 1)[1] for g in result.gaps] == ["1 line(s) could not be written before this one (a failed write, e.g. a full disk)"]
    assert not result.ok
    entries = entries_skipping_torn(log_path)
    assert [e.get("request_id") for e in entries] == ["before", None, None, "after"]
    assert [e.get("event") for e in entries] == [None, "torn_line_recovered", "records_lost", None]


def entries_skipping_torn(path: Path) -> list[dict]:
    out = []
    for line in lines(path):
        try:
            out.append(json.loads(line))
        except ValueError:
            pass
    return out


def test_an_unreadable_last_record_stops_the_writer_with_a_way_out(log_path: Path) -> None:
    fill_log(log_path, numbered(2))
    log_path.write_bytes(log_path.read_bytes() + b"garbage\n")
    with pytest.raises(AuditLogError, match="audit verify"):
        AuditLog(AuditSettings(path=log_path, fsync="never"))


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"fsync": "sometimes"}, id="fsync"),
        pytest.param({"rotate_bytes": 0}, id="rotate-bytes"),
        pytest.param({"fsync_interval_s": 0}, id="interval"),
    ],
)
def test_bad_settings_are_refused(tmp_path: Path, kwargs: dict) -> None:
    with pytest.raises(ValueError):
        AuditSettings(path=tmp_path / "a.jsonl", **kwargs)


def test_settings_accept_a_string_path(tmp_path: Path) -> None:
    assert AuditSettings(path=str(tmp_path / "a.jsonl")).path == tmp_path / "a.jsonl"


def _today() -> str:
    return log_module._today()
