"""Full names in Hebrew script: a listed given name, perhaps a second one, then a listed family name.

Hebrew has no capitals, and the English model tags its words at random, so a stand-up's line, a
funeral notice or a CRM note ("איתי כהן: סיימתי את המיגרציה", "הלקוח יונתן אזולאי ביקש …") names
people no cue announces. What says a name is the lists (`data/hebrew_names.txt.gz`, the names
Israel's statistics bureau counts, written by `scripts/build-hebrew-names`): a given name they hold,
then a family name they hold, of one word or two ("בן דוד"), hyphenated or not ("בן-חיים"). Hebrew
glues "and", "in", "to", "from", "that" and "as" to the word after them ("מתמר פרידמן", from Tamar
Friedman): the given name is read without them too, and the name starts after them.

A street, a school or a prize named after someone is no one's ("רחוב יצחק שדה", "פרס ישראל"), nor is
a name a question about the world asks of ("מי הייתה גולדה מאיר", who was …; "ספר לי על משה ספדי",
tell me about …; "מה גילתה עדה יונת", what did … discover), nor the laureate a text says won a prize
("דן שכטמן זכה בפרס נובל"): the lists of the famous are in Latin letters. A given name alone is
left to the cues (`script_kin`, `other_scripts`): many are words too ("שירה" poetry, "תמר" a date,
"אור" light), and only the family name after it says it is someone's.
"""

from __future__ import annotations

import functools

import regex

from privacy_gateway.detection.data_files import tagged_words

_HEBREW = regex.compile(r"\p{Hebrew}")
# A word: Hebrew letters, a geresh inside or at the end ("ח'ורי", "רבינוביץ'"), hyphenated parts ("בן-חיים").
_WORD = regex.compile(r"[\u05d0-\u05ea\u0591-\u05c7]+(?:['׳][\u05d0-\u05ea\u0591-\u05c7]*)?(?:[-־][\u05d0-\u05ea\u0591-\u05c7]+(?:['׳][\u05d0-\u05ea\u0591-\u05c7]*)?)*")
_SPACE = regex.compile(r"[ \t\u00a0]+")
_MARKS = regex.compile(r"[\u0591-\u05c7]")  # cantillation and vowel points
_SPELLINGS = str.maketrans({"׳": "'", "־": "-"})
# The letters Hebrew glues to the word after them: "and", "in", "to", "from", "that", "as".
_PREFIXES = frozenset("ובלמשכ")
# The first word of a family name of two ("בן דוד", "אבו טיר", "בר לב").
_FAMILY_OPENERS = frozenset({"בן", "בר", "אבו", "אבן", "אל", "דה", "ון", "די"})
# The sample family name, as "John Doe"'s ("ישראל ישראלי", "שרה ישראלי"), and the word "Israeli".
_SAMPLE_FAMILY = "ישראלי"
_GIVEN_MOST = 2  # given names before the family name
# A place, a body or a collection named after someone, its words right before the name ("רחוב יצחק
# שדה", "ע"ש קורט", "פרס ישראל", "מכון ויצמן", "אוניברסיטת בן גוריון", "שדה התעופה …", "ארכיון …"
# an archive, "עיזבון …" an estate).
_NAMED_AFTER = regex.compile(
    r"(?:רחוב|רח'|שדרות|שד'|סמטת|כיכר|דרך|מכון|בית[ \t]+ספר|בית[ \t]+החולים|אוניברסיטת|מרכז|פרס|מלגת|אולם|היכל|מוזיאון|"
    r"קריית|קרית|נמל[ \t]+התעופה|שדה[ \t]+התעופה|ארכיון|עיזבון|ע\"ש|ע״ש|על[ \t]+שם)[ \t]+[ובלמשכה]?$"
)
# A question or a piece about someone the world knows, its frame right before the name: "who was",
# "tell me about", "a paragraph about", "what did … discover / write / invent", "(architects) like",
# the songs or the books "of".
_WORLD_FRAME = regex.compile(
    r"(?:כמו|מי[ \t]+(?:היה|הייתה|היתה|זה|זו|הוא|היא)|(?:ספר|ספרי|תספר|תספרי)[ \t]+לי[ \t]+(?:בקצרה[ \t]+)?על|"
    r"(?:פסקה|סיכום|ביוגרפיה|כתבה|מאמר)(?:[ \t]+\p{Hebrew}+)?[ \t]+על|"
    r"מה[ \t]+(?:גילה|גילתה|כתב|כתבה|המציא|המציאה|אמר|אמרה|עשה|עשתה|חידש|חידשה)|"
    # A work's or works' "of": "השירים של …", "הספר של …", "סרטים של …" (the songs, the book, films of).
    r"(?:ה)?(?:שיר|שירים|ספר|ספרים|סרט|סרטים|ציור|ציורים|יצירה|יצירות|אלבום|אלבומים|מחזה|מחזות|רומן|רומנים|נאום|נאומים|הרצאות)[ \t]+של)[ \t]+$"
)
# ... or the laureate the text says won a prize: "זכה בפרס", "זכתה בפרס נובל", "קיבל את פרס …".
_WON = regex.compile(r"[ \t]+(?:זכה|זכתה|זכו|קיבל|קיבלה|קיבלו)[ \t]+(?:את[ \t]+)?(?:ב)?פרס")


