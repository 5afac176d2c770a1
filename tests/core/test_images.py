"""Images cannot be scanned: the policy's `routing.images` rule decides who may see them.

Each case asserts what each fake upstream received, not only the status code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.config.settings import BackendSettings, bundled_policy, load_config
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.policy.schema import load_policy
from privacy_gateway.yamlfile import FileProblems
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

NAME = "Maria Gonzalez"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
DATA_URL = f"data:image/png;base64,{PNG}"
VISION = BackendSettings("ollama", "http://local.test", "llava", vision=True)


def with_image(text: str = f"My colleague {NAME} sent me this photo; please describe it.") -> dict[str, Any]:
    return chat({"role": "user", "content": [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": DATA_URL}}]})


def policy(tmp_path: Path, images: str) -> Path:
    """The default policy with another `routing.images` rule."""
    text = bundled_policy("default").read_text()
    assert "\n  images: local\n" in text
    path = tmp_path / f"images-{images}.yaml"
    path.write_text(text.replace("\n  images: local\n", f"\n  images: {images}\n"))
    return path


async def test_default_keeps_images_local_and_refuses_when_the_local_model_cannot_read_them(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=with_image(), headers=CLOUD)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "images_not_served"
    assert "routing.images: local" in error["message"] and "does not read images" in error["message"]
    assert fakes.requests == []


async def test_default_serves_images_locally_when_the_local_model_reads_them(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway(local=VISION) as client:
        response = await client.post("/v1/chat/completions", json=with_image(), headers=CLOUD)
    assert response.status_code == 200 and response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []
    assert fakes.local_requests[0]["messages"][0]["images"] == [PNG]


async def test_refuse_rule_refuses_even_a_vision_model(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    async with gateway(local=VISION, policy_path=policy(tmp_path, "refuse")) as client:
        response = await client.post("/v1/chat/completions", json=with_image())
    assert response.status_code == 400 and "routing.images: refuse" in response.json()["error"]["message"]
    assert fakes.requests == []


async def test_cloud_rule_sends_the_image_with_the_text_beside_it_pseudonymized(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    async with gateway(policy_path=policy(tmp_path, "cloud")) as client:
        response = await client.post("/v1/chat/completions", json=with_image(), headers=CLOUD)
    assert response.status_code == 200 and response.headers["x-privacy-tier"] == "cloud"
    blocks = fakes.cloud_requests[0]["messages"][0]["content"]
    assert blocks[0] == {"type": "text", "text": "My colleague <PERSON_1> sent me this photo; please describe it."}
    assert blocks[1] == {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}}
    assert NAME not in fakes.cloud_text() and fakes.local_requests == []
    assert response.json()["choices"][0]["message"]["content"] == f"You said: My colleague {NAME} sent me this photo; please describe it."


async def test_cloud_rule_escalates_images_the_local_model_cannot_read(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    async with gateway(policy_path=policy(tmp_path, "cloud")) as client:
        response = await client.post("/v1/chat/completions", json=with_image())
    assert response.status_code == 200 and response.headers["x-privacy-tier"] == "cloud"
    assert fakes.local_requests == [] and NAME not in fakes.cloud_text()


async def test_cloud_rule_with_local_only_data_and_no_vision_is_refused(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    async with gateway(policy_path=policy(tmp_path, "cloud")) as client:
        response = await client.post("/v1/chat/completions", json=with_image("Card 4111 1111 1111 1111 is on the photo."), headers=CLOUD)
    assert response.status_code == 400
    assert "may not leave the machine (CREDIT_CARD)" in response.json()["error"]["message"]
    assert fakes.requests == []


async def test_local_tier_down_does_not_fail_over_images_to_the_cloud(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["local"] = "connect"
    async with gateway(local=VISION) as client:
        response = await client.post("/v1/chat/completions", json=with_image())
    assert response.status_code == 503 and "images" in response.json()["error"]["message"]
    assert fakes.cloud_requests == []


async def test_cloud_tier_down_does_not_fall_back_to_a_local_model_that_cannot_read_images(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    fakes.fail["cloud"] = 503
    async with gateway(policy_path=policy(tmp_path, "cloud")) as client:
        response = await client.post("/v1/chat/completions", json=with_image(), headers=CLOUD)
    assert response.status_code == 503
    assert fakes.local_requests == []


@pytest.mark.parametrize(
    ("path", "request_body"),
    [
        pytest.param(
            "/v1/messages",
            {"model": "m", "max_tokens": 50, "messages": [{"role": "user", "content": [{"type": "text", "text": f"From {NAME}"}, {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}}]}]},
            id="anthropic",
        ),
        pytest.param("/api/chat", {"model": "m", "stream": False, "messages": [{"role": "user", "content": f"From {NAME}", "images": [PNG]}]}, id="ollama"),
    ],
)
async def test_every_ingress_carries_images_under_the_same_rule(gateway: GatewayFactory, fakes: FakeUpstreams, path: str, request_body: dict[str, Any]) -> None:
    async with gateway() as client:
        refused = await client.post(path, json=request_body, headers=CLOUD)
    assert refused.status_code == 400 and "does not read images" in json.dumps(refused.json())
    assert fakes.requests == []
    async with gateway(local=VISION) as client:
        served = await client.post(path, json=request_body, headers=CLOUD)
    assert served.status_code == 200 and served.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == [] and fakes.local_requests[0]["messages"][0]["images"] == [PNG]


def test_policy_and_config_validate_the_image_settings(tmp_path: Path) -> None:
    bad_policy = tmp_path / "p.yaml"
    bad_policy.write_text("version: 1\nrouting: {images: maybe}\n")
    with pytest.raises(FileProblems) as caught:
        load_policy(bad_policy)
    assert "images must be one of local, cloud, refuse" in str(caught.value)
    assert load_policy(policy(tmp_path, "cloud")).routing.images == "cloud"
    assert load_policy(bundled_policy("default")).routing.images == "local"

    config = tmp_path / "gateway.yaml"
    config.write_text("backends:\n  local: {kind: ollama, url: 'http://x', model: llava, vision: true}\n")
    assert load_config(config).local.vision is True
    config.write_text("backends:\n  local: {kind: ollama, url: 'http://x', model: llava, vision: 'yes'}\n")
    with pytest.raises(FileProblems) as caught:
        load_config(config)
    assert "backends.local.vision must be true or false" in str(caught.value)
