"""The config's smaller sections: clients, pricing, budgets and limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from privacy_gateway.config.clients import Client
from privacy_gateway.config.models import DEFAULT_PRICES, BudgetSettings, Limits
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
