"""Country names in many languages, from the CLDR-derived display names `phonenumbers` ships.

Moved out of `address_parts`, which reads them to tell a country line of an address block.
"""

from __future__ import annotations

import functools
from pathlib import Path


def locale_data() -> dict[str, dict[str, str]]:
    """`phonenumbers.geodata.locale.LOCALE_DATA`, loaded from its file alone: importing it the usual
    way runs `phonenumbers.geodata`'s `__init__`, which loads every prefix's place names (about
    100 MB resident, in every analyzer process) that nothing here reads."""
    import importlib.util

    import phonenumbers

    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", Path(phonenumbers.__file__).parent / "geodata" / "locale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)  # not registered: the package stays unloaded
    spec.loader.exec_module(module)
    data: dict[str, dict[str, str]] = module.LOCALE_DATA
    return data


@functools.cache
def country_names() -> frozenset[str]:
    """Country names in the languages of Europe, lower-cased, from the
    CLDR-derived display names `phonenumbers` ships, plus the short forms people write."""
    names = {"usa", "u.s.a.", "us", "uk", "u.k.", "united states of america", "great britain", "england", "scotland", "wales"}
    for by_language in locale_data().values():
        # The table holds the Nordic, Baltic and South Slavic names of their own countries only ("Norge", "Eesti").
        for language in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs", "hu", "ro", "tr", "id",
                         "nb", "is", "et", "lv", "lt", "sk", "sl", "hr", "az"):
            name = by_language.get(language, "")
            while name.startswith("*"):
                name = by_language.get(name[1:], "")
            if name:
                names.add(name.lower())
    return frozenset(names)


@functools.cache
def country_regions() -> dict[str, str]:
    """Each country's name in every language of the table, lower-cased, to its region code
    ("kenya", "kenia", "quênia" -> "KE"), plus the short forms people write."""
    out = {"usa": "US", "us": "US", "u.s.": "US", "america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
           "england": "GB", "scotland": "GB", "wales": "GB"}
    for region, by_language in locale_data().items():
        for name in by_language.values():
            if not name.startswith("*"):  # "*aa": the same name as another language's
                out.setdefault(name.lower(), region)
    return out


@functools.cache
def english_country_names() -> frozenset[str]:
    """Each country's English name, lower-cased ("kenya", "georgia", "czech republic"), and the
    short forms people write: what a country is called in an English sentence."""
    names = {"usa", "us", "uk", "america", "britain", "great britain", "england", "scotland", "wales", "northern ireland"}
    for by_language in locale_data().values():
        name = by_language.get("en", "")
        while name.startswith("*"):
            name = by_language.get(name[1:], "")
        if name:
            names.add(name.lower())
    return frozenset(names)


# How a country's adjective is written from its name: "Kenyan", "Brazilian", "Philippine",
# "German", "Turkish", "Mexican", "Italian", "Swedish", "Chinese": (suffix taken off, put back).
_ADJECTIVE_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "y"), ("an", "o"), ("n", "y"), ("", "y"), ("", "s"),
                      ("ish", "ey"), ("ish", "en"), ("ish", "land"), ("ese", "a"), ("i", ""), ("i", "istan"))


def region_of(word: str) -> str | None:
    """The region a country's name or adjective names ("Kenya", "kenyan", "Philippine" -> KE, KE, PH)."""
    key = word.lower()
    regions = country_regions()
    if key in regions:
        return regions[key]
    for cut, add in _ADJECTIVE_ENDINGS:
        if key.endswith(cut) and len(key) - len(cut) >= 3 and (stem := key[: len(key) - len(cut)] + add) in regions:
            return regions[stem]
    return None
