"""Cached token embeddings: the vectors the model's own layers give, from a bounded map of hashes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy

from privacy_gateway.detection import model
from privacy_gateway.detection.embed_cache import CachedEmbed, cache_embeddings
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"


def corpus() -> list[str]:
    return [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]


def caches(nlp: object) -> list[CachedEmbed]:
    models: list[Any] = [getattr(c, "model", None) for _, c in nlp.components]  # type: ignore[attr-defined]
    return [node.attrs["cache"] for m in models if hasattr(m, "walk") for node in m.walk() if node.name == "cached_embed"]


def test_every_hash_embedding_of_the_pipeline_is_cached() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    assert cache_embeddings(nlp) == 3  # the shared tok2vec, the entity recognizer's and the sentence splitter's
    assert len(caches(nlp)) == 3


def test_cached_vectors_are_the_layers_own() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    cache_embeddings(nlp)
    docs = [nlp.make_doc(text) for text in corpus()]
    for cache in caches(nlp):
        for start in range(0, len(docs), 20):  # the map fills as batches come, each form computed once
            batch = docs[start : start + 20]
            for cached, own in zip(cache.predict(batch), cache.embed.predict(batch)):
                assert cached.shape == own.shape
                numpy.testing.assert_allclose(cached, own, rtol=0, atol=1e-4)
        assert cache.vectors


def test_the_map_is_bounded_and_keeps_no_text() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    cache_embeddings(nlp)
    cache = caches(nlp)[0]
    cache.max_forms = 50
    cache.predict([nlp.make_doc(text) for text in corpus()[:40]])
    assert 0 < len(cache.vectors) <= 50
    assert not any(b"Gonzalez" in key or b"example" in key for key in cache.vectors)
    docs = [nlp.make_doc("Maria Gonzalez wrote to maria@example.com")]
    numpy.testing.assert_allclose(cache.predict(docs)[0], cache.embed.predict(docs)[0], rtol=0, atol=1e-4)
