"""`POST /api/chat` and `GET /api/tags`: Ollama's native API in and out, through the same privacy core."""

from __future__ import annotations

import json
from typing import Any

import pytest

from privacy_gateway.core.chat import ImagePart, ResponseFormat, TextPart
from privacy_gateway.core.errors import BadRequest
from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams
from privacy_gateway.web.ingress import ollama as api
from tests.helpers import CLOUD, GatewayFactory

NAME, EMAIL, PHONE = "Maria Gonzalez", "maria.gonzalez@example.com", "+1 415 555 0132"
TOOLS = [{"type": "function", "function": {"name": "lookup_contact", "description": "Find a contact", "parameters": {"type": "object", "properties": {"name": {"type": "string"}}}}}]


def body(*messages: Any, **extra: Any) -> dict[str, Any]:
    out = [{"role": "user", "content": m} if isinstance(m, str) else m for m in messages]
    return {"model": "llama3.2", "messages": out, **extra}


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# --- translation --------------------------------------------------------------------------------


def test_options_images_and_tool_history_become_neutral_messages() -> None:
    chat = api.parse_request(
        body(
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "What is this?", "images": ["iVBORw0KGgoAAAA", "/9j/4AAQ"]},
            {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "a", "arguments": {"x": 1}}}, {"function": {"name": "b", "arguments": {}}}]},
            {"role": "tool", "content": "B done", "tool_name": "b"},
            {"role": "tool", "content": "A done"},
            options={"temperature": 0.4, "top_p": 0.9, "num_predict": 64, "stop": ["END"], "seed": 7, "num_ctx": 4096},
            format="json",
            tools=TOOLS,
        )
    )
    assert chat.stream is True  # Ollama streams unless told not to
    assert (chat.temperature, chat.top_p, chat.max_tokens, chat.stop) == (0.4, 0.9, 64, ("END",))
    assert chat.response_format == ResponseFormat("json_object")
    assert chat.messages[1].parts == (
        TextPart("What is this?"),
        ImagePart("data:image/png;base64,iVBORw0KGgoAAAA", "image/png"),
        ImagePart("data:image/jpeg;base64,/9j/4AAQ", "image/jpeg"),
    )
    a, b = chat.messages[2].tool_calls
    assert a.arguments == '{"x": 1}' and a.id != b.id
    # Tool results are linked to the call they answer: by tool name, else the first call unanswered.
    assert (chat.messages[3].tool_call_id, chat.messages[3].name) == (b.id, "b")
    assert (chat.messages[4].tool_call_id, chat.messages[4].name) == (a.id, "a")
    assert chat.tools[0].name == "lookup_contact"


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        pytest.param({"messages": []}, "at least one message", id="no-messages"),
        pytest.param({"messages": [{"role": "robot", "content": "x"}]}, "messages[0].role must be one of", id="role"),
        pytest.param({"options": {"temperature": "hot"}}, "'options.temperature' must be a number", id="temperature"),
        pytest.param({"options": {"num_predict": 0}}, "'options.num_predict' must be a positive whole number", id="num-predict"),
        pytest.param({"stream": "yes"}, "'stream' must be true or false", id="stream"),
        pytest.param({"think": True}, "'think' is not supported", id="think"),
        pytest.param({"format": "yaml"}, "'format' must be", id="format"),
        pytest.param({"messages": [{"role": "user", "content": "x", "tool_calls": [{"function": {"name": "f"}}]}]}, "only assistant messages carry tool_calls", id="user-tool-calls"),
        # Found by the canary property test: with no content the cloud got an assistant-first conversation (502).
        pytest.param({"messages": [{"role": "user", "text": "hi"}]}, "messages[0].content is required", id="no-content"),
    ],
)
def test_malformed_or_unsupported_requests_name_the_field(change: dict[str, Any], fragment: str) -> None:
    with pytest.raises(BadRequest) as caught:
        api.parse_request({**body("hi"), **change})
    assert fragment in caught.value.message


def test_unlimited_num_predict_means_no_limit() -> None:
    assert api.parse_request(body("hi", options={"num_predict": -1})).max_tokens is None


