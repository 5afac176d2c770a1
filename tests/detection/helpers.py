"""Detection test helpers: the type of the `find` fixture, the texts of the readable corpora, whether
a twin prompt's private name is left unmasked, and a twin probe's rates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:
    from privacy_gateway.detection.engine import Detector

Find = Callable[[str], list[tuple[str, str]]]  # text -> [(entity_type, value)]


EVAL = Path(__file__).resolve().parents[2] / "eval"
# The corpora anyone may read (never a sealed half).
READABLE = [
    "dev/dev.jsonl", "redteam/tune.jsonl", "clean/tune.jsonl", "paste/tune.jsonl", "heldout/tune.jsonl", "french/tune.jsonl",
    "stranger/seen.jsonl", "stranger2/seen.jsonl", "stranger3/seen.jsonl", "stranger6/tune.jsonl", "stranger7/tune.jsonl",
]


def readable_texts() -> list[str]:
    """Every text of the readable corpora, for checks that a faster reading finds the same."""
    texts = []
    for name in READABLE:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


@dataclass(frozen=True)
class FrameCase:
    """A prompt of a twin probe by frame (`probe_things.py`, `probe_orgs.py`): a clean one naming
    no one, or its personal twin holding the private `names`."""

    kind: str  # "clean" or "personal"
    frame: int
    text: str
    names: tuple[str, ...]


def names_left(text: str, names: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a private name of a twin prompt is left partly or wholly unmasked: the first place
    each of `names` stands in `text` must lie inside one masked span."""
    for name in names:
        start = text.find(name)
        if not any(s <= start and start + len(name) <= e for s, e in spans):
            return True
    return False


def twin_rates(detector: Detector, probes: Sequence[Any], leaked: Callable[[Any, list[tuple[int, int]]], bool]) -> tuple[float, float]:
    """(clean prompts altered, personal twins leaked) of a twin probe's cases: each text's findings
    resolved into spans as the gateway does; a clean one is altered when any span is masked, a
    personal one leaked as `leaked(probe, masked spans)` says."""
    from privacy_gateway.core.spans import mask_spans

    altered, lost = [], []
    for probe, findings in zip(probes, detector.analyze([p.text for p in probes])):
        (spans,) = mask_spans([probe.text], [findings])
        masked = [(s.start, s.end) for s in spans]
        if probe.kind == "clean":
            altered.append(bool(masked))
        else:
            lost.append(leaked(probe, masked))
    return sum(altered) / len(altered), sum(lost) / len(lost)
