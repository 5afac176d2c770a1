"""Detection: Presidio (spaCy NER + pattern recognizers) tuned for what the gateway protects."""

from __future__ import annotations

from privacy_gateway.detection.engine import Detector, Finding, build_analyzer

__all__ = ["Detector", "Finding", "build_analyzer"]
