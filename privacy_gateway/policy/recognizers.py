"""Recognizers a policy declares for itself: regex patterns, deny-lists and checksums.

Security teams know things no built-in recognizer can: project codenames, customer names, internal
hostnames, the shape of their record numbers. A policy's `recognizers:` section describes them; they
run only for that policy (handed to Presidio per call as ad-hoc recognizers), so policies sharing
one analyzer never see each other's lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from privacy_gateway.yamlfile import Located, type_name

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

# Presidio compiles recognizer patterns with the `regex` module and these flags; checking with the
# same engine and flags means a pattern that passes `policy check` is the pattern that runs.
REGEX_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
ENTITY_NAME = regex.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
# The names of `checksums.VALIDATORS` (not imported: `policy check` loads no detection code).
CHECKSUMS = ("none", "luhn", "iban", "aba")

_RECOGNIZER_KEYS = ("name", "entity", "patterns", "deny_list", "deny_list_score", "context", "validate", "case_sensitive")
_PATTERN_KEYS = ("name", "regex", "score")


@dataclass(frozen=True)
class PatternSpec:
    """One regular expression and how sure a match of it is (0 to 1)."""

    name: str
    regex: str
    score: float


@dataclass(frozen=True)
class RecognizerSpec:
    """A custom recognizer as the policy declares it (plain data; Presidio objects are built later)."""

    name: str
    entity: str
    patterns: tuple[PatternSpec, ...] = ()
    deny_list: tuple[str, ...] = ()
    deny_list_score: float = 1.0
    context: tuple[str, ...] = ()
    validate: str = "none"
    case_sensitive: bool = False
    index: int = field(default=0, compare=False)  # position in the policy's list, for error messages


def parse_recognizers(check: Located, doc: dict[Any, Any]) -> tuple[RecognizerSpec, ...]:
    """Validate the `recognizers:` list of a policy document, recording located problems."""
    raw = doc.get("recognizers", [])
    if raw is None:
        return ()
    if not isinstance(raw, list):
        check.problem(doc, "recognizers", f"recognizers must be a list, got {type_name(raw)}", at_value=True)
        return ()
    specs: list[RecognizerSpec] = []
    names: set[str] = set()
    for index, item in enumerate(raw):
        spec = _recognizer(check, raw, index, item)
        if spec is None:
            continue
        if spec.name in names:
            check.problem(raw, index, f"two recognizers are named {spec.name!r}; names must be unique")
            continue
        names.add(spec.name)
        specs.append(spec)
    return tuple(specs)


def declared_entities(doc: dict[Any, Any]) -> set[str]:
    """Entity names the policy's recognizers introduce, even ones with other problems (so one bad
    pattern does not also make its entity unknown under `entities:`)."""
    raw = doc.get("recognizers")
    items = raw if isinstance(raw, list) else []
    return {i["entity"] for i in items if isinstance(i, dict) and isinstance(i.get("entity"), str) and ENTITY_NAME.fullmatch(i["entity"])}


def _recognizer(check: Located, parent: list[Any], index: int, item: Any) -> RecognizerSpec | None:
    if not isinstance(item, dict):
        check.problem(parent, index, f"each recognizer must be a mapping with 'entity' and 'patterns' or 'deny_list', got {type_name(item)}")
        return None
    ok = True
    check.check_keys(item, _RECOGNIZER_KEYS, "recognizer")
    entity = item.get("entity")
    if not isinstance(entity, str) or not ENTITY_NAME.fullmatch(entity):
        where: tuple[Any, Any] = (item, "entity") if "entity" in item else (parent, index)
        message = (
            f"entity must be an entity type in UPPER_SNAKE_CASE (an existing one such as PERSON, or a new one such as PROJECT_CODENAME), got {entity!r}"
            if "entity" in item
            else "a recognizer needs an 'entity': the entity type its matches are reported as"
        )
        check.problem(*where, message, at_value="entity" in item)
        ok = False
    what = f"recognizer {item.get('name') or entity or index + 1}"
    name = item.get("name", f"{entity}_{index + 1}")
    if not isinstance(name, str) or not name.strip():
        check.problem(item, "name", "name must be a non-empty string", at_value=True)
        ok = False

    case_sensitive = item.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        check.problem(item, "case_sensitive", "case_sensitive must be true or false", at_value=True)
        case_sensitive, ok = False, False
    flags = REGEX_FLAGS & ~regex.IGNORECASE if case_sensitive else REGEX_FLAGS

    patterns = _patterns(check, item, flags, what)
    deny_list = _strings(check, item, "deny_list", what)
    context = _strings(check, item, "context", what)
    if patterns is None or deny_list is None or context is None:
        ok = False
    elif not patterns and not deny_list:
        check.problem(parent, index, f"{what} has neither 'patterns' nor 'deny_list': it would never match")
        ok = False
    for word_index, word in enumerate(context or ()):
        if not word.strip() or len(word.split()) > 1:
            check.problem(item["context"], word_index, f"context word {word!r} must be a single word: it is compared with each of the 5 words before a match")
            ok = False

    deny_list_score = _score(check, item, "deny_list_score", 1.0)
    if deny_list_score is None:
        ok = False

    validate = item.get("validate", "none")
    if validate not in CHECKSUMS:
        check.problem(item, "validate", f"validate must be one of {', '.join(CHECKSUMS)}, got {validate!r}", at_value=True)
        ok = False
    elif validate != "none" and deny_list:
        check.problem(item, "validate", f"validate applies to pattern matches; put the deny_list of {what} in a recognizer of its own", at_value=True)
        ok = False

    if not ok:
        return None
    return RecognizerSpec(
        name=str(name),
        entity=str(entity),
        patterns=tuple(patterns or ()),
        deny_list=tuple(deny_list or ()),
        deny_list_score=float(deny_list_score or 1.0),
        context=tuple(w.strip().lower() for w in context or ()),
        validate=str(validate),
        case_sensitive=case_sensitive,
        index=index,
    )


def _patterns(check: Located, item: dict[Any, Any], flags: int, what: str) -> list[PatternSpec] | None:
    raw = item.get("patterns", [])
    if not isinstance(raw, list):
        check.problem(item, "patterns", f"patterns of {what} must be a list of {{regex, score}} mappings, got {type_name(raw)}", at_value=True)
        return None
    out: list[PatternSpec] = []
    ok = True
    for index, spec in enumerate(raw):
        if not isinstance(spec, dict):
            check.problem(raw, index, f"each pattern must be a mapping such as {{regex: '\\bAB-\\d{{6}}\\b', score: 0.8}}, got {type_name(spec)}")
            ok = False
            continue
        check.check_keys(spec, _PATTERN_KEYS, "pattern")
        expression = spec.get("regex")
        if not isinstance(expression, str) or not expression:
            where: tuple[Any, Any] = (spec, "regex") if "regex" in spec else (raw, index)
            check.problem(*where, "a pattern needs a 'regex': a non-empty string (write it in single quotes)", at_value="regex" in spec)
            ok = False
            continue
        problem = regex_problem(expression, flags)
        if problem:
            check.problem(spec, "regex", problem, at_value=True)
            ok = False
        if "score" not in spec:
            check.problem(raw, index, "a pattern needs a 'score' from 0 to 1: how sure a match is")
            ok = False
            continue
        score = _score(check, spec, "score", 0.0)
        if score is None:
            ok = False
            continue
        name = spec.get("name", f"pattern {index + 1}")
        out.append(PatternSpec(str(name), expression, score))
    return out if ok else None


def regex_problem(expression: str, flags: int = REGEX_FLAGS) -> str | None:
    """Why `expression` cannot be a recognizer pattern, or None when it can."""
    try:
        compiled = regex.compile(expression, flags)
    except regex.error as exc:
        where = f" at position {exc.pos}" if exc.pos is not None else ""
        return f"invalid regex: {exc.msg}{where}"
    except (ValueError, TypeError, OverflowError) as exc:
        return f"invalid regex: {exc}"
    if compiled.fullmatch("") is not None:
        return "regex matches empty text: it would mark every position of every prompt"
    return None


def _strings(check: Located, item: dict[Any, Any], key: str, what: str) -> list[str] | None:
    raw = item.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        check.problem(item, key, f"{key} of {what} must be a list of non-empty strings", at_value=True)
        return None
    return list(raw)


def _score(check: Located, node: dict[Any, Any], key: str, default: float) -> float | None:
    value = node.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        check.problem(node, key, f"{key} must be a number from 0 to 1, got {value!r}", at_value=True)
        return None
    return float(value)


def build_recognizers(specs: tuple[RecognizerSpec, ...]) -> list[EntityRecognizer]:
    """Presidio recognizers for a policy's specs (built once per loaded policy)."""
    if not specs:
        return []
    from presidio_analyzer import Pattern, PatternRecognizer  # the policy CLI checks files without loading Presidio

    from privacy_gateway.checksums import VALIDATORS

    class PolicyPatternRecognizer(PatternRecognizer):  # not Presidio's class name: its registry looks names up
        """A policy's regex / deny-list recognizer, with an optional checksum on each match."""

        def __init__(self, spec: RecognizerSpec) -> None:
            flags = REGEX_FLAGS & ~regex.IGNORECASE if spec.case_sensitive else REGEX_FLAGS
            super().__init__(
                supported_entity=spec.entity,
                name=f"policy:{spec.name}",
                # Presidio takes None for "none" (its annotations say list).
                patterns=[Pattern(p.name, p.regex, p.score) for p in spec.patterns] or None,  # type: ignore[arg-type]
                deny_list=list(spec.deny_list) or None,  # type: ignore[arg-type]
                deny_list_score=spec.deny_list_score,
                context=list(spec.context) or None,  # type: ignore[arg-type]
                global_regex_flags=flags,
            )
            self._checksum = VALIDATORS.get(spec.validate)

        def validate_result(self, pattern_text: str) -> bool | None:
            # False drops the match; None keeps the pattern's own score (True would raise it to 1.0).
            if self._checksum is None:
                return None
            return None if self._checksum(pattern_text) else False

    return [PolicyPatternRecognizer(spec) for spec in specs]


def allow_list_patterns(values: tuple[str, ...]) -> list[str]:
    """Regexes for Presidio's allow-list: a finding is dropped when it *is* an allowed value, in any
    case and spacing, give or take surrounding punctuation (`Acme Corp.` is `Acme Corp`)."""
    return [r"\A\W*" + r"\s+".join(regex.escape(w) for w in value.split()) + r"\W*\Z" for value in values if value.split()]
