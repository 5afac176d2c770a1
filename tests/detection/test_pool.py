"""Analysis spread over this process and an analyzer process finds what one process finds."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path
from typing import Iterator

import anyio
import pytest

from privacy_gateway.detection.pool import AnalyzerPool
from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector, analysis_kind
from privacy_gateway.detection import pool as analyzer_pool
from privacy_gateway.detection.processes import AnalyzerProcesses, Child
from privacy_gateway.detection.analyzer import build_analyzer
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.policy.schema import load_policy
from tests.helpers import GatewayFactory, chat

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
CLOUD = {"X-Privacy-Tier": "cloud"}
PEOPLE = ["Maria Gonzalez", "Peter Hall", "Olivia Brennan", "Tomasz Nowak"]


def long_texts(count: int, prompts: int) -> list[str]:
    corpus = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()]
    rng = random.Random(5)
    return ["\n\n".join(rng.choices(corpus, k=prompts)) for _ in range(count)]


@pytest.fixture(scope="module")
def detector(analyzer: object) -> Detector:
    return Detector(analyzer, load_policy(bundled_policy("default")))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def processes() -> Iterator[AnalyzerProcesses]:
    started = AnalyzerProcesses(build_analyzer, DEFAULT_SPACY_MODEL, 1)
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
    assert pool.processes is not None
    claimed = pool.processes.reserve(1)
    assert len(claimed) == 1  # nothing left claimed
    pool.processes.release(claimed)


def test_with_this_process_busy_the_whole_analysis_goes_to_the_child(
    pool: AnalyzerPool, detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = long_texts(1, 30)[0]
    pool._here = 1  # another analysis is running in this process
    sent = []
    original = Child.send
    monkeypatch.setattr(Child, "send", lambda self, policy, blob, texts, kinds: sent.append(texts) or original(self, policy, blob, texts, kinds))
    try:
        assert pool.analyze(detector, [text]) == detector.analyze([text])
    finally:
        pool._here = 0
    assert sent == [[text]]


def test_a_dead_child_means_in_process_analysis_and_a_restart(
    pool: AnalyzerPool, detector: Detector, processes: AnalyzerProcesses, caplog: pytest.LogCaptureFixture
) -> None:
    [child] = processes.pids()
    os.kill(child, signal.SIGKILL)
    text = long_texts(1, 30)[0]
    assert len(text) > 1200
    assert pool.analyze(detector, [text]) == detector.analyze([text])
    assert "an analyzer process failed (exited); this request is analysed in-process" in caplog.text
    assert processes.wait_ready(120)
    assert pool.analyze(detector, [text]) == detector.analyze([text])
    assert processes.pids() != [child]


def _gone(pid: int, seconds: float = 30.0) -> bool:
    """Whether `pid` has died (a zombie has closed its end of every pipe) within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.02)
    return False


def test_a_child_dead_before_the_send_reads_as_exited(
    pool: AnalyzerPool, detector: Detector, processes: AnalyzerProcesses, caplog: pytest.LogCaptureFixture
) -> None:
    assert processes.wait_ready(120)
    [child] = processes.pids()
    os.kill(child, signal.SIGKILL)
    assert _gone(child)  # the pipe is broken before anything is sent: the send itself fails
    text = long_texts(1, 30)[0]
    assert pool.analyze(detector, [text]) == detector.analyze([text])
    assert "an analyzer process failed (exited); this request is analysed in-process" in caplog.text
    assert processes.wait_ready(120)
    assert processes.pids() != [child]


