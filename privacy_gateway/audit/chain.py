"""The hash chain: each entry's `hash` covers its own content and, through `prev`, every entry before.

`hash` = SHA-256 (hex) of the entry without its `hash` field, serialised as canonical JSON:
keys sorted, no spaces (`,` and `:`), ASCII only. The first entry has `seq` 1 and `prev` GENESIS.
Anyone can re-check a log with these three lines of rules; no secret is involved.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS = "0" * 64


def canonical(entry: Mapping[str, Any]) -> bytes:
    """The bytes the hash covers: `entry` without `hash`, as canonical JSON."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)
    return text.encode("ascii")


def entry_hash(entry: Mapping[str, Any]) -> str:
    """The hash `entry` must carry."""
    return hashlib.sha256(canonical(entry)).hexdigest()


def link(fields: Mapping[str, Any], *, seq: int, prev: str) -> dict[str, Any]:
    """An entry holding `fields`, numbered `seq`, chained to `prev`, with its own hash."""
    entry: dict[str, Any] = {"seq": seq, **fields, "prev": prev}
    entry["hash"] = entry_hash(entry)
    return entry


def encode_line(entry: Mapping[str, Any]) -> bytes:
    """One JSON Lines line for `entry` (field order kept for readability; the hash doesn't see it)."""
    return json.dumps(entry, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode() + b"\n"


def decode_line(line: bytes) -> dict[str, Any] | None:
    """The entry on `line` (without its newline), or None if it is not a JSON object.

    A repeated key makes the line unreadable: readers disagree on which copy counts, so a second
    copy could show a reviewer one value while the hash covers the other.
    """
    try:
        entry = json.loads(line, object_pairs_hook=_unique_keys)
    except (ValueError, UnicodeDecodeError):
        return None
    return entry if isinstance(entry, dict) else None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    entry = dict(pairs)
    if len(entry) != len(pairs):
        raise ValueError("repeated key")
    return entry
