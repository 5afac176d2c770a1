"""People and places inside code and technical text that is not a key/value record: the probe of
`scripts/probe_code.py` and `test_code_probe.py`.

`record_probe` holds a person under a key (`"name": …`, `city=…`). Code names people and places in
other ways: a string literal passed as an argument (`send_invite("…")`, `geocode("…")`), a log or
format string ("refund approved for …"), a test's asserts and fixture lists, a comment or a
docstring, an `@author` tag, a commit's `Co-authored-by:` trailer, a stack trace, a shell command,
an SQL comparison, a README's table, an HTML snippet. Each carrier is written here, by the probe,
with a slot for a person's full name (`{p}`), a given and a family name apart (`{g}`, `{f}`), or a
town (`{c}`).

People are mimesis full names of every Latin-script locale (`handle_probe.LOCALES`); towns are
mimesis towns of the same locales. `--source faker` draws both from Faker's locales mimesis lacks
(`handle_probe.FAKER_LOCALES`, romanised where Faker can): a check the rules were not written from.
`CHECK_CARRIERS` are a second set of carriers written after the rules, for the same purpose.

Every case has a twin: the same code with software, a library or an English word in the slot
(`TWINS`: Jenkins, Kafka, Sinatra, Hudson…); the twin must reach the cloud byte-identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from faker import Faker
from mimesis import Address, Person
from mimesis.enums import Gender
from mimesis.locales import Locale

from tests.detection.handle_probe import FAKER_LOCALES, LOCALES

KINDS = ("person", "place")
SOURCES = ("mimesis", "faker")

# The carriers the rules were read from. `{p}` a full name, `{g}`/`{f}` its given and family name,
# `{c}` a town; `{e}` an e-mail that goes with the name (masked on its own, not probed).
_TUNED = {
    "call-arg": 'invite = send_invite("{p}", role="admin")\nassert invite.sent',
    "call-args": "user = create_user('{g}', '{f}', 42)\nprint(user.id)",
    "log-info": 'logger.info("refund approved for {p}")',
    "log-format": 'log.warn("Customer %s has 3 failed payments", "{p}")',
    "print": 'print("Dear {p}, your order has shipped.")',
    "assert": 'def test_greet():\n    assert greet("{p}") == "Hello, {p}!"',
    "comment": "# ask {p} about this before merging\nretries = 3",
    "docstring": 'def reconcile(batch):\n    """Ported from the old cron job {p} wrote in 2019."""\n    return batch',
    "author": "/**\n * Parses the invoice feed.\n *\n * @author {p}\n */\npublic class FeedParser {{",
    "coauthor": "fix: retry on 503\n\nCo-authored-by: {p} <{e}>",
    "signed-off": "Signed-off-by: {p} <{e}>",
    "git-author": 'git commit --amend --author="{p} <{e}>" --no-edit',
    "git-log": "commit 9f2c1e7\nAuthor: {p} <{e}>\nDate:   Mon Nov 30 09:14:07 2026 +0100\n\n    bump deps",
    "stacktrace": 'Traceback (most recent call last):\n  File "app/billing.py", line 88, in charge\nbilling.CardDeclined: card declined for {p}',
    "log-line": "2026-11-30 09:14:07,112 ERROR [payments] charge failed for customer {p} (id=4411)",
    "md-table": "| Name | Role |\n|------|------|\n| {p} | Maintainer |\n| ci-bot | Automation |",
    "html": '<p class="greeting">Welcome back, {p}!</p>',
    "test-list": 'NAMES = ["{p}", "ci-bot"]\nfor n in NAMES:\n    assert valid(n)',
    "js-call": "const card = renderBadge('{p}', {{ size: 'lg' }});",
    "readme": "## Maintainers\n\nThis module is maintained by {p}. Open an issue first.",
    "geocode": 'loc = geocode("{c}")\nprint(loc.lat, loc.lon)',
    "weather": "forecast = weather_for('{c}')\nif forecast.rain: notify()",
    "sql-city": "SELECT count(*) FROM orders WHERE city = '{c}' AND status = 'open';",
    "log-city": "2026-11-30 09:14:07 WARN shipping: no carrier covers {c}, falling back to post",
    "city-list": 'WAREHOUSES = ["{c}", "main"]\nfor w in WAREHOUSES:\n    sync(w)',
    "curl-city": 'curl "https://api.example.com/v1/forecast?q={c}&units=metric"',
    "assert-city": 'assert normalise_city(" {c} ") == "{c}"',
    "comment-city": "# the {c} warehouse uses a different SKU prefix\nPREFIX = 'WH2'",
    "csv-city": 'df = pd.read_csv(io.StringIO("""\n4471,{f},{c},2026-03-01,open\n"""), header=None)',
    "tsv-city": "$ cut -f1-4 orders.tsv | head -n 1\n17\t{c}\t3.50\tshipped",
    "log-from": "2026-11-30 09:14:07 INFO [auth] session 8812 opened from {c}",
    "log-to": 'logger.info("parcel 4471 dispatched to {c}")',
    "csv-person": 'df = pd.read_csv(io.StringIO("""\n4471,{p},2026-03-01,open\n"""), header=None)',
}

# A second set of carriers, written after the rules (the c-pipe-city … c-row-person ones before the
# twentieth round's rules, never tuned on): a check of what the rules reach.
_CHECK = {
    "c-call-arg": 'await notifyOwner("{p}", ticketId);',
    "c-fstring": 'msg = f"Hi {p}, your build #{{n}} failed"',
    "c-exception": 'raise PermissionError("{p} may not approve their own refund")',
    "c-fixture": "@pytest.fixture\ndef owner():\n    return make_owner('{p}')",
    "c-docstring": '"""Example:\n    >>> initials("{p}")\n    \'{i}\'\n"""',
    "c-trailer": "Reviewed-by: {p} <{e}>\nTested-by: ci-bot",
    "c-shell": "./manage.py createsuperuser --username admin --first-name '{g}' --last-name '{f}'",
    "c-log": "[2026-11-30T09:14:07Z] INFO  mailer  sent reminder to {p}",
    "c-html": "<td>{p}</td><td>Support</td>",
    "c-geo": "coords = client.geocode(address='{c}')",
    "c-sql-in": "DELETE FROM stores WHERE town IN ('{c}');",
    "c-route": 'route = planner.route(origin="{c}", via=None)',
    "c-log-city": "INFO geo: resolved {c} in 120ms",
    "c-pipe-city": "88|{c}|2026-04-02|12.40",
    "c-semicolon-city": "2026-04-02;{c};paid;12.40",
    "c-log-near": "[WARN] courier 2231 delayed near {c} (retry 2)",
    "c-literal-from": "raise ValueError(f\"no route from {c} to the depot\")",
    "c-row-person": "2026-04-02;{p};paid;12.40",
}
# A carrier alone, or pasted in a fenced block among more code with a question, as code is asked
# about: a short snippet reads as prose to the gateway, a block as code.
FRAMES = ("bare", "block")
_BLOCK = 'Can you review this? It fails in CI.\n```\nimport os\nfrom app import db\n\n{body}\n\nif __name__ == "__main__":\n    main()\n```'
CARRIERS = tuple(_TUNED)
CHECK_CARRIERS = tuple(_CHECK)
_TEXT = {**_TUNED, **_CHECK}
_PLACE_SLOT = frozenset(k for k, v in _TEXT.items() if "{c}" in v)

