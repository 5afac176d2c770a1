"""Everyday prompts that name only the world, paired with the same prompts holding a private person
(`clean_probe`): the clean ones stay byte-identical and the private names masked at least as often
as `scripts/probe_clean.py` measured, on six locales' people."""

from __future__ import annotations

from privacy_gateway.core.spans import mask_spans
from privacy_gateway.detection.engine import Detector
from tests.detection.clean_probe import cases, leaked


def test_clean_prompts_stay_and_private_names_go_at_their_floor(detector: Detector) -> None:
    """38.9 % of the clean prompts altered and 11.1 % of the private names leaked when measured on
    these locales (the whole probe: 38.7 % and 15.0 %). What is altered: works' characters,
    musicians, painters and dishes, single towns outside a question; what leaks: people in a
    question about the world ("Settling a bet with …", "host: …"), read as history's."""
    probes = cases(["de", "fi", "pl", "pt-br", "tr", "en-gb"])
    altered, lost = [], []
    for probe, findings in zip(probes, detector.analyze([p.text for p in probes])):
        (spans,) = mask_spans([probe.text], [findings])
        masked = [(s.start, s.end) for s in spans]
        if probe.kind == "clean":
            altered.append(bool(masked))
        else:
            lost.append(leaked(probe, masked))
    assert sum(altered) / len(altered) <= 0.42
    assert sum(lost) / len(lost) <= 0.13
