"""Presidio's spaCy engine, with the per-token lists of its `NlpArtifacts` built only when read.

Presidio builds every text's lemma list, token offsets and context keywords (a vocabulary lookup
per token for stop words and punctuation) up front. Only its context enhancer reads them, and
only for results of a recognizer with context words that no other score already settled: most
texts have none. The lists are the same, computed from the same `Doc` the first time they are read.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.tokens import Doc


class LazyArtifacts(NlpArtifacts):
    """`NlpArtifacts` whose `lemmas`, `tokens_indices` and `keywords` are worked out on first use."""

    def __init__(self, entities: Any, tokens: Doc, nlp_engine: Any, language: str, scores: list[float] | None = None) -> None:
        # NlpArtifacts.__init__ would build the lists now; these are its other fields, as it sets them.
        self.entities = entities
        self.tokens = tokens
        self.nlp_engine = nlp_engine
        self.language = language
        self.scores = scores if scores else [0.85] * len(entities)

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]  # an attribute upstream, same value
        return [token.lemma_ for token in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return self.set_keywords(self.nlp_engine, self.lemmas, self.language)


class GatewayNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, returning `LazyArtifacts`."""

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return LazyArtifacts(entities=entities, tokens=doc, nlp_engine=self, language=language, scores=scores)
