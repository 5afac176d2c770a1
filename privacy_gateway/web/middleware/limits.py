"""Per-client rate limits and a body size cap, enforced before any analysis is spent.

The rate limit is a token bucket per client (refilled continuously); an empty bucket answers 429
with `Retry-After`. A declared `Content-Length` over the cap is refused before the body is read;
bodies without one are counted as they are read (`endpoints.read_json`).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Receive, Scope, Send

from privacy_gateway.web.middleware.errors import send_error


@dataclass
class TokenBucket:
    """`rate` requests per second on average, bursts up to `capacity`."""

    rate: float
    capacity: float
    tokens: float = -1.0
    updated: float = field(default_factory=time.monotonic)

    def take(self, now: float) -> float:
        """0 if a request may go now, else the seconds until one may."""
        if self.tokens < 0:
            self.tokens = self.capacity
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class LimitsMiddleware:
    """429 past a client's rate; 413 past the body size cap."""

    def __init__(self, app: ASGIApp, *, requests_per_minute: float, burst: int, max_body_bytes: int) -> None:
        self.app = app
        self.rate = requests_per_minute / 60.0
        self.burst = burst
        self.max_body_bytes = max_body_bytes
        self.buckets: dict[str, TokenBucket] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        if self.rate > 0:
            client = scope.get("state", {}).get("client", "anonymous")
            bucket = self.buckets.setdefault(client, TokenBucket(self.rate, self.burst))
            wait = bucket.take(time.monotonic())
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                await send_error(scope, send, 429, "rate_limited", f"rate limit reached for this client; retry in {seconds} s", {"retry-after": str(seconds)})
                return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await send_error(scope, send, 413, "request_too_large", f"the request body is larger than {self.max_body_bytes} bytes")
            return
        await self.app(scope, receive, send)
