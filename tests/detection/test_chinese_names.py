"""Chinese names where Chinese text puts a person (`detection/chinese_names.py`), through the real
pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.chinese_names import chinese_names
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in chinese_names(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("你好，我是周雨桐，家里的猫三天没怎么吃东西。", "周雨桐", id="introduced"),
        pytest.param("请整理成表格：\n1. 王浩然，身份证号待补，电话 13912345678\n2. 陈子轩，电话 13812345678", "陈子轩", id="roster"),
        pytest.param("3. 黄俊杰（队长），电话 13712345678", "黄俊杰", id="roster-role"),
        pytest.param("下个月把报表迁到Polars，黄丽娟负责测试。", "黄丽娟", id="acting"),
    ],
)
def test_a_chinese_name_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


def test_a_double_family_name_and_a_one_character_given_name() -> None:
    assert _names("我叫欧阳娜，想报名周末的课") == ["欧阳娜"]
    assert _names("- 李娟 手机 13600001111") == ["李娟"]


@pytest.mark.parametrize(
    "text",
    [
        # Common words that open with a family name's character: a high-school pupil, a file, tomorrow.
        "我是高中生，想问一下报名流程",
        "1. 文件，地址在共享盘",
        "明天负责测试的是谁？",
        # A roster's line with no contact field is a list of anything.
        "1. 王府井\n2. 三里屯",
        # No Chinese character.
        "Wang Haoran, tel 13912345678",
    ],
)
def test_words_and_lists_without_contacts_are_no_one(text: str) -> None:
    assert _names(text) == []
