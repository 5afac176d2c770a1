"""Recall of logins made from people's names, by carrier, form and locale: mimesis names of every
Latin-script locale made into logins (`anna.berg`, `aberg42`, `ABerg`…) in the places tools print
them, with no full name beside them. A login leaks when the text the cloud would see still holds
it as written (the gateway's spans: the detector's findings, resolved and propagated).

    PYTHONPATH=. python scripts/probe_handles.py [--misses N] [--locales fi,pl] [--carrier C] [--form F] [--source faker] [--set base|work|check|check2]

`--set work` puts them in work traffic with no cue word (tools' paths, work sentences), the
carriers the path and sentence rules were written against; `--set check` in others never tuned on,
and `--set check2` (round 24, written before that round's rules) in tools' columns, prompts, config
keys, review fields, mentions and directory entries, never tuned on either.
`--source faker` draws the names from Faker's locales that mimesis lacks (Africa, South and East
Asia romanised, the Baltics, the Balkans, Ireland, Latin America): a check the login rules were not
written against.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import probe_parser, run_probe  # noqa: E402  (puts the repository on sys.path)
from tests.detection.handle_probe import CARRIER_SETS, FAKER_LOCALES, FORMS, LOCALES, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__ or "", "form", "dotted, underscore, dashed, initial, numbered, glued, camel…")
    parser.add_argument("--source", choices=("mimesis", "faker"), default="mimesis", help="where the names come from")
    parser.add_argument("--set", choices=tuple(CARRIER_SETS), default="base", help="the carriers: base, work (tuned on), check or check2 (never tuned on)")
    args = parser.parse_args(argv)
    carriers = CARRIER_SETS[args.set]
    axes = (("carrier", carriers), ("form", FORMS), ("locale", FAKER_LOCALES if args.source == "faker" else LOCALES))
    return run_probe(args, lambda locales, n: cases(locales, n, source=args.source, carriers=carriers), axes, leaked, lambda c: c.handle)


if __name__ == "__main__":
    sys.exit(main())