# PII-free fillers of the same slots: software, libraries, bots and English words.
TWINS = (
    "Jenkins",
    "Kafka",
    "Sinatra",
    "Hudson",
    "Phoenix",
    "Apache Kafka",
    "Release Bot",
    "Build Agent",
    "Spring Boot",
    "Hello World",
)
_TWIN_PAIRS = (("Hello", "World"), ("Test", "Runner"), ("Build", "Agent"), ("Jenkins", "Pipeline"))
PLACE_TWINS = ("default", "localhost", "unknown", "eu-west-1", "Kafka", "Jenkins", "Sinatra", "main")


@dataclass(frozen=True)
class Case:
    locale: str
    source: str
    carrier: str
    frame: str  # bare / block
    kind: str  # person / place
    value: str  # what is probed, as written ("" in a twin)
    text: str
    twin: str  # the same code with a PII-free value


def _people(locale: str, count: int, seed: int, source: str) -> list[tuple[str, str]]:
    """(given, family) pairs, men and women in turn."""
    if source == "faker":
        fake = Faker(locale)
        fake.seed_instance(seed)
        if hasattr(fake, "first_romanized_name"):
            return [(fake.first_romanized_name(), fake.last_romanized_name()) for _ in range(count)]
        return [(fake.first_name_female() if i % 2 else fake.first_name_male(), fake.last_name()) for i in range(count)]
    person = Person(Locale(locale), seed=seed)
    return [
        (person.first_name(g), person.last_name(g))
        for g in (Gender.FEMALE if i % 2 else Gender.MALE for i in range(count))
    ]


