from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from privacy_gateway.telemetry.metrics import GatewayMetrics

FAMILIES = ("requests_total", "escalations_total", "refusals_total", "failovers_total", "entities_detected_total", "placeholders_total",
            "tokens_total", "cost_usd_total", "unpriced_requests_total", "saved_usd_total", "analysis_seconds", "upstream_first_byte_seconds",
            "request_seconds", "circuit_breaker_open", "budget_used_ratio", "answer_entities_total", "shadow_differences_total",
            "audit_write_failures_total")


def test_gateway_metrics_render_every_family_under_its_old_name() -> None:
    text = GatewayMetrics().render().decode()
    for name in FAMILIES:
        assert f"# TYPE privacy_gateway_{name} " in text and f"# HELP privacy_gateway_{name} " in text
    assert "_created" not in text


def test_labels_keep_their_alphabetical_order_and_histograms_their_buckets() -> None:
    metrics = GatewayMetrics()
    metrics.requests.labels(decision="default_local", ingress="openai", outcome="ok", status="200", tier="local").inc()
    metrics.total.labels(ingress="openai", tier="local").observe(0.02)
    metrics.total.labels(ingress="openai", tier="local").observe(7)
    text = metrics.render().decode()
    assert 'privacy_gateway_requests_total{decision="default_local",ingress="openai",outcome="ok",status="200",tier="local"} 1.0' in text
    assert 'privacy_gateway_request_seconds_bucket{ingress="openai",le="0.025",tier="local"} 1.0' in text
    assert 'privacy_gateway_request_seconds_bucket{ingress="openai",le="+Inf",tier="local"} 2.0' in text
    assert 'privacy_gateway_request_seconds_sum{ingress="openai",tier="local"} 7.02' in text


def test_each_app_counts_on_its_own_in_one_process() -> None:
    first, second = GatewayMetrics(), GatewayMetrics()
    first.refusals.labels(code="rate_limited").inc()
    assert 'privacy_gateway_refusals_total{code="rate_limited"} 1.0' in first.render().decode()
    assert "rate_limited" not in second.render().decode()


def test_label_values_are_escaped() -> None:
    metrics = GatewayMetrics()
    metrics.refusals.labels(code='a"b\\c\nd').inc()
    assert 'privacy_gateway_refusals_total{code="a\\"b\\\\c\\nd"} 1.0' in metrics.render().decode()


RECORD = """
import sys
from privacy_gateway.telemetry.metrics import GatewayMetrics, process_exiting
m = GatewayMetrics()
m.requests.labels(decision="default_local", ingress="openai", outcome="ok", status="200", tier="local").inc()
m.total.labels(ingress="openai", tier="local").observe(0.02)
m.breakers.labels(backend="ollama").set(float(sys.argv[1]))
m.budget.labels(client="ci").set(float(sys.argv[2]))
if sys.argv[3] == "exit":
    process_exiting()
"""
RENDER = "import sys\nfrom privacy_gateway.telemetry.metrics import GatewayMetrics\nsys.stdout.write(GatewayMetrics().render().decode())\n"


def test_workers_sharing_a_folder_are_summed_by_any_scrape(tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}

    def run(code: str, *args: str) -> str:
        done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=60, check=True)
        return done.stdout

    run(RECORD, "1", "0.25", "stay")  # a worker whose breaker is open, still alive (its pid's files stay)
    run(RECORD, "0", "0.5", "exit")  # a worker that stopped: its gauge leaves the live max
    text = run(RENDER)
    assert 'privacy_gateway_requests_total{decision="default_local",ingress="openai",outcome="ok",status="200",tier="local"} 2.0' in text
    assert 'privacy_gateway_request_seconds_count{ingress="openai",tier="local"} 2.0' in text
    assert 'privacy_gateway_circuit_breaker_open{backend="ollama"} 1.0' in text
    assert 'privacy_gateway_budget_used_ratio{client="ci"} 0.5' in text  # the latest reading of the shared store
