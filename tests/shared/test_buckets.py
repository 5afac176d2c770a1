"""Token buckets: one burst per client, whichever process or replica takes from it, in every store."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacy_gateway.shared.buckets import Buckets, FallbackBuckets, MemoryBuckets, RedisBuckets, SqliteBuckets, take
from privacy_gateway.testing.instances import free_port

pytestmark = pytest.mark.anyio

PER_MINUTE = 1 / 60  # one token a minute: no refill while a test runs


def replicas(kind: str, request: pytest.FixtureRequest, tmp_path: Path, capacity: float) -> list[Buckets]:
    """Two handles on one store, as two workers or two hosts would hold them (one, in memory)."""
    if kind == "memory":
        return [MemoryBuckets(PER_MINUTE, capacity)]
    if kind == "sqlite":
        return [SqliteBuckets(tmp_path / "state.sqlite", PER_MINUTE, capacity) for _ in range(2)]
    url = request.getfixturevalue("redis_url")
    return [RedisBuckets(url, PER_MINUTE, capacity) for _ in range(2)]


@pytest.mark.parametrize("kind", ["memory", "sqlite", "redis"])
async def test_twenty_rapid_requests_get_the_burst_of_five(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    stores = replicas(kind, request, tmp_path, capacity=5)
    waits = await asyncio.gather(*(stores[i % len(stores)].take("ci-bot") for i in range(20)))
    other = await stores[-1].take("someone-else")
    for store in stores:
        await store.aclose()
    assert sum(1 for w in waits if w == 0) == 5
    # The next token is a minute away at one a minute; Retry-After says so.
    assert all(0 < w <= 60 for w in waits if w)
    assert other == 0  # buckets are per client


# Run by `python -c` in each worker process: importing this test module would load the whole gateway.
_TAKE_TEN = """
import asyncio, sys
from pathlib import Path
from privacy_gateway.shared.buckets import SqliteBuckets
buckets = SqliteBuckets(Path(sys.argv[1]), 1 / 60, 5)
print(sum(1 for _ in range(10) if asyncio.run(buckets.take("ci-bot")) == 0))
"""


def test_sqlite_buckets_hold_across_processes(tmp_path: Path) -> None:
    path = str(tmp_path / "state.sqlite")
    workers = [subprocess.Popen([sys.executable, "-c", _TAKE_TEN, path], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    granted = [int(w.communicate(timeout=60)[0]) for w in workers]
    assert sum(granted) == 5


async def test_an_unreachable_redis_limits_in_process(caplog: pytest.LogCaptureFixture) -> None:
    buckets = FallbackBuckets(RedisBuckets(f"redis://127.0.0.1:{free_port()}/0", PER_MINUTE, 2), PER_MINUTE, 2)
    waits = [await buckets.take("ci-bot") for _ in range(3)]
    await buckets.aclose()
    assert waits[:2] == [0, 0] and waits[2] > 0
    assert buckets.degraded and buckets.failures == 1  # retried only after retry_seconds, not per request
    assert "limiting in this process" in caplog.text


async def test_a_redis_bucket_refills_at_its_rate(redis_url: str) -> None:
    fast = RedisBuckets(redis_url, 1000.0, 1)  # a token a millisecond
    first = await fast.take("ci-bot")
    await asyncio.sleep(0.01)
    second = await fast.take("ci-bot")
    await fast.aclose()
    assert (first, second) == (0, 0)


@given(
    capacity=st.integers(1, 50),
    rate=st.floats(0.01, 100),
    gaps=st.lists(st.floats(0, 10, allow_nan=False), min_size=1, max_size=60),
)
def test_granted_requests_never_exceed_burst_plus_refill(capacity: int, rate: float, gaps: list[float]) -> None:
    tokens: float | None = None
    now = updated = 0.0
    granted = 0
    for gap in gaps:
        now += gap
        tokens, wait = take(tokens, updated, now, rate, capacity)
        updated = now
        assert 0 <= tokens <= capacity
        if wait == 0:
            granted += 1
        else:  # waiting that long would give the request its token
            assert take(tokens, updated, now + wait + 1e-9, rate, capacity)[1] == 0
    assert granted <= capacity + rate * now + 1e-6
