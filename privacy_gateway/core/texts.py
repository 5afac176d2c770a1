"""Every string of a request that can reach a backend, in order, and a way to put new ones back.

The boundary denies by default: a backend builds its call only from a `ChatRequest`, and every
string in a `ChatRequest` is a text slot here unless its field is named in `NOT_TEXT` (numbers,
flags, roles, the model name the config maps). Message text, tool definitions (names,
descriptions, whole JSON schemas, keys included), tool-call ids, names and arguments (keys and
values, parsed out of their JSON so a replacement can never break it), stop sequences,
`tool_choice`, `response_format`, remote image URLs: all are analysed and pseudonymized like text.
Strings of the client's body that reach no backend (`unsent`) are analysed too, for routing.
A field added to `ChatRequest` later is walked too, without anyone remembering to list it.

Order is field order, messages first, which keeps placeholder numbering stable across turns.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from typing import Any, Callable

from privacy_gateway.core.chat import ChatRequest, ImagePart, Message, ResponseFormat, TextPart, ToolCall, ToolChoice
from privacy_gateway.core.errors import BadRequest

Visit = Callable[[str], str]

# Fields that hold no free text: they reach a backend as they are. `model` only reaches the
# cloud when the config lists it as a cloud model; every other name is replaced by the tier's own.
NOT_TEXT: dict[type, frozenset[str]] = {
    ChatRequest: frozenset({"model", "stream", "include_usage", "max_tokens", "temperature", "top_p"}),
    Message: frozenset({"role"}),
    ToolChoice: frozenset({"mode"}),
    ResponseFormat: frozenset({"kind", "strict"}),
}
IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
_DATA_URL = re.compile(r"data:([\w.+-]+/[\w.+-]+);base64,", re.ASCII)
_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*", re.ASCII)


def extract_texts(request: ChatRequest) -> list[str]:
    """All texts of `request`, in order."""
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


def with_unsent(request: ChatRequest, body: Any) -> ChatRequest:
    """`request` carrying every string (and key) of the client's `body` that is in none of its slots.

    Image data is left out: the `images` policy governs it, and it is not text.
    """
    strings: list[str] = []

    def collect(text: str) -> str:
        strings.append(text)
        return text

    map_json(body, collect)
    sent = set(extract_texts(request))
    images = [p.url for m in request.messages for p in m.parts if isinstance(p, ImagePart)]
    unsent = dict.fromkeys(s for s in strings if s not in sent and not any(s in url for url in images))
    return dataclasses.replace(request, unsent=tuple(unsent)) if unsent else request


def message_texts(request: ChatRequest) -> list[list[str]]:
    """The text parts of each run of consecutive messages of one role, in order.

    A value split across turns (or across parts of one turn) is whole only in the run's joined text.
    """
    runs: list[list[str]] = []
    role = None
    for message in request.messages:
        parts = [p.text for p in message.parts if isinstance(p, TextPart)]
        if message.role == role:
            runs[-1].extend(parts)
        else:
            runs.append(parts)
            role = message.role
    return runs


def _walk(value: Any, visit: Visit) -> Any:
    """`value` with `visit` applied to every text slot, depth first, in field order.

    What `visit` left as it was (the same objects) is not rebuilt, so listing texts copies nothing.
    """
    if value is None or value == ():
        return value
    if isinstance(value, str):
        return visit(value)
    if isinstance(value, ToolCall):
        call = ToolCall(visit(value.id), visit(value.name), _visit_arguments(value.arguments, visit))
        return value if _same(call, value, ("id", "name", "arguments")) else call
    if isinstance(value, ImagePart):
        return _visit_image(value, visit)
    names = _text_fields(type(value))  # type: ignore[arg-type]  # a class is hashable; mypy reads type[Any] as not
    if names is not None:
        changes = {name: _walk(getattr(value, name), visit) for name in names}
        return value if _same_values(changes, value) else dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        items = tuple(_walk(v, visit) for v in value)
        return value if all(a is b for a, b in zip(items, value)) else items
    return map_json(value, visit)


@functools.cache
def _text_fields(cls: type) -> tuple[str, ...] | None:
    """The fields of a dataclass that are walked (all but its `NOT_TEXT` ones); None for other types."""
    if not dataclasses.is_dataclass(cls):
        return None
    skip = NOT_TEXT.get(cls, frozenset())
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in skip)


def _same(new: Any, old: Any, names: tuple[str, ...]) -> bool:
    return all(getattr(new, n) is getattr(old, n) for n in names)


def _same_values(changes: dict[str, Any], old: Any) -> bool:
    return all(v is getattr(old, n) for n, v in changes.items())


def _visit_arguments(arguments: str, visit: Visit) -> str:
    """Tool arguments: the strings inside their JSON, or the whole text when it is not JSON."""
    try:
        parsed = json.loads(arguments) if arguments.strip() else None
    except json.JSONDecodeError:
        return visit(arguments)
    if parsed is None:
        return arguments
    mapped = map_json(parsed, visit)
    # Unchanged arguments keep their exact bytes (a PII-free request reaches the cloud as sent).
    return arguments if mapped == parsed else json.dumps(mapped, ensure_ascii=False)


def _visit_image(part: ImagePart, visit: Visit) -> ImagePart:
    """An image's bytes are governed by the `images` policy, not the text analyzer; its URL is text.

    A data URL's header is the only text in it, so it must name a known image type.
    """
    if part.media_type is not None and part.media_type not in IMAGE_TYPES:
        raise BadRequest(f"image media type must be one of {', '.join(sorted(IMAGE_TYPES))}")
    if part.url.startswith("data:"):
        header = _DATA_URL.match(part.url)
        if header is None or header.group(1) not in IMAGE_TYPES:
            raise BadRequest(f"an image data URL must start data:TYPE;base64, with TYPE one of {', '.join(sorted(IMAGE_TYPES))}")
        if _BASE64.fullmatch(part.url, header.end()) is None:
            raise BadRequest("an image data URL must hold base64 data")
        return part
    return ImagePart(visit(part.url), part.media_type)


def map_json(value: Any, fn: Visit) -> Any:
    """Parsed JSON with `fn` applied to every key and string, and to every number's text.

    A number whose text `fn` changes becomes that text (a placeholder); booleans and null stay.
    Two keys that become one would lose a value: that is refused rather than merged.
    """
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        text = json.dumps(value)
        out = fn(text)
        return value if out == text else out
    if isinstance(value, (list, tuple)):
        return [map_json(v, fn) for v in value]
    if isinstance(value, dict):
        mapped: dict[str, Any] = {}
        for k, v in value.items():
            key = fn(k)
            if key in mapped:
                raise BadRequest("two keys of one JSON object in the request would be masked to the same placeholder")
            mapped[key] = map_json(v, fn)
        return mapped
    raise TypeError(f"a request field holds a {type(value).__name__}, which the boundary cannot scan")

