"""The `backends` section: one upstream model server per tier, checked key by key."""

from __future__ import annotations

from typing import Any

from privacy_gateway.config.models import KINDS, LOCAL_TIMEOUTS, BackendSettings, Timeouts
from privacy_gateway.yamlfile import Located

_BACKEND = ("kind", "url", "model", "api_key_env", "max_tokens", "context_tokens", "timeouts", "vision", "retries", "circuit_breaker", "max_response_bytes", "embedding_model")
_TIMEOUTS = ("connect", "first_byte", "idle", "total")

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
