"""`POST /v1/messages`: the Anthropic Messages API in and out, through the same privacy core."""

from __future__ import annotations

import json
from typing import Any

import pytest

from privacy_gateway.core.chat import ChatResult, Finish, ImagePart, TextDelta, TextPart, ToolCall, ToolCallDelta, ToolChoice, Usage
from privacy_gateway.core.errors import BadRequest, UpstreamError
from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams
from privacy_gateway.web.ingress import anthropic as api
from tests.helpers import CLOUD, GatewayFactory

NAME, EMAIL, PHONE = "Maria Gonzalez", "maria.gonzalez@example.com", "+1 415 555 0132"
TOOLS = [{"name": "lookup_contact", "description": "Find a contact", "input_schema": {"type": "object", "properties": {"name": {"type": "string"}}}}]


def body(*messages: Any, **extra: Any) -> dict[str, Any]:
    out = [{"role": "user", "content": m} if isinstance(m, str) else m for m in messages]
    return {"model": "claude-sonnet-4-20250514", "max_tokens": 300, "messages": out, **extra}


def events(text: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for frame in text.strip().split("\n\n"):
        name, data = frame.split("\n", 1)
        assert name.startswith("event: ") and data.startswith("data: ")
        payload = json.loads(data[6:])
        assert payload["type"] == name[7:]
        out.append((name[7:], payload))
    return out


# --- translation --------------------------------------------------------------------------------


def test_system_blocks_tool_results_and_images_become_neutral_messages() -> None:
    chat = api.parse_request(
        body(
            "Find Maria.",
            {"role": "assistant", "content": [{"type": "text", "text": "Looking."}, {"type": "tool_use", "id": "toolu_1", "name": "lookup_contact", "input": {"name": "Maria"}}]},
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "found"}]},
                    {"type": "text", "text": "Thanks, and this?"},
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
                ],
            },
            system=[{"type": "text", "text": "Be brief."}, {"type": "text", "text": " Be kind.", "cache_control": {"type": "ephemeral"}}],
            stop_sequences=["END"],
            temperature=0.3,
            tools=TOOLS,
            tool_choice={"type": "any"},
            stream=True,
        )
    )
    assert [m.role for m in chat.messages] == ["system", "user", "assistant", "tool", "user"]
    assert chat.messages[0].text == "Be brief. Be kind."
    assert chat.messages[2].tool_calls == (ToolCall("toolu_1", "lookup_contact", '{"name": "Maria"}'),)
    assert chat.messages[3].tool_call_id == "toolu_1" and chat.messages[3].text == "found"
    assert chat.messages[4].parts == (TextPart("Thanks, and this?"), ImagePart("data:image/png;base64,iVBORw0KGgo=", "image/png"))
    assert (chat.max_tokens, chat.stop, chat.temperature, chat.stream) == (300, ("END",), 0.3, True)
    assert chat.tools[0].parameters["properties"]["name"] == {"type": "string"}
    assert chat.tool_choice == ToolChoice("required")


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        pytest.param({"max_tokens": None}, "'max_tokens' is required", id="no-max-tokens"),
        pytest.param({"messages": []}, "at least one message", id="no-messages"),
        pytest.param({"messages": [{"role": "system", "content": "x"}]}, "messages[0].role must be 'user' or 'assistant'", id="system-role"),
        pytest.param({"messages": [{"role": "user", "content": [{"type": "document"}]}]}, "'document' is not supported", id="document"),
        pytest.param({"thinking": {"type": "enabled", "budget_tokens": 1024}}, "'thinking' is not supported", id="thinking"),
        pytest.param({"tools": [{"type": "web_search_20250305", "name": "web_search"}]}, "server tool", id="server-tool"),
        pytest.param({"temperature": 1.5}, "'temperature' must be a number from 0 to 1", id="temperature"),
        pytest.param({"stop_sequences": "END"}, "'stop_sequences' must be an array", id="stop"),
    ],
)
def test_malformed_or_unsupported_requests_name_the_field(change: dict[str, Any], fragment: str) -> None:
    raw = {**body("hi"), **change}
    raw = {k: v for k, v in raw.items() if v is not None}
    with pytest.raises(BadRequest) as caught:
        api.parse_request(raw)
    assert fragment in caught.value.message


