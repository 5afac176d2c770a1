"""`POST /v1/responses` (OpenAI Responses API) through the official SDK, whole and streamed.

Instructions, input items and function calls take the chat's privacy path: the answer holds the
original values, the cloud saw placeholders only, and `previous_response_id` is a clear 400.
"""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest

from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams

pytestmark = pytest.mark.anyio

NAME, EMAIL, PHONE = "Maria Gonzalez", "maria.gonzalez@example.com", "+1 415 555 0132"
PROMPT = f"Draft a welcome note for {NAME} ({EMAIL})."
TIERS = [pytest.param({"X-Privacy-Tier": "cloud"}, id="cloud"), pytest.param({}, id="local")]
TOOLS: Any = [{"type": "function", "name": "lookup_contact", "description": "Find a contact", "parameters": {"type": "object", "properties": {"name": {"type": "string"}}}}]


def oai(url: str, headers: dict[str, str]) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="client-key", max_retries=0, default_headers=headers)


def assert_private(fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    if headers:
        assert fakes.cloud_requests and fakes.local_requests == [] and "<PERSON_1>" in fakes.cloud_text()
    else:
        assert fakes.cloud_requests == [] and NAME in json.dumps(fakes.local_requests)
    for value in (NAME, EMAIL, "555 0132"):
        assert value not in fakes.cloud_text()


@pytest.mark.parametrize("headers", TIERS)
def test_responses_whole(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    with live_gateway() as url:
        raw = oai(url, headers).responses.with_raw_response.create(model="gpt-4o", instructions=f"You write for {NAME}.", input=PROMPT, store=False)
    response = raw.parse()
    assert raw.headers["x-privacy-tier"] == ("cloud" if headers else "local")
    assert response.status == "completed" and response.output_text == f"You said: {PROMPT}"
    assert response.usage is not None and response.usage.output_tokens > 0
    assert_private(fakes, headers)


@pytest.mark.parametrize("headers", TIERS)
def test_responses_streamed(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    fakes.chunk_size = 3
    with live_gateway() as url:
        events = list(oai(url, headers).responses.create(model="gpt-4o", input=[{"role": "user", "content": PROMPT}], stream=True, store=False))
    kinds = [e.type for e in events]
    assert kinds[:2] == ["response.created", "response.in_progress"] and kinds[-1] == "response.completed"
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == f"You said: {PROMPT}"
    final = events[-1].response  # type: ignore[union-attr]
    assert final.output_text == f"You said: {PROMPT}"
    assert [e.sequence_number for e in events] == list(range(1, len(events) + 1))
    assert_private(fakes, headers)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("headers", TIERS)
def test_responses_function_call_round_trip(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str], stream: bool) -> None:
    fakes.chunk_size = 3
    fakes.tool_calls = [FakeToolCall("lookup_contact", {"name": "<PERSON_1>" if headers else NAME})]
    question = {"role": "user", "content": f"Find {NAME}'s phone."}
    with live_gateway() as url:
        client = oai(url, headers)
        if stream:
            with client.responses.stream(model="gpt-4o", input=[question], tools=TOOLS, store=False) as events:  # type: ignore[arg-type]
                first = events.get_final_response()
        else:
            first = client.responses.create(model="gpt-4o", input=[question], tools=TOOLS, store=False)  # type: ignore[arg-type]
        calls = [item for item in first.output if item.type == "function_call"]
        assert [(c.name, json.loads(c.arguments)) for c in calls] == [("lookup_contact", {"name": NAME})]
        fakes.tool_calls = []
        second = client.responses.create(
            model="gpt-4o",
            tools=TOOLS,
            store=False,
            input=[question, *[c.model_dump(exclude_none=True) for c in calls], {"type": "function_call_output", "call_id": calls[0].call_id, "output": f"{NAME}: {PHONE}"}],  # type: ignore[list-item]
        )
    assert second.status == "completed"
    assert_private(fakes, headers)


@pytest.mark.parametrize(
    "body, problem",
    [
        pytest.param({"model": "m", "input": "hi", "previous_response_id": "resp_1"}, "stores no conversation", id="previous-response"),
        pytest.param({"model": "m"}, "'input' is required", id="no-input"),
        pytest.param({"model": "m", "input": []}, "non-empty array", id="empty-input"),
        pytest.param({"model": "m", "input": "hi", "tools": [{"type": "web_search"}]}, "only function tools", id="hosted-tool"),
        pytest.param({"model": "m", "input": [{"type": "reasoning", "summary": []}]}, "input[0].type", id="reasoning-item"),
        pytest.param({"model": "m", "input": [{"role": "wizard", "content": "hi"}]}, "input[0].role", id="role"),
        pytest.param({"model": "m", "instructions": "be brief", "input": [{"role": "system", "content": "x"}]}, "no user", id="only-system"),
    ],
)
async def test_responses_bad_input_is_a_400(gateway: Any, fakes: FakeUpstreams, body: dict[str, Any], problem: str) -> None:
    async with gateway() as client:
        response = await client.post("/v1/responses", json=body)
    assert response.status_code == 400 and problem in response.json()["error"]["message"]
    assert fakes.requests == []


def test_responses_sdk_sees_previous_response_id_refused(live_gateway: Any) -> None:
    with live_gateway() as url:
        with pytest.raises(openai.BadRequestError) as caught:
            oai(url, {}).responses.create(model="gpt-4o", input="hi", previous_response_id="resp_123")
    assert "previous_response_id" in str(caught.value)


async def test_a_failure_after_the_200_ends_the_stream_with_an_error_event(gateway: Any, fakes: FakeUpstreams) -> None:
    fakes.fail = {"local": "midstream"}
    async with gateway() as client:
        response = await client.post("/v1/responses", json={"model": "m", "input": "Say a long sentence please, a long one.", "stream": True})
    frames = [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]
    assert frames[-1]["type"] == "error" and not any(f["type"] == "response.completed" for f in frames)
