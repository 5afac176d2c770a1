from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import anyio
import pytest

from privacy_gateway.spend.budgets import Budget, Budgets, BudgetStoreUnavailable, FileBudgetStore, period_keys
from privacy_gateway.spend.pricing import Price, PriceTable


def test_price_table_costs_and_savings() -> None:
    table = PriceTable({"claude": Price(3.0, 15.0)}, local=Price(0.1, 0.1), reference_model="claude")
    assert table.cost("cloud", "claude", 1_000_000, 100_000) == 3.0 + 1.5
    assert table.cost("cloud", "unknown", 10, 10) is None
    assert table.cost("local", "llama", 1_000_000, 0) == 0.1
    assert table.saved("local", 1_000_000, 100_000) == 4.5 - 0.11
    assert table.saved("cloud", 1, 1) is None


@pytest.mark.anyio
async def test_budget_stops_at_the_limit(tmp_path: Path) -> None:
    budgets = Budgets(FileBudgetStore(tmp_path / "b.sqlite"), {"ci": Budget(daily_usd=1.0)})
    assert await budgets.exhausted("ci") is None
    await budgets.charge("ci", 0.6)
    assert await budgets.exhausted("ci") is None
    await budgets.charge("ci", 0.6)
    spent = await budgets.exhausted("ci")
    assert spent is not None and "daily cloud budget of $1.00" in spent.reason and not spent.unknown
    assert await budgets.exhausted("someone-else") is None
    assert await budgets.used_ratio("ci") == 1.2


class _LockedStore:
    """A spend store whose file another process holds locked: every call waits, then fails."""

    def __init__(self, wait: float) -> None:
        self.wait = wait

    def spent(self, client: str, period: str) -> float:
        time.sleep(self.wait)
        raise BudgetStoreUnavailable("database is locked")

    def add(self, client: str, periods: tuple[str, ...], amount: float) -> None:
        time.sleep(self.wait)
        raise BudgetStoreUnavailable("database is locked")


@pytest.mark.anyio
async def test_a_slow_store_holds_up_its_request_not_the_event_loop() -> None:
    budgets = Budgets(_LockedStore(0.5), {}, Budget(daily_usd=1.0))
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await anyio.sleep(0.01)
            ticks += 1

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(tick)
        reason = await budgets.exhausted("ci")  # fails closed
        await budgets.charge("ci", 0.1)  # logged, not raised
        tasks.cancel_scope.cancel()
    assert reason is not None and "cannot be reached" in reason.reason and reason.unknown
    assert ticks > 5  # the loop kept running through a second of waiting (a blocked loop: none)


@pytest.mark.anyio
async def test_a_charge_is_made_even_when_its_request_is_cancelled(tmp_path: Path) -> None:
    budgets = Budgets(FileBudgetStore(tmp_path / "b.sqlite"), {"ci": Budget(daily_usd=1.0)})
    with anyio.CancelScope() as scope:
        scope.cancel()  # as a stream's client going away cancels the response's task
        await budgets.charge("ci", 0.4)
    assert await budgets.used_ratio("ci") == 0.4


def _charge_many(path: str, n: int) -> None:
    store = FileBudgetStore(Path(path))
    for _ in range(n):
        store.add("ci", period_keys(), 0.01)


def test_file_store_adds_up_across_processes(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite")
    FileBudgetStore(Path(path))
    workers = [multiprocessing.get_context("spawn").Process(target=_charge_many, args=(path, 50)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    day, month = period_keys()
    store = FileBudgetStore(Path(path))
    assert round(store.spent("ci", day), 6) == 1.0
    assert round(store.spent("ci", month), 6) == 1.0
