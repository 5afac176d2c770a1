"""Reading a request body as JSON: size counted as it arrives, and a 400 naming what is wrong.

Beyond `json.loads`: numbers Python would choke on later (thousands of digits, NaN, Infinity)
and lone surrogates (not text, and every later encode would fail on them) are refused with the
path of the value that holds them (`messages[0].content`).
"""

from __future__ import annotations

import functools
import json
import math
import re
from typing import Any, Callable

from starlette.requests import Request

from privacy_gateway.core.errors import BadRequest, PayloadTooLarge

MAX_BODY_BYTES = 8 * 1024 * 1024


async def read_json(request: Request, max_bytes: int = MAX_BODY_BYTES) -> Any:
    """The body as JSON; a 4xx naming the problem otherwise. Counts bytes as they arrive."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise PayloadTooLarge(f"the request body is larger than {max_bytes} bytes")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        raise BadRequest("the request body is empty; send a JSON object")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the request body is not valid UTF-8 (byte {exc.start})") from None
    odd: list[_Odd] = []  # numbers Python would choke on later, noted as they are parsed
    try:
        data = json.loads(text, parse_int=functools.partial(_int, odd), parse_float=functools.partial(_float, odd), parse_constant=functools.partial(_constant, odd))
    except RecursionError:
        raise BadRequest("the request body is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if odd:
        found = _find(data, lambda value: isinstance(value, _Odd))
        assert found is not None  # the parse hooks made each odd value an _Odd
        where, item = found
        raise BadRequest(f"{where}: {item.problem}")
    if _SURROGATE_ESCAPE.search(text):
        found = _find(data, lambda value: isinstance(value, str) and _LONE_SURROGATE.search(value) is not None)
        if found is not None:
            raise BadRequest(f"{found[0]} holds a lone surrogate code point (U+D800 to U+DFFF), which is not text")
    return data


class _Odd:
    """Stands in for a number the gateway will not carry: too many digits, or not finite."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


_MAX_DIGITS = 1000  # Python itself refuses past 4300; no field of any API needs a tenth of that
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}\Z")


def _int(odd: list[_Odd], text: str) -> int | _Odd:
    if len(text) > _MAX_DIGITS:
        odd.append(_Odd(f"a number of {len(text)} digits is too long (at most {_MAX_DIGITS})"))
        return odd[-1]
    return int(text)


def _float(odd: list[_Odd], text: str) -> float | _Odd:
    value = float(text) if len(text) <= _MAX_DIGITS else math.inf
    if not math.isfinite(value):
        odd.append(_Odd("a number too large to represent"))
        return odd[-1]
    return value


def _constant(odd: list[_Odd], name: str) -> _Odd:
    odd.append(_Odd(f"{name} is not a JSON number"))
    return odd[-1]


def _find(data: Any, wanted: Callable[[Any], bool]) -> tuple[str, Any] | None:
    """The first value (or object key) in `data` that is `wanted`, with its path (`messages[0].content`)."""
    stack: list[tuple[str, Any]] = [("the request body", data)]
    while stack:
        where, value = stack.pop()
        if wanted(value):
            return where, value
        if isinstance(value, dict):
            for key, child in reversed(list(value.items())):
                name = key if _PLAIN_KEY.match(key) else "?"
                if wanted(key):
                    return f"a key in {where}", key
                stack.append((name if where == "the request body" else f"{where}.{name}", child))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", child) for i, child in reversed(list(enumerate(value))))
    return None
