from __future__ import annotations

import privacy_gateway.audit as audit


def test_public_surface() -> None:
    assert set(audit.__all__) == {
        "AuditError", "AuditKeyError", "AuditLog", "AuditLogError", "AuditRecordError", "AuditSettings", "AuditWriteError",
        "Query", "RecordReader", "Report", "VerifyResult", "fingerprint", "search", "summarise", "verify_log",
    }
    for name in audit.__all__:
        assert getattr(audit, name).__doc__
