"""A round number is read in the groups it is written in (`phone_plans.round_number`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.phone_plans import placeholder_number, round_number


@pytest.mark.parametrize("value", ["10000000", "16 000 000", "99999999", "555-5555", "020 1000 0000", "+44 20 7000 00000", "1 234 99999 x12"])
def test_round_numbers_and_masks(value: str) -> None:
    assert round_number(value)


@pytest.mark.parametrize("value", ["(11) 2000-0009", "0800 700 0001", "(11) 2688-8882", "030 9000 0123", "2000-0009 x100000"])
def test_runs_that_only_cross_a_group_edge_are_the_numbers_own(value: str) -> None:
    assert not round_number(value)


@pytest.mark.parametrize("value", ["(00) 00000-0000", "010-0000-0000", "0900 000 000", "03-0000-0000", "000.000.000-00"])
def test_zero_filled_masks_are_placeholders(value: str) -> None:
    assert placeholder_number(value)


# The ranges reserved for fiction are written as real people's numbers in corpora and tests.
@pytest.mark.parametrize("value", ["+44 20 7946 0958", "07700 900123", "030 12345678", "(415) 555-0132", "+1-555-0100", "0612 000 100"])
def test_real_shaped_numbers_and_numbers_for_fiction_are_not_placeholders(value: str) -> None:
    assert not placeholder_number(value)
