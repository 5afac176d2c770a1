from __future__ import annotations

import pytest

from privacy_gateway.audit.cli import main


@pytest.mark.parametrize(
    ("command", "mentions"),
    [
        pytest.param("verify", ["FILE:LINE", "--anchor", "rotated"], id="verify"),
        pytest.param("search", ["--value", "fingerprint", "stdin", "--since", "--entity", "--decision", "--json"],
                     id="search"),
        pytest.param("report", ["escalations", "--html", "--since", "--until"], id="report"),
    ],
)
def test_each_command_explains_itself(command: str, mentions: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for word in mentions:
        assert word in text


def test_usage_errors_exit_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["search", "--since", "last tuesday"]) == 2
    assert "not an ISO 8601 date or time" in capsys.readouterr().err
