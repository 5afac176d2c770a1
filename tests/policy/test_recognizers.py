"""Custom recognizers declared in a policy: validation, checksums, and detection through the core."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.detection.engine import Detector
from privacy_gateway.policy.schema import load_policy
from privacy_gateway.checksums import VALIDATORS
from privacy_gateway.policy.recognizers import CHECKSUMS, allow_list_patterns
from privacy_gateway.yamlfile import FileProblems

POLICY = """\
version: 1
entities:
  TICKET_ID: local_only
  PROJECT_CODENAME: {action: redact}
  SERIAL: pseudonymize
recognizers:
  - name: tickets
    entity: TICKET_ID
    patterns:
      - {name: labelled, regex: '\\bTCK-\\d{6}\\b', score: 0.9}
      - {name: bare, regex: '\\b\\d{6}\\b', score: 0.2}
    context: [ticket]
  - entity: PROJECT_CODENAME
    deny_list: [Bluebird, Project Kestrel]
  - entity: SERIAL
    patterns:
      - {regex: '\\b\\d{16}\\b', score: 0.8}
    validate: luhn
allow_list: [Example Corp]
"""


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def found(analyzer: Any, path: Path, text: str) -> list[tuple[str, str]]:
    detector = Detector(analyzer, load_policy(path))
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze([text])[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("see TCK-004211 for details", [("TICKET_ID", "TCK-004211")], id="regex"),
        pytest.param("the ticket is 004211 now", [("TICKET_ID", "004211")], id="context-raises-a-weak-pattern"),
        pytest.param("we sold 004211 units", [], id="weak-pattern-without-context"),
        pytest.param("is bluebird on track?", [("PROJECT_CODENAME", "bluebird")], id="deny-list-any-case"),
        pytest.param("the project kestrel plan", [("PROJECT_CODENAME", "project kestrel")], id="deny-list-phrase"),
        pytest.param("bluebirds sing", [], id="deny-list-whole-words"),
        pytest.param("serial 4111111111111111", [("SERIAL", "4111111111111111")], id="checksum-passes"),
        pytest.param("serial 4111111111111112", [], id="checksum-fails"),
    ],
)
def test_custom_recognizers_find_what_the_policy_declares(analyzer: Any, tmp_path: Path, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(analyzer, write(tmp_path, POLICY), text) == expected


def test_a_policy_recognizer_never_runs_for_another_policy(analyzer: Any, tmp_path: Path) -> None:
    custom = write(tmp_path, POLICY)
    plain = write(tmp_path, "version: 1\ndefault_action: local_only\n", "plain.yaml")
    assert found(analyzer, custom, "is bluebird on track?") == [("PROJECT_CODENAME", "bluebird")]
    assert "PROJECT_CODENAME" not in {t for t, _ in found(analyzer, plain, "is bluebird on track?")}
    assert "PROJECT_CODENAME" not in analyzer.get_supported_entities("en")


def test_allow_list_values_are_never_found(analyzer: Any, tmp_path: Path) -> None:
    allowed = write(tmp_path, "version: 1\nentities: {PERSON: pseudonymize, ORGANIZATION: local_only}\nallow_list: [maria gonzalez]\n")
    assert found(analyzer, allowed, "Draft a reply to Maria Gonzalez.") == []  # any case
    assert found(analyzer, allowed, "Draft a reply to Maria Gonzalez and John Smith.") == [("PERSON", "John Smith")]


def test_allow_list_patterns_match_whole_values_only() -> None:
    import regex

    [pattern] = allow_list_patterns(("Example Corp",))
    assert regex.search(pattern, "example  corp.", regex.IGNORECASE)
    assert not regex.search(pattern, "Example Corporation", regex.IGNORECASE)
    assert not regex.search(pattern, "Example Corp\nMaria", regex.IGNORECASE | regex.MULTILINE)


def test_policy_checksum_names_are_the_validators() -> None:
    assert set(CHECKSUMS) == {"none", *VALIDATORS}


@pytest.mark.parametrize(
    ("recognizer", "expected"),
    [
        pytest.param("{entity: T, patterns: [{regex: '(a', score: 0.5}]}", ":4:36: invalid regex: missing ) at position 2", id="bad-regex"),
        pytest.param("{entity: T, patterns: [{regex: 'a?', score: 0.5}]}", ":4:36: regex matches empty text", id="empty-match"),
        pytest.param("{entity: T, patterns: [{regex: 'a'}]}", ":4:28: a pattern needs a 'score'", id="no-score"),
        pytest.param("{entity: T, patterns: [{regex: 'a', score: 2}]}", ":4:48: score must be a number from 0 to 1, got 2", id="score-range"),
        pytest.param("{entity: T, patterns: [{regx: 'a', score: 1}]}", ":4:29: unknown key 'regx' in pattern (did you mean 'regex'?)", id="pattern-key"),
        pytest.param("{entity: T, deny_list: [a], validate: luhn}", ":4:43: validate applies to pattern matches", id="validate-deny-list"),
        pytest.param("{entity: T, deny_list: [a], validate: md5}", ":4:43: validate must be one of none, luhn, iban, aba, got 'md5'", id="validate"),
        pytest.param("{entity: T, deny_list: [a], context: [two words]}", ":4:43: context word 'two words' must be a single word", id="context"),
        pytest.param("{entity: t, deny_list: [a]}", ":4:14: entity must be an entity type in UPPER_SNAKE_CASE", id="entity-name"),
        pytest.param("{entity: T}", ":4:5: recognizer T has neither 'patterns' nor 'deny_list'", id="empty"),
        pytest.param("{entity: T, deny_list: [a], denylist: [b]}", ":4:33: unknown key 'denylist' in recognizer (did you mean 'deny_list'?)", id="typo"),
        pytest.param("{entity: ALLOWED, deny_list: [a]}", ":4:5: recognizer 'ALLOWED_1' finds ALLOWED, which this policy allows", id="allowed-entity"),
    ],
)
def test_bad_recognizers_are_located(tmp_path: Path, recognizer: str, expected: str) -> None:
    entities = "entities: {T: local_only}\n" if "ALLOWED" not in recognizer else ""
    path = write(tmp_path, f"version: 1\n{entities or chr(10)}recognizers:\n  - {recognizer}\n")
    with pytest.raises(FileProblems) as caught:
        load_policy(path)
    assert f"{path}{expected}" in str(caught.value)


def test_custom_entity_types_are_known_only_to_their_policy(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nentities:\n  PROJECT_CODENAM: local_only\nrecognizers:\n  - {entity: PROJECT_CODENAME, deny_list: [Bluebird]}\n")
    with pytest.raises(FileProblems) as caught:
        load_policy(path)
    assert f"{path}:3:3: unknown entity type 'PROJECT_CODENAM' (did you mean 'PROJECT_CODENAME'?)" in str(caught.value)
