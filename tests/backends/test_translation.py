"""Each backend's request body and answer parsing follow its vendor's wire format."""

from __future__ import annotations

import json

import httpx
import pytest

from privacy_gateway.backends import make_backend
from privacy_gateway.core.chat import ChatRequest, Finish, ImagePart, Message, TextDelta, TextPart, ToolCall, ToolCallDelta, ToolSpec, Usage
from privacy_gateway.config.settings import BackendSettings
from privacy_gateway.core.errors import UpstreamError

pytestmark = pytest.mark.anyio

CONVERSATION = ChatRequest(
    messages=(
        Message("system", (TextPart("Be brief."),)),
        Message("user", (TextPart("Weather in Oslo?"),)),
        Message("assistant", (), (ToolCall("call_1", "weather", '{"city": "Oslo"}'),)),
        Message("tool", (TextPart("-3C, snow"),), tool_call_id="call_1"),
        Message("user", (TextPart("And tomorrow?"),)),
    ),
    max_tokens=200,
    temperature=0.2,
    stop=("END",),
    tools=(ToolSpec("weather", "Current weather", {"type": "object", "properties": {"city": {"type": "string"}}}),),
)


def backend(kind: str, handler: object = None) -> object:
    transport = httpx.MockTransport(handler) if handler else None  # type: ignore[arg-type]
    return make_backend(BackendSettings(kind, "http://up.test", "m", max_tokens=512), "cloud", transport)  # type: ignore[arg-type]


def test_anthropic_body_puts_system_on_top_and_alternates_roles() -> None:
    body = backend("anthropic").body(CONVERSATION, "claude", stream=False)  # type: ignore[attr-defined]
    assert body["system"] == "Be brief."
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    assert body["messages"][1]["content"] == [{"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Oslo"}}]
    assert body["messages"][2]["content"] == [
        {"type": "tool_result", "tool_use_id": "call_1", "content": "-3C, snow"},
        {"type": "text", "text": "And tomorrow?"},
    ]
    assert body["max_tokens"] == 200 and body["stop_sequences"] == ["END"]
    assert body["tools"][0]["input_schema"]["properties"]["city"] == {"type": "string"}


def test_anthropic_max_tokens_defaults_from_config() -> None:
    body = backend("anthropic").body(ChatRequest((Message("user", (TextPart("hi"),)),)), "claude", stream=True)  # type: ignore[attr-defined]
    assert body["max_tokens"] == 512 and body["stream"] is True


def test_ollama_body_uses_objects_for_arguments_and_options() -> None:
    body = backend("ollama").body(CONVERSATION, "llama3.2", stream=False)  # type: ignore[attr-defined]
    assert body["stream"] is False
    assert body["messages"][2]["tool_calls"] == [{"function": {"name": "weather", "arguments": {"city": "Oslo"}}}]
    assert body["messages"][3]["tool_name"] == "weather"
    assert body["options"] == {"temperature": 0.2, "num_predict": 200, "stop": ["END"]}


def test_ollama_images_are_base64() -> None:
    request = ChatRequest((Message("user", (TextPart("what is this"), ImagePart("data:image/png;base64,iVBORw0KGgo="))),))
    body = backend("ollama").body(request, "llava", stream=False)  # type: ignore[attr-defined]
    assert body["messages"][0]["images"] == ["iVBORw0KGgo="]


def test_openai_body_asks_for_usage_in_streams() -> None:
    body = backend("openai").body(CONVERSATION, "gpt", stream=True)  # type: ignore[attr-defined]
    assert body["stream_options"] == {"include_usage": True}
    assert body["messages"][2]["content"] is None and body["messages"][2]["tool_calls"][0]["function"]["arguments"] == '{"city": "Oslo"}'


async def test_anthropic_stream_translation_ignores_pings_and_unknown_events() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        events = [
            ("message_start", {"type": "message_start", "message": {"model": "claude-x", "usage": {"input_tokens": 9, "output_tokens": 1}}}),
            ("ping", {"type": "ping"}),
            ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
            ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}}),
            ("future_event", {"type": "future_event"}),
            ("content_block_start", {"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "tu1", "name": "f", "input": {}}}),
            ("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": '{"a":'}}),
            ("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": "1}"}}),
            ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 5}}),
            ("message_stop", {"type": "message_stop"}),
        ]
        body = "".join(f"event: {e}\ndata: {json.dumps(d)}\n\n" for e, d in events)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, text=body)

    events = [e async for e in backend("anthropic", handler).stream(CONVERSATION, "claude")]  # type: ignore[attr-defined]
    assert events == [
        TextDelta("Hi"),
        ToolCallDelta(0, "", "tu1", "f"),
        ToolCallDelta(0, '{"a":'),
        ToolCallDelta(0, "1}"),
        Finish("tool_calls", Usage(9, 5), "claude-x"),
    ]


async def test_ollama_stream_error_line_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text='{"message":{"content":"a"},"done":false}\n{"error":"out of memory"}\n')

    with pytest.raises(UpstreamError) as caught:
        [e async for e in backend("ollama", handler).stream(CONVERSATION, "llama")]  # type: ignore[attr-defined]
    assert caught.value.code == "upstream_stream_error"


@pytest.mark.parametrize(
    ("status", "code", "retryable"),
    [(401, "upstream_auth_failed", False), (400, "upstream_rejected", False), (429, "upstream_overloaded", True), (529, "upstream_overloaded", True), (500, "upstream_error", True)],
)
async def test_upstream_errors_are_mapped_without_leaking_credentials(status: int, code: str, retryable: bool) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"type": "error", "error": {"type": "x", "message": "Invalid key sk-secret-123" if status == 401 else "nope"}})

    with pytest.raises(UpstreamError) as caught:
        await backend("anthropic", handler).complete(CONVERSATION, "claude")  # type: ignore[attr-defined]
    assert caught.value.code == code and caught.value.retryable is retryable
    assert "sk-secret" not in caught.value.message


def test_openai_max_tokens_defaults_from_config() -> None:
    body = backend("openai").body(ChatRequest((Message("user", (TextPart("hi"),)),)), "m", stream=False)  # type: ignore[attr-defined]
    assert body["max_tokens"] == 512
