"""Postcodes written alone, with no street: the recall probe of `scripts/probe_postcodes.py` and
`test_postcode_probe.py`.

Codes come from Faker's `postcode()` (or mimesis' `postal_code()`) of many countries, each put into
a carrier: after a cue ("my zip code is", "Postcode:", the country's own word — PLZ, CAP, CEP, code
postal, PSČ, postnummer, 〒 —, a form field `zip=`, a JSON key `"postal_code"`, "delivering to"), a
few words after its cue, or with no cue beside a town. A code leaks when the text the cloud would
see still holds a character of it as written. `CLEAN` holds numbers that are no postcode (years,
counts, order numbers, versions, HTTP codes, ports, prices) in the same carriers: they must reach
the cloud byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

# The country's own word for its code, as its forms and people write it.
CUE_WORDS = {
    "US": "ZIP code", "GB": "postcode", "CA": "postal code", "AU": "postcode", "NZ": "postcode", "IE": "Eircode",
    "IN": "PIN code", "DE": "PLZ", "AT": "PLZ", "CH": "PLZ", "FR": "code postal", "NL": "postcode", "BE": "postcode",
    "IT": "CAP", "ES": "código postal", "MX": "C.P.", "CL": "código postal", "PT": "código postal", "BR": "CEP",
    "PL": "kod pocztowy", "CZ": "PSČ", "SK": "PSČ", "HU": "irányítószám", "RO": "cod poștal", "HR": "poštanski broj",
    "SI": "poštna številka", "SE": "postnummer", "NO": "postnummer", "DK": "postnummer", "FI": "postinumero",
    "GR": "ΤΚ", "RU": "индекс", "UA": "індекс", "JP": "〒", "KR": "우편번호", "ID": "kode pos", "TH": "รหัสไปรษณีย์",
    "IL": "מיקוד", "AZ": "poçt indeksi", "PH": "ZIP code", "ZA": "postal code",
}
FAKER_LOCALES = {
    "en_US": "US", "en_GB": "GB", "en_CA": "CA", "en_AU": "AU", "en_NZ": "NZ", "en_IE": "IE", "en_IN": "IN", "de_DE": "DE",
    "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "nl_NL": "NL", "nl_BE": "BE", "it_IT": "IT", "es_ES": "ES", "es_MX": "MX",
    "es_CL": "CL", "pt_PT": "PT", "pt_BR": "BR", "pl_PL": "PL", "cs_CZ": "CZ", "sk_SK": "SK", "hu_HU": "HU", "ro_RO": "RO",
    "hr_HR": "HR", "sl_SI": "SI", "sv_SE": "SE", "no_NO": "NO", "da_DK": "DK", "fi_FI": "FI", "el_GR": "GR", "ru_RU": "RU",
    "uk_UA": "UA", "ja_JP": "JP", "ko_KR": "KR", "id_ID": "ID", "th_TH": "TH", "he_IL": "IL", "az_AZ": "AZ", "en_PH": "PH",
    "zu_ZA": "ZA",
}
MIMESIS_LOCALES = {
    "en": "US", "en-gb": "GB", "en-ca": "CA", "en-au": "AU", "de": "DE", "de-at": "AT", "de-ch": "CH", "fr": "FR", "nl": "NL",
    "nl-be": "BE", "it": "IT", "es": "ES", "es-mx": "MX", "pt": "PT", "pt-br": "BR", "pl": "PL", "cs": "CZ", "sk": "SK",
    "hu": "HU", "hr": "HR", "sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "el": "GR", "ru": "RU", "uk": "UA", "ja": "JP",
    "ko": "KR", "tr": "TR", "et": "EE", "is": "IS", "az": "AZ",
}
CUE_WORDS.update({"TR": "posta kodu", "EE": "postiindeks", "IS": "póstnúmer"})
# Countries that write the town before the code ("Springfield, IL 62704", "Sydney NSW 2000").
_TOWN_FIRST = frozenset("US CA AU NZ GB IE IN PH ZA".split())

CARRIERS = (
    "my-zip", "label", "own-word", "form-field", "json", "yaml", "csv", "delivering-to", "cue-later", "im-in", "town", "town-line",
)
CUED = frozenset(CARRIERS[:9])
_CARRIER_TEXT = {
    "my-zip": "my zip code is {p}, which of your stores is closest?",
    "label": "Postcode: {p}\nIs that inside the same-day delivery area?",
    "own-word": "The shop's checkout keeps rejecting {cue} {p}. What format does it expect?",
    "form-field": "POST /api/quote?country={cc}&zip={p}&express=1 returns 422, why?",
    "json": 'The address API answers 400 for this body:\n{{"customer": {{"postal_code": "{p}", "country": "{cc}"}}, "items": 2}}',
    "yaml": "Fix the indentation:\nshipping:\n  method: express\n  postcode: {p}\n   country: {cc}",
    "csv": "Which row is invalid?\nid,zip,qty\n1,{p},2\n2,,1",
    "delivering-to": "are you delivering to {p} this Saturday? need a sofa moved",
    "cue-later": "The postcode field on the courier site keeps going red. I typed {p} with and without the space.",
    "im-in": "I'm in {p}, is there a collection point near me?",
    "town": "The parcel has been stuck in {place} since Monday, who do I call?",
    "town-line": "Anna Berg\n{place}\nIs this enough for the label, or do I need the street too?",
}
GROUPS = ("anglo", "germanic", "romance", "central-east", "nordic-baltic", "other-script", "rest")
_GROUP = {
    **dict.fromkeys("US GB CA AU NZ IE IN PH ZA".split(), "anglo"), **dict.fromkeys("DE AT CH NL BE".split(), "germanic"),
    **dict.fromkeys("FR IT ES MX CL PT BR RO".split(), "romance"), **dict.fromkeys("PL CZ SK HU HR SI".split(), "central-east"),
    **dict.fromkeys("SE NO DK FI EE IS".split(), "nordic-baltic"), **dict.fromkeys("GR RU UA JP KR TH IL".split(), "other-script"),
}


@dataclass(frozen=True)
class Case:
    country: str
    carrier: str
    code: str
    text: str

    @property
    def group(self) -> str:
        return _GROUP.get(self.country, "rest")


def _place(country: str, code: str, town: str) -> str:
    """The code beside its town, in the country's order: "Springfield 62704" or "75011 Paris"."""
    return f"{town} {code}" if country in _TOWN_FIRST else f"{code} {town}"


