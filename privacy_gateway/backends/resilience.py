"""Retries with backoff and a circuit breaker, so a failing backend is neither hammered nor waited on.

Retried: connect errors, timeouts before the first byte, 429 (not a spend limit), 5xx and
Anthropic's 529 — never another 4xx, and never once an answer has begun (nothing may be sent twice
to a client). An open breaker fails at once, which lets the gateway fail over without waiting.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from typing import Awaitable, Callable, Literal, TypeVar

from privacy_gateway.core.errors import UpstreamError

T = TypeVar("T")
State = Literal["closed", "open", "half_open"]

MAX_RETRY_AFTER = 10.0  # a longer Retry-After is better served by failing over


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry one call."""

    attempts: int = 3
    base_delay: float = 0.25
    max_delay: float = 4.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Full-jitter exponential backoff, or the upstream's own Retry-After when it gave one."""
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        return random.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


class CircuitBreaker:
    """Opens after `failures` failures in a row; after `reset_seconds` lets one probe through."""

    def __init__(self, failures: int = 5, reset_seconds: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.failures = failures
        self.reset_seconds = reset_seconds
        self.clock = clock
        self.state: State = "closed"
        self._count = 0
        self._opened_at = 0.0
        self._probing = False

    def allow(self) -> bool:
        """Whether a call may go out now (claims the half-open probe when it is due)."""
        if self.state == "closed":
            return True
        if self.state == "open" and self.clock() - self._opened_at >= self.reset_seconds:
            self.state = "half_open"
            self._probing = False
        if self.state == "half_open" and not self._probing:
            self._probing = True
            return True
        return False

    def ready(self) -> bool:
        """Whether `allow` would let a call through now, without claiming the half-open probe."""
        if self.state == "open":
            return self.clock() - self._opened_at >= self.reset_seconds
        return self.state == "closed" or not self._probing

    def success(self) -> None:
        """A call succeeded: close."""
        self.state, self._count, self._probing = "closed", 0, False

    def failure(self) -> None:
        """A call failed: count it, and open when the threshold is reached or the probe failed."""
        self._count += 1
        if self.state == "half_open" or self._count >= self.failures:
            self.state, self._opened_at, self._probing = "open", self.clock(), False


async def call_with_retries(
    name: str,
    breaker: CircuitBreaker,
    policy: RetryPolicy,
    call: Callable[[], Awaitable[T]],
    deadline: float,
) -> T:
    """Run `call`, retrying what is worth retrying within `deadline` (a monotonic time)."""
    attempt = 0
    while True:
        if not breaker.allow():
            raise UpstreamError(f"{name} is failing; its circuit breaker is open", status=503, code="circuit_open")
        try:
            result = await call()
        except UpstreamError as exc:
            if exc.retryable or exc.upstream_status is None or exc.upstream_status >= 500:
                breaker.failure()
            else:
                breaker.success()  # the server is up; it refused this request
            attempt += 1
            if not exc.retryable or attempt >= policy.attempts:
                raise
            if exc.retry_after is not None and exc.retry_after > MAX_RETRY_AFTER:
                raise
            pause = policy.delay(attempt - 1, exc.retry_after)
            if time.monotonic() + pause >= deadline:
                raise
            await asyncio.sleep(pause)
            continue
        breaker.success()
        return result
