"""Private people in work-shaped questions (a colleague, a customer, a candidate asked about in the
words of history and fame), each paired with its PII-free twin about a famous person: by carrier
and by case (as typed, lower case, capitals), for the carriers the rules were written from (`tune`:
mimesis names, the package's famous people) and those never tuned on (`check`: Faker names of other
locales, hand-written figures).

    PYTHONPATH=. python scripts/probe_work.py [--set tune|check|all] [--per-locale N] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.clean_probe import leaked  # noqa: E402
from tests.detection.work_probe import CASES, SETS, cases  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", help="carriers: tune, check or all (default)")
    parser.add_argument("--per-locale", type=int, default=1, help="private names drawn per locale (default 1)")
    parser.add_argument("--misses", type=int, default=0, help="print this many altered clean and leaked personal texts")
    args = parser.parse_args(argv)
    for which in SETS if args.set == "all" else (args.set,):
        todo = cases(which, args.per_locale)
        total: Counter[tuple[str, str]] = Counter()
        bad: Counter[tuple[str, str]] = Counter()
        whole: Counter[str] = Counter()
        shown = {"clean": 0, "personal": 0}
        for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
            miss = bool(spans) if case.kind == "clean" else leaked(case, spans)  # type: ignore[arg-type]
            for key in (case.carrier, f"case: {case.case}", "all"):
                total[(case.kind, key)] += 1
                bad[(case.kind, key)] += miss
                if case.kind == "personal":
                    whole[key] += leaked(case, spans, whole=True)  # type: ignore[arg-type]
            if miss and shown[case.kind] < args.misses:
                shown[case.kind] += 1
                print(f"--- {'altered' if case.kind == 'clean' else 'leaked'} {case.carrier} {case.case} {case.name!r}: "
                      + ", ".join(repr(case.text[a:b]) for a, b in spans) + f"\n{case.text}")
        print(f"== {which} carriers          clean altered      personal leaked (a word)   verbatim")
        for key in (*SETS[which], *(f"case: {c}" for c in CASES), "all"):
            n, m = total[("clean", key)], total[("personal", key)]
            a, b, w = bad[("clean", key)], bad[("personal", key)], whole[key]
            print(f"  {key:<20} {a:>4}/{n:<4} {100 * a / n:5.1f} %    {b:>4}/{m:<4} {100 * b / m:5.1f} %    {w:>4} {100 * w / m:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
