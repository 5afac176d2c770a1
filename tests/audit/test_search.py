from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from privacy_gateway.audit import Query, RecordReader, fingerprint, search
from privacy_gateway.audit.cli import main

from tests.audit.helpers import KEY_ENV, TEST_KEY, fill_log, make_record

KEY = TEST_KEY.encode()
SSN, EMAIL = "078-05-1120", "jane.roe@example.com"


def _records() -> list[dict]:
    ssn, email = fingerprint(SSN, KEY), fingerprint(EMAIL, KEY)
    return [
        make_record(request_id="r1", time="2026-11-24T09:00:00Z", client="team-a", served_tier="local",
                    entities={"US_SSN": {"count": 1, "action": "local_only"}}, fingerprints=[ssn],
                    decision="local_only_entities"),
        make_record(request_id="r2", time="2026-11-24T15:00:00Z", client="team-b", served_tier="cloud",
                    decision="client_requested_cloud",
                    entities={"EMAIL_ADDRESS": {"count": 2, "action": "pseudonymize"}}, fingerprints=[email]),
        make_record(request_id="r3", time="2026-11-25T09:00:00Z", client="team-a", served_tier=None,
                    status=400, outcome="refused", decision="blocked_entities",
                    entities={"US_SSN": {"count": 1, "action": "block"}, "EMAIL_ADDRESS":
                              {"count": 1, "action": "block"}}, fingerprints=[ssn, email]),
        make_record(request_id="r4", time="2026-11-25T12:00:00+01:00", client="team-c", served_tier="cloud",
                    decision="failover_to_cloud", failover=True, status=200),
        make_record(request_id="r5", time="2026-11-26T00:00:00Z", client="team-a", served_tier="local",
                    outcome="cancelled", status=None),
    ]


@pytest.fixture
def filled(log_path: Path) -> Path:
    fill_log(log_path, _records(), rotate_bytes=1500)  # spread over several files
    return log_path


def ids(path: Path, query: Query) -> list[str]:
    return [row.record["request_id"] for row in search(RecordReader(path), query)]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param(Query(), ["r1", "r2", "r3", "r4", "r5"], id="everything"),
        pytest.param(Query(since=at("2026-11-25T00:00:00")), ["r3", "r4", "r5"], id="since"),
        pytest.param(Query(until=at("2026-11-25T11:00:01")), ["r1", "r2", "r3", "r4"], id="until-with-offsets"),
        pytest.param(Query(since=at("2026-11-24T10:00"), until=at("2026-11-26T00:00")), ["r2", "r3", "r4"],
                     id="range-until-exclusive"),
        pytest.param(Query(client="team-a"), ["r1", "r3", "r5"], id="client"),
        pytest.param(Query(tier="cloud"), ["r2", "r4"], id="tier"),
        pytest.param(Query(entity="US_SSN"), ["r1", "r3"], id="entity"),
        pytest.param(Query(status=400), ["r3"], id="status"),
        pytest.param(Query(outcome="cancelled"), ["r5"], id="outcome"),
        pytest.param(Query(decision="failover_to_cloud"), ["r4"], id="decision"),
        pytest.param(Query(client="team-a", entity="EMAIL_ADDRESS"), ["r3"], id="combined"),
        pytest.param(Query(fingerprint=fingerprint("078 05 1120", KEY)), ["r1", "r3"], id="fingerprint"),
    ],
)
def test_filters(filled: Path, query: Query, expected: list[str]) -> None:
    assert len(RecordReader(filled).files) > 1
    assert ids(filled, query) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("078051120", ["r1", "r3"], id="ssn-without-dashes"),
        pytest.param("Jane.Roe@EXAMPLE.com", ["r2", "r3"], id="email-any-case"),
        pytest.param("078-05-1121", [], id="another-ssn"),
    ],
)
def test_search_by_value_from_the_command_line(
    filled: Path, value: str, expected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["search", "--path", str(filled), "--value", value, "--json"])
    out = capsys.readouterr()
    assert code == (0 if expected else 1)
    assert [json.loads(line)["request_id"] for line in out.out.splitlines()] == expected
    assert f"{len(expected)} matching record(s)" in out.err
    assert value not in out.out + out.err


def test_value_from_stdin_keeps_it_off_the_command_line(
    filled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SSN + "\n"))
    assert main(["search", "--path", str(filled), "--value", "-", "--outcome", "refused"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "r3" in out[0] and "team-a" in out[0] and "refused/400" in out[0]


def test_search_reads_the_key_file_like_the_gateway_and_never_makes_one(
    log_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(KEY_ENV)
    fill_log(log_path, [make_record(fingerprints=[])])  # makes .audit-key beside the log
    from privacy_gateway.audit import AuditLog, AuditSettings

    with AuditLog(AuditSettings(path=log_path, fsync="never")) as log:
        log.write(make_record(request_id="with-ssn", fingerprints=[log.fingerprint(SSN)]))
    assert main(["search", "--path", str(log_path), "--value", SSN, "--json"]) == 0
    assert "with-ssn" in capsys.readouterr().out
    (log_path.parent / ".audit-key").unlink()
    assert main(["search", "--path", str(log_path), "--value", SSN]) == 2
    assert KEY_ENV in capsys.readouterr().err
    assert not (log_path.parent / ".audit-key").exists()


def test_records_made_under_another_key_are_pointed_out(
    filled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(KEY_ENV, "a-rotated-key-0123456789abcdef")
    assert main(["search", "--path", str(filled), "--value", SSN]) == 1
    assert "5 record(s) were fingerprinted with another key" in capsys.readouterr().err


def test_unreadable_lines_are_skipped_and_counted(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open(filled, "ab") as f:
        f.write(b'{"seq": 6, "time": "2026-11-2')
    reader = RecordReader(filled)
    assert len(list(reader)) == 5 and reader.unreadable == 1
    main(["search", "--path", str(filled)])
    assert "1 unreadable line(s)" in capsys.readouterr().err
