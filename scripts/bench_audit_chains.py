#!/usr/bin/env python3
"""What splitting the audit log into a chain per writer costs the reviewer's tools.

The same N request records are written once to a single file (the baseline) and once spread
round-robin over K per-writer chains in a directory; then `verify`, a full `search` pass and
`report` run over each. Both sides run in this same run, on the same records.

    python scripts/bench_audit_chains.py [--records 20000] [--chains 4]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from privacy_gateway.audit import AuditLog, AuditSettings, Query, RecordReader, search, summarise  # noqa: E402
from privacy_gateway.audit.chains import INSTANCE_ENV  # noqa: E402
from privacy_gateway.audit.verify import verify_path  # noqa: E402


def record(n: int) -> dict[str, object]:
    """A request record as the gateway writes it (one entity, one fingerprint)."""
    return {
        "time": f"2026-11-{1 + n // 86400:02d}T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z",
        "request_id": f"req-{n}", "client": f"team-{n % 7}", "policy": "default", "policy_version": "3f2a9c1e",
        "ingress": "openai", "requested_tier": "auto", "served_tier": "local" if n % 3 else "cloud",
        "decision": "default_local", "entities": {"PERSON": {"count": 1, "action": "pseudonymize"}},
        "fingerprints": [f"{n:064x}"], "backend": "ollama", "model": "qwen2.5:14b", "status": 200, "outcome": "ok",
        "latency_ms": 120.0 + n % 50, "tokens_in": 40, "tokens_out": 80, "cost_usd": None, "saved_usd": 0.0004,
        "placeholders_restored": 0, "placeholders_unmatched": 0, "failover": False, "error": None,
    }


def write(records: int, chains: int, where: Path) -> Path:
    """The records in a single file (`chains` 0) or round-robin over `chains` writers in a directory."""
    if chains == 0:
        path = where / "single" / "audit.jsonl"
        with AuditLog(AuditSettings(path=path, fsync="never")) as log:
            for n in range(records):
                log.write(record(n))
        return path
    directory = where / "chains"
    logs = []
    for i in range(chains):
        os.environ[INSTANCE_ENV] = f"w{i}"
        logs.append(AuditLog(AuditSettings(path=directory, per_writer=True, fsync="never")))
    for n in range(records):
        logs[n % chains].write(record(n))
    for log in logs:
        log.close()
    return directory


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(path: Path, records: int) -> dict[str, float]:
    """Seconds for verify, a full search pass and a report over the log at `path`."""
    found = verify_path(path)
    assert found.ok and sum(c.requests for c in found.chains) == records
    return {
        "verify": timed(lambda: verify_path(path)),
        "search": timed(lambda: sum(1 for _ in search(RecordReader(path), Query(client="team-3")))),
        "report": timed(lambda: summarise(RecordReader(path))),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--chains", type=int, default=4)
    args = parser.parse_args()
    os.environ.setdefault("PRIVACY_GATEWAY_AUDIT_KEY", "bench-key-0123456789abcdef0123456789")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for chains in (0, args.chains):
            start = time.perf_counter()
            path = write(args.records, chains, Path(tmp))
            rows.append((chains, time.perf_counter() - start, measure(path, args.records)))
    print(f"{args.records} records; seconds (records/s)\n")
    print("| log | write | verify | search (full pass) | report |")
    print("|---|---|---|---|---|")
    for chains, t_write, times in rows:
        label = "single file (baseline)" if chains == 0 else f"{chains} chains, one directory"
        cells = [f"{t:.2f} ({args.records / t:,.0f}/s)" for t in (t_write, times["verify"], times["search"], times["report"])]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
