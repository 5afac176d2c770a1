"""What the gateway learns about one request as it goes: the audit record's and the metrics' source."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from privacy_gateway.core.chat import Usage
from privacy_gateway.core.errors import ContentBlocked, GatewayError
from privacy_gateway.core.routing import Requested, explain

if TYPE_CHECKING:  # what the gateway puts in the record; reading the record needs none of them loaded
    from privacy_gateway.core.answers import AnswerScreen
    from privacy_gateway.core.restore import Restorer
    from privacy_gateway.core.shadow import ShadowDecision
    from privacy_gateway.policy.schema import Policy


@dataclass
class Exchange:
    """What the audit log learns about one request: types, counts and outcomes, never text."""

    request_id: str
    ingress: str
    requested: Requested = "default"
    client: str = "anonymous"
    started: float = field(default_factory=time.monotonic)
    decision: str | None = None  # the rule that decided: a routing reason, or the refusal's error code
    decision_types: tuple[str, ...] = ()  # the entity types the rule looked at (never values)
    served_tier: str | None = None
    backend: str | None = None
    model: str | None = None
    failover: bool = False
    fallbacks: list[str] = field(default_factory=list)  # backends that failed before another of their tier was tried
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    values: list[tuple[str, str]] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    restorer: Restorer | None = None
    status: int = 200
    outcome: str = "ok"
    error: str | None = None
    analysis_seconds: float | None = None
    first_byte_seconds: float | None = None
    cost_usd: float | None = None
    saved_usd: float | None = None
    shadow_policy: Policy | None = field(default=None, repr=False)  # evaluated beside the enforced one
    shadow: ShadowDecision | None = None
    planned_tier: str = "none"  # the tier the enforced policy chose, before any failover
    answers: AnswerScreen | None = None  # the policy's `answers:` screen, when it has one
    # Called before each upstream call, with the tier about to be called already noted; it may
    # raise (a GatewayError) to stop the call. The web layer writes the audit reservation here.
    before_upstream: Callable[[Exchange], None] | None = field(default=None, repr=False)

    @property
    def explained_decision(self) -> str:
        """What `X-Privacy-Decision` says: the deciding rule and its entity types, or `none`."""
        return explain(self.decision, self.decision_types) if self.decision else "none"

    @property
    def shadow_differences(self) -> tuple[str, ...]:
        """How the shadow policy's decision differs from the enforced one (empty without a shadow)."""
        return self.shadow.differences(self.planned_tier, self.entities) if self.shadow else ()

    @property
    def tier(self) -> str:
        """The tier that served the request, as `X-Privacy-Tier` said: `none` when it was refused or failed before any answer."""
        unanswered = self.outcome == "refused" or (self.outcome == "failed" and self.status >= 400)
        return self.served_tier if self.served_tier and not unanswered else "none"

    def fail(self, error: GatewayError) -> None:
        """Record a refusal or failure; a request refused before routing is decided by the refusal."""
        self.status = error.status
        self.error = error.code
        if self.decision is None:
            self.decision = error.code
            self.decision_types = error.entity_types if isinstance(error, ContentBlocked) else ()
        self.outcome = "refused" if error.status < 500 or error.code in ("cloud_not_configured", "local_only_unavailable") else "failed"
