"""HL7 v2 segments and FHIR resources: the field says what a value is."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find

HL7 = (
    "Why does the interface reject this message?\n"
    "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|202402111030||ADT^A01|MSG00001|P|2.5\r"
    "PID|1||00482913^^^HOSP^MR||GONZALEZ^MARIA^L^^^^L||19620314|F|||12 ELM ST^^LEEDS^^LS1 4AB^GBR||0113 496 0000"
    "|||||ACC1234567|318-44-2071\r"
    "NK1|1|OKAFOR^CHIDI|SPO|12 ELM ST^^LEEDS||07700 900123\n"
    "PV1|1|I|WARD4^12^B||||004777^HALVORSEN^INGRID^A^^DR|||MED"
)

FHIR = (
    '{"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"}],'
    ' "name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]}],'
    ' "telecom": [{"system": "phone", "value": "(03) 5555 6473"}], "birthDate": "1974-12-25",'
    ' "address": [{"line": ["534 Erewhon St"], "city": "PleasantVille", "postalCode": "3999"}]}'
)


def test_hl7_fields_by_position(find: Find) -> None:
    found = set(find(HL7))
    for expected in [
        ("PERSON", "GONZALEZ"), ("PERSON", "MARIA"), ("PERSON", "OKAFOR"), ("PERSON", "CHIDI"),
        ("PERSON", "HALVORSEN"), ("PERSON", "INGRID"), ("DATE_OF_BIRTH", "19620314"),
        ("MEDICAL_RECORD_NUMBER", "00482913"), ("US_SSN", "318-44-2071"), ("LOCATION", "12 ELM ST"),
        ("PHONE_NUMBER", "0113 496 0000"),
    ]:
        assert expected in found
    assert not {v for _, v in found} & {"ADT", "A01", "HOSP", "MR", "EPIC", "MED"}


def test_fhir_patient_by_key(find: Find) -> None:
    found = set(find(FHIR))
    for expected in [
        ("PERSON", "Chalmers"), ("PERSON", "Peter"), ("PERSON", "James"), ("DATE_OF_BIRTH", "1974-12-25"),
        ("MEDICAL_RECORD_NUMBER", "12345"), ("PHONE_NUMBER", "(03) 5555 6473"), ("LOCATION", "534 Erewhon St"),
    ]:
        assert expected in found


def test_a_font_family_is_not_a_person(find: Find) -> None:
    assert ("PERSON", "Roboto") not in find('{"family": "Roboto", "variants": ["regular", "700"]}')


def test_a_markdown_table_is_not_hl7(find: Find) -> None:
    table = "| name | role |\n|---|---|\n| build^2 | ci |"
    assert find(table) == []


@pytest.mark.parametrize("text, names", [
    ('Why does the mapper drop this?\n"name": [{"use": "official", "family": "Kowalczyk", "given": ["Anna"]}]',
     {"Kowalczyk", "Anna"}),
    ('{"family": "Okafor", "use": "usual"}', {"Okafor"}),
    ('patch body: {"given": ["Chidi", "Ngozi"]}', {"Chidi", "Ngozi"}),
])
def test_fhir_names_outside_a_resource_object(find: Find, text: str, names: set[str]) -> None:
    assert {v for e, v in find(text) if e == "PERSON"} >= names


def test_a_text_key_beside_a_name_list_is_not_a_name(find: Find) -> None:
    assert ("PERSON", "Deploy finished") not in find('{"name": [{"id": 1}], "text": "Deploy finished"}')


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("Hospital no. on my old card: RBK 0418273\nAddress: 19 Freeman Street", "RBK 0418273", id="qualified-label-series"),
        pytest.param("Hospital number: RBK 0418273", "RBK 0418273", id="series-and-number"),
    ],
)
def test_a_hospital_number_after_a_label_with_words_before_its_colon(find: Find, text: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in find(text), find(text)


def test_words_before_a_colon_join_a_birth_date_to_its_label(find: Find) -> None:
    assert ("DATE_OF_BIRTH", "12/03/1980") in find("Date of birth of the child's father: 12/03/1980")
