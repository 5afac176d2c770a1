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
of `clean_probe.PUBLIC`. `CHECK2` was written before round 25's rules and is never tuned on: the
everyday life a workplace and a community share (a five-a-side team, a choir, a school play, the PTA,
a book club, an allotment, the office quiz, a leaving do) and technical statements about an owner or
someone on call or on leave, with other Faker names and the same hand-written figures. `TUNE2` holds
the round's tuned carriers (a past question about someone at a community's occasion or in its
bodies: the carol service, the under-11s, the tenants' association), and `TUNE_TECH` its technical
ones (an owner, someone on call or on leave, the author of a cron job), with mimesis names.
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
CHECK2: dict[str, tuple[str, str]] = {
    "five-a-side-captain": (
        "Was {public} ever captain of the national team?",
        "Is {p} still captain of our Thursday five-a-side team?",
    ),
    "parkrun-time": (
        "What was {public}'s fastest time over 5000 metres?",
        "What was {p}'s fastest time at the Saturday parkrun this spring?",
    ),
    "choir-solo": (
        "Which arias did {public} sing at La Scala?",
        "Which carol did {p} sing as a solo at the school nativity?",
    ),
    "band-drummer": (
        "Who replaced {public} in the band after the split?",
        "Who replaced {p} as drummer in the office band after the summer party?",
    ),
    "school-play": (
        "Which roles did {public} play on the stage?",
        "Which part did {p} get in the year six school play?",
    ),
    "pta-treasurer": (
        "Why did {public} resign from the government?",
        "Why did {p} resign as treasurer of the PTA last term?",
    ),
    "book-club": (
        "Which novels did {public} write in exile?",
        "Which novel did {p} pick for our book club in March?",
    ),
    "allotment": (
        "Where did {public} grow up?",
        "Has {p} paid the allotment fees for plot 14 yet?",
    ),
    "residents": (
        "What did {public} say about the new museum?",
        "What did {p} say about the parking at the residents' association meeting?",
    ),
    "office-quiz": (
        "How many titles did {public} win in a row?",
        "How many rounds did {p}'s team win at the office quiz on Friday?",
    ),
    "bake-sale": (
        "What did {public} give to charity?",
        "How much did {p} raise at the charity bake sale for the hospice?",
    ),
    "leaving-do": (
        "Write a short tribute to {public}.",
        "Write a short speech for {p}'s leaving do on Friday; she ran the warehouse for twelve years.",
    ),
    "retirement-card": (
        "Suggest a title for a biography of {public}.",
        "Suggest a line for {p}'s retirement card from the accounts team.",
    ),
    "volunteer-rota": (
        "Which charities did {public} found?",
        "Is {p} on the food bank volunteer rota this Saturday?",
    ),
    "unseal-keys": (
        "Which keys did {public} play in the famous recording?",
        "{p} owns the unseal keys and is away until Monday. How do we rotate the root token safely?",
    ),
    "on-call": (
        "Was {public} in form this season?",
        "{p} is on call this week; how should I page the secondary if the pager fails?",
    ),
    "admin-token": (
        "Who holds the record that {public} set?",
        "{p} holds the only admin token for the billing cluster. How do we add a second holder?",
    ),
    "on-leave-certs": (
        "When did {public} retire?",
        "{p} is on parental leave until June and was the only one renewing the TLS certificates. What should we automate?",
    ),
}
# Round 25's carriers the local-life rules were written from (`text_kind.local_life`): a past
# question about someone at an occasion or in a body of a local community, twinned with the same
# shape about a famous person of the package's list.
TUNE2: dict[str, tuple[str, str]] = {
    "talent-song": (
        "Which song did {public} perform on television?",
        "Which hymn did {p} sing at the carol service?",
    ),
    "harvest-bake": (
        "What did {public} paint for the chapel?",
        "What did {p} bake for the harvest festival?",
    ),
    "tenants-treasurer": (
        "Why did {public} step down as head of the academy?",
        "Why did {p} step down as treasurer of the tenants' association?",
    ),
    "amdram-role": (
        "Which role did {public} play in the founding of the society?",
        "Which part did {p} play in the am-dram panto?",
    ),
    "under-elevens": (
        "What position did {public} hold at the court?",
        "What position did {p} play for the under-11s?",
    ),
    "bell-ringers": (
        "When did {public} join the academy?",
        "When did {p} join the bell-ringers?",
    ),
    "harvest-supper": (
        "What did {public} bring back from {city}?",
        "What did {p} bring to the harvest supper?",
    ),
    "sponsored-run": (
        "Which cause did {public} support in {city}?",
        "Which charity did {p} run the sponsored 10k for?",
    ),
    "weekday-rehearsal": (
        "What did {public} compose in {city}?",
        "What did {p} bring to Thursday's rehearsal?",
    ),
    "end-of-term": (
        "What did {public} write in {city}?",
        "What did {p} sing at the end-of-term play?",
    ),
    "churchwarden": (
        "Who was {public}, the founder of the school in {city}?",
        "Who was {p}, the churchwarden who planted the yew in the eighties?",
    ),
    "ceilidh": (
        "Which tune did {public} write for the king?",
        "Which tune did {p} play at the ceilidh?",
    ),
}
# Round 25's technical carriers the owner and duty rules were written from: someone owning, holding,
# setting up or writing a server's things in a one-line question about tools, twinned with the
# same shape about a famous person.
TUNE_TECH: dict[str, tuple[str, str]] = {
    "owns-unseal": (
        "{public} is on a stamp now. What is a safe break-glass procedure for a Vault cluster?",
        "{p} owns the Vault unseal keys and is on leave until the 14th. What is a safe break-glass procedure?",
    ),
    "on-call-kafka": (
        "Is {public} on a banknote? Also, how do I escalate when the Kafka pager did not fire?",
        "{p} is on call for the Kafka cluster this week; the pager did not fire at 02:14. How do I escalate?",
    ),
    "set-up-redis": (
        "Was {public} born in {city}? And how do we find the config of a Redis replica?",
        "{p} set up the Redis replica in 2021 and left the company; how do we find the config?",
    ),
    "cron-written": (
        "What did {public} paint? And why does logrotate skip the gzip step?",
        "The cron job that rotates the logs was written by {p}; why does logrotate skip the gzip step?",
    ),
}
SETS = {"tune": TUNE, "check": CHECK, "check2": CHECK2, "tune2": TUNE2, "tech": TUNE_TECH}
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
    public = _notable(seed) if which in ("tune", "tune2", "tech") else list(PUBLIC)
    draw = names if which in ("tune", "tune2", "tech") else faker_names
    if which == "check2":
        seed += 1  # other Faker names than `check` draws
    out: list[Pair] = []
    turn = 0
    for locale in locales or (LOCALES if which in ("tune", "tune2", "tech") else FAKER_LOCALES):
        for private in draw(locale, per_locale, seed):
            for carrier, (clean, personal) in carriers.items():
                rnd = random.Random(f"{seed}-{turn}")
                slots = {"public": rnd.choice(public), "city": rnd.choice(CITIES)}
                for case in CASES:
                    out.append(Pair(locale, carrier, case, "clean", "", _cased(clean.format(**slots), case)))
                    out.append(Pair(locale, carrier, case, "personal", _cased(private, case), _cased(personal.format(p=private, **slots), case)))
                turn += 1
    return out
