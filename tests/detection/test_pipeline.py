"""The trimmed spaCy pipeline annotates exactly as the shipped one, minus the parser."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from privacy_gateway.detection import entity_decoder, model
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, STOCK_SPACY_MODEL
from privacy_gateway.detection.entity_decoder import ClosedRows, EntityDecoder, decodable
from privacy_gateway.detection.pipeline import TagRules, trim_pipeline

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
FIXTURES = sorted((Path(__file__).parent / "data").glob("*.jsonl"))
SENTENCES = [
    "I'm sure she hasn't been to Paris, but they were going to visit Peter Hall's office anyway.",
    "Could you email me at maria@example.com? We'd like something nobody else has done.",
    "  Ship to:\n\n14 Elm Street, Leeds   — tel +44 20 7946 0958. It's ours, not theirs!",
]


def annotations(nlp: spacy.language.Language, texts: list[str]) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_, str(t.is_sent_start))
        for doc in nlp.pipe(texts)
        for t in doc
    ]


def test_trimmed_pipeline_annotates_like_the_attribute_ruler() -> None:
    reference = model.load(DEFAULT_SPACY_MODEL)
    reference.disable_pipe("parser")
    reference.enable_pipe("senter")
    trimmed = model.load(DEFAULT_SPACY_MODEL)
    trim_pipeline(trimmed)
    assert "attribute_ruler" not in trimmed.pipe_names and "parser" not in trimmed.pipe_names
    assert "gateway_tag_rules" in trimmed.pipe_names
    assert "gateway_entities" in trimmed.pipe_names and "ner" not in trimmed.pipe_names
    texts = SENTENCES + [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()]
    assert annotations(trimmed, texts) == annotations(reference, texts)


def test_later_rules_win_and_dependency_rules_are_left_out() -> None:
    rules = TagRules(
        [
            {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON"}},
            {"patterns": [[{"TAG": "PRP", "LOWER": {"IN": ["i", "me"]}}]], "attrs": {"LEMMA": "I", "POS": "X"}},
            {"patterns": [[{"LOWER": "i", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
            {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
        ]
    )
    assert rules.attrs_for("PRP", "me", False) == {"POS": "X", "LEMMA": "I"}
    assert rules.attrs_for("PRP", "you", False) == {"POS": "PRON"}
    assert rules.attrs_for("VB", "gon", False) == {}


def test_pipelines_with_a_parser_and_no_senter_are_left_alone() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL, exclude=["senter"])
    trim_pipeline(nlp)
    assert "parser" in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names


def test_the_rule_cache_never_keeps_a_prompts_words() -> None:
    rules = TagRules([{"patterns": [[{"TAG": "PRP", "LOWER": "me"}]], "attrs": {"LEMMA": "I"}},
                      {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}}])
    assert rules.attrs_for("NNP", "gonzalez", False) == {}
    assert rules.attrs_for("NN", "nothin'", False) == {"LEMMA": "nothing"}
    assert rules.attrs_for("PRP", "me", False) == {"LEMMA": "I"}
    assert not any("gonzalez" in str(key) or "nothin'" in str(key) for key in rules._cache)


def test_rules_write_the_setters_ids_and_remember_no_prompt_word() -> None:
    rules = TagRules([{"patterns": [[{"TAG": "PRP", "LOWER": "me"}]], "attrs": {"LEMMA": "I", "POS": "PRON", "MORPH": "Case=Acc"}},
                      {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}}])
    doc = rules(Doc(spacy.blank("en").vocab, words=["call", "me", "Gonzalez"], tags=["VB", "PRP", "NNP"]))
    assert [(t.tag_, t.pos_, t.lemma_, str(t.morph)) for t in doc] == [
        ("VB", "", "", ""), ("PRP", "PRON", "I", "Case=Acc"), ("NNP", "PROPN", "", "Number=Sing")]
    assert not any(doc.vocab.strings["gonzalez"] in key for key in rules._ids)


def texts_of(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()] if path.is_file() else []


@pytest.mark.parametrize("name", [DEFAULT_SPACY_MODEL, STOCK_SPACY_MODEL])
def test_entity_decoder_finds_what_spacys_decoder_finds(name: str) -> None:
    nlp = model.load(name)
    ner = nlp.get_pipe("ner")
    decoder = EntityDecoder()
    decoder.take(ner)
    texts = SENTENCES + ["", "   ", "Ok."] + [t for path in [CORPUS, *FIXTURES] for t in texts_of(path)]
    assert len(texts) > 300
    before = nlp.pipe_names[: nlp.pipe_names.index("ner")]
    found = 0
    for text in texts:
        with nlp.select_pipes(enable=before):
            doc = nlp(text)
        ours, theirs = decoder(doc.copy()), ner(doc.copy())
        assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in theirs.ents], text
        found += len(ours.ents)
    assert found > 300
    with nlp.select_pipes(enable=before):
        docs = list(nlp.pipe(texts[:40]))
    batched = list(decoder.pipe([d.copy() for d in docs], batch_size=7))
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in batched] == [[(e.start, e.end, e.label_) for e in ner(d.copy()).ents] for d in docs]


def test_only_greedy_entity_recognizers_are_decoded() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    assert decodable(nlp.get_pipe("ner"))
    assert not decodable(nlp.get_pipe("tagger"))
    nlp.get_pipe("ner").cfg["beam_width"] = 4
    assert not decodable(nlp.get_pipe("ner"))
    untrained = spacy.blank("en").add_pipe("ner")
    assert not decodable(untrained)  # its model cannot predict yet: spaCy's own decoder stays


def test_closed_rows_are_the_scores_a_step_computes() -> None:
    nlp = model.load(DEFAULT_SPACY_MODEL)
    ner = nlp.get_pipe("ner")
    before = nlp.pipe_names[: nlp.pipe_names.index("ner")]
    with nlp.select_pipes(enable=before):
        docs = list(nlp.pipe(SENTENCES + texts_of(CORPUS)[:30]))
    batch = ner.moves.init_batch(docs)
    step = ner.model.predict(docs)
    hidden = step.state2vec.predict
    weights, bias = step.vec2scores.get_param("W").T, step.vec2scores.get_param("b")
    rows = ClosedRows(hidden, batch, docs, weights, bias)
    states, looked_up = list(batch), 0
    while states:
        for state in states:
            scores = rows.of([state])
            if scores is not None:  # the model's own step's numbers, to float32 rounding: the same best action
                own = numpy.matmul(hidden(step.get_token_ids([state])), weights) + bias
                numpy.testing.assert_allclose(scores, own, rtol=1e-5, atol=1e-4)
                assert scores.argmax() == own.argmax()
                looked_up += 1
        scores = numpy.matmul(hidden(step.get_token_ids(states)), weights) + bias
        states = ner.transition_states(states, scores)
    step.clear_memory()
    assert looked_up > 500


class _CountingNumpy:
    """Stands in for numpy in `entity_decoder`: counts matrix products, delegates the rest."""

    def __init__(self) -> None:
        self.products = 0

    def matmul(self, *args: object, **kwargs: object) -> object:
        self.products += 1
        return numpy.matmul(*args, **kwargs)

    def __getattr__(self, name: str) -> object:
        return getattr(numpy, name)


def test_a_text_alone_steps_the_model_only_where_an_entity_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Alone in its batch, a text's steps read their row of the precomputed scores straight away
    (no per-step lookup over the batch's states), and the model's step runs only while an entity
    is open, never for the tokens outside entities."""
    nlp = model.load(DEFAULT_SPACY_MODEL)
    ner = nlp.get_pipe("ner")
    decoder = EntityDecoder()
    decoder.take(ner)
    before = nlp.pipe_names[: nlp.pipe_names.index("ner")]
    with nlp.select_pipes(enable=before):
        doc = nlp("Could you ask Peter Hall in Leeds whether the invoice went out on time and nobody else needs it?")
    counting = _CountingNumpy()
    monkeypatch.setattr(entity_decoder, "numpy", counting)
    lookups: list[int] = []
    batch_rows = ClosedRows.of
    monkeypatch.setattr(ClosedRows, "of", lambda rows, states: lookups.append(len(states)) or batch_rows(rows, states))
    ours = decoder(doc.copy())
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in ner(doc.copy()).ents]
    # One product for the rows of every token, then one per step with an entity open: an entity
    # of n tokens is open for its last n - 1.
    open_steps = sum(len(e) - 1 for e in ours.ents)
    assert ours.ents and open_steps and counting.products == 1 + open_steps
    assert lookups == []
    # Two texts in one batch: the batch's lookup, step by step.
    assert list(decoder.pipe([doc.copy(), doc.copy()])) and len(lookups) >= len(doc)
