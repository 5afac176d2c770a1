"""Gateway configuration: where the backends are, which policy applies, where the audit log goes.

Relative paths resolve against the config file's folder. `policy: default` (or any bare name) means
a policy bundled with the gateway (`policies/NAME.yaml`).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from privacy_gateway.config.backends import _backend
from privacy_gateway.config.models import (
    _DEFAULT_CLOUD,
    DEFAULT_PRICES,
    DEFAULT_SPACY_MODEL,
    KINDS,
    LOCAL_TIMEOUTS,
    BackendKind,
    BackendSettings,
    BudgetSettings,
    GatewayConfig,
    Limits,
    Tier,
    Timeouts,
    auto_analyzer_processes,
    policy_file,
)
from privacy_gateway.config.policies import _policies
from privacy_gateway.config.sections import _budgets, _clients, _limits, _pricing
from privacy_gateway.policy.bundled import bundled_policy
from privacy_gateway.yamlfile import FileProblems, Located, Problem, load_yaml, type_name

# Re-exported: callers import the settings' types from here.
__all__ = [
    "DEFAULT_PRICES", "DEFAULT_SPACY_MODEL", "KINDS", "LOCAL_TIMEOUTS", "BackendKind", "BackendSettings", "BudgetSettings",
    "GatewayConfig", "Limits", "Tier", "Timeouts", "auto_analyzer_processes", "bundled_policy", "default_config",
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
    """Disable the cloud tier, with the reason, when its key is missing."""
    cloud = config.cloud
    if cloud is not None and cloud.api_key_env and not os.environ.get(cloud.api_key_env):
        return replace(config, cloud=None, cloud_disabled_reason=f"the cloud tier is disabled: environment variable {cloud.api_key_env} is not set")
    if cloud is None and config.cloud_disabled_reason is None:
        return replace(config, cloud_disabled_reason="the cloud tier is disabled: no backends.cloud in the config")
    return config


_TOP = ("policy", "policies", "default_policy", "shadow_policy", "backends", "models", "audit", "detection", "server", "clients", "limits", "pricing", "budgets", "logging")

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
