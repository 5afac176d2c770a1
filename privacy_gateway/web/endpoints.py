"""HTTP handlers: read the client's request, run it through the gateway, answer in its API's shape."""

from __future__ import annotations

import dataclasses
import functools
import logging
from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.types import Scope

from privacy_gateway.core.accounting import record, settle
from privacy_gateway.core.errors import BadRequest, GatewayError, PayloadTooLarge
from privacy_gateway.core.estimate import estimate_tokens
from privacy_gateway.core.exchange import Exchange
from privacy_gateway.core.routing import Requested
from privacy_gateway.core.texts import with_unsent
from privacy_gateway.policy.schema import Policy
from privacy_gateway.web.audit_trail import reserve_audit, write_audit
from privacy_gateway.web.body import read_json
from privacy_gateway.web.ingress import anthropic, apis
from privacy_gateway.web.ingress.base import Answer, ChatIngress, EmbedIngress, Ingress
from privacy_gateway.web.middleware.policy import active_policy

if TYPE_CHECKING:
    from privacy_gateway.web.state import AppState

logger = logging.getLogger("privacy_gateway")

TIERS: dict[str, Requested] = {"local": "local", "cloud": "cloud", "auto": "default", "": "default"}


def requested_tier(request: Request) -> Requested:
    """The tier asked for with `X-Privacy-Tier`."""
    raw = request.headers.get("x-privacy-tier", "").strip().lower()
    if raw not in TIERS:
        raise BadRequest(f"X-Privacy-Tier must be 'local', 'cloud' or 'auto', got {raw[:20]!r}")
    return TIERS[raw]


def endpoint(ingress: Ingress) -> Callable[[Request], Awaitable[Response]]:
    """The request handler of `ingress`'s route."""

    async def serve(request: Request) -> Response:
        if isinstance(ingress, ChatIngress):
            return await handle(request, ingress)
        assert isinstance(ingress, EmbedIngress), f"{ingress.name}: an ingress is a chat or an embedding API"
        return await handle_embed(request, ingress)

    serve.__name__ = serve.__qualname__ = ingress.name
    serve.__doc__ = f"`POST {ingress.path}` ({type(ingress).__name__})."
    return serve


async def handle_embed(request: Request, ingress: EmbedIngress) -> Response:
    """Read an embedding request, run it through the gateway (routed and masked like a chat), answer in its API."""
    state: AppState = request.app.state.gateway_state
    scope_state = request.scope["state"]
    exchange = Exchange(request_id=scope_state["request_id"], ingress=ingress.name, client=scope_state.get("client", "anonymous"))
    exchange.before_upstream = functools.partial(reserve_audit, state)
    exchange.shadow_policy = _shadow_policy(state, scope_state.get("client"))
    try:
        exchange.requested = requested_tier(request)
        raw = await read_json(request, state.config.limits.max_body_bytes)
        embed = ingress.parse(raw)
        chat = with_unsent(embed.as_chat(), raw)
        embed = dataclasses.replace(embed, unsent=chat.unsent)
        served, result = await state.gateway.embed(embed, exchange)
        body_json = ingress.render(result, Answer(exchange.request_id, result.model or served.model, chat, exchange.started, raw))
        await settle(exchange, state.config.pricing, state.budgets)
        return JSONResponse(body_json, headers={"x-privacy-tier": served.tier, "x-privacy-backend": served.backend, "x-privacy-decision": exchange.explained_decision})
    except GatewayError as exc:
        exchange.fail(exc)
        return JSONResponse(ingress.error_body(exc), status_code=exc.status, headers={"x-privacy-decision": exchange.explained_decision})
    except ClientDisconnect:
        return _client_gone(exchange, scope_state)
    except Exception as exc:  # noqa: BLE001 - never a traceback to the client
        logger.exception("request %s failed: %s", exchange.request_id, type(exc).__name__)
        error = GatewayError("the gateway failed to handle this request; see its log for the request id")
        exchange.fail(error)
        return JSONResponse(ingress.error_body(error), status_code=500)
    finally:
        finish(state, exchange)


async def count_tokens(request: Request) -> Response:
    """`POST /v1/messages/count_tokens` (Anthropic): an estimate worked out here; no upstream is called.

    Asking the cloud would send it the text (masked) for a number the gateway can estimate itself,
    so the answer is `core.estimate`'s, whichever tier the client asked for.
    """
    state: AppState = request.app.state.gateway_state
    scope_state = request.scope["state"]
    exchange = Exchange(request_id=scope_state["request_id"], ingress="anthropic_count_tokens", client=scope_state.get("client", "anonymous"))
    try:
        exchange.requested = requested_tier(request)
        body = await read_json(request, state.config.limits.max_body_bytes)
        if isinstance(body, dict):  # counting needs no answer length, which Messages requires
            body = {**body, "max_tokens": body.get("max_tokens", 1), "stream": False}
        chat = anthropic.INGRESS.parse(body)
        if len(chat.messages) > state.config.limits.max_messages:
            raise PayloadTooLarge(f"the request has {len(chat.messages)} messages; this gateway accepts at most {state.config.limits.max_messages}")
        exchange.decision = "estimated_locally"
        return JSONResponse({"input_tokens": estimate_tokens(chat)}, headers={"x-privacy-decision": exchange.explained_decision})
    except GatewayError as exc:
        exchange.fail(exc)
        return JSONResponse(anthropic.INGRESS.error_body(exc), status_code=exc.status, headers={"x-privacy-decision": exchange.explained_decision})
    except ClientDisconnect:
        return _client_gone(exchange, scope_state)
    except RecursionError:
        error = BadRequest("the request is nested too deeply")
        exchange.fail(error)
        return JSONResponse(anthropic.INGRESS.error_body(error), status_code=400)
    finally:
        finish(state, exchange)


