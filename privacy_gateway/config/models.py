"""The settings' types: what a loaded config holds, with each setting's default stated once."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from privacy_gateway.spend.budgets import Budget
from privacy_gateway.config.clients import Client
from privacy_gateway.spend.pricing import PriceTable
from privacy_gateway.policy.bundled import bundled_policy

Tier = Literal["local", "cloud"]
BackendKind = Literal["ollama", "openai", "anthropic"]
KINDS: dict[str, tuple[BackendKind, ...]] = {"local": ("ollama", "openai"), "cloud": ("anthropic", "openai")}

# The spaCy pipeline detection runs on unless `detection.spacy_model` names another.
DEFAULT_SPACY_MODEL = "privacy_gateway.detection.model"


@dataclass(frozen=True)
class Timeouts:
    """Deadlines in seconds: connecting, the first byte of an answer, silence between chunks, overall."""

    connect: float = 5.0
    first_byte: float = 120.0
    idle: float = 60.0
    total: float = 600.0


@dataclass(frozen=True)
class BackendSettings:
    """One upstream model server."""

    kind: BackendKind
    url: str
    model: str
    api_key_env: str | None = None
    max_tokens: int = 1024
    context_tokens: int = 8192
    timeouts: Timeouts = field(default_factory=Timeouts)
    retries: int = 2
    breaker_failures: int = 5
    breaker_reset_seconds: float = 30.0
    vision: bool = False  # whether the model reads images (routing keeps images local by default)
    # The most an answer may be, streamed or not; a bigger one is refused (`upstream_too_large`).
    max_response_bytes: int = 16 * 1024 * 1024
    # The model that embeds texts (`/v1/embeddings`, `/api/embed`); see `Gateway.embed` for the default.
    embedding_model: str | None = None
    # Its name in the config (`name:`; its kind when unnamed), as headers, metrics and the audit log say it.
    name: str = ""
    # Model names clients may ask for that this backend serves, beside `model` (its default).
    models: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The backend's name within its tier: `name`, or its kind when unnamed."""
        return self.name or self.kind

    @property
    def api_key(self) -> str | None:
        """The key from the environment, read when needed and never stored in the config."""
        return os.environ.get(self.api_key_env) if self.api_key_env else None


@dataclass(frozen=True)
class Limits:
    """What one client may ask of the gateway."""

    requests_per_minute: float = 600.0
    burst: int = 60
    max_body_bytes: int = 8 * 1024 * 1024
    max_messages: int = 1000
    max_text_chars: int = 1_000_000
    max_concurrent_analyses: int = 2
    analysis_queue_seconds: float = 30.0


@dataclass(frozen=True)
class ModelRoute:
    """A model name a client may ask for, the backend that serves it, and the model name sent there."""

    name: str
    tier: Tier
    backend: str  # the backend's label within its tier
    model: str


@dataclass(frozen=True)
class GatewayConfig:
    """Everything `privacy-gateway serve` needs."""

    policy_path: Path
    local: BackendSettings
    cloud: BackendSettings | None
    cloud_disabled_reason: str | None = None
    cloud_models: tuple[str, ...] = ()
    # Further backends of each tier, tried in order after `local` / `cloud` when one fails.
    more_local: tuple[BackendSettings, ...] = ()
    more_cloud: tuple[BackendSettings, ...] = ()
    # Model names routed to a named backend (`models:` and each backend's `models:` list).
    model_routes: tuple[ModelRoute, ...] = ()
    # Backends left out at start-up, each with the reason (a cloud backend whose key is unset).
    disabled_backends: tuple[tuple[str, str], ...] = ()
    audit_path: Path = Path("audit/audit.jsonl")
    audit_fsync: str = "interval"
    audit_rotate_bytes: int | None = None
    audit_rotate_daily: bool = False
    audit_key_env: str = "PRIVACY_GATEWAY_AUDIT_KEY"
    # `audit.path` names a directory (ends in `/`, or exists as one): a chain per writer in it.
    audit_per_writer: bool = False
    # "refuse": a request whose record cannot be written is refused (503) before any upstream sees
    # it; "serve": it is served anyway, and the log counts what it could not write.
    audit_on_write_failure: str = "refuse"
    spacy_model: str = DEFAULT_SPACY_MODEL
    # Languages detection reads, the default first (`detection/languages.py`): each is a spaCy
    # pipeline, and each text is identified as one of them.
    languages: tuple[str, ...] = ("en",)
    # Child processes that lend analysis more cores (see `analyzer_pool`); 0 analyses in-process.
    analyzer_processes: int = field(default_factory=lambda: auto_analyzer_processes())
    host: str = "127.0.0.1"
    port: int = 8080
    # Client deadlines, seconds: a request's line and headers must arrive within `header_timeout` of
    # its first byte, its body within `body_timeout` of its headers; slower clients get a 408 and
    # their connection is closed (`web/server.py`, `web/middleware/deadlines.py`).
    header_timeout: float = 10.0
    body_timeout: float = 60.0
    source: str = "bundled defaults"
    clients: tuple[Client, ...] = ()
    limits: Limits = field(default_factory=Limits)
    pricing: PriceTable = field(default_factory=lambda: DEFAULT_PRICES)
    budgets: BudgetSettings = field(default_factory=lambda: BudgetSettings())
    # Where budgets and rate limits are shared by workers and replicas (see `shared`).
    state: SharedState = field(default_factory=lambda: SharedState())
    json_logs: bool = False
    # Named policies clients are bound to (`clients.NAME.policy`); `policy_path` is the default one,
    # known as `default_policy` ("" means its file name without `.yaml`).
    policies: tuple[tuple[str, Path], ...] = ()
    default_policy: str = ""
    # How often a policy file is checked for edits (on the next request); 0 checks on every request.
    policy_reload_seconds: float = 1.0
    # A policy evaluated beside the enforced one on every request, changing nothing (audit only);
    # `clients.NAME.shadow_policy` overrides it per client.
    shadow_policy: str | None = None

    @property
    def shared(self) -> SharedState:
        """The store budgets and rate limits share: `state`, else the older `budgets.store` / `budgets.redis_url`."""
        if self.state.store is not None or self.state.redis_url is not None:
            return self.state
        return SharedState(self.budgets.store, self.budgets.redis_url)

    def tier_backends(self, tier: str) -> tuple[BackendSettings, ...]:
        """The tier's backends in the order they are tried (none for a cloud tier that is off)."""
        if tier == "local":
            return (self.local, *self.more_local)
        return (self.cloud, *self.more_cloud) if self.cloud is not None else ()

    def route(self, model: str | None) -> ModelRoute | None:
        """The backend a client's model name picks: the `models:` map, a backend's `models:`, then `models.cloud`."""
        if not model:
            return None
        for route in self.model_routes:
            if route.name == model:
                return route
        if model in self.cloud_models and self.cloud is not None:
            return ModelRoute(model, "cloud", self.cloud.label, model)
        return None

    def shadow_for(self, client: str | None) -> str | None:
        """The shadow policy's name for requests of `client`, or None."""
        for known in self.clients:
            if known.name == client and known.shadow_policy is not None:
                return known.shadow_policy
        return self.shadow_policy

    def policy_files(self) -> dict[str, Path]:
        """Every policy the gateway enforces, by name, the default first."""
        default = self.default_policy or self.policy_path.stem
        files = {default: self.policy_path, **{n: p for n, p in self.policies if n != default}}
        refs = [self.shadow_policy, *(ref for c in self.clients for ref in (c.policy, c.shadow_policy))]
        for ref in refs:  # load_config resolves these; configs built in code may not
            if ref is not None and ref not in files:
                files[ref] = policy_file(ref, Path.cwd())
        return files


def policy_file(ref: str, base: Path) -> Path:
    """A policy reference: a bare name (`payments`) is a bundled policy, anything else a path from `base`."""
    return bundled_policy(ref) if "/" not in ref and not ref.endswith((".yaml", ".yml")) else base / ref


# A cold Ollama model load can take tens of seconds before the first byte.
LOCAL_TIMEOUTS = Timeouts(first_byte=300.0)
_DEFAULT_CLOUD = BackendSettings("anthropic", "https://api.anthropic.com", "claude-sonnet-4-20250514", api_key_env="ANTHROPIC_API_KEY")



WORKERS_ENV = "PRIVACY_GATEWAY_WORKERS"  # set by `serve --workers N` for the workers it spawns


def auto_analyzer_processes() -> int:
    """One analyzer process per worker where every worker's pair has its two cores; else none.

    Each costs about 170 MB and one core while it analyses: `serve --workers 2` on 2 cores with
    one each would run four analysing processes on two cores, taking turns. `serve` tells its
    workers how many they are in `PRIVACY_GATEWAY_WORKERS`.
    """
    workers = int(os.environ.get(WORKERS_ENV, "1") or 1)
    return 1 if (os.cpu_count() or 1) >= 2 * max(1, workers) else 0


@dataclass(frozen=True)
class BudgetSettings:
    """Cloud budgets per client; spend is kept in `store` (SQLite) or Redis at `redis_url`."""

    default: Budget = field(default_factory=Budget)
    clients: tuple[tuple[str, Budget], ...] = ()
    store: Path | None = None  # None: beside the audit log
    redis_url: str | None = None


@dataclass(frozen=True)
class SharedState:
    """Budgets and rate limits kept for all workers and replicas: a SQLite file (one host) or Redis (several).

    Neither set: rate limits live in each process and budgets in `budgets.sqlite` beside the audit log.
    """

    store: Path | None = None
    redis_url: str | None = None


# No prices kept by hand: pricing.models in the config, then genai-prices' maintained table (see spend/pricing.py).
DEFAULT_PRICES: PriceTable = PriceTable({}, reference_model="claude-sonnet-4-20250514")
