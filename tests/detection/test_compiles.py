"""No regular expression is compiled per request: a pattern built from a value found in the text
costs a compile for every name checked (`regex` compiles take milliseconds), which once made a 1 KB
analysis three times slower without changing one finding. Structure-for-structure, a second text
with other values must reuse the patterns the first one compiled."""

from __future__ import annotations

import re
from typing import Any

import pytest
import regex

from privacy_gateway.detection.engine import Detector

# Each template exercises a family of rules: namesakes, cues and signatures, structured values,
# one-case prose and handles, address blocks, tables.
_TEMPLATES = [
    "Why is it called the {Last} Prize? Did {First} {Last} fund it, or was it {Last}'s Medal first?",
    "Hi {First},\nplease call {First} {Last} on 020 7946 0958 or mail {first}.{last}@example.com.\nThanks,\n{First}",
    '{{"customer": "{First} {Last}", "owner": "{first}.{last}", "city": "Leeds", "note": "ask {First}"}}',
    "{first} {last} moved to bristol last year; ping @{first}{last} or {first}_{last}42 on slack",
    "Ship to:\n{First} {Last}\n12 {Last} Road\nLeeds LS1 4AB\nUnited Kingdom",
    "| owner | service |\n|---|---|\n| {First} {Last} | billing |\n| {FIRST} {LAST} | search |",
]
_PEOPLE = [("Priya", "Raman"), ("Anita", "Kowalski"), ("Tomas", "Okafor")]


class _Counting:
    """Stands in for a compiler module: counts compiles and delegates the rest."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.compiled: list[str] = []

    def compile(self, pattern: Any, *args: Any, **kwargs: Any) -> Any:
        self.compiled.append(str(pattern)[:120])
        return self.inner.compile(pattern, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _texts(first: str, last: str) -> list[str]:
    values = {"First": first, "Last": last, "first": first.lower(), "last": last.lower(), "FIRST": first.upper(), "LAST": last.upper()}
    return [template.format(**values) for template in _TEMPLATES]


def test_a_second_text_of_the_same_shape_compiles_no_pattern(detector: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    for first, last in _PEOPLE[:2]:  # every lazily built pattern of these shapes, built once
        detector.analyze(_texts(first, last))
    regex_compiler = _Counting(regex._main._regex)
    re_compiler = _Counting(re._compiler)  # type: ignore[attr-defined]
    monkeypatch.setattr(regex._main, "_regex", regex_compiler)
    monkeypatch.setattr(re, "_compiler", re_compiler)
    first, last = _PEOPLE[2]
    found = detector.analyze(_texts(first, last))
    assert any(found), "the texts must have findings for this to test the paths that make them"
    assert regex_compiler.compiled == [] and re_compiler.compiled == []
