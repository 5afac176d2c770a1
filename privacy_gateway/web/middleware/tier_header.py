"""Make sure every response says which tier served it and why: `none` unless a handler set them."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class TierHeaderMiddleware:
    """Adds `X-Privacy-Tier: none` and `X-Privacy-Decision: none` to responses no model served or no rule decided (401, 429, health checks)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_tier(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "x-privacy-tier" not in headers:
                    headers["x-privacy-tier"] = "none"
                if "x-privacy-decision" not in headers:
                    headers["x-privacy-decision"] = "none"
            await send(message)

        await self.app(scope, receive, send_with_tier)
