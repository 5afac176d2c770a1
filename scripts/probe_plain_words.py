"""Precision on PII-free prompts where a capitalised everyday word, a form's label or a language's
name stands where a name could (`lexicon.everyday_word`, `lexicon.nameless_word`, `language_names`),
paired with recall on prompts holding private people in the same slots, names that are words too.

    PYTHONPATH=. python scripts/probe_plain_words.py [--set tune|check|all] [--misses]

Hand-written in round 26 before the rules; `check` was run before and after only, never tuned on.
A clean prompt is altered when anything in it is masked; a name leaks when it is not wholly masked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import masked_for_cloud  # noqa: E402  (puts the repository on sys.path)

# Everyday words opening a line, heading a section or in a title; then languages spoken of.
CLEAN = {
    "tune": [
    "Handout for parents, draft:\n- What is a reading age?\n- How do phonics checks work?\nFill in each bullet with two short sentences.",
    "Patient information sheet: what to expect after a knee arthroscopy. Keep it to one page.",
    "Guardian consent form for a school trip: tidy the wording and add a line about medication.",
    "Plan a revision timetable:\nWeek 1: algebra\nWeek 2: geometry\nWeek 3: statistics\nMake it fit four evenings a week.",
    "Victorian houses often have damp problems. What should a buyer check before an offer?",
    "Terrace or semi-detached: which holds its value better in a commuter town?",
    "Draft an email to the team: Budget review moved to Thursday, agenda unchanged.",
    "Chapter 3 notes:\nSetting: a fishing village\nMood: tense\nTheme: loss\nTurn these into a paragraph.",
    "Harvest festival poster text, please: Bring a tin, bring a friend, Saturday 10am.",
    "Weather warning script for our radio slot: Strong winds expected along the coast tonight.",
    "Write a short speech for the Awards evening: Citizen of the Year goes to our volunteers.",
    "Rewrite this menu line: Smoked Salmon with Dill Cream and Rye Crackers.",
    "Recipe card: Lemon Drizzle Cake. Serves 8. Check the quantities for a 20 cm tin.",
    "What is the difference between a Sheriff and a Marshal in the US justice system?",
    "Summarise: Border controls tightened after the summit; Freight delays expected for a week.",
    "Translate this letter into Polish and keep it formal.",
    "Can you write the menu in Spanish, Portuguese and Dutch?",
    "The manual is only in German. Summarise it in English.",
    "Reply in French, please, and keep it short.",
    "How do you say thank you in Irish and in Scottish Gaelic?",
    "Patient leaflet in plain English: what to expect after a cataract operation.",
    "Our support team answers in Hindi, Tamil and Bengali. Draft the auto-reply in all three.",
    "Is Korean grammar closer to Japanese or to Turkish?",
    "Rewrite the safety notice in simple Swahili for the site workers.",
    "What are the hardest sounds in Hungarian for a native Italian speaker?",
    ],
    "check": [
    "Staff briefing, draft:\nFire drill on Monday.\nParking closed on Friday.\nClean up the wording and add a friendly opening line.",
    "Customer leaflet: how to read your water meter and report a leak. Plain English, 200 words.",
    "Carer checklist for a home visit: medication, meals, mobility, mood. Turn it into a table.",
    "Unit outline:\nLesson 1: fractions\nLesson 2: decimals\nLesson 3: percentages\nAdd a starter activity to each lesson.",
    "Gothic revival churches in England: what features should I photograph for my project?",
    "Cottage garden ideas for a north-facing plot: what flowers cope with the shade?",
    "Memo: Pension scheme changes take effect in April. Make it clearer for staff.",
    "Scene list:\nSetting: a night train\nConflict: a lost ticket\nEnding: open\nDraft the opening scene.",
    "Charity quiz night flyer: Teams of four, Raffle at half time, Doors open 7pm.",
    "Traffic update for the newsletter: Roadworks on the bypass, Expect queues at rush hour.",
    "Write a toast for the Retirement dinner: Thirty years of service, and never late once.",
    "Improve this product line: Roasted Garlic Hummus with Smoked Paprika and Pitta Chips.",
    "Label text: Chocolate Chip Cookies. Contains wheat, milk and soya. Check the allergen wording.",
    "What does a Coroner do that a Pathologist does not?",
    "Headline options: Storm damage closes Pier; Council promises repairs by summer.",
    "Put this product description into Czech and Slovak.",
    "We need the contract in Greek as well as in Romanian. What should the translator watch for?",
    "Write the welcome sign in Welsh and English, Welsh first.",
    "The form is in Vietnamese; tell me what each field asks for.",
    "Which is easier for a Spanish speaker to learn: Catalan or Portuguese?",
    "Explain this error message in plain Danish for my grandmother.",
    "Our app supports Arabic, Hebrew and Persian. What breaks with right-to-left layouts?",
    "How formal should an email in Japanese be to a new supplier?",
    "Translate 'fragile, this way up' into Ukrainian, Lithuanian and Latvian.",
    "Give me ten common phrases in Icelandic with how to pronounce them.",
    ],
}
# (text, the private values in it)
PERSONAL = {
    "tune": [
    ("Hope said the invoice was wrong again. Draft a polite reply to her.", ["Hope"]),
    ("Grant will cover the front desk on Friday; write him a short handover note.", ["Grant"]),
    ("Fill in the form for Joy Okafor, who starts on Monday in accounts.", ["Joy Okafor"]),
    ("Patient: Wanjiru Kamau\nWard: 4B\nSummarise her discharge notes for the GP.", ["Wanjiru Kamau"]),
    ("Week 2 report from Dawn Mercer: two late deliveries, one damaged pallet.", ["Dawn Mercer"]),
    ("Guardian: Bogdan Nowak (uncle). Reword the consent letter to address him.", ["Bogdan Nowak"]),
    ("Ask Megan English to sign off the budget before Friday.", ["Megan English"]),
    ("Dawn French from accounts called about her payslip; draft a reply.", ["Dawn French"]),
    ("My landlord, Piotr Nowak, only writes in Polish. Translate his message for me.", ["Piotr Nowak"]),
    ("I moved from Gdańsk to Leeds last year; write my cover letter in English.", ["Gdańsk", "Leeds"]),
    ],
    "check": [
    ("Faith rang twice about the refund. Write her an apology.", ["Faith"]),
    ("Ask Summer Reyes to send the rota before noon.", ["Summer Reyes"]),
    ("Carer: Tomasz Wiśniewski\nClient: Ada Lindqvist\nTurn the visit log into a short report.", ["Tomasz Wiśniewski", "Ada Lindqvist"]),
    ("Lesson feedback for Rhiannon Pryce: great pacing, weak plenary. Make it kinder.", ["Rhiannon Pryce"]),
    ("Will Hartley missed the safety briefing; draft a reminder to him.", ["Will Hartley"]),
    ("Contact: Chidi Eze, 07700 900123. Write the follow-up email.", ["Chidi Eze"]),
    ("Sam Welsh missed the induction; write him a reminder.", ["Sam Welsh"]),
    ("Reply in Spanish to Lucía Fernández, who wants a refund for order 4471.", ["Lucía Fernández"]),
    ("Our tenant Ayşe Demir in Izmir prefers Turkish. Draft the rent notice for her.", ["Ayşe Demir", "Izmir"]),
    ("Email Ivan German about the Greek translation deadline.", ["Ivan German"]),
    ],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--set", choices=("tune", "check", "all"), default="all", help="which half to run (default: both)")
    parser.add_argument("--misses", action="store_true", help="print each altered clean prompt and each leaked name")
    args = parser.parse_args(argv)
    sets = ["tune", "check"] if args.set == "all" else [args.set]
    print(f"{'set':8} {'clean altered':>15} {'names leaked':>14}")
    for name in sets:
        clean, personal = CLEAN[name], PERSONAL[name]
        masked = masked_for_cloud([*clean, *(text for text, _ in personal)])
        altered = [text for text, spans in zip(clean, masked) if spans]
        leaked = []
        for (text, values), spans in zip(personal, masked[len(clean) :]):
            for value in values:
                at = text.index(value)
                if not any(s <= at and at + len(value) <= e for s, e in spans):
                    leaked.append((value, text))
        print(f"{name:8} {len(altered):>8}/{len(clean):<6} {len(leaked):>7}/{sum(len(v) for _, v in personal):<6}")
        if args.misses:
            for text in altered:
                print(f"  altered: {text[:90]!r}")
            for value, text in leaked:
                print(f"  leaked {value!r}: {text[:80]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
