"""Errors raised before a handler runs, rendered in the shape of the API the caller speaks.

Middleware (auth, limits) answers before any ingress translator is involved, so it picks the error
shape from the path: `/v1/messages` is Anthropic's API, `/api/...` Ollama's, the rest OpenAI's.
"""

from __future__ import annotations

import json

from starlette.types import Scope, Send

# (OpenAI error type, Anthropic error type) by HTTP status.
_TYPES = {
    401: ("invalid_request_error", "authentication_error"),
    403: ("invalid_request_error", "permission_error"),
    413: ("invalid_request_error", "request_too_large"),
    429: ("rate_limit_error", "rate_limit_error"),
    503: ("service_unavailable", "overloaded_error"),
}


def error_json(path: str, status: int, code: str, message: str) -> bytes:
    """The error body for `path`'s API."""
    openai_type, anthropic_type = _TYPES.get(status, ("invalid_request_error", "invalid_request_error"))
    if path.startswith("/v1/messages"):
        body: object = {"type": "error", "error": {"type": anthropic_type, "message": message}}
    elif path.startswith("/api/"):
        body = {"error": message}
    else:
        body = {"error": {"message": message, "type": openai_type, "param": None, "code": code}}
    return json.dumps(body).encode()


async def send_error(scope: Scope, send: Send, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
    """Answer the request with an error in the caller's API shape, noting it for the audit log (`refusals.py`)."""
    scope.setdefault("state", {})["refused"] = (status, code)
    body = error_json(scope.get("path", ""), status, code, message)
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
