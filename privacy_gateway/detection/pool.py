"""Where analyses run: threads of this process, and optionally analyzer processes beside it.

spaCy holds the GIL, so one process analyses on one core. With `detection.processes` set, an
analysis takes every *lane* free when it starts (this process's own, plus each idle child
process), cuts its new text into that many pieces (`detection.split`) and analyses them side by
side: one request alone gets every core, and under load each analysis takes one lane whole, so
nothing is spent on cutting. Any child failure falls back to analysing the request in this
process: a request is never forwarded with a piece unanalysed.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Iterator, Sequence

from privacy_gateway.detection.cache import AnalysisCache
from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.findings import Finding, PoolBusy
from privacy_gateway.detection.text_kind import TextKind
from privacy_gateway.detection.processes import AnalyzerProcesses, Child, ChildFailed
from privacy_gateway.detection.split import Piece, lanes_for, merge, plan

logger = logging.getLogger("privacy_gateway.analyzer")

PIECE_SECONDS = 60.0  # a child that takes longer than this on its pieces is presumed stuck
PREWARM_DELAY = 0.25  # seconds after an answer before analysing it, retried while requests are analysed
PREWARM_TRIES = 20


class AnalyzerPool:
    """The threads analyses run on, the slots that cap how many run at once, and the optional
    analyzer processes that lend them more cores.

    One pool serves every policy of the gateway, so `max_concurrent_analyses` is a limit for the
    whole process, including while a reloaded policy's old and new versions both have requests.
    `run` is the way in: it waits for a slot, answers from the detector's cache what was seen
    before, and analyses the rest off the event loop.
    """

    def __init__(self, workers: int = 2, queue_seconds: float = 30.0, processes: AnalyzerProcesses | None = None) -> None:
        self.queue_seconds = queue_seconds
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="analyzer")
        self.slots = asyncio.Semaphore(workers)
        self.active = 0  # analyses on the critical path right now (warm-ups wait for zero)
        self.processes = processes
        self._lock = threading.Lock()
        self._here = 0  # analyses running in this process right now

    async def run(self, detector: Detector, cache: AnalysisCache, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for `texts`: a slot within `queue_seconds` (else `PoolBusy`), cache hits, the
        rest analysed on the lanes free now. Whatever the detector raises is raised here."""
        try:
            await asyncio.wait_for(self.slots.acquire(), timeout=self.queue_seconds)
        except asyncio.TimeoutError:
            raise PoolBusy(f"no analysis slot freed within {self.queue_seconds:g}s") from None
        self.active += 1
        try:
            analyze = functools.partial(self.analyze, detector)
            return await asyncio.get_running_loop().run_in_executor(self.executor, cache.analyze, texts, analyze)
        finally:
            self.active -= 1
            self.slots.release()

    def prewarm(self, detector: Detector, cache: AnalysisCache, text: str) -> None:
        """Analyse `text` into `cache` in the background, once no request is being analysed.

        Clients resend the assistant's answers as history on the next turn; analysing them after
        the response has gone out turns that into a cache hit on the critical path.
        """
        asyncio.get_running_loop().call_later(PREWARM_DELAY, self._submit_prewarm, detector, cache, text, PREWARM_TRIES)

    def _submit_prewarm(self, detector: Detector, cache: AnalysisCache, text: str, tries: int) -> None:
        # A warm-up shares the CPU (and the GIL) with whatever it runs beside: wait until no
        # request is being analysed, so it never slows one down.
        if self.active and tries > 1:
            asyncio.get_running_loop().call_later(PREWARM_DELAY, self._submit_prewarm, detector, cache, text, tries - 1)
            return
        try:
            self.executor.submit(self._prewarm, detector, cache, text)
        except RuntimeError:
            pass  # shutting down

    def _prewarm(self, detector: Detector, cache: AnalysisCache, text: str) -> None:
        try:
            cache.analyze([text], functools.partial(self.analyze_here, detector))
        except Exception:  # noqa: BLE001 - a failed warm-up only means a miss next turn
            pass

    def analyze(self, detector: Detector, texts: Sequence[str]) -> list[list[Finding]]:
        """`detector.analyze(texts)`, spread over the lanes free right now (call from a pool thread)."""
        processes = self.processes
        if processes is None:
            return detector.analyze(texts)
        with self._this_lane() as here:
            wanted = lanes_for(texts, processes.count + here) - here
            children = processes.reserve(max(wanted, 0 if here else 1))
            if not children:
                return detector.analyze(texts)
            try:
                return self._spread(detector, texts, processes, children, here)
            finally:
                processes.release(children)

    def analyze_here(self, detector: Detector, texts: Sequence[str]) -> list[list[Finding]]:
        """`detector.analyze(texts)` in this process, taking its lane (for background warm-ups:
        a request arriving meanwhile goes to an analyzer process rather than share the GIL)."""
        with self._this_lane():
            return detector.analyze(texts)

    @contextmanager
    def _this_lane(self) -> Iterator[bool]:
        """Count an analysis running in this process; yields whether the lane was free before."""
        with self._lock:
            free = self._here == 0
            self._here += 1
        try:
            yield free
        finally:
            with self._lock:
                self._here -= 1

    def _spread(self, detector: Detector, texts: Sequence[str], processes: AnalyzerProcesses, children: list[Child], here: bool) -> list[list[Finding]]:
        lanes = plan(texts, len(children) + here)
        if not lanes:
            return [[] for _ in texts]
        kinds = {i: detector.kind(texts[i]) for i in {p.index for lane in lanes for p in lane}}

        def pieces(lane: list[Piece]) -> tuple[list[str], list[TextKind]]:
            return [texts[p.index][p.start : p.end] for p in lane], [kinds[p.index] for p in lane]

        remote = list(zip(children, lanes[1:] if here else lanes))
        blob = processes.policy_blob(detector.policy)
        try:
            for child, lane in remote:  # the children start at once, before this lane does
                child.send(detector.policy, blob, *pieces(lane))
            found: list[list[Finding]] = []
            if here:
                found.extend(detector.analyze(*pieces(lanes[0])))
            for child, _ in remote:
                found.extend(child.receive(PIECE_SECONDS))
        except ChildFailed as exc:
            logger.error("an analyzer process failed (%s); this request is analysed in-process", exc)
            return detector.analyze(texts)  # `release` replaces the broken child
        ordered = [p for lane in ([lanes[0]] if here else []) + [lane for _, lane in remote] for p in lane]
        merged, cut_short = merge(texts, ordered, found)
        if cut_short:
            again = sorted(cut_short)
            for i, findings in zip(again, detector.analyze([texts[i] for i in again])):
                merged[i] = findings
        return merged

    def close(self) -> None:
        """Stop the threads and the analyzer processes; queued warm-ups are dropped."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.processes is not None:
            self.processes.close()
