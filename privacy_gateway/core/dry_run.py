"""What the gateway would do with one prompt, without calling any model.

`privacy-gateway scan` and `privacy-gateway policy test` both run this: the same privacy core, the
same routing decision and the same pseudonymizer a request goes through, stopped just before a
backend would be called. There is no second implementation to drift from the real one.
"""

from __future__ import annotations

from dataclasses import dataclass

from privacy_gateway.core.chat import ChatRequest, Message, TextPart
from privacy_gateway.config.models import BackendSettings
from privacy_gateway.core.errors import ContentBlocked
from privacy_gateway.policy.schema import Action, Policy
from privacy_gateway.core.privacy import Inspection, PrivacyCore
from privacy_gateway.core.routing import Requested, RoutingInput, decide

DEFAULT_CONTEXT_TOKENS = BackendSettings.context_tokens


@dataclass(frozen=True)
class Entity:
    """One masked span of the prompt: its type, value, detector score and the policy's action."""

    entity_type: str
    start: int
    end: int
    text: str
    score: float | None  # None: not detected here, masked because the same value was found elsewhere
    action: Action


@dataclass(frozen=True)
class DryRun:
    """The outcome for one prompt. `cloud_text` is None when the cloud receives nothing."""

    policy: Policy
    text: str
    requested: Requested
    entities: tuple[Entity, ...]
    entity_types: tuple[str, ...]
    tier: str  # "local", "cloud", or "blocked" (nobody is called)
    reason: str
    local_only_types: tuple[str, ...]
    cloud_text: str | None
    local_text: str | None


async def dry_run(
    core: PrivacyCore,
    text: str,
    *,
    requested: Requested = "cloud",
    context_tokens: int = DEFAULT_CONTEXT_TOKENS,
) -> DryRun:
    """Inspect `text` as one user message and route it as a gateway with both tiers up would."""
    policy = core.policy
    request = ChatRequest(messages=(Message("user", (TextPart(text),)),))
    inspection = await core.inspect(request)
    entities = _entities(inspection.texts[0], inspection, policy)
    types = tuple(sorted(inspection.entity_types))
    try:
        decision = decide(
            policy,
            RoutingInput(
                requested=requested,
                model_is_cloud=False,
                entity_types=inspection.entity_types,
                estimated_tokens=inspection.estimated_tokens,
                local_context_tokens=context_tokens,
                cloud_available=True,
            ),
        )
    except ContentBlocked as exc:  # a `block` entity: the request is refused, nobody sees it
        return DryRun(policy, text, requested, entities, types, "blocked", exc.code, (), None, None)
    if decision.tier == "cloud":
        outgoing, _ = inspection.for_cloud()
        return DryRun(policy, text, requested, entities, types, "cloud", decision.reason, decision.local_only_types, outgoing.messages[0].text, None)
    local = inspection.for_local()
    return DryRun(policy, text, requested, entities, types, "local", decision.reason, decision.local_only_types, None, local.messages[0].text)


def _entities(text: str, inspection: Inspection, policy: Policy) -> tuple[Entity, ...]:
    findings = inspection.findings[0]
    out = []
    for span in inspection.spans[0]:
        scores = [f.score for f in findings if f.entity_type == span.entity_type and f.start < span.end and span.start < f.end]
        out.append(Entity(span.entity_type, span.start, span.end, text[span.start : span.end], max(scores) if scores else None, policy.rule(span.entity_type).action))
    return tuple(out)
