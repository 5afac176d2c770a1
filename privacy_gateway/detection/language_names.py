"""Languages named in a prompt: "translate this into Polish", "in plain English", "answers in Hindi,
Tamil and Bengali", "Korean grammar".

The recognizer tags a language after "in" or "into" as a place, and one it has seen as a surname
("English") as a person: a translation request would reach the cloud asking for "<LOCATION_1>".
A language's name, where a language is spoken of, is no one's and nowhere (`data/language_names.txt`,
written by `scripts/build-language-names` from ISO 639). Not where a capitalised word follows it
("Polish Deli", "English Street"): that names something else.
"""

from __future__ import annotations

import functools

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.data_files import data_lines
from privacy_gateway.detection.name_spans import person_context

# The words that name a language's variety or register before it: "modern English", "Brazilian
# Portuguese", "Simplified Chinese", "Latin American Spanish".
_VARIETIES = frozenset(
    """modern contemporary standard classical old middle plain simple formal informal colloquial conversational written
    spoken business academic legal technical everyday simplified traditional british american australian canadian
    irish scottish indian brazilian european mexican castilian latin latam swiss austrian belgian flemish
    quebec québécois egyptian levantine gulf moroccan""".split()
)
_VARIETY = "|".join(sorted(_VARIETIES))
# What comes before a language spoken of: a preposition, a register, learning or translating, or
# another language in a list ("Hindi, Tamil and Bengali", "Welsh/English"); a variety's word may
# stand between ("in modern English").
_BEFORE = regex.compile(
    r"(?i:\b(?:in|into|from|to|plain|simple|formal|informal|basic|fluent|native|speak|speaks|speaking|spoken|learn|learning|"
    rf"learnt|learned|study|studying|teach|teaching|translate|translated|translating|and|or|than|both)[ \t]+(?:(?:{_VARIETY})[ \t]+){{0,2}}$"
    r"|,[ \t]*$|/[ \t]*$)"
)
# What comes after one: what a language has or is used for ("Korean grammar", "the Welsh for 'hello'").
_AFTER = regex.compile(
    r"(?i:[ \t]*(?:speakers?|grammar|translations?|translators?|versions?|subtitles|text|words?|phrases?|lessons?|courses?|"
    r"class(?:es)?|teachers?|keyboard|spelling|pronunciation|alphabet|script|dialects?|accent|for|and|or)\b|[ \t]*/)"
)
_CAPITALISED_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{L}-]*)")
# A lower-case word right after one, as an adjective's noun or the language's own verb: "German
# clinics", "the usual English rendering", "the way English leaves Clare's Law alone".
_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")
# ... unless a capitalised word stands right before it, whose surname it then is ("Megan English
# signed"); a sentence's capitalised function word is none ("The German clinics …").
_CAPITALISED_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’-]*)[ \t]+$")
_BRACKETED = regex.compile(r"[ \t]*\)")


@functools.cache
def language_names() -> frozenset[str]:
    """Every language name of the list, lower case."""
    return frozenset(data_lines("language_names"))


def _language(value: str) -> bool:
    """A language's name, or one of its varieties ("Brazilian Portuguese", "Simplified Chinese")."""
    words = value.lower().split()
    return " ".join(words) in language_names() or len(words) > 1 and words[-1] in language_names() and all(w in _VARIETIES for w in words[:-1])


def language_named(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a language's name where a language is spoken of: after "in",
    "into", "plain", "speak", in a list of languages, alone in brackets, or before "speakers",
    "grammar", "for" or any lower-case word where no word before it reaches a person."""
    if not _language(text[start:end]):
        return False
    after = _CAPITALISED_AFTER.match(text, end)
    if after is not None and not _language(after.group(1)):
        return False  # "Polish Deli", "English Street": the word names a shop or a street
    if _BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    if _BRACKETED.match(text, end) and text[:start].rstrip(" \t").endswith("("):
        return True  # "张三 (Chinese)", "Nguyễn Văn A (Vietnamese)": the language of what the bracket follows
    # "ask English for the keys": after a word that reaches someone, a surname before "for" or a verb.
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    adjective = _LOWER_AFTER.match(text, end) is not None and (before is None or before.group(1).lower() in STOP_WORDS)
    return (_AFTER.match(text, end) is not None or adjective) and not person_context(text, start, end)
