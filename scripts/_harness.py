"""Shared by the scripts: fake upstreams on real ports, and the gateway in its own process."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from privacy_gateway.testing.fake_upstreams import FakeUpstreams  # noqa: E402
from privacy_gateway.testing.instances import stop  # noqa: E402


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def fake_servers(fakes: FakeUpstreams) -> Iterator[tuple[str, str]]:
    """Serve the fakes' local (Ollama) and cloud (Anthropic) tiers on 127.0.0.1; yields both URLs."""
    from privacy_gateway.testing.serve import serve_in_thread

    with serve_in_thread(fakes.asgi("local")) as local, serve_in_thread(fakes.asgi("cloud")) as cloud:
        yield local, cloud


@contextlib.contextmanager
def gateway_process(local: str, cloud: str, *, extra_config: str = "", policy: str = "default") -> Iterator[tuple[str, int]]:
    """Run `privacy-gateway serve` in a subprocess against the given upstreams; yields (URL, pid)."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "gateway.yaml"
        config.write_text(
            f"policy: {policy}\n"
            "backends:\n"
            f"  local: {{kind: ollama, url: '{local}', model: llama3.2}}\n"
            f"  cloud: {{kind: anthropic, url: '{cloud}', model: claude-sonnet-4-20250514, api_key_env: PG_HARNESS_CLOUD_KEY}}\n"
            "audit: {path: audit/audit.jsonl}\n"
            "limits: {requests_per_minute: 0}\n" + extra_config
        )
        port = free_port()
        env = {**os.environ, "PG_HARNESS_CLOUD_KEY": "unused", "PRIVACY_GATEWAY_AUDIT_KEY": "harness-audit-key-0123456789"}
        log = open(Path(tempfile.gettempdir()) / "privacy-gateway-harness.log", "w")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-m", "privacy_gateway", "serve", "--config", str(config), "--port", str(port), "--log-level", "warning"],
            env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=log, text=True,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the gateway exited; its log is {log.name}")
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the gateway did not start within 120 s")
            time.sleep(0.2)
        while time.monotonic() < deadline:  # and until its analyzer processes have loaded
            processes = httpx.get(f"{url}/readyz", timeout=10).json()["analyzer"].get("processes", {})
            if processes.get("ready", True):
                break
            time.sleep(0.2)
        try:
            yield url, process.pid
        finally:
            stop(process)
            log.close()


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process so far, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child_pids(pid: int) -> list[int]:
    """The direct children of a process (the gateway's analyzer processes and multiprocessing's resource tracker)."""
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        children += [int(c) for c in text]
    return children


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of `values`, nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]
