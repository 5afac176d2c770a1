"""End to end: labelled corpora through the gateway, escalation asked for, scored on what the fake cloud saw.

Goals (issue 3, eval/dev/README.md): no leak of emails, phones, IPs, cards, SSNs, IBANs or
driver's licences; PERSON at most 1% verbatim / 3% by token, LOCATION 5% / 15%; no prompt with
an SSN or a card reaching the cloud; at most 1 in 20 PII-free prompts altered.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from privacy_gateway.config.settings import Limits
from privacy_gateway.testing.leak_metric import GOALS, MAX_ALTERED_PII_FREE, LeakReport, Sample, body_text, load_corpus, score
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

HERE = Path(__file__).resolve().parent
DEV_CORPUS = HERE.parents[1] / "eval" / "dev" / "dev.jsonl"
PII_FREE = HERE / "data" / "pii_free.jsonl"
INTERNATIONAL = HERE / "data" / "international.jsonl"
STRUCTURE = HERE / "data" / "structure.jsonl"


async def through_gateway(gateway: GatewayFactory, fakes: FakeUpstreams, samples: list[Sample]) -> LeakReport:
    seen: dict[str, str | None] = {}
    # A corpus is one client sending hundreds of prompts at once: no rate limit.
    async with gateway(limits=Limits(requests_per_minute=0)) as client:
        for s in samples:
            before = len(fakes.cloud_requests)
            response = await client.post("/v1/chat/completions", json=chat(s.text), headers=CLOUD)
            assert response.status_code == 200, (s.id, response.status_code, response.text[:200])
            received = fakes.cloud_requests[before:]
            seen[s.id] = "\n".join(body_text(b) for b in received) if received else None
    return score(samples, seen)


def assert_goals(report: LeakReport, samples: list[Sample]) -> None:
    for entity, tally in report.per_type.items():
        leaks = [(leak.sample_id, leak.value) for leak in report.leaks if leak.type == entity]
        max_verbatim, max_token = GOALS.get(entity, (0.0, 0.0))
        verbatim = [leak for leak in report.leaks if leak.type == entity and leak.verbatim]
        assert tally.rate(len(verbatim)) <= max_verbatim, (entity, leaks)
        assert tally.rate(len(leaks)) <= max_token, (entity, leaks)
    assert report.misrouted == []
    if report.pii_free_n:
        assert len(report.altered) / report.pii_free_n <= MAX_ALTERED_PII_FREE, report.altered


async def test_dev_corpus_meets_the_goals(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    samples = load_corpus(DEV_CORPUS)
    report = await through_gateway(gateway, fakes, samples)
    assert report.per_type["PERSON"].n > 100 and report.local_only_n > 20  # the corpus really was read
    assert_goals(report, samples)


async def test_pii_free_technical_prompts_pass_untouched(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    samples = load_corpus(PII_FREE)
    report = await through_gateway(gateway, fakes, samples)
    assert report.pii_free_n == len(samples)
    assert len(report.altered) / report.pii_free_n <= MAX_ALTERED_PII_FREE, report.altered


async def test_international_contact_details_do_not_leak(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    samples = load_corpus(INTERNATIONAL)
    report = await through_gateway(gateway, fakes, samples)
    assert report.misrouted == []
    for entity in ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "US_DRIVER_LICENSE", "LOCATION"):
        assert [leak.value for leak in report.leaks if leak.type == entity] == [], entity
    # "olivia brennan", written all in lower case, is found after its cue word.
    assert [leak.value for leak in report.leaks if leak.type == "PERSON"] == []


async def test_records_transcripts_addresses_and_local_phones_do_not_leak(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    """Values typed by their key, speaker labels, address blocks, bare postcodes and national phone
    numbers (issue 18), and technical prompts naming software like people, which pass untouched."""
    samples = load_corpus(STRUCTURE)
    report = await through_gateway(gateway, fakes, samples)
    assert report.pii_free_n >= 10 and report.per_type["PERSON"].n >= 15  # the corpus really was read
    assert [(leak.sample_id, leak.value) for leak in report.leaks] == []
    assert report.altered == []
