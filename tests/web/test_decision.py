"""`X-Privacy-Decision`: the rule that decided, in the same words in the header, the audit log,
`/metrics`, `audit search` and `audit report`; types, never values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.audit.cli import main as audit
from privacy_gateway.config.settings import bundled_policy
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

SSN = "536-80-4398"


def blocking_policy(tmp_path: Path) -> Path:
    """The default policy with card numbers blocked instead of kept local."""
    text = bundled_policy("default").read_text().replace("CREDIT_CARD:       {action: local_only", "CREDIT_CARD:       {action: block")
    path = tmp_path / "blocking.yaml"
    path.write_text(text)
    return path


async def test_every_answer_says_which_rule_decided(gateway: GatewayFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async with gateway(policy_path=blocking_policy(tmp_path)) as client:
        kept = await client.post("/v1/chat/completions", json=chat(f"My SSN is {SSN}, is it valid?"), headers=CLOUD)
        plain = await client.post("/v1/chat/completions", json=chat("What is the capital of France?"))
        asked = await client.post("/v1/chat/completions", json=chat("Tell me a joke", stream=True), headers=CLOUD)
        blocked = await client.post("/v1/chat/completions", json=chat("Charge 4111 1111 1111 1111 please"), headers=CLOUD)
        health = await client.get("/healthz")
        metrics = (await client.get("/metrics")).text

    assert (kept.status_code, kept.headers["x-privacy-tier"], kept.headers["x-privacy-decision"]) == (200, "local", "local_only_entities: US_SSN")
    assert plain.headers["x-privacy-decision"] == "default_local"
    assert (asked.headers["x-privacy-tier"], asked.headers["x-privacy-decision"]) == ("cloud", "client_requested_cloud")
    assert (blocked.status_code, blocked.headers["x-privacy-tier"], blocked.headers["x-privacy-decision"]) == (400, "none", "content_blocked: CREDIT_CARD")
    assert health.headers["x-privacy-decision"] == "none"
    for response in (kept, plain, asked, blocked):
        # The card's groups, not "4111" alone: a request id's random hex holds four digits as often.
        assert SSN not in str(response.headers) and "4111 1111" not in str(response.headers) and "41111111" not in str(response.headers)

    records = [r for line in (tmp_path / "audit.jsonl").read_text().splitlines() if "event" not in (r := json.loads(line))]
    assert [(r["served_tier"], r["decision"]) for r in records] == [
        ("local", "local_only_entities"), ("local", "default_local"), ("cloud", "client_requested_cloud"), ("none", "content_blocked"),
    ]
    assert 'decision="local_only_entities",ingress="openai",outcome="ok",status="200",tier="local"' in metrics
    assert 'decision="content_blocked",ingress="openai",outcome="refused",status="400",tier="none"' in metrics
    assert 'privacy_gateway_escalations_total{decision="client_requested_cloud"} 1' in metrics

    log = str(tmp_path / "audit.jsonl")
    assert audit(["search", "--path", log, "--decision", "local_only_entities"]) == 0
    assert audit(["search", "--path", log, "--tier", "none", "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "local_only_entities" in out[0] and json.loads(out[1])["decision"] == "content_blocked"
    assert audit(["report", "--path", log]) == 0
    report = capsys.readouterr().out
    assert "Escalations:  1 " in report and "local_only_entities 1" in report and "not served 1" in report


async def test_a_request_no_tier_answered_is_none_in_the_header_and_the_audit_log(gateway: GatewayFactory, fakes: Any, tmp_path: Path) -> None:
    fakes.fail = {"local": "connect"}
    async with gateway(cloud=None, cloud_disabled_reason="the cloud tier is disabled: no backends.cloud in the config") as client:
        failed = await client.post("/v1/chat/completions", json=chat("What is the capital of France?"))
        asked = await client.post("/v1/chat/completions", json=chat("Tell me a joke"), headers=CLOUD)
    assert (failed.status_code, failed.headers["x-privacy-tier"], failed.headers["x-privacy-decision"]) == (502, "none", "default_local")
    assert "http://local.test" in failed.json()["error"]["message"] and "ollama pull llama3.2" in failed.json()["error"]["message"]
    assert (asked.status_code, asked.headers["x-privacy-decision"]) == (503, "cloud_not_configured")
    assert "without X-Privacy-Tier: cloud" in asked.json()["error"]["message"]
    records = [r for line in (tmp_path / "audit.jsonl").read_text().splitlines() if "event" not in (r := json.loads(line))]
    assert [(r["served_tier"], r["backend"], r["outcome"]) for r in records] == [("none", "local:ollama", "failed"), ("none", None, "refused")]
