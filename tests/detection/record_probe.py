"""People's records inside code and data: the recall probe of `scripts/probe_records.py` and
`test_record_probe.py`.

A record (full name or given and family name, street line, town, region, postcode, country, phone,
e-mail) is drawn from mimesis, every Latin-script locale it has (`handle_probe.LOCALES`), or from
Faker as a check the rules were not tuned on. It is written into a data carrier the probe writes
itself: JSON (flat, nested, an array), YAML, a Python dict, a dataclass built or a function called
with keywords, a JS or TS object, an OpenAI tool call's `arguments` string, CSV, SQL (INSERT and
WHERE), a `key=value` log, `.env`, XML, TOML, a test's asserts, GraphQL variables, a URL's query,
or a form copied with each label on its own line over its value (`stacked-form`, `stacked-colon`).
Keys are the obvious ones (`city`, `name`) or the ones tools and other languages use (`dest`,
`shipTo`, `ort`, `ciudad`, `assignee`, `billing.line1`), in snake, camel or kebab case. A part leaks
when the text the cloud would see still holds it as written.

`CLEAN` records hold no one: products, config, software, feature flags and country-level settings
(`"region": "eu-west-1"`, `"locale": "fr_FR"`, `"timezone": "Europe/Paris"`) in the same carriers;
they must reach the cloud byte-identical.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Sequence
from urllib.parse import quote_plus

from mimesis import Address, Person
from mimesis.enums import Gender
from mimesis.locales import Locale

from tests.detection.address_probe import FAKER_LOCALES, address, faker_address
from tests.detection.handle_probe import LOCALES

PARTS = ("name", "given", "family", "street", "number", "town", "region", "postcode", "country", "phone", "email")
SOURCES = ("mimesis", "faker")
KEYS = ("plain", "oblique")
CASINGS = ("as-is", "lower", "upper")

CARRIERS = (
    "json-flat", "json-nested", "json-array", "yaml", "py-dict", "py-dataclass", "py-kwargs", "js-object", "ts-object",
    "tool-call", "csv", "sql-insert", "sql-where", "kv-log", "env", "xml", "toml", "fixture", "graphql", "url-query",
    # Round 24: a form copied from a web page or a PDF, each label on its own line over its value.
    "stacked-form", "stacked-colon",
)
_STACKED = ("stacked-form", "stacked-colon")

# A field's key, as words to be joined in the carrier's style: the plain ones, then the ones tools,
# other languages and other teams use. `.` nests (`billing.line1`).
_PLAIN = {
    "name": ("full name", "name", "customer name"),
    "given": ("first name", "given name"),
    "family": ("last name", "family name"),
    "street": ("street", "address line1", "street address"),
    "town": ("city", "town", "city"),
    "region": ("state", "region", "province"),
    "postcode": ("postcode", "zip", "postal code"),
    "country": ("country", "country name"),
    "phone": ("phone", "phone number", "mobile"),
    "email": ("email", "email address"),
}
_OBLIQUE = {
    "name": ("owner", "assignee", "contact", "recipient", "nombre", "kunde", "holder", "requested by"),
    "given": ("fn", "vorname", "prenom", "nome"),
    "family": ("ln", "surname", "nachname", "apellido"),
    "street": ("billing.line1", "addr1", "strasse", "calle", "ship to.line1", "rue"),
    "town": ("dest", "ship to", "loc", "muni", "ort", "ciudad", "ville", "pickup"),
    "region": ("prov", "bundesland", "county", "estado", "area"),
    "postcode": ("plz", "cp", "cap", "pin"),
    "country": ("ctry", "land", "pais"),
    "phone": ("tel", "mob", "contact no"),
    "email": ("mail", "reply to"),
}
STYLES = ("snake", "camel", "kebab")


@dataclass(frozen=True)
class Record:
    """One person's record as drawn; `region` may be empty."""

    locale: str
    given: str
    family: str
    street_line: str
    street: str
    number: str
    town: str
    region: str
    postcode: str
    country: str
    phone: str
    email: str


@dataclass(frozen=True)
class Case:
    locale: str
    source: str
    carrier: str
    keys: str  # plain / oblique
    casing: str
    parts: dict[str, str]  # part -> as written in `text`
    text: str
    key_of: dict[str, str]  # part -> the key it is written under


