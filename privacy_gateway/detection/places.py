"""Well-known places (countries, big cities, towns, landmarks), kept as written in questions about the world.

"Is Seville or Granada better for three days in March?" and "Is Lagos bigger than Cairo?" ask
about the world, and masking the cities ruins the answer. The list ships as `data/places.txt`
(GeoNames, CC BY 4.0, written by scripts/build-places), towns of 15,000 or more as `data/towns.txt`,
kept only where placed as places ("in Colmar"), and landmarks and natural sites as `data/landmarks.txt`
(written by hand, scripts/build-landmarks). A listed name is only public where the
text around it makes it so (`TextKind.public_places`): no dealing, no one's home, no contact data.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from importlib.resources import files

import regex

from privacy_gateway.detection import lines
from privacy_gateway.detection.countries import country_names
from privacy_gateway.detection.data_files import data_lines
from privacy_gateway.detection.brand_uses import persons_thing
from privacy_gateway.detection.list_items import ITEM_MARK, list_heading
from privacy_gateway.detection.lexicon import ascii_fold, common_word, first_names, last_names, world_first_names, world_last_names
from privacy_gateway.detection.name_cues import _PLACE_FIRST_WORDS, _PLACE_HEADS, _PLACE_TAILS, _TITLE_AT_END
from privacy_gateway.detection.name_spans import person_context
from privacy_gateway.detection.name_split import surname_shaped
from privacy_gateway.detection.sentences import sentence_bounds


@lru_cache(maxsize=None)
def _listed(name: str = "places") -> frozenset[str]:
    # One entry per list ("places", "towns", "landmarks"): a smaller cache than the lists read a
    # data file anew on every lookup.
    return frozenset(data_lines(name))


def fold_place(value: str) -> str:
    """`value` lower-cased with its accents dropped, other letters kept ("Hyvinkää" → "hyvinkaa", "Łódź" → "łodz")."""
    if value.isascii():
        return value.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)).lower()


def _key(value: str) -> str:
    """How the lists spell `value`: one space between words, lower case, no accents."""
    return fold_place(" ".join(value.split()))


def listed_place(value: str) -> bool:
    """Whether `value` (any case, accents or not) is a listed country, continent, state or city."""
    return _key(value) in _listed()


def landmark(value: str) -> bool:
    """Whether `value` (any case, accents or not, a leading "the" allowed) is a listed landmark or
    natural site ("Taj Mahal", "the Maasai Mara", `data/landmarks.txt`), or names one of its national
    parks without the words ("Los Glaciares"; of two words or more: "Kruger" is a surname too)."""
    key = _key(value)
    key = key[4:] if key.startswith("the ") else key
    return key in _listed("landmarks") or " " in key and f"{key} national park" in _listed("landmarks")


def landmark_named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], grown to the place around it, is a listed landmark no one is named
    beside ("book the Inca Trail to Machu Picchu"; not "Ann Lee in Petra", not "at Rosa's")."""
    start, end = whole_place(text, start, end)
    return landmark(text[start:end]) and not person_context(text, start, end) and not someones_place(text, start)


def known_place(value: str) -> bool:
    """Whether `value` is a listed place or town, whoever else is so named."""
    key = _key(value)
    return key in _listed() or key in _listed("towns")


@lru_cache(maxsize=1)
def small_places() -> frozenset[str]:
    """Every place of `data/small_places.tsv.gz` (towns of 1,000 people or more, districts and
    regions: `small_places`), case and accents folded."""
    raw = files("privacy_gateway.detection").joinpath("data/small_places.tsv.gz").read_bytes()
    return frozenset(fold_place(line.split("\t", 1)[0].replace("’", "'")) for line in gzip.decompress(raw).decode("utf-8").splitlines())


def any_place(value: str) -> bool:
    """Whether `value` is a listed place or town, or a small place of the lists ("Ennis",
    "Canadian", Texas): somewhere, whatever else the word is."""
    return known_place(value) or fold_place(value) in small_places()


def _listed_town(key: str) -> bool:
    """Whether `key` is a listed town of 15,000 to 100,000 people (`data/towns.txt`) and no one's
    first or last name."""
    return key in _listed("towns") and key not in first_names() and key not in last_names()


# Before a place, or between two ("Seville or Granada", "bigger than Cairo", "from Porto to"), or
# opening an item of a list of them ("Must-sees so far:\n• Hội An").
_PLACE_BEFORE = regex.compile(
    r"(?i:\b(?:in|to|from|near|around|across|via|visit|visiting|see|of|between|or|and|than|vs\.?|versus)[ \t]+(?:the[ \t]+)?)$"
    r"|(?:^|\n)[ \t]*(?:[•*\-–]|\d{1,2}[.)])[ \t]*$"
)
_PLACE_AFTER = regex.compile(r"(?i:^[ \t]+(?:or|and|than|vs\.?|versus|compared|bigger|smaller|larger|older|better|worth)\b)")


# Where one stays or passes: "a weekend in Venice", "via Florence" (not "to", "from", "and": "a
# present from Victoria", "Florence and Jackson").
# Or goes to ("best time to go to Tartu", "fly to Split"; not "talk to", "a present to").
_STAYED_IN = regex.compile(
    r"(?i:\b(?:in|via|near|around|visit|visiting|(?:go|going|fly|flying|travel|travell?ing|head|heading|drive|driving|trip|get|getting)[ \t]+to)"
    r"[ \t]+(?:the[ \t]+)?)$"
)
# After a place weighed as a stop: "do Orellana as a day trip", "Is Ghent walkable".
_STAYED_AFTER = regex.compile(
    r"(?i:^[ \t]+(?:as (?:a|an) (?:day trip|day out|base|stop|stopover|side trip|detour|weekend)|(?:is |really )?walkable|worth (?:visiting|seeing|a visit|the trip|a detour|the detour))\b)"
)


# A capitalised word just before "in"/"from"/"at": "a parcel from Ann Lee in Cairo" is Ann Lee's Cairo.
_SOMEONE_IN = regex.compile(r"\p{Lu}\p{Ll}+,?[ \t]+(?:in|from|at|of|near)[ \t]+$")


# Where a place is someone's: their home, their relative's, their meeting place, in the words right
# before it ("my sister's house in", "Nadia's place in", "visit my brother in", "my mum's village, ").
_OWNERS_PLACE = (
    r"house|home|flat|apartment|place|village|town|farm|cottage|street|door|parents|family|folks|in-laws|"
    r"mum|mom|mother|dad|father|brother|sister|aunt|uncle|cousin|gran|granny|nan|grandma|grandmother|grandad|"
    r"grandpa|grandfather|son|daughter|friends?|partner|wife|husband|boyfriend|girlfriend"
)
_SOMEONES_BEFORE = regex.compile(
    rf"(?i:(?:\b(?:my|our|your|his|her|their)|\p{{L}}['’]s)[ \t]+(?:[\p{{L}}'’-]+[ \t]+){{0,2}}?(?:{_OWNERS_PLACE})(?:['’]s)?"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:in|near|at|outside|by|just outside)[ \t]+))$"
)


# The same, with a pronoun's possessive or someone's place, flat or apartment only ("my sister's house
# in", "Nadia's place in"; not "Frida Kahlo's house in", a sight): read in any text, questions about
# the world too, to find the place that follows.
OWNED_PLACE_CUE = regex.compile(
    rf"(?i:(?:\b(?:my|our|your|his|her|their)[ \t]+(?:[\p{{L}}'’-]+[ \t]+){{0,2}}?(?:{_OWNERS_PLACE})(?:['’]s)?"
    r"|\p{L}['’]s[ \t]+(?:place|flat|apartment))(?:[ \t]*,[ \t]*|[ \t]+(?:in|near|at|outside|just outside)[ \t]+))"
)


# Where someone comes from: "our new yoga teacher from Pune", "joins us from Gdańsk"; a cue of
# `small_places.lived_place_spans` too, and right before a place here.
FROM_CUE = regex.compile(r"(?i:\bfrom[ \t]+(?:the[ \t]+)?)")
_FROM_BEFORE = regex.compile(FROM_CUE.pattern + "$")


# Someone spoken of in a sentence: "Maartje Verhoeven and her grandson … in Mullumbimby".
_THIRD_PERSON = regex.compile(r"(?i:\b(?:he|she|him|his|her|hers|they|them|their)\b)")
_CAPITAL_PAIR = regex.compile(r"(?<![\p{L}'’])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll}+")


def copy_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], in copy written for the public (`TextKind.copy`), is a listed place
    used as one (`public_place`), not where someone comes from ("our new yoga teacher from Pune"),
    in a sentence that speaks of no one ("her", "their") and names no one but the world's famous: "a
    rooftop bar in Porto", "a post for Max Verstappen after the title in Abu Dhabi", not "Maartje
    Verhoeven and her grandson at the reopening of the lido in Mullumbimby"."""
    if _FROM_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False
    first, last = sentence_bounds(text, start, end, _SENTENCE_END)
    sentence = text[first:last]
    if _THIRD_PERSON.search(sentence):
        return False
    from privacy_gateway.detection.notable import notable_person  # loaded late: keeps the import chain short

    for pair in _CAPITAL_PAIR.finditer(sentence):
        if first + pair.start() < end and first + pair.end() > start:
            continue  # the place itself ("Abu Dhabi")
        if ascii_fold(pair.group(1).lower()) in world_first_names() and not notable_person(pair.group()):
            return False
    return public_place(text, start, end)


def someones_place(text: str, start: int) -> bool:
    """Whether the words just before `start` make the place there someone's: a home, a relative's or
    a friend's ("my sister's house in Headingley", "Nadia's place in Porto", "visit my brother in
    Tartu", "my mum's village, Little Snoring"), not a trip's ("our weekend in Porto")."""
    return _SOMEONES_BEFORE.search(text, max(0, start - 60), start) is not None


# Goods known by where they come from: "Kalamata olives", "Parma ham", "beans from Huila".
_GOODS = (
    r"olives?|olive oil|oil|ham|cheeses?|wines?|coffees?|beans|teas?|honey|chocolates?|rice|sausages?|salami|cider|"
    r"beers?|ales?|lager|vinegar|mustard|lace|wool|silk|porcelain|pottery|rugs?|carpets?|marble|peppers?|chill(?:i|ie)s|"
    r"saffron|spices?|oranges|lemons|grapes|figs|dates|oysters|mussels|sardines|anchovies|butter|lamb|gin|whisk(?:e)?y|"
    r"rum|brandy|champagne|sherry|pastries|biscuits|noodles|dumplings|bagels?|tomatoes|potatoes|cherries|tobacco|"
    r"cigars|cotton|linen|tweed|crystal|ceramics|tiles|leather|roses|tulips|blend|roast|vintages?"
)
# After the place: a style, a theme or the goods ("a Lyon-style salad", "Havana-themed", "Parma ham").
_ORIGIN_AFTER = regex.compile(rf"(?i:^(?:[ \t]*-[ \t]*|[ \t]+)(?:style|styled|themed|inspired)\b|^[ \t]+(?:{_GOODS})\b)")
# Before the place: the goods and where they come from ("beans from Huila", "wines of Rioja", "tea
# grown in Assam"), a single origin, a theme named ("Party theme: Havana nights").
_ORIGIN_BEFORE = regex.compile(
    rf"(?i:\b(?:{_GOODS})[ \t]+(?:(?:from|of)|(?:grown|roasted|made|produced|sourced|imported|bottled|brewed|distilled|"
    r"woven|picked|harvested|farmed|cured)[ \t]+(?:in|from|on|around))[ \t]+(?:the[ \t]+)?"
    r"|\bsingle[ \t-]+(?:origin|estate)[ \t]+(?:[\p{L}-]+[ \t]+)?|\btheme[ \t]*:[ \t]*)$"
)
# A market's prices and trade in a place: "florists' prices in Leeds", "what does a plumber charge
# in Bristol", "typical rents in Ghent", "the going rate around Lyon".
_MARKET_BEFORE = regex.compile(
    r"(?i:\b(?:prices?|pricing|rates|rents?|costs?|wages|salaries|fees|market|going rate|demand|competition|"
    r"competitors|charges?|charged|cost|pay|paid|earn|earns)[ \t]+(?:in|across|around)[ \t]+(?:the[ \t]+)?$)"
)
_STYLE_TAIL = regex.compile(r"(?i:[ \t]*-[ \t]*(?:style|styled|themed|inspired))$")


def _listed_anywhere(value: str) -> bool:
    """Whether `value` is a listed place of any size: city, town, small place, region or landmark."""
    key = _key(value)
    return key in _listed() or key in _listed("towns") or key.replace("’", "'") in small_places() or key in _listed("landmarks")


def origin_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], no given name, names where goods come from or a style ("single-origin
    beans from Huila", "a Lyon-style salad", "Party theme: Havana nights") or, a listed place of any
    size, the goods ("Kalamata olives") or a market's prices ("compare florists'
    prices in Leeds"): the world's place, whoever speaks, unless the words before make it
    someone's (`someones_place`)."""
    tail = _STYLE_TAIL.search(text, start, end)
    start, core_end = whole_place(text, start, tail.start() if tail else end)
    words = text[start:core_end].split()
    # A given name is a giver or a maker, never an origin: "a bottle of wine from Marco"; nor is a
    # titled name ("the wine from Mrs Okafor").
    if not words or someones_place(text, start) or fold_place(words[0]) in first_names() or fold_place(words[0]) in world_first_names():
        return False
    if _TITLE_AT_END.search(text, max(0, start - 16), start):
        return False
    before = text[max(0, start - 60) : start]
    listed = _listed_anywhere(text[start:core_end])
    if tail:
        return True  # a style: "a Lyon-style salad", "Havana-themed"
    if _ORIGIN_BEFORE.search(before):
        # Goods from a place, listed or not ("honey from Oosternieland"); a surname no place list
        # has is the giver's ("the coffee beans from Kowalczyk").
        last = fold_place(words[-1])
        return listed or not (last in last_names() or last in world_last_names())
    if not listed:
        return False
    return bool(_ORIGIN_AFTER.match(text[core_end : core_end + 30]) or _MARKET_BEFORE.search(before))


_PLACE_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
# Letters, apostrophes, spaces and hyphens only: what a place's name is written with (compiled once:
# `regex.fullmatch` with a pattern string looks it up in `regex`'s cache for ~11 us a call).
_PLACE_CHARS = regex.compile(r"[\p{L}'’ -]+")
# How many words a place's name may run to either side of a piece of it ("San Martino della Battaglia").
_AROUND = 3


def whole_place(text: str, start: int, end: int) -> tuple[int, int]:
    """The longest listed place of any size that holds text[start:end] and runs on to whole words
    beside it on its line ("Sant Joan" in "Sant Joan d'Alacant", "Battaglia" in "San Martino della
    Battaglia"); the span itself where there is none."""
    line_start = max(lines.line_start(text, start), start - 40)
    line_end = min(lines.line_end(text, end), end + 40)
    left = [m.start() for m in _PLACE_WORD.finditer(text, line_start, start) if m.end() <= start]
    right = [m.end() for m in _PLACE_WORD.finditer(text, end, line_end)]
    starts = [start, *reversed(left[-_AROUND:])]
    ends = [end] + right[:_AROUND]
    best = (start, end)
    for s in starts:
        for e in ends:
            if (s, e) != (start, end) and e - s > best[1] - best[0] and _PLACE_CHARS.fullmatch(text[s:e]) and _listed_anywhere(text[s:e]):
                best = (s, e)
    return best


def public_place(text: str, start: int, end: int, trip: bool = False) -> bool:
    """Whether text[start:end] is a listed place used as one: not addressed or named as a person,
    not someone's ("Ann Lee in Cairo"), and, where people are also called so (Florence, Victoria), placed as a place ("in Florence",
    "Florence or Siena"); a smaller place where one stays or passes too, in a `trip` or where no one is named so."""
    start, end = whole_place(text, start, end)
    value = text[start:end]
    before = text[max(0, start - 30) : start]
    key = _key(value)
    city = key in _listed() or landmark(value)  # `listed_place`, the value already folded; a landmark is as known
    town = key in _listed("towns")
    # A trip's smaller places where one stays or passes too: "one day in Bavaria", "via Berchtesgaden";
    # in any question about the world's places, one no one is named ("a good bakery in Lundsbrunn?").
    small = not (city or town) and key in small_places() and (trip or key not in world_first_names() and key not in world_last_names())
    if not (city or town or small) or person_context(text, start, end) or _SOMEONE_IN.search(before) or someones_place(text, start):
        return False
    stayed = _STAYED_IN.search(before) is not None or _STAYED_AFTER.match(text[end : end + 30]) is not None
    if small:
        return stayed
    if city and (" " in value.strip() or fold_place(value) not in first_names()):
        return True
    if not city and not _listed_town(key):
        # A town people are also named after ("a weekend in Venice"): only where one stays or passes.
        return stayed
    # A name people are also called, or a town less known than a city: only where placed as a place.
    return bool(_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text[end : end + 30]))


# A law, a rule or what one is owed under them, in the sentence of a country named as its reach.
_LAW_WORDS = regex.compile(
    r"(?i:\b(?:legal|illegal|lawful|unlawful|laws?|act|regulations?|regulat(?:ed|es|ory)|rules?|entitle(?:d|ment|ments)|"
    r"allowed|permitted|required|requirements?|mandatory|obligat(?:ion|ions|ory)|statutory|compliance|compliant|employers?|"
    r"employment|minimum wage|tax|taxes|vat|insurance|councils?|courts?|polic(?:y|ies)|scheme|rights|gdpr|licen[cs]es?|licensing)\b)"
)
# "in Germany", "across the EU", "within Ireland"; a list's later countries ("in Spain, Italy and Poland").
_REACH_BEFORE = regex.compile(
    r"(?i:\b(?:in|across|throughout|within)[ \t]+(?:the[ \t]+)?)"
    r"(?:\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)*(?:[ \t]*,[ \t]*|[ \t]+(?i:and|or|&|vs\.?)[ \t]+))*$"
)
_SENTENCE_END = regex.compile(r"[.?!]+(?=\s)|\n")
_I_OR_MINE = regex.compile(r"\b(?:I|I['’]m|I['’]ve|(?i:me|my|mine|myself))\b")


def jurisdiction(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a country named as the reach of a law, a rule or an entitlement,
    in a sentence about them and no one's life: "Is it legal in Germany to ask a candidate about
    pregnancy?", "Can an employer in Ireland refuse …", "annual leave in Spain, Italy and Poland".
    Not "I live in Germany", "Mexico was fun to visit", nor "Ana Sousa in Portugal"."""
    start, end = whole_place(text, start, end)
    if fold_place(" ".join(text[start:end].split())) not in country_names():
        return False
    first, last = sentence_bounds(text, start, end, _SENTENCE_END)
    sentence = text[first:last]
    if _REACH_BEFORE.search(text, first, start) is None or _LAW_WORDS.search(sentence) is None or _I_OR_MINE.search(sentence):
        return False
    # A role is no one named ("an employer in Ireland", "an employee owed in Denmark"); a name is ("Ana Sousa in Portugal").
    return _SOMEONE_IN.search(text, max(0, start - 30), start) is None and not someones_place(text, start)


# What a trip's sights end in: "the Great Ocean Road", "Signal Iduna Park", "the Dead Sea".
_SIGHT_TAILS = frozenset(
    """
    road highway trail route pass park stadium arena palace castle bridge market museum cathedral temple abbey
    square gardens sea ocean coast beach island islands falls hill hills bazaar circle mosque church chapel tower
    gate wall fort fortress citadel gallery cave caves lighthouse harbour harbor pier loop
    """.split()
)
# Where one word is a sight: placed, or weighed against another ("Sanssouci or Cecilienhof"); not
# joined by "and", as companions are ("Me, Bongani and Rosalind").
_SIGHT_BEFORE = regex.compile(r"(?i:\b(?:in|to|via|near|around|visit|visiting|see|between|or|than|vs\.?|versus)[ \t]+(?:the[ \t]+)?)$")
_SIGHT_AFTER = regex.compile(r"(?i:^[ \t]+(?:or|than|vs\.?|versus)\b)")


_STAYING_IN = regex.compile(r"(?i:\bstay(?:ing)?[ \t]+(?:in|near)[ \t]+(?:the[ \t]+)?)$")
_POSSESSIVE_S = regex.compile(r"['’]s\b")  # "in Rosa's flat"


# A possessive that stands for someone's home: no noun after it, or a home's ("to Aribert Girschner's
# via Verona", "at Rosa's place"); not a sight's or a venue's own name ("Katz's Delicatessen").
_HOME_POSSESSIVE = regex.compile(
    rf"['’]s(?:[ \t]+(?:{_OWNERS_PLACE})\b|(?![ \t]*[\p{{L}}\d])|[ \t]+(?:via|and|or|then|for|on|in|at|to|before|after|by|with|first|next)\b)",
    regex.IGNORECASE,
)


# "the" before a name, not in company ("with the Okonkwos", "stay with the Demirs": a family).
_THE_BEFORE = regex.compile(r"(?<![\p{L}'’])(?<!\bwith[ \t]+)(?<!\band[ \t]+)the[ \t]+$")
_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}'’-])")
_SIGHT_WORD = regex.compile(r"[\p{L}'’-]+")


# Someone going along: "should Dadaş Qurbanlı and I just fly", "me and Ilkin", "with Ilkin Aliyev".
_COMPANION_AFTER = regex.compile(r"[ \t]*,?[ \t]+and[ \t]+(?:I|i|me|myself)\b")
_COMPANION_BEFORE = regex.compile(r"(?:\b(?:[Mm]e|I|i|[Mm]yself)[ \t]+and|\b[Ww]ith)[ \t]+$")


def trip_sight(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], named in a trip planned or weighed (`TextKind.trip`), is a sight
    rather than someone. People there are named by listed names ("with Olga Petrova") or go along
    ("should Dadaş Qurbanlı and I just fly", "me and Ilkin"), whatever their words; a sight is
    - a run ending in a sight's word that no given name opens ("the Great Ocean Road", "Signal Iduna Park"),
      or after "the" with no noun after it ("the Golden Circle", "doing the Ring of Kerry");
    - words no list of given names or surnames holds, two or more ("Machu Picchu", "the Grand Bazaar");
    - one such word that is a listed town ("Is Sintra doable as a day trip?") or is placed as a
      place ("Sanssouci or Cecilienhof"; not a companion: "Me, Bongani and Rosalind are doing the Camino")."""
    words = [ascii_fold(w.lower()) for w in _SIGHT_WORD.findall(text[start:end])]
    if _HOME_POSSESSIVE.match(text, end):
        return False  # "driving from Milan to Aribert Girschner's via Verona": someone's home on the way
    if not words or someones_place(text, start) or _COMPANION_AFTER.match(text, end) or _COMPANION_BEFORE.search(text, max(0, start - 12), start):
        return False
    if len(words) >= 2 and words[-1] in _SIGHT_TAILS and words[0] not in world_first_names():
        return True
    # "We're staying in Macarena; is Triana market worth the walk?": where a trip stays is a place,
    # whoever is also so named ("staying with Macarena", "in Rosa's flat" are people).
    if _STAYING_IN.search(text, max(0, start - 20), start) and not _POSSESSIVE_S.match(text[end : end + 3]):
        return True
    # "the Golden Circle", "doing the Ring of Kerry": no one is named with "the" ("the Kowalski
    # account" is a thing of someone's, its noun after the name).
    family = len(words) == 1 and words[0].endswith("s") and (words[0][:-1] in last_names() or words[0][:-1] in world_last_names())
    if _THE_BEFORE.search(text, max(0, start - 10), start) and not family:
        after = _WORD_AFTER.match(text, end)
        if after is None or not persons_thing(after.group(1)):
            return True
    named = [w for w in words if w not in _PLACE_FIRST_WORDS and w not in _PLACE_HEADS and w not in _PLACE_TAILS and not common_word(w)]
    if any(w in world_first_names() or w in last_names() for w in named):
        return False
    # "visit Profira Diaconescu in Cluj": a last word made as surnames are ("-escu", "-ova", "-shvili")
    # is a person the lists lack, not a sight's name.
    if len(words) >= 2 and surname_shaped(words[-1]):
        return False
    if len(words) >= 2:
        return True
    if _key(text[start:end]) in small_places():
        return True
    return bool(named) and bool(_SIGHT_BEFORE.search(text[max(0, start - 30) : start]) or _SIGHT_AFTER.match(text[end : end + 30]))


# An item of a list ("• Petra", "2. the Dead Sea") and the heading a trip's sights are listed under
# ("Must-sees so far:", "Stops:", "Places to see").
_ITEM = regex.compile(ITEM_MARK + r"[ \t]*(?:the[ \t]+)?$")
_SIGHTS_HEADING = regex.compile(
    r"(?i:\b(?:must-?sees?|sights|highlights|stops|landmarks|places to (?:see|visit|go)|things to see|bucket list|on (?:my|our|the) list)\b)"
)


def listed_sight(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole item of a list headed by a trip's sights ("Must-sees so
    far:\n• Petra\n• Wadi Rum"), whatever people are also named so."""
    line_start = lines.line_start(text, start)
    if not _ITEM.match(text[line_start:start]) or text[end : lines.line_end(text, end)].strip(" \t.,;") != "":
        return False
    heading = list_heading(text, line_start)
    return heading is not None and _SIGHTS_HEADING.search(heading) is not None



# A word of a kind of place right after a name, in lower case: "Testaccio market", "the Triana area
# of Seville", "the Kazimierz quarter", "the Douro wine region". Not a role named by a place ("our
# Leeds area manager"): someone's job, whose holder may stand beside it.
_PLACE_NOUN_AFTER = regex.compile(
    r"[ \t]+(?:wine[ \t]+)?(?:area|quarter|district|neighbou?rhood|region|valley|market|markets|old[ \t]+town|waterfront|seafront|souk|medina|"
    # Where trips start and end: "from Rossio station", "Santa Apolónia train station", "Ciampino airport".
    r"(?:(?:train|railway|metro|bus|coach)[ \t]+)?station|airport)"
    r"(?![\p{L}'’-])(?![ \t]+(?:manager|lead|leader|rep|representative|head|director|coordinator|supervisor|team|office|sales)\b)"
)


# The place a named part belongs to: "the Langhe region of Piedmont", "the Triana area of Seville".
_PART_OF_BEFORE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’-]*[ \t]+(?:wine[ \t]+)?(?:area|quarter|district|neighbou?rhood|region|valley)[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def worded_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is named as a place by the word of its kind after it ("Testaccio
    market", "the Psiri area of Athens") or is the place such a part is of ("the Langhe region of Piedmont"), not someone's ("my sister's flat, near Testaccio market"
    names the market; "my sister's house in Triana" is `someones_place`). For questions about the
    world's places only (`TextKind.public_places`): a district or a market no list holds."""
    named = _PLACE_NOUN_AFTER.match(text, end) is not None or _PART_OF_BEFORE.search(text, max(0, start - 60), start) is not None
    return named and not someones_place(text, start)


# A stop of a route: "from Porto to Coimbra then Évora", "from Ghent to Bruges by train, then on to
# Ypres". Each stop a run of capitalised words whole (no possessive: "to Rosa Lima's place" is
# someone's home, not a stop).
# A stop ends its clause or goes on to a word of the route ("to Ricardo do Figueiredo's place": no stop).
_STOP = (
    r"\p{Lu}[\p{L}\p{M}-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}-]*){0,2}"
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:to|then|via|by|over|for|and|in|on|at|with|before|after|this|next|during|late|early|tonight|tomorrow|airport|station|bus|train|coach|port|harbour|harbor|city)\b)"
)
# Where a leg starts in a city: "from Rome airport to Monti", "from Porto station to Foz".
_TERMINAL = r"(?:[ \t]+(?:airport|station|(?:bus|train|coach)[ \t]+station|port|harbour|harbor|city[ \t]+cent(?:re|er)))?"
_BY = r"(?:[ \t]+by[ \t]+(?:car|train|bus|coach|ferry|boat|bike|road))?"
_NEXT_STOP = rf"{_BY}(?:[ \t]*,?[ \t]+(?:and[ \t]+)?then(?:[ \t]+on)?(?:[ \t]+to)?|[ \t]+to|[ \t]+via)[ \t]+"
_ROUTE = regex.compile(rf"\b[Ff]rom[ \t]+({_STOP}){_TERMINAL}[ \t]+to[ \t]+({_STOP})(?:{_NEXT_STOP}({_STOP}))*")


def route_stop(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a stop of a route whose other stops hold a listed place ("from
    Kandy to Ella then Galle"), in a trip planned or weighed (`TextKind.trip`): someone met on the
    way is visited at a place ("to see Ana", "to Ana's"), not named as a stop."""
    for m in _ROUTE.finditer(text, max(0, start - 200), min(len(text), end + 200)):
        stops = [(s, e) for group in (1, 2, 3) for s, e in m.spans(group)]
        if not any(s <= start and end <= e for s, e in stops):
            continue
        if any(any_place(text[s:e]) for s, e in stops if not (s <= start and end <= e)):
            return not someones_place(text, start)
    return False


# A part of a city named with the city: "cheap eats around Condesa in Mexico City", "a flat near
# Triana in Seville". Placed by a word of where, not of sending or coming ("a parcel from Ann Lee in
# Cairo", "send it to Rosa in Lisbon": `_SOMEONE_IN`'s people).
_WHERE_BEFORE = regex.compile(r"(?i:\b(?:in|around|near|round|outside|off)[ \t]+(?:the[ \t]+)?)$")
_IN_CITY_AFTER = regex.compile(r"[ \t]+in[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?![\p{L}\p{M}'’-])")


def district_of(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], placed as a place ("around", "near"), is followed by "in" and a listed
    country or city ("around Condesa in Mexico City"): a part of that city, in questions about the
    world's places (`TextKind.public_places`). Not a full name of the lists ("near Rosa Lima in
    Lisbon" stays someone), nor someone's ("my aunt's flat near Triana in Seville" names Triana as the
    market's, the flat is `someones_place`'s)."""
    if not _WHERE_BEFORE.search(text, max(0, start - 20), start) or someones_place(text, start):
        return False
    after = _IN_CITY_AFTER.match(text, end)
    if after is None or not any(listed_place(" ".join(after.group(1).split()[:n])) for n in (3, 2, 1)):
        return False
    words = [ascii_fold(w.lower()) for w in text[start:end].split()]
    return not (len(words) >= 2 and words[0] in world_first_names() and (words[-1] in last_names() or words[-1] in world_last_names()))
