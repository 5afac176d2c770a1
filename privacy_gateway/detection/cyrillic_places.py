"""The divisions of a Russian or Ukrainian address: "Ивановская обл., г. Плёс, ул. Калинина, д. 9",
"Івано-Франківська обл., м. Яремче, вул. Свободи, 14", "682860, Хабаровский край, Ванинский р-н,
р.п. Ванино".

`address` reads the street ("ул. Калинина, д. 9"); the region, the district and the town around it
are written with their own words, before them ("г." a city, "м." a Ukrainian town, "с." a village,
"р.п." and "пгт" a workers' settlement) or after them ("обл." a region, "край", "р-н" a district),
and the model reads those at random. Such a word before or after a capitalised name is a place of
the address, on a line that holds an address: a street's word, a postcode of five or six digits,
or an address's label. Elsewhere "г." after a year and "м." after a number are units, and a name
with no address around it is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# A place's name: capitalised words joined by a hyphen or a space, a lower-case particle between
# ("Кам'янець-Подільський", "Ростов-на-Дону", "Нижний Новгород").
_NAME = r"\p{Lu}[\p{Ll}’']+(?:-\p{Ll}{1,3})?(?:[ \-]\p{Lu}[\p{Ll}’']+)?"
# A town's, a village's or a settlement's word before its name.
# In either case: a form in capitals, read on a copy cased as addresses print (`address_case`), keeps
# its words in capitals ("Г. Мышкин", "Ярославская ОБЛ.").
_BEFORE = regex.compile(rf"(?<![\p{{L}}.])(?i:г|м|с|п|пгт|смт|р\.[ ]?п|пос|дер|ст|сел|хут)\.?[ \t]+(?P<n>{_NAME})")
# A region's or a district's word after its name ("Ивановская обл.", "Хабаровский край", "Ванинский р-н").
_AFTER = regex.compile(rf"(?<![\p{{L}}])(?P<n>{_NAME})[ \t]+(?:(?i:обл\.|област[ьі]|край|р-н|район|округ)|АО)(?![\p{{L}}])")
# What says a line holds an address: a street's word, a postcode, an address's label.
_ADDRESS_LINE = regex.compile(
    r"(?<![\p{L}])(?i:ул|вул|пр|просп|пер|наб|бул|ш|пл|мкр|д|кв)\.[ \t]*[\p{Lu}\d]|(?<!\d)\d{5,6}(?!\d)|(?i:адрес|адреса)"
)
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def cyrillic_divisions(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each region, district and town of a Russian or Ukrainian address, with its word."""
    if not _CYRILLIC.search(text):
        return
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            # The line's bounds found here, not with `lines`: `address` loads this module, and the engine's chain of imports is long.
            line_end = text.find("\n", m.end())
            if _ADDRESS_LINE.search(text, text.rfind("\n", 0, m.start()) + 1, len(text) if line_end < 0 else line_end):
                yield m.span()
