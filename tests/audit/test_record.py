from __future__ import annotations

import math

import pytest

from privacy_gateway.audit import AuditRecordError
from privacy_gateway.audit.record import REQUEST_FIELDS, validate_record

from tests.audit.helpers import make_record


def test_full_record_is_accepted_as_a_copy() -> None:
    record = make_record(entities={"US_SSN": {"count": 2, "action": "local_only"}}, fingerprints=["a" * 64])
    clean = validate_record(record)
    assert clean == record
    assert clean is not record


def test_the_writer_requires_nothing_and_stamps_the_time() -> None:
    clean = validate_record({})
    assert clean["time"].endswith("Z")


def test_every_contract_field_is_allowed() -> None:
    assert set(make_record()) == set(REQUEST_FIELDS)


@pytest.mark.parametrize("name", ["prompt", "text", "messages", "answer", "value", "values", "seq", "hash", "prev"])
def test_fields_outside_the_allow_list_are_refused(name: str) -> None:
    with pytest.raises(AuditRecordError, match="not allowed"):
        validate_record(make_record(**{name: "John Smith"}))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("client", "John Smith", id="client-with-space"),
        pytest.param("error", "upstream said: hello John Smith", id="error-with-text"),
        pytest.param("decision", "", id="empty-decision"),
        pytest.param("request_id", "x" * 200, id="long-request-id"),
        pytest.param("entities", {"US_SSN": {"count": 1, "action": "local_only", "value": "078-05-1120"}},
                     id="entity-with-value"),
        pytest.param("entities", {"us ssn": {"count": 1, "action": "local_only"}}, id="entity-name-not-a-type"),
        pytest.param("entities", {"US_SSN": {"count": -1, "action": "local_only"}}, id="negative-count"),
        pytest.param("entities", ["US_SSN"], id="entities-not-a-mapping"),
        pytest.param("fingerprints", ["078-05-1120"], id="fingerprint-not-hex"),
        pytest.param("fingerprints", "a" * 64, id="fingerprints-not-a-list"),
        pytest.param("outcome", "exploded", id="unknown-outcome"),
        pytest.param("status", "200", id="status-as-text"),
        pytest.param("status", 42, id="status-out-of-range"),
        pytest.param("tokens_in", True, id="bool-as-count"),
        pytest.param("latency_ms", math.nan, id="nan-latency"),
        pytest.param("cost_usd", -1.0, id="negative-cost"),
        pytest.param("failover", 1, id="failover-not-bool"),
        pytest.param("fallbacks", ["cloud: John Smith's proxy"], id="fallback-not-a-name"),
        pytest.param("fallbacks", "cloud:first", id="fallbacks-not-a-list"),
        pytest.param("time", "2026-11-25T17:00:00", id="time-without-offset"),
        pytest.param("time", "yesterday", id="time-not-iso"),
    ],
)
def test_values_of_the_wrong_shape_are_refused(field: str, value: object) -> None:
    with pytest.raises(AuditRecordError, match=repr(field)):
        validate_record(make_record(**{field: value}))


def test_errors_name_the_field_but_never_quote_the_value() -> None:
    with pytest.raises(AuditRecordError) as info:
        validate_record(make_record(client="Jane Roe 078-05-1120", error="jane@example.com leaked"))
    message = str(info.value)
    assert "'client'" in message and "'error'" in message
    assert "078-05-1120" not in message and "Jane" not in message and "jane@example.com" not in message
