"""The ingress list: one object per client API, and which API's error shape each path gets."""

from __future__ import annotations

import json
from typing import get_args

import pytest

from privacy_gateway.core.errors import ErrorKind
from privacy_gateway.web.ingress import apis, openai
from privacy_gateway.web.middleware.errors import error_json


def test_each_api_has_its_own_route_and_name() -> None:
    assert len({ingress.path for ingress in apis.ALL}) == len(apis.ALL)
    assert len({ingress.name for ingress in apis.ALL}) == len(apis.ALL)


@pytest.mark.parametrize(
    ("path", "owner"),
    [
        pytest.param("/v1/chat/completions", "openai", id="openai-chat"),
        pytest.param("/v1/models", "openai", id="openai-listing"),
        pytest.param("/nowhere", "openai", id="unknown-path"),
        pytest.param("/v1/messages", "anthropic", id="anthropic"),
        pytest.param("/v1/messages/count_tokens", "anthropic", id="anthropic-count"),
        pytest.param("/api/tags", "ollama", id="ollama-listing"),
        pytest.param("/api/generate", "ollama_generate", id="ollama-generate"),
        pytest.param("/api/embed", "ollama_embed", id="ollama-embed"),
        pytest.param("/v1/embeddings", "openai_embeddings", id="openai-embed"),
        pytest.param("/v1/responses", "openai_responses", id="responses"),
    ],
)
def test_the_longest_claim_on_a_path_owns_its_errors(path: str, owner: str) -> None:
    assert apis.owner(path).name == owner


@pytest.mark.parametrize(
    ("path", "status", "body"),
    [
        pytest.param("/v1/chat/completions", 429, {"error": {"message": "m", "type": "rate_limit_error", "param": None, "code": "c"}}, id="openai-429"),
        pytest.param("/v1/responses", 401, {"error": {"message": "m", "type": "invalid_request_error", "param": None, "code": "c"}}, id="responses-401"),
        pytest.param("/v1/messages", 401, {"type": "error", "error": {"type": "authentication_error", "message": "m"}}, id="anthropic-401"),
        pytest.param("/v1/messages", 408, {"type": "error", "error": {"type": "invalid_request_error", "message": "m"}}, id="anthropic-408"),
        pytest.param("/v1/messages/count_tokens", 413, {"type": "error", "error": {"type": "request_too_large", "message": "m"}}, id="anthropic-413"),
        pytest.param("/api/chat", 429, {"error": "m"}, id="ollama-429"),
    ],
)
def test_middleware_errors_take_the_owning_apis_shape(path: str, status: int, body: dict[str, object]) -> None:
    assert json.loads(error_json(path, status, "c", "m")) == body


def test_openai_names_every_neutral_error_kind() -> None:
    assert set(openai.ERROR_TYPES) == set(get_args(ErrorKind))
