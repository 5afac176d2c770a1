"""privacy-gateway: a local-first privacy layer between internal tools and LLMs."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
