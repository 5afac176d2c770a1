"""Starting and watching the processes the real-model tests need, and a transport that records."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any, Callable

import httpx

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "embedded-model"
BUNDLED_CONFIG = REPO / "configs" / "embedded-model.yaml"
MODEL = "gemma-3-270m"
DEFAULT_PORT = 8081
CLOUD_KEY_ENV = "PG_REALMODEL_CLOUD_KEY"


def serves_the_model(base_url: str) -> bool:
    """Whether `base_url` is an OpenAI-compatible server that offers the embedded model."""
    try:
        with urllib.request.urlopen(f"{base_url}/v1/models", timeout=3) as response:
            models = json.load(response)
    except (OSError, ValueError):
        return False
    return any(m.get("id") == MODEL for m in models.get("data") or [])


def port_is_free(port: int) -> bool:
    """Whether nothing listens on 127.0.0.1:`port`."""
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(check: Callable[[], bool], what: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Poll `check` until it holds; fail with the end of `log` if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while not check():
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come up within {timeout:.0f}s:\n{log.read_text()[-3000:]}")
        time.sleep(0.25)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C, as a user would; kill only if it does not shut down."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def config_text(model_url: str, *, cloud_url: str | None = None) -> str:
    """The bundled config, pointed at `model_url`; with `cloud_url`, the real model also plays the cloud."""
    text = BUNDLED_CONFIG.read_text()
    text = text.replace(f"http://127.0.0.1:{DEFAULT_PORT}", model_url)
    # Each copy keeps its audit log beside itself: one writer per log.
    text = text.replace("../audit/audit.jsonl", "audit/audit.jsonl")
    assert "path: audit/audit.jsonl" in text, "the bundled config's audit path changed"
    if cloud_url is not None:
        lines = [line for line in text.splitlines() if not line.lstrip().startswith("cloud:")]
        at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("local:")) + 1
        lines.insert(at, f'  cloud: {{kind: openai, url: "{cloud_url}", model: "{MODEL}", api_key_env: {CLOUD_KEY_ENV}}}')
        text = "\n".join(lines) + "\n"
    return text


class RecordingTransport(httpx.AsyncBaseTransport):
    """The real network, keeping every request body each host was sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self._inner: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:  # created on the app's own event loop
            self._inner = httpx.AsyncHTTPTransport()
        body = await request.aread()
        self.sent.append((request.url.host, json.loads(body) if body else {}))
        return await self._inner.handle_async_request(request)

    def text_sent_to(self, host: str) -> str:
        """Every body sent to `host`, as JSON text."""
        return "\n".join(json.dumps(body, ensure_ascii=False) for h, body in self.sent if h == host)

    async def aclose(self) -> None:
        inner, self._inner = self._inner, None
        if inner is not None:
            await inner.aclose()


