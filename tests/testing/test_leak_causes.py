"""Leak attribution: each verbatim leak counted by what the model tagged over it and the kind of text."""

from __future__ import annotations

from typing import Sequence

from privacy_gateway.testing.leak_causes import attribute, format_causes
from privacy_gateway.testing.leak_metric import LabelledSpan, Sample, score


def _sample(sample_id: str, text: str, *values: tuple[str, str]) -> Sample:
    spans = tuple(LabelledSpan(text.index(v), text.index(v) + len(v), t, v) for t, v in values)
    return Sample(id=sample_id, text=text, source="test", spans=spans)


PROSE = _sample("prose", "Please ask Ana Lisboa to call the Tórshavn office back.", ("PERSON", "Ana Lisboa"), ("LOCATION", "Tórshavn"))
CODE = _sample("code", "def ping():\n    return 'Ana Lisboa'  # TODO", ("PERSON", "Ana Lisboa"))


def _tagger(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """Tags 'Ana Lisboa' a PERSON in prose, an ORG in code; never tags the town."""
    tagged = []
    for text in texts:
        start = text.index("Ana Lisboa")
        tagged.append([(start, start + 10, "PERSON" if "def " not in text else "ORG")])
    return tagged


def test_each_verbatim_leak_is_counted_by_tag_and_kind() -> None:
    report = score([PROSE, CODE], {"prose": PROSE.text, "code": CODE.text})  # everything leaked
    counts = attribute(report, [PROSE, CODE], _tagger)
    assert counts == {
        ("PERSON", "own label", "prose"): 1,
        ("LOCATION", "nothing", "prose"): 1,
        ("PERSON", "other label", "code"): 1,
    }


def test_values_that_did_not_leak_are_not_counted() -> None:
    masked = PROSE.text.replace("Ana Lisboa", "<PERSON_1>")
    counts = attribute(score([PROSE], {"prose": masked}), [PROSE], _tagger)
    assert counts == {("LOCATION", "nothing", "prose"): 1}


def test_the_table_holds_counts_and_never_a_value() -> None:
    report = score([PROSE, CODE], {"prose": PROSE.text, "code": CODE.text})
    table = format_causes(attribute(report, [PROSE, CODE], _tagger))
    assert "PERSON, prose" in table and "PERSON, code" in table
    assert "Ana" not in table and "Tórshavn" not in table
