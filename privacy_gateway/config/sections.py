"""The config's sections beside backends and policies: audit, detection, server, logging, clients, pricing, budgets, limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from privacy_gateway.config.clients import Client
from privacy_gateway.config.fields import (
    Setting,
    anything,
    boolean,
    defaults_of,
    keys,
    language_codes,
    non_empty,
    non_negative,
    one_of,
    optional,
    positive,
    positive_whole,
    read,
    section,
    text,
    whole_between,
)
from privacy_gateway.config.models import DEFAULT_PRICES, BudgetSettings, Limits, SharedState
from privacy_gateway.spend.budgets import Budget
from privacy_gateway.spend.pricing import Price, PriceTable, catalogue_version
from privacy_gateway.yamlfile import Located


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


def _state(check: Located, doc: dict[str, Any], base: Path, budgets: BudgetSettings) -> SharedState:
    raw = section(check, doc, "state", "state")
    check.check_keys(raw, ("store", "redis_url"), "state")
    store, redis_url = raw.get("store"), raw.get("redis_url")
    if store is not None and (not isinstance(store, str) or not store):
        check.problem(raw, "store", "state.store must be a file path", at_value=True)
        store = None
    if redis_url is not None and (not isinstance(redis_url, str) or not redis_url.startswith(("redis://", "rediss://", "unix://"))):
        check.problem(raw, "redis_url", "state.redis_url must be a redis:// URL", at_value=True)
        redis_url = None
    if store is not None and redis_url is not None:
        check.problem(raw, "redis_url", "state takes store (one host) or redis_url (several hosts), not both")
    if raw and (budgets.store is not None or budgets.redis_url is not None):
        check.problem(doc, "state", "budgets.store and budgets.redis_url are the older spelling of state.store and state.redis_url; keep one")
    return SharedState(base / store if store else None, redis_url)


def _limit(name: str, default: Any) -> Setting:
    if name == "requests_per_minute":
        return Setting(name, non_negative, "must be a positive number (0 turns the rate limit off)", convert=float)
    return Setting(name, positive, "must be a positive number", convert=type(default))


# Every field of `Limits` is a positive number of its default's type, so the table follows the dataclass.
LIMITS = tuple(_limit(name, default) for name, default in defaults_of(Limits).items())


def _limits(check: Located, doc: dict[str, Any]) -> Limits:
    raw = section(check, doc, "limits", "limits")
    check.check_keys(raw, keys(LIMITS), "limits")
    return Limits(**read(check, raw, "limits", LIMITS, defaults_of(Limits)))


# The flat sections: each key fills one `GatewayConfig` field, whose default is the bundled one.
SECTIONS: dict[str, tuple[Setting, ...]] = {
    "audit": (
        Setting("path", text, "must be a file path, or a directory path ending in /", field="audit_path", relative=True),
        Setting("fsync", one_of("always", "interval", "never"), "must be one of always, interval, never", field="audit_fsync", convert=str),
        Setting("rotate_bytes", optional(positive_whole), "must be a positive number of bytes", field="audit_rotate_bytes"),
        Setting("rotate_daily", boolean, "must be true or false", field="audit_rotate_daily"),
        Setting("key_env", non_empty, "must name an environment variable", field="audit_key_env"),
        Setting("on_write_failure", one_of("refuse", "serve"), "must be refuse or serve", field="audit_on_write_failure"),
    ),
    "detection": (
        Setting("spacy_model", text, "must be a spaCy pipeline name"),
        Setting("processes", whole_between(0, 64), "must be auto or a number of processes from 0 to 64", field="analyzer_processes", auto=True),
        Setting("languages", language_codes, "must be a list of distinct language codes, the default first (e.g. [en, fr])", convert=tuple),
    ),
    "server": (
        Setting("host", anything, "", convert=str),
        Setting("port", whole_between(1, 65535), "must be a port number"),
        Setting("header_timeout", positive, "must be a positive number of seconds", convert=float),
        Setting("body_timeout", positive, "must be a positive number of seconds", convert=float),
    ),
    "logging": (Setting("json", boolean, "must be true or false", field="json_logs"),),
}


def audit_per_writer(doc: dict[str, Any], audit_path: Path) -> bool:
    """Whether `audit.path` names a directory (a chain per writer): it ends in `/`, or the folder exists."""
    raw = doc.get("audit")
    path = raw.get("path") if isinstance(raw, dict) else None
    return isinstance(path, str) and (path.endswith("/") or audit_path.is_dir())


def flat_sections(check: Located, doc: dict[str, Any], base: Path, defaults: dict[str, Any]) -> dict[str, Any]:
    """The `GatewayConfig` fields the flat sections set, by field name (defaults where unset)."""
    values: dict[str, Any] = {}
    for name, table in SECTIONS.items():
        raw = section(check, doc, name, name)
        check.check_keys(raw, keys(table), name)
        values |= read(check, raw, name, table, defaults, base)
    return values
