"""Policy `answers:`: personal data a model adds to its answer is reported, or redacted before the
client sees it, streamed and not, on every ingress; the user's own restored values are untouched."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.policy.bundled import bundled_policy
from privacy_gateway.policy.schema import load_policy
from privacy_gateway.testing.fake_upstreams import FakeToolCall, FakeUpstreams
from privacy_gateway.yamlfile import FileProblems
from tests.helpers import CLOUD, GatewayFactory

pytestmark = pytest.mark.anyio

OWN = "Maria Gonzalez"
STRANGER = "Eleanor Whitfield"
PROMPT = f"Write a short note to {OWN} about the offsite."


def policy_with(tmp_path: Path, answers: str) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(bundled_policy("default").read_text() + f"\nanswers:\n{answers}")
    return path


def reply(tier: str, body: dict[str, Any]) -> str:
    own = "<PERSON_1>" if tier == "cloud" else OWN  # the cloud saw a placeholder, the local model the name
    return f"I wrote to {own} about the offsite. You could also copy {STRANGER}, who runs the venue.\nBest regards,\nthe assistant"


def request(ingress: str, stream: bool) -> tuple[str, dict[str, Any]]:
    messages = [{"role": "user", "content": PROMPT}]
    if ingress == "openai":
        return "/v1/chat/completions", {"model": "any", "messages": messages, "stream": stream}
    if ingress == "anthropic":
        return "/v1/messages", {"model": "any", "max_tokens": 256, "messages": messages, "stream": stream}
    return "/api/chat", {"model": "any", "messages": messages, "stream": stream}


def answer_text(ingress: str, stream: bool, raw: str) -> str:
    if not stream:
        body = json.loads(raw)
        if ingress == "openai":
            return body["choices"][0]["message"]["content"]
        if ingress == "anthropic":
            return "".join(b["text"] for b in body["content"] if b["type"] == "text")
        return body["message"]["content"]
    if ingress == "ollama":
        return "".join(json.loads(line)["message"]["content"] for line in raw.splitlines() if line.strip())
    out = []
    for line in raw.splitlines():
        if not line.startswith("data: ") or line == "data: [DONE]":
            continue
        data = json.loads(line[len("data: "):])
        if ingress == "openai":
            out += [c["delta"].get("content") or "" for c in data.get("choices", [])]
        elif data.get("type") == "content_block_delta" and data["delta"].get("type") == "text_delta":
            out.append(data["delta"]["text"])
    return "".join(out)


def records(tmp_path: Path) -> list[dict[str, Any]]:
    lines = (tmp_path / "audit.jsonl").read_bytes().splitlines()
    return [e for e in map(json.loads, lines) if "event" not in e]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("ingress", ["openai", "anthropic", "ollama"])
@pytest.mark.parametrize("tier", ["cloud", "local"])
async def test_a_person_the_prompt_did_not_name_is_redacted_and_the_users_own_name_kept(
    gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path, ingress: str, stream: bool, tier: str
) -> None:
    fakes.reply, fakes.chunk_size = reply, 5  # names split across many frames
    headers = CLOUD if tier == "cloud" else {}
    async with gateway(policy_path=policy_with(tmp_path, "  PERSON: redact\n")) as client:
        path, body = request(ingress, stream)
        response = await client.post(path, json=body, headers=headers)
        metrics = (await client.get("/metrics")).text
    assert response.status_code == 200 and response.headers["x-privacy-tier"] == tier
    text = answer_text(ingress, stream, response.text)
    assert text == f"I wrote to {OWN} about the offsite. You could also copy <PERSON>, who runs the venue.\nBest regards,\nthe assistant"
    [record] = records(tmp_path)
    assert record["answer_entities"] == {"PERSON": {"count": 1, "action": "redact"}}
    assert 'privacy_gateway_answer_entities_total{action="redact",entity_type="PERSON"} 1' in metrics
    assert STRANGER not in (tmp_path / "audit.jsonl").read_text()


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
async def test_report_only_counts_and_passes_the_answer_unchanged(
    gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path, stream: bool
) -> None:
    fakes.reply, fakes.chunk_size = reply, 5
    async with gateway(policy_path=policy_with(tmp_path, "  PERSON: report\n")) as client:
        path, body = request("openai", stream)
        response = await client.post(path, json=body, headers=CLOUD)
    assert answer_text("openai", stream, response.text) == reply("local", {})
    [record] = records(tmp_path)
    assert record["answer_entities"] == {"PERSON": {"count": 1, "action": "report"}}


async def test_without_an_answers_section_nothing_is_screened(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    fakes.reply = reply
    async with gateway() as client:
        path, body = request("openai", False)
        response = await client.post(path, json=body, headers=CLOUD)
    assert STRANGER in response.text
    assert "answer_entities" not in records(tmp_path)[0]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        pytest.param("  PERSON: mask\n", "answers.PERSON must be one of report, redact, got 'mask'", id="bad-action"),
        pytest.param("  PERSN: redact\n", "unknown entity type 'PERSN' under answers (did you mean 'PERSON'?)", id="typo"),
    ],
)
def test_policy_check_reads_the_answers_section(tmp_path: Path, answers: str, message: str) -> None:
    with pytest.raises(FileProblems, match=re.escape(message)):
        load_policy(policy_with(tmp_path, answers))
    assert load_policy(policy_with(tmp_path, "  PERSON: redact\n  EMAIL_ADDRESS: report\n")).answers == {"PERSON": "redact", "EMAIL_ADDRESS": "report"}


def test_policy_check_counts_the_answer_rules(tmp_path: Path) -> None:
    from privacy_gateway.cli.policy import check_file

    problems, summary = check_file(policy_with(tmp_path, "  PERSON: redact\n"))
    assert problems == [] and summary.endswith(", 1 answer rule)")


def tool_arguments(ingress: str, stream: bool, raw: str) -> list[dict[str, Any]]:
    """Each tool call's arguments as the client will parse them."""
    if not stream:
        body = json.loads(raw)
        if ingress == "openai":
            return [json.loads(c["function"]["arguments"]) for c in body["choices"][0]["message"]["tool_calls"]]
        if ingress == "anthropic":
            return [b["input"] for b in body["content"] if b["type"] == "tool_use"]
        return [c["function"]["arguments"] for c in body["message"]["tool_calls"]]
    if ingress == "ollama":
        lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
        return [c["function"]["arguments"] for line in lines for c in line["message"].get("tool_calls") or []]
    parts: dict[int, str] = {}
    for line in raw.splitlines():
        if not line.startswith("data: ") or line == "data: [DONE]":
            continue
        data = json.loads(line[len("data: "):])
        if ingress == "openai":
            for choice in data.get("choices", []):
                for call in choice["delta"].get("tool_calls") or []:
                    parts[call["index"]] = parts.get(call["index"], "") + (call["function"].get("arguments") or "")
        elif data.get("type") == "content_block_delta" and data["delta"].get("type") == "input_json_delta":
            parts[data["index"]] = parts.get(data["index"], "") + data["delta"]["partial_json"]
    return [json.loads(parts[i]) for i in sorted(parts)]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("ingress", ["openai", "anthropic", "ollama"])
