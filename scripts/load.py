#!/usr/bin/env python3
"""Load test: a fixed number of concurrent clients against the gateway, bounded in time, loopback only.

Runs the gateway in its own process in front of fake upstreams (Ollama local tier, Anthropic cloud
tier) on 127.0.0.1. Each client loops for `--seconds`, mixing streaming and non-streaming requests,
local and escalated (`X-Privacy-Tier: cloud`), over prompts that hold personal data. First the same
mix goes straight to the fake upstream (the baseline), then through the gateway. Prints throughput,
p50/p99 latency of both and what the gateway added, errors, and the gateway's memory before and
after the run.

With `--instances N`, the gateway runs as N replicas sharing a `redis-server` for rate limits and
budgets (a limit high enough never to refuse, so every request still takes from the shared bucket);
the clients spread their requests over the replicas in turn, as a load balancer would. The table
then compares one replica with N in the same run.

    python scripts/load.py [--clients 8] [--seconds 30] [--instances 2]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from _harness import FakeUpstreams, child_pids, fake_servers, gateway_process, peak_rss_mb, percentile, rss_mb
from privacy_gateway.testing.instances import gateway_instances, redis_server

PROMPTS = [
    "Write a short note to Maria Gonzalez (maria.gonzalez@example.com) about Friday's review.",
    "Summarise: Peter Hall called from +44 20 7946 0958 about the delayed shipment to 14 Elm Street, Leeds.",
    "What is the difference between a process and a thread? Answer in three sentences.",
    "Refactor this Python: def f(x): return [i*i for i in range(x) if i % 2 == 0]",
    "Draft a reply to Dr. Aiko Tanaka thanking her for the referral of patient John Miller.",
]


async def one(client: httpx.AsyncClient, url: str, body: dict[str, Any], headers: dict[str, str], stream: bool) -> float:
    start = time.perf_counter()
    if stream:
        async with client.stream("POST", url, json=body, headers=headers) as response:
            response.raise_for_status()
            async for _ in response.aiter_bytes():
                pass
    else:
        response = await client.post(url, json=body, headers=headers)
        response.raise_for_status()
    return time.perf_counter() - start


async def run(target: str | list[str], clients: int, seconds: float, direct: bool) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds
    cases = itertools.cycle(itertools.product(PROMPTS, (False, True), ({}, {"X-Privacy-Tier": "cloud"})))
    targets = itertools.cycle([target] if isinstance(target, str) else target)  # round robin, like a load balancer

    async def worker() -> None:
        nonlocal errors
        async with httpx.AsyncClient(timeout=60) as client:
            while time.monotonic() < deadline:
                prompt, stream, headers = next(cases)
                base = next(targets)
                messages = [{"role": "user", "content": prompt}]
                if direct:  # the same work straight at the fake Ollama upstream
                    url, body, headers = f"{base}/api/chat", {"model": "llama3.2", "messages": messages, "stream": stream}, {}
                else:
                    url, body = f"{base}/v1/chat/completions", {"model": "any", "messages": messages, "stream": stream}
                try:
                    latencies.append(await one(client, url, body, headers, stream))
                except (httpx.HTTPError, OSError):
                    errors += 1

    start = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors, time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=30, help="duration of each phase (default 30)")
    parser.add_argument("--upstream-delay", type=float, default=0.005, help="fake upstream pause per frame, seconds (default 0.005)")
    parser.add_argument("--instances", type=int, default=0, help="compare one replica with this many, sharing a redis-server")
    args = parser.parse_args()

    fakes = FakeUpstreams(chunk_size=16, delay=args.upstream_delay)
    if args.instances:
        return replicas(fakes, args.instances, args.clients, args.seconds)
    with fake_servers(fakes) as (local, cloud), gateway_process(local, cloud) as (gateway, pid):
        asyncio.run(run(gateway, 2, 2, direct=False))  # warm up
        pids = [pid, *child_pids(pid)]  # the gateway and its analyzer processes

        def rss() -> float:
            return sum(rss_mb(p) for p in pids)

        before = rss()
        base, base_errors, base_time = asyncio.run(run(local, args.clients, args.seconds, direct=True))
        through, errors, elapsed = asyncio.run(run(gateway, args.clients, args.seconds, direct=False))
        after, peak = rss(), sum(peak_rss_mb(p) for p in pids)
        # A second run shows whether memory keeps growing under the same load.
        asyncio.run(run(gateway, args.clients, args.seconds / 2, direct=False))
        after_second = rss()

    print(f"\nLoad: {args.clients} concurrent clients, {args.seconds:g} s per phase, mixed streaming/non-streaming, local/cloud\n")
    print(f"{'path':18} {'requests':>9} {'errors':>7} {'req/s':>8} {'p50':>9} {'p99':>9}")
    for name, values, errs, took in (("direct upstream", base, base_errors, base_time), ("through gateway", through, errors, elapsed)):
        print(f"{name:18} {len(values):9d} {errs:7d} {len(values) / took:8.1f} {percentile(values, 0.5) * 1000:7.1f}ms {percentile(values, 0.99) * 1000:7.1f}ms")
    print(f"{'added by gateway':18} {'':9} {'':7} {'':8} {(percentile(through, 0.5) - percentile(base, 0.5)) * 1000:7.1f}ms {(percentile(through, 0.99) - percentile(base, 0.99)) * 1000:7.1f}ms")
    print(f"\nGateway memory (RSS, with its {len(pids) - 1} child processes): {before:.0f} MB before, {after:.0f} MB after, "
          f"{after_second:.0f} MB after a further run; peak {peak:.0f} MB")
    print(f"Mean latency through the gateway: {statistics.mean(through) * 1000:.1f} ms over {len(through)} requests")
    return 1 if errors else 0


def replicas(fakes: FakeUpstreams, count: int, clients: int, seconds: float) -> int:
    """One replica, then `count`, each sharing Redis for limits and budgets; prints both against the upstream."""
    rows: list[tuple[str, list[float], int, float]] = []
    env = {"PG_HARNESS_CLOUD_KEY": "unused", "PRIVACY_GATEWAY_AUDIT_KEY": "harness-audit-key-0123456789"}
    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as redis_url, fake_servers(fakes) as (local, cloud):
        config = (
            "policy: default\n"
            "backends:\n"
            f"  local: {{kind: ollama, url: '{local}', model: llama3.2}}\n"
            f"  cloud: {{kind: anthropic, url: '{cloud}', model: claude-sonnet-4-20250514, api_key_env: PG_HARNESS_CLOUD_KEY}}\n"
            "audit: {path: audit/audit.jsonl}\n"
            "limits: {requests_per_minute: 1000000, burst: 1000000}\n"
            "budgets: {default: {daily_usd: 1000000}}\n"
            f"state: {{redis_url: '{redis_url}'}}\n"
        )
        rows.append(("direct upstream", *asyncio.run(run(local, clients, seconds, direct=True))))
        for n in dict.fromkeys((1, count)):
            with gateway_instances(config, n, Path(tmp) / f"x{n}", env) as urls:
                asyncio.run(run(urls, 2, 2, direct=False))  # warm up
                rows.append((f"{n} replica{'s' if n > 1 else ''}", *asyncio.run(run(urls, clients, seconds, direct=False))))

    cores = os.cpu_count()
    print(f"\nReplicas: {clients} concurrent clients, {seconds:g} s per row, mixed streaming/non-streaming, local/cloud,")
    print(f"rate limits and budgets shared through one redis-server; {cores} cores\n")
    print(f"{'path':18} {'requests':>9} {'errors':>7} {'req/s':>8} {'p50':>9} {'p99':>9}")
    for name, values, errs, took in rows:
        print(f"{name:18} {len(values):9d} {errs:7d} {len(values) / took:8.1f} {percentile(values, 0.5) * 1000:7.1f}ms {percentile(values, 0.99) * 1000:7.1f}ms")
    return 1 if any(errs for _, _, errs, _ in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
