"""Every region's example numbers, written as people write them, in the carriers internal tools
send (`phone_probe`): no digit of the number reaches the cloud. `scripts/probe_phones.py` measures
the same over every region, format and carrier at once."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import Detector
from privacy_gateway.policy.schema import load_policy
from tests.detection.phone_probe import CARRIERS, FORMATS, case, examples, leaked

_POLICY = load_policy(bundled_policy("default"))
# Dotted groups are left out: "65.01.23.45" is an IPv4 address as much as Mali's number, and
# "2.510.123" a thousands-grouped count as much as a number of the Seychelles.
_WRITTEN = tuple(f for f in FORMATS if f != "dots")


@settings(max_examples=120, deadline=None, derandomize=True)
@given(st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)), st.booleans(), st.sampled_from(_WRITTEN), st.sampled_from(CARRIERS))
def test_a_regions_number_in_any_carrier_is_masked(detector: Detector, region: str, fixed: bool, fmt: str, carrier: str) -> None:
    """Numbers of eight digits or more, whatever region, format or carrier. Shorter ones (the
    four- and five-digit numbers of St Helena or Tokelau, seven bare digits with no phone word)
    read as counts too often to be taken without a cue."""
    numbers = examples(region)
    kind, number = numbers[-1] if fixed else numbers[0]
    assume(len(str(number.national_number)) >= 8)
    probe = case(region, kind, number, fmt, carrier)
    (found,) = detector.analyze([probe.text])
    assert not leaked(probe, [(f.start, f.end, f.entity_type) for f in found], _POLICY), (probe.text, found)


@pytest.mark.parametrize("carrier", CARRIERS)
@pytest.mark.parametrize("region", ["GB", "DE", "BR", "IN", "NG", "JP", "AW", "BT"])
def test_each_carrier_masks_the_national_format(detector: Detector, region: str, carrier: str) -> None:
    """The national format of big and small regions (Aruba, Bhutan: seven digits) in every carrier."""
    kind, number = examples(region)[0]
    probe = case(region, kind, number, "national", carrier)
    (found,) = detector.analyze([probe.text])
    assert not leaked(probe, [(f.start, f.end, f.entity_type) for f in found], _POLICY), (probe.text, found)
