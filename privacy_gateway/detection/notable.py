"""Full names the world knows: listed public figures and firms named after people
(`data/public_figures.txt`), the people WordNet files by name (`data/notable_people.txt`, frozen in
2006) and the people the world knows today (`data/famous_people.txt`, written by hand: "Satya
Nadella", "Jude Bellingham", "Giorgia Meloni", "Severus Snape"); and the people the world calls by
one name (`data/single_names.txt`: "Aristotle", "Rihanna").

Apart from `full_names` so that the modules it builds on (`text_kind`) can ask it too.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

import regex

_POSSESSIVE_END = regex.compile(r"['’][sS]?$")  # "LUTHER'S" in capitals too
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_SPELT = 256  # spellings of a Cyrillic name tried against the lists


def fold(word: str) -> str:
    """`word` in lower case, its accents folded: how the lists are keyed."""
    # Imported here: `text_kind` loads this module, and its chain of imports is at its length (`tests/test_layers.py`).
    from privacy_gateway.detection.lexicon import spelt_fold

    return spelt_fold(word.lower())


@functools.cache
def _public() -> frozenset[str]:
    from privacy_gateway.detection.data_files import data_lines

    return frozenset(" ".join(fold(w) for w in line.split()) for line in data_lines("public_figures"))


# WordNet's list stops in 2006 and misses most of the world's sport, screen, music, business and
# politics; the hand-written list of today's people fills that in, less the names a private person
# is likely to share (`scripts/build-famous-people`).
_LISTS = ("notable_people", "famous_people")


# A generation's mark after a name, which people often leave out: "Martin Luther King Jr." is
# "Martin Luther King" too (the mark's capital ends the run the recognizers read at "Jr").
_GENERATION = frozenset("jr jr. sr sr. ii iii iv".split())


@functools.cache
def _notable() -> frozenset[str]:
    from privacy_gateway.detection.data_files import data_lines

    names = [[fold(w) for w in line.split()] for name in _LISTS for line in data_lines(name)]
    unmarked = [words[:-1] for words in names if len(words) > 2 and words[-1] in _GENERATION]
    return _public() | frozenset(" ".join(words) for words in (*names, *unmarked))


@functools.cache
def _surnames() -> frozenset[str]:
    """The last word of every listed full name, folded: what `listed_surname` looks up."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in _notable() if " " in name)


def listed_surname(word: str) -> bool:
    """Whether `word` (a possessive allowed) closes a full name the world knows: "Torricelli" of
    "Evangelista Torricelli", "Wilcoxon" of "Frank Wilcoxon". Alone it may be anyone's; an eponym's
    frame (`eponyms`) says when it is the namesake's."""
    return fold(_POSSESSIVE_END.sub("", word.strip())) in _surnames()


def without_possessive(value: str) -> str:
    """A name without its possessive, trimmed: "Marx's" is "Marx"."""
    return _POSSESSIVE_END.sub("", value.strip())


def notable_person(value: str) -> bool:
    """Whether `value` (a possessive allowed) is a full name the world knows: a listed public figure,
    one of the people WordNet files by name (`data/notable_people.txt`) or of today's
    (`data/famous_people.txt`), as written or declined as Slavic and Finnish grammar declines it
    ("Roberta Lewandowskiego", "Václava Havla", "Tove Janssonia")."""
    words = [fold(w) for w in _POSSESSIVE_END.sub("", value).split()]
    if len(words) < 2:
        return False
    if len(words) <= 3 and _CYRILLIC.search(value):
        # "Александр Овечкин", "Тарас Шевченко": the lists are in Latin letters, read through its spellings.
        from privacy_gateway.detection.transliteration import latin_spellings

        spelt = itertools.product(*(list(latin_spellings(w.lower())) for w in words))
        return any(" ".join(name) in _notable() for name in itertools.islice(spelt, _SPELT))
    return " ".join(words) in _notable() or len(words) <= 3 and any(" ".join(base) in _notable() for base in itertools.product(*map(_bases, words)))


