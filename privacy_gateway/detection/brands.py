"""Listed brands: the products, shows, chains, venues and plants everyday requests name.

"compare cerave and nivea", "a bit like the copy on Ben & Jerry's tubs", "Café au Lait dahlias and
Queen Anne's lace", "My son loves Peppa Pig": a brand, a character or a plant's common name is
written like a person's or a place's name and no name list knows it is a thing. The hand-written
list `data/brands.txt` (built by `scripts/build-brands`, which leaves out entries a private person
or place may share: "Ted Baker", "Wendy's", "Iceland") knows them, in any case, by the span alone
or by the span with the words beside it ("Ben & Jerry's", "La Roche-Posay", "Burt's Bees").
"""

from __future__ import annotations

from functools import lru_cache

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import ascii_fold, english_form, first_names, world_first_names, world_last_names
from privacy_gateway.detection.vehicles import MODELS, made_by, model_end, own_model

# Quotes and sentence punctuation around an entry or a window of words, not part of the name:
# '"Bluey",' → 'bluey'; a word's own inner marks stay ("e.l.f", "Yu-Gi-Oh", "Toys\"R\"Us").
_EDGES = "\"'“”‘’«»()[]{},.;:!?*"
_CHUNKS = regex.compile(r"\S+")
_POSSESSIVE = regex.compile(r"(?:'s|s'|')$")
# The longest entry, in words, that a window is widened to ("Venice Simplon-Orient-Express", "I Can't Believe It's Not Butter").
_MOST_WORDS = 7
# What `brand_key` strips from a key's ends: the edges but the apostrophe (a possessive's), and spaces.
_KEY_EDGES = _EDGES.replace("'", "") + " "


def brand_key(value: str) -> str:
    """`value` as the list is matched: lower case, accents dropped word by word, one space between
    words, curly apostrophes straight, quotes and punctuation at its edges left out."""
    return _window_key([_folded(value)])


def _folded(chunk: str) -> str | None:
    """`chunk`'s words lower case, accents dropped, apostrophes straight, one space between them;
    None for a chunk `split()` finds no word in (one of \x1c-\x1f alone)."""
    words = chunk.replace("’", "'").replace("‘", "'").lower().split()
    return " ".join(ascii_fold(w) for w in words) if words else None


def _window_key(folded: list[str | None]) -> str:
    """The key of consecutive chunks, each `_folded`: joined by one space, edges stripped. A span
    tries up to ~25 windows of the same few chunks, so `listed_brand` folds each chunk once and
    builds every window's key from them; white space between chunks is white space to `split()`."""
    return " ".join(f for f in folded if f is not None).strip(_KEY_EDGES).rstrip("'").strip()


@lru_cache(maxsize=1)
def _entries() -> frozenset[str]:
    """Every entry of `data/brands.txt`, as `brand_key` spells it."""
    from privacy_gateway.detection.data_files import data_lines  # read once, here: keeps the import chain short

    return frozenset(brand_key(line) for line in data_lines("brands"))


def _listed(window: str) -> bool:
    """Whether a window of words is an entry, as written or without a final possessive ("Lavazza's")."""
    return _listed_key(brand_key(window))


def _listed_key(key: str) -> bool:
    """Whether a window's `brand_key` is an entry, as written or without a final possessive (only a
    key ending in an apostrophe or "'s" can have one: the regular expression is not run for the rest)."""
    entries = _entries()
    return key in entries or (key.endswith(("'", "'s")) and _POSSESSIVE.sub("", key) in entries)


def listed_brand(text: str, start: int, end: int) -> bool:
    """Whether the span `text[start:end]`, alone or with up to a few words on either side, is a
    listed brand: "Nivea", "Jerry" in "Ben & Jerry's tubs", "Anne" in "Queen Anne's lace"."""
    chunks = [(m.start(), m.end()) for m in _CHUNKS.finditer(text, max(0, start - 80), min(len(text), end + 80))]
    inside = [i for i, (a, b) in enumerate(chunks) if a < end and b > start]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    if last - first + 1 > _MOST_WORDS:
        return False
    if _listed(text[start:end]):
        return " " in text[start:end].strip() or not _beside_a_name(text, chunks, first, last)
    low, high = max(0, last + 1 - _MOST_WORDS), min(len(chunks), first + _MOST_WORDS)
    folded = [_folded(text[a:b]) for a, b in chunks[low:high]]
    for i in range(low, first + 1):
        for j in range(last, min(len(chunks), i + _MOST_WORDS)):
            if _listed_key(_window_key(folded[i - low : j + 1 - low])):
                return True
    return False


