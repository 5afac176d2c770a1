"""Where a leaked name, place or phone was lost: before the recognizer, or after it.

For each value the cloud saw verbatim, two facts are counted, never the value: what the NER
model tagged over it (its own label, another label, or nothing), and the kind of text it stood in
(`kind_name`: code and wordy technical text and questions about the world are guarded, where a
tagged name needs more evidence; technical text with contact data; prose). A value the model tagged right but that still leaked was
dropped by the gateway's own checks; one it never tagged needs a better model or a new cue. The
table holds counts only, so it may be printed for held-out corpora: it says which lever to pull
without showing a row.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Sequence

from privacy_gateway.detection.text_kind import kind_of
from privacy_gateway.testing.leak_metric import LeakReport, Sample

# The NER labels that stand for each attributed type.
LABELS = {"PERSON": frozenset({"PERSON"}), "LOCATION": frozenset({"GPE", "LOC", "FAC"}), "PHONE_NUMBER": frozenset()}
TAGS = ("own label", "other label", "nothing")
KINDS = ("code", "wordy", "world", "contact", "prose")

Tagger = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]  # texts -> per text [(start, end, label)]


def kind_name(text: str) -> str:
    """code (technical by code, versions or tools), wordy (technical by plain words only), world
    (a question about the world or history), contact (technical, with contact data), prose."""
    kind = kind_of(text)
    if kind.technical:
        return ("wordy" if kind.wordy else "code") if kind.guarded else "contact"
    return "world" if kind.guarded else "prose"


def attribute(report: LeakReport, samples: Iterable[Sample], tagger: Tagger) -> Counter[tuple[str, str, str]]:
    """(type, what the model tagged, kind of text) for every verbatim leak of an attributed type."""
    leaked: dict[str, set[tuple[str, str]]] = {}
    for leak in report.leaks:
        if leak.verbatim and leak.type in LABELS:
            leaked.setdefault(leak.sample_id, set()).add((leak.type, leak.value))
    rows = [s for s in samples if s.id in leaked]
    counts: Counter[tuple[str, str, str]] = Counter()
    for sample, entities in zip(rows, tagger([s.text for s in rows])):
        kind = kind_name(sample.text)
        for span in sample.spans:
            if (span.type, span.value) not in leaked[sample.id]:
                continue
            labels = {label for start, end, label in entities if start < span.end and end > span.start}
            tag = "nothing" if not labels else "own label" if labels & LABELS[span.type] else "other label"
            counts[(span.type, tag, kind)] += 1
    return counts


def format_causes(counts: Counter[tuple[str, str, str]]) -> str:
    """A table: a row per type and kind of text, a column per what the model tagged."""
    lines = [f"{'leaked verbatim':<26}" + "".join(f"{t:>13}" for t in TAGS)]
    for entity in LABELS:
        for kind in KINDS:
            row = [counts[(entity, tag, kind)] for tag in TAGS]
            if any(row):
                lines.append(f"{entity + ', ' + kind:<26}" + "".join(f"{n:>13}" for n in row))
    return "\n".join(lines)


def model_tagger(name: str) -> Tagger:
    """Tag with the NER of the spaCy pipeline the gateway is configured with (`detection.spacy_model`)."""
    from privacy_gateway.detection import model

    nlp = model.load(name)

    def tag(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]

    return tag
