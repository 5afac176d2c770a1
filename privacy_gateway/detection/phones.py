"""Phone numbers as people write them, with or without a country code.

Moved out of `numbers`: phones need more words around them than the other shapes do.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

import phonenumbers

from privacy_gateway.detection import lines
from privacy_gateway.detection.countries import region_of
from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.numbers import _LEFT, _RIGHT, _after, _before
from privacy_gateway.detection.phone_plans import EXTENSION, EXTENSION_WORD, ROUND_SHORT, completes, digits_of, round_number, short_number, valid_anywhere, valid_in, valid_international, valid_somewhere
from privacy_gateway.detection.phone_cues import CALL_TIME_AFTER, CAMEL_CUE, UNSPACED_PHONE_WORDS, _ADDRESSEE, _CONTEXT, _NEAR_CUE, _cue_words, _cued_before
from privacy_gateway.detection.text_kind import describe


# Units and counted things after a number: "1234567 ms", "12345678 bytes", "1234567 messages", on
# the number's line: the word that opens the next line is the next field's ("tel. 512 904 338\nadres: …").
_COUNTED = re.compile(
    r"[ \t]*(?:ms|s|sec|secs|seconds?|min|minutes?|h|hours?|kb|mb|gb|tb|bytes?|bits?|%|x|px|pt|em|km|m|mi|kg|lbs?|"
    r"messages|calls|numbers|records|entries|digits|characters|chars|users|rows|times|items|frames|nodes|files|lines|"
    r"requests|people|recipients|visitors|downloads|views|points)\b"
)
# A plural noun after a number grouped in thousands, on its line: "20 000 000 recipients", "123 456 789 nodes"
# (not "this", "status", nor a time of day or week).
_PLURAL = re.compile(r"[ \t]+(?!(?:mornings|evenings|afternoons|nights|weekdays|weekends|days|hours|thanks)\b)[a-z]{3,}(?<![siu])s\b")
_THOUSANDS = re.compile(r"\d{1,3}(?:[ ,.]\d{3})+")
def national_number(value: str, text: str) -> bool:
    """Whether a value a loose key ("number", "no") holds reads as a national phone number: seven
    to thirteen digits in two or more groups or after a trunk 0 or a +, not a date, a decimal, a
    version or a round number, and valid in some country's numbering plan."""
    body = EXTENSION.sub("", value.strip())
    digits = re.sub(r"\D", "", body)
    groups = re.findall(r"\d+", body)
    if not 7 <= len(digits) <= 13 or re.search(r"[^\d\s()+.\-/]", body) or round_number(body):
        return False
    if not (len(groups) >= 2 or body.startswith(("0", "+", "("))) or not PhoneNumberRecognizer.shaped(body):
        return False
    return body.count(".") != 2 and valid_somewhere(digits, text)




_YEAR_PAIR = re.compile(r"(?:1\d|20)\d\d(?:\s*[\-/.–]\s*|[ \t]+)(?:1\d|20)\d\d")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


# An e-mail address in the next field of a contact record: "Ene Kisseljov (ene.k@icloud.com,
# 6076906978)", "NAME | NAME@EXAMPLE.DE | 7022283646 |".
_EMAIL_FIELD = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_EMAIL_BEFORE = re.compile(_EMAIL_FIELD + r"[ \t]*[,;|/\t][ \t]*$")
_EMAIL_AFTER = re.compile(r"[ \t]*[,;|/\t][ \t]*" + _EMAIL_FIELD)


def _beside_email(text: str, start: int, end: int) -> bool:
    """Whether the bare digits at text[start:end] stand in a contact record's field beside an e-mail
    address and read as a phone there (`contact_number`): a record's number beside its address."""
    return (_EMAIL_BEFORE.search(text, max(0, start - 80), start) is not None or _EMAIL_AFTER.match(text, end) is not None) and contact_number(text, start, end)


def contact_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a field beside a person on a contact line (`contact_lines`), reads
    as a phone: seven to fifteen digits in a phone's grouping (grouped, or dialled with a trunk 0 or
    a +, or eight digits or more), or six in groups as the small plans write them ("712-345",
    "12 34 56"), not a date, an address, an amount, a count, a round number or a book's number,
    valid in some region's numbering plan."""
    value = text[start:end]
    digits = digits_of(value)
    groups = len(re.findall(r"\d+", value))
    if not (7 <= len(digits) <= 15 or len(digits) == 6 and groups >= 2) or not PhoneNumberRecognizer.shaped(value):
        return False
    if round_number(value) or _THOUSANDS.fullmatch(value) or len(digits) == 6 and ROUND_SHORT.search(digits):
        return False
    if len(digits) < 8 and groups < 2 and not value.startswith(("0", "+", "(")):
        return False
    if _COUNTED.match(text, end) or _PLURAL.match(text, end) or _CURRENCY_AFTER.match(text, end) or _in_isbn(text, start, end):
        return False
    if _COMPACT_DATE.fullmatch(value) or _YEAR_PAIR.fullmatch(value):
        return False  # "| Anna Berg | 20240312 |", "Ada Lovelace - 1815.1852": a date, or life dates
    if value.startswith("+"):
        return valid_international(value)
    return valid_anywhere(digits)


