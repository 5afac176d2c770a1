"""Storms, hurricanes, typhoons and cyclones named like people: "Storm Ciarán", "Hurricane Ian",
"Typhoon Haiyan", "Sturmtief Zeynep", "tempête Alex", "borrasca Filomena", "Hurricanes Ian and
Helene".

Weather services name storms from lists of given names, and insurers, newsrooms and councils write
about them constantly: the name after the storm's word is the storm's, not a person's. A word a
person is called by ("Storm Reid", "Hurricane" as a nickname) would need the storm's word before
the name, which no one writes before a person.
"""

from __future__ import annotations

import regex

# The storm's word, in the languages weather services and insurers write, singular and plural.
_STORM_WORD = (
    r"(?:storm|storms|hurricane|hurricanes|typhoon|typhoons|cyclone|cyclones|tropical[ \t]+storm|tropical[ \t]+cyclone|"
    r"tropical[ \t]+depression|super[ \t]+typhoon|medicane|windstorm|winter[ \t]+storm|sturm|sturmtief|orkan|orkanen|"
    r"tief|temp[êe]te|ouragan|tormenta|borrasca|hurac[áa]n|tif[óo]n|tempesta|uragano|ciclone|tufão|furac[ãa]o|"
    r"stormen|myrsky|orkaan|wichura|huragan|κακοκαιρία|μεσογειακός[ \t]+κυκλώνας)"
)
# The storm's word right before the span, with "the", a year or a category between at most.
_BEFORE = regex.compile(rf"(?i:\b{_STORM_WORD})[ \t]+(?:(?:the|der|die|la|le|el|il|de)[ \t]+)?$")
# The span opens with the storm's word: "Storm Kathleen", "Hurricane Ian".
_OPENS = regex.compile(rf"(?i:{_STORM_WORD})[ \t]+\p{{Lu}}")
# A list of names after a plural storm word: "Hurricanes Ian, Helene and Milton", "storms Babet and Ciarán".
_LIST_BEFORE = regex.compile(
    r"(?i:\b(?:storms|hurricanes|typhoons|cyclones|st[üu]rme|temp[êe]tes|tormentas|borrascas|uragani)\b)"
    r"(?:[ \t]+\p{Lu}[\p{L}'’\-]*,?)*(?:[ \t]+(?:and|und|et|y|e|och|og|en|i)[ \t]*)?[ \t]*$"
)
# The storm's word alone as a table's cell, a peril in a claims export: "2024-01,Storm,1840".
_ALONE = frozenset({"storm", "hurricane", "typhoon", "cyclone", "flood", "windstorm"})
_CELL_EDGE = ",;|\t\n"


def storm_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a storm (see the module), or is a storm's word alone in a cell."""
    value = text[start:end]
    if _OPENS.match(value):
        return True
    if value.lower() in _ALONE:
        return (start == 0 or text[start - 1] in _CELL_EDGE) and (end == len(text) or text[end] in _CELL_EDGE)
    before = text[max(0, start - 40) : start]
    return _BEFORE.search(before) is not None or _LIST_BEFORE.search(before) is not None
