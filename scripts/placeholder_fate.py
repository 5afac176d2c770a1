#!/usr/bin/env python3
"""What a real model does with placeholders: keeps them, rewrites them, drops them or invents new ones.

Sends prompts holding placeholders such as `<PERSON_1>` straight to an OpenAI-compatible model server
(by default the one `scripts/embedded-model` starts on 127.0.0.1:8081), then sorts every placeholder
of each prompt's mapping by what became of it in the answer:

  intact     it came back, always exactly as sent (`<PERSON_1>`)
  rewritten  it came back at least once in another form (`[person_1]`, `PERSON_1`, `IP ADDRESS_1`),
             which the gateway's restorer has to recognise
  dropped    it is not in the answer in any form

and counts placeholders the model made up (`<PERSON_2>` when only `<PERSON_1>` was sent, `<EMAIL_1>`):
those are in no mapping. Finally it runs the restorer over every answer and checks both: nothing that
refers to the mapping survives, and every invented placeholder with more than one reading does (one
with a single reading, `<PERSON_2>` when the prompt had one person, is restored to that person).

    python scripts/placeholder_fate.py [--url http://127.0.0.1:8081] [--samples 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import httpx
import regex

try:
    import privacy_gateway  # noqa: F401 - only checks that the package is importable
except ImportError:  # run from a checkout without an install
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from privacy_gateway.policy.entities import KNOWN_ENTITIES
from privacy_gateway.core.placeholders import PlaceholderMap, placeholder
from privacy_gateway.core.restore import Restorer

FATES = ("intact", "rewritten", "dropped")

# The values behind the placeholders; the model never sees them, the restorer puts them back.
VALUES: dict[str, list[str]] = {
    "PERSON": ["Maria Jensen", "Tomas Berg", "Aiko Tanaka"],
    "EMAIL_ADDRESS": ["maria.jensen@example.org", "t.berg@example.net"],
    "PHONE_NUMBER": ["+45 20 12 34 56", "(555) 010-4477"],
    "LOCATION": ["Aarhus", "Lisbon"],
    "IP_ADDRESS": ["10.20.30.40"],
    "US_DRIVER_LICENSE": ["D1234567"],
}

# Prompts as the cloud tier sees them after pseudonymization: everyday tasks around personal data.
PROMPTS: list[list[dict[str, str]]] = [
    [{"role": "user", "content": "Write a short email to <PERSON_1> at <EMAIL_ADDRESS_1> confirming our meeting on Tuesday."}],
    [{"role": "user", "content": "Summarize in one sentence: <PERSON_1> called from <PHONE_NUMBER_1> about the invoice and asked <PERSON_2> to call back."}],
    [{"role": "user", "content": "Translate to French: Hello <PERSON_1>, your package will be delivered to <LOCATION_1> tomorrow."}],
    [{"role": "user", "content": "Draft a polite reply to <PERSON_1> (<EMAIL_ADDRESS_1>) declining the invitation."}],
    [{"role": "user", "content": "<PERSON_1> handles billing and <PERSON_2> handles support. I have a billing question. Whom do I ask?"}],
    [{"role": "user", "content": "Rewrite more formally: hey <PERSON_1>, server <IP_ADDRESS_1> is down again, ping me at <PHONE_NUMBER_1>."}],
    [{"role": "user", "content": "Make a bullet list of the attendees: <PERSON_1>, <PERSON_2>, <PERSON_3>."}],
    [{"role": "user", "content": "Extract the email address from this text: Please write to <EMAIL_ADDRESS_1> for details."}],
    [{"role": "user", "content": "Write a birthday message for <PERSON_1>, who lives in <LOCATION_1>."}],
    [{"role": "user", "content": "Output this contact as JSON with keys name, email and phone: <PERSON_1>, <EMAIL_ADDRESS_1>, <PHONE_NUMBER_1>."}],
    [{"role": "user", "content": "Tell <PERSON_1> in one sentence that driver license <US_DRIVER_LICENSE_1> was renewed."}],
    [{"role": "user", "content": "Write a two-sentence story about <PERSON_1> travelling from <LOCATION_1> to <LOCATION_2>."}],
    [{"role": "user", "content": "Correct the grammar: <PERSON_1> and me goes to <LOCATION_1> every week."}],
    [{"role": "user", "content": "Repeat exactly: Dear <PERSON_1>, thank you for your letter."}],
    [{"role": "user", "content": "Can <PERSON_1> join the call with <PERSON_2> at 3pm? Answer in one sentence."}],
    [{"role": "user", "content": "Write a log line for a failed login from <IP_ADDRESS_1> by user <EMAIL_ADDRESS_1>."}],
    [{"role": "user", "content": "Compose a text message to <PHONE_NUMBER_1> reminding <PERSON_1> of the dentist appointment."}],
    [
        {"role": "system", "content": "Keep placeholders such as <PERSON_1> exactly as written."},
        {"role": "user", "content": "Thank <PERSON_1> for the report on <LOCATION_1>."},
    ],
    [
        {"role": "user", "content": "My colleague is <PERSON_1> and my manager is <PERSON_2>."},
        {"role": "assistant", "content": "Noted: <PERSON_1> is your colleague and <PERSON_2> your manager."},
        {"role": "user", "content": "Write a short note to my manager about my colleague's promotion."},
    ],
    [{"role": "user", "content": "Forward this to <EMAIL_ADDRESS_2>: <PERSON_1> from <LOCATION_1> accepted the offer."}],
    # Invitations to rewrite, so the restorer meets the forms models produce.
    [{"role": "user", "content": "Replace the angle brackets with square brackets: <PERSON_1> met <PERSON_2> in <LOCATION_1>."}],
    [{"role": "user", "content": "Write in lowercase: HELLO <PERSON_1>, WELCOME TO <LOCATION_1>."}],
    [{"role": "user", "content": "Remove the angle brackets from this line: <PERSON_1> <EMAIL_ADDRESS_1>"}],
]

# Anything shaped like a placeholder: bracketed (`<PERSON_1>`, `[Person 1]`, `{PERSON}`, `<<PERSON_1>>`),
# a known type bare with a number (`PERSON_1`, `ip address_1`, as the restorer reads them), or any
# other upper-case NAME_N. Which of these count is decided in `placeholders_in`.
_KNOWN_BARE = "|".join(
    r"[ _-]?".join(regex.escape(w) for w in t.split("_")) for t in sorted(KNOWN_ENTITIES, key=lambda t: (-len(t), t))
)
_SHAPE = regex.compile(
    r"(?P<open>[<\[{]{1,2})\s?(?P<name>[A-Za-z]+(?:[ _-][A-Za-z]+)*?)(?:(?P<sep>[ _-]?)(?P<num>\d+))?\s?[>\]}]{1,2}"
    rf"|(?<![\w<\[{{])(?P<known>(?i:{_KNOWN_BARE}))_(?P<knownnum>\d+)(?![\w>\]}}])"
    r"|(?<![\w<\[{])(?P<bare>[A-Z]+(?:_[A-Z]+)*)_(?P<barenum>\d+)(?![\w>\]}])"
)


@dataclass(frozen=True)
class Found:
    """One placeholder-shaped token in an answer."""

    text: str
    entity_type: str
    number: int | None


def _squash(name: str) -> str:
    return regex.sub(r"[ _-]", "", name).upper()


_KNOWN_BY_SQUASHED = {t.replace("_", ""): t for t in KNOWN_ENTITIES}


def placeholders_in(text: str) -> list[Found]:
    """Tokens in `text` that look like placeholders: a known entity type, or any NAME_N shape."""
    found: list[Found] = []
    for m in _SHAPE.finditer(text):
        if m.group("known"):
            name, num = m.group("known"), m.group("knownnum")
            entity = _KNOWN_BY_SQUASHED[_squash(name)]
        elif m.group("bare"):
            name, num = m.group("bare"), m.group("barenum")
            entity = _KNOWN_BY_SQUASHED.get(_squash(name), name)
        else:
            name, num = m.group("name"), m.group("num")
            entity = _KNOWN_BY_SQUASHED.get(_squash(name))
            if entity is None:
                # `[Your Name]`, `<b>`, `<h1>`, `[NOTE]` are not placeholders; `<EMAIL_1>` and
                # `<PLACE_NAME>` are, of types the gateway does not have.
                if not (name.isupper() and ((num and m.group("sep")) or "_" in name)):
                    continue
                entity = name.upper()
        found.append(Found(m.group(), entity, int(num) if num else None))
    return found


@dataclass
class Case:
    """One prompt, its mapping, and what the model answered."""

    messages: list[dict[str, str]]
    mapping: PlaceholderMap
    answer: str = ""
    fates: dict[str, str] = field(default_factory=dict)  # canonical placeholder -> fate
    rewritten: list[str] = field(default_factory=list)  # forms seen
    invented: list[str] = field(default_factory=list)
    restored: str = ""
    restore_missed: list[str] = field(default_factory=list)  # mapping references left after restoring
    restore_touched_invented: list[str] = field(default_factory=list)


def mapping_for(messages: list[dict[str, str]]) -> PlaceholderMap:
    """The mapping the gateway would have built: every canonical placeholder in the prompt."""
    mapping = PlaceholderMap()
    for message in messages:
        for m in regex.finditer(r"<([A-Z]+(?:_[A-Z]+)*)_(\d+)>", message["content"]):
            entity, number = m.group(1), int(m.group(2))
            if entity in VALUES:
                mapping.add(entity, number, VALUES[entity][(number - 1) % len(VALUES[entity])])
    return mapping


def refers_to(found: Found, mapping: PlaceholderMap) -> bool:
    """Whether `found` is a placeholder the prompt held (or a number-less one of a type with one value)."""
    if found.number is None:
        return mapping.lookup(found.entity_type, None) is not None
    return (found.entity_type, found.number, "") in mapping.values


def has_one_reading(found: Found, mapping: PlaceholderMap) -> bool:
    """Whether the restorer may put a value in place of an invented `found` (its type has one value)."""
    return mapping.lookup(found.entity_type, found.number) is not None


def classify(case: Case) -> None:
    """Sort the case's placeholders by fate, then check what the restorer made of the answer."""
    tokens = placeholders_in(case.answer)
    for (entity, number, _variant) in case.mapping.values:
        canonical = placeholder(entity, number)
        forms = [t for t in tokens if t.entity_type == entity and refers_to(t, case.mapping)
                 and (t.number == number or t.number is None)]
        if not forms:
            case.fates[canonical] = "dropped"
        elif all(t.text == canonical for t in forms):
            case.fates[canonical] = "intact"
        else:
            case.fates[canonical] = "rewritten"
    case.rewritten = [t.text for t in tokens if refers_to(t, case.mapping)
                      and t.text != placeholder(t.entity_type, t.number or 0)]
    case.invented = [t.text for t in tokens if not refers_to(t, case.mapping)]
    case.restored = Restorer(case.mapping).restore(case.answer)
    after = placeholders_in(case.restored)
    case.restore_missed = [t.text for t in after if refers_to(t, case.mapping)]
    left = Counter(t.text for t in after if not refers_to(t, case.mapping))
    unreadable = [t.text for t in tokens if not refers_to(t, case.mapping) and not has_one_reading(t, case.mapping)]
    case.restore_touched_invented = list((Counter(unreadable) - left).elements())


