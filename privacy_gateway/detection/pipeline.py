"""Trim the spaCy pipeline to what detection reads: entities, tags, coarse POS, lemmas, sentences.

Matrix products go to numpy's BLAS (`MatmulOps`), on one thread, and a greedy entity recognizer
gives way to `entity_decoder`, which finds the same entities with the GIL held. Two more swaps,
each only where the pipeline ships what they need, so other pipelines load unchanged:

- the dependency parser gives way to the pipeline's `senter` (sentence starts only, about 15%
  of the parser's cost);
- without a parser no token has a dependency label, so `attribute_ruler` (a Matcher over 179
  patterns, about 15% of the small English pipeline) can only ever fire its one-token rules keyed
  on tag, lower-case form and whitespace. `TagRules` applies exactly those rules as dictionary
  lookups, cached per (tag, form). It leaves out the ruler's few multi-token rules, which give
  lemmas to slang contractions ("gon na" → "go to") that nothing here reads.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

import numpy
from spacy.attrs import IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as UNIV_POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from privacy_gateway.detection.embed_cache import cache_embeddings
from privacy_gateway.detection.encoders import fuse_encoders
from privacy_gateway.detection.entity_decoder import decodable
from privacy_gateway.detection.lemmas import rememberable
from privacy_gateway.detection.long_runs import bound_tokenizer

_KEYS = {"TAG", "LOWER", "IS_SPACE"}
_SETS = ("POS", "LEMMA", "MORPH", "TAG")

Pattern = dict[str, Any]
Attrs = dict[str, str]


def _value_matches(condition: Any, value: Any) -> bool:
    if isinstance(condition, dict):
        if "IN" in condition:
            return value in condition["IN"]
        if "NOT_IN" in condition:
            return value not in condition["NOT_IN"]
        if "REGEX" in condition:
            return isinstance(value, str) and re.search(condition["REGEX"], value) is not None
        return False
    return bool(condition == value)


_READ = [TAG, LOWER, IS_SPACE]
_WRITTEN_NAMES = ("TAG", "POS", "LEMMA", "MORPH")
_WRITTEN = [TAG, POS, LEMMA, MORPH]
# How each token setter turns a rule's string into the ID it stores.
_ID_OF = {
    "TAG": lambda value, strings, morphology: strings.add(value),
    "POS": lambda value, strings, morphology: UNIV_POS_IDS[value],
    "LEMMA": lambda value, strings, morphology: strings.add(value),
    "MORPH": lambda value, strings, morphology: morphology.add(value),
}


class TagRules:
    """The one-token rules of an `attribute_ruler`, applied by lookup (see the module docstring)."""

    def __init__(self, patterns: Iterable[dict[str, Any]] = ()) -> None:
        self.rules: list[tuple[Pattern, Attrs]] = []
        self._words: set[str] = set()  # every form a rule names
        self._regexes: list[re.Pattern[str]] = []
        self._cache: dict[tuple[str, object, bool], Attrs] = {}
        self._word_ids: set[int] = set()  # the string IDs of `_words`
        self._ids: dict[tuple[int, object, int], tuple[tuple[int, int], ...]] = {}  # `_cache`'s, as IDs
        self.load(patterns)

    def load(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Take the one-token rules of an `attribute_ruler`'s `patterns`."""
        self._cache.clear()
        self._ids.clear()
        for entry in patterns:
            for pattern in entry["patterns"]:
                # Rules that need a dependency label never match without a parser; multi-token
                # rules are the slang lemmas named above.
                if len(pattern) == 1 and set(pattern[0]) <= _KEYS and entry.get("index", 0) in (0, -1):
                    self.rules.append((pattern[0], {k: v for k, v in entry["attrs"].items() if k in _SETS}))
                    lower = pattern[0].get("LOWER")
                    if isinstance(lower, str):
                        self._words.add(lower)
                    elif isinstance(lower, dict):
                        self._words.update(lower.get("IN", ()), lower.get("NOT_IN", ()))
                        if "REGEX" in lower:
                            self._regexes.append(re.compile(lower["REGEX"]))
        self._word_ids = {get_string_id(word) for word in self._words}

    def attrs_for(self, tag: str, lower: str, is_space: bool) -> Attrs:
        """Every rule matching this token, merged in order: later rules win, as in the ruler.

        Cached by tag and form for the forms rules name; every other word matches the same rules
        as any word that the same rule regexes match, so it is cached under those matches, not
        itself: the cache stays small and never holds a prompt's words.
        """
        form: object = lower if lower in self._words else tuple(r.search(lower) is not None for r in self._regexes)
        key = (tag, form, is_space)
        cached = self._cache.get(key)
        if cached is None:
            cached = {}
            token = {"TAG": tag, "LOWER": lower, "IS_SPACE": is_space}
            for pattern, attrs in self.rules:
                if all(_value_matches(cond, token[k]) for k, cond in pattern.items()):
                    cached.update(attrs)
            self._cache[key] = cached
        return cached

    def __call__(self, doc: Doc) -> Doc:
        """Read every token's tag, form and space as IDs, and write the rules' values back as one
        array: the IDs the token setters (`tag_`, `pos_`, `lemma_`, `set_morph`) would write."""
        if not len(doc):
            return doc
        strings, morphology = doc.vocab.strings, doc.vocab.morphology
        values: Any = doc.to_array(_WRITTEN)  # uint64 IDs, written back whole
        changed = False
        for i, (tag, lower, is_space) in enumerate(doc.to_array(_READ).tolist()):
            # Keyed as `attrs_for` caches: a form rules name, or else which rule regexes match it.
            form = lower if lower in self._word_ids else tuple(r.search(strings[lower]) is not None for r in self._regexes)
            ids = self._ids.get((tag, form, is_space))
            if ids is None:
                attrs = self.attrs_for(strings[tag], strings[lower], bool(is_space))
                ids = self._ids[(tag, form, is_space)] = self._ids_of(attrs, strings, morphology)
            for column, value in ids:
                values[i, column] = value
                changed = True
        if changed:
            doc.from_array(_WRITTEN, values)
        return doc

    @staticmethod
    def _ids_of(attrs: Attrs, strings: Any, morphology: Any) -> tuple[tuple[int, int], ...]:
        """The (column of `_WRITTEN`, ID) pairs `attrs` set."""
        return tuple((column, _ID_OF[name](attrs[name], strings, morphology)) for column, name in enumerate(_WRITTEN_NAMES) if name in attrs)


