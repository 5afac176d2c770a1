"""Postcodes of many countries written alone (`postcode_probe`): no character of a code reaches the
cloud, and numbers that are no postcode reach it byte-identical. `scripts/probe_postcodes.py`
measures the same over every locale and carrier at once."""

from __future__ import annotations

import pytest

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import Detector
from privacy_gateway.policy.schema import load_policy
from tests.detection.postcode_probe import CLEAN, CUED, case, leaked

_POLICY = load_policy(bundled_policy("default"))


def _masked(detector: Detector, text: str) -> list[tuple[int, int]]:
    (found,) = detector.analyze([text])
    return [(f.start, f.end) for f in found if _POLICY.rule(f.entity_type).action in ("pseudonymize", "redact")]


@pytest.mark.parametrize("carrier", sorted(CUED))
@pytest.mark.parametrize(
    ("country", "code"),
    [("US", "60614"), ("GB", "SW1A 1AA"), ("DE", "04109"), ("NL", "2541 AB"), ("PL", "31-607"), ("BR", "01310-100"), ("IN", "560034")],
)
def test_a_code_after_its_cue_is_masked(detector: Detector, country: str, code: str, carrier: str) -> None:
    probe = case(country, carrier, code, "Springfield")
    assert not leaked(probe, _masked(detector, probe.text)), probe.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            t,
            marks=pytest.mark.xfail(strict=True, reason="'12 boxes' after a delivery cue reads as a street (address_parts), not a postcode"),
        )
        if "12 boxes" in t
        else t
        for t in CLEAN
    ],
)
def test_numbers_that_are_no_postcode_stay(detector: Detector, text: str) -> None:
    assert _masked(detector, text) == [], text
