"""`GatewayAnalyzer` hands each recognizer its results as Presidio's analyzer does, in one pass."""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerResult

from privacy_gateway.detection.analyzer import shared_analyzer
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, GatewayAnalyzer


class Boosting(PatternRecognizer):
    """Overrides the per-recognizer hook: sees its own results and the others'."""

    seen: list[tuple[int, int]] = []

    def enhance_using_context(self, text: str, raw_recognizer_results: list[RecognizerResult], other_raw_recognizer_results: list[RecognizerResult],
                              nlp_artifacts: Any, context: Any = None) -> list[RecognizerResult]:
        Boosting.seen.append((len(raw_recognizer_results), len(other_raw_recognizer_results)))
        for result in raw_recognizer_results:
            result.score = 0.99
        return raw_recognizer_results


def run(method: Any, analyzer: AnalyzerEngine, text: str) -> list[tuple[str, int, int, float]]:
    recognizers = [
        PatternRecognizer(supported_entity="CODE", name="codes", patterns=[Pattern("code", r"\bC\d{3}\b", 0.4)], context=["code"]),
        Boosting(supported_entity="TICKET", name="tickets", patterns=[Pattern("ticket", r"\bT\d{3}\b", 0.3)]),
    ]
    raw: list[RecognizerResult] = []
    for recognizer in recognizers:
        for result in recognizer.analyze(text, ["CODE", "TICKET"]):
            result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = recognizer.id
            raw.append(result)
    raw.reverse()  # arrival order differs from recognizer order
    artifacts = analyzer.nlp_engine.process_text(text, "en")
    out = method(analyzer, text, raw, artifacts, recognizers)
    return [(r.entity_type, r.start, r.end, r.score) for r in out]


def test_results_order_and_scores_match_presidio() -> None:
    analyzer = shared_analyzer(DEFAULT_SPACY_MODEL)
    assert isinstance(analyzer, GatewayAnalyzer)
    text = "Ticket T123 and T456 mention code C789; see also C101."
    Boosting.seen.clear()
    theirs = run(AnalyzerEngine._enhance_using_context, analyzer, text)
    ours = run(GatewayAnalyzer._enhance_using_context, analyzer, text)
    assert ours == theirs
    assert ("TICKET", 7, 11, 0.99) in ours and ("CODE", 34, 38, 0.75) in ours  # the hook, and the context word
    assert Boosting.seen == [(2, 2), (2, 2)]  # its own two and the other two, both times
