"""People and places inside code that is not a record (`code_probe`): one person and one town of
every locale in every carrier stay from the cloud as often as the rules reached, and the PII-free
twins are altered no more often than measured. `scripts/probe_code.py` measures the same over more
names and prints the misses."""

from __future__ import annotations

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import Detector
from privacy_gateway.policy.schema import load_policy
from tests.detection.code_probe import cases, leaked

_POLICY = load_policy(bundled_policy("default"))


def _masked(detector: Detector, texts: list[str]) -> list[list[tuple[int, int]]]:
    return [
        [(f.start, f.end) for f in found if _POLICY.rule(f.entity_type).action in ("pseudonymize", "redact")]
        for found in detector.analyze(texts)
    ]


def test_people_and_towns_in_code_stay_from_the_cloud(detector: Detector) -> None:
    """The floors the rules reached (one name a locale: 98 % of people, 72 % of towns; the probe's
    run of two: 97 % and 81 %)."""
    todo = cases(per_locale=1)
    kept = {"person": [0, 0], "place": [0, 0]}
    for case, masked in zip(todo, _masked(detector, [c.text for c in todo])):
        kept[case.kind][0] += not leaked(case, masked)
        kept[case.kind][1] += 1
    assert kept["person"][0] / kept["person"][1] >= 0.95, kept
    assert kept["place"][0] / kept["place"][1] >= 0.70, kept


def test_the_twins_are_altered_no_more_than_measured(detector: Detector) -> None:
    """Software and English words in the same slots: a tool in a person's place ("approved for
    Jenkins") is read as someone as often as the probe measured before its rules, never more."""
    todo = cases(per_locale=1)
    altered = sum(bool(m) for m in _masked(detector, [c.twin for c in todo]))
    assert altered <= 378, altered  # of 924, before and after the rules of this probe (the twentieth round's carriers: 377 of 784 without them)
