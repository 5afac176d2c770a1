"""Token embeddings remembered by token shape: a third of each token-to-vector model's work, once per form.

A spaCy `Tok2Vec` starts with `MultiHashEmbed`: it hashes a few lexical attributes of each token
(norm, prefix, suffix, shape…), sums the rows of each attribute's table, and mixes them through a
maxout layer with layer normalisation. Every step looks at one token alone, so the vector is a
function of those attribute IDs: the same form in any text gets the same vector. The small English
pipeline has three such models (the shared one, the entity recognizer's own and the sentence
splitter's); their first layers are about a third of their arithmetic, plus twenty small calls.

`cache_embeddings` puts `CachedEmbed` in front of each: it looks each token's attribute IDs up in
a bounded map and runs the model's own layers only for forms not in it, in one batch. Vectors
differ from a whole-batch run only in the last bits of float32 rounding (as they already do
between batches of different sizes). The map holds attribute hashes and vectors, never text.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

import numpy
from spacy.language import Language
from thinc.api import Model

from privacy_gateway.detection.bounded import BoundedMap

MAX_FORMS = 20_000  # per model: about 10 MB for a 96-wide model; oldest forms go first beyond it


def _is_hash_embed(node: Model[Any, Any]) -> bool:
    names = [layer.name for layer in node.layers]
    return len(names) == 5 and names[0] == "extract_features" and names[1] == "list2ragged" and names[4] == "ragged2list"


class CachedEmbed:
    """The state of one cached `MultiHashEmbed`: its layers and the vectors seen so far."""

    def __init__(self, embed: Model[Any, Any], max_forms: int = MAX_FORMS) -> None:
        self.embed = embed
        self.extract, _, self.mix, self.maxout, _ = embed.layers
        self.vectors: BoundedMap[bytes, Any] = BoundedMap(max_forms)
        self._lock = threading.Lock()

    @property
    def max_forms(self) -> int:
        """How many forms' vectors are kept at most."""
        return self.vectors.limit

    @max_forms.setter
    def max_forms(self, limit: int) -> None:
        self.vectors.limit = limit

    def predict(self, docs: list[Any]) -> list[Any]:
        """One float32 array per doc, as `embed.predict(docs)` gives it."""
        features = self.extract.predict(docs)
        lengths = [len(f) for f in features]
        ids = numpy.ascontiguousarray(numpy.concatenate(features)) if features else numpy.zeros((0, 1), dtype="uint64")
        width = self.embed.get_dim("nO")
        if not len(ids):
            return [numpy.zeros((0, width), dtype="float32") for _ in lengths]
        keys: list[Any] = ids.view(numpy.dtype((numpy.void, ids.shape[1] * ids.itemsize))).ravel().tolist()  # one per token
        vectors = self.vectors
        rows: list[Any] = [vectors.get(key) for key in keys]
        if any(row is None for row in rows):
            self._fill(ids, keys, rows)
        out = numpy.stack(rows)
        return numpy.split(out, numpy.cumsum(lengths)[:-1])

    def _fill(self, ids: Any, keys: list[Any], rows: list[Any]) -> None:
        """Compute the vectors of the forms not seen yet, in one batch, and remember them."""
        first: dict[bytes, int] = {}
        for i, (key, row) in enumerate(zip(keys, rows)):
            if row is None and key not in first:
                first[key] = i
        computed = self.maxout.predict(self.mix.predict(ids[list(first.values())]))
        fresh = {key: computed[j].copy() for j, key in enumerate(first)}
        for i, key in enumerate(keys):
            if rows[i] is None:
                rows[i] = fresh[key]
        with self._lock:
            self.vectors.remember(fresh)


def _cached(embed: Model[Any, Any]) -> Model[Any, Any]:
    state = CachedEmbed(embed)

    def forward(model: Model[Any, Any], docs: list[Any], is_train: bool) -> tuple[list[Any], Callable[..., Any]]:
        if is_train:  # training goes through the layers themselves
            return embed(docs, is_train)
        return state.predict(docs), _no_backprop

    model: Model[Any, Any] = Model("cached_embed", forward, layers=[embed], dims={"nO": embed.get_dim("nO")})
    model.attrs["cache"] = state
    return model


def _no_backprop(d_output: Any) -> Any:
    raise NotImplementedError("cached embeddings are for prediction only")


def cache_embeddings(nlp: Language) -> int:
    """Put a `CachedEmbed` in front of every `MultiHashEmbed` of `nlp`'s models; returns how many."""
    done = 0
    for _, component in nlp.components:  # the entity recognizer is disabled: `entity_decoder` runs its model
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in list(model.walk()):
            for i, layer in enumerate(node.layers):
                if _is_hash_embed(layer):
                    node.layers[i] = _cached(layer)
                    done += 1
    return done
