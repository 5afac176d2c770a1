from __future__ import annotations

from privacy_gateway.telemetry.metrics import Counter, GatewayMetrics, Histogram


def test_counter_and_histogram_exposition() -> None:
    c = Counter("x_total", "Things.")
    c.inc(tier="local")
    c.inc(2, tier="cloud")
    assert c.render() == ["# HELP x_total Things.", "# TYPE x_total counter", 'x_total{tier="cloud"} 2', 'x_total{tier="local"} 1']
    h = Histogram("t_seconds", "Time.", buckets=(0.1, 1.0))
    h.observe(0.05)
    h.observe(0.5)
    h.observe(5)
    assert h.render()[2:] == ['t_seconds_bucket{le="0.1"} 1', 't_seconds_bucket{le="1"} 2', 't_seconds_bucket{le="+Inf"} 3', "t_seconds_sum 5.55", "t_seconds_count 3"]


def test_label_values_are_escaped() -> None:
    c = Counter("y_total", "Y.")
    c.inc(reason='a"b\\c\nd')
    assert c.render()[-1] == 'y_total{reason="a\\"b\\\\c d"} 1'


def test_gateway_metrics_render_every_family() -> None:
    text = GatewayMetrics().render()
    for name in ("requests_total", "escalations_total", "refusals_total", "failovers_total", "entities_detected_total",
                 "placeholders_total", "analysis_seconds", "upstream_first_byte_seconds", "request_seconds", "circuit_breaker_open", "budget_used_ratio"):
        assert f"# TYPE privacy_gateway_{name}" in text
