"""Speakers of captions and subtitles: SRT and WebVTT cues, Teams' and Zoom's transcripts.

A caption file is a run of cues: an index line, a timing line (`00:00:01,000 --> 00:00:03,200`,
Teams' `0:00:14.220 --> 0:00:19.100`), then the cue's text. Who speaks is marked in positions only
a speaker takes: a tag opening a cue's line (`[THIAGO] Are we recording?`, `(Siobhán) Yes.`,
`>> FATOU: go ahead`), a WebVTT voice tag (`<v Park Ji-won>`), and in Teams' export the name alone
on each cue's first line above what was said. The position decides, so a name there is read in
any case and script whether or not a list has it; what stands there and is no one is told by its
words: a sound (`[MUSIC]`, `[APPLAUSE]`), a role (`[NARRATOR]`, `<v Interviewer>`), a numbered
speaker (`[SPEAKER 1]`), a log's level (`[INFO]`) — English words no census has as a given name
or a frequent surname, role words, digits.
"""

from __future__ import annotations

from typing import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from privacy_gateway.detection.lexicon import ascii_fold, english_form, first_names, frequent_names, listed_family, listed_given, listed_names
from privacy_gateway.detection.name_cues import CALENDAR_WORDS, CAPTION_PARTICLES, NOT_SPEAKERS
from privacy_gateway.detection.software import is_software, technology

_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_COMMA_PARTS = regex.compile(r"[^,]+")
_TIMING = regex.compile(rf"(?m)^[ \t]*{_STAMP}[ \t]*-->[ \t]*{_STAMP}[^\n]*$")
_LABEL = r"[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,40}?"
# A speaker's tag opening a caption's line: "[THIAGO] …", "(Siobhán) …", ">> FATOU: …", "- Ana: …";
# a bracketed tag may stand alone on its line above the words.
_TAG = regex.compile(
    rf"^[ \t]*(?:>>+[ \t]*|-[ \t]+)?(?:\[[ \t]*(?P<tag>{_LABEL})[ \t]*\]|\([ \t]*(?P<tag>{_LABEL})[ \t]*\)|(?P<tag>{_LABEL})[ \t]*:(?=[ \t]))"
    r"[ \t]*(?P<rest>[^\n]*)$",
    regex.MULTILINE | regex.VERSION1,
)
# The closed captions' change of speaker, ">>", before a tag: a caption even with no timing line.
_MARKED = regex.compile(rf"(?m)^[ \t]*>>[ \t]*(?:\[[ \t]*(?P<tag>{_LABEL})[ \t]*\]|\([ \t]*(?P<tag>{_LABEL})[ \t]*\))[ \t]*\S", regex.VERSION1)
# WebVTT's voice span: "<v Park Ji-won>…", "<v.loud Esme>…".
_VOICE = regex.compile(r"<v(?:\.[\w.\-]+)*[ \t]+(?P<tag>[^<>\n]{1,60}?)[ \t]*>")
# A cue's first line holding only a name: "Park Ji-won", "Raghavan, Priyanka (Guest)".
_NAME_LINE = regex.compile(r"[ \t]*(?P<tag>[\p{L}\p{M}][\p{L}\p{M}'’.\-]*(?:,?[ \t]+[\p{L}\p{M}][\p{L}\p{M}'’.\-]*){0,4})(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*")
_PARTICLES = CAPTION_PARTICLES
# Sounds, manners and screenplay marks the caption style guides bracket (DCMP Captioning Key, BBC
# Subtitle Guidelines) whose word is also a census given name or frequent surname, or no English
# word; the other sounds are English words no census has so ("[MUSIC]", "[APPLAUSE]").
_SOUNDS = frozenset("bell bells horn king man men woman women boy girl crowd all both together chorus french english cont'd contd".split())
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*")  # a name's word: "v.o" (voice-over) is none


# A news script's or an edit's lower third, the caption over who speaks: its name, role and town,
# in brackets or opening a line ("[SOTTOPANCIA: Arbër Hoxha, pescatore, Montalcino]", "LOWER THIRD:
# Dara Quigley, shop owner, Ennis", "ASTON: …", "Bauchbinde: …").
_LOWER_THIRD = regex.compile(
    r"(?:\[[ \t]*|^[ \t]*)(?i:lower[ \t]+third|l3|super|name[ \t]+super|aston|chyron|cg|sottopancia|bauchbinde|"
    r"r[óo]tulo|synth[ée]|incrustation|sotto[ \t]*titolo[ \t]+nome)[ \t]*:[ \t]*"
    r"(?P<name>[^,\]\n]{2,40}?)[ \t]*(?:,[ \t]*(?P<role>[^,\]\n]{1,40}?)[ \t]*(?:,[ \t]*(?P<place>[^,\]\n]{2,40}?)[ \t]*)?)?(?:\]|$)",
    regex.MULTILINE,
)


