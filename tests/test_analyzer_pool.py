"""Analysis spread over this process and an analyzer process finds what one process finds."""

from __future__ import annotations

import json
import os
import random
import signal
from pathlib import Path
from typing import Iterator

import anyio
import pytest

from privacy_gateway.analyzer_pool import AnalyzerPool
from privacy_gateway.detection import Detector
from privacy_gateway.config import bundled_policy
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL
from privacy_gateway.detection.processes import AnalyzerProcesses, _ping
from privacy_gateway.fake_upstreams import FakeUpstreams
from privacy_gateway.policy import load_policy
from tests.conftest import GatewayFactory, chat

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
CLOUD = {"X-Privacy-Tier": "cloud"}
PEOPLE = ["Maria Gonzalez", "Peter Hall", "Olivia Brennan", "Tomasz Nowak"]


def long_texts(count: int, prompts: int) -> list[str]:
    corpus = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()] if CORPUS.is_file() else []
    corpus = corpus or [f"Please email {name} at {name.split()[0].lower()}@example.com about the invoice." for name in PEOPLE]
    rng = random.Random(5)
    return ["\n\n".join(rng.choices(corpus, k=prompts)) for _ in range(count)]


@pytest.fixture(scope="module")
def detector(analyzer: object) -> Detector:
    return Detector(analyzer, load_policy(bundled_policy("default")))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def processes() -> Iterator[AnalyzerProcesses]:
    started = AnalyzerProcesses(DEFAULT_SPACY_MODEL, 1)
    started.start()
    assert started.wait_ready(120), "the analyzer process did not start"
    yield started
    started.close()


@pytest.fixture
def pool(processes: AnalyzerProcesses) -> Iterator[AnalyzerPool]:
    made = AnalyzerPool(2, 30.0, processes)
    yield made
    made.executor.shutdown()


def test_spread_analysis_finds_what_one_process_finds(pool: AnalyzerPool, detector: Detector) -> None:
    texts = long_texts(12, 30)
    assert all(len(t) > 1200 for t in texts)
    for text in texts:
        assert pool.analyze(detector, [text]) == detector.analyze([text])
    conversation = long_texts(1, 40)[0].split("\n\n")
    assert pool.analyze(detector, conversation) == detector.analyze(conversation)
    assert pool.processes is not None and pool.processes.reserve(1) == 1  # nothing left claimed
    pool.processes.release(1)


def test_with_this_process_busy_the_whole_analysis_goes_to_the_child(pool: AnalyzerPool, detector: Detector, processes: AnalyzerProcesses) -> None:
    text = long_texts(1, 30)[0]
    pool._here = 1  # another analysis is running in this process
    calls = []
    original = processes.submit
    processes.submit = lambda *args: calls.append(args) or original(*args)  # type: ignore[method-assign]
    try:
        assert pool.analyze(detector, [text]) == detector.analyze([text])
    finally:
        processes.submit = original  # type: ignore[method-assign]
        pool._here = 0
    assert [c[1] for c in calls] == [[text]]


def test_a_dead_child_means_in_process_analysis_and_a_restart(
    pool: AnalyzerPool, detector: Detector, processes: AnalyzerProcesses, caplog: pytest.LogCaptureFixture
) -> None:
    assert processes._executor is not None
    child = processes._executor.submit(_ping).result(timeout=30)
    os.kill(child, signal.SIGKILL)
    text = long_texts(1, 30)[0]
    assert len(text) > 1200
    assert pool.analyze(detector, [text]) == detector.analyze([text])
    assert "an analyzer process failed (BrokenProcessPool); this request is analysed in-process" in caplog.text
    assert processes.wait_ready(120)
    assert pool.analyze(detector, [text]) == detector.analyze([text])
    assert processes._executor.submit(_ping).result(timeout=30) != child


@pytest.mark.anyio
async def test_no_piece_reaches_the_cloud_unmasked(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    """A long prompt with people in every part, analysed in two processes."""
    filler = "The quarterly report covers revenue, churn and the hiring plan in some detail. " * 4
    prompt = "\n\n".join(f"{filler}Please ask {name} ({name.split()[0].lower()}@example.org) to review it." for name in PEOPLE)
    async with gateway(analyzer_processes=1) as client:
        for _ in range(600):  # until the analyzer process has loaded its pipeline
            ready = (await client.get("/readyz")).json()["analyzer"]["processes"]
            if ready["ready"]:
                break
            await anyio.sleep(0.2)
        assert ready == {"count": 1, "ready": True}
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.status_code == 200
    seen = fakes.cloud_text()
    for name in PEOPLE:
        for part in (*name.split(), name.split()[0].lower() + "@example.org"):
            assert part not in seen
    assert response.json()["choices"][0]["message"]["content"] == f"You said: {prompt}"
