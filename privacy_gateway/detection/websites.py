"""Websites that say who someone is: a personal or company site given as someone's contact detail.

Presidio's URL recognizer masks every link or none. A link to documentation is not personal data;
"Website: https://castro.net/" on a résumé is (and its words often echo the person's email). URLs
are reported at 0.5 on shape alone, and at 0.85 when a cue such as "website", "homepage",
"portfolio" or "profile" introduces them, so a policy threshold between the two masks exactly the
personal ones (the default policy does), while a threshold of 0.5 masks every URL.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.base import GatewayRecognizer

URL = re.compile(r"(?i)(?:\b|(?<=\\n))(?:https?://|www\.)[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?]")
CUE = re.compile(
    r"(?i)\b(?:web\s?site|web\s?page|home\s?page|personal\s+(?:site|page)|portfolio|blog|profile|linkedin|my\s+site|site)\b\s*(?:[:\-–]|(?:at|is|on|here)\b)?(?:\s|\\n)*$"
)
SHAPE_SCORE = 0.5
CUED_SCORE = 0.85
CUE_WINDOW = 40


class PersonalWebsiteRecognizer(GatewayRecognizer):
    """URLs, scored higher when introduced as someone's website or profile."""

    ENTITY = "URL"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **kwargs: Any) -> list[RecognizerResult]:
        if "URL" not in entities or ("http" not in text and "www." not in text.lower()):
            return []
        results = []
        for m in URL.finditer(text):
            cued = CUE.search(text[max(0, m.start() - CUE_WINDOW) : m.start()]) is not None
            results.append(RecognizerResult("URL", m.start(), m.end(), CUED_SCORE if cued else SHAPE_SCORE))
        return results
