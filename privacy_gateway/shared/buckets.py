"""Per-client token buckets: in one process, in a SQLite file (one host) or in Redis (several hosts).

Every store runs the same bucket: `rate` tokens a second refill it up to `capacity`, a request takes
one, and an empty bucket says how long until the next token. The shared stores do the whole
read-refill-take-write in one atomic step (a `BEGIN IMMEDIATE` transaction; a Lua script on Redis,
timed by the Redis server's clock so hosts with skewed clocks agree), so a client's limit holds
whichever worker or replica serves it. Our own ~20 lines rather than the `limits` package: it has
no SQLite store and no token bucket, and this one keeps the single-process behaviour exactly.

If the shared store fails, `FallbackBuckets` limits in-process until it answers again (each process
then allows the whole rate on its own) and logs it: a rate limit protects capacity, not privacy, so
a Redis outage should degrade it, not take the gateway down.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import anyio.to_thread

from privacy_gateway.shared.sqlite import open_shared

logger = logging.getLogger("privacy_gateway")


class StoreUnavailable(Exception):
    """The shared store could not be read or written (Redis down, SQLite file locked or unwritable)."""


def take(tokens: float | None, updated: float, now: float, rate: float, capacity: float) -> tuple[float, float]:
    """One request against a bucket: (tokens left, seconds to wait, 0 when the request may go)."""
    tokens = capacity if tokens is None else min(capacity, tokens + max(0.0, now - updated) * rate)
    if tokens >= 1:
        return tokens - 1, 0.0
    return tokens, (1 - tokens) / rate


class Buckets(Protocol):
    """Where clients' buckets live."""

    name: str

    async def take(self, client: str) -> float:
        """0 if `client` may send a request now, else the seconds until it may."""
        ...

    async def aclose(self) -> None:
        """Close connections to the store."""
        ...


@dataclass
class MemoryBuckets:
    """This process only: the default when one process serves."""

    rate: float
    capacity: float
    name: str = "memory"
    state: dict[str, tuple[float, float]] = field(default_factory=dict)

    async def take(self, client: str) -> float:
        now = time.monotonic()
        tokens, updated = self.state.get(client, (None, now))
        left, wait = take(tokens, updated, now, self.rate, self.capacity)
        self.state[client] = (left, now)
        return wait

    async def aclose(self) -> None:
        pass


class SqliteBuckets:
    """A SQLite file: every worker on one host shares it (`state.store`)."""

    name = "sqlite"

    def __init__(self, path: Path, rate: float, capacity: float) -> None:
        self.path, self.rate, self.capacity = path, rate, capacity
        self._local = threading.local()

    def _connect(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = open_shared(
                self.path,
                2,
                "PRAGMA synchronous=NORMAL",  # a bucket lost in a power cut refills; no fsync per request
                "CREATE TABLE IF NOT EXISTS buckets (client TEXT PRIMARY KEY, tokens REAL NOT NULL, updated REAL NOT NULL)",
            )
            self._local.db = db
        return db

    def _take(self, client: str) -> float:
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        try:
            now = time.time()  # one host, one clock
            row = db.execute("SELECT tokens, updated FROM buckets WHERE client = ?", (client,)).fetchone()
            left, wait = take(row[0] if row else None, row[1] if row else now, now, self.rate, self.capacity)
            db.execute("INSERT OR REPLACE INTO buckets (client, tokens, updated) VALUES (?, ?, ?)", (client, left, now))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return wait

    async def take(self, client: str) -> float:
        try:
            return await anyio.to_thread.run_sync(self._take, client)  # a locked file waits off the event loop
        except (sqlite3.Error, OSError) as exc:
            raise StoreUnavailable(f"{self.path}: {type(exc).__name__}") from exc

    async def aclose(self) -> None:
        pass  # each thread's connection closes with it


# KEYS[1] the bucket; ARGV rate, capacity. Redis's own clock, so every replica sees one time.
_TAKE = """
if redis.replicate_commands then redis.replicate_commands() end
local rate, capacity = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(state[1])
if tokens == nil then tokens = capacity else tokens = math.min(capacity, tokens + math.max(0, now - tonumber(state[2])) * rate) end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return tostring(wait)
"""


class RedisBuckets:
    """Redis: every replica on every host shares it (`state.redis_url`); a bucket expires once full again."""

    name = "redis"

    def __init__(self, url: str, rate: float, capacity: float, prefix: str = "privacy-gateway:bucket:") -> None:
        import redis.asyncio

        # Short timeouts: an unreachable Redis must cost a request milliseconds, not a hang.
        self.redis = redis.asyncio.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        self.script: Any = self.redis.register_script(_TAKE)
        self.rate, self.capacity, self.prefix = rate, capacity, prefix

    async def take(self, client: str) -> float:
        import redis

        try:
            wait = await self.script(keys=[self.prefix + client], args=[self.rate, self.capacity])
        except (redis.RedisError, OSError) as exc:
            raise StoreUnavailable(f"redis: {type(exc).__name__}") from exc
        return float(wait)

    async def aclose(self) -> None:
        await self.redis.aclose()


class FallbackBuckets:
    """A shared store, with this process's own buckets while it is unreachable (retried every `retry_seconds`)."""

    def __init__(self, shared: Buckets, rate: float, capacity: float, retry_seconds: float = 5.0) -> None:
        self.shared = shared
        self.local = MemoryBuckets(rate, capacity)
        self.name = shared.name
        self.retry_seconds = retry_seconds
        self.down_until = 0.0
        self.failures = 0

    @property
    def degraded(self) -> bool:
        """True while limits are kept in this process because the shared store failed."""
        return time.monotonic() < self.down_until

    async def take(self, client: str) -> float:
        if not self.degraded:
            try:
                return await self.shared.take(client)
            except StoreUnavailable as exc:
                self.failures += 1
                self.down_until = time.monotonic() + self.retry_seconds
                logger.warning("rate limits: the shared %s store failed (%s); limiting in this process for %g s", self.name, exc, self.retry_seconds)
        return await self.local.take(client)

    async def aclose(self) -> None:
        await self.shared.aclose()
