"""Remembered lemmas: the English rule lemmatizer's own, once per (form, POS, morphology)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacy_gateway.detection import model
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL
from privacy_gateway.detection.lemmas import RememberedLemmas, rememberable
from privacy_gateway.detection.pipeline import trim_pipeline

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"


def test_the_trimmed_pipeline_remembers_the_lemmatizers_lemmas() -> None:
    reference = model.load(DEFAULT_SPACY_MODEL)
    trimmed = model.load(DEFAULT_SPACY_MODEL)
    trim_pipeline(trimmed)
    assert "gateway_lemmas" in trimmed.pipe_names and "lemmatizer" not in trimmed.pipe_names
    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()][:60]
    texts += ["I'm sure she hasn't been running; the mice were seen, better than ever."] * 2  # met twice: remembered
    for ours, theirs in zip(trimmed.pipe(texts), reference.pipe(texts)):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_lemmas_set_before_are_kept_and_the_map_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    trim_pipeline(nlp)
    component = nlp.get_pipe("gateway_lemmas")
    assert isinstance(component, RememberedLemmas)
    monkeypatch.setattr(component.lemmas, "limit", 5)
    component.lemmas.clear()
    doc = nlp.make_doc("The mice were running quickly through several houses")
    for _, proc in nlp.pipeline:
        if proc is component:
            doc[1].lemma_ = "KEPT"
        doc = proc(doc)
    assert doc[1].lemma_ == "KEPT" and doc[3].lemma_ == "run" and doc[7].lemma_ == "house"
    assert 0 < len(component.lemmas) <= 5


def test_only_the_english_rule_lemmatizer_is_remembered() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert rememberable(lemmatizer)
    lemmatizer.overwrite = True  # type: ignore[attr-defined]
    assert not rememberable(lemmatizer)
    assert not rememberable(nlp.get_pipe("tagger"))
