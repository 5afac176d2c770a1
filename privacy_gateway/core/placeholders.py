"""Placeholders such as `<PERSON_1>`: the mapping of one request, and the forms models rewrite them to."""

from __future__ import annotations

import regex
from dataclasses import dataclass, field


def placeholder(entity_type: str, number: int) -> str:
    """The canonical placeholder for the `number`th value of `entity_type`."""
    return f"<{entity_type}_{number}>"


@dataclass
class PlaceholderMap:
    """Placeholder ↔ original value for one request. Lives only as long as the request."""

    values: dict[tuple[str, int], str] = field(default_factory=dict)

    def add(self, entity_type: str, number: int, value: str) -> str:
        """Record that `<entity_type_number>` stands for `value`; returns the placeholder."""
        self.values[(entity_type, number)] = value
        return placeholder(entity_type, number)

    def lookup(self, entity_type: str, number: int | None) -> str | None:
        """The value behind a placeholder; a number-less one only when its type has one value."""
        if number is not None:
            return self.values.get((entity_type, number))
        only = [v for (t, _), v in self.values.items() if t == entity_type]
        return only[0] if len(set(only)) == 1 else None

    @property
    def types(self) -> list[str]:
        """Entity types with at least one placeholder, longest name first (for regex alternation)."""
        return sorted({t for t, _ in self.values}, key=lambda t: (-len(t), t))

    def __len__(self) -> int:
        return len(self.values)

    def __bool__(self) -> bool:
        return bool(self.values)


def rewritten_forms(types: list[str]) -> regex.Pattern[str]:
    """A pattern for the ways models write placeholders back.

    `<PERSON_1>`, `<person_1>`, `PERSON_1`, `[PERSON_1]`, `{PERSON_1}`, `<PERSON 1>`, `<<PERSON_1>>`,
    `<EMAIL ADDRESS 1>`, and a bracketed `<PERSON>` with its number dropped. Unbracketed forms need
    the underscore and the number, so ordinary prose ("person 1") is left alone. Digits may not
    follow, so `PERSON_1` never matches inside `PERSON_10`.
    """
    names = "|".join(r"[ _-]?".join(regex.escape(w) for w in t.split("_")) for t in types)
    bracketed = rf"(?P<open>[<\[{{]{{1,2}})\s?(?P<type>{names})(?:[ _-]?(?P<num>\d+))?\s?(?P<close>[>\]}}]{{1,2}})"
    bare = rf"(?<![\w<\[{{])(?P<type2>{names})_(?P<num2>\d+)(?![\w>\]}}])"
    return regex.compile(rf"{bracketed}|{bare}", regex.IGNORECASE)


def canonical_type(raw: str, types: list[str]) -> str:
    """Map a rewritten type name (`email address`) back to its entity type (`EMAIL_ADDRESS`)."""
    squashed = regex.sub(r"[ _-]", "", raw).upper()
    for t in types:
        if t.replace("_", "") == squashed:
            return t
    return raw.upper()
