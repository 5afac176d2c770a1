"""Gateway config: named policies, the default one, and clients bound to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacy_gateway.config.settings import bundled_policy, load_config
from privacy_gateway.yamlfile import FileProblems

SHA = "a" * 64


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gateway.yaml"
    path.write_text(text)
    return path


def test_named_policies_with_a_default_and_client_bindings(tmp_path: Path) -> None:
    (tmp_path / "ops.yaml").write_text("version: 1\n")
    loaded = load_config(config(tmp_path, (
        "policies:\n  chat: default\n  ops: ops.yaml\n"
        "default_policy: chat\n"
        f"clients:\n  ops-bot: {{key_sha256: {SHA}, policy: ops}}\n  billing: {{key_sha256: {'b' * 64}, policy: payments}}\n"
    )))
    assert loaded.policy_files() == {
        "chat": bundled_policy("default"),
        "ops": tmp_path / "ops.yaml",
        "payments": bundled_policy("payments"),  # a bundled policy bound by name
    }


def test_a_single_policy_is_the_default_under_its_file_name(tmp_path: Path) -> None:
    assert load_config(config(tmp_path, "policy: strict\n")).policy_files() == {"strict": bundled_policy("strict")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("policies: {a: default}\ndefault_policy: b\n", ":2:17: default_policy 'b' is not a name under 'policies'", id="unknown-default"),
        pytest.param("policy: default\npolicies: {a: default}\ndefault_policy: a\n", ":3:1: set either 'policy' (one policy) or 'default_policy'", id="both"),
        pytest.param("policies: {a: nowhere.yaml}\n", ":1:15: policy file not found", id="missing-file"),
        pytest.param(f"clients:\n  bot: {{key_sha256: {SHA}, policy: payment}}\n", "clients.bot.policy 'payment' is neither a name under 'policies' nor a policy file (did you mean 'payments'?)", id="client-typo"),
    ],
)
def test_policy_bindings_are_validated(tmp_path: Path, text: str, expected: str) -> None:
    path = config(tmp_path, text)
    with pytest.raises(FileProblems) as caught:
        load_config(path)
    assert expected in str(caught.value)
