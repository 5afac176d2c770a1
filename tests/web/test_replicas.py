"""Two gateway processes sharing one Redis, as replicas behind a load balancer: one limit, one budget, every request counted.

Each replica is a real `python -m privacy_gateway serve` on its own port with its own audit log;
the upstreams are the recording fakes on real ports, so the test sees what the cloud received.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from privacy_gateway.audit.verify import verify_path
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.instances import gateway_instances
from privacy_gateway.testing.serve import serve_in_thread
from tests.helpers import CLOUD, chat

KEYS = {"burst-bot": "pg-test-burst-key-0123456789", "spend-bot": "pg-test-spend-key-0123456789"}
# The fake Anthropic upstream reports 12 tokens in and 8 out, priced below at $3 / $15 per million.
CLOUD_COST = (12 * 3 + 8 * 15) / 1e6


def config(local: str, cloud: str, redis_url: str, audit: Path) -> str:
    clients = "".join(f"  {name}: {{key_sha256: {hashlib.sha256(key.encode()).hexdigest()}}}\n" for name, key in KEYS.items())
    return (
        "policy: default\n"
        "backends:\n"
        f"  local: {{kind: ollama, url: '{local}', model: llama3.2}}\n"
        f"  cloud: {{kind: anthropic, url: '{cloud}', model: claude-sonnet-4-20250514, api_key_env: PG_TEST_CLOUD_KEY}}\n"
        f"audit: {{path: '{audit}/'}}\n"  # one directory, a chain per replica, as deploy/ has it
        "detection: {processes: 0}\n"
        f"clients:\n{clients}"
        "limits: {requests_per_minute: 1, burst: 5}\n"
        "pricing: {models: {claude-sonnet-4-20250514: {input: 3.0, output: 15.0}}}\n"
        f"budgets: {{default: {{daily_usd: {1.5 * CLOUD_COST!r}}}}}\n"
        f"state: {{redis_url: '{redis_url}'}}\n"
    )


@pytest.fixture
def replicas(tmp_path: Path, fakes: FakeUpstreams, redis_url: str) -> Iterator[list[str]]:
    with serve_in_thread(fakes.asgi("local")) as local, serve_in_thread(fakes.asgi("cloud")) as cloud:
        with gateway_instances(config(local, cloud, redis_url, tmp_path / "audit"), 2, tmp_path) as urls:
            yield urls


def post(url: str, client: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {KEYS[client]}", **(headers or {})}, timeout=60)


def test_a_clients_limit_and_budget_hold_across_two_replicas(replicas: list[str], fakes: FakeUpstreams, tmp_path: Path) -> None:
    # 20 rapid requests, alternating replicas: the burst of 5 is granted once, not once per replica.
    burst = [post(replicas[i % 2], "burst-bot", chat("hello")) for i in range(20)]
    assert sum(r.status_code == 200 for r in burst) == 5
    assert {r.status_code for r in burst} == {200, 429}
    assert all(int(r.headers["retry-after"]) >= 1 for r in burst if r.status_code == 429)
    assert {r.json()["error"]["code"] for r in burst if r.status_code == 429} == {"rate_limited"}

    # Another client's budget of 1.5 cloud answers: one replica spends one, the other one more;
    # the third escalation, on either replica, is served locally.
    spent = [post(replicas[i % 2], "spend-bot", chat(f"Write to Maria Gonzalez, note {i}"), CLOUD) for i in range(3)]
    assert [r.headers["x-privacy-tier"] for r in spent] == ["cloud", "cloud", "local"]
    assert spent[2].headers["x-privacy-decision"] == "cloud_budget_exhausted"
    assert len(fakes.cloud_requests) == 2
    assert "Maria" not in fakes.cloud_text()

    # Each replica writes its own chain in the shared audit directory and has its own metrics;
    # each chain verifies, and together they count every request, the refused ones included.
    log = verify_path(tmp_path / "audit")
    assert log.ok and len(log.chains) == 2 and sum(chain.requests for chain in log.chains) == 23
    records = [r for chain in log.chains for f in chain.files for r in map(json.loads, f.read_text().splitlines()) if "event" not in r]
    assert Counter((r["client"], r["status"]) for r in records) == {("burst-bot", 200): 5, ("burst-bot", 429): 15, ("spend-bot", 200): 3}
    costs = [r["cost_usd"] for r in records if r["client"] == "spend-bot" and r["served_tier"] == "cloud"]
    assert sum(costs) == pytest.approx(2 * CLOUD_COST)
    assert sum(requests_counted(url) for url in replicas) == 23


def requests_counted(url: str) -> float:
    """The sum of `privacy_gateway_requests_total` over its labels, as one replica's /metrics says."""
    lines = httpx.get(f"{url}/metrics", timeout=10).text.splitlines()
    return sum(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith("privacy_gateway_requests_total{"))
