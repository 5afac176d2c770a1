from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from privacy_gateway.audit import RecordReader, summarise
from privacy_gateway.audit.cli import main
from privacy_gateway.audit.report import as_dict

from tests.audit.helpers import SYNTHETIC, fill_log, make_record


@pytest.fixture
def synthetic(log_path: Path) -> Path:
    fill_log(log_path, SYNTHETIC, rotate_bytes=2500)
    return log_path


def test_report_figures(synthetic: Path) -> None:
    d = as_dict(summarise(RecordReader(synthetic)))
    assert d["requests"] == 8
    assert d["served"] == {"local": 3, "cloud": 3, "none": 2}
    assert d["outcomes"] == {"ok": 5, "refused": 1, "failed": 1, "cancelled": 1}
    assert (d["escalations"], d["refusals"], d["failovers"]) == (3, 1, 1)  # every request the cloud served
    assert d["fallbacks"] == {"cloud:first": 1}
    assert d["decisions"]["default_local"] == 3 and d["decisions"]["blocked_entities"] == 1
    assert d["entities"] == {
        "EMAIL_ADDRESS": {"requests": 1, "occurrences": 2, "actions": {"pseudonymize": 2}},
        "PERSON": {"requests": 1, "occurrences": 2, "actions": {"pseudonymize": 2}},
        "US_SSN": {"requests": 2, "occurrences": 2, "actions": {"local_only": 1, "block": 1}},
    }
    assert [(c["client"], c["requests"], c["refused"], c["cost_usd"]) for c in d["top_clients"]] == [
        ("team-a", 4, 1, 0.0), ("team-b", 2, 0, 0.15), ("team-c", 2, 0, 0.03),
    ]
    assert d["cost_usd"] == pytest.approx(0.18) and d["saved_usd"] == pytest.approx(0.03)
    assert d["tokens"]["local"] == {"in": 47, "out": 61} and d["tokens"]["cloud"] == {"in": 1105, "out": 255}
    assert d["latency_ms"] == {"local": {"p50": 100, "p95": 200}, "cloud": {"p50": 1500, "p95": 2000}}
    assert d["placeholders"] == {"restored": 2, "unmatched": 1}
    assert d["bucket"] == "hour"
    assert [(b["start"][11:16], b["local"], b["cloud"], b["none"]) for b in d["timeline"]] == [
        ("09:00", 2, 1, 0), ("10:00", 1, 2, 2),
    ]


def test_a_period_counts_only_its_records(synthetic: Path) -> None:
    since = datetime(2026, 11, 25, 9, 15, tzinfo=timezone.utc)
    until = datetime(2026, 11, 25, 10, 40, tzinfo=timezone.utc)
    d = as_dict(summarise(RecordReader(synthetic), since, until))
    assert d["requests"] == 3 and d["served"] == {"local": 0, "cloud": 3, "none": 0}
    assert d["since"] == "2026-11-25T09:15:00+00:00"


@pytest.mark.parametrize(
    ("times", "bucket", "buckets"),
    [
        pytest.param(["2026-11-25T09:00:00Z", "2026-11-27T08:00:00Z"], "hour", 48, id="hours-up-to-3-days"),
        pytest.param(["2026-11-01T09:00:00Z", "2026-11-25T08:00:00Z"], "day", 25, id="days"),
        pytest.param(["2026-01-01T09:00:00Z", "2026-11-25T08:00:00Z"], "week", 48, id="weeks-over-120-days"),
    ],
)
def test_the_timeline_picks_a_readable_slot_and_keeps_gaps(
    log_path: Path, times: list[str], bucket: str, buckets: int
) -> None:
    fill_log(log_path, [make_record(time=t) for t in times])
    report = summarise(RecordReader(log_path))
    assert report.bucket == bucket and len(report.timeline) == buckets
    assert sum(b.counts["local"] for b in report.timeline) == 2


def test_report_command_prints_text_json_and_html(
    synthetic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--path", str(synthetic)]) == 0
    text = capsys.readouterr().out
    assert "8 requests" in text and "Escalations:  3" in text and "Cloud spend:  $0.1800" in text
    assert "team-a" in text and "US_SSN" in text
    page = tmp_path / "out" / "report.html"
    assert main(["report", "--path", str(synthetic), "--json", "--html", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["requests"] == 8
    assert page.read_text().startswith("<!DOCTYPE html>")


def test_an_empty_period_reports_zeroes(synthetic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--path", str(synthetic), "--since", "2030-01-01"]) == 0
    assert "0 requests" in capsys.readouterr().out
