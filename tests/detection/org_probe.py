"""Organisations, venues, landmarks, institutions and laws named after people or places, each in a
PII-free frame, paired with a private person who carries one of their words as a surname: the
probe of `scripts/probe_orgs.py`.

"Tell me about the Benjamin Franklin Bridge", "a fellowship at Brown University", "how the Riot
Act works" ask about things the world knows; masking their words changes the answer. The twin
keeps a personal frame (a relation, a ticket, contact data) and gives a private person the head
or a name word of the same thing as a surname ("my landlord Joanna Bridge", "ticket from Amir
Franklin"): that person must still lose the whole name.

`tune`: WordNet 3.0's multi-word nouns of artifacts, groups, places, acts and communications
(Debian's `wordnet-base`, the data `scripts/build-eponym-heads` reads) whose last word is a
venue's, a structure's, an institution's or a law's head, with Faker's given names for the twins.
`check`: Faker's `company()` in several locales (firms joined from surnames: "Hall, Price and
Moss", "Schmidt GmbH"), in other frames, with mimesis's given names; written before the rules
and never tuned on.
"""

from __future__ import annotations

import random
from pathlib import Path

import regex

from tests.detection.helpers import FrameCase

WORDNET = Path("/usr/share/wordnet/data.noun")
# noun.act, noun.artifact, noun.communication, noun.group, noun.location: not noun.person.
_LEXFILES = {"04", "06", "10", "14", "15"}
_HEADS = frozenset(
    "Hall Bridge Center Centre Institute Tower Cathedral Museum Hospital Foundation Library Theater Theatre "
    "Stadium University College Academy Act Law Palace Abbey Building Observatory Gallery Church Chapel "
    "Castle Gardens Square House".split()
)
_JOINERS = frozenset("of the and de".split())

# (clean, personal): {x}, {y} the things; {n}, {m} private people.
FRAMES: dict[str, list[tuple[str, str]]] = {
    "tune": [
        ("What is the history of the {x}, and is it worth a visit?", "My landlord {n} wants the deposit back by Friday; draft a polite reply."),
        ("Write a short paragraph on {x} for a school project.", "Write a birthday card for {n}, who turns 60 next week."),
        ("How does {x} compare with {y} for a student?", "Ticket #4411: {n} cannot log in since Monday, call back on 07700 900123."),
        ("Plan a day in the city that includes {x}.", "Remind {n} that the dentist appointment moved to 3 pm on Thursday."),
        ("Summarise in three bullet points what {x} is known for.", "{n}, my sister-in-law, asked to borrow the car again; how do I say no?"),
    ],
    "check": [
        ("We got quotes from {x} and {y}; which contract terms should I compare?", "We got a complaint from {n} about the noise from flat 4; draft a reply."),
        ("Draft a press release announcing our partnership with {x}.", "Draft a reference letter for {n}, who worked for me for two years."),
        ("Is {x} a reliable supplier for office furniture?", "Is {n} allowed to pick up my son from school on Friday?"),
        ("Write a LinkedIn post congratulating {x} on its 25th anniversary.", "Write a note congratulating my nephew {n} on passing his driving test."),
        ("What should I ask {x} before signing the lease?", "Email from {n} <n.smith@example.org>: the invoice is overdue; what do I answer?"),
    ],
}


def wordnet_things(path: Path = WORDNET) -> list[str]:
    """WordNet's multi-word proper nouns of `_LEXFILES` whose last word is a head of `_HEADS`."""
    out: set[str] = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        if fields[1] not in _LEXFILES:
            continue
        for i in range(int(fields[3], 16)):
            words = fields[4 + 2 * i].split("(")[0].split("_")
            if len(words) >= 2 and words[-1] in _HEADS and all(w[:1].isupper() or w in _JOINERS for w in words):
                out.add(" ".join(words))
    return sorted(out)


def _things(which: str, count: int, rng: random.Random) -> list[str]:
    if which == "tune":
        pool = wordnet_things()
        return [pool[rng.randrange(len(pool))] for _ in range(count)]
    from faker import Faker

    fake = Faker(["en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "nl_NL", "es_ES", "en_AU"])
    fake.seed_instance(rng.randrange(1 << 30))
    return [fake.company() for _ in range(count)]


def _given(which: str, count: int, rng: random.Random) -> list[str]:
    if which == "tune":
        from faker import Faker

        fake = Faker(["en_GB", "en_US", "de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "es_ES"])
        fake.seed_instance(rng.randrange(1 << 30))
        return [fake.first_name() for _ in range(count)]
    from mimesis import Person
    from mimesis.locales import Locale

    locales = [Locale.EN, Locale.DE, Locale.FR, Locale.IT, Locale.NL, Locale.PL, Locale.ES, Locale.SV]
    return [Person(locales[i % len(locales)], seed=rng.randrange(1 << 30)).first_name() for i in range(count)]


def _surname(thing: str, i: int) -> str:
    """A word of `thing` a private person could carry: on even turns its head where surname lists hold
    it ("Bridge", "Hall"), else its first name-shaped word ("Franklin", "Schmidt"); a word in
    capitals or with a dot is no one's."""
    from privacy_gateway.detection.lexicon import ascii_fold, listed_family

    words = [w for w in regex.findall(r"\p{L}+(?:['’]\p{L}+)?", thing) if w.istitle() and len(w) >= 3 and "'" not in w and "’" not in w]
    head_listed = bool(words) and ascii_fold(words[-1].lower()) in listed_family()
    if i % 2 == 0 and head_listed or len(words) < 2:
        return words[-1] if head_listed else "Hall"
    return words[0]


def cases(which: str, per_frame: int = 24) -> list[FrameCase]:
    rng = random.Random(24)
    out = []
    for f, (clean, personal) in enumerate(FRAMES[which]):
        things = _things(which, 2 * per_frame, rng)
        given = _given(which, per_frame, rng)
        for i in range(per_frame):
            x, y = things[2 * i], things[2 * i + 1]
            n = f"{given[i]} {_surname(x, i)}"
            out.append(FrameCase("clean", f, clean.format(x=x, y=y), ()))
            out.append(FrameCase("personal", f, personal.format(n=n), (n,)))
    return out
