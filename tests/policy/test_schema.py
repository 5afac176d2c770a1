from __future__ import annotations

from pathlib import Path

import pytest

from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.policy.schema import load_policy
from privacy_gateway.yamlfile import FileProblems


def test_default_policy_matches_the_documented_actions() -> None:
    policy = load_policy(bundled_policy("default"))
    for entity in ("US_SSN", "US_PASSPORT", "US_BANK_NUMBER", "CREDIT_CARD", "IBAN_CODE", "CRYPTO", "MEDICAL_LICENSE", "PRIVATE_KEY"):
        assert policy.rule(entity).action == "local_only", entity
    for entity in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "IP_ADDRESS", "US_DRIVER_LICENSE"):
        assert policy.rule(entity).action == "pseudonymize", entity
    assert policy.rule("DATE_TIME").action == "allow"
    assert policy.routing.on_local_failure == "escalate"
    assert len(policy.version) == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("version: 1\nentities:\n  PERSN: {action: pseudonymize}\n", ":3:3: unknown entity type 'PERSN' (did you mean 'PERSON'?)", id="entity-typo"),
        pytest.param("version: 1\nentities:\n  PERSON: {action: hide}\n", ":3:20: action must be one of", id="bad-action"),
        pytest.param("version: 1\nentities:\n  PERSON: {action: redact, threshold: 2}\n", ":3:39: threshold must be a number from 0 to 1", id="threshold"),
        pytest.param("version: 1\nentitys: {}\n", ":2:1: unknown key 'entitys' in policy (did you mean 'entities'?)", id="top-typo"),
        pytest.param("entities: {}\n", "missing 'version: 1'", id="no-version"),
        pytest.param("version: 1\nrouting: {on_local_failure: panic}\n", "on_local_failure must be one of escalate, fail_closed", id="routing"),
    ],
)
def test_bad_policies_are_located(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text)
    with pytest.raises(FileProblems) as caught:
        load_policy(path)
    assert expected in str(caught.value)
