"""Postal addresses as one LOCATION: house number, street, unit, city, state or region, postcode.

An address is anchored on a street: a house number and capitalised words ending in a street type
(USPS Publication 28 suffixes, their UK and European counterparts), or a European street type
leading or trailing the name ("Calle Mayor 5", "Hauptstraße 12", "12 rue de la Paix"), or a US
military address (PSC/Unit … APO/FPO/DPO). From the anchor the match runs on over what follows
an address: units, capitalised place names, state codes, postcodes of several countries, across
commas and line breaks, and stops at the first thing that is none of these. Street names without
a number count when a street word or a place preposition says what they are ("lives on Christine
Spring street", "the north side of Seth Fork").
"""

from __future__ import annotations

from typing import Callable, Iterator

import regex

from privacy_gateway.detection.numbers import ShapeRecognizer

# USPS Publication 28, appendix C1 (primary street suffixes), with common abbreviations, plus
# British street types. Matched case-insensitively, as whole words.
_STREET_TYPES = """
alley aly annex arcade avenue ave av bayou beach bend bluffs? bottom boulevard blvd branch brg bridge brooks? burgs?
bypass camp canyon cape causeway centers? center ctr circles? cir cliffs? club commons? corners? course courts? ct
coves? cv creek crescent crest crossing xing crossroads? curve dale dam divide drives? dr estates? expressway expy
extensions? falls? ferry fields? flats? fords? forest forges? forks? fort freeway fwy gardens? gateway glens? greens?
groves? harbou?rs? haven heights hts highway hwy hills? hollow inlet islands? isle junctions? jct keys? knolls? lakes?
landing lane ln lights? loaf locks? lodge loop mall manors? meadows? mews mills? mission motorway mount mountains?
neck orchard oval overpass parks? parkways? pkwy pass passage path pike pines? place pl plains? plaza plz points? pt
ports? prairie radial ramp ranch rapids? rest ridges? river road rd roads route row rue run shoals? shores? skyway
springs? spurs? squares? sq station stravenue stream streets? st str summit terrace ter throughway trace track
trafficway trail trl trailer tunnel turnpike underpass unions? valleys? via viaduct views? villages? ville vista
walks? wall ways? wells? close gate grove rise parade wharf quay wynd yard drive
thoroughfare esplanade promenade circuit
nagar marg ganj zila chowk colony gali sector layout puram
"""
_STREET_TYPE = r"(?i:" + "|".join(sorted(_STREET_TYPES.split(), key=len, reverse=True)) + r")\b\.?"
# Street types that name a street on their own, number or not ("Baker Street").
_PLAIN_STREET_TYPE = r"(?i:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.?|lane|strasse|straße)"
# Street types written before the name in Romance and Slavic languages.
_LEADING_TYPE = (
    r"(?i:Rue|Avenue|Av\.|Avenida|Boulevard|Bd\.?|Chemin|Impasse|Allée|Place|Quai|Via|Viale|Piazza|Piazzale|Corso|"
    r"Largo|Strada|Contrada|Vicolo|Borgo|Calle|Carrer|Paseo|Pasaje|Plaza|Camino|Ronda|Travesía|Rua|Travessa|Praça|"
    r"Alameda|Esplanada|Ladeira|Largo|Parque|Ulica|ul\.|Aleja|al\.|Plac|Osiedle)"
)
# German, Dutch and Nordic street names end in their type ("Hauptstraße", "Keizersgracht", "Drottninggatan").
_COMPOUND_STREET = (
    r"\p{Lu}[\p{L}\-]*?(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|"
    r"straat|laan|gracht|plein|kade|baan|steeg|singel|dijk|pad|hof|markt|dreef|gatan|vägen|gade|vej|veien|gata|"
    r"gränd|torget|stigen|backen)(?:\b|(?<=\.))"
)

