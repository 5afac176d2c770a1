"""The one-entry-per-line lists under data/ (software, technology, places, towns)."""

from __future__ import annotations

from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The entries of `data/<name>.txt`: one a line, stripped; blank lines and `#` comments skipped."""
    text = files("privacy_gateway.detection").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
