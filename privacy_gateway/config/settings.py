"""Gateway configuration: where the backends are, which policy applies, where the audit log goes.

Relative paths resolve against the config file's folder. `policy: default` (or any bare name) means
a policy bundled with the gateway (`policies/NAME.yaml`).
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from privacy_gateway.config.backends import model_routes, tiers
from privacy_gateway.config.models import (
    _DEFAULT_CLOUD,
    DEFAULT_PRICES,
    DEFAULT_SPACY_MODEL,
    KINDS,
    LOCAL_TIMEOUTS,
    BackendKind,
    ModelRoute,
    BackendSettings,
    BudgetSettings,
    GatewayConfig,
    Limits,
    SharedState,
    Tier,
    Timeouts,
    auto_analyzer_processes,
    policy_file,
)
from privacy_gateway.config.policies import _policies, policy, shadow_policy
from privacy_gateway.config.sections import _budgets, _clients, _limits, _pricing, _state, audit_per_writer, flat_sections
from privacy_gateway.policy.bundled import bundled_policy
from privacy_gateway.yamlfile import FileProblems, Located, Problem, load_yaml, type_name

# Re-exported: callers import the settings' types from here.
__all__ = [
    "DEFAULT_PRICES", "DEFAULT_SPACY_MODEL", "KINDS", "LOCAL_TIMEOUTS", "BackendKind", "BackendSettings", "BudgetSettings",
    "GatewayConfig", "Limits", "ModelRoute", "SharedState", "Tier", "Timeouts", "auto_analyzer_processes", "bundled_policy", "default_config",
    "load_config", "policy_file",
]

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
    """Leave out each cloud backend whose key is missing, and disable the cloud tier, with the reason, when none is left."""
    clouds = config.tier_backends("cloud")
    keyless = [b for b in clouds if b.api_key_env and not os.environ.get(b.api_key_env)]
    kept = [b for b in clouds if b not in keyless]
    if clouds and not kept:
        return replace(config, cloud=None, more_cloud=(), cloud_disabled_reason=f"the cloud tier is disabled: environment variable {keyless[0].api_key_env} is not set")
    if not clouds and config.cloud_disabled_reason is None:
        return replace(config, cloud_disabled_reason="the cloud tier is disabled: no backends.cloud in the config")
    if keyless:
        left_out = tuple((f"cloud:{b.label}", f"environment variable {b.api_key_env} is not set") for b in keyless)
        return replace(config, cloud=kept[0], more_cloud=tuple(kept[1:]), disabled_backends=left_out)
    return config


_TOP = ("policy", "policies", "default_policy", "shadow_policy", "backends", "models", "audit", "detection", "server", "clients", "limits", "pricing", "budgets", "state", "logging")


def load_config(path: str | Path) -> GatewayConfig:
    """Read and validate a config file; raises `FileProblems` naming file, line and key."""
    path = Path(path)
    doc = _document(path)
    check = Located(str(path))
    check.check_keys(doc, _TOP, "config")
    base = path.resolve().parent
    defaults = default_config()
    locals_, clouds = tiers(check, doc, defaults.local)
    cloud_models, routes = model_routes(check, doc, {"local": locals_, "cloud": clouds})
    values = flat_sections(check, doc, base, {f.name: getattr(defaults, f.name) for f in fields(GatewayConfig)})
    clients = _clients(check, doc)
    pricing = _pricing(check, doc, clouds[0].model if clouds else None)
    budgets = _budgets(check, doc, base)
    policies, default_policy, policy_path = _policies(check, doc, base, policy(check, doc, base, defaults.policy_path), clients)
    config = GatewayConfig(
        **values,
        audit_per_writer=audit_per_writer(doc, values["audit_path"]),
        policy_path=policy_path,
        local=locals_[0] if locals_ else defaults.local,
        cloud=clouds[0] if clouds else None,
        more_local=locals_[1:],
        more_cloud=clouds[1:],
        cloud_models=cloud_models,
        model_routes=routes,
        source=str(path),
        clients=clients,
        limits=_limits(check, doc),
        pricing=pricing,
        budgets=budgets,
        state=_state(check, doc, base, budgets),
        policies=policies,
        default_policy=default_policy,
        shadow_policy=shadow_policy(check, doc),
    )
    check.raise_if_any()
    return _finish(config)


def _document(path: Path) -> dict[Any, Any]:
    """The file's top-level mapping ({} for an empty file)."""
    doc = load_yaml(path)
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise FileProblems([Problem(str(path), 1, 1, f"a config must be a mapping, got {type_name(doc)}")])
    return doc
