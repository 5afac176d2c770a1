"""Names written in a script without capitals, inside English prose: "I asked 王芳 about the
invoice", "Did 영호 이 finish the audit?", "Remind สมชาย ใจดี that the shift starts at 6".

The English rules find a name by its capitals and the model's tags; Han, Hangul, kana, Arabic,
Hebrew, Devanagari, Thai and the other caseless scripts have no capitals, and the English model
tags their words at random. So a run of such words is read by where it stands among the English
words around it: someone's name where a person stands (the subject of a verb, the object of "ask"
or "remind", after "my colleague", above a sign-off, glossing a name already found), and left as
written where a word is being asked about ("What does 木漏れ日 mean?", "the kanji 猫", a quoted
phrase) or where it reads as a phrase, not a name (Japanese with particles, a Chinese sentence, a
Korean verb ending). Text mostly in another script is another language's, which the English rules
do not read at all. Cased scripts (Cyrillic, Greek, Armenian) go through the ordinary rules.
"""

from __future__ import annotations

import bisect

import regex
from spacy.tokens import Doc, Token

from privacy_gateway.detection.relations import related
from privacy_gateway.detection.text_kind import dealt_in_sentence

_SCRIPTS = (
    r"\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Gurmukhi}"
    r"\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
    r"\p{Ethiopic}\p{Georgian}\p{Tibetan}"
)
# A word of those scripts (with its combining marks and the katakana dot of "ジョン・スミス"), up to
# four of them apart by one space: a name's given name and surname, either way round.
_WORD = rf"[{_SCRIPTS}][{_SCRIPTS}\p{{M}}・ー]*"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}]){_WORD}(?:[ \u00a0]{_WORD}){{0,3}}(?![\p{{L}}\p{{N}}\p{{M}}])")
_LATIN = regex.compile(r"\p{Latin}")
_OTHER = regex.compile(rf"[{_SCRIPTS}]")

# Japanese kana inside or after Han ("木漏れ日", "日本の歴史"), a Chinese particle or pronoun ("你好吗"),
# a Korean verb ending ("감사합니다"): a phrase, not a name.
_PHRASE = regex.compile(
    r"\p{Han}[\p{Hiragana}]|[\p{Hiragana}\p{Katakana}]\p{Han}|[的了吗呢吧啊们这那是不我你他她它]|(?:니다|세요|어요|아요|해요|까|다)$"
)
_HAN_OR_HANGUL = regex.compile(r"^[\p{Han}\p{Hangul}]+$")

# A word asked about, not someone named: its meaning, its translation, how it is written or said.
_ASKED_ABOUT = regex.compile(
    r"\b(?:mean|means|meaning|meant|translat\w*|pronounc\w*|spell\w*|spelt|character|characters|kanji|hanzi|hanja|"
    r"hangul|hiragana|katakana|script|word|words|phrase|idiom|proverb|saying|slogan|greeting|tattoo|calligraphy|"
    r"font|glyph|unicode|emoji|encoding|mojibake|lyric|lyrics|haiku|menu|dish|recipe|festival|"
    r"(?:in|the|a)[ \t]+(?:japanese|chinese|mandarin|cantonese|korean|arabic|hebrew|hindi|thai|urdu|persian|"
    r"farsi|bengali|tamil|punjabi|telugu|marathi|gujarati|amharic|georgian|nepali|sinhala|khmer|lao|burmese|"
    r"yiddish|tibetan)\b)",
    regex.IGNORECASE,
)
_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "«": "»", "`": "`", "*": "*"}
# Words before a run that quote it: "a sign that says …", "it reads …".
_QUOTING = frozenset("says say said reads read spells spelled spelt means mean meaning called named titled labelled labeled".split())
# People by what they are to the writer or the business, right before a name: "the patient, …".
_PERSON_NOUNS = frozenset(
    "colleague coworker co-worker manager boss landlord landlady tenant patient customer client friend neighbour "
    "neighbor wife husband partner son daughter mother father mum mom dad brother sister teacher student pupil "
    "intern hire employee engineer nurse doctor dr mr mrs ms miss prof professor sir madam candidate applicant "
    "caller guest author reviewer assignee owner contact rep agent driver courier supervisor lead".split()
)
_SIGN_OFFS = regex.compile(r"(?i)^\W*(?:best|cheers|regards|thanks|thank you|warmly|sincerely|yours|rgds|love|best wishes|kind regards|many thanks)\W*$")
# Verbs whose object is someone: "ask 王芳", "remind สมชาย", "cc 김보람".
_PERSON_OBJECT = frozenset(
    "ask asked asking tell told telling remind reminded email emailed message messaged text texted call called "
    "ping pinged cc thank thanked invite invited meet met congratulate congratulated welcome welcomed pay paid "
    "contact contacted notify notified hire hired fire fired promote promoted introduce introduced".split()
)
# Prepositions after which a person stands where someone is dealt with: "forward it to …", "lunch with …".
_DEALING_PREPOSITIONS = frozenset("to from with for by cc via and".split())


