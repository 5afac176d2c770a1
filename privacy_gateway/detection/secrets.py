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

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.lexicon import english_form
from privacy_gateway.detection.base import ShapeRecognizer

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
    # user:password@host in a URL of any scheme (redis://:password@host has no user); the password
    # may itself hold an @, so it runs to the last one before the host.
    ("PASSWORD", re.compile(r"(?i:\b[a-z][a-z0-9+.\-]{0,31}://)[^\s:/@]*:([^\s/]{3,}?)@[\w\-]+(?:\.[\w\-]+)*(?=[:/?#\s\"'>]|$)"), 1),
    # HTTP Basic auth: the header's value (the normalized view shows it decoded as user:password),
    # and curl's -u user:password.
    ("PASSWORD", re.compile(r"(?i:\b(?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?basic)\s+([^\s\"',;]{4,})"), 1),
    ("PASSWORD", re.compile(r"\bBasic\s+[^\s:\"']+:([^\s\"']{3,})"), 1),
    ("PASSWORD", re.compile(r"(?<!\S)(?:-u|--user)\s+[\"']?[^\s:\"']+:([^\s\"']{3,}?)[\"']?(?=\s|$)"), 1),
    # Other Authorization schemes (Token, ApiKey, Digest…); Bearer has its own pattern above.
    ("ACCESS_TOKEN", re.compile(
        r"(?i:\b(?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?(?!bearer\b|basic\b)(?:[a-z][\w\-]*\s+)?)([^\s\"',;]{12,})"), 1),
]

# PIN and passcode stated in prose or a form: "my PIN is 4821", "passcode: 73910", "pw: Tr0ub4dor".
_PIN = re.compile(
    r"(?i:\b(?:pin(?:\s*(?:code|number|no\.?))?|passcode|pass\s+code|pw|pwd)\b\s*(?:is|was|=|:|->|to)\s*[:=]?\s*)"
    r"(?P<q>[\"'`]?)(?P<value>[^\s\"'`,;]{4,64}?)(?P=q)(?=[.,;!?)]*(?:\s|$))"
)
# Cookie and Set-Cookie headers, and HAR's cookie entries and Cookie headers.
_COOKIE_HEADER = re.compile(r"(?im)^[ \t>]*(?:set-)?cookie[ \t]*:[ \t]*(.+)$")
_HAR_COOKIE_HEADER = re.compile(r'(?i)"name"\s*:\s*"(?:set-)?cookie"\s*,\s*"value"\s*:\s*"((?:[^"\\]|\\.)*)"')
_HAR_COOKIES = re.compile(r'(?i)"(?:request|response)?cookies"\s*:\s*\[([^\]]*)\]')
_HAR_VALUE = re.compile(r'"value"\s*:\s*"((?:[^"\\]|\\.)*)"')
_COOKIE_PAIR = re.compile(r"(?:^|;)\s*([^=;\s]+)=([^;]*)")
_COOKIE_ATTRIBUTES = {"path", "domain", "expires", "max-age", "samesite", "secure", "httponly", "priority", "version",
                      "comment", "partitioned"}
_PASSWORD_KINDS = {"passwd", "password", "passphrase", "pwd", "pass", "secret", "passwort", "kennwort", "contraseña",
                   "contrasena", "senha", "mot de passe", "mot_de_passe", "mdp", "wachtwoord"}
_ABOUT_PASSWORDS = {"incorrect", "correct", "invalid", "valid", "wrong", "weak", "strong", "short", "long", "empty",
                    "blank", "missing", "needed", "mandatory", "optional", "secure", "insecure", "unique", "simple",
                    "complex", "different", "same", "similar", "visible", "hidden", "known", "unknown", "shown",
                    "there", "here", "below", "above", "attached", "inside", "still", "already", "never", "always",
                    "being", "about", "based", "case", "stored", "sent", "random", "generated", "temporary", "given"}
_ADJECTIVE_ENDINGS = ("ed", "ing", "ly", "ive", "ous", "ful", "able", "ible", "ent", "ant", "less", "al", "ic", "ary", "ory")

