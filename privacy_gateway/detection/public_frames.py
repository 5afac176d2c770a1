"""Names a frame says are the world's, whichever list misses them: "a short biography of Miriam
Makeba", "quotes by Usain Bolt", "a painting by Tarsila do Amaral", "the first film directed by
Satyajit Ray", "What is Fela Kuti famous for?", "Was Frida Kahlo a better artist than Orhan
Pamuk?", "a toast that references Nelson Mandela", "how did Narendra Modi's premiership end".

A life told, a work by its maker, a figure remembered or ranked against another, a piece that
quotes someone, a state's office held: the words around the name ask what the world knows of the person, and masking it
leaves the cloud a biography of nobody. `names` reads these only in prose with no contact details
that deals with no one, and never where a relation, a team or an address ties the name to the
writer ("a short biography of my colleague …", "… from accounts"). An owner of something is no
subject ("the biography of Marisol's grandmother"); a lone given name is as often family or a
friend ("a poem by Anna") and is left to the other rules.
"""

from __future__ import annotations

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.name_cues import FULL_NAME_PARTICLE, INITIAL

# The capitalised words and particles of a name's run, read outwards from a span the recognizer cut
# short ("Thiong'o" in "the novel by Ngũgĩ wa Thiong'o").
_PARTICLE = rf"(?:{FULL_NAME_PARTICLE}|wa|do|y)"
_RUN_BEFORE = regex.compile(rf"(?:(?<![\p{{L}}'’.-])(?:\p{{Lu}}[\p{{L}}'’-]*|{INITIAL}|{_PARTICLE})[ \t])+$")
_RUN_AFTER = regex.compile(rf"(?:-\p{{L}}+)?(?:[ \t](?:\p{{Lu}}[\p{{L}}'’-]*|{_PARTICLE}(?=[ \t]\p{{Lu}})))*")

_POSSESSIVE_END = regex.compile(r"['’][sS]?$")

