"""People of the asker's own circle, named beside a question about the world.

A question about a public figure, a match or a book is read as one about the world, where names
are left as written (`text_kind`, `names`). Why it is asked or for whom often names someone the
asker knows, in a slot the world's people do not take:

- with the asker: "Me and Dana Kowalczyk can't agree", "Dana Kowalczyk and I have a bet on it";
- in the asker's disagreement or bet: "Been arguing about it with Dana Kowalczyk", "I'm having a
  bet with …";
- giving an opinion on the question, now: "Dana Kowalczyk reckons forty", "… says no";
- whose task or occasion the answer is for: "for Dana Kowalczyk's history homework", "at …'s dinner
  party";
- in an occasion's role: "(quizmaster: Dana Kowalczyk)", "Host: …".

Public figures are talked about in these prompts, not talked with: their opinions are asked about
("What does Chomsky say about …"), in the past ("Churchill said …") or in a debate of their own
("Newton's argument with Leibniz"), which none of these slots reads. A name the world knows
(`full_names.notable_person`) is left to the caller to keep.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection.name_cues import _NAMES

_FLAGS = regex.VERSION1
# The asker and the asker's side: a first-person word, or a sentence opening on a gerund with no
# subject ("Been arguing …", "Settling a bet …"), which is the asker speaking.
_ASKER = r"(?:\b(?i:I|I'm|I've|I'd|me|my|we|we're|we've|we'd|us|our)\b[^.?!\n]{0,30}?|(?:^|(?<=[.?!]\s))(?i:been|still|now|just)?\s?)"
_AGAINST = r"(?i:arguing|argued|argue|argument|bet|betting|wager|debating|debate|disagreeing|disagreement|row|rowing|quarrel\w*|fighting|fight|falling out)"

# "X and I" as a clause's subject, not "I've been rereading Brideshead Revisited and I keep …",
# where "and" joins two clauses after a work's title.
_WITH_ASKER = regex.compile(
    rf"(?:^|(?<=[.?!;:,(][ \t])|(?<=\b(?i:but|so|because)[ \t]))({_NAMES})[ \t]+and[ \t]+(?:I|me|myself)\b"
    rf"|\b(?:[Mm]e|I|[Mm]yself)[ \t]+and[ \t]+({_NAMES})",
    _FLAGS | regex.MULTILINE,
)
_AGAINST_ASKER = regex.compile(
    rf"{_ASKER}\b(?i:settling[ \t]+(?:a|the|our)[ \t]+)?{_AGAINST}\b(?:[ \t]+[\w']+){{0,3}}?[ \t]+(?i:with)[ \t]+({_NAMES})",
    _FLAGS | regex.MULTILINE,
)
_SETTLING = regex.compile(rf"\b(?i:settl(?:e|es|ed|ing))[ \t]+(?:a|the|our|my)[ \t]+(?i:bet|argument|debate|dispute)[ \t]+(?i:with)[ \t]+({_NAMES})", _FLAGS)
# An opinion given now, as a sentence or a clause of its own: "Dana Kowalczyk reckons forty".
_OPINES = regex.compile(
    rf"(?:^|(?<=[.?!;,:][ \t])|(?<=\b(?i:but|and|while|whereas)[ \t]))({_NAMES})[ \t]+"
    r"(?:reckons|thinks|swears|insists|bets|says|claims|disagrees|agrees|is sure|is convinced|is certain|keeps saying)\b",
    _FLAGS | regex.MULTILINE,
)
# Whose task or occasion an answer is for: "for Dana Kowalczyk's history homework".
_OCCASIONS = (
    r"homework|coursework|project|essay|assignment|class|lesson|exam|revision|thesis|dissertation|presentation|talk|"
    r"speech|toast|party|club|group|quiz|team|birthday|wedding|shower|scrapbook|playlist|blog|newsletter|podcast|"
    r"interview|prep|report|dinner|lunch|barbecue|do|night|trip|visit|retirement|farewell|leaving"
)
_FOR_TASK = regex.compile(
    rf"\b(?i:for|at|to)[ \t]+({_NAMES})['’]s[ \t]+(?:\p{{Ll}}[\w-]*[ \t]+){{0,2}}?(?i:{_OCCASIONS})\b", _FLAGS
)
# A role at an occasion, as a label: "(quizmaster: Dana Kowalczyk)", "Host: …".
_ROLE = regex.compile(
    rf"(?:^|(?<=[(\[,;][ \t]?))[ \t]*(?i:host|quizmaster|quiz master|organi[sz]er|coordinator|hosting|bringing)[ \t]*[:\-–][ \t]*({_NAMES})",
    _FLAGS | regex.MULTILINE,
)


def circle_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of names in `text` that a slot of the asker's own circle holds."""
    seen: set[tuple[int, int]] = set()
    for pattern in (_WITH_ASKER, _AGAINST_ASKER, _SETTLING, _OPINES, _FOR_TASK, _ROLE):
        for m in pattern.finditer(text):
            group = next(g for g in range(1, (pattern.groups or 0) + 1) if m.start(g) >= 0)
            if (m.start(group), m.end(group)) not in seen:
                seen.add((m.start(group), m.end(group)))
                yield m.start(group), m.end(group)
