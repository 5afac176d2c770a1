"""Precision on everyday prompts that name a place of the world (a trip, a product's origin, a
trade's question, knowledge), paired with recall on private twins where the same place is someone's
(home, delivery address, meeting place, a customer's town): by template, by size of place and by
source (`tests/detection/place_clean_probe.py`). A clean prompt is altered when anything in it is
masked; a twin leaks when a word of the place is left as written.

    PYTHONPATH=. python scripts/probe_places_clean.py [--source package|faker|geonames] [--set tune|check] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.place_clean_probe import SETS, SIZES, SOURCES, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--source", choices=SOURCES, default="package", help="where the places come from (default: package)")
    parser.add_argument("--set", choices=tuple(SETS), default="tune", help="which templates (default: tune)")
    parser.add_argument("--per-size", type=int, default=8, help="places drawn per size of place (default 8)")
    parser.add_argument("--template", help="only this template")
    parser.add_argument("--misses", type=int, default=0, help="print this many altered clean and leaked private texts")
    args = parser.parse_args(argv)
    todo = [c for c in cases(args.source, args.set, args.per_size) if args.template is None or c.template == args.template]
    if not todo:
        print(f"no places from {args.source} (is its package installed?)")
        return 1
    total: Counter[tuple[str, str, str]] = Counter()
    bad: Counter[tuple[str, str, str]] = Counter()
    altered, lost = [], []
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        miss = bool(spans) if case.kind == "clean" else leaked(case, spans)
        for key in (("template", case.template), ("size", case.size), ("all", "all")):
            total[(case.kind, *key)] += 1
            bad[(case.kind, *key)] += miss
        if miss:
            (altered if case.kind == "clean" else lost).append((case, spans))
    for axis, names in (("template", tuple(SETS[args.set])), ("size", SIZES), ("all", ("all",))):
        print(f"== {axis:<18} clean altered       private leaked")
        for name in names:
            n, m = total[("clean", axis, name)], total[("private", axis, name)]
            if n:
                a, b = bad[("clean", axis, name)], bad[("private", axis, name)]
                print(f"  {name:<18} {a:>4}/{n:<4} {100 * a / n:5.1f} %    {b:>4}/{m:<4} {100 * b / m:5.1f} %")
    for label, rows in (("altered", altered), ("leaked", lost)):
        for case, spans in rows[: args.misses]:
            shown = ", ".join(repr(case.text[a:b]) for a, b in spans)
            print(f"--- {label} {case.template} {case.size} {case.place!r}: {shown}\n{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
