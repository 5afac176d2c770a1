"""The `backends` section: each tier's model servers, one mapping or an ordered list, checked key by key."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from privacy_gateway.config.fields import (
    Setting,
    boolean,
    defaults_of,
    keys,
    non_empty,
    optional,
    positive,
    positive_whole,
    read,
    section,
    text,
    whole_between,
)
from privacy_gateway.config.models import _DEFAULT_CLOUD, KINDS, LOCAL_TIMEOUTS, BackendSettings, ModelRoute, Timeouts
from privacy_gateway.yamlfile import Located, did_you_mean

# A backend's name reaches headers, metrics and the audit log: a short token, never a URL.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\Z")


def _model_names(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(m, str) and m for m in value)


# Keys of a backend beside `kind`, `url` and `model` (required) and its two sub-mappings.
BACKEND = (
    Setting("name", lambda v: isinstance(v, str) and _NAME.match(v) is not None, "must be a short name of letters, digits, '.', '_' or '-'"),
    Setting("models", _model_names, "must be a list of model names", convert=tuple),
    Setting("api_key_env", optional(text), "must name an environment variable"),
    Setting("max_tokens", positive_whole, "must be a positive whole number"),
    Setting("context_tokens", positive_whole, "must be a positive whole number"),
    Setting("max_response_bytes", positive_whole, "must be a positive whole number"),
    Setting("retries", whole_between(0, 10), "must be a whole number from 0 to 10"),
    Setting("vision", boolean, "must be true or false"),
    Setting("embedding_model", optional(non_empty), "must be a non-empty string"),
)
BREAKER = (
    Setting("failures", positive, "must be a positive number", field="breaker_failures", convert=int),
    Setting("reset_seconds", positive, "must be a positive number", field="breaker_reset_seconds", convert=float),
)
TIMEOUTS = tuple(Setting(f.name, positive, "must be a positive number of seconds", convert=float) for f in fields(Timeouts))
_REQUIRED = ("kind", "url", "model")
_BACKEND_KEYS = (*_REQUIRED, *keys(BACKEND), "timeouts", "circuit_breaker")
_DEFAULTS = defaults_of(BackendSettings)


def tiers(check: Located, doc: dict[str, Any], local: BackendSettings) -> tuple[tuple[BackendSettings, ...], tuple[BackendSettings, ...]]:
    """Each tier's backends in the order they are tried: `local` and the bundled cloud unless the file says otherwise.

    `backends.cloud: null` turns the cloud tier off (no backends).
    """
    cloud: tuple[BackendSettings, ...] = (_DEFAULT_CLOUD,)
    locals_: tuple[BackendSettings, ...] = (local,)
    backends = section(check, doc, "backends", "backends")
    check.check_keys(backends, ("local", "cloud"), "backends")
    if "local" in backends:
        locals_ = _tier(check, backends, "local") or locals_
    if "cloud" in backends:
        cloud = () if backends["cloud"] is None else _tier(check, backends, "cloud")
    return locals_, cloud


def _tier(check: Located, backends: dict[str, Any], tier: str) -> tuple[BackendSettings, ...]:
    """One tier: a single mapping, or a list of them tried in order."""
    raw = backends[tier]
    if not isinstance(raw, list):
        one = _backend(check, backends, tier, tier, f"backends.{tier}")
        return (one,) if one is not None else ()
    if not raw:
        off = " or null to turn the cloud tier off" if tier == "cloud" else ""
        check.problem(backends, tier, f"backends.{tier} is an empty list; list at least one backend (a mapping with kind, url and model){off}", at_value=True)
        return ()
    parsed = [_backend(check, raw, index, tier, f"backends.{tier}[{index}]") for index in range(len(raw))]
    found = tuple(b for b in parsed if b is not None)
    seen: dict[str, int] = {}
    for index, backend in enumerate(parsed):
        if backend is None:
            continue
        if backend.name in seen:
            entry = raw[index]
            where: tuple[Any, Any] = (entry, "name") if "name" in entry else (raw, index)
            check.problem(*where, f"backends.{tier}[{index}] is called {backend.name!r}, as backends.{tier}[{seen[backend.name]}] is; give each backend of a tier its own `name:`")
        seen.setdefault(backend.name, index)
    return found if len(found) == len(parsed) else ()


def _backend(check: Located, parent: Any, key: Any, tier: str, what: str) -> BackendSettings | None:
    """One backend, or None when anything about it is wrong (each problem recorded where it stands)."""
    spec = check.mapping(parent[key], parent, key, what)
    if spec is None:
        return None
    check.check_keys(spec, _BACKEND_KEYS, what)
    before = len(check.problems)
    kind = _kind(check, parent, key, tier, what, spec)
    url = _required(check, parent, key, what, spec, "url")
    model = _required(check, parent, key, what, spec, "model")
    if isinstance(url, str) and not url.startswith(("http://", "https://")):
        check.problem(spec, "url", f"{what}.url must start with http:// or https://", at_value=True)
    values = read(check, spec, what, BACKEND, {**_DEFAULTS, "name": kind or ""})
    breaker = section(check, spec, "circuit_breaker", f"{what}.circuit_breaker", null_ok=True)
    check.check_keys(breaker, keys(BREAKER), f"{what}.circuit_breaker")
    values |= read(check, breaker, f"{what}.circuit_breaker", BREAKER, _DEFAULTS)
    timeouts = section(check, spec, "timeouts", f"{what}.timeouts", null_ok=True)
    check.check_keys(timeouts, keys(TIMEOUTS), f"{what}.timeouts")
    tier_timeouts = Timeouts() if tier == "cloud" else LOCAL_TIMEOUTS
    values["timeouts"] = Timeouts(**read(check, timeouts, f"{what}.timeouts", TIMEOUTS, vars(tier_timeouts)))
    if len(check.problems) > before or kind is None or url is None or model is None:
        return None
    return BackendSettings(kind, url, model, **values)


def _kind(check: Located, parent: Any, key: Any, tier: str, what: str, spec: dict[Any, Any]) -> Any:
    """The backend's kind if it is one this tier allows, else None (recorded)."""
    kind = spec.get("kind")
    if kind in KINDS[tier]:
        return kind
    where: tuple[Any, Any] = (spec, "kind") if "kind" in spec else (parent, key)
    check.problem(*where, f"{what}.kind must be one of {', '.join(KINDS[tier])}, got {kind!r}", at_value="kind" in spec)
    return None