def _two_groups(value: str, text: str) -> bool:
    """Two groups of digits that no count, year or amount is written in: an area code of two to
    five digits, then five to eight digits (a thousands group has three), valid in some country's
    numbering plan."""
    groups = re.split(r"[ \-/]", value)
    if len(groups) != 2:
        return False
    first, second = groups
    if not (2 <= len(first) <= 5 and 5 <= len(second) <= 8 and 8 <= len(first + second) <= 12) or _YEAR_GROUP.fullmatch(first):
        return False
    return not round_number(value) and valid_somewhere(first + second, text)


_YEAR_GROUP = re.compile(r"(?:19|20)\d\d")
# Digits that go on to either side by a space or a hyphen: the run a candidate is a piece of.
_RUN_LEFT = re.compile(r"(?:\d[ \-]?)+$")
_RUN_RIGHT = re.compile(r"(?:[ \-]?\d)+")


def _sentence_before(text: str, start: int, width: int = 100) -> str:
    """The sentence a number stands in, up to it: a phone word there speaks of this number
    ("Her mobile changed last week, so the courier should use 560 1234")."""
    before = _before(text, start, width)
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("! "), before.rfind("? "))
    return before[cut + 1 :]


# A customs tariff's code: a heading of four digits, its subheading, then the national digits,
# dotted ("HS 8471.30", "CN 8471.30.00", "HTS 8517.62.0090"), in a text that speaks of tariffs.
_TARIFF_CODE = re.compile(r"\d{4}\.\d{2}(?:\.\d{2,4}){0,2}")
_TARIFF_WORDS = re.compile(r"(?i:\b(?:hs|hts|htsus|hsn|cn|taric|ncm|tariff|tariffs|commodity|customs|harmoni[sz]ed|subheading|heading|schedule b)\b)")


def _tariff_code(text: str, start: int, end: int) -> bool:
    """Whether a candidate is a customs tariff's code (`_TARIFF_CODE`) in a text about tariffs."""
    return _TARIFF_CODE.fullmatch(text, start, end) is not None and _TARIFF_WORDS.search(text) is not None


def _in_isbn(text: str, start: int, end: int) -> bool:
    """Whether a candidate is part of a book number: a run of digit groups after "ISBN", or thirteen
    digits from 978 or 979 whose EAN check digit holds ("978 0 306 40615 7")."""
    left = _RUN_LEFT.search(text, max(0, start - 20), start)
    first = left.start() if left else start
    right = _RUN_RIGHT.match(text, end)
    last = right.end() if right else end
    if "isbn" in text[max(0, first - 12) : first].lower():
        return True
    digits = re.sub(r"\D", "", text[first:last])
    if len(digits) != 13 or not digits.startswith(("978", "979")):
        return False
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
_CURRENCY_AFTER = re.compile(r"\s*(?:[€$£¥₹]|(?:EUR|USD|GBP|CHF|PLN|CZK|SEK|NOK|DKK|BRL|INR|ZAR|euros?|dollars?|pounds?|kr|zł|Kč|Ft)\b)")




# A number read out, as voice transcripts and dictated notes write it: "oh seven seven double oh nine …",
# or in pairs as French and others read theirs: "zero six, forty one eighty seven thirty nine twenty five".
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# A number read out opens with a digit ("zero six", "oh four"), not a tens word ("twenty one forty" is a score).
# ... or digit by digit in another language, as speech-to-text writes a callback number in German,
# Dutch, French, Spanish, Italian or Portuguese ("null eins fünf zwei, zwei zwei neun sieben, …").
_FOREIGN_DIGITS = (
    "null eins zwei zwo drei vier fünf fuenf sechs sieben acht neun nul een één twee drie vijf zes zeven negen "
    "zéro deux trois quatre cinq sept huit neuf cero uno dos tres cuatro cinco seis siete ocho nueve "
    "due tre quattro cinque sei sette otto nove um dois três quatro sete oito"
).split()
_FOREIGN_DIGIT = "|".join(sorted(set(_FOREIGN_DIGITS), key=len, reverse=True))
_SINGLE_DIGIT = rf"(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|{_FOREIGN_DIGIT})"
_SPOKEN_DIGIT = (
    rf"(?:{_TENS}(?:[ \t]+(?:one|two|three|four|five|six|seven|eight|nine)\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    rf"sixteen|seventeen|eighteen|nineteen|zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|{_FOREIGN_DIGIT})"
)
# Said half in words and half in digits, as typed from a voicemail: "oh two one 847 3390", "zero 7 7 double 9 …".
_SPOKEN = re.compile(
    rf"(?i)\b(?:(?:double|triple)[ \t]+)?(?:{_SINGLE_DIGIT}|\d{{1,4}})(?:(?:[ \t]*,?[ \t]+|[ \t]*-[ \t]*)(?:(?:double|triple)[ \t]+)?"
    rf"(?:{_SPOKEN_DIGIT}|\d{{1,4}})){{2,16}}\b"
)


