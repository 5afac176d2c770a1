"""Cloud spend per client per day and month, shared by every worker (and host) of the gateway.

The default store is a SQLite file: each charge is one short transaction, so several uvicorn
workers on one host add up correctly. For several hosts, point `state.redis_url` at Redis. Only
client names, period keys and amounts are stored.

A store that cannot be read fails closed for the cloud: the client counts as over budget (its
escalations are served locally or refused, as the policy's `over_budget` says) until it answers.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Protocol

import anyio
import anyio.to_thread

logger = logging.getLogger("privacy_gateway")


class BudgetStoreUnavailable(Exception):
    """The spend store could not be read or written."""


@dataclass(frozen=True)
class Exhausted:
    """Why a client may not spend on the cloud now; `unknown` when its spend could not be read."""

    reason: str
    unknown: bool = False


def _guarded(what: str, call: Callable[[], Any]) -> Any:
    """Run a store call; its driver's errors become `BudgetStoreUnavailable` naming only the error type."""
    try:
        return call()
    except BudgetStoreUnavailable:
        raise
    except Exception as exc:  # sqlite3.Error, OSError, redis.RedisError: whatever the driver raises
        raise BudgetStoreUnavailable(f"{what}: {type(exc).__name__}") from exc


@dataclass(frozen=True)
class Budget:
    """A client's cloud spend limits in USD; None means no limit for that period."""

    daily_usd: float | None = None
    monthly_usd: float | None = None


def period_keys(now: datetime | None = None) -> tuple[str, str]:
    """The current day and month, in UTC, as store keys."""
    now = now or datetime.now(timezone.utc)
    return now.strftime("day:%Y-%m-%d"), now.strftime("month:%Y-%m")


class BudgetStore(Protocol):
    """Where spend is added up."""

    def spent(self, client: str, period: str) -> float: ...

    def add(self, client: str, periods: tuple[str, ...], amount: float) -> None: ...


class FileBudgetStore:
    """A SQLite file; safe for several processes on one host."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            from privacy_gateway.shared.sqlite import open_shared  # only a file store needs it; config loads Budget

            db = open_shared(
                self.path, 10, "CREATE TABLE IF NOT EXISTS spend (client TEXT NOT NULL, period TEXT NOT NULL, usd REAL NOT NULL, PRIMARY KEY (client, period))"
            )
            self._local.db = db
        return db

    def spent(self, client: str, period: str) -> float:
        return float(_guarded(str(self.path), lambda: self._spent(client, period)))

    def _spent(self, client: str, period: str) -> float:
        row = self._connect().execute("SELECT usd FROM spend WHERE client = ? AND period = ?", (client, period)).fetchone()
        return float(row[0]) if row else 0.0

    def add(self, client: str, periods: tuple[str, ...], amount: float) -> None:
        _guarded(str(self.path), lambda: self._add(client, periods, amount))

    def _add(self, client: str, periods: tuple[str, ...], amount: float) -> None:
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        try:
            for period in periods:
                db.execute(
                    "INSERT INTO spend (client, period, usd) VALUES (?, ?, ?) ON CONFLICT (client, period) DO UPDATE SET usd = usd + excluded.usd",
                    (client, period, amount),
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


class RedisBudgetStore:
    """Redis, for several gateway hosts; keys expire after their period."""

    def __init__(self, url: str, prefix: str = "privacy-gateway:budget:") -> None:
        import redis  # optional dependency, only when configured

        # Short timeouts: an unreachable Redis must cost a request a second at most, not a hang.
        self.redis = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)
        self.prefix = prefix

    def spent(self, client: str, period: str) -> float:
        value = _guarded("redis", lambda: self.redis.get(f"{self.prefix}{client}:{period}"))
        return float(value) if value else 0.0

    def add(self, client: str, periods: tuple[str, ...], amount: float) -> None:
        pipe = self.redis.pipeline()  # MULTI/EXEC: both periods or neither
        for period in periods:
            key = f"{self.prefix}{client}:{period}"
            pipe.incrbyfloat(key, amount)
            pipe.expire(key, 40 * 86400 if period.startswith("month:") else 2 * 86400)
        _guarded("redis", pipe.execute)


class Budgets:
    """Checks and charges clients' cloud budgets."""

    def __init__(self, store: BudgetStore, budgets: dict[str, Budget], default: Budget | None = None) -> None:
        self.store = store
        self.budgets = budgets
        self.default = default or Budget()

    def budget(self, client: str) -> Budget:
        """The client's budget (or the default one)."""
        return self.budgets.get(client, self.default)

    async def exhausted(self, client: str) -> Exhausted | None:
        """Why `client` may not escalate now (e.g. 'daily budget of $5.00 reached'), or None.

        The store is read on a worker thread: a locked SQLite file or a slow Redis holds up this
        request, never the event loop and every other request with it.
        """
        return await anyio.to_thread.run_sync(self._exhausted, client)

    def _exhausted(self, client: str) -> Exhausted | None:
        budget = self.budget(client)
        day, month = period_keys()
        try:
            if budget.daily_usd is not None and self.store.spent(client, day) >= budget.daily_usd:
                return Exhausted(f"the daily cloud budget of ${budget.daily_usd:.2f} for this client is used up")
            if budget.monthly_usd is not None and self.store.spent(client, month) >= budget.monthly_usd:
                return Exhausted(f"the monthly cloud budget of ${budget.monthly_usd:.2f} for this client is used up")
        except BudgetStoreUnavailable as exc:  # fail closed: unchecked spend never reaches the cloud
            logger.warning("budgets: the spend store cannot be read (%s); cloud requests of limited clients are held back", exc)
            return Exhausted("the cloud budget store cannot be reached, so this client's spend cannot be checked", unknown=True)
        return None

    async def charge(self, client: str, amount: float) -> None:
        """Add a request's cloud cost to the client's day and month (on a worker thread, as `exhausted`).

        Shielded: a charge is made after the answer, often as a stream's client goes away, and a
        cancelled charge would be spend the budget never saw.
        """
        if amount > 0:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(self._charge, client, amount)

    def _charge(self, client: str, amount: float) -> None:
        try:
            self.store.add(client, period_keys(), amount)
        except BudgetStoreUnavailable as exc:  # the answer is already served; say what was lost
            logger.error("budgets: a cloud charge of $%.6f could not be recorded (%s)", amount, exc)

    async def used_ratio(self, client: str) -> float | None:
        """The larger share of the daily or monthly budget spent, for the metrics."""
        return await anyio.to_thread.run_sync(self._used_ratio, client)

    def _used_ratio(self, client: str) -> float | None:
        budget = self.budget(client)
        day, month = period_keys()
        with contextlib.suppress(BudgetStoreUnavailable):
            return self._ratio(client, budget, day, month)
        return None

    def _ratio(self, client: str, budget: Budget, day: str, month: str) -> float | None:
        ratios = [self.store.spent(client, p) / limit for p, limit in ((day, budget.daily_usd), (month, budget.monthly_usd)) if limit]
        return max(ratios) if ratios else None
