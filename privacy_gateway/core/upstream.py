"""What the gateway needs of a model server: the core names it, `backends/` provides it.

Declared here so the core depends on no HTTP client or vendor format; `backends.base.Backend`
satisfies it.
"""

from __future__ import annotations

from typing import AsyncIterator, Protocol

from privacy_gateway.config.settings import BackendSettings
from privacy_gateway.core.chat import ChatRequest, ChatResult, StreamEvent
from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult


class Upstream(Protocol):
    """One model server of a tier, as one request's journey uses it."""

    @property
    def name(self) -> str:
        """A label for logs, headers and the audit log (`tier:name`), never a URL."""
        ...

    @property
    def settings(self) -> BackendSettings:
        """Its configuration: the models it serves and its embedding model."""
        ...

    def available(self) -> bool:
        """False while its circuit breaker is open, so the tier's next backend is tried at once."""
        ...

    async def complete(self, request: ChatRequest, model: str) -> ChatResult:
        """The whole answer."""
        ...

    def stream(self, request: ChatRequest, model: str) -> AsyncIterator[StreamEvent]:
        """The answer as it is generated."""
        ...

    async def embed(self, request: EmbedRequest, model: str) -> EmbedResult:
        """One vector per input text."""
        ...
