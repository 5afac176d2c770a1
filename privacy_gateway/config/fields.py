"""Table-driven reading of config sections: each setting states its check and its message once.

Defaults are not repeated here: they come from the settings' dataclasses (`models.py`), so a new
setting is one row in a table and one field with its default.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from privacy_gateway.yamlfile import Located

Valid = Callable[[Any], bool]


def _number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float))


def _whole(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int)


def positive(value: Any) -> bool:
    """A number above zero (booleans are not numbers here, though Python says so)."""
    return _number(value) and value > 0


def non_negative(value: Any) -> bool:
    """A number of zero or more."""
    return _number(value) and value >= 0


def positive_whole(value: Any) -> bool:
    """A whole number above zero."""
    return _whole(value) and value > 0


def whole_between(low: int, high: int) -> Valid:
    """A whole number from `low` to `high`, both included."""
    return lambda value: _whole(value) and low <= value <= high


def boolean(value: Any) -> bool:
    """`true` or `false`, nothing that merely looks like one."""
    return isinstance(value, bool)


def text(value: Any) -> bool:
    """Any string, even empty."""
    return isinstance(value, str)


def non_empty(value: Any) -> bool:
    """A string with something in it."""
    return isinstance(value, str) and bool(value)


def language_codes(value: Any) -> bool:
    """A non-empty list of distinct two- or three-letter language codes (`[en, fr]`)."""
    return (isinstance(value, list) and bool(value) and len(set(map(str, value))) == len(value)
            and all(isinstance(v, str) and 2 <= len(v) <= 3 and v.isascii() and v.isalpha() and v.islower() for v in value))


def one_of(*choices: str) -> Valid:
    """One of `choices`, compared as text."""
    return lambda value: str(value) in choices


def optional(valid: Valid) -> Valid:
    """`valid`, or absent (null)."""
    return lambda value: value is None or valid(value)


def anything(value: Any) -> bool:
    """Every value is accepted (it is converted, not checked)."""
    return True


@dataclass(frozen=True)
class Setting:
    """One key of a section: the dataclass field it fills, what a good value is, and what to say otherwise."""

    key: str
    valid: Valid
    must: str  # completes "<section>.<key> ..." in the error message
    field: str = ""  # the dataclass field it fills; the key's own name when empty
    convert: Callable[[Any], Any] | None = None
    relative: bool = False  # a path, resolved against the config file's folder
    auto: bool = False  # the value `auto` means the default

    @property
    def target(self) -> str:
        """The name of the dataclass field this setting fills."""
        return self.field or self.key


def keys(table: Iterable[Setting]) -> tuple[str, ...]:
    """The keys a section allows."""
    return tuple(setting.key for setting in table)


def defaults_of(cls: type, **overrides: Any) -> dict[str, Any]:
    """Every field's default in a dataclass (factories called), the one place defaults are stated."""
    found: dict[str, Any] = {}
    for item in fields(cls):
        if item.default is not MISSING:
            found[item.name] = item.default
        elif item.default_factory is not MISSING:
            found[item.name] = item.default_factory()
    return {**found, **overrides}


def section(check: Located, parent: dict[Any, Any], key: str, where: str, *, null_ok: bool = False) -> dict[Any, Any]:
    """The mapping under `key` ({} when absent, or when null and `null_ok`); anything else is a problem."""
    node = parent.get(key)
    if key not in parent or (node is None and null_ok):
        return {}
    return check.mapping(node, parent, key, where) or {}


def read(check: Located, node: dict[Any, Any], where: str, table: Iterable[Setting], defaults: Mapping[str, Any], base: Path | None = None) -> dict[str, Any]:
    """Each setting's value by field name: the default when absent, else the checked and converted value.

    A bad value is recorded at its place in the file and replaced by the default, so one run reports
    every problem; the caller raises them all at the end.
    """
    values: dict[str, Any] = {}
    for setting in table:
        default = defaults[setting.target]
        value = node.get(setting.key, default)
        if setting.auto and value == "auto":
            value = default
        elif setting.key in node and not setting.valid(value):
            check.problem(node, setting.key, f"{where}.{setting.key} {setting.must}", at_value=True)
            value = default
        elif setting.key in node and setting.relative and base is not None:
            value = base / value
        values[setting.target] = setting.convert(value) if setting.convert else value
    return values
