"""Recall of logins made from people's names, by carrier, form and locale: mimesis names of every
Latin-script locale made into logins (`anna.berg`, `aberg42`, `ABerg`…) in the places tools print
them, with no full name beside them. A login leaks when the text the cloud would see still holds
it as written (the gateway's spans: the detector's findings, resolved and propagated).

    PYTHONPATH=. python scripts/probe_handles.py [--misses N] [--locales fi,pl] [--carrier C] [--form F]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import Recall, masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.handle_probe import CARRIERS, FORMS, LOCALES, Case, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts")
    parser.add_argument("--locales", help="comma-separated mimesis locales (default: every Latin-script one)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--form", help="only this form")
    parser.add_argument("--per-locale", type=int, default=12, help="names drawn per locale (default 12)")
    args = parser.parse_args(argv)

    locales = args.locales.split(",") if args.locales else None
    todo: list[Case] = [
        c for c in cases(locales, args.per_locale)
        if (args.carrier is None or c.carrier == args.carrier) and (args.form is None or c.form == args.form)
    ]
    recall = Recall((("carrier", CARRIERS), ("form", FORMS), ("locale", LOCALES)))
    misses: list[Case] = []
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        bad = leaked(case, spans)
        recall.add({"carrier": case.carrier, "form": case.form, "locale": case.locale}, bad)
        if bad:
            misses.append(case)
    recall.print()
    for case in misses[: args.misses]:
        print(f"--- {case.locale} {case.form} {case.carrier}: {case.handle!r}\n{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
