"""Authors of a chat copied one line per message (author, time, message), and what their logins
tell the rest of the text (the real pipeline, then value propagation)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.core.spans import mask_spans
from privacy_gateway.detection.chat_rows import row_authors
from privacy_gateway.detection.engine import Detector
from tests.detection.helpers import Find
from tests.detection.name_pools import FAMILY_NAMES, GIVEN_NAMES


def people(found: list[tuple[str, str]]) -> set[str]:
    return {v for t, v in found if t == "PERSON"}


@pytest.mark.parametrize("text, authors", [
    pytest.param("#ops\nrose.hill  14:02  the backup finished\nkwame_mensah  14:05  thanks, closing the ticket\n",
                 {"rose.hill", "kwame_mensah"}, id="logins-of-words-and-names"),
    pytest.param("[incident-42]\nbtorvald 08:15 AM - paging db on-call\nlinh.pham 08:17 AM - on it\nbtorvald 08:30 AM - resolved\n",
                 {"btorvald", "linh.pham"}, id="am-pm-dash"),
    pytest.param("Chidera Obi  10:12  can someone review #88?\nMateus Tenório  10:20  looking now\n",
                 {"Chidera Obi", "Mateus Tenório"}, id="display-names"),
    pytest.param("sunny.day  16:40 | pushed the hotfix\nmarit.solheim  16:41 | ok\n", {"sunny.day", "marit.solheim"}, id="pipe"),
])
def test_authors_of_one_line_messages_are_masked(find: Find, text: str, authors: set[str]) -> None:
    assert authors <= people(find(text))


@pytest.mark.parametrize("text", [
    pytest.param("backup 02:00 nightly run\ncleanup 03:00 prune old snapshots\n", id="cron-schedule"),
    pytest.param("Leeds 09:12 platform 4\nYork 10:02 platform 1\n", id="timetable"),
    pytest.param("deploy-bot  09:41  build #7 green\nrenovate  09:50  bumped lodash\n", id="bots"),
    pytest.param("worker 10:00 started\nworker 10:05 stopped\n", id="log-words"),
])
def test_rows_without_a_persons_author_give_none(text: str) -> None:
    assert list(row_authors(text)) == []


def test_a_login_made_of_a_name_masks_the_name_written_alone(detector: Detector) -> None:
    text = ("#release\nnoor.haddad  11:02  @anselm_lindqvist please rebase\nanselm_lindqvist  11:05  done. Noor can you merge?\n"
            "noor.haddad  11:09  merged, thanks Anselm")
    spans = mask_spans([text], detector.analyze([text]))[0]
    masked = {text[s.start : s.end] for s in spans}
    assert {"Noor", "Anselm", "noor.haddad", "anselm_lindqvist"} <= masked


@settings(max_examples=15, deadline=None)
@given(given_name=st.sampled_from(GIVEN_NAMES), family=st.sampled_from(FAMILY_NAMES), joint=st.sampled_from([".", "_"]))
def test_any_name_made_login_gives_its_given_name(detector: Detector, given_name: str, family: str, joint: str) -> None:
    login = f"{given_name}{joint}{family}"
    text = f"#team\n{login}  09:00  morning\nzq7bot  09:01  ok\n{login}  09:02  {given_name.title()} here, starting the rollout"
    spans = mask_spans([text], detector.analyze([text]))[0]
    assert given_name.title() in {text[s.start : s.end] for s in spans}
