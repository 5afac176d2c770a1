"""Log formatting that keeps personal data out: plain by default, JSON lines (with the request id) opt-in.

Log calls in the gateway pass identifiers, codes and counts, never request or answer text. An
exception's message, though, can quote the input that caused it (a KeyError on a value, a
ValueError on a field), so tracebacks are written as frames and the exception type only.
"""

from __future__ import annotations

import json
import logging
import traceback
from datetime import datetime, timezone
from types import TracebackType
from contextvars import ContextVar
from typing import Any

# Set by the request-id middleware for the request being handled; every log line carries it.
request_id_var: ContextVar[str] = ContextVar("request_id", default="-")



def safe_traceback(exc_info: tuple[type[BaseException], BaseException, TracebackType | None]) -> str:
    """Where an exception happened and what type it was, without its message."""
    kind, _, tb = exc_info
    frames = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in traceback.extract_tb(tb)]
    return "\n".join(["Traceback (most recent call last):", *frames, f"{kind.__module__}.{kind.__qualname__} (message withheld)"])


class SafeFormatter(logging.Formatter):
    """The plain format, with tracebacks that withhold exception messages."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        return safe_traceback(ei)


class JsonFormatter(logging.Formatter):
    """`{"time", "level", "logger", "message", "request_id"[, access-log fields][, "exception"]}` per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id_var.get(),
        }
        access = getattr(record, "access", None)
        if isinstance(access, dict):  # method, path, status, latency_ms (see web/middleware/access_log.py)
            entry.update(access)
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__  # the type only: a message may quote input
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str, *, json_logs: bool) -> None:
    """Set up the root logger (and uvicorn's) for plain or JSON output."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if json_logs else SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
