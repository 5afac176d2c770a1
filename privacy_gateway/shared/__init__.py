"""State that several gateway processes share: per-client rate-limit buckets (SQLite on one host, Redis across hosts)."""
