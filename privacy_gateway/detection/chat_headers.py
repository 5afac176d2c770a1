"""Who wrote each message of a chat export: the header line above it.

Slack, Teams, Discord, Telegram, Google Chat and Mattermost print a message under a line that holds
only its author and a time ("Grace Whitaker  10:42 AM", "[14/03/2025 09:12] Okonjo, Adaeze",
"joy castellanos — Today at 8:20 PM", "ROSE ADEBAYO, [14.03.25 10:02]"). The line's shape says
a person's name stands there, whatever its case: two such lines or more make an export, and a
header's name is read as a name when every word of it is a name of the lists or no English word
(an agenda's "09:30 Keynote", a log's "[10:02] ERROR" or a timetable's "Leeds 09:12" name no one).
"""

from __future__ import annotations

from typing import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import ascii_fold, english_form, listed_family, listed_given, listed_names
from privacy_gateway.detection.name_cues import CALENDAR_WORDS, NOT_SPEAKERS, SERVICE_ACCOUNTS
from privacy_gateway.detection.software import is_software

_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = r"(?:\d{1,4}[./\-]\d{1,2}(?:[./\-]\d{2,4})?|\p{L}{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)"
_DAY = r"(?i:today|yesterday)(?:[ \t]+at)?"
# A message's time, with its date or day: "10:42 AM", "3/14 9:12 AM", "[14.03.25 10:02]", "Today at 8:14 PM".
STAMP = rf"[\[(]?(?:(?:{_DATE}|{_DAY}),?[ \t]+(?:at[ \t]+)?)?{_TIME}[\])]?"
_NAME = r"(?P<n>\p{L}[\p{L}'’.\-]*(?:,?[ \t]\p{L}[\p{L}'’.\-]*){0,3})"
_SEP = r"(?:[ \t]*[,|\-–—•·][ \t]*|[ \t]+)"
_COMMA_PARTS = regex.compile(r"[^,]+")
_HEADER = regex.compile(rf"(?m)^[ \t>*]*(?:{STAMP}{_SEP}{_NAME}|{_NAME}{_SEP}{STAMP})[ \t]*:?[ \t]*$", regex.VERSION1)


def name_word(word: str) -> bool:
    """A word a name may hold: a name of the lists (English words too: "Grace", "WILL"), or no
    English word and no stop word, month, tool or account."""
    plain = ascii_fold(word.lower()).strip(".")
    if len(plain) < 2 or plain in CALENDAR_WORDS or plain in SERVICE_ACCOUNTS or plain in NOT_SPEAKERS or is_software(plain):
        return False
    if plain in listed_names():
        return True
    return plain not in STOP_WORDS and not english_form(plain) and len(plain) >= 3


def header_names(text: str) -> Iterator[tuple[int, int]]:
    """The author of each message header of a chat export: (start, end) of each part of the name
    ("Okonjo" and "Adaeze" in "Okonjo, Adaeze")."""
    if "\n" not in text or not any(c.isdigit() for c in text):
        return
    headers = [m for m in _HEADER.finditer(text) if display_name(m.group("n"))]
    if len(headers) < 2:
        return
    for m in headers:
        start = m.start("n")
        for part in _COMMA_PARTS.finditer(m.group("n")):
            s, e = start + part.start(), start + part.end()
            while s < e and text[s] in " \t":
                s += 1
            yield s, e


def display_name(name: str) -> bool:
    """Whether a chat's author `name` is a person's: every word a name word, not a timetable's place."""
    from privacy_gateway.detection.places import known_place  # imported here: keeps the import chain short

    words = name.replace(",", " ").split()
    if any(not name_word(w) for w in words):
        return False
    # A timetable's stop ("Leeds 09:12", "London Euston 10:42"): a place first that is no given name.
    if known_place(words[0]) and ascii_fold(words[0].lower()) not in listed_given():
        return False
    plain = [ascii_fold(w.lower()).strip(".") for w in words]
    listed = [w in listed_given() or w in listed_family() for w in plain]
    # One word: a name of the lists that is no English word ("Adaeze"; not "Will", nor an unlisted
    # "standup"). More: one of them a name of the lists ("Grace Whitaker", "hope tanaka").
    if len(words) == 1:
        return listed[0] and not english_form(plain[0])
    return any(listed)
