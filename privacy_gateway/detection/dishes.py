"""Dishes named where a meal is cooked, asked for or served: "a recipe for Kaalilaatikko", "how do
I make Pannukakku", "Halušky and Svíčková are back on the menu", "with Köfte as the main course".

Dishes are capitalised in many languages and written in their own ("Carne de Porco à Alentejana",
"Ovos moles de Aveiro"); the model tags them as people or towns, and the lists know neither. The
words around the name say it is food: a recipe for it, a verb of cooking with it as the one object,
or its place on a menu. Masking it sends the cloud a recipe for nobody. `names` reads these where
no one is addressed or related ("a recipe for Anna's party", "cook for my aunt Rita" stay someone).
"""

from __future__ import annotations

import regex

from privacy_gateway.detection import lines
from privacy_gateway.detection.lexicon import world_first_names
from privacy_gateway.detection.list_items import ITEM_MARK, list_heading
from privacy_gateway.detection.memo import per_analysis

# The small words dish names join their capitalised words with ("… à Alentejana", "… de Aveiro").
_JOINS = r"(?:de|di|da|do|dos|das|del|della|alla|al|à|au|aux|la|le|mit|und|un|och|ze|con|y)"
# Up to five words of the dish's own name may stand between the frame and the span ("a recipe for
# Carne de Porco à Alentejana": the model splits it): capitalised ones and joins, never "for my",
# "dinner with".
_NAME_WORDS = r"(?:(?:\p{Lu}[\p{L}'’-]*|" + _JOINS + r")[ \t]+){0,5}"
# A dish's own name in its language holds lower-case words too ("Pastéis de bacalhau", "Zupa
# ogórkowa"), read after a recipe's frame and before a menu's: any such word but English's small
# words and verbs of saying ("a recipe for dinner with Anna", "Anna says soup is on the menu").
_ENGLISH_SMALL = (
    r"(?:with|for|my|our|his|her|their|your|to|at|by|from|that|this|is|are|was|were|and|or|the|a|an|of|in|on|"
    r"says|said|thinks|told|asked|wants|will|would|can|who|which)"
)
_OWN_WORDS = r"(?:(?:\p{Lu}[\p{L}'’-]*|(?!" + _ENGLISH_SMALL + r"\b)\p{Ll}[\p{L}'’-]*)[ \t]+){0,5}"
# A recipe for it, or how to make it: the dish whatever follows ("a recipe for … that serves six").
_RECIPE_BEFORE = regex.compile(
    r"(?i:\b(?:recipes?[ \t]+for|how[ \t]+(?:do[ \t]+(?:i|you|we)[ \t]+|to[ \t]+|can[ \t]+i[ \t]+)(?:make|cook|bake|prepare))[ \t]+)"
    + _OWN_WORDS
    + r"$"
)
# A verb of cooking or selling with the dish as its object: "we now sell Knödel", "try making Gibassier".
_COOK_BEFORE = regex.compile(
    r"(?i:\b(?:make|makes|making|cook|cooks|cooking|bake|bakes|baking|prepare|preparing|sell|sells|selling)[ \t]+(?:(?:homemade|proper|traditional|authentic|real|our|fresh)[ \t]+)?)"
    + _NAME_WORDS
    + r"$"
)
# The rest of a dish's name after the span ("… à Alentejana", "… mit Sahne"), and with its own
# lower-case words before a menu's frame ("Pastéis de bacalhau and … are back on the menu").
_REST_OF_NAME = r"(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|" + _JOINS + r"))*?"
_OWN_REST = r"(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|(?!" + _ENGLISH_SMALL + r"\b)\p{Ll}[\p{L}'’-]*)){0,5}?"
# What follows a dish as a verb's one object: the clause's end or a phrase about the cooking ("make
# Pannukakku without special equipment"), never a second object or a predicate ("make Anna happy",
# "cook Rita dinner").
_ONE_OBJECT_AFTER = regex.compile(
    _REST_OF_NAME
    + r"(?:[ \t]*(?:[.,;:?!)]|$)|[ \t]+(?i:without|with|from[ \t]+scratch|at|every|each|for|that|which|in|on|using|like|the[ \t]+way|so|tonight|today|this)\b)"
)
# Its place on a menu, after it and the dishes listed with it: "Halušky and Svíčková are back on the
# menu", "with Köfte as the main course".
_MENU_AFTER = regex.compile(
    _OWN_REST
    + r"(?:[ \t]*(?:,|and|or|&)[ \t]+[^.?!\n]{0,60}?)?[ \t]+(?i:(?:is|are)[ \t]+(?:(?:back|now|still|also)[ \t]+)?on[ \t]+the[ \t]+menu|"
    r"as[ \t]+(?:a|an|the)[ \t]+(?:main(?:[ \t]+course)?|starter|side(?:[ \t]+dish)?|dessert|appeti[sz]er|entrée|first[ \t]+course|"
    r"second[ \t]+course|snack))\b"
)
_POSSESSIVE_AFTER = regex.compile(r"['’]s?\b")
# An item of a list ("1. ", "• ") holding the dish's own words up to the span, and the rest of them
# to the line's end; and the headings dishes are listed under ("Menu ideas for a dinner party:").
_ITEM_TO_SPAN = regex.compile(ITEM_MARK + r"[ \t]+" + _OWN_WORDS + r"$")
_REST_OF_ITEM = regex.compile(_OWN_REST + r"[ \t.,;]*$")
_MENU_HEADING = regex.compile(
    r"(?i:\b(?:menu|menus|dishes|recipes|courses|starters|mains|desserts|buffet|meal plan|meal ideas|canap[ée]s|tapas|mezze)\b)"
)


