"""Programs that label their own diagnostics are programs wherever the text names them."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.tool_output import reporting_tools
from tests.detection.helpers import Find


def test_reads_the_program_before_a_level() -> None:
    text = "frobnik: warning: unused import\nzorblint[W12]: error[E004]: missing semicolon\nmtanaka: can you look?"
    assert reporting_tools(text) == frozenset({"frobnik", "zorblint"})
    assert reporting_tools("no diagnostics here") == frozenset()


# Made-up program names that split into a name and an initial the way logins are made.
@pytest.mark.parametrize(("text", "tool"), [
    ("Why does kwarren keep complaining after the upgrade?\n\nkwarren: warning: field `id` is never read", "kwarren"),
    ("The build passes but tmorrisl fails in CI:\ntmorrisl: error: line too long (101 > 100)", "tmorrisl"),
    ("jbaxterr flags this, is it a real problem?\n\njbaxterr: note: consider using a slice here", "jbaxterr"),
])
def test_a_program_reporting_is_not_a_login(find: Find, text: str, tool: str) -> None:
    assert ("PERSON", tool) not in find(text)


def test_a_login_speaking_in_a_chat_is_still_masked(find: Find) -> None:
    text = "kwarren: the build is red again\nkwarren: anyone looking?\ntmorrisl: on it"
    assert ("PERSON", "kwarren") in find(text)
