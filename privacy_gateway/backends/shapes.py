"""Typed models of every answer an upstream may send: Anthropic, OpenAI and Ollama, whole or streamed.

pydantic v2, because the gateway already installs it (the vendor SDKs the tests drive build on it),
its strict mode refuses `"12"` for a count or `5` for a text without coercing, and its errors name
the place (`content.0.text`) without quoting the value. Unknown fields are ignored, as the vendors
ask of clients; unknown block and event types parse as `Other*` and are skipped. Anything else the
wrong shape is an `UpstreamError("upstream_invalid")`, never a 500.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, TypeAdapter, ValidationError

from privacy_gateway.core.errors import UpstreamError

Count = Annotated[int, Field(ge=0, le=2**31 - 1)]  # tokens and indexes: no negatives, no absurdities
Name = Annotated[str, Field(max_length=256)]


class Shape(BaseModel):
    """Strict types, unknown fields ignored, immutable."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


def _tag(known: tuple[str, ...], default: str = "other") -> Discriminator:
    """Pick a union member by the `type` field; unknown types go to `default`."""

    def pick(value: Any) -> str | None:
        if isinstance(value, dict):
            kind = value.get("type")
        else:
            kind = getattr(value, "type", None)
        if not isinstance(kind, str):
            return None if not isinstance(value, (dict, BaseModel)) else default
        return kind if kind in known else default

    return Discriminator(pick)


# -- Anthropic Messages API ---------------------------------------------------------------------


class AnthropicUsage(Shape):
    input_tokens: Count | None = None
    output_tokens: Count | None = None


class AnthropicText(Shape):
    type: Literal["text"]
    text: str


class AnthropicToolUse(Shape):
    type: Literal["tool_use"]
    id: Name
    name: Name
    input: dict[str, Any] = Field(default_factory=dict)


class OtherBlock(Shape):
    type: str = ""


AnthropicBlock = Annotated[
    Union[Annotated[AnthropicText, Tag("text")], Annotated[AnthropicToolUse, Tag("tool_use")], Annotated[OtherBlock, Tag("other")]],
    _tag(("text", "tool_use")),
]


class AnthropicMessage(Shape):
    """`POST /v1/messages` without streaming."""

    type: Literal["message"] = "message"
    content: list[AnthropicBlock]
    model: Name | None = None
    stop_reason: Name | None = None
    usage: AnthropicUsage | None = None


class AnthropicStartedMessage(Shape):
    model: Name | None = None
    usage: AnthropicUsage | None = None


class MessageStart(Shape):
    type: Literal["message_start"]
    message: AnthropicStartedMessage


class BlockStart(Shape):
    type: Literal["content_block_start"]
    index: Count
    content_block: AnthropicBlock


class TextDeltaShape(Shape):
    type: Literal["text_delta"]
    text: str


class InputJsonDelta(Shape):
    type: Literal["input_json_delta"]
    partial_json: str


class OtherDelta(Shape):
    type: str = ""


AnthropicDelta = Annotated[
    Union[Annotated[TextDeltaShape, Tag("text_delta")], Annotated[InputJsonDelta, Tag("input_json_delta")], Annotated[OtherDelta, Tag("other")]],
    _tag(("text_delta", "input_json_delta")),
]


class BlockDelta(Shape):
    type: Literal["content_block_delta"]
    index: Count
    delta: AnthropicDelta


class StopDelta(Shape):
    stop_reason: Name | None = None


class MessageDelta(Shape):
    type: Literal["message_delta"]
    delta: StopDelta = StopDelta()
    usage: AnthropicUsage | None = None


class MessageStop(Shape):
    type: Literal["message_stop"]


class ErrorDetail(Shape):
    type: Name = "error"


class ErrorEvent(Shape):
    type: Literal["error"]
    error: ErrorDetail = ErrorDetail()


class OtherEvent(Shape):
    """`ping`, `content_block_stop` and event types added later: skipped, as the API asks."""

    type: str = ""


AnthropicEvent = Annotated[
    Union[
        Annotated[MessageStart, Tag("message_start")],
        Annotated[BlockStart, Tag("content_block_start")],
        Annotated[BlockDelta, Tag("content_block_delta")],
        Annotated[MessageDelta, Tag("message_delta")],
        Annotated[MessageStop, Tag("message_stop")],
        Annotated[ErrorEvent, Tag("error")],
        Annotated[OtherEvent, Tag("other")],
    ],
    _tag(("message_start", "content_block_start", "content_block_delta", "message_delta", "message_stop", "error")),
]
ANTHROPIC_EVENT: TypeAdapter[Any] = TypeAdapter(AnthropicEvent)


