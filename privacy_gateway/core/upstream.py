"""What the gateway needs of a model server: the core names it, `backends/` provides it.

Declared here so the core depends on no HTTP client or vendor format; `backends.base.Backend`
satisfies it.
"""

from __future__ import annotations

from typing import AsyncIterator, Protocol

from privacy_gateway.core.chat import ChatRequest, ChatResult, StreamEvent
from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult


class Upstream(Protocol):
    """One tier's model server, as one request's journey uses it."""

    @property
    def name(self) -> str:
        """A label for logs and the audit log (`tier:kind`), never a URL."""
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
