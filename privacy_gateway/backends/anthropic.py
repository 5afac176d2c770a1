"""Anthropic's Messages API: system at top level, content blocks, SSE with typed events."""

from __future__ import annotations

import json
from typing import Any, AsyncIterator

from privacy_gateway.backends.base import Backend, parse_json_line, sse_data
from privacy_gateway.core.chat import ChatRequest, ChatResult, Finish, FinishReason, ImagePart, Message, StreamEvent, TextDelta, TextPart, ToolCall, ToolCallDelta, Usage
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
        text: list[str] = []
        calls: list[ToolCall] = []
        for block in data.get("content") or []:
            if block.get("type") == "text":
                text.append(str(block.get("text") or ""))
            elif block.get("type") == "tool_use":
                calls.append(ToolCall(str(block.get("id") or ""), str(block.get("name") or ""), json.dumps(block.get("input") or {}, ensure_ascii=False)))
        return ChatResult(
            text="".join(text),
            tool_calls=tuple(calls),
            finish_reason=_STOP.get(str(data.get("stop_reason")), "stop"),
            usage=_usage(data.get("usage")),
            model=str(data.get("model") or model),
        )

    async def stream(self, request: ChatRequest, model: str) -> AsyncIterator[StreamEvent]:
        tool_index: dict[int, int] = {}  # Anthropic block index -> tool call number
        input_tokens = output_tokens = 0
        reason: FinishReason = "stop"
        answered_model = model
        async for event, payload in sse_data(self.post_lines("/v1/messages", self.body(request, model, stream=True))):
            data = parse_json_line(self.name, payload)
            kind = data.get("type") or event
            if kind == "message_start":
                message = data.get("message") or {}
                answered_model = str(message.get("model") or model)
                usage = message.get("usage") or {}
                input_tokens = int(usage.get("input_tokens") or 0)
                output_tokens = int(usage.get("output_tokens") or 0)
            elif kind == "content_block_start":
                block = data.get("content_block") or {}
                if block.get("type") == "tool_use":
                    number = tool_index[int(data.get("index", 0))] = len(tool_index)
                    yield ToolCallDelta(number, "", str(block.get("id") or ""), str(block.get("name") or ""))
                elif block.get("type") == "text" and block.get("text"):
                    yield TextDelta(str(block["text"]))
            elif kind == "content_block_delta":
                delta = data.get("delta") or {}
                if delta.get("type") == "text_delta" and delta.get("text"):
                    yield TextDelta(str(delta["text"]))
                elif delta.get("type") == "input_json_delta" and int(data.get("index", 0)) in tool_index:
                    yield ToolCallDelta(tool_index[int(data.get("index", 0))], str(delta.get("partial_json") or ""))
            elif kind == "message_delta":
                delta = data.get("delta") or {}
                if delta.get("stop_reason"):
                    reason = _STOP.get(str(delta["stop_reason"]), "stop")
                output_tokens = int((data.get("usage") or {}).get("output_tokens") or output_tokens)
            elif kind == "message_stop":
                yield Finish(reason, Usage(input_tokens, output_tokens), answered_model)
                return
            elif kind == "error":
                error = data.get("error") or {}
                overloaded = error.get("type") == "overloaded_error"
                raise UpstreamError(
                    f"{self.name} reported an error mid-stream: {str(error.get('type') or 'error')}",
                    status=503 if overloaded else 502,
                    code="upstream_overloaded" if overloaded else "upstream_stream_error",
                )
            # ping and unknown events are ignored, as the API asks
        raise UpstreamError(f"{self.name} ended the stream without message_stop", code="upstream_stream_error")

    async def probe(self) -> tuple[bool, str]:
        # Anthropic has no free health endpoint; a key that is set is what can be checked offline.
        return (bool(self.settings.api_key), "key set" if self.settings.api_key else "no API key")

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


def _tool_choice(choice: Any) -> dict[str, Any] | None:
    if choice == "auto":
        return {"type": "auto"}
    if choice == "none":
        return {"type": "none"}
    if choice == "required":
        return {"type": "any"}
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        return {"type": "tool", "name": choice["function"].get("name")}
    return None


def _usage(raw: Any) -> Usage:
    if not isinstance(raw, dict):
        return Usage()
    return Usage(int(raw.get("input_tokens") or 0), int(raw.get("output_tokens") or 0))