def _towns(locale: str, count: int, seed: int, source: str) -> list[str]:
    if source == "faker":
        fake = Faker(locale)
        fake.seed_instance(seed)
        return [fake.city() for _ in range(count)]
    address = Address(Locale(locale), seed=seed)
    return [address.city() for _ in range(count)]


def _email(given: str, family: str) -> str:
    folded = re.sub(r"[^a-z]", "", (given[:1] + family).lower())
    return f"{folded or 'dev'}@example.com"


def fill(carrier: str, full: str, given: str, family: str, town: str, email: str) -> str:
    """The carrier with a person (`full`, or `given` and `family` apart), their address and a town in its slots."""
    initials = "".join(w[:1] for w in full.split())
    return _TEXT[carrier].format(p=full, g=given, f=family, c=town, e=email, i=initials)


def cases(
    locales: Sequence[str] | None = None,
    per_locale: int = 2,
    seed: int = 1919,
    source: str = "mimesis",
    check: bool = False,
) -> list[Case]:
    """Every carrier (`CHECK_CARRIERS` with `check`) filled with each drawn person or town, with its
    twin, bare or in a block (`FRAMES`) in turn."""
    carriers = CHECK_CARRIERS if check else CARRIERS
    out = []
    turn = 0
    for locale in locales or (FAKER_LOCALES if source == "faker" else LOCALES):
        people = _people(locale, per_locale, seed, source)
        towns = _towns(locale, per_locale, seed, source)
        for (given, family), town in zip(people, towns):
            for carrier in carriers:
                place = carrier in _PLACE_SLOT
                tg, tf = _TWIN_PAIRS[turn % len(_TWIN_PAIRS)]
                frame = FRAMES[(turn + turn // len(carriers)) % len(FRAMES)]
                text = fill(carrier, f"{given} {family}", given, family, town, _email(given, family))
                twin = fill(carrier, TWINS[turn % len(TWINS)], tg, tf, PLACE_TWINS[turn % len(PLACE_TWINS)], "ci-bot")
                if frame == "block":
                    text, twin = _BLOCK.format(body=text), _BLOCK.format(body=twin)
                value = town if place else f"{given} {family}"
                out.append(Case(locale, source, carrier, frame, "place" if place else "person", value, text, twin))
                turn += 1
    return out


def _words(value: str) -> list[str]:
    return re.findall(r"[^\W\d_]{3,}", value)


def leaked(case: Case, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether a word of the value (three letters or more) is left as written somewhere in the text."""
    for word in _words(case.value):
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", case.text):
            if not any(a <= m.start() and m.end() <= b for a, b in masked):
                return True
    return False
