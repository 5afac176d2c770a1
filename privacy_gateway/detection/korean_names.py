"""Korean full names by the lists: a family syllable, then a listed given name, as one word.

Korean writes a full name as one word of three syllables, the family name's first ("김서연"), glued
to its particle ("김서연이", "박준호의"), and has no capitals; the cues read it after a label, before
씨 or 님 or in kin's notes (`other_scripts`), and a marriage record's "남편: 박준호", a listing's "연락은
김서연 010-…" or a flyer's "(최유리)" went out. A word that opens with one of the forty commonest
family syllables (`COMMON_KOREAN_FAMILY`) and goes on with a given name of two syllables
the lists hold (`data/korean_names.txt.gz`, from mimesis, written by `scripts/build-korean-names`),
then nothing or a particle, is someone's. Not the everyday words so spelt ("유치원", kindergarten;
"강아지", a puppy) nor the names Korean text writes most about (presidents, athletes, actors), which
the build takes from a word list's frequencies; not a name after a public office ("대통령 …"), asked
about ("… 누구야?") or before an artist's calling ("… 피아니스트").
"""

from __future__ import annotations

import functools

import regex

from privacy_gateway.detection.data_files import tagged_words

# The family names most Koreans bear, one syllable each (Statistics Korea's census lists them by count),
# which `other_scripts` reads before a person's role and its 님 ("박지훈 고객님").
KOREAN_FAMILY = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
# Korea's forty commonest family names, one syllable each (the rarer ones open everyday words: 사, 가, 부).
COMMON_KOREAN_FAMILY = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민진"
_HANGUL = regex.compile(r"[\uac00-\ud7a3]")
# A word of Hangul: three syllables, then perhaps a particle glued to it.
_WORD = regex.compile(r"(?<![\p{Hangul}\p{L}\d])\p{Hangul}{3,6}(?![\p{Hangul}\p{L}\d])")
# The particles a name takes: subject, topic, object, possessive, "to", "with", "too", "from", "and", "'s own".
_PARTICLES = (
    "에게서", "한테서", "에게", "한테", "께서", "이랑", "이가", "이는", "이를", "이의", "이도", "이와",
    "께", "이", "가", "은", "는", "을", "를", "의", "도", "와", "과", "랑", "님", "씨", "이네", "네",
)
# A public office or a calling before the name: president, minister, lawmaker, actor, singer.
_OFFICE_BEFORE = regex.compile(r"(?:대통령|장관|의원|국회의원|배우|가수|총리|시장|도지사)[ \t]+$")
# A question about the person after the name ("… 누구야?", "… 누군지"), or an artist's calling, as
# the world's artists are named ("임윤찬 피아니스트의 연주", "한강 소설가").
_WHO_AFTER = regex.compile(r"[ \t]*(?:누구|누군)|[ \t]+(?:피아니스트|바이올리니스트|첼리스트|지휘자|작곡가|소설가|시인|화가|배우|가수)(?!님)")


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    tagged = tagged_words("korean_names")
    return tagged.get("g", frozenset()), tagged.get("w", frozenset())


def korean_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Korean full name the lists read (module docstring)."""
    if _HANGUL.search(text) is None:
        return []
    given, words = _lists()
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        word = m.group()
        name, rest = word[:3], word[3:]
        if name[0] not in COMMON_KOREAN_FAMILY or name[1:] not in given or name in words:
            continue
        if rest and rest not in _PARTICLES:
            continue
        if _OFFICE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _WHO_AFTER.match(text, m.end()):
            continue
        out.append((m.start(), m.start() + 3))
    return out
