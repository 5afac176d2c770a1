"""Recognizers for numbers with a shape: payment cards, SSNs, driver's licences, IPs (phone numbers: `phones`).

Each one finds candidates with one regex, then checks what a regex cannot: Luhn for cards, the
SSA's never-issued ranges for SSNs, digit counts and nearby words for phones and licences. Words
around a candidate decide the borderline cases ("order #" kills a phone number, "SSN" makes nine
bare digits a social security number), so version strings, order numbers, hashes, UUIDs and
error codes stay untouched.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IpRecognizer

from privacy_gateway.checksums import iban_mod97, luhn
from privacy_gateway.detection import lines
from privacy_gateway.detection.base import ShapeRecognizer

# A word character of the scripts that write words apart (Latin, Greek, Cyrillic, digits): glued to
# a number, it makes one token with it ("ab123", "x86"). Chinese, Japanese, Korean and Thai write
# no spaces, so a number stands right against their words ("であれば090-4187-2263にお電話").
_TOKEN_CHAR = r"0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u024f\u0370-\u03ff\u0400-\u052f"
# Nothing glued on the left: a word character, a separator that would make this part of a longer
# token (1.2.3, a-b-c, /path, +x), or a hex digit run.
_LEFT = rf"(?<![{_TOKEN_CHAR}+.\-/:#@])"
# Nothing glued on the right: no word character, no separator going on with more digits
# ("-Office" after a phone number is fine, "-12" is not).
_RIGHT = rf"(?![{_TOKEN_CHAR}@]|[.\-/:]\d)"


def _before(text: str, start: int, width: int = 48) -> str:
    return text[max(0, start - width) : start].lower()


def _after(text: str, end: int, width: int = 32) -> str:
    return text[end : end + width].lower()


class PaymentCardRecognizer(ShapeRecognizer):
    """13 to 19 digits, plain or grouped by one kind of separator, Luhn-valid, with a major network's first digit."""

    ENTITY = "CREDIT_CARD"
    _CANDIDATE = re.compile(_LEFT + r"(?:\d{12,19}|\d{3,6}( ?[\-./] ?| )\d{2,7}(?:\1\d{1,7}){1,4})" + _RIGHT)
    # One digit at a time ("4 5 3 9 1 4 8 8 …"): a card only next to a card word.
    _SPACED = re.compile(_LEFT + r"\d( ?[\-./] ?| )\d(?:\1\d){11,17}" + _RIGHT)
    # Separators that change or double ("4539 1488-0343  6467", OCR and hand-typed forms): the
    # groupings the networks print count on their own, any other grouping next to a card word.
    _MIXED = re.compile(_LEFT + r"\d{1,7}(?:(?: ?[\-./] ?| {1,3})\d{1,7}){2,7}" + _RIGHT)
    # As embossed: 4-4-4-4 (Visa, Mastercard, Discover, JCB), 4-6-5 American Express (34, 37),
    # 4-6-4 Diners Club (30, 36, 38).
    _PRINTED = re.compile(r"\d{4}(?:\D+\d{4}){3}|3[47]\d{2}\D+\d{6}\D+\d{5}|3[068]\d{2}\D+\d{6}\D+\d{4}")
    _CONTEXT = re.compile(r"card|credit|debit|visa|master|amex|american express|discover|jcb|diners|maestro|\bcc\b|pan\b|pay")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in self._CANDIDATE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            # 2 Mastercard (2221-2720), 3 Amex/JCB/Diners, 4 Visa, 5 Mastercard/Maestro, 6 Discover/UnionPay,
            # 1800 and 2131 the old 15-digit JCB ranges.
            major = digits[0] in "23456" or digits.startswith("1800")
            context = self._CONTEXT.search(_before(m.string, m.start(), 64))
            # Maestro numbers may have 12 digits; so may much else, so only next to a card word.
            shortest = 12 if context and digits[0] in "56" else 13
            if not shortest <= len(digits) <= 19 or not major or not luhn(digits):
                continue
            yield m.start(), m.end(), 1.0 if context else 0.85
        for m in self._SPACED.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if self._CONTEXT.search(_before(m.string, m.start(), 64)) and luhn(digits):
                yield m.start(), m.end(), 0.95
        for m in self._MIXED.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if not 13 <= len(digits) <= 19 or digits[0] not in "23456" or not luhn(digits):
                continue
            if self._CONTEXT.search(_before(m.string, m.start(), 64)):
                yield m.start(), m.end(), 0.95
            elif self._PRINTED.fullmatch(m.group()):
                yield m.start(), m.end(), 0.85


