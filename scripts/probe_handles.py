"""Recall of logins made from people's names, by carrier, form and locale: mimesis names of every
Latin-script locale made into logins (`anna.berg`, `aberg42`, `ABerg`…) in the places tools print
them, with no full name beside them. A login leaks when the text the cloud would see still holds
it as written (the gateway's spans: the detector's findings, resolved and propagated).

    PYTHONPATH=. python scripts/probe_handles.py [--misses N] [--locales fi,pl] [--carrier C] [--form F]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import probe_parser, run_probe  # noqa: E402  (puts the repository on sys.path)
from tests.detection.handle_probe import CARRIERS, FORMS, LOCALES, cases, leaked  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = probe_parser(__doc__ or "", "form", "dotted, underscore, dashed, initial, numbered, glued, camel…").parse_args(argv)
    axes = (("carrier", CARRIERS), ("form", FORMS), ("locale", LOCALES))
    return run_probe(args, cases, axes, leaked, lambda c: c.handle)


if __name__ == "__main__":
    sys.exit(main())
