"""`backends.local` / `backends.cloud` as ordered lists, and the `models:` map from a client's model name to a backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacy_gateway.config.checks import cloud_finding
from privacy_gateway.config.settings import ModelRoute, load_config
from privacy_gateway.yamlfile import FileProblems

TWO_CLOUDS = """\
backends:
  local: {kind: ollama, url: "http://127.0.0.1:11434", model: "qwen2.5:14b"}
  cloud:
    - {name: claude, kind: anthropic, url: "https://api.anthropic.com", model: claude-sonnet-4-20250514, api_key_env: PG_A}
    - name: gpt
      kind: openai
      url: "https://api.openai.com"
      model: gpt-4o
      models: [gpt-4o-mini]
      api_key_env: PG_B
models:
  cloud: [claude-opus-4-20250514]
  fast: gpt
  smart: {backend: claude, model: claude-opus-4-20250514}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gateway.yaml"
    path.write_text(text)
    return path


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PG_A", "a")
    monkeypatch.setenv("PG_B", "b")


def test_a_cloud_list_keeps_its_order_names_and_routes(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, TWO_CLOUDS))
    assert [b.label for b in config.tier_backends("cloud")] == ["claude", "gpt"]
    assert [b.label for b in config.tier_backends("local")] == ["ollama"]  # an unnamed backend is called by its kind
    assert config.route("fast") == ModelRoute("fast", "cloud", "gpt", "fast")
    assert config.route("smart") == ModelRoute("smart", "cloud", "claude", "claude-opus-4-20250514")
    assert config.route("gpt-4o-mini") == ModelRoute("gpt-4o-mini", "cloud", "gpt", "gpt-4o-mini")
    assert config.route("claude-opus-4-20250514") == ModelRoute("claude-opus-4-20250514", "cloud", "claude", "claude-opus-4-20250514")
    assert config.route("anything else") is None


def test_a_cloud_backend_without_its_key_is_left_out_and_the_rest_serve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PG_A")
    config = load_config(write(tmp_path, TWO_CLOUDS))
    assert [b.label for b in config.tier_backends("cloud")] == ["gpt"]
    assert config.disabled_backends == (("cloud:claude", "environment variable PG_A is not set"),)
    monkeypatch.delenv("PG_B")
    off = load_config(write(tmp_path, TWO_CLOUDS))
    assert off.tier_backends("cloud") == () and "PG_A" in (off.cloud_disabled_reason or "")
    assert cloud_finding(off).level == "warn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("backends: {cloud: []}", "gateway.yaml:1:19: backends.cloud is an empty list; list at least one backend", id="empty"),
        pytest.param(
            "backends:\n  cloud:\n    - {kind: openai, url: 'http://a', model: m}\n    - {kind: openai, url: 'http://b', model: n}\n",
            "gateway.yaml:4:7: backends.cloud[1] is called 'openai', as backends.cloud[0] is; give each backend of a tier its own `name:`",
            id="same-name",
        ),
        pytest.param(
            "backends:\n  cloud:\n    - {kind: openai, url: 'http://a', model: m}\n    - {kind: ollama, url: 'http://b', model: n}\n",
            "gateway.yaml:4:14: backends.cloud[1].kind must be one of anthropic, openai, got 'ollama'",
            id="kind-in-list",
        ),
        pytest.param("backends:\n  local:\n    - {kind: ollama, model: m}\n", "gateway.yaml:3:7: backends.local[0] needs a 'url'", id="missing-url"),
        pytest.param("backends:\n  local:\n    - 3\n", "gateway.yaml:3:7: backends.local[0] must be a mapping, got", id="not-a-mapping"),
        pytest.param("backends:\n  local: {kind: ollama, url: 'http://a', model: m, name: 'my backend'}\n", "backends.local.name must be a short name", id="bad-name"),
        pytest.param("backends:\n  local: {kind: ollama, url: 'http://a', model: m, models: m2}\n", "backends.local.models must be a list of model names", id="models-not-a-list"),
        pytest.param("models: {fast: gtp}\n", "gateway.yaml:1:16: models.fast: no backend is called 'gtp'", id="unknown-backend"),
        pytest.param(
            "backends:\n  local: {kind: openai, url: 'http://a', model: m}\n  cloud: {kind: openai, url: 'http://b', model: n}\nmodels: {fast: openai}\n",
            "models.fast: both tiers have a backend called 'openai'; write local:openai or cloud:openai",
            id="ambiguous",
        ),
        pytest.param("models: {fast: {model: x}}\n", "models.fast must name a backend", id="no-backend"),
        pytest.param(
            "backends:\n  local: {kind: ollama, url: 'http://a', model: m, models: [big]}\n  cloud: {kind: openai, url: 'http://b', model: n, models: [big]}\n",
            "gateway.yaml:1:1: model 'big' is listed for a local and a cloud backend; list it in one tier, or say which under `models:` (`big: BACKEND`)",
            id="both-tiers",
        ),
        pytest.param(
            "backends:\n  local: {kind: ollama, url: 'http://a', model: m, models: [big]}\nmodels: {cloud: [big]}\n",
            "model 'big' is listed for a local and a cloud backend",
            id="both-tiers-models-cloud",
        ),
    ],
)
def test_bad_backend_lists_name_line_key_and_next_step(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(FileProblems) as raised:
        load_config(write(tmp_path, text))
    assert expected in str(raised.value)


def test_a_tier_qualified_name_picks_between_tiers(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """\
backends:
  local: {kind: openai, url: 'http://a', model: m}
  cloud: {kind: openai, url: 'http://b', model: n}
models: {fast: 'local:openai', big: 'cloud:openai'}
"""))
    assert config.route("fast") == ModelRoute("fast", "local", "openai", "fast")
    assert config.route("big") == ModelRoute("big", "cloud", "openai", "big")


def test_a_models_entry_settles_a_name_both_tiers_list(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """\
backends:
  local: {kind: ollama, url: 'http://a', model: m, models: [big]}
  cloud: {kind: openai, url: 'http://b', model: n, models: [big]}
models: {big: openai}
"""))
    assert config.route("big") == ModelRoute("big", "cloud", "openai", "big")


def test_the_example_config_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "a")
    monkeypatch.setenv("OPENAI_API_KEY", "b")
    config = load_config(Path(__file__).resolve().parents[2] / "configs" / "two-clouds.yaml")
    assert [b.label for b in config.tier_backends("cloud")] == ["claude", "gpt"]
    assert config.route("fast") == ModelRoute("fast", "cloud", "gpt", "gpt-4o-mini")
