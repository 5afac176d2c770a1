"""The vendor-neutral conversation the privacy core works on.

Ingress translators turn an OpenAI / Anthropic / Ollama request into a `ChatRequest`; backends turn
a `ChatRequest` into their vendor's call and report back `ChatResult`s or streams of `StreamEvent`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal, Union

Role = Literal["system", "user", "assistant", "tool"]
FinishReason = Literal["stop", "length", "tool_calls", "content_filter"]


@dataclass(frozen=True)
class TextPart:
    """Text that the analyzer scans."""

    text: str


@dataclass(frozen=True)
class ImagePart:
    """An image: a URL or a data URL. The text analyzer cannot see inside it."""

    url: str
    media_type: str | None = None


Part = Union[TextPart, ImagePart]


@dataclass(frozen=True)
class ToolCall:
    """A call the assistant asked for. `arguments` is the JSON text of the arguments object."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class Message:
    """One turn of the conversation."""

    role: Role
    parts: tuple[Part, ...] = ()
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None
    name: str | None = None

    @property
    def text(self) -> str:
        """All text parts joined, for backends that take plain strings."""
        return "".join(p.text for p in self.parts if isinstance(p, TextPart))

    @property
    def has_images(self) -> bool:
        """Whether any part is an image."""
        return any(isinstance(p, ImagePart) for p in self.parts)


@dataclass(frozen=True)
class ToolSpec:
    """A tool the model may call; `parameters` is its JSON schema."""

    name: str
    description: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)


ToolMode = Literal["auto", "none", "required", "tool"]
FormatKind = Literal["text", "json_object", "json_schema"]


@dataclass(frozen=True)
class ToolChoice:
    """Whether the model may call tools (`auto`), may not (`none`), must call one (`required`), or must call `name` (`tool`)."""

    mode: ToolMode
    name: str | None = None


@dataclass(frozen=True)
class ResponseFormat:
    """The form the answer must take: free text, any JSON object, or JSON matching `schema`."""

    kind: FormatKind
    name: str | None = None  # a JSON schema's name and description, as the client gave them
    description: str | None = None
    schema: dict[str, Any] | None = None
    strict: bool | None = None


@dataclass(frozen=True)
class ChatRequest:
    """What the client asked for, in no vendor's shape."""

    messages: tuple[Message, ...]
    model: str | None = None
    stream: bool = False
    include_usage: bool = False
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    stop: tuple[str, ...] = ()
    tools: tuple[ToolSpec, ...] = ()
    tool_choice: ToolChoice | None = None
    response_format: ResponseFormat | None = None
    # Strings of the client's body that no backend is sent (fields the gateway ignores, keys):
    # scanned with the rest, so a local-only value anywhere in a request keeps it local.
    unsent: tuple[str, ...] = ()

    def with_messages(self, messages: tuple[Message, ...]) -> ChatRequest:
        """A copy with other messages."""
        return replace(self, messages=messages)

    @property
    def has_images(self) -> bool:
        """Whether any message carries an image."""
        return any(m.has_images for m in self.messages)


@dataclass(frozen=True)
class Usage:
    """Token counts as the upstream reported them."""

    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True)
class ChatResult:
    """A whole answer."""

    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    finish_reason: FinishReason = "stop"
    usage: Usage = field(default_factory=Usage)
    model: str = ""


@dataclass(frozen=True)
class TextDelta:
    """A piece of the answer's text."""

    text: str


@dataclass(frozen=True)
class ToolCallDelta:
    """A piece of a tool call; `id` and `name` come with the first piece of each call."""

    index: int
    arguments: str = ""
    id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Finish:
    """The end of the answer, with why it ended and what it cost."""

    reason: FinishReason
    usage: Usage = field(default_factory=Usage)
    model: str = ""


StreamEvent = Union[TextDelta, ToolCallDelta, Finish]
