"""Presidio recognizers a policy can never keep a result of are left out, with the same findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.score_bounds import best_score, left_out, leaving_out, unreachable
from privacy_gateway.policy.schema import load_policy

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
# Numbers of the weak US shapes, with and without the words that lift them.
TEXTS = [
    "Checking account 12345678901 at First Union, routing 021000021.",
    "Wire it to bank account number 000123456789 before Friday.",
    "My passport number is 912803456; US passport C03005988 expires in May.",
    "Order 20240611 shipped; ticket 987654321 is closed. ITIN 912-70-1234 on the W-7.",
    "Build 1234567890123 failed on runner 42.",
]


def _named(analyzer: AnalyzerEngine, ids: frozenset[str]) -> set[str]:
    return {r.name for r in analyzer.registry.recognizers if r.id in ids}


def test_presidios_weak_us_patterns_cannot_reach_the_default_thresholds(analyzer: AnalyzerEngine) -> None:
    detector = Detector(analyzer, load_policy(bundled_policy("default")))
    # Bank accounts (0.05) and passports (0.05, 0.1) peak at 0.4 and 0.45 with a context word.
    assert _named(analyzer, detector.hopeless) == {"UsBankRecognizer", "UsPassportRecognizer"}
    bank = next(r for r in analyzer.registry.recognizers if r.name == "UsBankRecognizer")
    assert best_score(bank, analyzer.context_aware_enhancer) == pytest.approx(0.4)


def test_what_may_score_more_than_its_patterns_stays(analyzer: AnalyzerEngine) -> None:
    enhancer = LemmaContextAwareEnhancer()
    crypto = next(r for r in analyzer.registry.recognizers if r.name == "CryptoRecognizer")
    assert best_score(crypto, enhancer) is None  # a valid checksum scores 1.0
    plain = PatternRecognizer(supported_entity="BADGE", patterns=[Pattern("badge", r"\bB\d{4}\b", 0.1)])
    worded = PatternRecognizer(supported_entity="BADGE", patterns=[Pattern("badge", r"\bB\d{4}\b", 0.1)], context=["badge"])
    assert best_score(plain, enhancer) == 0.1
    assert best_score(worded, enhancer) == pytest.approx(0.45)
    assert unreachable([plain, worded], enhancer, {"BADGE": 0.4}) == frozenset({plain.id})
    assert unreachable([plain, worded], enhancer, {"OTHER": 0.9}) == frozenset()  # not asked for: not its business
    assert unreachable([plain, worded], object(), {"BADGE": 0.4}) == frozenset()  # an enhancer it cannot read


def test_a_policy_asking_less_keeps_them(analyzer: AnalyzerEngine) -> None:
    thresholds = {"US_BANK_NUMBER": 0.4, "US_PASSPORT": 0.44}
    assert unreachable(analyzer.registry.recognizers, analyzer.context_aware_enhancer, thresholds) == frozenset()


@pytest.mark.parametrize("policy", ["default", "healthcare", "payments", "strict"])
def test_leaving_them_out_finds_the_same(policy: str, analyzer: AnalyzerEngine) -> None:
    texts = TEXTS + [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()[:60]]
    rules = load_policy(bundled_policy(policy))
    everything = Detector(analyzer, rules)
    everything.hopeless = frozenset()
    assert Detector(analyzer, rules).analyze(texts) == everything.analyze(texts)


def test_what_is_left_out_is_put_back_after_the_block() -> None:
    assert left_out() == frozenset()
    with leaving_out(frozenset({"a"})):
        with leaving_out(frozenset({"b"})):
            assert left_out() == frozenset({"b"})
        assert left_out() == frozenset({"a"})
    assert left_out() == frozenset()
