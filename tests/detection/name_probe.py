"""People's names from a source the detector's training never drew on, in the places prompts hold
them: the recall probe of `scripts/probe_names.py`.

Names come from mimesis, every Latin-script locale it has (`handle_probe.LOCALES`), as written in
their language (accents kept). Each is written in a case (as is, lower case, capitals) and put into
a carrier: a question shaped like one about the world (a manuscript, a match, a concert, a
lecture), a work note, a chat line, a code comment, a data record. The carriers are the probe's own,
written for it; none is taken from a corpus. Cases and carriers rotate over the names so that every
pair is met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from faker import Faker
from mimesis import Person
from mimesis.enums import Gender
from mimesis.locales import Locale

from tests.detection.handle_probe import FAKER_LOCALES, LOCALES

CASES = ("as-is", "lower", "upper")

# `{n}` is the full name. Each carrier a private person, dealt with or not, in a prompt's shape.
CARRIERS = (
    "world-recital", "world-manuscript", "world-marathon", "world-lecture", "world-garden", "world-quiz", "world-portrait",
    "world-season", "world-letters", "world-recipe", "prose-visit", "prose-thanks", "prose-apology", "prose-list",
    "work-note", "work-handover", "chat-line", "email-body", "code-comment", "docstring", "json", "csv", "yaml", "sql",
    "log", "ticket", "minutes", "calendar", "reference", "court", "diary", "dispatch", "certificate", "banner", "caption",
    "manifest", "boarding", "signature", "macro", "whatsapp", "shouted", "batch", "rota", "guestlist", "voicemail",
)
# Carriers typed wholly in the case of the name (a diary in lower case, a banner in capitals).
_ONE_CASE = ("prose", "chat", "world", "diary", "dispatch", "certificate", "banner", "caption", "macro", "whatsapp", "shouted", "voicemail")
_CARRIER_TEXT = {
    "world-recital": "Which Chopin nocturne did {n} play at the school recital last spring?",
    "world-manuscript": "Summarise the chapters {n} sent back with edits before the novel goes to the typesetter.",
    "world-marathon": "Was {n}'s time in the harbour half-marathon fast enough to qualify for the regional team?",
    "world-lecture": "Explain the slides {n} presented on the Hanseatic League at the evening class.",
    "world-garden": "Why did the roses {n} planted along the allotment fence die over the winter?",
    "world-quiz": "Write three quiz questions about the local history talk {n} gave at the library on Tuesday.",
    "world-portrait": "How should I frame the watercolour portrait {n} painted of our grandmother?",
    "world-season": "How many tries has {n} scored for the under-16 rugby side this season?",
    "world-letters": "Which of the wartime letters {n} found in the attic should go to the county archive?",
    "world-recipe": "Can you scale {n}'s plum cake recipe from one tin to three for the village fête?",
    "prose-visit": "My aunt {n} is visiting from Thursday to Sunday. Suggest a relaxed itinerary with a museum and a long lunch.",
    "prose-thanks": "Write a short thank-you card to {n} for looking after our cat while we were away.",
    "prose-apology": "Draft an apology to {n}: I missed our call this morning because the train was cancelled.",
    "prose-list": "Seating plan for the dinner:\n- table 1: {n}, the two neighbours\n- table 2: the cousins",
    "work-note": "1:1 notes: {n} wants to move to the data team next quarter; check headcount with finance.",
    "work-handover": "Handover: the invoice dispute is with {n} at the supplier, last reply on Monday, follow up Friday.",
    "chat-line": "[09:41] {n}: can someone reset the staging database? tests are red again",
    "email-body": "Hi team,\n\n{n} joins us on Monday as a support engineer. Please help them settle in.\n\nThanks",
    "code-comment": "def settle(invoice):\n    # {n} asked for rounding to the cent here, see the March audit\n    return round(invoice.total, 2)",
    "docstring": 'def export_ledger():\n    """Monthly ledger export. Maintainer: {n}. Runs on the first of the month."""',
    "json": '{{"ticket": 8812, "customer": {{"display": "{n}", "tier": "gold"}}, "status": "waiting"}}',
    "csv": "id,full_name,team\n101,{n},payments\n102,Build Agent,ci",
    "yaml": "oncall:\n  primary: {n}\n  escalation: platform-leads\n  hours: 09-17",
    "sql": "UPDATE accounts SET owner_name = '{n}' WHERE account_id = 7731;",
    "log": "2026-11-30T09:14:07Z INFO refund.approved amount=42.10 approver=\"{n}\" ticket=8812",
    "ticket": "JIRA PAY-2231\nReporter: {n}\nSummary: card payments fail for amounts over 1000",
    "minutes": "Minutes, 3 March\nPresent: {n}, the treasurer, two volunteers\nActions: {n} to book the hall",
    "calendar": "Tue 10:00-10:30 Interview with {n} (Teams link in invite)",
    "reference": "Please write a reference for {n}, who worked with us as a warehouse supervisor for four years.",
    "court": "Summarise the small-claims judgment in the dispute between our company and {n} over the unpaid deposit.",
    "diary": "Tuesday. Rain all day. Had coffee with {n} after work, she is thinking of moving to the coast.",
    "dispatch": "Unit 4 dispatched 14:02 to a fall at home, patient {n}, 81, conscious and breathing, daughter on scene.",
    "certificate": "This certifies that {n} has completed the forklift safety course on 12 November 2026.",
    "banner": "Happy 40th birthday {n}! Love from everyone at the depot",
    "caption": "In the matter of the tenancy of 14 Mill Lane between the landlord and {n}, tenant. Summarise the order.",
    "manifest": "Passenger manifest, ferry 09:30\n1. {n}\n2. Vehicle: VW Golf, blue\n3. Cabin 212",
    "boarding": "Name on ticket: {n}\nFlight: LH 2231 FRA-OSL\nSeat: 23C\nCan you check if the name matches my passport?",
    "signature": "Thanks for your patience with this one.\n\nBest,\n{n}\nSupport Lead, Northwind",
    "macro": "Hello {n}, thank you for contacting support. Your refund was issued today and should arrive in 5 days.",
    "whatsapp": "[18:02] mum: is {n} still coming for dinner on sunday?\n[18:03] me: yes she said around 7",
    "shouted": "Reminder: {n} is covering the front desk all week, send parcels to the back door.",
    "batch": "Payroll batch 2026-11: 212 processed, 1 rejected (employee {n}: bank details missing).",
    "rota": "Weekend rota: Saturday {n}, Sunday the agency nurse. Swap requests by Thursday.",
    "guestlist": "Guest list for the launch: {n} plus one, the press table, the band.",
    "voicemail": "Voicemail 09:12 from {n}: running late for the viewing, please wait ten minutes.",
}


@dataclass(frozen=True)
class Case:
    locale: str
    case: str
    carrier: str
    name: str  # as written in the text
    text: str


def names(locale: str, count: int, seed: int) -> list[str]:
    """`count` full names of `locale`, men and women in turn."""
    person = Person(Locale(locale), seed=seed)
    return [
        f"{person.first_name(g)} {person.last_name(g)}"
        for g in (Gender.FEMALE if i % 2 else Gender.MALE for i in range(count))
    ]


def faker_names(locale: str, count: int, seed: int) -> list[str]:
    """`count` full names of Faker's `locale` (`handle_probe.FAKER_LOCALES`: places mimesis lacks),
    romanised where Faker can, men and women in turn: a source the name lists were not built from."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    if hasattr(fake, "romanized_name"):
        return [f"{fake.first_romanized_name()} {fake.last_romanized_name()}" for _ in range(count)]
    return [
        f"{fake.first_name_female() if i % 2 else fake.first_name_male()} {fake.last_name()}" for i in range(count)
    ]


