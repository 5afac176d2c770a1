"""A text's lines and the offset each starts at, split once per analysis.

The table readers (`tables`) and the stacked-form readers (`structured`) each walk a prompt line by
line and map a cell back to its characters; they share one split of the text.
"""

from __future__ import annotations

from privacy_gateway.detection.memo import per_analysis


@per_analysis  # asked by the table readers, the stacked readers and the detector's voids
def text_lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines and the offset each starts at (callers read them, never change them)."""
    lines, offsets, at = text.split("\n"), [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    return lines, offsets
