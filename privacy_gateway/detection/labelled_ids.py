"""Identifiers with no check digit, found right after the words that name them.

"passport no. 548213907", "checking account 000123456789, routing …", "sort code 20-45-77,
account 31926819", "MRN: A00482913", "DOB 03/14/1985", "born on 14 March 1985": the value has no
shape of its own, so it counts only when its label comes first, with nothing but punctuation and
"no."/"number"/"is" between them.
"""

from __future__ import annotations

import re
from typing import Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.dates import CJK_DATE, DATE as _DATE
from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.spoken import spoken_view
from privacy_gateway.detection.title_case import lower_at_offsets

# Between a label and its value: spaces and punctuation, the quotes of a JSON or Python key
# (`"dob": "…"`) and the end of an XML tag (`<DateOfBirth>…`), "no."/"number"/"is", and the word a
# date takes after its label in the label's language ("geboren am 04.03.1953", "né le", "nato il", Japanese "seinengappi wa …").
# A form's mark of a required field ("Date of Birth*:") and its hint of the format in brackets
# ("DOB (DD/MM/YYYY):", "fecha de nacimiento (dd/mm/aaaa)", "Geburtsdatum (TT.MM.JJJJ)") may stand there
# too, and a second field's name after a slash ("DOB/Age: 12/04/1990"), and where a record keeps it
# ("dob on account 15/08/1981", "DOB on file is …", "DOB listed as …"), or a few words that qualify the
# label before its colon ("Hospital no. on my old card: …", "Date of birth of the child's father: …"),
# or the person's place in a list ("DOB PAX 2: 14MAR1961", "Date of birth child 1: …"); Japanese's topic
# particle after its label ("生年月日は…").
_GAP = r"""(?:[\s:#=.\-()º°"'`>*：（は]|(?:(?<=[^\W\d_])|(?<=[^\W\d_]\.))[ \t]+(?:[^\W\d_]+(?:['’][^\W\d_]*)?[ \t]+){1,4}[^\W\d_]+[ \t]*:|(?:(?<=[^\W\d_])|(?<=[^\W\d_]\.))[ \t]+[^\W\d_]+[ \t]+\d{1,2}[ \t]*:|/[ \t]*(?i:age)\b|\((?i:[dmyjatg]{1,4}[./\-][dmyjatg]{1,4}[./\-][dmyjatg]{1,4})\)|\b(?:n\.?o|n|no|nr|num|number|numbers|n°|nº|is|was|are|ist|est|es|è|é|id|on|of|the|ending|am|op|le|el|il|em|den|wa|file|record|account|system|listed|given|as)\b){0,8}?"""

# A passport's number, whatever the country: six to ten capitals and digits, four digits or more
# ("548213907", "XDC507214"), or a series of one or two capitals apart from its digits ("AB 1234567").
# After its label here, under its key in `field_keys`.
# A Russian passport's series, two digit pairs, then its six digits ("45 12 550913") is the last shape.
# So are a series in Cyrillic capitals (a Russian seaman's passport's "МК 0418227") and Russia's
# international passport, its series' two digits then seven ("76 1093385").
PASSPORT_NUMBER = r"(?=(?:[A-Z]*\d){4})[A-Z0-9]{6,10}|[A-ZА-Я]{1,2} \d{6,9}|\d{2} ?\d{2} \d{6}|\d{2} \d{7}"

