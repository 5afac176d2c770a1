"""A real server on 127.0.0.1 in a thread, for tests and benchmarks that need a socket, not ASGI."""

from __future__ import annotations

import contextlib
from typing import Any

from privacy_gateway.config.settings import GatewayConfig
from privacy_gateway.testing.configs import config_for_tests


@contextlib.contextmanager
def serve_in_thread(app: Any, config: GatewayConfig | None = None) -> Any:
    """Run `app` with uvicorn on a free 127.0.0.1 port in a thread, as `serve` does; yields the base URL."""
    import socket
    import threading
    import time

    import uvicorn

    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on sockets that say they are TCP,
    # and without it every response pays a 40 ms delayed-ACK stall (uvicorn binding itself is fine).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    from privacy_gateway.web.server import uvicorn_config

    settings = uvicorn_config(app, config or config_for_tests(), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(settings)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the gateway did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
