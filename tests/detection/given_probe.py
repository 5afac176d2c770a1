"""People called by their given name alone, from a source the detector's training never drew on:
the recall probe of `scripts/probe_given_names.py`.

Half the names in everyday prompts have no surname beside them: "Oksana can't make Friday", "Hi
Tomasz,", "a present for Ines". Given names come from mimesis, every Latin-script locale it has
(`handle_probe.LOCALES`), men and women in turn, accents kept. Each is written as is or in lower
case (chat typed without capitals) into a carrier of the probe's own: plans, chat, mail greetings
and sign-offs, work notes, lists and records. None is taken from a corpus.

The `team-*` carriers are internal traffic, where a colleague is named with no cue: the given
name as the subject or object of a work verb ("ask Priya to re-run it"), in a thanks, after "cc",
"per" or "with", in a list of people, a surname alone as a subject or after a title. Each has PII-free
twins (`twins`), the same sentence with the slot holding what internal traffic puts there as often:
a CI server, a team, a weekday, a product ("ask Jenkins to re-run it"); a twin the gateway alters is
a loss of precision. `source` "faker" draws from `handle_probe.FAKER_LOCALES`, whose names the
shipped lists were not built from: the check the rules are not written from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from faker import Faker
from mimesis import Person
from mimesis.enums import Gender
from mimesis.locales import Locale

from tests.detection.handle_probe import FAKER_LOCALES, LOCALES
from tests.detection.name_probe import Case, rotation

CASES = ("as-is", "lower")

# `{g}` is the given name. Each a prompt a person might send about someone they know.
_CARRIER_TEXT = {
    "plan-dinner": "Booking a table for six on Saturday. {g} is vegetarian and someone needs a high chair. Which dishes should we pre-order?",
    "plan-lift": "Can you help me word a message asking {g} for a lift to the airport on the 14th? Flight is at 7am.",
    "plan-gift": "Ideas for a leaving present for {g}, around 30 pounds, she likes hiking and bad puns.",
    "plan-possessive": "It's {g}'s birthday on Friday and I forgot to order the cake. What can I bake tonight?",
    "plan-with": "Going to the cinema with {g} and the kids tomorrow, what's suitable for a seven year old?",
    "chat-line": "[10:02] {g}: anyone seen the charger for the meeting room screen?",
    "chat-reply": "reply to {g} for me: thanks, I'll send the figures after lunch",
    "chat-mention": "@{g} the build is green again, can you merge now?",
    "mail-greeting": "Hi {g},\n\nThanks for the notes from Tuesday. I've attached the revised budget.\n\nBest regards",
    "mail-signoff": "Let me know if the dates work for you.\n\nCheers,\n{g}",
    "mail-dear": "Dear {g},\n\nI'm writing to confirm your place on the course starting in January.",
    "mail-forward": "Forwarding this from {g}, can you summarise what she wants us to change?",
    "work-standup": "Standup: {g} is blocked on the API keys, the rest is on track.",
    "work-assign": "Assign the onboarding checklist to {g} and cc the team lead.",
    "work-review": "Write a short peer review for {g}: reliable, great with customers, needs to speak up more in meetings.",
    "work-absence": "{g} is off sick today, who can cover the 2pm delivery slot?",
    "work-ask": "Should I tell {g} that the project was cancelled before or after the all-hands?",
    "home-kids": "{g} won't eat anything green at the moment. Any tricks for a four year old?",
    "home-neighbour": "Our neighbour {g} keeps parking across our drive. How do I bring it up politely?",
    "home-partner": "My partner {g} snores terribly since the flu. Should she see a doctor?",
    "home-care": "Mum says {g} from the care home called about the new medication times.",
    "list-rota": "Cleaning rota:\nMon - {g}\nTue - the lodger\nWed - me",
    "list-tasks": "- [ ] ask {g} about the invoice\n- [ ] book the van\n- [ ] pay the deposit",
    "list-guests": "Guests so far: {g} (+1), the two cousins, my boss",
    "record-json": '{{"first_name": "{g}", "plan": "family", "renewal": "2027-01-01"}}',
    "record-form": "First name: {g}\nDate of visit: 12/03\nReason: follow-up",
    "record-csv": "given,team,start\n{g},support,2026-09-01",
    "note-diary": "Long day. {g} came round with soup and we talked about the move until late.",
    "note-call": "Missed call from {g} at 16:40, she wants the keys back by Thursday.",
    "note-thanks": "Write a thank-you text to {g} for feeding the cat while we were away.",
    "team-rerun": "ask {g} to re-run the nightly job, it failed on the flaky test again",
    "team-thanks": "Thanks, {g}! That fixed the staging deploy.",
    "team-cover": "{g} and I will cover Friday, the rest of the team is at the offsite.",
    "team-cc": "cc {g} - the vendor wants the signed order form by Thursday",
    "team-per": "Per {g}'s note, the code freeze starts on the 12th.",
    "team-list": "Assigned to {g}, {o} and {p} for the migration; review on Thursday.",
    "team-with": "Had a quick sync with {g} about the renewal, notes below.",
    "team-send": "Can you send {g} the access request form for the billing dashboard?",
    "team-sent": "{g} sent the figures for March, can you turn them into a chart?",
    "team-out": "{g} is out until Wednesday, so ping me for anything urgent.",
    "team-chat": "[11:20] me: did {g} push the hotfix or is it still on a branch?",
    "team-dm": "dm'd {g} about the outage, no reply yet. who else has access to the router?",
    "team-signed": "{s} signed off on the migration plan, so we start on Monday.",
    "team-title": "Mr. {s} called again about the refund for order 4471, what do I tell him?",
    "team-mention": "@{g} @{o} can one of you review the PR before standup?",
}
# What internal traffic puts in a `team-*` slot as often as a colleague: a CI server, a team, a
# weekday or month, a product, a word. Each fills every slot of its carrier for a PII-free twin.
_TWIN_WORDS = {
    "team-rerun": ("Jenkins", "the bot", "QA"),
    "team-thanks": ("everyone", "team", "all"),
    "team-cover": ("Support", "Marketing"),
    "team-cc": ("legal", "Finance", "security"),
    "team-per": ("Monday", "March", "Legal"),
    "team-list": ("backend",),
    "team-with": ("Finance", "the vendor", "Salesforce"),
    "team-send": ("IT", "procurement", "Payroll"),
    "team-sent": ("Finance", "Stripe", "Payroll"),
    "team-out": ("Jira", "Slack", "Confluence"),
    "team-chat": ("ci", "jenkins", "the bot"),
    "team-dm": ("oncall", "the vendor", "IT"),
    "team-signed": ("Legal", "Security", "Procurement"),
}
CARRIERS = tuple(_CARRIER_TEXT)
# Carriers typed wholly in lower case when the name is (chat and notes), not a name alone.
_ONE_CASE = ("plan", "chat", "home", "note", "work", "team")


@dataclass(frozen=True)
class Twin:
    """A `team-*` carrier with its slots holding a word that names no one."""

    carrier: str
    case: str
    word: str
    text: str


def given_names(locale: str, count: int, seed: int, source: str = "mimesis") -> list[tuple[str, str]]:
    """`count` (given name, surname) pairs of `locale` with distinct given names, men and women in
    turn; from Faker's `locale` (romanised where Faker can) when `source` is "faker"."""
    out: list[tuple[str, str]] = []
    if source == "faker":
        fake = Faker(locale)
        fake.seed_instance(seed)
        romanised = hasattr(fake, "first_romanized_name")
    else:
        person = Person(Locale(locale), seed=seed)
    for i in range(count * 20):
        if source == "faker" and romanised:
            given, family = fake.first_romanized_name(), fake.last_romanized_name()
        elif source == "faker":
            given, family = fake.first_name_female() if i % 2 else fake.first_name_male(), fake.last_name()
        else:
            gender = Gender.FEMALE if i % 2 else Gender.MALE
            given, family = person.first_name(gender), person.last_name(gender)
        if given not in (g for g, _ in out):
            out.append((given, family))
        if len(out) == count:
            break
    return out