@pytest.mark.parametrize(("reason", "stop_reason"), [("stop", "end_turn"), ("length", "max_tokens"), ("tool_calls", "tool_use"), ("content_filter", "refusal")])
def test_stop_reasons_are_mapped(reason: Any, stop_reason: str) -> None:
    rendered = api.render_result(ChatResult("ok", finish_reason=reason, usage=Usage(5, 2)), request_id="r1", model="m")
    assert rendered["stop_reason"] == stop_reason
    assert rendered["usage"] == {"input_tokens": 5, "output_tokens": 2}
    assert rendered["id"] == "msg_r1" and rendered["type"] == "message" and rendered["content"] == [{"type": "text", "text": "ok"}]


@pytest.mark.anyio
async def test_stream_sends_text_block_then_tool_blocks_even_when_text_arrives_late() -> None:
    async def upstream() -> Any:
        yield TextDelta("Hel")
        yield ToolCallDelta(0, '{"na', "call_0", "lookup_contact")
        yield TextDelta("lo")  # a restorer's held-back tail is released only at the end
        yield ToolCallDelta(0, 'me": "x"}')
        yield Finish("tool_calls", Usage(3, 4))

    out = b"".join([chunk async for chunk in api.render_stream(upstream(), request_id="r", model="m")]).decode()
    seq = [(name, data.get("index")) for name, data in events(out)]
    assert seq == [
        ("message_start", None),
        ("content_block_start", 0), ("content_block_delta", 0), ("content_block_delta", 0), ("content_block_stop", 0),
        ("content_block_start", 1), ("content_block_delta", 1), ("content_block_stop", 1),
        ("message_delta", None), ("message_stop", None),
    ]  # fmt: skip
    parsed = events(out)
    assert json.loads(parsed[6][1]["delta"]["partial_json"]) == {"name": "x"}
    assert parsed[8][1]["delta"]["stop_reason"] == "tool_use" and parsed[8][1]["usage"] == {"input_tokens": 3, "output_tokens": 4}


# --- through the app ------------------------------------------------------------------------------

