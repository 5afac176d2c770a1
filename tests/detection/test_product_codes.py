"""Products by their model codes and the items of an order reach the cloud as written (precision);
a person before a time or a place before its postcode still counts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.product_codes import numbered_word, product_item
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Stock check: 48 x Samsung Galaxy A54, 12 x iPhone 15 Pro, 30 x Pixel 8. Which should we reorder first?",
        "Customer asked for a refund on Order 55501234 because the Dyson V15 was the wrong colour. Draft a reply.",
    ],
)
def test_products_and_order_lines_stay(find: Find, text: str) -> None:
    assert [v for e, v in find(text) if e in ("PERSON", "LOCATION")] == []


def test_a_person_before_a_time_is_still_masked(find: Find) -> None:
    assert ("PERSON", "Ingrid Larsson") in find("Please ring Ingrid Larsson 3PM tomorrow about the refund.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Please send the form to my flat in London SW1, I moved there in May.", ("LOCATION", "London")),
        ("I live in Manchester M1 and my sister is in Leeds LS2.", ("LOCATION", "Leeds")),
        ("Ring Priya Raman B12 ward tomorrow about her discharge.", ("PERSON", "Priya Raman")),
    ],
)
def test_a_code_after_a_place_or_a_full_name_keeps_it_personal(find: Find, text: str, found: tuple[str, str]) -> None:
    """A postcode district after a town, a ward or desk after a full name: no model code."""
    assert found in find(text)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("12 x iPhone 15 Pro", 5, 11, True),
        ("the Dyson V15 was", 4, 9, True),
        ("iPhone 15 Pro", 10, 13, True),
        ("40 cartons of Nitrile Gloves", 14, 28, True),
        ("Call Maria 3pm", 5, 10, False),
        ("Call Maria 3PM", 5, 10, False),
        ("Leeds LS1 4AP", 0, 5, False),
        ("Give Tom 5 minutes", 5, 8, False),
        ("Post it to Anna Berg 4B on the second floor", 11, 20, False),
        ("Post it to Anna Berg B4 on the second floor", 11, 20, False),
    ],
)
def test_product_item(text: str, start: int, end: int, expected: bool) -> None:
    assert product_item(text, start, end) is expected


def test_a_code_after_a_place_is_its_postcode_district() -> None:
    assert not product_item("in London SW1", 3, 9, "LOCATION")
    assert not product_item("Dublin D02 X285", 0, 6, "LOCATION")


def test_a_census_name_before_a_number_is_no_numbered_word() -> None:
    assert numbered_word("Order 55501234", 0, 5)
    assert not numbered_word("Baker 4471", 0, 5)


@settings(max_examples=60, deadline=None)
@given(hour=st.integers(min_value=1, max_value=12), suffix=st.sampled_from(["am", "pm", "AM", "PM", " am", " pm"]))
def test_a_time_after_a_name_is_no_model_code(hour: int, suffix: str) -> None:
    text = f"Call Maria {hour}{suffix} today"
    assert not product_item(text, 5, 10)
