"""The entity decoder's walk (the steps with no entity open taken from one masked argmax) sets
exactly the entities spaCy's own decoder sets, on generated text and on the fallback's docs."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, Span

from privacy_gateway.detection import entity_decoder, model
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, STOCK_SPACY_MODEL
from privacy_gateway.detection.entity_decoder import EntityDecoder, Walk


@lru_cache(maxsize=None)
def pipeline(name: str) -> tuple[Language, Any, EntityDecoder]:
    nlp = model.load(name)
    ner = nlp.get_pipe("ner")
    decoder = EntityDecoder()
    decoder.take(ner)
    return nlp, ner, decoder


def _words() -> list[str]:
    """Words of the kinds the recognizer labels (people, places, firms, dates, sums) and plain
    ones, from Faker's lists: entities begin, continue and end at every kind of neighbour."""
    fake = Faker(["en_US", "en_GB", "de_DE", "fr_FR"])
    fake.seed_instance(18)
    kinds = (fake.first_name, fake.last_name, fake.city, fake.company, fake.country, fake.day_of_week, fake.month_name, fake.word, fake.word)
    return [kind() for kind in kinds for _ in range(12)] + ["$40", "12", "3rd", "Mr.", "the", "in", "at", "of", "and", "“", "'s"]


WORDS = _words()
GAPS = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "  ", " - ", "? ", ": ", "\t"]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=60).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


def parsed(nlp: Language, text: str) -> Doc:
    """`text` through the components before the entity recognizer, as the pipeline runs them."""
    before = nlp.pipe_names[: nlp.pipe_names.index("ner")]
    with nlp.select_pipes(enable=before):
        return nlp(text)


def entities(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.parametrize("name", [DEFAULT_SPACY_MODEL, STOCK_SPACY_MODEL])
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXTS)
def test_the_walk_finds_what_spacys_decoder_finds(name: str, text: str) -> None:
    nlp, ner, decoder = pipeline(name)
    doc = parsed(nlp, text)
    assert entities(decoder(doc.copy())) == entities(ner(doc.copy()))


def test_the_walk_decodes_a_text_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text with no preset entity is walked, not stepped through the transition system."""
    nlp, ner, decoder = pipeline(DEFAULT_SPACY_MODEL)
    walked: list[Walk] = []
    run = Walk.run
    monkeypatch.setattr(Walk, "run", lambda walk, *args: walked.append(walk) or run(walk, *args))
    doc = parsed(nlp, "Ask Peter Hall in Leeds on Monday.\n\nMaria Lopez, Acme Corp, paid $40 to Berlin.")
    ours = decoder(doc.copy())
    assert len(walked) == 1
    assert entities(ours) and entities(ours) == entities(ner(doc.copy()))


def test_preset_entities_go_back_to_the_step_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entity set before the recognizer constrains its moves in ways the walk does not read:
    such a doc is decoded step by step, with the same entities as spaCy's decoder."""
    nlp, ner, decoder = pipeline(DEFAULT_SPACY_MODEL)
    walked: list[Walk] = []
    run = Walk.run
    monkeypatch.setattr(Walk, "run", lambda walk, *args: walked.append(walk) or run(walk, *args))
    doc = parsed(nlp, "Ask Peter Hall in Leeds whether Maria Lopez paid.")
    doc.set_ents([Span(doc, 4, 5, label="ORG")], default="unmodified")
    ours = decoder(doc.copy())
    assert walked == []
    assert ("Leeds", "ORG") in [(e.text, e.label_) for e in ours.ents]
    assert entities(ours) == entities(ner(doc.copy()))


def test_scores_that_are_not_finite_go_back_to_the_step_loop() -> None:
    """spaCy's argmax skips a NaN that numpy's would pick: such rows are not walked."""
    nlp, ner, decoder = pipeline(DEFAULT_SPACY_MODEL)
    doc = parsed(nlp, "Ask Peter Hall.")
    moves = entity_decoder.Moves(ner)
    table = entity_decoder.numpy.zeros((len(doc), moves.size), dtype="f")
    assert Walk.of(ner, moves, doc, table) is not None
    table[1, 0] = float("nan")
    assert Walk.of(ner, moves, doc, table) is None
