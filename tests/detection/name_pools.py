"""Word pools the one-case property tests draw from: world names that no English word, tool or
census name of the other kind shares, and English words that are no census name."""

from __future__ import annotations

from privacy_gateway.detection.lexicon import english_form, english_words, world_first_names, world_last_names
from privacy_gateway.detection.lexicon import first_names as census_first_names, last_names as census_last_names
from privacy_gateway.detection.software import is_software


def _foreign(words: frozenset[str]) -> list[str]:
    return sorted(w for w in words if w.isalpha() and len(w) >= 4 and not english_form(w) and not is_software(w))


GIVEN_NAMES = _foreign(world_first_names() - census_last_names())[:4000:7]
FAMILY_NAMES = _foreign(world_last_names() - census_first_names())[:4000:7]
ENGLISH_NOT_NAMES = sorted(w for w in english_words() if w.isalpha() and len(w) >= 3 and w not in census_first_names() and w not in census_last_names())
