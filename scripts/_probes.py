"""Shared by the recall probes (`probe_handles.py`, `probe_names.py`): what the gateway masks for the
cloud in each text, and the recall table by axis."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def masked_for_cloud(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Per text, the spans the default policy masks before the cloud sees it: the detector's
    findings, resolved and propagated as the gateway does (`core.spans.mask_spans`)."""
    from privacy_gateway.config.settings import bundled_policy
    from privacy_gateway.core.spans import mask_spans
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
    from privacy_gateway.policy.schema import load_policy

    policy = load_policy(bundled_policy("default"))
    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), policy)
    out = []
    for text, findings in zip(texts, detector.analyze(list(texts))):
        kept = [f for f in findings if policy.rule(f.entity_type).action in ("pseudonymize", "redact")]
        (spans,) = mask_spans([text], [kept])
        out.append([(s.start, s.end) for s in spans])
    return out


class Recall:
    """Counts of values kept from the cloud by axis ("carrier", "locale"…), printed as a table; a
    second count (`also`, e.g. the whole name left) gets a column of its own when named."""

    def __init__(self, axes: Sequence[tuple[str, Sequence[str]]], also: str | None = None) -> None:
        self.axes = [*axes, ("all", ("all",))]
        self.also = also
        self.total: Counter[tuple[str, str]] = Counter()
        self.lost: Counter[tuple[str, str]] = Counter()
        self.other: Counter[tuple[str, str]] = Counter()

    def add(self, keys: dict[str, str], leaked: bool, other: bool = False) -> None:
        for key in (*keys.items(), ("all", "all")):
            self.total[key] += 1
            self.lost[key] += leaked
            self.other[key] += other

    def print(self) -> None:
        for axis, names in self.axes:
            print(f"== {axis:<16} masked" + (f"   {self.also}" if self.also else ""))
            for name in names:
                n = self.total[(axis, name)]
                if n:
                    kept = n - self.lost[(axis, name)]
                    line = f"  {name:<16} {kept:>5}/{n:<5} {100 * kept / n:5.1f} %"
                    if self.also:
                        line += f"   {self.other[(axis, name)]:>4} {100 * self.other[(axis, name)] / n:5.1f} %"
                    print(line)
