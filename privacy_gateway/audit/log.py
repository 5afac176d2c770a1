"""The writer: appends one chained, validated JSON line per request, flushed before `write` returns.

A request that calls an upstream gets two lines: `reserve` (an `upstream_call` event, written before
the call) and `write` (the final record). A write that fails is never silently skipped: the next
line written is a `records_lost` event counting the lines that could not be written, so `audit
verify` shows the gap.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from privacy_gateway.audit.chain import GENESIS, decode_line, encode_line, entry_hash, link
from privacy_gateway.audit.chains import chain_path, instance_base, slot_ids
from privacy_gateway.audit.errors import AuditLogError
from privacy_gateway.audit.files import log_files, read_first_line, read_tail, rotated_path
from privacy_gateway.audit.fingerprint import fingerprint, key_id
from privacy_gateway.audit.key import KEY_ENV, load_key
from privacy_gateway.audit.errors import AuditWriteError
from privacy_gateway.audit.record import LOSS_EVENT, RECOVERY_EVENT, START_EVENT, utc_now, validate_record

logger = logging.getLogger("privacy_gateway.audit")

FsyncPolicy = Literal["always", "never", "interval"]
FSYNC_POLICIES: tuple[FsyncPolicy, ...] = ("always", "never", "interval")


@dataclass(frozen=True)
class AuditSettings:
    """Where the log lives, how hard it syncs, when it rotates, and which variable holds the key.

    `fsync`: "always" syncs every record to disk before `write` returns; "interval" syncs at most
    `fsync_interval_s` after a write, from a background thread; "never" leaves it to the OS.
    Records are flushed to the OS on every write whatever the policy.
    """

    path: Path
    fsync: FsyncPolicy = "interval"
    rotate_bytes: int | None = None
    rotate_daily: bool = False
    key_env: str = KEY_ENV
    fsync_interval_s: float = 1.0
    # `path` is a directory of per-writer chains (see chains.py); also when it is an existing folder.
    per_writer: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", Path(self.path))
        if self.path.is_dir():
            object.__setattr__(self, "per_writer", True)
        if self.fsync not in FSYNC_POLICIES:
            raise ValueError(f"audit fsync must be one of {', '.join(FSYNC_POLICIES)}, not {self.fsync!r}")
        if self.rotate_bytes is not None and self.rotate_bytes <= 0:
            raise ValueError("audit rotate_bytes must be positive (or None for no size rotation)")
        if self.fsync_interval_s <= 0:
            raise ValueError("audit fsync_interval_s must be positive")


class AuditLog:
    """An append-only, hash-chained JSON Lines log, continued from whatever chain is already there.

    One process may write a chain at a time (an exclusive lock on `.<name>.lock` beside it);
    within the process `write` is thread-safe. With `per_writer`, each process claims its own
    chain in the directory, and every line names its `instance`.
    """

    def __init__(self, settings: AuditSettings) -> None:
        self.settings = settings
        self.instance: str | None = None
        if settings.per_writer:
            settings.path.mkdir(parents=True, exist_ok=True)
            self.instance, self.path, self._lock_fd = _claim_chain(settings.path, instance_base())
        else:
            self.path = settings.path
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock_fd = _hold_lock(self.path)
        try:
            self._key = load_key(self.path.parent, settings.key_env, create=True)
        except BaseException:
            os.close(self._lock_fd)
            raise
        self.key_id = key_id(self._key)
        self._lock = threading.Lock()
        self._seq, self._prev = 0, GENESIS
        self._fd = -1
        self._size = 0
        self._first_seq: int | None = None
        self._day: str | None = None
        self._dirty = False
        self._broken = False
        self._closed = False
        self._lost = 0  # lines that could not be written since the last one that could
        try:
            self._continue_chain()
            self._open_live()
            self._recover_tail()
        except BaseException:
            self._release()
            raise
        self._stop = threading.Event()
        self._syncer: threading.Thread | None = None
        if settings.fsync == "interval":
            self._syncer = threading.Thread(target=self._sync_periodically, name="audit-fsync", daemon=True)
            self._syncer.start()

    @property
    def last_hash(self) -> str:
        """The hash of the newest entry: note it somewhere else to anchor the log (`verify --anchor`)."""
        return self._prev

    def fingerprint(self, value: str) -> str:
        """The fingerprint of `value` under this log's key."""
        return fingerprint(value, self._key)

    @property
    def writable(self) -> bool:
        """False while the last attempt to write failed (a full disk, a lost mount)."""
        return self._lost == 0 and not self._broken

    def write(self, record: Mapping[str, Any]) -> None:
        """Validate `record`, chain it, append it as one line and flush it.

        Raises `AuditRecordError` for a bad record, `AuditWriteError` when the line could not be
        written (it is then counted in the next line's `records_lost` event).
        """
        fields = validate_record(record)
        fields["key_id"] = self.key_id
        self._write_entry(fields)

    def reserve(self, record: Mapping[str, Any]) -> None:
        """Note, before an upstream call, that the request `record` describes is about to make it.

        The request's final record (`write`) closes it; `audit verify` reports reservations that
        no final record followed (a crash mid-request, or a final record that could not be written).
        """
        fields = validate_record(record)
        self._write_entry({"event": START_EVENT, **fields})

    def check(self) -> bool:
        """True when the log can be written; after a failure, tries to write the `records_lost` event."""
        if self.writable:
            return True
        with self._lock:
            if self._closed:
                return False
            try:
                self._settle_failures()
            except OSError:
                return False
        return True

    def _write_entry(self, fields: dict[str, Any]) -> None:
        with self._lock:
            if self._closed:
                raise AuditLogError("the audit log is closed")
            seq = self._seq
            try:
                self._settle_failures()
                seq = self._seq
                self._append(fields)
            except OSError as exc:
                if self._seq == seq:  # not in the file (a failed sync leaves it written but not durable)
                    self._lost += 1
                name = errno.errorcode.get(exc.errno or 0, "an OS error")
                raise AuditWriteError(f"the audit log could not be written ({name})") from None

    def _settle_failures(self) -> None:
        """End a torn line and account for lines lost to failed writes, before anything new."""
        if self._broken:
            self._recover_tail()
        if self._lost:
            self._append({"event": LOSS_EVENT, "time": utc_now(), "lost_records": self._lost})
            self._lost = 0

    def close(self) -> None:
        """Sync (unless fsync is "never"), stop the sync thread and release the file and its lock."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._stop.set()
        if self._syncer is not None:
            self._syncer.join()
        with self._lock:
            try:
                self._settle_failures()  # leave the count of lost lines in the log if at all possible
            except OSError:
                logger.error("closing the audit log with %d line(s) unwritten and unaccounted for", self._lost)
            if self.settings.fsync != "never" and self._fd >= 0:
                os.fsync(self._fd)
            self._release()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- opening ------------------------------------------------------------------------------

    def _continue_chain(self) -> None:
        for path in reversed(log_files(self.path)):
            line, _, _ = read_tail(path)
            if line is None:
                continue
            entry = decode_line(line)
            if entry is None or not isinstance(entry.get("seq"), int) or not isinstance(entry.get("hash"), str):
                raise AuditLogError(
                    f"the last record of {path} is unreadable, so the chain cannot be continued; "
                    f"run `privacy-gateway audit verify {self.path}` and move the damaged file aside"
                )
            self._seq, self._prev = entry["seq"], entry["hash"]
            return

    def _open_live(self) -> None:
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        self._size = os.fstat(self._fd).st_size
        first = decode_line(read_first_line(self.path) or b"") if self._size else None
        if first is not None and isinstance(first.get("seq"), int):
            self._first_seq = first["seq"]
            self._day = str(first.get("time", ""))[:10] or _today()

    def _recover_tail(self) -> None:
        """End a torn last line left by a crash or failed write, and record that it happened."""
        _, offset, torn = read_tail(self.path)
        self._broken = False
        if not torn:
            return
        entry = decode_line(torn)
        if entry is not None and entry.get("prev") == self._prev and entry.get("hash") == entry_hash(entry):
            # Only the newline was lost: the record is whole and chains on.
            self._write_bytes(b"\n")
            self._seq, self._prev = entry["seq"], entry["hash"]
            if self._first_seq is None:
                self._first_seq, self._day = entry["seq"], _today()
            return
        self._write_bytes(b"\n")
        self._append(
            {
                "event": RECOVERY_EVENT,
                "time": utc_now(),
                "torn_offset": offset,
                "torn_bytes": len(torn),
                "torn_sha256": hashlib.sha256(torn).hexdigest(),
            }
        )

    # -- writing ------------------------------------------------------------------------------

    def _append(self, fields: Mapping[str, Any]) -> None:
        if self.instance is not None:
            fields = {"instance": self.instance, **fields}
        entry = link(fields, seq=self._seq + 1, prev=self._prev)
        data = encode_line(entry)
        self._rotate_if_due(len(data))
        self._write_bytes(data)
        self._seq, self._prev = entry["seq"], entry["hash"]
        if self._first_seq is None:
            self._first_seq, self._day = entry["seq"], _today()
        if self.settings.fsync == "always":
            os.fdatasync(self._fd)
        else:
            self._dirty = True

    def _write_bytes(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                written = _write_fd(self._fd, view)
                view = view[written:]
                self._size += written
        except OSError:
            self._broken = True  # a partial line may be on disk: recover before the next record
            raise

    def _rotate_if_due(self, incoming: int) -> None:
        if self._size == 0 or self._first_seq is None:
            return
        s = self.settings
        too_big = s.rotate_bytes is not None and self._size + incoming > s.rotate_bytes
        new_day = s.rotate_daily and self._day != _today()
        if not (too_big or new_day):
            return
        if s.fsync != "never":
            os.fsync(self._fd)
        os.close(self._fd)
        self._fd = -1
        try:
            os.rename(self.path, rotated_path(self.path, self._first_seq, self._day or _today()))
        except OSError as exc:
            # The record matters more than the rotation: keep writing to the live file.
            logger.warning("audit log rotation failed, writing on to %s: %s", self.path, exc)
            self._open_live()
            return
        if s.fsync != "never":
            _fsync_dir(self.path.parent)
        self._first_seq = self._day = None
        self._open_live()

    def _sync_periodically(self) -> None:
        while not self._stop.wait(self.settings.fsync_interval_s):
            with self._lock:
                if not self._dirty or self._fd < 0:
                    continue
                self._dirty = False
                fd = os.dup(self._fd)  # sync outside the lock; a rotation may close the original
            try:
                os.fdatasync(fd)
            finally:
                os.close(fd)

    def _release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # closing drops the flock
            self._lock_fd = -1


def _write_fd(fd: int, data: memoryview) -> int:
    """`os.write`, as one seam: tests replace it to simulate a full disk at the file layer."""
    return os.write(fd, data)


def _hold_lock(live: Path) -> int:
    fd = _try_lock(live)
    if fd is None:
        raise AuditLogError(
            f"{live} is already being written by another AuditLog; one writer per log keeps one chain "
            "(for several workers or replicas, set audit.path to a directory: each writes its own chain there)"
        )
    return fd


def _try_lock(live: Path) -> int | None:
    """The descriptor holding `live`'s writer lock, or None when another writer holds it."""
    fd = os.open(live.with_name(f".{live.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _claim_chain(directory: Path, base: str) -> tuple[str, Path, int]:
    """The first instance id for `base` whose chain no live process holds: (id, live file, lock)."""
    for instance in slot_ids(base):
        live = chain_path(directory, instance)
        fd = _try_lock(live)
        if fd is not None:
            return instance, live, fd
    raise AuditLogError(f"every audit chain slot for instance {base!r} in {directory} is held by a live process")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _today() -> str:
    return datetime.now(timezone.utc).date().isoformat()
