"""What an audit record may hold: an allow-list of fields, each with the shape its value must have.

Shapes are deliberately narrow (identifier-like tokens, numbers, hex digests) so that no prompt
text, answer text or personal value can ride along in a field meant for a code or a name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from privacy_gateway.audit.errors import AuditRecordError

OUTCOMES = ("ok", "refused", "failed", "cancelled")
RECOVERY_EVENT = "torn_line_recovered"
START_EVENT = "upstream_call"  # written before a request reaches an upstream; its final record closes it
LOSS_EVENT = "records_lost"  # written after lines could not be written (a full disk), counting them
EVENTS = (RECOVERY_EVENT, START_EVENT, LOSS_EVENT)

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}\Z")
_ENTITY = re.compile(r"[A-Z][A-Z0-9_]{0,63}\Z")
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_HEX16 = re.compile(r"[0-9a-f]{16}\Z")
_MAX_FINGERPRINTS = 10_000

Check = Callable[[Any], bool]


def _token(v: Any) -> bool:
    return isinstance(v, str) and _TOKEN.match(v) is not None


def _count(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _amount(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _nonneg(v: Any) -> bool:
    return _amount(v) and v >= 0


def _time(v: Any) -> bool:
    if not isinstance(v, str) or len(v) > 40:
        return False
    try:
        return datetime.fromisoformat(v).tzinfo is not None
    except ValueError:
        return False


def _status(v: Any) -> bool:
    return _count(v) and 100 <= v <= 599


def _entities(v: Any) -> bool:
    return isinstance(v, dict) and all(
        isinstance(name, str)
        and _ENTITY.match(name) is not None
        and isinstance(info, dict)
        and set(info) == {"count", "action"}
        and _count(info["count"])
        and _token(info["action"])
        for name, info in v.items()
    )


def _fingerprints(v: Any) -> bool:
    return (
        isinstance(v, list)
        and len(v) <= _MAX_FINGERPRINTS
        and all(isinstance(f, str) and _HEX64.match(f) is not None for f in v)
    )


def _optional(check: Check) -> Check:
    return lambda v: v is None or check(v)


def _one_of(*values: str) -> Check:
    return lambda v: v in values


# Fields the gateway passes in: name -> (check, what the check wants, for error messages).
REQUEST_FIELDS: dict[str, tuple[Check, str]] = {
    "time": (_time, "an ISO 8601 time with a UTC offset"),
    "request_id": (_optional(_token), "an identifier token"),
    "client": (_optional(_token), "a client name token"),
    "policy": (_optional(_token), "a policy name token"),
    "policy_version": (_optional(_token), "a version token"),
    "ingress": (_optional(_token), "an ingress name token"),
    "requested_tier": (_optional(_token), "a tier name token"),
    "served_tier": (_optional(_token), "a tier name token or null"),
    "decision": (_optional(_token), "a decision reason token"),
    "entities": (_entities, "{ENTITY_TYPE: {'count': int, 'action': token}}"),
    "fingerprints": (_fingerprints, "a list of 64-hex-digit fingerprints"),
    "backend": (_optional(_token), "a backend name token"),
    "model": (_optional(_token), "a model name token"),
    "status": (_optional(_status), "an HTTP status code"),
    "outcome": (_one_of(*OUTCOMES), "one of " + ", ".join(OUTCOMES)),
    "latency_ms": (_optional(_nonneg), "a non-negative number"),
    "tokens_in": (_optional(_count), "a non-negative integer"),
    "tokens_out": (_optional(_count), "a non-negative integer"),
    "cost_usd": (_optional(_nonneg), "a non-negative number or null"),
    "saved_usd": (_optional(_amount), "a number or null"),
    "placeholders_restored": (_optional(_count), "a non-negative integer"),
    "placeholders_unmatched": (_optional(_count), "a non-negative integer"),
    "failover": (lambda v: isinstance(v, bool), "true or false"),
    # Backends of the serving tier that failed before the next one was tried, in order.
    "fallbacks": (lambda v: isinstance(v, list) and len(v) <= 16 and all(_token(b) for b in v), "a list of backend name tokens"),
    "error": (_optional(lambda v: _token(v) and len(v) <= 64), "a short error code token"),
    # Personal data the answer held that the request did not (policy `answers:`): type, count, report|redact.
    "answer_entities": (_entities, "{ENTITY_TYPE: {'count': int, 'action': token}}"),
    # What the shadow policy (evaluated beside the enforced one, changing nothing) would have done.
    "shadow_policy": (_token, "a policy name token"),
    "shadow_policy_version": (_token, "a version token"),
    "shadow_tier": (_one_of("local", "cloud", "none"), "local, cloud or none"),
    "shadow_decision": (_token, "a decision reason token"),
    "shadow_entities": (_entities, "{ENTITY_TYPE: {'count': int, 'action': token}}"),
    "shadow_differences": (lambda v: isinstance(v, list) and len(v) <= 16 and all(_token(k) for k in v), "a list of difference kind tokens"),
}

# Fields only the writer sets: the chain links, the key the fingerprints were made with, and the
# marker record written after recovering from a torn line.
WRITER_FIELDS: dict[str, tuple[Check, str]] = {
    "seq": (lambda v: _count(v) and v >= 1, "a positive integer"),
    "prev": (lambda v: isinstance(v, str) and _HEX64.match(v) is not None, "a 64-hex-digit hash"),
    "hash": (lambda v: isinstance(v, str) and _HEX64.match(v) is not None, "a 64-hex-digit hash"),
    "key_id": (lambda v: isinstance(v, str) and _HEX16.match(v) is not None, "16 hex digits"),
    "instance": (_token, "an instance id token"),  # the writer's, in a directory of per-writer chains
    "event": (_one_of(*EVENTS), "one of " + ", ".join(EVENTS)),
    "lost_records": (lambda v: _count(v) and v >= 1, "a positive integer"),
    "torn_offset": (_count, "a byte offset"),
    "torn_bytes": (_count, "a byte count"),
    "torn_sha256": (lambda v: isinstance(v, str) and _HEX64.match(v) is not None, "a sha256 digest"),
}


def _field_name(name: object) -> str:
    # A field name is code, not data, but cap it anyway so an error can never carry much.
    return repr(name)[:40]


def problems(entry: Mapping[str, Any], allowed: Mapping[str, tuple[Check, str]]) -> list[str]:
    """Every way `entry` breaks the allow-list `allowed`, naming fields but never quoting values."""
    found = []
    for name, value in entry.items():
        rule = allowed.get(name) if isinstance(name, str) else None
        if rule is None:
            found.append(f"field {_field_name(name)} is not allowed in an audit record")
        elif not rule[0](value):
            found.append(f"field {name!r} must be {rule[1]}")
    return found


def validate_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `record`, checked against the request allow-list, with `time` stamped if absent."""
    found = problems(record, REQUEST_FIELDS)
    if found:
        raise AuditRecordError("; ".join(found))
    clean = dict(record)
    clean.setdefault("time", utc_now())
    return clean


def entry_problems(entry: Mapping[str, Any]) -> list[str]:
    """What is wrong with a stored entry (request fields plus writer fields)."""
    return problems(entry, {**REQUEST_FIELDS, **WRITER_FIELDS})


def utc_now() -> str:
    """The current time as ISO 8601 UTC with milliseconds, e.g. `2026-11-25T17:00:00.123Z`."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(value: str) -> datetime:
    """Parse an ISO 8601 time; a time without an offset is taken as UTC."""
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
