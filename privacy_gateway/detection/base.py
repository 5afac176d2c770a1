"""The base class of the gateway's own recognizers."""

from __future__ import annotations

from typing import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


class GatewayRecognizer(EntityRecognizer):
    """Base of the gateway's own recognizers: English, named after their class, with nothing to
    load unless they say so, reporting `ENTITY` (or the types `ENTITIES` lists)."""

    name: str  # set by EntityRecognizer.__init__; declared for the type checker

    ENTITY = ""
    ENTITIES: list[str] = []  # recognizers that report several types list them here instead

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES or [self.ENTITY]), name=type(self).__name__, supported_language="en")

    def load(self) -> None:  # nothing to load: patterns compile at import
        pass

    def _metadata(self) -> dict[str, object]:
        # Scores already account for context: keep Presidio's context enhancer from adding to them.
        return {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
        }


class ShapeRecognizer(GatewayRecognizer):
    """Base for the regex-then-check recognizers: subclasses yield (start, end, score) from `find`,
    or, when they report several types, (type, start, end, score) from `find_typed`."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        wanted = set(entities) & set(self.supported_entities)
        if not wanted or not self.precheck(text):
            return []
        return [
            RecognizerResult(entity, start, end, score, recognition_metadata=self._metadata())
            for entity, start, end, score in self.find_typed(text, wanted, nlp_artifacts)
            if entity in wanted
        ]

    def precheck(self, text: str) -> bool:
        """A cheap test that lets most texts skip the regex."""
        return any(c.isdigit() for c in text)

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        raise NotImplementedError

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[str, int, int, float]]:
        """Matches of the `wanted` types (others are dropped anyway); by default `find`'s, as `ENTITY`."""
        return ((self.ENTITY, start, end, score) for start, end, score in self.find(text))
