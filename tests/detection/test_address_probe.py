"""Postal addresses of 28 Latin-script locales (mimesis), in each country's order, in the carriers
internal tools send and in any case (`address_probe`): their parts do not reach the cloud.
`scripts/probe_addresses.py` measures the same over more addresses and prints where they leak."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import Detector
from privacy_gateway.policy.schema import load_policy
from tests.detection.address_probe import CARRIERS, LOCALES, PARTS, address, case, cases, leaks

_POLICY = load_policy(bundled_policy("default"))


def _recall(detector: Detector, todo: list) -> tuple[Counter[str], Counter[str]]:
    found = detector.analyze([c.text for c in todo])
    total: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for probe, findings in zip(todo, found):
        for part, (verbatim, _, _) in leaks(probe, [(f.start, f.end, f.entity_type) for f in findings], _POLICY).items():
            for key in (part, probe.carrier, probe.casing, "all"):
                total[key] += 1
                kept[key] += not verbatim
    return total, kept


def test_parts_of_one_address_a_locale_in_every_carrier(detector: Detector) -> None:
    """One address of every locale in every carrier and casing: the floors the rules reached
    (the probe's whole run: 97 % of parts), each part and carrier with its own."""
    total, kept = _recall(detector, cases(per_locale=1))
    rate = {key: kept[key] / total[key] for key in total}
    assert rate["all"] >= 0.95, rate
    assert rate["as-is"] >= 0.98, rate
    assert min(rate[p] for p in PARTS if p != "region") >= 0.88, rate
    assert min(rate[c] for c in CARRIERS) >= 0.85, rate


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.sampled_from(LOCALES), st.integers(0, 200), st.sampled_from(("block", "envelope", "json", "csv", "yaml", "kv-log", "bullets")))
def test_an_address_block_as_written_goes_whole(detector: Detector, locale: str, seed: int, carrier: str) -> None:
    """A block or a record cased as written leaves no street, number, unit, postcode, town or country."""
    probe = case(address(locale, seed), carrier, "as-is", turn=seed)
    (found,) = detector.analyze([probe.text])
    result = leaks(probe, [(f.start, f.end, f.entity_type) for f in found], _POLICY)
    assert not [p for p, (verbatim, _, _) in result.items() if verbatim and p != "region"], (probe.text, found)


@pytest.mark.parametrize("casing", ["lower", "upper"])
@pytest.mark.parametrize("locale", ["de", "da", "fi", "is", "nl", "es", "pl", "en-gb"])
def test_a_block_in_one_case_goes_whole(detector: Detector, locale: str, casing: str) -> None:
    """Blocks typed in lower case or in capitals, with their flat and country lines."""
    probe = case(address(locale, 7), "block", casing, turn=0)
    (found,) = detector.analyze([probe.text])
    result = leaks(probe, [(f.start, f.end, f.entity_type) for f in found], _POLICY)
    assert not [p for p, (verbatim, _, _) in result.items() if verbatim], (probe.text, found)
