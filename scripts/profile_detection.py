#!/usr/bin/env python3
"""Where the Detector spends a fresh prompt's time, stage by stage and recognizer by recognizer.

Builds the default policy's Detector as the gateway does and analyses fresh texts made the way
`bench.py` makes them (rows of `eval/dev/dev.jsonl` joined to the size asked, each text new), one
`Detector.analyze` call per text. Each stage is timed around the call that does it: the normalized
view, the kind of text, spaCy's parse, each recognizer's `analyze`, Presidio's own work between them
(context words, merging), and each step the Detector takes after Presidio. Prints, per size, a
table of calls, total ms, ms per text and share of the analysis.

    python scripts/profile_detection.py [--sizes 100,600,1000] [--texts 40] [--spacy] [--cprofile 25]

Times are the process's CPU time (`--wall` for wall-clock time), so that other work on the
machine changes them little. `--spacy` adds spaCy's parse component by component; `--cprofile N`
also prints the N functions with the most time of their own, for the 1 KB case
(or the largest size asked). The gateway cuts a text of 400 characters or more in two pieces
analysed side by side (`split`): a 1 KB prompt's latency is that of a ~600-character piece.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import pstats
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "eval" / "dev" / "dev.jsonl"

# The Detector's own steps after Presidio, named as `engine` imports them.
ENGINE_STEPS = (
    "view_of", "analysis_text", "kind_of", "sample_place", "with_contact_names", "with_note_subjects", "whole_names",
    "plain_label", "output_key", "column_header", "_without_roles", "menu_paths", "ui_labels", "product_item",
    "numbered_word", "with_contact_numbers", "with_house_numbers", "whole_places", "placeholder_spans",
    "sample_name_spans", "zone_spans", "_void", "foreign_language",
)


class Texts:
    """Fresh text of a given size, as `bench.py` makes it: dev rows in a new order, numbered."""

    def __init__(self, seed: int = 7) -> None:
        self.pool = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
        self.rng = random.Random(seed)
        self.n = 0

    def make(self, size: int) -> str:
        self.n += 1
        parts = [f"Request {self.n}."]
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(self.rng.choice(self.pool))
        return " ".join(parts)[: max(size, 40)]


class Clock:
    """Time spent per stage; nested stages are subtracted from the stage around them. CPU time of
    the process by default: other work on the machine then changes the figures little."""

    def __init__(self, now: Callable[[], float] = time.process_time) -> None:
        self.now = now
        self.calls: dict[str, int] = defaultdict(int)
        self.own: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []  # per open stage: [time of its children]

    def timed(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            self._stack.append([0.0])
            start = self.now()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = self.now() - start
                children = self._stack.pop()[0]
                self.calls[stage] += 1
                self.own[stage] += spent - children
                if self._stack:
                    self._stack[-1][0] += spent

        return run

    def reset(self) -> None:
        self.calls.clear()
        self.own.clear()


def instrument(detector: Any, clock: Clock) -> None:
    """Wrap the detector's stages, its analyzer's recognizers and spaCy's batch in `clock`."""
    from privacy_gateway.detection import engine

    for name in ENGINE_STEPS:
        if hasattr(engine, name):
            setattr(engine, name, clock.timed(f"detector: {name}", getattr(engine, name)))
    analyzer = detector.analyzer
    nlp_engine = analyzer.nlp_engine
    batch = nlp_engine.process_batch  # a generator: parsed as it is read, so read it inside the clock
    nlp_engine.process_batch = clock.timed("spaCy parse (process_batch)", lambda *a, **k: list(batch(*a, **k)))
    analyzer.analyze = clock.timed("presidio: analyze (own work)", analyzer.analyze)
    analyzer._enhance_using_context = clock.timed("presidio: context enhancer", analyzer._enhance_using_context)
    for recognizer in analyzer.registry.recognizers:
        recognizer.analyze = clock.timed(f"recognizer: {recognizer.name}", recognizer.analyze)
    detector.analyze = clock.timed("detector: analyze (own work)", detector.analyze)


