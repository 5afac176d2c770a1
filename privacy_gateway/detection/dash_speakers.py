"""Speakers named before a dash: "KAZEMI — Tell me…", "Anna - 10:02 - on it", "— NOWAK —" on a
line of its own, "- anna: hi" in a chat pasted as a bullet list; and before a chat client's
prompt, "OKAFOR > did the deploy finish?".

Interview notes, court and play transcripts and some chat exports mark who speaks with a dash,
not a colon, and often in capitals or lower case, where the recognizer has no capital to go by.
A dash also ends a list item's head ("Step 1 - install", "Build - green"), so a label counts only
in a run of such lines where a label comes back or the lines carry times, and only when each of
its words may be a name's (`chat_headers.name_word`: a name of the lists, or no English word).
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator

import regex
from spacy.tokens import Doc

from privacy_gateway.detection import lines
from privacy_gateway.detection.chat_headers import name_word
from privacy_gateway.detection.field_keys import entity_for_key
from privacy_gateway.detection.name_cues import CALENDAR_WORDS, NOT_SPEAKERS
from privacy_gateway.detection.software import is_software

_WORDS = r"\p{L}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)?(?:[ \t]\p{L}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)?){0,2}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_SPEECH = r"""[\p{L}\d"“'‘(¿¡]"""  # how speech opens
# "LABEL — speech", "LABEL - 10:02 - speech", "— LABEL —" alone, "- label: speech". A spaced
# hyphen, or an en or em dash, never a word's own hyphen ("Anna-Maria"); speech opens with a
# letter, a quote or a bracket, not a log's next field ("host - - [12/Feb/2025…]").
_DASH_LINE = regex.compile(
    rf"^[ \t>*]*(?:"
    rf"(?P<label>{_WORDS})(?:[ \t]+-|[ \t]*[–—]|[ \t]+(?P<gt>>))(?:[ \t]*(?P<stamp>{_TIME})[ \t]*[-–—])?(?:[ \t]+{_SPEECH}|[ \t]*$)"
    rf"|[-–—][ \t]*(?P<alone>{_WORDS})[ \t]*[-–—][ \t]*$"
    rf"|[-–—•][ \t]*(?P<bullet>{_WORDS}):[ \t]+\S"
    rf")",
    regex.MULTILINE,
)


def _label(m: regex.Match[str]) -> tuple[str, int]:
    for group in ("label", "alone", "bullet"):
        if m.group(group):
            return m.group(group), m.start(group)
    return "", m.start()


def _name_like(label: str) -> bool:
    """Each word may be a name's, in one case or capitalised; no role, field, tool or key."""
    words = label.split()
    if not all(w[0].isupper() for w in words) and not label.islower():
        return False
    if " ".join(words).lower() in NOT_SPEAKERS or any(w.lower() in NOT_SPEAKERS for w in words):
        return False
    from privacy_gateway.detection.places import listed_place  # loaded late: keeps the import chain at eight modules

    # "Paris — day 1 / Rome — day 2 / Paris — day 3": an itinerary's stops, not speakers.
    if is_software(label.lower()) or entity_for_key(label) is not None or listed_place(label):
        return False
    parts = [p for w in words for p in w.split("-")]  # "edge-proxy - - [12/Feb/2025…]" is a log's host
    return all(name_word(p) and not _calendar(p) for p in parts)


def _calendar(word: str) -> bool:
    """A day or month however shortened: "Mon", "TUE", "Sept" head a rota's lines."""
    plain = word.lower().rstrip(".")
    return len(plain) >= 3 and any(c.startswith(plain) for c in CALENDAR_WORDS)


def _runs(text: str) -> Iterator[list[regex.Match[str]]]:
    """Dash-labelled lines at most two lines apart."""
    run: list[regex.Match[str]] = []
    last = -10
    line, counted = 0, 0  # lines counted up to `counted`, each match on from the last, not from 0
    for m in _DASH_LINE.finditer(text):
        line += text.count("\n", counted, m.start())
        counted = m.start()
        if line - last > 2 and run:
            yield run
            run = []
        run.append(m)
        last = line
    if run:
        yield run


def _said(text: str, run: list[regex.Match[str]]) -> bool:
    """Whether lines after "LABEL >" are speech, not a ranking or a menu path ("Messi > Ronaldo",
    "Settings > Privacy > Location"): no second ">", and a line of three words or more."""
    rests = [text[m.end("gt") : lines.line_end(text, m.end("gt"))] for m in run]
    return not any(" >" in r for r in rests) and any(len(r.split()) >= 3 for r in rests)


def dash_speaker_labels(text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
    """The labels of `dash_speakers` as people, for `StructuredValueRecognizer`."""
    for start, end in dash_speakers(text):
        yield start, end, "PERSON"


def dash_speakers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each speaker label of a dash-marked transcript."""
    if "\n" not in text or not any(c in text for c in "—–->"):
        return
    for run in _runs(text):
        labels = [(label.rstrip("."), start) for label, start in map(_label, run)]
        names = [(label, start) for label, start in labels if _name_like(label)]
        counts = Counter(label.lower() for label, _ in names)
        # A name said twice, or times on the lines: a transcript, not a list of heads and items.
        # "OKAFOR > …", a chat client's prompt: a run of such lines each labelled by a name, too.
        chat = all(m.group("gt") for m in run) and len(names) == len(run) and _said(text, run)
        if len(run) < 2 or not names or not (max(counts.values()) >= 2 or any(m.group("stamp") for m in run) or chat):
            continue
        for label, start in names:
            yield start, start + len(label)