@pytest.mark.anyio
async def test_cloud_sees_placeholders_and_top_level_system_client_gets_values(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    prompt = f"Draft a welcome note for {NAME} ({EMAIL})."
    async with gateway() as client:
        response = await client.post("/v1/messages", json=body(prompt, system=f"You write for {NAME}'s team.", stop_sequences=["END"], temperature=0.2), headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "cloud"
    message = response.json()
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["content"] == [{"type": "text", "text": f"You said: {prompt}"}]
    assert message["stop_reason"] == "end_turn" and message["usage"] == {"input_tokens": 12, "output_tokens": 8}
    sent = fakes.cloud_requests[0]
    assert sent["system"] == "You write for <PERSON_1>'s team."
    assert (sent["max_tokens"], sent["stop_sequences"], sent["temperature"]) == (300, ["END"], 0.2)
    assert NAME not in fakes.cloud_text() and EMAIL not in fakes.cloud_text()


@pytest.mark.anyio
async def test_local_tier_serves_the_messages_api_by_default(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway() as client:
        response = await client.post("/v1/messages", json=body(f"Hello, I am {NAME}.", system="Be brief."))
    assert response.status_code == 200 and response.headers["x-privacy-tier"] == "local"
    assert response.json()["content"][0]["text"] == f"You said: Hello, I am {NAME}."
    assert fakes.cloud_requests == []
    local = fakes.local_requests[0]
    assert local["messages"][0] == {"role": "system", "content": "Be brief."}
    assert local["options"]["num_predict"] == 300


@pytest.mark.anyio
@pytest.mark.parametrize("chunk_size", [1, 5, 50])
async def test_stream_is_the_full_event_sequence_with_values_restored(gateway: GatewayFactory, fakes: FakeUpstreams, chunk_size: int) -> None:
    fakes.chunk_size = chunk_size
    prompt = f"Greet {NAME} and confirm {EMAIL}."
    async with gateway() as client:
        response = await client.post("/v1/messages", json=body(prompt, stream=True), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    parsed = events(response.text)
    names = [n for n, _ in parsed]
    assert names[:2] == ["message_start", "content_block_start"] and names[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(names[2:-3]) == {"content_block_delta"}
    assert parsed[0][1]["message"]["model"] == "claude-sonnet-4-20250514"
    text = "".join(d["delta"]["text"] for n, d in parsed if n == "content_block_delta")
    assert text == f"You said: {prompt}"
    assert parsed[-2][1]["delta"]["stop_reason"] == "end_turn" and parsed[-2][1]["usage"]["output_tokens"] == 8
    assert NAME not in fakes.cloud_text() and EMAIL not in fakes.cloud_text()


@pytest.mark.anyio
@pytest.mark.parametrize("stream", [False, True])
async def test_tool_call_and_result_round_trip_pseudonymized(gateway: GatewayFactory, fakes: FakeUpstreams, stream: bool) -> None:
    fakes.chunk_size = 3
    fakes.tool_calls = [FakeToolCall("lookup_contact", {"name": "<PERSON_1>"})]
    async with gateway() as client:
        first = await client.post("/v1/messages", json=body(f"Find {NAME}'s phone.", tools=TOOLS, stream=stream), headers=CLOUD)
        if stream:
            parsed = events(first.text)
            start = next(d for n, d in parsed if n == "content_block_start" and d["content_block"]["type"] == "tool_use")
            partial = "".join(d["delta"]["partial_json"] for n, d in parsed if n == "content_block_delta" and d["index"] == start["index"])
            tool_use = {**start["content_block"], "input": json.loads(partial)}
            assert parsed[-2][1]["delta"]["stop_reason"] == "tool_use"
        else:
            tool_use = first.json()["content"][-1]
            assert first.json()["stop_reason"] == "tool_use"
        assert tool_use["name"] == "lookup_contact" and tool_use["input"] == {"name": NAME}
        fakes.tool_calls = []
        second = await client.post(
            "/v1/messages",
            json=body(
                f"Find {NAME}'s phone.",
                {"role": "assistant", "content": [tool_use]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_use["id"], "content": f"{NAME}: {PHONE}"}]},
                tools=TOOLS,
            ),
            headers=CLOUD,
        )
    assert second.status_code == 200, second.text
    sent = fakes.cloud_requests[1]["messages"]
    assert sent[1]["content"][0] == {"type": "tool_use", "id": tool_use["id"], "name": "lookup_contact", "input": {"name": "<PERSON_1>"}}
    assert sent[2]["content"][0]["tool_use_id"] == tool_use["id"] and "<PERSON_1>" in sent[2]["content"][0]["content"]
    seen = fakes.cloud_text()
    assert NAME not in seen and "555 0132" not in seen


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("raw", "headers", "status", "kind", "fragment"),
    [
        pytest.param(b'{"messages": [', {}, 400, "invalid_request_error", "not valid JSON", id="bad-json"),
        pytest.param(json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode(), {}, 400, "invalid_request_error", "max_tokens", id="no-max-tokens"),
        pytest.param(json.dumps(body("hi")).encode(), {"X-Privacy-Tier": "moon"}, 400, "invalid_request_error", "X-Privacy-Tier", id="bad-tier"),
    ],
)
async def test_errors_use_anthropics_shape(gateway: GatewayFactory, raw: bytes, headers: dict[str, str], status: int, kind: str, fragment: str) -> None:
    async with gateway() as client:
        response = await client.post("/v1/messages", content=raw, headers={"content-type": "application/json", **headers})
    assert response.status_code == status
    error = response.json()
    assert error["type"] == "error" and error["error"]["type"] == kind and fragment in error["error"]["message"]


@pytest.mark.anyio
async def test_cloud_not_configured_is_an_anthropic_api_error(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway(cloud=None, cloud_disabled_reason="no cloud here") as client:
        response = await client.post("/v1/messages", json=body("hi"), headers=CLOUD)
    assert response.status_code == 503
    assert response.json() == {"type": "error", "error": {"type": "api_error", "message": "the cloud tier was asked for, but no cloud here; send the request without X-Privacy-Tier: cloud (or a cloud model name) to have it served locally"}}


@pytest.mark.anyio
async def test_upstream_failure_after_the_200_ends_with_an_error_event(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["local"] = "error_line"
    async with gateway() as client:
        response = await client.post("/v1/messages", json=body("hi", stream=True))
    parsed = events(response.text)
    assert [n for n, _ in parsed][-1] == "error" and "message_stop" not in [n for n, _ in parsed]
    assert parsed[-1][1]["error"]["type"] == "api_error" and "mid-stream" in parsed[-1][1]["error"]["message"]


def test_tool_arguments_that_are_not_an_object_are_an_upstream_error() -> None:
    with pytest.raises(UpstreamError):
        api.render_result(ChatResult("", (ToolCall("c", "f", "not json"),), "tool_calls"), request_id="r", model="m")