def case(locale: str, names: Sequence[tuple[str, str]], turn: int, how: str, carrier: str) -> Case:
    """The `turn`th name of `names` in `carrier`; a list's other slots hold the next names."""
    slots = {"g": names[turn % len(names)][0], "s": names[turn % len(names)][1]}
    slots["o"], slots["p"] = (names[(turn + k) % len(names)][0] for k in (1, 2))
    if how == "lower":
        slots = {k: v.lower() for k, v in slots.items()}
    template = _CARRIER_TEXT[carrier]
    text = template.format(**slots)
    if how == "lower" and carrier.startswith(_ONE_CASE):
        text = text.lower()
    return Case(locale, how, carrier, slots["s" if "{s}" in template else "g"], text)


def cases(
    locales: Sequence[str] | None = None, per_locale: int = 12, seed: int = 1618, source: str = "mimesis"
) -> list[Case]:
    drawn = {
        locale: given_names(locale, per_locale, seed, source)
        for locale in locales or (FAKER_LOCALES if source == "faker" else LOCALES)
    }
    # `rotation` deals (locale, name) pairs; the name's place in its locale's draw stands for it, so
    # that a list's other slots can hold the names drawn after it.
    named = ((locale, str(turn)) for locale, names in drawn.items() for turn in range(len(names)))
    return [
        case(locale, drawn[locale], int(turn), how, carrier)
        for locale, turn, how, carrier in rotation(named, 2, CARRIERS, CASES)
    ]


def twins() -> list[Twin]:
    """Every `team-*` carrier with each of its twin words in every slot, as is and in lower case."""
    out = []
    for carrier, words in _TWIN_WORDS.items():
        for word in words:
            for how in CASES:
                text = _CARRIER_TEXT[carrier].format(g=word, s=word, o="frontend", p="docs")
                out.append(Twin(carrier, how, word, text.lower() if how == "lower" else text))
    return out


def leaked(probe: Case, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether the name is left as written anywhere it stands."""
    for m in re.finditer(re.escape(probe.name), probe.text):
        if not any(a <= m.start() and m.end() <= b for a, b in masked):
            return True
    return False
