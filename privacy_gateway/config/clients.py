"""API keys: each names a client and the policy its requests run under. Only hashes are stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

KEY_PREFIX = "pgw_"


@dataclass(frozen=True)
class Client:
    """A caller the gateway knows: its name, its key's SHA-256 and its policy."""

    name: str
    key_sha256: str
    policy: str | None = None
    shadow_policy: str | None = None  # evaluated beside `policy`, for the audit log only


def new_key() -> str:
    """A fresh random API key (256 bits)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_hash(key: str) -> str:
    """The hex SHA-256 stored in config. Keys are random, so a fast hash is enough."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def identify(key: str, clients: tuple[Client, ...]) -> Client | None:
    """The client owning `key`, comparing in constant time against every known hash."""
    digest = key_hash(key)
    found = None
    for client in clients:
        if hmac.compare_digest(digest, client.key_sha256):
            found = client
    return found


def config_line(name: str, key: str, policy: str | None) -> str:
    """The YAML line to put under `clients:` for a new key."""
    policy_part = f", policy: {policy}" if policy else ""
    return f"  {name}: {{key_sha256: {key_hash(key)}{policy_part}}}"
