"""Embeddings (`/v1/embeddings`, Ollama `/api/embed`) through the official SDKs: routed like a chat.

The local tier embeds the original texts; the cloud embeds the pseudonymized texts (the vectors are
of masked text), and local-only data never reaches it.
"""

from __future__ import annotations

import json
from typing import Any

import ollama
import openai
import pytest

from privacy_gateway.config.settings import BackendSettings, bundled_policy
from privacy_gateway.testing.fake_upstreams import FakeUpstreams, fake_vector

pytestmark = pytest.mark.anyio

NAME, EMAIL = "Maria Gonzalez", "maria.gonzalez@example.com"
TEXTS = [f"Meeting notes: {NAME} ({EMAIL}) asked for the Q3 numbers.", "The build is green again."]
OPENAI_CLOUD = BackendSettings("openai", "http://cloud.test", "gpt-4o", api_key_env="PG_TEST_CLOUD_KEY")
CLOUD = {"X-Privacy-Tier": "cloud"}


def oai(url: str, headers: dict[str, str]) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="client-key", max_retries=0, default_headers=headers)


def sent(fakes: FakeUpstreams, tier: str) -> list[str]:
    return [t for tr, path, body in fakes.requests if tr == tier for t in body["input"]]


@pytest.mark.parametrize("encoding", [{"encoding_format": "float"}, {}], ids=["float", "sdk-default-base64"])
def test_openai_sdk_embeddings_local(live_gateway: Any, fakes: FakeUpstreams, encoding: dict[str, Any]) -> None:
    with live_gateway() as url:
        raw = oai(url, {}).embeddings.with_raw_response.create(model="nomic-embed-text", input=TEXTS, **encoding)
    answer = raw.parse()
    assert raw.headers["x-privacy-tier"] == "local"
    assert [d.embedding for d in answer.data] == [fake_vector(t) for t in TEXTS]
    assert fakes.cloud_requests == [] and sent(fakes, "local") == TEXTS
    assert [(p, b["model"]) for _, p, b in fakes.requests] == [("/api/embed", "llama3.2")]  # the configured model, not the client's
    assert answer.usage.prompt_tokens > 0


def test_openai_sdk_embeddings_cloud_embeds_masked_text(live_gateway: Any, fakes: FakeUpstreams) -> None:
    with live_gateway(cloud=OPENAI_CLOUD) as url:
        raw = oai(url, CLOUD).embeddings.with_raw_response.create(model="text-embedding-3-small", input=TEXTS)
    answer = raw.parse()
    assert raw.headers["x-privacy-tier"] == "cloud"
    masked = sent(fakes, "cloud")
    assert masked[0].startswith("Meeting notes: <PERSON_1> (<EMAIL_ADDRESS_1>)") and masked[1] == TEXTS[1]
    assert NAME not in fakes.cloud_text() and EMAIL not in fakes.cloud_text() and fakes.local_requests == []
    assert [d.embedding for d in answer.data] == [fake_vector(t) for t in masked]  # vectors of what the cloud saw
    assert [p for _, p, _ in fakes.requests] == ["/v1/embeddings"]


def test_the_embedding_model_is_the_configured_one(live_gateway: Any, fakes: FakeUpstreams) -> None:
    local = BackendSettings("ollama", "http://local.test", "llama3.2", embedding_model="nomic-embed-text")
    cloud = BackendSettings("openai", "http://cloud.test", "gpt-4o", api_key_env="PG_TEST_CLOUD_KEY", embedding_model="text-embedding-3-large")
    with live_gateway(local=local, cloud=cloud) as url:
        oai(url, {}).embeddings.create(model="whatever", input="hello")
        oai(url, CLOUD).embeddings.create(model="whatever", input="hello")
    assert [(t, b["model"]) for t, _, b in fakes.requests] == [("local", "nomic-embed-text"), ("cloud", "text-embedding-3-large")]


def test_local_only_data_is_embedded_locally_whatever_the_client_asks(live_gateway: Any, fakes: FakeUpstreams) -> None:
    texts = ["Payroll record: SSN 078-05-1120.", f"Hello {NAME}."]
    with live_gateway(cloud=OPENAI_CLOUD) as url:
        raw = oai(url, CLOUD).embeddings.with_raw_response.create(model="m", input=texts, encoding_format="float")
    assert raw.headers["x-privacy-tier"] == "local" and raw.headers["x-privacy-decision"].startswith("local_only_entities")
    assert fakes.cloud_requests == [] and sent(fakes, "local") == texts


