"""Opt-in structured JSON logs, one object per line, carrying the request id.

Log calls in the gateway pass identifiers, codes and counts as arguments, never request or answer
text; this formatter adds nothing from requests either, only the id from the request context.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from privacy_gateway.middleware.request_id import request_id_var


class JsonFormatter(logging.Formatter):
    """`{"time", "level", "logger", "message", "request_id"[, "exception"]}` per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id_var.get(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__  # the type only: a message may quote input
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str, *, json_logs: bool) -> None:
    """Set up the root logger (and uvicorn's) for plain or JSON output."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if json_logs else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