def record(locale: str, seed: int) -> Record:
    """A mimesis record of `locale` (its address from `address_probe.address`)."""
    a = address(locale, seed)
    person = Person(Locale(locale), seed=seed)
    gender = Gender.FEMALE if seed % 2 else Gender.MALE
    region = a.region or Address(Locale(locale), seed=seed).state()
    return Record(
        locale, person.first_name(gender), person.last_name(gender), a.street_line, a.street, a.number, a.town,
        region, a.postcode, a.country, person.telephone(), person.email(),
    )


def faker_record(locale: str, seed: int) -> Record:
    """A Faker record of `locale`, the check source."""
    from faker import Faker

    a = faker_address(locale, seed)
    fake = Faker(locale)
    fake.seed_instance(seed)
    region = ""
    for attr in ("state", "region", "province", "administrative_unit", "county"):
        if hasattr(fake, attr):
            region = str(getattr(fake, attr)())
            break
    return Record(
        a.locale, fake.first_name(), fake.last_name(), a.street_line, a.street, a.number, a.town, region,
        a.postcode, a.country, fake.phone_number() if hasattr(fake, "phone_number") else "", fake.email(),
    )


def styled(words: str, style: str, upper: bool = False) -> str:
    """A key's words in snake, camel or kebab case (dots kept), or in capitals for `.env`."""
    out = []
    for piece in words.split("."):
        w = piece.split()
        if upper:
            out.append("_".join(w).upper())
        elif style == "spaced":
            out.append(" ".join(w))
        elif style == "camel":
            out.append(w[0] + "".join(x[:1].upper() + x[1:] for x in w[1:]))
        else:
            out.append(("-" if style == "kebab" else "_").join(w))
    return ".".join(out)


def fields(r: Record, keys: str, turn: int) -> list[tuple[str, str, str]]:
    """(part, key words, value) of the record: the full name or the given and family name in turn,
    and the address, phone and e-mail; keys of the family `keys`, picked by `turn`."""
    table = _PLAIN if keys == "plain" else _OBLIQUE
    named = [("name", f"{r.given} {r.family}")] if turn % 2 == 0 else [("given", r.given), ("family", r.family)]
    rest = [("street", r.street_line), ("town", r.town), ("region", r.region), ("postcode", r.postcode),
            ("country", r.country), ("phone", r.phone), ("email", r.email)]
    out = []
    for i, (part, value) in enumerate([*named, *rest]):
        if value and (part not in ("region", "country", "phone", "email") or (turn + i) % 3):  # records omit some
            choices = table[part]
            out.append((part, choices[(turn + i) % len(choices)], value))
    return out


def _cased(value: str, casing: str) -> str:
    return value.lower() if casing == "lower" else value.upper() if casing == "upper" else value


