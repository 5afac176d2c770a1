"""Names written in a script without capitals, inside English prose: "I asked 王芳 about the
invoice", "Did 영호 이 finish the audit?", "Remind สมชาย ใจดี that the shift starts at 6".

The English rules find a name by its capitals and the model's tags; Han, Hangul, kana, Arabic,
Hebrew, Devanagari, Thai and the other caseless scripts have no capitals, and the English model
tags their words at random. In English prose such a run, shaped as a name in its script, is
someone's name far more often than anything else, so it is masked unless the text says otherwise:
a word asked about ("What does 木漏れ日 mean?", "the kanji 猫"), a quoted phrase, a thing after an
article ("the 設定 menu"), a thing compared with ("books like …"), a place asked about in a question
about the world, a word acted on as text ("turn 日本語 into …") or naming a kind ("ภาษาไทย text"), a
postcode's label, or a run that reads as a phrase, not a name (Japanese with particles, a Chinese
sentence, a Korean verb ending); text about encodings and fonts is left alone. After "in" or
"near", or ending in a place's kind ("海口市", "용인시"), a run is masked as a place, except in a
question about the world. Text mostly in another script is another language's, which the English
rules do not read at all. Cased scripts (Cyrillic, Greek, Armenian) go through the ordinary rules,
where the English model tags their words at random too: in English prose, two or three capitalised
Cyrillic or Greek words in a row are a name by the same reading (`cased_script_names`).
"""

from __future__ import annotations

import bisect

import regex
from spacy.tokens import Doc, Token

from privacy_gateway.detection import lines
from privacy_gateway.detection.korean_names import COMMON_KOREAN_FAMILY, KOREAN_FAMILY
from privacy_gateway.detection.placeholders import BLANK_FORM_WORDS
from privacy_gateway.detection.relations import related
from privacy_gateway.detection.sentences import sentence_bounds

_SCRIPTS = (
    r"\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Gurmukhi}"
    r"\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
    r"\p{Ethiopic}\p{Georgian}\p{Tibetan}"
)
# A word of those scripts (with its combining marks and the katakana dot of "ジョン・スミス"), up to
# five of them apart by one space: a name's given name and surname, either way round, and the
# honorifics Arabic, Persian and Hindi put before it ("سرکار خانم دکتر …", "माननीय …").
_WORD = rf"[{_SCRIPTS}][{_SCRIPTS}\p{{M}}・ー]*"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}]){_WORD}(?:[ \u00a0]{_WORD}){{0,4}}(?![\p{{L}}\p{{N}}\p{{M}}])")
_LATIN = regex.compile(r"\p{Latin}")
# Where the sentence or line around a run ends: any full stop, question or exclamation mark, newline.
_SENTENCE_END = regex.compile(r"[.?!\n]")
_OTHER = regex.compile(rf"[{_SCRIPTS}]")

# Japanese kana inside or after Han ("木漏れ日", "日本の歴史"), a Chinese particle or pronoun ("你好吗"),
# a Korean verb ending ("감사합니다"): a phrase, not a name.
_PHRASE = regex.compile(
    r"\p{Han}[\p{Hiragana}]|[\p{Hiragana}\p{Katakana}]\p{Han}|[的了吗呢吧啊们这那是不我你他她它]|(?:니다|세요|어요|아요|해요|까|다)$"
    r"|(?:ครับ|ค่ะ|คะ|นะ|จ้ะ)$"  # a Thai sentence's polite particle
)
_HAN_OR_HANGUL = regex.compile(r"^[\p{Han}\p{Hangul}]+$")
# A place's kind closing a Chinese, Japanese or Korean word: "의왕시", "新宿区", "渋谷町" (the address
# rules read places; names rarely end in these, unlike 구, 리, 道 or 路, which close given names too).
_PLACE_SUFFIX = regex.compile(r"[시군읍면市省区區县縣镇鎮街府県町村]$")

