"""The audit trail of a request: a line before each upstream call, and its record when it ends.

`endpoints.finish` writes the record; middleware refusals are recorded by `endpoints.record_refusal`.

Records hold types, counts, keyed fingerprints and the gateway's own names, never a value or
prompt text (`audit/record.py` refuses any other field).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from privacy_gateway.audit import AuditError
from privacy_gateway.core.errors import AuditUnavailable

if TYPE_CHECKING:
    from privacy_gateway.core.exchange import Exchange
    from privacy_gateway.web.state import AppState

logger = logging.getLogger("privacy_gateway")


def _whose(state: AppState, exchange: Exchange) -> dict[str, Any]:
    """What every line about a request starts with: which request, whose, under which policy, asking what."""
    return {
        "request_id": exchange.request_id,
        "client": exchange.client,
        "policy": state.policy.name,
        "policy_version": state.policy.version,
        "ingress": exchange.ingress,
        "requested_tier": exchange.requested,
    }


def reserve_audit(state: AppState, exchange: Exchange) -> None:
    """Before an upstream call: note it in the audit log, or refuse the call if that cannot be done.

    With `audit.on_write_failure: refuse` (the default) nothing reaches an upstream unrecorded; with
    `serve` the call goes ahead and the log counts the line it could not write.
    """
    record = {
        **_whose(state, exchange),
        "served_tier": exchange.served_tier,
        "decision": exchange.decision,
        "entities": exchange.entities,
        "backend": exchange.backend,
        "model": exchange.model,
        "failover": exchange.failover,
        "fallbacks": list(exchange.fallbacks),
    }
    try:
        state.audit.reserve(record)
    except Exception as exc:  # noqa: BLE001 - the record is never quoted
        state.metrics.audit_failures.labels(kind="upstream_call").inc()
        logger.error("could not write the audit line for request %s before its upstream call: %s", exchange.request_id, _safe(exc))
        if state.config.audit_on_write_failure == "refuse":
            raise AuditUnavailable("the gateway cannot write its audit log, so it does not forward requests; try again later") from None


def write_audit(state: AppState, exchange: Exchange) -> None:
    """One audit record for the exchange: types, counts, fingerprints, never values or text."""
    restorer = exchange.restorer
    record = {
        "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
        **_whose(state, exchange),
        "served_tier": exchange.tier,
        "decision": exchange.decision,
        "entities": exchange.entities,
        "fingerprints": sorted({state.audit.fingerprint(value) for _, value in exchange.values}),
        "backend": exchange.backend,
        "model": exchange.model,
        "status": exchange.status,
        "outcome": exchange.outcome,
        "latency_ms": round((time.monotonic() - exchange.started) * 1000, 1),
        "tokens_in": exchange.usage.input_tokens,
        "tokens_out": exchange.usage.output_tokens,
        "cost_usd": round(exchange.cost_usd, 8) if exchange.cost_usd is not None else None,
        "saved_usd": round(exchange.saved_usd, 8) if exchange.saved_usd is not None else None,
        "placeholders_restored": restorer.stats.restored if restorer else 0,
        "placeholders_unmatched": restorer.stats.unmatched if restorer else 0,
        "failover": exchange.failover,
        "fallbacks": list(exchange.fallbacks),
        "error": exchange.error,
    }
    if exchange.answers is not None:
        record["answer_entities"] = exchange.answers.entities
    shadow = exchange.shadow
    if shadow is not None:
        record.update(
            shadow_policy=shadow.policy.name,
            shadow_policy_version=shadow.policy.version,
            shadow_tier=shadow.tier,
            shadow_decision=shadow.decision,
            shadow_entities=shadow.entities,
            shadow_differences=list(exchange.shadow_differences),
        )
    try:
        state.audit.write(record)
    except Exception as exc:  # noqa: BLE001 - an audit failure is logged loudly, without the record's content
        state.metrics.audit_failures.labels(kind="record").inc()
        logger.error("could not write the audit record for request %s: %s", exchange.request_id, _safe(exc))


def _safe(exc: Exception) -> str:
    """An audit error's message (it never quotes a value), or only the type of anything else."""
    return str(exc) if isinstance(exc, AuditError) else type(exc).__name__
