"""Address structures: parts whose shapes agree on being one postal address, masked whole.

A postal address is written as parts, one a line, a comma-part, a table cell, a `<br>`-line, a
vCard `;`-field: a street (words and a house number), a unit, a PO box, a postcode and town, a
region, a country. Each part is classified by its shape alone; a run of neighbouring parts is an
address when enough of them agree (a street and a postcode, a PO box and a town), and then every
part of it is masked: the house number, unit, postcode, town and country too, not just the
street a name recognizer saw. The street types are this module's own multilingual table, written
from each country's postal conventions (UPU addressing guides); never from Faker, whose lists
generate the evaluation corpora.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable, Iterator

import regex

from privacy_gateway.detection import address as a
from privacy_gateway.detection.alternation import Grouped
from privacy_gateway.detection.countries import country_names
from privacy_gateway.detection.lexicon import common_word, english_word
from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.street_types import STREET_TYPE_LIST
from privacy_gateway.detection.street_types import FLOOR_WORD
from privacy_gateway.detection.street_types import UNIT_WORD as _UNIT_WORD

# Street types written before the name, lower or capitalised, with abbreviations: Romanian,
# Indonesian, Turkish, Spanish and Latin American, Portuguese and Brazilian, Italian, French,
# Polish, Czech, Slovak, Slovenian, Croatian, Hungarian (after the name), Vietnamese; Indian
# localities after the name; the Nordic, Baltic, German and Dutch types written as a word of
# their own. `address._LEADING_TYPE` and `_STREET_TYPE` hold the rest.
_STREET_WORDS = """
strada str drumul aleea bulevardul bd calea intrarea splaiul soseaua șoseaua piata piața
jalan jl gang gg lorong
sokak sok sk cadde caddesi cad mahalle mahallesi mah bulvar bulvarı
calle c avenida av avda paseo plaza pza camino carretera ctra ronda travesía travesia cañada glorieta rambla callejón
vía diagonal carrera cra kra transversal calzada cerrada circuito privada prolongación andador retorno pasaje
rua r travessa tv praça largo alameda estrada rodovia via viela vila jardim colônia conjunto quadra setor chácara
condomínio loteamento passarela pátio residencial trecho vereda ladeira beco esplanada parque núcleo sítio lagoa
viale piazza piazzale corso vicolo contrada borgo lungomare salita rotonda galleria stretto canale incrocio
rue avenue boulevard chemin impasse allée place quai cours route voie sentier square passage faubourg cité résidence
ulica ul aleja al plac pl osiedle os rondo
ulice náměstí nábřeží třída nám
cesta trg
utca út tér körút köz sor
phố đường
nagar marg chowk ganj colony layout sector gali zila puram vihar enclave bagh
vei veien gata vej gade väg vägen gatan gränd stræti tänav põik maantee puiestee katu kuja
straße strasse gasse platz allee laan straat plein dijk
ул улица пр проспект пр-т пер переулок ш шоссе б-р бульвар наб набережная пл площадь туп тупик
вул вулиця просп провулок пров бульв майдан набережна площа
"""
_LOWER_TYPES = frozenset(_STREET_WORDS.split())
_LOWER_TYPE = "(?:" + "|".join(sorted((regex.escape(w) for w in _LOWER_TYPES if len(w) > 1), key=len, reverse=True)) + r")\b\.?"
# Field names in a table or form beside an address: neither address nor the end of one.
_LABELS = frozenset(
    "street city town country unit zip postcode state region province county address name recipient consignee "
    "apt suite floor district value field line1 line2 customer".split()
)
# A label of a form's numbered address lines: "Address line 2", "Street address 1", "Line 1".
_FORM_LABEL = regex.compile(r"(?i:(?:(?:street|postal|mailing|delivery)[ \t]+)?(?:address|addr\.?)(?:[ \t]+line)?|line)[ \t]*\d")
_NUM = r"\d{1,6}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)*"
_NUMBER_MARK = r"(?:(?i:No|Nr|Nro|Núm|Num|N[°º]|n[°º])\.?[ \t]*|#[ \t]*|S/N\b)"
# A word of a street name: capitalised, in capitals, a connector, a street type, an abbreviation.
_NAME_WORD = rf"(?:{a._WORD}|\p{{Lu}}[\p{{Lu}}'’\-]+|\p{{Lu}}\p{{Ll}}*\.|{a._CONNECT}|{_LOWER_TYPE}|\d{{1,3}}(?:st|nd|rd|th|ª|º)|\d{{1,3}})"

_UNIT_PART = rf"{_UNIT_WORD}\.?[ \t]*#?[ \t]*[A-Za-z]?\d+[A-Za-z]?|\d{{1,3}}(?:st|nd|rd|th|º|ª|\.)?[ \t]+{FLOOR_WORD}(?:\.|\b)"
# Words of a building, entrance or flat that may be lettered, not numbered: "Unit B", "Scala D", "Vchod A".
_LETTERED_PART = (
    r"(?i:apt|apartment|app|suite|unit|flat|block|blk|bldg|building|tower|wing|entrance|scala|bloco|apto|torre|escalera|"
    r"portal|bâtiment|bât|haus|stiege|sal|trappa|maja|vchod|klatka|zgrada|épület|blok)\.?[ \t]+\p{L}(?![\p{L}\d])"
)
_UNIT = regex.compile(rf"(?:{_UNIT_PART}|{_LETTERED_PART})(?:[ \t]+(?:{_UNIT_PART}|{_LETTERED_PART}))*", regex.VERSION1)
_STREET = regex.compile(
    rf"(?:(?:{_UNIT_PART})[ \t,]+)*(?:{_NUM}[ \t]*,?[ \t]+)?(?:{_NAME_WORD}[ \t]+){{0,5}}{_NAME_WORD}"
    rf"(?:,?[ \t]+{_NUMBER_MARK}?{_NUM}(?:[ \t]+{a._WORD})?)?(?:[ \t,]+(?:{_UNIT_PART}))*",
    regex.VERSION1,
)
_POBOX = regex.compile(
    r"(?i:p\.?\s?o\.?\s*box|post\s+office\s+box|gpo\s+box|private\s+bag|locked\s+bag|postfach|caixa\s+postal|"
    r"apartado(?:\s+de\s+correos)?|postbus|skrytka\s+pocztowa|boîte\s+postale|bp|cp|casilla|rr|rural\s+route|hc)"
    r"\.?\s*#?\s*\d[\d ]{0,8}(?:,?\s*(?i:box)\s*\d{1,6})?",
    regex.VERSION1,
)
_CODE = regex.compile(rf"(?:\p{{Lu}}{{1,2}}-)?(?:{a._POSTCODE}|\d{{4}}\p{{Lu}}{{2}})", regex.VERSION1)
_TOWN_WORD = rf"(?:{a._WORD}|\p{{Lu}}[\p{{Lu}}'’\-]+|'s-\p{{Lu}}\p{{Ll}}+)"
_TOWN = rf"{_TOWN_WORD}(?:[ \-]+(?:{a._CONNECT}[ \t]+)?{_TOWN_WORD}){{0,3}}(?:[ \t]+\(\p{{Lu}}{{2,3}}\))?"
_TOWN_RE = regex.compile(_TOWN, regex.VERSION1)
# A town right after its postcode may join its words as town names do: "Giugliano in Campania", "Frankfurt am Main",
# and as Central Europe's do: "Jablonec nad Nisou", "Ústí nad Labem", "Nové Město na Moravě", "Šmarje pri Jelšah", "Kostelec u Křížků".
_TOWN_AFTER_CODE = (
    rf"{_TOWN_WORD}(?:[ \-]+(?:(?:{a._CONNECT}|in|am|an|im|upon|on|sur|sul|sous|bei|nad|pod|na|pri|ob|u)[ \t]+)?{_TOWN_WORD}){{0,3}}"
    r"(?:[ \t]+\(\p{Lu}{2,3}\))?"
)
_CODE_TOWN = regex.compile(
    rf"(?:{_TOWN}[ \t]*[,\-]?[ \t]+)?(?:\p{{Lu}}{{2,3}}[ \t]+)?(?:\p{{Lu}}{{1,2}}-)?(?:{a._POSTCODE}|\d{{4}}[ \t]?\p{{Lu}}{{2}})"
    # The region after the town, after a comma or a slash as Brazil writes it ("Rezende / PI").
    rf"(?:,?[ \t]+{_TOWN_AFTER_CODE})?(?:(?:,?[ \t]+|[ \t]*/[ \t]*)\p{{Lu}}{{2,3}})?|{_TOWN}-\d{{6}}",
    regex.VERSION1,
)
# One case, as chat is typed: "šándorova 95, 017 09 vysočany", "4 sheryl distributor, st. richard, sa, 2476".
# Words are any but English function words, so "my address is" never joins the street.
_LOW = rf"(?:{a._LOWER_STREET_WORD}|\p{{Ll}}{{2,}}\.)"
# A town's words may be joined by a connector: "bradford on avon", "frankfurt am main", "saint-martin-de-ré".
_LOW_JOIN = r"(?:[ \-]+(?:de|del|la|le|les|du|des|di|da|do|on|upon|am|an|im|sur|sous|en)(?=[ \-]))?"
_LOW_TOWN = rf"{_LOW}(?:{_LOW_JOIN}[ \-]+{_LOW}){{0,2}}"
_LOW_CODE = r"(?:\d{3}[ \t]?\d{2}|\d{4,6}|\d{5}-\d{3,4}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}-\d{4}|\p{Ll}{1,2}\d[\p{Ll}\d]?[ \t]?\d\p{Ll}{2}|\p{Ll}\d\p{Ll}[ \t]?\d\p{Ll}\d)"
_LOW_STREET = regex.compile(
    rf"(?:{_NUM}[ \t]*,?[ \t]+)?(?:{_LOW}[ \t]+){{0,4}}{_LOW}(?:,?[ \t]+{_NUMBER_MARK}?{_NUM})?(?:[ \t,]+(?:{_UNIT_PART}))*",
    regex.VERSION1,
)
_LOW_TOWN_RE = regex.compile(_LOW_TOWN, regex.VERSION1)
_LOW_STREET_TAIL = regex.compile(rf"(?<=^|[ \t(])(?:{_LOW_STREET.pattern})$", regex.VERSION1)
_LOW_CODE_TOWN = regex.compile(rf"(?:{_LOW_TOWN}[ \t]+)?(?:\p{{Ll}}{{1,2}}-)?{_LOW_CODE}(?:[ \t]+{_LOW_TOWN}(?:[ \t]+\(\p{{Ll}}{{2}}\))?)?", regex.VERSION1)
_LOW_HEAD = regex.compile(rf"{_LOW_CODE_TOWN.pattern}(?=[ \t.!?)]|$)|{_LOW_TOWN}(?=[ \t]*$)", regex.VERSION1)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGITS_APART = regex.compile(r"\d[^\d]+\d")  # two numbers, not one year
_STREET_TYPE_WORD = regex.compile(a._STREET_TYPE)
_HOUSE_NUMBER = regex.compile(r"\d{1,5}[A-Za-z]?")
_THREE_LETTERS = regex.compile(r"\p{L}{3}")
_WHOLE_WORDS = regex.compile(r"(?<![\p{L}\d])\p{L}+(?![\p{L}\d])")
_REGION = regex.compile(r"\p{Lu}{2,3}|\(\p{Lu}{2,3}\)", regex.VERSION1)
# Parts end at line breaks (literal `\n` too), `<br>` and block tags, commas, semicolons, cells.
_SEPARATOR = regex.compile(r"<br\s*/?>|</?(?:p|address|div|span|td|th|tr|li|b|strong)\b[^<>\n]{0,40}>|\\n|\\t|[\n,;|\t]")
# What a part may start with that is none of it: quoting, a list marker, a field name, quotes.
# Who a letter or parcel is for, written before the recipient's name on an envelope or label:
# "T.a.v." (Dutch), "z. Hd." (German), "A/A" (Spanish), "c.a." (Italian), "FAO", "c/o".
_ATTENTION = (
    r"(?:(?i:attn\.?|fao|c/o|t\.\s?a\.\s?v\.|z\.\s?hd\.?|z\.\s?h\.|zu\s+händen(?:\s+von)?|a/a|alla\s+c\.\s?a\.|c\.\s?a\.|"
    r"à\s+l['’]attention\s+de|a\s+la\s+atención\s+de|ter\s+attentie\s+van)[ \t]+)?"
)
_PREFIX = regex.compile(
    r"[\s>]*(?:[\-+*•·][ \t]+|\d{1,2}[.)][ \t]+)?(?:[\"'{\[(]*[ \t]*[\"']?[\p{L}_][\w .'/\-]{0,30}[\"']?[ \t]*[:=][ \t]*){0,3}[\"'{\[(]*" + _ATTENTION,
    regex.VERSION1,
)
_SUFFIX = regex.compile(r"[\s\"'}\]).]*$")
# Prose around an address: the street ends the part before ("drop off at Drumul Dima Nr. 230"),
# a postcode, town or country starts the part after ("475461 between 9 and 12").
_STREET_TAIL = regex.compile(rf"(?<=^|[ \t(])(?:{_STREET.pattern})$", regex.VERSION1)
_HEAD = regex.compile(rf"(?:{_CODE_TOWN.pattern}|{_TOWN})(?=[ \t.!?)]|$)", regex.VERSION1)
_CUE = regex.compile(
    rf"{a.CUE_START}(?i:address|addr|label|ship|deliver|courier|parcel|{a.POST_MAIL}|send|billing|bill\s+to|invoice|recipient|consignee|"
    r"residence|lives|moved|office|visit|anschrift|adresse|empfänger|versand|lieferung|direcci[oó]n|env[ií]o|indirizzo|"
    r"spedizione|endere[cç]o|livraison|colis|adres|vcard|adr|"
    # The word for an address in Russian and Ukrainian, Greek and Bulgarian: "Адрес:", "адреса", "Διεύθυνση".
    r"адрес|адреса|адресу|διεύθυνση|διευθυνση)"
)
_ANCHORS = frozenset({"street", "weak", "unit", "pobox"})
_POSTAL = frozenset({"code", "code_town"})


class AddressStructureRecognizer(ShapeRecognizer):
    """Every part of an address whose parts agree (`address_structures`)."""

    ENTITIES = ["LOCATION", "PERSON"]

    def __init__(self, guarded: Callable[[str], bool] | None = None, headed: Callable[[str, int], bool] | None = None) -> None:
        super().__init__()
        self._guarded = guarded  # technical text: an address only where a word says so
        self._headed = headed  # a table's cell whose header says it is no place (`tables.typed_by_header`)

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: object = None) -> Iterator[tuple[str, int, int, float]]:
        technical = self._guarded is not None and self._guarded(text)
        for entity, start, end in typed_address_parts(text, technical, self._headed):
            yield entity, start, end, 0.8 if entity == "LOCATION" else 0.6


@dataclass
class _Part:
    start: int
    end: int
    kind: str | None  # street, weak, unit, pobox, code, code_town, number, region, town, country, empty


def address_structures(text: str, technical: bool = False) -> Iterator[tuple[int, int]]:
    """Each part of every run of parts that agree on being a postal address."""
    return ((start, end) for entity, start, end in typed_address_parts(text, technical) if entity == "LOCATION")


def typed_address_parts(text: str, technical: bool = False, headed: Callable[[str, int], bool] | None = None) -> Iterator[tuple[str, int, int]]:
    """The parts of every address (LOCATION), and the name on the line above one (PERSON); none on a
    row `headed` says its table's header types (a row of vessels and the years they were built).

    Only parts with a digit can start a run (a street, unit, PO box or postcode), so most text
    costs one scan for separators and one for digits; the parts beside a seed are read lazily."""
    digits = [m.start() for m in _DIGIT.finditer(text)]
    if not digits:
        return
    parts = _Parts(text)
    cued: bool | None = None
    done = -1
    for i in dict.fromkeys(parts.index(d) for d in digits):
        if i <= done or (bounds := _bounds(text, parts, i)) is None:
            continue
        lo, hi = bounds
        done = hi
        run = [parts.part(k) for k in range(lo, hi)]
        # "Rua Augusta, 12, …": a street name with its number in the next part needs no digit of its own
        if lo > 0 and (tail := _street_tail(text, parts.part(lo - 1), bool(run) and run[0].kind == "number")) is not None:
            run.insert(0, tail)
        if hi < len(parts) and (head := _head(text, parts.part(hi))) is not None:
            run.append(head)
        cued = bool(_CUE.search(text)) if cued is None else cued
        if _agrees(text, run, technical, cued) and not (headed is not None and headed(text, parts.part(i).start)):
            # The street before a flat in prose has no street type to be read by: it goes with the flat.
            if run and run[0].kind == "unit" and lo > 0 and (m := _NAMED_NUMBER_TAIL.search(text, parts.part(lo - 1).start, parts.part(lo - 1).end)):
                run.insert(0, _Part(m.start(), m.end(), "weak"))
            yield from ((entity, p.start, p.end) for entity, p in _masked(text, run))


def _bounds(text: str, parts: _Parts, i: int) -> tuple[int, int] | None:
    """The parts of a run around part `i`, a part with a digit: a street, unit, PO box or postcode,
    or a sentence ending in a street ("drop off at Drumul Dima Nr. 230") or starting with a
    postcode ("3555-070 viseu can u check")."""
    kind = parts.kind(i)
    if kind in _SEEDS:
        lo, hi = i, i + 1
    elif kind is None and _street_tail(text, parts.part(i)) is not None:
        lo = hi = i + 1
    elif kind is None and _head(text, parts.part(i)) is not None:
        lo = hi = i
    else:
        return None
    while lo > 0 and parts.kind(lo - 1) is not None:
        lo -= 1
    while hi < len(parts) and parts.kind(hi) is not None:
        hi += 1
    return lo, hi


_DIGIT = regex.compile(r"\d+")
_SEEDS = frozenset({"street", "weak", "unit", "pobox", "code", "code_town", "year", "low_code"})


class _Parts:
    """The parts of a text between separators, each trimmed and classified when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        separators = [m.span() for m in _SEPARATOR.finditer(text)]
        self.ends = [start for start, _ in separators] + [len(text)]
        self.starts = [0] + [end for _, end in separators]
        self._parts: dict[int, _Part] = {}

    def __len__(self) -> int:
        return len(self.ends)

    def index(self, pos: int) -> int:
        return bisect.bisect_left(self.ends, pos)

    def kind(self, i: int) -> str | None:
        return self.part(i).kind

    def part(self, i: int) -> _Part:
        if i not in self._parts:
            text, end = self.text, self.ends[i]
            start = _PREFIX.match(text, self.starts[i], end).end()
            stop = max(start, end - len(_SUFFIX.search(text, start, end).group()))
            if stop < end and text[stop] == ")" and text.count("(", start, stop) > text.count(")", start, stop):
                stop += 1  # "03874 Giugliano in Campania (KR)": the province's bracket closes in the part
            self._parts[i] = _Part(start, stop, _kind(text[start:stop]))
        return self._parts[i]


