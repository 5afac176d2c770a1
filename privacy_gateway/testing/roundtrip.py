"""Round trips through the gateway: an echo cloud must give the client its own text back, byte for byte.

The cloud tier answers with exactly the last user text it received (placeholders and all), or with
its placeholders rewritten the ways models rewrite them; the gateway restores the answer, and the
client must read what it sent. Used by the property test (`tests/core/test_roundtrip.py`) and by
`scripts/eval_roundtrip.py`, which counts mismatches on the corpora.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx

from privacy_gateway.testing.fake_upstreams import last_user_text

INGRESSES = ("openai", "anthropic", "ollama")
CLOUD = {"X-Privacy-Tier": "cloud"}
ROOT = Path(__file__).resolve().parents[2]

# A canonical placeholder as the gateway writes it: `<PERSON_1>`, `<PERSON_1b>`.
PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)([a-z]{0,3})>")
# The rewrites `placeholders.rewritten_forms` accepts, as (type, number, variant) -> text.
REWRITES: list[Callable[[str, str, str], str]] = [
    lambda t, n, v: f"<{t.lower()}_{n}{v}>",
    lambda t, n, v: f"[{t}_{n}{v}]",
    lambda t, n, v: f"<{t.replace('_', ' ')} {n}{v}>",
    lambda t, n, v: f"{{{t}_{n}{v}}}",
    lambda t, n, v: f"{t}_{n}{v}",
    lambda t, n, v: f"<{t}_{n}{v.upper()}>",
]
_BRACKETS = set("<>[]{}")


def exact_echo(tier: str, body: dict[str, Any]) -> str:
    """The last user text, exactly as the upstream received it."""
    return last_user_text(body)


class RewritingEcho:
    """An echo that rewrites each placeholder into one of `REWRITES`, as models do.

    A rewrite is applied only where it has one reading: next to a bracket, a rewritten form would
    merge with the markup around it (`[<PERSON_1>]` → `[[PERSON_1]]`), and a bare `PERSON_1`
    glued to a word is a different word; there the placeholder is echoed as it came. Text shaped
    like a placeholder that the client wrote itself (`client_text`, set before each request) is
    the client's, not the gateway's: a model rewriting that changes the client's words, which no
    restorer should undo, so this echo leaves it alone.
    """

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.client_text = ""

    def __call__(self, tier: str, body: dict[str, Any]) -> str:
        text = last_user_text(body)
        own = set(PLACEHOLDER.findall(self.client_text))

        def rewrite(m: re.Match[str]) -> str:
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if before in _BRACKETS or after in _BRACKETS or m.groups() in own:
                return m.group()
            form = self.rng.choice(REWRITES)
            if form is REWRITES[4] and (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                return m.group()
            return form(m.group(1), m.group(2), m.group(3))

        return PLACEHOLDER.sub(rewrite, text)


def rewriting_echo(seed: int = 0) -> RewritingEcho:
    """A `RewritingEcho` seeded with `seed`."""
    return RewritingEcho(seed)


def random_splits(seed: int = 0, longest: int = 7) -> Callable[[str], list[str]]:
    """Cut an answer into frames of random sizes (1 to `longest` characters)."""
    rng = random.Random(seed)

    def split(text: str) -> list[str]:
        out, pos = [], 0
        while pos < len(text):
            size = rng.randint(1, longest)
            out.append(text[pos : pos + size])
            pos += size
        return out

    return split


def request(ingress: str, text: str, *, stream: bool) -> tuple[str, dict[str, Any]]:
    """(path, body) of a one-message request in `ingress`'s API."""
    if ingress == "openai":
        return "/v1/chat/completions", {"model": "gpt-4o", "messages": [{"role": "user", "content": text}], "stream": stream}
    if ingress == "anthropic":
        return "/v1/messages", {"model": "claude-sonnet-4-20250514", "max_tokens": 1024, "messages": [{"role": "user", "content": text}], "stream": stream}
    if ingress == "ollama":
        return "/api/chat", {"model": "llama3.2", "messages": [{"role": "user", "content": text}], "stream": stream}
    raise ValueError(ingress)