# -- OpenAI Chat Completions --------------------------------------------------------------------


class OpenAIUsage(Shape):
    prompt_tokens: Count | None = None
    completion_tokens: Count | None = None


class OpenAIFunction(Shape):
    name: Name
    arguments: str = ""


class OpenAIToolCall(Shape):
    id: Name | None = None
    function: OpenAIFunction


class OpenAIMessage(Shape):
    content: str | None = None
    tool_calls: list[OpenAIToolCall] | None = None


class OpenAIChoice(Shape):
    message: OpenAIMessage
    finish_reason: Name | None = None


class LlamaCppTimings(Shape):
    """llama.cpp's `timings`, on its last chunk even when it sends no `usage`: prompt and generated token counts."""

    prompt_n: Count | None = None
    predicted_n: Count | None = None


class OpenAICompletion(Shape):
    """`POST /v1/chat/completions` without streaming."""

    choices: Annotated[list[OpenAIChoice], Field(min_length=1)]
    model: Name | None = None
    usage: OpenAIUsage | None = None
    timings: LlamaCppTimings | None = None


class OpenAIFunctionDelta(Shape):
    name: Name | None = None
    arguments: str | None = None


class OpenAIToolCallDelta(Shape):
    index: Count = 0
    id: Name | None = None
    function: OpenAIFunctionDelta | None = None


class OpenAIDelta(Shape):
    content: str | None = None
    tool_calls: list[OpenAIToolCallDelta] | None = None


class OpenAIChunkChoice(Shape):
    delta: OpenAIDelta = OpenAIDelta()
    finish_reason: Name | None = None


class OpenAIChunk(Shape):
    """One `data:` frame of a streamed completion."""

    choices: list[OpenAIChunkChoice] = Field(default_factory=list)
    model: Name | None = None
    usage: OpenAIUsage | None = None
    timings: LlamaCppTimings | None = None


# -- Ollama /api/chat ---------------------------------------------------------------------------


class OllamaFunction(Shape):
    name: Name
    arguments: dict[str, Any] | str = Field(default_factory=dict)


class OllamaToolCall(Shape):
    id: Name | None = None
    function: OllamaFunction


class OllamaMessage(Shape):
    content: str | None = ""
    tool_calls: list[OllamaToolCall] | None = None


class OllamaChat(Shape):
    """An `/api/chat` answer, or one line of its NDJSON stream."""

    model: Name | None = None
    message: OllamaMessage | None = None
    done: bool = False
    done_reason: Name | None = None
    prompt_eval_count: Count | None = None
    eval_count: Count | None = None


# -- Embeddings (Ollama /api/embed, OpenAI /v1/embeddings) -----------------------------------------

Vector = Annotated[list[float], Field(max_length=65536)]


class OllamaEmbed(Shape):
    """An `/api/embed` answer."""

    model: Name | None = None
    embeddings: list[Vector]
    prompt_eval_count: Count | None = None


class OpenAIEmbedding(Shape):
    index: Count
    embedding: Vector


class OpenAIEmbeddings(Shape):
    """A `/v1/embeddings` answer."""

    model: Name | None = None
    data: list[OpenAIEmbedding]
    usage: OpenAIUsage | None = None


# -- parsing ------------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)
MAX_PROBLEMS = 3


def parse(name: str, model: type[M], data: Any) -> M:
    """`data` as `model`, or `upstream_invalid` naming where the answer went wrong (never its values)."""
    refuse_error_body(name, data)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid(name, exc) from None


def parse_event(name: str, data: Any) -> Any:
    """One Anthropic stream event (an `error` event is returned, for the caller to raise)."""
    try:
        return ANTHROPIC_EVENT.validate_python(data)
    except ValidationError as exc:
        raise invalid(name, exc) from None


def refuse_error_body(name: str, data: Any) -> None:
    """A 200 whose body is an error (`{"type": "error", ...}`, `{"error": ...}`) is not an answer."""
    if isinstance(data, dict) and (data.get("type") == "error" or "error" in data):
        raise UpstreamError(f"{name} answered 200 with an error body instead of an answer", code="upstream_invalid")


def invalid(name: str, exc: ValidationError) -> UpstreamError:
    """An error naming the first few places the answer broke its format."""
    problems = exc.errors(include_url=False, include_input=False, include_context=False)
    where = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'the answer'}: {e['msg']}" for e in problems[:MAX_PROBLEMS])
    more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
    return UpstreamError(f"{name} answered in an unexpected shape: {where}{more}"[:500], code="upstream_invalid")
