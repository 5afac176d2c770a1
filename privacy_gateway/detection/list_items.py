"""Lists written in prose: the heading an item is listed under ("Must-sees so far:" over "• Petra",
"Menu ideas for a dinner party:" over "1. Húsleves"). A leaf, so that `places` (a trip's sights)
and `dishes` (a menu's) read the same lists without importing each other.
"""

from __future__ import annotations

import regex

# What opens an item's line: a bullet or a number, after any indent ("• Petra", "2. the Dead Sea").
ITEM_MARK = r"^[ \t]*(?:[•*\-–]|\d{1,2}[.)])"
ITEM_LINE = regex.compile(ITEM_MARK + r"[ \t]")


def list_heading(text: str, line_start: int) -> str | None:
    """The heading of the list whose item starts at `line_start`: the nearest line above that is no
    item of the list ("Must-sees so far:" over "• Petra"), "" where the list opens the text."""
    for line in reversed(text[: max(0, line_start - 1)].split("\n")):
        if ITEM_LINE.match(line) is None:
            return line
    return None
