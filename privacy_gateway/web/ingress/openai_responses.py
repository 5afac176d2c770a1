"""OpenAI's Responses API (`/v1/responses`) at the gateway's edge: items in, a response object out.

`instructions` become the system message; input items (messages, `function_call`,
`function_call_output`) become the neutral conversation, so the privacy core handles them like any
chat. The gateway stores no conversation, so `previous_response_id` is refused with a 400. Streams
are the typed events `response.created` … `response.output_text.delta` … `response.completed`.
"""

from __future__ import annotations

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
    Usage,
)
from privacy_gateway.core.errors import BadRequest, GatewayError
from privacy_gateway.web.ingress import openai as chat_api
from privacy_gateway.web.ingress.base import Answer, ChatIngress
from privacy_gateway.web.ingress import validate as v

ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}
TEXT_PARTS = ("input_text", "output_text", "text", "refusal")
# Fields that change what the answer is and that the gateway cannot honour: refused, not dropped.
UNSUPPORTED = ("reasoning", "prompt", "conversation", "background", "top_logprobs")


def parse_request(body: Any) -> ChatRequest:
    """A `ChatRequest` from a Responses body; `BadRequest` names the first problem."""
    body = v.obj(body, "the request body")
    if body.get("previous_response_id") is not None:
        raise BadRequest("'previous_response_id' is not supported: this gateway stores no conversation; send the whole conversation in 'input'")
    for key in UNSUPPORTED:
        if body.get(key) not in (None, False):
            raise BadRequest(f"'{key}' is not supported by this gateway")
    messages: list[Message] = []
    instructions = v.string(body.get("instructions"), "'instructions'", optional=True)
    if instructions:
        messages.append(Message("system", (TextPart(instructions),)))
    raw_input = body.get("input")
    if isinstance(raw_input, str):
        messages.append(Message("user", (TextPart(raw_input),)))
    elif isinstance(raw_input, list) and raw_input:
        for i, item in enumerate(raw_input):
            _item(item, f"input[{i}]", messages)
    else:
        raise BadRequest("'input' is required: a string or a non-empty array of items" if raw_input is None else "'input' must be a string or a non-empty array of items")
    if not any(m.role != "system" for m in messages):
        raise BadRequest("'input' holds no user, assistant or tool item")
    return ChatRequest(
        messages=tuple(messages),
        model=v.string(body.get("model"), "'model'", optional=True),
        stream=v.boolean(body.get("stream"), "'stream'"),
        max_tokens=v.positive_int(body.get("max_output_tokens"), "'max_output_tokens'"),
        temperature=v.number(body.get("temperature"), "'temperature'", 0, 2),
        top_p=v.number(body.get("top_p"), "'top_p'", 0, 1),
        tools=tuple(_tool(t, i) for i, t in enumerate(chat_api._list(body.get("tools"), "'tools'"))),
        tool_choice=_tool_choice(body.get("tool_choice")),
        response_format=_format(body.get("text")),
    )


def _item(raw: Any, where: str, messages: list[Message]) -> None:
    item = v.obj(raw, where)
    kind = item.get("type", "message")
    if kind == "message":
        role = item.get("role")
        if role not in ROLES:
            raise BadRequest(f"{where}.role must be one of {', '.join(ROLES)}, got {str(role)[:40]!r}")
        messages.append(Message(ROLES[role], _content(item.get("content"), f"{where}.content")))  # type: ignore[arg-type]
    elif kind == "function_call":
        arguments = v.json_text(v.string(item.get("arguments", ""), f"{where}.arguments") or "", f"{where}.arguments")
        call = ToolCall(v.string(item.get("call_id"), f"{where}.call_id") or "", v.string(item.get("name"), f"{where}.name") or "", arguments)
        last = messages[-1] if messages else None
        if last is not None and last.role == "assistant":  # calls of one turn belong to one message
            messages[-1] = Message("assistant", last.parts, (*last.tool_calls, call))
        else:
            messages.append(Message("assistant", (), (call,)))
    elif kind == "function_call_output":
        output = item.get("output")
        parts = (TextPart(output),) if isinstance(output, str) else _content(output, f"{where}.output")
        messages.append(Message("tool", parts, (), v.string(item.get("call_id"), f"{where}.call_id")))
    else:
        raise BadRequest(f"{where}.type {str(kind)[:40]!r} is not supported (use message, function_call or function_call_output)")