# A thing's number read out: "order number is four four eight …", "tracking number is j d zero zero …".
_SPOKEN_ID = re.compile(
    r"(?i)\b(?:order|invoice|ticket|case|ref|reference|tracking|parcel|shipment|booking|confirmation|account|policy|claim|"
    r"membership|member|customer|serial|part|model|flight|seat|pin)[ \t]*(?:#|no\.?|number|num|id|code)?[ \t]*(?:is|was|:|#|=)?"
    r"(?:[ \t]+[a-z]){0,3}[ \t]*$"
)
_DIGIT_WORDS = frozenset("zero oh o nought one two three four five six seven eight nine double triple".split() + _FOREIGN_DIGITS)
_PAIR_WORDS = frozenset("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
                        "seventy eighty ninety".split())
_PUNCTUATION = str.maketrans(",.-;:", "     ")
# A callback's or a number's word in German, Dutch, French, Spanish, Italian or Portuguese before a
# number read out in words: "Die Spracherkennung hat die Rückrufnummer so notiert: null eins …".
_FOREIGN_NUMBER_WORD = re.compile(r"(?i)(?:r[uü]ckruf\w*|rufnummer|nummer|terugbel\w*|num[eé]ro|n[uú]mero)")
_DIGIT_BY_DIGIT = re.compile(r"\d(?: {1,2}\d){6,14}")


def _spoken_length(value: str) -> int:
    """How many digits a read-out number has: "double oh" is two, "triple seven" three."""
    count, times, tens = 0, 1, False
    for word in re.findall(r"[^\W\d_]+|\d+", value.lower()):
        if word.isdigit():
            count, times, tens = count + len(word) + (times - 1), 1, False  # "double 9" is two, "847" three
        elif word in ("double", "triple"):
            times = 2 if word == "double" else 3
        elif word in _PAIR_WORDS:  # "forty one" and "forty" are two digits, "twelve" too
            count, times, tens = count + 2, 1, word.endswith("ty")
        elif tens:
            tens = False  # the unit of "forty one", counted with its tens
        else:
            count, times = count + times, 1
    return count


