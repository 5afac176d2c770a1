"""API keys: only hashes in config, 401 in the caller's format, the key never forwarded."""

from __future__ import annotations

import json

import pytest

from privacy_gateway.config.clients import Client, identify, key_hash, new_key
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import GatewayFactory, chat

pytestmark = pytest.mark.anyio

KEY = new_key()
CLIENTS = (Client("ci-bot", key_hash(KEY), "default"), Client("other", key_hash(new_key())))


def test_identify_matches_only_the_right_key() -> None:
    assert identify(KEY, CLIENTS) == CLIENTS[0]
    assert identify(KEY + "x", CLIENTS) is None
    assert identify("", CLIENTS) is None


@pytest.mark.parametrize(
    ("path", "body", "shape"),
    [
        ("/v1/chat/completions", chat("hi"), lambda b: b["error"]["code"] == "invalid_api_key"),
        ("/v1/messages", {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}, lambda b: b["type"] == "error" and b["error"]["type"] == "authentication_error"),
        ("/api/chat", {"model": "m", "messages": [{"role": "user", "content": "hi"}]}, lambda b: isinstance(b["error"], str)),
    ],
)
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"x-api-key": "wrong"}])
async def test_missing_or_wrong_key_is_a_401_in_the_callers_format(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, body: dict, shape: object, headers: dict) -> None:
    async with gateway(clients=CLIENTS) as client:
        response = await client.post(path, json=body, headers=headers)
    assert response.status_code == 401
    assert shape(response.json())  # type: ignore[operator]
    assert response.headers["x-request-id"]
    assert fakes.requests == []


@pytest.mark.parametrize("header", ["Authorization", "x-api-key"])
async def test_valid_key_is_accepted_recorded_and_not_forwarded(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: object, header: str) -> None:
    value = f"Bearer {KEY}" if header == "Authorization" else KEY
    async with gateway(clients=CLIENTS) as client:
        response = await client.post("/v1/chat/completions", json=chat("hi"), headers={header: value, "X-Privacy-Tier": "cloud"})
        health = await client.get("/healthz")
    assert response.status_code == 200 and health.status_code == 200
    assert KEY not in json.dumps(fakes.headers)
    record = json.loads((tmp_path / "audit.jsonl").read_text().splitlines()[0])  # type: ignore[operator]
    assert record["client"] == "ci-bot"
    assert KEY not in (tmp_path / "audit.jsonl").read_text()  # type: ignore[operator]
