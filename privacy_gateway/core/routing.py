"""Decide which tier serves a request: local first, cloud only when asked or needed, and allowed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from privacy_gateway.core.errors import BudgetExceeded, BudgetUnknown, BadRequest, ContentBlocked, TierUnavailable
from privacy_gateway.policy.schema import Policy

Tier = Literal["local", "cloud"]
Requested = Literal["local", "cloud", "default"]


class ImagesNotServed(BadRequest):
    """The request holds images that no tier may serve: the policy or the local model rules it out."""

    code = "images_not_served"


@dataclass(frozen=True)
class RoutingDecision:
    """The tier that serves the request, and the rule that decided it."""

    tier: Tier
    requested: Requested
    reason: str
    local_only_types: tuple[str, ...] = ()

    def explained(self) -> str:
        """The rule that decided, with the entity types it looked at: `local_only_entities: US_SSN`."""
        return explain(self.reason, self.local_only_types)


def explain(rule: str, entity_types: tuple[str, ...] = ()) -> str:
    """`rule: TYPE, TYPE` (types, never values), or the rule alone; the `X-Privacy-Decision` header's words."""
    return f"{rule}: {', '.join(entity_types)}" if entity_types else rule


@dataclass(frozen=True)
class RoutingInput:
    """What routing looks at: never the text itself, only what was asked and what was found."""

    requested: Requested
    model_is_cloud: bool
    entity_types: frozenset[str]
    estimated_tokens: int
    local_context_tokens: int
    cloud_available: bool
    cloud_disabled_reason: str | None = None
    budget_exhausted: str | None = None  # why this client may not spend more on the cloud now
    budget_unknown: bool = False  # ...because its spend could not be read (the store is down)
    has_images: bool = False
    local_vision: bool = False


def decide(policy: Policy, given: RoutingInput) -> RoutingDecision:
    """Apply the routing rules; raises `ContentBlocked`, `ImagesNotServed` or `TierUnavailable` when no tier may serve."""
    blocked = _with_action(policy, given.entity_types, "block")
    if blocked:
        raise ContentBlocked(f"the request holds data this gateway's policy blocks: {', '.join(blocked)}", blocked)
    decision = _decide_tier(policy, given)
    if given.has_images and decision.tier == "local" and not given.local_vision:
        raise ImagesNotServed(
            f"the request holds images and {_why_local(decision)}, but the local model does not read images "
            "(backends.local.vision is false)"
        )
    return decision


def _why_local(decision: RoutingDecision) -> str:
    if decision.reason == "images_stay_local":
        return "this gateway's policy keeps images on this machine (routing.images: local)"
    if decision.reason == "client_requested_local":
        return "the local tier was asked for"
    if decision.local_only_types:
        return f"it holds data that may not leave the machine ({', '.join(decision.local_only_types)})"
    return "no cloud tier is configured"


def _decide_tier(policy: Policy, given: RoutingInput) -> RoutingDecision:
    if given.has_images:
        # The analyzer cannot see inside an image, so only the policy may let one leave the machine.
        if policy.routing.images == "refuse":
            raise ImagesNotServed("this gateway's policy refuses requests with images (routing.images: refuse)")
        if policy.routing.images == "local":
            return RoutingDecision("local", given.requested, "images_stay_local")
    if given.requested == "local":
        return RoutingDecision("local", given.requested, "client_requested_local")

    explicit = given.requested == "cloud" or given.model_is_cloud  # the client asked for the cloud
    if explicit and policy.routing.client_escalation == "ignore":
        return RoutingDecision("local", given.requested, "client_escalation_ignored")
    escalation = _escalation(policy, given)
    if escalation is None:
        return RoutingDecision("local", given.requested, "default_local")

    local_only = _with_action(policy, given.entity_types, "local_only")
    if local_only:
        return RoutingDecision("local", given.requested, "local_only_entities", local_only)
    if not given.cloud_available:
        if explicit:
            raise TierUnavailable(
                f"the cloud tier was asked for, but {given.cloud_disabled_reason or 'it is not configured'}; "
                "send the request without X-Privacy-Tier: cloud (or a cloud model name) to have it served locally",
                code="cloud_not_configured",
            )
        return RoutingDecision("local", given.requested, f"{escalation}_but_no_cloud")
    if given.budget_exhausted:
        if policy.routing.over_budget == "refuse":
            if given.budget_unknown:
                raise BudgetUnknown(f"{given.budget_exhausted}; the policy refuses escalations it cannot charge, so try again shortly")
            raise BudgetExceeded(f"{given.budget_exhausted}; the policy refuses escalations over budget")
        return RoutingDecision("local", given.requested, "cloud_budget_unknown" if given.budget_unknown else "cloud_budget_exhausted")
    return RoutingDecision("cloud", given.requested, escalation)


def _escalation(policy: Policy, given: RoutingInput) -> str | None:
    """Why the request would go to the cloud, were nothing to keep it local; None to stay local."""
    if given.requested == "cloud":
        return "client_requested_cloud"
    if given.model_is_cloud:
        return "model_mapped_to_cloud"
    if policy.routing.escalate_over_context and given.estimated_tokens > given.local_context_tokens:
        return "context_exceeds_local_model"
    if given.has_images and not given.local_vision:
        return "local_model_cannot_read_images"
    return None


def _with_action(policy: Policy, types: Iterable[str], action: str) -> tuple[str, ...]:
    return tuple(sorted(t for t in types if policy.rule(t).action == action))
