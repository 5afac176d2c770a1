from __future__ import annotations

from pathlib import Path

import pytest

from privacy_gateway.config.settings import default_config, load_config
from privacy_gateway.yamlfile import FileProblems


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gateway.yaml"
    path.write_text(text)
    return path


def test_issue_example_config_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "k")
    config = load_config(write(tmp_path, """\
policy: default
backends:
  local: {kind: ollama, url: "http://127.0.0.1:11434", model: "qwen2.5:14b"}
  cloud: {kind: anthropic, url: "https://api.anthropic.com", model: "claude-sonnet-4-20250514", api_key_env: ANTHROPIC_API_KEY}
audit: {path: audit/audit.jsonl}
"""))
    assert config.local.model == "qwen2.5:14b" and config.cloud is not None
    assert config.audit_path == tmp_path / "audit/audit.jsonl"
    assert config.policy_path.name == "default.yaml" and config.policy_path.is_file()


@pytest.mark.parametrize(
    ("path", "made", "per_writer"),
    [
        pytest.param("audit/audit.jsonl", False, False, id="a-file"),
        pytest.param("audit/", False, True, id="trailing-slash"),
        pytest.param("audit", True, True, id="an-existing-directory"),
    ],
)
def test_audit_path_naming_a_directory_keeps_a_chain_per_writer(tmp_path: Path, path: str, made: bool, per_writer: bool) -> None:
    if made:
        (tmp_path / path).mkdir()
    config = load_config(write(tmp_path, f"audit: {{path: {path}}}\n"))
    assert config.audit_per_writer is per_writer and config.audit_path == tmp_path / path


def test_cloud_without_key_is_disabled_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    config = default_config()
    assert config.cloud is None
    assert "ANTHROPIC_API_KEY" in (config.cloud_disabled_reason or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("backends:\n  local: {kind: ollama, url: 'http://x', modle: m}\n", ":2:42: unknown key 'modle' in backends.local (did you mean 'model'?)", id="typo"),
        pytest.param("backends:\n  local:\n    kind: vllm\n    url: http://x\n    model: m\n", ":3:11: backends.local.kind must be one of ollama, openai", id="bad-kind"),
        pytest.param("policy: nowhere.yaml\n", ":1:9: policy file not found", id="missing-policy"),
        pytest.param("server: {port: 99999}\n", ":1:16: server.port must be a port number", id="bad-port"),
        pytest.param("backends: {local: {kind: ollama, url: x, model: m}}\n", "backends.local.url must start with http://", id="bad-url"),
        pytest.param("audit: [1, 2\n", "YAML syntax error", id="syntax"),
        pytest.param("detection: {processes: many}\n", ":1:24: detection.processes must be auto or a number of processes from 0 to 64", id="bad-processes"),
        pytest.param("detection: {processes: -1}\n", "detection.processes must be auto or a number", id="negative-processes"),
        pytest.param("detection: {languages: fr}\n", ":1:24: detection.languages must be a list of distinct language codes", id="languages-not-a-list"),
        pytest.param("detection: {languages: [en, en]}\n", "detection.languages must be a list of distinct", id="languages-repeated"),
        pytest.param("detection: {languages: [English]}\n", "detection.languages must be a list of distinct", id="languages-not-codes"),
    ],
)
def test_bad_config_names_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(FileProblems) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert expected in message


def test_backend_resilience_settings_are_read(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """\
backends:
  local: {kind: ollama, url: "http://127.0.0.1:11434", model: m, retries: 0, circuit_breaker: {failures: 2, reset_seconds: 5}}
"""))
    assert (config.local.retries, config.local.breaker_failures, config.local.breaker_reset_seconds) == (0, 2, 5.0)


def test_embedding_models_are_read_and_checked(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """\
backends:
  local: {kind: ollama, url: "http://127.0.0.1:11434", model: m, embedding_model: nomic-embed-text}
"""))
    assert (config.local.embedding_model, config.cloud and config.cloud.embedding_model) == ("nomic-embed-text", None)
    with pytest.raises(FileProblems, match=r"backends.local.embedding_model must be a non-empty string"):
        load_config(write(tmp_path, 'backends:\n  local: {kind: ollama, url: "http://x", model: m, embedding_model: 3}\n'))


def test_pricing_budgets_and_logging_are_read(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """\
pricing:
  models: {my-model: {input: 1.0, output: 2.0}}
  local: {input: 0.1, output: 0.1}
  reference_model: my-model
budgets:
  default: {daily_usd: 5}
  clients: {ci-bot: {monthly_usd: 20}}
  store: spend.sqlite
logging: {json: true}
"""))
    assert config.pricing.cost("cloud", "my-model", 1_000_000, 1_000_000) == 3.0
    assert config.pricing.cost("cloud", "claude-sonnet-4-20250514", 1_000_000, 0) == pytest.approx(3.0)  # from genai-prices
    assert config.budgets.default.daily_usd == 5 and dict(config.budgets.clients)["ci-bot"].monthly_usd == 20
    assert config.budgets.store == tmp_path / "spend.sqlite" and config.json_logs is True


def test_bad_prices_are_located(tmp_path: Path) -> None:
    with pytest.raises(FileProblems) as caught:
        load_config(write(tmp_path, "pricing:\n  models: {m: {input: -1, output: 2}}\n"))
    assert ":2:23: pricing.models.m.input must be a price" in str(caught.value)


@pytest.mark.parametrize(("value", "cores", "expected"), [("auto", 2, 1), ("auto", 1, 0), ("3", 2, 3), ("0", 8, 0)])
def test_analyzer_processes_default_to_one_beside_the_gateway_where_there_is_a_second_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, cores: int, expected: int
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: cores)
    assert load_config(write(tmp_path, f"detection: {{processes: {value}}}\n")).analyzer_processes == expected
    assert load_config(write(tmp_path, "policy: default\n")).analyzer_processes == (1 if cores >= 2 else 0)


def test_languages_default_to_english_and_keep_their_order(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "policy: default\n")).languages == ("en",)
    assert load_config(write(tmp_path, "detection: {languages: [fr, en]}\n")).languages == ("fr", "en")


def test_one_state_store_serves_budgets_and_limits(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "state: {redis_url: 'redis://cache:6379/0'}\n"))
    assert config.shared.redis_url == "redis://cache:6379/0" and config.shared.store is None
    older = load_config(write(tmp_path, "budgets: {store: spend.sqlite}\n"))  # the older spelling still works
    assert older.shared.store == tmp_path / "spend.sqlite"
    assert load_config(write(tmp_path, "policy: default\n")).shared.store is None  # default: limits in-process


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("state: {redis_url: 'http://cache'}\n", ":1:20: state.redis_url must be a redis:// URL", id="url"),
        pytest.param("state: {store: a.sqlite, redis_url: 'redis://c'}\n", "not both", id="both"),
        pytest.param("state: {store: a.sqlite}\nbudgets: {store: b.sqlite}\n", "older spelling of state.store", id="older-and-newer"),
        pytest.param("state: {stor: a.sqlite}\n", "unknown key 'stor'", id="typo"),
    ],
)
def test_bad_state_settings_are_located(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(FileProblems, match=message):
        load_config(write(tmp_path, text))