# The post-Soviet order's parts, each a comma-part of its own: the house ("д. 8", "буд. 12"), the
# flat or building ("кв. 3", "корп. 2"), the town after its prefix ("г. Мышкин", "м. Косів", "смт
# Ворохта") and the region or district ("Ярославская обл.", "Косівський р-н", "Краснодарский край").
_CYRILLIC_HOUSE = regex.compile(r"(?i:д|дом|буд|будинок)\.?[ \t]*\d{1,4}[\p{L}]?(?:[/\-]\d{1,3})?", regex.VERSION1)
_CYRILLIC_UNIT = regex.compile(r"(?i:кв|квартира|корп|корпус|к|стр|строение|под|подъезд|эт|этаж|оф|офис)\.?[ \t]*\d{1,4}[\p{L}]?", regex.VERSION1)
_CYRILLIC_TOWN = regex.compile(r"(?:г|м|с|пгт|смт|сел|пос|гор|дер)\.?[ \t]*\p{Lu}[\p{L}\-]+(?:[ \-]\p{Lu}[\p{L}\-]+)?", regex.VERSION1)
_CYRILLIC_REGION = regex.compile(
    r"\p{Lu}[\p{L}\-]+(?:[ \t]\p{Lu}?[\p{L}\-]+)?[ \t]+(?i:обл|область|р-н|район|край|АР|респ|республика)\.?"
    r"|(?i:респ|республика)\.?[ \t]+\p{Lu}[\p{L}\-]+",
    regex.VERSION1,
)