def _content(content: Any, where: str) -> tuple[Part, ...]:
    if isinstance(content, str):
        return (TextPart(content),)
    if not isinstance(content, list):
        raise BadRequest(f"{where} must be a string or an array of content parts")
    parts: list[Part] = []
    for j, raw in enumerate(content):
        pw = f"{where}[{j}]"
        part = v.obj(raw, pw)
        kind = part.get("type")
        if kind in TEXT_PARTS:
            parts.append(TextPart(v.string(part.get("text", part.get("refusal")), f"{pw}.text") or ""))
        elif kind == "input_image":
            parts.append(ImagePart(v.string(part.get("image_url"), f"{pw}.image_url") or ""))
        else:
            raise BadRequest(f"{pw}.type {str(kind)[:40]!r} is not supported (use input_text, output_text or input_image)")
    return tuple(parts)


def _tool(raw: Any, i: int) -> ToolSpec:
    where = f"tools[{i}]"
    tool = v.obj(raw, where)
    if tool.get("type") != "function":
        raise BadRequest(f"{where}.type {str(tool.get('type'))[:40]!r} is not supported: only function tools (the gateway runs no hosted tools)")
    return ToolSpec(
        v.string(tool.get("name"), f"{where}.name") or "",
        v.string(tool.get("description") or "", f"{where}.description") or "",
        v.tree(tool.get("parameters") or {}, f"{where}.parameters"),
    )


def _tool_choice(raw: Any) -> ToolChoice | None:
    if raw is None:
        return None
    if raw in ("auto", "none", "required"):
        return ToolChoice(raw)
    choice = v.obj(raw, "'tool_choice'") if not isinstance(raw, str) else None
    if choice is None or choice.get("type") != "function":
        raise BadRequest("'tool_choice' must be auto, none, required or {\"type\": \"function\", \"name\": …}")
    return ToolChoice("tool", v.string(choice.get("name"), "'tool_choice.name'"))


def _format(raw: Any) -> ResponseFormat | None:
    if raw is None:
        return None
    fmt = v.obj(v.obj(raw, "'text'").get("format") or {"type": "text"}, "'text.format'")
    kind = fmt.get("type")
    if kind == "text":
        return None
    if kind == "json_object":
        return ResponseFormat("json_object")
    if kind == "json_schema":
        return ResponseFormat("json_schema", v.string(fmt.get("name") or "response", "'text.format.name'"), schema=v.tree(fmt.get("schema") or {}, "'text.format.schema'"))
    raise BadRequest("'text.format.type' must be text, json_object or json_schema")


def _response(request_id: str, model: str, output: list[dict[str, Any]], usage: Usage | None, created: int, status: str = "completed") -> dict[str, Any]:
    return {
        "id": f"resp_{request_id}",
        "object": "response",
        "created_at": created,
        "status": status,
        "model": model,
        "output": output,
        "usage": None if usage is None else {
            "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens, "total_tokens": usage.input_tokens + usage.output_tokens,
            "input_tokens_details": {"cached_tokens": 0}, "output_tokens_details": {"reasoning_tokens": 0},
        },
        "error": None, "incomplete_details": None, "instructions": None, "metadata": {}, "parallel_tool_calls": True,
        "previous_response_id": None, "store": False, "temperature": None, "top_p": None, "tool_choice": "auto", "tools": [],
        "text": {"format": {"type": "text"}}, "truncation": "disabled",
    }


def _message_item(request_id: str, text: str, status: str = "completed") -> dict[str, Any]:
    content = [{"type": "output_text", "text": text, "annotations": []}] if status == "completed" else []
    return {"type": "message", "id": f"msg_{request_id}", "status": status, "role": "assistant", "content": content}


def _call_item(request_id: str, n: int, call_id: str, name: str, arguments: str, status: str = "completed") -> dict[str, Any]:
    return {"type": "function_call", "id": f"fc_{request_id}_{n}", "call_id": call_id, "name": name, "arguments": arguments, "status": status}


def render_result(result: ChatResult, *, request_id: str, model: str) -> dict[str, Any]:
    """A `response` object: a message item (when there is text), then one `function_call` item per call."""
    output = [_message_item(request_id, result.text)] if result.text or not result.tool_calls else []
    output += [_call_item(request_id, n, c.id or f"call_{n}", c.name, c.arguments) for n, c in enumerate(result.tool_calls)]
    return _response(request_id, model, output, result.usage, int(time.time()))


async def render_stream(events: AsyncIterator[StreamEvent], *, request_id: str, model: str) -> AsyncIterator[bytes]:
    """The typed SSE events of a streamed response, or an `error` event if the upstream fails after the 200."""
    out = _StreamedResponse(request_id, model)
    yield out.event("response.created", response=_response(request_id, model, [], None, out.created, "in_progress"))
    yield out.event("response.in_progress", response=_response(request_id, model, [], None, out.created, "in_progress"))
    try:
        async for item in events:
            if isinstance(item, TextDelta) and item.text:
                for frame in out.text(item):
                    yield frame
            elif isinstance(item, ToolCallDelta):
                for frame in out.call(item):
                    yield frame
            elif isinstance(item, Finish):
                for frame in out.finish(item):
                    yield frame
                return
    except GatewayError as exc:
        # The 200 is long gone: end with an explicit error event, never a clean-looking completion.
        yield out.event("error", code=exc.code, message=exc.message, param=None)


