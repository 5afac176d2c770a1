"""The writer's own name and their kin's in Arabic, Persian, Urdu, Hebrew and Hindi text.

Text mostly in a script without capitals is another language's, which the English rules do not
read (`other_scripts`), and the English model tags its words at random. What says a name follows is
the same there as in any language: the writer saying who they are ("اسمي عمر السويدي", "میرا نام …",
"שמי …", "मेरा नाम राजेश कुमार मिश्रा है") or naming their kin ("ابن عمي كريم بنجلون", "אחותי …",
"मेरे चाचा विनायक देशपांडे"). The name is the one to three words of the script after the cue, up to a
mark of punctuation or a function word of the language (spaCy's stop lists), and never one of them;
the same words after a form's name field or a person's role ("שם: …", "المنسقة: …"), and after
Arabic's "I am" where a given name and an "al-" family name end the clause ("أنا فاطمة الزهراني،").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from privacy_gateway.detection.foreign import stop_words

_ARABIC = r"\p{Arabic}"
_HEBREW = r"\p{Hebrew}"
_DEVANAGARI = r"\p{Devanagari}"
# Kin words with the possessive "my" the languages attach or put before them.
_ARABIC_KIN = (
    r"أخي|اخي|أختي|اختي|أبي|ابي|أمي|امي|والدي|والدتي|جدي|جدتي|عمي|عمتي|خالي|خالتي|ابني|ابنتي|بنتي|زوجي|زوجتي|"
    r"صديقي|صديقتي|زميلي|زميلتي|(?:ابن|ابنة|بنت)[ \t]+(?:عمي|عمتي|خالي|خالتي|أخي|أختي)|"
    # The writer's neighbour, boss or landlord: "جارتي سلمى العلي" ("جاري" is "ongoing" too: "جاري التحميل").
    r"جارتي|جارتنا|مديري|مديرتي|مالك[ \t]+الشقة|صاحب[ \t]+البيت"
)
_PERSIAN_URDU_KIN = (
    r"(?:برادرم|خواهرم|پدرم|مادرم|همسرم|شوهرم|دوستم|پسرم|دخترم|عمویم|دایی‌ام|همسایه‌ام|همسایه‌مان|همکارم|"
    r"میرے[ \t]+(?:بھائی|والد|چچا|ماموں|دوست|بیٹے)|میری[ \t]+(?:بہن|والدہ|بیوی|بیٹی|دوست|خالہ|پھوپھی))"
)
# "השכן שלי" before "השכן": the longer cue first, or "שלי" (mine) would be read as the name's first word.
# The tradespeople and officers a Hebrew complaint names by their role with its article ("הקבלן יוסי כהן",
# the contractor …); the first word after them must be no noun with its article ("הקבלן החדש", the new one).
_HEBREW_KIN = (
    r"אחי|אחותי|אבי|אמי|סבי|סבתי|בעלי|אשתי|בני|בתי|חברי|חברתי|דודי|דודתי|השכן שלי|השכנה שלי|השכן|השכנה|המשכיר|המשכירה|"
    r"הקבלן|הקבלנית|החשמלאי|האינסטלטור|השרברב|הצבעי|המהנדס|המהנדסת|המתווך|המתווכת|עורך הדין|עורכת הדין|הנהג|הנהגת|"
    r"המנהל|המנהלת|מנהל העבודה|מנהלת העבודה"
)
# A Hebrew title before a name: doctor, lawyer, professor, Mrs ("ד״ר אברמוביץ").
_HEBREW_TITLES = r"ד[\"״]ר|עו[\"״]ד|פרופ['׳]|גב['׳]|גברת"
_HINDI_KIN = (
    r"(?:मेरे|मेरी|मेरा)[ \t]+(?:चाचा|चाची|मामा|मामी|भाई|बहन|पिता|पिताजी|माँ|माता|दादा|दादी|नाना|नानी|पति|पत्नी|बेटा|बेटी|"
    r"बेटे|दोस्त|मित्र|भतीजा|भतीजी|भांजा|भांजी|ससुर|सास|बुआ|मौसी|चचेरे[ \t]+भाई|चचेरी[ \t]+बहन|"
    # The writer's neighbour, colleague, boss or landlord: "मेरे पड़ोसी राजेश तिवारी".
    r"पड़ोसी|पड़ोसन|पडोसी|सहकर्मी|बॉस|मकान[ \t]+मालिक)"
)
# A form's name field or a person's role, with its colon: "الاسم:", "المنسقة:", "نام و نام خانوادگی:",
# "שם מלא:", "नाम:".
_LABELS = {
    "ar": (
        r"(?:الاسم|الإسم|الاسم الكامل|اسم المتقدم|اسم العميل|مقدم الطلب|المنسق|المنسقة|المريض|المريضة|المشارك|المشاركة|"
        r"العميل|العميلة|الموظف|الموظفة|المتقدم|المتقدمة|الطالب|الطالبة|الشاهد|الشاهدة|المرسل|المرسلة|المستلم|المستلمة|"
        # A person's role, an adjective after it: "المدرب المسؤول:" (the coach in charge), "الطبيب المعالج:".
        r"(?:المدرب|المدربة|المسؤول|المسؤولة|الطبيب|الطبيبة|المحامي|المحامية|السائق|المعلم|المعلمة|المشرف|المشرفة|المالك|المستأجر)"
        r"(?:[ \t]+ال\p{Arabic}+)?)[ \t]*:"
    ),
    "fa": r"(?:نام|نام و نام خانوادگی|نام کامل|نام مشتری)[ \t]*:",
    "he": r"(?:שם|שם מלא|שם פרטי ומשפחה|שם הפונה|שם הלקוח)[ \t]*:",
    "hi": r"(?:नाम|पूरा नाम|आवेदक का नाम)[ \t]*:",
}
# "I am" before a given name and a family name with its "al-", then a comma or a stop, or who the writer
# is to someone ("أنا فاطمة الزهراني،", "أنا عمر الخطيب والد كرم"); not before a noun with its article
# ("أنا الموظف المسؤول") or a phrase ("أنا سعيد جداً،").
_ARABIC_I_AM = r"(?:أنا|انا)(?=[ \t]+(?!ال)\p{Arabic}+[ \t]+ال\p{Arabic}+(?:[ \t]*[،,.!؟]|[ \t]+(?:والد|والدة|ولي|وليّ|أم|أب|زوج|زوجة|مدير|مديرة|صاحب|صاحبة)(?!\p{Arabic})))"
# Titles before an Arabic name, one after another ("المرحوم الحاج خالد العتيبي": the late Hajj …): the
# late, Hajj, Mr and Mrs, Sheikh, doctor, professor, engineer.
_ARABIC_TITLE = r"(?:المرحومة?|الحاجة?|السيدة?|الشيخ|الدكتورة?|د\.|الأستاذة?|المهندسة?|م\.)"
_ARABIC_TITLES = rf"{_ARABIC_TITLE}(?:[ \t]+{_ARABIC_TITLE})*"
# Hindi: a form's or a notice's person ("शिशु:" the baby, "दूल्हा" the groom, "मृतक" the deceased) and
# kin named with no "my" before them ("दादी प्रिया शर्मा", grandmother …).
# So are the people a shop's, a clinic's or an office's notes name by their role ("ग्राहक अंजलि वर्मा ने
# फ़ोन किया", the customer …): customer, patient, student, tenant, employee, applicant, candidate.
_HINDI_ROLES = (
    r"(?:शिशु|बच्चा|बच्ची|दूल्हा|दुल्हन|मृतक|स्वर्गीय|स्व\.|माता|पिता|माता-पिता|दादा|दादी|नाना|नानी|संपर्क[ \t]+व्यक्ति|"
    r"ग्राहक|मरीज़|मरीज|मरीज़ा|रोगी|छात्र|छात्रा|किरायेदार|कर्मचारी|आवेदक|उम्मीदवार)[ \t]*:?"
)
# The nouns a Hindi role makes a desk's or a record's name with: "ग्राहक सेवा" (customer service),
# "मरीज़ सूची" (patient list), "छात्र संख्या" (student number).
_HINDI_ROLE_NOUNS = frozenset("सेवा सहायता केंद्र संख्या नंबर आईडी शिकायत सूची प्रबंधन पोर्टल खाता विवरण रिकॉर्ड".split())
# "My name is", "I am called", a kin word, a name field.
_INTRODUCTIONS = {
    "ar": rf"(?:اسمي|إسمي|أدعى)|{_ARABIC_KIN}|{_LABELS['ar']}|{_ARABIC_I_AM}|{_ARABIC_TITLES}",
    "fa": rf"(?:اسم[ \t]+من|نام[ \t]+من|میرا[ \t]+نام)|{_PERSIAN_URDU_KIN}|{_LABELS['fa']}",
    "he": rf"(?:שמי|קוראים[ \t]+לי)|{_HEBREW_KIN}|{_LABELS['he']}|{_HEBREW_TITLES}",
    "hi": rf"(?:मेरा[ \t]+नाम)|{_HINDI_KIN}|{_LABELS['hi']}|{_HINDI_ROLES}",
}
# The words that link an Arabic name's parts: "son of", "daughter of", "servant of", "father of", "family of".
_LINKS = frozenset({"بن", "بنت", "ابن", "عبد", "أبو", "ابو", "آل"})
_SCRIPT_OF = {"ar": _ARABIC, "fa": _ARABIC, "he": _HEBREW, "hi": _DEVANAGARI}
# The stop lists read per language; Persian and Urdu share their script's cues.
_STOPS_OF = {"ar": ("ar",), "fa": ("fa", "ur", "ar"), "he": ("he",), "hi": ("hi",)}


@functools.cache
def _cue(language: str) -> regex.Pattern[str]:
    script = _SCRIPT_OF[language]
    word = rf"{script}(?:[{script}\p{{M}}\u200c]|[\-־](?={script}))*"  # "בן-דוד": a hyphen joins a name's parts
    return regex.compile(
        rf"(?<![{script}\p{{M}}])(?:{_INTRODUCTIONS[language]})(?:[ \t]+(?:هو|هي|است|है|הוא|היא))?[ \t]*[:：]?[ \t]+"
        rf"(?P<name>{word}(?:[ \t]+{word}){{0,3}})"
    )


@functools.cache
def _stops(language: str) -> frozenset[str]:
    words: set[str] = set()
    for code in _STOPS_OF[language]:
        words |= stop_words(code)
    return frozenset(words)


# A blank form's request to fill the field in: "नाम: कृपया भरें", "الاسم: يرجى الكتابة", "שם: נא למלא".
_FILL_IN = frozenset(
    "कृपया भरें भरिए लिखें रिक्त يرجى الرجاء اكتب املأ يُملأ فارغ נא למלא מלא ריק לכתוב لطفا وارد پر خالی".split()
)
# The sample people of Arabic and Hebrew forms, their "John Doe": "فلان الفلاني", "علان العلاني", "ישראל ישראלי".
_SAMPLES = frozenset("فلان فلانة الفلاني الفلانية علان علانة العلاني العلانية ישראלי ישראלית".split())
_ANY_SCRIPT = regex.compile(rf"[{_ARABIC}{_HEBREW}{_DEVANAGARI}]")


def introduced_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each name after the writer's introduction or a kin word, in the four scripts."""
    if _ANY_SCRIPT.search(text) is None:
        return  # one scan for the text in Latin letters, most of all
    for language, script in _SCRIPT_OF.items():
        if not regex.search(script, text):
            continue
        stops = _stops(language)
        for m in _cue(language).finditer(text):
            words = m["name"].split()
            kept: list[str] = []
            for word in words[:3]:
                if word in stops or word.startswith("و") and kept and language in ("ar", "fa"):
                    break  # "… السويدي وأبحث": the conjunction opens the next clause
                # Beyond two words, in Arabic script only after a name's link or before a family's "al-"
                # ("محمد بن سلمان", "عبد الله الأحمد"; not "كريم بنجلون أخبرني"), in Hebrew never.
                if len(kept) == 2 and (language == "he" or language in ("ar", "fa") and kept[1] not in _LINKS and not word.startswith("ال")):
                    break
                kept.append(word)
            if language in ("ar", "fa") and kept and kept[0].startswith("ال"):
                continue  # a noun with its article after a title is a role ("السيد الرئيس", Mr President), no given name
            if language == "he" and kept and kept[0].startswith("ה") and m.group().startswith("ה"):
                continue  # "הקבלן החדש", "השכן הזה": the role's adjective or "this", no name
            if language == "hi" and kept and kept[0] in _HINDI_ROLE_NOUNS:
                continue  # "ग्राहक सेवा केंद्र": customer service's centre, a desk named by the role, no one
            if kept and not any(word in _FILL_IN or word in _SAMPLES for word in kept):
                start = m.start("name")
                yield start, start + len(" ".join(kept))
