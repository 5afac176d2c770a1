"""English word forms and census names, for telling a name from an ordinary word."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Set
from importlib.resources import files
from typing import TypeVar


# Contractions typed without their apostrophe, as chat and phones write them ("my son doesnt get
# it", "my boss shouldnt do that"), and their common misspellings ("dosent", "didint"): words, not
# the name a relation before them would otherwise announce. No dictionary lists them.
_NEGATIONS = "do does did is was are were has have had could should would must might need ought dare"
TYPED_CONTRACTIONS = frozenset(
    [base + "nt" for base in _NEGATIONS.split()]
    + "cant wont aint shant im ive youre youve youll youd theyre theyve theyll theyd weve thats whats whos wheres theres heres hows shes".split()
    + "dosent dosnt doesent dident didint didn isent wasent wasint werent arnt havnt hasent couldent shouldent wouldent cudnt shudnt wudnt dnt".split()
)


@functools.cache
def english_words() -> frozenset[str]:
    """English word forms: the lemmatizer index of the installed spaCy pipeline (WordNet's lists),
    and contractions typed without their apostrophe (`TYPED_CONTRACTIONS`).

    Falls back to spaCy's stop words when no pipeline with a lookup lemmatizer is installed, which
    makes lower-case name words count as names more often, never less.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set(STOP_WORDS) | TYPED_CONTRACTIONS
    try:
        import spacy.util
        from spacy.lookups import Lookups

        from privacy_gateway.detection import model

        # The stock package holds the lookups, whichever recognizer the gateway runs on top of it.
        root = spacy.util.get_package_path(model.BASE)
        for folder in root.glob("**/lemmatizer/lookups"):
            index = Lookups().from_disk(folder).get_table("lemma_index")
            for pos in ("noun", "verb", "adj", "adv"):
                words.update(w for w in index.get(pos, ()) if "_" not in w)
            break
    except Exception:  # noqa: BLE001 - without the lexicon, fewer words count as ordinary
        pass
    return frozenset(words)


@functools.cache
def _lemma_index(pos: str) -> frozenset[str]:
    """The lemmatizer's own list of one part of speech ("adj", "verb"), base forms, no multi-word entries."""
    try:
        import spacy.util
        from spacy.lookups import Lookups

        from privacy_gateway.detection import model

        for folder in spacy.util.get_package_path(model.BASE).glob("**/lemmatizer/lookups"):
            return frozenset(w for w in Lookups().from_disk(folder).get_table("lemma_index").get(pos, ()) if "_" not in w)
    except Exception:  # noqa: BLE001 - without the lexicon, superlatives read as unknown words and no word as a verb before a role
        pass
    return frozenset()


def english_adjectives() -> frozenset[str]:
    """The adjectives among `english_words` (the lemmatizer's own list), which superlatives stem to."""
    return _lemma_index("adj")


def english_verbs() -> frozenset[str]:
    """The verbs among `english_words` (the lemmatizer's own list, base forms): "ask", "ring", "chase"."""
    return _lemma_index("verb")


def english_word(word: str) -> bool:
    """Whether `word` (lower case) is an English word form."""
    return word in english_words()


@functools.cache
def proper_nouns() -> frozenset[str]:
    """Words WordNet has only as proper nouns ("malmo", "czestochowa", "gagarin"): its lemma index,
    our English word list, holds them, but no one writes them as ordinary words
    (`data/proper_nouns.txt`, written by `scripts/build-proper-nouns`)."""
    from privacy_gateway.detection.data_files import data_lines

    return frozenset(data_lines("proper_nouns"))


def common_form(word: str) -> bool:
    """An English word form that is not only a given name: WordNet holds "michael", "duncan" and
    "joshua" as proper nouns only (a saint, a king, a book), and typed in lower case they are the
    given names the census lists them as. Gods, heroes and works that no census lists ("odin",
    "apollo", "gemini") stay words, as do proper nouns of three letters or fewer ("ene")."""
    return english_form(word) and not (len(word) >= 4 and word in proper_nouns() and word in first_names())


def english_form(word: str, names: bool = False) -> bool:
    """Whether `word` (lower case) or its stem is an English word form ("fails", "logged", "properties").

    With `names`, as the name lists are read: "-er" after a stem counts only where it makes an
    adjective's comparative ("faster", "larger"). After a noun or a verb it makes a German or Swiss
    surname as often as an agent noun ("gruber", "weber", "huber", "becker"), and the agent nouns
    people write are in the dictionary whole ("player", "server")."""
    if english_word(word):
        return True
    stems = [word[: -len(end)] for end in ("s", "es", "ed", "d", "ing", "ly", "er") if word.endswith(end)]
    if names and word.endswith("er") and not any(a in english_adjectives() for a in (word[:-2], word[:-1])):
        stems.remove(word[:-2])
    if word.endswith(("ies", "ied")):
        stems.append(word[:-3] + "y")
    if word.endswith(("ed", "ing")) and len(word) >= 6 and word[-4 if word[-1] == "d" else -5] == word[-3 if word[-1] == "d" else -4]:
        stems.append(word[: -3 if word[-1] == "d" else -4])  # a doubled consonant: "logged", "stopped", "planning"
    return any(english_word(stem) or english_word(stem + "e") for stem in stems if len(stem) >= 3) or _superlative(word)


def _superlative(word: str) -> bool:
    """A superlative the lemma index does not list ("largest", "biggest", "tidiest"): an adjective
    and "-est". Only an adjective's: "Ernest" is no superlative of the noun "erne"."""
    if not word.endswith("est") or len(word) < 6:
        return False
    stem = word[:-3]
    stems = [stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else ""]
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # a doubled consonant: "biggest", "hottest"
    adjectives = english_adjectives()
    return any(len(s) >= 2 and s in adjectives for s in stems)


_T = TypeVar("_T")

# Which lists a name word is on: one table for every list (`_names`), read through `Names` views.
_CENSUS_GIVEN, _CENSUS_FAMILY, _WORLD_GIVEN, _WORLD_FAMILY, _WORLD_GIVEN_KEPT, _WORLD_FAMILY_KEPT, _CENSUS_2010 = (1 << i for i in range(7))
_FREQUENT_GIVEN, _FREQUENT_FAMILY = 200, 1000  # top ranks of each census list that `frequent_names` keeps


class Names(Set[str]):
    """The words of some of the name lists: a read-only set over the one shared table.

    Eight sets (census, world, filtered and merged lists) held 21 MB of hash tables in every
    analyzer process, most of them copies of each other, and the same word twice where two lists
    had it; one dict of flags holds every word once (about 5 MB). Membership is a dict lookup.
    """

    __slots__ = ("_table", "_mask")

    def __init__(self, table: dict[str, int], mask: int) -> None:
        self._table = table
        self._mask = mask

    def __contains__(self, word: object) -> bool:
        return bool(self._table.get(word, 0) & self._mask)  # type: ignore[call-overload]

    def __iter__(self) -> Iterator[str]:
        return (w for w, flags in self._table.items() if flags & self._mask)

    def __len__(self) -> int:
        return sum(1 for flags in self._table.values() if flags & self._mask)

    @classmethod
    def _from_iterable(cls, words: Iterable[_T]) -> frozenset[_T]:  # what `-`, `|` and `&` build
        return frozenset(words)


def _census_ranked(name: str) -> list[str]:
    """A census list's names, lower case, most frequent first (the files are in rank order)."""
    try:
        text = files("names").joinpath(name).read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):  # without the lists, fewer words count as names
        return []
    return [line.split(maxsplit=1)[0].lower() for line in text.splitlines() if line.strip()]


