"""Thai names by the lists and the titles Thai writes them with (`detection/thai_names.py`),
through the real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.thai_names import thai_names
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in thai_names(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        # After a title glued to it, with the family name after its space.
        pytest.param("ถึงคุณธนากร วงศ์ไทย\nเครื่องที่จองไว้ต้องปิดซ่อม", "ธนากร วงศ์ไทย", id="letter"),
        pytest.param("ติดต่อคุณปิยะนุช โทร 081 428 3397", "ปิยะนุช", id="title-then-call"),
        # A given name and a family name the lists hold, in a volunteers' list.
        pytest.param("1. สมศรี แก้วมณี โทร 089 213 7745 – ประจำเคาน์เตอร์ขายบัตร", "สมศรี แก้วมณี", id="list"),
        pytest.param("คุณมาลี วงศ์ใหญ่ ที่โทรมาจากเบอร์ 081 447 2930 เป็นใครคะ", "มาลี วงศ์ใหญ่", id="asked"),
    ],
)
def test_a_thai_name_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


def test_a_title_runs_into_the_verb_after_a_name_that_is_no_word() -> None:
    """Thai puts no space after a name: the longest listed name after the title ends it."""
    assert _names("เครื่องที่คุณธนากรจองไว้วันพุธ ต้องปิดซ่อม") == ["ธนากร"]


def test_the_word_after_a_name_is_its_family_name_only_when_it_is_no_common_word_or_phrase() -> None:
    assert _names("ติดต่อคุณปิยะนุช โทร 081 428 3397") == ["ปิยะนุช"]
    assert _names("ของน้องใบเตย พรุ่งนี้น้องขอลาซ้อมมวยไทย") == ["ใบเตย"]


@pytest.mark.parametrize(
    "text",
    [
        # Thanks, quality, qualifications, an angel: words that open with a title.
        "ขอบคุณครับ คุณภาพดีมาก คุณสมบัติของผู้สมัคร นางฟ้า",
        # "You": a title before a verb.
        "คุณจะมาไหม คุณต้องการอะไร",
        # A given name that is a word too ("มาลี", jasmine) run into the next word, with no family name.
        "ดอกมาลีสวยมาก",
        # A dog named Mali; Thailand's sample person.
        "สุนัขชื่อมะลิ อายุ 10 ปี กินน้ำเยอะ",
        'ใช้ชื่อสมมติ "นายสมชาย ใจดี" และเบอร์โทร 08x-xxx-xxxx',
    ],
)
def test_words_pets_and_sample_people_are_no_one(text: str) -> None:
    assert _names(text) == []


def test_text_with_no_thai_letter_is_not_read() -> None:
    assert _names("Khun Malee Wongyai called about the room") == []
