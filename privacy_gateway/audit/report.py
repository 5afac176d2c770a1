"""Summarising a period of the log: tiers, escalations, refusals, failovers, entities, clients, money."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from privacy_gateway.audit.search import Query, RecordReader

TIERS = ("local", "cloud", "none")  # "none": not served by any tier (refused, or failed before)


@dataclass
class EntityStats:
    """How often one entity type appeared, and what was done with it."""

    requests: int = 0
    occurrences: int = 0
    actions: Counter[str] = field(default_factory=Counter)


@dataclass
class ClientStats:
    """One client's traffic in the period."""

    requests: int = 0
    served: Counter[str] = field(default_factory=Counter)
    refused: int = 0
    cost_usd: float = 0.0


@dataclass
class ShadowChange:
    """One request the shadow policy would have decided differently, and why (codes and types only)."""

    time: str
    request_id: str
    client: str
    enforced: str  # tier and decision, e.g. `cloud (client_requested_cloud)`
    shadow: str
    kinds: tuple[str, ...]
    entity_changes: tuple[str, ...]  # `PERSON: pseudonymize -> local_only`


@dataclass
class ShadowStats:
    """What the shadow policy would have changed, over the records that carry a shadow decision."""

    MAX_LISTED = 500

    evaluated: int = 0
    policies: Counter[str] = field(default_factory=Counter)
    differences: Counter[str] = field(default_factory=Counter)
    changed: int = 0
    by_client: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_entity: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    listed: list[ShadowChange] = field(default_factory=list)


@dataclass
class Bucket:
    """Requests per served tier in one time slot of the timeline."""

    start: datetime
    counts: Counter[str]


@dataclass
class Report:
    """Totals for the records between `since` (inclusive) and `until` (exclusive)."""

    since: datetime | None = None
    until: datetime | None = None
    first: datetime | None = None
    last: datetime | None = None
    requests: int = 0
    served: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    decisions: Counter[str] = field(default_factory=Counter)
    escalations: int = 0
    failovers: int = 0
    fallbacks: Counter[str] = field(default_factory=Counter)  # by the backend that failed
    entities: dict[str, EntityStats] = field(default_factory=lambda: defaultdict(EntityStats))
    clients: dict[str, ClientStats] = field(default_factory=lambda: defaultdict(ClientStats))
    cost_usd: float = 0.0
    saved_usd: float = 0.0
    cost_by_model: Counter[str] = field(default_factory=Counter)
    unpriced_by_model: Counter[str] = field(default_factory=Counter)  # cloud requests whose model had no price
    tokens_in: Counter[str] = field(default_factory=Counter)
    tokens_out: Counter[str] = field(default_factory=Counter)
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    placeholders_restored: int = 0
    placeholders_unmatched: int = 0
    bucket: str = "hour"
    timeline: list[Bucket] = field(default_factory=list)
    unreadable_lines: int = 0
    instances: Counter[str] = field(default_factory=Counter)  # requests per writer, in a directory of chains
    shadow: ShadowStats = field(default_factory=ShadowStats)

    @property
    def refusals(self) -> int:
        """Requests the gateway refused (blocked entities, no tier allowed to serve)."""
        return self.outcomes["refused"]

    def top_clients(self, n: int = 10) -> list[tuple[str, ClientStats]]:
        """The `n` busiest clients, busiest first."""
        return sorted(self.clients.items(), key=lambda kv: (-kv[1].requests, kv[0]))[:n]

    def latency_percentile(self, tier: str, p: float) -> float | None:
        """The nearest-rank `p`th percentile latency of requests served by `tier`."""
        values = sorted(self.latencies.get(tier, ()))
        if not values:
            return None
        return values[max(0, math.ceil(p / 100 * len(values)) - 1)]


