"""Shadow policies: a second policy decided beside the enforced one, in the audit log only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.audit.cli import main
from privacy_gateway.config.clients import Client, key_hash, new_key
from privacy_gateway.config.settings import load_config
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.yamlfile import FileProblems
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

NAME = "Maria Gonzalez"


def entries(path: Path) -> list[dict[str, Any]]:
    return [e for e in (json.loads(line) for line in path.read_bytes().splitlines()) if "event" not in e]


async def test_strict_as_shadow_beside_default_changes_nothing_and_says_what_it_would_have(
    gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async with gateway(shadow_policy="strict") as client:
        named = await client.post("/v1/chat/completions", json=chat(f"Write to {NAME} about the offsite."), headers=CLOUD)
        plain = await client.post("/v1/chat/completions", json=chat("What is the boiling point of water?"), headers=CLOUD)
        metrics = (await client.get("/metrics")).text
    # Enforced as default: the name went to the cloud as a placeholder, as without a shadow.
    assert named.headers["x-privacy-tier"] == "cloud" and plain.headers["x-privacy-tier"] == "cloud"
    assert NAME not in fakes.cloud_text() and "<PERSON_1>" in fakes.cloud_text()

    log = tmp_path / "audit.jsonl"
    first, second = entries(log)
    assert first["policy"] == "default" and first["shadow_policy"] == "strict"
    assert first["shadow_tier"] == "local" and first["shadow_decision"] == "local_only_entities"
    assert first["shadow_entities"] == {"PERSON": {"count": 1, "action": "local_only"}}
    assert first["shadow_differences"] == ["stays_local"]
    assert second["shadow_tier"] == "cloud" and second["shadow_differences"] == []
    assert NAME.lower() not in log.read_text().lower()
    assert 'privacy_gateway_shadow_differences_total{kind="stays_local"} 1' in metrics

    html = tmp_path / "report.html"
    assert main(["report", "--path", str(log), "--html", str(html)]) == 0
    text = capsys.readouterr().out
    assert "Shadow policy strict@" in text and "1 of 2 requests would have been decided differently" in text
    assert "would have stayed local: 1" in text
    page = html.read_text()
    assert first["request_id"] in page and second["request_id"] not in page
    assert "cloud (client_requested_cloud)" in page and "local (local_only_entities)" in page
    assert "PERSON: pseudonymize -&gt; local_only" in page
    assert NAME not in page


async def test_a_shadow_that_blocks_or_masks_more_is_counted_by_kind(
    gateway: GatewayFactory, tmp_path: Path
) -> None:
    shadow = tmp_path / "tighter.yaml"
    shadow.write_text("version: 1\nname: tighter\nentities:\n  PERSON: block\n  EMAIL_ADDRESS: redact\n")
    async with gateway(shadow_policy=str(shadow)) as client:
        await client.post("/v1/chat/completions", json=chat(f"Write to {NAME} about the offsite."), headers=CLOUD)
        await client.post("/v1/chat/completions", json=chat("Send the minutes to jo.bloggs@example.org please."), headers=CLOUD)
        metrics = (await client.get("/metrics")).text
    blocked, masked = entries(tmp_path / "audit.jsonl")
    assert blocked["shadow_tier"] == "none" and blocked["shadow_decision"] == "content_blocked"
    assert blocked["shadow_differences"] == ["refused"]
    assert masked["shadow_differences"] == ["more_masked"]
    assert masked["shadow_entities"]["EMAIL_ADDRESS"]["action"] == "redact"
    assert 'privacy_gateway_shadow_differences_total{kind="refused"} 1' in metrics
    assert 'privacy_gateway_shadow_differences_total{kind="more_masked"} 1' in metrics


async def test_a_client_shadow_overrides_the_global_one(gateway: GatewayFactory, tmp_path: Path) -> None:
    trial, plain = new_key(), new_key()
    clients = (Client("trial", key_hash(trial), None, "strict"), Client("plain", key_hash(plain)))
    async with gateway(clients=clients) as client:
        for key in (trial, plain):
            await client.post("/v1/chat/completions", json=chat(f"Write to {NAME}."), headers={**CLOUD, "Authorization": f"Bearer {key}"})
    by_client = {e["client"]: e for e in entries(tmp_path / "audit.jsonl")}
    assert by_client["trial"]["shadow_policy"] == "strict"
    assert "shadow_policy" not in by_client["plain"]


def test_config_names_the_shadow_policy_globally_and_per_client(tmp_path: Path) -> None:
    sha = "a" * 64
    path = tmp_path / "gateway.yaml"
    path.write_text(f"shadow_policy: strict\nclients:\n  bot: {{key_sha256: {sha}, shadow_policy: payments}}\n")
    config = load_config(path)
    assert config.shadow_for(None) == "strict" and config.shadow_for("bot") == "payments"
    assert {"strict", "payments"} <= set(config.policy_files())
    path.write_text("shadow_policy: strictt\n")
    with pytest.raises(FileProblems, match="shadow_policy 'strictt' is neither a name under 'policies' nor a policy file"):
        load_config(path)
