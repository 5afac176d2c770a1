"""Speakers named before a dash (`detection/dash_speakers.py`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.dash_speakers import dash_speakers
from tests.detection.helpers import Find


def _labels(text: str) -> list[str]:
    return [text[s:e] for s, e in dash_speakers(text)]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Intro.\n\nKAZEMI — Tell me about it.\nPELLETIER — We moved.\nKAZEMI — Ok.", ["KAZEMI", "PELLETIER", "KAZEMI"], id="caps-em-dash"),
        pytest.param("Anna - 10:02 - can you check?\nBen - 10:03 - on it", ["Anna", "Ben"], id="time-between-dashes"),
        pytest.param("— KOWALSKI —\nWhere were you?\n— NOWAK —\nAt home.\n— KOWALSKI —\nAlone?", ["KOWALSKI", "NOWAK", "KOWALSKI"], id="alone-between-dashes"),
        pytest.param("- anna: can you check?\n- ben: on it\n- anna: thanks", ["anna", "ben", "anna"], id="bulleted-lower-case"),
        pytest.param("Summarise:\nNDLOVU > did the deploy finish?\nVASQUEZ > yes, ten minutes ago", ["NDLOVU", "VASQUEZ"], id="chat-prompt-caps"),
        pytest.param("Chat:\nMirela > can you review my PR today?\nHaruto > after lunch", ["Mirela", "Haruto"], id="chat-prompt-title"),
    ],
)
def test_dash_labels_are_speakers(text: str, speakers: list[str]) -> None:
    assert _labels(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Step 1 - install\nStep 2 - run\nStep 1 - again", id="steps"),
        pytest.param("Mon - off\nTue - gym\nMon - again", id="weekdays"),
        pytest.param("Build - green\nDeploy - pending\nBuild - red", id="english-heads"),
        pytest.param("- Pros: fast\n- Cons: slow\n- Pros: cheap", id="pros-and-cons"),
        pytest.param("Redis - cache\nPostgres - database\nRedis - sessions", id="tools"),
        pytest.param("Anna - can you check?", id="one-line"),
        pytest.param('edge-proxy - - [12/Feb/2025:08:14:02 +0000] "GET / HTTP/1.1" 200\nedge-proxy - - [12/Feb/2025:08:14:03 +0000] "GET /a HTTP/1.1" 200', id="access-log"),
        pytest.param("web-anna - 10:02 - up\nweb-anna - 10:03 - down", id="hyphenated-host"),
        pytest.param("Paris — museums\nRome — food\nParis — shopping", id="itinerary"),
        pytest.param("Kemal - arrives Monday\nBeatrix - arrives Tuesday", id="list-no-label-back"),
        pytest.param("Where is it?\nSettings > Privacy > Location Services\nGeneral > About > Legal", id="menu-paths"),
        pytest.param("Who is the GOAT?\nMessi > Ronaldo\nPelé > Maradona", id="ranking"),
        pytest.param("Fix my shell:\necho hello > out.txt\ncat notes > backup", id="redirects"),
        pytest.param("Which is faster?\nRust > Go for this\nPython > Ruby maybe", id="tools-compared"),
        pytest.param("    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -e .\n      - run: pytest -q", id="workflow-steps"),
    ],
)
def test_list_heads_are_not_speakers(text: str) -> None:
    assert _labels(text) == []


def test_transcript_with_dashes_masks_every_label(find: Find) -> None:
    text = "Interview notes:\n\nBAUTISTA — Tell me about the migration.\nADEYEMI — We moved 40 services.\nBAUTISTA — What went wrong?\nADEYEMI — DNS."
    people = [v for t, v in find(text) if t == "PERSON"]
    assert people.count("BAUTISTA") == 2 and people.count("ADEYEMI") == 2