def _kind(body: str) -> str | None:
    """What a part is by its shape alone, or None for anything that is no part of an address."""
    if not body:
        return "empty"
    if "\u0400" <= body[0] <= "\u04ff" and (kind := _cyrillic_kind(body)) is not None:
        return kind
    if len(body) > 60 or body.count(" ") > 9 or "=" in body or "()" in body:
        return None
    digits = any(c.isdigit() for c in body)
    if digits and _MEASURE.search(body):
        return None  # "32 GB RAM": a quantity in a spec, no street
    if _FORM_LABEL.fullmatch(body):
        return "empty"  # "Address line 2", "Street 1": a form's label beside the part, not a part
    if not digits and _UNIT.fullmatch(body):
        return "unit"  # "Unit B", "Bloco C": a lettered flat or entrance
    if body.islower():
        return _lower_kind(body, digits)
    if digits:
        for kind, pattern in (("unit", _UNIT), ("pobox", _POBOX), ("code_town", _CODE_TOWN)):
            if pattern.fullmatch(body):
                if kind == "code_town" and _MODEL_CODE.fullmatch(body) and not _listed_town(body):
                    return None  # "RTX 3060": a product's model in a spec, no town and postcode ("LIMA 18" is one)
                if kind == "code_town" and _YEAR.search(body) and not _DIGITS_APART.search(body):
                    return "year"  # "Berlin 2024", "1999": a postcode only beside a street
                if kind == "code_town" and body[0].isdigit() and _STREET_TYPE_WORD.fullmatch(body.split()[-1]):
                    return "street"  # "32439 Moore River": a house number, not a postcode
                return "code" if kind == "code_town" and not any(c.isalpha() for c in body) else kind
        if _HOUSE_NUMBER.fullmatch(body):
            return "number"
        if _STREET.fullmatch(body) and any(c.isalpha() for c in body):
            return "street" if _typed(body) else "weak"
        return None
    if body.lower() in country_names():
        return "country"
    if body.lower() in _LABELS:
        return "empty"
    if _REGION.fullmatch(body):
        return "region"
    if (town := _TOWN_RE.fullmatch(body)) or _STREET.fullmatch(body):
        return "street" if _typed(body) and len(body.split()) > 1 else "town" if town else None
    return None


