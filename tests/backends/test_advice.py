"""A backend that cannot serve says where it was looked for, which model, and what to do next."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from privacy_gateway.backends import make_backend
from privacy_gateway.config.settings import BackendSettings
from privacy_gateway.core.chat import ChatRequest, Message, TextPart
from privacy_gateway.core.errors import UpstreamError

pytestmark = pytest.mark.anyio

REQUEST = ChatRequest((Message("user", (TextPart("hi"),)),))


def refusing(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def listing(models: dict[str, Any]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=models[request.url.path]))


async def test_an_unreachable_ollama_names_url_model_and_the_next_step() -> None:
    settings = BackendSettings("ollama", "http://user:secret@127.0.0.1:11434/", "qwen2.5:14b", retries=0)
    backend = make_backend(settings, "local", httpx.MockTransport(refusing))
    with pytest.raises(UpstreamError) as caught:
        await backend.complete(REQUEST, "qwen2.5:14b")
    message = caught.value.message
    assert message.startswith("local:ollama at http://127.0.0.1:11434 (model qwen2.5:14b) is unreachable (ConnectError)")
    assert "`ollama pull qwen2.5:14b`" in message and "scripts/embedded-model" in message and "configs/embedded-model.yaml" in message
    assert "secret" not in message
    health = await backend.probe()
    assert (health.reachable, health.ok) == (False, False) and "ollama serve" in (health.next_step or "")


@pytest.mark.parametrize(
    ("kind", "listed", "present", "step"),
    [
        pytest.param("ollama", {"/api/tags": {"models": [{"name": "qwen2.5:14b"}]}}, True, None, id="ollama-has-it"),
        pytest.param("ollama", {"/api/tags": {"models": [{"name": "llama3.2:latest"}]}}, False, "`ollama pull qwen2.5:14b`", id="ollama-lacks-it"),
        pytest.param("openai", {"/v1/models": {"data": [{"id": "gemma-3-270m"}]}}, None, None, id="llama.cpp-one-model"),
        pytest.param("openai", {"/v1/models": {"data": [{"id": "a"}, {"id": "b"}]}}, False, "load qwen2.5:14b in the server", id="vllm-lacks-it"),
    ],
)
async def test_a_probe_says_whether_the_model_is_there(kind: str, listed: dict[str, Any], present: bool | None, step: str | None) -> None:
    backend = make_backend(BackendSettings(kind, "http://127.0.0.1:9", "qwen2.5:14b"), "local", listing(listed))  # type: ignore[arg-type]
    health = await backend.probe()
    assert health.reachable and health.model_present is present
    assert (health.next_step is None) if step is None else (step in (health.next_step or ""))


async def test_a_cloud_probe_without_its_key_says_which_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PG_NO_SUCH_KEY", raising=False)
    backend = make_backend(BackendSettings("anthropic", "https://api.anthropic.com", "claude-x", api_key_env="PG_NO_SUCH_KEY"), "cloud", httpx.MockTransport(refusing))
    health = await backend.probe()
    assert not health.ok and "export PG_NO_SUCH_KEY=" in (health.next_step or "")
