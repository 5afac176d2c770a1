"""Private people inside prompts shaped like questions about the world, each paired with its
PII-free twin: by carrier, for the carriers the rules were written from (`tune`) and those never
tuned on (`check`), with names from mimesis or from Faker's other locales.

With `--set public` (or `public-tune`, `public-check`): the world's people in knowledge and
creative prompts ("a short biography of …", "a poem in the style of …"), each paired with a private
person in a frame that says whose the person is (`tests/detection/public_probe.py`), by carrier and
by where the public people come from (the package's list or the probe's own hand-written figures).
With `--set sport` (`sport-tune`, `sport-check`): athletes' careers and records, the check set's
frames and athletes apart from the tune set's.

    PYTHONPATH=. python scripts/probe_world.py [--set tune|check|all|public|public-tune|public-check|sport|sport-tune|sport-check] [--source mimesis|faker] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import twin_tables  # noqa: E402  (puts the repository on sys.path)
from tests.detection import public_probe  # noqa: E402
from tests.detection.world_probe import SETS, cases  # noqa: E402

PUBLIC_SETS = tuple(public_probe.SETS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all", *PUBLIC_SETS, "public", "sport"), default="all", help="carriers: tune, check or all (default); public figures: public-tune, public-check or public; athletes' careers: sport-tune, sport-check or sport")
    parser.add_argument("--source", choices=("mimesis", "faker"), default="mimesis", help="where the private names come from")
    parser.add_argument("--per-locale", type=int, default=2, help="private names drawn per locale (default 2)")
    parser.add_argument("--misses", type=int, default=0, help="print this many altered clean and leaked personal texts")
    args = parser.parse_args(argv)
    groups = {"all": tuple(SETS), "public": ("public-tune", "public-check"), "sport": ("sport-tune", "sport-check")}
    chosen = groups.get(args.set, (args.set,))
    for which in chosen:
        public = which in PUBLIC_SETS
        todo = public_probe.cases(which, args.source, args.per_locale) if public else cases(which, args.source, args.per_locale)
        carriers = public_probe.SETS[which] if public else SETS[which]
        figures = ("figures: listed", "figures: hand") if public else ()
        twin_tables(
            f"== {which} carriers, {args.source} names   clean altered      personal leaked (a word)   verbatim",
            todo, (lambda case: (case.carrier, f"figures: {case.figures}")) if public else (lambda case: (case.carrier,)),
            (*carriers, *figures),
            args.misses, lambda case: f"{case.carrier} {case.name!r}", 18,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
