"""People in version-control output: who wrote, committed, signed or last touched a line.

Pasted `git log`, `git shortlog`, `git blame` and `svn log` output names people in fixed places
that no sentence cue reveals: `(Ann Lee, 3 days ago)`, `(3 days ago) <ann lee>`, `  12\tAnn Lee`,
`1a2b3c4d (ann.lee 2024-03-01 10:02:11 +0100 12)`, `r1042 | alee | 2024-03-01`, and the trailers
`Signed-off-by:`/`Co-authored-by:` before an address. The format places the name; its shape must
still agree (a name of 1-4 words, or a login), so `(HEAD -> main, origin/main)` stays.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.base import GatewayRecognizer
from privacy_gateway.detection.handles import HANDLE, plausible
from privacy_gateway.detection.field_keys import person_name

_AGO = r"\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?:, \d+ \w+)? ago"
_FORMATS = [
    # git log --pretty='%h %s (%an, %ar)' and the common `lg` aliases: "(Ann Lee, 3 days ago)".
    re.compile(rf"\((?P<name>[^(),<>@\n]{{2,60}}), {_AGO}\)"),
    # "%s (%cr) <%an>": "(3 days ago) <Ann Lee>", no address inside the brackets.
    re.compile(rf"\({_AGO}\) <(?P<name>[^<>@\n]{{2,60}})>"),
    # git shortlog -sn: "    12\tAnn Lee" (optionally "<ann@x.org>" after it).
    re.compile(r"^[ \t]*\d+\t(?P<name>[^\t\n<>]{2,60}?)(?:[ \t]+<[^<>\n]*>)?[ \t]*$", re.MULTILINE),
    # git blame: "1a2b3c4d (Ann Lee 2024-03-01 10:02:11 +0100 12) code", "^1a2b3c4 path (ann …", also
    # quoted inside a sentence ("blame says 1a2b3c4d (Ann Lee 2024-…").
    re.compile(r"(?:^|(?<=[ \t]))\^?[0-9a-f]{7,40}(?:[ \t]+\S+)?[ \t]+\((?P<name>[^()\n]{2,60}?)[ \t]+\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", re.MULTILINE),
    # svn log: "r1042 | alee | 2024-03-01 10:02:11 +0100 (Fri, 01 Mar 2024) | 1 line".
    re.compile(r"^r\d+ \| (?P<name>[^|\n]{2,60}?) \| \d{4}-\d{2}-\d{2}", re.MULTILINE),
    # Commit trailers: "Signed-off-by: Ann Lee <ann@x.org>", "Co-authored-by: …".
    re.compile(r"\b(?:Signed-off|Co-authored|Reviewed|Acked|Tested|Reported|Suggested|Helped)-by:[ \t]*(?P<name>[^<>\n]{2,60}?)[ \t]*<", re.IGNORECASE),
]
_LOGIN = re.compile(HANDLE)


class VersionControlRecognizer(GatewayRecognizer):
    """PERSON where version-control output puts an author, committer or signer."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if "PERSON" not in entities or not any(c in text for c in "(|\t:"):
            return []
        found = {span for pattern in _FORMATS for m in pattern.finditer(text) if (span := _named(m)) is not None}
        return [RecognizerResult("PERSON", s, e, 0.85, recognition_metadata=self._metadata()) for s, e in sorted(found)]


def _named(match: re.Match[str]) -> tuple[int, int] | None:
    """The span of the name the format placed, if it is shaped like a name or a login."""
    value, start = match.group("name"), match.start("name")
    login = value.strip()
    if _LOGIN.fullmatch(login):
        if not plausible(login):
            return None  # "(jenkins, 2 hours ago)", "(origin, …)": an account or a word, no one
        offset = value.find(login)
        return start + offset, start + offset + len(login)
    span = person_name(value)
    return (start + span[0], start + span[1]) if span is not None else None
