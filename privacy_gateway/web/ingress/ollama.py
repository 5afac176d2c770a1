"""Ollama's native chat API (`/api/chat`) at the gateway's edge: NDJSON streams by default.

Ollama names tool results by tool (`tool_name`) rather than by call id, and sends tool arguments as
objects; the neutral `ChatRequest` links results to calls by id and carries arguments as JSON text.
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from typing import Any, AsyncIterator

from privacy_gateway.core.chat import (
    ChatRequest,
    ChatResult,
    Finish,
    FinishReason,
    ImagePart,
    Message,
    Part,
    ResponseFormat,
    StreamEvent,
    TextDelta,
    TextPart,
    ToolCall,
    ToolCallDelta,
    ToolSpec,
    Usage,
)
from privacy_gateway.core.errors import BadRequest, GatewayError
from privacy_gateway.web.ingress.base import Answer, ChatIngress, ServedModels
from privacy_gateway.web.ingress import validate as v

ROLES = ("system", "user", "assistant", "tool")
# Ollama has no content-filter reason; a tool call ends a turn with `stop`, as Ollama itself says.
DONE_REASONS: dict[FinishReason, str] = {"stop": "stop", "length": "length", "tool_calls": "stop", "content_filter": "stop"}
# Fields that change what the answer is: refused with a 400 rather than silently dropped.
UNSUPPORTED = ("logprobs", "top_logprobs")
# Base64 openings of the image formats vision models take, for the media type Anthropic wants.
_MAGIC = {"iVBORw0KGgo": "image/png", "/9j/": "image/jpeg", "R0lGOD": "image/gif", "UklGR": "image/webp"}


def parse_request(body: Any) -> ChatRequest:
    """A `ChatRequest` from an `/api/chat` body; `BadRequest` names the first problem."""
    body = v.obj(body, "the request body")
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list):
        raise BadRequest("'messages' must be an array of messages" if "messages" in body else "'messages' is required")
    if not raw_messages:
        raise BadRequest("'messages' must hold at least one message")
    for key in UNSUPPORTED:
        if body.get(key) not in (None, False):
            raise BadRequest(f"'{key}' is not supported by this gateway")
    if body.get("think") not in (None, False):
        raise BadRequest("'think' is not supported by this gateway; send the request without it")
    options = v.obj(body.get("options") or {}, "'options'")
    return ChatRequest(
        messages=_messages(raw_messages),
        model=v.string(body.get("model"), "'model'", optional=True),
        stream=v.boolean(body.get("stream"), "'stream'", default=True),
        max_tokens=_num_predict(options.get("num_predict")),
        temperature=v.number(options.get("temperature"), "'options.temperature'", 0, 2),
        top_p=v.number(options.get("top_p"), "'options.top_p'", 0, 1),
        stop=v.stop_list(options.get("stop"), "'options.stop'"),
        tools=tuple(_tool(t, i) for i, t in enumerate(_list(body.get("tools"), "'tools'"))),
        response_format=_format(body.get("format")),
    )


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadRequest(f"{where} must be an array")
    return value


def _num_predict(value: Any) -> int | None:
    if value in (-1, -2):  # Ollama's "until the model stops" and "fill the context"
        return None
    return v.positive_int(value, "'options.num_predict'")


def _format(value: Any) -> ResponseFormat | None:
    if value in (None, ""):
        return None
    if value == "json":
        return ResponseFormat("json_object")
    if isinstance(value, dict):
        return ResponseFormat("json_schema", "response", schema=v.tree(value, "'format'"))
    raise BadRequest("'format' must be \"json\" or a JSON schema object")


def _messages(raw_messages: list[Any]) -> tuple[Message, ...]:
    """The conversation, with ids given to tool calls so each tool result names the call it answers."""
    messages: list[Message] = []
    pending: list[ToolCall] = []  # calls of the latest assistant turn not yet answered
    for i, raw in enumerate(raw_messages):
        where = f"messages[{i}]"
        m = v.obj(raw, where)
        role = m.get("role")
        if role not in ROLES:
            raise BadRequest(f"{where}.role must be one of {', '.join(ROLES)}, got {str(role)[:40]!r}")
        text = v.string(m.get("content") or "", f"{where}.content") or ""
        images = [_image(img, f"{where}.images[{j}]") for j, img in enumerate(_list(m.get("images"), f"{where}.images"))]
        calls = tuple(_tool_call(c, f"{where}.tool_calls[{j}]", f"call_{i}_{j}") for j, c in enumerate(_list(m.get("tool_calls"), f"{where}.tool_calls")))
        if "content" not in m and not (images or calls):
            raise BadRequest(f"{where}.content is required: a message carries text, images or tool_calls")
        parts: list[Part] = [TextPart(text)] if text or not (images or calls) else []
        parts += images
        if calls and role != "assistant":
            raise BadRequest(f"{where}: only assistant messages carry tool_calls")
        if role == "assistant":
            pending = list(calls)
        tool_name = v.string(m.get("tool_name", m.get("name")), f"{where}.tool_name", optional=True)
        call_id = None
        if role == "tool":
            answered = next((c for c in pending if tool_name in (None, c.name)), None)
            if answered is not None:
                pending.remove(answered)
                call_id, tool_name = answered.id, tool_name or answered.name
            else:
                call_id = f"call_{i}"
        messages.append(Message(role, tuple(parts), calls, call_id, tool_name))
    return tuple(messages)


def _image(value: Any, where: str) -> ImagePart:
    data = v.string(value, where) or ""
    if data.startswith("data:"):
        return ImagePart(data)
    media_type = next((t for magic, t in _MAGIC.items() if data.startswith(magic)), "image/png")
    return ImagePart(f"data:{media_type};base64,{data}", media_type)


def _tool_call(raw: Any, where: str, default_id: str) -> ToolCall:
    call = v.obj(raw, where)
    function = v.obj(call.get("function"), f"{where}.function")
    arguments = function.get("arguments", {})
    text = v.json_text(arguments, f"{where}.function.arguments") if isinstance(arguments, str) else json.dumps(v.tree(arguments, f"{where}.function.arguments"), ensure_ascii=False)
    return ToolCall(v.string(call.get("id") or default_id, f"{where}.id") or default_id, v.string(function.get("name"), f"{where}.function.name") or "", text)


def _tool(raw: Any, i: int) -> ToolSpec:
    where = f"tools[{i}]"
    tool = v.obj(raw, where)
    function = v.obj(tool.get("function"), f"{where}.function")
    return ToolSpec(
        v.string(function.get("name"), f"{where}.function.name") or "",
        v.string(function.get("description") or "", f"{where}.function.description") or "",
        v.tree(function.get("parameters") or {}, f"{where}.function.parameters"),
    )


def render_result(result: ChatResult, *, model: str, started: float) -> dict[str, Any]:
    """The whole answer as Ollama's final object: the full message, `done`, counts and durations."""
    message: dict[str, Any] = {"role": "assistant", "content": result.text}
    if result.tool_calls:
        message["tool_calls"] = _calls(result.tool_calls)
    return _final(model, message, result.finish_reason, result.usage, started)


