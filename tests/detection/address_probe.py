"""Postal addresses of many countries as people and tools write them: the recall probe of
`scripts/probe_addresses.py` and `test_address_probe.py`.

Addresses come from mimesis (its Latin-script locales), a source the project's own training and
rules never read. Each is kept in its parts (street, house number, unit, postcode, town, region,
country), laid out in its country's order (town before the postcode in the Anglo countries, the
postcode first on the Continent, the UK postcode on a line of its own), cased as written, in lower
case or in capitals, and put into a carrier (one line in a ticket, a block, a `> ` quote, bullets,
an envelope, a signature, JSON, CSV, YAML, a `key=value` log, HTML, two kinds of sentence). A part
leaks when the text the cloud would see still holds it as written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Sequence

from mimesis import Address, Locale, Person

PARTS = ("street", "number", "unit", "postcode", "town", "region", "country")

# mimesis' locales written in Latin script, grouped by postal tradition.
_GROUP_OF = {
    "anglo": ("en", "en-au", "en-ca", "en-gb"),
    "germanic": ("de", "de-at", "de-ch", "nl", "nl-be"),
    "nordic-baltic": ("da", "et", "fi", "is", "no", "sv"),
    "romance": ("es", "es-mx", "fr", "it", "pt", "pt-br"),
    "central-east": ("cs", "hr", "hu", "pl", "sk"),
    "turkic": ("az", "tr"),
}
GROUPS = (*_GROUP_OF, "cjk", "faker")
LOCALES = tuple(loc for group in _GROUP_OF.values() for loc in group)
GROUP = {loc: group for group, locs in _GROUP_OF.items() for loc in locs}
# Addresses of the scripts with no spaces between words or with Hangul (`--world`): mimesis' and
# Faker's Japanese, Korean and Chinese ones, written whole as those countries write them on one line.
WORLD_LOCALES = ("ja", "ko", "zh")
FAKER_WORLD_LOCALES = ("ja_JP", "ko_KR", "zh_CN", "zh_TW")
GROUP.update({loc: "cjk" for loc in WORLD_LOCALES})

CASINGS = ("as-is", "lower", "upper")

# Where mimesis' own street format is missing or not how the country writes it.
_STREET_FMT = {
    "en-au": "{st_num} {st_name} {st_sfx}",
    "en-gb": "{st_num} {st_name} {st_sfx}",
    "pt-br": "{st_name}, {st_num}",
    "it": "{st_sfx} {st_name}, {st_num}",
    "et": "{st_name} {st_sfx} {st_num}",
    "da": "{st_name} {st_num}",
    "no": "{st_name} {st_sfx} {st_num}",
    "is": "{st_name} {st_num}",
    "nl-be": "{st_name} {st_num}",
}
# The postcode, town and region lines, in each country's order; others write "{postcode} {town}".
_TOWN_FMT = {
    "en": "{town}, {region} {postcode}",
    "en-ca": "{town} {region} {postcode}",
    "en-au": "{town} {region} {postcode}",
    "en-gb": "{town}\n{postcode}",
    "pt-br": "{town} - {region}\n{postcode}",
    "it": "{postcode} {town} ({region})",
    "es-mx": "{postcode} {town}, {region}",
}
_REGION_ABBR = ("en", "en-ca", "en-au", "pt-br", "it")

CARRIERS = (
    "oneline", "block", "quoted", "bullets", "envelope", "signature", "json", "csv", "yaml", "kv-log", "html",
    "prose-live", "prose-ship",
)
# The carriers of tool traffic (`--tools`): a TSV row, an SQL insert, a contact line ("Name · phone ·
# address"), a log message quoting the address, a JSON record and a CSV row holding it in one field.
# Their own numbers are written so no part's number can stand alone in them.
TOOL_CARRIERS = ("tsv", "sql", "contact", "log-msg", "json-one", "csv-one")
_KEYSETS = (
    ("street", "unit", "postcode", "city", "region", "country"),
    ("address_line1", "address_line2", "zip", "town", "state", "country"),
    ("addr1", "addr2", "postal_code", "locality", "province", "country_name"),
)


@dataclass(frozen=True)
class Parts:
    """One address in its parts, as written (`region` and `unit` may be empty)."""

    locale: str
    street: str
    number: str
    street_line: str
    unit: str
    postcode: str
    town: str
    region: str
    country: str
    town_lines: tuple[str, ...]
    name: str

    def cased(self, casing: str) -> Parts:
        if casing == "as-is":
            return self
        change = str.lower if casing == "lower" else str.upper
        return replace(
            self, street=change(self.street), number=change(self.number), street_line=change(self.street_line),
            unit=change(self.unit), postcode=change(self.postcode), town=change(self.town), region=change(self.region),
            country=change(self.country), town_lines=tuple(change(line) for line in self.town_lines), name=change(self.name),
        )

    def values(self) -> dict[str, str]:
        return {part: getattr(self, part) for part in PARTS if getattr(self, part)}


@dataclass(frozen=True)
class Case:
    locale: str
    carrier: str
    casing: str
    parts: dict[str, str]  # part -> as written in `text`
    text: str

    @property
    def group(self) -> str:
        return GROUP.get(self.locale, "faker")


def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" ,")


def address(locale: str, seed: int) -> Parts:
    """One address of `locale`, drawn from mimesis with `seed`."""
    gen = Address(Locale(locale), seed=seed)
    fmt = _STREET_FMT.get(locale) or gen._extract(["address_fmt"]) or "{st_num} {st_name} {st_sfx}"
    number = gen.street_number()
    fields = {"st_name": gen.street_name(), "st_sfx": gen.street_suffix()}
    street_line = _clean(fmt.format(st_num=number, **fields))
    street = _clean(fmt.format(st_num="", **fields))
    unit = ""
    for _ in range(8):  # a unit whose number is not the house number's, and no PO box beside a street
        unit = gen.secondary_address()
        if "box" not in unit.lower() and not set(re.findall(r"\d+", unit)) & {number}:
            break
    postcode = gen.postal_code()
    town = gen.city()
    region = ""
    if "{region}" in _TOWN_FMT.get(locale, ""):
        region = gen.state(abbr=True).split("-")[-1] if locale in _REGION_ABBR else gen.state()
    town_lines = tuple(_TOWN_FMT.get(locale, "{postcode} {town}").format(postcode=postcode, town=town, region=region).split("\n"))
    name = Person(Locale(locale), seed=seed).full_name()
    return Parts(locale, street, number, street_line, unit, postcode, town, region, gen.default_country(), town_lines, name)


# Faker's Latin-script locales, a second source (`--source faker`): the project's training drew on
# Faker, so its numbers say less about text never seen than mimesis' do.
FAKER_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_AU", "en_CA", "en_IN", "en_PH", "zu_ZA", "de_DE", "de_AT", "de_CH", "fr_FR",
    "fr_CH", "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT", "nl_NL", "nl_BE", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR",
    "hu_HU", "ro_RO", "da_DK", "sv_SE", "no_NO", "fi_FI", "et_EE", "id_ID", "vi_VN",
)
_HOUSE = re.compile(r"(?<![\w/])(?:Nr\.\s*|No\.\s*|Số\s*)?\d+[\w/\-]*")


def faker_address(locale: str, seed: int) -> Parts:
    """One address of a Faker locale, its house number read out of Faker's street line."""
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    street_line = _clean(fake.street_address())
    m = _HOUSE.search(street_line)
    number = re.sub(r"^\D+", "", m.group()) if m else ""
    street = _clean(street_line[: m.start()] + street_line[m.end() :]) if m else street_line
    unit = ""
    if hasattr(fake, "secondary_address") and not re.search(r"(?i)\b(?:apt|suite|flat|ap)\b", street_line):
        unit = fake.secondary_address()
    postcode, town = fake.postcode(), fake.city()
    fmt = "{town}\n{postcode}" if locale == "en_GB" else "{town} {postcode}" if locale.startswith("en_") else "{postcode} {town}"
    town_lines = tuple(fmt.format(postcode=postcode, town=town).split("\n"))
    return Parts("faker:" + locale, street, number, street_line, unit, postcode, town, "", fake.current_country(), town_lines, fake.name())


