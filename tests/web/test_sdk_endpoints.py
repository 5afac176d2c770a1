"""The endpoints besides chat, through the official SDKs pointed at the gateway by base URL only.

Ollama's `generate`, `show`, `ps`, `version` and OpenAI's legacy `completions`: each prompt takes
the same privacy path as a chat, so the answer holds the original values and the cloud saw none.
"""

from __future__ import annotations

import json
from typing import Any

import ollama
import openai
import pytest

from privacy_gateway.testing.fake_upstreams import FakeUpstreams

NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"
PROMPT = f"Draft a welcome note for {NAME} ({EMAIL})."
SYSTEM = f"You write for {NAME}."
pytestmark = pytest.mark.anyio
TIERS = [pytest.param({"X-Privacy-Tier": "cloud"}, id="cloud"), pytest.param({}, id="local")]


def assert_private(fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    """The cloud saw none of the values; without the cloud header it saw nothing at all."""
    if headers:
        assert fakes.cloud_requests and fakes.local_requests == []
        assert "<PERSON_1>" in fakes.cloud_text()
    else:
        assert fakes.cloud_requests == [] and NAME in json.dumps(fakes.local_requests)
    for value in (NAME, EMAIL):
        assert value not in fakes.cloud_text()


# --- ollama generate ---------------------------------------------------------------------------------


@pytest.mark.parametrize("headers", TIERS)
def test_ollama_generate_whole(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    with live_gateway() as url:
        answer = ollama.Client(host=url, headers=headers).generate(model="llama3.2", prompt=PROMPT, system=SYSTEM, stream=False)
    assert answer.response == f"You said: {PROMPT}"
    assert answer.done and answer.done_reason == "stop" and (answer.eval_count or 0) > 0
    assert_private(fakes, headers)
    sent = (fakes.cloud_requests or fakes.local_requests)[0]
    assert "You write for" in json.dumps(sent)  # the system text went along, masked for the cloud


@pytest.mark.parametrize("headers", TIERS)
def test_ollama_generate_streamed(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    fakes.chunk_size = 3
    with live_gateway() as url:
        parts = list(ollama.Client(host=url, headers=headers).generate(model="llama3.2", prompt=PROMPT, stream=True))
    assert "".join(p.response for p in parts) == f"You said: {PROMPT}"
    assert parts[-1].done and not any(p.done for p in parts[:-1])
    assert_private(fakes, headers)


def test_ollama_generate_keeps_local_only_data_local(live_gateway: Any, fakes: FakeUpstreams) -> None:
    with live_gateway() as url:
        answer = ollama.Client(host=url, headers={"X-Privacy-Tier": "cloud"}).generate(model="llama3.2", prompt="My SSN is 078-05-1120, file my taxes.", stream=False)
    assert "078-05-1120" in answer.response
    assert fakes.cloud_requests == [] and fakes.local_requests


@pytest.mark.parametrize(
    "body, problem",
    [
        pytest.param({"model": "llama3.2"}, "'prompt' is required", id="no-prompt"),
        pytest.param({"model": "llama3.2", "prompt": "hi", "context": [1, 2]}, "'context' is not supported", id="context"),
        pytest.param({"model": "llama3.2", "prompt": "hi", "raw": True}, "'raw' is not supported", id="raw"),
        pytest.param({"model": "llama3.2", "prompt": 3}, "'prompt' must be a string", id="prompt-type"),
        pytest.param({"model": "llama3.2", "prompt": "hi", "system": ["x"]}, "'system' must be a string", id="system-type"),
    ],
)
async def test_ollama_generate_bad_input_is_a_400(gateway: Any, fakes: FakeUpstreams, body: dict[str, Any], problem: str) -> None:
    async with gateway() as client:
        response = await client.post("/api/generate", json=body)
    assert response.status_code == 400 and problem in response.json()["error"]
    assert fakes.requests == []


# --- ollama show, ps, version ------------------------------------------------------------------------


def test_ollama_show_ps_version(live_gateway: Any) -> None:
    with live_gateway() as url:
        client = ollama.Client(host=url)
        shown = client.show("llama3.2")
        running = client.ps()
        version = client._request_raw("GET", "/api/version").json()  # the SDK has no version(); its transport does
        with pytest.raises(ollama.ResponseError) as caught:
            client.show("no-such-model")
    assert shown.modelinfo is not None and shown.modelinfo["gateway.context_length"] == 8192
    assert shown.capabilities is not None and "completion" in shown.capabilities
    assert [m.model for m in running.models] == ["llama3.2", "claude-sonnet-4-20250514"]
    assert version["version"]
    assert caught.value.status_code == 404


async def test_ollama_show_bad_body_is_a_400(gateway: Any) -> None:
    async with gateway() as client:
        empty = await client.post("/api/show", json={})
        broken = await client.post("/api/show", content=b"{")
    assert empty.status_code == 400 and "'model' is required" in empty.json()["error"]
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["error"]


# --- openai completions ------------------------------------------------------------------------------


@pytest.mark.parametrize("prompt", [PROMPT, [PROMPT]], ids=["string", "list"])
@pytest.mark.parametrize("headers", TIERS)
def test_openai_completions_whole(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str], prompt: Any) -> None:
    with live_gateway() as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="client-key", max_retries=0, default_headers=headers)
        raw = client.completions.with_raw_response.create(model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=50)
    completion = raw.parse()
    assert raw.headers["x-privacy-tier"] == ("cloud" if headers else "local")
    assert completion.object == "text_completion" and completion.choices[0].text == f"You said: {PROMPT}"
    assert completion.choices[0].finish_reason == "stop" and completion.usage and completion.usage.completion_tokens > 0
    assert_private(fakes, headers)


@pytest.mark.parametrize("headers", TIERS)
def test_openai_completions_streamed(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    fakes.chunk_size = 3
    with live_gateway() as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="client-key", max_retries=0, default_headers=headers)
        chunks = list(client.completions.create(model="gpt-3.5-turbo-instruct", prompt=PROMPT, stream=True, stream_options={"include_usage": True}))
    assert "".join(c.choices[0].text for c in chunks if c.choices) == f"You said: {PROMPT}"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0
    assert_private(fakes, headers)


@pytest.mark.parametrize(
    "body, problem",
    [
        pytest.param({"model": "m"}, "'prompt' is required", id="no-prompt"),
        pytest.param({"model": "m", "prompt": ["a", "b"]}, "one request per prompt", id="batch"),
        pytest.param({"model": "m", "prompt": [1, 2, 3]}, "token arrays", id="tokens"),
        pytest.param({"model": "m", "prompt": "hi", "echo": True}, "'echo' is not supported", id="echo"),
        pytest.param({"model": "m", "prompt": "hi", "n": 2}, "'n' other than 1", id="n"),
        pytest.param({"model": "m", "prompt": "hi", "suffix": "x"}, "'suffix' is not supported", id="suffix"),
    ],
)
async def test_openai_completions_bad_input_is_a_400(gateway: Any, fakes: FakeUpstreams, body: dict[str, Any], problem: str) -> None:
    async with gateway() as client:
        response = await client.post("/v1/completions", json=body)
    assert response.status_code == 400 and problem in response.json()["error"]["message"]
    assert fakes.requests == []


async def test_completion_endpoints_are_audited(gateway: Any, tmp_path: Any) -> None:
    async with gateway() as client:
        await client.post("/v1/completions", json={"model": "m", "prompt": PROMPT})
        await client.post("/api/generate", json={"model": "m", "prompt": PROMPT, "stream": False})
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    finished = [r for r in records if r.get("status") is not None]
    assert [r["ingress"] for r in finished] == ["openai_completions", "ollama_generate"]
    assert NAME not in (tmp_path / "audit.jsonl").read_text()


