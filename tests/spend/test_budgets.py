from __future__ import annotations

import multiprocessing
from pathlib import Path

from privacy_gateway.spend.budgets import Budget, Budgets, FileBudgetStore, period_keys
from privacy_gateway.spend.pricing import Price, PriceTable


def test_price_table_costs_and_savings() -> None:
    table = PriceTable({"claude": Price(3.0, 15.0)}, local=Price(0.1, 0.1), reference_model="claude")
    assert table.cost("cloud", "claude", 1_000_000, 100_000) == 3.0 + 1.5
    assert table.cost("cloud", "unknown", 10, 10) is None
    assert table.cost("local", "llama", 1_000_000, 0) == 0.1
    assert table.saved("local", 1_000_000, 100_000) == 4.5 - 0.11
    assert table.saved("cloud", 1, 1) is None


def test_budget_stops_at_the_limit(tmp_path: Path) -> None:
    budgets = Budgets(FileBudgetStore(tmp_path / "b.sqlite"), {"ci": Budget(daily_usd=1.0)})
    assert budgets.exhausted("ci") is None
    budgets.charge("ci", 0.6)
    assert budgets.exhausted("ci") is None
    budgets.charge("ci", 0.6)
    assert "daily cloud budget of $1.00" in (budgets.exhausted("ci") or "")
    assert budgets.exhausted("someone-else") is None
    assert budgets.used_ratio("ci") == 1.2


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
