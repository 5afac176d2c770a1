"""The text as recognizers should read it, with every offset mapped back to the original.

People (and attackers) write identifiers in ways a regex over the raw text misses: full-width
digits, zero-width characters or soft hyphens inside a number, U+2011 or U+2212 for a dash, a
Cyrillic "А" in "АВ123456С", an e-mail written `maria%40example.com`, `&#64;` or `\\u0040`, a form
body's spaces written "+" (`nir=1+82+10+33+063+217+78&…`), a password inside `Authorization: Basic <base64>`. `view_of` undoes all of these once, before
detection; `View.span` maps a finding on the view back to the original characters that produced
it, so masking replaces what the client actually sent (the whole `%40`, the whole base64 token).

A text with nothing to undo (pure ASCII without `%`, `&`, `\\u` or "Basic") gets the identity view
for the price of a few substring tests: clean prompts pay nothing.
"""

from __future__ import annotations

import base64
import binascii
import functools
import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Invisible characters that only ever hide structure: zero-width space/joiners, marks, bidi
# controls, word joiner, BOM, soft hyphen, Mongolian vowel separator, combining grapheme joiner.
_REMOVED = frozenset("\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                     "\u2060\u2061\u2062\u2063\u2064\ufeff")
# Hyphens and minus signs are always a dash; en and em dashes only next to a digit (318–44–2071),
# so prose punctuation ("Maria—the new hire") reaches the NER as written.
_HYPHENS = frozenset("\u2010\u2011\u2043\u2212\ufe63\ufe58\u02d7")
_DASHES = frozenset("\u2012\u2013\u2014\u2015")
_SLASHES = frozenset("\u2044\u2215")
# Cyrillic and Greek letters drawn like Latin ones; folded inside a word that also holds an ASCII
# letter or digit, or, in a text whose letters are mostly Latin, inside a word of look-alikes only
# (a mixed-script word, or a lone Cyrillic "АВ" in English, is an evasion; a Russian text is
# Russian, and so is a Russian word in English: "наб. Павлова, д. 432" keeps its letters).
_LOOKALIKES = {
    **dict(zip("АВЕЅІЈКМНОРСТХУаеіјосрхуѕԁһԛԝ", "ABESIJKMHOPCTXYaeijocpxysdhqw")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιν", "ABEZHIKMNOPTYXaoiv")),
}
_SPECIAL = frozenset(_REMOVED | _HYPHENS | _DASHES | _SLASHES | set(_LOOKALIKES))

# One pattern per encoding, each searched only when its first character is in the text: a
# pattern that starts with a literal is found by a fast scan, an alternation of five is not.
_BASIC = re.compile(r"\bbasic[ \t]+([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])", re.IGNORECASE)
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPES = re.compile(r"(?:\\u[0-9A-Fa-f]{4})+")
# Any other base64 token is decoded only when it hides an e-mail address (a header value, a
# claim): other decodings would hand the NER bytes nobody wrote.
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_\-])[A-Za-z0-9+/]{12,}={0,2}(?![A-Za-z0-9+/=_\-])")
_HIDDEN_EMAIL = re.compile(r"[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_WORD_CHAR = re.compile(r"[\w\u00ad\u200b-\u200d\u2060\ufeff]")
# A form body's or a query string's field, whose value writes a space as "+" ("nir=1+82+10+33+063+217+78",
# "adresse=6+rue+du+Dauphin"): a key, "=", and a value with a "+", beside another field's "&".
_FORM_FIELD = re.compile(r"(?:(?<=[?&\s])|^)[A-Za-z_][\w.\-\[\]]{0,40}=(?P<v>[^&\s#=+]*(?:\+[^&\s#=+]+)+)(?=&|[\s#]|$)", re.M)


def needs_view(text: str) -> bool:
    """False when `view_of(text)` is certainly the identity (the cheap test every text takes)."""
    if not text.isascii():
        return True
    return "%" in text or "&" in text or "\\u" in text or "asic" in text or "ASIC" in text or _has_hidden_email(text)


def _has_hidden_email(text: str) -> bool:
    return any(_hidden_email(m.group()) for m in _BASE64.finditer(text))


def _hidden_email(token: str) -> str | None:
    """The decoded token when it is base64 of text holding an e-mail address."""
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return decoded if decoded.isprintable() and _HIDDEN_EMAIL.search(decoded) else None


@dataclass(frozen=True)
class View:
    """The normalized text, and for each of its pieces the original range it came from.

    A piece is either a copy (`exact`: view char i is original char `orig_start + i - view_start`)
    or a replacement (every char of it stands for the whole original range).
    """

    original: str
    text: str
    _view_starts: tuple[int, ...] = ()
    _pieces: tuple[tuple[int, int, int, int, bool], ...] = ()  # (view_start, view_end, orig_start, orig_end, exact)
    _under: View | None = None  # the view this one was made from, when decoding took more than one pass

    @property
    def identity(self) -> bool:
        return not self._pieces and self._under is None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original range behind view[start:end] (end > start): it covers every original
        character that produced it, including invisible ones removed from inside it."""
        if self._pieces:
            start, end = self._orig(start, first=True), self._orig(end - 1, first=False)
        return self._under.span(start, end) if self._under is not None else (start, end)

    def rewritten(self, start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of view[start:end] this view wrote in place of others, as view ranges."""
        return [(view_start, view_end) for view_start, view_end, _, _, exact in self._pieces if not exact and view_start < end and start < view_end]

    def _orig(self, i: int, first: bool) -> int:
        piece = self._pieces[bisect_right(self._view_starts, i) - 1]
        view_start, _, orig_start, orig_end, exact = piece
        if exact:
            return orig_start + (i - view_start) + (0 if first else 1)
        return orig_start if first else orig_end


class _Builder:
    """Collects view pieces in order, merging neighbouring copies."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int, int, bool]] = []
        self.length = 0

    def copy(self, start: int, end: int) -> None:
        if end <= start:
            return
        self.parts.append(self.original[start:end])
        last = self.pieces[-1] if self.pieces else None
        if last and last[4] and last[1] == self.length and last[3] == start:
            self.pieces[-1] = (last[0], self.length + end - start, last[2], end, True)
        else:
            self.pieces.append((self.length, self.length + end - start, start, end, True))
        self.length += end - start

    def replace(self, start: int, end: int, new: str) -> None:
        if new == self.original[start:end]:
            self.copy(start, end)
            return
        if new:
            self.parts.append(new)
            self.pieces.append((self.length, self.length + len(new), start, end, False))
            self.length += len(new)

    def view(self) -> View:
        text = "".join(self.parts)
        if text == self.original and all(p[4] for p in self.pieces):
            return View(self.original, self.original)
        return View(self.original, text, tuple(p[0] for p in self.pieces), tuple(self.pieces))


# Decoding passes at most: `%2540` is `%40` after one and `@` after two; a third catches a triple
# encoding. Each pass only shortens the text, so the bound is for cost, not termination.
PASSES = 3


def view_of(text: str) -> View:
    """The normalized view of `text` (see the module docstring), decoded again while a pass changes
    it: an e-mail URL-encoded twice (`ann%2540corp.com`) or `&amp;#64;` is read as the address;
    then punctuation said aloud is written (`_said_marks`). The engine reads identifiers said
    aloud on top of this (`spoken.read_view`)."""
    return _said_marks(_decoded_view(text))


# Punctuation said aloud, as speech-to-text writes it into a text with no marks of its own: "whos
# older taylor swift or rihanna question mark", "… azkaban comma my son is eight".
_SAID = re.compile(r"(?i)[ \t]*\b(?:(?P<q>question[ \t]+mark)|(?P<x>exclamation[ \t]+(?:mark|point))|(?P<s>full[ \t]+stop)|(?P<c>comma)|"
                   r"(?P<n>new[ \t]+(?:line|paragraph)))\b")
_SAID_AS = {"q": "?", "x": "!", "s": ".", "c": ",", "n": "\n"}


def _said_marks(view: View) -> View:
    """`view` with punctuation said aloud written as marks, when its text has no mark written: a
    question is then read as one, and a sentence ends where it was said to ("… full stop")."""
    text = view.text
    if "." in text or "," in text or "?" in text or "!" in text:
        return view
    found = list(_SAID.finditer(text))
    if not found:
        return view
    out = _Builder(text)
    done = 0
    for m in found:
        end = m.end()
        if m.lastgroup == "n":  # a new line starts at the next word
            while end < len(text) and text[end] in " \t":
                end += 1
        out.copy(done, m.start())
        out.replace(m.start(), end, _SAID_AS[m.lastgroup or "c"])
        done = end
    out.copy(done, len(text))
    said = out.view()
    under = None if view.identity else view
    return View(view.original, said.text, said._view_starts, said._pieces, under)


def _decoded_view(text: str) -> View:
    """`text` decoded while a pass changes it."""
    view = _one_pass(text)
    for _ in range(PASSES - 1):
        if view.identity or view.text == view.original:
            break
        again = _one_pass(view.text)
        if again.identity:
            break
        view = View(text, again.text, again._view_starts, again._pieces, view)
    return view


def _one_pass(text: str) -> View:
    """One decoding pass over `text`."""
    if not needs_view(text):
        return View(text, text)
    found = _encoded_runs(text)
    if not found:
        return View(text, text)
    return _decoded(text, found)


_Run = tuple[int, int, str, re.Match[str] | None]


def _encoded_runs(text: str) -> list[_Run]:
    """Every run of `text` a pass may decode, by kind; overlaps are left for `_decoded` to skip."""
    found: list[_Run] = []
    if "asic" in text or "ASIC" in text:
        found.extend((m.start(1), m.end(), "b64", m) for m in _BASIC.finditer(text))
    if "+" in text and "&" in text:
        for m in _FORM_FIELD.finditer(text):
            if text[m.start() - 1 : m.start()] == "&" or text[m.end() : m.end() + 1] == "&":
                found.extend((i, i + 1, "plus", None) for i in range(m.start("v"), m.end("v")) if text[i] == "+")
    for marker, kind, pattern in (("%", "pct", _PERCENT), ("&", "ent", _ENTITY), ("\\u", "esc", _ESCAPES)):
        if marker in text:
            found.extend((m.start(), m.end(), kind, m) for m in pattern.finditer(text))
    taken = [(f[0], f[1]) for f in found]
    for m in _BASE64.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken) and _hidden_email(m.group()):
            found.append((m.start(), m.end(), "email64", m))
    if not text.isascii():
        wide = _wide_pattern(frozenset(c for c in set(text) if c > "\x7f" and _folds(c)))
        if wide is not None:
            found.extend((m.start(), m.end(), "wide", None) for m in wide.finditer(text))
    return found


def _decoded(text: str, found: list[_Run]) -> View:
    """The view of `text` with each run in `found` decoded, earliest first, overlapping ones skipped."""
    found.sort(key=lambda f: f[0])
    out = _Builder(text)
    latin: list[bool] = []  # whether the text is mostly Latin, once asked
    at = 0
    for start, end, kind, _ in found:
        if start < at:
            continue
        out.copy(at, start)
        at = end
        _decode_run(out, text, start, end, kind, latin)
    out.copy(at, len(text))
    return out.view()


def _decode_run(out: _Builder, text: str, start: int, end: int, kind: str, latin: list[bool]) -> None:
    """Write the decoding of one run of `kind` into `out`."""
    if kind == "b64":
        out.replace(start, end, _basic_credentials(text[start:end]))
    elif kind == "pct":
        _percent(out, start, text[start:end])
    elif kind == "ent":
        out.replace(start, end, _entity(text[start:end]))
    elif kind == "esc":
        _escapes(out, start, text[start:end])
    elif kind == "plus":
        out.replace(start, end, " ")
    elif kind == "email64":
        out.replace(start, end, _hidden_email(text[start:end]) or text[start:end])
    else:
        _wide(out, text, start, end, latin)


@functools.lru_cache(maxsize=4096)
def _folds(ch: str) -> bool:
    """Whether the view changes this character (cached per character: a character is not personal data)."""
    return ch in _SPECIAL or ch.isspace() or unicodedata.normalize("NFKC", ch) != ch or ch.isdecimal() and not ch.isascii()


@functools.lru_cache(maxsize=256)
def _wide_pattern(chars: frozenset[str]) -> re.Pattern[str] | None:
    """Runs of the characters of a text that the view changes."""
    if not chars:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]+")


def _basic_credentials(token: str) -> str:
    """`user:password` from HTTP Basic auth's base64, or the token itself when it is not that."""
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return token
    if ":" not in decoded or not decoded.isprintable():
        return token
    return decoded


def _percent(out: _Builder, start: int, run: str) -> None:
    """%XX runs decoded as UTF-8, each character standing for its own triplets."""
    raw = bytes(int(run[i + 1 : i + 3], 16) for i in range(0, len(run), 3))
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        out.copy(start, start + len(run))
        return
    at = start
    for ch in decoded:
        width = 3 * len(ch.encode("utf-8"))
        out.replace(at, at + width, ch if ch.isprintable() or ch in "\t\n\r" else run[at - start : at - start + width])
        at += width


def _entity(ref: str) -> str:
    decoded = html.unescape(ref)
    return decoded if len(decoded) <= 2 and decoded.isprintable() else ref


def _escapes(out: _Builder, start: int, run: str) -> None:
    """JSON \\uXXXX escapes, surrogate pairs joined into one character."""
    units = [int(run[i + 2 : i + 6], 16) for i in range(0, len(run), 6)]
    i = 0
    while i < len(units):
        unit, width = units[i], 1
        if 0xD800 <= unit < 0xDC00 and i + 1 < len(units) and 0xDC00 <= units[i + 1] < 0xE000:
            unit, width = 0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00), 2
        ch = chr(unit)
        begin = start + 6 * i
        printable = ch.isprintable() and not 0xD800 <= unit < 0xE000
        out.replace(begin, begin + 6 * width, ch if printable else run[6 * i : 6 * (i + width)])
        i += width


