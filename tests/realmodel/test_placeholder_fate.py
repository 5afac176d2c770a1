"""What the real model does with placeholders, and whether the restorer copes with all of it."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.realmodel.servers import MODEL, REPO


def load_script() -> ModuleType:
    path = REPO / "scripts" / "placeholder_fate.py"
    spec = importlib.util.spec_from_file_location("placeholder_fate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


fate = load_script()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<PERSON_1>", [("PERSON", 1)], id="canonical"),
        pytest.param("[person_1]", [("PERSON", 1)], id="square-lowercase"),
        pytest.param("Hi PERSON_1.", [("PERSON", 1)], id="bare"),
        pytest.param("<EMAIL ADDRESS 1>", [("EMAIL_ADDRESS", 1)], id="spaced"),
        pytest.param("server IP ADDRESS_1 is down", [("IP_ADDRESS", 1)], id="bare-spaced"),
        pytest.param("{PERSON}", [("PERSON", None)], id="numberless"),
        pytest.param("<EMAIL_1>", [("EMAIL", 1)], id="unknown-type"),
        pytest.param("<PLACE_NAME>", [("PLACE_NAME", None)], id="unknown-numberless"),
        pytest.param("Dear [Your Name], see <b>this</b> <h1> [NOTE] <start_of_turn>", [], id="not-placeholders"),
    ],
)
def test_what_counts_as_a_placeholder(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(f.entity_type, f.number) for f in fate.placeholders_in(text)] == expected


def test_classification_of_a_made_up_answer() -> None:
    case = fate.Case(messages=[{"role": "user", "content": "<PERSON_1> <PERSON_2> <EMAIL_ADDRESS_1>"}],
                     mapping=fate.mapping_for([{"role": "user", "content": "<PERSON_1> <PERSON_2> <EMAIL_ADDRESS_1>"}]))
    case.answer = "Hello <PERSON_1>, and [person_2]! Ask <PERSON_3> or <EMAIL_1>."
    fate.classify(case)
    assert case.fates == {"<PERSON_1>": "intact", "<PERSON_2>": "rewritten", "<EMAIL_ADDRESS_1>": "dropped"}
    assert case.rewritten == ["[person_2]"]
    assert case.invented == ["<PERSON_3>", "<EMAIL_1>"]
    assert case.restored == "Hello Maria Jensen, and Tomas Berg! Ask <PERSON_3> or <EMAIL_1>."
    assert case.restore_missed == [] and case.restore_touched_invented == []


def test_the_restorer_handles_what_the_real_model_does(model_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    cases = fate.run(model_server, MODEL, samples=3, max_tokens=96)
    summary = fate.summary(cases)
    with capsys.disabled():
        print("\n" + fate.table(summary))

    assert summary["answers"] == len(fate.PROMPTS) * 3
    assert sum(summary["fates"].values()) == summary["placeholders_sent"] > 0
    # Every rewritten form the model produced is put back; every invented placeholder is left alone.
    assert summary["restore_missed"] == []
    assert summary["restore_touched_invented"] == []
    for case in cases:
        for mapped in case.fates:
            assert mapped not in case.restored, f"{mapped} left in {case.restored!r}"
        for invented in case.invented:
            assert invented in case.restored