# A word asked about, not someone named: its meaning, its translation, how it is written or said.
_ASKED_ABOUT = regex.compile(
    r"\b(?:mean|means|meaning|meant|translat\w*|pronounc\w*|spell\w*|spelt|character|characters|kanji|hanzi|hanja|"
    r"hangul|hiragana|katakana|script|word|words|phrase|idiom|proverb|saying|slogan|greeting|tattoo|calligraphy|"
    r"font|glyph|unicode|emoji|encoding|mojibake|menu|dish|recipe|festival|difference between|"
    # "Is 様 more polite than さん?" compares words; "make this sound less rude" asks about the writer's message.
    r"(?<!\b(?:sound|sounds|make|makes|making|made)(?:[ \t]+(?:it|this|that|them|these|my[ \t]+\w+|the[ \t]+\w+))?[ \t]+)"
    r"(?:more|less|too|very|most|least)[ \t]+(?:polite|formal|informal|casual|rude|common)|"
    # The language itself, not its speakers' office or team: "in everyday Hebrew", "the Korean for".
    r"(?:japanese|chinese|mandarin|cantonese|korean|arabic|hebrew|hindi|thai|urdu|persian|farsi|bengali|tamil|"
    r"punjabi|telugu|marathi|gujarati|amharic|georgian|nepali|sinhala|khmer|lao|burmese|yiddish|tibetan)\b"
    r"(?![ \t]+(?:office|team|client|customer|colleague|supplier|company|branch|embassy|restaurant|partner|staff|side)s?\b))",
    regex.IGNORECASE,
)
# Whom a piece of writing is for or sent to, after the piece ("Translate this for …", "send it to
# …"; not "translate this to 日本語", a language), and a relation or role set beside a name (", our
# new supplier contact", ", my landlord"): a person, in a sentence that may also ask about words.
_FOR_WHOM_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?i:(?:this|that|it|these|them)[ \t]+for|(?:send|sent|forward|forwarded|e?mail|give|pass)[ \t]+(?:this|that|it|these|them)[ \t]+to)[ \t]+$"
)
_APPOSED_AFTER = regex.compile(r"[ \t]*,[ \t]*(?i:our|my|your|his|her|their)(?![\p{L}'’])")
# An English label of a person's field before the run, at a line's or a field's start: "Recipient:
# 김민준 / …", "Attn: 王芳", "Ship to: 田中太郎" (a label to translate still names someone in its field).
_PERSON_LABEL_BEFORE = regex.compile(
    r"(?:^|[\n|;,/])[ \t]*(?i:(?:full[ \t]+)?name|recipient|addressee|consignee|attn|attention|(?:ship|deliver)[ \t]+to|sender|"
    r"customer|client|patient|contact|guest|tenant|passenger|applicant)[ \t]*[:：][ \t]*$"
)
_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "«": "»", "`": "`", "*": "*"}
# Words before a run that quote it: "a sign that says …", "it reads …".
_QUOTING = frozenset("says say said reads read spells spelled spelt means mean meaning titled labelled labeled".split())
# Text about text: its encoding, rendering and storage, where a run is the sample shown, not someone.
_ABOUT_TEXT = regex.compile(
    r"(?i)\b(?:encod\w*|decod\w*|unicode|utf-?8|utf8mb4|charset|code points?|font|fonts|glyphs?|render\w*|mojibake|"
    r"question marks|boxes instead|lang attribute|locale|i18n|l10n|"
    r"(?:learn|learning|study|studying|speak|speaking|practi[cs]e|practi[cs]ing)[ \t]+(?:japanese|chinese|mandarin|korean|"
    r"arabic|hebrew|hindi|thai|urdu|persian|farsi|bengali|tamil|georgian|nepali|amharic))\b"
)
# Verbs that act on a word as text: "turn 日本語 into …", "read كتاب aloud", "sort 가, 나, 다".
_TEXT_VERBS = frozenset(
    "turn turns convert converts encode decode render renders print prints display displays show shows type "
    "types store stores sort sorts match matches parse parses read write spell pronounce transliterate romanize romanise".split()
)
# Where a run is a place, not someone: "lives in 東京", "a flat near 新宿" ("to" and "from" take people too).
_PLACED = frozenset("in near around outside inside visit visiting visited".split())
# Nouns of places right before a place's own name: "the Tokyo station 新宿", "the temple 金閣寺".
_PLACE_NOUNS = frozenset("station street road avenue temple shrine park district city town village airport line river mountain lake island".split())
# Words before a word compared with or likened to: "books like ノルウェイの森", "unlike 寿司".
_COMPARING = frozenset("like unlike than as such".split())
# Where a place stands: in a question about the world, a run after them is the place asked about.
_PLACE_PREPOSITIONS = frozenset("in at near around from to into visit visiting visited".split())

_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")


def name_end(text: str, start: int, end: int) -> int:
    """Where a found name that opens with a run of caseless-script words ends: before a lower-case
    Latin word the cues ran on into ("my landlord 佐藤健 won't …"), which no capital stopped."""
    run = _RUN.match(text, start, end)
    if run is not None and _LOWER_AFTER.match(text, run.end(), end):
        return run.end()
    return end


def _place_shaped(run: str) -> bool:
    """Whether a run of Chinese, Japanese or Korean words ends in a place's kind ("海口市", "용인시
    기흥구", "御蔵島村"): a town, a district or a county, masked as a place wherever a name would be."""
    words = run.split()
    return len(words) <= 3 and sum(len(w) for w in words) <= 12 and all(_HAN_OR_HANGUL.match(w) for w in words) and (
        len(words[-1]) >= 2 and _PLACE_SUFFIX.search(words[-1]) is not None
    )


def _shaped_as_name(run: str) -> bool:
    """Whether a run's shape allows a name: no phrase marks, and as long as names are in its script."""
    words = run.split()
    if _PHRASE.search(run) or any(_PHRASE.search(w) for w in words) or _PLACE_SUFFIX.search(words[-1]) and len(words[-1]) >= 2:
        return False
    if all(_HAN_OR_HANGUL.match(w) for w in words):
        # Chinese, Japanese and Korean names: two to four characters in one word, or one to three a word in two.
        letters = sum(len(w) for w in words)
        return (len(words) == 1 and 2 <= len(words[0]) <= 4) or (len(words) == 2 and all(len(w) <= 3 for w in words) and letters <= 5)
    return len(words) <= 5 and all(len(w) <= 20 for w in words)


