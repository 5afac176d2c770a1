"""Each deadline fires against a real upstream that accepts the connection and then says nothing."""

from __future__ import annotations

import socket
import threading
import time
from typing import Callable, Iterator

import pytest

from privacy_gateway.backends import make_backend
from privacy_gateway.core.chat import ChatRequest, Message, TextPart
from privacy_gateway.config.settings import BackendSettings, Timeouts
from privacy_gateway.core.errors import UpstreamError

pytestmark = pytest.mark.anyio

REQUEST = ChatRequest((Message("user", (TextPart("hi"),)),))
_LINE = b'{"message":{"content":"hi"},"done":false}\n'
ONE_LINE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/x-ndjson\r\ntransfer-encoding: chunked\r\n\r\n"
    + f"{len(_LINE):x}\r\n".encode() + _LINE + b"\r\n"
)


@pytest.fixture
def quiet_upstream() -> Iterator[Callable[[bytes], str]]:
    """`quiet_upstream(prefix)`: a server that accepts, sends `prefix`, then never says another word."""
    listeners: list[socket.socket] = []
    held: list[socket.socket] = []
    stop = threading.Event()

    def start(prefix: bytes) -> str:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.1)
        listeners.append(listener)

        def accept() -> None:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                held.append(conn)
                if prefix:
                    conn.sendall(prefix)

        threading.Thread(target=accept, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    stop.set()
    time.sleep(0.15)
    for s in held + listeners:
        s.close()


def backend(url: str, timeouts: Timeouts) -> object:
    return make_backend(BackendSettings("ollama", url, "m", timeouts=timeouts, retries=0), "local")


async def test_first_byte_deadline(quiet_upstream: Callable[[bytes], str]) -> None:
    start = time.monotonic()
    with pytest.raises(UpstreamError) as caught:
        await backend(quiet_upstream(b""), Timeouts(connect=1, first_byte=0.4, idle=5, total=10)).complete(REQUEST, "m")  # type: ignore[attr-defined]
    assert caught.value.code == "upstream_timeout" and caught.value.status == 504
    assert 0.35 < time.monotonic() - start < 2


async def test_total_deadline(quiet_upstream: Callable[[bytes], str]) -> None:
    start = time.monotonic()
    with pytest.raises(UpstreamError) as caught:
        await backend(quiet_upstream(b""), Timeouts(connect=1, first_byte=30, idle=30, total=0.4)).complete(REQUEST, "m")  # type: ignore[attr-defined]
    assert caught.value.code == "upstream_timeout"
    assert time.monotonic() - start < 2


async def test_idle_deadline_between_chunks(quiet_upstream: Callable[[bytes], str]) -> None:
    url = quiet_upstream(ONE_LINE)
    events = []
    start = time.monotonic()
    with pytest.raises(UpstreamError) as caught:
        async for event in backend(url, Timeouts(connect=1, first_byte=5, idle=0.4, total=10)).stream(REQUEST, "m"):  # type: ignore[attr-defined]
            events.append(event)
    assert len(events) == 1  # the one line arrived, then silence
    assert caught.value.code == "upstream_timeout" and "silent" in caught.value.message
    assert time.monotonic() - start < 2


async def test_refused_connection_is_reported_as_unreachable() -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()  # nothing listens there now
    with pytest.raises(UpstreamError) as caught:
        await backend(url, Timeouts(connect=0.5, first_byte=5, idle=5, total=10)).complete(REQUEST, "m")  # type: ignore[attr-defined]
    assert caught.value.code == "upstream_unreachable"