def caption_speaker_labels(text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
    """The speakers of `caption_speakers` as people, for `StructuredValueRecognizer`; and the name and
    town of a lower third (`_LOWER_THIRD`)."""
    for start, end in caption_speakers(text):
        yield start, end, "PERSON"
    if ":" in text:
        for m in _LOWER_THIRD.finditer(text):
            if speaker_name(m.group("name")):
                yield m.start("name"), m.end("name"), "PERSON"
                if m.group("place") and m.group("place")[:1].isupper():  # the third part: where the speaker is from
                    yield m.start("place"), m.end("place"), "LOCATION"


def caption_speakers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each speaker's name a caption file marks."""
    if "<v" in text:
        for m in _VOICE.finditer(text):
            yield from _named(m, "tag")
    if "\n" not in text:
        return
    if ">>" in text:
        for m in _MARKED.finditer(text):
            yield from _named(m, "tag")
    if "-->" not in text:
        return
    cues = list(_cues(text))
    for start, end in cues:
        for m in _TAG.finditer(text, start, end):
            # A bracketed tag alone on its line names who says the next line; a colon's needs words after it.
            if m.group("rest").strip() or (text[m.start("tag") - 1] in "[(" and m.end() < end):
                yield from _named(m, "tag")
    yield from _name_lines(text, cues)


def _cues(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each cue's text: the lines after a timing line, up to a blank line."""
    for m in _TIMING.finditer(text):
        start = m.end() + 1
        blank = regex.compile(r"\n[ \t]*(?:\n|$)").search(text, m.end())
        end = blank.start() if blank else len(text)
        if start < end:
            yield start, end


def _name_lines(text: str, cues: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Teams' transcript: each cue opens with its speaker's name alone on a line. Read so when two
    cues or more are of name and words, and the names are most of the cues' first lines (a
    subtitle's first line holds words: "and then we")."""
    firsts = []
    for start, end in cues:
        newline = text.find("\n", start, end)
        if newline < 0:
            continue  # a cue of one line: a name needs words below it
        m = _NAME_LINE.fullmatch(text, start, newline)
        if m is None:
            return  # a cue opened by a sentence: no transcript of names
        firsts.append(m)
    names = [m for m in firsts if speaker_name(m.group("tag"))]
    if len(names) < 2 or 2 * len(names) < len(firsts):
        return
    for m in names:
        yield from _parts(m.start("tag"), m.group("tag"))


def _named(m: regex.Match[str], group: str) -> Iterator[tuple[int, int]]:
    label = m.group(group)
    if label and speaker_name(label):
        yield from _parts(m.start(group), label)


def _parts(start: int, label: str) -> Iterator[tuple[int, int]]:
    """The name, or each side of "Surname, Given"."""
    for part in _COMMA_PARTS.finditer(label):
        s, e = start + part.start(), start + part.end()
        while s < e and label[s - start] in " \t":
            s += 1
        while e > s and label[e - start - 1] in " \t.":
            e -= 1
        if e > s:
            yield s, e


def speaker_name(label: str) -> bool:
    """Whether a label where a speaker stands names someone: no digit, role, sound, tool or place;
    its words capitalised, or all in one case; one word at least no English word or a census
    given name ("THIAGO", "Park Ji-won", "GRACE"; alone, a frequent surname too: "MOSS"), the
    others names of the lists or particles ("Joris van der Linden"; not "Good morning")."""
    words = label.replace(",", " ").split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in label):
        return False
    plain = [(ascii_fold(w.lower()) or w.lower()).strip(".'’-") for w in words]
    keys = [p.replace("'", "").replace("’", "") for p in plain]  # as the lists hold "O'Brien": "obrien"
    if " ".join(plain) in NOT_SPEAKERS or any(p in NOT_SPEAKERS or p in _SOUNDS or p in CALENDAR_WORDS for p in plain):
        return False
    if len(words) == 1 and _place(label):
        return False
    names = [(w, p, k) for w, p, k in zip(words, plain, keys) if not (p in _PARTICLES and len(words) > 1)]
    if not label.islower() and any(w[0].islower() for w, _, _ in names):
        return False  # a phrase in sentence case: "Good morning", "Thank you"
    strong = 0
    for _, p, k in names:
        if not _WORD.fullmatch(p) or p in STOP_WORDS or (is_software(k) and not _named_too(k)):
            return False
        if _strong(k, alone=len(names) == 1):
            strong += 1
        elif k not in listed_given() and k not in listed_family():
            return False
    return strong > 0


def _strong(plain: str, alone: bool) -> bool:
    """A word that reads as a name where a speaker stands: no English word, or a census given name
    ("grace"), or alone a frequent census surname ("park", "moss")."""
    if len(plain) < 2 and plain.isascii():
        return False
    return not english_form(plain) or plain in first_names() or alone and plain in frequent_names()[1]


def _named_too(plain: str) -> bool:
    """A tool's name that is also someone's ("rasa", "kafka"): a name of the lists, or marked so."""
    return plain in listed_names() or technology(plain) is True


def _place(label: str) -> bool:
    """A listed place no list has as a given name: "[PARIS]" over a scene, not a speaker."""
    from privacy_gateway.detection.places import listed_place  # loaded late: keeps the import chain short

    return listed_place(label) and ascii_fold(label.lower()) not in listed_given()