class SocialSecurityNumberRecognizer(ShapeRecognizer):
    """AAA-GG-SSSS in ranges the SSA issues. Dashes, dots or slashes make the shape; spaces, none,
    mixed separators or one digit at a time (3 1 8 4 4 2 0 7 1) need SSN context."""

    ENTITY = "US_SSN"
    _CANDIDATE = re.compile(_LEFT + r"(\d{3})( ?[\-./] ?| ?)(\d{2})( ?[\-./] ?| ?)(\d{4})" + _RIGHT)
    _SPACED = re.compile(_LEFT + r"\d( ?[\-./] ?| )\d(?:\1\d){7}" + _RIGHT)
    _VERSION = re.compile(r"(?:\bv|version|ver\.?|release|build|rev|revision|page|pages|pp\.?)\s*$")
    _CONTEXT = re.compile(r"\bssn|social[\s\-]*security|\bsocial\b|\bss\s*(?:#|no\b|num)|\bsocsec|\bsin\b|\btaxpayer")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in self._CANDIDATE.finditer(text):
            area, sep, group, sep2, serial = m.groups()
            if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
                continue
            context = self._CONTEXT.search(_before(text, m.start(), 64)) or self._CONTEXT.search(_after(text, m.end()))
            if sep != sep2:  # mixed separators ("247-51 6181"): only an SSN next to SSN words
                if context:
                    yield m.start(), m.end(), 0.9
            elif sep.strip():
                if not context and sep.strip() != "-" and self._VERSION.search(_before(text, m.start(), 16)):
                    continue  # "version 318.44.2071": dots and slashes also number releases
                yield m.start(), m.end(), 0.95 if context else 0.7
            elif context:
                yield m.start(), m.end(), 0.9
        for m in self._SPACED.finditer(text):
            if self._CONTEXT.search(_before(text, m.start(), 64)) and _ssn_ranges_ok(re.sub(r"\D", "", m.group())):
                yield m.start(), m.end(), 0.9


def _ssn_ranges_ok(digits: str) -> bool:
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")


class DriverLicenceRecognizer(ShapeRecognizer):
    """An ID of letters and digits right after words naming a driver's licence; never without them."""

    ENTITY = "US_DRIVER_LICENSE"
    # A DVLA licence as its card groups it, surname, birth date, initials and check ("PRITC 704152 AB9XY"),
    # first: spaced, the one-run shape would take none of it.
    _CANDIDATE = re.compile(
        _LEFT + r"(?:[A-Z9]{5}[ \t]?\d{6}[ \t]?[A-Z9]{2}\d[A-Z]{2}(?:[ \t]?\d{2})?|(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{4,18}[A-Z0-9])" + _RIGHT
    )
    _CONTEXT = re.compile(
        r"(?:driver['’]?s?|driving|motorist)\s*(?:licen[cs]e|permit|lic\.?)|\bdl\b|\bdln\b|\blicen[cs]e\s*(?:number|no\.?|#|id)"
    )

    def precheck(self, text: str) -> bool:
        lowered = text.lower()
        return "lic" in lowered or "dl" in lowered

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in self._CANDIDATE.finditer(text):
            if self._CONTEXT.search(_before(text, m.start(), 40)):
                yield m.start(), m.end(), 0.85


class IbanChecksumRecognizer(ShapeRecognizer):
    """IBANs whose mod-97 check holds but whose length Presidio's per-country table rejects
    (generators and typos get lengths wrong; the checksum still says "bank account")."""

    ENTITY = "IBAN_CODE"
    _CANDIDATE = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:[ \-.]?[A-Z0-9]{4}){2,7}(?:[ \-.]?[A-Z0-9]{1,4})?(?![\w])")

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        for m in self._CANDIDATE.finditer(text):
            compact = re.sub(r"[ \-.]", "", m.group())
            if 15 <= len(compact) <= 34 and iban_mod97(compact):
                yield m.start(), m.end(), 0.8


# The blocks reserved for documentation and examples (RFC 5737, RFC 3849): no machine has them.
_DOCUMENTATION = tuple(
    ipaddress.ip_network(block) for block in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)