def test_a_hung_child_is_replaced(
    pool: AnalyzerPool, detector: Detector, processes: AnalyzerProcesses, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert processes.wait_ready(120)
    [child] = processes.pids()
    os.kill(child, signal.SIGSTOP)
    monkeypatch.setattr(analyzer_pool, "PIECE_SECONDS", 0.5)
    text = long_texts(1, 30)[0]
    assert pool.analyze(detector, [text]) == detector.analyze([text])
    assert "an analyzer process failed (timed out)" in caplog.text
    assert processes.wait_ready(120)
    assert processes.pids() != [child]
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # stopped, and still killed


def test_an_error_in_the_child_is_raised_here_and_the_child_stays(processes: AnalyzerProcesses, detector: Detector) -> None:
    assert processes.wait_ready(120)
    pids = processes.pids()
    [child] = processes.reserve(1)
    try:
        child.send(detector.policy, processes.policy_blob(detector.policy), ["Call Peter Hall."], [])  # no kind for the text
        with pytest.raises(IndexError):
            child.receive(30)
    finally:
        processes.release([child])
    assert processes.pids() == pids and processes.ready


def test_an_abandoned_reply_is_never_read_by_the_next_analysis(processes: AnalyzerProcesses, detector: Detector) -> None:
    assert processes.wait_ready(120)
    blob = processes.policy_blob(detector.policy)
    first, second = "Please call Peter Hall tomorrow.", "Email maria.gonzalez@example.com today."
    [child] = processes.reserve(1)
    child.send(detector.policy, blob, [first], [analysis_kind(first)])
    processes.release([child])  # as when this lane failed before reading its children's replies
    [child] = processes.reserve(1)
    try:
        child.send(detector.policy, blob, [second], [analysis_kind(second)])
        assert child.receive(30) == detector.analyze([second])
    finally:
        processes.release([child])


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


def test_a_child_that_cannot_load_leaves_analysis_in_process(detector: Detector, caplog: pytest.LogCaptureFixture) -> None:
    broken = AnalyzerProcesses(build_analyzer, "no_such_spacy_model", 1)
    broken.start()
    try:
        for _ in range(600):
            if "failed to start" in caplog.text:
                break
            time.sleep(0.1)
        assert "an analyzer process failed to start (DetectorUnavailable); analysis stays in-process" in caplog.text
        assert not broken.ready and broken.reserve(1) == []
        pool = AnalyzerPool(1, 30.0, broken)
        text = long_texts(1, 30)[0]
        assert pool.analyze(detector, [text]) == detector.analyze([text])
        pool.executor.shutdown()
    finally:
        broken.close()


def test_a_child_that_cannot_be_spawned_leaves_analysis_in_process(
    detector: Detector, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_process(*args: object) -> None:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(Child, "__init__", no_process)
    broken = AnalyzerProcesses(build_analyzer, DEFAULT_SPACY_MODEL, 1)
    broken.start()
    assert "an analyzer process could not be started (OSError); analysis stays in-process" in caplog.text
    assert not broken.ready and broken.reserve(1) == [] and broken.pids() == []
    broken.close()


@pytest.mark.anyio
async def test_concurrent_requests_each_get_their_own_findings(gateway: GatewayFactory, fakes: FakeUpstreams, monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests analysed side by side, some spread over the analyzer process, some whole in one
    lane: no request is masked or restored with another's findings."""
    sent = []
    original = Child.send
    monkeypatch.setattr(Child, "send", lambda self, policy, blob, texts, kinds: sent.append(texts) or original(self, policy, blob, texts, kinds))
    filler = "The quarterly report covers revenue, churn and the hiring plan in some detail. " * 4
    people = ["Maria Gonzalez", "Peter Hall", "Olivia Brennan", "Tomasz Nowak", "Ingrid Johansson", "Rahul Mehta"]
    prompts = [f"{filler}Please ask {name} ({name.split()[0].lower()}@example.org) to review it.\n\n{filler}" for name in people]
    answers: dict[int, str] = {}
    async with gateway(analyzer_processes=1) as client:
        for _ in range(600):
            if (await client.get("/readyz")).json()["analyzer"]["processes"]["ready"]:
                break
            await anyio.sleep(0.2)

        async def ask(i: int, prompt: str) -> None:
            response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
            assert response.status_code == 200
            answers[i] = response.json()["choices"][0]["message"]["content"]

        for round in range(3):  # new texts each round: the analysis cache must not answer
            asked = [f"Round {round}. {prompt}" for prompt in prompts]
            async with anyio.create_task_group() as group:
                for i, prompt in enumerate(asked):
                    group.start_soon(ask, i, prompt)
            assert answers == {i: f"You said: {prompt}" for i, prompt in enumerate(asked)}
    seen = fakes.cloud_text()
    for name in people:
        for part in (*name.split(), name.split()[0].lower() + "@example.org"):
            assert part not in seen
    assert len(fakes.cloud_requests) == 3 * len(prompts)
    assert len(sent) >= 3  # the analyzer process had a share of the work


@pytest.mark.anyio
async def test_run_answers_seen_texts_from_the_cache_and_analyses_the_rest(detector: Detector) -> None:
    from privacy_gateway.detection.cache import AnalysisCache

    pool, cache = AnalyzerPool(1, 30.0), AnalysisCache()
    texts = ["Email Maria Gonzalez at maria@example.com.", "No names here."]
    try:
        first = await pool.run(detector, cache, texts)
        again = await pool.run(detector, cache, [texts[0], "Call Peter Hall."])
    finally:
        pool.close()
    assert first == detector.analyze(texts)
    assert again[0] == first[0] and again[1] == detector.analyze(["Call Peter Hall."])[0]
    assert (cache.hits, cache.misses) == (1, 3)
    assert pool.active == 0


@pytest.mark.anyio
async def test_run_gives_up_when_no_slot_frees_in_time(detector: Detector) -> None:
    from privacy_gateway.detection.cache import AnalysisCache
    from privacy_gateway.detection.findings import PoolBusy

    pool = AnalyzerPool(1, 0.05)
    await pool.slots.acquire()  # the only slot, held by "another request"
    try:
        with pytest.raises(PoolBusy, match="no analysis slot freed within 0.05s"):
            await pool.run(detector, AnalysisCache(), ["Call Peter Hall."])
    finally:
        pool.slots.release()
        pool.close()
