"""OpenAI's legacy Completions API (`/v1/completions`) at the gateway's edge.

A prompt is a one-message conversation, so the privacy core handles it like any chat; the answer
comes back as a `text_completion`, whole or as SSE chunks ending in `data: [DONE]`.
"""

from __future__ import annotations

import time
from typing import Any, AsyncIterator

from privacy_gateway.core.chat import ChatRequest, ChatResult, Finish, FinishReason, Message, StreamEvent, TextDelta, TextPart
from privacy_gateway.core.errors import BadRequest, GatewayError
from privacy_gateway.web.ingress import openai as chat_api
from privacy_gateway.web.ingress.base import Answer, ChatIngress
from privacy_gateway.web.ingress import validate as v

# Fields that change what the answer is and that the gateway cannot honour: refused, not dropped.
UNSUPPORTED = ("suffix", "logprobs", "logit_bias")
FINISH: dict[FinishReason, str] = {"stop": "stop", "length": "length", "tool_calls": "stop", "content_filter": "content_filter"}


def parse_request(body: Any) -> ChatRequest:
    """A `ChatRequest` from a Completions body: the prompt as the user's only turn."""
    body = v.obj(body, "the request body")
    for key in UNSUPPORTED:
        if body.get(key) not in (None, False, ""):
            raise BadRequest(f"'{key}' is not supported by this gateway")
    if body.get("echo") not in (None, False):
        raise BadRequest("'echo' is not supported by this gateway")
    for key in ("n", "best_of"):
        if body.get(key) not in (None, 1):
            raise BadRequest(f"'{key}' other than 1 is not supported by this gateway")
    stream_options = body.get("stream_options")
    include_usage = False
    if stream_options is not None:
        include_usage = v.boolean(v.obj(stream_options, "'stream_options'").get("include_usage"), "'stream_options.include_usage'")
    return ChatRequest(
        messages=(Message("user", (TextPart(_prompt(body.get("prompt"))),)),),
        model=v.string(body.get("model"), "'model'", optional=True),
        stream=v.boolean(body.get("stream"), "'stream'"),
        include_usage=include_usage,
        max_tokens=v.positive_int(body.get("max_tokens"), "'max_tokens'"),
        temperature=v.number(body.get("temperature"), "'temperature'", 0, 2),
        top_p=v.number(body.get("top_p"), "'top_p'", 0, 1),
        stop=v.stop_list(body.get("stop"), "'stop'"),
    )


def _prompt(raw: Any) -> str:
    """The prompt: a string, or a list holding one string (token arrays and batches are refused)."""
    if isinstance(raw, list) and len(raw) == 1:
        raw = raw[0]
    if isinstance(raw, list):
        raise BadRequest("'prompt' must be one string (or a list of one): send one request per prompt; token arrays are not supported")
    if raw is None:
        raise BadRequest("'prompt' is required")
    return v.string(raw, "'prompt'") or ""


def render_result(result: ChatResult, *, request_id: str, model: str) -> dict[str, Any]:
    """A `text_completion` object."""
    choice = {"text": result.text, "index": 0, "logprobs": None, "finish_reason": FINISH[result.finish_reason]}
    usage = chat_api._usage(result.usage.input_tokens, result.usage.output_tokens)
    return {"id": f"cmpl-{request_id}", "object": "text_completion", "created": int(time.time()), "model": model, "choices": [choice], "usage": usage}


async def render_stream(events: AsyncIterator[StreamEvent], *, request_id: str, model: str, include_usage: bool) -> AsyncIterator[bytes]:
    """`text_completion` SSE chunks ending in `[DONE]`, or in an error frame if the upstream fails."""
    created = int(time.time())

    def chunk(choices: list[dict[str, Any]], **extra: Any) -> bytes:
        return chat_api.sse({"id": f"cmpl-{request_id}", "object": "text_completion", "created": created, "model": model, "choices": choices, **extra})

    try:
        async for event in events:
            if isinstance(event, TextDelta):
                if event.text:
                    yield chunk([{"text": event.text, "index": 0, "logprobs": None, "finish_reason": None}])
            elif isinstance(event, Finish):
                yield chunk([{"text": "", "index": 0, "logprobs": None, "finish_reason": FINISH[event.reason]}])
                if include_usage:
                    yield chunk([], usage=chat_api._usage(event.usage.input_tokens, event.usage.output_tokens))
                yield b"data: [DONE]\n\n"
                return
    except GatewayError as exc:
        # The 200 is long gone: end with an explicit error frame, never a clean-looking [DONE].
        yield chat_api.sse(chat_api.error_body(exc))


class OpenAICompletions(ChatIngress):
    """`POST /v1/completions` (legacy): one prompt, answered as `text_completion`s."""

    name = "openai_completions"
    path = "/v1/completions"

    def parse(self, body: Any) -> ChatRequest:
        return parse_request(body)

    def render(self, result: ChatResult, answer: Answer) -> dict[str, Any]:
        return render_result(result, request_id=answer.request_id, model=answer.model)

    def render_stream(self, events: AsyncIterator[StreamEvent], answer: Answer) -> AsyncIterator[bytes]:
        return render_stream(events, request_id=answer.request_id, model=answer.model, include_usage=answer.request.include_usage)

    def error_body(self, exc: GatewayError) -> dict[str, Any]:
        return chat_api.error_body(exc)


INGRESS = OpenAICompletions()