def _required(check: Located, parent: Any, key: Any, what: str, spec: dict[Any, Any], name: str) -> str | None:
    """A required non-empty string, or None with the problem recorded at the value or the backend."""
    value = spec.get(name)
    if isinstance(value, str) and value:
        return value
    if name in spec:
        check.problem(spec, name, f"{what}.{name} must be a non-empty string", at_value=True)
    else:
        check.problem(parent, key, f"{what} needs a {name!r}")
    return value if isinstance(value, str) else None


def model_routes(check: Located, doc: dict[str, Any], tiers: dict[str, tuple[BackendSettings, ...]]) -> tuple[tuple[str, ...], tuple[ModelRoute, ...]]:
    """`models.cloud` (names for the first cloud backend) and the routes: the `models:` map, then each backend's `models:`."""
    models = section(check, doc, "models", "models")
    cloud_models: tuple[str, ...] = ()
    routes: list[ModelRoute] = []
    for name, target in models.items():
        if name == "cloud":
            if _model_names(target):
                cloud_models = tuple(target)
            else:
                check.problem(models, "cloud", "models.cloud must be a list of model names", at_value=True)
            continue
        route = _route(check, models, str(name), target, tiers)
        if route is not None:
            routes.append(route)
    for tier, backends in tiers.items():
        routes += [ModelRoute(m, tier, b.label, m) for b in backends for m in b.models]  # type: ignore[arg-type]
    _check_both_tiers(check, doc, routes, cloud_models)
    return cloud_models, tuple(routes)


def _check_both_tiers(check: Located, doc: dict[str, Any], routes: list[ModelRoute], cloud_models: tuple[str, ...]) -> None:
    """A model name that backends of both tiers list, and no `models:` entry settles, is an error.

    The first route wins, so the client asking for the cloud model would be served locally
    without a word; which tier a name means must be written down once.
    """
    mapped = {str(name) for name in (doc.get("models") or {}) if name != "cloud"}
    tiers_of: dict[str, set[str]] = {}
    for route in routes:
        tiers_of.setdefault(route.name, set()).add(route.tier)
    for name in cloud_models:
        tiers_of.setdefault(name, set()).add("cloud")
    for name, tiers_named in tiers_of.items():
        if tiers_named == {"local", "cloud"} and name not in mapped:
            check.problem(doc, "backends", f"model {name!r} is listed for a local and a cloud backend; list it in one tier, "
                          f"or say which under `models:` (`{name}: BACKEND`)")


def _route(check: Located, models: dict[Any, Any], name: str, target: Any, tiers: dict[str, tuple[BackendSettings, ...]]) -> ModelRoute | None:
    """`NAME: BACKEND` (the client's name is sent) or `NAME: {backend: BACKEND, model: MODEL}`."""
    spec = target if isinstance(target, dict) else {"backend": target}
    check.check_keys(spec, ("backend", "model"), f"models.{name}")
    ref, model = spec.get("backend"), spec.get("model", name)
    if not isinstance(ref, str) or not ref or not isinstance(model, str) or not model:
        check.problem(models, name, f"models.{name} must name a backend (`{name}: BACKEND`) or be a mapping {{backend: BACKEND, model: MODEL}}", at_value=True)
        return None
    tier_asked, _, label = ref.rpartition(":")
    found = [(tier, b) for tier, backends in tiers.items() for b in backends if b.label == label and tier_asked in ("", tier)]
    if len(found) == 1:
        return ModelRoute(name, found[0][0], label, model)  # type: ignore[arg-type]
    known = [b.label for backends in tiers.values() for b in backends]
    if found:
        check.problem(models, name, f"models.{name}: both tiers have a backend called {label!r}; write local:{label} or cloud:{label}", at_value=True)
    else:
        check.problem(models, name, f"models.{name}: no backend is called {ref!r}{did_you_mean(label, known)} (a backend's name is its `name:`, or its kind when unnamed)", at_value=True)
    return None
