"""Korean full names by a family syllable and a listed given name (`detection/korean_names.py`),
alone and through the real pipeline."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.korean_names import korean_names
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in korean_names(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("보증인: 조민지 / 연락처 010-2846-1937", ["조민지"], id="after-a-label-no-cue-knows"),
        pytest.param("문의는 신예린 010-5521-7730로 문자 주세요", ["신예린"], id="before-a-phone"),
        # Glued to its particle: the particle stays out.
        pytest.param("어제 허지안이 택배를 받았고 송하윤은 못 받았어요", ["허지안", "송하윤"], id="with-particles"),
        pytest.param('receiver = "구지안",', ["구지안"], id="in-code"),
    ],
)
def test_a_family_syllable_then_a_listed_given_name_is_someone_s(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("유치원 앞에서 강아지를 봤어요", id="everyday-words"),
        pytest.param("대통령 문재인 정부의 정책", id="a-president"),
        pytest.param("허지안은 누구야?", id="asked-about"),
        pytest.param("허지안 피아니스트의 연주 평은 어때?", id="an-artist-s-calling"),
        pytest.param("허지안내센터에 문의", id="inside-a-longer-word"),
    ],
)
def test_words_and_the_world_s_names_are_no_one_s(text: str) -> None:
    assert _names(text) == []


def test_a_marriage_record_s_witnesses_are_masked_through_the_pipeline(find: Find) -> None:
    text = "혼인신고서 내용 확인해줘.\n남편: 허지안\n아내: 송하윤\n증인: 조민지, 신예린"
    found = find(text)
    for name in ("허지안", "송하윤", "조민지", "신예린"):
        assert ("PERSON", name) in found, found
