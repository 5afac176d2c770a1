"""English word forms, for telling a name written in lower case from an ordinary word."""

from __future__ import annotations

import functools


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
