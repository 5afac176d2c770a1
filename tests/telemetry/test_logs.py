from __future__ import annotations

import io
import json
import logging

from privacy_gateway.telemetry.logs import JsonFormatter
from privacy_gateway.telemetry.logs import request_id_var


def test_json_lines_carry_the_request_id_and_no_exception_text() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("test.json")
    logger.addHandler(handler)
    token = request_id_var.set("req-123")
    try:
        logger.warning("request %s failed: %s", "req-123", "UpstreamError")
        try:
            raise ValueError("secret value Maria Gonzalez")
        except ValueError:
            logger.exception("boom")
    finally:
        request_id_var.reset(token)
        logger.removeHandler(handler)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["request_id"] == "req-123" and first["level"] == "warning" and first["message"] == "request req-123 failed: UpstreamError"
    assert second["exception"] == "ValueError"
    assert "Maria" not in stream.getvalue()


def test_plain_tracebacks_withhold_exception_messages() -> None:
    from privacy_gateway.telemetry.logs import SafeFormatter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(SafeFormatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("test.plain")
    logger.addHandler(handler)
    try:
        try:
            {}["the gibson"]
        except KeyError:
            logger.exception("request r1 failed")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "request r1 failed" in text and "builtins.KeyError (message withheld)" in text and "test_logs.py" in text
    assert "gibson" not in text
