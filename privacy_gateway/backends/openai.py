"""Any OpenAI-compatible server (llama.cpp, vLLM, LM Studio, Ollama's /v1, OpenAI itself)."""

from __future__ import annotations

from typing import Any, AsyncIterator

from privacy_gateway.backends import advice
from privacy_gateway.backends.base import Backend, Health, parse_json_line, sse_data
from privacy_gateway.backends.shapes import LlamaCppTimings, OpenAIChunk, OpenAICompletion, OpenAIEmbeddings, OpenAIUsage, parse
from privacy_gateway.core.chat import ChatRequest, ChatResult, Finish, FinishReason, ResponseFormat, StreamEvent, TextDelta, TextPart, ToolCall, ToolCallDelta, ToolChoice, Usage
from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult
from privacy_gateway.core.errors import UpstreamError

_FINISH: dict[str, FinishReason] = {"stop": "stop", "length": "length", "tool_calls": "tool_calls", "function_call": "tool_calls", "content_filter": "content_filter"}


class OpenAIBackend(Backend):
    """An OpenAI Chat Completions server."""

    def headers(self) -> dict[str, str]:
        headers = super().headers()
        if self.settings.api_key:
            headers["authorization"] = f"Bearer {self.settings.api_key}"
        return headers

    async def complete(self, request: ChatRequest, model: str) -> ChatResult:
        data = await self.post_json("/v1/chat/completions", self.body(request, model, stream=False))
        answer = parse(self.name, OpenAICompletion, data)
        choice = answer.choices[0]
        calls = tuple(ToolCall(c.id or f"call_{i}", c.function.name, c.function.arguments) for i, c in enumerate(choice.message.tool_calls or []))
        return ChatResult(
            text=choice.message.content or "",
            tool_calls=calls,
            finish_reason=_FINISH.get(choice.finish_reason or "", "tool_calls" if calls else "stop"),
            usage=_usage(answer.usage, answer.timings),
            model=answer.model or model,
        )

    async def embed(self, request: EmbedRequest, model: str) -> EmbedResult:
        body: dict[str, Any] = {"model": model, "input": list(request.inputs), "encoding_format": "float"}
        if request.dimensions is not None:
            body["dimensions"] = request.dimensions
        answer = parse(self.name, OpenAIEmbeddings, await self.post_json("/v1/embeddings", body))
        vectors = tuple(tuple(d.embedding) for d in sorted(answer.data, key=lambda d: d.index))
        usage = Usage((answer.usage.prompt_tokens or 0) if answer.usage else 0, 0)
        return self.check_vectors(EmbedResult(vectors, usage, answer.model or model), request)

    async def stream(self, request: ChatRequest, model: str) -> AsyncIterator[StreamEvent]:
        reason: FinishReason | None = None
        usage = Usage()
        answered_model = model
        async for _event, payload in sse_data(self.post_lines("/v1/chat/completions", self.body(request, model, stream=True))):
            if payload.strip() == "[DONE]":
                yield Finish(reason or "stop", usage, answered_model)
                return
            data = parse_json_line(self.name, payload)
            if "error" in data:
                raise UpstreamError(f"{self.name} reported an error mid-stream", code="upstream_stream_error")
            chunk = parse(self.name, OpenAIChunk, data)
            answered_model = chunk.model or answered_model
            if chunk.usage is not None or chunk.timings is not None:
                usage = _usage(chunk.usage, chunk.timings)
            for choice in chunk.choices:
                delta = choice.delta
                if delta.content:
                    yield TextDelta(delta.content)
                for call in delta.tool_calls or []:
                    function = call.function
                    yield ToolCallDelta(call.index, (function.arguments if function else None) or "", call.id, function.name if function else None)
                if choice.finish_reason:
                    reason = _FINISH.get(choice.finish_reason, "stop")
        if reason is None:
            raise UpstreamError(f"{self.name} ended the stream without finishing the answer", code="upstream_stream_error")
        yield Finish(reason, usage, answered_model)

    async def probe(self) -> Health:
        if self.settings.api_key_env and not self.settings.api_key:
            return Health(False, None, f"${self.settings.api_key_env} is not set", advice.key_missing(self.settings))
        return await self.list_models("/v1/models", lambda data: [m.get("id") for m in data.get("data") or []])

    def body(self, request: ChatRequest, model: str, *, stream: bool) -> dict[str, Any]:
        """The Chat Completions body for `request`."""
        messages: list[dict[str, Any]] = []
        for m in request.messages:
            out: dict[str, Any] = {"role": m.role}
            if m.has_images:
                out["content"] = [
                    {"type": "text", "text": p.text} if isinstance(p, TextPart) else {"type": "image_url", "image_url": {"url": p.url}}
                    for p in m.parts
                ]
            else:
                out["content"] = m.text if (m.parts or not m.tool_calls) else None
            if m.tool_calls:
                out["tool_calls"] = [{"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}} for c in m.tool_calls]
            if m.tool_call_id:
                out["tool_call_id"] = m.tool_call_id
            messages.append(out)
        body: dict[str, Any] = {"model": model, "messages": messages, "stream": stream}
        if stream:
            body["stream_options"] = {"include_usage": True}
        # OpenAI-compatible local servers (llama.cpp) generate until the context is full without a cap.
        for key, value in (("max_tokens", request.max_tokens or self.settings.max_tokens), ("temperature", request.temperature), ("top_p", request.top_p)):
            if value is not None:
                body[key] = value
        if request.stop:
            body["stop"] = list(request.stop)
        if request.tools:
            body["tools"] = [{"type": "function", "function": {"name": t.name, "description": t.description, "parameters": t.parameters}} for t in request.tools]
        if request.tool_choice is not None:
            body["tool_choice"] = _tool_choice(request.tool_choice)
        if request.response_format is not None:
            body["response_format"] = _response_format(request.response_format)
        return body


def _tool_choice(choice: ToolChoice) -> Any:
    return {"type": "function", "function": {"name": choice.name}} if choice.mode == "tool" else choice.mode


def _response_format(fmt: ResponseFormat) -> dict[str, Any]:
    if fmt.kind != "json_schema":
        return {"type": fmt.kind}
    fields = {"name": fmt.name, "description": fmt.description, "schema": fmt.schema, "strict": fmt.strict}
    return {"type": "json_schema", "json_schema": {key: value for key, value in fields.items() if value is not None}}


def _usage(usage: OpenAIUsage | None, timings: LlamaCppTimings | None = None) -> Usage:
    """Token counts from `usage`, else from llama.cpp's `timings` (builds that ignore `stream_options.include_usage`)."""
    if usage is not None and (usage.prompt_tokens or usage.completion_tokens):
        return Usage(usage.prompt_tokens or 0, usage.completion_tokens or 0)
    if timings is not None:
        return Usage(timings.prompt_n or 0, timings.predicted_n or 0)
    return Usage()

