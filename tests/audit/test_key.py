from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from privacy_gateway.audit import AuditKeyError, AuditLog, AuditSettings, fingerprint
from privacy_gateway.audit import key as key_module
from privacy_gateway.audit.key import KEY_FILE, load_key

from tests.audit.helpers import KEY_ENV, TEST_KEY


def test_the_environment_variable_wins(tmp_path: Path) -> None:
    assert load_key(tmp_path, KEY_ENV, create=True) == TEST_KEY.encode()
    assert not (tmp_path / KEY_FILE).exists()


def test_a_short_key_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, "short")
    with pytest.raises(AuditKeyError, match="shorter than"):
        load_key(tmp_path, KEY_ENV, create=True)


def test_without_the_variable_a_private_key_file_is_made_once_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(KEY_ENV)
    monkeypatch.setattr(key_module, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="privacy_gateway.audit"):
        first = load_key(tmp_path, KEY_ENV, create=True)
        second = load_key(tmp_path, KEY_ENV, create=True)
    assert first == second and len(first) == 64
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    assert len([r for r in caplog.records if KEY_ENV in r.getMessage()]) == 1


def test_readers_never_make_a_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_ENV)
    with pytest.raises(AuditKeyError, match=KEY_ENV):
        load_key(tmp_path, KEY_ENV, create=False)
    assert not (tmp_path / KEY_FILE).exists()


def test_a_key_file_moved_into_the_variable_keeps_fingerprints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_ENV)
    with AuditLog(AuditSettings(path=tmp_path / "audit.jsonl", fsync="never")) as log:
        before = log.fingerprint("078-05-1120")
    monkeypatch.setenv(KEY_ENV, (tmp_path / KEY_FILE).read_text())
    assert fingerprint("078-05-1120", load_key(tmp_path, KEY_ENV, create=False)) == before
