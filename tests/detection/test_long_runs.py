"""Hostile shapes analysed in linear time: punctuation runs, backslash runs, secret-like names.

spaCy's tokenizer is quadratic on a run of punctuation, and two of the gateway's patterns were
quadratic on repeated shapes; `limits.max_text_chars` allows a million characters, so a request
of `=` signs or `a\\` pairs could hold an analysis slot for hours. These tests are no timing: each
text takes well under a second when linear and hours when not, so the generous deadline only
catches a return of the quadratic behaviour.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.engine import Detector, analysis_text
from privacy_gateway.detection.long_runs import RUN, BoundedTokenizer

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


def test_text_without_long_runs_is_tokenized_as_spacy_does(blank: spacy.language.Language) -> None:
    bounded = BoundedTokenizer(blank.tokenizer)
    for line in DEV.read_text(encoding="utf-8").splitlines()[:120]:
        text = json.loads(line)["text"]
        assert [t.text_with_ws for t in bounded(text)] == [t.text_with_ws for t in blank.tokenizer(text)]


@given(st.text(alphabet=st.sampled_from("ab {=-\\\n.,'\"é"), max_size=400))
@settings(max_examples=200, deadline=None)
def test_the_doc_text_and_every_offset_are_the_texts(text: str) -> None:
    doc = BoundedTokenizer(spacy.blank("en").tokenizer)(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


def test_a_long_run_is_cut_in_pieces_and_the_words_around_it_kept(blank: spacy.language.Language) -> None:
    text = "See Maria Lopez " + "=" * 100 + " and Ann Lee."
    doc = BoundedTokenizer(blank.tokenizer)(text)
    assert doc.text == text
    assert [t.text for t in doc if "=" in t.text] == ["=" * RUN] * 3 + ["=" * 4]
    assert [t.text for t in doc][:3] == ["See", "Maria", "Lopez"] and [t.text for t in doc][-4:] == ["and", "Ann", "Lee", "."]


def test_names_beside_a_long_run_are_still_found(detector: Detector) -> None:
    text = "Call Maria Lopez on +44 20 7946 0958.\n" + "=" * 5000 + "\nBest, Ann Lee"
    found = {(f.entity_type, text[f.start : f.end]) for f in detector.analyze([text])[0]}
    assert {("PERSON", "Maria Lopez"), ("PHONE_NUMBER", "+44 20 7946 0958"), ("PERSON", "Ann Lee")} <= found


def test_escaped_line_breaks_are_still_read_and_windows_paths_kept() -> None:
    assert analysis_text('{"log": "line one\\nline two"}') == '{"log": "line one \nline two"}'
    assert analysis_text(r"C:\Users\rdelgado\notes.txt") == r"C:\Users\rdelgado\notes.txt"
    assert analysis_text(r"\\server\new\report.docx") == r"\\server\new\report.docx"


_HOSTILE = """
import sys
from privacy_gateway.detection.analyzer import shared_analyzer
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
from privacy_gateway.config.settings import bundled_policy
from privacy_gateway.policy.schema import load_policy
detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), load_policy(bundled_policy("default")))
for unit in ["=", "{", ".,", "a\\\\", "x\\\\ny", "a-", "#"]:
    detector.analyze([(unit * 60000)[:60000]])
print("done")
"""


def test_hostile_shapes_of_60_kb_are_analysed_without_a_quadratic_blow_up() -> None:
    # Linear: a few seconds for all seven on a loaded machine; quadratic: each would take minutes.
    done = subprocess.run([sys.executable, "-c", _HOSTILE], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stderr[-2000:]
