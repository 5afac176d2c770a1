"""A gateway configuration for tests and benchmarks: it lives here, not on `GatewayConfig`, so the
runtime package carries no test defaults."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from privacy_gateway.config.models import BackendSettings, GatewayConfig, Limits
from privacy_gateway.policy.bundled import bundled_policy


def config_for_tests(tmp: Path | None = None, **changes: Any) -> GatewayConfig:
    """Local Ollama and cloud Anthropic at fake URLs (see `fake_upstreams`), default policy."""
    config = GatewayConfig(
        policy_path=bundled_policy("default"),
        local=BackendSettings("ollama", "http://local.test", "llama3.2"),
        cloud=BackendSettings("anthropic", "http://cloud.test", "claude-sonnet-4-20250514", api_key_env="PG_TEST_CLOUD_KEY"),
        audit_path=(tmp or Path(os.environ.get("TMPDIR", "/tmp"))) / "audit.jsonl",
        source="test defaults",
    )
    return replace(config, **{"limits": Limits(requests_per_minute=0), "analyzer_processes": 0, **changes})