def _nest(items: list[tuple[str, str]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in items:
        node = out
        *path, last = key.split(".")
        for step in path:
            node = node.setdefault(step, {})  # type: ignore[assignment]
        node[last] = value
    return out


def _flat(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k.replace(".", "_"), v) for k, v in items]


def _js_key(key: str, quote: Callable[[str], str]) -> str:
    return key if re.fullmatch(r"[A-Za-z_]\w*", key) else quote(key)


def render(items: list[tuple[str, str]], carrier: str, turn: int) -> str:
    """The fields (`key`, `value`) put into `carrier`; keys already styled."""
    flat = _flat(items)
    if carrier == "json-flat":
        return "Why does the validator reject this payload?\n" + json.dumps({"id": 4411, **dict(flat), "active": True}, ensure_ascii=False)
    if carrier == "json-nested":
        body = json.dumps({"order": {"id": "A-7731", "customer": _nest(items), "items": 3}}, ensure_ascii=False, indent=2)
        return f"POST /v1/orders returns 422 for this body:\n```json\n{body}\n```"
    if carrier == "json-array":
        rows = [{"id": 1, **_nest(items)}, {"id": 2, "sku": "CH-220", "qty": 4}]
        return "seed data for the import test:\n" + json.dumps(rows, ensure_ascii=False, indent=2)
    if carrier == "yaml":
        body = "\n".join(f"  {k}: {json.dumps(v, ensure_ascii=False) if ':' in v or v[:1] in '#-+@' else v}" for k, v in flat)
        return f"# fixtures/contacts.yml\ncontact_{turn % 9}:\n{body}\n  verified: false"
    if carrier == "py-dict":
        body = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in flat)
        return f"payload = {{\n{body},\n}}\nresp = client.post('/customers', json=payload)\nassert resp.status_code == 201"
    if carrier == "py-dataclass":
        body = ", ".join(f"{k.replace('-', '_')}={json.dumps(v, ensure_ascii=False)}" for k, v in flat)
        return f"customer = Customer({body})\nrepo.save(customer)"
    if carrier == "py-kwargs":
        body = ",\n    ".join(f"{k.replace('-', '_')}={v!r}" for k, v in flat)
        return f"label = create_shipment(\n    {body},\n    service=\"express\",\n)"
    if carrier == "js-object":
        body = ", ".join(f"{_js_key(k, repr)}: '{v}'" for k, v in flat)
        return f"const payload = {{ {body} }};\nawait api.post('/contacts', payload);"
    if carrier == "ts-object":
        body = "\n".join(f"  {_js_key(k, json.dumps)}: {json.dumps(v, ensure_ascii=False)}," for k, v in flat)
        return f"export const sampleUser: User = {{\n{body}\n}};"
    if carrier == "tool-call":
        args = json.dumps(dict(flat), ensure_ascii=False)
        call = {"id": "call_8f2", "type": "function", "function": {"name": "create_shipment", "arguments": args}}
        return "The model returned this tool call, why does the schema reject it?\n" + json.dumps({"tool_calls": [call]}, ensure_ascii=False)
    if carrier == "csv":
        cells = [f'"{v}"' if "," in v else v for _, v in flat]
        return "id," + ",".join(k for k, _ in flat) + "\n4411," + ",".join(cells) + "\n4412," + ",".join("" for _ in flat)
    if carrier == "sql-insert":
        cols = ", ".join(k.replace("-", "_") for k, _ in flat)
        vals = ", ".join("'" + v.replace("'", "''") + "'" for _, v in flat)
        return f"INSERT INTO customers ({cols}) VALUES ({vals});"
    if carrier == "sql-where":
        cond = " AND ".join(f"{k.replace('-', '_')} = '" + v.replace("'", "''") + "'" for k, v in flat[:3])
        return f"SELECT id, created_at FROM customers WHERE {cond} ORDER BY created_at DESC LIMIT 10;"
    if carrier == "kv-log":
        body = " ".join(f"{k}={json.dumps(v, ensure_ascii=False) if ' ' in v else v}" for k, v in flat)
        return f"2026-11-30T09:14:07Z WARN shipping.validate req=7f3a {body} result=rejected"
    if carrier == "env":
        body = "\n".join(f"{k.upper().replace('-', '_')}={json.dumps(v, ensure_ascii=False) if ' ' in v else v}" for k, v in flat)
        return f"# .env.local\nAPP_ENV=staging\n{body}\nDEBUG=false"
    if carrier == "xml":
        body = "".join(f"<{k}>{v}</{k}>" for k, v in flat)
        return f'<?xml version="1.0"?>\n<customer id="4411">{body}</customer>'
    if carrier == "toml":
        body = "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in flat)
        return f"[customer]\n{body}\n\n[options]\nnewsletter = false"
    if carrier == "fixture":
        body = "\n".join(f"    assert user.{k.replace('-', '_')} == {json.dumps(v, ensure_ascii=False)}" for k, v in flat)
        return f"def test_import_keeps_fields():\n    user = import_row(ROW)\n{body}"
    if carrier == "graphql":
        variables = json.dumps({"input": _nest(items)}, ensure_ascii=False)
        return f"mutation CreateContact($input: ContactInput!) {{ createContact(input: $input) {{ id }} }}\nvariables: {variables}"
    if carrier in _STACKED:
        colon = ":" if carrier == "stacked-colon" else ""
        body = "\n".join(f"{k[:1].upper()}{k[1:]}{colon}\n{v}" for k, v in flat)
        intro = "Copied from the signup page, is anything missing?" if colon == "" else "Details as the PDF has them, tidy them up:"
        return f"{intro}\n{body}"
    if carrier == "url-query":
        query = "&".join(f"{k}={quote_plus(v)}" for k, v in flat)
        return f"GET https://api.example.com/v2/contacts/search?{query}&page=2 returns 500"
    raise ValueError(carrier)


def _as_written(carrier: str, value: str) -> str:
    """The value as the carrier writes it: a URL's query encodes it, SQL doubles its quotes, a JSON
    string escapes it, a tool call's arguments escape it twice."""
    if carrier == "url-query":
        return quote_plus(value)
    if carrier in ("sql-insert", "sql-where"):
        return value.replace("'", "''")
    return value


