"""Cost per request, what local serving saved, budgets shared by workers, and the metrics operators scrape."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, AsyncIterator

import httpx
import pytest

from privacy_gateway.web.app import create_app
from privacy_gateway.spend.budgets import Budget
from privacy_gateway.config.settings import BudgetSettings
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

# The fakes report usage: Anthropic 12 in / 8 out, Ollama 11 in / 7 out. Default price of the
# configured cloud model (claude-sonnet-4-20250514): $3 / $15 per million tokens.
CLOUD_COST = (12 * 3 + 8 * 15) / 1e6
LOCAL_SAVED = (11 * 3 + 7 * 15) / 1e6


async def test_costs_savings_and_metrics_for_a_mix_of_requests(gateway: GatewayFactory, tmp_path: Path) -> None:
    async with gateway() as client:
        cloud = await client.post("/v1/chat/completions", json=chat("Write to Maria Gonzalez"), headers=CLOUD)
        local = await client.post("/v1/chat/completions", json=chat("hello"))
        streamed = await client.post("/v1/chat/completions", json=chat("hello again", stream=True), headers=CLOUD)
        blocked = await client.post("/v1/chat/completions", json=chat("My SSN is 219-09-9999"), headers=CLOUD)
        refused = await client.post("/v1/chat/completions", content=b"{")
        text = (await client.get("/metrics")).text
    assert float(cloud.headers["x-privacy-cost"]) == pytest.approx(CLOUD_COST)
    assert float(local.headers["x-privacy-cost"]) == 0.0
    assert streamed.status_code == 200 and blocked.headers["x-privacy-tier"] == "local" and refused.status_code == 400

    records = [r for r in map(json.loads, (tmp_path / "audit.jsonl").read_text().splitlines()) if "event" not in r]
    assert [r["cost_usd"] for r in records[:2]] == [pytest.approx(CLOUD_COST), 0.0]
    assert records[1]["saved_usd"] == pytest.approx(LOCAL_SAVED) and records[0]["saved_usd"] is None
    assert records[2]["cost_usd"] == pytest.approx(CLOUD_COST)  # streamed: usage from the stream
    assert records[4]["cost_usd"] is None

    assert 'privacy_gateway_requests_total{decision="client_requested_cloud",ingress="openai",outcome="ok",status="200",tier="cloud"} 2' in text
    assert 'privacy_gateway_requests_total{decision="local_only_entities",ingress="openai",outcome="ok",status="200",tier="local"} 1' in text
    assert 'privacy_gateway_refusals_total{code="invalid_request"} 1' in text
    assert 'privacy_gateway_escalations_total{decision="client_requested_cloud"} 2' in text
    assert 'privacy_gateway_entities_detected_total{action="pseudonymize",entity_type="PERSON"} 1' in text
    assert 'privacy_gateway_entities_detected_total{action="local_only",entity_type="US_SSN"} 1' in text
    assert 'privacy_gateway_placeholders_total{result="restored"} 1' in text
    assert f'privacy_gateway_cost_usd_total{{model="claude-sonnet-4-20250514",tier="cloud"}} {2 * CLOUD_COST!r}' in text
    assert 'privacy_gateway_analysis_seconds_count 4' in text
    assert 'privacy_gateway_circuit_breaker_open{backend="cloud:anthropic"} 0' in text
    assert "Maria" not in text and "219-09" not in text


@contextlib.asynccontextmanager
async def worker(tmp_path: Path, name: str, fakes: FakeUpstreams, analyzer: Any, budgets: BudgetSettings, policy: Path) -> AsyncIterator[httpx.AsyncClient]:
    """One gateway worker: its own app and audit log; only the budget file is shared."""
    (tmp_path / name).mkdir()
    config = config_for_tests(tmp_path / name, budgets=budgets, policy_path=policy)
    app = create_app(config, transport=fakes.transport, analyzer=analyzer)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
            yield client


@pytest.mark.parametrize("over_budget", ["local", "refuse"])
async def test_budget_stops_escalation_across_two_workers(tmp_path: Path, fakes: FakeUpstreams, analyzer: Any, over_budget: str) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"version: 1\nentities:\n  PERSON: pseudonymize\nrouting: {{over_budget: {over_budget}}}\n")
    budgets = BudgetSettings(default=Budget(daily_usd=1.5 * CLOUD_COST), store=tmp_path / "budgets.sqlite")
    async with worker(tmp_path, "a", fakes, analyzer, budgets, policy) as a, worker(tmp_path, "b", fakes, analyzer, budgets, policy) as b:
        first = await a.post("/v1/chat/completions", json=chat("one"), headers=CLOUD)
        second = await b.post("/v1/chat/completions", json=chat("two"), headers=CLOUD)
        third = await a.post("/v1/chat/completions", json=chat("three"), headers=CLOUD)
    assert [first.headers["x-privacy-tier"], second.headers["x-privacy-tier"]] == ["cloud", "cloud"]
    assert len(fakes.cloud_requests) == 2
    if over_budget == "local":
        assert third.status_code == 200 and third.headers["x-privacy-tier"] == "local"
    else:
        assert third.status_code == 429 and third.json()["error"]["code"] == "budget_exceeded"
        assert "daily cloud budget" in third.json()["error"]["message"]


async def test_audit_report_sums_spend_by_client_and_model_and_savings(gateway: GatewayFactory, tmp_path: Path) -> None:
    from privacy_gateway.audit.cli import main as audit_main

    async with gateway() as client:
        for _ in range(2):
            await client.post("/v1/chat/completions", json=chat("hi"), headers=CLOUD)
        await client.post("/v1/chat/completions", json=chat("hello"))
    import contextlib as _contextlib
    import io

    out = io.StringIO()
    with _contextlib.redirect_stdout(out):
        assert audit_main(["report", "--path", str(tmp_path / "audit.jsonl"), "--json"]) == 0
    report = json.loads(out.getvalue())
    assert report["cost_usd"] == pytest.approx(2 * CLOUD_COST, abs=1e-6)
    assert report["cost_by_model"] == {"claude-sonnet-4-20250514": pytest.approx(2 * CLOUD_COST, abs=1e-6)}
    assert report["saved_usd"] == pytest.approx(LOCAL_SAVED, abs=1e-6)
    assert report["top_clients"][0]["cost_usd"] == pytest.approx(2 * CLOUD_COST, abs=1e-6)


async def test_an_unreadable_spend_store_is_a_503_to_retry_when_the_policy_refuses(tmp_path: Path, fakes: FakeUpstreams, analyzer: Any) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\nentities:\n  PERSON: pseudonymize\nrouting: {over_budget: refuse}\n")
    store = tmp_path / "budgets.sqlite"
    budgets = BudgetSettings(default=Budget(daily_usd=5), store=store)
    async with worker(tmp_path, "a", fakes, analyzer, budgets, policy) as a:
        store.unlink()
        store.mkdir()  # a folder where the file was: every read of the spend fails
        with contextlib.suppress(FileNotFoundError):
            (tmp_path / "budgets.sqlite-wal").unlink()
        answer = await a.post("/v1/chat/completions", json=chat("Write to Maria Gonzalez"), headers=CLOUD)
    assert answer.status_code == 503, answer.text
    assert answer.json()["error"]["code"] == "budget_unavailable" and "try again" in answer.json()["error"]["message"]
    assert fakes.cloud_requests == []
