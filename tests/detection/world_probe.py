"""Private people inside prompts shaped like questions about the world: the probe of
`scripts/probe_world.py`.

A question about a public figure, a match or a book reads as one about the world, where the
gateway leaves names as written. Two classes hide a private person there, each written as a pair:
`clean` (the world only, which must reach the cloud byte-identical) and `personal` (the same shape
holding someone the asker knows, who must not):

- **tails**: the world's question, then why it is asked or for whom ("… {p} and I have a bet on
  it", "… for {p}'s history homework", "(quizmaster: {p})"). The clean twin has no tail.
- **lives**: a question shaped like one about the world, asked about someone's everyday life
  ("Which aria did {p} sing at the staff Christmas concert?"); the clean twin asks the same of a
  public figure and a public occasion.

`TUNE` is what the rules were written from; `CHECK` was written before the rules and never tuned
on. The private people are mimesis names (`source="mimesis"`, every Latin-script locale of
`handle_probe.LOCALES`) or Faker names of the locales mimesis lacks (`source="faker"`); the public
slots are `clean_probe`'s figures, works, musicians, towns and teams.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence

from tests.detection.clean_probe import MUSIC, PUBLIC, WORKS, _pools
from tests.detection.handle_probe import FAKER_LOCALES, LOCALES
from tests.detection.name_probe import faker_names, names

# (clean, personal): `{p}` is the private person; the other slots are the world's.
TUNE: dict[str, tuple[str, str]] = {
    "tail-bet": (
        "Who won the {year} final between {team} and {team2}?",
        "Who won the {year} final between {team} and {team2}? {p} and I have a bet on it.",
    ),
    "tail-says": (
        "Was {public} a better artist than {public2}?",
        "Was {public} a better artist than {public2}? I say yes, {p} says no.",
    ),
    "tail-homework": (
        "Summarise the career of {public} in five bullets.",
        "Summarise the career of {public} in five bullets for {p}'s history homework.",
    ),
    "tail-role": (
        "Pub quiz round on {public}:\n1. Where were they born?\n2. Their best-known work?",
        "Pub quiz round on {public} (quizmaster: {p}):\n1. Where were they born?\n2. Their best-known work?",
    ),
    "tail-arguing": (
        "What's the best book by {public}?",
        "What's the best book by {public}? Been arguing about it with {p} all evening.",
    ),
    "tail-me-and": (
        "Explain why {public} left {city}.",
        "Explain why {public} left {city}. Me and {p} can't agree.",
    ),
    "tail-party": (
        "List three facts about {public} that most people don't know.",
        "List three facts about {public} I can use at {p}'s dinner party.",
    ),
    "tail-reckons": (
        "How old was {public} when they died?",
        "How old was {public} when they died? {p} reckons forty.",
    ),
    "life-sing": (
        "Which aria did {public} sing at the reopening of La Scala?",
        "Which aria did {p} sing at the staff Christmas concert?",
    ),
    "life-paint": (
        "What did {public} paint for the cathedral in {city}?",
        "What did {p} paint for the lobby of the new clinic last spring?",
    ),
    "life-recommend": (
        "Which novel did {public} recommend in their last interview?",
        "Which novel did {p} recommend at book club last night?",
    ),
    "life-resign": (
        "Why did {public} resign from the government in the end?",
        "Why did {p} resign from the parish council?",
    ),
    "life-beat": (
        "Who did {public} beat in the {year} final?",
        "Who did {p} beat in the regional chess final on Saturday?",
    ),
    "life-time": (
        "What was {public}'s time in the {year} Olympic final?",
        "What was {p}'s time in the Sunday 10k?",
    ),
    "life-perform": (
        "When did {public} first perform in {city}?",
        "When did {p} first perform with the community orchestra?",
    ),
    "life-speech": (
        "What was {public}'s best-known speech about?",
        "What was {p}'s speech at the retirement lunch about?",
    ),
}
CHECK: dict[str, tuple[str, str]] = {
    "tail-scrapbook": (
        "Give me a timeline of {public}'s life.",
        "Give me a timeline of {public}'s life; it's going in {p}'s scrapbook.",
    ),
    "tail-swears": (
        "Did {public} ever visit {city}?",
        "Did {public} ever visit {city}? {p} swears they did.",
    ),
    "tail-list": (
        "Rank the albums of {artist} from best to worst.",
        "Rank the albums of {artist} from best to worst, {p} and me are making a list.",
    ),
    "tail-trivia": (
        "Which is older, {museum} or the cathedral in {city}?",
        "Which is older, {museum} or the cathedral in {city}? Need it for the trivia night {p} is running.",
    ),
    "tail-loser": (
        "Who scored more goals, {public} or {public2}?",
        "Who scored more goals, {public} or {public2}? Loser buys {p} a coffee.",
    ),
    "tail-group": (
        "Write a short quiz on {work}.",
        "Write a short quiz on {work} for the reading group {p} hosts.",
    ),
    "life-instrument": (
        "What instrument does {public} play?",
        "What instrument did {p} play in the school band?",
    ),
    "life-study": (
        "Where did {public} study?",
        "Where did {p} study before joining the night shift?",
    ),
    "life-captain": (
        "Which team did {public} captain?",
        "Which team did {p} captain at the company sports day?",
    ),
    "life-famous": (
        "What was {public} famous for in {city}?",
        "What was {p} famous for at the old depot?",
    ),
    "life-marathons": (
        "How many marathons has {public} run?",
        "How many marathons has {p} from accounts run this year?",
    ),
    "life-poem": (
        "Which poem did {public} read at the inauguration?",
        "Which poem did {p} read at the memorial on Friday?",
    ),
}
SETS = {"tune": TUNE, "check": CHECK}


@dataclass(frozen=True)
class Pair:
    locale: str  # the private person's
    carrier: str
    kind: str  # "clean" or "personal"
    name: str  # the private person, "" when clean
    text: str


def cases(which: str = "tune", source: str = "mimesis", per_locale: int = 2, seed: int = 1919, locales: Sequence[str] | None = None) -> list[Pair]:
    """Every carrier of the set filled once per private name drawn; each gives a clean and a
    personal case with the same public names."""
    carriers = SETS[which]
    pools = _pools(seed)
    countries = sorted(pools)
    draw = faker_names if source == "faker" else names
    out: list[Pair] = []
    turn = 0
    for locale in locales or (FAKER_LOCALES if source == "faker" else LOCALES):
        for private in draw(locale, per_locale, seed):
            for carrier, (clean, personal) in carriers.items():
                rnd = random.Random(f"{seed}-{turn}")
                pool = pools[countries[turn % len(countries)]]
                public = rnd.sample(PUBLIC, 2)
                teams, towns = rnd.sample(pool["team"], 2), rnd.sample(pool["city"], 2)
                slots = {
                    "public": public[0], "public2": public[1], "team": teams[0], "team2": teams[1],
                    "city": towns[0], "museum": rnd.choice(pool["museum"]), "artist": rnd.choice(MUSIC)[0],
                    "work": rnd.choice(WORKS)[0], "year": str(rnd.randrange(1954, 2020)),
                }
                out.append(Pair(locale, carrier, "clean", "", clean.format(**slots)))
                out.append(Pair(locale, carrier, "personal", private, personal.format(p=private, **slots)))
                turn += 1
    return out
