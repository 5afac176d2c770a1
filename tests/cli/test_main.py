from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "privacy_gateway", *args], capture_output=True, text=True, timeout=120)


def test_help_explains_what_it_does() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "serve" in result.stdout and "X-Privacy-Tier" in result.stdout
    serve = run("serve", "--help")
    assert "--config" in serve.stdout and "--port" in serve.stdout


def test_serve_refuses_a_bad_config_with_a_located_message(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("backends:\n  local: {kind: ollama, url: 'http://x', modle: m}\n")
    result = run("serve", "--config", str(config))
    assert result.returncode == 1
    assert f"{config}:2:" in result.stderr and "did you mean 'model'" in result.stderr
    assert "Traceback" not in result.stderr
