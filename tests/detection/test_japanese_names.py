"""Japanese names in brackets after a tie, or before a role in brackets (`detection/japanese_names.py`),
through the real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.japanese_names import japanese_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("内容：本人の入院のため。家族（山口さくら）より電話連絡あり。", "山口さくら", id="tie-then-name"),
        pytest.param("輸送：日本通運（美術品専用車）、クーリエ 渡辺健一（当館学芸員）", "渡辺健一", id="name-then-role"),
        pytest.param("同行者（高橋 陽菜）の分も返金をお願いします。", "高橋 陽菜", id="companion-with-space"),
    ],
)
def test_a_japanese_name_in_brackets_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        # A ward, a shop and a hospital named after a family.
        "会場：中野区（東京都）、山田商店（本店）、佐藤病院（内科）",
        # A word in brackets after a tie is no name.
        "担当（未定）、家族（なし）",
        # A role after a name that is no family name of the lists.
        "日本通運（美術品専用車）",
    ],
)
def test_places_bodies_and_words_in_brackets_are_no_one(text: str) -> None:
    assert list(japanese_names(text)) == []
