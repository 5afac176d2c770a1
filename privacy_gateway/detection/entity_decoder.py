"""spaCy's entity recognizer, decoded with the GIL held: the same transitions, half the time.

spaCy's greedy decoder runs its loop in C with the GIL released, but from spaCy 3.8.8 on (wheels
built with Cython 3) every look at the parse state inside that loop takes the GIL back and drops
it again: some two hundred lock round trips per token. On the small English pipeline that is
about half the recognizer's time (11 ms of 1 KB here, against 5.6 ms with spaCy 3.8.7), and worse
under load, when each round trip can wait for another thread.

`EntityDecoder` runs the same greedy decoding from Python with the GIL held, so those lookups
cost nothing: the recognizer's own model gives the scores at each step, and its own transition
system checks and applies the best valid action. A text alone in its batch with no preset
entity is walked (`Walk`): the steps outside entities are one masked argmax over precomputed
rows, so the transition system's per-step check (12 µs a step) is left out. The entities are the
recognizer's: the tests check them against spaCy's decoder on the dev corpus, the test fixtures
and generated text (`tests/detection/test_entity_decoder.py`).
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
        self._moves: Moves | None = None

    def _moves_of(self, ner: EntityRecognizer) -> Moves:
        """`ner`'s moves, read again when labels were added since."""
        if self._moves is None or self._moves.size != ner.moves.n_moves:
            self._moves = Moves(ner)
        return self._moves

    def take(self, ner: EntityRecognizer) -> None:
        """Decode for `ner` (which `decodable` accepted)."""
        self.ner = ner
        self._moves = None

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
                masked = rows.masked(unseen)[offset:]
                doc = next(doc for state, doc in zip(batch, docs) if state is states[0])
                walk = Walk.of(ner, self._moves_of(ner), doc, masked)
                if walk is not None:
                    walk.run(states[0], model, weights, bias, unseen)
                else:
                    self._decode_one(states[0], masked, model, weights, bias, unseen)
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


# spaCy's BILUO moves, as `BiluoPushDown.move_name` spells them.
BEGIN, IN, LAST, UNIT, OUT = "B", "I", "L", "U", "O"


class Moves:
    """A recognizer's BILUO moves by column of its scores: what `Walk` needs to pick the best
    valid one without asking the transition system at every step."""

    def __init__(self, ner: EntityRecognizer) -> None:
        moves = ner.moves
        self.size = moves.n_moves
        names = [moves.get_class_name(column) for column in range(self.size)]
        self.kinds = [name.split("-", 1)[0] for name in names]
        self.labels = [name.split("-", 1)[1] if "-" in name else "" for name in names]
        self.usable = set(self.kinds) <= {BEGIN, IN, LAST, UNIT, OUT} and self.kinds.count(OUT) == 1
        self.out = self.kinds.index(OUT) if self.usable else -1
        strings = ner.vocab.strings
        self.label_ids = [strings.as_int(label) if label else 0 for label in self.labels]
        labelled = numpy.array([bool(label) for label in self.labels], dtype=bool)
        kinds = numpy.array(self.kinds)
        self.unit = (kinds == UNIT) & labelled  # a unit without a label is only for preset blocked tokens
        self.begin = (kinds == BEGIN) & labelled
        self.inside = {label: column for column, (kind, label) in enumerate(zip(self.kinds, self.labels)) if kind == IN and label}
        self.last = {label: column for column, (kind, label) in enumerate(zip(self.kinds, self.labels)) if kind == LAST and label}



class Walk:
    """`_decode_one`'s steps for a text with no preset entities, taken without the transition
    system's per-step validity check (12 µs a step, most of the decoder's own time).

    With no preset entity, BILUO's validity (spaCy's `ner.pyx`) reads only a token's whitespace,
    whether the next token starts a sentence and the open entity's label: with no entity open,
    O is valid, U-x unless the token is whitespace, B-x also needs a next token that does not
    start a sentence; with one open, L-x of its label, and I-x when a next token exists that does
    not start a sentence. So the best valid action of every step with no entity open is one
    masked argmax over the precomputed rows, and the state is moved by the same `push`, `pop`,
    `open_ent` and `close_ent` its transitions make; only the steps inside an entity call the
    model. The first highest valid score wins, as spaCy's `arg_max_if_valid`; rows that are not
    all finite go back to the step loop.
    """

    def __init__(self, moves: Moves, closed: Any, starts: Any) -> None:
        self.moves = moves
        self.closed = closed  # per token, the best valid move with no entity open
        self.starts = starts  # per token, whether it starts a sentence

    @classmethod
    def of(cls, ner: EntityRecognizer, moves: Moves, doc: Doc, masked: Any) -> "Walk | None":
        """The walk for `doc` (rows `masked`, each unseen class at its row's lowest), or None when
        the doc or the recognizer falls outside what `Walk` reproduces."""
        n = len(doc)
        if not moves.usable or ner.postprocesses or masked.shape[1] != moves.size or n == 0:
            return None
        table = masked[:n]
        marks = doc.to_array(["SENT_START", "IS_SPACE", "ENT_IOB"])
        if marks[:, 2].any() or not numpy.isfinite(table).all():
            return None
        space = marks[:, 1].astype(bool)
        starts = marks[:, 0] == 1
        begin_ok = ~space
        begin_ok[-1] = False  # the last token cannot begin an entity
        begin_ok[:-1] &= ~starts[1:]  # nor one before a sentence's first token
        valid = numpy.zeros(table.shape, dtype=bool)
        valid[:, moves.out] = True
        valid[~space] |= moves.unit
        valid[begin_ok] |= moves.begin
        closed = numpy.where(valid, table, -numpy.inf).argmax(axis=1)
        return cls(moves, closed, starts)

    def run(self, state: Any, model: Any, weights: Any, bias: Any, unseen: Any) -> None:
        """Move `state` (at the doc's first token) to its final state, as `transition_states` would."""
        moves = self.moves
        starts, n = self.starts, len(self.starts)
        hidden = model.state2vec.predict
        position = 0
        for column in numpy.flatnonzero(self.closed != moves.out).tolist():
            if column < position:
                continue  # inside an entity opened before
            for _ in range(column - position):  # O: the state only moves on
                state.push()
                state.pop()
            position = column
            move = self.closed[column]
            kind, label, label_id = moves.kinds[move], moves.labels[move], moves.label_ids[move]
            state.open_ent(label_id)
            if kind == UNIT:
                state.close_ent()
            state.push()
            state.pop()
            position += 1
            if kind == UNIT:
                continue
            inside, last = moves.inside[label], moves.last[label]
            while True:
                scores = numpy.matmul(hidden(model.get_token_ids([state])), weights)
                scores += bias
                if unseen.size:
                    scores[:, unseen] = numpy.nanmin(scores)
                row = scores[0]
                can_go_on = position + 1 < n and not starts[position + 1]
                first, second = (inside, last) if inside < last else (last, inside)
                if not can_go_on:
                    best = last
                else:  # the first of the two valid columns unless the second scores strictly more
                    best = second if row[second] > row[first] else first
                if best == last:
                    state.close_ent()
                state.push()
                state.pop()
                position += 1
                if best == last:
                    break
        for _ in range(n - position):
            state.push()
            state.pop()


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
