"""Routing rules in isolation: what each input decides, and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacy_gateway.core.errors import BudgetExceeded, BudgetUnknown, ContentBlocked, TierUnavailable
from privacy_gateway.policy.schema import load_policy
from privacy_gateway.core.routing import RoutingInput, decide


def policy(tmp_path: Path, routing: str = "") -> object:
    path = tmp_path / "p.yaml"
    path.write_text("version: 1\nentities:\n  US_SSN: local_only\n  PERSON: pseudonymize\n  CRYPTO: block\n" + (f"routing: {{{routing}}}\n" if routing else ""))
    return load_policy(path)


def given(**changes: object) -> RoutingInput:
    base = dict(requested="default", model_is_cloud=False, entity_types=frozenset(), estimated_tokens=10, local_context_tokens=8192, cloud_available=True)
    return RoutingInput(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("routing", "changes", "tier", "reason"),
    [
        ("", {}, "local", "default_local"),
        ("", {"requested": "cloud"}, "cloud", "client_requested_cloud"),
        ("", {"model_is_cloud": True}, "cloud", "model_mapped_to_cloud"),
        ("", {"requested": "local", "model_is_cloud": True}, "local", "client_requested_local"),
        ("", {"estimated_tokens": 9000}, "cloud", "context_exceeds_local_model"),
        ("escalate_over_context: false", {"estimated_tokens": 9000}, "local", "default_local"),
        ("", {"requested": "cloud", "entity_types": frozenset({"US_SSN", "PERSON"})}, "local", "local_only_entities"),
        ("", {"estimated_tokens": 9000, "cloud_available": False}, "local", "context_exceeds_local_model_but_no_cloud"),
        ("", {"requested": "cloud", "budget_exhausted": "spent"}, "local", "cloud_budget_exhausted"),
        ("", {"requested": "cloud", "budget_exhausted": "store down", "budget_unknown": True}, "local", "cloud_budget_unknown"),
        ("client_escalation: ignore", {"requested": "cloud"}, "local", "client_escalation_ignored"),
        ("client_escalation: ignore", {"estimated_tokens": 9000}, "cloud", "context_exceeds_local_model"),
    ],
)
def test_decisions(tmp_path: Path, routing: str, changes: dict, tier: str, reason: str) -> None:
    decision = decide(policy(tmp_path, routing), given(**changes))  # type: ignore[arg-type]
    assert (decision.tier, decision.reason) == (tier, reason)


def test_refusals(tmp_path: Path) -> None:
    with pytest.raises(ContentBlocked):
        decide(policy(tmp_path), given(entity_types=frozenset({"CRYPTO"})))  # type: ignore[arg-type]
    with pytest.raises(TierUnavailable):
        decide(policy(tmp_path), given(requested="cloud", cloud_available=False))  # type: ignore[arg-type]
    with pytest.raises(BudgetExceeded):
        decide(policy(tmp_path, "over_budget: refuse"), given(requested="cloud", budget_exhausted="spent"))  # type: ignore[arg-type]
    with pytest.raises(BudgetUnknown) as unknown:  # the store is down: a 503 to retry, not a spent budget
        decide(policy(tmp_path, "over_budget: refuse"), given(requested="cloud", budget_exhausted="store down", budget_unknown=True))  # type: ignore[arg-type]
    assert (unknown.value.status, unknown.value.code) == (503, "budget_unavailable")