# Public DNS resolvers every network guide names (Google, Cloudflare, Quad9, OpenDNS): a service's, no one's.
_PUBLIC_RESOLVERS = frozenset(
    "8.8.8.8 8.8.4.4 1.1.1.1 1.0.0.1 9.9.9.9 149.112.112.112 208.67.222.222 208.67.220.220 "
    "2001:4860:4860::8888 2001:4860:4860::8844 2606:4700:4700::1111 2606:4700:4700::1001".split()
)


def _network(value: str) -> bool:
    """Whether `value` is a network's range in CIDR form, its host part all zero ("10.0.0.0/8",
    "172.16.0.0/12"): a route or a firewall rule's, not one machine's ("10.62.1.86/24" is one host)."""
    try:
        network = ipaddress.ip_network(value, strict=True)
    except ValueError:
        return False
    return network.prefixlen < network.max_prefixlen


# What marks a private address as a machine's: a service's port after it (below the ephemeral
# range a client's connection comes from), a URL's host, a key that names an instance's or a pod's
# address; and a log line a health check or a scraper wrote (its user agent on the line).
_SERVICE_PORT = re.compile(r":(\d{2,5})(?!\d)")
_URL_HOST = re.compile(r"[a-z]+://$")
_MACHINE_KEY = re.compile(
    r"(?i:(?:private|public|pod|host|cluster|node|instance|server|internal|external|loadbalancer|bind|listen|gateway|vip)[_ -]?ip(?:address|v4)?|"
    r"server|upstream|bootstrap[_-]servers?|endpoints?|nameserver|host(?:name)?|bind[_-]address)[\"']?[ \t]*[:=]?[ \t]*[\"'\[]?[ \t]*$"
)
_PROBE_LINE = re.compile(
    r"(?i:kube-probe|ELB-HealthChecker|Blackbox Exporter|Prometheus/|GoogleHC|Consul Health|Pingdom|UptimeRobot|"
    r"health[_-]?check|/healthz|/readyz|/livez)"
)


def _machine(text: str, start: int, end: int) -> bool:
    """Whether the private address at text[start:end] is a machine's, by where it stands: a
    service's port after it, a URL's host, a key naming a machine's address, a health check's line."""
    port = _SERVICE_PORT.match(text, end)
    if port is not None and int(port.group(1)) < 10000:
        return True
    if _URL_HOST.search(text, max(0, start - 10), start) or _MACHINE_KEY.search(text, max(0, start - 40), start):
        return True
    return _PROBE_LINE.search(text, lines.line_start(text, start), lines.line_end(text, end)) is not None


class GatewayIpRecognizer(IpRecognizer):
    """Presidio's IPv4/IPv6 recognizer, minus addresses that identify nobody (0.0.0.0, loopback,
    IPv4 link-local, netmasks, the documentation blocks, public DNS resolvers, a network's range) and
    four-part version numbers ("v1.2.3.4", "version 4.2.1.0")."""

    _VERSION = re.compile(r"\b(?:v|version|ver\.?|release|build)\s*$")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        if "IP_ADDRESS" not in entities or not (":" in text or "." in text):
            return []
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts):
            value = text[result.start : result.end]
            if "/" in value and _network(value):
                continue  # "10.20.0.0/16": a network's range, not one machine
            try:
                address = ipaddress.ip_address(value.split("/")[0])
            except ValueError:
                kept.append(result)
                continue
            if address.is_unspecified or address.is_loopback or value.startswith("255.") or value.endswith(".255"):
                continue
            if address.version == 4 and address.is_link_local or any(address in block for block in _DOCUMENTATION) or str(address) in _PUBLIC_RESOLVERS:
                # "203.0.113.7" in docs, "8.8.8.8", "169.254.169.254": addresses of no one. Not an IPv6
                # link-local address: "fe80::1ff:fe23:4567:890a" carries its device's hardware address.
                continue
            if address.is_private and _machine(text, result.start, result.end):
                continue  # "dial tcp 10.4.0.7:8080", "PrivateIp": "10.0.3.17", a health check's line: a machine's
            if address.version == 4 and self._VERSION.search(text[max(0, result.start - 10) : result.start].lower()):
                continue
            kept.append(result)
        return kept
