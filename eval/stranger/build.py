#!/usr/bin/env python
"""The stranger corpus: prompts written by someone who was not tuning detection, filled with values
from mimesis (another generator than the Faker that every other corpus and the detector's training
draw on), in shapes the tuning developers never saw. It was held out for three rounds; from the ninth the
developers read its misses to find causes, so it is `seen.jsonl` now (eval/README.md).

    python eval/stranger/build.py            # rewrite eval/stranger/seen.jsonl
    python eval/stranger/build.py --check    # exit 1 if the committed file differs
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from mimesis import Address, Person
from mimesis.locales import Locale

SEED = 61130
LOCALES = [Locale.EN, Locale.EN_GB, Locale.DE, Locale.PT_BR, Locale.TR, Locale.PL, Locale.NL, Locale.ES_MX,
           Locale.IT, Locale.FR, Locale.EN_AU, Locale.CS, Locale.DA, Locale.FI, Locale.HU, Locale.SV, Locale.EN_CA, Locale.NO]
REGION = {"en": "US", "en-gb": "GB", "de": "DE", "pt-br": "BR", "tr": "TR", "pl": "PL", "nl": "NL", "es-mx": "MX", "it": "IT",
          "fr": "FR", "en-au": "AU", "cs": "CZ", "da": "DK", "fi": "FI", "hu": "HU", "sv": "SE", "en-ca": "CA", "no": "NO"}
SLOT = re.compile(r"⟦(\w+?)(\d?)(?:\|(\w+))?⟧")


def national(rng: random.Random, region: str) -> str:
    ex = phonenumbers.example_number_for_type(region, rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    digits = str(ex.national_number)
    # change the last four digits so the number is not the metadata's example
    digits = digits[:-4] + "".join(rng.choice("0123456789") for _ in range(4))
    num = phonenumbers.parse(digits, region)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


class Values:
    def __init__(self, loc: Locale, rng: random.Random) -> None:
        self.p = Person(loc, seed=rng.randrange(1 << 30))
        self.a = Address(loc, seed=rng.randrange(1 << 30))
        self.rng = rng
        self.region = REGION[loc.value]
        self.cache: dict[str, str] = {}

    def get(self, kind: str, k: str) -> tuple[str, str | None]:
        key = kind + k
        if key in self.cache:
            return self.cache[key], TYPES[kind]
        v = self.make(kind, k)
        self.cache[key] = v
        return v, TYPES[kind]

    def make(self, kind: str, k: str) -> str:
        if kind == "first":
            return self.p.first_name()
        if kind == "last":
            return self.p.last_name()
        if kind == "city":
            return self.a.city()
        if kind == "street":
            return self.a.address()
        if kind == "postcode":
            return self.a.postal_code()
        if kind == "phone":
            return self.p.telephone()
        if kind == "natphone":
            return national(self.rng, self.region)
        if kind == "email":
            given, family = self.get("first", k)[0], self.get("last", k)[0]
            sep = self.rng.choice([".", "_", ""])
            return f"{folded(given)}{sep}{folded(family)}@{self.rng.choice(['gmail.com', 'outlook.com', 'web.de', 'acme-corp.com'])}".lower()
        if kind == "handle":
            g, f = folded(self.get("first", k)[0]).lower(), folded(self.get("last", k)[0]).lower()
            style = self.rng.randrange(5)
            return [f"{g}.{f}", f"{g[0]}{f}", f"{f}{g[0]}", f"{g}_{f}{self.rng.randrange(10, 99)}", f"{g}{f[:3]}"][style]
        raise KeyError(kind)


def folded(s: str) -> str:
    """Accents and a few letters with no decomposition folded to ASCII, as e-mail addresses and logins are written."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("ø", "o").replace("ı", "i")


