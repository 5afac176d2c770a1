"""Russian, Ukrainian and Belarusian full names by their patronymic, in any text.

Forms, court papers and notes in these languages write a person as surname, given name and
patronymic ("Орлова Екатерина Сергеевна") or given name, patronymic and surname ("Тарас Іванович
Мельничук"), and the patronymic's ending (-ович, -евна, -івна …) is made for nothing else. The run
of capitalised Cyrillic words around one is a name whatever the lists hold: surnames of these
languages are many, and are words too ("Коваль", a smith).
"""

from __future__ import annotations

from typing import Iterator

import regex

_WORD = r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?"
# A patronymic: a capitalised word with one of the endings, Russian's and Ukrainian's, male and female.
_PATRONYMIC = r"\p{Lu}\p{Ll}+(?:ович|евич|ьевич|йович|ьович|ович|ич|овна|евна|ьевна|ична|инична|івна|ївна|ивна)"
_NAME = regex.compile(
    rf"(?<![\p{{L}}\d]){_WORD}[ \t]+{_PATRONYMIC}[ \t]+(?!{_PATRONYMIC}(?![\p{{L}}])){_WORD}(?![\p{{L}}])|(?<![\p{{L}}\d])(?:{_WORD}[ \t]+){{1,2}}{_PATRONYMIC}(?![\p{{L}}])",
    regex.VERSION1,
)
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def patronymic_names(text: str) -> Iterator[tuple[int, int]]:
    """Each run of two or three capitalised Cyrillic words holding a patronymic: "Орлова Екатерина
    Сергеевна", "Богдан Миколайович Коваль", "Ганна Олегівна"."""
    if _CYRILLIC.search(text) is None:
        return
    for m in _NAME.finditer(text):
        if _CYRILLIC.search(m.group()) is not None:
            yield m.span()