# A number with a unit of measure after it, and a product's model of three or four capitals and its number.
_MEASURE = regex.compile(
    r"\d[ \t]?(?:GB|MB|TB|KB|GHz|MHz|Hz|mAh|kWh|kW|fps|px|dpi|mm|cm|ml|kg|lbs?|oz|°C|°F)(?![\p{L}\d])", regex.VERSION1
)
_MODEL_CODE = regex.compile(r"\p{Lu}{3,4}[ \t-]?\d{2,4}[\p{L}]{0,2}", regex.VERSION1)


def _listed_town(body: str) -> bool:
    """Whether the letters before a number are a listed place ("LIMA 18", a district of Lima)."""
    from privacy_gateway.detection.places import known_place  # loaded late: keeps the import chain short

    return known_place(regex.split(r"[ \t\d-]", body, maxsplit=1)[0])


def _cyrillic_kind(body: str) -> str | None:
    """A part of an address written in Cyrillic in the post-Soviet order (`_CYRILLIC_HOUSE`…)."""
    if _CYRILLIC_HOUSE.fullmatch(body):
        return "number"
    if _CYRILLIC_UNIT.fullmatch(body):
        return "unit"
    if _CYRILLIC_TOWN.fullmatch(body):
        return "town"
    if _CYRILLIC_REGION.fullmatch(body):
        return "region"
    return None


