"""Recall of logins made from people's names, by carrier, form and locale: mimesis names of every
Latin-script locale made into logins (`anna.berg`, `aberg42`, `ABerg`…) in the places tools print
them, with no full name beside them. A login leaks when the text the cloud would see still holds
it as written (the gateway's spans: the detector's findings, resolved and propagated).

    PYTHONPATH=. python scripts/probe_handles.py [--misses N] [--locales fi,pl] [--carrier C] [--form F]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.detection.handle_probe import CARRIERS, FORMS, LOCALES, Case, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts")
    parser.add_argument("--locales", help="comma-separated mimesis locales (default: every Latin-script one)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--form", help="only this form")
    parser.add_argument("--per-locale", type=int, default=12, help="names drawn per locale (default 12)")
    args = parser.parse_args(argv)

    from privacy_gateway.config.settings import bundled_policy
    from privacy_gateway.core.spans import mask_spans
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
    from privacy_gateway.policy.schema import load_policy

    policy = load_policy(bundled_policy("default"))
    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), policy)
    locales = args.locales.split(",") if args.locales else None
    todo: list[Case] = [
        c for c in cases(locales, args.per_locale)
        if (args.carrier is None or c.carrier == args.carrier) and (args.form is None or c.form == args.form)
    ]
    found = detector.analyze([c.text for c in todo])
    total: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    misses: list[Case] = []
    for case, findings in zip(todo, found):
        kept = [f for f in findings if policy.rule(f.entity_type).action in ("pseudonymize", "redact")]
        (spans,) = mask_spans([case.text], [kept])
        bad = leaked(case, [(s.start, s.end) for s in spans])
        for key in (("carrier", case.carrier), ("form", case.form), ("locale", case.locale), ("all", "all")):
            total[key] += 1
            lost[key] += bad
        if bad:
            misses.append(case)
    for axis, keys in (("carrier", CARRIERS), ("form", FORMS), ("locale", LOCALES), ("all", ("all",))):
        print(f"== {axis}")
        for name in keys:
            n = total[(axis, name)]
            if n:
                kept_n = n - lost[(axis, name)]
                print(f"  {name:<12} {kept_n:>5}/{n:<5} {100 * kept_n / n:5.1f} %")
    for case in misses[: args.misses]:
        print(f"--- {case.locale} {case.form} {case.carrier}: {case.handle!r}\n{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
