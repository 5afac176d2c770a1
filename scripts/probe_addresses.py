"""Recall of postal addresses by part, carrier, casing and locale group: mimesis addresses of its
Latin-script locales, in each country's order, written the ways people and tools write them. A part
(street, house number, unit, postcode, town, region, country) leaks when the text the cloud would
see still holds it as written; the token columns count its words left as they were.

    PYTHONPATH=. python scripts/probe_addresses.py [--misses N] [--locales de,fr] [--carrier json] [--source faker] [--tools] [--world]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.detection.address_probe import CARRIERS, CASINGS, GROUPS, PARTS, FAKER_WORLD_LOCALES, TOOL_CARRIERS, WORLD_LOCALES, Case, cases, leaks  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many texts that leaked a part")
    parser.add_argument("--locales", help="comma-separated mimesis locales (default: every Latin-script one)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument("--casing", choices=CASINGS, help="only this casing")
    parser.add_argument("--part", choices=PARTS, help="with --misses: only texts leaking this part")
    parser.add_argument("--per-locale", type=int, default=4, help="addresses drawn per locale")
    parser.add_argument("--source", choices=("mimesis", "faker"), default="mimesis",
                        help="where addresses come from (Faker: a second source, one the training drew on)")
    parser.add_argument("--tools", action="store_true", help="the carriers of tool traffic (TSV, SQL, contact line, log message, one-field records)")
    parser.add_argument("--world", action="store_true", help="Japanese, Korean and Chinese addresses instead of the Latin-script locales")
    args = parser.parse_args(argv)

    from privacy_gateway.config.settings import bundled_policy
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
    from privacy_gateway.policy.schema import load_policy

    policy = load_policy(bundled_policy("default"))
    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), policy)
    locales = args.locales.split(",") if args.locales else None
    if args.world:
        locales = list(FAKER_WORLD_LOCALES if args.source == "faker" else WORLD_LOCALES)
    todo: list[Case] = [
        c for c in cases(locales, args.per_locale, source=args.source, carriers=TOOL_CARRIERS if args.tools else CARRIERS)
        if (args.carrier is None or c.carrier == args.carrier) and (args.casing is None or c.casing == args.casing)
    ]
    found = detector.analyze([c.text for c in todo])
    total: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    tokens: Counter[tuple[str, str]] = Counter()
    tokens_lost: Counter[tuple[str, str]] = Counter()
    whole: Counter[tuple[str, str]] = Counter()
    texts: Counter[tuple[str, str]] = Counter()
    misses: list[tuple[Case, list[str]]] = []
    for case, findings in zip(todo, found):
        result = leaks(case, [(f.start, f.end, f.entity_type) for f in findings], policy)
        keys = (("carrier", case.carrier), ("group", case.group), ("casing", case.casing), ("all", "all"))
        for part, (verbatim, left, n) in result.items():
            for key in (*keys, ("part", part)):
                total[key] += 1
                lost[key] += verbatim
                tokens[key] += n
                tokens_lost[key] += left
        leaked = [part for part, (verbatim, _, _) in result.items() if verbatim]
        for key in keys:
            texts[key] += 1
            whole[key] += not leaked
        if leaked and (args.part is None or args.part in leaked):
            misses.append((case, leaked))
    print(f"{'':16} {'parts masked':>18} {'tokens masked':>20} {'texts whole':>18}")
    for axis, names in (("carrier", TOOL_CARRIERS if args.tools else CARRIERS), ("group", GROUPS), ("casing", CASINGS), ("part", PARTS), ("all", ("all",))):
        print(f"== {axis}")
        for name in names:
            key = (axis, name)
            n = total[key]
            if not n:
                continue
            kept, tkept = n - lost[key], tokens[key] - tokens_lost[key]
            row = f"  {name:<14} {kept:>5}/{n:<5} {100 * kept / n:5.1f} %  {tkept:>6}/{tokens[key]:<6} {100 * tkept / tokens[key]:5.1f} %"
            if texts[key]:
                row += f"  {whole[key]:>5}/{texts[key]:<5} {100 * whole[key] / texts[key]:5.1f} %"
            print(row)
    for case, leaked in misses[: args.misses]:
        shown = ", ".join(f"{p}={case.parts[p]!r}" for p in leaked)
        print(f"--- {case.locale} {case.carrier} {case.casing}: {shown}\n{case.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
