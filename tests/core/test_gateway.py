"""The whole path through the app: what the cloud saw, what the client got back."""

from __future__ import annotations

import json
from typing import Any

import pytest

from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

NAME, EMAIL, PHONE = "Maria Gonzalez", "maria.gonzalez@example.com", "+44 20 7946 0958"


async def test_cloud_sees_placeholders_client_gets_values(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    prompt = f"Write a short intro for {NAME}. Her email is {EMAIL} and her phone is {PHONE}."
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "cloud"
    assert response.headers["x-request-id"]
    seen = fakes.cloud_text()
    for value in (NAME, "Maria", "Gonzalez", EMAIL, "7946"):
        assert value not in seen
    assert "<PERSON_1>" in seen and "<EMAIL_ADDRESS_1>" in seen and "<PHONE_NUMBER_1>" in seen
    assert response.json()["choices"][0]["message"]["content"] == f"You said: {prompt}"
    assert fakes.local_requests == []


async def test_three_turn_conversation_keeps_placeholders(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    turns = [
        f"My colleague {NAME} needs a reference letter.",
        "Make it warmer. Also mention David Chen, her manager.",
        f"Sign it from David Chen and cc {EMAIL}.",
    ]
    history: list[dict[str, Any]] = []
    async with gateway() as client:
        for turn in turns:
            history.append({"role": "user", "content": turn})
            response = await client.post("/v1/chat/completions", json=chat(*history), headers=CLOUD)
            assert response.status_code == 200
            history.append(response.json()["choices"][0]["message"])
    assert history[1]["content"] == f"You said: {turns[0]}"
    bodies = fakes.cloud_requests
    assert len(bodies) == 3
    seen = fakes.cloud_text()
    for value in (NAME, "David Chen", EMAIL):
        assert value not in seen
    first_turn = [m["content"][0]["text"] for m in bodies[0]["messages"]]
    third_turn = [m["content"][0]["text"] for m in bodies[2]["messages"]]
    assert third_turn[0] == first_turn[0] == "My colleague <PERSON_1> needs a reference letter."
    assert "<PERSON_2>" in third_turn[2] and "<PERSON_2>" in third_turn[4]


@pytest.mark.parametrize(
    "rewritten",
    ["<person_1>", "PERSON_1", "[PERSON_1]", "{PERSON_1}", "<PERSON 1>"],
)
async def test_rewritten_placeholders_are_restored(gateway: GatewayFactory, fakes: FakeUpstreams, rewritten: str) -> None:
    fakes.reply = lambda tier, body: f"Dear {rewritten}, thanks. {rewritten}'s file is ready."
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(f"Thank {NAME} for the file."), headers=CLOUD)
    assert response.json()["choices"][0]["message"]["content"] == f"Dear {NAME}, thanks. {NAME}'s file is ready."


async def test_ssn_stays_local_whatever_the_client_asked(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("My SSN is 219-09-9999, fill in the W-4."), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []
    assert "219-09-9999" in json.dumps(fakes.local_requests)


async def test_another_countrys_national_id_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    args = json.dumps({"employee": "Ivana Horvat", "national_id": "28671930544"})
    messages = [
        {"role": "user", "content": "Register the new hire."},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "register", "arguments": args}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "done"},
        {"role": "user", "content": "Now write her welcome note."},
    ]
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(*messages), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []
    assert "28671930544" in json.dumps(fakes.local_requests)


async def test_credit_card_in_tool_call_history_stays_local(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    messages = [
        {"role": "user", "content": "Pay the invoice."},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "pay", "arguments": json.dumps({"card": "4111 1111 1111 1111"})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "paid"},
        {"role": "user", "content": "Thanks, now summarise."},
    ]
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(*messages), headers=CLOUD)
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []


async def test_tool_arguments_and_results_are_pseudonymized_and_restored(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.tool_calls = [FakeToolCall("send_email", {"to": "<EMAIL_ADDRESS_1>", "greeting": "Hi <PERSON_1>"})]
    messages = [
        {"role": "system", "content": "You send emails."},
        {"role": "user", "content": f"Send a note to {NAME} at {EMAIL}."},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": json.dumps({"who": NAME})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": f"{NAME} prefers {EMAIL}"},
    ]
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(*messages), headers=CLOUD)
    assert response.status_code == 200
    seen = fakes.cloud_text()
    assert NAME not in seen and EMAIL not in seen
    body = fakes.cloud_requests[0]
    assert body["system"] == "You send emails."
    tool_use = body["messages"][1]["content"][0]
    assert tool_use == {"type": "tool_use", "id": "c1", "name": "lookup", "input": {"who": "<PERSON_1>"}}
    call = response.json()["choices"][0]["message"]["tool_calls"][0]
    assert json.loads(call["function"]["arguments"]) == {"to": EMAIL, "greeting": f"Hi {NAME}"}
    assert response.json()["choices"][0]["finish_reason"] == "tool_calls"


async def test_blocked_entity_is_refused_naming_the_type_not_the_value(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Any) -> None:
    policy = tmp_path / "block.yaml"
    policy.write_text("version: 1\nentities:\n  EMAIL_ADDRESS: {action: block}\n")
    async with gateway(policy_path=policy) as client:
        response = await client.post("/v1/chat/completions", json=chat(f"Mail {EMAIL}"))
    assert response.status_code == 400
    error = response.json()["error"]
    assert "EMAIL_ADDRESS" in error["message"] and EMAIL not in error["message"]
    assert error["code"] == "content_blocked"
    assert fakes.requests == []


