"""`/readyz`: ready only when some tier can answer and the audit log can be written; no file paths."""

from __future__ import annotations


import pytest

from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import GatewayFactory

pytestmark = pytest.mark.anyio


async def test_ready_shows_policy_names_and_versions_not_paths(gateway: GatewayFactory) -> None:
    async with gateway() as client:
        ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    policies = ready.json()["policies"]
    assert set(policies["default"]) == {"name", "version"}
    assert ".yaml" not in ready.text and "/policies" not in ready.text


async def test_not_ready_when_no_tier_can_answer_with_the_reason_per_tier(
    gateway: GatewayFactory, fakes: FakeUpstreams, monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes.fail = {"local": "connect"}
    monkeypatch.delenv("PG_TEST_CLOUD_KEY")  # the cloud tier has no key: it cannot answer either
    async with gateway() as client:
        ready = await client.get("/readyz")
    assert ready.status_code == 503
    body = ready.json()
    assert body["status"] == "not ready"
    assert body["backends"]["local"]["reachable"] is False and body["backends"]["cloud"]["reachable"] is False
    (reason,) = body["reasons"]
    assert reason == "no tier can answer: local: unreachable at http://local.test (ConnectError); cloud: no API key ($PG_TEST_CLOUD_KEY is not set)"


async def test_no_cloud_configured_and_local_down_is_not_ready(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail = {"local": "connect"}
    async with gateway(cloud=None, cloud_disabled_reason="ANTHROPIC_API_KEY is not set") as client:
        ready = await client.get("/readyz")
    assert ready.status_code == 503
    assert "cloud: ANTHROPIC_API_KEY is not set" in ready.json()["reasons"][0]


async def test_one_tier_down_is_still_ready(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail = {"local": "connect"}
    async with gateway() as client:
        ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["backends"]["local"]["reachable"] is False


async def test_an_open_circuit_breaker_counts_as_down(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail = {"local": 500, "cloud": 500}
    async with gateway() as client:
        for _ in range(10):
            await client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "hi"}]})
        fakes.fail = {"local": "connect"}
        ready = await client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["backends"]["cloud"]["detail"] == "circuit breaker open after repeated failures"
