"""The Anthropic Messages API at the gateway's edge: requests in, messages and typed SSE events out.

Anthropic puts the system prompt at the top level and tool results inside user turns; the neutral
`ChatRequest` has a system message and one `tool` message per result, so both are moved here.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterator

from privacy_gateway.core.chat import (
    ChatRequest,
    ChatResult,
    Finish,
    FinishReason,
    ImagePart,
    Message,
    Part,
    StreamEvent,
    TextDelta,
    TextPart,
    ToolCall,
    ToolCallDelta,
    ToolChoice,
    ToolSpec,
    Usage,
)
from privacy_gateway.core.errors import BadRequest, GatewayError, UpstreamError
from privacy_gateway.web.ingress.base import Answer, ChatIngress
from privacy_gateway.web.ingress import validate as v

STOP_REASONS: dict[FinishReason, str] = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use", "content_filter": "refusal"}
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    408: "invalid_request_error",  # the body arrived too slowly: the client's side, as for any malformed request
    413: "request_too_large",
    429: "rate_limit_error",
    504: "timeout_error",
    529: "overloaded_error",
}
# Fields that change what the answer is: refused with a 400 rather than silently dropped.
UNSUPPORTED = ("thinking", "container", "mcp_servers", "context_management")


def parse_request(body: Any) -> ChatRequest:
    """A `ChatRequest` from a Messages API body; `BadRequest` names the first problem."""
    body = v.obj(body, "the request body")
    if "max_tokens" not in body:
        raise BadRequest("'max_tokens' is required")
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list):
        raise BadRequest("'messages' must be an array of messages" if "messages" in body else "'messages' is required")
    if not raw_messages:
        raise BadRequest("'messages' must hold at least one message")
    for key in UNSUPPORTED:
        value = body.get(key)
        if value is not None and not (key == "thinking" and isinstance(value, dict) and value.get("type") == "disabled"):
            raise BadRequest(f"'{key}' is not supported by this gateway")
    messages = _system(body.get("system"))
    for i, raw in enumerate(raw_messages):
        messages.extend(_message(raw, i))
    return ChatRequest(
        messages=tuple(messages),
        model=v.string(body.get("model"), "'model'", optional=True),
        stream=v.boolean(body.get("stream"), "'stream'"),
        max_tokens=v.positive_int(body.get("max_tokens"), "'max_tokens'"),
        temperature=v.number(body.get("temperature"), "'temperature'", 0, 1),
        top_p=v.number(body.get("top_p"), "'top_p'", 0, 1),
        stop=_stop_sequences(body.get("stop_sequences")),
        tools=tuple(_tool(t, i) for i, t in enumerate(_list(body.get("tools"), "'tools'"))),
        tool_choice=_tool_choice(body.get("tool_choice")),
    )


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadRequest(f"{where} must be an array")
    return value


def _system(raw: Any) -> list[Message]:
    if raw is None:
        return []
    if isinstance(raw, str):
        return [Message("system", (TextPart(raw),))] if raw else []
    texts = []
    for j, block in enumerate(_list(raw, "'system'")):
        b = v.obj(block, f"system[{j}]")
        if b.get("type") != "text":
            raise BadRequest(f"system[{j}].type must be 'text', got {str(b.get('type'))[:40]!r}")
        texts.append(TextPart(v.string(b.get("text"), f"system[{j}].text") or ""))
    return [Message("system", tuple(texts))] if texts else []


def _stop_sequences(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(s, str) for s in value):
        return tuple(value)
    raise BadRequest("'stop_sequences' must be an array of strings")


def _message(raw: Any, i: int) -> list[Message]:
    """One Anthropic turn; a user turn's tool results become `tool` messages ahead of its other content."""
    where = f"messages[{i}]"
    m = v.obj(raw, where)
    role = m.get("role")
    if role not in ("user", "assistant"):
        raise BadRequest(f"{where}.role must be 'user' or 'assistant', got {str(role)[:40]!r}")
    content = m.get("content")
    if isinstance(content, str):
        return [Message(role, (TextPart(content),))]
    if not isinstance(content, list):
        raise BadRequest(f"{where}.content must be a string or an array of content blocks")
    parts: list[Part] = []
    calls: list[ToolCall] = []
    results: list[Message] = []
    for j, raw_block in enumerate(content):
        bw = f"{where}.content[{j}]"
        block = v.obj(raw_block, bw)
        kind = block.get("type")
        if kind == "text":
            parts.append(TextPart(v.string(block.get("text"), f"{bw}.text") or ""))
        elif kind == "image":
            parts.append(_image(block, bw))
        elif kind == "tool_use" and role == "assistant":
            arguments = v.tree(block.get("input", {}), f"{bw}.input")
            name = v.string(block.get("name"), f"{bw}.name") or ""
            calls.append(ToolCall(v.string(block.get("id"), f"{bw}.id") or "", name, json.dumps(arguments, ensure_ascii=False)))
        elif kind == "tool_result" and role == "user":
            tool_use_id = v.string(block.get("tool_use_id"), f"{bw}.tool_use_id")
            results.append(Message("tool", _result_parts(block.get("content"), bw), tool_call_id=tool_use_id))
        elif kind in ("thinking", "redacted_thinking") and role == "assistant":
            continue  # earlier reasoning is the model's own scratchpad; no backend takes it back
        elif kind is None:
            raise BadRequest(f"{bw} has no 'type'")
        else:
            raise BadRequest(f"{bw}.type {str(kind)[:40]!r} is not supported in a {role} message by this gateway")
    turn = [Message(role, tuple(parts), tuple(calls))] if parts or calls else []
    return results + turn


