"""Given names written alone, mimesis's of every Latin-script locale, in the probe's everyday
prompts (`given_probe`): recall stays at the floor `scripts/probe_given_names.py` measured."""

from __future__ import annotations

from privacy_gateway.core.spans import mask_spans
from privacy_gateway.detection.engine import Detector
from tests.detection.given_probe import cases, leaked


def test_recall_of_lone_given_names_stays_at_its_floor(detector: Detector) -> None:
    """89.0 % when measured: 94.0 % as written, 83.9 % typed in lower case. The rest are given
    names that are English words too ("august", "norma"), a present "for" someone in a prompt read
    as a general request, diary subjects the recognizer does not tag, and names the lists lack."""
    probes = cases()
    found = detector.analyze([p.text for p in probes])
    leaks = []
    for probe, findings in zip(probes, found):
        (spans,) = mask_spans([probe.text], [findings])
        leaks.append(leaked(probe, [(s.start, s.end) for s in spans]))
    lower = [bad for p, bad in zip(probes, leaks) if p.case == "lower"]
    assert sum(leaks) / len(leaks) <= 0.13
    assert sum(lower) / len(lower) <= 0.19
