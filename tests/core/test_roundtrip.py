"""With a cloud that echoes what it received, the client reads back exactly what it sent.

Texts are corpus rows (`testing.roundtrip.corpus_texts`, never a holdout split), prompts made of
names, name parts, usernames, common words that are also names, markup and text shaped like
placeholders, and both glued together. Each goes to the cloud through all three ingresses, whole
and streamed in random frame splits, echoed as it came or with its placeholders rewritten the ways
models rewrite them. The default run tries a few dozen texts; `-m slow` runs many more and every
corpus row.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.roundtrip import (
    FRAGMENTS, INGRESSES, SEPARATORS, RewritingEcho, corpus_texts, exact_echo, random_splits, rewriting_echo, round_trip,
)
from privacy_gateway.web.app import create_app
from privacy_gateway.testing.configs import config_for_tests

CORPUS = [text for _, _, text in corpus_texts()]
generated = st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=10).map(
    lambda parts: "".join(f + s for f, s in parts)
)
prompts = st.one_of(
    st.sampled_from(CORPUS),
    generated,
    st.tuples(st.sampled_from(CORPUS), st.sampled_from(SEPARATORS), generated).map("".join),
    st.tuples(generated, st.sampled_from(SEPARATORS), st.sampled_from(CORPUS)).map("".join),
)


async def mismatches(analyzer: Any, texts: list[str], seed: int) -> list[tuple[str, str, bool, str, str]]:
    """(echo, ingress, streamed, sent, received) for every round trip that did not come back as sent."""
    fakes = FakeUpstreams(split=random_splits(seed))
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(config_for_tests(Path(tmp)), transport=fakes.transport, analyzer=analyzer)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
                for name, reply in (("echo", exact_echo), ("rewritten", rewriting_echo(seed))):
                    fakes.reply = reply
                    for text in texts:
                        if isinstance(reply, RewritingEcho):
                            reply.client_text = text
                        for ingress in INGRESSES:
                            for stream in (False, True):
                                got, _ = await round_trip(client, ingress, text, stream=stream)
                                if got != text:
                                    bad.append((name, ingress, stream, text, got))
    return bad


def check(analyzer: Any, texts: list[str], seed: int) -> None:
    bad = asyncio.run(mismatches(analyzer, texts, seed))
    assert not bad, bad[:3]


# Shrinking re-runs a dozen requests per step; the failing text is reported either way.
QUICK = [Phase.explicit, Phase.reuse, Phase.generate]


@settings(max_examples=12, deadline=None, phases=QUICK, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=prompts, seed=st.integers(0, 2**16))
def test_an_echoed_prompt_comes_back_byte_identical(analyzer: Any, text: str, seed: int) -> None:
    check(analyzer, [text], seed)


def test_the_issue_cases_come_back_byte_identical(analyzer: Any) -> None:
    texts = [
        "Bill Turner asked us to pay the bill before Will and Hope mark the rose garden done.",
        "Maria Gonzalez is out. Ask Maria about Maria's laptop; maria gonzalez knows.",
        "From: Jane Roe <jane@corp.example>\nSee [Jane Roe](mailto:jane@corp.example), **Jane**, `jroe42`.",
        "John Smith's logins: j.smith, jsmith42, smith.j; mail john.smith@corp.example or JOHN SMITH.",
        "Keep the template <PERSON> and [PERSON_2] as they are, for Ann Lee.",
    ]
    check(analyzer, texts, 3)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, phases=QUICK, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=prompts, seed=st.integers(0, 2**16))
def test_many_echoed_prompts_come_back_byte_identical(analyzer: Any, text: str, seed: int) -> None:
    check(analyzer, [text], seed)


@pytest.mark.slow
def test_every_corpus_row_comes_back_byte_identical(analyzer: Any) -> None:
    check(analyzer, CORPUS, 5)
