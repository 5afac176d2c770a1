"""Full names in Arabic script: a listed given name, then the rest of the name up to a listed family name.

Arabic and Persian text has no capitals, and the English model tags its words at random, so a rota
line or a notice ("- يوسف الحداد، مشرف إنتاج", "والد كل من: أحمد المصري") names people no cue
announces. What says a name is the lists (`data/arabic_names.txt.gz`, from mimesis, written by
`scripts/build-arabic-names`): a given name they hold, then a family name they hold, with or without
its article ("الحداد", "حداد"). Between them may stand more given names (a father's, a grandfather's),
a link ("بن", "بنت", "أبو") or a theophoric "عبد" and the word it governs ("أحمد عبد الرحمن", itself
a whole name).

A street, a mosque or a school named after someone is no one's ("شارع أنس بن مالك"), nor is a name
a question about the world asks of ("من هو أحمد بن ماجد؟", who is …; "لماذا كتب نجيب محفوظ …", why
did … write): the lists of the famous are in Latin letters. "God" closes
prayers as it closes theophoric names ("رحمة الله", God's mercy), so it is never the family name. A
given name alone is left to the cues (`script_kin`): many are words too ("نور" light, "عمر" age,
"أمل" hope), and only the family name after it says it is someone's.
"""

from __future__ import annotations

import functools

import regex

from privacy_gateway.detection.data_files import tagged_words

_ARABIC = regex.compile(r"\p{Arabic}")
_WORD = regex.compile(r"[\p{Arabic}\p{M}\u200c]+")
_SPACE = regex.compile(r"[ \t\u00a0]+")
_MARKS = regex.compile(r"[\u064b-\u065f\u0670\u0640]")  # vowel marks and the tatweel
_SPELLINGS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك"})
_ARTICLE = "ال"
# The words that link a name's parts: "son of", "daughter of", "father of", "family of".
_LINKS = frozenset({"بن", "بنت", "ابن", "ابو", "ال", "ام"})
_SERVANT = "عبد"  # "servant of": the first word of a theophoric name, with the word it governs
# "In the name of" ("الطلب باسم مريم …"): the words before a name, spelt as the given name Basim.
_IN_THE_NAME_OF = "باسم"  # as `normal` spells it, "بإسم" too
_GOD = "الله"  # the word a theophoric name and a prayer end in ("رحمة الله", God's mercy), no family name
_LONGEST = 5  # words a name may hold, its family name the last
# A place or a body named after someone: its word before the name ("شارع أنس بن مالك", "مسجد …",
# "مدرسة …"): a street, a road, a square, a district, a mosque, a school, a hospital, a university,
# a centre, an airport, a hall, a street in Persian.
# A question about someone the world knows, its frame right before the name: "who is …", "a short
# biography of …", "why did … write / paint / discover …" ("من هو أحمد بن ماجد", "لماذا كتب نجيب محفوظ").
_WORLD_FRAME = regex.compile(
    r"(?:من[ \t]+(?:هو|هي|كان|كانت)|سيرة|نبذة[ \t]+عن|ماذا[ \t]+تعرف[ \t]+عن|"
    r"(?:لماذا|متى|كيف|أين|هل)[ \t]+(?:كتب|كتبت|رسم|رسمت|اكتشف|اكتشفت|اخترع|أسس|أسست|غنى|غنت|لحن|بنى|حكم|فاز|فازت|ولد|ولدت|توفي|توفيت|عاش|عاشت))[ \t]+$"
)
_NAMED_AFTER = regex.compile(r"(?:شارع|طريق|ميدان|حي|مسجد|جامع|مدرسة|مستشفى|جامعة|مركز|مطار|قاعة|خیابان|کوچه)[ \t]+$")


def normal(word: str) -> str:
    """`word` as the lists spell it: no vowel marks or tatweel, one alef, ي for ى and ی, ه for ة, ك for ک."""
    return _MARKS.sub("", word).translate(_SPELLINGS)


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    tagged = tagged_words("arabic_names")
    return tagged.get("g", frozenset()), tagged.get("f", frozenset())


def _family(word: str) -> bool:
    """A listed family name, its article written or not ("الحداد", "حداد")."""
    if word == _GOD:
        return False
    family = _lists()[1]
    bare = word[len(_ARTICLE) :] if word.startswith(_ARTICLE) else word
    return len(bare) >= 2 and (word in family or bare in family or _ARTICLE + bare in family)


def arabic_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each full name in Arabic script that the lists read as one (module docstring)."""
    if _ARABIC.search(text) is None:
        return []
    given = _lists()[0]
    words = list(_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        first = normal(words[i].group())
        if first not in given or first.startswith(_ARTICLE) or first in _LINKS or first == _IN_THE_NAME_OF:
            i += 1  # a word with its article opens a title or a noun ("الحاج", "المرحوم"), no given name
            continue
        last = None
        j = i + 1
        while j < len(words) and j - i < _LONGEST and _SPACE.fullmatch(text, words[j - 1].end(), words[j].start()):
            word = normal(words[j].group())
            if word == _SERVANT and j + 1 < len(words) and _SPACE.fullmatch(text, words[j].end(), words[j + 1].start()):
                last = j + 1  # "أحمد عبد الرحمن": the theophoric name is a whole name's end
                j += 2
                continue
            if word in _LINKS:
                pass  # a link goes on to the next word, never ends the name ("… بن" of "عباس بن فرناس")
            elif _family(word):
                last = j
            elif word not in given:
                break
            j += 1
        if last is None:
            i += 1
            continue
        if _NAMED_AFTER.search(text, max(0, words[i].start() - 12), words[i].start()) or _WORLD_FRAME.search(text, max(0, words[i].start() - 24), words[i].start()):
            i = last + 1  # the whole name is the street's or the mosque's, or the world's asked about
            continue
        out.append((words[i].start(), words[last].end()))
        i = last + 1
    return out
