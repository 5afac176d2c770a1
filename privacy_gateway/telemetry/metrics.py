"""Prometheus metrics in the text exposition format, without a client library.

Labels carry only names the gateway chose (tiers, ingress names, status codes, decision reasons,
entity types, actions, backend names): never a value, a prompt, a client-supplied string.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, field
from typing import Iterable

Labels = tuple[tuple[str, str], ...]

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


def _labels(labels: dict[str, str]) -> Labels:
    return tuple(sorted((k, str(v)) for k, v in labels.items()))


def _render_labels(labels: Labels, extra: Iterable[tuple[str, str]] = ()) -> str:
    pairs = [*labels, *extra]
    if not pairs:
        return ""
    body = ",".join(f'{k}="{v.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34)).replace(chr(10), " ")}"' for k, v in pairs)
    return "{" + body + "}"


@dataclass
class Counter:
    """A monotonically increasing count per label set."""

    name: str
    help: str
    values: dict[Labels, float] = field(default_factory=dict)

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        key = _labels(labels)
        self.values[key] = self.values.get(key, 0.0) + amount

    def render(self) -> list[str]:
        lines = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} counter"]
        lines += [f"{self.name}{_render_labels(k)} {_number(v)}" for k, v in sorted(self.values.items())]
        return lines


@dataclass
class Gauge:
    """A value that goes up and down, per label set."""

    name: str
    help: str
    values: dict[Labels, float] = field(default_factory=dict)

    def set(self, value: float, **labels: str) -> None:
        self.values[_labels(labels)] = value

    def render(self) -> list[str]:
        lines = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} gauge"]
        lines += [f"{self.name}{_render_labels(k)} {_number(v)}" for k, v in sorted(self.values.items())]
        return lines


@dataclass
class Histogram:
    """Observations in cumulative buckets, per label set."""

    name: str
    help: str
    buckets: tuple[float, ...] = LATENCY_BUCKETS
    counts: dict[Labels, list[int]] = field(default_factory=dict)
    sums: dict[Labels, float] = field(default_factory=dict)

    def observe(self, value: float, **labels: str) -> None:
        key = _labels(labels)
        counts = self.counts.setdefault(key, [0] * (len(self.buckets) + 1))
        counts[bisect.bisect_left(self.buckets, value)] += 1
        self.sums[key] = self.sums.get(key, 0.0) + value

    def render(self) -> list[str]:
        lines = [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} histogram"]
        for key, counts in sorted(self.counts.items()):
            running = 0
            for bound, count in zip([*self.buckets, float("inf")], counts):
                running += count
                le = "+Inf" if bound == float("inf") else _number(bound)
                lines.append(f"{self.name}_bucket{_render_labels(key, [('le', le)])} {running}")
            lines.append(f"{self.name}_sum{_render_labels(key)} {_number(self.sums[key])}")
            lines.append(f"{self.name}_count{_render_labels(key)} {running}")
        return lines


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class GatewayMetrics:
    """Every metric the gateway exposes at `GET /metrics`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        p = "privacy_gateway_"
        self.requests = Counter(p + "requests_total", "Requests by ingress API, serving tier (none when no tier served), HTTP status, outcome and deciding rule (X-Privacy-Decision without its entity types).")
        self.escalations = Counter(p + "escalations_total", "Escalations: requests the cloud tier served (asked for or not), by deciding rule.")
        self.refusals = Counter(p + "refusals_total", "Requests refused, by error code.")
        self.failovers = Counter(p + "failovers_total", "Requests that failed over from one tier to the other, by target tier.")
        self.entities = Counter(p + "entities_detected_total", "Distinct values detected, by entity type and the action applied.")
        self.placeholders = Counter(p + "placeholders_total", "Placeholders in answers, restored or unmatched.")
        self.tokens = Counter(p + "tokens_total", "Tokens reported by upstreams, by tier and direction.")
        self.cost = Counter(p + "cost_usd_total", "Estimated spend in USD, by tier and model.")
        self.unpriced = Counter(p + "unpriced_requests_total", "Cloud requests whose model has no price (not in cost_usd_total), by model.")
        self.saved = Counter(p + "saved_usd_total", "What locally served tokens would have cost on the configured cloud model, USD.")
        self.analysis = Histogram(p + "analysis_seconds", "Time to analyse a request's texts (cache hits included).")
        self.ttfb = Histogram(p + "upstream_first_byte_seconds", "Time from the gateway's call to the upstream's first event, by tier.")
        self.total = Histogram(p + "request_seconds", "Whole request time as the gateway saw it, by ingress and tier.")
        self.breakers = Gauge(p + "circuit_breaker_open", "1 when a backend's circuit breaker is open (or half-open probing), else 0.")
        self.budget = Gauge(p + "budget_used_ratio", "Share of each client's cloud budget spent in the current period.")
        self.answer_entities = Counter(p + "answer_entities_total", "Personal data in answers that the request did not hold (policy answers:), by entity type and action (report, redact).")
        self.shadow_differences = Counter(p + "shadow_differences_total", "Requests the shadow policy would have decided differently, by kind (stays_local, refused, more_masked, escalates, served, less_masked).")
        self.audit_failures = Counter(p + "audit_write_failures_total", "Audit lines that could not be written, by kind (upstream_call, record).")

    def render(self) -> str:
        """The exposition text."""
        with self._lock:
            lines: list[str] = []
            for metric in (self.requests, self.escalations, self.refusals, self.failovers, self.entities, self.placeholders,
                           self.tokens, self.cost, self.unpriced, self.saved, self.analysis, self.ttfb, self.total, self.breakers, self.budget, self.answer_entities, self.shadow_differences, self.audit_failures):
                lines += metric.render()
        return "\n".join(lines) + "\n"

    @property
    def lock(self) -> threading.Lock:
        """Held while recording one request's metrics, so a scrape sees a consistent set."""
        return self._lock