def _neighbours(doc: Doc, starts: list[int], start: int, end: int) -> tuple[Token | None, Token | None]:
    """The last token before `start` and the first token from `end` on."""
    i = bisect.bisect_left(starts, start)
    before = doc[i - 1] if i > 0 else None
    j = bisect.bisect_left(starts, end)
    after = doc[j] if j < len(doc) else None
    return before, after


# When, not what: the nouns the tagger gives a time said after a name ("send it to 王小明 tomorrow").
_TIME_NOUNS = frozenset("today tomorrow tonight yesterday morning afternoon evening tonite tmrw tmr asap".split())


def _names_a_kind(doc: Doc, after: Token | None) -> bool:
    """Whether the noun right after a run is the thing it names ("the 設定 menu", "ภาษาไทย text?"), not
    a verb the tagger took for a noun ("은지 lives on …": a preposition or an article follows that), nor
    a time ("… tomorrow")."""
    if after is None or after.tag_ not in ("NN", "NNS") or after.lower_ in _TIME_NOUNS:
        return False
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return following is None or following.pos_ not in ("ADP", "DET", "PRON", "ADV", "PART")


# A name before the honorific Japanese writes after it, or a Chinese surname before a title, in any
# text, Japanese or Chinese too: any name before the formal "様" of a customer or a recipient ("伊藤
# 美咲 様", "スミス様"); a surname alone before "さん" ("田中さんに"; the world's names are written
# whole: "小澤征爾さんの追悼公演"); one character before a Chinese title ("王先生", "李女士"). A particle
# may stand before the name ("明日は田中さん"), not the polite prefix of a word ("お客様").
_HONORIFIC = regex.compile(
    r"(?<![\p{Han}\p{Katakana}ー・おご])"
    r"(?:(?P<n>\p{Han}{1,5}(?:[ \u3000]\p{Han}{1,3})?|\p{Katakana}[\p{Katakana}ー・]{1,14})[ \u3000]?(?:様|さま|殿)"
    # A family name of three characters may hold the iteration mark ("佐々木さん").
    r"|(?P<n>\p{Han}{1,2}|\p{Han}々\p{Han}|\p{Katakana}[\p{Katakana}ー]{1,10})(?:さん|くん|ちゃん)"
    r"|(?P<n>\p{Han})老师"
    # A name before "先生", "女士" or "小姐" ("张伟先生", "李女士"), or with its space ("高橋 美咲先生"):
    # a teacher, doctor or author addressed, a client named. Chinese runs a verb into it ("请联系李先生"),
    # so a longer run counts only as a letter's salutation, alone on its line ("小林由美子先生").
    r"|(?P<n>\p{Han}{1,3}|\p{Han}{1,3}[ \u3000]\p{Han}{1,3})(?:先生|女士|小姐)"
    r"|(?m:^[ \t]*)(?P<n>\p{Han}{4,5})(?:先生|様)(?=[ \t]*(?:\n|$)))"
    # Someone of the writer's own life by their tie, then the name and its honorific, written whole:
    # "同僚の山口美咲さん", "母の佐藤陽菜さん" (the world's names are written whole too, but not as one's colleague's).
    r"|(?<=(?:同僚|上司|部下|友人|友達|隣人|近所|知人|先輩|後輩|母|父|妻|夫|兄|姉|弟|妹|息子|娘|祖母|祖父|義母|義父|担当|大家|顧客|患者|生徒|同級生)の)"
    r"(?P<n>\p{Han}{3,5})(?:さん|くん|ちゃん|様|氏|先生)"
    # A Korean name, then "씨" or "님" after its space, as Korean writes them after a name ("최동현 씨가",
    # "김지훈 님께"), or the person's role and "님" ("박지훈 고객님", "이서준 팀장님"); glued, the
    # syllables end words ("날씨", "아저씨", "고객님").
    r"|(?<![\p{Hangul}])(?P<n>\p{Hangul}{2,4})[ ](?:씨|님)(?=[이가은는을를의에께도과와랑,.!?)\s]|$)"
    # Before a role's 님 only a full name, its family name's syllable first: "해외 고객님" (overseas
    # customers) and "온라인 고객님" name no one.
    rf"|(?<![\p{{Hangul}}])(?P<n>[{KOREAN_FAMILY}]\p{{Hangul}}{{1,3}})[ ](?:고객|회원|선생|사장|부장|과장|차장|팀장|실장|대표|기사|작가|교수|원장|손님|환자|매니저|대리|주임)님"
    r"(?=[이가은는을를의에께도과와랑,.!?)\s]|$)",
    regex.VERSION1,
)
# What comes before an honorific that is no name: everyone, a customer, a company, a role, kin, the
# gods ("皆様", "担当者様", "社長", "ユーザー様", "お母さん" has its prefix).
_NO_NAME = frozenset(
    "皆 客 各位 奥 神 姫 仏 貴社 御社 弊社 先方 患者 会員 担当 友人 知人 店長 部長 課長 社長 係長 医者 運転手 大家 隣 友達 "
    "娘 息子 旦那 父 母 兄 姉 弟 妹 祖父 祖母 先生 店員 同僚 上司 部下 後輩 先輩 生徒 学生 子 赤 王子 殿下 陛下 "
    "ゲスト スタッフ キャスト ホスト ユーザー オーナー メンバー ドライバー クライアント パートナー カスタマー ファン ママ パパ "
    # Chinese: this, that, which or every gentleman or lady; an old gentleman.
    "这位 那位 哪位 各位 两位 一位 诸位 几位 老 "
    # Korean roles and kin before 씨 or 님: a customer, a member, a teacher, a boss, a driver, a guest.
    "고객 회원 선생 사장 부장 과장 차장 팀장 실장 대표 기사 작가 교수 원장 손님 환자 어머 아버 형 누 주 하느 부처 담당자 관리자 "
    # Korean words before a role and its 님: all, our, the said, several, new, existing, regular customers.
    "모든 우리 저희 해당 여러 전체 신규 기존 일반 단골 우수 "
    # The placeholder people of Korean and Chinese forms and lessons (`sample_names` has the Latin-script ones).
    "홍길동 张三 李四 王五 張三 李四 "
    # No one yet: undecided, none, vacant, unassigned.
    "미정 없음 공석 미배정 未定 なし 無し 待定 无 無 空缺".split()
)
# A role's, a trade's or a body's last character: "利用者", "貴社", "会員", "経理部", "本屋", "看護師", "弁護士".
_ROLE_END = regex.compile(r"[者社員係部課方家達様長屋師士工官手]$")