@pytest.mark.parametrize("headers", [pytest.param(CLOUD, id="cloud"), pytest.param({}, id="local")])
def test_ollama_sdk_embed(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str]) -> None:
    with live_gateway(cloud=OPENAI_CLOUD) as url:
        client = ollama.Client(host=url, headers=headers)
        many = client.embed(model="nomic-embed-text", input=TEXTS)
        one = client.embed(model="nomic-embed-text", input=TEXTS[1])
    tier = "cloud" if headers else "local"
    seen = sent(fakes, tier)
    assert [list(v) for v in many.embeddings] == [fake_vector(t) for t in seen[:2]]
    assert [list(v) for v in one.embeddings] == [fake_vector(TEXTS[1])]
    if headers:
        assert "<PERSON_1>" in seen[0] and NAME not in fakes.cloud_text() and fakes.local_requests == []
    else:
        assert seen[:2] == TEXTS and fakes.cloud_requests == []


async def test_a_cloud_without_embeddings_is_not_asked(gateway: Any, fakes: FakeUpstreams) -> None:
    # The test config's cloud is Anthropic, which has no embeddings API.
    async with gateway() as client:
        response = await client.post("/v1/embeddings", json={"model": "m", "input": TEXTS}, headers=CLOUD)
    # The default policy's on_cloud_failure: local serves it; nothing was sent to the cloud.
    assert response.status_code == 200 and fakes.cloud_requests == []
    assert response.headers["x-privacy-tier"] == "local" and response.headers["x-privacy-decision"] == "failover_to_local"
    assert sent(fakes, "local") == TEXTS


async def test_a_cloud_without_embeddings_fails_closed_when_the_policy_says_so(gateway: Any, fakes: FakeUpstreams, tmp_path: Any) -> None:
    policy = tmp_path / "strict.yaml"
    policy.write_text((bundled_policy("default")).read_text().replace("on_cloud_failure: local", "on_cloud_failure: fail_closed"))
    async with gateway(policy_path=policy) as client:
        response = await client.post("/v1/embeddings", json={"model": "m", "input": TEXTS}, headers=CLOUD)
    assert response.status_code == 501 and "no embeddings API" in response.json()["error"]["message"]
    assert fakes.requests == []


@pytest.mark.parametrize(
    "path, body, problem",
    [
        pytest.param("/v1/embeddings", {"model": "m"}, "'input' is required", id="openai-no-input"),
        pytest.param("/v1/embeddings", {"model": "m", "input": []}, "non-empty array", id="openai-empty"),
        pytest.param("/v1/embeddings", {"model": "m", "input": [1, 2, 3]}, "token arrays", id="openai-tokens"),
        pytest.param("/v1/embeddings", {"model": "m", "input": "x", "encoding_format": "int8"}, "encoding_format", id="openai-encoding"),
        pytest.param("/v1/embeddings", {"model": "m", "input": "x", "dimensions": -1}, "dimensions", id="openai-dimensions"),
        pytest.param("/api/embed", {"model": "m", "input": {"a": 1}}, "'input' must be", id="ollama-object"),
        pytest.param("/api/embed", {"model": "m", "input": ["ok", None]}, "'input'[1]", id="ollama-null"),
    ],
)
async def test_bad_embedding_input_is_a_400(gateway: Any, fakes: FakeUpstreams, path: str, body: dict[str, Any], problem: str) -> None:
    async with gateway() as client:
        response = await client.post(path, json=body)
    assert response.status_code == 400
    payload = response.json()
    assert problem in (payload["error"] if path.startswith("/api/") else payload["error"]["message"])
    assert fakes.requests == []


async def test_embedding_requests_are_audited_without_text(gateway: Any, tmp_path: Any) -> None:
    async with gateway() as client:
        await client.post("/api/embed", json={"model": "m", "input": TEXTS})
    text = (tmp_path / "audit.jsonl").read_text()
    records = [json.loads(line) for line in text.splitlines()]
    final = [r for r in records if r.get("status") is not None]
    assert [(r["ingress"], r["served_tier"], r["model"]) for r in final] == [("ollama_embed", "local", "llama3.2")]
    assert final[0]["entities"]["PERSON"]["count"] >= 1
    assert NAME not in text and EMAIL not in text
