"""Shared fixtures: a gateway app on recording fake upstreams, driven in-process over ASGI.

Helpers tests import (`chat`, `CLOUD`, `GatewayFactory`) live in `tests/helpers.py`; a conftest holds fixtures only.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, AsyncIterator, Callable

import httpx
import pytest

from privacy_gateway.detection.analyzer import shared_analyzer
from privacy_gateway.web.app import create_app
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.instances import MissingBinary, redis_server
from privacy_gateway.testing.serve import serve_in_thread
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import GatewayFactory


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


@pytest.fixture
def gateway(tmp_path: Path, fakes: FakeUpstreams, analyzer: Any) -> GatewayFactory:
    """`async with gateway(**config_changes) as client:` runs an app (with its lifespan) on the fakes."""

    @contextlib.asynccontextmanager
    async def running(**changes: Any) -> AsyncIterator[httpx.AsyncClient]:
        config = config_for_tests(tmp_path, **changes)
        app = create_app(config, transport=fakes.transport, analyzer=analyzer)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
                yield client

    return running


@pytest.fixture
def live_gateway(tmp_path: Path, fakes: FakeUpstreams, analyzer: Any) -> Callable[..., Any]:
    """`with live_gateway(**config_changes) as base_url:` serves the app over real HTTP."""

    @contextlib.contextmanager
    def running(**changes: Any) -> Any:
        config = config_for_tests(tmp_path, **changes)
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
