"""Prometheus metrics with the official `prometheus_client`, summed across workers when there are several.

Labels carry only names the gateway chose (tiers, ingress names, status codes, decision reasons,
entity types, actions, backend names): never a value, a prompt, a client-supplied string.

One process: each `GatewayMetrics` has a registry of its own (tests build many apps in one
process). Several workers (`serve --workers N`): `PROMETHEUS_MULTIPROC_DIR` names a folder where
prometheus_client keeps each process's values in a file, and a scrape of any worker reads them all
(its multiprocess mode). The client picks its mode when it is first imported, so the variable must
be set before that: `serve` sets it before it starts the workers.
"""

from __future__ import annotations

import os

import prometheus_client
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead

# Read with the import of prometheus_client just above, which decides its mode by the same variable.
MULTIPROCESS_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"  # what generate_latest writes
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

# `_created` series (a timestamp per label set) were never part of the gateway's exposition, and
# multiprocess mode cannot give them; leave them out in both modes so a scrape looks the same.
prometheus_client.disable_created_metrics()


class GatewayMetrics:
    """Every metric the gateway exposes at `GET /metrics`.

    Label names are declared in alphabetical order, the order the exposition has always had.
    """

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        p = "privacy_gateway_"
        self.requests = Counter(p + "requests_total", "Requests by ingress API, serving tier (none when no tier served), HTTP status, outcome and deciding rule (X-Privacy-Decision without its entity types).", ["decision", "ingress", "outcome", "status", "tier"], registry=r)
        self.escalations = Counter(p + "escalations_total", "Escalations: requests the cloud tier served (asked for or not), by deciding rule.", ["decision"], registry=r)
        self.refusals = Counter(p + "refusals_total", "Requests refused, by error code.", ["code"], registry=r)
        self.failovers = Counter(p + "failovers_total", "Requests that failed over from one tier to the other, by target tier.", ["to"], registry=r)
        self.served_by = Counter(p + "backend_requests_total", "Requests a backend served, by backend (`tier:name` as configured).", ["backend"], registry=r)
        self.fallbacks = Counter(p + "backend_fallbacks_total", "Calls that failed on a backend and went on to the next of its tier, by the backend that failed.", ["backend"], registry=r)
        self.entities = Counter(p + "entities_detected_total", "Distinct values detected, by entity type and the action applied.", ["action", "entity_type"], registry=r)
        self.placeholders = Counter(p + "placeholders_total", "Placeholders in answers, restored or unmatched.", ["result"], registry=r)
        self.tokens = Counter(p + "tokens_total", "Tokens reported by upstreams, by tier and direction.", ["direction", "tier"], registry=r)
        self.cost = Counter(p + "cost_usd_total", "Estimated spend in USD, by tier and model.", ["model", "tier"], registry=r)
        self.unpriced = Counter(p + "unpriced_requests_total", "Cloud requests whose model has no price (not in cost_usd_total), by model.", ["model"], registry=r)
        self.saved = Counter(p + "saved_usd_total", "What locally served tokens would have cost on the configured cloud model, USD.", registry=r)
        self.analysis = Histogram(p + "analysis_seconds", "Time to analyse a request's texts (cache hits included).", buckets=LATENCY_BUCKETS, registry=r)
        self.ttfb = Histogram(p + "upstream_first_byte_seconds", "Time from the gateway's call to the upstream's first event, by tier.", ["tier"], buckets=LATENCY_BUCKETS, registry=r)
        self.total = Histogram(p + "request_seconds", "Whole request time as the gateway saw it, by ingress and tier.", ["ingress", "tier"], buckets=LATENCY_BUCKETS, registry=r)
        # Each worker has its own breakers: 1 when any living worker's is open. Workers set theirs
        # after every request and at a scrape (a breaker only moves when a request calls it).
        self.breakers = Gauge(p + "circuit_breaker_open", "1 when a backend's circuit breaker is open (or half-open probing), else 0.", ["backend"], registry=r, multiprocess_mode="livemax")
        # Budgets live in their shared store (SQLite or Redis): the latest reading is everyone's.
        self.budget = Gauge(p + "budget_used_ratio", "Share of each client's cloud budget spent in the current period.", ["client"], registry=r, multiprocess_mode="mostrecent")
        self.answer_entities = Counter(p + "answer_entities_total", "Personal data in answers that the request did not hold (policy answers:), by entity type and action (report, redact).", ["action", "entity_type"], registry=r)
        self.shadow_differences = Counter(p + "shadow_differences_total", "Requests the shadow policy would have decided differently, by kind (stays_local, refused, more_masked, escalates, served, less_masked).", ["kind"], registry=r)
        self.audit_failures = Counter(p + "audit_write_failures_total", "Audit lines that could not be written, by kind (upstream_call, record).", ["kind"], registry=r)

    def render(self) -> bytes:
        """The exposition text: this process's values, or every worker's when they share a folder."""
        if MULTIPROCESS_DIR is None:
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=MULTIPROCESS_DIR)
        return generate_latest(registry)


def process_exiting() -> None:
    """A worker is stopping: its gauges leave the `live` sums (its counters stay counted)."""
    if MULTIPROCESS_DIR is not None:
        mark_process_dead(os.getpid(), MULTIPROCESS_DIR)
