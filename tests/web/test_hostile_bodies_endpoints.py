"""Hostile bodies on the newer endpoints (Responses, completions, embeddings, generate, count_tokens).

Each answers a 4xx in its own API's error shape, never a 5xx or a traceback, and nothing reaches an
upstream. Bodies are raw JSON text, so numbers of thousands of digits, NaN, lone surrogates and deep
nesting arrive as a client could send them (see `test_hostile_bodies.py` for the chat APIs).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import GatewayFactory

pytestmark = pytest.mark.anyio

# path -> (its API's error shape, a plausible body as raw JSON fields, the field that holds text, a number field)
ENDPOINTS: dict[str, tuple[str, dict[str, str], str, str]] = {
    "/v1/responses": ("openai", {"model": '"m"', "input": '"Hello"'}, "input", "max_output_tokens"),
    "/v1/completions": ("openai", {"model": '"m"', "prompt": '"Hello"'}, "prompt", "max_tokens"),
    "/v1/embeddings": ("openai", {"model": '"m"', "input": '"Hello"'}, "input", "dimensions"),
    "/api/embed": ("ollama", {"model": '"m"', "input": '"Hello"'}, "input", "truncate"),
    "/api/generate": ("ollama", {"model": '"m"', "prompt": '"Hello"', "stream": "false"}, "prompt", "keep_alive"),
    "/v1/messages/count_tokens": ("anthropic", {"model": '"m"', "messages": '[{"role": "user", "content": "Hello"}]'}, "messages", "max_tokens"),
}
DEEP = "[" * 10_000 + "]" * 10_000
LONE = "\\ud800"  # a lone surrogate as JSON writes it


def body(path: str, **fields: str) -> bytes:
    """The endpoint's plausible body with raw JSON `fields` replacing or adding to it."""
    given_ = {**ENDPOINTS[path][1], **fields}
    return ("{" + ", ".join(f'"{k}": {v}' for k, v in given_.items()) + "}").encode()


def text_field(path: str, text: str) -> bytes:
    """The endpoint's text field holding `text` (raw JSON string content)."""
    field = ENDPOINTS[path][2]
    if field == "messages":
        return body(path, messages='[{"role": "user", "content": "%s"}]' % text)
    return body(path, **{field: '"%s"' % text})


def message_of(shape: str, payload: Any) -> str:
    """The error message, read the way the endpoint's own SDK reads it."""
    if shape == "anthropic":
        assert payload["type"] == "error"
        return str(payload["error"]["message"])
    if shape == "ollama":
        return str(payload["error"])
    return str(payload["error"]["message"])


CASES: dict[str, Any] = {
    "body not JSON": lambda path: b"{nope",
    "body empty": lambda path: b"",
    "body a JSON array": lambda path: b"[1, 2]",
    "body not UTF-8": lambda path: b'{"model": "\xff\xfe"}',
    "10k-deep array as the body": lambda path: DEEP.encode(),
    "10k-deep array in a field": lambda path: body(path, metadata=DEEP),
    "lone surrogate in the text": lambda path: text_field(path, f"Hi {LONE} there"),
    "lone surrogate in the model name": lambda path: body(path, model=f'"m{LONE}"'),
    "model a number": lambda path: body(path, model="5"),
    "text field a number": lambda path: body(path, **{ENDPOINTS[path][2]: "5"}),
    "text field an object": lambda path: body(path, **{ENDPOINTS[path][2]: '{"a": 1}'}),
    "number field with 5000 digits": lambda path: body(path, **{ENDPOINTS[path][3]: "9" * 5000}),
    "number field NaN": lambda path: body(path, **{ENDPOINTS[path][3]: "NaN"}),
    "temperature -Infinity": lambda path: body(path, temperature="-Infinity"),
    "stream a string": lambda path: body(path, stream='"yes"'),
}
# Oddities an endpoint may serve rather than refuse (a field it ignores or reads leniently).
MAY_SERVE = {"number field NaN", "number field with 5000 digits", "temperature -Infinity", "stream a string", "10k-deep array in a field", "model a number"}


@pytest.mark.parametrize("path", list(ENDPOINTS))
@pytest.mark.parametrize("case", list(CASES))
async def test_a_hostile_body_gets_a_4xx_in_the_endpoints_shape(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, case: str) -> None:
    async with gateway() as client:
        response = await client.post(path, content=CASES[case](path), headers={"content-type": "application/json"})
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert "Traceback" not in response.text and "\\ud800" not in response.text
    if case in MAY_SERVE and response.status_code == 200:
        return
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    assert message_of(ENDPOINTS[path][0], response.json())
    assert fakes.requests == []


# -- fuzz: hostile values in every field of a plausible body -------------------------------------

hostile_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=12)  # lone surrogates and NUL included
BIG_MARK, DEEP_MARK = "__big__", "__deep__"  # replaced by what json.dumps will not write
hostile_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**40), max_value=10**40), st.floats(allow_nan=True, allow_infinity=True), st.just(BIG_MARK), hostile_text,
)
hostile_values = st.recursive(hostile_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3), max_leaves=10)
FIELDS = ["model", "input", "prompt", "instructions", "messages", "system", "suffix", "max_tokens", "max_output_tokens", "temperature",
          "options", "tools", "encoding_format", "dimensions", "previous_response_id", "images", "format", "raw", "keep_alive"]
fuzz_bodies = st.dictionaries(st.sampled_from(FIELDS), st.one_of(hostile_values, st.just(DEEP_MARK)), max_size=6)


@pytest.mark.parametrize("path", list(ENDPOINTS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(payload=fuzz_bodies)
async def test_fuzzed_hostile_bodies_never_get_a_5xx(gateway: GatewayFactory, path: str, payload: dict[str, Any]) -> None:
    payload.setdefault("stream", False)
    raw = json.dumps(payload).replace(json.dumps(DEEP_MARK), "[" * 3000 + "]" * 3000).replace(json.dumps(BIG_MARK), "7" * 5000)
    async with gateway() as client:
        response = await client.post(path, content=raw.encode(), headers={"content-type": "application/json"})
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert "Traceback" not in response.text
    if response.status_code >= 400:
        assert message_of(ENDPOINTS[path][0], response.json())