def world_address(locale: str, seed: int) -> Parts:
    """One Japanese, Korean or Chinese address (mimesis, or Faker for a locale with "_"), its street,
    block and number one part as they are written together, the postcode apart."""
    if "_" in locale:
        from faker import Faker

        fake = Faker(locale)
        fake.seed_instance(seed)
        line, postcode, name = _clean(fake.address()), fake.postcode(), fake.name()
        m = re.fullmatch(r"(\d{5,6})[ \t]+(.+)|(.+?)[ \t]+(\d{5,6})", line)
        if m:  # Faker's Taiwanese and mainland addresses hold their postcode: keep it apart
            postcode, line = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return Parts("faker:" + locale, line, "", line, "", postcode, "", "", fake.current_country(), (postcode,), name)
    gen = Address(Locale(locale), seed=seed)
    street = gen.address()
    line = f"{gen.state()} {gen.city()} {street}" if locale == "ko" else f"{gen.state()}{gen.city()}{street}".replace(" ", "")
    if locale == "ja":
        line = f"{gen.state()}{street.replace(' ', '')}"
    postcode = gen.postal_code()
    town_lines = (f"〒{postcode}" if locale == "ja" else postcode,)
    return Parts(locale, line, "", line, "", postcode, "", "", gen.default_country(), town_lines, Person(Locale(locale), seed=seed).full_name())