# Words each reading above cannot match without, looser than the patterns (no word boundaries): a
# text with none of them is spared the reading's scans, asked for every name found (about 16 a text).
_RECIPE_WORDS = regex.compile(r"(?i:recipe|how)")
_MENU_WORDS = regex.compile(r"(?i:menu|[ \t]as[ \t])")
_COOK_WORDS = regex.compile(r"(?i:mak|cook|bak|prepar|sell)")


@per_analysis
def _readings(text: str) -> tuple[bool, bool, bool]:
    """Whether `text` holds the words of a recipe's frame, a menu's and a verb of cooking or selling."""
    return (_RECIPE_WORDS.search(text) is not None, _MENU_WORDS.search(text) is not None, _COOK_WORDS.search(text) is not None)


def dish(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a dish: after "a recipe for" or "how do I make" (its own name's
    words may stand between), the one object of a verb of cooking or selling, placed on a menu, or
    the whole of an item listed under a menu's heading.
    Not a possessive ("a recipe for Rita's party")."""
    if _POSSESSIVE_AFTER.match(text, end) or text[max(start, end - 2) : end] in ("'s", "’s"):
        return False
    if _listed_dish(text, start, end):
        return True
    recipe, menu, cook = _readings(text)
    if recipe and _RECIPE_BEFORE.search(text, max(0, start - 80), start) or menu and _MENU_AFTER.match(text, end):
        return True
    if not cook or _COOK_BEFORE.search(text, max(0, start - 80), start) is None:
        return False
    return _ONE_OBJECT_AFTER.match(text, end) is not None


def _listed_dish(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a list item of nothing but the dish's own words ("1. Muscheln
    rheinische Art") under a menu's heading ("Menu ideas for a dinner party:"); not an item that
    says more ("- soup, Anna Kowalska brings it"), nor one a given name opens ("- Tom Baker": who
    cooks or comes)."""
    line_start = lines.line_start(text, start)
    if line_start == 0 or text[start:end].split()[0].lower() in world_first_names():
        return False
    if not _ITEM_TO_SPAN.match(text[line_start:start]) or not _REST_OF_ITEM.match(
        text[end : lines.line_end(text, end)]
    ):
        return False
    heading = list_heading(text, line_start)
    return heading is not None and _MENU_HEADING.search(heading) is not None
