"""YAML loading that remembers where every key stood, so errors can say `file:line:column`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, located at a 1-based line and column."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class FileProblems(Exception):
    """A config or policy file that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_yaml(path: Path) -> Any:
    """Parse `path` as YAML (round-trip mode, so nodes keep their positions)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileProblems([Problem(str(path), 1, 1, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileProblems([Problem(str(path), 1, 1, f"cannot read file: {exc}")]) from None
    return parse_yaml(text, str(path))


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML text; a syntax error becomes a located `FileProblems`."""
    yaml = YAML(typ="rt")
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (exc.context, exc.problem) if part)
        raise FileProblems([Problem(name, line, col, f"YAML syntax error: {message}")]) from None
    except YAMLError as exc:
        raise FileProblems([Problem(name, 1, 1, f"YAML error: {exc}")]) from None


class Located:
    """Reads a parsed YAML document and collects located problems instead of raising at once."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def where(self, node: Any, key: Any = None) -> tuple[int, int]:
        """1-based (line, column) of `key` inside `node`, or of `node` itself."""
        try:
            if key is not None and isinstance(node, CommentedMap):
                line, col = node.lc.key(key)
                return line + 1, col + 1
            if key is not None and isinstance(node, CommentedSeq):
                line, col = node.lc.item(key)
                return line + 1, col + 1
            if isinstance(node, (CommentedMap, CommentedSeq)):
                return node.lc.line + 1, node.lc.col + 1
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        return 1, 1

    def value_where(self, node: Any, key: Any) -> tuple[int, int]:
        """1-based position of the value stored under `key` in a mapping."""
        try:
            if isinstance(node, CommentedMap):
                line, col = node.lc.value(key)
                return line + 1, col + 1
        except (KeyError, TypeError, AttributeError):
            pass
        return self.where(node, key)

    def problem(self, node: Any, key: Any, message: str, *, at_value: bool = False) -> None:
        """Record a problem located at `key` in `node` (or at its value)."""
        line, col = self.value_where(node, key) if at_value else self.where(node, key)
        self.problems.append(Problem(self.path, line, col, message))

    def mapping(self, node: Any, parent: Any, key: Any, what: str) -> dict[Any, Any] | None:
        """`node` if it is a mapping, else record a problem and return None."""
        if isinstance(node, dict):
            return node
        self.problem(parent, key, f"{what} must be a mapping, got {type_name(node)}", at_value=True)
        return None

    def check_keys(self, node: dict[Any, Any], allowed: Iterable[str], what: str) -> None:
        """Record every key of `node` not in `allowed`, suggesting the closest known key."""
        allowed = list(allowed)
        for key in node:
            if key not in allowed:
                hint = did_you_mean(str(key), allowed)
                self.problem(node, key, f"unknown key {key!r} in {what}{hint}")

    def raise_if_any(self) -> None:
        """Raise `FileProblems` if anything was recorded."""
        if self.problems:
            raise FileProblems(sorted(self.problems, key=lambda p: (p.line, p.column)))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ` (did you mean 'x'?)` suffix, or '' when nothing is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def type_name(value: Any) -> str:
    """A YAML-ish name for a value's type, for error messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__
