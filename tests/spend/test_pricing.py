"""Prices: the config's first, then genai-prices' bundled table; an unknown model is unpriced, never $0."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from privacy_gateway.backends import make_backend
from privacy_gateway.cli.main import main
from privacy_gateway.config.checks import price_findings
from privacy_gateway.config.settings import BackendSettings
from privacy_gateway.core.chat import ChatRequest, Finish, Message, TextPart
from privacy_gateway.spend.pricing import Price, PriceTable
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import CLOUD, GatewayFactory, chat


def test_the_catalogue_prices_known_models_and_the_config_overrides_it() -> None:
    table = PriceTable({"gpt-4o": Price(1.0, 1.0)}, reference_model="claude-sonnet-4-20250514")
    assert table.cost("cloud", "claude-sonnet-4-20250514", 1_000_000, 1_000_000) == pytest.approx(18.0)
    assert table.cost("cloud", "gpt-4o", 1_000_000, 0) == 1.0
    assert table.cost("cloud", "our-private-model", 10, 10) is None and not table.priced("our-private-model")
    assert table.saved("local", 1_000_000, 0) == pytest.approx(3.0)


def test_an_unpriced_cloud_model_is_warned_about(tmp_path: Path) -> None:
    config = config_for_tests(tmp_path, cloud=BackendSettings("openai", "http://cloud.test", "our-private-model", api_key_env="PG_TEST_CLOUD_KEY"))
    (finding,) = price_findings(config)
    assert finding.level == "warn" and "no price for cloud model our-private-model" in finding.detail and "not as $0" in finding.detail
    assert "pricing.models" in (finding.next_step or "")


@pytest.mark.anyio
async def test_spend_on_an_unpriced_model_is_reported_as_unpriced(gateway: GatewayFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async with gateway(cloud=BackendSettings("openai", "http://cloud.test", "our-private-model", api_key_env="PG_TEST_CLOUD_KEY")) as client:
        answer = await client.post("/v1/chat/completions", json=chat("Tell me a joke"), headers=CLOUD)
        metrics = (await client.get("/metrics")).text
    assert answer.status_code == 200 and answer.headers["x-privacy-cost"] == "unpriced"
    assert 'privacy_gateway_unpriced_requests_total{model="our-private-model"} 1' in metrics
    assert main(["audit", "report", "--path", str(tmp_path / "audit.jsonl")]) == 0
    assert "unpriced requests, not in the sum: our-private-model 1" in capsys.readouterr().out


def sse(*frames: dict[str, Any]) -> bytes:
    import json

    return b"".join(b"data: " + json.dumps(f).encode() + b"\n\n" for f in frames) + b"data: [DONE]\n\n"


@pytest.mark.anyio
async def test_llama_cpp_streams_count_tokens_from_its_timings() -> None:
    """llama.cpp builds that ignore stream_options.include_usage still send `timings` on the last chunk."""
    seen: list[Any] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        body = sse(
            {"choices": [{"index": 0, "delta": {"content": "Hi"}}], "model": "gemma-3-270m"},
            {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "model": "gemma-3-270m", "timings": {"prompt_n": 12, "predicted_n": 7, "prompt_ms": 3.5}},
        )
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    backend = make_backend(BackendSettings("openai", "http://127.0.0.1:8081", "gemma-3-270m"), "local", httpx.MockTransport(server))
    events = [e async for e in backend.stream(ChatRequest((Message("user", (TextPart("hi"),)),)), "gemma-3-270m")]
    (finish,) = [e for e in events if isinstance(e, Finish)]
    assert (finish.usage.input_tokens, finish.usage.output_tokens) == (12, 7)
    assert b'"stream_options": {"include_usage": true}' in seen[0] or b'"include_usage":true' in seen[0]
