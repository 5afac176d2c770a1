"""The policy settings: `policy`, `policies`, `default_policy`, `shadow_policy` and each client's binding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from privacy_gateway.config.clients import Client
from privacy_gateway.config.models import policy_file
from privacy_gateway.policy.bundled import bundled_policy_names
from privacy_gateway.yamlfile import Located, did_you_mean


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
