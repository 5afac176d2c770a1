"""A round number is read in the groups it is written in (`phone_plans.round_number`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.phone_plans import round_number


@pytest.mark.parametrize("value", ["10000000", "16 000 000", "99999999", "555-5555", "020 1000 0000", "+44 20 7000 00000", "1 234 99999 x12"])
def test_round_numbers_and_masks(value: str) -> None:
    assert round_number(value)


@pytest.mark.parametrize("value", ["(11) 2000-0009", "0800 700 0001", "(11) 2688-8882", "030 9000 0123", "2000-0009 x100000"])
def test_runs_that_only_cross_a_group_edge_are_the_numbers_own(value: str) -> None:
    assert not round_number(value)