def _lines(p: Parts, turn: int, country: bool) -> list[str]:
    """The address's lines in its country's order, the unit on its own line or after the street."""
    if not p.unit:
        lines = [p.street_line]
    else:
        lines = [p.street_line, p.unit] if turn % 2 == 0 else [f"{p.street_line}, {p.unit}"]
    return [*lines, *p.town_lines, *([p.country] if country else [])]


def _fields(p: Parts, turn: int, country: bool) -> list[tuple[str, str]]:
    keys = _KEYSETS[turn % len(_KEYSETS)]
    values = (p.street_line, p.unit, p.postcode, p.town, p.region, p.country if country else "")
    return [(k, v) for k, v in zip(keys, values) if v]


def _csv_cell(value: str) -> str:
    return f'"{value}"' if "," in value else value


def _kv_value(value: str) -> str:
    return f'"{value}"' if " " in value or "," in value else value


def render(p: Parts, carrier: str, turn: int) -> str:
    """`p` put into `carrier`; `turn` varies the unit's place, the keys and whether a country line is
    written."""
    country = turn % 2 == 0 or carrier in ("envelope", "html")
    lines = _lines(p, turn, country)
    one = ", ".join(lines)
    if carrier == "oneline":
        return f"Ticket 7731 reopened by the courier.\n{one}\nParcel came back to the depot twice, please check."
    if carrier == "block":
        return "Hi team, the customer's new details are below.\n\n" + "\n".join(lines) + "\n\nPlease update the CRM before the next run."
    if carrier == "quoted":
        return "> Please send the replacement to\n" + "\n".join("> " + line for line in lines) + "\n\nWill do, it goes out today."
    if carrier == "bullets":
        return "Shipping details for the order:\n" + "\n".join("- " + line for line in lines) + "\nCarrier: standard, no signature."
    if carrier == "envelope":
        return "Print this on the label, thanks:\n\n" + "\n".join([p.name, *lines])
    if carrier == "signature":
        return "Thanks again for the quick fix.\n\nBest regards,\n" + "\n".join([p.name, "Head of Operations", *lines])
    if carrier == "json":
        record = {"id": "c-7731", "name": p.name, **dict(_fields(p, turn, country)), "vip": False}
        return "Why does the import reject this record?\n" + json.dumps(record, ensure_ascii=False)
    if carrier == "csv":
        fields = _fields(p, turn, country)
        return "id,name," + ",".join(k for k, _ in fields) + "\nc-7731," + _csv_cell(p.name) + "," + ",".join(_csv_cell(v) for _, v in fields)
    if carrier == "yaml":
        body = "\n".join(f"  {k}: {json.dumps(v, ensure_ascii=False) if ':' in v or v[:1] in '#-' else v}" for k, v in _fields(p, turn, country))
        return f"customer:\n  id: c-7731\n  name: {p.name}\nshipping_address:\n{body}\n  verified: false"
    if carrier == "kv-log":
        body = " ".join(f"{k}={_kv_value(v)}" for k, v in _fields(p, turn, country))
        return f"2024-05-02T09:14:07Z WARN checkout.address_check order=A-7731 {body} result=unverified"
    if carrier == "html":
        return "<div class=\"card\"><p><b>Ship to</b><br>" + "<br>".join([p.name, *lines]) + "</p></div>"
    if carrier == "tsv":
        fields = _fields(p, turn, country)
        return "id\tname\t" + "\t".join(k for k, _ in fields) + "\nc-7731\t" + p.name + "\t" + "\t".join(v for _, v in fields)
    if carrier == "sql":
        fields = _fields(p, turn, country)
        values = ", ".join("'" + v.replace("'", "''") + "'" for _, v in fields)
        return f"INSERT INTO customers (id, name, {', '.join(k for k, _ in fields)}) VALUES (7731, '{p.name}', {values});"
    if carrier == "contact":
        mark = (" · ", " | ", " - ", "; ")[turn % 4]
        return f"Escalation contacts:\n{p.name}{mark}+1415555{turn % 900 + 100:04d}{mark}{one}\nCall before six."
    if carrier == "log-msg":
        return f"[2024-05-02T09:14:07Z] ERROR geocoder: no match for '{one}' (order A-X, second attempt)"
    if carrier == "json-one":
        record = {"id": 7731, "name": p.name, "address": one, "status": "pending"}
        return "The label printer truncates this:\n" + json.dumps(record, ensure_ascii=False, indent=2)
    if carrier == "csv-one":
        return f"order_id,customer,ship_to,total\nA-7731,{_csv_cell(p.name)},{_csv_cell(one)},42.50"
    if carrier == "prose-live":
        return f"I live at {one}, the blue door beside the bakery, and the parcel never came."
    if carrier == "prose-ship":
        return f"Can you ship it to {one} before Friday? I'm away after that."
    raise ValueError(carrier)


