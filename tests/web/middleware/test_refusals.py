"""Requests middleware turns away (no key, rate limit, body too large) are audited and counted like any other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacy_gateway.config.clients import Client, key_hash, new_key
from privacy_gateway.config.settings import Limits
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import GatewayFactory, chat

pytestmark = pytest.mark.anyio

KEY = new_key()


def records(tmp_path: Path) -> list[dict]:
    lines = (tmp_path / "audit.jsonl").read_text().splitlines()
    return [entry for entry in map(json.loads, lines) if entry.get("event") is None]


async def test_rate_limited_requests_have_audit_records_and_count_in_metrics(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    async with gateway(limits=Limits(requests_per_minute=1, burst=2)) as client:
        answers = [await client.post("/v1/chat/completions", json=chat(f"hello {i}")) for i in range(5)]
        metrics = (await client.get("/metrics")).text
    assert [a.status_code for a in answers] == [200, 200, 429, 429, 429]
    logged = records(tmp_path)
    assert len(logged) == 5 and len(fakes.requests) == 2
    refused = [r for r in logged if r["status"] == 429]
    assert {r["request_id"] for r in refused} == {a.headers["x-request-id"] for a in answers[2:]}
    assert {(r["outcome"], r["decision"], r["error"], r["served_tier"], r["ingress"], r["policy"]) for r in refused} == {
        ("refused", "rate_limited", "rate_limited", "none", "openai", "default")
    }
    assert refused[0]["entities"] == {} and refused[0]["fingerprints"] == []  # the body was never read
    assert 'privacy_gateway_requests_total{decision="rate_limited",ingress="openai",outcome="refused",status="429",tier="none"} 3.0' in metrics
    assert 'privacy_gateway_refusals_total{code="rate_limited"} 3.0' in metrics


async def test_unauthenticated_requests_are_audited_on_api_routes_only(gateway: GatewayFactory, tmp_path: Path) -> None:
    async with gateway(clients=(Client("ci-bot", key_hash(KEY), "default"),)) as client:
        posted = await client.post("/v1/messages", json={"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]})
        listed = await client.get("/v1/models")
        served = await client.post("/api/chat", json={"model": "m", "stream": False, "messages": [{"role": "user", "content": "hi"}]}, headers={"Authorization": f"Bearer {KEY}"})
    assert (posted.status_code, listed.status_code, served.status_code) == (401, 401, 200)
    logged = records(tmp_path)
    assert [(r["ingress"], r["status"], r["client"], r["decision"]) for r in logged] == [
        ("anthropic", 401, "anonymous", "invalid_api_key"),
        ("ollama", 200, "ci-bot", "default_local"),
    ]


async def test_a_declared_body_over_the_cap_is_audited_as_refused(gateway: GatewayFactory, tmp_path: Path) -> None:
    async with gateway(limits=Limits(requests_per_minute=0, max_body_bytes=1000)) as client:
        response = await client.post("/v1/embeddings", json={"model": "m", "input": "z" * 2000})
    assert response.status_code == 413
    [record] = records(tmp_path)
    assert (record["ingress"], record["status"], record["error"], record["outcome"]) == ("openai_embeddings", 413, "request_too_large", "refused")