def summarise(reader: RecordReader, since: datetime | None = None, until: datetime | None = None) -> Report:
    """A `Report` over the records of `reader` in [since, until)."""
    report = Report(since=since, until=until)
    query = Query(since=since, until=until)
    hourly: dict[datetime, Counter[str]] = defaultdict(Counter)
    for row in reader:
        if not query.matches(row):
            continue
        _add(report, row.record)
        report.first = row.time if report.first is None else min(report.first, row.time)
        report.last = row.time if report.last is None else max(report.last, row.time)
        hour = row.time.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
        hourly[hour][row.record.get("served_tier") or "none"] += 1
    report.unreadable_lines = reader.unreadable
    report.bucket, report.timeline = _timeline(hourly)
    return report


def _add(report: Report, r: dict[str, Any]) -> None:
    tier = r.get("served_tier") or "none"
    outcome = r.get("outcome") or "unknown"
    report.requests += 1
    report.served[tier] += 1
    report.outcomes[outcome] += 1
    report.decisions[r.get("decision") or "unknown"] += 1
    report.escalations += tier == "cloud"  # as in /metrics: whatever the cloud served, asked for or not
    report.failovers += bool(r.get("failover"))
    report.fallbacks.update(r.get("fallbacks") or ())
    if r.get("instance"):
        report.instances[r["instance"]] += 1
    for name, info in (r.get("entities") or {}).items():
        stats = report.entities[name]
        stats.requests += 1
        stats.occurrences += info.get("count", 0)
        stats.actions[info.get("action", "unknown")] += info.get("count", 0)
    client = report.clients[r.get("client") or "(none)"]
    client.requests += 1
    client.served[tier] += 1
    client.refused += outcome == "refused"
    client.cost_usd += r.get("cost_usd") or 0.0
    report.cost_usd += r.get("cost_usd") or 0.0
    report.saved_usd += r.get("saved_usd") or 0.0
    if r.get("cost_usd"):
        report.cost_by_model[r.get("model") or "(unknown)"] += r["cost_usd"]
    elif tier == "cloud" and r.get("cost_usd") is None and outcome == "ok":
        report.unpriced_by_model[r.get("model") or "(unknown)"] += 1
    report.tokens_in[tier] += r.get("tokens_in") or 0
    report.tokens_out[tier] += r.get("tokens_out") or 0
    if r.get("latency_ms") is not None and outcome == "ok":
        report.latencies[tier].append(r["latency_ms"])
    report.placeholders_restored += r.get("placeholders_restored") or 0
    report.placeholders_unmatched += r.get("placeholders_unmatched") or 0
    if r.get("shadow_policy"):
        _add_shadow(report.shadow, r)


def _add_shadow(shadow: ShadowStats, r: dict[str, Any]) -> None:
    shadow.evaluated += 1
    shadow.policies[f"{r['shadow_policy']}@{r.get('shadow_policy_version') or '?'}"] += 1
    kinds = tuple(r.get("shadow_differences") or ())
    enforced, other = r.get("entities") or {}, r.get("shadow_entities") or {}
    changes = tuple(
        f"{t}: {enforced.get(t, {}).get('action', 'not seen')} -> {other.get(t, {}).get('action', 'not seen')}"
        for t in sorted(set(enforced) | set(other))
        if enforced.get(t, {}).get("action") != other.get(t, {}).get("action")
    )
    if not kinds:
        return
    shadow.changed += 1
    shadow.differences.update(kinds)
    client = r.get("client") or "(none)"
    shadow.by_client[client].update(kinds)
    for change in changes:
        shadow.by_entity[change.split(":", 1)[0]][change.split(": ", 1)[1]] += 1
    if len(shadow.listed) < shadow.MAX_LISTED:
        shadow.listed.append(ShadowChange(
            time=str(r.get("time") or ""),
            request_id=str(r.get("request_id") or "-"),
            client=client,
            enforced=f"{r.get('served_tier') or 'none'} ({r.get('decision') or '-'})",
            shadow=f"{r.get('shadow_tier') or 'none'} ({r.get('shadow_decision') or '-'})",
            kinds=kinds,
            entity_changes=changes,
        ))


