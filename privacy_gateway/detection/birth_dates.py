"""A date in brackets or between commas right after a person's name: their date of birth ("My
mother Justina Kazlauskienė (11/08/1940) has been waiting …", "Olek Wiśniewski (03.02.1987), Flat
2", "Jana Novák, 04/02/1987, Praha", "Nour Haddad (member, 31/05/1966)").

Letters, complaints, referrals and case notes write someone's date of birth so, with no label
before it; the labelled forms ("DOB", "geb.", "né le") are `labelled_ids`'. A whole date, day,
month and year, sixteen years back or more: a meeting's or a deadline's date after a name
("Call with Anna Berg (12/03/2026)") is recent, and a year alone is a citation ("Tuckman (1965)").

So is the first of a person's life dates, whole dates of birth and of death, as a death notice, an
order of service or a headstone writes them under or after the name ("In loving memory of Callum
Birch\n12 May 1936 – 3 March 2025", "Kai-Uwe Fiedler\n* 14. März 1937 † 2. März 2025"): there
the date of birth follows the name at any age. The famous are no person found, so their life dates
are not read.
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
# Life dates after the name, on its line or the next: a birth's star or "b." may open them, a dash or
# a death's cross parts them.
_LIFE = regex.compile(
    rf"[ \t]*(?:\([ \t]*|,[ \t]*|\n[ \t]*)?(?:[*✱][ \t]*|(?i:b\.)[ \t]*)?(?P<date>{DATE})[ \t]*(?:[–—\-]{{1,2}}|[†✝+])[ \t]*(?:[†✝+]|(?i:d\.))?[ \t]*(?P<death>{DATE})"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_ADULT = 16  # years back a birth date is from, at the least: no meeting is planned so far off


def with_birth_dates(text: str, found: list[Finding], today: datetime.date | None = None) -> list[Finding]:
    """`found` with a DATE_OF_BIRTH finding for each whole date in brackets, or between commas, right
    after a person found, and for the first of a person's life dates."""
    this_year = (today or datetime.date.today()).year
    added: list[Finding] = []
    misread: list[Finding] = []
    for f in found:
        if f.entity_type != "PERSON":
            continue
        if (life := _LIFE.match(text, f.end)) is not None:
            # Dead by now, a lifetime after birth: a meeting's or a contract's dates after a name are
            # a year or a few apart; a birth's star or a death's cross says so at any age.
            born, died = _YEAR.findall(life.group("date")), _YEAR.findall(life.group("death"))
            marked = any(mark in life.group() for mark in "*✱†✝")
            if not born or not died or not int(born[-1]) + (0 if marked else _ADULT) <= int(died[-1]) <= this_year:
                continue
            inside = [g for g in found if g.start < life.end("date") and life.start("date") < g.end]
            if any(g.entity_type not in ("PERSON", "LOCATION") or not (life.start("date") <= g.start and g.end <= life.end("date")) for g in inside):
                continue  # read as something already
            misread += inside  # "März" read as a place or a name inside the date
            added.append(Finding(life.start("date"), life.end("date"), "DATE_OF_BIRTH", 0.85))
            continue
        m = _BRACKETED.match(text, f.end) or _AFTER_COMMA.match(text, f.end)
        years = _YEAR.findall(m.group("date")) if m is not None else []
        if m is None or not years or int(years[-1]) > this_year - _ADULT:
            continue
        if any(g.start < m.end("date") and m.start("date") < g.end for g in found):
            continue  # read as something already
        added.append(Finding(m.start("date"), m.end("date"), "DATE_OF_BIRTH", 0.85))
    if not added:
        return found
    return [g for g in found if g not in misread] + added
