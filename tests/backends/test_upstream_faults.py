"""Upstream answers are not trusted: every wrong shape is `upstream_invalid`, never a 500 or a repr.

Before the first byte to the client the gateway fails over (or answers 502 when the client pinned
the tier); after it, the stream ends with the ingress's explicit error frame.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, AsyncIterator

import httpx
import pytest

from privacy_gateway.config.settings import BackendSettings, bundled_policy
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import GatewayFactory, chat

pytestmark = pytest.mark.anyio

LOCAL = {"X-Privacy-Tier": "local"}
CLOUD = {"X-Privacy-Tier": "cloud"}


def _sse(data: Any, event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(data)}\n\n".encode()


def _ndjson(data: Any) -> bytes:
    return json.dumps(data).encode() + b"\n"


# What each vendor sends in a whole (non-streamed) answer, by fault.
WHOLE: dict[str, dict[str, Any]] = {
    "anthropic": {
        "error body under 200": {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}},
        "content a string": {"type": "message", "model": "m", "content": "hello", "usage": {"input_tokens": 1, "output_tokens": 1}},
        "content of non-objects": {"type": "message", "model": "m", "content": [1, "two"], "usage": {}},
        "token counts as strings": {"type": "message", "model": "m", "content": [{"type": "text", "text": "hi"}], "usage": {"input_tokens": "12", "output_tokens": "8"}},
        "negative token counts": {"type": "message", "model": "m", "content": [{"type": "text", "text": "hi"}], "usage": {"input_tokens": -5, "output_tokens": 8}},
        "model not a string": {"type": "message", "model": {"name": "m"}, "content": [{"type": "text", "text": "hi"}]},
        "text not a string": {"type": "message", "model": "m", "content": [{"type": "text", "text": 42}]},
        "a JSON array": [1, 2, 3],
    },
    "openai": {
        "error body under 200": {"error": {"message": "busy", "type": "server_error"}},
        "no choices": {"model": "m", "choices": []},
        "choices of non-objects": {"model": "m", "choices": [1, "two"]},
        "content a list": {"model": "m", "choices": [{"message": {"content": [1]}, "finish_reason": "stop"}]},
        "token counts as strings": {"model": "m", "choices": [{"message": {"content": "hi"}}], "usage": {"prompt_tokens": "10", "completion_tokens": "6"}},
        "negative token counts": {"model": "m", "choices": [{"message": {"content": "hi"}}], "usage": {"prompt_tokens": -1, "completion_tokens": 6}},
        "model not a string": {"model": 123, "choices": [{"message": {"content": "hi"}}]},
        "a JSON array": [1, 2, 3],
    },
    "ollama": {
        "error body under 200": {"error": "model runner crashed"},
        "message a string": {"model": "m", "message": "hi", "done": True},
        "tool calls of non-objects": {"model": "m", "message": {"content": "", "tool_calls": ["x"]}, "done": True},
        "token counts as strings": {"model": "m", "message": {"content": "hi"}, "done": True, "prompt_eval_count": "11", "eval_count": "7"},
        "negative token counts": {"model": "m", "message": {"content": "hi"}, "done": True, "prompt_eval_count": -11},
        "model not a string": {"model": ["m"], "message": {"content": "hi"}, "done": True},
        "a JSON array": [1, 2, 3],
    },
}

# A first streamed frame that is wrong (before any byte reached the client), by vendor and fault.
FIRST_FRAME: dict[str, dict[str, bytes]] = {
    "anthropic": {
        "index not a number": _sse({"type": "message_start", "message": {"model": "m", "usage": {"input_tokens": 1}}}) + _sse({"type": "content_block_start", "index": "x", "content_block": {"type": "text", "text": "hi"}}),
        "delta a string": _sse({"type": "message_start", "message": {"model": "m"}}) + _sse({"type": "content_block_delta", "index": 0, "delta": "str"}),
        "token counts as strings": _sse({"type": "message_start", "message": {"model": "m", "usage": {"input_tokens": "12"}}}),
        "model not a string": _sse({"type": "message_start", "message": {"model": 5}}),
        "not JSON": b"data: {nope\n\n",
    },
    "openai": {
        "choices a string": _sse({"model": "m", "choices": "x"}),
        "delta a string": _sse({"model": "m", "choices": [{"delta": "str"}]}),
        "tool call index not a number": _sse({"model": "m", "choices": [{"delta": {"tool_calls": [{"index": "x", "function": {"name": "f"}}]}}]}),
        "not JSON": b"data: {nope\n\n",
    },
    "ollama": {
        "content not a string": _ndjson({"model": "m", "message": {"content": 5}, "done": False}),
        "done not a boolean": _ndjson({"model": "m", "message": {"content": "hi"}, "done": "yes"}),
        "not JSON": b"{nope\n",
    },
}

# A good first text frame, then a bad one: the client has its 200 by then.
GOOD_THEN: dict[str, tuple[bytes, bytes]] = {
    "anthropic": (
        _sse({"type": "message_start", "message": {"model": "m"}}) + _sse({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}) + _sse({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello "}}),
        _sse({"type": "content_block_delta", "index": "x", "delta": "str"}),
    ),
    "openai": (_sse({"model": "m", "choices": [{"delta": {"content": "Hello "}}]}), _sse({"model": "m", "choices": [{"delta": "str"}]})),
    "ollama": (_ndjson({"model": "m", "message": {"content": "Hello "}, "done": False}), _ndjson({"model": "m", "message": {"content": "x"}, "done": False, "eval_count": -1})),
}

PATHS = {"anthropic": "/v1/messages", "openai": "/v1/chat/completions", "ollama": "/api/chat"}


class Faulty:
    """The faulty tier answers 200 with `body` (bytes, or frames paced one by one); the other is a good fake."""

    def __init__(self, fakes: FakeUpstreams, tier: str, body: bytes | list[bytes]) -> None:
        self.fakes, self.tier, self.body = fakes, tier, body
        self.calls = 0

    async def handle(self, request: httpx.Request) -> httpx.Response:
        tier = "cloud" if "cloud" in request.url.host else "local"
        if tier != self.tier or request.method == "GET":
            return await self.fakes.handle(request)
        self.calls += 1
        if isinstance(self.body, bytes):
            return httpx.Response(200, content=self.body)

        async def frames() -> AsyncIterator[bytes]:
            for frame in self.body:
                yield frame

        return httpx.Response(200, content=frames())


def configured(tier: str, kind: str) -> dict[str, Any]:
    """Config changes that put a `kind` backend on `tier`."""
    url = "http://cloud.test" if tier == "cloud" else "http://local.test"
    settings = BackendSettings(kind, url, "model-x", api_key_env="PG_TEST_CLOUD_KEY" if tier == "cloud" else None, retries=0)  # type: ignore[arg-type]
    return {tier: settings}


def faults(table: dict[str, dict[str, Any]]) -> list[Any]:
    return [pytest.param(kind, name, value, id=f"{kind}-{name}") for kind, cases in table.items() for name, value in cases.items()]


def tier_for(kind: str) -> str:
    return "cloud" if kind == "anthropic" else "local"


def app(gateway: GatewayFactory, fakes: FakeUpstreams, faulty: Faulty, kind: str, **changes: Any) -> Any:
    fakes_transport = httpx.MockTransport(faulty.handle)
    return gateway(transport=fakes_transport, **configured(tier_for(kind), kind), **changes)


@pytest.fixture
def gateway(tmp_path: Any, analyzer: Any) -> GatewayFactory:
    """The gateway on a transport the test chooses."""
    import contextlib

    from privacy_gateway.web.app import create_app

    @contextlib.asynccontextmanager
    async def running(transport: httpx.AsyncBaseTransport, **changes: Any) -> AsyncIterator[httpx.AsyncClient]:
        app = create_app(config_for_tests(tmp_path, **changes), transport=transport, analyzer=analyzer)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
                yield client

    return running


def assert_clean_error(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 502, response.text
    body = response.json()
    assert body["error"]["code"] == "upstream_invalid"
    assert "{" not in body["error"]["message"] and "[" not in body["error"]["message"]  # no repr of what was sent
    return body


@pytest.mark.parametrize(("kind", "fault", "answer"), faults(WHOLE))
async def test_a_malformed_whole_answer_is_a_502_or_fails_over(gateway: GatewayFactory, fakes: FakeUpstreams, kind: str, fault: str, answer: Any) -> None:
    faulty = Faulty(fakes, tier_for(kind), json.dumps(answer).encode())
    pinned = LOCAL if tier_for(kind) == "local" else CLOUD
    async with app(gateway, fakes, faulty, kind) as client:
        refused = await client.post("/v1/chat/completions", json=chat("Hello"), headers=pinned)
        if kind == "anthropic":  # a cloud failure falls back to local by the default policy (502: the next test)
            assert refused.status_code == 200 and refused.headers["x-privacy-tier"] == "local"
        else:
            body = assert_clean_error(refused)
            assert "Python" not in json.dumps(body) and "object at 0x" not in refused.text
            failed_over = await client.post("/v1/chat/completions", json=chat("Hello"))
            assert failed_over.status_code == 200 and failed_over.headers["x-privacy-tier"] == "cloud"
    assert faulty.calls >= 1


@pytest.mark.parametrize(("kind", "fault", "answer"), faults({"anthropic": WHOLE["anthropic"]}))
async def test_a_malformed_cloud_answer_is_a_502_when_nothing_can_take_over(
    gateway: GatewayFactory, fakes: FakeUpstreams, kind: str, fault: str, answer: Any, tmp_path: Path
) -> None:
    policy = tmp_path / "no-fallback.yaml"
    policy.write_text(bundled_policy("default").read_text().replace("on_cloud_failure: local", "on_cloud_failure: fail_closed"))
    faulty = Faulty(fakes, "cloud", json.dumps(answer).encode())
    async with app(gateway, fakes, faulty, kind, policy_path=policy) as client:
        assert_clean_error(await client.post("/v1/chat/completions", json=chat("Hello"), headers=CLOUD))


@pytest.mark.parametrize(("kind", "fault", "frames"), faults(FIRST_FRAME))
async def test_a_malformed_first_stream_frame_fails_over_before_the_first_byte(
    gateway: GatewayFactory, fakes: FakeUpstreams, kind: str, fault: str, frames: bytes
) -> None:
    faulty = Faulty(fakes, tier_for(kind), frames)
    tier = tier_for(kind)
    async with app(gateway, fakes, faulty, kind) as client:
        response = await client.post("/v1/chat/completions", json=chat("Hello", stream=True), headers=CLOUD if tier == "cloud" else {})
        assert response.status_code == 200
        assert response.headers["x-privacy-tier"] == ("local" if tier == "cloud" else "cloud")
        assert "data: [DONE]" in response.text and '"error"' not in response.text
        if tier == "local":
            assert_clean_error(await client.post("/v1/chat/completions", json=chat("Hello", stream=True), headers=LOCAL))


@pytest.mark.parametrize("ingress", ["openai", "anthropic", "ollama"])
@pytest.mark.parametrize("kind", ["anthropic", "openai", "ollama"])
async def test_a_malformed_frame_after_the_first_byte_ends_with_an_error_frame(
    gateway: GatewayFactory, fakes: FakeUpstreams, kind: str, ingress: str
) -> None:
    good, bad = GOOD_THEN[kind]
    faulty = Faulty(fakes, tier_for(kind), [good, bad])
    pinned = CLOUD if tier_for(kind) == "cloud" else LOCAL
    body = {
        "openai": chat("Hello", stream=True),
        "anthropic": {"model": "x", "max_tokens": 50, "stream": True, "messages": [{"role": "user", "content": "Hello"}]},
        "ollama": {"model": "x", "messages": [{"role": "user", "content": "Hello"}]},
    }[ingress]
    async with app(gateway, fakes, faulty, kind) as client:
        response = await client.post(PATHS[ingress], json=body, headers=pinned)
    assert response.status_code == 200
    text = response.text
    assert "Hello" in text
    last = text.strip().splitlines()[-1]
    if ingress == "openai":
        assert "[DONE]" not in text and last.startswith("data: ") and json.loads(last[6:])["error"]["code"] == "upstream_invalid"
    elif ingress == "anthropic":
        assert "event: error" in text and "message_stop" not in text and json.loads(last[6:])["type"] == "error"
    else:
        assert "error" in json.loads(last) and '"done": true' not in text.replace('"done":true', '"done": true')


@pytest.mark.parametrize("streamed", [False, True], ids=["whole", "streamed"])
async def test_an_answer_over_the_size_cap_is_refused(gateway: GatewayFactory, fakes: FakeUpstreams, streamed: bool) -> None:
    big = "x" * (60 * 1024 * 1024)
    if streamed:
        piece = _ndjson({"model": "m", "message": {"content": "y" * 1024 * 1024}, "done": False})
        frames: bytes | list[bytes] = [piece] * 60
    else:
        frames = json.dumps({"model": "m", "message": {"content": big}, "done": True}).encode()
    faulty = Faulty(fakes, "local", frames)
    async with app(gateway, fakes, faulty, "ollama") as client:
        response = await client.post("/v1/chat/completions", json=chat("Hello", stream=streamed), headers=LOCAL)
    if streamed:  # the first frames went out before the cap was passed: an error frame ends it
        assert response.status_code == 200 and '"code": "upstream_too_large"' in response.text.replace('"code":"', '"code": "')
        assert "[DONE]" not in response.text
    else:
        assert response.status_code == 502 and response.json()["error"]["code"] == "upstream_too_large"


async def test_the_size_cap_is_configured_per_backend(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    answer = json.dumps({"model": "m", "message": {"content": "z" * 5000}, "done": True}).encode()
    faulty = Faulty(fakes, "local", answer)
    small = BackendSettings("ollama", "http://local.test", "model-x", retries=0, max_response_bytes=4096)
    async with gateway(transport=httpx.MockTransport(faulty.handle), local=small) as client:
        response = await client.post("/v1/chat/completions", json=chat("Hello"), headers=LOCAL)
    assert response.status_code == 502 and "larger than 4096 bytes" in response.json()["error"]["message"]


async def test_a_gateway_bug_mid_stream_still_ends_with_an_error_frame(
    gateway: GatewayFactory, fakes: FakeUpstreams, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacy_gateway.backends.ollama import OllamaBackend
    from privacy_gateway.core.chat import TextDelta

    async def broken(self: Any, request: Any, model: str) -> AsyncIterator[Any]:
        yield TextDelta("Hello ")
        raise RuntimeError("a bug, not the upstream's doing")

    monkeypatch.setattr(OllamaBackend, "stream", broken)
    async with gateway(transport=fakes.transport) as client:
        response = await client.post("/v1/chat/completions", json=chat("Hello", stream=True), headers=LOCAL)
    assert response.status_code == 200 and "Hello" in response.text and "[DONE]" not in response.text
    last = response.text.strip().splitlines()[-1]
    assert json.loads(last[6:])["error"]["code"] == "stream_failed"
    assert "a bug" not in response.text