def _result_parts(content: Any, where: str) -> tuple[Part, ...]:
    if content is None:
        return ()
    if isinstance(content, str):
        return (TextPart(content),)
    parts: list[Part] = []
    for k, raw in enumerate(_list(content, f"{where}.content")):
        pw = f"{where}.content[{k}]"
        block = v.obj(raw, pw)
        if block.get("type") == "text":
            parts.append(TextPart(v.string(block.get("text"), f"{pw}.text") or ""))
        elif block.get("type") == "image":
            parts.append(_image(block, pw))
        else:
            raise BadRequest(f"{pw}.type must be 'text' or 'image', got {str(block.get('type'))[:40]!r}")
    return tuple(parts)


def _image(block: dict[str, Any], where: str) -> ImagePart:
    source = v.obj(block.get("source"), f"{where}.source")
    kind = source.get("type")
    if kind == "base64":
        media_type = v.string(source.get("media_type"), f"{where}.source.media_type") or ""
        data = v.string(source.get("data"), f"{where}.source.data") or ""
        return ImagePart(f"data:{media_type};base64,{data}", media_type)
    if kind == "url":
        return ImagePart(v.string(source.get("url"), f"{where}.source.url") or "")
    raise BadRequest(f"{where}.source.type must be 'base64' or 'url', got {str(kind)[:40]!r}")


def _tool(raw: Any, i: int) -> ToolSpec:
    where = f"tools[{i}]"
    tool = v.obj(raw, where)
    if tool.get("type") not in (None, "custom"):
        raise BadRequest(f"{where}: server tool {str(tool.get('type'))[:60]!r} is not supported by this gateway")
    return ToolSpec(
        v.string(tool.get("name"), f"{where}.name") or "",
        v.string(tool.get("description", ""), f"{where}.description") or "",
        v.tree(tool.get("input_schema"), f"{where}.input_schema"),
    )


def _tool_choice(raw: Any) -> ToolChoice | None:
    """Anthropic's tool_choice in the neutral form the backends translate."""
    if raw is None:
        return None
    choice = v.obj(raw, "'tool_choice'")
    kind = choice.get("type")
    if kind in ("auto", "none"):
        return ToolChoice(kind)
    if kind == "any":
        return ToolChoice("required")
    if kind == "tool":
        return ToolChoice("tool", v.string(choice.get("name"), "'tool_choice.name'"))
    raise BadRequest(f"'tool_choice.type' must be one of auto, any, tool, none, got {str(kind)[:40]!r}")


def render_result(result: ChatResult, *, request_id: str, model: str) -> dict[str, Any]:
    """A Messages API `message` object."""
    content: list[dict[str, Any]] = [{"type": "text", "text": result.text}] if result.text else []
    content += [{"type": "tool_use", "id": c.id, "name": c.name, "input": _input(c.arguments)} for c in result.tool_calls]
    return {
        "id": f"msg_{request_id}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": STOP_REASONS[result.finish_reason],
        "stop_sequence": None,
        "usage": _usage(result.usage),
    }


