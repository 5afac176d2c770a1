"""Cut a request's texts into pieces that can be analysed side by side, and put the findings back.

Analysis costs about 15 ms of CPU per KB, most of it spaCy, which holds the GIL: the only
way to use a second core for one request is a second process, so a long text is cut in two (or
more) and each piece analysed in its own process. Cutting must not change what is found:

- cuts fall at the most natural boundary near the middle: a blank line, then a sentence end,
  then a line break, then any space; never inside a word or a private-key block;
- each piece is analysed with `margin` characters of the neighbouring text on both sides, so
  NER, context words ("phone:", "my name is") and entities that run across the cut are seen
  whole (spaCy's NER looks a few tokens either way; Presidio's context, five words back);
- a finding belongs to the piece its *start* falls in (its own region); the same entity seen
  again from the neighbour's margin is dropped there, so nothing is counted twice.

An entity that starts just before a cut and runs past the margin could be seen cut short, or
missed. Cut points avoid the insides of sentences and private keys, and `merge` sends a text back
to be analysed uncut when a kept finding reaches the end of its margin, or when a piece saw
something in its margin that the piece owning it did not cover.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Sequence

import regex

from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.speakers import transcript_blocks
from privacy_gateway.detection.tables import blocks

MARGIN = 64
MIN_PIECE = 200  # characters of own text per lane: texts under 400 characters are not worth cutting (measured)

_BOUNDARIES = [
    regex.compile(r"\n[ \t]*\n\s*"),  # a blank line
    # A sentence end: a lower-case word of three letters or more ("Apt. 4", "Dr. Hall" and
    # "St. Louis" are not), or a question or exclamation mark, then a capital.
    regex.compile(r"(?:(?<=\s\p{Ll}{3,}[.!?][\"')\]]?)|(?<=[?!]))[ \t]*\n?[ \t]*(?=\p{Lu})"),
    regex.compile(r"\n\s*"),
    regex.compile(r"\s+"),
]
_UNCUTTABLE = regex.compile(r"-----BEGIN [^\n]{0,80}?-----[\s\S]*?(?:-----END [^\n]{0,80}?-----|\Z)")


@dataclass(frozen=True)
class Piece:
    """Characters [start, end) of text `index` are analysed; findings starting in [own_start, own_end) are kept."""

    index: int
    start: int
    end: int
    own_start: int
    own_end: int

    @property
    def size(self) -> int:
        return self.end - self.start


def cut_points(text: str, parts: int) -> list[int]:
    """Up to `parts - 1` positions to cut `text` at, each at the best boundary near its share."""
    if parts < 2:
        return []
    blocked = [(m.start(), m.end()) for m in _UNCUTTABLE.finditer(text)] if "-----BEGIN " in text else []
    # A table's rows are typed by its header, a transcript's speakers by each other: never cut apart.
    blocked += blocks(text) + transcript_blocks(text)
    share = len(text) / parts
    reach = share / 3  # how far from the ideal point a cut may move
    cuts: list[int] = []
    for k in range(1, parts):
        ideal = k * share
        lo, hi = int(max(ideal - reach, cuts[-1] + 1 if cuts else 1)), int(min(ideal + reach, len(text) - 1))
        for boundary in _BOUNDARIES:
            candidates = [
                m.end()
                for m in boundary.finditer(text, lo, hi)
                if not any(a < m.end() < b for a, b in blocked)
            ]
            if candidates:
                cuts.append(min(candidates, key=lambda c: abs(c - ideal)))
                break
    return cuts


def lanes_for(texts: Sequence[str], most: int, min_piece: int = MIN_PIECE) -> int:
    """How many lanes (up to `most`) `texts` are worth: one per `min_piece` characters."""
    total = sum(len(t) for t in texts if t.strip())
    return max(1, min(most, total // min_piece))


def plan(texts: Sequence[str], lanes: int, *, margin: int = MARGIN, min_piece: int = MIN_PIECE) -> list[list[Piece]]:
    """Spread `texts` over up to `lanes` lists of pieces of about equal size (largest first).

    Texts too short to be worth cutting stay whole; several short texts may share a lane, where
    they are analysed in one batch. Empty texts are left out (they have nothing to find).
    """
    whole = [Piece(i, 0, len(t), 0, len(t)) for i, t in enumerate(texts) if t.strip()]
    lanes = lanes_for(texts, lanes, min_piece)
    if lanes < 2:
        return [whole] if whole else []
    total = sum(p.size for p in whole)
    share = total / lanes
    pieces: list[Piece] = []
    for piece in whole:
        text = texts[piece.index]
        parts = min(lanes, max(1, round(len(text) / share)), len(text) // min_piece)
        bounds = [0, *cut_points(text, parts), len(text)]
        for own_start, own_end in zip(bounds, bounds[1:]):
            start = _word_edge(text, max(0, own_start - margin), -1) if own_start else 0
            end = _word_edge(text, min(len(text), own_end + margin), +1) if own_end < len(text) else len(text)
            pieces.append(Piece(piece.index, start, end, own_start, own_end))
    # Longest first onto the least loaded lane.
    loads: list[tuple[int, int]] = [(0, lane) for lane in range(lanes)]
    out: list[list[Piece]] = [[] for _ in range(lanes)]
    for piece in sorted(pieces, key=lambda p: -p.size):
        load, lane = heapq.heappop(loads)
        out[lane].append(piece)
        heapq.heappush(loads, (load + piece.size, lane))
    out = [lane for lane in out if lane]
    out.sort(key=lambda lane: -sum(p.size for p in lane))
    return out


def _word_edge(text: str, at: int, step: int, reach: int = 40) -> int:
    """`at`, moved outwards (by `step`) to the nearest whitespace within `reach`, so a margin
    does not begin or end in the middle of a word."""
    for pos in range(at, max(0, min(len(text), at + step * reach)), step):
        if text[pos].isspace():
            return pos + 1 if step < 0 else pos
    return at


def merge(texts: Sequence[str], pieces: Sequence[Piece], found: Sequence[Sequence[Finding]]) -> tuple[list[list[Finding]], set[int]]:
    """Findings per text, from each piece's findings in piece coordinates; and the texts to be
    analysed again whole, where a piece's view may have been cut short: a kept finding runs to
    the end of its margin, or what a piece saw in its margin is not covered by what was kept."""
    out: list[list[Finding]] = [[] for _ in texts]
    dropped: list[tuple[int, int, int]] = []
    cut_short: set[int] = set()
    for piece, findings in zip(pieces, found):
        for f in findings:
            start, end = f.start + piece.start, f.end + piece.start
            if piece.own_start <= start < piece.own_end:
                out[piece.index].append(Finding(start, end, f.entity_type, f.score))
                if end >= piece.end - 1 and piece.end < len(texts[piece.index]):
                    cut_short.add(piece.index)
            else:
                dropped.append((piece.index, start, end))
    for index, start, end in dropped:
        if index not in cut_short and not _covered(out[index], start, end):
            cut_short.add(index)
    return [sorted(findings) for findings in out], cut_short


def _covered(findings: list[Finding], start: int, end: int) -> bool:
    """Every character of [start, end) lies in some finding."""
    at = start
    for f in sorted(findings):
        if f.start > at:
            break
        at = max(at, f.end)
        if at >= end:
            return True
    return at >= end
