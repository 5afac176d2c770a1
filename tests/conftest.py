"""Shared fixtures: a gateway app on recording fake upstreams, driven in-process over ASGI."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, AsyncIterator, Callable

import httpx
import pytest

from privacy_gateway.detection.engine import shared_analyzer
from privacy_gateway.web.app import create_app
from privacy_gateway.config.settings import GatewayConfig
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.instances import MissingBinary, redis_server

CLOUD = {"X-Privacy-Tier": "cloud"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _cloud_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PG_TEST_CLOUD_KEY", "test-cloud-key")
    monkeypatch.setenv("PRIVACY_GATEWAY_AUDIT_KEY", "test-audit-key-0123456789")


@pytest.fixture(scope="session")
def analyzer() -> Any:
    """The real Presidio analyzer on the real spaCy model, loaded once per test session."""
    return shared_analyzer(DEFAULT_SPACY_MODEL)


@pytest.fixture
def fakes() -> FakeUpstreams:
    return FakeUpstreams()


GatewayFactory = Callable[..., contextlib.AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
def gateway(tmp_path: Path, fakes: FakeUpstreams, analyzer: Any) -> GatewayFactory:
    """`async with gateway(**config_changes) as client:` runs an app (with its lifespan) on the fakes."""

    @contextlib.asynccontextmanager
    async def running(**changes: Any) -> AsyncIterator[httpx.AsyncClient]:
        config = GatewayConfig.for_tests(tmp_path, **changes)
        app = create_app(config, transport=fakes.transport, analyzer=analyzer)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
                yield client

    return running


def chat(*messages: Any, **extra: Any) -> dict[str, Any]:
    """A Chat Completions body; plain strings become user messages."""
    out = [{"role": "user", "content": m} if isinstance(m, str) else m for m in messages]
    return {"model": "gpt-4o", "messages": out, **extra}


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

    settings = uvicorn_config(app, config or GatewayConfig.for_tests(), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
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


@pytest.fixture
def live_gateway(tmp_path: Path, fakes: FakeUpstreams, analyzer: Any) -> Callable[..., Any]:
    """`with live_gateway(**config_changes) as base_url:` serves the app over real HTTP."""

    @contextlib.contextmanager
    def running(**changes: Any) -> Any:
        config = GatewayConfig.for_tests(tmp_path, **changes)
        with serve_in_thread(create_app(config, transport=fakes.transport, analyzer=analyzer), config) as url:
            yield url

    return running


@pytest.fixture
def redis_url(tmp_path: Path) -> Any:
    """A real `redis-server` (the Debian package) on a free 127.0.0.1 port, without persistence; its URL."""
    try:
        with redis_server(tmp_path) as url:
            yield url
    except MissingBinary as exc:
        pytest.skip(f"{exc}; .ci/run installs it")
