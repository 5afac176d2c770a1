"""Several backends per tier: fallbacks in order, model routing, a breaker each, and the privacy rules unchanged.

Every cloud backend of the list is a cloud backend: each gets only pseudonymized text, and data the
policy keeps local reaches none of them, whatever the client asks for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.config.settings import BackendSettings, ModelRoute
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

NAME, EMAIL, SSN = "Margaret Thornbury", "margaret.thornbury@example.org", "536-80-4398"
FIRST = BackendSettings("anthropic", "http://cloud.test", "claude-sonnet-4-20250514", api_key_env="PG_TEST_CLOUD_KEY", name="first", retries=0)
SECOND = BackendSettings("openai", "http://cloud2.test", "gpt-4o", api_key_env="PG_TEST_CLOUD_KEY", name="second", retries=0)
PROMPT = f"Write a short thank-you note to {NAME} ({EMAIL}) for organising the offsite."


def two_clouds(**changes: Any) -> dict[str, Any]:
    """Config changes for a cloud tier of FIRST then SECOND."""
    return {"cloud": FIRST, "more_cloud": (SECOND,), **changes}


def sent(fakes: FakeUpstreams, host: str) -> str:
    return json.dumps(fakes.requests_at(host))


def audit_records(tmp_path: Path) -> list[dict[str, Any]]:
    return [r for line in (tmp_path / "audit.jsonl").read_text().splitlines() if "event" not in (r := json.loads(line))]


@pytest.mark.parametrize("failure", [503, "connect"])
async def test_the_second_cloud_backend_serves_when_the_first_is_down(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path, failure: Any) -> None:
    fakes.fail["cloud.test"] = failure
    async with gateway(**two_clouds()) as client:
        response = await client.post("/v1/chat/completions", json=chat(PROMPT), headers=CLOUD)
        metrics = (await client.get("/metrics")).text

    assert response.status_code == 200
    assert (response.headers["x-privacy-tier"], response.headers["x-privacy-backend"]) == ("cloud", "cloud:second")
    assert NAME in response.json()["choices"][0]["message"]["content"]  # restored from the placeholder
    second = sent(fakes, "cloud2.test")
    assert "<PERSON_1>" in second and "<EMAIL_ADDRESS_1>" in second
    for host in ("cloud.test", "cloud2.test"):  # the failed call, if it got that far, was masked too
        assert NAME not in sent(fakes, host) and EMAIL not in sent(fakes, host)
    assert fakes.local_requests == []
    served = [r for r in audit_records(tmp_path) if r.get("served_tier")][-1]
    assert (served["backend"], served["fallbacks"]) == ("cloud:second", ["cloud:first"])
    calls = [r for line in (tmp_path / "audit.jsonl").read_text().splitlines() if (r := json.loads(line)).get("event") == "upstream_call"]
    assert [(c["backend"], c["fallbacks"]) for c in calls] == [("cloud:first", []), ("cloud:second", ["cloud:first"])]
    assert 'privacy_gateway_backend_requests_total{backend="cloud:second"} 1' in metrics
    assert 'privacy_gateway_backend_fallbacks_total{backend="cloud:first"} 1' in metrics


async def test_a_stream_falls_back_before_its_first_byte(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["cloud.test"] = 529
    async with gateway(**two_clouds()) as client:
        response = await client.post("/v1/chat/completions", json=chat(PROMPT, stream=True), headers=CLOUD)

    assert response.status_code == 200 and response.headers["x-privacy-backend"] == "cloud:second"
    text = "".join(
        json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
        for line in response.text.splitlines()
        if line.startswith("data: {") and json.loads(line[6:])["choices"]
    )
    assert NAME in text
    assert NAME not in sent(fakes, "cloud2.test") and "<PERSON_1>" in sent(fakes, "cloud2.test")


async def test_a_refusal_by_the_first_backend_is_not_retried_on_the_second(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    # A 400 is about the request, not the server: the next backend would refuse it too.
    fakes.fail["cloud.test"] = 400
    async with gateway(**two_clouds()) as client:
        response = await client.post("/v1/chat/completions", json=chat(PROMPT), headers=CLOUD)
    assert response.status_code >= 400
    assert fakes.requests_at("cloud2.test") == []


async def test_a_model_name_picks_its_backend(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    routes = (ModelRoute("fast", "cloud", "second", "gpt-4o-mini"), ModelRoute("gpt-4o", "cloud", "second", "gpt-4o"))
    async with gateway(**two_clouds(model_routes=routes)) as client:
        fast = await client.post("/v1/chat/completions", json={**chat(PROMPT), "model": "fast"})
        named = await client.post("/v1/chat/completions", json={**chat("What is the capital of France?"), "model": "gpt-4o"})
        plain = await client.post("/v1/chat/completions", json={**chat("What is the capital of France?"), "model": "whatever"}, headers=CLOUD)

    assert (fast.headers["x-privacy-tier"], fast.headers["x-privacy-decision"], fast.headers["x-privacy-backend"]) == ("cloud", "model_mapped_to_cloud", "cloud:second")
    assert named.headers["x-privacy-backend"] == "cloud:second"
    assert plain.headers["x-privacy-backend"] == "cloud:first"  # no route: the tier's order
    assert [b["model"] for b in fakes.requests_at("cloud2.test")] == ["gpt-4o-mini", "gpt-4o"]
    assert [b["model"] for b in fakes.requests_at("cloud.test")] == ["claude-sonnet-4-20250514"]
    assert NAME not in sent(fakes, "cloud2.test")
    # A PII-free prompt reaches the routed backend unchanged.
    assert fakes.requests_at("cloud2.test")[1]["messages"][-1]["content"] == "What is the capital of France?"


async def test_a_model_routed_to_a_local_backend_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    other = BackendSettings("ollama", "http://local2.test", "mistral", name="other", models=("mistral",))
    async with gateway(more_local=(other,), model_routes=(ModelRoute("mistral", "local", "other", "mistral"),)) as client:
        response = await client.post("/v1/chat/completions", json={**chat(PROMPT), "model": "mistral"})
    assert (response.headers["x-privacy-tier"], response.headers["x-privacy-backend"]) == ("local", "local:other")
    assert [b["model"] for b in fakes.requests_at("local2.test")] == ["mistral"]
    assert fakes.cloud_requests == []


async def test_local_only_data_stays_local_with_both_cloud_backends_up(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    routes = (ModelRoute("fast", "cloud", "second", "gpt-4o-mini"),)
    async with gateway(**two_clouds(model_routes=routes)) as client:
        asked = await client.post("/v1/chat/completions", json=chat(f"My SSN is {SSN}; is it valid?"), headers=CLOUD)
        routed = await client.post("/v1/chat/completions", json={**chat(f"My SSN is {SSN}; is it valid?"), "model": "fast"}, headers=CLOUD)
        streamed = await client.post("/v1/chat/completions", json={**chat(f"My SSN is {SSN}", stream=True), "model": "fast"})

    for response in (asked, routed, streamed):
        assert (response.status_code, response.headers["x-privacy-tier"]) == (200, "local")
        assert response.headers["x-privacy-backend"].startswith("local:")
    assert fakes.cloud_requests == [] and fakes.requests_at("cloud2.test") == []
    assert len(fakes.local_requests) == 3


async def test_each_backend_has_its_own_breaker(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    first = BackendSettings("anthropic", "http://cloud.test", "claude-sonnet-4-20250514", api_key_env="PG_TEST_CLOUD_KEY", name="first", retries=0, breaker_failures=1, breaker_reset_seconds=600)
    fakes.fail["cloud.test"] = 503
    async with gateway(**two_clouds(cloud=first)) as client:
        for _ in range(3):
            response = await client.post("/v1/chat/completions", json=chat(PROMPT), headers=CLOUD)
            assert response.headers["x-privacy-backend"] == "cloud:second"
        metrics = (await client.get("/metrics")).text
        ready = (await client.get("/readyz")).json()

    assert len(fakes.requests_at("cloud.test")) == 1  # opened after one failure, then skipped at once
    assert len(fakes.requests_at("cloud2.test")) == 3
    assert 'privacy_gateway_circuit_breaker_open{backend="cloud:first"} 1' in metrics
    assert 'privacy_gateway_circuit_breaker_open{backend="cloud:second"} 0' in metrics
    cloud = ready["backends"]["cloud"]
    assert cloud["reachable"] is True  # the tier can answer through its second backend
    assert cloud["backends"]["cloud:first"]["reachable"] is False and cloud["backends"]["cloud:second"]["reachable"] is True


async def test_the_whole_tier_down_fails_over_to_local_by_policy(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["cloud"] = 503  # both cloud hosts
    async with gateway(**two_clouds()) as client:
        response = await client.post("/v1/chat/completions", json=chat(PROMPT), headers=CLOUD)
    assert (response.status_code, response.headers["x-privacy-tier"], response.headers["x-privacy-decision"]) == (200, "local", "failover_to_local")
    assert len(fakes.requests_at("cloud.test")) == 1 and len(fakes.requests_at("cloud2.test")) == 1
    assert NAME not in json.dumps(fakes.cloud_requests)


async def test_embeddings_use_the_tier_backend_that_has_an_embeddings_api(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    # Anthropic has no embeddings API: the cloud tier's OpenAI backend embeds, the masked text.
    second = BackendSettings("openai", "http://cloud2.test", "gpt-4o", api_key_env="PG_TEST_CLOUD_KEY", name="second", embedding_model="text-embedding-3-large")
    async with gateway(**two_clouds(more_cloud=(second,))) as client:
        response = await client.post("/v1/embeddings", json={"model": "m", "input": [PROMPT]}, headers=CLOUD)
    assert (response.status_code, response.headers["x-privacy-backend"]) == (200, "cloud:second")
    assert [b["model"] for b in fakes.requests_at("cloud2.test")] == ["text-embedding-3-large"]
    assert NAME not in sent(fakes, "cloud2.test") and "<PERSON_1>" in sent(fakes, "cloud2.test")
    assert fakes.local_requests == []
