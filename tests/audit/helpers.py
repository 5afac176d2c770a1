"""Audit test helpers: the test key, a full record, and a way to fill a log."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from privacy_gateway.audit import AuditLog, AuditSettings

KEY_ENV = "PRIVACY_GATEWAY_AUDIT_KEY"
TEST_KEY = "test-key-0123456789abcdef0123456789abcdef"


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
        "fallbacks": [],
        "error": None,
        "answer_entities": {},
        "shadow_policy": "strict",
        "shadow_policy_version": "9b1d0e7a",
        "shadow_tier": "local",
        "shadow_decision": "default_local",
        "shadow_entities": {},
        "shadow_differences": [],
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


def ent(**counts: tuple[int, str]) -> dict:
    """Entities as the gateway records them: TYPE=(count, action)."""
    return {name: {"count": n, "action": action} for name, (n, action) in counts.items()}


# Eight requests whose report figures test_report.py works out by hand.
SYNTHETIC = [
    make_record(request_id="1", time="2026-11-25T09:05:00Z", client="team-a", requested_tier="auto",
                served_tier="local", entities=ent(PERSON=(2, "pseudonymize")), saved_usd=0.01,
                tokens_in=10, tokens_out=20, latency_ms=100),
    make_record(request_id="2", time="2026-11-25T09:10:00Z", client="team-a", requested_tier="local",
                served_tier="local", decision="local_only_entities", entities=ent(US_SSN=(1, "local_only")),
                saved_usd=0.02, tokens_in=30, tokens_out=40, latency_ms=200),
    make_record(request_id="3", time="2026-11-25T09:20:00Z", client="team-b", requested_tier="cloud",
                served_tier="cloud", decision="client_requested_cloud", entities=ent(EMAIL_ADDRESS=(2, "pseudonymize")),
                cost_usd=0.05, saved_usd=None, tokens_in=100, tokens_out=200, latency_ms=1000,
                placeholders_restored=2),
    make_record(request_id="4", time="2026-11-25T10:00:00Z", client="team-b", requested_tier="auto",
                served_tier="cloud", decision="context_overflow", cost_usd=0.10, saved_usd=None,
                tokens_in=1000, tokens_out=50, latency_ms=2000, placeholders_unmatched=1, fallbacks=["cloud:first"]),
    make_record(request_id="5", time="2026-11-25T10:30:00Z", client="team-c", requested_tier="auto",
                served_tier="cloud", decision="failover_to_cloud", failover=True, cost_usd=0.03,
                saved_usd=None, tokens_in=5, tokens_out=5, latency_ms=1500),
    make_record(request_id="6", time="2026-11-25T10:40:00Z", client="team-a", served_tier=None,
                decision="blocked_entities", entities=ent(US_SSN=(1, "block")), status=400, outcome="refused",
                saved_usd=None, tokens_in=None, tokens_out=None, latency_ms=3),
    make_record(request_id="7", time="2026-11-25T10:50:00Z", client="team-c", served_tier=None, status=502,
                outcome="failed", error="upstream_timeout", saved_usd=None, latency_ms=30000),
    make_record(request_id="8", time="2026-11-25T10:55:00Z", client="team-a", served_tier="local",
                outcome="cancelled", status=None, saved_usd=None, tokens_in=7, tokens_out=1, latency_ms=50),
]
