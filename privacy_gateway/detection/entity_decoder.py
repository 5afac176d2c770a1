"""spaCy's entity recognizer, decoded with the GIL held: the same transitions, half the time.

spaCy's greedy decoder runs its loop in C with the GIL released, but from spaCy 3.8.8 on (wheels
built with Cython 3) every look at the parse state inside that loop takes the GIL back and drops
it again: some two hundred lock round trips per token. On the small English pipeline that is
about half the recognizer's time (11 ms of 1 KB here, against 5.6 ms with spaCy 3.8.7), and worse
under load, when each round trip can wait for another thread.

`EntityDecoder` runs the same greedy decoding from Python with the GIL held, so those lookups
cost nothing: the recognizer's own model gives the scores at each step, and its own transition
system checks and applies the best valid action. The entities are the recognizer's: the
pipeline tests check them against spaCy's decoder on the dev corpus and the test fixtures.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc
from spacy.util import minibatch


def decodable(ner: Any) -> bool:
    """Whether `ner` is a greedy entity recognizer whose model `EntityDecoder` can step through."""
    if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
        return False
    if not all(hasattr(ner, name) for name in ("transition_states", "_ensure_labels_are_added", "moves")):
        return False
    try:
        probe = ner.model.predict([Doc(ner.vocab, words=["probe"])])
    except Exception:  # noqa: BLE001 - an uninitialised or unfamiliar model: leave it to spaCy
        return False
    try:
        needed = ("state2vec", "vec2scores", "get_token_ids", "_class_mask")
        return all(getattr(probe, name, None) is not None for name in needed)
    finally:
        probe.clear_memory()


class EntityDecoder:
    """A pipeline component that sets a recognizer's entities, decoding as its greedy parser does."""

    def __init__(self) -> None:
        self.ner: EntityRecognizer | None = None

    def take(self, ner: EntityRecognizer) -> None:
        """Decode for `ner` (which `decodable` accepted)."""
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        assert self.ner is not None, "take() a recognizer first"
        self.ner.set_annotations(docs, self.decode(docs))

    def decode(self, docs: list[Doc]) -> list[Any]:
        """The recognizer's final parse states for `docs`, as its `greedy_parse` gives them."""
        ner = self.ner
        assert ner is not None, "take() a recognizer first"
        if any(doc.to_array("ENT_TYPE").any() for doc in docs):  # reads token by token: only where a label is set
            ner._ensure_labels_are_added(docs)  # as greedy_parse: labels of entities set beforehand
        batch = ner.moves.init_batch(docs)
        states = [state for state in batch if not state.is_final()]
        if not states:
            return batch
        model = ner.model.predict(docs)
        try:
            hidden = model.state2vec.predict
            weights = model.vec2scores.get_param("W").T
            bias = model.vec2scores.get_param("b")
            unseen = numpy.flatnonzero(model._class_mask == 0)
            rows = ClosedRows(hidden, batch, docs, weights, bias) if model.state2vec.nF == 3 else None
            if rows is not None and len(states) == 1:
                offset = rows.offsets[id(states[0])]
                self._decode_one(states[0], rows.masked(unseen)[offset:], model, weights, bias, unseen)
                return batch
            while states:
                scores = rows.of(states) if rows is not None else None
                if scores is None:
                    scores = numpy.matmul(hidden(model.get_token_ids(states)), weights)
                    scores += bias
                if unseen.size:  # as the parser does: a class never trained on never wins
                    scores[:, unseen] = numpy.nanmin(scores)
                states = ner.transition_states(states, scores)
        finally:
            model.clear_memory()
        return batch

    def _decode_one(self, state: Any, masked: Any, model: Any, weights: Any, bias: Any, unseen: Any) -> None:
        """`decode`'s loop for a batch of one state (a text analysed alone, the usual case).

        A step with no entity open passes its row of the table as it is (a view), with no lookup
        over the batch's states and no copy: half the loop's time (1 KB: 5.6 → 2.7 ms). Unseen
        classes get the lowest score of the batch's rows; for one state that is its own row's,
        so `ClosedRows.masked` sets them once for every row. The same numbers, the same steps.
        """
        ner = self.ner
        assert ner is not None
        hidden = model.state2vec.predict
        states = [state]
        while states:
            position = state.B(0)
            if position >= 0 and not state.entity_is_open():
                scores = masked[position : position + 1]
            else:
                scores = numpy.matmul(hidden(model.get_token_ids(states)), weights)
                scores += bias
                if unseen.size:
                    scores[:, unseen] = numpy.nanmin(scores)
            states = ner.transition_states(states, scores)


class ClosedRows:
    """The action scores of every state with no entity open, computed for all tokens at once.

    The recognizer's state features are the next token, the first token of the open entity and
    the one before the next (spaCy's `set_context_tokens` with three features); with no entity
    open the last two are padding, so such a state's vector depends on its next token alone.
    Most steps are such states (most tokens are outside any entity): one pass over the tokens
    replaces a call into the model per step. Each row is the sum of the same cached feature
    vectors, plus the bias, through the same maxout as a per-step call: the same numbers. Their
    scores (one product by the output layer for all rows, not one per step) select the same
    entities on every row of every corpus in eval/, batched and one text at a time.
    """

    def __init__(self, hidden: Any, states: list[Any], docs: list[Doc], weights: Any, bias: Any) -> None:
        self.offsets: dict[int, int] = {}  # each state's first token among the batch's (as `init_batch`)
        tokens = 0
        for state, doc in zip(states, docs):
            self.offsets[id(state)] = tokens
            tokens += len(doc)
        ids = numpy.full((tokens, 3), -1, dtype="i")
        ids[:, 0] = numpy.arange(tokens, dtype="i")
        self.table = numpy.matmul(hidden(ids), weights)
        self.table += bias

    def of(self, states: list[Any]) -> Any:
        """The scores of `states` (in order) when none has an entity open, else None."""
        picked = []
        for state in states:
            position = state.B(0)
            if position < 0 or state.entity_is_open():
                return None
            picked.append(self.offsets[id(state)] + position)
        return self.table[picked]

    def masked(self, unseen: Any) -> Any:
        """The table with each row's `unseen` classes at that row's lowest score: the scores a
        batch of one state's step gives them (`decode` sets them to the batch's lowest)."""
        if not unseen.size:
            return self.table
        table = self.table.copy()
        table[:, unseen] = numpy.nanmin(table, axis=1, keepdims=True)
        return table


@Language.factory("gateway_entities")
def _make_entity_decoder(nlp: Language, name: str) -> EntityDecoder:
    return EntityDecoder()
