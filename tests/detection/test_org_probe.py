"""Venues, landmarks, institutions and laws in PII-free prompts, paired with private people who
carry their words as surnames (`org_probe`): the clean ones stay byte-identical and the twins
masked at least as often as `scripts/probe_orgs.py` measured."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.engine import Detector
from tests.detection.helpers import names_left, twin_rates
from tests.detection.org_probe import WORDNET, cases


def _rates(detector: Detector, which: str) -> tuple[float, float]:
    """(clean prompts altered, private names leaked) over the set `which`, eight draws a frame."""
    probes = cases(which, per_frame=8)
    return twin_rates(detector, probes, lambda probe, masked: names_left(probe.text, probe.names, masked))


# (set, altered at most, leaked at most), measured in round 24 on this draw: `tune` 12.5 % altered
# (35.0 % before the institution and structure heads) and one twin of 40 leaked before and after
# ("Remind Rembrandt World …"); `check`, Faker's firms, never tuned on: 90.0 % and none, as before.
_NO_WORDNET = pytest.mark.skipif(not WORDNET.exists(), reason="WordNet's data (Debian wordnet-base) is not installed")


@pytest.mark.parametrize(("which", "altered_at_most", "leaked_at_most"), [
    pytest.param("tune", 0.15, 0.03, marks=_NO_WORDNET),
    ("check", 0.92, 0.03),
])
def test_institutions_stay_and_people_named_like_them_go_at_their_floor(
    detector: Detector, which: str, altered_at_most: float, leaked_at_most: float
) -> None:
    altered, leaked_ = _rates(detector, which)
    assert altered <= altered_at_most
    assert leaked_ <= leaked_at_most