# (entity, label, value, score, words one of which the label holds: texts without any skip the pattern)
_LABELLED: tuple[tuple[str, str, str, float, tuple[str, ...]], ...] = (
    ("US_PASSPORT", r"\b(?:u\.?s\.?a?|american|united states)\s+passport(?:\s+card)?",
     r"[A-Z]?\d{8,9}", 0.95, ("passport",)),
    # "pp" as passenger lists shorten it, before a passport-long number only: "pp 120" is per person, "pp 12-45" pages.
    # The word in the languages of forms too: Turkish "pasaport", Dutch "paspoort", Polish "paszport",
    # Czech "cestovní pas", Greek as typed in Latin letters "diavatirio".
    # Indonesian and Malay "paspor", Vietnamese "hộ chiếu (số)", the label glued to its "number" ("Paspoortnummer").
    ("PASSPORT", r"\bpassport(?:\s+card)?|\bpasaporte?|\bpasseport|\breisepass(?:nummer|nr)?|\bpassaport[oe]|\bpaspoort(?:nummer|nr)?|\bpaszport|"
     r"\bpaspor\b|\bh[ộo]\s+chi[ếe]u(?:\s+s[ốo])?|"
     r"\bcestovn[íi]\s+pas|\bdiavat[íi]rio|\btravel document|\bpp\b\.?(?=[ \t:#]*[a-z]{0,2}\d{7,9}\b)|"
     # Russian, Ukrainian and Bulgarian "паспорт" (a seaman's, "паспорт моряка", and the one for abroad,
     # "загранпаспорт"), and Greek "διαβατήριο".
     r"(?<![^\W\d_])(?:(?:загран)?паспорт[а-яіїє]*(?:[ \t]+моряка)?|διαβατήριο)|"
     # Korean, Japanese, Chinese, Arabic, Hebrew, Hindi and Thai: "여권번호", "旅券番号", "护照号码", "رقم الجواز".
     r"여권(?:[ \t]?번호)?|旅券(?:番号)?|パスポート(?:番号)?|护照(?:号码?)?|護照(?:號碼)?|(?:رقم[ \t]+)?(?:جواز[ \t]+السفر|الجواز)|דרכון|"
     r"पासपोर्ट(?:[ \t]+(?:नंबर|संख्या))?|หนังสือเดินทาง|พาสปอร์ต",
     PASSPORT_NUMBER, 0.9, ("passport", "pasaport", "passeport", "reisepass", "passaport", "paspoort", "paszport", "cestovn", "diavat",
                            "travel document", "pp", "paspor", "chiếu", "chieu", "паспорт", "διαβατήριο",
                            "여권", "旅券", "パスポート", "护照", "護照", "جواز", "الجواز", "דרכון", "पासपोर्ट", "หนังสือเดินทาง", "พาสปอร์ต")),
    # "ID" alone on a line that gives a date of birth before it, as manifests and guest lists write a
    # person's record ("ASANTE Kwame  DOB 21 August 1995  ID XD4182033"): the number of their
    # identity card or passport. Elsewhere "ID" is as often an order's or a ticket's.
    ("NATIONAL_ID", r"\b(?:dob|d\.o\.b\.?|date of birth)\b[^\n]{1,40}?\bid\b",
     # Not a template's filler: one digit over and over ("ID X0000000", "X1111111").
     r"(?![A-Z]{0,3}[ ]?(?P<digit>\d)(?P=digit){5,}\b)(?:[A-Z]{1,3}[ ]?\d{6,10}|(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,12})", 0.85, ("dob", "d.o.b", "date of birth")),
    ("US_BANK_NUMBER", r"\b(?:checking|savings|bank|deposit|brokerage)\s+(?:account|acct)|\bacct\b|"
     r"\baccount\s*(?:no\b|number|num\b|#)|\ba/c\b", r"\d[\d \-]{4,18}\d", 0.85, ("account", "acct", "a/c")),
    ("UK_BANK_ACCOUNT", r"\bsort[\s\-]*code|\bs/c\b", r"\d{2}[ \-]?\d{2}[ \-]?\d{2}", 0.9, ("sort", "s/c")),
    ("UK_BANK_ACCOUNT", r"sort[\s\-]*code[^\n]{0,40}?\b(?:account|acc|acct|a/c)\b", r"\d{8}", 0.9, ("sort",)),
    ("MEDICAL_RECORD_NUMBER", r"\bmrn\b|medical record|\bpatient\s+(?:id|number|no\b)|\bchart\s+(?:number|no\b|#)|"
     r"\bhospital\s+(?:number|no\b)|\brecord\s*#|\bhosp\.?\s*no\b|\bunit number|\bmed\s*rec|"
     r"\bipp\b|dossier (?:patient|m[ée]dical)|patientennummer|fallnummer|historia cl[íi]nica|cartella clinica|"
     r"processo cl[íi]nico|n[úu]mero de (?:utente|paciente)",
     # Whole ("MRN 00482913", "K4418207"), or a prefix and digit groups spaced as printed ("RX1 448 2190",
     # "RBK 0418273").
     # Digits in dashed pairs and triples as some hospitals print them ("hosp no 73-40-218").
     # Two dashed groups of four, as some print them ("MRN: 7730-2418").
     r"(?=[A-Z0-9\-]*\d{5})[A-Z]{0,4}[\-]?\d[\d\-]{4,14}\d|[A-Z]{1,4}\d{0,2}[ \-]\d{3,4}[ \-]\d{3,4}|[A-Z]{2,4}[ ]\d{6,10}|\d{2,4}-\d{2,4}-\d{2,4}"
     r"|\d{3,5}-\d{3,5}", 0.9,
     ("mrn", "medical", "patient", "chart", "hospital", "record", "hosp", "unit number", "med rec", "medrec", "ipp",
      "dossier", "fallnummer", "historia", "cartella", "processo", "utente", "paciente")),
    # The birthplace before the date first: the label alone ("geboren", "nascida em") would take the match.
    # So is a question for it, answered on the next turn of a transcript ("COUNSELLOR: And date of
    # birth?\nMARGAUX: 18 April 1952.", the name confirmed first: "CUST: Bill Whitlock, 16 August 1975.").
    ("DATE_OF_BIRTH", r"(?:date[\s_\-]*of[\s_\-]*birth|\bd\.?o\.?b\.?|\bbirthday|when\s+were\s+you\s+born)\?[ \t]*\n[ \t]*[^\n:?]{1,30}:(?:[ \t]*[^\n,:?\d]{2,40},)?|\bgeboren\s+in\s+[^\n,;()]{1,40}?\s+am|\bnascid[oa]\s+em\s+[^\n,;()]{1,40}?\s+(?:a|em)(?=\s+\d)|\bd\.?o\.?b\b\.?|date[\s_\-]*of[\s_\-]*birth|birth[\s_\-]*date|\bbirthday|\bborn(?:\s+on)?|"
     r"\bgeb(?:oren|\.-datum|\.|urtsdatum|urtstag)|\bn[ée]e?\s+le|date de naissance|fecha de nacimiento|\bnacid[oa] el|"
     # "was born on" told as a past event: Spanish "nació el", Portuguese "nasceu em", Italian "nacque il",
     # the date right after the verb too ("ele nasceu 28/09/2012"); Swahili "nilizaliwa", "alizaliwa
     # tarehe …" (I was, she was born) and Tagalog "ipinanganak siya noong …", "isinilang ako noong …".
     r"\bnaci[óo](?:\s+el|(?=\s+\d))|\bnasceu(?:\s+(?:em|a|no\s+dia)|(?=\s+\d))|\bnacque\s+il|"
     r"\b(?:ni|a|u|wa|tu|m)lizaliwa(?:\s+(?:tarehe|mnamo|siku\s+ya))?|"
     r"\b(?:ipinanganak|isinilang)(?:\s+(?:siya|sya|ako|ka|kami|sila))?(?:\s+(?:noong|nung|sa))?|"
     r"data di nascita|\bnat[oa](?:/[ao])? il|data de nascimento|\bnascid[oa] (?:em|a)|\bn[ée]\(e\)\s+le|"
     # The same in the languages `foreign` tells by their everyday words, and Dutch: the label, or
     # the word for "born" with its short form ("nar. 11. 10. 1987", "szül. 1975.07.01.").
     r"\bgeboortedatum|\bf[öø]d(?:else|sels)dat(?:um|o)|\bf[öø]dd|\bf[öø]dt|\bsyntym[äa]aika|\bsyntynyt|\bdata urodzenia|\bur\.|"
     r"\burodzon[ya]|\bdatum narozen[íi]|\bnarozen[áa]?\b|\bnar\.|\bd[áa]tum narodenia|\bnaroden[áa]?\b|"
     r"\bsz[üu]let[ée]si (?:d[áa]tum|id[őo])|\bsz[üu]l\.|\bsz[üu]letett|\bdata na[șşs]terii|\bn[ăa]scut[ăa]?\b|"
     r"\btanggal lahir|\btgl\.? lahir|\blahir(?:\s+(?:pada|tgl\.?|tanggal))?|\bgimimo data|\bgim\.|\bdzim[šs]anas datums|\bdatum ro[đd]enja|\bro[đd]en[a]?\b|"
     r"\bdatum rojstva|\brojen[a]?\b|\bdata de naixement|\bdo[ğg]um tarihi|\bf[æa]e?[ðd]ingardag(?:ur)?|"
     # Japanese, Chinese and Korean forms: "生年月日：", "出生日期：", "생년월일:"; a child's birthday as a
     # first-birthday party's or a naming's notes give it ("생일 2024년 4월 9일").
     r"生年月日|出生年月日|出生日期|出生日|생년월일|생일|誕生日|生日|"
     # Arabic, Persian, Hebrew, Hindi and Thai forms: "تاريخ الميلاد:", "تاریخ تولد", "תאריך לידה", "जन्म तिथि", "วันเกิด".
     r"تاريخ[ \t]+(?:الميلاد|الولادة|ميلاد)|تاریخ[ \t]+تولد|תאריך[ \t]+(?:ה)?לידה|जन्म[ \t]*(?:तिथि|तारीख|दिनांक)|जन्म(?=[ \t]*[:：]?[ \t]*\d)|วัน(?:[ \t]*เดือน[ \t]*ปี)?[ \t]*เกิด|"
     # Hindi and Japanese as typed in Latin letters ("janam tithi", "seinengappi", "tanjoubi"), and
     # the short form of "born" before a whole date, in brackets or after a comma ("Aarav Nair (b.
     # 2019-02-11)", "Ines Duarte, b. 12.04.1990").
     r"\bjana?m[ \t]*(?:tithi|tarikh|din)\b|\bseinengappi\b|\btanj[oō]u?bi\b|(?:(?<=\()|(?<=, ))b\.(?=[ \t]*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?[ \t]+\d))|"
     # Tagalog, Vietnamese, Greek and Ukrainian or Russian as typed in Latin letters; Spanish's short forms ("f. nac.").
     r"\b(?:petsa\s+ng\s+)?kapanganakan|\bkaarawan|"
     r"\bng[àa]y\s+sinh|\bsinh\s+ng[àa]y|\bimerom[ií]n[ií]a\s+g[ée]nn?[ií]s[ie]s|\bg[ée]nn?[ií]s[ie]s|\bdata\s+narodzhenn?[iy]a|"
     r"\bdata\s+rozhdeni[yj]a|\bf(?:echa|ec)?\.?\s*(?:de\s+)?nac\.|"
     # Russian and Ukrainian in their own letters: "дата рождения", "дата народження", "д.р.", "родилась".
     r"дата\s+(?:рождения|народження)|(?<![^\W\d_])д\.[ \t]?р\.|(?<![^\W\d_])(?:родил(?:ся|ась)|народи(?:вся|лася))|"
     # Greek in its own letters: "ημερομηνία γέννησης", "ημ. γέννησης", "γεννήθηκε".
     r"(?:ημερομηνία|ημ\.)[ \t]*γέννησης|(?<![^\W\d_])γεννήθηκε|"
     # "born" with the birthplace before the date, as forms and registers write it ("nata a Oristano
     # il 24/12/1985", "né à Lyon le …", "geboren in Graz am …"); the short forms of lists before a
     # whole date: Portuguese "nasc.", Norwegian and Danish "f." (født), Turkish "d.t." (doğum tarihi).
     r"\bn[ée]e?\s+à\s+[^\n,;()]{1,40}?\s+le|\bnat[oa](?:/[ao])?\s+a\s+[^\n,;()]{1,40}?\s+il|\bnacid[oa]\s+en\s+[^\n,;()]{1,40}?\s+el|\bnasc\.|"
     r"(?:(?<=\()|(?<=, )|(?<=[^\W\d_] ))f\.(?=[ \t]*\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\b)|\bd\.[ \t]?t\.(?=[ \t]*\d)",
     _DATE, 0.9, ("dob", "d.o.b", "birth", "born", "생일", "誕生日", "生日", "geb", "né", "ne le", "nee le", "naissance", "nacimiento", "nacid", "nació", "nacio",
                  "nasceu", "nacque", "zaliwa", "ipinanganak", "isinilang",
                  "nascita", "nato", "nata", "nascimento", "nascid", "föd", "fød", "synty", "urodz", "ur.", "naroz", "narod",
                  "nar.", "szül", "szul", "naște", "naşte", "naste", "născ", "nasc", "lahir", "gim", "dzim", "rođen", "roden",
                  "rojen", "rojstva", "naixement", "doğum", "dogum", "fæð", "faed", "janam", "janm", "seinengappi",
                  "tanj", "(b.", ", b.", "f.", "d.t", "d. t", "kapanganakan", "kaarawan", "sinh", "genn", "genis", "gennis",
                  "narodzhen", "rozhden", "nac.", "生年月日", "出生", "생년월일", "ميلاد", "الولادة", "تولد", "לידה", "जन्म", "เกิด", "рожд", "народж", "д.р", "д. р", "родил", "народи",
                  "γέννησης", "γεννήθηκε")),
)