# A case's ending and what the name's own form ends with instead, in Polish, Czech, Slovak and
# Finnish, folded: "lewandowskiego" is "lewandowski", "havla" "havel", "kafku" "kafka", "igi" "iga".
# A rule of grammar, not of any name; the lists then say whether the form found is someone famous.
_ENDINGS = (
    ("skiego", "ski"), ("ckiego", "cki"), ("skiej", "ska"), ("ckiej", "cka"), ("ego", "y"), ("owi", ""), ("ovi", ""),
    ("em", ""), ("a", ""), ("u", ""), ("e", ""), ("y", "a"), ("i", "a"), ("u", "a"), ("ie", "a"), ("ej", "a"),
    ("la", "el"), ("ka", "ek"), ("ia", ""), ("in", ""), ("n", ""),
)


def _bases(word: str) -> list[str]:
    """`word` and the forms it may be declined from (`_ENDINGS`)."""
    return [word, *(word[: -len(ending)] + base for ending, base in _ENDINGS if word.endswith(ending) and len(word) - len(ending) >= 2)]


@functools.cache
def _single_names() -> frozenset[str]:
    from privacy_gateway.detection.data_files import data_lines

    return frozenset(fold(line) for line in data_lines("single_names"))


def single_name(value: str) -> bool:
    """Whether `value`, one word (a possessive allowed), is a name the world calls one person by
    (`data/single_names.txt`: "Aristotle", "Pelé", "rihanna", "MESSI'S"), less those a private
    person is often called. Alone it may still be anyone's: the reader's frame says whose."""
    word = without_possessive(value)
    return " " not in word and fold(word) in _single_names()


def public_figure(value: str) -> bool:
    """Whether `value` (a possessive allowed) is a listed public figure or a firm named after people."""
    words = [fold(w) for w in _POSSESSIVE_END.sub("", value).split()]
    return " ".join(words) in _public() or " ".join(w for w in words if not w.endswith(".")) in _public()


_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*")


def names_notable(text: str) -> bool:
    """Whether `text` holds a full name the world knows (`notable_person`), in any case: two to four
    words in a row ("Tim Cook", "alan turing", "GRACE HOPPER'S")."""
    return bool(notable_surnames(text))


def notable_surnames(text: str) -> frozenset[str]:
    """The surnames (folded) of the full names the world knows that `text` holds, two to four words in a row:
    "marx" for "Karl Marx's critique …", so a second mention by surname ("… why did Marx break with
    Hegel?") can be read as the same person. Asked once per analysis (`memo`)."""
    return _remembered()(text)


@functools.cache
def _remembered() -> Callable[[str], frozenset[str]]:
    # Imported here, as `fold`'s helper is: `text_kind` loads this module at the end of its import chain.
    from privacy_gateway.detection.memo import per_analysis

    return per_analysis(_notable_surnames)


def _notable_surnames(text: str) -> frozenset[str]:
    words = [_POSSESSIVE_END.sub("", fold(w.rstrip("."))) for w in _WORDS.findall(text)]
    known = _notable()
    return frozenset(
        words[i + n - 1] for n in (2, 3, 4) for i in range(len(words) - n + 1) if " ".join(words[i : i + n]) in known
    )


def notable_surname(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word (a possessive allowed), is the surname of a full name the
    world knows that stands elsewhere in `text`: "Marx" after "Karl Marx", "CARDOZO'S" after
    "BENJAMIN CARDOZO". A lone surname with no full name beside it is anyone's ("Ms Marx")."""
    value = _POSSESSIVE_END.sub("", text[start:end])
    if " " in value.strip() or len(value) < 3:
        return False
    return fold(value) in notable_surnames(text)


# A capitalised word in a sentence, a possessive allowed: what `famous_surnames_together` weighs.
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}'’.\-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:['’]s?)?(?![\p{L}\p{M}\-])")
_SENTENCE_MARK = regex.compile(r"[.?!:;\n]")


def rare_famous_surname(word: str) -> bool:
    """A surname of a full name the world knows that few private people share: no given name, no
    English word and none of the commonest census surnames ("Pavlov", "Tereshkova", "Keynes";
    not "Watson", "Armstrong", "Rose")."""
    from privacy_gateway.detection.lexicon import english_form, frequent_names, listed_given, proper_nouns  # loaded late: see `fold`

    folded = fold(without_possessive(word))
    plain_word = english_form(folded) and folded not in proper_nouns()  # "crick", "ride"; WordNet files "pavlov" as a proper noun
    return listed_surname(word) and folded not in frequent_names()[1] and folded not in listed_given() and not plain_word


