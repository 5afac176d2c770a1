"""The OpenAI Chat Completions API at the gateway's edge: requests in, answers and SSE out."""

from __future__ import annotations

import json
import time
from typing import Any, AsyncIterator

from privacy_gateway.core.chat import (
    ChatRequest,
    ChatResult,
    Finish,
    ImagePart,
    Message,
    Part,
    ResponseFormat,
    StreamEvent,
    TextDelta,
    TextPart,
    ToolCall,
    ToolCallDelta,
    ToolChoice,
    ToolSpec,
)
from privacy_gateway.core.errors import BadRequest, ErrorKind, GatewayError
from privacy_gateway.web.ingress.base import Answer, ChatIngress, ServedModels
from privacy_gateway.web.ingress import validate as v

ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}
UNSUPPORTED = ("logprobs", "top_logprobs", "logit_bias", "audio", "modalities", "prediction")
# The gateway's neutral error kinds as OpenAI's error types.
ERROR_TYPES: dict[ErrorKind, str] = {
    "invalid_request": "invalid_request_error",
    "rate_limited": "rate_limit_error",
    "unavailable": "service_unavailable",
    "upstream": "api_error",
    "unscreened": "upstream_error",
    "internal": "api_error",
}


def parse_request(body: Any) -> ChatRequest:
    """A `ChatRequest` from a Chat Completions body; `BadRequest` names the first problem."""
    body = v.obj(body, "the request body")
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list):
        raise BadRequest("'messages' must be an array of messages" if "messages" in body else "'messages' is required")
    if not raw_messages:
        raise BadRequest("'messages' must hold at least one message")
    if body.get("n") not in (None, 1):
        raise BadRequest("'n' other than 1 is not supported by this gateway")
    for key in UNSUPPORTED:
        if body.get(key) not in (None, False):
            raise BadRequest(f"'{key}' is not supported by this gateway")
    stream_options = body.get("stream_options")
    include_usage = False
    if stream_options is not None:
        include_usage = v.boolean(v.obj(stream_options, "'stream_options'").get("include_usage"), "'stream_options.include_usage'")
    return ChatRequest(
        messages=tuple(_message(m, i) for i, m in enumerate(raw_messages)),
        model=v.string(body.get("model"), "'model'", optional=True),
        stream=v.boolean(body.get("stream"), "'stream'"),
        include_usage=include_usage,
        max_tokens=v.positive_int(body.get("max_completion_tokens", body.get("max_tokens")), "'max_tokens'"),
        temperature=v.number(body.get("temperature"), "'temperature'", 0, 2),
        top_p=v.number(body.get("top_p"), "'top_p'", 0, 1),
        stop=v.stop_list(body.get("stop"), "'stop'"),
        tools=tuple(_tool(t, i) for i, t in enumerate(_list(body.get("tools"), "'tools'"))),
        tool_choice=_tool_choice(body.get("tool_choice")),
        response_format=_response_format(body.get("response_format")),
    )


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadRequest(f"{where} must be an array")
    return value


def _message(raw: Any, i: int) -> Message:
    where = f"messages[{i}]"
    m = v.obj(raw, where)
    role = m.get("role")
    if role not in ROLES:
        raise BadRequest(f"{where}.role must be one of {', '.join(ROLES)}, got {str(role)[:40]!r}")
    parts = _content(m.get("content"), where, allow_none=role == "assistant")
    calls = tuple(_tool_call(c, f"{where}.tool_calls[{j}]") for j, c in enumerate(_list(m.get("tool_calls"), f"{where}.tool_calls")))
    tool_call_id = v.string(m.get("tool_call_id"), f"{where}.tool_call_id", optional=role != "tool")
    if role != "assistant" and calls:
        raise BadRequest(f"{where}: only assistant messages carry tool_calls")
    return Message(ROLES[role], parts, calls, tool_call_id, v.string(m.get("name"), f"{where}.name", optional=True))  # type: ignore[arg-type]


def _content(content: Any, where: str, *, allow_none: bool) -> tuple[Part, ...]:
    if content is None:
        if allow_none:
            return ()
        raise BadRequest(f"{where}.content is required")
    if isinstance(content, str):
        return (TextPart(content),)
    if not isinstance(content, list):
        raise BadRequest(f"{where}.content must be a string or an array of content parts")
    parts: list[Part] = []
    for j, raw in enumerate(content):
        pw = f"{where}.content[{j}]"
        part = v.obj(raw, pw)
        kind = part.get("type")
        if kind == "text":
            parts.append(TextPart(v.string(part.get("text"), f"{pw}.text") or ""))
        elif kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else image
            parts.append(ImagePart(v.string(url, f"{pw}.image_url.url") or ""))
        elif kind is None:
            raise BadRequest(f"{pw} has no 'type'")
        else:
            raise BadRequest(f"{pw}.type {str(kind)[:40]!r} is not supported (use 'text' or 'image_url')")
    return tuple(parts)


def _tool_call(raw: Any, where: str) -> ToolCall:
    call = v.obj(raw, where)
    function = v.obj(call.get("function"), f"{where}.function")
    arguments = function.get("arguments", "")
    if isinstance(arguments, (dict, list)):
        arguments = json.dumps(v.nested(arguments, f"{where}.function.arguments"), ensure_ascii=False)
    return ToolCall(
        v.string(call.get("id", ""), f"{where}.id") or "",
        v.string(function.get("name"), f"{where}.function.name") or "",
        v.json_text(v.string(arguments, f"{where}.function.arguments") or "", f"{where}.function.arguments"),
    )


