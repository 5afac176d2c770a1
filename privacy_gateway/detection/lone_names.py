"""A given name alone, typed in lower case on a line typed in lower case: "front desk - rowan +
freja", "arash you're an idiot", "tom and freja are coming".

Chat, rotas and notes are typed without capitals, and there a given name that no other word is
spelt like has nothing left to tell it by: the recognizer reads capitals, and a re-cased copy
(`recased`) gives it a single word with no context. On a line with no capital past its first
letter, a word of four letters or more that the name lists hold as a given name is someone's when
it is no English word (WordNet's forms, the census's everyday words), no function word of another
language, no listed place, tool or brand, no name the world calls one person by ("messi") and none
closing a full name it knows ("ronaldo", "zidane": `notable`), and it stands where chat puts a
person: at a line's or an item's start, after "@", a bracket or a list's mark, after a word that
reaches or ties someone ("to", "ask", "mum"), beside another such name, either side of "and" (or
Hinglish "aur": "tom and freja", "ishaan aur ananya"), or before
what a person has, says or does ("freja's", "freja said"). "… and login fails" has none of that; an
article before the word names a thing ("the nozomi"). A line with capitals elsewhere capitalises
its names, so a lower-case word there is a word. The rules of `names` then judge each as they judge
a tagged name (an assistant, a dish, a public figure stay).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection import lines
from privacy_gateway.detection.foreign import function_word
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, everyday_word, first_names, proper_nouns, world_first_names
from privacy_gateway.detection.notable import listed_surname, single_name
from privacy_gateway.detection.software import is_software, technology

# A word as chat writes it: not glued to a path, a handle, a tag, an address or an identifier.
_WORD = regex.compile(r"(?<![\p{L}\p{M}\d_@./\\#:=-])\p{Ll}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}\d_@/\\=-]|\.\p{L})")
_CAPITAL = regex.compile(r"\p{Lu}")
# Where a person stands in chat: after a mention's "@", a bracket, a list's "+", "&" or "/", or a word
# that reaches or ties someone ("to", "with", "ask", "mum", "coach") ...
_REACHED = regex.compile(
    r"(?:[@(/+&][ \t]*|(?<![\p{L}])(?:with|to|for|from|by|cc|ask|tell|call|text|sms|email|ping|thank|thanks|hi|hey|dear|cheers|love"
    r"|bye|mum|mom|dad|son|daughter|sister|brother|wife|husband|friend|mate|boss|colleague|neighbou?r|aunt|auntie|uncle|nan"
    r"|grandma|grandpa|coach|teacher|w/)[ \t]+)$"
)
# ... or as a rota's or a list's item: at a line's start, after its bullet, a field's colon, a comma or
# a spaced dash, when the line ends with it or it says, asks or has something ("- rowan", "arash
# you're …"; not "login failed for user …").
_ITEM = regex.compile(r"(?:^[ \t]*(?:[-*•>]|\d{1,3}[.)])?[ \t]*|[,:;–—][ \t]*|[ \t]-[ \t]+)$", regex.MULTILINE)
# ... or beside another such given name joined by "and" ("tom and freja"); or before what a person
# has, says or does, a role in brackets, or a list's next mark ("freja's", "freja said", "davide saw
# it all", "priya (first aider)", "freja +").
# "aur" is the "and" of chat typed in Hindi or Urdu in Latin letters ("ishaan aur ananya").
_AND = r"[ \t]+(?:and|aur|n|&|\+)[ \t]+"
_AND_BEFORE = regex.compile(rf"(\p{{Ll}}[\p{{Ll}}\p{{M}}]+){_AND}$")
_AND_AFTER = regex.compile(rf"{_AND}(\p{{Ll}}[\p{{Ll}}\p{{M}}]+)(?![\p{{L}}\p{{M}}])")
_SAYS = regex.compile(
    r"['’]s(?![\p{L}])|[ \t]*[+&)/]|[ \t]+(?:said|says|texted|called|asked|told|replied|mentioned|thinks|wants|needs|you|you're"
    # what someone on a site, a shift or a team saw or did ("davide saw it all", "rebwar (first aider) washed it")
    r"|saw|heard|noticed|found|fixed|helped|covered|brought|took|drove|washed|checked|reported|spotted|agreed)(?![\p{L}'’])"
    # ... or a role in brackets after the name ("priya (first aider)", "tolu (night shift)").
    r"|[ \t]+\(\p{Ll}[\p{Ll} ]{1,20}\)"
)
_LINE_END = regex.compile(r"[ \t]*(?:[.!?]+[ \t]*)?$", regex.MULTILINE)
# ... or the item's speaker or owner, a colon after the name: "- iryna: nothing, was in interviews".
_SPEAKER_COLON = regex.compile(r"[ \t]*:[ \t]+\S")
# An article before the word: "the nozomi", "a jedi" name a thing or a kind, not someone.
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|a|an|this|that|these|those)[ \t]+$")


def _typed_lower(text: str, at: int) -> bool:
    """Whether the line around `at` has no capital past its first letter."""
    start, end = lines.line_start(text, at), lines.line_end(text, at)
    first = regex.search(r"\p{L}", text[start:end])
    return _CAPITAL.search(text, start + (first.end() if first else 0), end) is None


def _given_alone(word: str) -> bool:
    folded = ascii_fold(word)
    if folded not in world_first_names() and folded not in first_names():
        return False
    return not (
        english_form(folded) or common_word(folded) or everyday_word(folded) or function_word(word) or folded in proper_nouns()
        or is_software(word) or technology(word) is not None or single_name(word) or listed_surname(word)
    )


def lone_lower_names(text: str) -> Iterator[tuple[int, int]]:
    """Each lower-case given name alone on a line typed in lower case (see the module)."""
    if not _WORD.search(text):
        return
    for m in _WORD.finditer(text):
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if _given_alone(m.group()) and _typed_lower(text, m.start()) and _person_slot(text, m.start(), m.end()):
            yield m.span()


def _person_slot(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] stands where chat puts a person (`_REACHED`, `_ITEM`,
    `_SAYS`): "… and login fails" and "login failed for user …" have none of it."""
    line_start = lines.line_start(text, start)
    if _REACHED.search(text, line_start, start) is not None or _SAYS.match(text, end) is not None:
        return True
    if _ITEM.search(text, line_start, start) is not None and (_LINE_END.match(text, end) is not None or _SPEAKER_COLON.match(text, end) is not None):
        return True  # "- rowan", "- iryna: nothing, was in interviews all day": a rota's or a stand-up's person
    joined = _AND_BEFORE.search(text, line_start, start) or _AND_AFTER.match(text, end)
    return joined is not None and _given_alone(joined.group(1))
