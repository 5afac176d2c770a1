"""A date in brackets or between commas right after a person's name: their date of birth ("My
mother Justina Kazlauskienė (11/08/1940) has been waiting …", "Olek Wiśniewski (03.02.1987), Flat
2", "Jana Novák, 04/02/1987, Praha", "Nour Haddad (member, 31/05/1966)").

Letters, complaints, referrals and case notes write someone's date of birth so, with no label
before it; the labelled forms ("DOB", "geb.", "né le") are `labelled_ids`'. A whole date, day,
month and year, sixteen years back or more: a meeting's or a deadline's date after a name
("Call with Anna Berg (12/03/2026)") is recent, and a year alone is a citation ("Tuckman (1965)").
"""

from __future__ import annotations

import datetime

import regex

from privacy_gateway.detection.dates import DATE
from privacy_gateway.detection.findings import Finding

# A role of a word or two may come first in the brackets: "Nour Haddad (member, 31/05/1966)".
_BRACKETED = regex.compile(rf"[ \t]*\([ \t]*(?:\p{{L}}[\p{{L}}\-]*(?:[ \t]+\p{{L}}[\p{{L}}\-]*)?[ \t]*,[ \t]*)?(?P<date>{DATE})[ \t]*\)")
# The same set off by commas, as lists and records write it: "Jana Novák, 04/02/1987, Praha".
_AFTER_COMMA = regex.compile(rf",[ \t]*(?P<date>{DATE})(?=[ \t]*(?:[,;)\n]|$))")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_ADULT = 16  # years back a birth date is from, at the least: no meeting is planned so far off


def with_birth_dates(text: str, found: list[Finding], today: datetime.date | None = None) -> list[Finding]:
    """`found` with a DATE_OF_BIRTH finding for each whole date in brackets, or between commas, right after a person found."""
    this_year = (today or datetime.date.today()).year
    added = []
    for f in found:
        if f.entity_type != "PERSON" or (m := _BRACKETED.match(text, f.end) or _AFTER_COMMA.match(text, f.end)) is None:
            continue
        years = _YEAR.findall(m.group("date"))
        if not years or int(years[-1]) > this_year - _ADULT:
            continue
        if any(g.start < m.end("date") and m.start("date") < g.end for g in found):
            continue  # read as something already
        added.append(Finding(m.start("date"), m.end("date"), "DATE_OF_BIRTH", 0.85))
    return found + added if added else found
