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
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Iterator, Sequence

from privacy_gateway.detection.text_kind import TextKind
from privacy_gateway.detection.engine import Detector, Finding, analysis_kind
from privacy_gateway.detection.processes import AnalyzerProcesses, Child, ChildFailed
from privacy_gateway.detection.split import Piece, lanes_for, merge, plan

logger = logging.getLogger("privacy_gateway.analyzer")

PIECE_SECONDS = 60.0  # a child that takes longer than this on its pieces is presumed stuck


class AnalyzerPool:
    """The threads analyses run on, the slots that cap how many run at once, and the optional
    analyzer processes that lend them more cores.

    One pool serves every policy of the gateway, so `max_concurrent_analyses` is a limit for the
    whole process, including while a reloaded policy's old and new versions both have requests.
    """

    def __init__(self, workers: int = 2, queue_seconds: float = 30.0, processes: AnalyzerProcesses | None = None) -> None:
        self.queue_seconds = queue_seconds
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="analyzer")
        self.slots = asyncio.Semaphore(workers)
        self.active = 0  # analyses on the critical path right now (warm-ups wait for zero)
        self.processes = processes
        self._lock = threading.Lock()
        self._here = 0  # analyses running in this process right now

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
        kinds = {i: analysis_kind(texts[i]) for i in {p.index for lane in lanes for p in lane}}

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