def _timeline(hourly: dict[datetime, Counter[str]]) -> tuple[str, list[Bucket]]:
    """Hourly counts regrouped into hours, days or weeks (whichever gives a readable chart), gaps kept."""
    if not hourly:
        return "hour", []
    first, last = min(hourly), max(hourly)
    span = last - first
    if span <= timedelta(days=3):
        name, step, floor = "hour", timedelta(hours=1), lambda t: t
    elif span <= timedelta(days=120):
        name, step, floor = "day", timedelta(days=1), lambda t: t.replace(hour=0)
    else:
        name, step = "week", timedelta(weeks=1)
        floor = lambda t: t.replace(hour=0) - timedelta(days=t.weekday())  # noqa: E731
    grouped: dict[datetime, Counter[str]] = defaultdict(Counter)
    for hour, counts in hourly.items():
        grouped[floor(hour)].update(counts)
    buckets = []
    t, end = floor(first), floor(last)
    while t <= end:
        buckets.append(Bucket(t, grouped.get(t, Counter())))
        t += step
    return name, buckets


def as_dict(report: Report) -> dict[str, Any]:
    """`report` as plain JSON-ready data."""
    iso = lambda t: t.isoformat() if t else None  # noqa: E731
    return {
        "since": iso(report.since),
        "until": iso(report.until),
        "first": iso(report.first),
        "last": iso(report.last),
        "requests": report.requests,
        "served": {t: report.served[t] for t in TIERS},
        "outcomes": dict(report.outcomes),
        "decisions": dict(report.decisions.most_common()),
        "escalations": report.escalations,
        "refusals": report.refusals,
        "failovers": report.failovers,
        "fallbacks": dict(report.fallbacks.most_common()),
        "entities": {
            name: {"requests": s.requests, "occurrences": s.occurrences, "actions": dict(s.actions)}
            for name, s in sorted(report.entities.items())
        },
        "top_clients": [
            {"client": name, "requests": c.requests, "served": dict(c.served), "refused": c.refused,
             "cost_usd": round(c.cost_usd, 6)}
            for name, c in report.top_clients()
        ],
        "cost_usd": round(report.cost_usd, 6),
        "cost_by_model": {m: round(c, 6) for m, c in report.cost_by_model.most_common()},
        "unpriced_requests": dict(report.unpriced_by_model.most_common()),
        "saved_usd": round(report.saved_usd, 6),
        "tokens": {t: {"in": report.tokens_in[t], "out": report.tokens_out[t]} for t in TIERS},
        "latency_ms": {
            t: {"p50": report.latency_percentile(t, 50), "p95": report.latency_percentile(t, 95)}
            for t in ("local", "cloud")
        },
        "placeholders": {"restored": report.placeholders_restored, "unmatched": report.placeholders_unmatched},
        "bucket": report.bucket,
        "timeline": [{"start": b.start.isoformat(), **{t: b.counts[t] for t in TIERS}} for b in report.timeline],
        "unreadable_lines": report.unreadable_lines,
        "instances": dict(sorted(report.instances.items())),
        "shadow": {
            "evaluated": report.shadow.evaluated,
            "policies": dict(report.shadow.policies),
            "changed": report.shadow.changed,
            "differences": dict(report.shadow.differences.most_common()),
            "by_client": {c: dict(k) for c, k in sorted(report.shadow.by_client.items())},
            "by_entity": {t: dict(k) for t, k in sorted(report.shadow.by_entity.items())},
            "requests": [vars(c) | {"kinds": list(c.kinds), "entity_changes": list(c.entity_changes)} for c in report.shadow.listed],
        },
    }


