"""One real analyzer (spaCy small model) for the detection tests, and a helper to ask it things."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.analyzer import shared_analyzer
from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL
from privacy_gateway.policy.schema import load_policy
from tests.detection.helpers import Find


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector(shared_analyzer(DEFAULT_SPACY_MODEL), load_policy(bundled_policy("default")))


@pytest.fixture(scope="session")
def find(detector: Detector) -> Find:
    """`find(text)` -> [(entity_type, value)] the default policy's detector reports."""

    def run(text: str) -> list[tuple[str, str]]:
        return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze([text])[0]]

    return run
