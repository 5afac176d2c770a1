"""Isolation: no connection leaves for anywhere but the configured backends; clients cannot redirect."""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from privacy_gateway.web.app import create_app
from privacy_gateway.config.settings import BackendSettings
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.testing.serve import serve_in_thread
from privacy_gateway.testing.configs import config_for_tests


def test_only_configured_backends_are_ever_contacted(tmp_path: Path, analyzer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = FakeUpstreams()
    with contextlib.ExitStack() as stack:
        local = stack.enter_context(serve_in_thread(fakes.asgi("local")))
        cloud = stack.enter_context(serve_in_thread(fakes.asgi("cloud")))
        config = config_for_tests(
            tmp_path,
            local=BackendSettings("ollama", local, "llama3.2"),
            cloud=BackendSettings("anthropic", cloud, "claude", api_key_env="PG_TEST_CLOUD_KEY"),
        )
        gateway = stack.enter_context(serve_in_thread(create_app(config, analyzer=analyzer)))
        allowed = {int(url.rsplit(":", 1)[1]) for url in (local, cloud, gateway)}

        contacted: list[Any] = []
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex

        def connect(self: socket.socket, address: Any) -> Any:
            contacted.append(address)
            return real_connect(self, address)

        def connect_ex(self: socket.socket, address: Any) -> Any:
            contacted.append(address)
            return real_connect_ex(self, address)

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        prompt = "Mail maria.gonzalez@example.co.uk, see https://intranet.example.org/x, upstream http://evil.example.com"
        with httpx.Client(base_url=gateway, timeout=30) as client:
            for headers in ({}, {"X-Privacy-Tier": "cloud"}):
                response = client.post(
                    "/v1/chat/completions",
                    json={"model": "http://evil.example.com/v1", "messages": [{"role": "user", "content": prompt}], "base_url": "http://evil.example.com"},
                    headers={**headers, "Host": "evil.example.com", "X-Forwarded-Host": "evil.example.com"},
                )
                assert response.status_code == 200
    ports = {address[1] for address in contacted if isinstance(address, tuple)}
    assert ports and ports <= allowed, f"unexpected connections: {contacted}"
    assert {t for t, _, _ in fakes.requests} == {"local", "cloud"}
    assert all("evil" not in b["model"] for _, _, b in fakes.requests)


def test_only_an_allow_list_of_headers_reaches_upstreams(tmp_path: Path, analyzer: Any) -> None:
    fakes = FakeUpstreams()
    with contextlib.ExitStack() as stack:
        gateway = stack.enter_context(serve_in_thread(create_app(config_for_tests(tmp_path), transport=fakes.transport, analyzer=analyzer)))
        with httpx.Client(base_url=gateway, timeout=30) as client:
            client.post(
                "/v1/chat/completions",
                json={"messages": [{"role": "user", "content": "hi"}]},
                headers={"X-Privacy-Tier": "cloud", "Cookie": "session=abc", "X-Custom": "leak-me", "Authorization": "Bearer client", "anthropic-beta": "x"},
            )
    _, sent = fakes.headers[0]
    assert set(sent) <= {"host", "accept", "accept-encoding", "connection", "user-agent", "content-type", "content-length", "anthropic-version", "x-api-key"}