def _world() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The shipped world lists (data/world_names.txt.gz: nomquamgender and mimesis, both MIT; built
    by scripts/build_world_names.py): given names and surnames of many countries, ASCII-folded, and
    the 2010 census's surnames the other lists lack (`world_last_names`); and Greek names in Greek
    letters (data/greek_names.txt.gz: mimesis, scripts/build-greek-names), which `ascii_fold` leaves
    as they are."""
    from privacy_gateway.detection.data_files import tagged_words  # loaded late, as `proper_nouns` loads its list

    world, greek = tagged_words("world_names"), tagged_words("greek_names")
    given, family, census = (world.get(tag, frozenset()) | greek.get(tag, frozenset()) for tag in ("g", "f", "c"))
    return given, family, census


@functools.cache
def _names() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """Every name word with the lists it is on (flags), and the frequent census names: each list
    read once. A world name that is an English word or a tool ("spring", "mode") is on the world
    list but not kept (`_WORLD_*_KEPT`): the world lists widen what unknown words may be, never
    which English words read as names."""
    from privacy_gateway.detection.software import is_software  # imported here: keeps the import chain short

    table: dict[str, int] = {}
    male, female, family = _census_ranked("dist.male.first"), _census_ranked("dist.female.first"), _census_ranked("dist.all.last")
    for words, flag in ((male, _CENSUS_GIVEN), (female, _CENSUS_GIVEN), (family, _CENSUS_FAMILY)):
        for w in words:
            table[w] = table.get(w, 0) | flag
    world_given, world_family, census_2010 = _world()
    for world, flag, kept in ((world_given, _WORLD_GIVEN, _WORLD_GIVEN_KEPT), (world_family, _WORLD_FAMILY, _WORLD_FAMILY_KEPT)):
        for w in world:
            table[w] = table.get(w, 0) | flag | (kept if not english_form(w) and not is_software(w) else 0)
    for w in census_2010:  # no English word or tool by the build (`scripts/build_world_names.py`)
        table[w] = table.get(w, 0) | _CENSUS_2010
    return table, frozenset(male[:_FREQUENT_GIVEN] + female[:_FREQUENT_GIVEN]), frozenset(family[:_FREQUENT_FAMILY])


def _view(mask: int) -> Names:
    return Names(_names()[0], mask)


@functools.cache
def frequent_names() -> tuple[frozenset[str], frozenset[str]]:
    """The most frequent census first names (top 200 of each list) and surnames (top 1,000): "mark
    taylor" is a name though both are English words; "bill payment" is not (payment ranks 45,957th)."""
    return _names()[1], _names()[2]


