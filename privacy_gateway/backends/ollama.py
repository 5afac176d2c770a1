"""Ollama's native API (`/api/chat`): NDJSON streams, tool arguments as objects."""

from __future__ import annotations

import json
from typing import Any, AsyncIterator

from privacy_gateway.backends.base import Backend, Health, parse_json_line
from privacy_gateway.backends.shapes import OllamaChat, OllamaEmbed, OllamaMessage, OllamaToolCall, parse
from privacy_gateway.core.chat import ChatRequest, ChatResult, Finish, FinishReason, ImagePart, StreamEvent, TextDelta, ToolCall, ToolCallDelta, Usage
from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult
from privacy_gateway.core.errors import BadRequest, UpstreamError


class OllamaBackend(Backend):
    """A local Ollama server."""

    async def complete(self, request: ChatRequest, model: str) -> ChatResult:
        data = await self.post_json("/api/chat", self.body(request, model, stream=False))
        answer = parse(self.name, OllamaChat, data)
        message = answer.message or OllamaMessage()
        calls = tuple(_tool_call(i, c) for i, c in enumerate(message.tool_calls or []))
        return ChatResult(
            text=message.content or "",
            tool_calls=calls,
            finish_reason=_finish_reason(answer.done_reason, bool(calls)),
            usage=_usage(answer),
            model=answer.model or model,
        )

    async def stream(self, request: ChatRequest, model: str) -> AsyncIterator[StreamEvent]:
        calls = 0
        async for line in self.post_lines("/api/chat", self.body(request, model, stream=True)):
            if not line.strip():
                continue
            data = parse_json_line(self.name, line)
            if "error" in data:  # Ollama reports failures after the 200 as a line of its own
                raise UpstreamError(f"{self.name} reported an error mid-stream: {str(data['error'])[:300]}", code="upstream_stream_error")
            part = parse(self.name, OllamaChat, data)
            message = part.message or OllamaMessage()
            if message.content:
                yield TextDelta(message.content)
            for call in message.tool_calls or []:
                tc = _tool_call(calls, call)
                yield ToolCallDelta(calls, tc.arguments, tc.id, tc.name)
                calls += 1
            if part.done:
                yield Finish(_finish_reason(part.done_reason, calls > 0), _usage(part), part.model or model)
                return
        raise UpstreamError(f"{self.name} ended the stream without its final line", code="upstream_stream_error")

    async def embed(self, request: EmbedRequest, model: str) -> EmbedResult:
        body: dict[str, Any] = {"model": model, "input": list(request.inputs)}
        if request.dimensions is not None:
            body["dimensions"] = request.dimensions
        answer = parse(self.name, OllamaEmbed, await self.post_json("/api/embed", body))
        usage = Usage(answer.prompt_eval_count or 0, 0)
        return self.check_vectors(EmbedResult(tuple(tuple(v) for v in answer.embeddings), usage, answer.model or model), request)

    async def probe(self) -> Health:
        return await self.list_models("/api/tags", lambda data: [m.get("name") or m.get("model") for m in data.get("models") or []])

    def body(self, request: ChatRequest, model: str, *, stream: bool) -> dict[str, Any]:
        """The `/api/chat` body for `request`."""
        names = {c.id: c.name for m in request.messages for c in m.tool_calls}
        messages: list[dict[str, Any]] = []
        for m in request.messages:
            out: dict[str, Any] = {"role": m.role, "content": m.text}
            images = [_base64_image(p) for p in m.parts if isinstance(p, ImagePart)]
            if images:
                out["images"] = images
            if m.tool_calls:
                out["tool_calls"] = [{"function": {"name": c.name, "arguments": _arguments(c.arguments)}} for c in m.tool_calls]
            if m.role == "tool" and (m.name or m.tool_call_id in names):
                out["tool_name"] = m.name or names[m.tool_call_id or ""]
            messages.append(out)
        options: dict[str, Any] = {}
        if request.temperature is not None:
            options["temperature"] = request.temperature
        if request.top_p is not None:
            options["top_p"] = request.top_p
        if request.max_tokens is not None:
            options["num_predict"] = request.max_tokens
        if request.stop:
            options["stop"] = list(request.stop)
        body: dict[str, Any] = {"model": model, "messages": messages, "stream": stream}
        if options:
            body["options"] = options
        if request.tools:
            body["tools"] = [
                {"type": "function", "function": {"name": t.name, "description": t.description, "parameters": t.parameters}}
                for t in request.tools
            ]
        if request.response_format is not None and request.response_format.kind == "json_object":
            body["format"] = "json"
        return body


def _base64_image(part: ImagePart) -> str:
    if part.url.startswith("data:") and "," in part.url:
        return part.url.split(",", 1)[1]
    raise BadRequest("the local model (Ollama) takes images as base64 data URLs, not remote URLs")


def _arguments(text: str) -> Any:
    try:
        return json.loads(text) if text.strip() else {}
    except ValueError:
        return text


def _tool_call(index: int, call: OllamaToolCall) -> ToolCall:
    arguments = call.function.arguments
    text = arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
    return ToolCall(call.id or f"call_{index}", call.function.name, text)


def _finish_reason(done_reason: Any, called: bool) -> FinishReason:
    if done_reason == "length":
        return "length"
    return "tool_calls" if called else "stop"


def _usage(answer: OllamaChat) -> Usage:
    return Usage(answer.prompt_eval_count or 0, answer.eval_count or 0)
