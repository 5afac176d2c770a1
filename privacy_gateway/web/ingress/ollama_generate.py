"""Ollama's completion API (`/api/generate`) at the gateway's edge: a prompt and a system text.

A prompt is a one-message conversation (plus the system text), so the privacy core handles it like
any chat; the answer comes back as `response` text, NDJSON-streamed unless `"stream": false`.
"""

from __future__ import annotations

from typing import Any, AsyncIterator

from privacy_gateway.core.chat import ChatRequest, ChatResult, Finish, FinishReason, Message, Part, StreamEvent, TextDelta, TextPart, Usage
from privacy_gateway.core.errors import BadRequest, GatewayError
from privacy_gateway.web.ingress import ollama as chat_api
from privacy_gateway.web.ingress.base import Answer, ChatIngress
from privacy_gateway.web.ingress import validate as v

# Fields that change what the answer is and that the gateway cannot honour: refused, not dropped.
# `context` is the token state of an earlier answer (the gateway keeps none); `raw` and `template`
# format the prompt for one model's template; `suffix` asks for fill-in-the-middle.
UNSUPPORTED = ("context", "raw", "template", "suffix", "logprobs", "top_logprobs", "think")


def parse_request(body: Any) -> ChatRequest:
    """A `ChatRequest` from a `/api/generate` body: the system text, then the prompt as the user's turn."""
    body = v.obj(body, "the request body")
    for key in UNSUPPORTED:
        if body.get(key) not in (None, False, "", []):
            raise BadRequest(f"'{key}' is not supported by this gateway; send the request without it")
    prompt = v.string(body.get("prompt"), "'prompt'", optional=True) or ""
    images = [chat_api._image(img, f"images[{j}]") for j, img in enumerate(chat_api._list(body.get("images"), "'images'"))]
    if not prompt and not images:
        raise BadRequest("'prompt' is required (this gateway does not load or unload models)")
    system = v.string(body.get("system"), "'system'", optional=True)
    parts: list[Part] = [TextPart(prompt), *images] if prompt else list(images)
    messages = ((Message("system", (TextPart(system),)),) if system else ()) + (Message("user", tuple(parts)),)
    options = v.obj(body.get("options") or {}, "'options'")
    return ChatRequest(
        messages=messages,
        model=v.string(body.get("model"), "'model'", optional=True),
        stream=v.boolean(body.get("stream"), "'stream'", default=True),
        max_tokens=chat_api._num_predict(options.get("num_predict")),
        temperature=v.number(options.get("temperature"), "'options.temperature'", 0, 2),
        top_p=v.number(options.get("top_p"), "'options.top_p'", 0, 1),
        stop=v.stop_list(options.get("stop"), "'options.stop'"),
        response_format=chat_api._format(body.get("format")),
    )


def render_result(result: ChatResult, *, model: str, started: float) -> dict[str, Any]:
    """The whole answer as Ollama's final `/api/generate` object."""
    return _final(model, result.text, result.finish_reason, result.usage, started)


async def render_stream(events: AsyncIterator[StreamEvent], *, model: str, started: float) -> AsyncIterator[bytes]:
    """NDJSON `response` lines, the last with `done: true`, or a last `{"error": ...}` line on failure."""
    try:
        async for item in events:
            if isinstance(item, TextDelta):
                if item.text:
                    yield chat_api.line({"model": model, "created_at": chat_api._now(), "response": item.text, "done": False})
            elif isinstance(item, Finish):
                yield chat_api.line(_final(model, "", item.reason, item.usage, started))
                return
    except GatewayError as exc:
        yield chat_api.line(chat_api.error_body(exc))


def _final(model: str, text: str, reason: FinishReason, usage: Usage, started: float) -> dict[str, Any]:
    final = chat_api._final(model, {}, reason, usage, started)
    del final["message"]
    return {"model": final.pop("model"), "created_at": final.pop("created_at"), "response": text, **final}


class OllamaGenerate(ChatIngress):
    """`POST /api/generate`: a prompt and a system text, answered in Ollama's shapes."""

    name = "ollama_generate"
    path = "/api/generate"
    stream_media_type = "application/x-ndjson"

    def parse(self, body: Any) -> ChatRequest:
        return parse_request(body)

    def render(self, result: ChatResult, answer: Answer) -> dict[str, Any]:
        return render_result(result, model=answer.model, started=answer.started)

    def render_stream(self, events: AsyncIterator[StreamEvent], answer: Answer) -> AsyncIterator[bytes]:
        return render_stream(events, model=answer.model, started=answer.started)

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return chat_api.error_body(exc)


INGRESS = OllamaGenerate()
