"""The `backends` section: one upstream model server per tier, checked key by key."""

from __future__ import annotations

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
from privacy_gateway.config.models import _DEFAULT_CLOUD, KINDS, LOCAL_TIMEOUTS, BackendSettings, Timeouts
from privacy_gateway.yamlfile import Located

# Keys of a backend beside `kind`, `url` and `model` (required) and its two sub-mappings.
BACKEND = (
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


def tiers(check: Located, doc: dict[str, Any], local: BackendSettings) -> tuple[BackendSettings, BackendSettings | None]:
    """The local and cloud backends: `local` and the bundled cloud unless the file says otherwise.

    `backends.cloud: null` turns the cloud tier off.
    """
    cloud: BackendSettings | None = _DEFAULT_CLOUD
    backends = section(check, doc, "backends", "backends")
    check.check_keys(backends, ("local", "cloud"), "backends")
    if "local" in backends:
        local = _backend(check, backends, "local") or local
    if "cloud" in backends:
        cloud = None if backends["cloud"] is None else _backend(check, backends, "cloud")
    return local, cloud


def _backend(check: Located, backends: dict[str, Any], tier: str) -> BackendSettings | None:
    """One backend, or None when anything about it is wrong (each problem recorded where it stands)."""
    what = f"backends.{tier}"
    spec = check.mapping(backends[tier], backends, tier, what)
    if spec is None:
        return None
    check.check_keys(spec, _BACKEND_KEYS, what)
    before = len(check.problems)
    kind = _kind(check, backends, tier, spec)
    url = _required(check, backends, tier, spec, "url")
    model = _required(check, backends, tier, spec, "model")
    if isinstance(url, str) and not url.startswith(("http://", "https://")):
        check.problem(spec, "url", f"{what}.url must start with http:// or https://", at_value=True)
    values = read(check, spec, what, BACKEND, _DEFAULTS)
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


def _kind(check: Located, backends: dict[str, Any], tier: str, spec: dict[Any, Any]) -> Any:
    """The backend's kind if it is one this tier allows, else None (recorded)."""
    kind = spec.get("kind")
    if kind in KINDS[tier]:
        return kind
    where: tuple[Any, Any] = (spec, "kind") if "kind" in spec else (backends, tier)
    check.problem(*where, f"backends.{tier}.kind must be one of {', '.join(KINDS[tier])}, got {kind!r}", at_value="kind" in spec)
    return None


def _required(check: Located, backends: dict[str, Any], tier: str, spec: dict[Any, Any], key: str) -> str | None:
    """A required non-empty string, or None with the problem recorded at the value or the backend."""
    value = spec.get(key)
    if isinstance(value, str) and value:
        return value
    if key in spec:
        check.problem(spec, key, f"backends.{tier}.{key} must be a non-empty string", at_value=True)
    else:
        check.problem(backends, tier, f"backends.{tier} needs a {key!r}")
    return value if isinstance(value, str) else None
