"""Precision on PII-free prompts that name products, brands, games and works, paired with recall on
the same framings holding a private person. A clean prompt is altered when the gateway masks
anything in it; a personal twin leaks when its private name is not wholly masked.

    PYTHONPATH=. python scripts/probe_things.py [--set tune|check] [--misses N]

`tune`: the frequent public words of `data/public_words.txt` in the frames the rules were read
from, with Faker's names for the twins. `check`: makes, models, dishes and drinks of mimesis (no
source of the list) in other frames, with mimesis's names for the twins; written before the rules
and never tuned.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import frame_probe  # noqa: E402  (puts the repository on sys.path)

from tests.detection.helpers import FrameCase  # noqa: E402

# {x}, {y}: the things; the twin's {n}, {m}: private people in the same framing.
FRAMES = {
    "tune": [
        ("My son loves {x}. Suggest five party games themed on it.", "My son loves playing with {n}. Suggest five party games for them both."),
        ("Is {x} worth it for a family of four?", "Is {n} worth asking to babysit for a family of four?"),
        ("Compare {x} and {y} for a small flat.", "Compare {n}'s quote and {m}'s quote for a small flat."),
        ("Which is better value, {x} or {y}?", "Which quote is better value, {n}'s or {m}'s?"),
        ("I switched from {x} to {y} last month; what should I watch for?", "I switched from {n} to {m} as my tutor last month; what should I watch for?"),
    ],
    "check": [
        ("We're choosing between {x} and {y} for the office; any advice?", "We're choosing between {n} and {m} for the office manager job; any advice?"),
        ("{x} or {y}: which one lasts longer in daily use?", "{n} or {m}: which one of them should lead the team?"),
        ("Any tips for keeping a {x} in good shape over winter?", "Any tips for keeping {n} motivated over winter?"),
        ("The reviews of {x} look mixed, so should we still order it?", "The reviews {n} gave us look mixed, so should we still hire {m}?"),
        ("Our kids keep asking for {x} at the weekend.", "Our kids keep asking for {n} at the weekend."),
    ],
}


def _things(which: str, count: int, rng: random.Random) -> list[str]:
    if which == "tune":
        from privacy_gateway.detection.data_files import data_lines

        words = [w.removesuffix("@").strip() for w in data_lines("public_words")]
        words = [w for w in words if len(w) >= 4]
        return [w.title() for w in rng.sample(words, count)]
    from mimesis import Food, Hardware, Transport

    seed = rng.randrange(1 << 30)
    hardware, transport, food = Hardware(seed=seed), Transport(seed=seed), Food(seed=seed)
    makers = [hardware.manufacturer, transport.manufacturer, transport.car, food.dish, food.drink]
    return [makers[i % len(makers)]() for i in range(count)]


def _people(which: str, count: int, rng: random.Random) -> list[str]:
    if which == "tune":
        from faker import Faker

        fake = Faker(["en_GB", "en_US", "de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "es_ES", "en_IN", "fi_FI"])
        fake.seed_instance(rng.randrange(1 << 30))
        return [fake.first_name() if i % 2 else fake.last_name() for i in range(count)]
    from mimesis import Person
    from mimesis.locales import Locale

    locales = [Locale.EN, Locale.DE, Locale.FR, Locale.IT, Locale.NL, Locale.PL, Locale.ES, Locale.PT_BR, Locale.SV, Locale.TR]
    out = []
    for i in range(count):
        person = Person(locales[i % len(locales)], seed=rng.randrange(1 << 30))
        out.append(person.first_name() if i % 2 else person.last_name())
    return out


def cases(which: str, per_frame: int = 24) -> list[FrameCase]:
    rng = random.Random(22)
    out = []
    for f, (clean, personal) in enumerate(FRAMES[which]):
        things = _things(which, 2 * per_frame, rng)
        people = _people(which, 2 * per_frame, rng)
        for i in range(per_frame):
            x, y = things[2 * i], things[2 * i + 1]
            n, m = people[2 * i], people[2 * i + 1]
            out.append(FrameCase("clean", f, clean.format(x=x, y=y), ()))
            out.append(FrameCase("personal", f, personal.format(n=n, m=m), tuple(v for k, v in (("n", n), ("m", m)) if "{" + k + "}" in personal)))
    return out


def main(argv: list[str] | None = None) -> int:
    return frame_probe(__doc__ or "", FRAMES, cases, argv)


if __name__ == "__main__":
    raise SystemExit(main())
