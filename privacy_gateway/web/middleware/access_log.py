"""One access-log line per request: method, path, status, latency and request id; never a body or a query string.

Replaces uvicorn's access log, which prints the query string (it can carry values) and no latency.
In JSON mode the fields are separate keys (`method`, `path`, `status`, `latency_ms`, `request_id`).
"""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("privacy_gateway.access")


class AccessLogMiddleware:
    """Logs each HTTP request once its response is over (or has failed)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        status = 500  # if the app raises before it answers

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            latency_ms = round((time.monotonic() - started) * 1000, 1)
            fields = {"method": scope["method"], "path": scope["path"], "status": status, "latency_ms": latency_ms}
            logger.info("%s %s %d %.1fms", scope["method"], scope["path"], status, latency_ms, extra={"access": fields})