TYPES = {"first": "PERSON", "last": "PERSON", "city": "LOCATION", "street": "LOCATION", "postcode": "LOCATION",
         "phone": "PHONE_NUMBER", "natphone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "handle": "PERSON"}


def fill(template: str, values: Values) -> tuple[str, list[dict[str, object]]]:
    out, spans, pos = [], [], 0
    for m in SLOT.finditer(template):
        out.append(template[pos:m.start()])
        start = sum(map(len, out))
        value, typ = values.get(m.group(1), m.group(2))
        mod = m.group(3)
        value = value.lower() if mod == "lower" else value.upper() if mod == "upper" else value
        out.append(value)
        if typ:
            spans.append({"start": start, "end": start + len(value), "type": typ, "value": value})
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


PERSONAL = {
    "lowercase_name": [
        "pls summarise the thread: ⟦first|lower⟧ says the invoice from ⟦first2|lower⟧ ⟦last2|lower⟧ is wrong, can you draft a reply",
        "minutes 14/3 - attendees ⟦first|lower⟧ ⟦last|lower⟧, ⟦first2|lower⟧ ⟦last2|lower⟧, me. action: ⟦first|lower⟧ chases the vendor. tidy this up",
        "hey can u rewrite this more politely: tell ⟦first|lower⟧ ⟦last|lower⟧ her expense claim is late again",
        "whatsapp export, make it a short summary:\n12/03/24, 18:02 - ⟦first|lower⟧: running late\n12/03/24, 18:05 - ⟦first2|lower⟧ ⟦last2|lower⟧: ok see u at 7",
    ],
    "allcaps_name": [
        "TICKET 4471 OPENED BY ⟦first|upper⟧ ⟦last|upper⟧ - PRINTER ON 3RD FLOOR JAMS EVERY MORNING. TRANSLATE TO FRENCH PLEASE",
        "UNIT 4 TO BASE, PICKED UP ⟦first|upper⟧ ⟦last|upper⟧ AT ⟦street|upper⟧, ETA 10 MIN. Turn this radio log into a plain incident note.",
        "Summarise the case in two lines: ⟦last|upper⟧ v. NORTHWIND LOGISTICS LTD, CLAIMANT ⟦first|upper⟧ ⟦last|upper⟧ OF ⟦city|upper⟧",
        "Make this readable: PAX LIST FLT 2231 / SEAT 14C ⟦last|upper⟧ ⟦first|upper⟧ / SEAT 14D ⟦last2|upper⟧ ⟦first2|upper⟧",
    ],
    "username_handle": [
        "the VPN logs show ⟦handle⟧ logged in from 10.2.3.4 at 2am and again at 3am, is that suspicious?",
        "Slack export, summarise:\n[09:14] ⟦handle⟧: deploy done\n[09:15] ⟦handle2⟧: thanks! ping @⟦handle⟧ if smoke tests fail",
        "Write a kubectl RoleBinding that gives the user ⟦handle⟧ read access to the staging namespace.",
        "Why can't I ssh as ⟦handle⟧@bastion.internal? It says Permission denied (publickey).",
    ],
    "technical_names": [
        "The cron job ⟦first⟧ ⟦last⟧ wrote keeps failing with exit code 137; here is the crontab line: 0 3 * * * /opt/backup.sh",
        "Ask ⟦first⟧ from the data team whether the Airflow DAG can run hourly - draft the Slack message for me.",
        "⟦first⟧ ⟦last⟧ will demo the new Terraform modules on Friday; draft the calendar invite for the platform team.",
        "git commit --author=\"⟦first⟧ ⟦last⟧ <⟦email⟧>\" -m 'fix' - why does this not change the committer?",
        "Jira: Assignee: ⟦first⟧ ⟦last⟧ | Reporter: ⟦first2⟧ ⟦last2⟧ | Priority: High. Write my standup update from this.",
        "Here is the Sentry breadcrumb: user.username=⟦handle⟧ user.email=⟦email⟧ - why is the session id missing?",
    ],
    "address_phone": [
        "Selling a sofa, pick up at ⟦street⟧, ⟦postcode⟧ ⟦city⟧. Text ⟦phone⟧. Rewrite the ad to sound friendlier.",
        "{\"recipient\": {\"fullName\": \"⟦first⟧ ⟦last⟧\", \"line1\": \"⟦street⟧\", \"zip\": \"⟦postcode⟧\", \"town\": \"⟦city⟧\", \"mobile\": \"⟦phone⟧\"}} - why does the courier API reject this payload?",
        "my new address is ⟦street⟧, ⟦city⟧ - update the letter to the bank. my phone stays ⟦natphone⟧",
        "⟦first⟧ ⟦last⟧\n⟦street⟧\n⟦postcode⟧ ⟦city⟧\n\nDear Sir or Madam, I am writing to cancel my membership. Fix the grammar please.",
        "if the driver can't find the gate he should ring me on ⟦natphone⟧, put that in the delivery note",
        "what's the nearest walk-in clinic to ⟦postcode⟧? I live there with my two kids",
        "Turn this into a markdown table:\nname: ⟦first⟧ ⟦last⟧, phone ⟦natphone⟧, town ⟦city⟧\nname: ⟦first2⟧ ⟦last2⟧, phone ⟦natphone2⟧, town ⟦city2⟧",
        "SHIP TO: ⟦city|upper⟧ ⟦postcode⟧, ATTN ⟦first|upper⟧ ⟦last|upper⟧. Is this label complete?",
        "forward the crash logs to ⟦email⟧ and cc ⟦first2|lower⟧, then write a two-line summary",
    ],
    "work_shaped": [
        "What did ⟦first⟧ ⟦last⟧ argue in her memo about Q3 pricing? Summarise it for the board.",
        "Write a short biography of ⟦first⟧ ⟦last⟧, our new head of procurement, for the intranet.",
        "Compare ⟦first⟧ ⟦last⟧'s and ⟦first2⟧ ⟦last2⟧'s sales numbers this quarter and suggest who gets the bonus.",
        "Why did ⟦first⟧ ⟦last⟧ leave the Munich office so suddenly? Draft a neutral announcement.",
    ],
}

CLEAN = {
    "clean_technical": [
        "Why does `docker compose up` say: service \"web\" depends on undefined service \"db\"?",
        "Explain the difference between Sidekiq and Resque for background jobs in Rails.",
        "My Flask app behind Gunicorn returns 502 from Nginx after 30 seconds; which timeout do I raise?",
        "What does this Ansible error mean: ERROR! couldn't resolve module/action 'community.docker.docker_container'?",
        "Is Caddy or Traefik easier for automatic TLS in a homelab?",
        "Write a GitHub Actions step that caches Poetry dependencies keyed on poetry.lock.",
        "systemd says: Unit mariadb.service entered failed state. Result: exit-code. How do I find out why?",
        "Convert this Makefile target to a justfile:\nbuild:\n\tgo build -o bin/app ./cmd/app",
        "In Django, when should I use select_related versus prefetch_related?",
        "Our Grafana alert says 'DatasourceNoData' for the Prometheus source every night at 02:00. Where do I look first?",
    ],
    "clean_general": [
        "Why did Napoleon invade Russia in 1812?",
        "Summarise the plot of Moby-Dick in three sentences.",
        "How tall is Mont Blanc and which countries share it?",
        "What was Marie Curie's second Nobel Prize for?",
        "Who painted The Night Watch, and why does it look so dark?",
        "What share of Iceland's people live in Reykjavík?",
        "Explain Occam's razor with an everyday example.",
        "Why is Pluto no longer counted as a planet?",
        "Recommend three novels like Kazuo Ishiguro's The Remains of the Day.",
        "Which languages are spoken in Andorra?",
    ],
    "clean_onecase": [
        "PLEASE REPLY ALL WITH YOUR AVAILABILITY FOR THE Q3 OFFSITE - make this less shouty",
        "fix the typos: teh meeting is moved to thursday, bring ur laptops",
    ],
}


def build() -> str:
    """The corpus, one JSON row a line."""
    rng = random.Random(SEED)
    rows = []
    for cls, templates in PERSONAL.items():
        for t_i, template in enumerate(templates):
            for k in range(3):
                loc = rng.choice(LOCALES)
                values = Values(loc, rng)
                text, spans = fill(template, values)
                rows.append({"id": f"stranger-{cls}-{t_i}-{k}", "text": text, "spans": spans, "source": "eval/stranger/build.py",
                             "class": cls, "template": str(t_i), "locale": loc.value})
    for cls, templates in CLEAN.items():
        for t_i, text in enumerate(templates):
            rows.append({"id": f"stranger-{cls}-{t_i}", "text": text, "spans": [], "source": "eval/stranger/build.py", "class": cls, "template": str(t_i)})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    args = parser.parse_args(argv)
    out, text = Path(__file__).resolve().parent / "seen.jsonl", build()
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out.name}: {'unchanged' if same else 'differs from what the templates give'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"{out.name}: {text.count(chr(10))} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