def frequent_pair(first: str, last: str) -> bool:
    """Whether a full name's first and last words are both among the most frequent census names
    (`frequent_names`: "Michael Jordan", "James Brown"): a name private people bear too, which the
    lists of the famous leave out and which cannot tell a famous bearer from a private one."""
    given, family = frequent_names()
    return ascii_fold(first.lower()) in given and ascii_fold(last.lower()) in family


@functools.cache
def irregular_forms() -> frozenset[str]:
    """English irregular forms ("came", "wrote", "geese"), which `english_form` cannot stem: the
    lemmatizer exceptions of the installed spaCy pipeline (empty without one)."""
    words: set[str] = set()
    try:
        import spacy.util
        from spacy.lookups import Lookups

        from privacy_gateway.detection import model

        for folder in spacy.util.get_package_path(model.BASE).glob("**/lemmatizer/lookups"):
            lookups = Lookups().from_disk(folder)
            if lookups.has_table("lemma_exc"):
                table = lookups.get_table("lemma_exc")
                for pos in ("noun", "verb", "adj", "adv"):
                    words.update(w for w in table.get(pos, {}) if "_" not in w)
            break
    except Exception:  # noqa: BLE001 - without the table, irregular forms read as unknown words
        pass
    return frozenset(words)


def irregular_word(word: str) -> bool:
    """An irregular form (`irregular_forms`: "stolen", "knives", "millennia") that no name list holds
    as a given name or a surname ("bassi", "caroli" are Italian plurals and surnames too)."""
    return word in irregular_forms() and word not in listed_given() and word not in listed_family()


@functools.cache
def first_names() -> Names:
    """US census first names (1990, the `names` package's public-domain lists), lower case."""
    return _view(_CENSUS_GIVEN)


@functools.cache
def last_names() -> Names:
    """US census surnames (1990), lower case."""
    return _view(_CENSUS_FAMILY)


@functools.cache
def world_first_names() -> Names:
    """Given names of many countries (the world lists) and of the US census, lower case, unaccented.

    An English word among the world names ("spring", "mode") is left to the census, as before: the
    world lists widen what unknown words may be, never which English words read as names."""
    return _view(_WORLD_GIVEN_KEPT | _CENSUS_GIVEN)


@functools.cache
def world_last_names() -> Names:
    """Surnames of many countries (the world lists) and of the US census, lower case, unaccented;
    English words only as the census has them (see `world_first_names`)."""
    return _view(_WORLD_FAMILY_KEPT | _CENSUS_FAMILY)


@functools.cache
def name_surnames() -> Names:
    """`world_last_names` and the rarer surnames of the US census of 2010 ("shrestha", "traore"),
    for reading two words as a full name only. Alone, one of 76,000 rare surnames matches words by
    chance: glued to an initial ("e" + "codan"), after one ("e. coli"), as a village's name or a lone
    capitalised word; beside a given name, rarely."""
    return _view(_WORLD_FAMILY_KEPT | _CENSUS_FAMILY | _CENSUS_2010)


@functools.cache
def listed_given() -> Names:
    """Every given name of the lists, English words too ("grace", "sky", "victory"): for a word
    standing where a name stands, where being a word too says nothing."""
    return _view(_WORLD_GIVEN | _CENSUS_GIVEN)


@functools.cache
def listed_family() -> Names:
    """Every surname of the lists, English words too ("hill", "fisher")."""
    return _view(_WORLD_FAMILY | _CENSUS_FAMILY)


@functools.cache
def listed_names() -> Names:
    """Every given name and surname of the lists: `listed_given` and `listed_family` in one lookup."""
    return _view(_WORLD_GIVEN | _CENSUS_GIVEN | _WORLD_FAMILY | _CENSUS_FAMILY)


@functools.cache
def world_list_family() -> Names:
    """Every surname of the world lists, English words too ("lind", "peron"): unlike the census's
    long tail ("service", "boards"), a world list's surname that is an English word is still one."""
    return _view(_WORLD_FAMILY)


def census_name(word: str) -> bool:
    """Whether `word` (lower case) is a census first name or surname."""
    return word in first_names() or word in last_names()


# Letters NFKD cannot take apart, spelt as ASCII writes them ("Łukasz" → "lukasz", "Søren" →
# "soren", "Đorđe" → "dorde", "Yıldız" → "yildiz").
_UNDECOMPOSABLE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H",
     "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ŧ": "t", "ŀ": "l"}
)
_NO_ENGLISH_LETTERS = frozenset("łŁøØđĐðÐıħĦßẞþÞŧŀ")


def foreign_letters(word: str) -> bool:
    """Whether `word` holds a letter no English word is spelt with (`ø`, `ł`, `ß`, `ı`…): "Møller"
    is no "moller" and "Łoś" no "los", whatever their ASCII folds are in the dictionary."""
    return not word.isascii() and any(c in _NO_ENGLISH_LETTERS for c in word)


def _dropped(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def spelt_fold(word: str) -> str:
    """`word` with accents dropped and the letters NFKD cannot take apart spelt out ("skłodowska" →
    `sklodowska`, "møller" → `moller`): one spelling for lists keyed by it and the text read against
    them alike (`notable`). A word of another script stays as written."""
    if word.isascii():
        return word
    return _dropped(word.translate(_UNDECOMPOSABLE)) or word


def letter_case(value: str) -> str:
    """"lower" or "upper" where every letter of `value` is in that case, "mixed" otherwise: how a list's
    items are typed, which its other items must share (`name_joins`, `rosters`)."""
    letters = [c for c in value if c.isalpha()]
    return "lower" if all(c.islower() for c in letters) else "upper" if all(c.isupper() for c in letters) else "mixed"


def ascii_fold(word: str) -> str:
    """`word` as the name lists hold it: accents dropped (`lászló` → `laszlo`).

    The world lists were folded by dropping what NFKD cannot take apart ("Friðsteinn" is listed as
    `fristeinn`, "Przemysław" as `przemysaw` and, from another source, `przemyslaw`): a word with
    such a letter folds to its ASCII spelling (`đorđe` → `dorde`, not the word `ore`) when a list
    has that spelling and not the dropped one as a name, else as before, so either listing is found."""
    if word.isascii():
        return word
    dropped = _dropped(word)
    if not dropped and word.strip():
        return word  # "김", "Иван": no Latin letter to keep, and no list holds a word of another script
    if not foreign_letters(word) and not any(c in "æÆœŒ" for c in word):
        return dropped
    spelt = _dropped(word.translate(_UNDECOMPOSABLE))
    table = _names()[0]
    listed = dropped.lower() in table and len(dropped) >= 3 and not english_form(dropped.lower())
    return spelt if spelt.lower() in table and not listed else dropped


@functools.cache
def _everyday_words() -> frozenset[str]:
    from privacy_gateway.detection.data_files import data_lines

    return frozenset(data_lines("everyday_words"))


def everyday_word(word: str) -> bool:
    """An English word written often that the name lists hold but almost no one is called ("fill",
    "patient", "guardian", "citizen"; not "hope" or "grant"): `data/everyday_words.txt`, written by
    `scripts/build-everyday-words` from word and census frequencies."""
    return ascii_fold(word.lower()) in _everyday_words()


def nameless_word(word: str) -> bool:
    """Whether `word` (lower case) is held by no list of given names or surnames, census or world,
    and by WordNet not only as a proper noun ("size", "goal"; not "zambia", "sand" or "jade")."""
    plain = ascii_fold(word)
    return plain not in listed_given() and plain not in listed_family() and word not in proper_nouns()


def common_word(word: str) -> bool:
    """An English word that is nobody's name in the census ("checkout", "background", "résumé"):
    capitalised as a heading, label or sentence start, not as a person."""
    plain = ascii_fold(word.lower())
    return english_form(plain) and not census_name(plain)
