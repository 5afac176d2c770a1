"""Recall of full names typed in one case in work prose (tickets, notes, mail, chat), by carrier,
case, tune or check set and locale; then the PII-free twins (a tool, a company, a town in the same
slots): how many are altered. A name leaks when the text the cloud would see still holds a word of
it where it stands, by the gateway's spans.

    PYTHONPATH=. python scripts/probe_prose_names.py [--misses N] [--locales fi,pl] [--carrier C] [--case lower] [--source faker]

The `check` carriers are never tuned on; `--source faker` draws the names from Faker's locales that
mimesis lacks (`FAKER_LOCALES`), whose names the shipped lists were not built from.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud, probe_parser, run_probe  # noqa: E402  (puts the repository on sys.path)
from tests.detection.prose_name_probe import CARRIERS, CASES, FAKER_LOCALES, LOCALES, SETS, cases, leaked, twins  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__ or "", "case", "lower, upper")
    parser.add_argument("--source", choices=("mimesis", "faker"), default="mimesis", help="where the names come from")
    args = parser.parse_args(argv)
    axes = (("carrier", CARRIERS), ("case", CASES), ("set", SETS), ("locale", FAKER_LOCALES if args.source == "faker" else LOCALES))
    run_probe(args, lambda locales, n: cases(locales, n, source=args.source), axes, leaked, lambda c: c.name, whole=lambda c, spans: leaked(c, spans, whole=True))
    clean = twins()
    altered = [(t, spans) for t, spans in zip(clean, masked_for_cloud([t.text for t in clean])) if spans]
    print(f"== PII-free twins altered: {len(altered)} of {len(clean)}")
    for twin, spans in altered[: args.misses]:
        print(f"--- twin {twin.carrier} {twin.case} {twin.word!r}: {[twin.text[a:b] for a, b in spans]}\n{twin.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
