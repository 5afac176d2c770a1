"""Credentials: cloud keys, tokens, private keys, JWTs, passwords and API keys in assignments.

Each kind is recognised by its published prefix or framing (AKIA…, ghp_…, xoxb-…, -----BEGIN …
PRIVATE KEY-----, eyJ….eyJ….…) or by an assignment to a name that says what it is
(`password=`, `api_key:`, `Authorization: Bearer`). Assignments whose value is a reference or a
placeholder (`os.environ["DB_PASSWORD"]`, `${TOKEN}`, `<your key>`, `None`, `****`) are code
about secrets, not secrets, and pass.
"""

from __future__ import annotations

import re
from typing import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.numbers import ShapeRecognizer

_B = r"(?<![A-Za-z0-9_\-])"  # start of a token
_E = r"(?![A-Za-z0-9_\-])"  # end of a token

# (entity, pattern, group holding the secret)
_PREFIXED: list[tuple[str, re.Pattern[str], int]] = [
    ("CLOUD_ACCESS_KEY", re.compile(_B + r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}" + _E), 0),
    ("CLOUD_ACCESS_KEY", re.compile(
        r"(?i:aws_?secret_?(?:access_?)?key|secret_?access_?key|aws_?session_?token)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40,})"), 1),
    ("CLOUD_ACCESS_KEY", re.compile(_B + r"AIza[0-9A-Za-z_\-]{35}" + _E), 0),
    ("CLOUD_ACCESS_KEY", re.compile(r"(?i:AccountKey)=([A-Za-z0-9+/]{40,}={0,2})"), 1),
    ("ACCESS_TOKEN", re.compile(_B + r"(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})" + _E), 0),
    ("ACCESS_TOKEN", re.compile(_B + r"xox[abposr]-[A-Za-z0-9\-]{10,}" + _E), 0),
    ("ACCESS_TOKEN", re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+"), 0),
    ("ACCESS_TOKEN", re.compile(_B + r"(?:glpat|gldt|glrt)-[A-Za-z0-9_\-]{20,}" + _E), 0),
    ("ACCESS_TOKEN", re.compile(_B + r"npm_[A-Za-z0-9]{36}" + _E), 0),
    ("ACCESS_TOKEN", re.compile(r"(?i:\bbearer)\s+([A-Za-z0-9\-._~+/]{16,}=*)"), 1),
    ("API_KEY", re.compile(_B + r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}" + _E), 0),
    ("API_KEY", re.compile(_B + r"sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_\-]{20,}" + _E), 0),
    ("API_KEY", re.compile(_B + r"(?:hf|SG)[_.][A-Za-z0-9_\-.]{30,}" + _E), 0),
    ("JWT", re.compile(_B + r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}" + _E), 0),
    ("PRIVATE_KEY", re.compile(
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)"), 0),
    # user:password@host in a URL.
    ("PASSWORD", re.compile(r"\b[a-z][a-z0-9+.\-]*://[^\s:/@]+:([^\s@/]{3,})@[\w.\-]+"), 1),
]

# name = value, name: value, "name": "value", --name value
_ASSIGNED = re.compile(
    r"(?i:(?<![A-Za-z0-9])(?P<name>[A-Za-z0-9_.\-]*?(?P<kind>passwd|password|passphrase|pwd|pass|secret|"
    r"api[_\-]?key|apikey|x-api-key|access[_\-]?key|secret[_\-]?key|private[_\-]?key|client[_\-]?secret|"
    r"auth[_\-]?token|access[_\-]?token|refresh[_\-]?token|token))(?![A-Za-z0-9])[\"']?)"
    r"(?:\s*(?:[:=]|=>|:=)\s*|\s+(?:is|was)\s+|\s+)"
    r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`,;)}\]]{4,200})(?P=q)"
)
_REFERENCE = re.compile(
    r"^(?:none|null|nil|true|false|str|string|int|bytes|optional\[.*|undefined|required|empty|redacted|hidden|"
    r"changeme|placeholder|example|xxx+|\*+|\.\.\.|<|\$.*|%.*|\{.*|env\b.*|os\.|process\.env|getenv|settings\.|"
    r"config\.|self\.|args\.|request\.|input\(|getpass|secrets?\.|vault\.|your[_\-].*|my[_\-].*)",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*(?:\(.*\))?$")
_FILLER_WORDS = {"is", "was", "the", "a", "an", "and", "for", "of", "to", "in", "on", "with", "that", "this", "it",
                 "reset", "field", "manager", "policy", "hash", "hashing", "length", "strength", "expired", "wrong"}


def _looks_secret(value: str, quoted: bool) -> bool:
    """A literal value, not a variable, a call, a type, a placeholder or an English word."""
    if _REFERENCE.match(value) or value.lower() in _FILLER_WORDS:
        return False
    if quoted:
        return True
    if _IDENTIFIER.match(value) and not any(c.isdigit() for c in value):
        return False  # password=pw, token=get_token(): a reference, or prose
    return True


def _key_like(value: str) -> bool:
    """Keys and tokens are long and mix letters with digits; "max_token=1024" is a setting."""
    letters, digits = any(c.isalpha() for c in value), any(c.isdigit() for c in value)
    return len(value) >= 20 or (len(value) >= 12 and letters and digits)


class SecretRecognizer(ShapeRecognizer):
    """Credentials of every kind the gateway keeps local; one recognizer so the text is scanned once per kind."""

    ENTITY = "PASSWORD"
    ENTITIES = ["CLOUD_ACCESS_KEY", "ACCESS_TOKEN", "PRIVATE_KEY", "JWT", "PASSWORD", "API_KEY"]

    def __init__(self) -> None:
        super().__init__()
        self.supported_entities = list(self.ENTITIES)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        wanted = set(entities) & set(self.ENTITIES)
        if not wanted:
            return []
        return [
            RecognizerResult(entity, start, end, score, recognition_metadata=self._metadata())
            for entity, start, end, score in self._find_all(text)
            if entity in wanted
        ]

    def _find_all(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        taken: list[tuple[int, int]] = []
        for entity, pattern, group in _PREFIXED:
            for m in pattern.finditer(text):
                taken.append((m.start(group), m.end(group)))
                yield entity, m.start(group), m.end(group), 0.95
        for m in _ASSIGNED.finditer(text):
            start, end = m.start("value"), m.end("value")
            if any(s < end and start < e for s, e in taken):
                continue
            value, quoted = m.group("value"), bool(m.group("q"))
            kind = m.group("kind").lower().replace("-", "_")
            separator = text[m.end("name") : start]
            if not re.search(r"[:=]", separator) and not quoted and not any(c.isdigit() for c in value):
                continue  # "the password is hunter" in prose needs a digit or quotes
            if not _looks_secret(value, quoted):
                continue
            if kind in ("passwd", "password", "passphrase", "pwd", "pass", "secret"):
                yield "PASSWORD", start, end, 0.85
            elif _key_like(value):
                yield ("ACCESS_TOKEN" if kind.endswith("token") else "API_KEY"), start, end, 0.85

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:  # unused: analyze covers every entity
        return iter(())
