"""Chinese names where Chinese text puts a person: "我是周雨桐，…", "1. 王浩然，身份证号待补，电话 …",
"3. 黄俊杰（队长），电话 …", "…，黄丽娟负责测试。".

Chinese writes no capitals and no space between words, and the English model reads none of it. A
Chinese name is a family name of one character (or two: "欧阳") and a given name of one or two, and
what tells it from a word is where it stands, between marks that end it:
- after the writer's "I am" or "my name is" ("我是", "我叫", "本人");
- opening a list's or a roster's line that holds a contact's field (a phone, an ID, an address,
  WeChat) or a number of seven digits or more, its role in brackets after it ("黄俊杰（队长）");
- opening a clause, before what a person does in minutes and messages ("负责", "说", "表示",
  "请假");
- after a role glued to it ("业主李秀兰：", the owner; "工长王建华电话…", the foreman).
A word that opens with a family name's character ("高中生", a high-school pupil; "王者", a
champion) is no name: the common words of jieba's dictionary (`data/chinese_words.txt.gz`,
`scripts/build-chinese-words`) are kept out.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterator
from importlib.resources import files

import regex

from privacy_gateway.detection import lines

# The commonest family names, simplified and traditional, and the double ones.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付"
    "方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔萬錢嚴湯莊聶歐關蘭寧紀畢單駱藍遊鮑華饒農連蘆婁竇黨費衛閔鄔邊欒鄺薛顏喬龐"
)
DOUBLE_SURNAMES = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 夏侯 尉迟 公孙 司徒 歐陽 司馬 諸葛 東方 公孫".split())
_HAN = r"\p{Han}"
_NAME = rf"(?:{'|'.join(sorted(DOUBLE_SURNAMES))}|[{''.join(sorted(SURNAMES))}]){_HAN}{{1,2}}"
# What ends a name: a mark, a space, a bracket, the line's end.
_END = r"(?=[，,。.！!？?、；;：:\s（(「“\"）)]|$)"
# The writer saying who they are.
_INTRODUCED = regex.compile(rf"(?:我是|我叫|本人是?|名叫|我的名字(?:是|叫))(?P<n>{_NAME}){_END}")
# A list's or a roster's line: its mark, then the name, and its role in brackets.
# A numbered label may stand for the mark ("订单1：陈浩然，186 …", an order's line).
_ITEM = regex.compile(
    rf"(?m)^[ \t]*(?:\d{{1,3}}[.、)）．]|[（(]\d{{1,3}}[)）]|[-*•·]|{_HAN}{{1,4}}[ \t]?\d{{1,3}}[：:])?[ \t]*(?P<n>{_NAME})(?=[（(]{_HAN}{{1,6}}[)）]|[，,、：:\s]|$)"
)
_CONTACT = regex.compile(r"电话|電話|手机|手機|联系方式|聯繫方式|身份证|身份證|住址|地址|微信|邮箱|郵箱|\d{7,}|\d{2,4}[ \-]\d{3,4}[ \-]\d{3,4}|\(\d{2,4}\)[ \t]?\d{3,4}")
# A clause's subject before what a person does in minutes and messages.
_ACTING = regex.compile(
    rf"(?:^|(?<=[，,。！？；;：:\s“\"「]))(?P<n>{_NAME})(?=负责|負責|说|說|表示|提到|认为|認為|建议|建議|同意|反对|反對|确认|確認|回复|回覆|请假|請假|报名|報名|缺席|出席|来电|來電)",
    regex.MULTILINE,
)
# A role glued before the name, as Chinese writes it ("业主李秀兰：…", "工长王建华电话打不通", "同事王芳说").
_ROLED = regex.compile(
    rf"(?:业主|業主|工长|工長|客户|客戶|顾客|顧客|房东|房東|房客|租客|师傅|師傅|经理|經理|主管|老师|老師|医生|醫生|护士|護士|司机|司機|"
    rf"快递员|快遞員|同事|邻居|鄰居|朋友|老板|老闆|班长|班長|组长|組長|队长|隊長|会员|會員|家长|家長)"
    rf"(?P<n>{_NAME})(?=[：:，,。\s（(]|电话|電話|手机|手機|说|說|表示|负责|負責|$)"
)
_ANY_HAN = regex.compile(_HAN)


@functools.cache
def _common_words() -> frozenset[str]:
    data = files("privacy_gateway.detection").joinpath("data/chinese_words.txt.gz").read_bytes()
    return frozenset(line for line in gzip.decompress(data).decode("utf-8").splitlines() if line and not line.startswith("#"))


def chinese_names(text: str) -> Iterator[tuple[int, int]]:
    """The Chinese names standing where Chinese text puts a person (see the module)."""
    if not _ANY_HAN.search(text):
        return
    for pattern in (_INTRODUCED, _ACTING, _ROLED):
        for m in pattern.finditer(text):
            if _a_name(m.group("n")):
                yield m.span("n")
    for m in _ITEM.finditer(text):
        if _CONTACT.search(text, m.end("n"), lines.line_end(text, m.end("n"))) and _a_name(m.group("n")):
            yield m.span("n")


def _a_name(name: str) -> bool:
    """Whether the family name and given name read so, not as a word that opens with the same character."""
    return name not in _common_words() and name[:2] not in _common_words() or name[:2] in DOUBLE_SURNAMES
