"""Retries, backoff and the circuit breaker, against upstreams that fail in each documented way."""

from __future__ import annotations

import time

import httpx
import pytest

from privacy_gateway.backends import make_backend
from privacy_gateway.backends.resilience import CircuitBreaker, RetryPolicy
from privacy_gateway.core.chat import ChatRequest, Message, TextPart
from privacy_gateway.config.settings import BackendSettings
from privacy_gateway.core.errors import UpstreamError

pytestmark = pytest.mark.anyio

REQUEST = ChatRequest((Message("user", (TextPart("hi"),)),))
OK = {"id": "m", "type": "message", "role": "assistant", "model": "c", "content": [{"type": "text", "text": "fine"}], "stop_reason": "end_turn", "usage": {"input_tokens": 1, "output_tokens": 1}}


def flaky(answers: list[httpx.Response | Exception]) -> tuple[httpx.MockTransport, list[float]]:
    """A transport answering each call with the next item; records when each call came."""
    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        answer = answers[min(len(calls), len(answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handler), calls


def cloud(transport: httpx.MockTransport, **changes: object) -> object:
    settings = BackendSettings("anthropic", "http://cloud.test", "c", **changes)  # type: ignore[arg-type]
    backend = make_backend(settings, "cloud", transport)
    backend.retry_policy = RetryPolicy(attempts=settings.retries + 1, base_delay=0.01, max_delay=0.05)
    return backend


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(httpx.ConnectError("refused"), id="connect-error"),
        pytest.param(httpx.Response(500, json={}), id="500"),
        pytest.param(httpx.Response(529, json={"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}), id="529"),
        pytest.param(httpx.Response(429, json={"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}), id="429"),
    ],
)
async def test_transient_failures_are_retried(failure: httpx.Response | Exception) -> None:
    transport, calls = flaky([failure, failure, httpx.Response(200, json=OK)])
    result = await cloud(transport).complete(REQUEST, "c")  # type: ignore[attr-defined]
    assert result.text == "fine"
    assert len(calls) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
async def test_other_client_errors_are_never_retried(status: int) -> None:
    transport, calls = flaky([httpx.Response(status, json={"type": "error", "error": {"type": "x", "message": "no"}})])
    with pytest.raises(UpstreamError):
        await cloud(transport).complete(REQUEST, "c")  # type: ignore[attr-defined]
    assert len(calls) == 1


async def test_spend_limit_429_is_not_retried() -> None:
    transport, calls = flaky([httpx.Response(429, json={"error": {"type": "insufficient_quota", "message": "You exceeded your current quota"}})])
    with pytest.raises(UpstreamError) as caught:
        await cloud(transport).complete(REQUEST, "c")  # type: ignore[attr-defined]
    assert caught.value.code == "upstream_quota_exhausted"
    assert len(calls) == 1


async def test_retry_after_is_honoured() -> None:
    transport, calls = flaky([httpx.Response(429, headers={"retry-after": "0.3"}, json={}), httpx.Response(200, json=OK)])
    await cloud(transport).complete(REQUEST, "c")  # type: ignore[attr-defined]
    assert calls[1] - calls[0] >= 0.28


async def test_a_long_retry_after_fails_at_once_so_the_gateway_can_fail_over() -> None:
    transport, calls = flaky([httpx.Response(429, headers={"retry-after": "120"}, json={}), httpx.Response(200, json=OK)])
    with pytest.raises(UpstreamError):
        await cloud(transport).complete(REQUEST, "c")  # type: ignore[attr-defined]
    assert len(calls) == 1


async def test_streams_are_retried_only_before_they_begin() -> None:
    frames = 'event: message_start\ndata: {"type":"message_start","message":{"model":"c","usage":{"input_tokens":1}}}\n\n'
    transport, calls = flaky([httpx.Response(503, json={}), httpx.Response(200, text=frames)])  # second: a stream cut short
    backend = cloud(transport)
    with pytest.raises(UpstreamError) as caught:
        [e async for e in backend.stream(REQUEST, "c")]  # type: ignore[attr-defined]
    assert caught.value.code == "upstream_stream_error"
    assert len(calls) == 2  # the broken stream itself was not retried


async def test_breaker_opens_after_repeated_failures_and_fails_fast() -> None:
    transport, calls = flaky([httpx.ConnectError("refused")])
    backend = cloud(transport, retries=0, breaker_failures=3, breaker_reset_seconds=60)
    for _ in range(3):
        with pytest.raises(UpstreamError):
            await backend.complete(REQUEST, "c")  # type: ignore[attr-defined]
    with pytest.raises(UpstreamError) as caught:
        await backend.complete(REQUEST, "c")  # type: ignore[attr-defined]
    assert caught.value.code == "circuit_open"
    assert len(calls) == 3


def test_breaker_half_open_probe_closes_or_reopens() -> None:
    now = [0.0]
    breaker = CircuitBreaker(failures=2, reset_seconds=10, clock=lambda: now[0])
    breaker.failure()
    breaker.failure()
    assert breaker.state == "open" and not breaker.allow()
    now[0] = 11
    assert breaker.allow() and breaker.state == "half_open"
    assert not breaker.allow()  # one probe at a time
    breaker.failure()
    assert breaker.state == "open"
    now[0] = 22
    assert breaker.allow()
    breaker.success()
    assert breaker.state == "closed" and breaker.allow()