_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


def _salutation(text: str, m: regex.Match[str]) -> bool:
    """Whether the honorific's match stands alone on its line, as a letter's salutation does."""
    return not text[lines.line_start(text, m.start()) : m.start()].strip() and not text[m.end() : lines.line_end(text, m.end())].strip()


# Chinese words a sentence runs into a name before its title ("请联系李先生", "尊敬的张伟先生"): no name's.
_CHINESE_FUNCTION = regex.compile(r"[的请請联聯系係给給叫找问問诉訴和与與跟向让讓被把对對是在]")


def honorific_names(text: str) -> list[tuple[int, int]]:
    """The names before a Japanese honorific, a Chinese title or a Korean 씨 or 님 (see `_HONORIFIC`)."""
    if not _OTHER.search(text):
        return []
    out = []
    for m in _HONORIFIC.finditer(text):
        name = m.group("n")
        if name.replace("\u3000", " ") in _NO_NAME or _ROLE_END.search(name) or name.rstrip("ー") in _NO_NAME:
            continue
        if len(name) >= 4 and _CHINESE_FUNCTION.search(name):
            continue
        # In Japanese "先生" follows the world's professors and authors too ("本庶佑先生のPD-1の発見"): a
        # full name before it counts only written with its space or as a letter's salutation.
        if m.group().endswith("先生") and len(name) >= 2 and " " not in name and "\u3000" not in name and _KANA.search(text) and not _salutation(text, m):
            continue
        out.append(m.span("n"))
    return out


