"""Recall of phone numbers by carrier, format and region group: phonenumbers' example number of
every region (mobile and fixed line), written the ways people write them, in the carriers internal
tools send. A number leaks when the text the cloud would see still holds it as written.

    PYTHONPATH=. python scripts/probe_phones.py [--misses N] [--regions GB,DE] [--source faker] [--set uncued]

`--source faker` (or `mimesis`) writes each locale's own generated numbers instead, a check the
rules were not tuned on; their kind axis says which numbers are valid in their country's plan.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.detection.phone_probe import CARRIER_SETS, FORMATS, GENERATED_FORMATS, GROUPS, SOURCES, Case, cases, generated_cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts")
    parser.add_argument("--regions", help="comma-separated regions, or locales with --source (default: all)")
    parser.add_argument("--source", choices=SOURCES, default="examples",
                        help="phonenumbers' example numbers (the default), or Faker's or mimesis' generated ones")
    parser.add_argument("--per-locale", type=int, default=2, help="numbers per locale and carrier with --source faker/mimesis")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--set", dest="carrier_set", choices=CARRIER_SETS, default="cued",
                        help="carriers with a phone word (the default), without one (uncued), or the uncued check set")
    parser.add_argument("--format", dest="fmt", help="only this format")
    args = parser.parse_args(argv)

    from privacy_gateway.config.settings import bundled_policy
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
    from privacy_gateway.policy.schema import load_policy

    policy = load_policy(bundled_policy("default"))
    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), policy)
    regions = args.regions.split(",") if args.regions else None
    carriers = CARRIER_SETS[args.carrier_set]
    every = cases(regions, carriers) if args.source == "examples" else generated_cases(args.source, regions, args.per_locale, carriers)
    formats = FORMATS if args.source == "examples" else GENERATED_FORMATS
    kinds = ("mobile", "fixed") if args.source == "examples" else ("valid", "off-plan")
    todo: list[Case] = [
        c for c in every
        if (args.carrier is None or c.carrier == args.carrier) and (args.fmt is None or c.fmt == args.fmt)
    ]
    found = detector.analyze([c.text for c in todo])
    total: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    misses: list[Case] = []
    for case, findings in zip(todo, found):
        spans = [(f.start, f.end, f.entity_type) for f in findings]
        bad = leaked(case, spans, policy)
        for key in (("carrier", case.carrier), ("format", case.fmt), ("kind", case.kind), ("group", case.group), ("all", "all")):
            total[key] += 1
            lost[key] += bad
        if bad:
            misses.append(case)
    for axis, names in (("carrier", carriers), ("format", formats), ("kind", kinds), ("group", GROUPS), ("all", ("all",))):
        print(f"== {axis}")
        for name in names:
            n = total[(axis, name)]
            if n:
                print(f"  {name:<14} {n - lost[(axis, name)]:>5}/{n:<5} {100 * (n - lost[(axis, name)]) / n:5.1f} %")
    for case in misses[: args.misses]:
        print(f"--- {case.region} {case.kind} {case.fmt} {case.carrier}: {case.number!r}\n{case.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
