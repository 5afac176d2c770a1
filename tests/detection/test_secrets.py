"""Credentials are entities of their own; code that only talks about them is not."""

from __future__ import annotations

import re

import pytest

from privacy_gateway.detection.secrets import KIND_INITIALS, KINDS

from tests.detection.helpers import Find

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


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("the admin password is Tr0ub4dor&3 so log in", ("PASSWORD", "Tr0ub4dor&3"), id="prose-password"),
        pytest.param("the wifi password is bluebird.", ("PASSWORD", "bluebird"), id="prose-password-word"),
        pytest.param("my PIN is 4821", ("PASSWORD", "4821"), id="pin"),
        pytest.param("Passcode: 739104", ("PASSWORD", "739104"), id="passcode"),
        pytest.param("pw: hunter22", ("PASSWORD", "hunter22"), id="pw"),
        pytest.param("redis://:s3cretpass@cache.internal:6379/0", ("PASSWORD", "s3cretpass"), id="url-no-user"),
        pytest.param("ftp://bob:p@ss!word@files.example.org/pub", ("PASSWORD", "p@ss!word"), id="url-password-with-at"),
        pytest.param("SMB://Admin:W1nter2024@fileserver/share", ("PASSWORD", "W1nter2024"), id="url-upper-scheme"),
        pytest.param("mongodb+srv://app:Xk9pQ2vL@cluster0.example.net/db", ("PASSWORD", "Xk9pQ2vL"), id="url-mongodb-srv"),
        pytest.param("Authorization: Basic YWxpY2U6aHVudGVyMg==", ("PASSWORD", "YWxpY2U6aHVudGVyMg=="), id="basic-auth-whole-token"),
        pytest.param("Authorization: Token 9f8e7d6c5b4a39281706f5e4", ("ACCESS_TOKEN", "9f8e7d6c5b4a39281706f5e4"), id="token-scheme"),
        pytest.param("curl -u alice:hunter2 https://api.example.com", ("PASSWORD", "hunter2"), id="curl-user"),
        pytest.param("Cookie: sessionid=8f14e45fceea167a5a36; theme=dark", ("ACCESS_TOKEN", "8f14e45fceea167a5a36"), id="cookie"),
        pytest.param("Set-Cookie: SID=31d4d96e407aad42; Path=/; Secure; HttpOnly", ("ACCESS_TOKEN", "31d4d96e407aad42"), id="set-cookie"),
        pytest.param('"cookies": [{"name": "sessionid", "value": "8f14e45fceea167a5a36dedd"}]',
                     ("ACCESS_TOKEN", "8f14e45fceea167a5a36dedd"), id="har-cookies"),
        pytest.param('{"name": "Cookie", "value": "JSESSIONID=A1B2C3D4E5F6A7B8C9D0"}',
                     ("ACCESS_TOKEN", "A1B2C3D4E5F6A7B8C9D0"), id="har-cookie-header"),
        pytest.param("GET /v1/data?api_key=8f14e45fceea167a5a36dedd4bea2543&format=json HTTP/1.1",
                     ("API_KEY", "8f14e45fceea167a5a36dedd4bea2543"), id="query-string-key"),
        pytest.param("username=alice&password=hunter&remember=1", ("PASSWORD", "hunter"), id="form-body"),
        pytest.param("POST /login\n\nuser=bob&pass=Summer%212024", ("PASSWORD", "Summer%212024"), id="form-url-encoded"),
    ],
)
def test_credentials_in_the_shapes_people_paste(find: Find, text: str, expected: tuple[str, str]) -> None:
    assert expected in secrets(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the password is incorrect, try again", id="prose-adjective"),
        pytest.param("Your password is required to continue.", id="prose-verb"),
        pytest.param("Cookie: theme=dark; lang=en", id="cookie-settings"),
        pytest.param("sorted(items, key=lambda x: x[1])", id="key-lambda"),
        pytest.param("Authorization: Bearer ${TOKEN}", id="bearer-placeholder"),
        pytest.param("a basic understanding of spin=1500 rpm", id="basic-and-spin"),
        pytest.param("https://example.com/docs?page=2&sort=asc", id="plain-query-string"),
        pytest.param("DATABASE_URL=postgres://user:password@localhost:5432/app", id="dsn-placeholder"),
        pytest.param("redis://:token@cache:6379/0", id="dsn-placeholder-token"),
    ],
)
def test_no_credential_in_look_alikes(find: Find, text: str) -> None:
    assert secrets(find(text)) == []


def test_a_websocket_handshake_key_is_a_public_nonce(find: Find) -> None:
    text = "GET /socket HTTP/1.1\nUpgrade: websocket\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\nSec-WebSocket-Version: 13"
    assert secrets(find(text)) == []
    assert secrets(find("X-Api-Key: dGhlIHNhbXBsZSBub25jZQ2x")) != []


def test_the_kind_lookahead_admits_exactly_what_the_kind_words_first_letters_do() -> None:
    """`_ASSIGNED` looks ahead for `KIND_INITIALS` before trying the kind words: a kind word that
    opened with anything but a letter, or a class that matched other characters than the words'
    first letters do (ignoring case: "ſ" for s, "K" for k), would change what is found."""
    words = KINDS.split("|")
    assert all(word[0].isalpha() for word in words)
    initials = re.compile(f"(?i:[{KIND_INITIALS}])")
    firsts = [re.compile(f"(?i:{re.escape(letter)})") for letter in {word[0] for word in words}]
    for code in range(0x10000):
        char = chr(code)
        assert bool(initials.fullmatch(char)) == any(first.fullmatch(char) for first in firsts), hex(code)


@pytest.mark.parametrize(
    "text",
    [
        "Convert this .env into a Kubernetes ConfigMap and Secret (which goes where?).",
        "Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=ci.example.org; dkim=pass header.d=example.org",
    ],
)
def test_an_aside_after_a_secret_s_word_and_a_check_that_passed_are_no_secrets(find: Find, text: str) -> None:
    assert find(text) == [], text


@pytest.mark.parametrize(("text", "value"), [("my password (hunter2x9)", "(hunter2x9"), ("login?user=bob&pass=hunter2x", "hunter2x")])
def test_a_password_after_its_word_still_counts(find: Find, text: str, value: str) -> None:
    assert ("PASSWORD", value) in find(text), text
