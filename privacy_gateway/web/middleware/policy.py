"""Run each request under one version of its client's policy, and name it in `X-Privacy-Policy`.

The policy is chosen by `scope["state"]["client_policy"]` (set by the auth middleware; the default
policy when it is None) and pinned for the whole request, streamed answers included, so a reload
in the middle never mixes two versions and the audit record names the version that decided.
Handlers reach it through `AppState` (which reads `active_policy`) or `scope["state"]["policy"]`.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from privacy_gateway.policy.store import Enforced, PolicySet

_PRINTABLE = re.compile(r"[^\x21-\x7e]")  # a header value carries printable ASCII only
active_policy: ContextVar[Enforced[Any] | None] = ContextVar("active_policy", default=None)


class PolicyMiddleware:
    """Pins the request to its policy's current version; adds `X-Privacy-Policy: NAME@VERSION`."""

    def __init__(self, app: ASGIApp, *, policies: PolicySet[Any]) -> None:
        self.app = app
        self.policies = policies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        store = self.policies.store(state.get("client_policy"))
        enforced = store.acquire()
        state["policy"] = enforced.policy
        token = active_policy.set(enforced)
        header = _PRINTABLE.sub("_", f"{enforced.policy.name}@{enforced.policy.version}")

        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["x-privacy-policy"] = header
            await send(message)

        try:
            await self.app(scope, receive, send_with_policy)
        finally:
            active_policy.reset(token)
            store.release(enforced)