async def handle(request: Request, ingress: ChatIngress) -> Response:
    """Read the request in `ingress`'s API, run it through the gateway, answer (or fail) in the same API."""
    state: AppState = request.app.state.gateway_state
    scope_state = request.scope["state"]
    exchange = Exchange(request_id=scope_state["request_id"], ingress=ingress.name, client=scope_state.get("client", "anonymous"))
    exchange.before_upstream = functools.partial(reserve_audit, state)
    exchange.shadow_policy = _shadow_policy(state, scope_state.get("client"))
    streaming = False
    try:
        exchange.requested = requested_tier(request)
        raw = await read_json(request, state.config.limits.max_body_bytes)
        chat = with_unsent(ingress.parse(raw), raw)
        if chat.stream:
            served, events = await state.gateway.stream(chat, exchange)
            streaming = True
            body = ingress.render_stream(events, Answer(exchange.request_id, served.model, chat, exchange.started))
            return StreamingResponse(
                _audited(body, exchange, state),
                media_type=ingress.stream_media_type,
                headers={"x-privacy-tier": served.tier, "x-privacy-backend": served.backend, "x-privacy-decision": exchange.explained_decision, "cache-control": "no-cache"},
            )
        served, result = await state.gateway.complete(chat, exchange)
        body_json = ingress.render(result, Answer(exchange.request_id, result.model or served.model, chat, exchange.started))
        await settle(exchange, state.config.pricing, state.budgets)
        headers = {"x-privacy-tier": served.tier, "x-privacy-backend": served.backend, "x-privacy-decision": exchange.explained_decision}
        if exchange.served_tier == "cloud" or exchange.cost_usd is not None:
            headers["x-privacy-cost"] = f"{exchange.cost_usd:.6f}" if exchange.cost_usd is not None else "unpriced"
        return JSONResponse(body_json, headers=headers)
    except GatewayError as exc:
        exchange.fail(exc)
        return JSONResponse(ingress.error_body(exc), status_code=exc.status, headers={"x-privacy-decision": exchange.explained_decision})
    except ClientDisconnect:
        return _client_gone(exchange, scope_state)
    except RecursionError:  # input nested past what the checks at the edge caught: still the client's doing
        error: GatewayError = BadRequest("the request is nested too deeply")
        exchange.fail(error)
        return JSONResponse(ingress.error_body(error), status_code=400)
    except Exception as exc:  # noqa: BLE001 - never a traceback to the client
        logger.exception("request %s failed: %s", exchange.request_id, type(exc).__name__)
        error = GatewayError("the gateway failed to handle this request; see its log for the request id")
        exchange.fail(error)
        return JSONResponse(ingress.error_body(error), status_code=500)
    finally:
        if not streaming:
            finish(state, exchange)


async def _audited(body: AsyncIterator[bytes], exchange: Exchange, state: AppState) -> AsyncIterator[bytes]:
    """Pass the stream through; write its audit record when it ends, however it ends."""
    try:
        async for chunk in body:
            yield chunk
    except BaseException:
        exchange.outcome, exchange.error = "cancelled", "client_disconnected"
        raise
    finally:
        await body.aclose()  # type: ignore[attr-defined]
        await settle(exchange, state.config.pricing, state.budgets)
        finish(state, exchange)


def _client_gone(exchange: Exchange, scope_state: dict[str, Any]) -> Response:
    """The client left before its body arrived: 408 when the body deadline passed, else 499."""
    if scope_state.get("timed_out"):  # BodyDeadlineMiddleware answers 408
        exchange.outcome, exchange.status, exchange.error = "refused", 408, scope_state["timed_out"]
    else:
        exchange.outcome, exchange.status, exchange.error = "cancelled", 499, "client_disconnected"
    return Response(status_code=exchange.status)


def _shadow_policy(state: AppState, client: str | None) -> Policy | None:
    """The current version of the shadow policy for `client`'s requests, if one is configured."""
    name = state.config.shadow_for(client)
    if name is None:
        return None
    store = state.policies.store(name)
    store.refresh()
    return store.current.policy


def finish(state: AppState, exchange: Exchange) -> None:
    """The request is over: its audit record, and its metrics."""
    write_audit(state, exchange)
    record(state.metrics, exchange)
    state.gauge_breakers()  # with several workers, a scrape reads each worker's last setting


# The ingress each audited route is, for requests refused before their handler ran.
INGRESS_BY_PATH = {ingress.path: ingress.name for ingress in apis.ALL} | {"/v1/messages/count_tokens": "anthropic_count_tokens"}


def record_refusal(state: AppState, scope: Scope, status: int, code: str) -> None:
    """Audit and count a request that middleware refused before its handler ran (its body unread)."""
    ingress = INGRESS_BY_PATH.get(scope.get("path", ""))
    if ingress is None or scope.get("method") != "POST":
        return  # listings and probes are not audited, answered or refused
    scope_state = scope.get("state", {})
    exchange = Exchange(request_id=scope_state.get("request_id", ""), ingress=ingress, client=scope_state.get("client", "anonymous"),
                        status=status, outcome="refused", error=code, decision=code)
    token = active_policy.set(state.policies.store(scope_state.get("client_policy")).current)  # the policy the client is bound to
    try:
        finish(state, exchange)
    finally:
        active_policy.reset(token)
