"""The official `anthropic` and `ollama` SDKs as clients of the gateway, pointed at it by base URL only.

Each runs against a gateway on 127.0.0.1 in front of recording fakes of both tiers: the answer the
SDK returns holds the original values, and the cloud saw none of them.
"""

from __future__ import annotations

import json
from typing import Any

import anthropic
import ollama
import pytest

from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams

NAME, EMAIL, PHONE = "Maria Gonzalez", "maria.gonzalez@example.com", "+1 415 555 0132"
PROMPT = f"Draft a welcome note for {NAME} ({EMAIL})."
TIERS = [pytest.param({"X-Privacy-Tier": "cloud"}, id="cloud"), pytest.param({}, id="local")]


def claude(url: str, headers: dict[str, str]) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=url, api_key="client-key", max_retries=0, default_headers=headers)


def assert_private(fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    """The cloud saw none of the values; without the cloud header it saw nothing at all."""
    seen = fakes.cloud_text()
    if headers:
        assert fakes.cloud_requests and fakes.local_requests == []
    else:
        assert fakes.cloud_requests == [] and NAME in json.dumps(fakes.local_requests)
    for value in (NAME, EMAIL, "555 0132"):
        assert value not in seen
    assert "client-key" not in json.dumps(fakes.headers)


# --- anthropic -------------------------------------------------------------------------------------

ANTHROPIC_TOOLS: Any = [{"name": "lookup_contact", "description": "Find a contact", "input_schema": {"type": "object", "properties": {"name": {"type": "string"}}}}]


@pytest.mark.parametrize("headers", TIERS)
def test_anthropic_sdk_non_streaming(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    with live_gateway() as url:
        raw = claude(url, headers).messages.with_raw_response.create(
            model="claude-sonnet-4-20250514", max_tokens=200, system=f"You write for {NAME}.", messages=[{"role": "user", "content": PROMPT}]
        )
    message = raw.parse()
    assert raw.headers["x-privacy-tier"] == ("cloud" if headers else "local")
    assert message.content[0].type == "text" and message.content[0].text == f"You said: {PROMPT}"
    assert message.stop_reason == "end_turn" and message.usage.output_tokens > 0
    assert_private(fakes, headers)


@pytest.mark.parametrize("headers", TIERS)
def test_anthropic_sdk_streaming(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    fakes.chunk_size = 3
    with live_gateway() as url:
        with claude(url, headers).messages.stream(model="claude-sonnet-4-20250514", max_tokens=200, messages=[{"role": "user", "content": PROMPT}]) as stream:
            text = "".join(stream.text_stream)
            final = stream.get_final_message()
    assert text == f"You said: {PROMPT}"
    assert final.stop_reason == "end_turn" and final.usage.input_tokens > 0 and final.usage.output_tokens > 0
    assert_private(fakes, headers)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("headers", TIERS)
def test_anthropic_sdk_tool_call_round_trip(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str], stream: bool) -> None:
    fakes.chunk_size = 3
    fakes.tool_calls = [FakeToolCall("lookup_contact", {"name": "<PERSON_1>" if headers else NAME})]
    question = {"role": "user", "content": f"Find {NAME}'s phone."}
    with live_gateway() as url:
        client = claude(url, headers)
        if stream:
            with client.messages.stream(model="claude-sonnet-4-20250514", max_tokens=200, tools=ANTHROPIC_TOOLS, messages=[question]) as events:
                first = events.get_final_message()
        else:
            first = client.messages.create(model="claude-sonnet-4-20250514", max_tokens=200, tools=ANTHROPIC_TOOLS, messages=[question])
        tool_use = next(b for b in first.content if b.type == "tool_use")
        assert first.stop_reason == "tool_use" and tool_use.input == {"name": NAME}
        fakes.tool_calls = []
        second = client.messages.create(
            model="claude-sonnet-4-20250514",
            max_tokens=200,
            tools=ANTHROPIC_TOOLS,
            messages=[
                question,
                {"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in first.content]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_use.id, "content": f"{NAME}: {PHONE}"}, {"type": "text", "text": "Thanks."}]},
            ],
        )
    assert second.stop_reason == "end_turn"
    assert_private(fakes, headers)


def test_anthropic_sdk_sees_gateway_errors_as_api_errors(live_gateway: Any) -> None:
    with live_gateway() as url:
        client = claude(url, {})
        with pytest.raises(anthropic.BadRequestError) as caught:
            client.messages.create(model="m", max_tokens=10, messages=[])
        models = client.models.list()
    assert caught.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]
    assert "at least one message" in str(caught.value)
    assert [m.id for m in models.data] == ["llama3.2", "claude-sonnet-4-20250514"]


# --- ollama ----------------------------------------------------------------------------------------

OLLAMA_TOOLS: Any = [{"type": "function", "function": {"name": "lookup_contact", "description": "Find a contact", "parameters": {"type": "object", "properties": {"name": {"type": "string"}}}}}]


@pytest.mark.parametrize("headers", TIERS)
def test_ollama_sdk_non_streaming(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    with live_gateway() as url:
        answer = ollama.Client(host=url, headers=headers).chat(model="llama3.2", messages=[{"role": "user", "content": PROMPT}], stream=False)
    assert answer.message.content == f"You said: {PROMPT}"
    assert answer.done and answer.done_reason == "stop" and (answer.eval_count or 0) > 0
    assert_private(fakes, headers)


@pytest.mark.parametrize("headers", TIERS)
def test_ollama_sdk_streaming(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    fakes.chunk_size = 3
    with live_gateway() as url:
        parts = list(ollama.Client(host=url, headers=headers).chat(model="llama3.2", messages=[{"role": "user", "content": PROMPT}], stream=True))
    assert "".join(p.message.content or "" for p in parts) == f"You said: {PROMPT}"
    assert parts[-1].done and not any(p.done for p in parts[:-1])
    assert_private(fakes, headers)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("headers", TIERS)
def test_ollama_sdk_tool_call_round_trip(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str], stream: bool) -> None:
    fakes.chunk_size = 3
    fakes.tool_calls = [FakeToolCall("lookup_contact", {"name": "<PERSON_1>" if headers else NAME})]
    question = {"role": "user", "content": f"Find {NAME}'s phone."}
    with live_gateway() as url:
        client = ollama.Client(host=url, headers=headers)
        if stream:
            parts = list(client.chat(model="llama3.2", messages=[question], tools=OLLAMA_TOOLS, stream=True))
            calls = [c for p in parts for c in p.message.tool_calls or []]
            content = "".join(p.message.content or "" for p in parts)
        else:
            first = client.chat(model="llama3.2", messages=[question], tools=OLLAMA_TOOLS, stream=False)
            calls, content = list(first.message.tool_calls or []), first.message.content or ""
        assert [(c.function.name, dict(c.function.arguments)) for c in calls] == [("lookup_contact", {"name": NAME})]
        fakes.tool_calls = []
        second = client.chat(
            model="llama3.2",
            tools=OLLAMA_TOOLS,
            stream=False,
            messages=[
                question,
                {"role": "assistant", "content": content, "tool_calls": [c.model_dump() for c in calls]},
                {"role": "tool", "tool_name": "lookup_contact", "content": f"{NAME}: {PHONE}"},
            ],
        )
    assert second.done
    assert_private(fakes, headers)


def test_ollama_sdk_sees_gateway_errors_and_lists_models(live_gateway: Any) -> None:
    with live_gateway() as url:
        client = ollama.Client(host=url)
        with pytest.raises(ollama.ResponseError) as caught:
            client.chat(model="llama3.2", messages=[{"role": "robot", "content": "hi"}])
        listed = client.list()
    assert caught.value.status_code == 400 and "messages[0].role" in caught.value.error
    assert [m.model for m in listed.models] == ["llama3.2", "claude-sonnet-4-20250514"]
