"""Recording fake upstreams (Ollama, Anthropic, OpenAI) for tests, benchmarks and the leak evaluation.

They answer in each vendor's documented wire format (`docs/reference/wire-formats.md`), check
the requests as the real APIs would, and keep every request body they received, so a test can
assert on exactly what the cloud saw. Use `FakeUpstreams().transport` as the gateway's transport:
hosts containing "cloud" count as the cloud tier, everything else as local.

As a server, to try the gateway without a model (it echoes what it received):

    python -m privacy_gateway.testing.fake_upstreams --port 11434 --model qwen2.5:14b
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable

import httpx

Reply = Callable[[str, dict[str, Any]], str]


def echo(tier: str, body: dict[str, Any]) -> str:
    """Answer with the last user text, so placeholders come back for the gateway to restore."""
    return f"You said: {last_user_text(body)}"


def last_user_text(body: dict[str, Any]) -> str:
    """The text of the last user message in any of the three formats."""
    for message in reversed(body.get("messages") or []):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        texts = [b.get("text", "") for b in content or [] if isinstance(b, dict) and b.get("type") == "text"]
        if texts:
            return "".join(texts)
    return ""


@dataclass
class FakeToolCall:
    """A tool call the fake model makes."""

    name: str
    arguments: dict[str, Any]


@dataclass
class FakeUpstreams:
    """Both tiers' fake servers. Set `reply`, `tool_calls`, `fail`, `chunk_size`, `delay` per test."""

    reply: Reply = echo
    tool_calls: list[FakeToolCall] = field(default_factory=list)
    # tier -> HTTP status, "connect", "hang", "midstream", "stall", or
    # "error_line" (Ollama's error after the 200); a host ("cloud2.test") -> a status, "connect" or "hang"
    fail: dict[str, Any] = field(default_factory=dict)
    chunk_size: int = 4
    split: Callable[[str], list[str]] | None = None  # how to cut an answer into frames, instead of chunk_size
    delay: float = 0.0
    first_delay: float = 0.0  # extra wait before the first frame (model "thinking")
    requests: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # (tier, path, body)
    headers: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    streams_abandoned: int = 0  # streams the gateway closed before their last frame
    models: list[str] = field(default_factory=lambda: ["llama3.2"])  # what GET /api/tags and /v1/models list

    @property
    def transport(self) -> httpx.MockTransport:
        """An httpx transport that routes the gateway's calls to these fakes."""
        return httpx.MockTransport(self.handle)

    @property
    def cloud_requests(self) -> list[dict[str, Any]]:
        """Bodies the cloud tier received."""
        return [b for t, p, b in self.requests if t == "cloud"]

    def requests_at(self, host: str) -> list[dict[str, Any]]:
        """Bodies one host received (several backends of a tier have several hosts)."""
        return [b for (_t, _p, b), (_t2, h) in zip(self.requests, self.headers) if h.get("host") == host]

    @property
    def local_requests(self) -> list[dict[str, Any]]:
        """Bodies the local tier received."""
        return [b for t, p, b in self.requests if t == "local"]

    def cloud_text(self) -> str:
        """Everything the cloud received, as one string, for leak assertions."""
        return "\n".join(json.dumps(b, ensure_ascii=False) for b in self.cloud_requests)

    def asgi(self, tier: str) -> Callable[..., Any]:
        """These fakes as an ASGI app serving one tier, to run behind a real HTTP server."""

        async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
            if scope["type"] != "http":
                return
            body = b""
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
            request = httpx.Request(scope["method"], f"http://{tier}.fake{scope['path']}", headers=headers, content=body)
            response = await self.handle(request)
            await send({"type": "http.response.start", "status": response.status_code, "headers": [(k.encode(), v.encode()) for k, v in response.headers.items() if k.lower() != "content-length"]})
            async for chunk in response.stream:  # type: ignore[union-attr]
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})

        return app

    async def handle(self, request: httpx.Request) -> httpx.Response:
        tier = "cloud" if "cloud" in request.url.host else "local"
        failure = self.fail.get(request.url.host, self.fail.get(tier))  # one host of a tier, or the whole tier
        if failure == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if request.method == "GET":
            return self._get(request)
        body = json.loads(request.content or b"{}")
        self.requests.append((tier, request.url.path, body))
        self.headers.append((tier, dict(request.headers)))
        if failure == "hang":
            await asyncio.sleep(3600)
        if isinstance(failure, int):
            return httpx.Response(failure, json={"error": {"type": "api_error", "message": f"injected {failure}"}})
        path = request.url.path
        if path == "/api/chat":
            return self._ollama(tier, body)
        if path == "/v1/messages":
            return self._anthropic(tier, body, request)
        if path == "/v1/chat/completions":
            return self._openai(tier, body)
        if path in ("/api/embed", "/v1/embeddings"):
            return self._embed(path, body)
        return httpx.Response(404, json={"error": "not found"})

    def _get(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/tags":
            return httpx.Response(200, json={"models": [{"name": m, "model": m} for m in self.models]})
        if request.url.path == "/v1/models":
            return httpx.Response(200, json={"object": "list", "data": [{"id": m, "object": "model"} for m in self.models]})
        return httpx.Response(404)

    def _pieces(self, text: str) -> list[str]:
        if self.split is not None:
            return self.split(text) or [""]
        return [text[i : i + self.chunk_size] for i in range(0, len(text), self.chunk_size)] or [""]

    async def _paced(self, frames: list[bytes], tier: str) -> AsyncIterator[bytes]:
        sent = 0
        try:
            for i, frame in enumerate(frames):
                if i == 0 and self.first_delay:
                    await asyncio.sleep(self.first_delay)
                if self.delay:
                    await asyncio.sleep(self.delay)
                if self.fail.get(tier) == "midstream" and i == len(frames) // 2:
                    raise httpx.ReadError("connection reset mid-stream")
                if self.fail.get(tier) == "stall" and i == 1:
                    await asyncio.sleep(3600)
                yield frame
                sent += 1
        finally:
            if sent < len(frames):
                self.streams_abandoned += 1

    # --- Ollama /api/chat -------------------------------------------------------------------
    def _ollama(self, tier: str, body: dict[str, Any]) -> httpx.Response:
        if not isinstance(body.get("messages"), list) or not body.get("model"):
            return httpx.Response(400, json={"error": "model and messages are required"})
        text = self.reply(tier, body)
        calls = [{"function": {"name": c.name, "arguments": c.arguments}} for c in self.tool_calls]
        final = {
            "model": body["model"], "created_at": "2026-11-25T00:00:00Z",
            "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
            "prompt_eval_count": 11, "eval_count": 7, "total_duration": 1000, "eval_duration": 500,
        }
        if body.get("stream", True) is False:  # Ollama streams unless told not to
            final["message"] = {"role": "assistant", "content": text, **({"tool_calls": calls} if calls else {})}
            return httpx.Response(200, json=final)
        lines = [
            json.dumps({"model": body["model"], "created_at": "2026-11-25T00:00:00Z", "message": {"role": "assistant", "content": piece}, "done": False}).encode() + b"\n"
            for piece in self._pieces(text)
        ]
        if self.fail.get(tier) == "error_line":  # Ollama reports a failure after the 200 as a line of its own
            return httpx.Response(200, headers={"content-type": "application/x-ndjson"}, content=lines[0] + b'{"error":"model runner crashed"}\n')
        if calls:
            lines.append(json.dumps({"model": body["model"], "message": {"role": "assistant", "content": "", "tool_calls": calls}, "done": False}).encode() + b"\n")
        lines.append(json.dumps(final).encode() + b"\n")
        return httpx.Response(200, headers={"content-type": "application/x-ndjson"}, content=self._paced(lines, tier))

    # --- Anthropic /v1/messages ---------------------------------------------------------------
    def _anthropic(self, tier: str, body: dict[str, Any], request: httpx.Request) -> httpx.Response:
        problem = anthropic_problem(body, request)
        if problem:
            return httpx.Response(400, json={"type": "error", "error": {"type": "invalid_request_error", "message": problem}})
        text = self.reply(tier, body)
        usage = {"input_tokens": 12, "output_tokens": 8}
        blocks: list[dict[str, Any]] = [{"type": "text", "text": text}]
        blocks += [{"type": "tool_use", "id": f"toolu_{i}", "name": c.name, "input": c.arguments} for i, c in enumerate(self.tool_calls)]
        stop = "tool_use" if self.tool_calls else "end_turn"
        if not body.get("stream"):
            return httpx.Response(200, json={
                "id": "msg_fake", "type": "message", "role": "assistant", "model": body["model"],
                "content": blocks, "stop_reason": stop, "stop_sequence": None, "usage": usage,
            })
        frames = [_sse("message_start", {"type": "message_start", "message": {"id": "msg_fake", "type": "message", "role": "assistant", "model": body["model"], "content": [], "usage": {"input_tokens": 12, "output_tokens": 1}}})]
        frames.append(_sse("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}))
        frames.append(_sse("ping", {"type": "ping"}))
        for piece in self._pieces(text):
            frames.append(_sse("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}}))
        frames.append(_sse("content_block_stop", {"type": "content_block_stop", "index": 0}))
        for i, c in enumerate(self.tool_calls, start=1):
            frames.append(_sse("content_block_start", {"type": "content_block_start", "index": i, "content_block": {"type": "tool_use", "id": f"toolu_{i}", "name": c.name, "input": {}}}))
            for piece in self._pieces(json.dumps(c.arguments)):
                frames.append(_sse("content_block_delta", {"type": "content_block_delta", "index": i, "delta": {"type": "input_json_delta", "partial_json": piece}}))
            frames.append(_sse("content_block_stop", {"type": "content_block_stop", "index": i}))
        frames.append(_sse("message_delta", {"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None}, "usage": {"output_tokens": 8}}))
        frames.append(_sse("message_stop", {"type": "message_stop"}))
        return httpx.Response(200, headers={"content-type": "text/event-stream", "request-id": "req_fake"}, content=self._paced(frames, tier))

    # --- OpenAI /v1/chat/completions ----------------------------------------------------------
    def _openai(self, tier: str, body: dict[str, Any]) -> httpx.Response:
        if not isinstance(body.get("messages"), list) or not body.get("model"):
            return httpx.Response(400, json={"error": {"message": "model and messages are required", "type": "invalid_request_error", "param": None, "code": None}})
        text = self.reply(tier, body)
        calls: list[dict[str, Any]] = [{"id": f"call_{i}", "type": "function", "function": {"name": c.name, "arguments": json.dumps(c.arguments)}} for i, c in enumerate(self.tool_calls)]
        finish = "tool_calls" if calls else "stop"
        usage = {"prompt_tokens": 10, "completion_tokens": 6, "total_tokens": 16}
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": text}
            if calls:
                message["tool_calls"] = calls
            return httpx.Response(200, json={"id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": body["model"], "choices": [{"index": 0, "message": message, "finish_reason": finish}], "usage": usage})

        def chunk(delta: dict[str, Any], reason: str | None = None) -> bytes:
            return b"data: " + json.dumps({"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": body["model"], "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]}).encode() + b"\n\n"

        frames = [chunk({"role": "assistant", "content": ""})] + [chunk({"content": p}) for p in self._pieces(text)]
        for i, c in enumerate(calls):
            frames.append(chunk({"tool_calls": [{"index": i, "id": c["id"], "type": "function", "function": {"name": c["function"]["name"], "arguments": ""}}]}))
            for piece in self._pieces(c["function"]["arguments"]):
                frames.append(chunk({"tool_calls": [{"index": i, "function": {"arguments": piece}}]}))
        frames.append(chunk({}, finish))
        if (body.get("stream_options") or {}).get("include_usage"):
            frames.append(b"data: " + json.dumps({"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": body["model"], "choices": [], "usage": usage}).encode() + b"\n\n")
        frames.append(b"data: [DONE]\n\n")
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=self._paced(frames, tier))

    # --- Ollama /api/embed and OpenAI /v1/embeddings --------------------------------------------
    def _embed(self, path: str, body: dict[str, Any]) -> httpx.Response:
        texts = body.get("input")
        texts = [texts] if isinstance(texts, str) else texts
        if not body.get("model") or not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            return httpx.Response(400, json={"error": "model and input (text or texts) are required"})
        vectors = [fake_vector(t) for t in texts]
        tokens = sum(len(t.split()) for t in texts)
        if path == "/api/embed":
            return httpx.Response(200, json={"model": body["model"], "embeddings": vectors, "total_duration": 1000, "prompt_eval_count": tokens})
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
        return httpx.Response(200, json={"object": "list", "data": data, "model": body["model"], "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})


def fake_vector(text: str) -> list[float]:
    """A small vector that depends on the exact text (so tests can tell what was embedded)."""
    return [float(len(text)), float(sum(map(ord, text)) % 9973), float(text.count(" ")), 0.5]


def anthropic_problem(body: dict[str, Any], request: httpx.Request) -> str | None:
    """What the real Messages API would reject in this request, if anything."""
    if request.headers.get("anthropic-version") != "2023-06-01":
        return "anthropic-version header is required"
    if not body.get("model") or not isinstance(body.get("max_tokens"), int):
        return "model and max_tokens are required"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    for i, m in enumerate(messages):
        if m.get("role") not in ("user", "assistant"):
            return f"messages.{i}.role: Input should be 'user' or 'assistant'"
        if i and messages[i - 1].get("role") == m.get("role"):
            return "messages: roles must alternate between user and assistant"
    if messages[0].get("role") != "user":
        return "messages: first message must use the user role"
    return None


def _sse(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


def serve(argv: list[str] | None = None) -> None:
    """Serve one tier's fakes on 127.0.0.1 (Ollama, Anthropic and OpenAI paths alike) until interrupted."""
    import argparse

    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m privacy_gateway.testing.fake_upstreams", description="Echoing fake model servers (Ollama /api/chat, OpenAI /v1/chat/completions, Anthropic /v1/messages) for trying the gateway without a model.")
    parser.add_argument("--port", type=int, default=11434, help="port on 127.0.0.1 (default: %(default)s, Ollama's)")
    parser.add_argument("--tier", choices=["local", "cloud"], default="local", help="which tier's fake to be (default: %(default)s)")
    parser.add_argument("--model", action="append", metavar="NAME", help="a model to list at /api/tags and /v1/models (repeatable; default: qwen2.5:14b)")
    args = parser.parse_args(argv)
    fakes = FakeUpstreams(models=args.model or ["qwen2.5:14b"])
    print(f"fake {args.tier} upstream on http://127.0.0.1:{args.port}, models {', '.join(fakes.models)}; it echoes the last user message")
    uvicorn.run(fakes.asgi(args.tier), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    serve()
