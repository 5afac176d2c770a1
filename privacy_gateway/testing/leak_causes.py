"""Where a leaked name, place or phone was lost: before the recognizer, or after it.

For each value the cloud saw verbatim, two facts are counted, never the value: what the NER
model tagged over it (its own label, another label, or nothing), and the kind of text it stood in
(`kind_name`: code and wordy technical text and questions about the world are guarded, where a
tagged name needs more evidence; technical text with contact data; prose). A value the model tagged right but that still leaked was
dropped by the gateway's own checks; one it never tagged needs a better model or a new cue. The
table holds counts only, so it may be printed for held-out corpora: it says which lever to pull
without showing a row.

The same is counted for what was masked in a PII-free prompt (`attribute_masks`): each masked
span by its type, what the model tagged over it, the kind of text and its shape (one capitalised
word, several, one case, digits), and whether every word of it is an English word. That says
which rule over-masks, again without a value.
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

Finder = Callable[[Sequence[str]], list[list[tuple[int, int, str, str]]]]  # texts -> per text (start, end, type, recognizers) masked
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
            counts[(span.type, _tag(entities, span.start, span.end, LABELS[span.type]), kind)] += 1
    return counts


def _tag(entities: list[tuple[int, int, str]], start: int, end: int, own: frozenset[str]) -> str:
    """What the model tagged over start..end: one of `own` labels, another label, or nothing."""
    labels = {label for s, e, label in entities if s < end and e > start}
    return "nothing" if not labels else "own label" if labels & own else "other label"


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


# The NER labels that stand for the other types a PII-free prompt may have masked.
OWN_LABELS = {**LABELS, "ORGANIZATION": frozenset({"ORG"}), "NRP": frozenset({"NORP"}), "DATE_TIME": frozenset({"DATE", "TIME"})}
SHAPES = ("Capitalised word", "Capitalised words", "lower case", "UPPER CASE", "with digits", "other")


def shape(value: str) -> str:
    """The written form of a masked value, in one of `SHAPES`."""
    words = value.split()
    if any(c.isdigit() for c in value):
        return "with digits"
    if value.islower():
        return "lower case"
    if value.isupper() and len(value) > 1:
        return "UPPER CASE"
    if words and all(w[:1].isupper() for w in words):
        return "Capitalised word" if len(words) == 1 else "Capitalised words"
    return "other"


def attribute_masks(
    report: LeakReport, samples: Iterable[Sample], find: Finder, tagger: Tagger
) -> tuple[Counter[tuple[str, str, str, str, str]], Counter[tuple[str, str]]]:
    """(type, what the model tagged, kind of text, shape, English words or not) for every span
    masked in an altered PII-free prompt, ("none found", ...) when the finder masks nothing; and
    (type, the recognizers that found it) for the same spans."""
    from privacy_gateway.detection.lexicon import english_word

    altered = set(report.altered)
    rows = [s for s in samples if s.id in altered]
    texts = [s.text for s in rows]
    counts: Counter[tuple[str, str, str, str, str]] = Counter()
    sources: Counter[tuple[str, str]] = Counter()
    for text, spans, entities in zip(texts, find(texts), tagger(texts)):
        kind = kind_name(text)
        if not spans:
            counts[("none found", "", kind, "", "")] += 1
        for start, end, entity, found_by in spans:
            sources[(entity, found_by)] += 1
            value = text[start:end]
            tag = _tag(entities, start, end, OWN_LABELS.get(entity, frozenset()))
            words = [w.strip(".,;:!?()'\"").lower() for w in value.split()]
            english = "English" if words and all(w and english_word(w) for w in words) else "not English"
            counts[(entity, tag, kind, shape(value), english)] += 1
    return counts, sources


def format_masks(counts: Counter[tuple[str, str, str, str, str]]) -> str:
    """A table of masked spans: a row per type, kind of text, shape and wording; a column per tag."""
    lines = [f"{'masked in PII-free prompts':<62}" + "".join(f"{t:>13}" for t in TAGS)]
    keys = sorted({(k[0], *k[2:]) for k in counts}, key=lambda k: (-sum(counts[(k[0], t, *k[1:])] for t in TAGS), k))
    for entity, kind, form, english in keys:
        if entity == "none found":
            lines.append(f"{'altered, nothing masked by the detector, ' + kind:<62}{counts[(entity, '', kind, '', '')]:>13}")
            continue
        row = [counts[(entity, tag, kind, form, english)] for tag in TAGS]
        lines.append(f"{f'{entity}, {kind}, {form}, {english}':<62}" + "".join(f"{n:>13}" for n in row))
    return "\n".join(lines)


def format_sources(sources: Counter[tuple[str, str]]) -> str:
    """Which recognizers found the spans masked in PII-free prompts, most first."""
    lines = [f"{'masked in PII-free prompts, found by':<62}{'spans':>13}"]
    lines += [f"{f'{entity}: {by}':<62}{n:>13}" for (entity, by), n in sources.most_common()]
    return "\n".join(lines)


def name_shape(value: str) -> str:
    """A lost name's written form for the name traces: `shape`, joined by a hyphen or apostrophe
    or not, and whether every word is a common English word form ("rose hill", "MAY FISHER") or
    not ("Oyelaran"). Counts of these say which class of name the rules miss, never a name."""
    from privacy_gateway.detection.lexicon import common_form

    words = [w.strip(".,;:!?()\"").lower() for w in value.split()]
    joined = ", joined" if any(c in value for c in "-'’") else ""
    parts = [p for w in words for p in w.replace("’", "'").replace("-", " ").replace("'", " ").split()]
    english = "English" if parts and all(common_form(p) for p in parts) else "not English"
    return f"{shape(value)}{joined}, {english}"


def neighbour(text: str, start: int, end: int, before: bool, tokens: Sequence[tuple[int, int, str]]) -> str:
    """What stands right before (or after) start..end, by kind only: "line start"/"line end" when
    only spaces part it from the line's edge, the punctuation's class, else the part of speech of
    the nearest token (`tokens`: (start, end, coarse POS) from spaCy). Never the word itself."""
    if before:
        gap = text[:start].rsplit("\n", 1)[-1]
        if not gap.strip():
            return "line start"
        near = [t for t in tokens if t[1] <= start]
        token = near[-1] if near else None
    else:
        gap = text[end:].split("\n", 1)[0]
        if not gap.strip():
            return "line end"
        near = [t for t in tokens if t[0] >= end]
        token = near[0] if near else None
    if token is None:
        return "none"
    word = text[token[0] : token[1]]
    if token[2] == "PUNCT" or not any(c.isalnum() for c in word):
        return "punct " + ("," if word in ",;" else ":" if word == ":" else "." if word in ".!?" else "( or )" if word in "()[]" else "quote" if word in "\"'“”‘’" else "dash" if word in "-–—" else "other")
    return token[2]


def name_listing(value: str) -> str:
    """How many words a lost name has and what the name lists say of them, never the words: "1
    word, given" (a listed given name), "2 words, given+family", "unlisted" (no word in a list).
    Says whether a rule reading the lists could reach it at all."""
    from privacy_gateway.detection.lexicon import ascii_fold, listed_family, listed_given

    words = [ascii_fold(w.strip(".,;:!?()\"").lower()) for w in value.split()]
    words = [w for w in words if w]
    count = f"{len(words)} word{'s' if len(words) != 1 else ''}"
    if not words:
        return count
    first = "given" if words[0] in listed_given() else "family" if words[0] in listed_family() else "unlisted"
    if len(words) == 1:
        return f"{count}, {first}"
    last = "family" if words[-1] in listed_family() else "given" if words[-1] in listed_given() else "unlisted"
    return f"{count}, {first}+{last}"


def behind_mark(text: str, start: int, tokens: Sequence[tuple[int, int, str]]) -> str:
    """What stands before the punctuation right before start (a dash's or a colon's word: "thanks —",
    "owner:"), by part of speech or line start, never the word; "-" when no punctuation is there."""
    near = [t for t in tokens if t[1] <= start]
    if not near or any(c.isalnum() for c in text[near[-1][0] : near[-1][1]]):
        return "-"
    mark = near[-1]
    if not text[: mark[0]].rsplit("\n", 1)[-1].strip():
        return "line start"
    return neighbour(text, mark[0], mark[1], True, tokens)