class _StreamedResponse:
    """One streamed response's output items as they grow, and the numbered events that tell of them."""

    def __init__(self, request_id: str, model: str) -> None:
        self.request_id, self.model = request_id, model
        self.created = int(time.time())
        self.sequence = 0
        self.output: list[dict[str, Any]] = []
        self.texts: list[str] = []
        self.message_at: int | None = None  # output index of the open message item
        self.calls: dict[int, tuple[int, list[str]]] = {}  # call number -> (output index, [call_id, name, arguments])

    def event(self, kind: str, **data: Any) -> bytes:
        self.sequence += 1
        payload = {"type": kind, "sequence_number": self.sequence, **data}
        return f"event: {kind}\n".encode() + chat_api.sse(payload)

    def text(self, item: TextDelta) -> list[bytes]:
        frames, item_id = [], f"msg_{self.request_id}"
        if self.message_at is None:
            self.message_at = len(self.output)
            self.output.append(_message_item(self.request_id, "", "in_progress"))
            frames.append(self.event("response.output_item.added", output_index=self.message_at, item=self.output[self.message_at]))
            frames.append(self.event("response.content_part.added", item_id=item_id, output_index=self.message_at, content_index=0, part={"type": "output_text", "text": "", "annotations": []}))
        self.texts.append(item.text)
        frames.append(self.event("response.output_text.delta", item_id=item_id, output_index=self.message_at, content_index=0, delta=item.text))
        return frames

    def call(self, item: ToolCallDelta) -> list[bytes]:
        frames = self.close_message()
        if item.index not in self.calls:
            at = len(self.output)
            self.calls[item.index] = (at, [item.id or f"call_{item.index}", item.name or "", ""])
            self.output.append(_call_item(self.request_id, item.index, self.calls[item.index][1][0], self.calls[item.index][1][1], "", "in_progress"))
            frames.append(self.event("response.output_item.added", output_index=at, item=self.output[at]))
        at, call = self.calls[item.index]
        call[1] = call[1] or item.name or ""
        if item.arguments:
            call[2] += item.arguments
            frames.append(self.event("response.function_call_arguments.delta", item_id=f"fc_{self.request_id}_{item.index}", output_index=at, delta=item.arguments))
        return frames

    def finish(self, item: Finish) -> list[bytes]:
        frames = self.close_message()
        for n, (at, (call_id, name, arguments)) in sorted(self.calls.items()):
            self.output[at] = _call_item(self.request_id, n, call_id, name, arguments)
            frames.append(self.event("response.function_call_arguments.done", item_id=f"fc_{self.request_id}_{n}", output_index=at, arguments=arguments))
            frames.append(self.event("response.output_item.done", output_index=at, item=self.output[at]))
        if not self.output:
            self.output.append(_message_item(self.request_id, ""))
        frames.append(self.event("response.completed", response=_response(self.request_id, self.model, self.output, item.usage, self.created)))
        return frames

    def close_message(self) -> list[bytes]:
        if self.message_at is None:
            return []
        whole, at, item_id = "".join(self.texts), self.message_at, f"msg_{self.request_id}"
        part = {"type": "output_text", "text": whole, "annotations": []}
        self.output[at] = _message_item(self.request_id, whole)
        self.message_at = None
        return [
            self.event("response.output_text.done", item_id=item_id, output_index=at, content_index=0, text=whole),
            self.event("response.content_part.done", item_id=item_id, output_index=at, content_index=0, part=part),
            self.event("response.output_item.done", output_index=at, item=self.output[at]),
        ]


def error_body(exc: GatewayError) -> dict[str, Any]:
    """OpenAI's error shape."""
    return chat_api.error_body(exc)


class OpenAIResponses(ChatIngress):
    """`POST /v1/responses`: input items in, a `response` object or typed SSE events out."""

    name = "openai_responses"
    path = "/v1/responses"

    def parse(self, body: Any) -> ChatRequest:
        return parse_request(body)

    def render(self, result: ChatResult, answer: Answer) -> dict[str, Any]:
        return render_result(result, request_id=answer.request_id, model=answer.model)

    def render_stream(self, events: AsyncIterator[StreamEvent], answer: Answer) -> AsyncIterator[bytes]:
        return render_stream(events, request_id=answer.request_id, model=answer.model)

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return error_body(exc)


INGRESS = OpenAIResponses()
