"""detection.languages: each text is identified, analysed by its language's pipeline, and English
analysis stays exactly as it was with one language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, DetectorUnavailable, identifier_for
from privacy_gateway.detection.analyzer import build_analyzer, shared_analyzer
from privacy_gateway.detection.languages import LanguageIdentifier, UnknownLanguage, known_languages, language_support
from privacy_gateway.policy.schema import load_policy

BILINGUAL = ("en", "fr")
DEV = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"


@pytest.fixture(scope="module")
def identify() -> LanguageIdentifier:
    return identifier_for(BILINGUAL)


@pytest.fixture(scope="module")
def bilingual() -> Detector:
    return Detector(shared_analyzer(DEFAULT_SPACY_MODEL, BILINGUAL), load_policy(bundled_policy("default")))


@pytest.fixture(scope="module")
def english() -> Detector:
    return Detector(shared_analyzer(DEFAULT_SPACY_MODEL), load_policy(bundled_policy("default")))


def found(detector: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type, text[f.start : f.end]) for f in detector.analyze([text])[0]}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("Bonjour, pouvez-vous rappeler la cliente demain matin au sujet de sa commande ?", "fr", id="french"),
        pytest.param("Could you call the customer back tomorrow morning about her order?", "en", id="english"),
        pytest.param("Merci", "en", id="short-french-stays-default"),
        pytest.param("ok", "en", id="tiny"),
        pytest.param("Call Jean-Pierre Dupont at 06 12 34 56 78 about the invoice", "en", id="english-with-french-name"),
        pytest.param("Résume ce ticket pour l'équipe de nuit : jean.dupont@orange.fr, 06 12 34 56 78, FR76 3000 6000 0112 3456 7890 189, merci", "fr",
                     id="french-numbers-ignored"),
        pytest.param("", "en", id="empty"),
    ],
)
def test_a_text_is_identified_and_short_ones_stay_in_the_default_language(identify: LanguageIdentifier, text: str, language: str) -> None:
    assert identify.identify(text) == language


def test_the_first_configured_language_is_the_default() -> None:
    assert LanguageIdentifier(("fr", "en")).identify("ok") == "fr"
    assert LanguageIdentifier(("en",)).identify("Bonjour, pouvez-vous rappeler la cliente demain matin ?") == "en"


def test_a_third_language_is_a_table_entry_not_code() -> None:
    assert {"en", "fr"} <= set(known_languages())
    french = language_support("fr")
    assert french.model == "fr_core_news_sm"
    assert french.ner_labels["PER"] == "PERSON"
    assert "téléphone" in french.context["PHONE_NUMBER"]
    with pytest.raises(UnknownLanguage, match="'xx'"):
        language_support("xx")
    with pytest.raises(DetectorUnavailable, match="no support for language 'xx'"):
        build_analyzer(languages=("en", "xx"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bonjour, je suis Marie Dupont, j'habite au 12, rue de la Paix, 75002 Paris. Appelez-moi au 06 12 34 56 78.",
            {("PERSON", "Marie Dupont"), ("LOCATION", "12, rue de la Paix, 75002 Paris"), ("PHONE_NUMBER", "06 12 34 56 78")},
            id="name-address-phone",
        ),
        pytest.param(
            "Patiente : Mme Sophie Lefèvre, née le 14/03/1962, numéro de sécurité sociale 2 62 03 75 114 023 45.",
            {("DATE_OF_BIRTH", "14/03/1962"), ("FR_NIR", "2 62 03 75 114 023 45")},
            id="nir-and-birth-date",
        ),
        pytest.param(
            "Merci de virer 250 € sur le compte FR76 3000 6000 0112 3456 7890 189 au nom de Lucie Moreau.",
            {("IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189"), ("PERSON", "Lucie Moreau")},
            id="iban",
        ),
        pytest.param(
            "Compte rendu : M. Bernard Petit, adressé par le Dr Claire Fontaine. Joignable au 01.23.45.67.89 ou au +33 6 12 34 56 78.",
            {("PHONE_NUMBER", "01.23.45.67.89"), ("PHONE_NUMBER", "+33 6 12 34 56 78")},
            id="phones",
        ),
        pytest.param(
            "Envoie un SMS à Nicolas au 07 81 22 33 44 : le remboursement est en route.",
            {("PERSON", "Nicolas"), ("PHONE_NUMBER", "07 81 22 33 44")},
            id="one-name-after-a-contact-word",
        ),
        pytest.param(
            "La livraison du colis chez Martine Girard à Besançon a échoué deux fois cette semaine.",
            {("PERSON", "Martine Girard"), ("LOCATION", "Besançon")},
            id="french-ner-read-as-labelled",
        ),
    ],
)
def test_french_text_is_analysed_with_the_french_pipeline_and_the_gateways_recognizers(
    bilingual: Detector, text: str, expected: set[tuple[str, str]]
) -> None:
    assert bilingual.kind(text).language == "fr"
    assert expected <= found(bilingual, text)


def test_a_sentence_opening_verb_is_not_taken_for_a_name(bilingual: Detector) -> None:
    for text in ("Appelez-moi demain pour parler du devis de la cuisine.", "Quelle est la différence entre une liste et un tuple en Python ?"):
        assert not {t for t, _ in found(bilingual, text)} & {"PERSON", "LOCATION"}, text


def test_english_analysis_is_unchanged_when_french_is_configured(bilingual: Detector, english: Detector) -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()[:80]]
    texts = [r["text"] for r in rows if bilingual.kind(r["text"]).language == "en"]
    assert len(texts) >= 75
    assert bilingual.analyze(texts) == english.analyze(texts)


def test_pieces_of_a_long_text_are_analysed_in_the_language_of_the_whole(bilingual: Detector, monkeypatch: pytest.MonkeyPatch) -> None:
    # The pool cuts long texts and passes each piece the kind of its whole text, language included:
    # a piece that alone reads as English is still parsed by the French pipeline.
    languages: list[str] = []
    process_batch = bilingual.analyzer.nlp_engine.process_batch

    def spy(texts: list[str], language: str, **kwargs: object) -> object:
        languages.append(language)
        return process_batch(texts, language=language, **kwargs)

    monkeypatch.setattr(bilingual.analyzer.nlp_engine, "process_batch", spy)
    piece = "OK. Ticket closed, contact Amelia Ross, phone 07 81 22 33 44, thanks."
    assert bilingual.kind(piece).language == "en"
    whole = bilingual.kind("Bonjour à toute l'équipe, voici le compte rendu de la réunion de lundi. " + piece)
    assert whole.language == "fr"
    findings = bilingual.analyze([piece], [whole])[0]
    assert languages == ["fr"]
    assert ("PHONE_NUMBER", "07 81 22 33 44") in {(f.entity_type, piece[f.start : f.end]) for f in findings}


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_identification_is_total_and_picks_a_configured_language(text: str) -> None:
    assert identifier_for(BILINGUAL).identify(text) in BILINGUAL


def test_analyzer_processes_analyse_pieces_of_french_texts_as_this_process_does(bilingual: Detector) -> None:
    from privacy_gateway.detection.pool import AnalyzerPool
    from privacy_gateway.detection.processes import AnalyzerProcesses

    corpus = Path(__file__).resolve().parents[2] / "eval" / "french" / "tune.jsonl"
    rows = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts = ["\n\n".join(rows[i : i + 12]) for i in range(0, 48, 12)]
    processes = AnalyzerProcesses(build_analyzer, DEFAULT_SPACY_MODEL, 1, BILINGUAL)
    processes.start()
    pool = AnalyzerPool(2, 30.0, processes)
    try:
        assert processes.wait_ready(300), "the analyzer process did not start"
        for text in texts:
            assert bilingual.kind(text).language == "fr"
            assert pool.analyze(bilingual, [text]) == bilingual.analyze([text])
    finally:
        pool.executor.shutdown()
        processes.close()


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Prépare une liste de cadeaux pour le départ de Denise Diallo : trois idées.", "Denise Diallo", id="number-in-words-after-a-colon"),
        pytest.param("Écris deux phrases de remerciement pour Hugo Pellet : trois ans de service.", "Hugo Pellet", id="years-in-words"),
    ],
)
def test_a_name_before_a_colon_and_a_number_in_words_is_someones(bilingual: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(bilingual, text)
