"""Serving the app with uvicorn, plus the one deadline uvicorn lacks: for a request's headers.

uvicorn times out idle keep-alive connections but waits forever for a request line and headers
sent a byte at a time (`h11_max_incomplete_event_size` caps their size, not their pace;
`limit_concurrency` answers 503 to newcomers once slow clients hold every slot, which is the
attack working). Hypercorn's `read_timeout` is per read, so a byte every few seconds passes it too.
So the gateway keeps uvicorn and its httptools protocol and adds a timer to it: armed when a
connection opens and when a request's first byte arrives, disarmed when its headers are complete;
when it fires the client gets a 408 and the connection is closed. The body deadline is ASGI
middleware (`web/middleware/deadlines.py`).

The deadline rides on uvicorn's config (`GatewayServerConfig`), which `serve --workers N` pickles
to each spawned worker, so it holds in every worker as in one process.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from privacy_gateway.config.settings import GatewayConfig


class HeaderDeadlineProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol; a request's line and headers must arrive within `header_timeout` s."""

    header_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.header_timeout = getattr(self.config, "header_timeout", self.header_timeout)
        self._header_timer: asyncio.TimerHandle | None = None
        self._arm_header_timer()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm_header_timer()

    def on_headers_complete(self) -> None:
        self._disarm_header_timer()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        # Between requests uvicorn's keep-alive timeout applies; the next first byte re-arms ours.
        self._disarm_header_timer()
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if getattr(self, "_header_timer", None) is not None:
            self._header_timer.cancel()  # type: ignore[union-attr]
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is being answered; a pipelined one waits its turn
        body = json.dumps(
            {"error": {"message": f"the request headers did not arrive within {self.header_timeout:g} s", "type": "invalid_request_error", "param": None, "code": "header_timeout"}}
        ).encode()
        head = b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: %d\r\n\r\n" % len(body)
        self.transport.write(head + body)
        self.transport.close()


class GatewayServerConfig(uvicorn.Config):
    """uvicorn's config with the gateway's protocol and its header deadline; picklable, for workers."""

    def __init__(self, app: Any, *, header_timeout: float, **options: Any) -> None:
        super().__init__(app, http=HeaderDeadlineProtocol, **options)
        self.header_timeout = header_timeout


def uvicorn_config(app: Any, config: GatewayConfig, *, host: str, port: int, **options: Any) -> uvicorn.Config:
    """uvicorn's settings for the gateway: its own protocol with the header deadline.

    `app` is the app, or with `workers` a factory uvicorn can pickle (see `cli/workers.py`).
    """
    return GatewayServerConfig(app, header_timeout=config.header_timeout, host=host, port=port, **options)
