"""Cyrillic words in Latin letters, each way the name lists may spell them: "Ольга" is "olga",
"Наталья" "natalya", "Юлия" "yuliya" and "iuliia", "Александр" "aleksandr" and "alexander".

The gateway's name lists and its lists of the famous are written in Latin letters; a Cyrillic word
is looked up in them through these spellings (`slavic_names`, `notable`). Russian's, Ukrainian's,
Belarusian's and Bulgarian's letters, each with the common alternatives of the usual systems.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

# Letters as the world lists spell them, each with its common alternatives ("й": y or i).
_LATIN: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g", "h"), "ґ": ("g",), "д": ("d",), "е": ("e",), "ё": ("e", "yo"),
    "є": ("ye", "ie"), "ж": ("zh",), "з": ("z",), "и": ("i", "y"), "і": ("i",), "ї": ("yi", "i"), "й": ("y", "i", ""),
    "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",),
    "у": ("u",), "ў": ("u", "w"), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts", "c"), "ч": ("ch",), "ш": ("sh",),
    "щ": ("shch", "sht"), "ъ": ("", "a"), "ы": ("y",), "ь": ("",), "э": ("e",), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "'": ("",), "’": ("",), "ʼ": ("",),
}
_MOST = 64


def latin_spellings(word: str) -> Iterator[str]:
    """`word` (lower case) in Latin letters, each way the lists may spell it, from at most `_MOST`
    combinations of letters ("кс" as "x" too, "-андр" as "-ander": "Александр" is "alexander")."""
    options = [_LATIN.get(c, (c,)) for c in word]
    for letters in itertools.islice(itertools.product(*options), _MOST):
        spelt = "".join(letters)
        yield spelt
        if "ks" in spelt:
            yield spelt.replace("ks", "x")
        if spelt.endswith("ndr"):
            yield spelt[:-1] + "er"  # "Александр": the lists write "Alexander", "Aleksander"
            yield spelt.replace("ks", "x")[:-1] + "er"
