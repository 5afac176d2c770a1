#!/usr/bin/env python3
"""What the gateway adds per request, against vanilla Presidio on the same texts, in one run.

Starts the gateway in its own process in front of fake upstreams on 127.0.0.1 and sends requests
escalated to the cloud tier (so every request is analysed and pseudonymized):

- fresh prompts of ~100 B, 1 KB and 8 KB (each run's text is new, so nothing is cached);
- turns 1, 5 and 10 of conversations that resend their history (~1 KB per turn, ~10 KB at turn 10),
  with a short pause between turns, as a person reading the answer would leave.

For each case: the latency the gateway adds (gateway minus the same call straight to the fake
upstream), vanilla Presidio's time (AnalyzerEngine + AnonymizerEngine with defaults on the same
spaCy pipeline) over every message of the same request — what a gateway without caching spends —
and the ratio. Then throughput at a few concurrency levels, and the gateway's peak memory.

    python scripts/bench.py [--runs 15] [--languages-only]

`--languages-only` runs just the 1 KB English comparison of `detection.languages: [en]` (twice)
and `[en, fr]`, interleaved request by request: what identifying each text's language costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time

from typing import Any

import httpx

from _harness import ROOT, FakeUpstreams, child_pids, fake_servers, gateway_process, peak_rss_mb, percentile, rss_mb

CORPUS = ROOT / "eval" / "dev" / "dev.jsonl"

def corpus_texts() -> list[str]:
    return [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]


class Texts:
    """Fresh, realistic text of a given size: corpus prompts in a new order, tagged with a run number."""

    def __init__(self) -> None:
        self.pool = corpus_texts()
        self.rng = random.Random(7)
        self.n = 0

    def make(self, size: int) -> str:
        self.n += 1
        parts = [f"Request {self.n}."]
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(self.rng.choice(self.pool))
        return " ".join(parts)[: max(size, 40)]


def vanilla_engines() -> tuple[Any, Any]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from privacy_gateway.detection.engine import STOCK_SPACY_MODEL
    from privacy_gateway.detection.offline import pin_tldextract_offline

    pin_tldextract_offline()  # same offline footing as the gateway
    nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": STOCK_SPACY_MODEL}]}).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"]), AnonymizerEngine()


def vanilla_time(engines: tuple[Any, Any], texts: list[str]) -> float:
    analyzer, anonymizer = engines
    start = time.perf_counter()
    for text in texts:
        results = analyzer.analyze(text=text, language="en")
        anonymizer.anonymize(text=text, analyzer_results=results)
    return time.perf_counter() - start


def openai_body(messages: list[dict[str, str]]) -> dict[str, Any]:
    return {"model": "any", "messages": messages}


def anthropic_body(messages: list[dict[str, str]]) -> dict[str, Any]:
    return {"model": "claude-sonnet-4-20250514", "max_tokens": 1024, "messages": messages}


def timed_post(client: httpx.Client, url: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[float, Any]:
    start = time.perf_counter()
    response = client.post(url, json=body, headers=headers)
    response.raise_for_status()
    return time.perf_counter() - start, response.json()


BLOCK = 7  # requests measured back to back before the same texts go through vanilla Presidio


def measure_prompt(client: httpx.Client, gateway: str, cloud: str, engines: Any, texts: Texts, size: int, runs: int) -> dict[str, list[float]]:
    """Gateway and vanilla Presidio on the same fresh texts, in alternating blocks.

    Each side runs a block back to back, as a busy server would: run one right after the other
    and each finds the CPU caches full of the other's model (about 6 ms of 1 KB here).
    """
    added, vanilla = [], []
    for block in range(0, runs, BLOCK):
        batch = [texts.make(size) for _ in range(min(BLOCK, runs - block))]
        for text in batch:
            messages = [{"role": "user", "content": text}]
            direct, _ = timed_post(client, f"{cloud}/v1/messages", anthropic_body(messages), {"anthropic-version": "2023-06-01"})
            through, _ = timed_post(client, f"{gateway}/v1/chat/completions", openai_body(messages), {"X-Privacy-Tier": "cloud"})
            added.append(through - direct)
        vanilla += [vanilla_time(engines, [text]) for text in batch]
    return {"added": added, "vanilla": vanilla}


def measure_conversation(client: httpx.Client, gateway: str, cloud: str, engines: Any, texts: Texts, runs: int, pause: float) -> dict[int, dict[str, list[float]]]:
    """Ten-turn conversations through the gateway; then vanilla Presidio on turns 1, 5 and 10."""
    out: dict[int, dict[str, list[float]]] = {t: {"added": [], "vanilla": [], "kb": []} for t in (1, 5, 10)}
    for _ in range(runs):
        history: list[dict[str, str]] = []
        resent: dict[int, list[str]] = {}
        for turn in range(1, 11):
            history.append({"role": "user", "content": texts.make(500)})
            direct, _ = timed_post(client, f"{cloud}/v1/messages", anthropic_body(history), {"anthropic-version": "2023-06-01"})
            through, answer = timed_post(client, f"{gateway}/v1/chat/completions", openai_body(history), {"X-Privacy-Tier": "cloud"})
            if turn in out:
                out[turn]["added"].append(through - direct)
                resent[turn] = [m["content"] for m in history]
                out[turn]["kb"].append(sum(len(m["content"]) for m in history) / 1024)
            history.append({"role": "assistant", "content": answer["choices"][0]["message"]["content"]})
            time.sleep(pause)
        for turn, contents in resent.items():
            out[turn]["vanilla"].append(vanilla_time(engines, contents))
    return out


async def throughput(gateway: str, texts: Texts, concurrency: int, seconds: float) -> float:
    done = 0
    deadline = time.monotonic() + seconds

    async def worker() -> None:
        nonlocal done
        async with httpx.AsyncClient(timeout=60) as client:
            while time.monotonic() < deadline:
                body = openai_body([{"role": "user", "content": texts.make(1024)}])
                response = await client.post(f"{gateway}/v1/chat/completions", json=body, headers={"X-Privacy-Tier": "cloud"})
                response.raise_for_status()
                done += 1

    start = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.monotonic() - start)


def measure_shadow(client: httpx.Client, gateways: dict[str, str], cloud: str, engines: Any, texts: Texts, runs: int) -> dict[str, dict[str, list[float]]]:
    """Fresh 1 KB prompts sent to each gateway in turn, one request at a time.

    Interleaving request by request (not in blocks) gives every gateway the same host load and the
    same cold caches; the control gateway (a second process without a shadow) shows how far two
    identical gateway processes differ, so the shadow row is read against it, not against the first.
    """
    out: dict[str, dict[str, list[float]]] = {key: {"added": [], "vanilla": []} for key in gateways}
    for _ in range(runs):
        text = texts.make(1024)
        messages = [{"role": "user", "content": text}]
        for key, url in gateways.items():
            direct, _ = timed_post(client, f"{cloud}/v1/messages", anthropic_body(messages), {"anthropic-version": "2023-06-01"})
            through, _ = timed_post(client, f"{url}/v1/chat/completions", openai_body(messages), {"X-Privacy-Tier": "cloud"})
            out[key]["added"].append(through - direct)
            out[key]["vanilla"].append(vanilla_time(engines, [text]))
    return out


def row(name: str, added: list[float], vanilla: list[float], note: str = "") -> str:
    a50, a95, v50 = percentile(added, 0.5) * 1000, percentile(added, 0.95) * 1000, statistics.median(vanilla) * 1000
    return f"{name:26} {a50:9.1f}ms {a95:9.1f}ms {v50:11.1f}ms {a50 / v50:7.2f}x  {note}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="requests (or conversations) per case (default 15)")
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between conversation turns (default 0.3)")
    parser.add_argument("--seconds", type=float, default=8, help="duration of each throughput level (default 8)")
    parser.add_argument("--processes", default="auto", help="the gateway's detection.processes: auto (the default) or a number")
    parser.add_argument("--languages-only", action="store_true", help="only the 1 KB English comparison of detection.languages [en] and [en, fr]")
    args = parser.parse_args()
    if args.languages_only:
        return languages_only(args)

    engines = vanilla_engines()
    texts = Texts()
    fakes = FakeUpstreams(chunk_size=64)
    with fake_servers(fakes) as (local, cloud), gateway_process(local, cloud, extra_config=f"detection: {{processes: {args.processes}}}\n") as (gateway, pid), httpx.Client(timeout=60) as client:
        for _ in range(3):  # warm both paths and both engines
            measure_prompt(client, gateway, cloud, engines, texts, 1024, 1)
        children = child_pids(pid)
        idle_rss = rss_mb(pid) + sum(rss_mb(c) for c in children)
        prompts = {size: measure_prompt(client, gateway, cloud, engines, texts, size, args.runs) for size in (100, 1024, 8192)}
        turns = measure_conversation(client, gateway, cloud, engines, texts, max(3, args.runs // 3), args.pause)
        levels = {c: asyncio.run(throughput(gateway, texts, c, args.seconds)) for c in (1, 4, 8)}
        peaks = [peak_rss_mb(pid), *(peak_rss_mb(c) for c in children)]
        plain_config = f"detection: {{processes: {args.processes}}}\n"
        with gateway_process(local, cloud, extra_config=plain_config) as (control, _), gateway_process(local, cloud, extra_config=plain_config + "shadow_policy: strict\n") as (shadowed, _):
            gateways = {"first": gateway, "control": control, "shadow": shadowed}
            for url in gateways.values():
                for _ in range(3):
                    measure_prompt(client, url, cloud, engines, texts, 1024, 1)
            shadow = measure_shadow(client, gateways, cloud, engines, texts, args.runs)
        languages = measure_languages(client, local, cloud, engines, texts, args.runs, args.processes)

    print(f"\nGateway (detection.processes: {args.processes}) vs vanilla Presidio (analyze + anonymize, same spaCy pipeline),")
    print(f"escalated to the cloud tier, {args.runs} runs per case\n")
    print(f"{'case':26} {'added p50':>11} {'added p95':>11} {'vanilla p50':>13} {'ratio':>8}")
    labels = {100: "fresh prompt, ~100 B", 1024: "fresh prompt, 1 KB", 8192: "fresh prompt, 8 KB"}
    for size, data in prompts.items():
        print(row(labels[size], data["added"], data["vanilla"]))
    for turn, data in turns.items():
        print(row(f"conversation turn {turn}", data["added"], data["vanilla"], f"({statistics.mean(data['kb']):.1f} KB resent)"))
    print(row("1 KB, first gateway", shadow["first"]["added"], shadow["first"]["vanilla"], "(the gateway above, interleaved)"))
    print(row("1 KB, no shadow policy", shadow["control"]["added"], shadow["control"]["vanilla"], "(a second gateway process, interleaved)"))
    print(row("1 KB, shadow: strict", shadow["shadow"]["added"], shadow["shadow"]["vanilla"], "(same analysis, a second routing decision)"))
    print_languages(languages)
    print("\nratio = gateway added latency p50 / vanilla Presidio p50 over all the request's messages")
    print("\nThroughput, fresh 1 KB prompts escalated to the cloud:")
    for concurrency, rate in levels.items():
        print(f"  {concurrency} concurrent clients: {rate:6.1f} req/s")
    split = " + ".join(f"{p:.0f}" for p in peaks)
    print(f"\nGateway memory: {idle_rss:.0f} MB RSS after warm-up; peak {split} MB (the gateway process, then its {len(children)} children: analyzer processes and multiprocessing's resource tracker)")
    return 0


def measure_languages(client: httpx.Client, local: str, cloud: str, engines: Any, texts: Texts, runs: int, processes: str) -> dict[str, dict[str, list[float]]]:
    """Fresh English 1 KB prompts, interleaved, through a gateway with detection.languages [en], a
    second one with [en] (how far two identical processes differ) and one with [en, fr]."""
    plain = f"detection: {{processes: {processes}}}\n"
    bilingual = f"detection: {{processes: {processes}, languages: [en, fr]}}\n"
    with gateway_process(local, cloud, extra_config=plain) as (english, _), gateway_process(local, cloud, extra_config=plain) as (control, _), \
            gateway_process(local, cloud, extra_config=bilingual) as (both, _):
        gateways = {"en": english, "control": control, "en_fr": both}
        for url in gateways.values():
            for _ in range(3):
                measure_prompt(client, url, cloud, engines, texts, 1024, 1)
        return measure_shadow(client, gateways, cloud, engines, texts, runs)


def print_languages(found: dict[str, dict[str, list[float]]]) -> None:
    print(row("1 KB, languages [en]", found["en"]["added"], found["en"]["vanilla"], "(interleaved)"))
    print(row("1 KB, [en] again", found["control"]["added"], found["control"]["vanilla"], "(a second [en] process, interleaved)"))
    print(row("1 KB, languages [en, fr]", found["en_fr"]["added"], found["en_fr"]["vanilla"], "(English text: identified, then as [en])"))


def languages_only(args: argparse.Namespace) -> int:
    engines = vanilla_engines()
    texts = Texts()
    fakes = FakeUpstreams(chunk_size=64)
    with fake_servers(fakes) as (local, cloud), httpx.Client(timeout=60) as client:
        found = measure_languages(client, local, cloud, engines, texts, args.runs, args.processes)
    print(f"\nGateway (detection.processes: {args.processes}), English 1 KB prompts escalated to the cloud, {args.runs} runs each\n")
    print(f"{'case':26} {'added p50':>11} {'added p95':>11} {'vanilla p50':>13} {'ratio':>8}")
    print_languages(found)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
