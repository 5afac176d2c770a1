#!/usr/bin/env python3
"""What recording one request's metrics costs: the hand-written exposition it replaced vs prometheus_client.

Each side records the metrics of a typical request (what `core/accounting.record` and the breaker
gauges set: a request, tokens in and out, two entity types, placeholders, three latencies, two
breakers) in a loop, then renders a scrape. The baseline is the old `telemetry/metrics.py`, read
from git (the parent of the commit that replaced it), so both run in this same run. Multiprocess
mode (what `serve --workers N` uses) runs in a child process, as prometheus_client picks its mode
at import.

    python scripts/bench_metrics.py [--requests 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
METRICS = "privacy_gateway/telemetry/metrics.py"


def _old_module() -> types.ModuleType:
    """The hand-written metrics module as it stood before prometheus_client replaced it."""
    replaced = subprocess.run(["git", "log", "-1", "--format=%H", "-G", "without a client library", "--", METRICS],
                              cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    source = subprocess.run(["git", "show", f"{replaced}^:{METRICS}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("old_metrics")
    sys.modules["old_metrics"] = module  # dataclasses look their module up
    exec(compile(source, "old_metrics.py", "exec"), module.__dict__)  # noqa: S102 - our own file from our own history
    return module


def _record_old(m: Any, i: int) -> None:
    with m.lock:
        m.requests.inc(ingress="openai", tier="cloud", status="200", outcome="ok", decision="client_requested_cloud")
        m.escalations.inc(decision="client_requested_cloud")
        m.entities.inc(2, entity_type="PERSON", action="pseudonymize")
        m.entities.inc(1, entity_type="EMAIL_ADDRESS", action="pseudonymize")
        m.placeholders.inc(3, result="restored")
        m.placeholders.inc(0, result="unmatched")
        m.tokens.inc(120, tier="cloud", direction="in")
        m.tokens.inc(40, tier="cloud", direction="out")
        m.cost.inc(0.0012, tier="cloud", model="claude-sonnet-4")
        m.analysis.observe(0.012)
        m.ttfb.observe(0.3, tier="cloud")
        m.total.observe(0.9 + (i % 7) / 10, ingress="openai", tier="cloud")
    m.breakers.set(0, backend="ollama")
    m.breakers.set(0, backend="anthropic")


def _record_new(m: Any, i: int) -> None:
    m.requests.labels(decision="client_requested_cloud", ingress="openai", outcome="ok", status="200", tier="cloud").inc()
    m.escalations.labels(decision="client_requested_cloud").inc()
    m.entities.labels(action="pseudonymize", entity_type="PERSON").inc(2)
    m.entities.labels(action="pseudonymize", entity_type="EMAIL_ADDRESS").inc(1)
    m.placeholders.labels(result="restored").inc(3)
    m.placeholders.labels(result="unmatched").inc(0)
    m.tokens.labels(direction="in", tier="cloud").inc(120)
    m.tokens.labels(direction="out", tier="cloud").inc(40)
    m.cost.labels(model="claude-sonnet-4", tier="cloud").inc(0.0012)
    m.analysis.observe(0.012)
    m.ttfb.labels(tier="cloud").observe(0.3)
    m.total.labels(ingress="openai", tier="cloud").observe(0.9 + (i % 7) / 10)
    m.breakers.labels(backend="ollama").set(0)
    m.breakers.labels(backend="anthropic").set(0)


def measure(side: str, requests: int) -> dict[str, float]:
    """Microseconds per request recorded, and milliseconds per scrape, for one side."""
    if side == "old":
        metrics: Any = _old_module().GatewayMetrics()
        record = _record_old
    else:
        sys.path.insert(0, str(ROOT))
        from privacy_gateway.telemetry.metrics import GatewayMetrics

        metrics, record = GatewayMetrics(), _record_new
    for i in range(200):  # warm up: label sets created, files mapped
        record(metrics, i)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for i in range(requests):
            record(metrics, i)
        best = min(best, (time.perf_counter() - start) / requests)
    scrapes = []
    for _ in range(20):
        start = time.perf_counter()
        metrics.render()
        scrapes.append(time.perf_counter() - start)
    return {"record_us": best * 1e6, "scrape_ms": sorted(scrapes)[len(scrapes) // 2] * 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=20000, help="requests recorded per timed block (best of five blocks)")
    parser.add_argument("--side", choices=["old", "new"], help=argparse.SUPPRESS)  # a child's one measurement
    args = parser.parse_args()
    if args.side:
        print(json.dumps(measure(args.side, args.requests)))
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-metrics-") as folder:
        for label, side, env in (
            ("hand-written (before)", "old", {}),
            ("prometheus_client, one process", "new", {}),
            ("prometheus_client, multiprocess (--workers N)", "new", {"PROMETHEUS_MULTIPROC_DIR": folder}),
        ):
            clean = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
            out = subprocess.run([sys.executable, __file__, "--side", side, "--requests", str(args.requests)],
                                 env={**clean, **env}, capture_output=True, text=True, check=True).stdout
            rows.append((label, json.loads(out)))
    base = rows[0][1]["record_us"]
    print("| metrics | µs per request recorded | × before | ms per scrape |\n|---|---:|---:|---:|")
    for label, r in rows:
        print(f"| {label} | {r['record_us']:.1f} | {r['record_us'] / base:.2f} | {r['scrape_ms']:.2f} |")


if __name__ == "__main__":
    main()
