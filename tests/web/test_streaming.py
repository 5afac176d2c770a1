"""Streaming end to end: restored as it flows, errors explicit, failover before the first content."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"


def frames(text: str) -> list[Any]:
    out: list[Any] = []
    for block in text.split("\n\n"):
        if block.startswith("data: "):
            payload = block[6:]
            out.append(payload if payload == "[DONE]" else json.loads(payload))
    return out


def content(chunks: list[Any]) -> str:
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if isinstance(c, dict) and c.get("choices"))


@pytest.mark.parametrize("chunk_size", [1, 3, 7, 50])
async def test_stream_restores_placeholders_split_across_chunks(gateway: GatewayFactory, fakes: FakeUpstreams, chunk_size: int) -> None:
    fakes.chunk_size = chunk_size
    prompt = f"Greet {NAME} and confirm {EMAIL}."
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt, stream=True, stream_options={"include_usage": True}), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["x-privacy-tier"] == "cloud"
    chunks = frames(response.text)
    assert chunks[-1] == "[DONE]"
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert content(chunks) == f"You said: {prompt}"
    assert chunks[-2]["choices"] == [] and chunks[-2]["usage"]["total_tokens"] == 20
    assert chunks[-3]["choices"][0]["finish_reason"] == "stop"
    assert NAME not in fakes.cloud_text() and EMAIL not in fakes.cloud_text()
    assert fakes.cloud_requests[0]["stream"] is True


async def test_stream_restores_tool_call_argument_deltas(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.chunk_size = 5
    fakes.tool_calls = [FakeToolCall("send", {"to": "<EMAIL_ADDRESS_1>", "name": "<PERSON_1>"})]
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(f"Write to {NAME} at {EMAIL}", stream=True), headers=CLOUD)
    chunks = [c for c in frames(response.text) if isinstance(c, dict)]
    calls = [c["choices"][0]["delta"]["tool_calls"][0] for c in chunks if c["choices"] and "tool_calls" in c["choices"][0]["delta"]]
    assert calls[0]["id"] and calls[0]["function"]["name"] == "send"
    arguments = "".join(c["function"]["arguments"] for c in calls)
    assert json.loads(arguments) == {"to": EMAIL, "name": NAME}
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"


async def test_ollama_error_after_200_ends_with_an_error_frame(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.reply = lambda tier, body: "partial answer that goes on"
    fakes.chunk_size = 7  # the first line carries "partial"
    fakes.fail["local"] = "error_line"
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("hi", stream=True))
    chunks = frames(response.text)
    assert "[DONE]" not in chunks
    assert chunks[-1]["error"]["code"] == "upstream_stream_error"
    assert content(chunks[:-1]) == "partial"


async def test_anthropic_error_event_ends_with_an_error_frame(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    original = fakes._anthropic

    def overloaded(tier: str, body: dict[str, Any], request: httpx.Request) -> httpx.Response:
        original(tier, body, request)
        sse = (
            b'event: message_start\ndata: {"type":"message_start","message":{"id":"m","model":"c","content":[],"usage":{"input_tokens":3,"output_tokens":1}}}\n\n'
            b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}}\n\n'
            b'event: something_new\ndata: {"type":"something_new"}\n\n'
            b'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n'
        )
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=sse)

    fakes._anthropic = overloaded  # type: ignore[method-assign]
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("hi", stream=True), headers=CLOUD)
    chunks = frames(response.text)
    assert content(chunks[:-1]) == "Hel"
    assert chunks[-1]["error"]["code"] == "upstream_overloaded"
    assert "[DONE]" not in chunks


async def test_stream_fails_over_when_upstream_fails_before_content(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["local"] = 503
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(f"Summarise the note from {NAME}", stream=True))
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "cloud"
    assert content(frames(response.text)) == f"You said: Summarise the note from {NAME}"
    assert NAME not in fakes.cloud_text()


async def test_stream_failure_before_content_without_fallback_is_a_plain_error(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["local"] = "connect"
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("My SSN is 219-09-9999", stream=True))
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "local_only_unavailable"
    assert fakes.cloud_requests == []


def test_first_content_arrives_long_before_the_last_chunk(live_gateway: Any, fakes: FakeUpstreams) -> None:
    fakes.delay = 0.02
    fakes.chunk_size = 4
    prompt = f"Tell {NAME} the plan: " + "step by step, " * 10
    with live_gateway() as url, httpx.Client(base_url=url, timeout=30) as client:
        start = time.monotonic()
        first = None
        text = ""
        with client.stream("POST", "/v1/chat/completions", json=chat(prompt, stream=True), headers=CLOUD) as response:
            for line in response.iter_lines():
                if line.startswith("data: {") and '"content":"' in line and '"content":""' not in line:
                    first = first or time.monotonic() - start
                    text += json.loads(line[6:])["choices"][0]["delta"]["content"]
        total = time.monotonic() - start
    pieces = len(f"You said: {prompt}") // 4
    assert first is not None
    # The upstream needs pieces * 20 ms for the whole answer; the first piece must not wait for it.
    assert total >= pieces * 0.02 * 0.8
    assert first < total / 3
    assert text == f"You said: {prompt}"


def test_client_disconnect_cancels_the_upstream_stream(live_gateway: Any, fakes: FakeUpstreams) -> None:
    fakes.delay = 0.05
    fakes.chunk_size = 2
    with live_gateway() as url, httpx.Client(base_url=url, timeout=30) as client:
        with client.stream("POST", "/v1/chat/completions", json=chat("Tell me a long story " * 5, stream=True)) as response:
            for line in response.iter_lines():
                if '"content":"' in line and '"content":""' not in line:
                    break  # leave after the first piece of content
        deadline = time.monotonic() + 5
        while fakes.streams_abandoned == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
    assert fakes.streams_abandoned == 1


async def test_upstream_that_never_answers_times_out(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    from privacy_gateway.config.settings import BackendSettings, Timeouts

    fakes.fail["local"] = "hang"
    local = BackendSettings("ollama", "http://local.test", "llama3.2", timeouts=Timeouts(connect=1, first_byte=0.3, idle=0.3, total=5))
    async with gateway(local=local, cloud=None) as client:
        start = time.monotonic()
        response = await client.post("/v1/chat/completions", json=chat("hi"))
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "upstream_timeout"
    assert time.monotonic() - start < 3


async def test_stream_that_goes_silent_ends_with_an_error_frame(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    from privacy_gateway.config.settings import BackendSettings, Timeouts

    fakes.fail["local"] = "stall"
    local = BackendSettings("ollama", "http://local.test", "llama3.2", timeouts=Timeouts(connect=1, first_byte=5, idle=0.3, total=10))
    async with gateway(local=local) as client:
        response = await client.post("/v1/chat/completions", json=chat("hello there", stream=True))
    chunks = frames(response.text)
    assert response.status_code == 200
    assert chunks[-1]["error"]["code"] == "upstream_timeout"
    assert "[DONE]" not in chunks
