"""Names spelt out letter by letter: "my surname is k o w a l c z y k", "thats spelt s-i-o-b-h-a-n".

On the phone and in dictation people spell their names, and speech-to-text and support notes write
the letters apart. No reading of words sees a name in single letters, so a name spelt so went out
whole. After a word that asks for or gives a name or its spelling, three letters or more written
apart (by spaces, dashes or dots) are the name's; after "spell" alone, four letters or more.
"""

from __future__ import annotations

from typing import Iterator

import regex

# What a spelling follows: "spelt", "spelled", "spell it", "my (sur)name is", "name:", "called".
_CUE = (
    r"(?i:\b(?:(?P<spell>spelt|spelled|spelling|spell(?:[ \t]+it)?)|(?:sur|first|last|family|given|middle|maiden|full|user)?[ \t]?name"
    r"(?:[ \t]+(?:is|was))?|called|named)\b)"
)
_SPELLED = regex.compile(
    _CUE + r"[ \t]*[:,\-]?[ \t]*(?:(?i:it['’]?s|is|was|as|like)[ \t]+)?"
    r"(?P<l>(?<![\p{L}\d])\p{L}(?:(?:[ \t]+|[ \t]*[.\-][ \t]*)\p{L}(?![\p{L}\d])){2,40})\.?",
    regex.VERSION1,
)


def spelled_names(text: str) -> Iterator[tuple[int, int]]:
    """The letters of each name spelt out after its cue."""
    if "spel" not in text.lower() and "name" not in text.lower() and "called" not in text.lower():
        return
    for m in _SPELLED.finditer(text):
        # After "spell" alone, three letters are as often an abbreviation asked about ("u s a").
        if m.group("spell") and sum(c.isalpha() for c in m.group("l")) < 4:
            continue
        yield m.span("l")
