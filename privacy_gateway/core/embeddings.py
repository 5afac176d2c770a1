"""The vendor-neutral embedding request: texts in, one vector per text out.

The privacy core works on conversations, so an embedding request is inspected as one user message
per input text: detection, routing and pseudonymization are the chat's, unchanged. When the cloud
serves, it embeds the pseudonymized texts (vectors of masked text); nothing is restored in a vector.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from privacy_gateway.core.chat import ChatRequest, Message, TextPart, Usage


@dataclass(frozen=True)
class EmbedRequest:
    """What the client asked to embed, in no vendor's shape."""

    inputs: tuple[str, ...]
    model: str | None = None
    dimensions: int | None = None
    # Strings of the client's body that no backend is sent, scanned with the rest (see `ChatRequest.unsent`).
    unsent: tuple[str, ...] = ()

    def as_chat(self) -> ChatRequest:
        """The texts as a conversation of user messages, one per input, for the privacy core."""
        return ChatRequest(messages=tuple(Message("user", (TextPart(text),)) for text in self.inputs), model=self.model, unsent=self.unsent)

    def with_texts_of(self, chat: ChatRequest) -> EmbedRequest:
        """A copy holding the (pseudonymized) texts of `chat`, as `as_chat` laid them out."""
        return EmbedRequest(tuple(m.text for m in chat.messages), self.model, self.dimensions)


@dataclass(frozen=True)
class EmbedResult:
    """One vector per input, in input order."""

    vectors: tuple[tuple[float, ...], ...]
    usage: Usage = field(default_factory=Usage)
    model: str = ""
