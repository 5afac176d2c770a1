"""Public words: brands, products, games, shows and coinages that no one is named.

A capitalised word the name recognizers cannot place ("My son loves Minecraft", "Netflix or
Hulu?", "switched from Spotify to Tidal") reads as a name or a place to the model and to the guess
from capitals. English text writes these words often, where it writes a private surname rarely:
`data/public_words.txt` (written by `scripts/build-public-words` from wordfreq's frequencies, less
every name and place list) holds the frequent ones, so the rule reads a class of word, not a
corpus's values.
"""

from __future__ import annotations

from functools import lru_cache

import regex

# A word of a span, letters only; a possessive's "s" is left out ("Minecraft's").
_WORDS = regex.compile(r"\p{L}+")
_POSSESSIVE = regex.compile(r"['’]s$")


@lru_cache(maxsize=1)
def _public_words() -> dict[str, bool]:
    """Every word of `data/public_words.txt`, lower case -> whether it is also a word of a listed
    place's name (marked ` @`: "kuala", "samsung")."""
    from privacy_gateway.detection.data_files import data_lines  # read once, here: keeps the import chain short

    return {line.removesuffix("@").strip(): line.endswith("@") for line in data_lines("public_words")}


def public_word(value: str, place: bool = False) -> bool:
    """Whether every word of `value` is a public word: "Minecraft", "Xbox", "Netflix's"; not
    "Minecraft Steve". With `place` (the span was read as a place), none may be a word of a listed
    place's name ("Kuala", "Herzegovina")."""
    words = _WORDS.findall(_POSSESSIVE.sub("", value).lower())
    listed = _public_words()
    return bool(words) and all(w in listed and not (place and listed[w]) for w in words)


@lru_cache(maxsize=1)
def _medicines() -> frozenset[str]:
    """Every medicine of `data/medicines.txt` (hand-written, issue 18, round 30), lower case."""
    from privacy_gateway.detection.data_files import data_lines

    return frozenset(data_lines("medicines"))


def medicine(value: str) -> bool:
    """Whether `value` names a listed medicine, any case: "Ozempic", "METFORMIN", "Wegovy's",
    "Amlodipine Atorvastatin" (a list read as one span), or a medicine with the English words an
    upper-case span swallows ("IS ARIPIPRAZOLE SAFE": "ARIPIPRAZOLE SAFE"), an everyday word, one no
    name list holds, or a pack's variant ("Lemsip Max"). Any other word keeps the span a person's ("Metformin Hill" is no medicine's); the
    list holds no given name or surname (`scripts/build-medicines`)."""
    from privacy_gateway.detection.lexicon import english_word, everyday_word, nameless_word  # here: keeps the import chain short

    words = [w for w in _WORDS.findall(_POSSESSIVE.sub("", value).lower()) if w != "s"]
    listed = _medicines()
    if not words or not any(w in listed for w in words):
        return False
    first = next(i for i, w in enumerate(words) if w in listed)
    return all(w in listed or w in _VARIANTS and i > first or everyday_word(w) or english_word(w) and nameless_word(w) for i, w in enumerate(words))


# The words a medicine's pack adds to its name for a strength, a form or a time of day ("Lemsip
# Max", "Voltarol Forte", "Sudafed Duo", "Nurofen Plus"): "Max" is a given name too, never beside a listed medicine.
_VARIANTS = frozenset("max plus forte extra ultra rapid duo junior night day one hot cold flu pain nasal retard mite xl sr advance express".split())
