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


@pytest.mark.parametrize(
    "text, name",
    [
        # An order's numbered label before the name, and a phone in groups as the line's contact.
        pytest.param("整理成快递面单：\n订单1：陈浩然，186 0573 2248，浙江省嘉兴市嘉善县", "陈浩然", id="order-line"),
        pytest.param("整理成快递面单：\n订单2：周子豪，(02) 2496-7718，新北市瑞芳區", "周子豪", id="order-line-bracketed-phone"),
        # A role glued before the name.
        pytest.param("帮我回复：\n业主李秀兰：装修已经拖了三周，工长王建华电话一直打不通。", "李秀兰", id="owner"),
        pytest.param("帮我回复：\n业主李秀兰：装修已经拖了三周，工长王建华电话一直打不通。", "王建华", id="foreman"),
    ],
)
def test_a_name_on_an_order_s_line_or_after_a_glued_role(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e in chinese_names(text)]


def test_a_role_before_a_word_that_opens_with_a_family_name_is_no_name() -> None:
    assert list(chinese_names("老师高兴地说，同事们都来了。客户服务很好。")) == []
