"""A directory of per-writer chains: each writer claims its own, and the review tools read them as one log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_gateway.audit import AuditLog, AuditSettings, Query, RecordReader, search, summarise
from privacy_gateway.audit.chains import INSTANCE_ENV, SINGLE, instance_base, log_chains
from privacy_gateway.audit.cli import main
from privacy_gateway.audit.verify import verify_path
from tests.audit.helpers import fill_log, make_record


def writer(directory: Path, monkeypatch: pytest.MonkeyPatch, base: str) -> AuditLog:
    """An AuditLog claiming a chain in `directory` as a process whose instance base is `base`."""
    monkeypatch.setenv(INSTANCE_ENV, base)
    return AuditLog(AuditSettings(path=directory, per_writer=True, fsync="never"))


def at(minute: int, **overrides: object) -> dict[str, object]:
    return make_record(time=f"2026-11-25T17:{minute:02d}:00Z", request_id=f"req-{minute}", **overrides)


def entries(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def test_two_writers_each_keep_a_chain_named_by_instance_in_file_and_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = writer(tmp_path, monkeypatch, "gw-a"), writer(tmp_path, monkeypatch, "gw-b")
    with a, b:
        a.write(at(1))
        b.write(at(2))
        a.reserve({"request_id": "req-3"})
        a.write(at(3))
    assert (a.instance, b.instance) == ("gw-a-0", "gw-b-0")
    assert [c.instance for c in log_chains(tmp_path)] == ["gw-a-0", "gw-b-0"]
    for log, count in ((a, 3), (b, 1)):
        lines = entries(tmp_path / f"audit-{log.instance}.jsonl")
        assert len(lines) == count and {e["instance"] for e in lines} == {log.instance}
        assert [e["seq"] for e in lines] == list(range(1, count + 1))  # each chain starts at genesis


def test_writers_with_one_base_take_the_lowest_free_slot_and_a_restart_continues_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = writer(tmp_path, monkeypatch, "host"), writer(tmp_path, monkeypatch, "host")
    assert (first.instance, second.instance) == ("host-0", "host-1")
    first.write(at(1))
    first.close()
    with writer(tmp_path, monkeypatch, "host") as restarted:
        assert restarted.instance == "host-0"
        restarted.write(at(2))
    second.close()
    assert [e["seq"] for e in entries(tmp_path / "audit-host-0.jsonl")] == [1, 2]
    assert verify_path(tmp_path).ok


def test_the_instance_base_defaults_to_the_host_name_and_is_made_filename_safe() -> None:
    assert instance_base({INSTANCE_ENV: "pod/7 ü"}) == "pod-7"
    assert instance_base({}) == instance_base({INSTANCE_ENV: "  "}) != ""


def test_writers_in_separate_processes_share_a_directory(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from privacy_gateway.audit import AuditLog, AuditSettings\n"
        "from tests.audit.helpers import make_record\n"
        "with AuditLog(AuditSettings(path=Path(sys.argv[1]), per_writer=True, fsync='always')) as log:\n"
        "    print(log.instance, flush=True)\n"
        "    sys.stdin.readline()  # hold the chain until both processes hold theirs\n"
        "    for i in range(10):\n"
        "        log.write(make_record(request_id=f'{sys.argv[2]}-{i}'))\n"
    )
    env = {**os.environ, INSTANCE_ENV: "replica"}
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), name], env=env, text=True,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        for name in ("p", "q")
    ]
    claimed = sorted(p.stdout.readline().strip() for p in procs if p.stdout)
    for p in procs:
        p.communicate("go\n", timeout=60)
    assert claimed == ["replica-0", "replica-1"] and [p.returncode for p in procs] == [0, 0]
    found = verify_path(tmp_path)
    assert found.ok and sorted(c.instance for c in found.chains) == ["replica-0", "replica-1"]
    assert sum(c.requests for c in found.chains) == 20


def test_verify_checks_each_chain_and_names_the_instance_of_a_tampered_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with writer(tmp_path, monkeypatch, "gw-a") as a, writer(tmp_path, monkeypatch, "gw-b") as b:
        for minute in range(1, 5):
            (a if minute % 2 else b).write(at(minute))
    assert main(["verify", "--path", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "OK: instance gw-a-0: 2 requests" in out and "OK: instance gw-b-0: 2 requests" in out
    assert "OK: 4 requests in 2 chain(s)" in out

    victim = tmp_path / "audit-gw-b-0.jsonl"
    victim.write_bytes(victim.read_bytes().replace(b'"team-a"', b'"team-z"', 1))
    assert main(["verify", "--path", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"FAILED: instance gw-b-0: {victim}:1: record altered" in out
    assert "OK: instance gw-a-0" in out and "FAILED (1 of 2 chain(s))" in out


def test_a_chain_file_moved_under_another_instance_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with writer(tmp_path, monkeypatch, "gw-a") as a:
        a.write(at(1))
    (tmp_path / "audit-gw-a-0.jsonl").rename(tmp_path / "audit-gw-c-0.jsonl")
    (chain,) = verify_path(tmp_path).chains
    assert chain.problem is not None and "instance 'gw-a-0' in the chain of 'gw-c-0'" in chain.problem.message


def test_gaps_and_truncation_are_reported_per_instance(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with writer(tmp_path, monkeypatch, "gw-a") as a, writer(tmp_path, monkeypatch, "gw-b") as b:
        a.write(at(1))
        a.reserve({"request_id": "req-9"})  # reached an upstream, then the process died
        b.write(at(2))
        b.write(at(3))
    cut = tmp_path / "audit-gw-b-0.jsonl"
    cut.write_bytes(cut.read_bytes()[:-20])
    assert main(["verify", "--path", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "GAP: instance gw-a-0: " in out and "request req-9 reached an upstream" in out
    assert f"FAILED: instance gw-b-0: {cut}:2: truncated last line" in out


def test_search_and_report_merge_the_chains_by_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with writer(tmp_path, monkeypatch, "gw-a") as a, writer(tmp_path, monkeypatch, "gw-b") as b:
        for minute in (1, 4, 5):
            a.write(at(minute, client="team-a"))
        for minute in (2, 3, 6):
            b.write(at(minute, client="team-b"))
    rows = list(RecordReader(tmp_path))
    assert [r.record["request_id"] for r in rows] == [f"req-{m}" for m in range(1, 7)]
    assert [r.record["request_id"] for r in search(RecordReader(tmp_path), Query(instance="gw-b-0"))] == ["req-2", "req-3", "req-6"]
    report = summarise(RecordReader(tmp_path))
    assert report.requests == 6 and dict(report.instances) == {"gw-a-0": 3, "gw-b-0": 3}

    assert main(["search", "--path", str(tmp_path), "--client", "team-b"]) == 0
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines()] == ["req-2", "req-3", "req-6"]
    assert main(["report", "--path", str(tmp_path)]) == 0
    assert "Instances:    gw-a-0 3, gw-b-0 3" in capsys.readouterr().out


def test_search_by_value_uses_the_key_file_in_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PRIVACY_GATEWAY_AUDIT_KEY")
    with writer(tmp_path, monkeypatch, "gw-a") as a, writer(tmp_path, monkeypatch, "gw-b") as b:
        assert a.fingerprint("536-80-4398") == b.fingerprint("536-80-4398")  # one key for the whole log
        b.write(at(1, fingerprints=[b.fingerprint("536-80-4398")]))
    assert main(["search", "--path", str(tmp_path), "--value", "536 80 4398"]) == 0
    assert "req-1" in capsys.readouterr().out


def test_a_single_file_log_left_in_the_directory_is_read_as_one_more_chain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_log(tmp_path / "audit.jsonl", [at(1), at(2)], rotate_bytes=1)  # leaves rotated files beside it
    with writer(tmp_path, monkeypatch, "gw-a") as a:
        a.write(at(3))
    found = verify_path(tmp_path)
    assert found.ok and [c.instance for c in found.chains] == [SINGLE, "gw-a-0"]
    assert [r.record["request_id"] for r in RecordReader(tmp_path)] == ["req-1", "req-2", "req-3"]


def test_an_anchor_passes_when_any_chain_holds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with writer(tmp_path, monkeypatch, "gw-a") as a, writer(tmp_path, monkeypatch, "gw-b") as b:
        a.write(at(1))
        b.write(at(2))
    assert verify_path(tmp_path, [a.last_hash, b.last_hash]).ok
    assert verify_path(tmp_path, ["0" * 64]).missing_anchors == ["0" * 64]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=30))
def test_any_interleaving_of_writers_reads_back_as_every_record_in_time_order(
    plan: list[int], tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path_factory.mktemp("chains")
    logs = [writer(directory, monkeypatch, f"w{i}") for i in range(3)]
    for n, who in enumerate(plan):
        logs[who].write(make_record(request_id=f"r{n}", time=f"2026-11-25T{n // 60:02d}:{n % 60:02d}:00Z"))
    for log in logs:
        log.close()
    found = verify_path(directory)
    assert found.ok and sum(c.requests for c in found.chains) == len(plan)
    assert [r.record["request_id"] for r in RecordReader(directory)] == [f"r{n}" for n in range(len(plan))]
