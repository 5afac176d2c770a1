"""Numbers reserved for fiction and samples are nobody's; numbers beside them still are."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.phone_fiction import fictional_number
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "value",
    ["+1-555-0100", "(201) 555-0123", "555-0199", "07700 900123", "+44 7700 900456", "020 7946 0018", "01632 960123",
     "028 9649 6123", "0121 496 0000", "(02) 5550 1234", "+61 3 7010 9999"],
)
def test_blocks_kept_for_fiction_are_recognised(value: str) -> None:
    assert fictional_number(value)


@pytest.mark.parametrize(
    "value", ["201-555-0200", "+1 415 555 2671", "555-2368", "07700 123456", "020 7946 1018", "0612345678", "+44 20 7946 1000"]
)
def test_numbers_outside_those_blocks_are_not(value: str) -> None:
    assert not fictional_number(value)


def test_a_sample_number_reaches_the_cloud_and_a_real_one_beside_it_does_not(find: Find) -> None:
    text = "In the help article, show +1-555-0100 as the support line. My own number is (415) 867-2290, keep it out."
    phones = [v for t, v in find(text) if t == "PHONE_NUMBER"]
    assert phones == ["(415) 867-2290"]
