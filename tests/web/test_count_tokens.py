"""`POST /v1/messages/count_tokens` (Anthropic): answered on this machine, with an estimate.

Counting tokens needs no model, so no upstream is called and no text leaves the machine, whatever
the request holds; the request is still audited like any other.
"""

from __future__ import annotations

import json
from typing import Any

import anthropic
import pytest

from privacy_gateway.testing.fake_upstreams import FakeUpstreams

NAME = "Maria Gonzalez"
TOOLS: Any = [{"name": "lookup_contact", "description": "Find a contact", "input_schema": {"type": "object", "properties": {"name": {"type": "string"}}}}]


@pytest.mark.parametrize("headers", [pytest.param({"X-Privacy-Tier": "cloud"}, id="cloud"), pytest.param({}, id="local")])
def test_anthropic_sdk_count_tokens(live_gateway: Any, fakes: FakeUpstreams, headers: dict[str, str], tmp_path: Any) -> None:
    with live_gateway() as url:
        client = anthropic.Anthropic(base_url=url, api_key="client-key", max_retries=0, default_headers=headers)
        short = client.messages.count_tokens(model="claude-sonnet-4-20250514", messages=[{"role": "user", "content": f"Hi, I'm {NAME}."}])
        raw = client.messages.with_raw_response.count_tokens(
            model="claude-sonnet-4-20250514", system=f"You write for {NAME}.", tools=TOOLS, messages=[{"role": "user", "content": f"Hi, I'm {NAME}. " * 50}]
        )
    longer = raw.parse()
    assert 0 < short.input_tokens < longer.input_tokens
    assert raw.headers["x-privacy-tier"] == "none" and raw.headers["x-privacy-decision"] == "estimated_locally"
    assert fakes.requests == []  # nothing reached either tier
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [(r["ingress"], r["decision"], r["status"]) for r in records] == [("anthropic_count_tokens", "estimated_locally", 200)] * 2
    assert NAME not in (tmp_path / "audit.jsonl").read_text()


def test_count_tokens_bad_input_is_a_400_in_anthropic_shape(live_gateway: Any, fakes: FakeUpstreams) -> None:
    with live_gateway() as url:
        client = anthropic.Anthropic(base_url=url, api_key="client-key", max_retries=0)
        with pytest.raises(anthropic.BadRequestError) as caught:
            client.messages.count_tokens(model="m", messages=[])
    assert caught.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]
    assert "at least one message" in str(caught.value)
    assert fakes.requests == []
