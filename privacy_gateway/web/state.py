"""What one app instance owns for its lifetime: the gateway per policy, backends, pool, audit log."""

from __future__ import annotations

import httpx
from presidio_analyzer import AnalyzerEngine

from privacy_gateway.audit import AuditLog, AuditSettings
from privacy_gateway.backends import Backend, make_backend
from privacy_gateway.config.settings import GatewayConfig
from privacy_gateway.core.gateway import Gateway
from privacy_gateway.core.privacy import PrivacyCore
from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.analyzer import build_analyzer, shared_analyzer
from privacy_gateway.detection.pool import AnalyzerPool
from privacy_gateway.detection.processes import AnalyzerProcesses
from privacy_gateway.policy.schema import Policy
from privacy_gateway.policy.store import Enforced, PolicySet
from privacy_gateway.shared.buckets import Buckets, FallbackBuckets, MemoryBuckets, RedisBuckets, SqliteBuckets
from privacy_gateway.spend.budgets import Budgets, BudgetStore, FileBudgetStore, RedisBudgetStore
from privacy_gateway.telemetry.metrics import GatewayMetrics
from privacy_gateway.web.middleware.policy import active_policy


class AppState:
    """Everything one app instance owns: the gateway, its backends and its audit log."""

    def __init__(self, config: GatewayConfig, transport: httpx.AsyncBaseTransport | None, analyzer: AnalyzerEngine | None) -> None:
        self.config = config
        files = config.policy_files()
        PolicySet.check(files)  # a broken policy stops start-up before the slow analyzer load
        self.analyzer = analyzer or shared_analyzer(config.spacy_model, config.languages)
        # Each tier's backends in the order they are tried; the cloud tier is absent when it is off.
        self.tiers: dict[str, tuple[Backend, ...]] = {
            tier: tuple(make_backend(settings, tier, transport) for settings in config.tier_backends(tier))
            for tier in ("local", "cloud")
            if config.tier_backends(tier)
        }
        self.metrics = GatewayMetrics()
        self.budgets = _budgets(config)
        self.buckets = rate_buckets(config)
        processes = AnalyzerProcesses(build_analyzer, config.spacy_model, config.analyzer_processes, config.languages) if config.analyzer_processes else None
        self.analyzer_pool = AnalyzerPool(config.limits.max_concurrent_analyses, config.limits.analysis_queue_seconds, processes)
        self.policies: PolicySet[Gateway] = PolicySet.load(files, next(iter(files)), self._enforce, _stop, config.policy_reload_seconds)
        self.audit = AuditLog(
            AuditSettings(
                path=config.audit_path,
                fsync=config.audit_fsync,  # type: ignore[arg-type]
                rotate_bytes=config.audit_rotate_bytes,
                rotate_daily=config.audit_rotate_daily,
                key_env=config.audit_key_env,
                per_writer=config.audit_per_writer,
            )
        )

    def backends(self) -> list[Backend]:
        """Every backend of every tier, local first."""
        return [backend for tier in self.tiers.values() for backend in tier]

    def _enforce(self, policy: Policy) -> Gateway:
        detector = Detector(self.analyzer, policy)
        core = PrivacyCore(detector, self.analyzer_pool)
        return Gateway(self.config, core, self.tiers, self.budgets)

    # The policy, core and gateway of the request being handled (pinned by PolicyMiddleware), or
    # the default policy's current ones outside a request.
    def _enforced(self) -> Enforced[Gateway]:
        return active_policy.get() or self.policies.store(None).current

    @property
    def gateway(self) -> Gateway:
        """The gateway enforcing this request's policy."""
        return self._enforced().built

    @property
    def policy(self) -> Policy:
        """This request's policy (the version it started under)."""
        return self._enforced().policy

    @property
    def core(self) -> PrivacyCore:
        """The privacy core of this request's policy."""
        return self.gateway.core

    @property
    def detector(self) -> Detector:
        """The detector of this request's policy."""
        return self.gateway.core.detector

    def gauge_breakers(self) -> None:
        """Set the circuit-breaker gauges from this process's breakers."""
        for backend in self.backends():
            self.metrics.breakers.labels(backend=backend.name).set(0 if backend.breaker.state == "closed" else 1)

    async def aclose(self) -> None:
        """Finish: close upstream connections, stop analyzer threads, flush and close the audit log."""
        for backend in self.backends():
            await backend.aclose()
        self.policies.shutdown()
        if self.buckets is not None:
            await self.buckets.aclose()
        self.analyzer_pool.close()
        self.audit.close()


def _budgets(config: GatewayConfig) -> Budgets | None:
    """The budget book-keeping, when any budget is set."""
    settings, shared = config.budgets, config.shared
    limited = [b for b in (settings.default, *(b for _, b in settings.clients)) if b.daily_usd is not None or b.monthly_usd is not None]
    if not limited:
        return None
    store: BudgetStore = (
        RedisBudgetStore(shared.redis_url) if shared.redis_url else FileBudgetStore(shared.store or config.audit_path.parent / "budgets.sqlite")
    )
    return Budgets(store, dict(settings.clients), settings.default)


def rate_buckets(config: GatewayConfig) -> Buckets | None:
    """Clients' rate-limit buckets: in this process unless `state` names a store shared by workers and replicas."""
    limits, shared = config.limits, config.shared
    rate = limits.requests_per_minute / 60.0
    if rate <= 0:
        return None
    if shared.redis_url:
        return FallbackBuckets(RedisBuckets(shared.redis_url, rate, limits.burst), rate, limits.burst)
    if shared.store:
        return FallbackBuckets(SqliteBuckets(shared.store, rate, limits.burst), rate, limits.burst)
    return MemoryBuckets(rate, limits.burst)


def _stop(gateway: Gateway) -> None:
    """A replaced policy's gateway owns nothing to close: the analyzer pool is the app's, closed with it."""
