"""Authenticate callers by API key and tell handlers who they are.

Accepts `Authorization: Bearer KEY` (OpenAI and Ollama SDKs) or `x-api-key: KEY` (Anthropic SDK).
On success `scope["state"]["client"]` names the client and `["client_policy"]` its policy. Health
and metrics endpoints stay open so orchestrators can probe and scrape them. The key itself is never logged or forwarded.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from privacy_gateway.config.clients import Client, identify
from privacy_gateway.web.middleware.errors import send_error

OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})  # probes and scrapes; they hold no request data


class AuthMiddleware:
    """401 in the caller's API shape for a missing or unknown key; passes everything else through."""

    def __init__(self, app: ASGIApp, *, clients: tuple[Client, ...]) -> None:
        self.app = app
        self.clients = clients

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        if not self.clients:  # authentication is off (only allowed on loopback, see cli)
            state["client"], state["client_policy"] = "anonymous", None
            await self.app(scope, receive, send)
            return
        if scope["path"] in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        key = _presented_key(scope)
        client = identify(key, self.clients) if key else None
        if client is None:
            message = "a valid API key is required (Authorization: Bearer KEY or x-api-key: KEY)" if not key else "the API key is not valid"
            await send_error(scope, send, 401, "invalid_api_key", message, {"www-authenticate": "Bearer"})
            return
        state["client"], state["client_policy"] = client.name, client.policy
        await self.app(scope, receive, send)


def _presented_key(scope: Scope) -> str:
    headers = dict(scope.get("headers") or [])
    auth = headers.get(b"authorization", b"").decode("latin-1").strip()
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return headers.get(b"x-api-key", b"").decode("latin-1").strip()
