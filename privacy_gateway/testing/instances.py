"""Real processes for multi-instance tests and benchmarks: a `redis-server`, and gateway replicas.

`redis_server()` runs the Debian package's binary on a free 127.0.0.1 port without persistence;
`gateway_instances()` runs `python -m privacy_gateway serve` several times on one config, each on
its own port and working directory (its own audit log), as replicas behind a load balancer would be.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import httpx


class MissingBinary(RuntimeError):
    """A program the caller needs is not installed."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (yet)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def redis_server(workdir: Path) -> Iterator[str]:
    """A `redis-server` on a free loopback port, no snapshots, no append-only file; yields its URL."""
    import redis

    binary = shutil.which("redis-server")
    if binary is None:
        raise MissingBinary("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {port}") from None
                time.sleep(0.05)
        yield url
    finally:
        client.close()
        stop(process)


@contextlib.contextmanager
def gateway_instances(config_text: str, count: int, workdir: Path, env: dict[str, str] | None = None) -> Iterator[list[str]]:
    """`count` gateway processes of one config, each in `workdir/instance-N`, ready to serve; yields their URLs.

    Each instance's stderr goes to `workdir/instance-N/gateway.log`, named when one fails to start.
    """
    processes: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    logs = []
    try:
        for n in range(count):
            home = workdir / f"instance-{n + 1}"
            home.mkdir(parents=True, exist_ok=True)
            (home / "gateway.yaml").write_text(config_text)
            port = free_port()
            log = open(home / "gateway.log", "wb")  # noqa: SIM115 - closed in finally
            logs.append(log)
            processes.append(subprocess.Popen(
                [sys.executable, "-m", "privacy_gateway", "serve", "--config", "gateway.yaml", "--port", str(port), "--log-level", "warning"],
                cwd=home, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=log,
            ))
            urls.append(f"http://127.0.0.1:{port}")
        for process, url, log in zip(processes, urls, logs):
            _wait_ready(process, url, Path(log.name))
        yield urls
    finally:
        for process in processes:
            stop(process)
        for log in logs:
            log.close()


def _wait_ready(process: subprocess.Popen[bytes], url: str, log: Path, timeout: float = 180) -> None:
    """Until `/healthz` answers and the analyzer processes (if any) have loaded."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the gateway at {url} exited with {process.returncode}; its log is {log}")
        try:
            ready = httpx.get(f"{url}/readyz", timeout=10)
            if ready.json().get("analyzer", {}).get("processes", {}).get("ready", True):
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the gateway at {url} was not ready within {timeout:g} s; its log is {log}")


def stop(process: subprocess.Popen[Any]) -> None:
    """SIGTERM, 30 s to finish its requests and shut down, then SIGKILL; reaped either way."""
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
