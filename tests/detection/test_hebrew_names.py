"""Full names in Hebrew script by the lists (`detection/hebrew_names.py`), alone and through the real pipeline."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.hebrew_names import hebrew_names, normal
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in hebrew_names(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("- גלעד אוחיון, אחראי משמרת\n- הילה סויסה, קופאית", ["גלעד אוחיון", "הילה סויסה"], id="rota-lines"),
        pytest.param("המטופלת רוני אשכנזי ביקשה להקדים את התור", ["רוני אשכנזי"], id="in-prose"),
        # "and", "from", "to" glued to the given name stay out of the name.
        pytest.param("קיבלתי מייל מעידו חדד ולאה ששון", ["עידו חדד", "לאה ששון"], id="glued-letters"),
        pytest.param("השוכר: אליה בן שושן, דירה 3", ["אליה בן שושן"], id="a-family-name-of-two-words"),
        pytest.param("מנהלת הפרויקט ענבל שטרן-דהן תחזור אליך", ["ענבל שטרן-דהן"], id="hyphenated"),
        pytest.param("הנהג יעקב משה ביטון הגיע באיחור", ["יעקב משה ביטון"], id="a-second-given-name"),
    ],
)
def test_a_listed_given_name_then_a_family_name_is_a_full_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("נפגשים ברחוב יצחק שדה 12 בשעה שש", id="a-street-named-after-someone"),
        pytest.param("מי הייתה לאה גולדברג ומה כתבה לילדים?", id="who-was"),
        pytest.param("ספר לי בקצרה על יצחק רבין", id="tell-me-about"),
        pytest.param("עמנואל שרון זכה בפרס ישראל לפני שנים", id="a-laureate"),
        pytest.param("למה עמנואל שרון קיבל את פרס ישראל?", id="a-laureate-received"),
        pytest.param("תן לי רשימה של השירים של לאה גולדברג לילדים", id="the-works-of"),
        pytest.param("טופס לדוגמה על שם משה ישראלי, בלי פרטים אמיתיים", id="the-sample-family-name"),
        pytest.param("ההבדל בין הוועד לבין ההנהלה", id="words-that-few-bear-as-names"),
        pytest.param("הכנסתי בתור דוגמה את הטבלה הישנה", id="as-an-example"),
    ],
)
def test_words_that_read_as_no_one_s_name(text: str) -> None:
    assert _names(text) == []


def test_a_second_name_shares_the_first_s_frame() -> None:
    assert _names("הכיכר על שם חנה ואהרון שמיר") == []


def test_spellings_fold_for_lookups() -> None:
    assert normal("רבינוביץ׳") == "רבינוביץ'"
    assert normal("בן־דוד") == "בן-דוד"
    assert normal("שָׂרָה") == "שרה"


def test_a_stand_up_s_names_are_masked_through_the_pipeline(find: Find) -> None:
    text = "תסכם בבקשה:\nגלעד אוחיון: סיימתי את הבדיקות.\nהילה סויסה: מחר אני בחופש, מחליף אותי עידו חדד."
    found = find(text)
    for name in ("גלעד אוחיון", "הילה סויסה", "עידו חדד"):
        assert ("PERSON", name) in found, found