def _wide(out: _Builder, text: str, start: int, end: int, latin: list[bool]) -> None:
    """A run of non-ASCII characters: NFKC, invisibles dropped, dashes, spaces and look-alikes folded."""
    for i in range(start, end):
        out.replace(i, i + 1, _fold(text, i, latin))


def _fold(text: str, i: int, latin: list[bool]) -> str:
    ch = text[i]
    if ch in _REMOVED:
        return ""
    if ch in _LOOKALIKES:
        if not latin:
            latin.append(_mostly_latin(text))
        return _LOOKALIKES[ch] if _mixed_word(text, i) or latin[0] and _reads_as_latin(text, i) else ch
    if ch in _DASHES:
        return "-" if _digit_beside(text, i) else ch
    folded = unicodedata.normalize("NFKC", ch)
    if folded in _HYPHENS or ch in _HYPHENS:
        return "-"
    if ch in _SLASHES:
        return "/"
    if ch in "\u2028\u2029":
        return "\n"
    if folded.isspace() and len(folded) == 1:
        return " "
    if folded.isdecimal() and not folded.isascii():
        return str(unicodedata.decimal(folded))  # "+৮৮০-৫৬২", "٠٥٥": a number in another script's digits is the same number
    return folded


def _mixed_word(text: str, i: int, reach: int = 40) -> bool:
    """Whether the word around text[i] holds an ASCII letter or digit (full-width digits count)."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(text) and abs(j - i) <= reach and _WORD_CHAR.match(text[j]):
            c = text[j]
            if (c.isascii() and c.isalnum()) or "\uff10" <= c <= "\uff19" or "\uff21" <= c <= "\uff5a":
                return True
            j += step
    return False


def _reads_as_latin(text: str, i: int, reach: int = 40) -> bool:
    """Whether every letter of the word around text[i] is a look-alike ("АВ", "ТОР"): a word that
    reads as Latin. One letter with no Latin twin ("П", "л", "д", "λ") makes it a word of its own script."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(text) and abs(j - i) <= reach and _WORD_CHAR.match(text[j]):
            c = text[j]
            if c.isalpha() and not c.isascii() and c not in _LOOKALIKES:
                return False
            j += step
    return True


def _mostly_latin(text: str) -> bool:
    """Whether most letters of `text` are Latin (asked only when a look-alike appears)."""
    letters = latin = 0
    for c in text:
        if c.isalpha():
            letters += 1
            latin += c < "\u0250"
    return latin > letters / 2


def _digit_beside(text: str, i: int) -> bool:
    """A digit just before or after text[i], looking past invisible characters and spaces."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(text) and (text[j] in _REMOVED or text[j] == " "):
            j += step
        if 0 <= j < len(text) and text[j].isdigit():
            return True
    return False
