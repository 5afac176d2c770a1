"""The synthetic corpus is reproducible, its spans hold their values, and held-out templates stay out."""

from __future__ import annotations

import pytest

pytest.importorskip("faker", reason="the `train` extra is not installed")
pytestmark = pytest.mark.slow  # some 20 s: 47 Faker locales and GeoNames load first

from training.generate import Sample, generate  # noqa: E402
from training.sources import RESERVED_LOCALES, TRAIN_LOCALES  # noqa: E402
from training.templates import split  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[Sample]:
    return generate(300, seed=3)


def test_the_same_seed_gives_the_same_corpus(corpus: list[Sample]) -> None:
    assert [s.to_json() for s in generate(300, seed=3)] == [s.to_json() for s in corpus]


def test_spans_lie_inside_the_text_and_never_overlap(corpus: list[Sample]) -> None:
    for sample in corpus:
        last = 0
        for start, end, label in sample.spans:
            assert last <= start < end <= len(sample.text), sample
            assert sample.text[start:end].strip() == sample.text[start:end], (sample.text, label)
            last = end


def test_held_out_templates_never_reach_the_training_split() -> None:
    train, held_out = dict(split(False)), dict(split(True))
    assert train and held_out and not train.keys() & held_out.keys()
    assert {s.template for s in generate(400, seed=1, held_out=True)} <= held_out.keys()


def test_the_reserved_locales_are_not_used() -> None:
    assert not RESERVED_LOCALES & set(TRAIN_LOCALES)


def test_every_family_keeps_templates_for_each_split() -> None:
    from training.templates import HELD_OUT, TEMPLATES

    assert HELD_OUT.keys() == TEMPLATES.keys()
    for family, reserved in HELD_OUT.items():
        assert reserved and len(reserved) < len(TEMPLATES[family]), family
        assert all(0 <= i < len(TEMPLATES[family]) for i in reserved), family
