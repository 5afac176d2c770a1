"""The bounded map behind the per-form caches: never past its limit, the oldest entries go first."""

from __future__ import annotations

from privacy_gateway.detection.bounded import BoundedMap


def test_the_oldest_entries_go_and_a_tenth_more() -> None:
    forms: BoundedMap[int, str] = BoundedMap(20)
    forms.remember({i: str(i) for i in range(20)})
    assert len(forms) == 20
    forms.remember({20: "20"})
    assert len(forms) == 18 and 0 not in forms and 2 not in forms and 3 in forms and forms[20] == "20"


def test_a_batch_larger_than_the_limit_keeps_its_newest() -> None:
    forms: BoundedMap[int, int] = BoundedMap(10)
    forms.remember({i: i for i in range(25)})
    assert sorted(forms) == list(range(16, 25))
