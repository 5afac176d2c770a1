"""What every client API at the gateway's edge provides, so the web layer knows no API by name.

    Ingress                  name, route, the paths whose errors it renders, its error body
    ├── ChatIngress          parse a body to a `ChatRequest`; render a `ChatResult` or a stream
    └── EmbedIngress         parse a body to an `EmbedRequest`; render an `EmbedResult`

Each API's module (`openai`, `anthropic`, `ollama`, …) defines one object of these; `apis` lists
them. Handlers, routes and the error middleware are generated from that list.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, AsyncIterator, ClassVar

from privacy_gateway.core.chat import ChatRequest, ChatResult, StreamEvent
from privacy_gateway.core.errors import GatewayError

if TYPE_CHECKING:  # named in signatures only; the embedding ingresses load it
    from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult

ServedModels = list[tuple[str, str]]  # (model name, tier) of every model clients may name


@dataclass(frozen=True)
class Answer:
    """What a renderer knows about the answer besides its content."""

    request_id: str
    model: str
    request: ChatRequest
    started: float
    body: Any = None  # the client's parsed body, for edge-only options (an embedding's encoding)


class Ingress(ABC):
    """One client API: its route, the paths it owns for errors, and its error shape."""

    name: ClassVar[str]  # the audit record's `ingress`
    path: ClassVar[str]  # the POST route it serves
    owns: ClassVar[str] = ""  # a path prefix whose errors it renders (the longest owner wins); "" = its route only
    models_path: ClassVar[str | None] = None  # the GET route listing models in this API's shape, if it has one

    @abstractmethod
    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        """The error in this API's shape."""

    def list_models(self, served: ServedModels) -> dict[str, Any]:
        """The models the gateway serves, in this API's listing shape (only if `models_path` is set)."""
        raise NotImplementedError(f"{self.name} lists no models")


class ChatIngress(Ingress):
    """A chat-like API: the conversation goes through the gateway's privacy path."""

    stream_media_type: ClassVar[str] = "text/event-stream"

    @abstractmethod
    def parse(self, body: Any) -> ChatRequest:
        """The neutral request; `BadRequest` naming the field otherwise."""

    @abstractmethod
    def render(self, result: ChatResult, answer: Answer) -> dict[str, Any]:
        """A whole answer in this API's shape."""

    @abstractmethod
    def render_stream(self, events: AsyncIterator[StreamEvent], answer: Answer) -> AsyncIterator[bytes]:
        """A streamed answer in this API's framing (SSE, NDJSON)."""


class EmbedIngress(Ingress):
    """An embedding API: each text is inspected as a user message."""

    @abstractmethod
    def parse(self, body: Any) -> EmbedRequest:
        """The neutral request; `BadRequest` naming the field otherwise."""

    @abstractmethod
    def render(self, result: EmbedResult, answer: Answer) -> dict[str, Any]:
        """The vectors in this API's shape."""
