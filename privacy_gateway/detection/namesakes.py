"""Things named after people: dishes ("Victoria sponge", "Beef Wellington", "Earl Grey tea") and
landmarks, prizes, comets and ideas whose namesake the text then names ("the Eiffel Tower …
Gustave Eiffel", "the Nobel Prize … Alfred Nobel", "the Doppler effect … Christian Doppler").

A name so used is the thing's, or the long-dead namesake's the text asks about, not someone in the
prompt. Only the shape decides: a one-word name (or a title and a word) against a dish's noun, or
a full name, in a question and addressed by no one, whose surname heads a landmark's or a prize's
name earlier in the same text.
"""

from __future__ import annotations

import regex

from privacy_gateway.detection.name_spans import person_context

# A dish's noun right after the name ("Victoria sponge", "Caesar salad", "Earl Grey tea"), not after
# a possessive: "Maria's cake" is hers.
_DISH_AFTER = regex.compile(
    r"[ \t]+(?i:sponges?|cakes?|puddings?|pies?|tarts?|sauces?|salads?|soups?|biscuits?|buns?|pizzas?|breads?|"
    r"loaf|loaves|sandwich(?:es)?|cocktails?|tea|teas|stew|chowder|pastr(?:y|ies)|dressing|crumble|trifle|"
    r"scones?|rolls?|roast|stroganoff|potatoes)\b"
)
# A dish's ingredient right before it ("Beef Wellington", "Eggs Benedict", "Peach Melba", "Chicken
# Marengo"): capitalised, as a dish's name is written.
_INGREDIENTS = (
    r"(?:Beef|Eggs|Peach|Chicken|Veal|Pork|Lamb|Lobster|Oysters|Steak|Bananas|Cherries|Pears|Sole|"
    r"Salmon|Potatoes|Pommes|Crêpes|Poulet|Boeuf|Bœuf|Tournedos|Apple|Pear)"
)
_DISH_BEFORE = regex.compile(rf"(?:^|[^\p{{L}}]){_INGREDIENTS}[ \t]+$")
_DISH_IN = regex.compile(rf"{_INGREDIENTS}[ \t]+\p{{Lu}}\p{{Ll}}+")
# Names a title may open ("Earl Grey", "Lady Baltimore", "Saint Honoré").
_TITLES = frozenset("earl lady lord duke duchess saint st st. sir king queen prince princess".split())
# What a landmark, a prize or a body is called after a surname: "the Eiffel Tower", "a Nobel Prize".
_NAMED_THING = (
    r"(?:Tower|Bridge|Wheel|Prize|Prizes|Medal|Award|Awards|Comet|Cup|Trophy|Memorial|Monument|Dam|Canal|Telescope|"
    r"Institute|Foundation|Museum|Gallery|Observatory|Lecture|Lectures|Scale|Limit|Belt|Point|Crater|Glacier)"
)

# The thing after a surname ("the Eiffel Tower", "Nobel's Prize"): compiled once, the surname
# compared after, as a pattern per name checked cost a regex compile per name (a fifth of a 1 KB
# analysis).
# Ideas named after their finder, in lower case: "the Doppler effect", "Parkinson's disease", and a
# clinic's eponyms: "the Gleason score", "the Mantoux test", "the Heimlich manoeuvre", "Kernig's sign".
_IDEA = (
    r"(?:effect|principle|equations?|constant|paradox|theorem|law|limit|scale|disease|syndrome|comet|razor|conjecture|distribution"
    r"|score|test|sign|stain|manoeuvre|maneuver|reflex|criteria|classification|lymphoma)"
)
_ARTICLE_THING = regex.compile(rf"(?<![\p{{L}}'’])(?:the|a|an|The|A|An)[ \t]+(?P<surname>[^ \t]+)[ \t]+(?:{_NAMED_THING}|{_IDEA})\b")
_OWNED_THING = regex.compile(rf"['’]s[ \t]+(?:{_NAMED_THING}|{_IDEA})\b")


def named_after(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] names a dish, or a landmark's or prize's namesake."""
    value = text[start:end]
    words = value.split()
    one_word = len(words) == 1 or len(words) == 2 and words[0].lower() in _TITLES
    if one_word and (_DISH_AFTER.match(text, end) or _DISH_BEFORE.search(text[max(0, start - 16) : start])):
        return True
    if len(words) == 2 and _DISH_IN.fullmatch(value):
        return True  # "Beef Wellington" taken whole
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if "?" not in text or person_context(text, start, end):
        return False  # "Tell Daniel Okafor the Okafor Bridge job slipped": addressed, someone's
    surname = words[-1]
    # The thing named first, its namesake asked about after: "Why is the Eiffel Tower called that? Did Gustave Eiffel …".
    if any(m["surname"] == surname for m in _ARTICLE_THING.finditer(text, 0, start)):
        return True
    return any(text.endswith(surname, 0, m.start()) for m in _OWNED_THING.finditer(text, 0, start))
