"""Hot reload, the policy header, and clients bound to different policies."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.config.clients import Client, key_hash, new_key
from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.yamlfile import FileProblems
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

EMAIL_PSEUDONYMIZED = "version: 1\nname: editable\nentities:\n  EMAIL_ADDRESS: {action: pseudonymize}\n"
EMAIL_LOCAL_ONLY = "version: 1\nname: editable\nentities:\n  EMAIL_ADDRESS: {action: local_only}\n"
BROKEN = "version: 1\nname: editable\nentities:\n  EMAIL_ADDRESS: {action: local_only\n"
PROMPT = chat("please email jane.doe@example.com about the invoice")


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def policy_errors() -> Any:
    handler = Collect()
    logger = logging.getLogger("privacy_gateway.policy.schema")
    logger.addHandler(handler)
    yield handler.messages
    logger.removeHandler(handler)


async def test_an_edit_takes_effect_on_the_next_request_and_a_broken_one_leaves_it_in_force(
    gateway: GatewayFactory, fakes: Any, tmp_path: Path, policy_errors: list[str]
) -> None:
    policy = tmp_path / "editable.yaml"
    policy.write_text(EMAIL_PSEUDONYMIZED)
    async with gateway(policy_path=policy, policy_reload_seconds=0) as client:
        first = await client.post("/v1/chat/completions", json=PROMPT, headers=CLOUD)
        assert first.headers["x-privacy-tier"] == "cloud"
        assert "jane.doe" not in fakes.cloud_text() and "<EMAIL_ADDRESS_1>" in fakes.cloud_text()
        first_version = first.headers["x-privacy-policy"]

        policy.write_text(EMAIL_LOCAL_ONLY)
        second = await client.post("/v1/chat/completions", json=PROMPT, headers=CLOUD)
        assert second.headers["x-privacy-tier"] == "local"
        second_version = second.headers["x-privacy-policy"]
        assert second_version != first_version and second_version.startswith("editable@")

        policy.write_text(BROKEN)
        third = await client.post("/v1/chat/completions", json=PROMPT, headers=CLOUD)
        assert third.headers["x-privacy-tier"] == "local"  # the last good version still decides
        assert third.headers["x-privacy-policy"] == second_version

    assert len(policy_errors) == 1  # logged once, not on every request
    assert f"{policy}:5:1: YAML syntax error" in policy_errors[0] and "the flow mapping began at line 4, column 18" in policy_errors[0]
    assert "stays in force" in policy_errors[0]
    records = [r for r in map(json.loads, (tmp_path / "audit.jsonl").read_text().splitlines()) if "event" not in r]
    versions = [r["policy_version"] for r in records]
    assert versions == [first_version.split("@")[1], second_version.split("@")[1], second_version.split("@")[1]]


def test_a_request_keeps_the_version_it_started_with(tmp_path: Path) -> None:
    from privacy_gateway.policy.store import PolicyStore

    policy = tmp_path / "editable.yaml"
    policy.write_text(EMAIL_PSEUDONYMIZED)
    closed: list[str] = []
    store = PolicyStore("editable", policy, build=lambda p: p.version, close=closed.append, check_every=0)
    running = store.acquire()
    policy.write_text(EMAIL_LOCAL_ONLY)
    newer = store.acquire()
    assert running.policy.rule("EMAIL_ADDRESS").action == "pseudonymize"
    assert newer.policy.rule("EMAIL_ADDRESS").action == "local_only"
    assert closed == []  # the replaced version still has a request in flight
    store.release(running)
    assert closed == [running.built]
    store.release(newer)
    store.shutdown()
    assert closed == [running.built, newer.built]


async def test_without_an_edit_nothing_is_reloaded(gateway: GatewayFactory, tmp_path: Path) -> None:
    policy = tmp_path / "editable.yaml"
    policy.write_text(EMAIL_PSEUDONYMIZED)
    async with gateway(policy_path=policy, policy_reload_seconds=0) as client:
        store = client._transport.app.state.gateway_state.policies.store(None)  # type: ignore[attr-defined]
        enforced = store.current
        for _ in range(3):
            await client.post("/v1/chat/completions", json=PROMPT)
        assert store.current is enforced


async def test_each_client_runs_under_its_own_policy(gateway: GatewayFactory, fakes: Any) -> None:
    default_key, payments_key = new_key(), new_key()
    clients = (Client("chat-ui", key_hash(default_key)), Client("billing", key_hash(payments_key), "payments"))
    card = chat("please refund the card 4111 1111 1111 1111 today")
    async with gateway(clients=clients) as client:
        as_default = await client.post("/v1/chat/completions", json=card, headers={**CLOUD, "Authorization": f"Bearer {default_key}"})
        as_billing = await client.post("/v1/chat/completions", json=card, headers={**CLOUD, "Authorization": f"Bearer {payments_key}"})
        ready = (await client.get("/readyz")).json()
    assert as_default.headers["x-privacy-policy"].startswith("default@")
    assert as_default.headers["x-privacy-tier"] == "local"  # default: card numbers are local_only
    assert as_billing.headers["x-privacy-policy"].startswith("payments@")
    assert as_billing.headers["x-privacy-tier"] == "cloud"  # payments: redacted, then may escalate
    assert "4111" not in fakes.cloud_text() and "<CREDIT_CARD>" in fakes.cloud_text()
    assert set(ready["policies"]) == {"default", "payments"}


async def test_custom_recognizers_stay_with_their_policy(gateway: GatewayFactory, fakes: Any) -> None:
    strict_key, default_key = new_key(), new_key()
    clients = (Client("ops", key_hash(strict_key), "strict"), Client("chat-ui", key_hash(default_key)))
    prompt = chat("when does the bluebird release freeze start?")
    async with gateway(clients=clients) as client:
        strict = await client.post("/v1/chat/completions", json=prompt, headers={**CLOUD, "Authorization": f"Bearer {strict_key}"})
        default = await client.post("/v1/chat/completions", json=prompt, headers={**CLOUD, "Authorization": f"Bearer {default_key}"})
    assert strict.headers["x-privacy-tier"] == "local"  # strict's codename deny-list
    assert default.headers["x-privacy-tier"] == "cloud"  # default has no such recognizer
    assert "bluebird" in fakes.cloud_text()


def test_the_gateway_refuses_to_start_on_an_invalid_policy(tmp_path: Path, analyzer: Any) -> None:
    from privacy_gateway.web.app import create_app

    policy = tmp_path / "broken.yaml"
    policy.write_text("version: 1\nentitys: {}\n")
    with pytest.raises(FileProblems) as caught:
        create_app(config_for_tests(tmp_path, policy_path=policy), analyzer=analyzer)
    assert str(caught.value) == f"{policy}:2:1: unknown key 'entitys' in policy (did you mean 'entities'?)"


def test_the_shipped_default_policy_is_the_default(tmp_path: Path) -> None:
    assert config_for_tests(tmp_path).policy_files() == {"default": bundled_policy("default")}