# The names of secrets, each opening with a letter (`KIND_INITIALS` reads them so).
KINDS = (
    r"passwd|password|passphrase|pwd|pass|secret|passwort|kennwort|contraseña|contrasena|senha|"
    r"mot de passe|mot_de_passe|mdp|wachtwoord|"
    r"api[_\-]?key|apikey|x-api-key|access[_\-]?key|secret[_\-]?key|private[_\-]?key|client[_\-]?secret|"
    r"auth[_\-]?token|access[_\-]?token|refresh[_\-]?token|token|session[_\-]?id|sessid|sid|sig|signature|key"
)
# Their first letters. The lookahead on them before the kind tests what the words' first letters
# test anyway (the same characters match, case folded alike), so the matches are the same; but each
# letter of a name costs one class check instead of every word tried there.
KIND_INITIALS = "".join(sorted({word[0] for word in KINDS.split("|")}))
# name = value, name: value, "name": "value", --name value
_ASSIGNED = re.compile(
    rf"(?i:(?<![A-Za-z0-9])(?P<name>[A-Za-z0-9_.\-]{{0,48}}?(?=[{KIND_INITIALS}])(?P<kind>{KINDS}))(?![A-Za-z0-9])[\"']?)"
    r"(?:\s*(?:[:=]|=>|:=)\s*|\s+(?:is|was|ist|lautet|est|es|è|é|era|war)\s+|\s+)"
    r"(?P<q>[\"'`]?)(?P<value>(?:[^\s\"'`,;)}\]&]|&(?![\w\-]+=)){4,200})(?P=q)"
)
_REFERENCE = re.compile(
    r"^(?:none|null|nil|true|false|str|string|int|bytes|optional\[.*|undefined|required|empty|redacted|hidden|"
    r"changeme|placeholder|example|xxx+|\*+|\.\.\.|<|\$.*|%.*|\{.*|env\b.*|os\.|process\.env|getenv|settings\.|"
    r"config\.|self\.|args\.|request\.|input\(|getpass|secrets?\.|vault\.|your[_\-].*|my[_\-].*|"
    # A value that only names its own kind is a documentation placeholder: postgres://user:password@host.
    r"(?:pass(?:word|wd)?|pwd|secret|token|api[_\-]?key|user(?:name)?)$)",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*(?:\(.*\))?$")
_FILLER_WORDS = {"is", "was", "the", "a", "an", "and", "for", "of", "to", "in", "on", "with", "that", "this", "it",
                 "reset", "field", "manager", "policy", "hash", "hashing", "length", "strength", "expired", "wrong"}


# Names that end in a secret's word but carry a public value: the WebSocket handshake's key is a
# nonce every proxy sees (RFC 6455), its accept value a hash of it.
_PUBLIC_NAMES = frozenset({"sec-websocket-key", "sec-websocket-accept"})


# Where a `*_pass` directive sends requests (nginx's proxy_pass, fastcgi_pass): a URL with no
# credentials in it, a socket, a host and port. A password holds none of these shapes.
_ENDPOINT = re.compile(r"(?i:[a-z][a-z0-9+.\-]*://[^@\s]+|unix:\S+|(?:localhost|[\w\-]+(?:\.[\w\-]+)+):\d{2,5})")


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


def _noun_like(value: str) -> bool:
    """A bare word after "password is" is a password unless it is what people say *about*
    passwords ("incorrect", "required", "expired", "case-sensitive"): a closed set of words and
    the endings of adjectives and participles. (spaCy's small model tags any unknown word in that
    position as an adjective, so its tags cannot decide.)"""
    lowered = value.lower()
    if lowered in _FILLER_WORDS or lowered in _ABOUT_PASSWORDS or _REFERENCE.match(value) or len(value) < 5:
        return False
    if not value.isalpha():
        return True  # Tr0ub4dor-like mixes
    return not lowered.endswith(_ADJECTIVE_ENDINGS)


def _cookie_values(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every session-like value in Cookie/Set-Cookie headers and HAR cookie lists."""
    if "ookie" not in text and "OOKIE" not in text:
        return
    for m in _COOKIE_HEADER.finditer(text):
        yield from _pairs(m.group(1), m.start(1))
    for m in _HAR_COOKIE_HEADER.finditer(text):
        yield from _pairs(m.group(1), m.start(1))
    for m in _HAR_COOKIES.finditer(text):
        for v in _HAR_VALUE.finditer(m.group(1)):
            if _cookie_like(v.group(1)):
                yield m.start(1) + v.start(1), m.start(1) + v.end(1)


def _pairs(header: str, offset: int) -> Iterator[tuple[int, int]]:
    for p in _COOKIE_PAIR.finditer(header):
        value = p.group(2).strip().strip('"')
        if p.group(1).lower() in _COOKIE_ATTRIBUTES or not _cookie_like(value):
            continue
        start = offset + p.start(2) + p.group(2).index(value)
        yield start, start + len(value)


def _cookie_like(value: str) -> bool:
    """Session ids are long or mix letters and digits; "theme=dark" and "lang=en" are settings."""
    return len(value) >= 8 and (_key_like(value) or (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)))


class SecretRecognizer(ShapeRecognizer):
    """Credentials of every kind the gateway keeps local; one recognizer so the text is scanned once per kind."""

    ENTITY = "PASSWORD"
    ENTITIES = ["CLOUD_ACCESS_KEY", "ACCESS_TOKEN", "PRIVATE_KEY", "JWT", "PASSWORD", "API_KEY"]

    def precheck(self, text: str) -> bool:
        return True  # secrets need not hold a digit

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None = None) -> Iterator[tuple[str, int, int, float]]:
        taken: list[tuple[int, int]] = []
        for entity, pattern, group in _PREFIXED:
            for m in pattern.finditer(text):
                if _REFERENCE.match(m.group(group)):
                    continue
                taken.append((m.start(group), m.end(group)))
                yield entity, m.start(group), m.end(group), 0.95
        for start, end in _cookie_values(text):
            taken.append((start, end))
            yield "ACCESS_TOKEN", start, end, 0.9
        for m in _PIN.finditer(text):
            value = m.group("value")
            if any(c.isdigit() for c in value) and _looks_secret(value, True):
                taken.append((m.start("value"), m.end("value")))
                yield "PASSWORD", m.start("value"), m.end("value"), 0.85
        yield from _assigned(text, taken)


def _assigned(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[str, int, int, float]]:
    """Values given to a secret's name (`password=…`, "the wifi password is …") outside the `taken` spans."""
    for m in _ASSIGNED.finditer(text):
        start, end = m.start("value"), m.end("value")
        if any(s < end and start < e for s, e in taken):
            continue
        value, quoted = m.group("value"), bool(m.group("q"))
        if not quoted and value.endswith(".") and (end == len(text) or text[end].isspace()):
            value, end = value[:-1], end - 1  # the sentence's full stop, not the secret's
            if len(value) < 4:
                continue
        if m.group("name").strip("\"'").lower() in _PUBLIC_NAMES or _ENDPOINT.fullmatch(value):
            continue
        if m.start() > 0 and text[m.start() - 1] == "=" and not re.search(r"[:=]", text[m.end("name") : start]):
            continue  # "spf=pass smtp.mailfrom=…" (a mail's Authentication-Results): the word is a value, not a name
        kind = m.group("kind").lower().replace("-", "_")
        separator = text[m.end("name") : start]
        # In a query string or form body (?a=1&password=x) every value is a literal.
        quoted = quoted or (m.start() > 0 and text[m.start() - 1] in "?&")
        prose = not re.search(r"[:=]", separator) and not quoted
        is_password = kind in _PASSWORD_KINDS
        if prose and value[0] in "([{<" and not any(c.isdigit() for c in value):
            continue  # "a ConfigMap and a Secret (which goes where?)": a bracket after the word opens an aside
        if prose and not any(c.isdigit() for c in value):
            # "the wifi password is bluebird" counts; "the password is incorrect" does not.
            if not (is_password and _noun_like(value)):
                continue
            # With no "is" between them, a word after "password" is prose going on ("asks for the
            # password twice"), unless it is no English word ("password bluebird7" has a digit).
            if not separator.strip() and english_form(value.lower()):
                continue
        elif not _looks_secret(value, quoted):
            continue
        if is_password:
            yield "PASSWORD", start, end, 0.85
        elif _key_like(value):
            yield ("ACCESS_TOKEN" if kind.endswith(("token", "session_id", "sessid", "sid")) else "API_KEY"), start, end, 0.85
