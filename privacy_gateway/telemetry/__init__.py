"""Metrics and logs that carry types and counts, never personal data."""
