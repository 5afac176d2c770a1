"""A text's lines and the offset each starts at, split once per analysis; the line around an offset.

The table readers (`tables`) and the stacked-form readers (`structured`) each walk a prompt line by
line and map a cell back to its characters; they share one split of the text. Most recognizers read
only the line a finding sits on, and find its bounds with `line_start` and `line_end`.
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


def line_start(text: str, at: int) -> int:
    """Where the line holding `at` starts: after the last "\\n" before `at`, else 0 (only "\\n" ends a line)."""
    return text.rfind("\n", 0, at) + 1


def line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends: the first "\\n" at or after `at`, else len(text) (a "\\r" stays in it)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end
