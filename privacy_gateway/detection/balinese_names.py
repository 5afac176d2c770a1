"""Balinese names by their birth-order word: "Made Wirawan", "I Made Sudarsana", "Ni Luh Putu Ayu
Wulandari", "Putu Ardana".

Most Balinese carry a word saying which child they were (Wayan, Putu, Gede or Luh for the first;
Made, Kadek or Nengah for the second; Nyoman or Komang for the third; Ketut for the fourth), often
after "I" (a man) or "Ni" (a woman) and a caste's title (Gusti, Ida Bagus, Anak Agung, Dewa,
Desak), then a name of their own that no list of names holds. The birth-order word and the
capitalised word after it are a name. "Made" is an English word too, so it counts only before a
word that is no English one ("Made Simple", "Made With Love" stay); typed in lower case, a name
counts only after "i" or "ni" ("kue putu ayu" is a cake). The Balinese the lists of the famous
hold stay.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_ORDER = r"(?:wayan|putu|gede|luh|made|kadek|nengah|nyoman|komang|ketut)"
_CASTE = r"(?:gusti(?:[ \t]+(?:ayu|ngurah|bagus))?|ida[ \t]+(?:bagus|ayu)|anak[ \t]+agung|dewa(?:[ \t]+ayu)?|desak|cokorda|ngakan|sang)"
_CASED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d_@.-])(?P<n>(?:(?:I|Ni)[ \t]+)?(?:(?=\p{{Lu}})(?i:{_CASTE})[ \t]+)?(?:Luh[ \t]+)?"
    rf"(?P<o>(?=\p{{Lu}})(?i:{_ORDER}))(?P<rest>(?:[ \t]+\p{{Lu}}[\p{{Ll}}\p{{M}}'’]+){{1,3}}))(?![\p{{L}}\p{{M}}\d_@-])"
)
_LOWER = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d_@.-])(?P<n>(?:i|ni)[ \t]+(?:{_CASTE}[ \t]+)?(?:luh[ \t]+)?(?P<o>{_ORDER})"
    r"(?P<rest>(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’]+){1,3}))(?![\p{L}\p{M}\d_@-])"
)


_WORD = regex.compile(r"[\p{L}\p{M}'’]+")


def balinese_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each Balinese name (see the module)."""
    lowered = text.lower()
    if not any(word in lowered for word in ("wayan", "putu", "gede", "luh", "made", "kadek", "nengah", "nyoman", "komang", "ketut")):
        return
    from spacy.lang.en.stop_words import STOP_WORDS

    from privacy_gateway.detection.lexicon import english_form  # loaded late: keeps the import chain short
    from privacy_gateway.detection.notable import notable_person

    for pattern in (_CASED, _LOWER):
        for m in pattern.finditer(text):
            # The name's own words end before an English function word ("Made Wirawan And …").
            rest = list(_WORD.finditer(text, m.start("rest"), m.end("rest")))
            while rest and rest[-1].group().lower() in STOP_WORDS:
                rest.pop()
            if not rest:
                continue
            if m.group("o").lower() == "made" and m.start("n") == m.start("o") and english_form(rest[0].group().lower()):
                continue  # "Made Simple", "Made With Love": the English word
            end = rest[-1].end()
            if notable_person(" ".join(w.capitalize() for w in text[m.start("n") : end].split())):
                continue
            yield m.start("n"), end
