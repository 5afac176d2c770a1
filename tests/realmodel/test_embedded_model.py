"""The gateway in front of a real model (Gemma 3 270M on llama.cpp): plain, streamed, local-only,
and pseudonymized answers. The model answers poorly; these tests check the plumbing, not the prose."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.realmodel.servers import MODEL, REPO, RecordingTransport, free_port, stop, wait_until

SHORT = {"max_tokens": 24, "temperature": 0}


def healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(scope="module")
def served_gateway(embedded_config: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """`privacy-gateway serve --config <the bundled config>`, as the README tells a new user to run it."""
    port = free_port()
    log = tmp_path_factory.mktemp("gateway") / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "privacy_gateway", "serve", "--config", str(embedded_config), "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, cwd=REPO, env=dict(os.environ),
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: healthy(url), "privacy-gateway serve", process, log, timeout=120)
        yield url, log
    finally:
        stop(process)


def client(url: str, **headers: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=120, default_headers=headers)


def test_the_model_server_speaks_openai(model_server: str) -> None:
    models = httpx.get(f"{model_server}/v1/models", timeout=10).json()
    assert [m["id"] for m in models["data"]] == [MODEL]
    answer = httpx.post(
        f"{model_server}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}], **SHORT},
        timeout=60,
    ).json()
    assert answer["choices"][0]["message"]["role"] == "assistant"
    assert answer["choices"][0]["message"]["content"].strip()
    assert answer["usage"]["completion_tokens"] > 0


@pytest.mark.parametrize(
    ("limit", "most"),
    [pytest.param({}, 256, id="none-given"), pytest.param({"max_completion_tokens": 5}, 5, id="max_completion_tokens")],
)
def test_the_model_server_caps_answers_of_requests_without_max_tokens(model_server: str, limit: dict[str, int], most: int) -> None:
    answer = httpx.post(
        f"{model_server}/v1/chat/completions", timeout=120,
        json={"model": MODEL, "messages": [{"role": "user", "content": "Tell me a long story."}], **limit},
    ).json()
    assert 0 < answer["usage"]["completion_tokens"] <= most


def test_the_model_server_explains_a_bad_body(model_server: str) -> None:
    response = httpx.post(f"{model_server}/v1/chat/completions", content=b"{not json", timeout=30)
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["error"]["message"]


def test_plain_answer_through_the_served_gateway(served_gateway: tuple[str, Path]) -> None:
    url, _ = served_gateway
    raw = client(url).chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "What is the capital of France?"}], **SHORT
    )
    completion = raw.parse()
    assert raw.headers["x-privacy-tier"] == "local"
    assert completion.choices[0].message.content.strip()
    assert completion.choices[0].finish_reason in ("stop", "length")
    assert completion.usage is not None and completion.usage.completion_tokens > 0


def test_streamed_answer_through_the_served_gateway(served_gateway: tuple[str, Path]) -> None:
    url, _ = served_gateway
    with httpx.stream(
        "POST", f"{url}/v1/chat/completions", timeout=120,
        json={"model": MODEL, "messages": [{"role": "user", "content": "Count from one to five."}], "stream": True, **SHORT},
    ) as response:
        assert response.status_code == 200
        assert response.headers["x-privacy-tier"] == "local"
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line[len("data: "):] for line in response.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    text = "".join((c["choices"][0]["delta"].get("content") or "") for c in chunks if c["choices"])
    assert text.strip()
    assert len([c for c in chunks if c["choices"] and c["choices"][0]["delta"].get("content")]) > 1, "one chunk is not a stream"
    assert any(c["choices"] and c["choices"][0].get("finish_reason") for c in chunks)


def test_served_gateway_refuses_the_cloud_without_a_key(served_gateway: tuple[str, Path]) -> None:
    url, log = served_gateway
    response = httpx.post(
        f"{url}/v1/chat/completions", headers={"X-Privacy-Tier": "cloud"}, timeout=60,
        json={"model": MODEL, "messages": [{"role": "user", "content": "Hello"}], **SHORT},
    )
    assert response.status_code == 503
    assert "ANTHROPIC_API_KEY" in response.text
    assert "ANTHROPIC_API_KEY" in log.read_text()


def test_local_only_prompt_is_served_locally_even_when_the_cloud_is_asked(two_tiers: tuple[str, RecordingTransport]) -> None:
    url, transport = two_tiers
    ssn = "536-90-4399"  # not one of the sample numbers Presidio rejects
    response = httpx.post(
        f"{url}/v1/chat/completions", headers={"X-Privacy-Tier": "cloud"}, timeout=120,
        json={"model": MODEL, "messages": [{"role": "user", "content": f"My social security number is {ssn}. Is it valid?"}], **SHORT},
    )
    assert response.status_code == 200, response.text
    assert response.headers["x-privacy-tier"] == "local"
    assert response.json()["choices"][0]["message"]["content"].strip()
    assert ssn in transport.text_sent_to("127.0.0.1")
    assert ssn not in transport.text_sent_to("localhost")


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_pseudonymized_round_trip_through_the_real_model(two_tiers: tuple[str, RecordingTransport], stream: bool) -> None:
    url, transport = two_tiers
    name, email = "Maria Jensen", "maria.jensen@example.org"
    before = len(transport.sent)
    body = {
        "model": MODEL, "stream": stream, "max_tokens": 48, "temperature": 0,
        "messages": [{"role": "user", "content": f"Write a short email to {name} at {email} confirming our meeting."}],
    }
    with httpx.stream("POST", f"{url}/v1/chat/completions", headers={"X-Privacy-Tier": "cloud"}, json=body, timeout=120) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["x-privacy-tier"] == "cloud"
        if stream:
            events = [line[len("data: "):] for line in response.iter_lines() if line.startswith("data: ")]
            assert events[-1] == "[DONE]"
            answer = "".join(
                (c["choices"][0]["delta"].get("content") or "") for c in map(json.loads, events[:-1]) if c["choices"]
            )
        else:
            answer = json.loads(response.read())["choices"][0]["message"]["content"]

    sent = "\n".join(json.dumps(b) for h, b in transport.sent[before:] if h == "localhost")
    assert name not in sent and email not in sent
    placeholders = set(re.findall(r"<[A-Z_]+_\d+>", sent))
    assert {"<PERSON_1>", "<EMAIL_ADDRESS_1>"} <= placeholders
    # Whatever the model did with them, no placeholder the gateway made may reach the client.
    leftover = [p for p in placeholders if p in answer]
    assert not leftover, f"unrestored placeholders {leftover} in {answer!r}"