def unit_shaped(value: str) -> bool:
    """Whether a value is a flat, floor, suite or entrance line: "Apt. 4", "Wohnung 12", "Unit B"."""
    return bool(_UNIT.fullmatch(value))


def _lower_kind(body: str, digits: bool) -> str | None:
    """A part typed in lower case: a postcode shape with its town, a street with a number, a
    unit, or a few words that may be a town; each weaker than its capitalised twin."""
    if not digits:
        if body in country_names():
            return "country"
        if not _LOW_TOWN_RE.fullmatch(body):
            return None
        # "calle gran capitán" over its number's part, as the capitalised street is read
        return "street" if " " in body and _typed(body) else "low_town"
    if _UNIT.fullmatch(body):
        return "unit"
    if _LOW_CODE_TOWN.fullmatch(body):
        return "year" if _YEAR.search(body) and not _DIGITS_APART.search(body) else "low_code"
    if _LOW_STREET.fullmatch(body) and _THREE_LETTERS.search(body):
        return "street" if _typed(body) else "weak"
    return None


def _typed(body: str) -> bool:
    """Whether a street-shaped part names a street type in some language."""
    return bool(_TYPED.on(body).search(body)) or any(w.lower().rstrip(".") in _LOWER_TYPES for w in body.split())


# The street types' list grouped by first letter too (`alternation`): tried at every word of a part.
_TYPED = Grouped(
    lambda lists: rf"(?<![\p{{L}}])(?:(?i:{lists(STREET_TYPE_LIST)})\b\.?|{a._LEADING_TYPE})(?![\p{{L}}])|{a._COMPOUND_STREET}",
    regex.VERSION1,
)


