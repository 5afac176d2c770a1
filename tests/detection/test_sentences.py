"""The sentence around a span: it holds the span, and no sentence end stands between its start and
the span, nor between the span and its end."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from privacy_gateway.detection.sentences import sentence_bounds

ENDS = re.compile(r"[.!?](?=\s)|\n")


def test_the_sentence_of_a_name_is_read_up_to_its_own_stops() -> None:
    text = "Book the room. Use Jane Doe as the sample name. Then send it."
    start = text.index("Jane")
    first, last = sentence_bounds(text, start, start + 8, ENDS)
    assert text[first:last] == " Use Jane Doe as the sample name"
    first, last = sentence_bounds(text, start, start + 8, ENDS, closed=True)
    assert text[first:last] == " Use Jane Doe as the sample name."


def test_reach_bounds_the_sentence_either_side() -> None:
    text = "x" * 50 + "Name" + "y" * 50
    assert sentence_bounds(text, 50, 54, ENDS, reach=10) == (40, 64)


@given(st.text(alphabet="ab .?!\n", max_size=80), st.data())
def test_the_sentence_holds_the_span_and_no_stop_between(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    first, last = sentence_bounds(text, start, end, ENDS)
    assert first <= start <= end <= last
    assert not any(first < m.end() <= start for m in ENDS.finditer(text, 0, start))
    assert ENDS.search(text, end, last) is None
