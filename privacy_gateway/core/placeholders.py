"""Placeholders such as `<PERSON_1>`: the mapping of one request, and the forms models rewrite them to.

The number is an identity: one person (one value) keeps it in every message and every turn. The
first way that identity is written in the conversation gets the plain placeholder `<PERSON_1>`;
every other way it is written (another case, a first or last name alone, a username made from the
name) is a variant with a letter of its own, `<PERSON_1b>`, `<PERSON_1c>`…, in order of first
appearance. The cloud can tell that `<PERSON_1b>` is the same person as `<PERSON_1>`, and each
placeholder restores to exactly the characters it replaced. Letters glued to the number survive
the rewrites models make (`<person_1b>`, `[PERSON_1b]`, `PERSON_1b`, `<PERSON 1b>`), and a model
that drops the letter still gets the person's name, in its first spelling.
"""

from __future__ import annotations

import functools

import regex
from dataclasses import dataclass, field


def placeholder(entity_type: str, number: int, variant: str = "") -> str:
    """The canonical placeholder for the `number`th value of `entity_type` (its `variant` spelling)."""
    return f"<{entity_type}_{number}{variant}>"


def variant_letters(n: int) -> str:
    """The letters of the `n`th other spelling of a value: "" for the first, then b…z, ba, bb…"""
    if n <= 0:
        return ""
    n -= 1
    if n < 25:
        return chr(ord("b") + n)
    n -= 25
    return chr(ord("b") + n // 26 % 25) + chr(ord("a") + n % 26)


@dataclass
class PlaceholderMap:
    """Placeholder ↔ original value for one request. Lives only as long as the request.

    `reserved` holds, per type, the numbers the request's own text already used in something
    shaped like a placeholder (0 for a number-less `<PERSON>`): those are the client's words, so
    they are never guessed at. `wrapped` holds the placeholders the cloud saw inside a further
    pair of angle brackets (`Jane Roe <jane@corp.example>` → `<<EMAIL_ADDRESS_1>>`), so an echo
    gives the brackets back.
    """

    values: dict[tuple[str, int, str], str] = field(default_factory=dict)
    reserved: dict[str, set[int]] = field(default_factory=dict)
    wrapped: set[tuple[str, int, str]] = field(default_factory=set)

    def add(self, entity_type: str, number: int, value: str, variant: str = "") -> str:
        """Record that `<entity_type_number[variant]>` stands for `value`; returns the placeholder."""
        self.values[(entity_type, number, variant)] = value
        return placeholder(entity_type, number, variant)

    def lookup(self, entity_type: str, number: int | None, variant: str = "") -> str | None:
        """The value behind a placeholder, or the one reading a model's variation of it allows.

        - an unknown variant letter of a known number: that identity's first spelling;
        - an unknown number, or none (`<PERSON>`), when the type has only one identity and the
          request never wrote that number itself: that identity (`<PERSON_2>` when only
          PERSON_1 exists is a renumbering, not another person);
        - otherwise nothing: the placeholder is shown as the model wrote it, and counted.
        """
        variant = variant.lower()
        if number is not None:
            found = self.values.get((entity_type, number, variant))
            if found is not None:
                return found
            if (entity_type, number, "") in self.values:
                return self.values[(entity_type, number, "")]
        if (0 if number is None else number) in self.reserved.get(entity_type, ()):
            return None
        numbers = {n for t, n, _ in self.values if t == entity_type}
        if len(numbers) != 1:
            return None
        only = numbers.pop()
        return self.values.get((entity_type, only, variant)) or self.values.get((entity_type, only, ""))

    def key(self, entity_type: str, number: int | None, variant: str = "") -> tuple[str, int, str] | None:
        """The exact placeholder a lookup resolves to, when it resolves to one it issued."""
        if number is not None and (entity_type, number, variant.lower()) in self.values:
            return (entity_type, number, variant.lower())
        return None

    @property
    def types(self) -> list[str]:
        """Entity types with at least one placeholder, longest name first (for regex alternation)."""
        return sorted({t for t, _, _ in self.values}, key=lambda t: (-len(t), t))

    def __len__(self) -> int:
        return len(self.values)

    def __bool__(self) -> bool:
        return bool(self.values)


def rewritten_forms(types: list[str]) -> regex.Pattern[str]:
    """A pattern for the ways models write placeholders back.

    `<PERSON_1>`, `<person_1>`, `PERSON_1`, `[PERSON_1]`, `{PERSON_1}`, `<PERSON 1>`, `<<PERSON_1>>`,
    `<EMAIL ADDRESS 1>`, a variant letter (`<PERSON_1b>`, `PERSON_1_b`), and a bracketed `<PERSON>`
    with its number dropped. Unbracketed forms need the underscore and the number, so ordinary prose
    ("person 1") is left alone. Digits may not follow, so `PERSON_1` never matches inside
    `PERSON_10`. A doubled bracket counts only when both sides double the same character, so the
    markup around a placeholder (`[<PERSON_1>](…)`, `(<PERSON_1>)`) is never taken for part of it.
    """
    return _rewritten_forms(tuple(types))


# One pattern per set of types, kept: compiled per response it cost a few milliseconds whenever
# regex's own cache (500 patterns, shared with every other module, emptied a fifth at random
# when full) had let it go. Keyed by type names only, never by text.
@functools.lru_cache(maxsize=256)
def _rewritten_forms(types: tuple[str, ...]) -> regex.Pattern[str]:
    names = "|".join(r"[ _-]?".join(regex.escape(w) for w in t.split("_")) for t in types)
    number = r"(?:[ _-]?(?P<num>\d+)(?:_?(?P<var>[a-z]{1,2}))?)"
    bracketed = (
        rf"(?P<o1>[<\[{{])(?P<o2>(?P=o1))?\s?(?P<type>{names}){number}?\s?"
        r"(?P<c1>[>\]}])(?(o2)(?P<c2>(?P=c1)))"
    )
    bare = rf"(?<![\w<\[{{])(?P<type2>{names})_(?P<num2>\d+)(?:_?(?P<var2>[a-z]{{1,2}}))?(?![\w>\]}}])"
    return regex.compile(rf"{bracketed}|{bare}", regex.IGNORECASE)


_SEPARATORS = regex.compile(r"[ _-]")


def canonical_type(raw: str, types: list[str]) -> str:
    """Map a rewritten type name (`email address`) back to its entity type (`EMAIL_ADDRESS`)."""
    squashed = _SEPARATORS.sub("", raw).upper()
    for t in types:
        if t.replace("_", "") == squashed:
            return t
    return raw.upper()
