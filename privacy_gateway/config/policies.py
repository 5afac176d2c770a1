"""The policy settings: `policy`, `policies`, `default_policy`, `shadow_policy` and each client's binding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from privacy_gateway.config.clients import Client
from privacy_gateway.config.models import policy_file
from privacy_gateway.policy.bundled import bundled_policy_names
from privacy_gateway.yamlfile import Located, did_you_mean


def policy(check: Located, doc: dict[str, Any], base: Path, default: Path) -> Path:
    """The file `policy:` names (a bundled policy's name or a path), else `default`."""
    if "policy" not in doc:
        return default
    raw = doc["policy"]
    if not isinstance(raw, str) or not raw:
        check.problem(doc, "policy", "policy must be a file path or the name of a bundled policy", at_value=True)
        return default
    path = policy_file(raw, base)
    if not path.is_file():
        check.problem(doc, "policy", f"policy file not found: {path}", at_value=True)
    return path


def shadow_policy(check: Located, doc: dict[str, Any]) -> str | None:
    """The name of the policy evaluated beside the enforced one, if any."""
    value = doc.get("shadow_policy")
    if value is not None and not isinstance(value, str):
        check.problem(doc, "shadow_policy", "shadow_policy must name a policy", at_value=True)
        return None
    return value


def _policies(check: Located, doc: dict[str, Any], base: Path, policy_path: Path, clients: tuple[Client, ...]) -> tuple[tuple[tuple[str, Path], ...], str, Path]:
    """Named policies, the default's name and path; every client's policy must resolve to a file."""
    named = _named(check, doc, base)
    default_name, policy_path = _default(check, doc, named, policy_path)
    raw_clients = doc.get("clients") if isinstance(doc.get("clients"), dict) else {}
    bind = _Binder(check, base, named, default_name or policy_path.stem)
    raw_shadow = doc.get("shadow_policy")
    if isinstance(raw_shadow, str):
        bind(raw_shadow, doc, "shadow_policy", "shadow_policy")
    for client in clients:
        if client.shadow_policy is not None:
            bind(client.shadow_policy, (raw_clients or {}).get(client.name) or {}, "shadow_policy", f"clients.{client.name}.shadow_policy")
    for client in clients:
        if client.policy is not None:
            bind(client.policy, (raw_clients or {}).get(client.name) or {}, "policy", f"clients.{client.name}.policy")
    return tuple(named.items()), default_name, policy_path


def _named(check: Located, doc: dict[str, Any], base: Path) -> dict[str, Path]:
    """The `policies:` mapping from a name to its file; each file must exist."""
    named: dict[str, Path] = {}
    raw = check.mapping(doc.get("policies", {}), doc, "policies", "policies") or {}
    for name, ref in raw.items():
        if not isinstance(ref, str) or not ref:
            check.problem(raw, name, f"policies.{name} must be a file path or the name of a bundled policy", at_value=True)
            continue
        named[str(name)] = policy_file(ref, base)
        if not named[str(name)].is_file():
            check.problem(raw, name, f"policy file not found: {named[str(name)]}", at_value=True)
    return named


def _default(check: Located, doc: dict[str, Any], named: dict[str, Path], policy_path: Path) -> tuple[str, Path]:
    """The default policy's name ("" for its file's stem) and path: `default_policy`, else one named `default`."""
    if "default_policy" not in doc:
        if "policy" not in doc and "default" in named:
            return "default", named["default"]
        return "", policy_path
    chosen = doc["default_policy"]
    if "policy" in doc:
        check.problem(doc, "default_policy", "set either 'policy' (one policy) or 'default_policy' (a name under 'policies'), not both")
    elif chosen not in named:
        check.problem(doc, "default_policy", f"default_policy {chosen!r} is not a name under 'policies'{did_you_mean(str(chosen), named)}", at_value=True)
    else:
        return str(chosen), named[str(chosen)]
    return "", policy_path


class _Binder:
    """Adds a policy referenced by name or path to `named` (a bundled policy or a file), or records why it cannot."""

    def __init__(self, check: Located, base: Path, named: dict[str, Path], default: str) -> None:
        self.check, self.base, self.named, self.default = check, base, named, default

    def __call__(self, ref: str, node: dict[Any, Any], key: str, what: str) -> None:
        if ref in self.named or ref == self.default:
            return
        path = policy_file(ref, self.base)
        if path.is_file():
            self.named[ref] = path  # bound by reference
            return
        known = [self.default, *self.named, *bundled_policy_names()]
        self.check.problem(node, key, f"{what} {ref!r} is neither a name under 'policies' nor a policy file{did_you_mean(ref, known)}", at_value=True)
