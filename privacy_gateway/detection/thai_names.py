"""Thai names: "ถึงคุณธนากร วงศ์ไทย", "ติดต่อคุณปิยะนุช โทร …", "1. สมศรี แก้วมณี โทร 089 …".

Thai writes no capitals and no space between words: the model and every rule that reads capitals
or words see nothing there. What tells a Thai name is the lists (`data/thai_names.txt.gz`, the
Thai Male and Female Names Corpus, `scripts/build-thai-names`) and the way Thai writes a name:
- after a title of address glued to it ("คุณ", "นาย", "นางสาว", "ด.ญ."), the longest listed given
  name that opens the letters after it, and the word after its space as its family name when
  the lists hold it or it is no common Thai word (the Thai National Corpus's most frequent:
  "คุณปิยะนุช โทร …" is followed by "call"). A word that opens with a title is no title
  ("คุณภาพ", quality; "นางฟ้า", an angel; "ขอบคุณ", thanks), an animal's name is no one's
  ("สุนัขชื่อมะลิ", a dog named Mali), and a given name that is a Thai word too ("มาลี",
  jasmine) counts only before a space or a mark, or with its family name;
- with no title, a listed given name and a listed family name standing as two words with one
  space between them ("สมศรี แก้วมณี").
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterator
from importlib.resources import files

import regex

# Titles of address, and the words that introduce a name ("ดิฉันนภา", I am Napa; "ชื่อ", named),
# longest first so that "นางสาว" is not read as "นาง" and a name "สาว…".
_TITLES = ("เด็กหญิง", "เด็กชาย", "อาจารย์", "นางสาว", "ดิฉัน", "ชื่อ", "น.ส.", "ด.ญ.", "ด.ช.", "ดร.", "คุณ", "นาย", "นาง", "ครู", "หมอ", "พี่", "น้อง")
_TITLE = regex.compile("|".join(regex.escape(t) for t in _TITLES))
_THAI = regex.compile(r"[\u0E01-\u0E4E]")
# A Thai word standing alone: Thai letters between spaces, marks or other scripts.
_WORD = regex.compile(r"(?<![\u0E01-\u0E4E])[\u0E01-\u0E4E]{2,}(?![\u0E01-\u0E4E])")
# Letters that belong to the syllable before them (vowels above and below, tone marks): a name
# cannot end right before one.
_SYLLABLE_MARK = regex.compile(r"[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]")
# Letters that only come first in a word ("ขอบ" + "คุณ" is "thanks"): a title after them is part of
# the word before it.
_BEFORE_TITLE = ("ขอบ", "ทูน")
# An animal's kind before "ชื่อ" (named): the name is a pet's ("สุนัขชื่อมะลิ", a dog named Mali).
_ANIMALS = ("สุนัข", "หมา", "แมว", "นก", "กระต่าย", "ม้า", "ปลา", "เต่า", "วัว", "แพะ", "ลูกสุนัข", "ลูกแมว")
_LONGEST = 20
# A family name the lists lack is one word of at most this many letters (a longer one is a phrase).
_LONGEST_FAMILY = 14
# Thailand's sample people, the "John Doe" of its forms and lessons.
_SAMPLES = frozenset({"สมชาย ใจดี", "สมหญิง ใจดี"})


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The given names that are no Thai word, those that are, the family names, the words that open
    with a title and the common words."""
    text = gzip.decompress(files("privacy_gateway.detection").joinpath("data/thai_names.txt.gz").read_bytes()).decode("utf-8")
    kinds: dict[str, set[str]] = {"g": set(), "w": set(), "f": set(), "c": set(), "n": set()}
    for line in text.splitlines():
        if line[1:2] == " " and line[0] in kinds:
            kinds[line[0]].add(line[2:])
    return frozenset(kinds["g"]), frozenset(kinds["w"]), frozenset(kinds["f"]), frozenset(kinds["c"]), frozenset(kinds["n"])


def thai_names(text: str) -> Iterator[tuple[int, int]]:
    """The Thai names in `text`, titled or given and family name together (see the module)."""
    if not _THAI.search(text):
        return
    taken: list[tuple[int, int]] = []
    for m in _TITLE.finditer(text):
        span = _titled(text, m.start(), m.end())
        if span is not None and text[span[0] : span[1]] not in _SAMPLES:
            taken.append(span)
            yield span
    given, worded, family, _, _ = _lists()
    words = list(_WORD.finditer(text))
    for first, second in zip(words, words[1:]):
        if text[first.end() : second.start()] != " " or any(s <= first.start() < e for s, e in taken):
            continue
        if (first.group() in given or first.group() in worded) and second.group() in family and f"{first.group()} {second.group()}" not in _SAMPLES:
            yield first.start(), second.end()


def _titled(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after the title at text[start:end], with its family name when the lists hold it."""
    given, worded, family, compounds, common = _lists()
    if any(text.endswith(before, 0, start) for before in _BEFORE_TITLE):
        return None
    if text.startswith("ชื่อ", start) and any(text[:start].rstrip().endswith(kind) for kind in _ANIMALS):
        return None
    for stop in range(min(len(text), end + _LONGEST), end + 1, -1):
        name = text[end:stop]
        if name not in given and name not in worded:
            continue
        if stop < len(text) and _SYLLABLE_MARK.match(text, stop):
            continue  # the name's last letter opens a syllable that goes on
        if any(len(word) >= stop - start and text.startswith(word, start) for word in compounds):
            return None  # "คุณสมบัติ" is qualifications, "นางฟ้า" an angel: the word is as long as title and name
        tail = _family_after(text, stop, family, common)
        bounded = stop == len(text) or not _THAI.match(text, stop)
        if name in worded and tail is None and not bounded:
            return None
        return end, tail if tail is not None else stop
    return None


def _family_after(text: str, at: int, family: frozenset[str], common: frozenset[str]) -> int | None:
    """The end of the family name after one space at `at`: a word the lists hold, or a word of three
    to `_LONGEST_FAMILY` letters that is no common word and opens with no title and no common word
    of five letters or more ("พรุ่งนี้…", tomorrow, opens a phrase)."""
    if not text.startswith(" ", at):
        return None
    m = _WORD.match(text, at + 1)
    if m is None:
        return None
    word = m.group()
    if word in family:
        return m.end()
    if not 3 <= len(word) <= _LONGEST_FAMILY or word in common or _TITLE.match(word) is not None:
        return None
    return None if any(word[:n] in common for n in range(5, len(word))) else m.end()
