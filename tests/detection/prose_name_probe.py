"""Full names typed in one case in work prose (tickets, notes, mail, chat), from a source the
detector's training never drew on: the recall probe of `scripts/probe_prose_names.py`.

Work prose typed fast has no capitals ("ticket 4471 - zofia kaczmarek from accounts says…"), and a
shouted note has nothing else ("STANDUP: BORIS HALVORSEN BLOCKED ON THE VPN"): the capitals a name
is usually found by are gone, and the words of a name from outside the English lists are no
English words. Each carrier is written wholly in lower case or in capitals, the name in a
person's slot: after a dash or a colon that opens the line's matter, at the start of a sentence,
after a preposition of a work sentence ("with", "for", "to"). The `tune` carriers are the ones the
rules may be read against; the `check` carriers were written with them, before any rule, and are
never tuned on; `check2` (lone given names) was written in the same way in round 24, `check3` (one-case kinds
of work text the others lack: a call log, a visitor book, a shouted form) in round 25. `twins` puts what work prose holds in the same slots as often (a tool, a company,
a town, a programming language) into every carrier: a twin the gateway alters is a loss of
precision. None of the text is taken from a corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

from faker import Faker
from mimesis import Address, Development, Finance, Hardware
from mimesis.locales import Locale

from tests.detection.handle_probe import FAKER_LOCALES, LOCALES
from tests.detection.name_probe import faker_names, names, rotation, written

CASES = ("lower", "upper")
SETS = ("tune", "check", "check2", "check3")

# `{n}` is the full name (or a twin's word).
_CARRIER_TEXT = {
    "tune": {
        "ticket-dash": "ticket 4471 - {n} from accounts says the monthly export is empty again",
        "notes-colon": "notes: {n} and the vendor agreed to push the cutover to friday",
        "sentence-start": "thanks for the update. {n} from legal will review the contract tomorrow",
        "call-with": "had a call with {n} about the renewal, they want a bigger discount",
        "loop-in": "can you loop in {n} on the outage thread before the postmortem",
        "assigned-to": "reassigned the refund case to {n} since the original agent is on leave",
        # Round 21: attributions and sign-offs after a dash, an owner after a colon, a given name
        # opening a sentence before where they work; `{g}` is the given name alone, `{G}` the same
        # capitalised in a lower-case text.
        "report-dash-at": "the export still times out after the patch - {g} at the warehouse",
        "thanks-dash": "thanks for the quick turnaround — {g}, shout if the numbers look off",
        "owner-colon-and": "owner: {n} and the platform team, due end of sprint",
        "cap-start-from": "sorry for the delay. {G} from finance asked for the q3 numbers by friday",
    },
    "check": {
        "handover-dash": "handover — {n} on nights, pump 3 still alarming, check the filter",
        "standup-colon": "standup: {n} blocked on the vpn, needs access by noon",
        "sentence-after": "the invoice was wrong. {n} at the depot has the corrected one",
        "offer-for": "drafted the offer letter for {n} in procurement, please check the salary band",
        "forward-to": "please forward the minutes to {n} before the board meeting on thursday",
        "met-by": "the delivery was signed for by {n} at reception, no damage noted",
        # Round 21's check carriers, written with the tune ones above and never tuned on.
        "flag-dash-on": "flagged the duplicate charge again – {g} on the support desk confirmed it",
        "reply-dash-paren": "reply from the vendor — {g} (accounts) says the credit note is on its way",
        "lead-colon-or": "lead: {g} or whoever is on call that week",
        "cap-start-in": "the rota changed again. {G} in dispatch takes the early shift now",
    },
    # Round 24: a lone given name in a person's slot, written before the round's rules (given
    # names WordNet holds only as proper nouns) and never tuned on.
    "check2": {
        "count-dash-on": "pallet count is off by two again - {g} on the night shift counted it twice",
        "starter-cap-from": "ok the starter packs are printed. {G} from payroll drops them off tomorrow",
        "minutes-colon-to": "minutes: {g} to chase the landlord about the boiler, due friday",
        "fridge-dash-end": "the fridge in the staff room is broken again — {g}",
        "refund-cap-at": "any update on the refund? {G} at the front desk said it was approved",
        "note-colon-and": "note for tomorrow: {g} and i are both out, cover needed on the tills",
        "keys-dash-comma": "cheers for sorting the keys - {g}, site office",
        "lift-cap-in": "lift is fixed. {G} in maintenance signed it off this morning",
    },
    # Round 25: one-case work text of kinds the sets above lack (a shouted incident line, a chat
    # DM, a call log, a visitor book, a rota, a booking, a voicemail transcript, a form shouted in
    # capitals), written before the round's rules and never tuned on.
    "check3": {
        "incident-colon-reported": "incident 2231: {n} reported the freezer door left open overnight, stock moved",
        "dm-is-coming": "hey is {n} still coming to the 3pm or should i move it",
        "missed-call-from": "missed call from {n} 10:42, wants a callback about the quote",
        "visitor-signed-in": "visitor {n} signed in 09:40, host facilities, badge 17",
        "rota-early-late": "rota sat: early {n}, late tbc, nobody on the tills after 6",
        "room-booked-by": "room 2b booked by {n} for the budget review 2-3pm",
        "voicemail-its": "voicemail: hi it's {n} calling about the lease renewal, give me a ring back",
        "form-name-dept": "name: {n} dept: warehouse reason: lost badge, replacement issued",
        "parcel-for": "parcel for {n} left in the post room, collect before 4",
    },
}
CARRIERS = tuple(c for carriers in _CARRIER_TEXT.values() for c in carriers)
_SET = {c: s for s, carriers in _CARRIER_TEXT.items() for c in carriers}


@dataclass(frozen=True)
class ProseCase:
    locale: str
    case: str
    set: str
    carrier: str
    name: str  # as written in the text
    text: str


_CAPITAL = "\x00"  # stands for `{G}` while the text is put in one case


def _slot(carrier: str, value: str, how: str, given: str) -> str:
    """The name as the carrier writes it: `value` whole, or `given` (its given name, a twin's word
    whole), capitalised for `{G}` in a lower-case text."""
    template = _CARRIER_TEXT[_SET[carrier]][carrier]
    if "{n}" in template:
        return written(value, how)
    return written(given, how).capitalize() if "{G}" in template and how == "lower" else written(given, how)


def _text(carrier: str, value: str, how: str, given: str) -> str:
    text = written(_CARRIER_TEXT[_SET[carrier]][carrier].format(n=value, g=given, G=_CAPITAL), how)
    return text.replace(_CAPITAL, _slot(carrier, value, how, given))


def cases(locales: list[str] | None = None, per_locale: int = 12, seed: int = 2718, source: str = "mimesis") -> list[ProseCase]:
    """Each locale's full names in every carrier and case in turn; `source` "faker" draws from
    `FAKER_LOCALES`, whose names the shipped lists were not built from."""
    draw = faker_names if source == "faker" else names
    named = ((locale, name) for locale in locales or (FAKER_LOCALES if source == "faker" else LOCALES) for name in draw(locale, per_locale, seed))
    return [
        ProseCase(locale, how, _SET[carrier], carrier, _slot(carrier, name, how, name.split()[0]), _text(carrier, name, how, name.split()[0]))
        for locale, name, how, carrier in rotation(named, 2, CARRIERS, CASES)
    ]


@dataclass(frozen=True)
class Twin:
    carrier: str
    case: str
    word: str
    text: str


def twin_words(seed: int = 31) -> list[str]:
    """What work prose puts in a person's slot as often: companies, towns, manufacturers, languages
    and systems (mimesis en and Faker en_US), one or two words each."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    finance, address, hardware, development = Finance(Locale.EN, seed=seed), Address(Locale.EN, seed=seed), Hardware(seed=seed), Development(seed=seed)
    words = [finance.company(), address.city(), hardware.manufacturer(), development.programming_language(), development.os(), fake.company().split(",")[0], fake.city()]
    words += [finance.company(), address.city(), hardware.manufacturer(), development.programming_language(), fake.city()]
    return list(dict.fromkeys(words))


def twins() -> list[Twin]:
    """Every carrier with each twin word, in lower case and in capitals."""
    return [Twin(carrier, how, word, _text(carrier, word, how, word)) for carrier in CARRIERS for word in twin_words() for how in CASES]


def leaked(probe: ProseCase, masked: list[tuple[int, int]], whole: bool = False) -> bool:
    """Whether a word of the name (three letters or more) is left where it stands; with `whole`,
    whether all of it is."""
    from tests.detection.name_probe import Case, leaked as name_leaked

    return name_leaked(Case(probe.locale, probe.case, probe.carrier, probe.name, probe.text), masked, whole)


__all__ = ["CASES", "CARRIERS", "FAKER_LOCALES", "LOCALES", "SETS", "cases", "leaked", "twins"]
