"""Authors of a chat export's messages: the header line above each names a person, in any case."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.chat_headers import header_names
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> set[str]:
    return {v for t, v in found if t == "PERSON"}


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("hope tanaka  9:14 AM\nthe vendor call got moved\nwill brandt  9:15 AM\nto when?", {"hope tanaka", "will brandt"}, id="slack-lower"),
        pytest.param("[14/03/2025 09:12] Okonjo, Adaeze\nMorning all\n[14/03/2025 09:15] Brennan, Will\nlooks good", {"Okonjo", "Adaeze", "Brennan", "Will"}, id="teams-surname-first"),
        pytest.param("WILL FERRARA, 10:02\nCALL ME WHEN YOU LAND\nGRACE HOLT, 10:40\nlanded", {"WILL FERRARA", "GRACE HOLT"}, id="caps-comma-time"),
        pytest.param("Joy Castellanos — Today at 8:20 PM\nin 10 min\nMark Ng — Today at 8:21 PM\nok", {"Joy Castellanos", "Mark Ng"}, id="discord"),
        pytest.param("Rose Adebayo, [14.03.25 10:02]\nWhere are the keys?\n\nJoy Lindqvist, [14.03.25 10:05]\nUnder the mat", {"Rose Adebayo", "Joy Lindqvist"}, id="telegram"),
    ],
)
def test_export_header_names_are_masked(find: Find, text: str, names: set[str]) -> None:
    assert names <= people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("09:00 Registration\n09:30 Keynote\n10:15 Coffee\nhow long is the break?", id="agenda"),
        pytest.param("[10:02] ERROR\n[10:03] WARN\nwhat do these mean", id="log-levels"),
        pytest.param("London Euston 10:42\nManchester Piccadilly 12:50\nLeeds 13:10\nwhich train is fastest", id="timetable"),
        pytest.param("Grace Hopper 10:42 AM\none line only", id="one-header-is-no-export"),
    ],
)
def test_timed_lines_that_name_no_one_stay(text: str) -> None:
    assert list(header_names(text)) == []


_WORDS = ["deploy", "build", "lunch", "standup", "review", "break", "coffee", "meeting", "release", "backup"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.integers(0, 23), st.integers(0, 59)), min_size=2, max_size=5), st.booleans())
def test_schedules_of_english_words_name_no_one(rows: list[tuple[str, int, int]], caps: bool) -> None:
    text = "\n".join(f"{h:02d}:{m:02d} {w.upper() if caps else w}" for w, h, m in rows)
    assert list(header_names(text)) == []