async def render_stream(events: AsyncIterator[StreamEvent], *, model: str, started: float) -> AsyncIterator[bytes]:
    """NDJSON lines as Ollama streams them, or a last `{"error": ...}` line if the upstream fails.

    Ollama sends each tool call whole in one line, so calls are gathered and sent when the answer ends.
    """
    calls: dict[int, list[str]] = {}  # tool call number -> [id, name, arguments so far]
    try:
        async for item in events:
            if isinstance(item, TextDelta):
                if item.text:
                    yield line({"model": model, "created_at": _now(), "message": {"role": "assistant", "content": item.text}, "done": False})
            elif isinstance(item, ToolCallDelta):
                call = calls.setdefault(item.index, ["", "", ""])
                call[0], call[1] = item.id or call[0], item.name or call[1]
                call[2] += item.arguments
            elif isinstance(item, Finish):
                if calls:
                    whole = tuple(ToolCall(*calls[n]) for n in sorted(calls))
                    message = {"role": "assistant", "content": "", "tool_calls": _calls(whole)}
                    yield line({"model": model, "created_at": _now(), "message": message, "done": False})
                yield line(_final(model, {"role": "assistant", "content": ""}, item.reason, item.usage, started))
                return
    except GatewayError as exc:
        # The 200 is long gone: end with an error line, as Ollama does, never a clean-looking `done`.
        yield line(error_body(exc))