# A form's label for a person in Japanese, Chinese or Korean, then a full-width or plain colon: the
# policyholder, the insured, the applicant, the patient, the beneficiary, the recipient, "name".
_PERSON_LABEL = (
    r"(?:氏名|お名前|名前|契約者名?|保険契約者|被保険者名?|申込者|申請者|申请人|申請人|受取人|受益人|患者名?|患者姓名|顧客名|依頼人|届出人|"
    r"姓名|联系人|聯絡人|收件人(?:姓名)?|投保人|被保险人|被保險人|客户姓名|客戶姓名|이름|성명|신청인|보험계약자|피보험자|수익자|환자명?|"
    # A family occasion's people as its notes list them: the baby, the bride and groom
    # ("아기: 강서연", "新郎：王浩然", "新婦：佐藤美咲").
    r"아기|신랑|신부|新郎|新娘|新婦|宝宝|寶寶|赤ちゃん|"
    # A building's or a lease's people in Korean: the resident, the householder, the tenant and the
    # landlord, the guarantor and the agent ("입주민": "박지훈").
    r"입주민|세대주|임차인|임대인|보증인|대리인|소유주|"
    # A parcel's people in Korean and Japanese: who receives it and who sends it ("받는 사람: 정민수",
    # "보내는 분", "수령인", "お届け先", "ご依頼主").
    r"받는[ ]?(?:사람|분)|보내는[ ]?(?:사람|분)|수령인|수취인|발송인|お届け先|ご依頼主|"
    # Korean's "-명" (name) after whose it is: "선수명" (the player's), "고객명", "보호자명".
    r"(?!상품|제품|회사|업체|파일|모델|지역|단체|기관|학교|병원|브랜드|상호|프로그램|과목|건물|도시|국가|팀|구단|클럽|대회|행사|단지|아파트|도로|약품|품)\p{Hangul}{1,4}명)"
)
# ... or any label that ends in a person's suffix, as these languages make a role a person: Japanese
# and Chinese "者" and "人" ("被験者", "担当者", "经办人", "紧急联系人"), Korean "자" ("사고자", "목격자",
# "보호자"), and Japanese "担当" with its role after it ("担当CRC", "担当医"); not the words that only end
# so ("法人", a company; "일자", a date; "이자", interest; "숫자", a number).
_SUFFIX_LABEL = (
    r"(?:(?!法人|個人|个人|成人|他人|外国人)\p{Han}{1,3}[者人]|(?!일자|문자|숫자|글자|의자|과자|모자|이자|원자|액자|상자|주자)\p{Hangul}{1,3}자"
    r"|担当(?:[A-Za-z]{2,5}|[\p{Han}\p{Katakana}ー]{1,4})?"
    # Japanese and Chinese roles and members in "員" and heads in "長" ("作業員", workers; "職長", the
    # foreman; "组长"), not the words that only end so ("延長", an extension; "身長", height).
    r"|(?!延長|成長|身長|全長|最長|特長|延长|成长|身长|全长|最长|特长)\p{Han}{1,3}[員员長长]"
    # Korean's professions in "-사" ("수의사", a vet; "간호사", a nurse), not the firms and deeds that end
    # so ("회사", "여행사", "검사", "기사": an article), and its roles in charge ("담당", "코치", "원장").
    r"|(?!회사|감사|검사|조사|여행사|항공사|신문사|출판사|보험사|통신사|택배사|건설사|제조사|증권사|운송사|카드사|역사|기사|대사|복사|인사|행사|봉사|본사|지사|자회사)"
    r"\p{Hangul}{1,3}사|담당|코치|감독|매니저|트레이너|원장|실장|팀장|과장|부장|대표|선생님|교수|주치의)"
)
_SCRIPT_NAME = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー・]{1,8}"
# ... or a relative, then the name in brackets: "母（佐藤 陽菜）が入院", "妻(李娜)".
_KIN = r"(?:母|父|妻|夫|娘|息子|兄|姉|弟|妹|祖母|祖父|母親|父親|妈妈|爸爸|母亲|父亲|妻子|丈夫|女儿|儿子|어머니|아버지|아내|남편|딸|아들|家族|家人|家属|家屬|가족|보호자)"
# A party of a case, as court lists and pleadings name them, after a colon or a space: "原告：黄秀英",
# "원고 정우진  피고 이서연" (plaintiff, defendant, appellant, applicant, creditor, debtor), and a
# parcel's recipient or sender ("수취인 김민지"); after a space, a word with a Korean particle at
# its end is the sentence's ("피고 회사는 …").
_PARTY_LABEL = (
    r"(?:原告人?|被告人?|上诉人|被上诉人|上訴人|被上訴人|当事人|當事人|债权人|债务人|債権者|債務者|申立人|相手方|"
    r"원고|피고|채권자|채무자|피신청인|상대방|항소인|피항소인|"
    # A parcel's recipient and sender: "수취인 김민지", "收货人 王芳", "寄件人：李娜".
    r"수취인|수령인|발송인|보내는[ \t]?분|받는[ \t]?분|收货人|收貨人|寄件人|发件人|發件人|送り主|お届け先)"
)
# A Japanese letter's writer after its opening courtesy: "お世話になっております。中村大輔です。".
# So does a colleague's after "thanks for your work" ("お疲れさまです。中村 翔です。"), and anyone's
# after "nice to meet you" or a time of day's greeting.
_INTRODUCED = r"(?:いつも)?お世話になって(?:おります|います)|お世話になります|お疲れ(?:さま|様)です|はじめまして|こんにちは|おはようございます|こんばんは"
_LABELLED_NAME = regex.compile(
    # A JSON or YAML value under such a key too: '"담당자": "이서연"'.
    rf"(?:{_PERSON_LABEL}|{_SUFFIX_LABEL})(?P<q>[\"'])?[ \t]*[：:][ \t　]*(?(q)[\"'])(?P<n>{_SCRIPT_NAME}(?:[ \t　]{_SCRIPT_NAME})?)(?(q)[\"']|(?=[（(、，,。\s]|$))"
    rf"|{_PARTY_LABEL}(?:[ \t]*[：:][ \t　]*(?P<n>{_SCRIPT_NAME}(?:[ \t　]{_SCRIPT_NAME})?)|[ \t　]+(?P<n>[\p{{Han}}\p{{Hangul}}]{{2,4}})(?<![는은을를의에가도]))(?=[（(、，,。\s]|$)"
    rf"|{_KIN}[（(](?P<n>{_SCRIPT_NAME}(?:[ \t　]{_SCRIPT_NAME})?)[）)]"
    rf"|(?:{_INTRODUCED})[。、]?[ \t　\n]*(?P<n>[\p{{Han}}\p{{Katakana}}ー・]{{2,8}}(?:[ 　][\p{{Han}}\p{{Katakana}}ー・]{{1,6}})?)(?=です|と申します)"
    # "編集委員の渡辺翔です", "大学事務局の佐藤と申します": a writer introduced by the body or role they speak for.
    rf"|(?<=[者社員係部課長室局会学院所])の(?P<n>\p{{Han}}{{2,4}}(?:[ 　]\p{{Han}}{{1,3}})?)(?=です|と申します)"
)


