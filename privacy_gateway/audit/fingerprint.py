"""Keyed fingerprints of detected values, so a reviewer can find a value's requests without storing it.

A fingerprint is HMAC-SHA256 (hex) over a normalised value. Normalising makes the forms a person
would type for the same value meet: case and runs of whitespace never matter, and a code-like value
(digits, optionally with letters, written with separators) loses its separators, so "078-05-1120",
"078 05 1120" and "078051120" match, as do "GB87 YODA 1901 ..." and "GB87YODA1901...".
Dotted IPv4 addresses keep their dots: without them "1.10.0.1" and "11.0.0.1" would collide.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

_CODE_LIKE = re.compile(r"[0-9a-z\s./()+-]*[0-9][0-9a-z\s./()+-]*\Z")
_SEPARATORS = re.compile(r"[\s./()+-]")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}\Z")


def normalise(value: str) -> str:
    """The form of `value` that gets fingerprinted."""
    text = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    if _CODE_LIKE.match(text) and not _IPV4.match(text):
        text = _SEPARATORS.sub("", text)
    return text


def fingerprint(value: str, key: bytes) -> str:
    """HMAC-SHA256 hex of the normalised `value` under `key`."""
    return hmac.new(key, b"fingerprint:v1:" + normalise(value).encode("utf-8"), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    """A short public name for `key`, stored in records to tell which key made their fingerprints."""
    return hmac.new(key, b"key-id:v1", hashlib.sha256).hexdigest()[:16]
