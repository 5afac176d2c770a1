"""Small checks that turn a client's malformed JSON into a 400 naming the field."""

from __future__ import annotations

import json
from typing import Any

from privacy_gateway.core.errors import BadRequest

MAX_DEPTH = 64  # of a client's free-form JSON (tool arguments, schemas): deeper is an attack, not a tool
MAX_INT = 2**31 - 1


def obj(value: Any, where: str) -> dict[str, Any]:
    """`value` if it is a JSON object."""
    if not isinstance(value, dict):
        raise BadRequest(f"{where} must be a JSON object, got {json_type(value)}")
    return value


def string(value: Any, where: str, *, optional: bool = False) -> str | None:
    """`value` if it is a string (or absent, when optional)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise BadRequest(f"{where} must be a string, got {json_type(value)}")
    return value


def number(value: Any, where: str, low: float, high: float) -> float | None:
    """An optional number within [low, high]."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise BadRequest(f"{where} must be a number from {low:g} to {high:g}, got {value!r}"[:200])
    return float(value)


def positive_int(value: Any, where: str) -> int | None:
    """An optional positive whole number."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_INT:
        shown = repr(value)[:40] if not isinstance(value, int) or value.bit_length() < 64 else "a larger number"
        raise BadRequest(f"{where} must be a positive whole number up to {MAX_INT}, got {shown}")
    return value


def boolean(value: Any, where: str, default: bool = False) -> bool:
    """An optional boolean."""
    if value is None:
        return default
    if not isinstance(value, bool):
        raise BadRequest(f"{where} must be true or false, got {json_type(value)}")
    return value


def stop_list(value: Any, where: str) -> tuple[str, ...]:
    """A stop sequence or a list of them."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(s, str) for s in value):
        return tuple(value)
    raise BadRequest(f"{where} must be a string or a list of strings")


def tree(value: Any, where: str, *, limit: int = MAX_DEPTH) -> dict[str, Any]:
    """`value` if it is a JSON object nested at most `limit` levels deep."""
    nested(obj(value, where), where, limit=limit)
    return value


def nested(value: Any, where: str, *, limit: int = MAX_DEPTH) -> Any:
    """`value` if it is nested at most `limit` levels deep (counted without recursion)."""
    level = [value]
    for _ in range(limit + 1):
        level = [child for item in level if isinstance(item, (dict, list)) for child in (item.values() if isinstance(item, dict) else item)]
        if not level:
            return value
    raise BadRequest(f"{where} is nested more than {limit} levels deep")


def json_text(text: str, where: str, *, limit: int = MAX_DEPTH) -> str:
    """`text` (tool arguments as a JSON string) if, when it is JSON, it is nested at most `limit` deep."""
    try:
        nested(json.loads(text), where, limit=limit)
    except RecursionError:
        raise BadRequest(f"{where} is nested more than {limit} levels deep") from None
    except ValueError:
        pass  # not JSON: the model's text, carried as it is
    return text


def json_type(value: Any) -> str:
    """JSON's name for the type of `value`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
