"""Russian, Ukrainian, Belarusian and Bulgarian full names with no patronymic: "Ольга Морозова",
"Морозова Ольга", "Ольге Морозовой".

The English model tags Cyrillic words at random, and these languages' surnames are too many for a
list. Two things say "person" instead: a surname's ending, made for little else (-ов, -ова, -ин,
-ский, -енко, -чук …, declined too), and a given name of the world lists once the word is written in
Latin letters ("Ольга" is "olga", "Наталья" "natalya"). A pair of capitalised Cyrillic words holding
one of each, in either order, is someone's, unless the world knows the name ("Тарас Шевченко",
"Анна Ахматова": `notable`). So is a surname by its ending alone after a role or a courtesy title
("Бригадир Лебедев не берёт трубку", "прораб Сидоренко", "пани Коваленко").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection.lexicon import world_first_names
from privacy_gateway.detection.notable import notable_person
from privacy_gateway.detection.transliteration import latin_spellings

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_WORD = r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?"
_PAIR = regex.compile(rf"(?<![\p{{L}}\d-])(?P<a>{_WORD})[ \t]+(?P<b>{_WORD})(?![\p{{L}}\d-])")
# A surname's ending, in the nominative and the commoner cases: Russian and Bulgarian -ов/-ев/-ин
# (-ова, -ову, -овой …), -ский/-цкий and their cases, Ukrainian -енко, -чук, -юк, Belarusian -вич;
# Georgian -швили and -дзе, Armenian -ян, as these languages write them.
_SURNAME_END = regex.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|ом|е|ых|им)?$|(?:ск|цк)(?:ий|ая|ого|ой|ому|ую|им|ої|ою)$"
    r"|енко$|(?:чук|юк|ук)(?:а|у|ом|ові)?$|(?:ов|ев)ич(?:а|у|ем)?$|швили$|дзе$|ян(?:а|у|ом)?$"
)
# A given name's case endings and its nominative's: "Ольге", "Ольгу", "Ольгой" are "Ольга"; "Сергея" "Сергей".
_GIVEN_CASES = (
    ("ой", "а"), ("ей", "я"), ("е", "а"), ("у", "а"), ("ы", "а"), ("и", "а"), ("и", "я"), ("ю", "я"), ("я", "й"), ("ем", "й"),
    ("а", ""), ("у", ""), ("ом", ""),
)


def slavic_given(word: str) -> bool:
    """Whether `word`, or the nominative it is declined from, is a listed given name in Latin letters."""
    lower = word.lower()
    forms = [lower, *(lower[: -len(end)] + base for end, base in _GIVEN_CASES if lower.endswith(end) and len(lower) - len(end) >= 2)]
    names = world_first_names()
    return any(spelt in names for form in forms for spelt in latin_spellings(form))


def _surname(word: str) -> bool:
    return len(word) >= 4 and _SURNAME_END.search(word.lower()) is not None


def slavic_full_names(text: str) -> Iterator[tuple[int, int]]:
    """Each pair of capitalised Cyrillic words that is a given name and a surname by its ending, in either order."""
    if _CYRILLIC.search(text) is None:
        return
    for m in _PAIR.finditer(text, overlapped=True):
        a, b = m.group("a"), m.group("b")
        if _CYRILLIC.search(a) is None or _CYRILLIC.search(b) is None:
            continue
        if slavic_given(a) and _surname(b) and not notable_person(f"{a} {b}") or slavic_given(b) and _surname(a) and not slavic_given(a) and not notable_person(f"{b} {a}"):
            yield m.span()


# Roles, trades and courtesy titles before a surname, in Russian and Ukrainian, in any case.
_ROLE = regex.compile(
    r"(?<![\p{L}])(?i:бригадир|прораб|мастер|майстер|виконроб|менеджер|врач|лікар|доктор|учитель|учительница|вчитель|вчителька|"
    r"директор|начальник|інспектор|инспектор|следователь|слідчий|адвокат|нотариус|нотаріус|водитель|водій|курьер|кур'єр|"
    r"сосед|соседка|сусід|сусідка|коллега|колега|господин|госпожа|пан|пані|г-н|г-жа|тов\.)[ \t]+"
    rf"(?P<n>{_WORD})(?![\p{{L}}\d-])"
)


def titled_surnames(text: str) -> Iterator[tuple[int, int]]:
    """A Cyrillic surname by its ending after a role or a courtesy title ("Бригадир Лебедев"), not a
    given name (the full names are `slavic_full_names`'). The lists of the famous hold full names,
    so none of them tells a famous surname alone ("учитель Пушкин" is read)."""
    if _CYRILLIC.search(text) is None:
        return
    for m in _ROLE.finditer(text):
        word = m.group("n")
        if _CYRILLIC.search(word) and _surname(word) and not slavic_given(word):
            yield m.span("n")
