"""Names in the string literals of code: `assertEquals("Dmitri Volkov", …)`, `new User("Valentina",
"Rossi", …)`, `VALUES (17, 'Akua', 'Boateng', …)`.

Code gives spaCy no sentence, so its NER misses names there, and a literal has no key to type it.
The literal's own shape decides: its whole content is a capitalised given name and surname (two or
three words) as `uncased.a_name` reads them, or two neighbouring one-word literals are. Software
and English word pairs ("Rose Garden", "Apache Kafka") stay.
"""

from __future__ import annotations

import re
from typing import Iterator

from privacy_gateway.detection.software import is_software
from privacy_gateway.detection.uncased import a_name

_LITERAL = re.compile(r"""(?P<q>["'])(?P<v>[^"'\n\\<>{}()\[\]=:;]{2,60})(?P=q)""")
_TITLED = re.compile(r"[^\W\d_][^\W\d_'’\-]*")
# A second one-word literal right after the first: `"Valentina", "Rossi"`.
_NEXT = re.compile(r"""[ \t]*,[ \t]*(?P<q>["'])(?P<v>[^"'\n\\]{2,40})(?P=q)""")


def _titled(word: str) -> bool:
    return _TITLED.fullmatch(word) is not None and word[0].isupper() and not word.isupper() and word[1:].islower()


def _middle(word: str) -> bool:
    """A middle name or initial: "Maria", "B.", "B"."""
    return _titled(word) or len(word.rstrip(".")) == 1 and word[0].isupper()


def _pair(first: str, last: str) -> bool:
    return _titled(first) and _titled(last) and not is_software(first) and not is_software(last) and a_name(first.lower(), last.lower())


def quoted_names(text: str) -> Iterator[tuple[int, int, str]]:
    """PERSON spans of string literals that hold a name, or a name split over two literals. A
    listed place is no one's name, though its words are names: `{"São Paulo", "America/Sao_Paulo"}`."""
    if '"' not in text and "'" not in text:
        return
    from privacy_gateway.detection.places import known_place  # loaded late: keeps the import chain short

    for m in _LITERAL.finditer(text):
        value = m.group("v")
        words = value.split(" ")
        if 2 <= len(words) <= 3 and _pair(words[0], words[-1]) and (len(words) == 2 or _middle(words[1])) and not known_place(value):
            yield m.start("v"), m.end("v"), "PERSON"
        elif len(words) == 1:
            after = _NEXT.match(text, m.end())
            if after and " " not in after.group("v") and _pair(value, after.group("v")):
                yield m.start("v"), m.end("v"), "PERSON"
                yield after.start("v"), after.end("v"), "PERSON"


# A constructor or factory of an address's class, by position: `new Address("Am Weiher 3", "Hünfeld",
# "36088")`, `PostalAddress.of("…", "…")`, Kotlin's `ShippingAddress("…")`. Its class's name types its
# string arguments as a key types a value (`InternetAddress`, `InetAddress` are no postal ones).
_CONSTRUCTOR = re.compile(r"(?<![\w.])(?:new[ \t]+)?(?:[a-z_]\w*\.)*(?P<cls>[A-Z]\w{0,40})(?:\.(?:of|create|from|valueOf))?[ \t]*\(")
_ARGUMENT_LITERAL = re.compile(r"""(?P<q>["'])(?P<v>(?:(?!(?P=q))[^\\\n]|\\.){1,160})(?P=q)""")


def address_arguments(text: str) -> Iterator[tuple[int, int, str]]:
    """LOCATION spans of the string arguments of an address's constructor (`_CONSTRUCTOR`)."""
    if "Addr" not in text and "addr" not in text and "Adres" not in text:
        return
    from privacy_gateway.detection.field_keys import entity_for_key  # loaded late: keeps the import chain short

    for m in _CONSTRUCTOR.finditer(text):
        if "dres" not in m.group("cls").lower() and "addr" not in m.group("cls").lower() or entity_for_key(m.group("cls")) != "LOCATION":
            continue
        for start, end in _direct_literals(text, m.end()):
            value = text[start:end].strip()
            if value and any(c.isalnum() for c in value) and "@" not in value and "://" not in value and not value.islower():
                yield start, end, "LOCATION"


def _direct_literals(text: str, at: int, reach: int = 600) -> Iterator[tuple[int, int]]:
    """The string literals passed directly to the call whose arguments start at `at` (not those of nested calls)."""
    depth, i, end = 0, at, min(len(text), at + reach)
    while i < end:
        c = text[i]
        if c in "\"'":
            m = _ARGUMENT_LITERAL.match(text, i)
            if m is None:
                return
            if depth == 0:
                yield m.start("v"), m.end("v")
            i = m.end()
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return
            depth -= 1
        elif c == ";":
            return
        i += 1
