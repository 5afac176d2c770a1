"""People asked about at work, at school, in a community and in technical prompts, by family, half
and case: how many leak, that is keep a word of their name outside the spans the cloud would see
masked (`tests/detection/asked_probe.py`). `tune` is what the round's rules were written from,
`check` was written with it and never tuned on (other templates, other locales).

    PYTHONPATH=. python scripts/probe_asked.py [--family records|professions|technical|community] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.asked_probe import CASES, FAMILIES, SETS, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--family", choices=tuple(FAMILIES), help="only this family (default: all)")
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts of the tune half")
    args = parser.parse_args(argv)
    print(f"{'family':<13}{'half':<7}" + "".join(f"{c:>14}" for c in (*CASES, "all")))
    shown = 0
    for family in (args.family,) if args.family else tuple(FAMILIES):
        for half in SETS:
            todo = cases(family, half)
            total: Counter[str] = Counter()
            lost: Counter[str] = Counter()
            for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
                for person in case.people:
                    bad = leaked(case, person, spans)
                    for key in (case.case, "all"):
                        total[key] += 1
                        lost[key] += bad
                    if bad and half == "tune" and shown < args.misses:
                        shown += 1
                        print(f"--- {family} {case.locale} {person!r}\n{case.text}")
            cells = "".join(f"{f'{lost[k]}/{total[k]}':>14}" if total[k] else f"{'-':>14}" for k in (*CASES, "all"))
            print(f"{family:<13}{half:<7}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
