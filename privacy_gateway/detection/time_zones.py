"""IANA time-zone names: "Asia/Kolkata", "TZ=America/Argentina/Buenos_Aires", "Europe/Berlin".

A zone is named after a region and its largest city; written so, it is a setting, not where
someone is, and the words in it are no one's name ("Asia" is a given name, "Sydney" too). The
zone list is the IANA database as `zoneinfo` has it (the system's, or the `tzdata` package's).
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Iterator

import regex

# "Region/City" or "Region/Country/City", as the database writes them (underscores for spaces).
_ZONE = regex.compile(r"(?<![\w/.-])\p{Lu}[A-Za-z]+(?:/[A-Za-z][\w+-]*){1,2}(?![\w/])")


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def zone_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every listed time-zone name in `text`."""
    if "/" not in text:
        return
    for m in _ZONE.finditer(text):
        if m.group() in _zones():
            yield m.start(), m.end()
