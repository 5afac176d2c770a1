"""Recall of postcodes written alone, by carrier and country group: Faker's (or mimesis') codes of
many countries after a cue, a few words after it, or beside a town with no cue; and the numbers that
are no postcode (`CLEAN`), which must reach the cloud byte-identical.

    PYTHONPATH=. python scripts/probe_postcodes.py [--misses N] [--source mimesis] [--locales de_DE,fr_FR] [--carrier C]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import Recall, masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.postcode_probe import CARRIERS, CLEAN, GROUPS, Case, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts")
    parser.add_argument("--source", choices=("faker", "mimesis"), default="faker", help="where the codes come from")
    parser.add_argument("--locales", help="comma-separated locales of the source (default: all the probe lists)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--per-locale", type=int, default=2, help="codes per locale and carrier (default 2)")
    args = parser.parse_args(argv)

    locales = args.locales.split(",") if args.locales else None
    todo: list[Case] = [c for c in cases(args.source, locales, args.per_locale) if args.carrier is None or c.carrier == args.carrier]
    countries = tuple(sorted({c.country for c in todo}))
    recall = Recall((("carrier", CARRIERS), ("group", GROUPS), ("country", countries)))
    misses: list[Case] = []
    masked = masked_for_cloud([c.text for c in todo] + list(CLEAN))
    for case, spans in zip(todo, masked):
        bad = leaked(case, spans)
        recall.add({"carrier": case.carrier, "group": case.group, "country": case.country}, bad)
        if bad:
            misses.append(case)
    recall.print()
    altered = [(text, spans) for text, spans in zip(CLEAN, masked[len(todo):]) if spans]
    print(f"== clean: {len(altered)} of {len(CLEAN)} texts with no postcode altered")
    for text, spans in altered:
        print(f"  {text!r}: {[text[s:e] for s, e in spans]}")
    for case in misses[: args.misses]:
        print(f"--- {case.country} {case.carrier}: {case.code!r}\n{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