def _beside_a_name(text: str, chunks: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether a capitalised word right beside a one-word span is a given name or surname of the
    lists: "Haruto Kuga", "KUGA, Haruto" (a brand's word may be a private surname in a full name);
    not "compare cerave and nivea", "the copy on Illy's packs"."""
    for i in (first - 1, last + 1):
        if 0 <= i < len(chunks):
            written = text[chunks[i][0]:chunks[i][1]].strip(_EDGES)
            word = _POSSESSIVE.sub("", brand_key(written))
            if written[:1].isupper() and word not in STOP_WORDS and (word in world_first_names() or word in world_last_names()):
                return True
    return False


# A model's words after its make: capitalised, in capitals or with a digit ("Libelle", "GTS",
# "Linea Mini", "Classe 5", "E65S").
_MODEL_WORD = regex.compile(r"[\p{Lu}\d][\p{L}\p{N}+\-]*")


def _named(word: str) -> bool:
    """A word written as a name (a capital, then small letters): a census given name ("Anna",
    "Nadia"), or a name of the world lists that is no English word ("Okafor"); not a trim's word
    such as "Cross", "Sport" or "GTI"."""
    plain = word.strip(_EDGES)
    folded = ascii_fold(plain.lower())
    if not plain.istitle():
        return False
    return folded in first_names() or (folded in world_first_names() or folded in world_last_names()) and not english_form(folded)


def brand_model(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a listed brand of one to three words and goes on with one
    to three words of a model: "Cybex Libelle", "Hoka Arahi", "La Marzocco Linea Mini", "Royal Canin
    Kitten"; or is a car's make and model (`vehicles`), listed or not. Not where the words after the
    make are a given name and a surname of the lists ("Nivea Anna Berg" is someone beside a brand)."""
    from privacy_gateway.detection.places import known_place  # loaded late: keeps the import chain short

    words = text[start:end].split()
    if known_place(text[start:end]):
        return False  # "United Kingdom", "Royal Tunbridge Wells": a place
    folded = [ascii_fold(w.strip(_EDGES).lower()) for w in words]
    # The model alone, its make just before it ("collected VW Polo", "a Land Rover Defender"); the
    # words before are read only where the span opens with a model's name or a make's last word.
    made: list[str] = []
    if text[start - 1 : start] == " " and any(w in MODELS for w in folded[:2]):
        before = [ascii_fold(w.strip(_EDGES).lower()) for w in text[max(0, start - 30) : start].split()]
        made = made_by(before, folded) or []
    if (end_of_model := model_end(made + folded)) is not None:
        # "Kia Picanto", "Ford Focus": a make and its model, though the make is a name; not where a
        # given name is followed by a name ("Mercedes Adam" is someone), nor where a name follows
        # the model ("the Renault Clio Anna Berg drove in": she is someone beside the car); a trim's
        # word is none ("Yaris Cross", "Golf GTI").
        if any(_named(word) for word in words[end_of_model - len(made) :]):
            return False
        folded = made + folded
        if own_model(folded[0], folded[end_of_model - 1]):
            return True  # "Kia Niro", "Dacia Logan": the make's own model, though both are names
        return not (folded[0] in world_first_names() and (folded[-1] in world_first_names() or folded[-1] in world_last_names()))
    for n in range(min(3, len(words) - 1), 0, -1):
        model = words[n:]
        if len(model) > 3 or not all(_MODEL_WORD.fullmatch(w.strip(_EDGES)) for w in model):
            continue
        if not _listed(" ".join(words[:n])) or n == 1 and english_form(ascii_fold(words[0].strip(_EDGES).lower())):
            continue  # a make that is an English word ("United", "Shell") opens place names and phrases too
        if n == 1 and _title(words[0]):
            continue  # "Dott. Ferraresi": a title before a surname, though a scooter is called Dott
        folded = [ascii_fold(w.strip(_EDGES).lower()) for w in model]
        if len(folded) >= 2 and folded[0] in world_first_names() and folded[-1] in world_last_names():
            return False
        return True
    return False


def _title(word: str) -> bool:
    """Whether `word` is a courtesy or rank title ("Dott.", "Ing.")."""
    from privacy_gateway.detection.name_cues import titled  # loaded late: keeps the import chain short

    return titled(word + " ")
