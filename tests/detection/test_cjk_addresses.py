"""Japanese, Chinese and Korean addresses with their numbers are read whole; numbers after other
words in those scripts (a count, a date, a chapter, a metro line) stay as written."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.cjk_addresses import cjk_addresses
from tests.detection.helpers import Find


def _read(text: str) -> list[str]:
    return [text[s:e] for s, e in cjk_addresses(text)]


@pytest.mark.parametrize(
    "text, address",
    [
        pytest.param("配送先：東京都新宿区西新宿2-8-1", "東京都新宿区西新宿2-8-1", id="ja-block-lot-house"),
        pytest.param("大阪府大阪市北区梅田3丁目1番3号", "大阪府大阪市北区梅田3丁目1番3号", id="ja-chome-ban-go"),
        pytest.param("住所：長野県上伊那郡南箕輪村大泉2312-8", "長野県上伊那郡南箕輪村大泉2312-8", id="ja-village-lot"),
        pytest.param("〒396-0211 長野県\n伊那市高遠町西高遠812", "伊那市高遠町西高遠812", id="ja-town-lot-prefecture-above"),
        pytest.param("奈良県白井市方京11丁目18番19号 クレスト箪笥町405, 135-4978", "奈良県白井市方京11丁目18番19号 クレスト箪笥町405", id="ja-building-room"),
        pytest.param("客户地址：北京市海淀区中关村大街27号", "北京市海淀区中关村大街27号", id="zh-road-number"),
        pytest.param("84177 臺東市中華街507號9樓", "臺東市中華街507號9樓", id="zh-tw-floor"),
        pytest.param("北斗自強巷6號之8", "北斗自強巷6號之8", id="zh-tw-lane-sub-number"),
        pytest.param("海南省辉县花溪田街C座", "海南省辉县花溪田街C座", id="zh-building-letter"),
        pytest.param("住址 浙江省湖州市安吉县递铺街道天荒坪路88号3幢201室，313300", "浙江省湖州市安吉县递铺街道天荒坪路88号3幢201室", id="zh-block-room"),
        pytest.param("地址：杭州市西湖区文三路90号2号院5单元101户", "杭州市西湖区文三路90号2号院5单元101户", id="zh-courtyard-household"),
        pytest.param("주소: 서울특별시 강남구 테헤란로 152", "서울특별시 강남구 테헤란로 152", id="ko-divisions-road"),
        pytest.param("세종특별자치시 금천구 역삼27가 746", "세종특별자치시 금천구 역삼27가 746", id="ko-numbered-street"),
        pytest.param("전북특별자치도 안양시 압구정로 357-26 (순자김면), 67755", "전북특별자치도 안양시 압구정로 357-26 (순자김면)", id="ko-neighbourhood"),
        pytest.param("Kim | 010-1234-5678 | 마포대로 488", "마포대로 488", id="ko-road-alone-field"),
        # The postcode in brackets before, the neighbourhood before the road, an apartment block's
        # building and flat after it, and a neighbourhood's lot with no road.
        pytest.param("주소: (53061) 경상남도 통영시 봉평동 해송길 9, 302동 1104호\n", "(53061) 경상남도 통영시 봉평동 해송길 9, 302동 1104호", id="ko-postcode-town-block-flat"),
        pytest.param("주소: 강원특별자치도 양양군 양양읍 남문로 12, 201호", "강원특별자치도 양양군 양양읍 남문로 12, 201호", id="ko-flat"),
        pytest.param("배송지: 부산광역시 해운대구 우동 1408, 센텀아파트 105동 502호", "부산광역시 해운대구 우동 1408, 센텀아파트 105동 502호", id="ko-lot-apartment"),
    ],
)
def test_an_address_is_read_from_its_first_division_to_its_last_unit(text: str, address: str) -> None:
    assert _read(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("上海市的人口是2400万", id="zh-population"),
        pytest.param("请阅读第3章", id="zh-chapter"),
        pytest.param("2024年5月1日开会", id="zh-date"),
        pytest.param("坐地铁3号线", id="zh-metro-line"),
        pytest.param("京藏高速公路3公里", id="zh-road-distance"),
        pytest.param("会议室在3楼", id="zh-floor-only"),
        pytest.param("버스로 2시간 걸려요", id="ko-particle-hours"),
        pytest.param("서울로 3시에 가요", id="ko-particle-time"),
        pytest.param("제가 3개를 샀어요", id="ko-subject-count"),
        pytest.param("東京都の人口は1400-1500万人", id="ja-population-range"),
        pytest.param("横浜市中区で3人が参加、名古屋市中村区の人口は13万人", id="ja-ward-then-a-count"),
        pytest.param("東京都で2-3日かかる", id="ja-days"),
        pytest.param("版本2.0发布了", id="zh-version"),
    ],
)
def test_numbers_after_other_words_are_no_house_numbers(text: str) -> None:
    assert _read(text) == []


def test_a_contact_row_loses_the_address_and_its_postcode(find: Find) -> None:
    text = "Li Wei, +86 138 0013 8000, 北京市海淀区中关村大街27号, 100080"
    found = find(text)
    assert ("LOCATION", "北京市海淀区中关村大街27号") in found and ("LOCATION", "100080") in found, found


def test_a_log_line_loses_a_japanese_address(find: Find) -> None:
    text = "2024-05-02 10:00:01 INFO delivered to 東京都新宿区西新宿2-8-1"
    assert ("LOCATION", "東京都新宿区西新宿2-8-1") in find(text)


def test_a_chinese_sentence_with_numbers_stays_whole(find: Find) -> None:
    assert not [v for t, v in find("上海市的人口是2400万，第3章讲的是地铁3号线。") if t == "LOCATION" and any(c.isdigit() for c in v)]


@pytest.mark.parametrize(
    "text, address",
    [
        # A Chinese house number typed with spaces round it.
        pytest.param("帮我总结：我搬家了，新地址是浙江省桐乡市乌镇西栅路 88 号，快递寄这里。", "西栅路 88 号", id="zh-spaced-number"),
        # A Japanese town's lot number alone after the prefecture and the city.
        pytest.param("同僚が私の自宅の住所（〒506-0846 岐阜県高山市上三之町 48）を知っていた。", "岐阜県高山市上三之町 48", id="ja-lot"),
        # A Korean township (면) in the chain, and the sentence's ending glued to the number.
        pytest.param("저희 집은 경상북도 안동시 풍천면 하회남촌길 12이고 제 번호는 비밀입니다.", "경상북도 안동시 풍천면 하회남촌길 12", id="ko-township-particle"),
    ],
)
def test_addresses_typed_as_chat_writes_them(text: str, address: str) -> None:
    # Chinese runs its words together: the span may start a few words early, never end short.
    assert any(text[a:b].endswith(address) for a, b in cjk_addresses(text)), list(cjk_addresses(text))


@pytest.mark.parametrize(
    "text",
    ["东京都的人口是1400万", "大阪府大阪市の気温は35度", "北海道札幌市で2024年に開催", "京都府京都市東山区 3人で行く", "경기도 성남시 분당구 판교역로에서 2시간"],
)
def test_counts_after_a_place_are_no_house_number(text: str) -> None:
    assert list(cjk_addresses(text)) == []
