"""Recall of given names written alone, by carrier, case and locale: mimesis given names of every
Latin-script locale, as is or in lower case, in the probe's own everyday prompts (plans, chat, mail
greetings and sign-offs, work notes, lists, records, internal traffic). A name leaks when the text
the cloud would see still holds it where it stands, by the gateway's spans. Then the PII-free twins
of the internal-traffic carriers (a CI server, a team, a weekday in the slot): how many are altered.

    PYTHONPATH=. python scripts/probe_given_names.py [--misses N] [--locales fi,pl] [--carrier C] [--case lower] [--source faker]

`--source faker` draws the names from Faker's locales that mimesis lacks (`FAKER_LOCALES`), whose
names the shipped name lists were not built from: a check of what the rules do with a name no list knows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud, probe_parser, run_probe  # noqa: E402  (puts the repository on sys.path)
from tests.detection.given_probe import CARRIERS, CASES, LOCALES, cases, leaked, twins  # noqa: E402
from tests.detection.handle_probe import FAKER_LOCALES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__ or "", "case", "as-is, lower")
    parser.add_argument("--source", choices=("mimesis", "faker"), default="mimesis", help="where the names come from")
    args = parser.parse_args(argv)
    axes = (("carrier", CARRIERS), ("case", CASES), ("locale", FAKER_LOCALES if args.source == "faker" else LOCALES))
    run_probe(args, lambda locales, n: cases(locales, n, source=args.source), axes, leaked, lambda c: c.name)
    clean = twins()
    altered = [(t, spans) for t, spans in zip(clean, masked_for_cloud([t.text for t in clean])) if spans]
    print(f"== PII-free twins altered: {len(altered)} of {len(clean)}")
    for twin, spans in altered[: args.misses]:
        print(f"--- twin {twin.carrier} {twin.case} {twin.word!r}: {[twin.text[a:b] for a, b in spans]}\n{twin.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
