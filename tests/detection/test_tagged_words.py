"""The hashed word table answers as a dict of the same pairs would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.foreign import _everyday_words, foreign_everyday
from privacy_gateway.detection.tagged_words import TaggedWords

WORDS = st.text(alphabet=st.characters(categories=("Ll", "Lu", "Mn")), min_size=1, max_size=12)
TAGS = st.sampled_from(("pl", "cs", "tr", "de", "lt", "fi"))


def as_dict(pairs: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for word, tag in pairs:
        if tag not in table.get(word, ()):
            table[word] = (*table.get(word, ()), tag)
    return table


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, TAGS), max_size=60), st.lists(WORDS, max_size=20))
def test_the_table_answers_as_a_dict_of_its_pairs(pairs: list[tuple[str, str]], others: list[str]) -> None:
    expected = as_dict(pairs)
    table = TaggedWords(pairs)
    assert len(table) == len(expected)
    for word in [*expected, *others]:
        assert set(table.get(word)) == set(expected.get(word, ()))


def test_tags_keep_the_order_they_were_first_met_in() -> None:
    table = TaggedWords([("rok", "pl"), ("dom", "pl"), ("rok", "cs"), ("dom", "sk"), ("dom", "cs")])
    assert table.get("rok") == ("pl", "cs")
    assert table.get("dom") == ("pl", "cs", "sk")
    assert table.get("kot") == ()


def test_the_shipped_everyday_words_are_read_whole() -> None:
    # Words of several languages keep each of them; a word of one stays that one's.
    assert len(_everyday_words()) > 150_000
    assert foreign_everyday("pl", "dziękuję") and not foreign_everyday("cs", "dziękuję")
    assert foreign_everyday("de", "rechnung")
    assert foreign_everyday("pl", "firma") and foreign_everyday("cs", "firma") and foreign_everyday("tr", "firma")
    assert not foreign_everyday("pl", "meeting")