def answer_text(ingress: str, body: str, *, stream: bool) -> str:
    """The assistant's text in a response body of `ingress`'s API, whole or streamed."""
    if not stream:
        data = json.loads(body)
        if ingress == "openai":
            return str(data["choices"][0]["message"]["content"] or "")
        if ingress == "anthropic":
            return "".join(b.get("text", "") for b in data["content"] if b.get("type") == "text")
        return str(data["message"]["content"])
    out: list[str] = []
    if ingress == "ollama":
        for line in body.splitlines():
            if line.strip():
                data = json.loads(line)
                if "error" in data:
                    raise AssertionError(f"stream failed: {data['error']}")
                out.append((data.get("message") or {}).get("content") or "")
        return "".join(out)
    for line in body.splitlines():
        if not line.startswith("data: ") or line == "data: [DONE]":
            continue
        data = json.loads(line[6:])
        if "error" in data or data.get("type") == "error":
            raise AssertionError(f"stream failed: {data}")
        if ingress == "openai":
            out += [(c.get("delta") or {}).get("content") or "" for c in data.get("choices") or []]
        elif data.get("type") == "content_block_delta" and data["delta"].get("type") == "text_delta":
            out.append(data["delta"]["text"])
    return "".join(out)


async def round_trip(client: httpx.AsyncClient, ingress: str, text: str, *, stream: bool) -> tuple[str, str]:
    """Send `text` to the cloud tier through `ingress`; (the text the client read, the tier that served)."""
    path, body = request(ingress, text, stream=stream)
    response = await client.post(path, json=body, headers=CLOUD)
    if response.status_code != 200:
        return f"<HTTP {response.status_code}>", response.headers.get("x-privacy-tier", "none")
    return answer_text(ingress, response.text, stream=stream), response.headers.get("x-privacy-tier", "")


def corpus_texts(extra: tuple[Path, ...] = ()) -> Iterator[tuple[str, str, str]]:
    """(corpus, id, text) of every row of `tests/detection/data/*.jsonl`, `eval/**/*.jsonl` and
    `extra`, never of a `holdout` split (nothing here may be tuned on text held back to measure)."""
    files = sorted((ROOT / "tests" / "detection" / "data").glob("*.jsonl"))
    files += sorted((ROOT / "eval").glob("**/*.jsonl"))
    files += list(extra)
    for path in files:
        if "holdout" in path.name.lower() or "holdout" in path.parent.name.lower():
            continue
        corpus = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                if isinstance(row.get("text"), str):
                    yield corpus, str(row.get("id", f"{path.name}:{n}")), row["text"]


# Pieces for generated prompts: names alone, in parts, in any case, possessive, derived handles,
# common words that are also names, values inside markup, and text shaped like placeholders.
FRAGMENTS = [
    "Maria Gonzalez", "maria gonzalez", "MARIA GONZALEZ", "Maria", "maria", "Gonzalez", "Maria's", "Gonzalez's",
    "Bill Turner", "Bill", "bill", "pay the bill", "Will Hope", "will", "I hope so", "Mark Rose", "mark it done",
    "John Smith", "j.smith", "jsmith", "smith.j", "jsmith42", "john.smith@corp.example", "Smith",
    "Jane Roe <jane@corp.example>", "<jane@corp.example>", "jane@corp.example", "<<Maria>>",
    "[Maria Gonzalez](mailto:maria.gonzalez@corp.example)", "maria.gonzalez", "**John Smith**", "_Maria_",
    "`jsmith42`", "\"Bill\"", "'Mark'", "(Jane Roe)", "{Maria}", "[Maria]", "José García", "jose.garcia",
    "+44 20 7946 0958", "call 212-555-0199", "10.0.0.12", "Paris", "in Paris", "Nice", "nice",
    "<PERSON_1>", "[PERSON_2]", "PERSON_3", "<person>", "<EMAIL_ADDRESS_1>", "{{name}}", "<b>", "a < b > c",
    "ask", "call", "hi", "thanks", "the", "and", "report", "meeting", "today", "Please", "email", "from",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\n\n", ": ", " - ", "'s ", "", "!", "?"]


def generated_texts(count: int, seed: int = 0) -> list[str]:
    """`count` prompts made of `FRAGMENTS`, reproducibly."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(FRAGMENTS) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 12))]
        out.append("".join(parts))
    return out
