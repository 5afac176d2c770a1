"""Precision on everyday prompts that name only the world, paired with recall on the same prompts
holding a private person: by carrier and by the country of the public names. A clean prompt is
altered when the gateway masks anything in it; a personal one leaks when a word of the private name
is left as written (`verbatim`: the whole name).

    PYTHONPATH=. python scripts/probe_clean.py [--misses N] [--locales fi,pl] [--carrier C] [--per-locale 1] [--set tasks]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.clean_probe import SETS, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many altered clean and leaked personal texts")
    parser.add_argument("--locales", help="comma-separated mimesis locales of the private people (default: all)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--set", choices=tuple(SETS), default="base", help="which carriers (default: base)")
    parser.add_argument("--per-locale", type=int, default=1, help="private names drawn per locale (default 1)")
    args = parser.parse_args(argv)
    todo = [
        c for c in cases(args.locales.split(",") if args.locales else None, args.per_locale, carriers=args.set)
        if args.carrier is None or c.carrier == args.carrier
    ]
    total: Counter[tuple[str, str]] = Counter()
    bad: Counter[tuple[str, str]] = Counter()
    whole: Counter[tuple[str, str]] = Counter()
    altered, lost = [], []
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        for key in (("carrier", case.carrier), ("country", case.country), ("all", "all")):
            total[(case.kind, *key)] += 1
            if case.kind == "clean":
                bad[(case.kind, *key)] += bool(spans)
            else:
                bad[(case.kind, *key)] += leaked(case, spans)
                whole[(case.kind, *key)] += leaked(case, spans, whole=True)
        if case.kind == "clean" and spans:
            altered.append((case, spans))
        elif case.kind == "personal" and leaked(case, spans):
            lost.append((case, spans))
    countries = sorted({c.country for c in todo})
    for axis, names in (("carrier", tuple(SETS[args.set])), ("country", countries), ("all", ("all",))):
        print(f"== {axis:<16} clean altered       personal leaked (a word)   verbatim")
        for name in names:
            n, m = total[("clean", axis, name)], total[("personal", axis, name)]
            if n:
                a, b, w = bad[("clean", axis, name)], bad[("personal", axis, name)], whole[("personal", axis, name)]
                print(f"  {name:<16} {a:>4}/{n:<4} {100 * a / n:5.1f} %    {b:>4}/{m:<4} {100 * b / m:5.1f} %    {w:>4} {100 * w / m:5.1f} %")
    for label, rows in (("altered", altered), ("leaked", lost)):
        for case, spans in rows[: args.misses]:
            shown = ", ".join(repr(case.text[a:b]) for a, b in spans)
            print(f"--- {label} {case.carrier} {case.country} {case.name!r}: {shown}\n{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