def case(p: Parts, carrier: str, casing: str, turn: int = 0) -> Case:
    written = p.cased(casing)
    text = render(written, carrier, turn)
    parts = {part: value for part, value in written.values().items() if _occurrences(text, value)}
    return Case(p.locale, carrier, casing, parts, text)


def cases(
    locales: Sequence[str] | None = None, per_locale: int = 4, seed: int = 16, source: str = "mimesis",
    carriers: Sequence[str] = CARRIERS,
) -> list[Case]:
    """`per_locale` addresses of every locale in every carrier, the casing turning with the pair."""
    out = []
    draw = faker_address if source == "faker" else address
    if locales and all(loc in WORLD_LOCALES or loc in FAKER_WORLD_LOCALES for loc in locales):
        draw = world_address
    for i, locale in enumerate(locales or (FAKER_LOCALES if source == "faker" else LOCALES)):
        for k in range(per_locale):
            p = draw(locale, seed * 1000 + i * 50 + k)
            for c, carrier in enumerate(carriers):
                out.append(case(p, carrier, CASINGS[(i + k + c) % len(CASINGS)], turn=i + k + c))
    return out


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text)]


def _masking(spans: Sequence[tuple[int, int, str]], policy: object) -> list[tuple[int, int]] | None:
    """The spans the cloud sees masked, or None where a local-only finding keeps the text home."""
    actions = {policy.rule(t).action for _, _, t in spans}  # type: ignore[attr-defined]
    if actions & {"local_only", "block"}:
        return None
    return [(s, e) for s, e, t in spans if policy.rule(t).action in ("pseudonymize", "redact")]  # type: ignore[attr-defined]


def leaks(case: Case, spans: Sequence[tuple[int, int, str]], policy: object) -> dict[str, tuple[bool, int, int]]:
    """Per part: whether it reaches the cloud as written, and how many of its word tokens do (of how
    many)."""
    masked = _masking(spans, policy)
    out = {}
    for part, value in case.parts.items():
        verbatim, worst, tokens = False, 0, len(re.findall(r"\w+", value))
        for start, end in _occurrences(case.text, value):
            if masked is None:
                break
            hit = [any(s <= i < e for s, e in masked) for i in range(start, end)]
            verbatim |= not any(hit)
            left = sum(1 for m in re.finditer(r"\w+", value) if not any(hit[m.start():m.end()]))
            worst = max(worst, left)
        out[part] = (verbatim, worst, tokens)
    return out
