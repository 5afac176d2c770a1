"""A log directory holds one chain per writer: `audit-<instance>.jsonl` and its rotated files.

Several processes (uvicorn workers, replicas sharing a volume) cannot extend one hash chain without
coordinating every line, so each writes its own. An instance id is `<base>-<slot>`: the base is
`$PRIVACY_GATEWAY_INSTANCE` or the host name (a pod's name on Kubernetes), the slot the lowest
number whose chain no live process holds (an exclusive lock per chain). A restarted worker therefore
takes a free slot and continues that chain, so the ids stay few and stable across restarts; two
live processes never share one. A single file (`audit.path` naming a file) keeps working for one
process, and a directory may still hold such a file from before (`audit.jsonl`): it is read as one
more chain, named `-`.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path

from privacy_gateway.audit.errors import AuditLogError
from privacy_gateway.audit.files import log_files, rotated_pattern

INSTANCE_ENV = "PRIVACY_GATEWAY_INSTANCE"
SINGLE = "-"  # the name of a directory's single-writer log (`audit.jsonl`), which has no instance
MAX_SLOTS = 1024
_LEGACY_LIVE = "audit.jsonl"
_BASE_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}-\d+\Z")
# `audit-<instance>.jsonl` or a rotated `audit-<instance>-<seq, 12 digits>-<date>[.n].jsonl`.
_CHAIN_FILE = re.compile(r"audit-(?P<id>[A-Za-z0-9][A-Za-z0-9_.-]*?)(?:-\d{12}-\d{4}-\d{2}-\d{2}(?:\.\d+)?)?\.jsonl\Z")


@dataclass(frozen=True)
class Chain:
    """One writer's chain: its instance id (`-` for a single-file log) and its live file."""

    instance: str
    live: Path

    @property
    def files(self) -> list[Path]:
        """Its files, oldest first (the live file may be missing if only rotated ones remain)."""
        return log_files(self.live)


def instance_base(environ: dict[str, str] | None = None) -> str:
    """The part of this process's instance id shared by its siblings: `$PRIVACY_GATEWAY_INSTANCE` or the host name."""
    env = os.environ if environ is None else environ
    raw = env.get(INSTANCE_ENV, "").strip() or socket.gethostname() or "gateway"
    base = _BASE_CHARS.sub("-", raw).strip("-._")[:64]
    if not base:
        raise AuditLogError(f"${INSTANCE_ENV} must hold letters, digits, '.', '_' or '-'")
    return base


def chain_path(directory: Path, instance: str) -> Path:
    """The live file of `instance`'s chain in `directory`."""
    return directory / f"audit-{instance}.jsonl"


def slot_ids(base: str) -> list[str]:
    """The instance ids a process with this base may claim, in the order it tries them."""
    return [f"{base}-{slot}" for slot in range(MAX_SLOTS)]


def is_instance_id(text: str) -> bool:
    """Whether `text` has the shape of an instance id (a base and a slot number)."""
    return _ID.match(text) is not None


def log_chains(path: Path) -> list[Chain]:
    """The chains a log path holds: every writer's in a directory, or the one chain of a live file."""
    path = Path(path)
    if not path.is_dir():
        return [Chain(SINGLE, path)] if log_files(path) else []
    legacy = path / _LEGACY_LIVE
    legacy_rotated = rotated_pattern(legacy)
    ids: set[str] = set()
    has_legacy = legacy.is_file()
    for child in path.iterdir():
        if legacy_rotated.match(child.name):
            has_legacy = True
            continue
        m = _CHAIN_FILE.match(child.name)
        if m and is_instance_id(m["id"]):
            ids.add(m["id"])
    chains = [Chain(SINGLE, legacy)] if has_legacy else []
    chains += [Chain(i, chain_path(path, i)) for i in sorted(ids, key=_natural)]
    return chains


def log_folder(path: Path) -> Path:
    """The folder holding a log's key file: the directory itself, or a live file's folder."""
    path = Path(path)
    return path if path.is_dir() else path.parent


def _natural(instance: str) -> tuple[str, int]:
    base, _, slot = instance.rpartition("-")
    return base, int(slot)