def case(country: str, carrier: str, code: str, town: str) -> Case:
    text = _CARRIER_TEXT[carrier].format(p=code, cue=CUE_WORDS[country], cc=country, place=_place(country, code, town))
    return Case(country, carrier, code, text)


def cases(source: str = "faker", locales: Sequence[str] | None = None, per_locale: int = 2) -> list[Case]:
    """`per_locale` codes of each locale in every carrier, with a town of the same locale."""
    out = []
    table = FAKER_LOCALES if source == "faker" else MIMESIS_LOCALES
    for i, loc in enumerate(sorted(locales or table)):
        country = table[loc]
        if source == "faker":
            from faker import Faker

            fake = Faker(loc)
            fake.seed_instance(1900 + i)
            draw, town = fake.postcode, fake.city
        else:
            from mimesis import Address, Locale

            address = Address(Locale(loc), seed=1900 + i)
            draw, town = address.postal_code, address.city
        for carrier in CARRIERS:
            for _ in range(per_locale):
                out.append(case(country, carrier, draw(), town()))
    return out


def leaked(case: Case, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a letter or digit of the code is left unmasked where it stands in the text."""
    start = case.text.index(case.code)
    return any(
        case.text[i].isalnum() and not any(s <= i < e for s, e in spans) for i in range(start, start + len(case.code))
    )


# Numbers that are no postcode, in the same carriers and beside the same words: each must reach
# the cloud byte-identical.
CLEAN = (
    "We shipped 40000 parcels last year; how many should we plan for in 2026?",
    "my order number is 48213, it still says processing",
    "Postcode lookup fails on version 2.14.3 of the library, works on 2.13.0",
    "The zip file is 10240 KB, too big for the mail server",
    "POST /api/quote?page=2&limit=50&sort=price returns 422, why?",
    '{"status": 404, "retry_after": 30000, "port": 8443}',
    "Fix the indentation:\nserver:\n  port: 10115\n   workers: 4",
    "Which row is invalid?\nid,qty,price\n1,2,1999\n2,,1",
    "are you delivering to the office on Saturday? 12 boxes, 4000 sheets each",
    "I'm in 2nd year and the course costs 9250 a year",
    "The delivery took 12345 ms according to the trace",
    "The shop sells it for 24990 yen, is that a good price?",
    "the proxy listens on 8080 and the admin UI on 10115",
    "Deliveries to 12 countries in 2025, up from 8 in 2024",
    "We moved to 64-bit builds in 2019 and to Python 3.12 in 2024",
    "Zip code validation: which regex accepts both 12345 and 12345-6789?",
)
