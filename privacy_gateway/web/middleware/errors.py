"""Errors raised before a handler runs, rendered in the shape of the API the caller speaks.

Middleware (auth, limits, deadlines) answers before any handler is involved, so it asks the ingress
that owns the request's path (`ingress.apis.owner`) for the error body, as the handlers do.
"""

from __future__ import annotations

import json

from starlette.types import Scope, Send

from privacy_gateway.core.errors import ErrorKind, GatewayError
from privacy_gateway.web.ingress.apis import owner

# The kind of each status middleware answers with; the rest (401, 408, 413) are the client's side.
_KINDS: dict[int, ErrorKind] = {429: "rate_limited", 503: "unavailable"}


def error_json(path: str, status: int, code: str, message: str) -> bytes:
    """The error body for `path`'s API."""
    error = GatewayError(message, status=status, code=code, kind=_KINDS.get(status, "invalid_request"))
    return json.dumps(owner(path).error_body(error)).encode()


async def send_error(scope: Scope, send: Send, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
    """Answer the request with an error in the caller's API shape, noting it for the audit log (`refusals.py`)."""
    scope.setdefault("state", {})["refused"] = (status, code)
    body = error_json(scope.get("path", ""), status, code, message)
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
