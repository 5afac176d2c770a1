"""After a request: what it cost, what local serving saved, the client's budget, the metrics."""

from __future__ import annotations

import time

from privacy_gateway.spend.budgets import Budgets
from privacy_gateway.core.gateway import Exchange
from privacy_gateway.telemetry.metrics import GatewayMetrics
from privacy_gateway.spend.pricing import PriceTable


def settle(exchange: Exchange, pricing: PriceTable, budgets: Budgets | None) -> None:
    """Price the request's tokens on the tier that served it, and charge cloud spend to the client."""
    tier = exchange.served_tier
    if tier is None or exchange.outcome == "refused":
        return
    tokens_in, tokens_out = exchange.usage.input_tokens, exchange.usage.output_tokens
    exchange.cost_usd = pricing.cost(tier, exchange.model or "", tokens_in, tokens_out)
    exchange.saved_usd = pricing.saved(tier, tokens_in, tokens_out)
    if tier == "cloud" and budgets is not None and exchange.cost_usd:
        budgets.charge(exchange.client, exchange.cost_usd)


def record(metrics: GatewayMetrics, exchange: Exchange) -> None:
    """Count the request in the metrics (labels are the gateway's own names, never request text)."""
    tier = exchange.tier
    with metrics.lock:
        metrics.requests.inc(ingress=exchange.ingress, tier=tier, status=str(exchange.status), outcome=exchange.outcome, decision=exchange.decision or "none")
        if exchange.outcome == "refused" or exchange.status >= 400:
            metrics.refusals.inc(code=exchange.error or "unknown")
        if tier == "cloud":  # an escalation is a request the cloud tier served, whoever asked for it
            metrics.escalations.inc(decision=exchange.decision or "none")
        if exchange.failover:
            metrics.failovers.inc(to=tier)
        for entity_type, info in exchange.entities.items():
            metrics.entities.inc(info["count"], entity_type=entity_type, action=info["action"])
        if exchange.answers is not None:
            for entity_type, info in exchange.answers.entities.items():
                metrics.answer_entities.inc(info["count"], entity_type=entity_type, action=info["action"])
        for kind in exchange.shadow_differences:
            metrics.shadow_differences.inc(kind=kind)
        if exchange.restorer is not None:
            metrics.placeholders.inc(exchange.restorer.stats.restored, result="restored")
            metrics.placeholders.inc(exchange.restorer.stats.unmatched, result="unmatched")
        if tier != "none":
            metrics.tokens.inc(exchange.usage.input_tokens, tier=tier, direction="in")
            metrics.tokens.inc(exchange.usage.output_tokens, tier=tier, direction="out")
        if exchange.cost_usd:
            metrics.cost.inc(exchange.cost_usd, tier=tier, model=exchange.model or "unknown")
        elif exchange.cost_usd is None and tier == "cloud":  # unpriced: counted apart, never as $0
            metrics.unpriced.inc(model=exchange.model or "unknown")
        if exchange.saved_usd:
            metrics.saved.inc(exchange.saved_usd)
        if exchange.analysis_seconds is not None:
            metrics.analysis.observe(exchange.analysis_seconds)
        if exchange.first_byte_seconds is not None:
            metrics.ttfb.observe(exchange.first_byte_seconds, tier=tier)
        metrics.total.observe(time.monotonic() - exchange.started, ingress=exchange.ingress, tier=tier)
