"""`serve --workers N` as an operator runs it: a real process tree on a real port, stopped by signals."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import uvicorn

from privacy_gateway.testing.fake_upstreams import FakeUpstreams

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")

START_SECONDS = 240  # two workers load spaCy side by side on a shared 2-core machine


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def fake_local_model() -> Iterator[str]:
    """An echoing Ollama on a loopback port, served from this process."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(FakeUpstreams(models=["qwen2.5:14b"]).asgi("local"), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def write_config(folder: Path, local_url: str, extra: str = "", processes: int = 0) -> Path:
    path = folder / "gateway.yaml"
    path.write_text(
        f'backends:\n  local: {{kind: ollama, url: "{local_url}", model: "qwen2.5:14b"}}\n'
        f"audit: {{path: audit/}}\n"
        f"detection: {{processes: {processes}}}\n" + extra
    )
    return path


class Served:
    """A `privacy-gateway serve` process group and what it wrote to stderr."""

    def __init__(self, process: subprocess.Popen[bytes], url: str, log: Path) -> None:
        self.process, self.url, self.log = process, url, log

    def stderr(self) -> str:
        return self.log.read_text(errors="replace")

    def descendants(self) -> set[int]:
        """Every process below the supervisor, by walking /proc's parent links."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        found, frontier = set(), {self.process.pid}
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
            found |= frontier
        return found


def _environ(pid: int) -> dict[str, str]:
    items = Path(f"/proc/{pid}/environ").read_bytes().decode(errors="replace").split("\0")
    return dict(item.split("=", 1) for item in items if "=" in item)


def alive(pid: int) -> bool:
    """Running, not a zombie waiting for a parent to reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@contextlib.contextmanager
def serving(tmp_path: Path, config: Path, workers: int = 2, wait_for: int | None = None) -> Iterator[Served]:
    """Run serve in its own session; yield once `wait_for` (default: every) worker has started."""
    port = _free_port()
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k not in ("PROMETHEUS_MULTIPROC_DIR", "ANTHROPIC_API_KEY")}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "privacy_gateway", "serve", "--config", str(config), "--port", str(port), "--workers", str(workers)],
            stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )
    served = Served(process, f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + START_SECONDS
        while served.stderr().count("Application startup complete") < (wait_for or workers):
            if process.poll() is not None:
                raise AssertionError(f"serve exited with {process.returncode}:\n{served.stderr()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"the workers did not start:\n{served.stderr()}")
            time.sleep(0.2)
        yield served
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)


def _chat(text: str) -> dict[str, Any]:
    return {"model": "any", "messages": [{"role": "user", "content": text}]}


def test_workers_share_the_port_the_metrics_and_the_header_deadline(tmp_path: Path) -> None:
    with fake_local_model() as local, serving(tmp_path, write_config(tmp_path, local, "server: {header_timeout: 1}\n")) as served:
        pids: set[int] = set()
        with httpx.Client(base_url=served.url, timeout=60) as http:
            for _ in range(40):  # each probe a new connection; the kernel hands it to either worker
                answer = httpx.get(served.url + "/readyz", timeout=30)
                assert answer.status_code == 200, answer.text
                pids.add(answer.json()["process"])
                if len(pids) == 2:
                    break
            answers = [http.post("/v1/chat/completions", json=_chat(f"hello number {i}"), headers={"connection": "close"}) for i in range(6)]
            metrics = http.get("/metrics").text
        assert [a.status_code for a in answers] == [200] * 6
        assert len(pids) == 2 and pids <= served.descendants()
        requests = sum(float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines() if line.startswith("privacy_gateway_requests_total{"))
        assert requests == 6
        with socket.create_connection(("127.0.0.1", int(served.url.rsplit(":", 1)[1]))) as slow:
            slow.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")  # and nothing more
            slow.settimeout(30)
            assert slow.recv(200).startswith(b"HTTP/1.1 408 ")


@pytest.mark.parametrize(
    ("how", "processes"),
    [
        pytest.param("SIGTERM to the supervisor", 1, id="sigterm"),
        pytest.param("Ctrl-C: SIGINT to the whole group", 0, id="ctrl-c"),
        pytest.param("SIGKILL to the supervisor", 1, id="supervisor-killed"),
    ],
)
def test_stopping_leaves_no_process_behind(tmp_path: Path, how: str, processes: int) -> None:
    with fake_local_model() as local, serving(tmp_path, write_config(tmp_path, local, processes=processes)) as served:
        expected = 2 * (1 + processes)  # workers × (1 + detection.processes), plus multiprocessing's trackers
        deadline = time.monotonic() + START_SECONDS
        while len(tree := served.descendants()) < expected and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(tree) >= expected
        metrics_dir = Path(_environ(next(iter(tree)))["PROMETHEUS_MULTIPROC_DIR"])
        if how.startswith("SIGTERM"):
            served.process.send_signal(signal.SIGTERM)
        elif how.startswith("Ctrl-C"):
            os.killpg(served.process.pid, signal.SIGINT)
        else:
            served.process.kill()
        assert served.process.wait(90) is not None
        deadline = time.monotonic() + 60
        while any(alive(pid) for pid in tree) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in tree if alive(pid)], served.stderr()
        if not how.startswith("SIGKILL"):
            assert served.process.returncode == 0
            assert not metrics_dir.exists()  # the private metrics folder is removed
        assert served.stderr().count("Application shutdown complete") == 2  # each worker ran the app's shutdown
        shutil.rmtree(metrics_dir, ignore_errors=True)  # a killed supervisor cannot remove it