def _tool(raw: Any, i: int) -> ToolSpec:
    where = f"tools[{i}]"
    tool = v.obj(raw, where)
    function = v.obj(tool.get("function"), f"{where}.function")
    parameters = function.get("parameters") or {}
    return ToolSpec(
        v.string(function.get("name"), f"{where}.function.name") or "",
        v.string(function.get("description", ""), f"{where}.function.description") or "",
        v.tree(parameters, f"{where}.function.parameters"),
    )


def _tool_choice(raw: Any) -> ToolChoice | None:
    """`tool_choice` in its neutral form: a mode, or the function the model must call."""
    if raw is None:
        return None
    if raw in ("auto", "none", "required"):
        return ToolChoice(raw)
    choice = v.obj(raw, "'tool_choice'") if not isinstance(raw, str) else None
    if choice is None or choice.get("type") != "function":
        raise BadRequest("'tool_choice' must be auto, none, required or {\"type\": \"function\", \"function\": {\"name\": …}}")
    return ToolChoice("tool", v.string(v.obj(choice.get("function"), "'tool_choice.function'").get("name"), "'tool_choice.function.name'"))


def _response_format(raw: Any) -> ResponseFormat | None:
    """`response_format` in its neutral form; its schema is checked for depth like any free-form JSON."""
    if raw is None:
        return None
    fmt = v.obj(raw, "'response_format'")
    kind = fmt.get("type")
    if kind in ("text", "json_object"):
        return ResponseFormat(kind)
    if kind != "json_schema":
        raise BadRequest("'response_format.type' must be text, json_object or json_schema")
    spec = v.obj(fmt.get("json_schema"), "'response_format.json_schema'")
    return ResponseFormat(
        "json_schema",
        v.string(spec.get("name"), "'response_format.json_schema.name'"),
        v.string(spec.get("description"), "'response_format.json_schema.description'", optional=True),
        None if spec.get("schema") is None else v.tree(spec["schema"], "'response_format.json_schema.schema'"),
        None if spec.get("strict") is None else v.boolean(spec["strict"], "'response_format.json_schema.strict'"),
    )


def render_result(result: ChatResult, *, request_id: str, model: str) -> dict[str, Any]:
    """A `chat.completion` object."""
    message: dict[str, Any] = {"role": "assistant", "content": result.text if (result.text or not result.tool_calls) else None}
    if result.tool_calls:
        message["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}} for c in result.tool_calls
        ]
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": result.finish_reason, "logprobs": None}],
        "usage": _usage(result.usage.input_tokens, result.usage.output_tokens),
    }


async def render_stream(events: AsyncIterator[StreamEvent], *, request_id: str, model: str, include_usage: bool) -> AsyncIterator[bytes]:
    """`chat.completion.chunk` SSE frames ending in `[DONE]`, or in an error frame if the upstream fails."""
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        data = {
            "id": f"chatcmpl-{request_id}",
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }
        return sse(data)

    yield chunk({"role": "assistant", "content": ""})
    try:
        async for event in events:
            if isinstance(event, TextDelta):
                yield chunk({"content": event.text})
            elif isinstance(event, ToolCallDelta):
                call: dict[str, Any] = {"index": event.index, "function": {"arguments": event.arguments}}
                if event.id is not None:
                    call["id"], call["type"] = event.id, "function"
                if event.name is not None:
                    call["function"]["name"] = event.name
                yield chunk({"tool_calls": [call]})
            elif isinstance(event, Finish):
                yield chunk({}, event.reason)
                if include_usage:
                    usage = {
                        "id": f"chatcmpl-{request_id}",
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": model,
                        "choices": [],
                        "usage": _usage(event.usage.input_tokens, event.usage.output_tokens),
                    }
                    yield sse(usage)
                yield b"data: [DONE]\n\n"
                return
    except GatewayError as exc:
        # The 200 is long gone: end with an explicit error frame, never a clean-looking [DONE].
        yield sse(error_body(exc))


def sse(data: dict[str, Any]) -> bytes:
    """One SSE `data:` frame."""
    return b"data: " + json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"


def error_body(exc: GatewayError) -> dict[str, Any]:
    """OpenAI's error shape."""
    return {"error": {"message": exc.message, "type": ERROR_TYPES[exc.kind], "param": None, "code": exc.code}}


def _usage(prompt: int, completion: int) -> dict[str, int]:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


EPOCH = "1970-01-01T00:00:00Z"  # model listings want a date; the gateway has none to give


def model_list(served: ServedModels) -> dict[str, Any]:
    """The models and which tier serves each, in a list both the OpenAI and the Anthropic SDKs read."""
    data: list[dict[str, Any]] = [
        {"id": name, "object": "model", "created": 0, "owned_by": tier, "type": "model", "display_name": name, "created_at": EPOCH}
        for name, tier in served
    ]
    return {"object": "list", "data": data, "has_more": False, "first_id": data[0]["id"], "last_id": data[-1]["id"]}


class OpenAIChat(ChatIngress):
    """`POST /v1/chat/completions`; owns the errors of every path no other API claims."""

    name = "openai"
    path = "/v1/chat/completions"
    owns = "/"
    models_path = "/v1/models"

    def parse(self, body: Any) -> ChatRequest:
        return parse_request(body)

    def render(self, result: ChatResult, answer: Answer) -> dict[str, Any]:
        return render_result(result, request_id=answer.request_id, model=answer.model)

    def render_stream(self, events: AsyncIterator[StreamEvent], answer: Answer) -> AsyncIterator[bytes]:
        return render_stream(events, request_id=answer.request_id, model=answer.model, include_usage=answer.request.include_usage)

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return error_body(exc)

    def list_models(self, served: ServedModels) -> dict[str, Any]:
        return model_list(served)


INGRESS = OpenAIChat()
