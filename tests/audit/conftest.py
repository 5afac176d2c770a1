"""A fixed key in the environment for every audit test; the helpers tests import are in `helpers.py`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.audit.helpers import KEY_ENV, TEST_KEY


@pytest.fixture(autouse=True)
def audit_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with a known key in the environment unless it removes it."""
    monkeypatch.setenv(KEY_ENV, TEST_KEY)
    return TEST_KEY


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "audit" / "audit.jsonl"
