"""Anthropic's Messages API: system at top level, content blocks, SSE with typed events."""

from __future__ import annotations

import json
from typing import Any, AsyncIterator

from privacy_gateway.backends import advice
from privacy_gateway.backends.base import Backend, Health, parse_json_line, sse_data
from privacy_gateway.backends.shapes import (
    AnthropicMessage,
    AnthropicText,
    AnthropicToolUse,
    AnthropicUsage,
    BlockDelta,
    BlockStart,
    ErrorEvent,
    InputJsonDelta,
    MessageDelta,
    MessageStart,
    MessageStop,
    TextDeltaShape,
    parse,
    parse_event,
)
from privacy_gateway.core.chat import ChatRequest, ChatResult, Finish, FinishReason, ImagePart, Message, StreamEvent, TextDelta, TextPart, ToolCall, ToolCallDelta, ToolChoice, Usage
from privacy_gateway.core.errors import BadRequest, UpstreamError

API_VERSION = "2023-06-01"
_STOP: dict[str, FinishReason] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}


class AnthropicBackend(Backend):
    """Anthropic's cloud API (or anything speaking the Messages API)."""

    def headers(self) -> dict[str, str]:
        headers = super().headers()
        headers["anthropic-version"] = API_VERSION
        if self.settings.api_key:
            headers["x-api-key"] = self.settings.api_key
        return headers

    async def complete(self, request: ChatRequest, model: str) -> ChatResult:
        data = await self.post_json("/v1/messages", self.body(request, model, stream=False))
        answer = parse(self.name, AnthropicMessage, data)
        text: list[str] = []
        calls: list[ToolCall] = []
        for block in answer.content:
            if isinstance(block, AnthropicText):
                text.append(block.text)
            elif isinstance(block, AnthropicToolUse):
                calls.append(ToolCall(block.id, block.name, json.dumps(block.input, ensure_ascii=False)))
        return ChatResult(
            text="".join(text),
            tool_calls=tuple(calls),
            finish_reason=_STOP.get(answer.stop_reason or "", "stop"),
            usage=_usage(answer.usage),
            model=answer.model or model,
        )

    async def stream(self, request: ChatRequest, model: str) -> AsyncIterator[StreamEvent]:
        tool_index: dict[int, int] = {}  # Anthropic block index -> tool call number
        usage = Usage()
        reason: FinishReason = "stop"
        answered_model = model
        async for event, payload in sse_data(self.post_lines("/v1/messages", self.body(request, model, stream=True))):
            data = parse_json_line(self.name, payload)
            if "type" not in data and event:
                data["type"] = event
            item = parse_event(self.name, data)
            if isinstance(item, MessageStart):
                answered_model = item.message.model or model
                usage = _usage(item.message.usage)
            elif isinstance(item, BlockStart):
                block = item.content_block
                if isinstance(block, AnthropicToolUse):
                    number = tool_index[item.index] = len(tool_index)
                    yield ToolCallDelta(number, "", block.id, block.name)
                elif isinstance(block, AnthropicText) and block.text:
                    yield TextDelta(block.text)
            elif isinstance(item, BlockDelta):
                delta = item.delta
                if isinstance(delta, TextDeltaShape) and delta.text:
                    yield TextDelta(delta.text)
                elif isinstance(delta, InputJsonDelta) and item.index in tool_index:
                    yield ToolCallDelta(tool_index[item.index], delta.partial_json)
            elif isinstance(item, MessageDelta):
                if item.delta.stop_reason:
                    reason = _STOP.get(item.delta.stop_reason, "stop")
                if item.usage is not None and item.usage.output_tokens is not None:
                    usage = Usage(usage.input_tokens, item.usage.output_tokens)
            elif isinstance(item, MessageStop):
                yield Finish(reason, usage, answered_model)
                return
            elif isinstance(item, ErrorEvent):
                overloaded = item.error.type == "overloaded_error"
                raise UpstreamError(
                    f"{self.name} reported an error mid-stream: {item.error.type}",
                    status=503 if overloaded else 502,
                    code="upstream_overloaded" if overloaded else "upstream_stream_error",
                )
            # ping, content_block_stop and unknown events are ignored, as the API asks
        raise UpstreamError(f"{self.name} ended the stream without message_stop", code="upstream_stream_error")

    async def probe(self) -> Health:
        # Not contacted: a probe every few seconds should not hit a paid API. A key that is set is what can be checked offline.
        if self.settings.api_key:
            return Health(True, None, f"key set (${self.settings.api_key_env}); {advice.where(self.settings)} not contacted")
        return Health(False, None, "no API key" + (f" (${self.settings.api_key_env} is not set)" if self.settings.api_key_env else ""), advice.key_missing(self.settings))

    def body(self, request: ChatRequest, model: str, *, stream: bool) -> dict[str, Any]:
        """The Messages API body for `request`."""
        system = "\n\n".join(m.text for m in request.messages if m.role == "system")
        messages: list[dict[str, Any]] = []
        for m in request.messages:
            if m.role == "system":
                continue
            role = "assistant" if m.role == "assistant" else "user"
            blocks = _blocks(m)
            if not blocks:
                continue
            if messages and messages[-1]["role"] == role:
                messages[-1]["content"].extend(blocks)  # the API wants turns to alternate
            else:
                messages.append({"role": role, "content": blocks})
        body: dict[str, Any] = {
            "model": model,
            "max_tokens": request.max_tokens or self.settings.max_tokens,
            "messages": messages,
        }
        if system:
            body["system"] = system
        if stream:
            body["stream"] = True
        if request.temperature is not None:
            body["temperature"] = min(request.temperature, 1.0)  # OpenAI allows up to 2
        if request.top_p is not None:
            body["top_p"] = request.top_p
        if request.stop:
            body["stop_sequences"] = list(request.stop)
        if request.tools:
            body["tools"] = [{"name": t.name, "description": t.description, "input_schema": t.parameters or {"type": "object"}} for t in request.tools]
            choice = _tool_choice(request.tool_choice)
            if choice is not None:
                body["tool_choice"] = choice
        return body


def _blocks(m: Message) -> list[dict[str, Any]]:
    if m.role == "tool":
        return [{"type": "tool_result", "tool_use_id": m.tool_call_id or "", "content": m.text}]
    blocks: list[dict[str, Any]] = []
    for p in m.parts:
        if isinstance(p, TextPart):
            if p.text:
                blocks.append({"type": "text", "text": p.text})
        elif isinstance(p, ImagePart):
            blocks.append(_image(p))
    for c in m.tool_calls:
        try:
            arguments = json.loads(c.arguments) if c.arguments.strip() else {}
        except ValueError:
            raise BadRequest(f"tool call {c.id!r} has arguments that are not valid JSON") from None
        blocks.append({"type": "tool_use", "id": c.id, "name": c.name, "input": arguments})
    return blocks


def _image(part: ImagePart) -> dict[str, Any]:
    if part.url.startswith("data:") and "," in part.url:
        header, data = part.url[5:].split(",", 1)
        return {"type": "image", "source": {"type": "base64", "media_type": header.split(";")[0], "data": data}}
    return {"type": "image", "source": {"type": "url", "url": part.url}}


def _tool_choice(choice: ToolChoice | None) -> dict[str, Any] | None:
    if choice is None:
        return None
    if choice.mode == "tool":
        return {"type": "tool", "name": choice.name}
    return {"type": "any" if choice.mode == "required" else choice.mode}


def _usage(usage: AnthropicUsage | None) -> Usage:
    if usage is None:
        return Usage()
    return Usage(usage.input_tokens or 0, usage.output_tokens or 0)
