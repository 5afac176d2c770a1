"""Client deadlines: slow headers and slow bodies are cut with a 408 while other requests are served."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import httpx

HEADER_TIMEOUT, BODY_TIMEOUT = 2.0, 3.0
GIVE_UP = 60.0  # a slow client still connected this long after it began was never cut: the test fails
SLOW_EACH = 100
EARLY = 0.05  # asyncio timers may fire up to a clock tick early; a cut that soon is still the deadline


async def trickle(url: str, first: bytes, drip: bytes) -> tuple[float, bytes]:
    """Send `first`, then `drip` every 0.25 s until the server closes; (seconds until it did, what it sent)."""
    parts = urlsplit(url)
    started = time.monotonic()  # before connecting: the server's clock starts when it accepts
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    writer.write(first)
    received = b""
    try:
        while time.monotonic() - started < GIVE_UP:
            try:
                chunk = await asyncio.wait_for(reader.read(4096), timeout=0.25)
            except asyncio.TimeoutError:
                writer.write(drip)
                await writer.drain()
                continue
            if not chunk:
                return time.monotonic() - started, received
            received += chunk
    except (ConnectionError, OSError):
        return time.monotonic() - started, received
    finally:
        writer.close()
    return float("inf"), received


async def normal_requests(url: str, n: int) -> list[int]:
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        statuses = []
        for i in range(n):
            response = await client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": f"Question {i}"}]})
            statuses.append(response.status_code)
            await asyncio.sleep(0.2)
        return statuses


async def siege(url: str) -> tuple[list[tuple[float, bytes]], list[tuple[float, bytes]], list[int]]:
    body_head = b"POST /v1/messages HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{"
    header_slow = [trickle(url, b"POST /v1/chat/completions HTTP/1.1\r\nhost: gateway\r\n", b"x") for _ in range(SLOW_EACH)]
    body_slow = [trickle(url, body_head, b" ") for _ in range(SLOW_EACH)]
    results = await asyncio.gather(asyncio.gather(*header_slow), asyncio.gather(*body_slow), normal_requests(url, 10))
    return results[0], results[1], results[2]


def test_slow_clients_are_cut_after_their_deadline_while_others_are_served(live_gateway: Callable[..., Any], tmp_path: Path) -> None:
    with live_gateway(header_timeout=HEADER_TIMEOUT, body_timeout=BODY_TIMEOUT) as url:
        headers, bodies, normal = asyncio.run(siege(url))

    assert normal == [200] * 10
    for elapsed, answer in headers:
        assert HEADER_TIMEOUT - EARLY <= elapsed < GIVE_UP
        assert answer.startswith(b"HTTP/1.1 408 ") and b'"code": "header_timeout"' in answer
    for elapsed, answer in bodies:
        assert BODY_TIMEOUT - EARLY <= elapsed < GIVE_UP
        head, _, payload = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408 ") and b"connection: close" in head.lower()
        assert json.loads(payload)["type"] == "error"  # in the Anthropic shape the client spoke
    records = [r for r in map(json.loads, (tmp_path / "audit.jsonl").read_text().splitlines()) if "event" not in r]
    timed_out = [r for r in records if r["status"] == 408]
    assert len(timed_out) == SLOW_EACH and {r["error"] for r in timed_out} == {"body_timeout"}
    assert not any(r.get("event") == "upstream_call" and r["request_id"] in {t["request_id"] for t in timed_out} for r in records)


def test_deadlines_are_read_from_the_config(tmp_path: Path) -> None:
    from privacy_gateway.config.settings import load_config

    path = tmp_path / "gateway.yaml"
    path.write_text("server: {header_timeout: 5, body_timeout: 20}\n")
    config = load_config(path)
    assert (config.header_timeout, config.body_timeout) == (5.0, 20.0)
