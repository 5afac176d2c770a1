"""The bare names in a list of eponyms: "Pearson, Spearman, Kendall's tau, Cohen's kappa, Fisher".

A list of tests, reactions, diseases or scales names most of its items with their head ("Claisen
condensation", "Crohn's disease", "Kolmogorov–Smirnov") and some by the namesake alone ("Wittig",
"McNemar", "Spearman"), or with a head the eponym lists do not hold ("Swern oxidation"). The bare
items are the same kind of thing as their neighbours, not people: where at least two items of a
list are eponyms, each the whole item (`eponyms.eponym_spans`; not "Crohn's disease audit"), and they are at least half as many as the bare ones, each
bare item's name is one too. A bare item is one capitalised word (or two joined by a dash), with a
possessive and up to two lower-case words after it; a roster of people ("Anna, Bob's team, Carl")
holds no eponym, and a full name of two capitalised words is never read as bare.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# A list's items: split at commas and semicolons, and at "and" / "or" / "&" before the last item.
_SEPARATOR = regex.compile(r"[ \t]*[,;][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")
# The list's opener ends the first item's words: "for each of these: Pearson".
_OPENER = regex.compile(r"^.*:[ \t]*")
_BARE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}]+(?:[-–]\p{Lu}[\p{L}\p{M}]+)?)(?:['’]s?)?(?:[ \t]+\p{Ll}[\p{Ll}\-]*){0,2}"
)
# The end of a line's first item after a word that names a topic ("on Bell's palsy", "Compare
# Pearson"), not after one that reaches someone ("Please thank Okafor, …").
_TAIL = regex.compile(r"(?<=\b(?i:on|about|of|regarding|including|between|like|as|treat|compare|explain|use)[ \t]+)\p{Lu}[^,;]*$")
_MIN_ITEMS = 3


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each item of the line text[start:end], trimmed of spaces and end marks."""
    line = text[start:end]
    if (opener := _OPENER.match(line)) is not None:
        start, line = start + opener.end(), line[opener.end() :]
    pos = 0
    for sep in [*_SEPARATOR.finditer(line), None]:
        stop = len(line) if sep is None else sep.start()
        item = line[pos:stop]
        lead = len(item) - len(item.lstrip(" \t-*•"))
        body = item.strip(" \t-*•").rstrip(".?!")
        if body:
            yield start + pos + lead, start + pos + lead + len(body)
        if sep is not None:
            pos = sep.end()


def listed_with_eponyms(text: str, eponyms: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each bare name in a line's list whose other items are mostly eponyms."""
    if len(eponyms) < 2:
        return
    pos = 0
    for line_end in [*(m.start() for m in regex.finditer(r"\n", text)), len(text)]:
        inside = [(s, e) for s, e in eponyms if pos <= s and e <= line_end]
        if len(inside) >= 2:
            yield from _bare_names(text, pos, line_end, inside)
        pos = line_end + 1


def _bare_names(text: str, start: int, end: int, eponyms: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    items = list(_items(text, start, end))
    if len(items) < _MIN_ITEMS:
        return
    # With no opener's colon, the sentence runs into the first item: "a paragraph each on Bell's palsy".
    if (tail := _TAIL.search(text, *items[0])) is not None:
        items[0] = (tail.start(), items[0][1])
    # An eponym that is the whole item: "Crohn's disease", not "Crohn's disease audit" (an agenda's item).
    named = [item for item in items if any(s <= item[0] and item[1] <= e for s, e in eponyms)]
    bare = [(item, m) for item in items if item not in named and (m := _BARE.fullmatch(text, *item)) is not None]
    if len(named) < 2 or 2 * len(named) < len(bare):
        return
    for _, m in bare:
        yield m.span("name")