def ask(client: httpx.Client, model: str, messages: list[dict[str, str]], sample: int, max_tokens: int) -> str:
    """One answer: sample 0 is greedy, later samples use temperature 0.8 with a fixed seed."""
    body: dict[str, Any] = {"model": model, "messages": messages, "max_tokens": max_tokens}
    body.update({"temperature": 0.0} if sample == 0 else {"temperature": 0.8, "seed": sample})
    response = client.post("/v1/chat/completions", json=body)
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"] or ""


def run(url: str, model: str, samples: int, max_tokens: int, prompts: Iterable[list[dict[str, str]]] = PROMPTS) -> list[Case]:
    """Ask the model every prompt `samples` times and classify each answer."""
    cases: list[Case] = []
    with httpx.Client(base_url=url, timeout=300) as client:
        for messages in prompts:
            for sample in range(samples):
                case = Case(messages, mapping_for(messages))
                case.answer = ask(client, model, messages, sample, max_tokens)
                classify(case)
                cases.append(case)
    return cases


def summary(cases: list[Case]) -> dict[str, Any]:
    """Counts behind the table."""
    fates = Counter(f for c in cases for f in c.fates.values())
    canonical = sum(1 for c in cases for t in placeholders_in(c.answer)
                    if refers_to(t, c.mapping) and t.text == placeholder(t.entity_type, t.number or 0))
    return {
        "answers": len(cases),
        "occurrences": {"intact": canonical, "rewritten": sum(len(c.rewritten) for c in cases),
                        "invented": sum(len(c.invented) for c in cases)},
        "placeholders_sent": sum(len(c.fates) for c in cases),
        "fates": {f: fates[f] for f in FATES},
        "invented": sum(len(c.invented) for c in cases),
        "answers_with_invented": sum(1 for c in cases if c.invented),
        "rewritten_forms": sorted(set(x for c in cases for x in c.rewritten)),
        "invented_forms": sorted(set(x for c in cases for x in c.invented)),
        "restore_missed": sorted(set(x for c in cases for x in c.restore_missed)),
        "restore_touched_invented": sorted(set(x for c in cases for x in c.restore_touched_invented)),
    }


