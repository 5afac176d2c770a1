"""The ASGI application: routes, the middleware stack, and what lives for the app's lifetime."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
from typing import Any, AsyncIterator, Awaitable, Callable

import httpx
from presidio_analyzer import AnalyzerEngine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from privacy_gateway import __version__
from privacy_gateway.config.checks import cloud_finding, price_findings
from privacy_gateway.config.settings import BackendSettings, GatewayConfig
from privacy_gateway.core.errors import BadRequest, PayloadTooLarge
from privacy_gateway.telemetry.metrics import CONTENT_TYPE, process_exiting
from privacy_gateway.backends import Backend
from privacy_gateway.web.state import AppState
from privacy_gateway.web.body import read_json
from privacy_gateway.web.endpoints import count_tokens, endpoint, record_refusal
from privacy_gateway.web.ingress import apis
from privacy_gateway.web.ingress import ollama as ollama_api
from privacy_gateway.web.ingress.base import Ingress
from privacy_gateway.web.middleware.access_log import AccessLogMiddleware
from privacy_gateway.web.middleware.auth import AuthMiddleware
from privacy_gateway.web.middleware.deadlines import BodyDeadlineMiddleware
from privacy_gateway.web.middleware.limits import LimitsMiddleware
from privacy_gateway.web.middleware.refusals import RefusalRecordMiddleware
from privacy_gateway.web.middleware.request_id import RequestIdMiddleware
from privacy_gateway.web.middleware.tier_header import TierHeaderMiddleware
from privacy_gateway.web.middleware.policy import PolicyMiddleware

logger = logging.getLogger("privacy_gateway")


async def metrics(request: Request) -> Response:
    """Prometheus metrics (every worker's, when there are several); breakers and budgets read now."""
    state: AppState = request.app.state.gateway_state
    state.gauge_breakers()
    if state.budgets is not None:
        for client in state.config.clients:
            ratio = await state.budgets.used_ratio(client.name)
            if ratio is not None:
                state.metrics.budget.labels(client=client.name).set(ratio)
    return Response(state.metrics.render(), media_type=CONTENT_TYPE)


def create_app(
    config: GatewayConfig,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    analyzer: AnalyzerEngine | None = None,
) -> Starlette:
    """Build the gateway. `transport` replaces the network for every backend (tests, benchmarks)."""
    state = AppState(config, transport, analyzer)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        for finding in (cloud_finding(config), *price_findings(config)):
            if finding.level != "ok":
                logger.warning("%s: %s; %s", finding.subject, finding.detail, finding.next_step)
        for backend in state.backends():
            health = await backend.probe()  # the same checks as `privacy-gateway doctor` and /readyz
            if not health.ok or health.next_step:
                logger.warning("%s tier %s: %s; %s", backend.tier, backend.name, health.detail, health.next_step or "")
        for name, reason in config.disabled_backends:
            logger.warning("backend %s is left out: %s", name, reason)
        for name, store in state.policies.stores.items():
            logger.info("policy %s version %s from %s (config key %s)", store.current.policy.name, store.current.policy.version, store.path, name)
        logger.info("local tier %s", ", ".join(b.name for b in state.tiers["local"]))
        processes = state.analyzer_pool.processes
        if processes is not None:
            processes.start()
            logger.info("starting %d analyzer process(es); analysis stays in-process until they are ready", processes.count)
        try:
            yield
        finally:
            await state.aclose()
            process_exiting()

    app = Starlette(
        routes=[
            *(Route(ingress.path, endpoint(ingress), methods=["POST"]) for ingress in apis.ALL),
            Route("/v1/messages/count_tokens", count_tokens, methods=["POST"]),
            *(Route(ingress.models_path, listing(ingress), methods=["GET"]) for ingress in apis.ALL if ingress.models_path),
            Route("/api/show", ollama_show, methods=["POST"]),
            Route("/api/ps", ollama_ps, methods=["GET"]),
            Route("/api/version", ollama_version, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
        ],
        middleware=[
            Middleware(RequestIdMiddleware),
            Middleware(AccessLogMiddleware),
            Middleware(RefusalRecordMiddleware, on_refused=functools.partial(record_refusal, state)),
            Middleware(TierHeaderMiddleware),
            Middleware(BodyDeadlineMiddleware, body_timeout=config.body_timeout),
            Middleware(AuthMiddleware, clients=config.clients),
            Middleware(PolicyMiddleware, policies=state.policies),
            Middleware(
                LimitsMiddleware,
                buckets=state.buckets,
                max_body_bytes=config.limits.max_body_bytes,
            ),
        ],
        lifespan=lifespan,
    )
    app.state.gateway_state = state
    return app


async def _readiness(backend: Backend) -> dict[str, Any]:
    """What /readyz says of one backend: its probe, and whether its breaker lets calls through."""
    health = await backend.probe()
    ok, detail = health.ok, health.detail
    if ok and backend.breaker.state == "open":
        ok, detail = False, "circuit breaker open after repeated failures"
    found = {"kind": backend.settings.kind, "model": backend.settings.model, "reachable": ok, "model_present": health.model_present, "detail": detail}
    return {**found, "next_step": health.next_step} if health.next_step else found


def _tier_readiness(each: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A tier of several backends: reachable when one is, the first backend's kind and model, and each by name."""
    first = next(iter(each.values()))
    detail = "; ".join(f"{name}: {info['detail']}" for name, info in each.items())
    return {"kind": first["kind"], "model": first["model"], "reachable": any(i["reachable"] for i in each.values()), "detail": detail, "backends": each}


def served_models(config: GatewayConfig) -> list[tuple[str, str]]:
    """(model name, tier) of every model clients may name: each backend's own, `models.cloud` and the `models:` map."""
    served = [(config.local.model, "local")]
    if config.cloud is not None:
        served += [(name, "cloud") for name in dict.fromkeys([config.cloud.model, *config.cloud_models])]
    names = {name for name, _ in served}
    extra = [(b.model, tier) for tier in ("local", "cloud") for b in config.tier_backends(tier)[1:]]
    for name, tier in [*extra, *((r.name, r.tier) for r in config.model_routes if config.tier_backends(r.tier))]:
        if name not in names:
            served.append((name, tier))
            names.add(name)
    return served


def listing(ingress: Ingress) -> Callable[[Request], Awaitable[Response]]:
    """The handler of `ingress`'s model listing (`GET /v1/models`, `GET /api/tags`)."""

    async def models(request: Request) -> Response:
        return JSONResponse(ingress.list_models(served_models(request.app.state.gateway_state.config)))

    models.__doc__ = f"`GET {ingress.models_path}`: the models clients may name, in {ingress.name}'s listing shape."
    return models


async def ollama_show(request: Request) -> Response:
    """`POST /api/show {model}`: what the gateway knows of a model it serves (context size, capabilities).

    The model's files, template and licence live on its server, not here: those fields are empty.
    """
    try:
        body = await read_json(request, 64 * 1024)
    except (BadRequest, PayloadTooLarge) as exc:
        return JSONResponse({"error": exc.message}, status_code=exc.status)
    name = body.get("model") or body.get("name") if isinstance(body, dict) else None
    if not isinstance(name, str) or not name:
        return JSONResponse({"error": "'model' is required"}, status_code=400)
    config: GatewayConfig = request.app.state.gateway_state.config
    tiers = dict(served_models(config))
    if name not in tiers:
        return JSONResponse({"error": f"model {name[:100]!r} is not served by this gateway (see /api/tags)"}, status_code=404)
    backend = _backend_for(config, tiers[name], name)
    return JSONResponse(ollama_api.show(tiers[name], backend.context_tokens, backend.vision or tiers[name] == "cloud"))


def _backend_for(config: GatewayConfig, tier: str, model: str) -> BackendSettings:
    """The backend that serves `model` (the one it is routed to, else the tier's first)."""
    backends = config.tier_backends(tier) or (config.local,)
    route = config.route(model)
    named = [b for b in backends if route is not None and route.tier == tier and b.label == route.backend]
    return (named or [b for b in backends if b.model == model] or list(backends))[0]


async def ollama_ps(request: Request) -> Response:
    """`GET /api/ps`: the models the gateway serves, each as if loaded (the gateway loads none itself)."""
    config: GatewayConfig = request.app.state.gateway_state.config
    return JSONResponse(ollama_api.running([(name, _backend_for(config, tier, name).context_tokens) for name, tier in served_models(config)]))


async def ollama_version(request: Request) -> Response:
    """`GET /api/version`: the gateway's own version."""
    return JSONResponse({"version": __version__})


async def healthz(request: Request) -> Response:
    """The process is alive."""
    return JSONResponse({"status": "ok", "version": __version__})


def _rate_limits(state: AppState) -> dict[str, Any]:
    """Where rate limits are kept, and whether this process is limiting on its own because the shared store failed."""
    buckets = state.buckets
    if buckets is None:
        return {"store": "off"}
    return {"store": buckets.name, "degraded": bool(getattr(buckets, "degraded", False))}


async def readyz(request: Request) -> Response:
    """Ready (200) when a tier answers and the audit log can be written; 503 naming what is not, otherwise.

    Policies are shown by name and version; file paths stay out of a public endpoint.
    """
    state: AppState = request.app.state.gateway_state
    backends: dict[str, Any] = {}
    for tier, members in state.tiers.items():
        each = {backend.name: await _readiness(backend) for backend in members}
        backends[tier] = next(iter(each.values())) if len(each) == 1 else _tier_readiness(each)
    if state.config.disabled_backends:
        backends.setdefault("cloud", {})["left_out"] = dict(state.config.disabled_backends)
    if state.config.cloud is None:
        backends["cloud"] = {"reachable": False, "detail": state.config.cloud_disabled_reason, "next_step": cloud_finding(state.config).next_step}
    audit_ok = state.audit.check()
    reasons = []
    if not any(b["reachable"] for b in backends.values()):
        reasons.append("no tier can answer: " + "; ".join(f"{tier}: {b['detail']}" for tier, b in backends.items()))
    if not audit_ok:
        reasons.append("the audit log cannot be written")
    body = {
        "status": "not ready" if reasons else "ready",
        **({"reasons": reasons} if reasons else {}),
        "process": os.getpid(),  # with `serve --workers N`, each worker answers for itself
        "audit": {"writable": audit_ok, "on_write_failure": state.config.audit_on_write_failure},
        "rate_limits": _rate_limits(state),
        "analyzer": {
            "loaded": True,
            "spacy_model": state.config.spacy_model,
            "entities": len(state.detector.entities),
            "processes": {"count": processes.count, "ready": processes.ready} if (processes := state.analyzer_pool.processes) else {"count": 0},
        },
        "policy": {"name": state.policy.name, "version": state.policy.version},
        "policies": {name: {"name": s.current.policy.name, "version": s.current.policy.version} for name, s in state.policies.stores.items()},
        "backends": backends,
    }
    return JSONResponse(body, status_code=503 if reasons else 200)
