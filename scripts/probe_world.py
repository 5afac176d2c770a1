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
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud  # noqa: E402  (puts the repository on sys.path)
from tests.detection.clean_probe import leaked  # noqa: E402
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
        total: Counter[tuple[str, str]] = Counter()
        bad: Counter[tuple[str, str]] = Counter()
        whole: Counter[str] = Counter()
        shown = {"clean": 0, "personal": 0}
        for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
            miss = bool(spans) if case.kind == "clean" else leaked(case, spans)  # type: ignore[arg-type]
            for key in (case.carrier, *((f"figures: {case.figures}",) if public else ()), "all"):
                total[(case.kind, key)] += 1
                bad[(case.kind, key)] += miss
                if case.kind == "personal":
                    whole[key] += leaked(case, spans, whole=True)  # type: ignore[arg-type]
            if miss and shown[case.kind] < args.misses:
                shown[case.kind] += 1
                print(f"--- {'altered' if case.kind == 'clean' else 'leaked'} {case.carrier} {case.name!r}: "
                      + ", ".join(repr(case.text[a:b]) for a, b in spans) + f"\n{case.text}")
        print(f"== {which} carriers, {args.source} names   clean altered      personal leaked (a word)   verbatim")
        carriers = public_probe.SETS[which] if public else SETS[which]
        for key in (*carriers, *(("figures: listed", "figures: hand") if public else ()), "all"):
            n, m = total[("clean", key)], total[("personal", key)]
            a, b, w = bad[("clean", key)], bad[("personal", key)], whole[key]
            print(f"  {key:<18} {a:>4}/{n:<4} {100 * a / n:5.1f} %    {b:>4}/{m:<4} {100 * b / m:5.1f} %    {w:>4} {100 * w / m:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
