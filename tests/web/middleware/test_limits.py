"""Size limits, rate limits and the analysis queue: 4xx/503 with clear messages, gateway stays healthy."""

from __future__ import annotations

import asyncio

import pytest

from privacy_gateway.config.settings import Limits
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.conftest import GatewayFactory, chat

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
