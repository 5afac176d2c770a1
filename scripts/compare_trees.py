#!/usr/bin/env python3
"""A/B of two source trees' Detector on the same fresh texts, interleaved in one run.

Speed changes must leave every finding as it was, and this machine is shared and noisy: timing
main in one run and a branch in another says little. This script starts one analyzer process per
tree (each imports `privacy_gateway` from its own tree, with the default policy and model), builds
fresh texts the way `bench.py` does (`profile_detection.Texts`), and sends each batch to both
processes in turn, alternating which goes first. Each process times every `Detector.analyze` call
(one text) by its own CPU time, so other work on the machine changes the figures little, and
sends its findings back: the two trees must find the same spans on every text, or the script
says where they differ.

    python scripts/compare_trees.py /work/main [--tree .] [--sizes 100,1000,8000] [--rounds 12] [--batch 8]

Prints, per size, the median ms per text of each tree, the ratio of the medians (tree / base),
the median of the per-text ratios (`paired`: the same text on both trees, steadier under load)
and how many texts had different findings. Run it twice: the medians move by a few percent between runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def serve(tree: str) -> int:
    """Analyse each batch of texts read from stdin (one JSON list a line) with `tree`'s Detector;
    answer one JSON line of per-text CPU ms and findings."""
    sys.path.insert(0, tree)
    from privacy_gateway.config.settings import bundled_policy
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
    from privacy_gateway.policy.schema import load_policy

    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), load_policy(bundled_policy("default")))
    print(json.dumps({"ready": str(Path(sys.modules["privacy_gateway"].__file__ or "").parent)}), flush=True)
    for line in sys.stdin:
        texts = json.loads(line)
        ms, found = [], []
        for text in texts:
            start = time.process_time()
            findings = detector.analyze([text])[0]
            ms.append(1000 * (time.process_time() - start))
            found.append([[f.start, f.end, f.entity_type, f.score] for f in findings])
        print(json.dumps({"ms": ms, "found": found}), flush=True)
    return 0


class Tree:
    """One tree's analyzer process."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=path,
        )
        ready = json.loads(self._line())
        self.package = ready["ready"]

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the analyzer of {self.path} stopped")
        return line

    def run(self, texts: list[str]) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(texts) + "\n")
        self.process.stdin.flush()
        return json.loads(self._line())  # type: ignore[no-any-return]

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", nargs="?", help="the tree to compare against (e.g. /work/main)")
    parser.add_argument("--tree", default=str(ROOT), help="the tree under test (default: this script's)")
    parser.add_argument("--sizes", default="100,1000,8000", help="text sizes in characters, comma separated")
    parser.add_argument("--rounds", type=int, default=12, help="rounds of batches per size (default 12)")
    parser.add_argument("--batch", type=int, default=8, help="fresh texts per batch (default 8)")
    parser.add_argument("--warmup", type=int, default=10, help="texts each tree analyses first, not counted")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args.serve)
    if not args.base:
        parser.error("give the base tree to compare against")
    from profile_detection import Texts

    sizes = [int(s) for s in args.sizes.split(",")]
    base, tree = Tree(args.base), Tree(args.tree)
    print(f"base: {base.package}\ntree: {tree.package}")
    source = Texts()
    warm = [source.make(max(sizes)) for _ in range(args.warmup)]
    base.run(warm)
    tree.run(warm)
    print(f"{'size':>6} {'texts':>6} {'base ms':>8} {'tree ms':>8} {'ratio':>6} {'paired':>7} {'differ':>7}")
    try:
        for size in sizes:
            times: dict[str, list[float]] = {"base": [], "tree": []}
            differ = 0
            for round_ in range(args.rounds):
                texts = [source.make(size) for _ in range(args.batch)]
                order = [("base", base), ("tree", tree)] if round_ % 2 == 0 else [("tree", tree), ("base", base)]
                answers = {}
                for name, side in order:
                    answers[name] = side.run(texts)
                    times[name] += answers[name]["ms"]
                differ += sum(a != b for a, b in zip(answers["base"]["found"], answers["tree"]["found"]))
            b, t = statistics.median(times["base"]), statistics.median(times["tree"])
            paired = statistics.median(y / x for x, y in zip(times["base"], times["tree"]) if x > 0)
            print(f"{size:>6} {len(times['base']):>6} {b:>8.2f} {t:>8.2f} {t / b:>6.3f} {paired:>7.3f} {differ:>7}", flush=True)
    finally:
        base.close()
        tree.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