def famous_surnames_together(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one capitalised word, is a rarely shared surname of the world's
    famous with another such surname in its sentence ("Pavlov's dogs vs Skinner's box", "Keynes vs
    Hayek", "Gagarin, Armstrong, Tereshkova"): a comparison or a list of the famous, by surname."""
    value = text[start:end]
    if " " in value.strip() or not value[:1].isupper() or value.isupper() or not rare_famous_surname(value):
        return False
    marks = [m.start() for m in _SENTENCE_MARK.finditer(text)]
    first = max((m + 1 for m in marks if m < start), default=0)
    last = min((m for m in marks if m >= end), default=len(text))
    return any(
        m.start() != start and rare_famous_surname(m.group())
        for m in _CAPITALISED.finditer(text, first, last)
    )


# A title after an owner's possessive, or the owner, the possessive and the title in one span:
# "Tchaikovsky's Swan Lake", "Frida Kahlo's The Two Fridas".
_OWNER = r"(?P<owner>\p{Lu}[\p{L}\p{M}.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.\-]*){0,2})['’]s?[ \t]+"
_TITLE_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*|of|the|a|an|on|in|to"
_OWNER_BEFORE = regex.compile(rf"{_OWNER}(?P<opening>(?:(?:{_TITLE_WORD})[ \t]+){{0,5}})$")
_OWNER_IN = regex.compile(rf"^{_OWNER}(?P<title>\p{{Lu}}.*)$")
_TITLE_WORDS = regex.compile(_TITLE_WORD)
# The rest of a title after a span, then its maker: "My Name Is Red by Orhan Pamuk", "the Largo of
# the New World Symphony by Antonín Dvořák".
_BY_OWNER = regex.compile(
    rf"(?P<rest>(?:[ \t]+(?:{_TITLE_WORD}))*?)[ \t]+by[ \t]+(?P<owner>\p{{Lu}}[\p{{L}}\p{{M}}.\-]*(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}.\-]*){{0,3}})"
)


def famous_owners_work(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a work's title after the possessive of a name the world knows, or
    that owner, possessive and title together, or a title its maker follows: "Tchaikovsky's Swan
    Lake", "Verdi's Aida", "Haruki Murakami's Kafka on the Shore", "My Name Is Red by Orhan Pamuk".
    The owner is a listed full name or a one-name figure
    (`single_name`); the title's words are capitalised or a title's small words ("with" and "and"
    join a companion, not a title). A name after the work that opens with a listed given name is
    someone's ("Taylor Swift's Eras Tour with Lisa Cole")."""
    value = text[start:end]
    inside = _OWNER_IN.match(value)
    if inside is not None:
        owner, title = inside.group("owner"), inside.group("title")
    elif (before := _OWNER_BEFORE.search(text, max(0, start - 60), start)) is not None:
        owner, title = before.group("owner"), before.group("opening") + value  # "Kendrick Lamar's To Pimp a Butterfly"
    elif (by := _BY_OWNER.match(text, end)) is not None:
        # "My Name Is Red by Orhan Pamuk": the title's maker after it, by as many words as the world knows.
        words = [w.rstrip(".") for w in by.group("owner").split()]
        owner = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if notable_person(" ".join(words[:n])) or n == 1 and single_name(words[0])), "")
        if not owner:
            return False
        title = value + by.group("rest")
    else:
        return False
    words = title.split()
    if not words or not all(_TITLE_WORDS.fullmatch(w.strip(",.;:!?\"'")) for w in words):
        return False
    from privacy_gateway.detection.lexicon import world_first_names  # here: keeps the import chain short

    spanned = value.split() if inside is None else []
    if len(spanned) >= 2 and fold(spanned[0]) in world_first_names():
        return False  # "Taylor Swift's Eras Tour with Lisa Cole": a given name opens someone's name, not a title
    return notable_person(owner) or " " not in owner and single_name(owner)
