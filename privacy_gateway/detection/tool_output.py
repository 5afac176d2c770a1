"""Programs that report in a text: `clippy: warning: …`, `mypy: error: …`, `cc1: fatal error: …`.

Compilers, linters and build tools prefix their diagnostics with their own name, then a level
("warning", "error", "note"), then the message. A lower-case word so placed is a program, here
and wherever else the text names it ("but clippy complains"), even when it happens to split into
a name and an initial the way logins are made.
"""

from __future__ import annotations

import re

# The name, an optional lint or code in brackets, the level, then a colon: GNU's and most tools'
# diagnostic shape ("gcc: fatal error:", "error[E0502]:", "ruff: warning[F401]:").
_DIAGNOSTIC = re.compile(
    r"^[ \t]*(?P<tool>[a-z][a-z0-9_\-]*)(?:\[[^\]\n]{0,40}\])?:[ \t]*(?:fatal[ \t]+)?"
    r"(?:warning|error|note|help|hint|fatal|info)(?:\[[^\]\n]{0,40}\])?:",
    re.MULTILINE,
)


def reporting_tools(text: str) -> frozenset[str]:
    """The programs whose diagnostics label lines of `text` (empty for most texts: gated on ': ')."""
    if ": " not in text and ":\t" not in text:
        return frozenset()
    return frozenset(m.group("tool") for m in _DIAGNOSTIC.finditer(text))
