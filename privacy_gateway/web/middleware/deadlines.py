"""A deadline for the request body: a client that trickles it gets a 408 and a closed connection.

uvicorn bounds the wait *between* requests (`timeout_keep_alive`) but not a body sent a byte at a
time, so one slow client could hold a connection and a handler forever. This middleware wraps
`receive`: the whole body must arrive within `body_timeout` seconds of the headers. Past it the
handler is told the client left (`http.disconnect`, which ends its read), and whatever it answers
is replaced by a 408 in the caller's API with `Connection: close`, which makes uvicorn close the
connection. Slow *headers* never reach an ASGI app; `web/server.py` deals with them.
"""

from __future__ import annotations

import asyncio
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from privacy_gateway.web.middleware.errors import error_json

BODY_TIMEOUT_CODE = "body_timeout"


class BodyDeadlineMiddleware:
    """408 and close when the request body is not complete within `body_timeout` seconds."""

    def __init__(self, app: ASGIApp, *, body_timeout: float) -> None:
        self.app = app
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await _Responder(scope, receive, send, time.monotonic() + self.body_timeout, self.body_timeout).run(self.app)


class _Responder:
    """One request's deadline: the wrapped `receive` and `send`."""

    def __init__(self, scope: Scope, receive: Receive, send: Send, deadline: float, seconds: float) -> None:
        self.scope, self.receive_raw, self.send_raw = scope, receive, send
        self.deadline, self.seconds = deadline, seconds
        self.body_done = False
        self.timed_out = False
        self.answered = False

    async def run(self, app: ASGIApp) -> None:
        await app(self.scope, self.receive, self.send)

    async def receive(self) -> Message:
        if self.body_done or self.timed_out:
            return await self.receive_raw()  # afterwards only a disconnect can come: no deadline
        remaining = self.deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise asyncio.TimeoutError
            message = await asyncio.wait_for(self.receive_raw(), timeout=remaining)
        except asyncio.TimeoutError:
            self.timed_out = True
            self.scope.setdefault("state", {})["timed_out"] = BODY_TIMEOUT_CODE
            return {"type": "http.disconnect"}
        if message["type"] != "http.request" or not message.get("more_body", False):
            self.body_done = True
        return message

    async def send(self, message: Message) -> None:
        if not self.timed_out:
            await self.send_raw(message)
            return
        if self.answered:
            return  # the handler's own answer, replaced by the 408
        if message["type"] == "http.response.start":
            self.answered = True
            body = error_json(self.scope.get("path", ""), 408, BODY_TIMEOUT_CODE, f"the request body did not arrive within {self.seconds:g} s")
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() in (b"x-request-id", b"x-privacy-tier")]
            headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
            await self.send_raw({"type": "http.response.start", "status": 408, "headers": headers})
            await self.send_raw({"type": "http.response.body", "body": body})
