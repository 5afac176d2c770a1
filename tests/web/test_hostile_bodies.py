"""Hostile bodies on all three ingresses: a 4xx in the caller's API naming the field, never a 5xx.

Bodies are written as raw JSON text so that what `json.dumps` would refuse to make (5000-digit
numbers, NaN, lone surrogates, 10 000 levels of nesting) can be sent as a client could send it.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest

from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import GatewayFactory

pytestmark = pytest.mark.anyio

PATHS = {"openai": "/v1/chat/completions", "anthropic": "/v1/messages", "ollama": "/api/chat"}
DEEP = "[" * 10_000 + "]" * 10_000
LONE = "\\ud800"  # a lone surrogate as JSON writes it


def user(text: str) -> str:
    return '{"role": "user", "content": "%s"}' % text


def body(ingress: str, messages: str = "", **fields: str) -> bytes:
    """A request of `ingress` with raw JSON `fields` (values already JSON text) and `messages`."""
    given = {"model": '"m"', **({"max_tokens": "50"} if ingress == "anthropic" else {}), **({"stream": "false"} if ingress == "ollama" else {}), **fields}
    given.setdefault("messages", "[" + (messages or user("Hello")) + "]")
    return ("{" + ", ".join(f'"{k}": {v}' for k, v in given.items()) + "}").encode()


def tool_exchange(ingress: str, arguments: str) -> str:
    """An assistant tool call with `arguments` (raw JSON text of the argument value), then its result."""
    if ingress == "openai":
        return ",".join([user("Weather?"), '{"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "w", "arguments": %s}}]}' % arguments, '{"role": "tool", "tool_call_id": "c1", "content": "sunny"}'])
    if ingress == "anthropic":
        return ",".join([user("Weather?"), '{"role": "assistant", "content": [{"type": "tool_use", "id": "c1", "name": "w", "input": {"x": %s}}]}' % arguments, '{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "c1", "content": "sunny"}]}'])
    return ",".join([user("Weather?"), '{"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "w", "arguments": {"x": %s}}}]}' % arguments, '{"role": "tool", "tool_name": "w", "content": "sunny"}'])


def max_tokens(value: str) -> Callable[[str], bytes]:
    def build(ingress: str) -> bytes:
        if ingress == "ollama":
            return body(ingress, options='{"num_predict": %s}' % value)
        return body(ingress, max_tokens=value)

    return build


def temperature(value: str) -> Callable[[str], bytes]:
    def build(ingress: str) -> bytes:
        if ingress == "ollama":
            return body(ingress, options='{"temperature": %s}' % value)
        return body(ingress, temperature=value)

    return build


def system(text: str) -> Callable[[str], bytes]:
    def build(ingress: str) -> bytes:
        if ingress == "anthropic":
            return body(ingress, system='"%s"' % text)
        return body(ingress, '{"role": "system", "content": "%s"}, %s' % (text, user("Hello")))

    return build


def deep_arguments(ingress: str) -> bytes:
    # OpenAI carries arguments as a JSON string; Anthropic and Ollama as objects (just under the
    # parser's own nesting limit, so only what the gateway does with them could overflow).
    if ingress == "openai":
        return body(ingress, tool_exchange(ingress, json.dumps(DEEP)))
    return body(ingress, tool_exchange(ingress, "[" * 900 + "]" * 900))


# name -> (build(ingress) -> raw body, the field the 400 must name; None: any 4xx; "": served or 4xx)
CASES: dict[str, tuple[Callable[[str], bytes], str | None]] = {
    "max_tokens with 5000 digits": (max_tokens("9" * 5000), "max_tokens|num_predict"),
    "max_tokens 1e400": (max_tokens("1e400"), "max_tokens|num_predict"),
    "max_tokens negative": (max_tokens("-1"), ""),  # Ollama's num_predict -1 means "no limit": served there
    "max_tokens a string": (max_tokens('"50"'), "max_tokens|num_predict"),
    "temperature NaN": (temperature("NaN"), "temperature"),
    "temperature -Infinity": (temperature("-Infinity"), "temperature"),
    "10k-deep array in tool-call arguments": (deep_arguments, "arguments|input|nested"),
    "10k-deep array as the body": (lambda ingress: DEEP.encode(), "nested"),
    "10k-deep array in a field": (lambda ingress: body(ingress, metadata=DEEP), "nested"),
    "lone surrogate in text": (lambda ingress: body(ingress, user(f"Hi {LONE} there")), "messages[0].content"),
    "lone surrogate in system": (system(f"Be {LONE} brief"), "system|messages[0].content"),
    "lone surrogate in the model name": (lambda ingress: body(ingress, model=f'"m{LONE}"'), "model"),
    "lone surrogate in a key": (lambda ingress: body(ingress, **{f"k{LONE}": "1"}), ""),
    "NUL in text": (lambda ingress: body(ingress, user("a\\u0000b")), ""),
    "content a number": (lambda ingress: body(ingress, '{"role": "user", "content": 5}'), "content"),
    "content parts not objects": (lambda ingress: body(ingress, '{"role": "user", "content": [1, "two"]}'), "content"),
    "message not an object": (lambda ingress: body(ingress, '"hello"'), "messages[0]"),
    "messages not a list": (lambda ingress: body(ingress, messages='"hi"'), "messages"),
    "role unknown": (lambda ingress: body(ingress, '{"role": "wizard", "content": "hi"}'), "role"),
    "stream a string": (lambda ingress: body(ingress, stream='"yes"'), "stream"),
    "body a JSON array": (lambda ingress: b"[1, 2]", None),
    "body empty": (lambda ingress: b"", None),
    "body not UTF-8": (lambda ingress: b'{"messages": "\xff\xfe"}', None),
    "body not JSON": (lambda ingress: b"{nope", None),
    "1001 messages": (lambda ingress: body(ingress, ",".join([user("hi")] * 1001)), None),
}


def message_of(ingress: str, payload: Any) -> str:
    if ingress == "anthropic":
        assert payload["type"] == "error"
        return str(payload["error"]["message"])
    if ingress == "ollama":
        return str(payload["error"])
    return str(payload["error"]["message"])


@pytest.mark.parametrize("ingress", list(PATHS))
@pytest.mark.parametrize("case", list(CASES))
async def test_a_hostile_body_gets_a_4xx_naming_the_field(gateway: GatewayFactory, fakes: FakeUpstreams, ingress: str, case: str) -> None:
    build, field = CASES[case]
    async with gateway() as client:
        response = await client.post(PATHS[ingress], content=build(ingress), headers={"content-type": "application/json"})
    if field == "" and response.status_code == 200:
        return  # a harmless oddity, served
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    message = message_of(ingress, response.json())
    if field is not None:
        assert any(name in message for name in field.split("|")), message
    assert "Traceback" not in response.text and "\\ud800" not in response.text
    assert fakes.requests == []


# -- fuzz: hostile scalars and nesting anywhere in a plausible body --------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

hostile_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=12)  # lone surrogates and NUL included
BIG_MARK = "__big__"  # replaced by a number of thousands of digits, which json.dumps will not write
hostile_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**1500), max_value=10**1500),
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(BIG_MARK),
    hostile_text,
)
hostile_values = st.recursive(hostile_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3), max_leaves=12)
DEEP_MARK, DEEP_TEXT_MARK = "__deep__", "__deep_text__"  # replaced by raw nesting, or nesting inside a JSON string
deep = st.integers(min_value=50, max_value=12_000).map(lambda n: "[" * n + "]" * n)
fuzz_messages = st.lists(
    st.fixed_dictionaries(
        {"role": st.sampled_from(["user", "assistant", "system", "tool"]), "content": st.one_of(hostile_text, hostile_values)},
        optional={
            "tool_calls": st.lists(st.fixed_dictionaries({"id": hostile_text, "type": st.just("function"), "function": st.fixed_dictionaries({"name": hostile_text, "arguments": st.one_of(hostile_text, st.just(DEEP_TEXT_MARK), hostile_values)})}), max_size=2),
            "tool_call_id": hostile_text,
        },
    ),
    min_size=1,
    max_size=3,
)
fuzz_bodies = st.fixed_dictionaries(
    {"messages": fuzz_messages},
    optional={
        "model": hostile_scalars,
        "max_tokens": hostile_scalars,
        "temperature": hostile_scalars,
        "system": st.one_of(hostile_text, hostile_values),
        "options": st.dictionaries(st.sampled_from(["num_predict", "temperature", "top_p", "stop"]), hostile_scalars, max_size=3),
        "tools": st.lists(hostile_values, max_size=2),
        "stream": st.just(False),
        "extra": st.just(DEEP_MARK),
    },
)


@pytest.mark.parametrize("ingress", list(PATHS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(payload=fuzz_bodies, nesting=deep)
async def test_fuzzed_hostile_bodies_never_get_a_5xx(gateway: GatewayFactory, ingress: str, payload: dict[str, Any], nesting: str) -> None:
    raw = json.dumps(payload).replace(json.dumps(DEEP_TEXT_MARK), json.dumps(nesting)).replace(json.dumps(DEEP_MARK), nesting).replace(json.dumps(BIG_MARK), "7" * 5000)
    async with gateway() as client:
        response = await client.post(PATHS[ingress], content=raw.encode(), headers={"content-type": "application/json"})
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code >= 400:
        assert message_of(ingress, response.json())
