"""Answers remembered for one analysis: the same answers, each computed once, nothing kept after."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection import engine, memo
from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.foreign import foreign_language
from privacy_gateway.detection.memo import analysing, per_analysis
from privacy_gateway.detection.recased import _plain, _unknown

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"


def _counting() -> tuple[list[str], Callable[[str], int]]:
    calls: list[str] = []

    @per_analysis
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    return calls, length


def test_each_text_is_answered_once_within_an_analysis() -> None:
    calls, length = _counting()
    with analysing():
        assert [length("ab"), length("ab"), length("abc"), length("ab")] == [2, 2, 3, 2]
    assert calls == ["ab", "abc"]


def test_outside_an_analysis_every_call_computes() -> None:
    calls, length = _counting()
    assert [length("ab"), length("ab")] == [2, 2]
    assert calls == ["ab", "ab"]


def test_nothing_is_kept_after_the_analysis() -> None:
    calls, length = _counting()
    with analysing():
        length("ab")
        with analysing():  # a nested analysis starts empty and gives the outer one back
            length("ab")
        length("ab")
    assert getattr(memo._scope, "memo", None) is None
    with analysing():
        length("ab")
    assert calls == ["ab", "ab", "ab"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeiouyrstnlmdkhwz'’ .\nÀéüßçñ"), max_size=40))
def test_remembered_answers_are_the_computed_ones(text: str) -> None:
    words = text.split() or [text]
    plain = (foreign_language(text), [_plain(w) for w in words], [_unknown(w) for w in words])
    with analysing():
        twice = [(foreign_language(text), [_plain(w) for w in words], [_unknown(w) for w in words]) for _ in range(2)]
    assert twice == [plain, plain]


def test_an_analysis_finds_the_same_with_and_without_remembering(detector: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()[:80]]
    texts += [t.lower() for t in texts[:40]]  # one-case text: the re-cased pass asks most often
    remembered = detector.analyze(texts)
    monkeypatch.setattr(engine, "analysing", contextlib.nullcontext)
    assert detector.analyze(texts) == remembered
