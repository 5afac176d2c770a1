"""Put the original values back into an answer, whole or as it streams.

`Restorer.restore` handles a whole text. `StreamRestorer` takes the answer piece by piece and
releases text as soon as it cannot be the start of a placeholder; only the shortest ambiguous tail
is held back. Both use one pattern (`placeholders.rewritten_forms`), and the stream finds its
matches in the same text the whole-answer restorer would see, so both give identical output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

import regex

from privacy_gateway.core.placeholders import PlaceholderMap, canonical_type, rewritten_forms

# Characters of already-released text kept as context, so look-behinds see what precedes a cut.
_CONTEXT = 2


def json_string_escape(value: str) -> str:
    """`value` escaped for the inside of a JSON string (tool-call arguments arrive as JSON text)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


@dataclass
class RestoreStats:
    """How many placeholders were put back, and how many matched nothing."""

    restored: int = 0
    unmatched: int = 0


class Restorer:
    """Restores placeholders of one request's `PlaceholderMap` in whole texts."""

    def __init__(self, mapping: PlaceholderMap, *, escape: Callable[[str], str] | None = None) -> None:
        self.mapping = mapping
        self.escape = escape or (lambda v: v)
        self.stats = RestoreStats()
        self.pattern = rewritten_forms(mapping.types) if mapping else None
        # How far back from the end a placeholder cut short can begin: brackets, spaces, the longest
        # type name, a number and a variant letter, with room to spare.
        self.reach = max((len(t) for t in mapping.types), default=0) + 32
        # The characters a placeholder can begin with: a bracket, or its type's first letter.
        self.openers = frozenset("<[{") | {c for t in mapping.types for c in (t[0].lower(), t[0].upper())}

    def restore(self, text: str) -> str:
        """`text` with every placeholder that matches the map replaced by its value."""
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(self._replacement, text)

    def _replacement(self, m: regex.Match[str]) -> str:
        raw_type = m.group("type") or m.group("type2")
        num = m.group("num") or m.group("num2")
        variant = m.group("var") or m.group("var2") or ""
        entity_type = canonical_type(raw_type, self.mapping.types)
        number = int(num) if num else None
        value = self.mapping.lookup(entity_type, number, variant)
        if value is None:
            self.stats.unmatched += 1
            return m.group()
        self.stats.restored += 1
        if m.group("o2") == "<" and self.mapping.key(entity_type, number, variant) in self.mapping.wrapped:
            # The cloud saw `<<X>>` because the value was written in angle brackets: an echo keeps them.
            return m.group("o1") + self.escape(value) + m.group("c1")
        return self.escape(value)

    def for_json(self) -> Restorer:
        """A restorer for text inside JSON strings (tool-call arguments), sharing this one's counts."""
        twin = Restorer(self.mapping, escape=json_string_escape)
        twin.stats = self.stats
        return twin

    def stream(self) -> StreamRestorer:
        """A streaming restorer sharing this one's map, escaping and counts."""
        return StreamRestorer(self)


class StreamRestorer:
    """Restores a text that arrives in pieces; `feed` returns what can be released now."""

    def __init__(self, restorer: Restorer) -> None:
        self.restorer = restorer
        self._buffer = ""
        self._context = ""

    def feed(self, piece: str) -> str:
        """Add `piece`; return restored text that no later piece can change."""
        pattern = self.restorer.pattern
        if pattern is None:
            return piece
        self._buffer += piece
        text = self._context + self._buffer
        base = len(self._context)
        hold = len(text)
        final: list[regex.Match[str]] = []
        pos = base
        for m in pattern.finditer(text, base):
            # A placeholder that may still grow from further left wins, as it would in the whole text.
            grows = self._growing(text, pos, m.start())
            if grows is not None:
                hold = grows
                break
            if m.end() == len(text):  # a whole one touching the end may still grow: hold from its start
                hold = m.start()
                break
            final.append(m)
            pos = m.end()
        else:
            grows = self._growing(text, pos, len(text))
            if grows is not None:
                hold = grows
        if hold == base:
            return ""
        out = self._splice(text, base, hold, final)
        self._context = text[max(0, hold - _CONTEXT) : hold]
        self._buffer = text[hold:]
        return out

    def _growing(self, text: str, start: int, end: int) -> int | None:
        """The first position in [start, end) where a placeholder begins that the end of `text`
        cuts short. Searched position by position: given `partial=True`, `regex` reports a later
        whole match before an earlier partial one ("<<<PERSON_1>" cut before its second ">")."""
        pattern = self.restorer.pattern
        assert pattern is not None
        openers = self.restorer.openers
        for at in range(max(start, len(text) - self.restorer.reach), end):
            if text[at] not in openers:
                continue
            m = pattern.match(text, at, partial=True)
            if m is not None and m.partial:
                return at
        return None

    def flush(self) -> str:
        """The end of the answer: release and restore whatever is held."""
        pattern = self.restorer.pattern
        if pattern is None or not self._buffer:
            out, self._buffer = self._buffer, ""
            return out
        text = self._context + self._buffer
        base = len(self._context)
        out = self._splice(text, base, len(text), list(pattern.finditer(text, base)))
        self._buffer = ""
        return out

    def _splice(self, text: str, start: int, end: int, matches: list[regex.Match[str]]) -> str:
        out: list[str] = []
        pos = start
        for m in matches:
            out.append(text[pos : m.start()])
            out.append(self.restorer._replacement(m))
            pos = m.end()
        out.append(text[pos:end])
        return "".join(out)
