"""What kind a text is: technical by code or by plain words."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.text_kind import kind_of, plain_words_only
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Please add a column for allergens to the price list; the rota table still shows last month's shifts.",
        "The booking app logs every request twice and the refund process stalls.",
        "Our menu has an error in the VAT column, and the order form needs two more fields.",
    ],
)
def test_plain_technical_words_make_a_wordy_text(text: str) -> None:
    kind = kind_of(text)
    assert kind.technical and kind.wordy and not kind.coded


@pytest.mark.parametrize(
    "text",
    [
        "Why does `df.groupby` drop the index column of my table?",  # code
        "Django 5.0 raises an error on the migration of this table.",  # a product's version
        "Why is Django called Django? Any other frameworks named after musicians?",  # a tool and a tool's word
        "The kubernetes pod logs every request twice.",  # a tool's word
    ],
)
def test_code_versions_and_tools_keep_a_text_technical(text: str) -> None:
    kind = kind_of(text)
    assert kind.technical and not kind.wordy and kind.coded
    assert not plain_words_only(text)


@pytest.mark.parametrize(
    "text, values",
    [
        pytest.param(
            "Draft a reply to Ignatius Mbeki-Larsen about the invoice; the formula in the spreadsheet column is off by the VAT.",
            ["Ignatius Mbeki-Larsen"],
            id="name-beside-column-and-formula",
        ),
        pytest.param(
            "Please add Orla Quennell to the staff list; she starts in Kettering once the rota table is fixed.",
            ["Orla Quennell", "Kettering"],
            id="name-and-listed-town-beside-list-and-table",
        ),
        pytest.param(
            "The booking app shows the wrong times for Tomasz Wierzbicki's class in Bydgoszcz. Can you draft a short apology?",
            ["Tomasz Wierzbicki", "Bydgoszcz"],
            id="name-and-town-beside-app-and-class",
        ),
    ],
)
def test_names_and_places_in_wordy_prose_are_found(find: Find, text: str, values: list[str]) -> None:
    found = [v for t, v in find(text) if t in ("PERSON", "LOCATION")]
    for value in values:
        assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize(
    "text",
    [
        "Please add a column for allergens to the price list; the rota table still shows last month's shifts.",
        "What's a good process for handling refund requests at a small shop? Our list of returns keeps growing.",
        "Explain the difference between a delivery note and an invoice, and which fields each needs.",
        "Draft a sign for the library: the new version of the membership form is available at the front desk.",
    ],
)
def test_wordy_prose_without_anyone_in_it_is_left_alone(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Compare the Bosch and Makita cordless drills for our tool list; which has the better warranty process?",
        "Add a column to the price list for Lavazza and Illy beans, and mark which ones the app should show as decaf.",
        "Which POS app works best for a small bakery: Square, Toast or Lightspeed? We need a simple menu list and tips.",
    ],
)
def test_brands_in_wordy_prose_stay(find: Find, text: str) -> None:
    """Single capitalised words in a shop's note are mostly brands: only full names and listed
    towns the recognizer tagged count there, as in any technical text."""
    assert find(text) == []
