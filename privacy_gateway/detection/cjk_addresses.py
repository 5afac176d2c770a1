"""Japanese, Chinese and Korean addresses with their numbers: "東京都新宿区西新宿2-8-1",
"福島県川崎市幸区中小来川37丁目15番6号", "北京市海淀区中关村大街27号", "臺東市中華街507號9樓",
"서울특별시 강남구 테헤란로 152".

`address` reads streets by Latin capitals and street types; these scripts have no capitals, and
Chinese and Japanese put no space between the prefecture, the city, the ward and the street. What
says a run of these letters is an address is the word right before its number: a road's or a
division's character ("路", "街", "区", "로", "길") before a house number in the shape each country
writes ("27号", "2-8-1", "37丁目15番6号", "152"). A number after any other word ("人口是2400",
"버스로 2시간", "第3章") is no house number.
"""

from __future__ import annotations

from typing import Iterator

import regex

# Letters of Chinese and Japanese words: Han, both kana, the prolonged sound mark and the iteration mark.
_CJ = r"[\p{Han}\p{Hiragana}\p{Katakana}ー々ヶ]"
# A flat, floor, room or building after the house number ("9樓", "之8", "5階", "301室", "B座", "3幢",
# "2号院", "101户").
_CJ_UNIT = r"(?:之\d{1,4}|[A-Za-z]?\d{1,4}(?:楼|樓|层|層|室|階|号室|號室|单元|單元|栋|棟|幢|号楼|號樓|号院|號院|户|戶|F)|[A-Za-z]座)"
# China and Taiwan: a road, street, lane or section, then the number and "号"/"號".
# A building's letter alone may stand for the number ("花溪田街C座").
# The number may stand spaced from its road and its "号" ("西栅路 88 号"), as typed in a chat.
_ZH = rf"{_CJ}{{1,24}}?(?:路|街|大道|道|巷|弄|胡同|里|段)(?:[ \t]?\d{{1,5}}(?:段\d{{1,5}})?[ \t]?[号號]|[A-Za-z]座)(?:{_CJ_UNIT}){{0,3}}"
# Japan: a prefecture, city, ward, town or village, any district after it, then the block, lot and
# house ("2-8-1", "37丁目15番6号", "3丁目5番地"; a village's lot of four digits, "大泉2312-8").
_JA_BLOCK = r"(?:\d{1,2}丁目\d{1,4}番地?(?:\d{1,4}号?)?|\d{1,4}[-－]\d{1,4}(?:[-－]\d{1,4})?)"
# A building's name and its room may follow the house ("クレスト箪笥町405", "メゾン青山 201号室").
_JA_BUILDING = rf"(?:[ \t　]?(?:{_CJ}|[A-Za-zＡ-Ｚａ-ｚ]){{1,16}}[ \t　]?\d{{1,4}}(?:号室)?)"
_JA = rf"{_CJ}{{0,12}}?(?:都|道|府|県|市|区|郡|町|村){_CJ}{{0,12}}?{_JA_BLOCK}(?:[ \t]?{_CJ_UNIT}|{_JA_BUILDING}|[ \t]?\d{{1,4}}号室)?"
# ... or, after a prefecture and a city, ward, county, town or village, a lot's number alone, as towns
# number their houses ("岐阜県高山市上三之町 48", "長野県木曽郡南木曽町吾妻 1203").
_JA_LOT = rf"{_CJ}{{0,6}}?(?:都|道|府|県){_CJ}{{1,12}}?(?:市|区|郡|町|村){_CJ}{{0,12}}?[ \t　]?\d{{1,4}}(?:番地?)?(?:[-－]\d{{1,4}})?"
# ... or, with the prefecture on the line above (a form writes "〒396-0211 長野県" then the rest), a
# city, ward or county, then a town or village and the lot ("伊那市高遠町西高遠812").
_JA_TOWN_LOT = rf"{_CJ}{{1,6}}?(?:市|区|郡){_CJ}{{1,8}}?(?:町|村){_CJ}{{0,8}}?[ \t　]?\d{{1,4}}(?:番地?)?(?:[-－]\d{{1,4}})?"
# Korea: the province, city and district words (each ending so), then a road ("로", "길", "대로",
# "거리", "가") and its number; without a division before it, the number must end there ("버스로
# 2시간" counts hours).
_KO_DIVISION = r"\p{Hangul}{1,8}(?:특별자치시|특별자치도|특별시|광역시|시|도|구|군|읍|면)"
# ... and the neighbourhood or village between the district and the road ("봉평동", "하회리").
_KO_TOWN = r"\p{Hangul}{1,6}(?:동|리)"
_KO_ROAD = r"\p{Hangul}{1,10}(?:\d{1,3})?(?:로|길|대로|거리|가)(?:[ \t]?\d{1,4}(?:번?길))?"  # "역삼27가": a numbered street
# The flat and floor, and the neighbourhood and building in brackets after the number ("(순자김면)").
# An apartment block's building and flat after a comma ("…길 9, 302동 1104호", "…, 센텀아파트 105동 502호",
# "…로 12, 201호").
_KO_NUMBER = (
    r"\d{1,5}(?:-\d{1,4})?(?:번지)?(?:[ \t]?\d{1,4}(?:호|층))?(?:,?[ \t]?(?:\p{Hangul}{1,12}[ \t]?)?\d{1,4}동(?:[ \t]?\d{1,4}호)?|,[ \t]?\d{1,4}호)?"
    r"(?:[ \t]?\(\p{Hangul}[\p{Hangul}\d ,]{0,20}\))?"
)
# After a division, a sentence's ending may be glued to the number ("… 하회남촌길 12이고"), not a count.
_KO_NOT_COUNTED = r"(?![\d年月日]|(?:시간|시|분|초|년|월|일|명|개|회|세|원|만|억|번|층|%))"
# The postcode in brackets may open it ("(53061) 경상남도 통영시 …"). Without a road, a neighbourhood
# after a city and its district takes the lot's number ("부산광역시 해운대구 우동 1408").
_KO_DIVIDED = (
    rf"(?:\(\d{{5}}\)[ \t]*)?{_KO_DIVISION}(?:[ \t]+{_KO_DIVISION}){{0,3}}"
    rf"(?:(?:[ \t]+{_KO_TOWN})?[ \t]+{_KO_ROAD}[ \t]?|(?:[ \t]+{_KO_DIVISION})[ \t]+{_KO_TOWN}[ \t]?){_KO_NUMBER}{_KO_NOT_COUNTED}"
)
_KO = rf"{_KO_DIVIDED}|{_KO_ROAD}[ \t]{_KO_NUMBER}(?=[ \t]*(?:[,;|)\]\"'\n]|$))"
# A count, a date, a time or an amount after the number makes it none of these ("2-3日", "1-2万人").
_COUNTED = r"(?![\d\p{Hangul}年月日時時間分秒万億円人件個回歳度%℃])"
# A divided Korean address may end in a glued sentence ending, which `_COUNTED` refuses: tried again alone.
_CJK_ADDRESS = regex.compile(rf"(?:{_ZH}|{_JA}|{_JA_LOT}|{_JA_TOWN_LOT}|{_KO}){_COUNTED}|{_KO_DIVIDED}", regex.VERSION1)
_CJK = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]", regex.VERSION1)


def cjk_addresses(text: str) -> Iterator[tuple[int, int]]:
    """The Chinese, Japanese and Korean addresses in `text`, from the first division to the last unit."""
    if _CJK.search(text) is None or not ("座" in text or any(c.isdigit() for c in text)):
        return
    for m in _CJK_ADDRESS.finditer(text):
        yield m.start(), m.end()
