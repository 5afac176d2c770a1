"""Everyday prompts naming a place of the world, paired with twins where the place is someone's
(`place_clean_probe`): the clean ones stay byte-identical and the private places masked at least as
often as `scripts/probe_places_clean.py` measured, on the package's places of every size."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.engine import Detector
from tests.detection.helpers import twin_rates
from tests.detection.place_clean_probe import cases, leaked


def _rates(detector: Detector, templates: str) -> tuple[float, float]:
    """(clean prompts altered, private places leaked) over the set `templates`, two places a size."""
    probes = cases("package", templates, per_size=2)
    return twin_rates(detector, probes, leaked)


# (set, altered at most, leaked at most), measured in round 20 on this draw: `tune` 8.3 % altered and
# none leaked (19.8 % and 16.7 % before its rules; left altered: "Any tips for driving in …? We pick up
# the hire car", a dealing, until round 28 read a trip's days and hire car as no one's: 0 %); `check`,
# written before the rules and never tuned on: 2.5 % and none (17.5 % and 10.0 % before).
@pytest.mark.parametrize(("templates", "altered_at_most", "leaked_at_most"), [("tune", 0.03, 0.03), ("check", 0.05, 0.03)])
def test_places_of_the_world_stay_and_someones_places_go_at_their_floor(
    detector: Detector, templates: str, altered_at_most: float, leaked_at_most: float
) -> None:
    altered, leaked_ = _rates(detector, templates)
    assert altered <= altered_at_most
    assert leaked_ <= leaked_at_most
