"""The audit log fails closed: no upstream call without a line in the log, and no silent gaps.

A full disk is simulated at the file layer: the log's one write seam raises ENOSPC.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import anyio
import pytest

from privacy_gateway.audit import verify_log
from privacy_gateway.audit import log as log_module
from privacy_gateway.audit.cli import main
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio


class Disk:
    """The audit file's disk. `full`: writes raise ENOSPC; with `torn`, the first write once full
    takes 10 bytes and returns short, as a write that meets the end of the disk does."""

    def __init__(self) -> None:
        self.full = False
        self.torn = False
        self.real = log_module._write_fd

    def write(self, fd: int, data: memoryview) -> int:
        if self.full:
            if self.torn:
                self.torn = False
                return self.real(fd, data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.real(fd, data)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    d = Disk()
    monkeypatch.setattr(log_module, "_write_fd", d.write)
    return d


def entries(path: Path) -> list[dict[str, Any]]:
    out = []
    for line in path.read_bytes().splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            pass  # a torn line, explained by the recovery marker after it
    return out


BODIES = {
    "openai": ("/v1/chat/completions", chat("What is the capital of France?")),
    "anthropic": ("/v1/messages", {"model": "x", "max_tokens": 50, "messages": [{"role": "user", "content": "Capital of France?"}]}),
    "ollama": ("/api/chat", {"model": "x", "stream": False, "messages": [{"role": "user", "content": "Capital of France?"}]}),
}


@pytest.mark.parametrize("ingress", list(BODIES))
@pytest.mark.parametrize("torn", [False, True], ids=["nothing-written", "torn-line"])
async def test_a_full_disk_refuses_before_any_upstream_and_verify_shows_the_gap(
    gateway: GatewayFactory, fakes: FakeUpstreams, disk: Disk, tmp_path: Path, ingress: str, torn: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    path, body = BODIES[ingress]
    async with gateway() as client:
        assert (await client.get("/readyz")).status_code == 200
        disk.full, disk.torn = True, torn
        for headers in ({}, CLOUD):
            response = await client.post(path, json=body, headers=headers)
            assert response.status_code == 503
            error = response.json()
            message = {"openai": lambda e: e["error"]["message"], "anthropic": lambda e: e["error"]["message"], "ollama": lambda e: e["error"]}[ingress](error)
            assert "audit log" in message
            if ingress == "anthropic":
                assert error["type"] == "error"
        assert fakes.requests == []  # nobody upstream saw anything
        ready = await client.get("/readyz")
        assert ready.status_code == 503 and ready.json()["audit"]["writable"] is False
        assert "the audit log cannot be written" in ready.json()["reasons"]
        metrics = (await client.get("/metrics")).text
        assert 'privacy_gateway_audit_write_failures_total{kind="upstream_call"} 2' in metrics
        assert 'privacy_gateway_audit_write_failures_total{kind="record"} 2' in metrics

        disk.full = False  # space freed: the next check writes the loss marker and the log is ready again
        assert (await client.get("/readyz")).status_code == 200
        assert (await client.post(path, json=body)).status_code == 200
        assert len(fakes.requests) == 1

    log = tmp_path / "audit.jsonl"
    events = [e.get("event") for e in entries(log)]
    assert events[-3:] == ["records_lost", "upstream_call", None]
    assert entries(log)[-3]["lost_records"] == 4  # two reservations and two final records
    result = verify_log(log)
    assert result.problem is None and len(result.gaps) == 1 and not result.ok
    capsys.readouterr()
    assert main(["verify", str(log)]) == 1
    out = capsys.readouterr().out
    assert "GAP:" in out and "4 line(s) could not be written" in out


async def test_serve_mode_answers_and_still_counts_what_it_could_not_write(
    gateway: GatewayFactory, fakes: FakeUpstreams, disk: Disk, tmp_path: Path
) -> None:
    async with gateway(audit_on_write_failure="serve") as client:
        disk.full = True
        response = await client.post("/v1/chat/completions", json=chat("Hello there"))
        assert response.status_code == 200
        assert len(fakes.requests) == 1
        assert (await client.get("/readyz")).status_code == 503
        assert 'privacy_gateway_audit_write_failures_total{kind="upstream_call"} 1' in (await client.get("/metrics")).text
        disk.full = False
        assert (await client.post("/v1/chat/completions", json=chat("Hello again"))).status_code == 200
    result = verify_log(tmp_path / "audit.jsonl")
    assert result.problem is None and [g.message for g in result.gaps] == ["2 line(s) could not be written before this one (a failed write, e.g. a full disk)"]


async def test_a_request_whose_final_record_is_lost_leaves_its_upstream_call_visible(
    gateway: GatewayFactory, fakes: FakeUpstreams, disk: Disk, tmp_path: Path
) -> None:
    def fill_the_disk(tier: str, body: dict[str, Any]) -> str:
        disk.full = True  # while the upstream answers
        return "An answer."

    fakes.reply = fill_the_disk
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat("Tell me a story"))
        assert response.status_code == 200  # the upstream has answered; withholding it would undo nothing
        disk.full = False  # freed before shutdown, which writes the loss marker
    result = verify_log(tmp_path / "audit.jsonl")
    assert result.problem is None
    messages = sorted(g.message for g in result.gaps)
    assert len(messages) == 2
    assert messages[0].startswith("1 line(s) could not be written")
    assert "reached an upstream but has no final record" in messages[1]


async def test_a_load_run_with_a_failing_and_recovering_backend_loses_no_record(
    gateway: GatewayFactory, fakes: FakeUpstreams, tmp_path: Path
) -> None:
    statuses: list[int] = []
    async with gateway() as client:

        async def one(i: int) -> None:
            stream = i % 3 == 0
            headers = CLOUD if i % 2 else {}
            body = chat(f"Question number {i}", stream=stream)
            if stream:
                async with client.stream("POST", "/v1/chat/completions", json=body, headers=headers) as response:
                    await response.aread()
            else:
                response = await client.post("/v1/chat/completions", json=body, headers=headers)
            statuses.append(response.status_code)

        phases: list[dict[str, Any]] = [{}, {"local": "connect", "cloud": 500}, {"local": "midstream"}, {}, {"local": 503, "cloud": 503}, {}]
        for n, phase in enumerate(phases):
            fakes.fail = phase
            async with anyio.create_task_group() as tg:
                for i in range(20):
                    tg.start_soon(one, n * 20 + i)
    assert len(statuses) == 120 and {200} < set(statuses)
    result = verify_log(tmp_path / "audit.jsonl")
    assert result.ok, (result.problem, result.gaps)
    assert result.requests == len(statuses)
