"""Analyzer processes: more cores for analysis than one Python process (and its GIL) can use.

Each child process loads its own spaCy pipeline and analyzer once, then analyses pieces of texts
(see `split`) for whatever policy the parent names. Children are started with `spawn`, never
`fork`: the parent has threads by then. Only texts, their kinds and the policy go to a child;
only offsets, types and scores come back. A child keeps nothing between calls except a few
`Detector`s (policies), and writes nothing anywhere.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
import threading
from collections import OrderedDict
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Sequence

from privacy_gateway.detection.context import TextKind
from privacy_gateway.detection.engine import Detector, Finding, build_analyzer
from privacy_gateway.logs import SafeFormatter
from privacy_gateway.policy import Policy

logger = logging.getLogger("privacy_gateway.analyzer")

POLICIES_PER_CHILD = 8

# In a child: its analyzer and the detectors built on it, most recently used last.
_child: dict[str, Any] = {}


def _start_child(spacy_model: str) -> None:
    # Ctrl-C reaches the whole process group; the parent stops its children itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    handler = logging.StreamHandler()
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s (analyzer process): %(message)s"))
    logging.getLogger().handlers[:] = [handler]
    logging.getLogger().setLevel(logging.WARNING)
    _child["analyzer"] = build_analyzer(spacy_model)
    _child["detectors"] = OrderedDict()


def _ping() -> int:
    return os.getpid()


def _analyze_in_child(key: tuple[str, str], policy: bytes, texts: list[str], kinds: list[TextKind]) -> list[list[Finding]]:
    detectors: OrderedDict[tuple[str, str], Detector] = _child["detectors"]
    detector = detectors.get(key)
    if detector is None:
        detector = detectors[key] = Detector(_child["analyzer"], pickle.loads(policy))
        while len(detectors) > POLICIES_PER_CHILD:
            detectors.popitem(last=False)
    detectors.move_to_end(key)
    return detector.analyze(texts, kinds)


class AnalyzerProcesses:
    """`count` child processes, each with its own analyzer, and how many of them are free.

    `reserve` and `release` keep the count of children with work, so a caller can size its work
    to the children that would start on it at once.
    """

    def __init__(self, spacy_model: str, count: int) -> None:
        self.spacy_model = spacy_model
        self.count = count
        self._lock = threading.Lock()
        self._busy = 0
        self._ready = threading.Event()
        self._policies: dict[tuple[str, str], bytes] = {}
        self._executor: ProcessPoolExecutor | None = None
        self.generation = 0  # counts starts, so one failure restarts the children only once

    def start(self) -> None:
        """Start the children; they load their pipelines in the background (a second or two)."""
        self._ready.clear()
        self.generation += 1
        executor = ProcessPoolExecutor(
            self.count, mp_context=multiprocessing.get_context("spawn"), initializer=_start_child, initargs=(self.spacy_model,)
        )
        self._executor = executor
        pings = [executor.submit(_ping) for _ in range(self.count)]
        remaining = [len(pings)]

        def ready(future: Future[int]) -> None:
            if future.exception() is not None:
                logger.error("an analyzer process failed to start (%s); analysis stays in-process", type(future.exception()).__name__)
                return
            with self._lock:
                remaining[0] -= 1
                if remaining[0] == 0 and self._executor is executor:
                    self._ready.set()

        for ping in pings:
            ping.add_done_callback(ready)

    @property
    def ready(self) -> bool:
        """Every child has loaded its pipeline."""
        return self._ready.is_set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until every child is ready (for tests and benchmarks)."""
        return self._ready.wait(timeout)

    def reserve(self, wanted: int) -> int:
        """Claim up to `wanted` free children; returns how many were claimed (0 if not ready)."""
        with self._lock:
            if not self._ready.is_set():
                return 0
            claimed = max(0, min(wanted, self.count - self._busy))
            self._busy += claimed
            return claimed

    def release(self, claimed: int) -> None:
        """Give back children claimed with `reserve`."""
        with self._lock:
            self._busy = max(0, self._busy - claimed)

    def submit(self, policy: Policy, texts: Sequence[str], kinds: Sequence[TextKind]) -> Future[list[list[Finding]]]:
        """Analyse `texts` (under `kinds`) for `policy` in a child."""
        key = (policy.name, policy.version)
        blob = self._policies.get(key)
        if blob is None:
            blob = pickle.dumps(policy)
            if len(self._policies) >= 64:
                self._policies.clear()
            self._policies[key] = blob
        assert self._executor is not None, "start() first"
        return self._executor.submit(_analyze_in_child, key, blob, list(texts), list(kinds))

    def restart(self, generation: int) -> None:
        """Replace broken or stuck children (of `generation`) with new ones; analysis stays
        in-process meanwhile. Children already replaced are left alone."""
        with self._lock:
            if generation != self.generation:
                return
            self.generation += 1  # claimed under the lock; start() counts on from here
            self._busy = 0
        logger.warning("restarting the analyzer processes")
        old = self._executor
        self.start()
        if old is not None:
            _terminate(old)

    def close(self) -> None:
        """Stop the children."""
        self._ready.clear()
        if self._executor is not None:
            _terminate(self._executor)
            self._executor = None


def _terminate(executor: ProcessPoolExecutor) -> None:
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
