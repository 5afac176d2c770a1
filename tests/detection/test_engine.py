"""The analyzer's shortcuts change nothing it finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.detection.engine import ContextWhereNeeded, Detector, RememberingRegistry
from tests.detection.helpers import Find
from privacy_gateway.detection.analyzer import build_analyzer
from privacy_gateway.policy.schema import load_policy

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
TEXTS = [
    "Patient MRN 00123456, seen by Dr. Olivia Brennan; call 555-201-3344 about the results.",
    "Card 4111 1111 1111 1111, expiry 04/27, routing number 021000021 for account 123456789.",
    "My passport number is 912803456 and my NHS number is 943 476 5919.",
]


@pytest.fixture(scope="module")
def presidio_enhanced() -> AnalyzerEngine:
    """An analyzer like the gateway's, with Presidio's own context enhancer."""
    analyzer = build_analyzer()
    analyzer.context_aware_enhancer = LemmaContextAwareEnhancer()
    return analyzer


@pytest.mark.parametrize("policy", ["default", "healthcare", "payments", "strict"])
def test_context_enhancement_only_where_needed_finds_the_same(policy: str, analyzer: AnalyzerEngine, presidio_enhanced: AnalyzerEngine) -> None:
    texts = TEXTS + [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()]
    rules = load_policy(bundled_policy(policy))
    assert isinstance(analyzer.context_aware_enhancer, ContextWhereNeeded)
    assert Detector(analyzer, rules).analyze(texts) == Detector(presidio_enhanced, rules).analyze(texts)


def test_the_registry_answers_in_the_order_recognizers_were_registered() -> None:
    # Presidio answers with a set, ordered by the objects' addresses: which of two recognizers'
    # equal results survived its merge (the evaluation's "found by" credit) moved between runs.
    recognizers = [
        PatternRecognizer(supported_entity=f"BADGE_{i % 3}", name=f"badge-{i}", patterns=[Pattern("badge", rf"\bB{i}-\d{{6}}\b", 0.9)])
        for i in range(40)
    ]
    registry = RememberingRegistry.adopt(RecognizerRegistry(recognizers=recognizers))
    for entities in (["BADGE_0", "BADGE_1", "BADGE_2"], ["BADGE_2", "BADGE_0"]):
        answer = registry.get_recognizers(language="en", entities=entities)
        assert answer == [r for r in recognizers if r.supported_entities[0] in entities]
    extra = PatternRecognizer(supported_entity="BADGE_1", name="extra", patterns=[Pattern("extra", r"\bX-\d{6}\b", 0.9)])
    assert registry.get_recognizers(language="en", entities=["BADGE_1"], ad_hoc_recognizers=[extra])[-1] is extra


def test_an_id_glued_inside_an_opaque_token_is_not_that_id(detector: Detector) -> None:
    # Found through the Responses API test: a call item id "fc_<request uuid hex>_0" held
    # "ee0272740", a valid DEA number, so one request in ~70 was kept local for a random id.
    inside, alone = detector.analyze(["fc_3f9aee0272740c1d2b_0", "DEA number ee0272740 on file"])
    assert [f.entity_type for f in inside] == []
    assert "MEDICAL_LICENSE" in [f.entity_type for f in alone]


def test_the_registry_answers_as_presidios_and_sees_recognizers_added_later(analyzer: AnalyzerEngine) -> None:
    registry = analyzer.registry
    assert isinstance(registry, RememberingRegistry)
    entities = ["PERSON", "EMAIL_ADDRESS", "EMPLOYEE_BADGE"]
    badge = PatternRecognizer(supported_entity="EMPLOYEE_BADGE", patterns=[Pattern("badge", r"\bBDG-\d{6}\b", 0.9)])
    first = registry.get_recognizers(language="en", entities=entities)
    assert set(first) == set(RecognizerRegistry.get_recognizers(registry, language="en", entities=entities))
    assert registry.get_recognizers(language="en", entities=entities) == first  # the same answer, in the same order
    with_ad_hoc = registry.get_recognizers(language="en", entities=entities, ad_hoc_recognizers=[badge])
    assert badge in with_ad_hoc and badge not in first
    registry.add_recognizer(badge)
    try:
        assert badge in registry.get_recognizers(language="en", entities=entities)
    finally:
        registry.remove_recognizer(badge.name)
    assert badge not in registry.get_recognizers(language="en", entities=entities)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{\n  repository(owner: "hashicorp", name: "terraform") {\n    issues { totalCount }\n  }\n}', id="vendor-as-owner"),
        pytest.param("Given this changelog, is 0.28.5 the right version number under semver?", id="listed-tool-in-lower-case"),
        pytest.param("make this PR description shorter\n\n~~~markdown\n## Summary\nfixes the cache\n~~~", id="code-fence-language"),
        pytest.param("< HTTP/2 401\n< date: Mon, 10 Jun 2024 15:31:45 GMT\n< content-type: application/json", id="weekday-of-a-date"),
    ],
)
def test_tools_fences_and_dates_the_parse_calls_someone_are_void(find: Find, text: str) -> None:
    assert find(text) == [], find(text)


def test_a_place_named_like_a_weekday_without_a_date_is_still_a_place(find: Find) -> None:
    found = find("I am visiting Mon State on Sun, 5 Jan with Sunday Okoro.")
    assert ("PERSON", "Sunday Okoro") in found and any(v.startswith("Mon") for t, v in found if t == "LOCATION"), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("plot t_max per city?\n\ncity,country,date,t_max\nLima,PE,2024-07-18,12.7\nKraków,PL,2024-07-18,24.1\nTokyo,JP,2024-07-18,31.0", id="csv"),
        pytest.param("add a weighted mean row?\n\n>>> df\n   country  pop_m  median_age\n0  Germany   83.2   44.9\n1  Nigeria  223.8   18.1\n2   Norway    5.5   39.8", id="data-frame"),
        pytest.param("make it idempotent:\n\nINSERT INTO countries (iso2, name, capital) VALUES ('NO', 'Norway', 'Oslo'), ('PE', 'Peru', 'Lima');", id="sql-seed"),
    ],
)
def test_a_dataset_of_the_world_s_places_that_holds_no_one_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("LOCATION", "PERSON")] == [], find(text)


def test_a_single_record_s_place_and_a_postcode_column_stay_masked(find: Find) -> None:
    assert ("LOCATION", "1867") in find("Which rows have an invalid code?\nid,zip\n1,1867\n2,789 51\n3,80331")
    assert ("LOCATION", "India") in find('Checkout bug: `postal_code` = "560041" fails, but the customer lives in India.')


def test_a_dataset_that_holds_people_keeps_its_places_masked(find: Find) -> None:
    text = "dedupe these?\n\nname,email,city\nAgnieszka Wrona,a.wrona@poczta.pl,Kraków\nTiago Nunes,tnunes@sapo.pt,Lisbon"
    found = find(text)
    assert ("LOCATION", "Kraków") in found and ("LOCATION", "Lisbon") in found, found


def test_a_time_zone_after_a_dataframe_s_row_number_is_a_setting(find: Find) -> None:
    text = "offsets below\n\n                  tz  utc_offset_summer\n0     Pacific/Chatham   +12:45\n1    America/St_Johns   -02:30\n2  Australia/Adelaide  +09:30"
    assert [v for t, v in find(text) if t in ("LOCATION", "PERSON")] == [], find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Oct 25 15:45:37 ip-10-0-3-17 search-indexer[1347]: level=info msg="listening" addr=:8080', id="a-port-under-addr"),
        pytest.param("components:\n  schemas:\n    Contact:\n      properties:\n        address:\n          type: object", id="a-schema-s-type"),
        pytest.param('aws ec2 describe-instances --query "Reservations[].Instances[].{State:State.Name,AZ:Placement.AvailabilityZone}"', id="a-query"),
    ],
)
def test_code_under_an_address_s_key_is_no_place(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == [], find(text)


def test_a_street_under_an_address_s_key_is_still_masked(find: Find) -> None:
    found = find('{"name": "Ana Lima", "address": "14 Kanyoni Lane, Nanyuki 10400"}')
    assert any(t == "LOCATION" and "Kanyoni" in v for t, v in found), found


def test_an_address_over_a_table_s_cells_is_still_masked(find: Find) -> None:
    text = "Is anything wrong in this table?\n| Straße | PLZ | Ort |\n|---|---|---|\n| 8252 Reynolds Summit Apt. 422 | 34568 | East Erinmouth |"
    found = [v for t, v in find(text) if t == "LOCATION"]
    assert any("Reynolds Summit" in v for v in found) and any("34568" in v for v in found), found


def test_an_address_that_runs_into_a_log_s_field_is_still_masked(find: Find) -> None:
    text = "Why does our geocoder fail on this one?\n\naddr: Studio 41 | 82 Booth Unions | Victoriaton | SM9 4GT  -> status=ZERO_RESULTS"
    found = " ".join(v for t, v in find(text) if t == "LOCATION")
    assert "82 Booth Unions" in found and "SM9 4GT" in found, find(text)

