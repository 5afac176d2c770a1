"""An answer stream on its way back: placeholders restored and the answer screened as deltas pass.

Only ambiguous tails are held back (a delta ending in `<PERS` may be a placeholder's start); with
an answer screen, text is held to its sentence end and tool-call arguments to the answer's end.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, AsyncGenerator, AsyncIterator, Callable

from privacy_gateway.core.chat import Finish, StreamEvent, TextDelta, ToolCallDelta
from privacy_gateway.core.errors import GatewayError

if TYPE_CHECKING:  # types only: the stream is handed its restorer, screen and exchange
    from privacy_gateway.core.answers import AnswerScreen
    from privacy_gateway.core.exchange import Exchange
    from privacy_gateway.core.restore import Restorer, StreamRestorer

logger = logging.getLogger("privacy_gateway")


async def restore_stream(
    events: AsyncIterator[StreamEvent],
    restorer: Restorer | None,
    exchange: Exchange,
    answered: Callable[[str], None],
    screen: AnswerScreen | None = None,
) -> AsyncIterator[StreamEvent]:
    """Restore text and tool-argument deltas as they pass, holding back only ambiguous tails.

    With an answer `screen`, restored text is also held to its sentence end and screened. The
    text sent is collected so `answered` can see the whole answer once it is complete.
    """
    if restorer is None and screen is None:
        body = _passed_through(events, exchange, answered)
    else:
        body = _StreamRestoring(restorer, screen, exchange, answered).run(events)
    try:
        async with contextlib.aclosing(body):
            async for event in body:
                yield event
    except GatewayError as exc:
        exchange.outcome, exchange.error = "failed", exc.code
        raise
    except Exception as exc:  # a bug, not the client's or the upstream's doing: still an error frame, not a cut
        logger.exception("the answer stream failed: %s", type(exc).__name__)
        exchange.outcome, exchange.error = "failed", "stream_failed"
        raise GatewayError("the gateway failed part-way through the answer; see its log", code="stream_failed") from None
    finally:
        await events.aclose()  # type: ignore[attr-defined]


async def _passed_through(events: AsyncIterator[StreamEvent], exchange: Exchange, answered: Callable[[str], None]) -> AsyncGenerator[StreamEvent, None]:
    """An answer with nothing to restore or screen: every event as it comes, the text noted for `answered`."""
    sent: list[str] = []
    async for event in events:
        if isinstance(event, TextDelta):
            sent.append(event.text)
        elif isinstance(event, Finish):
            exchange.usage = event.usage
            answered("".join(sent))
        yield event


class _StreamRestoring:
    """One answer stream being restored (and screened): its text, each tool call's arguments, what was sent."""

    def __init__(self, restorer: Restorer | None, screen: AnswerScreen | None, exchange: Exchange, answered: Callable[[str], None]) -> None:
        self.restorer, self.screen, self.exchange, self.answered = restorer, screen, exchange, answered
        self.text = restorer.stream() if restorer is not None else None
        self.escaped = restorer.for_json() if restorer is not None else None
        self.tools: dict[int, StreamRestorer] = {}
        self.held: dict[int, str] = {}  # tool-call arguments restored but not yet screened
        self.sent: list[str] = []

    async def run(self, events: AsyncIterator[StreamEvent]) -> AsyncGenerator[StreamEvent, None]:
        async for event in events:
            if isinstance(event, TextDelta):
                out = await self._text(event.text)
                if out:
                    self.sent.append(out)
                    yield TextDelta(out)
            elif isinstance(event, ToolCallDelta):
                delta = self._tool(event)
                if delta is not None:
                    yield delta
            else:
                async for held in self._flushed():
                    yield held
                self.exchange.usage = event.usage
                self.answered("".join(self.sent))
                yield event

    async def _text(self, text: str) -> str:
        out = self.text.feed(text) if self.text is not None else text
        if self.screen is not None and out:
            out = await self.screen.feed(out)
        return out

    def _tool(self, event: ToolCallDelta) -> ToolCallDelta | None:
        if self.escaped is None or self.restorer is None:  # screened but not pseudonymized: nothing to restore
            out, name = event.arguments, event.name
        else:
            out = self.tools.setdefault(event.index, self.escaped.stream()).feed(event.arguments)
            name = self.restorer.restore(event.name) if event.name else event.name
        if self.screen is not None:  # arguments are screened whole, when the answer ends
            self.held[event.index] = self.held.get(event.index, "") + out
            out = ""
        return ToolCallDelta(event.index, out, event.id, name) if out or event.id or name else None

    async def _flushed(self) -> AsyncIterator[StreamEvent]:
        """At the end of the answer: the held-back text tail, then each tool call's held arguments."""
        tail = self.text.flush() if self.text is not None else ""
        if self.screen is not None:
            tail = await self.screen.feed(tail) + await self.screen.flush()
        if tail:
            self.sent.append(tail)
            yield TextDelta(tail)
        for index, stream in self.tools.items():
            self.held[index] = self.held.get(index, "") + stream.flush()
            if self.screen is None and self.held[index]:
                yield ToolCallDelta(index, self.held.pop(index))
        for index, arguments in self.held.items():
            screened = await self.screen.screen_arguments(arguments) if self.screen is not None else arguments
            if screened:
                yield ToolCallDelta(index, screened)
        self.held.clear()
