"""Hostile input: whatever a client sends, the answer is a 4xx in its format or a 200 — never a 5xx."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import GatewayFactory

pytestmark = pytest.mark.anyio

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20)
roles = st.sampled_from(["system", "developer", "user", "assistant", "tool", "wizard", "", None])
parts = st.fixed_dictionaries({}, optional={"type": st.sampled_from(["text", "image_url", "audio", None, 3]), "text": scalars, "image_url": json_values})
messages = st.fixed_dictionaries(
    {},
    optional={
        "role": roles,
        "content": st.one_of(scalars, st.lists(st.one_of(parts, json_values), max_size=3)),
        "tool_calls": st.one_of(json_values, st.lists(st.fixed_dictionaries({}, optional={"id": scalars, "function": st.fixed_dictionaries({}, optional={"name": scalars, "arguments": st.one_of(scalars, json_values)})}), max_size=2)),
        "tool_call_id": scalars,
    },
)
bodies = st.fixed_dictionaries(
    {},
    optional={
        "model": scalars,
        "messages": st.one_of(json_values, st.lists(messages, max_size=4)),
        "stream": st.one_of(st.booleans(), scalars),
        "temperature": scalars,
        "max_tokens": scalars,
        "stop": st.one_of(scalars, st.lists(scalars, max_size=3)),
        "tools": st.one_of(json_values, st.lists(json_values, max_size=2)),
        "n": scalars,
        "stream_options": json_values,
    },
)


def error_message(path: str, body: Any) -> str:
    """The message of an error body in the shape of the API at `path`."""
    if path == "/v1/messages":
        return str(body["error"]["message"])
    if path == "/api/chat":
        return str(body["error"])
    return str(body["error"]["message"])


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/messages", "/api/chat"])
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.one_of(bodies, json_values, st.fixed_dictionaries({"max_tokens": scalars, "system": st.one_of(scalars, json_values)}, optional={"messages": st.lists(messages, max_size=3)})))
async def test_no_endpoint_answers_5xx(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, body: Any) -> None:
    async with gateway() as client:
        response = await client.post(path, content=json.dumps(body), headers={"content-type": "application/json"})
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert error_message(path, response.json())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=st.binary(max_size=200))
async def test_arbitrary_bytes_get_a_400(gateway: GatewayFactory, raw: bytes) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", content=raw, headers={"content-type": "application/json"})
    assert response.status_code < 500
