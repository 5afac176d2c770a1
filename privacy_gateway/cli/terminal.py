"""Colour for the command-line tools: on in a terminal, off in pipes and with NO_COLOR set."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Iterator, TextIO


class Style:
    """Wraps text in ANSI colour codes when enabled: `style.red("FAIL")`."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    @classmethod
    def for_stream(cls, stream: TextIO, choice: str = "auto") -> Style:
        """`auto` colours a terminal unless NO_COLOR is set (https://no-color.org)."""
        if choice == "auto":
            return cls(stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb")
        return cls(choice == "always")

    def paint(self, code: str, text: str) -> str:
        """`text` in the SGR colour `code`, or unchanged."""
        return f"\033[{code}m{text}\033[0m" if self.enabled else text

    def red(self, text: str) -> str:
        return self.paint("31", text)

    def green(self, text: str) -> str:
        return self.paint("32", text)

    def yellow(self, text: str) -> str:
        return self.paint("33", text)

    def cyan(self, text: str) -> str:
        return self.paint("36", text)

    def bold(self, text: str) -> str:
        return self.paint("1", text)

    def dim(self, text: str) -> str:
        return self.paint("2", text)


@contextlib.contextmanager
def progress(message: str, stream: TextIO | None = None) -> Iterator[None]:
    """`message…` on stderr while something slow runs (loading a model); wiped afterwards in a terminal."""
    out = stream or sys.stderr
    out.write(f"{message}…")
    out.flush()
    try:
        yield
    finally:
        out.write("\r\033[K" if out.isatty() else " done\n")
        out.flush()
