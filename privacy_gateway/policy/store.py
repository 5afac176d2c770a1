"""The policies a running gateway enforces, reloaded when their files change.

Each policy file has a `PolicyStore`. An edit takes effect on the next request (the file is checked
at most every `check_every` seconds); an edit that does not validate is logged with the same
`file:line:column: message` lines as `privacy-gateway policy check`, and the previous version stays
in force. A request keeps the version it started with until its response is finished, and a
replaced version's analyzer threads stop only once its last request is done.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Generic, TypeVar

from privacy_gateway.policy.schema import Policy, load_policy
from privacy_gateway.yamlfile import FileProblems, Problem

logger = logging.getLogger("privacy_gateway.policy.schema")

T = TypeVar("T")


@dataclass(eq=False)
class Enforced(Generic[T]):
    """One loaded version of a policy and what was built for it (detector, core, gateway)."""

    policy: Policy
    built: T
    close: Callable[[T], None]
    in_flight: int = 0
    retired: bool = False

    def _close_if_idle(self) -> None:
        if self.retired and self.in_flight == 0:
            self.close(self.built)


@dataclass
class PolicyStore(Generic[T]):
    """One policy file: the version in force, swapped when a valid edit appears."""

    name: str
    path: Path
    build: Callable[[Policy], T]
    close: Callable[[T], None]
    check_every: float = 1.0
    current: Enforced[T] = field(init=False)
    last_problems: list[Problem] = field(init=False, default_factory=list)
    _signature: tuple[int, int] | None = field(init=False, default=None)
    _checked: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        self._signature = _signature(self.path)
        policy = load_policy(self.path)
        self.current = Enforced(policy, self.build(policy), self.close)
        self._checked = time.monotonic()

    def acquire(self) -> Enforced[T]:
        """The version a new request runs under (reloading first if the file changed); pair with `release`."""
        self.refresh()
        active = self.current
        active.in_flight += 1
        return active

    def release(self, active: Enforced[T]) -> None:
        """A request that ran under `active` is finished."""
        active.in_flight -= 1
        active._close_if_idle()

    def refresh(self, *, force: bool = False) -> bool:
        """Reload if the file changed since the last look; True when a new version took effect."""
        now = time.monotonic()
        if not force and now - self._checked < self.check_every:
            return False
        self._checked = now
        signature = _signature(self.path)
        if signature == self._signature and not force:
            return False
        try:
            policy = load_policy(self.path)
        except FileProblems as exc:
            if _signature(self.path) != signature:
                return False  # still being written: look again next time
            self._signature = signature  # a broken edit is reported once, not on every request
            self.last_problems = exc.problems
            logger.error(
                "policy %s: the edit to %s was rejected; version %s stays in force:\n%s",
                self.name, self.path, self.current.policy.version, "\n".join(f"  {p}" for p in exc.problems),
            )
            return False
        if _signature(self.path) != signature:
            return False  # changed while it was read: take the finished file next time
        self._signature = signature
        self.last_problems = []
        if policy.version == self.current.policy.version:
            return False
        try:
            built = self.build(policy)
        except Exception as exc:  # noqa: BLE001 - a policy that cannot be enforced must not replace one that can
            logger.error("policy %s: version %s could not be loaded (%s); version %s stays in force", self.name, policy.version, exc, self.current.policy.version)
            return False
        old, self.current = self.current, Enforced(policy, built, self.close)
        old.retired = True
        old._close_if_idle()
        logger.info("policy %s: version %s replaced %s (%s)", self.name, policy.version, old.policy.version, self.path)
        return True

    def shutdown(self) -> None:
        """Close the version in force (replaced ones close when their last request ends)."""
        self.current.retired = True
        self.current._close_if_idle()


class PolicySet(Generic[T]):
    """Every policy the gateway enforces by name, and which one applies when a client names none."""

    def __init__(self, stores: dict[str, PolicyStore[T]], default: str) -> None:
        self.stores = stores
        self.default = default

    def store(self, name: str | None) -> PolicyStore[T]:
        """The store for policy `name` (the default for None)."""
        return self.stores[self.default if name is None else name]

    @staticmethod
    def check(files: dict[str, Path]) -> None:
        """Raise `FileProblems` with the problems of every file, before anything slow is loaded."""
        problems: list[Problem] = []
        for path in dict.fromkeys(files.values()):
            try:
                load_policy(path)
            except FileProblems as exc:
                problems.extend(exc.problems)
        if problems:
            raise FileProblems(problems)

    @classmethod
    def load(cls, files: dict[str, Path], default: str, build: Callable[[Policy], T], close: Callable[[T], None], check_every: float) -> PolicySet[T]:
        """Load every file, reporting the problems of all of them at once."""
        stores: dict[str, PolicyStore[T]] = {}
        problems: list[Problem] = []
        for name, path in files.items():
            try:
                stores[name] = PolicyStore(name, path, build, close, check_every)
            except FileProblems as exc:
                problems.extend(exc.problems)
        if problems:
            for store in stores.values():
                store.shutdown()
            raise FileProblems(problems)
        return cls(stores, default)

    def shutdown(self) -> None:
        """Close every store."""
        for store in self.stores.values():
            store.shutdown()


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