_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")


def name_end(text: str, start: int, end: int) -> int:
    """Where a found name that opens with a run of caseless-script words ends: before a lower-case
    Latin word the cues ran on into ("my landlord 佐藤健 won't …"), which no capital stopped."""
    run = _RUN.match(text, start, end)
    if run is not None and _LOWER_AFTER.match(text, run.end(), end):
        return run.end()
    return end


def _shaped_as_name(run: str) -> bool:
    """Whether a run's shape allows a name: no phrase marks, and as long as names are in its script."""
    words = run.split()
    if _PHRASE.search(run) or any(_PHRASE.search(w) for w in words):
        return False
    if all(_HAN_OR_HANGUL.match(w) for w in words):
        # Chinese, Japanese and Korean names: two to four characters in one word, or one to three a word in two.
        letters = sum(len(w) for w in words)
        return (len(words) == 1 and 2 <= len(words[0]) <= 4) or (len(words) == 2 and all(len(w) <= 3 for w in words) and letters <= 5)
    return len(words) <= 3 and all(len(w) <= 20 for w in words)


def _neighbours(doc: Doc, starts: list[int], start: int, end: int) -> tuple[Token | None, Token | None]:
    """The last token before `start` and the first token from `end` on."""
    i = bisect.bisect_left(starts, start)
    before = doc[i - 1] if i > 0 else None
    j = bisect.bisect_left(starts, end)
    after = doc[j] if j < len(doc) else None
    return before, after


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence or line around a span, as far as the nearest full stop, question mark or newline."""
    left = max(text.rfind(c, 0, start) for c in ".?!\n")
    rights = [i for i in (text.find(c, end) for c in ".?!\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]


def script_names(doc: Doc, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of caseless-script words in mostly Latin-script `doc` that stand where a person does;
    `people`: names already found, which a run in brackets right after glosses ("Wang Fang (王芳)")."""
    text = doc.text
    runs = list(_RUN.finditer(text))
    if not runs or len(_LATIN.findall(text)) < len(_OTHER.findall(text)):
        return []
    starts = [t.idx for t in doc]
    ends = {e for _, e in people}
    lines = text.split("\n")
    out = []
    for match in runs:
        start, end = match.span()
        run = match.group()
        if not _shaped_as_name(run):
            continue
        opening, closing = text[start - 1 : start], text[end : end + 1]
        if opening == "(" and closing == ")":
            # A gloss: the name just found, written in its own script; any other word's gloss is its translation.
            if (start - 1) in ends or (start - 2) in ends:
                out.append((start, end))
            continue
        if opening in _QUOTES and closing == _QUOTES[opening]:
            continue
        sentence = _sentence(text, start, end)
        if _ASKED_ABOUT.search(sentence):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip(" \t-–—,.") == run:
            # A name alone on its line: under a sign-off, or the last line of a message.
            row = text[:line_start].count("\n")
            previous = next((lines[k] for k in range(row - 1, -1, -1) if lines[k].strip()), "")
            if _SIGN_OFFS.match(previous) or line_end < 0 or not text[line_end:].strip():
                out.append((start, end))
            continue
        before, after = _neighbours(doc, starts, start, end)
        word_before = before.lower_ if before is not None else ""
        if word_before in _QUOTING:
            continue
        subject = after is not None and (after.pos_ in ("VERB", "AUX") or after.text in ("'s", "’s")) and after.tag_ != "VBG"
        if (
            related(text, start, end)
            or word_before in _PERSON_NOUNS
            or word_before in (",", ":") and before is not None and before.i > 0 and doc[before.i - 1].lower_ in _PERSON_NOUNS
            or word_before in _PERSON_OBJECT
            or before is not None and before.pos_ == "AUX" and subject
            or before is not None and before.pos_ == "AUX" and after is not None and after.lower_ in ("still", "also", "ever", "now", "really", "and")
            or subject and (before is None or before.pos_ in ("NOUN", "PRON", "SCONJ", "CCONJ", "PUNCT") or before.tag_ in ("WDT", "WP", "WRB") or before.is_sent_start)
            or word_before in _DEALING_PREPOSITIONS and dealt_in_sentence(text, start, end)
        ):
            out.append((start, end))
    return out
