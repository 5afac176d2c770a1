"""The gateway's own recognizers, added to Presidio's defaults."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def gateway_recognizers() -> list[EntityRecognizer]:
    """Recognizers the gateway adds to every analyzer."""
    return []
