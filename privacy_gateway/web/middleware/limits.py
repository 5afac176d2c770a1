"""Per-client rate limits and a body size cap, enforced before any analysis is spent.

The rate limit is a token bucket per client (refilled continuously), kept in this process or in the
store workers and replicas share (`shared/buckets.py`); an empty bucket answers 429 with
`Retry-After`. A declared `Content-Length` over the cap is refused before the body is read; bodies
without one are counted as they are read (`body.read_json`).
"""

from __future__ import annotations

import math

from starlette.types import ASGIApp, Receive, Scope, Send

from privacy_gateway.shared.buckets import Buckets
from privacy_gateway.web.middleware.errors import send_error


class LimitsMiddleware:
    """429 past a client's rate; 413 past the body size cap."""

    def __init__(self, app: ASGIApp, *, buckets: Buckets | None, max_body_bytes: int) -> None:
        self.app = app
        self.buckets = buckets  # None: no rate limit
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        if self.buckets is not None:
            client = scope.get("state", {}).get("client", "anonymous")
            wait = await self.buckets.take(client)
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                await send_error(scope, send, 429, "rate_limited", f"rate limit reached for this client; retry in {seconds} s", {"retry-after": str(seconds)})
                return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await send_error(scope, send, 413, "request_too_large", f"the request body is larger than {self.max_body_bytes} bytes")
            return
        await self.app(scope, receive, send)
