"""Personal data a model put in its answer that the request did not hold: reported, or redacted.

Applied to the answer *after* restoration, so values that came from the request (restored
placeholders, or text the local model repeated) are never touched: a finding whose text occurs in
the request's texts is the user's own and is left alone. A stream is screened in sentence- or
line-bounded pieces: text is held only until the next sentence end or line break (or at most
`MAX_HOLD` characters), then analysed and released, so an entity is never split between pieces
unless a sentence runs past `MAX_HOLD`.

Tool-call arguments are screened too, string by string inside their JSON as a request's are (a
streamed call's arguments are held until the answer ends: clients act on complete arguments only),
so they stay valid JSON and, when nothing is found, byte-identical.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from privacy_gateway.core.errors import BadRequest, GatewayError
from privacy_gateway.core.texts import map_json
from privacy_gateway.policy.schema import EntityRule, Policy

if TYPE_CHECKING:  # the core is handed a detector and a pool; it never builds either
    from privacy_gateway.detection.cache import AnalysisCache
    from privacy_gateway.detection.engine import Detector
    from privacy_gateway.detection.findings import Finding
    from privacy_gateway.detection.pool import AnalyzerPool

logger = logging.getLogger("privacy_gateway")

MAX_HOLD = 600  # characters held back at most while waiting for a sentence end
_BOUNDARY = re.compile(r"(?<=[.!?])\s+|\n")
# A full stop after these is not a sentence end: cutting there would split "Dr. Ada Byron".
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "mt", "no", "vs", "e.g", "i.e"})


class AnswerScreenFailed(GatewayError):
    """The answer could not be analysed, and the policy redacts: it is not passed on unscreened."""

    status = 502
    code = "answer_screen_failed"
    kind = "unscreened"


def answer_detector(detector: Detector, policy: Policy) -> Detector | None:
    """A detector for the types `policy.answers` names (None without an `answers:` section)."""
    if not policy.answers:
        return None
    rules = {t: EntityRule("redact", policy.rule(t).threshold) for t in policy.answers}
    return detector.with_policy(replace(policy, entities=rules, default_action="allow"))


@dataclass
class AnswerScreen:
    """Screens one answer (whole, or streamed piece by piece) against the policy's `answers:`."""

    detector: Detector
    pool: AnalyzerPool
    cache: AnalysisCache
    request_texts: list[str]
    found: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, action) -> occurrences
    _held: str = ""
    _own: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self._own = "\n".join(self.request_texts).casefold()

    @property
    def entities(self) -> dict[str, dict[str, Any]]:
        """What the audit record holds: `{TYPE: {"count": n, "action": "report"|"redact"}}`."""
        return {t: {"count": n, "action": a} for (t, a), n in sorted(self.found.items())}

    async def screen(self, text: str) -> str:
        """`text` with the policy's `redact` types masked, every finding counted."""
        return (await self._screen_all([text]))[0]

    async def screen_arguments(self, arguments: str) -> str:
        """A tool call's JSON `arguments`, screened string by string as the request's are.

        Unchanged arguments keep their exact bytes; text that is not JSON is screened whole.
        """
        try:
            parsed = json.loads(arguments) if arguments.strip() else None
        except json.JSONDecodeError:
            return await self.screen(arguments)
        strings: list[str] = []

        def collect(text: str) -> str:
            strings.append(text)
            return text

        map_json(parsed, collect)
        screened = dict(zip(strings, await self._screen_all(strings)))
        try:
            mapped = map_json(parsed, screened.__getitem__)
        except BadRequest as exc:  # two keys redacted into one: the call cannot be passed on intact
            raise AnswerScreenFailed("a tool call's arguments could not be redacted without losing a key") from exc
        return arguments if mapped == parsed else json.dumps(mapped, ensure_ascii=False)

    async def _screen_all(self, texts: list[str]) -> list[str]:
        todo = [t for t in dict.fromkeys(texts) if t.strip()]
        if not todo:
            return texts
        try:
            results = await self.pool.run(self.detector, self.cache, todo)
        except Exception as exc:  # noqa: BLE001 - redaction fails closed; reporting alone does not
            if "redact" in self.detector.policy.answers.values():
                raise AnswerScreenFailed(f"the answer could not be screened for personal data ({type(exc).__name__})") from None
            logger.warning("the answer could not be screened for reporting: %s", type(exc).__name__)
            return texts
        done = {text: self._apply(text, findings) for text, findings in zip(todo, results)}
        return [done.get(t, t) for t in texts]

    def _apply(self, text: str, findings: list[Finding]) -> str:
        out, end = [], len(text)
        for finding in sorted(findings, key=lambda f: (-f.start, f.end)):
            if finding.end > end:
                continue  # overlaps one already handled
            value = text[finding.start : finding.end]
            action = self.detector.policy.answers.get(finding.entity_type)
            if action is None or value.casefold() in self._own:
                continue
            self.found[(finding.entity_type, action)] += 1
            if action == "redact":
                out.append(text[finding.end : end])
                out.append(f"<{finding.entity_type}>")
                end = finding.start
        out.append(text[:end])
        return "".join(reversed(out))

    async def feed(self, text: str) -> str:
        """Screen and release everything up to the last sentence end seen; hold the rest."""
        self._held += text
        cut = _last_boundary(self._held)
        if cut == 0 and len(self._held) > MAX_HOLD:
            space = self._held.rfind(" ")
            cut = space + 1 if space > 0 else len(self._held)
        if cut == 0:
            return ""
        ready, self._held = self._held[:cut], self._held[cut:]
        return await self.screen(ready)

    async def flush(self) -> str:
        """The answer ended: screen and release what is still held."""
        ready, self._held = self._held, ""
        return await self.screen(ready)


def _last_boundary(text: str) -> int:
    """The end of the last sentence or line in `text` (after its whitespace), or 0."""
    cut = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith("\n") or not _after_abbreviation(text, match.start()):
            cut = match.end()
    return cut


def _after_abbreviation(text: str, stop: int) -> bool:
    word = text[:stop - 1].rsplit(None, 1)[-1] if text[:stop - 1].strip() else ""
    return text[stop - 1] == "." and word.casefold().lstrip("(\"'") in _ABBREVIATIONS