def case(r: Record, source: str, carrier: str, keys: str, casing: str, turn: int) -> Case:
    style = STYLES[turn % len(STYLES)]
    if carrier in ("py-dataclass", "py-kwargs", "sql-insert", "sql-where", "fixture", "env", "toml"):
        style = "snake" if style == "kebab" else style
    if carrier in _STACKED:
        style = "spaced"  # a form's labels are words
    drawn = [(part, key, _cased(value, casing)) for part, key, value in fields(r, keys, turn)]
    if carrier == "sql-where":
        drawn = drawn[:3]
    items = [(styled(key, style), value) for _, key, value in drawn]
    text = render(items, carrier, turn)
    parts: dict[str, str] = {}
    key_of = {part: styled(key, style) for part, key, _ in drawn}
    key_of.update(number=key_of.get("street", ""))
    for part, _, value in drawn:
        parts[part] = value
        if part == "street":
            parts.update({p: _cased(v, casing) for p, v in (("street", r.street), ("number", r.number)) if v})
    parts = {p: _as_written(carrier, v) for p, v in parts.items()}
    parts = {p: v for p, v in parts.items() if _occurrences(text, v)}
    return Case(r.locale, source, carrier, keys, casing, parts, text, key_of)


def cases(locales: Sequence[str] | None = None, per_locale: int = 2, seed: int = 18, source: str = "mimesis") -> list[Case]:
    """`per_locale` records of every locale in every carrier, plain and oblique keys in turn, the
    casing as written two turns in three."""
    draw = faker_record if source == "faker" else record
    out = []
    turn = 0
    for i, locale in enumerate(locales or (FAKER_LOCALES if source == "faker" else LOCALES)):
        for k in range(per_locale):
            r = draw(locale, seed * 1000 + i * 50 + k)
            for carrier in CARRIERS:
                casing = CASINGS[0] if turn % 3 else CASINGS[1 + (turn // 3) % 2]
                out.append(case(r, source, carrier, KEYS[(turn + turn // len(CARRIERS)) % 2], casing, turn))
                turn += 1
    return out


# Records of no one: the values must reach the cloud as written, keys of places and names included.
CLEAN: tuple[tuple[tuple[str, str], ...], ...] = (
    (("sku", "CH-220"), ("product name", "Ergo Chair Pro"), ("colour", "Graphite"), ("price", "249.00"), ("currency", "EUR")),
    (("region", "eu-west-1"), ("locale", "fr_FR"), ("timezone", "Europe/Paris"), ("retries", "3")),
    (("service", "billing-api"), ("image", "postgres:16-alpine"), ("cache", "redis"), ("replicas", "2")),
    (("feature", "new checkout flow"), ("enabled", "true"), ("rollout", "25"), ("owner team", "payments")),
    (("default locale", "de_DE"), ("tz", "America/New_York"), ("country code", "US"), ("date format", "YYYY-MM-DD")),
    (("framework", "Django"), ("database", "PostgreSQL"), ("queue", "RabbitMQ"), ("runtime", "Python 3.12")),
    (("status", "SHIPPED"), ("carrier", "DHL Express"), ("service level", "NEXT_DAY"), ("weight kg", "2.4")),
    (("bucket", "acme-assets-prod"), ("region", "ap-southeast-2"), ("storage class", "STANDARD_IA"), ("versioning", "Enabled")),
    (("model", "gpt-4o-mini"), ("temperature", "0.2"), ("max tokens", "512"), ("tool choice", "auto")),
    (("plan", "Team"), ("seats", "12"), ("billing cycle", "annual"), ("trial", "false")),
    (("city field", "getCity()"), ("name field", "user_name"), ("class", "ShippingAddress"), ("enum", "ADDRESS_TYPE_HOME")),
    (("zone", "us-central1-a"), ("locale", "pt_BR"), ("timezone", "Asia/Tokyo"), ("language", "en-GB")),
)


@dataclass(frozen=True)
class CleanCase:
    carrier: str
    text: str


def clean_cases() -> list[CleanCase]:
    """Every PII-free record in every carrier, the key style in turn."""
    out = []
    turn = 0
    for rec in CLEAN:
        for carrier in CARRIERS:
            style = STYLES[turn % len(STYLES)]
            if carrier in ("py-dataclass", "py-kwargs", "sql-insert", "sql-where", "fixture", "env", "toml"):
                style = "snake" if style == "kebab" else style
            if carrier in _STACKED:
                style = "spaced"
            out.append(CleanCase(carrier, render([(styled(k, style), v) for k, v in rec], carrier, turn)))
            turn += 1
    return out


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text)]


def leaked(probe: Case, part: str, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether the part stands somewhere in the text with none of its characters masked."""
    return any(
        not any(s < b and a < e for a, b in masked) for s, e in _occurrences(probe.text, probe.parts[part])
    )
