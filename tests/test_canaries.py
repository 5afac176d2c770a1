"""The boundary invariant, for any request: personal data planted anywhere never reaches the cloud as sent.

Hypothesis builds valid requests for all three ingresses (tools, tool calls and results, system,
stop, response formats, metadata…), plants a canary in one string of the body, or in one key, and
sends it asking for the cloud. A local-only canary (an SSN, a card number) means the cloud received
nothing; a name with an e-mail never appears verbatim in anything the cloud received.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from privacy_gateway.config.settings import BackendSettings
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory

pytestmark = pytest.mark.anyio

SSN, CARD = "318-44-2071", "4539 1488 0343 6467"
NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"
CANARIES = {"ssn": SSN, "card": CARD, "name": f"{NAME} <{EMAIL}>"}
LOCAL_ONLY = {"ssn", "card"}
OPENING = {"role": "user", "content": "Look up an order"}
LAST = {"role": "user", "content": "Go on."}

words = st.sampled_from(
    ["What is the weather like today?", "Summarise the report in three bullet points.", "The unit to use",
     "Look up an order", "celsius", "fahrenheit", "order_id", "It is sunny and 21 degrees", "Done.", "END", "###"]
)
idents = st.sampled_from(["get_weather", "lookup_order", "convert_units", "search_docs"])
call_ids = st.sampled_from(["call_1", "call_abc123", "toolu_01A09q90qw90lq917835lq9", "call_2"])
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), words),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words, inner, max_size=3),
    max_leaves=6,
)
arguments = st.dictionaries(st.sampled_from(["city", "unit", "order_id", "query"]), json_values, max_size=3)
schemas = st.fixed_dictionaries(
    {"type": st.just("object"),
     "properties": st.dictionaries(
         st.sampled_from(["city", "unit", "order_id", "query"]),
         st.fixed_dictionaries({"type": st.sampled_from(["string", "integer"])},
                               optional={"description": words, "enum": st.lists(words, min_size=1, max_size=3), "default": words}),
         max_size=3)},
    optional={"required": st.lists(st.sampled_from(["city", "unit"]), max_size=2)},
)
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def openai_bodies() -> st.SearchStrategy[dict[str, Any]]:
    text_or_parts = words | st.lists(st.fixed_dictionaries({"type": st.just("text"), "text": words}), min_size=1, max_size=2)
    call = st.fixed_dictionaries({"id": call_ids, "type": st.just("function"), "function": st.fixed_dictionaries({"name": idents, "arguments": arguments})})
    message = st.one_of(
        st.fixed_dictionaries({"role": st.sampled_from(["system", "developer", "user"]), "content": text_or_parts}, optional={"name": words}),
        st.fixed_dictionaries({"role": st.just("assistant"), "content": st.none() | words}, optional={"tool_calls": st.lists(call, min_size=1, max_size=2)}),
        st.fixed_dictionaries({"role": st.just("tool"), "tool_call_id": call_ids, "content": text_or_parts}),
    )
    tool = st.fixed_dictionaries({"type": st.just("function"), "function": st.fixed_dictionaries({"name": idents}, optional={"description": words, "parameters": schemas})})
    response_format = st.one_of(
        st.just({"type": "json_object"}),
        st.fixed_dictionaries({"type": st.just("json_schema"), "json_schema": st.fixed_dictionaries({"name": idents, "schema": schemas}, optional={"description": words})}),
    )
    return st.fixed_dictionaries(
        {"model": st.sampled_from(["gpt-4o", "claude-sonnet-4-20250514"]),
         "messages": st.lists(message, max_size=4).map(lambda ms: [OPENING, *ms, LAST])},
        optional={
            "tools": st.lists(tool, min_size=1, max_size=2),
            "tool_choice": st.sampled_from(["auto", "none", "required"]) | st.builds(lambda n: {"type": "function", "function": {"name": n}}, idents),
            "stop": words | st.lists(words, max_size=2),
            "response_format": response_format,
            "user": words,
            "metadata": st.dictionaries(words, words, max_size=2),
            "temperature": st.floats(0, 2),
            "max_tokens": st.integers(1, 512),
            "stream": st.booleans(),
            "seed": st.integers(0, 99),
        },
    )


def anthropic_bodies(*, images: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    text_block = st.fixed_dictionaries({"type": st.just("text"), "text": words}, optional={"cache_control": st.just({"type": "ephemeral"})})
    image = st.just({"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}})
    use = st.fixed_dictionaries({"type": st.just("tool_use"), "id": call_ids, "name": idents, "input": arguments})
    result = st.fixed_dictionaries({"type": st.just("tool_result"), "tool_use_id": call_ids}, optional={"content": words | st.lists(text_block, max_size=2), "is_error": st.booleans()})
    blocks = st.one_of(text_block, result, image) if images else st.one_of(text_block, result)
    user = st.fixed_dictionaries({"role": st.just("user"), "content": words | st.lists(blocks, min_size=1, max_size=3)})
    assistant = st.fixed_dictionaries({"role": st.just("assistant"), "content": words | st.lists(st.one_of(text_block, use), min_size=1, max_size=2)})
    turns = st.lists(st.tuples(user, assistant), max_size=2).map(lambda pairs: [m for pair in pairs for m in pair])
    tool = st.fixed_dictionaries({"name": idents, "input_schema": schemas}, optional={"description": words})
    return st.fixed_dictionaries(
        {"model": st.just("claude-sonnet-4-20250514"), "max_tokens": st.integers(1, 512),
         "messages": st.tuples(turns, user).map(lambda t: [*t[0], t[1]])},
        optional={
            "system": words | st.lists(text_block, min_size=1, max_size=2),
            "tools": st.lists(tool, min_size=1, max_size=2),
            "tool_choice": st.just({"type": "auto"}) | st.builds(lambda n: {"type": "tool", "name": n}, idents),
            "stop_sequences": st.lists(words, max_size=2),
            "metadata": st.fixed_dictionaries({"user_id": words}),
            "temperature": st.floats(0, 1),
            "top_k": st.integers(1, 50),
            "stream": st.booleans(),
        },
    )


def ollama_bodies() -> st.SearchStrategy[dict[str, Any]]:
    call = st.fixed_dictionaries({"function": st.fixed_dictionaries({"name": idents, "arguments": arguments})})
    message = st.one_of(
        st.fixed_dictionaries({"role": st.sampled_from(["system", "user"]), "content": words}),
        st.fixed_dictionaries({"role": st.just("assistant"), "content": words}, optional={"tool_calls": st.lists(call, min_size=1, max_size=2)}),
        st.fixed_dictionaries({"role": st.just("tool"), "content": words}, optional={"tool_name": idents}),
    )
    tool = st.fixed_dictionaries({"type": st.just("function"), "function": st.fixed_dictionaries({"name": idents}, optional={"description": words, "parameters": schemas})})
    return st.fixed_dictionaries(
        {"model": st.just("llama3.2"), "messages": st.lists(message, max_size=4).map(lambda ms: [OPENING, *ms, LAST])},
        optional={
            "tools": st.lists(tool, min_size=1, max_size=2),
            "format": st.just("json") | schemas,
            "options": st.fixed_dictionaries({}, optional={"temperature": st.floats(0, 2), "stop": st.lists(words, max_size=2), "num_predict": st.integers(1, 512), "seed": st.integers(0, 9)}),
            "keep_alive": st.just("5m"),
            "stream": st.booleans(),
        },
    )


def generate_bodies() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"model": st.just("llama3.2"), "prompt": words},
        optional={
            "system": words,
            "format": st.just("json") | schemas,
            "options": st.fixed_dictionaries({}, optional={"temperature": st.floats(0, 2), "stop": st.lists(words, max_size=2), "num_predict": st.integers(1, 512)}),
            "keep_alive": st.just("5m"),
            "stream": st.booleans(),
        },
    )


def completion_bodies() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"model": st.sampled_from(["gpt-3.5-turbo-instruct", "claude-sonnet-4-20250514"]), "prompt": words | st.lists(words, min_size=1, max_size=1)},
        optional={
            "max_tokens": st.integers(1, 512),
            "temperature": st.floats(0, 2),
            "stop": words | st.lists(words, max_size=2),
            "user": words,
            "seed": st.integers(0, 99),
            "stream": st.booleans(),
        },
    )


def responses_bodies() -> st.SearchStrategy[dict[str, Any]]:
    part = st.fixed_dictionaries({"type": st.just("input_text"), "text": words})
    message = st.fixed_dictionaries({"role": st.sampled_from(["system", "developer", "user", "assistant"]), "content": words | st.lists(part, min_size=1, max_size=2)})
    call = st.fixed_dictionaries({"type": st.just("function_call"), "call_id": call_ids, "name": idents, "arguments": arguments.map(json.dumps)})
    output = st.fixed_dictionaries({"type": st.just("function_call_output"), "call_id": call_ids, "output": words})
    tool = st.fixed_dictionaries({"type": st.just("function"), "name": idents}, optional={"description": words, "parameters": schemas})
    items = st.lists(st.one_of(message, call, output), max_size=4).map(lambda its: [OPENING, *its, LAST])
    return st.fixed_dictionaries(
        {"model": st.just("gpt-4o"), "input": words | items},
        optional={
            "instructions": words,
            "tools": st.lists(tool, min_size=1, max_size=2),
            "tool_choice": st.sampled_from(["auto", "none", "required"]) | st.builds(lambda n: {"type": "function", "name": n}, idents),
            "text": st.just({"format": {"type": "json_object"}}) | st.builds(lambda n, sc: {"format": {"type": "json_schema", "name": n, "schema": sc}}, idents, schemas),
            "metadata": st.dictionaries(words, words, max_size=2),
            "user": words,
            "store": st.booleans(),
            "max_output_tokens": st.integers(1, 512),
            "stream": st.booleans(),
        },
    )


def embedding_bodies(*, ollama: bool) -> st.SearchStrategy[dict[str, Any]]:
    optional: dict[str, Any] = {"truncate": st.booleans(), "keep_alive": st.just("5m")} if ollama else {"user": words, "encoding_format": st.sampled_from(["float", "base64"])}
    return st.fixed_dictionaries({"model": st.just("nomic-embed-text"), "input": words | st.lists(words, min_size=1, max_size=3)}, optional=optional)


Path = tuple[Any, ...]


def string_positions(value: Any, path: Path = ()) -> list[tuple[Path, bool]]:
    """Every string value and every key of `value`, as (path, is_key)."""
    if isinstance(value, str):
        return [(path, False)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in string_positions(v, (*path, i))]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in [((*path, k), True), *string_positions(v, (*path, k))]]
    return []


def plant(body: Any, position: tuple[Path, bool], make: Callable[[str], str]) -> Any:
    """A copy of `body` with the string (or key) at `position` rewritten by `make`."""
    path, is_key = position
    body = json.loads(json.dumps(body))
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if is_key:
        parent[make(last)] = parent.pop(last)
    else:
        parent[last] = make(parent[last])
    return body


def openai_wire(body: dict[str, Any]) -> dict[str, Any]:
    """OpenAI sends tool arguments as JSON text; they are planted in as objects, then encoded."""
    for message in body.get("messages", []):
        for call in message.get("tool_calls") or []:
            function = call.get("function") or {}
            if isinstance(function.get("arguments"), dict):
                function["arguments"] = json.dumps(function["arguments"])
    return body


INGRESSES = {
    "/v1/chat/completions": (openai_bodies(), openai_wire),
    "/v1/messages": (anthropic_bodies(), lambda body: body),
    "/api/chat": (ollama_bodies(), lambda body: body),
    "/api/generate": (generate_bodies(), lambda body: body),
    "/v1/completions": (completion_bodies(), lambda body: body),
    "/v1/responses": (responses_bodies(), lambda body: body),
    "/v1/embeddings": (embedding_bodies(ollama=False), lambda body: body),
    "/api/embed": (embedding_bodies(ollama=True), lambda body: body),
}
# An Anthropic cloud has no embeddings API: embeddings are checked against an OpenAI-compatible one.
OPENAI_CLOUD = BackendSettings("openai", "http://cloud.test", "gpt-4o", api_key_env="PG_TEST_CLOUD_KEY")
CONFIG: dict[str, dict[str, Any]] = {"/v1/embeddings": {"cloud": OPENAI_CLOUD}, "/api/embed": {"cloud": OPENAI_CLOUD}}


async def check_canary(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, data: st.DataObject) -> None:
    strategy, wire = INGRESSES[path]
    body = data.draw(strategy, label="body")
    kind = data.draw(st.sampled_from(sorted(CANARIES)), label="canary")
    canary = CANARIES[kind]
    position = data.draw(st.sampled_from(string_positions(body)), label="position")
    make = data.draw(st.sampled_from([lambda _s: canary, lambda s: f"{s} {canary}", lambda s: f"{canary}: {s}"]), label="how")
    planted = wire(plant(body, position, make))
    fakes.requests.clear()
    async with gateway(**CONFIG.get(path, {})) as client:
        response = await client.post(path, json=planted, headers=CLOUD)
    assert response.status_code < 500, response.text
    if kind in LOCAL_ONLY:
        assert fakes.cloud_requests == [], f"{kind} at {position} reached the cloud"
    else:
        seen = fakes.cloud_text()
        assert NAME not in seen and EMAIL not in seen, f"{kind} at {position} reached the cloud verbatim"


# No shrinking: each example runs the whole gateway, and the drawn position already says where it leaked.
QUICK = dict(phases=[Phase.generate], deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
EXAMPLES = settings(max_examples=60, **QUICK)
DEEP = settings(max_examples=600, **QUICK)


@pytest.mark.parametrize("path", sorted(INGRESSES))
@EXAMPLES
@given(data=st.data())
async def test_a_canary_anywhere_never_reaches_the_cloud(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, data: st.DataObject) -> None:
    await check_canary(gateway, fakes, path, data)


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted(INGRESSES))
@DEEP
@given(data=st.data())
async def test_a_canary_anywhere_never_reaches_the_cloud_deep(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, data: st.DataObject) -> None:
    await check_canary(gateway, fakes, path, data)


@pytest.mark.parametrize("path", sorted(INGRESSES))
@settings(max_examples=15, **QUICK)
@given(data=st.data())
async def test_generated_requests_without_a_canary_reach_the_cloud(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, data: st.DataObject) -> None:
    """The generator makes requests the gateway serves from the cloud, so the canary test tests something.

    (Images are left out: the default policy keeps them local.)"""
    strategy, wire = INGRESSES[path]
    strategy = anthropic_bodies(images=False) if path == "/v1/messages" else strategy
    body = wire(data.draw(strategy, label="body"))
    fakes.requests.clear()
    async with gateway(**CONFIG.get(path, {})) as client:
        response = await client.post(path, json=body, headers=CLOUD)
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "cloud"
    assert len(fakes.cloud_requests) == 1
