"""Size limits, rate limits and the analysis queue: 4xx/503 with clear messages, gateway stays healthy."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any, AsyncIterator

import httpx
import pytest

from privacy_gateway.config.settings import BudgetSettings, Limits, SharedState
from privacy_gateway.spend.budgets import Budget
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.web.app import create_app
from privacy_gateway.testing.instances import free_port
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio


async def test_rate_limit_answers_429_with_retry_after(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway(limits=Limits(requests_per_minute=60, burst=2)) as client:
        statuses = [(await client.post("/v1/chat/completions", json=chat("hi"))).status_code for _ in range(2)]
        limited = await client.post("/v1/chat/completions", json=chat("hi"))
    assert statuses == [200, 200]
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.json()["error"]["type"] == "rate_limit_error"
    assert len(fakes.requests) == 2


@contextlib.asynccontextmanager
async def worker(tmp_path: Path, name: str, fakes: FakeUpstreams, analyzer: Any, **changes: Any) -> AsyncIterator[httpx.AsyncClient]:
    """One gateway worker with its own app and audit log; only what `state` names is shared."""
    (tmp_path / name).mkdir()
    app = create_app(config_for_tests(tmp_path / name, **changes), transport=fakes.transport, analyzer=analyzer)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
            yield client


async def test_a_shared_store_holds_the_limit_across_workers(tmp_path: Path, fakes: FakeUpstreams, analyzer: Any) -> None:
    shared = {"limits": Limits(requests_per_minute=1, burst=3), "state": SharedState(store=tmp_path / "state.sqlite")}
    async with worker(tmp_path, "a", fakes, analyzer, **shared) as a, worker(tmp_path, "b", fakes, analyzer, **shared) as b:
        responses = [await (a, b)[i % 2].post("/v1/chat/completions", json=chat("hi")) for i in range(8)]
    assert [r.status_code for r in responses] == [200] * 3 + [429] * 5
    assert {r.headers["retry-after"] for r in responses[3:]} == {"60"}
    assert len(fakes.requests) == 3


async def test_unreachable_redis_keeps_limiting_and_holds_cloud_spend_back(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    down = SharedState(redis_url=f"redis://127.0.0.1:{free_port()}/0")
    budgets = BudgetSettings(default=Budget(daily_usd=5))
    async with gateway(state=down, budgets=budgets, limits=Limits(requests_per_minute=1, burst=2)) as client:
        escalated = await client.post("/v1/chat/completions", json=chat("Write to Maria Gonzalez"), headers=CLOUD)
        second = await client.post("/v1/chat/completions", json=chat("hi"))
        limited = await client.post("/v1/chat/completions", json=chat("hi"))
        ready = await client.get("/readyz")
    # Budgets fail closed: spend that cannot be checked never reaches the cloud.
    assert escalated.status_code == 200 and escalated.headers["x-privacy-tier"] == "local"
    assert escalated.headers["x-privacy-decision"] == "cloud_budget_unknown"
    assert fakes.cloud_requests == []
    # Rate limits degrade to this process's own buckets rather than fail every request.
    assert (second.status_code, limited.status_code) == (200, 429)
    assert ready.json()["rate_limits"] == {"store": "redis", "degraded": True}


@pytest.mark.parametrize(
    ("limits", "body", "fragment"),
    [
        pytest.param(Limits(max_messages=3), chat(*["hi"] * 4), "4 messages", id="messages"),
        pytest.param(Limits(max_text_chars=100), chat("x" * 101), "characters of text; this gateway accepts at most 100", id="text"),
        pytest.param(Limits(max_body_bytes=1000), chat("y" * 2000), "larger than 1000 bytes", id="body"),
    ],
)
async def test_size_limits_are_413s(gateway: GatewayFactory, fakes: FakeUpstreams, limits: Limits, body: dict, fragment: str) -> None:
    async with gateway(limits=limits) as client:
        response = await client.post("/v1/chat/completions", json=body)
    assert response.status_code == 413
    assert fragment in response.json()["error"]["message"]
    assert fakes.requests == []


async def test_twenty_megabyte_body_without_length_is_refused_while_reading(gateway: GatewayFactory) -> None:
    async def body():  # chunked: no Content-Length to refuse early
        for _ in range(20):
            yield b"x" * (1024 * 1024)

    async with gateway() as client:
        response = await client.post("/v1/chat/completions", content=body(), headers={"content-type": "application/json"})
        health = await client.get("/healthz")
    assert response.status_code == 413
    assert health.status_code == 200


async def test_busy_analyzer_answers_503_instead_of_queueing_forever(gateway: GatewayFactory, analyzer: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    real = analyzer.analyze  # type: ignore[attr-defined]

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(analyzer, "analyze", slow)
    async with gateway(limits=Limits(max_concurrent_analyses=1, analysis_queue_seconds=0.2)) as client:
        first, second = await asyncio.gather(
            client.post("/v1/chat/completions", json=chat("one")),
            client.post("/v1/chat/completions", json=chat("two")),
        )
    assert sorted([first.status_code, second.status_code]) == [200, 503]
    busy = first if first.status_code == 503 else second
    assert busy.json()["error"]["code"] == "analyzer_busy"
