"""Numbering plans: whether digits are a phone number somewhere (`phonenumbers`), and the parts of
a written number that are not its digits (an extension, a round run).

Moved out of `phones`, which reads where numbers stand; this reads what they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

# `phonenumbers` compiles its numbering plans' patterns through `re`'s cache of 512, which an
# analysis's own patterns turn over: a number checked against the forty plans of `valid_somewhere`
# recompiled some of them (the checks of a 600-character text: 0.50 -> 0.45 ms). The patterns are
# the library's metadata, no text of a prompt; every plan's compiled adds under 1 MB.
if hasattr(phonenumbers, "enable_pattern_cache"):  # phonenumbers 9.0.x; older releases compile as before
    phonenumbers.enable_pattern_cache()


# An extension, in English and as German, Italian, Spanish, French, Dutch, Polish and Portuguese
# offices write it ("Durchwahl 12", "int. 302", "interno 4", "poste 21", "toestel 8", "wew. 15", "ramal 3").
EXTENSION_WORD = r"(?:x|ext\.?|extension|#|durchwahl|dw\.|int\.|interno|anexo|poste|toestel|tst\.|wew\.|ramal)"
EXTENSION = re.compile(rf"(?i)\s*\(?{EXTENSION_WORD}\s*\d{{1,6}}\)?$")


def digits_of(value: str) -> str:
    """The digits of a number without its extension: "092 739 57 01 x3451" has ten, not fourteen."""
    return re.sub(r"\D", "", EXTENSION.sub("", value))


# Five zeros or nines in a row, or seven of any digit: a round number or a mask (10000000, 16 000 000,
# 99999999, 5555555), not a phone. Five of another digit are a number's own: "(11) 2688-8882".
ROUND_NUMBER = re.compile(r"0{5}|9{5}|(\d)\1{6}")
_ROUND_END = re.compile(rf"(?:{ROUND_NUMBER.pattern})$")
# A short number that is round or one digit repeated ("10000", "25000", "7777"), or a year.
ROUND_SHORT = re.compile(r"000$|(\d)\1{3}|^(?:19|20)\d\d$")


def round_number(value: str) -> bool:
    """Whether a written number is round or a mask (`ROUND_NUMBER`): the run stands in one group or
    runs to the number's end ("10000000", "16 000 000", "555-5555"). A run that only crosses a
    group's edge inside the number is its own digits: "(11) 2000-0009" is a São Paulo landline."""
    value = EXTENSION.sub("", value)
    return _ROUND_END.search(digits_of(value)) is not None or any(ROUND_NUMBER.search(group) for group in re.findall(r"\d+", value))


def short_number(digits: str) -> bool:
    """Four or five digits that may be a whole phone number where a key or a cue says phone: the
    numbers of the small territories (St Helena "22158", Tokelau "7290", Niue "7012"), not a round
    number or a year."""
    return 4 <= len(digits) <= 5 and ROUND_SHORT.search(digits) is None


_REGIONS = (
    "US", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "PL", "SE", "NO", "DK", "FI", "PT", "IE", "CZ", "HU", "RO",
    "GR", "TR", "RU", "UA", "IL", "AE", "IN", "CN", "JP", "KR", "TW", "TH", "VN", "ID", "AU", "NZ", "BR", "MX", "AR", "CA",
)


def valid_somewhere(digits: str, text: str) -> bool:
    """A national number some country's numbering plan knows (`phonenumbers`), the countries whose
    calling codes the text already shows first."""
    hinted = [r for cc in re.findall(r"(?<![\w+])(?:\+|00)([1-9]\d{0,2})", text)[:4]
              for r in phonenumbers.region_codes_for_country_code(int(cc))]
    return any(valid_in(digits, region) for region in (*hinted, *_REGIONS))


# Plans that take numbers of almost any length, where a number cut short still reads as valid.
_LAX = frozenset({"DE", "AT", "IT", "FI", "NO"})


def completes(part: str, joined: str, text: str) -> bool:
    """Whether the digits `joined` are a number valid in some plan, and the `part` before them valid
    in none but the plans that take any length: the rest of a number that a line break cut
    ("0161 496" / "0000")."""
    hinted = [r for cc in re.findall(r"(?<![\w+])(?:\+|00)([1-9]\d{0,2})", text)[:4]
              for r in phonenumbers.region_codes_for_country_code(int(cc))]
    regions = (*hinted, *_REGIONS)
    if any(valid_in(part, region) for region in regions if region not in _LAX):
        return False
    return any(valid_in(joined, region) and not valid_in(part, region) for region in regions)


@lru_cache(maxsize=4096)
def valid_anywhere(digits: str) -> bool:
    """A national number the plan of any region `phonenumbers` knows, the small ones too (Aruba,
    Bhutan, Guyana): asked only where a phone word already stands beside the number."""
    return any(valid_in(digits, region) for region in phonenumbers.SUPPORTED_REGIONS)


def valid_international(value: str) -> bool:
    """Whether `value` is written with a + and valid in its country's numbering plan."""
    if not value.startswith("+"):
        return False
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(EXTENSION.sub("", value))))
    except phonenumbers.NumberParseException:
        return False


def valid_in(digits: str, region: str) -> bool:
    """Whether `digits` are a valid national number in `region`'s numbering plan."""
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(digits, region)))
    except phonenumbers.NumberParseException:
        return False


def placeholder_number(value: str) -> bool:
    """Whether `value` is a form's zero-filled mask, a number that stands for no one's ("(00) 00000-0000",
    "010-0000-0000", "0900 000 000": four digits in five zeros or more). Not the numbers reserved
    for fiction (North America's 555-01xx, the UK's 07700 900xxx): corpora and tests write them as
    real people's numbers."""
    digits = digits_of(value)
    return len(digits) >= 6 and 5 * digits.count("0") >= 4 * len(digits)