# A date with Japanese's and Chinese's "born" after it: "1983年7月19日生", "1983年7月19日生まれ", "昭和58年4月2日生"
# (not "生活", "生産").
_CJK_BORN = re.compile(rf"({CJK_DATE})[ \t]*生(?:まれ)?(?![\u4e00-\u9fff])")
# A date with Russian's or Ukrainian's "year of birth" after it: "09.10.1973 р.н.", "1990 г.р." (whole dates only).
_CYRILLIC_BORN = re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})[ \t]*(?:р\.[ \t]?н\.|г\.[ \t]?р\.)")
# The English words of a date of birth, for a date said aloud (speech-to-text writes English).
_BIRTH = re.compile(r"(?i)\b(?:born|birth|birthday|dob|d\.o\.b)\b")


def _unanchored(label: str) -> str:
    """`label` without the word boundary before each alternative: an alternation whose branches
    all start with a letter is scanned by its first characters, one starting with \\b is tried
    at every position (five times slower). `_find_all` checks the boundary instead."""
    return re.sub(r"(^|\|)\\b", r"\1", label)


# A value ends where no letter or digit of its script goes on, nor a separator before a digit; Japanese
# and Korean glue a particle or the copula to it ("生年月日は1987年11月16日です", "1999년 10월 5일입니다").
_VALUE_END = r"(?!(?![\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])\w|[\-./]\d)"


