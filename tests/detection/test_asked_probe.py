"""The round-33 probe of people asked about at work, at school and in technical prompts
(`asked_probe`, run by `scripts/probe_asked.py`): its check half stays apart from what was tuned."""

from __future__ import annotations

import pytest

from tests.detection.asked_probe import FAMILIES, LOCALES, cases, leaked


def test_the_halves_share_no_template_and_no_locale() -> None:
    assert not set(LOCALES["tune"]) & set(LOCALES["check"])
    for family, halves in FAMILIES.items():
        assert not set(halves["tune"]) & set(halves["check"]), family
        assert all("{p}" in template for half in halves.values() for template in half), family


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_person_stands_in_the_text_and_leaks_until_masked(family: str) -> None:
    probes = cases(family, "check", locales=("en_GB",))
    assert len(probes) >= len(FAMILIES[family]["check"]) * 2
    for probe in probes:
        for person in probe.people:
            assert person in probe.text
            start = probe.text.index(person)
            assert leaked(probe, person, [])
            assert not leaked(probe, person, [(start, start + len(person))])
