"""Short logins with digits in a person's slot of prose and where an account stands (round 29,
issue 18): a few letters of a name and a number ("iwu18", "kim15") are someone's there; a tool's or
a machine's name and its number ("python3", "db01", "md5") stay, whatever slot they fill (the real
pipeline)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.handles import plausible, versioned_tool
from privacy_gateway.detection.name_split import numbered_thing, short_numbered
from tests.detection.helpers import Find


def people(find: Find, text: str) -> set[str]:
    return {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text, login",
    [
        pytest.param("Is iwu18 the right account to give the report to?", "iwu18", id="right-account"),
        pytest.param("ping tha46 about the failing build", "tha46", id="ping"),
        pytest.param("kim15 can't log in since this morning", "kim15", id="cannot-log-in"),
        pytest.param("can you add ayi67 to the finance group", "ayi67", id="add-to-group"),
        pytest.param("forward this to ade46 when you get a chance", "ade46", id="forward-to"),
        pytest.param("who is ngo12? they keep commenting on my posts", "ngo12", id="who-is"),
        pytest.param("git log --author=adh58 --since=2.weeks", "adh58", id="author-option"),
        pytest.param("cc: uche93, kim15 — the draft is in the shared folder", "kim15", id="cc-list"),
        pytest.param("UPDATE tickets SET reviewer = 'mri4' WHERE id = 7;", "mri4", id="sql-reviewer"),
    ],
)
def test_a_short_login_with_digits_is_masked(find: Find, text: str, login: str) -> None:
    assert login in people(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ping db01 to see if it is still up", id="ping-a-host"),
        pytest.param("Is python3 the right version for this script?", id="versioned-tool"),
        pytest.param("forward this to web02 once the proxy is fixed", id="host-after-to"),
        pytest.param("thanks edge5, that fixed it", id="machine-addressed"),
        pytest.param("owner: python3\nteam: payments", id="tool-in-owner-key"),
        pytest.param("sudo -u postgres psql -d reports", id="service-account"),
        pytest.param("who is md5 for, the checksum or the signature?", id="hash-name"),
        pytest.param("cc: db01, web02 — both hosts need the patch", id="cc-hosts"),
    ],
)
def test_tools_and_machines_in_the_same_slots_stay(find: Find, text: str) -> None:
    assert people(find, text) == set()


def test_the_shapes() -> None:
    assert short_numbered("iwu18") and short_numbered("kim15") and not short_numbered("python3")
    assert not short_numbered("db01") and not short_numbered("test1") and not short_numbered("kimberly15")
    assert numbered_thing("md5") and numbered_thing("node18") and not numbered_thing("kim15")
    assert versioned_tool("redis6") and versioned_tool("ubuntu22") and not versioned_tool("julia22")
    assert not plausible("python3") and not plausible("db01") and plausible("julia22")
