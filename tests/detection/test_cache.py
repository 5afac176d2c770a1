from __future__ import annotations

from typing import Sequence

from privacy_gateway.detection.cache import AnalysisCache
from privacy_gateway.detection.findings import Finding


class CountingAnalyzer:
    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def __call__(self, texts: Sequence[str]) -> list[list[Finding]]:
        self.seen.append(list(texts))
        return [[Finding(0, len(t), "PERSON", 0.9)] for t in texts]


def test_only_new_texts_are_analysed_in_one_batch() -> None:
    cache, analyze = AnalysisCache(), CountingAnalyzer()
    first = cache.analyze(["a", "bb"], analyze)
    second = cache.analyze(["a", "bb", "ccc", "ccc"], analyze)
    assert analyze.seen == [["a", "bb"], ["ccc"]]
    assert second[:2] == first and second[2] == second[3] == [Finding(0, 3, "PERSON", 0.9)]
    assert (cache.hits, cache.misses) == (2, 4)


def test_bounded_and_keeps_no_text() -> None:
    cache, analyze = AnalysisCache(max_entries=2), CountingAnalyzer()
    cache.analyze(["Maria Gonzalez", "x", "y"], analyze)
    assert len(cache) == 2
    assert all(isinstance(k, bytes) and b"Maria" not in k for k in cache._entries)
    cache.analyze(["Maria Gonzalez"], analyze)
    assert analyze.seen[-1] == ["Maria Gonzalez"]  # evicted first, analysed again


def test_callers_cannot_corrupt_cached_results() -> None:
    cache, analyze = AnalysisCache(), CountingAnalyzer()
    cache.analyze(["abc"], analyze)[0].clear()
    assert cache.analyze(["abc"], analyze)[0] == [Finding(0, 3, "PERSON", 0.9)]


async def _turns(gateway: object, stream: bool) -> int:
    import asyncio

    from tests.helpers import chat

    async with gateway() as client:  # type: ignore[operator]
        core = client._transport.app.state.gateway_state.core
        history = [
            {"role": "user", "content": "Who runs the offsite?"},
            {"role": "assistant", "content": "Maria Gonzalez does."},
            {"role": "user", "content": "Draft a note to Maria Gonzalez about the offsite."},
        ]
        first = await client.post("/v1/chat/completions", json=chat(*history, stream=stream), headers={"X-Privacy-Tier": "cloud"})
        if stream:
            import json

            answer = "".join(
                json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
                for line in first.text.split("\n\n") if line.startswith("data: {") and '"choices":[{' in line
            )
        else:
            answer = first.json()["choices"][0]["message"]["content"]
        analysed = len(core.cache)
        for _ in range(250):  # the warm-up runs after the answer went out
            if len(core.cache) > analysed:
                break
            await asyncio.sleep(0.02)
        misses = core.cache.misses
        history += [{"role": "assistant", "content": answer}, {"role": "user", "content": "Make it shorter."}]
        await client.post("/v1/chat/completions", json=chat(*history, stream=stream), headers={"X-Privacy-Tier": "cloud"})
        return core.cache.misses - misses


import pytest  # noqa: E402


@pytest.mark.anyio
@pytest.mark.parametrize("stream", [False, True])
async def test_answers_are_analysed_before_they_come_back_as_history(gateway: object, stream: bool) -> None:
    # The resent history and the answer are all hits: only the new user message is analysed.
    assert await _turns(gateway, stream) == 1


@pytest.mark.anyio
async def test_single_shot_answers_are_not_warmed(gateway: object) -> None:
    import asyncio

    from tests.helpers import chat

    async with gateway() as client:  # type: ignore[operator]
        core = client._transport.app.state.gateway_state.core
        await client.post("/v1/chat/completions", json=chat("Summarise the offsite plan."), headers={"X-Privacy-Tier": "cloud"})
        analysed = len(core.cache)  # the prompt, and the body's other strings
        await asyncio.sleep(0.6)
    assert len(core.cache) == analysed  # nothing more: nobody will send this answer back
