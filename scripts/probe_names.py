"""Recall of people's full names, by carrier, case and locale: mimesis names of every Latin-script
locale, as is, in lower case or in capitals, in the probe's own prompts (questions shaped like ones
about the world, notes, chat, code, data). A name leaks when the text the cloud would see still
holds a word of it where it stands (`verbatim`: all of it), by the gateway's spans.

    PYTHONPATH=. python scripts/probe_names.py [--misses N] [--locales fi,pl] [--carrier C] [--case lower] [--source faker]

`--source faker` draws the names from Faker's locales that mimesis lacks (Africa, South and East
Asia romanised, the Baltics, the Balkans, Ireland, Latin America), whose names the shipped name
lists were not built from: a check of what the rules do with a name no list knows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import probe_parser, run_probe  # noqa: E402  (puts the repository on sys.path)
from tests.detection.handle_probe import FAKER_LOCALES  # noqa: E402
from tests.detection.name_probe import CARRIERS, CASES, LOCALES, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__ or "", "case", "as-is, lower, upper")
    parser.add_argument("--source", choices=("mimesis", "faker"), default="mimesis", help="where the names come from")
    args = parser.parse_args(argv)
    axes = (("carrier", CARRIERS), ("case", CASES), ("locale", FAKER_LOCALES if args.source == "faker" else LOCALES))
    return run_probe(args, lambda locales, n: cases(locales, n, source=args.source), axes, leaked, lambda c: c.name, whole=lambda c, spans: leaked(c, spans, whole=True))


if __name__ == "__main__":
    sys.exit(main())