def table(clock: Clock, texts: int, wall: float, top: int) -> None:
    total = sum(clock.own.values())
    print(f"  {'stage':<52} {'calls':>6} {'total ms':>9} {'ms/text':>8} {'share':>6}")
    rows = sorted(clock.own.items(), key=lambda kv: -kv[1])
    shown = rows[:top]
    for stage, spent in shown:
        print(f"  {stage:<52} {clock.calls[stage]:>6} {1000 * spent:>9.1f} {1000 * spent / texts:>8.2f} {100 * spent / total:>5.1f}%")
    rest = sum(s for _, s in rows[top:])
    if rest:
        print(f"  {'(' + str(len(rows) - top) + ' more stages)':<52} {'':>6} {1000 * rest:>9.1f} {1000 * rest / texts:>8.2f} {100 * rest / total:>5.1f}%")
    print(f"  {'all stages':<52} {'':>6} {1000 * total:>9.1f} {1000 * total / texts:>8.2f}")
    print(f"  time per text, measured around each call: {1000 * wall / texts:.2f} ms")


def spacy_components(detector: Any, source: Texts, sizes: list[int], texts: int, now: Callable[[], float]) -> None:
    """spaCy's parse by component: each fresh text tokenized, then run through the components one
    by one, as `nlp.pipe` runs them for a batch of one (the parse stage of the table above)."""
    nlp = detector.analyzer.nlp_engine.nlp["en"]
    for size in sizes:
        spent: dict[str, float] = defaultdict(float)
        for _ in range(texts):
            text = source.make(size)
            start = now()
            doc = nlp.make_doc(text)
            spent["tokenizer"] += now() - start
            for name, component in nlp.pipeline:
                start = now()
                doc = next(iter(component.pipe([doc]))) if hasattr(component, "pipe") else component(doc)
                spent[name] += now() - start
        total = sum(spent.values())
        print(f"== spaCy components, {size} characters, {texts} fresh texts")
        print(f"  {'component':<30} {'ms/text':>8} {'share':>6}")
        for name, seconds in spent.items():
            print(f"  {name:<30} {1000 * seconds / texts:>8.2f} {100 * seconds / total:>5.1f}%")
        print(f"  {'all components':<30} {1000 * total / texts:>8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,600,1000", help="text sizes in characters, comma separated")
    parser.add_argument("--texts", type=int, default=40, help="fresh texts per size (default 40)")
    parser.add_argument("--warmup", type=int, default=10, help="texts analysed first, not counted (default 10)")
    parser.add_argument("--top", type=int, default=30, help="rows per table (default 30)")
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of the process's CPU time")
    parser.add_argument("--spacy", action="store_true", help="also time spaCy's parse component by component")
    parser.add_argument("--cprofile", type=int, default=0, help="also print this many functions by own time (largest size)")
    args = parser.parse_args(argv)

    from privacy_gateway.config.settings import bundled_policy
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
    from privacy_gateway.policy.schema import load_policy

    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), load_policy(bundled_policy("default")))
    sizes = [int(s) for s in args.sizes.split(",")]
    source = Texts()
    for _ in range(args.warmup):
        detector.analyze([source.make(max(sizes))])
    now = time.perf_counter if args.wall else time.process_time
    clock = Clock(now)
    instrument(detector, clock)
    for size in sizes:
        texts = [source.make(size) for _ in range(args.texts)]
        clock.reset()
        start = now()
        for text in texts:
            detector.analyze([text])
        wall = now() - start
        print(f"== {size} characters, {args.texts} fresh texts")
        table(clock, args.texts, wall, args.top)
    if args.spacy:
        spacy_components(detector, source, sizes, args.texts, now)
    if args.cprofile:
        texts = [source.make(max(sizes)) for _ in range(args.texts)]
        profile = cProfile.Profile(now)
        profile.enable()
        for text in texts:
            detector.analyze([text])
        profile.disable()
        print(f"== cProfile, {max(sizes)} characters, {args.texts} texts, by own time")
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