async def test_cloud_not_configured_is_a_clear_error(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway(cloud=None, cloud_disabled_reason="the cloud tier is disabled: environment variable ANTHROPIC_API_KEY is not set") as client:
        response = await client.post("/v1/chat/completions", json=chat("What is 2+2?"), headers=CLOUD)
        plain = await client.post("/v1/chat/completions", json=chat("What is 2+2?"))
    assert response.status_code == 503
    assert "ANTHROPIC_API_KEY" in response.json()["error"]["message"]
    assert plain.status_code == 200 and plain.headers["x-privacy-tier"] == "local"


async def test_default_is_local_and_unmapped_model_names_are_served(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(f"Hello, I am {NAME}", model="gpt-4-turbo"))
    assert response.headers["x-privacy-tier"] == "local"
    assert response.json()["model"] == "llama3.2"
    assert fakes.local_requests[0]["model"] == "llama3.2"
    assert fakes.local_requests[0]["stream"] is False
    assert NAME in fakes.local_requests[0]["messages"][0]["content"]


async def test_model_mapped_to_cloud_escalates(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway(cloud_models=("claude-opus-4",)) as client:
        response = await client.post("/v1/chat/completions", json=chat(f"Hi, I am {NAME}", model="claude-opus-4"))
    assert response.headers["x-privacy-tier"] == "cloud"
    assert fakes.cloud_requests[0]["model"] == "claude-opus-4"


async def test_local_header_always_keeps_it_local(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway(cloud_models=("claude-opus-4",)) as client:
        response = await client.post("/v1/chat/completions", json=chat("Hi", model="claude-opus-4"), headers={"X-Privacy-Tier": "local"})
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []


async def test_clients_authorization_is_never_forwarded(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    async with gateway() as client:
        await client.post("/v1/chat/completions", json=chat("Hi"), headers={**CLOUD, "Authorization": "Bearer client-secret"})
    tier, headers = fakes.headers[0]
    assert tier == "cloud"
    assert "client-secret" not in json.dumps(headers)
    assert headers["x-api-key"] == "test-cloud-key"
    assert headers["anthropic-version"] == "2023-06-01"


async def test_local_down_escalates_pseudonymized(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["local"] = "connect"
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(f"Summarise the note from {NAME}."))
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "cloud"
    assert NAME not in fakes.cloud_text()
    assert NAME in response.json()["choices"][0]["message"]["content"]


async def test_local_down_with_local_only_data_fails_closed(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["local"] = 500
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("Card 4111 1111 1111 1111 was declined, why?"))
    assert response.status_code == 503
    error = response.json()["error"]
    assert "CREDIT_CARD" in error["message"] and "4111" not in error["message"]
    assert fakes.cloud_requests == []


async def test_cloud_down_falls_back_to_local(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["cloud"] = 529
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("What is 2+2?"), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "local"


async def test_upstream_client_error_is_not_failed_over(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    fakes.fail["cloud"] = 400
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("What is 2+2?"), headers=CLOUD)
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_rejected"
    assert fakes.local_requests == []


async def test_analyzer_error_fails_closed(gateway: GatewayFactory, fakes: FakeUpstreams, analyzer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("analyzer exploded")

    async with gateway() as client:
        monkeypatch.setattr(analyzer, "analyze", broken)
        response = await client.post("/v1/chat/completions", json=chat(f"I am {NAME}"), headers=CLOUD)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "analyzer_error"
    assert fakes.requests == []


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        pytest.param(b"{not json", "not valid JSON", id="malformed"),
        pytest.param(b"[]", "must be a JSON object", id="array"),
        pytest.param(b'{"model": "x"}', "'messages' is required", id="no-messages"),
        pytest.param(b'{"messages": []}', "at least one message", id="empty-messages"),
        pytest.param(b'{"messages": [{"role": "wizard", "content": "hi"}]}', "role must be one of", id="unknown-role"),
        pytest.param(b'{"messages": [{"role": "user", "content": [{"text": "hi"}]}]}', "has no 'type'", id="part-without-type"),
        pytest.param(b'{"messages": [{"role": "user", "content": 5}]}', "must be a string or an array", id="mistyped-content"),
        pytest.param(b'{"messages": [{"role": "user", "content": "hi"}], "temperature": "hot"}', "temperature", id="mistyped-field"),
        pytest.param(b'\xff\xfe{"messages": 1}', "not valid UTF-8", id="invalid-utf8"),
        pytest.param(b"[" * 100000 + b"]" * 100000, "nested too deeply", id="deep-nesting"),
    ],
)
async def test_bad_input_gets_a_400_naming_the_problem(gateway: GatewayFactory, fakes: FakeUpstreams, body: bytes, fragment: str) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", content=body, headers={"content-type": "application/json"})
        health = await client.get("/healthz")
    assert response.status_code == 400
    assert fragment in response.json()["error"]["message"]
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert health.status_code == 200
    assert fakes.requests == []


async def test_bad_tier_header_is_a_400(gateway: GatewayFactory) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("hi"), headers={"X-Privacy-Tier": "moon"})
    assert response.status_code == 400


async def test_oversized_body_is_a_413(gateway: GatewayFactory) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", content=b"x" * (9 * 1024 * 1024), headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_service_endpoints(gateway: GatewayFactory) -> None:
    async with gateway() as client:
        health = await client.get("/healthz")
        ready = await client.get("/readyz")
        models = await client.get("/v1/models")
    assert health.json()["status"] == "ok"
    assert health.headers["x-request-id"] and health.headers["x-privacy-tier"] == "none"
    assert ready.json()["analyzer"]["loaded"] is True
    assert ready.json()["backends"]["local"]["reachable"] is True
    assert {m["owned_by"] for m in models.json()["data"]} == {"local", "cloud"}


async def test_audit_log_has_a_record_per_request_and_no_values(gateway: GatewayFactory, tmp_path: Any) -> None:
    async with gateway() as client:
        await client.post("/v1/chat/completions", json=chat(f"I am {NAME}, mail {EMAIL}"), headers=CLOUD)
        await client.post("/v1/chat/completions", json=chat("SSN 219-09-9999"), headers=CLOUD)
        await client.post("/v1/chat/completions", content=b"{bad")
    lines = (tmp_path / "audit.jsonl").read_text().splitlines()
    text = "\n".join(lines)
    for value in (NAME, "Maria", EMAIL, "219-09-9999", "I am"):
        assert value not in text
    records = [r for r in map(json.loads, lines) if "event" not in r]  # beside the lines noting upstream calls
    assert len(records) == 3 and len(lines) == 5
    assert records[0]["served_tier"] == "cloud" and records[0]["entities"]["PERSON"] == {"count": 1, "action": "pseudonymize"}
    assert records[0]["placeholders_restored"] == 2
    assert records[1]["served_tier"] == "local" and records[1]["decision"] == "local_only_entities"
    assert records[2]["status"] == 400 and records[2]["outcome"] == "refused"
