"""The line around an offset: `line_start` and `line_end` are the idiom the recognizers wrote out by hand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.lines import line_end, line_start

TEXT = "Anna Kowalska\nphone: 555 0100\nbye"


def test_the_first_line_starts_at_zero() -> None:
    assert line_start(TEXT, 0) == 0
    assert line_start(TEXT, 5) == 0
    assert line_end(TEXT, 5) == TEXT.index("\n")


def test_the_last_line_with_no_newline_ends_at_the_text_end() -> None:
    at = TEXT.index("bye")
    assert line_start(TEXT, at + 1) == at
    assert line_end(TEXT, at) == len(TEXT)
    assert line_end(TEXT, len(TEXT)) == len(TEXT)
    assert line_start(TEXT, len(TEXT)) == at


def test_an_offset_on_a_newline_is_the_end_of_the_line_it_closes() -> None:
    newline = TEXT.index("\n")
    assert line_start(TEXT, newline) == 0
    assert line_end(TEXT, newline) == newline
    assert line_start(TEXT, newline + 1) == newline + 1  # the next line starts after it


def test_empty_text() -> None:
    assert line_start("", 0) == 0
    assert line_end("", 0) == 0


def test_only_a_newline_ends_a_line() -> None:
    text = "name: Ann\r\ncity: Lyon\r\n"
    at = text.index("Lyon")
    assert text[line_start(text, at) : line_end(text, at)] == "city: Lyon\r"
    assert text[line_start(text, 3) : line_end(text, 3)] == "name: Ann\r"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\r"), max_size=30), st.data())
def test_the_helpers_are_the_hand_written_idiom(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = text.find("\n", at)
    assert line_start(text, at) == text.rfind("\n", 0, at) + 1
    assert line_end(text, at) == (len(text) if end < 0 else end)
