"""Recall of given names written alone, by carrier, case and locale: mimesis given names of every
Latin-script locale, as is or in lower case, in the probe's own everyday prompts (plans, chat, mail
greetings and sign-offs, work notes, lists, records). A name leaks when the text the cloud would
see still holds it where it stands, by the gateway's spans.

    PYTHONPATH=. python scripts/probe_given_names.py [--misses N] [--locales fi,pl] [--carrier C] [--case lower]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import Recall, masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.given_probe import CARRIERS, CASES, LOCALES, Case, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts")
    parser.add_argument("--locales", help="comma-separated mimesis locales (default: every Latin-script one)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--case", dest="how", help="only this case: as-is, lower")
    parser.add_argument("--per-locale", type=int, default=12, help="names drawn per locale (default 12)")
    args = parser.parse_args(argv)

    locales = args.locales.split(",") if args.locales else None
    todo: list[Case] = [
        c for c in cases(locales, args.per_locale)
        if (args.carrier is None or c.carrier == args.carrier) and (args.how is None or c.case == args.how)
    ]
    recall = Recall((("carrier", CARRIERS), ("case", CASES), ("locale", LOCALES)))
    misses: list[Case] = []
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        bad = leaked(case, spans)
        recall.add({"carrier": case.carrier, "case": case.case, "locale": case.locale}, bad)
        if bad:
            misses.append(case)
    recall.print()
    for case in misses[: args.misses]:
        print(f"--- {case.locale} {case.case} {case.carrier}: {case.name!r}\n{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
