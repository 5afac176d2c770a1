"""Given names written alone in the probe's everyday prompts and internal traffic (`given_probe`),
from mimesis and from Faker's locales the name lists were not built from: recall stays at the floor
`scripts/probe_given_names.py` measured, and the PII-free twins of the internal-traffic carriers
stay as written."""

from __future__ import annotations

import pytest

from privacy_gateway.core.spans import mask_spans
from privacy_gateway.detection.engine import Detector
from tests.detection.given_probe import cases, leaked, twins


@pytest.mark.parametrize(
    "source, floor, lower_floor",
    [
        # Measured 93.5 % (99.1 % as written, 87.5 % in lower case). The rest are given names that are
        # English words too ("august", "paris", "maxim"), diary subjects before verbs no rule reads,
        # and names no list holds.
        ("mimesis", 0.92, 0.86),
        # The check the rules were not written from: 91.8 % (98.3 % as written, 85.1 % in lower case).
        ("faker", 0.90, 0.83),
    ],
)
def test_recall_of_lone_given_names_stays_at_its_floor(
    detector: Detector, source: str, floor: float, lower_floor: float
) -> None:
    probes = cases(source=source)
    found = detector.analyze([p.text for p in probes])
    leaks = []
    for probe, findings in zip(probes, found):
        (spans,) = mask_spans([probe.text], [findings])
        leaks.append(leaked(probe, [(s.start, s.end) for s in spans]))
    lower = [bad for p, bad in zip(probes, leaks) if p.case == "lower"]
    assert 1 - sum(leaks) / len(leaks) >= floor
    assert 1 - sum(lower) / len(lower) >= lower_floor


def test_pii_free_twins_of_internal_traffic_stay_as_written(detector: Detector) -> None:
    """4 of 72 altered when measured: companies and a CI server that no tool list holds, in a person's
    slot ("Had a quick sync with Salesforce", "ask Jenkins to re-run it")."""
    clean = twins()
    altered = [t for t, findings in zip(clean, detector.analyze([t.text for t in clean])) if findings]
    assert len(altered) <= 4
