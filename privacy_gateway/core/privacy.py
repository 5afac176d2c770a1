"""The privacy core: detect → (route) → pseudonymize, knowing nothing of any vendor's JSON."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from privacy_gateway.detection.cache import AnalysisCache
from privacy_gateway.detection.findings import Finding, PoolBusy
from privacy_gateway.core.answers import AnswerScreen, answer_detector
from privacy_gateway.core.estimate import CHARS_PER_TOKEN
from privacy_gateway.core.chat import ChatRequest
from privacy_gateway.core.errors import GatewayError
from privacy_gateway.core.placeholders import PlaceholderMap
from privacy_gateway.policy.schema import Policy
from privacy_gateway.core.pseudonymize import pseudonymize
from privacy_gateway.core.texts import extract_texts, message_texts, replace_texts
from privacy_gateway.core.spans import Span, mask_spans
from privacy_gateway.detection.lexicon import english_words

if TYPE_CHECKING:  # handed in by whoever built the analyzer (the app, the CLI): the core never loads spaCy
    from privacy_gateway.detection.engine import Detector
    from privacy_gateway.detection.pool import AnalyzerPool

SPLIT_WINDOW = 64  # characters each side of where one message (or part) ends and the next begins
SPLIT_JOINERS = ("", " ")  # "318-44-" + "2071" and "318 44" + "2071"


class AnalyzerFailed(GatewayError):
    """The analyzer raised: the request is refused rather than forwarded unscanned."""

    status = 503
    code = "analyzer_error"
    kind = "unavailable"


@dataclass
class Inspection:
    """What the analyzer found in one request, and the request as each tier may see it."""

    request: ChatRequest
    policy: Policy
    texts: list[str]
    findings: list[list[Finding]]
    spans: list[list[Span]]
    split_types: frozenset[str] = frozenset()
    _cloud: tuple[ChatRequest, PlaceholderMap] | None = field(default=None, repr=False)
    _local: ChatRequest | None = field(default=None, repr=False)

    @property
    def entity_types(self) -> frozenset[str]:
        """Every type detected, including ones merged away by overlap resolution and local-only
        values split across consecutive messages (for routing)."""
        return (
            frozenset(f.entity_type for fs in self.findings for f in fs)
            | frozenset(s.entity_type for ss in self.spans for s in ss)
            | self.split_types
        )

    @property
    def entity_counts(self) -> dict[str, int]:
        """Distinct values per entity type."""
        distinct = {(s.entity_type, s.key) for ss in self.spans for s in ss}
        return dict(sorted(Counter(t for t, _ in distinct).items()))

    def values(self) -> list[tuple[str, str]]:
        """(type, value) of every distinct detected value, for keyed fingerprints. Never stored."""
        seen: dict[tuple[str, str], str] = {}
        for ss in self.spans:
            for s in ss:
                seen.setdefault((s.entity_type, s.key), self.texts[s.index][s.start : s.end])
        return [(t, v) for (t, _), v in seen.items()]

    @property
    def estimated_tokens(self) -> int:
        """A cheap token estimate for the context-window rule."""
        return math.ceil(sum(len(t) for t in self.texts) / CHARS_PER_TOKEN)

    def for_local(self) -> ChatRequest:
        """The request as the local tier sees it: only `redact` applies."""
        if self._local is None:
            out = pseudonymize(self.texts, self.spans, self.policy, for_cloud=False)
            self._local = replace_texts(self.request, out.texts) if out.texts != self.texts else self.request
        return self._local

    def for_cloud(self) -> tuple[ChatRequest, PlaceholderMap]:
        """The request as the cloud sees it: placeholders in, and the map to restore the answer."""
        if self._cloud is None:
            out = pseudonymize(self.texts, self.spans, self.policy, for_cloud=True)
            self._cloud = (replace_texts(self.request, out.texts), out.mapping)
        return self._cloud


@dataclass(frozen=True)
class Junction:
    """The end of one text joined to the start of the next, where a split value would be whole."""

    text: str
    head: int  # characters that come from the first text
    tail: int  # where the second text begins

    def crossed_by(self, finding: Finding) -> bool:
        """Whether `finding` takes characters from both sides (so neither text alone showed it)."""
        return finding.start < self.head and finding.end > self.tail


def split_junctions(runs: list[list[str]]) -> list[Junction]:
    """A junction for every two consecutive non-empty texts of a run, each way of joining them.

    The window reaches back over short texts, so a value split in three is whole in it too.
    """
    junctions: list[Junction] = []
    for run in runs:
        parts = [p for p in run if p.strip()]
        for joiner in SPLIT_JOINERS if len(parts) > 1 else ():
            joined = joiner.join(parts)
            end = 0
            for part in parts[:-1]:
                end += len(part)
                start = max(0, end - SPLIT_WINDOW)
                window = joined[start : end + len(joiner) + SPLIT_WINDOW]
                junctions.append(Junction(window, end - start, end - start + len(joiner)))
                end += len(joiner)
    return junctions


class AnalyzerBusy(GatewayError):
    """Every analyzer slot stayed taken for longer than a request may wait."""

    status = 503
    code = "analyzer_busy"
    kind = "unavailable"


class PrivacyCore:
    """Runs the detector on a shared `AnalyzerPool`, with this policy's cache, and builds `Inspection`s."""

    def __init__(self, detector: Detector, pool: AnalyzerPool, *, cache_entries: int = 8192) -> None:
        self.detector = detector
        self.policy = detector.policy
        self.cache = AnalysisCache(cache_entries)
        self.pool = pool  # shared by every policy's core; its owner closes it
        self.answer_detector = answer_detector(detector, self.policy)
        self.answer_cache = AnalysisCache(1024)
        english_words()  # load propagation's lexicon now (about 0.1 s), not in the first request

    async def inspect(self, request: ChatRequest, texts: list[str] | None = None) -> Inspection:
        """Analyse every text of `request` (`texts`, when the caller already extracted them); any analyzer failure refuses the request."""
        texts = extract_texts(request) if texts is None else texts
        junctions = split_junctions(message_texts(request))
        try:
            found = await self.pool.run(self.detector, self.cache, texts + [j.text for j in junctions])
            findings = found[: len(texts)]
            spans = mask_spans(texts, findings)
        except PoolBusy:
            raise AnalyzerBusy(f"the privacy analyzer is busy; no slot freed within {self.pool.queue_seconds:g}s") from None
        except Exception as exc:  # noqa: BLE001 - fail closed on anything the analyzer raises
            raise AnalyzerFailed(f"the privacy analyzer failed ({type(exc).__name__}); the request was not forwarded") from exc
        split = frozenset(
            f.entity_type
            for junction, fs in zip(junctions, found[len(texts) :])
            for f in fs
            if junction.crossed_by(f) and self.policy.rule(f.entity_type).action == "local_only"
        )
        return Inspection(request, self.policy, texts, findings, spans, split)

    def answer_screen(self, inspection: Inspection) -> AnswerScreen | None:
        """A screen for the answer to `inspection`'s request, when the policy has an `answers:` section."""
        if self.answer_detector is None:
            return None
        return AnswerScreen(self.answer_detector, self.pool, self.answer_cache, inspection.texts)

    def prewarm(self, answer: str) -> None:
        """Analyse an answer the client was just sent, in the background, before it comes back as history."""
        if answer.strip():
            self.pool.prewarm(self.detector, self.cache, answer)
