"""Logins made of a name in a web address's path, a home folder, and after a preposition with their
capitals kept (round 31, issue 18); the same places with software's and pages' words stay."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("the board https://grafana.corp.example/d/x1/team/Tomasz.Wojcik is blank", "Tomasz.Wojcik", id="last-segment-dotted"),
        pytest.param("clone https://scm.corp.example/KBoateng/infra/tree/main first", "KBoateng", id="forge-owner-camel-initial"),
        pytest.param("see https://wiki.corp.example/space/hannah-moreau/notes today", "hannah-moreau", id="inner-segment-hyphen"),
        pytest.param("open https://dash.corp.example/v/OkonkwoC/overview", "OkonkwoC", id="surname-and-initial"),
        pytest.param("GET https://api.corp.example/v3/people/F.Salmon/roles returned 403", "F.Salmon", id="people-folder-initial"),
        pytest.param(r"the build reads C:\Users\BeckerH\AppData\Local\cache.db", "BeckerH", id="windows-profile-surname-initial"),
        pytest.param(r"the build reads C:\Users\hannah\AppData\Local\cache.db", "hannah", id="windows-profile-given-name"),
        pytest.param('git commit -m "hotfix for R.Faust: null check in parser"', "R.Faust", id="for-initial-dotted"),
        pytest.param("[12:03] deploy approved with PriyaRaman as reviewer", "PriyaRaman", id="with-camel-name"),
        pytest.param('level=warn msg="quota hit" created_by=PillaiS bucket=logs', "PillaiS", id="logfmt-surname-initial"),
        pytest.param("mgr.assign(ticket, WojcikT)\nmgr.notify(owner)", "WojcikT", id="code-argument-surname-initial"),
    ],
)
def test_logins_made_of_names_are_masked(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the board https://grafana.corp.example/d/x1/team/Reports.Q3 is blank", id="report-segment"),
        pytest.param("clone https://scm.corp.example/JsonParser/infra/tree/main first", id="class-segment"),
        pytest.param("see https://wiki.corp.example/space/data-pipeline/notes today", id="hyphen-words"),
        pytest.param("read https://docs.corp.example/api/XPath/overview and https://www.apple.com/iPhone", id="product-casing"),
        pytest.param(r"the build reads C:\Users\Public\AppData\Local\cache.db", id="public-profile"),
        pytest.param('git commit -m "fix for GetUserById: null check"', id="for-a-method"),
        pytest.param("the route is handled by DefaultRole with NodeJS", id="by-with-identifiers"),
        pytest.param("use PlanB or ModelX, see TypeA and VitaminC", id="word-and-capital"),
        pytest.param("Write a blurb for SsangYong speakers on sale this weekend.", id="brand-after-for"),
        pytest.param("What do OCaml's effect handlers give us over monads?", id="language-name-possessive"),
        pytest.param("a story where Captain Ahab from Moby-Dick meets a whale", id="hyphenated-title-after-from"),
    ],
)
def test_software_and_pages_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []
