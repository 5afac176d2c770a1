"""Detection: Presidio (spaCy NER + pattern recognizers) tuned for what the gateway protects.

Nothing is imported here: reading `detection.findings` must not load spaCy (`detection.engine` does).
"""