def test_workers_need_an_audit_folder(tmp_path: Path) -> None:
    config = tmp_path / "gateway.yaml"
    config.write_text("audit: {path: audit.jsonl}\n")
    done = subprocess.run([sys.executable, "-m", "privacy_gateway", "serve", "--config", str(config), "--port", str(_free_port()), "--workers", "2"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "audit.path must name a folder" in done.stderr and "audit.jsonl" in done.stderr


def test_a_worker_that_cannot_start_stops_serve_with_its_reason(tmp_path: Path) -> None:
    config = tmp_path / "gateway.yaml"
    config.write_text("audit: {path: audit/}\ndetection: {spacy_model: en_core_web_nowhere, processes: 0}\n")
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    done = subprocess.run([sys.executable, "-m", "privacy_gateway", "serve", "--config", str(config), "--port", str(_free_port()), "--workers", "2"],
                          capture_output=True, text=True, timeout=START_SECONDS, env=env)
    assert done.returncode == 1
    assert "en_core_web_nowhere" in done.stderr and "privacy-gateway doctor" in done.stderr
    assert "Traceback" not in done.stderr


def test_two_workers_hold_one_rate_limit_one_audit_log_and_one_count(tmp_path: Path) -> None:
    """Issue 22's "done when": 20 rapid requests from one client, a burst of 5, two workers."""
    extra = f"limits: {{requests_per_minute: 1, burst: 5}}\nstate: {{store: {tmp_path / 'state.sqlite'}}}\n"
    with fake_local_model() as local, serving(tmp_path, write_config(tmp_path, local, extra)) as served:
        def one(i: int) -> int:
            return httpx.post(served.url + "/v1/chat/completions", json=_chat(f"question {i}"), timeout=120).status_code

        with ThreadPoolExecutor(max_workers=20) as pool:  # each on its own connection, so both workers take some
            statuses = list(pool.map(one, range(20)))
        metrics = httpx.get(served.url + "/metrics", timeout=30).text
        os.killpg(served.process.pid, signal.SIGTERM)  # stop, so every chain is closed before it is read
        served.process.wait(90)
    assert sorted(statuses) == [200] * 5 + [429] * 15
    counted = {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines() if line.startswith("privacy_gateway_requests_total{")}
    assert sum(counted.values()) == 20, counted
    assert counted['privacy_gateway_requests_total{decision="rate_limited",ingress="openai",outcome="refused",status="429",tier="none"}'] == 15
    verify = subprocess.run([sys.executable, "-m", "privacy_gateway", "audit", "verify", "--path", str(tmp_path / "audit")],
                            capture_output=True, text=True, timeout=120, env={**os.environ, "PRIVACY_GATEWAY_AUDIT_KEY": os.environ["PRIVACY_GATEWAY_AUDIT_KEY"]})
    assert verify.returncode == 0, verify.stdout + verify.stderr
    records = [json.loads(line) for chain in (tmp_path / "audit").glob("audit-*.jsonl") for line in chain.read_text().splitlines()]
    requests = [r for r in records if r.get("event") is None]
    assert len(requests) == 20
    assert sorted(r["status"] for r in requests) == [200] * 5 + [429] * 15
    assert all(r.get("instance") for r in records)  # every line names its writer


@pytest.mark.parametrize(
    ("cores", "workers", "expected"),
    [(1, 1, 0), (2, 1, 1), (2, 2, 0), (4, 2, 1), (4, 3, 0), (8, 4, 1)],
)
def test_auto_analyzer_processes_count_the_workers(monkeypatch: pytest.MonkeyPatch, cores: int, workers: int, expected: int) -> None:
    from privacy_gateway.cli.workers import cores_note
    from privacy_gateway.config.models import WORKERS_ENV
    from privacy_gateway.config.settings import default_config

    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    monkeypatch.setenv(WORKERS_ENV, str(workers))
    config = default_config()
    assert config.analyzer_processes == expected
    assert cores_note(config, workers) is None  # `auto` never oversubscribes the cores


def test_serve_tells_its_workers_how_many_they_are(tmp_path: Path) -> None:
    with fake_local_model() as local:
        config = write_config(tmp_path, local).read_text().replace("processes: 0", "processes: auto")
        (tmp_path / "gateway.yaml").write_text(config)
        with serving(tmp_path, tmp_path / "gateway.yaml") as served:
            ready = httpx.get(served.url + "/readyz", timeout=30).json()
    # Two workers get one analyzer process each only with two cores each (this machine: os.cpu_count()).
    assert ready["analyzer"]["processes"]["count"] == (1 if (os.cpu_count() or 1) >= 4 else 0)