class LabelledIdRecognizer(ShapeRecognizer):
    """Passports, bank accounts, sort codes, medical record numbers and dates of birth after their labels."""

    ENTITY = "PASSPORT"
    ENTITIES = sorted({entity for entity, *_ in _LABELLED})

    def __init__(self) -> None:
        super().__init__()
        # Labels are found in the lower-cased text (a case-insensitive scan costs several times
        # more), then the value is matched right after, in the text as written.
        self._patterns = [
            (entity, re.compile(_unanchored(label)), re.compile(rf"(?i:{_GAP})(?P<value>{value}){_VALUE_END}"), score, words)
            for entity, label, value, score, words in _LABELLED
        ]

    def precheck(self, text: str) -> bool:
        """Digits, or a birth's word before a date that may be said in words."""
        return any(c.isdigit() for c in text) or _BIRTH.search(text) is not None

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None = None) -> Iterator[tuple[str, int, int, float]]:
        yield from self._labelled(text, wanted)
        if "DATE_OF_BIRTH" in wanted and "生" in text:  # "佐藤 美咲（1983年7月19日生）": born on, the label after the date
            for m in _CJK_BORN.finditer(text):
                yield "DATE_OF_BIRTH", m.start(1), m.end(1), 0.9
        if "DATE_OF_BIRTH" in wanted and ("р." in text or "р ." in text):  # "09.10.1973 р.н.": born in, the label after the date
            for m in _CYRILLIC_BORN.finditer(text):
                yield "DATE_OF_BIRTH", m.start(1), m.end(1), 0.9
        # "born the third of june twenty fifteen": a date said aloud, read with its numbers in digits.
        if "DATE_OF_BIRTH" in wanted and _BIRTH.search(text) and (view := spoken_view(text)) is not None:
            for entity, start, end, score in self._labelled(view.text, {"DATE_OF_BIRTH"}):
                if view.rewritten(start, end):
                    yield (entity, *view.span(start, end), score)

    def _labelled(self, text: str, wanted: set[str]) -> Iterator[tuple[str, int, int, float]]:
        lower = lower_at_offsets(text)
        for entity, label, tail, score, words in self._patterns:
            if entity not in wanted or not any(w in lower for w in words):
                continue
            for found in label.finditer(lower):
                if found.start() and (lower[found.start() - 1].isalnum() or lower[found.start() - 1] == "_"):
                    continue  # the word boundary the label's regex leaves out
                m = tail.match(text, found.end())
                if m:
                    value = m.group("value").rstrip(" ")
                    yield entity, m.start("value"), m.start("value") + len(value), score
