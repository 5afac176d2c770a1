"""Numbers said aloud, written in digits for the patterns that read addresses and dates.

Speech-to-text and people typing as they speak write "flat two fourteen orchard way ledbury h r
eight two b q" and "born the third of june twenty fifteen": the address and date patterns read a
house number, a postcode and a year by their digits, and find nothing. `spoken_view` writes each
run of number words in digits ("flat 2 14 orchard way ledbury hr82bq", "born the 3rd of june
2015") as a `normalize.View`, so that a span found in the copy maps back to the words that said it.

A run's numbers are written as they are said, one after another: "four eighteen" is 418, "nineteen
eighty eight" 1988, "five five seven three one" 55731, "one hundred and twelve" 112, "two thousand
and one" 2001. After a unit's word ("flat", "unit", "apartment") its number ends there: "unit three
six wattle street" is unit 3 at number 6. Spelled letters join the digits only in a run of two
number words or more, where a postcode is said ("h g two four q t" is hg24qt; "a two bed flat"
stays). Ordinals are written as such ("twenty first" is 21st) only next to a month's name. A
capitalised number word opens a name, not a number said ("Three Mile Island").
"""

from __future__ import annotations

import re

from privacy_gateway.detection.normalize import View, _Builder, view_of

_UNITS = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_ORDINALS = {**_ORDINAL_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_REPEAT = {"double": 2, "triple": 3}
_NUMBER_WORDS = frozenset({*_UNITS, *_TEENS, *_TENS, "hundred", "thousand"})
# Words after which a number is the unit's own, never the start of the house number after it.
_UNIT_WORDS = frozenset("flat unit apartment apt suite room floor house no number".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())

_TOKEN = re.compile(r"[A-Za-z]+")
# Punctuation said aloud, which address blocks are cut by: "ledbury comma", "new line".
_SAID_MARKS = re.compile(r"(?i)[ \t]*\b(?:(?P<comma>comma)|(?P<stop>full[ \t]+stop|period)|(?P<line>new[ \t]+(?:line|paragraph)))\b")
_MARKS = {"comma": ",", "stop": ".", "line": "\n"}
_LOWER_WORD = re.compile(r"[a-z]+")
_SAYABLE = frozenset({*_NUMBER_WORDS, *_ORDINALS})


def says_numbers(text: str) -> bool:
    """Whether `text` says a number in words: one word of them, in any case (a set's test, cheaper
    than the scans it spares most texts)."""
    return not _SAYABLE.isdisjoint(_LOWER_WORD.findall(text.lower()))


def spoken_view(text: str) -> View | None:
    """`text` with its runs of number words in digits and its punctuation said aloud written, or
    None when it says no number in words."""
    if not says_numbers(text):
        return None
    tokens = list(_TOKEN.finditer(text))
    rewrites: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group().lower()
        if len(word) > 1 and word not in _SAYABLE and word not in _REPEAT:
            i += 1  # no run starts at a word that says no number: most words
            continue
        run = _run(text, tokens, i)
        if not run:
            i += 1
            continue
        rewrites += _written(text, tokens, i, i + len(run))
        i += len(run)
    if not rewrites:
        return None
    rewrites += [(m.start(), m.end(), _MARKS[m.lastgroup or "comma"]) for m in _SAID_MARKS.finditer(text)]
    out = _Builder(text)
    done = 0
    for start, end, written in sorted(rewrites):
        out.copy(done, start)
        out.replace(start, end, written)
        done = end
    out.copy(done, len(text))
    return out.view()


def _run(text: str, tokens: list[re.Match[str]], i: int) -> list[re.Match[str]]:
    """The tokens from `i` that say one run of numbers (number words, "double" and "triple", "and"
    after a hundred or a thousand, an ordinal beside a month, spelled letters where a postcode is
    said), with only spaces between them; empty when no run starts at `i`."""
    first = tokens[i].group()
    if first[0].isupper() and not first.isupper():
        return []  # "Three Mile Island", "Seven Sisters Road": a capitalised number opens a name, not a number said
    run: list[re.Match[str]] = []
    for k in range(i, len(tokens)):
        token = tokens[k]
        if run and text[run[-1].end() : token.start()].strip(" \t"):
            break
        word = token.group().lower()
        if word in _NUMBER_WORDS or word in _REPEAT or len(word) == 1:
            run.append(token)
        elif word == "and" and run and run[-1].group().lower() in ("hundred", "thousand"):
            run.append(token)
        elif word in _ORDINALS and _beside_month(tokens, k):
            run.append(token)
            break  # an ordinal ends the day: "ninth nineteen fifty eight" is the 9th, then 1958
        else:
            break
    words = [t.group().lower() for t in run]
    spelled = sum(w in _NUMBER_WORDS for w in words) >= 2  # a postcode may be said with letters in it
    letters = 0
    while letters < len(words) and len(words[letters]) == 1:
        letters += 1
    if letters and not (spelled and letters <= 2):
        return []  # "a two bed flat": the run starts after the article, at the next token
    if not spelled:  # letters after one number word are words of their own ("two a day")
        cut = next((k for k, w in enumerate(words) if len(w) == 1), len(words))
        run, words = run[:cut], words[:cut]
    while words and words[-1] in ("and", *_REPEAT):
        run, words = run[:-1], words[:-1]
    if not words or words[0] in ("hundred", "thousand") or not any(w in _NUMBER_WORDS or w in _ORDINALS for w in words):
        return []
    if words in (["one"], ["oh"]):
        return []  # "one of them", "oh no": said as a word more often than a number
    return run


def _beside_month(tokens: list[re.Match[str]], k: int) -> bool:
    """Whether a month's name is within two words of token `k`: "the third of june", "march twenty second"."""
    near = tokens[max(0, k - 3) : k] + tokens[k + 1 : k + 3]
    return any(t.group().lower() in _MONTHS for t in near)


def _written(text: str, tokens: list[re.Match[str]], first: int, last: int) -> list[tuple[int, int, str]]:
    """The run `tokens[first:last]` in digits: one (start, end, digits) for each number said, a
    unit's number apart from the house number after it."""
    before = tokens[first - 1].group().lower() if first > 0 else ""
    pieces: list[tuple[int, int, str]] = []
    start = tokens[first].start()
    digits = ""
    k = first
    while k < last:
        word = tokens[k].group().lower()
        end = tokens[k].end()
        if len(word) == 1:
            digits += word
            k += 1
        elif word in _REPEAT and k + 1 < last and tokens[k + 1].group().lower() in _UNITS:
            digits += str(_UNITS[tokens[k + 1].group().lower()]) * _REPEAT[word]
            end = tokens[k + 1].end()
            k += 2
        elif word in _ORDINALS:
            value = _ORDINALS[word]
            digits += f"{value}{_suffix(value)}"
            k += 1
        elif word in _TENS:
            value = _TENS[word]
            k += 1
            if k < last and tokens[k].group().lower() in _ORDINAL_UNITS:
                value += _ORDINAL_UNITS[tokens[k].group().lower()]
                digits += f"{value}{_suffix(value)}"
                end = tokens[k].end()
                k += 1
            else:
                if k < last and tokens[k].group().lower() in _UNITS and tokens[k].group().lower() not in ("zero", "oh", "nought"):
                    value += _UNITS[tokens[k].group().lower()]
                    end = tokens[k].end()
                    k += 1
                digits += str(value)
        elif word in _UNITS or word in _TEENS:
            value = _UNITS.get(word, _TEENS.get(word, 0))
            k += 1
            if k < last and tokens[k].group().lower() in ("hundred", "thousand"):
                value, k, end = _hundreds(tokens, k, last, value)
            digits += str(value)
        else:  # "hundred", "thousand" or "and" with nothing before: no number of its own
            k += 1
            if not digits:
                start = tokens[k].start() if k < last else end
                continue
        if before in _UNIT_WORDS and not pieces and digits:
            pieces.append((start, end, digits))
            digits = ""
            start = tokens[k].start() if k < last else end
            before = ""
            continue
        if k >= last and digits:
            pieces.append((start, end, digits))
    return pieces


def _hundreds(tokens: list[re.Match[str]], k: int, last: int, value: int) -> tuple[int, int, int]:
    """`value` hundred or thousand and what follows ("one hundred and twelve", "two thousand and
    one"): the number, the index after it, the end of its last word."""
    end = tokens[k].end()
    scale = 100 if tokens[k].group().lower() == "hundred" else 1000
    value *= scale
    k += 1
    if k < last and tokens[k].group().lower() == "and":
        k += 1
    rest = 0
    if k < last and tokens[k].group().lower() in _TENS:
        rest = _TENS[tokens[k].group().lower()]
        end = tokens[k].end()
        k += 1
        if k < last and tokens[k].group().lower() in _UNITS and _UNITS[tokens[k].group().lower()]:
            rest += _UNITS[tokens[k].group().lower()]
            end = tokens[k].end()
            k += 1
    elif k < last and (tokens[k].group().lower() in _TEENS or tokens[k].group().lower() in _UNITS):
        word = tokens[k].group().lower()
        rest = _TEENS.get(word, _UNITS.get(word, 0))
        end = tokens[k].end()
        k += 1
        if scale == 1000 and k < last and tokens[k].group().lower() == "hundred":
            rest, k, end = _hundreds(tokens, k, last, rest)
    return value + rest, k, end


def _suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


# Before an identifier said aloud: "my social security number is five three six, two two, …",
# "card number four five three two, one one one one, …". Only there are digits written in the view
# every recognizer reads: elsewhere a number said aloud is read as it is (phones have their own
# reading, `phones._SPOKEN`), and the recognizer of names reads words.
_ID_CUE = re.compile(
    r"(?i)\b(?:ssn|social[ \t]+security|card|credit|debit|visa|mastercard|amex|iban|account|acct|sort[ \t]+code|routing|"
    r"passport|national[ \t]+insurance|nino|tax|tin|nif|nie|cpf|pesel|bsn|personnummer|id|identity|licen[cs]e|"
    r"medical[ \t]+record|mrn|nhs|insurance|policy|member(?:ship)?)\b"
)
_DIGIT_VALUES = {**{w: str(v) for w, v in _UNITS.items()}, **{w: str(v) for w, v in _TEENS.items()}}
_SAID_DIGIT = r"(?:" + "|".join(sorted({*_DIGIT_VALUES, *_TENS}, key=len, reverse=True)) + r")"
_SAID_DIGITS = re.compile(
    rf"(?i)\b(?:(?:double|triple)[ \t]+)?{_SAID_DIGIT}(?:(?:[ \t]*,[ \t]*|[ \t]*-[ \t]*|[ \t]+dash[ \t]+|[ \t]+)(?:(?:double|triple)[ \t]+)?{_SAID_DIGIT}\b){{6,24}}"
)
_GROUP_BREAK = re.compile(r"(?i)[ \t]*(?:,|-|\bdash\b)[ \t]*")


def said_digits_view(view: View) -> View:
    """`view` with each identifier said aloud after its cue ("card number four five three two, …")
    written in digits, its groups apart as said ("4532 1111 2222 3336")."""
    text = view.text
    if not says_numbers(text) or _ID_CUE.search(text) is None:
        return view
    rewrites = []
    for m in _SAID_DIGITS.finditer(text):
        digits = _said_groups(m.group())
        if sum(len(g) for g in digits) >= 7 and _ID_CUE.search(text, max(0, m.start() - 60), m.start()):
            rewrites.append((m.start(), m.end(), " ".join(digits)))
    if not rewrites:
        return view
    out = _Builder(text)
    done = 0
    for start, end, written in rewrites:
        out.copy(done, start)
        out.replace(start, end, written)
        done = end
    out.copy(done, len(text))
    said = out.view()
    return View(view.original, said.text, said._view_starts, said._pieces, None if view.identity else view)


def _said_groups(said: str) -> list[str]:
    """The digits of a number said aloud, one string per group said apart: "five three six, two
    two" is ["536", "22"]; "double oh" is "00"; "forty one" is "41", "forty" "40"."""
    groups = []
    for part in _GROUP_BREAK.split(said):
        words = part.lower().split()
        digits = ""
        k = 0
        while k < len(words):
            word = words[k]
            if word in _REPEAT and k + 1 < len(words) and words[k + 1] in _DIGIT_VALUES:
                digits += _DIGIT_VALUES[words[k + 1]] * _REPEAT[word]
                k += 2
            elif word in _TENS:
                if k + 1 < len(words) and words[k + 1] in _UNITS and _UNITS[words[k + 1]]:
                    digits += str(_TENS[word] + _UNITS[words[k + 1]])
                    k += 2
                else:
                    digits += str(_TENS[word])
                    k += 1
            else:
                digits += _DIGIT_VALUES.get(word, "")
                k += 1
        if digits:
            groups.append(digits)
    return groups


def read_view(text: str) -> View:
    """The view of `text` every recognizer reads: normalized (`normalize.view_of`), then with the
    identifiers said aloud after their cue in digits."""
    return said_digits_view(view_of(text))
