"""Japanese names in brackets, as Japanese notes write who someone is or who they are to someone:
"クーリエ 渡辺健一（当館学芸員）", "家族（山口さくら）より電話連絡あり".

Japanese writes no capitals, and a name with no honorific after it (`other_scripts` reads "様",
"さん") has nothing the model or the rules read. A bracket says it: a role or a tie in brackets after
a name, or a name in brackets after a tie or a role. The name is one of Japan's commonest family
names, then a given name of one to three kanji or two to four kana, with or without its space; a
place or a body named after a family ("中野区", "山田商店") ends in a division's or a body's
character and is no one's.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# Japan's commonest family names.
SURNAMES = frozenset(
    """佐藤 鈴木 高橋 田中 伊藤 渡辺 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水 山崎 森 池田
    橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本
    藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤
    島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 野口
    松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅野 市川 水野 小松 島 比嘉 大城 金城 宮城 新垣 上原 玉城 中田 平田 北村
    服部 熊谷 本田 小池 東 川口 辻 関 星野 吉川 岩田 原口 望月 堀 荒木 松岡 大橋 永井 久保田 片山 高野 河合 北川 田辺""".split()
)
_GIVEN = r"(?:\p{Han}{1,3}|[\p{Hiragana}\p{Katakana}ー]{2,4})"
_NAME = rf"(?:{'|'.join(sorted(SURNAMES, key=len, reverse=True))})[ \u3000]?{_GIVEN}"
# Ties and roles a name stands in brackets after: family, mother, husband, the one in charge, a proxy, a guardian.
_TIES = r"家族|母|父|夫|妻|息子|娘|兄|姉|弟|妹|祖母|祖父|担当|担当者|代理人|保護者|連絡者|同行者|付添人|紹介者|申込者|契約者"
_IN_BRACKETS = regex.compile(rf"(?:{_TIES})[（(](?P<n>{_NAME})[)）]")
# A name before its role in brackets, after a space, a mark or the line's start.
_BEFORE_ROLE = regex.compile(rf"(?:^|(?<=[ \u3000、，,：:・「]))(?P<n>{_NAME})[（(][^()（）\n]{{1,15}}[)）]", regex.MULTILINE)
# A place's, a shop's or a body's last character: "中野区", "山田商店", "佐藤病院".
_NOT_A_NAME = regex.compile(r"[都道府県市区町村郡駅線店社部課局院館屋園所場会家組寺様さん氏]$")
_BRACKET = regex.compile(r"[（(]")


def japanese_names(text: str) -> Iterator[tuple[int, int]]:
    """The Japanese names in brackets after a tie, or before a role in brackets (see the module)."""
    if _BRACKET.search(text) is None:
        return
    for pattern in (_IN_BRACKETS, _BEFORE_ROLE):
        for m in pattern.finditer(text):
            if _NOT_A_NAME.search(m.group("n")) is None:
                yield m.span("n")