_WORD = r"(?:\p{Lu}[\p{L}'’\-]*\p{Ll}|\d{1,3}(?:st|nd|rd|th)|[IVX]{1,4}\b)"  # "Queen's", "O'Neil", "5th", "V"
_CONNECT = r"(?:de|del|de la|della|di|da|do|dos|das|du|des|la|le|les|l'|d'|van|von|der|den)"
_NUMBER = r"\d{1,6}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)?"
_UNIT = (
    r"(?:(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|box|po box|p\.o\. box|h\.\s?no|"
    r"puerta|piso|planta|piano|scala|interno|étage|bloco|apto|sala)\.?\s*#?\s*|#\s*)[A-Za-z]?\d+[A-Za-z]?"
)
# A comma and up to two line breaks, literal "\n" too; a new line may be quoted ("> ") or bulleted ("- ").
_BREAK = r"(?:\n|\\n)[ \t]*(?:>[ \t>]*)?(?:[\-*•·][ \t]+)?"
_GAP = rf"(?:[ \t]*(?:,|{_BREAK})?[ \t]*(?:{_BREAK})?[ \t]*)"

_US_STREET = rf"{_NUMBER},?\s+(?:{_WORD}\s+){{1,4}}?{_STREET_TYPE}(?:\s+{_STREET_TYPE})?"
# A unit, then a street with no number: "Flat 7, Williams Field", "H.No. 512, Merchant Ganj".
_UNIT_STREET = rf"{_UNIT}{_GAP}(?:{_WORD}\s+){{1,4}}?{_STREET_TYPE}"
_EU_LEADING = rf"(?:{_NUMBER},?\s+)?{_LEADING_TYPE}\s+(?:{_CONNECT}\s+)?{_WORD}(?:\s+(?:{_CONNECT}\s+)?{_WORD}){{0,3}}(?:,?\s+{_NUMBER})?"
_EU_COMPOUND = rf"{_COMPOUND_STREET}\s+{_NUMBER}"
_MILITARY = (
    r"(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}|(?:USNS|USNV|USS|USCGC)\s+\p{Lu}\p{Ll}+)"
    r",?\s+(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}"
)

_POSTCODE = (
    r"(?:\d{5}(?:-\d{4})?"  # US ZIP, DE, FR, ES, IT
    r"|\p{Lu}{1,2}\d[\p{Lu}\d]?\s?\d\p{Lu}{2}"  # UK
    r"|\p{Lu}\d\p{Lu}\s?\d\p{Lu}\d"  # Canada
    r"|\d{4}(?:\s?\p{Lu}{2})?"  # NL, AT, CH, BE, DK, AU
    r"|\d{3}\s?\d{2}|\d{2}-\d{3}|\d{3}-\d{4}"  # SE, PL, JP
    r"|\d{6}|\d{8}|\d{5}-\d{3}"  # IN, BR
    r"|[A-Z]\d[\dW]\s?[A-Z0-9]{4})"  # IE Eircode
)
_TAIL_ITEM = (
    rf"(?:{_UNIT}|{_NUMBER}(?=,)|{_POSTCODE}(?![\w\-]|\.\d)|\p{{Lu}}{{2,3}}\b(?![.\-]\d)|\(\p{{Lu}}{{2}}\)|/\s*\p{{Lu}}{{2}}\b"
    rf"|{_WORD}(?:[ \-]+(?:{_CONNECT}\s+)?{_WORD}){{0,3}}(?:-\d{{6}})?|'t\s+{_WORD})"
)
_ADDRESS = regex.compile(
    rf"(?<![\w\-./])(?P<street>(?:{_UNIT}{_GAP})?(?:(?P<military>{_MILITARY})|{_US_STREET}|{_EU_COMPOUND}|{_EU_LEADING})|{_UNIT_STREET})"
    rf"(?:{_GAP}{_TAIL_ITEM}(?![\w]))*",
    regex.VERSION1,
)
# Abbreviations whose full stop belongs to the address; any other final full stop ends the sentence.
_ABBREVIATIONS = frozenset("st ave av rd blvd bd apt ste dr ln ct pl sq pkwy hwy str fl rm bldg".split())
# Words just before an address that say it is one.
_ADDRESS_CUE = regex.compile(
    r"(?i:\b(?:at|on|to|in|from|address|addr|live|lives|living|located|ship|send|deliver|visit|moved|office|home)\b\W*)$"
)
# A street name with no number, told apart by its street word or the preposition in front.
_NAMED_STREET = regex.compile(
    rf"(?:(?<=\b(?i:on|at|of|near|along|off|down|up|to|from|in|into|onto|via|past)\s+(?:the\s+)?)"
    rf"(?:{_WORD}\s+){{1,3}}{_STREET_TYPE}"
    rf"|(?:{_WORD}\s+){{1,3}}{_PLAIN_STREET_TYPE}\b"
    rf"|{_WORD}(?:\s+{_WORD}){{0,2}}(?=\s+(?:street|road|avenue|lane|boulevard)\b))",
    regex.VERSION1,
)


