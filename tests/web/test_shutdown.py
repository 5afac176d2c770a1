"""Graceful shutdown: requests in flight finish, and their audit records are on disk afterwards."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from privacy_gateway.web.app import create_app
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.serve import serve_in_thread
from privacy_gateway.testing.configs import config_for_tests


def test_in_flight_stream_finishes_and_is_audited(tmp_path: Path, analyzer: Any) -> None:
    fakes = FakeUpstreams(delay=0.03, chunk_size=3)
    app = create_app(config_for_tests(tmp_path), transport=fakes.transport, analyzer=analyzer)
    received: list[str] = []
    started = threading.Event()

    def client(url: str) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            with http.stream("POST", "/v1/chat/completions", json={"stream": True, "messages": [{"role": "user", "content": "a long answer please " * 3}]}) as response:
                for line in response.iter_lines():
                    started.set()
                    received.append(line)

    with serve_in_thread(app) as url:
        worker = threading.Thread(target=client, args=(url,))
        worker.start()
        assert started.wait(10)
        time.sleep(0.1)
        # Leaving the block asks uvicorn to shut down while the stream is still running.
    worker.join(timeout=30)
    assert "data: [DONE]" in received
    lines = (tmp_path / "audit.jsonl").read_text().splitlines()
    entries = [json.loads(line) for line in lines]
    assert [e.get("event") for e in entries] == ["upstream_call", None] and entries[1]["outcome"] == "ok"
