"""The official `openai` SDK as a client of the gateway, pointed at it by base URL only."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest

from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams

NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"


def sdk(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="client-key", max_retries=0, default_headers={"X-Privacy-Tier": "cloud"})


def test_sdk_non_streaming_answer_has_the_original_values(live_gateway: Any, fakes: FakeUpstreams) -> None:
    prompt = f"Draft a welcome note for {NAME} ({EMAIL})."
    with live_gateway() as url:
        raw = sdk(url).chat.completions.with_raw_response.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    completion = raw.parse()
    assert raw.headers["x-privacy-tier"] == "cloud"
    assert completion.choices[0].message.content == f"You said: {prompt}"
    assert completion.usage is not None and completion.usage.total_tokens == 20
    assert NAME not in fakes.cloud_text() and EMAIL not in fakes.cloud_text()
    assert "client-key" not in json.dumps(fakes.headers)


def test_sdk_streaming_answer_has_the_original_values(live_gateway: Any, fakes: FakeUpstreams) -> None:
    fakes.chunk_size = 3
    prompt = f"Say hello to {NAME}."
    with live_gateway() as url:
        stream = sdk(url).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}], stream=True, stream_options={"include_usage": True})
        pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    assert "".join(pieces) == f"You said: {prompt}"
    assert NAME not in fakes.cloud_text()


def test_sdk_tool_call_round_trip(live_gateway: Any, fakes: FakeUpstreams) -> None:
    fakes.tool_calls = [FakeToolCall("lookup_contact", {"name": "<PERSON_1>"})]
    tools = [{"type": "function", "function": {"name": "lookup_contact", "parameters": {"type": "object", "properties": {"name": {"type": "string"}}}}}]
    with live_gateway() as url:
        client = sdk(url)
        first = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"Find {NAME}'s phone."}], tools=tools)
        call = first.choices[0].message.tool_calls[0]
        assert json.loads(call.function.arguments) == {"name": NAME}
        second = client.chat.completions.create(
            model="gpt-4o",
            tools=tools,
            messages=[
                {"role": "user", "content": f"Find {NAME}'s phone."},
                first.choices[0].message.model_dump(exclude_none=True),
                {"role": "tool", "tool_call_id": call.id, "content": f"{NAME}: +1 415 555 0132"},
            ],
        )
    assert second.choices[0].finish_reason == "tool_calls"
    seen = fakes.cloud_text()
    assert NAME not in seen and "555 0132" not in seen


def test_sdk_sees_gateway_errors_as_api_errors(live_gateway: Any, fakes: FakeUpstreams) -> None:
    with live_gateway() as url:
        with pytest.raises(openai.BadRequestError) as caught:
            sdk(url).chat.completions.create(model="gpt-4o", messages=[])
    assert "at least one message" in str(caught.value)