def table(s: dict[str, Any]) -> str:
    """The summary as a small Markdown table plus the forms seen."""
    sent = s["placeholders_sent"] or 1
    lines = [
        f"{s['placeholders_sent']} placeholders sent in {s['answers']} prompts (answers)",
        "",
        "| fate | count | share |",
        "| --- | ---: | ---: |",
    ]
    for fate in FATES:
        lines.append(f"| {fate} | {s['fates'][fate]} | {100 * s['fates'][fate] / sent:.0f}% |")
    lines.append(f"| invented (not in the mapping) | {s['invented']} | in {s['answers_with_invented']} of {s['answers']} answers |")
    occ = s["occurrences"]
    lines += ["", f"placeholder occurrences in the answers: {occ['intact']} exact, {occ['rewritten']} rewritten, {occ['invented']} invented"]
    lines += [
        "",
        f"rewritten forms seen: {', '.join(s['rewritten_forms']) or 'none'}",
        f"invented placeholders seen: {', '.join(s['invented_forms']) or 'none'}",
        f"restorer left mapped placeholders unrestored: {', '.join(s['restore_missed']) or 'none'}",
        f"restorer replaced invented placeholders: {', '.join(s['restore_touched_invented']) or 'none'}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8081", help="the model server (default: %(default)s)")
    parser.add_argument("--model", default="gemma-3-270m", help="model name to ask for (default: %(default)s)")
    parser.add_argument("--samples", type=int, default=3, help="answers per prompt: one greedy, the rest sampled (default: %(default)s)")
    parser.add_argument("--max-tokens", type=int, default=96, help="answer length cap (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the summary and every answer as JSON")
    parser.add_argument("--show", action="store_true", help="print every answer with its fates")
    args = parser.parse_args(argv)
    try:
        cases = run(args.url, args.model, args.samples, args.max_tokens)
    except httpx.HTTPError as exc:
        print(f"cannot reach the model server at {args.url}: {exc}\nstart it with scripts/embedded-model", file=sys.stderr)
        return 2
    s = summary(cases)
    if args.json:
        print(json.dumps({"summary": s, "cases": [
            {"prompt": c.messages[-1]["content"], "answer": c.answer, "fates": c.fates, "invented": c.invented, "restored": c.restored}
            for c in cases]}, indent=2, ensure_ascii=False))
        return 0
    if args.show:
        for c in cases:
            print(f"--- {c.messages[-1]['content']}\n{c.answer!r}\n    fates {c.fates} invented {c.invented}")
        print()
    print(table(s))
    return 1 if s["restore_missed"] or s["restore_touched_invented"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