def _street_tail(text: str, part: _Part, numbered: bool = False) -> _Part | None:
    body = text[part.start : part.end]
    if not numbered and not any(c.isdigit() for c in body[-40:]):
        return None
    if _ends_with(_STREET_TAIL, body) and (m := _STREET_TAIL.search(body, _tail_start(body))) and (numbered or _DIGIT.search(m.group())) and _typed(m.group()):
        return _Part(part.start + m.start(), part.end, "street")
    if body[-40:].count("-") >= 2 and (m := _BLOCK_LOT.search(body)) is not None:
        return _Part(part.start + m.start(), part.end, "weak")
    if _ends_with(_LOW_STREET_TAIL, body) and (m := _LOW_STREET_TAIL.search(body)) and m.group().islower() and (numbered or _DIGIT.search(m.group())) and _THREE_LETTERS.search(m.group()):
        return _Part(part.start + m.start(), part.end, "street" if _typed(m.group()) else "weak")
    return None


# The tail patterns searched backwards, from the end they are anchored to. Whether a pattern
# matches at all does not depend on the direction (neither has atomic groups or possessive
# quantifiers), but the backward search tries one end instead of every word start: about
# a fifteenth of the time. A part that ends in a street is then searched forwards too, for the
# leftmost match the rules read.
_BACKWARDS = {pattern: regex.compile(pattern.pattern, pattern.flags | regex.REVERSE) for pattern in (_STREET_TAIL, _LOW_STREET_TAIL)}


def _ends_with(pattern: regex.Pattern[str], body: str) -> bool:
    """Whether `pattern` (a tail pattern, anchored at the end) matches somewhere in `body`."""
    return _BACKWARDS[pattern].search(body) is not None


# A character no street pattern can match (anything but letters, marks, digits, spaces and the
# punctuation of house numbers, abbreviations and names: ' ’ - . / # ° º ª ,), searched from the
# end: a street ending a part starts after the last one, and the forward search starts there.
_LAST_NON_STREET = regex.compile(r"[^\p{L}\p{M}\p{N}\s'’\-./#°ºª,]", regex.VERSION1 | regex.REVERSE)


def _tail_start(body: str) -> int:
    """Where a street ending `body` can start at the earliest."""
    m = _LAST_NON_STREET.search(body)
    return m.end() if m else 0


# A Japanese block, lot and house number before the district, as romanised addresses write it
# ("6-22-17 Nishi-Shinjuku"): three numbers, a shape street names of other countries do not have.
_BLOCK_LOT = regex.compile(rf"(?<=^|[ \t(])\d{{1,2}}-\d{{1,3}}-\d{{1,3}}[ \t]+{a._WORD}(?:[ \t]+{a._WORD})?$", regex.VERSION1)


def _head(text: str, part: _Part) -> _Part | None:
    found = [m for m in (_HEAD.match(text, part.start, part.end), _LOW_HEAD.match(text, part.start, part.end)) if m]
    if not found:
        return _country_first(text, part)
    m = max(found, key=lambda m: m.end())
    kind = _kind(m.group())
    return _Part(m.start(), m.end(), kind) if kind in ("code", "code_town", "town", "country", "low_code", "low_town") else None


_FIRST_WORD = regex.compile(r"\p{L}+", regex.VERSION1)


def _country_first(text: str, part: _Part) -> _Part | None:
    """A country's name opening the sentence after an address, in any case: "…, 19529 hartha,
    deutschland before Friday?"."""
    ends = []
    pos = part.start
    for _ in range(3):
        m = _FIRST_WORD.match(text, pos, part.end)
        if m is None:
            break
        ends.append(m.end())
        if m.end() >= part.end or text[m.end()] not in " \t":
            break
        pos = m.end() + 1
    for end in reversed(ends):
        if text[part.start : end].lower() in country_names():
            return _Part(part.start, end, "country")
    return None


# A street's name and number ending the part before a flat: "I live at TURPINSSVINGET 150, ETAGE 5, …".
_NAMED_NUMBER_TAIL = regex.compile(rf"(?<=^|[ \t(])(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD},?[ \t]+{_NUMBER_MARK}?{_NUM}$", regex.VERSION1)


