"""Who wrote each message of a chat copied one line per message: `rose.hill  14:02  the backup finished`.

Slack's and Mattermost's plain copy, IRC clients and `tail` of a bot's log put the author, the time
and the message on one line. The author column holds logins whatever they are made of
(`rose.hill` is two English words, `tkw3` no name), so the position decides: two rows or more
of author, time and message make a chat, and each author that may be someone's (`handles.plausible`:
no English word alone, tool, bot or service account) or a display name (`chat_headers`) is a person.
"""

from __future__ import annotations

import functools
from typing import Iterator

import regex

from privacy_gateway.detection.chat_headers import STAMP, display_name


@functools.cache
def _row() -> regex.Pattern[str]:
    """A row: a login or a display name, the time, then the message."""
    from privacy_gateway.detection.handles import HANDLE  # loaded late: keeps the import chain short

    return regex.compile(
        rf"(?m)^[ \t>*]*(?:(?P<h>{HANDLE})|(?P<n>\p{{Lu}}[\p{{L}}'’\-]*(?:[ \t]\p{{Lu}}[\p{{L}}'’\-]*){{0,2}}))"
        rf"[ \t]+{STAMP}(?:[ \t]+|[ \t]*[:|\-–—][ \t]*)(?=[^\s\d])",
        regex.VERSION1,
    )


def row_authors(text: str) -> Iterator[tuple[int, int]]:
    """The author of each row of a one-line-per-message chat (two rows or more)."""
    if text.count("\n") < 1 or ":" not in text:
        return
    rows = list(_row().finditer(text))
    if len(rows) < 2:
        return
    from privacy_gateway.detection.handles import plausible  # loaded late: keeps the import chain short

    for m in rows:
        if m.group("h") is not None and plausible(m.group("h")):
            yield m.span("h")
        elif m.group("n") is not None and display_name(m.group("n")):
            yield m.span("n")
