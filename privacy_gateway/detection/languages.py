"""The languages detection reads, one table entry each, and which one a text is written in.

A language is a file, `data/languages/CODE.yaml`, and a spaCy pipeline package: the pipeline's
name, how its NER labels map to the labels the gateway's recognizers read, the words that say
what a value is in that language ("téléphone", "né le") and the street types written before a
street's name. `detection.languages: [en, fr]` loads each listed pipeline; the first language is
the default. A third language is a new file and `pip install` of its pipeline, not code.

Each text is identified on its own with py3langid (chosen for being small, offline and fast:
a 4.6 MB model in the wheel, about 0.3 ms per KB; langdetect is ten times slower and random
unless seeded, lingua's models are hundreds of MB, fasttext-langdetect downloads its model at
run time). A text goes to another language than the default only when it holds enough letters
to tell and the identifier is confident; short texts ("ok", "Merci") and mixed ones stay with
the default language, whose recognizers cover the language-neutral formats the same way.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from privacy_gateway.yamlfile import parse_yaml

DEFAULT_LANGUAGES = ("en",)
# Fewer letters than this and a text is not worth identifying: it stays in the default language.
MIN_LETTERS = 24
# How sure the identifier must be before a text leaves the default language.
MIN_CONFIDENCE = 0.75
# Identifying the first few KB says what the rest is written in; the cost stays bounded.
SAMPLE_CHARS = 4096
_NOT_WORDS = re.compile(r"\S*[\d@/\\_=<>{}|#]\S*")


class UnknownLanguage(ValueError):
    """A language with no table entry (no `data/languages/CODE.yaml`)."""


@dataclass(frozen=True)
class LanguageSupport:
    """What detection needs to know about one language (see the module docstring; each key is
    described in `data/languages/fr.yaml`)."""

    code: str
    model: str
    ner_labels: dict[str, str] = field(default_factory=dict)
    ner_not_edges: tuple[str, ...] = ()
    ner_needs_propn: tuple[str, ...] = ()
    verb_followers: tuple[str, ...] = ()
    verb_rules: tuple[tuple[str, str], ...] = ()
    context: dict[str, tuple[str, ...]] = field(default_factory=dict)
    person_titles: tuple[str, ...] = ()
    person_labels: tuple[str, ...] = ()
    person_single_cues: tuple[str, ...] = ()
    street_types: tuple[str, ...] = ()
    street_connectors: tuple[str, ...] = ()
    number_suffixes: tuple[str, ...] = ()
    postcodes: tuple[str, ...] = ()
    town_suffixes: tuple[str, ...] = ()
    months: tuple[str, ...] = ()

    def cue_words(self) -> frozenset[str]:
        """Every one-word cue of the entry, lower-cased: words that say what a value is, never a value."""
        words = [w for ws in self.context.values() for w in ws] + list(self.person_labels) + list(self.person_single_cues)
        return frozenset(w.lower().rstrip(".") for w in words if " " not in w)


def known_languages() -> list[str]:
    """The codes that have a table entry."""
    folder = resources.files("privacy_gateway.detection") / "data" / "languages"
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


@functools.lru_cache(maxsize=16)
def language_support(code: str) -> LanguageSupport:
    """The table entry of `code`, read from its file."""
    if not re.fullmatch(r"[a-z]{2,3}", code) or code not in known_languages():
        raise UnknownLanguage(f"no support for language {code!r} (known: {', '.join(known_languages())})")
    path = resources.files("privacy_gateway.detection") / "data" / "languages" / f"{code}.yaml"
    raw: Any = parse_yaml(path.read_text(encoding="utf-8"), f"{code}.yaml") or {}
    values: dict[str, Any] = {"code": code, "model": str(raw["model"])}
    for f in fields(LanguageSupport):
        if f.name in values or f.name not in raw:
            continue
        value = raw[f.name]
        if f.name == "ner_labels":
            values[f.name] = {str(k): str(v) for k, v in value.items()}
        elif f.name == "context":
            values[f.name] = {str(k): tuple(str(w) for w in v) for k, v in value.items()}
        elif f.name == "verb_rules":
            values[f.name] = tuple((str(a), str(b)) for a, b in value)
        else:
            values[f.name] = tuple(str(w) for w in value)
    return LanguageSupport(**values)


class LanguageIdentifier:
    """Says which of the configured languages a text is written in (see the module docstring)."""

    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.languages = tuple(languages)
        self.default = self.languages[0]
        self._model: Any = None
        if len(self.languages) > 1:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier as Model

            self._model = Model.from_model_file(MODEL_FILE, norm_probs=True)
            self._model.set_languages(list(self.languages))

    def identify(self, text: str) -> str:
        """The language of `text`: the default unless another is clearly meant."""
        if self._model is None:
            return self.default
        # Addresses, numbers, handles and markup say nothing of the language around them.
        sample = _NOT_WORDS.sub(" ", text[:SAMPLE_CHARS])
        if sum(c.isalpha() for c in sample) < MIN_LETTERS:
            return self.default
        code, confidence = self._model.classify(sample)
        return str(code) if code != self.default and confidence >= MIN_CONFIDENCE else self.default


class VerbForms:
    """Whether a word is a form of a verb, by the pipeline's own rule lemmatizer tables (and any
    extra suffix rules of the language's entry): an infinitive, an irregular form, or a form whose
    suffix rule leads to an infinitive."""

    def __init__(self, nlp: Language, extra_rules: Sequence[tuple[str, str]] = ()) -> None:
        self.infinitives: frozenset[str] = frozenset()
        self.irregular: frozenset[str] = frozenset()
        self.rules: tuple[tuple[str, str], ...] = tuple(extra_rules)
        lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        lookups = getattr(lemmatizer, "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return
        self.infinitives = frozenset(lookups.get_table("lemma_index").get("verb", ()))
        self.irregular = frozenset(lookups.get_table("lemma_exc").get("verb", {})) if lookups.has_table("lemma_exc") else frozenset()
        if lookups.has_table("lemma_rules"):
            self.rules += tuple((old, new) for old, new in lookups.get_table("lemma_rules").get("verb", ()))

    def infinitive(self, word: str) -> bool:
        return word in self.infinitives

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self.infinitives or word in self.irregular:
            return True
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in self.infinitives for old, new in self.rules if old)


class NerLabels:
    """Reads a non-English pipeline's entities the way the gateway's recognizers expect them.

    - renames its NER labels to those the recognizers read (`PER` → `PERSON`, `LOC` → `GPE`);
    - keeps an entity of a weak label (French `MISC`: names, but also "Bonjour", "SQL") only
      when it has two words or more and the tagger calls one of them a proper noun;
    - takes off an entity's edges the words no name starts or ends with (by their POS tag), and
      the language's cue words ("Tél", "Adresse");
    - a sentence's first word that is a verb form and is followed by what follows a verb (an
      article, a pronoun…) is a verb: the small French pipeline reads "Résume les causes…",
      "Écris une requête…", "Appelez-moi" as names or places, and its tagger calls them proper
      nouns. They are retagged as verbs, so no name heuristic takes them either. An infinitive
      opening an entity ("Rappeler Amélie Roux") is a verb whatever follows.
    """

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self.not_edges: frozenset[str] = frozenset()
        self.needs_propn: frozenset[str] = frozenset()
        self.verb_followers: frozenset[str] = frozenset()
        self.verbs: VerbForms | None = None
        self.cue_words: frozenset[str] = frozenset()

    def _opening_verb(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        opens = i == 0 or token.is_sent_start or doc[i - 1].is_space or doc[i - 1].text in (":", "«", '"', "-") or "\n" in doc[i - 1].whitespace_
        if self.verbs is None or not token.is_title or not opens:
            return False
        word = token.lower_
        if word not in self.verbs:
            return False
        after = doc[i + 1] if i + 1 < len(doc) else None
        return self.verbs.infinitive(word) or (after is not None and after.pos_ in self.verb_followers)

    def __call__(self, doc: Doc) -> Doc:
        verbs = {i for i in range(len(doc)) if doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "X") and self._opening_verb(doc, i)}
        for i in verbs:
            doc[i].pos_ = "VERB"
        ents = []
        for e in doc.ents:
            start, end = e.start, e.end
            while start < end and (doc[start].pos_ in self.not_edges or start in verbs or doc[start].lower_ in self.cue_words):
                start += 1
            while end > start and (doc[end - 1].pos_ in self.not_edges or doc[end - 1].lower_ in self.cue_words):
                end -= 1
            if start >= end:
                continue
            if e.label_ in self.needs_propn and (end - start < 2 or not any(t.pos_ == "PROPN" for t in doc[start:end])):
                continue
            if self.mapping.get(e.label_, e.label_) == "PERSON":
                start, end = _with_capitals(doc, start, end)
            ents.append(Span(doc, start, end, label=self.mapping.get(e.label_, e.label_)))
        doc.ents = ents
        return doc


def _with_capitals(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name widened to a surname in capitals beside it ("Clément FRANÇOIS", "DUPONT Jean"),
    which the small pipelines leave out as an acronym."""

    def surname(i: int) -> bool:
        t = doc[i]
        return 0 <= i < len(doc) and t.is_upper and t.is_alpha and len(t) >= 2 and not t.ent_type_

    if end < len(doc) and surname(end):
        end += 1
    elif start > 0 and surname(start - 1):
        start -= 1
    return start, end


@Language.factory("gateway_ner_labels")
def _make_ner_labels(nlp: Language, name: str) -> NerLabels:
    return NerLabels()


def adopt_language(nlp: Language, support: LanguageSupport) -> None:
    """Add the label renaming to a non-English pipeline, after its entity recognizer."""
    if (support.ner_labels or support.ner_not_edges) and "gateway_ner_labels" not in nlp.pipe_names:
        last = [name for name in nlp.pipe_names if name in ("ner", "gateway_entities")]
        labels: Any = nlp.add_pipe("gateway_ner_labels", after=last[-1] if last else None)
        labels.mapping, labels.not_edges = dict(support.ner_labels), frozenset(support.ner_not_edges)
        labels.needs_propn, labels.cue_words = frozenset(support.ner_needs_propn), support.cue_words()
        if support.verb_followers:
            labels.verbs, labels.verb_followers = VerbForms(nlp, support.verb_rules), frozenset(support.verb_followers)
