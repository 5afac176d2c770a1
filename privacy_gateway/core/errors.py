"""Errors the gateway answers with. Each ingress renders them in its own API's error shape.

    GatewayError                 status, code, message: safe to show the client (never a value)
    ├── BadRequest               400: the client's request is malformed
    ├── PayloadTooLarge          413: over a size limit (body, messages, text)
    ├── ContentBlocked           400: the policy blocks an entity type found in the request
    ├── BudgetExceeded           429: the client's cloud budget is spent (policy: refuse)
    ├── TierUnavailable          503: the tier the request must use is not configured or down
    ├── AuditUnavailable         503: the request's audit record cannot be written (policy: refuse)
    └── UpstreamError            502 / 503 / 504: a backend failed

Each error has a neutral `kind` (whose side the problem is on); each ingress maps it to its API's
own error names at the edge.
"""

from __future__ import annotations

from typing import Literal

ErrorKind = Literal[
    "invalid_request",  # the client sent something the gateway will not serve
    "rate_limited",  # the client is over a rate or budget
    "unavailable",  # the gateway cannot serve now (a tier, the analyzer, the audit log)
    "upstream",  # a backend failed
    "unscreened",  # a backend answered, but its answer could not be screened
    "internal",  # the gateway itself failed
]


class GatewayError(Exception):
    """An error with a status and a message that is safe to send to the client."""

    status = 500
    code = "internal_error"
    kind: ErrorKind = "internal"

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None, kind: ErrorKind | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code
        if kind is not None:
            self.kind = kind


class BadRequest(GatewayError):
    """The request is malformed; the message names the problem."""

    status = 400
    code = "invalid_request"
    kind = "invalid_request"


class PayloadTooLarge(GatewayError):
    """The request is over one of the gateway's size limits."""

    status = 413
    code = "request_too_large"
    kind = "invalid_request"


class ContentBlocked(GatewayError):
    """The policy blocks an entity type present in the request."""

    status = 400
    code = "content_blocked"
    kind = "invalid_request"

    def __init__(self, message: str, entity_types: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.entity_types = entity_types


class BudgetExceeded(GatewayError):
    """The client's cloud budget is spent and the policy refuses escalations past it."""

    status = 429
    code = "budget_exceeded"
    kind = "rate_limited"


class BudgetUnknown(GatewayError):
    """The client has a budget, its spend store cannot be read, and the policy refuses escalations over budget."""

    status = 503
    code = "budget_unavailable"
    kind = "unavailable"


class TierUnavailable(GatewayError):
    """The tier this request must be served by is not configured or not reachable."""

    status = 503
    code = "tier_unavailable"
    kind = "unavailable"


class AuditUnavailable(GatewayError):
    """The audit log cannot be written, and requests without a record are refused."""

    status = 503
    code = "audit_unavailable"
    kind = "unavailable"


class UpstreamError(GatewayError):
    """A backend failed: could not connect, timed out, answered with an error or broke its format."""

    status = 502
    code = "upstream_error"
    kind = "upstream"

    def __init__(
        self,
        message: str,
        *,
        status: int = 502,
        code: str = "upstream_error",
        retryable: bool = False,
        upstream_status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.retryable = retryable
        self.upstream_status = upstream_status
        self.retry_after = retry_after
