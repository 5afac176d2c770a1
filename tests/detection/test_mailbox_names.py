"""A display name that its own mailbox spells is a person's (detection.mailbox_names, on the real pipeline)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacy_gateway.detection.mailbox_names import mailbox_names, spelled_by
from tests.detection.helpers import Find


def persons(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param('metadata:\n  annotations:\n    maintainer: "Gandi Prasetyo <gandiprasetyo@northwind.example>"', "Gandi Prasetyo", id="yaml-annotation"),
        pytest.param("Reviewed-by: Ngozi Eze <n.eze@corp.ng>\nSigned-off-by: Tomás Ruiz <ruiz.t@corp.es>", "Ngozi Eze", id="git-trailer-initial"),
        pytest.param("can you ask Sara Uroda (sara_uroda67@uroda-consulting.com) for the invoice", "Sara Uroda", id="prose-parenthesis"),
        pytest.param("owner: wiktor.zielonka@corp.pl (Wiktor Zielonka)", "Wiktor Zielonka", id="name-after"),
        pytest.param('"author": "Ifeoma Chukwuemeka-Obi <ifeoma.chukwuemeka-obi@corp.ng>"', "Ifeoma Chukwuemeka-Obi", id="hyphenated"),
    ],
)
def test_a_name_its_mailbox_spells_is_masked(find: Find, text: str, name: str) -> None:
    assert name in persons(find(text))


@pytest.mark.parametrize(
    "text",
    [
        "Support Team <support@corp.example>",
        "GitHub Actions <actions@github.com>",
        "Release Bot <release-bot@ci.example.org>",
        "Send it to Finance Ops <finance@corp.example>",
    ],
)
def test_a_team_or_a_tool_beside_an_address_that_does_not_spell_it_stays(text: str) -> None:
    assert list(mailbox_names(text)) == []


def test_the_words_nearest_the_address_are_read() -> None:
    text = "cc Finance Lead Ana Lima <ana.lima@corp.br>"
    assert [text[s:e] for s, e, _ in mailbox_names(text)] == ["Ana Lima"]


_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)


@given(_NAME, _NAME, st.sampled_from([".", "_", "-", ""]))
def test_any_two_words_run_into_their_mailbox_are_spelled(first: str, last: str, joint: str) -> None:
    assert spelled_by(f"{first}{joint}{last}", [first.title(), last.title()])
    assert spelled_by(f"{first[0]}{last}42", [first.title(), last.title()])
