"""Replace what may leave the machine with placeholders, and what may go nowhere with a mask.

Numbering follows first appearance in the conversation, so a client that resends the history gets
the same placeholders every turn without the gateway storing anything. Numbers already used by text
that looks like a placeholder are skipped, so a placeholder never collides with the prompt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import regex
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from privacy_gateway.placeholders import PlaceholderMap, placeholder
from privacy_gateway.policy import Policy
from privacy_gateway.spans import Span, value_key

_anonymizer = AnonymizerEngine()


@dataclass
class Pseudonymized:
    """The texts as a tier may see them, and the map to restore the answer."""

    texts: list[str]
    mapping: PlaceholderMap


def pseudonymize(texts: Sequence[str], spans: Sequence[Sequence[Span]], policy: Policy, *, for_cloud: bool) -> Pseudonymized:
    """Apply the policy's actions to `spans`.

    `redact` always masks as `<TYPE>`; `pseudonymize` masks with numbered placeholders only on the
    way to the cloud (`for_cloud`). Other actions leave text as it is: routing has already made
    sure that nothing `local_only` or `block` is headed for the cloud.
    """
    mapping = PlaceholderMap()
    numbers: dict[str, dict[str, int]] = {}  # type -> value key -> number
    placeholders: dict[str, dict[str, str]] = {}  # type -> span text's key -> placeholder
    taken = _taken_numbers(texts, {s.entity_type for ss in spans for s in ss})
    operators: dict[str, OperatorConfig] = {}
    out: list[str] = []
    for text, text_spans in zip(texts, spans):
        results: list[RecognizerResult] = []
        for span in text_spans:
            action = policy.rule(span.entity_type).action
            if action == "redact":
                operators[span.entity_type] = OperatorConfig("replace", {"new_value": f"<{span.entity_type}>"})
            elif action == "pseudonymize" and for_cloud:
                by_value = numbers.setdefault(span.entity_type, {})
                if span.key not in by_value:
                    by_value[span.key] = _next_free(len(by_value) + 1, taken.get(span.entity_type, set()), by_value)
                    mapping.add(span.entity_type, by_value[span.key], text[span.start : span.end])
                table = placeholders.setdefault(span.entity_type, {})
                table[value_key(text[span.start : span.end])] = placeholder(span.entity_type, by_value[span.key])
                operators.setdefault(span.entity_type, OperatorConfig("custom", {"lambda": _lookup(table)}))
            else:
                continue
            results.append(RecognizerResult(span.entity_type, span.start, span.end, 1.0))
        out.append(_anonymizer.anonymize(text=text, analyzer_results=results, operators=operators).text if results else text)
    return Pseudonymized(out, mapping)


def _lookup(table: dict[str, str]) -> Callable[[str], str]:
    """presidio-anonymizer's custom operator sees only the value: look its placeholder up."""
    return lambda value: table[value_key(value)]


def _taken_numbers(texts: Sequence[str], types: set[str]) -> dict[str, set[int]]:
    """Numbers that text already uses in something shaped like a placeholder of each type."""
    taken: dict[str, set[int]] = {}
    joined = "\n".join(texts)
    for t in types:
        name = r"[ _-]?".join(regex.escape(w) for w in t.split("_"))
        for m in regex.finditer(rf"(?i)(?<![A-Za-z]){name}[ _-]?(\d+)(?!\d)", joined):
            taken.setdefault(t, set()).add(int(m.group(1)))
    return taken


def _next_free(candidate: int, taken: set[int], used: dict[str, int]) -> int:
    in_use = set(used.values())
    while candidate in taken or candidate in in_use:
        candidate += 1
    return candidate
