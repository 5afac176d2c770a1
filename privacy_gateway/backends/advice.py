"""What to say about a backend that cannot serve: where it was looked for, and what to do next.

Error messages, `privacy-gateway doctor`, the start-up warnings and `/readyz` all take their words
from here, so an operator reads the same advice wherever the problem shows.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from privacy_gateway.config.models import BackendSettings

EMBEDDED = "no Ollama? `scripts/embedded-model`, then `privacy-gateway serve --config configs/embedded-model.yaml`"


def where(settings: BackendSettings) -> str:
    """The server's address without credentials or query (`http://127.0.0.1:11434`)."""
    parts = urlsplit(settings.url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path.rstrip('/')}"


def unreachable(settings: BackendSettings, tier: str) -> str:
    """What to do when nothing answers at the backend's url."""
    if tier == "local" and settings.kind == "ollama":
        return f"start Ollama there (`ollama serve`) and fetch the model (`ollama pull {settings.model}`); {EMBEDDED}"
    if tier == "local":
        return "start the model server there (for the embedded model: `scripts/embedded-model`), or point backends.local.url at a running one"
    return "check that this machine can reach it (proxy, firewall, DNS), or remove backends.cloud to serve everything locally"


def model_missing(settings: BackendSettings, tier: str, available: list[str]) -> str:
    """What to do when the server answers but does not have the configured model."""
    listed = f" (it has: {', '.join(available[:8])}{'…' if len(available) > 8 else ''})" if available else " (it has none)"
    if settings.kind == "ollama":
        return f"`ollama pull {settings.model}`, or set backends.{tier}.model to a model it has{listed}"
    return f"load {settings.model} in the server, or set backends.{tier}.model to a model it serves{listed}"


def key_missing(settings: BackendSettings) -> str:
    """What to do when the cloud key's environment variable is unset."""
    return f"export {settings.api_key_env}=<your key> before starting the gateway, or remove backends.cloud to serve everything locally"


def rejected_key(settings: BackendSettings) -> str:
    """What to do when the upstream refuses the key."""
    return f"check the key in ${settings.api_key_env}" if settings.api_key_env else "check the backend's credentials"
