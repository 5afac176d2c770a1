"""Precision on PII-free prompts that name organisations, venues, landmarks, institutions and laws
("the Brooklyn Bridge", "Carnegie Mellon University", "the Riot Act", "Hall, Price and Moss"),
paired with recall on private people who carry the same words as surnames
(`tests/detection/org_probe.py` says the sources and the twins).

    PYTHONPATH=. python scripts/probe_orgs.py [--set tune|check] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud  # noqa: E402  (puts the repository on sys.path)

from tests.detection.org_probe import FRAMES, Case, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=tuple(FRAMES), default="tune")
    parser.add_argument("--misses", type=int, default=0, help="print this many altered clean and leaked personal texts")
    parser.add_argument("--per-frame", type=int, default=24)
    args = parser.parse_args(argv)
    todo = cases(args.set, args.per_frame)
    altered: list[tuple[Case, list[tuple[int, int]]]] = []
    lost: list[tuple[Case, list[tuple[int, int]]]] = []
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        if case.kind == "clean" and spans:
            altered.append((case, spans))
        elif case.kind == "personal" and leaked(case, spans):
            lost.append((case, spans))
    print(f"== set {args.set}   frame   clean altered   personal leaked")
    for f in range(len(FRAMES[args.set])):
        n = sum(1 for c in todo if c.frame == f and c.kind == "clean")
        a = sum(1 for c, _ in altered if c.frame == f)
        b = sum(1 for c, _ in lost if c.frame == f)
        print(f"  {f:>5}   {a:>4}/{n:<4} {100 * a / n:5.1f} %   {b:>4}/{n:<4} {100 * b / n:5.1f} %")
    n = len(todo) // 2
    print(f"  {'all':>5}   {len(altered):>4}/{n:<4} {100 * len(altered) / n:5.1f} %   {len(lost):>4}/{n:<4} {100 * len(lost) / n:5.1f} %")
    for label, rows in (("altered", altered), ("leaked", lost)):
        for case, spans in rows[: args.misses]:
            print(f"--- {label}: {case.text!r} masked {[case.text[a:b] for a, b in spans]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