# A form's or a message's label for a person in Arabic, Hebrew or Hindi, a colon, then the name: its
# words up to the next mark or the line's end, or its first two where a sentence runs on ("المرسل:
# مجدي زحلاوي يطلب …").
_SCRIPT_PERSON_LABEL = (
    r"(?:الاسم(?:[ \t]+الكامل)?|اسم[ \t]+(?:العميل|المستلم|المريض)|المستلم|المرسل|العميل|العميلة|المريض|المريضة|الموكل|الموكلة|المدعي|المدعى[ \t]+عليه|"
    r"שם(?:[ \t]+מלא)?|נמען|נמענת|שולח|שולחת|לקוח|לקוחה|מטופל|מטופלת|תובע|תובעת|נתבע|נתבעת|"
    r"नाम|पूरा[ \t]+नाम|प्राप्तकर्ता|प्रेषक|ग्राहक|मरीज़?|आवेदक|"
    # "the name of" whoever the form is about: "اسم اللاعب" (the player's), "שם המטופל", "खिलाड़ी का नाम";
    # Thai's "ชื่อ" (name) and the words it opens ("ชื่อผู้ป่วย", "ชื่อ-นามสกุล").
    # Not a firm's, a product's, a file's, a place's or a team's name ("اسم الشركة", "שם המוצר", "ชื่อบริษัท").
    r"اسم[ \t]+(?!ال(?:شركة|منتج|ملف|مدينة|فندق|مدرسة|مستشفى|بنك|فريق|نادي|دواء|كتاب|مشروع|جهة|مؤسسة|متجر|قرية|شارع)(?!\p{Arabic}))ال\p{Arabic}+"
    r"|שם[ \t]+(?!ה(?:חברה|מוצר|קובץ|עיר|מלון|בנק|קבוצה|מוסד|בית[ \t]+ספר|חנות|רחוב|ישוב|תרופה|ספר|פרויקט)(?!\p{Hebrew}))ה\p{Hebrew}+"
    r"|(?!(?:कंपनी|संस्था|दुकान|स्कूल|होटल|उत्पाद|शहर|गांव|गाँव|फ़ाइल|फाइल|टीम|बैंक|अस्पताल|दवा|किताब)[ \t])\p{Devanagari}+[ \t]+(?:का|की)[ \t]+नाम"
    r"|ชื่อ(?!บริษัท|สินค้า|ไฟล์|โรงแรม|ร้าน|โรงเรียน|ทีม|ยา|เมือง|หมู่บ้าน|ถนน|โรงพยาบาล|ธนาคาร|โครงการ)(?:[ \t]*-[ \t]*)?\p{Thai}{0,12})"
)
_SCRIPT_LABELLED_WORD = r"[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Thai}][\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Thai}\p{M}\"״׳']*"
_SCRIPT_LABELLED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}]){_SCRIPT_PERSON_LABEL}[ \t]*[:：][ \t]*(?P<n>{_SCRIPT_LABELLED_WORD}(?:[ \t]+{_SCRIPT_LABELLED_WORD}){{0,3}})(?=[ \t]*(?:[,،.;|)\n]|$))"
    rf"|(?<![\p{{L}}\p{{M}}]){_SCRIPT_PERSON_LABEL}[ \t]*[:：][ \t]*(?P<n>{_SCRIPT_LABELLED_WORD}[ \t]+{_SCRIPT_LABELLED_WORD})(?=[ \t]+{_SCRIPT_LABELLED_WORD})",
    regex.MULTILINE,
)


# A blank form's request to fill it in ("नाम: कृपया भरें", "الاسم: اكتب هنا", "שם: נא למלא"), no one's name.
_FILL_IN = regex.compile(BLANK_FORM_WORDS)


# Kin named before a full name with no colon, as family notes list them ("엄마 한수빈, 아빠 강재원"): a
# family name of the list and two syllables, standing alone (a particle glued to it makes a sentence's
# word, a common word there opens with another syllable, "엄마 생일 선물", and a word said to them ends
# as a verb does, "엄마 조심해").
_KOREAN_KIN_NAME = regex.compile(
    r"(?<![\p{Hangul}])(?:엄마|아빠|어머니|아버지|할머니|할아버지|남편|아내|이모|고모|삼촌|외삼촌|형|누나|오빠|언니|동생|아들|딸)[ \t]+"
    rf"(?P<n>[{COMMON_KOREAN_FAMILY}]\p{{Hangul}}(?<![해요어워야다네라])\p{{Hangul}}(?<![해요어워야다네라]))(?=[ \t]*(?:[,，·/)]|\n|$))"
)


