"""Names typed in one case where the prompt is technical or a phone's chat export: its lines of
plain sentences name people as any prose does; its commands, logs and tool names stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.uncased import prose_line
from tests.detection.helpers import Find
from tests.detection.name_pools import ENGLISH_NOT_NAMES, FAMILY_NAMES, GIVEN_NAMES


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
        ("    # asked for rounding to the cent here, see the March audit", True),
        ("  // the team wants the retries back on for the batch jobs", True),
        ("    # for name in names: print(name)", False),
    ],
)
def test_prose_line(line: str, prose: bool) -> None:
    assert prose_line(line, 0) is prose


def test_the_code_before_a_comment_is_no_prose() -> None:
    line = "total = round(x, 2)  # asked for it in the review of the March audit"
    assert not prose_line(line, 0) and prose_line(line, line.index("asked"))


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("def settle(invoice):\n    # daniel cruz asked for rounding to the cent here, see the audit\n    return round(invoice.total, 2)", "daniel cruz", id="lower-case-comment"),
        pytest.param("def settle(invoice):\n    # DIETER EBERHARDT asked for rounding to the cent here, see the audit\n    return 0", "DIETER EBERHARDT", id="capitals-in-a-comment"),
        pytest.param("def settle(invoice):\n    # Edo Afonso asked for rounding to the cent here, see the audit\n    return 0", "Edo Afonso", id="tagged-full-name-in-a-comment"),
        pytest.param("const total = sum(rows);  // per jörg hülsmann we round at the end of the batch", "jörg hülsmann", id="inline-comment"),
    ],
)
def test_a_comment_in_code_names_people_as_prose_does(find: Find, text: str, name: str) -> None:
    """A comment is a sentence of prose however the code around it is indented."""
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        "def retry(job):\n    # Celery retries the task with backoff when Redis is down\n    return job.retry()",
        "    # TODO: move the Kafka consumer to the new cluster before the upgrade\n    consumer.close()",
        "x = load()  # Flask reads the config from the instance folder at start",
    ],
)
def test_tools_named_in_comments_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


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


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("sort by surname please: gift nkosi; memory chikwanha; innocent mwangi", "gift nkosi", id="given-that-is-a-word"),
        pytest.param("mtg w/ favour okonkwo and bliss tamura re budget", "favour okonkwo", id="given-that-is-a-word-2"),
        pytest.param("notes: met with radoslav ene and the landlord, agreed on the quote", "radoslav ene", id="surname-that-is-a-word"),
        pytest.param("draft a msg: ask ines from accounts, cc blessing our courier", "blessing", id="word-name-before-a-role"),
        pytest.param("INCIDENT 22: COMPLAINANT GRACE WOOD ADVISED OF DELAY", "GRACE WOOD", id="complainant"),
        pytest.param("VICTIM IVY STONE TAKEN TO HOSPITAL BY AMBULANCE", "IVY STONE", id="victim"),
        pytest.param("witness: mary field saw the car leave at 9", "mary field", id="witness-label"),
    ],
)
def test_names_that_are_english_words_in_a_name_position_are_masked(find: Find, text: str, name: str) -> None:
    assert any(name in value for value in people(find(text))), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "the witness statement is due friday, please file it",
        "the suspect device was a faulty router in the end",
        "we need to budget (finance) better and plan our sales",
    ],
)
def test_party_words_as_words_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


_TECHNICAL_FRAMES = (
    "clean up for the ticket: the deploy script broke again and {} thinks the table lock is on the replica",
    "standup: fixed the flaky api test with {} this morning, waiting on the db migration review",
)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(GIVEN_NAMES), st.sampled_from(FAMILY_NAMES), st.sampled_from(_TECHNICAL_FRAMES), st.booleans())
def test_a_listed_name_in_technical_prose_is_masked(find: Find, given_name: str, family: str, frame: str, upper: bool) -> None:
    name = f"{given_name} {family}"
    text = frame.format(name)
    if upper:
        text, name = text.upper(), name.upper()
    assert any(name in v for v in people(find(text))), (text, find(text))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(ENGLISH_NOT_NAMES), min_size=2, max_size=3), st.sampled_from(_TECHNICAL_FRAMES))
def test_english_words_in_technical_prose_are_no_one(find: Find, words: list[str], frame: str) -> None:
    text = frame.format(" ".join(words))
    assert people(find(text)) == [], text


def test_a_comment_tag_is_no_code_mark() -> None:
    """`TODO(owner):` opens a comment as `#` does; the words after it are the comment's prose."""
    line = "// TODO(dvasquez): move to a builder once the team merges the DTO refactor"
    assert prose_line(line, line.index("once"))


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Ibrahim Buhari wrote the cron job that rotates the nginx logs; it runs at 03:00 UTC. Why would logrotate skip gzip?", "Ibrahim Buhari", id="subject-of-a-technical-sentence"),
        pytest.param("```\nkubectl rollout undo deploy/api\n```\nthe rollback was approved by Teodora Vasquez-Lind before the freeze, is that enough?", "Teodora Vasquez-Lind", id="after-a-code-block"),
        # A name capitalised after an elided particle, which `str.istitle` refuses.
        pytest.param("S'fiso Mthonti wrote the cron job that rotates the nginx logs; it runs at 03:00 UTC. Why would logrotate skip gzip?", "S'fiso Mthonti", id="capital-after-an-apostrophe"),
    ],
)
def test_a_full_name_acting_on_a_plain_line_of_a_technical_prompt_is_someones(find: Find, text: str, name: str) -> None:
    assert name in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        "Why is Django called Django? I read it's after Django Reinhardt, the jazz guitarist. Any other frameworks named after musicians?",
        "Linus Torvalds wrote git in 2005 to manage the kernel; why does `git rebase -i` still use a text editor?",
    ],
)
def test_a_tools_namesake_or_a_notable_maker_in_technical_prose_stays(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize("text, name", [
    ("turn this into a proper SBAR pls\n\nbed 12 julia turner 78F post #NOF day 2, pain ok on oramorph", "julia turner"),
    ("handover: bed 7 tomasz nowak, 64 m, day 3 post lap chole, eating and drinking", "tomasz nowak"),
])
def test_a_patient_before_their_age_and_sex_in_one_case_is_named(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize("text", [
    "rooms 4 and 5 have 2 beds, total 78 m",
    "we ran the bench 3 times, total 45 m of wall time",
])
def test_measures_before_a_unit_letter_are_no_patient(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize("text, names", [
    ("fantasy league chat: me, ronke, abeni and amope. write some trash talk", ["ronke", "abeni", "amope"]),
    ("tunde and i will bring the drinks, can you write the invite", ["tunde"]),
])
def test_the_others_in_a_list_with_the_writer_are_people(find: Find, text: str, names: list[str]) -> None:
    found = [v for t, v in find(text) if t == "PERSON"]
    assert all(name in found for name in names), found


@pytest.mark.parametrize("text", [
    "me and the kids are off to the coast, then me, mum and dad go home",
    "opposing counsel keeps calling it a 'freezing order' and i want to be sure what it means",
])
def test_a_list_with_the_writer_of_kin_places_or_quoted_words_names_no_one(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []
