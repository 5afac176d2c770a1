"""Errors raised by the audit package. None of their messages ever quotes a record value.

    AuditError
    ├── AuditRecordError   the writer refuses a record: unknown field, or a value of the wrong shape
    ├── AuditKeyError      no usable fingerprint key (unset and no key file, or too short)
    └── AuditLogError      the log cannot be opened or written (held by another process, closed,
        │                  its last record unreadable)
        └── AuditWriteError  a line could not be written (a full disk); the next line counts it
"""

from __future__ import annotations


class AuditError(Exception):
    """Base class for audit log errors."""


class AuditRecordError(AuditError, ValueError):
    """A record holds a field outside the allow-list or a value of the wrong shape."""


class AuditKeyError(AuditError):
    """The fingerprint key is missing or unusable."""


class AuditLogError(AuditError):
    """The log file cannot be opened, continued or written."""


class AuditWriteError(AuditLogError):
    """A line could not be written or synced; the log counts it in its next `records_lost` event."""
