"""Streamed and non-streamed answers restore identically on the dev corpus, placeholders rewritten as models do."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.testing.fake_upstreams import FakeUpstreams, last_user_text
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
PLACEHOLDER = re.compile(r"<([A-Z_]+)_(\d+)>")
REWRITES = [
    lambda t, n: f"<{t}_{n}>",
    lambda t, n: f"<{t.lower()}_{n}>",
    lambda t, n: f"{t}_{n}",
    lambda t, n: f"[{t}_{n}]",
    lambda t, n: f"{{{t}_{n}}}",
    lambda t, n: f"<{t.replace('_', ' ')} {n}>",
]


def rewriting_model(tier: str, body: dict[str, Any]) -> str:
    """Quote the prompt back, rewriting each placeholder in one of the ways models do."""
    count = iter(range(10_000))
    text = last_user_text(body)

    def rewrite(m: re.Match[str]) -> str:
        form = REWRITES[next(count) % len(REWRITES)]
        glued = (m.start() > 0 and text[m.start() - 1].isalnum()) or (m.end() < len(text) and text[m.end()].isalnum())
        # Without brackets a placeholder glued to a word is a different word; models keep a boundary.
        return REWRITES[0](m.group(1), m.group(2)) if glued and form is REWRITES[2] else form(m.group(1), m.group(2))

    return "Noted: " + PLACEHOLDER.sub(rewrite, text)


async def test_streamed_and_whole_answers_restore_identically(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    fakes.reply = rewriting_model
    fakes.chunk_size = 3
    compared = 0
    async with gateway() as client:
        for row in rows:
            whole = await client.post("/v1/chat/completions", json=chat(row["text"]), headers=CLOUD)
            streamed = await client.post("/v1/chat/completions", json=chat(row["text"], stream=True), headers=CLOUD)
            if whole.headers["x-privacy-tier"] != "cloud":
                continue  # local-only content: nothing was pseudonymized
            text = whole.json()["choices"][0]["message"]["content"]
            pieces = [json.loads(b[6:]) for b in streamed.text.split("\n\n") if b.startswith("data: {")]
            assert "".join(p["choices"][0]["delta"].get("content") or "" for p in pieces if p["choices"]) == text, row["id"]
            assert text == f"Noted: {row['text']}", row["id"]
            compared += 1
    assert compared >= len(rows) // 2