def labelled_names(text: str) -> list[tuple[int, int]]:
    """The name after a form's label for a person ("契約者：佐藤 美咲（1983年7月19日生）",
    "申请人：王芳，"), after a party's in a court list ("원고 정우진"), in brackets after a relative
    ("母（佐藤 陽菜）") or introducing a letter's writer ("お世話になっております。中村大輔です"), and
    after an Arabic, Hebrew or Hindi form's label ("المستلم: …", "נמען: …"): a run of its script up
    to the next mark, no role or placeholder."""
    if not _OTHER.search(text):
        return []
    out = [m.span("n") for m in _SCRIPT_LABELLED.finditer(text) if not _FILL_IN.search(m.group("n"))]
    out += [m.span("n") for m in _KOREAN_KIN_NAME.finditer(text) if m.group("n") not in _NO_NAME]
    for m in _LABELLED_NAME.finditer(text):
        name = m.group("n")
        if name.replace("\u3000", " ") in _NO_NAME or _ROLE_END.search(name) or _PHRASE.search(name) and not _KANA_GIVEN.match(name):
            continue
        if _MEMBER_LABEL.search(text, m.start(), m.start("n")) and not _family_first(name):
            continue  # "会員：一般", "委員長：選出中": a member's or a head's field holding a word, no name
        out.append(m.span("n"))
        # The label's list goes on: "作業員：伊藤さくら、高橋大輔、鈴木美咲", "관련 작업자: 이서연, 박지훈".
        end = m.end("n")
        while (item := _LISTED_AFTER.match(text, end)) is not None:
            name = item.group("n")
            if name.replace("\u3000", " ") in _NO_NAME or _ROLE_END.search(name) or _PHRASE.search(name) and not _KANA_GIVEN.match(name):
                break
            out.append(item.span("n"))
            end = item.end("n")
    return out


# A label in "員" or "長" ("作業員：", "職長："), which forms fill with words as often ("会員：一般", a
# regular member): its value is a name only when it opens with a common family name or is Korean.
_MEMBER_LABEL = regex.compile(r"[員员長长][\"']?[ \t]*[：:]")


def _family_first(name: str) -> bool:
    """Whether a name opens with a common Chinese or Japanese family name, or is written in Hangul."""
    from privacy_gateway.detection.chinese_names import DOUBLE_SURNAMES, SURNAMES  # loaded late: keeps the import chain short

    return name[:1] in SURNAMES or name[:2] in DOUBLE_SURNAMES or _KANA_FAMILY.match(name) is not None or regex.match(r"\p{Hangul}", name) is not None


# A Japanese name whose given name is written in hiragana after a common family name ("伊藤さくら",
# "高橋ひなた"): no phrase, though Han then hiragana is how Japanese inflects a word ("佐藤です" is one).
_JAPANESE_FAMILY = (
    r"(?:佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|林|斎藤|斉藤|清水|山崎|森|池田|橋本|"
    r"阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|西村|藤井|金子|岡本|藤原|中野)"
)
_KANA_FAMILY = regex.compile(_JAPANESE_FAMILY)
_KANA_GIVEN = regex.compile(
    rf"{_JAPANESE_FAMILY}[ 　]?(?!です|ます|さん|さま|くん|ちゃん|まで|より|から|など|たち|[はがをにのともへでや])\p{{Hiragana}}{{2,4}}$"
)


# The next item of a list of names after a label's first: a list's mark, then a name of the same
# script up to the next mark.
_LISTED_AFTER = regex.compile(r"[ \t]*[、，,][ \t　]*(?P<n>[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー・]{2,8})(?=[（(、，,。\s]|$)")


