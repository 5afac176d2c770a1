"""A table's column of the world's famous: "artist" over Picasso, Van Gogh, Modigliani and Monet.

Catalogues, auction records, reading lists and quiz sheets put public and historical figures in a
column, as a customer list puts its customers. A column whose cells are mostly full names the world
knows (`notable.notable_person`: two thirds or more of its cells, at least two of them) lists the
world's people, and those names are left as written (the engine voids name findings inside them).
A private person named in such a column is no listed name and stays masked, and a column of
customers holds few of the famous.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection.notable import notable_person

# A note in brackets after the name: "Kenneth Clark (recording, 1969)".
_NOTE = regex.compile(r"[ \t]*\([^()]*\)[ \t]*$")
_RULE = regex.compile(r"[ \t:\-]*")  # a Markdown table's rule under its header: "|---|---|"
_MIN_FAMOUS = 2


def famous_cells(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each famous name in a column of mostly famous names."""
    if "\n" not in text:
        return
    from privacy_gateway.detection.tables import delimited_runs  # here: keeps the engine's chain of imports short

    for rows in delimited_runs(text):
        body = [row for row in rows[1:] if not all(_RULE.fullmatch(cell) for cell, _ in row)]
        if len(body) < _MIN_FAMOUS:
            continue
        for column in range(len(rows[0])):
            names = []
            for row in body:
                cell, at = row[column]
                core = _NOTE.sub("", cell).strip()
                if core:
                    names.append((core, at + cell.index(core)))
            famous = [(at, at + len(core)) for core, at in names if notable_person(core)]
            if len(famous) >= _MIN_FAMOUS and 3 * len(famous) >= 2 * len(names):
                yield from famous
