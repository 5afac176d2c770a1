"""Checking a log's chain: every entry intact, each linked to the one before, from seq 1 to the end."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from privacy_gateway.audit.chain import GENESIS, decode_line, entry_hash
from privacy_gateway.audit.chains import SINGLE, log_chains
from privacy_gateway.audit.files import log_files
from privacy_gateway.audit.record import LOSS_EVENT, RECOVERY_EVENT, START_EVENT, entry_problems


@dataclass(frozen=True)
class Finding:
    """Something found at one line of one file (1-based)."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class VerifyResult:
    """What `verify_log` found: the first problem (if any), gaps, warnings, and the chain's head.

    A gap is a record known to be missing though the chain is intact: lines the writer could not
    write (`records_lost`), or a request that reached an upstream and has no final record.
    """

    files: list[Path]
    instance: str = SINGLE
    records: int = 0
    requests: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    problem: Finding | None = None
    missing_anchors: list[str] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    gaps: list[Finding] = field(default_factory=list)
    open_calls: dict[str, Finding] = field(default_factory=dict, repr=False)
    first_time: str | None = None  # of the chain's first and last records, to see when a writer stopped
    last_time: str | None = None

    @property
    def ok(self) -> bool:
        """True when the whole chain checks out, every anchor was found in it, and nothing is missing."""
        return self.problem is None and not self.missing_anchors and not self.gaps and bool(self.files)


@dataclass
class _Torn:
    path: Path
    line: int
    offset: int
    data: bytes


@dataclass
class LogResult:
    """What `verify_path` found: one `VerifyResult` per chain, and the anchors no chain holds."""

    chains: list[VerifyResult]
    missing_anchors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is a chain, every chain is intact and complete, and every anchor was found."""
        return bool(self.chains) and not self.missing_anchors and all(
            c.problem is None and not c.gaps and c.files for c in self.chains
        )


def verify_path(path: Path, anchors: Iterable[str] = ()) -> LogResult:
    """Check every chain at `path` (a live file, or a directory of per-writer chains) on its own.

    An anchor passes when any chain holds it: note each chain's head hash to anchor them all.
    """
    wanted = [a.lower() for a in anchors]
    results = [verify_log(c.live, wanted, instance=c.instance) for c in log_chains(Path(path))]
    found = set(wanted)
    for r in results:
        found &= set(r.missing_anchors)
    return LogResult(results, sorted(found))


def verify_log(live: Path, anchors: Iterable[str] = (), *, instance: str = SINGLE) -> VerifyResult:
    """Check every file of the log whose live file is `live`; stops at the first bad line.

    With an `instance`, every record must name it: a record (or a file) moved between chains fails.
    """
    result = VerifyResult(files=log_files(Path(live)), instance=instance)
    wanted = {a.lower() for a in anchors}
    for i, path in enumerate(result.files):
        if not _verify_file(path, result, wanted, is_last=i == len(result.files) - 1):
            return result
    result.missing_anchors = sorted(wanted)
    result.gaps.extend(result.open_calls.values())
    result.open_calls.clear()
    return result


def _verify_file(path: Path, result: VerifyResult, wanted: set[str], *, is_last: bool) -> bool:
    torn: _Torn | None = None
    offset = 0
    lineno = 0
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            body = raw[:-1] if raw.endswith(b"\n") else raw
            entry = decode_line(body)
            if torn is not None:
                if not _recovers(entry, torn):
                    result.problem = Finding(path, torn.line, "not a valid record (garbled or torn line)")
                    return False
                result.warnings.append(
                    Finding(path, torn.line, "torn line from a crash or failed write, recovered by the next record")
                )
                torn = None
            if entry is None:
                if not raw.endswith(b"\n"):
                    where = "truncated last line" if is_last else "truncated line at the end of a rotated file"
                    result.problem = Finding(path, lineno, f"{where} (a torn write, or the file was cut)")
                    return False
                torn = _Torn(path, lineno, offset, body)
                offset += len(raw)
                continue
            message = _link_problem(entry, result)
            if message:
                result.problem = Finding(path, lineno, message)
                return False
            result.records += 1
            result.head_seq, result.head_hash = entry["seq"], entry["hash"]
            result.first_time = result.first_time or entry.get("time")
            result.last_time = entry.get("time") or result.last_time
            _note_gaps(entry, result, path, lineno)
            wanted.discard(entry["hash"])
            if not raw.endswith(b"\n"):
                result.warnings.append(Finding(path, lineno, "last line lacks its newline; the record is intact"))
            offset += len(raw)
    if torn is not None:
        result.problem = Finding(path, torn.line, "not a valid record (garbled or torn line)")
        return False
    if lineno == 0:
        result.warnings.append(Finding(path, 0, "empty file"))
    return True


def _note_gaps(entry: dict[str, Any], result: VerifyResult, path: Path, lineno: int) -> None:
    """Pair upstream-call reservations with final records; note lines the writer reported lost."""
    event = entry.get("event")
    request_id = entry.get("request_id")
    if event == START_EVENT and request_id is not None:
        result.open_calls.setdefault(
            request_id,
            Finding(path, lineno, f"request {request_id} reached an upstream but has no final record (interrupted, or its record was lost)"),
        )
    elif event == LOSS_EVENT:
        n = entry.get("lost_records")
        result.gaps.append(Finding(path, lineno, f"{n} line(s) could not be written before this one (a failed write, e.g. a full disk)"))
    elif event is None:
        result.requests += 1
        if request_id is not None:
            result.open_calls.pop(request_id, None)


def _recovers(entry: dict[str, Any] | None, torn: _Torn) -> bool:
    return (
        entry is not None
        and entry.get("event") == RECOVERY_EVENT
        and entry.get("torn_offset") == torn.offset
        and entry.get("torn_sha256") == hashlib.sha256(torn.data).hexdigest()
    )


def _link_problem(entry: dict[str, Any], result: VerifyResult) -> str | None:
    """Why `entry` cannot follow the chain so far, or None."""
    found = entry_problems(entry)
    if found:
        return "; ".join(found)
    for name in ("seq", "prev", "hash"):
        if name not in entry:
            return f"field {name!r} is missing"
    if entry["hash"] != entry_hash(entry):
        return "record altered: its content does not match its hash"
    if result.instance != SINGLE and entry.get("instance") != result.instance:
        return f"record of instance {entry.get('instance')!r} in the chain of {result.instance!r} (moved between chains)"
    expected = result.head_seq + 1
    after = f"after seq {result.head_seq}" if result.head_seq else "at the start of the log"
    why = " (records removed, inserted, reordered or altered here)"
    if entry["seq"] != expected:
        return f"chain broken: expected seq {expected} {after}, found seq {entry['seq']}{why}"
    if entry["prev"] != result.head_hash:
        return f"chain broken: seq {expected} does not link to the record before it{why}"
    return None
