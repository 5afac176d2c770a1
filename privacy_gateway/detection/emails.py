"""E-mail addresses, plain and written out against harvesters ("name (at) corp (dot) com").

Moved out of `numbers`: addresses have more disguises than the other shapes.
"""

from __future__ import annotations

import re
from typing import Iterator

from privacy_gateway.detection.numbers import ShapeRecognizer


class EmailAddressRecognizer(ShapeRecognizer):
    """local@domain.tld, also where Presidio's pattern fails: after "user=", "mailto:", inside query strings."""

    ENTITY = "EMAIL_ADDRESS"
    _CANDIDATE = re.compile(
        r"(?<![\w.+\-])[\w.+\-!#$%&'*/?^`{|}~]*?[\w+\-](?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])"
    )

    # Spelled out: "name (at) mail (dot) com", "name [at] corp[dot]net", "first dot last at corp dot com".
    _DOT = r"(?:\s*[(\[]\s*dot\s*[)\]]\s*|\s+dot\s+|\.)"
    _SPELLED = re.compile(
        r"(?i)(?<![\w.+\-])(?P<local>[a-z0-9][\w+\-]*(?:" + _DOT + r"[a-z0-9][\w+\-]*)*)"
        r"(?P<at>\s*[(\[]\s*at\s*[)\]]\s*|\s+at\s+)"
        r"(?P<domain>[a-z0-9][a-z0-9\-]*(?:" + _DOT + r"[a-z0-9][a-z0-9\-]*)*" + _DOT + r"[a-z]{2,12})(?![\w@])(?!\s*[(\[]?\s*at\b)"
    )

    def precheck(self, text: str) -> bool:
        return "@" in text or " at " in text or "(at)" in text or "[at]" in text

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in self._SPELLED.finditer(text):
            if _email_spelled_out(m):
                yield m.start(), m.end(), 0.9
        if "@" not in text:
            return
        for m in self._CANDIDATE.finditer(text):
            start = m.start()
            # "user=odavis@…", "mailto:x@…": the address starts after the last separator.
            head = re.search(r"[=:/?&'`{|}]", m.group().split("@")[0][::-1])
            if head:
                start = m.start() + len(m.group().split("@")[0]) - head.start()
            yield start, m.end(), 1.0


_FILE_EXTENSIONS = {"yaml", "yml", "json", "py", "txt", "md", "js", "ts", "csv", "log", "xml", "html", "conf", "cfg",
                    "ini", "sh", "exe", "zip", "tar", "gz", "pdf", "docx", "png", "jpg", "toml", "lock", "env"}


def _spelled_dot(part: str) -> bool:
    return re.search(r"(?i)\bdot\b", part) is not None


def _email_spelled_out(m: re.Match[str]) -> bool:
    """Bracketed "(at)" says e-mail on its own; a bare " at " needs a spelled "dot" in the domain
    or a local part shaped like an address ("stepanka.zeman", "langgeng78"), so "look at github.com"
    and "meet at home dot" stay prose."""
    if "(" in m.group("at") or "[" in m.group("at"):
        return True
    local = m.group("local")
    if _spelled_dot(local) and not _spelled_dot(m.group("domain")):
        return False
    if _spelled_dot(m.group("domain")):
        return True
    # "stepanka.zeman at post.cz", not "config.yaml at docs.example.com" or "v2 at api.example.com".
    parts = re.split(r"[._]", local.lower())
    return len(parts) > 1 and parts[-1] not in _FILE_EXTENSIONS and m.group("domain").count(".") <= 2
