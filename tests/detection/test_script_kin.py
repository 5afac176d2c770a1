"""The writer's own name and their kin's in Arabic, Persian, Urdu, Hebrew and Hindi text, after an
introduction, a kin word or a form's name field; never a function word of the language."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from privacy_gateway.detection.script_kin import introduced_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("اكتب رسالة للبلدية: اسمي ليلى الحسيني، وأبحث عن سجلات عائلتي في حمص.", "ليلى الحسيني", id="ar-my-name"),
        # The kin cue reads three words; the lists read the family name after them too (`arabic_names`).
        pytest.param("ساعدني في الرد. أخي طارق بن زياد الفاسي سيحضر الموعد بدلاً مني.", "طارق بن زياد الفاسي", id="ar-kin-with-link"),
        pytest.param("«مرحباً، أنا سلمى الرفاعي، مشاركة في الدراسة.»", "سلمى الرفاعي", id="ar-i-am"),
        pytest.param("ردّ على هذا الطلب.\nالمنسقة: هدى الكبيسي", "هدى الكبيسي", id="ar-role-label"),
        pytest.param("תרגם לאנגלית:\nשם מלא: נועה ברק-לוי\nטלפון: 052-555-0199", "נועה ברק-לוי", id="he-name-field"),
        pytest.param("इसे अंग्रेज़ी में लिखिए: मेरा नाम सुनीता देवी शर्मा है और मैं पटना से हूँ।", "सुनीता देवी शर्मा", id="hi-my-name"),
        pytest.param("मेरी बहन कविता अग्रवाल अभी पुणे में रहती है।", "कविता अग्रवाल", id="hi-kin"),
        pytest.param("این پیام را ترجمه کن: نام من مریم احمدی است و از شیراز هستم.", "مریم احمدی", id="fa-my-name"),
    ],
)
def test_a_name_after_an_introduction_a_kin_word_or_a_name_field(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and v == name for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أنا الموظف المسؤول عن الملف، كيف أكتب التقرير؟", id="ar-i-am-a-role"),
        pytest.param("أنا سعيد جداً، شكراً على المساعدة", id="ar-i-am-happy"),
        pytest.param("جدي الذين بقوا في بيروت", id="ar-kin-then-a-function-word"),
        pytest.param("العنوان: شارع الملك فيصل", id="ar-address-field"),
        pytest.param("नाम: कृपया भरें\nपता: कृपया भरें", id="hi-blank-form"),
        pytest.param("الاسم: يرجى الكتابة بخط واضح", id="ar-blank-form"),
        # The role's adjective, no name: "the new contractor".
        pytest.param("הקבלן החדש לא עונה לטלפון כבר שבוע", id="he-role-and-adjective"),
    ],
)
def test_no_name_without_one(text: str) -> None:
    assert list(introduced_names(text)) == []


_WORDS = st.sampled_from(["في", "من", "كتاب", "المكتبة", "تاريخ", "الأرشيف", "مدينة", "قديمة", "عن", "هذا"])


@given(words=st.lists(_WORDS, min_size=1, max_size=12))
def test_arabic_text_with_no_cue_names_no_one(words: list[str]) -> None:
    assert list(introduced_names(" ".join(words))) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("मेरे पड़ोसी राजेश तिवारी ने हमारी दीवार पर कीलें क्यों ठोकीं?", "राजेश तिवारी", id="hindi-neighbour"),
        pytest.param("המשכיר דניאל גורביץ לא מחזיר את הפיקדון", "דניאל גורביץ", id="hebrew-landlord"),
        pytest.param("مديري سامر الحلبي قال إن الاجتماع غدا", "سامر الحلبي", id="arabic-boss"),
    ],
)
def test_the_writers_neighbour_colleague_or_landlord_is_named(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize("text", ["جاري التحميل... يرجى الانتظار", "الطلب جاري تنفيذه الآن", "جاري معالجة طلبك"])
def test_arabic_ongoing_is_no_neighbour(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        # "My neighbour" is two words in Hebrew: "שלי" (mine) is no part of the name after it.
        pytest.param("למה השכן שלי יונתן לוי חוסם לי את החניה כל בוקר?", "יונתן לוי", id="he-my-neighbour"),
        # A tradesperson named by their role with its article.
        pytest.param("השיפוץ היה אמור להסתיים לפני שבועיים. הקבלן יוסי כהן לא עונה לטלפון.", "יוסי כהן", id="he-the-contractor"),
        # "I am" before who the writer is to someone, not only before a comma.
        pytest.param("السلام عليكم، أنا عمر الخطيب والد كرم. هل التدريب قائم؟", "عمر الخطيب", id="ar-i-am-a-parent"),
        # A person's role with an adjective after it, as a form's label.
        pytest.param("الإصابة: التواء في الكاحل\nالمدرب المسؤول: نور حداد", "نور حداد", id="ar-role-and-adjective"),
        # A Hebrew title before a surname.
        pytest.param('הווטרינרית, ד"ר אברמוביץ, אמרה שזה יעלה 2,400 ש"ח', "אברמוביץ", id="he-doctor"),
    ],
)
def test_more_of_the_ways_these_languages_say_who_someone_is(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "اكتب لي نموذج عقد إيجار سكني، المؤجر: فلان الفلاني، المستأجر: علان العلاني.",
        "מלא את הטופס לדוגמה: שם מלא: ישראל ישראלי",
    ],
)
def test_the_sample_people_of_arabic_and_hebrew_forms_are_no_one(text: str) -> None:
    assert list(introduced_names(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Arabic titles before a name, one after another: the late, Hajj.
        pytest.param("انتقل إلى رحمة الله تعالى المرحوم الحاج خالد العتيبي عن عمر ناهز 78 عامًا.", "خالد العتيبي", id="ar-the-late-hajj"),
        # Hindi: a notice's person by their role, and kin with no "my" before them.
        pytest.param("नामकरण का निमंत्रण\nशिशु: अनीता यादव, जन्म 02/03/2025", "अनीता यादव", id="hi-the-baby"),
        pytest.param("माता-पिता: सुनीता अग्रवाल और रवि यादव\nआशीर्वाद: दादी प्रिया शर्मा", "प्रिया शर्मा", id="hi-grandmother"),
        # A shop's or a clinic's note names its customer or patient by the role.
        pytest.param("नोट: ग्राहक सुरेश पांडे ने कल शिकायत की, ऑर्डर अभी तक नहीं आया।", "सुरेश पांडे", id="hi-customer"),
        pytest.param("मरीज़ कविता जोशी को कल सुबह 10 बजे बुलाइए।", "कविता जोशी", id="hi-patient"),
    ],
)
def test_titles_and_roles_before_a_name(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize("text", [
    "السيد الرئيس يتحدث اليوم عن الميزانية", "تقبل التعازي في منزل الفقيد: شارع الميناء، جبيل",
    "ग्राहक को दो दिन में जवाब दें।",  # a role before a function word, no name
    "नोट: ग्राहक सेवा केंद्र से बात की, ऑर्डर अभी तक नहीं आया।",  # customer service's centre
])
def test_a_title_before_a_noun_or_a_label_names_no_one(text: str) -> None:
    assert list(introduced_names(text)) == []
