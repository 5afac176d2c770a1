"""Recall of given names written alone, by carrier, case and locale: mimesis given names of every
Latin-script locale, as is or in lower case, in the probe's own everyday prompts (plans, chat, mail
greetings and sign-offs, work notes, lists, records). A name leaks when the text the cloud would
see still holds it where it stands, by the gateway's spans.

    PYTHONPATH=. python scripts/probe_given_names.py [--misses N] [--locales fi,pl] [--carrier C] [--case lower]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import probe_parser, run_probe  # noqa: E402  (puts the repository on sys.path)
from tests.detection.given_probe import CARRIERS, CASES, LOCALES, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = probe_parser(__doc__ or "", "case", "as-is, lower").parse_args(argv)
    axes = (("carrier", CARRIERS), ("case", CASES), ("locale", LOCALES))
    return run_probe(args, cases, axes, leaked, lambda c: c.name)


if __name__ == "__main__":
    sys.exit(main())