# --- through the app ------------------------------------------------------------------------------

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("chunk_size", [1, 4, 50])
async def test_streams_ndjson_by_default_with_values_restored(gateway: GatewayFactory, fakes: FakeUpstreams, chunk_size: int) -> None:
    fakes.chunk_size = chunk_size
    prompt = f"Greet {NAME} and confirm {EMAIL}."
    async with gateway() as client:
        response = await client.post("/api/chat", json=body(prompt), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert response.headers["x-privacy-tier"] == "cloud"
    out = lines(response.text)
    assert all(not line["done"] for line in out[:-1])
    assert "".join(line["message"]["content"] for line in out) == f"You said: {prompt}"
    last = out[-1]
    assert last["done"] is True and last["done_reason"] == "stop"
    assert (last["prompt_eval_count"], last["eval_count"]) == (12, 8)
    assert last["total_duration"] > 0 and {"load_duration", "prompt_eval_duration", "eval_duration"} <= set(last)
    assert last["model"] == "claude-sonnet-4-20250514"
    assert NAME not in fakes.cloud_text() and EMAIL not in fakes.cloud_text()
    assert fakes.cloud_requests[0]["stream"] is True


async def test_stream_false_is_one_object_and_options_are_mapped(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    prompt = f"Hello, I am {NAME}."
    request = body({"role": "system", "content": "Be brief."}, prompt, stream=False, options={"temperature": 0.2, "num_predict": 50, "stop": ["END"]})
    async with gateway() as client:
        response = await client.post("/api/chat", json=request, headers=CLOUD)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    answer = response.json()
    assert answer["message"] == {"role": "assistant", "content": f"You said: {prompt}"}
    assert answer["done"] is True and answer["done_reason"] == "stop" and answer["eval_count"] == 8
    sent = fakes.cloud_requests[0]
    assert sent["system"] == "Be brief."
    assert (sent["max_tokens"], sent["temperature"], sent["stop_sequences"]) == (50, 0.2, ["END"])
    assert NAME not in fakes.cloud_text()


async def test_local_tier_serves_the_ollama_api_by_default(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway() as client:
        response = await client.post("/api/chat", json=body(f"Hello, I am {NAME}.", stream=False))
    assert response.status_code == 200 and response.headers["x-privacy-tier"] == "local"
    assert response.json()["message"]["content"] == f"You said: Hello, I am {NAME}."
    assert fakes.cloud_requests == [] and NAME in json.dumps(fakes.local_requests)


@pytest.mark.parametrize("stream", [False, True])
async def test_tool_call_and_result_round_trip_pseudonymized(gateway: GatewayFactory, fakes: FakeUpstreams, stream: bool) -> None:
    fakes.chunk_size = 3
    fakes.tool_calls = [FakeToolCall("lookup_contact", {"name": "<PERSON_1>"})]
    async with gateway() as client:
        first = await client.post("/api/chat", json=body(f"Find {NAME}'s phone.", tools=TOOLS, stream=stream), headers=CLOUD)
        out = lines(first.text)
        with_calls = [line for line in out if line["message"].get("tool_calls")]
        assert len(with_calls) == 1  # Ollama sends each tool call whole, in one line
        assistant = with_calls[0]["message"]
        assert assistant["tool_calls"] == [{"function": {"name": "lookup_contact", "arguments": {"name": NAME}}}]
        assert out[-1]["done"] and out[-1]["done_reason"] == "stop"
        fakes.tool_calls = []
        second = await client.post(
            "/api/chat",
            json=body(f"Find {NAME}'s phone.", assistant, {"role": "tool", "tool_name": "lookup_contact", "content": f"{NAME}: {PHONE}"}, tools=TOOLS, stream=False),
            headers=CLOUD,
        )
    assert second.status_code == 200, second.text
    sent = fakes.cloud_requests[1]["messages"]
    tool_use, tool_result = sent[1]["content"][-1], sent[2]["content"][0]
    assert tool_use["type"] == "tool_use" and tool_use["input"] == {"name": "<PERSON_1>"}
    assert tool_result["type"] == "tool_result" and tool_result["tool_use_id"] == tool_use["id"]
    assert "<PERSON_1>" in tool_result["content"]
    seen = fakes.cloud_text()
    assert NAME not in seen and "555 0132" not in seen


async def test_errors_use_ollamas_shape(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway(cloud=None, cloud_disabled_reason="no cloud here") as client:
        bad = await client.post("/api/chat", content=b"{", headers={"content-type": "application/json"})
        unavailable = await client.post("/api/chat", json=body("hi"), headers=CLOUD)
    assert bad.status_code == 400 and "not valid JSON" in bad.json()["error"]
    assert unavailable.status_code == 503 and unavailable.json() == {"error": "the cloud tier was asked for, but no cloud here; send the request without X-Privacy-Tier: cloud (or a cloud model name) to have it served locally"}


async def test_upstream_failure_after_the_200_ends_with_an_error_line(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.reply = lambda tier, body: "partial answer"
    fakes.chunk_size = 7  # the first line carries "partial"
    fakes.fail["local"] = "error_line"
    async with gateway() as client:
        response = await client.post("/api/chat", json=body("hi"))
    out = lines(response.text)
    assert out[0]["message"]["content"] == "partial"
    assert set(out[-1]) == {"error"} and "mid-stream" in out[-1]["error"]
    assert not any(line.get("done") for line in out)


async def test_model_listings(gateway: GatewayFactory) -> None:
    async with gateway(cloud_models=("claude-opus-4",)) as client:
        tags = (await client.get("/api/tags")).json()
        models = (await client.get("/v1/models")).json()
    assert [m["name"] for m in tags["models"]] == ["llama3.2", "claude-sonnet-4-20250514", "claude-opus-4"]
    assert {"model", "modified_at", "size", "digest", "details"} <= set(tags["models"][0])
    assert [(m["id"], m["owned_by"]) for m in models["data"]] == [("llama3.2", "local"), ("claude-sonnet-4-20250514", "cloud"), ("claude-opus-4", "cloud")]
    assert models["has_more"] is False and models["first_id"] == "llama3.2" and models["data"][0]["type"] == "model"
