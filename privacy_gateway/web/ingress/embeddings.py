"""Embedding requests at the gateway's edge: OpenAI's `/v1/embeddings` and Ollama's `/api/embed`.

Both carry a text or a list of texts; the neutral `EmbedRequest` holds the list. Token arrays are
refused: the analyzer cannot read tokens, and nothing unscanned goes upstream.
"""

from __future__ import annotations

import base64
import struct
import time
from typing import Any

from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult
from privacy_gateway.core.errors import BadRequest, GatewayError
from privacy_gateway.web.ingress import ollama as ollama_api
from privacy_gateway.web.ingress import openai as openai_api
from privacy_gateway.web.ingress import validate as v
from privacy_gateway.web.ingress.base import Answer, EmbedIngress

MAX_INPUTS = 2048  # OpenAI's own limit per request


def _inputs(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        raise BadRequest(f"{where} is required")
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not items:
        raise BadRequest(f"{where} must be a string or a non-empty array of strings")
    if len(items) > MAX_INPUTS:
        raise BadRequest(f"{where} holds {len(items)} texts; at most {MAX_INPUTS} per request")
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise BadRequest(f"{where}[{i}] must be a string (token arrays are not supported: the gateway must read what it forwards)")
    return tuple(items)


def _dimensions(raw: Any) -> int | None:
    return v.positive_int(raw, "'dimensions'")


def parse_openai(body: Any) -> tuple[EmbedRequest, str]:
    """An `EmbedRequest` and the encoding the client wants (`float` or `base64`) from a `/v1/embeddings` body."""
    body = v.obj(body, "the request body")
    encoding = _encoding(body)
    request = EmbedRequest(_inputs(body.get("input"), "'input'"), v.string(body.get("model"), "'model'", optional=True), _dimensions(body.get("dimensions")))
    return request, encoding


def _encoding(body: dict[str, Any]) -> str:
    encoding = body.get("encoding_format") or "float"
    if encoding not in ("float", "base64"):
        raise BadRequest("'encoding_format' must be 'float' or 'base64'")
    return str(encoding)


def render_openai(result: EmbedResult, *, model: str, encoding: str) -> dict[str, Any]:
    """OpenAI's embedding list; `base64` packs each vector as little-endian float32, as OpenAI does."""
    data = [{"object": "embedding", "index": i, "embedding": _encode(vector, encoding)} for i, vector in enumerate(result.vectors)]
    tokens = result.usage.input_tokens
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}


def _encode(vector: tuple[float, ...], encoding: str) -> Any:
    if encoding == "base64":
        return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
    return list(vector)


def parse_ollama(body: Any) -> EmbedRequest:
    """An `EmbedRequest` from an `/api/embed` body (`truncate`, `options` and `keep_alive` are ignored)."""
    body = v.obj(body, "the request body")
    return EmbedRequest(_inputs(body.get("input"), "'input'"), v.string(body.get("model"), "'model'", optional=True), _dimensions(body.get("dimensions")))


def render_ollama(result: EmbedResult, *, model: str, started: float) -> dict[str, Any]:
    """Ollama's `/api/embed` answer."""
    total = int((time.monotonic() - started) * 1e9)
    return {"model": model, "embeddings": [list(v) for v in result.vectors], "total_duration": total, "load_duration": 0, "prompt_eval_count": result.usage.input_tokens}


class OpenAIEmbeddings(EmbedIngress):
    """`POST /v1/embeddings`."""

    name = "openai_embeddings"
    path = "/v1/embeddings"

    def parse(self, body: Any) -> EmbedRequest:
        return parse_openai(body)[0]

    def render(self, result: EmbedResult, answer: Answer) -> dict[str, Any]:
        return render_openai(result, model=answer.model, encoding=_encoding(answer.body))

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return openai_api.error_body(exc)


class OllamaEmbed(EmbedIngress):
    """`POST /api/embed`."""

    name = "ollama_embed"
    path = "/api/embed"

    def parse(self, body: Any) -> EmbedRequest:
        return parse_ollama(body)

    def render(self, result: EmbedResult, answer: Answer) -> dict[str, Any]:
        return render_ollama(result, model=answer.model, started=answer.started)

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return ollama_api.error_body(exc)


OPENAI = OpenAIEmbeddings()
OLLAMA = OllamaEmbed()
