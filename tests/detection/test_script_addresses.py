"""An address after its label in a script without capitals (`detection/script_addresses.py`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.script_addresses import hebrew_streets, labelled_script_addresses, thai_addresses
from tests.detection.helpers import Find


def addresses(text: str) -> list[str]:
    return [text[a:b] for a, b in labelled_script_addresses(text)]


@pytest.mark.parametrize(
    "text, address",
    [
        # Up to the phone number after it.
        pytest.param("لماذا أغلق جاري الممر؟ عنواني: شارع الملك طلال 14، مادبا، ورقمه 079 561 2284",
                     "شارع الملك طلال 14، مادبا، ورقمه", id="arabic-to-phone"),
        # An abbreviation's full stop before a number does not end it; the postcode does.
        pytest.param("हमारा पता: मकान नं. 27, गांधी चौक, पुष्कर, राजस्थान 305022, उनका नंबर 094140 22871 है।",
                     "मकान नं. 27, गांधी चौक, पुष्कर, राजस्थान 305022", id="hindi-abbreviation"),
        # No colon: the label and a house number, then the sentence going on after the postcode.
        pytest.param("ลูกค้าโทร 081 482 7315 ที่อยู่จัดส่ง 45 หมู่ 3 ต.เวียงใต้ อ.ปาย จ.แม่ฮ่องสอน 58130 ออเดอร์ค้างอยู่ในคิว",
                     "45 หมู่ 3 ต.เวียงใต้ อ.ปาย จ.แม่ฮ่องสอน 58130", id="thai-no-colon"),
        # Thai's glued abbreviations (ต. อ. จ.) and whose address it is glued to the label.
        pytest.param("ที่อยู่ผู้ประสานงาน: 142 ถนนชายโขง ต.เชียงคาน อ.เชียงคาน, จ.เลย 42110",
                     "142 ถนนชายโขง ต.เชียงคาน อ.เชียงคาน, จ.เลย 42110", id="thai-whose"),
        pytest.param("כתובת: רחוב הרצל 5, חיפה. תודה רבה", "רחוב הרצל 5, חיפה", id="hebrew-sentence-end"),
        # Arabic's "home" of someone, as a death notice gives where condolences are received.
        pytest.param("تقبل التعازي في منزل الفقيد: حي السوق، رقم 14, شفشاون 91000\nللتواصل: 0661-482937", "حي السوق، رقم 14, شفشاون 91000", id="arabic-home-label"),
        # Japan's postcode after its mark is the address's first part, not a phone number that ends it.
        pytest.param("住所：〒396-0211 長野県\n伊那市高遠町西高遠812", "〒396-0211 長野県", id="japanese-postcode-first"),
    ],
)
def test_the_value_after_an_address_label_is_an_address(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "الاسم: اكتب هنا\nالعنوان: اكتب هنا",  # a blank form
        "पता: कृपया भरें",
        "Address: 12 High Street",  # Latin script: `address` reads it
        "What is the Hindi word for address? पता",
    ],
)
def test_blank_forms_and_latin_text_give_no_address(text: str) -> None:
    assert addresses(text) == []


def test_a_neighbours_message_loses_its_address_through_the_pipeline(find: Find) -> None:
    text = "لماذا قام جاري بإغلاق الممر أمام بيتي؟ عنواني: شارع الملك طلال 14، مادبا"
    assert ("LOCATION", "شارع الملك طلال 14، مادبا") in find(text), find(text)


@pytest.mark.parametrize(
    "text, address",
    [
        # Where someone lives, with no label: the house number, the village's number and the divisions.
        pytest.param("บ้านอยู่ 88/3 หมู่ 4 ต.เวียงใต้ อ.ปาย จ.แม่ฮ่องสอน 58130", "88/3 หมู่ 4 ต.เวียงใต้ อ.ปาย จ.แม่ฮ่องสอน 58130", id="village"),
        pytest.param("บ้านอยู่ 12 ซอย 3 ถนนเจริญราษฎร์ ต.เชียงคาน อ.เชียงคาน จ.เลย 42110", "12 ซอย 3 ถนนเจริญราษฎร์ ต.เชียงคาน อ.เชียงคาน จ.เลย 42110", id="lane-road"),
    ],
)
def test_a_thai_address_is_read_by_its_divisions_words(text: str, address: str) -> None:
    assert [text[a:b] for a, b in thai_addresses(text)] == [address]


@pytest.mark.parametrize("text", ["ราคา 300 บาท ถนนนี้ปิดตอนเย็น", "ลดราคา 20 ซองสุดท้าย", "Plot 45, Moo 3 Road"])
def test_a_number_before_other_thai_words_is_no_address(text: str) -> None:
    assert list(thai_addresses(text)) == []


def test_a_parents_message_loses_the_unlabelled_thai_address(find: Find) -> None:
    text = "สวัสดีค่ะโค้ช พรุ่งนี้น้องขอลาซ้อม บ้านอยู่ 12 ซอย 3 ถนนเจริญราษฎร์ ต.เชียงคาน อ.เชียงคาน จ.เลย 42110"
    assert any(entity == "LOCATION" and "ถนนเจริญราษฎร์" in value and value.startswith("12 ซอย") for entity, value in find(text)), find(text)


@pytest.mark.parametrize(
    "text, address",
    [
        # A Hebrew street by its word and its house number, "in" glued to it or not, the flat and the town after.
        pytest.param("אנחנו גרים ברחוב הנרקיסים 17, דירה 3, כרמיאל 2161401 מאז מרץ", "רחוב הנרקיסים 17, דירה 3, כרמיאל 2161401", id="flat-town-postcode"),
        pytest.param("המשלוח יגיע לשד' בן גוריון 40, נתניה.", "שד' בן גוריון 40, נתניה", id="short-form"),
        pytest.param("סמטת הצורפים 6 ליד השוק", "סמטת הצורפים 6", id="no-town"),
    ],
)
def test_a_hebrew_street_is_read_by_its_word_and_number(text: str, address: str) -> None:
    assert [text[a:b] for a, b in hebrew_streets(text)] == [address]


@pytest.mark.parametrize("text", ["רחוב הרצל הוא הרחוב הראשי של העיר", "ברחוב יש 3 חנויות", "Rehov 12 in Latin letters"])
def test_a_hebrew_street_with_no_number_is_no_address(text: str) -> None:
    assert list(hebrew_streets(text)) == []


def test_a_funeral_notice_loses_the_unlabelled_hebrew_address(find: Find) -> None:
    text = "ניחום אבלים בבית המשפחה, רחוב התאנה 9, עומר 8496500, בין השעות 17:00 ל-21:00."
    assert ("LOCATION", "רחוב התאנה 9, עומר 8496500") in find(text), find(text)