def _calls(calls: tuple[ToolCall, ...]) -> list[dict[str, Any]]:
    return [{"function": {"name": c.name, "arguments": _arguments(c.arguments)}} for c in calls]


def _arguments(text: str) -> Any:
    try:
        return json.loads(text) if text.strip() else {}
    except ValueError:
        return text  # what the model wrote; Ollama passes such arguments through as well


def _final(model: str, message: dict[str, Any], reason: FinishReason, usage: Usage, started: float) -> dict[str, Any]:
    total = int((time.monotonic() - started) * 1e9)
    return {
        "model": model,
        "created_at": _now(),
        "message": message,
        "done": True,
        "done_reason": DONE_REASONS[reason],
        "total_duration": total,
        "load_duration": 0,
        "prompt_eval_count": usage.input_tokens,
        "prompt_eval_duration": 0,
        "eval_count": usage.output_tokens,
        "eval_duration": total,
    }


def _now() -> str:
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


def line(data: dict[str, Any]) -> bytes:
    """One NDJSON line."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def error_body(exc: GatewayError) -> dict[str, Any]:
    """Ollama's error shape."""
    return {"error": exc.message}


EPOCH = "1970-01-01T00:00:00Z"  # model listings want a date; the gateway has none to give
DETAILS = {"parent_model": "", "format": "", "family": "", "families": [], "parameter_size": "", "quantization_level": ""}


def tags(served: ServedModels) -> dict[str, Any]:
    """`GET /api/tags`: the models in Ollama's listing shape."""
    details = {"format": "", "family": "", "parameter_size": "", "quantization_level": ""}
    return {"models": [{"name": name, "model": name, "modified_at": EPOCH, "size": 0, "digest": "", "details": details} for name, _ in served]}


def running(served: list[tuple[str, int]]) -> dict[str, Any]:
    """`GET /api/ps`: (model, context length) pairs, each shown as if loaded (the gateway loads none itself)."""
    listed = [
        {"name": name, "model": name, "size": 0, "digest": "", "details": DETAILS, "expires_at": "2999-01-01T00:00:00Z", "size_vram": 0, "context_length": context}
        for name, context in served
    ]
    return {"models": listed}


def show(tier: str, context_tokens: int, vision: bool) -> dict[str, Any]:
    """`POST /api/show`: what the gateway knows of a model; its files, template and licence live on its server."""
    return {
        "license": "", "modelfile": "", "parameters": "", "template": "", "modified_at": EPOCH,
        "details": DETAILS,
        "model_info": {"general.architecture": "gateway", "gateway.context_length": context_tokens, "gateway.tier": tier},
        "capabilities": ["completion", "tools", *(["vision"] if vision else [])],
    }


class OllamaChat(ChatIngress):
    """`POST /api/chat`; owns the errors of every `/api/…` path."""

    name = "ollama"
    path = "/api/chat"
    owns = "/api/"
    models_path = "/api/tags"
    stream_media_type = "application/x-ndjson"

    def parse(self, body: Any) -> ChatRequest:
        return parse_request(body)

    def render(self, result: ChatResult, answer: Answer) -> dict[str, Any]:
        return render_result(result, model=answer.model, started=answer.started)

    def render_stream(self, events: AsyncIterator[StreamEvent], answer: Answer) -> AsyncIterator[bytes]:
        return render_stream(events, model=answer.model, started=answer.started)

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return error_body(exc)

    def list_models(self, served: ServedModels) -> dict[str, Any]:
        return tags(served)


INGRESS = OllamaChat()
