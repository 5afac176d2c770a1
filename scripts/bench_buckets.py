#!/usr/bin/env python3
"""What a shared rate limit costs a request: one bucket take in memory, in SQLite and in Redis.

Takes `--takes` tokens from each store in turn (blocks of 200, interleaved, so load on the machine
hits all three alike), one at a time and from `--concurrent` tasks at once, and prints the median
and p99 of one take against the in-process baseline. Redis is a local `redis-server` on loopback
(a remote one adds its network round trip); SQLite is a file in a temporary folder.

    python scripts/bench_buckets.py [--takes 4000] [--concurrent 8]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from _harness import percentile
from privacy_gateway.shared.buckets import Buckets, MemoryBuckets, RedisBuckets, SqliteBuckets
from privacy_gateway.testing.instances import redis_server

BLOCK = 200
RATE = 1e9  # never empty: every take does the whole read-refill-take-write


async def block(buckets: Buckets, concurrent: int, out: list[float]) -> None:
    async def one(client: str) -> None:
        for _ in range(BLOCK // concurrent):
            start = time.perf_counter()
            await buckets.take(client)
            out.append(time.perf_counter() - start)

    await asyncio.gather(*(one(f"client-{i % 4}") for i in range(concurrent)))


async def measure(stores: dict[str, Buckets], takes: int, concurrent: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in stores}
    for _ in range(max(1, takes // BLOCK)):
        for name, buckets in stores.items():
            await block(buckets, concurrent, samples[name])
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--takes", type=int, default=4000, help="takes per store and concurrency (default 4000)")
    parser.add_argument("--concurrent", type=int, default=8, help="tasks taking at once in the second table (default 8)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as url:
        async def run() -> list[tuple[int, dict[str, list[float]]]]:
            stores: dict[str, Buckets] = {
                "memory (default)": MemoryBuckets(RATE, RATE),
                "sqlite (one host)": SqliteBuckets(Path(tmp) / "state.sqlite", RATE, RATE),
                "redis (loopback)": RedisBuckets(url, RATE, RATE),
            }
            await measure(stores, BLOCK, 1)  # warm up: connections, the Lua script, the table
            results = [(n, await measure(stores, args.takes, n)) for n in (1, args.concurrent)]
            for buckets in stores.values():
                await buckets.aclose()
            return results

        results = asyncio.run(run())

    for concurrent, samples in results:
        base = percentile(samples["memory (default)"], 0.5)
        print(f"\nOne bucket take, {concurrent} at a time, {args.takes} takes per store (interleaved blocks of {BLOCK})\n")
        print(f"{'store':20} {'p50':>10} {'p99':>10} {'p50 added':>11}")
        for name, values in samples.items():
            p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
            print(f"{name:20} {p50 * 1e6:8.1f}µs {p99 * 1e6:8.1f}µs {(p50 - base) * 1e6:9.1f}µs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
