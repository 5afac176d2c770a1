"""Recall of people's full names, by carrier, case and locale: mimesis names of every Latin-script
locale, as is, in lower case or in capitals, in the probe's own prompts (questions shaped like ones
about the world, notes, chat, code, data). A name leaks when the text the cloud would see still
holds a word of it where it stands (`verbatim`: all of it), by the gateway's spans.

    PYTHONPATH=. python scripts/probe_names.py [--misses N] [--locales fi,pl] [--carrier C] [--case lower]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.detection.name_probe import CARRIERS, CASES, LOCALES, Case, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts")
    parser.add_argument("--locales", help="comma-separated mimesis locales (default: every Latin-script one)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--case", dest="how", help="only this case: as-is, lower, upper")
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
        if (args.carrier is None or c.carrier == args.carrier) and (args.how is None or c.case == args.how)
    ]
    found = detector.analyze([c.text for c in todo])
    total: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    whole: Counter[tuple[str, str]] = Counter()
    misses: list[Case] = []
    for case, findings in zip(todo, found):
        kept = [f for f in findings if policy.rule(f.entity_type).action in ("pseudonymize", "redact")]
        (spans,) = mask_spans([case.text], [kept])
        bad = leaked(case, [(s.start, s.end) for s in spans])
        verbatim = leaked(case, [(s.start, s.end) for s in spans], whole=True)
        for key in (("carrier", case.carrier), ("case", case.case), ("locale", case.locale), ("all", "all")):
            total[key] += 1
            lost[key] += bad
            whole[key] += verbatim
        if bad:
            misses.append(case)
    for axis, keys in (("carrier", CARRIERS), ("case", CASES), ("locale", LOCALES), ("all", ("all",))):
        print(f"== {axis:<16} masked whole   leaked verbatim")
        for name in keys:
            n = total[(axis, name)]
            if n:
                kept_n = n - lost[(axis, name)]
                print(f"  {name:<16} {kept_n:>5}/{n:<5} {100 * kept_n / n:5.1f} %   {whole[(axis, name)]:>4} {100 * whole[(axis, name)] / n:5.1f} %")
    for case in misses[: args.misses]:
        print(f"--- {case.locale} {case.case} {case.carrier}: {case.name!r}\n{case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
