"""Attack cases at the boundary: personal data in the fields nobody used to scan, on all three ingresses.

A local-only value anywhere in a request keeps it local (the cloud receives nothing); a name or
an e-mail anywhere reaches the cloud only as a placeholder; fields the gateway ignores never reach it.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

SSN, CARD = "318-44-2071", "4539 1488 0343 6467"
NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"
PERSONAL = f"Ask {NAME} at {EMAIL}"


def weather_tool(description: str = "Get the weather for a city", /, **schema: Any) -> dict[str, Any]:
    city = {"type": "string", "description": "The city name", **schema}
    return {"type": "function", "function": {"name": "get_weather", "description": description,
                                              "parameters": {"type": "object", "properties": {"city": city}, "required": ["city"]}}}


def tool_round(call_id: str = "call_1", arguments: str = '{"city": "Paris"}') -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": "What is the weather in Paris?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": call_id, "type": "function", "function": {"name": "get_weather", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": call_id, "content": "It is sunny and 21 degrees"},
    ]


OPENAI_LOCAL_ONLY = {
    "function description": chat("Weather?", tools=[weather_tool(f"Lookup for SSN {SSN}")]),
    "parameter description": chat("Weather?", tools=[weather_tool("Weather", description=f"card {CARD}")]),
    "enum": chat("Weather?", tools=[weather_tool(enum=[SSN, "Paris"])]),
    "default": chat("Weather?", tools=[weather_tool(default=CARD)]),
    "schema key": chat("Weather?", tools=[{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {SSN: {"type": "string"}}}}}]),
    "stop": chat("Weather?", stop=[CARD]),
    "tool call id": chat(*tool_round(call_id=SSN)),
    "tool argument key": chat(*tool_round(arguments=json.dumps({SSN: "Paris"}))),
    "tool argument number": chat(*tool_round(arguments=json.dumps({"card": 4539148803436467}))),
    "response_format schema": chat("Weather?", response_format={"type": "json_schema", "json_schema": {"name": "w", "schema": {"type": "object", "description": f"SSN {SSN}"}}}),
    "tool_choice name": chat("Weather?", tools=[weather_tool()], tool_choice={"type": "function", "function": {"name": CARD}}),
    "ignored user": chat("Weather?", user=SSN),
    "ignored metadata": chat("Weather?", metadata={"account": CARD}),
    "unknown top-level key": chat("Weather?", **{SSN: True}),
}


@pytest.mark.parametrize("body", OPENAI_LOCAL_ONLY.values(), ids=OPENAI_LOCAL_ONLY.keys())
async def test_openai_local_only_anywhere_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams, body: dict[str, Any]) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=body, headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []


ANTHROPIC_BASE = {"model": "claude-sonnet-4-20250514", "max_tokens": 64, "messages": [{"role": "user", "content": "Weather in Paris?"}]}
ANTHROPIC_TOOL = {"name": "get_weather", "description": "Get the weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}
ANTHROPIC_USE = [
    {"role": "user", "content": "Weather in Paris?"},
    {"role": "assistant", "content": [{"type": "tool_use", "id": SSN, "name": "get_weather", "input": {"city": "Paris"}}]},
    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": SSN, "content": "Sunny"}]},
]
ANTHROPIC_LOCAL_ONLY = {
    "tool description": {"tools": [{**ANTHROPIC_TOOL, "description": f"For SSN {SSN}"}]},
    "input_schema enum": {"tools": [{**ANTHROPIC_TOOL, "input_schema": {"type": "object", "properties": {"card": {"enum": [CARD]}}}}]},
    "stop_sequences": {"stop_sequences": [SSN]},
    "system block": {"system": [{"type": "text", "text": f"The user's SSN is {SSN}."}]},
    "tool_use id": {"messages": ANTHROPIC_USE},
    "ignored metadata": {"metadata": {"user_id": CARD}},
    "ignored key of a system block": {"system": [{"type": "text", "text": "Be brief.", "title": SSN}]},
}


@pytest.mark.parametrize("changes", ANTHROPIC_LOCAL_ONLY.values(), ids=ANTHROPIC_LOCAL_ONLY.keys())
async def test_anthropic_local_only_anywhere_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams, changes: dict[str, Any]) -> None:
    async with gateway() as client:
        response = await client.post("/v1/messages", json={**ANTHROPIC_BASE, **changes}, headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []


OLLAMA_BASE = {"model": "llama3.2", "stream": False, "messages": [{"role": "user", "content": "Weather in Paris?"}]}
OLLAMA_LOCAL_ONLY = {
    "tool description": {"tools": [weather_tool(f"SSN {SSN}")]},
    "tool parameter default": {"tools": [weather_tool(default=SSN)]},
    "format schema": {"format": {"type": "object", "properties": {"card": {"type": "string", "description": f"like {CARD}"}}}},
    "options.stop": {"options": {"stop": [CARD]}},
    "ignored keep_alive": {"keep_alive": SSN},
    "tool call arguments key": {"messages": [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "get_weather", "arguments": {SSN: "Paris"}}}]},
        {"role": "tool", "tool_name": "get_weather", "content": "Sunny"},
    ]},
}


@pytest.mark.parametrize("changes", OLLAMA_LOCAL_ONLY.values(), ids=OLLAMA_LOCAL_ONLY.keys())
async def test_ollama_local_only_anywhere_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams, changes: dict[str, Any]) -> None:
    async with gateway() as client:
        response = await client.post("/api/chat", json={**OLLAMA_BASE, **changes}, headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []


PERSONAL_CASES = {
    "openai tool description": ("/v1/chat/completions", chat("Weather?", tools=[weather_tool(PERSONAL)])),
    "openai enum": ("/v1/chat/completions", chat("Weather?", tools=[weather_tool(enum=[PERSONAL])])),
    "openai stop": ("/v1/chat/completions", chat("Weather?", stop=[PERSONAL])),
    "openai tool call id": ("/v1/chat/completions", chat(*tool_round(call_id=EMAIL))),
    "openai argument key": ("/v1/chat/completions", chat(*tool_round(arguments=json.dumps({PERSONAL: "x"})))),
    "openai ignored user and metadata": ("/v1/chat/completions", chat("Weather?", user=PERSONAL, metadata={"who": PERSONAL}, store=False)),
    "anthropic tool description": ("/v1/messages", {**ANTHROPIC_BASE, "tools": [{**ANTHROPIC_TOOL, "description": PERSONAL}]}),
    "anthropic input_schema key": ("/v1/messages", {**ANTHROPIC_BASE, "tools": [{**ANTHROPIC_TOOL, "input_schema": {"type": "object", "properties": {EMAIL: {"type": "string"}}}}]}),
    "anthropic ignored metadata": ("/v1/messages", {**ANTHROPIC_BASE, "metadata": {"user_id": PERSONAL}}),
    "anthropic system cache_control": ("/v1/messages", {**ANTHROPIC_BASE, "system": [{"type": "text", "text": PERSONAL, "cache_control": {"type": "ephemeral"}}]}),
    "ollama tools": ("/api/chat", {**OLLAMA_BASE, "tools": [weather_tool(PERSONAL)]}),
    "ollama format": ("/api/chat", {**OLLAMA_BASE, "format": {"type": "object", "description": PERSONAL}}),
}


@pytest.mark.parametrize(("path", "body"), PERSONAL_CASES.values(), ids=PERSONAL_CASES.keys())
async def test_names_and_emails_anywhere_reach_the_cloud_masked(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, body: dict[str, Any]) -> None:
    async with gateway() as client:
        response = await client.post(path, json=body, headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "cloud"
    seen = fakes.cloud_text()
    assert fakes.cloud_requests
    for value in (NAME, "Gonzalez", EMAIL):
        assert value not in seen


async def test_pii_free_request_reaches_the_cloud_unchanged(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    tool = weather_tool("Get the weather in a unit", enum=["celsius", "fahrenheit"])
    schema = {"type": "object", "properties": {"temperature": {"type": "number"}}, "required": ["temperature"]}
    arguments = '{ "city":  "celsius" }'  # spacing a re-encoding would change
    body = chat(*tool_round(arguments=arguments)[1:], tools=[tool], stop=["END", "</answer>"], tool_choice="auto", user="team-7", seed=7,
                response_format={"type": "json_schema", "json_schema": {"name": "weather", "description": "A reading", "schema": schema, "strict": True}})
    async with gateway(cloud=replace_kind("openai")) as client:
        response = await client.post("/v1/chat/completions", json=body, headers=CLOUD)
    assert response.status_code == 200, response.text
    (seen,) = fakes.cloud_requests
    assert seen["tools"] == [tool]
    assert seen["stop"] == body["stop"]
    assert seen["tool_choice"] == "auto"
    assert seen["response_format"] == body["response_format"]
    assert [m.get("content") for m in seen["messages"]] == [m.get("content") for m in body["messages"]]
    assert seen["messages"][0]["tool_calls"] == body["messages"][0]["tool_calls"]
    assert seen["messages"][1]["tool_call_id"] == "call_1"


def replace_kind(kind: str) -> Any:
    from dataclasses import replace


    return replace(config_for_tests().cloud, kind=kind)  # type: ignore[arg-type]


async def test_tool_named_with_a_placeholder_is_restored(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    tool = copy.deepcopy(weather_tool())
    tool["function"]["name"] = EMAIL
    fakes.tool_calls = [FakeToolCall("<EMAIL_ADDRESS_1>", {"city": "Paris"})]
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("Weather?", tools=[tool]), headers=CLOUD)
    assert response.status_code == 200, response.text
    assert EMAIL not in fakes.cloud_text()
    (call,) = response.json()["choices"][0]["message"]["tool_calls"]
    assert call["function"]["name"] == EMAIL


SPLIT = {
    "two user turns": [{"role": "user", "content": "My social security number is 318-44-"}, {"role": "user", "content": "2071"}],
    "two parts of one turn": [{"role": "user", "content": [{"type": "text", "text": "card 4539 1488"}, {"type": "text", "text": " 0343 6467"}]}],
    "three short turns": [{"role": "user", "content": "SSN: 318-"}, {"role": "user", "content": "44-"}, {"role": "user", "content": "2071"}],
    "split at a space": [{"role": "user", "content": "my card is 4539 1488"}, {"role": "user", "content": "0343 6467 thanks"}],
}


@pytest.mark.parametrize("messages", SPLIT.values(), ids=SPLIT.keys())
async def test_local_only_value_split_across_messages_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams, messages: list[dict[str, Any]]) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(*messages), headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []


async def test_alternating_turns_are_not_joined(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    messages = [{"role": "user", "content": "Pick a number like 318-44-"}, {"role": "assistant", "content": "2071"}, {"role": "user", "content": "Thanks"}]
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(*messages), headers=CLOUD)
    assert response.headers["x-privacy-tier"] == "cloud"


BAD = {
    "image data URL of another type": ("/v1/chat/completions", chat([{"role": "user", "content": [{"type": "image_url", "image_url": {"url": f"data:text/plain;base64,{SSN}"}}]}][0])),
    "image data URL with prose": ("/v1/chat/completions", chat([{"role": "user", "content": [{"type": "image_url", "image_url": {"url": f"data:image/png;base64,SSN {SSN}"}}]}][0])),
    "openai tool_choice of another shape": ("/v1/chat/completions", chat("Hi", tool_choice={"type": "function", "name": SSN})),
    "openai response_format of another type": ("/v1/chat/completions", chat("Hi", response_format={"type": "regex", "pattern": SSN})),
    "anthropic image media type": ("/v1/messages", {**ANTHROPIC_BASE, "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "base64", "media_type": SSN, "data": "iVBORw0KGgo="}}]}]}),
}


@pytest.mark.parametrize(("path", "body"), BAD.values(), ids=BAD.keys())
async def test_unscannable_values_are_refused_with_a_400(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, body: dict[str, Any]) -> None:
    async with gateway() as client:
        response = await client.post(path, json=body, headers=CLOUD)
    assert response.status_code == 400, response.text
    assert SSN not in response.text
    assert fakes.requests == []


# Said aloud (speech-to-text, dictated notes): the same card and SSN as above, in words.
SAID_ALOUD = {
    "ssn": "my social security number is three one eight, four four, two oh seven one, is the form right",
    "card": "card number four five three nine, one four eight eight, oh three four three, six four six seven, why was it declined",
}


@pytest.mark.parametrize("text", SAID_ALOUD.values(), ids=SAID_ALOUD.keys())
async def test_an_identifier_said_aloud_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams, text: str) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(text), headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []
