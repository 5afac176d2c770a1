"""Capitalised words used as things, not people: "a Unox", "the Makita drill", "my Bosch alternator".

In everyday prose the words a model or a capital marks as names are as often brands, products and
makes ("We use Lavazza", "My Bosch dishwasher", "a Rational combi oven"). How a sentence uses the
word tells them apart where no list can: people are not counted with "a" ("a Unox", "a 2012
Toyota"), and a person's name does not stand before a common noun as its kind ("the Makita drill",
"a Hotpoint oven"; a plural kind too where no listed given name stands before it and the phrase
ends there: "Grundfos pumps and Honeywell valves"), unless the noun is something people have ("the
Kowalski account", "the Patel family", "Ana's birthday" is a possessive, not this). A name someone
is addressed or described by (`person_context`: "my colleague", "Dear") is a person whatever
follows, unless counted with "a" ("Customer has a Worcester Bosch Greenstar 30i").
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc, Span, Token

from privacy_gateway.detection.doc_tokens import token_ending, token_starting
from privacy_gateway.detection.lexicon import last_names, listed_given, world_first_names, world_last_names
from privacy_gateway.detection.name_cues import SITE_WORDS

# Nouns a person's or a family's name stands before: "the Kowalski account", "the Patel twins",
# "the Okafor wedding". After these the name is still someone's.
_PERSONS_THINGS = frozenset(
    """
    family families household households kids children child twins baby babies brothers sisters siblings parents
    boys girls clan couple cousins grandchildren sons daughters
    account accounts order orders case cases file files job jobs wedding weddings funeral party parties project
    projects estate residence house home farm property booking bookings appointment appointments claim claims
    invoice invoices payment payments contract contracts application applications report reports matter visit
    visits birthday anniversary retirement team trial hearing deal loan mortgage tenancy lease will divorce
    quote quotes ticket tickets referral referrals delivery deliveries shift shifts rota
    novel novels book books song songs album albums film films movie movies painting paintings poem poems play
    plays paper papers essay essays biography memoir portrait letters diary speech interview lecture talk
    recipe recipes collection collections prize award scholarship foundation
    """.split()
)
# Sites a town names ("the Bacalar depot", "your Mahabaleshwar store"): a place, placed. The
# small-places reading's sites, and more that only follow a place (a station, a council).
_SITES = SITE_WORDS | frozenset(
    """
    hospital school station airport port hub centre center location facility practice library church hall market
    stadium region area desk counter restaurant bar pub hotel gym garage studio lab laboratory kitchen club
    franchise dealership agency council district county pier
    """.split()
)
# Times after a name are no kind of thing: "interviewed by me and François Boulay today".
_TIMES = frozenset("today tonight tomorrow yesterday morning afternoon evening night now week weekend".split())
# Singular nouns, and plural ones only after words no list has as a given name and before the end of
# the phrase ("Grundfos pumps and Honeywell valves"): the small tagger takes a verb's third person
# for a plural noun ("Alice Novotná relocates", "Rhys swears").
_NOUN_TAGS = ("NN",)
_PLURAL_TAGS = ("NNS",)
# What may follow a plural kind that ends its phrase: "and", "or", a comma, a sentence's end.
_PHRASE_ENDS = frozenset({"and", "or", ",", ".", ";", ":", "?", "!", ")"})
_NOT_KINDS = _PERSONS_THINGS | _SITES | _TIMES
_ARTICLES = ("a", "an")


def persons_thing(noun: str) -> bool:
    """Whether a name before `noun` is still someone's or some place's ("the Kowalski family", "the
    Bacalar depot", "Ana's birthday"), not a make's."""
    return noun.lower() in _NOT_KINDS


# A letter of a script other than Latin: words the English model reads without knowing their grammar.
_OTHER_SCRIPT = regex.compile(r"[^\P{L}\p{Latin}]")


def used_as_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at text[start:end] are used as a thing's name: counted with "a"/"an" (a
    year or a number may stand between: "a 2012 Toyota"), or standing before a common noun as
    its kind ("Makita drill", "Bosch alternator") that is nothing a person has. Only capitalised
    words are read so: a name typed in one case is left to other rules."""
    first, last = token_starting(doc, start), token_ending(doc, end)
    # The span's own text is text[start:end] (its tokens start at `start` and end at `end`):
    # `doc.text` would join every token of the document again for it.
    if first is None or last is None or not first.text[:1].isupper() or doc[first.i : last.i + 1].text.isupper():
        return False
    if _OTHER_SCRIPT.search(first.text):
        return False  # "Ольга Морозова из бухгалтерии": the English parse of another script's words says nothing of their use
    return _counted(doc, first) or _modifies(doc, first, last) or _used(doc, first, last)


def _used(doc: Doc, first: Token, last: Token) -> bool:
    """ "We use Lavazza Super Crema for espresso": the object of a verb of use that holds no listed
    given name and is no listed surname alone ("we use Anna Kowalska for the books", "we use
    Kowalczyk for plumbing" are someone)."""
    if first.i == 0 or doc[first.i - 1].lower_ not in _USE_VERBS or _given_name_in(doc[first.i : last.i + 1]):
        return False
    return first.i < last.i or first.lower_ not in world_last_names() and first.lower_ not in last_names()


def _given_name_in(tokens: Span) -> bool:
    """Whether a given name of the census or the world lists stands among `tokens` ("Anna", "Grace";
    not "Hand" of "Union Hand-Roasted", a surname and a word)."""
    return any(t.lower_ in world_first_names() for t in tokens)


# Plants and produce, whose varieties are named after people: "David Austin Juliet roses", "Sarah
# Bernhardt peonies", "Cox apples", "Charlotte potatoes".
_VARIETY_KINDS = frozenset(
    """
    rose roses peony peonies dahlia dahlias tulip tulips lily lilies orchid orchids hydrangea hydrangeas clematis
    camellia camellias rhododendron rhododendrons azalea azaleas daffodil daffodils narcissi iris irises lupin lupins
    delphinium delphiniums chrysanthemum chrysanthemums carnation carnations fuchsia fuchsias geranium geraniums
    pelargonium pelargoniums begonia begonias magnolia magnolias hosta hostas apple apples pear pears plum plums
    potato potatoes tomato tomatoes grape grapes
    """.split()
)


def variety(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] names a plant's or a fruit's variety: right before such a noun ("five
    bouquets with David Austin Juliet roses"), not after a verb of two objects ("bring Anna roses").
    Not someone's own ("Rolland Fisher's plum cake recipe"), nor before a dish the fruit only
    flavours ("Anna Berg plum cake"): a variety is written plain, before the plant it names."""
    first, last = token_starting(doc, start), token_ending(doc, end)
    if first is None or last is None or last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in _VARIETY_KINDS:
        return False
    if last.lower_ in ("'s", "’s") or last.i + 2 < len(doc) and doc[last.i + 2].pos_ in ("NOUN", "PROPN"):
        return False
    before = doc[first.i - 1] if first.i > 0 else None
    return before is None or before.lower_ not in _TWO_OBJECTS


# A cultivar's name in single quotes, as growers write it, with its plant just before or a few
# words after: "Clematis 'Nelly Moser'", "hydrangea 'Annabelle'", "a 'Gertrude Jekyll' David Austin rose".
_KIND_BEFORE = regex.compile(r"(?i:\b(\p{L}+)[ \t]+)$")
# After the quotes, the plant itself or its breeder's capitalised name and then the plant
# ("'Gertrude Jekyll' David Austin rose"); "'Anna Berg' the roses" is someone sent flowers.
_KINDS_AFTER = regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2}[ \t]+(?P<kind>\p{Ll}+)")


def quoted_cultivar(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a cultivar's name in single quotes beside its plant (`_VARIETY_KINDS`),
    not after a verb of two objects ("send 'Anna Berg' roses")."""
    while end > start and text[end - 1] in "'’":
        end -= 1  # "Nelly Moser'": a reading took the closing quote in
    while start < end and text[start] in "'‘":
        start += 1
    opening = text[start - 1 : start] if start else ""
    if opening not in ("'", "‘") or text[end : end + 1] not in ("'", "’"):
        return False
    before = _KIND_BEFORE.search(text, max(0, start - 30), start - 1)
    if before is not None and before.group(1).lower() in _VARIETY_KINDS:
        return True
    if before is not None and before.group(1).lower() in _TWO_OBJECTS:
        return False
    after = _KINDS_AFTER.match(text, end + 1)
    return after is not None and after.group("kind") in _VARIETY_KINDS


# A year between "a" and a capitalised word: "a 2012 Toyota Hilux", a model year, never a place's.
_MODEL_YEAR_BEFORE = regex.compile(r"(?i:\b(?:a|an)[ \t]+(?:19|20)\d\d[ \t]+)$")


def model_year(text: str, start: int) -> bool:
    """Whether the word at text[start] is counted with "a" and a year: a make ("a 2012 Toyota")."""
    return _MODEL_YEAR_BEFORE.search(text, max(0, start - 12), start) is not None


def counted(doc: Doc, start: int, number: bool = False) -> bool:
    """Whether the capitalised word at text[start] is counted with "a"/"an" ("Customer has a
    Worcester Bosch boiler": a cue for a person before the article names the owner, not the
    make), with `number` only where a year or a number stands between ("a 2012 Toyota Hilux":
    no place is counted so)."""
    first = token_starting(doc, start)
    if first is None or not first.text[:1].isupper() or first.text.isupper():
        return False
    return _counted(doc, first) and (not number or first.i > 0 and doc[first.i - 1].like_num)


def counted_in_lower_case(doc: Doc, start: int) -> bool:
    """Whether the word at text[start], typed in lower case, is counted with "a"/"an" ("should i
    get a dyson", "is a refurbished miele worth it", "grab an uber"): a make or a thing. Someone
    counted so is named by a given name ("there's a maria in accounts"), which the caller keeps."""
    first = token_starting(doc, start)
    return first is not None and first.text.islower() and _counted(doc, first)


# A thing's condition or age between "a" and its make: "a used Toyota Yaris", "a refurbished Dell".
# No one is counted so ("a young Maria" is not among these).
_CONDITIONS = frozenset(
    "used new secondhand refurbished reconditioned vintage cheap cheaper old older newer".split()
)
# Titles: "a Mr Kowalski rang" counts a person.
_TITLES = frozenset("mr mrs ms miss mx dr prof sir dame lady lord".split())


def _counted(doc: Doc, first: Token) -> bool:
    if first.lower_.rstrip(".") in _TITLES:
        return False
    i = first.i - 1
    # "a Fisher & Paykel": the second name of a firm counted with "a" is counted too.
    if i >= 1 and doc[i].text == "&" and doc[i - 1].text[:1].isupper():
        i -= 2
    if i >= 0 and doc[i].like_num and not doc[i].is_punct:
        i -= 1
    if i >= 1 and doc[i].lower_ in _CONDITIONS:
        i -= 1
    return i >= 0 and doc[i].lower_ in _ARTICLES


# Verbs that take two objects, or an object and a bare verb, where a name stands before a noun
# ("Tell Anna thanks", "email Priya the notes", "bought Maria flowers", "helped Rhys pack"); after
# other verbs a name before a noun is its make ("fitted Bendix pads", "installed Velux windows").
_TWO_OBJECTS = frozenset(
    """
    tell tells told telling send sends sent sending give gives gave given giving email emails emailed emailing
    text texts texted texting show shows showed shown showing bring brings brought bringing buy buys bought buying
    get gets got getting pass passes passed hand hands handed offer offers offered owe owes owed pay pays paid
    teach teaches taught wish wishes wished write writes wrote writing read reads reading sing sings sang make
    makes made making cook cooks cooked bake bakes baked book books booked lend lends lent leave leaves left ask
    asks asked promise promised find finds found order orders ordered fetch fetched call calls called message
    messaged save saved cost charge charged serve serves served feed fed sell sells sold grant granted award
    awarded remind reminded thank thanked let lets help helps helped helping watch watched see sees saw seen
    hear hears heard have has had having keep keeps kept get bid felt noticed name names named call
    """.split()
)
# Verbs whose object is a thing one uses, sells or stocks: "We use Lavazza Super Crema for espresso".
_USE_VERBS = frozenset("use uses used using stock stocks stocked stocking".split())


def _object_of_verb(token: Token) -> bool:
    """Whether what follows `token` is the one object of a full verb ("fitted", "installed"): not an
    auxiliary's subject, nor one of two objects."""
    return token.tag_.startswith("VB") and token.pos_ == "VERB" and token.lower_ not in _TWO_OBJECTS


def _modifies(doc: Doc, first: Token, last: Token) -> bool:
    if last.i + 1 >= len(doc):
        return False
    # "Karina Soliz's self-published poetry": a possessive owns what follows, it is not its kind.
    if last.tag_ == "POS" or doc[last.i + 1].tag_ == "POS":
        return False
    # "Tell Anna thanks", "email Priya the notes": after such a verb, a name and a noun are its two
    # objects; after an auxiliary, a subject and its verb ("did Ana review", "does Rose paint").
    if first.i > 0 and not _object_of_verb(doc[first.i - 1]) and doc[first.i - 1].tag_.startswith("VB"):
        return False
    noun = doc[last.i + 1]
    # "My Bosch Serie 4 dishwasher", "the Dyson V15 vacuum": a model's number or code between the
    # make and its kind.
    if any(c.isdigit() for c in noun.text) and noun.whitespace_ and last.i + 2 < len(doc) and doc[last.i + 2].tag_ in _NOUN_TAGS:
        last, noun = noun, doc[last.i + 2]
    if not noun.is_alpha or not noun.is_lower or noun.lower_ in _NOT_KINDS or not last.whitespace_:
        return False
    if noun.tag_ in _PLURAL_TAGS:
        return _plural_kind(doc, first, last, noun)
    if noun.tag_ not in _NOUN_TAGS:
        return False
    # "Ana call me …": a verb the tagger took for a noun has its object after it.
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is None or after.tag_ not in ("DT", "PRP", "PRP$", "NNP", "NNPS", "WDT", "WP")


def _plural_kind(doc: Doc, first: Token, last: Token, noun: Token) -> bool:
    """ "Grundfos pumps and Honeywell valves", "Bendix pads.": a plural kind ending its phrase, or
    governed by a preposition or an article ("for Samsung headphones"), after words none of which
    is a listed given name (not "Rhys swears", "Alice Novotná relocates.")."""
    # After a verb of one object the name is that object, never a subject ("fitted Bendix pads").
    verb_before = first.i > 0 and _object_of_verb(doc[first.i - 1])
    if not verb_before and any(t.lower_ in listed_given() for t in doc[first.i : last.i + 1]):
        return False
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is None or after.lower_ in _PHRASE_ENDS or _governed(doc, first)


def _governed(doc: Doc, first: Token) -> bool:
    """ "a description for Samsung headphones for the shop": after a preposition or an article a
    name cannot be a verb's subject, so a plural after it is a noun whatever follows."""
    return first.i > 0 and doc[first.i - 1].pos_ in ("ADP", "DET") and doc[first.i - 1].lower_ not in ("that", "which", "this", "these")


def governed_plural_kind(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised words at text[start:end], after a preposition or an article, stand
    before a plural noun as its kind ("for Sony headphones", "the Acer laptops"), a listed given
    name among them or not: no one's name is said so ("for Anna headphones"); a person's things
    ("for the Kowalski twins", "to Anna tomorrow") are not kinds."""
    first, last = token_starting(doc, start), token_ending(doc, end)
    if first is None or last is None or not first.text[:1].isupper() or last.i + 1 >= len(doc) or not _governed(doc, first):
        return False
    noun = doc[last.i + 1]
    return noun.tag_ in _PLURAL_TAGS and noun.is_alpha and noun.is_lower and noun.lower_ not in _NOT_KINDS and bool(last.whitespace_)


# A meal or a table somewhere: "one blow-out dinner at Bob Bob Ricard", "lunch at the Wolseley".
_POSSESSIVE = regex.compile(r"['’]s\b")
_MEAL_AT = regex.compile(
    r"(?i:\b(?:dinner|lunch|breakfast|brunch|supper|drinks|cocktails|a meal|a table|eat|eating|dine|dining) at(?:[ \t]+the)?)[ \t]+$"
)
# A venue named after its owner: "Harry's Bar", "Rick Stein's Café" (not "Antoine's" alone: "dinner
# at Maria's" is at her home).
_VENUE_AFTER_POSSESSIVE = regex.compile(
    r"(?:\p{Lu}[\p{L}-]*[ \t]+)*\p{Lu}[\p{L}-]*['’]s[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+)*(?:Bar|Café|Cafe|Kitchen|Restaurant|Grill|Diner|Bistro|Brasserie|Pub|Inn|"
    r"Tavern|Bakery|Deli|Pizzeria|Trattoria|Osteria|Steakhouse|Chophouse|Cantina|Taverna|Lounge|Oyster Bar|Arms|Shack)\b"
)

_OWNER_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}-]*[ \t]+)*\p{Lu}[\p{L}-]*['’]s[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+)*$")


def venue(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names where a meal is had ("dinner at Bob Bob Ricard", "dinner at
    Harry's Bar"): a restaurant, not a person. A bare possessive ("dinner at Maria's") is someone's
    home and stays."""
    # A part of the venue's name found apart ("Bar" of "Harry's Bar"): read from the name's start.
    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if owner is not None:
        start = owner.start()
    if _MEAL_AT.search(text, max(0, start - 30), start) is None:
        return False
    if _POSSESSIVE.search(text[start : end + 3]) is None:
        return True
    return _VENUE_AFTER_POSSESSIVE.match(text, start, min(len(text), end + 40)) is not None
