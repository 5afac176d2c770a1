"""Fused encoders: the residual window encoders run without their layer wrappers, with the layers' own
vectors bit for bit, so every tag, sentence start and entity of the pipeline stays the same."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
import pytest
import spacy
from hypothesis import HealthCheck, given, settings, strategies as st
from thinc.api import Relu, chain

from privacy_gateway.detection import model
from privacy_gateway.detection.encoders import FusedEncoder, _fused, fuse_encoders
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"


def corpus() -> list[str]:
    return [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]


@lru_cache(maxsize=1)
def pipelines() -> tuple[Any, Any]:
    """The pipeline as shipped, and the same pipeline with its encoders fused."""
    plain = model.load(DEFAULT_SPACY_MODEL)
    fused = model.load(DEFAULT_SPACY_MODEL)
    fuse_encoders(fused)
    return plain, fused


def fused_models(nlp: Any) -> list[Any]:
    models: list[Any] = [getattr(c, "model", None) for _, c in nlp.components]
    return [node for m in models if hasattr(m, "walk") for node in m.walk() if node.name == "fused_encoder"]


def reading(doc: Any) -> list[tuple[str, str, bool, str, str]]:
    """What detection reads of a parse, token by token."""
    return [(t.text, t.tag_, bool(t.is_sent_start), t.ent_iob_, t.ent_type_) for t in doc]


def test_every_window_encoder_of_the_pipeline_is_fused() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    assert fuse_encoders(nlp) == 3  # the shared tok2vec's, the entity recognizer's and the sentence splitter's
    assert len(fused_models(nlp)) == 3
    assert fuse_encoders(nlp) == 0  # a fused encoder is not fused again


def test_the_corpus_parses_the_same_with_fused_encoders() -> None:
    plain, fused = pipelines()
    texts = corpus()
    assert len(texts) > 100
    for one, other in zip(plain.pipe(texts), fused.pipe(texts)):
        assert reading(one) == reading(other)
    for text in texts[:20]:  # one text at a time, as the gateway parses a prompt
        assert reading(plain(text)) == reading(fused(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Maria", "Gonzalez", "lives", "in", "Leeds", ".", "call", "+44", "20", "7946",
                                 "0958", "the", "Acme", "Ltd", "invoice", "\n", "on", "Monday", ",", "Dr", "O'Brien"]),
                min_size=1, max_size=60))
def test_generated_text_parses_the_same_with_fused_encoders(words: list[str]) -> None:
    plain, fused = pipelines()
    text = " ".join(words)
    assert reading(plain(text)) == reading(fused(text))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=4), st.integers(min_value=0, max_value=2**32 - 1))
def test_fused_vectors_are_the_layers_own_bit_for_bit(lengths: list[int], seed: int) -> None:
    _, nlp = pipelines()
    rng = numpy.random.default_rng(seed)
    for node in fused_models(nlp):
        state: FusedEncoder = node.attrs["fused"]
        width = node.get_dim("nO")
        batch = [rng.standard_normal((n, width)).astype("float32") for n in lengths]
        for mine, theirs in zip(state.predict(batch), state.encoder.predict(batch)):
            assert mine.dtype == theirs.dtype
            assert numpy.array_equal(mine, theirs)


def test_training_goes_through_the_layers() -> None:
    _, nlp = pipelines()
    node = fused_models(nlp)[0]
    batch = [numpy.ones((3, node.get_dim("nO")), dtype="float32")]
    vectors, backprop = node(batch, is_train=True)  # with the layers' dropout: values of their own
    assert vectors[0].shape == (3, node.get_dim("nO"))
    # The fused run has no backward pass; the layers' does.
    assert backprop([numpy.zeros_like(vectors[0])])[0].shape == (3, node.get_dim("nO"))
    _, no_backprop = node(batch, is_train=False)
    with pytest.raises(NotImplementedError):
        no_backprop([numpy.zeros_like(vectors[0])])


def test_other_models_are_left_alone() -> None:
    assert _fused(chain(Relu(4, 4), Relu(4, 4))) is None
    assert fuse_encoders(spacy.blank("en")) == 0
