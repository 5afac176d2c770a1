"""An address after its label in a script without capitals: "عنواني: شارع الملك طلال 14، مادبا",
"हमारा पता: मकान नं. 27, गांधी चौक, पुष्कर", "כתובת: רחוב הרצל 5, חיפה", "ที่อยู่: 45 หมู่ 3 ต.เวียงใต้".

`address` reads streets by Latin capitals and street types, and `cjk_addresses` by the divisions
Chinese, Japanese and Korean write; Arabic, Persian, Hebrew, Devanagari and Thai addresses have
neither, and leaked whole from text written in those scripts. What says the words are an address is
the label before them, as a form or a message writes it ("address:", "my address:", or the label
and a house number with no colon, as Thai writes it): the value runs
to the line's or the sentence's end, or to a phone number after it. A blank form's "write here" is
no address.

Hebrew names its street by the street's word, so a street there needs no label either: the word
("רחוב", "שדרות", "סמטת", "כיכר" and their short forms), one to three words of its name, then a house
number, a flat's ("דירה 4") and the town after a comma, with its seven-digit postcode ("רחוב הרימונים 8,
ראש פינה 1200000", "גר ברחוב המייסדים 31, זכרון יעקב"). A street named with no number is a place
anyone may name ("רחוב הרצל"), no one's address.

Thai writes its divisions with their own words, so an address there needs no label: a house number
("88/3") before the village's number, the lane's or the road's word ("หมู่ 4", "ซอย 3", "ถนน…"),
with the subdistrict, district and province after it ("ต.เวียงใต้ อ.ปาย จ.แม่ฮ่องสอน") and its
postcode ("บ้านอยู่ 88/3 หมู่ 4 ต.เวียงใต้ …").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection.placeholders import BLANK_FORM_WORDS

# "Address", "my address", "our address", "his address" in Arabic, Persian, Urdu, Hebrew, Hindi,
# Bengali and Thai, and Chinese, Japanese and Korean, then a colon.
_LABEL = (
    # Arabic's "home" as a label too: "منزل الفقيد: …" (the deceased's home, where condolences are received).
    r"(?:العنوان|عنوان(?:ي|ه|ها|نا|كم)?|منزل|آدرس|نشانی|پتہ|כתובת(?:י|ו|ה|נו)?|(?:(?:मेरा|हमारा|उनका|उसका)[ \t]+)?पता|ঠিকানা|"
    r"ที่อยู่|地址|住所|주소)"
)
_SCRIPT = r"[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Thai}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]"
# The value: up to a line's end, a sentence's mark (not an abbreviation's full stop before a number or
# glued to the next word: "मकान नं. 27", "ต.เวียงใต้"), or a phone number's digits (seven or more; not
# a postcode after "〒").
_LABELLED = regex.compile(
    # Whose address may follow the label, glued or spaced: "ที่อยู่ผู้ประสานงาน:", "عنوان العميل:".
    # With no colon, a house number right after says it ("ที่อยู่จัดส่ง 45 หมู่ 3 ต.เวียงใต้").
    rf"(?<![\p{{L}}\p{{M}}]){_LABEL}[^\s:：\d]{{0,20}}(?:(?:[ \t]+[^\s:：\d]{{1,20}}){{0,2}}[ \t]*[:：][ \t　]*|[ \t]+(?=\d))"
    # A postcode after Japan's mark ("〒396-0211") is the address's, no phone number.
    r"(?P<v>(?:(?![!?؟।。\n]|\.(?:[ \t]+(?!\d)|$)|(?<!〒[ \t]?)\d[\d \-]{6,}\d).)+)",
)
# A blank form's request to fill it in ("العنوان: اكتب هنا", "पता: कृपया भरें", "כתובת: נא למלא").
_FILL_IN = regex.compile(rf"{BLANK_FORM_WORDS}|กรุณา|填写|記入|입력")
_SCRIPT_LETTER = regex.compile(_SCRIPT)
# Japanese's "is" closing the sentence after the address ("住所: 〒100-0001 です"): no part of it.
_COPULA = regex.compile(r"[ \t　]*(?:です|でした|である|だ)[。.]?[ \t]*$")
_TRAILING = regex.compile(r"[\s,،;؛、，(（\-–—]+$")
_POSTCODE = regex.compile(r"(?<!\d)\d{5,6}(?!\d)")


# A Thai house number and its village, lane or road, then the lane's and the road's names and the
# divisions, each one word after its word or abbreviation; a postcode may close it.
_TH_WORD = r"[\p{Thai}][\p{Thai}\d]*"
_TH_PART = rf"(?:หมู่(?:ที่)?[ \t]*\d{{1,3}}|ม\.[ \t]*\d{{1,3}}|(?:ซอย|ซ\.|ถนน|ถ\.)[ \t]*(?:{_TH_WORD}|\d{{1,4}}(?:/\d{{1,3}})?))"
_TH_DIVISION = rf"(?:ตำบล|อำเภอ|จังหวัด|แขวง|เขต|ต\.|อ\.|จ\.)[ \t]*{_TH_WORD}"
_THAI_ADDRESS = regex.compile(
    rf"(?<![\d/])\d{{1,4}}(?:/\d{{1,4}})?[ \t]+{_TH_PART}(?:,?[ \t]*(?:{_TH_PART}|{_TH_DIVISION}))*(?:,?[ \t]*\d{{5}}(?!\d))?"
)
_THAI = regex.compile(r"\p{Thai}")

_HE_WORD = r"\p{Hebrew}[\p{Hebrew}'׳\-]*"
# Words that go on a sentence after "the street", no street's name: "ברחוב יש 3 חנויות" (there are 3 shops in the street).
_HE_NOT_A_NAME = r"(?:יש|אין|היה|היו|יהיה|זה|הזה|הזאת|שלי|שלנו|שלו|שלה|שלהם|של|עם|על|ליד|מול|כל|עוד|רק|גם|לא|כבר|אחד|אחת|הוא|היא|מספר|בערך|כמעט|נוספים|אחרים)(?![\p{Hebrew}'׳\-])"
# A street's word: street, avenue, lane, square, path, and their short forms.
_HE_STREET_WORDS = r"(?:רחוב|רח['׳]|שדרות|שד['׳]|סמטת|סמ['׳]|כיכר|משעול)"
_HEBREW_STREET = regex.compile(
    # The street's word, a letter of "in", "to", "from", "and" or "that" glued to it or not ("ברחוב").
    rf"(?<![\p{{Hebrew}}'׳\-])[ובלמש]?(?P<a>{_HE_STREET_WORDS}[ \t]+(?!{_HE_NOT_A_NAME})(?:{_HE_WORD}[ \t]+){{1,3}}?"
    # The house number, a flat's or a floor's number, then a town of one to three words after a comma.
    rf"\d{{1,4}}(?:[א-ת](?![\p{{Hebrew}}]))?(?:/\d{{1,3}})?(?:,?[ \t]*(?:דירה|קומה|כניסה)[ \t]*\d{{1,3}})*"
    rf"(?:,[ \t]*{_HE_WORD}(?:[ \t]+{_HE_WORD}){{0,2}}?(?:[ \t]+\d{{7}}|(?=[ \t]*(?:[,.;:!?\n)]|$))))?)(?!\d)"
)
_HEBREW_STREET_WORD = regex.compile(_HE_STREET_WORDS)


def hebrew_streets(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each Hebrew street by its word and its house number, with the town after it (see the module)."""
    if not _HEBREW_STREET_WORD.search(text):
        return
    for m in _HEBREW_STREET.finditer(text):
        yield m.span("a")


def thai_addresses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each Thai address by its house number and the words of its divisions (see the module)."""
    if not _THAI.search(text):
        return
    for m in _THAI_ADDRESS.finditer(text):
        yield m.span()


def labelled_script_addresses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each address after its label in text of a script without capitals (see the module)."""
    if not _SCRIPT_LETTER.search(text):
        return
    for m in _LABELLED.finditer(text):
        value = m.group("v")
        # A postcode closes an address: what follows it is the sentence going on ("… 58130 ออเดอร์ค้าง…").
        postcodes = list(_POSTCODE.finditer(value))
        if postcodes:
            value = value[: postcodes[-1].end()]
        trimmed = _TRAILING.sub("", _COPULA.sub("", value))
        if not trimmed or _FILL_IN.search(trimmed) or not _SCRIPT_LETTER.search(trimmed):
            continue
        start = m.start("v")
        yield start, start + len(trimmed)
