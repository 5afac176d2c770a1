"""Shared helpers: a fixed key in the environment, a full record, and a way to fill a log."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.audit import AuditLog, AuditSettings

KEY_ENV = "PRIVACY_GATEWAY_AUDIT_KEY"
TEST_KEY = "test-key-0123456789abcdef0123456789abcdef"


@pytest.fixture(autouse=True)
def audit_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with a known key in the environment unless it removes it."""
    monkeypatch.setenv(KEY_ENV, TEST_KEY)
    return TEST_KEY


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "audit" / "audit.jsonl"


def make_record(**overrides: Any) -> dict[str, Any]:
    """A complete record as the gateway writes it, with `overrides` applied."""
    record: dict[str, Any] = {
        "time": "2026-11-25T17:00:00.000Z",
        "request_id": "req-1",
        "client": "team-a",
        "policy": "default",
        "policy_version": "3f2a9c1e",
        "ingress": "openai",
        "requested_tier": "auto",
        "served_tier": "local",
        "decision": "default_local",
        "entities": {},
        "fingerprints": [],
        "backend": "ollama",
        "model": "llama3.2:1b",
        "status": 200,
        "outcome": "ok",
        "latency_ms": 120.5,
        "tokens_in": 40,
        "tokens_out": 80,
        "cost_usd": None,
        "saved_usd": 0.0004,
        "placeholders_restored": 0,
        "placeholders_unmatched": 0,
        "failover": False,
        "error": None,
    }
    record.update(overrides)
    return record


def fill_log(path: Path, records: Iterable[dict[str, Any]], **settings: Any) -> None:
    """Write `records` to a log at `path` with `settings` (fsync "never" unless given)."""
    settings.setdefault("fsync", "never")
    with AuditLog(AuditSettings(path=path, **settings)) as log:
        for record in records:
            log.write(record)


def numbered(n: int, **overrides: Any) -> list[dict[str, Any]]:
    """`n` records with request ids req-1 .. req-n, one minute apart."""
    return [
        make_record(request_id=f"req-{i}", time=f"2026-11-25T17:{i:02d}:00Z", **overrides) for i in range(1, n + 1)
    ]


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)
