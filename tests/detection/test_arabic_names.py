"""Full names in Arabic script by the lists (`detection/arabic_names.py`), alone and through the real pipeline."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.arabic_names import arabic_names, normal
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in arabic_names(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("- سامي الشريف، فني صيانة\n- سارة العمري، ممرضة", ["سامي الشريف", "سارة العمري"], id="rota-lines"),
        # A family name with or without its article, a father's name between, a link, a theophoric name.
        pytest.param("تواصلي مع كريم حسن غداً", ["كريم حسن"], id="family-name-without-article"),
        pytest.param("المتطوع: زينب كريم العمري", ["زينب كريم العمري"], id="father-s-name-between"),
        pytest.param("المهندس المسؤول طارق بن عيسى", ["طارق بن عيسى"], id="link"),
        pytest.param("الطلب باسم مريم عبد الله، رقم 4471", ["مريم عبد الله"], id="theophoric"),
    ],
)
def test_a_listed_given_name_then_a_family_name_is_a_full_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("عن عمر ناهز 70 عاماً", id="a-given-name-that-is-a-word-alone"),
        pytest.param("انتقل إلى رحمة الله تعالى", id="a-prayer"),
        pytest.param("المشروع في شارع خالد بن الوليد، الرياض", id="a-street-named-after-someone"),
        pytest.param("اشترى نور الشمس لوحة", id="a-family-name-that-is-an-everyday-word"),
        pytest.param("المرحوم الحاج", id="titles-with-their-article"),
    ],
)
def test_words_that_read_as_no_one_s_name(text: str) -> None:
    assert _names(text) == []


def test_spellings_fold_for_lookups() -> None:
    assert normal("أحمد") == normal("احمد") == "احمد"
    assert normal("فاطمة") == "فاطمه"
    assert normal("مُحَمَّد") == "محمد"


def test_a_rota_s_names_are_masked_through_the_pipeline(find: Find) -> None:
    text = "رتّب جدول المناوبة:\n- سامي الشريف، مشرف، يصعد يوم 5 أبريل\n- سارة العمري، ممرضة المنصة"
    found = find(text)
    assert ("PERSON", "سامي الشريف") in found, found
    assert ("PERSON", "سارة العمري") in found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("من هو ابن بطوطة ولماذا سافر كل هذه السنين؟", id="who-is"),
        pytest.param("لماذا كتب طه حسين كتاب الأيام؟ اشرح لي باختصار.", id="why-did-he-write"),
    ],
)
def test_a_name_a_question_about_the_world_asks_of_is_left(text: str) -> None:
    assert _names(text) == []


def test_a_name_after_who_called_is_still_someone_s() -> None:
    assert _names("من اتصل؟ سامي الشريف، يريد موعداً غداً") == ["سامي الشريف"]
