"""spaCy's English rule lemmatizer, remembered per (form, part of speech, morphology).

The rule lemmatizer works out each token's lemma from its form, its coarse part of speech and its
morphology, and nothing else, but it does so token by token through Python attribute access, and
caches only some answers (never the many words it finds already in base form, such as singular
nouns). `RememberedLemmas` reads those three IDs as an array, asks the lemmatizer once per
combination it has not met, and writes the lemma IDs back in one call: the same lemmas.

The map is bounded and holds only IDs (spaCy's string store, which keeps every string the
pipeline has seen, already holds the words themselves).
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

from privacy_gateway.detection.bounded import BoundedMap

MAX_FORMS = 50_000  # (form, POS, morphology) combinations; beyond it the oldest go


def rememberable(lemmatizer: Any) -> bool:
    """Whether `lemmatizer` is one whose lemmas depend on form, POS and morphology alone."""
    return isinstance(lemmatizer, EnglishLemmatizer) and lemmatizer.mode == "rule" and not lemmatizer.overwrite


class RememberedLemmas:
    """A pipeline component that sets the lemmas `lemmatizer` would, remembering them."""

    def __init__(self) -> None:
        self.lemmatizer: EnglishLemmatizer | None = None
        self.lemmas: BoundedMap[tuple[int, int, int], int] = BoundedMap(MAX_FORMS)

    def take(self, lemmatizer: EnglishLemmatizer) -> None:
        """Lemmatize as `lemmatizer` (which `rememberable` accepted)."""
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        assert lemmatizer is not None, "take() a lemmatizer first"
        if not len(doc):
            return doc
        if not lemmatizer._validated:  # as the lemmatizer checks its tables on first use
            lemmatizer._validate_tables(Errors.E1004)
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3:].copy()  # written back as one column
        known = self.lemmas
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma:  # set by an earlier component: the lemmatizer leaves it (overwrite is off)
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = strings.add(lemmatizer.lemmatize(doc[i])[0])
                known.remember({key: found})
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]  # a uint64 array, as to_array gave it
        return doc


@Language.factory("gateway_lemmas")
def _make_lemmas(nlp: Language, name: str) -> RememberedLemmas:
    return RememberedLemmas()