_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP"
).split()
# "Springfield, IL 62704": a town, a state and a ZIP, with or without a street before them.
_TOWN_STATE_ZIP = regex.compile(
    rf"(?<![\w\-])(?:{_WORD}[ \t]+){{0,2}}{_WORD},?[ \t]+(?:{'|'.join(_US_STATES)})[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w\-])",
    regex.VERSION1,
)
# A postcode after words that say it is one: "my zip code is 60614", "PLZ 80331", "post code m5v 3l9".
_POSTCODE_AFTER_CUE = regex.compile(
    rf"(?:(?i:\b(?:zip(?=[ \t]*(?:[:#=]|is\b))|zip\s*code|zipcode|postcode|post\s*code|postal\s*code|postal|"
    rf"post-?code|code\s+postal|c[oó]digo\s+postal|eircode|postleitzahl|postnummer|postinumero)\b)|\b(?:PLZ|CP|C\.P\.|CAP|NPA)\b)"
    # "is", "ist", "est", ": " or another short word between: "PLZ ist 04109", "zip is 73301".
    rf"[ \t]*(?:(?i:will be|should be)[ \t]+|\p{{L}}{{1,4}}\.?[ \t]+|[:#=\-][ \t]*)?"
    rf"(?P<code>(?i:{_POSTCODE}))(?![\w\-]|\.\d)",
    regex.VERSION1,
)


class StreetAddressRecognizer(ShapeRecognizer):
    """Whole postal addresses, and street names that context marks as streets."""

    ENTITY = "LOCATION"

    def __init__(self, guarded: Callable[[str], bool] | None = None) -> None:
        super().__init__()
        # Tells technical and history texts apart, where "Event Loop" or "Bunker Hill" is no one's address.
        self._guarded = guarded

    def precheck(self, text: str) -> bool:
        return True

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        found: list[tuple[int, int]] = []
        if any(c.isdigit() for c in text):
            for m in _ADDRESS.finditer(text):
                end = _trim(text, m.start(), m.end())
                # A bare "3 Crash Course" needs more than its shape: something after the street, or a cue before.
                if end <= m.end("street") and not m.group("military") and not _ADDRESS_CUE.search(text[max(0, m.start() - 24) : m.start()]):
                    continue
                found.append((m.start(), end))
                yield m.start(), end, 0.85
            for m in _TOWN_STATE_ZIP.finditer(text):
                if not any(s <= m.start() < e for s, e in found):
                    yield m.start(), m.end(), 0.85
            for m in _POSTCODE_AFTER_CUE.finditer(text):
                if not any(s <= m.start("code") < e for s, e in found):
                    yield m.start("code"), m.end("code"), 0.85
        if self._guarded is not None and self._guarded(text):
            return
        for m in _NAMED_STREET.finditer(text):
            if not any(s <= m.start() < e for s, e in found):
                yield m.start(), _trim(text, m.start(), m.end()), 0.7


def _trim(text: str, start: int, end: int) -> int:
    """End of a match without trailing separators or a sentence's full stop."""
    while end > start and text[end - 1] in " \t,\n":
        end -= 1
    if text[end - 1] == ".":
        last_word = text[start : end - 1].split()[-1].lower()
        if last_word not in _ABBREVIATIONS:
            end -= 1
    return end
