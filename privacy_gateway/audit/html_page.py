"""The report as one self-contained HTML page: inline CSS and SVG, no scripts, fonts or links out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from privacy_gateway.audit.charts import Column, Series, bar_chart, column_chart, legend
from privacy_gateway.audit.record import utc_now
from privacy_gateway.audit.report import SHADOW_KINDS, Report, ms_text

TIER_SERIES = (
    Series("local", "served locally", "#2e7d32"),
    Series("cloud", "served by the cloud", "#1565c0"),
    Series("none", "not served (refused, failed, cancelled)", "#ef6c00"),
)
ACTION_SERIES = (
    Series("local_only", "kept local", "#2e7d32"),
    Series("pseudonymize", "pseudonymized", "#1565c0"),
    Series("redact", "redacted", "#6a1b9a"),
    Series("block", "blocked", "#c62828"),
    Series("allow", "allowed", "#9e9e9e"),
)
_LABEL_FORMATS = {"hour": "%d %b %H:00", "day": "%d %b", "week": "wk %d %b"}

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px auto;
max-width:820px;padding:0 16px;color:#212121;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
.muted{color:#616161;font-size:13px}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;margin-top:16px}
.card{border:1px solid #e0e0e0;border-radius:6px;padding:8px 10px}
.card b{display:block;font-size:20px}.card span{font-size:12px;color:#616161}
.chart{width:100%;height:auto;display:block}
.chart .axis,.chart .note{font-size:11px;fill:#616161}.chart .label{font-size:12px;fill:#212121}
.chart .grid{stroke:#eeeeee}.chart .baseline{stroke:#9e9e9e}
.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:14px;font-size:12px}
.swatch{display:inline-block;width:10px;height:10px;margin-right:5px;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eeeeee}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
"""


def render_html(report: Report, *, title: str = "privacy-gateway audit report") -> str:
    """The whole page for `report`."""
    n = report.requests or 1
    cards = [
        ("requests", f"{report.requests}"),
        ("served locally", f"{report.served['local']} ({100 * report.served['local'] / n:.0f}%)"),
        ("served by the cloud", f"{report.served['cloud']} ({100 * report.served['cloud'] / n:.0f}%)"),
        ("refused", f"{report.refusals}"),
        ("escalations to the cloud", f"{report.escalations}"),
        ("failovers", f"{report.failovers}"),
        ("cloud spend", _money(report.cost_usd)),
        ("saved by local serving", _money(report.saved_usd)),
    ]
    fmt = _LABEL_FORMATS[report.bucket]
    columns = [
        Column(b.start.strftime(fmt), b.start.strftime("%Y-%m-%d %H:%M UTC"), b.counts) for b in report.timeline
    ]
    entity_rows = [
        (name, s.actions, f"{s.occurrences} in {s.requests} requests")
        for name, s in sorted(report.entities.items(), key=lambda kv: (-kv[1].occurrences, kv[0]))
    ]
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="muted">{escape(_period(report))} · generated {escape(utc_now())} · '
        "counts, codes and keyed fingerprints only: this page holds no personal values</p>",
        '<div class="cards">'
        + "".join(f'<div class="card"><b>{escape(v)}</b><span>{escape(k)}</span></div>' for k, v in cards)
        + "</div>",
        f"<h2>Requests by serving tier, per {report.bucket}</h2>",
        legend(TIER_SERIES),
        column_chart("tier-chart", f"Requests by serving tier per {report.bucket}", columns, TIER_SERIES)
        if columns else '<p class="muted">No requests in this period.</p>',
        "<h2>Entity types found, by what the gateway did</h2>",
        legend(ACTION_SERIES),
        bar_chart("entity-chart", "Entity occurrences by action", entity_rows, ACTION_SERIES)
        if entity_rows else '<p class="muted">No personal data detected in this period.</p>',
        "<h2>Outcomes and decisions</h2>",
        _table(["outcome", "requests"], report.outcomes.most_common()),
        _table(["decision", "requests"], report.decisions.most_common()),
        "<h2>Top clients</h2>",
        _table(
            ["client", "requests", "local", "cloud", "not served", "refused", "cloud spend"],
            [
                (name, c.requests, c.served["local"], c.served["cloud"], c.served["none"], c.refused,
                 _money(c.cost_usd))
                for name, c in report.top_clients()
            ],
        ),
        "<h2>Tokens, latency and placeholders</h2>",
        _table(
            ["tier", "tokens in", "tokens out", "p50 ms", "p95 ms"],
            [
                (t, report.tokens_in[t], report.tokens_out[t], ms_text(report.latency_percentile(t, 50)),
                 ms_text(report.latency_percentile(t, 95)))
                for t in ("local", "cloud")
            ],
        ),
        f'<p class="muted">Placeholders restored in answers: {report.placeholders_restored}; '
        f"left unmatched: {report.placeholders_unmatched}. Escalations are requests served by the cloud "
        "without the client asking for the cloud tier.</p>",
    ]
    body += _shadow_section(report)
    if report.unreadable_lines:
        body.append(f'<p class="muted">{report.unreadable_lines} unreadable log lines were skipped.</p>')
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )


def _shadow_section(report: Report) -> list[str]:
    """What the shadow policy would have changed: totals, by client and entity type, then each request."""
    shadow = report.shadow
    if not shadow.evaluated:
        return []
    shown = len(shadow.listed)
    return [
        f"<h2>Shadow policy {escape(', '.join(shadow.policies))}: what it would have changed</h2>",
        f'<p class="muted">{shadow.changed} of {shadow.evaluated} requests would have been decided differently. '
        "The shadow decision reuses the enforced policy's analysis: it sees only the entity types the enforced "
        "policy looks for, and does not run the shadow policy's own recognizers.</p>",
        _table(["difference", "requests"], [(SHADOW_KINDS.get(k, k), n) for k, n in shadow.differences.most_common()]),
        _table(
            ["client", *SHADOW_KINDS],
            [(c, *(k[kind] for kind in SHADOW_KINDS)) for c, k in sorted(shadow.by_client.items())],
        ),
        _table(
            ["entity type", "enforced -> shadow action", "requests"],
            [(t, move, n) for t, moves in sorted(shadow.by_entity.items()) for move, n in moves.most_common()],
        ),
        f"<h3>Requests it would have changed ({shown} of {shadow.changed} listed)</h3>",
        _table(
            ["time", "request", "client", "enforced: tier (rule)", "shadow: tier (rule)", "differences", "why: entity actions"],
            [(c.time, c.request_id, c.client, c.enforced, c.shadow, ", ".join(c.kinds), "; ".join(c.entity_changes))
             for c in shadow.listed],
        ),
    ]


def _money(usd: float) -> str:
    return f"${usd:,.2f}" if abs(usd) >= 10 else f"${usd:,.4f}"


def _period(report: Report) -> str:
    start = report.since or report.first
    end = report.until or report.last
    return f"{_when(start)} to {_when(end)}"


def _when(t: datetime | None) -> str:
    return t.strftime("%Y-%m-%d %H:%M UTC") if t else "-"


def _table(headers: list[str], rows: Sequence[Sequence[object]]) -> str:
    """A table whose first column is a name and the others right-aligned figures."""

    def row(tag: str, values: Sequence[object]) -> str:
        cells = (f'<{tag}{" class=n" if i else ""}>{escape(str(v))}</{tag}>' for i, v in enumerate(values))
        return "<tr>" + "".join(cells) + "</tr>"

    body = "".join(row("td", r) for r in rows) or row("td", ["-"])
    return f"<table><thead>{row('th', headers)}</thead><tbody>{body}</tbody></table>"
