"""`privacy-gateway policy check|test` and `scan`, as a security engineer runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from privacy_gateway.cli.main import main
from privacy_gateway.config.settings import bundled_policy

SHIPPED = bundled_policy("default").parent
BROKEN = {
    "unknown_key.yaml": "version: 1\nentities:\n  PERSON: {action: pseudonymize, treshold: 0.6}\n",
    "bad_regex.yaml": "version: 1\nentities: {TICKET: local_only}\nrecognizers:\n  - entity: TICKET\n    patterns:\n      - {regex: '\\bTCK-(\\d+', score: 0.9}\n",
    "syntax.yaml": "version: 1\nentities:\n  PERSON: pseudonymize\n   EMAIL_ADDRESS: pseudonymize\n",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_shipped_policies_pass_check(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "policy", "check", str(SHIPPED))
    assert code == 0, out
    for name in ("default", "healthcare", "payments", "strict"):
        assert f"{name}.yaml: ok (policy {name}, version " in out
        assert f"{name}.tests.yaml: ok (" in out


def test_the_shipped_policies_pass_their_tests(capsys: pytest.CaptureFixture[str], analyzer: Any) -> None:
    code, out, _ = run(capsys, "policy", "test", "--color", "never", str(SHIPPED))
    assert code == 0, out
    assert "FAIL" not in out and "note:" not in out  # every shipped policy has test cases
    for name in ("default", "healthcare", "payments", "strict", "default.fr"):
        assert f"ok   {SHIPPED / name}.tests.yaml" in out


def test_a_tests_file_names_the_languages_its_cases_run_under(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("version: 1\nentities: {PERSON: pseudonymize, PHONE_NUMBER: pseudonymize}\n")
    (tmp_path / "p.tests.yaml").write_text(
        "version: 1\nlanguages: [en, fr]\ncases:\n"
        "  - name: a French phone after its French label\n"
        "    text: 'Merci de rappeler la cliente sur son portable : 06 12 34 56 78, avant midi.'\n"
        "    expect: {tier: cloud, entities: [PHONE_NUMBER], cloud_never_sees: ['34 56 78']}\n"
    )
    code, out, _ = run(capsys, "policy", "test", "--color", "never", str(tmp_path / "p.yaml"))
    assert code == 0, out
    (tmp_path / "p.tests.yaml").write_text("version: 1\nlanguages: fr\ncases:\n  - name: n\n    text: t\n    expect: {tier: cloud}\n")
    code, out, _ = run(capsys, "policy", "check", "-q", str(tmp_path))
    assert code == 1
    assert f"{tmp_path}/p.tests.yaml:2:12: languages must be a list of distinct language codes" in out


def test_check_locates_every_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name, text in BROKEN.items():
        (tmp_path / name).write_text(text)
    code, out, err = run(capsys, "policy", "check", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path}/bad_regex.yaml:6:17: invalid regex: missing ) at position 10",
        f"{tmp_path}/syntax.yaml:4:17: YAML syntax error: mapping values are not allowed here",
        f"{tmp_path}/unknown_key.yaml:3:34: unknown key 'treshold' in entity PERSON (did you mean 'threshold'?)",
    ]
    assert "3 problems in 3 of 3 files" in err


def test_check_reads_tests_files_against_their_policy(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("version: 1\nentities: {PERSON: pseudonymize}\n")
    (tmp_path / "p.tests.yaml").write_text("version: 1\ncases:\n  - name: n\n    text: t\n    expect: {tier: clowd, entities: [PERSN]}\n")
    code, out, _ = run(capsys, "policy", "check", "-q", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path}/p.tests.yaml:5:20: tier must be one of local, cloud, blocked, got 'clowd'",
        f"{tmp_path}/p.tests.yaml:5:38: unknown entity type 'PERSN' for this policy (did you mean 'PERSON'?)",
    ]


def test_check_never_prints_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("- just\n- a list\n")
    result = subprocess.run([sys.executable, "-m", "privacy_gateway", "policy", "check", str(tmp_path / "p.yaml"), str(tmp_path / "missing.yaml")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"{tmp_path}/p.yaml:1:1: a policy must be a mapping, got a list", f"{tmp_path}/missing.yaml:1:1: file not found"]
    assert "Traceback" not in result.stderr


def test_failing_cases_are_reported_like_a_test_runner(capsys: pytest.CaptureFixture[str], tmp_path: Path, analyzer: Any) -> None:
    (tmp_path / "p.yaml").write_text("version: 1\nentities: {EMAIL_ADDRESS: pseudonymize}\n")
    (tmp_path / "p.tests.yaml").write_text(
        "version: 1\ncases:\n"
        "  - name: passes\n    text: mail bob@example.com\n    expect: {tier: cloud, cloud_text: 'mail <EMAIL_ADDRESS_1>'}\n"
        "  - name: wrong tier\n    text: mail bob@example.com\n    expect:\n      tier: local\n      cloud_never_sees: [bob@]\n"
    )
    code, out, _ = run(capsys, "policy", "test", "--color", "never", str(tmp_path / "p.yaml"))
    assert code == 1
    assert f"FAIL {tmp_path}/p.tests.yaml  1/2 passed" in out
    assert f"  FAIL {tmp_path}/p.tests.yaml:6:5: wrong tier" in out
    assert "tier: expected local, got cloud (client_requested_cloud)" in out
    assert "PASS" not in out  # passes are listed with -v only
    assert out.rstrip().splitlines()[-1].startswith("1/2 passed, 1 failed")


def test_a_policy_without_cases_is_a_failure_when_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("version: 1\n")
    code, out, _ = run(capsys, "policy", "test", str(tmp_path / "p.yaml"))
    assert code == 1 and f"no test cases for this policy: write them in {tmp_path}/p.tests.yaml" in out


def test_scan_shows_entities_actions_routing_and_the_cloud_text(capsys: pytest.CaptureFixture[str], analyzer: Any) -> None:
    code, out, _ = run(capsys, "scan", "--json", "please email jane.doe@example.com about SSN 536-80-4398")
    assert code == 0
    result = json.loads(out)
    assert result["policy"]["name"] == "default" and len(result["policy"]["version"]) == 12
    assert {(e["type"], e["text"], e["action"]) for e in result["entities"]} >= {
        ("EMAIL_ADDRESS", "jane.doe@example.com", "pseudonymize"),
        ("US_SSN", "536-80-4398", "local_only"),
    }
    assert result["routing"] == {"tier": "local", "reason": "local_only_entities", "local_only_types": ["US_SSN"]}
    assert result["cloud_text"] is None


def test_scan_reads_standard_input_and_uses_another_policy(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, analyzer: Any) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("please refund the card 4111 1111 1111 1111 today"))
    code, out, _ = run(capsys, "scan", "--policy", "payments", "--color", "never", "-")
    assert code == 0
    assert "CREDIT_CARD  redact" in out
    assert "routing   asked for cloud → cloud: client_requested_cloud" in out
    assert "cloud     receives 'please refund the card <CREDIT_CARD> today'" in out


def test_scan_colours_only_when_asked_or_in_a_terminal(capsys: pytest.CaptureFixture[str], analyzer: Any) -> None:
    _, plain, _ = run(capsys, "scan", "my SSN is 536-80-4398")
    _, coloured, _ = run(capsys, "scan", "--color", "always", "my SSN is 536-80-4398")
    assert "\033[" not in plain and "\033[31m536-80-4398\033[0m" in coloured


def test_scan_reports_a_bad_policy_without_a_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("version: 2\n")
    code, _, err = run(capsys, "scan", "--policy", str(tmp_path / "p.yaml"), "hello")
    assert code == 1 and f"{tmp_path}/p.yaml:1:10: unsupported policy version 2" in err
