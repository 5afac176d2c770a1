"""Everyday prompts that name only the world, paired with the same prompts holding a private person
(`clean_probe`): the clean ones stay byte-identical and the private names masked at least as often
as `scripts/probe_clean.py` measured, on six locales' people."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.engine import Detector
from tests.detection.clean_probe import cases, leaked
from tests.detection.helpers import twin_rates


def _rates(detector: Detector, carriers: str) -> tuple[float, float]:
    """(clean prompts altered, private names leaked) over the set `carriers`, on six locales."""
    probes = cases(["de", "fi", "pl", "pt-br", "tr", "en-gb"], carriers=carriers)
    return twin_rates(detector, probes, leaked)


# (set, altered at most, leaked at most). `base`: 34.3 % altered and 11.1 % leaked when measured
# (38.9 % before dishes, themes and makes were read); what is altered: works' characters, musicians,
# painters, single towns outside a question; what leaks: people in a question about the world
# ("Settling a bet with …", "host: …"), read as history's. `tasks` (requests that are no questions):
# 10.7 % and 16.7 % (46.4 % altered before); left altered: a limerick about a public figure.
# `check`, written after the rules: 19.4 % and 9.7 % by the probe, 22.2 % altered here (48.6 % before).
@pytest.mark.parametrize(("carriers", "altered_at_most", "leaked_at_most"), [("base", 0.36, 0.13), ("tasks", 0.13, 0.18), ("check", 0.24, 0.11)])
def test_clean_prompts_stay_and_private_names_go_at_their_floor(
    detector: Detector, carriers: str, altered_at_most: float, leaked_at_most: float
) -> None:
    altered, leaked_ = _rates(detector, carriers)
    assert altered <= altered_at_most
    assert leaked_ <= leaked_at_most
