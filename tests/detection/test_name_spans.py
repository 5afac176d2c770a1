"""How far a name's span runs (`name_spans`): over the parts a dot glues to it, and no further."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.name_spans import _dotted_name
from tests.detection.helpers import Find


def test_a_dotted_name_is_one_span() -> None:
    text = "ping Mary.Simmons about it"
    start = text.index("Simmons")
    assert text[slice(*_dotted_name(text, start, start + 7))] == "Mary.Simmons"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Build ok.\nxcolque approved these changes", "xcolque"),
        ("All green.\nMariam signed it off", "Mariam"),
    ],
)
def test_a_sentence_s_last_word_on_the_line_before_is_no_part_of_the_name(find: Find, text: str, name: str) -> None:
    # The word and its full stop end the line above: no dot glues them to the name (it grew over "k.\n").
    start = text.index(name)
    assert _dotted_name(text, start, start + len(name)) == (start, start + len(name))
    assert ("PERSON", name) in find(text), text


# A run the recognizer tagged in lower case that opens with an irregular verb's past ("took", "got")
# is the verb and its object, no one's name; a name after such a verb stays one.
@pytest.mark.parametrize("text", [
    "Rewrite this completion letter: the sale of [PROPERTY ADDRESS] took place today at [TIME].",
    "call notes: 03/10 called back, mild headache after visit 4, took paracetamol, fine now",
])
def test_a_lower_case_verb_phrase_is_no_name(find: Find, text: str) -> None:
    assert find(text) == []


def test_a_name_after_an_irregular_verb_stays(find: Find) -> None:
    assert any("okafor" in value for _, value in find("notes: met chidi okafor at the clinic, he took the forms home"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The recognizer runs "NIGHT SHIFT - PETER OBI LEFT" together: the dash parts it, and "LEFT" is a verb's past.
        ("CLEAN THIS UP FOR THE HANDOVER BOOK: NIGHT SHIFT - PETER OBI LEFT AT 2AM. ALARM TESTED.", "PETER OBI"),
    ],
)
def test_a_name_in_capitals_is_cut_from_the_words_the_recognizer_ran_on_over(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)
    assert not any(t == "PERSON" and ("SHIFT" in v or "LEFT" in v) for t, v in find(text))


def test_an_initials_full_stop_parts_no_name_in_capitals(find: Find) -> None:
    text = "Which day is short-staffed?\nROSTER WK12\nMON IFECHUKWU S. CHUKWU, REI YAMAGUCHI\nTUE DENNY SPADE"
    found = find(text)
    assert any(v.endswith("S. CHUKWU") for _, v in found), found  # the surname after the initial is masked too


def test_a_given_name_that_is_an_irregular_verb_form_still_ends_a_name(find: Find) -> None:
    # "rose" is "rise"'s past, and a given name: after "guadalupe ochoa &" it is the second guest's.
    text = "format these for the invite envelopes\n\nguadalupe ochoa & rose – 4 mill lane, whitby\nkwame & ivy – leeds"
    assert any(t == "PERSON" and "rose" in v for t, v in find(text)), find(text)
