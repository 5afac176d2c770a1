"""English word forms and census names, for telling a name from an ordinary word."""

from __future__ import annotations

import functools
import gzip
import unicodedata
from importlib.resources import files


@functools.cache
def english_words() -> frozenset[str]:
    """English word forms: the lemmatizer index of the installed spaCy pipeline (WordNet's lists).

    Falls back to spaCy's stop words when no pipeline with a lookup lemmatizer is installed, which
    makes lower-case name words count as names more often, never less.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set(STOP_WORDS)
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


def english_word(word: str) -> bool:
    """Whether `word` (lower case) is an English word form."""
    return word in english_words()


def english_form(word: str) -> bool:
    """Whether `word` (lower case) or its stem is an English word form ("fails", "logged", "properties")."""
    if english_word(word):
        return True
    stems = [word[: -len(end)] for end in ("s", "es", "ed", "d", "ing", "ly", "er") if word.endswith(end)]
    if word.endswith(("ies", "ied")):
        stems.append(word[:-3] + "y")
    return any(english_word(stem) or english_word(stem + "e") for stem in stems if len(stem) >= 3)


def _census_ranked(name: str) -> list[str]:
    """A census list's names, lower case, most frequent first (the files are in rank order)."""
    try:
        text = files("names").joinpath(name).read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):  # without the lists, fewer words count as names
        return []
    return [line.split(maxsplit=1)[0].lower() for line in text.splitlines() if line.strip()]


def _census(name: str) -> frozenset[str]:
    return frozenset(_census_ranked(name))


@functools.cache
def frequent_names() -> tuple[frozenset[str], frozenset[str]]:
    """The most frequent census first names (top 200 of each list) and surnames (top 1,000): "mark
    taylor" is a name though both are English words; "bill payment" is not (payment ranks 45,957th)."""
    given = _census_ranked("dist.male.first")[:200] + _census_ranked("dist.female.first")[:200]
    return frozenset(given), frozenset(_census_ranked("dist.all.last")[:1000])


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


@functools.cache
def first_names() -> frozenset[str]:
    """US census first names (1990, the `names` package's public-domain lists), lower case."""
    return _census("dist.male.first") | _census("dist.female.first")


@functools.cache
def last_names() -> frozenset[str]:
    """US census surnames (1990), lower case."""
    return _census("dist.all.last")


@functools.cache
def _world() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped world lists (data/world_names.txt.gz: nomquamgender and mimesis, both MIT; built
    by scripts/build_world_names.py): given names and surnames of many countries, ASCII-folded."""
    text = gzip.decompress(files("privacy_gateway.detection").joinpath("data/world_names.txt.gz").read_bytes()).decode("ascii")
    given: set[str] = set()
    family: set[str] = set()
    for line in text.splitlines():
        if line[:2] == "g ":
            given.add(line[2:])
        elif line[:2] == "f ":
            family.add(line[2:])
    return frozenset(given), frozenset(family)


@functools.cache
def world_first_names() -> frozenset[str]:
    """Given names of many countries (the world lists) and of the US census, lower case, unaccented.

    An English word among the world names ("spring", "mode") is left to the census, as before: the
    world lists widen what unknown words may be, never which English words read as names."""
    from privacy_gateway.detection.software import is_software  # imported here: keeps the import chain short

    return frozenset(w for w in _world()[0] if not english_form(w) and not is_software(w)) | first_names()


@functools.cache
def world_last_names() -> frozenset[str]:
    """Surnames of many countries (the world lists) and of the US census, lower case, unaccented;
    English words only as the census has them (see `world_first_names`)."""
    from privacy_gateway.detection.software import is_software

    return frozenset(w for w in _world()[1] if not english_form(w) and not is_software(w)) | last_names()


@functools.cache
def listed_given() -> frozenset[str]:
    """Every given name of the lists, English words too ("grace", "sky", "victory"): for a word
    standing where a name stands, where being a word too says nothing."""
    return _world()[0] | first_names()


@functools.cache
def listed_family() -> frozenset[str]:
    """Every surname of the lists, English words too ("hill", "fisher")."""
    return _world()[1] | last_names()


def census_name(word: str) -> bool:
    """Whether `word` (lower case) is a census first name or surname."""
    return word in first_names() or word in last_names()


def ascii_fold(word: str) -> str:
    """`word` as the name lists hold it: accents dropped, other non-ASCII letters too (`lászló` → `laszlo`)."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def common_word(word: str) -> bool:
    """An English word that is nobody's name in the census ("checkout", "background", "résumé"):
    capitalised as a heading, label or sentence start, not as a person."""
    plain = ascii_fold(word.lower())
    return english_form(plain) and not census_name(plain)
