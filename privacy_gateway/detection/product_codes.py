"""Products and the items of an order, which the recognizer reads as people and places: "Samsung
Galaxy A54", "Dyson V15", "iPhone 15 Pro", "48 x Pixel 8", "250 units of Item 88-2291".

A product's name runs into its model code (letters and digits together, or a number and an edition
word), and an order's line counts its items ("12 x", "40 cartons of"); nobody's name is written so.
A place before a postcode ("Leeds LS1 4AP") is still a place: its code has an inward part after it.
"""

from __future__ import annotations

import regex

from privacy_gateway.detection.lexicon import ascii_fold, common_word, world_first_names

# A model code right after a name: letters then digits ("V15", "A54", "R6"), or a number and an
# edition word ("15 Pro", "8 Plus"). Not digits then letters: after a name those are a flat or a
# room ("4B", "12A") as often as a model ("3S"). Not an outward postcode before its inward part ("LS1 4AP").
_EDITIONS = r"Pro|Max|Plus|Ultra|Mini|Lite|SE|XL|XS|Edition"
_MODEL_AFTER = regex.compile(
    rf"[ \t]+(?:[A-Z]{{1,3}}\d{{1,4}}[A-Za-z]?(?![\w-])(?![ \t]+\d[A-Z]{{2}}\b)"
    rf"|\d{{1,4}}[ \t]+(?:{_EDITIONS})\b)"
)
# An edition word found alone after its number: "iPhone 15 Pro" tagged "Pro".
_EDITION = regex.compile(rf"(?:{_EDITIONS})")
_NUMBER_BEFORE = regex.compile(r"\d[ \t]+$")
# An order line's count before an item: "48 x", "12x", "3 ×", "40 cartons of", "250 units of".
_COUNT_BEFORE = regex.compile(
    r"(?<![\w.,])\d{1,6}[ \t]*(?:[x×]|(?:pcs|pieces|units?|cartons?|boxes|packs?|cases?|pallets?|bottles?|bags?|rolls?|crates?|tins?|cans?)[ \t]+of)[ \t]+$",
    regex.IGNORECASE,
)


def product_item(text: str, start: int, end: int, entity_type: str = "PERSON") -> bool:
    """Whether text[start:end] names a product or an item of an order, by the count of an order line
    before it or, for a span read as a person with no listed given name, its model code after it.

    A code after a place is its postcode district ("London SW1", "Dublin D02"), and after a full name
    opened by a given name a ward, a room or a desk ("Priya Raman B12"): those stay personal. One
    word before a code stays a brand's ("Dyson V15"), given name or not."""
    before = text[max(0, start - 24) : start]
    if _COUNT_BEFORE.search(before) is not None:
        return True
    if _EDITION.fullmatch(text, start, end) is not None and _NUMBER_BEFORE.search(before) is not None:
        return True
    words = text[start:end].split()
    if entity_type != "PERSON" or len(words) > 1 and ascii_fold(words[0].lower()) in world_first_names():
        return False
    return _MODEL_AFTER.match(text, end) is not None


# A number or reference after a word: "Order 55501234", "Item #88-2291", "Invoice 4471".
_NUMBER_AFTER = regex.compile(r"[ \t]+(?:#|No\.?[ \t]*)?\d[\d-]*\b")


def numbered_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one English word that is nobody's name in the census, before the
    number it counts ("Order 55501234", "Item 88-2291"): a thing's number, not a person."""
    value = text[start:end]
    return value.isalpha() and common_word(value) and _NUMBER_AFTER.match(text, end) is not None
