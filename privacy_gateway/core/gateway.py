"""One request's journey: inspect, decide, call the tier (failing over by policy), restore.

Ingress handlers call `Gateway.complete` or `Gateway.stream` with a vendor-neutral `ChatRequest`
and render what comes back; everything about privacy happens here and below.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, replace
from typing import Any, AsyncIterator, Awaitable, Callable, Mapping, Sequence

from privacy_gateway.core.upstream import Upstream
from privacy_gateway.spend.budgets import Budgets
from privacy_gateway.core.chat import ChatRequest, ChatResult, StreamEvent, ToolCall
from privacy_gateway.config.settings import GatewayConfig
from privacy_gateway.core.embeddings import EmbedRequest, EmbedResult
from privacy_gateway.core.errors import PayloadTooLarge, TierUnavailable, UpstreamError
from privacy_gateway.core.estimate import CHARS_PER_TOKEN
from privacy_gateway.core.privacy import Inspection, PrivacyCore
from privacy_gateway.core.exchange import Exchange
from privacy_gateway.core.restore import Restorer
from privacy_gateway.core.texts import extract_texts
from privacy_gateway.core.routing import RoutingDecision, RoutingInput, decide
from privacy_gateway.core.shadow import shadow_decide
from privacy_gateway.core.answer_stream import restore_stream

logger = logging.getLogger("privacy_gateway")
DEFAULT_CLOUD_EMBEDDING_MODEL = "text-embedding-3-small"


@dataclass
class Served:
    """Which tier, model and backend answered."""

    tier: str
    model: str
    decision: RoutingDecision
    backend: str = ""  # the backend's `tier:name`, as X-Privacy-Backend and the audit log say it


# Chooses the model name sent to one backend of a tier, given the client's model name.
ModelFor = Callable[[str, Upstream, "str | None"], str]


class Gateway:
    """Connects the privacy core, the routing rules and the backends."""

    def __init__(self, config: GatewayConfig, core: PrivacyCore, backends: Mapping[str, Sequence[Upstream]], budgets: Budgets | None = None) -> None:
        self.config = config
        self.core = core
        self.backends = backends  # each tier's backends, in the order they are tried
        self.budgets = budgets

    async def complete(self, request: ChatRequest, exchange: Exchange) -> tuple[Served, ChatResult]:
        """A whole restored answer."""
        inspection, decision = await self._prepare(request, exchange)

        async def call(backend: Upstream, outgoing: ChatRequest, model: str) -> ChatResult:
            return await backend.complete(outgoing, model)

        served, result, restorer = await self._with_failover(inspection, decision, exchange, call)
        if restorer is not None:
            result = ChatResult(
                text=restorer.restore(result.text),
                tool_calls=tuple(_restore_call(c, restorer) for c in result.tool_calls),
                finish_reason=result.finish_reason,
                usage=result.usage,
                model=result.model,
            )
        if exchange.answers is not None:  # after restoration: the user's own values are not the model's
            screen = exchange.answers
            calls = tuple([replace(c, arguments=await screen.screen_arguments(c.arguments)) for c in result.tool_calls])
            result = replace(result, text=await screen.screen(result.text), tool_calls=calls)
        exchange.usage = result.usage
        exchange.model = result.model or served.model
        if _resends_history(request):
            self.core.prewarm(result.text)
        return served, result

    async def stream(self, request: ChatRequest, exchange: Exchange) -> tuple[Served, AsyncIterator[StreamEvent]]:
        """A restored stream. Returns once the first event arrived, so failover can still happen."""
        inspection, decision = await self._prepare(request, exchange)

        async def call(backend: Upstream, outgoing: ChatRequest, model: str) -> AsyncIterator[StreamEvent]:
            events = backend.stream(outgoing, model)
            try:
                first = await events.__anext__()
            except StopAsyncIteration:
                raise UpstreamError(f"{backend.name} sent an empty stream", code="upstream_stream_error") from None
            except BaseException:
                aclose = getattr(events, "aclose", None)  # an async generator's; a plain iterator has none
                if aclose is not None:
                    await aclose()
                raise
            return _prepend(first, events)

        served, events, restorer = await self._with_failover(inspection, decision, exchange, call)
        answered = self.core.prewarm if _resends_history(request) else _ignore
        return served, restore_stream(events, restorer, exchange, answered, exchange.answers)

    async def embed(self, request: EmbedRequest, exchange: Exchange) -> tuple[Served, EmbedResult]:
        """Vectors of the texts, routed like a chat: the cloud embeds the pseudonymized texts.

        Each input is inspected as a user message, so detection, `local_only` and `block` rules apply
        as for a chat. Vectors are of what the serving tier saw: masked text when the cloud served.
        """
        # Each text is embedded on its own: the longest, not the sum, must fit the local context.
        longest = max((math.ceil(len(t) / CHARS_PER_TOKEN) for t in request.inputs), default=0)
        inspection, decision = await self._prepare(request.as_chat(), exchange, estimated_tokens=longest)

        async def call(backend: Upstream, outgoing: ChatRequest, model: str) -> EmbedResult:
            return await backend.embed(request.with_texts_of(outgoing), model)

        served, result, _restorer = await self._with_failover(inspection, decision, exchange, call, self._embedding_model_for)
        exchange.usage = result.usage
        exchange.model = result.model or served.model
        return served, result

    def _embedding_model_for(self, tier: str, backend: Upstream, asked: str | None) -> str:
        """The backend's `embedding_model`; else a local backend's model, or OpenAI's small model on the cloud.

        Never the client's model name, as for chat: it would reach the audit log, and may say anything.
        """
        settings = backend.settings
        if settings.embedding_model:
            return settings.embedding_model
        return settings.model if tier == "local" else DEFAULT_CLOUD_EMBEDDING_MODEL

    async def _prepare(self, request: ChatRequest, exchange: Exchange, *, estimated_tokens: int | None = None) -> tuple[Inspection, RoutingDecision]:
        limits = self.config.limits
        if len(request.messages) > limits.max_messages:
            raise PayloadTooLarge(f"the request has {len(request.messages)} messages; this gateway accepts at most {limits.max_messages}")
        texts = extract_texts(request)
        chars = sum(len(t) for t in texts)
        if chars > limits.max_text_chars:
            raise PayloadTooLarge(f"the request holds {chars} characters of text; this gateway accepts at most {limits.max_text_chars}")
        started = time.monotonic()
        inspection = await self.core.inspect(request, texts)
        exchange.analysis_seconds = time.monotonic() - started
        policy = self.core.policy
        exchange.entities = {t: {"count": n, "action": policy.rule(t).action} for t, n in inspection.entity_counts.items()}
        exchange.values = inspection.values()
        spent = await self.budgets.exhausted(exchange.client) if self.budgets else None
        given = RoutingInput(
            requested=exchange.requested,
            model_is_cloud=_asks_cloud(self.config, request.model),
            entity_types=inspection.entity_types,
            estimated_tokens=inspection.estimated_tokens if estimated_tokens is None else estimated_tokens,
            local_context_tokens=self.config.local.context_tokens,
            cloud_available=bool(self.backends.get("cloud")),
            cloud_disabled_reason=self.config.cloud_disabled_reason,
            has_images=request.has_images,
            local_vision=self.config.local.vision,
            budget_exhausted=spent.reason if spent else None,
            budget_unknown=bool(spent and spent.unknown),
        )
        if exchange.shadow_policy is not None:
            exchange.shadow = shadow_decide(exchange.shadow_policy, inspection, given)
        decision = decide(policy, given)
        exchange.planned_tier = decision.tier
        exchange.decision, exchange.decision_types = decision.reason, decision.local_only_types
        exchange.answers = self.core.answer_screen(inspection)
        return inspection, decision

    async def _with_failover(
        self,
        inspection: Inspection,
        decision: RoutingDecision,
        exchange: Exchange,
        call: Callable[[Upstream, ChatRequest, str], Awaitable[Any]],
        model_for: ModelFor | None = None,
    ) -> tuple[Served, Any, Restorer | None]:
        tier = decision.tier
        try:
            return await self._call_tier(tier, inspection, decision, exchange, call, model_for)
        except UpstreamError as exc:
            if not _another_may_serve(exc):
                raise  # the upstream refused this request; another tier would not fix that
            fallback = self._fallback(tier, inspection, decision)
            if fallback is None:
                raise
            exchange.failover = True
            exchange.decision, exchange.decision_types = f"failover_to_{fallback}", ()
            return await self._call_tier(fallback, inspection, decision, exchange, call, model_for)

    def _fallback(self, tier: str, inspection: Inspection, decision: RoutingDecision) -> str | None:
        rules = self.core.policy.routing
        images = inspection.request.has_images
        if tier == "cloud":
            return "local" if rules.on_cloud_failure == "local" and (self.config.local.vision or not images) else None
        if decision.requested == "local" or rules.on_local_failure != "escalate" or not self.backends.get("cloud"):
            return None
        if images and rules.images != "cloud":
            raise TierUnavailable("the local tier is unavailable and this request holds images the policy keeps on this machine", code="local_only_unavailable")
        local_only = [t for t in sorted(inspection.entity_types) if self.core.policy.rule(t).action == "local_only"]
        if local_only:
            raise TierUnavailable(
                f"the local tier is unavailable and this request holds data that may not leave the machine ({', '.join(local_only)})",
                code="local_only_unavailable",
            )
        return "cloud"

    async def _call_tier(
        self,
        tier: str,
        inspection: Inspection,
        decision: RoutingDecision,
        exchange: Exchange,
        call: Callable[[Upstream, ChatRequest, str], Awaitable[Any]],
        model_for: ModelFor | None = None,
    ) -> tuple[Served, Any, Restorer | None]:
        """Call the tier's backends in order until one answers; every cloud backend gets the same masked request."""
        if tier == "cloud":
            outgoing, mapping = inspection.for_cloud()
            restorer: Restorer | None = Restorer(mapping)
        else:
            outgoing, restorer = inspection.for_local(), None
        exchange.restorer = restorer
        asked = inspection.request.model
        order = self._order(tier, asked)
        for index, backend in enumerate(order):
            model = (model_for or self._model_for)(tier, backend, asked)
            exchange.served_tier, exchange.backend, exchange.model = tier, backend.name, model
            if exchange.before_upstream is not None:
                exchange.before_upstream(exchange)
            started = time.monotonic()
            try:
                result = await call(backend, outgoing, model)
            except UpstreamError as exc:
                if index == len(order) - 1 or not _another_may_serve(exc):
                    raise
                logger.warning("%s failed (%s); trying %s", backend.name, exc.code, order[index + 1].name)
                exchange.fallbacks.append(backend.name)
                continue
            exchange.first_byte_seconds = time.monotonic() - started
            return Served(tier, model, decision, backend.name), result, restorer
        raise TierUnavailable(f"the {tier} tier has no backend", code="cloud_not_configured")  # unreachable: decide() checks

    def _order(self, tier: str, asked: str | None) -> list[Upstream]:
        """The tier's backends to try: the one the model name picks first, then the rest in config order, open breakers skipped.

        When every breaker is open the first backend is still called, so the caller gets its error.
        """
        backends = list(self.backends.get(tier, ()))
        route = self.config.route(asked)
        if route is not None and route.tier == tier:
            backends.sort(key=lambda b: b.settings.label != route.backend)  # stable: the rest keep their order
        return [b for b in backends if b.available()] or backends[:1]

    def _model_for(self, tier: str, backend: Upstream, asked: str | None) -> str:
        """The model the client's name routes to on this backend, else the backend's own model."""
        route = self.config.route(asked)
        if route is not None and route.tier == tier and route.backend == backend.settings.label:
            return route.model
        return backend.settings.model


