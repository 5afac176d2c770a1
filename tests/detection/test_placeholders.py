"""Template placeholders name fields and hold no data: what they void, and what they never can."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from privacy_gateway.detection.placeholders import inside_placeholder, placeholder_spans, zero_filled
from tests.detection.helpers import Find


def tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in placeholder_spans(text)]


@pytest.mark.parametrize("token", [
    "{{ first_name }}", "{{patient.family}}", "${FULL_NAME}", "${USER:-nobody}", "%USERNAME%", "$RECIPIENT_EMAIL",
    "{given_name}", "<FAMILY>", "<LAST_NAME>", "<your-name>", "<Your Name>", "<given-name>", "[Client Name]",
    "[First Name]", "YYYY-MM-DD", "DD/MM/YYYY", "YYYYMMDD",
])
def test_template_tokens_are_placeholders(token: str) -> None:
    assert tokens(f"x {token} y") == [token]


@pytest.mark.parametrize("text", [
    "<ann> are you there?",  # an IRC nick: no field word inside
    "[Ann Lee] approved it",
    "{{ 123-45-6789 }}",  # digits never make a placeholder
    "${X-4111-1111-1111-1111}",
    "<Maria Gonzalez>",
])
def test_real_values_in_brackets_are_not_placeholders(text: str) -> None:
    assert tokens(text) == []


@given(st.text(alphabet="0123456789-", min_size=1, max_size=20))
def test_no_placeholder_holds_a_number(number: str) -> None:
    # One digit may number a bracketed field (<LINE1>); two never stand in one, so no number can hide.
    for wrapped in (f"{{{{{number}}}}}", f"${{A{number}}}", f"%A{number}%", f"<name {number}>", f"[name{number}]"):
        assert all(sum(c.isdigit() for c in t) <= 1 for t in tokens(wrapped))
    for wrapped in (f"{{{{{number}}}}}", f"${{A{number}}}", f"%A{number}%"):
        assert all(not any(c.isdigit() for c in t) for t in tokens(wrapped))


@pytest.mark.parametrize("token", ["<LINE1>", "[ADDRESS_LINE_2]", "<CITY>"])
def test_a_bracketed_field_may_be_numbered_by_one_digit(token: str) -> None:
    assert tokens(f'"line": "{token}"') == [token]


def test_inside_means_wholly_inside() -> None:
    assert inside_placeholder([(2, 10)], 2, 10) and inside_placeholder([(2, 10)], 3, 9)
    assert not inside_placeholder([(2, 10)], 1, 9) and not inside_placeholder([(2, 10)], 5, 12)


def test_a_sample_hl7_message_with_placeholders_is_left_as_written(find: Find) -> None:
    text = ("Explain this sample:\nMSH|^~\\&|LAB|MAIN|||20250301||ORU^R01|MSG0001|P|2.5\n"
            "PID|1||<PATIENT_ID>^^^MAIN^MR||<SURNAME>^<FIRST_NAME>^<MIDDLE_INITIAL>||<BIRTH_DATE>|<GENDER>")
    assert find(text) == []


def test_a_fhir_template_is_left_as_written(find: Find) -> None:
    text = ('{"resourceType": "Patient", "name": [{"family": "{{family_name}}", "given": ["<GIVEN_NAME>"]}], '
            '"birthDate": "YYYY-MM-DD"}')
    assert find(text) == []


def test_a_filled_message_beside_a_template_is_still_masked(find: Find) -> None:
    text = "A template and a real one:\nPID|1||<MRN>^^^H^MR||<FAMILY>^<GIVEN>\nPID|1||00482913^^^H^MR||GONZALEZ^MARIA||19620314|F"
    found = find(text)
    assert ("PERSON", "GONZALEZ") in found and ("PERSON", "MARIA") in found
    assert not any(v.startswith("<") for _, v in found)


def test_a_template_s_other_square_bracketed_words_are_fields(find: Find) -> None:
    text = "Draft a lease renewal letter template with [Tenant Name], [Unit], [Current Rent], [New Rent], [Effective Date]."
    assert find(text) == []
    handover = "Use [Bed No.], [Patient Name] and [Post-op day]."
    spans = [handover[s:e] for s, e in placeholder_spans(handover)]
    assert {"[Bed No.]", "[Patient Name]", "[Post-op day]"} <= set(spans)


def test_a_bracketed_full_name_beside_a_template_field_is_someone_s(find: Find) -> None:
    assert ("PERSON", "Anna Berg") in find("Dear [Client Name], regards [Anna Berg]")
    assert "[Anna Berg]" not in [t[s:e] for t in ["Dear [Client Name], regards [Anna Berg]"] for s, e in placeholder_spans(t)]



@pytest.mark.parametrize(
    "value, expected",
    [
        ("00000000T", True),
        ("ES00 0000 0000 0000 0000 0000", True),
        ("AA 00 00 00 A", True),
        ("4000 0000 0000 0002", True),
        ("000123456789", False),  # a bank account with leading zeros is someone's
        ("12345678Z", False),
        ("00-00", False),  # too few digits to say
    ],
)
def test_zero_filled_masks(value: str, expected: bool) -> None:
    assert zero_filled(value) is expected
