"""Requests turned away before any handler (a missing key, a full rate bucket, a body too large) are audited too.

A handler writes its request's audit record and metrics when it finishes (`endpoints.finish`); a
request the auth or limits middleware refused never reaches one. `send_error` notes the refusal in
`scope["state"]`, and this middleware, outside them, hands it to `on_refused` once the answer is
sent, so the log and `/metrics` count every request as the README promises. Only the status and
the error code are known: the body was never read.
"""

from __future__ import annotations

from typing import Callable

from starlette.types import ASGIApp, Receive, Scope, Send


class RefusalRecordMiddleware:
    """Calls `on_refused(scope, status, code)` for a request some middleware refused with `send_error`."""

    def __init__(self, app: ASGIApp, *, on_refused: Callable[[Scope, int, str], None]) -> None:
        self.app = app
        self.on_refused = on_refused

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            refused = scope.get("state", {}).get("refused")
            if refused is not None:
                self.on_refused(scope, *refused)