def _asks_cloud(config: GatewayConfig, model: str | None) -> bool:
    """Whether the client's model name is one the cloud tier serves (`models.cloud`, or routed to a cloud backend)."""
    route = config.route(model)
    return bool(model) and (model in config.cloud_models or (route is not None and route.tier == "cloud"))


def _another_may_serve(exc: UpstreamError) -> bool:
    """A failure of the server (down, overloaded, breaker open), not a refusal of this request."""
    return exc.upstream_status is None or exc.upstream_status >= 500 or exc.upstream_status in (429, 529)


def _resends_history(request: ChatRequest) -> bool:
    """A client that sent earlier answers back will likely send this one back too (worth warming)."""
    return any(m.role == "assistant" for m in request.messages)


def _ignore(_answer: str) -> None:
    return None


def _restore_call(call: ToolCall, restorer: Restorer) -> ToolCall:
    # Tool names are text the cloud saw pseudonymized, so a call may name a placeholder.
    return ToolCall(call.id, restorer.restore(call.name), restorer.for_json().restore(call.arguments))


async def _prepend(first: StreamEvent, rest: AsyncIterator[StreamEvent]) -> AsyncIterator[StreamEvent]:
    try:
        yield first
        async for event in rest:
            yield event
    finally:
        await rest.aclose()  # type: ignore[attr-defined]
