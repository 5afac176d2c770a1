"""Where the fingerprint key comes from: an environment variable, or else a file beside the log.

The key is the text of the variable (or of the file), used as UTF-8 bytes, so a key file's content
can be moved into the variable unchanged and old fingerprints still match.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from privacy_gateway.audit.errors import AuditKeyError

KEY_ENV = "PRIVACY_GATEWAY_AUDIT_KEY"
KEY_FILE = ".audit-key"
MIN_KEY_CHARS = 16

log = logging.getLogger("privacy_gateway.audit")
_warned: set[Path] = set()


def load_key(log_dir: Path, env_var: str, *, create: bool) -> bytes:
    """The key from `$env_var`, else from `log_dir/.audit-key`, generating that file if `create`."""
    text = os.environ.get(env_var, "").strip()
    if text:
        return _checked(text, f"${env_var}")
    path = log_dir / KEY_FILE
    if create:
        _create_key_file(path)
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise AuditKeyError(
            f"no fingerprint key: ${env_var} is unset and {path} does not exist; "
            f"set ${env_var} to the key the gateway used"
        ) from None
    _warn_once(path, env_var)
    return _checked(text, str(path))


def _checked(text: str, source: str) -> bytes:
    if len(text) < MIN_KEY_CHARS:
        raise AuditKeyError(f"the fingerprint key in {source} is shorter than {MIN_KEY_CHARS} characters")
    return text.encode("utf-8")


def _create_key_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # made earlier, or by a concurrent process: use theirs
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secrets.token_hex(32) + "\n")
        f.flush()
        os.fsync(f.fileno())


def _warn_once(path: Path, env_var: str) -> None:
    if path in _warned:
        return
    _warned.add(path)
    log.warning(
        "audit fingerprint key read from %s because $%s is unset; anyone who can read that file "
        "and the log can test guesses against the fingerprints. Set $%s to a secret kept elsewhere.",
        path, env_var, env_var,
    )
    if path.stat().st_mode & 0o077:
        log.warning("audit key file %s is readable by group or others; chmod 600 it", path)
