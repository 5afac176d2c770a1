"""Names in scripts without capitals inside English prose (`other_scripts`), through the real
pipeline: masked wherever they stand, left as written where a word is asked about, quoted, acted on
as text or names a thing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from privacy_gateway.detection.other_scripts import _shaped_as_name, cased_script_names, honorific_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I asked 王芳 about the invoice and she said it was paid.", "王芳"),
        ("Please forward the contract to 김보람 before Friday.", "김보람"),
        ("Thanks,\n김보람", "김보람"),
        ("My landlord 佐藤健 won't return the deposit. What can I do?", "佐藤健"),
        ("Write a birthday message for my coworker प्रिया शर्मा.", "प्रिया शर्मा"),
        ("Meeting notes: 陈伟 will send the budget, 李娜 owns the slides.", "李娜"),
        ("Our new hire Wang Fang (王芳) starts on Monday; draft a welcome email.", "王芳"),
        ("Can you help me reply to יוסי כהן about the lease renewal?", "יוסי כהן"),
        ("The patient, محمد العلي, missed his follow-up appointment.", "محمد العلي"),
        ("Remind สมชาย ใจดี that the shift starts at 6.", "สมชาย ใจดี"),
        ("Did 영호 이 finish the audit of the warehouse stock?", "영호 이"),
        ("How long has 美加子 福田 been on the night shift rota?", "美加子 福田"),
        ("Explain why अवनी चौहान's expense report was sent back.", "अवनी चौहान"),
        ("I'm so jealous! said 智也 to قصي", "智也"),
        ("My name appears incorrectly on my statement, could you please correct it to Mrs. 林靜宜?", "林靜宜"),
        ("have you heard الدكتور غطفان بنو الأحمر speak yet?", "الدكتور غطفان بنو الأحمر"),
        ("은지 lives on Jonathan Hills street.", "은지"),
        ("Turn सरल यादव's notes from the site visit into a short report.", "सरल यादव"),
        ("Convert to CSV: name 张伟; email charles82@example.com", "张伟"),
        # Someone's thing, in a request about a translation; a request about the message's tone.
        ("Translate יהודית אורן's resignation email into formal German.", "יהודית אורן"),
        ("PLEASE FORWARD THE INVOICE TO ธัญญกัญญา แน่นดุจป้อม IN FINANCE - CAN YOU MAKE THIS SOUND LESS RUDE", "ธัญญกัญญา แน่นดุจป้อม"),
        ("Make it more polite: ask 王芳 to resend the invoice.", "王芳"),
        # Whom the writing asked for is for, or a relation set beside the name.
        ("Translate this for 英樹 前田, our new supplier contact: the shipment leaves on Tuesday.", "英樹 前田"),
        ("Translate the notice into English and send it to שיר ביטון by Friday.", "שיר ביטון"),
        ("Can you translate my reply to آيناز لاچینی, my landlord, into Persian?", "آيناز لاچینی"),
        # A time after the name is when, not a kind of thing the run names ("ภาษาไทย text").
        ("Please send it to 王小明 tomorrow", "王小明"),
        ("Please send it to 김민준 tomorrow", "김민준"),
        # A person's field, in a label the writer asks to have translated.
        ("Recipient: 김민준 / 서울특별시 마포구 월드컵북로 396 — translate the label to English", "김민준"),
        ("Translate the waybill:\nShip to: 田中太郎\nContents: books", "田中太郎"),
    ],
)
def test_a_name_in_another_script_where_a_person_stands_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "What does 木漏れ日 mean, and is there an English equivalent?",
        "How do I say 'thank you' in Korean? Is it 감사합니다 or 고맙습니다?",
        "Translate 设置 and 帮助 into English for the menu labels.",
        "Is the kanji 猫 related to 苗 in any way?",
        "I want a tattoo that says 勇気. Is that the right character for courage?",
        "The word مرحبا is Arabic for hello, right?",
        "Why does my terminal show 文字化け instead of the file names?",
        "What's a good recipe for 김치찌개 with tofu?",
        "Is ramen (ラーメン) originally Chinese?",
        "How is the Hindi word धन्यवाद pronounced?",
        "My sushi menu lists 鮪, 鮭 and 鯛. Which fish are these?",
        "Is 你好吗 too formal for texting friends?",
        "Convert this heading to title case: 日本の歴史 (History of Japan)",
        'label = "設定"  # the settings tab',
        "Why does Excel turn 日本語 into question marks when I open the file?",
        "Set the HTML lang attribute for a page that mixes English and 中文 text.",
        "I'm learning Arabic. How do I read كتاب aloud?",
        "Is the Tokyo station 新宿 busier than 渋谷 at rush hour?",
        "Which is more polite when ordering food in Thailand: ขอบคุณ or ขอบคุณครับ?",
        "Translate this to 日本語, please, and keep the headings.",
        "Translate this for 日本語 speakers visiting the shop.",
        "Translate the sign on the door: 출입금지, please.",
    ],
)
def test_a_word_asked_about_or_a_phrase_stays_as_written(find: Find, text: str) -> None:
    assert find(text) == []


def test_names_are_shaped_as_names_in_their_script() -> None:
    # The shapes of names: two to four CJK characters, a Korean name split in two.
    assert _shaped_as_name("王芳") and _shaped_as_name("김 보람") and _shaped_as_name("محمد العلي")
    assert not _shaped_as_name("猫") and not _shaped_as_name("日本の歴史") and not _shaped_as_name("감사합니다")


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(lambda c: c not in "的了吗呢吧啊们这那是不我你他她它")
_HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)


# A run ending in a place's suffix ("一県", "서울시") is a prefecture, a city or a district by the
# module's own reading (`_PLACE_SUFFIX`), masked as a place: no name is drawn so.
_PLACE_ENDS = "시군읍면市省区區县縣镇鎮街府県町村"


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.text(_HAN, min_size=2, max_size=3), st.text(_HANGUL, min_size=2, max_size=3)).filter(lambda n: n[-1] not in _PLACE_ENDS))
def test_any_cjk_name_asked_about_is_masked(find: Find, name: str) -> None:
    # Whatever the characters, one asked, reminded or cc'd is someone.
    assert ("PERSON", name) in find(f"I asked {name} about the invoice and she said it was paid.")


def test_a_run_placed_as_a_place_is_masked_as_one(find: Find) -> None:
    # The cloud reads <LOCATION_1>, not <PERSON_1>: its answer stays about a place.
    found = find("My sister lives in 東京 and works near 新宿.")
    assert ("LOCATION", "東京") in found and ("LOCATION", "新宿") in found


def test_a_place_asked_about_in_a_question_about_the_world_stays(find: Find) -> None:
    assert find("What is the weather in 東京 like in April?") == []


@pytest.mark.parametrize(("text", "place"), [("I'm originally from 邯郸县", "邯郸县"), ("My parents live in 海口市 and I visit them every spring.", "海口市")])
def test_a_town_by_its_kind_is_masked_as_a_place(find: Find, text: str, place: str) -> None:
    assert ("LOCATION", place) in find(text)


@pytest.mark.parametrize("text", ["What is the population of 北京市?", "Is 渋谷区 a good area for tourists?"])
def test_a_town_asked_about_in_a_question_about_the_world_stays(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize("text, name", [
    pytest.param("以下の内容を英語のメールにしてください。\nお客様名：伊藤 美咲 様\nご連絡先：090-4218-7735", "伊藤 美咲", id="japanese-form"),
    pytest.param("田中さんに明日の会議の資料を送ってください。", "田中", id="japanese-san"),
    pytest.param("日本語の文章です。山田さんに送ってください。Thanks", "山田", id="japanese-text-with-english"),
    pytest.param("明日はスミス様がいらっしゃいます。英語にして", "スミス", id="katakana-sama"),
    pytest.param("Please translate: 王先生，您的订单已发货。", "王", id="chinese-title"),
])
def test_a_name_before_an_honorific_is_masked_in_any_text(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize("text, name", [
    pytest.param("請求書類に添える説明文を作ってください。\n契約者：中村 翔太（1979年11月3日生）\n電話：090-1234-5678", "中村 翔太", id="japanese-policyholder"),
    pytest.param("内容：出発の3日前に母（中村 恵子）が入院したため、旅行を取り消しました。", "中村 恵子", id="japanese-relative-in-brackets"),
    pytest.param("请把这段翻译成英文：申请人：李娜，电话 138 0013 8000", "李娜", id="chinese-applicant"),
    # A court list's parties, and a Japanese letter's writer after its opening courtesy.
    pytest.param("把下面的开庭排期整理成表格：\n（2025）浙0523民初1761号  原告：黄秀英  被告：陈浩  民间借贷纠纷", "黄秀英", id="chinese-plaintiff"),
    pytest.param("변론기일 목록을 표로 정리해 줘:\n2025가단55070  원고 정우진  피고 이서연  대여금  10:20", "이서연", id="korean-defendant"),
    pytest.param("件名：離婚協議の件\n先生\nお世話になっております。中村大輔です。\n夫から連絡がありました。", "中村大輔", id="japanese-writer"),
    pytest.param("통관 부탁드립니다. 수취인 김민지, 연락처는 문자로 주세요", "김민지", id="korean-recipient"),
    # Arabic, Hebrew and Hindi forms' labels for a person, in text of those scripts.
    pytest.param("المستلم: ابتهاج العفيفي\nالشحنة في انتظار الاستلام", "ابتهاج العفيفي", id="arabic-recipient"),
    pytest.param("נמען: אלינור דהן\nהחבילה ממתינה בנקודת האיסוף", "אלינור דהן", id="hebrew-recipient"),
    pytest.param("प्राप्तकर्ता: सरल नारायण\nपार्सल डाकघर में है", "सरल नारायण", id="hindi-recipient"),
    # "The name of" whoever the form is about, and Thai's and Korean's name fields.
    pytest.param("لخّص التقرير:\nاسم اللاعب: ريم الشمري\nالجوال: 055 902 3371", "ريم الشمري", id="arabic-name-of-the-player"),
    pytest.param("סכם את הפנייה:\nשם המטופל: נועה כהן\nטלפון: 052-123-4567", "נועה כהן", id="hebrew-name-of-the-patient"),
    pytest.param("रिपोर्ट का सार दें:\nखिलाड़ी का नाम: रोहन वर्मा\nफोन: 98765 43210", "रोहन वर्मा", id="hindi-players-name"),
    pytest.param("สรุปให้หน่อย\nชื่อผู้ป่วย: วรรณา ทองดี, โทร 081 234 5678", "วรรณา ทองดี", id="thai-patient-name"),
    pytest.param("영어로 번역해 주세요.\n선수명: 윤서연\n연락처: 010-4182-7935", "윤서연", id="korean-players-name"),
    # Any label ending in a person's suffix, a role after "担当", family in brackets.
    pytest.param("逸脱報告に直してください。\n被験者：松本 拓海（1988年生）\n担当CRC：石井 花子", "松本 拓海", id="japanese-subject"),
    pytest.param("逸脱報告に直してください。\n被験者：松本 拓海（1988年生）\n担当CRC：石井 花子", "石井 花子", id="japanese-role-after-tanto"),
    pytest.param("사고 보고서를 다듬어 주세요.\n사고자: 윤서준 (박사과정)\n목격자: 장미래", "장미래", id="korean-witness"),
    # Korean professions in "-사" and roles in charge as labels.
    pytest.param("접종 안내 문자를 써 주세요.\n예정 접종: 종합백신\n담당 수의사: 정민재", "정민재", id="korean-vet-in-charge"),
    # A family occasion's baby, bride and groom as its notes label them.
    pytest.param("돌잔치 사회자 대본 좀 써줘.\n아기: 강서연 (생일 2024년 4월 9일)", "강서연", id="korean-baby"),
    # Kin before a full name with no colon, as family notes list them.
    pytest.param("돌잔치 사회자 대본 좀 써줘.\n엄마 한수빈, 아빠 강재원\n장소: 웨딩홀 3층", "강재원", id="korean-kin-no-colon"),
    # A colleague's message opens with "thanks for your work", then who writes; a family name with its iteration mark.
    pytest.param("高橋さん、お疲れさまです。中村 翔です。\n来週の乗務交換をお願いできますか？", "中村 翔", id="japanese-colleague-writer"),
    pytest.param("スケジュール課の佐々木さんには了承済みです。", "佐々木", id="japanese-iteration-mark"),
    pytest.param("请写婚礼主持词：\n新郎：王浩然\n新娘：李雨桐", "李雨桐", id="chinese-bride"),
    pytest.param("请翻译：紧急联系人：周婷，电话 139 0000 1234", "周婷", id="chinese-emergency-contact"),
    pytest.param("内容：採血が遅れました。家族（石田 由紀）より電話連絡あり。", "石田 由紀", id="japanese-family-in-brackets"),
    # A letter's addressee with the full name and "先生", and its writer by the body they speak for.
    pytest.param("松本 拓海先生\n\nお世話になっております。学会事務局の石井花子です。", "松本 拓海", id="japanese-sensei-full-name"),
    pytest.param("松本 拓海先生\n\nお世話になっております。学会事務局の石井花子です。", "石井花子", id="japanese-writer-of-a-body"),
    # A role in "員" or "長" as a label, the label's list of names, a given name in hiragana.
    pytest.param("作業日報にまとめて。\n職長：佐藤健太\n作業員：伊藤さくら、高橋大輔、鈴木美咲", "佐藤健太", id="japanese-foreman"),
    pytest.param("作業日報にまとめて。\n職長：佐藤健太\n作業員：伊藤さくら、高橋大輔、鈴木美咲", "伊藤さくら", id="japanese-kana-given-name"),
    pytest.param("作業日報にまとめて。\n職長：佐藤健太\n作業員：伊藤さくら、高橋大輔、鈴木美咲", "鈴木美咲", id="japanese-list-goes-on"),
    pytest.param("발견자: 윤성호 (반장)\n관련 작업자: 이서연, 박지훈\n내용: 안전난간 일부 해체", "박지훈", id="korean-list-goes-on"),
    # A JSON value under such a key, and a building's resident.
    pytest.param('문자를 써 주세요.\n{\n  "입주민": "박지훈",\n  "담당자": "이서연"\n}', "박지훈", id="korean-json-resident"),
    pytest.param('문자를 써 주세요.\n{\n  "입주민": "박지훈",\n  "담당자": "이서연"\n}', "이서연", id="korean-json-in-charge"),
    # A parcel's recipient and sender.
    pytest.param("송장 주소를 영문으로 바꿔 주세요.\n받는 사람: 문지호\n보내는 분: 배수아", "문지호", id="korean-parcel-recipient"),
    pytest.param("송장 주소를 영문으로 바꿔 주세요.\n받는 사람: 문지호\n보내는 분: 배수아", "배수아", id="korean-parcel-sender"),
    pytest.param("伝票を英語にしてください。\nお届け先：森本 千夏", "森本 千夏", id="japanese-parcel-recipient"),
])
def test_a_name_after_a_form_s_label_or_a_relative_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize("text", [
    pytest.param("氏名：（記入してください）\n住所：（記入してください）", id="blank-form"),
    pytest.param("父（会社員）が入院しました。英語にしてください。", id="relative-s-job"),
    pytest.param("피고 회사는 항소했다. 원고 측 대리인이 답변서를 냈다.", id="korean-parties-as-words"),
    pytest.param("수취인 정보를 확인해 주세요.", id="korean-recipient-s-details"),
    pytest.param("받는 사람: (직접 입력)\n보내는 사람: (직접 입력)", id="korean-blank-parcel-form"),
    pytest.param("नाम: कृपया भरें\nपता: कृपया भरें", id="hindi-blank-form"),
    # Words that only end in a person's suffix, and a sentence that is no introduction.
    pytest.param("일자: 2025년 3월 4일\n숫자: 12", id="korean-date-and-number-labels"),
    pytest.param("회사: 삼성전자\n검사: 혈액검사\n담당: 미정\n担当者：未定", id="korean-firm-test-and-no-one-yet"),
    pytest.param("엄마 생일 선물 뭐가 좋을까? 아빠 회사 근처에서 만나", id="korean-kin-before-words"),
    pytest.param("엄마 조심해\n아빠 전화해", id="korean-kin-before-a-verb"),
    pytest.param("法人：東京商事株式会社の登記について教えて", id="japanese-legal-person"),
    pytest.param("これは私の責任です。英語にしてください。", id="japanese-no-introduction"),
    pytest.param("こんにちは。今日は晴れです。", id="japanese-greeting-then-weather"),
    # Words that only end in "長", and a surname before a particle.
    pytest.param("身長：170cm、延長：3日、成長：良好", id="japanese-height-extension-growth"),
    # A member's or a head's field holding a word: no family name opens it.
    pytest.param("会員：一般\n店長：不在\n委員長：選出中", id="japanese-member-and-head-fields-as-words"),
    pytest.param("担当者：田中まで、ご連絡ください", id="japanese-surname-before-a-particle-after-a-label"),
    pytest.param('{"担当者": "未定"}', id="json-no-one-yet"),
])
def test_a_form_s_blank_or_a_relative_s_job_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize("text", [
    pytest.param("皆様によろしく。担当者様へ。お客様の声を英語にして", id="everyone-and-roles"),
    pytest.param("本屋さんと看護師さんと大工さんに連絡して、お疲れ様でした。", id="trades-and-greetings"),
    pytest.param("ユーザー様とゲスト様への案内を英語にして", id="katakana-roles"),
])
def test_roles_and_greetings_before_an_honorific_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Employee: Гаврилов Сергей, ID 4510123456, starts Monday", "Гаврилов Сергей"),
        ("Please send the contract to Νίκος Παππάς by Friday.", "Νίκος Παππάς"),
        ("New tenant ГАВРИЛОВА АННА moves in on the 3rd, keys at reception", "ГАВРИЛОВА АННА"),
    ],
)
def test_a_run_of_capitalised_cyrillic_or_greek_words_in_english_is_a_name(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our supplier ООО Ромашка Плюс sent the invoice.",
        "What does Добрый День mean in a letter?",
        "Client address: Владимирская Область, Суздаль",
        "Весь этот текст написан по-русски, и Иван Петров тоже.",
    ],
)
def test_cased_runs_that_name_a_company_a_phrase_or_a_place_or_stand_in_their_own_language_are_not_names(text: str) -> None:
    assert cased_script_names(text) == []


def test_a_name_in_another_script_on_a_prose_line_of_a_technical_prompt_is_masked(find: Find) -> None:
    text = "Why does this fail?\n```\nERROR 42 at db.py:10 KeyError: user_id\n```\nI asked 王芳 about it and she said the job was moved to the new cluster last week."
    assert ("PERSON", "王芳") in find(text)


def test_a_run_in_code_off_the_prose_lines_stays(find: Find) -> None:
    text = 'label = "設定"\nprint(label)  # 文字化け on Windows\nx = {"key": "値"}'
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("옆집 사는 최동현 씨가 왜 밤마다 택배 상자를 쌓아 두는 걸까요?", "최동현", id="korean-ssi"),
        pytest.param("- 담당: 김지훈 님께 전달 부탁드립니다", "김지훈", id="korean-nim"),
        pytest.param("메모: 한서윤 고객님 연락처 010-2231-8842, 교환 요청", "한서윤", id="korean-customer-nim"),
        pytest.param("오도윤 팀장님께 보고서를 보내 주세요.", "오도윤", id="korean-team-lead-nim"),
        pytest.param("同僚の山口美咲さん（携帯）が私の住所を知っていたのはなぜ？", "山口美咲", id="japanese-colleague"),
        pytest.param("所蔵者：小林由紀子 様\n住所：長野県", "小林由紀子", id="japanese-five-characters-sama"),
        pytest.param("小林由美子先生\n\nお世話になっております。", "小林由美子", id="japanese-salutation"),
        pytest.param("张伟先生的订单还没有发货。", "张伟", id="chinese-full-name-title"),
    ],
)
def test_names_before_an_honorific_of_their_language(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b in honorific_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "오늘 날씨가 좋네요. 아저씨가 왔어요.",  # the syllable ends words glued
        "고객 님께 안내 문자를 보내 주세요.",  # a role before 님
        "모든 고객님께 안내 문자를 보내 주세요.",  # a role with its 님, after a word that is no name
        "해외 고객님께 안내 문자를 보내 주세요.",  # overseas customers: no family name opens the word
        "'홍길동 씨가 왜 회의에 안 왔을까요?'를 영어로 번역해 주세요.",  # Korea's placeholder person
        "山中伸弥先生のiPS細胞の研究と、本庶佑先生のPD-1の発見をまとめてください。",  # the world's professors
        "请联系李先生。这位先生说明天再来。",  # a verb run into the name, "this gentleman"
        "母の友人さんが来ました。",
    ],
)
def test_words_before_an_honorific_that_name_no_one(text: str) -> None:
    assert [text[a:b] for a, b in honorific_names(text)] == []


@pytest.mark.parametrize("text", [
    "اسم الشركة: نجمة الخليج للتجارة",
    "ชื่อบริษัท: ไทยรุ่งเรือง",
    "팀명: 서울 유나이티드, 상품명: 갤럭시",
])
def test_a_firm_s_a_product_s_or_a_team_s_name_field_is_no_one_s(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)
