"""Analyzer processes: more cores for analysis than one Python process (and its GIL) can use.

Each child process loads its own spaCy pipeline and analyzer once, then analyses pieces of texts
(see `split`) for whatever policy the parent names. Children are started with `spawn`, never
`fork`: the parent has threads by then. Only texts, their kinds and the policy go to a child;
only offsets, types and scores come back. A child keeps nothing between calls except a few
`Detector`s (policies), and writes nothing anywhere.

Each child has a pipe of its own, and one analysis at a time uses it: the analysing thread sends
its piece straight down the pipe and reads the reply itself. (A `ProcessPoolExecutor` hands work
and replies through two helper threads, each of which must win the GIL from the analysing thread
first: about 1.5 ms per request on two cores.)
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
import threading
from collections import OrderedDict
from multiprocessing.connection import Connection
from typing import Any, Callable, Sequence

from privacy_gateway.detection.text_kind import TextKind
from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.languages import DEFAULT_LANGUAGES
from privacy_gateway.telemetry.logs import SafeFormatter
from privacy_gateway.policy.schema import Policy

logger = logging.getLogger("privacy_gateway.analyzer")

POLICIES_PER_CHILD = 8
START_SECONDS = 300.0  # loading a large pipeline on a busy machine can take a while

# Builds a child's analyzer from a spaCy pipeline name and languages (`detection.analyzer.build_analyzer`).
# Given by the caller, so that this module, loaded with the pool, loads no recognizer; it goes to
# each child pickled by name, so it must be a module-level function.
AnalyzerBuilder = Callable[..., Any]


class ChildFailed(RuntimeError):
    """An analyzer process died, hung or answered nonsense; its work must be done elsewhere."""


def _child_main(conn: Connection, build: AnalyzerBuilder, spacy_model: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> None:
    # Ctrl-C reaches the whole process group; the parent stops its children itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    handler = logging.StreamHandler()
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s (analyzer process): %(message)s"))
    logging.getLogger().handlers[:] = [handler]
    logging.getLogger().setLevel(logging.WARNING)
    try:
        analyzer = build(spacy_model, languages=languages)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which analyses in-process
        conn.send(("failed", type(exc).__name__))
        return
    conn.send(("ready", os.getpid()))
    detectors: OrderedDict[tuple[str, str], Detector] = OrderedDict()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        key, blob, texts, kinds = message
        try:
            detector = detectors.get(key)
            if detector is None:
                detector = detectors[key] = Detector(analyzer, pickle.loads(blob))
                while len(detectors) > POLICIES_PER_CHILD:
                    detectors.popitem(last=False)
            detectors.move_to_end(key)
            reply: tuple[str, Any] = ("ok", detector.analyze(texts, kinds))
        except Exception as exc:  # noqa: BLE001 - the parent raises it, and refuses the request
            reply = ("error", exc)
        try:
            conn.send(reply)
        except (pickle.PicklingError, TypeError, AttributeError):
            conn.send(("error", RuntimeError(f"analysis failed in an analyzer process ({type(reply[1]).__name__})")))


class Child:
    """One analyzer process and its pipe, used by one analysis at a time (see `reserve`)."""

    def __init__(self, build: AnalyzerBuilder, spacy_model: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> None:
        parent, child = multiprocessing.Pipe()
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(target=_child_main, args=(child, build, spacy_model, languages), name="privacy-gateway-analyzer", daemon=True)
        self.conn = parent
        self.ready = False
        self.busy = False
        self.pending = False  # a reply is owed and not read yet
        self.broken = False  # died, hung or garbled a reply: to be replaced
        self.process.start()
        child.close()  # the child's end lives in the child: its death reads as EOF here

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def await_ready(self, timeout: float) -> str | None:
        """Wait for the child to load its pipeline; None once ready, else what went wrong."""
        try:
            if not self.conn.poll(timeout):
                return "timed out"
            status, detail = self.conn.recv()
        except (EOFError, OSError):
            return "exited"
        if status != "ready":
            return str(detail)
        self.ready = True
        return None

    def send(self, policy: Policy, blob: bytes, texts: Sequence[str], kinds: Sequence[TextKind]) -> None:
        """Start analysing `texts` (under `kinds`) for `policy` in the child."""
        try:
            self.conn.send(((policy.name, policy.version), blob, list(texts), list(kinds)))
        except OSError:  # the pipe broke: the child has died since it was last seen
            self.broken = True
            raise ChildFailed("exited") from None
        except ValueError as exc:
            self.broken = True
            raise ChildFailed(type(exc).__name__) from None
        self.pending = True

    def receive(self, timeout: float) -> list[list[Finding]]:
        """The findings of what was sent; raises what the analysis raised in the child, or
        `ChildFailed` if the child died or took longer than `timeout` seconds."""
        try:
            if not self.conn.poll(timeout):
                problem = "timed out"
            else:
                status, payload = self.conn.recv()
                problem = ""
        except (EOFError, OSError):
            problem = "exited"
        except (pickle.UnpicklingError, ValueError, TypeError):
            problem = "sent a reply that could not be read"
        if problem:
            self.broken = True
            raise ChildFailed(problem)
        self.pending = False
        if status == "error":
            raise payload
        if status != "ok":
            raise ChildFailed(f"sent {status!r}")
        return payload

    def stop(self) -> None:
        """Stop the child, whatever it is doing."""
        self.ready = False
        try:
            self.conn.close()
        finally:
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(timeout=2)
            if self.process.is_alive():  # stopped (SIGSTOP) or ignoring SIGTERM
                self.process.kill()
            self.process.join(timeout=2)


class AnalyzerProcesses:
    """`count` child processes, each with its own analyzer, and which of them are free."""

    def __init__(self, build: AnalyzerBuilder, spacy_model: str, count: int, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> None:
        self.build = build
        self.spacy_model = spacy_model
        self.languages = languages  # the same as the parent's: a piece is analysed in the language of its whole text
        self.count = count
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._policies: dict[tuple[str, str], bytes] = {}
        self._children: list[Child] = []
        self._closed = False

    def start(self) -> None:
        """Start the children; they load their pipelines in the background (a second or two)."""
        self._closed = False
        self._ready.clear()
        for _ in range(self.count):
            self._launch()

    def _launch(self) -> None:
        try:
            child = Child(self.build, self.spacy_model, self.languages)
        except Exception as exc:  # noqa: BLE001 - out of processes or memory: analysis stays in-process
            logger.error("an analyzer process could not be started (%s); analysis stays in-process", type(exc).__name__)
            return
        with self._lock:
            self._children.append(child)
        threading.Thread(target=self._await_ready, args=(child,), name="analyzer-start", daemon=True).start()

    def _await_ready(self, child: Child) -> None:
        problem = child.await_ready(START_SECONDS)
        if problem is not None:
            if not self._closed:
                logger.error("an analyzer process failed to start (%s); analysis stays in-process", problem)
            child.stop()  # reaped (or, still loading after START_SECONDS, stopped); never lent out
            return
        with self._lock:
            if len(self._children) == self.count and all(c.ready for c in self._children):
                self._ready.set()

    @property
    def ready(self) -> bool:
        """Every child has loaded its pipeline."""
        return self._ready.is_set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until every child is ready (for tests and benchmarks)."""
        return self._ready.wait(timeout)

    def pids(self) -> list[int]:
        """The children's process ids."""
        with self._lock:
            return [c.pid for c in self._children if c.pid is not None]

    def reserve(self, wanted: int) -> list[Child]:
        """Claim up to `wanted` free, ready children (none while any is still loading)."""
        with self._lock:
            if not self._ready.is_set():
                return []
            free = [c for c in self._children if c.ready and not c.busy][: max(0, wanted)]
            for child in free:
                child.busy = True
            return free

    def release(self, children: Sequence[Child], timeout: float = 60.0) -> None:
        """Give back children claimed with `reserve`. A child still owing a reply (its analysis
        was abandoned) is drained first, or replaced, so no one ever reads a stale reply."""
        for child in children:
            if child.pending and not child.broken:
                try:
                    child.receive(timeout)
                except Exception:  # noqa: BLE001 - only draining: whatever it says is moot (a failed child is replaced below)
                    pass
            if child.broken:
                self.replace(child)
        with self._lock:
            for child in children:
                child.busy = False

    def policy_blob(self, policy: Policy) -> bytes:
        """`policy`, pickled once per version, as children receive it."""
        key = (policy.name, policy.version)
        blob = self._policies.get(key)
        if blob is None:
            blob = pickle.dumps(policy)
            if len(self._policies) >= 64:
                self._policies.clear()
            self._policies[key] = blob
        return blob

    def replace(self, child: Child) -> None:
        """Stop a broken or stuck child and start another in its place; until it is ready,
        analysis stays in this process."""
        with self._lock:
            if child not in self._children:
                return
            self._children.remove(child)
            self._ready.clear()
        logger.warning("restarting an analyzer process")
        child.stop()
        if not self._closed:
            self._launch()

    def close(self) -> None:
        """Stop the children."""
        self._closed = True
        self._ready.clear()
        with self._lock:
            children, self._children = self._children, []
        for child in children:
            child.stop()
