#!/usr/bin/env python
"""Probe detection on shop and office notes that plain technical words make 'technical'.

    pip install -e '.[eval]' && python scripts/probe_notes.py [--misses]

Generated, seeded text (Faker in 16 locales, phonenumbers' example numbers of 37 countries), no
corpus row: the twelfth round's check that a note about price lists, order tables and booking
apps keeps its names, towns and phone numbers masked, while PII-free notes and brand-heavy trade
prompts reach the cloud as written. Prints one table; `--misses` lists what was missed or altered.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from privacy_gateway.config.settings import bundled_policy  # noqa: E402
from privacy_gateway.detection.analyzer import shared_analyzer  # noqa: E402
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector  # noqa: E402
from privacy_gateway.detection.findings import Finding  # noqa: E402
from privacy_gateway.policy.schema import load_policy  # noqa: E402

LOCALES = "en_GB en_US de_DE fr_FR es_ES it_IT nl_NL pl_PL sv_SE pt_BR en_IN en_AU da_DK cs_CZ tr_TR fi_FI".split()
NOTES = [
    "Please add {name} to the staff list for the {city} shop; the rota table still shows last month's column.",
    "Can you tidy this log of calls? {name} rang about the order process, then asked for the form to be sent to {city}.",
    "The booking app shows the wrong times for {name}'s class in {city}. Can you draft a short apology?",
    "Write a note for the team: {name} will handle refund requests from the {city} branch while the index of returns is rebuilt.",
    "Our price list has an error in the VAT column. {name} from accounts noticed it at the {city} store.",
    "Summarise: {name} visited the {city} depot, checked the stock table and found two fields missing on the delivery form.",
    "Turn this into a polite email: {name} needs the new version of the menu list by Friday for the {city} cafe.",
    "Remind {name} that the membership process changed and the request form now lives in the app, not at the {city} desk.",
]
PHONE_NOTES = [
    "The price list is wrong again; the supplier says to ring {phone} before the order table is sent.",
    "Add a column for the courier's number ({phone}) to the delivery list in the app.",
    "Update the process notes: refunds over 200 go to the manager on {phone}, requests under that to the desk.",
]
REGIONS = "GB DE FR NL ES IT PL SE NO DK FI IN AU NZ BR MX AR JP KR ZA NG KE TR US CA IE PT CZ AT CH BE PH ID TH VN EG MA".split()
PII_FREE = [
    "Please add a column for allergens to the price list; the rota table still shows last month's shifts.",
    "What's a good process for handling refund requests at a small shop? Our list of returns keeps growing.",
    "How should a bakery structure its order form so the app shows the right pickup times?",
    "Write a friendly notice: the booking app is down this morning, and requests will be answered by phone later.",
    "Our menu has an error in the VAT column. How do we correct a printed price list without reprinting it all?",
    "Suggest fields for a volunteer sign-up form and a simple table layout for the weekly schedule.",
    "Explain the difference between a delivery note and an invoice, and which fields each needs.",
    "Draft a sign for the library: the new version of the membership form is available at the front desk.",
]
TRADE = [
    "Compare the Bosch and Makita cordless drills for our tool list; which has the better warranty process?",
    "Add a column to the price list for Lavazza and Illy beans, and mark which ones the app should show as decaf.",
    "Our order table lists Heinz ketchup, Hellmann's mayo and Tabasco; suggest a cheaper wholesale alternative for each.",
    "Which POS app works best for a small bakery: Square, Toast or Lightspeed? We need a simple menu list and tips.",
    "Write a product description for the Ortlieb Back-Roller panniers for our shop's list, mentioning the roll-top closure.",
    "Is Mailchimp or Brevo better for sending our monthly price list to 2,000 customers? The request form is in Typeform.",
    "Draft a table comparing Dyson, Shark and Miele vacuums on price, weight and filter type for our store's list.",
    "The app keeps showing Marmite and Vegemite in the same column. How should a deli categorise spreads?",
]


def covered(text: str, value: str, found: list[Finding]) -> bool:
    start = text.index(value)
    return any(f.start < start + len(value) and f.end > start for f in found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each missed value and each altered prompt")
    args = parser.parse_args()
    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), load_policy(bundled_policy("default")))

    people = []
    for i in range(96):
        fake = Faker(LOCALES[i % len(LOCALES)])
        fake.seed_instance(i)
        name, city = fake.name(), fake.city()
        people.append((NOTES[i % len(NOTES)].format(name=name, city=city), name, city))
    phones = []
    for region in REGIONS:
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                number = phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)
                phones += [(note.format(phone=number), number) for note in PHONE_NOTES]

    found = detector.analyze([t for t, _, _ in people] + [t for t, _ in phones] + PII_FREE + TRADE)
    of_people, rest = found[: len(people)], found[len(people) :]
    of_phones, rest = rest[: len(phones)], rest[len(phones) :]
    of_clean, of_trade = rest[: len(PII_FREE)], rest[len(PII_FREE) :]

    missed_names = [(t, n) for (t, n, _), f in zip(people, of_people) if not covered(t, n, f)]
    missed_towns = [(t, c) for (t, _, c), f in zip(people, of_people) if not covered(t, c, f)]
    missed_phones = [(t, p) for (t, p), f in zip(phones, of_phones) if not covered(t, p, f)]
    altered = [(t, f) for t, f in zip(PII_FREE + TRADE, of_clean + of_trade) if f]
    print(f"{'probe':<52}{'missed or altered':>20}")
    print(f"{'names in shop and office notes':<52}{len(missed_names):>12} of {len(people)}")
    print(f"{'towns in the same notes':<52}{len(missed_towns):>12} of {len(people)}")
    print(f"{'national phone numbers in such notes':<52}{len(missed_phones):>12} of {len(phones)}")
    print(f"{'PII-free notes altered':<52}{sum(1 for t, _ in altered if t in PII_FREE):>12} of {len(PII_FREE)}")
    print(f"{'brand-heavy trade prompts altered':<52}{sum(1 for t, _ in altered if t in TRADE):>12} of {len(TRADE)}")
    if args.misses:
        for text, value in missed_names + missed_towns + missed_phones:
            print(f"MISSED {value!r}: {text}")
        for text, findings in altered:
            print(f"ALTERED {[text[f.start : f.end] for f in findings]}: {text}")


if __name__ == "__main__":
    main()
