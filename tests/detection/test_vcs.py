"""People in pasted version-control output: authors, committers, signers, blame lines."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> set[str]:
    return {v for t, v in found if t == "PERSON"}


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("* 9f2c1ab (HEAD -> main, origin/main) Fix flaky retry test (hannelore voss, 3 days ago)\n"
                     "* 7c1d9e0 Add audit chains (Kwame Mensah, 2 weeks ago)", {"hannelore voss", "Kwame Mensah"}, id="log-author-relative"),
        pytest.param("a1b2c3d - Fix login redirect (2 hours ago) <Priyanka Raghunathan>", {"Priyanka Raghunathan"}, id="lg-alias"),
        pytest.param("    41\tOlusegun Bankole\n    17\tmarta.kowalczyk", {"Olusegun Bankole", "marta.kowalczyk"}, id="shortlog"),
        pytest.param("^1a2b3c4 (Ingrid Solberg 2024-03-01 10:02:11 +0100  1) import os\n"
                     "7f6e5d4c (rdelgado       2024-03-04 09:12:40 +0100  2) import sys", {"Ingrid Solberg", "rdelgado"}, id="blame"),
        pytest.param("Who broke it? blame says ^a1b2c3d (Siddharth Venkataraman 2024-03-01 10:00:00 +0530 12) def run():",
                     {"Siddharth Venkataraman"}, id="blame-quoted-in-a-sentence"),
        pytest.param("r1042 | tnakamura | 2024-03-01 10:02:11 +0100 (Fri, 01 Mar 2024) | 1 line", {"tnakamura"}, id="svn-log"),
        pytest.param("Fix parser\n\nSigned-off-by: Eero Virtanen <eero@example.org>\nCo-authored-by: lina haddad <lina@example.org>",
                     {"Eero Virtanen", "lina haddad"}, id="trailers"),
        pytest.param("Explain this git log:\ncommit 3f9a1c2\nAuthor: Siosaia Taufa <staufa@corp.example>\nDate:   Mon Nov 30 14:02 2026\n    Fix VAT rounding",
                     {"Siosaia Taufa"}, id="log-date-weekday-and-month"),
    ],
)
def test_people_where_the_format_puts_them(find: Find, text: str, names: set[str]) -> None:
    assert people(find(text)) == names  # and nothing else: not "Fri", "Mar" or "Co"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("* 3f2a1b0 Update docs (origin, 2 days ago)\n* 41be0d2 Bump httpx (jenkins, 4 days ago)", id="words-and-accounts"),
        pytest.param("* 41be0d2 (HEAD -> main, tag: v1.2.0) Release", id="decorations"),
        pytest.param("    3\tdependabot[bot]\n    1\tgithub-actions[bot]", id="bots-in-shortlog"),
        pytest.param("The release went out on 01 Mar 2024 and the fix on Fri, 08 Mar 2024.", id="dates"),
    ],
)
def test_no_one_in_the_rest_of_the_output(find: Find, text: str) -> None:
    assert people(find(text)) == set()
