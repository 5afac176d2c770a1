"""Start-up checks that need no network: the audit key and folder, the cloud key, prices.

`privacy-gateway doctor` prints them with the backend probes; `serve` logs the problems as
warnings at start-up. Each says what to do about it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from privacy_gateway.config.settings import BackendSettings, GatewayConfig

Level = Literal["ok", "warn", "fail"]
NEW_KEY = "python3 -c 'import secrets; print(secrets.token_hex(32))'"


@dataclass(frozen=True)
class Finding:
    """One check's result: what was checked, how it went, and what to do when it did not go well."""

    level: Level
    subject: str
    detail: str
    next_step: str | None = None


def config_findings(config: GatewayConfig) -> list[Finding]:
    """The audit key and folder, the cloud tier's key and the prices of the cloud models."""
    return [*audit_findings(config), cloud_finding(config), *price_findings(config)]


def audit_findings(config: GatewayConfig) -> list[Finding]:
    """Whether the audit log can be written where configured, and where its fingerprint key comes from."""
    from privacy_gateway.audit.key import KEY_FILE, MIN_KEY_CHARS

    found: list[Finding] = []
    path = config.audit_path
    # A directory of per-writer chains is checked like the folder of a single file.
    log_dir = path if config.audit_per_writer else path.parent
    folder = _existing_parent(log_dir)
    if path.exists() and not os.access(path, os.W_OK):
        found.append(Finding("fail", "audit log", f"{path} is not writable by this user", "fix its permissions, or set audit.path to a writable file"))
    elif folder is None or not os.access(folder, os.W_OK | os.X_OK):
        found.append(Finding("fail", "audit log", f"cannot create {log_dir}: {folder or log_dir} is not writable by this user",
                             "set audit.path in the config to a writable place, or create the folder for this user"))
    else:
        found.append(Finding("ok", "audit log", f"{path}{'/ (a chain per writer)' if config.audit_per_writer else ''} is writable"))
    key = os.environ.get(config.audit_key_env, "").strip()
    if key and len(key) < MIN_KEY_CHARS:
        found.append(Finding("fail", "audit key", f"${config.audit_key_env} is shorter than {MIN_KEY_CHARS} characters",
                             f"export {config.audit_key_env}=$({NEW_KEY})"))
    elif key:
        found.append(Finding("ok", "audit key", f"from ${config.audit_key_env}"))
    else:
        found.append(Finding("warn", "audit key", f"${config.audit_key_env} is unset: the key is kept in {log_dir / KEY_FILE} beside the log, "
                             "where anyone who can read the log can read it too",
                             f"export {config.audit_key_env}=$({NEW_KEY}) and keep it elsewhere (a secret store)"))
    return found


def cloud_finding(config: GatewayConfig) -> Finding:
    """Whether the cloud tier is on, and if not, why and how to turn it on."""
    if config.cloud is not None:
        return Finding("ok", "cloud tier", "; then ".join(_described(b, named=bool(config.more_cloud)) for b in config.tier_backends("cloud")))
    reason = config.cloud_disabled_reason or "no backends.cloud in the config"
    env = _unset_key_env(reason)
    step = f"export {env}=<your key> to escalate to the cloud; without it every request is served locally" if env else "add backends.cloud to the config to escalate; without it every request is served locally"
    return Finding("warn", "cloud tier", reason, step)


def price_findings(config: GatewayConfig) -> list[Finding]:
    """A warning for each configured cloud model without a price: its spend would be reported as unpriced."""
    if config.cloud is None:
        return []
    models = [config.cloud.model, *config.cloud_models]
    models += [m for b in config.more_cloud for m in (b.model, *b.models)] + [m for m in config.cloud.models]
    models += [r.model for r in config.model_routes if r.tier == "cloud"]
    unpriced = [m for m in dict.fromkeys(models) if not config.pricing.priced(m)]
    if not unpriced:
        return [Finding("ok", "prices", f"every cloud model has a price (from {config.pricing.source})")]
    return [Finding("warn", "prices", f"no price for cloud model {m}: its requests are counted as unpriced, not as $0",
                    f"add it under pricing.models in the config: {{{m}: {{input: USD_PER_MTOK, output: USD_PER_MTOK}}}}") for m in unpriced]


def _described(backend: BackendSettings, *, named: bool) -> str:
    what = f"{backend.label}: {backend.kind} {backend.model}" if named else f"{backend.kind} {backend.model}"
    return f"{what}, key from ${backend.api_key_env}" if backend.api_key_env else what


def _existing_parent(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate if candidate.is_dir() else None
    return None


def _unset_key_env(reason: str) -> str | None:
    marker = "environment variable "
    if marker in reason and reason.endswith(" is not set"):
        return reason.split(marker, 1)[1].removesuffix(" is not set")
    return None