def normal(word: str) -> str:
    """`word` as the lists spell it: no vowel points, an apostrophe for a geresh, a hyphen for a maqaf."""
    return _MARKS.sub("", word.translate(_SPELLINGS))


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    tagged = tagged_words("hebrew_names")
    return tagged.get("g", frozenset()), tagged.get("f", frozenset())


def _given(word: str) -> int | None:
    """How many glued letters stand before a listed given name in `word` (0, 1 or 2), or None."""
    given = _lists()[0]
    if word[0] == "ו" and word[1:] in given and len(word) > 2:
        return 1  # "and" before a name: "ולאה" is "and Leah" before it is a name of its own
    if word in given:
        return 0
    for cut in (1, 2):
        if len(word) - cut >= 2 and all(c in _PREFIXES for c in word[:cut]) and word[cut:] in given:
            return cut
    return None


def _family(word: str) -> bool:
    """A listed family name, or a hyphenated one whose parts are listed names ("הופמן-דמיר")."""
    given, family = _lists()
    if word == _SAMPLE_FAMILY:
        return False
    if word in family:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p in family or p in given for p in parts) and any(p in family for p in parts)


def hebrew_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each full name in Hebrew script that the lists read as one (module docstring)."""
    if _HEBREW.search(text) is None:
        return []
    words = list(_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        cut = _given(normal(words[i].group()))
        if cut is None:
            i += 1
            continue
        last = None
        j = i + 1
        while j < len(words) and _SPACE.fullmatch(text, words[j - 1].end(), words[j].start()):
            word = normal(words[j].group())
            if word in _FAMILY_OPENERS and j + 1 < len(words) and _SPACE.fullmatch(text, words[j].end(), words[j + 1].start()):
                two = word + " " + normal(words[j + 1].group())
                if two in _lists()[1]:
                    last = j + 1  # "אורי בן דוד": a family name of two words ends the name
                    break
            if _family(word):
                last = j  # a family name that is a given name too may be a second given name ("יעקב משה ביטון")
            if j - i >= _GIVEN_MOST or word not in _lists()[0]:
                break  # a second given name may stand before the family name, no more
            j += 1
        if last is None:
            i += 1
            continue
        start = words[i].start() + cut
        # A second name joined by "and" shares the first's frame ("על שם אילן ואסף רמון").
        opens = words[i - 1].start() if cut and text[words[i].start()] == "ו" and i > 0 else start
        before = text[max(0, opens - 30) : opens]
        if _NAMED_AFTER.search(before) or _WORLD_FRAME.search(before) or _WON.match(text, words[last].end()):
            i = last + 1  # the whole name is the street's or the prize's, or the world's asked about
            continue
        out.append((start, words[last].end()))
        i = last + 1
    return out
