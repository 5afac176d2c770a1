"""Private people in questions shaped like the world's, tied to the writer's work: the probe of
`scripts/probe_work.py`.

Internal tools hear questions about colleagues, customers and candidates in the words of history
and fame ("Who was the candidate … we interviewed in 2019?", "How did … become head of procurement
so fast?", "What did … invent for the onboarding checklist?"). Each carrier is a pair: `clean`
asks the same shape of a famous person (it must reach the cloud byte-identical) and `personal`
asks it of a private person tied to the writer by a relation, a role, a team or an HR or CRM verb
(the person must not reach the cloud). Every pair is written as typed (`title`), in lower case and
in capitals.

`TUNE` is what the rules were written from: mimesis names (`handle_probe.LOCALES`) and famous people
of the package's own list (`data/notable_people.txt`). `CHECK` was written before the rules and
never tuned on: other frames, Faker names of the locales mimesis lacks and the hand-written figures
of `clean_probe.PUBLIC`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence

from privacy_gateway.detection.data_files import data_lines
from tests.detection.clean_probe import PUBLIC
from tests.detection.handle_probe import FAKER_LOCALES, LOCALES
from tests.detection.name_probe import faker_names, names

# (clean, personal): `{p}` is the private person, `{public}` a famous one, `{city}` a town.
TUNE: dict[str, tuple[str, str]] = {
    "candidate-was": (
        "Who was {public}?",
        "Who was the candidate {p} we interviewed for the analyst role in 2019?",
    ),
    "join-desk": (
        "When did {public} die?",
        "When did {p} join the support desk?",
    ),
    "reassigned": (
        "Why did {public} leave {city}?",
        "Why did {p} get reassigned to the night shift?",
    ),
    "became-head": (
        "How did {public} become so famous?",
        "How did {p} become head of procurement so fast?",
    ),
    "invent-checklist": (
        "What did {public} invent?",
        "What did {p} invent for the onboarding checklist?",
    ),
    "first-offboarded": (
        "Was {public} the first to win a Nobel Prize?",
        "Was {p} the first engineer we offboarded after the merger?",
    ),
    "escalated-accounts": (
        "Which battles did {public} lose in the war?",
        "Which accounts did {p} escalate during the 2021 outage?",
    ),
    "discover-error": (
        "Did {public} really discover it before anyone else?",
        "Did {p} really discover the invoicing error before the auditors?",
    ),
    "trained-hire": (
        "Who trained {public} as a painter?",
        "Who trained {p}, our new hire on the billing desk?",
    ),
    "longest-serving": (
        "Is {public} still the most famous name in {city}?",
        "Is {p} still the longest-serving agent on the help desk?",
    ),
    "role-reorg": (
        "What was {public}'s role in the revolution?",
        "What was {p}'s role in the reorganisation of the sales floor?",
    ),
    "years-supervisor": (
        "Describe {public}'s early years.",
        "Describe {p}'s years as our warehouse supervisor.",
    ),
}
CHECK: dict[str, tuple[str, str]] = {
    "replaced-manager": (
        "Who replaced {public} at the top?",
        "Who replaced {p} as account manager for the northern region?",
    ),
    "left-finance": (
        "What made {public} leave {city} in 1920?",
        "What made {p} leave the finance department in 2016?",
    ),
    "payroll-how-long": (
        "How long was {public} at the height of their fame?",
        "How long has {p} been our payroll administrator?",
    ),
    "clients-brought": (
        "Which painters did {public} influence?",
        "Which clients did {p} bring over from the old agency?",
    ),
    "mentored-apprentice": (
        "Who mentored {public} in their youth?",
        "Who mentored {p} during the apprenticeship in our workshop?",
    ),
    "approved-refund": (
        "Was it {public} who painted the ceiling of the chapel?",
        "Was it {p} who approved the refund for the Harris order?",
    ),
    "contractor-about": (
        "Tell me about {public}, the great explorer.",
        "Tell me about {p}, the contractor who rewired the second floor.",
    ),
    "famous-argument": (
        "What was the famous quarrel between {public} and the critics about?",
        "What was the famous argument {p} had with the vendor about the SLA?",
    ),
    "onboarded-when": (
        "When was {public} born, and where?",
        "When was {p} onboarded, and who was the buddy assigned?",
    ),
    "promoted-why": (
        "Why was {public} knighted?",
        "Why was {p} promoted to shift lead before the others?",
    ),
}
SETS = {"tune": TUNE, "check": CHECK}
CASES = ("title", "lower", "upper")
CITIES = ("Vienna", "Lisbon", "Kraków", "Ghent", "Turin", "Uppsala", "Porto", "Dublin", "Brno", "Leipzig")


@dataclass(frozen=True)
class Pair:
    locale: str  # the private person's
    carrier: str
    case: str  # "title", "lower" or "upper"
    kind: str  # "clean" or "personal"
    name: str  # the private person as written in the text, "" when clean
    text: str


def _notable(seed: int) -> list[str]:
    """Full names of the package's list of famous people (two words or more, no initials)."""
    people = [line for line in data_lines("notable_people") if " " in line and "." not in line]
    return random.Random(seed).sample(people, 200)


def _cased(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


def cases(which: str = "tune", per_locale: int = 1, seed: int = 2222, locales: Sequence[str] | None = None) -> list[Pair]:
    """Every carrier of the set filled once per private name drawn, in each case; each gives a clean
    and a personal pair. `tune` draws mimesis names and listed famous people, `check` Faker names and
    the hand-written figures."""
    carriers = SETS[which]
    public = _notable(seed) if which == "tune" else list(PUBLIC)
    draw = names if which == "tune" else faker_names
    out: list[Pair] = []
    turn = 0
    for locale in locales or (LOCALES if which == "tune" else FAKER_LOCALES):
        for private in draw(locale, per_locale, seed):
            for carrier, (clean, personal) in carriers.items():
                rnd = random.Random(f"{seed}-{turn}")
                slots = {"public": rnd.choice(public), "city": rnd.choice(CITIES)}
                for case in CASES:
                    out.append(Pair(locale, carrier, case, "clean", "", _cased(clean.format(**slots), case)))
                    out.append(Pair(locale, carrier, case, "personal", _cased(private, case), _cased(personal.format(p=private, **slots), case)))
                turn += 1
    return out
