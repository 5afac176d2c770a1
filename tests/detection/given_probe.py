"""People called by their given name alone, from a source the detector's training never drew on:
the recall probe of `scripts/probe_given_names.py`.

Half the names in everyday prompts have no surname beside them: "Oksana can't make Friday", "Hi
Tomasz,", "a present for Ines". Given names come from mimesis, every Latin-script locale it has
(`handle_probe.LOCALES`), men and women in turn, accents kept. Each is written as is or in lower
case (chat typed without capitals) into a carrier of the probe's own: plans, chat, mail greetings
and sign-offs, work notes, lists and records. None is taken from a corpus.
"""

from __future__ import annotations

import re
from typing import Sequence

from mimesis import Person
from mimesis.enums import Gender
from mimesis.locales import Locale

from tests.detection.handle_probe import LOCALES
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
}
CARRIERS = tuple(_CARRIER_TEXT)
# Carriers typed wholly in lower case when the name is (chat and notes), not a name alone.
_ONE_CASE = ("plan", "chat", "home", "note", "work")


def given_names(locale: str, count: int, seed: int) -> list[str]:
    """`count` distinct given names of `locale`, men and women in turn."""
    person = Person(Locale(locale), seed=seed)
    out: list[str] = []
    for i in range(count * 20):
        name = person.first_name(Gender.FEMALE if i % 2 else Gender.MALE)
        if name not in out:
            out.append(name)
        if len(out) == count:
            break
    return out


def case(locale: str, name: str, how: str, carrier: str) -> Case:
    value = name.lower() if how == "lower" else name
    text = _CARRIER_TEXT[carrier].format(g=value)
    if how == "lower" and carrier.startswith(_ONE_CASE):
        text = text.lower()
    return Case(locale, how, carrier, value, text)


def cases(locales: Sequence[str] | None = None, per_locale: int = 12, seed: int = 1618) -> list[Case]:
    named = ((locale, name) for locale in locales or LOCALES for name in given_names(locale, per_locale, seed))
    return [case(*drawn) for drawn in rotation(named, 2, CARRIERS, CASES)]


def leaked(probe: Case, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether the name is left as written anywhere it stands."""
    for m in re.finditer(re.escape(probe.name), probe.text):
        if not any(a <= m.start() and m.end() <= b for a, b in masked):
            return True
    return False
