"""Well-known places (countries, big cities, towns), kept as written in questions about the world.

"Is Seville or Granada better for three days in March?" and "Is Lagos bigger than Cairo?" ask
about the world, and masking the cities ruins the answer. The list ships as `data/places.txt`
(GeoNames, CC BY 4.0, written by scripts/build-places), towns of 15,000 or more as `data/towns.txt`,
kept only where placed as places ("in Colmar"). A listed name is only public where the
text around it makes it so (`TextKind.public_places`): no dealing, no one's home, no contact data.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from importlib.resources import files

import regex

from privacy_gateway.detection.data_files import data_lines
from privacy_gateway.detection.lexicon import first_names, last_names
from privacy_gateway.detection.name_spans import person_context


@lru_cache(maxsize=2)
def _listed(name: str = "places") -> frozenset[str]:
    return frozenset(data_lines(name))


def fold_place(value: str) -> str:
    """`value` lower-cased with its accents dropped, other letters kept ("Hyvinkää" → "hyvinkaa", "Łódź" → "łodz")."""
    if value.isascii():
        return value.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)).lower()


def _key(value: str) -> str:
    """How the lists spell `value`: one space between words, lower case, no accents."""
    return fold_place(" ".join(value.split()))


def listed_place(value: str) -> bool:
    """Whether `value` (any case, accents or not) is a listed country, continent, state or city."""
    return _key(value) in _listed()


def known_place(value: str) -> bool:
    """Whether `value` is a listed place or town, whoever else is so named."""
    key = _key(value)
    return key in _listed() or key in _listed("towns")


@lru_cache(maxsize=1)
def small_places() -> frozenset[str]:
    """Every place of `data/small_places.tsv.gz` (towns of 1,000 people or more, districts and
    regions: `small_places`), case and accents folded."""
    raw = files("privacy_gateway.detection").joinpath("data/small_places.tsv.gz").read_bytes()
    return frozenset(fold_place(line.split("\t", 1)[0].replace("’", "'")) for line in gzip.decompress(raw).decode("utf-8").splitlines())


def _listed_town(key: str) -> bool:
    """Whether `key` is a listed town of 15,000 to 100,000 people (`data/towns.txt`) and no one's
    first or last name."""
    return key in _listed("towns") and key not in first_names() and key not in last_names()


# Before a place, or between two ("Seville or Granada", "bigger than Cairo", "from Porto to"), or
# opening an item of a list of them ("Must-sees so far:\n• Hội An").
_PLACE_BEFORE = regex.compile(
    r"(?i:\b(?:in|to|from|near|around|across|via|visit|visiting|see|of|between|or|and|than|vs\.?|versus)[ \t]+(?:the[ \t]+)?)$"
    r"|(?:^|\n)[ \t]*(?:[•*\-–]|\d{1,2}[.)])[ \t]*$"
)
_PLACE_AFTER = regex.compile(r"(?i:^[ \t]+(?:or|and|than|vs\.?|versus|compared|bigger|smaller|larger|older|better|worth)\b)")


# A capitalised word just before "in"/"from"/"at": "a parcel from Ann Lee in Cairo" is Ann Lee's Cairo.
_SOMEONE_IN = regex.compile(r"\p{Lu}\p{Ll}+,?[ \t]+(?:in|from|at|of|near)[ \t]+$")


def public_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a listed place used as one: not addressed or named as a person,
    not someone's ("Ann Lee in Cairo"), and, where people are also called so (Florence, Victoria), placed as a place ("in Florence",
    "Florence or Siena")."""
    value = text[start:end]
    before = text[max(0, start - 30) : start]
    key = _key(value)
    city = key in _listed()  # `listed_place`, the value already folded
    if not (city or _listed_town(key)) or person_context(text, start, end) or _SOMEONE_IN.search(before):
        return False
    if city and (" " in value.strip() or fold_place(value) not in first_names()):
        return True
    # A name people are also called, or a town less known than a city: only where placed as a place.
    return bool(_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text[end : end + 30]))
