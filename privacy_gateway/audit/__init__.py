"""The compliance audit log: one hash-chained record per request, no personal values, ever.

    log = AuditLog(AuditSettings(path=Path("audit/audit.jsonl")))
    log.write({"time": ..., "request_id": ..., "entities": {...}, "fingerprints": [...], ...})

Reviewers use `privacy-gateway audit verify | search | report` (see docs/audit.md).
"""

from __future__ import annotations

from privacy_gateway.audit.errors import AuditError, AuditKeyError, AuditLogError, AuditRecordError, AuditWriteError
from privacy_gateway.audit.fingerprint import fingerprint
from privacy_gateway.audit.log import AuditLog, AuditSettings
from privacy_gateway.audit.report import Report, summarise
from privacy_gateway.audit.search import Query, RecordReader, search
from privacy_gateway.audit.verify import VerifyResult, verify_log

__all__ = [
    "AuditError",
    "AuditKeyError",
    "AuditLog",
    "AuditLogError",
    "AuditRecordError",
    "AuditSettings",
    "AuditWriteError",
    "Query",
    "RecordReader",
    "Report",
    "VerifyResult",
    "fingerprint",
    "search",
    "summarise",
    "verify_log",
]
