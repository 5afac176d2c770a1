"""After a request: what it cost, what local serving saved, the client's budget, the metrics."""

from __future__ import annotations

import time

from privacy_gateway.spend.budgets import Budgets
from privacy_gateway.core.exchange import Exchange
from privacy_gateway.telemetry.metrics import GatewayMetrics
from privacy_gateway.spend.pricing import PriceTable


async def settle(exchange: Exchange, pricing: PriceTable, budgets: Budgets | None) -> None:
    """Price the request's tokens on the tier that served it, and charge cloud spend to the client."""
    tier = exchange.served_tier
    if tier is None or exchange.outcome == "refused":
        return
    tokens_in, tokens_out = exchange.usage.input_tokens, exchange.usage.output_tokens
    exchange.cost_usd = pricing.cost(tier, exchange.model or "", tokens_in, tokens_out)
    exchange.saved_usd = pricing.saved(tier, tokens_in, tokens_out)
    if tier == "cloud" and budgets is not None and exchange.cost_usd:
        await budgets.charge(exchange.client, exchange.cost_usd)


def record(metrics: GatewayMetrics, exchange: Exchange) -> None:
    """Count the request in the metrics (labels are the gateway's own names, never request text)."""
    _count_routing(metrics, exchange)
    _count_findings(metrics, exchange)
    _count_spend(metrics, exchange)
    _count_timings(metrics, exchange)


def _count_routing(metrics: GatewayMetrics, exchange: Exchange) -> None:
    """The request, its refusal, and where it went: escalation, failover, backend, fallbacks."""
    tier = exchange.tier
    metrics.requests.labels(decision=exchange.decision or "none", ingress=exchange.ingress, outcome=exchange.outcome, status=str(exchange.status), tier=tier).inc()
    if exchange.outcome == "refused" or exchange.status >= 400:
        metrics.refusals.labels(code=exchange.error or "unknown").inc()
    if tier == "cloud":  # an escalation is a request the cloud tier served, whoever asked for it
        metrics.escalations.labels(decision=exchange.decision or "none").inc()
    if exchange.failover:
        metrics.failovers.labels(to=tier).inc()
    if tier != "none" and exchange.backend:
        metrics.served_by.labels(backend=exchange.backend).inc()
    for failed in exchange.fallbacks:
        metrics.fallbacks.labels(backend=failed).inc()


def _count_findings(metrics: GatewayMetrics, exchange: Exchange) -> None:
    """Entities found in the request and the answer, shadow-policy differences, placeholders restored."""
    for entity_type, info in exchange.entities.items():
        metrics.entities.labels(action=info["action"], entity_type=entity_type).inc(info["count"])
    if exchange.answers is not None:
        for entity_type, info in exchange.answers.entities.items():
            metrics.answer_entities.labels(action=info["action"], entity_type=entity_type).inc(info["count"])
    for kind in exchange.shadow_differences:
        metrics.shadow_differences.labels(kind=kind).inc()
    if exchange.restorer is not None:
        metrics.placeholders.labels(result="restored").inc(exchange.restorer.stats.restored)
        metrics.placeholders.labels(result="unmatched").inc(exchange.restorer.stats.unmatched)


def _count_spend(metrics: GatewayMetrics, exchange: Exchange) -> None:
    """Tokens, cost (or that it could not be priced) and what local serving saved."""
    tier = exchange.tier
    if tier != "none":
        metrics.tokens.labels(direction="in", tier=tier).inc(exchange.usage.input_tokens)
        metrics.tokens.labels(direction="out", tier=tier).inc(exchange.usage.output_tokens)
    if exchange.cost_usd:
        metrics.cost.labels(model=exchange.model or "unknown", tier=tier).inc(exchange.cost_usd)
    elif exchange.cost_usd is None and tier == "cloud":  # unpriced: counted apart, never as $0
        metrics.unpriced.labels(model=exchange.model or "unknown").inc()
    if exchange.saved_usd and exchange.saved_usd > 0:  # a counter cannot go down: a local tier dearer than the reference saved nothing
        metrics.saved.inc(exchange.saved_usd)


def _count_timings(metrics: GatewayMetrics, exchange: Exchange) -> None:
    if exchange.analysis_seconds is not None:
        metrics.analysis.observe(exchange.analysis_seconds)
    if exchange.first_byte_seconds is not None:
        metrics.ttfb.labels(tier=exchange.tier).observe(exchange.first_byte_seconds)
    metrics.total.labels(ingress=exchange.ingress, tier=exchange.tier).observe(time.monotonic() - exchange.started)
