"""The one-entry-per-line lists under data/ (software, technology, places, towns), and the gzipped
lists whose lines carry a tag (the name lists of one script: "g" given names, "f" family names)."""

from __future__ import annotations

import gzip
from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The entries of `data/<name>.txt`: one a line, stripped; blank lines and `#` comments skipped."""
    text = files("privacy_gateway.detection").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def tagged_words(name: str) -> dict[str, frozenset[str]]:
    """The words of `data/<name>.txt.gz` by their tag: a line "g يوسف" puts the word under "g";
    `#` comments skipped."""
    text = gzip.decompress(files("privacy_gateway.detection").joinpath(f"data/{name}.txt.gz").read_bytes()).decode("utf-8")
    tagged: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            tag, _, word = line.partition(" ")
            tagged.setdefault(tag, set()).add(word)
    return {tag: frozenset(words) for tag, words in tagged.items()}
