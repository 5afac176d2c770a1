"""What every backend shares: one pooled HTTP client, deadlines, a size cap, and upstream error mapping."""

from __future__ import annotations

import asyncio
import codecs
import json
import re
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, AsyncIterator

import httpx

from privacy_gateway.backends import advice
from privacy_gateway.backends.resilience import CircuitBreaker, RetryPolicy, call_with_retries
from privacy_gateway.core.chat import ChatRequest, ChatResult, StreamEvent
from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult
from privacy_gateway.config.models import BackendSettings
from privacy_gateway.core.errors import UpstreamError

MAX_ERROR_CHARS = 300
MAX_ERROR_BODY = 64 * 1024  # of an error answer, enough for its message


@dataclass(frozen=True)
class Health:
    """What a probe learned: whether the server answers and has the model, and what to do if not."""

    reachable: bool
    model_present: bool | None  # None: the server does not say (one unnamed model, or a cloud API)
    detail: str
    next_step: str | None = None

    @property
    def ok(self) -> bool:
        """The backend can serve requests, as far as a probe can tell."""
        return self.reachable and self.model_present is not False


class Backend(ABC):
    """An upstream model server of one tier."""

    def __init__(self, settings: BackendSettings, tier: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.tier = tier
        t = settings.timeouts
        # Reads are bounded by our own first-byte and idle deadlines, which httpx cannot tell apart.
        self.client = httpx.AsyncClient(
            base_url=settings.url.rstrip("/"),
            transport=transport,
            timeout=httpx.Timeout(connect=t.connect, read=None, write=t.connect, pool=t.connect),
            follow_redirects=False,
            trust_env=False,
        )
        self.retry_policy = RetryPolicy(attempts=settings.retries + 1)
        self.breaker = CircuitBreaker(settings.breaker_failures, settings.breaker_reset_seconds)

    @property
    def name(self) -> str:
        """A label for logs, headers and the audit log: tier and config name (its kind when unnamed), never a URL."""
        return f"{self.tier}:{self.settings.label}"

    def available(self) -> bool:
        """Whether its circuit breaker would let a call through now (claims nothing)."""
        return self.breaker.ready()

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self.client.aclose()

    @abstractmethod
    async def complete(self, request: ChatRequest, model: str) -> ChatResult:
        """The whole answer."""

    @abstractmethod
    def stream(self, request: ChatRequest, model: str) -> AsyncIterator[StreamEvent]:
        """The answer as it is generated."""

    async def embed(self, request: EmbedRequest, model: str) -> EmbedResult:
        """One vector per input text; a server kind without an embeddings API says so."""
        raise UpstreamError(
            f"{self.name} has no embeddings API; point backends.{self.tier} at an Ollama or OpenAI-compatible server to embed on this tier",
            status=501,
            code="embeddings_unsupported",
        )

    def check_vectors(self, result: EmbedResult, request: EmbedRequest) -> EmbedResult:
        """`result` if it holds one vector per input, else `upstream_invalid`."""
        if len(result.vectors) != len(request.inputs):
            raise UpstreamError(f"{self.name} answered {len(result.vectors)} vectors for {len(request.inputs)} texts", code="upstream_invalid")
        return result

    @abstractmethod
    async def probe(self) -> Health:
        """Whether the server answers and has the model (for /readyz, doctor, start-up warnings)."""

    async def list_models(self, path: str, read: Any) -> Health:
        """GET `path` and look for the configured model in the names `read(json)` returns."""
        at = advice.where(self.settings)
        try:
            response = await self.client.get(path, headers=self.headers(), timeout=2.0)
        except Exception as exc:  # noqa: BLE001 - a probe reports any failure
            return Health(False, None, f"unreachable at {at} ({type(exc).__name__})", advice.unreachable(self.settings, self.tier))
        if response.status_code in (401, 403):
            return Health(False, None, f"{at} refused the credentials (HTTP {response.status_code})", advice.rejected_key(self.settings))
        if response.status_code != 200:
            return Health(False, None, f"{at} answered HTTP {response.status_code} to GET {path}", advice.unreachable(self.settings, self.tier))
        try:
            names = [str(n) for n in read(response.json())]
        except Exception:  # noqa: BLE001 - an odd listing does not make the server unusable
            return Health(True, None, f"answers at {at}; its model list is unreadable")
        model = self.settings.model
        if model in names or f"{model}:latest" in names:
            return Health(True, True, f"answers at {at}, has {model}")
        if self.settings.kind == "openai" and len(names) == 1:
            # llama.cpp and similar serve their one model whatever name a request gives.
            return Health(True, None, f"answers at {at}, serves {names[0]} (asked for as {model})")
        return Health(True, False, f"answers at {at} but has no model {model}", advice.model_missing(self.settings, self.tier, names))

    def connection_error(self, exc: httpx.HTTPError) -> UpstreamError:
        """An httpx failure as a client-safe error: where the server was looked for and what to do (no credentials, no headers)."""
        return connection_error(self.name, exc, self.settings, self.tier)

    def status_error(self, status: int, body: str, headers: httpx.Headers) -> UpstreamError:
        """An upstream's error answer as a client-safe error."""
        return status_error(self.name, status, body, headers, self.settings, self.tier)

    def headers(self) -> dict[str, str]:
        """Headers every call carries (credentials from the environment)."""
        return {"content-type": "application/json", "accept": "application/json"}

    async def post_json(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST `body` and return the whole JSON answer, retrying what is worth retrying."""
        t = self.settings.timeouts
        deadline = time.monotonic() + t.total

        async def fetch() -> bytes:
            request = self.client.build_request("POST", path, json=body, headers=self.headers())
            response = await self.client.send(request, stream=True)
            try:
                if response.status_code >= 400:
                    text = (await read_capped(response, MAX_ERROR_BODY, self.name, truncate=True)).decode("utf-8", "replace")
                    raise self.status_error(response.status_code, text, response.headers)
                return await read_capped(response, self.settings.max_response_bytes, self.name)
            finally:
                await response.aclose()

        async def once() -> bytes:
            wait = min(t.first_byte, deadline - time.monotonic())
            try:
                return await asyncio.wait_for(fetch(), timeout=wait)
            except asyncio.TimeoutError:
                raise UpstreamError(f"{self.name} did not answer within {wait:.3g}s", status=504, code="upstream_timeout", retryable=True) from None
            except httpx.HTTPError as exc:
                raise self.connection_error(exc) from None

        raw = await call_with_retries(self.name, self.breaker, self.retry_policy, once, deadline)
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise UpstreamError(f"{self.name} answered with something that is not JSON", code="upstream_invalid") from None
        if not isinstance(data, dict):
            raise UpstreamError(f"{self.name} answered with JSON that is not an object", code="upstream_invalid")
        return data

    async def post_lines(self, path: str, body: dict[str, Any]) -> AsyncIterator[str]:
        """POST `body` and yield the answer's lines, enforcing first-byte, idle and total deadlines."""
        t = self.settings.timeouts
        deadline = time.monotonic() + t.total

        async def opened() -> httpx.Response:
            # Retried only while nothing has been read: an answer that began is never sent twice.
            wait = min(t.first_byte, deadline - time.monotonic())
            request = self.client.build_request("POST", path, json=body, headers=self.headers())
            try:
                response = await asyncio.wait_for(self.client.send(request, stream=True), timeout=wait)
            except asyncio.TimeoutError:
                raise UpstreamError(f"{self.name} did not answer within {wait:.3g}s", status=504, code="upstream_timeout", retryable=True) from None
            except httpx.HTTPError as exc:
                raise self.connection_error(exc) from None
            if response.status_code >= 400:
                text = (await response.aread()).decode("utf-8", "replace")
                await response.aclose()
                raise self.status_error(response.status_code, text, response.headers)
            return response

        response = await call_with_retries(self.name, self.breaker, self.retry_policy, opened, deadline)
        try:
            lines = capped_lines(response, self.settings.max_response_bytes, self.name)
            first = True
            while True:
                wait = min(t.first_byte if first else t.idle, deadline - time.monotonic())
                if wait <= 0:
                    raise UpstreamError(f"{self.name} exceeded the total deadline of {t.total:g}s", status=504, code="upstream_timeout")
                try:
                    line = await asyncio.wait_for(lines.__anext__(), timeout=wait)
                except StopAsyncIteration:
                    return
                except asyncio.TimeoutError:
                    what = "sent nothing" if first else f"went silent for {wait:g}s"
                    raise UpstreamError(f"{self.name} {what}", status=504, code="upstream_timeout") from None
                except httpx.HTTPError as exc:
                    raise UpstreamError(f"{self.name} broke off the answer ({type(exc).__name__})", code="upstream_disconnected") from None
                first = False
                yield line
        finally:
            await response.aclose()


async def read_capped(response: httpx.Response, cap: int, name: str, *, truncate: bool = False) -> bytes:
    """The body, refused (or with `truncate`, cut) once it passes `cap` bytes; never read whole first."""
    declared = response.headers.get("content-length", "")
    if not truncate and declared.isdigit() and int(declared) > cap:
        raise too_large(name, cap)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > cap:
            if truncate:
                chunks.append(chunk[: cap - size + len(chunk)])
                break
            raise too_large(name, cap)
        chunks.append(chunk)
    return b"".join(chunks)


async def capped_lines(response: httpx.Response, cap: int, name: str) -> AsyncIterator[str]:
    """The body's lines (`\\n` or `\\r\\n`), refused once the stream passes `cap` bytes in all."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    size = 0
    partial: list[str] = []  # the line being received, in pieces (no rescans of a long line)
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > cap:
            raise too_large(name, cap)
        *complete, rest = decoder.decode(chunk).split("\n")
        for piece in complete:
            partial.append(piece)
            yield _line(partial)
            partial = []
        if rest:
            partial.append(rest)
    tail = decoder.decode(b"", final=True)
    if tail:
        partial.append(tail)
    if partial:
        yield _line(partial)


def _line(pieces: list[str]) -> str:
    line = "".join(pieces)
    return line[:-1] if line.endswith("\r") else line


def too_large(name: str, cap: int) -> UpstreamError:
    """The answer passed the backend's `max_response_bytes`."""
    return UpstreamError(f"{name} sent an answer larger than {cap} bytes", code="upstream_too_large")


def connection_error(name: str, exc: httpx.HTTPError, settings: BackendSettings | None = None, tier: str = "") -> UpstreamError:
    """Map an httpx failure to a client-safe error naming the server's address and model, never credentials."""
    at = f" at {advice.where(settings)} (model {settings.model})" if settings else ""
    if isinstance(exc, httpx.TimeoutException):
        return UpstreamError(f"{name}{at} timed out connecting", status=504, code="upstream_timeout", retryable=True)
    step = advice.unreachable(settings, tier) if settings else "is its server running at the configured url?"
    return UpstreamError(f"{name}{at} is unreachable ({type(exc).__name__}); {step}", status=502, code="upstream_unreachable", retryable=True)


def status_error(name: str, status: int, body: str, headers: httpx.Headers, settings: BackendSettings | None = None, tier: str = "") -> UpstreamError:
    """Map an upstream error answer to a client-safe error."""
    if status in (401, 403):
        step = advice.rejected_key(settings) if settings else "check the configured API key"
        message = f"{name} rejected the gateway's credentials (HTTP {status}); {step}"
        return UpstreamError(message, status=502, code="upstream_auth_failed", upstream_status=status)
    detail = upstream_message(body)
    message = f"{name} answered HTTP {status}" + (f": {detail}" if detail else "")
    if status == 404 and settings is not None and settings.kind == "ollama" and "not found" in detail:
        message += f"; fetch it with `ollama pull {settings.model}`"
    if status == 429 and _SPEND_LIMIT.search(body):
        # Out of credit: waiting will not help, and it must not count as the backend being down.
        return UpstreamError(message, status=503, code="upstream_quota_exhausted", upstream_status=status)
    if status in (429, 503, 529):
        return UpstreamError(message, status=503, code="upstream_overloaded", retryable=True, upstream_status=status, retry_after=retry_after(headers))
    if status >= 500:
        return UpstreamError(message, status=502, code="upstream_error", retryable=True, upstream_status=status)
    return UpstreamError(message, status=502, code="upstream_rejected", upstream_status=status)


_SPEND_LIMIT = re.compile(r"insufficient_quota|quota|billing|spend|credit balance", re.IGNORECASE)


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds form), if the upstream sent one."""
    raw = headers.get("retry-after", "")
    try:
        return max(0.0, float(raw)) if raw else None
    except ValueError:
        return None


def upstream_message(body: str) -> str:
    """The error message inside an upstream's JSON error body, in any vendor's shape, shortened."""
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    message: Any = data.get("error") if isinstance(data, dict) else None
    if isinstance(message, dict):
        message = message.get("message")
    return str(message)[:MAX_ERROR_CHARS] if message else ""


def sse_data(lines: AsyncIterator[str]) -> AsyncIterator[tuple[str | None, str]]:
    """Group SSE lines into (event name, data) pairs."""

    async def events() -> AsyncIterator[tuple[str | None, str]]:
        event: str | None = None
        data: list[str] = []
        async for line in lines:
            if not line:
                if data:
                    yield event, "\n".join(data)
                event, data = None, []
            elif line.startswith(":"):
                continue
            elif line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())
        if data:
            yield event, "\n".join(data)

    return events()


def parse_json_line(name: str, line: str) -> dict[str, Any]:
    """One JSON object of a stream, or a clear error."""
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        raise UpstreamError(f"{name} sent a stream line that is not JSON", code="upstream_invalid") from None
    if not isinstance(data, dict):
        raise UpstreamError(f"{name} sent JSON that is not an object in its stream", code="upstream_invalid")
    return data
