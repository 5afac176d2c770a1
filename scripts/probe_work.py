"""Private people in work-shaped questions (a colleague, a customer, a candidate asked about in the
words of history and fame), each paired with its PII-free twin about a famous person: by carrier
and by case (as typed, lower case, capitals), for the carriers the rules were written from (`tune`:
mimesis names, the package's famous people) and those never tuned on (`check`: Faker names of other
locales, hand-written figures).

    PYTHONPATH=. python scripts/probe_work.py [--set tune|check|check2|tune2|tech|all] [--per-locale N] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import twin_tables  # noqa: E402  (puts the repository on sys.path)
from tests.detection.work_probe import CASES, SETS, cases  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", help="carriers: tune, check, check2, tune2, tech or all (default)")
    parser.add_argument("--per-locale", type=int, default=1, help="private names drawn per locale (default 1)")
    parser.add_argument("--misses", type=int, default=0, help="print this many altered clean and leaked personal texts")
    args = parser.parse_args(argv)
    for which in SETS if args.set == "all" else (args.set,):
        todo = cases(which, args.per_locale)
        twin_tables(
            f"== {which} carriers          clean altered      personal leaked (a word)   verbatim",
            todo, lambda case: (case.carrier, f"case: {case.case}"), (*SETS[which], *(f"case: {c}" for c in CASES)),
            args.misses, lambda case: f"{case.carrier} {case.case} {case.name!r}", 20,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
