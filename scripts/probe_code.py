"""Recall of people and places inside code and technical text that is not a key/value record, by
carrier, kind and locale, and precision on each case's PII-free twin: mimesis names and towns of
every Latin-script locale (or Faker's locales mimesis lacks, `--source faker`) as call arguments,
log and format strings, asserts, comments, docstrings, `@author` tags, commit trailers, stack
traces, shell commands, SQL, README tables and HTML (`code_probe`). A value leaks when a word of it
is left as written; a twin is altered when anything in it is masked. `--check` runs the carriers
written after the rules.

    PYTHONPATH=. python scripts/probe_code.py [--misses N] [--locales de,fr] [--carrier C] [--kind place] [--source faker] [--check]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud, probe_parser  # noqa: E402  (puts the repository on sys.path)
from tests.detection.code_probe import CARRIERS, CHECK_CARRIERS, FRAMES, KINDS, SOURCES, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__ or "", "kind", ", ".join(KINDS))
    parser.set_defaults(per_locale=2)
    parser.add_argument("--source", choices=SOURCES, default="mimesis", help="where names and towns come from")
    parser.add_argument("--check", action="store_true", help="the carriers written after the rules")
    parser.add_argument("--twin-misses", type=int, default=0, help="print this many PII-free twins altered")
    args = parser.parse_args(argv)
    todo = [
        c
        for c in cases(
            args.locales.split(",") if args.locales else None, args.per_locale, source=args.source, check=args.check
        )
        if (args.carrier is None or c.carrier == args.carrier) and (args.axis is None or c.kind == args.axis)
    ]
    spans = masked_for_cloud([t for c in todo for t in (c.text, c.twin)])
    total: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    altered: Counter[str] = Counter()
    misses, changed = [], []
    for i, case in enumerate(todo):
        bad, twin_spans = leaked(case, spans[2 * i]), spans[2 * i + 1]
        for key in (case.carrier, "kind " + case.kind, "frame " + case.frame, "all"):
            total[key] += 1
            lost[key] += bad
            altered[key] += bool(twin_spans)
        if bad:
            misses.append(case)
        if twin_spans:
            changed.append((case, twin_spans))
    print(f"== {'carrier':<16} masked            twins altered")
    for key in (
        *(CHECK_CARRIERS if args.check else CARRIERS),
        *(f"kind {k}" for k in KINDS),
        *(f"frame {f}" for f in FRAMES),
        "all",
    ):
        n = total[key]
        if n:
            kept = n - lost[key]
            print(f"  {key:<16} {kept:>4}/{n:<4} {100 * kept / n:5.1f} %   {altered[key]:>4}")
    for case in misses[: args.misses]:
        print(f"--- {case.locale} {case.carrier} {case.frame}: {case.value!r}\n{case.text}")
    for case, where in changed[: args.twin_misses]:
        print(f"--- twin {case.carrier}: {[case.twin[a:b] for a, b in where]}\n{case.twin}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
