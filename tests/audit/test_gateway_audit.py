"""The audit log as the running gateway writes it: one record per request, no values, a sound chain."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.audit import Query, RecordReader, search, verify_log
from privacy_gateway.audit.cli import main
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
_DIGEST = re.compile(r"[0-9a-f]{16,64}\Z")


def text_fields(entries: list[dict[str, Any]]) -> str:
    """Every string in the log except timestamps and hex digests (hashes, fingerprints, ids), lower-cased."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                out.append(str(k))
                if k != "time":  # "...T18:02:28.976Z" is not the apartment number 976
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and not _DIGEST.match(value):
            out.append(value)

    walk(entries)
    return "\n".join(out).lower()


def read_entries(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def fingerprint_of(log_path: Path, value: str) -> str:
    from privacy_gateway.audit.fingerprint import fingerprint
    from privacy_gateway.audit.key import load_key

    return fingerprint(value, load_key(log_path.parent, "PRIVACY_GATEWAY_AUDIT_KEY", create=False))


async def test_every_request_gets_one_record_whatever_its_fate(
    gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path
) -> None:
    log_path = tmp_path / "audit.jsonl"
    ssn, name = "536-80-4398", "Maria Gonzalez"
    ids = []
    async with gateway() as client:
        plan = [
            (chat(f"Summarise the file of {name}."), CLOUD, 200),
            (chat(f"My SSN is {ssn}, is that valid?"), CLOUD, 200),
            (chat("What is the capital of France?"), {}, 200),
            (chat("Tell me a joke", stream=True), CLOUD, 200),
            ({"messages": "not a list"}, CLOUD, 400),
        ]
        for body, headers, status in plan:
            response = await client.post("/v1/chat/completions", json=body, headers=headers)
            assert response.status_code == status
            ids.append(response.headers["x-request-id"])
        fakes.fail["local"] = fakes.fail["cloud"] = 500
        response = await client.post("/v1/chat/completions", json=chat(f"Call {name} back."), headers=CLOUD)
        assert response.status_code >= 500
        ids.append(response.headers["x-request-id"])

    entries = read_entries(log_path)
    assert [e["request_id"] for e in entries if "event" not in e] == ids
    by_id = {e["request_id"]: e for e in entries if "event" not in e}
    assert by_id[ids[0]]["served_tier"] == "cloud" and "PERSON" in by_id[ids[0]]["entities"]
    assert by_id[ids[1]]["served_tier"] == "local" and by_id[ids[1]]["entities"]["US_SSN"]["action"] == "local_only"
    assert by_id[ids[4]]["outcome"] == "refused" and by_id[ids[4]]["status"] == 400
    assert by_id[ids[5]]["outcome"] == "failed"
    logged = text_fields(entries)
    for value in (ssn, name, "Maria", "Gonzalez", "France", "joke"):
        assert value.lower() not in logged
    assert verify_log(log_path).ok
    hits = search(RecordReader(log_path), Query(fingerprint=fingerprint_of(log_path, "536 80 4398")))
    assert [row.record["request_id"] for row in hits] == [ids[1]]


async def test_two_gateways_write_their_own_chains_into_one_directory(
    gateway: GatewayFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "audit-dir"
    monkeypatch.setenv("PRIVACY_GATEWAY_INSTANCE", "replica")
    async with gateway(audit_path=directory, audit_per_writer=True) as one, gateway(audit_path=directory, audit_per_writer=True) as two:
        for i in range(6):
            response = await (one if i % 2 else two).post("/v1/chat/completions", json=chat(f"Call Maria Gonzalez about item {i}."), headers=CLOUD)
            assert response.status_code == 200
    assert main(["verify", "--path", str(directory)]) == 0
    out = capsys.readouterr().out
    assert "instance replica-0: 3 requests" in out and "instance replica-1: 3 requests" in out
    assert "OK: 6 requests in 2 chain(s)" in out
    records = list(RecordReader(directory))
    assert len(records) == 6 and {r.record["instance"] for r in records} == {"replica-0", "replica-1"}
    assert "maria" not in text_fields([r.record for r in records])


async def test_the_dev_corpus_through_the_gateway(
    gateway: GatewayFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    log_path = tmp_path / "audit.jsonl"
    ids = []
    async with gateway() as client:
        for row in rows:
            response = await client.post("/v1/chat/completions", json=chat(row["text"]), headers=CLOUD)
            ids.append(response.headers["x-request-id"])

    # One record per request, in order (each after the line noting its upstream call).
    entries = read_entries(log_path)
    assert [e["request_id"] for e in entries if "event" not in e] == ids
    assert [e["request_id"] for e in entries if e.get("event") == "upstream_call"] == ids

    # None of the corpus's values, in any field.
    logged, raw = text_fields(entries), log_path.read_text().lower()
    values = {s["value"] for row in rows for s in row["spans"]}
    assert [v for v in values if len(v) >= 3 and v.lower() in logged] == []
    assert [v for v in values if len(v) >= 8 and v.lower() in raw] == []

    # The chain verifies, and fails on a copy with one field edited or one record removed.
    capsys.readouterr()
    assert main(["verify", str(log_path)]) == 0
    lines = log_path.read_bytes().splitlines(keepends=True)
    edited = tmp_path / "edited" / "audit.jsonl"
    edited.parent.mkdir()
    at = next(i for i in range(100, len(lines)) if b'"outcome":"ok"' in lines[i])
    edited.write_bytes(b"".join([*lines[:at], lines[at].replace(b'"outcome":"ok"', b'"outcome":"refused"'), *lines[at + 1 :]]))
    removed = tmp_path / "removed" / "audit.jsonl"
    removed.parent.mkdir()
    removed.write_bytes(b"".join([*lines[:50], *lines[51:]]))
    assert main(["verify", str(edited)]) == 1
    assert main(["verify", str(removed)]) == 1
    out = capsys.readouterr().out
    assert f"{edited}:{at + 1}: record altered" in out and f"{removed}:51: chain broken" in out

    # `audit search --value` finds the requests whose prompt held the value.
    emails = sorted({s["value"] for row in rows for s in row["spans"] if s["type"] == "EMAIL_ADDRESS"})[:5]
    assert emails
    for email in emails:
        expected = [rid for rid, row in zip(ids, rows) if email.lower() in row["text"].lower()]
        assert main(["search", "--path", str(log_path), "--value", email.upper(), "--json"]) == 0
        found = [json.loads(line)["request_id"] for line in capsys.readouterr().out.splitlines()]
        assert found == expected

    # The report covers every request and renders its charts.
    page = tmp_path / "report.html"
    assert main(["report", "--path", str(log_path), "--json", "--html", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["requests"] == len(rows)
    assert 'id="tier-chart"' in page.read_text() and 'id="entity-chart"' in page.read_text()

