"""One CLI convention: did-you-mean, --path and --config on every audit command, --color, progress on stderr."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_gateway.cli.main import main
from privacy_gateway.telemetry.logs import JsonFormatter
from tests.helpers import GatewayFactory, chat


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        pytest.param(["serv"], "did you mean 'serve'?", id="command"),
        pytest.param(["serve", "--confg", "x.yaml"], "did you mean '--config'?", id="option"),
        pytest.param(["policy", "chek"], "did you mean 'check'?", id="subcommand"),
        pytest.param(["scan", "--tier", "clod", "x"], "did you mean 'cloud'?", id="choice"),
        pytest.param(["audit", "verfy"], "did you mean 'verify'?", id="audit-command"),
        pytest.param(["audit", "report", "--sice", "2026-01-01"], "did you mean '--since'?", id="audit-option"),
    ],
)
def test_a_mistyped_word_gets_a_suggestion(argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    assert code == 2 and hint in capsys.readouterr().err


def audit_log(tmp_path: Path) -> Path:
    from tests.audit.helpers import SYNTHETIC, fill_log

    path = tmp_path / "logs" / "audit.jsonl"
    path.parent.mkdir()
    fill_log(path, SYNTHETIC)
    return path


def audit(argv: list[str]) -> int:
    return main(["audit", *argv])


def test_every_audit_command_takes_path_and_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = audit_log(tmp_path)
    config = tmp_path / "gateway.yaml"
    config.write_text("audit: {path: logs/audit.jsonl}\n")
    assert audit(["verify", str(log)]) == 0 and audit(["verify", "--path", str(log)]) == 0
    for command in (["verify"], ["search", "--tier", "cloud"], ["report"]):
        assert audit([*command, "--config", str(config)]) == 0, command
    capsys.readouterr()
    assert audit(["verify", str(log), "--path", str(tmp_path / "other.jsonl")]) == 2
    assert "name different logs; give one" in capsys.readouterr().err
    assert audit(["report", "--path", str(tmp_path / "none.jsonl")]) == 2
    assert "pass the gateway's config with --config" in capsys.readouterr().err


def test_color_is_chosen_by_flag_and_no_color(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "g.yaml"
    config.write_text(f"backends:\n  local: {{kind: ollama, url: 'http://127.0.0.1:9', model: m}}\naudit: {{path: {tmp_path / 'a.jsonl'}}}\n")
    main(["doctor", "--config", str(config), "--color", "always"])
    assert "\033[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["doctor", "--config", str(config)])
    assert "\033[" not in capsys.readouterr().out


def test_scan_says_it_is_loading_the_model_on_stderr() -> None:
    result = subprocess.run([sys.executable, "-m", "privacy_gateway", "scan", "--json", "hello"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "loading the spaCy pipeline" in result.stderr
    assert json.loads(result.stdout)  # stdout stays clean for scripts


@pytest.mark.anyio
async def test_the_access_log_has_fields_and_no_query_or_body(gateway: GatewayFactory) -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter())
    access = logging.getLogger("privacy_gateway.access")
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    try:
        async with gateway() as client:
            response = await client.post("/v1/chat/completions?user=maria@example.com", json=chat("My SSN is 536-80-4398"))
    finally:
        access.removeHandler(handler)
    (line,) = [json.loads(x) for x in out.getvalue().splitlines()]
    assert {k: line[k] for k in ("method", "path", "status")} == {"method": "POST", "path": "/v1/chat/completions", "status": 200}
    assert line["request_id"] == response.headers["x-request-id"] and isinstance(line["latency_ms"], float)
    assert "maria" not in out.getvalue() and "536-80" not in out.getvalue()


def test_scan_suggests_a_bundled_policy_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--policy", "paymnts", "hello"]) == 2
    assert "did you mean 'payments'?" in capsys.readouterr().err


def test_a_closed_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    log = audit_log(tmp_path)
    command = f"{sys.executable} -m privacy_gateway audit search --path {log} --json | head -c 10 > /dev/null"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
