"""Recall of people's records inside code and data, by carrier, part, keys and casing: mimesis
records of every Latin-script locale (or Faker's, `--source faker`, a check not tuned on) in JSON,
YAML, Python, JS, tool calls, CSV, SQL, logs, .env, XML, TOML, tests, GraphQL and URLs. A part leaks
when the text the cloud would see still holds it as written (`record_probe`); PII-free records of
products, config and country-level settings in the same carriers must stay byte-identical.

    PYTHONPATH=. python scripts/probe_records.py [--misses N] [--locales de,fr] [--carrier yaml] [--part town] [--source faker]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import Recall, masked_for_cloud, probe_parser  # noqa: E402  (puts the repository on sys.path)
from tests.detection.record_probe import CARRIERS, CASINGS, KEYS, PARTS, SOURCES, clean_cases, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__ or "", "part", ", ".join(PARTS))
    parser.set_defaults(per_locale=2)
    parser.add_argument("--source", choices=SOURCES, default="mimesis", help="where records come from")
    parser.add_argument("--clean-misses", type=int, default=0, help="print this many PII-free texts altered")
    args = parser.parse_args(argv)
    todo = [
        c for c in cases(args.locales.split(",") if args.locales else None, args.per_locale, source=args.source)
        if args.carrier is None or c.carrier == args.carrier
    ]
    recall = Recall((("carrier", CARRIERS), ("part", PARTS), ("keys", KEYS), ("casing", CASINGS), ("source", SOURCES)))
    misses = []
    for probe, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        lost = []
        for part in probe.parts:
            bad = leaked(probe, part, spans)
            recall.add({"carrier": probe.carrier, "part": part, "keys": probe.keys, "casing": probe.casing, "source": probe.source}, bad)
            if bad:
                lost.append(part)
        if lost and (args.axis is None or args.axis in lost):
            misses.append((probe, lost))
    recall.print()
    clean = [c for c in clean_cases() if args.carrier is None or c.carrier == args.carrier]
    altered = [c for c, spans in zip(clean, masked_for_cloud([c.text for c in clean])) if spans]
    by_carrier = Counter(c.carrier for c in altered)
    print(f"== PII-free data texts altered: {len(altered)}/{len(clean)}" + "".join(f"  {k} {n}" for k, n in by_carrier.items()))
    for probe, lost in misses[: args.misses]:
        shown = ", ".join(f"{probe.key_of[p]}={probe.parts[p]!r}" for p in lost)
        print(f"--- {probe.locale} {probe.carrier} {probe.keys} {probe.casing}: {shown}\n{probe.text}")
    for c in altered[: args.clean_misses]:
        print(f"--- clean {c.carrier}\n{c.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
