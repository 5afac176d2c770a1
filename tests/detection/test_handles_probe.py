"""Logins made from mimesis names of every Latin-script locale, in the places tools print them
(`handle_probe`): where the place says an account stands, the login never reaches the cloud,
whatever its words; over all places, recall stays at the floor `scripts/probe_handles.py` measured."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.core.spans import mask_spans
from privacy_gateway.detection.engine import Detector
from tests.detection.handle_probe import CARRIERS, FORMS, LOCALES, case, cases, leaked, names

# Places that say an account stands there: a tool's account column or field, a path under a home
# or a user folder, a command's account flag, a directory entry, a mention, a login column.
_POSITIONS = (
    "sshd", "ls", "arn", "s3", "postgres", "id", "kerberos", "ansible", "gerrit", "json", "onedrive", "irc", "codeowners",
    "kubectl", "mysql", "chown", "windows", "table", "ldap", "docker", "kv-log", "last", "blame", "home",
)


def _leaks(detector: Detector, probes: list) -> list[bool]:  # type: ignore[type-arg]
    found = detector.analyze([p.text for p in probes])
    out = []
    for probe, findings in zip(probes, found):
        (spans,) = mask_spans([probe.text], [findings])
        out.append(leaked(probe, [(s.start, s.end) for s in spans]))
    return out


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.sampled_from(LOCALES), st.integers(0, 29), st.sampled_from([f for f in FORMS if f != "camel"]), st.sampled_from(_POSITIONS))
def test_a_login_where_an_account_stands_is_masked(detector: Detector, locale: str, which: int, form: str, carrier: str) -> None:
    pool = names(locale, 30, seed=7)
    given_name, family = pool[which % len(pool)]
    probe = case(locale, given_name, family, form, carrier)
    assert _leaks(detector, [probe]) == [False], probe.text


def test_recall_over_every_place_and_make_stays_at_its_floor(detector: Detector) -> None:
    """97.8 % when measured (the rest: logins after "opened by" or opening a sentence, made of words
    the lists lack or WordNet has, `pastor.i`, `bank_mora`); no place below 80 %."""
    probes = cases()
    leaks = _leaks(detector, probes)
    assert sum(leaks) / len(leaks) <= 0.025
    by_carrier: Counter[str] = Counter(p.carrier for p, bad in zip(probes, leaks) if bad)
    assert all(by_carrier[c] / sum(p.carrier == c for p in probes) <= 0.2 for c in CARRIERS), by_carrier