def script_names(doc: Doc, people: list[tuple[int, int]], world: bool = False) -> list[tuple[int, int, str]]:
    """Runs of caseless-script words in mostly Latin-script `doc` that are someone's name: any run
    shaped as a name, unless a word is asked about, quoted, a thing's (after an article) or compared
    with, or a place asked about in a question about the world (`world`); `people`: names already
    found, which a run in brackets right after glosses ("Wang Fang (王芳)"). Each run comes with its
    type: a place where it is placed ("lives in 東京", "the station 新宿"), else a person."""
    text = doc.text
    runs = list(_RUN.finditer(text))
    if not runs or 2 * len(_LATIN.findall(text)) < len(_OTHER.findall(text)):
        return []  # mostly another script: that language's text (a long name in a short question is still English)
    if _ABOUT_TEXT.search(text):
        return []  # text about text: its samples are no one
    from privacy_gateway.detection.address import postcode_cue_at  # imported here: keeps the import chain short

    starts = [t.idx for t in doc]
    ends = {e for _, e in people}
    out = []
    for match in runs:
        start, end = match.span()
        run = match.group()
        place = _place_shaped(run)
        if not place and not _shaped_as_name(run) or postcode_cue_at(text, start):
            continue  # no name's or place's shape, or a postcode's label ("מיקוד 9503451")
        if run.replace("\u3000", " ") in _NO_NAME:
            continue  # "张三", "홍길동": the sample people of Chinese and Korean forms
        opening, closing = text[start - 1 : start], text[end : end + 1]
        if opening == "(" and closing == ")":
            # A gloss: the name just found, written in its own script; any other word's gloss is its translation.
            if (start - 1) in ends or (start - 2) in ends:
                out.append((start, end, "PERSON"))
            continue
        if opening in _QUOTES and closing == _QUOTES[opening]:
            continue
        # Someone's thing is no word asked about: "Translate יהודית אורן's resignation email into German";
        # nor is whom the writing is for: "Translate this for 英樹 前田, our new supplier contact".
        possessive = text[end : end + 2] in ("'s", "’s")
        addressed = (
            _FOR_WHOM_BEFORE.search(text, max(0, start - 24), start) is not None or _APPOSED_AFTER.match(text, end) is not None
            or _PERSON_LABEL_BEFORE.search(text, max(0, start - 32), start) is not None
        )
        if not (possessive or addressed) and _ASKED_ABOUT.search(text, *sentence_bounds(text, start, end, _SENTENCE_END)):
            continue
        line = text[lines.line_start(text, start) : lines.line_end(text, end)]
        if line.strip(" \t-–—,.") == run:
            # A name alone on its line (a signature, a CV's heading), unless the text asks about words.
            if not _ASKED_ABOUT.search(text):
                out.append((start, end, "LOCATION" if place else "PERSON"))
            continue
        before, after = _neighbours(doc, starts, start, end)
        word_before = before.lower_.rstrip(".") if before is not None else ""
        ends_sentence = after is None or after.text in (".", "!", "?", '"', "”", "'")
        if word_before in _QUOTING and ends_sentence:
            continue  # "a sign that says 勇気.": a word quoted ('"…!" said 智也 to …' names the speaker)
        if before is not None and before.pos_ == "DET" and not related(text, start, end):
            continue  # "the 設定 menu": a thing's name
        if word_before in _TEXT_VERBS and not possessive or _names_a_kind(doc, after):
            continue  # "turn 日本語 into …", "ภาษาไทย text": a word acted on as text, or naming a kind of thing
        if word_before in _COMPARING or (place or word_before in _PLACE_PREPOSITIONS or word_before in _PLACE_NOUNS) and world:
            continue  # "books like ノルウェイの森", "the weather in 東京" asked about the world
        out.append((start, end, "LOCATION" if place or word_before in _PLACED or word_before in _PLACE_NOUNS else "PERSON"))
    return out


# Two or three capitalised Cyrillic or Greek words in a row ("Гаврилов Сергей", "Νίκος Παππάς"), or
# the same in capitals; a company's form before them ("ООО Ромашка") makes them its name.
_CASED_WORD = r"(?:\p{Lu}[\p{Ll}'’ʼ]+|\p{Lu}{2,})(?:-\p{Lu}[\p{Ll}'’ʼ]+)?"
_CASED_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\p{{M}}])(?:(?=[\p{{Cyrillic}}\p{{Greek}}]){_CASED_WORD})(?:[ \t]+(?=[\p{{Cyrillic}}\p{{Greek}}]){_CASED_WORD}){{1,2}}(?![\p{{L}}\p{{N}}\p{{M}}])"
)
_CASED_SCRIPT = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_COMPANY = r"(?:ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ|ЕООД|ООД|ΑΕ|ΕΠΕ|ΙΚΕ)"
_COMPANY_BEFORE = regex.compile(rf"(?<![\p{{L}}]){_COMPANY}[ \t]*[«\"„“]?[ \t]*$")
_COMPANY_FIRST = regex.compile(rf"{_COMPANY}(?![\p{{L}}])")
# What a run of place words ends in: a region's, a town's or a street's word ("Владимирская обл.", "г. Тверь").
_CASED_PLACE = regex.compile(r"(?i:обл|област\w*|край|район|р-н|город|місто|улица|вулиця|проспект|шоссе)\b")


def cased_script_names(text: str) -> list[tuple[int, int]]:
    """Runs of two or three capitalised Cyrillic or Greek words in text whose letters are mostly
    Latin: someone's name, unless the sentence asks about words, the run is quoted, a company's form
    stands before it, or a place's word is in it or right after it."""
    if _CASED_SCRIPT.search(text) is None or 2 * len(_LATIN.findall(text)) < len(_CASED_SCRIPT.findall(text)):
        return []
    out = []
    for m in _CASED_RUN.finditer(text):
        start, end = m.span()
        if _COMPANY_BEFORE.search(text, max(0, start - 8), start) or _COMPANY_FIRST.match(text, start) or _CASED_PLACE.search(text, start, min(len(text), end + 8)):
            continue
        opening, closing = text[start - 1 : start], text[end : end + 1]
        if opening in _QUOTES and closing == _QUOTES[opening]:
            continue
        if _ASKED_ABOUT.search(text, *sentence_bounds(text, start, end, _SENTENCE_END)):
            continue
        out.append((start, end))
    return out
