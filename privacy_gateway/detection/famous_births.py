"""The birth date of someone the world knows: "a birthday tribute to Nelson Mandela (born 18 July
1918)", "Who was Sophie Scholl? Born 9 May 1921 in Forchtenberg".

A birth date is someone's personal data where a relative, a client or a patient is named; a famous
person's is in every encyclopaedia, and masking it changes the tribute, the quiz or the timeline the
cloud is asked for. A date labelled as a birth ("born", "b.", "née le", "nació el") right after a full
name the world knows (`notable.notable_person`), in its sentence or opening the next one, is left
as written (the engine voids the finding, as it does a sample's). A private person's stays masked,
and so does a famous name's date with anyone else named between them.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection.dates import DATE

# A run of capitalised words with the particles of names: "Nelson Mandela", "Wangari Maathai",
# "Ludwig van Beethoven".
_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+(?:(?:van|von|de|da|di|du|del|der|la|le|bin|ibn)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]+){1,3}")
# Between the name and its date: a bracket or a comma and the word for "born", or the next sentence
# opening with it ("? Born …"), and nothing else but a few words of no name.
_BORN_AFTER = regex.compile(
    r"(?:['’]s)?[ \t]*(?:[(,–—\-][ \t]*|[.?!][ \t]+|[ \t]+(?:was[ \t]+|is[ \t]+)?)"
    r"(?i:born(?:[ \t]+on)?|b\.|n[ée]e?[ \t]+le|naci[óo][ \t]+el|nacid[oa][ \t]+el|geboren(?:[ \t]+am)?|nato[ \t]+il|nata[ \t]+il|nasceu[ \t]+em)[ \t]*"
    rf"(?P<date>{DATE})"
)


def famous_birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each birth date given right after a full name the world knows."""
    from privacy_gateway.detection.notable import notable_person  # here: keeps the engine's chain of imports short

    for m in _NAME.finditer(text):
        born = _BORN_AFTER.match(text, m.end())
        if born is not None and notable_person(m.group()):
            yield born.span("date")
