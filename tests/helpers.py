"""What tests import: request bodies and headers, and the type of the `gateway` fixture."""

from __future__ import annotations

import contextlib
from typing import Any, Callable

import httpx

CLOUD = {"X-Privacy-Tier": "cloud"}

GatewayFactory = Callable[..., contextlib.AbstractAsyncContextManager[httpx.AsyncClient]]


def chat(*messages: Any, **extra: Any) -> dict[str, Any]:
    """A Chat Completions body; plain strings become user messages."""
    out = [{"role": "user", "content": m} if isinstance(m, str) else m for m in messages]
    return {"model": "gpt-4o", "messages": out, **extra}