class PhoneNumberRecognizer(ShapeRecognizer):
    """Phone numbers as people write them: +44 20 7946 0958, 001-…, (555) 123-4567 x12, 555.123.4567, 06 12 34 56 78.

    North American and international (+ or 00) shapes count on their own; national numbers with a
    trunk 0 need three or more groups, a phone word nearby, or (outside technical text) a country
    whose numbering plan knows them; bare digit runs need a phone word.
    "order #", "invoice", "ticket", "version" just before a candidate veto it.
    """

    ENTITY = "PHONE_NUMBER"
    _EXT = rf"(?:\s*\(?(?i:{EXTENSION_WORD})\s*\d{{1,6}}\)?)?"
    _NANP = re.compile(
        _LEFT + r"(?:(?:\+1|001|1)[ .\-]?)?(?:\(\d{3}\)[ .\-]?|\d{3}([ .\-]))\d{3}[ .\-]\d{4}" + _EXT + _RIGHT
    )
    # The calling code may stand in brackets after its +, as the Baltics write "+(370) 612 34567".
    _INTL = re.compile(_LEFT + r"(?:\+|00|\+\((?=[1-9]\d{0,2}\)))[1-9]\d{0,2}\)?(?:[ .\-]?\(?\d{1,5}\)?){1,6}" + _EXT + _RIGHT)
    # A trunk 0 and groups: "020 7946 0018", "06-7/707 7605", "(06)64/574-1864", a British
    # six-digit area code "015394 59196".
    # The trunk 8 of Russia, Belarus and Kazakhstan before an area code in brackets: "8 (912) 345-67-89".
    # Vienna's numbers run to nine digits after the area code: "01 234567890". Japan brackets the
    # exchange between the area code and the line: "03(1234)5678", "090(4863)5121".
    _NATIONAL = re.compile(
        _LEFT + r"(?:\(0\d{1,4}\) ?\d{1,8}|0\d{1,5}(?:[ .\-/]|\)?-)\d{1,9}|0\d{1,4}\(\d{1,5}\)\d{3,4}|8[ \-]?\(\d{3,5}\)[ \-]?\d{1,3})(?:[ .\-/]\d{2,8}){0,3}"
        + _EXT + _RIGHT
    )
    _DATE = re.compile(
        r"\d{1,2}([./\-])\d{1,2}\1\d{2,4}|\d{4}([./\-])\d{1,2}\2\d{1,2}"
        # A date written with spaces: "12 03 2024", "2024 03 12".
        r"|(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d|(?:19|20)\d\d (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01])"
    )
    _BARE = re.compile(_LEFT + r"\d{9,12}" + _EXT + _RIGHT)
    # Digit groups without a trunk 0 ("882 596 967", "32 451 26 24", "16 9484-4938"): many countries write them so.
    _GROUPED = re.compile(_LEFT + r"\d{2,5}(?:[ \-]\d{2,5}){1,4}" + _EXT + _RIGHT)
    # Short local numbers ("call 450 7560", "tel: 45 67 89") only right after a phone word.
    # Five digits are a whole number in the small territories (St Helena "51234", the Falklands,
    # Kiribati, Vanuatu): taken only outside technical text, after a cue that says phone.
    # An area code in brackets before a short number: "(22) 12 34" in Greenland, "(712) 345" in Andorra.
    _LOCAL = re.compile(
        _LEFT + r"(?:\d{3}[ .\-]\d{4}|\d{2,4}(?:[ .\-]\d{2,4}){1,3}|\d{5,8}|\(\d{1,4}\) ?\d{2,5}(?:[ .\-]\d{2,4}){0,2})" + _EXT + _RIGHT
    )
    _UNITS = re.compile(r"\s*(?:ms|s|sec|secs|seconds?|min|minutes?|h|hours?|kb|mb|gb|bytes?|%|x|times|rows|items|"
                        r"requests|users|px|pt|em|km|m|mi|kg|lbs?)\b")
    # Whole words only: "David", "Ingrid" and "driver" end in "id" and "ver"; "direct line" is a phone's.
    _VETO = re.compile(
        r"\b(?:order|invoice|ticket|case|ref|reference|tracking|sku|serial|part|model|build|version|ver|v|id|po|"
        r"confirmation|account|acct|iban|card|isbn|issue|pr|job|run|ssn|port|ports|pid|step|(?<!direct )line|lines)\s*"
        r"(?:#|no\.?|number|num|id)?\s*[:#=]?\s*$"
    )
    # A phone word and a preposition before the vetoing word: the label names the phone, then whose it is.
    _WHOSE_PHONE = re.compile(r"(?i:\b(?:phone|tel|telephone|mobile|cell|contact)(?:[ \t]+(?:no\.?|number|#))?[ \t]+(?:on|for|of|from)(?:[ \t]+(?:the|this|that))?[ \t]+)$")
    # A number given as the look of another kind of identifier: "our order numbers look like …",
    # "SKUs such as …", "claim references are formatted as …": an example of that format, no phone.
    _DESCRIBED = re.compile(
        r"\b(?i:order|invoice|ticket|case|claim|policy|polic(?:y|ie)|ref|reference|tracking|sku|serial|part|product|"
        r"item|queue|batch|lot|shipment|parcel|booking|confirmation|membership|isbn)s?"
        r"(?:[ \t]+(?i:#|no\.?|numbers?|nums?|ids?|codes?|references?|refs?))?"
        r"(?:[ \t]+|(?=,))(?i:(?:all[ \t]+|usually[ \t]+|typically[ \t]+)?(?:look|looks|looked)[ \t]+like|(?:are|is|were|was)[ \t]+"
        r"(?:formatted|written|shaped)[ \t]+(?:like|as)|such[ \t]+as|,?[ \t]*(?:e\.g\.|for example|for instance),?)[ \t:]*$"
    )
    # Links that dial or message a number: "tel:0612345678", "sms:+33…", "wa.me/31612345678".
    _URI = re.compile(
        r"(?i:\b(?:tel|callto|sms|facetime|whatsapp)://?|\btel:|\bsms:|\bcallto:|wa\.me/|whatsapp\.com/send/?\?phone=)"
        r"(?P<number>\+?\d[\d\-.()]{5,18}\d)(?![\w@])"
    )

    # Any grouping people write a national number in ("(10)/016-3741", "89/915-3502", "(03)20978273",
    # "26610 60 236 x484"): counted only beside a phone cue (`_cued`).
    # A separator may stand between spaces, as German letterheads write "0621 / 48 77 - 302"; the
    # brackets may hold the trunk and the area code apart, as Hungary and Lithuania write "(06 1)", "(0-612)".
    _CUED = re.compile(
        _LEFT + r"(?:\(\d{1,6}(?:[ \-]\d{1,5})?\)[ .\-/]?)?\d{1,13}(?:(?:[ .\-/]{1,2}| [.\-/] )\(?\d{1,10}\)?){0,6}" + _EXT + _RIGHT
    )
    # Digits set apart one by one, as people write a number to get it past a filter: "0 7 7 0 0 - 9 0 0 - 4 6 1".
    _SPACED = re.compile(_LEFT + r"\d(?:(?: ?[.\-] ?| {1,2})\d){6,14}" + _RIGHT)
    # A phone key glued to its value: a vCard property with its parameters ("TEL;TYPE=home:…",
    # RFC 6350), a log's "phone=…", a form's "mobile:…", a Chinese form's "手机：…".
    _GLUED = re.compile(
        rf"(?im)(?:^(?:item\d+\.)?tel(?:;[^:\n]{{0,60}})?:(?:tel:)?|\b(?:{_cue_words('N')}|cell)(?:[_\-]?(?:no|nr|number|num))?[:=]|{UNSPACED_PHONE_WORDS}[:=])"
        r"[ \t]*(?P<number>\+?\(?\d[\d ().\-/]{2,20}\d\)?" + _EXT + r")(?![\w@]|[.\-/:]\d)"
    )
    # A group of letters and digits right before ("1Z 999 AA1 01 2345 6784", a parcel's tracking
    # number): the digits go on a code, not a phone. A small count glued to its lower-case unit is
    # no code ("kavita r 4pax 06 71 42 88 19", "2ppl", "3kids"): a booking's line, its phone after it;
    # nor is a party's size after "x" ("Hrušovský x4 0905 318 442").
    _CODE_BEFORE = re.compile(r"(?<![\w\-])(?!\d{1,3}[a-z]{3,6} $|[xX]\d{1,2} $)(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,8} $")
    # Octets of 255 at most: "601.12.34.56" is a number in dotted pairs, not an address; a leading
    # zero only after the first ("192.168.001.010"): "078.123.45.67" is a Swiss mobile.
    _IPV4 = re.compile(r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|[01]?\d?\d)){3}")
    # A day and a month that a calendar has: "34-10-1234" is a phone's pairs, "12-10-2024" a date.
    _CALENDAR_DATE = re.compile(
        r"(?:0?[1-9]|[12]\d|3[01])([./\-])(?:0?[1-9]|[12]\d|3[01])\1(?:\d\d|(?:1[89]|20)\d\d)"
        r"|(?:1[89]|20)\d\d([./\-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])"
        r"|(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d|(?:19|20)\d\d (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01])"
    )
    _YEARS = re.compile(r"(?:19|20)\d\d\s*[\-/–]\s*(?:19|20)\d\d")
    # A reservation system's phone field, its city code glued to the number and its kind after it:
    # Sabre's "1.LOS021 448 3917-M" (M mobile, H home, B business, A agency), under "PHONES".
    _GDS_PHONE = re.compile(
        r"(?m)^[ \t]*\d{1,2}\.[A-Z]{3}(?P<number>\+?\d[\d \-]{5,18}\d)(?=-[AHBMTF]\b|[ \t]*$)(?<=\d)"
    )

    def precheck(self, text: str) -> bool:
        """Digits, or a number read out in words."""
        if any(c.isdigit() for c in text):
            return True
        # Five digit words in a row before the slower regex looks (a read-out number has seven or more).
        run = 0
        for word in text.lower().translate(_PUNCTUATION).split():
            run = run + 1 if word in _DIGIT_WORDS or word in _PAIR_WORDS else 0
            if run >= 5:
                return True
        return False

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        # The longest reading of overlapping candidates wins: "Tel. (55) 1234-5678" keeps its area code.
        found = sorted(self._candidates(text), key=lambda c: (c[0] - c[1], c[0]))
        seen: list[tuple[int, int]] = []
        for start, end, score in found:
            if text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
                end -= 1  # "(phone 0532 418 27 64)": the bracket closes the aside, not a group of the number
            if any(s <= start < e or start <= s < end for s, e in seen):
                continue
            # A +CC number its country's plan knows is a phone whatever word stands before it
            # ("the support line +31 111-617658": "line" vetoes "line 42", not a dialled number).
            before = _before(text, start, 40)
            veto = self._VETO.search(before)
            if veto and self._WHOSE_PHONE.search(before, 0, veto.start()):
                veto = None  # "Phone on order:", "mobile on the account:": the order's word says whose phone
            vetoed = veto or self._CODE_BEFORE.search(text, max(0, start - 24), start)
            vetoed = vetoed or self._DESCRIBED.search(_before(text, start, 60))
            if vetoed and not valid_international(text[start:end]):
                continue
            if _in_isbn(text, start, end) or _tariff_code(text, start, end):
                continue
            end = self._across_a_line(text, start, end, seen)
            seen.append((start, end))
            yield start, end, score

    # The digits on the next line, where a line break cut a number: "The number to call is 0161 496\n0000".
    _NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*\d{2,6}(?:[ .\-]\d{2,6}){0,2}(?![\w@]|[.\-/:]\d)")

    def _across_a_line(self, text: str, start: int, end: int, seen: list[tuple[int, int]]) -> int:
        """Where a number found at text[start:end] ends: on the next line when its digits there
        complete it, valid in a numbering plan where the part before the break is not."""
        rest = self._NEXT_LINE.match(text, end)
        if rest is None or any(s < rest.end() and start < e for s, e in seen):
            return end
        part, more = digits_of(text[start:end]), digits_of(rest.group())
        if len(part) + len(more) > 15 or round_number(text[start:end] + " " + rest.group()) or self._counted(text, rest):
            return end
        if text[start] == "+" or text.startswith("00", start):
            whole = text[start:end] + " " + rest.group().strip()
            cut = "+" + text[start:end].lstrip("+0")
            return rest.end() if not valid_international(cut) and valid_international("+" + whole.lstrip("+0")) else end
        return rest.end() if completes(part, part + more, text) else end

    def _candidates(self, text: str) -> Iterator[tuple[int, int, float]]:
        def context(m: re.Match[str]) -> bool:
            return bool(_CONTEXT.search(_before(text, m.start())) or _CONTEXT.search(_after(text, m.end(), 24)))

        for m in self._URI.finditer(text):
            if 7 <= len(digits_of(m.group("number"))) <= 15:
                yield m.start("number"), m.end("number"), 0.8
        for m in self._GLUED.finditer(text):
            digits = digits_of(m.group("number"))
            if (6 <= len(digits) <= 15 or short_number(digits)) and self.shaped(m.group("number")):
                yield m.start("number"), m.end("number"), 0.7
        yield from self._international(text, context)
        for m in self._NANP.finditer(text):
            yield m.start(), m.end(), 0.75 if context(m) else 0.6
        yield from self._national(text, context)
        for m in self._BARE.finditer(text):
            if context(m) or (m.group().startswith("0") and len(m.group()) in (10, 11)) or _beside_email(text, m.start(), m.end()):
                yield m.start(), m.end(), 0.6
        for m in self._LOCAL.finditer(text):
            count = len(digits_of(m.group()))
            if count == 5 and (not short_number(digits_of(m.group())) or describe(text).coded):
                continue
            if 5 <= count <= 8 and _cued_before(_before(text, m.start(), 40), short=count == 5) and not self._UNITS.match(
                text, m.end()
            ) and not self._CALENDAR_DATE.fullmatch(EXTENSION.sub("", m.group())):
                yield m.start(), m.end(), 0.6  # "75.12.34" has no month 75: a number in pairs, not a date
        yield from self._grouped(text, context)
        yield from self._cued(text)
        for m in self._SPACED.finditer(text):
            # Digit by digit ("0 9 1 7  8 3 6 …"), typed so to get past a filter: a phone's word anywhere in the sentence before.
            cued = _cued_before(_before(text, m.start(), 40)) or (
                _DIGIT_BY_DIGIT.fullmatch(m.group()) is not None and _CONTEXT.search(_before(text, m.start(), 80)) is not None
            )
            if 7 <= len(digits_of(m.group())) <= 15 and cued:
                yield m.start(), m.end(), 0.6
        yield from self._country_named(text)
        for m in self._GDS_PHONE.finditer(text):
            if 7 <= len(digits_of(m.group("number"))) <= 15:
                yield m.start("number"), m.end("number"), 0.7
        yield from self._quoted(text)
        yield from self._area_and_number(text)
        for m in _SPOKEN.finditer(text):
            before = _before(text, m.start())
            words = re.findall(r"[^\W\d_]+|\d+", m.group().lower())
            said = sum(word in _DIGIT_WORDS or word in _PAIR_WORDS for word in words)
            # Digits alone are the written patterns' to read; a number read out says two digits in
            # words or more ("778-4193 ten minutes before" is a written number and the time), and
            # all in words, seven words or more ("twenty one forty, thirty fifteen" is a score).
            told = _CONTEXT.search(before) is not None or said == len(words) and _FOREIGN_NUMBER_WORD.search(before) is not None
            if said >= 2 and (said < len(words) or len(words) >= 7) and 7 <= _spoken_length(m.group()) <= 15 and told and not _SPOKEN_ID.search(before):
                yield m.start(), m.end(), 0.6

    def _international(self, text: str, context: Callable[[re.Match[str]], bool]) -> Iterator[tuple[int, int, float]]:
        """+CC numbers (or 00CC) that phonenumbers finds possible, or that a phone word stands beside."""
        for m in self._INTL.finditer(text):
            digits = digits_of(m.group())
            if m.group().startswith("00"):
                digits = digits[2:]
            if not 7 <= len(digits) <= 15:
                continue
            try:
                number = phonenumbers.parse("+" + digits)
                possible = phonenumbers.is_possible_number(number)
            except phonenumbers.NumberParseException:
                possible = False
            if len(digits) == 7 and not (possible and phonenumbers.is_valid_number(number)):
                continue  # seven digits with the code: a small territory's number ("+290 8999", St Helena), valid in its plan
            if possible or context(m):
                yield m.start(), m.end(), 0.8 if possible else 0.6

    def _national(self, text: str, context: Callable[[re.Match[str]], bool]) -> Iterator[tuple[int, int, float]]:
        for m in self._NATIONAL.finditer(text):
            digits = digits_of(m.group())
            groups = len(re.findall(r"\d+", EXTENSION.sub("", m.group())))
            if not 8 <= len(digits) <= 13 or self._DATE.fullmatch(m.group()):
                continue
            if context(m):
                yield m.start(), m.end(), 0.7
            elif groups >= 3 or "(" in m.group():
                yield m.start(), m.end(), 0.5
            elif not round_number(m.group()) and not describe(text).coded and valid_somewhere(digits, text):
                yield m.start(), m.end(), 0.45  # "0151 2345678", "040-4796669": a trunk 0 and a plan that knows it

    def _cued(self, text: str) -> Iterator[tuple[int, int, float]]:
        """Seven to thirteen digits in any grouping right after a phone cue, a contact label or "my …
        number"; or, outside technical text, a phone word within a few words and a number some
        country's numbering plan knows."""
        technical = None
        for m in self._CUED.finditer(text):
            value = m.group()
            digits = digits_of(value)
            if not 7 <= len(digits) <= 13 or not self.shaped(value) or _COUNTED.match(text, m.end()) or round_number(value):
                continue
            if self._CALENDAR_DATE.fullmatch(value.strip("()")):
                continue  # "Call with Anna Berg (12/03/2026)": the call's date, a day and a month a calendar has
            if _THOUSANDS.fullmatch(value) and self._counted(text, m):
                continue  # "from 1 234 567 KRW": an amount
            if _cued_before(_before(text, m.start(), 40)) or _ADDRESSEE.search(text[max(0, m.start() - 48) : m.start()]) or (
                CAMEL_CUE.search(text, max(0, m.start() - 40), m.start())
            ) or (len(digits) >= 8 and not self._counted(text, m) and CALL_TIME_AFTER.match(text, m.end())):
                yield m.start(), m.end(), 0.6
                continue
            technical = describe(text).coded if technical is None else technical
            near = _NEAR_CUE.search(_sentence_before(text, m.start())) or _NEAR_CUE.search(_after(text, m.end(), 24))
            if not near or technical or self._counted(text, m) or self._AMOUNT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            if len(digits) >= 8 and valid_somewhere(digits, text):
                yield m.start(), m.end(), 0.5
            elif _THOUSANDS.fullmatch(value) is None and (
                len(digits) >= 8 or len(re.findall(r"\d+", value)) >= 2 or value.startswith(("0", "("))
            ) and valid_anywhere(digits):
                yield m.start(), m.end(), 0.5  # a small country's plan: Aruba's "560-1234", Bhutan's "2 345 678"

    # A country's name or adjective beside a number: "Kenya: 0712 345678", "my Philippine number 917 …".
    _COUNTRY_WORD = re.compile(r"[^\W\d_]{2,}(?:\.[^\W\d_]\.)?")

    def _country_named(self, text: str) -> Iterator[tuple[int, int, float]]:
        """A number valid in the numbering plan of a country named just before it on its line, or
        just after it ("Kenya: 0712 345678", "in Germany on 015616640050", "0803 053 0260 (Nigeria)"):
        the text says whose plan to read it by, so no phone word is needed."""
        for m in self._CUED.finditer(text):
            value, digits = m.group(), digits_of(m.group())
            if not 7 <= len(digits) <= 13 or not self.shaped(value) or round_number(value) or _THOUSANDS.fullmatch(value):
                continue
            if not value.startswith(("0", "+", "(")) and len(re.findall(r"\d+", value)) < 2:
                continue  # a count ("grew to 53771296"): a phone is grouped or dialled with its trunk 0
            if self._counted(text, m) or self._AMOUNT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            line_start = lines.line_start(text, m.start())
            line_end = lines.line_end(text, m.end())
            near = text[max(line_start, m.start() - 48) : m.start()] + " " + text[m.end() : min(m.end() + 24, line_end)]
            regions = {r for w in self._COUNTRY_WORD.findall(near) if (r := region_of(w)) is not None}
            if any(valid_in(digits, region) for region in regions):
                yield m.start(), m.end(), 0.6

    # A string literal that is a number in groups and nothing else: "'10-9733-7395'" in a SQL row,
    # "(88)/550-5190" in a CSV cell, `\"0300-1234567\"` in JSON held in a string (a tool call's
    # arguments, a payload in code), where the closing quote is escaped. Dots are left to versions
    # and addresses.
    _LITERAL = re.compile(r"""(?<=['"])\+?(?:\(\d{1,5}\)[ /\-]?)?\d{1,6}(?:(?:[ \-/]|\)[ /\-]?)\d{1,8}){1,4}(?=\\?['"])""")

    # Groupings a phone is written in and few other numbers are, each checked against the plans:
    # an area code and a subscriber number ("30 272706", "601/948757"), an area code in brackets
    # without its trunk 0 ("(11) 4100 3790"), dotted groups ("604.483.478"), a one-digit area code
    # and groups ("6 20 556 3569").
    _TWO = re.compile(_LEFT + r"\d{2,5}[ \-/]\d{5,8}" + _EXT + _RIGHT)
    _BRACKETED = re.compile(_LEFT + r"\(\d{1,5}\)[ \-]?\d{2,8}(?:[ \-]\d{2,8}){0,3}" + _EXT + _RIGHT)
    _DOTTED = re.compile(_LEFT + r"\d{2,6}(?:\.\d{2,5}){2,4}" + _EXT + _RIGHT)
    _ONE_DIGIT_AREA = re.compile(_LEFT + r"\d[ \-]\d{2,5}(?:[ \-]\d{2,5}){1,3}" + _EXT + _RIGHT)
    _AMOUNT_BEFORE = re.compile(r"[€$£¥₹]\s*$|\b(?:EUR|USD|GBP|CHF|PLN|CZK|SEK|NOK|DKK|BRL|INR|ZAR|R\$|Rs\.?)\s*$")

    def _area_and_number(self, text: str) -> Iterator[tuple[int, int, float]]:
        """Outside technical text, a number in a phone's grouping that no count, year, amount or
        version is written in, valid in some country's numbering plan: "Abends 30 272706"."""
        if describe(text).coded:
            return
        for pattern in (self._TWO, self._BRACKETED, self._DOTTED, self._ONE_DIGIT_AREA):
            for m in pattern.finditer(text):
                value = EXTENSION.sub("", m.group())
                if self._counted(text, m) or self._AMOUNT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    continue
                if pattern is self._TWO:
                    if _two_groups(value, text):  # checks the plans itself
                        yield m.start(), m.end(), 0.45
                    continue
                digits = digits_of(value)
                if 8 <= len(digits) <= 12 and self.shaped(value) and not round_number(value) and valid_somewhere(digits, text):
                    yield m.start(), m.end(), 0.45

    @staticmethod
    def _counted(text: str, m: re.Match[str]) -> bool:
        """A unit, a plural noun or a currency after the number: "12 345678 units", "1.234.567 EUR"."""
        return bool(_COUNTED.match(text, m.end()) or _PLURAL.match(text, m.end()) or _CURRENCY_AFTER.match(text, m.end()))

    def _quoted(self, text: str) -> Iterator[tuple[int, int, float]]:
        """A quoted value that is a number in two or more groups, valid in some country's numbering
        plan: a phone in a row of values (SQL, CSV, code), whichever key or column it sits under."""
        if "'" not in text and '"' not in text:
            return
        for m in self._LITERAL.finditer(text):
            value, digits = m.group(), digits_of(m.group())
            if 8 <= len(digits) <= 13 and self.shaped(value) and not _THOUSANDS.fullmatch(value) and not round_number(value):
                # Three groups, an area code in brackets or a trunk 0: "1234-5678" may be any code.
                grouped = len(re.findall(r"\d+", value)) >= 3 or value.startswith(("(", "0", "+"))
                if grouped and valid_somewhere(digits, text):
                    yield m.start(), m.end(), 0.5

    @classmethod
    def shaped(cls, value: str) -> bool:
        """Not a date, a span of years, an IPv4 address, a quantity or a decimal."""
        body = EXTENSION.sub("", value)
        if cls._CALENDAR_DATE.fullmatch(body) or cls._YEARS.fullmatch(body) or cls._IPV4.fullmatch(body):
            return False
        groups = re.findall(r"\d+", body)
        return len(groups) <= 6 and not (len(groups) == 2 and "." in body and len(groups[1]) <= 2)

    def _grouped(self, text: str, context: Callable[[re.Match[str]], bool]) -> Iterator[tuple[int, int, float]]:
        """Digits in groups (0612 345 678): beside a phone word, or three groups outside technical text."""
        technical = describe(text).coded
        for m in self._GROUPED.finditer(text):
            digits = digits_of(m.group())
            groups = len(re.findall(r"\d+", EXTENSION.sub("", m.group())))
            if not 8 <= len(digits) <= 12 or self._DATE.fullmatch(m.group()) or self._YEARS.fullmatch(m.group()):
                continue
            if _THOUSANDS.fullmatch(m.group()) and (self._counted(text, m) or self._AMOUNT_BEFORE.search(text, max(0, m.start() - 6), m.start())):
                continue  # "20 000 000 recipients", "12 450 330 EUR"
            if context(m):
                yield m.start(), m.end(), 0.65
            elif groups >= 3 and not technical:
                yield m.start(), m.end(), 0.45

