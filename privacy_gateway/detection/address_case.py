"""Lines typed in one case, cased as postal addresses are printed, for the address patterns.

"schick es an lindenstr 4, 35037 marburg", "ADDRESS IS 14 KELVIN GROVE GLASGOW G3 7RP": chats and
shouted forms write addresses in one case, and the patterns of `address` read a street's and a
town's words by their capitals. The copy keeps every offset (a letter whose other case is longer,
"ß", stays as it is), so a span found in it is the same span of the text.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import letter_case

_TOKEN = re.compile(r"\w+")
# A line with a digit and letters in one case only.
_HAS_DIGIT = re.compile(r"\d")


def _one_case(line: str) -> bool:
    if not _HAS_DIGIT.search(line):
        return False
    upper = lower = False
    for c in line:
        if c.isupper():
            upper = True
        elif c.islower():
            lower = True
        if upper and lower:
            return False
    return upper or lower


def _same_length(value: str, upper: bool) -> str:
    out = []
    for c in value:
        d = c.upper() if upper else c.lower()
        out.append(d if len(d) == 1 else c)
    return "".join(out)


def _cased(word: str, beside_digits: bool, after_number: bool = False) -> str:
    """How an address prints `word`: codes and house numbers in capitals ("g3" "7rp"), a short word
    beside them too (a state or a Dutch postcode's letters: "il 62704", "3511 lx"), function words
    in lower case but for a street's first word after its number ("39 well street"), every other
    word capitalised."""
    if any(c.isdigit() for c in word):
        return _same_length(word, True)
    if word.lower() in STOP_WORDS and not after_number:
        return _same_length(word, False)
    if beside_digits and len(word) <= 3:
        return _same_length(word, True)
    return _same_length(word[0], True) + _same_length(word[1:], False)


def _recase_line(line: str) -> str:
    tokens = list(_TOKEN.finditer(line))
    out = list(line)
    for i, m in enumerate(tokens):
        near = [t.group() for t in tokens[max(0, i - 1) : i + 2] if t is not m]
        beside = any(w.isdigit() and len(w) >= 4 for w in near)
        after_number = i > 0 and tokens[i - 1].group().isdigit() and line[tokens[i - 1].end() : m.start()] == " "
        out[m.start() : m.end()] = _cased(m.group(), beside, after_number)
    return "".join(out)


# A quoted string on a line of other words: a log message or a call quotes the value it failed on
# ("no match for '874 WHITNEY FORGES APT. 248, KEVINVIEW 78604'") in the case the user typed it.
_QUOTED = re.compile(r"'(?P<s>[^'\n]{6,160})'|\"(?P<d>[^\"\n]{6,160})\"")


# A short line of words in one case and no digit: a town's or a country's line in an address block,
# quoted or bulleted as the block is ("> szeged", "- BRISTOL").
_TOWN_LINE = re.compile(r"[ \t]*(?:>[ \t>]*|[-*•][ \t]+)?[^\W\d_]+(?:[ '’\-][^\W\d_]+){0,3}[ \t]*,?[ \t]*")


def _town_line(line: str) -> bool:
    return letter_case(line) != "mixed" and _TOWN_LINE.fullmatch(line) is not None


def recased_lines(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """`text` with its one-case lines that hold a digit cased as an address prints them, and so the
    one-case quoted strings of other lines, and where those are; None when there is none."""
    lines = text.split("\n")
    spans: list[tuple[int, int]] = []
    pos = 0
    after_number = False  # the line before was a one-case line with a digit, or a town line after one
    for k, line in enumerate(lines):
        if _one_case(line) or after_number and _town_line(line):
            # A town's line after a street's, in the same block ("180 cavendish avenue\nbristol\nbs7 4ay").
            lines[k] = _recase_line(line)
            spans.append((pos, pos + len(line)))
            after_number = True
            pos += len(line) + 1
            continue
        after_number = False
        if "'" in line or '"' in line:
            for m in _QUOTED.finditer(line):
                group = "s" if m.group("s") is not None else "d"
                start, end = m.span(group)
                if _one_case(line[start:end]):
                    lines[k] = lines[k][:start] + _recase_line(line[start:end]) + lines[k][end:]
                    spans.append((pos + start, pos + end))
        pos += len(line) + 1
    return ("\n".join(lines), spans) if spans else None
