"""Credentials are entities of their own; code that only talks about them is not."""

from __future__ import annotations

import pytest

from tests.detection.conftest import Find

SECRET_TYPES = {"CLOUD_ACCESS_KEY", "ACCESS_TOKEN", "PRIVATE_KEY", "JWT", "PASSWORD", "API_KEY"}


def secrets(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(t, v) for t, v in found if t in SECRET_TYPES]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("boto3 rejects key AKIAIOSFODNN7EXAMPLE", ("CLOUD_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE"), id="aws-access-key"),
        pytest.param("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                     ("CLOUD_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), id="aws-secret"),
        pytest.param("token ghp_16C7e42F292c6912E7710c838347Ae178B4a in CI",
                     ("ACCESS_TOKEN", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"), id="github"),
        pytest.param("SLACK=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
                     ("ACCESS_TOKEN", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp"), id="slack"),
        pytest.param("Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
                     ("ACCESS_TOKEN", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"), id="bearer"),
        pytest.param("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                     ("JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"), id="jwt"),
        pytest.param('db = connect(password="hunter2!x")', ("PASSWORD", "hunter2!x"), id="password-quoted"),
        pytest.param("DB_PASSWORD=s3cr3tPass", ("PASSWORD", "s3cr3tPass"), id="env-password"),
        pytest.param("postgres://app:Tr0ub4dor@db.internal:5432/app", ("PASSWORD", "Tr0ub4dor"), id="url-credentials"),
        pytest.param("api_key: 8f14e45fceea167a5a36dedd4bea2543", ("API_KEY", "8f14e45fceea167a5a36dedd4bea2543"), id="api-key-yaml"),
        pytest.param("client = OpenAI(api_key='sk-proj-abcdefghijklmnopqrstuvwxyz123456')",
                     ("API_KEY", "sk-proj-abcdefghijklmnopqrstuvwxyz123456"), id="openai-key"),
    ],
)
def test_secrets(find: Find, text: str, expected: tuple[str, str]) -> None:
    assert expected in secrets(find(text))


def test_private_key_block(find: Find) -> None:
    block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7d\n-----END RSA PRIVATE KEY-----"
    assert ("PRIVATE_KEY", block) in secrets(find(f"Why does ssh reject this?\n{block}\nthanks"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('password = os.environ["DB_PASSWORD"]', id="env-lookup"),
        pytest.param("def login(user: str, password: str) -> bool:", id="type-hint"),
        pytest.param("password=None, token=get_token()", id="none-and-call"),
        pytest.param("api_key=${API_KEY} and password: <your password>", id="placeholders"),
        pytest.param("Set max_tokens=1024 and token_limit = 4096", id="settings"),
        pytest.param("How do I reset a forgotten password in Django?", id="prose"),
        pytest.param("The password policy requires 12 characters", id="prose-policy"),
        pytest.param("SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", id="hash"),
    ],
)
def test_no_secret_in_code_about_secrets(find: Find, text: str) -> None:
    assert secrets(find(text)) == []