def written(name: str, how: str) -> str:
    return name.lower() if how == "lower" else name.upper() if how == "upper" else name


def case(locale: str, name: str, how: str, carrier: str) -> Case:
    value = written(name, how)
    text = _CARRIER_TEXT[carrier].format(n=value)
    if how != "as-is" and carrier.startswith(_ONE_CASE):
        text = written(text, how)  # a prompt typed in one case, not a name alone
    return Case(locale, how, carrier, value, text)


def rotation(
    named: Iterable[tuple[str, str]], per_name: int, carriers: Sequence[str], cases: Sequence[str]
) -> Iterator[tuple[str, str, str, str]]:
    """(locale, name, case, carrier) for each (locale, name), `per_name` times: carriers in turn,
    and cases shifted once per round of carriers, so that every carrier meets every case."""
    turn = 0
    for locale, name in named:
        for _ in range(per_name):
            yield locale, name, cases[(turn + turn // len(carriers)) % len(cases)], carriers[turn % len(carriers)]
            turn += 1


def cases(locales: Sequence[str] | None = None, per_locale: int = 12, seed: int = 2718, source: str = "mimesis") -> list[Case]:
    """Each locale's names in the carriers and cases in turn; `source` "faker" draws from
    `FAKER_LOCALES` instead of mimesis' locales."""
    draw = faker_names if source == "faker" else names
    named = ((locale, name) for locale in locales or (FAKER_LOCALES if source == "faker" else LOCALES) for name in draw(locale, per_locale, seed))
    return [case(*drawn) for drawn in rotation(named, 3, CARRIERS, CASES)]


def leaked(probe: Case, masked: Sequence[tuple[int, int]], whole: bool = False) -> bool:
    """Whether a word of the name (three letters or more) is left as written where the name stands;
    with `whole`, whether the whole name is (the corpora's "verbatim")."""
    for m in re.finditer(re.escape(probe.name), probe.text):
        words = [(m.start() + w.start(), m.start() + w.end()) for w in re.finditer(r"[^\W\d_]{3,}", probe.name)]
        left = [not any(a <= s and e <= b for a, b in masked) for s, e in words]
        if all(left) if whole else any(left):
            return True
    return False