def format_text(report: Report) -> str:
    """A plain-text summary for the terminal."""
    d = as_dict(report)
    n = report.requests or 1
    period = f"{d['since'] or d['first'] or '-'} .. {d['until'] or d['last'] or '-'}"
    lines = [
        f"Audit report {period}: {report.requests} requests",
        "Served:       " + "  ".join(
            f"{t if t != 'none' else 'not served'} {report.served[t]} ({100 * report.served[t] / n:.1f}%)"
            for t in TIERS
        ),
        "Outcomes:     " + ("  ".join(f"{k} {v}" for k, v in report.outcomes.most_common()) or "-"),
        f"Escalations:  {report.escalations} (served by the cloud tier, asked for or not; see Decisions for why)",
        f"Refusals:     {report.refusals}",
        f"Failovers:    {report.failovers}",
        "Fallbacks:    " + (", ".join(f"{k} failed {v}" for k, v in report.fallbacks.most_common()) or "-"),
        "Decisions:    " + (", ".join(f"{k} {v}" for k, v in report.decisions.most_common()) or "-"),
        *(["Instances:    " + ", ".join(f"{k} {v}" for k, v in sorted(report.instances.items()))] if report.instances else []),
        "Entity types (requests / occurrences: actions):",
    ]
    for name, s in sorted(report.entities.items(), key=lambda kv: (-kv[1].requests, kv[0])):
        actions = ", ".join(f"{a} {c}" for a, c in s.actions.most_common())
        lines.append(f"  {name:<20} {s.requests:>6} / {s.occurrences:<6} {actions}")
    lines.append("Top clients (requests: local / cloud / not served, refused, cloud spend):")
    for name, c in report.top_clients():
        lines.append(
            f"  {name:<20} {c.requests:>6}: {c.served['local']} / {c.served['cloud']} / {c.served['none']}, "
            f"{c.refused} refused, ${c.cost_usd:.4f}"
        )
    lines += [
        f"Cloud spend:  ${report.cost_usd:.4f}"
        + ("  (" + ", ".join(f"{m} ${c:.4f}" for m, c in report.cost_by_model.most_common()) + ")" if report.cost_by_model else "")
        + ("; unpriced requests, not in the sum: " + ", ".join(f"{m} {n}" for m, n in report.unpriced_by_model.most_common()) if report.unpriced_by_model else ""),
        f"Saved by local serving: ${report.saved_usd:.4f} (estimated cloud price of what local served)",
        "Tokens in/out: " + "  ".join(f"{t} {report.tokens_in[t]}/{report.tokens_out[t]}" for t in ("local", "cloud")),
        "Latency p50/p95 ms: " + "  ".join(
            f"{t} {ms_text(report.latency_percentile(t, 50))}/{ms_text(report.latency_percentile(t, 95))}"
            for t in ("local", "cloud")
        ),
        f"Placeholders: {report.placeholders_restored} restored, {report.placeholders_unmatched} unmatched",
    ]
    lines += shadow_text(report.shadow)
    if report.unreadable_lines:
        lines.append(f"Note: {report.unreadable_lines} unreadable lines skipped; run `audit verify`.")
    return "\n".join(lines)


SHADOW_KINDS = {
    "stays_local": "would have stayed local",
    "refused": "would have been refused",
    "more_masked": "would have had more masked",
    "escalates": "would have gone to the cloud",
    "served": "would have been served",
    "less_masked": "would have had less masked",
}


def shadow_text(shadow: ShadowStats, listed: int = 20) -> list[str]:
    """The shadow-policy lines of the text report (none when no record carries a shadow decision)."""
    if not shadow.evaluated:
        return []
    policies = ", ".join(shadow.policies)
    lines = [
        f"Shadow policy {policies}: {shadow.changed} of {shadow.evaluated} requests would have been decided differently",
        "  " + ("; ".join(f"{SHADOW_KINDS.get(k, k)}: {n}" for k, n in shadow.differences.most_common()) or "no differences"),
    ]
    for client, kinds in sorted(shadow.by_client.items()):
        lines.append(f"  client {client:<14} " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for entity, moves in sorted(shadow.by_entity.items()):
        lines.append(f"  entity {entity:<14} " + ", ".join(f"{m} in {n}" for m, n in moves.most_common()))
    for change in shadow.listed[:listed]:
        lines.append(
            f"  {change.request_id} {change.client}: {change.enforced} -> {change.shadow} "
            f"[{', '.join(change.kinds)}] {'; '.join(change.entity_changes)}"
        )
    if shadow.changed > listed:
        lines.append(f"  … {shadow.changed - listed} more (the --html report lists up to {shadow.MAX_LISTED})")
    return lines


def ms_text(value: float | None) -> str:
    """A latency for display: whole milliseconds, or "-" when there is none."""
    return "-" if value is None else f"{value:.0f}"
