"""Names made only of plain English words in technical text, and tools' names in questions about tools.

In tool output, headers and code, capitalised words are headings, states, products and field
values ("Platform Team", "Simple Notification Service", "Tags", "Loading"), and
every recognizer that types a span by its position (a `name:` key, a `Key: Value` line, a word
after "user") can take one for a person. A person's name almost always holds a word that is
somebody's name in the census or the world's given names, or no English word at all; a span
whose every word is an English word that no list has as a first name or the census as a surname
is a label. Only in technical text: in a conversation "Sky" or "Favour" may be someone.
"""

from __future__ import annotations

import regex

from privacy_gateway.detection.lexicon import common_word, listed_family, listed_given
from privacy_gateway.detection.software import technology, unambiguous_software

_WORD = regex.compile(r"\p{L}{2,}")


def plain_words(value: str) -> bool:
    """Whether every word of `value` (two letters or more) is an English word that is nobody's
    name: no census name, and no given name of the world lists ("Mats", "Devi", "Delphi")."""
    words = _WORD.findall(value)
    return bool(words) and all(common_word(w) and w.lower() not in listed_given() for w in words)


def plain_label(value: str, entity: str) -> bool:
    """Whether a PERSON span `value` of technical text is a label of plain words. Places are left
    alone: a street or a unit in a record is plain words too ("Church Road", "Unit 4")."""
    return entity == "PERSON" and plain_words(value)


def thing_name(value: str) -> bool:
    """Whether every word of `value` is a tool of the lists that no one is named after, or a word
    no list has as anyone's given name or surname ("Darktable", "Axum", "LiveView"): in a question
    about tools (`TextKind.about_tools`), no one's name."""
    given, family = listed_given(), listed_family()
    words = regex.findall(r"\p{L}+", value)
    return bool(words) and all(
        technology(w) is False or unambiguous_software(w) or w.lower() not in given and w.lower() not in family for w in words
    )