def _agrees(text: str, run: list[_Part], technical: bool, cued: bool) -> bool:
    """Whether the parts of a run say together that they are an address."""
    kinds = {p.kind for p in run}
    if cued and "low_code" in kinds:  # one case: a postcode shape counts where a word says it is an address
        kinds.add("code_town")
    if cued and "low_town" in kinds:
        kinds.add("town")
    if "low_code" in kinds and not technical and _lines_in_order(text, run):
        kinds.add("code_town")
    postal = bool(kinds & _POSTAL) or "year" in kinds and ("street" in kinds or "pobox" in kinds)
    placed = postal or "town" in kinds and bool(kinds & {"country", "region"})
    strong = "street" in kinds or "pobox" in kinds
    weak = "weak" in kinds and ("code_town" in kinds or "code" in kinds and bool(kinds & {"town", "country", "region"}))
    if technical and not cued:
        return strong and "code_town" in kinds and len(run) >= 3
    # A unit line between a street read as a town and its postcode ("Hetteikkö 1150" / "Asunto 976" /
    # "14625 Suonenjoki"): two more parts of an address besides it.
    unit = "unit" in kinds and placed and (cued or sum(p.kind in ("weak", "code", "code_town", "low_code", "country", "region") for p in run) >= 2)
    return (strong and (placed or cued and bool(kinds & {"town", "unit"}))) or weak or unit


# Neighbours that fall as an address's lines do: a flat under its street, a country under its town.
# A street with its number reads as a town and its postcode in one case ("hetteikkö 1150").
_IN_ORDER = frozenset({("street", "unit"), ("weak", "unit"), ("low_code", "unit"), ("low_code", "country"), ("low_town", "country")})


def _lines_in_order(text: str, run: list[_Part]) -> bool:
    """Whether a run typed in one case, with no word of an address about it, still reads as one: a
    street first (or a street read as a town and its code), a flat under it or a country under the
    postcode and town, and a town that is not all English words ("turpinssvinget 150" / "etage 5" / "dk-3624 fårup" / "danmark", never
    "stage 3" / "1024 workers" / "germany")."""
    kinds = [p.kind for p in run if p.kind != "empty"]
    if not kinds or kinds[0] not in ("street", "weak", "low_code") or not set(zip(kinds, kinds[1:])) & _IN_ORDER:
        return False
    return any(p.kind == "low_code" and not _ordinary_words(text[p.start : p.end]) for p in run)


def _ordinary_words(body: str) -> bool:
    """Whether a part's words of letters are all common English words ("1024 workers"), not a town's
    ("33001 oviedo"); a code alone has none."""
    words = _WHOLE_WORDS.findall(body)
    return bool(words) and all(common_word(w) for w in words)


# The kinds of part an address's masked body opens with (a set built once, not per part looked at).
_OPENING = _ANCHORS | _POSTAL | {"country", "number", "year", "low_code"}


def _masked(text: str, run: list[_Part]) -> Iterator[tuple[str, _Part]]:
    """The parts of an address: from its first street, unit, PO box, postcode or country on,
    ending before a trailing line of ordinary words; and the recipient's name above it."""
    first = next((k for k, p in enumerate(run) if p.kind in _OPENING), 0)
    body = [p for p in run[first:] if p.kind not in ("empty", None)]
    # A town right under a bare postcode is the address's own ("1100-053" / "Lisboa", cells of a table),
    # whatever dictionary holds the word.
    while body and body[-1].kind in ("town", "low_town") and _ordinary(text, body[-1]) and not (
        len(body) > 1 and body[-2].kind in ("code", "low_code")
    ):
        body.pop()
    yield from (("LOCATION", p) for p in body)
    # An envelope, label or signature puts the name right above the street; a job title
    # ("Operations Lead") may sit between them.
    above = [p for p in run[:first] if p.kind != "empty"][-2:]
    for p in reversed(above):
        if p.kind == "town" and " " in text[p.start : p.end].strip() and not _ordinary(text, p):
            yield "PERSON", p
            break


def _ordinary(text: str, part: _Part) -> bool:
    """Whether every word of a part is an English word ("Best Regards", "Operations Lead")."""
    return all(english_word(w.lower()) for w in text[part.start : part.end].split())
