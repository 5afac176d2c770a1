"""What may stop `serve` (or one of its workers) from starting, told as messages rather than tracebacks."""

from __future__ import annotations

from privacy_gateway.yamlfile import FileProblems


def startup_errors() -> tuple[type[Exception], ...]:
    """What may stop start-up with a message instead of a traceback (imported only when one happens)."""
    from privacy_gateway.audit.errors import AuditError
    from privacy_gateway.detection.engine import DetectorUnavailable

    return (FileProblems, DetectorUnavailable, AuditError, OSError)


def startup_problems(exc: Exception, config_path: str | None) -> list[str]:
    """What stops the gateway from starting, one line each, with what to do about it."""
    if isinstance(exc, FileProblems):
        return [str(problem) for problem in exc.problems]
    if isinstance(exc, OSError):
        return [f"{exc.filename or 'a file'}: {exc.strerror}; check audit.path and the policy paths in the config"]
    return [f"{exc}; `privacy-gateway doctor{' --config ' + config_path if config_path else ''}` checks the whole setup"]
