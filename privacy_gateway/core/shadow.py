"""Shadow policies: what a second policy would have decided, on the same analysis, changing nothing.

The shadow decision reuses the enforced policy's findings (no second NLP pass). So it can only see
what the enforced policy's detector looked for: entity types the enforced policy does not simply
`allow`, found by the enforced policy's recognizers at the enforced thresholds. A shadow threshold
*higher* than the enforced one is honoured (weaker findings are dropped); a lower one cannot bring
back findings the enforced detector already discarded, and the shadow policy's own `recognizers:`
are not run. A shadow that acts on types the enforced policy allows therefore under-reports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from privacy_gateway.core.errors import GatewayError
from privacy_gateway.core.routing import RoutingInput, decide
from privacy_gateway.policy.schema import Policy

if TYPE_CHECKING:  # the shadow reads the inspection it is given; it runs no analysis of its own
    from privacy_gateway.core.privacy import Inspection

# How much each action withholds from an upstream, least first.
_STRICTNESS = {"allow": 0, "pseudonymize": 1, "redact": 2, "local_only": 3, "block": 4}
# Difference kinds, the words of the audit record, the report and /metrics.
DIFFERENCES = ("stays_local", "refused", "more_masked", "escalates", "served", "less_masked")


@dataclass(frozen=True)
class ShadowDecision:
    """What the shadow policy would have done: tier (`none` for a refusal), rule, entity actions."""

    policy: Policy
    tier: str
    decision: str
    entities: dict[str, dict[str, Any]]

    def differences(self, enforced_tier: str, enforced_entities: dict[str, dict[str, Any]]) -> tuple[str, ...]:
        """How it differs from the enforced decision (`enforced_tier` is `none` when it refused)."""
        kinds = []
        if enforced_tier == "cloud" and self.tier == "local":
            kinds.append("stays_local")
        if enforced_tier != "none" and self.tier == "none":
            kinds.append("refused")
        if enforced_tier == "local" and self.tier == "cloud":
            kinds.append("escalates")
        if enforced_tier == "none" and self.tier != "none":
            kinds.append("served")
        ranks = [(_rank(enforced_entities, t), _rank(self.entities, t)) for t in set(enforced_entities) | set(self.entities)]
        # Masking differs only for what reaches an upstream as text: pseudonymize and redact.
        if any(s > e and s in (1, 2) for e, s in ranks):
            kinds.append("more_masked")
        if any(s < e and e in (1, 2) for e, s in ranks):
            kinds.append("less_masked")
        return tuple(kinds)


def _rank(entities: dict[str, dict[str, Any]], entity_type: str) -> int:
    info = entities.get(entity_type)
    return _STRICTNESS.get(info["action"], 0) if info else 0


def shadow_decide(policy: Policy, inspection: Inspection, given: RoutingInput) -> ShadowDecision:
    """Route `inspection`'s findings under `policy`, as `decide` would, without calling anything."""
    weak = {
        t
        for t in {f.entity_type for fs in inspection.findings for f in fs}
        if all(f.score < policy.rule(t).threshold for fs in inspection.findings for f in fs if f.entity_type == t)
    }
    types = inspection.entity_types - weak
    entities = {t: {"count": n, "action": policy.rule(t).action} for t, n in inspection.entity_counts.items() if t in types}
    try:
        decision = decide(policy, replace(given, entity_types=frozenset(types)))
    except GatewayError as exc:
        return ShadowDecision(policy, "none", exc.code, entities)
    return ShadowDecision(policy, decision.tier, decision.reason, entities)
