"""Replace what may leave the machine with placeholders, and what may go nowhere with a mask.

Numbering follows first appearance in the conversation, so a client that resends the history gets
the same placeholders every turn without the gateway storing anything. Numbers already used by text
that looks like a placeholder are skipped, so a placeholder never collides with the prompt.

Spans arrive resolved (no overlaps) and keyed by the value they stand for, so they are spliced in
directly. presidio-anonymizer's engine does not fit this step: it merges neighbouring entities of
one type separated by whitespace, and its custom operator sees only the merged text, not which
value (and so which placeholder) each part was.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Sequence

import regex
from privacy_gateway.core.placeholders import PlaceholderMap, placeholder, variant_letters
from privacy_gateway.policy.schema import Policy
from privacy_gateway.core.spans import Span


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

    The number says who (a span's `key`); each distinct spelling of one identity gets a variant
    letter of its own (`placeholders` explains the scheme), so every placeholder restores to
    exactly the characters it replaced.
    """
    mapping = PlaceholderMap()
    numbers: dict[str, dict[str, int]] = {}  # type -> value key -> number
    spellings: dict[tuple[str, int], dict[str, str]] = {}  # (type, number) -> spelling -> variant letters
    taken = _taken_numbers(texts, {s.entity_type for ss in spans for s in ss})
    out: list[str] = []
    for text, text_spans in zip(texts, spans):
        pieces: list[str] = []
        pos = 0
        for span in sorted(text_spans, key=lambda s: s.start):
            action = policy.rule(span.entity_type).action
            if action == "redact":
                replacement = f"<{span.entity_type}>"
            elif action == "pseudonymize" and for_cloud:
                by_value = numbers.setdefault(span.entity_type, {})
                if span.key not in by_value:
                    by_value[span.key] = _next_free(len(by_value) + 1, taken.get(span.entity_type, set()), by_value)
                number = by_value[span.key]
                surface = text[span.start : span.end]
                variants = spellings.setdefault((span.entity_type, number), {})
                if surface not in variants:
                    variants[surface] = variant_letters(len(variants))
                    mapping.add(span.entity_type, number, surface, variants[surface])
                replacement = placeholder(span.entity_type, number, variants[surface])
            else:
                continue
            pieces += [text[pos : span.start], replacement]
            pos = span.end
        pieces.append(text[pos:])
        out.append("".join(pieces))
    if for_cloud and mapping:
        mapping.reserved = taken
        mapping.wrapped = _wrapped(out, mapping)
    return Pseudonymized(out, mapping)


def _wrapped(texts: Sequence[str], mapping: PlaceholderMap) -> set[tuple[str, int, str]]:
    """The placeholders the cloud sees inside a further pair of angle brackets (`<<EMAIL_ADDRESS_1>>`)."""
    found: set[tuple[str, int, str]] = set()
    for text in texts:
        if "<<" not in text:
            continue
        for m in _WRAPPED.finditer(text):
            key = (m.group(1), int(m.group(2)), m.group(3))
            if key in mapping.values:
                found.add(key)
    return found


_WRAPPED = regex.compile(r"<<([A-Z][A-Z_]*?)_(\d+)([a-z]{0,2})>>")


def _taken_numbers(texts: Sequence[str], types: set[str]) -> dict[str, set[int]]:
    """Numbers that text already uses in something shaped like a placeholder of each type.

    0 stands for a bracketed number-less `<TYPE>` (which a restorer would otherwise read as the
    type's only value).
    """
    taken: dict[str, set[int]] = {}
    joined = "\n".join(texts)
    for t in types:
        numbered, bare = _placeholder_shapes(t)
        for m in numbered.finditer(joined):
            taken.setdefault(t, set()).add(int(m.group(1)))
        if bare.search(joined):
            taken.setdefault(t, set()).add(0)
    return taken


@functools.lru_cache(maxsize=256)
def _placeholder_shapes(entity_type: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A placeholder-like name of `entity_type` with a number, and one bracketed without: compiled
    once per type, not looked up (or compiled again, once regex's shared cache let them go) per request."""
    name = r"[ _-]?".join(regex.escape(w) for w in entity_type.split("_"))
    return regex.compile(rf"(?i)(?<![A-Za-z]){name}[ _-]?(\d+)(?!\d)"), regex.compile(rf"(?i)[<\[{{]\s?{name}\s?[>\]}}]")


def _next_free(candidate: int, taken: set[int], used: dict[str, int]) -> int:
    in_use = set(used.values())
    while candidate in taken or candidate in in_use:
        candidate += 1
    return candidate
