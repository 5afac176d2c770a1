"""The set of files one log spans: rotated files beside the live one, and reading a file's ends.

`audit.jsonl` rotates to `audit-<first seq, 12 digits>-<UTC date>.jsonl`, e.g.
`audit-000000000101-2026-11-25.jsonl`; sorting by the sequence number gives the chain's order.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_TAIL_CHUNK = 64 * 1024


def rotated_pattern(live: Path) -> re.Pattern[str]:
    """Names of `live`'s rotated files: stem, first sequence number, date, optional tie-breaker."""
    return re.compile(
        re.escape(live.stem) + r"-(\d{12})-(\d{4}-\d{2}-\d{2})(?:\.(\d+))?" + re.escape(live.suffix) + r"\Z"
    )


def log_files(live: Path) -> list[Path]:
    """Every file of the log whose live file is `live`, oldest first, the live file last."""
    pattern = rotated_pattern(live)
    rotated = []
    if live.parent.is_dir():
        for child in live.parent.iterdir():
            m = pattern.match(child.name)
            if m:
                rotated.append(((int(m[1]), int(m[3] or 0)), child))
    files = [path for _, path in sorted(rotated)]
    if live.is_file():
        files.append(live)
    return files


def rotated_path(live: Path, first_seq: int, day: str) -> Path:
    """A free name for the live file once rotated."""
    base = f"{live.stem}-{first_seq:012d}-{day}"
    candidate = live.with_name(base + live.suffix)
    n = 0
    while candidate.exists():  # only if a chain was restarted by hand; never overwrite
        n += 1
        candidate = live.with_name(f"{base}.{n}{live.suffix}")
    return candidate


def read_first_line(path: Path) -> bytes | None:
    """The first complete line of `path` without its newline, or None."""
    with open(path, "rb") as f:
        line = f.readline()
    return line[:-1] if line.endswith(b"\n") else None


def read_tail(path: Path) -> tuple[bytes | None, int, bytes]:
    """(last complete line without newline or None, offset of what follows it, bytes after it).

    The bytes after the last newline are non-empty only when the last write was torn.
    """
    with open(path, "rb") as f:
        end = f.seek(0, os.SEEK_END)
        buf = b""
        pos = end
        while pos > 0:
            step = min(_TAIL_CHUNK, pos)
            pos -= step
            f.seek(pos)
            buf = f.read(step) + buf
            last_nl = buf.rfind(b"\n")
            if last_nl == -1:
                continue
            prev_nl = buf.rfind(b"\n", 0, last_nl)
            if prev_nl != -1 or pos == 0:
                line = buf[prev_nl + 1 : last_nl]
                return line, pos + last_nl + 1, buf[last_nl + 1 :]
        return None, 0, buf