class MatmulOps(NumpyOps):
    """thinc's CPU ops, with matrix products by numpy's BLAS instead of the blis build thinc uses.

    On these machines OpenBLAS multiplies the pipeline's matrices about twice as fast (blis's
    gemm was a fifth of all analysis time): the pipeline runs 19% faster, with the same tags
    and entities on every document of the dev corpus.
    """

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        x = x.T if trans1 else x
        y = y.T if trans2 else y
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def use_matmul(nlp: Language) -> None:
    """Give every model of the pipeline `MatmulOps`, and keep BLAS to one thread per process:
    analyses already run side by side, one per core (more threads only fight over them)."""
    threadpool_limits(1, user_api="blas")
    ops = MatmulOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = ops


def trim_pipeline(nlp: Language) -> None:
    """Apply the swaps above to `nlp` in place, each only where it is safe."""
    use_matmul(nlp)
    cache_embeddings(nlp)
    fuse_encoders(nlp)
    bound_tokenizer(nlp)
    if "ner" in nlp.pipe_names and decodable(ner := nlp.get_pipe("ner")):
        nlp.disable_pipe("ner")
        nlp.add_pipe("gateway_entities", after="ner").take(ner)  # type: ignore[attr-defined]
    if "lemmatizer" in nlp.pipe_names and rememberable(lemmatizer := nlp.get_pipe("lemmatizer")):
        nlp.disable_pipe("lemmatizer")
        nlp.add_pipe("gateway_lemmas", after="lemmatizer").take(lemmatizer)  # type: ignore[attr-defined]
    if "parser" in nlp.pipe_names and "senter" in nlp.disabled:
        nlp.disable_pipe("parser")
        nlp.enable_pipe("senter")
    if "parser" in nlp.pipe_names or "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    nlp.disable_pipe("attribute_ruler")
    nlp.add_pipe("gateway_tag_rules", after="attribute_ruler").load(patterns)  # type: ignore[attr-defined]


@Language.factory("gateway_tag_rules")
def _make_tag_rules(nlp: Language, name: str) -> TagRules:
    return TagRules()