async def test_tool_call_arguments_are_screened_and_stay_valid_json(
    gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path, ingress: str, stream: bool
) -> None:
    # The model fills a tool call with a person the prompt never named (from its own knowledge, or
    # another system): redacted, while the user's own restored name in the same call is kept.
    fakes.chunk_size = 5
    fakes.reply = lambda tier, body: "Sending it now."
    fakes.tool_calls = [FakeToolCall("send_email", {"to": "<PERSON_1>", "cc": STRANGER, "body": f"Please loop in {STRANGER} too."})]
    async with gateway(policy_path=policy_with(tmp_path, "  PERSON: redact\n")) as client:
        path, body = request(ingress, stream)
        response = await client.post(path, json=body, headers=CLOUD)
    assert response.status_code == 200, response.text
    [arguments] = tool_arguments(ingress, stream, response.text)
    assert arguments["to"] == OWN
    assert STRANGER not in json.dumps(arguments) and STRANGER not in response.text
    assert "<PERSON>" in arguments["cc"] + arguments["body"]
    [record] = records(tmp_path)
    assert record["answer_entities"]["PERSON"]["action"] == "redact"


async def test_report_only_passes_tool_call_arguments_byte_identical(gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path) -> None:
    fakes.reply = lambda tier, body: "Sending it now."
    fakes.tool_calls = [FakeToolCall("send_email", {"to": "<PERSON_1>", "cc": STRANGER})]
    async with gateway(policy_path=policy_with(tmp_path, "  PERSON: report\n")) as client:
        path, body = request("openai", False)
        response = await client.post(path, json=body, headers=CLOUD)
    [call] = response.json()["choices"][0]["message"]["tool_calls"]
    assert call["function"]["arguments"] == json.dumps({"to": OWN, "cc": STRANGER})
    [record] = records(tmp_path)
    assert record["answer_entities"] == {"PERSON": {"count": 1, "action": "report"}}
