"""Every text-bearing place of a conversation, in order, and a way to put new texts back.

The privacy core sees a request as a flat list of texts: message text parts, then each tool call's
string arguments (parsed out of their JSON so a replacement can never break the JSON). Order is
conversation order, which is what makes placeholder numbering stable across turns.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterator

from privacy_gateway.core.chat import ChatRequest, Message, TextPart, ToolCall


def extract_texts(request: ChatRequest) -> list[str]:
    """All texts of `request`, in conversation order."""
    texts: list[str] = []

    def collect(text: str) -> str:
        texts.append(text)
        return text

    _walk(request, collect)
    return texts


def replace_texts(request: ChatRequest, texts: list[str]) -> ChatRequest:
    """A copy of `request` with its texts (as `extract_texts` lists them) replaced by `texts`."""
    supply = iter(texts)
    rebuilt = _walk(request, lambda _old: next(supply))
    if next(supply, None) is not None:
        raise ValueError("more texts than slots")
    return rebuilt


def _walk(request: ChatRequest, visit: Callable[[str], str]) -> ChatRequest:
    messages = []
    for message in request.messages:
        parts = tuple(TextPart(visit(p.text)) if isinstance(p, TextPart) else p for p in message.parts)
        calls = tuple(_visit_call(call, visit) for call in message.tool_calls)
        messages.append(Message(message.role, parts, calls, message.tool_call_id, message.name))
    return request.with_messages(tuple(messages))


def _visit_call(call: ToolCall, visit: Callable[[str], str]) -> ToolCall:
    try:
        arguments = json.loads(call.arguments) if call.arguments.strip() else None
    except json.JSONDecodeError:
        return ToolCall(call.id, call.name, visit(call.arguments))
    if arguments is None:
        return call
    return ToolCall(call.id, call.name, json.dumps(map_strings(arguments, visit), ensure_ascii=False))


def map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    """`value` (parsed JSON) with `fn` applied to every string leaf, depth first, in key order."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: map_strings(v, fn) for k, v in value.items()}
    return value


def iter_strings(value: Any) -> Iterator[str]:
    """Every string leaf of parsed JSON."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from iter_strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from iter_strings(v)
