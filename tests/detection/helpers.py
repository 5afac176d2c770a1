"""Detection test helpers: the type of the `find` fixture."""

from __future__ import annotations

from typing import Callable

Find = Callable[[str], list[tuple[str, str]]]  # text -> [(entity_type, value)]