async def render_stream(events: AsyncIterator[StreamEvent], *, request_id: str, model: str) -> AsyncIterator[bytes]:
    """The Messages API event sequence, or an `error` event if the upstream fails after the 200.

    Text streams into block 0 as it arrives. Tool calls are sent whole when the answer ends, one
    `input_json_delta` each: restoration may release an argument's last piece only at the end,
    after later blocks began, and a block cannot be reopened once stopped.
    """
    message: dict[str, Any] = {
        "id": f"msg_{request_id}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }
    yield event("message_start", {"type": "message_start", "message": message})
    text_open = False
    calls: dict[int, list[str]] = {}  # tool call number -> [id, name, arguments so far]
    try:
        async for item in events:
            if isinstance(item, TextDelta):
                if not item.text:
                    continue
                if not text_open:
                    text_open = True
                    yield event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
                yield event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": item.text}})
            elif isinstance(item, ToolCallDelta):
                call = calls.setdefault(item.index, ["", "", ""])
                call[0], call[1] = item.id or call[0], item.name or call[1]
                call[2] += item.arguments
            elif isinstance(item, Finish):
                index = 0
                if text_open:
                    yield event("content_block_stop", {"type": "content_block_stop", "index": 0})
                    index = 1
                for number in sorted(calls):
                    call_id, name, arguments = calls[number]
                    block = {"type": "tool_use", "id": call_id or f"toolu_{request_id}_{number}", "name": name, "input": {}}
                    partial = json.dumps(_input(arguments), ensure_ascii=False)
                    yield event("content_block_start", {"type": "content_block_start", "index": index, "content_block": block})
                    yield event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": {"type": "input_json_delta", "partial_json": partial}})
                    yield event("content_block_stop", {"type": "content_block_stop", "index": index})
                    index += 1
                delta = {"stop_reason": STOP_REASONS[item.reason], "stop_sequence": None}
                usage = {"input_tokens": item.usage.input_tokens, "output_tokens": item.usage.output_tokens}
                yield event("message_delta", {"type": "message_delta", "delta": delta, "usage": usage})
                yield event("message_stop", {"type": "message_stop"})
                return
    except GatewayError as exc:
        # The 200 is long gone: end with an explicit error event, never a clean-looking message_stop.
        yield event("error", error_body(exc))


def _input(arguments: str) -> dict[str, Any]:
    """Tool arguments as the object Anthropic clients expect; anything else is the model's error."""
    try:
        value = json.loads(arguments) if arguments.strip() else {}
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise UpstreamError("the model answered with tool arguments that are not a JSON object", code="upstream_invalid")
    return value


def event(name: str, data: dict[str, Any]) -> bytes:
    """One SSE frame with its event name."""
    return f"event: {name}\ndata: ".encode() + json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() + b"\n\n"


def error_body(exc: GatewayError) -> dict[str, Any]:
    """Anthropic's error shape; the type follows the HTTP status as the API's own errors do."""
    kind = ERROR_TYPES.get(exc.status)
    if kind is None:
        kind = "overloaded_error" if exc.code == "upstream_overloaded" else "api_error"
    return {"type": "error", "error": {"type": kind, "message": exc.message}}


def _usage(usage: Usage) -> dict[str, int]:
    return {"input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens}


class AnthropicMessages(ChatIngress):
    """`POST /v1/messages`; owns the errors of every `/v1/messages…` path (count_tokens too)."""

    name = "anthropic"
    path = "/v1/messages"
    owns = "/v1/messages"

    def parse(self, body: Any) -> ChatRequest:
        return parse_request(body)

    def render(self, result: ChatResult, answer: Answer) -> dict[str, Any]:
        return render_result(result, request_id=answer.request_id, model=answer.model)

    def render_stream(self, events: AsyncIterator[StreamEvent], answer: Answer) -> AsyncIterator[bytes]:
        return render_stream(events, request_id=answer.request_id, model=answer.model)

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return error_body(exc)


INGRESS = AnthropicMessages()
