"""Names typed in one case where the prompt is technical or a phone's chat export: its lines of
plain sentences name people as any prose does; its commands, logs and tool names stay."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.uncased import prose_line
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param(
            "clean up my notes for the ticket: the deploy script broke again, talked to radka vesela and she thinks the table lock is on the replica",
            ["radka vesela"],
            id="ticket-note-full-name",
        ),
        pytest.param(
            "standup: fixed the flaky api test with mateusz kowalczyk, waiting on the db migration review",
            ["mateusz kowalczyk"],
            id="standup-full-name",
        ),
        pytest.param(
            "summarise: the build failed on the release branch, i asked for help from dagný and she was on it within the hour",
            ["dagný"],
            id="lone-accented-given-name",
        ),
        pytest.param(
            "turn this into a changelog entry: refactored the payment module after feedback from kwame asante, the old endpoint is gone",
            ["kwame asante"],
            id="changelog-full-name",
        ),
    ],
)
def test_one_case_names_in_technical_prose_are_masked(find: Find, text: str, names: list[str]) -> None:
    found = people(find(text))
    assert all(any(name in value for value in found) for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        "how do i tell mypy to ignore the missing stubs for boto3 but still check my own modules?",
        "ask will kubectl apply work on the new cluster?",
        "Why does my flask app log every request twice when running under waitress?",
        "my terraform plan wants to recreate the whole eks cluster after bumping the aws provider, is that expected?",
    ],
)
def test_tools_in_technical_prose_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "line, prose",
    [
        ("paired with the new hire on the flaky test all morning", True),
        ("    for name in names: print(name)", False),
        ("export PATH=$HOME/bin:$PATH and then run it from the shell", False),
        ("see https://example.org/docs for the rest of the steps", False),
        ("deploy done", False),
    ],
)
def test_prose_line(line: str, prose: bool) -> None:
    assert prose_line(line, 0) is prose


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param(
            "summarise this chat:\n04/11/2023, 07:15 - wiremu: bus is late again\n04/11/2023, 07:19 - ingrid solvang: same here, taking a cab",
            ["wiremu", "ingrid solvang"],
            id="android-export",
        ),
        pytest.param(
            "who owes money?\n2024-01-09 21.40 - tomasz: i paid for the pizza\n2024-01-09 21.42 - oluwaseun adebayo: ill send you 12 tomorrow",
            ["tomasz", "oluwaseun adebayo"],
            id="iso-date-export",
        ),
        pytest.param(
            "15.02.25, 10:02 – KRISZTINA: WHERE ARE THE KEYS\n15.02.25, 10:05 – BORIS ILIESCU: UNDER THE MAT",
            ["KRISZTINA", "BORIS ILIESCU"],
            id="caps-export",
        ),
    ],
)
def test_dated_chat_export_speakers_are_masked(find: Find, text: str, names: list[str]) -> None:
    found = people(find(text))
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        "why does this fail?\n2024-01-09 21:40:02 - INFO: starting worker\n2024-01-09 21:40:03 - WARNING: retrying connection",
        "timetable:\n01.06.2024 08:15 - departure: platform 4\n01.06.2024 09:40 - arrival: platform 2",
        "explain\n2023-11-02 03:00 - backup: done in 42s\n2023-11-02 04:00 - vacuum: done in 3s\n2023-11-02 05:00 - backup: done in 40s",
    ],
)
def test_dated_log_steps_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []
