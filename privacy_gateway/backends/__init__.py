"""Upstream model servers: each turns a `ChatRequest` into its vendor's call and back."""

from __future__ import annotations

import httpx

from privacy_gateway.backends.anthropic import AnthropicBackend
from privacy_gateway.backends.base import Backend
from privacy_gateway.backends.ollama import OllamaBackend
from privacy_gateway.backends.openai import OpenAIBackend
from privacy_gateway.config.models import BackendSettings

__all__ = ["Backend", "AnthropicBackend", "OllamaBackend", "OpenAIBackend", "make_backend"]

_KINDS: dict[str, type[Backend]] = {"ollama": OllamaBackend, "openai": OpenAIBackend, "anthropic": AnthropicBackend}


def make_backend(settings: BackendSettings, tier: str, transport: httpx.AsyncBaseTransport | None = None) -> Backend:
    """The backend for `settings.kind`, with its own pooled HTTP client."""
    return _KINDS[settings.kind](settings, tier, transport)