# Before the name: a life told, a work by its maker, someone quoted.
# (A speech, a talk, a story or a photo is as often a colleague's, and "the records of" a person
# are someone's file: they are left out.)
_WORKS = r"painting|sculpture|novel|poem|book|song|album|film|movie|documentary|play|symphony|concerto|opera|essay|memoir"
_WORKS_OF = r"works|poetry|music|novels|films|plays|writings|philosophy|teachings|paintings"
_FRAME_BEFORE = regex.compile(
    r"(?i:\b(?:"
    r"(?:short |brief |full |potted )?(?:biography|life story) of|the (?:life|early life|later life|life and (?:times|work|works)) of"
    r"|(?:quotes|quotations|sayings|aphorisms) (?:by|from|of)|(?:a |the |one )?(?:famous |best-known |well-known )?quote (?:by|from)"
    rf"|(?:{_WORKS_OF}) of|(?:works|{_WORKS})s? by"
    r"|(?:directed|painted|composed|sculpted|choreographed|sung) by"
    r"|(?:toast|speech|poem|story|limerick|song|rap|sonnet|riddle|verse)s? that (?:references?|quotes?|alludes? to|nods? to)"
    r"))[ \t]+$"
)
# A figure remembered, asked about: "What is Fela Kuti famous for?", "Why was … so celebrated?" (not
# "Priya Raman is famous for her spreadsheets", a statement about a colleague).
_ASKED_BEFORE = regex.compile(r"\b(?i:is|was|are|were)[ \t]+$")
_FAMOUS_AFTER = regex.compile(r"[ \t]+(?i:(?:best |most |mainly |chiefly |so )?(?:famous|renowned|celebrated|remembered))\b")
# A body of work after the name: "Frida Kahlo's best-known paintings", "Fela Kuti's albums".
_BODY_OF_WORK = (
    r"novels|paintings|albums|films|poems|poetry|discography|filmography|bibliography|legacy|oeuvre|symphonies|operas|"
    r"sculptures|plays"
)
_WORK_AFTER = regex.compile(
    rf"['’]s?[ \t]+(?:(?i:best-known|famous|major|early|late|later|last|first|greatest|collected)[ \t]+)?(?i:{_BODY_OF_WORK})\b"
)
# A state's office held, after the name: "how did Narendra Modi's premiership end", "key votes during
# Jacinda Ardern's presidency", "Olaf Scholz's government". Offices of a state only: a club's or a
# school's ("her tenure as treasurer", "his time as head of year") are anyone's, and an office "of
# our …" or "of the local …" is one's own ("Irene Murphy's presidency of our rowing club"), and so are
# an office held "as" something and the administration "of" an estate or a trust ("… time in office
# as club secretary", "Dariusz Wrona's administration of the trust").
_OFFICE_AFTER = regex.compile(
    r"['’]s?[ \t]+(?:(?i:first|second|third|last|final|early|late|short-lived|disastrous|brief)[ \t]+)?"
    r"(?i:premiership|presidency|chancellorship|papacy|reign|regime|dictatorship|junta|government|administration(?![ \t]+of\b)|cabinet|"
    r"(?:time|term|years)[ \t]+in[ \t]+(?:office|power)|rise[ \t]+to[ \t]+power|fall[ \t]+from[ \t]+power)\b"
    r"(?![ \t]+(?i:of|at|in)[ \t]+(?:our|my|his|her|their|the[ \t]+local|a|an|this)\b|[ \t]+(?i:as)\b)"
)
# Two figures ranked, in the past: "Was Frida Kahlo a better artist than Orhan Pamuk?".
_NAME_RUN = rf"\p{{Lu}}[\p{{L}}'’-]*(?:[ \t](?:(?:{_PARTICLE}|{INITIAL})[ \t]){{0,2}}\p{{Lu}}[\p{{L}}'’-]*)+"
_COMPARISON = regex.compile(
    rf"(?:^|(?<=[.?!:]\s))(?i:was|were)[ \t]+(?P<a>{_NAME_RUN})[ \t]+(?:(?i:a|an)[ \t]+)?"
    rf"(?i:better|greater|worse|more [\p{{Ll}}-]+)(?:[ \t][\p{{Ll}}-]+)?[ \t]+(?i:than)[ \t]+(?P<b>{_NAME_RUN})",
    regex.MULTILINE,
)
# The owner of a thing, not the subject: "the biography of Marisol's grandmother".
_OWNER_AFTER = regex.compile(r"['’]s?[ \t]")


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole run of name words the span is part of."""
    before = _RUN_BEFORE.search(text, max(0, start - 60), start)
    first = before.start() if before else start
    while first < start and (word := text[first:start].split(maxsplit=1)[0]).lower() in STOP_WORDS:
        first += len(word) + 1  # "Was" opening "Was Frida Kahlo a better artist …" is no part of the name
    after = _RUN_AFTER.match(text, end)
    last = after.end() if after else end
    possessive = _POSSESSIVE_END.search(text, first, last)
    return first, possessive.start() if possessive else last


def world_framed(text: str, start: int, end: int) -> bool:
    """Whether the full name at text[start:end] (or the run of name words it is part of) stands where
    a frame asks about the world's person: a life told, a work by its maker, a figure remembered, one
    of two ranked in the past, someone a piece quotes."""
    first, last = _run(text, start, end)
    if len(text[first:last].split()) < 2:
        return False
    origin = max(0, first - 200)
    for m in _COMPARISON.finditer(text[origin : last + 200]):
        if (first - origin, last - origin) in (m.span("a"), m.span("b")):
            return True
    if _FRAME_BEFORE.search(text, max(0, first - 60), first) is not None:
        return _OWNER_AFTER.match(text, last) is None or _WORK_AFTER.match(text, last) is not None
    if _FAMOUS_AFTER.match(text, last) is not None:
        return _ASKED_BEFORE.search(text, max(0, first - 8), first) is not None
    return _WORK_AFTER.match(text, last) is not None or _OFFICE_AFTER.match(text, last) is not None
