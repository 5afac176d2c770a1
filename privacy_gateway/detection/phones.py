"""Phone numbers as people write them, with or without a country code.

Moved out of `numbers`: phones need more words around them than the other shapes do.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

import phonenumbers

from privacy_gateway.detection.numbers import _LEFT, _RIGHT, ShapeRecognizer, _after, _before
from privacy_gateway.detection.text_kind import describe


class PhoneNumberRecognizer(ShapeRecognizer):
    """Phone numbers as people write them: +44 20 7946 0958, 001-…, (555) 123-4567 x12, 555.123.4567, 06 12 34 56 78.

    North American and international (+ or 00) shapes count on their own; national numbers with a
    trunk 0 need three or more groups or a phone word nearby; bare digit runs need a phone word.
    "order #", "invoice", "ticket", "version" just before a candidate veto it.
    """

    ENTITY = "PHONE_NUMBER"
    _EXT = r"(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?"
    _NANP = re.compile(
        _LEFT + r"(?:(?:\+1|001|1)[ .\-]?)?(?:\(\d{3}\)[ .\-]?|\d{3}([ .\-]))\d{3}[ .\-]\d{4}" + _EXT + _RIGHT
    )
    _INTL = re.compile(_LEFT + r"(?:\+|00)[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,5}\)?){1,6}" + _EXT + _RIGHT)
    # A trunk 0 and groups: "020 7946 0018", "06-7/707 7605", "(06)64/574-1864".
    _NATIONAL = re.compile(
        _LEFT + r"(?:\(0\d{1,4}\) ?\d{1,8}|0\d{1,4}(?:[ .\-/]|\)?-)\d{1,8})(?:[ .\-/]\d{2,8}){0,3}" + _EXT + _RIGHT
    )
    _DATE = re.compile(r"\d{1,2}([./\-])\d{1,2}\1\d{2,4}|\d{4}([./\-])\d{1,2}\2\d{1,2}")
    _BARE = re.compile(_LEFT + r"\d{9,12}" + _EXT + _RIGHT)
    # Digit groups without a trunk 0 ("882 596 967", "32 451 26 24", "16 9484-4938"): many countries write them so.
    _GROUPED = re.compile(_LEFT + r"\d{2,5}(?:[ \-]\d{2,5}){1,4}" + _EXT + _RIGHT)
    _CONTEXT = re.compile(
        r"phone|tel\b|tel[:.]|telephone|mobile|cell|call|ring|fax|whatsapp|text(?:ed)? (?:me|him|her)|\breach\b|contact|"
        r"\bsms\b|dial|number|landline|vcard|hotline|\bmob\b|\bcel\b|celular|m[oó]vil|portable|\bhandy\b|"
        r"\bgsm\b|natel|telefon|t[eé]l[eé]phone|telefono|tel[eé]fono|puhelin|\btlf\b"
    )
    # Short local numbers ("call 450 7560", "tel: 45 67 89") only right after a phone word.
    _LOCAL = re.compile(_LEFT + r"(?:\d{3}[ .\-]\d{4}|\d{2,4}(?:[ .\-]\d{2,4}){1,3}|\d{6,8})" + _EXT + _RIGHT)
    _LOCAL_CUE = re.compile(
        r"(?:phone|tel|telephone|mobile|cell|call|ring|fax|whatsapp|text|sms|dial|landline|extension|reach me|"
        r"handy|mob|celular|m[oó]vil|portable|gsm)\b\W{0,3}(?:(?:me|him|her|us|them|on|at|is|was|no\.?|"
        r"number|#|to|for|via|message|messages)\W{1,3}){0,3}$"
    )
    _UNITS = re.compile(r"\s*(?:ms|s|sec|secs|seconds?|min|minutes?|h|hours?|kb|mb|gb|bytes?|%|x|times|rows|items|"
                        r"requests|users|px|pt|em|km|m|mi|kg|lbs?)\b")
    _VETO = re.compile(
        r"(?:order|invoice|ticket|case|ref|reference|tracking|sku|serial|part|model|build|version|ver|v|id|po|"
        r"confirmation|account|acct|iban|card|isbn|issue|pr|job|run|ssn|port|ports|pid|step|line|lines)\s*"
        r"(?:#|no\.?|number|num|id)?\s*[:#=]?\s*$"
    )

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        seen: list[tuple[int, int]] = []
        for start, end, score in self._candidates(text):
            if any(s <= start < e or start <= s < end for s, e in seen):
                continue
            if self._VETO.search(_before(text, start, 24)):
                continue
            seen.append((start, end))
            yield start, end, score

    def _candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        def context(m: re.Match[str]) -> bool:
            return bool(self._CONTEXT.search(_before(text, m.start())) or self._CONTEXT.search(_after(text, m.end(), 24)))

        yield from self._international(text, context)
        for m in self._NANP.finditer(text):
            yield m.start(), m.end(), 0.75 if context(m) else 0.6
        yield from self._national(text, context)
        for m in self._BARE.finditer(text):
            if context(m) or (m.group().startswith("0") and len(m.group()) in (10, 11)):
                yield m.start(), m.end(), 0.6
        for m in self._LOCAL.finditer(text):
            count = sum(c.isdigit() for c in m.group())
            if 6 <= count <= 8 and self._LOCAL_CUE.search(_before(text, m.start(), 28)) and not self._UNITS.match(
                text, m.end()
            ) and not self._DATE.fullmatch(m.group()):
                yield m.start(), m.end(), 0.6
        yield from self._grouped(text, context)

    def _international(self, text: str, context: Callable[[re.Match[str]], bool]) -> Iterator[tuple[int, int, float]]:
        """+CC numbers (or 00CC) that phonenumbers finds possible, or that a phone word stands beside."""
        for m in self._INTL.finditer(text):
            digits = re.sub(r"\D", "", m.group().split("x")[0].split("ext")[0])
            if m.group().startswith("00"):
                digits = digits[2:]
            if not 8 <= len(digits) <= 15:
                continue
            try:
                number = phonenumbers.parse("+" + digits)
                possible = phonenumbers.is_possible_number(number)
            except phonenumbers.NumberParseException:
                possible = False
            if possible or context(m):
                yield m.start(), m.end(), 0.8 if possible else 0.6

    def _national(self, text: str, context: Callable[[re.Match[str]], bool]) -> Iterator[tuple[int, int, float]]:
        for m in self._NATIONAL.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            groups = len(re.findall(r"\d+", m.group()))
            if not 8 <= len(digits) <= 13 or self._DATE.fullmatch(m.group()):
                continue
            if context(m):
                yield m.start(), m.end(), 0.7
            elif groups >= 3 or "(" in m.group():
                yield m.start(), m.end(), 0.5

    def _grouped(self, text: str, context: Callable[[re.Match[str]], bool]) -> Iterator[tuple[int, int, float]]:
        """Digits in groups (0612 345 678): beside a phone word, or three groups outside technical text."""
        technical = describe(text).technical
        for m in self._GROUPED.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            groups = len(re.findall(r"\d+", m.group()))
            if not 8 <= len(digits) <= 12 or self._DATE.fullmatch(m.group()):
                continue
            if context(m):
                yield m.start(), m.end(), 0.65
            elif groups >= 3 and not technical:
                yield m.start(), m.end(), 0.45
